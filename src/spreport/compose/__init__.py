"""Compose: render one document's templates in one language into the document tree."""
from __future__ import annotations

import datetime

from .. import tree
from ..data.figures import Figures
from ..data.year import YearData
from ..lang.base import Conventions
from .catalogs import translations
from .environment import make_environment, render
from .helpers import Helpers
from .markup import parse


def compose(data: YearData, kind: str, lang: Conventions, recorder: list | None = None,
            outline: bool = False, sourced: bool = False) -> tree.Document:
    """The tree of `kind` ("report" or "addendum") in `lang`, before any transform;
    `recorder` collects every message's placeholder values (see environment.Messages). An
    `outline` of the addendum has its chapters without their content: what the report's
    references need. `sourced`: each figure a sentence or table states carries its sources
    (tree.Sourced), for the preview."""
    env = make_environment(data.root, data.directory,
                           translations(data.root, data.directory, lang.code), lang, recorder,
                           outline)
    Helpers(data, lang, sourced).register(env)
    name = f"{kind}.xml.j2"
    markup = render(env, name, data.root, data=data.values, registers=data.registers,
                    figures=Figures(data), year=data.year, lang=lang.code)
    document = data.values["document"]
    symbol = document["report"]["symbol"] + ("/Add.1" if kind == "addendum" else "")
    title, blocks, masthead = parse(markup, name, spaced=lang.word_spaces)
    if masthead is not None and lang.masthead_in_english:
        masthead.distribution_lang = "en"
    if masthead is not None and masthead.title:
        title = tree.plain_text(masthead.title)      # the title as printed, for metadata
    submitted = document.get("submitted")
    issued = datetime.date(submitted.year, submitted.month, submitted.day) if submitted else None
    return tree.Document(kind, symbol, lang.code, title, blocks, masthead=masthead,
                         issued=issued)
