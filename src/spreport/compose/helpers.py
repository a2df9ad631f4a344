"""What templates may call: figures formatted by Babel and the language's conventions,
State and mandate names, and the inline markup for symbols, links and addendum references.
Every figure a template prints passes through here, so a wrong type names its data file."""
from __future__ import annotations

import datetime
from numbers import Number

import jinja2
from jinja2.filters import make_attrgetter
from markupsafe import Markup, escape

from ..data.located import LList, locate, origin
from ..data.provenance import Count, Rows, Tally, explain, explain_share, total
from .markup import check_web_address
from ..data.year import YearData
from ..errors import SpreportError
from ..lang import conventions
from ..lang.base import Conventions
from .values import Choice, Figure, Inflected


def _check(value, kind, expected: str):
    if isinstance(value, bool) or not isinstance(value, kind):
        file, line, field = origin(value)
        raise SpreportError(f"expected {expected}, got {value!r}", file, line, field)
    return value


class Helpers:
    """Bound to one year's data and one language; registered as Jinja filters and globals."""

    def __init__(self, data: YearData, lang: Conventions, sourced: bool = False):
        self.data = data
        self.lang = lang
        self.sourced = sourced     # figures carry their sources into the tree (the preview)

    def _made(self, figure: Figure) -> Figure:
        if self.sourced:
            figure.sources = tuple(explain(figure.value))
        return figure

    # --- figures ------------------------------------------------------------
    def num(self, value) -> Figure:
        """A figure in digits; a whole number is a count that sentences choose plurals by."""
        _check(value, Number, "a number")
        kind = "count" if isinstance(value, int) else "number"
        return self._made(Figure(value, self.lang.number(value), kind, self.lang))

    def change(self, now, before) -> Choice:
        """How a figure moved since last year: "up", "down" or "same", for a sentence to
        choose "increased from … to …", "decreased …" or "remained unchanged at …"."""
        for value in (now, before):
            _check(value, Number, "a number")
        return Choice("up" if now > before else "down" if now < before else "same")

    def balance(self, first: str, now: tuple, before: tuple, second: str) -> Choice:
        """Which of two groups outnumbers the other this year, and whether it did last year:
        `first` ("women") with `now` = (women, men) and `before` = last year's, gives "women"
        (outnumbered last year too: "continue to outnumber"), "women-now" (did not), the same
        two for `second`, or "equal"."""
        for value in (*now, *before):
            _check(value, Number, "a number")
        if now[0] == now[1]:
            return Choice("equal")
        ahead, was_ahead = (first, before[0] > before[1]) if now[0] > now[1] else \
            (second, before[1] > before[0])
        return Choice(ahead if was_ahead else f"{ahead}-now")

    def figure(self, value) -> Figure:
        """A figure that counts nothing (a code, a year): no plural is chosen by it."""
        return self._made(Figure(value, self.lang.number(_check(value, Number, "a number")),
                                 "number", self.lang))

    def count(self, value) -> Figure:
        """A count as the language's style writes it in running text (English: one to nine
        in words; Chinese: digits)."""
        _check(value, int, "a whole number")
        return self._made(Figure(value, self.lang.count(value), "count", self.lang))

    def ordinal(self, value) -> Figure:
        _check(value, int, "a whole number")
        return self._made(Figure(value, self.lang.ordinal(value), "ordinal", self.lang))

    def letter(self, value) -> str:
        """A cited subparagraph letter ("a") as this language writes it ("أ" in Arabic)."""
        if not (isinstance(value, str) and len(value) == 1 and value.islower()):
            file, line, field = origin(value)
            raise SpreportError(f"expected a letter a–z, got {value!r}", file, line, field)
        return self.lang.letter(value)

    def century(self, value) -> Figure:
        _check(value, int, "a whole number")
        return self._made(Figure(value, self.lang.century(value), "ordinal", self.lang))

    def percent(self, part, whole, digits: int = 2) -> Figure:
        """`part` as a share of `whole`, in per cent; in the preview its sources are the
        division and each input's own."""
        _check(part, Number, "a number")
        if not _check(whole, Number, "a number"):
            file, line, field = origin(whole)
            raise SpreportError("a share of zero is undefined", file, line, field)
        figure = Figure(part / whole, self.lang.percentage(part / whole, digits), "per cent",
                        self.lang)
        if self.sourced:
            figure.sources = tuple(explain_share(figure.text, part, whole))
        return figure

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

    def days(self, start, end) -> str:
        """The days of a meeting as its title gives them: one day ("25 November 2024"), two
        ("28 and 29 November 2024", date_pair) or more ("25–27 November 2024", date_span)."""
        for value in (start, end):
            _check(value, datetime.date, "a date (YYYY-MM-DD)")
        if start == end:
            return self.lang.date(start)
        if (end - start).days == 1:
            return self.lang.date_pair(start, end)
        return self.lang.date_span(start, end)

    def item_end(self, last: bool) -> str:
        """The punctuation ending an item of an enumeration of subparagraphs: ";" after each
        but the last, "." after the last, as the language writes them (« ; », «؛», "；"/"。")."""
        return self.lang.enumeration[1 if last else 0]

    def join(self, items, style: str = "standard") -> Markup:
        return Markup(self.lang.join([escape(i) for i in items], style))

    # --- names ----------------------------------------------------------------
    def state(self, iso3, article: bool = True, after=None) -> Inflected:
        """A State's UN short name in running text (with its article where the language has
        one), and its forms after the prepositions its article contracts with ("du Bénin"),
        or in Russian its cases and its place with a preposition (see `_russian`). `after`:
        the State named just before, in a list of sentences' places each of which begins with
        its `в` form; the preposition is then left out where it does not change («в Ливии (2),
        Мьянме (1)»)."""
        override = self.lang.state_names.get(str(iso3))
        if override:
            self.data.countries.row(iso3)
            return self._named([override], "text", codes=[iso3])
        return self._named([self.data.countries.short(iso3, self.lang.code, article)], "text",
                           codes=[iso3], after=after)

    def states(self, codes, style: str = "standard", suffix=None) -> Inflected:
        """States joined into a list, in the order the language's documents list them;
        `suffix` maps a code to words that follow its name ("(visited for the first time)").
        Its forms "de", "à" … repeat the preposition before each name, as French and Spanish do;
        in Russian its forms are the cases and "в" (see `_russian`)."""
        gap = " " if self.lang.word_spaces else ""
        codes = self.sort_states(codes)
        names = [self.data.countries.short(c, self.lang.code, self.lang.articles_in_lists)
                 if not self.lang.state_names.get(str(c)) else self.lang.state_names[str(c)]
                 for c in codes]
        tails = [gap + suffix[c] if suffix and c in suffix else "" for c in codes]
        return self._named(names, style, tails, codes=codes)

    def _named(self, names: list[str], style: str, tails=None, codes=None,
               after=None) -> Inflected:
        tails = tails or [""] * len(names)
        forms = {"text": self.lang.join([n + t for n, t in zip(names, tails)], style)}
        for preposition in self.lang.prepositions:
            forms[preposition] = self.lang.join(
                [self.lang.contract(preposition, n) + t for n, t in zip(names, tails)], style)
        if self.lang.state_cases and codes is not None:
            forms.update(self._russian(codes, style, tails, after))
        return Inflected(forms, None, "a list of States" if len(names) > 1 else "a State")

    def _russian(self, codes, style: str, tails, after=None) -> dict[str, str]:
        """The Russian forms of a State or a list of States, from data/un_country_names_ru.csv:
        `nominative` … `prepositional`, each name in that case, joined as the list is; and
        `в`, each name's own preposition of place before its prepositional form, said again
        only where it changes, as UN Russian lists do: «в Йемене, на Кубе, в Ливии и на
        Филиппинах» (`after`: the State named just before, whose preposition is not repeated).
        Grammar: the case forms follow Russian declension (Розенталь, Справочник по
        правописанию и литературной правке; Зализняк, Грамматический словарь русского языка),
        each declinable word of a multiword name declining («Государстве Палестина»),
        indeclinable names (Того, Перу, Чили) keeping the nominative; «на» for States named
        as islands in traditional usage (на Кубе, на Филиппинах, на Мальдивских Островах),
        «в» otherwise, «в Украине» as the UN writes it. The file's comment lines say so."""
        from ..data.countries import RUSSIAN_CASES
        countries = self.data.countries
        rows = [countries.russian_forms(c) for c in codes]
        forms = {"nominative": self.lang.join(
            [countries.short(c, "ru", True) + t for c, t in zip(codes, tails)], style)}
        for case in RUSSIAN_CASES:
            forms[case] = self.lang.join([r[case] + t for r, t in zip(rows, tails)], style)
        said = countries.russian_forms(after)["preposition"] if after is not None else None
        placed = []
        for row, tail in zip(rows, tails):
            lead = "" if row["preposition"] == said else row["preposition"] + " "
            placed.append(lead + row["prepositional"] + tail)
            said = row["preposition"]
        forms["в"] = self.lang.join(placed, style)
        return forms

    def sort_states(self, codes) -> list[str]:
        """ISO codes in the order the language's documents list States (tables, lists)."""
        lang = self.lang if self.lang.collation_order else conventions("en")
        return sorted(codes, key=lambda c: lang.sort_key(
            self.data.countries.short(c, lang.code, False)))

    def state_listed(self, iso3) -> str:
        """A State's name as a table shows it: without article ("Bahamas")."""
        return self.state(iso3, False)

    def mandate(self, mandate_id, article: bool = True, on=None, holder=None):
        """A mandate's official title as an Inflected: `text` is the running-text form (with
        the article French and Spanish need; the bare title with article=False, as tables
        show it). The head (Special Rapporteur …) takes the gender of the holder serving on
        the date `on` (default: the "as at" date, document.as_of), or of `holder` (a person
        entry of the year's YAML, person(…), or a name in registers/holders.csv); a working
        group's title does not change. Other forms: bare, head, rest; fr de, à; es de, a;
        ru nominative … prepositional. `gender` is the holder's (feminine/masculine) or, for
        a working group, the head's grammatical gender in the language."""
        from ..lang import titles
        from .values import Inflected
        row = self._mandate_row(mandate_id)
        code = self.lang.code
        head = str(row["head"])
        holder_gender = self._holder_gender(row, on, holder) if titles.PERSONAL[head] else None
        forms = titles.parts(head, str(row[f"rest_{code}"]), code, holder_gender)
        in_text = self.lang.in_text(forms["bare"])
        forms.update(titles.with_preposition(code, in_text))
        forms["text"] = in_text if article else forms["bare"]
        return Inflected(forms, titles.agreement_gender(head, code, holder_gender),
                         f"mandate {str(mandate_id)!r}")

    def in_text(self, rows, style: str = "phrases") -> Inflected:
        """Register rows named as running text names them (their column `text_<lang>`: a court
        with its article, an Arria-formula meeting as its sentence needs it), joined as a
        list in `style` (one row: its name alone). Its forms `de`, `à` (fr) and `de`, `a` (es)
        put the preposition before each name, contracted with its article (« au Tribunal »)."""
        column = f"text_{self.lang.code}"
        names = []
        for row in rows:
            text = row.get(column)
            if not text:
                raise SpreportError(f"no running text in {self.lang.code!r}: a sentence names "
                                    "this row", getattr(row, "file", None),
                                    getattr(row, "line", None), column)
            names.append(str(text))
        if not names:
            raise SpreportError("a sentence names these rows, and there is none")
        forms = {"text": self.lang.join(names, style)}
        for preposition in self.lang.prepositions:
            forms[preposition] = self.lang.join(
                [self.lang.contract(preposition, n) for n in names], style)
        return Inflected(forms, None, "a list of names" if len(names) > 1 else "a name")

    def courts(self) -> Rows:
        """The rows of registers/amicus.csv in the order the report lists the courts: national,
        then regional, then international ones, by date within each."""
        rows = self.data.registers["amicus"]
        return Rows(sorted(rows, key=lambda row: (_LEVELS.index(row["level"]), row["date"])),
                    rows, rows.rule, rows.register)

    def themed_reports(self, theme) -> Rows:
        """(mandate id, its report symbols) for the reports on `theme`, in register order;
        none when no report of the year has the theme (the sentence on it is then left out)."""
        rows = self.data.registers["reports"].kept(lambda row: theme in row["themes"],
                                                    f"reports.themes containing {theme}")
        grouped: dict[str, list[str]] = {}
        for row in rows:
            grouped.setdefault(row["mandate"], []).append(row["symbol"])
        return Rows(grouped.items(), rows, f"the distinct reports.mandate of {rows.rule}",
                    rows.register)

    def distinct(self, rows, column: str) -> Count:
        """How many distinct values `column` takes in `rows` (a register's rows, selected in a
        template); a column of several words counts each of its words."""
        values = set()
        for row in rows:
            cell = row[column]
            values.update(cell if isinstance(cell, list) else [cell])
        if isinstance(rows, Rows):
            return Count(len(values), rows.rows, f"{rows.rule}, the distinct {column}",
                         "distinct", rows.register)
        return len(values)

    # --- inline markup ----------------------------------------------------------
    def sym(self, symbol) -> Markup:
        return Markup("<sym>{}</sym>").format(symbol)

    def syms(self, symbols) -> Markup:
        return self.join([self.sym(s) for s in symbols])

    def link(self, key) -> Markup:
        """A web address from links.yaml, `{lang}` filled in (the only thing filled in: the
        address is data, never a format); shown as written there. Only http and https."""
        try:
            value = self.data.values["links"][key]
        except KeyError:
            raise SpreportError(f"no link {key!r}: expected it in links.yaml",
                                self.data.shown(self.data.directory / "links.yaml")) from None
        text = str(value).replace("{lang}", self.lang.code)
        if "{" in text or "}" in text:
            file, line, field = origin(value)
            raise SpreportError("expected a web address with no braces but {lang}", file, line,
                                field)
        href = text if "://" in text else f"http://{text}"
        check_web_address(href, value)
        return Markup('<url href="{}">{}</url>').format(href, text)

    def addendum(self, *section_ids, through: str | None = None) -> Markup:
        """A reference to addendum sections by id: addendum("a", "b") or addendum("a", through="z")."""
        ids = " ".join(section_ids) if through is None else f"{section_ids[0]}..{through}"
        return Markup('<addref sections="{}"/>').format(ids)

    def register(self, env) -> None:
        for name in ("num", "figure", "count", "ordinal", "century", "letter", "date", "month", "join", "state", "states",
                     "mandate", "sym", "syms"):
            env.filters[name] = getattr(self, name)
        for name in ("change", "balance", "percent", "date_range", "date_pair", "themed_reports", "link",
                     "addendum", "mandate", "state", "states", "sym", "syms", "join",
                     "sort_states", "state_listed", "masthead_date", "date_span",
                     "person", "chair", "days", "item_end", "in_text", "courts", "distinct"):
            env.globals[name] = getattr(self, name)
        env.filters["length"] = _length
        for name in ("select", "reject", "selectattr", "rejectattr"):
            env.filters[name] = _selecting(name, env.filters[name])
        env.filters["list"] = _listed
        env.filters["sort"] = _sorting(env.filters["sort"])
        env.filters["sum"] = _summing(env.filters["sum"])

    # --- mandate holders and persons ---------------------------------------------------
    def person(self, entry):
        """A person of the year's YAML files (meeting.yaml, engagement.yaml …: `name` per
        language and `gender` F/M) as an Inflected: `text` is the name in the document's
        language, `gender` "feminine" or "masculine", for sentences to agree with."""
        from .values import Inflected
        if not isinstance(entry, dict) or "name" not in entry or "gender" not in entry:
            file, line, field = origin(entry)
            raise SpreportError("expected a person: a name per language and a gender (F or M)",
                                file, line, field)
        name = entry["name"].get(self.lang.code) if isinstance(entry["name"], dict) else None
        if name is None:
            file, line, field = origin(entry["name"])
            raise SpreportError(f"no name in {self.lang.code!r}", file, line, field)
        gender = _GENDER_NAMES.get(entry["gender"])
        if gender is None:
            file, line, field = origin(entry["gender"])
            raise SpreportError(f"expected F or M, got {entry['gender']!r}", file, line, field)
        english = entry["name"].get("en", name)
        return Inflected({"text": str(name)}, gender, f"person {str(english)!r}")

    def chair(self, on):
        """The Chair of the Coordination Committee on the date `on`: the outgoing Chair of
        meeting.yaml until the annual meeting elects the next one (document.yaml's
        annual_meeting.closing), the new Chair from then on."""
        election = self.data.values["meeting"]["election"]
        closing = self.data.values["document"]["annual_meeting"]["closing"]
        return self.person(election["outgoing_chair" if self._day(on) < closing else "chair"])

    def holders_on(self, mandate_id, on=None) -> list:
        """The rows of registers/holders.csv of the holders of `mandate_id` serving on `on`
        (default: the "as at" date), latest start first."""
        from ..data.figures import serving
        day = self._day(on)
        rows = [h for h in self.data.registers["holders"]
                if h["mandate"] == mandate_id and serving(h, day)]
        return sorted(rows, key=lambda h: h["start"] or datetime.date.min, reverse=True)

    def _day(self, on) -> datetime.date:
        if on is None:
            return self.data.values["document"]["as_of"]
        return _check(on, datetime.date, "a date (YYYY-MM-DD)")

    def _mandate_row(self, mandate_id):
        for row in self.data.registers["mandates"]:
            if row["id"] == mandate_id:
                return row
        file, line, field = origin(mandate_id)
        raise SpreportError(f"unknown mandate {mandate_id!r}", file, line, field)

    def _holder_gender(self, row, on, holder) -> str | None:
        """The gender ("feminine"/"masculine") of `holder`, or of the holder of the post on
        `on`; None for a post without a holder on that day (its title is the generic one)."""
        if holder is not None:
            gender = getattr(holder, "gender", None)
            if gender is None and isinstance(holder, dict):
                gender = _GENDER_NAMES.get(holder.get("gender"))
            if gender is None and isinstance(holder, str):
                named = [h for h in self.data.registers["holders"]
                         if h["mandate"] == row["id"] and h["name"] == holder]
                gender = _GENDER_NAMES.get(named[0]["gender"]) if named else None
            if gender not in ("feminine", "masculine"):
                file, line, field = origin(holder)
                raise SpreportError(f"holder of {row['id']}: expected a person with a gender or "
                                    f"a name in registers/holders.csv, got {holder!r}",
                                    file, line, field)
            return gender
        serving = self.holders_on(row["id"], on)
        return _GENDER_NAMES[serving[0]["gender"]] if serving else None


