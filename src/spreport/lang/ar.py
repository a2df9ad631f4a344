"""Arabic: UN Arabic practice as observed in Human Rights Council documents in Arabic
(Geneva: "أولاً-" without a space before the hyphen; "1-" paragraphs; Western digits)."""
from __future__ import annotations

import datetime

from .base import Conventions, decimal
from .numerals import ARABIC_SECTION_LETTERS, ARABIC_SUBPARAGRAPH_LETTERS, arabic_adverb
from .words import spell

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


def _figures(value: int) -> str:
    """Western digits, thousands separated by a no-break space: 1 265."""
    return decimal(value, "en").replace(",", "\u00a0")


def _masculine_ordinal(n: int) -> str:
    """الثاني، الحادي والعشرون: sections are numbered with the masculine (الفرع)."""
    return spell("ar", n, ordinal=True)


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
        return decimal(value, "en").replace(",", "\u00a0")

    def date(self, value: datetime.date) -> str:
        return f"{value.day} {_MONTHS[value.month - 1]} {value.year}"

    def month(self, value: datetime.date) -> str:
        return f"{_MONTHS[value.month - 1]} {value.year}"

    def date_range(self, start, end) -> str:
        """9 إلى 13 كانون الأول/ديسمبر 2024 (the sentence supplies "من")."""
        return self._span(start, end, "إلى")

    def date_span(self, start, end) -> str:
        """A session's dates on the masthead, with a dash, not «إلى» (which belongs to running
        text: «في الفترة من 9 إلى 13 كانون الأول/ديسمبر 2024»). Within one month
        «11-29 أيلول/سبتمبر 2017», as the masthead of A/HRC/RES/36/7 (Arabic) has it [V]; across
        months «24 شباط/فبراير - 4 نيسان/أبريل 2025», spaced, the form the UN editor's review of
        the 2024 build asks for (language-review-2024.md, Arabic) [P]."""
        if (start.year, start.month) == (end.year, end.month):
            return f"{start.day}-{self.date(end)}"
        if start.year == end.year:
            return f"{start.day} {_MONTHS[start.month - 1]} - {self.date(end)}"
        return f"{self.date(start)} - {self.date(end)}"

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
    reference_numeral=_masculine_ordinal,
    ibid="المرجع نفسه",
    ibid_inline="المرجع نفسه",
    sections_word=_sections,
    cite_sections="{cite}، {sections}",
    ibid_sections="{ibid}، {sections}",
    percent="{number} في المائة",      # per cent spelled out
    # A count's figures, spaced as `number` spaces them ("1 265"). Arabic number words take the
    # gender of the counted noun (and 3-10 the opposite one), so no word can be chosen without
    # the noun: the catalogs write them with {n, count, feminine} / {n, spellout, …} inside
    # plural branches (zero one two few many other), e.g. «سبع دول», «ثلاثة تقارير».
    words=_figures,
    # UN Arabic writes counts of one to ten in words and 11 upwards in figures: the editor's
    # review of the 2024 build (language-review-2024.md, Arabic: «ثلاثة تقارير», «سبع دول»,
    # «عشر دول», «السنوات الخمس الأخيرة», against «44 دولة», «57 زيارة») and Arabic UN
    # documents («البند 3 من جدول الأعمال» is a label, not a count). So {n, count, …} gives
    # words below 11, figures from 11: «أربع ركائز», «11 دولة».
    small_in_words=11,
    # The masculine nominative («الثلاثون»); a sentence asks for the form its noun needs:
    # «الدورة {n, ordinal, feminine genitive}» → «منذ الدورة الثامنة عشرة», «في دورته الثامنة
    # والخمسين» (HRC Arabic usage; the review of the 2024 build, Arabic, session ordinals).
    ordinal=_masculine_ordinal,
    century=_masculine_ordinal,             # القرن الحادي والعشرين
    masthead_in_english=True,   # "Distr.: General", the date, "Original: English" [V]
    note_end=lambda text: ".",
    # Lists of States in Arabic alphabetical order, as UN Arabic documents re-sort them [P].
    collation_order=True,
    # Long enumerations (mandates) separate every item with "، و".
    list_patterns={"semicolons": {"2": "{0}؛ و{1}", "start": "{0}؛ و{1}", "middle": "{0}؛ و{1}",
                                  "end": "{0}؛ و{1}"},     # phrases that hold commas (para. 17)
                   "phrases": {"2": "{0} و{1}", "start": "{0}، و{1}", "middle": "{0}، و{1}",
                               "end": "{0}، و{1}"}},
    # An enumeration of subparagraphs: each item but the last ends with the Arabic semicolon
    # «؛», the last with a full stop (A/HRC/58/70, para. 37, Arabic).
    enumeration=("\u061b", "."),
)
