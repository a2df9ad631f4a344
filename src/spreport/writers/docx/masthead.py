"""The first page's masthead: "United Nations" and the symbol over a thick rule, the organ
beside the distribution, date and original language, the meeting block, the title with its
asterisk notes, the subtitle and the boxed summary. Each part has its own style; borderless
tables set the two columns, mirrored in Arabic like every paragraph but the distribution
lines left in English ("Distr.: General"), which read left to right."""
from __future__ import annotations

from lxml import etree

from spreport.tree import Masthead
from ..bidi import left_to_right
from .footnotes import Footnotes
from .inline import runs, text_run
from .ooxml import w
from .styles import language_tag
from .package import Relationships
from .tables import table_properties

RULE = dict(val="single", sz=16, space=0, color="auto")   # 2 pt, under the top line
BOX = dict(val="single", sz=4, space=0, color="auto")     # ½ pt, round the summary
RIGHT_COLUMN = 2835   # twips: "Distr.: General", the date, "Original: English"
NAME_COLUMN = 3402    # twips: "United Nations"; the symbol takes the rest of the line


def masthead(head: Masthead, symbol: str, width: int, rels: Relationships,
             notes: Footnotes) -> list[etree._Element]:
    """The masthead's tables and paragraphs for a text block `width` twips wide."""
    bidi = notes.bidi

    def para(style: str, items: list | str, rtl: bool = bidi,
             lang: str | None = None) -> etree._Element:
        content = ([text_run(items, bidi=bidi, lang=lang)] if isinstance(items, str)
                   else runs(items, rels, notes.call, bidi))
        direction = w("bidi", val=None if rtl else 0) if bidi else None  # bidi is the default
        return w("p", w("pPr", w("pStyle", val=style), direction), *content)

    grid = [NAME_COLUMN, width - NAME_COLUMN - RIGHT_COLUMN, RIGHT_COLUMN]
    top = _table(bidi, grid, [
        w("tr", _cell(grid[:1], [para("MastheadUN", head.united_nations)], ruled=True),
          _cell(grid[1:], [para("MastheadSymbol", symbol)], ruled=True)),
        w("tr", _cell(grid[:2], [para("MastheadOrgan", head.organ)]),
          _cell(grid[2:], [para("MastheadDistribution", line, bidi and not left_to_right(line),
                                language_tag(head.distribution_lang))
                           for line in (head.distribution, head.date, head.original)]))])
    meeting = [para("MastheadCouncil" if i == 0 else "MastheadMeeting", line)
               for i, line in enumerate(head.meeting)]
    out = [top, *meeting, para("MastheadAgendaTitle", head.agenda_title),
           para("MastheadTitle", head.title)]
    if head.subtitle:
        out.append(para("MastheadSubtitle", head.subtitle))
    if head.summary:
        box = [para("SummaryHeading", head.summary_heading)]
        box += [para("SummaryText", items) for items in head.summary]
        out.append(_table(bidi, [width], [w("tr", _cell([width], box))], boxed=True))
    return out


def _table(bidi: bool, grid: list[int], rows: list[etree._Element],
           boxed: bool = False) -> etree._Element:
    """A table across the text block, cells without side margins, so their text lines up
    with the page's; `boxed`: ruled all round."""
    box = w("tblBorders", *(w(side, **BOX) for side in ("top", "left", "bottom", "right")))
    props = table_properties(bidi, None, w("tblW", w=sum(grid), type="dxa"),
                             box if boxed else None, w("tblLayout", type="fixed"),
                             w("tblCellMar", w("top", w=60, type="dxa"), w("left", w=0, type="dxa"),
                               w("bottom", w=60, type="dxa"), w("right", w=0, type="dxa")))
    return w("tbl", props, w("tblGrid", *(w("gridCol", w=x) for x in grid)), *rows)


def _cell(columns: list[int], paras: list[etree._Element], ruled: bool = False) -> etree._Element:
    """A cell over `columns`; `ruled`: the thick rule below it, text set on the rule."""
    props = w("tcPr", w("tcW", w=sum(columns), type="dxa"),
              w("gridSpan", val=len(columns)) if len(columns) > 1 else None,
              w("tcBorders", w("bottom", **RULE)) if ruled else None,
              w("vAlign", val="bottom") if ruled else None)
    return w("tc", props, *paras)
