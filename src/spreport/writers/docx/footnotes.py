"""The footnotes part: separators, then each note in call order, with its own relationships."""
from __future__ import annotations

from lxml import etree

from spreport.tree import Footnote
from .inline import runs, text_run
from .ooxml import w
from .package import Relationships

REFERENCE = "FootnoteReference"


class Footnotes:
    """Collects the notes called from the body; each call's id is its footnote's number."""

    def __init__(self) -> None:
        self.rels = Relationships()
        self.notes: list[etree._Element] = []

    def call(self, note: Footnote) -> etree._Element:
        """The call's run in the body; the note itself joins the footnotes part."""
        if note.number is None:
            raise ValueError("an unnumbered footnote: run the transforms first")
        body = w("p", w("pPr", w("pStyle", val="FootnoteText")),
                 w("r", _reference_style(), w("footnoteRef")), text_run("\t"),
                 *runs(note.children, self.rels, None))
        self.notes.append(w("footnote", body, id=note.number))
        return w("r", _reference_style(), w("footnoteReference", id=note.number))

    def xml(self) -> etree._Element:
        return w("footnotes", _separator(-1, "separator"), _separator(0, "continuationSeparator"),
                 *self.notes)


def _reference_style() -> etree._Element:
    return w("rPr", w("rStyle", val=REFERENCE))


def _separator(id_: int, kind: str) -> etree._Element:
    return w("footnote", w("p", w("pPr", w("spacing", after=0, line=240, lineRule="auto")),
                           w("r", w(kind))), type=kind, id=id_)
