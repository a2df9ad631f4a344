"""The PDF's first page and page furniture: masthead, running heads, footers with the job
number, tagging, metadata and outline, Chinese autospace; read back with poppler."""
import re
import subprocess
import zlib
from pathlib import Path

import pytest

from spreport.tree import (
    Chapter, Document, Footnote, Masthead, Paragraph, Section, Symbol, Text)
from spreport.writers.html import write_html
from spreport.writers.pdf import write_pdf

ROOT = Path(__file__).resolve().parents[2]
SYMBOL = "A/HRC/58/70"
JOB = "GE.25-04543"
TOP, BOTTOM = 62.36, 841.89 - 68.03  # pt: the page's content area, between head and foot
ASTERISK = "The present report was submitted after the deadline."
FILLER = ("Mandate holders engaged in a constructive dialogue with Governments, civil society "
          "and other entities of the United Nations system on a wide range of issues. ")


def masthead(lang: str) -> Masthead:
    if lang == "ar":
        return Masthead(
            "الجمعية العامة", "Distr.: General", "20 February 2025", "Original: English",
            ["مجلس حقوق الإنسان", "الدورة الثامنة والخمسون"], "تعزيز وحماية جميع حقوق الإنسان",
            [Text("أنشطة الإجراءات الخاصة"), Footnote([Text("قُدِّم هذا التقرير متأخراً.")],
                                                      label="*")],
            [Text("تقرير لجنة التنسيق")], "موجز", [[Text("يتضمن هذا التقرير وقائع وأرقاماً.")]],
            "الأمم المتحدة")
    if lang == "zh":
        return Masthead(
            "大会", "Distr.: General", "20 February 2025", "Original: English",
            ["人权理事会", "第五十八届会议", "2025年2月24日至4月4日", "议程项目3"],
            "增进和保护所有人权", [Text("特别程序年度会议"),
                                   Footnote([Text("本报告迟交。")], label="*")],
            [Text("特别程序协调委员会的报告")], "摘要", [[Text("本报告载有2024年的情况与数字。")]],
            "联合国")
    return Masthead(
        "General Assembly", "Distr.: General", "20 February 2025", "Original: English",
        ["Human Rights Council", "Fifty-eighth session", "24 February–4 April 2025",
         "Agenda item 3"], "Promotion and protection of all human rights",
        [Text("Thirtieth annual meeting of special rapporteurs"),
         Footnote([Text(ASTERISK)], label="*")],
        [Text("Report of the Coordination Committee")], "Summary",
        [[Text("The present report contains facts and figures.")]], "United Nations")


def document(lang: str, letter: str, words: dict[str, str]) -> Document:
    """A masthead and four chapters of two sections, over at least four pages."""
    notes = iter(range(1, 100))

    def para(n: int) -> Paragraph:
        note = next(notes)
        return Paragraph([Text(words["text"] * 4), Footnote([
            Symbol("https://undocs.org/A/HRC/57/1", [Text("A/HRC/57/1")], symbol="A/HRC/57/1")],
            number=note, label=str(note)), Text(words["text"])], number=n, label=f"{n}.")
    chapters = [Chapter(f"c{c}", [Text(words["chapter"])], [
        Section(f"c{c}s{s}", [Text(words["section"])], [para(c * 10 + s * 3 + i)
                                                         for i in range(3)], label="AB"[s] + ".")
        for s in range(2)], label=["I.", "II.", "III.", "IV."][c]) for c in range(4)]
    return Document("report", SYMBOL, lang, words["title"], chapters, job_number=JOB,
                    job_language=letter, masthead=masthead(lang))


WORDS = {
    "en": ("E", {"title": "Annual report", "chapter": "Introduction", "section": "Mandates",
                 "text": FILLER}),
    "zh": ("C", {"title": "年度报告", "chapter": "导言", "section": "任务",
                 "text": "截至2024年12月31日，共有128个国家发出了长期邀请。" * 3}),
    "ar": ("A", {"title": "تقرير سنوي", "chapter": "مقدمة", "section": "الولايات",
                 "text": "واصل المكلفون بولايات الحوار البناء مع الحكومات في عام 2024. " * 3}),
}


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory) -> dict[str, Path]:
    out = {}
    for lang, (letter, words) in WORDS.items():
        out[lang] = tmp_path_factory.mktemp("page") / f"{lang}.pdf"
        out[lang].write_bytes(write_pdf(document(lang, letter, words), ROOT))
    return out


def poppler(*args) -> str:
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def words(path: Path) -> list[tuple[int, float, float, float, str]]:
    """(page, left edge, height of the middle, right edge, text) of each word."""
    out, page = [], -1
    for line in poppler("pdftotext", "-bbox", str(path), "-").splitlines():
        if "<page " in line:
            page += 1
        elif m := re.search(r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">'
                            r"(.*)</word>", line):
            x, top, right, bottom = map(float, m.groups()[:4])
            out.append((page, x, (top + bottom) / 2, right, m[5]))
    return out


def margins(path: Path, top: bool) -> list[list[tuple[float, str]]]:
    """Per page, the (left edge, text) of the words in the head (`top`) or the foot."""
    found = words(path)
    return [sorted((x, text) for p, x, y, _, text in found
                   if p == page and (y < TOP if top else y > BOTTOM))
            for page in range(found[-1][0] + 1)]


