"""The pipeline: data → compose → transforms → writers."""
from __future__ import annotations

from dataclasses import dataclass

from . import tree
from .compose import compose
from .data.textfile import first_occurrence
from .data.year import YearData
from .lang import conventions
from .transforms import apply

DOCUMENTS = ("report", "addendum")
FORMATS = ("docx", "pdf")


@dataclass(frozen=True)
class Output:
    document: str
    symbol: str
    lang: str
    format: str
    path: str          # relative to the output directory
    content: bytes


def document_tree(data: YearData, kind: str, lang_code: str,
                  addendum: tree.Document | None = None) -> tree.Document:
    """One document in one language, composed and transformed, ready for a writer; the
    report resolves its references against `addendum` (composed here when not given)."""
    lang = conventions(lang_code)
    if kind == "report" and addendum is None:
        addendum = document_tree(data, "addendum", lang_code)
    doc = compose(data, kind, lang)
    job = str(data.values["document"].get("job_numbers", {}).get(lang_code, ""))
    doc.job_number, _, letter = job.partition("(")
    doc.job_language = letter.rstrip(")")
    apply(doc, lang, addendum if kind == "report" else None)
    return doc


def render(doc: tree.Document, fmt: str, data: YearData) -> bytes:
    if fmt == "docx":
        from .writers.docx import write_docx
        return write_docx(doc)
    from .writers.fonts import MissingGlyph
    from .writers.pdf import write_pdf
    try:
        return write_pdf(doc, data.root)
    except MissingGlyph as exc:
        found = first_occurrence(exc.char, (data.directory, data.root / "locales",
                                            data.root / "templates"), data.root)
        if found:
            exc.file, exc.line = found
        raise


def build(data: YearData, kinds, langs, formats) -> list[Output]:
    """Every requested output, in memory: nothing is written until all have succeeded."""
    outputs = []
    for lang_code in langs:
        addendum = document_tree(data, "addendum", lang_code)
        for kind in (k for k in DOCUMENTS if k in kinds):
            doc = addendum if kind == "addendum" else document_tree(data, kind, lang_code,
                                                                    addendum)
            stem = doc.symbol.replace("/", "_")
            for fmt in formats:
                path = f"{data.year}/{lang_code}/{stem}.{fmt}"
                outputs.append(Output(kind, doc.symbol, lang_code, fmt, path,
                                      render(doc, fmt, data)))
    return outputs
