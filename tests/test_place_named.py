"""The place a question gives its meeting ("... session in Geneva") is where, not what, when the one readout
selected names it: the answering sentence need not. A place the readout does not name stays part of what the
answer must state. A small corpus written here, with the hash embedder."""

from __future__ import annotations

from tests.fakes import written_corpus

READOUTS = {
    "ssd.txt": (
        "Deputy Secretary Sherman's Participation in Strategic Stability Dialogue with Russian Deputy Foreign "
        "Minister Sergey Ryabkov",
        "July 28, 2021",
        "Deputy Secretary Wendy Sherman led the U.S. delegation to the Strategic Stability Dialogue with Russia. The "
        "talks were held at the U.S. Mission in Geneva. Russian Deputy Foreign Minister Sergey Ryabkov led the Russian "
        "delegation. The two delegations agreed to meet again in a plenary "
        "session at the end of September.",
    ),
}


def test_the_place_the_one_readout_names_is_where_not_what(tmp_path):
    asst = written_corpus(tmp_path, READOUTS)
    ans = asst.ask("What did the U.S. and Russian delegations agree on at their session in Geneva in July 2021?")
    assert "meet again in a plenary session" in ans.text, ans.text
    ans = asst.ask("What did the U.S. and Russian delegations agree on at their session in Vienna in July 2021?")
    assert "meet again" not in ans.text, ans.text  # a place the readout does not name is not set aside
