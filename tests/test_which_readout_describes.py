""" "Which readout describes the President sitting down with ...?" asks which meeting, as "which call" does: the
answer opens with the readout's meeting sentence (who met whom), then what was said there. A small corpus
written here, with the hash embedder."""

from __future__ import annotations

from tests.fakes import written_corpus

READOUTS = {
    "omicron.txt": (
        "President Biden's Meeting with COVID-19 Response Team on the Omicron Variant",
        "November 28, 2021",
        "The President met in person today with his Chief Medical Advisor and members of his COVID-19 Response "
        "Team. The team updated the President on the latest developments related to the Omicron variant. They "
        "expect to know more about the variant within two weeks.",
    ),
    "trade.txt": (
        "President Biden's Meeting with Trade Unions",
        "November 29, 2021",
        "The President met today with union leaders. They discussed supply chains and wages.",
    ),
}


def test_which_readout_opens_with_its_meeting_sentence(tmp_path):
    asst = written_corpus(tmp_path, READOUTS)
    ans = asst.ask(
        "Which readout describes the President updated in person by his pandemic response team on the new variant?"
    )
    assert not ans.abstained, ans.text
    quoted = [c.quote for c in ans.citations if c.source == "omicron.txt"]
    assert any(q.startswith("The President met in person today") for q in quoted), ans.text
