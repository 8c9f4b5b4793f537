""" "According to the readout of Harris's July 2022 meeting with New Jersey legislators, on what date did she
convene legislators in Orlando?" asks the day of something that readout tells of, held elsewhere: not the day of
the meeting, and from that readout, not from the other meetings of that month."""

from __future__ import annotations

from assistant.qa.analyse import analyse
from assistant.qa.meeting_place import place_beside_source
from tests.fakes import written_corpus

Q = (
    "According to the readout of Harris's July 2022 meeting with New Jersey state legislators, on what date did "
    "she convene state legislators in Orlando?"
)


def test_a_place_beside_the_readout_named():
    assert place_beside_source(Q) == "Orlando"
    assert analyse(Q).parts[0].about_meeting is False
    # no readout named with its time, or the place is that meeting's own
    assert place_beside_source("On what date did Harris convene state legislators in Orlando?") == ""
    assert (
        place_beside_source(
            "According to the readout of her July 2022 meeting in Orlando, when was it held in Orlando?"
        )
        == ""
    )


def _readout(state: str, day: str, body: str):
    return (f"Vice President Kamala Harris's Meeting with {state} State Legislators", f"July {day}, 2022", body)


def test_the_day_comes_from_the_readout_named(tmp_path):
    asst = written_corpus(
        tmp_path,
        {
            "nj.txt": _readout(
                "New Jersey",
                "18",
                "Today, Vice President Kamala Harris convened New Jersey state legislators. The Vice President "
                "convened state legislators at the White House on July 8, 2022; in Orlando, Florida on July 14, "
                "2022; and in Philadelphia, Pennsylvania on July 16, 2022.",
            ),
            "pa.txt": _readout(
                "Pennsylvania",
                "16",
                "Today, Vice President Kamala Harris convened Pennsylvania state legislators. The Vice President "
                "convened state legislators on July 8, 2022 at the White House, and on July 14, 2022, she convened "
                "Florida state legislators in Orlando, Florida.",
            ),
        },
    )
    ans = asst.ask(Q)
    assert not ans.abstained, ans.text
    assert "July 14, 2022" in ans.text
    assert {c.source for c in ans.citations} == {"nj.txt"}
