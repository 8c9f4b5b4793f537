"""A question may give two times: the meeting's ("the November 2022 task force readout", "their May 2022 call") and
the time of what it asks about ("between January and October 2022", "since February 2022"). The meeting is the one
the time written right before a meeting word dates, whichever of the two is found first."""

from __future__ import annotations

import datetime

from assistant.qa.analyse import analyse
from tests.fakes import written_corpus


def _window(question: str) -> tuple[datetime.date | None, datetime.date | None]:
    w = analyse(question).window
    return w.start, w.end


def test_the_time_before_a_meeting_word_dates_the_meeting():
    nov = (datetime.date(2022, 10, 25), datetime.date(2022, 11, 30))  # (a readout: its meeting may be days before)
    assert (
        _window(
            "According to the November 2022 U.S.-EU task force readout, how much LNG reached the EU between "
            "January and October 2022?"
        )
        == nov
    )
    assert _window(
        "In their May 2022 call, what did Biden and Kishida say about sanctions imposed since February 2022?"
    ) == (datetime.date(2022, 5, 1), datetime.date(2022, 5, 31))
    assert _window(
        "How much aid had the U.S. given since August 2021, according to the June 2022 Doha meeting readout?"
    ) == (datetime.date(2022, 6, 1), datetime.date(2022, 6, 30))
    # one time only, or a time that is the meeting's already: as before
    assert _window("What did Blinken and Kuleba discuss in May 2022?") == (
        datetime.date(2022, 5, 1),
        datetime.date(2022, 5, 31),
    )
    assert _window("What have they agreed since their March 2021 meeting?")[0] == datetime.date(2021, 3, 1)
    # what readouts mention ("the June 2022 Summit of the Americas") is no meeting of theirs (second reader, round 35)
    assert _window("Between April and May 2022, which readouts mention the June 2022 Quad leaders meeting?") == (
        datetime.date(2022, 4, 1),
        datetime.date(2022, 5, 31),
    )
    # a readout is published a few days after its meeting: "the July 2022 readout" may be of a June 29 meeting
    assert _window(
        "How did the July 2022 readout of the Taliban meeting describe U.S. assistance provided between "
        "August 2021 and June 2022?"
    ) == (datetime.date(2022, 6, 24), datetime.date(2022, 7, 31))
    # a day the meeting word before it dates stays the meeting's, whatever month a readout named in the question has
    day = "According to the readout of Harris's July 2022 Indiana meeting, who spoke at the meeting on July 25, 2022?"
    assert _window(day) == (datetime.date(2022, 7, 25), datetime.date(2022, 7, 25))


def test_the_figure_comes_from_the_readout_of_that_month(tmp_path):
    asst = written_corpus(
        tmp_path,
        {
            "march.txt": (
                "Joint Readout of U.S.-EU Task Force Meeting on Energy Security",
                "March 30, 2022",
                "The U.S.-EU Task Force on Energy Security met today. The parties discussed LNG supplies to the EU "
                "and agreed to work on reducing demand for natural gas.",
            ),
            "november.txt": (
                "Joint Readout of U.S.-EU Task Force Meeting on Energy Security",
                "November 3, 2022",
                "The U.S.-EU Task Force on Energy Security met today. The United States delivered over 40 bcm of LNG "
                "to the EU between January and October 2022.",
            ),
        },
    )
    answer = asst.ask(
        "According to the November 2022 U.S.-EU energy task force readout, how much U.S. LNG reached the EU "
        "between January and October 2022?"
    )
    assert not answer.abstained, answer.text
    assert "40 bcm" in answer.text, answer.text
    assert all(c.source.endswith("november.txt") for c in answer.citations), answer.text
