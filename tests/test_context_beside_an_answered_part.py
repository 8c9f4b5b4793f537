"""A part asking for an agreement or a promise that the readout does not record says so and shows what was said,
labelled with its kind, even when another part of the question is answered ("they record what was said, quoted
above" must have something quoted above)."""

from __future__ import annotations

from tests.fakes import written_corpus


def test_what_was_said_is_shown_beside_the_answered_part(tmp_path):
    asst = written_corpus(
        tmp_path,
        {
            "rivlin.txt": (
                "President Biden's Meeting with President Reuven Rivlin of Israel",
                "June 28, 2021",
                "President Biden met today with President Reuven Rivlin of Israel. President Biden affirmed his view "
                "that a negotiated two-state solution remains the best avenue to achieving a lasting peace. The "
                "President emphasized that under his administration, Iran will never get a nuclear weapon.",
            ),
        },
    )
    ans = asst.ask(
        "When Biden met Israeli President Reuven Rivlin on June 28, 2021, what did he promise about Iran and nuclear "
        "arms, and what did he call the best route to lasting peace?"
    )
    assert not ans.abstained, ans.text
    assert "two-state solution" in ans.text, ans.text
    assert any("commitment" in m for m in ans.missing), ans.missing
    assert "Iran will never get a nuclear weapon" in ans.text, ans.text  # shown, labelled as what was said
