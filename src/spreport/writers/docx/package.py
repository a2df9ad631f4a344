"""The OPC package: parts, their relationships and content types, written as a reproducible zip."""
from __future__ import annotations

import io
import posixpath
import zipfile
from dataclasses import dataclass, field
from datetime import datetime
from xml.sax.saxutils import quoteattr

from .ooxml import declared

PKG_RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
DEFAULTS = {"rels": "application/vnd.openxmlformats-package.relationships+xml",
            "xml": "application/xml"}


@dataclass
class Relationships:
    """The relationships of one part, numbered rId1, rId2, … in the order they are added."""
    items: list[tuple[str, str, str, bool]] = field(default_factory=list)

    def add(self, type_: str, target: str, external: bool = False) -> str:
        """The id of a relationship to `target`, reusing an equal one already added."""
        for rid, t, tgt, ext in self.items:
            if (t, tgt, ext) == (type_, target, external):
                return rid
        rid = f"rId{len(self.items) + 1}"
        self.items.append((rid, type_, target, external))
        return rid

    def xml(self) -> bytes:
        rows = "".join(
            f"<Relationship Id={quoteattr(rid)} Type={quoteattr(t)} Target={quoteattr(tgt)}"
            + (' TargetMode="External"' if ext else "") + "/>"
            for rid, t, tgt, ext in self.items)
        return declared(f'<Relationships xmlns="{PKG_RELS_NS}">{rows}</Relationships>')


@dataclass
class Package:
    """Parts by name (no leading slash), each with its content type and its relationships."""
    parts: dict[str, tuple[str, bytes]] = field(default_factory=dict)
    rels: dict[str, Relationships] = field(default_factory=dict)

    def add(self, name: str, content_type: str, data: bytes) -> None:
        self.parts[name] = (content_type, data)

    def rels_of(self, name: str) -> Relationships:
        """The relationships of part `name`; "" is the package itself."""
        return self.rels.setdefault(name, Relationships())

    def zip(self, stamp: datetime) -> bytes:
        """The package as zip bytes; fixed entry order, times and attributes, so equal input gives equal bytes."""
        entries = {"[Content_Types].xml": self._content_types()}
        for owner, rels in self.rels.items():
            if rels.items:
                folder, base = posixpath.split(owner)
                entries[posixpath.join(folder, "_rels", base + ".rels")] = rels.xml()
        entries.update((name, data) for name, (_, data) in self.parts.items())
        order = ["[Content_Types].xml", "_rels/.rels"]
        order += sorted(n for n in entries if n not in order)
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w") as zf:
            for name in order:
                info = zipfile.ZipInfo(name, date_time=stamp.timetuple()[:6])
                info.compress_type = zipfile.ZIP_DEFLATED
                info.create_system = 0
                info.external_attr = 0
                zf.writestr(info, entries[name])
        return out.getvalue()

    def _content_types(self) -> bytes:
        rows = [f"<Default Extension={quoteattr(ext)} ContentType={quoteattr(ct)}/>"
                for ext, ct in DEFAULTS.items()]
        rows += [f"<Override PartName={quoteattr('/' + name)} ContentType={quoteattr(ct)}/>"
                 for name, (ct, _) in sorted(self.parts.items()) if ct != DEFAULTS["xml"]]
        return declared(f'<Types xmlns="{CT_NS}">{"".join(rows)}</Types>')

