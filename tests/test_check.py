"""`spreport check`: the data cross-checked; a changed register row changes the check or the
report."""
from __future__ import annotations

import csv
import re
import zipfile
from collections import Counter
from types import SimpleNamespace

from docx import Document
from openpyxl import Workbook

from spreport.check import _shares
from spreport.cli import main
from spreport.data.year import load_year

from conftest import ROOT


def check(project, capsys):
    code = main(["check", str(project / "data" / "2024")])
    return code, capsys.readouterr().err


def edit(path, old, new, count=1):
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def report_text(project, tmp_path, lang="en") -> str:
    out = tmp_path / "out"
    assert main(["build", "--data", str(project / "data" / "2024"), "--lang", lang,
                 "--documents", "report", "--format", "docx", "--out", str(out)]) == 0
    path = out / "2024" / lang / "A_HRC_58_70.docx"
    return "\n".join(p.text for p in Document(str(path)).paragraphs)


def test_the_2024_data_is_consistent(capsys):
    assert main(["check", str(ROOT / "data" / "2024")]) == 0
    assert "no problem found" in capsys.readouterr().out


def test_a_visit_added_to_the_register_changes_the_report(project, tmp_path):
    assert "carried out 57 country visits to 44 States" in report_text(project, tmp_path)
    visits = project / "data/2024/registers/visits.csv"
    rows = visits.read_text(encoding="utf-8").splitlines()
    first_of_year = next(r for r in rows if ",2024-" in r)
    visits.write_text("\n".join(rows + [first_of_year]) + "\n", encoding="utf-8")
    assert "carried out 58 country visits to 44 States" in report_text(project, tmp_path)


def test_a_register_row_that_breaks_a_rule_fails_the_check(project, capsys):
    path = project / "data/2024/registers/communications.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    fields = lines[1].split(",")
    fields[-1] = str(int(fields[-2]) + 1)          # more substantive replies than replies
    path.write_text("\n".join([lines[0], ",".join(fields), *lines[2:]]) + "\n",
                    encoding="utf-8")
    code, err = check(project, capsys)
    assert code == 2
    assert re.search(r"registers/communications\.csv:2: substantive: substantive cannot "
                     r"exceed replies", err), err


def test_a_typed_figure_below_its_register_fails_the_check(project, capsys):
    edit(project / "data/2024/communications.yaml", "received: 463", "received: 300")
    code, err = check(project, capsys)
    assert code == 2
    assert "data/2024/communications.yaml:4: replies.received: expected at least 349" in err


def test_a_report_citing_a_missing_addendum_section_fails_the_check(project, capsys):
    edit(project / "templates/report/reports.xml.j2", 'addendum("report-themes")',
         'addendum("themes")')
    code, err = check(project, capsys)
    assert code == 2
    assert "the addendum has no section 'themes'" in err


def test_moving_an_addendum_section_renumbers_every_reference(project, tmp_path):
    outline = project / "templates/addendum.xml.j2"
    text = outline.read_text(encoding="utf-8")
    lines = text.splitlines(keepends=True)
    i = next(n for n, line in enumerate(lines) if 'id="fact-sheet"' in line)
    j = next(n for n, line in enumerate(lines) if 'id="holders"' in line)
    lines[i], lines[j] = lines[j], lines[i]
    outline.write_text("".join(lines), encoding="utf-8")
    out = tmp_path / "out"
    assert main(["build", "--data", str(project / "data" / "2024"), "--lang", "en,zh",
                 "--documents", "report", "--format", "docx", "--out", str(out)]) == 0
    for lang, want in (("en", "A/HRC/58/70/Add.1, sect. I."),
                       ("zh", "A/HRC/58/70/Add.1, 第一节。")):
        with zipfile.ZipFile(out / "2024" / lang / "A_HRC_58_70.docx") as z:
            notes = z.read("word/footnotes.xml").decode()
        assert want in re.sub(r"<[^>]+>", "", notes)


def test_a_register_kept_as_a_spreadsheet_reads_the_same(project, tmp_path, capsys):
    source = project / "data/2024/registers/visits.csv"
    with source.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    before = report_text(project, tmp_path / "csv")
    book = Workbook()
    for row in rows:
        book.active.append(row)
    book.save(project / "data/2024/registers/visits.xlsx")
    source.unlink()
    assert report_text(project, tmp_path / "xlsx") == before
    sheet = project / "data/2024/registers/visits.xlsx"
    book.active.cell(row=3, column=3).value = "soon"
    book.save(sheet)
    code, err = check(project, capsys)
    assert code == 2
    assert "data/2024/registers/visits.xlsx:3: start: expected a date (YYYY-MM-DD), got 'soon'" \
        in err


def rewrite_register(path, change):
    """Apply `change(rows)` to the register's rows (header first) and write them back."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    rows = change(rows)
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, lineterminator="\n").writerows(rows)


def test_a_text_missing_in_one_language_fails_the_check(project, capsys):
    def blank_russian_of_line_7(rows):
        rows[6][rows[0].index("source_ru")] = ""         # rows[0] is line 1
        return rows
    rewrite_register(project / "data/2024/registers/external_support.csv",
                     blank_russian_of_line_7)
    code, err = check(project, capsys)
    assert code == 2
    assert "data/2024/registers/external_support.csv:7: source_ru: no Russian text" in err, err
    assert err.count("external_support.csv:7") == 1, err      # not told twice by the loader


def test_a_register_missing_a_language_column_fails_the_check(project, capsys):
    def without_chinese(rows):
        column = rows[0].index("court_zh")
        return [row[:column] + row[column + 1:] for row in rows]
    rewrite_register(project / "data/2024/registers/amicus.csv", without_chinese)
    code, err = check(project, capsys)
    assert code == 2
    assert "data/2024/registers/amicus.csv:1: court_zh: no Chinese text" in err, err


def test_a_name_missing_in_a_language_in_a_yaml_file_fails_the_check(project, capsys):
    meeting = project / "data/2024/meeting.yaml"
    line = next(n for n, text in enumerate(meeting.read_text(encoding="utf-8").splitlines(), 1)
                if "ru: Сурья Дева" in text)
    edit(meeting, ", ru: Сурья Дева", "")
    code, err = check(project, capsys)
    assert code == 2
    assert f"data/2024/meeting.yaml:{line}: election.chair.name.ru: no Russian text" in err, err


def test_rounded_shares_that_do_not_add_up_are_reported():
    data = load_year(ROOT / "data" / "2024", ROOT)
    thirds = SimpleNamespace(holders_by_gender=Counter(F=1, M=1),
                             holders_by_region=Counter(AFR=1, APG=1, EEG=1))
    (problem,) = list(_shares(data, thirds))
    assert "by regional group add up to 99.99 per cent" in str(problem)
    assert str(problem).startswith("data/2024/registers/holders.csv")


def test_a_counted_theme_no_report_has_fails_the_check(project, capsys):
    edit(project / "data/2024/output.yaml", "climate, technology", "climate, space, technology")
    code, err = check(project, capsys)
    assert code == 2
    assert re.search(r"data/2024/output\.yaml:8: cross_cutting_themes\[5\]: no report of the year "
                     r"has the theme 'space'", err), err
