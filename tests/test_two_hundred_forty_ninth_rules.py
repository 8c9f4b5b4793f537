"""Round 77's rules, from the 249th and 250th sets' dev splits (which round 76 ran and left):

- "making the economy work for the middle class rather than only for whom" asks whom a thing serves: people at large
  the question does not name answer ("not just those at the top"), though everyone in the sentence is named;
- "whom did the two leaders concur must face full accountability", "whom would they keep holding to account" are
  answered by whomever a sentence holds to account: "those responsible for such attacks", "Moscow and its
  supporters";
- "how much of the cooperation agenda" is answered by an extent in words: "the many areas of U.S.-France
  cooperation";
- "Did they hold that conversation in person?" asks how the meeting was held: "by phone";
- ", and working with which branch of government does the U.S. plan ..." is a second part of its own;
- "Where had those abuses been committed?" is answered by a country a thing went on across ("atrocities across
  Burma");
- "who did Blinken say were being arrested" is answered by people told as a group: "detentions of protestors"."""

from __future__ import annotations

from assistant.qa.analyse import split_parts
from assistant.qa.answer_types import has_answer_type
from assistant.qa.asked_type import answer_type
from assistant.qa.in_words import held_to_account, people_at_large_served
from assistant.qa.said_of_people import gives_people_said_of
from tests.fakes import written_corpus

_BREAKFAST = "wh_2021-10-24_the-presidents-breakfast-meeting-with-leader-schumer-and-senator-manchin.txt"
_IRAQ = "wh_2021-02-23_president-biden-call-with-prime-minister-al-kadhimi-of-iraq.txt"
_ARMENIA = "state_2022-03-14_secretary-blinkens-call-with-armenian-prime-minister-pashinyan.txt"
_FRANCE = "wh_2021-10-22_president-bidens-call-with-president-macron-of-france.txt"
_KOREA = "wh_2022-05-12_sullivans-call-with-national-security-advisor-kim-sung-han.txt"
_READOUTS = {
    _BREAKFAST: (
        "The President's Breakfast Meeting with Leader Schumer and Senator Manchin",
        "October 24, 2021",
        "This morning, the President hosted Leader Chuck Schumer and Senator Joe Manchin for breakfast at his home in "
        "Wilmington for a productive discussion about making our economy deliver for the middle class, not just "
        "those at the top.",
    ),
    _IRAQ: (
        "President Biden Call With Prime Minister Mustafa Al-Kadhimi of Iraq",
        "February 23, 2021",
        "President Biden spoke today with Prime Minister Mustafa Al-Kadhimi of Iraq. They discussed the recent rocket "
        "attacks against Iraqi and Coalition personnel and agreed that those responsible for such attacks must be "
        "held fully to account.",
    ),
    _ARMENIA: (
        "Secretary Blinken's Call with Armenian Prime Minister Pashinyan",
        "March 14, 2022",
        "Secretary Blinken spoke today with Armenian Prime Minister Nikol Pashinyan. The Secretary highlighted the "
        "U.S. commitment, alongside other partners, to continue to hold Moscow and its supporters accountable for "
        "the Kremlin's unprovoked war against Ukraine.",
    ),
    _FRANCE: (
        "President Biden's Call with President Macron of France",
        "October 22, 2021",
        "President Biden spoke today with President Emmanuel Macron of France. President Biden looks forward to the "
        "meeting with President Macron in Rome later this month, where they will take stock of the many areas of "
        "U.S.-France cooperation.",
    ),
    _KOREA: (
        "National Security Advisor Jake Sullivan's Call with National Security Advisor Kim Sung-han",
        "May 12, 2022",
        "National Security Advisor Jake Sullivan spoke by phone today with Republic of Korea National Security "
        "Advisor Kim Sung-han. They condemned the DPRK's ballistic missile launches.",
    ),
}


def test_people_at_large_the_question_does_not_name_answer_for_whom(tmp_path):
    asked = (
        "At the President's Wilmington breakfast with the Senate majority leader and Senator Manchin in October "
        "2021, the talks covered making the economy work for the middle class rather than only for whom?"
    )
    said = "making our economy deliver for the middle class, not just those at the top"
    assert people_at_large_served(said, asked)
    # the people at large the question names itself are no answer, nor are they to a question of whom they met
    assert not people_at_large_served("making our economy deliver for the middle class", asked)
    assert not people_at_large_served(said, "Whom did the President host for breakfast?")
    # (review: without a contrast, people at large the question names answer; "the rich history" is no people)
    protect = "Whom did Harris and the Indiana legislators agree to work together to protect, women or others?"
    assert people_at_large_served(
        "to protect the health of the women of America", protect.replace(", women or others", "")
    )
    assert not people_at_large_served(
        "They celebrated the rich history of the alliance and the few remaining issues.",
        "For whom did Biden say the child tax credit would deliver?",
    )
    answer = written_corpus(tmp_path, _READOUTS).ask(asked)
    assert not answer.abstained and "those at the top" in answer.text


