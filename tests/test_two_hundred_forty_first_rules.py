"""Round 74's rules from the 239th and 240th sets' dev splits:

- "how many of the participants voiced worry": "All expressed concern ..." says how many in words; "across how many
  fields": "in several areas" (fields, areas, sectors and domains count one kind);
- a statement of its own before the question ("Italy gave temporary shelter to more than 4,000 Afghans in August
  2021; according to Biden's October 2021 meeting ..., where were those evacuees ultimately headed?") sets the scene:
  its time is no day the answering lines must tell of, and the readout named with its own time is the meeting's;
- "Gov." is a governor ("- New Jersey Gov. Phil Murphy"); a pullback is a withdrawal, and complete full ("How
  complete a pullback": "fully withdraw"; soil/territory was taken out after the review: "territorial integrity");
- "How did the Vice President reach the head of the global health body on January 21, 2021" asks how the meeting
  was held;
- "... thanks ... twice in 2022 - in Blinken's February meeting with him and in Jake Sullivan's September phone
  call. How did each readout ...?" compares two meetings, each told by whose it was (a name of two words too); a side
  told only so meets the whole question's country, in its time;
- "sum up" and "broader" are words of asking ("how did he sum up the bond between the two countries", "what was
  the broader subject they discussed")."""

from __future__ import annotations

import datetime

from assistant.qa.analyse import analyse
from assistant.qa.asked_type import answer_type
from assistant.qa.counted import rough_count_of
from assistant.qa.coverage import topic_coverage
from assistant.qa.times import date_beside_source, time_window
from tests.fakes import written_corpus

_ITALY = "wh_2021-10-29_president-bidens-meeting-with-president-sergio-mattarella-of-italy.txt"
_RAMA = "state_2022-02-15_secretary-blinkens-meeting-with-albanian-prime-minister-rama.txt"
_SULLIVAN_RAMA = "wh_2022-09-08_national-security-advisor-jake-sullivans-call-with-prime-minister-edi-rama.txt"
_SULLIVAN_YANG = "wh_2022-05-18_national-security-advisor-jake-sullivans-phone-call-with-yang-jiechi.txt"
_READOUTS = {
    _RAMA: (
        "Secretary Blinken's Meeting with Albanian Prime Minister Rama",
        "February 15, 2022",
        "Secretary of State Antony J. Blinken met today with Albanian Prime Minister Edi Rama. The Secretary praised "
        "Albania's continued tradition of providing safe harbor to those in need by hosting at-risk Afghans.",
    ),
    _SULLIVAN_RAMA: (
        "National Security Advisor Jake Sullivan's Call with Prime Minister Edi Rama of Albania",
        "September 8, 2022",
        "National Security Advisor Jake Sullivan spoke today with Prime Minister Edi Rama of Albania. Mr. Sullivan "
        "expressed appreciation for Albania's generous hosting of Afghan nationals who have fled Afghanistan, many of "
        "whom assisted U.S. efforts there.",
    ),
    _SULLIVAN_YANG: (
        "National Security Advisor Jake Sullivan's Phone Call with Politburo Member Yang Jiechi",
        "May 18, 2022",
        "National Security Advisor Jake Sullivan spoke by phone today with Yang Jiechi. This phone call focused on "
        "regional security issues and nonproliferation.",
    ),
    _ITALY: (
        "President Biden's Meeting with President Sergio Mattarella of Italy",
        "October 29, 2021",
        "President Biden met today with President Sergio Mattarella of Italy in Rome. President Biden expressed "
        "gratitude for Italy's contributions to NATO and for providing temporary shelter to over 4,000 Afghans en "
        "route to being resettled in the United States in August.",
    ),
}


def test_all_of_them_and_several_areas_say_how_many_in_words():
    asked = "How many of the participants voiced worry about food supplies because of Russia's war?"
    assert rough_count_of("All expressed concern over food security due to Russia's war.", asked)
    assert not rough_count_of("They expressed concern over food security due to Russia's war.", asked)
    assert not rough_count_of("All expressed concern over food security.", "How many tons of grain were shipped?")
    fields = "Across how many fields did the two look at deepening U.S.-Lao cooperation?"
    assert rough_count_of("ways to deepen U.S.-Laos cooperation in several areas", fields)


_SCENE = (
    "Italy gave temporary shelter to more than 4,000 Afghans in August 2021; according to Biden's October 2021 "
    "meeting with Italy's head of state, where were those evacuees ultimately headed?"
)


def test_a_statement_before_the_question_sets_the_scene():
    assert not date_beside_source(_SCENE).text
    assert time_window(_SCENE).start == datetime.date(2021, 10, 1)


