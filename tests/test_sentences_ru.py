"""Russian sentences as the UN Russian translation service prints them: counts agreeing with
their nouns for one/few/many (1, 2, 3, 5, 11, 21, 22, 101), small counts in words in the
case the sentence governs, ordinals in words, verbs agreeing with a person's gender.
Expected texts are written by hand, not copied from the program."""
import pytest

from sentences import NOTE, helpers, person, say
from spreport.compose.values import Choice

H = helpers("ru")

CASES = [
    # counts in figures (|num): one / few / many, words below ten
    ("In %(year)s, mandate holders carried out {n", dict(year="2024", n=57, states=44),
     "В 2024 году мандатарии совершили 57 поездок в 44 государства."),
    ("In %(year)s, mandate holders carried out {n", dict(year="2024", n=21, states=1),
     "В 2024 году мандатарии совершили 21 поездку в одно государство."),
    ("In %(year)s, mandate holders carried out {n", dict(year="2024", n=22, states=3),
     "В 2024 году мандатарии совершили 22 поездки в три государства."),
    ("In %(year)s, mandate holders carried out {n", dict(year="2024", n=2, states=2),
     "В 2024 году мандатарии совершили две поездки в два государства."),
    ("In %(year)s, mandate holders issued {n", dict(year="2024", n=101),
     "В 2024 году мандатарии опубликовали 101 совместное заявление."),
    ("In %(year)s, mandate holders issued {n", dict(year="2024", n=11),
     "В 2024 году мандатарии опубликовали 11 совместных заявлений."),
    ("In %(year)s, mandate holders issued {n", dict(year="2024", n=5),
     "В 2024 году мандатарии опубликовали пять совместных заявлений."),
    # reports on communications (|words), session ordinal in the genitive
    ("In %(year)s, {reports, plural",
     dict(year="2024", reports=("count", 3), fn=NOTE, session=("ordinal", 18), since="2011",
          days=60, hours=48),
     "В 2024 году были опубликованы три доклада о сообщениях. С направленными сообщениями и "
     "полученными ответами можно ознакомиться на специальном веб-сайте, который обеспечивает "
     "доступ к базе данных всех сообщений, направленных начиная с восемнадцатой сессии Совета по "
     "правам человека, и полученных на них ответов. Поиск сообщений и ответов правительств и "
     "других субъектов можно проводить по мандату, стране, географическому региону, периоду "
     "и/или по докладам о сообщениях, представляемым Совету с 2011 года. Все сообщения "
     "публикуются по истечении 60 дней, а так называемые «другие письма» (касающиеся "
     "законопроектов или действующих законов, политики или практики, которые считаются не "
     "соответствующими международным нормам и стандартам в области прав человека) — по "
     "истечении 48 часов."),
    # prepositional after «о»
    ("In %(year)s, special procedures mandate holders sent {n",
     dict(year="2024", n=("count", 1), states=("count", 1)),
     "В 2024 году мандатарии специальных процедур направили одно сообщение, касающееся одного "
     "государства."),
    ("In %(year)s, special procedures mandate holders sent {n",
     dict(year="2024", n=("count", 22), states=("count", 5)),
     "В 2024 году мандатарии специальных процедур направили 22 сообщения, касающихся пяти "
     "государств."),
    ("The latest report of the Secretary-General",
     dict(n=("count", 7), states=("count", 7), follow_up=("count", 5), fn=NOTE),
     "Последний доклад Генерального секретаря о сотрудничестве с Организацией Объединенных "
     "Наций, ее представителями и механизмами в области прав человека содержит информацию о семи "
     "сообщениях, направленных мандатариями специальных процедур и касающихся семи государств, а "
     "также о последующих мерах, принятых с опорой на продолжающуюся работу мандатариев, в связи "
     "со случаями, касающимися пяти государств и включенными в предыдущие доклады."),
    # one observer State (|count), neuter
    ("As at %(date)s, {members, plural, one { %(members)s Member State}",
     dict(date="31 декабря 2024 года", members=128, observers=("count", 1)),
     "По состоянию на 31 декабря 2024 года постоянное приглашение специальным процедурам "
     "направили 128 государств-членов и одно государство-наблюдатель, не являющееся членом."),
    ("As at %(date)s, {members, plural, one { %(members)s Member State}",
     dict(date="31 декабря 2024 года", members=21, observers=("count", 2)),
     "По состоянию на 31 декабря 2024 года постоянное приглашение специальным процедурам "
     "направили 21 государство-член и два государства-наблюдателя, не являющихся членами."),
    # the annual meeting: ordinal in words, neuter, capital
    ("{ordinal, ordinal, capital} annual meeting", dict(ordinal=("ordinal", 30)),
     "Тридцатое ежегодное совещание специальных докладчиков, независимых экспертов и "
     "председателей рабочих групп"),
    ("The present report provides an overview", dict(year="2024", meeting=("ordinal", 31)),
     "В настоящем докладе содержится общий обзор системы специальных процедур с особым акцентом "
     "на деятельности мандатариев в 2024 году. В нем также содержится информация о работе "
     "Координационного комитета специальных процедур. Кроме того, в докладе излагаются основные "
     "моменты и выводы тридцать первого ежегодного совещания специальных докладчиков, независимых "
     "экспертов и председателей рабочих групп специальных процедур."),
    # the Committee's meetings: three, two in Geneva and one in New York
    ("The Committee held {meetings",
     dict(meetings=("count", 3), geneva=("count", 2), new_york=("count", 1)),
     "Помимо ряда виртуальных совещаний, Комитет провел три совещания продолжительностью в одну "
     "неделю: два — в Женеве и одно — в Нью-Йорке."),
    # three other members, animate accusative
    ("The meeting elected {n_words, plural",
     dict(n_words=("count", 3), members="А, Б и В"),
     "Кроме того, совещание избрало еще трех членов Комитета: А, Б и В."),
    ("The meeting elected {n_words, plural",
     dict(n_words=("count", 1), members="А"),
     "Кроме того, совещание избрало еще одного члена Комитета: А."),
    # a person's gender chooses the verb
    ("The outgoing Chair of the Committee",
     dict(outgoing=person("Сурья Дева", "masculine"),
          outgoing_title="Специальный докладчик по вопросу о праве на развитие"),
     "Покидающий свой пост Председатель Комитета, Специальный докладчик по вопросу о праве на "
     "развитие Сурья Дева, в течение следующего года останется членом Комитета ex officio."),
    ("The outgoing Chair of the Committee",
     dict(outgoing=person("Ана Бренда Гонсалес", "feminine"),
          outgoing_title="Специальный докладчик по вопросу о правах инвалидов"),
     "Покидающая свой пост Председатель Комитета, Специальный докладчик по вопросу о правах "
     "инвалидов Ана Бренда Гонсалес, в течение следующего года останется членом Комитета "
     "ex officio."),
    # the past five years (|words), genitive of the tables
    ("In %(year)s, mandate holders sent a total of", dict(year="2024", n=665, rate="46,62 процента"),
     "В 2024 году мандатарии направили в общей сложности 665 сообщений; доля ответов по существу "
     "составила 46,62 процента."),
    # «об одном» before a vowel; the fact sheet's note on non-State actors
    ("The latest report of the Secretary-General",
     dict(n=("count", 1), states=("count", 1), follow_up=("count", 2), fn=NOTE),
     "Последний доклад Генерального секретаря о сотрудничестве с Организацией Объединенных "
     "Наций, ее представителями и механизмами в области прав человека содержит информацию об "
     "одном сообщении, направленном мандатариями специальных процедур и касающемся одного "
     "государства, а также о последующих мерах, принятых с опорой на продолжающуюся работу "
     "мандатариев, в связи со случаями, касающимися двух государств и включенными в предыдущие "
     "доклады."),
    ("{n, plural, one { %(n)s non-State actor.}", dict(n=1), "Один негосударственный субъект."),
    ("{n, plural, one { %(n)s non-State actor.}", dict(n=2),
     "Два негосударственных субъекта, вместе взятые."),
    # para. 7: the States visited for the first time, in the accusative
    ("As at %(date)s, {visited, plural",
     dict(date="31 декабря 2024 года", visited=174, never=19, no_request=("count", 3),
          pending=16, fn=NOTE, year="2024", first=("states", ["VUT"]), n_first=1),
     "По состоянию на 31 декабря 2024 года мандатарии хотя бы один раз посетили 174 государства, "
     "а 19 государств еще не посетил ни один мандатарий. Из государств, которые мандатарии еще не "
     "посещали, три не получали просьб о посещении, а 16 еще не дали согласия на посещение. В 2024 "
     "году мандатарии впервые посетили Вануату."),
    ("As at %(date)s, {visited, plural",
     dict(date="31 декабря 2024 года", visited=174, never=19, no_request=("count", 3),
          pending=16, fn=NOTE, year="2024", first=("states", ["LBY", "YEM"]), n_first=2),
     "По состоянию на 31 декабря 2024 года мандатарии хотя бы один раз посетили 174 государства, "
     "а 19 государств еще не посетил ни один мандатарий. Из государств, которые мандатарии еще не "
     "посещали, три не получали просьб о посещении, а 16 еще не дали согласия на посещение. В 2024 "
     "году мандатарии впервые посетили Йемен и Ливию."),
    # para. 10: each place of the list chooses its case and preposition
    ("%(state)s (%(cases)s)", dict(state=("state", "LBY"), cases=("figure", 2)), "в Ливии (2)"),
    ("%(state)s (%(cases)s)", dict(state=("state", "PHL"), cases=("figure", 3)),
     "на Филиппинах (3)"),
    ("%(state)s (%(cases)s)", dict(state=("state", "PSE"), cases=("figure", 16)),
     "в Государстве Палестина (16)"),
    ("%(state)s (%(cases)s)", dict(state=("state", "MMR", True, "LBY"), cases=("figure", 1)),
     "Мьянме (1)"),
    ("%(state)s (%(cases)s)", dict(state=("state", "CUB", True, "LBY"), cases=("figure", 4)),
     "на Кубе (4)"),
    ("the north-east of %(state)s", dict(state=("state", "SYR")),
     "на северо-востоке Сирийской Арабской Республики"),
    ("%(place)s (%(cases)s)",
     dict(place=say("ru", "the north-east of %(state)s", state=("state", "SYR")),
          cases=("figure", 8)),
     "на северо-востоке Сирийской Арабской Республики (8)"),
    ("In %(year)s, the %(wg)s transmitted {new",
     dict(year="2024", wg=H.mandate("wgeid"), new=1198, urgent=809, non_state=74, clarified=212,
          places=H.join([say("ru", "%(state)s (%(cases)s)", state=("state", "LBY"),
                             cases=("figure", 2)),
                         say("ru", "%(place)s (%(cases)s)", cases=("figure", 8),
                             place=say("ru", "the north-east of %(state)s",
                                       state=("state", "SYR"))),
                         say("ru", "%(state)s (%(cases)s)", state=("state", "YEM"),
                             cases=("figure", 47)),
                         say("ru", "%(state)s (%(cases)s)", state=("state", "PSE", True, "YEM"),
                             cases=("figure", 16))])),
     "В 2024 году Рабочая группа по насильственным или недобровольным исчезновениям препроводила "
     "государствам информацию о 1198 новых случаях предполагаемых насильственных исчезновений, в "
     "том числе о 809 случаях в рамках своей процедуры незамедлительных действий. В рамках своих "
     "процедур незамедлительных действий и стандартных процедур Рабочая группа препроводила "
     "информацию о 74 новых случаях деяний, равнозначных насильственному исчезновению и "
     "предположительно совершенных негосударственными субъектами в Ливии (2), на северо-востоке "
     "Сирийской Арабской Республики (8), в Йемене (47) и Государстве Палестина (16). Рабочая "
     "группа выяснила 212 случаев."),
]

