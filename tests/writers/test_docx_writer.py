"""The DOCX writer: structure, real footnotes, links, fonts, order of XML children, reproducibility."""
from __future__ import annotations

import io
import json
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import docx
import pytest
from lxml import etree

from clients import libreoffice_pdf
from spreport.tree import (Chapter, Document, Emphasis, Footnote, Link, Paragraph, Section,
                           Subparagraph, Symbol, Text)
from spreport.writers.docx import write_docx
from spreport.writers.docx.tables import table_properties

from table_document import STATES, table_document

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
PR = "{http://schemas.openxmlformats.org/package/2006/relationships}"
DOCX_TEXT = Path(__file__).resolve().parents[3] / "shared" / "tools" / "docx_text.py"
SYMBOL_HREF = "https://docs.un.org/zh/A/HRC/56/46"
SITE = "https://www.ohchr.org/zh/special-procedures-human-rights-council"

# WordprocessingML sequences (ECMA-376) of the elements the writer emits
ORDER = {
    "pPr": "pStyle keepNext keepLines pageBreakBefore widowControl numPr pBdr tabs bidi spacing "
           "ind contextualSpacing jc outlineLvl rPr",
    "pBdr": "top left bottom right between bar",
    "rPr": "rStyle rFonts b bCs i iCs caps color sz szCs u vertAlign rtl lang",
    "style": "name aliases basedOn next link uiPriority semiHidden unhideWhenUsed qFormat pPr rPr",
    "sectPr": "headerReference footerReference footnotePr type pgSz pgMar cols titlePg bidi "
              "docGrid",
    "tblPr": "tblStyle tblpPr tblOverlap bidiVisual tblStyleRowBandSize tblStyleColBandSize tblW jc "
             "tblCellSpacing tblInd tblBorders shd tblLayout tblCellMar tblLook",
    "tbl": "tblPr tblGrid tr",
    "tr": "tblPrEx trPr tc",
    "trPr": "cnfStyle divId gridBefore gridAfter wBefore wAfter cantSplit trHeight tblHeader",
    "tc": "tcPr p",
    "tcPr": "cnfStyle tcW gridSpan hMerge vMerge tcBorders shd noWrap tcMar textDirection "
            "tcFitText vAlign hideMark",
    "tcBorders": "top start left bottom end right insideH insideV",
    "tblBorders": "top start left bottom end right insideH insideV",
    "tblCellMar": "top start left bottom end right",
    "settings": "zoom defaultTabStop evenAndOddHeaders characterSpacingControl footnotePr "
                "endnotePr compat",
    "docDefaults": "rPrDefault pPrDefault",
}


def chinese_report() -> Document:
    """一. 导言: paragraph 1 with two notes (the second holds a link) and subparagraph (a);
    A. 新任务: paragraph 2 with a linked symbol and a note that is a linked symbol."""
    note1 = Footnote([Text("阿拉伯叙利亚共和国人权状况特别报告员的任务。")], number=1, label="1")
    note2 = Footnote([Text("见 "), Link(SITE, [Text(SITE)]), Text("。")], number=2, label="2")
    note3 = Footnote([Symbol(SYMBOL_HREF, [Text("A/HRC/56/46")], symbol="A/HRC/56/46"), Text(".")],
                     number=3, label="3")
    sub = Subparagraph([Text("见 "), Emphasis([Text("年度报告")]), Text("；")], label="(a)")
    para1 = Paragraph([Text("特别程序机制目前有 88 个任务负责人职位"), note1,
                       Text("，其中有 87 名在职任务负责人。"), note2],
                      subparagraphs=[sub], number=1, label="1.")
    para2 = Paragraph([Text("报告载于 "),
                       Symbol(SYMBOL_HREF, [Text("A/HRC/56/46")], symbol="A/HRC/56/46"),
                       Text("。"), note3], number=2, label="2.")
    chapter = Chapter("intro", [Text("导言")],
                      [para1, Section("new", [Text("新任务")], [para2], label="A.")], label="一.")
    return Document("report", "A/HRC/58/70", "zh", "特别程序报告", [chapter])


