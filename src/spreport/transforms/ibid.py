"""Ibid.: a note whose first citation is the one document the note before it cited, in the
same chapter, cites it as "Ibid." (同上) — with its locator only where that differs
("Ibid., sect. VII."); every other citation shows its symbol."""
from __future__ import annotations

from .. import tree
from ..lang.base import Conventions

_CITES = (tree.Citation, tree.Symbol)


def resolve_ibid(doc: tree.Document, lang: Conventions) -> None:
    for chapter in [c for c in doc.children if isinstance(c, tree.Chapter)] or [doc]:
        previous: list[tuple[str, str | None]] = []
        for note in list(tree.footnotes(chapter)):
            cited = [(i.symbol, _locator(i)) for i in note.children if isinstance(i, _CITES)]
            if cited and len({s for s, _ in previous}) == 1 and cited[0][0] == previous[0][0]:
                index = next(n for n, i in enumerate(note.children) if isinstance(i, _CITES))
                locator = cited[0][1] if cited[0][1] != previous[-1][1] else None
                at_start = not tree.plain_text(note.children[:index]).strip()
                note.children[index] = _ibid(locator, lang, at_start)
            _render_citations(note, lang)
            previous = cited


def _locator(item) -> str | None:
    return item.locator if isinstance(item, tree.Citation) else None


def _ibid(locator: str | None, lang: Conventions, at_start: bool) -> tree.Text:
    word = lang.ibid if at_start else lang.ibid_inline
    if locator:
        return tree.Text(lang.ibid_sections.format(ibid=word, sections=locator))
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
