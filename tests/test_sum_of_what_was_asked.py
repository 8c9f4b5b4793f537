"""A "how much" part whose topic is only the meeting's sides ("How much humanitarian assistance has the US given
Afghanistan, according to the July 2022 meeting with Taliban representatives?") is answered by a sum of what it
asks about (humanitarian assistance), not by another sum of the readout ("$3.5 billion in licensed central bank
reserves"). A small corpus written here, with the hash embedder."""

from __future__ import annotations

from tests.fakes import written_corpus

Q = "How much humanitarian assistance has the US given, according to Tom West's July 2022 meeting with Muttaqi?"


def _readout(figure: str) -> dict:
    return {
        "taliban.txt": (
            "Special Representative West's Meeting with Acting Foreign Minister Muttaqi",
            "July 27, 2022",
            "Special Representative Tom West met with Acting Foreign Minister Amir Khan Muttaqi in Tashkent. The two "
            "sides discussed "
            f"{figure} to be used for the benefit of the Afghan people.",
        )
    }


def test_another_sum_does_not_answer(tmp_path):
    asst = written_corpus(tmp_path, _readout("the $3.5 billion in licensed Afghan central bank reserves"))
    ans = asst.ask(Q)
    assert ans.abstained, ans.text


def test_a_sum_of_the_thing_asked_answers(tmp_path):
    asst = written_corpus(tmp_path, _readout("the $774 million in humanitarian assistance provided since August"))
    ans = asst.ask(Q)
    assert not ans.abstained and "$774 million" in ans.text, ans.text
