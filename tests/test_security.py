"""Hostile data: templates render sandboxed, nothing outside the project is read (links
included), links are data and not formats, and a YAML alias cannot multiply the data. Each
case exits with 2, names the file, prints no traceback, leaves the last good build as it was
and lets no byte of the planted outside file into an output."""
from __future__ import annotations

import hashlib
import os
import time

import pytest

from spreport.cli import main

SECRET = "TOP-SECRET-OUTSIDE-THE-PROJECT"


def _outside(tmp_path_factory):
    folder = tmp_path_factory.mktemp("outside")
    for name, text in (("secret.txt", SECRET), ("secret.yaml", f"secret: {SECRET}\n"),
                       ("secret.csv", f"state,since\n{SECRET},2020-01-01\n"),
                       ("secret.j2", SECRET)):
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _link(path, target):
    path.unlink()
    os.symlink(target, path)


def _append(path, text):
    path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")


def _replace(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


YEAR = "data/2024"
CASES = {
    "python attributes from a prose template": (
        lambda p, o: _replace(p / YEAR / "prose/follow-up.xml.j2", "{%- set fn",
                              "{{ ''.__class__.__mro__[1].__subclasses__() }}{%- set fn"),
        "prose/follow-up.xml.j2", "unsafe"),
    "a prose template linked outside": (
        lambda p, o: _link(p / YEAR / "prose/follow-up.xml.j2", o / "secret.j2"),
        "prose/follow-up.xml.j2", "outside the project"),
    "a YAML file linked outside": (
        lambda p, o: _link(p / YEAR / "links.yaml", o / "secret.yaml"),
        "links.yaml", "outside the project"),
    "a register linked outside": (
        lambda p, o: _link(p / YEAR / "registers/standing_invitations.csv", o / "secret.csv"),
        "standing_invitations.csv", "outside the project"),
    "a catalog linked outside": (
        lambda p, o: _link(p / YEAR / "locales/fr/LC_MESSAGES/year.po", o / "secret.txt"),
        "year.po", "outside the project"),
    "a format in a link reaching Python": (
        lambda p, o: _replace(p / YEAR / "links.yaml", "ohchr.org/{lang}/special",
                              "ohchr.org/{lang.__class__.__mro__}/special"),
        "links.yaml", "no braces but {lang}"),
    "a format in a link asking for 300 MB": (
        lambda p, o: _replace(p / YEAR / "links.yaml", "ohchr.org/{lang}/special",
                              "ohchr.org/{lang:>300000000}/special"),
        "links.yaml", "no braces but {lang}"),
    "a file: link in links.yaml": (
        lambda p, o: _replace(p / YEAR / "links.yaml", "communications: https://",
                              "communications: file://"),
        "links.yaml", "http or https address"),
    "a file: link in a translation": (
        lambda p, o: _replace(p / YEAR / "locales/fr/LC_MESSAGES/year.po", 'msgstr "Voir %(url)s"',
                              'msgstr "Voir <url href=\\"file:///etc/passwd\\">x</url>%(url)s"'),
        "", "http or https address"),
    "a YAML alias bomb": (
        lambda p, o: _append(p / YEAR / "events.yaml", "bomb: " + _BOMB),
        "events.yaml", "aliases"),
}
_BOMB = ("&a [x, x, x, x, x, x, x, x, x]\n"
         + "".join(f"b{i}: &b{i} [*{'a' if i == 0 else f'b{i - 1}'}, "
                   f"*{'a' if i == 0 else f'b{i - 1}'}, *{'a' if i == 0 else f'b{i - 1}'}]\n"
                   for i in range(20)))


def _digests(folder):
    return {p.relative_to(folder): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def _build(project, lang, out):
    return main(["build", "--data", str(project / YEAR), "--lang", lang, "--documents",
                 "report", "--format", "docx", "--out", str(out)])


@pytest.mark.parametrize("case", list(CASES))
def test_hostile_input_is_refused(case, project, tmp_path_factory, capsys):
    outside = _outside(tmp_path_factory)
    out = project / "build"
    lang = "fr" if "translation" in case or "catalog" in case else "en"
    assert _build(project, lang, out) == 0
    before = _digests(out)
    capsys.readouterr()
    plant, where, reason = CASES[case]
    plant(project, outside)
    start = time.perf_counter()
    code = _build(project, lang, out)
    err = capsys.readouterr().err
    assert time.perf_counter() - start < 30
    assert code == 2, err
    assert where in err and reason in err, err
    assert "Traceback" not in err and SECRET not in err
    assert _digests(out) == before
    for path in out.rglob("*"):
        if path.is_file():
            assert SECRET.encode() not in path.read_bytes()
