"""gettext catalogs: the templates' (locales/) and the year's (data/<year>/locales/), compiled
from their .po files at build time; fuzzy entries are left out."""
from __future__ import annotations

import io
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import PoFileError, read_po
from babel.support import NullTranslations, Translations

from ..errors import SpreportError, inside
from . import message
from .values import MessageError

SOURCE_LANG = "en"
TEMPLATE_DOMAIN = "spreport"
YEAR_DOMAIN = "year"


def catalog_paths(root: Path, year_dir: Path, lang: str) -> list[Path]:
    return [root / "locales" / lang / "LC_MESSAGES" / f"{TEMPLATE_DOMAIN}.po",
            year_dir / "locales" / lang / "LC_MESSAGES" / f"{YEAR_DOMAIN}.po"]


def translations(root: Path, year_dir: Path, lang: str) -> NullTranslations:
    """The merged translations for `lang`; the source language needs none."""
    if lang == SOURCE_LANG:
        return NullTranslations()
    merged, origins = None, {}
    for path in catalog_paths(root, year_dir, lang):
        shown = str(path.relative_to(root))
        if not path.is_file():
            raise SpreportError(f"no {lang} catalog: expected {shown}")
        inside(path, root, shown)
        compiled = _compile(path, shown, lang, origins)
        if merged is None:
            merged = compiled
        else:
            merged.merge(compiled)
    merged.origins = origins
    return merged


def _compile(path: Path, shown: str, lang: str, origins: dict) -> Translations:
    """The catalog compiled; `origins` learns where each message is, and every translation is
    checked: its syntax, and that it uses no placeholder its English message lacks."""
    try:
        with path.open("rb") as handle:
            catalog = read_po(handle, locale=lang, abort_invalid=True)
    except (PoFileError, ValueError) as exc:
        raise SpreportError(f"cannot read the catalog: {exc}", shown) from None
    for entry in catalog:
        if not entry.id or entry.fuzzy:
            continue
        key = entry.id[0] if isinstance(entry.id, tuple) else entry.id
        origins[key] = (shown, entry.lineno)
        _check_entry(entry, shown)
    buffer = io.BytesIO()
    write_mo(buffer, catalog, use_fuzzy=False)
    buffer.seek(0)
    return Translations(buffer)


def _check_entry(entry, shown: str) -> None:
    ids = entry.id if isinstance(entry.id, tuple) else (entry.id,)
    strings = entry.string if isinstance(entry.string, tuple) else (entry.string,)
    try:
        known = set().union(*(message.names(i) for i in ids))
        for text in strings:
            if not text:
                continue
            unknown = set(message.names(text)) - known - {"num"}
            if unknown:
                raise MessageError(f"the translation uses {', '.join(sorted(unknown))}, which its "
                                   f"English message does not have")
    except MessageError as exc:
        raise SpreportError(str(exc), shown, entry.lineno, f"msgid {_short(ids[0])!r}") from None


def _short(text: str) -> str:
    return text if len(text) <= 60 else text[:57] + "…"
