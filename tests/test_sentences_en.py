"""English and Chinese sentences with other counts than 2024's, written by hand."""
import pytest

from sentences import NOTE, say

VISITS = "Mandate holders carried out"
OTHER_LETTER = "In %(year)s, the %(wg)s adopted"
POSTS = "As at %(date)s, the special procedures had"
SENT = "In %(year)s, mandate holders sent a total of"


def _visits(lang, visits, states, members, observers):
    return say(lang, VISITS, visits=visits, states=states, date="31 December 2024",
               members=members, observers=("count", observers), fn=NOTE)


@pytest.mark.parametrize("visits, states, members, observers, expected", [
    (1, 1, 1, 1, "Mandate holders carried out 1 country visit to 1 State. As at 31 December 2024, "
     "1 Member State and one non-member observer State had extended a standing invitation to "
     "the special procedures."),
    (2, 2, 2, 2, "Mandate holders carried out 2 country visits to 2 States. As at 31 December "
     "2024, 2 Member States and two non-member observer States had extended a standing "
     "invitation to the special procedures."),
    (21, 11, 101, 0, "Mandate holders carried out 21 country visits to 11 States. As at 31 "
     "December 2024, 101 Member States and zero non-member observer States had extended a "
     "standing invitation to the special procedures."),
])
def test_english_counts_agree(visits, states, members, observers, expected):
    assert _visits("en", visits, states, members, observers) == expected


@pytest.mark.parametrize("other, released, expected_tail", [
    (1, 1, "and one other letter. In addition, in 2024 the Working Group received information "
     "that at least 1 person who was the subject of its previously adopted opinions had been "
     "released."),
    (3, 22, "and three other letters. In addition, in 2024 the Working Group received "
     "information that at least 22 persons who were the subject of its previously adopted "
     "opinions had been released."),
])
def test_english_other_letters_and_persons(other, released, expected_tail):
    text = say("en", OTHER_LETTER, year="2024", wg="Working Group on Arbitrary Detention",
               opinions=5, urgent=2, allegations=1, other=("count", other), released=released)
    assert text == ("In 2024, the Working Group on Arbitrary Detention adopted 5 opinions under "
                    "its regular communications procedure. The Working Group sent or joined 2 "
                    "urgent appeals, 1 allegation letter " + expected_tail)


@pytest.mark.parametrize("posts, filled, expected", [
    (1, 1, "As at 31 December 2024, the special procedures had 1 mandate holder position, of "
     "which 1 was filled."),
    (88, 87, "As at 31 December 2024, the special procedures had 88 mandate holder positions, of "
     "which 87 were filled."),
])
def test_english_positions(posts, filled, expected):
    assert say("en", POSTS, posts=posts, n=filled, date="31 December 2024") == expected


@pytest.mark.parametrize("n, expected", [
    (1, "2024年，任务负责人共发出1封函件，实质答复率为1%。"),
    (101, "2024年，任务负责人共发出101封函件，实质答复率为1%。"),
])
def test_chinese_has_one_form(n, expected):
    assert say("zh", SENT, year="2024", n=n, rate="1%") == expected


# --- Data that was typed in prose: the courts of para. 27, the Arria-formula meetings of
# para. 37 (registers), the titles composed from their series' number and dates (addendum).
import sentences  # noqa: E402


def test_one_court():
    (para,) = sentences.paragraph(sentences.composed("en", sentences.one_court), "amici curiae")
    assert para.startswith(
        "27. In 2024, special procedures mandate holders, individually or jointly, made "
        "submissions as amici curiae to the District Court of The Hague. The submissions "
        "sought to clarify")


def test_the_2024_courts_national_then_regional_then_international():
    (para,) = sentences.paragraph(sentences.composed("en", lambda data: None), "amici curiae")
    assert ("amici curiae to the Supreme Court of India, the Supreme Court of the United States "
            "of America, the Jerusalem District Court, the District Court of The Hague, the "
            "African Court on Human and Peoples’ Rights, the European Court of Human Rights and "
            "the International Criminal Court. The submissions") in para


def test_four_arria_formula_meetings():
    lines = sentences.paragraph(sentences.composed("en", sentences.arria_meetings),
                                "Arria-formula meetings", 4)
    assert lines == [
        "37. In 2024, three mandate holders participated in Arria-formula meetings of the "
        "Security Council:",
        "(a) On 25 March 2024, the Special Rapporteur on the negative impact of unilateral "
        "coercive measures on the enjoyment of human rights participated in the Arria-formula "
        "meeting of the Security Council on the impact of unilateral coercive measures on global "
        "counter-terrorism efforts;",
        "(b) On 20 June 2024, the Special Rapporteur on torture and other cruel, inhuman or "
        "degrading treatment or punishment participated in the Arria-formula meeting of the "
        "Security Council on the humanitarian impact of unilateral coercive measures;",
        "(c) On 25 November 2024, the Special Rapporteur on the negative impact of unilateral "
        "coercive measures on the enjoyment of human rights participated in the Arria-formula "
        "meeting of the Security Council on the humanitarian impact of unilateral coercive "
        "measures;",
        "(d) On 6 December 2024, the Special Rapporteur on the rights of persons with "
        "disabilities participated in the Arria-formula meeting of the Security Council on the "
        "situation of persons with disabilities in situations of armed conflict and related "
        "humanitarian crises.",
    ]


def test_one_arria_formula_meeting():
    def one(data):
        rows = data.registers["engagement"]
        rows[:] = [r for r in rows if r["kind"] != "arria" or r["date"].month == 12]
    lines = sentences.paragraph(sentences.composed("en", one), "Arria-formula meetings", 1)
    assert lines[0] == ("37. In 2024, one mandate holder participated in Arria-formula meetings "
                        "of the Security Council:")
    assert lines[1].startswith("(a) On 6 December 2024, the Special Rapporteur on the rights of "
                               "persons with disabilities participated in")
    assert lines[1].endswith("humanitarian crises.")


def test_no_arria_formula_meeting_no_paragraph():
    def none(data):
        rows = data.registers["engagement"]
        rows[:] = [r for r in rows if r["kind"] != "arria"]
    assert not [line for line in sentences.composed("en", none) if "Arria" in line]


def test_titles_composed_from_their_series():
    lines = sentences.composed("en", sentences.next_series, "addendum")
    assert ("13 December 2024 | Joint declaration of the thirty-first annual meeting of special "
            "procedures reaffirming the importance of human rights for a peaceful, inclusive and "
            "sustainable future | 59") in lines
    assert ("25 November 2024 | Fourteenth annual Forum on Business and Human Rights (Geneva, 25 "
            "and 26 November 2024) | 1") in lines
    assert ("28 November 2024 | Eighteenth session of the Forum on Minority Issues (Geneva, "
            "28–30 November 2024) | 1") in lines
