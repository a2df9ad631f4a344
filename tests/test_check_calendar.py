"""`spreport check` knows the calendar and the series: a value not advanced with the year, or
not in the year, is an error naming its file, line and field, and what was expected."""
from __future__ import annotations

import pytest

from spreport.calendar_checks import calendar_problems, session_titles
from spreport.cli import main
from spreport.data.year import load_year

from conftest import ROOT

# (id, file under data/2024, line to edit or None (the one line holding `old`), old, new,
#  the message expected after "data/2024/<file>:<line>: ", or after "data/2024/<file>:<n>: "
#  when it begins with "@<n> ": a problem reported on another line than the one edited)
CASES = [
    ("as_of left at last year", "document.yaml", None,
     "as_of: 2024-12-31", "as_of: 2023-12-31",
     "as_of: expected a date in 2024 (document.yaml year), got 2023-12-31"),
    ("annual meeting number off the series", "document.yaml", None,
     "number: 30", "number: 31",
     "annual_meeting.number: expected 30 for 2024, got 31: the annual meeting is held once a "
     "year (the 29th in 2023, the 30th in 2024: number − year = 30 − 2024)"),
    ("annual meeting in another year", "document.yaml", None,
     "opening: 2024-12-09", "opening: 2023-12-09",
     "annual_meeting.opening: expected a date from 2024-01-01 to 2025-03-31 (the annual "
     "meeting of 2024: in the year or the first months of 2025), got 2023-12-09"),
    ("annual meeting closing before opening", "document.yaml", None,
     "closing: 2024-12-13", "closing: 2024-12-06",
     "annual_meeting.closing: the annual meeting closes before it opens (2024-12-09)"),
    ("session off the series", "document.yaml", None,
     "session: 58", "session: 61",
     "council.session: expected 58 for the report on 2024, got 61: the annual report goes to "
     "the Council's first session of the next year, 3 sessions a year (the 55th for 2023, the "
     "58th for 2024: session = 3 × (year − 2024) + 58)"),
    ("English session title", "document.yaml", None,
     "en: Fifty-eighth session", "en: Fifty-fifth session",
     "council.session_titles.en: expected 'Fifty-eighth session' (session 58 in words, "
     "council.session), got 'Fifty-fifth session'"),
    ("French session title", "document.yaml", None,
     "fr: Cinquante-huitième session", "fr: Cinquante-cinquième session",
     "council.session_titles.fr: expected 'Cinquante-huitième session'"),
    ("Russian session title in the masculine", "document.yaml", None,
     "ru: Пятьдесят восьмая сессия", "ru: Пятьдесят восьмой сессия",
     "council.session_titles.ru: expected 'Пятьдесят восьмая сессия'"),
    ("Arabic session title", "document.yaml", None,
     "ar: الدورة الثامنة والخمسون", "ar: الدورة الخامسة والخمسون",
     "council.session_titles.ar: expected 'الدورة الثامنة والخمسون'"),
    ("Chinese session title", "document.yaml", None,
     "zh: 第五十八届会议", "zh: 第五十五届会议",
     "council.session_titles.zh: expected '第五十八届会议'"),
    ("Spanish session title", "document.yaml", None,
     "es: 58º período de sesiones", "es: 55º período de sesiones",
     "council.session_titles.es: expected '58º período de sesiones'"),
    ("report symbol of another session", "document.yaml", None,
     "symbol: A/HRC/58/70", "symbol: A/HRC/55/70",
     "report.symbol: expected A/HRC/58/…, the symbol of a report to the 58th session "
     "(council.session), got A/HRC/55/70"),
    ("cooperation period not ending on the as-at date", "cooperation.yaml", None,
     "end: 2024-12-31", "end: 2023-12-31",
     "period.end: expected 2024-12-31, the \"as at\" date (document.yaml as_of): the period "
     "covered ends on it, got 2023-12-31"),
    ("cooperation period starting in the wrong year", "cooperation.yaml", None,
     "start: 2020-01-01", "start: 2019-01-01",
     "period.start: expected 2020-01-01, 1 January of the first of the 5 years (period.years) "
     "to 2024, got 2019-01-01"),
    ("cooperation period of other years than the tables", "cooperation.yaml", None,
     "years: 5", "years: 4",
     "period.years: expected 5, the years the addendum's tables count (2020–2024), got 4"),
    ("answered substantively above the substantive replies", "communications.yaml", None,
     "answered_substantively_as_of: 2025-02-20", "answered_substantively_as_of: 2024-12-31",
     "@7 answered_substantively: expected at most 308, the substantive replies the communications "
     "register gives for the year's communications as at 2024-12-31"),
    ("answered substantively counted before the as-at date", "communications.yaml", None,
     "answered_substantively_as_of: 2025-02-20", "answered_substantively_as_of: 2024-06-30",
     "answered_substantively_as_of: expected 2024-12-31 (the \"as at\" date, document.yaml "
     "as_of) or later, got 2024-06-30"),
    ("answered substantively counted after the report's date", "communications.yaml", None,
     "answered_substantively_as_of: 2025-02-20", "answered_substantively_as_of: 2025-03-01",
     "answered_substantively_as_of: expected 2025-02-20 (the report's date, document.yaml "
     "submitted) or before"),
    ("standing invitation after the as-at date", "registers/standing_invitations.csv",
     None, "USA,2022-09-08", "USA,2025-03-01",
     "since: USA's standing invitation dates from 2025-03-01, after 2024-12-31, the \"as at\" "
     "date of the year's figures (document.yaml as_of); expected 2024-12-31 or before"),
    ("outgoing Committee's term not advanced", "committee.yaml", None,
     "end: 2024", "end: 2023",
     "term.end: expected 2024: the outgoing Committee's term ends in the year of the report, "
     "got 2023"),
    ("new Committee's term starting in another year", "meeting.yaml", None,
     "start: 2024", "start: 2023",
     "election.term.start: expected 2024: the Committee elected at the annual meeting of 2024 "
     "serves 2024–2025, got 2023"),
    ("new Committee's term ending in another year", "meeting.yaml", None,
     "end: 2025", "end: 2026",
     "election.term.end: expected 2025"),
    ("report dated outside the year", "registers/reports.csv", 2,
     "2024-06-28", "2023-06-28",
     "date: expected a date in 2024: reports holds the year's rows, got 2023-06-28"),
    ("event dated outside the year", "registers/events.csv", 2,
     "2024-02-05", "2025-02-05",
     "date: expected a date in 2024: events holds the year's rows, got 2025-02-05"),
    ("engagement dated outside the year", "registers/engagement.csv", 2,
     "2024-03-25", "2023-03-25", "date: expected a date in 2024: engagement holds"),
    ("joint statement dated outside the year", "registers/joint_statements.csv", 2,
     "2024-03-08", "2023-03-08", "date: expected a date in 2024: joint_statements holds"),
    ("technical cooperation dated outside the year", "registers/technical_cooperation.csv", 2,
     "2024-02-20", "2023-02-20", "date: expected a date in 2024: technical_cooperation holds"),
    ("amicus submission dated outside the year", "registers/amicus.csv", 2,
     "2024-02-14", "2023-02-14", "date: expected a date in 2024: amicus holds"),
    ("follow-up dated outside the year", "registers/follow_up.csv", 2,
     "2024-01-03", "2023-01-03", "date: expected a date in 2024: follow_up holds"),
    # a title composed from its series names the session of the series' dates
    ("forum session's row dated outside the session", "registers/events.csv", None,
     "2024-11-25,business,business_forum", "2024-11-20,business,business_forum",
     "date: expected a date from 2024-11-25 to 2024-11-27 (events.yaml business_forum): the "
     "title names that session, got 2024-11-20"),
    ("annual meeting's declaration dated outside the meeting", "registers/joint_statements.csv",
     None, "2024-12-13,housing", "2024-12-03,housing",
     "date: expected a date from 2024-12-09 to 2024-12-13 (document.yaml annual_meeting)"),
    ("a series with two rows", "registers/events.csv", None,
     "2024-12-04,wgeid,,", "2024-11-29,wgeid,minority_forum,",
     "series: a second row of the series minority_forum"),
    ("visit starting after the as-at date", "registers/visits.csv", None,
     "mali,MLI,2024-11-28,2024-12-07", "mali,MLI,2025-01-10,2025-01-17",
     "start: expected 2024-12-31 or before, the \"as at\" date (document.yaml as_of): the visit "
     "starts after it, on 2025-01-10"),
]


