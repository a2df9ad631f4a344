"""styles.xml: document defaults by language, the Geneva styles the writer uses, and the table
styles: 9 pt text, italic heads (ideographs upright), bold totals, 8.5 pt notes, raised italic
note letters."""
from __future__ import annotations

from lxml import etree

from .ooxml import w

BODY_FONT = "Times New Roman"        # Latin and Cyrillic
EAST_ASIAN_FONT = {"zh": "SimSun"}
# Word sets runs marked w:rtl in the complex-script font: UN Arabic documents use Simplified
# Arabic (Traditional Arabic is the other house face); sizes (szCs) match the Latin ones.
COMPLEX_SCRIPT_FONT = {"ar": "Simplified Arabic"}
LANG_TAG = {"en": "en-GB", "fr": "fr-FR", "es": "es-ES", "ru": "ru-RU"}  # else en-GB
TEXT_INDENT = 1134          # twips: the text column's indents from both margins
SUBPARAGRAPH_INDENT = 1701  # twips: a subparagraph's start indent (the right one in Arabic)
SECTION_HANGING = {"ar": 851}  # twips, else 567: "ألف-", "شين-" are wider than "A."


def styles_xml(lang: str) -> etree._Element:
    """The styles part for a document in `lang`."""
    return w("styles", _defaults(lang),
             w("style", w("name", val="Normal"), w("qFormat"), type="paragraph", default=1,
               styleId="Normal"),
             w("style", w("name", val="Default Paragraph Font"), w("uiPriority", val=1),
               w("semiHidden"), w("unhideWhenUsed"), type="character", default=1,
               styleId="DefaultParagraphFont"),
             _heading("HChG", "_ H _Ch_G", hanging=1134, before=360, after=240, size=26, level=0),
             _heading("H1G", "_ H_1_G", hanging=SECTION_HANGING.get(lang, 567), before=240,
                      after=120, size=24, level=1),
             _paragraph("SingleTxtG", "_ Single Txt_G",
                        w("spacing", after=120), _indent(), w("jc", val="both")),
             _paragraph("FootnoteText", "footnote text",
                        _indent(hanging=284), w("jc", val="both"),
                        rpr=w("rPr", w("sz", val=18), w("szCs", val=18))),
             _character("FootnoteReference", "footnote reference", w("vertAlign", val="superscript")),
             _paragraph("TableText", "Table Text", w("spacing", before=40, after=40),
                        rpr=w("rPr", w("sz", val=18), w("szCs", val=18))),
             _paragraph("TableHead", "Table Head", w("keepNext"), base="TableText",
                        rpr=None if lang == "zh" else w("rPr", w("i"), w("iCs"))),
             _paragraph("TableTotal", "Table Total", base="TableText",
                        rpr=w("rPr", w("b"), w("bCs"))),
             _paragraph("TableNote", "Table Note", w("spacing", before=60, after=120),
                        _indent(), w("contextualSpacing"),
                        rpr=w("rPr", w("sz", val=17), w("szCs", val=17))),
             _character("TableNoteReference", "table note reference", w("i"), w("iCs"),
                        w("vertAlign", val="superscript")),
             _character("Hyperlink", "Hyperlink", w("color", val="0000FF"), w("u", val="single")))


def _defaults(lang: str) -> etree._Element:
    fonts = w("rFonts", ascii=BODY_FONT, hAnsi=BODY_FONT, eastAsia=EAST_ASIAN_FONT.get(lang),
              cs=COMPLEX_SCRIPT_FONT.get(lang, BODY_FONT))
    language = w("lang", val=LANG_TAG.get(lang, "en-GB"), eastAsia="zh-CN" if lang == "zh" else None,
                 bidi="ar-SA" if lang == "ar" else None)
    return w("docDefaults",
             w("rPrDefault", w("rPr", fonts, w("sz", val=20), w("szCs", val=20), language)),
             w("pPrDefault", w("pPr", w("bidi"))) if lang == "ar" else None)


def _indent(hanging: int | None = None) -> etree._Element:
    return w("ind", left=TEXT_INDENT, right=TEXT_INDENT, hanging=hanging)


def _heading(style_id: str, name: str, hanging: int, before: int, after: int, size: int,
             level: int) -> etree._Element:
    """A bold heading whose label hangs left of the title, which starts at the text column."""
    return _paragraph(style_id, name, w("keepNext"), w("keepLines"),
                      w("spacing", before=before, after=after), _indent(hanging),
                      w("outlineLvl", val=level),
                      rpr=w("rPr", w("b"), w("bCs"), w("sz", val=size), w("szCs", val=size)))


def _paragraph(style_id: str, name: str, *ppr: etree._Element, base: str = "Normal",
               rpr: etree._Element | None = None) -> etree._Element:
    return w("style", w("name", val=name), w("basedOn", val=base), w("qFormat"),
             w("pPr", *ppr), rpr, type="paragraph", styleId=style_id)


def _character(style_id: str, name: str, *rpr: etree._Element) -> etree._Element:
    return w("style", w("name", val=name), w("basedOn", val="DefaultParagraphFont"),
             w("uiPriority", val=99), w("unhideWhenUsed"), w("rPr", *rpr),
             type="character", styleId=style_id)
