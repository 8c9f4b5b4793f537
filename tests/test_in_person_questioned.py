""" "Was Biden's February 11 meeting with transatlantic leaders held in person? If not, how?" asks the kind of
meeting: the video call of that day answers it. "In their in-person meeting of February 11" still insists."""

from __future__ import annotations

from assistant.qa.meeting_kinds import IN_PERSON_QUESTIONED
from tests.fakes import written_corpus

READOUTS = {
    "video.txt": (
        "President Biden's Video Call with Transatlantic Leaders",
        "February 11, 2022",
        "President Joseph R. Biden, Jr. held a secure video call with transatlantic leaders today. The leaders "
        "discussed Russia's continued military build-up around Ukraine.",
    )
}


def test_whether_in_person_is_asked_not_insisted_on(tmp_path):
    assert IN_PERSON_QUESTIONED.search("Was the meeting held in person?")
    assert IN_PERSON_QUESTIONED.search("Did they meet in person or by video?")
    assert not IN_PERSON_QUESTIONED.search("What did they discuss at their in-person meeting in May?")
    asst = written_corpus(tmp_path, READOUTS)
    ans = asst.ask(
        "Was Biden's February 11, 2022 meeting with transatlantic leaders held in person? If not, how did it take "
        "place?"
    )
    assert not ans.abstained, ans.text
    assert "secure video call" in ans.text
    insisted = asst.ask(
        "What did Biden discuss at his in-person meeting with transatlantic leaders on February 11, 2022?"
    )
    assert insisted.abstained, insisted.text


def test_a_wh_question_about_an_in_person_meeting_insists():
    assert not IN_PERSON_QUESTIONED.search("When did Blinken meet Estonian Foreign Minister Liimets in person?")
    assert not IN_PERSON_QUESTIONED.search("How many times did Sullivan meet Yang Jiechi in person, per the readouts?")
