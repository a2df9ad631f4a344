"""The written DOCX, opened as Word would read it: numbering, footnotes, styles, figures."""
from __future__ import annotations

import re
import zipfile

import pytest
from docx import Document
from lxml import etree

from conftest import docx_notes, docx_part, output

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def body(path):
    """The body's paragraphs after the masthead, as python-docx reads them."""
    paras = [p for p in Document(str(path)).paragraphs if p.text.strip()]
    first = next(i for i, p in enumerate(paras) if p.style.style_id == "HChG")
    return paras[first:]


def notes(path) -> dict[str, str]:
    return docx_notes(path)


def calls(path) -> list:
    return list(docx_part(path, "word/document.xml").iter(W + "footnoteReference"))


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_paragraphs_are_numbered_through_and_subparagraphs_lettered(built, manifest, lang):
    paras = body(output(built, manifest, lang, "docx"))
    numbers = [int(m[1]) for p in paras if (m := re.match(r"(\d+)\.\t", p.text))]
    assert numbers == list(range(1, 80))
    subs = [p.text[:3] for p in paras if re.match(r"\([a-z]\)\t", p.text)]
    assert len(subs) == 17
    assert subs[:5] == ["(a)", "(b)", "(c)", "(d)", "(e)"]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_eighty_real_footnotes_each_called_once(built, manifest, lang):
    path = output(built, manifest, lang, "docx")
    texts = notes(path)
    assert list(texts) == [str(n) for n in range(1, 81)]
    ids = [c.get(W + "id") for c in calls(path)]
    assert len(ids) == len(set(ids)) == 81                  # and the title's asterisk note
    with zipfile.ZipFile(path) as z:
        footnotes = etree.fromstring(z.read("word/footnotes.xml"))
    assert set(ids) == {n.get(W + "id") for n in footnotes.iter(W + "footnote")
                        if n.get(W + "type") is None}


def test_headings_and_body_use_the_geneva_styles(built, manifest):
    paras = body(output(built, manifest, "en", "docx"))
    styles = {p.style.style_id for p in paras}
    assert styles == {"HChG", "H1G", "SingleTxtG"}
    chapters = [p.text for p in paras if p.style.style_id == "HChG"]
    assert chapters[:2] == ["I.\tIntroduction", "II.\tFacts and figures"]
    assert [c.split("\t")[0] for c in chapters] == ["I.", "II.", "III.", "IV.", "V."]


def test_chinese_labels_fonts_and_figures(built, manifest):
    path = output(built, manifest, "zh", "docx")
    paras = body(path)
    assert paras[0].text == "一.\t导言"
    para8 = next(p.text for p in paras if p.text.startswith("8.\t"))
    assert "1,265人" in para8 and "46.62%" in para8
    with zipfile.ZipFile(path) as z:
        styles = z.read("word/styles.xml").decode()
    assert 'w:eastAsia="SimSun"' in styles


def test_english_notes_follow_english_conventions(built, manifest):
    texts = notes(output(built, manifest, "en", "docx"))
    assert texts["2"] == "A/HRC/58/70/Add.1, sect. II."
    assert texts["4"] == "A/HRC/58/70/Add.1, sects. III and IV."
    assert texts["5"].startswith("Ibid., sect. VII. ")
    assert texts["16"] == "A/HRC/57/50 and A/79/180."
    assert texts["70"] == "A/HRC/58/70/Add.1, sects. III–X."


def test_english_text_uses_un_style_figures(built, manifest):
    text = "\n".join(p.text for p in body(output(built, manifest, "en", "docx")))
    assert "46.62 per cent" in text
    assert "1,265 individuals" in text
    assert "Vanuatu" in text


def test_symbols_link_to_the_official_document_system(built, manifest):
    path = output(built, manifest, "zh", "docx")
    with zipfile.ZipFile(path) as z:
        rels = z.read("word/_rels/footnotes.xml.rels").decode()
    assert 'Target="https://docs.un.org/zh/A/HRC/56/46"' in rels
    assert 'Target="https://www.ohchr.org/zh/special-procedures-human-rights-council"' in rels


def test_masthead_heads_and_feet_of_the_english_report(built, manifest):
    path = output(built, manifest, "en", "docx")
    with zipfile.ZipFile(path) as z:
        parts = {name: z.read(name).decode() for name in z.namelist()}
    document = re.sub(r"<[^>]+>", "", parts["word/document.xml"])
    for words in ("United Nations", "A/HRC/58/70", "General Assembly", "Distr.: General",
                  "20 February 2025", "Original: English", "Human Rights Council",
                  "Fifty-eighth session", "24 February–4 April 2025", "Agenda item 3",
                  "Thirtieth annual meeting", "Summary"):
        assert words in document
    assert "<w:evenAndOddHeaders/>" in parts["word/settings.xml"]
    assert "<w:titlePg/>" in parts["word/document.xml"]
    heads = [re.sub(r"<[^>]+>", "", text).strip() for name, text in parts.items()
             if name.startswith("word/header")]
    feet = {name: text for name, text in parts.items() if name.startswith("word/footer")}
    assert sorted(heads) == ["", "A/HRC/58/70", "A/HRC/58/70"]
    feet_text = sorted(re.sub(r"<[^>]+>", "", text).strip() for text in feet.values())
    assert "GE.25-04543 (E)" in feet_text
    assert sum("PAGE" in text for text in feet.values()) == 2
