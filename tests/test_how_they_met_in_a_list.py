"""A list question names its meetings in many words: "Which readouts record Secretary Blinken speaking with Hans
Grundberg", "a top U.S. official meeting Singapore's Prime Minister". "speaking" says how they met and "top" how
high the official was; neither is a topic a readout must state."""

from __future__ import annotations

import pytest

from assistant.qa.analyse import analyse
from tests.fakes import written_corpus


@pytest.mark.parametrize(
    "question, word",
    [
        ("Which readouts record Secretary Blinken speaking with Hans Grundberg?", "speak"),
        ("Which readouts record a top U.S. official meeting Prime Minister Lee Hsien Loong?", "top"),
        ("In which readouts is Blinken calling Foreign Minister Dendias?", "call"),
    ],
)
def test_how_they_met_is_no_topic(question, word):
    assert not [t for t in analyse(question).parts[0].topic if t.startswith(word)]


def test_every_call_with_the_envoy_is_listed(tmp_path):
    asst = written_corpus(
        tmp_path,
        {
            "a.txt": (
                "Secretary Blinken's Call with UN Special Envoy for Yemen Grundberg",
                "February 17, 2022",
                "Secretary of State Antony J. Blinken spoke today with UN Special Envoy for Yemen Hans Grundberg. "
                "They discussed the need for a durable resolution to the conflict.",
            ),
            "b.txt": (
                "Secretary Blinken's Call with UN Special Envoy Hans Grundberg",
                "June 3, 2022",
                "Secretary of State Antony J. Blinken spoke today with UN Special Envoy Hans Grundberg to congratulate "
                "him on his leadership on peace efforts.",
            ),
            "c.txt": (
                "Secretary Blinken's Call with Saudi Foreign Minister",
                "June 4, 2022",
                "Secretary Blinken spoke today with Saudi Foreign Minister Faisal bin Farhan about the truce.",
            ),
        },
    )
    ans = asst.ask("Which readouts record Secretary Blinken speaking with Hans Grundberg, the UN Special Envoy?")
    assert not ans.abstained, ans.text
    assert {c.source for c in ans.citations} == {"a.txt", "b.txt"}
