"""The year's prose templates (data/<year>/prose/): the files the schema names, each read as
UTF-8 text without control characters, holding only the elements the documents know, with
no footnote inside a footnote and whole numbers where a number is due."""
from __future__ import annotations

import re
from pathlib import Path

from ..errors import SpreportError, inside, shown as quoted
from .schema import PROSE, PROSE_OPTIONAL, PROSE_TAGS
from .textfile import read_text

SUFFIX = ".xml.j2"
_JINJA = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.S)
_TAG = re.compile(r"<(/?)([A-Za-z][\w.-]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>")
_NUMBER_ATTRIBUTES = ("span",)


def check_folder(folder: Path, root: Path) -> None:
    """Every prose file the templates include is there, and no other."""
    if folder.is_dir():
        inside(folder, root, str(folder.relative_to(root)) + "/")
    present = {p.name[:-len(SUFFIX)] if p.name.endswith(SUFFIX) else p.name: p
               for p in folder.iterdir()} if folder.is_dir() else {}
    for name, path in sorted(present.items()):
        if name not in PROSE + PROSE_OPTIONAL or not path.name.endswith(SUFFIX):
            raise SpreportError(f"not a prose file of the report: expected one of "
                                f"{', '.join(n + SUFFIX for n in PROSE + PROSE_OPTIONAL)}",
                                str(path.relative_to(root)))
    for name in PROSE:
        if name not in present:
            raise SpreportError(f"prose missing: expected {(folder / (name + SUFFIX)).relative_to(root)}")


def read_prose(path: Path, root: Path) -> str:
    """The text of a prose file, checked."""
    shown = str(path.relative_to(root))
    text = read_text(inside(path, root, shown), shown)
    blank = _JINJA.sub(lambda m: re.sub(r"[^\n]", " ", m.group()), text)
    notes = 0
    for match in _TAG.finditer(blank):
        closing, name, attributes = match.groups()
        line = blank.count("\n", 0, match.start()) + 1
        if name not in PROSE_TAGS:
            raise SpreportError(f"unknown element <{name}>: expected one of "
                                f"{', '.join(sorted(PROSE_TAGS))}", shown, line)
        for key, value in re.findall(r"([\w-]+)\s*=\s*[\"']([^\"']*)[\"']", attributes):
            if key in _NUMBER_ATTRIBUTES and value.strip() and not value.strip().isdigit():
                raise SpreportError(f"{key} must be a whole number, got {quoted(value)}", shown,
                                    line, f"<{name} {key}>")
            if key == "href" and value.strip() and not value.strip().lower().startswith(
                    ("http://", "https://")):
                raise SpreportError(f"a link must be an http or https address, got "
                                    f"{quoted(value)}", shown, line, f"<{name} {key}>")
        if name == "note" and not attributes.rstrip().endswith("/"):
            if closing:
                notes -= 1
            elif notes:
                raise SpreportError("a footnote inside a footnote: close the first <note> "
                                    "before the next", shown, line)
            else:
                notes += 1
    return text