def test_masthead_on_page_one(pdfs):
    first = " ".join(poppler("pdftotext", "-f", "1", "-l", "1", str(pdfs["en"]), "-").split())
    for expected in ("United Nations", SYMBOL, "General Assembly", "Distr.: General",
                     "20 February 2025", "Original: English", "Human Rights Council",
                     "Fifty-eighth session", "24 February–4 April 2025", "Agenda item 3",
                     "Promotion and protection of all human rights",
                     "Thirtieth annual meeting of special rapporteurs*",
                     "Report of the Coordination Committee", "Summary",
                     "The present report contains facts and figures."):
        assert expected in first, expected
    assert re.search(rf"\*\s*{re.escape(ASTERISK)}", first)
    assert first.index("Summary") < first.index("I. Introduction")


def test_masthead_html_stays_out_of_the_outline_and_mirrors_in_arabic():
    html = write_html(document("ar", *WORDS["ar"]))
    assert '<header class="masthead">' in html and html.index("<header") < html.index('id="c0"')
    assert '<p class="symbol"><span dir="ltr">A/HRC/58/70</span></p>' in html
    assert '<p dir="ltr">Distr.: General</p>' in html
    assert 'data-label="*"' in html and f'data-first-job="{JOB} (A)"' in html


@pytest.mark.parametrize("lang", ["en", "zh", "ar"])
def test_running_head_from_page_two_on_the_outer_edge(pdfs, lang):
    heads = margins(pdfs[lang], top=True)
    assert len(heads) >= 4 and heads[0] == []
    for page, head in enumerate(heads[1:], start=2):
        assert [text for _, text in head] == [SYMBOL], page
        left = page % 2 == 0 if lang != "ar" else page % 2 == 1  # page 1 is a left page in Arabic
        assert (head[0][0] < 100) == left, page


@pytest.mark.parametrize("lang", ["en", "zh", "ar"])
def test_footers_carry_the_job_number_and_page_numbers(pdfs, lang):
    feet = margins(pdfs[lang], top=False)
    letter = WORDS[lang][0]
    assert [text for _, text in feet[0]] == [JOB, f"({letter})"]
    assert (feet[0][0][0] < 100) == (lang != "ar")  # at the foot's start
    for page, foot in enumerate(feet[1:], start=2):
        left = page % 2 == 0 if lang != "ar" else page % 2 == 1
        texts = [text for _, text in foot]
        assert texts == ([str(page), JOB] if left else [JOB, str(page)]), page
        assert (foot[0][0] < 100) == left, page


def test_tagged_with_language_and_metadata(pdfs):
    info = poppler("pdfinfo", str(pdfs["en"]))
    for field, value in (("Tagged", "yes"), ("Title", "Annual report"),
                         ("Author", "United Nations"), ("Subject", SYMBOL), ("Keywords", SYMBOL)):
        assert re.search(rf"^{field}:\s+{re.escape(value)}$", info, re.M), field
    assert b"/Lang (en)" in objects(pdfs["en"])
    assert b"/Lang (ar)" in objects(pdfs["ar"])


def objects(path: Path) -> bytes:
    """The PDF's objects, those packed in compressed object streams included."""
    data = path.read_bytes()
    packed = [zlib.decompress(data[m.end():data.index(b"endstream", m.end())])
              for m in re.finditer(rb"/Type /ObjStm.*?stream\r?\n", data, re.S)]
    return data + b"".join(packed)


def test_outline_holds_chapters_and_sections_with_labels(pdfs):
    xml = poppler("pdftohtml", "-xml", "-i", "-stdout", "-q", str(pdfs["en"]))
    items = re.findall(r'<item page="\d+">([^<]*)</item>', xml)
    assert items[:3] == ["I. Introduction", "A. Mandates", "B. Mandates"]
    assert len(items) == 4 * 3 and not any("Thirtieth" in item or "Summary" in item
                                           for item in items)


@pytest.mark.parametrize("lang, family", [("en", "Liberation-Serif"),
                                          ("zh", "Noto-Serif-CJK-SC"),
                                          ("ar", "Noto-Naskh-Arabic")])
def test_fonts_embedded(pdfs, lang, family):
    rows = poppler("pdffonts", str(pdfs[lang])).splitlines()[2:]
    assert any(family in row for row in rows)
    assert all(row.split()[-5:-3] == ["yes", "yes"] for row in rows)


def test_same_bytes_twice(pdfs):
    assert write_pdf(document("en", *WORDS["en"]), ROOT) == pdfs["en"].read_bytes()


def test_chinese_autospace_keeps_the_text_and_leaves_a_gap(pdfs):
    html = write_html(document("zh", *WORDS["zh"]))
    gap = '<span class="autospace"></span>'
    assert f"截至{gap}2024{gap}年{gap}12{gap}月" in html
    assert f"，共有{gap}128{gap}个" in html and f"{gap}，" not in html
    text = "".join(poppler("pdftotext", str(pdfs["zh"]), "-").split())
    assert "截至2024年12月31日，共有128个国家发出了长期邀请。" in text
    assert "2025年2月24日至4月4日" in text
    found = words(pdfs["zh"])
    gaps = [b[1] - a[3] for a, b in zip(found, found[1:])
            if a[4].endswith("至") and b[4] == "2024" and a[2] == b[2]]
    assert gaps and all(2.4 < gap < 2.6 for gap in gaps)  # 0.25em of 10pt
