"""Round 72's rules from the 231st and 232nd sets' dev splits: whom something was said of ("who did Blinken say had
to commit to a ceasefire?", "to whom had he relayed that message?") is answered by people told as a group ("all
parties to the conflict", "Israeli leaders", "communities recovering from terror"), though no one is named; five
synonym groups: "refrain" is "avoid", "graft" is "corruption", "the pontiff" is the Pope, "relayed" is "conveyed",
"conditions" the situation; a country whose conditions are asked ("conditions in Nicaragua when the Secretary
phoned Jimmy Carter") is the topic, not a side met; what a readout "calls" a relationship names no phone call."""

from __future__ import annotations

from assistant.qa.coverage import topic_coverage
from tests.fakes import written_corpus

_IRAQ = "wh_2021-07-26_president-joseph-r-biden-jr-meeting-with-prime-minister-al-kadhimi-of-iraq.txt"
_ABBAS = "wh_2022-07-15_president-bidens-meeting-with-president-abbas-of-the-palestinian-authority.txt"

_READOUTS = {
    _IRAQ: (
        "Readout of President Joseph R. Biden, Jr. Meeting with Prime Minister Al-Kadhimi of Iraq",
        "July 26, 2021",
        "President Joseph R. Biden, Jr. met today with Prime Minister Al-Kadhimi of Iraq to strengthen bilateral "
        "coordination. They committed to a continued security partnership to ensure that ISIS can never resurge and "
        "to allow communities recovering from terror to rebuild with dignity. They lauded the historic visit of Pope "
        "Francis to Iraq earlier this year.",
    ),
    _ABBAS: (
        "Readout of President Biden's Meeting with President Abbas of the Palestinian Authority",
        "July 15, 2022",
        "President Biden met today with President Mahmoud Abbas. President Biden reaffirmed the enduring ties between "
        "the Palestinian and American peoples. As he had relayed to Israeli leaders, President Biden conveyed to "
        "President Abbas that it was important for both parties to avoid unilateral measures.",
    ),
}


def test_whom_something_was_said_of_is_answered_by_people_told_as_a_group(tmp_path):
    asst = written_corpus(tmp_path, _READOUTS)
    answer = asst.ask(
        "Besides keeping ISIS from ever regaining strength, who did Biden and Iraq's prime minister say their "
        "continued security partnership should enable to rebuild in dignity, when they met in July 2021?"
    )
    assert not answer.abstained and "communities recovering from terror" in answer.text
    answer = asst.ask(
        "When Biden sat down with the Palestinian Authority president in July 2022, to whom had he already passed "
        "on his message that both sides should refrain from unilateral steps?"
    )
    assert not answer.abstained and "Israeli leaders" in answer.text


def test_who_met_is_still_answered_by_a_name_only(tmp_path):
    asst = written_corpus(tmp_path, _READOUTS)
    answer = asst.ask("Who led the Israeli delegation at the July 15, 2022 meeting with President Abbas?")
    assert answer.abstained or "Israeli leaders" not in answer.text


def test_more_synonym_groups():
    assert topic_coverage("to avoid unilateral measures", ("refrain", "unilater"), lambda t: 1.0) == 1.0
    assert topic_coverage("her leadership fighting corruption", ("fight", "graft"), lambda t: 1.0) == 1.0
    assert topic_coverage("the historic visit of Pope Francis to Iraq", ("pontiff", "visit"), lambda t: 1.0) == 1.0
    assert topic_coverage("President Biden conveyed to President Abbas", ("relay",), lambda t: 1.0) == 1.0


def test_a_country_whose_conditions_are_asked_is_the_topic_not_a_side():
    from assistant.qa.analyse import analyse

    q = analyse(
        "How did the State Department characterise conditions in Nicaragua when the Secretary phoned Jimmy Carter "
        "in mid-June 2021?"
    )
    assert "Nicaragua" not in q.parties and "Nicaragua" in q.topic_parties
    assert "Jimmy Carter" in q.people
    # (a country named beside an office is still a side)
    assert "Japan" in analyse("What did Blinken discuss with Japan's foreign minister in May 2022?").parties


def test_what_a_readout_calls_a_relationship_names_no_call():
    from assistant.qa.analyse import analyse

    q = analyse("How long-lived did the White House readout call the U.S.-Saudi relationship in July 2021?")
    assert q.meeting_kind is None
    assert analyse("What did Blinken say in his call with Kuleba in May 2022?").meeting_kind == "call"


def test_conditions_are_the_situation():
    assert topic_coverage("the deteriorating situation in Nicaragua", ("condit", "nicaragua"), lambda t: 1.0) == 1.0


def test_people_told_as_a_group_answer_only_whom_something_was_said_of():
    from assistant.qa.said_of_people import gives_people_said_of

    assert gives_people_said_of("all parties to the conflict", "who did Blinken say had to commit to a ceasefire")
    # (the meeting's own "Both leaders"; who was to lead; who said it)
    assert not gives_people_said_of("Both leaders underscored", "whom did Biden say Washington would work with")
    assert not gives_people_said_of("Pacific Island leaders", "who did he say should lead the reunification effort")
    assert not gives_people_said_of("all parties must commit", "Who said all parties must commit?")
    assert not gives_people_said_of("Israeli leaders", "Who led the conversation with Israeli leaders?")
