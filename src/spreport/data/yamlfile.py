"""Read a YAML file into located values; a syntax error names its file and line.

A value may carry the mark `!update` (`submitted: !update 2026-02-20`): carried over from last
year or proposed by `spreport new`, to be confirmed or replaced. The value is read as if
unmarked; it gets `marked = True`, and the file's root gets `marks`, every marked value's
(file, line, field), for `spreport check` and the build's warning (bools and nulls carry no
location of their own, so the root's list is the one to count)."""
from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

import yaml
from yaml._yaml import CParser
from yaml.composer import Composer
from yaml.constructor import SafeConstructor
from yaml.resolver import Resolver

from ..errors import MAX_DEPTH, MAX_VALUE, SpreportError, shown as quoted
from .located import locate
from .textfile import read_text

MARK = "!update"
_TAGS = {f"tag:yaml.org,2002:{t}" for t in ("str", "int", "float", "bool", "null", "timestamp",
                                             "map", "seq")}


class Mark(NamedTuple):
    """A value marked `!update`: where it is and under which dotted key."""
    file: str
    line: int
    field: str


def load_yaml(path: Path, shown: str):
    """Parse `path`; `shown` is the name used in messages (relative to the project)."""
    text = read_text(path, shown)
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or "YAML syntax error"
        if exc.context and exc.context_mark:
            problem += f" ({exc.context}, which began at line {exc.context_mark.line + 1})"
        raise SpreportError(f"YAML syntax error: {problem}", shown,
                            mark.line + 1 if mark else None) from None
    except yaml.YAMLError as exc:
        raise SpreportError(f"YAML error: {exc}", shown) from None
    marks: list[Mark] = []
    if node is None:
        root = locate({}, shown, 1, "")
    else:
        root = _build(node, shown, "", marks)
    if isinstance(root, (dict, list)):
        root.marks = marks
    return root


class _Loader(CParser, Composer, SafeConstructor, Resolver):
    """The safe loader: libyaml's parser, and Python's composer refusing nesting deeper than
    MAX_DEPTH (libyaml's own composer recurses without a limit)."""

    depth = 0

    def __init__(self, stream):
        CParser.__init__(self, stream)
        Composer.__init__(self)
        SafeConstructor.__init__(self)
        Resolver.__init__(self)

    get_single_node = Composer.get_single_node
    compose_document = Composer.compose_document

    def compose_node(self, parent, index):
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise yaml.MarkedYAMLError(problem=f"nested more than {MAX_DEPTH} levels deep",
                                       problem_mark=self.peek_event().start_mark)
        try:
            return super().compose_node(parent, index)
        finally:
            self.depth -= 1


def marks_of(root) -> list[Mark]:
    """The marks `load_yaml` recorded for a file's root value (none for other values)."""
    return list(getattr(root, "marks", ()))


def _build(node, shown: str, field: str, marks: list[Mark], seen: set | None = None):
    line = node.start_mark.line + 1
    seen = set() if seen is None else seen
    if id(node) in seen:            # an alias (*name): data repeats nothing by reference
        raise SpreportError("YAML aliases (*name) are not accepted: write the value out", shown,
                            line, field or None)
    if isinstance(node, (yaml.MappingNode, yaml.SequenceNode)):
        seen.add(id(node))
    marked = node.tag == MARK
    if marked:
        marks.append(Mark(shown, line, field))
        node = _unmarked(node)
    if node.tag not in _TAGS:
        raise SpreportError(f"the YAML tag {quoted(node.tag)} is not accepted (only {MARK})",
                            shown, line, field or None)
    value = _value(node, shown, field, marks, seen)
    if marked:
        try:
            value.marked = True
        except AttributeError:        # a bool or a null: recorded in `marks` alone
            pass
    return value


def _unmarked(node):
    """The node as it would be without its `!update` tag (typed by its text, as usual)."""
    if isinstance(node, yaml.ScalarNode):
        implicit = (not node.style, bool(node.style))    # plain: None, or "" from libyaml
        tag = Resolver().resolve(yaml.ScalarNode, node.value, implicit)
        return yaml.ScalarNode(tag, node.value, node.start_mark, node.end_mark, node.style)
    kind = type(node)
    tag = Resolver().resolve(kind, None, (True, False))
    return kind(tag, node.value, node.start_mark, node.end_mark, node.flow_style)


def _value(node, shown: str, field: str, marks: list[Mark], seen: set):
    line = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        out = {}
        for key_node, value_node in node.value:
            key = str(key_node.value)
            sub = f"{field}.{key}" if field else key
            if key in out:
                raise SpreportError("duplicate key", shown, key_node.start_mark.line + 1, sub)
            out[key] = _build(value_node, shown, sub, marks, seen)
        return locate(out, shown, line, field)
    if isinstance(node, yaml.SequenceNode):
        items = [_build(n, shown, f"{field}[{i}]", marks, seen) for i, n in enumerate(node.value)]
        return locate(items, shown, line, field)
    value = _scalar(node, shown)
    return locate(value, shown, line, field)


def _scalar(node, shown):
    line = node.start_mark.line + 1
    if len(node.value) > MAX_VALUE:
        raise SpreportError(f"a value of {len(node.value):,} characters: at most {MAX_VALUE:,} "
                            "are accepted", shown, line)
    try:
        return SafeConstructor().construct_object(node, deep=True)
    except yaml.constructor.ConstructorError as exc:
        raise SpreportError(f"cannot read value: {exc.problem}", shown, line) from None
    except ValueError as exc:       # 2024-02-30: a date's form, but no such day
        raise SpreportError(f"no such date: {quoted(node.value)} ({exc})", shown,
                            line) from None
