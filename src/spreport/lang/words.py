"""Numbers in words, cardinal and ordinal, with gender and case, as UN documents write them.

`spell(lang, n, ordinal=…, gender=…, case=…)` spells 0 ≤ n ≤ 999 999 in ar zh en fr ru es.
English, Chinese, French, Russian cardinals and Spanish come from CLDR's rule-based number
formatting (the `unicode_rbnf` package, loaded lazily); where CLDR departs from UN style or is
wrong, the rule is overridden below. Arabic is written here in full: CLDR's Arabic rules are
poor (hamza in «إثنان», no polarity for 3–10, «إحدى عشر» for a masculine noun, no case).

Gender and case
  - None gender means masculine in every language; None case means nominative.
  - en, zh: any gender is accepted and ignored (they do not inflect); a case is an error.
  - fr, es: masculine, feminine; no case.
  - ru: masculine, feminine, neuter, plural; nominative, genitive, dative, accusative,
    instrumental, prepositional (CLDR calls the last two "ablative" and "locative").
    The accusative is the inanimate one (= nominative for masculine and plural); for an
    animate noun ask for the genitive.
  - ar: masculine, feminine; nominative, accusative, genitive (the accusative and genitive are
    spelt alike without vowel marks). For a CARDINAL, `gender` is the gender of the COUNTED
    NOUN, not of the number word: 3–10 take the opposite gender (ثلاثة تقارير, ثلاث دول).
    For an ORDINAL, `gender` is the gender of the noun it qualifies (الدورة الثامنة والخمسون).

UN rules applied over CLDR. Sources: the UN editorial manuals (UN Editorial Manual for
English; the French, Spanish and Russian translation services' style guides), the way
published UN documents write session titles and numbers — A/HRC/RES/36/7 (Arabic) and
A/HRC/24/1 (Russian) were the documents named when this module was written — and the grammar
references named per rule. Section numbers are deliberately not quoted: check them against
the reference before citing one.
  en  1. "one hundred and one": UN English is British English and writes "and" after hundred
         and thousand (British usage, which the UN Editorial Manual follows) — CLDR's
         "verbose" rulesets.
      2. no comma inside a number in words: CLDR verbose writes "one hundred thousand, one
         hundred"; UN English (British) writes "one hundred thousand one hundred".
  fr  3. traditional spelling, not the 1990 reform: "vingt et un", "soixante et onze",
         "vingt et unième" without hyphens around "et" (UN French style; Grevisse, Le Bon Usage,
         «les déterminants numéraux»; the HRC's French session titles read «vingt et unième
         session», «trente et unième session»).
      4. ordinals are made from the corrected cardinal: "cent unième", "quatre-vingt-unième",
         "quatre-vingt-onzième", "mille unième" (CLDR: "cent-et-unième",
         "quatre-vingt-et-unième", "quatre-vingt-et-onzième", "mille-et-unième"); "premier"/
         "première" only for 1 itself (Grevisse, ordinaux).
  es  5. feminine hundreds agree across "mil": "doscientas mil personas" (Diccionario
         panhispánico de dudas, s.v. «doscientos» and the other -cientos; RAE Nueva gramática,
         los numerales); CLDR writes "doscientos mil" in its feminine ruleset. "veintiún mil"
         is kept (the DPD admits it beside "veintiuna mil").
      6. 11th and 12th are "undécimo(a)", "duodécimo(a)" as UN Spanish running text writes
         them («en su undécimo período de sesiones»); CLDR writes
         "decimoprimero", "decimosegundo" (accepted by the RAE but not the UN form).
  ru  7. «ё» is written «е» (UN Russian editorial practice): "четырем", "трехсот".
      8. masculine prepositional of a compound cardinal: CLDR writes "двадцать одном",
         "тридцать"; the masculine oblique cases equal the neuter ones ("двадцати одном",
         "тридцати") (Розенталь, Справочник по правописанию и стилистике, склонение числительных).
      9. ordinals are built here, not by CLDR, whose rules break above 199 ("двести" for
         200th, "двадцать одна тысяч" for 21 000th, nothing at 100 000), mis-decline 40
         ("сороковой" for the locative) and 3 ("третьому"). Only the last word is an ordinal
         and declines ("сто двадцать первый"); round hundreds and thousands are one word with
         the genitive stem ("двухсотый", "двадцатиоднотысячный", "стотысячный"); 1001st is
         "тысяча первый" (Розенталь, порядковые числительные).
  zh 10. ordinal = "第" + cardinal: "第一百零一" (CLDR writes "第一百〇一").
  zh 11. a count of two is 两, the numeral that precedes a measure word ("两名任务负责人",
         A/HRC/58/70, para. 37); 二 stays in ordinals and in larger numbers (二十一).
  ar 11. everything (see above); «اثنان» without hamza, «مائة» with alif as UN Arabic writes
         it (ar.py: «في المائة»), 21–99 as "unit و tens" with the tens by case (the
         HRC's Arabic usage «في دورته الثامنة والخمسين»), ordinals of 101–999 as
         «الحادي بعد المائة»; Arabic ordinals stop at 999 (ValueError above). 21 is
         «واحد وعشرون» / «واحدة وعشرون» (أحد/إحدى وعشرون are equally correct); thousands:
         ألف، ألفان، ثلاثة آلاف، أحد عشر ألفاً، مائة ألف، مائتا ألف، مائة ألف وألف.
         Reference: عباس حسن، النحو الوافي، ج 4، باب العدد.
Ordinals of 0 raise ValueError in every language (no UN document numbers a zeroth item).
"""
from __future__ import annotations

