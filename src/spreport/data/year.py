"""Load one year's data directory: YAML figures, CSV registers, the UN names of States."""
from __future__ import annotations

import datetime
from dataclasses import dataclass
from pathlib import Path

from ..errors import SpreportError
from .countries import Countries, read_countries
from .registers import SYMBOL, check_references, read_register
from .schema import FIELDS, REGISTERS
from .yamlfile import load_yaml

_TYPES = {"int": int, "date": datetime.date, "symbol": str, "str": str}


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
    values = {p.stem: load_yaml(p, str(p.relative_to(root)))
              for p in sorted(directory.glob("*.yaml"))}
    registers = {}
    for name, columns in REGISTERS.items():
        path = directory / "registers" / f"{name}.csv"
        if not path.is_file():
            raise SpreportError(f"register missing: expected {path.relative_to(root)}")
        registers[name] = read_register(path, str(path.relative_to(root)), columns)
    check_references(registers, REGISTERS)
    _check_fields(values)
    countries = read_countries(root / "data" / "un_country_names.csv", root)
    return YearData(root, directory, values, registers, countries)


def _check_fields(values: dict) -> None:
    for dotted, kind in FIELDS.items():
        stem, *keys = dotted.split(".")
        node = values.get(stem)
        parent = node
        for key in keys:
            parent = node
            if not isinstance(node, dict) or key not in node:
                where = getattr(parent, "file", f"{stem}.yaml")
                raise SpreportError(f"field missing: expected {kind}", where,
                                    getattr(parent, "line", None), dotted.split(".", 1)[1])
            node = node[key]
        expected = _TYPES[kind]
        wrong = not isinstance(node, expected) or isinstance(node, bool)
        if kind == "int" and isinstance(node, datetime.date):
            wrong = True
        if kind == "symbol" and not wrong and not SYMBOL.match(node):
            wrong = True
        if wrong:
            raise SpreportError(f"expected {kind}, got {node!r}", getattr(node, "file", None),
                                getattr(node, "line", None), getattr(node, "field", dotted))
