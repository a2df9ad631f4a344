"""Arabic sentences with other counts than 2024's, written by hand as the UN Arabic translation
service would print them: one → «دولة واحدة», two → the dual in the sentence's case, 3–10 →
the number in words with the opposite gender and the genitive plural, 11–99 → figures and the
accusative singular, 100 and up → figures and the genitive singular; session ordinals
feminine («الدورة الثامنة عشرة», «في دورته الثامنة والخمسين»); titles by the person's gender."""
import datetime

import pytest

from spreport.compose.values import Choice
from sentences import NOTE, _messages, helpers, msgid, person, say
from spreport.lang import conventions

DATE = "31 كانون الأول/ديسمبر 2024"
VISITS = "Mandate holders carried out"
REPORTS = "In %(year)s, mandate holders presented"
WGAD = "In %(year)s, the %(wg)s adopted"
PENDING = "As at %(date)s, {n, plural, one { %(n)s request for a country visit was}"
SG = "The latest report of the Secretary-General"
REPRISALS = "In %(year)s, special procedures mandate holders sent"
MEETINGS = "The Committee held"
MEMBERS = "The meeting elected {n_words"
ELECTED = "The meeting elected %(chair)s"
OUTGOING = "The outgoing Chair of the Committee"
PILLARS = "The %(mandate)s proposed a climate justice framework"
COMMUNICATIONS = "In %(year)s, {reports"
MINORITIES = "Under the guidance of the %(mandate)s, the Forum on Minority Issues"
COOPERATION = "Taking into account all aspects"
WG = "الفريق العامل المعني بالاحتجاز التعسفي"


@pytest.mark.parametrize("visits, states, members, observers, expected", [
    (1, 1, 1, 1,
     "أجرى المكلفون بولايات زيارة قطرية واحدة إلى دولة واحدة. وحتى 31 كانون الأول/ديسمبر "
     "2024، كانت دولة عضو واحدة ودولة واحدة غير عضو لها صفة المراقب قد وجهت دعوة دائمة إلى "
     "الإجراءات الخاصة."),
    (2, 2, 2, 2,
     "أجرى المكلفون بولايات زيارتين قطريتين إلى دولتين. وحتى 31 كانون الأول/ديسمبر 2024، كانت "
     "دولتان عضوان ودولتان غير عضوين لهما صفة المراقب قد وجهت دعوة دائمة إلى الإجراءات الخاصة."),
    (3, 5, 10, 3,
     "أجرى المكلفون بولايات ثلاث زيارات قطرية إلى خمس دول. وحتى 31 كانون الأول/ديسمبر 2024، "
     "كانت عشر دول أعضاء وثلاث دول غير أعضاء لها صفة المراقب قد وجهت دعوة دائمة إلى الإجراءات "
     "الخاصة."),
    (11, 21, 101, 22,
     "أجرى المكلفون بولايات 11 زيارة قطرية إلى 21 دولة. وحتى 31 كانون الأول/ديسمبر 2024، كانت "
     "101 دولة عضو و22 دولة غير عضو لها صفة المراقب قد وجهت دعوة دائمة إلى الإجراءات الخاصة."),
])
def test_visits_and_standing_invitations(visits, states, members, observers, expected):
    assert say("ar", VISITS, visits=visits, states=states, date=DATE, members=members,
               observers=("count", observers), fn=NOTE) == expected


@pytest.mark.parametrize("total, council, visits, assembly, expected", [
    (5, 3, 2, 2,
     "في عام 2024، قدم المكلفون بولايات خمسة تقارير، قُدِّم ثلاثة منها إلى مجلس حقوق الإنسان، "
     "بما في ذلك تقريران عن الزيارات القطرية، واثنان إلى الجمعية العامة."),
    (101, 22, 10, 79,
     "في عام 2024، قدم المكلفون بولايات 101 تقرير، قُدِّم 22 منها إلى مجلس حقوق الإنسان، بما في "
     "ذلك عشرة تقارير عن الزيارات القطرية، و79 إلى الجمعية العامة."),
])
def test_reports_presented(total, council, visits, assembly, expected):
    assert say("ar", REPORTS, year="2024", total=total, council=council, visits=visits,
               assembly=assembly, fn=NOTE) == expected


