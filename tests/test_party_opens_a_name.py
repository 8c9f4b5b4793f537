"""A party's name that opens the name of a body of its own ("a co-chair of the OSCE Minsk Group") is what was
talked about, not a side of the meeting: the call of Blinken and Pashinyan is still found."""

from __future__ import annotations

from assistant.qa.analyse import analyse
from tests.fakes import written_corpus

Q = (
    "Since what year has the United States been a co-chair of the OSCE Minsk Group, as Blinken noted in his July 25, "
    "2022 call with Armenian PM Pashinyan?"
)


def test_the_body_is_no_side():
    assert "OSCE" not in analyse(Q).parties
    assert "Armenia" in analyse(Q).parties
    assert "OSCE" in analyse("What did Blinken discuss with the OSCE Secretary General?").parties


def test_the_call_is_found(tmp_path):
    asst = written_corpus(
        tmp_path,
        {
            "pashinyan.txt": (
                "Secretary Blinken's Call with Armenian Prime Minister Pashinyan",
                "July 25, 2022",
                "Secretary of State Antony J. Blinken spoke today with Armenian Prime Minister Nikol Pashinyan. He "
                "noted that the United States has been an OSCE Minsk Group Co-Chair since 1994.",
            )
        },
    )
    ans = asst.ask(Q)
    assert not ans.abstained, ans.text
    assert "1994" in ans.text
