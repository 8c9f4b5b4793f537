"""Comparisons whose sides are not one readout each by date alone: a day with several meetings of the same
person, one meeting a counterpart ("Biden phoned both Lapid and Aoun ... for each country"), countries named
together before a plural office ("the Australian and South Korean prime ministers"), a comparison of who
took part. A small corpus written here, with the hash embedder."""

from __future__ import annotations

import datetime

import pytest

from assistant.qa.analyse import analyse
from assistant.qa.compare import side_query, sides
from tests.fakes import written_corpus

_QUAD = "French, German, Italian, and UK Counterparts"
READOUTS = {
    "sherman-quad-1.txt": (
        f"Deputy Secretary Sherman's Call with {_QUAD}",
        "February 23, 2022",
        "Deputy Secretary of State Wendy Sherman spoke today with French MFA Secretary General Francois Delattre, "
        "German MFA State Secretary Andreas Michaelis, Italian MFA Secretary General Ettore Sequi, and UK Minister "
        "James Cleverly. They condemned the recognition of the so-called separatist republics. They agreed to "
        "coordinate on massive economic sanctions.",
    ),
    "sherman-geoana.txt": (
        "Deputy Secretary Sherman's Call with NATO Deputy Secretary General Geoana",
        "February 23, 2022",
        "Deputy Secretary of State Wendy Sherman spoke today with NATO Deputy Secretary General Mircea Geoana. "
        "They reviewed Alliance force posture on the eastern flank.",
    ),
    "sherman-quad-2.txt": (
        f"Deputy Secretary Sherman's Call with {_QUAD}",
        "April 21, 2022",
        "Deputy Secretary of State Wendy Sherman spoke today with French MFA Secretary General Francois Delattre, "
        "German MFA State Secretary Andreas Michaelis, Italian MFA Secretary General Ettore Sequi, and UK Minister "
        "James Cleverly. The participants discussed further military and humanitarian aid to Ukraine. All "
        "expressed concern over food security.",
    ),
    "sherman-sannino.txt": (
        "Deputy Secretary Sherman's Meeting with EEAS Secretary General Sannino",
        "April 21, 2022",
        "Deputy Secretary of State Wendy Sherman met today with EEAS Secretary General Stefano Sannino. They "
        "discussed the Indo-Pacific strategy of the European Union.",
    ),
    "biden-lapid.txt": (
        "President Biden's Call with Prime Minister Yair Lapid of Israel",
        "October 11, 2022",
        "President Joseph R. Biden, Jr. spoke today with Prime Minister Yair Lapid of Israel to congratulate him "
        "on the maritime boundary agreement. The President said the agreement creates new opportunities for "
        "Israel's regional integration.",
    ),
    "biden-aoun.txt": (
        "President Biden's Call with President Michel Aoun of Lebanon",
        "October 11, 2022",
        "President Joseph R. Biden, Jr. spoke today with President Michel Aoun of Lebanon about the maritime "
        "boundary agreement. He conveyed his hope that the agreement will mark a new chapter for the Lebanese "
        "people.",
    ),
    "harris-albanese.txt": (
        "Vice President Harris's Meeting with Prime Minister Albanese of Australia",
        "September 27, 2022",
        "Vice President Kamala Harris met today in Tokyo with Prime Minister Anthony Albanese of Australia. The "
        "Vice President highlighted the investments of the Inflation Reduction Act in clean technology.",
    ),
    "harris-han.txt": (
        "Vice President Harris's Meeting with Prime Minister Han of the Republic of Korea",
        "September 27, 2022",
        "Vice President Kamala Harris met today in Tokyo with Prime Minister Han Duck-soo of the Republic of "
        "Korea. She understood the concerns of the Republic of Korea about the Inflation Reduction Act's tax "
        "incentives for electric vehicles.",
    ),
    "econ-1.txt": (
        "Readout of President Biden's Meeting with his Economic Team",
        "September 23, 2022",
        "The President met with members of his economic team, including the Secretaries of Treasury and Commerce, "
        "for an update on the economy. The team reported that job growth remained strong.",
    ),
    "harris-naacp.txt": (
        "Readout of Vice President Harris's Meeting with NAACP Youth Leaders",
        "September 23, 2022",
        "Vice President Kamala Harris met today with NAACP youth and college leaders to discuss voting rights.",
    ),
    "econ-2.txt": (
        "Readout of President Biden's Meeting with his Economic Team",
        "September 28, 2022",
        "The President met with members of his economic team, including the Secretaries of Treasury, Energy, and "
        "Labor, for an update on energy markets. The team reported that gas prices were falling.",
    ),
    "biden-scholz-1.txt": (
        "President Biden's Meeting with Chancellor Olaf Scholz of Germany",
        "February 7, 2022",
        "President Joseph R. Biden, Jr. welcomed Chancellor Olaf Scholz of Germany to the White House. The leaders "
        "reiterated their commitment to preventing Russia from using energy as a weapon.",
    ),
    "biden-scholz-2.txt": (
        "President Biden's Call with Chancellor Olaf Scholz of Germany",
        "October 9, 2022",
        "President Joseph R. Biden, Jr. spoke today with Chancellor Olaf Scholz of Germany. The leaders also "
        "discussed global energy markets and affordable energy supplies.",
    ),
    "harris-pennsylvania.txt": (
        "Vice President Harris's Meeting with Pennsylvania State Legislators on Reproductive Rights",
        "July 16, 2022",
        "Vice President Kamala Harris met today with Pennsylvania state legislators. The legislators described how "
        "Republican legislators in Pennsylvania are pushing for extremist laws.",
    ),
    "harris-indiana.txt": (
        "Vice President Harris's Meeting with Indiana State Legislators on Reproductive Rights",
        "July 25, 2022",
        "Vice President Kamala Harris met today with Indiana state legislators. She thanked them for fighting the "
        "extreme proposal from Indiana Republican legislators.",
    ),
    "blinken-uae.txt": (
        "Secretary Blinken's Call with UAE Foreign Minister Sheikh Abdullah bin Zayed",
        "May 24, 2021",
        "Secretary of State Antony J. Blinken spoke today with UAE Foreign Minister Sheikh Abdullah bin Zayed. The "
        "Secretary raised the importance of reconstruction efforts in Gaza.",
    ),
    "blinken-saudi.txt": (
        "Secretary Blinken's Call with Saudi Foreign Minister Faisal bin Farhan",
        "May 27, 2021",
        "Secretary of State Antony J. Blinken spoke today with Saudi Foreign Minister Faisal bin Farhan. The "
        "Secretary raised the importance of international support for humanitarian efforts in Gaza.",
    ),
}


