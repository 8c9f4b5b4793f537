"""Round 81's rules from the 269th and 270th sets' dev splits:

- "What dollar value did the Netherlands put on the lethal and non-lethal military aid its cabinet approved": the
  thing a figure is put on may run to a relative clause, so "$22 million in humanitarian aid" is no sum of it;
- "Whose killing prompted the call": "the assassination of President Moïse" (killing, assassination, murder);
- "how many of the U.S. cabinet secretaries present are recorded as promising": "Both Secretary Blinken and
  Secretary Austin pledged" counts both, by the title;
- "Where were the workers he met drawn from?" asks where people came from, not where the meeting was;
- "the President's national security adviser" is the principal, as "Biden's" is (not "the Vice President's").
"""

from __future__ import annotations

from assistant.qa.asked_type import answer_type
from assistant.qa.in_words import counted_in_words
from assistant.qa.question_names import principal_office
from assistant.qa.sum_for import sum_asked_of, sum_of_something_else
from assistant.text.synonyms import SYNONYMS_OF


def test_a_figure_put_on_a_thing_named_up_to_its_relative_clause():
    asked = "What dollar value did the Netherlands put on the lethal and non-lethal military aid its cabinet approved?"
    assert sum_asked_of(asked) == "lethal and non-lethal military aid"
    said = "He applauded the decision to provide lethal and nonlethal military assistance and $22 million in "
    said += "humanitarian aid for those fleeing the war."
    assert sum_of_something_else(said, asked)
    assert not sum_of_something_else("The cabinet approved $50 million in military aid for Ukraine.", asked)


def test_a_killing_is_an_assassination():
    assert "assassin" in SYNONYMS_OF["kill"] and "kill" in SYNONYMS_OF["murder"]


def test_both_named_by_the_title_asked_of_count_both():
    asked = "How many of the U.S. cabinet secretaries present are recorded as promising further help?"
    said = "Both Secretary Blinken and Secretary Austin pledged continued support to meet Ukraine's needs."
    assert counted_in_words(said, asked)
    assert not counted_in_words("Both President Biden and Chancellor Scholz pledged support.", asked)


def test_where_people_were_drawn_from_asks_no_meeting_place():
    assert answer_type("Where were the Muslim frontline workers whom Blinken met by video drawn from?") == "free"
    assert answer_type("Where did Blinken meet the Muslim frontline workers?") == "place"


def test_the_presidents_national_security_adviser_is_the_principal():
    assert principal_office("In 2022 the President's national security adviser met Guelleh.") == (
        "national security adviser"
    )
    assert principal_office("In 2022 the Vice President's national security adviser met CEOs.") is None
