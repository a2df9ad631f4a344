"""Labels for chapters (per document), sections (per chapter), paragraphs (through the whole
document, never restarted) and subparagraphs (per paragraph); numbers for footnotes; letters
for table notes (per table)."""
from __future__ import annotations

from .. import tree
from ..errors import SpreportError
from ..lang.base import Conventions
from ..lang.numerals import letter


def number_blocks(doc: tree.Document, lang: Conventions) -> None:
    chapters = paragraphs = 0
    for block in tree.blocks(doc):
        if isinstance(block, tree.Chapter):
            chapters += 1
            block.label = lang.chapter_label(chapters)
            sections = 0
            for child in block.children:
                if isinstance(child, tree.Section):
                    sections += 1
                    child.label = lang.section_label(sections)
        elif isinstance(block, tree.Paragraph):
            paragraphs += 1
            block.number = paragraphs
            block.label = lang.paragraph_label(paragraphs)
            for n, sub in enumerate(block.subparagraphs, 1):
                sub.label = lang.subparagraph_label(n)


def letter_table_notes(doc: tree.Document, lang: Conventions) -> None:
    """Notes below a table are lettered a, b, c in order; a reference takes its note's letter."""
    for table in (b for b in tree.blocks(doc) if isinstance(b, tree.Table)):
        labels = {}
        for n, note in enumerate(table.notes, 1):
            note.label = lang.letter(letter(n))
            labels[note.id] = note.label
        for row in table.head + table.body + table.foot:
            for cell in row:
                for item in cell.children:
                    if isinstance(item, tree.TableNoteRef):
                        if item.note not in labels:
                            raise SpreportError(f"a table cell refers to note {item.note!r}, "
                                                "which the table does not have")
                        item.label = labels[item.note]


def number_footnotes(doc: tree.Document) -> None:
    """1, 2, 3 … through the body; the masthead's asterisk notes keep their mark."""
    for n, note in enumerate(tree.footnotes(doc), 1):
        note.number = n
        note.label = str(n)
