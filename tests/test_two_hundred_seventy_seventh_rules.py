"""Round 82's rules from the 271st and 272nd sets' dev splits:

- "Which manufacturer made the 1.5 million vaccine doses ...?" asks a maker's name ("Pfizer doses"), which "1.5
  million vaccines and other COVID-19 assistance" does not give;
- "Of the two bills ..., how many did the readout call must-pass priorities?": "Both bills are ..." (a sentence's
  first word counts all or none as well);
- "whom did the Vice President praise Poland for taking in": "hosting millions of Ukrainian refugees";
- "What was the call held to kick off?": "to inaugurate the fourth U.S.-India 2+2 Ministerial Dialogue";
- "what broad kind of issues did they take up": what they discussed;
- "What was the stated purpose of that sit-down?": "met today ... to exchange views regarding ...";
- "On what weekday and date did Sullivan host ...?" asks a date;
- "the President's economic team, briefing him on September 28, 2022": a meeting, dated;
- "How much of the resilience did they put down to his plan, all of it or only a share?": "thanks in part to".

Review mends (a second reader's inputs, each checked to fail before its mend): a maker asked only of a thing made
("which formula makers did Biden speak with" asks who, "which policy makers" no firm), a maker's name with words
between it and the doses ("Pfizer COVID-19 vaccine doses"), and a sentence naming another body still answers; "the
objective of U.S. engagement with ASEAN" asks no meeting's purpose; "whom did he offer his condolences to" asks
whom he met, "whom was the aid provided to" whom it served.
"""

from __future__ import annotations

from assistant.qa.analyse import analyse
from assistant.qa.answer_types import has_answer_type
from assistant.qa.asked_type import answer_type
from assistant.qa.idioms import in_plain_words
from assistant.qa.in_words import counted_in_words, share_in_words
from assistant.qa.meeting_kinds import asks_about_meetings
from assistant.qa.meeting_sentence import meeting_may_answer
from assistant.text.synonyms import SYNONYMS_OF


def test_a_maker_asked_is_a_firm_named_before_what_it_made():
    asked = "Which manufacturer made the 1.5 million vaccine doses the U.S. gave Nepal?"
    assert answer_type(asked) == "organisation"
    assert has_answer_type("The United States donated 1.5 million Pfizer doses to Nepal.", "organisation", asked)
    said = "They discussed the recent U.S. donation of 1.5 million vaccines and other COVID-19 assistance to Nepal."
    assert not has_answer_type(said, "organisation", asked)
    assert not has_answer_type("The donation of American vaccines arrived.", "organisation", asked)
    # makers that describe whom a question asks of ask no maker ("which federal agencies did the makers credit")
    agencies = "Which federal agencies did the retailers and baby-formula makers credit for helping them?"
    said = "The manufacturers thanked the President for actions by the U.S. Department of Agriculture."
    assert has_answer_type(said, "organisation", agencies)


def test_of_the_two_how_many_is_counted_by_both():
    asked = (
        "Of the two bills at the center of the meeting on September 29, 2021, how many did the readout call must-pass?"
    )
    assert counted_in_words("Both bills are must-pass priorities and are strongly supported.", asked)
    assert not counted_in_words("The bills are must-pass priorities.", asked)
    assert not counted_in_words(
        "Both bills are must-pass priorities.", "How many bills did the readout call must-pass?"
    )


def test_whom_a_country_took_in_are_people_at_large():
    asked = "Whom did the Vice President praise Poland for taking in?"
    said = "The Vice President recognized Poland's generosity and leadership in hosting millions of Ukrainian refugees."
    assert has_answer_type(said, "person", asked)
    assert not has_answer_type("The Vice President recognized Poland's generosity.", "person", asked)


def test_to_kick_off_is_to_inaugurate():
    assert "inaugur" in SYNONYMS_OF["kick"]


def test_issues_taken_up_were_discussed():
    assert in_plain_words("What broad kind of issues did they take up, and what loss?") == (
        "What broad kind of issues did they discuss, and what loss?"
    )
    assert in_plain_words("When did she take up her post?") == "When did she take up her post?"
    assert in_plain_words("Did they take up Iran?") == "Did they take up Iran?"
    seat = "Which seat at the world body was Ecuador about to take up?"
    assert in_plain_words(seat) == seat


def test_the_stated_purpose_of_a_sit_down_is_what_it_was_held_for():
    (part,) = analyse("What was the stated purpose of that sit-down?").parts
    said = "Secretary Blinken met today in Riga with Foreign Minister Lapid to exchange views regarding Ukraine."
    assert meeting_may_answer(part, said)
    assert not meeting_may_answer(part, "Secretary Blinken met today in Riga with Foreign Minister Lapid.")


def test_a_weekday_and_date_asked_is_a_date():
    assert answer_type("On what weekday and date did Jake Sullivan host Argentina's economy minister?") == "date"


def test_a_briefing_is_a_meeting():
    assert asks_about_meetings("How much of the resilience did the economic team, briefing him on May 2, 2022, credit?")


def test_in_part_is_a_share():
    asked = "How much of the economy's resilience did they put down to his plan - all of it, or only a share?"
    assert share_in_words("The economy remains resilient, thanks in part to the President's economic plan.", asked)
    assert not share_in_words("The economy remains resilient, thanks to the President's economic plan.", asked)


def test_review_a_maker_asked_only_of_a_thing_made():
    assert answer_type("Which formula makers did President Biden speak with in May 2022?") != "organisation"
    assert answer_type("Which policy makers did Blinken meet in Brussels?") != "organisation"
    asked = "Which manufacturer made the one million vaccine doses the United States donated to Paraguay?"
    said = "The Secretary noted the U.S. donation of one million Pfizer COVID-19 vaccine doses to Paraguay."
    assert has_answer_type(said, "organisation", asked)


def test_review_an_engagement_objective_is_no_meetings_purpose():
    from assistant.qa.meeting_sentence import WHY_MEETING

    assert not WHY_MEETING.search("What is the objective of U.S. engagement with ASEAN?")
    assert WHY_MEETING.search("What was the stated purpose of that sit-down?")


def test_review_whom_condolences_were_offered_to_is_whom_he_met():
    from assistant.qa.in_words import FOR_WHOM

    assert not FOR_WHOM.search("Whom did the President offer his condolences to?")
    assert FOR_WHOM.search("Whom was the aid provided to?")
