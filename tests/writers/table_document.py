"""A hand-built addendum-like document with a long table, for both writers' tests."""
from __future__ import annotations

import csv
from pathlib import Path

from spreport.tree import (Cell, Chapter, Document, Paragraph, Section, Table, TableNote,
                           TableNoteRef, Text)

STATES = 120
NAMES = Path(__file__).resolve().parents[2] / "data" / "un_country_names.csv"
WORDS = {
    "en": dict(chapter="Facts and figures", section="Communications by State", para="The table "
               "shows the communications sent to each State and the replies received.",
               state="State", comms="Communications", sent="Sent", replied="Replied",
               visits="Visits", total="Total", letters="ab",
               note_a="Joint communication with another mandate.",
               note_b="Replies received by 31 December 2024."),
    "ar": dict(chapter="حقائق وأرقام", section="البلاغات حسب الدولة", para="يبين الجدول البلاغات "
               "الموجهة إلى كل دولة والردود الواردة.", state="الدولة", comms="البلاغات",
               sent="المرسلة", replied="الردود", visits="الزيارات", total="المجموع",
               letters="أب", note_a="بلاغ مشترك مع ولاية أخرى.",
               note_b="الردود الواردة حتى 31 كانون الأول/ديسمبر 2024."),
}


def figures(i: int) -> tuple[int, int, int]:
    """Sent, replied and visits of the i-th State."""
    return i % 9 + 1, i % 5, i % 3


def table_document(lang: str) -> Document:
    """I. / A. a paragraph, then a table: a two-row head whose "Communications" spans "Sent" and
    "Replied", 120 States with their figures, a totals row; note a is called from a State's
    name, note b from the "Replied" head."""
    t = WORDS[lang]
    a, b = t["letters"]
    with NAMES.open(encoding="utf-8") as f:
        names = [row[f"short_{lang}"] for row in csv.DictReader(f)][:STATES]

    def num(value) -> Cell:
        return Cell([Text(str(value))], numeric=True)

    head = [[Cell([]), Cell([Text(t["comms"])], colspan=2), Cell([])],
            [Cell([Text(t["state"])]), Cell([Text(t["sent"])], numeric=True),
             Cell([Text(t["replied"]), TableNoteRef("b", b)], numeric=True),
             Cell([Text(t["visits"])], numeric=True)]]
    body = [[Cell([Text(name)] + ([TableNoteRef("a", a)] if i == 2 else []))]
            + [num(x) for x in figures(i)] for i, name in enumerate(names)]
    totals = [sum(column) for column in zip(*map(figures, range(STATES)))]
    foot = [[Cell([Text(t["total"])])] + [num(x) for x in totals]]
    notes = [TableNote("a", [Text(t["note_a"])], a), TableNote("b", [Text(t["note_b"])], b)]
    para = Paragraph([Text(t["para"])], number=1, label="1." if lang == "en" else "1-")
    section = Section("comms", [Text(t["section"])], [para, Table(head, body, foot, notes)],
                      label="A." if lang == "en" else "ألف-")
    return Document("addendum", "A/HRC/58/70/Add.1", lang, t["chapter"],
                    [Chapter("facts", [Text(t["chapter"])], [section],
                             label="I." if lang == "en" else "أولاً-")])

