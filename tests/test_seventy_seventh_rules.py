"""Rules of round 52 (from the seventy-seventh and seventy-eighth sets' dev splits): meetings in the plural on two
days each a meeting of their own, "held in the same city" as a comparison of places, a country that "came up" as
what was talked about, the date of an event that "happened", and "who led" something other than a side."""

import pytest

from assistant.qa.analyse import about_meeting, analyse
from assistant.qa.dates_named import days_of_meetings
from tests.fakes import written_corpus

_CALL = (
    "Deputy Secretary of State Wendy Sherman spoke today with French Secretary General Francois Delattre, Italian "
    "{office} {name}, and German State Secretary Andreas Michaelis. They discussed Russia's build-up near Ukraine."
)
READOUTS = {
    "feb.txt": (
        "Deputy Secretary Sherman's Call with French, German, and Italian Counterparts",
        "February 9, 2022",
        _CALL.format(office="Political Director", name="Pasquale Ferrara"),
    ),
    "apr.txt": (
        "Deputy Secretary Sherman's Call with French, German, and Italian Counterparts",
        "April 21, 2022",
        _CALL.format(office="Secretary General", name="Ettore Sequi"),
    ),
    "mar.txt": (
        "Deputy Secretary Sherman's Call with French, German, and Italian Counterparts",
        "March 3, 2022",
        _CALL.format(office="Deputy Minister", name="Marina Sereni"),
    ),
    "antonio.txt": (
        "Deputy Secretary Sherman's Meeting with Angolan Foreign Minister Antonio",
        "May 5, 2022",
        "Deputy Secretary of State Wendy Sherman met today with Angolan Foreign Minister Tete Antonio in Luanda. "
        "They discussed the partnership between the United States and Angola.",
    ),
    "lourenco.txt": (
        "Deputy Secretary Sherman's Meeting with Angolan President Lourenço",
        "May 5, 2022",
        "Deputy Secretary of State Wendy Sherman met today with Angolan President João Lourenço in Luanda. "
        "They addressed the climate crisis.",
    ),
}


@pytest.fixture
def asst(tmp_path):
    return written_corpus(tmp_path, READOUTS)


def test_meetings_in_the_plural_on_two_days_are_each_a_meeting_of_their_own(asst):
    question = (
        "Who represented Italy on Wendy Sherman's calls with her French, German and Italian counterparts on "
        "February 9, 2022 and on April 21, 2022?"
    )
    assert days_of_meetings(question)
    assert not days_of_meetings("Who represented Italy on Sherman's call on February 9, 2022?")  # one day
    assert not days_of_meetings("What did Sherman discuss in her calls in February and April 2022?")  # months
    ans = asst.ask(question)
    assert "Pasquale Ferrara" in ans.text and "Ettore Sequi" in ans.text, ans.text
    assert "Marina Sereni" not in ans.text  # the call between the two days is neither


def test_held_in_the_same_city_compares_the_places_of_each_meeting(asst):
    question = (
        "Were Wendy Sherman's May 5, 2022 meetings with Angolan Foreign Minister Tete Antonio and with President "
        "João Lourenço held in the same city?"
    )
    query = analyse(question)
    assert query.compare and query.parts[0].answer_type == "place"
    ans = asst.ask(question)
    assert not ans.abstained and ans.text.count("Luanda") >= 2, ans.text
    # "how did the venues of those two meetings differ": the place of each
    venues = analyse("Blinken met Hayashi in May and July 2022. How did the venues of those two meetings differ?")
    assert venues.parts[-1].answer_type == "place"
    assert analyse("What did the places of worship they visited have in common?").parts[0].answer_type != "place"


def test_a_country_that_came_up_is_what_was_talked_about():
    query = analyse("Did Iran come up on that call as well?")
    assert "Iran" not in query.parties and "Iran" in query.topic_parties
    assert "Israel" in analyse("Did Israel's prime minister come up with a plan?").parties  # an office, a side


def test_the_date_an_event_happened_is_not_the_meetings():
    question = "On what date did that attack happen?"
    assert about_meeting(question) is False
    assert about_meeting("When did that conversation happen?") is not False  # the meeting itself


def test_who_led_something_else_than_a_side_is_not_who_met():
    assert about_meeting("Who led the small group of U.S. diplomats that went to Kyiv?") is False
    assert about_meeting("Who led the other side?") is not False
    assert about_meeting("Who led the Israeli delegation?") is not False
    assert about_meeting("Who headed Moscow's delegation, and how were the talks described?") is not False
    assert about_meeting("Who headed the call?") is not False


def test_a_part_of_a_month_opening_a_question_is_no_ones_name():
    assert analyse("Late August 2021, what did Biden tell the governors?").people == ("Biden",)
    assert analyse("Early May 2022, who did Blinken call?").people == ("Blinken",)


def test_a_readout_titled_conversations_may_have_been_held_by_video():
    from types import SimpleNamespace as NS

    from assistant.qa.meeting_kinds import kind_fits

    fema = NS(kind="meeting", title="President Biden's Conversations with FEMA and National Hurricane Center")
    assert kind_fits("virtual_meeting", fema)
    assert not kind_fits("virtual_meeting", NS(kind="meeting", title="President Biden's Meeting with Governors"))


def test_the_united_states_northern_and_southern_neighbours_are_countries_met():
    q = analyse("In November 2022 the vice president met the prime minister of her country's northern neighbor. What?")
    assert q.parties == ("Canada",) and q.titled_parties == ("Canada",)
    q = analyse("Which border issue did Biden raise with his southern neighbour's president in July 2022?")
    assert "Mexico" in q.parties
    assert "Canada" not in analyse("Which northern city did they visit?").parties