def english_report() -> Document:
    """I. Introduction: paragraph 1 with a note whose link is in italics."""
    link = Link("https://docs.un.org/en/A/HRC/56/46", [Text("A/HRC/56/46")])
    note = Footnote([Text("See "), Emphasis([link]), Text(".")], number=1, label="1")
    para = Paragraph([Text("The mechanism has 88 positions."), note], number=1, label="1.")
    return Document("report", "A/HRC/58/70", "en", "Report of the special procedures",
                    [Chapter("intro", [Text("Introduction")], [para], label="I.")])


ADD1 = "A/HRC/58/70/Add.1"
ARABIC = re.compile("[\u0600-\u06ff]")


def arabic_report() -> Document:
    """أولاً- مقدمة / ألف- الولايات الجديدة: paragraph 1- with a linked symbol, a note citing the
    addendum and subparagraph (أ)."""
    add1 = Symbol(f"https://docs.un.org/ar/{ADD1}", [Text(ADD1)], symbol=ADD1)
    note = Footnote([add1, Text("، الفرع الثاني.")], number=1, label="1")
    sub = Subparagraph([Text("تقديم "), Emphasis([Text("التقرير السنوي")]), Text("؛")], label="(أ)")
    para = Paragraph([Text("يرد التقرير في الوثيقة "),
                      Symbol("https://docs.un.org/ar/A/HRC/56/46", [Text("A/HRC/56/46")],
                             symbol="A/HRC/56/46"), Text("."), note],
                     subparagraphs=[sub], number=1, label="1-")
    section = Section("new", [Text("الولايات الجديدة")], [para], label="ألف-")
    return Document("report", "A/HRC/58/70", "ar", "تقرير الإجراءات الخاصة",
                    [Chapter("intro", [Text("مقدمة")], [section], label="أولاً-")])


def _parts(data: bytes) -> dict[str, etree._Element]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return {name: etree.fromstring(zf.read(name)) for name in zf.namelist()}


@pytest.fixture(scope="module")
def ar_parts() -> dict[str, etree._Element]:
    return _parts(write_docx(arabic_report()))


@pytest.fixture(scope="module")
def zh_bytes() -> bytes:
    return write_docx(chinese_report())


@pytest.fixture(scope="module")
def parts(zh_bytes) -> dict[str, etree._Element]:
    return _parts(zh_bytes)


def _rels(parts, name: str) -> dict[str, tuple[str, str, str | None]]:
    return {r.get("Id"): (r.get("Type").rsplit("/", 1)[1], r.get("Target"), r.get("TargetMode"))
            for r in parts[name].iter(PR + "Relationship")}


def _notes(parts) -> dict[str, etree._Element]:
    return {n.get(W + "id"): n for n in parts["word/footnotes.xml"].iter(W + "footnote")}


def test_body_paragraphs_carry_labels_and_styles(zh_bytes):
    paras = [(p.style.style_id, p.text) for p in docx.Document(io.BytesIO(zh_bytes)).paragraphs]
    assert paras == [
        ("HChG", "一.\t导言"),
        ("SingleTxtG", "1.\t特别程序机制目前有 88 个任务负责人职位，其中有 87 名在职任务负责人。"),
        ("SingleTxtG", "(a)\t见 年度报告；"),
        ("H1G", "A.\t新任务"),
        ("SingleTxtG", "2.\t报告载于 A/HRC/56/46。"),
    ]


def test_subparagraph_is_indented_further(zh_bytes):
    document = docx.Document(io.BytesIO(zh_bytes))
    body = document.styles["_ Single Txt_G"].paragraph_format.left_indent
    sub = document.paragraphs[2].paragraph_format.left_indent
    assert sub > body


def test_styles_are_defined_with_their_ids(zh_bytes):
    styles = {s.style_id: s for s in docx.Document(io.BytesIO(zh_bytes)).styles}
    assert styles["HChG"].name == "_ H _Ch_G" and styles["HChG"].font.bold
    assert styles["HChG"].font.size.pt == 13
    assert styles["H1G"].name == "_ H_1_G" and styles["H1G"].font.size.pt == 12
    assert styles["SingleTxtG"].paragraph_format.left_indent.twips == 1134
    assert styles["FootnoteText"].font.size.pt == 9
    assert styles["FootnoteReference"].font.superscript
    assert styles["Hyperlink"].font.underline