# The Russian forms of State names (data/un_country_names_ru.csv): (codes, form, expected);
# one code is state(), a list is states(), which sorts in Russian alphabetical order.
FORMS = [
    ("YEM", "genitive", "Йемена"),
    ("YEM", "prepositional", "Йемене"),
    ("LBY", "genitive", "Ливии"),
    ("LBY", "accusative", "Ливию"),
    ("PHL", "genitive", "Филиппин"),
    ("PHL", "prepositional", "Филиппинах"),
    ("MUS", "prepositional", "Маврикии"),
    ("EGY", "genitive", "Египта"),
    ("BLR", "instrumental", "Беларусью"),
    ("SYR", "genitive", "Сирийской Арабской Республики"),
    ("SYR", "accusative", "Сирийскую Арабскую Республику"),
    ("USA", "prepositional", "Соединенных Штатах Америки"),
    ("PSE", "prepositional", "Государстве Палестина"),
    ("VEN", "prepositional", "Боливарианской Республике Венесуэла"),
    ("GBR", "genitive", "Соединенного Королевства Великобритании и Северной Ирландии"),
    ("MHL", "dative", "Маршалловым Островам"),
    ("BIH", "instrumental", "Боснией и Герцеговиной"),
    ("PNG", "genitive", "Папуа — Новой Гвинеи"),
    # indeclinable names keep the nominative
    ("VUT", "genitive", "Вануату"),
    ("TGO", "prepositional", "Того"),
    ("PER", "dative", "Перу"),
    ("CHL", "instrumental", "Чили"),
    ("SOM", "genitive", "Сомали"),
    # the place with its preposition
    ("YEM", "в", "в Йемене"),
    ("PHL", "в", "на Филиппинах"),
    ("UKR", "в", "в Украине"),
    ("MDV", "в", "на Мальдивских Островах"),
    ("VUT", "в", "в Вануату"),
    # lists: each name in the case, joined as the list is; the preposition said where it changes
    (["YEM", "LBY"], "genitive", "Йемена и Ливии"),
    (["CHL", "SYR", "PER"], "prepositional", "Перу, Сирийской Арабской Республике и Чили"),
    (["YEM", "LBY", "MMR", "PHL"], "в", "в Йемене, Ливии, Мьянме и на Филиппинах"),
    (["PHL", "MMR", "LBY", "CUB", "YEM"], "в",
     "в Йемене, на Кубе, в Ливии, Мьянме и на Филиппинах"),
    (["CUB", "JAM"], "в", "на Кубе и Ямайке"),
    (["CUB", "LBY", "JAM"], "в", "на Кубе, в Ливии и на Ямайке"),
    (["YEM"], "в", "в Йемене"),
]


