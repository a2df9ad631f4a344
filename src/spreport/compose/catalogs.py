"""gettext catalogs: the templates' (locales/) and the year's (data/<year>/locales/), read from
their .po files at build time and checked like code; fuzzy entries are left out."""
from __future__ import annotations

import gettext
import re
from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import PoFileError, read_po

from ..errors import MAX_FILE, SpreportError, inside, shown as quoted
from .entries import check_entry

SOURCE_LANG = "en"
TEMPLATE_DOMAIN = "spreport"
YEAR_DOMAIN = "year"

_PO_LINE = re.compile(r'(?:#.*|(?:(?:msgctxt|msgid|msgid_plural|msgstr(?:\[\d+\])?)\s+)?'
                      r'"(?:[^"\\]|\\.)*")?')
_STRING = re.compile(r'"((?:[^"\\]|\\.)*)"')
_NPLURALS = re.compile(r"Plural-Forms:[^\\]*?\bnplurals\s*=\s*([^;\\]*)")


class Catalogs:
    """The year's catalog over the templates': a message is looked up in the first catalog
    that translates it, and its plural form chosen by that catalog's own Plural-Forms.
    `origins` maps each msgid to the .po file and line its translation comes from."""

    def __init__(self, catalogs: Iterable[tuple[dict, Callable]] = (), origins: dict | None = None):
        self.catalogs = list(catalogs)
        self.origins = origins or {}

    def gettext(self, msgid: str) -> str:
        for messages, _ in self.catalogs:
            text = messages.get(msgid)
            if isinstance(text, str):
                return text
        return msgid

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        for messages, form in self.catalogs:
            forms = messages.get(singular)
            if isinstance(forms, tuple):
                return forms[form(n)]
        return singular if n == 1 else plural


def catalog_paths(root: Path, year_dir: Path, lang: str) -> list[Path]:
    return [root / "locales" / lang / "LC_MESSAGES" / f"{TEMPLATE_DOMAIN}.po",
            year_dir / "locales" / lang / "LC_MESSAGES" / f"{YEAR_DOMAIN}.po"]


def translations(root: Path, year_dir: Path, lang: str) -> Catalogs:
    """The translations for `lang`, the year's before the templates'; the source language
    needs none."""
    if lang == SOURCE_LANG:
        return Catalogs()
    catalogs, origins = [], {}
    for path in catalog_paths(root, year_dir, lang):
        shown = str(path.relative_to(root))
        if not path.is_file():
            raise SpreportError(f"no {lang} catalog: expected {shown}")
        inside(path, root, shown)
        stat = path.stat()
        messages, plural, found = _compile(path, shown, lang, stat.st_mtime_ns, stat.st_size)
        catalogs.insert(0, (messages, plural))
        origins.update(found)
    return Catalogs(catalogs, origins)


def read_catalog(path: Path, shown: str, lang: str | None) -> tuple[Catalog, Callable]:
    """The .po file parsed, and its plural function; a file that is not UTF-8, not .po syntax
    or whose Plural-Forms is wrong is an error naming its line."""
    if path.stat().st_size > MAX_FILE:
        raise SpreportError(f"larger than {MAX_FILE // 1_000_000} MB: not a catalog", shown)
    data = path.read_bytes()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SpreportError(f"the catalog is not UTF-8 (byte 0x{data[exc.start]:02x})", shown,
                            data.count(b"\n", 0, exc.start) + 1) from None
    lines = text.split("\n")
    for number, line in enumerate(lines, 1):
        if not _PO_LINE.fullmatch(line.strip()):
            raise SpreportError(f"cannot read the catalog: not a comment, a keyword with its "
                                f"\"string\", or a \"string\": {quoted(line)}", shown, number)
    header, fields = _header(lines)
    nplurals = _NPLURALS.search(fields)
    if nplurals and not nplurals.group(1).strip().isdigit():
        raise SpreportError(f"nplurals must be a whole number, not {quoted(nplurals.group(1))}",
                            shown, header, "Plural-Forms")
    try:
        catalog = read_po(lines, locale=lang, abort_invalid=True)
    except PoFileError as exc:
        reason = str(exc).rsplit(" on ", 1)[0]
        if reason.startswith("missing msgstr"):
            reason = "the entry has no msgstr"
        elif "more translations than num_plurals" in reason:
            reason = (f"the entry has more msgstr[n] forms than the catalog's Plural-Forms "
                      f"declares (nplurals={exc.catalog.num_plurals})")
        raise SpreportError(f"cannot read the catalog: {reason}", shown, exc.lineno + 1) from None
    except ValueError as exc:
        raise SpreportError(f"the header is not valid: {exc}", shown, header) from None
    return catalog, _plural(catalog, shown, header)


def _header(lines: list[str]) -> tuple[int | None, str]:
    """The line of the header's Plural-Forms (of the header, the first entry, without one) and
    the header's strings as written, joined."""
    start = next((n for n, line in enumerate(lines) if line.startswith("msgid")), None)
    if start is None:
        return None, ""
    end = next((n for n in range(start, len(lines)) if not lines[n].strip()), len(lines))
    line = next((n for n in range(start, end) if "Plural-Forms:" in lines[n]), start)
    return line + 1, "".join(_STRING.findall("\n".join(lines[start:end])))


def _plural(catalog: Catalog, shown: str, header: int | None) -> Callable:
    """The plural function of the catalog's Plural-Forms: an index below nplurals for every
    count."""
    expression, count = catalog.plural_expr, catalog.num_plurals
    try:
        function = gettext.c2py(expression)
        wrong = next((n for n in range(1000) if not 0 <= function(n) < count), None)
    except (ValueError, SyntaxError, ArithmeticError) as exc:
        raise SpreportError(f"the plural expression {quoted(expression)} is not valid: {exc}",
                            shown, header, "Plural-Forms") from None
    if wrong is not None:
        raise SpreportError(f"the plural expression {quoted(expression)} gives form "
                            f"{function(wrong)} for {wrong}, outside the nplurals={count} forms",
                            shown, header, "Plural-Forms")
    return function


@lru_cache(maxsize=32)
def _compile(path: Path, shown: str, lang: str, *stamp) -> tuple[dict, Callable, dict]:
    """The catalog's translated messages, its plural function and where each message is,
    every entry checked; read again only when the file's time or size (`stamp`) changes."""
    catalog, plural = read_catalog(path, shown, lang)
    messages, origins = {}, {}
    for entry in catalog:
        if not entry.id or entry.fuzzy:
            continue
        check_entry(entry, shown, catalog.num_plurals)
        strings = entry.string if isinstance(entry.string, tuple) else (entry.string,)
        if all(strings):
            key = entry.id[0] if isinstance(entry.id, tuple) else entry.id
            messages[key] = entry.string
            origins[key] = (shown, entry.lineno)
    return messages, plural, origins
