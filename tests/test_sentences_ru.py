"""Russian sentences as the UN Russian translation service prints them: counts agreeing with
their nouns for one/few/many (1, 2, 3, 5, 11, 21, 22, 101), small counts in words in the
case the sentence governs, ordinals in words, verbs agreeing with a person's gender.
Expected texts are written by hand, not copied from the program."""
import pytest

from sentences import NOTE, person, say

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
]


@pytest.mark.parametrize("start, values, expected", CASES,
                         ids=[f"{i}-{c[0][:30]}" for i, c in enumerate(CASES)])
def test_sentence(start, values, expected):
    assert say("ru", start, **values) == expected
