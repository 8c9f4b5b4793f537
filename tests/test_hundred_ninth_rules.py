"""Rules of round 56 (from the hundred-and-ninth and later sets' dev splits and the older dev splits)."""

import datetime

import pytest

from assistant.qa.analyse import analyse
from assistant.qa.dates_named import names_time
from assistant.qa.meeting_kinds import meeting_kind
from assistant.qa.sum_for import sum_asked_of, sum_of_something_else
from assistant.qa.times import date_beside_source, time_window
from assistant.qa.topics import name_phrase_words
from tests.fakes import written_corpus

READOUTS = {
    "griner.txt": (
        "Readout of President Biden's Call with Cherelle Griner",
        "July 6, 2022",
        "President Biden, joined by Vice President Harris, spoke today with Cherelle Griner, the wife of Brittney "
        "Griner. The President called to reassure Cherelle that he is working to secure Brittney's release.",
    ),
    "niger.txt": (
        "Deputy Secretary Sherman's Meeting with Nigerien Foreign Minister Hassoumi",
        "July 28, 2022",
        "Deputy Secretary of State Wendy Sherman met with Nigerien Foreign Minister Massoudou Hassoumi today. They "
        "discussed regional security in the Sahel.",
    ),
    "nato.txt": (
        "Secretary Blinken's Participation in the Virtual NATO Foreign Ministerial",
        "June 1, 2021",
        "Secretary of State Antony J. Blinken participated today in the virtual NATO Foreign Ministerial hosted by "
        "NATO Secretary General Jens Stoltenberg. The Secretary underscored the importance of Allied unity.",
    ),
    "tripoli.txt": (
        "Special Envoy Norland's Visit to Tripoli",
        "July 26, 2021",
        "U.S. Special Envoy Richard Norland visited Tripoli, Libya on July 26, where he met with interim Prime "
        "Minister Abdulhamid Dabaiba. He urged that elections be held on time.",
    ),
    "taoiseach.txt": (
        "Vice President Harris's Call with Taoiseach Martin of Ireland",
        "March 16, 2022",
        "Vice President Kamala Harris spoke today with Taoiseach Micheal Martin of Ireland. The Vice President "
        "expressed her regret that she will be unable to host the St. Patrick's Day Breakfast in honor of the "
        "Taoiseach. The breakfast at the Naval Observatory was cancelled out of an abundance of caution. The Vice "
        "President thanked the Taoiseach for Ireland's leadership in providing humanitarian assistance to refugees.",
    ),
    "joly1.txt": (
        "Secretary Blinken's Call with Canadian Foreign Minister Joly",
        "February 16, 2022",
        "Secretary of State Antony J. Blinken spoke today with Canadian Foreign Minister Melanie Joly. They "
        "discussed Russia's buildup on Ukraine's borders.",
    ),
    "joly2.txt": (
        "Secretary Blinken's Call with Canadian Foreign Minister Joly",
        "March 30, 2022",
        "Secretary of State Antony J. Blinken spoke today with Canadian Foreign Minister Melanie Joly about "
        "support for Ukraine.",
    ),
}


@pytest.fixture
def asst(tmp_path):
    return written_corpus(tmp_path, READOUTS)


def test_a_when_answer_cites_the_title_with_the_date_line_under_it(asst):
    answer = asst.ask("When did President Biden speak by phone with Cherelle Griner?")
    text = asst.readout("griner.txt").text
    header = text[: text.index("2022") + 4]  # the title line and the date line, one span
    assert not answer.abstained and "July 6, 2022" in answer.text
    cited = [c for c in answer.citations if c.start == 0]
    assert [c.quote for c in cited] == [header] and cited[0].end == len(header)
    # shown on the answer's one line, the line break as " · "
    assert "\u201cReadout of President Biden's Call with Cherelle Griner \u00b7 Date: July 6, 2022\u201d" in answer.text
    assert "the readout's title and date line:" in answer.text


def _title_cited(answer, source):
    return [c.marker for c in answer.citations if c.source == source and c.start == 0]