@pytest.mark.parametrize("values, expected", [
    (dict(opinions=71, urgent=30, allegations=101, other=("count", 1), released=50),
     "في عام 2024، اعتمد الفريق العامل المعني بالاحتجاز التعسفي 71 رأياً في إطار إجرائه العادي "
     "للرسائل. ووجّه الفريق العامل، أو شارك في توجيه، 30 نداءً عاجلاً و101 رسالة ادعاء ورسالة "
     "واحدة من “الرسائل الأخرى”. وعلاوة على ذلك، تلقى الفريق العامل في عام 2024 معلومات تفيد "
     "بالإفراج عن 50 شخصاً على الأقل كانوا موضوع آراء سبق أن اعتمدها."),
    (dict(opinions=2, urgent=3, allegations=10, other=("count", 2), released=1),
     "في عام 2024، اعتمد الفريق العامل المعني بالاحتجاز التعسفي رأيين في إطار إجرائه العادي "
     "للرسائل. ووجّه الفريق العامل، أو شارك في توجيه، ثلاثة نداءات عاجلة وعشر رسائل ادعاء "
     "ورسالتين من “الرسائل الأخرى”. وعلاوة على ذلك، تلقى الفريق العامل في عام 2024 معلومات "
     "تفيد بالإفراج عن شخص واحد على الأقل كان موضوع آراء سبق أن اعتمدها."),
])
def test_working_group_on_arbitrary_detention(values, expected):
    assert say("ar", WGAD, year="2024", wg=WG, **values) == expected


@pytest.mark.parametrize("n, states, expected", [
    (22, 2, "حتى 31 كانون الأول/ديسمبر 2024، كان هناك 22 طلباً معلقاً لزيارات قطرية لدى دولتين."),
    (5, 3, "حتى 31 كانون الأول/ديسمبر 2024، كانت هناك خمسة طلبات معلقة لزيارات قطرية لدى ثلاث "
     "دول."),
    (1, 101, "حتى 31 كانون الأول/ديسمبر 2024، كان هناك طلب واحد معلق لزيارة قطرية لدى 101 دولة."),
])
def test_pending_requests(n, states, expected):
    assert say("ar", PENDING, date=DATE, n=n, states=states) == expected


def test_reprisals_counts_in_words():
    # The review's para. 69: «سبع رسائل … سبع دول … خمس دول … تسع رسائل تتعلق بثماني دول».
    assert say("ar", SG, n=("count", 7), states=("count", 7), follow_up=("count", 5),
               fn=NOTE) == (
        "يتضمن آخر تقرير للأمين العام عن التعاون مع الأمم المتحدة وممثليها وآلياتها في ميدان "
        "حقوق الإنسان معلومات عن سبع رسائل أرسلها المكلفون بولايات في إطار الإجراءات الخاصة "
        "بشأن سبع دول، وعن متابعة حالات تخص خمس دول وردت في تقارير سابقة، استناداً إلى العمل "
        "المتواصل للمكلفين بولايات.")
    assert say("ar", REPRISALS, year="2024", n=("count", 9), states=("count", 8)) == (
        "وفي عام 2024، أرسل المكلفون بولايات في إطار الإجراءات الخاصة تسع رسائل تتعلق بثماني "
        "دول.")


