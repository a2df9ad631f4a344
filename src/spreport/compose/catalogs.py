"""gettext catalogs: the templates' (locales/) and the year's (data/<year>/locales/), compiled
from their .po files at build time; fuzzy entries are left out."""
from __future__ import annotations

import io
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import PoFileError, read_po
from babel.support import NullTranslations, Translations

from ..errors import SpreportError

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
    merged = None
    for path in catalog_paths(root, year_dir, lang):
        shown = str(path.relative_to(root))
        if not path.is_file():
            raise SpreportError(f"no {lang} catalog: expected {shown}")
        compiled = _compile(path, shown, lang)
        if merged is None:
            merged = compiled
        else:
            merged.merge(compiled)
    return merged


def _compile(path: Path, shown: str, lang: str) -> Translations:
    try:
        with path.open("rb") as handle:
            catalog = read_po(handle, locale=lang, abort_invalid=True)
    except (PoFileError, ValueError) as exc:
        raise SpreportError(f"cannot read the catalog: {exc}", shown) from None
    buffer = io.BytesIO()
    write_mo(buffer, catalog, use_fuzzy=False)
    buffer.seek(0)
    return Translations(buffer)
