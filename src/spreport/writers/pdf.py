"""Write a transformed document tree as PDF with WeasyPrint."""
from __future__ import annotations

from datetime import date, datetime, timezone
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from urllib.parse import unquote, urlsplit

import weasyprint.pdf
from weasyprint import CSS, HTML
from weasyprint.urls import URLFetcher, URLFetcherResponse

from spreport.epoch import document_time
from spreport.tree import Document
from spreport.writers import pdf_structure, weasyprint_fixes
from spreport.writers.fonts import check_coverage
from spreport.writers.html import write_html

weasyprint_fixes.apply()
weasyprint.pdf.add_tags = pdf_structure.add_tags   # the document's structure tree, whole

FIXED_DATE = datetime(2000, 1, 1, tzinfo=timezone.utc)  # with neither epoch nor date
VARIANT = "pdf/ua-1"  # tagged, with the language, title and outline a reader needs


class LocalFetcher(URLFetcher):
    """Fetch only `file:` URLs of files below `base_dir`; refuse everything else."""

    def __init__(self, base_dir: Path):
        super().__init__(fail_on_errors=True)
        self.base_dir = Path(base_dir).resolve()

    def fetch(self, url, headers=None):
        parts = urlsplit(url)
        if parts.scheme != "file" or parts.netloc not in ("", "localhost"):
            raise PermissionError(f"refused URL {url!r}: only local files are allowed")
        path = Path(unquote(parts.path)).resolve()
        if not path.is_relative_to(self.base_dir):
            raise PermissionError(f"refused URL {url!r}: outside {self.base_dir}")
        return URLFetcherResponse(path.as_uri(), path.read_bytes())


def write_pdf(doc: Document, base_dir: Path) -> bytes:
    """The document as tagged PDF/UA-1 bytes, laid out once; the same tree always gives the
    same bytes. Each footnote stays on the page of its call (report.css, footnote-policy,
    with weasyprint_fixes)."""
    check_coverage(doc)
    fetcher = LocalFetcher(base_dir)
    document = HTML(string=write_html(doc), base_url=fetcher.base_dir.as_uri() + "/",
                    url_fetcher=fetcher).render(stylesheets=[_stylesheet()])
    document.metadata.created = document.metadata.modified = _date(doc.issued)
    return document.write_pdf(pdf_identifier=True, pdf_variant=VARIANT)


@lru_cache(maxsize=None)
def _stylesheet() -> CSS:
    """report.css, parsed once per process (it fetches nothing)."""
    return CSS(string=files(__package__).joinpath("report.css").read_text("utf-8"))


def _date(issued: date | None) -> str:
    """SOURCE_DATE_EPOCH, else the document's date (`issued`), else a fixed date, as a W3C
    date-time."""
    return (document_time(issued) or FIXED_DATE).strftime("%Y-%m-%dT%H:%M:%SZ")
