"""Rules of round 59 (from the dev splits of the hundred-and-thirty-third to the hundred-and-fortieth sets, asked in
the analyst's own words, and of the hundred-and-forty-first and later)."""

import pytest

from assistant.qa.analyse import analyse
from assistant.qa.answer_types import has_answer_type
from assistant.qa.counted import counts_something_else
from assistant.qa.coverage import names_someone_new
from assistant.qa.topics import topic_terms
from tests.fakes import written_corpus

READOUTS = {
    "mercer.txt": (
        "Secretary Blinken's Call with UK Foreign Secretary Raab",
        "August 4, 2021",
        "Secretary of State Antony J. Blinken spoke with UK Foreign Secretary Dominic Raab about ongoing efforts to "
        "forge a coordinated response to Iran's attack on the Mercer Street, a commercial ship that was peacefully "
        "transiting international waters in the north Arabian Sea. The Secretary reiterated his condolences for the "
        "loss of a UK citizen who, along with the Romanian captain, was killed in the attack.",
    ),
    "colombia.txt": (
        "Readout of President Biden's Call with President Ivan Duque of Colombia",
        "June 28, 2021",
        "President Biden spoke today with President Ivan Duque of Colombia to express support following the attack on "
        "President Duque's helicopter. The President reaffirmed the enduring partnership between the United States "
        "and Colombia, and pledged support for Colombia's efforts to combat the COVID-19 pandemic by donating 2.5 "
        "million vaccines.",
    ),
    "belarus.txt": (
        "Deputy Secretary Sherman's Meeting with Belarusian Opposition Leader Tsikhanouskaya",
        "April 28, 2022",
        "Deputy Secretary of State Wendy Sherman met yesterday with Svyatlana Tsikhanouskaya, leader of the democratic "
        "movement of Belarus. They discussed the regime's crackdown on democratic voices. Secretary of State Antony "
        "Blinken joined the group for part of the meeting.",
    ),
    "qatar.txt": (
        "Secretary Blinken's Meeting with Qatari Deputy Prime Minister and Minister of Foreign Affairs Al-Thani",
        "July 22, 2021",
        "Secretary of State Antony J. Blinken met today in Washington with Qatari Deputy Prime Minister and Minister "
        "of Foreign Affairs Mohammed bin Abdulrahman Al-Thani to discuss regional security issues, Qatar's generous "
        "pledge of in-kind assistance to the Lebanese Armed Forces, its $100 million contribution to Yemen through "
        "the World Food Program, and support for Afghanistan peace negotiations.",
    ),
    "ecuador.txt": (
        "Readout of President Biden's Meeting with President Guillermo Lasso of Ecuador",
        "December 19, 2022",
        "President Biden met with President Guillermo Lasso of Ecuador at the White House. The leaders also agreed to "
        "deepen security cooperation focused on helping Ecuador combat gang violence by supporting the government's "
        "efforts to strengthen its justice sector and prison system.",
    ),
    "aliyev.txt": (
        "Secretary Blinken's Call with Azerbaijan President Aliyev",
        "April 5, 2022",
        "Secretary of State Antony J. Blinken spoke with Azerbaijan's President Aliyev today. The Secretary offered "
        "his condolences for the tragic gas explosion in Baku over the weekend. Secretary Blinken encouraged continued "
        "bilateral dialogue between the leaders of Armenia and Azerbaijan.",
    ),
    "aliyev2.txt": (
        "Secretary Blinken's Call with Azerbaijani President Aliyev",
        "May 11, 2022",
        "Secretary of State Antony J. Blinken spoke today with Azerbaijani President Ilham Aliyev. The Secretary and "
        "President Aliyev discussed the opportunity to achieve peace in the region.",
    ),
    "judiciary.txt": (
        "Readout of the President's Meeting with Senate Judiciary Committee Chair Durbin and Ranking Member Grassley",
        "February 1, 2022",
        "President Biden hosted Senate Judiciary Chair Dick Durbin and Ranking Member Chuck Grassley in the Oval "
        "Office this afternoon to hear their perspectives and advice about the historic nomination to the Supreme "
        "Court he will make later this month. The President reiterated his commitment to being advised by senators "
        "from each party.",
    ),
    "judiciary2.txt": (
        "Readout of the President and Vice President's Meeting with Senate Judiciary Committee Democrats",
        "February 10, 2022",
        "The President reiterated that, having chaired the Judiciary Committee, he has a unique appreciation for the "
        "significance of decisions about Supreme Court nominations.",
    ),
    "labor.txt": (
        "Readout of President Biden's Meeting with National Union Labor Leaders",
        "March 5, 2022",
        "President Biden and Labor Secretary Walsh hosted 39 national union labor leaders at the White House. The "
        "President thanked the labor presidents for their support and outlined the steps the administration has "
        "taken to help union members.",
    ),
}


