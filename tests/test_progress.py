"""What `spreport build` tells while it works: a progress bar on a terminal (run here under a
pseudo-terminal), nothing when its output goes elsewhere or in CI, `--quiet` and
`--verbose`."""
from __future__ import annotations

import os
import pty
import re
import subprocess
import sys

import pytest

from conftest import ROOT

BUILD = [sys.executable, "-m", "spreport.cli", "build", "--data", str(ROOT / "data" / "2024"),
         "--lang", "en,fr", "--documents", "report", "--format", "docx"]


def terminal(argv: list[str]) -> str:
    """What a terminal shows of `argv` run with its output on it."""
    parent, child = pty.openpty()
    env = {k: v for k, v in os.environ.items() if k != "CI"} | {"TERM": "xterm", "COLUMNS": "100"}
    process = subprocess.Popen(argv, stdout=child, stderr=child, env=env, cwd=ROOT)
    os.close(child)
    shown = b""
    while True:
        try:
            chunk = os.read(parent, 65536)
        except OSError:           # the child closed its side
            break
        if not chunk:
            break
        shown += chunk
    assert process.wait(timeout=120) == 0, shown
    os.close(parent)
    return re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", shown.decode("utf-8", "replace"))


def piped(argv: list[str]) -> subprocess.CompletedProcess:
    return subprocess.run(argv, capture_output=True, text=True, cwd=ROOT, check=True,
                          env={k: v for k, v in os.environ.items() if k != "CI"})


def test_a_terminal_shows_each_document_with_its_time(tmp_path):
    shown = terminal(BUILD + ["--out", str(tmp_path)])
    assert re.search(r"report en docx\s+\d+\.\d s", shown), shown
    assert re.search(r"report fr docx\s+\d+\.\d s", shown), shown
    assert "2/2" in shown and "━" in shown
    assert str(tmp_path / "manifest.json") in shown


def test_nothing_but_the_outputs_when_not_on_a_terminal(tmp_path):
    result = piped(BUILD + ["--out", str(tmp_path)])
    assert result.stderr == ""
    assert result.stdout.splitlines()[-1] == str(tmp_path / "manifest.json")


def test_verbose_tells_each_document_wherever_it_goes(tmp_path):
    result = piped(BUILD + ["--out", str(tmp_path), "--verbose"])
    assert sorted(re.findall(r"built report (\w\w) docx\s+\d+\.\d s", result.stderr)) == \
        ["en", "fr"]
    again = piped(BUILD + ["--out", str(tmp_path), "--verbose"])
    assert "2 output(s) unchanged, reused" in again.stderr


@pytest.mark.parametrize("where", ["terminal", "pipe"])
def test_quiet_prints_nothing(tmp_path, where):
    argv = BUILD + ["--out", str(tmp_path), "--quiet"]
    shown = terminal(argv) if where == "terminal" else piped(argv).stdout + piped(argv).stderr
    assert shown.strip() == ""