@pytest.mark.parametrize("start, values, expected", CASES,
                         ids=[f"{i}-{c[0][:30]}" for i, c in enumerate(CASES)])
def test_sentence(start, values, expected):
    assert say("ru", start, **values) == expected


@pytest.mark.parametrize("codes, form, expected", FORMS,
                         ids=[f"{c}-{f}" for c, f, _ in FORMS])
def test_state_forms(codes, form, expected):
    value = H.state(codes) if isinstance(codes, str) else H.states(codes)
    assert value.form("form", form.split()) == expected


def test_state_forms_only_in_russian():
    assert "genitive" not in helpers("fr").state("YEM").forms
    assert "в" not in helpers("en").states(["YEM", "LBY"]).forms


# Paras. 2, 3, 7 and 49 choose their words by last year's figures (data/2024/previous.yaml);
# the branches 2024 does not take, written out by hand.

CHANGES = [
    # Para. 2: «с 60 до 61 мандата» (genitive singular after 61), the new mandate's title as
    # the subject of its clause, in the nominative
    ("In %(year)s, the number of special",
     dict(year="2025", before=60, total=61, trend=Choice("up"), n_new=1,
          new=H.join([H.mandate("development")]), thematic=47, country=14),
     "В 2025 году число мандатов специальных процедур Совета по правам человека увеличилось "
     "с 60 до 61 мандата, из них 47 тематических и 14 страновых. Был учрежден новый мандат, "
     "который осуществляет Специальный докладчик по вопросу о праве на развитие."),
    # Para. 2: «до 60 мандатов» (genitive plural), one country mandate
    ("In %(year)s, the number of special",
     dict(year="2025", before=61, total=60, trend=Choice("down"), n_new=0, new="",
          thematic=59, country=1),
     "В 2025 году число мандатов специальных процедур Совета по правам человека сократилось "
     "с 61 до 60 мандатов, из них 59 тематических и один страновой."),
    # Para. 3: men now outnumber women
    ("There {posts, plural",
     dict(posts=88, incumbents=87, fn="", women="45 %", men="55 %", balance=Choice("men-now")),
     "В настоящее время в системе специальных процедур насчитывается 88 должностей "
     "мандатариев, которые занимают 87 действующих мандатариев. С точки зрения гендерного "
     "баланса мужчины стали преобладать над женщинами: женщины составляют 45 % действующих "
     "мандатариев, мужчины — 55 %."),
    # Para. 7: no State visited for the first time
    ("As at %(date)s, {visited, plural",
     dict(date="31 декабря 2025 года", visited=174, never=19, no_request=("count", 3),
          pending=16, fn=NOTE, year="2025", first=("states", []), n_first=0),
     "По состоянию на 31 декабря 2025 года мандатарии хотя бы один раз посетили 174 государства, "
     "а 19 государств еще не посетил ни один мандатарий. Из государств, которые мандатарии еще не "
     "посещали, три не получали просьб о посещении, а 16 еще не дали согласия на посещение. В 2025 "
     "году ни одно государство не принимало мандатариев впервые."),
]


