"""`spreport explain FIGURE`: where a figure the document states comes from. Every sentence
is composed with its placeholders recorded; each figure written as FIGURE is shown with its
sentence and its sources (data/provenance.py), and each table cell holding it with its row
and column."""
from __future__ import annotations

from pathlib import Path

from . import tree
from .compose import compose
from .compose.values import Figure
from .data.year import load_year
from .lang import conventions


def figure_sources(data_dir: Path, root: Path, figure: str, lang: str,
                   document: str) -> list[tuple[str, str, list[str]]]:
    """(sentence, placeholder, sources) for each figure of `document` in `lang` written as
    `figure` (as printed, "1,265", or as a number, "1265")."""
    data = load_year(data_dir, root)
    recorded: list = []
    doc = compose(data, document, conventions(lang), recorder=recorded, sourced=True)
    found, seen = [], set()
    for msgid, name, value in recorded:
        if not isinstance(value, Figure) or figure not in (value.text, str(value.value)):
            continue
        key = (msgid, id(value.value))   # ngettext's `num` is the count under another name
        if key not in seen:
            seen.add(key)
            found.append((msgid, name, list(value.sources)))
    return found + list(_cells(doc, figure))


def _cells(doc: tree.Document, figure: str):
    """(where in which table, "cell", sources) for each table cell that states `figure`."""
    title = ""
    for block in tree.blocks(doc):
        if isinstance(block, (tree.Chapter, tree.Section)):
            title = tree.plain_text(block.title)
        if not isinstance(block, tree.Table):
            continue
        headings = [tree.plain_text(c.children) for c in block.head[-1]] if block.head else []
        for row in block.body + block.foot:
            column = 0
            for cell in row:
                for item in cell.children:
                    if isinstance(item, tree.Sourced) and figure in (
                            item.text, "".join(ch for ch in item.text if ch.isdigit())):
                        heading = headings[column] if column < len(headings) else ""
                        where = (f"the table of {title}: row {tree.plain_text(row[0].children)}, "
                                 f"column {heading}")
                        yield where, "cell", list(item.sources)
                column += cell.colspan


def shown(found: list[tuple[str, str, list[str]]], figure: str) -> str:
    """The answer as the terminal prints it."""
    if not found:
        return f"{figure}: no sentence states this figure from the data"
    lines = []
    for msgid, name, sources in found:
        sentence = " ".join(msgid.split())
        if name == "cell":
            lines.append(f"{figure} in {sentence}")
        else:
            lines.append(f"{figure} ({name}) in “{sentence[:90]}"
                         f"{'…' if len(sentence) > 90 else ''}”")
        lines += [f"    {source}" for source in sources] or ["    (no source recorded)"]
    return "\n".join(lines)
