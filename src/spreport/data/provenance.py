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

    def __init__(self, items, rows: list, rule: str, register: str | None = None):
        super().__init__(items)
        self.rows, self.rule = rows, rule
        self.register = register or (_register(rows) if rows else None)

    def count(self) -> Count:
        return Count(len(self), self.rows, self.rule, register=self.register)

    def kept(self, keep, rule: str) -> Rows:
        """The rows (of a register's rows) that `keep(row)` accepts, selected by `rule`."""
        rows = [row for row in self if keep(row)]
        return Rows(rows, rows, rule, self.register)

    def summed(self, column: str, value=None) -> Count:
        """The sum of `column` over the rows (`value`, if already computed)."""
        if value is None:
            value = sum(row[column] for row in self)
        return Count(value, self.rows, f"{self.rule}, column {column} summed", "summed",
                     self.register)


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
    """How many rows (or distinct items of them) a rule selects; `register` names the file
    the rule reads when it selects no row."""

    def __new__(cls, value: int, rows: list, rule: str, how: str = "counted",
                register: str | None = None):
        out = super().__new__(cls, value)
        out.rows, out.rule, out.how, out.register = rows, rule, how, register
        return out


class Derived(_Arithmetic, int):
    """A whole number computed from other figures: `formula` ("mandates − thematic"),
    `inputs` the figures by name."""

    def __new__(cls, value: int, formula: str, **inputs):
        out = super().__new__(cls, value)
        out.formula, out.inputs = formula, inputs
        return out


class Tally(dict):
    """A register's rows counted by a key: key → Count, each knowing its rows. A key no row
    has counts 0 (and says which register was read), as a Counter's missing key does."""

    def __init__(self, rows: list, key, grouping: str, register: str, distinct=None,
                 describe=None):
        """`key(row)` groups the rows, `grouping` words the key ("requests.state") and
        `describe(k)` the rule of group k (default "<grouping> = k"); `distinct(row)`, if
        given, counts the distinct values it takes in a group instead of the rows."""
        super().__init__()
        self.rows, self.grouping, self.register = rows, grouping, register
        self.describe = describe or (lambda k: f"{grouping} = {k}")
        groups: dict = {}
        for row in rows:
            groups.setdefault(key(row), []).append(row)
        for k, group in groups.items():
            if distinct is None:
                self[k] = Count(len(group), group, self.describe(k), register=register)
            else:
                self[k] = Count(len({distinct(r) for r in group}), group, self.describe(k),
                                "distinct", register)

    def __missing__(self, key) -> Count:
        return Count(0, [], self.describe(key), register=self.register)

    def get(self, key, default=None) -> Count:
        """The count of `key`: 0 for a key no row has, whatever the default."""
        return self[key]

    def count(self) -> Count:
        """How many keys the rows have."""
        return Count(len(self), self.rows, f"the distinct {self.grouping}", "distinct",
                     self.register)


def total(figures: list):
    """The sum of a list of figures (a table's column): counts of one or more registers add
    up to a count of all their rows; anything else sums to a Derived with every addend."""
    value = sum(int(f) if isinstance(f, int) else f for f in figures)
    if not isinstance(value, int):
        return value
    if figures and all(isinstance(f, Count) for f in figures):
        rows = list({id(r): r for f in figures for r in f.rows}.values())
        registers = {f.register for f in figures} - {None}
        return Count(value, rows, f"the sum of {len(figures)} counts", "summed",
                     registers.pop() if len(registers) == 1 else None)
    if any(explain(f) for f in figures):
        return Derived(value, f"the sum of {len(figures)} figures",
                       **{f"#{n}": f for n, f in enumerate(figures, 1)})
    return value


def explain(value) -> list[str]:
    """Where `value` comes from, one line per source; [] for a value of unknown origin."""
    from .located import Located
    if isinstance(value, Located):
        return [f"{value.where}  {value.field}"]
    if isinstance(value, Count):
        if not value.rows:
            return [f"{value.register or 'no register'}: no row selected by {value.rule}"]
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
