"""The command line: `spreport build`, `spreport check`, `spreport translations`,
`spreport diff` and `spreport new`."""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from .epoch import source_date_epoch
from .errors import SpreportError
from .kinds import DOCUMENTS, FORMATS, UN_ORDER
from .output import check_out_dir



def _choices(allowed):
    def parse(text: str) -> list[str]:
        items = [t.strip() for t in text.split(",") if t.strip()]
        wrong = [t for t in items if t not in allowed]
        if wrong or not items:
            raise argparse.ArgumentTypeError(
                f"{','.join(wrong) or text!r}: expected a comma-separated list of "
                + ", ".join(allowed))
        return items
    return parse


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="spreport", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    b = commands.add_parser("build", help="build the report set into the output directory")
    b.add_argument("--data", type=Path, default=Path("data/2024"),
                   help="the year's data directory (default: data/2024)")
    b.add_argument("--lang", type=_choices(UN_ORDER), default=list(UN_ORDER),
                   help="languages, comma-separated (default: ar,zh,en,fr,ru,es)")
    b.add_argument("--documents", type=_choices(DOCUMENTS), default=list(DOCUMENTS),
                   help="documents, comma-separated (default: report,addendum)")
    b.add_argument("--format", type=_choices(FORMATS), default=list(FORMATS),
                   help="formats, comma-separated (default: docx,pdf)")
    b.add_argument("--out", type=Path, default=Path("build"),
                   help="output directory (default: build)")
    b.add_argument("--jobs", type=_jobs, default=os.cpu_count() or 1,
                   help="documents built at once, in processes of their own (default: the "
                        "number of cores)")
    told = b.add_mutually_exclusive_group()
    told.add_argument("--quiet", "-q", action="store_true",
                      help="print nothing but errors and warnings")
    told.add_argument("--verbose", "-v", action="store_true",
                      help="a line per document built, with the time it took, wherever the "
                           "output goes (on a terminal a progress bar shows them anyway)")
    c = commands.add_parser("check", help="validate and cross-check a year's data")
    c.add_argument("data", type=Path, nargs="?", default=Path("data/2024"),
                   help="the year's data directory (default: data/2024)")
    t = commands.add_parser("translations",
                            help="how complete each language's catalogs are (exit 1 if not)")
    t.add_argument("--data", type=Path, default=Path("data/2024"),
                   help="the year's data directory (default: data/2024)")
    t.add_argument("--update", action="store_true",
                   help="re-extract the messages and update every .po file first")
    n = commands.add_parser("new", help="draft next year's data folder from this year's")
    n.add_argument("year", type=int, help="the year to draft (2025)")
    n.add_argument("--from", dest="source", type=Path, default=None, metavar="DIR",
                   help="this year's data directory (default: data/<year - 1>)")
    v = commands.add_parser("serve", help="preview the documents in the browser as you edit")
    v.add_argument("--data", type=Path, default=Path("data/2024"),
                   help="the year's data directory (default: data/2024)")
    v.add_argument("--lang", type=_choices(UN_ORDER), default=["en"],
                   help="languages, comma-separated (default: en)")
    v.add_argument("--port", type=_port, default=8000,
                   help="the port on 127.0.0.1 (default: 8000)")
    e = commands.add_parser("explain", help="where a figure the documents state comes from")
    e.add_argument("figure", help="the figure as printed (57, 1,265) or as a number")
    e.add_argument("--data", type=Path, default=Path("data/2024"),
                   help="the year's data directory (default: data/2024)")
    e.add_argument("--lang", choices=UN_ORDER, default="en",
                   help="the language whose sentences to search (default: en)")
    e.add_argument("--document", choices=DOCUMENTS, default="report",
                   help="the document to search (default: report)")
    d = commands.add_parser("diff", help="every figure the documents state, in two years")
    d.add_argument("before", type=Path, help="last year's data directory (data/2024)")
    d.add_argument("after", type=Path, help="this year's data directory (data/2025)")
    d.add_argument("--csv", type=Path, help="also write the comparison as CSV (UTF-8)")
    d.add_argument("--xlsx", type=Path, help="also write the comparison as an XLSX workbook")
    return parser


def _jobs(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"{text!r}: expected a whole number from 1")
    return int(text)


def _port(text: str) -> int:
    if not text.isdigit() or not 1 <= int(text) <= 65535:
        raise argparse.ArgumentTypeError(f"{text!r}: expected a port from 1 to 65535")
    return int(text)


