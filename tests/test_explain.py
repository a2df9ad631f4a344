"""`spreport explain FIGURE`: a figure of a sentence traced to the YAML line it was typed on,
to the register rows counted with the rule that selects them, or to the figures it was
computed from; each checked against the files themselves."""
from __future__ import annotations

import csv
import re

from conftest import ROOT
from spreport.cli import main

YEAR = ROOT / "data" / "2024"


def explained(capsys, *argv) -> tuple[int, str]:
    capsys.readouterr()
    code = main(["explain", *argv, "--data", str(YEAR)])
    return code, capsys.readouterr().out


def test_a_count_names_its_register_rows_and_the_rule_that_reproduces_it(capsys):
    code, out = explained(capsys, "57")
    assert code == 0 and "country visit" in out
    m = re.search(r"data/2024/registers/visits\.csv  lines (\d+)–(\d+): 57 row\(s\) selected by "
                  r"visits\.start in 2024", out)
    assert m, out
    with open(YEAR / "registers" / "visits.csv", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    lines = range(int(m[1]), int(m[2]) + 1)               # line 1 is the header
    assert all(rows[n - 2]["start"].startswith("2024") for n in lines)
    assert sum(r["start"].startswith("2024") for r in rows) == 57 == len(lines)


def test_a_typed_figure_names_its_file_line_and_key(capsys):
    code, out = explained(capsys, "245")
    m = re.search(r"data/2024/events\.yaml:(\d+)  events$", out, re.M)
    assert code == 0 and m, out
    assert (YEAR / "events.yaml").read_text(encoding="utf-8").splitlines()[int(m[1]) - 1] \
        .startswith("events: 245")
    assert out.count("events.yaml") == 1                  # ngettext's num is the same figure


def test_a_computed_figure_shows_its_inputs(capsys):
    code, out = explained(capsys, "14")
    assert code == 0
    assert "14 = mandates − thematic mandates" in out
    assert "mandates = 60: data/2024/registers/mandates.csv" in out
    assert "thematic = 46: data/2024/registers/mandates.csv" in out and "kind = thematic" in out


def test_the_same_figure_in_another_language(capsys):
    code, out = explained(capsys, "57", "--lang", "fr")
    assert code == 0 and "visits.csv" in out


def test_a_figure_no_sentence_states(capsys):
    code, out = explained(capsys, "987654")
    assert code == 1 and "no sentence states" in out


def test_a_percentage_shows_its_division_and_inputs(capsys):
    code, out = explained(capsys, "64 per cent")
    assert code == 0
    assert "64 per cent = 56 ÷ 87" in out
    assert re.search(r"part 56: data/2024/registers/holders\.csv .*holders\.gender = F", out), out
    assert re.search(r"whole 87: data/2024/registers/holders\.csv .*87 row\(s\)", out), out


def test_a_difference_of_counts_shows_both(capsys):
    code, out = explained(capsys, "three")
    assert code == 0 and "3 = 19 − 16" in out
    assert "left = 19: data/2024/registers/first_visits.csv" in out
    assert "right = 16: data/2024/registers/requests.csv" in out


def _lines(spans: str) -> list[int]:
    """"3–4, 15" → [3, 4, 15]."""
    out = []
    for span in spans.split(", "):
        first, _, last = span.partition("–")
        out += range(int(first), int(last or first) + 1)
    return out


def _csv_lines(path) -> dict[int, dict]:
    """A CSV file's rows by line number (the header is line 1)."""
    with open(path, encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        return {reader.line_num: row for row in reader}


def test_a_table_cell_names_its_row_column_and_the_rows_counted(capsys):
    code, out = explained(capsys, "54", "--document", "addendum")
    m = re.search(r"54 in the table of Statistics on standing invitations: row African States, "
                  r"column Member States\n    data/un_country_names\.csv  lines ([\d–, ]+): 54 "
                  r"row\(s\) selected by un_country_names\.status = member, "
                  r"un_regional_groups\.group = AFR", out)
    assert code == 0 and m, out
    names = _csv_lines(ROOT / "data" / "un_country_names.csv")
    groups = {r["iso3"]: r["group"] for r in _csv_lines(ROOT / "data" / "un_regional_groups.csv").values()}
    cited = [names[n] for n in _lines(m[1])]
    assert len(cited) == 54
    assert all(r["status"] == "member" and groups[r["iso3"]] == "AFR" for r in cited)
    assert sum(r["status"] == "member" and groups.get(r["iso3"]) == "AFR"
               for r in names.values()) == 54


def test_a_zero_names_the_register_and_the_rule_no_row_meets(capsys):
    code, out = explained(capsys, "0", "--document", "addendum")
    rules = re.findall(r"0 in the table of Status of country visits over the past five years: "
                       r"row [^\n]+, column (\d{4})\n    data/2024/registers/visits\.csv: no row "
                       r"selected by visits\.state = ([A-Z]{3}), visits\.start in (\d{4})", out)
    assert code == 0 and len(rules) > 100, out[:2000]
    visits = _csv_lines(YEAR / "registers" / "visits.csv").values()
    for column, state, year in rules:
        assert column == year
        assert not any(v["state"] == state and v["start"].startswith(year) for v in visits)


def test_a_column_total_reads_every_row_it_sums(capsys):
    code, out = explained(capsys, "592", "--document", "addendum")
    m = re.search(r"592 in the table of Pending requests for country visits: row Total, column "
                  r"Pending requests\n    data/2024/registers/requests\.csv  lines 2–(\d+): 592, "
                  r"the sum of (\d+) counts", out)
    requests = _csv_lines(YEAR / "registers" / "requests.csv")
    assert code == 0 and m, out
    assert int(m[1]) == max(requests) and len(requests) == 592
    assert int(m[2]) == len({r["state"] for r in requests.values()})
