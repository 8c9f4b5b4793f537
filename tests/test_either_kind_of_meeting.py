"""A question that gives two kinds of meeting as alternatives ("meeting or talking by phone", "calls or
meetings") insists on neither: both a call and a meeting are listed."""

from __future__ import annotations

from assistant.qa.meeting_kinds import meeting_kind
from tests.fakes import written_corpus


def test_alternatives_name_no_kind():
    assert meeting_kind("Which readouts record Blinken meeting or talking by phone with Hayashi?") is None
    assert meeting_kind("How many calls or meetings did Biden have with Scholz?") is None
    assert meeting_kind("Did they meet in person or speak by phone?") is None
    assert meeting_kind("When did Biden call Scholz?") == "call"
    assert meeting_kind("Where did Blinken and Hayashi meet in person?") == "meeting"


def test_both_kinds_are_listed(tmp_path):
    asst = written_corpus(
        tmp_path,
        {
            "call.txt": (
                "Secretary Blinken's Call with Japanese Foreign Minister Hayashi",
                "February 1, 2022",
                "Secretary of State Antony J. Blinken spoke today with Japanese Foreign Minister Hayashi Yoshimasa "
                "about the Indo-Pacific.",
            ),
            "meeting.txt": (
                "Secretary Blinken's Meeting with Japanese Foreign Minister Hayashi",
                "February 11, 2022",
                "Secretary of State Antony J. Blinken met today with Japanese Foreign Minister Hayashi Yoshimasa in "
                "Melbourne.",
            ),
        },
    )
    ans = asst.ask("Which readouts record Secretary Blinken meeting or talking by phone with Foreign Minister Hayashi?")
    assert {c.source for c in ans.citations} == {"call.txt", "meeting.txt"}, ans.text
    only_calls = asst.ask("Which readouts record Secretary Blinken's calls with Foreign Minister Hayashi?")
    assert {c.source for c in only_calls.citations} == {"call.txt"}, only_calls.text
