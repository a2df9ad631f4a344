"""Numerals UN documents write out: Roman, Chinese, Spanish small counts, Arabic chapter numbers
and letters; number words in general are in words.py."""
from __future__ import annotations

_ROMAN = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))

_ZH_DIGITS = "零一二三四五六七八九"



def roman(n: int) -> str:
    out = []
    for value, letters in _ROMAN:
        count, n = divmod(n, value)
        out.append(letters * count)
    return "".join(out)


def letter(n: int, alphabet: str = "abcdefghijklmnopqrstuvwxyz") -> str:
    """1 → a, 26 → z, 27 → aa (UN practice doubles the letter)."""
    count, index = divmod(n - 1, len(alphabet))
    return alphabet[index] * (count + 1)


def chinese(n: int) -> str:
    """Chinese numerals for 0–9999: 10 → 十, 21 → 二十一, 105 → 一百零五."""
    if n < 10:
        return _ZH_DIGITS[n]
    if n < 20:
        return "十" + (_ZH_DIGITS[n - 10] if n > 10 else "")
    out, zero = [], False
    for value, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit, n = divmod(n, value)
        if digit:
            if zero:
                out.append("零")
            out.append(_ZH_DIGITS[digit] + unit)
            zero = False
        elif out:
            zero = True
    return "".join(out)


_ES_UNITS = "cero uno dos tres cuatro cinco seis siete ocho nueve".split()


def spanish_words(n: int) -> str:
    """Spanish cardinal words for 0–9; larger counts stay in figures."""
    return _ES_UNITS[n] if 0 <= n < 10 else str(n)


_AR_ADVERBS = ("أولاً ثانياً ثالثاً رابعاً خامساً سادساً سابعاً ثامناً تاسعاً عاشراً").split()
_AR_ONES = ("الحادي الثاني الثالث الرابع الخامس السادس السابع الثامن التاسع").split()
_AR_ADVERB_TENS = {2: "عشرون", 3: "ثلاثون", 4: "أربعون", 5: "خمسون"}


def arabic_adverb(n: int) -> str:
    """Chapter numbers in UN Arabic: أولاً، ثانياً … عاشراً، حادي عشر، ثاني عشر …"""
    if n <= 10:
        return _AR_ADVERBS[n - 1]
    if n < 20:
        return f"{_AR_ONES[n - 11][2:]} عشر"
    tens, unit = divmod(n, 10)
    tail = _AR_ADVERB_TENS[tens]
    return tail if unit == 0 else f"{_AR_ONES[unit - 1][2:]} و{tail}"


# Section letters of UN Arabic documents: the names of the abjad letters (ألف، باء، جيم …).
ARABIC_SECTION_LETTERS = ("ألف باء جيم دال هاء واو زاي حاء طاء ياء كاف لام ميم نون سين عين "
                          "فاء صاد قاف راء شين تاء ثاء خاء ذال ضاد ظاء غين").split()
# Subparagraph letters, in abjad order: (أ) (ب) (ج) (د) (هـ) (و) (ز) (ح) (ط) (ي) …
ARABIC_SUBPARAGRAPH_LETTERS = ("أ ب ج د هـ و ز ح ط ي ك ل م ن س ع ف ص ق ر ش ت ث خ ذ ض ظ غ").split()
