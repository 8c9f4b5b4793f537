"""Rules of round 54 (from the eighty-seventh and eighty-eighth sets' dev splits and the older dev splits)."""

import pytest

from assistant.qa.analyse import analyse
from assistant.qa.question_names import names_in
from tests.fakes import written_corpus

READOUTS = {
    "uk.txt": (
        "President Biden's Meeting with Prime Minister Hale of the United Kingdom",
        "September 21, 2022",
        "President Biden met today with Prime Minister Amelia Hale of the United Kingdom. The leaders discussed "
        "support for Ukraine. They also affirmed their shared commitment to protecting the gains of the "
        "Belfast/Good Friday Agreement.",
    ),
    "ireland.txt": (
        "President Biden's Meeting with Taoiseach Conlan of Ireland",
        "March 17, 2022",
        "President Biden met today with Taoiseach Brendan Conlan of Ireland. The leaders discussed trade and "
        "investment. They stressed the importance of preserving political and economic stability in Northern "
        "Ireland.",
    ),
    "belfast.txt": (
        "Vice President Harris's Meeting with First Minister Ross of Northern Ireland",
        "March 17, 2021",
        "Today Vice President Harris met virtually with Northern Ireland First Minister Ellen Ross. They noted "
        "that the balance of Northern Ireland's relationships can benefit all of Northern Ireland's communities.",
    ),
}


@pytest.fixture
def asst(tmp_path):
    return written_corpus(tmp_path, READOUTS)


def test_a_compass_word_before_a_country_is_a_part_of_it_not_a_person():
    assert names_in("Did Northern Ireland come up at all?")[0] == []
    assert "Eastern" not in names_in("Did Eastern Ukraine come up when they met?")[0]
    # a longer name keeps the country inside it, and someone's name before a country is still someone's
    assert analyse("How many readouts mention the Northern Ireland Protocol?").people == ("Northern Ireland Protocol",)
    assert "Northern" not in analyse("Did Northern Ireland come up at all?").people


def test_a_countrys_thing_that_came_up_is_a_topic_not_a_side():
    query = analyse("Did Northern Ireland's peace agreement come up at all?")
    assert query.parties == () and query.people == ()


def test_a_follow_up_on_northern_ireland_stays_in_the_readout_of_the_turn_before(asst):
    history = [
        {"role": "user", "content": "What did Biden and Taoiseach Conlan discuss in March 2022?"},
        {"role": "assistant", "content": "They discussed trade and investment."},
    ]
    ans = asst.ask("Did Northern Ireland come up at all?", history=history)
    assert not ans.abstained
    assert {c.source for c in ans.citations} == {"ireland.txt"}


def test_the_good_friday_agreement_names_northern_ireland(asst):
    from assistant.qa.coverage import named_by_its_parts

    history = [
        {"role": "user", "content": "What did Biden and Prime Minister Hale discuss in September 2022?"},
        {"role": "assistant", "content": "They discussed support for Ukraine."},
    ]
    ans = asst.ask("Did they say anything about Northern Ireland?", history=history)
    assert not ans.abstained and "Good Friday" in ans.text
    assert named_by_its_parts("Northern Ireland", "the gains of the Belfast/Good Friday Agreement")
    # a region's part is not named by a body of its countries
    assert not named_by_its_parts("Southeast Asian", "our relationship with ASEAN")


