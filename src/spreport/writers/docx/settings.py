"""settings.xml: tab grid, distinct heads on even pages, footnote separators and compatibility
mode."""
from __future__ import annotations

from lxml import etree

from .ooxml import part_root, w

WORD_URI = "http://schemas.microsoft.com/office/word"


def settings_xml() -> etree._Element:
    """Default tabs every 567 twips (1 cm), so a label's tab reaches the next centimetre."""
    return part_root(
        "settings",
        w("defaultTabStop", val=567),
        w("evenAndOddHeaders"),
        w("characterSpacingControl", val="doNotCompress"),
        w("footnotePr", w("footnote", id=-1), w("footnote", id=0)),
        w("compat", w("compatSetting", name="compatibilityMode", uri=WORD_URI, val=15)))
