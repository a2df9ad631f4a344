"""Registers: tables whose rows are counted and listed, read from CSV or from a spreadsheet
(XLSX); every cell keeps its file and line (the spreadsheet's row number)."""
from __future__ import annotations

import csv
import datetime
import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import SpreportError, inside
from .located import LDict, LList, locate

SYMBOL = re.compile(r"^(A|E|S)/(HRC/)?\d+(/[A-Za-z0-9.]+)*$")
ISO3 = re.compile(r"^[A-Z]{3}$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True)
class Column:
    name: str
    kind: str = "text"            # text | int | date | iso3 | symbol | words (space-separated)
    required: bool = True
    choices: tuple[str, ...] = ()
    refers: str | None = None     # "register.column" every value must exist in


def register_path(folder: Path, name: str, root: Path) -> Path:
    """registers/<name>.csv or registers/<name>.xlsx, whichever the year keeps."""
    found = [p for p in (folder / f"{name}.csv", folder / f"{name}.xlsx") if p.is_file()]
    if not found:
        raise SpreportError(f"register missing: expected {(folder / name).relative_to(root)}"
                            ".csv or .xlsx")
    if len(found) > 1:
        raise SpreportError(f"register {name} is kept twice ({found[0].name} and "
                            f"{found[1].name}): keep one", str(folder.relative_to(root)))
    return inside(found[0], root, str(found[0].relative_to(root)))


def read_register(path: Path, shown: str, columns: list[Column]) -> LList:
    """Rows as located dicts, checked against `columns`."""
    header, rows = read_table(path, shown)
    missing = [c.name for c in columns if c.name not in header]
    if missing:
        raise SpreportError(f"missing column(s) {', '.join(missing)}", shown, 1)
    out = [_row(raw, line, shown, columns) for line, raw in rows]
    return locate(out, shown, 1, Path(shown).stem)


def read_table(path: Path, shown: str) -> tuple[list[str], list[tuple[int, dict]]]:
    """The header and the rows, each as (line, {column: cell text}), of a CSV or XLSX file,
    unchecked."""
    return _read_xlsx(path, shown) if path.suffix == ".xlsx" else _read_csv(path, shown)


def _read_csv(path: Path, shown: str):
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            rows = []
            for raw in reader:
                if None in raw:
                    raise SpreportError("more cells than columns", shown, reader.line_num)
                rows.append((reader.line_num, raw))
            return reader.fieldnames or [], rows
    except UnicodeDecodeError as exc:
        raise SpreportError(f"not UTF-8 text ({exc.reason})", shown) from None
    except csv.Error as exc:
        raise SpreportError(f"CSV syntax error: {exc}", shown) from None


def _read_xlsx(path: Path, shown: str):
    """The first sheet: a header row, then one row per entry (empty rows skipped)."""
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, OSError, KeyError, ValueError) as exc:
        raise SpreportError(f"not a readable XLSX workbook ({exc})", shown) from None
    sheet = book.worksheets[0]
    lines = sheet.iter_rows(values_only=True)
    header = [str(v).strip() if v is not None else "" for v in next(lines, ())]
    rows = []
    for number, values in enumerate(lines, 2):
        if all(v is None or str(v).strip() == "" for v in values):
            continue
        rows.append((number, {h: _xlsx_text(v) for h, v in zip(header, values) if h}))
    book.close()
    return header, rows


def _xlsx_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime.datetime):
        return value.date().isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


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
        row.setdefault(extra, locate(value.strip(), shown, line, extra) if value else None)
    return locate(row, shown, line, f"row {line}")


def _cell(value: str, column: Column, shown: str, line: int):
    def wrong(expected):
        return SpreportError(f"expected {expected}, got {value!r}", shown, line, column.name)
    if column.choices and value not in column.choices:
        raise wrong(f"one of {', '.join(column.choices)}")
    if column.kind == "int":
        if not re.fullmatch(r"-?\d+", value):
            raise wrong("a whole number")
        return locate(int(value), shown, line, column.name)
    if column.kind == "date":
        try:
            if not _DATE.match(value):
                raise ValueError
            return locate(datetime.date.fromisoformat(value), shown, line, column.name)
        except ValueError:
            raise wrong("a date (YYYY-MM-DD)") from None
    if column.kind == "symbol" and not SYMBOL.match(value):
        raise wrong("a UN document symbol such as A/HRC/58/70")
    if column.kind == "iso3" and not ISO3.match(value):
        raise wrong("an ISO 3166 alpha-3 code such as VUT")
    if column.kind == "words":
        return locate([locate(w, shown, line, column.name) for w in value.split()],
                      shown, line, column.name)
    return locate(value, shown, line, column.name)


def check_references(registers: dict[str, list], specs: dict[str, list[Column]],
                     states: set[str]) -> None:
    """Every value of a column with `refers` exists in the register it names; every ISO code
    names a State of the UN list."""
    for name, columns in specs.items():
        for column in columns:
            if column.refers:
                target, key = column.refers.split(".")
                known = {row[key] for row in registers.get(target, [])}
                what = f"{target} {key}"
            elif column.kind == "iso3":
                known, what = states, "ISO 3166 alpha-3 code"
            else:
                continue
            for row in registers[name]:
                values = row[column.name] if column.kind == "words" else [row[column.name]]
                for value in values:
                    if value is not None and value not in known:
                        raise SpreportError(f"unknown {what} {value!r}", value.file,
                                            value.line, column.name)
