"""Round 83's rules.

- The officers a question asks of a U.S. state travel with that state ("Florida state lawmakers": Florida,
  legislator), so a title is matched on the officers of the state asked, not on any officer word elsewhere in the
  question.
"""

from __future__ import annotations

from assistant.qa.places_given import officer_kind, state_officers, states_of_someone


def test_a_states_officers_are_asked_with_the_state():
    asked = "What did the President tell Florida state lawmakers about the governor's emergency order?"
    assert state_officers(asked) == [("Florida", "legislator")]
    assert states_of_someone(asked) == ["Florida"]
    assert state_officers("Whom did the governor of South Carolina thank?") == [("South Carolina", "governor")]
    assert state_officers("When did she visit New York's famous harbor statue?") == []


def test_titles_and_questions_name_officers_alike():
    assert officer_kind("Legislators") == officer_kind("lawmakers") == "legislator"
    assert officer_kind("lieutenant governor") == "governor"
    assert officer_kind("delegation") == ""
