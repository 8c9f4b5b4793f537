"""What a list leaves out ("(leave out group calls with allies and the June 2022 meeting ...)", ", i.e. not in group
calls ...") is no topic, day or side of it; a district "listed for" someone named is the line of the list naming
them; "When did they meet Sharansky, who chairs ..." asks when; "which regulators, by name" wants names."""

from __future__ import annotations

from assistant.qa.analyse import analyse
from assistant.qa.asked_type import answer_type
from assistant.qa.meeting_kinds import one_on_one
from assistant.qa.text_parts import list_query
from tests.fakes import written_corpus


def test_what_a_list_leaves_out_is_no_topic():
    question = (
        "Which readouts record a one-on-one call or meeting between President Biden and NATO Secretary General Jens "
        "Stoltenberg (leave out group calls with allies and the June 2022 meeting that Vice President Harris also "
        "attended)?"
    )
    part = list_query(analyse(question), question).parts[0]
    assert not {"leav", "group", "alli"} & set(part.topic), part.topic
    assert one_on_one(question)
    other = "Which readouts record Sherman meeting Mircea Geoană one-on-one, i.e. not in group calls and not together?"
    assert "togeth" not in list_query(analyse(other), other).parts[0].topic


def test_asking_words_and_names():
    asked = "When did Secretary Blinken meet Natan Sharansky, who chairs the Institute for the Study of Antisemitism?"
    assert answer_type(asked) == "date"
    assert answer_type("Which financial regulators, by name, attended Biden's June 2021 meeting?") == "person"


def test_district_listed_for_someone_and_no_name_for_by_name(tmp_path):
    asst = written_corpus(
        tmp_path,
        {
            "progressives.txt": (
                "President Biden's Meeting with Progressive Members of Congress",
                "October 4, 2021",
                "President Biden met virtually with progressive members of Congress today.\n\nMembers attending:\n\n"
                "- Representative Pramila Jayapal (WA-07)\n- Representative Mondaire Jones (NY-17)",
            ),
            "regulators.txt": (
                "President Biden's Meeting with Lead Financial Regulators",
                "June 21, 2021",
                "Today, the President met with top financial regulators to discuss the economy. The regulators "
                "reported that the financial system is in strong condition.",
            ),
        },
    )
    district = asst.ask(
        "Which congressional district number is listed for Rep. Mondaire Jones among the progressives who met "
        "with Biden on October 4, 2021?"
    )
    assert [c.quote for c in district.citations] == ["- Representative Mondaire Jones (NY-17)"], district.text
    named = asst.ask("Which financial regulators, by name, attended Biden's June 21, 2021 meeting with regulators?")
    assert named.abstained, named.text


def test_second_reader_list_mends():
    """ "List President Biden's calls with ..." is a list; "i.e." ends no sentence; "the meetings X took part in" are
    the readouts naming X."""
    from assistant.qa.form import plain_question

    assert answer_type("List President Biden's calls with Prime Minister Boris Johnson.") == "list"
    typed = "List President Biden's calls with Chancellor Scholz, i.e. not in group calls with other leaders."
    assert plain_question(typed) == typed
    assert one_on_one(typed)
    took = "List the meetings Representative Barbara Lee took part in."
    part = list_query(analyse(took), took).parts[0]
    assert "part" not in part.topic and "lee" in part.topic, part.topic
