"""Transforms: each does one job on the composed tree, in this order."""
from __future__ import annotations

from .. import tree
from ..lang.base import Conventions
from .addendum_refs import resolve_addendum_refs
from .call_placement import place_calls
from .ibid import resolve_ibid
from .note_punctuation import end_notes
from .numbering import letter_table_notes, number_blocks, number_footnotes
from .symbols import link_symbols


def apply(doc: tree.Document, lang: Conventions, addendum: tree.Document | None) -> None:
    """Run every transform on `doc`; `addendum` is the (numbered) addendum the report cites."""
    number_blocks(doc, lang)
    number_footnotes(doc)
    letter_table_notes(doc, lang)
    if addendum is not None:
        resolve_addendum_refs(doc, addendum, lang)
    resolve_ibid(doc, lang)
    link_symbols(doc)
    end_notes(doc, lang)
    place_calls(doc, lang)
