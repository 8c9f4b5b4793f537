"""Round 67's rules, from the dev splits: a list of meetings asked for by who met whom and when keeps the clause
that dates them ("meetings or calls by senior U.S. officials that took place on July 6, 2021", "a phone call or
meeting that Secretary Blinken himself held on March 14, 2022"); "readouts dated 26 May 2022 in the collection"
lists the readouts printed with that date (a call of the day before among them); whom a side received or met, right
after the verb ("receiving a country's foreign minister", "meeting an African head of state"), selects the meetings
whose records give the other side that office or a country of that region (the continents too); a place asked is
no word the readouts must write; and kinds set against the one asked ("by video link, rather than in person or by
phone") are not asked."""

from __future__ import annotations

from assistant.qa.analyse import analyse
from assistant.qa.meeting_kinds import meeting_kind
from assistant.qa.text_parts import list_query, without_relative_clause
from tests.fakes import written_corpus


def _sources(answer) -> set[str]:
    return {c.source for c in answer.citations}


def test_a_clause_dating_the_meetings_of_a_list_is_kept():
    q = "Which readouts record meetings or calls by senior U.S. officials that took place on July 6, 2021?"
    assert without_relative_clause(q) == q
    assert analyse(q).window.text == "July 6, 2021"
    q = "Which readouts record a phone call or meeting that Secretary Blinken himself held on March 14, 2022?"
    assert without_relative_clause(q) == q
    # a clause describing what the readouts mention is still no part of the list's object
    assert without_relative_clause("Which readouts mention the 3+1 format that links the U.S. with Greece?") == (
        "Which readouts mention the 3+1 format?"
    )
    assert without_relative_clause("Which readouts mention the summit that took place in Madrid?") == (
        "Which readouts mention the summit?"
    )


_DAY = {
    "state_2021-07-06_call-with-tanzanian-president.txt": (
        "Secretary Blinken's Call with Tanzanian President Hassan",
        "July 6, 2021",
        "Secretary of State Antony J. Blinken spoke today with Tanzanian President Samia Suluhu Hassan. They "
        "discussed the COVID-19 pandemic.",
    ),
    "whitehouse_2021-07-06_sullivan-meeting-with-saudi-vice-minister.txt": (
        "National Security Advisor Jake Sullivan's Meeting with Saudi Vice Minister of Defense Khalid bin Salman",
        "July 6, 2021",
        "National Security Advisor Jake Sullivan met today in Washington with Saudi Vice Minister of Defense "
        "Khalid bin Salman to discuss regional security.",
    ),
    "state_2021-07-07_call-with-kenyan-cabinet-secretary.txt": (
        "Secretary Blinken's Call with Kenyan Cabinet Secretary Omamo",
        "July 7, 2021",
        "Secretary of State Antony J. Blinken spoke yesterday with Kenyan Cabinet Secretary for Foreign Affairs "
        "Raychelle Omamo. They discussed food security.",
    ),
    "state_2021-07-09_meeting-with-mexican-foreign-secretary.txt": (
        "Secretary Blinken's Meeting with Mexican Foreign Secretary Ebrard",
        "July 9, 2021",
        "Secretary of State Antony J. Blinken met today with Mexican Foreign Secretary Marcelo Ebrard. They "
        "discussed migration.",
    ),
}


def test_a_list_of_the_meetings_of_a_day_lists_them(tmp_path):
    asst = written_corpus(tmp_path, _DAY)
    answer = asst.ask(
        "Which readouts record meetings or calls by senior U.S. officials that took place on July 6, 2021?"
    )
    assert not answer.abstained, answer.text
    # the call of "yesterday" in a readout dated July 7 took place on July 6 too
    assert _sources(answer) == {
        "state_2021-07-06_call-with-tanzanian-president.txt",
        "whitehouse_2021-07-06_sullivan-meeting-with-saudi-vice-minister.txt",
        "state_2021-07-07_call-with-kenyan-cabinet-secretary.txt",
    }, answer.text
    # readouts by the date printed on them: the call of the day before is among them
    answer = asst.ask("Which engagements have readouts dated 7 July 2021 in the collection?")
    assert _sources(answer) == {"state_2021-07-07_call-with-kenyan-cabinet-secretary.txt"}, answer.text