@pytest.fixture
def asst(tmp_path):
    return written_corpus(tmp_path, READOUTS)


@pytest.fixture(scope="module")
def real(tmp_path_factory):
    """The same readouts with the real bundled model: which sentence of a side answers is a ranking by meaning."""
    return written_corpus(tmp_path_factory.mktemp("sides"), READOUTS, real=True)


def _sources(ans) -> set[str]:
    return {c.source for c in ans.citations}


def test_a_day_of_several_meetings_gives_the_one_whose_title_says_what_the_question_says(asst):
    ans = asst.ask(
        "How did Sherman's February 23 and April 21, 2022 calls with her French, German, Italian and UK "
        "counterparts differ in focus?"
    )
    assert not ans.abstained, ans.text
    assert _sources(ans) == {"sherman-quad-1.txt", "sherman-quad-2.txt"}, ans.text


def test_the_countries_at_a_compared_table_are_who_met_not_what_was_said(asst):
    ans = asst.ask(
        "How did Sherman's February 23 and April 21, 2022 calls with her French, German, Italian and UK "
        "counterparts differ in focus?"
    )
    quotes = " ".join(c.quote for c in ans.citations)
    # what each call was about, not the sentence that lists the four counterparts
    assert "condemned the recognition" in quotes and "humanitarian aid" in quotes, ans.text
    assert "Francois Delattre" not in quotes, ans.text


def test_one_meeting_per_counterpart_when_a_question_asks_of_each(asst, real):
    question = (
        "Biden phoned both Israel's Prime Minister Lapid and Lebanon's President Aoun on October 11, 2022 about "
        "the maritime boundary deal. How did he describe what the agreement would mean for each country?"
    )
    assert analyse(question).compare
    # each side is found (which sentence of it answers is for the real model, below)
    assert "No indexed readout records" not in asst.ask(question).text
    ans = real.ask(question)
    assert not ans.abstained, ans.text
    assert _sources(ans) == {"biden-lapid.txt", "biden-aoun.txt"}, ans.text


