"""Load one year's data directory: YAML figures, registers (CSV or XLSX), the UN names of States."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..errors import SpreportError, inside
from .countries import Countries, read_countries
from .fields import check_fields, check_files
from .prose import check_folder
from .provenance import Rows
from .registers import check_folder as check_registers, check_references, read_register, register_path
from .schema import REGISTERS
from .yamlfile import load_yaml


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
    yamls = sorted(directory.glob("*.yaml"))
    check_files([p.stem for p in yamls], lambda stem: _shown(directory / f"{stem}.yaml", root))
    values = {p.stem: load_yaml(inside(p, root, _shown(p, root)), _shown(p, root)) for p in yamls}
    check_folder(directory / "prose", root)
    check_registers(directory / "registers", list(REGISTERS), root)
    registers = {}
    for name, columns in REGISTERS.items():
        path = register_path(directory / "registers", name, root)
        rows = read_register(path, str(path.relative_to(root)), columns)
        registers[name] = Rows(rows, rows, f"every row of {name}", rows.file)
    countries = read_countries(root / "data" / "un_country_names.csv", root)
    check_references(registers, REGISTERS, set(countries.rows))
    check_fields(values)
    return YearData(root, directory, values, registers, countries)


def _shown(path: Path, root: Path) -> str:
    return str(path.relative_to(root))
