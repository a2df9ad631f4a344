"""Writing outputs atomically: a failed build leaves the last good files in place."""
from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path


def write_atomic(path: Path, content: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(content)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def write_outputs(out_dir: Path, outputs) -> Path:
    """Write every output and the manifest listing them; returns the manifest's path."""
    for output in outputs:
        write_atomic(out_dir / output.path, output.content)
    manifest = {"outputs": [{"document": o.document, "symbol": o.symbol, "lang": o.lang,
                             "format": o.format, "path": o.path} for o in outputs]}
    path = out_dir / "manifest.json"
    write_atomic(path, (json.dumps(manifest, ensure_ascii=False, indent=2) + "\n").encode())
    return path
