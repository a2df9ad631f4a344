"""Spanish sentences as UN Spanish documents print them, for counts of 1, 2, 5, 21 and 101,
feminine and masculine counts, lists of States with their articles and contractions, and
persons' genders. Expected sentences are written by hand (UN Spanish usage: the 2024 language
review, ../shared/reference/language-review-2024.md, and the UN Spanish translation manual)."""
from __future__ import annotations

import datetime

import pytest

import sentences
from sentences import NOTE, helpers, person, say

from spreport.lang import conventions
from spreport.compose.values import Choice

H = helpers("es")

CASES = [
    # para. 11: feminine count in words below ten («una carta»), figures above.
    ("In %(year)s, the %(wg)s adopted",
     dict(year="2024", wg="el Grupo de Trabajo sobre la Detención Arbitraria", opinions=71,
          urgent=30, allegations=101, other=("count", 1), released=50),
     "En 2024, el Grupo de Trabajo sobre la Detención Arbitraria aprobó 71 opiniones en el marco "
     "de su procedimiento ordinario de comunicaciones. El Grupo de Trabajo envió o suscribió 30 "
     "llamamientos urgentes, 101 cartas de transmisión de denuncias y una carta de otro tipo. "
     "Además, en 2024 el Grupo de Trabajo recibió información según la cual al menos 50 personas "
     "que habían sido objeto de opiniones aprobadas anteriormente por él habían sido puestas en "
     "libertad."),
    ("In %(year)s, the %(wg)s adopted",
     dict(year="2024", wg="el Grupo de Trabajo sobre la Detención Arbitraria", opinions=1,
          urgent=1, allegations=1, other=("count", 2), released=1),
     "En 2024, el Grupo de Trabajo sobre la Detención Arbitraria aprobó 1 opinión en el marco "
     "de su procedimiento ordinario de comunicaciones. El Grupo de Trabajo envió o suscribió 1 "
     "llamamiento urgente, 1 carta de transmisión de denuncias y dos cartas de otro tipo. "
     "Además, en 2024 el Grupo de Trabajo recibió información según la cual al menos 1 persona "
     "que había sido objeto de opiniones aprobadas anteriormente por él había sido puesta en "
     "libertad."),
    # paras. 6 and Add.1 para. 3: «un Estado observador no miembro» (masculine count).
    ("As at %(date)s, {members, plural,",
     dict(date="31 de diciembre de 2024", members=128, observers=("count", 1)),
     "Al 31 de diciembre de 2024, 128 Estados Miembros y un Estado observador no miembro habían "
     "cursado una invitación permanente a los procedimientos especiales."),
    ("As at %(date)s, {members, plural,",
     dict(date="31 de diciembre de 2024", members=1, observers=("count", 2)),
     "Al 31 de diciembre de 2024, 1 Estado Miembro y dos Estados observadores no miembros habían "
     "cursado una invitación permanente a los procedimientos especiales."),
    ("Mandate holders carried out {visits",
     dict(visits=21, states=1, date="31 de diciembre de 2024", members=101,
          observers=("count", 5), fn=NOTE),
     "Los titulares de mandatos realizaron 21 visitas a 1 Estado. Al 31 de diciembre de 2024, "
     "101 Estados Miembros y cinco Estados observadores no miembros habían cursado una "
     "invitación permanente a los procedimientos especiales."),
    ("In %(year)s, mandate holders issued {n, plural,", dict(year="2024", n=1),
     "En 2024, los titulares de mandatos emitieron 1 declaración conjunta."),
    ("In %(year)s, mandate holders issued {n, plural,", dict(year="2024", n=21),
     "En 2024, los titulares de mandatos emitieron 21 declaraciones conjuntas."),
    ("In %(year)s, mandate holders carried out {n, plural,", dict(year="2024", n=1, states=1),
     "En 2024, los titulares de mandatos realizaron 1 visita a 1 Estado."),
    ("As at %(date)s, {n, plural, one { %(n)s request for a country visit",
     dict(date="31 de diciembre de 2024", n=1, states=1),
     "Al 31 de diciembre de 2024, estaba pendiente 1 solicitud de visita a un país, dirigida a "
     "1 Estado."),
    ("As at %(date)s, {n, plural, one { %(n)s request for a country visit",
     dict(date="31 de diciembre de 2024", n=592, states=155),
     "Al 31 de diciembre de 2024, estaban pendientes 592 solicitudes de visitas a países, "
     "dirigidas a 155 Estados."),
    ("As at %(date)s, {n, plural, one { %(n)s Member State had}",
     dict(date="31 de diciembre de 2024", n=1, pending=0),
     "Al 31 de diciembre de 2024, 1 Estado Miembro aún no había recibido la visita de ningún "
     "titular de mandato; ninguno de ellos tenía solicitudes de visita pendientes."),
    ("In %(year)s, {reports, plural,",
     dict(year="2024", reports=("count", 1), fn=NOTE, session=("ordinal", 18), since="2011",
          days=1, hours=1),
     "En 2024 se publicó un informe sobre comunicaciones. Las comunicaciones enviadas y las "
     "respuestas recibidas pueden consultarse en un sitio web específico, que da acceso a una "
     "base de datos de todas las comunicaciones enviadas y las respuestas recibidas desde el 18º "
     "período de sesiones del Consejo de Derechos Humanos. Las comunicaciones y las respuestas "
     "de los Gobiernos y otros actores pueden buscarse por mandato, país, región geográfica o "
     "período, o por los informes sobre comunicaciones presentados al Consejo desde 2011. Todas "
     "las comunicaciones se hacen públicas transcurrido un día; las denominadas “otras cartas” "
     "(relativas a proyectos de ley o a leyes, políticas o prácticas vigentes que se consideran "
     "contrarios a las normas y estándares internacionales de derechos humanos) se hacen "
     "públicas transcurrida una hora."),
    ("The Committee held {meetings",
     dict(meetings=("count", 3), geneva=("count", 2), new_york=("count", 1)),
     "El Comité celebró tres períodos de reuniones de una semana de duración, dos en Ginebra y "
     "uno en Nueva York, además de varias reuniones virtuales."),
    ("The Committee held {meetings",
     dict(meetings=("count", 1), geneva=("count", 1), new_york=("count", 0)),
     "El Comité celebró un período de reuniones de una semana de duración, uno en Ginebra y "
     "ninguno en Nueva York, además de varias reuniones virtuales."),
    ("The meeting elected {n_words", dict(n_words=("count", 1), members="Alexandra Xanthaki"),
     "En la reunión se eligió a otro miembro: Alexandra Xanthaki."),
    ("The meeting elected {n_words", dict(n_words=("count", 21), members="…"),
     "En la reunión se eligió a otros 21 miembros: …."),
    ("The %(mandate)s proposed a climate justice",
     dict(mandate="el Relator Especial sobre el derecho al desarrollo", pillars=("count", 1),
          principles=21, fn=NOTE),
     "En su informe, el Relator Especial sobre el derecho al desarrollo propuso un marco de "
     "justicia climática que comprendía un pilar (mitigación, adaptación, reparación y "
     "transformación) y 21 principios generales de derechos humanos;"),
    # Para. 69: the count agrees with «comunicación» (feminine) and «Estado» (masculine).
    ("In %(year)s, special procedures mandate holders sent {n",
     dict(year="2024", n=("count", 1), states=("count", 1)),
     "En 2024, los titulares de mandatos de los procedimientos especiales enviaron una "
     "comunicación relativa a un Estado."),
    ("the north-east of %(state)s", dict(state=H.state("YEM")), "el nordeste del Yemen"),
    ("As at %(date)s, of the {replied",
     dict(date="31 de diciembre de 2024", replied=1, received=1),
     "Al 31 de diciembre de 2024, del 1 titular de mandato en ejercicio que había respondido a "
     "la solicitud del Comité de Coordinación, 1 declaró haber recibido apoyo externo."),
    # Lists of States with their articles (paras. 49–50).
    ("With regard to country mandates",
     dict(access=H.states(["KHM", "MLI", "CAF", "SOM"]),
          no_access=H.states(["AFG", "BLR", "IRN", "PRK"])),
     "En lo que respecta a los mandatos por país, algunos Estados, como Camboya, Malí, la "
     "República Centroafricana y Somalia, se mostraron dispuestos a conceder acceso a los "
     "titulares de mandatos por país, mientras que el Afganistán, Belarús, la República Islámica "
     "del Irán y la República Popular Democrática de Corea siguieron denegándolo. Además, existen "
     "algunas variaciones en el enfoque de los Estados: algunos rechazan toda colaboración y "
     "otros colaboran con los titulares de mandatos fuera del contexto de las visitas a los "
     "países."),
    # «a» contracts with the article: «prestó al Perú».
    ("As shown in the addendum to the present report",
     dict(fn=NOTE, wgeid="el Grupo de Trabajo", chile=H.state("PER"),
          executions="el Relator Especial", philippines=H.state("PHL")),
     "Como se indica en la adición al presente informe, los titulares de mandatos se valen de "
     "diversos medios para colaborar con los Estados y otras partes interesadas a fin de prestar "
     "asesoramiento sobre cuestiones de derechos humanos. Entre los ejemplos de la contribución "
     "de los procedimientos especiales a la cooperación técnica cabe citar el apoyo continuo que "
     "el Grupo de Trabajo prestó al Perú, en particular en relación con el plan nacional de "
     "búsqueda de las víctimas de desaparición forzada durante la dictadura. Además, el Relator "
     "Especial participó en Filipinas en un curso de formación de formadores destinado a "
     "investigadores del Gobierno, de la institución nacional de derechos humanos y de "
     "organizaciones no gubernamentales sobre el Protocolo Modelo para la Investigación Legal de "
     "Ejecuciones Extralegales, Arbitrarias y Sumarias (Protocolo de Minnesota), en el que "
     "pronunció un discurso principal."),
    # Persons: the Chair's gender chooses «La Presidenta» / «El Presidente».
    ("{chair, select, other {The Chair}} of the Coordination Committee gave",
     dict(start="2023", end="24", chair=person("Isha Dyfan", "feminine")),
     "La Presidenta del Comité de Coordinación presentó un panorama general de las actividades "
     "realizadas durante el ciclo 2023/24. Se informó a los participantes de todas las "
     "actividades del Comité de Coordinación y de su colaboración con diversas partes "
     "interesadas, entre ellas representantes de las Naciones Unidas, Estados y la sociedad "
     "civil. En la reunión se examinaron los desafíos y las oportunidades a los que se enfrenta "
     "el sistema de procedimientos especiales y las posibles respuestas estratégicas, y se "
     "determinaron las prioridades del Comité."),
    ("{chair, select, other {The Chair}} of the Coordination Committee gave",
     dict(start="2024", end="25", chair=person("Surya Deva", "masculine")),
     "El Presidente del Comité de Coordinación presentó un panorama general de las actividades "
     "realizadas durante el ciclo 2024/25. Se informó a los participantes de todas las "
     "actividades del Comité de Coordinación y de su colaboración con diversas partes "
     "interesadas, entre ellas representantes de las Naciones Unidas, Estados y la sociedad "
     "civil. En la reunión se examinaron los desafíos y las oportunidades a los que se enfrenta "
     "el sistema de procedimientos especiales y las posibles respuestas estratégicas, y se "
     "determinaron las prioridades del Comité."),
]


