"""Someone named as the doer of what was talked about ("a step taken by President Duque") or as whom a thing came
from in a follow-up ("Did he bring anything from President Biden?") is the topic, not a side of the meeting."""

from assistant.qa.analyse import analyse
from assistant.qa.inherit import inherit

HOSTED = (
    "When Blinken hosted Colombia's Vice President Ramirez in May 2021, "
    "what step taken by President Duque did he welcome?"
)


def test_the_doer_of_a_step_is_talked_of_not_met():
    q = analyse(HOSTED)
    assert "Duque" in q.topic_people and "Duque" not in q.people
    assert q.parts[0].answer_type == "free"  # "what step taken by President ...": no office asked for
    action = analyse("What action by President Duque did Sherman commend in her call with Ramirez?")
    assert action.people == ("Sherman", "Ramirez") and action.topic_people == ("Duque",)
    made = analyse("What decision made by Chancellor Scholz did Biden praise in their call?")
    assert made.people == ("Biden",) and made.topic_people == ("Scholz",)


def test_a_host_is_still_a_side():
    assert "Biden" in analyse("At the dinner hosted by President Biden, what did Kishida say?").people


def test_a_follow_up_keeps_its_meeting_when_it_names_whom_a_thing_came_from():
    previous = analyse("Why did Blinken go to see Prime Minister Kishida in Tokyo in July 2022?")
    q = inherit(analyse("Did he bring anything from President Biden?"), previous)
    assert set(q.people) == {"Blinken", "Kishida"} and "Biden" in q.topic_people
    assert q.window.bounded
    # a follow-up naming whom else he met is a meeting of its own
    other = inherit(analyse("Did he also meet President Yoon in July 2022?"), previous)
    assert "Yoon" in other.people and "Kishida" not in other.people


def test_an_exact_date_asked_for_needs_a_day():
    from assistant.qa.fitting import answer_type_missing

    part = analyse("In their June 1, 2022 call, for what exact date did Biden invite Fernandez to visit?").parts[0]
    assert answer_type_missing("The President invited President Fernandez to visit Washington in July.", part)
    assert not answer_type_missing("The President invited President Fernandez to visit on July 12, 2022.", part)
    loose = analyse("In their June 1, 2022 call, when did Biden invite Fernandez to visit?").parts[0]
    assert not answer_type_missing("The President invited President Fernandez to visit Washington in July.", loose)


def test_their_names_asks_for_people():
    q = analyse("Zeya met the presidents of Chile's Senate and Chamber of Deputies in May 2022 - what are their names?")
    assert q.parts[0].answer_type == "person"
    assert analyse("What are their names?").parts[0].topic == ()  # a follow-up's: names asked, nothing named "name"


def test_a_countrys_officials_met_make_it_a_side():
    q = analyse("Which readouts record Blinken meeting or talking by phone with an Iraqi government official?")
    assert "Iraq" in q.parties
    assert "Iraq" in analyse("Which readouts record Blinken meeting Iraqi officials?").parties
    assert "Iraq" not in analyse("Which readouts mention Iraqi officials?").parties  # what is mentioned
    # (one meeting's records may miss a country: only a list of readouts asks for the country's meetings)
    one = analyse("In Chisinau, what was Robinson going to highlight to meet Moldovan officials?")
    assert "Moldova" not in one.parties


def test_an_office_in_the_plural_is_no_one_named():
    assert analyse("Who moderated Biden's July 2022 meeting with nine Democratic Governors?").people == ("Biden",)
    assert analyse("What did Biden and Governor Hochul discuss?").people == ("Biden", "Hochul")


def test_a_meeting_no_sentence_reports_is_dated_by_its_date_line(tmp_path):
    from assistant import Assistant

    folder = tmp_path / "readouts"
    folder.mkdir()
    (folder / "pelosi.txt").write_text(
        "Readout of President Biden's Meeting with Speaker Pelosi and Leader Schumer on Voting Rights\n"
        "Date: July 30, 2021\n\nPresident Biden, Speaker Pelosi, and Leader Schumer reaffirmed their commitment "
        "to democracy and to the For the People Act.\n",
        encoding="utf-8",
    )
    asst = Assistant.build(folder, tmp_path / "index")
    answer = asst.ask("When did President Biden meet Speaker Pelosi and Leader Schumer about voting rights?")
    assert not answer.abstained and "July 30, 2021" in answer.text


def test_a_subject_does_not_run_past_a_question_mark():
    q = analyse("Did Ukraine come up? What did she thank him for?")
    assert "Ukraine" not in q.parties and "Ukraine" in q.topic_parties
    assert analyse("What did Biden and Kishida agree on security?").people == ("Biden", "Kishida")
