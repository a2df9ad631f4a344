"""The UN's official names of States (UNTERM), in the six languages."""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import SpreportError

_ARTICLE = re.compile(r"^(?P<name>.*?) \((?P<article>[^)]*)\)$")


@dataclass(frozen=True)
class Countries:
    rows: dict[str, dict[str, str]]      # ISO3 → CSV row
    shown: str

    def row(self, iso3: str) -> dict[str, str]:
        try:
            return self.rows[str(iso3)]
        except KeyError:
            raise SpreportError(f"unknown ISO 3166 alpha-3 code {iso3!r}",
                                getattr(iso3, "file", self.shown),
                                getattr(iso3, "line", None)) from None

    def short(self, iso3: str, lang: str, article: bool) -> str:
        """The short name; UNTERM's "(the)" moved in front when `article`, dropped otherwise.
        An inverted name, "Iran (Islamic Republic of)", stays as UNTERM lists it in lists; in
        English running text it reads "the Islamic Republic of Iran"."""
        name = self.row(iso3)[f"short_{lang}"]
        match = _ARTICLE.match(name)
        if not match:
            return name
        lead = match["article"]
        if lang == "en" and lead.endswith(" of"):
            return f"the {lead} {match['name']}" if article else name
        if not article:
            return match["name"]
        joiner = "" if lead.endswith("'") else " "
        return f"{lead}{joiner}{match['name']}"


def read_countries(path: Path, root: Path) -> Countries:
    shown = str(path.relative_to(root))
    if not path.is_file():
        raise SpreportError("the UN names of States are missing", shown)
    with path.open(encoding="utf-8", newline="") as handle:
        rows = {row["iso3"]: row for row in csv.DictReader(handle)}
    return Countries(rows, shown)
