"""The command line: `spreport build`."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .data.year import load_year
from .errors import SpreportError
from .lang import UN_ORDER
from .output import write_outputs
from .pipeline import DOCUMENTS, FORMATS, build


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
    b.add_argument("--lang", type=_choices(UN_ORDER), default=["zh", "en"],
                   help="languages, comma-separated (default: zh,en)")
    b.add_argument("--documents", type=_choices(DOCUMENTS), default=["report"],
                   help="documents, comma-separated (default: report)")
    b.add_argument("--format", type=_choices(FORMATS), default=list(FORMATS),
                   help="formats, comma-separated (default: docx,pdf)")
    b.add_argument("--out", type=Path, default=Path("build"),
                   help="output directory (default: build)")
    return parser


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
        if "addendum" in args.documents:
            raise SpreportError("the addendum cannot be built yet: only its outline exists",
                                field="--documents")
        root = project_root(args.data)
        data = load_year(args.data, root)
        outputs = build(data, args.documents, args.lang, args.format)
        manifest = write_outputs(args.out, outputs)
    except SpreportError as exc:
        print(f"spreport: error: {exc}", file=sys.stderr)
        return 2
    for output in outputs:
        print(args.out / output.path)
    print(manifest)
    return 0


if __name__ == "__main__":
    sys.exit(main())
