"""The PDF writer, checked on the PDF itself with poppler's pdftotext and pdffonts."""
import re
import subprocess
from pathlib import Path

import pytest
from weasyprint import HTML
from weasyprint.urls import FatalURLFetchingError

from spreport.tree import (
    Chapter, Document, Emphasis, Footnote, Paragraph, Section, Subparagraph, Symbol, Text)
from spreport.writers.html import write_html
from spreport.writers.pdf import LocalFetcher, write_pdf

from table_document import STATES, table_document

ROOT = Path(__file__).resolve().parents[2]
SYMBOL = "A/HRC/58/70"
FIRST_NOTE = 7  # labels that differ from WeasyPrint's own footnote counter
SECTIONS = 5
PARAGRAPHS = 4 * SECTIONS
FILLER = ("Mandate holders engaged in a constructive dialogue with Governments, civil society "
          "and other entities of the United Nations system on a wide range of issues. ")


def footnote(n: int) -> Footnote:
    return Footnote([Text(f"note{n} body, see "),
                     Symbol(href="https://undocs.org/A/HRC/57/1", children=[Text("A/HRC/57/1")])],
                    number=n, label=str(n))


def english() -> Document:
    """Four pages; as laid out first, one footnote falls on the page after its call."""
    sections = []
    for s in range(SECTIONS):
        paragraphs = []
        for i in range(s * 4 + 1, s * 4 + 5):
            n = FIRST_NOTE + i - 1
            subs = [Subparagraph([Text(f"Subparagraph {x} text.")], label=f"({x})") for x in "ab"]
            paragraphs.append(Paragraph(
                [Text(f"Paragraph{i} opens. " + FILLER * (1 + i % 3)), Emphasis([Text("Stressed")]),
                 Text(f" words and call{n}"), footnote(n), Text(". " + FILLER)],
                subs if i == 2 else [], number=i, label=f"{i}."))
        sections.append(Section(f"s{s}", [Text("Communications")], paragraphs, label="ABCDE"[s] + "."))
    return Document("report", SYMBOL, "en", "Annual report",
                    [Chapter("intro", [Text("Introduction")], sections, label="I.")])


def chinese() -> Document:
    text = "人权理事会特别程序继续开展国别访问，详情见 A/HRC/58/70/Add.1, 第二节。" * 4
    paragraphs = [Paragraph([Text(text), footnote(i), Text(text)], number=i, label=f"{i}.")
                  for i in range(1, 4)]
    return Document("report", SYMBOL, "zh", "特别程序年度报告",
                    [Chapter("intro", [Text("导言")], paragraphs, label="一.")])


ADD1 = "A/HRC/58/70/Add.1"
ARABIC_FILLER = ("واصل المكلفون بولايات الحوار البناء مع الحكومات والمجتمع المدني وكيانات الأمم "
                 "المتحدة الأخرى بشأن طائفة واسعة من القضايا، بما في ذلك 88 ولاية في عام 2024. ")
