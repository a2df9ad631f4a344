"""The PDF's structure tree, as an assistive reader follows it (tests/pdf_tags.py reads it
with qpdf and pdfminer): footnotes as notes after their paragraphs, paragraphs whole across
pages, no page furniture, tables whole with scoped headers, lists, languages, Arabic in
logical order, and the title as printed."""
from __future__ import annotations

import re

import pikepdf
import pytest
from docx import Document

from conftest import ROOT, output
from pdf_tags import poppler, structure

JOB = "GE.25-04543"
LABEL = re.compile(r"^(\d+)[.-]\s*$")      # a paragraph's number: "1. ", Arabic "1-"


def built_pdf(built, manifest, lang: str, document: str):
    (entry,) = [o for o in manifest["outputs"] if o["lang"] == lang and o["format"] == "pdf"
                and o["document"] == document]
    return built / entry["path"]


@pytest.fixture(scope="module")
def readings(built, manifest):
    """The structure of each report and addendum in English, Chinese and Arabic."""
    return {(lang, document): structure(built_pdf(built, manifest, lang, document))
            for lang in ("en", "zh", "ar") for document in ("report", "addendum")}


def notes_follow_their_calls(document) -> None:
    """Every footnote a Note (an ID, its number as Lbl, its text as P), read right after
    the paragraph or heading that calls it."""
    notes = [e for e in document.walk() if e.tag == "Note"]
    assert [[k.tag for k in n.elements()] for n in notes] == [["Lbl", "P"]] * len(notes)
    assert [n.elements()[0].text().strip() for n in notes] == \
        ["*"] + [str(n) for n in range(1, 81)]
    assert len({n.attrs["ID"] for n in notes}) == len(notes)
    read = document.elements()
    for i, block in enumerate(read):
        if block.tag in ("P", "H1", "H2"):
            called = [e.text().strip() for e in block.walk() if e.tag == "Reference"]
            after = read[i + 1:i + 1 + len(called)]
            assert [(e.tag, e.elements()[0].text().strip()) for e in after] == \
                [("Note", label) for label in called], block.text()[:80]


@pytest.mark.parametrize("lang", ["en", "zh", "ar"])
def test_every_footnote_is_a_note_read_after_the_paragraph_that_calls_it(readings, lang):
    notes_follow_their_calls(readings[lang, "report"])


def test_poppler_reads_each_paragraph_then_its_notes(built, manifest):
    notes_follow_their_calls(poppler(built_pdf(built, manifest, "en", "report")))


@pytest.mark.parametrize("lang", ["en", "zh", "ar"])
def test_a_paragraph_is_one_element_across_pages(readings, lang):
    def first(e) -> str:
        return e.kids[0] if isinstance(e.kids[0], str) else e.kids[0].text()
    numbers = [int(m[1]) for e in readings[lang, "report"].elements()
               if e.tag == "P" and e.kids and (m := LABEL.match(first(e)))]
    assert numbers == list(range(1, 80))


@pytest.mark.parametrize("document", ["report", "addendum"])
@pytest.mark.parametrize("lang", ["en", "zh", "ar"])
def test_page_furniture_is_not_read(readings, lang, document):
    texts = [e.text().strip() for e in readings[lang, document].walk()]
    assert not [t for t in texts if JOB in t]
    symbol = "A/HRC/58/70" + ("/Add.1" if document == "addendum" else "")
    assert texts.count(symbol) == 1          # the masthead's, not every page's running head


@pytest.mark.parametrize("lang", ["en", "zh", "ar"])
def test_one_table_per_table_with_its_head_once(readings, lang):
    from spreport import tree
    from spreport.data.year import load_year
    from spreport.pipeline import document_tree
    doc = document_tree(load_year(ROOT / "data" / "2024", ROOT), "addendum", lang)
    expected = [b for b in tree.blocks(doc) if isinstance(b, tree.Table)]
    tables = [e for e in readings[lang, "addendum"].walk() if e.tag == "Table"]
    assert len(tables) == len(expected)
    for table, source in zip(tables, expected):
        head, body = table.elements()
        assert (head.tag, body.tag) == ("THead", "TBody")
        assert len(head.elements()) == len(source.head)
        assert len(body.elements()) == len(source.body) + len(source.foot)


@pytest.mark.parametrize("lang", ["en", "zh", "ar"])
def test_every_header_cell_is_scoped(readings, lang):
    elements = list(readings[lang, "addendum"].walk())
    headers = [e for e in elements if e.tag == "TH"]
    assert headers and all(e.attrs.get("Scope") in ("Column", "Row") for e in headers)
    for body in (e for e in elements if e.tag == "TBody"):
        for row in body.elements():
            first = row.elements()[0]
            named = not re.fullmatch(r"[\d\s.,%-]*", first.text())
            assert (first.tag, first.attrs.get("Scope")) == (("TH", "Row") if named else
                                                              ("TD", None)), first.text()


@pytest.mark.parametrize("lang", ["zh", "ar"])
def test_the_english_masthead_lines_say_so(readings, lang):
    for document in ("report", "addendum"):
        tagged = [(e.tag, e.text()) for e in readings[lang, document].walk() if "Lang" in e.attrs
                  and e.attrs["Lang"] == "en"]
        assert tagged == [("P", "Distr.: General"), ("P", "20 February 2025"),
                          ("P", "Original: English")]


def test_arabic_text_from_the_tags_reads_in_logical_order(readings):
    texts = [e.text() for e in readings["ar", "report"].walk() if e.tag == "P"]
    assert texts[0].strip() == "الأمم المتحدة"
    assert sum(t.startswith("1- ") for t in texts) == 1
    assert not any("ةدحتملا" in t for t in texts)


def test_each_paragraph_reads_as_in_the_docx_with_the_spaces_line_ends_took(built, manifest,
                                                                               readings):
    def said(e) -> str:           # the calls left out, the space after one kept
        if e.tag == "Reference":
            return " " * e.text().endswith(" ")
        return e.attrs.get("ActualText") or "".join(
            k if isinstance(k, str) else said(k) for k in e.kids)
    spoken = [" ".join(said(e).split()) for e in readings["en", "report"].elements()
              if e.tag == "P"]
    paragraphs = [" ".join(p.text.split()) for p in
                  Document(str(output(built, manifest, "en", "docx"))).paragraphs]
    numbered = re.compile(r"\d+\. ")
    assert [t for t in spoken if numbered.match(t)] == [t for t in paragraphs if numbered.match(t)]


def test_subparagraphs_are_lists(readings):
    lists = [e for e in readings["en", "report"].walk() if e.tag == "L"]
    items = [i for lst in lists for i in lst.elements()]
    assert len(items) == 17 and {i.tag for i in items} == {"LI"}
    assert all([e.tag for e in i.elements()] == ["Lbl", "LBody"] for i in items)
    assert [i.elements()[0].text().strip() for i in items[:3]] == ["(a)", "(b)", "(c)"]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_document_title_is_the_printed_title(built, manifest, readings, lang):
    with pikepdf.open(built_pdf(built, manifest, lang, "report")) as pdf:
        title = str(pdf.docinfo["/Title"])
    (printed,) = [e for e in readings[lang, "report"].walk() if e.tag == "H1"][:1]
    assert title == printed.text().replace("*", "").strip()
