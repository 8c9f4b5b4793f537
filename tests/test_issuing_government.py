"""The issuing government is the side whose own sentence opens with it ("The Government of Japan and ...") or
whose name heads the readout, never a government the readout thanks, urges or works with ("thanked the Royal
Government of Cambodia for ..."): those were taken for the issuer, and the Secretary of State was then filed as
Cambodia's. A small corpus written here, with the hash embedder."""

from __future__ import annotations

from tests.fakes import meeting_of, written_corpus

READOUTS = {
    "cambodia.txt": (
        "Readout of Secretary Blinken's Meeting with Cambodian Deputy Prime Minister/Foreign Minister Sokhonn",
        "May 14, 2022",
        "Secretary of State Antony J. Blinken met yesterday with Cambodian Deputy Prime Minister/Foreign Minister "
        "Prak Sokhonn in Washington, D.C. The Secretary thanked Deputy Prime Minister Sokhonn and the Royal "
        "Government of Cambodia for their support in making the summit a success.",
    ),
    "japan.txt": (
        "Japan-Australia Foreign Ministers' Meeting",
        "June 1, 2022",
        "The Ministry of Foreign Affairs of Japan and the Australian Department of Foreign Affairs held a meeting "
        "today. Foreign Minister Hayashi Yoshimasa met with Foreign Minister Penny Wong of Australia in Tokyo.",
    ),
}


def test_a_government_thanked_is_not_the_issuer_and_one_that_speaks_is(tmp_path):
    asst = written_corpus(tmp_path, READOUTS)
    blinken = next(p for p in meeting_of(asst, "cambodia.txt").participants if p.name and "Blinken" in p.name)
    assert blinken.country == "United States", blinken
    ans = asst.ask("Who did Secretary Blinken meet from Cambodia in May 2022?")
    assert "Blinken (Cambodia)" not in ans.text, ans.text
    hayashi = next(p for p in meeting_of(asst, "japan.txt").participants if p.name and "Hayashi" in p.name)
    assert hayashi.country == "Japan", hayashi
