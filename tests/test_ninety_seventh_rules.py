"""Rules of round 55 (from the ninety-seventh and later sets' dev splits and the older dev splits)."""

import datetime

import pytest

from assistant.qa.analyse import analyse, split_parts
from assistant.qa.dates_named import names_time
from assistant.qa.question_names import names_in
from assistant.qa.sum_for import sum_of_something_else
from assistant.qa.times import TimeWindow
from tests.fakes import written_corpus

READOUTS = {
    "dutch.txt": (
        "Secretary Blinken's Call with Dutch Foreign Minister Vos",
        "February 28, 2022",
        "Secretary Blinken spoke today with Dutch Foreign Minister Anna Vos on Russia's attack on Ukraine. The "
        "Secretary applauded the Dutch cabinet's decision to provide lethal and nonlethal military assistance to "
        "Ukraine and $22 million in humanitarian aid for those fleeing the war.",
    ),
    "africa.txt": (
        "President Biden's Meeting with Six African Presidents",
        "December 14, 2022",
        "President Biden met today with six African presidents whose countries hold elections next year. The "
        "leaders discussed the challenges of holding elections. The elections in Africa in 2023 will be "
        "consequential. While the United States supports no candidate, it is committed to supporting electoral "
        "processes. Working with Congress, the United States plans to provide over $165 million to support "
        "elections and good governance in Africa in 2023.",
    ),
    "leaders.txt": (
        "President Biden's Meeting with Business Leaders on Vaccination Requirements",
        "August 11, 2021",
        "Today, President Biden virtually met with four business and university leaders who have adopted "
        "vaccination requirements for their workforces. He highlighted the vaccination requirements for the "
        "federal workforce. The President asked each of these leaders to talk to their industry peers about this "
        "step to share best practices. The President thanked the leaders for protecting their employees.",
    ),
}


@pytest.fixture
def asst(tmp_path):
    return written_corpus(tmp_path, READOUTS)


AID = (
    "The Secretary applauded the Dutch cabinet's decision to provide lethal and nonlethal military assistance to "
    "Ukraine and $22 million in humanitarian aid for those fleeing the war in Ukraine."
)
PLEDGE = (
    "Blinken met the minister to discuss regional security issues, Qatar's generous pledge of in-kind assistance "
    "to the Lebanese Armed Forces, its $100 million contribution to Yemen through the World Food Program, and "
    "support for Afghanistan peace negotiations."
)


def test_a_sum_given_of_another_thing_is_no_figure_for_the_thing_asked():
    assert sum_of_something_else(AID, "What was the dollar value of the lethal military assistance they sent?")
    assert sum_of_something_else(PLEDGE, "What was the value of the assistance Qatar pledged to the army?")
    # the sum is of the thing asked when the thing follows it closely or leads up to it in one item
    request = "They discussed the request to Congress for $33 billion in security, economic, and humanitarian aid."
    assert not sum_of_something_else(request, "How much aid had the administration asked Congress to approve?")
    support = "They discussed humanitarian support for Afghanistan, including over $774 million provided since 2021."
    assert not sum_of_something_else(support, "How much humanitarian support had the United States provided?")
    # a sum in other words than the question's, and a question that names no thing, are left as they are
    assert not sum_of_something_else("They announced $50 million in aid.", "How much assistance was announced?")
    assert not sum_of_something_else(AID, "How much did the Dutch cabinet decide to give?")


def test_the_value_of_a_thing_the_readout_gives_no_sum_of_is_not_in_the_readouts(asst):
    ans = asst.ask("What was the dollar value of the lethal military assistance the Dutch cabinet decided to send?")
    assert ans.abstained and "Vos" in ans.text
    ans = asst.ask("How much humanitarian aid did the Dutch cabinet decide to provide, per Blinken's call with Vos?")
    assert not ans.abstained and "$22 million" in ans.text


def test_a_year_asked_beside_the_readouts_own_time_is_told_by_a_sentence_naming_it(asst):
    year = TimeWindow(datetime.date(2023, 1, 1), datetime.date(2023, 12, 31), None, None, "2023")
    assert names_time("... good governance in Africa in 2023.", year)
    assert not names_time("... good governance in Africa in 2022.", year)
    ans = asst.ask(
        "According to the readout of Biden's December 2022 meeting with six African presidents, how much did the "
        "U.S. plan to provide for elections and good governance in Africa in 2023?"
    )
    assert not ans.abstained and "$165 million" in ans.text


def test_a_name_with_a_number_after_it_is_a_things_not_a_persons():
    assert "Enbridge Line" not in names_in("What did Blinken say about the Enbridge Line 5 pipeline?")[0]
    assert "Nord Stream" not in names_in("Did Biden and Scholz discuss Nord Stream 2?")[0]
    # a day written after a name is no number of the name's
    assert "Yang" in names_in("What did Sullivan tell Yang 16 March 2022 in Rome?")[0]


