"""The message layer: ICU-style choices inside a sentence, and the errors that keep counts
agreeing and footnotes in place."""
import pytest
from markupsafe import Markup

from spreport.cli import main
from spreport.compose.environment import Messages
from spreport.compose.message import format_message, names
from spreport.compose.values import Figure, Inflected, MessageError
from spreport.lang import conventions

RU = conventions("ru")
EN = conventions("en")


def fig(n, lang=RU):
    return Figure(n, lang.number(n), "count", lang)


def ru(text, **values):
    return str(format_message(text, values, lambda n: _plural("ru", n)))


def _plural(code, n):
    from babel import Locale
    return Locale.parse(code).plural_form(n)


@pytest.mark.parametrize("n, expected", [
    (1, "1 поездку"), (2, "2 поездки"), (5, "5 поездок"), (11, "11 поездок"),
    (21, "21 поездку"), (22, "22 поездки"), (101, "101 поездку")])
def test_plural_branch_by_the_language_category(n, expected):
    text = "{n, plural, one {# поездку} few {# поездки} many {# поездок} other {# поездки}}"
    assert ru(text, n=fig(n)) == expected


def test_exact_branch_before_category_and_trimmed_edges():
    text = "{n, plural, =0 {ни одного} one { # доклад } other {# доклада}}"
    assert ru(text, n=fig(0)) == "ни одного"
    assert ru(text, n=fig(21)) == "21 доклад"


@pytest.mark.parametrize("style, n, expected", [
    ("{n, count, neuter genitive}", 5, "пяти"),
    ("{n, count, neuter genitive}", 12, "12"),
    ("{n, spellout, feminine}", 2, "две"),
    ("{n, ordinal, feminine genitive}", 58, "пятьдесят восьмой"),
    ("{n, ordinal, neuter capital}", 30, "Тридцатое"),
    ("{n, digits}", 3, "3")])
def test_number_words_in_gender_and_case(style, n, expected):
    assert ru(style, n=fig(n)) == expected


def test_select_by_gender_and_forms_of_a_title():
    chair = Inflected({"text": "Сурья Дева"}, "masculine", "person")
    title = Inflected({"text": "Специальный докладчик", "genitive": "Специального докладчика"},
                      "feminine", "mandate")
    text = "%(chair)s {chair, select, feminine {избрана} other {избран}}; {t, form, genitive}"
    assert ru(text, chair=chair, t=title) == "Сурья Дева избран; Специального докладчика"
    with pytest.raises(MessageError, match="no form 'dative'"):
        ru("{t, form, dative}", t=title)


def test_values_are_escaped_markup_kept():
    note = Markup("<note>x</note>")
    assert ru("%(a)s & %(fn)s", a="A & B", fn=note) == "A &amp; B & <note>x</note>"


def test_names_and_their_uses():
    assert names("%(a)s {b, plural, one {# %(c)s} other {#}}") == {
        "a": {"%"}, "b": {"plural"}, "c": {"%"}}


@pytest.mark.parametrize("text, error", [
    ("{n, plural, one {#}}", "needs an 'other' branch"),
    ("{n, plural, one {#} other {#}", "expected a key"),
    ("%(missing)s", "not one of its placeholders"),
    ("{n, ordinal, vocative}", "vocative"),
])
def test_malformed_messages_are_errors(text, error):
    with pytest.raises(MessageError, match=error):
        ru(text, n=fig(3))


def test_an_english_count_without_plural_stops_the_build():
    messages = Messages(_Null(), EN)
    with pytest.raises(MessageError, match="the count 'n' is not chosen by"):
        messages.gettext("%(n)s other letter", n=fig(2, EN))
    assert str(messages.gettext("{n, plural, one {# other letter} other {# other letters}}",
                                n=fig(2, EN))) == "2 other letters"


def test_a_translation_that_drops_a_footnote_is_an_error(project, capsys):
    po = project / "data" / "2024" / "locales" / "fr" / "LC_MESSAGES" / "year.po"
    text = po.read_text(encoding="utf-8")
    at = text.index("%(fn)s", text.index("msgstr", text.index("%(fn)s")))
    dropped = text[:at] + text[at + len("%(fn)s"):]
    po.write_text(dropped, encoding="utf-8")
    code, err = build(project, capsys, "fr")
    assert code == 2 and "drops the footnote 'fn'" in err and "year.po:" in err


def test_a_translation_with_an_unknown_placeholder_names_its_po_line(project, capsys):
    po = project / "locales" / "ru" / "LC_MESSAGES" / "spreport.po"
    text = po.read_text(encoding="utf-8")
    target = 'msgid "Mandate"\nmsgstr "'
    start = text.index(target)
    line = text[:start].count("\n") + 1
    po.write_text(text[:start + len(target)] + "%(chair)s " + text[start + len(target):],
                  encoding="utf-8")
    code, err = build(project, capsys, "ru")
    assert code == 2
    assert f"locales/ru/LC_MESSAGES/spreport.po:{line}" in err and "chair" in err


class _Null:
    def gettext(self, text):
        return text


def build(project, capsys, lang):
    code = main(["build", "--data", str(project / "data" / "2024"), "--lang", lang,
                 "--documents", "report", "--format", "docx", "--out", str(project / "out")])
    return code, capsys.readouterr().err


@pytest.mark.parametrize("kind", ["report", "addendum"])
def test_every_count_in_the_english_messages_chooses_its_plural(kind):
    """Composing checks each message as it is filled: a count placeholder that no plural
    chooses by stops it, so composing both documents proves none is left."""
    from conftest import ROOT
    from spreport.compose import compose
    from spreport.data.year import load_year
    document = compose(load_year(ROOT / "data" / "2024", ROOT), kind, EN)
    assert document.children
