""" "When did Blinken congratulate Lapid on ...?" asks the day of a statement the readout dates with "today":
the sentence that says it answers, led by the day the readout's record gives ("June 13, 2021:"), among several
meetings of the same people. A small corpus written here, with the hash embedder."""

from __future__ import annotations

from tests.fakes import written_corpus

READOUTS = {
    "formation.txt": (
        "Secretary Blinken's Call with Alternate Prime Minister and Foreign Minister Lapid",
        "June 13, 2021",
        "Secretary of State Antony J. Blinken warmly congratulated Yair Lapid today on Israel's government "
        "formation and his appointment as Alternate Prime Minister and Foreign Minister. The Secretary and the "
        "Foreign Minister discussed Iran.",
    ),
    "iran.txt": (
        "Secretary Blinken's Meeting with Foreign Minister Lapid",
        "October 13, 2021",
        "Secretary Blinken met with Israeli Foreign Minister Yair Lapid in Washington. They discussed Iran's "
        "nuclear program and normalization agreements.",
    ),
}


def test_a_statement_made_today_is_dated_by_its_readout(tmp_path):
    asst = written_corpus(tmp_path, READOUTS)
    ans = asst.ask(
        "When did Blinken congratulate Yair Lapid on the formation of Israel's new government and his new posts "
        "as alternate prime minister and foreign minister?"
    )
    assert not ans.abstained, ans.text
    assert "June 13, 2021" in ans.text and "warmly congratulated" in ans.text, ans.text
