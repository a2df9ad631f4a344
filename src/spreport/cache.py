"""Outputs kept by the hash of everything they depend on: the year's data, the templates, the
language's catalogs, the shared data of the project, the fonts a PDF is set in, the code and
its libraries, and SOURCE_DATE_EPOCH. An output whose inputs did not change is not built
again; a change to one language's catalog changes that language's outputs alone.

The cache lives in the output directory (`build/.cache/`): each entry is the output's bytes
and what the manifest says of it, named by its key."""
from __future__ import annotations

import hashlib
import json
import os
import subprocess
from functools import lru_cache
from importlib.metadata import version
from pathlib import Path

FOLDER = ".cache"
KEEP = 240                 # entries kept: ten full builds of 24 outputs
LIBRARIES = ("python-docx", "weasyprint", "jinja2", "babel", "pyyaml", "openpyxl",
             "unicode-rbnf", "lxml", "fonttools", "pydyf")


class Cache:
    """The cache of one output directory for one year's data."""

    def __init__(self, out_dir: Path, data_dir: Path, root: Path):
        self.folder = out_dir / FOLDER
        self.data_dir, self.root = data_dir.resolve(), root.resolve()
        catalogs = self.data_dir / "locales"
        shared = [p for p in (self.root / "data").iterdir() if p.is_file()]
        self.common = _digest([
            _code(), os.environ.get("SOURCE_DATE_EPOCH", ""),
            _files(self.root / "templates", self.root), _files(shared, self.root),
            _files([p for p in self.data_dir.rglob("*") if not p.is_relative_to(catalogs)],
                   self.root)])

    def key(self, lang: str, kind: str, fmt: str) -> str:
        """The key of one output: its inputs' hash."""
        catalogs = [self.root / "locales" / lang, self.data_dir / "locales" / lang]
        parts = [self.common, lang, kind, fmt,
                 _files([p for c in catalogs if c.is_dir() for p in c.rglob("*")], self.root)]
        if fmt == "pdf":
            parts.append(_fonts(lang))
        return _digest(parts)

    def get(self, key: str) -> tuple[dict, bytes] | None:
        """What the manifest said of the output, and its bytes; None when not kept."""
        try:
            meta = json.loads((self.folder / f"{key}.json").read_text(encoding="utf-8"))
            content = (self.folder / key).read_bytes()
        except (OSError, ValueError):
            return None
        if hashlib.sha256(content).hexdigest() != meta.get("sha256"):
            return None
        return meta, content

    def put(self, key: str, meta: dict, content: bytes) -> None:
        """Keep an output (best effort: a cache that cannot be written only costs time)."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            for name, data in ((key, content), (f"{key}.json", json.dumps(
                    {**meta, "sha256": hashlib.sha256(content).hexdigest()}).encode())):
                temp = self.folder / f".{name}.{os.getpid()}"
                temp.write_bytes(data)
                os.replace(temp, self.folder / name)
        except OSError:
            pass

    def prune(self) -> None:
        """Keep the KEEP entries used last."""
        try:
            entries = sorted(self.folder.glob("*.json"), key=lambda p: p.stat().st_mtime_ns)
            for meta in entries[:-KEEP]:
                meta.unlink()
                meta.with_suffix("").unlink(missing_ok=True)
        except OSError:
            pass

    def touch(self, key: str) -> None:
        try:
            os.utime(self.folder / f"{key}.json")
        except OSError:
            pass


def _digest(parts) -> str:
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()


def _files(paths, root: Path) -> str:
    """The hash of the files among `paths` (or below a folder), by name and content; a file
    leading outside the project is not read (loading it is refused)."""
    if isinstance(paths, Path):
        paths = paths.rglob("*")
    hashed = hashlib.sha256()
    for path in sorted(paths):
        if not path.is_file() or "__pycache__" in path.parts:
            continue
        hashed.update(str(path.relative_to(root)).encode() + b"\0")
        if path.resolve().is_relative_to(root):
            hashed.update(hashlib.sha256(path.read_bytes()).digest())
    return hashed.hexdigest()


@lru_cache(maxsize=None)
def _code() -> str:
    """The hash of spreport's own files and the versions of the libraries it builds with."""
    package = Path(__file__).resolve().parent
    libraries = [f"{name}=={version(name)}" for name in LIBRARIES]
    return _digest([_files(package, package), *libraries])


@lru_cache(maxsize=None)
def _fonts(lang: str) -> str:
    """The font files a PDF in `lang` is set in, by path, size and time."""
    from .writers.fonts import families
    found = []
    for family, _ in families(lang):
        path = subprocess.run(["fc-match", "-f", "%{file}", family], capture_output=True,
                              text=True).stdout
        stat = os.stat(path) if path and os.path.isfile(path) else None
        found.append(f"{path}:{stat.st_size}:{stat.st_mtime_ns}" if stat else path)
    return _digest(found)
