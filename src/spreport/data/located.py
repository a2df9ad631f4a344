"""Scalars that remember the file and line they were read from."""
from __future__ import annotations

import datetime

from .provenance import _Arithmetic


class Located:
    """Mixin: `where` is "file:line", `field` the dotted key the value was read under."""
    __slots__ = ()
    file: str
    line: int
    field: str

    @property
    def where(self) -> str:
        return f"{self.file}:{self.line}"


class LInt(Located, _Arithmetic, int):
    """A whole number read from a file; sums and differences of it are Derived figures."""


class LFloat(Located, float):
    pass


class LStr(Located, str):
    pass


class LDate(Located, datetime.date):
    pass


class LList(list):
    """A list with its own location (the line where it starts)."""


class LDict(dict):
    """A mapping with its own location; keys are plain strings."""


_KINDS = {int: LInt, float: LFloat, str: LStr, datetime.date: LDate}


def locate(value, file: str, line: int, field: str):
    """Wrap a plain scalar (or container) so it carries its origin; bools and None stay plain."""
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, datetime.date) and not isinstance(value, datetime.datetime):
        out = LDate(value.year, value.month, value.day)
    elif isinstance(value, list):
        out = LList(value)
    elif isinstance(value, dict):
        out = LDict(value)
    else:
        kind = _KINDS.get(type(value))
        if kind is None:
            return value
        out = kind(value)
    out.file, out.line, out.field = file, line, field
    return out


def origin(value) -> tuple[str | None, int | None, str | None]:
    """(file, line, field) of a located value, or Nones."""
    return (getattr(value, "file", None), getattr(value, "line", None),
            getattr(value, "field", None))
