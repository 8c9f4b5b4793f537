"""Round 79's rules from the 261st and 262nd sets' dev splits:

- "about the deal with Israel", "what was needed in dealing with Moscow": a deal, a dispute or a dealing with a
  country makes it what was talked of, not a side met;
- "what did he call the best route to a lasting peace": a superlative named, no phone call;
- "Burma's junta" is a country's regime, talked of;
- and the mends of the round's review (``test_review_mends_of_round_79``)."""

from __future__ import annotations

from assistant.qa.analyse import analyse
from assistant.qa.coverage import names_someone_new
from assistant.qa.in_words import counted_in_words
from assistant.qa.kinds_asked import asked_kinds
from assistant.qa.meeting_kinds import meeting_kind
from assistant.qa.who_when_where import READOUT_ISSUED


def test_a_deal_or_dealing_with_a_country_is_talked_of():
    query = analyse(
        "When the President phoned Lebanon's president in October 2022 about the deal with Israel, what kind of line "
        "did the agreement set up?"
    )
    assert query.parties == ("Lebanon",) and query.topic_parties == ("Israel",)
    query = analyse(
        "When France's foreign minister called on the Secretary in Washington in mid-July 2021, what did the two "
        "concur was needed in dealing with Moscow?"
    )
    assert query.parties == ("France",) and query.topic_parties == ("Russia",)
    assert analyse("What did Blinken discuss in his call with Israel?").parties == ("Israel",)


def test_a_superlative_named_is_no_call():
    asked = (
        "When Biden hosted Israel's outgoing president Reuven Rivlin in June 2021, whom did he invite to come see "
        "him soon at the White House, and what did he call the best route to a lasting peace?"
    )
    assert analyse(asked).meeting_kind != "call"
    assert meeting_kind("What did Biden call the best part of his call with Kishida?") == "call"


def test_a_countrys_junta_is_talked_of():
    query = analyse(
        "Meeting South Korea's foreign minister in Honolulu on February 12, 2022, how many of the people wrongfully "
        "held by Burma's junta did the Secretary want the regime to free?"
    )
    assert query.parties == ("South Korea",) and "Burma" in query.topic_parties


def test_review_mends_of_round_79():
    """The second reader's inputs, each wrong before its mend."""
    # names counted only of places, not kinds of people
    asked = "How many civilians had been killed, according to Biden's May 15, 2021 call with Netanyahu?"
    assert not counted_in_words("He condemned the loss of Israeli and Palestinian civilians.", asked)
    assert not counted_in_words("He met with a group of Senators and House members.", "How many House members met?")
    # a post asked of a New Zealand official is still a post held
    assert analyse("What was the title of the official Sherman met from New Zealand in July 2021?").parts[
        0
    ].answer_type == ("person")
    # an agreement asked for, or reached, is with a side met
    assert analyse("What agreement with Mexico did Biden announce in November 2021?").parties == ("Mexico",)
    assert "Turkey" in analyse("Did Biden reach a deal with Turkey on Finland and Sweden in June 2022?").parties
    # (one named by its owner still is: "the Emirates' normalization deals with Israel", "his country's deal with")
    query = analyse("How much backing did Biden offer for widening the Emirates' normalization deals with Israel?")
    assert "Israel" in query.topic_parties
    query = analyse("Which leader did Biden meet after hailing his country's three-way deal with Finland and Sweden?")
    assert {"Finland", "Sweden"} <= set(query.topic_parties)
    # a preposition ends the noun phrase after a country's possessive
    assert "Poland" in analyse("What did Biden discuss with Poland's Duda regarding war refugees?").parties
    assert "Ethiopia" in analyse("What did Biden discuss with Ethiopia's Abiy regarding clashes in Tigray?").parties
    # the meetings asked about, told as their separate or earlier ones, are with sides met
    query = analyse("In her separate meetings with the Japanese and South Korean foreign ministers, what did she say?")
    assert set(query.parties) == {"Japan", "South Korea"}
    # a medium-term step, a mode of transport: no meeting's format
    assert analyse("What medium-term steps did the leaders agree to take?").parts[0].answer_type != "kind"
    assert analyse("What mode of transport did the Secretary take to Kyiv?").parts[0].answer_type != "kind"
    # "tell X with respect to": nothing urged
    assert "urged" not in asked_kinds("What did Blinken tell Kuleba with respect to security assistance?")
    assert "urged" not in asked_kinds("What did Biden tell Kishida regarding America's commitment to defend Japan?")
    # "call the most": calls counted, not a superlative named
    assert meeting_kind("Which counterpart did Blinken call the most in February 2022?") == "call"
    # the spokesperson asked of, not who spoke
    said = "The below is attributable to Spokesperson Ned Price:"
    assert not names_someone_new(said, "What did the spokesperson say about the call?")
    # a summary the leaders released is no readout
    assert not READOUT_ISSUED.search("When did the two leaders release a summary of the agreement?")
    assert not READOUT_ISSUED.search("When was the summary of the findings released?")
    # "Patrick" of "St. Patrick's Day" is no piece of the day to drop
    assert "Patrick" in analyse("What did Biden and Patrick discuss on St. Patrick's Day 2022?").people
