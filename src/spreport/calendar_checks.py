"""`spreport check`: the calendar and the series. A year's data copied from the year before
builds whatever dates and numbers it was left with; these checks find what was not advanced
or does not fit the year: the "as at" date, the annual meeting's number, the Council session
(its number, titles and the report's symbol), the cooperation period, the Committee's terms,
typed figures above what the registers allow, and register rows dated outside the year.

Each series is anchored on the 2024 report (A/HRC/58/70): one annual meeting a year (the 30th
in 2024), three Council sessions a year with the annual report at the first session of the
following year (the 58th for 2024)."""
from __future__ import annotations

import datetime

from .data.year import YearData
from .errors import SpreportError
from .lang.words import spell

# The anchors of the series: the 2024 report.
ANCHOR_YEAR = 2024
ANCHOR_MEETING = 30          # the 30th annual meeting, December 2024
ANCHOR_SESSION = 58          # A/HRC/58/70, to the Council's fifty-eighth session (2025)
SESSIONS_A_YEAR = 3
# The annual meeting lies in the year or, at the latest, in these first months of the next.
MEETING_LATEST_MONTH = 3

# Registers holding the year's events: every row's date lies in the year.
DATED_REGISTERS = {"reports": "date", "events": "date", "engagement": "date",
                   "joint_statements": "date", "technical_cooperation": "date",
                   "amicus": "date", "follow_up": "date"}


def calendar_problems(data: YearData):
    """Every calendar and series problem of the year's data, as SpreportErrors."""
    doc = data.values["document"]
    year, as_of = doc["year"], doc["as_of"]
    yield from _as_of(year, as_of)
    yield from _annual_meeting(doc, year)
    yield from _session(doc, year)
    yield from _period(data, year, as_of)
    yield from _answered(data, as_of)
    yield from _invitations(data, as_of)
    yield from _terms(data, year)
    yield from _dated_rows(data, year, as_of)
    yield from _series_rows(data)


def _error(value, message: str, field: str | None = None) -> SpreportError:
    return SpreportError(message, getattr(value, "file", None), getattr(value, "line", None),
                         field or getattr(value, "field", None))