def _say(begin: str, values: dict) -> str:
    """say() for messages whose placeholders include "start" (a name say() itself takes)."""
    if "start" not in values:
        return say("es", begin, **values)
    filled = {k: H.num(v) if isinstance(v, int) else v for k, v in values.items()}
    return str(sentences._messages("es").gettext(sentences.msgid(begin), **filled))


@pytest.mark.parametrize("begin, values, expected", CASES)
def test_sentence(begin, values, expected):
    assert _say(begin, values) == expected


def test_state_lists_contract_after_de_and_a():
    states = H.states(["ARE", "PER", "MHL", "CAF"])
    assert str(states) == ("los Emiratos Árabes Unidos, las Islas Marshall, el Perú y la "
                           "República Centroafricana")
    assert states.forms["de"] == ("de los Emiratos Árabes Unidos, de las Islas Marshall, del "
                                  "Perú y de la República Centroafricana")
    assert states.forms["a"] == ("a los Emiratos Árabes Unidos, a las Islas Marshall, al Perú "
                                 "y a la República Centroafricana")


ES = conventions("es")
D = datetime.date


@pytest.mark.parametrize("start, end, alone, running", [
    (D(2024, 6, 9), D(2024, 6, 14), "9 a 14 de junio de 2024", "9 al 14 de junio de 2024"),
    (D(2024, 2, 24), D(2024, 3, 3), "24 de febrero a 3 de marzo de 2024",
     "24 de febrero al 3 de marzo de 2024"),
    (D(2024, 12, 30), D(2025, 1, 2), "30 de diciembre de 2024 a 2 de enero de 2025",
     "30 de diciembre de 2024 al 2 de enero de 2025"),
])
def test_date_ranges(start, end, alone, running):
    assert ES.date_span(start, end) == alone
    assert ES.date_range(start, end) == running


