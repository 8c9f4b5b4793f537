"""Names of several words that hold a small word ("the Summit for Democracy") or a title ("President Hassan
Sheikh Mohamud"), a meeting held at an event ("on the sidelines of the fourth Quad ministerial in Melbourne"),
questions that ask where each of two meetings was held, when something is supposed to happen, or what was agreed
after an event. A small corpus written here, with the hash embedder."""

from __future__ import annotations

import pytest

from tests.fakes import meeting_of, written_corpus

READOUTS = {
    "trudeau.txt": (
        "Readout of President Biden's Meeting with Prime Minister Trudeau of Canada",
        "November 18, 2021",
        "President Biden met today with Prime Minister Justin Trudeau of Canada at the White House. "
        "Looking forward to the Summit for Democracy, the leaders affirmed their commitment to human rights.",
    ),
    "chile.txt": (
        "Under Secretary Zeya's Travel to Chile",
        "May 3, 2022",
        "Under Secretary Uzra Zeya met today with Chilean Foreign Minister Antonia Urrejola in Santiago. "
        "They reviewed areas of mutual interest resulting from the Summit for Democracy.",
    ),
    "g20.txt": (
        "Readout of President Biden's Meeting with President Widodo of Indonesia",
        "November 14, 2022",
        "President Biden met today with President Joko Widodo of Indonesia on the margins of the G20 Summit. "
        "The leaders discussed democracy in the region and the summit agenda.",
    ),
    "hayashi-melbourne.txt": (
        "Secretary Blinken's Meeting with Japanese Foreign Minister Hayashi",
        "February 11, 2022",
        "Secretary of State Antony J. Blinken met with Japanese Foreign Minister Hayashi Yoshimasa on the "
        "sidelines of the fourth Quad Foreign Ministers Ministerial in Melbourne. They discussed energy security.",
    ),
    "hayashi-tokyo.txt": (
        "Secretary Blinken's Meeting with Japanese Foreign Minister Hayashi",
        "May 23, 2022",
        "Secretary of State Antony J. Blinken met today with Japanese Foreign Minister Hayashi Yoshimasa in Tokyo. "
        "They discussed the Indo-Pacific Economic Framework.",
    ),
    "somalia.txt": (
        "Readout of National Security Advisor Jake Sullivan's Meeting with President Hassan Sheikh Mohamud",
        "September 15, 2022",
        "National Security Advisor Jake Sullivan hosted President Hassan Sheikh Mohamud of Somalia at the White "
        "House today. U.S. funding to address drought in Somalia is more than $706 million this fiscal year.",
    ),
    "holness.txt": (
        "Vice President Harris's Call with Prime Minister Holness of Jamaica",
        "August 8, 2022",
        "Vice President Kamala Harris spoke today with Prime Minister Andrew Holness of Jamaica. They discussed "
        "the planned Cyber Center of Excellence and regional security.",
    ),
    "kadhimi.txt": (
        "Secretary Blinken's Call with Iraqi Prime Minister Mustafa al-Kadhimi",
        "March 13, 2022",
        "Secretary of State Antony J. Blinken spoke yesterday with Iraqi Prime Minister Mustafa al-Kadhimi. "
        "Secretary Blinken condemned the missile attacks near Erbil. The Secretary and the Prime Minister agreed "
        "on the need for Iraqi unity and the urgency of forming a government.",
    ),
}


@pytest.fixture
def asst(tmp_path):
    return written_corpus(tmp_path, READOUTS)


def test_a_list_of_a_name_with_a_small_word_in_it_finds_the_name_not_its_last_word(asst):
    ans = asst.ask("Which readouts mention the Summit for Democracy?")
    assert not ans.abstained, ans.text
    # the G20 readout speaks of democracy and of a summit, never of the Summit for Democracy
    assert {c.source for c in ans.citations} == {"trudeau.txt", "chile.txt"}
    assert ans.text.startswith("2 readouts")


def test_words_of_a_name_are_its_topic_even_when_they_would_say_how_a_question_asks():
    from assistant.qa.lists import head_name
    from assistant.qa.topics import topic_terms

    assert "summit" in topic_terms("Which readouts bring up the Summit for Democracy?", set())
    assert "summit" not in topic_terms("What did they discuss at the summit?", set())
    assert "presid" not in topic_terms("When did President Biden meet Kishida?", set())
    assert head_name("Which readouts mention the Summit of the Americas?") == ["Summit", "of", "the", "Americas"]


def test_a_meeting_on_the_sidelines_of_an_event_in_a_city_is_placed_in_the_city(asst):
    assert meeting_of(asst, "hayashi-melbourne.txt").place == "Melbourne"
    assert meeting_of(asst, "g20.txt").place == "G20 Summit"


def test_where_was_each_of_two_meetings_held_answers_each_from_its_record(asst):
    ans = asst.ask(
        "Blinken met Japanese Foreign Minister Hayashi in February 2022 and again in May 2022. "
        "Where was each of those meetings held?"
    )
    assert not ans.abstained, ans.text
    assert "Melbourne" in ans.text and "Tokyo" in ans.text
    assert {c.source for c in ans.citations} == {"hayashi-melbourne.txt", "hayashi-tokyo.txt"}


def test_at_which_event_asks_where_only_when_it_asks_about_meeting():
    from assistant.qa.analyse import answer_type

    assert answer_type("At what gathering did McKeon meet Cormann?") == "place"
    assert answer_type("On the sidelines of which summit did Biden meet Erdogan?") == "place"
    assert answer_type("At which summit did the President propose a new dialogue?") == "free"


def test_a_title_inside_a_name_belongs_to_the_name(asst):
    people = {p.name: p.title for p in meeting_of(asst, "somalia.txt").participants}
    assert people.get("Hassan Sheikh Mohamud") == "President", people
    ans = asst.ask(
        "How much has the U.S. put toward drought relief in Somalia this fiscal year, per the readout of "
        "Sullivan's September 2022 meeting with President Hassan Sheikh Mohamud?"
    )
    assert not ans.abstained, ans.text
    assert "$706 million" in ans.text


def test_when_is_something_supposed_to_happen_is_not_answered_by_the_date_of_the_meeting(asst):
    ans = asst.ask("When is the Cyber Center of Excellence that Harris discussed with Holness supposed to open?")
    assert ans.abstained, ans.text
    ans = asst.ask("When did Harris speak with Holness?")
    assert not ans.abstained and "August 8, 2022" in ans.text


def test_what_was_agreed_after_an_event_is_every_agreement_of_the_meeting(asst):
    from assistant.qa.analyse import analyse

    question = "After the Iranian missile strikes near Erbil, what did Blinken and al-Kadhimi agree on in March 2022?"
    assert not {"erbil", "missil", "al"} & set(analyse(question).parts[0].topic)
    ans = asst.ask(question)
    assert not ans.abstained, ans.text
    assert "Iraqi unity" in ans.text


def test_who_is_at_the_meeting_and_who_is_talked_about():
    from assistant.qa.analyse import analyse

    q = analyse("Did Deputy Secretary Sherman talk about chip supply chains with South Korean PM Han Duck-soo?")
    assert "Han Duck-soo" in q.people  # "with" a titled person after the topic: a side of the meeting
    q = analyse("When did Blinken speak with Polish FM Rau about his trip to Kyiv with Austin?")
    assert "Rau" in q.people and "Austin" not in q.people  # the meeting's "with" came first
    q = analyse("Which cabinet secretary joined the Vice President at her meeting with Florida legislators?")
    assert "Florida" not in q.people  # a state before a lower-case word says whose, and is no one
