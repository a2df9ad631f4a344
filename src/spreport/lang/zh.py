"""Chinese: labels, notes and figures as in the Chinese A/HRC/58/70 and UN Chinese practice."""
from __future__ import annotations

import datetime
import re

from babel.dates import format_date

from .base import Conventions
from .numerals import chinese
from .words import spell

_HAN = re.compile(r"[\u3000-\u9fff\uff00-\uffef]")


def _note_end(text: str) -> str:
    """A bare symbol ends with "."; a note with Chinese text with "。" (A/HRC/58/70, notes 11, 16)."""
    return "。" if _HAN.search(text) else "."


def _sections(labels: list[str], is_range: bool) -> str:
    """第二节, 第三和第四节, 第三至第十节 (A/HRC/58/70, notes 2, 4, 70)."""
    marked = [f"第{label}" for label in labels]
    if is_range:
        return f"{marked[0]}至{marked[-1]}节"
    if len(marked) == 1:
        return f"{marked[0]}节"
    return "、".join(marked[:-1]) + f"和{marked[-1]}节"


class _Chinese(Conventions):
    """Two days of one month: 2024年11月28日和29日 (A/HRC/58/70, para. 29)."""

    def date_pair(self, first: datetime.date, second: datetime.date) -> str:
        if (first.year, first.month) != (second.year, second.month):
            return f"{self.date(first)}和{self.date(second)}"
        return f"{self.date(first)}和{second.day}日"


CONVENTIONS = _Chinese(
    code="zh",
    locale="zh_Hans_CN",
    chapter_numeral=chinese,
    reference_numeral=chinese,
    ibid="同上",
    ibid_inline="同上",
    sections_word=_sections,
    cite_sections="{cite}, {sections}",
    ibid_sections="{ibid}，{sections}",
    percent="{number}%",
    words=lambda n: spell("zh", n),
    small_in_words=0,           # counts in figures (A/HRC/58/70, paras. 6, 7, 11)
    ordinal=lambda n: f"第{chinese(n)}",
    century=chinese,
    masthead_in_english=True,   # "Distr.: General", the date, "Original: English" [V]
    note_end=_note_end,
    word_spaces=False,
    # Long enumerations of mandates or courts close with 以及 (A/HRC/58/70, paras. 16, 27);
    # lists of States with 和 (paras. 49, 50), as CLDR does.
    list_patterns={"phrases": {"2": "{0}以及{1}", "start": "{0}、{1}", "middle": "{0}、{1}",
                               "end": "{0}以及{1}"},
                   # phrases that hold commas: "；" between all, no conjunction (para. 17)
                   "semicolons": {"2": "{0}；{1}", "start": "{0}；{1}", "middle": "{0}；{1}",
                                  "end": "{0}；{1}"}},
    # UN Chinese running text shortens 美利坚合众国 to 美国 (A/HRC/58/70, para. 49).
    state_names={"USA": "美国"},
    # Lists of States keep the English order (A/HRC/58/70, paras. 49 and 50) [V].
    # An enumeration of subparagraphs ends each item with "；", the last with "。" (A/HRC/58/70,
    # para. 37).
    enumeration=("\uff1b", "\u3002"),
)
