"""One person's meetings with two others on one day, of two kinds, compared: "Petkov met virtually with Blinken
and in person with Vice President Harris on May 10, 2022. How did each of them address energy?" quotes each
meeting under its own heading. A small corpus written here, with the hash embedder."""

from __future__ import annotations

from assistant.qa.analyse import analyse
from tests.fakes import written_corpus

READOUTS = {
    "blinken.txt": (
        "Secretary Blinken's Virtual Meeting with Bulgarian Prime Minister Petkov",
        "May 10, 2022",
        "Secretary Blinken held a virtual meeting today with Bulgarian Prime Minister Kiril Petkov. The Secretary "
        "said the United States would continue to support Bulgaria's energy security priorities.",
    ),
    "harris.txt": (
        "Vice President Harris's Meeting with Prime Minister Petkov of Bulgaria",
        "May 10, 2022",
        "Vice President Kamala Harris met today with Prime Minister Kiril Petkov of Bulgaria at the White House. "
        "She affirmed U.S. solidarity in the face of Russia's attempt to use energy as a weapon.",
    ),
}
QUESTION = (
    "Bulgarian Prime Minister Kiril Petkov met virtually with Blinken and in person with Vice President Harris on "
    "May 10, 2022. How did each of them address energy?"
)


def test_each_of_them_as_the_subject_compares():
    assert analyse(QUESTION).compare
    assert not analyse("How did Blinken and Petkov address energy on May 10, 2022?").compare


def test_each_counterparts_meeting_is_its_own_side_whatever_its_kind(tmp_path):
    asst = written_corpus(tmp_path, READOUTS)
    ans = asst.ask(QUESTION)
    assert not ans.abstained, ans.text
    assert {c.source for c in ans.citations} == {"blinken.txt", "harris.txt"}, ans.text


BOTH = {
    "lapid.txt": (
        "President Biden's Call with Prime Minister Yair Lapid of Israel",
        "October 11, 2022",
        "President Biden spoke today with Prime Minister Yair Lapid of Israel. The President commended the Prime "
        "Minister's persistent and principled diplomacy on the maritime boundary agreement.",
    ),
    "aoun.txt": (
        "President Biden's Call with President Michel Aoun of Lebanon",
        "October 11, 2022",
        "President Biden spoke today with President Michel Aoun of Lebanon. He conveyed that the United States "
        "remains committed to supporting stability and sovereignty within Lebanon.",
    ),
    "nordic.txt": (
        "President Biden's Meeting with Prime Minister Andersson of Sweden and President Niinisto of Finland",
        "May 19, 2022",
        "President Biden met today with Prime Minister Magdalena Andersson of Sweden and President Sauli Niinisto "
        "of Finland and warmly welcomed their applications for NATO membership.",
    ),
}


def test_phoned_both_when_no_one_call_has_them_all_quotes_each_call(tmp_path):
    asst = written_corpus(tmp_path, BOTH)
    ans = asst.ask(
        "On October 11, 2022 Biden phoned both Israel's Prime Minister Lapid and Lebanon's President Aoun. What did "
        "he commend Lapid for, and what commitment about Lebanon did he convey to Aoun?"
    )
    assert not ans.abstained, ans.text
    assert {c.source for c in ans.citations} == {"lapid.txt", "aoun.txt"}, ans.text


def test_met_both_in_one_meeting_is_that_meeting(tmp_path):
    asst = written_corpus(tmp_path, BOTH)
    q = "Biden hosted both Andersson and Niinisto in May 2022. What did he welcome?"
    assert not analyse(q).compare
    ans = asst.ask(q)
    assert {c.source for c in ans.citations} == {"nordic.txt"}, ans.text


def test_an_acronym_among_the_names_is_no_counterpart_of_its_own(tmp_path):
    asst = written_corpus(tmp_path, BOTH)
    ans = asst.ask(
        "Biden phoned both Israel's Prime Minister Lapid and Lebanon's President Aoun on October 11, 2022. How did "
        "the two readouts differ in counting the ICBM tests?"
    )
    assert "No indexed readout records" not in ans.text, ans.text
    assert {c.source for c in ans.citations} <= {"lapid.txt", "aoun.txt"}, ans.text
    from assistant.qa.compare import _by_counterpart
    from assistant.qa.filters import Filters

    q = analyse("Biden phoned both Lapid and Aoun on October 11, 2022. How do they differ in counting the ICBM tests?")
    sides = _by_counterpart(asst._engine.extractive, q, Filters())  # one side each counterpart, none for "ICBM"
    assert [sorted(asst.store.meetings[r].source for r in s.rids) for _, s in sides] == [["lapid.txt"], ["aoun.txt"]]
