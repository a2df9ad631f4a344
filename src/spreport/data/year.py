"""Load one year's data directory: YAML figures, registers (CSV or XLSX), the UN names of States."""
from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import SpreportError, inside
from .countries import Countries, read_countries
from .registers import SYMBOL, check_references, read_register, register_path
from .schema import FIELDS, REGISTERS
from .yamlfile import load_yaml

_TYPES = {"int": int, "date": datetime.date, "symbol": str, "str": str, "iso3": str,
          "gender": str}
_NAMES = {"int": "a whole number", "date": "a date (YYYY-MM-DD)", "str": "text",
          "symbol": "a UN document symbol such as A/HRC/58/70", "iso3": "an ISO 3166 alpha-3 code",
          "gender": "F or M (a person's gender, as in registers/holders.csv)"}


@dataclass
class YearData:
    root: Path                   # the project root: every file read lies below it
    directory: Path              # data/2024
    values: dict                 # file stem → located content
    registers: dict[str, list]   # register name → located rows
    countries: Countries

    @property
    def year(self) -> int:
        return self.values["document"]["year"]

    def shown(self, path: Path) -> str:
        return str(path.relative_to(self.root))


def load_year(directory: Path, root: Path) -> YearData:
    """Read and validate everything under `directory` (which must lie inside `root`)."""
    directory, root = directory.resolve(), root.resolve()
    if not directory.is_relative_to(root):
        raise SpreportError(f"the data directory must lie inside the project ({root})",
                            str(directory))
    if not (directory / "document.yaml").is_file():
        raise SpreportError("no document.yaml: not a year's data directory", str(directory))
    values = {p.stem: load_yaml(inside(p, root, str(p.relative_to(root))), str(p.relative_to(root)))
              for p in sorted(directory.glob("*.yaml"))}
    registers = {}
    for name, columns in REGISTERS.items():
        path = register_path(directory / "registers", name, root)
        registers[name] = read_register(path, str(path.relative_to(root)), columns)
    countries = read_countries(root / "data" / "un_country_names.csv", root)
    check_references(registers, REGISTERS, set(countries.rows))
    _check_fields(values)
    return YearData(root, directory, values, registers, countries)


def _check_fields(values: dict) -> None:
    for pattern, kind in FIELDS.items():
        stem, *keys = pattern.split(".")
        if stem not in values:
            raise SpreportError(f"file missing: expected data/<year>/{stem}.yaml")
        for value in _matches(values[stem], keys, stem):
            _check_type(value, kind)


def _matches(node, keys: list[str], path: str):
    """The values at `keys` below `node`; a missing key is an error naming where it was due."""
    if not keys:
        yield node
        return
    key, rest = keys[0], keys[1:]
    if key == "*":
        children = node.values() if isinstance(node, dict) else node if isinstance(node, list) \
            else None
        if children is None:
            raise SpreportError("expected a mapping or a list", getattr(node, "file", None),
                                getattr(node, "line", None), path)
        for child in children:
            yield from _matches(child, rest, path)
        return
    if not isinstance(node, dict) or key not in node:
        raise SpreportError(f"field {key!r} missing", getattr(node, "file", None),
                            getattr(node, "line", None), path)
    yield from _matches(node[key], rest, f"{path}.{key}")


def _check_type(value, kind: str) -> None:
    expected = _TYPES[kind]
    wrong = isinstance(value, bool) or not isinstance(value, expected)
    if kind == "int" and isinstance(value, datetime.date):
        wrong = True
    if kind == "symbol" and not wrong and not SYMBOL.match(value):
        wrong = True
    if kind == "iso3" and not wrong and not re.fullmatch(r"[A-Z]{3}", value):
        wrong = True
    if kind == "gender" and not wrong and value not in ("F", "M"):
        wrong = True
    if wrong:
        raise SpreportError(f"expected {_NAMES[kind]}, got {value!r}",
                            getattr(value, "file", None), getattr(value, "line", None),
                            getattr(value, "field", None))
