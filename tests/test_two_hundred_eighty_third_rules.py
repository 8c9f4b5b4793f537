"""Round 83's rules from the 277th and 278th sets' dev splits:

- "Brazil had just won a seat on which UN body, according to the congratulations the Secretary of State offered its
  foreign minister": the body asked of is no side of the meeting;
- "to stay in contact throughout the day" says how long;
- "when had the President travelled to Poland": "Following President Biden's trip to Poland in March" (a trip is
  travel).
"""

from __future__ import annotations

from assistant.qa.analyse import analyse
from assistant.qa.answer_types import has_answer_type
from assistant.qa.coverage import topic_coverage
from assistant.text.tokenize import stem


def test_a_body_asked_of_is_no_side():
    asked = analyse(
        "Brazil had just won a seat on which UN body, according to the congratulations the Secretary of State "
        "offered its foreign minister during their June 2021 call?"
    )
    assert "United Nations" not in asked.parties and "United Nations" in asked.topic_parties
    assert analyse("Which Japanese minister did the Secretary meet in May 2022?").parties == ("Japan",)


def test_throughout_the_day_is_how_long():
    asked = "How long did the two say they would keep in touch while rescue work went on?"
    said = "The President and the Governor agreed to stay in contact throughout the day as operations are ongoing."
    assert has_answer_type(said, "duration", asked)
    assert not has_answer_type("They spoke about the day's operations.", "duration", asked)


def test_a_trip_is_travel():
    said = "Following President Biden's trip to Poland in March, the leaders reaffirmed their commitment."
    assert topic_coverage(said, (stem("travelled"),), lambda t: 1.0) == 1.0