def _edit(path, line, old, new) -> int:
    """Replace `old` by `new` on `line` (or on the one line holding `old`); the line edited."""
    lines = path.read_text(encoding="utf-8").split("\n")
    if line is None:
        (index,) = [i for i, text in enumerate(lines) if old in text]
    else:
        index = line - 1
        assert old in lines[index]
    lines[index] = lines[index].replace(old, new, 1)
    path.write_text("\n".join(lines), encoding="utf-8")
    return index + 1


@pytest.mark.parametrize("name, file, line, old, new, message", CASES,
                         ids=[case[0] for case in CASES])
def test_a_calendar_or_series_miss_fails_the_check(project, capsys, name, file, line, old,
                                                   new, message):
    edited = _edit(project / "data" / "2024" / file, line, old, new)
    code = main(["check", str(project / "data" / "2024")])
    err = capsys.readouterr().err
    if message.startswith("@"):
        at, message = message[1:].split(" ", 1)
        edited = int(at)
    assert code == 2
    assert f"data/2024/{file}:{edited}: {message}" in err, err


def test_the_2024_data_has_no_calendar_problem():
    data = load_year(ROOT / "data" / "2024", ROOT)
    assert [str(p) for p in calendar_problems(data)] == []


def test_an_invitation_after_para_49s_date_is_counted_there_not_an_error(project, capsys):
    """Para. 49 states the invitations as at its own date: a later one within the year is
    right, counted by the other figures and not by para. 49's."""
    from spreport.data.figures import Figures
    directory = project / "data" / "2024"
    _edit(directory / "registers/standing_invitations.csv", None, "USA,2022-09-08",
          "USA,2024-06-01")
    data = load_year(directory, project)
    assert not [p for p in calendar_problems(data) if "standing invitation" in str(p)]
    figures = Figures(data)
    para49 = figures.invitations_on(data.values["cooperation"]["invitations_as_of"])
    assert (para49["members"], figures.invitations_members) == (127, 128)