@pytest.mark.parametrize(
    "question, source",
    [
        ("Which official from Niger did Deputy Secretary Sherman sit down with in July 2022?", "niger.txt"),
        ("Did Secretary Blinken attend the NATO foreign ministers' session in person, or how?", "nato.txt"),
        ("Where did Special Envoy Richard Norland travel in July 2021?", "tripoli.txt"),
    ],
)
def test_a_who_where_or_how_answer_cites_the_title_too_when_it_states_the_answer(asst, question, source):
    answer = asst.ask(question)
    assert not answer.abstained and len(_title_cited(answer, source)) == 1, answer.text
    assert "the readout's title:" in answer.text


def test_a_title_that_does_not_name_the_person_asked_is_not_cited(asst):
    answer = asst.ask("Who hosted the NATO foreign ministerial that Secretary Blinken joined in June 2021?")
    assert "Stoltenberg" in answer.text and not _title_cited(answer, "nato.txt"), answer.text


def test_a_sentence_that_says_the_time_in_the_questions_words_tells_of_it():
    question = (
        "According to the readout of the Friends of the Mekong ministerial that Blinken chaired in August 2021, how "
        "much development assistance had the group's countries given the Mekong subregion since 2015?"
    )
    told = date_beside_source(question)
    assert told.text == "since 2015"
    said = "Friends of the Mekong countries have provided over $25 billion in development assistance since 2015."
    assert names_time(said, told)
    assert not names_time("The Friends welcomed the MRC Secretariat as the newest member.", told)


def test_a_thanks_asked_after_another_topic_quotes_the_thanks_first(asst):
    history = [
        {"role": "user", "content": "Why didn't Vice President Harris host the St. Patrick's Day breakfast in 2022?"},
        {"role": "assistant", "content": "It was cancelled out of caution; she spoke with the Taoiseach by phone."},
    ]
    answer = asst.ask("What did she end up thanking him for during that call?", history=history)
    assert not answer.abstained and answer.citations[0].quote.startswith("The Vice President thanked"), answer.text


def test_a_meeting_dated_by_another_of_theirs_is_not_of_that_ones_kind():
    asked = "Where did Sullivan meet Yang Jiechi in June 2022, following their May phone call?"
    assert meeting_kind(asked) is None
    assert meeting_kind("Where was Sullivan in June 2022, when he had a phone call with Yang Jiechi?") == "call"


def test_just_before_a_holiday_is_the_week_before_it():
    window = time_window("Just before Christmas 2022, Jake Sullivan phoned Qatar's foreign minister. What did he say?")
    assert (window.start, window.end) == (datetime.date(2022, 12, 18), datetime.date(2022, 12, 24))
    after = time_window("Shortly after Christmas 2021, whom did Blinken call?")
    assert (after.start, after.end) == (datetime.date(2021, 12, 26), datetime.date(2022, 1, 1))
    day = time_window("Whom did Blinken call the day after Christmas 2021?")
    assert (day.start, day.end) == (datetime.date(2021, 12, 26), datetime.date(2021, 12, 26))


def test_a_list_of_meetings_cites_each_readouts_title_beside_its_meeting_sentence(asst):
    answer = asst.ask("Which readouts record Secretary Blinken's calls with Canadian Foreign Minister Melanie Joly?")
    assert answer.analysis["readouts_listed"] == ["joly1.txt", "joly2.txt"], answer.text
    for source in ("joly1.txt", "joly2.txt"):
        cited = sorted(c.start for c in answer.citations if c.source == source)
        assert len(cited) == 2 and cited[0] == 0, answer.text  # the title line, then the meeting sentence
    assert answer.text.count("the readout's title:") == 2
    # a list of a topic cites the sentence that states it, no title
    topic = asst.ask("Which readouts mention support for Ukraine?")
    assert topic.citations and all(c.start > 0 for c in topic.citations), topic.text


def test_a_capital_told_by_its_country_then_named_is_the_city_alone():
    part = analyse("Which readouts describe Sherman's meetings held in the Angolan capital, Luanda?").parts[0]
    assert "luanda" in part.topic and "angolan" not in part.topic and "capit" not in part.topic
    part = analyse("Which readouts mention Ukraine's capital Kyiv?").parts[0]
    assert part.topic == ("kyiv",)
    # a capital not named after it stays as asked
    assert "capit" in analyse("Which readouts mention the capital markets union?").parts[0].topic


