"""Round 70's rules from the 221st and 222nd sets' dev splits: when in the day a call was ("Blinken's evening call of
August 5") and "by the readout's own account" say no topic; a region of the United States ("Which New England
state") is no one's name; words a question and a readout use for one thing ("a broad agenda": "a wide-ranging
agenda"; "standing in its neighbourhood": "its role in the region"; "brokering": "facilitated"; "in common":
"shared"; "outcome": "resolution")."""

from __future__ import annotations

from assistant.qa.analyse import analyse
from assistant.qa.coverage import topic_coverage
from tests.fakes import written_corpus

_KOREA = "state_2021-08-05_secretary-blinkens-call-with-republic-of-korea-foreign-minister-chung.txt"
_COLOMBIA = "state_2022-06-20_secretary-blinkens-call-with-colombian-president-elect-petro.txt"

_READOUTS = {
    _KOREA: (
        "Secretary Blinken's Call with Republic of Korea Foreign Minister Chung",
        "August 5, 2021",
        "Secretary of State Antony J. Blinken spoke with Republic of Korea (ROK) Foreign Minister Chung Eui-yong the "
        "evening of August 5. They discussed the importance of the U.S.-ROK alliance.",
    ),
    _COLOMBIA: (
        "Secretary Blinken's Call with Colombian President-Elect Petro",
        "June 20, 2022",
        "Secretary of State Antony J. Blinken spoke today with Colombian President-Elect Gustavo Petro to "
        "congratulate him on his election and to reiterate the United States' steadfast commitment to the bilateral "
        "relationship. The Secretary noted U.S. support for full implementation of the 2016 Peace Accord. Secretary "
        "Blinken underscored our countries' shared democratic values and pledged to further strengthen the 200-year "
        "U.S.-Colombia friendship.",
    ),
}


def test_when_in_the_day_and_the_readouts_own_account_say_no_topic(tmp_path):
    q = "Who was the South Korean foreign minister on the line for Blinken's evening call of August 5, 2021?"
    assert "evening" not in analyse(q).parts[0].topic
    q = "Which readouts cover U.S. engagements that, by the readout's own account, took place on April 12, 2022?"
    assert "account" not in analyse(q).parts[0].topic
    assert "evening" in analyse("What did they say about the evening news?").parts[0].topic
    asst = written_corpus(tmp_path, _READOUTS)
    answer = asst.ask(
        "Who was the South Korean foreign minister on the line for Blinken's evening call of August 5, 2021?"
    )
    assert not answer.abstained, answer.text
    assert "Chung Eui-yong" in answer.text, answer.text


def test_a_region_of_the_united_states_is_no_ones_name():
    assert analyse("Which New England state is on the Vice President's tally of states?").people == ()
    assert "Ned Lamont" in analyse("Who joined the Northeastern governors' call with Governor Ned Lamont?").people


def test_words_for_one_thing():
    def idf(term):
        return 1.0

    said = "reinvigorating our bilateral cooperation on an ambitious and wide-ranging agenda"
    assert topic_coverage(said, ("broad",), idf) == 1.0
    assert topic_coverage("Jordan's important role in the region", ("neighbourhood",), idf) == 1.0
    assert topic_coverage("the EU and U.S.-facilitated peace talks", ("broker",), idf) == 1.0
    assert topic_coverage("our countries' shared democratic values", ("common",), idf) == 1.0
    assert topic_coverage("the importance of a quick and peaceful resolution", ("outcom",), idf) == 1.0
    assert topic_coverage("the importance of a quick and peaceful resolution", ("broker",), idf) == 0.0