def project_root(data_dir: Path) -> Path:
    """The project holding the data: the nearest folder above it with templates/ and locales/."""
    for folder in [data_dir.resolve(), *data_dir.resolve().parents]:
        if (folder / "templates").is_dir() and (folder / "locales").is_dir():
            return folder
    raise SpreportError("not inside a spreport project (no templates/ and locales/ above it)",
                        str(data_dir))


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "translations":
            return _translations(args)
        if args.command == "check":
            return _check(args)
        if args.command == "new":
            return _new(args)
        if args.command == "diff":
            return _diff(args)
        if args.command == "explain":
            return _explain(args)
        if args.command == "serve":
            return _serve(args)
        return _build(args)
    except SpreportError as exc:
        print(f"spreport: error: {exc}", file=sys.stderr)
        return 2
    except Exception as exc:        # a fault of spreport's own, not of the input
        if os.environ.get("SPREPORT_TRACEBACK"):
            raise
        print(f"spreport: internal error: {type(exc).__name__}: "
              f"{str(SpreportError(str(exc)))[:300]} (a fault in spreport, not in the data: "
              "run again with SPREPORT_TRACEBACK=1 and report what it prints)", file=sys.stderr)
        return 70


def _check(args) -> int:
    from .check import check
    if _report(check(args.data, project_root(args.data)), args.data):
        return 2
    print(f"{args.data}: no problem found")
    return 0


def _report(problems, data_dir: Path, outcome: str = "") -> bool:
    """Print every problem; whether there was any."""
    for problem in problems:
        print(f"spreport: {problem}", file=sys.stderr)
    if problems:
        print(f"{len(problems)} problem(s) in {data_dir}{outcome}", file=sys.stderr)
    return bool(problems)


def _diff(args) -> int:
    from . import diff
    from .data.year import load_year
    years = [load_year(d, project_root(d)) for d in (args.before, args.after)]
    rows = diff.compare(*(diff.stated_figures(data) for data in years))
    print(diff.table(rows))
    if args.csv:
        diff.write_csv(rows, args.csv)
        print(args.csv)
    if args.xlsx:
        diff.write_xlsx(rows, args.xlsx)
        print(args.xlsx)
    return 0


def _serve(args) -> int:
    from .server import HOST, serve
    root = project_root(args.data)
    print(f"spreport: previewing {args.data} on http://{HOST}:{args.port}/ (Ctrl-C to stop)",
          file=sys.stderr)
    serve(args.data, root, args.lang, args.port)
    return 0


def _explain(args) -> int:
    from .explain import figure_sources, shown
    found = figure_sources(args.data, project_root(args.data), args.figure, args.lang,
                           args.document)
    print(shown(found, args.figure))
    return 0 if found else 1


def _new(args) -> int:
    from .new import count_marks, new_year, year_registers
    source = args.source or Path("data") / str(args.year - 1)
    if not source.is_dir():
        raise SpreportError("no such data directory: give this year's with --from",
                            str(source))
    root = project_root(source)
    target = new_year(args.year, source, root)
    shown = target.relative_to(root)
    print(f"wrote {shown}: {count_marks(target, root)} value(s) marked !update to confirm or "
          f"replace, and the registers of the year to fill ({', '.join(year_registers())}); "
          f"`spreport check {shown}` lists them")
    return 0


def _translations(args) -> int:
    from .translations import status, update
    root = project_root(args.data)
    year_dir = args.data.resolve()
    if args.update:
        for path in update(root, year_dir):
            print(f"updated {path.relative_to(root)}")
    rows = status(root, year_dir)
    width = max(len(r.catalog) for r in rows)
    print(f"{'lang':<5} {'catalog':<{width}} {'translated':>10} {'untranslated':>12} {'fuzzy':>5}")
    for r in rows:
        print(f"{r.lang:<5} {r.catalog:<{width}} {r.translated:>10} {r.untranslated:>12} "
              f"{r.fuzzy:>5}")
    incomplete = sorted({r.lang for r in rows if not r.complete})
    if incomplete:
        print(f"incomplete: {', '.join(incomplete)}")
        return 1
    print("every language complete")
    return 0


def _build(args) -> int:
    from .build import build_outputs
    from .progress import Progress
    source_date_epoch()
    check_out_dir(args.out)
    root = project_root(args.data)
    units = [(lang, kind, fmt) for lang in args.lang for kind in DOCUMENTS
             if kind in args.documents for fmt in args.format]
    built = build_outputs(args.data, root, args.out, units, args.jobs, lambda problems: _report(
        problems, args.data, ": nothing built, the last build is as it was"),
        Progress(verbose=args.verbose, quiet=args.quiet))
    if built is None:
        return 2
    manifest, outputs = built
    if not args.quiet:
        for output in outputs:
            print(f"{args.out / output.path}{' (reused)' if output.reused else ''}")
        print(manifest)
    return 0


if __name__ == "__main__":
    sys.exit(main())
