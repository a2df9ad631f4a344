"""Clients and readers of what spreport writes: LibreOffice, Pandoc, openxml-audit, poppler and
pdfplumber. Their answers depend only on the bytes they are given and on the program, so each
answer is kept in build/clients, named by the hash of both, and a file the same program
already read is not read again."""
from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
from pathlib import Path
from typing import Callable

from conftest import ROOT

ANSWERS = ROOT / "build" / "clients"


def _program(name: str) -> str:
    """The program's file, size and time: a new version is a new program."""
    path = shutil.which(name)
    assert path, f"{name} is needed: make test installs it"
    stat = Path(path).resolve().stat()
    return f"{Path(path).resolve()} {stat.st_size} {stat.st_mtime_ns}"


def _answer(program: str, data: bytes, suffix: str) -> Path:
    key = hashlib.sha256(program.encode() + b"\0" + data).hexdigest()
    return ANSWERS / f"{key}{suffix}"


def _keep(made: Path, answer: Path) -> None:
    ANSWERS.mkdir(parents=True, exist_ok=True)
    temp = answer.with_name(f".{answer.name}.{os.getpid()}")
    shutil.copyfile(made, temp)
    os.replace(temp, answer)


def libreoffice_pdfs(docx: list[Path], workdir: Path) -> dict[Path, Path]:
    """Each DOCX converted to PDF by LibreOffice, those not yet converted in one run."""
    program = _program("soffice")
    answers = {path: _answer(program, path.read_bytes(), ".pdf") for path in docx}
    todo = {path: answer for path, answer in answers.items() if not answer.is_file()}
    if todo:
        copies = workdir / "docx"
        copies.mkdir(parents=True, exist_ok=True)
        for n, path in enumerate(todo):         # names made unique for the one run
            shutil.copyfile(path, copies / f"{n}.docx")
        subprocess.run(["soffice", "--headless",
                        f"-env:UserInstallation={(workdir / 'profile').as_uri()}",
                        "--convert-to", "pdf", "--outdir", str(workdir / "pdf"),
                        *(str(copies / f"{n}.docx") for n in range(len(todo)))],
                       check=True, capture_output=True, timeout=600)
        for n, answer in enumerate(todo.values()):
            _keep(workdir / "pdf" / f"{n}.pdf", answer)
    return answers


def libreoffice_pdf(data: bytes, workdir: Path) -> Path:
    """One DOCX, given as bytes, converted to PDF by LibreOffice."""
    path = workdir / "document.docx"
    path.write_bytes(data)
    return libreoffice_pdfs([path], workdir)[path]


def pandoc_json(path: Path) -> bytes:
    """Pandoc's reading of a DOCX, as its JSON."""
    return kept(_program("pandoc"), path, ".json", lambda: subprocess.run(
        ["pandoc", "-f", "docx", "-t", "json", str(path)], capture_output=True,
        check=True).stdout)


def kept(reader: str, path: Path, suffix: str, read: Callable[[], bytes]) -> bytes:
    """What `read` makes of the file `path`, kept under the name of `reader` (a program or a
    library with its version) and the file's bytes."""
    answer = _answer(reader, path.read_bytes(), suffix)
    if not answer.is_file():
        made = answer.with_name(f".{answer.name}.{os.getpid()}.made")
        ANSWERS.mkdir(parents=True, exist_ok=True)
        made.write_bytes(read())
        os.replace(made, answer)
    return answer.read_bytes()
