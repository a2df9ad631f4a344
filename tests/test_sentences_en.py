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
