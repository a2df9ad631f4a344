"""Shared fixtures: the 2024 report built once per test session, and paths to what the
tests judge it against."""
from __future__ import annotations

import fcntl
import json
import shutil
import zipfile
from pathlib import Path

import pytest

from spreport.cli import main

ROOT = Path(__file__).resolve().parents[1]
LANGS = ["ar", "zh", "en", "fr", "ru", "es"]
SHARED = ROOT.parent / "shared"
REFERENCE = SHARED / "reference" / "A_HRC_58_70_zh.json"
TOOLS = SHARED / "tools"


BUILT = ROOT / "build" / "tests"


@pytest.fixture(scope="session")
def built() -> Path:
    """The output folder of `spreport build` of the 2024 data: the report and the addendum in
    the six languages, DOCX and PDF. One process of a parallel run (pytest -n) builds it
    while the others wait; its cache (build/tests/.cache) keeps the outputs whose inputs, the
    code included, did not change since the last run."""
    BUILT.mkdir(parents=True, exist_ok=True)
    with open(BUILT.parent / "tests.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        assert main(["build", "--data", str(ROOT / "data" / "2024"), "--out", str(BUILT)]) == 0
    return BUILT


@pytest.fixture(scope="session")
def manifest(built) -> dict:
    return json.loads((built / "manifest.json").read_text(encoding="utf-8"))


def output(built: Path, manifest: dict, lang: str, fmt: str) -> Path:
    (entry,) = [o for o in manifest["outputs"]
                if o["lang"] == lang and o["format"] == fmt and o["document"] == "report"]
    return built / entry["path"]


@pytest.fixture
def project(tmp_path) -> Path:
    """A copy of the project's templates, catalogs, data and extraction mapping, free to be broken."""
    for name in ("templates", "locales", "data"):
        shutil.copytree(ROOT / name, tmp_path / name)
    shutil.copy(ROOT / "babel.cfg", tmp_path / "babel.cfg")
    return tmp_path


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def docx_part(path: Path, part: str):
    from lxml import etree
    with zipfile.ZipFile(path) as z:
        return etree.fromstring(z.read(part))


def docx_notes(path: Path) -> dict[str, str]:
    """The numbered notes' texts by their number ("1", "2" …), in call order as Word numbers
    them; asterisk notes (customMarkFollows) are left out."""
    texts = {n.get(W + "id"): "".join(n.itertext()).strip()
             for n in docx_part(path, "word/footnotes.xml").iter(W + "footnote")
             if n.get(W + "type") is None}
    calls = [r.get(W + "id") for r in docx_part(path, "word/document.xml").iter(W + "footnoteReference")
             if r.get(W + "customMarkFollows") not in ("1", "true")]
    return {str(n): texts[i] for n, i in enumerate(calls, 1)}


def docx_body(path: Path) -> list:
    """The body's paragraphs and tables after the masthead (from the first chapter heading)."""
    body = docx_part(path, "word/document.xml").find(W + "body")
    children = [c for c in body if c.tag in (W + "p", W + "tbl")]
    first = next(i for i, c in enumerate(children) if c.tag == W + "p" and
                 (s := c.find(f"{W}pPr/{W}pStyle")) is not None and s.get(W + "val") == "HChG")
    return children[first:]