def test_what_someone_was_asked_to_do_is_an_appeal(asst):
    assert analyse("What did he ask each of them to do?").parts[0].kinds[:1] == ("urged",)
    assert analyse("What did Biden ask Congress to do?").parts[0].kinds[:1] == ("urged",)
    assert "urged" not in analyse("May I ask you to tell me what Biden and Xi discussed?").parts[0].kinds
    ans = asst.ask(
        "When the President met virtually in August 2021 with four business and university leaders who had made "
        "shots mandatory for their workers, what did he ask each of them to do?"
    )
    assert "industry peers" in ans.text


def test_between_one_side_and_which_other_is_one_question():
    assert split_parts("He praised efforts to restore ties between the Gulf states and which other country?") == [
        "He praised efforts to restore ties between the Gulf states and which other country?"
    ]
    # a second question after a finished "between ... and ..." still stands apart
    assert len(split_parts("Were talks held between Kuwait and Lebanon, and which country hosted them?")) == 2


def test_the_country_a_meeting_was_held_in_is_a_side_of_it():
    query = analyse("Which parliamentary leader did Blinken meet in Kuwait at the end of July 2021?")
    assert query.parties == ("Kuwait",) and "Kuwait" in query.titled_parties
    # what they talked about in a country is no side
    assert analyse("What did Blinken and Lavrov say about the fighting in Ukraine?").parties == ()


def test_the_anniversary_of_a_signing_asks_for_no_agreement():
    query = analyse(
        "The roundtable was timed to the anniversary of a landmark law. Which anniversary of its signing was it?"
    )
    assert "agreed" not in query.parts[0].kinds
    assert "agreed" in analyse("What did they sign at the meeting?").parts[0].kinds


def test_which_one_after_a_thing_said_asks_for_that_thing():
    part = analyse("The Vice President's July 2022 roundtable fell on an anniversary. Which one?").parts[0]
    assert "anniversari" in part.hints and "anniversari" not in part.topic


def test_a_roughly_asked_count_after_and_is_a_second_part():
    parts = split_parts("Which tax achievement did they recognize, and roughly how many Afghans had Italy housed?")
    assert parts == ["Which tax achievement did they recognize", "roughly how many Afghans had Italy housed?"]


def test_the_year_of_a_thing_described_is_not_the_meetings():
    q = "The Vice President met disability rights leaders on the anniversary of the landmark 1990 disability law."
    assert not analyse(q).window.bounded
    # a time of the meeting, even after "the morning of", is still the meeting's
    morning = analyse("When Biden phoned the governor on the morning of September 29, 2022 about the hurricane, what?")
    assert morning.window.start == datetime.date(2022, 9, 29)


def test_a_city_of_another_country_is_not_washington_where_they_met():
    from assistant.qa.places_given import gives_city, without_home_capital

    met = "Deputy Secretary Sherman met with Israeli Speaker of the Knesset Mickey Levy earlier today in Washington."
    asked = "In which Israeli city did the attack take place?"
    assert not gives_city(without_home_capital(met, asked))
    assert gives_city(without_home_capital(met, "In which city did they meet?"))
    # a day after "on" is no town
    assert not gives_city("They offered condolences for those killed in a terrorist attack on March 27.")


def test_whose_thing_it_was_asks_for_a_name_the_question_does_not_give(asst):
    from assistant.qa.asked_type import answer_type

    assert answer_type("Whose drone was it that crashed in Zagreb?") == "named"
    assert answer_type("Whose leadership did they praise?") != "named"


@pytest.mark.parametrize("follow_up", ["Did he thank them for anything?", "What did he thank them for?"])
def test_a_follow_up_asking_for_thanks_at_all_reads_the_whole_dated_meeting(asst, follow_up):
    history = [
        {"role": "user", "content": "What did Biden highlight about the federal workforce in August 2021?"},
        {"role": "assistant", "content": "He highlighted the vaccination requirements for the federal workforce."},
    ]
    ans = asst.ask(follow_up, history=history)
    assert "protecting their employees" in ans.text.split("[2]")[0]


def test_leaving_something_aside_sets_it_aside():
    from assistant.qa.aside import set_aside
    from assistant.qa.form import plain_question

    read = plain_question("Leaving Ukraine aside, which other issues did Sherman take up with Delattre?")
    assert read == "Apart from Ukraine, which other issues did Sherman take up with Delattre?"
    assert set_aside(read) == "Ukraine"
    assert (
        plain_question("Setting aside Ukraine, what did they discuss?") == "Apart from Ukraine, what did they discuss?"
    )
    # not a verb elsewhere in the question: what is put or set aside there is its topic
    for kept in (
        "What measures was Japan putting in place aside from sanctions?",
        "Did they talk of setting funds aside?",
    ):
        assert plain_question(kept) == kept


def test_lined_up_says_nothing_of_the_topic():
    part = analyse("Which two international meetings was Panama lined up to host?").parts[0]
    assert "line" not in part.topic


def test_a_sides_agreement_told_as_a_noun_is_an_agreement():
    from assistant.qa.compose import Quote
    from assistant.qa.fitting import of_asked_kind
    from assistant.records import Sentence

    part = analyse("To which city did the government agree to let the flights go?").parts[0]
    assert part.kinds[0] == "agreed"
    told = [
        ("Blinken reiterated the United States' commitment to the end of the conflict.", "reaffirmed", 0.9),
        ("The Government of Yemen's agreement to allow the flights to proceed to Amman brings relief.", "other", 0.5),
    ]
    quotes = [
        Quote(Sentence("y.txt", 100 * n, 100 * n + len(t), t), "T", None, sc, k) for n, (t, k, sc) in enumerate(told)
    ]
    assert any("Amman" in q.sentence.text for q in of_asked_kind(quotes, part))


