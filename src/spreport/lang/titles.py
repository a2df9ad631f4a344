"""Mandate titles from parts: a head ("Special Rapporteur", "Working Group" …) that takes the
holder's gender, and the rest of the title ("on the right to food"), which never changes. The
register (data/<year>/registers/mandates.csv) keeps the head's id and the rest per language;
this module keeps, per language, the head's forms, how head and rest join, the Russian case
forms of the heads and the French and Spanish articles with their contractions.

Sources (the heads as the UN writes them in each language):
- fr: OHCHR pages in French (« Rapporteuse spéciale sur le droit à l'éducation », « Expert
  indépendant sur la situation des droits de l'homme au Mali », « Experte indépendante … »,
  « Groupe de travail d'experts sur les personnes d'ascendance africaine »), www.ohchr.org/fr/
  special-procedures; the titles of data/2024/registers/mandates.csv as used in A/HRC/58/70.
- es: OHCHR pages in Spanish («Relatora Especial sobre el derecho a la educación», «Experto
  Independiente sobre …», «Experta Independiente sobre …», «Grupo de Trabajo de Expertos sobre
  los Afrodescendientes»), www.ohchr.org/es/special-procedures.
- ar: Council resolutions in Arabic, e.g. A/HRC/RES/36/7 («المقرر الخاص المعني بتعزيز
  الحقيقة…»); the feminine forms («المقررة الخاصة المعنية…», «الخبيرة المستقلة المعنية…») as in
  the Arabic titles of the mandates held by women in mandates.csv. In Arabic the participle
  «المعني» that follows the head ("concerned with") agrees with the holder as the head does:
  it stays in the rest (the rest is written as after a masculine head: «المعني بالحق في
  الغذاء») and turns feminine («المعنية») after a feminine head; a rest without it («في مجال
  الحقوق الثقافية») is left as it is.
- ru: Council resolutions in Russian, e.g. A/HRC/RES/50/17 («Специальный докладчик по вопросу о
  правах на свободу мирных собраний и ассоциации»). The head is the same for a man and a woman
  (UN Russian does not feminize «Специальный докладчик», «Независимый эксперт»: the verb agrees
  with the person); its case forms are the regular declension of an adjective with a masculine
  animate noun (accusative = genitive) or, for «Рабочая группа», a feminine inanimate noun.
- zh: the Chinese titles of A/HRC/58/70 (published text): the rest precedes the head, with no
  space (适当生活水准权所含适当住房及在此方面不受歧视权问题 + 特别报告员); no gender.
- en: the English titles; no gender.
"""
from __future__ import annotations

# --- heads --------------------------------------------------------------------------
# head id → language → the head by the holder's gender. A body's head (a working group) has
# one form, under "masculine" and "feminine" alike.

def _same(text: str) -> dict[str, str]:
    return {"masculine": text, "feminine": text}


HEADS: dict[str, dict[str, dict[str, str]]] = {
    "special-rapporteur": {
        "ar": {"masculine": "المقرر الخاص", "feminine": "المقررة الخاصة"},
        "zh": _same("特别报告员"),
        "en": _same("Special Rapporteur"),
        "fr": {"masculine": "Rapporteur spécial", "feminine": "Rapporteuse spéciale"},
        "ru": _same("Специальный докладчик"),
        "es": {"masculine": "Relator Especial", "feminine": "Relatora Especial"},
    },
    "independent-expert": {
        "ar": {"masculine": "الخبير المستقل", "feminine": "الخبيرة المستقلة"},
        "zh": _same("独立专家"),
        "en": _same("Independent Expert"),
        "fr": {"masculine": "Expert indépendant", "feminine": "Experte indépendante"},
        "ru": _same("Независимый эксперт"),
        "es": {"masculine": "Experto Independiente", "feminine": "Experta Independiente"},
    },
    "working-group": {
        "ar": _same("الفريق العامل"),
        "zh": _same("工作组"),
        "en": _same("Working Group"),
        "fr": _same("Groupe de travail"),
        "ru": _same("Рабочая группа"),
        "es": _same("Grupo de Trabajo"),
    },
    "working-group-of-experts": {
        "ar": _same("فريق الخبراء العامل"),
        "zh": _same("专家工作组"),
        "en": _same("Working Group of Experts"),
        "fr": _same("Groupe de travail d’experts"),
        "ru": _same("Рабочая группа экспертов"),
        "es": _same("Grupo de Trabajo de Expertos"),
    },
}

# Heads that name one person: the title agrees with the holder. The others name a body: the
# sentence agrees with the head's grammatical gender in the language (BODY_GENDER).
PERSONAL = {"special-rapporteur": True, "independent-expert": True,
            "working-group": False, "working-group-of-experts": False}

