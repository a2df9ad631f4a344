"""Figures derived from the registers: every count the report and the addendum state where a
register holds the rows, computed once per build."""
from __future__ import annotations

from functools import cached_property

from .provenance import Count, Derived, Rows, Tally
from .year import YearData


def serving(holder, day) -> bool:
    """Whether a row of registers/holders.csv was in office on `day`: started on or before
    it (an empty start: in office since before the year) and not ended before it."""
    return ((holder["start"] is None or holder["start"] <= day)
            and (holder["end"] is None or day <= holder["end"]))


class Figures:
    """Counts and lists of one year; templates reach them as `figures.<name>`."""

    def __init__(self, data: YearData):
        self.data = data
        self.year = data.year
        self.first_year = self.year - 4          # the five-year window of the addendum
        self._r = data.registers
        self._settings = data.values.get("cooperation", {})

    # --- mandates and holders -------------------------------------------------
    @cached_property
    def mandates(self) -> int:
        return self._r["mandates"].count()

    @cached_property
    def new_mandates(self) -> list[str]:
        """The mandates the Council established in the year (mandates.csv `established`)."""
        rows = self._r["mandates"].kept(
            lambda m: m.get("established") and m["established"].year == self.year,
            f"mandates.established in {self.year}")
        return Rows([m["id"] for m in rows], rows, rows.rule, rows.register)

    @cached_property
    def thematic_mandates(self) -> int:
        return self._r["mandates"].kept(lambda m: m["kind"] == "thematic",
                                        "mandates.kind = thematic").count()

    @cached_property
    def country_mandates(self) -> int:
        return Derived(self.mandates - self.thematic_mandates, "mandates − thematic mandates",
                       mandates=self.mandates, thematic=self.thematic_mandates)

    @cached_property
    def posts(self) -> int:
        return self._r["mandates"].summed("posts")

    @cached_property
    def holders(self) -> list:
        """The holders serving on the "as at" date (document.as_of); the register also keeps
        former holders, who count in no figure."""
        day = self.data.values["document"]["as_of"]
        return self._r["holders"].kept(lambda h: serving(h, day), f"holders.start ≤ {day} ≤ "
                                       "holders.end (empty: open)")

    @cached_property
    def incumbents(self) -> int:
        return self.holders.count()

    @cached_property
    def holders_by_gender(self) -> Tally:
        return self._by(self.holders, lambda h: h["gender"], f"{self.holders.rule}, holders.gender",
                        "holders")

    @cached_property
    def holders_by_region(self) -> Tally:
        return self._by(self.holders, lambda h: self.data.countries.group(h["nationality"]),
                        f"{self.holders.rule}, the regional group of holders.nationality",
                        "holders")

    @cached_property
    def support_replied(self) -> int:
        return self.holders.kept(lambda h: h["support_replied"] == "yes",
                                 f"{self.holders.rule}, holders.support_replied = yes").count()

    @cached_property
    def support_received(self) -> int:
        rows = self._r["external_support"]
        return Count(len({(s["mandate"], s["seat"]) for s in rows}), rows,
                     "the distinct (external_support.mandate, external_support.seat)",
                     "distinct", rows.register)

    # --- standing invitations -------------------------------------------------
    @cached_property
    def member_states(self) -> Rows:
        return self.data.countries.members

    @cached_property
    def members_by_region(self) -> Tally:
        """Member States by regional group (un_regional_groups.csv)."""
        return Tally(self.member_states.rows, lambda c: self._region(c["iso3"]),
                     f"{self.member_states.rule}, un_regional_groups.group",
                     self.data.countries.shown)

    @cached_property
    def inviting_by_region(self) -> Tally:
        """Member States with a standing invitation (of any date), by regional group."""
        rows = [i for i in self._r["standing_invitations"] if i["state"] in self._members]
        return self._by(rows, lambda i: self._region(i["state"]), "standing_invitations.state a "
                        "Member State, its regional group", "standing_invitations")

    def invitations_on(self, day) -> dict[str, int]:
        """Member and non-member observer States whose standing invitation dates from `day`
        or before: the figures a sentence states "as at" that day."""
        invitations = self._r["standing_invitations"]
        rule = f"standing_invitations.since ≤ {day}, the State "
        return {"members": invitations.kept(
                    lambda i: i["since"] <= day and i["state"] in self._members,
                    rule + "a Member State").count(),
                "observers": invitations.kept(
                    lambda i: i["since"] <= day and i["state"] not in self._members,
                    rule + "a non-member observer State").count()}

    @cached_property
    def invitations_members(self) -> int:
        return self.invitations_on(self.data.values["document"]["as_of"])["members"]

    @cached_property
    def invitations_observers(self) -> int:
        return self.invitations_on(self.data.values["document"]["as_of"])["observers"]

    @cached_property
    def _members(self) -> set[str]:
        return set(self.member_states)

    # --- country visits -------------------------------------------------------
    @cached_property
    def visits_of_year(self) -> list:
        return self._r["visits"].kept(lambda v: v["start"].year == self.year,
                                      f"visits.start in {self.year}")

    @cached_property
    def visits_by_region(self) -> Tally:
        """The year's visits by the regional group of the State visited ("other": a
        non-member State)."""
        return self._by(self.visits_of_year, lambda v: self._region(v["state"]),
                        f"{self.visits_of_year.rule}, the regional group of visits.state",
                        "visits")

    @cached_property
    def states_visited_by_region(self) -> Tally:
        """The distinct States visited in the year, by regional group ("other" as above)."""
        return self._by(self.visits_of_year, lambda v: self._region(v["state"]),
                        f"the distinct visits.state of {self.visits_of_year.rule}, its regional "
                        "group", "visits", distinct=lambda v: v["state"])

    @cached_property
    def states_visited(self) -> list[str]:
        return Rows(sorted({v["state"] for v in self.visits_of_year}), self.visits_of_year,
                    f"the distinct visits.state of the visits that began in {self.year}",
                    self._register("visits"))

    @cached_property
    def _five_years(self) -> list:
        return [v for v in self._r["visits"] if self.first_year <= v["start"].year <= self.year]

    @cached_property
    def visits_by_state(self) -> Tally:
        """Visits per State over the five years."""
        return self._by(self._five_years, lambda v: str(v["state"]),
                        f"visits.start from {self.first_year} to {self.year}, visits.state",
                        "visits")

    @cached_property
    def visits_by_state_and_year(self) -> Tally:
        """Visits per (State, year) over the five years."""
        return Tally(self._five_years, lambda v: (str(v["state"]), v["start"].year),
                     "(visits.state, visits.start's year)", self._register("visits"),
                     describe=lambda k: f"visits.state = {k[0]}, visits.start in {k[1]}")

    @cached_property
    def ever_visited(self) -> list[str]:
        rows = self._r["first_visits"]
        return Rows(sorted(f["state"] for f in rows), rows, rows.rule, rows.register)

    @cached_property
    def never_visited(self) -> list[str]:
        return Rows(sorted(self._members - set(self.ever_visited)), self._r["first_visits"],
                    "the Member States of un_country_names.csv with no row in first_visits",
                    self._register("first_visits"))

    @cached_property
    def first_visited(self) -> list[str]:
        rows = self._r["first_visits"].kept(lambda f: f["year"] == self.year,
                                            f"first_visits.year = {self.year}")
        return Rows(sorted(f["state"] for f in rows), rows, rows.rule, rows.register)

    @cached_property
    def pending_by_state(self) -> Tally:
        return self._by(self._r["requests"], lambda r: str(r["state"]), "requests.state",
                        "requests")

    @cached_property
    def never_visited_pending(self) -> list[str]:
        return Rows([s for s in self.never_visited if self.pending_by_state[s]],
                    self._r["requests"], f"{self.never_visited.rule}, with a row in requests",
                    self._register("requests"))

    @cached_property
    def reopened(self) -> list[str]:
        """Visited in the year after no visit in the four years before."""
        earlier = {v["state"] for v in self._r["visits"]
                   if self.first_year <= v["start"].year < self.year}
        return Rows([s for s in self.states_visited if s not in earlier], self.visits_of_year,
                    f"the States visited in {self.year} and in none of the four years before",
                    self._register("visits"))

    @cached_property
    def frequently_visited(self) -> list[str]:
        threshold = self._settings.get("frequent_visits_threshold", 5)
        return Rows(sorted(s for s, n in self.visits_by_state.items() if n >= threshold),
                    self._r["visits"], f"the States with {threshold} rows or more in visits "
                                       f"from {self.first_year} to {self.year}",
                    self._register("visits"))

    @cached_property
    def not_visited_five_years(self) -> list[str]:
        return Rows(sorted(self._members - set(self.visits_by_state)), self._r["visits"],
                    f"the Member States with no row in visits from {self.first_year} to "
                    f"{self.year}", self._register("visits"))

    @cached_property
    def not_visited_with_request(self) -> list[str]:
        least = self._settings.get("min_requests", 1)
        return Rows([s for s in self.not_visited_five_years if self.pending_by_state[s] >= least],
                    self._r["requests"], f"{self.not_visited_five_years.rule}, with {least} "
                                         "rows or more in requests", self._register("requests"))

    @cached_property
    def not_visited_many_pending(self) -> list[str]:
        threshold = self._settings.get("pending_threshold", 5)
        return Rows([s for s in self.not_visited_five_years
                     if self.pending_by_state[s] >= threshold], self._r["requests"],
                    f"{self.not_visited_five_years.rule}, with {threshold} rows or more in "
                    "requests", self._register("requests"))

    # --- communications -------------------------------------------------------
    @cached_property
    def communications(self) -> dict[str, int]:
        rows = self._r["communications"]
        totals = {c: rows.summed(c) for c in ("sent", "joint", "individuals", "women",
                                             "replies", "substantive")}
        totals["states"] = rows.kept(lambda c: c["kind"] == "state",
                                     "communications.kind = state").count()
        totals["non_state_actors"] = rows.kept(lambda c: c["kind"] == "non-state",
                                               "communications.kind = non-state").count()
        return totals

    # --- reports and follow-up ------------------------------------------------
    @cached_property
    def reports(self) -> dict[str, int]:
        rows = self._r["reports"]
        council = rows.kept(lambda r: r["organ"] == "HRC", "reports.organ = HRC")
        return {"total": rows.count(),
                "council": council.count(),
                "country_visits": council.kept(lambda r: r["kind"] == "country-visit",
                                               "reports.organ = HRC, reports.kind = "
                                               "country-visit").count(),
                "assembly": rows.kept(lambda r: r["organ"] != "HRC",
                                      "reports.organ ≠ HRC").count()}

    @cached_property
    def follow_up_letters(self) -> int:
        return self._r["follow_up"].count()

    # --- grouping -------------------------------------------------------------
    def _by(self, rows: list, key, rule: str, register: str, distinct=None) -> Tally:
        """The rows counted by `key`: each count knows its rows and `rule` = the key."""
        return Tally(rows, key, rule, self._register(register), distinct)

    def _register(self, name: str) -> str:
        """The file of the register `name` (CSV or XLSX), as errors name it."""
        return self._r[name].register

    def _region(self, state) -> str:
        """The regional group of a Member State; "other" for any other State."""
        return self.data.countries.group(state) if state in self._members else "other"
