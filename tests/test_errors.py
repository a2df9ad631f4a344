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


def test_yaml_syntax_error_names_file_and_line(project, tmp_path, capsys):
    edit(project / "data/2024/visits.yaml", "states_visited: 44", "states_visited: [44")
    code, err = build(project, tmp_path / "out", capsys)
    assert code == 2
    assert "data/2024/visits.yaml:" in err and "YAML syntax error" in err
    assert "Traceback" not in err


def test_wrong_type_names_file_line_and_field(project, tmp_path, capsys):
    edit(project / "data/2024/visits.yaml", "country_visits: 57", "country_visits: fifty-seven")
    code, err = build(project, tmp_path / "out", capsys)
    assert code == 2
    assert "data/2024/visits.yaml:2: country_visits: expected a whole number, got 'fifty-seven'" in err


def test_unknown_mandate_in_a_register(project, tmp_path, capsys):
    edit(project / "data/2024/registers/reports.csv", "A/79/371,iran,", "A/79/371,iranx,")
    code, err = build(project, tmp_path / "out", capsys)
    assert code == 2
    assert "data/2024/registers/reports.csv:9: mandate: unknown mandates id 'iranx'" in err


def test_malformed_symbol_in_a_register(project, tmp_path, capsys):
    edit(project / "data/2024/registers/reports.csv", "A/79/371,", "A/79//371,")
    code, err = build(project, tmp_path / "out", capsys)
    assert code == 2
    assert "reports.csv:9: symbol: expected a UN document symbol" in err


def test_unknown_state_code(project, tmp_path, capsys):
    edit(project / "data/2024/visits.yaml", "first_visited: [VUT]", "first_visited: [VUX]")
    code, err = build(project, tmp_path / "out", capsys)
    assert code == 2
    assert "data/2024/visits.yaml:" in err and "unknown ISO 3166 alpha-3 code 'VUX'" in err


def test_unknown_addendum_section(project, tmp_path, capsys):
    edit(project / "templates/report/reports.xml.j2", 'addendum("report-themes")',
         'addendum("report-theme")')
    code, err = build(project, tmp_path / "out", capsys)
    assert code == 2
    assert "the addendum has no section 'report-theme'" in err


def test_failed_build_leaves_the_last_good_output(project, tmp_path, capsys):
    out = tmp_path / "out"
    assert build(project, out, capsys)[0] == 0
    written = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    edit(project / "data/2024/holders.yaml", "women: 56", "women: many")
    assert build(project, out, capsys)[0] == 2
    assert {p: p.read_bytes() for p in out.rglob("*") if p.is_file()} == written


@pytest.mark.parametrize("argv", [["build", "--lang", "xx"], ["build", "--format", "odt"]])
def test_bad_options_exit_2(argv):
    with pytest.raises(SystemExit) as exc:
        main(argv)
    assert exc.value.code == 2
