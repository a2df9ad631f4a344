"""The YAML files against the schema (schema.FIELDS, RANGES, SHARES): no file or key it does
not name, every field of its type, no count below 0, no period ending before it begins, no
shares above the whole."""
from __future__ import annotations

import datetime
import functools
import re

from ..errors import SpreportError, shown
from .registers import SYMBOL
from .schema import FIELDS, RANGES, SHARES

_TYPES = {"int": int, "date": datetime.date, "symbol": str, "str": str, "iso3": str,
          "gender": str, "web": str}
_NAMES = {"int": "a whole number, 0 or more", "date": "a date (YYYY-MM-DD)", "str": "text",
          "symbol": "a UN document symbol such as A/HRC/58/70", "iso3": "an ISO 3166 alpha-3 code",
          "gender": "F or M (a person's gender, as in registers/holders.csv)",
          "web": "a web address, http or https, with no braces but {lang}"}
# A web address: an http or https one, or one without a scheme (www.…, read as http).
_WEB = re.compile(r"(https?://|(?![a-z][a-z0-9+.-]*:))[^\s{}<>\"]+", re.I)
_PATTERNS = [pattern.split(".") for pattern in FIELDS]


def check_files(stems, shown_of) -> None:
    """Every YAML file is one the schema names."""
    known = sorted({keys[0] for keys in _PATTERNS})
    for stem in stems:
        if stem not in known:
            raise SpreportError(f"not a file of the year's data: expected the YAML files "
                                f"{', '.join(known)}", shown_of(stem))


def check_fields(values: dict) -> None:
    for stem, node in values.items():
        _known_keys(node, [stem])
    for pattern, kind in FIELDS.items():
        stem, *keys = pattern.split(".")
        if stem not in values:
            raise SpreportError(f"file missing: expected data/<year>/{stem}.yaml")
        for value in _matches(values[stem], keys, stem, kind.endswith("?")):
            _check_type(value, kind.rstrip("?"))
    for first, last in RANGES:
        start, end = _get(values, first), _get(values, last)
        if start is not None and end is not None and end < start:
            raise _at(end, f"{end} comes before {first.rsplit('.', 1)[1]} ({start})")
    for field in SHARES:
        shares = _get(values, field) or {}
        if sum(shares.values()) > 100:
            raise _at(shares, f"the shares add up to {sum(shares.values())} per cent: at most "
                              "100 (the rest is not itemized)")


def _known_keys(node, path: list[str]) -> None:
    """Refuse a key that no field of the schema names."""
    if isinstance(node, (dict, list)):
        items = node.items() if isinstance(node, dict) else enumerate(node)
        for key, child in items:
            here = [*path, str(key)]
            allowed = _allowed(tuple(path))
            if "*" not in allowed and str(key) not in allowed:
                where = child if hasattr(child, "line") else node
                raise SpreportError(
                    f"unknown field {shown(key)}: expected "
                    + (f"one of {', '.join(sorted(allowed))}" if allowed else "no field here"),
                    getattr(where, "file", None), getattr(where, "line", None), ".".join(here))
            _known_keys(child, here)


@functools.lru_cache(maxsize=1024)
def _allowed(path: tuple[str, ...]) -> frozenset[str]:
    """The keys the schema allows below `path`."""
    return frozenset(keys[len(path)] for keys in _PATTERNS if len(keys) > len(path)
                     and all(k in ("*", p) for k, p in zip(keys, path)))


def _matches(node, keys: list[str], path: str, optional: bool):
    """The values at `keys` below `node`; a missing key is an error naming where it was due."""
    if not keys:
        yield node
        return
    key, rest = keys[0], keys[1:]
    if key == "*":
        children = node.values() if isinstance(node, dict) else node if isinstance(node, list) \
            else None
        if children is None:
            raise _at(node, "expected a mapping or a list", path)
        for child in children:
            yield from _matches(child, rest, path, optional)
        return
    if not isinstance(node, dict) or key not in node:
        if optional and isinstance(node, dict):
            return
        raise _at(node, f"field {key!r} missing", path)
    yield from _matches(node[key], rest, f"{path}.{key}", optional)


def _check_type(value, kind: str) -> None:
    expected = _TYPES[kind]
    wrong = isinstance(value, bool) or not isinstance(value, expected)
    if kind == "int" and (isinstance(value, datetime.date) or (not wrong and value < 0)):
        wrong = True
    if kind == "symbol" and not wrong and not SYMBOL.match(value):
        wrong = True
    if kind == "iso3" and not wrong and not re.fullmatch(r"[A-Z]{3}", value):
        wrong = True
    if kind == "gender" and not wrong and value not in ("F", "M"):
        wrong = True
    if kind == "web" and not wrong and not _WEB.fullmatch(value.replace("{lang}", "en")):
        wrong = True
    if wrong:
        raise _at(value, f"expected {_NAMES[kind]}, got {shown(value)}")


def _get(values: dict, dotted: str):
    node = values
    for key in dotted.split("."):
        if not isinstance(node, dict) or key not in node:
            return None
        node = node[key]
    return node


def _at(value, message: str, field: str | None = None) -> SpreportError:
    return SpreportError(message, getattr(value, "file", None), getattr(value, "line", None),
                         field or getattr(value, "field", None))
