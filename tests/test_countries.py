"""The Russian case forms of the names of States (data/un_country_names_ru.csv): one row for
every State of the names file, every cell filled; a fault names the file and the line."""
from __future__ import annotations

import csv
import shutil

import pytest

from spreport.data.countries import RUSSIAN_CASES, read_countries
from spreport.errors import SpreportError

from conftest import ROOT

DATA = ROOT / "data"
NAMES = "un_country_names.csv"
FORMS = "un_country_names_ru.csv"


def _copy(tmp_path):
    """The three files in a data/ directory of their own, to spoil one of them."""
    (tmp_path / "data").mkdir()
    for name in (NAMES, FORMS, "un_regional_groups.csv"):
        shutil.copy(DATA / name, tmp_path / "data" / name)
    return tmp_path / "data"


def _lines(path):
    return path.read_text(encoding="utf-8").splitlines(keepends=True)


def test_every_state_has_its_russian_forms():
    countries = read_countries(DATA / NAMES, ROOT)
    with (DATA / NAMES).open(encoding="utf-8", newline="") as handle:
        codes = [row["iso3"] for row in csv.DictReader(handle)]
    assert len(codes) == len(countries.russian) == len(set(codes))
    for code in codes:
        forms = countries.russian_forms(code)
        assert all(forms[case].strip() for case in RUSSIAN_CASES), code
        assert forms["preposition"] in ("в", "на"), code
        assert "ё" not in "".join(forms.values()), code


def test_a_missing_row_names_the_names_file_and_line(tmp_path):
    data = _copy(tmp_path)
    lines = _lines(data / FORMS)
    (number,) = [n for n, line in enumerate(lines) if line.startswith("YEM,")]
    (data / FORMS).write_text("".join(lines[:number] + lines[number + 1:]), encoding="utf-8")
    names = _lines(data / NAMES)
    (yemen,) = [n for n, line in enumerate(names, 1) if ",YEM," in line]
    with pytest.raises(SpreportError) as caught:
        read_countries(data / NAMES, tmp_path)
    error = caught.value
    assert (error.file, error.line) == (f"data/{NAMES}", yemen)
    assert "YEM" in error.message and FORMS in error.message


def test_an_empty_cell_names_the_file_and_line(tmp_path):
    data = _copy(tmp_path)
    lines = _lines(data / FORMS)
    (number,) = [n for n, line in enumerate(lines) if line.startswith("LBY,")]
    cells = lines[number].split(",")
    cells[2] = ""                                   # dative
    lines[number] = ",".join(cells)
    (data / FORMS).write_text("".join(lines), encoding="utf-8")
    with pytest.raises(SpreportError) as caught:
        read_countries(data / NAMES, tmp_path)
    error = caught.value
    assert (error.file, error.line, error.field) == (f"data/{FORMS}", number + 1, "dative")


@pytest.mark.parametrize("spoil, expected", [
    (lambda line: line.replace("LBY,", "XXX,", 1), "unknown ISO 3166 alpha-3 code 'XXX'"),
    (lambda line: line.replace(",в\n", ",во\n"), "expected в or на"),
    (lambda line: line.replace(",в\n", "\n"), "expected 7 cells, got 6"),
])
def test_a_malformed_row_names_the_file_and_line(tmp_path, spoil, expected):
    data = _copy(tmp_path)
    lines = _lines(data / FORMS)
    (number,) = [n for n, line in enumerate(lines) if line.startswith("LBY,")]
    lines[number] = spoil(lines[number])
    (data / FORMS).write_text("".join(lines), encoding="utf-8")
    with pytest.raises(SpreportError) as caught:
        read_countries(data / NAMES, tmp_path)
    assert (caught.value.file, caught.value.line) == (f"data/{FORMS}", number + 1)
    assert expected in caught.value.message


def test_a_missing_file_or_header_is_an_error(tmp_path):
    data = _copy(tmp_path)
    lines = _lines(data / FORMS)
    (header,) = [n for n, line in enumerate(lines) if line.startswith("iso3,")]
    lines[header] = lines[header].replace("genitive", "gen")
    (data / FORMS).write_text("".join(lines), encoding="utf-8")
    with pytest.raises(SpreportError) as caught:
        read_countries(data / NAMES, tmp_path)
    assert (caught.value.file, caught.value.line) == (f"data/{FORMS}", header + 1)
    (data / FORMS).unlink()
    with pytest.raises(SpreportError) as caught:
        read_countries(data / NAMES, tmp_path)
    assert caught.value.file == f"data/{FORMS}"
