"""Round 74's rules from the 237th and 238th sets' dev splits:

- "for how many countries did he assert a right ...": "the right of all countries" (or "all nations") says how many
  in words;
- a length of time in words ("working nights and weekends for a long time") answers "for how long"; "in the coming
  days" answers "over what time frame";
- "reason" and "lay"/"lie" are words of how a question asks ("the stated reason for the call", "more work lay
  ahead"), no topic; a response is what is responded (one group);
- a time in the clause that opens a question by setting its scene ("After North Korea fired a missile over Japan on
  October 3, 2022, what did ... according to the readout of their October 4, 2022 call?") is no day the answering
  lines must tell of, and the readout named with its own time is the meeting's;
- "whom or what did each readout hold responsible" asks a person or a thing (free), not who met;
- "Who was on the other end of the Secretary's May 27, 2021 call about ...?" asks who met."""

from __future__ import annotations

import datetime

from assistant.qa.about_meeting import about_meeting
from assistant.qa.analyse import analyse
from assistant.qa.answer_types import has_answer_type
from assistant.qa.asked_type import answer_type
from assistant.qa.counted import rough_count_of
from assistant.qa.coverage import topic_coverage
from assistant.qa.times import date_beside_source, time_window
from tests.fakes import written_corpus

_LAVROV = "state_2022-02-01_secretary-blinkens-call-with-russian-foreign-minister-lavrov.txt"
_FEMA = "wh_2021-08-28_president-bidens-conversations-with-fema.txt"
_KISHIDA = "wh_2022-10-04_president-bidens-call-with-prime-minister-kishida-of-japan.txt"

_READOUTS = {
    _LAVROV: (
        "Secretary Blinken's Call with Russian Foreign Minister Lavrov",
        "February 1, 2022",
        "Secretary of State Antony J. Blinken spoke today with Russian Foreign Minister Sergey Lavrov. He further "
        "reiterated the U.S. commitment to Ukraine's sovereignty and territorial integrity, as well as the right of "
        "all countries to determine their own foreign policy and alliances.",
    ),
    _FEMA: (
        "President Biden's Conversations with FEMA",
        "August 28, 2021",
        "President Biden held a video call today with FEMA Administrator Deanne Criswell. The President began by "
        "thanking the 200 Federal personnel on the watch floor who have been working nights and weekends for a long "
        "time to assist with the COVID-19 response.",
    ),
    _KISHIDA: (
        "President Biden's call with Prime Minister Kishida of Japan",
        "October 4, 2022",
        "President Biden spoke today with Prime Minister Kishida of Japan to condemn the Democratic People's Republic "
        "of Korea's dangerous and reckless decision to conduct a long-range ballistic missile launch over Japan. They "
        "confirmed they would continue to closely coordinate their immediate and longer-term response bilaterally.",
    ),
}


def test_all_countries_says_how_many_in_words(tmp_path):
    asked = "For how many countries did the Secretary assert a right to choose their own foreign policy and alliances?"
    assert rough_count_of("the right of all countries to determine their own foreign policy", asked)
    assert rough_count_of("the territorial integrity of all nations", asked)
    assert not rough_count_of("the right of all peoples to self-determination", asked)  # another thing counted
    answer = written_corpus(tmp_path, _READOUTS).ask(
        "On February 1, 2022, speaking with Moscow's top diplomat, " + asked[0].lower() + asked[1:]
    )
    assert not answer.abstained
    assert "all countries" in answer.text


def test_a_length_of_time_in_words_and_a_time_frame_ahead():
    assert has_answer_type("working nights and weekends for a long time to assist", "duration")
    assert not has_answer_type("working nights and weekends to assist", "duration")
    frame = "Over what time frame did the readout say more work lay ahead?"
    assert has_answer_type("There is more work ahead in the coming days.", "date", frame)
    assert not has_answer_type("There is more work ahead.", "date", frame)
    # (no date, to a question for one: "on what date did the first flight take off": "in the coming days")
    asked = "On what date did the first flight between Sana'a and Cairo take off?"
    assert not has_answer_type("his hope that the first flight will occur in the coming days", "date", asked)


def test_a_long_time_answers_for_how_long(tmp_path):
    answer = written_corpus(tmp_path, _READOUTS).ask(
        "For how long, according to the readout of Biden's August 28, 2021 video call with FEMA's head, had the "
        "200 federal personnel on the watch floor been working nights and weekends?"
    )
    assert not answer.abstained
    assert "for a long time" in answer.text


def test_words_of_asking_are_no_topic_and_a_response_is_responded():
    assert "reason" not in analyse("What was the stated reason for Biden's call with Truss?").parts[0].topic
    assert "lay" not in analyse("Over what time frame did the readout say more work lay ahead?").parts[0].topic
    assert topic_coverage("their immediate and longer-term response", ("respond",), lambda t: 1.0) == 1.0


_SCENE = (
    "After North Korea fired a long-range missile over Japan on October 3, 2022, what did President Biden and "
    "Japan's prime minister say they would keep doing about how the two allies respond, according to the readout "
    "of their October 4, 2022 call?"
)


def test_a_time_of_the_scene_set_is_no_day_the_lines_tell_of():
    assert not date_beside_source(_SCENE).text
    assert time_window(_SCENE).start == datetime.date(2022, 10, 4)
    # (a time after the scene is still a day the lines tell of)
    told = "According to the readout of her July 2022 meeting with legislators, where had she been on July 21, 2022?"
    assert date_beside_source(told).text == "July 21, 2022"


def test_the_scene_set_does_not_keep_the_answer_out(tmp_path):
    answer = written_corpus(tmp_path, _READOUTS).ask(_SCENE)
    assert not answer.abstained
    assert "closely coordinate" in answer.text
    assert "No indexed readout records" not in answer.text


def test_whom_or_what_asks_a_person_or_a_thing():
    asked = "whom or what did each readout hold responsible for the worsening world food situation?"
    assert answer_type(asked) == "free"
    assert answer_type("whom did each readout hold responsible for the food situation?") == "person"


def test_the_other_end_of_a_call_is_a_side():
    asked = (
        "Who was on the other end of the Secretary of State's May 27, 2021 call about the alliance's summit the "
        "following month and its 2030 modernization agenda?"
    )
    assert about_meeting(asked) is True


def test_a_names_number_counts_nothing():
    asked = "How many vaccine doses did Washington say it was donating to Algeria?"
    said = "the fight against COVID-19, including donating vaccines through COVAX, over $4 million in assistance"
    assert not rough_count_of(said, asked)
    assert rough_count_of("all three Central American countries", "How many countries took part?")


def test_a_release_date_a_readout_carries_is_its_date_line():
    from assistant.qa.who_when_where import READOUT_ISSUED

    asked = (
        "What release date does the State Department's readout of Blinken jointly hosting the second Mekong-U.S. "
        "Partnership ministers' gathering carry?"
    )
    assert answer_type(asked) == "date"
    assert READOUT_ISSUED.search(asked)
    assert not READOUT_ISSUED.search("What date did the ministers set for the release of the hostages?")
