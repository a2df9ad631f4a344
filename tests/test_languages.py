"""All six language versions: structure, figures, names, notes, plural forms."""
from __future__ import annotations

import re
import zipfile

import pytest
from babel.messages.pofile import read_po
from lxml import etree

from spreport.cli import main
from spreport.compose.catalogs import translations

from conftest import LANGS, ROOT, docx_body, docx_notes, output

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
PARAGRAPH = {"ar": r"(\d+)-\t", "zh": r"(\d+)\.\t", "en": r"(\d+)\.\t", "fr": r"(\d+)\.\t",
             "ru": r"(\d+)\.\t", "es": r"(\d+)\.\t"}
SUBPARAGRAPH = {"ar": r"\((أ|ب|ج|د|هـ|و|ز|ح|ط|ي)\)\t", "zh": r"\([a-i]\)\t", "en": r"\([a-i]\)\t",
                "fr": r"[a-i]\)\t", "ru": r"[a-i]\)\t", "es": r"[a-i]\)\t"}


@pytest.fixture(scope="module")
def six(built, manifest):
    return built, manifest


def docx(six, lang):
    return output(*six, lang, "docx")


def body_text(path) -> list[str]:
    """The text of the body's paragraphs after the masthead."""
    return [_text(p) for p in docx_body(path) if p.tag == W + "p"]


def _text(p) -> str:
    out = []
    for el in p.iter(W + "t", W + "tab"):
        out.append("\t" if el.tag == W + "tab" else el.text or "")
    return "".join(out)


def notes(path) -> dict[str, str]:
    return docx_notes(path)


@pytest.mark.parametrize("lang", LANGS)
def test_structure_is_the_same_in_every_language(six, lang):
    paras = body_text(docx(six, lang))
    numbers = [int(m[1]) for p in paras if (m := re.match(PARAGRAPH[lang], p))]
    assert numbers == list(range(1, 80))
    assert sum(1 for p in paras if re.match(SUBPARAGRAPH[lang], p)) == 17
    assert len(notes(docx(six, lang))) == 80


@pytest.mark.parametrize("lang, figures", [
    ("fr", ["1\u202f265", "46,62\u00a0%"]),
    ("ru", ["1265", "46,62 процента"]),
    ("es", ["1.265", "46,62\u00a0%"]),
    ("ar", ["1\u00a0265", "46.62 في المائة"]),
    ("zh", ["1,265", "46.62%"]),
    ("en", ["1,265", "46.62 per cent"]),
])
def test_figures_are_formatted_as_each_language_writes_them(six, lang, figures):
    text = "\n".join(body_text(docx(six, lang)))
    for figure in figures:
        assert figure in text


@pytest.mark.parametrize("lang, name", [("ar", "فانواتو"), ("zh", "瓦努阿图"), ("en", "Vanuatu"),
                                        ("fr", "Vanuatu"), ("ru", "Вануату"), ("es", "Vanuatu")])
def test_states_carry_their_un_names(six, lang, name):
    assert name in "\n".join(body_text(docx(six, lang)))


@pytest.mark.parametrize("lang, note5, note2", [
    ("ar", "المرجع نفسه، الفرع السابع.", "A/HRC/58/70/Add.1، الفرع الثاني."),
    ("zh", "同上，第七节。", "A/HRC/58/70/Add.1, 第二节。"),
    ("en", "Ibid., sect. VII.", "A/HRC/58/70/Add.1, sect. II."),
    ("fr", "Ibid., sect. VII.", "A/HRC/58/70/Add.1, sect. II."),
    ("ru", "Там же, раздел VII.", "A/HRC/58/70/Add.1, раздел II."),
    ("es", "Ibid., secc. VII.", "A/HRC/58/70/Add.1, secc. II."),
])
def test_notes_follow_each_language(six, lang, note5, note2):
    texts = notes(docx(six, lang))
    assert texts["2"] == note2
    assert texts["5"].startswith(note5)


def test_arabic_paragraphs_run_right_to_left(six):
    with zipfile.ZipFile(docx(six, "ar")) as z:
        for part in ("word/document.xml", "word/footnotes.xml"):
            root = etree.fromstring(z.read(part))
            paragraphs = [p for p in root.iter(W + "p") if "".join(p.itertext()).strip()]
            assert paragraphs
            assert all(p.find(f"{W}pPr/{W}bidi") is not None for p in paragraphs), part


# Forms gettext picks for n = 1, 2, 5, 21 (the index into msgstr).
PLURAL_INDEX = {"ru": [0, 1, 2, 0], "ar": [1, 2, 3, 4], "fr": [0, 1, 1, 1], "es": [0, 1, 1, 1],
                "zh": [0, 0, 0, 0]}


@pytest.mark.parametrize("lang", sorted(PLURAL_INDEX))
def test_plural_forms_follow_the_language(lang):
    year_dir = ROOT / "data" / "2024"
    path = year_dir / "locales" / lang / "LC_MESSAGES" / "year.po"
    with path.open("rb") as handle:
        catalog = read_po(handle, locale=lang)
    plurals = [m for m in catalog if m.id and isinstance(m.id, tuple)]
    assert plurals
    message = plurals[0]
    compiled = translations(ROOT, year_dir, lang)
    for n, index in zip((1, 2, 5, 21), PLURAL_INDEX[lang]):
        assert compiled.ngettext(message.id[0], message.id[1], n) == message.string[index]


def test_arabic_catalogs_declare_six_plural_forms():
    for path in (ROOT / "locales/ar/LC_MESSAGES/spreport.po",
                 ROOT / "data/2024/locales/ar/LC_MESSAGES/year.po"):
        with path.open("rb") as handle:
            catalog = read_po(handle, locale="ar")
        assert catalog.num_plurals == 6
        assert catalog.plural_expr.replace(" ", "") == (
            "(n==0?0:n==1?1:n==2?2:n%100>=3&&n%100<=10?3:n%100>=11?4:5)")


def test_every_language_is_completely_translated(capsys):
    assert main(["translations", "--data", str(ROOT / "data" / "2024")]) == 0
    assert "every language complete" in capsys.readouterr().out


def test_a_character_no_font_covers_stops_the_pdf(project, tmp_path, capsys):
    prose = project / "data/2024/prose/communications.xml.j2"
    prose.write_text(prose.read_text(encoding="utf-8").replace(
        "cross-cutting issues", "cross-cutting issues \u0915"), encoding="utf-8")
    code = main(["build", "--data", str(project / "data" / "2024"), "--lang", "en",
                 "--documents", "report", "--format", "pdf", "--out", str(tmp_path / "out")])
    err = capsys.readouterr().err
    assert code == 2
    assert "U+0915 DEVANAGARI LETTER KA" in err and "en text" in err
    assert "fonts-liberation2" in err
    assert not (tmp_path / "out").exists()
