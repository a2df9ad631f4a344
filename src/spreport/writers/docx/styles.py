"""styles.xml: document defaults by language, the Geneva styles the writer uses, the table
styles (9 pt text, italic heads with ideographs upright, bold totals, 8.5 pt notes, raised
italic note letters) and those of the page furniture."""
from __future__ import annotations

from lxml import etree

from .ooxml import part_root, w

BODY_FONT = "Times New Roman"        # Latin and Cyrillic
EAST_ASIAN_FONT = {"zh": "SimSun"}
# Word sets runs marked w:rtl in the complex-script font: UN Arabic documents use Simplified
# Arabic (Traditional Arabic is the other house face); sizes (szCs) match the Latin ones.
COMPLEX_SCRIPT_FONT = {"ar": "Simplified Arabic"}
LANG_TAG = {"en": "en-GB", "fr": "fr-FR", "es": "es-ES", "ru": "ru-RU"}  # else en-GB
TEXT_INDENT = 1134          # twips: the text column's indents from both margins
SUBPARAGRAPH_INDENT = 1701  # twips: a subparagraph's start indent (the right one in Arabic)
MEETING_END = 4536          # twips: the meeting block's end indent, so it wraps at 9 cm
SECTION_HANGING = {"ar": 851}  # twips, else 567: "ألف-", "شين-" are wider than "A."


def styles_xml(lang: str) -> etree._Element:
    """The styles part for a document in `lang`."""
    return part_root(
        "styles", _defaults(lang),
        w("style", w("name", val="Normal"), w("qFormat"), type="paragraph", default=1,
          styleId="Normal"),
        w("style", w("name", val="Default Paragraph Font"), w("uiPriority", val=1),
          w("semiHidden"), w("unhideWhenUsed"), type="character", default=1,
          styleId="DefaultParagraphFont"),
        _heading("HChG", "_ H _Ch_G", 1134, before=360, after=240, level=0,
                 rpr=_rpr(bold=True, size=26)),
        _heading("H1G", "_ H_1_G", SECTION_HANGING.get(lang, 567), before=240, after=120,
                 level=1, rpr=_rpr(bold=True, size=24)),
        _heading("H23G", "_ H_2/3_G", 1134, before=240, after=120, level=2,
                 rpr=_rpr(bold=True)),
        _heading("H4G", "_ H_4_G", 1134, before=240, after=120, level=3,
                 rpr=_rpr(italic=True)),
        _paragraph("SingleTxtG", "_ Single Txt_G",
                   w("spacing", after=120), _indent(), w("jc", val=_justified(lang))),
        _paragraph("FootnoteText", "footnote text",
                   _indent(hanging=284), w("jc", val=_justified(lang)), rpr=_rpr(size=18)),
        _character("FootnoteReference", "footnote reference", w("vertAlign", val="superscript")),
        _paragraph("TableText", "Table Text", w("spacing", before=40, after=40),
                   rpr=_rpr(size=18)),
        _paragraph("TableHead", "Table Head", w("keepNext"), base="TableText",
                   rpr=None if lang == "zh" else _rpr(italic=True)),
        _paragraph("TableTotal", "Table Total", base="TableText", rpr=_rpr(bold=True)),
        _paragraph("TableNote", "Table Note", w("spacing", before=60, after=120),
                   _indent(), w("contextualSpacing"), rpr=_rpr(size=17)),
        _character("TableNoteReference", "table note reference", w("i"), w("iCs"),
                   w("vertAlign", val="superscript")),
        _character("Emphasis", "Emphasis", w("i"), w("iCs")),
        _character("Hyperlink", "Hyperlink", w("color", val="0000FF"), w("u", val="single")),
        _character("HyperlinkEmphasis", "Hyperlink Emphasis", w("i"), w("iCs"),
                   base="Hyperlink"),
        *_page_styles())


