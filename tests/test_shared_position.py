"""An "agreed" question takes a position both sides state together ("Both leaders underscored ... the need for
concrete progress") as what they agreed on, in other words; one side's statement or a record of talk is not."""

from __future__ import annotations

from tests.fakes import written_corpus

BODY = (
    "President Biden spoke today with Prime Minister Abiy of Ethiopia to discuss the ongoing conflict. The two "
    "leaders discussed ways to accelerate dialogue toward a ceasefire. President Biden expressed concern that the "
    "hostilities continue to cause suffering. Both leaders underscored the importance of the relationship and the "
    "need for concrete progress to resolve the conflict."
)


def _asked(tmp_path, body: str):
    """The answer to "what did both leaders agree was needed" over one readout of the call with ``body``."""
    asst = written_corpus(
        tmp_path, {"ethiopia.txt": ("President Biden's Call with Prime Minister Abiy", "January 10, 2022", body)}
    )
    return asst.ask("In Biden's January 2022 call with Abiy, what did both leaders agree was needed on the conflict?")


def test_what_both_leaders_underscored_answers_what_they_agreed(tmp_path):
    answer = _asked(tmp_path, BODY)
    assert not answer.abstained, answer.text
    assert any("concrete progress" in c.quote for c in answer.citations), answer.text
    # talk is still no agreement
    assert all("discussed ways" not in c.quote for c in answer.citations), answer.text


def test_one_side_underscoring_is_no_shared_position(tmp_path):
    body = BODY.replace("Both leaders underscored", "President Biden underscored")
    answer = _asked(tmp_path, body)
    assert all("concrete progress" not in c.quote for c in answer.citations) or answer.abstained, answer.text


def test_views_shared_are_talk_not_a_shared_position(tmp_path):
    body = BODY.replace("Both leaders underscored the importance", "The leaders also shared views on the importance")
    answer = _asked(tmp_path, body)
    assert all("shared views" not in c.quote for c in answer.citations) or answer.abstained, answer.text
