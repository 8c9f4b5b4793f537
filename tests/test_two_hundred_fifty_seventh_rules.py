"""Round 79's rules from the 257th and 258th sets' dev splits:

- "what kind of frontier with Israel had the deal settled" asks a kind of frontier ("kind of" counts among none of
  the words of what is asked), which the meeting's own sentence may give ("to establish a permanent maritime
  boundary");
- "where he watched a Libyan firm and an American firm sign a ... deal": others' signing looked on at, no agreement
  asked of the visit;
- "to compare notes on both leaders' recent conversations with the Russian and Ukrainian presidents": the sides'
  meetings with others are what the call was about (and "compare notes" is no comparison); "Russia's war in his
  call with China's foreign minister": a country's war is talked of, not a side;
- "how much backing did the President say the United States gave": a degree in words answers ("full support");
- "in how many Ethiopian regions ...": the regions named before their plural noun count them ("in the Amhara and
  Afar regions");
- "for whom was the new aid intended": people at large by need ("for affected populations", "countries in need");
- "In what format did each of those two exchanges take place?": how each was held;
- "what new coordinating post did he take on": a post the readout announces, not the one he held at the meeting."""

from __future__ import annotations

import re

from assistant.qa.analyse import analyse
from assistant.qa.answer_types import has_answer_type
from assistant.qa.fitting import answer_type_missing
from assistant.qa.in_words import counted_in_words, people_at_large_served
from assistant.qa.kinds_asked import asked_kinds
from assistant.qa.talked_of import talked_of_after
from assistant.qa.topics import answer_hints
from assistant.text.question_words import COMPARING
from tests.fakes import written_corpus

_AOUN = "wh_2022-10-11_president-bidens-call-with-president-aoun-of-lebanon.txt"
_NORLAND = "state_2021-07-26_special-envoy-norlands-visit-to-tripoli.txt"
_READOUTS = {
    _AOUN: (
        "President Biden's Call with President Aoun of Lebanon",
        "October 11, 2022",
        "President Biden spoke today with President Michel Aoun of Lebanon to congratulate him on the agreement to "
        "establish a permanent maritime boundary between Lebanon and Israel. He praised Deputy Speaker Elias Bou "
        "Saab for his work with the U.S. team.",
    ),
    _NORLAND: (
        "U.S. Special Envoy and Ambassador to Libya Richard Norland's Visit to Tripoli",
        "July 26, 2021",
        "U.S. Special Envoy and Ambassador to Libya Richard Norland visited Tripoli, Libya July 26 where he met with "
        "Prime Minister Abdulhamid Dabaiba and attended a signing ceremony for a 5G telecommunications contract "
        "between Libyan company Hatif and U.S. company Infinera.",
    ),
}


def test_kind_of_is_no_word_of_what_is_asked(tmp_path):
    asked = "what kind of frontier with Israel had the newly concluded deal settled?"
    assert answer_hints(asked, set()) == ("frontier", "israel")
    assert answer_hints("What type of agreement did they sign?", set()) == ("agreement",)
    answer = written_corpus(tmp_path, _READOUTS).ask(
        "In his October 2022 call with Lebanon's president, which Lebanese official did Biden single out for "
        "working with the American negotiators, and " + asked
    )
    assert "maritime boundary" in answer.text and "Bou Saab" in answer.text


def test_a_signing_looked_on_at_asks_no_agreement(tmp_path):
    asked = (
        "On what date did Washington's special envoy for Libya go to Tripoli, where he watched a Libyan firm and an "
        "American firm sign a next-generation mobile network deal?"
    )
    assert asked_kinds(asked) == ()
    assert "agreed" in asked_kinds("When did the two ministers sign the deal?")
    answer = written_corpus(tmp_path, _READOUTS).ask(asked)
    assert not answer.abstained and "July 26, 2021" in answer.text


def test_the_sides_meetings_with_others_and_a_countrys_war_are_talked_of():
    query = analyse(
        "Which head of state did Biden phone on February 15, 2022 to compare notes on both leaders' recent "
        "conversations with the Russian and Ukrainian presidents?"
    )
    assert query.parties == () and set(query.topic_parties) == {"Russia", "Ukraine"}
    assert not query.compare
    assert analyse("In his call with the Japanese prime minister, what did Biden say?").parties == ("Japan",)
    assert re.search(COMPARING, "to compare notes on their calls") is None
    assert re.search(COMPARING, "how did they compare the two calls") is not None
    query = analyse(
        "How did the Secretary of State's readouts characterize Russia's war in his March 5, 2022 call with China's "
        "foreign minister compared with his March 10, 2022 phone call with Poland's foreign minister?"
    )
    assert query.parties == ("China", "Poland") and query.topic_parties == ("Russia",)
    assert talked_of_after("'s February 26 missile launch")
    assert not talked_of_after("'s foreign minister to discuss the attack")


def test_how_much_backing_is_answered_by_a_degree():
    part = analyse(
        "How much backing did the President say the United States gave to the alliance agenda that leaders had "
        "signed off on in June?"
    ).parts[0]
    assert part.answer_type == "amount"
    assert not answer_type_missing("President Biden conveyed our full support for the NATO agenda.", part)
    assert answer_type_missing("President Biden conveyed our support for the NATO agenda.", part)


def test_things_counted_by_their_names():
    asked = "In his call, in how many Ethiopian regions did the Secretary flag spreading armed clashes?"
    said = "They shared concerns over the expansion of armed confrontation in the Amhara and Afar regions of Ethiopia."
    assert counted_in_words(said, asked)
    assert not counted_in_words("They shared concerns over armed confrontation in several regions.", asked)
    assert has_answer_type(said, "number", asked)


def test_people_at_large_by_need():
    asked = "for whom was the new USAID shelter and hygiene aid intended?"
    assert people_at_large_served("$55 million for shelter and hygiene materials for affected populations.", asked)
    assert people_at_large_served("the G7 commitment to donate vaccines to countries in need", asked)
    assert not people_at_large_served("$55 million for shelter and hygiene materials.", asked)


def test_the_format_of_a_meeting():
    assert (
        analyse(
            "Jake Sullivan engaged Israel's national security leadership on April 13, 2021 and again on May 9, 2021. "
            "In what format did each of those two exchanges take place?"
        )
        .parts[0]
        .answer_type
        == "kind"
    )
    assert analyse("What was the format of the talks?").parts[0].answer_type == "kind"
    assert analyse("In what form did they agree to provide the aid?").parts[0].answer_type != "kind"


def test_a_new_post_taken_on_is_announced_not_held():
    assert analyse("And what new coordinating post did he himself take on for the island?").parts[0].answer_type == (
        "free"
    )
    assert analyse("What post did he hold?").parts[0].answer_type == "person"