def test_countries_named_together_before_a_plural_office_are_each_a_side():
    q = analyse(
        "Harris met the Australian and South Korean prime ministers in Tokyo on the same day in September 2022. "
        "How did the Inflation Reduction Act come up differently in the two meetings?"
    )
    assert set(q.parties) == {"Australia", "South Korea"} and q.compare
    # a plural that owns the next noun is no office held ("the G7 leaders' summit"), and a country next to a
    # region before a plural office stays what the question names ("the Central American and Mexican ministers")
    assert "G7" not in analyse("When did Biden meet Chancellor Scholz before the 2022 G7 leaders' summit?").parties
    assert "Mexico" not in analyse("When did Blinken meet the Central American and Mexican foreign ministers?").parties


def test_the_two_meetings_with_countries_named_together_are_compared(asst):
    ans = asst.ask(
        "Harris met the Australian and South Korean prime ministers in Tokyo on the same day in September 2022. "
        "How did the Inflation Reduction Act come up differently in the two meetings?"
    )
    assert _sources(ans) == {"harris-albanese.txt", "harris-han.txt"}, ans.text


def test_a_comparison_of_who_took_part_quotes_the_sentences_that_name_them(real):
    ans = real.ask(
        "Which cabinet secretaries took part in Biden's September 23 and September 28, 2022 economic team "
        "meetings - how did the lineups differ?"
    )
    assert not ans.abstained, ans.text
    quotes = " ".join(c.quote for c in ans.citations)
    assert "Treasury and Commerce" in quotes and "Treasury, Energy, and Labor" in quotes, ans.text
    assert _sources(ans) == {"econ-1.txt", "econ-2.txt"}, ans.text


def test_the_words_naming_a_compared_meeting_are_not_its_topic(real):
    ans = real.ask(
        "How did energy come up in Biden's February 7, 2022 White House meeting with Chancellor Scholz, and how "
        "did it come up in their October 9, 2022 call?"
    )
    assert not ans.missing, ans.text  # "White House" is which meeting, not what the October call had to say
    quotes = " ".join(c.quote for c in ans.citations)
    assert "energy as a weapon" in quotes and "energy markets" in quotes, ans.text


def test_countries_listed_with_their_possessives_are_each_a_side_and_each_call_is_compared(asst):
    question = (
        "In May 2021 Blinken called the UAE's and Saudi Arabia's foreign ministers. What did he raise in each call?"
    )
    q = analyse(question)
    assert set(q.parties) == {"United Arab Emirates", "Saudi Arabia"} and q.compare
    ans = asst.ask(question)
    assert "No indexed readout records" not in ans.text, ans.text
    assert "UAE Foreign Minister" in ans.text and "Saudi Foreign Minister" in ans.text, ans.text


def test_each_compared_meeting_quotes_as_many_sentences_as_a_part_may(tmp_path):
    said = " ".join(f"They discussed item number {i} of their agenda." for i in range(1, 7))
    readouts = {
        f"kuleba-{day}.txt": (
            "Secretary Blinken's Call with Ukrainian Foreign Minister Kuleba",
            f"March {day}, 2022",
            said,
        )
        for day in (1, 2)
    }
    asst = written_corpus(tmp_path, readouts)
    ans = asst.ask("How did Blinken's March 1, 2022 and March 2, 2022 calls with Kuleba differ in focus?")
    per_side = {s: sum(c.source == s for c in ans.citations) for s in readouts}
    assert per_side == {s: asst.settings.max_quotes for s in readouts} and asst.settings.max_quotes == 5, ans.text


_KULEBA = {
    "blinken-kuleba-call.txt": (
        "Secretary Blinken's Call with Ukrainian Foreign Minister Kuleba",
        "May 6, 2021",
        "Secretary of State Antony J. Blinken spoke today with Ukrainian Foreign Minister Dmytro Kuleba. The "
        "Secretary reaffirmed support for Ukraine's sovereignty. They discussed energy security and the Nord Stream "
        "2 pipeline.",
    ),
    "blinken-kuleba-meeting.txt": (
        "Secretary Blinken's Meeting with Ukrainian Foreign Minister Kuleba",
        "June 15, 2022",
        "Secretary of State Antony J. Blinken met today with Ukrainian Foreign Minister Dmytro Kuleba. The "
        "Secretary announced additional security assistance. They discussed demining efforts in liberated areas.",
    ),
}