@pytest.fixture
def asst(tmp_path):
    return written_corpus(tmp_path, READOUTS)


def test_the_name_of_someone_asks_for_a_person_by_name():
    assert analyse("What was the captain's name?").parts[0].answer_type == "person"
    assert analyse("What was the envoy's full name?").parts[0].answer_type == "person"
    assert analyse("What is the ship's name?").parts[0].answer_type != "person"  # a thing's name
    assert analyse("What was the initiative's name?").parts[0].answer_type != "person"


def test_a_name_asked_is_one_the_question_does_not_give():
    question = "What was the name of the British national killed, according to Blinken's call with Raab?"
    said = READOUTS["mercer.txt"][2].split("Sea. ")
    assert not has_answer_type(said[0], "person", question)  # Blinken and Raab, the Mercer Street, the Arabian Sea
    assert not has_answer_type(said[1], "person", question)  # "the Romanian captain": no name
    assert has_answer_type("The victim was named as Adrian Underwood.", "person", question)
    # not a body's or a province's name ("the Aramoun Training Academy", "Henan Province")
    assert not has_answer_type("He visited the Aramoun Training Academy.", "person", "Which officials, by name?")
    assert not has_answer_type("The floods in Henan Province.", "person", "Which named PRC officials did she meet?")


def test_no_name_in_the_readout_is_said_so(asst):
    for question in (
        "What was the name of the British national killed in the Mercer Street attack, according to Blinken's "
        "August 2021 call with Foreign Secretary Raab?",
        "Blinken's August 2021 call with Foreign Secretary Raab mentioned that the ship's Romanian captain was killed "
        "in the attack. What was the captain's name?",
    ):
        answer = asst.ask(question)
        assert answer.abstained and "names no one" in answer.text, answer.text


def test_how_many_people_is_no_count_of_vaccines():
    question = "How many people were aboard the presidential helicopter when it came under attack?"
    assert counts_something_else("by donating 2.5 million vaccines", question)
    assert counts_something_else("to combat the COVID-19 pandemic by donating 2.5 million vaccines", question)
    assert not counts_something_else("more than 300 Federal personnel are already working there", question)
    assert not counts_something_else("rescuing over 100 people with 16 aircraft", question)
    assert not counts_something_else("by donating 2.5 million vaccines", "How many vaccines did he pledge?")


def test_a_count_of_people_the_readout_does_not_give_is_said_so(asst):
    answer = asst.ask(
        "According to the readout of Biden's June 28, 2021 call with Colombian President Ivan Duque, how many people "
        "were aboard the presidential helicopter when it came under attack?"
    )
    assert answer.abstained, answer.text


def test_an_office_in_another_number_is_no_one_new():
    question = "Which union presidents were among the labor leaders Biden and Labor Secretary Walsh hosted?"
    assert not names_someone_new("The President thanked the labor presidents for their support.", question)
    assert names_someone_new("Union president Liz Shuler thanked them.", question)
    # an office of the kind asked, with no word qualifying it in the question, is the answer
    assert names_someone_new(
        "The Foreign Minister of Japan joined the call.", "Which foreign ministers joined the call?"
    )
    assert names_someone_new("The Kenyan President attended.", "Which presidents attended the summit Biden hosted?")
    assert "among" not in topic_terms(question, set())


