"""The typed document tree shared by compose, transforms and writers.

Compose builds it from rendered templates; transforms fill in labels, numbers,
links and resolved references; writers only walk it. After the transforms a
writer meets these inline nodes alone: Text, Emphasis, Link (Symbol is a Link)
and Footnote; and these blocks: Chapter, Section, Paragraph, Subparagraph.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterator, Union


# --- inline nodes -----------------------------------------------------------

@dataclass
class Text:
    text: str


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


Inline = Union[Text, Emphasis, Link, Symbol, AddendumRef, Citation, Footnote]


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


Block = Union[Chapter, Section, Paragraph]


@dataclass
class Document:
    """One language version of one document (the report or the addendum)."""
    kind: str          # "report" | "addendum"
    symbol: str        # A/HRC/58/70
    lang: str          # ar zh en fr ru es
    title: str         # plain text, for metadata
    children: list[Block]
    job_number: str = ""


# --- walking ----------------------------------------------------------------

def blocks(node) -> Iterator:
    """Every chapter, section, paragraph and subparagraph below `node`, in document order."""
    for child in getattr(node, "children", []):
        if isinstance(child, (Chapter, Section)):
            yield child
            yield from blocks(child)
        elif isinstance(child, Paragraph):
            yield child
            yield from child.subparagraphs


def inline_lists(node) -> Iterator[list]:
    """Every list of inline nodes in the document, footnote bodies included, in reading order."""
    for block in blocks(node):
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
