"""What a question asks and what a sentence gives, read more closely: "what voter turnout percentage" asks a
percentage, "what were the dates" a date; a name's inner "of" ("a Cyber Center of Excellence") or a month after
"in" ("launched in June") is no city, so a readout that names none says so."""

from __future__ import annotations

from assistant.qa.analyse import analyse
from assistant.qa.answer_types import has_answer_type
from tests.fakes import written_corpus


def test_a_percentage_asked_with_words_between():
    assert analyse("What voter turnout percentage did the election reach?").parts[0].answer_type == "percentage"
    assert analyse("What share of the funds went to Kenya?").parts[0].answer_type == "percentage"


def test_the_dates_of_a_visit_are_a_date_asked():
    assert analyse("What were the dates of Sherman's 2021 visit to Mongolia?").parts[0].answer_type == "date"
    assert analyse("What was the date of the call?").parts[0].answer_type == "date"


def test_a_name_with_of_inside_is_no_city():
    centre = "The U.S. will support a Cyber Center of Excellence to be located in Jamaica for the region."
    assert not has_answer_type(centre, "city")
    assert not has_answer_type("The Secretary of State met the Minister of Foreign Affairs.", "city")
    assert has_answer_type("Russian forces shelled the outskirts of Odesa.", "city")
    assert has_answer_type("They met in the city of Lviv.", "city")


def test_a_month_after_in_is_no_place_but_an_event_in_a_month_is():
    assert not has_answer_type("They welcomed the committees launched in June to address food security.", "place")
    assert has_answer_type("They looked forward to meeting again at the June Summit of the Americas.", "place")
    assert has_answer_type("They met in Kingston.", "place")


def test_a_city_the_readout_does_not_name_is_not_answered(tmp_path):
    asst = written_corpus(
        tmp_path,
        {
            "holness.txt": (
                "Vice President Harris's Call with Prime Minister Holness of Jamaica",
                "August 8, 2022",
                "Vice President Kamala Harris spoke today with Prime Minister Andrew Holness of Jamaica. The Vice "
                "President informed the Prime Minister that the United States will provide $2 million for a Cyber "
                "Center of Excellence to be located in Jamaica. They welcomed progress on the joint committees that "
                "the leaders launched in June to address food security.",
            )
        },
    )
    ans = asst.ask("In which Jamaican city will the Cyber Center of Excellence that Harris announced be located?")
    assert ans.abstained, ans.text
