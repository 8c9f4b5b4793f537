"""A name the question gives that is no participant says which of several meetings when only some of their
readouts name it: "when they spoke on Ukraine's Day of Remembrance and Reconciliation" is the call whose readout
names that day. A small corpus written here, with the hash embedder."""

from __future__ import annotations

from tests.fakes import written_corpus

READOUTS = {
    "may8.txt": (
        "Secretary Blinken's Call with Ukrainian Foreign Minister Kuleba",
        "May 8, 2022",
        "Secretary of State Antony J. Blinken spoke by phone today with Ukrainian Foreign Minister Dmytro Kuleba "
        "to commemorate Ukraine's Day of Remembrance and Reconciliation. The Secretary also shared additional "
        "detail of new security assistance packages, including the ninth drawdown from U.S. stocks.",
    ),
    "may20.txt": (
        "Secretary Blinken's Call with Ukrainian Foreign Minister Kuleba",
        "May 20, 2022",
        "Secretary of State Antony J. Blinken spoke today with Ukrainian Foreign Minister Dmytro Kuleba. The "
        "Secretary conveyed details on new military aid under the supplemental appropriations act.",
    ),
}


def test_the_meeting_whose_readout_names_the_occasion_is_the_one_asked_about(tmp_path):
    asst = written_corpus(tmp_path, READOUTS)
    ans = asst.ask(
        "What did Blinken tell Dmytro Kuleba about new U.S. military aid when they spoke on Ukraine's Day of "
        "Remembrance and Reconciliation in May 2022?"
    )
    assert ans.analysis["readouts"] == 1, ans.analysis
    assert {c.source for c in ans.citations} == {"may8.txt"}, ans.text
    # without the occasion both calls of the month stay in play
    assert (
        asst.ask("What did Blinken tell Dmytro Kuleba about new U.S. military aid in May 2022?").analysis["readouts"]
        == 2
    )
