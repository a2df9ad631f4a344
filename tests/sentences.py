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


def _plain(children) -> str:
    """The text of inline nodes, footnotes left out."""
    from spreport import tree
    out = []
    for node in children:
        if isinstance(node, tree.Text):
            out.append(node.text)
        elif isinstance(node, tree.Footnote):
            continue
        elif hasattr(node, "children"):
            out.append(_plain(node.children))
    return "".join(out)


def composed(lang: str, edit, kind: str = "report") -> list[str]:
    """The blocks of a document of 2024 composed in `lang` from the year's data as `edit(data)`
    changed it in memory (registers and YAML values): each paragraph ("27. …"),
    subparagraph ("(a) …", "a) …") and table row ("cell | cell …") as one line, notes left
    out."""
    from spreport import tree
    from spreport.pipeline import document_tree
    data = load_year(YEAR, ROOT)
    edit(data)
    lines = []
    for block in tree.blocks(document_tree(data, kind, lang)):
        if isinstance(block, tree.Table):
            lines += [" | ".join(_plain(c.children) for c in row) for row in block.body]
        elif isinstance(block, (tree.Paragraph, tree.Subparagraph)):
            lines.append(f"{block.label} {_plain(block.children)}")
    return lines


def arria_meetings(data) -> None:
    """Four Arria-formula meetings: 2024's three and one more, on 20 June 2024, which the
    Special Rapporteur on torture took part in (the titles of the humanitarian one)."""
    rows = data.registers["engagement"]
    humanitarian = next(r for r in rows if r["date"].isoformat() == "2024-11-25")
    extra = dict(humanitarian)
    extra["date"] = __import__("datetime").date(2024, 6, 20)
    extra["mandates"] = ["torture"]
    rows.append(extra)


def one_court(data) -> None:
    """One amicus submission: to the District Court of The Hague."""
    data.registers["amicus"][:] = [r for r in data.registers["amicus"]
                                   if r["court_en"] == "District Court of The Hague"]


def next_series(data) -> None:
    """The 31st annual meeting; the forums' next sessions, the business forum over two days
    and the minority forum over three."""
    import datetime
    data.values["document"]["annual_meeting"]["number"] = 31
    business, minority = data.values["events"]["business_forum"], data.values["events"]["minority_forum"]
    business["session"], minority["session"] = 14, 18
    business["closing"] = datetime.date(2024, 11, 26)
    minority["closing"] = datetime.date(2024, 11, 30)


def paragraph(lines: list[str], contains: str, subparagraphs: int = 0) -> list[str]:
    """The first line holding `contains` and the `subparagraphs` lines after it."""
    i = next(n for n, line in enumerate(lines) if contains in line)
    return lines[i:i + 1 + subparagraphs]