@pytest.mark.parametrize("start, values, expected", CHANGES)
def test_sentence_chosen_by_last_year(start, values, expected):
    assert say("ru", start, **values) == expected


def test_cooperation_no_state_reopened_and_never_visited_rose():
    text = say("ru", "The available data show that", date="31 декабря 2025 года", members=128,
               total=193, percentage="66 %", observers=("count", 2), fn="", never=21,
               never_change=Choice("up"), visits_change=Choice("up"), year="2025",
               years=("count", 5), n_reopened=("count", 0), reopened=H.states([]), n_frequent=4,
               threshold=("count", 3), frequent=H.states(["LBY"]))
    assert ("Число государств, которые ни разу не посещались мандатариями, увеличилось до 21. "
            "В 2025 году ни одно государство, которое в течение последних пяти лет не посещалось "
            "мандатариями, не открыло свои двери для мандатариев. Географическое") in text


# --- Data that was typed in prose (registers amicus and engagement; composed titles)
import sentences  # noqa: E402


def test_one_court():
    """One court: «в Окружной суд Гааги» (accusative, as the nominative of «суд»), not «в
    следующие суды: …»."""
    (para,) = sentences.paragraph(sentences.composed("ru", sentences.one_court), "amici curiae")
    assert para.startswith(
        "27. В 2024 году мандатарии специальных процедур индивидуально или совместно "
        "представили материалы в качестве amici curiae в Окружной суд Гааги. Эти материалы")


