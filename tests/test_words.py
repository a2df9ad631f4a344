"""Numbers in words (spreport.lang.words.spell). Expected values are written by hand from the
grammars and UN usage the module docstring cites, not produced by running the code."""
from __future__ import annotations

import pytest

from spreport.lang.words import spell

M, F, N, P = "masculine", "feminine", "neuter", "plural"
NOM, GEN, DAT, ACC, INS, PREP = ("nominative", "genitive", "dative", "accusative",
                                 "instrumental", "prepositional")

# (n, gender, case, expected)
RU_CARDINALS = [
    (1, M, GEN, "одного"), (1, F, GEN, "одной"), (1, M, PREP, "одном"), (1, F, PREP, "одной"),
    (1, M, INS, "одним"), (1, F, INS, "одной"), (1, N, INS, "одним"), (1, F, ACC, "одну"),
    (1, P, GEN, "одних"),
    (2, M, GEN, "двух"), (2, M, PREP, "двух"), (2, M, INS, "двумя"), (2, M, DAT, "двум"),
    (2, F, None, "две"), (2, N, None, "два"),
    (5, M, GEN, "пяти"), (5, N, GEN, "пяти"), (5, M, PREP, "пяти"), (5, M, INS, "пятью"),
    (21, M, GEN, "двадцати одного"), (21, F, GEN, "двадцати одной"),
    (21, M, PREP, "двадцати одном"), (21, F, PREP, "двадцати одной"),
    (21, M, INS, "двадцатью одним"), (21, F, INS, "двадцатью одной"),
    (21, F, None, "двадцать одна"),
    (22, M, GEN, "двадцати двух"), (22, M, PREP, "двадцати двух"),
    (22, M, INS, "двадцатью двумя"), (22, F, None, "двадцать две"),
    (30, M, PREP, "тридцати"),
    (101, M, GEN, "ста одного"), (101, F, PREP, "ста одной"), (101, M, INS, "ста одним"),
    (101, N, None, "сто одно"),
    (3, M, GEN, "трех"), (4, M, DAT, "четырем"),            # ё written е
    (40, M, INS, "сорока"), (200, M, INS, "двумястами"),
]

RU_ORDINALS = [
    (30, N, None, "тридцатое"), (58, F, GEN, "пятьдесят восьмой"), (13, M, None, "тринадцатый"),
    (58, F, None, "пятьдесят восьмая"), (58, M, PREP, "пятьдесят восьмом"),
    (1, F, ACC, "первую"), (2, M, None, "второй"), (3, M, DAT, "третьему"),
    (3, F, None, "третья"), (40, M, PREP, "сороковом"), (8, P, INS, "восьмыми"),
    (101, M, GEN, "сто первого"), (200, M, None, "двухсотый"),
    (1001, M, None, "тысяча первый"), (2000, N, None, "двухтысячное"),
    (100000, M, None, "стотысячный"), (21000, M, None, "двадцатиоднотысячный"),
    (22, P, GEN, "двадцать вторых"),
]


@pytest.mark.parametrize("n, gender, case, expected", RU_CARDINALS)
def test_russian_cardinals(n, gender, case, expected):
    assert spell("ru", n, gender=gender, case=case) == expected


@pytest.mark.parametrize("n, gender, case, expected", RU_ORDINALS)
def test_russian_ordinals(n, gender, case, expected):
    assert spell("ru", n, ordinal=True, gender=gender, case=case) == expected


