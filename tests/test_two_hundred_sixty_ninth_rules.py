"""Round 81's first rules, from the 263rd to the 266th sets' dev splits:

- a prime minister called "Ivoirian" (a spelling of the demonym the table lacked) is of Cote d'Ivoire, and a
  "Scottish First Minister" of the United Kingdom (extractor 39);
- "By when did Biden tell Israel's prime minister ... that he expected a significant easing of the fighting?" is
  answered by a day told from the readout's own ("a significant de-escalation today");
- "How many generators ...": "over 700 response personnel, meals, tarps, and generators" counts personnel, not
  generators; supplies staged for a storm are kinds of thing counted apart;
- "what share of globalization's inequities did the readout say that reform would tackle": "to address some of the
  inequities" gives a share in words (asked a share; "some of" is no count);
- "on which region did they see eye to eye", "what were they on the same page about" ask what was agreed; "eye" is
  no topic.
"""

from __future__ import annotations

from assistant.qa.analyse import analyse
from assistant.qa.answer_types import has_answer_type
from assistant.qa.counted import counts_something_else
from assistant.qa.in_words import counted_in_words
from assistant.text.names import find_parties
from tests.fakes import extracted_meeting


def test_ivoirian_and_scottish_name_their_countries(tmp_path):
    assert [p.name for p in find_parties("Ivoirian Prime Minister Patrick Achi")] == ["Cote d'Ivoire"]
    assert [p.name for p in find_parties("Scottish First Minister Nicola Sturgeon")] == ["United Kingdom"]
    record = extracted_meeting(
        tmp_path,
        "state_2022-03-14_meeting.txt",
        "Secretary Blinken's Meeting with Ivoirian Prime Minister Achi",
        "March 14, 2022",
        "Secretary of State Antony J. Blinken met today with Ivoirian Prime Minister Patrick Achi in Washington, D.C. "
        "They reaffirmed their commitment to stop the spread of violent extremism in West Africa.",
    )
    achi = next(p for p in record.participants if p.name == "Patrick Achi")
    assert achi.country == "Cote d'Ivoire" and "Cote d'Ivoire" in record.countries


def test_a_deadline_asked_is_answered_by_a_day_told_from_the_readouts_own():
    asked = "By when did Biden tell Israel's prime minister that he expected a significant easing of the fighting?"
    said = "The President conveyed to the Prime Minister that he expected a significant de-escalation today."
    assert has_answer_type(said, "date", asked)
    # the day of the call itself is no deadline, and a question for the day it was said asks no deadline
    assert not has_answer_type("President Biden spoke today with Prime Minister Netanyahu.", "date", asked)
    assert not has_answer_type(said, "date", "When did Biden speak with Israel's prime minister?")


def test_supplies_staged_for_a_storm_are_counted_apart():
    asked = "How many generators did the federal disaster agency say it was staging in the Northeast?"
    said = (
        "FEMA Administrator Deanne Criswell discussed the resources that FEMA is pre-positioning in the region, "
        "including over 700 response personnel, meals, tarps, and generators."
    )
    assert counts_something_else(said, asked)
    assert not counts_something_else("FEMA has staged 40 generators in the region.", asked)
    assert not counts_something_else(said, "How many response personnel was FEMA staging in the region?")


def test_some_of_a_thing_is_a_share_asked_but_no_count():
    asked = "What share of globalization's inequities did the readout say that reform would tackle?"
    said = "They reaffirmed their commitment to reform the international tax system to address some of the inequities."
    assert has_answer_type(said, "percentage", asked)
    assert not has_answer_type("They reaffirmed their commitment to reform the tax system.", "percentage", asked)
    counted = "To how many of the first responders was he grateful?"
    assert not counted_in_words("He thanked some of the first responders.", counted)
    assert counted_in_words("He thanked all of the first responders.", counted)


def test_idioms_of_agreement_ask_what_was_agreed():
    asked = "On which European region did Sherman and Austria's foreign secretary general see eye to eye in March 2022?"
    query = analyse(asked)
    assert query.text == asked
    part = query.parts[0]
    assert "agreed" in part.kinds and "eye" not in part.topic and part.answer_type == "region"
    same = analyse("On what about Russia were Biden and Modi on the same page?").parts[0]
    assert "agreed" in same.kinds and "page" not in same.topic and "russia" in same.topic
    assert "eye" in analyse("What did Biden say about keeping an eye on Russia?").parts[0].topic
