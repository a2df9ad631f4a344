"""The DOCX page furniture: the first page's masthead with its asterisk note, running heads
and feet with a PAGE field and the job number, the styles behind them, Arabic mirrored."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest
from lxml import etree

from clients import libreoffice_pdf
from spreport.tree import Footnote, Masthead, Paragraph, Text
from spreport.writers.docx import write_docx

from test_docx_writer import (DOCX_TEXT, ORDER, W, _parts, _rels, arabic_report,
                              chinese_report, english_report)

R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
JOB = "GE.25-04543"
STAR_NOTE = "The present report was submitted after the deadline."
WORDS = {
    "en": ("General Assembly", "Distr.: General", "20 February 2025", "Original: English",
           ["Human Rights Council", "Fifty-eighth session", "24 February–4 April 2025",
            "Agenda item 3"], "Promotion and protection of all human rights",
           "Thirtieth annual meeting of special rapporteurs", STAR_NOTE,
           "Report of the Coordination Committee of Special Procedures", "Summary",
           "The present report contains facts and figures.", "United Nations", "E"),
    "ar": ("الجمعية العامة", "Distr.: General", "20 February 2025", "Original: English",
           ["مجلس حقوق الإنسان", "الدورة الثامنة والخمسون", "البند 3 من جدول الأعمال"],
           "تعزيز وحماية جميع حقوق الإنسان", "الاجتماع السنوي الثلاثون للمقررين الخاصين",
           "قُدِّم هذا التقرير بعد الموعد المحدد.", "تقرير لجنة التنسيق للإجراءات الخاصة", "موجز",
           "يتضمن هذا التقرير وقائع وأرقاماً.", "الأمم المتحدة", "A"),
}


def with_masthead(doc, lang: str):
    """`doc` with the masthead of its language, a title with an asterisk note, and job number."""
    (organ, distr, date, original, meeting, agenda, title, note, subtitle, heading, summary,
     un, letter) = WORDS[lang]
    doc.masthead = Masthead(organ, distr, date, original, meeting, agenda,
                            [Text(title), Footnote([Text(note)], label="*")], [Text(subtitle)],
                            heading, [[Text(summary)]], un)
    doc.job_number, doc.job_language = JOB, letter
    return doc


@pytest.fixture(scope="module")
def en():
    return _parts(write_docx(with_masthead(english_report(), "en")))


@pytest.fixture(scope="module")
def ar():
    return _parts(write_docx(with_masthead(arabic_report(), "ar")))


def _text(el) -> str:
    """Text with tabs, as Word shows it."""
    return "".join("\t" if e.tag == W + "tab" else e.text or ""
                   for r in el.iter(W + "r") for e in r.iterchildren(W + "t", W + "tab"))


def _style(p) -> str | None:
    style = p.find(f"{W}pPr/{W}pStyle")
    return None if style is None else style.get(W + "val")


def test_masthead_precedes_the_body_in_reading_order(en):
    paras = [(_style(p), _text(p)) for p in en["word/document.xml"].iter(W + "p")]
    (organ, distr, date, original, meeting, agenda, title, _, subtitle, heading, summary, un,
     _) = WORDS["en"]
    assert paras[:14] == [
        ("MastheadUN", un), ("MastheadSymbol", "A/HRC/58/70"), ("MastheadOrgan", organ),
        ("MastheadDistribution", distr), ("MastheadDistribution", date),
        ("MastheadDistribution", original), ("MastheadCouncil", meeting[0]),
        *[("MastheadMeeting", line) for line in meeting[1:]], ("MastheadAgendaTitle", agenda),
        ("MastheadTitle", title + "*"), ("MastheadSubtitle", subtitle),
        ("SummaryHeading", heading)]
    assert paras[14:16] == [("SummaryText", summary), ("HChG", "I.\tIntroduction")]


def test_masthead_tables_the_rule_and_the_summary_box(en):
    top, box = en["word/document.xml"].iter(W + "tbl")
    rules = [b.get(W + "sz") for b in top.iterfind(f"{W}tr/{W}tc/{W}tcPr/{W}tcBorders/{W}bottom")]
    assert rules == ["16", "16"]  # a 2 pt rule under "United Nations" and the symbol
    assert top.find(f"{W}tblPr/{W}tblBorders") is None
    sides = {etree.QName(b).localname for b in box.iterfind(f"{W}tblPr/{W}tblBorders/*")}
    assert sides == {"top", "left", "bottom", "right"}
    widths = [sum(int(c.get(W + "w")) for c in t.iter(W + "gridCol")) for t in (top, box)]
    assert widths == [9638, 9638]  # margin to margin


def test_title_calls_its_asterisk_note(en):
    title = next(p for p in en["word/document.xml"].iter(W + "p") if _style(p) == "MastheadTitle")
    ref = title.find(f".//{W}footnoteReference")
    assert ref.get(W + "customMarkFollows") == "1"
    call, mark = ref.getparent(), ref.getparent().getnext()
    assert _text(mark) == "*"
    assert {r.find(f"{W}rPr/{W}rStyle").get(W + "val") for r in (call, mark)} == {
        "FootnoteReference"}
    note = next(n for n in en["word/footnotes.xml"] if n.get(W + "id") == ref.get(W + "id"))
    first = note.find(f"{W}p/{W}r")
    assert first.find(W + "footnoteRef") is None and _text(first) == "*"
    assert _text(note) == "*\t" + STAR_NOTE


def test_note_ids_follow_the_calls(en):
    ids = [r.get(W + "id") for r in en["word/document.xml"].iter(W + "footnoteReference")]
    notes = [n.get(W + "id") for n in en["word/footnotes.xml"] if n.get(W + "type") is None]
    assert ids == notes == ["1", "2"]  # LibreOffice takes notes in the order of their ids


@pytest.mark.skipif(not DOCX_TEXT.exists(), reason="shared/tools not beside the repository")
def test_reference_tool_skips_the_asterisk_note(tmp_path):
    path = tmp_path / "report.docx"
    path.write_bytes(write_docx(with_masthead(chinese_report(), "en")))
    out = json.loads(subprocess.run([sys.executable, str(DOCX_TEXT), str(path)], check=True,
                                    capture_output=True, text=True).stdout)
    assert [(f["n"], f["text"].strip()) for f in out["footnotes"]] == [
        (1, "阿拉伯叙利亚共和国人权状况特别报告员的任务。"), (2, "见 https://www.ohchr.org/zh/"
         "special-procedures-human-rights-council。"), (3, "A/HRC/56/46.")]


def test_even_and_odd_heads_and_a_distinct_first_page(en):
    assert en["word/settings.xml"].find(W + "evenAndOddHeaders") is not None
    section = en["word/document.xml"].find(f"{W}body/{W}sectPr")
    assert section.find(W + "titlePg") is not None
    rels = _rels(en, "word/_rels/document.xml.rels")
    types = {o.get("PartName"): o.get("ContentType") for o in en["[Content_Types].xml"]}
    for kind in ("header", "footer"):
        refs = {r.get(W + "type"): rels[r.get(R + "id")]
                for r in section.iter(f"{W}{kind}Reference")}
        assert set(refs) == {"default", "even", "first"}
        assert {(k, t) for k, _, t in refs.values()} == {(kind, None)}
        for _, target, _ in refs.values():
            assert types["/word/" + target].endswith(f"wordprocessingml.{kind}+xml")


def _furniture(parts, kind: str) -> dict[str, etree._Element]:
    """The paragraph of each header or footer, by page type."""
    section = parts["word/document.xml"].find(f"{W}body/{W}sectPr")
    rels = _rels(parts, "word/_rels/document.xml.rels")
    return {r.get(W + "type"): parts["word/" + rels[r.get(R + "id")][1]].find(W + "p")
            for r in section.iter(f"{W}{kind}Reference")}


def _jc(p) -> str | None:
    jc = p.find(f"{W}pPr/{W}jc")
    return None if jc is None else jc.get(W + "val")


def test_running_head_is_the_symbol_at_the_outer_side(en):
    heads = _furniture(en, "header")
    assert {page: (_style(p), _text(p), _jc(p)) for page, p in heads.items()} == {
        "default": ("Header", "A/HRC/58/70", "end"), "even": ("Header", "A/HRC/58/70", None),
        "first": (None, "", None)}


def test_feet_carry_the_page_number_and_job_number(en):
    feet = _furniture(en, "footer")
    fields = {page: p.find(W + "fldSimple") for page, p in feet.items()}
    assert fields["first"] is None
    assert {fields[page].get(W + "instr").strip() for page in ("default", "even")} == {"PAGE"}
    assert {f.find(f"{W}r/{W}rPr/{W}rStyle").get(W + "val")
            for f in fields.values() if f is not None} == {"PageNumber"}
    texts = {page: _text(p) for page, p in feet.items()}
    assert texts == {"default": f"\t{JOB}\t1", "even": f"1\t{JOB}", "first": f"{JOB} (E)"}
    assert {_style(p) for p in feet.values()} == {"Footer"}


def test_feet_without_a_job_number_keep_the_page_number():
    feet = _furniture(_parts(write_docx(english_report())), "footer")
    assert _text(feet["even"]) == "1\t" and _text(feet["first"]) == ""


def test_geneva_heading_styles_and_every_used_style_defined(en):
    styles = {s.get(W + "styleId"): s for s in en["word/styles.xml"].iter(W + "style")}
    names = {sid: s.find(W + "name").get(W + "val") for sid, s in styles.items()}
    assert [names[s] for s in ("HChG", "H1G", "H23G", "H4G", "SingleTxtG")] == [
        "_ H _Ch_G", "_ H_1_G", "_ H_2/3_G", "_ H_4_G", "_ Single Txt_G"]
    h23, h4 = (styles[s].find(W + "rPr") for s in ("H23G", "H4G"))
    assert h23.find(W + "b") is not None and h23.find(W + "sz") is None  # 10 pt, the default
    assert h4.find(W + "i") is not None and h4.find(W + "b") is None
    used = {s.get(W + "val") for root in en.values() for s in root.iter(W + "pStyle", W + "rStyle")}
    assert used <= set(styles)
    assert used >= {"Header", "Footer", "PageNumber", "MastheadTitle", "SummaryText"}


def test_body_has_no_direct_formatting(en, ar):
    for parts in (en, ar):
        for p in parts["word/document.xml"].iter(W + "p"):
            props = {etree.QName(c).localname for c in p.iterfind(f"{W}pPr/*")}
            assert props <= {"pStyle", "keepNext", "bidi", "ind"}, props
            assert "ind" not in props or _style(p) == "SingleTxtG"  # a subparagraph
        for r in parts["word/document.xml"].iter(W + "rPr"):
            assert {etree.QName(c).localname for c in r} <= {"rStyle", "rtl"}
        assert not list(parts["word/document.xml"].iter(W + "rFonts", W + "sz", W + "b"))


def test_arabic_masthead_is_mirrored(ar):
    document = ar["word/document.xml"]
    assert len(list(document.iter(W + "tbl"))) == 2
    assert all(t.find(f"{W}tblPr/{W}bidiVisual") is not None for t in document.iter(W + "tbl"))
    for p in document.iter(W + "p"):
        bidi = p.find(f"{W}pPr/{W}bidi")
        latin = _style(p) == "MastheadDistribution"  # "Distr.: General" stays in English
        assert bidi is not None and (bidi.get(W + "val") == "0") == latin, _text(p)
    rtl = {_text(r): r.find(f"{W}rPr/{W}rtl") is not None for r in document.iter(W + "r")}
    assert rtl["الأمم المتحدة"] and rtl["موجز"] and not rtl["A/HRC/58/70"]
    for kind in ("header", "footer"):
        for p in _furniture(ar, kind).values():
            assert p.find(f"{W}pPr/{W}bidi") is not None
    assert _text(_furniture(ar, "footer")["first"]) == f"{JOB} (A)"


def test_children_follow_schema_order(en, ar):
    for name, root in [*en.items(), *ar.items()]:
        for el in root.iter(W + "*"):
            sequence = ORDER.get(etree.QName(el).localname)
            if sequence is not None:
                rank = {tag: i for i, tag in enumerate(sequence.split())}
                seen = [etree.QName(c).localname for c in el]
                assert seen == sorted(seen, key=rank.__getitem__), (name, seen)


def _pdf_words(tmp_path, doc) -> list[list[tuple[str, float]]]:
    """Each page's words with their left edge as a share of the page width, via LibreOffice."""
    pdf = libreoffice_pdf(write_docx(doc), tmp_path)
    html = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], check=True,
                          capture_output=True).stdout
    root = etree.fromstring(html, etree.HTMLParser())
    return [[(w.text, float(w.get("xmin")) / float(page.get("width"))) for w in page.iter("word")]
            for page in root.iter("page")]


@pytest.mark.skipif(not (shutil.which("soffice") and shutil.which("pdftotext")),
                    reason="LibreOffice or poppler not installed")
def test_libreoffice_lays_out_the_furniture(tmp_path):
    doc = with_masthead(english_report(), "en")
    text = "The special procedures carried out many visits and sent many communications. " * 8
    doc.children[0].children += [Paragraph([Text(text)], number=n, label=f"{n}.")
                                 for n in range(2, 30)]
    pages = _pdf_words(tmp_path, doc)
    assert len(pages) >= 3
    first = [word for word, _ in pages[0]]
    assert {"United", "Nations", "A/HRC/58/70", "Distr.:", "(E)"} <= set(first)
    assert first.index("deadline.") > first.index("Summary")  # the asterisk note, at the foot
    for number, page in enumerate(pages[1:3], 2):
        symbol = next(x for word, x in page if word == "A/HRC/58/70")
        job = next(x for word, x in page if word == JOB)
        assert (symbol < 0.5) == (job < 0.5) == (number % 2 == 0)
        assert page[0][0] == "A/HRC/58/70" and str(number) in [word for word, _ in page[-2:]]