LISTED = {
    "rabat1.txt": (
        "Deputy Secretary Sherman's Meeting with Foreign Minister Amrani of Morocco",
        "March 8, 2022",
        "Deputy Secretary of State Wendy Sherman met today with Moroccan Foreign Minister Karim Amrani in Rabat. "
        "They discussed regional security.",
    ),
    "rabat2.txt": (
        "Secretary Blinken's Meeting with Moroccan Prime Minister Tazi",
        "March 29, 2022",
        "Secretary of State Antony J. Blinken met today with Moroccan Prime Minister Aziz Tazi in Rabat. They "
        "discussed trade and investment.",
    ),
    "paris.txt": (
        "Secretary Blinken's Meeting with French Foreign Minister Morel",
        "March 30, 2022",
        "Secretary of State Antony J. Blinken met today with French Foreign Minister Anne Morel in Paris. They "
        "discussed the Rabat Process on migration and the Jewish community of Paris.",
    ),
    "jordan.txt": (
        "Secretary Blinken's Call with Jordanian Foreign Minister Hadid",
        "April 1, 2022",
        "Secretary of State Antony J. Blinken spoke today with Jordanian Foreign Minister Omar Hadid. The two "
        "discussed the need for calm in Jerusalem as Muslims, Jews, and Christians celebrate Ramadan, Passover, and "
        "Easter.",
    ),
    "qatar.txt": (
        "Secretary Blinken's Call with Qatari Foreign Minister Nasser",
        "March 12, 2022",
        "Secretary of State Antony J. Blinken spoke today with Qatari Foreign Minister Khalid Nasser. They marked "
        "the 50th anniversary of diplomatic relations between the United States and Qatar.",
    ),
    "nepal.txt": (
        "Secretary Blinken's Call with Nepali Prime Minister Thapa",
        "March 1, 2022",
        "Secretary of State Antony J. Blinken spoke today with Nepali Prime Minister Ram Thapa. They marked the "
        "75th anniversary of diplomatic relations between the United States and Nepal.",
    ),
    "nz.txt": (
        "President Biden's Call with Prime Minister Walker of New Zealand",
        "July 15, 2021",
        "President Biden spoke today with Prime Minister Grace Walker of New Zealand. President Biden thanked "
        "Prime Minister Walker for hosting the APEC Virtual Leaders' Retreat on July 16.",
    ),
}


@pytest.fixture
def listed(tmp_path):
    return written_corpus(tmp_path, LISTED)


def test_a_list_of_the_meetings_held_in_a_place_comes_from_the_records(listed):
    ans = listed.ask("Which readouts describe a meeting that took place in Rabat?")
    assert not ans.abstained
    assert {c.source for c in ans.citations} == {"rabat1.txt", "rabat2.txt"}
    assert ans.text.startswith("2 readouts record a meeting in Rabat")


def test_a_communitys_word_before_a_named_holiday_is_not_the_name_to_find(listed):
    ans = listed.ask("Which readouts mention the Jewish holiday of Passover?")
    assert {c.source for c in ans.citations} == {"jordan.txt"}


def test_a_list_of_anniversaries_keeps_to_the_years_asked(listed):
    from assistant.qa.aliases_in_lists import years_agree

    ans = listed.ask("Which readouts mark the 50th anniversary of diplomatic relations with the United States?")
    assert {c.source for c in ans.citations} == {"qatar.txt"}
    assert years_agree("the 50th anniversary of relations", "noted the 50-year anniversary on March 19")
    assert years_agree("60 years of diplomatic relations", "celebrating the sixtieth anniversary")
    assert not years_agree("the 50th anniversary", "marks 75 years of relations")


def test_the_date_of_a_gathering_their_call_spoke_of_is_not_the_calls(listed):
    from assistant.qa.about_meeting import about_meeting

    ans = listed.ask(
        "On his July 2021 call with New Zealand's Prime Minister Walker, Biden thanked her for hosting a virtual "
        "APEC leaders' retreat. On what date was that retreat held?"
    )
    assert "July 16" in ans.text
    assert (
        about_meeting("On what date was the ministerial in Marrakech held that Blinken told Amrani he would miss?")
        is False
    )
    # a gathering the meeting was held at is dated by the meeting, and one named alone is the meeting asked about
    assert about_meeting("When was the APEC summit held at which Biden met Xi?") is True
    assert about_meeting("When was the summit held?") is True


def test_a_number_word_inside_a_name_counts_nothing():
    from assistant.qa.answer_types import numbers_in

    assert numbers_in("He backed the ASEAN Five Point Consensus.") == []
    assert numbers_in("They met the Group of Seven leaders.") == []
    # a number opening a sentence, or written small, is still one
    assert numbers_in("Three Americans were freed, and five more.") == ["three", "five"]


def test_a_list_of_two_things_said_of_one_place_needs_the_place_in_both():
    from assistant.qa.lists import alternatives

    question = "Which readouts bring up the fighting in, or the Houthi offensive on, the Yemeni city of Marib?"
    alts = alternatives(question, ("fight", "houthi", "offens", "yemeni", "citi", "marib"))
    assert len(alts) == 2
    assert all("marib" in (*a.required, *a.optional) for a in alts)
    assert alts[0].states("They discussed the fight against COVID-19.", lambda t: 1.0, 0.6) == 0.0


def test_a_follow_up_opening_with_and_that_names_no_one_stays_with_the_turn_before():
    from assistant.qa.followup import is_follow_up

    assert is_follow_up("And once he got to the capital, which government officials did he sit down with?")
    assert not is_follow_up("And once Blinken got to Kyiv, which government officials did he sit down with?")


