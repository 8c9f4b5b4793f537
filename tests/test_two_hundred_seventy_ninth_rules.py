"""Round 82's rules from the 273rd and 274th sets' dev splits:

- "Which African countries' foreign ministers took part ...?" is answered by a country of Africa, not by the United
  States of the Secretary's own side;
- "a total of 7.4 millions jobs added": a figure, though written with a plural;
- "what other subject did the two of them go over on that call": what they discussed;
- "Which U.S. official met Eyal Hulata on April 25, 2022, a day after the Biden-Bennett phone call?": those of the
  other call, and that it was a call, are not the meeting's.

Review mends (a second reader's inputs, each checked to fail before its mend): a matter "taken up" only as the
object of the question ("What concerns did Blinken raise about the seat Ecuador took up in January?" keeps its
words); the other meeting's clause runs to its end ("a day after the President's call with Prime Minister Bennett").
"""

from __future__ import annotations

from assistant.qa.analyse import analyse
from assistant.qa.answer_types import has_answer_type
from assistant.qa.idioms import in_plain_words
from assistant.qa.time_phrases import without_other_meeting


def test_countries_of_a_region_asked_are_of_that_region():
    asked = "Which African countries' foreign ministers took part in the Secretary's May 18, 2022 meeting?"
    said = "They discussed food security in Africa and ways in which the United States can support resilience."
    assert not has_answer_type(said, "country", asked)
    assert has_answer_type("The Secretary met the foreign ministers of Kenya and Nigeria.", "country", asked)
    assert has_answer_type(said, "country", "Which countries took part in the Secretary's May 18, 2022 meeting?")


def test_millions_written_in_the_plural_are_a_figure():
    asked = "What running total of new jobs since the administration began was cited?"
    assert has_answer_type("A total of 7.4 millions jobs added since the start.", "amount", asked)


def test_a_subject_gone_over_was_discussed():
    assert in_plain_words("Apart from Afghanistan, what other subject did they go over on that call?") == (
        "Apart from Afghanistan, what other subject did they discuss on that call?"
    )
    assert in_plain_words("Did they go over the numbers?") == "Did they go over the numbers?"


def test_a_meeting_dated_by_another_is_not_that_one():
    asked = "Which U.S. official met Eyal Hulata on April 25, 2022, a day after the Biden-Bennett phone call?"
    query = analyse(asked)
    assert query.people == ("Eyal Hulata",) and query.meeting_kind != "call"
    assert query.text == asked
    undated = "Which U.S. official met Eyal Hulata in April 2022, a day after the Biden-Bennett phone call?"
    assert without_other_meeting(undated) == undated  # (the day is the other meeting's to give)


def test_review_a_seat_taken_up_is_no_subject_discussed():
    asked = "What concerns did Blinken raise about the Security Council seat Ecuador took up in January?"
    assert in_plain_words(asked) == asked
    issue = "What security issue did Vice President Harris and Prime Minister Ardern take up?"
    assert in_plain_words(issue) == "What security issue did Vice President Harris and Prime Minister Ardern discuss?"


def test_review_the_other_meetings_clause_runs_to_its_end():
    asked = "Who met Eyal Hulata on April 25, 2022, a day after the President's call with Prime Minister Bennett?"
    assert without_other_meeting(asked) == "Who met Eyal Hulata on April 25, 2022?"