def test_the_scene_statement_does_not_keep_the_answer_out(tmp_path):
    answer = written_corpus(tmp_path, _READOUTS).ask(_SCENE)
    assert not answer.abstained
    assert "United States" in answer.text


def test_gov_is_a_governor_and_sum_up_is_asking():
    assert topic_coverage("- New Jersey Gov. Phil Murphy", ("governor",), lambda t: 1.0) == 1.0
    assert "sum" not in analyse("And how did he sum up the bond between the two countries on that call?").parts[0].topic


def test_how_someone_reached_another_asks_how_it_was_held():
    asked = "How did the Vice President reach the head of the global health body on January 21, 2021"
    assert answer_type(asked) == "kind"
    assert answer_type("How did the Vice President reach that decision?") != "kind"


def test_broader_is_asking():
    topic = analyse("And what was the broader subject they discussed, according to that readout?")
    assert "broader" not in topic.parts[0].topic


def test_a_complete_pullback_is_a_full_withdrawal():
    said = "the urgent need for Russia to cease its aggression and fully withdraw from Ukrainian territory"
    assert topic_coverage(said, ("complet", "pullback"), lambda t: 1.0) == 1.0


def test_two_meetings_each_told_by_whose_it_was(tmp_path):
    answer = written_corpus(tmp_path, _READOUTS).ask(
        "Albania's premier heard thanks from Washington for sheltering Afghans twice in 2022 - in Blinken's February "
        "meeting with him and in Jake Sullivan's September phone call. How did each readout characterize that "
        "hosting or the Afghans involved?"
    )
    assert not answer.abstained
    assert "tradition of providing safe harbor" in answer.text
    assert "assisted U.S. efforts there" in answer.text
    assert "Yang Jiechi" not in answer.text


# Review mends (the second reader's defects, each shown on an input)


def test_a_lead_that_tells_of_a_meeting_or_asks_is_no_scene():
    convened = (
        "When the Vice President convened state legislators on July 21, 2022, in which city was she, according to "
        "the readout of her July 25, 2022 meeting with Indiana state legislators?"
    )
    assert date_beside_source(convened).text == "July 21, 2022"
    asked = (
        "When in July 2022 was the Vice President in Charlotte, according to the readout of her July 25, 2022 "
        "meeting with Indiana state legislators?"
    )
    assert date_beside_source(asked).text == "July 2022"
    dashed = (
        "On July 21, 2022 — according to the readout of her July 25, 2022 meeting with Indiana state legislators — "
        "where did the Vice President convene state legislators?"
    )
    assert date_beside_source(dashed).text == "July 21, 2022"


def test_all_is_no_tally():
    said = "They called for the release of all political prisoners in Belarus."
    assert not rough_count_of(said, "How many political prisoners in Belarus did Sherman and Tsikhanouskaya cite?")
    joined = "to serve the interests of all nations"
    assert not rough_count_of(joined, "How many countries did they say had joined the Call to Action?")


def test_sides_split_only_before_a_name_of_two_words():
    from assistant.qa.compare import side_query, sides

    assert len(sides("What did Blinken and Sri Lanka's prime minister talk about in their call?")) == 1
    asked = (
        "Compare how Russia's war on Ukraine came up in Jake Sullivan's March 2022 meeting and in Antony Blinken's "
        "June 2022 phone call with the chairperson of the African Union Commission."
    )
    first, second = sides(asked)
    assert "Antony Blinken" not in side_query(first, analyse(asked)).people  # each side its own principal


def test_words_kept_as_topic_where_they_say_what():
    assert topic_coverage("the sovereignty and territorial integrity of Ukraine", ("soil",), lambda t: 1.0) == 0.0
    assert "sum" in analyse("In which readouts does a sum of one hundred million dollars come up?").parts[0].topic
    broader = analyse("How did Biden, Andersson and Niinisto describe their broader cooperation in the call?")
    assert "broader" in broader.parts[0].topic


def test_reaching_an_agreement_and_the_other_side_of_an_escalation():
    from assistant.qa.about_meeting import about_meeting

    reach = "How did Blinken say Haitians should reach their agreement on a political path forward, in his call?"
    assert answer_type(reach) != "kind"
    contact = "How did President Biden's contact with UK Prime Minister Liz Truss on 6 September 2022 differ in form?"
    assert answer_type(contact) != "kind"  # (a noun: "his contact with"; the comparison says how each was held)
    other = "Who was on the other side of the escalation Blinken raised in his March 14, 2022 call with Pashinyan?"
    assert about_meeting(other) is not True


def test_a_date_asked_in_a_period_is_still_a_date():
    from assistant.qa.answer_types import has_answer_type

    asked = "On what date would the first flight take off, in the period after Egypt approved the flights?"
    assert not has_answer_type("the first flight will occur in the coming days", "date", asked)