MET = {
    "rome.txt": (
        "National Security Advisor Sullivan's Meetings with Prime Minister Bruni of Italy and Diplomatic Advisor Conti",
        "March 15, 2022",
        "On March 15, National Security Advisor Jake Sullivan met in Rome with Prime Minister Marco Bruni of Italy to "
        "discuss Ukraine. This followed Mr. Sullivan's meeting with Paolo Conti, Diplomatic Advisor to the Prime "
        "Minister.",
    ),
    "feb.txt": (
        "National Security Advisor Sullivan's Meeting with Israeli National Security Advisor Levin",
        "February 9, 2022",
        "National Security Advisor Jake Sullivan hosted Israeli National Security Advisor Dr. Avi Levin at the White "
        "House on Feb. 9 to consult on global issues. They underscored their shared determination to address "
        "security challenges in the Middle East. They discussed ways to deepen cooperation on science. Mr. Sullivan "
        "and Dr. Levin agreed to maintain the close coordination between their interagency teams.",
    ),
    "apr.txt": (
        "National Security Advisor Sullivan's Meeting with National Security Advisor Levin of Israel",
        "April 24, 2022",
        "National Security Advisor Jake Sullivan met today with his Israeli counterpart, Dr. Avi Levin, to discuss "
        "regional security issues. They agreed to further enhance coordination through the Strategic Consultative "
        "Group.",
    ),
}


@pytest.fixture
def met(tmp_path):
    return written_corpus(tmp_path, MET)


def test_whom_someone_met_before_the_one_the_question_names_is_someone_else(met):
    ans = met.ask(
        "Before Jake Sullivan sat down with Prime Minister Marco Bruni in Rome on March 15, 2022, whom had he met?"
    )
    assert "Paolo Conti" in ans.text  # (the title names him too, not as the answer)


def test_a_comparison_of_what_was_agreed_quotes_each_meetings_agreement(met):
    ans = met.ask(
        "Jake Sullivan hosted Israeli national security adviser Avi Levin at the White House in February 2022 and met "
        "him again in late April 2022. What did the two agree to do at each of those meetings?"
    )
    assert "interagency teams" in ans.text and "Strategic Consultative Group" in ans.text
    # what was agreed, not the meeting's other sentences, nor where it was held
    assert "underscored" not in ans.text and "hosted" not in ans.text


def test_what_someone_by_title_and_name_told_asks_what_was_said_not_who():
    from assistant.qa.asked_type import answer_type

    assert answer_type("Compare what President Biden told Xi Jinping about Taiwan in March and July 2022.") == "free"
    assert answer_type("What Foreign Minister Kuleba said in the call") == "free"
    # an office asked for is still a person
    assert answer_type("What President met Biden in May?") == "person"
    assert answer_type("Which foreign minister did Blinken meet?") == "person"


def test_a_meeting_named_as_the_source_dates_the_readout_whatever_the_question_asks_the_date_of():
    from assistant.qa.times import source_clause_timed, time_window

    question = (
        "For what date was President Zelenskyy's visit to Washington planned, according to Blinken's August 2021 "
        "meeting with Ukraine's foreign minister?"
    )
    assert source_clause_timed(question) is not None
    window = time_window(question)
    assert (window.start.isoformat(), window.end.isoformat()) == ("2021-08-01", "2021-08-31")
    # a readout named the long way still does; a possessive opening the question is no source clause
    assert time_window("According to the readout of Harris's July 2022 meeting, where was she on July 21?").text
    assert source_clause_timed("Blinken's August 2021 meeting with Kuleba: what did they discuss?") is None


def test_whose_release_they_called_for_is_not_who_met():
    from assistant.qa.about_meeting import about_meeting

    assert about_meeting("Whose release, by name, did President Biden call for when he met Hun Sen?") is False
    # a call on a day, and someone calling on another, are meetings
    assert about_meeting("Who did Biden call on May 3?") is True
    assert about_meeting("Who called on Biden in May?") is True


def test_a_pair_of_names_before_a_meeting_word_is_another_meeting_spoken_of():
    query = analyse(
        "Jake Sullivan's March 2022 meeting with Yang Jiechi in Rome was described as following up on a Biden-Xi "
        "virtual meeting. What did they discuss?"
    )
    assert "Biden-Xi" in query.topic_people and "Biden-Xi" not in query.people
    # a name joined by a hyphen is still someone's ("Sherwood-Randall"), and a pair alone is the meeting asked of
    assert "Sherwood-Randall" in analyse("What did Sullivan and Sherwood-Randall discuss with the governors?").people
    assert "Biden-Xi" in analyse("When was the Biden-Xi virtual meeting held?").people


