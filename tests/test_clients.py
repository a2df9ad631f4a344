"""Real clients open what spreport writes: LibreOffice converts every DOCX, Pandoc reads every
DOCX back with its footnotes, poppler finds every PDF tagged with its fonts embedded."""
from __future__ import annotations

import json
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

import pytest

from clients import libreoffice_pdfs, pandoc_json
from conftest import REFERENCE, TOOLS


@pytest.fixture(scope="module")
def converted(built, manifest, tmp_path_factory):
    """Every DOCX converted to PDF by LibreOffice: {docx path: pdf path}."""
    docx = [built / o["path"] for o in manifest["outputs"] if o["format"] == "docx"]
    return libreoffice_pdfs(docx, tmp_path_factory.mktemp("libreoffice"))


def test_libreoffice_converts_every_docx(converted):
    for docx, pdf in converted.items():
        assert pdf.is_file(), docx
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
        assert int(next(l.split()[-1] for l in info.stdout.splitlines()
                        if l.startswith("Pages:"))) > 1


def test_libreoffice_renders_the_chinese_report_faithfully(converted):
    (pdf,) = [p for d, p in converted.items() if "/zh/" in str(d) and "Add" not in d.name]
    result = subprocess.run([sys.executable, str(TOOLS / "compare_pdf.py"), str(REFERENCE),
                             str(pdf), "--show", "10"], capture_output=True, text=True, check=True)
    matched, total = map(int, result.stdout.strip().splitlines()[-1].split("(")[1].rstrip(")")
                         .split("/"))
    assert matched / total >= 0.99, result.stdout


def pandoc_notes(path) -> int:
    doc = json.loads(pandoc_json(path))

    def count(node) -> int:
        if isinstance(node, dict):
            return (node.get("t") == "Note") + sum(count(v) for v in node.values())
        if isinstance(node, list):
            return sum(count(v) for v in node)
        return 0
    return count(doc["blocks"])


def test_pandoc_reads_every_docx_with_its_footnotes(built, manifest):
    entries = [o for o in manifest["outputs"] if o["format"] == "docx"]
    with ThreadPoolExecutor(2) as pool:
        counts = pool.map(lambda entry: pandoc_notes(built / entry["path"]), entries)
    for entry, notes in zip(entries, counts):
        if entry["document"] == "report":
            assert notes >= 80, entry["path"]       # 80 numbered notes (and the title's *)


def test_every_pdf_is_tagged(built, manifest):
    for entry in (o for o in manifest["outputs"] if o["format"] == "pdf"):
        info = subprocess.run(["pdfinfo", str(built / entry["path"])], capture_output=True,
                              text=True, check=True).stdout
        assert "Tagged:          yes" in info, entry["path"]
