"""Running heads and feet. After the first page the head is the symbol (at the end of the
line on odd pages, at the start on even ones) and the foot the job number and the page
number, the page number outermost; the first page's head is empty and its foot holds the
job number with the language letter. In Arabic, `w:bidi` mirrors them all."""
from __future__ import annotations

from lxml import etree

from spreport.tree import Document
from ..bidi import right_to_left
from .inline import text_run
from .ooxml import CT, REL, part_root, serialize, w
from .package import Package, Relationships

JOB_GAP = 567  # twips between the page number and the job number


def page_furniture(doc: Document, width: int, pkg: Package,
                   rels: Relationships) -> list[etree._Element]:
    """Adds the header and footer parts to `pkg`, related from the document's `rels`, and
    returns their `w:headerReference`/`w:footerReference` for the section, `width` wide."""
    bidi = right_to_left(doc.lang)

    def run(value: str) -> etree._Element:
        return text_run(value, bidi=bidi)

    language = f" ({doc.job_language})" if doc.job_language else ""
    heads = {"default": _para("Header", bidi, run(doc.symbol), jc="end"),
             "even": _para("Header", bidi, run(doc.symbol)),
             "first": w("p", w("pPr", w("bidi")) if bidi else None)}
    feet = {"default": _para("Footer", bidi, run("\t"), run(doc.job_number), run("\t"),
                             _page_number(bidi), tabs=[("end", width - JOB_GAP), ("end", width)]),
            "even": _para("Footer", bidi, _page_number(bidi), run("\t"), run(doc.job_number),
                          tabs=[("start", JOB_GAP)]),
            "first": _para("Footer", bidi, run(doc.job_number + language))}
    refs = []
    for kind, root, paras in (("header", "hdr", heads), ("footer", "ftr", feet)):
        for n, (page, para) in enumerate(paras.items(), 1):
            pkg.add(f"word/{kind}{n}.xml", CT + f"{kind}+xml", serialize(part_root(root, para)))
            refs.append(w(f"{kind}Reference", type=page, r_id=rels.add(REL + kind, f"{kind}{n}.xml")))
    return refs


def _para(style: str, bidi: bool, *runs: etree._Element | None, jc: str | None = None,
          tabs: list[tuple[str, int]] = ()) -> etree._Element:
    stops = w("tabs", *(w("tab", val=val, pos=pos) for val, pos in tabs)) if tabs else None
    return w("p", w("pPr", w("pStyle", val=style), stops, w("bidi") if bidi else None,
                    w("jc", val=jc) if jc else None), *runs)


def _page_number(bidi: bool) -> etree._Element:
    """A PAGE field, its result in the bold page number style."""
    return w("fldSimple", text_run("1", style="PageNumber", bidi=bidi), instr=" PAGE ")
