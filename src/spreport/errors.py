"""Errors a user can act on: where the problem is and what was expected."""
from __future__ import annotations

import re
from pathlib import Path

# What the data may make the program hold: a value's characters, a file's bytes, the depth
# of a YAML file's nesting.
MAX_VALUE = 10_000
MAX_FILE = 5_000_000
MAX_DEPTH = 20

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff]")
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_LONGEST = 2_000


class SpreportError(Exception):
    """A problem in the input; the CLI prints it and exits with code 2."""

    def __init__(self, message: str, file: str | None = None, line: int | None = None,
                 field: str | None = None):
        super().__init__(message)
        self.message = message
        self.file = file
        self.line = line
        self.field = field

    def __reduce__(self):         # kept whole across processes (parallel builds)
        return SpreportError, (self.message, self.file, self.line, self.field)

    def __str__(self) -> str:
        where = self.file or ""
        if self.line is not None:
            where += f":{self.line}"
        parts = [where] if where else []
        if self.field:
            parts.append(str(self.field))
        parts.append(self.message)
        text = _UNPRINTABLE.sub(lambda m: f"\\x{ord(m.group()):02x}", ": ".join(parts))
        return text if len(text) <= _LONGEST else text[:_LONGEST - 1] + "…"


def shown(value, limit: int = 60) -> str:
    """`value` as a message quotes it: in quotes, control characters escaped, at most
    `limit` characters of it."""
    text = str(value)
    cut = text[:limit] + ("…" if len(text) > limit else "")
    return repr(cut) if _UNPRINTABLE.search(cut) or "\ufeff" in cut else f"'{cut}'"


def control_character(text: str) -> tuple[int, str] | None:
    """(line, character) of the first control character of `text` other than tab and line
    ends (a byte order mark inside the text included), or None."""
    found = _CONTROL.search(text)
    if found is None:
        return None
    return text.count("\n", 0, found.start()) + 1, found.group()


def inside(path, root, shown_as: str | None = None):
    """`path`, if it and whatever it links to lie inside the project `root`; a file that is, or
    links to, one outside is refused: nothing outside the project is read."""
    target = Path(path).resolve()
    if not target.is_relative_to(Path(root).resolve()):
        raise SpreportError(f"a file outside the project may not be read (this links to "
                            f"{target})", shown_as or str(path))
    return path
