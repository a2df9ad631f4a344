"""The translators' view: how complete each language's catalogs are, and `--update`, which
re-extracts the messages and merges them into every .po file."""
from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.pofile import PoFileError, read_po, write_po

from .compose.catalogs import (SOURCE_LANG, TEMPLATE_DOMAIN, YEAR_DOMAIN, read_catalog,
                               translations)
from .compose.message import chooses
from .lang import UN_ORDER


@dataclass(frozen=True)
class Domain:
    name: str
    sources: Path      # the templates whose messages it holds
    locales: Path      # <locales>/<lang>/LC_MESSAGES/<name>.po

    def po(self, lang: str) -> Path:
        return self.locales / lang / "LC_MESSAGES" / f"{self.name}.po"

    @property
    def pot(self) -> Path:
        return self.locales / f"{self.name}.pot"


@dataclass(frozen=True)
class Status:
    lang: str
    catalog: str
    translated: int
    untranslated: int
    fuzzy: int

    @property
    def complete(self) -> bool:
        return not (self.untranslated or self.fuzzy)


def domains(root: Path, year_dir: Path) -> list[Domain]:
    return [Domain(TEMPLATE_DOMAIN, root / "templates", root / "locales"),
            Domain(YEAR_DOMAIN, year_dir / "prose", year_dir / "locales")]


def target_languages() -> list[str]:
    return [lang for lang in UN_ORDER if lang != SOURCE_LANG]


def extract(domain: Domain, root: Path) -> Catalog:
    """Every message of the domain's templates, as `pybabel extract -F babel.cfg` finds them."""
    with (root / "babel.cfg").open(encoding="utf-8") as handle:
        method_map, options_map = parse_mapping_cfg(handle)
    catalog = Catalog(project="spreport", charset="utf-8")
    for filename, lineno, message, comments, context in extract_from_dir(
            domain.sources, method_map, options_map):
        catalog.add(message, None, [(filename, lineno)], auto_comments=comments,
                    context=context)
    return catalog


def status(root: Path, year_dir: Path) -> list[Status]:
    """Counts per language and catalog, against the messages the templates hold now; a
    catalog or translation the build would refuse is an error naming its .po line."""
    for lang in target_languages():
        translations(root, year_dir, lang)
    rows = []
    for domain in domains(root, year_dir):
        wanted = {m.id for m in extract(domain, root) if m.id}
        for lang in target_languages():
            path = domain.po(lang)
            shown = str(path.relative_to(root))
            messages = {m.id: m for m in _read(path, shown, lang) if m.id} if path.is_file() else {}
            done = sum(1 for i in wanted if i in messages and _translated(messages[i])
                       and "fuzzy" not in messages[i].flags)
            fuzzy = sum(1 for i in wanted if i in messages and "fuzzy" in messages[i].flags)
            rows.append(Status(lang, shown, done, len(wanted) - done - fuzzy, fuzzy))
    return rows


def update(root: Path, year_dir: Path) -> list[Path]:
    """Re-extract every domain into its .pot and merge it into each language's .po; a new
    or changed message arrives untranslated or, when close to an old one, fuzzy. The shared
    catalogs (locales/) are rewritten only when the templates' messages differ from those of
    locales/spreport.pot: a year's prose edited touches the year's catalogs alone."""
    written = []
    for domain in domains(root, year_dir):
        template = extract(domain, root)
        if domain.name == TEMPLATE_DOMAIN and _current(domain, template, root):
            continue
        _write(domain.pot, template)
        written.append(domain.pot)
        for lang in target_languages():
            path = domain.po(lang)
            if path.is_file():
                catalog = _read(path, str(path.relative_to(root)), lang)
            else:
                catalog = Catalog(locale=lang, project="spreport", charset="utf-8")
            catalog.update(template)
            _write(path, catalog)
            written.append(path)
    return written


def _current(domain: Domain, template: Catalog, root: Path) -> bool:
    """Whether the domain's .pot holds the messages extracted now (ids, contexts and extracted
    comments, what the .pot keeps of them) and every language has its .po."""
    if not domain.pot.is_file() or not all(domain.po(lang).is_file()
                                           for lang in target_languages()):
        return False
    with domain.pot.open("rb") as handle:
        try:
            saved = read_po(handle, abort_invalid=True)
        except (PoFileError, ValueError):
            return False
    return _messages(saved) == _messages(template)


def _messages(catalog: Catalog) -> set:
    return {(m.id, m.context, tuple(m.auto_comments)) for m in catalog if m.id}


def _mark_format(message) -> None:
    """Messages are in spreport's message syntax (README), not Python's %-format, which
    would have every translation repeat each %(name)s that a choice of form replaces: marked
    no-python-format for msgfmt -c and Poedit; the build checks the placeholders itself."""
    ids = message.id if isinstance(message.id, tuple) else (message.id,)
    if any("%(" in i or chooses(i) for i in ids if i):
        message.flags.discard("python-format")
        message.flags.add("no-python-format")


def _translated(message) -> bool:
    strings = message.string if isinstance(message.string, tuple) else (message.string,)
    return all(strings)


def _read(path: Path, shown: str, lang: str) -> Catalog:
    """The catalog, read as the build reads it: its errors name their line."""
    return read_catalog(path, shown, lang)[0]


def _write(path: Path, catalog: Catalog) -> None:
    for message in catalog:
        _mark_format(message)
    buffer = io.BytesIO()
    write_po(buffer, catalog, width=100, no_location=True, sort_output=True,
             ignore_obsolete=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(buffer.getvalue())
