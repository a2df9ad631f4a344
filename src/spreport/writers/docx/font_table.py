"""The font table (word/fontTable.xml) and the theme (word/theme/theme1.xml): the fonts the
styles name, with the classification Word writes for each (PANOSE, character set, family,
pitch), by which Word and LibreOffice choose a substitute where a font is missing."""
from __future__ import annotations

from importlib.resources import files
from xml.sax.saxutils import quoteattr

from lxml import etree

from .ooxml import part_root, w
from .styles import BODY_FONT, COMPLEX_SCRIPT_FONT, EAST_ASIAN_FONT

# As Word describes these fonts in the font tables it writes.
FONTS = {
    "Times New Roman": dict(panose="02020603050405020304", charset="00", family="roman"),
    "SimSun": dict(alt="宋体", panose="02010600030101010101", charset="86", family="auto"),
    "Simplified Arabic": dict(panose="02020603050405020304", charset="B2", family="roman"),
}


def font_table_xml(lang: str) -> etree._Element:
    """The fonts of a document in `lang`."""
    return part_root("fonts", *(_font(name) for name in _fonts(lang)))


def theme_xml(lang: str) -> bytes:
    """The theme: its fonts are the styles' fonts, so that Word's theme fonts agree with them."""
    body_font = EAST_ASIAN_FONT.get(lang, "")
    text = files(__package__).joinpath("theme.xml").read_text("utf-8")
    for key, font in (("latin", BODY_FONT), ("east_asian", body_font),
                      ("complex", COMPLEX_SCRIPT_FONT.get(lang, ""))):
        text = text.replace(f'"{{{key}}}"', quoteattr(font))
    return text.encode("utf-8")


def _fonts(lang: str) -> list[str]:
    names = [BODY_FONT, EAST_ASIAN_FONT.get(lang), COMPLEX_SCRIPT_FONT.get(lang)]
    return [name for name in names if name]


def _font(name: str) -> etree._Element:
    facts = FONTS[name]
    return w("font", w("altName", val=facts["alt"]) if "alt" in facts else None,
             w("panose1", val=facts["panose"]), w("charset", val=facts["charset"]),
             w("family", val=facts["family"]), w("pitch", val="variable"), name=name)