BIDI_CONTROLS = dict.fromkeys(map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e"))
TEXT_RIGHT = 595.28 - 56.69 - 60  # pt: A4 less the 2cm margin and the 60pt gutter


def arabic() -> Document:
    """Two pages: أولاً- مقدمة, ألف- الولايات الجديدة, paragraphs "1-"… with a call and a linked
    symbol; subparagraph (أ); notes citing the addendum."""
    def para(i: int) -> Paragraph:
        note = Footnote([Symbol(f"https://docs.un.org/ar/{ADD1}", [Text(ADD1)], symbol=ADD1),
                         Text("، الفرع الثاني.")], number=i, label=str(i))
        subs = [Subparagraph([Text("تقديم "), Emphasis([Text("التقرير السنوي")]), Text("؛")],
                             label="(أ)")] if i == 1 else []
        return Paragraph([Text("يتضمن هذا التقرير معلومات. " + ARABIC_FILLER * 3), note,
                          Text(" انظر "), Symbol("https://docs.un.org/ar/A/HRC/57/1",
                                                 [Text("A/HRC/57/1")], symbol="A/HRC/57/1"),
                          Text(". " + ARABIC_FILLER)], subs, number=i, label=f"{i}-")
    section = Section("new", [Text("الولايات الجديدة")], [para(i) for i in range(1, 8)],
                      label="ألف-")
    return Document("report", SYMBOL, "ar", "تقرير الإجراءات الخاصة",
                    [Chapter("intro", [Text("مقدمة")], [section], label="أولاً-")])


def russian() -> Document:
    para = Paragraph([Text("Мандатарии продолжили диалог с правительствами."), footnote(1)],
                     number=1, label="1.")
    return Document("report", SYMBOL, "ru", "Ежегодный доклад",
                    [Chapter("intro", [Text("Введение")], [para], label="I.")])


@pytest.fixture(scope="module")
def english_pdf(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("pdf") / "en.pdf"
    path.write_bytes(write_pdf(english(), ROOT))
    return path


@pytest.fixture(scope="module")
def chinese_pdf(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("pdf") / "zh.pdf"
    path.write_bytes(write_pdf(chinese(), ROOT))
    return path


@pytest.fixture(scope="module")
def arabic_pdf(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("pdf") / "ar.pdf"
    path.write_bytes(write_pdf(arabic(), ROOT))
    return path


@pytest.fixture(scope="module")
def russian_pdf(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("pdf") / "ru.pdf"
    path.write_bytes(write_pdf(russian(), ROOT))
    return path


@pytest.fixture(scope="module")
def table_pdfs(tmp_path_factory) -> dict[str, Path]:
    out = {}
    for lang in ("en", "ar"):
        out[lang] = tmp_path_factory.mktemp("pdf") / f"tables-{lang}.pdf"
        out[lang].write_bytes(write_pdf(table_document(lang), ROOT))
    return out


def poppler(*args) -> str:
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def pages(path: Path) -> list[str]:
    """The text of each page, in content order."""
    return poppler("pdftotext", "-raw", str(path), "-").split("\f")[:-1]


def test_labels_and_text(english_pdf):
    text = "\n".join(pages(english_pdf))
    for expected in ("I.", "Introduction", "A.", "Communications", "1.", "Paragraph1 opens.",
                     f"{PARAGRAPHS}.", "(a)", "Subparagraph a text.", "Stressed"):
        assert expected in text


def test_footnotes_show_their_labels_on_the_page_of_their_call(english_pdf):
    texts = pages(english_pdf)
    assert len(texts) >= 3
    for n in range(FIRST_NOTE, FIRST_NOTE + PARAGRAPHS):
        note = re.compile(rf"(?<!\d){n}\s+note{n} body, see A/HRC/57/1")
        call = re.compile(rf"\bcall{n}{n}\b")  # the word before the call, then the call
        call_pages = [i for i, page in enumerate(texts) if call.search(page)]
        note_pages = [i for i, page in enumerate(texts) if note.search(page)]
        assert len(call_pages) == 1 and call_pages == note_pages, n


def test_running_head_from_page_two(english_pdf):
    first, second, *_ = pages(english_pdf)
    assert SYMBOL not in first
    assert SYMBOL in second


def test_chinese_text(chinese_pdf):
    text = "\n".join(pages(chinese_pdf))
    assert "一." in text and "导言" in text
    assert "A/HRC/58/70/Add.1, 第二节。" in text
    assert re.search(r"(?<!\d)2\s+note2 body", text)


def words(path: Path) -> list[tuple[int, float, str]]:
    """(page, left edge, text) of each word; Arabic words come out in visual order, reversed."""
    out, page = [], -1
    for line in poppler("pdftotext", "-bbox", str(path), "-").splitlines():
        if "<page " in line:
            page += 1
        elif m := re.search(r'<word xMin="([\d.]+)".*>(.*)</word>', line):
            out.append((page, float(m[1]), m[2]))
    return out


def test_arabic_html_is_right_to_left_with_symbols_left_to_right():
    html = write_html(arabic())
    assert '<html lang="ar" dir="rtl">' in html
    assert f'<a class="symbol" dir="ltr" href="https://docs.un.org/ar/{ADD1}">{ADD1}</a>' in html
    assert '<html lang="en" dir="ltr">' in write_html(english())


def test_arabic_text_and_symbols(arabic_pdf):
    text = poppler("pdftotext", str(arabic_pdf), "-").translate(BIDI_CONTROLS)  # logical order
    for expected in ("أولاً", "مقدمة", "الولايات الجديدة", "يتضمن هذا التقرير معلومات",
                     "الفرع الثاني", "التقرير السنوي", ADD1, "A/HRC/57/1"):
        assert expected in text
    assert len(pages(arabic_pdf)) >= 2


def test_arabic_labels_hang_right_and_head_is_on_the_outer_edge(arabic_pdf):
    found = words(arabic_pdf)
    labels = [x for _, x, word in found if word[::-1] == "ألف-" or re.fullmatch(r"-\d", word)]
    assert len(labels) == 8 and all(x > TEXT_RIGHT for x in labels)
    heads = [(page, x > TEXT_RIGHT) for page, x, word in found if word == SYMBOL]
    assert heads[0] == (1, True)  # page 2 is a right page when pages progress right to left


def test_russian_text(russian_pdf):
    text = "\n".join(pages(russian_pdf))
    assert "Введение" in text and "Мандатарии продолжили диалог с правительствами." in text


@pytest.mark.parametrize("pdf, family", [("english_pdf", "Liberation-Serif"),
                                          ("chinese_pdf", "Noto-Serif-CJK-SC"),
                                          ("arabic_pdf", "Noto-Naskh-Arabic"),
                                          ("russian_pdf", "Liberation-Serif")])
def test_fonts_embedded_and_subset(pdf, family, request):
    rows = poppler("pdffonts", str(request.getfixturevalue(pdf))).splitlines()[2:]
    assert rows and any(family in row for row in rows)
    for row in rows:
        assert row.split()[-5:-3] == ["yes", "yes"], row  # emb, sub


def test_metadata(english_pdf):
    info = poppler("pdfinfo", str(english_pdf))
    assert re.search(r"^Title:\s+Annual report$", info, re.M)
    assert re.search(r"^Author:\s+United Nations$", info, re.M)


def test_same_tree_same_bytes(english_pdf):
    assert write_pdf(english(), ROOT) == english_pdf.read_bytes()


def test_dates_from_source_date_epoch(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1735689600")
    path = tmp_path / "zh.pdf"
    path.write_bytes(write_pdf(chinese(), ROOT))
    info = poppler("pdfinfo", str(path))
    assert re.search(r"^CreationDate:.* 2025 UTC$", info, re.M)
    assert re.search(r"^ModDate:.* 2025 UTC$", info, re.M)


def test_fetcher_refuses_network_and_files_outside(tmp_path):
    base = tmp_path / "project"
    base.mkdir()
    (base / "inside.txt").write_text("ok")
    (tmp_path / "outside.txt").write_text("secret")
    fetcher = LocalFetcher(base)
    assert fetcher((base / "inside.txt").as_uri()).read() == b"ok"
    for url in ("http://example.org/style.css", "https://example.org/a.png",
                (tmp_path / "outside.txt").as_uri(), base.as_uri() + "/../outside.txt"):
        with pytest.raises(PermissionError):
            fetcher(url)
    with pytest.raises(FatalURLFetchingError):
        HTML(string='<img src="http://example.org/a.png">', url_fetcher=fetcher).render()


def test_table_html_keeps_totals_out_of_a_repeated_foot():
    html = write_html(table_document("en"))
    assert html.count("<thead>") == 1 and "<tfoot>" not in html
    assert '<th colspan="2">Communications</th>' in html
    assert html.count('<td class="num">') == 3 * (STATES + 1)
    assert '<tr class="total"><th scope="row">Total</th><td class="num">591</td>' in html
    assert html.index('<tr class="total">') > html.index("Malta") > html.index("</thead>")
    assert '<div class="table-notes">\n<p><sup class="table-note">a</sup> Joint' in html


def test_table_without_body_rows_keeps_its_head(tmp_path):
    doc = table_document("en")
    table = doc.children[0].children[0].children[1]
    table.body, table.foot, table.notes = [], [], []
    path = tmp_path / "empty.pdf"
    path.write_bytes(write_pdf(doc, ROOT))
    text = "\n".join(pages(path))
    assert "State Sent Repliedb Visits" in text and "Andorra" not in text


def test_table_head_repeats_on_every_page_and_totals_come_once(table_pdfs):
    texts = pages(table_pdfs["en"])
    assert len(texts) >= 2
    for page in texts:
        assert re.search(r"Communications\nState Sent Repliedb Visits\n", page)
    text = "\n".join(texts)
    assert text.count("Total") == 1 and "Total 591 240 120\n" in texts[-1]
    assert ("a Joint communication with another mandate.\n"
            "b Replies received by 31 December 2024.") in texts[-1]
    assert "Afghanistana 3 2 2" in texts[0]


def test_arabic_table_is_mirrored_and_its_head_repeats(table_pdfs):
    text = poppler("pdftotext", str(table_pdfs["ar"]), "-").translate(BIDI_CONTROLS)  # logical
    texts = text.split("\f")[:-1]
    assert len(texts) >= 2
    assert all("الدولة" in page and "الزيارات" in page for page in texts)
    assert "".join(texts).count("المجموع") == 1
    assert "بلاغ مشترك مع ولاية أخرى" in texts[-1]
    found = {word: x for _, x, word in words(table_pdfs["ar"])}
    total = found["المجموع"[::-1]]
    assert found["120"] < found["240"] < found["591"] < total  # visits at the left, State right
    assert total > TEXT_RIGHT - 60
