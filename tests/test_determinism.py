"""The same input gives byte-identical DOCX and PDF: a cold build in a process of its own
(another hash seed, nothing cached) against the session's build, for the reports in the
languages whose writing takes the most machinery (Chinese spacing, Arabic right to left)."""
from __future__ import annotations

import subprocess
import sys

from conftest import ROOT


def test_two_builds_are_byte_identical(built, manifest, tmp_path):
    subprocess.run([sys.executable, "-m", "spreport.cli", "build", "--data",
                    str(ROOT / "data" / "2024"), "--lang", "zh,ar", "--documents", "report",
                    "--out", str(tmp_path)],
                   check=True, capture_output=True)
    entries = [e for e in manifest["outputs"]
               if e["lang"] in ("zh", "ar") and e["document"] == "report"]
    assert len(entries) == 4
    for entry in entries:
        assert (tmp_path / entry["path"]).read_bytes() == (built / entry["path"]).read_bytes(), \
            entry["path"]
