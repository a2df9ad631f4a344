"""French: UN French practice (Conventions typographiques and Human Rights Council documents
in French, as observed; see ../shared/reference/un-conventions.md)."""
from __future__ import annotations

import datetime

from babel.dates import format_date

from .base import Conventions, section_references
from .numerals import roman
from .words import spell

_ARTICLES = {"Rapporteur": "le", "Rapporteuse": "la", "Groupe": "le", "Expert": "l’",
             "Experte": "l’", "Mécanisme": "le"}


# de and à contract with le and les (Grevisse, Le Bon Usage, § 580): du Bénin, aux Îles Marshall.
_CONTRACTED = {("de", "le"): "du", ("de", "les"): "des", ("à", "le"): "au", ("à", "les"): "aux"}
_VOWELS = "AEIOUÉÈÊÎÏÔH"
# « 1ᵉʳ » with the ordinal ending in superscript (Unicode modifier letters e and r).
_FIRST = "1\u1d49\u02b3"


class _French(Conventions):
    def contract(self, preposition: str, name: str) -> str:
        """du Bénin, des Émirats arabes unis, de la Guinée-Bissau, aux Îles Marshall, d'Israël."""
        article, _, rest = name.partition(" ")
        if (preposition, article) in _CONTRACTED:
            return f"{_CONTRACTED[preposition, article]} {rest}"
        if preposition == "de" and name[:1] in _VOWELS:
            return f"d\u2019{name}"
        return f"{preposition} {name}"

    def in_text(self, title: str) -> str:
        """le Rapporteur spécial, la Rapporteuse spéciale, le Groupe de travail, l’Expert."""
        article = _ARTICLES.get(title.split(" ", 1)[0], "le")
        return f"{article}{title}" if article.endswith("’") else f"{article} {title}"

    def date(self, value: datetime.date) -> str:
        """1ᵉʳ janvier 2025 (the first of the month is an ordinal in French, its ending set in
        superscript: the Unicode modifier letters ᵉ and ʳ, so DOCX and PDF need no markup)."""
        text = format_date(value, "long", locale=self.locale)
        return _FIRST + text[1:] if value.day == 1 else text

    def date_range(self, start, end) -> str:
        """25 au 27 novembre 2024 (the sentence supplies "du")."""
        return self._span(start, end, "au")

    def date_span(self, start, end) -> str:
        """24 février-4 avril 2025 (the session dates of a masthead)."""
        return self._span(start, end, "-").replace(" - ", "-")

    def date_pair(self, first, second) -> str:
        return self._span(first, second, "et")

    def _span(self, start, end, word):
        if (start.year, start.month) == (end.year, end.month):
            day = _FIRST if start.day == 1 else str(start.day)
            return f"{day} {word} {self.date(end)}"
        return f"{self.date(start).rsplit(' ', 1)[0]} {word} {self.date(end)}"


CONVENTIONS = _French(
    code="fr",
    locale="fr_FR",
    chapter_numeral=roman,
    reference_numeral=roman,
    ibid="Ibid.",
    ibid_inline="ibid.",
    # "sect." takes no plural: sect. III et IV, sect. III à X
    sections_word=section_references("sect.", "sect.", " et ", " à "),
    cite_sections="{cite}, {sections}",
    ibid_sections="{ibid}, {sections}",
    percent="{number}\u00a0%",          # 22,2 % with a no-break space
    words=lambda n: spell("fr", n),
    small_in_words=10,
    ordinal=lambda n: spell("fr", n, ordinal=True),
    century=lambda n: f"{roman(n)}\u1d49",  # XXIᵉ siècle (ᵉ: modifier letter, a superscript e)
    note_end=lambda text: ".",
    # Lists of States follow French alphabetical order, as UN French documents re-sort the
    # lists of the English original (sponsors of draft resolutions, lists of States) [P].
    collation_order=True,
    # UN French keeps the article of a State's name in running text, lists included:
    # « les rapports du Chili, de la Mauritanie, de la Fédération de Russie » [V].
    articles_in_lists=True,
    prepositions=("de", "à"),
    subparagraph="{})",                 # a), b) …
    # Phrases that hold commas are separated by « ; » (a no-break space before it), with no
    # conjunction before the last (A/HRC/58/70 (F), para. 17 as translated here).
    list_patterns={"semicolons": {k: "{0}\u00a0; {1}" for k in ("2", "start", "middle", "end")}},
    # « ; » after each item of an enumeration (a no-break space before it), « . » after the last.
    enumeration=("\u00a0;", "."),
)
