"""A rank cut short before a name ("Rep. Gallagher", "Gov. Newsom", "Sr. Lt. Gen. Hoang Xuan Chien", a Lieutenant
General) introduces a person holding that office, as "Representative Gallagher" does: the records list them, and a
"which House members took part" question is answered by the sentence that names them."""

from __future__ import annotations

from assistant.corpus.people import mentions
from tests.fakes import meeting_of, written_corpus


def test_a_short_rank_names_someone():
    said = "During the meeting – which also included Rep. Gallagher, Rep. Matsui, and Sen. Warner – they spoke."
    assert [(m.name, m.title) for m in mentions(said)] == [
        ("Gallagher", "Representative"),
        ("Matsui", "Representative"),
        ("Warner", "Senator"),
    ]
    assert [(m.name, m.title) for m in mentions("Sr. Lt. Gen. Hoang Xuan Chien met him.")] == [
        ("Hoang Xuan Chien", "Lieutenant General")
    ]
    assert [(m.name, m.title) for m in mentions("New York Lt. Gov. Kathy Hochul joined.")] == [
        ("Kathy Hochul", "Lieutenant Governor")
    ]


def test_the_records_list_those_joining_by_short_rank(tmp_path):
    asst = written_corpus(
        tmp_path,
        {
            "henri.txt": (
                "President Biden's Call with Northeastern Governors in Advance of Hurricane Henri",
                "August 21, 2021",
                "President Biden spoke today with Governors of states in the path of Hurricane Henri. The President "
                "was joined on the call by:\n\n- Connecticut Gov. Ned Lamont\n- Massachusetts Gov. Charlie Baker",
            )
        },
    )
    people = {(p.name, p.title) for p in meeting_of(asst, "henri.txt").participants}
    assert {("Ned Lamont", "Governor"), ("Charlie Baker", "Governor")} <= people


def test_the_members_named_answer_which_members_took_part(tmp_path):
    asst = written_corpus(
        tmp_path,
        {
            "usica.txt": (
                "National Security Advisor Jake Sullivan's Meeting with Bipartisan House Members on USICA",
                "June 24, 2021",
                "This morning, National Security Advisor Jake Sullivan met with a bipartisan group of House members "
                "- led by Foreign Affairs Committee Chairman Meeks and Ranking Member McCaul - at the White House. "
                "During the meeting - which also included Rep. Gallagher, Rep. Matsui, and Rep. Bera - National "
                "Security Advisor Sullivan discussed a range of issues.",
            )
        },
        real=True,
    )
    ans = asst.ask(
        "Besides Chairman Meeks and Ranking Member McCaul, which House members took part in Jake Sullivan's June "
        "2021 meeting on USICA?"
    )
    assert not ans.abstained, ans.text
    assert "Rep. Gallagher" in ans.text
