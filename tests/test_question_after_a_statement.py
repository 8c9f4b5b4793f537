"""A question that first says which meeting in a sentence of its own ("... the assistant secretary who heads the
narcotics bureau was due to co-chair a roundtable. What was it about?") asks what its last sentence asks (not
"who"), and a trip's readout tells of the days up to its publication (a trip of March 30 - April 2 is "early
April")."""

from __future__ import annotations

from assistant.qa.asked_type import answer_type
from assistant.qa.topics import focus
from tests.fakes import written_corpus

Q = (
    "On a trip in early April 2022, the assistant secretary who heads the department's narcotics and law enforcement "
    "bureau was due to co-chair a roundtable. What was it about?"
)


def test_the_last_sentence_asks():
    assert focus(Q) == "What was it about?"
    assert answer_type(Q) == "free"
    # one sentence that asks "who" still does
    assert answer_type("In April 2022, who headed the narcotics bureau's delegation?") == "person"


def test_the_trip_is_found(tmp_path):
    asst = written_corpus(
        tmp_path,
        {
            "robinson.txt": (
                "Assistant Secretary for International Narcotics and Law Enforcement Robinson's Travel to Poland and "
                "Germany",
                "April 2, 2022",
                "Assistant Secretary of State for International Narcotics and Law Enforcement (INL) Todd D. Robinson "
                "traveled to Poland March 30 - April 2. Assistant Secretary Robinson will travel to Berlin, Germany "
                "April 5-6. The Assistant Secretary will co-chair a roundtable focused on effective border management "
                "and preventing trafficking in persons.",
            ),
            "other.txt": (
                "Secretary Blinken's Meeting with Foreign Minister Lapid",
                "April 7, 2022",
                "Secretary of State Antony J. Blinken met today with Israeli Foreign Minister Yair Lapid. They "
                "discussed regional security.",
            ),
        },
    )
    ans = asst.ask(Q)
    assert not ans.abstained, ans.text
    assert "border management" in ans.text
