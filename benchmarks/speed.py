"""Build speed side by side with its peers, in one run, each figure the median of --runs.

    .venv/bin/python benchmarks/speed.py [--runs 3] [--sizes 1,4,16] [--skip-peers]

Rows:
- all 24 outputs, cold (a fresh output folder) and again with nothing changed (the cache);
- the Chinese report, DOCX and PDF, as a whole process, against Pandoc (Markdown → DOCX) plus
  LibreOffice (DOCX → PDF) on the same text: the Markdown made from the reference
  (../shared/reference/A_HRC_58_70_zh.json, 117 units and 80 footnotes);
- the Chinese report's DOCX alone against Pandoc alone, from a fresh output folder and again
  after an edit (outputs rebuilt, templates already compiled);
- each PDF writer call against one plain WeasyPrint render of the same final HTML;
- the English addendum with every table's rows repeated 1, 4 and 16 times: time and peak
  memory of writing its PDF, in a process of its own.
Timings stay out of the tests."""
from __future__ import annotations

import argparse
import json
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPREPORT = [sys.executable, "-m", "spreport.cli"]
REFERENCE = ROOT.parent / "shared" / "reference" / "A_HRC_58_70_zh.json"


def timed(command, runs: int, before=None) -> float:
    """The median wall time of `command` (a list run as a process, or a function)."""
    times = []
    for _ in range(runs):
        if before:
            before()
        start = time.perf_counter()
        if callable(command):
            command()
        else:
            subprocess.run(command, check=True, capture_output=True, cwd=ROOT)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def row(what: str, ours: float, peer: float | None = None, peer_name: str = "") -> None:
    ratio = f"{ours / peer:5.2f} ×  {peer_name} {peer:6.2f} s" if peer else ""
    print(f"{what:<48} {ours:7.2f} s  {ratio}")


def builds(runs: int, work: Path) -> None:
    out = work / "build"
    cold = timed(SPREPORT + ["build", "--out", str(out)], runs,
                 before=lambda: shutil.rmtree(out, ignore_errors=True))
    row("all 24 outputs, cold", cold)
    row("all 24 outputs again, nothing changed", timed(SPREPORT + ["build", "--out", str(out)],
                                                        runs))


def markdown(reference: Path) -> str:
    """The reference's text as Pandoc Markdown: headings, numbered paragraphs, footnotes."""
    data = json.loads(reference.read_text(encoding="utf-8"))
    notes = {n["n"]: n["text"] for n in data["footnotes"]}
    lines = []
    for unit in data["units"]:
        text = unit["text"]
        for offset, n in sorted(zip(unit["offsets"], unit["footnotes"]), reverse=True):
            text = f"{text[:offset]}[^{n}]{text[offset:]}"
        label = unit.get("label") or ""
        prefix = {"chapter": "# ", "section": "## "}.get(unit["kind"], "")
        lines.append(f"{prefix}{label} {text}".strip() if prefix else f"{label} {text}".strip())
    lines += [f"[^{n}]: {text}" for n, text in sorted(notes.items())]
    return "\n\n".join(lines) + "\n"


def peers(runs: int, work: Path) -> None:
    md = work / "report.md"
    md.write_text(markdown(REFERENCE), encoding="utf-8")
    docx = work / "pandoc" / "report.docx"
    docx.parent.mkdir(exist_ok=True)
    pandoc = ["pandoc", str(md), "-o", str(docx)]
    office = ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(docx.parent),
              str(docx)]
    subprocess.run(pandoc, check=True)
    timed(office, 1)                                    # LibreOffice's first start
    out = work / "zh"
    ours_both = timed(SPREPORT + ["build", "--lang", "zh", "--documents", "report", "--jobs", "1",
                                  "--out", str(out)], runs,
                      before=lambda: shutil.rmtree(out, ignore_errors=True))
    peer_both = timed(lambda: (subprocess.run(pandoc, check=True),
                               subprocess.run(office, check=True, capture_output=True)), runs)
    row("zh report DOCX+PDF, whole process", ours_both, peer_both, "Pandoc+LibreOffice")
    ours_docx = timed(SPREPORT + ["build", "--lang", "zh", "--documents", "report", "--format",
                                  "docx", "--out", str(out)], runs,
                      before=lambda: shutil.rmtree(out, ignore_errors=True))
    pandoc_alone = timed(pandoc, runs)
    row("zh report DOCX alone, whole process", ours_docx, pandoc_alone, "Pandoc")
    edited = timed(SPREPORT + ["build", "--lang", "zh", "--documents", "report", "--format",
                               "docx", "--out", str(out)], runs, before=lambda: forget(out))
    row("the same after an edit (templates compiled)", edited, pandoc_alone, "Pandoc")


def forget(out: Path) -> None:
    """The outputs the cache keeps, forgotten, as an edit to the year's data makes them; the
    compiled templates stay."""
    for entry in (out / ".cache").iterdir():
        if entry.is_file():
            entry.unlink()


def plain_weasyprint(runs: int) -> None:
    from weasyprint import HTML

    from spreport.data.year import load_year
    from spreport.pipeline import document_tree, render
    from spreport.writers.html import write_html
    from spreport.writers.pdf import LocalFetcher, _stylesheet
    data = load_year(ROOT / "data" / "2024", ROOT)
    fetcher = LocalFetcher(ROOT)
    for lang, kind in (("zh", "report"), ("fr", "report"), ("en", "addendum")):
        doc = document_tree(data, kind, lang)
        ours = timed(lambda: render(doc, "pdf", data), runs)
        html = write_html(doc)
        plain = timed(lambda: HTML(string=html, base_url=fetcher.base_dir.as_uri() + "/",
                                   url_fetcher=fetcher).write_pdf(stylesheets=[_stylesheet()]),
                      runs)
        row(f"{lang} {kind} PDF writer", ours, plain, "plain WeasyPrint")


def scaled(sizes: list[int]) -> None:
    base = None
    for size in sizes:
        result = subprocess.run([sys.executable, __file__, "--addendum-rows", str(size)],
                                check=True, capture_output=True, text=True, cwd=ROOT)
        seconds, mebibytes, rows = result.stdout.split()
        base = base or float(seconds) / size
        print(f"{'en addendum PDF, ' + rows + ' table rows (' + str(size) + ' ×)':<48} "
              f"{float(seconds):7.2f} s  {float(seconds) / (base * size):5.2f} × linear  "
              f"peak {float(mebibytes):6.0f} MiB")


def addendum_rows(size: int) -> None:
    """In this process: the English addendum, each table's body rows repeated `size` times,
    written as PDF; prints seconds, peak MiB and the number of rows."""
    from spreport import tree
    from spreport.data.year import load_year
    from spreport.pipeline import document_tree, render
    data = load_year(ROOT / "data" / "2024", ROOT)
    doc = document_tree(data, "addendum", "en")
    rows = 0
    for block in tree.blocks(doc):
        if isinstance(block, tree.Table):
            block.body[:] = block.body * size
            rows += len(block.body)
    start = time.perf_counter()
    render(doc, "pdf", data)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{seconds:.2f} {peak:.0f} {rows}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--sizes", default="1,4,16")
    parser.add_argument("--skip-peers", action="store_true")
    parser.add_argument("--addendum-rows", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.addendum_rows:
        addendum_rows(args.addendum_rows)
        return
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        builds(args.runs, work)
        if not args.skip_peers:
            peers(args.runs, work)
        plain_weasyprint(args.runs)
    scaled([int(s) for s in args.sizes.split(",")])


if __name__ == "__main__":
    main()
