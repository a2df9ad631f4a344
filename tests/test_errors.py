"""Bad input: exit code 2 and a message naming file, line and field; no traceback; the last
good outputs stay in place."""
from __future__ import annotations

import pytest

from spreport.cli import main


def build(project, out, capsys, lang="en"):
    code = main(["build", "--data", str(project / "data" / "2024"), "--lang", lang,
                 "--format", "docx", "--out", str(out)])
    return code, capsys.readouterr().err


def edit(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize("file, old, new, message", [
    ("data/2024/communications.yaml", "reports_since: 2011", "reports_since: [2011",
     "which began at line 19"),
    ("data/2024/communications.yaml", "answered_substantively: 310",
     "answered_substantively: many", "data/2024/communications.yaml:7: "
     "answered_substantively: expected a whole number, got 'many'"),
    ("data/2024/registers/reports.csv", "A/79/371,iran,", "A/79/371,iranx,",
     "data/2024/registers/reports.csv:9: mandate: unknown mandates id 'iranx'"),
    ("data/2024/registers/reports.csv", "A/79/371,", "A/79//371,",
     "data/2024/registers/reports.csv:9: symbol: expected a UN document symbol"),
    ("data/2024/registers/first_visits.csv", "VUT,", "VUX,",
     "data/2024/registers/first_visits.csv:"),
    ("data/2024/registers/first_visits.csv", "VUT,", "VUX,",
     "state: unknown ISO 3166 alpha-3 code 'VUX'"),
    ("templates/report/reports.xml.j2", 'addendum("report-themes")', 'addendum("report-theme")',
     "the addendum has no section 'report-theme'"),
])
def test_bad_input_names_where_and_what(project, tmp_path, capsys, file, old, new, message):
    edit(project / file, old, new)
    code, err = build(project, tmp_path / "out", capsys)
    assert code == 2
    assert message in err
    assert "Traceback" not in err


def test_failed_build_leaves_the_last_good_output(project, tmp_path, capsys):
    out = tmp_path / "out"
    assert build(project, out, capsys)[0] == 0
    written = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    edit(project / "data/2024/communications.yaml", "answered_substantively: 310",
         "answered_substantively: many")
    assert build(project, out, capsys)[0] == 2
    assert {p: p.read_bytes() for p in out.rglob("*") if p.is_file()} == written


@pytest.mark.parametrize("argv", [["build", "--lang", "xx"], ["build", "--format", "odt"]])
def test_bad_options_exit_2(argv):
    with pytest.raises(SystemExit) as exc:
        main(argv)
    assert exc.value.code == 2