def test_the_dates_of_something_that_lasts_need_days_not_this_year():
    from assistant.qa.fitting import answer_type_missing

    part = analyse("According to the Tebboune readout, on what dates would the Algiers fair be held?").parts[0]
    assert answer_type_missing("He looked forward to this year's Algiers International Fair.", part)
    assert not answer_type_missing("The Algiers International Fair runs June 13-18.", part)


def test_two_meetings_said_to_be_twice_are_compared_each():
    query = analyse(
        "Sherman met Turkish Deputy Foreign Minister Sedat Onal twice in spring 2022, once in March and once in "
        "May. In which city did each meeting take place?"
    )
    assert query.compare


def test_each_of_the_two_meetings_or_conversations_is_compared():
    assert analyse(
        "Sullivan met Yang in October 2021 and in June 2022. Which city hosted each of those two meetings?"
    ).compare
    assert analyse(
        "Petkov had a virtual meeting with Secretary Blinken and a meeting with Vice President Harris on the same day "
        "in May 2022. How did energy come up in each of the two conversations?"
    ).compare


def test_the_second_readers_findings_are_mended():
    from assistant.qa.about_meeting import about_meeting
    from assistant.qa.aliases_in_lists import years_agree
    from assistant.qa.answer_types import numbers_in
    from assistant.qa.asked_type import answer_type
    from assistant.qa.compare import _venue
    from assistant.qa.coverage import topic_coverage
    from assistant.qa.lists import alternatives

    # a lone Friday is no Good Friday Agreement
    assert topic_coverage("The leaders will speak again on Friday.", ("northern", "ireland"), lambda t: 1.0) == 0.0
    assert topic_coverage("They backed the Good Friday Agreement.", ("northern", "ireland"), lambda t: 1.0) == 1.0
    # "what" before a title asks who, unless what follows is something said
    assert answer_type("What Israeli Prime Minister hosted Biden in July 2022?") == "person"
    # a gathering the meeting was held at, however it is said, is dated by the meeting; "call for?" still asks
    assert about_meeting("When was the summit held where Biden met Xi?") is True
    assert about_meeting("Where was the Quad summit held in which Biden met Modi?") is True
    assert about_meeting("Whose release did Biden call for?") is False
    # a venue's word the question also uses elsewhere stays its topic
    assert "state" not in _venue(
        "They met at the Department of State. How did their talk of a Palestinian state differ?"
    )
    assert _venue("Sullivan hosted Hulata at the White House in February.") == {"white", "hous"}
    # a community's word is set aside only before a holiday of a name
    odesa = alternatives("Which readouts mention Jewish communities in Odesa?", ("jewish", "communiti", "odesa"))
    assert "jewish" in odesa[0].required
    # the place both things are said of stops at the clause's end
    marib = "Which readouts bring up the fighting in, or the Houthi offensive on, Marib, and the truce?"
    assert all(
        "truce" not in (*a.required, *a.optional) or "marib" in a.optional
        for a in alternatives(marib, ("fight", "houthi", "offens", "marib", "truce"))
    )
    # years in figures and in words; not a sum, nor fifty-five
    assert years_agree("the 30th anniversary", "three decades of ties")
    assert not years_agree("the 50th anniversary", "gave $50 million and marked 75 years")
    assert not years_agree("the 50th anniversary", "fifty-five years of friendship")
    # "come up with" is no topic coming up; a title counts in capitals; a comma before a count is no name
    assert analyse("Did Ukraine's Kuleba come up with a grain plan when he met Blinken?").parties == ("Ukraine",)
    assert numbers_in("President Biden's Call with Leaders of Three Pacific Island Nations") == ["three"]
    assert "two" in numbers_in("He said, Two hundred refugees arrived.")
    # an en dash joins a pair as a hyphen does; "each of their two meetings" asks of each
    query = analyse(
        "Sullivan's meeting with Yang followed up on a Biden\u2013Xi virtual meeting. What did they discuss?"
    )
    assert "Biden\u2013Xi" not in query.people
    assert analyse("Sullivan met Yang in Zurich and in Rome. Which city hosted each of their two meetings?").compare
