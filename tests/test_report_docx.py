"""The written DOCX, opened as Word would read it: numbering, footnotes, styles, figures."""
from __future__ import annotations

import os
import re
import subprocess
import zipfile
from datetime import datetime, timezone

import pytest
from docx import Document
from lxml import etree

from conftest import ROOT, docx_notes, docx_part, output

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


@pytest.mark.parametrize("lang", ["zh", "ar", "en"])
def test_font_table_and_theme_name_the_styles_fonts(built, manifest, lang):
    path = output(built, manifest, lang, "docx")
    styles = docx_part(path, "word/styles.xml").find(f".//{W}rPrDefault//{W}rFonts")
    fonts = {v for k, v in styles.attrib.items() if k in (W + "ascii", W + "eastAsia", W + "cs")}
    table = docx_part(path, "word/fontTable.xml")
    assert {f.get(W + "name") for f in table.iter(W + "font")} == fonts
    assert all(f.find(W + "panose1") is not None for f in table.iter(W + "font"))
    theme = docx_part(path, "word/theme/theme1.xml")
    a = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
    minor = theme.find(f".//{a}minorFont")
    assert minor.find(a + "latin").get("typeface") == styles.get(W + "ascii")
    with zipfile.ZipFile(path) as z:
        rels = z.read("word/_rels/document.xml.rels").decode()
    assert 'Target="fontTable.xml"' in rels and 'Target="theme/theme1.xml"' in rels


def test_files_are_dated_by_the_document_unless_source_date_epoch_says(built, manifest):
    if os.environ.get("SOURCE_DATE_EPOCH"):
        when = datetime.fromtimestamp(int(os.environ["SOURCE_DATE_EPOCH"]), timezone.utc)
    else:
        submitted = re.search(r"^submitted: (\S+)", (ROOT / "data/2024/document.yaml")
                              .read_text(encoding="utf-8"), re.M)[1]
        when = datetime.fromisoformat(submitted).replace(tzinfo=timezone.utc)
    core = docx_part(output(built, manifest, "en", "docx"), "docProps/core.xml")
    dates = [e.text for e in core if e.tag.endswith(("created", "modified"))]
    assert dates == [when.strftime("%Y-%m-%dT%H:%M:%SZ")] * 2
    with zipfile.ZipFile(output(built, manifest, "en", "docx")) as z:
        assert {i.date_time for i in z.infolist()} == {when.timetuple()[:6]}
    info = subprocess.run(["pdfinfo", "-isodates", str(output(built, manifest, "en", "pdf"))],
                          capture_output=True, text=True, check=True).stdout
    assert re.search(rf"CreationDate: +{when.strftime('%Y-%m-%dT%H:%M:%S')}", info)


@pytest.mark.parametrize("lang", ["ru", "zh", "ar"])
def test_the_english_masthead_lines_are_tagged_english(built, manifest, lang):
    document = docx_part(output(built, manifest, lang, "docx"), "word/document.xml")
    tagged = ["".join(r.itertext()) for r in document.iter(W + "r")
              if r.find(f"{W}rPr/{W}lang") is not None]
    assert tagged == ["Distr.: General", "20 February 2025", "Original: English"]
    assert all(r.find(f"{W}rPr/{W}lang").get(W + "val") == "en-GB" for r in document.iter(W + "r")
               if r.find(f"{W}rPr/{W}lang") is not None)
