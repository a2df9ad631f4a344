"""What templates may call: figures formatted by Babel and the language's conventions,
State and mandate names, and the inline markup for symbols, links and addendum references.
Every figure a template prints passes through here, so a wrong type names its data file."""
from __future__ import annotations

import datetime
from numbers import Number

from markupsafe import Markup, escape

from ..data.located import origin
from ..data.year import YearData
from ..errors import SpreportError
from ..lang import conventions
from ..lang.base import Conventions


def _check(value, kind, expected: str):
    if isinstance(value, bool) or not isinstance(value, kind):
        file, line, field = origin(value)
        raise SpreportError(f"expected {expected}, got {value!r}", file, line, field)
    return value


class Helpers:
    """Bound to one year's data and one language; registered as Jinja filters and globals."""

    def __init__(self, data: YearData, lang: Conventions):
        self.data = data
        self.lang = lang

    # --- figures ------------------------------------------------------------
    def num(self, value) -> str:
        return self.lang.number(_check(value, Number, "a number"))

    def count(self, value) -> str:
        """A count as the language's style writes it in running text (English: one to nine
        in words; Chinese: digits)."""
        return self.lang.count(_check(value, int, "a whole number"))

    def words(self, value) -> str:
        return self.lang.words(_check(value, int, "a whole number"))

    def ordinal(self, value) -> str:
        return self.lang.ordinal(_check(value, int, "a whole number"))

    def letter(self, value) -> str:
        """A cited subparagraph letter ("a") as this language writes it ("أ" in Arabic)."""
        if not (isinstance(value, str) and len(value) == 1 and value.islower()):
            file, line, field = origin(value)
            raise SpreportError(f"expected a letter a–z, got {value!r}", file, line, field)
        return self.lang.letter(value)

    def century(self, value) -> str:
        return self.lang.century(_check(value, int, "a whole number"))

    def percent(self, part, whole, digits: int = 2) -> str:
        _check(part, Number, "a number")
        if not _check(whole, Number, "a number"):
            file, line, field = origin(whole)
            raise SpreportError("a share of zero is undefined", file, line, field)
        return self.lang.percentage(part / whole, digits)

    def date(self, value) -> str:
        return self.lang.date(_check(value, datetime.date, "a date (YYYY-MM-DD)"))

    def month(self, value) -> str:
        return self.lang.month(_check(value, datetime.date, "a date (YYYY-MM-DD)"))

    def date_range(self, start, end) -> str:
        for value in (start, end):
            _check(value, datetime.date, "a date (YYYY-MM-DD)")
        return self.lang.date_range(start, end)

    def date_pair(self, first, second) -> str:
        for value in (first, second):
            _check(value, datetime.date, "a date (YYYY-MM-DD)")
        return self.lang.date_pair(first, second)

    def masthead_date(self, value) -> str:
        """The date of the masthead: in English where the language's mastheads keep it so."""
        lang = conventions("en") if self.lang.masthead_in_english else self.lang
        return lang.date(_check(value, datetime.date, "a date (YYYY-MM-DD)"))

    def date_span(self, start, end) -> str:
        for value in (start, end):
            _check(value, datetime.date, "a date (YYYY-MM-DD)")
        return self.lang.date_span(start, end)

    def join(self, items, style: str = "standard") -> Markup:
        return Markup(self.lang.join([escape(i) for i in items], style))

    # --- names ----------------------------------------------------------------
    def state(self, iso3, article: bool = True) -> str:
        """A State's UN short name in running text (with its article where the language has one)."""
        override = self.lang.state_names.get(str(iso3))
        if override:
            self.data.countries.row(iso3)
            return override
        return self.data.countries.short(iso3, self.lang.code, article)

    def states(self, codes, style: str = "standard", suffix=None) -> Markup:
        """States joined into a list, in the order the language's documents list them;
        `suffix` maps a code to words that follow its name ("(visited for the first time)")."""
        gap = " " if self.lang.word_spaces else ""
        names = [escape(self.state(c, self.lang.articles_in_lists))
                 + (gap + escape(suffix[c]) if suffix and c in suffix else "")
                 for c in self.sort_states(codes)]
        return self.join(names, style)

    def sort_states(self, codes) -> list[str]:
        """ISO codes in the order the language's documents list States (tables, lists)."""
        lang = self.lang if self.lang.collation_order else conventions("en")
        return sorted(codes, key=lambda c: lang.sort_key(
            self.data.countries.short(c, lang.code, False)))

    def state_listed(self, iso3) -> str:
        """A State's name as a table shows it: without article ("Bahamas")."""
        return self.state(iso3, False)

    def region(self, iso3) -> str:
        """The regional group code of a Member State: AFR APG EEG GRULAC WEOG."""
        return self.data.countries.group(iso3)

    def mandate(self, mandate_id, article: bool = True) -> str:
        """A mandate's official title; in running text with the article its language needs."""
        for row in self.data.registers["mandates"]:
            if row["id"] == mandate_id:
                title = row[f"title_{self.lang.code}"]
                return self.lang.in_text(title) if article else title
        file, line, field = origin(mandate_id)
        raise SpreportError(f"unknown mandate {mandate_id!r}", file, line, field)

    def themed_reports(self, theme) -> list[tuple[str, list[str]]]:
        """(mandate id, its report symbols) for the reports on `theme`, in register order."""
        grouped: dict[str, list[str]] = {}
        for row in self.data.registers["reports"]:
            if theme in row["themes"]:
                grouped.setdefault(row["mandate"], []).append(row["symbol"])
        if not grouped:
            raise SpreportError(f"no report in the register has the theme {theme!r}",
                                self.data.shown(self.data.directory / "registers" / "reports.csv"))
        return list(grouped.items())

    # --- inline markup ----------------------------------------------------------
    def sym(self, symbol) -> Markup:
        return Markup("<sym>{}</sym>").format(symbol)

    def syms(self, symbols) -> Markup:
        return self.join([self.sym(s) for s in symbols])

    def link(self, key) -> Markup:
        """A web address from links.yaml, `{lang}` filled in; shown as written there."""
        try:
            text = str(self.data.values["links"][key]).format(lang=self.lang.code)
        except KeyError:
            raise SpreportError(f"no link {key!r}: expected it in links.yaml",
                                self.data.shown(self.data.directory / "links.yaml")) from None
        href = text if "://" in text else f"http://{text}"
        return Markup('<url href="{}">{}</url>').format(href, text)

    def addendum(self, *section_ids, through: str | None = None) -> Markup:
        """A reference to addendum sections by id: addendum("a", "b") or addendum("a", through="z")."""
        ids = " ".join(section_ids) if through is None else f"{section_ids[0]}..{through}"
        return Markup('<addref sections="{}"/>').format(ids)

    def register(self, env) -> None:
        for name in ("num", "count", "words", "ordinal", "century", "letter", "date", "month", "join", "state", "states",
                     "mandate", "sym", "syms"):
            env.filters[name] = getattr(self, name)
        for name in ("percent", "date_range", "date_pair", "themed_reports", "link",
                     "addendum", "mandate", "state", "states", "sym", "syms", "join",
                     "sort_states", "state_listed", "region", "masthead_date", "date_span"):
            env.globals[name] = getattr(self, name)