def test_a_sentence_quoted_for_two_parts_is_written_once():
    from assistant.qa.compose import Group, Quote, compose
    from assistant.records import Sentence

    said = Sentence("a.txt", 0, 40, "Biden spoke with Macron and Scholz today.")
    other = Sentence("a.txt", 41, 60, "They discussed Ukraine.")
    count = Quote(said, "Call", "March 29, 2022", lead="2 named (Macron, Scholz):")
    who = Quote(said, "Call", "March 29, 2022", lead="President Emmanuel Macron (France):")
    ans = compose("How many, and who?", [Group("Call · March 29, 2022", (count, who, Quote(other, "Call", None)))])
    assert ans.text.count(said.text) == 1 and len(ans.citations) == 2
    assert "President Emmanuel Macron (France) [1]" in ans.text and "[2]" in ans.text
    # a group whose every quote was written above adds no second header
    again = compose("q", [Group("Call", (count,)), Group("Call", (Quote(said, "Call", None),))])
    assert again.text.count("Call") == 1, again.text


def test_mainly_is_no_topic_and_each_call_mainly_about_asks_what_each_was_for():
    from assistant.qa.meeting_sentence import meeting_may_answer

    part = analyse("Blinken called Le Drian twice in spring 2022. What was each call mainly about?").parts[0]
    assert "main" not in part.topic
    opening = "Secretary Blinken spoke today with Foreign Minister Le Drian to congratulate the French people."
    assert meeting_may_answer(part, opening)
    assert not meeting_may_answer(analyse("What did Blinken say about NATO?").parts[0], opening)


def test_people_of_a_planned_meeting_are_spoken_of_not_met():
    q = analyse(
        "On his April 2022 call with Armenian PM Pashinyan, Blinken encouraged a planned meeting of Pashinyan and "
        "Aliyev with European Council President Michel. On what date was it set?"
    )
    assert set(q.people) == {"Pashinyan", "Blinken"} and {"Aliyev", "Michel"} <= set(q.topic_people)
    assert q.parties == ("Armenia",)


def test_a_region_said_after_the_office_picks_its_countries_meetings():
    from types import SimpleNamespace as NS

    from assistant.qa.titled import region_met

    meetings = [
        NS(countries=("Tajikistan",), participants=()),
        NS(countries=("Argentina",), participants=()),
    ]
    question = "When Blinken phoned the foreign minister of a Central Asian republic in June 2021, what did he say?"
    assert region_met({0, 1}, question, meetings) == {0}
    assert region_met({0, 1}, "When Blinken phoned the foreign minister in June 2021?", meetings) == {0, 1}


def test_named_as_is_how_a_question_asks_not_its_topic():
    part = analyse(
        "In Biden's call with Trudeau on 11 Feb 2022, which border crossings were named as blockaded?"
    ).parts[0]
    assert "name" not in part.topic and "blockad" in part.topic


def test_a_named_things_lower_case_kind_may_be_left_out_by_a_readout():
    from assistant.qa.lists import alternatives, term_of

    # the name is not the object's first capitalised word ("Biden's"), so it is the term readouts must say
    question = "Which readouts of Biden's calls with Vladimir Putin mention the New START treaty?"
    topic = ("new", "start", "treati")
    assert term_of(question, alternatives(question, topic)) == ("new", "start")
    law = "Which readouts of Biden's calls mention international humanitarian law?"  # no name: the whole term
    assert term_of(law, alternatives(law, ("internat", "humanitarian", "law"))) == ("internat", "humanitarian", "law")


def test_a_country_asked_for_is_one_the_question_does_not_name():
    from assistant.qa.answer_types import names_a_new_country

    question = "Which neighboring countries did Sherman and Nigerien FM Hassoumi name in July 2022?"
    assert not names_a_new_country("They stressed U.S.-Niger security cooperation in the Sahel.", question)
    assert names_a_new_country("They discussed the transitions in Mali and Burkina Faso.", question)
    assert names_a_new_country("They discussed U.S.-Niger support for Chad.", question)


def test_restate_asks_what_was_reaffirmed():
    assert "reaffirmed" in analyse("What did Blinken restate about his own stance?").parts[0].kinds


def test_the_countrys_own_thing_asks_no_country_and_whose_opens_a_part():
    q = analyse(
        "At Harris's September 2022 meeting with Nigeria's Vice President Osinbajo, what commitment on the country's "
        "next elections did she welcome, and what did the two agree regarding the Sahel?"
    )
    assert [p.answer_type for p in q.parts] == ["free", "free"]
    assert analyse("What did they say about the country?").parts[0].answer_type != "country"
    assert analyse("Which of the countries did Biden call?").parts[0].answer_type == "country"
    q = analyse(
        "At Blinken's May 2022 meeting with Retno, which framework did he promote, and whose rights did they discuss?"
    )
    assert len(q.parts) == 2
    # "and whose was it?" asks of the thing before it, no part of its own
    assert len(analyse("What kind of drone crashed in Zagreb on March 10 and whose was it?").parts) == 1


def test_the_review_mends_keep_each_rule_to_its_clause():
    # a meeting talked of ends with its clause: who met after it is still who met
    q = analyse(
        "After they discussed a planned meeting of the two leaders, what did Blinken tell Armenian FM Mirzoyan?"
    )
    assert set(q.people) == {"Blinken", "Mirzoyan"} and q.parties == ("Armenia",)
    # another country's neighbour is not the United States'
    assert "Canada" not in analyse("What did Blinken tell Ukraine's northern neighbour's foreign minister?").parties
    # "happened", "takes place" ask the place of each meeting as "happen" does
    assert analyse("Did the two meetings happen in the same city?").parts[0].answer_type == "place"
    assert analyse("Did the two meetings happened in the same city?").parts[0].answer_type == "place"
    assert about_meeting("Who led it?") is not False
