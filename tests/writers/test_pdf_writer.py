"""The PDF writer, checked on the PDF itself with poppler's pdftotext and pdffonts."""
import re
import subprocess
from pathlib import Path

import pytest
from weasyprint import HTML
from weasyprint.urls import FatalURLFetchingError

from spreport.tree import (
    Chapter, Document, Emphasis, Footnote, Paragraph, Section, Subparagraph, Symbol, Text)
from spreport.writers.pdf import LocalFetcher, write_pdf

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


@pytest.mark.parametrize("pdf, family", [("english_pdf", "Liberation-Serif"),
                                          ("chinese_pdf", "Noto-Serif-CJK-SC")])
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