def test_a_compared_meeting_that_states_none_of_the_topic_shows_its_closest_sentences_labelled(tmp_path):
    asst = written_corpus(tmp_path, _KULEBA)
    ans = asst.ask(
        "How did Blinken's May 2021 call with Kuleba differ from his June 2022 meeting with him on the Nord Stream 2 "
        "pipeline?"
    )
    assert not ans.abstained, ans.text  # the May call states it
    assert _sources(ans) == {"blinken-kuleba-call.txt", "blinken-kuleba-meeting.txt"}, ans.text
    assert ans.missing and "June 15, 2022" in ans.missing[0], ans.text  # the June meeting is named as not stating it
    assert "(closest in this readout; not stated in the question's words)" in ans.text, ans.text
    # its closest sentence says something, not only who met
    june = [c.quote for c in ans.citations if c.source == "blinken-kuleba-meeting.txt"]
    assert june and not any(q.startswith("Secretary of State Antony J. Blinken met today") for q in june), ans.text


def test_a_comparison_of_the_message_of_two_calls_quotes_what_each_says_first(tmp_path):
    """'How did Blinken's message to Kuleba differ between ...': a message is what a side said, not a word the
    readouts must write; each call quotes its first sentences of substance and the answer does not abstain."""
    asst = written_corpus(tmp_path, _KULEBA)
    ans = asst.ask(
        "How did Blinken's message to Kuleba differ between their May 6, 2021 call and their June 15, 2022 meeting?"
    )
    assert not ans.abstained and not ans.missing, ans.text
    assert "closest in this readout" not in ans.text, ans.text
    quoted = " ".join(c.quote for c in ans.citations)
    assert "reaffirmed support for Ukraine's sovereignty" in quoted and "additional security assistance" in quoted


_SAIED = {
    "harris-saied.txt": (
        "Vice President Harris Call with President Kais Saied of Tunisia",
        "May 11, 2021",
        "Vice President Kamala Harris spoke today with President Kais Saied. They discussed the importance of the "
        "longstanding friendship between the United States and Tunisia.",
    ),
    "blinken-saied.txt": (
        "Secretary Blinken's Call with Tunisian President Kais Saied",
        "July 26, 2021",
        "Secretary of State Antony J. Blinken spoke today with President Kais Saied. The Secretary underscored "
        "continued support for the Tunisian people as they face an economic crisis.",
    ),
}


def test_what_each_side_said_of_their_ties_is_what_each_readout_says(tmp_path):
    """'U.S.-Tunisia ties' are what each call was about, not words a readout must write, and the other side's
    person (Blinken) is who met, not a topic of Harris's call: each quotes its first sentences of substance."""
    asst = written_corpus(tmp_path, _SAIED)
    ans = asst.ask(
        "Compare what Harris emphasized about U.S.-Tunisia ties in her May 2021 call with President Saied with what "
        "Blinken underscored in his July 26, 2021 call with him."
    )
    assert not ans.abstained and not ans.missing, ans.text
    quoted = " ".join(c.quote for c in ans.citations)
    assert "longstanding friendship" in quoted and "economic crisis" in quoted, ans.text


def test_two_meetings_each_after_with_are_the_two_sides(asst):
    ans = asst.ask(
        "Compare how the abortion measures were characterized at Harris's July 2022 meetings with Pennsylvania "
        "legislators and with Indiana legislators."
    )
    assert _sources(ans) == {"harris-pennsylvania.txt", "harris-indiana.txt"}, ans.text


def test_and_with_splits_only_several_meetings_and_each_shares_the_time():
    assert sides("How did the trilateral call with Mori and with Choi go?") == [
        "How did the trilateral call with Mori and with Choi go?"
    ]
    plural = "How did Blinken's February 2022 calls with Lavrov and with Kuleba differ?"
    assert len(sides(plural)) == 2
    whole = analyse(plural)
    second = side_query(sides(plural)[1], whole, shared_time=True)
    assert second.window.start == datetime.date(2022, 2, 1), second.window


def test_met_both_counterparts_is_a_side_each_and_one_person_once(tmp_path):
    readouts = {
        "marcos.txt": (
            "Vice President Harris's Meeting with President Marcos of the Philippines",
            "November 21, 2022",
            "Vice President Kamala Harris met today in Manila with President Ferdinand Marcos, Jr. of the Philippines. "
            "They discussed the urgency of the climate crisis.",
        ),
        "duterte.txt": (
            "Vice President Harris's Meeting with Vice President Duterte of the Philippines",
            "November 21, 2022",
            "Vice President Kamala Harris met today in Manila with Vice President Sara Duterte of the Philippines. "
            "They also discussed our nations' shared democratic values.",
        ),
    }
    ans = written_corpus(tmp_path, readouts).ask(
        "Harris met both President Marcos and Vice President Sara Duterte in Manila in November 2022. How did the "
        "closing topics differ: what did the Marcos readout say about climate, and what did the Duterte readout "
        "cover instead?"
    )
    assert _sources(ans) == {"marcos.txt", "duterte.txt"}, ans.text
    assert "climate crisis" in ans.text, ans.text