def test_footnotes_part_is_related_and_typed(parts):
    types = {o.get("PartName"): o.get("ContentType") for o in parts["[Content_Types].xml"]}
    assert types["/word/footnotes.xml"].endswith("wordprocessingml.footnotes+xml")
    kinds = {kind: target for kind, target, _ in _rels(parts, "word/_rels/document.xml.rels").values()}
    assert kinds["footnotes"] == "footnotes.xml"


def test_footnotes_hold_separators_then_notes_in_order(parts):
    notes = list(parts["word/footnotes.xml"])
    assert [(n.get(W + "id"), n.get(W + "type")) for n in notes[:2]] == [
        ("-1", "separator"), ("0", "continuationSeparator")]
    texts = {n.get(W + "id"): "".join(n.itertext()) for n in notes[2:]}
    assert texts == {"1": "阿拉伯叙利亚共和国人权状况特别报告员的任务。",
                     "2": f"见 {SITE}。", "3": "A/HRC/56/46."}
    for note in notes[2:]:
        p = note.find(W + "p")
        assert p.find(f"{W}pPr/{W}pStyle").get(W + "val") == "FootnoteText"
        first = p.find(W + "r")
        assert first.find(f"{W}rPr/{W}rStyle").get(W + "val") == "FootnoteReference"
        assert first.find(W + "footnoteRef") is not None


def test_every_call_has_its_note(parts):
    calls = [r.getparent() for r in parts["word/document.xml"].iter(W + "footnoteReference")]
    ids = [r.find(W + "footnoteReference").get(W + "id") for r in calls]
    assert ids == ["1", "2", "3"]
    assert set(ids) <= set(_notes(parts))
    assert all(r.find(f"{W}rPr/{W}rStyle").get(W + "val") == "FootnoteReference" for r in calls)


def test_links_in_body_and_notes_resolve_to_their_targets(parts):
    for part, rels, want in [("word/document.xml", "word/_rels/document.xml.rels", [SYMBOL_HREF]),
                             ("word/footnotes.xml", "word/_rels/footnotes.xml.rels",
                              [SITE, SYMBOL_HREF])]:
        table = _rels(parts, rels)
        links = list(parts[part].iter(W + "hyperlink"))
        assert [table[h.get(R + "id")] for h in links] == [("hyperlink", t, "External") for t in want]
        for h in links:
            assert {s.get(W + "val") for s in h.iter(W + "rStyle")} == {"Hyperlink"}


def test_emphasis_is_italic_by_its_style(zh_bytes):
    runs = docx.Document(io.BytesIO(zh_bytes)).paragraphs[2].runs
    emphasis = [r for r in runs if r.style.style_id == "Emphasis"]
    assert [r.text for r in emphasis] == ["年度报告"] and emphasis[0].style.font.italic


def test_chinese_fonts_and_language_are_document_defaults(parts):
    rpr = parts["word/styles.xml"].find(f"{W}docDefaults/{W}rPrDefault/{W}rPr")
    fonts, lang = rpr.find(W + "rFonts"), rpr.find(W + "lang")
    assert (fonts.get(W + "ascii"), fonts.get(W + "hAnsi"), fonts.get(W + "eastAsia")) == (
        "Times New Roman", "Times New Roman", "SimSun")
    assert lang.get(W + "eastAsia") == "zh-CN"
    assert not list(parts["word/document.xml"].iter(W + "rFonts"))


def test_english_has_no_east_asian_font():
    with zipfile.ZipFile(io.BytesIO(write_docx(english_report()))) as zf:
        styles = etree.fromstring(zf.read("word/styles.xml"))
    fonts = styles.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}rFonts")
    assert fonts.get(W + "eastAsia") is None and fonts.get(W + "ascii") == "Times New Roman"
    assert styles.find(f".//{W}lang").get(W + "val") == "en-GB"


