""" "In which readouts does Susan Rice appear?", "Which readouts involve Uzra Zeya?": every readout that names her,
as a participant or in its text, not only the meetings the records give her as a side of."""

from __future__ import annotations

from assistant.qa.analyse import analyse
from assistant.qa.text_parts import list_query
from tests.fakes import written_corpus


def test_who_appears_in_readouts_is_what_they_mention():
    for question in (
        "In which readouts does Susan Rice appear, whether as a participant or named official?",
        "Which readouts involve Susan Rice?",
    ):
        query = list_query(analyse(question), question)
        assert query.topic_people == ("Susan Rice",) and not query.people, query
    # a country with no other words to find it by stays the side of the meetings listed
    question = "In which readouts does Lithuania or a Lithuanian leader come up?"
    assert "Lithuania" in list_query(analyse(question), question).parties


def test_a_readout_naming_her_in_its_text_is_listed(tmp_path):
    asst = written_corpus(
        tmp_path,
        {
            "rice.txt": (
                "Ambassador Susan Rice's Meeting with Civil Rights Leaders",
                "June 3, 2021",
                "Domestic Policy Advisor Susan Rice met today with civil rights leaders to discuss voting rights.",
            ),
            "pelosi.txt": (
                "Meeting with Speaker Pelosi and Leader Schumer",
                "June 23, 2021",
                "Today, Speaker Pelosi and Leader Schumer met with Office of Management and Budget officials. "
                "Domestic Policy Advisor Susan Rice also briefed them on the infrastructure plan.",
            ),
            "other.txt": (
                "Secretary Blinken's Call with Foreign Minister Kuleba",
                "June 5, 2021",
                "Secretary Blinken spoke today with Foreign Minister Kuleba about grain exports.",
            ),
        },
    )
    answer = asst.ask("In which readouts does Susan Rice appear?")
    listed = {c.source.rsplit("/", 1)[-1] for c in answer.citations}
    assert listed == {"rice.txt", "pelosi.txt"}, answer.text
