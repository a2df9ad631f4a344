"""Shared fixtures: the 2024 report built once per test session, and paths to what the
tests judge it against."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from spreport.cli import main

ROOT = Path(__file__).resolve().parents[1]
LANGS = ["ar", "zh", "en", "fr", "ru", "es"]
SHARED = ROOT.parent / "shared"
REFERENCE = SHARED / "reference" / "A_HRC_58_70_zh.json"
TOOLS = SHARED / "tools"


@pytest.fixture(scope="session")
def built(tmp_path_factory) -> Path:
    """build/ of `spreport build`: the report in the six languages, DOCX and PDF."""
    out = tmp_path_factory.mktemp("build")
    assert main(["build", "--data", str(ROOT / "data" / "2024"), "--out", str(out)]) == 0
    return out


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
