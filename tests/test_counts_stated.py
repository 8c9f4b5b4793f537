""" "How many times had they met" of a meeting the question names: the readout's own count ("This is the fifth
meeting between ..."), quoted; without one, the readouts of their meetings are counted. A small corpus
written here, with the hash embedder."""

from __future__ import annotations

from tests.fakes import written_corpus

READOUTS = {
    "marcos-apec.txt": (
        "Readout of Vice President Kamala Harris's Meeting with President Ferdinand Marcos Jr. of the Philippines",
        "November 16, 2023",
        "Vice President Kamala Harris met today with President Ferdinand Marcos Jr. of the Philippines on the "
        "sidelines of APEC in San Francisco. The two leaders discussed maritime security. This is the fifth "
        "meeting between the Vice President and President Marcos.",
    ),
    "marcos-manila.txt": (
        "Readout of Vice President Kamala Harris's Meeting with President Ferdinand Marcos Jr. of the Philippines",
        "November 21, 2022",
        "Vice President Kamala Harris met today with President Ferdinand Marcos Jr. in Manila. The two leaders "
        "discussed energy cooperation.",
    ),
}


def test_how_many_times_they_had_met_is_the_count_the_readout_states(tmp_path):
    asst = written_corpus(tmp_path, READOUTS)
    q = "How many times had Harris and President Marcos met by the time they talked at APEC in November 2023?"
    ans = asst.ask(q)
    assert not ans.abstained and "fifth meeting" in ans.text, ans.text
    assert {c.source for c in ans.citations} == {"marcos-apec.txt"}, ans.text
    ans = asst.ask("How many times did Harris meet President Marcos?")  # no one meeting named: counted
    assert "2 readouts" in ans.text, ans.text
