"""Translations checked like code: each rule breaks one entry of a real catalog and must stop
the catalogs' compilation with the .po file, the entry's line and the reason, and
`spreport translations` with the same message and no traceback."""
from __future__ import annotations

import pytest
from babel.messages.pofile import read_po

from spreport.cli import main
from spreport.compose.catalogs import translations
from spreport.errors import SpreportError

from conftest import ROOT

YEAR = "data/2024/locales/fr/LC_MESSAGES/year.po"
TEMPLATES = "locales/fr/LC_MESSAGES/spreport.po"
VISITED = 'msgstr "(qui n’avait jamais reçu de visite auparavant)"'
NAME = 'msgstr "%(name)s (%(title)s)"'
STATES = "{states, plural, one {# État} other {# États}}."
FORUM_ONE = 'privé%(fn)s."\nmsgstr[1]'
ARRIA = 'msgstr[1] ""\n"En %(year)s, {n, count, masculine} titulaires de mandat ont participé'
ARRIA_LINE = ARRIA + ' à des réunions du Conseil "\n'
ARRIA_ID = ("In %(year)s, %(n)s mandate holder participated in Arria-formula meetings of the "
            "Security Council:")

# (catalog, text replaced, its replacement, the line reported, the reason): the line of the
# entry (its msgid) holding the text, named with its msgid ("entry") or not ("po entry"), or of
# the text itself ("text": the header's Plural-Forms is named by its own line).
CASES = {
    "content dropped": (YEAR, NAME, 'msgstr "%(name)s"', "entry",
                        "the translation drops 'title', which its English message shows"),
    "number of a plural dropped": (YEAR, STATES, "plusieurs États.",
                                   "entry", "drops 'states'"),
    "footnote dropped": (YEAR, "rapport%(fn)s, les", "rapport, les", "entry",
                         "the translation drops the footnote 'fn', which its English message "
                         "calls"),
    "footnote dropped from a plural form": (YEAR, FORUM_ONE, 'privé."\nmsgstr[1]', "entry",
                                            "msgstr[0] drops the footnote 'fn'"),
    "placeholder added": (YEAR, NAME, 'msgstr "%(name)s (%(titre)s)"', "entry",
                          "the translation uses 'titre', which its English message does not "
                          "have"),
    "count outside a plural entry": (YEAR, NAME, 'msgstr "%(name)s (%(title)s) %(num)s"', "entry",
                                     "uses 'num'"),
    "%(name)d": (YEAR, NAME, 'msgstr "%(name)s (%(title)d)"', "entry",
                 "a stray % in '%(title)d)': write %(name)s for a placeholder, %% for a per cent "
                 "sign"),
    "%(name) without s": (YEAR, NAME, 'msgstr "%(name)s (%(title))"', "entry", "a stray %"),
    "%s": (YEAR, NAME, 'msgstr "%s (%(title)s)"', "entry", "a stray %"),
    "message syntax": (YEAR, STATES, "{states, plural, one {# État}}.", "entry",
                       "{states, plural, …} needs an 'other' branch"),
    "markup added": (YEAR, VISITED,
                     'msgstr "(qui n’avait <url href=\\"file:///etc/passwd\\">jamais</url>"',
                     "entry", "adds markup its English message lacks: <url href=…>"),
    "attribute added": (YEAR, 'msgid "(visited for the first time ever)"\n' + VISITED,
                        'msgid "(visited for the <url>first</url> time ever)"\n'
                        'msgstr "(qui n’avait <url href=\\"x\\">jamais</url> reçu)"', "entry",
                        "adds markup its English message lacks: <url href=…>"),
    "markup ill-formed": (YEAR, 'msgid "(visited for the first time ever)"\n' + VISITED,
                          'msgid "(visited for the <em>first</em> time ever)"\n'
                          'msgstr "(qui n’avait <em>jamais reçu)"', "entry", "not well-formed"),
    "control character": (YEAR, VISITED, 'msgstr "(qui n’avait\x07 jamais reçu)"', "entry",
                          "control character U+0007: '(qui n’avait\\x07 jamais reçu)'"),
    "escaped carriage return": (YEAR, VISITED, 'msgstr "(qui n’avait\\r jamais reçu)"', "entry",
                                "control character U+000D"),
    "C1 control character": (YEAR, VISITED, 'msgstr "(qui n’avait\x9b jamais reçu)"', "entry",
                             "control character U+009B"),
    "string not closed": (YEAR, VISITED, 'msgstr "(qui n’avait jamais reçu', "text",
                          "cannot read the catalog: not a comment, a keyword with its \"string\", "
                          "or a \"string\": 'msgstr \"(qui n’avait jamais reçu'"),
    "keyword misspelt": (YEAR, VISITED, 'msgst "(qui n’avait jamais reçu)"', "text",
                         "cannot read the catalog"),
    "msgstr missing": (YEAR, "\n" + VISITED, "", "po entry",
                       "cannot read the catalog: the entry has no msgstr"),
    "not UTF-8": (YEAR, "n’avait jamais", b"n\xe9avait jamais", "text",
                  "the catalog is not UTF-8 (byte 0xe9)"),
    "plural expression": (YEAR, "plural=(n > 1);", "plural=(n==1 ? 0 :;", "text",
                          "Plural-Forms: the plural expression '(n==1 ? 0 :' is not valid"),
    "nplurals not a number": (TEMPLATES, "nplurals=2;", "nplurals=x;", "text",
                              "Plural-Forms: nplurals must be a whole number, not 'x'"),
    "plural beyond nplurals": (YEAR, "plural=(n > 1);", "plural=(n > 1 ? 2 : 0);", "text",
                               "gives form 2 for 2, outside the nplurals=2 forms"),
    "plural form missing": (YEAR, ARRIA_LINE, "", "entry",
                            "msgstr[1] is missing or empty: the catalog's Plural-Forms declares "
                            "nplurals=2"),
    "plural form too many": (YEAR, ARRIA, 'msgstr[2] "trop"\n' + ARRIA, "po entry",
                             "more msgstr[n] forms than the catalog's Plural-Forms declares "
                             "(nplurals=2)"),
}


