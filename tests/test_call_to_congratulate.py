"""A meeting's own sentence may carry what the call was for: "... spoke yesterday with Prime Minister Trudeau to
congratulate him on his party's victory" answers "what was she calling to congratulate him on?", as "...
committing that ..." answers a question about a commitment."""

from __future__ import annotations

from assistant.qa.analyse import analyse
from assistant.qa.meeting_sentence import meeting_may_answer
from tests.fakes import written_corpus

MET = (
    "Vice President Kamala Harris spoke yesterday evening with Prime Minister of Canada Justin Trudeau to "
    "congratulate the Prime Minister on his party's victory in the federal elections earlier this week."
)


def test_the_meeting_sentence_of_the_kind_may_answer():
    part = analyse("In her September 2021 call with Trudeau, what did Harris congratulate him on?").parts[0]
    assert meeting_may_answer(part, MET)
    thanks = analyse("What did Harris thank Trudeau for in their call?").parts[0]
    assert meeting_may_answer(thanks, "Harris spoke today with Trudeau to thank him for Canada's support.")
    assert not meeting_may_answer(thanks, MET)


def test_the_congratulations_are_quoted(tmp_path):
    asst = written_corpus(
        tmp_path,
        {
            "trudeau.txt": (
                "Vice President Kamala Harris's Call with Prime Minister Justin Trudeau of Canada",
                "September 22, 2021",
                MET + " The Prime Minister thanked the Vice President for the call, and the two leaders discussed "
                "their shared commitment to ending the pandemic.",
            )
        },
    )
    ans = asst.ask(
        "When the Vice President phoned a neighbouring country's prime minister in late September 2021, what was "
        "she calling to congratulate him on?"
    )
    assert not ans.abstained, ans.text
    assert "party's victory" in ans.text
