"""Mandate titles from parts (lang/titles.py, Helpers.mandate), gendered by the holder of the
day; holders' terms in the figures and the checks; persons of the year's YAML with a gender.
Expectations are written out by hand from the UN titles in each language."""
from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from spreport.check import _holder_terms
from spreport.compose.helpers import Helpers
from spreport.data.figures import Figures
from spreport.data.year import load_year
from spreport.errors import SpreportError
from spreport.lang import conventions

ROOT = Path(__file__).resolve().parents[1]
MARCH = datetime.date(2024, 3, 1)
DECEMBER = datetime.date(2024, 12, 31)


@pytest.fixture(scope="module")
def data():
    return load_year(ROOT / "data" / "2024", ROOT)


def helpers(data, lang: str) -> Helpers:
    return Helpers(data, conventions(lang))


@pytest.mark.parametrize("lang, mandate, day, text, bare, gender", [
    # D. Boyd and J. Rehman until 31 July 2024; A. Puentes Riaño and M. Sato from 1 August
    ("fr", "environment", MARCH,
     "le Rapporteur spécial sur le droit humain à un environnement propre, sain et durable",
     "Rapporteur spécial sur le droit humain à un environnement propre, sain et durable",
     "masculine"),
    ("fr", "environment", DECEMBER,
     "la Rapporteuse spéciale sur le droit humain à un environnement propre, sain et durable",
     "Rapporteuse spéciale sur le droit humain à un environnement propre, sain et durable",
     "feminine"),
    ("fr", "iran", MARCH,
     "le Rapporteur spécial sur la situation des droits de l’homme en République islamique d’Iran",
     "Rapporteur spécial sur la situation des droits de l’homme en République islamique d’Iran",
     "masculine"),
    ("fr", "iran", DECEMBER,
     "la Rapporteuse spéciale sur la situation des droits de l’homme en République islamique "
     "d’Iran",
     "Rapporteuse spéciale sur la situation des droits de l’homme en République islamique d’Iran",
     "feminine"),
    ("es", "environment", MARCH,
     "el Relator Especial sobre el derecho humano a un medio ambiente limpio, saludable y "
     "sostenible",
     "Relator Especial sobre el derecho humano a un medio ambiente limpio, saludable y sostenible",
     "masculine"),
    ("es", "environment", DECEMBER,
     "la Relatora Especial sobre el derecho humano a un medio ambiente limpio, saludable y "
     "sostenible",
     "Relatora Especial sobre el derecho humano a un medio ambiente limpio, saludable y sostenible",
     "feminine"),
    ("es", "iran", MARCH,
     "el Relator Especial sobre la situación de los derechos humanos en la República Islámica "
     "del Irán",
     "Relator Especial sobre la situación de los derechos humanos en la República Islámica del Irán",
     "masculine"),
    ("es", "iran", DECEMBER,
     "la Relatora Especial sobre la situación de los derechos humanos en la República Islámica "
     "del Irán",
     "Relatora Especial sobre la situación de los derechos humanos en la República Islámica del Irán",
     "feminine"),
    ("ar", "environment", MARCH, "المقرر الخاص المعني بحق الإنسان في بيئة نظيفة وصحية ومستدامة",
     "المقرر الخاص المعني بحق الإنسان في بيئة نظيفة وصحية ومستدامة", "masculine"),
    ("ar", "environment", DECEMBER,
     "المقررة الخاصة المعنية بحق الإنسان في بيئة نظيفة وصحية ومستدامة",
     "المقررة الخاصة المعنية بحق الإنسان في بيئة نظيفة وصحية ومستدامة", "feminine"),
    ("ar", "iran", MARCH, "المقرر الخاص المعني بحالة حقوق الإنسان في جمهورية إيران الإسلامية",
     "المقرر الخاص المعني بحالة حقوق الإنسان في جمهورية إيران الإسلامية", "masculine"),
    ("ar", "iran", DECEMBER, "المقررة الخاصة المعنية بحالة حقوق الإنسان في جمهورية إيران الإسلامية",
     "المقررة الخاصة المعنية بحالة حقوق الإنسان في جمهورية إيران الإسلامية", "feminine"),
])
def test_titles_take_the_gender_of_the_holder_of_the_day(data, lang, mandate, day, text, bare,
                                                          gender):
    title = helpers(data, lang).mandate(mandate, on=day)
    assert str(title) == text
    assert title.forms["bare"] == bare
    assert str(helpers(data, lang).mandate(mandate, False, on=day)) == bare
    assert title.gender == gender


def test_the_default_date_is_the_as_at_date(data):
    assert str(helpers(data, "fr").mandate("assembly", False)) == \
        "Rapporteuse spéciale sur le droit de réunion pacifique et la liberté d’association"
    assert str(helpers(data, "fr").mandate("assembly", False, on=datetime.date(2024, 4, 30))) == \
        "Rapporteur spécial sur le droit de réunion pacifique et la liberté d’association"


