"""Write a transformed document tree as PDF with WeasyPrint."""
from __future__ import annotations

import re
from datetime import datetime, timezone
from importlib.resources import files
from pathlib import Path
from urllib.parse import unquote, urlsplit

from weasyprint import CSS, HTML
from weasyprint.urls import URLFetcher, URLFetcherResponse

from spreport.epoch import source_date_epoch
from spreport.tree import Document
from spreport.writers.fonts import check_coverage
from spreport.writers.html import write_html

FIXED_DATE = 946684800  # 2000-01-01T00:00:00Z, used when SOURCE_DATE_EPOCH is unset
MAX_RENDERS = 12
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
    """The document as tagged PDF/UA-1 bytes; the same tree always gives the same bytes.

    WeasyPrint may move a footnote to the page after its call to fit one more
    line; the paragraph holding that line then starts the next page instead,
    and the document is laid out again.
    """
    check_coverage(doc)
    fetcher = LocalFetcher(base_dir)
    css = CSS(string=files(__package__).joinpath("report.css").read_text("utf-8"),
              url_fetcher=fetcher)
    page_breaks: set[str] = set()
    for _ in range(MAX_RENDERS):
        html = write_html(doc, page_breaks)
        document = HTML(string=html, base_url=fetcher.base_dir.as_uri() + "/",
                        url_fetcher=fetcher).render(stylesheets=[css])
        block = _block_to_push(document, re.findall(r'<(h1|h2|p)\b[^>]* id="([^"]+)"', html))
        if block is None or block in page_breaks:
            break
        page_breaks.add(block)
    document.metadata.created = document.metadata.modified = _date()
    return document.write_pdf(pdf_identifier=True, pdf_variant=VARIANT)


def _block_to_push(document, blocks: list[tuple[str, str]]) -> str | None:
    """The block to start a new page with, from (tag, id) pairs in document order.

    That is the last paragraph, with any headings just before it, of the first page
    with a footnote call whose footnote is not on the page. None when there is no
    such page, or when that block is the page's first or began on an earlier page,
    so a page break cannot help.
    """
    anchors = [set(page.anchors) for page in document.pages]
    for number, names in enumerate(anchors):
        calls = {int(m[1]) for name in names if (m := re.fullmatch(r"fnref(\d+)", name))}
        notes = {int(m[1]) for name in names if (m := re.fullmatch(r"fn(\d+)", name))}
        if calls <= notes:
            continue
        on_page = [block for block in blocks if block[1] in names]
        last = len(on_page) - 1
        while last > 0 and on_page[last - 1][0] != "p":
            last -= 1
        if last <= 0 or number and on_page[last][1] in anchors[number - 1]:
            return None
        return on_page[last][1]
    return None


def _date() -> str:
    """SOURCE_DATE_EPOCH, or a fixed date, as a W3C date-time."""
    epoch = source_date_epoch()
    if epoch is None:
        epoch = FIXED_DATE
    return datetime.fromtimestamp(epoch, timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