@pytest.mark.parametrize("meetings, geneva, new_york, expected", [
    (3, 2, 1, "وعقدت اللجنة ثلاثة اجتماعات استغرق كل منها أسبوعاً، عُقد اثنان منها في جنيف وواحد "
     "في نيويورك، إضافة إلى عدة اجتماعات افتراضية."),
    (11, 10, 1, "وعقدت اللجنة 11 اجتماعاً استغرق كل منها أسبوعاً، عُقد عشرة منها في جنيف وواحد "
     "في نيويورك، إضافة إلى عدة اجتماعات افتراضية."),
])
def test_committee_meetings(meetings, geneva, new_york, expected):
    assert say("ar", MEETINGS, meetings=("count", meetings), geneva=("count", geneva),
               new_york=("count", new_york)) == expected


@pytest.mark.parametrize("n, expected", [
    (1, "وانتخب الاجتماع عضواً آخر: أ."),
    (2, "وانتخب الاجتماع عضوين آخرين: أ."),
    (3, "وانتخب الاجتماع ثلاثة أعضاء آخرين: أ."),
    (11, "وانتخب الاجتماع 11 عضواً آخر: أ."),
])
def test_other_members_elected(n, expected):
    assert say("ar", MEMBERS, n_words=("count", n), members="أ") == expected


@pytest.mark.parametrize("chair, rapporteur, expected", [
    (person("سوريا ديفا", "masculine"), person("يوفانا يزديميروفيتش رانيتو", "feminine"),
     "انتخب الاجتماع سوريا ديفا، المقرر الخاص المعني بالحق في التنمية، رئيساً للجنة التنسيق "
     "للفترة 2024-2025، ويوفانا يزديميروفيتش رانيتو، رئيسة الفريق العامل المعني باستخدام "
     "المرتزقة، مقررةً."),
    (person("إيشا ديفان", "feminine"), person("تومويا أوبوكاتا", "masculine"),
     "انتخب الاجتماع إيشا ديفان، المقرر الخاص المعني بالحق في التنمية، رئيسةً للجنة التنسيق "
     "للفترة 2024-2025، وتومويا أوبوكاتا، رئيس الفريق العامل المعني باستخدام المرتزقة، "
     "مقرراً."),
])
def test_election_agrees_with_each_person(chair, rapporteur, expected):
    # say() takes the message's beginning as `start`, the name of a placeholder here.
    values = dict(chair=chair, chair_title="المقرر الخاص المعني بالحق في التنمية",
                  start="2024", end="2025", rapporteur=rapporteur,
                  rapporteur_group="الفريق العامل المعني باستخدام المرتزقة")
    assert str(_messages("ar").gettext(msgid(ELECTED), **values)) == expected


@pytest.mark.parametrize("outgoing, expected", [
    (person("إيشا ديفان", "feminine"),
     "وستظل الرئيسة المنتهية ولايتها للجنة، إيشا ديفان، الخبيرة المستقلة، عضواً في اللجنة بحكم "
     "منصبها خلال العام التالي."),
    (person("سوريا ديفا", "masculine"),
     "وسيظل الرئيس المنتهية ولايته للجنة، سوريا ديفا، الخبيرة المستقلة، عضواً في اللجنة بحكم "
     "منصبه خلال العام التالي."),
])
def test_outgoing_chair_agrees(outgoing, expected):
    assert say("ar", OUTGOING, outgoing=outgoing, outgoing_title="الخبيرة المستقلة") == expected


def test_pillars_and_principles_with_the_title_gender():
    mandate = helpers("ar").mandate("development")
    assert say("ar", PILLARS, mandate=mandate, pillars=("count", 4), principles=("count", 12),
               fn=NOTE) == (
        "اقترح المقرر الخاص المعني بالحق في التنمية إطاراً للعدالة المناخية يتألف من أربع ركائز "
        "(التخفيف والتكيف والانتصاف والتحول) و12 مبدأً شاملاً من مبادئ حقوق الإنسان؛")


