"""Round 74's rules from the 239th and 240th sets' dev splits:

- "how many of the participants voiced worry": "All expressed concern ..." says how many in words; "across how many
  fields": "in several areas" (fields, areas, sectors and domains count one kind);
- a statement of its own before the question ("Italy gave temporary shelter to more than 4,000 Afghans in August
  2021; according to Biden's October 2021 meeting ..., where were those evacuees ultimately headed?") sets the scene:
  its time is no day the answering lines must tell of, and the readout named with its own time is the meeting's;
- "Gov." is a governor ("- New Jersey Gov. Phil Murphy"); a pullback is a withdrawal, soil territory, and
  complete full ("How complete a pullback from Ukrainian soil": "fully withdraw from Ukrainian territory");
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
    assert topic_coverage(said, ("complet", "pullback", "soil"), lambda t: 1.0) == 1.0


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
