"""Time and peak memory of each stage of building the report.

    .venv/bin/python benchmarks/build.py [--data data/2024] [--lang zh,en] [--runs 3]

Prints, per language, the best of N runs for load, compose + transforms, DOCX and PDF,
and the process's peak resident memory at the end.
"""
from __future__ import annotations

import argparse
import resource
import time
from pathlib import Path

from spreport.cli import project_root
from spreport.data.year import load_year
from spreport.pipeline import document_tree, render


def best(runs: int, work):
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - start)
    return min(times), result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, default=Path("data/2024"))
    parser.add_argument("--lang", default="zh,en")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    root = project_root(args.data)
    seconds, data = best(args.runs, lambda: load_year(args.data, root))
    print(f"load                    {seconds:6.2f} s")
    for lang in args.lang.split(","):
        seconds, doc = best(args.runs, lambda: document_tree(data, "report", lang))
        print(f"{lang} compose+transforms  {seconds:6.2f} s")
        for fmt in ("docx", "pdf"):
            seconds, content = best(args.runs, lambda: render(doc, fmt, data))
            print(f"{lang} {fmt:<20} {seconds:6.2f} s  {len(content) / 1024:7.0f} KiB")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory             {peak:6.0f} MiB")


if __name__ == "__main__":
    main()