def test_session_ordinals_are_feminine_words():
    text = say("ar", COMMUNICATIONS, year="2024", reports=("count", 3), fn=NOTE,
               session=("ordinal", 18), since="2011", days=1, hours=2)
    assert text.startswith("في عام 2024، نُشرت ثلاثة تقارير عن الرسائل. ")
    assert "منذ الدورة الثامنة عشرة لمجلس حقوق الإنسان." in text
    assert "وتُعلَن جميع الرسائل بعد يوم واحد من إرسالها؛" in text
    assert text.endswith("فتُعلَن بعد ساعتين.")
    text = say("ar", MINORITIES, mandate="المقرر الخاص المعني بقضايا الأقليات",
               session=("ordinal", 17), dates="28 و29 تشرين الثاني/نوفمبر 2024", n=790,
               countries=96, report_session=("ordinal", 58), fn=NOTE)
    assert ("عقد المنتدى المعني بقضايا الأقليات دورته السابعة عشرة في جنيف يومي 28 و29 تشرين "
            "الثاني/نوفمبر 2024.") in text
    assert "وحضر الدورة قرابة 790 مشاركاً من 96 بلداً، " in text
    assert text.endswith("لكي ينظر فيه في دورته الثامنة والخمسين.")


def test_the_past_five_years_and_two_tables():
    text = say("ar", COOPERATION, years=("count", 5), tables=("count", 2), year="2024",
               threshold=("count", 5), fn1=NOTE, fn2=NOTE, fn3=NOTE)
    assert "ويتبين من استعراض السنوات الخمس الأخيرة أنه" in text
    assert "الجمع في جدولين يردان في إضافة هذا التقرير ويتضمنان جميع المعلومات" in text
    assert "وعدد الزيارات خلال السنوات الخمس الأخيرة، والدول" in text
    assert "والدول التي لديها أكثر من خمسة طلبات زيارة معلقة، " in text


def test_masthead_session_dates_take_a_dash():
    ar = conventions("ar")
    assert ar.date_span(datetime.date(2025, 2, 24), datetime.date(2025, 4, 4)) == \
        "24 شباط/فبراير - 4 نيسان/أبريل 2025"
    assert ar.date_span(datetime.date(2017, 9, 11), datetime.date(2017, 9, 29)) == \
        "11-29 أيلول/سبتمبر 2017"


@pytest.mark.parametrize("n, pending, expected", [
    (2, 1, "حتى 31 كانون الأول/ديسمبر 2024، لم تكن دولتان عضوان قد تلقتا بعدُ أي زيارة من أي "
     "مكلف بولاية؛ وكان لدى واحدة منها طلب زيارة معلق."),
    (19, 16, "حتى 31 كانون الأول/ديسمبر 2024، لم تكن 19 دولة عضواً قد تلقت بعدُ أي زيارة من أي "
     "مكلف بولاية؛ وكانت لدى 16 منها طلبات زيارة معلقة."),
])
def test_not_yet_visited_dual_verb(n, pending, expected):
    start = "As at %(date)s, {n, plural, one { %(n)s Member State had}"
    assert say("ar", start, date=DATE, n=n, pending=pending) == expected


@pytest.mark.parametrize("posts, incumbents, expected", [
    (1, 1, "يوجد في نظام الإجراءات الخاصة حالياً منصب واحد من مناصب المكلفين بولايات، يشغله مكلف "
     "واحد بولاية يمارس مهامه"),
    (2, 2, "يوجد في نظام الإجراءات الخاصة حالياً منصبان من مناصب المكلفين بولايات، يشغلهما اثنان "
     "من المكلفين بولايات الذين يمارسون مهامهم"),
    (88, 87, "يوجد في نظام الإجراءات الخاصة حالياً 88 منصباً للمكلفين بولايات، يشغلها 87 مكلفاً "
     "بولاية يمارسون مهامهم"),
])
def test_posts_pronoun_agrees_with_the_posts(posts, incumbents, expected):
    text = say("ar", "There {posts, plural", posts=posts, incumbents=incumbents, women="64 في المائة",
               men="36 في المائة", fn="", balance=Choice("women"))
    assert text.startswith(expected)


# Paras. 2, 3, 7 and 49 choose their words by last year's figures (data/2024/previous.yaml);
# the branches 2024 does not take, written out by hand.

