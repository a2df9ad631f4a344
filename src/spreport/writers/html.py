"""Write a transformed document tree as HTML for the PDF writer."""
from __future__ import annotations

from collections.abc import Collection
from html import escape
from itertools import count

from spreport.tree import (
    Cell, Chapter, Document, Emphasis, Footnote, Link, Paragraph, Section, Subparagraph,
    Symbol, Table, TableNoteRef, Text, plain_text)
from spreport.writers.bidi import left_to_right, right_to_left


def write_html(doc: Document, page_breaks: Collection[str] = ()) -> str:
    """The whole document as one HTML string, ready for report.css.

    Paragraphs get ids "b1", "b2"…, footnote calls "fnref1"… and footnote bodies
    "fn1"…, in document order; blocks whose id is in `page_breaks` start a page.
    In a right-to-left document, Latin links and symbols are marked left to right.
    """
    rtl = right_to_left(doc.lang)
    body = _Body(page_breaks, rtl).blocks(doc.children)
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{escape(doc.lang)}" dir="{"rtl" if rtl else "ltr"}">\n<head>\n'
        '<meta charset="utf-8">\n'
        f"<title>{escape(doc.title)}</title>\n"
        '<meta name="author" content="United Nations">\n'
        f'<meta name="symbol" content="{escape(doc.symbol)}">\n'
        f'</head>\n<body class="{escape(doc.kind)}" data-symbol="{escape(doc.symbol)}">\n'
        f"{body}</body>\n</html>\n"
    )


class _Body:
    def __init__(self, page_breaks: Collection[str], rtl: bool):
        self.page_breaks = page_breaks
        self.rtl = rtl
        self.paragraphs = count(1)
        self.footnotes = count(1)

    def blocks(self, blocks: list) -> str:
        return "".join(self.block(block) for block in blocks)

    def block(self, block) -> str:
        if isinstance(block, (Chapter, Section)):
            tag = "h1" if isinstance(block, Chapter) else "h2"
            return (f"<{tag}{self.attrs(None, block.id)}>{_label(block.label)}"
                    f"{self.inline(block.title)}</{tag}>\n" + self.blocks(block.children))
        if isinstance(block, Paragraph):
            return self.para("para", block) + "".join(
                self.para("sub", sub) for sub in block.subparagraphs)
        if isinstance(block, Table):
            return self.table(block)
        raise TypeError(f"unexpected block {type(block).__name__}")

    def para(self, css: str, block: Paragraph | Subparagraph) -> str:
        attrs = self.attrs(css, f"b{next(self.paragraphs)}")
        return f"<p{attrs}>{_label(block.label)}{self.inline(block.children)}</p>\n"

    def table(self, table: Table) -> str:
        """Head rows in <thead>, which WeasyPrint repeats on every page; totals as the last body
        rows (class "total"), as it would repeat a <tfoot> too; the notes in a div after it."""
        head = "".join(self.row(cells, "th") for cells in table.head)
        body = "".join(self.row(cells, "td") for cells in table.body)
        body += "".join(self.row(cells, "td", ' class="total"') for cells in table.foot)
        notes = "".join(f"<p>{_note_label(note.label)} {self.inline(note.children)}</p>\n"
                        for note in table.notes)
        return (f"<table>\n<thead>\n{head}</thead>\n<tbody>\n{body}</tbody>\n</table>\n"
                + (f'<div class="table-notes">\n{notes}</div>\n' if notes else ""))

    def row(self, cells: list[Cell], tag: str, attrs: str = "") -> str:
        return f"<tr{attrs}>" + "".join(self.cell(cell, tag) for cell in cells) + "</tr>\n"

    def cell(self, cell: Cell, tag: str) -> str:
        attrs = ' class="num"' if cell.numeric else ""
        if cell.colspan > 1:
            attrs += f' colspan="{cell.colspan}"'
        return f"<{tag}{attrs}>{self.inline(cell.children)}</{tag}>"

    def attrs(self, css: str | None, ident: str) -> str:
        classes = " ".join(c for c in (css, "page-break" if ident in self.page_breaks else None) if c)
        return (f' class="{classes}"' if classes else "") + f' id="{escape(ident)}"'

    def inline(self, items: list) -> str:
        return "".join(self.node(item) for item in items)

    def node(self, item) -> str:
        if isinstance(item, Text):
            return escape(item.text, quote=False)
        if isinstance(item, Emphasis):
            return f"<em>{self.inline(item.children)}</em>"
        if isinstance(item, Link):
            attrs = ' class="symbol"' if isinstance(item, Symbol) else ""
            if self.rtl and left_to_right(plain_text(item.children)):
                attrs += ' dir="ltr"'
            if item.href is None:
                return f"<span{attrs}>{self.inline(item.children)}</span>"
            return f'<a{attrs} href="{escape(item.href)}">{self.inline(item.children)}</a>'
        if isinstance(item, Footnote):
            n = next(self.footnotes)
            return (f'<span id="fnref{n}"></span><span class="footnote" id="fn{n}" '
                    f'data-label="{escape(item.label or "")}">{self.inline(item.children)}</span>')
        if isinstance(item, TableNoteRef):
            return _note_label(item.label)
        raise TypeError(f"unexpected inline {type(item).__name__}")


def _label(label: str | None) -> str:
    return f'<span class="label">{escape(label)} </span>' if label else ""


def _note_label(label: str | None) -> str:
    return f'<sup class="table-note">{escape(label or "")}</sup>'
