"""The UN's official names of States (UNTERM), in the six languages."""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import SpreportError

_PARENTHESIS = re.compile(r"^(?P<name>.*?) \((?P<inside>[^)]*)\)$")
# What UNTERM's parenthesis holds when it is an article; anything else there is the rest of
# an inverted name ("Iran (Islamic Republic of)"), which the formal name spells out.
_APOSTROPHE = "\u2019"           # UN French prints the typographic apostrophe: l’Allemagne
ARTICLES = {"en": ("the",), "fr": ("le", "la", "l\u2019", "les"), "es": ("el", "la", "los", "las")}


@dataclass(frozen=True)
class Countries:
    rows: dict[str, dict[str, str]]      # ISO3 → CSV row
    shown: str
    groups: dict[str, str]               # ISO3 → regional group (AFR APG EEG GRULAC WEOG)

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
    def members(self) -> list[str]:
        return [code for code, row in self.rows.items() if row["status"] == "member"]

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
    """The names file and, beside it, un_regional_groups.csv."""
    shown = str(path.relative_to(root))
    groups_path = path.parent / "un_regional_groups.csv"
    for needed in (path, groups_path):
        if not needed.is_file():
            raise SpreportError("the UN list of States is missing", str(needed.relative_to(root)))
    with path.open(encoding="utf-8", newline="") as handle:
        rows = {row["iso3"]: row for row in csv.DictReader(handle)}
    with groups_path.open(encoding="utf-8", newline="") as handle:
        groups = {row["iso3"]: row["group"] for row in csv.DictReader(handle)}
    return Countries(rows, shown, groups)