def test_masthead_session_dates():
    assert ES.date_span(D(2025, 2, 24), D(2025, 4, 4)) == "24 de febrero a 4 de abril de 2025"


# Paras. 2, 3, 7 and 49 choose their words by last year's figures (data/2024/previous.yaml);
# the branches 2024 does not take, written out by hand.

CHANGES = [
    # Para. 2: one new mandate; its title keeps its article after « ejercido por »
    ("In %(year)s, the number of special",
     dict(year="2025", before=60, total=61, trend=Choice("up"), n_new=1,
          new=H.join([H.mandate("development")]), thematic=47, country=14),
     "En 2025, el número de mandatos de los procedimientos especiales del Consejo de Derechos "
     "Humanos aumentó de 60 a 61, con el establecimiento de un nuevo mandato, ejercido por el "
     "Relator Especial sobre el derecho al desarrollo: 47 mandatos temáticos y 14 mandatos por "
     "país."),
    ("In %(year)s, the number of special",
     dict(year="2025", before=61, total=60, trend=Choice("down"), n_new=0, new="",
          thematic=46, country=14),
     "En 2025, el número de mandatos de los procedimientos especiales del Consejo de Derechos "
     "Humanos disminuyó de 61 a 60: 46 mandatos temáticos y 14 mandatos por país."),
    # Para. 3: men now outnumber women; equal numbers
    ("There {posts, plural",
     dict(posts=88, incumbents=87, fn="", women="45 %", men="55 %", balance=Choice("men-now")),
     "Actualmente hay 88 puestos de titular de mandato en el sistema de procedimientos "
     "especiales, ocupados por 87 titulares de mandatos en ejercicio. En cuanto al equilibrio de "
     "género, los hombres superan ahora en número a las mujeres: el 45 % de los titulares de "
     "mandatos en ejercicio son mujeres y el 55 % son hombres."),
    ("There {posts, plural",
     dict(posts=88, incumbents=86, fn="", women="50 %", men="50 %", balance=Choice("equal")),
     "Actualmente hay 88 puestos de titular de mandato en el sistema de procedimientos "
     "especiales, ocupados por 86 titulares de mandatos en ejercicio. En cuanto al equilibrio de "
     "género, hay tantas mujeres como hombres: el 50 % de los titulares de mandatos en ejercicio "
     "son mujeres y el 50 % son hombres."),
]