def test_arabic_paragraphs_are_right_to_left(ar_parts):
    body = list(ar_parts["word/document.xml"].iter(W + "p"))
    notes = list(ar_parts["word/footnotes.xml"].iter(W + "p"))
    assert len(body) == 4 and len(notes) == 3  # two separators and the note
    assert all(p.find(f"{W}pPr/{W}bidi") is not None for p in body + notes)
    assert ar_parts["word/document.xml"].find(f"{W}body/{W}sectPr/{W}bidi") is not None


def test_arabic_runs_are_rtl_but_symbols_are_not(ar_parts):
    runs = [r for part in ("word/document.xml", "word/footnotes.xml")
            for r in ar_parts[part].iter(W + "r")]
    rtl = {"".join(r.itertext()): r.find(f"{W}rPr/{W}rtl") is not None for r in runs}
    assert rtl["أولاً-"] and rtl["مقدمة"] and rtl["1-"] and rtl["(أ)"] and rtl["، الفرع الثاني."]
    assert rtl["."]  # a full stop after a symbol follows the paragraph
    assert not rtl[ADD1] and not rtl["A/HRC/56/46"]
    assert all(rtl[text] for text in rtl if ARABIC.search(text))


def test_arabic_complex_script_font_sizes_and_language(ar_parts):
    styles = ar_parts["word/styles.xml"]
    rpr = styles.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr")
    assert rpr.find(W + "rFonts").get(W + "cs") == "Simplified Arabic"
    assert rpr.find(W + "lang").get(W + "bidi") == "ar-SA"
    for props in styles.iter(W + "rPr"):
        sz, sz_cs = props.find(W + "sz"), props.find(W + "szCs")
        assert (sz is None) == (sz_cs is None)
        assert sz is None or sz.get(W + "val") == sz_cs.get(W + "val")
    assert rpr.find(W + "szCs") is not None
    assert not list(ar_parts["word/document.xml"].iter(W + "rFonts"))


def test_arabic_section_label_has_room(ar_parts):
    styles = {s.get(W + "styleId"): s for s in ar_parts["word/styles.xml"].iter(W + "style")}
    assert int(styles["H1G"].find(f"{W}pPr/{W}ind").get(W + "hanging")) > 567


def test_left_to_right_documents_have_no_bidi(parts):
    for root in parts.values():
        assert not list(root.iter(W + "bidi", W + "rtl"))


@pytest.mark.parametrize("lang, tag", [("ru", "ru-RU"), ("fr", "fr-FR"), ("es", "es-ES")])
def test_language_tags_and_fonts(lang, tag):
    doc = english_report()
    doc.lang = lang
    styles = _parts(write_docx(doc))["word/styles.xml"]
    rpr = styles.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr")
    assert rpr.find(W + "lang").get(W + "val") == tag
    fonts = rpr.find(W + "rFonts")
    assert {fonts.get(W + k) for k in ("ascii", "hAnsi", "cs")} == {"Times New Roman"}


def test_table_properties_mirror_columns_in_arabic():
    rtl = table_properties(True, "TableGrid")
    assert [etree.QName(c).localname for c in rtl] == ["tblStyle", "bidiVisual"]
    assert table_properties(False).find(W + "bidiVisual") is None


@pytest.fixture(scope="module")
def table_parts() -> dict[str, dict[str, etree._Element]]:
    return {lang: _parts(write_docx(table_document(lang))) for lang in ("en", "ar")}


def _table(parts) -> etree._Element:
    (table,) = parts["word/document.xml"].iter(W + "tbl")
    return table


def _style(p: etree._Element) -> str:
    return p.find(f"{W}pPr/{W}pStyle").get(W + "val")


