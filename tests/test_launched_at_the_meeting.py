"""A meeting's own sentence that says what the meeting was held to launch ("met today with Foreign Minister
Mirzoyan ... to launch the U.S.-Armenia Strategic Dialogue") answers "What did they launch?", though the opening
"X met with Y" sentence is otherwise kept for who, when and where."""

from __future__ import annotations

from assistant.qa.analyse import analyse
from assistant.qa.meeting_sentence import meeting_may_answer
from tests.fakes import written_corpus

Q = "What did Blinken and Armenian Foreign Minister Mirzoyan launch at their May 2, 2022 meeting?"
OPENING = (
    "Secretary of State Antony J. Blinken met today with Armenian Minister of Foreign Affairs Ararat Mirzoyan in "
    "Washington, D.C. to launch the U.S.-Armenia Strategic Dialogue."
)


def test_the_purpose_clause_may_answer():
    part = analyse(Q).parts[0]
    assert "announced" in part.kinds
    assert meeting_may_answer(part, OPENING)
    # the same sentence without the launch says only that they met
    assert not meeting_may_answer(part, OPENING.replace(" to launch the U.S.-Armenia Strategic Dialogue", ""))


def test_the_launch_is_quoted(tmp_path):
    asst = written_corpus(
        tmp_path,
        {
            "mirzoyan.txt": (
                "Secretary Blinken's Meeting with Armenian Foreign Minister Mirzoyan",
                "May 2, 2022",
                f"{OPENING} The Secretary and Foreign Minister discussed Armenia's progress in implementing "
                "democratic reforms. They also discussed the ongoing dialogue between Armenia and its neighbors.",
            )
        },
    )
    ans = asst.ask(Q)
    assert not ans.abstained, ans.text
    assert "Strategic Dialogue" in ans.text