def break_catalog(project, catalog, old, new, where) -> int:
    """Replace the one `old` of the catalog by `new`; the line an error should name."""
    path = project / catalog
    data = path.read_bytes()
    old = old.encode()
    assert data.count(old) == 1, old
    start = data.index(old)
    path.write_bytes(data.replace(old, new if isinstance(new, bytes) else new.encode()))
    line = data[:start].count(b"\n") + 1
    lines = data.decode().split("\n")
    if where == "text":
        return line
    return next(n for n in range(line, 0, -1) if lines[n - 1].startswith("msgid "))


@pytest.mark.parametrize("case", CASES)
def test_a_broken_entry_stops_the_catalog(project, case):
    catalog, old, new, where, reason = CASES[case]
    line = break_catalog(project, catalog, old, new, where)
    with pytest.raises(SpreportError) as caught:
        translations(project, project / "data/2024", "fr")
    error = str(caught.value)
    assert error.startswith(f"{catalog}:{line}: "), error
    assert reason in error
    if where == "entry":
        assert error.startswith(f"{catalog}:{line}: msgid '"), error
    assert "\x07" not in error and "\x9b" not in error


@pytest.mark.parametrize("case", CASES)
def test_spreport_translations_names_the_line(project, case, capsys):
    catalog, old, new, where, reason = CASES[case]
    line = break_catalog(project, catalog, old, new, where)
    assert main(["translations", "--data", str(project / "data/2024")]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"spreport: error: {catalog}:{line}: ") and reason in err, err
    assert "Traceback" not in err