def test_table_head_rows_repeat_and_no_row_splits(table_parts):
    rows = _table(table_parts["en"]).findall(W + "tr")
    assert len(rows) == 2 + STATES + 1
    assert [r.find(f"{W}trPr/{W}tblHeader") is not None for r in rows] == [True, True] + [
        False] * (STATES + 1)
    assert all(r.find(f"{W}trPr/{W}cantSplit") is not None for r in rows)
    styles = [{_style(p) for p in r.iter(W + "p")} for r in rows]
    assert styles == [{"TableHead"}] * 2 + [{"TableText"}] * STATES + [{"TableTotal"}]


def test_table_spans_the_text_block_with_its_grid(table_parts):
    table = _table(table_parts["en"])
    props = table.find(W + "tblPr")
    assert props.find(W + "tblW").get(W + "w") == "7370"  # A4 less margins and text indents
    assert props.find(W + "tblInd").get(W + "w") == "1134"
    grid = [int(c.get(W + "w")) for c in table.iter(W + "gridCol")]
    assert len(grid) == 4 and sum(grid) == 7370 and grid[0] > sum(grid[1:])
    spanning = table.find(W + "tr").findall(W + "tc")[1]
    assert spanning.find(f"{W}tcPr/{W}gridSpan").get(W + "val") == "2"
    assert spanning.find(f"{W}tcPr/{W}tcW").get(W + "w") == str(grid[1] + grid[2])
    assert "".join(spanning.itertext()) == "Communications"


def test_table_figures_align_to_the_end(table_parts):
    rows = _table(table_parts["en"]).findall(W + "tr")
    for row in rows[1:]:
        jc = [p.find(f"{W}pPr/{W}jc").get(W + "val") for p in row.iter(W + "p")]
        assert jc == ["start", "end", "end", "end"]


def test_table_rules_above_and_below_the_head_above_totals_and_at_the_bottom(table_parts):
    def rules(row):
        return {tuple(etree.QName(b).localname for b in c.iterfind(f"{W}tcPr/{W}tcBorders/*"))
                for c in row.findall(W + "tc")}
    rows = _table(table_parts["en"]).findall(W + "tr")
    assert rules(rows[0]) == {("top",), ("top", "bottom")}  # "Communications" ruled below
    assert rules(rows[1]) == {("bottom",)}
    assert all(rules(row) == {()} for row in rows[2:-1])
    assert rules(rows[-1]) == {("top", "bottom")}
    assert _table(table_parts["en"]).find(f"{W}tblPr/{W}tblBorders") is None  # no vertical lines


def test_table_notes_follow_the_table_with_their_letters(table_parts):
    table = _table(table_parts["en"])
    notes = [table.getnext(), table.getnext().getnext()]
    assert [_style(p) for p in notes] == ["TableNote", "TableNote"]
    assert ["".join(p.itertext()) for p in notes] == [
        "a Joint communication with another mandate.", "b Replies received by 31 December 2024."]
    rows = table.findall(W + "tr")
    for row, cell, text in ((1, 2, "Repliedb"), (4, 0, "Afghanistana")):
        tc = rows[row].findall(W + "tc")[cell]
        assert "".join(tc.itertext()) == text
        assert tc.findall(f".//{W}r")[-1].find(f"{W}rPr/{W}rStyle").get(W + "val") == (
            "TableNoteReference")
    styles = table_parts["en"]["word/styles.xml"]
    ids = {s.get(W + "styleId") for s in styles.iter(W + "style")}
    assert {"TableText", "TableHead", "TableTotal", "TableNote", "TableNoteReference"} <= ids


def test_table_without_body_rows_keeps_its_ruled_head():
    doc = table_document("en")
    table = doc.children[0].children[0].children[1]
    table.body, table.foot, table.notes = [], [], []
    rows = _table(_parts(write_docx(doc))).findall(W + "tr")
    assert len(rows) == 2 and all(r.find(f"{W}trPr/{W}tblHeader") is not None for r in rows)
    assert {etree.QName(b).localname for b in rows[1].iterfind(f".//{W}tcBorders/*")} == {"bottom"}


