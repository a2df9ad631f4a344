"""Tables, for the addendum: a thin rule above and below the head and at the bottom, the
head repeated on every page, totals in bold under a rule, figures aligned to the end of
their cells; the lettered notes follow the table."""
from __future__ import annotations

import unicodedata

from lxml import etree

from spreport.tree import Cell, Table, TableNote, plain_text
from .footnotes import Footnotes
from .inline import runs, text_run
from .ooxml import w
from .package import Relationships
from .styles import TEXT_INDENT

RULE = dict(val="single", sz=4, space=0, color="auto")  # ½ pt
CHAR = 100           # twips: room for an average character at 9 pt, twice for an ideograph
CELL_MARGINS = 216   # twips: Word's default cell margins, start and end
HEAD, BODY, TOTAL, NOTE, NOTE_REFERENCE = (
    "TableHead", "TableText", "TableTotal", "TableNote", "TableNoteReference")


def table_properties(bidi: bool, style: str | None = None,
                     *props: etree._Element) -> etree._Element:
    """A `w:tblPr`; in a right-to-left document (`bidi`) `w:bidiVisual` puts the first column
    on the right. `props` follow in schema order (tblW, jc, tblInd, tblBorders … tblLook)."""
    return w("tblPr", w("tblStyle", val=style) if style else None,
             w("bidiVisual") if bidi else None, *props)


def table(block: Table, width: int, rels: Relationships, notes: Footnotes) -> list[etree._Element]:
    """The table as wide as the text block (`width` twips) and set in like it, then a
    paragraph per note. Rules are cell borders, so the one above the head repeats with it."""
    grid = _grid(block, width)
    rows = ([(r, HEAD) for r in block.head] + [(r, BODY) for r in block.body]
            + [(r, TOTAL) for r in block.foot])
    above = {0, len(block.head) + len(block.body)}   # the first row, the first totals row
    below = {len(block.head) - 1, len(rows) - 1}     # the last head row, the last row
    props = table_properties(notes.bidi, None, w("tblW", w=width, type="dxa"),
                             w("tblInd", w=TEXT_INDENT, type="dxa"), w("tblLayout", type="fixed"))
    tbl = w("tbl", props, w("tblGrid", *(w("gridCol", w=x) for x in grid)),
            *(_row(cells, style, i in above, i in below, grid, rels, notes)
              for i, (cells, style) in enumerate(rows)))
    return [tbl] + [_note(note, rels, notes) for note in block.notes]


def _note(note: TableNote, rels: Relationships, notes: Footnotes) -> etree._Element:
    """A note below the table: its raised letter, a space, its text."""
    if note.label is None:
        raise ValueError("an unlettered table note: run the transforms first")
    return w("p", _ppr(NOTE, notes.bidi),
             text_run(note.label, style=NOTE_REFERENCE, bidi=notes.bidi),
             text_run(" ", bidi=notes.bidi), *runs(note.children, rels, notes.call, notes.bidi))


def _row(cells: list[Cell], style: str, above: bool, below: bool, grid: list[int],
         rels: Relationships, notes: Footnotes) -> etree._Element:
    """A row that is never split across pages; a head row repeats on each page, and a head cell
    spanning columns is ruled below them."""
    head = style == HEAD
    out, column = [], 0
    for cell in cells:
        rules = [w(side, **RULE) for side, on in
                 (("top", above), ("bottom", below or head and cell.colspan > 1)) if on]
        tcpr = w("tcPr", w("tcW", w=sum(grid[column:column + cell.colspan]), type="dxa"),
                 w("gridSpan", val=cell.colspan) if cell.colspan > 1 else None,
                 w("tcBorders", *rules) if rules else None,
                 w("vAlign", val="bottom") if head else None)
        ppr = _ppr(style, notes.bidi, w("jc", val="end" if cell.numeric else "start"))
        out.append(w("tc", tcpr, w("p", ppr, *runs(cell.children, rels, notes.call, notes.bidi))))
        column += cell.colspan
    return w("tr", w("trPr", w("cantSplit"), w("tblHeader") if head else None), *out)


def _ppr(style: str, bidi: bool, jc: etree._Element | None = None) -> etree._Element:
    return w("pPr", w("pStyle", val=style), w("bidi") if bidi else None, jc)


def _grid(block: Table, width: int) -> list[int]:
    """Column widths summing to `width`. Each column gets room for its longest word (heads
    wrap at spaces); what is left goes to the columns in proportion to how much more their
    longest one-column body cell would take on one line."""
    rows = block.head + block.body + block.foot
    columns = max((sum(c.colspan for c in row) for row in rows), default=1)
    least, most = [CELL_MARGINS] * columns, [CELL_MARGINS] * columns
    for i, row in enumerate(rows):
        column = 0
        for cell in row:
            if cell.colspan == 1:
                text = plain_text(cell.children)
                word = CELL_MARGINS + CHAR * max(map(_ems, text.split()), default=0)
                least[column] = max(least[column], word)
                line = word if i < len(block.head) else CELL_MARGINS + CHAR * _ems(text)
                most[column] = max(most[column], line)
            column += cell.colspan
    if sum(most) <= width:
        base, extra = most, most
    elif sum(least) <= width:
        base, extra = least, [m - n for m, n in zip(most, least)]
    else:
        base, extra = [0] * columns, least
    spare = width - sum(base)
    widths = [b + spare * e // sum(extra) for b, e in zip(base, extra)]
    widths[0] += width - sum(widths)
    return widths


def _ems(text: str) -> int:
    """The width of `text` in average characters, an ideograph counting two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)
