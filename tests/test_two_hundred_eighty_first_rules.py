"""Round 83's rules (the first from the 275th and 276th sets' dev splits).

- "President Biden's national security adviser sat down with Italy's prime minister": the adviser met, not Biden;
- "the Supreme Court's reversal of Roe v. Wade": the parties of a court case are talked of, no one who met;
- "Reckitt is supplying more than 30% more product year to date" says how much more ("how much more product");
- "In which readouts do Syria and refugees both come up?": each readout's passage names both, not one sentence;
- The officers a question asks of a U.S. state travel with that state ("Florida state lawmakers": Florida,
  legislator), so a title is matched on the officers of the state asked, not on any officer word elsewhere in the
  question.
"""

from __future__ import annotations

from assistant.qa.analyse import analyse
from assistant.qa.answer_types import has_answer_type
from assistant.qa.lists import alternatives
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


def test_one_who_serves_a_named_person_met_not_that_person():
    asked = analyse(
        "In which city did President Biden's national security adviser sit down with Italy's prime minister on "
        "March 15, 2022?"
    )
    assert asked.people == () and asked.topic_people == ("Biden",) and asked.parties == ("Italy",)
    assert analyse("What did Secretary Blinken's deputy discuss with Japan in May 2022?").people == ()
    assert analyse("What did Biden's call with Xi cover?").people == ("Biden", "Xi")  # a meeting of his own


def test_the_parties_of_a_court_case_did_not_meet():
    asked = analyse(
        "According to the Vice President at her July 2022 roundtable with disability-rights leaders, what has the "
        "Supreme Court's reversal of Roe v. Wade done to the gaps in health-care access?"
    )
    assert "Wade" not in asked.people and "Roe" not in asked.people and "Wade" in asked.topic_people
    assert "Wade" in analyse("What did Biden and Wade discuss in July 2022?").people


def test_a_share_more_is_how_much_more():
    asked = "How much more product was Reckitt supplying?"
    assert has_answer_type("Reckitt is supplying more than 30% more product year to date.", "amount", asked)
    assert has_answer_type("Sales were 15 percent higher than last year.", "amount", asked)
    assert not has_answer_type("They won 30% of the seats.", "amount", asked)


def test_two_things_both_come_up_in_a_readout_not_one_sentence():
    asked = "In which readouts do Syria and refugees both come up?"
    alt = alternatives(asked, analyse(asked).parts[0].topic)[0]
    passage = "The Secretary also discussed the humanitarian crises in Lebanon and Syria. He spoke of refugees."
    said = "He spoke of refugees."
    assert alt.states(said, lambda t: 1.0, 0.5, passage) == 1.0
    one = "Which readouts mention Syrian refugees?"
    alt = alternatives(one, analyse(one).parts[0].topic)[0]
    assert alt.states(said, lambda t: 1.0, 0.5, passage) == 0.0  # one thing: in one sentence
