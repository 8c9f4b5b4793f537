"""A readout titled "Conversations with ..." whose meeting sentence says "convened" is recorded as a meeting, and
is still one a question asking for a call may mean. A small corpus written here, with the hash embedder."""

from __future__ import annotations

from tests.fakes import meeting_of, written_corpus

READOUTS = {
    "fema-conversations.txt": (
        "Readout of President Biden's Conversations with FEMA and National Hurricane Center",
        "August 28, 2021",
        "This afternoon, President Biden convened conversations with the National Hurricane Center and FEMA to "
        "discuss preparations for Hurricane Ida. The President thanked FEMA for the pre-positioning of one million "
        "meals and 1.6 million liters of water ahead of landfall.",
    ),
    "governors-call.txt": (
        "Readout of President Biden's Call with Gulf Coast Governors",
        "August 27, 2021",
        "President Biden spoke by phone today with the Governors of Louisiana and Mississippi about the storm. They "
        "discussed shelters and evacuation routes ahead of landfall.",
    ),
}


def test_a_call_asked_for_may_be_a_readout_titled_conversations(tmp_path):
    asst = written_corpus(tmp_path, READOUTS)
    assert meeting_of(asst, "fema-conversations.txt").kind == "meeting"  # the record keeps what the text says
    ans = asst.ask("Which call mentioned the staging of one million meals and 1.6 million liters of water?")
    assert not ans.abstained, ans.text
    assert ans.citations[0].source == "fema-conversations.txt", ans.text
    assert "one million meals" in " ".join(c.quote for c in ans.citations), ans.text
