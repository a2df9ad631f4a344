"""Read a YAML file into located values; a syntax error names its file and line."""
from __future__ import annotations

from pathlib import Path

import yaml

from ..errors import SpreportError
from .located import locate


def load_yaml(path: Path, shown: str):
    """Parse `path`; `shown` is the name used in messages (relative to the project)."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise SpreportError(f"not UTF-8 text ({exc.reason})", shown) from None
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or "YAML syntax error"
        if exc.context and exc.context_mark:
            problem += f" ({exc.context}, which began at line {exc.context_mark.line + 1})"
        raise SpreportError(f"YAML syntax error: {problem}", shown,
                            mark.line + 1 if mark else None) from None
    if node is None:
        return locate({}, shown, 1, "")
    return _build(node, shown, "")


def _build(node, shown: str, field: str):
    line = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        out = {}
        for key_node, value_node in node.value:
            key = str(key_node.value)
            sub = f"{field}.{key}" if field else key
            if key in out:
                raise SpreportError("duplicate key", shown, key_node.start_mark.line + 1, sub)
            out[key] = _build(value_node, shown, sub)
        return locate(out, shown, line, field)
    if isinstance(node, yaml.SequenceNode):
        items = [_build(n, shown, f"{field}[{i}]") for i, n in enumerate(node.value)]
        return locate(items, shown, line, field)
    value = _scalar(node, shown)
    return locate(value, shown, line, field)


def _scalar(node, shown):
    try:
        return yaml.SafeLoader("").construct_object(node, deep=True)
    except yaml.constructor.ConstructorError as exc:
        raise SpreportError(f"cannot read value: {exc.problem}", shown,
                            node.start_mark.line + 1) from None
