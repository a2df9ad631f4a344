"""Where a language sets footnote calls after punctuation (English), a call followed by a
comma, full stop, semicolon or colon moves behind it."""
from __future__ import annotations

from .. import tree
from ..lang.base import Conventions


def place_calls(doc: tree.Document, lang: Conventions) -> None:
    if not lang.calls_follow:
        return
    for items in tree.inline_lists(doc):
        _place(items, lang.calls_follow)
        items[:] = [i for i in items if not (isinstance(i, tree.Text) and not i.text)]


def _place(items: list, marks: str) -> None:
    i = 0
    while i < len(items):
        if isinstance(items[i], tree.Footnote):
            j = i
            while j + 1 < len(items) and isinstance(items[j + 1], tree.Footnote):
                j += 1
            after = items[j + 1] if j + 1 < len(items) else None
            if isinstance(after, tree.Text) and after.text and after.text[0] in marks:
                mark, after.text = after.text[0], after.text[1:]
                if i > 0 and isinstance(items[i - 1], tree.Text):
                    items[i - 1].text += mark
                else:
                    items.insert(i, tree.Text(mark))
                    j += 1
            i = j + 1
        else:
            i += 1
