"""Rules of round 53 (from the eighty-first and eighty-second sets' dev splits and the older dev splits)."""

import pytest

from tests.fakes import written_corpus

READOUTS = {
    "call.txt": (
        "Secretary Blinken's Call with French Foreign Minister Le Drian",
        "April 27, 2022",
        "Secretary of State Antony J. Blinken spoke today with French Foreign Minister Jean-Yves Le Drian to "
        "congratulate the French people on their election. They discussed support for Ukraine.",
    ),
    "meeting.txt": (
        "Secretary Blinken's Meeting with French Foreign Minister Le Drian",
        "May 15, 2022",
        "Secretary of State Antony J. Blinken met with French Foreign Minister Jean-Yves Le Drian today in Paris. "
        "They discussed the Trade and Technology Council.",
    ),
}


@pytest.fixture
def asst(tmp_path):
    return written_corpus(tmp_path, READOUTS)


def test_a_comparison_of_format_cites_the_title_that_names_a_call(asst):
    ans = asst.ask(
        "How did Blinken's engagement with Le Drian on 27 April 2022 differ in format from the one on 15 May 2022?"
    )
    titles = [c for c in ans.citations if c.source == "call.txt" and c.start == 0]
    assert titles and "Call with French Foreign Minister" in titles[0].quote, ans.text
    # the meeting's own sentence says it met: its title is not quoted besides
    assert not [c for c in ans.citations if c.source == "meeting.txt" and c.start == 0], ans.text