def test_four_arria_formula_meetings():
    """The meeting in the prepositional case after «в»; the verb agrees with the holder."""
    lines = sentences.paragraph(sentences.composed("ru", sentences.arria_meetings),
                                "по формуле Аррии приняли", 4)
    assert lines == [
        "37. В 2024 году в заседаниях Совета Безопасности по формуле Аррии приняли участие три "
        "мандатария:",
        "a) 25 марта 2024 года Специальный докладчик по вопросу о негативном воздействии "
        "односторонних принудительных мер на осуществление прав человека приняла участие в "
        "заседании Совета Безопасности по формуле Аррии, посвященном воздействию односторонних "
        "принудительных мер на глобальные контртеррористические усилия;",
        "b) 20 июня 2024 года Специальный докладчик по вопросу о пытках и других жестоких, "
        "бесчеловечных или унижающих достоинство видах обращения и наказания приняла участие в "
        "заседании Совета Безопасности по формуле Аррии, посвященном гуманитарным последствиям "
        "односторонних принудительных мер;",
        "c) 25 ноября 2024 года Специальный докладчик по вопросу о негативном воздействии "
        "односторонних принудительных мер на осуществление прав человека приняла участие в "
        "заседании Совета Безопасности по формуле Аррии, посвященном гуманитарным последствиям "
        "односторонних принудительных мер;",
        "d) 6 декабря 2024 года Специальный докладчик по вопросу о правах инвалидов приняла "
        "участие в заседании Совета Безопасности по формуле Аррии, посвященном положению "
        "инвалидов в ситуациях вооруженного конфликта и связанных с ними гуманитарных кризисов.",
    ]


def test_titles_composed_from_their_series():
    lines = sentences.composed("ru", sentences.next_series, "addendum")
    assert ("13 декабря 2024 года | Совместная декларация тридцать первого ежегодного совещания "
            "специальных процедур, подтверждающая важность прав человека для мирного, "
            "инклюзивного и устойчивого будущего | 59") in lines
    assert ("25 ноября 2024 года | Четырнадцатый ежегодный Форум по вопросам "
            "предпринимательской деятельности и прав человека (Женева, 25 и 26 ноября 2024 "
            "года) | 1") in lines
    assert ("28 ноября 2024 года | Восемнадцатая сессия Форума по вопросам меньшинств (Женева, "
            "28–30 ноября 2024 года) | 1") in lines
