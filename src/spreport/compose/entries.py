"""The checks on one entry of a catalog: the translation against its English message, as a
compiler checks code. Its characters, syntax, plural forms, placeholders and markup."""
from __future__ import annotations

import re

from ..errors import SpreportError, shown as quoted
from . import message
from .values import MessageError

_CONTENT = {"%", "spellout", "count", "ordinal", "digits", "form"}
_FOOTNOTE = re.compile(r"fn\d*")
_PERCENT = re.compile(r"%\([A-Za-z_]\w*\)s|%%|%")
_BROKEN = re.compile(r"\(|[-#0+]*(?:\d+|\*)?(?:\.\d+)?[diouxXeEfFgGcrsa]")
_TAG = re.compile(r"<\s*/?\s*([A-Za-z][\w-]*)([^<>]*)")
_ELEMENT = re.compile(r"<\s*(/?)\s*([A-Za-z][\w-]*)[^<>]*?(/?)\s*>")
_ATTRIBUTE = re.compile(r"""([A-Za-z_:][\w:.-]*)\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]*)""")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def check_entry(entry, shown: str, plurals: int) -> None:
    """The translation's characters, syntax, plural forms, placeholders and markup, each
    against its English message."""
    ids = entry.id if isinstance(entry.id, tuple) else (entry.id,)
    strings = entry.string if isinstance(entry.string, tuple) else (entry.string,)
    texts = [text for text in strings if text]
    if not texts:
        return
    try:
        for text in texts:
            _check_text(text)
        if len(ids) > 1 and len(texts) < plurals:
            missing = next(i for i, text in enumerate(strings) if not text)
            raise MessageError(f"msgstr[{missing}] is missing or empty: the catalog's "
                               f"Plural-Forms declares nplurals={plurals}")
        _check_placeholders(ids, texts)
        source = set().union(*(_markup(i) for i in ids))
        for text in texts:
            _check_markup(text, source, all(_well_formed(i) for i in ids))
    except MessageError as exc:
        raise SpreportError(str(exc), shown, entry.lineno, f"msgid {quoted(ids[0])}") from None


def _check_text(text: str) -> None:
    """No control character but newline and tab, no % that is a broken placeholder, and the
    message syntax."""
    control = _CONTROL.search(text)
    if control:
        raise MessageError(f"the translation holds the control character "
                           f"U+{ord(control.group()):04X}: "
                           f"{quoted(text[max(0, control.start() - 30):])}")
    for match in _PERCENT.finditer(text):
        if match.group() == "%" and _BROKEN.match(text, match.end()):
            raise MessageError(f"a stray % in {quoted(text[match.start():match.start() + 20])}: "
                               f"write %(name)s for a placeholder, %% for a per cent sign")
    message.parse(text)


def _check_placeholders(ids: tuple, texts: list[str]) -> None:
    """Every name the English shows is in the translation (a footnote in every plural form),
    and the translation uses no other (but `num`, the count, in a plural entry)."""
    used = [message.names(text) for text in texts]
    english = set().union(*(message.names(i) for i in ids))
    content = set().union(*(_content(i) for i in ids))
    unknown = set().union(*used) - english - ({"num"} if len(ids) > 1 else set())
    if unknown:
        raise MessageError(f"the translation uses {_names(unknown)}, which its English "
                           f"message does not have")
    dropped = content - set().union(*used)
    notes = {n for n in dropped if _FOOTNOTE.fullmatch(n)}
    if notes:
        raise MessageError(f"the translation drops the footnote {_names(notes)}, which its "
                           f"English message calls")
    if dropped:
        raise MessageError(f"the translation drops {_names(dropped)}, which its English "
                           f"message shows")
    for index, names in enumerate(used):
        lost = {n for n in content - set(names) if _FOOTNOTE.fullmatch(n)}
        if len(ids) > 1 and lost:
            raise MessageError(f"msgstr[{index}] drops the footnote {_names(lost)}: every "
                               f"plural form must keep it")


def _content(text: str) -> set[str]:
    """The names a message shows: placeholders, numbers and names in a form, and the counts of
    plurals whose branches show the number (#); a name only chosen by may go untranslated."""
    found = set()

    def walk(parts, count):
        for part in parts:
            if isinstance(part, message.Argument):
                if part.kind in _CONTENT:
                    found.add(part.name)
                for branch in (part.branches or {}).values():
                    walk(branch, part.name if part.kind == "plural" else count)
            elif isinstance(part, tuple):
                name = part[1] if part[0] == "%" else count
                if name:
                    found.add(name)
    walk(message.parse(text), None)
    return found


def _markup(text: str) -> set[str]:
    """The tags of a text and their attributes' names, as `<tag>` and `<tag name=…>`."""
    found = set()
    for tag, rest in _TAG.findall(text):
        found.add(f"<{tag}>")
        found.update(f"<{tag} {name}=…>" for name in _ATTRIBUTE.findall(rest))
    return found


def _well_formed(text: str) -> bool:
    """Whether every tag is closed and closes in order."""
    elements, open_ = _ELEMENT.findall(text), []
    for closing, tag, empty in elements:
        if closing and (not open_ or open_.pop() != tag):
            return False
        if not closing and not empty:
            open_.append(tag)
    return not open_ and len(elements) == len(_TAG.findall(text))


def _check_markup(text: str, source: set[str], well_formed: bool) -> None:
    added = _markup(text) - source
    if added:
        raise MessageError(f"the translation adds markup its English message lacks: "
                           f"{', '.join(sorted(added))} in {quoted(text)}")
    if well_formed and not _well_formed(text):
        raise MessageError(f"the translation's markup is not well-formed (a tag left open or "
                           f"closed out of order): {quoted(text)}")


def _names(names: set[str]) -> str:
    return ", ".join(repr(n) for n in sorted(names))

