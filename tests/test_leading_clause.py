"""A meeting sentence that opens with a clause about another event ("Following the President's call with ...
on May 2,", "After a stop in Kyiv,", "Building on the Vice President's April 29, 2021 meeting with ...,"):
the readout's meeting is the one of the main clause, its date, people and place, not the earlier event's.
A small corpus written here, with the hash embedder."""

from __future__ import annotations

import datetime

import pytest

from assistant.records import Sentence
from tests.fakes import meeting_of, written_corpus

READOUTS = {
    "japan.txt": (
        "National Security Advisor Jake Sullivan's Meeting with Japanese National Security Secretary Akiba",
        "May 4, 2022",
        "Following President Biden's warm call with Prime Minister Fumio Kishida of Japan on May 2, National "
        "Security Advisor Jake Sullivan met today with Japanese National Security Secretary Takeo Akiba to "
        "discuss export controls. They agreed to meet again in the autumn.",
    ),
    "poland.txt": (
        "Secretary Blinken's Meeting with Polish Foreign Minister Rau",
        "March 6, 2022",
        "After a stop in Kyiv, Secretary of State Antony J. Blinken met in Warsaw today with Polish Foreign "
        "Minister Zbigniew Rau. They discussed refugees.",
    ),
    "guatemala.txt": (
        "Special Envoy Zuniga's Call with Guatemalan Foreign Minister Brolo",
        "June 10, 2021",
        "Building on Vice President Harris' April 29, 2021 meeting with President Alejandro Giammattei of "
        "Guatemala, Special Envoy Ricardo Zuniga spoke yesterday with Guatemalan Foreign Minister Pedro Brolo "
        "about migration.",
    ),
    "kishida.txt": (
        "National Security Advisor Sullivan's Meeting with Secretary General Akiba",
        "May 4, 2022",
        "Following President Joseph R. Biden, Jr.'s call with Japan's Prime Minister, Fumio Kishida, on Monday, May 2, "
        "National Security Advisor Jake Sullivan met today with Secretary General Takeo Akiba.",
    ),
    "bali.txt": (
        "President Biden's Meeting with President Xi Jinping",
        "November 14, 2022",
        "Ahead of the G20 Summit in Bali, President Biden met today with President Xi Jinping of the People's "
        "Republic of China.",
    ),
    "yemen.txt": (
        "Special Envoy Lenderking's Travel to the Gulf",
        "June 4, 2021",
        "During his trip, Special Envoy Timothy Lenderking met with Omani Foreign Minister Sayyid Badr Albusaidi "
        "in Muscat on June 2 to discuss a ceasefire.",
    ),
}


@pytest.fixture
def asst(tmp_path):
    return written_corpus(tmp_path, READOUTS)


def _people(meeting):
    return {p.name: p.side for p in meeting.participants}


def test_the_date_and_people_of_a_leading_clause_are_another_event_s(asst):
    japan = meeting_of(asst, "japan.txt")
    assert japan.date == datetime.date(2022, 5, 4), japan.date
    people = _people(japan)
    assert people.get("Jake Sullivan") == "issuer", people
    assert people.get("Takeo Akiba") == "counterpart", people
    assert "Fumio Kishida" not in people and not any("Biden" in (n or "") for n in people), people


def test_a_comma_inside_a_date_does_not_end_the_leading_clause(asst):
    guatemala = meeting_of(asst, "guatemala.txt")
    assert guatemala.date == datetime.date(2021, 6, 9), guatemala.date
    people = _people(guatemala)
    assert people.get("Ricardo Zuniga") == "issuer", people
    assert people.get("Pedro Brolo") == "counterpart", people
    assert "Alejandro Giammattei" not in people, people


def test_commas_of_a_name_a_date_or_an_apposition_do_not_end_the_leading_clause(asst):
    kishida = meeting_of(asst, "kishida.txt")
    assert kishida.date == datetime.date(2022, 5, 4), kishida.date
    people = _people(kishida)
    assert people.get("Jake Sullivan") == "issuer" and people.get("Takeo Akiba") == "counterpart", people
    assert "Fumio Kishida" not in people, people


def test_the_place_of_a_leading_clause_is_not_the_meeting_s(asst):
    poland = meeting_of(asst, "poland.txt")
    assert poland.place == "Warsaw", poland.place
    assert _people(poland).get("Zbigniew Rau") == "counterpart"
    # unless the meeting's own words give none: the summit it was held ahead of is where it was
    assert meeting_of(asst, "bali.txt").place == "Bali"


def test_a_sentence_without_a_leading_clause_of_another_event_is_read_whole(asst):
    yemen = meeting_of(asst, "yemen.txt")
    assert yemen.date == datetime.date(2021, 6, 2), yemen.date
    assert _people(yemen).get("Sayyid Badr Albusaidi") == "counterpart", _people(yemen)
    from assistant.corpus.lead_clause import own_clause

    text = "After the talks, the two sides issued a joint statement on trade."
    s = Sentence("x.txt", 0, len(text), text)
    assert own_clause(text, s) is s  # no one named and no meeting verb after the clause: nothing is cut
