"""Language conventions: numerals, figures, dates, lists and State names."""
from __future__ import annotations

import datetime

import pytest

from spreport.data.countries import read_countries
from spreport.lang import conventions
from spreport.lang.numerals import chinese, roman
from spreport.lang.words import spell

from conftest import ROOT

EN, ZH = conventions("en"), conventions("zh")
D = datetime.date


@pytest.mark.parametrize("n, zh, ro, en", [(1, "一", "I", "first"), (10, "十", "X", "tenth"),
                                           (12, "十二", "XII", "twelfth"),
                                           (22, "二十二", "XXII", "twenty-second"),
                                           (30, "三十", "XXX", "thirtieth"),
                                           (58, "五十八", "LVIII", "fifty-eighth")])
def test_numerals(n, zh, ro, en):
    assert (chinese(n), roman(n), spell("en", n, ordinal=True)) == (zh, ro, en)


def test_percentages_are_rounded_half_up_from_counts():
    assert ZH.percentage(128 / 193, 2) == "66.32%"
    assert EN.percentage(17 / 87, 2) == "19.54 per cent"
    assert EN.percentage(56 / 87, 0) == "64 per cent"
    assert ZH.percentage(0.125, 0) == "13%"


def test_counts_follow_each_language():
    assert (EN.count(3), EN.count(16), ZH.count(3)) == ("three", "16", "3")
    assert (ZH.words(2), ZH.words(3), EN.words(7)) == ("两", "三", "seven")


def test_dates():
    assert EN.date(D(2024, 12, 31)) == "31 December 2024"
    assert ZH.date(D(2024, 12, 31)) == "2024年12月31日"
    assert EN.date_range(D(2024, 11, 25), D(2024, 11, 27)) == "25 to 27 November 2024"
    assert ZH.date_range(D(2024, 11, 25), D(2024, 11, 27)) == "2024年11月25日至27日"
    assert EN.date_pair(D(2024, 11, 28), D(2024, 11, 29)) == "28 and 29 November 2024"
    assert ZH.date_pair(D(2024, 11, 28), D(2024, 11, 29)) == "2024年11月28日和29日"
    assert EN.month(D(2024, 4, 1)) == "April 2024"


def test_lists_without_serial_comma_and_chinese_long_lists():
    assert EN.join(["A", "B", "C"]) == "A, B and C"
    assert ZH.join(["A", "B", "C"]) == "A、B和C"
    assert ZH.join(["A", "B", "C"], "phrases") == "A、B以及C"


def test_section_references():
    assert EN.sections_word(["III", "IV"], False) == "sects. III and IV"
    assert EN.sections_word(["III", "X"], True) == "sects. III–X"
    assert ZH.sections_word(["三", "四"], False) == "第三和第四节"
    assert ZH.sections_word(["三", "十"], True) == "第三至第十节"


def test_un_names_with_articles_in_running_text():
    names = read_countries(ROOT / "data" / "un_country_names.csv", ROOT)
    assert names.short("SYR", "en", True) == "the Syrian Arab Republic"
    assert names.short("SYR", "en", False) == "Syrian Arab Republic"
    assert names.short("IRN", "en", True) == "the Islamic Republic of Iran"
    assert names.short("IRN", "en", False) == "Islamic Republic of Iran"
    assert names.short("IRN", "fr", True) == "la République islamique d’Iran"
    assert names.short("DEU", "fr", True) == "l’Allemagne"
    assert names.short("VUT", "zh", True) == "瓦努阿图"
