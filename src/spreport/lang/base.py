"""The conventions one language version follows; en.py, zh.py … fill them in."""
from __future__ import annotations

import datetime
import functools
import unicodedata
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Callable

from babel.dates import format_date, format_interval, format_skeleton
from babel.lists import format_list
from babel.numbers import format_decimal

from .numerals import letter


def section_references(one: str, many: str, and_: str,
                       to: str) -> Callable[[list[str], bool], str]:
    """References to sections in languages that write "<word> <numeral>": one("II"),
    many("III" and_ "IV"), many("III" to "X")."""
    def write(labels: list[str], is_range: bool) -> str:
        if len(labels) == 1:
            return f"{one} {labels[0]}"
        if is_range:
            return f"{many} {labels[0]}{to}{labels[-1]}"
        return f"{many} " + ", ".join(labels[:-1]) + f"{and_}{labels[-1]}"
    return write


@dataclass(frozen=True)
class Conventions:
    code: str                                   # ar zh en fr ru es
    locale: str                                 # Babel locale
    chapter_numeral: Callable[[int], str]       # 1 → "I" / "一"
    reference_numeral: Callable[[int], str]     # a section cited in a note: "II" / "二" / "الثاني"
    ibid: str                                   # at the start of a note
    ibid_inline: str                            # inside a sentence
    sections_word: Callable[[list[str], bool], str]   # (labels, is_range) → "sects. III–X"
    cite_sections: str                          # "{cite}, {sections}"
    ibid_sections: str                          # "{ibid}, {sections}"
    percent: str                                # "{number} per cent" / "{number}%"
    words: Callable[[int], str]                 # 3 → "three" / "三"
    small_in_words: int                         # counts below this are written in words
    ordinal: Callable[[int], str]               # 30 → "thirtieth" / "第三十"
    century: Callable[[int], str]               # 21 → "twenty-first" / "二十一" (… century, …世纪)
    note_end: Callable[[str], str]              # the full stop a note ends with
    calls_follow: str = ""                      # punctuation a footnote call moves behind
    word_spaces: bool = True                    # False: no space between characters (Chinese)
    subparagraph: str = "({})"
    list_patterns: dict[str, dict[str, str]] = field(default_factory=dict)
    state_names: dict[str, str] = field(default_factory=dict)   # ISO3 → running-text name
    articles_in_lists: bool = False             # "the Marshall Islands" in a list of States
    prepositions: tuple[str, ...] = ()          # those a name's article contracts with (du, al)
    state_cases: bool = False                   # State names decline (data/un_country_names_<code>.csv)
    collation_order: bool = False               # lists of States in this language's order
    masthead_in_english: bool = False           # Distr., date and Original stay in English
    enumeration: tuple[str, str] = (";", ".")   # ends an item of subparagraphs, and the last

    # --- labels -------------------------------------------------------------
    def chapter_label(self, n: int) -> str:
        return f"{self.chapter_numeral(n)}."

    def section_label(self, n: int) -> str:
        return f"{letter(n, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')}."

    def paragraph_label(self, n: int) -> str:
        return f"{n}."

    def subparagraph_label(self, n: int) -> str:
        return self.subparagraph.format(letter(n))

    def letter(self, latin: str) -> str:
        """A subparagraph letter cited from another document ("a") in this language's letters."""
        return latin

    def sort_key(self, name: str) -> str:
        """Alphabetical order ignoring accents and case (Émirats after Égypte, before Érythrée)."""
        decomposed = unicodedata.normalize("NFKD", name)
        return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()

    def in_text(self, title: str) -> str:
        """A mandate's title as running text names it (French and Spanish add the article)."""
        return title

    def contract(self, preposition: str, name: str) -> str:
        """A preposition before a name with its article ("de" + "le Bénin" → "du Bénin")."""
        return f"{preposition} {name}"

    # --- figures ------------------------------------------------------------
    def number(self, value) -> str:
        return decimal(value, self.locale)

    def spell(self, value: int, ordinal: bool = False, gender: str | None = None,
              case: str | None = None) -> str:
        """A number in words, cardinal or ordinal, in the gender and case a sentence needs."""
        from .words import spell
        return spell(self.code, value, ordinal=ordinal, gender=gender, case=case)

    def count(self, value: int) -> str:
        return self.words(value) if 0 <= value < self.small_in_words else self.number(value)

    def percentage(self, share, digits: int) -> str:
        """`share` is a fraction (0.4662); rounded half up to `digits` decimals of a per cent."""
        step = Decimal(1).scaleb(-digits)
        value = (Decimal(str(share)) * 100).quantize(step, rounding=ROUND_HALF_UP)
        text = format_decimal(value, format="#,##0." + "0" * digits if digits else "#,##0",
                              locale=self.locale)
        return self.percent.format(number=text)

    def join(self, items: list[str], style: str = "standard") -> str:
        patterns = self.list_patterns.get(style)
        if patterns is None:
            return format_list(items, locale=self.locale)
        if len(items) < 2:
            return "".join(items)
        if len(items) == 2:
            return patterns["2"].format(*items)
        out = patterns["end"].format(items[-2], items[-1])
        for item in reversed(items[1:-2]):
            out = patterns["middle"].format(item, out)
        return patterns["start"].format(items[0], out)

    # --- dates --------------------------------------------------------------
    def date(self, value: datetime.date) -> str:
        return format_date(value, "long", locale=self.locale)

    def month(self, value: datetime.date) -> str:
        return format_skeleton("yMMMM", value, locale=self.locale)

    def date_range(self, start: datetime.date, end: datetime.date) -> str:
        return format_interval(start, end, "yMMMMd", locale=self.locale)

    def date_span(self, start: datetime.date, end: datetime.date) -> str:
        """A session's dates as the masthead gives them."""
        return self.date_range(start, end)

    def date_pair(self, first: datetime.date, second: datetime.date) -> str:
        """Two days of one month: "28 and 29 November 2024"."""
        return self.date_range(first, second)


def decimal(value, locale: str) -> str:
    """Babel's format_decimal, remembered for whole numbers (a table repeats them)."""
    if type(value) is int:
        return _whole(value, locale)
    return format_decimal(value, locale=locale)


@functools.lru_cache(maxsize=8192)
def _whole(value: int, locale: str) -> str:
    return format_decimal(value, locale=locale)
