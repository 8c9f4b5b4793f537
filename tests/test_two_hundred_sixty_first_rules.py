"""Round 79's rules from the 261st and 262nd sets' dev splits:

- "about the deal with Israel", "what was needed in dealing with Moscow": a deal, a dispute or a dealing with a
  country makes it what was talked of, not a side met;
- "what did he call the best route to a lasting peace": a superlative named, no phone call;
- "how many of the people wrongfully held ... did the Secretary want the regime to free": "release all those
  unjustly detained" counts them; "Burma's junta" is a country's regime, talked of."""

from __future__ import annotations

from assistant.qa.analyse import analyse
from assistant.qa.in_words import counted_in_words
from assistant.qa.meeting_kinds import meeting_kind


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


def test_all_those_held_counts_them():
    asked = "how many of the people wrongfully held by Burma's junta did the Secretary want the regime to free?"
    assert counted_in_words("He pressed the regime to release all those unjustly detained.", asked)
    assert not counted_in_words("He pressed the regime to release those unjustly detained.", asked)
    query = analyse("Meeting South Korea's foreign minister in Honolulu on February 12, 2022, " + asked)
    assert query.parties == ("South Korea",) and "Burma" in query.topic_parties
