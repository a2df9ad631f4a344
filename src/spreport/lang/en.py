"""English: UN editorial style (United Nations Editorial Manual)."""
from __future__ import annotations

import datetime

from babel.dates import format_skeleton

from .base import Conventions, section_references
from .numerals import roman
from .words import spell


def _note_end(text: str) -> str:
    return "."


class _English(Conventions):
    """UN English writes date ranges out: "25 to 27 November 2024"."""

    def date_range(self, start: datetime.date, end: datetime.date) -> str:
        return self._span(start, end, "to")

    def date_span(self, start: datetime.date, end: datetime.date) -> str:
        """24 February–4 April 2025."""
        return self._span(start, end, "–").replace(" – ", "–")

    def date_pair(self, first: datetime.date, second: datetime.date) -> str:
        return self._span(first, second, "and")

    def _span(self, start, end, word):
        if (start.year, start.month) == (end.year, end.month):
            return f"{start.day} {word} {self.date(end)}"
        if start.year == end.year:
            first = format_skeleton("MMMMd", start, locale=self.locale)
            return f"{first} {word} {self.date(end)}"
        return f"{self.date(start)} {word} {self.date(end)}"


CONVENTIONS = _English(
    code="en",
    locale="en_GB",
    chapter_numeral=roman,
    reference_numeral=roman,
    ibid="Ibid.",
    ibid_inline="ibid.",
    sections_word=section_references("sect.", "sects.", " and ", "–"),
    cite_sections="{cite}, {sections}",
    ibid_sections="{ibid}, {sections}",
    percent="{number} per cent",
    words=lambda n: spell("en", n),
    small_in_words=10,          # Editorial Manual: one to nine in words, 10 and above in figures
    ordinal=lambda n: spell("en", n, ordinal=True),
    century=lambda n: spell("en", n, ordinal=True),
    note_end=_note_end,
    calls_follow=",.;:",
    # A list of phrases that hold commas is separated by semicolons, "and" before the last
    # (A/HRC/58/70, para. 17).
    list_patterns={"semicolons": {"2": "{0}; and {1}", "start": "{0}; {1}", "middle": "{0}; {1}",
                                  "end": "{0}; and {1}"}},
    articles_in_lists=True,
    # UN English: no serial comma ("A, B and C"); en_GB's CLDR patterns agree.
)
