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
