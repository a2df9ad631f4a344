"""Core and extended document properties, dated reproducibly."""
from __future__ import annotations

from datetime import date, datetime, timezone
from xml.sax.saxutils import escape

from spreport.epoch import document_time
from .ooxml import declared

EPOCH_1980 = datetime(1980, 1, 1, tzinfo=timezone.utc)
AUTHOR = "United Nations"

CORE = ('<cp:coreProperties'
        ' xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"'
        ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"'
        ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        "<dc:title>{title}</dc:title><dc:subject>{symbol}</dc:subject>"
        "<dc:creator>{author}</dc:creator><cp:lastModifiedBy>{author}</cp:lastModifiedBy>"
        "<cp:revision>1</cp:revision><dc:language>{lang}</dc:language>"
        '<dcterms:created xsi:type="dcterms:W3CDTF">{date}</dcterms:created>'
        '<dcterms:modified xsi:type="dcterms:W3CDTF">{date}</dcterms:modified>'
        "</cp:coreProperties>")

APP = ('<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
       "<Application>spreport</Application><Company>United Nations</Company></Properties>")


def stamp(issued: date | None = None) -> datetime:
    """SOURCE_DATE_EPOCH, else the document's date (`issued`), else 1980-01-01: never before
    1980, the zip format's start."""
    return max(document_time(issued) or EPOCH_1980, EPOCH_1980)


def core_xml(title: str, symbol: str, lang: str, when: datetime) -> bytes:
    """docProps/core.xml: title, symbol as subject, a fixed author and date."""
    return declared(CORE.format(title=escape(title), symbol=escape(symbol), author=AUTHOR,
                                lang=escape(lang), date=when.strftime("%Y-%m-%dT%H:%M:%SZ")))


def app_xml() -> bytes:
    """docProps/app.xml."""
    return declared(APP)

