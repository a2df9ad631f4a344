"""The Chinese report against the published A/HRC/58/70, measured by the shared tools."""
from __future__ import annotations

import subprocess
import sys

import pytest

from conftest import REFERENCE, TOOLS, output


@pytest.mark.parametrize("fmt, tool, total", [("docx", "compare_docx.py", 277),
                                              ("pdf", "compare_pdf.py", 197)])
def test_chinese_report_reproduces_the_reference(built, manifest, fmt, tool, total):
    assert REFERENCE.is_file(), f"the reference is expected at {REFERENCE}"
    result = subprocess.run([sys.executable, str(TOOLS / tool), str(REFERENCE),
                             str(output(built, manifest, "zh", fmt)), "--show", "20"],
                            capture_output=True, text=True, check=True)
    last = result.stdout.strip().splitlines()[-1]
    assert last == f"fidelity 100.0% ({total}/{total})", result.stdout
