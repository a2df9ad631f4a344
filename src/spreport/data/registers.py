"""Registers: CSV tables whose rows are counted and listed; every cell keeps its line."""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import SpreportError
from .located import LDict, LList, locate

SYMBOL = re.compile(r"^(A|E|S)/(HRC/)?\d+(/[A-Za-z0-9.]+)*$")


@dataclass(frozen=True)
class Column:
    name: str
    kind: str = "text"            # text | int | symbol | words (space-separated)
    required: bool = True
    choices: tuple[str, ...] = ()
    refers: str | None = None     # "register.column" the value must exist in


def read_register(path: Path, shown: str, columns: list[Column]) -> LList:
    """Rows as located dicts, checked against `columns`."""
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            header = reader.fieldnames or []
            missing = [c.name for c in columns if c.name not in header]
            if missing:
                raise SpreportError(f"missing column(s) {', '.join(missing)}", shown, 1)
            rows = [_row(raw, reader.line_num, shown, columns) for raw in reader]
    except UnicodeDecodeError as exc:
        raise SpreportError(f"not UTF-8 text ({exc.reason})", shown) from None
    except csv.Error as exc:
        raise SpreportError(f"CSV syntax error: {exc}", shown) from None
    return locate(rows, shown, 1, Path(shown).stem)


def _row(raw: dict, line: int, shown: str, columns: list[Column]) -> LDict:
    row = {}
    for column in columns:
        value = (raw.get(column.name) or "").strip()
        if not value:
            if column.required:
                raise SpreportError("value missing", shown, line, column.name)
            row[column.name] = locate([], shown, line, column.name) \
                if column.kind == "words" else None
            continue
        row[column.name] = _cell(value, column, shown, line)
    for extra, value in raw.items():
        if extra is None:
            raise SpreportError("more cells than columns", shown, line)
        row.setdefault(extra, locate(value.strip(), shown, line, extra) if value else None)
    return locate(row, shown, line, f"row {line}")


def _cell(value: str, column: Column, shown: str, line: int):
    if column.choices and value not in column.choices:
        raise SpreportError(f"expected one of {', '.join(column.choices)}, got {value!r}",
                            shown, line, column.name)
    if column.kind == "int":
        if not re.fullmatch(r"-?\d+", value):
            raise SpreportError(f"expected a whole number, got {value!r}", shown, line,
                                column.name)
        return locate(int(value), shown, line, column.name)
    if column.kind == "symbol" and not SYMBOL.match(value):
        raise SpreportError(f"expected a UN document symbol such as A/HRC/58/70, got {value!r}",
                            shown, line, column.name)
    if column.kind == "words":
        return locate([locate(w, shown, line, column.name) for w in value.split()],
                      shown, line, column.name)
    return locate(value, shown, line, column.name)


def check_references(registers: dict[str, list], specs: dict[str, list[Column]]) -> None:
    """Every value of a column with `refers` must exist in the register it names."""
    for name, columns in specs.items():
        for column in columns:
            if not column.refers:
                continue
            target, key = column.refers.split(".")
            known = {row[key] for row in registers.get(target, [])}
            for row in registers[name]:
                values = row[column.name] if column.kind == "words" else [row[column.name]]
                for value in values:
                    if value is not None and value not in known:
                        raise SpreportError(f"unknown {target} {key} {value!r}", value.file,
                                            value.line, column.name)