def test_arabic_title_without_the_agreeing_participle(data):
    # «في مجال» follows the head directly: nothing to agree
    assert str(helpers(data, "ar").mandate("cultural-rights")) == \
        "المقررة الخاصة في مجال الحقوق الثقافية"


def test_chinese_and_english_titles(data):
    housing = helpers(data, "zh").mandate("housing")
    assert str(housing) == "适当生活水准权所含适当住房及在此方面不受歧视权问题特别报告员"
    assert housing.forms["head"] == "特别报告员"
    assert housing.forms["rest"] == "适当生活水准权所含适当住房及在此方面不受歧视权问题"
    english = helpers(data, "en").mandate("african-descent")
    assert str(english) == "Working Group of Experts on People of African Descent"
    assert english.gender == "neuter"


def test_russian_cases_of_a_special_rapporteur_and_a_working_group(data):
    food = helpers(data, "ru").mandate("food")
    assert str(food) == "Специальный докладчик по вопросу о праве на питание"
    assert food.forms["genitive"] == "Специального докладчика по вопросу о праве на питание"
    assert food.forms["dative"] == "Специальному докладчику по вопросу о праве на питание"
    assert food.forms["instrumental"] == "Специальным докладчиком по вопросу о праве на питание"
    assert food.forms["prepositional"] == "Специальном докладчике по вопросу о праве на питание"
    assert food.gender == "masculine"                     # M. Fakhri
    # the head does not change for a woman; the gender a verb agrees with does
    education = helpers(data, "ru").mandate("education")
    assert education.forms["head"] == "Специальный докладчик"
    assert education.gender == "feminine"
    wgad = helpers(data, "ru").mandate("wgad")
    assert wgad.forms["genitive"] == "Рабочей группы по произвольным задержаниям"
    assert wgad.forms["dative"] == "Рабочей группе по произвольным задержаниям"
    assert wgad.forms["accusative"] == "Рабочую группу по произвольным задержаниям"
    assert wgad.gender == "feminine"                      # группа, whoever its members
    business = helpers(data, "ru").mandate("business")
    assert business.forms["genitive"] == ("Рабочей группы по вопросу о правах человека и "
                                          "транснациональных корпорациях и других предприятиях")


def test_french_and_spanish_forms_after_a_preposition(data):
    fr = helpers(data, "fr")
    assert fr.mandate("environment", on=MARCH).forms["de"] == \
        "du Rapporteur spécial sur le droit humain à un environnement propre, sain et durable"
    assert fr.mandate("environment", on=DECEMBER).forms["de"] == \
        "de la Rapporteuse spéciale sur le droit humain à un environnement propre, sain et durable"
    assert fr.mandate("food").forms["à"] == "au Rapporteur spécial sur le droit à l’alimentation"
    assert fr.mandate("education").forms["à"] == \
        "à la Rapporteuse spéciale sur le droit à l’éducation"
    assert fr.mandate("mali").forms["de"] == \
        "de l’Expert indépendant sur la situation des droits de l’homme au Mali"
    assert fr.mandate("somalia").forms["de"] == \
        "de l’Experte indépendante sur la situation des droits de l’homme en Somalie"
    assert fr.mandate("wgad").forms["de"] == "du Groupe de travail sur la détention arbitraire"
    assert fr.mandate("wgad").gender == "masculine"
    es = helpers(data, "es")
    assert es.mandate("iran", on=MARCH).forms["de"].startswith("del Relator Especial sobre")
    assert es.mandate("iran", on=DECEMBER).forms["a"].startswith("a la Relatora Especial sobre")
    assert es.mandate("wgad").forms["a"] == "al Grupo de Trabajo sobre la Detención Arbitraria"


def test_a_title_for_a_named_holder(data):
    fr = helpers(data, "fr")
    assert str(fr.mandate("assembly", holder="Clément Nyaletsossi Voule")) == \
        "le Rapporteur spécial sur le droit de réunion pacifique et la liberté d’association"
    with pytest.raises(SpreportError, match="holder of assembly"):
        fr.mandate("assembly", holder="Nobody")


def test_figures_count_only_the_holders_serving_on_the_as_at_date(data, project):
    figures = Figures(data)
    assert len(data.registers["holders"]) == 91          # with 4 former holders
    assert figures.incumbents == 87
    assert figures.holders_by_gender == {"F": 56, "M": 31}
    assert figures.support_replied == 70
    # on 30 June 2024 D. Boyd and J. Rehman served (G. Romero since 1 May): two more men
    document = project / "data/2024/document.yaml"
    text = document.read_text(encoding="utf-8")
    assert "as_of: 2024-12-31" in text
    document.write_text(text.replace("as_of: 2024-12-31", "as_of: 2024-06-30"), encoding="utf-8")
    june = Figures(load_year(project / "data/2024", project))
    assert june.incumbents == 87
    assert june.holders_by_gender == {"F": 54, "M": 33}


