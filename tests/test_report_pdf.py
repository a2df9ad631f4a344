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


def test_first_page_masthead_then_running_heads_and_feet(built, manifest):
    text = [p for p in pages(output(built, manifest, "zh", "pdf")) if p.strip()]
    first = [line for line in text[0].splitlines() if line.strip()]
    assert "联合国" in first[0] and "A/HRC/58/70" in first[0]
    masthead = re.sub(r"\s+", "", text[0])      # the gap beside Latin text is no character
    for words in ("Distr.:General", "Original:English", "人权理事会", "第五十八届会议", "议程项目3", "摘要"):
        assert words in masthead
    assert "GE.25-04543 (C)" in first[-1]
    for number, page in enumerate(text[1:], 2):
        lines = [line for line in page.splitlines() if line.strip()]
        assert lines[0].strip() == "A/HRC/58/70"
        assert re.search(rf"(^{number}\s+GE\.25-04543$)|(^GE\.25-04543\s+{number}$)",
                         lines[-1].strip()), lines[-1]
