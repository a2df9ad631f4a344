"""Arabic: UN Arabic practice as observed in Human Rights Council documents in Arabic
(Geneva: "أولاً-" without a space before the hyphen; "1-" paragraphs; Western digits)."""
from __future__ import annotations

import datetime

from babel.numbers import format_decimal

from .base import Conventions
from .numerals import (ARABIC_SECTION_LETTERS, ARABIC_SUBPARAGRAPH_LETTERS, arabic_adverb,
                       arabic_ordinal)

# UN Arabic gives both the Levantine and the Egyptian month name: كانون الأول/ديسمبر.
_MONTHS = ("كانون الثاني/يناير", "شباط/فبراير", "آذار/مارس", "نيسان/أبريل", "أيار/مايو",
           "حزيران/يونيه", "تموز/يوليه", "آب/أغسطس", "أيلول/سبتمبر", "تشرين الأول/أكتوبر",
           "تشرين الثاني/نوفمبر", "كانون الأول/ديسمبر")


def _sections(labels: list[str], is_range: bool) -> str:
    """الفرع الثاني، الفرعان الثالث والرابع، الفروع من الثالث إلى العاشر."""
    if len(labels) == 1:
        return f"الفرع {labels[0]}"
    if is_range:
        return f"الفروع من {labels[0]} إلى {labels[-1]}"
    if len(labels) == 2:
        return f"الفرعان {labels[0]} و{labels[1]}"
    return "الفروع " + " و".join(labels)


class _Arabic(Conventions):
    def chapter_label(self, n: int) -> str:
        return f"{arabic_adverb(n)}-"

    def section_label(self, n: int) -> str:
        return f"{ARABIC_SECTION_LETTERS[n - 1]}-"

    def paragraph_label(self, n: int) -> str:
        return f"{n}-"

    def subparagraph_label(self, n: int) -> str:
        return f"({ARABIC_SUBPARAGRAPH_LETTERS[n - 1]})"

    def letter(self, latin: str) -> str:
        return ARABIC_SUBPARAGRAPH_LETTERS["abcdefghijklmnopqrstuvwxyz".index(latin)]

    def sort_key(self, name: str) -> str:
        """UN Arabic lists of States sort without the article: الإمارات under إ, not ا."""
        return super().sort_key(name[2:] if name.startswith("ال") else name)

    def number(self, value) -> str:
        """Western digits, decimal point, thousands separated by a space: 1 265, 22.2."""
        return format_decimal(value, locale="en").replace(",", "\u00a0")

    def date(self, value: datetime.date) -> str:
        return f"{value.day} {_MONTHS[value.month - 1]} {value.year}"

    def month(self, value: datetime.date) -> str:
        return f"{_MONTHS[value.month - 1]} {value.year}"

    def date_range(self, start, end) -> str:
        """9 إلى 13 كانون الأول/ديسمبر 2024 (the sentence supplies "من")."""
        return self._span(start, end, "إلى")

    def date_pair(self, first, second) -> str:
        return self._span(first, second, "و")

    def _span(self, start, end, word):
        joiner = f" {word} " if word != "و" else " و"
        if (start.year, start.month) == (end.year, end.month):
            return f"{start.day}{joiner}{self.date(end)}"
        return f"{start.day} {_MONTHS[start.month - 1]}{joiner}{self.date(end)}"


CONVENTIONS = _Arabic(
    code="ar",
    locale="ar",
    chapter_numeral=arabic_adverb,
    reference_numeral=arabic_ordinal,
    ibid="المرجع نفسه",
    ibid_inline="المرجع نفسه",
    sections_word=_sections,
    cite_sections="{cite}، {sections}",
    ibid_sections="{ibid}، {sections}",
    percent="{number} في المائة",      # per cent spelled out
    words=str,                          # counts in figures (agreement of Arabic numerals)
    small_in_words=0,
    ordinal=arabic_ordinal,
    century=arabic_ordinal,             # القرن الحادي والعشرين
    masthead_in_english=True,   # "Distr.: General", the date, "Original: English" [V]
    note_end=lambda text: ".",
    # Lists of States in Arabic alphabetical order, as UN Arabic documents re-sort them [P].
    collation_order=True,
    # Long enumerations (mandates) separate every item with "، و".
    list_patterns={"phrases": {"2": "{0} و{1}", "start": "{0}، و{1}", "middle": "{0}، و{1}",
                               "end": "{0}، و{1}"}},
)
