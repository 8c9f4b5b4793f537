"""Round 80's rules from the 265th and 266th sets' dev splits:

- "On what dates did Biden tell Turkey's president, in their June 28, 2022 phone call, that the NATO summit in
  Madrid would be held?" asks the day of what he told, not of the call (the readout gives none);
- "What water output or price tag did the readout give for the planned plant?" asks an amount.

Tried and taken out: a thing counted that a sentence names with no number in the four words before it ("How many
generators": "over 700 response personnel, meals, tarps, and generators") as no count of it; 22 dev answers were
lost, where readouts give the count in another clause ("hosting 9,000 U.S. forces ... and over 1 million people
fleeing")."""

from __future__ import annotations

from assistant.qa.analyse import analyse
from assistant.qa.counted import counts_something_else
from assistant.qa.meeting_kinds import meeting_kind


def test_the_day_of_what_one_told_another_is_not_the_meetings():
    part = analyse(
        "On what dates did Biden tell Turkey's president, in their June 28, 2022 phone call, that the NATO summit in "
        "Madrid would be held?"
    ).parts[0]
    assert part.answer_type == "date" and part.about_meeting is False
    assert analyse("When did Biden call Turkey's president to say that he would attend?").parts[0].about_meeting


def test_a_price_tag_after_other_words_asks_an_amount():
    asked = (
        "What water output or price tag did the July 2021 readout of Biden's meeting with Jordan's king give for the "
        "kingdom's planned seawater-to-freshwater plant?"
    )
    assert analyse(asked).parts[0].answer_type == "amount"


def test_review_mends_of_round_80():
    """The second reader's inputs, each wrong before its mend."""
    # how someone's thing was held is not how a meeting was (only a meeting's: call, talks, ...)
    for asked in (
        "How were Israel's hostages held?",
        "How was Ukraine's grain export conducted?",
        "How was Russia's referendum conducted?",
    ):
        assert analyse(asked).parts[0].answer_type != "kind", asked
    assert analyse("How was Blinken's May 2022 call with Kuleba held?").parts[0].answer_type == "kind"
    # reaching an agreement is no contact
    assert analyse("How did Biden reach an agreement with the president of Mexico?").parts[0].answer_type != "kind"
    # a previous call is set aside only when the question asks of the one before a meeting, in the past perfect
    assert meeting_kind("What did Biden tell Xi about Taiwan in their last call before they met?") == "call"
    assert meeting_kind("What did Biden tell Xi about a visit in their last call?") == "call"
    assert meeting_kind("In their last call, did Biden and Xi discuss meeting in person?") == "call"
    # more of a thing counted in words, or more of another thing, is still a count of it
    honduras = "How many more vaccine doses did Harris say Honduras would receive in the next two months?"
    said = (
        "Harris noted the 3.9 million vaccines donated so far and said several hundred thousand additional doses would "
        "be arriving in the next two months."
    )
    assert not counts_something_else(said, honduras)
    asked = "How many more doses will the United States send?"
    assert not counts_something_else(
        "The United States will send 3 million doses, and additional shipments will follow.", asked
    )
    # a maker's name is a word in lower case after its capital, not an acronym or a name with a figure
    said = "The United States will donate an additional 500 million doses."
    assert not counts_something_else(said, "How many additional COVID-19 vaccine doses will the United States donate?")
    assert not counts_something_else("He is sending 800 additional staff.", "How many more FEMA staff did he approve?")
    # a price tag among concerns is no amount asked
    assert analyse("What concerns about the price tag did the leaders raise?").parts[0].answer_type != "amount"
    # what one told another at the call, of no time to come, asks the call's day
    asked = "On what date did Biden tell Erdogan that the United States supported Sweden's accession?"
    assert analyse(asked).parts[0].about_meeting is not False
    # a gathering talked of in a country is not where the meeting was
    assert analyse("What did Biden and Albanese say about the Quad leaders' meeting in Japan?").place != "Japan"
