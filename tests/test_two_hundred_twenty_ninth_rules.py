"""Round 71's rules from the 227th and 228th sets' dev splits: the time of day of a meeting asked ("At what time of day
did Biden host Schumer and Manchin?") is the sentence that gives it ("This morning, ..."), or said to be missing; a
plural's possessive ("Athens' backing") is the name without it; how long-standing a thing is, asked in words, is
answered by a sentence that says it in words ("the longstanding partnership"). And the second reader's mends of the
round's rules."""

from __future__ import annotations

from assistant.corpus.list_lines import item_people
from assistant.qa.about_meeting import about_meeting
from assistant.qa.analyse import analyse
from assistant.qa.answer_types import has_answer_type
from assistant.qa.asked_type import answer_type
from assistant.qa.coverage import topic_coverage
from assistant.records import Sentence
from assistant.text.tokenize import without_possessive
from tests.fakes import written_corpus

_READOUTS = {
    "wh_2021-10-24_presidents-breakfast-meeting-with-leader-schumer-and-senator-manchin.txt": (
        "Readout of the President's Breakfast Meeting with Leader Schumer and Senator Manchin",
        "October 24, 2021",
        "This morning, the President hosted Leader Chuck Schumer and Senator Joe Manchin for breakfast at his home in "
        "Wilmington for a productive discussion about the Build Back Better Agenda. They agreed to stay in close "
        "touch with each other.",
    ),
    "state_2022-03-07_secretary-blinkens-call-with-ukrainian-foreign-minister-kuleba.txt": (
        "Secretary Blinken's Call with Ukrainian Foreign Minister Kuleba",
        "March 7, 2022",
        "Secretary of State Antony J. Blinken spoke with Ukrainian Foreign Minister Dmytro Kuleba. They discussed "
        "ongoing diplomatic efforts to stop Russia's war of choice.",
    ),
}


def test_the_time_of_day_of_a_meeting(tmp_path):
    q = "At what time of day did President Biden host Chuck Schumer and Joe Manchin on October 24, 2021?"
    assert analyse(q).parts[0].answer_type == "date"
    asst = written_corpus(tmp_path, _READOUTS)
    answer = asst.ask(q)
    assert not answer.abstained and "This morning:" in answer.text
    answer = asst.ask("At what time of day did Blinken call Kuleba on March 7, 2022?")
    assert answer.abstained and "does not say at what time of day" in answer.text


def test_a_plurals_possessive_is_the_name():
    assert without_possessive("Athens'") == "Athens" and without_possessive("Blinken's") == "Blinken"
    assert without_possessive("Paris") == "Paris"
    q = "Apart from Athens' backing for Ukraine, what effort did the Secretary thank Greece for supporting?"
    assert "Athens'" not in analyse(q).people


def test_how_long_standing_in_words():
    q = "In words, how long-standing does the readout say the partnership between the two police forces is?"
    assert analyse(q).parts[0].answer_type == "duration"
    assert has_answer_type("They reaffirmed the longstanding partnership between the two forces.", "duration", q)
    assert not has_answer_type("They reaffirmed the partnership between the two forces.", "duration", q)


def test_review_mends(tmp_path):
    # "With which ... did X say he would ...", "... that Sherman and Mori discussed by phone": not whom they met
    assert about_meeting("With which African head of state did Biden unveil a task force in September 2022?")
    assert not about_meeting("With which leaders did Biden say he would coordinate, in his call with Zelenskyy?")
    assert not about_meeting(
        "With which Japanese leader had Biden unveiled the forum that Sherman and Mori discussed by phone?"
    )
    # who issued a readout is asked by the asking words, not by "according to the readout attributed to ..."
    asst = written_corpus(tmp_path, _READOUTS)
    answer = asst.ask(
        "Whom did Blinken call on March 7, 2022, according to the readout issued by the State Department?"
    )
    assert "Kuleba" in answer.text
    # the time of day of something other than the meeting, as the readout gives it
    q = "At what time of day did the explosion happen, according to the call?"
    assert has_answer_type("He expressed condolences for the loss of life earlier this evening.", "date", q)
    # "clean energy capacity" is no one's post; "how much energy" is no effort
    assert answer_type("What clean energy capacity did Biden and the utility CEOs discuss?") != "person"
    assert answer_type("In what White House capacity did Cedric Richmond take part?") == "person"
    assert not has_answer_type("As major energy producers, they discussed supply.", "amount", "How much energy?")
    # "exchanges" are not any conversation
    q = analyse("What did Biden and Xi say about people-to-people exchanges in their call?")
    assert topic_coverage("They held a series of conversations.", q.parts[0].topic, lambda t: 1.0) < 1.0
    # a city's name after a state's goes on ("Mayor of Kansas City Quinton Lucas")
    text = "- Mayor of Kansas City Quinton Lucas"
    (person,) = item_people(text, Sentence("x", 0, len(text), text))
    assert person.name != "City Quinton Lucas"
