"""The typed document tree shared by compose, transforms and writers.

Compose builds it from rendered templates; transforms fill in labels, numbers,
links and resolved references; writers only walk it. After the transforms a
writer meets these inline nodes alone: Text, Emphasis, Link (Symbol is a Link),
Footnote and TableNoteRef; and these blocks: Chapter, Section, Paragraph,
Subparagraph and Table.
"""
from __future__ import annotations

import datetime

from dataclasses import dataclass, field
from typing import Iterator, Union


# --- inline nodes -----------------------------------------------------------

@dataclass
class Text:
    text: str


@dataclass
class Sourced(Text):
    """A figure's text with where it comes from (data/provenance.py), in the preview's tree."""
    sources: list[str]


@dataclass
class Emphasis:
    children: list[Inline]


@dataclass
class Link:
    """A hyperlink; `href` is set at compose time for URLs, by a transform for symbols."""
    href: str | None
    children: list[Inline]


@dataclass
class Symbol(Link):
    """A UN document symbol such as A/HRC/56/46; linked by the symbols transform."""
    symbol: str = ""


@dataclass
class AddendumRef:
    """A citation of sections of the addendum, by section id, resolved to text by a transform."""
    sections: list[str]
    line: int | None = None


@dataclass
class Citation:
    """A cited document with an optional locator ("sect. II"); the addendum transform makes
    these from AddendumRef, the Ibid. transform turns them into a Symbol or "Ibid." text."""
    symbol: str
    locator: str | None = None


@dataclass
class Footnote:
    """A footnote and its call; `number`/`label` are set by the footnotes transform."""
    children: list[Inline]
    number: int | None = None
    label: str | None = None


@dataclass
class TableNoteRef:
    """A cell's reference to a note below its table; `label` ("a") is set by a transform."""
    note: str
    label: str | None = None


Inline = Union[Text, Emphasis, Link, Symbol, AddendumRef, Citation, Footnote, TableNoteRef]


# --- block nodes ------------------------------------------------------------

@dataclass
class Subparagraph:
    children: list[Inline]
    label: str | None = None


@dataclass
class Paragraph:
    children: list[Inline]
    subparagraphs: list[Subparagraph] = field(default_factory=list)
    number: int | None = None
    label: str | None = None


@dataclass
class Section:
    id: str
    title: list[Inline]
    children: list[Block]
    label: str | None = None


@dataclass
class Chapter:
    id: str
    title: list[Inline]
    children: list[Block]
    label: str | None = None


@dataclass
class Cell:
    children: list[Inline]
    numeric: bool = False      # a figure: aligned to the end of the cell
    colspan: int = 1


@dataclass
class TableNote:
    id: str
    children: list[Inline]
    label: str | None = None


@dataclass
class Table:
    """A table: `head` rows repeat on every page; `foot` rows hold totals; notes follow it."""
    head: list[list[Cell]]
    body: list[list[Cell]]
    foot: list[list[Cell]] = field(default_factory=list)
    notes: list[TableNote] = field(default_factory=list)


Block = Union[Chapter, Section, Paragraph, Table]


@dataclass
class Masthead:
    """The first page's furniture, every element already in the document's language.

    `meeting` holds the lines of the meeting block (organ, session, dates, agenda item and
    its title); `title` may end with asterisk notes (Footnote with label "*")."""
    organ: str                   # General Assembly
    distribution: str            # Distr.: General
    date: str                    # 20 February 2025
    original: str                # Original: English
    meeting: list[str]
    agenda_title: str            # the agenda item's title, in bold
    title: list[Inline]
    subtitle: list[Inline]       # Report of …
    summary_heading: str         # Summary
    summary: list[list[Inline]]  # its paragraphs (unnumbered)
    united_nations: str          # United Nations
    distribution_lang: str | None = None   # "en" where the distribution lines stay English


@dataclass
class Document:
    """One language version of one document (the report or the addendum)."""
    kind: str          # "report" | "addendum"
    symbol: str        # A/HRC/58/70
    lang: str          # ar zh en fr ru es
    title: str         # plain text, for metadata
    children: list[Block]
    job_number: str = ""         # GE.25-04543: in every page's footer
    job_language: str = ""       # E: beside the job number on the first page, "GE.25-04543 (E)"
    masthead: Masthead | None = None
    issued: datetime.date | None = None   # the date on the masthead, for the files' metadata


# --- walking ----------------------------------------------------------------

def blocks(node) -> Iterator:
    """Every chapter, section, paragraph, subparagraph and table below `node`, in order."""
    for child in getattr(node, "children", []):
        if isinstance(child, (Chapter, Section)):
            yield child
            yield from blocks(child)
        elif isinstance(child, Paragraph):
            yield child
            yield from child.subparagraphs
        elif isinstance(child, Table):
            yield child


def inline_lists(node) -> Iterator[list]:
    """Every list of inline nodes in the document, footnote bodies included, in reading order."""
    for block in blocks(node):
        if isinstance(block, Table):
            for row in block.head + block.body + block.foot:
                for cell in row:
                    yield from _nested(cell.children)
            for note in block.notes:
                yield from _nested(note.children)
            continue
        own = block.title if isinstance(block, (Chapter, Section)) else block.children
        yield from _nested(own)


def _nested(items: list) -> Iterator[list]:
    yield items
    for item in items:
        if isinstance(item, (Emphasis, Link, Footnote)):
            yield from _nested(item.children)


def footnotes(node) -> Iterator[Footnote]:
    """Every footnote in call order."""
    for items in inline_lists(node):
        for item in items:
            if isinstance(item, Footnote):
                yield item


def plain_text(items: list) -> str:
    """The text of inline nodes, footnotes left out."""
    out = []
    for item in items:
        if isinstance(item, Text):
            out.append(item.text)
        elif isinstance(item, (Emphasis, Link)):
            out.append(plain_text(item.children))
    return "".join(out)
