"""French sentences of the catalogs with counts, ordinals, lists of States and persons of the
year's data: each expected sentence is written out by hand as the UN French text would print
it (no-break space before « : ; » and inside « », typographic apostrophe, « un État » but
« une communication », French `one` covering 0 and 1). An expectation ending in "…" is the
beginning of a longer sentence."""
from __future__ import annotations

import pytest

import sentences
from spreport.compose.values import Choice
from sentences import helpers, person, say

H = helpers("fr")
NB = "\u00a0"
DATE = "31 décembre 2024"
DEVA = person("Surya Deva", "masculine")
DYFAN = person("Isha Dyfan", "feminine")
RANITO = person("Jovana Jezdimirovic Ranito", "feminine")
OBOKATA = person("Tomoya Obokata", "masculine")
WGAD = H.mandate("wgad")

CASES = [
    # Para. 11: the "other letter" is feminine, a count in words below ten
    ("In %(year)s, the %(wg)s adopted",
     dict(year="2024", wg=WGAD, opinions=71, urgent=30, allegations=101, other=("count", 1),
          released=50),
     "En 2024, le Groupe de travail sur la détention arbitraire a adopté 71 avis au titre de sa "
     "procédure ordinaire de communication. Le Groupe de travail a adressé ou cosigné 30 appels "
     f"urgents, 101 lettres d’allégation et une «{NB}autre lettre{NB}». En outre, en 2024, le "
     "Groupe de travail a été informé qu’au moins 50 personnes visées par des avis qu’il avait "
     "adoptés précédemment avaient été libérées."),
    ("In %(year)s, the %(wg)s adopted",
     dict(year="2024", wg=WGAD, opinions=1, urgent=1, allegations=21, other=("count", 2),
          released=1),
     "En 2024, le Groupe de travail sur la détention arbitraire a adopté 1 avis au titre de sa "
     "procédure ordinaire de communication. Le Groupe de travail a adressé ou cosigné 1 appel "
     f"urgent, 21 lettres d’allégation et deux «{NB}autres lettres{NB}». En outre, en 2024, le "
     "Groupe de travail a été informé qu’au moins 1 personne visée par des avis qu’il avait "
     "adoptés précédemment avait été libérée."),
    ("In %(year)s, mandate holders carried out",
     dict(year="2024", n=1, states=1),
     "En 2024, les titulaires de mandat ont effectué 1 visite de pays dans 1 État."),
    ("In %(year)s, mandate holders carried out",
     dict(year="2024", n=57, states=44),
     "En 2024, les titulaires de mandat ont effectué 57 visites de pays dans 44 États."),
    # Paras. 6 and 49, Add.1 para. 3: « un État non membre observateur », masculine
    ("As at %(date)s, {members, plural",
     dict(date=DATE, members=128, observers=("count", 1)),
     "Au 31 décembre 2024, 128 États Membres et un État non membre observateur avaient adressé "
     "une invitation permanente aux procédures spéciales."),
    ("As at %(date)s, {members, plural",
     dict(date=DATE, members=101, observers=("count", 2)),
     "Au 31 décembre 2024, 101 États Membres et deux États non membres observateurs avaient "
     "adressé une invitation permanente aux procédures spéciales."),
    # Para. 69: « une communication » (feminine) but « un État »
    ("In %(year)s, special procedures mandate holders sent",
     dict(year="2024", n=("count", 1), states=("count", 1)),
     "En 2024, les titulaires de mandat au titre des procédures spéciales ont envoyé une "
     "communication concernant un État."),
    ("In %(year)s, special procedures mandate holders sent",
     dict(year="2024", n=("count", 21), states=("count", 5)),
     "En 2024, les titulaires de mandat au titre des procédures spéciales ont envoyé 21 "
     "communications concernant cinq États."),
    ("In %(year)s, special procedures mandate holders sent",
     dict(year="2024", n=("count", 2), states=("count", 2)),
     "En 2024, les titulaires de mandat au titre des procédures spéciales ont envoyé deux "
     "communications concernant deux États."),
    ("In %(year)s, the number of special procedures mandates",
     dict(year="2024", total=60, thematic=46, country=1, trend=Choice("same"), before=60,
          n_new=0, new=""),
     "En 2024, le nombre de mandats au titre des procédures spéciales du Conseil des droits de "
     f"l’homme est resté inchangé, à 60{NB}: 46 mandats thématiques et 1 mandat par pays."),
    ("As at %(date)s, the special procedures had",
     dict(date=DATE, posts=101, n=1),
     "Au 31 décembre 2024, les procédures spéciales comptaient 101 postes de titulaire de "
     "mandat, dont 1 était pourvu."),
    ("As at %(date)s, {n, plural, one { %(n)s request",
     dict(date=DATE, n=1, states=1),
     "Au 31 décembre 2024, 1 demande de visite de pays était en attente auprès d’un État."),
    ("As at %(date)s, {n, plural, one { %(n)s request",
     dict(date=DATE, n=592, states=155),
     "Au 31 décembre 2024, 592 demandes de visite de pays étaient en attente auprès de 155 "
     "États."),
    # Para. 50: States with their articles
    ("With regard to country mandates",
     dict(access=H.states(["KHM", "MLI", "CAF", "SOM"]), no_access=H.states(["AFG", "BLR", "ISR"])),
     "S’agissant des mandats par pays, certains États, comme le Cambodge, le Mali, la République "
     "centrafricaine et la Somalie, se sont montrés disposés à accorder l’accès aux titulaires de "
     "mandat par pays, tandis que l’Afghanistan, le Bélarus et Israël ont continué de le "
     "refuser…"),
    # Para. 10: the contracted preposition before a State
    ("the north-east of %(state)s", dict(state=H.state("SYR")),
     "le nord-est de la République arabe syrienne"),
    ("the north-east of %(state)s", dict(state=H.state("ARE")),
     "le nord-est des Émirats arabes unis"),
    # Para. 73: the rapporteur's gender; the chair's title by the holder's gender
    ("The meeting elected %(chair)s",
     dict(chair=DEVA, chair_title=H.mandate("development", holder=DEVA), start="2024",
          end="2025", rapporteur=RANITO, rapporteur_group=WGAD),
     "Les participants ont élu Surya Deva, Rapporteur spécial sur le droit au développement, à "
     "la présidence du Comité de coordination pour la période 2024-2025, et Jovana Jezdimirovic "
     "Ranito, qui préside le Groupe de travail sur la détention arbitraire, aux fonctions de "
     "rapporteuse."),
    ("The meeting elected %(chair)s",
     dict(chair=DYFAN, chair_title=H.mandate("development", holder=DYFAN), start="2024",
          end="2025", rapporteur=OBOKATA, rapporteur_group=WGAD),
     "Les participants ont élu Isha Dyfan, Rapporteuse spéciale sur le droit au développement, "
     "à la présidence du Comité de coordination pour la période 2024-2025, et Tomoya Obokata, "
     "qui préside le Groupe de travail sur la détention arbitraire, aux fonctions de "
     "rapporteur."),
    ("{chair, select, other {The Chair}} of the Coordination Committee gave",
     dict(chair=DYFAN, start="2023", end="24"),
     "La Présidente du Comité de coordination a présenté un aperçu des activités menées au cours "
     "du cycle 2023/24…"),
    ("{chair, select, other {The Chair}} of the Coordination Committee gave",
     dict(chair=DEVA, start="2024", end="25"),
     "Le Président du Comité de coordination a présenté un aperçu des activités menées au cours "
     "du cycle 2024/25…"),
    ("The meeting elected {n_words",
     dict(n_words=("count", 1), members="Alexandra Xanthaki"),
     f"Les participants ont en outre élu un autre membre{NB}: Alexandra Xanthaki."),
    ("The meeting elected {n_words",
     dict(n_words=("count", 3), members="A, B et C"),
     f"Les participants ont en outre élu trois autres membres{NB}: A, B et C."),
    # Add.1 para. 7: one State with pending requests
    ("As at %(date)s, {n, plural, one { %(n)s Member State had}",
     dict(date=DATE, n=19, pending=1),
     f"Au 31 décembre 2024, 19 États Membres n’avaient encore reçu la visite d’aucun titulaire "
     f"de mandat{NB}; des demandes de visite étaient en attente pour l’un d’entre eux."),
    # Para. 43: former holders by their gender; the former Chair is not named in the data, so
    # the sentence assumes no gender
    ("On %(date)s, %(holder)s, former",
     dict(date="15 octobre 2024", holder=DYFAN,
          assembly=H.mandate("development", holder=DYFAN), member=OBOKATA, business=WGAD,
          review="2025"),
     "Le 15 octobre 2024, Isha Dyfan, ancienne Rapporteuse spéciale sur le droit au "
     "développement, Tomoya Obokata, ancien membre du Groupe de travail sur la détention "
     "arbitraire, et la personne qui a précédemment présidé le Comité de coordination des "
     "procédures spéciales ont participé…"),
    # Masthead and chapter V: ordinals in words, feminine (réunion)
    ("{ordinal, ordinal, capital}", dict(ordinal=("ordinal", 1)),
     "Première réunion annuelle des rapporteurs spéciaux, experts indépendants et présidents "
     "des groupes de travail"),
    ("{ordinal, ordinal, capital}", dict(ordinal=("ordinal", 21)),
     "Vingt et unième réunion annuelle des rapporteurs spéciaux, experts indépendants et "
     "présidents des groupes de travail"),
    ("The %(number)s annual meeting",
     dict(number=("ordinal", 1), dates="9 au 13 décembre 2024"),
     "La première réunion annuelle des rapporteurs spéciaux, experts indépendants et présidents "
     "des groupes de travail s’est tenue à Genève du 9 au 13 décembre 2024…"),
    # Add.1 sect. X: note on non-State actors (0 and 1 are `one` in French)
    ("{n, plural, one { %(n)s non-State actor.}", dict(n=1), "1 acteur non étatique."),
    ("{n, plural, one { %(n)s non-State actor.}", dict(n=145),
     "145 acteurs non étatiques, pris ensemble."),
]


