"""The UN's official names of States (UNTERM), in the six languages."""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import SpreportError, inside
from .located import locate
from .provenance import Rows

_PARENTHESIS = re.compile(r"^(?P<name>.*?) \((?P<inside>[^)]*)\)$")
# What UNTERM's parenthesis holds when it is an article; anything else there is the rest of
# an inverted name ("Iran (Islamic Republic of)"), which the formal name spells out.
_APOSTROPHE = "\u2019"           # UN French prints the typographic apostrophe: l’Allemagne
ARTICLES = {"en": ("the",), "fr": ("le", "la", "l\u2019", "les"), "es": ("el", "la", "los", "las")}
# The Russian forms file (beside the names file): the short name in each oblique case, and the
# preposition of place it takes («в Ливии», «на Филиппинах»). Lines beginning with # are comments.
RUSSIAN_CASES = ("genitive", "dative", "accusative", "instrumental", "prepositional")
RUSSIAN_COLUMNS = ("iso3",) + RUSSIAN_CASES + ("preposition",)
RUSSIAN_PREPOSITIONS = ("в", "на")


@dataclass(frozen=True)
class Countries:
    rows: dict[str, dict[str, str]]      # ISO3 → CSV row
    shown: str
    groups: dict[str, str]               # ISO3 → regional group (AFR APG EEG GRULAC WEOG)
    russian: dict[str, dict[str, str]] = field(default_factory=dict)   # ISO3 → case → form

    def russian_forms(self, iso3: str) -> dict[str, str]:
        """The Russian short name of a State in each oblique case, and `preposition`, the
        preposition of place it takes ("в" or "на"), from un_country_names_ru.csv."""
        self.row(iso3)
        return self.russian[str(iso3)]

    def group(self, iso3: str) -> str:
        """The regional group of a Member State (data/un_regional_groups.csv)."""
        self.row(iso3)
        try:
            return self.groups[str(iso3)]
        except KeyError:
            raise SpreportError(f"{iso3!r} belongs to no regional group (not a Member State)",
                                getattr(iso3, "file", self.shown),
                                getattr(iso3, "line", None)) from None

    @property
    def members(self) -> Rows:
        rows = [row for row in self.rows.values() if row["status"] == "member"]
        return Rows([row["iso3"] for row in rows], rows, "un_country_names.status = member")

    def row(self, iso3: str) -> dict[str, str]:
        try:
            return self.rows[str(iso3)]
        except KeyError:
            raise SpreportError(f"unknown ISO 3166 alpha-3 code {iso3!r}",
                                getattr(iso3, "file", self.shown),
                                getattr(iso3, "line", None)) from None

    def short(self, iso3: str, lang: str, article: bool) -> str:
        """The short name, UNTERM's article moved in front when `article` and dropped
        otherwise: "the Syrian Arab Republic", "Syrian Arab Republic". An inverted name
        reads as the formal name spells it: "(the) Islamic Republic of Iran"."""
        row = self.row(iso3)
        name = row[f"short_{lang}"]
        match = _PARENTHESIS.match(name)
        if not match:
            return name
        articles = ARTICLES.get(lang, ())
        if match["inside"] in articles:
            if not article:
                return match["name"]
            lead = match["inside"]
            return f"{lead}{'' if lead.endswith(_APOSTROPHE) else ' '}{match['name']}"
        formal = row[f"formal_{lang}"]
        if article:
            return formal
        for lead in articles:
            if formal.startswith(lead + ("" if lead.endswith(_APOSTROPHE) else " ")):
                return formal[len(lead):].lstrip()
        return formal


def read_countries(path: Path, root: Path) -> Countries:
    """The names file and, beside it, un_regional_groups.csv and un_country_names_ru.csv."""
    shown = str(path.relative_to(root))
    groups_path = path.parent / "un_regional_groups.csv"
    russian_path = path.parent / f"{path.stem}_ru.csv"
    for needed in (path, groups_path, russian_path):
        if needed.is_file():
            inside(needed, root, str(needed.relative_to(root)))
    for needed in (path, groups_path):
        if not needed.is_file():
            raise SpreportError("the UN list of States is missing", str(needed.relative_to(root)))
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        rows, lines = {}, {}
        for row in reader:
            rows[row["iso3"]] = locate(row, shown, reader.line_num, f"row {reader.line_num}")
            lines[row["iso3"]] = reader.line_num
    with groups_path.open(encoding="utf-8", newline="") as handle:
        groups = {row["iso3"]: row["group"] for row in csv.DictReader(handle)}
    russian = read_russian_forms(russian_path, root, rows, lines, shown)
    return Countries(rows, shown, groups, russian)


def read_russian_forms(path: Path, root: Path, rows: dict, lines: dict[str, int],
                       names_shown: str) -> dict[str, dict[str, str]]:
    """un_country_names_ru.csv: one row per row of the names file, every cell filled. A
    missing file, a wrong header, an unknown or repeated code, an empty cell or a preposition
    other than в/на is an error naming the file and line; a State without a row is an error
    naming the names file's line of that State."""
    shown = str(path.relative_to(root))
    if not path.is_file():
        raise SpreportError("the Russian case forms of the names of States are missing", shown)
    forms: dict[str, dict[str, str]] = {}
    header = None
    with path.open(encoding="utf-8", newline="") as handle:
        numbered = ((n, text) for n, text in enumerate(handle, 1)
                    if text.strip() and not text.startswith("#"))
        for number, text in numbered:
            cells = next(csv.reader([text]))
            if header is None:
                header = cells
                if tuple(cells) != RUSSIAN_COLUMNS:
                    raise SpreportError(f"expected the header {','.join(RUSSIAN_COLUMNS)}, "
                                        f"got {','.join(cells)}", shown, number)
                continue
            if len(cells) != len(RUSSIAN_COLUMNS):
                raise SpreportError(f"expected {len(RUSSIAN_COLUMNS)} cells, got {len(cells)}",
                                    shown, number)
            row = dict(zip(RUSSIAN_COLUMNS, (c.strip() for c in cells)))
            for column in RUSSIAN_COLUMNS:
                if not row[column]:
                    raise SpreportError("empty cell", shown, number, column)
            code = row.pop("iso3")
            if code not in rows:
                raise SpreportError(f"unknown ISO 3166 alpha-3 code {code!r} (not in "
                                    f"{names_shown})", shown, number, "iso3")
            if code in forms:
                raise SpreportError(f"{code} has a second row", shown, number, "iso3")
            if row["preposition"] not in RUSSIAN_PREPOSITIONS:
                raise SpreportError(f"expected в or на, got {row['preposition']!r}", shown,
                                    number, "preposition")
            forms[code] = row
    if header is None:
        raise SpreportError("the file is empty (expected a header and one row per State)",
                            shown)
    for code in rows:
        if code not in forms:
            raise SpreportError(f"{code} has no row of Russian case forms in {shown}",
                                names_shown, lines[code], "iso3")
    return forms
