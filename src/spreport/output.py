"""Writing a build's outputs and manifest as one transaction: every file is replaced, or none."""
from __future__ import annotations

import errno
import json
import os
import secrets
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path

from .errors import SpreportError


@dataclass(frozen=True)
class Output:
    """One output of a build: a document in one language and format, and its bytes;
    `reused` when the cache held it."""
    document: str
    symbol: str
    lang: str
    format: str
    path: str          # relative to the output directory
    content: bytes
    reused: bool = False


def write_outputs(out_dir: Path, outputs) -> Path:
    """Write every output and the manifest listing them; returns the manifest's path. If any
    cannot be written, nothing is changed and a SpreportError names the file."""
    check_out_dir(out_dir)
    manifest = out_dir / "manifest.json"
    listing = {"outputs": [{"document": o.document, "symbol": o.symbol, "lang": o.lang,
                            "format": o.format, "path": o.path, "reused": o.reused}
                           for o in outputs]}
    files = [(out_dir / o.path, o.content) for o in outputs]
    files.append((manifest, (json.dumps(listing, ensure_ascii=False, indent=2) + "\n").encode()))
    transaction = _Transaction()
    try:
        for target, content in files:
            transaction.stage(target, content)
        transaction.commit()
    except BaseException:
        transaction.undo()
        raise
    transaction.finish()
    return manifest


def check_out_dir(out_dir: Path) -> None:
    """Refuse an output directory that is a file, lies under one, or cannot be written."""
    folder = out_dir
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    if not folder.is_dir():
        code = errno.ENOTDIR
    elif not os.access(folder, os.W_OK | os.X_OK):
        code = errno.EACCES
    else:
        return
    culprit = "" if folder == out_dir else f" ({folder})"
    raise SpreportError(f"cannot write: {os.strerror(code)}{culprit}", str(out_dir))


class _Transaction:
    """New files staged beside their targets, then moved into place; undone if anything fails."""

    def __init__(self):
        self.made: list[Path] = []                       # directories created, outermost first
        self.staged: list[tuple[Path, Path]] = []        # (temporary file, target)
        self.moved: list[tuple[Path, Path | None]] = []  # (target, the old file renamed aside)

    def stage(self, target: Path, content: bytes) -> None:
        """Write `content` to a temporary file beside `target`."""
        try:
            self._makedirs(target.parent)
            if target.is_dir():
                raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR))
            if target.is_file() and target.stat().st_size == len(content) \
                    and target.read_bytes() == content:
                return                          # unchanged: left as it is
            temp = _beside(target, "new")
            with open(temp, "xb") as handle:  # mode 0o666 less the umask, as open() gives
                self.staged.append((temp, target))
                handle.write(content)
        except OSError as exc:
            raise _cannot_write(target, exc) from exc

    def commit(self) -> None:
        """Move every staged file into place, renaming the old one aside first."""
        for temp, target in self.staged:
            try:
                backup = None
                if os.path.lexists(target):
                    backup = _beside(target, "old")
                    os.rename(target, backup)
                self.moved.append((target, backup))
                os.replace(temp, target)
            except OSError as exc:
                raise _cannot_write(target, exc) from exc

    def undo(self) -> None:
        """Put every old file back and remove what was created (best effort)."""
        for target, backup in reversed(self.moved):
            with suppress(OSError):
                if backup:
                    os.replace(backup, target)
                else:
                    target.unlink(missing_ok=True)
        for temp, _ in self.staged:
            with suppress(OSError):
                temp.unlink(missing_ok=True)
        for folder in reversed(self.made):
            with suppress(OSError):
                folder.rmdir()

    def finish(self) -> None:
        """Remove the old files, once every new one is in place."""
        for _, backup in self.moved:
            if backup:
                with suppress(OSError):
                    backup.unlink()

    def _makedirs(self, folder: Path) -> None:
        missing = []
        while not folder.exists():
            missing.append(folder)
            folder = folder.parent
        for folder in reversed(missing):
            folder.mkdir()
            self.made.append(folder)


def _beside(target: Path, kind: str) -> Path:
    """A hidden name in `target`'s directory: `.name.new-1a2b3c4d`."""
    return target.with_name(f".{target.name}.{kind}-{secrets.token_hex(4)}")


def _cannot_write(path: Path, exc: OSError) -> SpreportError:
    return SpreportError(f"cannot write: {exc.strerror or exc}", str(path))