def test_the_next_years_data_advanced_passes_the_calendar(project):
    """What `spreport new` must write for 2025: each series advanced one step."""
    directory = project / "data" / "2024"
    titles = session_titles(61)
    assert titles["en"] == ["Sixty-first session"]
    assert titles["fr"] == ["Soixante et unième session"]
    assert titles["ru"] == ["Шестьдесят первая сессия"]
    assert titles["zh"] == ["第六十一届会议"]
    assert titles["es"] == ["61º período de sesiones"]
    document = (directory / "document.yaml").read_text(encoding="utf-8")
    for old, new in [("year: 2024", "year: 2025"), ("as_of: 2024-12-31", "as_of: 2025-12-31"),
                     ("A/HRC/58/70", "A/HRC/61/70"), ("session: 58", "session: 61"),
                     ("number: 30", "number: 31"), ("opening: 2024-12-09", "opening: 2025-06-02"),
                     ("closing: 2024-12-13", "closing: 2025-06-06"),
                     *((old, titles[lang][0]) for lang, old in [
                         ("ar", "الدورة الثامنة والخمسون"), ("zh", "第五十八届会议"),
                         ("en", "Fifty-eighth session"), ("fr", "Cinquante-huitième session"),
                         ("ru", "Пятьдесят восьмая сессия"), ("es", "58º período de sesiones")])]:
        assert old in document
        document = document.replace(old, new, 1)
    (directory / "document.yaml").write_text(document, encoding="utf-8")
    _edit(directory / "cooperation.yaml", None, "start: 2020-01-01", "start: 2021-01-01")
    _edit(directory / "cooperation.yaml", None, "end: 2024-12-31", "end: 2025-12-31")
    _edit(directory / "communications.yaml", None, "answered_substantively_as_of: 2025-02-20",
          "")
    _edit(directory / "committee.yaml", None, "end: 2024", "end: 2025")
    _edit(directory / "meeting.yaml", None, "start: 2024", "start: 2025")
    _edit(directory / "meeting.yaml", None, "end: 2025", "end: 2026")
    problems = [str(p) for p in calendar_problems(load_year(directory, project))]
    # the registers still hold 2024's rows: each is named, and nothing else is
    assert problems
    assert all(": date: expected a date in 2025: " in p or "answered_substantively:" in p
               for p in problems), problems[:5]