def test_person_gender_comes_from_the_data(project):
    def chair(lang="fr"):
        data = load_year(project / "data/2024", project)
        h = Helpers(data, conventions(lang))
        entry = data.values["meeting"]["election"]["chair"]
        return h.person(entry), h.mandate(entry["mandate"], holder=entry)
    person, title = chair()
    assert (str(person), person.gender) == ("Surya Deva", "masculine")
    assert str(title) == "le Rapporteur spécial sur le droit au développement"
    meeting = project / "data/2024/meeting.yaml"
    text = meeting.read_text(encoding="utf-8")
    marker = "    gender: M\n    mandate: development"
    assert marker in text
    meeting.write_text(text.replace(marker, "    gender: F\n    mandate: development"),
                       encoding="utf-8")
    person, title = chair()
    assert person.gender == "feminine"
    assert str(title) == "la Rapporteuse spéciale sur le droit au développement"
    assert str(chair("ru")[0]) == "Сурья Дева"
    # and the check finds that the register says otherwise
    problems = [str(p) for p in _holder_terms(load_year(project / "data/2024", project))]
    assert any("Surya Deva is M in holders.csv" in p for p in problems)


def test_a_person_without_a_valid_gender_is_refused(project):
    meeting = project / "data/2024/meeting.yaml"
    text = meeting.read_text(encoding="utf-8")
    meeting.write_text(text.replace("    gender: M\n    mandate: development",
                                    "    gender: male\n    mandate: development"),
                       encoding="utf-8")
    with pytest.raises(SpreportError, match="expected F or M"):
        load_year(project / "data/2024", project)


def _holders(project, edit):
    path = project / "data/2024/registers/holders.csv"
    path.write_text(edit(path.read_text(encoding="utf-8")), encoding="utf-8")
    return [str(p) for p in _holder_terms(load_year(project / "data/2024", project))]


def test_the_data_has_no_problem_with_terms(data):
    assert list(_holder_terms(data)) == []


def test_terms_are_checked(project):
    problems = _holders(project, lambda t: t.replace(
        "environment,1,David R. Boyd,M,CAN,,2018-08-01,2024-07-31",
        "environment,1,David R. Boyd,M,CAN,,2018-08-01,2024-08-31").replace(
        "iran,1,Javaid Rehman,M,PAK,,2018-08-01,2024-07-31",
        "iran,1,Javaid Rehman,M,PAK,,2024-08-01,2018-07-31").replace(
        "housing,1,Balakrishnan Rajagopal,M,IND,yes,,",
        "housing,1,Balakrishnan Rajagopal,M,IND,yes,,2024-11-30"))
    assert any("seat 1 of environment is held by two holders on the same day" in p
               for p in problems)
    assert any("Javaid Rehman (iran) ends before it starts" in p for p in problems)
    assert any("mandate housing has no holder on 2024-12-31" in p for p in problems)
    assert not any("syria" in p for p in problems)          # vacant by the register


def test_a_chair_of_the_other_gender_changes_the_french_report(project, capsys):
    """The Chair until the annual meeting (the outgoing Chair of meeting.yaml) made a man in
    both the year's YAML and the holders register: every sentence about her follows."""
    from spreport.cli import main
    from conftest import docx_body
    meeting = project / "data/2024/meeting.yaml"
    text = meeting.read_text(encoding="utf-8")
    marker = "    gender: F\n    mandate: somalia"
    assert marker in text
    meeting.write_text(text.replace(marker, "    gender: M\n    mandate: somalia"), encoding="utf-8")
    holders = project / "data/2024/registers/holders.csv"
    rows = holders.read_text(encoding="utf-8")
    assert "somalia,1,Isha Dyfan,F," in rows
    holders.write_text(rows.replace("somalia,1,Isha Dyfan,F,", "somalia,1,Isha Dyfan,M,"),
                       encoding="utf-8")
    out = project / "out"
    assert main(["build", "--data", str(project / "data/2024"), "--lang", "fr", "--documents",
                 "report", "--format", "docx", "--out", str(out)]) == 0, capsys.readouterr().err
    body = " ".join("".join(p.itertext()) for p in docx_body(out / "2024/fr/A_HRC_58_70.docx"))
    assert "Le Président du Comité de coordination a présenté un aperçu" in body
    assert "Isha Dyfan, Expert indépendant sur la situation des droits de l’homme en Somalie" in body
    assert "Présidente du Comité" not in body
