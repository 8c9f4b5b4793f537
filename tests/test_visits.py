"""The governments of a body that meets ("the U.S.-Israel Strategic Consultative Group") are at its table. A
visit a readout reports without a meeting verb ("led a visit on May 24 to Frederick", "traveled to") is the
meeting, and the place it went to is the meeting's place; a portfolio with an "and" in it ("for Commercial and
Business Affairs") stays in the title. A small corpus written here, with the hash embedder."""

from __future__ import annotations

import pytest

from tests.fakes import meeting_of, written_corpus

READOUTS = {
    "frederick.txt": (
        "Special Representative Syed's Visit to Frederick, Maryland",
        "May 26, 2022",
        "Special Representative for Commercial and Business Affairs Dilawar Syed led a visit on May 24 to "
        "Frederick, Maryland, to engage with small businesses. The trip was part of a series of engagements "
        "supporting President Biden's commitment to a foreign policy for the middle class. The Special "
        "Representative also led a roundtable with local biotech companies.",
    ),
    "london.txt": (
        "Special Envoy Kerry's Visit to the United Kingdom",
        "July 27, 2021",
        "Special Presidential Envoy for Climate John Kerry traveled to the United Kingdom July 19-21. He "
        "discussed climate finance with ministers.",
    ),
    "seoul.txt": (
        "Deputy Secretary Sherman's Meetings with Republic of Korea Officials",
        "June 8, 2022",
        "Deputy Secretary of State Wendy Sherman met today with Republic of Korea Minister of Unification Kwon "
        "Young-se and Vice Minister of Unification Kim Ki-woong. They discussed the DPRK.",
    ),
    "scg.txt": (
        "National Security Advisor Sullivan Leading a Virtual Meeting of the U.S.-Israel Strategic Consultative Group",
        "April 13, 2021",
        "National Security Advisor Jake Sullivan led U.S. participation in a virtual meeting of the U.S.-Israel "
        "Strategic Consultative Group on April 13. Mr. Sullivan warmly invited his Israeli counterpart to visit "
        "Washington.",
    ),
    "oecd.txt": (
        "Deputy Secretary McKeon's Meeting with OECD Secretary General Cormann",
        "June 9, 2022",
        "Deputy Secretary of State Brian P. McKeon met yesterday with OECD Secretary General Mathias Cormann, at the "
        "OECD's 61st Annual Ministerial Council Meeting in Paris, France. They discussed Ukraine's recovery.",
    ),
}


@pytest.fixture
def asst(tmp_path):
    return written_corpus(tmp_path, READOUTS)


def test_a_visit_without_a_meeting_verb_is_the_meeting_and_gives_its_place(asst):
    m = meeting_of(asst, "frederick.txt")
    assert m.place == "Frederick"
    names = {p.name for p in m.participants}
    assert "Dilawar Syed" in names, names
    assert "Biden" not in " ".join(n or "" for n in names)  # named in a later sentence, not at the visit
    assert meeting_of(asst, "london.txt").place == "United Kingdom"


def test_an_and_inside_a_portfolio_is_the_titles_but_not_before_another_title(asst):
    syed = next(p for p in meeting_of(asst, "frederick.txt").participants if p.name == "Dilawar Syed")
    assert syed.title and syed.title.endswith("for Commercial and Business Affairs"), syed.title
    names = {p.name for p in meeting_of(asst, "seoul.txt").participants}
    assert {"Kwon Young-se", "Kim Ki-woong"} <= names, names


def test_where_a_visit_went_is_answered_from_the_record(asst):
    ans = asst.ask("Where did Syed lead a visit in May 2022?")
    assert not ans.abstained, ans.text
    assert "Frederick" in ans.text


def test_the_governments_of_a_body_that_meets_are_at_the_table(asst):
    from assistant.corpus.meetings import body_countries

    assert "Israel" in meeting_of(asst, "scg.txt").countries
    assert body_countries("the U.S.-Japan-ROK Trilateral Ministerial") == ["Japan", "South Korea"]
    assert body_countries("met on the margins of the U.S.-ASEAN Special Summit") == []  # not that body's meeting


def test_an_event_someone_holds_is_not_the_place_and_at_what_event_asks_where(asst):
    from assistant.qa.analyse import analyse

    assert meeting_of(asst, "oecd.txt").place == "Paris"  # not "OECD's"
    q = analyse("McKeon's June 2022 meeting with Cormann: at what event did it happen, and what was said on Ukraine?")
    assert [p.answer_type for p in q.parts] == ["place", "free"]
