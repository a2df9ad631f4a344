"""`spreport build`: every output asked for, from the cache when none of its inputs changed;
the others built from the year's data, once it has passed every check `spreport check`
makes, in parallel; then all written together with the manifest."""
from __future__ import annotations

import sys
from pathlib import Path

from .cache import Cache
from .output import Output, write_outputs
from .progress import Progress

DRAFT = "draft_marks"        # what an output's cache entry says of the !update marks left


def build_outputs(data_dir: Path, root: Path, out: Path, units, jobs: int,
                  report, progress: Progress | None = None) -> tuple[Path, list[Output]] | None:
    """Build `units`, (lang, kind, format) triples, into `out`: the manifest's path and the
    outputs, or None when the data has problems (each passed to `report`, which prints them);
    `progress` is told of each document made."""
    progress = progress or Progress(quiet=True)
    cache = Cache(out, data_dir, root)
    keys = {unit: cache.key(*unit) for unit in units}
    kept = {unit: cache.get(key) for unit, key in keys.items()}
    missing = [unit for unit in units if kept[unit] is None]
    marked = max([meta.get(DRAFT, 0) for meta, _ in filter(None, kept.values())] or [0])
    made: dict = {}
    if missing:
        from .check import cross_checks, missing_texts
        from .data.yamlfile import marks_of
        from .data.year import load_year
        from .compose.environment import COMPILED
        from .pipeline import build
        COMPILED.folder = cache.folder / "templates"
        data = load_year(data_dir, root)
        if report([*missing_texts(data_dir, root), *cross_checks(data)]):
            return None
        marked = sum(len(marks_of(values)) for values in data.values.values())
        progress.start(len(missing), len(units) - len(missing))
        try:
            outputs = build(data, missing, jobs, progress.made)
        finally:
            progress.stop()
        for output in outputs:
            unit = (output.lang, output.document, output.format)
            made[unit] = output
            cache.put(keys[unit], {**_meta(output), DRAFT: marked}, output.content)
    else:
        progress.start(0, len(units))
    if marked:
        print(f"spreport: warning: {data_dir}: {marked} value(s) still marked !update, built as "
              f"a draft (`spreport check {data_dir}` lists them)", file=sys.stderr)
    outputs = []
    for unit in units:
        if unit in made:
            outputs.append(made[unit])
        else:
            meta, content = kept[unit]
            cache.touch(keys[unit])
            outputs.append(Output(meta["document"], meta["symbol"], meta["lang"],
                                  meta["format"], meta["path"], content, reused=True))
    manifest = write_outputs(out, outputs)
    if made:
        from .compose.environment import COMPILED
        COMPILED.save()
    cache.prune()
    return manifest, outputs


def _meta(output: Output) -> dict:
    return {"document": output.document, "symbol": output.symbol, "lang": output.lang,
            "format": output.format, "path": output.path}