# Arabic cardinals: gender is the gender of the COUNTED noun; 3–10 take the opposite gender.
AR_CARDINALS = [
    (1, M, None, "واحد"), (1, F, None, "واحدة"),
    (2, M, None, "اثنان"), (2, F, None, "اثنتان"),
    (2, M, ACC, "اثنين"), (2, F, GEN, "اثنتين"), (2, M, GEN, "اثنين"), (2, F, ACC, "اثنتين"),
    (3, M, None, "ثلاثة"), (3, F, None, "ثلاث"),
    (5, M, None, "خمسة"), (5, F, None, "خمس"),
    (10, M, None, "عشرة"), (10, F, None, "عشر"),
    (11, M, None, "أحد عشر"), (11, F, None, "إحدى عشرة"),
    (12, M, None, "اثنا عشر"), (12, F, None, "اثنتا عشرة"),
    (12, M, GEN, "اثني عشر"), (12, F, ACC, "اثنتي عشرة"),
    (13, M, None, "ثلاثة عشر"), (13, F, None, "ثلاث عشرة"),
    (20, M, NOM, "عشرون"), (20, F, GEN, "عشرين"),
    (21, M, None, "واحد وعشرون"), (21, F, None, "واحدة وعشرون"),
    (22, M, None, "اثنان وعشرون"), (22, F, None, "اثنتان وعشرون"),
    (22, M, ACC, "اثنين وعشرين"), (22, F, GEN, "اثنتين وعشرين"),
    (23, M, None, "ثلاثة وعشرون"), (23, F, GEN, "ثلاث وعشرين"),
    (100, M, None, "مائة"),
    (101, M, None, "مائة وواحد"), (101, F, None, "مائة وواحدة"),
    (200, M, None, "مائتان"), (200, F, GEN, "مائتين"), (300, M, None, "ثلاثمائة"),
    (1000, M, None, "ألف"), (2000, M, None, "ألفان"), (2000, M, GEN, "ألفين"),
    (3000, F, None, "ثلاثة آلاف"), (20000, M, None, "عشرون ألفاً"),
    (1005, F, None, "ألف وخمس"),
]

AR_ORDINALS = [
    (18, F, None, "الثامنة عشرة"), (18, F, GEN, "الثامنة عشرة"), (18, M, None, "الثامن عشر"),
    (58, F, None, "الثامنة والخمسون"), (58, F, GEN, "الثامنة والخمسين"),
    (58, M, ACC, "الثامن والخمسين"),
    (30, M, None, "الثلاثون"), (30, M, GEN, "الثلاثين"),
    (1, M, None, "الأول"), (1, F, None, "الأولى"), (10, F, None, "العاشرة"),
    (11, M, None, "الحادي عشر"), (11, F, None, "الحادية عشرة"),
    (12, M, None, "الثاني عشر"), (12, F, None, "الثانية عشرة"),
    (21, M, None, "الحادي والعشرون"), (21, F, GEN, "الحادية والعشرين"),
    (100, F, None, "المائة"), (101, F, None, "الحادية بعد المائة"),
]


@pytest.mark.parametrize("n, gender, case, expected", AR_CARDINALS)
def test_arabic_cardinals(n, gender, case, expected):
    assert spell("ar", n, gender=gender, case=case) == expected


@pytest.mark.parametrize("n, gender, case, expected", AR_ORDINALS)
def test_arabic_ordinals(n, gender, case, expected):
    assert spell("ar", n, ordinal=True, gender=gender, case=case) == expected


