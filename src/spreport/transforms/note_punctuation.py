"""A note ends with the full stop its language gives it (Chinese: "." after a bare symbol,
"。" after Chinese text), unless its text already ends a sentence."""
from __future__ import annotations

from .. import tree
from ..lang.base import Conventions

_ENDS = (".", "。", "!", "?", "！", "？")


def end_notes(doc: tree.Document, lang: Conventions) -> None:
    for note in tree.footnotes(doc):
        text = tree.plain_text(note.children).rstrip()
        if text.endswith(_ENDS):
            continue
        last = note.children[-1] if note.children else None
        stop = lang.note_end(text)
        if isinstance(last, tree.Text):
            last.text = last.text.rstrip() + stop
        else:
            note.children.append(tree.Text(stop))