def _page_styles() -> list[etree._Element]:
    """The running head (bold 9 pt over a thin rule), the foot (8 pt, the page number bold
    9 pt), and the masthead's parts."""
    return [
        _paragraph("Header", "header", w("pBdr", w("bottom", val="single", sz=4, space=4,
                                                    color="auto")), rpr=_rpr(bold=True, size=18)),
        _paragraph("Footer", "footer", rpr=_rpr(size=16)),
        _character("PageNumber", "page number", *_rpr(bold=True, size=18)),
        _paragraph("MastheadUN", "Masthead United Nations", rpr=_rpr(bold=True, size=28)),
        _paragraph("MastheadSymbol", "Masthead Symbol", w("jc", val="end"),
                   rpr=_rpr(bold=True, size=40)),
        _paragraph("MastheadOrgan", "Masthead Organ", rpr=_rpr(bold=True, size=40)),
        _paragraph("MastheadDistribution", "Masthead Distribution"),
        _paragraph("MastheadMeeting", "Masthead Meeting", w("ind", right=MEETING_END)),
        _paragraph("MastheadCouncil", "Masthead Council", w("spacing", before=240),
                   base="MastheadMeeting", rpr=_rpr(bold=True)),
        _paragraph("MastheadAgendaTitle", "Masthead Agenda Title", base="MastheadMeeting",
                   rpr=_rpr(bold=True)),
        _paragraph("MastheadTitle", "Masthead Title", w("keepNext"), w("keepLines"),
                   w("spacing", before=720, after=240), _indent(),
                   rpr=_rpr(bold=True, size=34)),
        _paragraph("MastheadSubtitle", "Masthead Subtitle", w("keepNext"),
                   w("spacing", after=360), _indent(), rpr=_rpr(size=24)),
        _paragraph("SummaryHeading", "Summary Heading", w("keepNext"),
                   w("spacing", before=240, after=240), w("jc", val="center"),
                   rpr=_rpr(bold=True, size=24)),
        _paragraph("SummaryText", "Summary Text", base="SingleTxtG"),
    ]


def _defaults(lang: str) -> etree._Element:
    fonts = w("rFonts", ascii=BODY_FONT, hAnsi=BODY_FONT, eastAsia=EAST_ASIAN_FONT.get(lang),
              cs=COMPLEX_SCRIPT_FONT.get(lang, BODY_FONT))
    language = w("lang", val=language_tag(lang), eastAsia="zh-CN" if lang == "zh" else None,
                 bidi="ar-SA" if lang == "ar" else None)
    return w("docDefaults",
             w("rPrDefault", w("rPr", fonts, w("sz", val=20), w("szCs", val=20), language)),
             w("pPrDefault", w("pPr", w("bidi"))) if lang == "ar" else None)


def language_tag(lang: str | None) -> str | None:
    """Word's tag for a language's Latin-script text (zh and ar: their English, en-GB)."""
    return LANG_TAG.get(lang, "en-GB") if lang else None


def _indent(hanging: int | None = None) -> etree._Element:
    return w("ind", left=TEXT_INDENT, right=TEXT_INDENT, hanging=hanging)


def _rpr(bold: bool = False, italic: bool = False, size: int | None = None) -> etree._Element:
    """Run properties, complex script alike; `size` in half-points."""
    return w("rPr", w("b") if bold else None, w("bCs") if bold else None,
             w("i") if italic else None, w("iCs") if italic else None,
             w("sz", val=size) if size else None, w("szCs", val=size) if size else None)


def _heading(style_id: str, name: str, hanging: int, before: int, after: int, level: int,
             rpr: etree._Element) -> etree._Element:
    """A heading whose label hangs left of the title, which starts at the text column."""
    return _paragraph(style_id, name, w("keepNext"), w("keepLines"),
                      w("spacing", before=before, after=after), _indent(hanging),
                      w("outlineLvl", val=level), rpr=rpr)


def _paragraph(style_id: str, name: str, *ppr: etree._Element, base: str = "Normal",
               rpr: etree._Element | None = None) -> etree._Element:
    return w("style", w("name", val=name), w("basedOn", val=base), w("qFormat"),
             w("pPr", *ppr), rpr, type="paragraph", styleId=style_id)


def _character(style_id: str, name: str, *rpr: etree._Element,
               base: str = "DefaultParagraphFont") -> etree._Element:
    return w("style", w("name", val=name), w("basedOn", val=base),
             w("uiPriority", val=99), w("unhideWhenUsed"), w("rPr", *rpr),
             type="character", styleId=style_id)


def _justified(lang: str) -> str:
    """Body text is justified, but Chinese is set flush left: LibreOffice 7.4 drops the
    punctuation that ends a justified Chinese line ("、", "。"), and the DOCX must read the
    same in LibreOffice as in Word. An editor may justify it in Word."""
    return "left" if lang == "zh" else "both"
