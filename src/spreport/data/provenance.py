"""Where a figure comes from: a YAML value's file, line and key; a register's rows, counted or
summed, with the rule that selects them; a figure computed from others, with its inputs.

`Rows` is a list of a register's rows (or of what they name) that knows the rows and the
rule; a `Count` is a whole number that knows the rows it was counted or summed from; a
`Derived` a whole number made from other figures. `explain` says it in words, one line per
source; `explain_share` for a percentage."""
from __future__ import annotations


class Rows(list):
    """Items drawn from rows of a register: `rows` the rows themselves (each knows its file
    and line), `rule` what selects them ("visits.start in 2024")."""

    def __init__(self, items, rows: list, rule: str):
        super().__init__(items)
        self.rows, self.rule = rows, rule

    def count(self) -> Count:
        return Count(len(self), self.rows, self.rule)


class _Arithmetic:
    """Sums and differences of figures that know their sources are Derived, and know them."""

    def __add__(self, other):
        return _derived(self, "+", other, int(self) + other) if isinstance(other, int) \
            else NotImplemented

    def __radd__(self, other):
        return _derived(other, "+", self, other + int(self)) if isinstance(other, int) \
            else NotImplemented

    def __sub__(self, other):
        return _derived(self, "−", other, int(self) - other) if isinstance(other, int) \
            else NotImplemented

    def __rsub__(self, other):
        return _derived(other, "−", self, other - int(self)) if isinstance(other, int) \
            else NotImplemented


def _derived(left, operator: str, right, value: int):
    if isinstance(value, bool) or not isinstance(value, int):
        return value
    return Derived(int(value), f"{int(left)} {operator} {int(right)}", left=left, right=right)


class Count(_Arithmetic, int):
    """How many rows (or distinct items of them) a rule selects."""

    def __new__(cls, value: int, rows: list, rule: str, how: str = "counted"):
        out = super().__new__(cls, value)
        out.rows, out.rule, out.how = rows, rule, how
        return out


class Derived(_Arithmetic, int):
    """A whole number computed from other figures: `formula` ("mandates − thematic"),
    `inputs` the figures by name."""

    def __new__(cls, value: int, formula: str, **inputs):
        out = super().__new__(cls, value)
        out.formula, out.inputs = formula, inputs
        return out


def counted(rows: list, rule: str) -> Count:
    return Count(len(rows), rows, rule)


def summed(rows: list, column: str, rule: str) -> Count:
    return Count(sum(r[column] for r in rows), rows, f"{rule}, column {column} summed", "summed")


def explain(value) -> list[str]:
    """Where `value` comes from, one line per source; [] for a value of unknown origin."""
    from .located import Located
    if isinstance(value, Located):
        return [f"{value.where}  {value.field}"]
    if isinstance(value, Count):
        where = f"{_register(value.rows)}  {_lines(value.rows)}"
        if value.how == "counted" and len(value.rows) == value:
            return [f"{where}: {len(value.rows)} row(s) selected by {value.rule}"]
        return [f"{where}: {int(value)}, {value.rule} ({len(value.rows)} row(s) read)"]
    if isinstance(value, Derived):
        out = [f"{int(value)} = {value.formula}"]
        for name, figure in value.inputs.items():
            sources = explain(figure)
            out.append(f"  {name} = {int(figure)}" + (f": {sources[0]}" if sources else ""))
            out += [f"    {line.strip()}" for line in sources[1:]]
        return out
    return []


def explain_share(shown: str, part, whole) -> list[str]:
    """Where a percentage (`shown` as printed) comes from: its division and each input's
    sources."""
    return [f"{shown} = {part} ÷ {whole}",
            *(f"  {name} {value}: {source}" for name, value in (("part", part), ("whole", whole))
              for source in explain(value))]


def _register(rows: list) -> str:
    files = sorted({getattr(r, "file", "?") for r in rows})
    return ", ".join(files) if files else "no row"


def _lines(rows: list) -> str:
    """Row lines as ranges: "lines 2–5, 9"."""
    numbers = sorted({getattr(r, "line", 0) for r in rows})
    spans, start = [], None
    for i, n in enumerate(numbers):
        if start is None:
            start = n
        if i + 1 == len(numbers) or numbers[i + 1] != n + 1:
            spans.append(f"{start}–{n}" if n != start else str(n))
            start = None
    return "lines " + ", ".join(spans) if spans else "no line"
