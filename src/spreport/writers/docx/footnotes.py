"""The footnotes part: separators, then each note in call order, with its own relationships."""
from __future__ import annotations

from lxml import etree

from spreport.tree import Footnote
from .inline import runs, text_run
from .ooxml import part_root, text, w
from .package import Relationships

REFERENCE = "FootnoteReference"


class Footnotes:
    """Collects the notes called from the document, numbered ones and those marked by their
    label alone (the title's "*"); ids follow the calls, 1, 2, …, as LibreOffice takes the
    notes in the order of their ids. `bidi`: the document is right to left, and so are the
    notes and their separators."""

    def __init__(self, bidi: bool = False) -> None:
        self.bidi = bidi
        self.rels = Relationships()
        self.notes: list[etree._Element] = []

    def call(self, note: Footnote) -> list[etree._Element]:
        """The call's runs in the body: the reference, and after a marked note's its mark;
        the note itself joins the footnotes part, led by the same mark."""
        marked = note.number is None
        if marked and not note.label:
            raise ValueError("an unnumbered footnote: run the transforms first")
        id_ = len(self.notes) + 1
        mark = text(note.label) if marked else w("footnoteRef")
        body = w("p", w("pPr", w("pStyle", val="FootnoteText"), self._bidi()),
                 w("r", self._reference_style(), mark),
                 text_run("\t", bidi=self.bidi), *runs(note.children, self.rels, None, self.bidi))
        self.notes.append(w("footnote", body, id=id_))
        reference = w("footnoteReference", customMarkFollows=1 if marked else None, id=id_)
        return [w("r", self._reference_style(), reference)] + (
            [w("r", self._reference_style(), text(note.label))] if marked else [])

    def xml(self) -> etree._Element:
        return part_root("footnotes", self._separator(-1, "separator"),
                         self._separator(0, "continuationSeparator"), *self.notes)

    def _bidi(self) -> etree._Element | None:
        return w("bidi") if self.bidi else None

    def _reference_style(self) -> etree._Element:
        return w("rPr", w("rStyle", val=REFERENCE), w("rtl") if self.bidi else None)

    def _separator(self, id_: int, kind: str) -> etree._Element:
        ppr = w("pPr", self._bidi(), w("spacing", after=0, line=240, lineRule="auto"))
        return w("footnote", w("p", ppr, w("r", w(kind))), type=kind, id=id_)
