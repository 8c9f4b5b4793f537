"""Round 81's rules from the 267th and 268th sets' dev splits:

- "Governor Henry McMaster of South Carolina", "Governor Ron DeSantis of Florida": the name ends before the state
  the office is of (the state was read as the name; extractor 40, 3 of 941 records change);
- "... Poland's foreign minister, who also chaired the OSCE. By when did the two vow ...": the question starts after
  a sentence ending in an acronym, as after any other word (not after "U.S.");
- "By when did they vow to press Moscow to halt its operations": "to cease its military action ... immediately"
  answers a deadline asked, as "today" does;
- "How large a share of the public did Biden say backed his package": "a bipartisan majority of the American
  people" gives a share in words (an adjective before "majority"; an amount asked as a share);
- "Where did he say bringing those people home ranks among his priorities?" asks a rank, no place;
- "Early in February 2022 the President hosted ... the upper chamber's judiciary panel": "early" is part of the time,
  no topic, and a panel is a committee;
- "How many of the developments ... did the readout say bear on regional stability?": "..., all of which impact
  regional stability" gives all of them, by what it says of them;
- "the nation's chief diplomat and its defense chief jointly telephoned an embattled head of state. How did they
  characterise their government's stake in ...": the issuer's Secretary of State, described; "characterise" (as
  "characterize") asks how, no topic; a stake is what one is invested in.
"""

from __future__ import annotations

from assistant.corpus.people import mentions
from assistant.qa.analyse import analyse
from assistant.qa.answer_types import has_answer_type
from assistant.qa.asked_type import answer_type
from assistant.qa.question_names import principal_office
from tests.fakes import extracted_meeting


def test_a_governors_name_ends_before_the_state_of_the_office(tmp_path):
    said = "President Biden spoke this morning with Governor Henry McMaster of South Carolina to discuss the storm."
    assert [(m.title, m.name) for m in mentions(said)][-1] == ("Governor", "Henry McMaster")
    said = "The President spoke with Governor Ron DeSantis of Florida today."
    assert [(m.title, m.name) for m in mentions(said)][-1] == ("Governor", "Ron DeSantis")
    # a country after "of" is still the office's country, and a title's own "of" stays in the title
    assert [(m.title, m.name, m.country) for m in mentions("He met Prime Minister Kishida of Japan.")] == [
        ("Prime Minister", "Kishida", "Japan")
    ]
    record = extracted_meeting(
        tmp_path,
        "wh_2022-09-30_call.txt",
        "President Joe Biden's Call with Governor Henry McMaster of South Carolina",
        "September 30, 2022",
        "President Joseph R. Biden, Jr. spoke this morning with Governor Henry McMaster of South Carolina to discuss "
        "the steps the Administration is taking to support South Carolina ahead of Hurricane Ian.",
    )
    assert "Henry McMaster" in {p.name for p in record.participants}


def test_a_question_after_a_sentence_ending_in_an_acronym():
    asked = (
        "On the day Russia launched its full-scale assault, Blinken phoned Poland's foreign minister, who also "
        "chaired the OSCE. By when did the two vow to keep pressing Moscow to halt its military operations?"
    )
    assert answer_type(asked) == "date"
    assert answer_type("Who met the U.S. envoy in the U.S. capital?") == "person"


def test_at_once_answers_a_deadline_asked():
    asked = "By when did the two vow to keep pressing Moscow to halt its military operations against Ukraine?"
    said = "They pledged to urge Russia to cease its military action against Ukraine immediately."
    assert has_answer_type(said, "date", asked)
    assert not has_answer_type(said, "date", "What did the two vow to press Moscow to do?")


def test_a_majority_qualified_is_a_share_asked_as_an_amount():
    asked = "How large a share of the public did Biden say backed his 2021 pandemic relief package?"
    assert answer_type(asked) == "amount"
    said = "He highlighted the broad support the package has received, including from a bipartisan majority of the "
    said += "American people."
    assert has_answer_type(said, "amount", asked)
    assert not has_answer_type("Majority Leader Schumer thanked the caucus.", "amount", asked)
    assert not has_answer_type(said, "amount", "How large was the package?")


def test_where_a_thing_ranks_among_priorities_asks_no_place():
    assert answer_type("Where did he say bringing those people home ranks among his priorities?") == "free"
    assert answer_type("Where did the Secretary stand during the ceremony?") == "place"
    assert answer_type("Where did Biden and Xi meet?") == "place"


def test_early_in_a_month_is_time_and_a_panel_a_committee():
    from assistant.text.synonyms import SYNONYMS_OF

    part = analyse("Early in February 2022 the President hosted the judiciary panel. What did they advise on?").parts[0]
    assert "earli" not in part.topic + part.hints and "panel" in part.hints
    assert "earli" in analyse("What did they say about an early warning system in May 2022?").parts[0].topic
    assert "committe" in SYNONYMS_OF["panel"]


def test_all_of_which_counts_the_whole_of_what_was_listed():
    from assistant.qa.in_words import counted_in_words

    asked = "How many of the developments they worried about did the readout say bear on regional stability?"
    said = "They discussed the fighting in Amhara, the plight of Tigray and reports of Eritrean troops, all of which "
    said += "impact regional stability."
    assert counted_in_words(said, asked)
    assert not counted_in_words("They discussed trade and energy, all of which matters.", asked)


def test_the_nations_chief_diplomat_is_the_secretary_of_state():
    from assistant.text.synonyms import SYNONYMS_OF

    asked = "In August 2021 the nation's chief diplomat telephoned an embattled head of state. How did they "
    asked += "characterise their government's stake in his country's security?"
    assert principal_office(asked) == "Secretary of State"
    assert principal_office("What did Armenia's top diplomat tell Blinken?") is None
    part = analyse(asked).parts[0]
    assert "characteris" not in part.topic and "stake" in part.topic
    assert "invest" in SYNONYMS_OF["stake"]