def test_an_office_served_is_not_the_principal_when_named_again():
    from assistant.qa.question_names import principal_office

    q = "When the Vice President's national security adviser hosted CEOs, what had the Vice President's call mobilized?"
    assert principal_office(q) is None
    assert principal_office("Whom did the Vice President call in May 2022?") == "Vice President"


def test_people_of_a_planned_meeting_with_someone_are_not_the_meetings():
    query = analyse(
        "When did Secretary Blinken phone Prime Minister Pashinyan to encourage peace talks, ahead of Pashinyan's "
        "planned meeting with Aliyev and European Council President Michel?"
    )
    assert "Aliyev" not in query.people and "Michel" not in query.people


def test_which_two_members_of_a_cabinet_asks_who():
    from assistant.qa.asked_type import answer_type

    assert answer_type("Which two members of his cabinet took part alongside him?") == "person"
    assert answer_type("Which members of his cabinet took part?") == "person"


def test_the_last_days_of_a_month_are_a_time_not_a_topic():
    part = analyse(
        "In a phone call in the last days of December 2022, the national security advisor congratulated a Gulf "
        "state's foreign minister on hosting which event?"
    ).parts[0]
    assert "last" not in part.topic and "day" not in part.topic


def test_what_someone_told_after_a_sentence_of_scene_is_whatever_they_said():
    first = analyse(
        "On the last day of 2021 the president phoned a governor whose state had just been hit by sudden wildfires. "
        "What did the governor tell him?"
    ).parts[0]
    assert first.topic == () and "wildfir" in first.hints
    # a question of its own topic keeps it
    kept = analyse("The President phoned a governor. What did the governor tell him about the wildfires?").parts[0]
    assert "wildfir" in kept.topic


def test_review_a_sum_asked_with_how_much_first_and_a_countrys_city_asked_with_which_first():
    from assistant.qa.places_given import gives_city, without_home_capital
    from assistant.qa.sum_for import sum_asked_of

    assert sum_asked_of("How much lethal military assistance did the Dutch send?") == "lethal military assistance"
    met = "Deputy Secretary Sherman met with Speaker Mickey Levy earlier today in Washington."
    assert not gives_city(without_home_capital(met, "Which Israeli city did the attack take place in?"))


def test_review_whose_idea_asks_no_owners_name_and_asking_what_is_no_appeal():
    from assistant.qa.asked_type import answer_type

    assert answer_type("Whose idea was it to hold the summit?") != "named"
    assert "urged" not in analyse("Can I ask what Biden said to Kishida about Taiwan?").parts[0].kinds


def test_review_the_meetings_own_date_after_its_call_stays_the_meetings():
    q = "What did Biden tell the governor during his call September 29, 2022 about the hurricane?"
    assert analyse(q).window.start == datetime.date(2022, 9, 29)


def test_review_a_country_a_meeting_was_about_is_no_side_and_counts_are_no_names():
    assert analyse("When did Blinken meet to discuss security in Yemen?").parties == ()
    assert "Kishida" in " ".join(names_in("Did Biden call Kishida 10 days after the earthquake?")[0])
    assert "Kuleba" in " ".join(names_in("Did Blinken speak with Kuleba 3 times in May 2022?")[0])


def test_review_a_follow_up_pointing_back_keeps_its_topic_and_questions_stay_apart():
    from assistant.qa.inherit import _ANYTHING

    assert not _ANYTHING.search("Did they agree to anything on that?")
    assert _ANYTHING.search("Did she thank him for anything?")
    assert len(split_parts("What was agreed between the two sides? Which topics came first?")) == 2
    part = analyse("Biden and Kishida signed a memorandum. What was it about?").parts[0]
    assert "memorandum" in part.topic


def test_review_a_served_office_named_again_as_a_subject_is_the_principal():
    from assistant.qa.question_names import principal_office

    q = "After the Vice President's national security adviser met the CEOs, whom did the Vice President call?"
    assert principal_office(q) == "Vice President"


def test_review_every_word_of_the_last_days_phrase_is_no_topic():
    part = analyse("In the last week of December 2022, whom did the Secretary congratulate on the final day?").parts[0]
    assert not {"week", "day", "final"} & set(part.topic)


def test_review_a_follow_up_keeps_the_topic_that_picked_its_meeting_when_no_time_did():
    from assistant.qa.inherit import inherit

    first = analyse("Did Biden speak with Sánchez ahead of the NATO summit in Madrid?")
    follow = inherit(analyse("And what did he thank him for?"), first)
    assert follow.parts[0].topic == first.parts[0].topic
    dated = analyse("Did Biden speak with Sánchez about the NATO summit in June 2022?")
    assert inherit(analyse("And what did he thank him for?"), dated).parts[0].topic == ()