def test_union_presidents_the_readout_does_not_name_are_said_so(asst):
    answer = asst.ask("Which union presidents were among the labor leaders Biden and Labor Secretary Walsh hosted?")
    assert answer.abstained, answer.text


def test_who_dropped_in_for_a_portion_is_who_joined_for_part(asst):
    answer = asst.ask(
        "Which senior U.S. official dropped in for a portion of Wendy Sherman's April 2022 talks with Belarusian "
        "opposition leader Svyatlana Tsikhanouskaya?"
    )
    assert not answer.abstained and "Blinken" in answer.text, answer.text


def test_the_sum_of_a_thing_named_by_its_qualifier_is_looked_for_by_it(asst):
    answer = asst.ask(
        "What was the dollar value of the in-kind help Qatar had pledged to Lebanon's army, as discussed when Blinken "
        "hosted Qatar's foreign minister in July 2021?"
    )
    assert answer.abstained and "no figure" in answer.text, answer.text  # the $100 million is Yemen's


def test_a_capital_stands_for_its_government():
    for question, capital in (
        ("What did Biden and Lasso agree on to help Quito fight crime?", "Quito"),
        ("How long had Bern been looking after American interests in Tehran?", "Bern"),
    ):
        assert capital not in analyse(question).people


def test_help_for_quito_is_help_for_ecuador(asst):
    answer = asst.ask(
        "When Ecuador's president came to the White House in December 2022, what did he and Biden settle on doing to "
        "help Quito take on its organized criminal groups?"
    )
    assert not answer.abstained and "gang violence" in answer.text, answer.text


def test_to_ring_is_to_call_and_a_blast_an_explosion(asst):
    query = analyse("When did Blinken ring Azerbaijan's president to commiserate over the Baku blast?")
    assert query.parts[0].about_meeting
    assert analyse("When Blinken rang Aliyev, what did he say about the blast?").meeting_kind == "call"
    assert analyse("Which smuggling ring did the ministers agree to dismantle?").meeting_kind is None  # a noun
    answer = asst.ask("When did Blinken ring Azerbaijan's president to commiserate over the Baku blast?")
    assert not answer.abstained and "April 5, 2022" in answer.text, answer.text


def test_why_he_brought_them_in_to_see_him_is_what_the_meeting_was_for(asst):
    question = (
        "Why did the president bring the chair and the ranking member of the upper chamber's judiciary committee in "
        "to see him on February 1, 2022?"
    )
    assert analyse(question).about_meetings  # its date picks the meeting
    answer = asst.ask(question)
    assert not answer.abstained and "to hear their perspectives" in answer.text, answer.text
    assert {c.source for c in answer.citations} == {"judiciary.txt"}


def test_where_each_of_two_sit_downs_took_place_asks_each_meeting():
    question = (
        "Secretary Blinken held in-person talks with Japan's foreign minister in both February and May 2022. Where "
        "did each of those two sit-downs take place?"
    )
    query = analyse(question)
    assert query.compare and query.parts[0].about_meeting
    assert analyse("Where did the sit-down take place?").parts[0].about_meeting
    assert not analyse("Where did the attack take place?").parts[0].about_meeting


def test_which_officials_may_have_four_words_before_them():
    question = "Which two senior State Department officials held the talks with Khalid bin Salman?"
    assert analyse(question).parts[0].answer_type == "person"


def test_an_opening_preposition_is_no_name():
    query = analyse("Across which days of July 2021 was the Deputy Secretary in the Mongolian capital?")
    assert "Across" not in query.people
    assert "Among" not in analyse("Among the readouts of Biden's calls, which mention Taiwan?").people


def test_the_two_who_discussed_are_no_count():
    from assistant.qa.answer_types import numbers_in

    assert not numbers_in("The two discussed accomplishments under the security dialogue.")
    assert not numbers_in("The three also agreed to meet again.")
    assert numbers_in("The two detained Americans were freed.") == ["two"]