_GENDER_NAMES = {"F": "feminine", "M": "masculine"}
_LEVELS = ("national", "regional", "international")


def _length(items) -> int:
    """Jinja's length, which keeps where the items came from (data/provenance.py): a
    register's rows and the rule selecting them, or a YAML list's file and line."""
    if isinstance(items, (Rows, Tally)):
        return items.count()
    if isinstance(items, LList):
        return locate(len(items), items.file, items.line, f"{items.field} (items counted)")
    return len(items)


def _listed(items) -> list:
    """Jinja's list, which leaves a register's rows as they are (they are a list)."""
    return items if isinstance(items, Rows) else list(items)


def _sorting(jinja_sort):
    """Jinja's sort, which keeps a register's rows and rule: order changes no count."""
    def sorting(environment, items, *args, **kwargs):
        ordered = jinja_sort(environment, items, *args, **kwargs)
        if isinstance(items, Rows):
            return Rows(ordered, items.rows, items.rule, items.register)
        return ordered
    return jinja2.pass_environment(sorting)


def _summing(jinja_sum):
    """Jinja's sum, which keeps where figures came from: a column of a register's rows is
    summed from them; figures that know their sources add up to one that knows them all."""
    def summing(environment, items, attribute=None, start=0):
        if isinstance(items, Rows) and attribute and not start:
            return items.summed(attribute, jinja_sum(environment, items, attribute=attribute))
        if start:
            return jinja_sum(environment, items, attribute=attribute, start=start)
        if attribute is not None:
            items = map(make_attrgetter(environment, attribute), items)
        return total(list(items))
    return jinja2.pass_environment(summing)


def _selecting(name: str, select):
    """Jinja's select, reject, selectattr or rejectattr (`name`), which keeps a register's
    rows and adds its test to their rule."""
    def filtered(context, items, *args, **kwargs):
        kept = select(context, items, *args, **kwargs)
        if not isinstance(items, Rows):
            return kept
        kept = list(kept)
        test = " ".join(str(a) for a in args)
        rows = kept if all(isinstance(r, dict) for r in items) else items.rows
        return Rows(kept, rows, f"{items.rule}, {name} {test}", items.register)
    return jinja2.pass_context(filtered)
