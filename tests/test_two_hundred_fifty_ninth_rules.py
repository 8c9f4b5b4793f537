"""Round 79's rules from the 259th and 260th sets' dev splits:

- "New Year's Eve 2021": the pieces of a day known by name ("New Year", "Eve") are its time, no one met;
- "to how many of the first responders was he grateful": "to all of the first responders" counts them;
- "at what point in the day did Biden host ...": a time of day;
- "did the Secretary tell the unity government ... to seek": what he told them to do is what he urged (not a clause
  told: "told Morocco's foreign minister he would have to miss");
- "is attributed to which spokesperson": the name of the one the byline gives, though the question names the office;
- "with Germany's chancellor (August 18) and with Spain's head of government (August 21)": each day the one country
  met that day;
- "help with the Afghanistan airlift": a country before its event's noun is talked of, not met;
- "the part agency staff play in welcoming whom?": people at large answer ("new refugee arrivals");
- "On what date did the State Department put out its summary of ...": the readout's own date line."""

from __future__ import annotations

import re

from assistant.qa.analyse import analyse
from assistant.qa.coverage import names_someone_new
from assistant.qa.fitting import answer_type_missing
from assistant.qa.in_words import counted_in_words, people_at_large_served
from assistant.qa.time_phrases import a_day_of_its_time
from assistant.qa.who_when_where import READOUT_ISSUED
from assistant.text.question_words import ASKED_OF
from tests.fakes import written_corpus


def test_pieces_of_a_day_known_by_name_are_no_one():
    query = analyse("In his New Year's Eve 2021 call with Colorado's governor about the fires, what did Biden say?")
    assert query.people == ("Biden",) and query.window.text == "New Year's Eve 2021"
    assert a_day_of_its_time("Around Bastille Day", "Around Bastille Day 2021")
    assert "Eve Smith" in analyse("What did Biden and Eve Smith discuss on New Year's Eve 2021?").people


def test_all_of_those_asked_counts_them():
    asked = "to how many of the first responders who came to help did the President say he was grateful?"
    assert counted_in_words("The President is grateful to all of the first responders who came to help.", asked)
    assert not counted_in_words("The President is grateful to the first responders who came to help.", asked)
    part = analyse("In his call, " + asked).parts[0]
    assert part.answer_type == "number"
    assert not answer_type_missing("The President is grateful to all of the first responders.", part)


def test_a_point_in_the_day_is_a_time_of_day():
    part = analyse("At what point in the day did Biden host the four congressional leaders on November 29, 2022?")
    assert part.parts[0].answer_type == "date"
    assert not answer_type_missing("This morning, President Biden hosted the four leaders.", part.parts[0])


def test_what_one_was_told_to_do_is_what_was_urged():
    part = analyse(
        "How wide a consensus on its priorities did the Secretary of State tell the unity government of Haiti's new "
        "prime minister to seek, in their July 2021 phone call?"
    ).parts[0]
    assert part.kinds[:1] == ("urged",)
    assert re.search(ASKED_OF, "what did Biden tell Congress to do?", re.I)
    assert not re.search(ASKED_OF, "what did Biden tell the governors about the storm?", re.I)
    assert not re.search(ASKED_OF, "the meeting Blinken told Morocco's foreign minister he would have to miss", re.I)
    assert not re.search(ASKED_OF, "did Sullivan tell Saied a new government had to be formed?", re.I)


def test_the_spokesperson_asked_by_office():
    asked = "The write-up of Blinken's call with Botswana's president is attributed to which spokesperson?"
    assert names_someone_new("The below is attributable to Spokesperson Ned Price:", asked)
    assert not names_someone_new(
        "The below is attributable to Spokesperson Ned Price:", "What did Spokesperson Ned Price say of the call?"
    )


def test_each_day_the_one_country_met_that_day(tmp_path):
    readouts = {
        "wh_2021-08-18_bidens-call-with-chancellor-merkel.txt": (
            "President Biden's Call with Chancellor Angela Merkel of Germany",
            "August 18, 2021",
            "President Biden spoke today with Chancellor Angela Merkel of Germany about the evacuation from Kabul. "
            "They praised the Afghans who worked for twenty years to promote peace in their country.",
        ),
        "wh_2021-08-21_bidens-call-with-president-sanchez.txt": (
            "President Biden's Call with President Pedro Sanchez of Spain",
            "August 21, 2021",
            "President Biden spoke today with President Pedro Sanchez of Spain about the evacuation from Kabul. "
            "They praised the Afghans who courageously supported the EU mission.",
        ),
    }
    answer = written_corpus(tmp_path, readouts).ask(
        "In the President's August 2021 calls about the Kabul evacuation with Germany's chancellor (August 18) and "
        "with Spain's head of government (August 21), how does each readout describe what the Afghans had done?"
    )
    assert not answer.abstained
    assert "promote peace" in answer.text and "courageously supported" in answer.text


def test_a_country_before_its_events_noun_is_talked_of():
    query = analyse(
        "In the September 2021 call in which Biden thanked Kuwait's ruler for help with the Afghanistan airlift, what "
        "did the two leaders agree on?"
    )
    assert "Afghanistan" not in query.parties and "Afghanistan" in query.topic_parties
    assert analyse("What did Biden discuss in his call with the Philippines president?").parties == ("Philippines",)


def test_whom_a_welcome_is_for():
    asked = "the deputy secretary spoke of the key part resettlement agency staff play in welcoming whom?"
    said = "He discussed the role of agency staff in the welcoming process for new refugee arrivals."
    assert people_at_large_served(said, asked)
    assert not people_at_large_served("He met resettlement agency staff.", asked)
    assert not people_at_large_served(said, "Whom did the deputy secretary welcome to Atlanta?")


def test_a_summary_put_out_is_the_readout():
    assert READOUT_ISSUED.search(
        "On what date did the State Department put out its summary of the under secretary's trip to Tunisia?"
    )
    assert READOUT_ISSUED.search("What publication date does the write-up of the Secretary's call carry?")
    assert not READOUT_ISSUED.search("What date does the summary say the talks will resume?")
