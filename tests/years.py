"""Next year's data made from 2024's in a copy of the project, as a drafter would: `spreport
new`, the year's registers filled, the marks replaced."""
from __future__ import annotations

import datetime
import re
from pathlib import Path

from spreport.new import later, year_registers


def shift_dates(text: str) -> str:
    """Every ISO date of `text` a year later."""
    return re.sub(r"\b\d{4}-\d{2}-\d{2}\b",
                  lambda m: later(datetime.date.fromisoformat(m[0])).isoformat(), text)


def fill(drafted: Path, source: Path, names=None) -> None:
    """The year's registers (or `names`) filled with last year's rows, their dates a year
    later (the rows of a year are dated in it)."""
    for name in names or year_registers():
        text = (source / f"registers/{name}.csv").read_text(encoding="utf-8")
        header, rows = text.split("\n", 1)
        (drafted / f"registers/{name}.csv").write_text(header + "\n" + shift_dates(rows),
                                                       encoding="utf-8")


def unmark(drafted: Path, keep: str | None = None) -> None:
    """Every `!update` mark of the year's YAML files deleted (the value confirmed), but on the
    lines that begin with `keep`."""
    for path in drafted.glob("*.yaml"):
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        path.write_text("".join(line if keep and line.startswith(keep)
                                else line.replace("!update ", "") for line in lines),
                        encoding="utf-8")
