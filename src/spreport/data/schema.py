"""What the year's data must hold: the registers' columns and the YAML files' fields."""
from __future__ import annotations

from ..lang.titles import HEADS
from .registers import Column

LANGS = ("ar", "zh", "en", "fr", "ru", "es")

_TEXTS = tuple(Column(f"title_{lang}") for lang in LANGS)

# A title composed from the number and dates of its series (templates/addendum/macros.xml.j2,
# `titled`): the joint declaration of the annual meeting (document.yaml annual_meeting.number)
# and the forums of events.yaml (their `session`, `opening` and `closing`). The row's
# title_<lang> then holds only the words that follow the composed part (the declaration's
# subject), or nothing (a forum).
SERIES = ("annual_meeting", "business_forum", "minority_forum")

# Texts only some rows of a register need: register → {text group: (column, values)}; the
# group's six cells are needed in the rows whose `column` holds one of `values` ("" for an
# empty cell), may be empty in the others (spreport check; the build names a row lacking one).
ROW_TEXTS: dict[str, dict[str, tuple[str, tuple[str, ...]]]] = {
    "events": {"title": ("series", ("",))},
    "engagement": {"text": ("kind", ("arria",))},
}

REGISTERS: dict[str, list[Column]] = {
    "mandates": [
        Column("id"),
        Column("kind", choices=("thematic", "country")),
        Column("posts", kind="int"),
        Column("sort_key"),
        # The title from parts: a head (lang/titles.py), gendered by the holder of the day,
        # and the rest of the title per language (the Chinese rest precedes its head).
        Column("head", choices=tuple(HEADS)),
        *(Column(f"rest_{lang}") for lang in LANGS),
        # "yes": no holder is expected on the "as at" date (a mandate not yet begun).
        Column("vacant", required=False, choices=("yes",)),
        # The date of the Council's resolution establishing the mandate: needed for the
        # mandates established in the year, which the report names.
        Column("established", kind="date", required=False),
    ],
    # One row per holder's term on a post: the holders serving on the "as at" date
    # (document.as_of) and former holders of the year or cited by the documents. `start` empty:
    # in office since before the year (not recorded); `end` empty: serving. support_replied
    # (on external support) is asked of the holders serving on the "as at" date only.
    "holders": [
        Column("mandate", refers="mandates.id"),
        Column("seat", kind="int"),
        Column("name", required=False),
        Column("gender", choices=("F", "M")),
        Column("nationality", kind="iso3"),
        Column("support_replied", required=False, choices=("yes", "no")),
        Column("start", kind="date", required=False),
        Column("end", kind="date", required=False),
    ],
    "standing_invitations": [
        Column("state", kind="iso3"),
        Column("since", kind="date"),
    ],
    # Country visits of the past five years, one row per visit by one mandate.
    "visits": [
        Column("mandate", refers="mandates.id"),
        Column("state", kind="iso3"),
        Column("start", kind="date"),
        Column("end", kind="date"),
    ],
    # The year of each State's first visit by any mandate holder, since the system began.
    "first_visits": [
        Column("state", kind="iso3"),
        Column("year", kind="int"),
    ],
    "requests": [
        Column("mandate", refers="mandates.id"),
        Column("state", kind="iso3"),
        Column("requested", kind="date"),
    ],
    # Communications of the year by main addressee: a State (ISO code) or a non-State actor.
    "communications": [
        Column("addressee"),
        Column("kind", choices=("state", "non-state")),
        Column("sent", kind="int"),
        Column("joint", kind="int"),
        Column("individuals", kind="int"),
        Column("women", kind="int"),
        Column("replies", kind="int"),
        Column("substantive", kind="int"),
    ],
    "reports": [
        Column("symbol", kind="symbol"),
        Column("mandate", refers="mandates.id"),
        Column("organ", choices=("HRC", "GA")),
        Column("kind", choices=("thematic", "country-visit", "other")),
        Column("themes", kind="words", required=False),
        Column("date", kind="date"),          # when presented: the title's gender is of that day
    ],
    "joint_statements": [
        Column("date", kind="date"),
        Column("mandates", kind="words", refers="mandates.id"),
        # annual_meeting: the annual meeting's joint declaration, its title composed from the
        # meeting's number; title_<lang> is then its subject ("reaffirming …").
        Column("series", required=False, choices=("annual_meeting",)),
        *_TEXTS,
    ],
    "follow_up": [
        Column("mandate", refers="mandates.id"),
        Column("state", kind="iso3"),
        Column("date", kind="date"),
        Column("kind", choices=("letter", "press-release")),
    ],
    "external_support": [
        Column("mandate", refers="mandates.id"),
        Column("seat", kind="int"),
        *(Column(f"source_{lang}") for lang in LANGS),
        Column("kind", choices=("in-kind", "financial")),
    ],
    "events": [
        Column("date", kind="date"),
        Column("mandates", kind="words", refers="mandates.id"),
        # business_forum, minority_forum: a session of that forum of events.yaml, its title
        # composed from the session's number and dates (title_<lang> left empty).
        Column("series", required=False, choices=("business_forum", "minority_forum")),
        *(Column(f"title_{lang}", required=False) for lang in LANGS),
    ],
    "engagement": [
        Column("date", kind="date"),
        Column("mandates", kind="words", refers="mandates.id"),
        # arria: an Arria-formula meeting of the Security Council, listed in the report
        # (para. 37) with the mandates that took part, one subparagraph per mandate.
        Column("kind", required=False, choices=("arria",)),
        *_TEXTS,
        # The meeting as that sentence names it after its preposition: en "the Arria-formula
        # meeting …", fr « la réunion … », es «la reunión …» (the sentence contracts the
        # article where it must: {meeting, form, à}), ru in the prepositional case («заседании
        # …, посвященном …», after «в»), ar and zh as the title. Needed for kind arria.
        *(Column(f"text_{lang}", required=False) for lang in LANGS),
    ],
    "technical_cooperation": [
        Column("date", kind="date"),
        Column("mandate", refers="mandates.id"),
        Column("state", kind="iso3"),
        *_TEXTS,
    ],
    "amicus": [
        Column("date", kind="date"),
        Column("mandates", kind="words", refers="mandates.id"),
        # Where the court stands: the report lists national courts, then regional, then
        # international ones (by date within each).
        Column("level", choices=("national", "regional", "international")),
        *(Column(f"court_{lang}") for lang in LANGS),     # as the addendum's table names it
        # The court as running text names it, with its article where the language needs one:
        # en "the Supreme Court of India", fr « la Cour suprême de l’Inde », es «el Tribunal
        # Supremo de la India»; ar, zh and ru as the table (ru in the nominative).
        *(Column(f"text_{lang}") for lang in LANGS),
    ],
}