def test_a_side_with_its_own_people_does_not_take_the_other_sides_countries():
    whole = analyse(
        "How did Harris's remarks on U.S.-Japan-South Korea trilateral cooperation in her September 2022 Tokyo "
        "meeting with Kishida compare with those in her Seoul meeting with President Yoon a few days later?"
    )
    assert whole.people == ("Harris", "Kishida", "Yoon"), whole  # not "Tokyo", "Seoul" nor "Japan-South Korea"
    second = side_query("those in her Seoul meeting with President Yoon a few days later", whole)
    assert "Japan" not in second.parties and "Yoon" in second.people, second


SIDES_WITH_DATES = {
    "kishi.txt": (
        "Deputy Secretary Sherman's Meeting with Japanese Defense Minister Kishi",
        "July 20, 2021",
        "Deputy Secretary of State Wendy Sherman met today in Tokyo with Japanese Defense Minister Nobuo Kishi. "
        "They underscored the importance of peace and stability across the Taiwan Strait.",
    ),
    "campbell.txt": (
        "Deputy Secretary Sherman's Call with Australian DFAT Secretary Kathryn Campbell",
        "April 5, 2022",
        "Deputy Secretary of State Wendy Sherman spoke today with Australian Secretary of Foreign Affairs and Trade "
        "Kathryn Campbell. They discussed recent developments in the Taiwan Strait.",
    ),
}


def test_sides_with_their_own_dates_and_people_are_each_their_own_meeting(tmp_path):
    asst = written_corpus(tmp_path, SIDES_WITH_DATES)
    ans = asst.ask(
        "Compare how the Taiwan Strait came up in Sherman's July 2021 meeting with Japanese Defense Minister Kishi "
        "and in her April 2022 call with Australian DFAT Secretary Kathryn Campbell."
    )
    assert not ans.abstained, ans.text
    assert {c.source for c in ans.citations} == {"kishi.txt", "campbell.txt"}, ans.text


def test_a_side_that_met_him_is_with_the_one_told_on_the_other_side():
    question = (
        "Compare what Biden told Anthony Albanese about the alliance at their May 2022 meeting with what Harris said "
        "about it when she met him in September 2022."
    )
    side = side_query("what Harris said about it when she met him in September 2022.", analyse(question))
    assert set(side.people) == {"Harris", "Anthony Albanese"}, side.people


def test_a_side_met_with_him_is_the_one_met_on_the_other_side():
    question = (
        "How did Harris's September 2022 meeting with Kishida in Tokyo and Biden's November 2022 meeting with him "
        "in Phnom Penh each state the U.S. commitment to defend Japan?"
    )
    whole = analyse(question)
    side = side_query("Biden's November 2022 meeting with him in Phnom Penh", whole)
    assert set(side.people) == {"Biden", "Kishida"}
    own = side_query(
        "her November 2022 Manila meeting with President Marcos",
        analyse(
            "How did what Harris said in her September 2022 meeting with Prime Minister Han compare with her November "
            "2022 Manila meeting with President Marcos?"
        ),
    )
    assert set(own.people) == {"Marcos", "Harris"}  # "her": the one who held both


def test_compare_what_one_said_with_what_another_said_has_two_sides():
    from assistant.qa.compare import sides

    q = (
        "Compare what Blinken said about a two-state solution when he met Israeli President Herzog in Jerusalem in "
        "March 2022 with what he said in his June 30, 2022 call with Palestinian President Abbas."
    )
    assert len(sides(q)) == 2 and "Herzog" in sides(q)[0] and "Abbas" in sides(q)[1]


def test_and_in_someones_meeting_starts_the_other_side():
    from assistant.qa.compare import sides

    got = sides(
        "Compare how the U.S. defense commitment to South Korea was put in Sherman's April 2022 meeting with "
        "President-elect Yoon and in Blinken's May 2022 call with Foreign Minister Park."
    )
    assert len(got) == 2, got
    assert got[1].startswith("Blinken's May 2022 call"), got


@pytest.mark.parametrize("verb", ["saw", "visited", "spoke to", "talked with"])
def test_met_both_is_said_with_other_verbs_of_meeting(verb):
    from assistant.qa.analyse import met_both

    q = analyse(
        f"Ramaphosa {verb} both Biden and Harris on September 16, 2022. What did the Biden meeting take up, and "
        "which health program did the Harris meeting single out?"
    )
    assert met_both(q), q
