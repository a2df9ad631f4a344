"""`spreport new 2025`: next year's data drafted from 2024's — document.yaml advanced, every
value to confirm marked `!update` and reported by `check` with its file and line, the year's
registers emptied, the prose and its catalogs carried over; once the marks are replaced and the
registers filled, the year checks and builds. And `translations --update` on that year touches
the year's catalogs alone."""
from __future__ import annotations

import datetime
import hashlib
import re
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from spreport.cli import main
from spreport.data.previous import carried
from spreport.data.yamlfile import load_yaml, marks_of
from spreport.data.year import load_year
from spreport.new import CUMULATIVE, year_registers

from years import fill, unmark

TITLES = {
    "ar": "الدورة الحادية والستون",
    "zh": "第六十一届会议",
    "en": "Sixty-first session",
    "fr": "Soixante et unième session",
    "ru": "Шестьдесят первая сессия",
    "es": "61º período de sesiones",
}


@pytest.fixture
def drafted(project, monkeypatch, capsys) -> Path:
    """data/2025 of a copy of the project, as `spreport new 2025` writes it."""
    monkeypatch.chdir(project)
    assert main(["new", "2025"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("wrote data/2025: ")
    return project / "data" / "2025"


def _line(path: Path, pattern: str) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    (number,) = [i for i, line in enumerate(lines, 1) if re.search(pattern, line)]
    return number


def test_document_advanced(drafted):
    doc = load_yaml(drafted / "document.yaml", "document.yaml")
    marked = {m.field for m in marks_of(doc)}
    assert doc["year"] == 2025 and doc["as_of"] == datetime.date(2025, 12, 31)
    assert doc["council"]["session"] == 61
    assert doc["previous_report"] == "A/HRC/58/70"
    assert dict(doc["council"]["session_titles"]) == TITLES
    assert doc["annual_meeting"]["number"] == 31
    # proposed, to be confirmed
    assert doc["report"]["symbol"] == "A/HRC/61/70"
    assert doc["submitted"] == datetime.date(2026, 2, 20)
    assert (doc["council"]["opening"], doc["council"]["closing"]) == (
        datetime.date(2026, 2, 24), datetime.date(2026, 4, 4))
    assert (doc["annual_meeting"]["opening"], doc["annual_meeting"]["closing"]) == (
        datetime.date(2025, 12, 9), datetime.date(2025, 12, 13))
    assert doc["job_numbers"]["zh"] == "GE.26-04543(C)"
    assert {"report.symbol", "submitted", "council.opening", "council.closing",
            "annual_meeting.opening", "annual_meeting.closing",
            *(f"job_numbers.{lang}" for lang in TITLES)} <= marked
    assert not marked & {"year", "as_of", "previous_report", "council.session",
                         "annual_meeting.number", *(f"council.session_titles.{lang}"
                                                    for lang in TITLES)}
    assert doc["submitted"].marked and not getattr(doc["year"], "marked", False)


def test_carried_over(project, drafted):
    source = project / "data" / "2024"
    # the other YAML files: same lines and comments, the year's values marked
    for path in sorted(source.glob("*.yaml")):
        if path.name in ("document.yaml", "previous.yaml"):
            continue
        old = path.read_text(encoding="utf-8").splitlines()
        new = (drafted / path.name).read_text(encoding="utf-8").splitlines()
        assert len(old) == len(new), path.name
        assert [l for l in old if l.lstrip().startswith("#")] == \
               [l for l in new if l.lstrip().startswith("#")], path.name
    assert (drafted / "links.yaml").read_bytes() == (source / "links.yaml").read_bytes()
    cooperation = load_yaml(drafted / "cooperation.yaml", "cooperation.yaml")
    period = cooperation["period"]
    assert (period["start"], period["end"]) == (datetime.date(2021, 1, 1),
                                                datetime.date(2025, 12, 31))
    assert period["start"].marked and period["end"].marked
    assert not getattr(period["years"], "marked", False)       # a rule, not a figure
    # previous.yaml computed from 2024, unmarked
    previous = load_yaml(drafted / "previous.yaml", "previous.yaml")
    assert not marks_of(previous)
    assert dict(previous) == carried(load_year(source, project))
    assert (drafted / "previous.yaml").read_text(encoding="utf-8").startswith("#")
    # registers: the cumulative ones as they are, the year's with their header alone
    for name in CUMULATIVE:
        assert (drafted / f"registers/{name}.csv").read_bytes() == \
               (source / f"registers/{name}.csv").read_bytes()
    for name in year_registers():
        header = (source / f"registers/{name}.csv").read_text(encoding="utf-8").splitlines()[0]
        assert (drafted / f"registers/{name}.csv").read_text(encoding="utf-8") == header + "\n"
    # prose, catalogs, sources: copied
    for folder in ("prose", "locales"):
        for path in (source / folder).rglob("*"):
            if path.is_file():
                assert (drafted / path.relative_to(source)).read_bytes() == path.read_bytes()
    assert (drafted / "registers/sources.yaml").read_bytes() == \
           (source / "registers/sources.yaml").read_bytes()
    assert not [p for p in drafted.parent.iterdir() if p.name.startswith(".")]


def test_check_reports_marks_and_empty_registers(drafted, capsys):
    assert main(["check", "data/2025"]) == 2
    err = capsys.readouterr().err
    line = _line(drafted / "document.yaml", r"^submitted: !update ")
    assert (f"spreport: data/2025/document.yaml:{line}: submitted: marked !update: confirm or "
            "replace this value") in err.splitlines()
    line = _line(drafted / "cooperation.yaml", r"^  start: !update ")
    assert f"data/2025/cooperation.yaml:{line}: period.start: marked !update" in err
    marks = sum(len(re.findall(r"[:-] !update ", p.read_text(encoding="utf-8")))
                for p in drafted.glob("*.yaml"))
    assert err.count(": marked !update: ") == marks > 50
    for name in year_registers():
        assert f"spreport: data/2025/registers/{name}.csv: no row: " in err
    for name in CUMULATIVE:
        assert f"registers/{name}.csv: no row" not in err


def test_refuses_an_existing_year(drafted, capsys):
    before = sorted(p.relative_to(drafted) for p in drafted.rglob("*"))
    (drafted / "document.yaml").write_text("year: 2025\n", encoding="utf-8")
    assert main(["new", "2025"]) == 2
    err = capsys.readouterr().err
    assert "data/2025 exists already" in err
    assert (drafted / "document.yaml").read_text(encoding="utf-8") == "year: 2025\n"
    assert sorted(p.relative_to(drafted) for p in drafted.rglob("*")) == before
    assert not [p for p in drafted.parent.iterdir() if p.name.startswith(".")]


def test_refuses_a_year_that_does_not_follow(project, monkeypatch, capsys):
    monkeypatch.chdir(project)
    assert main(["new", "2026", "--from", "data/2024"]) == 2
    assert "expected those of 2025" in capsys.readouterr().err
    assert not (project / "data" / "2026").exists()


def test_refuses_a_source_outside_the_project(project, tmp_path_factory, monkeypatch, capsys):
    monkeypatch.chdir(project)
    outside = tmp_path_factory.mktemp("outside")
    assert main(["new", "2025", "--from", str(outside)]) == 2
    assert "not inside a spreport project" in capsys.readouterr().err


def test_marks_replaced_and_registers_filled_check_and_build(project, drafted, capsys):
    fill(drafted, project / "data" / "2024")
    unmark(drafted, keep="submitted: ")
    # one mark left: check reports it alone; the build goes on, as a draft, and says so
    assert main(["check", "data/2025"]) == 2
    err = capsys.readouterr().err.splitlines()
    assert [line for line in err if line.startswith("spreport: ")] == [
        f"spreport: data/2025/document.yaml:{_line(drafted / 'document.yaml', '^submitted:')}: "
        "submitted: marked !update: confirm or replace this value"]
    out = project / "build"
    assert main(["build", "--data", "data/2025", "--lang", "en", "--documents", "report",
                 "--format", "docx", "--out", str(out)]) == 0
    warnings = [line for line in capsys.readouterr().err.splitlines() if "warning" in line]
    assert warnings == ["spreport: warning: data/2025: 1 value(s) still marked !update, built "
                        "as a draft (`spreport check data/2025` lists them)"]
    assert (out / "2025" / "en" / "A_HRC_61_70.docx").stat().st_size > 10_000
    # the last mark replaced: check passes
    unmark(drafted)
    assert main(["check", "data/2025"]) == 0, capsys.readouterr().err


def _digests(folder: Path) -> dict:
    return {p.relative_to(folder): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_update_touches_the_years_catalogs_alone(project, drafted, capsys):
    old = ("several avenues and areas of cooperation continued to be expanded")
    new = ("several avenues and areas of cooperation were further expanded")
    prose = drafted / "prose" / "prevention.xml.j2"
    text = prose.read_text(encoding="utf-8")
    assert text.count(old) == 1
    prose.write_text(text.replace(old, new), encoding="utf-8")
    fr = drafted / "locales/fr/LC_MESSAGES/year.po"
    with fr.open("rb") as handle:
        (before,) = [m for m in read_po(handle) if m.id and old in m.id]
    shared, year = _digests(project / "locales"), _digests(drafted / "locales")

    main(["translations", "--data", "data/2025", "--update"])
    out = capsys.readouterr().out
    assert "updated locales/" not in out
    assert _digests(project / "locales") == shared           # byte for byte
    changed = {str(p) for p, digest in _digests(drafted / "locales").items()
               if year.get(p) != digest}
    assert changed == {"year.pot", *(f"{lang}/LC_MESSAGES/year.po"
                                     for lang in ("ar", "zh", "fr", "ru", "es"))}
    with fr.open("rb") as handle:
        (after,) = [m for m in read_po(handle) if m.id and new in m.id]
    assert "fuzzy" in after.flags
    assert after.string == before.string and before.string    # last year's translation


def test_update_rewrites_the_shared_catalogs_when_the_templates_change(project, drafted,
                                                                       capsys):
    intro = project / "templates/report/introduction.xml.j2"
    intro.write_text(intro.read_text(encoding="utf-8").replace(
        "The present report provides", "The present report gives"), encoding="utf-8")
    shared = _digests(project / "locales")
    main(["translations", "--data", "data/2025", "--update"])
    assert "updated locales/spreport.pot" in capsys.readouterr().out
    assert _digests(project / "locales") != shared


def test_a_register_declared_empty_is_not_reported(drafted):
    """A year with no amicus submission says so in registers/sources.yaml."""
    from spreport.check import _drafted
    sources = drafted / "registers" / "sources.yaml"
    text = sources.read_text(encoding="utf-8")
    assert "\namicus:\n" in text
    sources.write_text(text.replace("\namicus:\n", "\namicus:\n  empty: no submission in 2025\n"),
                       encoding="utf-8")
    reported = [str(p) for p in _drafted(drafted, drafted.parents[1])]
    assert not any("amicus.csv" in p for p in reported)
    assert any("reports.csv: no row" in p for p in reported)