# The gender a sentence agrees with when it names a body: fr Groupe, es Grupo, ar فريق are
# masculine, ru группа feminine; English and Chinese refer to a body as "it" (neuter).
BODY_GENDER = {"ar": "masculine", "zh": "neuter", "en": "neuter", "fr": "masculine",
               "ru": "feminine", "es": "masculine"}

# --- Russian cases -------------------------------------------------------------------
RU_CASES = ("nominative", "genitive", "dative", "accusative", "instrumental", "prepositional")

RU_HEAD_CASES: dict[str, dict[str, str]] = {
    "special-rapporteur": dict(zip(RU_CASES, (
        "Специальный докладчик", "Специального докладчика", "Специальному докладчику",
        "Специального докладчика", "Специальным докладчиком", "Специальном докладчике"))),
    "independent-expert": dict(zip(RU_CASES, (
        "Независимый эксперт", "Независимого эксперта", "Независимому эксперту",
        "Независимого эксперта", "Независимым экспертом", "Независимом эксперте"))),
    "working-group": dict(zip(RU_CASES, (
        "Рабочая группа", "Рабочей группы", "Рабочей группе",
        "Рабочую группу", "Рабочей группой", "Рабочей группе"))),
    "working-group-of-experts": dict(zip(RU_CASES, (
        "Рабочая группа экспертов", "Рабочей группы экспертов", "Рабочей группе экспертов",
        "Рабочую группу экспертов", "Рабочей группой экспертов", "Рабочей группе экспертов"))),
}

# --- joining ---------------------------------------------------------------------------
JOIN = {"ar": "{head} {rest}", "zh": "{rest}{head}", "en": "{head} {rest}",
        "fr": "{head} {rest}", "ru": "{head} {rest}", "es": "{head} {rest}"}

# The first word of a rest that agrees with a feminine head (Arabic «المعني» → «المعنية»).
AGREEING = {"ar": {"المعني": "المعنية"}}

# --- articles and prepositions (French, Spanish) --------------------------------------------
# The running-text form with its article (lang.in_text) after a preposition: "le " → "du ".
PREPOSITIONS: dict[str, dict[str, dict[str, str]]] = {
    "fr": {"de": {"le ": "du ", "la ": "de la ", "l’": "de l’"},
           "à": {"le ": "au ", "la ": "à la ", "l’": "à l’"}},
    "es": {"de": {"el ": "del ", "la ": "de la "},
           "a": {"el ": "al ", "la ": "a la "}},
}


def head_form(head: str, lang: str, gender: str) -> str:
    """The head in `lang` for a holder of `gender` ("masculine" or "feminine")."""
    try:
        forms = HEADS[head]
    except KeyError:
        raise KeyError(f"unknown title head {head!r}: expected one of {', '.join(HEADS)}") from None
    return forms[lang]["feminine" if gender == "feminine" else "masculine"]


def rest_form(rest: str, lang: str, feminine: bool) -> str:
    """The rest as it follows the head: its agreeing first word made feminine where needed."""
    agreeing = AGREEING.get(lang)
    if feminine and agreeing:
        first, _, tail = rest.partition(" ")
        if first in agreeing:
            return f"{agreeing[first]} {tail}" if tail else agreeing[first]
    return rest


def parts(head: str, rest: str, lang: str, gender: str | None) -> dict[str, str]:
    """The forms of a title without article: bare, head, rest and, in Russian, one per case.
    `gender` is the holder's ("masculine"/"feminine"); None for a body or a vacant post."""
    personal = PERSONAL[head]
    feminine = personal and gender == "feminine"
    head_text = head_form(head, lang, "feminine" if feminine else "masculine")
    rest_text = rest_form(rest, lang, feminine)
    join = JOIN[lang]
    forms = {"bare": join.format(head=head_text, rest=rest_text),
             "head": head_text, "rest": rest_text}
    if lang == "ru":
        for case, text in RU_HEAD_CASES[head].items():
            forms[case] = join.format(head=text, rest=rest_text)
    return forms


def with_preposition(lang: str, in_text: str) -> dict[str, str]:
    """The forms after a preposition ("de", "à" / "de", "a") of a title with its article."""
    out = {}
    for word, articles in PREPOSITIONS.get(lang, {}).items():
        for article, contracted in articles.items():
            if in_text.startswith(article):
                out[word] = contracted + in_text[len(article):]
                break
        else:
            out[word] = f"{word} {in_text}"
    return out


def agreement_gender(head: str, lang: str, holder_gender: str | None) -> str:
    """The gender a sentence agrees with: the holder's for a post held by one person (the
    generic masculine for a vacant post), the head's grammatical gender for a body."""
    if PERSONAL[head]:
        return holder_gender or "masculine"
    return BODY_GENDER[lang]
