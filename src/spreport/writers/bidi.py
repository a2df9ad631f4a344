"""Writing direction: which languages are set right to left, and which text inside them
stays left to right."""
from __future__ import annotations

import re

RIGHT_TO_LEFT = {"ar"}
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
_LATIN = re.compile("[A-Za-z\u00c0-\u024f]")


def right_to_left(lang: str) -> bool:
    return lang in RIGHT_TO_LEFT


def left_to_right(text: str) -> bool:
    """Whether `text`, inside a right-to-left document, is Latin and keeps left to right:
    symbols, URLs. Digits and punctuation alone (labels, a full stop) follow the paragraph."""
    return bool(_LATIN.search(text)) and not _ARABIC.search(text)
