"""Bad input, hostile or careless: every case exits with 2 and a message naming the true file
and line (or the setting at fault), prints no traceback and no raw control character or
runaway value, leaves the last good build byte-identical, and reads nothing outside the
project: a planted outside file's secret appears nowhere and no file of its folder is opened."""
from __future__ import annotations

import hashlib
import os
import re
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from spreport.cli import main

from conftest import ROOT

SECRET = "TOP-SECRET-OUTSIDE-THE-PROJECT"
YEAR = "data/2024"
FR_YEAR = f"{YEAR}/locales/fr/LC_MESSAGES/year.po"
FR_TEMPLATES = "locales/fr/LC_MESSAGES/spreport.po"
PROSE = f"{YEAR}/prose/follow-up.xml.j2"
PROSE_LINE = "<para>"
_OPENED: list[str] = []
_AUDITING: list[bool] = []


def _audit(event, args):
    if _AUDITING and event == "open" and isinstance(args[0], (str, bytes, os.PathLike)):
        _OPENED.append(os.fsdecode(args[0]))


sys.addaudithook(_audit)


class Project:
    """The copy of the project a case breaks; each change returns where the error must point:
    "file:line", or "file" for a file as a whole."""

    def __init__(self, root: Path, outside: Path):
        self.root, self.outside = root, outside

    def edit(self, rel: str, old: str, new: str, count_from: str | None = None) -> str:
        path = self.root / rel
        text = path.read_text(encoding="utf-8")
        assert old in text, (rel, old)
        at = text.index(old)
        path.write_text(text[:at] + new + text[at + len(old):], encoding="utf-8")
        line = text.count("\n", 0, at) + 1
        if count_from:       # the error points at an earlier line: the entry's msgid
            line = text.count("\n", 0, text.rindex(count_from, 0, at)) + 1
        return f"{rel}:{line}"

    def po(self, rel: str, old: str, new: str) -> str:
        """An edit of a catalog entry: the error points at the line of its msgid."""
        return _next_line(self.edit(rel, old, new, count_from="\nmsgid "))

    def append(self, rel: str, text: str) -> str:
        path = self.root / rel
        before = path.read_text(encoding="utf-8")
        if not before.endswith("\n"):
            before += "\n"
        path.write_text(before + text, encoding="utf-8")
        return f"{rel}:{before.count(chr(10)) + 1}"

    def write(self, rel: str, content: str | bytes) -> str:
        path = self.root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content if isinstance(content, bytes) else content.encode())
        return rel

    def link(self, rel: str, name: str) -> str:
        path = self.root / rel
        if path.is_dir():
            shutil.rmtree(path)
        elif path.exists():
            path.unlink()
        os.symlink(self.outside / name, path)
        return rel

    def remove(self, rel: str) -> None:
        (self.root / rel).unlink()


def _next_line(where: str) -> str:
    """`count_from` finds the newline before `msgid`: the entry is on the next line."""
    rel, line = where.rsplit(":", 1)
    return f"{rel}:{int(line) + 1}"


@dataclass
class Case:
    plant: object                  # Project → where the error must point
    reason: str                    # a word of the message
    lang: str = "en"
    format: str = "docx"
    out: str = "build"
    env: dict = field(default_factory=dict)


_BOMB = ("&a [x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"b{i}: &b{i} [*{p}, *{p}, *{p}]\n" for i, p in
    enumerate(["a"] + [f"b{j}" for j in range(19)])))
_PROSE_JINJA = lambda expression, reason: Case(  # noqa: E731
    lambda p: p.edit(PROSE, PROSE_LINE, expression + PROSE_LINE), reason)
_LINK = "communications: https://"

