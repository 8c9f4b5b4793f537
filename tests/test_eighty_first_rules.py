"""Rules of round 53 (from the eighty-first and eighty-second sets' dev splits and the older dev splits)."""

import pytest

from tests.fakes import written_corpus

READOUTS = {
    "call.txt": (
        "Secretary Blinken's Call with French Foreign Minister Le Drian",
        "April 27, 2022",
        "Secretary of State Antony J. Blinken spoke today with French Foreign Minister Jean-Yves Le Drian to "
        "congratulate the French people on their election. They discussed support for Ukraine.",
    ),
    "meeting.txt": (
        "Secretary Blinken's Meeting with French Foreign Minister Le Drian",
        "May 15, 2022",
        "Secretary of State Antony J. Blinken met with French Foreign Minister Jean-Yves Le Drian today in Paris. "
        "They discussed the Trade and Technology Council.",
    ),
}


@pytest.fixture
def asst(tmp_path):
    return written_corpus(tmp_path, READOUTS)


def test_a_comparison_of_format_cites_the_title_that_names_a_call(asst):
    ans = asst.ask(
        "How did Blinken's engagement with Le Drian on 27 April 2022 differ in format from the one on 15 May 2022?"
    )
    titles = [c for c in ans.citations if c.source == "call.txt" and c.start == 0]
    assert titles and "Call with French Foreign Minister" in titles[0].quote, ans.text
    # the meeting's own sentence says it met: its title is not quoted besides
    assert not [c for c in ans.citations if c.source == "meeting.txt" and c.start == 0], ans.text


def test_what_was_asked_of_a_side_is_an_appeal():
    from assistant.qa.kinds_asked import asked_kinds

    assert asked_kinds("Compare what Blinken asked of Moscow in his two calls with Lavrov.")[:1] == ("urged",)
    assert "urged" not in asked_kinds("Can I ask what Blinken and Lavrov discussed?")


def test_the_one_on_a_day_and_in_each_case_are_no_topic():
    from assistant.qa.analyse import analyse

    q = analyse("Compare Blinken's two calls with Lavrov, the one on Feb 1 and the one on Feb 12, 2022.")
    assert "one" not in q.parts[0].topic
    q = analyse("Where had that earlier meeting taken place in each case?")
    assert not {"case", "taken"} & set(q.parts[0].topic)
    assert "one" in analyse("What did they say about the One China policy?").parts[0].topic


def test_a_month_that_frames_two_days_is_not_a_meeting_of_its_own():
    from assistant.qa.dates_named import time_windows

    said = [w.text for w in time_windows("his two February 2022 calls, the one on Feb 1 and the one on Feb 12")]
    assert said == ["Feb 1", "Feb 12"]
    said = [w.text for w in time_windows("his February 2022 call and his February 24, 2022 meeting")]
    assert said == ["February 2022", "February 24, 2022"]


def test_where_a_recent_or_earlier_meeting_had_taken_place_is_said_not_held():
    from assistant.qa.about_meeting import about_meeting

    assert about_meeting("Where had the recent meeting between the two foreign ministers taken place?") is False
    assert about_meeting("Where had that earlier meeting taken place in each case?") is False
    assert about_meeting("Where did that meeting take place?") is True


def test_two_prepositions_of_one_place_are_no_two_things_in_a_list():
    from assistant.qa.lists import alternatives

    alts = alternatives(
        "Which readouts mention a Russian strike on or near a Holocaust memorial in Ukraine?",
        ("russian", "strike", "near", "holocaust", "memori", "ukrain"),
    )
    assert len(alts) == 1 and "holocaust" in alts[0].required + alts[0].optional
    assert len(alternatives("Which readouts mention the Negev Summit or the Negev process?", ("negev", "summit"))) == 2


_EVACUATION = {
    "spain.txt": (
        "President Biden's Call with President Pedro Sanchez of Spain",
        "August 21, 2021",
        "President Biden spoke today with President Pedro Sanchez of Spain. He thanked President Sanchez for "
        "housing Afghans at military bases in Rota and Moron.",
    ),
    "uae.txt": (
        "President Biden's Call with Abu Dhabi Crown Prince Mohamed bin Zayed",
        "August 21, 2021",
        "President Biden spoke today with Abu Dhabi Crown Prince Mohamed bin Zayed. He thanked the Crown Prince for "
        "support for the evacuation of citizens from Kabul.",
    ),
}


def test_parts_that_each_name_their_own_counterpart_are_each_a_meeting(tmp_path):
    asst = written_corpus(tmp_path, _EVACUATION)
    ans = asst.ask(
        "In his two calls of August 21, 2021, what did Biden thank Pedro Sanchez for, and what did he thank "
        "Crown Prince Mohamed bin Zayed for?"
    )
    assert not ans.abstained and "Rota" in ans.text and "Kabul" in ans.text, ans.text
    assert {c.source for c in ans.citations} == {"spain.txt", "uae.txt"}


def test_what_a_call_was_following_up_on_is_its_topic_and_on_the_line_is_taking_part():
    from assistant.qa.about_meeting import about_meeting
    from assistant.qa.analyse import analyse

    assert "follow" in analyse("What earlier conversations was the call following up on?").parts[0].topic
    assert "follow" not in analyse("What did they discuss following the attack?").parts[0].topic
    assert about_meeting("Which of his officials were also on the line?") is True


def test_a_disease_in_capitals_and_figures_is_no_place():
    from assistant.qa.places_given import gives_city

    assert not gives_city("They stressed the partnership to combat the climate crisis and recover from COVID-19.")
    assert gives_city("They conferred on the President's upcoming visit to the ROK.")


