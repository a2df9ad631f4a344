"""What a placeholder in a sentence holds: a figure that knows its value, or a name that
knows its gender and its other forms. The message formatter (message.py) asks them for the
plural category, the gender a `select` chooses by, number words and inflected forms."""
from __future__ import annotations

from markupsafe import escape

GENDERS = ("masculine", "feminine", "neuter")


class MessageError(Exception):
    """A sentence asks a placeholder for something it does not have; located by the caller."""


class Figure:
    """A number as a sentence shows it. `kind` is "count" (a sentence must choose its plural
    forms by it), "number" (a figure that counts nothing: a year, a code), "ordinal", or
    "per cent" (a share, `value` its fraction)."""
    __slots__ = ("value", "text", "kind", "lang", "sources")

    def __init__(self, value: int | float, text: str, kind: str, lang):
        self.value, self.text, self.kind, self.lang = value, text, kind, lang
        self.sources: tuple[str, ...] = ()     # where it comes from, for the preview

    def __str__(self) -> str:
        return self.text

    def __html__(self) -> str:
        return self.marked(self.text)

    def marked(self, text: str) -> str:
        """`text` (the figure, or a form of it: "five") as markup, with the figure's sources
        where it has any, which the markup reads into tree.Sourced."""
        if self.sources:
            return f'<fig src="{escape(chr(10).join(self.sources))}">{escape(text)}</fig>'
        return str(escape(text))

    def __int__(self) -> int:
        return int(self.value)

    def __repr__(self) -> str:
        return f"Figure({self.value!r}, {self.text!r}, {self.kind!r})"

    def selector(self) -> str:
        return str(self.value)

    def form(self, style: str, words: list[str]) -> str:
        """The figure written as `style` asks: spellout, count, ordinal or digits, each with an
        optional gender and case ("feminine genitive"), and "capital" to begin a sentence."""
        if not isinstance(self.value, int):
            raise MessageError(f"{style}: {self.text} is not a whole number")
        capital = "capital" in words
        words = [w for w in words if w != "capital"]
        gender = next((w for w in words if w in GENDERS or w == "plural"), None)
        case = next((w for w in words if w not in GENDERS and w != "plural"), None)
        if style == "digits" or style == "count" and not 0 <= self.value < self.lang.small_in_words:
            return self.lang.number(self.value)
        try:
            text = self.lang.spell(self.value, ordinal=style == "ordinal", gender=gender, case=case)
        except ValueError as exc:
            raise MessageError(f"{{…, {style}, {' '.join(words)}}}: {exc}") from None
        return text[:1].upper() + text[1:] if capital else text


class Inflected:
    """A name or title with its forms in one language. str() is the running-text form;
    `forms` holds the others by name (bare, head, rest, genitive …); `gender` is the gender a
    sentence agrees with: a person's own, or the grammatical gender of a body's name."""
    __slots__ = ("forms", "gender", "what")

    def __init__(self, forms: dict[str, str], gender: str | None, what: str):
        self.forms, self.gender, self.what = forms, gender, what

    def __str__(self) -> str:
        return self.forms["text"]

    def __html__(self) -> str:
        return str(escape(self.forms["text"]))

    def __repr__(self) -> str:
        return f"Inflected({self.forms['text']!r}, {self.gender!r})"

    def selector(self) -> str:
        if self.gender is None:
            raise MessageError(f"{self.what} has no gender to select by")
        return self.gender

    def form(self, style: str, words: list[str]) -> str:
        if style != "form":
            raise MessageError(f"{self.what} is not a number: {style} cannot apply")
        key = " ".join(words)
        try:
            return self.forms[key]
        except KeyError:
            known = ", ".join(sorted(k for k in self.forms if k != "text"))
            raise MessageError(f"{self.what} has no form {key!r}: expected one of {known}") from None


class Choice:
    """What a sentence chooses its words by when it compares two figures: a key for
    `{x, select, …}` ("up", "down", "same"; "women", "women-now" …), printed nowhere."""
    __slots__ = ("key",)

    def __init__(self, key: str):
        self.key = key

    def __str__(self) -> str:
        return self.key

    def __html__(self) -> str:
        return self.key

    def __repr__(self) -> str:
        return f"Choice({self.key!r})"

    def selector(self) -> str:
        return self.key
