"""The same input gives byte-identical DOCX and PDF."""
from __future__ import annotations

from spreport.cli import main

from conftest import ROOT


def test_two_builds_are_byte_identical(built, manifest, tmp_path):
    assert main(["build", "--data", str(ROOT / "data" / "2024"), "--out", str(tmp_path)]) == 0
    for entry in manifest["outputs"]:
        assert (tmp_path / entry["path"]).read_bytes() == (built / entry["path"]).read_bytes(), \
            entry["path"]