def test_arabic_table_is_mirrored(table_parts):
    table = _table(table_parts["ar"])
    assert table.find(f"{W}tblPr/{W}bidiVisual") is not None
    assert all(p.find(f"{W}pPr/{W}bidi") is not None for p in table.iter(W + "p"))
    notes = [table.getnext(), table.getnext().getnext()]
    assert all(p.find(f"{W}pPr/{W}bidi") is not None for p in notes)
    assert ["".join(p.itertext())[:2] for p in notes] == ["أ ", "ب "]
    assert not list(table_parts["en"]["word/document.xml"].iter(W + "bidiVisual", W + "bidi"))


def test_page_is_a4(parts):
    size = parts["word/document.xml"].find(f"{W}body/{W}sectPr/{W}pgSz")
    assert (size.get(W + "w"), size.get(W + "h")) == ("11906", "16838")


def test_children_follow_schema_order(parts, ar_parts, table_parts):
    parts = parts | {"ar/" + n: root for n, root in ar_parts.items()}
    parts |= {f"table-{lang}/{n}": root for lang, p in table_parts.items() for n, root in p.items()}
    parts |= {"en/" + n: root for n, root in _parts(write_docx(english_report())).items()}
    parts["tblPr"] = table_properties(True, "TableGrid")
    for name, root in parts.items():
        for el in root.iter(W + "*"):
            sequence = ORDER.get(etree.QName(el).localname)
            if sequence is None:
                continue
            rank = {tag: i for i, tag in enumerate(sequence.split())}
            seen = [etree.QName(c).localname for c in el]
            assert set(seen) <= set(rank), (name, seen)
            assert seen == sorted(seen, key=rank.get), (name, seen)


def test_output_is_reproducible(zh_bytes, monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    assert write_docx(chinese_report()) == zh_bytes
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1735689600")  # 2025-01-01
    dated = write_docx(chinese_report())
    assert dated == write_docx(chinese_report())
    with zipfile.ZipFile(io.BytesIO(dated)) as zf:
        assert {i.date_time for i in zf.infolist()} == {(2025, 1, 1, 0, 0, 0)}
    props = docx.Document(io.BytesIO(dated)).core_properties
    assert props.created.year == props.modified.year == 2025
    assert (props.title, props.author, props.last_modified_by) == (
        "特别程序报告", "United Nations", "United Nations")


@pytest.mark.skipif(not DOCX_TEXT.exists(), reason="shared/tools not beside the repository")
def test_reference_tool_reads_notes_in_order(zh_bytes, tmp_path):
    path = tmp_path / "report.docx"
    path.write_bytes(zh_bytes)
    out = json.loads(subprocess.run([sys.executable, str(DOCX_TEXT), str(path)], check=True,
                                    capture_output=True, text=True).stdout)
    assert [(f["n"], f["id"], f["text"].strip()) for f in out["footnotes"]] == [
        (1, "1", "阿拉伯叙利亚共和国人权状况特别报告员的任务。"), (2, "2", f"见 {SITE}。"),
        (3, "3", "A/HRC/56/46.")]
    assert out["paragraphs"][1]["offsets"] == [21, 36]


@pytest.mark.skipif(not (shutil.which("soffice") and shutil.which("pdftotext")),
                    reason="LibreOffice or poppler not installed")
def test_libreoffice_puts_notes_at_the_page_foot(zh_bytes, tmp_path):
    pdf = libreoffice_pdf(zh_bytes, tmp_path)
    text = subprocess.run(["pdftotext", str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout
    last_body = text.index("报告载于")
    assert last_body < text.index("阿拉伯叙利亚共和国人权状况") < text.index(SITE)


@pytest.mark.skipif(not (shutil.which("soffice") and shutil.which("pdftotext")),
                    reason="LibreOffice or poppler not installed")
def test_libreoffice_repeats_the_table_head(tmp_path):
    pdf = libreoffice_pdf(write_docx(table_document("en")), tmp_path)
    pages = subprocess.run(["pdftotext", "-raw", str(pdf), "-"], check=True,
                           capture_output=True, text=True).stdout.split("\f")[:-1]
    assert len(pages) >= 2
    assert all(re.search(r"State\s+Sent\s+Repliedb\s+Visits", page) for page in pages)
    assert "".join(pages).count("Total") == 1