H = helpers("ar")


@pytest.mark.parametrize("values, expected", [
    # Para. 2: the verb before its subject, one new mandate in construct (ولاية المقرر الخاص)
    (dict(before=60, total=61, trend=Choice("up"), n_new=1,
          new=H.join([H.mandate("development")])),
     "في عام 2025، ارتفع عدد ولايات الإجراءات الخاصة لمجلس حقوق الإنسان من 60 ولاية إلى 61 "
     "ولاية، منها 47 ولاية مواضيعية و14 ولاية قطرية، وذلك بإنشاء ولاية المقرر الخاص المعني "
     "بالحق في التنمية."),
    # two new mandates: the dual in construct, ولايتي
    (dict(before=59, total=61, trend=Choice("up"), n_new=2,
          new=H.join([H.mandate("wgad"), H.mandate("development")])),
     "في عام 2025، ارتفع عدد ولايات الإجراءات الخاصة لمجلس حقوق الإنسان من 59 ولاية إلى 61 "
     "ولاية، منها 47 ولاية مواضيعية و14 ولاية قطرية، وذلك بإنشاء ولايتي الفريق العامل المعني "
     "بالاحتجاز التعسفي والمقرر الخاص المعني بالحق في التنمية."),
    (dict(before=62, total=61, trend=Choice("down"), n_new=0, new=""),
     "في عام 2025، انخفض عدد ولايات الإجراءات الخاصة لمجلس حقوق الإنسان من 62 ولاية إلى 61 "
     "ولاية، منها 47 ولاية مواضيعية و14 ولاية قطرية."),
])
def test_mandates_chosen_by_last_year(values, expected):
    assert say("ar", "In %(year)s, the number of special", year="2025", thematic=47, country=14,
               **values) == expected


@pytest.mark.parametrize("balance, expected", [
    ("men-now", "ومن حيث التوازن بين الجنسين، أصبح عدد الرجال يفوق عدد النساء، إذ تبلغ نسبة "
     "النساء بين المكلفين بولايات الحاليين 45 في المائة، ونسبة الرجال 55 في المائة."),
    ("equal", "ومن حيث التوازن بين الجنسين، يتساوى عدد النساء وعدد الرجال، إذ تبلغ نسبة النساء "
     "بين المكلفين بولايات الحاليين 45 في المائة، ونسبة الرجال 55 في المائة."),
])
def test_gender_balance_chosen_by_last_year(balance, expected):
    text = say("ar", "There {posts, plural", posts=88, incumbents=87, women="45 في المائة",
               men="55 في المائة", fn="", balance=Choice(balance))
    assert text.endswith(expected)


def test_no_state_visited_for_the_first_time():
    text = say("ar", "As at %(date)s, {visited, plural", date=DATE, visited=174, never=19,
               no_request=("count", 3), pending=16, fn="", year="2025", first=H.states([]),
               n_first=0)
    assert text.endswith("وفي عام 2025، لم تستقبل أي دولة مكلفاً بولاية للمرة الأولى.")


def test_cooperation_two_states_reopened_and_never_visited_unchanged():
    text = say("ar", "The available data show that", date=DATE, members=128, total=193,
               percentage="66 في المائة", observers=("count", 2), fn="", never=19,
               never_change=Choice("same"), visits_change=Choice("up"), year="2025",
               years=("count", 5), n_reopened=("count", 2), reopened=H.states(["LBY", "YEM"]),
               n_frequent=4, threshold=("count", 3), frequent=H.states(["LBY"]))
    assert ("وظل عدد الدول التي لم يزرها أي مكلف بولاية قط ثابتاً عند 19 دولة. وفي عام 2025، "
            "فتحت دولتان لم تتلقيا أي زيارة خلال السنوات الخمس الأخيرة أبوابهما أمام المكلفين "
            "بولايات، وهما: ليبيا واليمن.") in text
