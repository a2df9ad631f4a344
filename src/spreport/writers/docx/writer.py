"""The DOCX writer: a transformed document tree as WordprocessingML."""
from __future__ import annotations

from lxml import etree

from spreport.tree import Chapter, Document, Paragraph, Section, Table
from ..bidi import right_to_left
from .footnotes import Footnotes
from .inline import runs, text_run
from .masthead import masthead
from .ooxml import CT, REL, part_root, qname, serialize, w
from .package import Package, Relationships
from .page import page_furniture
from .font_table import font_table_xml, theme_xml
from .properties import app_xml, core_xml, stamp
from .settings import settings_xml
from .styles import SUBPARAGRAPH_INDENT, TEXT_INDENT, styles_xml
from .tables import table

HEADING_STYLE = {Chapter: "HChG", Section: "H1G"}
PAGE = dict(w=11906, h=16838)  # A4 in twips
MARGINS = dict(top=1440, right=1134, bottom=1440, left=1134, header=720, footer=720, gutter=0)
BLOCK_WIDTH = PAGE["w"] - MARGINS["left"] - MARGINS["right"]  # margin to margin
TEXT_WIDTH = BLOCK_WIDTH - 2 * TEXT_INDENT  # the text column
THEME_CT = "application/vnd.openxmlformats-officedocument.theme+xml"
PROPS_CT = "application/vnd.openxmlformats-package.core-properties+xml"
APP_CT = "application/vnd.openxmlformats-officedocument.extended-properties+xml"
CORE_REL = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"


def write_docx(doc: Document) -> bytes:
    """The document's masthead and blocks, with running heads and feet, as DOCX bytes,
    identical for an identical tree; an Arabic document's paragraphs, tables, section and
    notes are right to left."""
    pkg = Package()
    rels = pkg.rels_of("word/document.xml")
    bidi = right_to_left(doc.lang)
    notes = Footnotes(bidi)
    head = masthead(doc.masthead, doc.symbol, BLOCK_WIDTH, rels, notes) if doc.masthead else []
    section = w("sectPr", *page_furniture(doc, BLOCK_WIDTH, pkg, rels), w("pgSz", **PAGE),
                w("pgMar", **MARGINS), w("titlePg"), w("bidi") if bidi else None)
    body = w("body", *head, *_blocks(doc.children, rels, notes), section)
    pkg.add("word/document.xml", CT + "document.main+xml", serialize(part_root("document", body)))
    parts = {"styles": styles_xml(doc.lang), "settings": settings_xml(), "footnotes": notes.xml(),
             "fontTable": font_table_xml(doc.lang)}
    for name, root in parts.items():
        pkg.add(f"word/{name}.xml", CT + f"{name}+xml", serialize(root))
        rels.add(REL + name, f"{name}.xml")
    pkg.add("word/theme/theme1.xml", THEME_CT, theme_xml(doc.lang))
    rels.add(REL + "theme", "theme/theme1.xml")
    pkg.rels["word/footnotes.xml"] = notes.rels
    when = stamp(doc.issued)
    pkg.add("docProps/core.xml", PROPS_CT, core_xml(doc.title, doc.symbol, doc.lang, when))
    pkg.add("docProps/app.xml", APP_CT, app_xml())
    top = pkg.rels_of("")
    top.add(REL + "officeDocument", "word/document.xml")
    top.add(CORE_REL, "docProps/core.xml")
    top.add(REL + "extended-properties", "docProps/app.xml")
    return pkg.zip(when)


def _blocks(blocks: list, rels: Relationships, notes: Footnotes) -> list[etree._Element]:
    out = []
    for block, after in zip(blocks, blocks[1:] + [None]):
        if isinstance(block, (Chapter, Section)):
            out.append(_para(HEADING_STYLE[type(block)], block.label, block.title, rels, notes))
            out += _blocks(block.children, rels, notes)
        elif isinstance(block, Paragraph):
            lead = isinstance(after, Table) and not block.subparagraphs
            out.append(_para("SingleTxtG", block.label, block.children, rels, notes,
                             w("keepNext") if lead else None))
            out += [_para("SingleTxtG", sub.label, sub.children, rels, notes,
                          w("ind", left=SUBPARAGRAPH_INDENT, right=TEXT_INDENT))
                    for sub in block.subparagraphs]
        elif isinstance(block, Table):
            out += table(block, TEXT_WIDTH, rels, notes)
        else:
            raise TypeError(f"{type(block).__name__} cannot reach a writer")
    return out


def _ordered(extra, bidi: bool) -> list:
    """pPr children after pStyle in schema order: keepNext, bidi, ind."""
    bidi_el = w("bidi") if bidi else None
    if extra is not None and extra.tag == qname("w:keepNext"):
        return [extra, bidi_el]
    return [bidi_el, extra]


def _para(style: str, label: str | None, items: list, rels: Relationships, notes: Footnotes,
          extra: etree._Element | None = None) -> etree._Element:
    """A paragraph of `style` starting with its label and a tab, right to left with the notes
    (`w:ind` left and right are then the start and end sides); `extra` is one more paragraph
    property (an indent, or keep-with-next for a table's lead sentence)."""
    if label is None:
        raise ValueError(f"an unlabelled {style} paragraph: run the transforms first")
    ppr = w("pPr", w("pStyle", val=style), *_ordered(extra, notes.bidi))
    return w("p", ppr, text_run(label + "\t", bidi=notes.bidi),
             *runs(items, rels, notes.call, notes.bidi))