@pytest.mark.parametrize("lang", ["ar", "zh", "fr", "ru", "es"])
def test_every_real_catalog_compiles_clean(lang):
    compiled = translations(ROOT, ROOT / "data/2024", lang)
    files = {file for file, _ in compiled.origins.values()}
    assert files == {f"locales/{lang}/LC_MESSAGES/spreport.po",
                     f"data/2024/locales/{lang}/LC_MESSAGES/year.po"}


ACCEPTED = {
    "a selector dropped": ('msgid "{chair, select, feminine {She} other {He}} spoke on %(date)s."',
                           'msgstr "Intervention du %(date)s."'),
    "a plural without # dropped": ('msgid "The {n, plural, one {visit} other {visits}} ended."',
                                   'msgstr "La visite a eu lieu."'),
    "a per cent sign": ('msgid "a rate of %(rate)s"',
                        'msgstr "un taux de %(rate)s, contre 46,62 % (soit 5%) et 100 %% en 2023"'),
    "the one form without its number": ('msgid "%(n)s visit%(fn)s"\n'
                                        'msgid_plural "%(n)s visits%(fn)s"',
                                        'msgstr[0] "une visite%(fn)s"\n'
                                        'msgstr[1] "%(n)s visites%(fn)s"'),
    "markup kept": ('msgid "see <url href=\\"%(link)s\\">the list</url>"',
                    'msgstr "voir <url href=\\"%(link)s\\">la liste</url>"'),
}


@pytest.mark.parametrize("case", ACCEPTED)
def test_a_legitimate_translation_is_accepted(project, case):
    msgid, msgstr = ACCEPTED[case]
    path = project / YEAR
    path.write_text(path.read_text(encoding="utf-8") + f"\n{msgid}\n{msgstr}\n", encoding="utf-8")
    compiled = translations(project, project / "data/2024", "fr")
    first = msgid.split("\n")[0][len('msgid "'):-1].replace('\\"', '"')
    assert compiled.origins[first][0] == YEAR


def set_header(project, catalog, plural_forms):
    path = project / catalog
    text = path.read_text(encoding="utf-8")
    assert text.count("nplurals=2; plural=(n > 1);") == 1
    path.write_text(text.replace("nplurals=2; plural=(n > 1);", plural_forms), encoding="utf-8")


def arria_forms() -> tuple:
    with (ROOT / YEAR).open("rb") as handle:
        (entry,) = [m for m in read_po(handle, locale="fr") if m.id and m.id[0] == ARRIA_ID]
    return entry.id, entry.string


def test_the_year_catalog_chooses_by_its_own_plural_forms(project):
    set_header(project, YEAR, "nplurals=2; plural=(n != 1);")
    (singular, plural), forms = arria_forms()
    compiled = translations(project, project / "data/2024", "fr")
    assert [compiled.ngettext(singular, plural, n) for n in (0, 1, 2)] == [forms[1], forms[0],
                                                                           forms[1]]


def test_the_templates_plural_forms_do_not_choose_for_the_year(project):
    set_header(project, TEMPLATES, "nplurals=1; plural=0;")
    (singular, plural), forms = arria_forms()
    compiled = translations(project, project / "data/2024", "fr")
    assert [compiled.ngettext(singular, plural, n) for n in (1, 5)] == [forms[0], forms[1]]


def test_the_year_catalog_wins_over_the_templates(project):
    path = project / TEMPLATES
    path.write_text(path.read_text(encoding="utf-8") + '\nmsgid "(visited for the first time '
                    'ever)"\nmsgstr "(version des modèles)"\n', encoding="utf-8")
    compiled = translations(project, project / "data/2024", "fr")
    assert compiled.gettext("(visited for the first time ever)") == (
        "(qui n’avait jamais reçu de visite auparavant)")
    assert compiled.origins["(visited for the first time ever)"][0] == YEAR
    assert compiled.gettext("not in any catalog") == "not in any catalog"
    assert compiled.ngettext("a visit", "visits", 2) == "visits"