def test_a_call_to_action_is_no_call_and_a_told_sentence_asks_nothing():
    from assistant.qa.analyse import analyse
    from assistant.qa.asked_type import answer_type
    from assistant.qa.meeting_kinds import meeting_kind
    from assistant.qa.topics import focus

    assert meeting_kind("When Blinken met Le Drian, he highlighted a food security call to action at the UN.") != "call"
    assert answer_type("Which vote by that country did the Secretary commend?") != "country"
    assert answer_type("Which of the countries did he visit?") == "country"
    told = (
        "In early March 2022, the Secretary of State received a Gulf kingdom's crown prince, who is also its prime "
        "minister, in the U.S. capital. Which vote by that country did the Secretary commend?"
    )
    assert focus(told) == "Which vote by that country did the Secretary commend?"
    assert "capit" not in analyse(told).parts[0].topic
    assert "zagreb" in analyse("What incident in the Croatian capital came up in their call?").parts[0].topic


def test_labelled_parts_are_split_and_labels_elsewhere_stay():
    from assistant.qa.analyse import split_parts

    parts = split_parts(
        "During Sherman's visit to Phnom Penh, (a) how much assistance did she say Cambodia had received, and (b) "
        "what did she call on Cambodia to do about Burma?"
    )
    assert len(parts) == 2 and "(a)" not in parts[0] and parts[1].startswith("what did she call")
    assert split_parts("What did they discuss (in person) and where did they meet?")[0].endswith("(in person)")
    assert "(c)" in split_parts("What did they say about section 7031 (c) visa restrictions?")[0]
    from assistant.qa.coverage import topic_coverage

    one = lambda _: 1.0
    said = "She noted the $3 billion in assistance since the Paris Peace Agreements."
    assert topic_coverage(said, ("peac", "accord"), one) == 1.0  # an accord asked: the readout's agreement
    assert topic_coverage("According to the Secretary, they discussed Iran.", ("deal", "iran"), one) == 0.5


def test_an_office_after_and_is_anothers_not_the_party_befores():
    from assistant.qa.analyse import analyse

    q = analyse(
        "On what date did Blinken phone Poland's Foreign Minister Rau to talk about the upcoming extraordinary NATO "
        "summit and President Biden's trip to Poland?"
    )
    assert "NATO" not in q.parties and "NATO" not in q.titled_parties
    assert "Japan" in analyse("What did Blinken tell Japan's foreign minister?").titled_parties


def test_a_listed_name_stops_before_of_the_united_states_and_inside_is_no_topic():
    from assistant.qa.analyse import analyse
    from assistant.qa.lists import head_name

    asked = "Which readouts refer to Qatar being designated as a Major Non-NATO Ally of the United States?"
    assert head_name(asked) == ["Major", "Non-NATO", "Ally"]
    assert head_name("Which readouts mention the Summit of the Americas?") == ["Summit", "of", "the", "Americas"]
    assert "insid" not in analyse("Which readouts bring up tensions inside Israel?").parts[0].topic


def test_policy_is_not_a_form_of_police():
    from assistant.qa.coverage import _kin, topic_coverage

    assert not _kin("polic", "polici")
    assert _kin("ukrain", "ukrainian")
    one = lambda _: 1.0
    assert topic_coverage("They discussed police reform.", ("polici",), one) == 0.0


def test_days_given_by_their_number_in_the_month_named_are_the_meetings():
    from assistant.qa.dates_named import time_windows

    said = time_windows("In his two February 2022 calls with Lavrov (on the 1st and on the 12th), what did he ask?")
    assert [(w.start.day, w.end.day) for w in said if w.start and w.end] == [(1, 1), (12, 12)]
    assert [w.text for w in time_windows("They marked the 50th anniversary in May 2022.")] == ["May 2022"]


def test_review_mends_keep_each_rule_to_its_case():
    from assistant.qa.about_meeting import about_meeting
    from assistant.qa.analyse import analyse
    from assistant.qa.asked_type import answer_type
    from assistant.qa.dates_named import time_windows
    from assistant.qa.kinds_asked import asked_kinds
    from assistant.qa.lists import head_name

    # a sentence's end is not that of "the U.S." or "D.C."
    assert answer_type("What did Biden say about investment in the U.S. when he met Kishida?") == "free"
    # an ordinal that is no day, and one day alone, leave the month as it is
    said = [w.text for w in time_windows("What did Blinken say in October 2022 about the 20th Party Congress?")]
    assert said == ["October 2022"]
    # a month beside days with a year of their own is a meeting of its own
    said = [w.text for w in time_windows("his February 2022 call and his meetings on February 7 and February 24, 2022")]
    assert said[0] == "February 2022"
    # "in the Ukrainian capital" after "about" is what was said; "human capital" no place
    asked = "When Blinken met Kuleba, what did he say about the strikes in the Ukrainian capital?"
    assert {"capit", "kyiv"} & set(analyse(asked).parts[0].topic)
    assert "capit" in analyse("When Raimondo met Lee, did they discuss investment in human capital?").parts[0].topic
    assert about_meeting("Who was on the front line of the response?") is not True
    assert about_meeting("Where did Biden meet Kishida, whom he had hosted at the recent Quad summit?") is not False
    assert head_name("Which readouts mention Voice of America?") == ["Voice", "of", "America"]
    assert asked_kinds("What did Blinken request and ask of Moscow?").count("urged") == 1