@pytest.mark.parametrize("start, values, expected", CASES)
def test_sentence(start, values, expected):
    if "start" in values:   # a placeholder named like say()'s own parameter
        text = _say_start(start, values)
    else:
        text = say("fr", start, **values)
    if expected.endswith("…"):
        assert text.startswith(expected[:-1])
    else:
        assert text == expected


def _say_start(prefix: str, values: dict) -> str:
    """say() for a message with a placeholder called `start` (the Committee's term)."""
    filled = {k: H.num(v) if isinstance(v, int) and not isinstance(v, bool)
              else getattr(H, v[0])(*v[1:]) if isinstance(v, tuple) else v
              for k, v in values.items()}
    return str(sentences._messages("fr").gettext(sentences.msgid(prefix), **filled))


# Paras. 2, 3, 7 and 49 choose their words by last year's figures (data/2024/previous.yaml);
# the branches 2024 does not take, written out by hand.

CHANGES = [
    # Para. 2: one new mandate, titled with its article after « exercé par » (no contraction)
    ("In %(year)s, the number of special",
     dict(year="2025", before=60, total=61, trend=Choice("up"), n_new=1,
          new=H.join([H.mandate("development")]), thematic=47, country=14),
     "En 2025, le nombre de mandats au titre des procédures spéciales du Conseil des droits de "
     "l’homme est passé de 60 à 61, avec la création d’un nouveau mandat, exercé par le "
     f"Rapporteur spécial sur le droit au développement{NB}: 47 mandats thématiques et 14 "
     "mandats par pays."),
    # Para. 2: two new mandates, « deux nouveaux mandats, exercés par »
    ("In %(year)s, the number of special",
     dict(year="2025", before=59, total=61, trend=Choice("up"), n_new=2,
          new=H.join([H.mandate("wgad"), H.mandate("development")]), thematic=47, country=14),
     "En 2025, le nombre de mandats au titre des procédures spéciales du Conseil des droits de "
     "l’homme est passé de 59 à 61, avec la création de deux nouveaux mandats, exercés par le "
     "Groupe de travail sur la détention arbitraire et le Rapporteur spécial sur le droit au "
     f"développement{NB}: 47 mandats thématiques et 14 mandats par pays."),
    ("In %(year)s, the number of special",
     dict(year="2025", before=61, total=60, trend=Choice("down"), n_new=0, new="",
          thematic=46, country=14),
     "En 2025, le nombre de mandats au titre des procédures spéciales du Conseil des droits de "
     f"l’homme est passé de 61 à 60{NB}: 46 mandats thématiques et 14 mandats par pays."),
    # Para. 3: men now outnumber women (masculine « nombreux »)
    ("There {posts, plural",
     dict(posts=88, incumbents=87, fn="", women="45 %", men="55 %", balance=Choice("men-now")),
     "Le système des procédures spéciales compte actuellement 88 postes de titulaire de mandat, "
     "occupés par 87 titulaires de mandat en exercice. S’agissant de l’équilibre entre les "
     f"sexes, les hommes sont désormais plus nombreux que les femmes{NB}: 45 % des titulaires de "
     "mandat en exercice sont des femmes et 55 % sont des hommes."),
]