_MET = {
    "state_2022-05-09_sherman-meeting-with-lithuanian-foreign-minister.txt": (
        "Deputy Secretary Sherman's Meeting with Lithuanian Foreign Minister Landsbergis",
        "May 9, 2022",
        "Deputy Secretary of State Wendy Sherman met with Lithuanian Foreign Minister Gabrielius Landsbergis today "
        "in Washington. They discussed Russia's war against Ukraine.",
    ),
    "state_2022-05-12_sherman-meeting-with-vietnamese-deputy-foreign-minister.txt": (
        "Deputy Secretary Sherman's Meeting with Vietnamese Deputy Foreign Minister Ngoc",
        "May 12, 2022",
        "Deputy Secretary of State Wendy Sherman met with Vietnamese Deputy Foreign Minister Ha Kim Ngoc today in "
        "Washington. They discussed the comprehensive partnership.",
    ),
    "state_2022-05-05_sherman-meeting-with-angolan-president.txt": (
        "Deputy Secretary Sherman's Meeting with Angolan President Lourenco",
        "May 5, 2022",
        "Deputy Secretary of State Wendy Sherman met with Angolan President Joao Lourenco today in Luanda. They "
        "discussed energy security.",
    ),
    "state_2022-05-06_sherman-meeting-with-zambian-foreign-minister.txt": (
        "Deputy Secretary Sherman's Meeting with Zambian Foreign Minister Kakubo",
        "May 6, 2022",
        "Deputy Secretary of State Wendy Sherman met with Zambian Foreign Minister Stanley Kakubo today in "
        "Washington. They discussed debt relief.",
    ),
    "state_2022-05-10_sherman-meeting-with-french-president.txt": (
        "Deputy Secretary Sherman's Meeting with French President Macron",
        "May 10, 2022",
        "Deputy Secretary of State Wendy Sherman met with French President Emmanuel Macron today in Paris. They "
        "discussed Ukraine.",
    ),
}


def test_whom_a_side_received_or_met_selects_the_meetings_by_office_and_region(tmp_path):
    asst = written_corpus(tmp_path, _MET)
    answer = asst.ask(
        "Which readouts record Deputy Secretary Sherman receiving a country's foreign minister in person in "
        "Washington during May 2022?"
    )
    assert not answer.abstained, answer.text
    # not the deputy foreign minister, nor the president; the place is no word the readouts must write
    assert _sources(answer) == {
        "state_2022-05-09_sherman-meeting-with-lithuanian-foreign-minister.txt",
        "state_2022-05-06_sherman-meeting-with-zambian-foreign-minister.txt",
    }, answer.text
    answer = asst.ask("Which readouts record Deputy Secretary Wendy Sherman meeting an African head of state?")
    assert _sources(answer) == {"state_2022-05-05_sherman-meeting-with-angolan-president.txt"}, answer.text
    answer = asst.ask("Which readouts record Deputy Secretary Wendy Sherman meeting a European head of state?")
    assert _sources(answer) == {"state_2022-05-10_sherman-meeting-with-french-president.txt"}, answer.text
    # what the meetings must say is still a topic: only the readouts that say it
    answer = asst.ask("Which readouts record Deputy Secretary Wendy Sherman meeting a foreign minister about debt?")
    assert _sources(answer) == {"state_2022-05-06_sherman-meeting-with-zambian-foreign-minister.txt"}, answer.text


def test_kinds_set_against_the_one_asked_are_not_asked():
    q = (
        "Which readouts cover a meeting that Vice President Harris held entirely by video link, rather than in "
        "person or by phone?"
    )
    assert meeting_kind(q) == "virtual_meeting"
    assert list_query(analyse(q), q).people == ("Harris",)
    assert meeting_kind("Which readouts record her sitting down face-to-face (not by phone) with him?") == "meeting"
    # both kinds offered: either will do
    assert meeting_kind("Did they meet in person or by phone?") is None


def test_a_clause_saying_the_meetings_are_dated_is_kept():
    q = "Which readouts cover engagements by National Security Advisor Jake Sullivan that are dated August 3, 2022?"
    assert without_relative_clause(q) == q
    assert analyse(q).window.text == "August 3, 2022"


def test_meetings_in_which_a_side_took_part_are_the_meetings_with_that_side():
    q = (
        "Which readouts of U.S. meetings or calls in which an Estonian leader or foreign minister took part bring "
        "up China?"
    )
    listed = list_query(analyse(q), q)
    assert listed.parties == ("Estonia",)
    assert "part" not in listed.parts[0].topic


def test_a_vessel_is_a_ship_and_a_hit_an_attack():
    from assistant.text.synonyms import SYNONYMS_OF

    assert "ship" in SYNONYMS_OF["vessel"]
    assert "attack" in SYNONYMS_OF["hit"]


def test_ahead_of_a_years_summit_dates_the_meeting_in_that_year():
    from assistant.qa.times import time_window

    q = (
        "On what date did Blinken take part in the online NATO foreign ministers' gathering hosted by Jens "
        "Stoltenberg ahead of the alliance's 2021 summit?"
    )
    w = time_window(q)
    assert (w.start.isoformat(), w.end.isoformat()) == ("2021-01-01", "2021-12-31")
    # the year of a summit asked about, not a meeting before it: no time of the meeting
    assert not time_window("What did they discuss at the 2021 summit?").text


def test_a_recent_thing_talked_about_does_not_ask_for_the_latest_meeting():
    from assistant.qa.time_phrases import recency_asked

    q = "On what date did Biden speak by phone with Britain's prime minister about the latter's recent trip to Ukraine?"
    assert recency_asked(q) is None
    assert recency_asked("What did they say in their most recent call?") == "last"
    assert recency_asked("When was Biden's last call with Xi?") == "last"


def test_a_name_with_a_middle_initial_is_one_person():
    assert analyse("Which school did Philip J. Hanlon lead at the roundtable?").people == ("Philip Hanlon",)
    assert analyse("What did Brian P. McKeon discuss in Atlanta?").people == ("Brian McKeon",)
    # initials of a body or a country are no middle initial
    assert analyse("What did U.S. officials discuss with Kenya?").people == ()