def test_whom_a_side_holds_to_account_answers_who_is_held_to_account(tmp_path):
    asked = (
        "When the President phoned Iraq's prime minister in February 2021 about the rocket strikes on Iraqi and "
        "coalition troops, whom did the two leaders concur must face full accountability?"
    )
    assert held_to_account("agreed that those responsible for such attacks must be held fully to account", asked)
    assert held_to_account(
        "to continue to hold Moscow and its supporters accountable", "Whom would they hold to account?"
    )
    assert not held_to_account("They discussed the recent rocket attacks.", asked)
    assert not held_to_account("to continue to hold Moscow accountable", "Who met Pashinyan?")
    # (review: the verb first, and a passive with any subject; no gathering held)
    account = "Whom did they agree to hold to account?"
    assert held_to_account("to hold to account those responsible for the coup in Burma", account)
    assert held_to_account("the Russian government and its enablers will be held to account", account)
    assert not held_to_account("They will hold a meeting next month in Geneva to account for the missing.", account)
    corpus = written_corpus(tmp_path, _READOUTS)
    answer = corpus.ask(asked)
    assert not answer.abstained and "those responsible" in answer.text
    two = corpus.ask(
        "On his March 14, 2022 call with Armenia's prime minister, whom did Blinken say Washington and its partners "
        "would keep holding to account over the war in Ukraine?"
    )
    assert not two.abstained and "hold Moscow" in two.text


def test_an_extent_in_words_answers_how_much_of_a_thing(tmp_path):
    asked = (
        "Per the readout of Biden's October 22, 2021 phone call with France's president, how much of the "
        "U.S.-French cooperation agenda were the two leaders planning to review when they saw each other in Italy?"
    )
    assert has_answer_type("take stock of the many areas of U.S.-France cooperation", "amount", asked)
    assert not has_answer_type("take stock of U.S.-France cooperation", "amount", asked)
    # (of how large a thing, the many of something else is no size: "a wide-ranging agenda")
    assert not has_answer_type(
        "met to discuss Argentina's engagement with the IMF, and to advance cooperation on a wide range of issues",
        "amount",
        "How large an IMF program for Argentina did Sullivan discuss with Massa?",
    )
    # (review: many of something else, or of a sum, is not how much of the thing asked)
    gas = "How much of its natural gas supply had Russia cut?"
    assert not has_answer_type("Russia cut off supplies to several European countries.", "amount", gas)
    money = "How much of the $45 million for the partnership had been disbursed?"
    assert not has_answer_type("They noted progress on several of the topics.", "amount", money)
    answer = written_corpus(tmp_path, _READOUTS).ask(asked)
    assert not answer.abstained and "many areas" in answer.text


def test_holding_a_conversation_in_person_asks_how_it_was_held(tmp_path):
    assert answer_type("Did they hold that conversation in person?") == "kind"
    # (review: no one meeting named, any meeting of theirs answers; one to come or gone before, or another event, is
    # not the meeting held)
    assert answer_type("Did Biden and Xi meet face to face?") != "kind"
    assert answer_type("Did they say in their April 11 call that they would have their next meeting in person?") != (
        "kind"
    )
    assert answer_type("Had they held their previous meetings in person?") != "kind"
    assert answer_type("Did the Secretary hold the press conference virtually?") != "kind"
    assert answer_type("Did they hold talks on trade?") == "yesno"
    assert answer_type("Did they meet in person in Tokyo?") != "kind"
    assert answer_type("Were they planning to meet in person?") != "kind"
    answer = written_corpus(tmp_path, _READOUTS).ask(
        "Did Jake Sullivan and South Korea's national security adviser hold their May 12, 2022 conversation in person?"
    )
    assert not answer.abstained and "by phone" in answer.text


def test_a_clause_opened_by_what_is_done_is_a_part_of_its_own():
    parts = split_parts(
        "Who sat down in December 2022 with the presidents of six African nations to talk about their 2023 "
        "elections, and working with which branch of government does the U.S. plan to put more than $165 million "
        "behind African elections?"
    )
    assert len(parts) == 2 and parts[1].startswith("working with which branch")
    assert len(split_parts("Who met Kishida in Tokyo, and discussing which issues?")) == 1


def test_a_country_across_which_a_thing_went_on_is_a_place():
    asked = (
        "Meeting two representatives of the shadow National Unity Government in April 2022, the State Department "
        "Counselor voiced sympathy for the victims of a military regime's savage abuses. Where had those abuses been "
        "committed?"
    )
    said = (
        "The Counselor expressed deep sympathy for the victims of the military regime's brutal atrocities across Burma."
    )
    assert answer_type(asked) == "place"
    assert has_answer_type(said, "place", asked)
    assert not has_answer_type("They worked across the aisle on the bill.", "place", asked)
    # (a region a thing went on across is not where a call was held)
    migration = "They spoke about the unprecedented levels of irregular migration across the Western Hemisphere."
    assert not has_answer_type(migration, "place", "Where did Sullivan speak with Mexico's Foreign Secretary?")
    # (review: a land by its name, not a month or a party)
    assert not has_answer_type("They worked together throughout January.", "place", asked)
    assert not has_answer_type("The alliance held across Democratic and Republican administrations.", "place", asked)


def test_people_held_or_protesting_answer_whom_something_was_said_of():
    asked = "Who did Blinken say were being arrested and held in Cuba?"
    said = "They also discussed concerns regarding the mass arrests and detentions of protestors in Cuba."
    assert gives_people_said_of(said, asked)
    assert not gives_people_said_of(said, "Who led the delegation?")
    # (review: a side called on by its name answers whom it was urged of)
    sea = "Whom did Blinken call on to abide by its obligations under the law of the sea?"
    assert gives_people_said_of("The Secretary called on the PRC to abide by its obligations.", sea)
