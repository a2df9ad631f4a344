"""Independent validators on every output: page (the PDF/UA-1 rules of veraPDF) on each PDF,
openxml-audit (the Open XML SDK's schema and semantic checks) on each DOCX."""
from __future__ import annotations

import json
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

import page
import pytest

from clients import kept
from conftest import LANGS

AUDIT = Path(sys.executable).with_name("openxml-audit")    # installed with the tests


def entries(manifest, fmt: str):
    return [o for o in manifest["outputs"] if o["format"] == fmt]


@pytest.mark.parametrize("lang", LANGS)
def test_every_pdf_passes_every_pdf_ua_rule(built, manifest, lang):
    for entry in (e for e in entries(manifest, "pdf") if e["lang"] == lang):
        report = page.validate_pdf(built / entry["path"], profile=page.ValidationProfile.PDF_UA_1)
        assert report.rules.failed == 0, [(f.rule_id, f.message) for f in report.failures]
        assert report.is_compliant and report.rules.passed > 0


@pytest.mark.parametrize("lang", LANGS)
def test_every_docx_passes_the_open_xml_checks(built, manifest, lang):
    for entry in (e for e in entries(manifest, "docx") if e["lang"] == lang):
        path = built / entry["path"]
        found = json.loads(kept(f"openxml-audit {version('openxml-audit')}", path,
                                ".audit.json", lambda: subprocess.run(
                                    [AUDIT, "--output", "json", str(path)],
                                    capture_output=True).stdout))
        (result,) = found
        assert result["error_count"] == 0, result["errors"][:5]
        assert result["verdict"]["prediction"] == "opens-clean"
