"""A day that dates the readout ("the November 7, 2022 joint readout of the Task Force") finds the readout printed
that day, whatever day its meeting was; a day that dates the meeting ("their November 7 call") does not."""

from __future__ import annotations

from tests.fakes import written_corpus

READOUTS = {
    "task.txt": (
        "Joint Readout of U.S.-EU Task Force Meeting on Energy Security",
        "November 7, 2022",
        "On 3 November 2022, the U.S.-EU Task Force on Energy Security met in Washington. Earlier this fall, the "
        "Task Force initiated a dialogue with industry to share the key elements of successful consumer campaigns.",
    ),
    "call.txt": (
        "President Biden's Call with Prime Minister Rutte of the Netherlands",
        "November 7, 2022",
        "Today, President Biden spoke with Prime Minister Rutte of the Netherlands. The leaders discussed energy "
        "security in Europe and a dialogue on the consumer campaigns to save energy this winter.",
    ),
}


def test_a_readout_dated_by_its_own_day(tmp_path):
    asst = written_corpus(tmp_path, READOUTS)
    ans = asst.ask(
        "According to the November 7, 2022 joint readout of the U.S.-EU Task Force on Energy Security, what was "
        "the dialogue with industry meant to share?"
    )
    assert not ans.abstained, ans.text
    assert "Task Force" in ans.text and "Rutte" not in ans.text


def test_a_meeting_dated_by_its_day_is_not_the_readout_printed_then(tmp_path):
    asst = written_corpus(tmp_path, READOUTS)
    ans = asst.ask("In the energy security task force's November 7, 2022 meeting, what dialogue was launched?")
    assert "Earlier this fall" not in ans.text, ans.text
