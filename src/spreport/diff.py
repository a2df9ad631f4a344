"""`spreport diff`: every figure the documents state, one year beside the other.

"Every figure the documents state" is what the sentences print: both documents of a year are
composed in English with a recorder on the message layer (environment.Messages), which hands
back each message's placeholder values. A figure (values.Figure), a percentage (a `percent`
result, "46.62 per cent") or a plain number is kept; names, dates and lists are not, and
neither is the year of the report itself (it changes by one everywhere). Table cells are no
messages and are not compared, but for the titles a message composes from their series' number
(the forums' sessions, the annual meeting's declaration: addendum tables XII and XIX).

A figure is keyed by what stays put from one year to the next: the document, the English
message, the State it is about when the message names one (`%(state)s (%(cases)s)`), the
placeholder and, for a message said more than once, its occurrence. Where it stands (the
paragraph, its footnote, the chapter or section) is found in the composed, numbered tree.
"""
from __future__ import annotations

import csv
import re
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal
from html import unescape
from pathlib import Path

from babel import Locale
from markupsafe import Markup

from . import tree
from .compose import compose
from .compose import message
from .compose.message import names
from .compose.values import Figure, Inflected
from .data.year import YearData
from .kinds import DOCUMENTS
from .lang import conventions
from .transforms import apply

HEADER = ("document", "where", "message", "placeholder", "kind", "last year", "this year",
          "change")


@dataclass
class Stated:
    """One figure as one year's documents state it."""
    document: str
    where: str           # para. 12, para. 14, note 6, chap. II, summary … ("" if not found)
    message: str         # the English message, shortened: "Mandate holders carried out {visits}…"
    name: str            # the placeholder
    key: tuple           # stable across years
    value: int | float | Decimal
    kind: str            # count, number, ordinal, per cent


@dataclass
class Row:
    document: str
    where: str
    message: str
    name: str
    kind: str
    before: int | float | None
    after: int | float | None

    @property
    def change(self) -> int | float | None:
        if self.before is None or self.after is None:
            return None
        return _number(Decimal(str(self.after)) - Decimal(str(self.before)))

    @property
    def changed(self) -> bool:
        return self.change != 0

    def cells(self) -> list:
        return [self.document, self.where, self.message, self.name, self.kind,
                self.before, self.after, self.change]


# --- collecting one year's figures ----------------------------------------------------------

def stated_figures(data: YearData) -> list[Stated]:
    """Every figure the report and the addendum of `data`'s year state, in document order."""
    lang = conventions("en")
    percent = _percent_pattern(lang.percent)
    recorded, docs = {}, {}
    for kind in ("addendum", "report"):
        recorded[kind] = []
        docs[kind] = compose(data, kind, lang, recorder=recorded[kind])
        apply(docs[kind], lang, docs["addendum"] if kind == "report" else None)
    figures = []
    for kind in DOCUMENTS:
        calls = _calls(recorded[kind])
        places = _locate(calls, _units(docs[kind]), Locale.parse(lang.locale).plural_form)
        said = Counter(msgid for msgid, _ in calls)
        seen: dict[tuple, int] = {}
        for (msgid, values), where in zip(calls, places):
            used = names(msgid)
            context = () if said[msgid] == 1 else tuple(
                str(v) for n, v in values.items()
                if n in used and isinstance(v, Inflected) and v.what == "a State")
            shown = _shorten(msgid) + (f" [{', '.join(context)}]" if context else "")
            for name, value in values.items():
                if name not in used:
                    continue
                number = _figure(value, percent)
                if number is None or name == "year" and number[0] == data.year:
                    continue
                base = (kind, msgid, context, name)
                seen[base] = seen.get(base, 0) + 1
                figures.append(Stated(kind, where, shown, name, base + (seen[base],),
                                      *number))
    return figures


def _figure(value, percent: re.Pattern):
    """(number, kind) of a placeholder value that is a figure, else None."""
    if isinstance(value, Figure) and value.kind == "per cent":
        value = value.text                   # the share as printed, rounded as it is
    if isinstance(value, Figure):
        return value.value, value.kind
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return _number(value), "number"
    if isinstance(value, str) and (m := percent.fullmatch(str(value).strip())):
        return Decimal(m.group(1).replace(",", "")), "per cent"
    return None


def _percent_pattern(pattern: str) -> re.Pattern:
    before, _, after = pattern.partition("{number}")
    return re.compile(re.escape(before) + r"(-?[\d,]+(?:\.\d+)?)" + re.escape(after))


