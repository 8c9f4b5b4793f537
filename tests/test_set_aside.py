"""What a question sets aside ("Apart from averting a rail shutdown, what else was on the table ...") is quoted last,
not first; a name set aside may stand anywhere in the answer."""

from __future__ import annotations

from assistant.qa.aside import not_set_aside, set_aside, without_set_aside
from assistant.qa.compose import Quote
from assistant.records import Sentence


def _quote(text: str) -> Quote:
    return Quote(Sentence("m.txt", 0, len(text), text), "President Biden's Meeting with Congressional Leadership", "")


RAIL = _quote("The President and the four leaders discussed how Congress can act to prevent a rail shutdown.")
FUNDING = _quote("They also discussed how to keep the government funded and keep fighting COVID-19.")


def test_a_topic_set_aside_is_quoted_after_the_others():
    q = "Apart from averting a rail shutdown, what else was on the table when Biden hosted the congressional leaders?"
    assert set_aside(q).startswith("averting a rail shutdown")
    assert not_set_aside([RAIL, FUNDING], q, lambda t: 1.0) == [FUNDING, RAIL]
    # nothing set aside, or a name set aside: the order stays
    assert not_set_aside([RAIL, FUNDING], "What was on the table?", lambda t: 1.0) == [RAIL, FUNDING]
    besides = "Besides Russia and Ukraine, what came up?"
    assert without_set_aside(besides) == ", what came up?"
    assert not_set_aside([RAIL, FUNDING], besides, lambda t: 1.0) == [RAIL, FUNDING]
