"""Table properties, for the addendum's tables."""
from __future__ import annotations

from lxml import etree

from .ooxml import w


def table_properties(bidi: bool, style: str | None = None,
                     *props: etree._Element) -> etree._Element:
    """A `w:tblPr`; in a right-to-left document (`bidi`) `w:bidiVisual` puts the first column
    on the right. `props` follow in schema order (tblW, jc, tblInd, tblBorders … tblLook)."""
    return w("tblPr", w("tblStyle", val=style) if style else None,
             w("bidiVisual") if bidi else None, *props)
