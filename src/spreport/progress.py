"""What `spreport build` tells while it works: on a terminal, a bar over the outputs with each
document, language and format and the time it took; in CI or when the output is not a
terminal, nothing; `--verbose` prints a line per output wherever it goes, `--quiet` nothing
but errors."""
from __future__ import annotations

import os
import sys
from dataclasses import dataclass

from .output import Output


@dataclass
class Progress:
    """Told of each document as it is made (`made`), from `start` to `stop`."""
    verbose: bool = False
    quiet: bool = False

    def __post_init__(self):
        self.bar = None
        self.live = (not self.quiet and sys.stderr.isatty() and not os.environ.get("CI")
                     and os.environ.get("TERM") != "dumb")

    def start(self, total: int, reused: int) -> None:
        if self.verbose and reused:
            print(f"spreport: {reused} output(s) unchanged, reused", file=sys.stderr)
        if self.live and total:
            from rich.progress import (BarColumn, MofNCompleteColumn, Progress as Bar,
                                       TextColumn, TimeElapsedColumn)
            self.bar = Bar(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                           TimeElapsedColumn(), transient=False)
            self.task = self.bar.add_task("building", total=total)
            self.bar.start()

    def made(self, outputs: list[Output], seconds: float) -> None:
        """Outputs of one document in one language, made in `seconds`."""
        what = (f"{outputs[0].document} {outputs[0].lang} "
                f"{'+'.join(o.format for o in outputs)}  {seconds:.1f} s")
        if self.bar is not None:
            self.bar.console.print(f"  {what}", highlight=False)
            self.bar.update(self.task, advance=len(outputs), description=what)
        elif self.verbose:
            print(f"spreport: built {what}", file=sys.stderr)

    def stop(self) -> None:
        if self.bar is not None:
            self.bar.stop()
            self.bar = None
