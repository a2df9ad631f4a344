"""Spanish: the UN Spanish translation manual and Human Rights Council documents in Spanish."""
from __future__ import annotations

from .base import Conventions, section_references
from .numerals import roman, spanish_words

_ARTICLES = {"Relator": "el", "Relatora": "la", "Grupo": "el", "Experto": "el",
             "Experta": "la", "Mecanismo": "el"}


class _Spanish(Conventions):
    def contract(self, preposition: str, name: str) -> str:
        """del Afganistán, al Perú (RAE, Ortografía, 4.2.4.7: de and a contract with el)."""
        article, _, rest = name.partition(" ")
        if article == "el" and preposition in ("de", "a"):
            return f"{preposition}l {rest}"
        return f"{preposition} {name}"

    def in_text(self, title: str) -> str:
        """el Relator Especial, la Relatora Especial, el Grupo de Trabajo."""
        return f"{_ARTICLES.get(title.split(' ', 1)[0], 'el')} {title}"

    def date_range(self, start, end) -> str:
        """Two dates in running text, after «del»: «25 al 27 de noviembre de 2024» (RAE,
        Diccionario panhispánico de dudas, s.v. «de», 3: «del 25 al 27», not «del 25 a 27»)."""
        return self._span(start, end, "al")

    def date_span(self, start, end) -> str:
        """Two dates standing alone (the masthead, a table cell) take «a»: «24 de febrero a
        4 de abril de 2025», «9 a 14 de junio de 2024»; so UN Spanish documents date a meeting:
        «(Ginebra, 23 a 27 de junio de 2008)» (A/HRC/10/24), «10 a 28 de julio de 2006»
        (masthead of CCPR/C/87/D/1093/2002)."""
        return self._span(start, end, "a")

    def date_pair(self, first, second) -> str:
        return self._span(first, second, "y")

    def _span(self, start, end, word):
        if (start.year, start.month) == (end.year, end.month):
            return f"{start.day} {word} {self.date(end)}"
        if start.year != end.year:
            return f"{self.date(start)} {word} {self.date(end)}"
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
    # UN Spanish keeps the article of a State's name in running text, lists included:
    # «el Afganistán, la República Islámica del Irán» (UNTERM gives it) [V].
    articles_in_lists=True,
    prepositions=("de", "a"),
    subparagraph="{})",
    # Phrases that hold commas are separated by semicolons, «y» before the last.
    list_patterns={"semicolons": {"2": "{0}; y {1}", "start": "{0}; {1}", "middle": "{0}; {1}",
                                  "end": "{0}; y {1}"}},
)
