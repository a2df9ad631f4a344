"""`spreport explain FIGURE`: where a figure the document states comes from. Every sentence
is composed with its placeholders recorded; each figure written as FIGURE is shown with its
sentence and its sources (data/provenance.py)."""
from __future__ import annotations

from pathlib import Path

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
    compose(data, document, conventions(lang), recorder=recorded, sourced=True)
    found, seen = [], set()
    for msgid, name, value in recorded:
        if not isinstance(value, Figure) or figure not in (value.text, str(value.value)):
            continue
        key = (msgid, id(value.value))   # ngettext's `num` is the count under another name
        if key not in seen:
            seen.add(key)
            found.append((msgid, name, list(value.sources)))
    return found


def shown(found: list[tuple[str, str, list[str]]], figure: str) -> str:
    """The answer as the terminal prints it."""
    if not found:
        return f"{figure}: no sentence states this figure from the data"
    lines = []
    for msgid, name, sources in found:
        sentence = " ".join(msgid.split())
        lines.append(f"{figure} ({name}) in “{sentence[:90]}{'…' if len(sentence) > 90 else ''}”")
        lines += [f"    {source}" for source in sources] or ["    (no source recorded)"]
    return "\n".join(lines)
