"""What the year's data must hold: the registers' columns and the YAML files' fields."""
from __future__ import annotations

from .registers import Column

LANGS = ("zh", "en")

REGISTERS: dict[str, list[Column]] = {
    "mandates": [
        Column("id"),
        Column("kind", choices=("thematic", "country")),
        Column("posts", kind="int"),
        Column("sort_key"),
        *(Column(f"title_{lang}") for lang in LANGS),
    ],
    "reports": [
        Column("symbol", kind="symbol"),
        Column("mandate", refers="mandates.id"),
        Column("organ", choices=("HRC", "GA")),
        Column("themes", kind="words", required=False),
    ],
}

# Dotted fields of the YAML files and the type each must have ("symbol" is a checked string).
FIELDS: dict[str, str] = {
    "document.year": "int",
    "document.report.symbol": "symbol",
    "document.council.session": "int",
    "document.council.opening": "date",
    "document.council.closing": "date",
    "document.as_of": "date",
}