CASES: dict[str, Case] = {
    # Security: templates reach no Python, file or process; nothing outside the project is read.
    "a prose template reaches Python attributes": _PROSE_JINJA(
        "{{ ''.__class__.__mro__[1].__subclasses__() }}", "unsafe"),
    "a prose template reaches a function's globals": _PROSE_JINJA(
        "{{ lipsum.__globals__['os'].popen('id').read() }}", "unsafe"),
    "a prose template reaches the environment": _PROSE_JINJA(
        "{{ self._TemplateReference__context.environment.loader }}", "unsafe"),
    "a prose template calls a loader's method": _PROSE_JINJA(
        "{{ cycler.__init__.__globals__ }}", "unsafe"),
    "a prose template loops a thousand million times": _PROSE_JINJA(
        "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}",
        "loops run over"),
    "a prose template repeats a string": _PROSE_JINJA("{{ 'x' * 1000000000 }}", "repetition"),
    "a prose template raises to a huge power": _PROSE_JINJA("{{ 9 ** 999999999 }}", "exponent"),
    "a prose template pads with %": _PROSE_JINJA("{{ '%300000000s' % 1 }}", "wider than 99"),
    "a prose template pads with format()": _PROSE_JINJA(
        "{{ '{:>300000000}'.format(1) }}", "wider than 99"),
    "a prose template pads with the format filter": _PROSE_JINJA(
        "{{ '%0300000000d'|format(1) }}", "wider than 99"),
    "a prose template includes /etc/passwd": _PROSE_JINJA(
        "{% include '/etc/passwd' %}", "template not found"),
    "a prose template includes a path up": _PROSE_JINJA(
        "{% include 'prose/../../../../etc/passwd' %}", "template not found"),
    "a prose template linked outside": Case(
        lambda p: p.link(PROSE, "secret.j2"), "outside the project"),
    "the prose folder linked outside": Case(
        lambda p: p.link(f"{YEAR}/prose", "prose") and f"{YEAR}/prose/", "outside the project"),
    "a YAML file linked outside": Case(
        lambda p: p.link(f"{YEAR}/links.yaml", "secret.yaml"), "outside the project"),
    "an unknown YAML file linked outside": Case(
        lambda p: p.link(f"{YEAR}/secret.yaml", "secret.yaml"), "not a file of the year"),
    "a register linked outside": Case(
        lambda p: p.link(f"{YEAR}/registers/standing_invitations.csv", "secret.csv"),
        "outside the project"),
    "the registers folder linked outside": Case(
        lambda p: p.link(f"{YEAR}/registers", "registers") and f"{YEAR}/registers/",
        "outside the project"),
    "the UN names of States linked outside": Case(
        lambda p: p.link("data/un_country_names.csv", "secret.csv"), "outside the project"),
    "the year's catalog linked outside": Case(
        lambda p: p.link(FR_YEAR, "secret.txt"), "outside the project", lang="fr"),
    "the templates' catalog linked outside": Case(
        lambda p: p.link(FR_TEMPLATES, "secret.txt"), "outside the project", lang="fr"),
    "a link's format reaching Python": Case(
        lambda p: p.edit(f"{YEAR}/links.yaml", "ohchr.org/{lang}/special",
                         "ohchr.org/{lang.__class__.__mro__}/special"), "no braces but {lang}"),
    "a link's format asking for 300 MB": Case(
        lambda p: p.edit(f"{YEAR}/links.yaml", "ohchr.org/{lang}/special",
                         "ohchr.org/{lang:>300000000}/special"), "no braces but {lang}"),
    "a file: link in links.yaml": Case(
        lambda p: p.edit(f"{YEAR}/links.yaml", _LINK, "communications: file://"),
        "http or https"),
    "a javascript: link in links.yaml": Case(
        lambda p: p.edit(f"{YEAR}/links.yaml", _LINK, "communications: javascript:alert(1)//"),
        "http or https"),
    "a file: link in prose": _PROSE_JINJA(
        '<para><url href="file:///etc/passwd">x</url></para>', "http or https"),
    "a file: link in a translation": Case(
        lambda p: p.po(FR_YEAR, 'msgstr "Voir %(url)s"',
                       'msgstr "Voir <url href=\\"file:///etc/passwd\\">x</url>%(url)s"'),
        "markup", lang="fr"),
    "a YAML alias bomb": Case(lambda p: p.append(f"{YEAR}/events.yaml", "bomb: " + _BOMB),
                              "aliases"),
    "a YAML tag that would construct Python": Case(
        lambda p: p.append(f"{YEAR}/events.yaml", "run: !!python/object/apply:os.system [id]\n"),
        "is not accepted"),

    # Lost work: what `check` refuses, `build` refuses too.
    "a State twice in a register": Case(
        lambda p: p.append(f"{YEAR}/registers/standing_invitations.csv", "ALB,2011-01-01\n"),
        "appears 2 times"),
    "a seat held twice": Case(
        lambda p: p.append(f"{YEAR}/registers/holders.csv",
                           "housing,1,Someone Else,F,FRA,yes,2024-01-01,\n"),
        "held by two holders"),
    "a holder of a nationality outside the regional groups": Case(
        lambda p: p.edit(f"{YEAR}/registers/holders.csv", "Barbara G. Reynolds,F,GUY",
                         "Barbara G. Reynolds,F,PSE"), "belongs to no regional group"),
    "a visit ending before it starts": Case(
        lambda p: p.edit(f"{YEAR}/registers/visits.csv", "wgeid,DEU,2020-01-07,2020-01-13",
                         "wgeid,DEU,2020-01-07,2020-01-03"), "ends before it starts"),
    "a typed figure below its register": Case(
        lambda p: p.edit(f"{YEAR}/events.yaml", "events: 245", "events: 2"),
        "expected at least"),
    "--out naming a file": Case(lambda p: "build/manifest.json", "build/manifest.json",
                                out="build/manifest.json"),
    "--out below a file": Case(lambda p: "build/manifest.json", "build/manifest.json",
                               out="build/manifest.json/new"),

    # Tracebacks no more.
    "a control character in YAML": Case(
        lambda p: p.edit(f"{YEAR}/document.yaml", "Fifty-eighth", "Fifty\x07eighth"),
        "control character U+0007"),
    "a NUL byte in YAML": Case(
        lambda p: p.edit(f"{YEAR}/document.yaml", "Fifty-eighth", "Fifty\x00eighth"),
        "control character U+0000"),
    "30 February in YAML": Case(
        lambda p: p.edit(f"{YEAR}/document.yaml", "opening: 2025-02-24", "opening: 2025-02-30"),
        "no such date"),
    "YAML nested 30 deep": Case(
        lambda p: p.append(f"{YEAR}/events.yaml", "deep: " + "[" * 30 + "]" * 30 + "\n"),
        "nested more than"),
    "YAML nested 100,000 deep": Case(
        lambda p: p.append(f"{YEAR}/events.yaml", "deep: " + "[" * 100_000 + "]" * 100_000 + "\n"),
        "nesting depth"),
    "YAML that is not a mapping": Case(
        lambda p: p.write(f"{YEAR}/previous.yaml", "- just\n- a list\n"), "expected"),
    "a corrupt XLSX register": Case(
        lambda p: (p.remove(f"{YEAR}/registers/amicus.csv"),
                   p.write(f"{YEAR}/registers/amicus.xlsx", b"PK\x03\x04garbage"))[1],
        "not a readable XLSX"),
    "a CSV renamed .xlsx": Case(
        lambda p: (os.rename(p.root / YEAR / "registers/amicus.csv",
                             p.root / YEAR / "registers/amicus.xlsx"),
                   f"{YEAR}/registers/amicus.xlsx")[1], "not a readable XLSX"),
    "a footnote inside a footnote": _PROSE_JINJA("<note>a<note>b</note></note>",
                                                 "footnote inside a footnote"),
    "a column span that is not a number": _PROSE_JINJA(
        '<table><tbody><tr><td span="two">x</td></tr></tbody></table>', "whole number"),
    "a Plural-Forms expression that does not parse": Case(
        lambda p: p.edit(FR_YEAR, "plural=(n > 1);", "plural=(n > ;"), "Plural-Forms",
        lang="fr"),
    "SOURCE_DATE_EPOCH=yesterday": Case(lambda p: "SOURCE_DATE_EPOCH", "'yesterday'",
                                        env={"SOURCE_DATE_EPOCH": "yesterday"}),
    "a Latin-1 register": Case(
        lambda p: p.write(f"{YEAR}/registers/standing_invitations.csv",
                          "state,since\nALB,2010-03-08\nAND,1999-03-19 \xe9\n".encode("latin-1"))
        + ":3", "not UTF-8"),
    "a value of 10 MB in YAML": Case(
        lambda p: p.edit(f"{YEAR}/document.yaml", "Fifty-eighth", "x" * 10_000_000).split(":")[0],
        "larger than 5 MB"),
    "a value of 100 kB in YAML": Case(
        lambda p: p.edit(f"{YEAR}/document.yaml", "Fifty-eighth", "x" * 100_000),
        "at most 10,000"),
    "a value of 100 kB in a register": Case(
        lambda p: p.edit(f"{YEAR}/registers/holders.csv", "Barbara G. Reynolds", "x" * 100_000),
        "at most 10,000"),
    "an unknown element in prose": _PROSE_JINJA("<script>alert(1)</script>",
                                                "unknown element <script>"),
    "a character no font has": Case(
        lambda p: p.edit(PROSE, PROSE_LINE, "<para>\U0001F600</para>" + PROSE_LINE),
        "no font covers",
        format="pdf"),
    "a control character in a register": Case(
        lambda p: p.edit(f"{YEAR}/registers/holders.csv", "Barbara G. Reynolds",
                         "Barbara\x1b[31m G. Reynolds"), "control character U+001B"),
    "a control character in prose": _PROSE_JINJA("\x0c", "control character U+000C"),
    "a control character in a translation": Case(
        lambda p: p.po(FR_YEAR, 'msgstr "Voir %(url)s"', 'msgstr "Voir\x01 %(url)s"'),
        "control character", lang="fr"),
    "a .po syntax error": Case(
        lambda p: p.edit(FR_YEAR, 'msgstr "Voir %(url)s"', 'msgstr "Voir %(url)s'),
        "catalog", lang="fr"),
    "a .po file that is not UTF-8": Case(
        lambda p: p.write(FR_YEAR, (p.root / FR_YEAR).read_bytes().replace(
            "Voir".encode(), "\xe9Voir".encode("latin-1"))) and _line_of(p, FR_YEAR, b"\xe9Voir"),
        "UTF-8", lang="fr"),

    # Silently accepted no more.
    "an unknown YAML key": Case(
        lambda p: p.edit(f"{YEAR}/document.yaml", "as_of:", "as_off:"), "unknown field"),
    "an unknown nested YAML key": Case(
        lambda p: p.edit(f"{YEAR}/document.yaml", "  agenda_item: 3", "  agenda: 3"),
        "unknown field"),
    "an unknown YAML file": Case(lambda p: p.write(f"{YEAR}/extra.yaml", "a: 1\n"),
                                 "not a file of the year"),
    "an unknown register file": Case(
        lambda p: p.write(f"{YEAR}/registers/visit.csv", "mandate\n"), "not a register"),
    "an unknown column": Case(
        lambda p: p.edit(f"{YEAR}/registers/visits.csv", "mandate,state,start,end",
                         "mandate,state,start,end,notes"), "unknown column"),
    "a prose file replacing the masthead": Case(
        lambda p: p.write(f"{YEAR}/prose/masthead.xml.j2", "<masthead/>"), "not a prose file"),
    "a prose file missing": Case(
        lambda p: (p.remove(f"{YEAR}/prose/forums.xml.j2"), f"{YEAR}/prose/forums.xml.j2")[1],
        "prose missing"),
    "a negative count in YAML": Case(
        lambda p: p.edit(f"{YEAR}/communications.yaml", "received: 463", "received: -5"),
        "0 or more"),
    "a negative count in a register": Case(
        lambda p: p.edit(f"{YEAR}/registers/communications.csv", "IRN,state,32,",
                         "IRN,state,-32,"), "0 or more"),
    "shares adding up to 121 per cent": Case(
        lambda p: p.edit(f"{YEAR}/events.yaml", "civil_society: 46", "civil_society: 80"),
        "add up to 121"),
    "a meeting that closes before it opens": Case(
        lambda p: p.edit(f"{YEAR}/document.yaml", "closing: 2024-12-13", "closing: 2024-12-06"),
        "closes before it opens"),
    "a session that closes before it opens": Case(
        lambda p: p.edit(f"{YEAR}/document.yaml", "closing: 2025-04-04", "closing: 2025-02-04"),
        "comes before opening"),
    "a forum that closes before it opens": Case(
        lambda p: p.edit(f"{YEAR}/events.yaml", "closing: 2024-11-29", "closing: 2024-11-20"),
        "comes before opening"),
    "a period ending before it starts": Case(
        lambda p: p.edit(f"{YEAR}/cooperation.yaml", "end: 2024-12-31", "end: 2019-12-31"),
        "comes before start"),
    "a date where a count is due": Case(
        lambda p: p.edit(f"{YEAR}/communications.yaml", "received: 463", "received: 2024-01-01"),
        "a whole number"),
    "a translation dropping a footnote": Case(
        lambda p: p.po(FR_YEAR, "présent rapport%(fn)s,", "présent rapport,"), "fn", lang="fr"),
    "a year catalog's plural forms disagreeing with its entries": Case(
        lambda p: (p.edit(FR_YEAR, "nplurals=2; plural=(n > 1);", "nplurals=3; plural=(n > 1);"),
                   _first_plural(p, FR_YEAR))[1], "nplurals=3", lang="fr"),

    # Messages that blame the right place.
    "a YAML syntax error": Case(
        lambda p: p.edit(f"{YEAR}/communications.yaml", "reports_since: 2011",
                         "reports_since: [2011") and f"{YEAR}/communications.yaml",
        "which began at line"),
    "words where a count is due": Case(
        lambda p: p.edit(f"{YEAR}/communications.yaml", "answered_substantively: 310",
                         "answered_substantively: many"), "got 'many'"),
    "an unknown mandate in a register": Case(
        lambda p: p.edit(f"{YEAR}/registers/reports.csv", "A/79/371,iran,", "A/79/371,iranx,"),
        "unknown mandates id 'iranx'"),
    "a malformed document symbol": Case(
        lambda p: p.edit(f"{YEAR}/registers/reports.csv", "A/79/371,", "A/79//371,"),
        "UN document symbol"),
    "an unknown State code": Case(
        lambda p: p.edit(f"{YEAR}/registers/first_visits.csv", "VUT,", "VUX,"),
        "unknown ISO 3166 alpha-3 code 'VUX'"),
    "a translation with a placeholder its English lacks": Case(
        lambda p: p.po(FR_YEAR, 'msgstr "Voir %(url)s"', 'msgstr "Voir %(uri)s"'), "uri",
        lang="fr"),
    "a translation with a broken plural": Case(
        lambda p: p.po(FR_YEAR, 'msgstr "Voir %(url)s"', 'msgstr "Voir {url, plural, one {x}"'),
        "url", lang="fr"),
    "a translation with an element its English lacks": Case(
        lambda p: p.po(FR_YEAR, 'msgstr "Voir %(url)s"', 'msgstr "Voir <em>%(url)s</em>"'),
        "markup", lang="fr"),
    "a template's catalog with a placeholder its English lacks": Case(
        lambda p: p.po(FR_TEMPLATES, 'msgstr "Nations Unies"', 'msgstr "Nations %(x)s"'), "x",
        lang="fr"),
}


