"""Each language's conventions for labels, notes and figures, with their sources."""
from __future__ import annotations

from ..errors import SpreportError
from ..kinds import UN_ORDER
from .base import Conventions
from . import ar, en, es, fr, ru, zh

LANGUAGES: dict[str, Conventions] = {
    module.CONVENTIONS.code: module.CONVENTIONS for module in (ar, zh, en, fr, ru, es)}


def conventions(code: str) -> Conventions:
    try:
        return LANGUAGES[code]
    except KeyError:
        known = ", ".join(c for c in UN_ORDER if c in LANGUAGES)
        raise SpreportError(f"unknown language {code!r}: expected one of {known}",
                            field="--lang") from None