# Dotted fields of the YAML files and the type each must have; "*" stands for any key or
# list index ("symbol" is a string in the form of a UN document symbol, "iso3" a State code,
# "int" a whole number not below 0); a type ending in "?" marks a field that may be left out.
# A key no field names is refused, and so is a YAML file no field begins with.
FIELDS: dict[str, str] = {
    "document.year": "int",
    "document.as_of": "date",
    "document.report.symbol": "symbol",
    "document.previous_report": "symbol",
    "document.submitted": "date",
    "document.council.session": "int",
    **{f"document.council.session_titles.{lang}": "str" for lang in LANGS},
    "document.council.opening": "date",
    "document.council.closing": "date",
    "document.council.agenda_item": "int",
    "document.job_numbers.*": "str",
    "document.annual_meeting.number": "int",
    "document.annual_meeting.opening": "date",
    "document.annual_meeting.closing": "date",
    "communications.replies.*": "int",
    "communications.answered_substantively_as_of": "date?",
    "communications.answered_substantively": "int",
    "communications.response_rate_since": "int",
    "communications.reports_on_communications": "int",
    "communications.database_since_session": "int",
    "communications.reports_since": "int",
    "communications.public_after_days": "int",
    "communications.other_letters_public_after_hours": "int",
    "communications.enforced_disappearances.new_cases": "int",
    "communications.enforced_disappearances.urgent_action": "int",
    "communications.enforced_disappearances.non_state_by_place.*.state": "iso3",
    "communications.enforced_disappearances.non_state_by_place.*.cases": "int",
    "communications.enforced_disappearances.non_state_by_place.*.part": "str?",
    "communications.enforced_disappearances.clarified": "int",
    "communications.arbitrary_detention.*": "int",
    "output.media.*": "int",
    "output.cross_cutting_themes.*": "str",
    "previous.*": "int",
    "output.secretary_general_report": "symbol",
    "links.*": "web",
    "standards.*.report": "symbol",
    "standards.privacy.resolution": "str",
    "standards.privacy.century": "int",
    "standards.development.pillars": "int",
    "standards.development.principles": "int",
    "standards.foreign_debt.principles": "int",
    "events.events": "int",
    **{f"events.{forum}.{key}": "int" for forum in ("minority_forum", "business_forum")
       for key in ("session", "countries", "report_session")},
    "events.minority_forum.participants": "int",
    **{f"events.business_forum.{key}": "int"
       for key in ("in_person", "online", "sessions", "snapshots")},
    "events.minority_forum.opening": "date",
    "events.minority_forum.closing": "date",
    "events.minority_forum.report": "symbol",
    "events.business_forum.opening": "date",
    "events.business_forum.closing": "date",
    "events.business_forum.share.*": "int",
    "engagement.common_agenda_year": "int",
    "engagement.pact_for_the_future.resolution": "str",
    "engagement.pact_for_the_future.paragraph": "int",
    "engagement.pact_for_the_future.subparagraph": "str",
    "engagement.summit": "date",
    "engagement.summit_consultation": "date",
    "engagement.hlpf": "date",
    "engagement.prevention_event": "date",
    "engagement.peacebuilding_review": "int",
    "cooperation.period.start": "date",
    "cooperation.period.end": "date",
    "cooperation.period.years": "int",
    "cooperation.invitations_as_of": "date",
    **{f"cooperation.{key}": "int" for key in ("addendum_tables", "pending_threshold",
                                               "frequent_visits_threshold", "min_requests")},
    "cooperation.country_access.*": "iso3",
    "cooperation.country_no_access.*": "iso3",
    "cooperation.impact_dialogue": "date",
    "cooperation.attacks_press_release": "date",
    "cooperation.technical_cooperation.*": "iso3",
    "committee.term.*": "int",
    "committee.weeklong_meetings.*": "int",
    "committee.council_retreat": "date",
    "committee.external_support.disclosure_decided": "int",
    "reprisals.enhanced_response_adopted": "int",
    "reprisals.secretary_general_report.symbol": "symbol",
    **{f"reprisals.secretary_general_report.{key}": "int"
       for key in ("communications", "states", "follow_up_states")},
    "reprisals.communications.*": "int",
    "meeting.election.term.*": "int",
    "meeting.election.chair.name.*": "str",
    "meeting.election.members.*.name.*": "str",
    # every person of the year's YAML files: a name per language and a gender (F/M as in
    # registers/holders.csv), read by Helpers.person
    **{f"meeting.election.{who}.{key}": kind
       for who in ("chair", "rapporteur", "members.*", "outgoing_chair")
       for key, kind in (("name.*", "str"), ("gender", "gender"), ("mandate", "str"))},
    "engagement.prevention_speakers.*.name.*": "str",
    "engagement.prevention_speakers.*.gender": "gender",
    "engagement.prevention_speakers.*.mandate": "str",
}

