"""Write a transformed document tree as HTML for the PDF writer."""
from __future__ import annotations

import re
from html import escape
from itertools import count

from spreport.tree import (
    Cell, Chapter, Document, Emphasis, Footnote, Link, Masthead, Paragraph, Section,
    Sourced, Subparagraph, Symbol, Table, TableNoteRef, Text, plain_text)
from spreport.writers.bidi import left_to_right, right_to_left

_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# Where an ideograph meets a Latin letter or a digit: Word's autospace puts a gap there.
_AUTOSPACE = re.compile(f"(?<=[{_HAN}])(?=[A-Za-z0-9])|(?<=[A-Za-z0-9])(?=[{_HAN}])")
_GAP = '<span class="autospace"></span>'


def write_html(doc: Document) -> str:
    """The whole document as one HTML string, ready for report.css.

    The masthead, if any, comes first. Paragraphs get ids "b1", "b2"…, footnote calls
    "fnref1"… and footnote bodies "fn1"…, in document order; subparagraphs are a list
    (role="list", "listitem") and a body row's first cell of words heads its row
    (th scope="row"), for the PDF's structure tree. In a right-to-left document, Latin links
    and symbols are marked left to right; in Chinese, an empty span.autospace parts
    ideographs from Latin letters and digits. The body's data attributes feed the running
    head and the footers.
    """
    rtl = right_to_left(doc.lang)
    writer = _Body(rtl, autospace=doc.lang == "zh")
    masthead = writer.masthead(doc.masthead, doc.symbol) if doc.masthead else ""
    body = writer.blocks(doc.children)
    first_job = f"{doc.job_number} ({doc.job_language})" if doc.job_language else doc.job_number
    symbol = escape(doc.symbol)
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{escape(doc.lang)}" dir="{"rtl" if rtl else "ltr"}">\n<head>\n'
        '<meta charset="utf-8">\n'
        f"<title>{escape(doc.title)}</title>\n"
        '<meta name="author" content="United Nations">\n'
        f'<meta name="description" content="{symbol}">\n'
        f'<meta name="keywords" content="{symbol}">\n'
        f'</head>\n<body class="{escape(doc.kind)}" data-symbol="{symbol}" '
        f'data-job="{escape(doc.job_number)}" data-first-job="{escape(first_job)}">\n'
        f"{masthead}{body}</body>\n</html>\n"
    )