def _ordinal_en(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _is_date(value) -> bool:
    return isinstance(value, datetime.date) and not isinstance(value, datetime.datetime)


def _is_int(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


# --- the "as at" date ----------------------------------------------------------------------

def _as_of(year, as_of):
    if as_of.year != year:
        yield _error(as_of, f"expected a date in {year} (document.yaml year), got {as_of}: the "
                            "\"as at\" date of the year's figures was left at another year")


# --- the annual meeting --------------------------------------------------------------------

def _expected_meeting(year: int) -> int:
    return year - ANCHOR_YEAR + ANCHOR_MEETING


def _annual_meeting(doc, year: int):
    meeting = doc["annual_meeting"]
    number, opening, closing = meeting["number"], meeting["opening"], meeting["closing"]
    expected = _expected_meeting(year)
    if number != expected:
        yield _error(number, f"expected {expected} for {year}, got {number}: the annual meeting "
                             f"is held once a year (the {_ordinal_en(_expected_meeting(year - 1))} "
                             f"in {year - 1}, the {_ordinal_en(expected)} in {year}: number − year "
                             f"= {ANCHOR_MEETING} − {ANCHOR_YEAR})")
    first = datetime.date(year, 1, 1)
    last = datetime.date(year + 1, MEETING_LATEST_MONTH + 1, 1) - datetime.timedelta(days=1)
    for value in (opening, closing):
        if not first <= value <= last:
            yield _error(value, f"expected a date from {first} to {last} (the annual meeting of "
                                f"{year}: in the year or the first months of {year + 1}), "
                                f"got {value}")
    if closing < opening:
        yield _error(closing, f"the annual meeting closes before it opens ({opening})")


# --- the Council session -------------------------------------------------------------------

def _expected_session(year: int) -> int:
    return SESSIONS_A_YEAR * (year - ANCHOR_YEAR) + ANCHOR_SESSION


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def session_titles(n: int) -> dict[str, list[str]]:
    """The title of session n in each language, as the masthead names it: the ordinal in
    words (lang/words.py), capitalized where it begins the title, in the gender of the word for
    session (French, Russian and Arabic: feminine; Arabic in the nominative); Spanish writes
    the number in figures («58º período de sesiones»)."""
    return {
        "ar": [f"الدورة {spell('ar', n, ordinal=True, gender='feminine', case='nominative')}"],
        "zh": [f"{spell('zh', n, ordinal=True)}届会议"],
        "en": [f"{_capital(spell('en', n, ordinal=True))} session"],
        "fr": [f"{_capital(spell('fr', n, ordinal=True, gender='feminine'))} session"],
        "ru": [f"{_capital(spell('ru', n, ordinal=True, gender='feminine'))} сессия"],
        "es": [f"{n}º período de sesiones"],
    }


def _session(doc, year: int):
    council = doc["council"]
    session = council["session"]
    expected = _expected_session(year)
    if session != expected:
        yield _error(session, f"expected {expected} for the report on {year}, got {session}: the "
                              "annual report goes to the Council's first session of the next "
                              f"year, {SESSIONS_A_YEAR} sessions a year (the "
                              f"{_ordinal_en(_expected_session(year - 1))} for {year - 1}, the "
                              f"{_ordinal_en(expected)} for {year}: session = "
                              f"{SESSIONS_A_YEAR} × (year − {ANCHOR_YEAR}) + {ANCHOR_SESSION})")
    titles = council.get("session_titles") or {}
    try:
        wanted = session_titles(session)
    except ValueError:
        wanted = {}
    for lang, forms in wanted.items():
        title = titles.get(lang)
        if isinstance(title, str) and title.strip() not in forms:
            yield _error(title, f"expected {forms[0]!r} (session {session} in words, "
                                f"council.session), got {title!r}")
    symbol = doc["report"]["symbol"]
    parts = str(symbol).split("/")
    if parts[:3] != ["A", "HRC", str(session)] or len(parts) < 4:
        yield _error(symbol, f"expected A/HRC/{session}/…, the symbol of a report to the "
                             f"{_ordinal_en(session)} session (council.session), got {symbol}")


# --- the cooperation period ----------------------------------------------------------------

def _period(data: YearData, year: int, as_of):
    period = data.values.get("cooperation", {}).get("period")
    if not isinstance(period, dict):
        return
    start, end, years = period.get("start"), period.get("end"), period.get("years")
    if _is_date(end) and end != as_of:
        yield _error(end, f"expected {as_of}, the \"as at\" date (document.yaml as_of): the "
                          f"period covered ends on it, got {end}")
    if not _is_int(years):
        return
    from .data.figures import Figures
    window = getattr(Figures(data), "first_year", None)
    if years < 1:
        yield _error(years, f"expected a number of years of 1 or more, got {years}")
        return
    if window is not None and years != year - window + 1:
        yield _error(years, f"expected {year - window + 1}, the years the addendum's tables "
                            f"count ({window}–{year}), got {years}")
    first = datetime.date(year - years + 1, 1, 1)
    if _is_date(start) and start != first:
        yield _error(start, f"expected {first}, 1 January of the first of the {years} years "
                            f"(period.years) to {year}, got {start}")


# --- typed figures the registers bound -----------------------------------------------------

def _answered(data: YearData, as_of):
    """Communications of the year answered substantively: each has at least one substantive
    reply, so as at the "as at" date they are no more than the substantive replies the
    communications register gives for the year's communications. A figure counted later
    (answered_substantively_as_of after the "as at" date) may count replies received since."""
    typed = data.values.get("communications", {})
    answered = typed.get("answered_substantively")
    if not _is_int(answered):
        return
    counted = typed.get("answered_substantively_as_of")
    if counted is not None:
        if not _is_date(counted):
            yield _error(counted, f"expected a date (YYYY-MM-DD), got {counted!r}",
                         "answered_substantively_as_of")
            return
        submitted = data.values["document"].get("submitted")
        if counted < as_of:
            yield _error(counted, f"expected {as_of} (the \"as at\" date, document.yaml as_of) "
                                  f"or later, got {counted}")
        elif _is_date(submitted) and counted > submitted:
            yield _error(counted, f"expected {submitted} (the report's date, document.yaml "
                                  f"submitted) or before: a figure the report states is counted "
                                  f"by then, got {counted}")
        if counted > as_of:
            return
    substantive = sum(c["substantive"] for c in data.registers["communications"])
    if answered > substantive:
        yield _error(answered, f"expected at most {substantive}, the substantive replies the "
                               "communications register gives for the year's communications "
                               f"as at {as_of} (a communication answered substantively has one "
                               f"at least), got {answered}; a figure counted later gives its "
                               "date as answered_substantively_as_of")


# --- standing invitations ------------------------------------------------------------------

def _invitations(data: YearData, as_of):
    """A standing invitation dated after the "as at" date of the year's figures: no figure of
    the year can count it (a sentence stating the invitations as at an earlier date, such as
    para. 49's, counts the rows up to its own date)."""
    for row in data.registers["standing_invitations"]:
        since = row["since"]
        if since > as_of:
            yield _error(since, f"{row['state']}'s standing invitation dates from {since}, "
                                f"after {as_of}, the \"as at\" date of the year's figures "
                                f"(document.yaml as_of); expected {as_of} or before")


# --- the Coordination Committee's terms ----------------------------------------------------

def _terms(data: YearData, year: int):
    term = data.values.get("committee", {}).get("term") or {}
    end = term.get("end")
    if _is_int(end) and end != year:
        yield _error(end, f"expected {year}: the outgoing Committee's term ends in the year "
                          f"of the report, got {end}")
    new = data.values.get("meeting", {}).get("election", {}).get("term") or {}
    for key, expected in (("start", year), ("end", year + 1)):
        value = new.get(key)
        if _is_int(value) and value != expected:
            yield _error(value, f"expected {expected}: the Committee elected at the annual "
                                f"meeting of {year} serves {year}–{year + 1}, got {value}")


# --- register rows dated outside the year --------------------------------------------------

def _dated_rows(data: YearData, year: int, as_of):
    for name, column in DATED_REGISTERS.items():
        for row in data.registers.get(name, []):
            day = row.get(column)
            if _is_date(day) and day.year != year:
                yield _error(day, f"expected a date in {year}: {name} holds the year's rows, "
                                  f"got {day}")
    for row in data.registers.get("visits", []):
        if row["start"] > as_of:
            yield _error(row["start"], f"expected {as_of} or before, the \"as at\" date "
                                       f"(document.yaml as_of): the visit starts after it, on "
                                       f"{row['start']}")


# The rows whose titles are composed from a series (data/schema.py SERIES): where the series'
# number and dates are, as (YAML file, key).
SERIES_DATES = {"annual_meeting": ("document", "annual_meeting"),
                "business_forum": ("events", "business_forum"),
                "minority_forum": ("events", "minority_forum")}


def _series_rows(data: YearData):
    """A row whose title is composed from its series' number and dates is dated within them,
    and each series has one such row: the title would otherwise name another session. (A row
    dated outside the year is reported by _dated_rows alone.)"""
    seen: dict[str, object] = {}
    for name in ("events", "joint_statements"):
        for row in data.registers.get(name, []):
            series = row.get("series")
            if not series:
                continue
            stem, key = SERIES_DATES[series]
            held = data.values.get(stem, {}).get(key)
            if not isinstance(held, dict) or not (_is_date(held.get("opening"))
                                                  and _is_date(held.get("closing"))):
                yield _error(series, f"a row of the series {series}: expected {stem}.yaml "
                                     f"{key} with its opening and closing dates")
                continue
            if series in seen:
                yield _error(series, f"a second row of the series {series} (the first on line "
                                     f"{getattr(seen[series], 'line', '?')}): the year has one")
            seen[series] = series
            day = row["date"]
            if not _is_date(day) or day.year != data.values["document"]["year"]:
                continue                # a row dated outside the year: told once, above
            if not held["opening"] <= day <= held["closing"]:
                yield _error(day, f"expected a date from {held['opening']} to "
                                  f"{held['closing']} ({stem}.yaml {key}): the title names "
                                  f"that session, got {day}")