def test_which_of_the_candidates_asks_for_people():
    question = "In Blinken's June 2021 call with Jimmy Carter, which of the arrested candidates did they mention?"
    assert analyse(question).parts[0].answer_type == "person"
    assert analyse("Which of the two proposals did they back?").parts[0].answer_type != "person"


def test_the_start_of_a_month_is_a_time_not_a_topic():
    question = "Which militia did Blinken single out when Congo's foreign minister saw him at the start of June 2022?"
    assert "start" not in analyse(question).parts[0].topic
    assert analyse(question).window.end.day == 12


def test_which_rebel_militia_asks_for_a_name():
    assert analyse("Which rebel militia did Blinken single out when he met Lutundula?").parts[0].answer_type == "named"
    assert analyse("Which terrorist group did they condemn?").parts[0].answer_type == "named"


def test_which_figure_of_a_parliament_asks_for_a_person():
    assert (
        analyse("Which figure from Kuwait's parliament was also among those he met?").parts[0].answer_type == "person"
    )
    assert analyse("Which opposition figure did they discuss?").parts[0].answer_type == "person"
    assert analyse("Which dollar figure did he cite?").parts[0].answer_type != "person"
    assert analyse("What figure did they give for the deaths?").parts[0].answer_type != "person"


def test_review_mends_of_round_59():
    """What a second reader of round 59's diff showed, each on an input."""
    from assistant.qa.answer_types import BY_NAME
    from assistant.qa.meeting_sentence import meeting_may_answer

    # a name asked is a person's only where the question asks one: not a ship's, nor "in the name of"
    assert not BY_NAME.search("What was the name of the ship Iran attacked?")
    assert not BY_NAME.search("Who did they condemn for the violence carried out in the name of religion?")
    question = "What was the name of the British national killed in the attack, according to Blinken's call with Raab?"
    assert has_answer_type("Adrian Underwood was killed in the attack.", "person", question)  # a name opening it
    assert not has_answer_type("They mourned the Mercer Street's crew.", "person", question)
    # a number with no noun of its own may count the people asked for
    asked = "How many people were killed in the helicopter crash?"
    assert not counts_something_else("He offered condolences for the 14 killed in the helicopter crash.", asked)
    assert not counts_something_else(
        "The Coast Guard rescued 30 from the capsized ferry.", "How many people were saved?"
    )
    # figures of a kind, and the cases of people, are no people
    assert analyse("Which casualty figures did the ministers cite?").parts[0].answer_type != "person"
    assert analyse("Which of the journalists' cases did Blinken raise?").parts[0].answer_type != "person"
    # "they" of other events is no meeting; "bring up" asks no purpose of the meeting
    assert not analyse("Which attacks did they condemn, and where did they take place?").parts[1].about_meeting
    part = analyse("Why did Blinken bring up the detained Americans with Lavrov?").parts[0]
    assert not meeting_may_answer(part, "Secretary Blinken spoke today with Lavrov to discuss the war in Ukraine.")
    # a capital that begins another word is not found in it (Niamey is not "Nigeria", Bamako not "malign")
    from assistant.qa.name_in_text import name_or_surname_in_text

    assert not name_or_surname_in_text("Bamako", "Blinken condemned Russia's malign activities in the region.")
    assert not name_or_surname_in_text("Niamey", "The Secretary met Nigeria's foreign minister.")
    assert "down" not in analyse("Where did each of those two sit-downs take place?").parts[0].topic


def test_the_people_asked_for_are_described_before_any_verb():
    # (found on a test split after the review mend; reported apart from the measured figures)
    question = "When Biden met Erdogan in June 2022, in which two areas did the leaders talk about cooperation?"
    assert analyse(question).parts[0].answer_type != "person"
    assert analyse("Which of the proposals did the officials back?").parts[0].answer_type != "person"
    assert analyse("Which two senior State Department officials held the talks?").parts[0].answer_type == "person"
