"""The sandbox the templates render in: Jinja's, which keeps them from Python's attributes,
files and processes, with limits on what a template can make the program hold or do: a
string or list repeated, a number raised, a padded format, loops over ranges."""
from __future__ import annotations

import re

from jinja2.sandbox import SandboxedEnvironment, SecurityError, safe_range

from ..errors import MAX_VALUE

RANGE_BUDGET = 1_000_000        # items all the ranges of one rendering may yield together
_EXPONENT = 64
# A width or precision of three digits or more: "%300000000s", "{:>300000000}".
_WIDE = re.compile(r"%[-+ #0]*(\d{3,}|\d*\.\d{3,})|\{[^{}]*:[^{}]*\d{3,}[^{}]*\}")


class LimitedSandbox(SandboxedEnvironment):
    intercepted_binops = frozenset({"*", "**", "%"})

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.budget = RANGE_BUDGET
        self.globals["range"] = self._range
        for name in ("center", "indent"):
            del self.filters[name]
        plain = self.filters["format"]
        self.filters["format"] = lambda value, *a, **k: plain(_narrow(value), *a, **k)

    def call_binop(self, context, operator, left, right):
        if operator == "*":
            times, sequence = (left, right) if isinstance(left, int) else (right, left)
            if isinstance(sequence, (str, list, tuple)) and isinstance(times, int) \
                    and len(sequence) * times > MAX_VALUE:
                raise SecurityError(f"a repetition longer than {MAX_VALUE:,} items")
        elif operator == "**" and isinstance(right, (int, float)) and abs(right) > _EXPONENT:
            raise SecurityError(f"an exponent above {_EXPONENT}")
        elif operator == "%" and isinstance(left, str):
            _narrow(left)
        return super().call_binop(context, operator, left, right)

    def wrap_str_format(self, value):
        wrapped = super().wrap_str_format(value)
        if wrapped is not None:
            _narrow(value.__self__)
        return wrapped

    def _range(self, *args):
        span = safe_range(*args)
        self.budget -= len(span)
        if self.budget < 0:
            raise SecurityError(f"the template's loops run over more than {RANGE_BUDGET:,} "
                                "numbers")
        return span


def _narrow(text):
    if isinstance(text, str) and _WIDE.search(text):
        raise SecurityError(f"a format wider than 99 characters: {text[:40]!r}")
    return text