def _number(value):
    """An int for a whole number (also a LineInt from the YAML), else a float."""
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return int(value) if isinstance(value, int) else float(value)


def _calls(recorded: list) -> list[tuple[str, dict]]:
    """The recorder's (msgid, name, value) triples grouped back into message calls: a call's
    values are recorded together, and a name cannot occur twice in one call."""
    calls: list[tuple[str, dict]] = []
    for msgid, name, value in recorded:
        if not calls or calls[-1][0] != msgid or name in calls[-1][1]:
            calls.append((msgid, {}))
        calls[-1][1][name] = value
    return calls


def _sketch(parts, number: str = "") -> str:
    """A message as a reader recognizes it: each placeholder written `{name}`, each choice
    by its `other` branch ("Mandate holders carried out {visits} country visits to …")."""
    out = []
    for part in parts:
        if isinstance(part, message.Argument):
            if part.branches:
                out.append(_sketch(part.branches["other"],
                                   "{" + part.name + "}" if part.kind == "plural" else number))
            else:
                out.append("{" + part.name + "}")
        elif isinstance(part, tuple):
            out.append(number if part[0] == "#" else "{" + part[1] + "}")
        else:
            out.append(part)
    return "".join(out)


def _shorten(msgid: str, words: int = 10) -> str:
    text = re.sub(r"\s+", " ", unescape(re.sub(r"<[^>]*>", "", _sketch(message.parse(msgid)))))
    parts = text.split()
    return " ".join(parts[:words]) + ("…" if len(parts) > words else "")


def _needle(msgid: str, values: dict, plural_form) -> str:
    """The longest run of the message's own text as this year's documents print it (the
    message filled with its values, the notes and nested messages it holds left out)."""
    own = {n: Markup("<x/>") if isinstance(v, Markup) else v for n, v in values.items()}
    try:
        text = str(message.format_message(msgid, own, plural_form))
    except Exception:                    # noqa: BLE001 - a message it cannot fill: no place
        return ""
    pieces = [re.sub(r"\s+", " ", unescape(p)).strip() for p in re.split(r"<[^>]*>", text)]
    return max(pieces, key=len, default="")


# --- where a figure stands ------------------------------------------------------------------

def _units(doc: tree.Document) -> list[tuple[str, str]]:
    """(where, plain text) for every titled block, paragraph, subparagraph, footnote and table
    of `doc`, in reading order; the masthead's summary first."""
    units = []
    if doc.masthead is not None:
        units.append(("title", _text(doc.masthead.title) + " " + _text(doc.masthead.subtitle)))
        for part in doc.masthead.summary:
            units.append(("summary", _text(part)))
        units.extend(_notes(doc.masthead.title, "title"))

    def walk(blocks, heading):
        for block in blocks:
            if isinstance(block, (tree.Chapter, tree.Section)):
                label = (block.label or "").rstrip(".")
                here = (f"{heading}.{label}" if isinstance(block, tree.Section) and heading
                        else label)
                where = ("chap. " if isinstance(block, tree.Chapter) else "sect. ") + here
                units.append((where, _text(block.title)))
                walk(block.children, here)
            elif isinstance(block, tree.Paragraph):
                where = f"para. {block.number}"
                units.append((where, _text(block.children)))
                units.extend(_notes(block.children, where))
                for sub in block.subparagraphs:
                    units.append((f"{where} {sub.label or ''}".rstrip(),
                                  _text(sub.children)))
                    units.extend(_notes(sub.children, where))
            elif isinstance(block, tree.Table):
                where = (f"chap. {heading}" if heading and "." not in heading
                         else f"sect. {heading}" if heading else "table") + ", table"
                text = [_text(c.children) for row in block.head + block.body + block.foot
                        for c in row] + [_text(n.children) for n in block.notes]
                units.append((where, " ".join(text)))

    walk(doc.children, "")
    return units


def _notes(inlines, where: str) -> list[tuple[str, str]]:
    found = []
    for item in inlines:
        if isinstance(item, tree.Footnote):
            found.append((f"{where}, note {item.label or item.number}", _text(item.children)))
            found.extend(_notes(item.children, where))
        elif isinstance(item, (tree.Emphasis, tree.Link)):
            found.extend(_notes(item.children, where))
    return found


