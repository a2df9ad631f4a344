"""Numerals UN documents write out: Roman, Chinese, English words."""
from __future__ import annotations

_ROMAN = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))

_ZH_DIGITS = "零一二三四五六七八九"

_EN_UNITS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen "
             "fourteen fifteen sixteen seventeen eighteen nineteen").split()
_EN_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
_EN_ORDINAL = {"one": "first", "two": "second", "three": "third", "five": "fifth",
               "eight": "eighth", "nine": "ninth", "twelve": "twelfth"}


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


def english_words(n: int) -> str:
    """English cardinal words for 0–99 (UN style hyphenates: twenty-one)."""
    if n < 20:
        return _EN_UNITS[n]
    if n < 100:
        tens, unit = divmod(n, 10)
        return _EN_TENS[tens] + (f"-{_EN_UNITS[unit]}" if unit else "")
    raise ValueError(f"no English words for {n}")


def english_ordinal_words(n: int) -> str:
    """first, second … thirtieth, fifty-eighth."""
    words = english_words(n)
    head, _, last = words.rpartition("-")
    if last in _EN_ORDINAL:
        last = _EN_ORDINAL[last]
    elif last.endswith("y"):
        last = last[:-1] + "ieth"
    else:
        last += "th"
    return f"{head}-{last}" if head else last
