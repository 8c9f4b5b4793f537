"""A sum of money asked for is answered by a sum of money, not by any figure; people asked for as a group ("who
were the civil society leaders") are named by the records or not at all."""

from assistant.qa.analyse import analyse
from assistant.qa.answer_types import has_answer_type
from assistant.qa.participants import participants_asked
from assistant.records import Meeting, Participant

REFUGEES = "The Secretary thanked Poland for its welcome to more than 1.33 million refugees fleeing the war."
SUM = "The Secretary noted $350 million in new security assistance for Ukraine."


def test_a_sum_of_money_asked_for_needs_money_in_the_sentence():
    asked = "How much security assistance, in dollars, did Blinken say the U.S. was sending Ukraine?"
    assert not has_answer_type(REFUGEES, "amount", asked)
    assert has_answer_type(SUM, "amount", asked)
    assert has_answer_type("They pledged 500 million dollars to the fund.", "amount", asked)
    for other in ("What was the value of the aid package?", "How much money did they pledge?"):
        assert not has_answer_type(REFUGEES, "amount", other)
        assert has_answer_type(SUM, "amount", other)


def test_an_amount_not_of_money_is_still_any_figure():
    asked = "How many refugees had Poland taken in, according to the call?"
    assert has_answer_type(REFUGEES, "amount", asked)
    assert has_answer_type("The U.S. will donate one million doses.", "amount", "How much vaccine aid was promised?")


def _meeting(*people):
    return Meeting("a.txt", "Meeting with Civil Society Leaders", None, None, None, "meeting", participants=people)


def test_a_group_asked_for_by_name_is_not_answered_by_the_group_itself():
    blinken = Participant("Antony J. Blinken", "Secretary of State", "United States", "issuer")
    group = Participant(None, "diverse civil society leaders", "United States", "counterpart")
    part = analyse("Who were the civil society leaders Blinken met virtually on May 4, 2022?").parts[0]
    assert participants_asked(part, _meeting(blinken, group)) == []
    named = Participant("Maria Ressa", "journalist", "Philippines", "counterpart")
    assert participants_asked(part, _meeting(blinken, group, named)) != []
    # a question for one person is answered as before
    one = analyse("Who did Blinken meet virtually on May 4, 2022?").parts[0]
    assert participants_asked(one, _meeting(blinken, group)) == [group]


def test_a_count_of_hyphenated_meetings_is_a_count_of_readouts():
    q = analyse("How many one-on-one calls or meetings between Biden and Ursula von der Leyen have a readout?")
    assert q.list_intent and q.parts[0].answer_type == "count"


def test_a_closing_clause_on_which_meetings_count_is_no_topic():
    for tail in (", group meetings included?", ", including trilateral meetings?", ", group calls excluded?"):
        q = analyse("How many readouts record Vice President Harris meeting Australia's prime minister" + tail)
        assert q.list_intent and "group" not in q.parts[0].topic and "trilater" not in q.parts[0].topic
    # a clause naming a topic, not meetings, stays in it
    assert "export" in analyse("Which readouts mention sanctions, including export controls?").parts[0].topic


def test_who_joined_someone_is_not_answered_by_those_the_question_names():
    sullivan = Participant("Jake Sullivan", "National Security Advisor", "United States", "issuer")
    hassan = Participant("Hassan Sheikh Mohamud", "President", "Somalia", "counterpart")
    m = Meeting("a.txt", "Meeting with President Hassan", None, None, None, "meeting", participants=(sullivan, hassan))
    part = analyse("When Jake Sullivan hosted Hassan Sheikh Mohamud, who joined Sullivan for the meeting?").parts[0]
    assert participants_asked(part, m) == []  # a sentence may say ("Mr. Sullivan, joined by ...")
    aide = Participant("Elizabeth Sherwood-Randall", "Homeland Security Advisor", "United States", "issuer")
    with_aide = Meeting(m.source, m.title, None, None, None, "meeting", participants=(sullivan, hassan, aide))
    assert aide in participants_asked(part, with_aide)


def test_an_office_no_participant_holds_is_left_to_the_sentences():
    rice = Participant("Susan Rice", "Domestic Policy Advisor", "United States", "issuer")
    richmond = Participant("Cedric Richmond", "Senior Advisor", "United States", "issuer")
    m = Meeting("a.txt", "Meeting with Congressional Black Caucus Members", None, None, None, "meeting")
    m = Meeting(m.source, m.title, None, None, None, "meeting", participants=(rice, richmond))
    line = type("S", (), {"text": "Rice and Richmond met with members of the Congressional Black Caucus."})()
    q = "Which member of Congress took part in her capacity as chair of the Congressional Black Caucus?"
    assert participants_asked(analyse(q).parts[0], m, (line,)) == []
    # an office some participant holds is answered from the records as before
    beatty = Participant("Joyce Beatty", "Congresswoman", "United States", "counterpart")
    held = Meeting(m.source, m.title, None, None, None, "meeting", participants=(rice, richmond, beatty))
    assert participants_asked(analyse(q).parts[0], held, (line,)) == [beatty]
