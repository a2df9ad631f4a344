"""What the year's data must hold: the registers' columns and the YAML files' fields."""
from __future__ import annotations

from .registers import Column

LANGS = ("zh", "en")

REGISTERS: dict[str, list[Column]] = {
    "mandates": [
        Column("id"),
        Column("kind", choices=("thematic", "country")),
        Column("posts", kind="int"),
        Column("sort_key"),
        *(Column(f"title_{lang}") for lang in LANGS),
    ],
    "reports": [
        Column("symbol", kind="symbol"),
        Column("mandate", refers="mandates.id"),
        Column("organ", choices=("HRC", "GA")),
        Column("themes", kind="words", required=False),
    ],
}

# Dotted fields of the YAML files and the type each must have; "*" stands for any key or
# list index ("symbol" is a string in the form of a UN document symbol, "iso3" a State code).
FIELDS: dict[str, str] = {
    "document.year": "int",
    "document.as_of": "date",
    "document.report.symbol": "symbol",
    "document.previous_report": "symbol",
    "document.council.session": "int",
    "document.council.opening": "date",
    "document.council.closing": "date",
    "document.council.agenda_item": "int",
    "document.job_numbers.*": "str",
    "document.annual_meeting.number": "int",
    "document.annual_meeting.opening": "date",
    "document.annual_meeting.closing": "date",
    "holders.incumbents": "int",
    "holders.gender.*": "int",
    "holders.regions.*": "int",
    "visits.country_visits": "int",
    "visits.states_visited": "int",
    "visits.standing_invitations.*": "int",
    "visits.states_ever_visited": "int",
    "visits.states_never_visited": "int",
    "visits.never_visited_no_request": "int",
    "visits.never_visited_request_pending": "int",
    "visits.first_visited.*": "iso3",
    "communications.sent": "int",
    "communications.joint": "int",
    "communications.states": "int",
    "communications.non_state_actors": "int",
    "communications.individuals": "int",
    "communications.women": "int",
    "communications.replies.*": "int",
    "communications.replies_to_year.*": "int",
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
    "communications.enforced_disappearances.clarified": "int",
    "communications.arbitrary_detention.*": "int",
    "output.reports.*": "int",
    "output.media.*": "int",
    "output.new_cross_cutting_themes": "int",
    "output.secretary_general_report": "symbol",
    "links.*": "str",
}
