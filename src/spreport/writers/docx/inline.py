"""Inline nodes as runs: text, italics, hyperlinks, footnote calls and table note letters,
each formatted by its character style alone."""
from __future__ import annotations

import re
from typing import Callable, Iterator

from lxml import etree

from spreport.tree import Emphasis, Footnote, Link, TableNoteRef, Text
from ..bidi import left_to_right
from .ooxml import REL, text, w
from .package import Relationships

FootnoteCall = Callable[[Footnote], list[etree._Element]]
STYLE = {(False, False): None, (True, False): "Emphasis", (False, True): "Hyperlink",
         (True, True): "HyperlinkEmphasis"}  # by (italic, linked)


def runs(items: list, rels: Relationships, call: FootnoteCall | None,
         bidi: bool = False) -> list[etree._Element]:
    """Runs and hyperlinks for `items`; links are related from `rels`, footnote calls made by `call`
    (None where a footnote cannot stand, as inside another footnote); `bidi` in a right-to-left
    document."""
    return list(_content(items, rels, call, italic=False, linked=False, bidi=bidi))


def text_run(value: str, style: str | None = None, bidi: bool = False,
             lang: str | None = None) -> etree._Element:
    """One run of text, tabs and line breaks as Word's own elements. In a right-to-left
    document (`bidi`) the run is marked `w:rtl` unless its text is Latin, which Word then
    keeps left to right; `lang`, a language tag (en-GB), where the run's language is not
    the document's."""
    rtl = bidi and not left_to_right(value)
    rpr = w("rPr", w("rStyle", val=style) if style else None, w("rtl") if rtl else None,
            w("lang", val=lang) if lang else None) if style or rtl or lang else None
    parts = [w("tab") if piece == "\t" else w("br") if piece == "\n" else text(piece)
             for piece in re.split(r"([\t\n])", value) if piece]
    return w("r", rpr, *parts)


def _content(items: list, rels: Relationships, call: FootnoteCall | None, italic: bool,
             linked: bool, bidi: bool) -> Iterator[etree._Element]:
    for item in items:
        if isinstance(item, Text):
            yield text_run(item.text, STYLE[italic, linked], bidi)
        elif isinstance(item, Emphasis):
            yield from _content(item.children, rels, call, True, linked, bidi)
        elif isinstance(item, Link):
            inner = _content(item.children, rels, call, italic, linked or bool(item.href), bidi)
            if linked or not item.href:
                yield from inner
            else:
                rid = rels.add(REL + "hyperlink", item.href, external=True)
                yield w("hyperlink", *inner, r_id=rid)
        elif isinstance(item, Footnote):
            if call is None:
                raise ValueError("a footnote inside a footnote")
            yield from call(item)
        elif isinstance(item, TableNoteRef) and item.label is not None:
            yield text_run(item.label, style="TableNoteReference", bidi=bidi)
        else:
            raise TypeError(f"{type(item).__name__} cannot reach a writer: run the transforms first")
