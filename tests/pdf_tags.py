"""A PDF's structure tree as an assistive reader meets it, read by two hands other than the
writer's: qpdf (through pikepdf) for the elements and their attributes, pdfminer (through
pdfplumber) for the text of each marked-content id. Poppler (`pdfinfo -struct-text`) reads
the same, but takes minutes on a Chinese addendum."""
from __future__ import annotations

import json
import re
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

import pdfplumber
import pikepdf

from clients import _program, kept


@dataclass
class Element:
    tag: str
    attrs: dict = field(default_factory=dict)     # ID, Lang, ActualText, Scope, ColSpan
    kids: list = field(default_factory=list)      # Elements and texts

    def text(self) -> str:
        """What a reader says: the ActualText, or the text of the content within."""
        if "ActualText" in self.attrs:
            return self.attrs["ActualText"]
        return "".join(k if isinstance(k, str) else k.text() for k in self.kids)

    def walk(self):
        yield self
        for kid in self.elements():
            yield from kid.walk()

    def elements(self) -> list[Element]:
        return [k for k in self.kids if isinstance(k, Element)]


def structure(path: Path) -> Element:
    """The Document element of the PDF at `path`."""
    texts = _texts(path)
    with pikepdf.open(path) as pdf:
        pages = {page.objgen: n for n, page in enumerate(pdf.pages)}

        def element(node, page) -> Element:
            page = pages.get(node.Pg.objgen, page) if "/Pg" in node else page
            attrs = {key: str(node[f"/{key}"]) for key in ("ID", "Lang", "ActualText")
                     if f"/{key}" in node}
            table = node.get("/A")
            if isinstance(table, pikepdf.Dictionary):
                attrs.update((k[1:], str(v).lstrip("/")) for k, v in table.items() if k != "/O")
            out = Element(str(node.S)[1:], attrs)
            kids = node.get("/K")
            for kid in kids if isinstance(kids, pikepdf.Array) else [kids]:
                if isinstance(kid, int):
                    out.kids.append(texts.get(f"{page} {kid}", ""))
                elif isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") == "/MCR":
                    out.kids.append(texts.get(f"{pages[kid.Pg.objgen]} {int(kid.MCID)}", ""))
                elif isinstance(kid, pikepdf.Dictionary) and "/S" in kid:
                    out.kids.append(element(kid, page))
            return out
        (document,) = [element(k, 0) for k in pdf.Root.StructTreeRoot.K]
    return document


def _texts(path: Path) -> dict[str, str]:
    """The text of each marked content, by "page mcid", as pdfminer reads the pages."""
    def read() -> bytes:
        texts: dict[str, str] = {}
        with pdfplumber.open(path) as pdf:
            for n, page in enumerate(pdf.pages):
                for char in page.chars:
                    if char.get("mcid") is not None:
                        key = f"{n} {char['mcid']}"
                        texts[key] = texts.get(key, "") + char["text"]
        return json.dumps(texts, ensure_ascii=False).encode()
    return json.loads(kept(f"pdfplumber {pdfplumber.__version__}", path, ".json", read))


def poppler(path: Path) -> Element:
    """`pdfinfo -struct-text`: one line per element or text, two spaces a level; table
    attributes on lines of their own ("/Scope /Column")."""
    listing = kept(_program("pdfinfo"), path, ".txt", lambda: subprocess.run(
        ["pdfinfo", "-struct-text", str(path)], capture_output=True, check=True).stdout)
    root = Element("root")
    stack = [(-1, root)]
    for line in listing.decode("utf-8").splitlines():
        depth = (len(line) - len(line.lstrip(" "))) // 2
        content = line.strip()
        if content.startswith("/"):
            key, _, value = content[1:].partition(" ")
            stack[-1][1].attrs[key] = value.lstrip("/")
            continue
        while stack[-1][0] >= depth:
            stack.pop()
        parent = stack[-1][1]
        if content.startswith('"'):
            parent.kids.append(content[1:-1])
        elif not content.startswith("Object "):
            m = re.match(r"(\w+)(?: <([^>]*)>)?", content)
            element = Element(m[1], {"ID": m[2]} if m[2] else {})
            parent.kids.append(element)
            stack.append((depth, element))
    (document,) = root.elements()
    return document