@pytest.mark.parametrize("begin, values, expected", CHANGES)
def test_sentence_chosen_by_last_year(begin, values, expected):
    assert say("es", begin, **values) == expected


def test_no_state_visited_for_the_first_time():
    text = say("es", "As at %(date)s, {visited, plural", date="31 de diciembre de 2025",
               visited=174, never=19, no_request=("count", 3), pending=16, fn="", year="2025",
               first=H.states([]), n_first=0)
    assert text.endswith("En 2025, ningún Estado recibió por primera vez la visita de un "
                         "titular de mandato.")


def test_cooperation_no_state_reopened_and_never_visited_unchanged():
    text = say("es", "The available data show that", date="31 de diciembre de 2025",
               members=128, total=193, percentage="66 %", observers=("count", 2), fn="",
               never=19, never_change=Choice("same"), visits_change=Choice("up"), year="2025",
               years=("count", 5), n_reopened=("count", 0), reopened=H.states([]), n_frequent=4,
               threshold=("count", 3), frequent=H.states(["LBY"]))
    assert ("El número de Estados que nunca han recibido la visita de un titular de mandato se "
            "mantuvo en 19. En 2025, ningún Estado que no hubiera recibido visitas en los últimos "
            "cinco años abrió sus puertas a los titulares de mandatos. La distribución") in text
