"""Spanish: the UN Spanish translation manual and Human Rights Council documents in Spanish."""
from __future__ import annotations

from .base import Conventions, section_references
from .numerals import roman, spanish_words

_ARTICLES = {"Relator": "el", "Relatora": "la", "Grupo": "el", "Experto": "el",
             "Experta": "la", "Mecanismo": "el"}


class _Spanish(Conventions):
    def in_text(self, title: str) -> str:
        """el Relator Especial, la Relatora Especial, el Grupo de Trabajo."""
        return f"{_ARTICLES.get(title.split(' ', 1)[0], 'el')} {title}"

    def date_range(self, start, end) -> str:
        """25 al 27 de noviembre de 2024 (the sentence supplies "del")."""
        return self._span(start, end, "al")

    def date_pair(self, first, second) -> str:
        return self._span(first, second, "y")

    def _span(self, start, end, word):
        if (start.year, start.month) == (end.year, end.month):
            return f"{start.day} {word} {self.date(end)}"
        return f"{self.date(start).rsplit(' de ', 1)[0]} {word} {self.date(end)}"


CONVENTIONS = _Spanish(
    code="es",
    locale="es_ES",
    chapter_numeral=roman,
    reference_numeral=roman,
    ibid="Ibid.",
    ibid_inline="ibid.",
    sections_word=section_references("secc.", "seccs.", " y ", " a "),
    cite_sections="{cite}, {sections}",
    ibid_sections="{ibid}, {sections}",
    percent="{number}\u00a0%",          # 22,2 % (Spanish UN manual)
    words=spanish_words,
    small_in_words=10,
    ordinal=str,                        # the sentence adds º or ª: 58º período de sesiones
    century=roman,                      # siglo XXI
    note_end=lambda text: ".",
    # Lists of States in Spanish alphabetical order, as UN Spanish documents re-sort them [P].
    collation_order=True,
    subparagraph="{})",
)
