"""The written PDFs, read back with poppler: text, footnotes, running head, fonts."""
from __future__ import annotations

import re
import subprocess

import pytest

from conftest import LANGS, output


def pages(path) -> list[str]:
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", "-layout", str(path), "-"],
                          capture_output=True, text=True, check=True).stdout
    return text.split("\f")


@pytest.mark.parametrize("lang", LANGS)
def test_every_font_is_embedded(built, manifest, lang):
    listing = subprocess.run(["pdffonts", str(output(built, manifest, lang, "pdf"))],
                             capture_output=True, text=True, check=True).stdout
    rows = listing.splitlines()[2:]
    assert rows
    for row in rows:
        assert re.search(r"\byes\s+yes\b", row), row   # embedded and subset


def test_english_pdf_has_footnotes_on_the_page_of_their_call(built, manifest):
    text = pages(output(built, manifest, "en", "pdf"))
    first = text[0]
    assert "1. The present report provides an overview" in re.sub(r"\s+", " ", first)
    page = next(p for p in text if "Ibid., sect. VII." in p)
    assert "yet to accept one." in re.sub(r"\s+", " ", page)


def test_running_head_shows_the_symbol_after_the_first_page(built, manifest):
    text = pages(output(built, manifest, "zh", "pdf"))
    assert "A/HRC/58/70" not in text[0].splitlines()[0]
    assert all("A/HRC/58/70" in p for p in text[1:] if p.strip())