def _line_of(p: Project, rel: str, needle: bytes) -> str:
    raw = (p.root / rel).read_bytes()
    return f"{rel}:{raw.count(NEWLINE, 0, raw.index(needle)) + 1}"


NEWLINE = b"\n"


def _first_plural(p: Project, rel: str) -> str:
    """The line of the msgid of the catalog's first entry with plural forms."""
    lines = (p.root / rel).read_text(encoding="utf-8").splitlines()
    plural = next(i for i, line in enumerate(lines) if line.startswith("msgid_plural"))
    return f"{rel}:{max(i for i in range(plural) if lines[i].startswith('msgid ')) + 1}"


def _digests(folder: Path) -> dict:
    return {p.relative_to(folder): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def good_builds(tmp_path_factory) -> dict[str, Path]:
    """The last good build of each language the cases build."""
    builds = {}
    for lang in ("en", "fr"):
        out = tmp_path_factory.mktemp(f"good-{lang}")
        assert _build(ROOT, lang, "docx", out) == 0
        builds[lang] = out
    return builds


@pytest.fixture(scope="module")
def outside(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("outside")
    for name, text in (("secret.txt", SECRET), ("secret.yaml", f"secret: {SECRET}\n"),
                       ("secret.csv", f"state,since\n{SECRET},2020-01-01\n"),
                       ("secret.j2", SECRET)):
        (folder / name).write_text(text, encoding="utf-8")
    for name in ("prose", "registers"):
        shutil.copytree(ROOT / YEAR / name, folder / name)
        for path in (folder / name).iterdir():
            path.write_text(SECRET, encoding="utf-8")
    return folder


def _build(project: Path, lang: str, fmt: str, out: Path) -> int:
    return main(["build", "--data", str(project / YEAR), "--lang", lang, "--documents",
                 "report", "--format", fmt, "--out", str(out)])


@pytest.mark.parametrize("name", list(CASES))
def test_bad_input_is_refused(name, project, outside, good_builds, capsys, monkeypatch):
    case = CASES[name]
    shutil.copytree(good_builds[case.lang], project / "build")
    before = _digests(project / "build")
    where = case.plant(Project(project, outside))
    for key, value in case.env.items():
        monkeypatch.setenv(key, value)
    capsys.readouterr()
    _OPENED.clear()
    _AUDITING.append(True)
    try:
        code = _build(project, case.lang, case.format, project / case.out)
    finally:
        _AUDITING.clear()
    out, err = capsys.readouterr()
    assert code == 2, err
    assert where in err and case.reason in err, err
    assert "Traceback" not in err and len(err) < 3000
    assert not re.search(r"[\x00-\x09\x0b-\x1f\x7f]", err), err
    assert _digests(project / "build") == before
    assert SECRET not in out + err
    assert not [o for o in _OPENED if Path(o).resolve().is_relative_to(outside.resolve())]
    for path in (project / "build").rglob("*"):
        if path.is_file():
            assert SECRET.encode() not in path.read_bytes()


@pytest.mark.parametrize("name", [
    "a prose template reaches Python attributes", "a YAML file linked outside", "a seat held twice",
    "a control character in a register",
    "an unknown YAML key"])
def test_check_refuses_it_too(name, project, outside, capsys):
    case = CASES[name]
    where = case.plant(Project(project, outside))
    capsys.readouterr()
    assert main(["check", str(project / YEAR)]) == 2
    err = capsys.readouterr().err
    assert where in err and case.reason in err and "Traceback" not in err, err
    assert SECRET not in err


def test_a_byte_order_mark_is_read_as_excel_writes_it(project, tmp_path):
    for rel in (f"{YEAR}/registers/visits.csv", f"{YEAR}/document.yaml", PROSE):
        path = project / rel
        path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    assert _build(project, "en", "docx", tmp_path) == 0


def test_the_suite_covers_each_class_of_bad_input():
    assert len(CASES) >= 60


@pytest.mark.parametrize("argv", [["build", "--lang", "xx"], ["build", "--format", "odt"]])
def test_bad_options_exit_2(argv):
    with pytest.raises(SystemExit) as exc:
        main(argv)
    assert exc.value.code == 2
