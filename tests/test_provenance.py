"""Every figure the documents state knows where it comes from: each figure placed in a
sentence and each figure cell of a table, composed for the preview (sources kept)."""
from __future__ import annotations

import re

import pytest

from conftest import ROOT
from spreport import tree
from spreport.compose import compose
from spreport.compose.values import Figure
from spreport.data.year import load_year
from spreport.lang import conventions


@pytest.fixture(scope="module")
def data():
    return load_year(ROOT / "data" / "2024", ROOT)


@pytest.mark.parametrize("document", ["report", "addendum"])
@pytest.mark.parametrize("lang", ["en", "ar"])
def test_every_figure_of_every_sentence_knows_its_source(data, document, lang):
    recorded: list = []
    compose(data, document, conventions(lang), recorder=recorded, sourced=True)
    figures = [(msgid, name, value) for msgid, name, value in recorded
               if isinstance(value, Figure)]
    assert len(figures) > 10
    assert [(name, value.text, msgid[:60]) for msgid, name, value in figures
            if not value.sources] == []


def test_every_figure_cell_of_every_table_knows_its_source(data):
    doc = compose(data, "addendum", conventions("en"), sourced=True)
    cells = [cell for block in tree.blocks(doc) if isinstance(block, tree.Table)
             for row in block.body + block.foot for cell in row if cell.numeric]
    stated = [c for c in cells if re.search(r"\d", tree.plain_text(c.children))]
    assert len(stated) > 1000
    unsourced = [tree.plain_text(c.children) for c in stated
                 if not any(isinstance(i, tree.Sourced) and i.sources for i in c.children)]
    assert unsourced == []
