"""`spreport diff`: every figure the documents state, last year beside this year, in the
terminal, as CSV and as XLSX."""
from __future__ import annotations

import contextlib
import csv
import io
import re
import shutil
from pathlib import Path

import pytest

from spreport.cli import main

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def two_years(tmp_path_factory) -> Path:
    """A copy of the project (as conftest's `project`) with data/2025 made from data/2024:
    the year and "as at" date advanced, the 2024 visits moved to 2025 with one of them
    removed, and 11 more press releases."""
    root = tmp_path_factory.mktemp("project")
    for name in ("templates", "locales", "data"):
        shutil.copytree(ROOT / name, root / name, ignore=shutil.ignore_patterns("2025"))
    shutil.copy(ROOT / "babel.cfg", root / "babel.cfg")
    new = root / "data" / "2025"
    shutil.copytree(root / "data" / "2024", new)
    _edit(new / "document.yaml", r"(?m)^year: 2024", "year: 2025")
    _edit(new / "document.yaml", r"(?m)^as_of: 2024-12-31", "as_of: 2025-12-31")
    _edit(new / "output.yaml", r"press_releases: 389", "press_releases: 400")
    visits = new / "registers" / "visits.csv"
    lines = visits.read_text(encoding="utf-8").replace(",2024-", ",2025-").splitlines(True)
    last = max(i for i, line in enumerate(lines) if ",2025-" in line)
    visits.write_text("".join(lines[:last] + lines[last + 1:]), encoding="utf-8")
    return root


def _edit(path: Path, pattern: str, replacement: str) -> None:
    text = path.read_text(encoding="utf-8")
    edited, n = re.subn(pattern, replacement, text)
    assert n == 1, (path, pattern)
    path.write_text(edited, encoding="utf-8")


@pytest.fixture(scope="module")
def compared(two_years, tmp_path_factory) -> tuple[str, list[dict], Path]:
    """What `spreport diff data/2024 data/2025 --csv … --xlsx …` prints, its CSV rows, and
    the folder of both files."""
    out = tmp_path_factory.mktemp("diff")
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        code = main(["diff", str(two_years / "data" / "2024"), str(two_years / "data" / "2025"),
                     "--csv", str(out / "diff.csv"), "--xlsx", str(out / "diff.xlsx")])
    assert code == 0
    with open(out / "diff.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    return printed.getvalue(), rows, out


def _row(rows, document, message_start, name):
    found = [r for r in rows if r["document"] == document and r["placeholder"] == name
             and r["message"].startswith(message_start)]
    assert len(found) == 1, (message_start, name, found)
    return found[0]


def test_changed_figures_with_both_values_and_the_change(compared):
    _, rows, _ = compared
    releases = _row(rows, "report", "Mandate holders issued", "releases")
    assert (releases["where"], releases["last year"], releases["this year"],
            releases["change"]) == ("para. 13", "389", "400", "11")
    total = _row(rows, "report", "Mandate holders issued", "total")
    assert (total["last year"], total["this year"], total["change"]) == ("500", "511", "11")
    visits = _row(rows, "report", "Mandate holders carried out", "visits")
    assert (visits["last year"], visits["this year"], visits["change"]) == ("57", "56", "-1")
    visits = _row(rows, "addendum", "In {year}, mandate holders carried out", "n")
    assert (visits["last year"], visits["this year"], visits["change"]) == ("57", "56", "-1")


def test_unchanged_figures_and_percentages(compared):
    _, rows, _ = compared
    sent = _row(rows, "report", "In {year}, mandate holders sent {sent}", "sent")
    assert (sent["kind"], sent["last year"], sent["this year"], sent["change"]) == (
        "count", "665", "665", "0")
    rate = _row(rows, "report", "In {year}, mandate holders sent {sent}", "rate")
    assert (rate["kind"], rate["last year"], rate["change"]) == ("per cent", "46.62", "0")
    # changed rows come first, and no figure is listed twice
    changed = [r["change"] != "0" for r in rows]
    assert changed == sorted(changed, reverse=True)
    keys = [(r["document"], r["where"], r["message"], r["placeholder"]) for r in rows]
    assert len(keys) == len(set(keys))


def test_terminal_table(compared):
    printed, rows, _ = compared
    lines = printed.splitlines()
    assert lines[0].split() == ["where", "what", "last", "year", "this", "year", "change"]
    releases = next(line for line in lines if "Mandate holders issued" in line
                    and "releases" in line)
    assert releases.startswith("*") and releases.split()[-3:] == ["389", "400", "+11"]
    sent = next(line for line in lines if re.search(r"\bsent\s+665", line))
    assert not sent.startswith("*") and sent.split()[-3:] == ["665", "665", "0"]
    changed = sum(r["change"] != "0" for r in rows)
    assert f"{changed} of {len(rows)} figures changed" in printed


def test_xlsx_holds_the_csv_rows_as_numbers(compared):
    openpyxl = pytest.importorskip("openpyxl")
    _, rows, out = compared
    sheet = openpyxl.load_workbook(out / "diff.xlsx").active
    assert sheet.freeze_panes == "A2"
    assert all(cell.font.b for cell in sheet[1])
    read = list(sheet.iter_rows(values_only=True))
    with open(out / "diff.csv", encoding="utf-8", newline="") as f:
        written = list(csv.reader(f))
    assert list(read[0]) == written[0]
    assert len(read) == len(written) > 100
    for cells, text in zip(read[1:], written[1:]):
        assert ["" if c is None else str(c) for c in cells] == text
        assert all(isinstance(c, (int, float)) for c in cells[5:] if c is not None)
        assert not any(isinstance(c, str) for c in cells[5:])


def test_a_figure_of_one_year_only_leaves_the_other_side_empty(tmp_path):
    from spreport.diff import Stated, compare, write_csv
    def stated(message, name, value):
        return Stated("report", "para. 1", message, name, ("report", message, (), name, 1),
                      value, "count")
    before = [stated("a", "n", 3), stated("c", "k", 5)]
    after = [stated("c", "k", 5), stated("b", "m", 4)]
    rows = compare(before, after)
    assert [(r.name, r.before, r.after, r.change, r.changed) for r in rows] == [
        ("n", 3, None, None, True), ("m", None, 4, None, True), ("k", 5, 5, 0, False)]
    write_csv(rows, tmp_path / "d.csv")
    lines = (tmp_path / "d.csv").read_text(encoding="utf-8").splitlines()
    assert lines[1:] == ["report,para. 1,a,n,count,3,,", "report,para. 1,b,m,count,,4,",
                         "report,para. 1,c,k,count,5,5,0"]


def test_not_a_year_is_exit_2_with_the_folder(two_years, capsys):
    code = main(["diff", str(two_years / "data" / "2024"), str(two_years / "templates")])
    assert code == 2
    err = capsys.readouterr().err
    assert "templates" in err and "no document.yaml" in err
