"""Ibid.: a note whose first citation is the one document the note before it cited, in the
same chapter, cites it as "Ibid." (同上); every other citation shows its symbol."""
from __future__ import annotations

from .. import tree
from ..lang.base import Conventions


def resolve_ibid(doc: tree.Document, lang: Conventions) -> None:
    previous: set[str] = set()
    for chapter in _chapters(doc):
        previous = set()
        for note in list(tree.footnotes(chapter)):
            cited = _cited(note)
            first = next(iter(cited), None)
            for i, item in enumerate(note.children):
                if isinstance(item, (tree.Citation, tree.Symbol)) and item.symbol == first:
                    if previous == {first}:
                        note.children[i] = _ibid(item, lang, not _text_before(note, i))
                    break
            _render_citations(note, lang)
            previous = set(cited)


def _chapters(doc):
    return [c for c in doc.children if isinstance(c, tree.Chapter)] or [doc]


def _cited(note: tree.Footnote) -> list[str]:
    """The documents a note cites, in order, each once."""
    out = []
    for item in note.children:
        if isinstance(item, (tree.Citation, tree.Symbol)) and item.symbol not in out:
            out.append(item.symbol)
    return out


def _text_before(note: tree.Footnote, index: int) -> bool:
    return bool(tree.plain_text(note.children[:index]).strip())


def _ibid(item, lang: Conventions, at_start: bool) -> tree.Text:
    word = lang.ibid if at_start else lang.ibid_inline
    if isinstance(item, tree.Citation) and item.locator:
        return tree.Text(lang.ibid_sections.format(ibid=word, sections=item.locator))
    return tree.Text(word)


def _render_citations(note: tree.Footnote, lang: Conventions) -> None:
    """Citations not replaced by Ibid. become the symbol (and its locator)."""
    out = []
    for item in note.children:
        if not isinstance(item, tree.Citation):
            out.append(item)
            continue
        symbol = tree.Symbol(None, [tree.Text(item.symbol)], item.symbol)
        if item.locator:
            before, after = lang.cite_sections.format(cite="\0", sections=item.locator).split("\0")
            out += [tree.Text(before), symbol, tree.Text(after)]
        else:
            out.append(symbol)
    note.children[:] = [i for i in out if not (isinstance(i, tree.Text) and not i.text)]
