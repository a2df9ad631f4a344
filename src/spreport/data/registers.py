"""Registers: tables whose rows are counted and listed, read from CSV or from a spreadsheet
(XLSX); every cell keeps its file and line (the spreadsheet's row number)."""
from __future__ import annotations

import csv
import datetime
import io
import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import MAX_FILE, MAX_VALUE, SpreportError, control_character, inside, shown as quoted
from .located import LDict, LList, locate
from .textfile import read_text

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


def check_folder(folder: Path, names, root: Path) -> None:
    """Nothing lies in registers/ but the registers (CSV or XLSX) and sources.yaml; files a
    spreadsheet program keeps while one is open (hidden, or beginning with ~) are let be."""
    if folder.is_dir():
        inside(folder, root, str(folder.relative_to(root)) + "/")
    known = {f"{name}{suffix}" for name in names for suffix in (".csv", ".xlsx")}
    for path in sorted(folder.iterdir()) if folder.is_dir() else ():
        if path.name not in known | {"sources.yaml"} and not path.name.startswith((".", "~")):
            raise SpreportError(f"not a register: expected {', '.join(names)} (each .csv or "
                                ".xlsx), or sources.yaml", str(path.relative_to(root)))


def read_register(path: Path, shown: str, columns: list[Column]) -> LList:
    """Rows as located dicts, checked against `columns`."""
    header, rows = read_table(path, shown)
    missing = [c.name for c in columns if c.name not in header]
    if missing:
        raise SpreportError(f"missing column(s) {', '.join(missing)}", shown, 1)
    names = [c.name for c in columns]
    unknown = [h for h in header if h not in names]
    if unknown:
        raise SpreportError(f"unknown column {quoted(unknown[0])}: expected the columns "
                            f"{', '.join(names)}", shown, 1)
    out = [_row(raw, line, shown, columns) for line, raw in rows]
    return locate(out, shown, 1, Path(shown).stem)


def read_table(path: Path, shown: str) -> tuple[list[str], list[tuple[int, dict]]]:
    """The header and the rows, each as (line, {column: cell text}), of a CSV or XLSX file,
    unchecked."""
    return _read_xlsx(path, shown) if path.suffix == ".xlsx" else _read_csv(path, shown)


def _read_csv(path: Path, shown: str):
    reader = csv.DictReader(io.StringIO(read_text(path, shown), newline=""))
    try:
        rows = []
        for raw in reader:
            if None in raw:
                raise SpreportError("more cells than columns", shown, reader.line_num)
            rows.append((reader.line_num, raw))
        return reader.fieldnames or [], rows
    except csv.Error as exc:
        raise SpreportError(f"CSV syntax error: {exc}", shown, reader.line_num) from None


def _read_xlsx(path: Path, shown: str):
    """The first sheet: a header row, then one row per entry (empty rows skipped)."""
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException
    if path.stat().st_size > MAX_FILE:
        raise SpreportError(f"larger than {MAX_FILE // 1_000_000} MB: not a register", shown)
    try:
        book = load_workbook(path, read_only=True, data_only=True)
        try:
            lines = book.worksheets[0].iter_rows(values_only=True)
            header = [str(v).strip() if v is not None else "" for v in next(lines, ())]
            rows = []
            for number, values in enumerate(lines, 2):
                if all(v is None or str(v).strip() == "" for v in values):
                    continue
                rows.append((number, {h: _xlsx_text(v, shown, number)
                                      for h, v in zip(header, values) if h}))
        finally:
            book.close()
    except SpreportError:
        raise
    except Exception as exc:        # openpyxl and zipfile raise many kinds on a broken file
        raise SpreportError(f"not a readable XLSX workbook ({type(exc).__name__}: "
                            f"{quoted(exc, 120)})", shown) from None
    return header, rows


def _xlsx_text(value, shown: str, line: int) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime.datetime):
        return value.date().isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    text = str(value)
    if control_character(text):
        raise SpreportError(f"a control character U+{ord(control_character(text)[1]):04X} in "
                            "a cell: remove it", shown, line)
    return text


def _row(raw: dict, line: int, shown: str, columns: list[Column]) -> LDict:
    row = {}
    for column in columns:
        value = (raw.get(column.name) or "").strip()
        if len(value) > MAX_VALUE:
            raise SpreportError(f"a value of {len(value):,} characters: at most {MAX_VALUE:,} "
                                "are accepted", shown, line, column.name)
        if not value:
            if column.required:
                raise SpreportError("value missing", shown, line, column.name)
            row[column.name] = locate([], shown, line, column.name) \
                if column.kind == "words" else None
            continue
        row[column.name] = _cell(value, column, shown, line)
    return locate(row, shown, line, f"row {line}")


def _cell(value: str, column: Column, shown: str, line: int):
    def wrong(expected):
        return SpreportError(f"expected {expected}, got {quoted(value)}", shown, line,
                             column.name)
    if column.choices and value not in column.choices:
        raise wrong(f"one of {', '.join(column.choices)}")
    if column.kind == "int":
        if not re.fullmatch(r"\d{1,9}", value):
            raise wrong("a whole number, 0 or more")
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
