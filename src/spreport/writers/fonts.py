"""The fonts a PDF is set in, per language, and the check that they cover every character
of the text before WeasyPrint would silently substitute or drop a glyph."""
from __future__ import annotations

import subprocess
import unicodedata
from functools import lru_cache

from ..errors import SpreportError
from .. import tree

# (fontconfig family, Debian package) in the order report.css names them per language.
LATIN = ("Liberation Serif", "fonts-liberation2")
FONTS: dict[str, tuple[tuple[str, str], ...]] = {
    "zh": (("Noto Serif CJK SC", "fonts-noto-cjk"), LATIN),
    "ar": (("Noto Naskh Arabic", "fonts-noto-core"), LATIN),
}
# Characters that lay out without a glyph of their own.
_INVISIBLE = {"Cc", "Cf", "Zl", "Zp"}


class MissingGlyph(SpreportError):
    """A character no font of the language can show; `char` is the character."""

    def __init__(self, message: str, char: str, field: str):
        super().__init__(message, field=field)
        self.char = char


def families(lang: str) -> tuple[tuple[str, str], ...]:
    return FONTS.get(lang, (LATIN,))


def check_coverage(doc: tree.Document) -> None:
    """Stop with the first character no font of the language's stack can show."""
    stack = families(doc.lang)
    maps = [(_cmap(family, package), package) for family, package in stack]
    for char in sorted(set("".join(_text(doc)))):
        if char.isspace() or unicodedata.category(char) in _INVISIBLE:
            continue
        if not any(ord(char) in cmap for cmap, _ in maps):
            names = ", ".join(family for family, _ in stack)
            packages = " ".join(package for _, package in stack)
            raise MissingGlyph(
                f"no font covers U+{ord(char):04X} {unicodedata.name(char, '?')} ({char!r}) "
                f"in the {doc.lang} text: the PDF is set in {names}; install a font that has it "
                f"or check the text (apt-get install {packages})", char, doc.symbol)


def _text(doc: tree.Document):
    yield doc.symbol
    if m := doc.masthead:
        yield from (m.united_nations, m.organ, m.distribution, m.date, m.original,
                    *m.meeting, m.agenda_title, m.summary_heading)
        for items in (m.title, m.subtitle, *m.summary):
            yield tree.plain_text(items)
            yield from (tree.plain_text(n.children) for n in items if isinstance(n, tree.Footnote))
    for block in tree.blocks(doc):
        if isinstance(block, tree.Table):
            yield from (note.label or "" for note in block.notes)
        else:
            yield block.label or ""
    for items in tree.inline_lists(doc):
        yield tree.plain_text(items)
    for note in tree.footnotes(doc):
        yield note.label or ""


@lru_cache(maxsize=None)
def _cmap(family: str, package: str) -> frozenset[int]:
    found = subprocess.run(["fc-match", "-f", "%{family}|%{file}|%{index}", family],
                           capture_output=True, text=True)
    name, _, rest = found.stdout.partition("|")
    path, _, index = rest.partition("|")
    if found.returncode or family not in name.split(","):
        raise SpreportError(f"the font {family} is not installed: apt-get install {package}")
    from fontTools.ttLib import TTFont
    with TTFont(path, fontNumber=int(index or 0), lazy=True) as font:
        return frozenset(font.getBestCmap())
