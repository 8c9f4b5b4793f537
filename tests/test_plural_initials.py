"""Initials in the plural ("state AGs", "NGOs", "CEOs") name a class of people or bodies, never one person: no
readout needs to spell them so for a question to be answered ("No indexed readout mentions AGs" was wrong)."""

from __future__ import annotations

from assistant.qa.analyse import analyse
from tests.fakes import written_corpus

Q = (
    "According to the readout of Harris's August 5, 2022 meeting with Latina state legislators, over what period "
    "had she been bringing together groups such as medical providers, legal scholars and state AGs?"
)


def test_plural_initials_are_no_one():
    assert "AGs" not in analyse(Q).people + analyse(Q).topic_people
    assert "NGOs" not in analyse("Which NGOs did Blinken meet in Kyiv?").people
    aukus = analyse("What did Blinken say about the AUKUS partnership?")
    assert "AUKUS" in aukus.people + aukus.topic_people  # initials of one thing still name it


def test_the_question_is_answered(tmp_path):
    asst = written_corpus(
        tmp_path,
        {
            "latina.txt": (
                "Vice President Kamala Harris's Meeting with Latina State Legislators",
                "August 5, 2022",
                "Today, Vice President Kamala Harris convened Latina state legislators. And she has convened health "
                "care providers, constitutional law experts, faith leaders, state attorneys general, and advocates "
                "over the last three months.",
            )
        },
    )
    ans = asst.ask(Q)
    assert not ans.abstained, ans.text
    assert "three months" in ans.text
