"""Render one message of the catalogs in one language with figures of the test's choosing,
as the templates would: the tables of expected sentences per language use it."""
from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from markupsafe import Markup

from spreport.compose.catalogs import translations
from spreport.compose.environment import Messages
from spreport.compose.helpers import Helpers
from spreport.compose.values import Inflected
from spreport.data.year import load_year
from spreport.lang import conventions
from spreport.translations import domains, extract

ROOT = Path(__file__).resolve().parent.parent
YEAR = ROOT / "data" / "2024"


@cache
def _data():
    return load_year(YEAR, ROOT)


@cache
def _messages(lang: str) -> Messages:
    return Messages(translations(ROOT, YEAR, lang), conventions(lang))


@cache
def _msgids() -> tuple[str, ...]:
    return tuple(m.id for d in domains(ROOT, YEAR) for m in extract(d, ROOT)
                 if isinstance(m.id, str) and m.id)


def msgid(start: str) -> str:
    """The one English message that begins with `start`."""
    found = [m for m in _msgids() if m.startswith(start)]
    assert len(found) == 1, f"{len(found)} messages begin with {start!r}"
    return found[0]


def helpers(lang: str) -> Helpers:
    return Helpers(_data(), conventions(lang))


def person(name: str, gender: str) -> Inflected:
    return Inflected({"text": name}, gender, f"person {name}")


def say(lang: str, start: str, **values) -> str:
    """The message beginning with `start`, in `lang`: an int is a count as `|num` gives it,
    ("count", n) as `|count` gives it, ("ordinal", n) as `|ordinal`, ("figure", n) a figure
    that counts nothing; other values (a year: "2024") as given.
    Footnote placeholders are left out of the text."""
    h = helpers(lang)
    filled = {}
    for name, value in values.items():
        if isinstance(value, bool):
            filled[name] = value
        elif isinstance(value, int):
            filled[name] = h.num(value)
        elif isinstance(value, tuple):
            filled[name] = getattr(h, value[0])(*value[1:])
        else:
            filled[name] = value
    text = str(_messages(lang).gettext(msgid(start), **filled))
    return re.sub(r"<note>.*?</note>", "", text)


NOTE = Markup("<note>n</note>")