# Periods of the YAML files: (first day, last day); the last may not come before the first.
# (The annual meeting's dates are checked with its calendar, calendar_checks.py.)
RANGES: tuple[tuple[str, str], ...] = (
    ("document.council.opening", "document.council.closing"),
    ("events.minority_forum.opening", "events.minority_forum.closing"),
    ("events.business_forum.opening", "events.business_forum.closing"),
    ("cooperation.period.start", "cooperation.period.end"),
)

# Shares in per cent of one whole: together at most 100 (the rest is not itemized).
SHARES: tuple[str, ...] = ("events.business_forum.share",)

# The year's prose (data/<year>/prose/<name>.xml.j2) the templates include; no other file may
# lie there. holders-note may be left out (the report then has no note on the holders' list).
PROSE: tuple[str, ...] = (
    "masthead-report", "masthead-addendum", "communications", "thematic-reports",
    "standard-setting", "forums", "un-system", "prevention", "follow-up", "cooperation",
    "technical-cooperation", "coordination-committee", "reprisals", "annual-meeting",
    "annual-meeting-committee", "annual-meeting-issues", "annual-meeting-stakeholders")
PROSE_OPTIONAL: tuple[str, ...] = ("holders-note",)

# The elements the year's prose may hold (compose/markup.py reads them).
PROSE_TAGS: frozenset[str] = frozenset({
    "chapter", "section", "title", "para", "sub", "note", "sym", "url", "addref", "em",
    "table", "thead", "tbody", "tfoot", "tr", "th", "td", "tnote", "tnref",
    "masthead", "un", "organ", "distribution", "date", "original", "meeting", "agenda",
    "subtitle", "summary", "p"})