import functools

__all__ = ["spell"]

MAX = 999_999

_NAMES = {"ar": "Arabic", "zh": "Chinese", "en": "English", "fr": "French", "ru": "Russian",
          "es": "Spanish"}
_ALL_GENDERS = ("masculine", "feminine", "neuter", "plural")
_GENDERS = {"ar": ("masculine", "feminine"), "fr": ("masculine", "feminine"),
            "es": ("masculine", "feminine"), "ru": _ALL_GENDERS,
            "en": _ALL_GENDERS, "zh": _ALL_GENDERS}
_CASES = {"ru": ("nominative", "genitive", "dative", "accusative", "instrumental",
                 "prepositional"),
          "ar": ("nominative", "accusative", "genitive")}


def spell(lang: str, n: int, *, ordinal: bool = False, gender: str | None = None,
          case: str | None = None) -> str:
    """n (0 <= n <= 999_999) in words, cardinal or ordinal, in the gender and case asked."""
    if lang not in _NAMES:
        raise ValueError(f"unknown language {lang!r}; expected one of {', '.join(_NAMES)}")
    if isinstance(n, bool) or not isinstance(n, int):
        raise ValueError(f"{n!r} is not a whole number")
    if not 0 <= n <= MAX:
        raise ValueError(f"{n} is out of range; expected 0 to {MAX:_}")
    if ordinal and n == 0:
        raise ValueError("0 has no ordinal; expected 1 or more")
    name = _NAMES[lang]
    genders = _GENDERS[lang]
    if gender is not None and gender not in genders:
        raise ValueError(f"{name} has no {gender} gender; expected a gender: {', '.join(genders)}")
    cases = _CASES.get(lang, ())
    if case is not None and case not in cases:
        if not cases:
            raise ValueError(f"{name} has no case; expected no case")
        raise ValueError(f"{name} has no {case} case; expected a case: {', '.join(cases)}")
    gender = gender or "masculine"
    case = case or "nominative"
    return _SPELLERS[lang](n, ordinal, gender, case)


# --- CLDR ---------------------------------------------------------------------------------

@functools.cache
def _engine(lang: str):
    from unicode_rbnf import RbnfEngine   # imported here: loading the rules costs time
    return RbnfEngine.for_language(lang)


def _cldr(lang: str, n: int, ruleset: str) -> str:
    return _engine(lang).format_number(n, ruleset_names=[ruleset]).text


# --- English, Chinese ---------------------------------------------------------------------

def _en(n: int, ordinal: bool, gender: str, case: str) -> str:
    text = _cldr("en", n, "spellout-ordinal-verbose" if ordinal else "spellout-cardinal-verbose")
    return text.replace(", ", " ")                                      # rule 2


