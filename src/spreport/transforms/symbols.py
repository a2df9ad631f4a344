"""Every document symbol links to the document in the same language on docs.un.org."""
from __future__ import annotations

from .. import tree

DOCS = "https://docs.un.org/{lang}/{symbol}"


def link_symbols(doc: tree.Document) -> None:
    for items in tree.inline_lists(doc):
        for item in items:
            if isinstance(item, tree.Symbol):
                item.href = DOCS.format(lang=doc.lang, symbol=item.symbol)
