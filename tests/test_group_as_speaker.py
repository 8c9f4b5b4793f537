"""At a meeting of many, "what did the governors stress?" asks what the governors said: the sentence they speak in
("The Governors - who represent a range of states - talked about ...") answers it, whatever its verb, before the
President's sentences of the asked kind ("the President emphasized ..."). Not for an agreement: talk is none."""

from __future__ import annotations

from assistant.qa.analyse import analyse
from assistant.qa.compose import Quote
from assistant.qa.speakers import said_by_group
from assistant.records import Sentence
from tests.fakes import written_corpus


def _quote(text: str, kind: str) -> Quote:
    return Quote(Sentence("w.txt", 0, len(text), text), "Wildfire Meeting", "2021-06-30", kind=kind)


GOVERNORS = _quote(
    "The Governors – who represent a range of states across the West – talked about the importance of working "
    "closely together.",
    "discussed",
)
PRESIDENT = _quote("In the meeting, the President emphasized the importance of investments.", "noted")
ASKED = _quote("President Biden asked the Governors what additional support they need.", "other")


def test_the_group_speaking_answers():
    part = analyse("At the wildfire meeting, what did the governors stress?").parts[0]
    assert said_by_group([PRESIDENT, ASKED, GOVERNORS], part) == [GOVERNORS]
    assert said_by_group([PRESIDENT], part) == []


def test_not_for_an_agreement_nor_a_group_spoken_to():
    agreed = analyse("At the wildfire meeting, what did the governors agree?").parts[0]
    assert said_by_group([GOVERNORS], agreed) == []
    to = analyse("At the wildfire meeting, what did Biden tell the governors?").parts[0]
    assert said_by_group([GOVERNORS], to) == []


def test_the_governors_sentence_is_quoted(tmp_path):
    asst = written_corpus(
        tmp_path,
        {
            "fire.txt": (
                "President Biden's Wildfire Preparedness Meeting with Governors",
                "June 30, 2021",
                "Today, President Biden convened a meeting with Governors from Western States on wildfire "
                "preparedness. In the meeting, the President emphasized the importance of investments to address "
                "wildfires. The Governors – who represent a range of states across the West – talked about the "
                "importance of working closely together to prevent wildfires.",
            )
        },
    )
    ans = asst.ask("At the June 2021 meeting on wildfire preparedness with governors, what did the governors stress?")
    assert not ans.abstained, ans.text
    assert "working closely together" in ans.text


def test_the_group_by_another_name_and_asked_how_it_responded():
    ceos = _quote("The CEOs also stressed the need for investments to harden the grid.", "noted")
    convened = _quote("She also convened legislators from Montana and Nebraska in Washington.", "other")
    leaders = _quote("The state leaders thanked the Vice President for her leadership.", "thanked")
    said = analyse("On the call with utility executives, what did the executives say the grid needed?").parts[0]
    assert said_by_group([PRESIDENT, ceos], said) == [ceos]
    how = analyse("How did the state lawmakers who met the Vice President about abortion respond to her?").parts[0]
    assert said_by_group([convened, leaders], how) == [leaders]
    assert said_by_group([convened], how) == []


def test_the_group_sentence_sharing_no_word_with_the_question_is_found(tmp_path):
    asst = written_corpus(
        tmp_path,
        {
            "leg.txt": (
                "Vice President Harris's Meeting with Latina State Legislators on Reproductive Rights",
                "August 5, 2022",
                "Today Vice President Harris convened Latina state legislators from six states to discuss "
                "reproductive rights. The Vice President thanked the leaders for their work protecting reproductive "
                "rights in their states. The state leaders thanked the Vice President for her leadership fighting "
                "for the health and safety of women.",
            )
        },
    )
    ans = asst.ask("How did the Latina state lawmakers who met the Vice President about reproductive rights respond?")
    assert not ans.abstained, ans.text
    assert "health and safety of women" in ans.text
    assert "thanked the leaders for their work" not in ans.text
