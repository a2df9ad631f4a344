"""The addendum, A/HRC/58/70/Add.1, as written: sections, tables, repeated heads, order."""
from __future__ import annotations

import csv
import re
import subprocess
import unicodedata
import zipfile

import pytest
from lxml import etree

from conftest import LANGS, ROOT, docx_body

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def addendum(built, manifest, lang, fmt):
    (entry,) = [o for o in manifest["outputs"] if o["document"] == "addendum"
                and o["lang"] == lang and o["format"] == fmt]
    assert entry["symbol"] == "A/HRC/58/70/Add.1"
    return built / entry["path"]


def body(path):
    """The addendum after its masthead, as one element holding paragraphs and tables."""
    holder = etree.Element(W + "body")
    holder.extend(docx_body(path))
    return holder


def text(el) -> str:
    return "".join(t.text or "" for t in el.iter(W + "t"))


def styled(root, style):
    return [p for p in root.iter(W + "p")
            if (s := p.find(f"{W}pPr/{W}pStyle")) is not None and s.get(W + "val") == style]


@pytest.mark.parametrize("lang", LANGS)
def test_the_addendum_is_built_in_every_language(built, manifest, lang):
    for fmt in ("docx", "pdf"):
        assert addendum(built, manifest, lang, fmt).stat().st_size > 0


def test_english_sections_carry_the_subjects_the_report_cites(built, manifest):
    heads = [text(p) for p in styled(body(addendum(built, manifest, "en", "docx")), "HChG")]
    roman = "I II III IV V VI VII VIII IX X XI XII XIII XIV XV XVI XVII XVIII XIX XX XXI XXII"
    assert [h.split(".")[0] for h in heads] == roman.split()
    subjects = {2: "mandate holders", 3: "standing invitations", 4: "standing invitations",
                7: "not yet visited", 9: "communications", 10: "communications", 11: "reports",
                12: "Joint statements", 13: "Follow-up", 14: "External support", 19: "Events",
                20: "United Nations system", 21: "Technical cooperation", 22: "Amicus curiae"}
    for number, subject in subjects.items():
        assert subject in heads[number - 1], (number, heads[number - 1])


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_table_heads_repeat_on_every_page_in_word(built, manifest, lang):
    tables = body(addendum(built, manifest, lang, "docx")).findall(W + "tbl")
    assert len(tables) >= 20
    for table in tables:
        rows = table.findall(W + "tr")
        marked = [r.find(f"{W}trPr/{W}tblHeader") is not None for r in rows]
        assert marked[0] and not any(marked[1:])
    if lang == "ar":
        assert all(t.find(f"{W}tblPr/{W}bidiVisual") is not None for t in tables)


def test_figures_are_right_aligned_and_totals_computed(built, manifest):
    table = body(addendum(built, manifest, "en", "docx")).findall(W + "tbl")[1]
    rows = [[text(c) for c in r.findall(W + "tc")] for r in table.findall(W + "tr")]
    counts = [int(r[1]) for r in rows[1:-1]]
    assert rows[-1][0] == "Total" and int(rows[-1][1]) == sum(counts) == 87
    cell = table.findall(W + "tr")[1].findall(W + "tc")[1]
    assert cell.find(f"{W}p/{W}pPr/{W}jc").get(W + "val") in ("end", "right")


def test_a_long_table_repeats_its_head_in_the_pdf(built, manifest):
    pdf = addendum(built, manifest, "en", "pdf")
    pages = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                           text=True, check=True).stdout.split("\f")
    with_head = [n for n, page in enumerate(pages)
                 if re.search(r"Symbol\s+Mandate\s+Organ\s+Themes", page)]
    assert len(with_head) >= 2                      # section XI: the year's 181 reports
    assert with_head == list(range(with_head[0], with_head[0] + len(with_head)))


ZARAGOZA = {"ar": "جامعة سرقسطة", "zh": "萨拉戈萨大学", "en": "University of Zaragoza",
            "fr": "Université de Saragosse", "ru": "Университет Сарагосы",
            "es": "Universidad de Zaragoza"}


@pytest.mark.parametrize("lang", LANGS)
def test_external_support_names_its_sources_in_each_language(built, manifest, lang):
    words = text(body(addendum(built, manifest, lang, "docx")))
    with (ROOT / "data/2024/registers/external_support.csv").open(encoding="utf-8") as handle:
        sources = list(csv.DictReader(handle))
    for source in sources:                          # section XIV
        assert source[f"source_{lang}"] in words, source
        if lang != "en" and source["source_en"] != source[f"source_{lang}"]:
            assert source["source_en"] not in words, source
    assert ZARAGOZA[lang] in words
    assert not [z for other, z in ZARAGOZA.items() if other != lang and z in words]


def fold(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", name)
                   if not unicodedata.combining(c)).casefold()


def test_states_follow_each_languages_alphabetical_order(built, manifest):
    orders = {}
    for lang in ("en", "fr", "es"):
        tables = body(addendum(built, manifest, lang, "docx")).findall(W + "tbl")
        invitations = tables[3]          # section III: States with a standing invitation
        names = [text(r.findall(W + "tc")[0]) for r in invitations.findall(W + "tr")[1:]]
        assert len(names) == 129
        folded = [fold(n) for n in names]
        assert folded == sorted(folded), lang
        orders[lang] = names
    assert orders["fr"][0] == "Afrique du Sud" and "Bahamas" in orders["en"]