@pytest.mark.parametrize("start, values, expected", CHANGES)
def test_sentence_chosen_by_last_year(start, values, expected):
    assert say("fr", start, **values) == expected


def test_no_state_visited_for_the_first_time():
    text = say("fr", "As at %(date)s, {visited, plural", date=DATE, visited=174, never=19,
               no_request=("count", 3), pending=16, fn="", year="2025", first=H.states([]),
               n_first=0)
    assert text.endswith("En 2025, aucun État n’a reçu pour la première fois la visite d’un "
                         "titulaire de mandat.")


def test_cooperation_no_state_reopened_and_never_visited_rose():
    text = say("fr", "The available data show that", date=DATE, members=128, total=193,
               percentage=f"66{NB}%", observers=("count", 2), fn="", never=21,
               never_change=Choice("up"), visits_change=Choice("up"), year="2025",
               years=("count", 5), n_reopened=("count", 0), reopened=H.states([]), n_frequent=4,
               threshold=("count", 3), frequent=H.states(["LBY"]))
    assert ("Le nombre d’États n’ayant jamais reçu la visite d’un titulaire de mandat est passé "
            "à 21. En 2025, aucun des États qui n’avaient pas reçu de visite au cours des cinq "
            "dernières années n’a ouvert ses portes aux titulaires de mandat. La répartition") in text