def test_a_question_word_after_a_sentence_is_no_part_of_a_name_nor_of_the_topic():
    asked = "Blinken's call with Kuleba touched on an aid request sent to Congress. How big was it?"
    assert name_phrase_words(asked) == set()
    assert name_phrase_words("Biden called Modi. What did they agree?") == set()
    assert name_phrase_words("What came up at the U.S.-Jamaica Strategic Dialogue?") == {
        "u.s.-jamaica",
        "strategic",
        "dialogue",
    }
    part = analyse(asked).parts[0]
    assert part.answer_type == "amount" and not {"how", "big"} & set(part.topic), part.topic


def test_the_sum_of_a_things_asked_with_its_owners_name():
    asked = "What was the dollar value of Qatar's in-kind assistance pledge to the Lebanese Armed Forces?"
    assert sum_asked_of(asked) == "in-kind assistance pledge"
    said = (
        "They discussed regional security, Qatar's generous pledge of in-kind assistance to the Lebanese Armed "
        "Forces, its $100 million contribution to Yemen through the World Food Program, and Afghanistan."
    )
    assert sum_of_something_else(said, asked)
    assert not sum_of_something_else("Qatar pledged $100 million in in-kind assistance to the army.", asked)


def test_asked_why_the_sentence_that_gives_a_reason_comes_first(asst):
    answer = asst.ask("Why did Vice President Harris have to call off the St. Patrick's Day breakfast in March 2022?")
    assert not answer.abstained and "out of an abundance of caution" in answer.citations[0].quote, answer.text
    # asked what, not why: as before, the sentence that says it
    what = asst.ask("What did Vice President Harris express about the St. Patrick's Day breakfast in March 2022?")
    assert what.citations and what.citations[0].quote.startswith("The Vice President expressed"), what.text


def test_how_much_a_thing_was_worth_asks_the_sum_of_that_thing():
    asked = "How much was Qatar's pledge of in-kind assistance to the Lebanese Armed Forces worth?"
    assert sum_asked_of(asked) == "pledge"
    said = "They discussed Qatar's generous pledge of in-kind assistance to the army, its $100 million gift to Yemen."
    assert sum_of_something_else(said, asked)
    assert not sum_of_something_else("Qatar made a $100 million pledge of assistance to the army.", asked)
    assert sum_asked_of("How much was agreed in the end?") == ""  # no thing, no worth asked


def test_a_readout_with_no_title_line_has_none_cited(tmp_path):
    from assistant import Assistant
    from assistant.config import Settings

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "mutua.txt").write_text(
        "Date: March 3, 2023\n\nSecretary of State Antony J. Blinken spoke today with Kenyan Foreign Minister\n"
        "Alfred Mutua. The Secretary thanked Kenya for its leadership of the security mission in Haiti.\n",
        encoding="utf-8",
    )
    asst = Assistant.build(corpus, settings=Settings(index_dir=tmp_path / "index", corpus=corpus, model="hash-64"))
    when = asst.ask("When did Secretary Blinken speak with Kenyan Foreign Minister Mutua?")
    assert "the readout's date line:" in when.text and "title" not in when.text, when.text
    listed = asst.ask("Which readouts record Secretary Blinken's calls with Kenyan Foreign Minister Alfred Mutua?")
    assert listed.citations and "title" not in listed.text, listed.text
    # a sentence the file breaks over two lines is quoted as written, not joined with " · "
    assert "· Alfred" not in when.text + listed.text


def test_a_who_answer_cites_no_title_that_names_only_whom_the_question_names(asst):
    answer = asst.ask("Who joined President Biden on his call with Cherelle Griner?")
    assert "Harris" in answer.text and "the readout's title:" not in answer.text, answer.text


def test_a_time_or_a_place_is_no_reason():
    from assistant.qa.fitting import _REASON_GIVEN

    assert _REASON_GIVEN.search("The breakfast was cancelled out of an abundance of caution.")
    assert not _REASON_GIVEN.search("They spoke after the recent Russian strikes on Odesa.")
    assert not _REASON_GIVEN.search("They discussed getting grain out of the country's Black Sea ports.")