# (lang, n, ordinal, gender, expected)
OTHERS = [
    ("fr", 21, False, None, "vingt et un"), ("fr", 71, False, None, "soixante et onze"),
    ("fr", 80, False, None, "quatre-vingts"), ("fr", 81, False, None, "quatre-vingt-un"),
    ("fr", 91, False, None, "quatre-vingt-onze"), ("fr", 1, False, F, "une"),
    ("fr", 21, False, F, "vingt et une"), ("fr", 200, False, None, "deux cents"),
    ("fr", 1, True, M, "premier"), ("fr", 1, True, F, "première"),
    ("fr", 21, True, None, "vingt et unième"), ("fr", 21, True, F, "vingt et unième"),
    ("fr", 58, True, None, "cinquante-huitième"), ("fr", 81, True, None, "quatre-vingt-unième"),
    ("fr", 101, True, None, "cent unième"), ("fr", 80, True, None, "quatre-vingtième"),
    ("fr", 3, True, None, "troisième"), ("fr", 23, True, None, "vingt-troisième"),
    ("fr", 200, True, None, "deux centième"), ("fr", 4, True, None, "quatrième"),
    ("fr", 5, True, None, "cinquième"), ("fr", 9, True, None, "neuvième"),
    ("es", 1, False, M, "un"), ("es", 1, False, F, "una"),
    ("es", 21, False, M, "veintiún"), ("es", 21, False, F, "veintiuna"),
    ("es", 101, False, None, "ciento un"), ("es", 101, False, F, "ciento una"),
    ("es", 200_000, False, F, "doscientas mil"),
    ("es", 1, True, M, "primero"), ("es", 1, True, F, "primera"),
    ("es", 11, True, None, "undécimo"), ("es", 12, True, F, "duodécima"),
    ("es", 58, True, None, "quincuagésimo octavo"),
    ("en", 21, False, None, "twenty-one"), ("en", 101, False, None, "one hundred and one"),
    ("en", 30, True, None, "thirtieth"), ("en", 58, True, F, "fifty-eighth"),
    ("en", 1, True, None, "first"),
    ("en", 100_100, False, None, "one hundred thousand one hundred"),
    ("zh", 1, False, None, "一"), ("zh", 2, False, None, "两"), ("zh", 2, True, None, "第二"), ("zh", 30, False, None, "三十"),
    ("zh", 58, False, F, "五十八"), ("zh", 58, True, None, "第五十八"),
    ("zh", 101, True, None, "第一百零一"),
]


@pytest.mark.parametrize("lang, n, ordinal, gender, expected", OTHERS)
def test_other_languages(lang, n, ordinal, gender, expected):
    assert spell(lang, n, ordinal=ordinal, gender=gender) == expected


@pytest.mark.parametrize("lang, n", [(lang, n) for lang in ("ar", "zh", "en", "fr", "ru", "es")
                                     for n in (0, 7, 999_999)])
def test_whole_range_is_spelled_out(lang, n):
    text = spell(lang, n)
    assert text and not any(ch.isdigit() for ch in text) and "  " not in text


@pytest.mark.parametrize("lang, kwargs, message", [
    ("fr", {"case": "genitive"}, "French has no case; expected no case"),
    ("es", {"case": "nominative"}, "Spanish has no case; expected no case"),
    ("en", {"case": "genitive"}, "English has no case; expected no case"),
    ("zh", {"case": "genitive"}, "Chinese has no case; expected no case"),
    ("fr", {"gender": "neuter"}, "expected a gender: masculine, feminine"),
    ("es", {"gender": "plural"}, "expected a gender: masculine, feminine"),
    ("ar", {"gender": "neuter"}, "expected a gender: masculine, feminine"),
    ("ar", {"case": "dative"}, "expected a case: nominative, accusative, genitive"),
    ("ru", {"case": "vocative"}, "expected a case: nominative, genitive, dative, accusative, "
                                 "instrumental, prepositional"),
    ("ru", {"gender": "common"}, "expected a gender: masculine, feminine, neuter, plural"),
    ("en", {"gender": "female"}, "expected a gender"),
])
def test_what_a_language_does_not_have_is_refused(lang, kwargs, message):
    with pytest.raises(ValueError, match=message):
        spell(lang, 5, **kwargs)


def test_english_and_chinese_ignore_gender():
    assert spell("en", 21, gender=F) == spell("en", 21) == "twenty-one"
    assert spell("zh", 21, gender=N) == "二十一"


@pytest.mark.parametrize("lang, n, ordinal", [("en", -1, False), ("ru", 1_000_000, False),
                                              ("fr", 0, True), ("xx", 1, False),
                                              ("ar", 1000, True)])
def test_out_of_range(lang, n, ordinal):
    with pytest.raises(ValueError):
        spell(lang, n, ordinal=ordinal)
