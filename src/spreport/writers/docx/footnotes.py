"""The footnotes part: separators, then each note in call order, with its own relationships."""
from __future__ import annotations

from lxml import etree

from spreport.tree import Footnote
from .inline import runs, text_run
from .ooxml import w
from .package import Relationships

REFERENCE = "FootnoteReference"


class Footnotes:
    """Collects the notes called from the body; each call's id is its footnote's number.
    `bidi`: the document is right to left, and so are the notes and their separators."""

    def __init__(self, bidi: bool = False) -> None:
        self.bidi = bidi
        self.rels = Relationships()
        self.notes: list[etree._Element] = []

    def call(self, note: Footnote) -> etree._Element:
        """The call's run in the body; the note itself joins the footnotes part."""
        if note.number is None:
            raise ValueError("an unnumbered footnote: run the transforms first")
        body = w("p", w("pPr", w("pStyle", val="FootnoteText"), self._bidi()),
                 w("r", self._reference_style(), w("footnoteRef")),
                 text_run("\t", bidi=self.bidi), *runs(note.children, self.rels, None, self.bidi))
        self.notes.append(w("footnote", body, id=note.number))
        return w("r", self._reference_style(), w("footnoteReference", id=note.number))

    def xml(self) -> etree._Element:
        return w("footnotes", self._separator(-1, "separator"),
                 self._separator(0, "continuationSeparator"), *self.notes)

    def _bidi(self) -> etree._Element | None:
        return w("bidi") if self.bidi else None

    def _reference_style(self) -> etree._Element:
        return w("rPr", w("rStyle", val=REFERENCE), w("rtl") if self.bidi else None)

    def _separator(self, id_: int, kind: str) -> etree._Element:
        ppr = w("pPr", self._bidi(), w("spacing", after=0, line=240, lineRule="auto"))
        return w("footnote", w("p", ppr, w("r", w(kind))), type=kind, id=id_)