def _zh(n: int, ordinal: bool, gender: str, case: str) -> str:
    text = _cldr("zh", n, "spellout-cardinal")
    if ordinal:
        return "第" + text                                              # rule 10
    return "两" if n == 2 else text                                     # rule 11


# --- French -------------------------------------------------------------------------------

def _fr_cardinal(n: int, gender: str) -> str:
    return _cldr("fr", n, f"spellout-cardinal-{gender}").replace("-et-", " et ")   # rule 3


def _fr(n: int, ordinal: bool, gender: str, case: str) -> str:
    if not ordinal:
        return _fr_cardinal(n, gender)
    if n == 1:
        return "première" if gender == "feminine" else "premier"
    words = _fr_cardinal(n, "masculine")                                # rule 4
    cut = max(words.rfind(" "), words.rfind("-")) + 1
    head, last = words[:cut], words[cut:]
    if last == "cinq":
        last = "cinqu"
    elif last == "neuf":
        last = "neuv"
    elif last in ("vingts", "cents") or last.endswith("e"):   # quatre, onze … soixante, mille
        last = last[:-1]
    return f"{head}{last}ième"


# --- Spanish ------------------------------------------------------------------------------

_ES_ORDINAL_FIXES = {"decimoprimero": "undécimo", "decimoprimera": "undécima",
                     "decimosegundo": "duodécimo", "decimosegunda": "duodécima"}


def _es(n: int, ordinal: bool, gender: str, case: str) -> str:
    if ordinal:
        text = _cldr("es", n, f"spellout-ordinal-{gender}")
        return " ".join(_ES_ORDINAL_FIXES.get(w, w) for w in text.split())     # rule 6
    if gender == "masculine" or n < 1000:
        return _cldr("es", n, f"spellout-cardinal-{gender}")
    thousands, rest = divmod(n, 1000)                                    # rule 5
    head = _cldr("es", thousands * 1000, "spellout-cardinal-masculine").replace("ientos ",
                                                                                "ientas ")
    return head if not rest else f"{head} {_cldr('es', rest, 'spellout-cardinal-feminine')}"


# --- Russian ------------------------------------------------------------------------------

_RU_CLDR_CASE = {"nominative": "", "genitive": "-genitive", "dative": "-dative",
                 "accusative": "-accusative", "instrumental": "-ablative",
                 "prepositional": "-locative"}


def _ru_cardinal(n: int, gender: str, case: str) -> str:
    if gender == "masculine" and case == "prepositional":
        gender = "neuter"                                                # rule 8
    return _cldr("ru", n, f"spellout-cardinal-{gender}{_RU_CLDR_CASE[case]}").replace("ё", "е")


# Ordinal stems of the last word; "*" marks a stressed ending (второй, not вторый).
_RU_STEMS = {1: "перв", 2: "втор*", 3: "трет", 4: "четверт", 5: "пят", 6: "шест*",
             7: "седьм*", 8: "восьм*", 9: "девят", 10: "десят", 11: "одиннадцат",
             12: "двенадцат", 13: "тринадцат", 14: "четырнадцат", 15: "пятнадцат",
             16: "шестнадцат", 17: "семнадцат", 18: "восемнадцат", 19: "девятнадцат",
             20: "двадцат", 30: "тридцат", 40: "сороков*", 50: "пятидесят",
             60: "шестидесят", 70: "семидесят", 80: "восьмидесят", 90: "девяност",
             100: "сот", 200: "двухсот", 300: "трехсот", 400: "четырехсот", 500: "пятисот",
             600: "шестисот", 700: "семисот", 800: "восьмисот", 900: "девятисот"}
_RU_ORDER = ("nominative", "genitive", "dative", "accusative", "instrumental", "prepositional")
# Endings by gender in the order of _RU_ORDER; the masculine nominative/accusative ending is
# "ый" or, for a stressed stem, "ой".
_RU_HARD = {"masculine": ("ый", "ого", "ому", "ый", "ым", "ом"),
            "neuter": ("ое", "ого", "ому", "ое", "ым", "ом"),
            "feminine": ("ая", "ой", "ой", "ую", "ой", "ой"),
            "plural": ("ые", "ых", "ым", "ые", "ыми", "ых")}