def _text(inlines) -> str:
    parts = []
    for item in inlines:
        if isinstance(item, tree.Text):
            parts.append(item.text)
        elif isinstance(item, (tree.Emphasis, tree.Link)):
            parts.append(_text(item.children))
    return re.sub(r"\s+", " ", "".join(parts))


def _locate(calls, units, plural_form) -> list[str]:
    """Where each message call stands: the first unit from the last one found that holds the
    message's longest literal piece; a message too short to find (a list item, "%(state)s
    (%(cases)s)") stands where the next message found does, the sentence it is part of."""
    places: list[str | None] = []
    cursor = 0
    for msgid, values in calls:
        needle = _needle(msgid, values, plural_form)
        where = None
        if len(needle) >= 12:
            order = list(range(cursor, len(units))) + list(range(cursor))
            for i in order:
                if needle in units[i][1]:
                    where, cursor = units[i][0], i
                    break
        places.append(where)
    following = ""
    for i in range(len(places) - 1, -1, -1):
        if places[i] is None:
            places[i] = following
        else:
            following = places[i]
    return places


# --- comparing and writing ------------------------------------------------------------------

def compare(before: list[Stated], after: list[Stated]) -> list[Row]:
    """One row per figure of either year: changed figures first, each group in the order of
    this year's documents (a figure of last year alone where it stood then)."""
    old = {s.key: s for s in before}
    new = {s.key: s for s in after}
    rank = {s.key: (i, 0) for i, s in enumerate(after)}
    previous = -1
    for j, s in enumerate(before):          # last year's alone: after the figure before them
        if s.key in rank:
            previous = rank[s.key][0]
        else:
            rank[s.key] = (previous, 1 + j)
    rows = []
    for key in rank:
        s = new.get(key) or old[key]
        b, a = old.get(key), new.get(key)
        rows.append((key, Row(s.document, s.where, s.message, s.name, s.kind,
                              _number(b.value) if b else None,
                              _number(a.value) if a else None)))
    documents = {d: i for i, d in enumerate(DOCUMENTS)}
    rows.sort(key=lambda kr: (not kr[1].changed, documents[kr[1].document], rank[kr[0]]))
    return [row for _, row in rows]


def _shown(value, kind: str = "", sign: bool = False) -> str:
    """A figure for the terminal: counts with thousands separators (years without), a
    percentage with %, a change with its sign (percentage points for a percentage)."""
    if value is None:
        return ""
    if sign and value == 0:
        return "0"
    text = f"{value:{'+' if sign else ''}{',' if kind in ('count', 'per cent') else ''}}"
    return text + (" %" if kind == "per cent" and not sign else
                   " pts" if kind == "per cent" else "")


def table(rows: list[Row], width: int = 56) -> str:
    """The terminal table: changed figures first, marked with *."""
    head = ("", "where", "what", "", "last year", "this year", "change")
    lines = []
    for r in rows:
        what = r.message if len(r.message) <= width else \
            r.message.rstrip("…")[:width - 1].rstrip() + "…"
        lines.append(("*" if r.changed else "", f"{r.document}, {r.where}".rstrip(", "),
                      what, r.name, _shown(r.before, r.kind), _shown(r.after, r.kind),
                      _shown(r.change, r.kind, sign=True)))
    widths = [max(len(row[i]) for row in [head, *lines]) for i in range(len(head))]
    out = []
    for n, row in enumerate([head, *lines]):
        left = [row[i].ljust(widths[i]) for i in range(4)]
        right = [row[i].rjust(widths[i]) for i in range(4, 7)]
        out.append("  ".join(left + right).rstrip())
        if n == 0:
            out.append("  ".join("-" * w for w in widths))
    changed = sum(r.changed for r in rows)
    out.append(f"{changed} of {len(rows)} figures changed (*)")
    return "\n".join(out)


def write_csv(rows: list[Row], path: Path) -> None:
    with open(path, "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(HEADER)
        for r in rows:
            writer.writerow(["" if c is None else c for c in r.cells()])


def write_xlsx(rows: list[Row], path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    book = Workbook()
    sheet = book.active
    sheet.title = "diff"
    sheet.append(HEADER)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for r in rows:
        sheet.append(r.cells())
    sheet.freeze_panes = "A2"
    for column, width in zip("ABCDEFGH", (10, 18, 60, 18, 10, 12, 12, 10)):
        sheet.column_dimensions[column].width = width
    book.save(path)