class _Body:
    def __init__(self, rtl: bool, autospace: bool):
        self.rtl = rtl
        self.autospace = autospace
        self.last = ""  # the character before the next text, for autospace
        self.paragraphs = count(1)
        self.footnotes = count(1)

    def masthead(self, m: Masthead, symbol: str) -> str:
        """The first page's head: United Nations and the symbol over a rule, the organ beside
        the distribution block, the meeting block, the title, subtitle and boxed summary."""
        distribution = "".join(self.line(line, lang=m.distribution_lang)
                               for line in (m.distribution, m.date, m.original))
        summary = "".join(f"<p>{self.inline(p)}</p>\n" for p in m.summary)
        return (
            '<header class="masthead">\n'
            f'<div class="masthead-row un">{self.line(m.united_nations)}'
            f'<p class="symbol"><span dir="ltr">{escape(symbol)}</span></p></div>\n'
            f'<div class="masthead-row">{self.line(m.organ, "organ")}'
            f'<div class="distribution">\n{distribution}</div></div>\n'
            f'<div class="meeting">\n{"".join(map(self.line, m.meeting))}'
            f'{self.line(m.agenda_title, "agenda")}</div>\n'
            f'<h1 class="title">{self.inline(m.title)}</h1>\n'
            + (f'<p class="subtitle">{self.inline(m.subtitle)}</p>\n' if m.subtitle else "")
            + (f'<section class="summary">\n<h2>{self.inline([Text(m.summary_heading)])}</h2>\n'
               f"{summary}</section>\n" if m.summary else "")
            + "</header>\n")

    def line(self, text: str, css: str | None = None, lang: str | None = None) -> str:
        """A one-line paragraph of the masthead, in `lang` where it is not the document's;
        Latin ("Distr.: General") stays left to right."""
        attrs = f' class="{css}"' if css else ""
        if lang:
            attrs += f' lang="{escape(lang)}"'
        if self.rtl and left_to_right(text):
            attrs += ' dir="ltr"'
        return f"<p{attrs}>{self.inline([Text(text)])}</p>\n"

    def blocks(self, blocks: list) -> str:
        return "".join(self.block(block) for block in blocks)

    def block(self, block) -> str:
        if isinstance(block, (Chapter, Section)):
            tag = "h1" if isinstance(block, Chapter) else "h2"
            return (f"<{tag}{self.attrs(None, block.id)}>{_label(block.label)}"
                    f"{self.inline(block.title)}</{tag}>\n" + self.blocks(block.children))
        if isinstance(block, Paragraph):
            subs = "".join(self.para("sub", sub, ' role="listitem"')
                           for sub in block.subparagraphs)
            listed = f'<div role="list">\n{subs}</div>\n' if subs else ""
            return self.para("para", block) + listed
        if isinstance(block, Table):
            return self.table(block)
        raise TypeError(f"unexpected block {type(block).__name__}")

    def para(self, css: str, block: Paragraph | Subparagraph, role: str = "") -> str:
        attrs = self.attrs(css, f"b{next(self.paragraphs)}") + role
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
        """A row; in the body, a first cell of words (a State, a mandate, "Total") heads it."""
        first = tag == "td" and len(cells) > 1 and not cells[0].numeric
        return (f"<tr{attrs}>" + "".join(self.cell(cell, "th" if first and i == 0 else tag,
                                                   ' scope="row"' if first and i == 0 else "")
                                         for i, cell in enumerate(cells)) + "</tr>\n")

    def cell(self, cell: Cell, tag: str, scope: str = "") -> str:
        attrs = (' class="num"' if cell.numeric else "") + scope
        if cell.colspan > 1:
            attrs += f' colspan="{cell.colspan}"'
        return f"<{tag}{attrs}>{self.inline(cell.children)}</{tag}>"

    def attrs(self, css: str | None, ident: str) -> str:
        return (f' class="{css}"' if css else "") + f' id="{escape(ident)}"'

    def inline(self, items: list) -> str:
        """Inline nodes that start a block or a footnote: nothing before them to space from."""
        self.last = ""
        return self.nodes(items)

    def nodes(self, items: list) -> str:
        return "".join(self.node(item) for item in items)

    def node(self, item) -> str:
        if isinstance(item, Sourced):
            sources = escape("\n".join(item.sources))
            return f'<span class="figure" title="{sources}">{self.text(item.text)}</span>'
        if isinstance(item, Text):
            return self.text(item.text)
        if isinstance(item, Emphasis):
            return f"<em>{self.nodes(item.children)}</em>"
        if isinstance(item, Link):
            attrs = ' class="symbol"' if isinstance(item, Symbol) else ""
            if self.rtl and left_to_right(plain_text(item.children)):
                attrs += ' dir="ltr"'
            gap = self.gap_before(plain_text(item.children))   # outside the link's box
            if item.href is None:
                return f"{gap}<span{attrs}>{self.nodes(item.children)}</span>"
            return f'{gap}<a{attrs} href="{escape(item.href)}">{self.nodes(item.children)}</a>'
        if isinstance(item, Footnote):
            n = next(self.footnotes)
            body = self.inline(item.children)
            self.last = ""  # the call, not text, stands before what follows
            label = escape(item.label or "")
            return (f'<span id="fnref{n}" data-label="{label}"></span><span class="footnote" '
                    f'id="fn{n}" data-label="{label}">{body}</span>')
        if isinstance(item, TableNoteRef):
            return _note_label(item.label)
        raise TypeError(f"unexpected inline {type(item).__name__}")

    def gap_before(self, text: str) -> str:
        """The autospace gap where `text` meets the text before it, taken out of `text`'s
        own markup (a gap inside a link would make a link of no width)."""
        if not (self.autospace and text and _AUTOSPACE.search(self.last + text[0])):
            return ""
        self.last = ""
        return _GAP

    def text(self, text: str) -> str:
        if not self.autospace:
            return escape(text, quote=False)
        parts = _AUTOSPACE.split(self.last + text)
        parts[0] = parts[0][len(self.last):]
        self.last = text[-1:] or self.last
        return _GAP.join(escape(part, quote=False) for part in parts)


def _label(label: str | None) -> str:
    return f'<span class="label">{escape(label)} </span>' if label else ""


def _note_label(label: str | None) -> str:
    return f'<sup class="table-note">{escape(label or "")}</sup>'