def test_received_says_who_met_not_what_about():
    q = "Who was the Sierra Leonean foreign minister Deputy Secretary Sherman received in Washington in June 2021?"
    assert "receiv" not in analyse(q).parts[0].topic


def test_either_of_two_principals_and_leaders_from_a_region(tmp_path):
    from assistant.qa.question_names import principal_office
    from assistant.qa.titled import regions_said

    q = (
        "Which readouts cover calls or meetings that the President or the Vice President held with leaders from "
        "the Western Hemisphere on April 29, 2022?"
    )
    assert principal_office(q) is None
    assert principal_office("Whom did the Vice President call?") == "Vice President"
    assert regions_said(q) == ["western hemisphere"]
    assert regions_said("a Caribbean leader") == ["caribbean"]
    assert regions_said("the leaders of the Gulf Cooperation Council") == []
    asst = written_corpus(
        tmp_path,
        {
            "wh_2022-04-29_call-with-mexican-president.txt": (
                "President Biden's Call with President Lopez Obrador of Mexico",
                "April 29, 2022",
                "President Biden spoke today with President Andres Manuel Lopez Obrador of Mexico about migration.",
            ),
            "wh_2022-04-29_harris-meeting-with-jamaican-prime-minister.txt": (
                "Vice President Harris's Meeting with Prime Minister Holness of Jamaica",
                "April 29, 2022",
                "Vice President Kamala Harris met today with Prime Minister Andrew Holness of Jamaica about energy.",
            ),
            "wh_2022-04-29_call-with-german-chancellor.txt": (
                "President Biden's Call with Chancellor Scholz of Germany",
                "April 29, 2022",
                "President Biden spoke today with Chancellor Olaf Scholz of Germany about Ukraine.",
            ),
        },
    )
    answer = asst.ask(q)
    assert _sources(answer) == {
        "wh_2022-04-29_call-with-mexican-president.txt",
        "wh_2022-04-29_harris-meeting-with-jamaican-prime-minister.txt",
    }, answer.text


def test_a_capital_standing_for_its_government_is_no_person():
    q = (
        "On what date did the Deputy Secretary of State phone New Zealand's top civil servant to commend "
        "Wellington's new sanctions law?"
    )
    assert "Wellington" not in analyse(q).people


def test_name_someones_premier_asks_for_a_person_and_friendship_is_a_bond():
    from assistant.text.synonyms import SYNONYMS_OF

    part = analyse("Name Greenland's premier at Sherman's June 2022 talks in Washington.").parts[0]
    assert (part.answer_type, part.about_meeting) == ("person", True)
    assert analyse("Name Biden's priorities at the summit.").parts[0].answer_type != "person"
    assert "friendship" in SYNONYMS_OF["bond"]


def test_review_mends_keep_the_rules_to_their_cases():
    from assistant.qa.asked_type import answer_type
    from assistant.qa.question_names import principal_office
    from assistant.qa.time_phrases import recency_asked
    from assistant.qa.times import time_window
    from assistant.text.continents import SIDE_REGIONS

    # the latest meeting asked about, not a thing talked about in it
    assert recency_asked("What do the readouts say about Biden's most recent call with Xi?") == "last"
    assert recency_asked("Tell me about Blinken's last meeting with Lavrov.") == "last"
    # the year of an election or an invasion is not the meeting's
    assert not time_window("When did Biden urge Hun Sen to reopen political space ahead of the 2023 elections?").text
    assert not time_window("What did Biden and Putin discuss before Russia's 2022 invasion of Ukraine?").text
    # a clause dating what the readouts must mention, not their meetings
    q = "Which readouts of meetings with Japanese leaders mention the assassination that took place on July 8, 2022?"
    assert without_relative_clause(q) != q
    # meetings the readouts mention: who held them is what is mentioned
    q = "Which readouts mention the meetings that Lavrov held with Kuleba?"
    assert list_query(analyse(q), q).people == ()
    # two offices of another country asked between: the issuing side's principal stays
    q = "When the Vice President visited Singapore, did she meet the President or the Prime Minister?"
    assert principal_office(q) == "Vice President"
    # "Name X's chief concerns": no person
    assert answer_type("Name Biden's chief concerns about Taiwan in his July 2022 call with Xi.") != "person"
    # a European official may be the EU's
    assert "European Union" in SIDE_REGIONS["european"]


def test_an_office_or_another_selects_either(tmp_path):
    asst = written_corpus(tmp_path, _MET)
    answer = asst.ask(
        "Which readouts record Deputy Secretary Sherman meeting a president or foreign minister in May 2022?"
    )
    assert _sources(answer) == {
        "state_2022-05-09_sherman-meeting-with-lithuanian-foreign-minister.txt",
        "state_2022-05-05_sherman-meeting-with-angolan-president.txt",
        "state_2022-05-06_sherman-meeting-with-zambian-foreign-minister.txt",
        "state_2022-05-10_sherman-meeting-with-french-president.txt",
    }, answer.text