# --- Data that was typed in prose (registers amicus and engagement; composed titles)

def test_one_court_contracts_its_article():
    """One court: « au Tribunal … » (à + le), not « aux juridictions suivantes »."""
    (para,) = sentences.paragraph(sentences.composed("fr", sentences.one_court), "amici curiae")
    assert para.startswith(
        "27. En 2024, des titulaires de mandat au titre des procédures spéciales ont, "
        "individuellement ou conjointement, présenté des observations en qualité d’amici curiae "
        "au Tribunal de district de La Haye. Ces observations visaient")


def test_four_arria_formula_meetings():
    lines = sentences.paragraph(sentences.composed("fr", sentences.arria_meetings),
                                "formule Arria", 4)
    assert lines == [
        "37. En 2024, trois titulaires de mandat ont participé à des réunions du Conseil de "
        f"sécurité organisées selon la formule Arria{NB}:",
        "a) Le 25 mars 2024, la Rapporteuse spéciale sur les effets négatifs des mesures "
        "coercitives unilatérales sur l’exercice des droits de l’homme a participé à la réunion "
        "du Conseil de sécurité organisée selon la formule Arria sur les effets des mesures "
        f"coercitives unilatérales sur l’action mondiale de lutte contre le terrorisme{NB};",
        "b) Le 20 juin 2024, la Rapporteuse spéciale sur la torture et autres peines ou "
        "traitements cruels, inhumains ou dégradants a participé à la réunion du Conseil de "
        "sécurité organisée selon la formule Arria sur les conséquences humanitaires des mesures "
        f"coercitives unilatérales{NB};",
        "c) Le 25 novembre 2024, la Rapporteuse spéciale sur les effets négatifs des mesures "
        "coercitives unilatérales sur l’exercice des droits de l’homme a participé à la réunion "
        "du Conseil de sécurité organisée selon la formule Arria sur les conséquences "
        f"humanitaires des mesures coercitives unilatérales{NB};",
        "d) Le 6 décembre 2024, la Rapporteuse spéciale sur les droits des personnes handicapées "
        "a participé à la réunion du Conseil de sécurité organisée selon la formule Arria sur la "
        "situation des personnes handicapées dans les conflits armés et les crises humanitaires "
        "qui y sont liées.",
    ]


def test_titles_composed_from_their_series():
    lines = sentences.composed("fr", sentences.next_series, "addendum")
    assert ("13 décembre 2024 | Déclaration commune de la trente et unième réunion annuelle des "
            "procédures spéciales réaffirmant l’importance des droits de l’homme pour un avenir "
            "pacifique, inclusif et durable | 59") in lines
    assert ("25 novembre 2024 | Quatorzième Forum annuel sur les entreprises et les droits de "
            "l’homme (Genève, 25 et 26 novembre 2024) | 1") in lines
    assert ("28 novembre 2024 | Dix-huitième session du Forum sur les questions relatives aux "
            "minorités (Genève, 28-30 novembre 2024) | 1") in lines
