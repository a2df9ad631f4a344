"""Messages: the sentences of the templates and catalogs, with the forms each language chooses
inside them. The syntax is ICU MessageFormat's, reduced to what the documents need:

    %(name)s                                   the value in its usual form
    {name, plural, one {# visit} other {# visits}}   chosen by the number's plural category
                                               (zero one two few many other, or =N); # is the number
    {name, select, feminine {…} masculine {…} other {…}}   chosen by a person's or title's gender
    {name, spellout, feminine genitive}        the number in words (cardinal), gender and case
    {name, count, feminine}                    in words where the language writes small counts so
    {name, ordinal, neuter}                    the ordinal in words
    {name, digits}                             the number in figures
    {name, form, genitive}                     another form of a name or title

A branch's text is trimmed of the spaces at its edges. A `{` that does not start such an
argument is text."""
from __future__ import annotations

import re
from functools import lru_cache

from markupsafe import Markup, escape

from .values import MessageError

_ARG = re.compile(r"\{\s*([A-Za-z_]\w*)\s*,\s*([a-z]+)\s*(?:,|\})")
_PLACEHOLDER = re.compile(r"%\(([A-Za-z_]\w*)\)s|%%")
_SELECTORS = ("plural", "select")
_STYLES = ("spellout", "count", "ordinal", "digits", "form")


class Text(str):
    pass


class Argument:
    __slots__ = ("name", "kind", "words", "branches")

    def __init__(self, name, kind, words=(), branches=None):
        self.name, self.kind, self.words, self.branches = name, kind, list(words), branches


@lru_cache(maxsize=4096)
def parse(text: str) -> tuple:
    """The parts of a message: text, ("%", name) placeholders, Arguments."""
    parts, end = _parse(text, 0, inside=False)
    return tuple(parts)


def _parse(text: str, pos: int, inside: bool):
    parts, buffer = [], []
    while pos < len(text):
        char = text[pos]
        if char == "}" and inside:
            break
        if char == "%":
            match = _PLACEHOLDER.match(text, pos)
            if match:
                _flush(parts, buffer)
                if match.group(1):
                    parts.append(("%", match.group(1)))
                else:
                    buffer.append("%")
                pos = match.end()
                continue
        if char == "#" and inside:
            _flush(parts, buffer)
            parts.append(("#", None))
            pos += 1
            continue
        if char == "{":
            match = _ARG.match(text, pos)
            if match and match.group(2) in _SELECTORS + _STYLES:
                _flush(parts, buffer)
                argument, pos = _argument(text, match)
                parts.append(argument)
                continue
        buffer.append(char)
        pos += 1
    _flush(parts, buffer)
    return parts, pos


def _flush(parts, buffer):
    if buffer:
        parts.append(Text("".join(buffer)))
        buffer.clear()


def _argument(text: str, match: re.Match):
    name, kind = match.group(1), match.group(2)
    pos = match.end()
    if text[pos - 1] == "}":
        if kind in _SELECTORS:
            raise MessageError(f"{{{name}, {kind}}} has no branches")
        return Argument(name, kind), pos
    if kind in _STYLES:
        close = text.find("}", pos)
        if close < 0:
            raise MessageError(f"{{{name}, {kind}, …: no closing brace")
        return Argument(name, kind, text[pos:close].replace(",", " ").split()), close + 1
    branches = {}
    while True:
        key = re.compile(r"\s*(=?[\w-]+)\s*\{|\s*\}").match(text, pos)
        if not key:
            raise MessageError(f"{{{name}, {kind}, …}}: expected a key and a branch in braces "
                               f"near {text[pos:pos + 20]!r}")
        pos = key.end()
        if key.group(1) is None:
            break
        body, pos = _parse(text, pos, inside=True)
        if pos >= len(text):
            raise MessageError(f"{{{name}, {kind}, …}}: branch {key.group(1)!r} is not closed")
        branches[key.group(1)] = _trim(body)
        pos += 1
    if "other" not in branches:
        raise MessageError(f"{{{name}, {kind}, …}} needs an 'other' branch")
    return Argument(name, kind, branches=branches), pos


def _trim(parts: list) -> list:
    if parts and isinstance(parts[0], Text):
        parts[0] = Text(parts[0].lstrip(" "))
    if parts and isinstance(parts[-1], Text):
        parts[-1] = Text(parts[-1].rstrip(" "))
    return parts


def chooses(text: str) -> bool:
    """Whether the message holds a {name, kind, …} argument."""
    return any(isinstance(part, Argument) for part in parse(text))


def names(text: str) -> dict[str, set[str]]:
    """Each placeholder name of a message and how it is used: "%", "plural", "select" …"""
    found: dict[str, set[str]] = {}

    def walk(parts):
        for part in parts:
            if isinstance(part, Argument):
                found.setdefault(part.name, set()).add(part.kind)
                for branch in (part.branches or {}).values():
                    walk(branch)
            elif isinstance(part, tuple) and part[0] == "%":
                found.setdefault(part[1], set()).add("%")
    walk(parse(text))
    return found


def format_message(text: str, values: dict, plural_form) -> Markup:
    """`text` with its placeholders filled from `values`; `plural_form` maps a number to its
    CLDR plural category in the message's language."""
    return Markup("".join(_render(parse(text), values, plural_form, None)))


def _render(parts, values, plural_form, number):
    for part in parts:
        if isinstance(part, Text):
            yield part
        elif isinstance(part, Argument):
            yield from _argument_text(part, values, plural_form)
        elif part[0] == "#":
            yield str(escape(number))
        else:
            yield str(escape(_value(values, part[1])))


def _argument_text(arg: Argument, values, plural_form):
    value = _value(values, arg.name)
    if arg.kind == "plural":
        number = getattr(value, "value", value)
        if isinstance(number, bool) or not isinstance(number, (int, float)):
            raise MessageError(f"{{{arg.name}, plural, …}}: {value!r} is not a number")
        branch = arg.branches.get(f"={number}") if number == int(number) else None
        if branch is None:
            branch = arg.branches.get(plural_form(number), arg.branches["other"])
        yield from _render(branch, values, plural_form, value)
    elif arg.kind == "select":
        key = value.selector() if hasattr(value, "selector") else str(value)
        yield from _render(arg.branches.get(key, arg.branches["other"]), values, plural_form, None)
    else:
        if not hasattr(value, "form"):
            raise MessageError(f"{{{arg.name}, {arg.kind}}}: {value!r} has no other forms")
        text = value.form(arg.kind, arg.words)
        yield value.marked(text) if hasattr(value, "marked") else str(escape(text))


def _value(values, name):
    try:
        return values[name]
    except KeyError:
        raise MessageError(f"the sentence uses {name!r}, which is not one of its placeholders "
                           f"({', '.join(sorted(values)) or 'none'})") from None
