"""Russian: UN Russian practice as observed in Human Rights Council documents in Russian."""
from __future__ import annotations

import datetime
import re
from decimal import Decimal

from babel.dates import format_date
from babel import Locale

from .base import Conventions, decimal, section_references
from .numerals import roman
from .words import spell

# "процент" agrees with the number; a fraction takes the genitive singular (22,2 процента).
_PERCENT = {"one": "процент", "few": "процента", "many": "процентов", "other": "процента"}
_PLURAL = Locale.parse("ru").plural_form
# Month names in the prepositional case, as they follow "в": в апреле 2024 года.
_MONTHS_IN = ("январе феврале марте апреле мае июне июле августе сентябре октябре ноябре "
              "декабре").split()


class _Russian(Conventions):
    def sort_key(self, name: str) -> str:
        """Russian alphabetical order: Й is a letter of its own after И; Ё sorts as Е."""
        return name.casefold().replace("ё", "е")

    def number(self, value) -> str:
        """212 000, but four digits stay whole: 1265 (UN Russian; CLDR would write 1 265)."""
        text = decimal(value, self.locale)
        return re.sub(r"^(-?\d)\u00a0(\d{3})(?=$|,)", r"\1\2", text)

    def percentage(self, share, digits: int) -> str:
        text = super().percentage(share, digits)
        number = text.replace(" процента", "")
        form = _PLURAL(Decimal(number.replace(",", ".").replace("\u00a0", "")))
        return f"{number} {_PERCENT[form]}"

    def date(self, value: datetime.date) -> str:
        """31 декабря 2024 года."""
        return format_date(value, "d MMMM y", locale=self.locale) + " года"

    def month(self, value: datetime.date) -> str:
        """апреле 2024 года — the form that follows "в"."""
        return f"{_MONTHS_IN[value.month - 1]} {value.year} года"

    def date_range(self, start, end) -> str:
        """25–27 ноября 2024 года; across months «24 февраля — 4 апреля 2025 года»."""
        return self._span(start, end, "–")

    def date_span(self, start, end) -> str:
        """The masthead's session dates: «24 февраля — 4 апреля 2025 года». Across months (or
        years) UN Russian sets a spaced em dash, as in A/HRC/RES/50/17 (R): «13 июня — 8 июля
        2022 года»; within one month an unspaced en dash (25–27 ноября 2024 года)."""
        return self._span(start, end, "–")

    def date_pair(self, first, second) -> str:
        return self._span(first, second, " и ")

    def _span(self, start, end, joiner):
        if (start.year, start.month) == (end.year, end.month):
            return f"{start.day}{joiner}{self.date(end)}"
        if joiner == "–":
            # Across months a spaced em dash (A/HRC/RES/50/17 (R): «13 июня — 8 июля 2022 года»);
            # across years each date keeps its year.
            joiner = " — "
            if start.year != end.year:
                return f"{self.date(start)}{joiner}{self.date(end)}"
        first = format_date(start, "d MMMM", locale=self.locale)
        return f"{first}{joiner}{self.date(end)}"


CONVENTIONS = _Russian(
    code="ru",
    locale="ru_RU",
    chapter_numeral=roman,
    reference_numeral=roman,
    ibid="Там же",
    ibid_inline="там же",
    sections_word=section_references("раздел", "разделы", " и ", "–"),
    cite_sections="{cite}, {sections}",
    ibid_sections="{ibid}, {sections}",
    percent="{number} процента",        # replaced by the agreeing form in percentage()
    # Counts below ten in words, 10 and above in figures: «три доклада», «за последние пять
    # лет», but «57 поездок» (UN Russian editorial practice, as the 2024 language review of
    # A/HRC/58/70 asks: «три», «семь», «двух таблиц», «одно государство»; the same rule as
    # the UN Editorial Manual's for English). A sentence chooses gender and case with
    # {n, count, feminine genitive}; the default is the masculine nominative («три»).
    words=lambda n: spell("ru", n),
    small_in_words=10,
    # Ordinals in words, as UN Russian writes sessions and meetings: «пятьдесят восьмой
    # сессии», «Двадцать первая сессия» (A/HRC/24/1 (R), A/HRC/RES/21/7 (R)); a sentence
    # chooses gender and case with {n, ordinal, feminine genitive}; the default is the
    # masculine nominative («тридцатый»), never «30-й».
    ordinal=lambda n: spell("ru", n, ordinal=True),
    century=roman,                      # XXI века
    masthead_in_english=True,   # "Distr.: General", the date, "Original: English" [V]
    note_end=lambda text: ".",
    # Lists of States in Russian alphabetical order, as UN Russian documents re-sort them [P].
    collation_order=True,
    state_cases=True,                   # State names in their cases, with в/на (Розенталь)
    subparagraph="{})",                 # a), b) — Latin letters
    # Phrases that hold commas are separated by semicolons, «а также» before the last.
    list_patterns={"semicolons": {"2": "{0}; а также {1}", "start": "{0}; {1}",
                                  "middle": "{0}; {1}", "end": "{0}; а также {1}"}},
)
