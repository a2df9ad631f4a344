"""The pipeline: data → compose → transforms → writers."""
from __future__ import annotations

import gc
import multiprocessing
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor, as_completed

from . import tree
from .compose import compose
from .compose.environment import precompile
from .data.textfile import first_occurrence
from .data.year import YearData
from .lang import conventions
from .output import Output
from .transforms import apply


def document_tree(data: YearData, kind: str, lang_code: str,
                  sourced: bool = False) -> tree.Document:
    """One document in one language, composed and transformed, ready for a writer; the
    report resolves its references against an outline of the addendum, composed after the
    report, so that an error in the report's own templates and prose is found first."""
    lang = conventions(lang_code)
    doc = compose(data, kind, lang, sourced=sourced)
    addendum = compose(data, "addendum", lang, outline=True) if kind == "report" else None
    job = str(data.values["document"].get("job_numbers", {}).get(lang_code, ""))
    doc.job_number, _, letter = job.partition("(")
    doc.job_language = letter.rstrip(")")
    apply(doc, lang, addendum)
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


def build(data: YearData, units, jobs: int = 1,
          made: Callable[[list[Output], float], None] | None = None) -> list[Output]:
    """The outputs of `units`, (lang, kind, format) triples, in memory: nothing is written
    until all have succeeded. With `jobs` above 1 each document (a language's report or
    addendum, in every format asked) is made in a process of its own; the bytes are the same.
    `made` is told of each document's outputs as they are made, with the seconds they took."""
    tasks: dict[tuple[str, str], list[str]] = {}
    for lang, kind, fmt in units:
        tasks.setdefault((lang, kind), []).append(fmt)
    global _DATA
    _DATA = data
    threshold = gc.get_threshold()
    gc.set_threshold(*COLLECT)       # layout makes many objects, few cycles
    try:
        return _build(tasks, jobs, made or (lambda outputs, seconds: None))
    finally:
        gc.set_threshold(*threshold)


def _build(tasks: dict, jobs: int, told: Callable[[list[Output], float], None]) -> list[Output]:
    if jobs > 1 and len(tasks) > 1:
        if any("pdf" in formats for formats in tasks.values()):
            from .writers import pdf  # noqa: F401 (imported once, before the processes fork)
        precompile(_DATA)
        gc.freeze()                 # the data is shared with the processes, not copied
        try:
            context = multiprocessing.get_context("fork")
            with ProcessPoolExecutor(min(jobs, len(tasks)), mp_context=context) as pool:
                # the longest work first: addenda, then documents with a PDF
                order = sorted(tasks, key=lambda t: (t[1] != "addendum", "pdf" not in tasks[t]))
                futures = {pool.submit(_timed, *task, tasks[task]): task for task in order}
                made, failed = {}, {}
                for future in as_completed(futures):
                    task = futures[future]
                    try:
                        made[task], seconds = future.result()
                    except Exception as exc:      # reported below, the same whatever the timing
                        failed[task] = exc
                        continue
                    told(made[task], seconds)
                if failed:
                    raise failed[next(task for task in order if task in failed)]
        finally:
            gc.unfreeze()
    else:
        made = {}
        for task, formats in tasks.items():
            made[task], seconds = _timed(*task, formats)
            told(made[task], seconds)
    return [output for task in tasks for output in made[task]]


COLLECT = (50_000, 50, 100)        # the collector's thresholds while building: −15 % time
_DATA: YearData | None = None      # the year's data, as the worker processes inherit it


def _timed(lang: str, kind: str, formats: list[str]) -> tuple[list[Output], float]:
    start = time.perf_counter()
    outputs = _document(lang, kind, formats)
    return outputs, time.perf_counter() - start


def _document(lang: str, kind: str, formats: list[str]) -> list[Output]:
    """One document of `_DATA` in one language, in each of `formats`."""
    data = _DATA
    doc = document_tree(data, kind, lang)
    stem = doc.symbol.replace("/", "_")
    return [Output(kind, doc.symbol, lang, fmt, f"{data.year}/{lang}/{stem}.{fmt}",
                   render(doc, fmt, data)) for fmt in formats]
