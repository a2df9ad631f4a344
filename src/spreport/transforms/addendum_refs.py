"""Addendum references: section ids become the addendum's symbol and its section numbers,
taken from the addendum's own structure ("A/HRC/58/70/Add.1, sects. III and IV")."""
from __future__ import annotations

from .. import tree
from ..errors import SpreportError
from ..lang.base import Conventions


def resolve_addendum_refs(doc: tree.Document, addendum: tree.Document,
                          lang: Conventions) -> None:
    order = [c.id for c in addendum.children if isinstance(c, tree.Chapter)]
    for items in tree.inline_lists(doc):
        for i, item in enumerate(items):
            if isinstance(item, tree.AddendumRef):
                items[i] = tree.Citation(addendum.symbol, _locator(item, order, lang))


def _locator(ref: tree.AddendumRef, order: list[str], lang: Conventions) -> str:
    ids = ref.sections
    is_range = len(ids) == 1 and ".." in ids[0]
    if is_range:
        ids = ids[0].split("..")
    numbers = []
    for section in ids:
        if section not in order:
            raise SpreportError(f"the addendum has no section {section!r}; its sections are: "
                                + ", ".join(order), field="addendum reference")
        numbers.append(order.index(section) + 1)
    if is_range:
        if numbers[1] <= numbers[0]:
            raise SpreportError(f"section range {'..'.join(ids)} runs backwards",
                                field="addendum reference")
        if numbers[1] - numbers[0] == 1:
            is_range = False
    labels = [lang.reference_numeral(n) for n in numbers]
    return lang.sections_word(labels, is_range)
