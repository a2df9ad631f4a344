"""Read the markup the templates render (document, chapter, section, title, para, sub, note,
sym, url, addref, em; table, thead, tbody, tfoot, tr, th, td, tnote, tnref) into the typed
document tree."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from ..errors import SpreportError
from .. import tree

_SPACE = re.compile(r"[ \t\n\r]+")   # layout white space; no-break spaces stay
# Characters between which Chinese text has no space (CJK ideographs and full-width punctuation).
_CJK = "\u3000-\u303f\u3400-\u9fff\uff00-\uffef“”‘’《》"
_CJK_GAP = re.compile(f"(?<=[{_CJK}]) (?=[{_CJK}])")


def check_web_address(href: str, where=None) -> str:
    """A link's address: http or https only (no file:, javascript: …), whatever wrote it."""
    if not href.lower().startswith(("http://", "https://")):
        file, line, field = (getattr(where, "file", None), getattr(where, "line", None),
                             getattr(where, "field", None))
        raise SpreportError(f"a link must be an http or https address, got {href[:80]!r}",
                            file, line, field)
    return href


def parse(markup: str, name: str, spaced: bool) -> tuple[str, list[tree.Block],
                                                          tree.Masthead | None]:
    """The title and blocks of a rendered document; `spaced` is False for languages
    without word spaces."""
    try:
        root = ET.fromstring(markup)
    except ET.ParseError as exc:
        line = exc.position[0]
        context = markup.splitlines()[line - 1].strip()[:80] if line else ""
        raise SpreportError(f"rendered markup is not well formed ({exc}): {context}",
                            name) from None
    masthead = root.find("masthead")
    blocks = [_block(child, spaced) for child in root if child.tag != "masthead"]
    return root.get("title", ""), blocks, _masthead(masthead, spaced)


def _masthead(el, spaced) -> tree.Masthead | None:
    """<masthead>: un, organ, distribution, date, original, meeting…, agenda, title,
    subtitle, summary (heading="…") holding <p> paragraphs."""
    if el is None:
        return None

    def text(tag):
        found = el.find(tag)
        return tree.plain_text(_inline(found, spaced)) if found is not None else ""
    summary = el.find("summary")
    return tree.Masthead(
        organ=text("organ"), distribution=text("distribution"), date=text("date"),
        original=text("original"),
        meeting=[tree.plain_text(_inline(m, spaced)) for m in el.findall("meeting")],
        agenda_title=text("agenda"),
        title=_inline(el.find("title"), spaced) if el.find("title") is not None else [],
        subtitle=_inline(el.find("subtitle"), spaced) if el.find("subtitle") is not None else [],
        summary_heading=summary.get("heading", "") if summary is not None else "",
        summary=[_inline(p, spaced) for p in summary.findall("p")] if summary is not None
        else [],
        united_nations=text("un"))


def _block(el, spaced):
    if el.tag in ("chapter", "section"):
        title = el.find("title")
        if title is None:
            raise SpreportError(f"{el.tag} {el.get('id')!r} has no title")
        body = [_block(c, spaced) for c in el if c.tag != "title"]
        kind = tree.Chapter if el.tag == "chapter" else tree.Section
        return kind(el.get("id", ""), _inline(title, spaced), body)
    if el.tag == "para":
        subs = [tree.Subparagraph(_inline(s, spaced)) for s in el.findall("sub")]
        return tree.Paragraph(_inline(el, spaced, stop="sub"), subs)
    if el.tag == "table":
        return _table(el, spaced)
    raise SpreportError(f"unexpected <{el.tag}> where a chapter, section, para or table belongs")


def _table(el, spaced) -> tree.Table:
    """<table><thead|tbody|tfoot><tr><th|td num="1" span="2">…</tr>…</thead>…<tnote id>…</tnote>"""
    def rows(tag):
        part = el.find(tag)
        return [] if part is None else [
            [tree.Cell(_inline(c, spaced), c.get("num") == "1", _span(c)) for c in tr]
            for tr in part.findall("tr")]
    notes = [tree.TableNote(n.get("id", ""), _inline(n, spaced)) for n in el.findall("tnote")]
    return tree.Table(rows("thead"), rows("tbody"), rows("tfoot"), notes)


def _span(cell) -> int:
    span = cell.get("span", "1")
    if not span.isdigit() or int(span) < 1:
        raise SpreportError(f"a cell's span must be a whole number from 1, got {span[:20]!r}, "
                            f"in the cell {_context(cell)}")
    return int(span)


def _context(el) -> str:
    return repr(" ".join("".join(el.itertext()).split())[:60])


def _inline(el, spaced, stop=None) -> list:
    items = [tree.Text(el.text)] if el.text else []
    for child in el:
        if child.tag == stop:
            break
        items.append(_element(child, spaced))
        if child.tail:
            items.append(tree.Text(child.tail))
    return _tidy(items, spaced)


def _element(el, spaced):
    if el.tag == "note":
        if el.find(".//note") is not None:
            raise SpreportError(f"a footnote inside a footnote: {_context(el)}")
        return tree.Footnote(_inline(el, spaced), label=el.get("mark"))
    if el.tag == "sym":
        symbol = (el.text or "").strip()
        return tree.Symbol(None, [tree.Text(symbol)], symbol)
    if el.tag == "url":
        return tree.Link(check_web_address(el.get("href", "")), _inline(el, spaced))
    if el.tag == "addref":
        return tree.AddendumRef(el.get("sections", "").split())
    if el.tag == "em":
        return tree.Emphasis(_inline(el, spaced))
    if el.tag == "tnref":
        return tree.TableNoteRef(el.get("note", ""))
    if el.tag == "fig":
        return tree.Sourced(el.text or "", el.get("src", "").split("\n"))
    raise SpreportError(f"unexpected <{el.tag}> inside a paragraph")


def _tidy(items: list, spaced: bool) -> list:
    """Collapse white space, trim the ends, and in unspaced languages drop the spaces
    template layout leaves between Chinese characters (footnote calls do not count)."""
    for item in items:
        if isinstance(item, tree.Text):
            item.text = _SPACE.sub(" ", item.text)
    if items and isinstance(items[0], tree.Text):
        items[0].text = items[0].text.lstrip()
    if items and isinstance(items[-1], tree.Text):
        items[-1].text = items[-1].text.rstrip()
    if not spaced:
        _close_cjk_gaps(items)
    return [i for i in items if not (isinstance(i, tree.Text) and not i.text)]


def _close_cjk_gaps(items: list) -> None:
    visible = [i for i in items if isinstance(i, tree.Text)]
    for item in visible:
        item.text = _CJK_GAP.sub("", item.text)
    # A gap split across nodes: "。 " + footnote + " 从" or "。" + " 从".
    flat = [i for i in items if not isinstance(i, tree.Footnote)]
    for left, right in zip(flat, flat[1:]):
        lt, rt = _edge_text(left, -1), _edge_text(right, 0)
        if lt is None or rt is None:
            continue
        if re.match(f"[{_CJK}]", lt.text.rstrip()[-1:] or "x") and \
                re.match(f"[{_CJK}]", rt.text.lstrip()[:1] or "x"):
            lt.text, rt.text = lt.text.rstrip(), rt.text.lstrip()


def _edge_text(item, end):
    if isinstance(item, tree.Text):
        return item if item.text.strip() else None
    children = getattr(item, "children", None)
    return _edge_text(children[end], end) if children else None
