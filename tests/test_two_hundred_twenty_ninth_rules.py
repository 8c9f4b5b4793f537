"""Round 71's rules from the 227th and 228th sets' dev splits: the time of day of a meeting asked ("At what time of day
did Biden host Schumer and Manchin?") is the sentence that gives it ("This morning, ..."), or said to be missing; a
plural's possessive ("Athens' backing") is the name without it; how long-standing a thing is, asked in words, is
answered by a sentence that says it in words ("the longstanding partnership"); earlier "exchanges" are earlier
"conversations"."""

from __future__ import annotations

from assistant.qa.analyse import analyse
from assistant.qa.answer_types import has_answer_type
from assistant.qa.coverage import topic_coverage
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


def test_exchanges_are_conversations():
    q = analyse("The call was framed as a follow-up to earlier exchanges. What had those exchanges been about?")
    text = "Sherman spoke today with Morgan to follow up on previous conversations on Russia's aggression."
    assert topic_coverage(text, q.parts[0].topic, lambda t: 1.0) == 1.0
