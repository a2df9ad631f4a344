"""Templates hold English source text only, and every message has its Chinese translation."""
from __future__ import annotations

import re
import subprocess
import sys

import pytest
from babel.messages.pofile import read_po

from spreport.cli import main

from conftest import ROOT

CJK = re.compile(r"[\u4e00-\u9fff]")


def test_no_chinese_character_in_templates_or_prose():
    for folder in (ROOT / "templates", ROOT / "data" / "2024" / "prose"):
        for path in folder.rglob("*.j2"):
            assert not CJK.search(path.read_text(encoding="utf-8")), path


@pytest.mark.parametrize("source, catalog", [
    ("templates", "locales/zh/LC_MESSAGES/spreport.po"),
    ("data/2024/prose", "data/2024/locales/zh/LC_MESSAGES/year.po"),
])
def test_every_extracted_message_is_translated(tmp_path, source, catalog):
    pot = tmp_path / "messages.pot"
    subprocess.run([sys.executable, "-m", "babel.messages.frontend", "extract",
                    "-F", str(ROOT / "babel.cfg"), "-o", str(pot), str(ROOT / source)],
                   check=True, capture_output=True)
    with pot.open("rb") as handle:
        wanted = {m.id for m in read_po(handle) if m.id}
    with (ROOT / catalog).open("rb") as handle:
        po = read_po(handle, locale="zh")
    have = {m.id: m for m in po if m.id}
    assert wanted - set(have) == set(), "messages missing from the catalog"
    for msgid in wanted:
        message = have[msgid]
        assert message.string and "fuzzy" not in message.flags, msgid
        assert not list(message.check(po)), msgid   # placeholders agree


@pytest.mark.parametrize("catalog", sorted(
    str(p.relative_to(ROOT)) for p in [*ROOT.glob("locales/*/LC_MESSAGES/*.po"),
                                       *ROOT.glob("data/2024/locales/*/LC_MESSAGES/*.po")]))
def test_every_catalog_passes_msgfmt_check(catalog):
    """What Poedit runs on save: GNU msgfmt --check (header, plural forms, format flags)."""
    result = subprocess.run(["msgfmt", "--check", "-o", "/dev/null", str(ROOT / catalog)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_a_changed_message_makes_its_translations_fuzzy(project, capsys):
    data = str(project / "data" / "2024")
    intro = project / "templates/report/introduction.xml.j2"
    intro.write_text(intro.read_text(encoding="utf-8").replace(
        "The present report provides", "The present report gives"), encoding="utf-8")
    assert main(["translations", "--data", data]) == 1
    capsys.readouterr()
    assert main(["translations", "--data", data, "--update"]) == 1
    out = capsys.readouterr().out
    row = next(line for line in out.splitlines() if line.startswith("zh    locales/"))
    assert row.split()[-1] == "1"                      # one fuzzy entry
    with (project / "locales/zh/LC_MESSAGES/spreport.po").open("rb") as handle:
        fuzzy = [m for m in read_po(handle) if m.id and "fuzzy" in m.flags]
    assert [m.id[:32] for m in fuzzy] == ["The present report gives an over"]
    assert fuzzy[0].string.startswith("本报告载有")      # the old translation kept to review
