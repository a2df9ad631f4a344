"""Labels for chapters (per document), sections (per chapter), paragraphs (through the whole
document, never restarted) and subparagraphs (per paragraph); numbers for footnotes."""
from __future__ import annotations

from .. import tree
from ..lang.base import Conventions


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


def number_footnotes(doc: tree.Document) -> None:
    for n, note in enumerate(tree.footnotes(doc), 1):
        note.number = n
        note.label = str(n)
