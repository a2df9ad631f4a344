"""Last year as data: the figures this year's sentences compare with ("remained unchanged at
60", "women continue to outnumber men", "fell to 19"), kept in the year's previous.yaml.
`spreport new` writes that file from last year's data with `carried`; a year whose previous
year is not in the project (2024) types it, with its sources."""
from __future__ import annotations

from .figures import Figures
from .year import YearData

# Each compared figure: how last year's data gives it.
COMPARED = {
    "mandates": lambda f: f.mandates,
    "thematic_mandates": lambda f: f.thematic_mandates,
    "country_mandates": lambda f: f.country_mandates,
    "women": lambda f: f.holders_by_gender["F"],
    "men": lambda f: f.holders_by_gender["M"],
    "visits": lambda f: len(f.visits_of_year),
    "never_visited": lambda f: len(f.never_visited),
}


def carried(data: YearData) -> dict:
    """The content of next year's previous.yaml: this year's compared figures."""
    figures = Figures(data)
    return {"year": data.year, **{name: int(get(figures)) for name, get in COMPARED.items()}}