_RU_THIRD = {"masculine": ("третий", "третьего", "третьему", "третий", "третьим", "третьем"),
             "neuter": ("третье", "третьего", "третьему", "третье", "третьим", "третьем"),
             "feminine": ("третья", "третьей", "третьей", "третью", "третьей", "третьей"),
             "plural": ("третьи", "третьих", "третьим", "третьи", "третьими", "третьих")}


def _ru_adjective(stem: str, gender: str, case: str) -> str:
    index = _RU_ORDER.index(case)
    if stem == "трет":
        return _RU_THIRD[gender][index]
    ending = _RU_HARD[gender][index]
    if stem.endswith("*"):
        stem = stem[:-1]
        if ending == "ый":
            ending = "ой"
    return stem + ending


def _ru_thousands_stem(thousands: int) -> str:
    """The first part of a round thousandth: 2 → двух(тысячный), 21 → двадцатиодно(…)."""
    if thousands == 1:
        return ""
    words = _ru_cardinal(thousands, "masculine", "genitive").split()
    fixes = {"одного": "одно", "девяноста": "девяносто", "ста": "сто"}
    return "".join(fixes.get(w, w) for w in words)


def _ru_ordinal(n: int, gender: str, case: str) -> str:                  # rule 9
    if n % 1000 == 0:
        return _ru_adjective(_ru_thousands_stem(n // 1000) + "тысячн", gender, case)
    below = n % 1000
    rest = below % 100
    if rest == 0:
        last = below
    elif rest < 20 or rest % 10 == 0:
        last = rest
    else:
        last = rest % 10
    word = _ru_adjective(_RU_STEMS[last], gender, case)
    if n == last:
        return word
    head = _ru_cardinal(n - last, "masculine", "nominative")
    if n // 1000 == 1:
        head = head.removeprefix("одна ")          # тысяча первый, not одна тысяча первый
    return f"{head} {word}"


def _ru(n: int, ordinal: bool, gender: str, case: str) -> str:
    return _ru_ordinal(n, gender, case) if ordinal else _ru_cardinal(n, gender, case)


# --- Arabic -------------------------------------------------------------------------------
# `fem` is True when the counted noun (cardinal) or the qualified noun (ordinal) is
# feminine; `oblique` when the case is accusative or genitive.

# 3–10 as they go with a masculine noun (ثلاثة رجال) and with a feminine one (ثلاث نساء).
_AR_UNITS_FOR_MASC = "ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة عشرة".split()
_AR_UNITS_FOR_FEM = "ثلاث أربع خمس ست سبع ثماني تسع عشر".split()
_AR_TENS = {2: "عشرون", 3: "ثلاثون", 4: "أربعون", 5: "خمسون", 6: "ستون", 7: "سبعون",
            8: "ثمانون", 9: "تسعون"}
_AR_HUNDREDS = {1: "مائة", 3: "ثلاثمائة", 4: "أربعمائة", 5: "خمسمائة", 6: "ستمائة",
                7: "سبعمائة", 8: "ثمانمائة", 9: "تسعمائة"}
_AR_ORDINALS_M = "الأول الثاني الثالث الرابع الخامس السادس السابع الثامن التاسع العاشر".split()
_AR_ORDINALS_F = ("الأولى الثانية الثالثة الرابعة الخامسة السادسة السابعة الثامنة التاسعة "
                  "العاشرة").split()


def _ar_tens(tens: int, oblique: bool) -> str:
    word = _AR_TENS[tens]
    return word[:-2] + "ين" if oblique else word


def _ar_unit(d: int, fem: bool, oblique: bool) -> str:
    if d == 1:
        return "واحدة" if fem else "واحد"
    if d == 2:
        if fem:
            return "اثنتين" if oblique else "اثنتان"
        return "اثنين" if oblique else "اثنان"
    return (_AR_UNITS_FOR_FEM if fem else _AR_UNITS_FOR_MASC)[d - 3]     # polarity


def _ar_below_100(n: int, fem: bool, oblique: bool) -> str:
    if n <= 10:
        return _ar_unit(n, fem, oblique)
    ten = "عشرة" if fem else "عشر"                   # the ten of 11–19 agrees with the noun
    if n == 11:
        return "إحدى عشرة" if fem else "أحد عشر"
    if n == 12:
        if fem:
            return ("اثنتي" if oblique else "اثنتا") + " " + ten
        return ("اثني" if oblique else "اثنا") + " " + ten
    if n < 20:
        return f"{_ar_unit(n - 10, fem, oblique)} {ten}"
    tens, unit = divmod(n, 10)
    if not unit:
        return _ar_tens(tens, oblique)
    return f"{_ar_unit(unit, fem, oblique)} و{_ar_tens(tens, oblique)}"


def _ar_hundreds(h: int, oblique: bool, construct: bool = False) -> str:
    if h == 2:
        word = "مائتي" if oblique else "مائتا"          # construct: مائتا ألف
        return word if construct else word + "ن"
    return _AR_HUNDREDS[h]


def _ar_below_1000(n: int, fem: bool, oblique: bool) -> str:
    h, rest = divmod(n, 100)
    parts = []
    if h:
        parts.append(_ar_hundreds(h, oblique))
    if rest:
        parts.append(_ar_below_100(rest, fem, oblique))
    return " و".join(parts)


def _ar_thousands(t: int, oblique: bool) -> str:
    """t thousand; ألف is masculine, so the number takes the forms for a masculine noun."""
    if t == 1:
        return "ألف"
    if t == 2:
        return "ألفين" if oblique else "ألفان"
    if t <= 10:
        return f"{_ar_below_100(t, False, oblique)} آلاف"
    if t < 100:
        return f"{_ar_below_100(t, False, oblique)} ألفاً"
    h, rest = divmod(t, 100)
    if rest == 0:
        return f"{_ar_hundreds(h, oblique, construct=True)} ألف"
    if rest <= 2:                                     # مائة ألف وألف, مائة ألف وألفان
        return f"{_ar_hundreds(h, oblique, construct=True)} ألف و{_ar_thousands(rest, oblique)}"
    return f"{_ar_hundreds(h, oblique)} و{_ar_thousands(rest, oblique)}"


def _ar_cardinal(n: int, fem: bool, oblique: bool) -> str:
    if n == 0:
        return "صفر"
    t, rest = divmod(n, 1000)
    parts = []
    if t:
        parts.append(_ar_thousands(t, oblique))
    if rest:
        parts.append(_ar_below_1000(rest, fem, oblique))
    return " و".join(parts)


def _ar_ordinal_below_100(n: int, fem: bool, oblique: bool, after_hundreds: bool = False) -> str:
    if n == 1 and after_hundreds:
        return "الحادية" if fem else "الحادي"            # الحادي بعد المائة
    if n <= 10:
        return (_AR_ORDINALS_F if fem else _AR_ORDINALS_M)[n - 1]
    tens, unit = divmod(n, 10)
    if unit == 0 and tens >= 2:
        return "ال" + _ar_tens(tens, oblique)
    if unit == 1:
        first = "الحادية" if fem else "الحادي"          # not الأول in compounds
    else:
        first = (_AR_ORDINALS_F if fem else _AR_ORDINALS_M)[unit - 1]
    if tens == 1:
        return f"{first} {'عشرة' if fem else 'عشر'}"
    return f"{first} وال{_ar_tens(tens, oblique)}"


def _ar_ordinal(n: int, fem: bool, oblique: bool) -> str:
    if n >= 1000:
        raise ValueError(f"Arabic ordinals are spelled out up to 999, not {n}")
    h, rest = divmod(n, 100)
    if not h:
        return _ar_ordinal_below_100(rest, fem, oblique)
    if not rest:
        return "ال" + _ar_hundreds(h, oblique)
    # «بعد» governs the genitive: الحادي والعشرون بعد المائتين
    return f"{_ar_ordinal_below_100(rest, fem, oblique, True)} بعد ال{_ar_hundreds(h, True)}"


def _ar(n: int, ordinal: bool, gender: str, case: str) -> str:
    fem, oblique = gender == "feminine", case != "nominative"
    return _ar_ordinal(n, fem, oblique) if ordinal else _ar_cardinal(n, fem, oblique)


_SPELLERS = {"ar": _ar, "zh": _zh, "en": _en, "fr": _fr, "ru": _ru, "es": _es}
