"""What a question sets aside ("Apart from averting a rail shutdown, what else was on the table ...") is quoted last,
not first; so is a sentence naming a name set aside ("Apart from Russia and Ukraine, what issue ..."), which stays in
the answer after the others. A chief of staff's "staff" is no topic, and a capital the question says they sat
down in is where they met."""

from __future__ import annotations

from assistant.qa.analyse import analyse
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
    # nothing set aside, or a name set aside that no quote names: the order stays
    assert not_set_aside([RAIL, FUNDING], "What was on the table?", lambda t: 1.0) == [RAIL, FUNDING]
    besides = "Besides Russia and Ukraine, what came up?"
    assert without_set_aside(besides) == ", what came up?"
    assert not_set_aside([RAIL, FUNDING], besides, lambda t: 1.0) == [RAIL, FUNDING]


def test_a_sentence_naming_a_name_set_aside_is_quoted_after_the_others():
    russia = _quote("They discussed efforts to urge Russia to deescalate.")
    ukraine = _quote("Both expressed their support for Ukraine's sovereignty.")
    protocol = _quote("Sherman also raised the implementation of the Northern Ireland Protocol.")
    q = "Apart from Russia and Ukraine, what issue did Sherman bring up on her call with Seibert?"
    assert not_set_aside([russia, protocol, ukraine], q, lambda t: 1.0) == [protocol, russia, ukraine]


def test_chief_of_staff_is_an_office_and_sat_down_in_a_capital_a_place():
    q = "What issue did Sherman bring up on her call with Bjoern Seibert, the Commission President's chief of staff?"
    assert "staff" not in analyse(q).parts[0].topic
    q = "What else was on the agenda when Sherman sat down with Italy's secretary general Ettore Sequi in Washington?"
    assert analyse(q).place == "Washington"
