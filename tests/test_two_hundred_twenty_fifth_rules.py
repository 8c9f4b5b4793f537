"""Round 71's rules from older dev splits: how much effort (or attention, priority) asked is answered by how much in
words ("every effort"), and "how much of" by "much of" or "the majority of"; a region's adjective ("three Latin
American countries") is no one's name, nor, after "which", a topic ("Which Central American head of state"); British
spellings state the American ones of the readouts ("programmes": "programs", "organisation": "organization"); who
issued a readout, asked, is the spokesperson its title names ("Readout from NSC Spokesperson Emily Horne on ..."); a
list of meetings with the holders of an office in the plural ("calls she held with foreign presidents") is of those;
"With which head of state did Biden unveil ...?" asks whom he met."""

from __future__ import annotations

from assistant.qa.analyse import analyse
from assistant.qa.answer_types import has_answer_type
from assistant.qa.coverage import topic_coverage
from tests.fakes import written_corpus

_ISRAEL = "wh_2021-05-17_president-joseph-r-biden-jr-call-with-prime-minister-benjamin-netanyahu-of-israel.txt"

_ESTONIA = "wh_2021-08-09_nsc-spokesperson-emily-horne-on-national-security-advisor-jake-sullivans-call-wi.txt"

_HARRIS = {
    "wh_2022-04-14_vice-president-harriss-call-with-president-herzog-of-israel.txt": (
        "Readout of Vice President Harris's Call with President Herzog of Israel",
        "April 14, 2022",
        "Vice President Kamala Harris spoke today with President Isaac Herzog of Israel. They discussed the "
        "partnership between the two countries.",
    ),
    "wh_2022-04-15_vice-president-harriss-call-with-ray-chambers.txt": (
        "Readout of Vice President Harris's Call with Ray Chambers of the Partnership for Central America",
        "April 15, 2022",
        "Today Vice President Kamala Harris spoke to Ray Chambers, Vice Chair of the Partnership for Central America, "
        "about the ongoing work to address the root causes of migration.",
    ),
    "wh_2022-05-20_vice-president-harriss-call-with-president-macron-of-france.txt": (
        "Readout of Vice President Harris's Call with President Macron of France",
        "May 20, 2022",
        "Vice President Kamala Harris today spoke with President Emmanuel Macron of France. They discussed Ukraine.",
    ),
}

_SOUTH_AFRICA = {
    "wh_2022-09-16_meeting-between-president-joseph-r-biden-jr-and-president-cyril-ramaphosa-of-sou.txt": (
        "Readout of Meeting Between President Joseph R. Biden, Jr. and President Cyril Ramaphosa of South Africa",
        "September 16, 2022",
        "President Joseph R. Biden, Jr. met today with President Cyril Ramaphosa of South Africa to address "
        "opportunities to deepen our relationship. To this end, President Biden announced the creation of a South "
        "Africa-U.S. Investment Advisory Task Force and a planned $45 million investment toward the Just Energy "
        "Transition Partnership.",
    ),
    "wh_2022-09-21_president-bidens-meeting-with-president-macron-of-france.txt": (
        "Readout of President Biden's Meeting with President Macron of France",
        "September 21, 2022",
        "President Joseph R. Biden, Jr. met today with President Emmanuel Macron of France. The leaders discussed "
        "support for Ukraine and energy security.",
    ),
}

_READOUTS = {
    _ESTONIA: (
        "Readout from NSC Spokesperson Emily Horne on National Security Advisor Jake Sullivan's Call with Prime "
        "Minister Kaja Kallas of Estonia",
        "August 9, 2021",
        "National Security Advisor Jake Sullivan spoke today with Prime Minister Kaja Kallas of Estonia to reinforce "
        "the strong bilateral relations between our countries. Mr. Sullivan reaffirmed the unwavering U.S. support "
        "for the security of Estonia and our other NATO Allies.",
    ),
    _ISRAEL: (
        "President Joseph R. Biden, Jr. Call with Prime Minister Benjamin Netanyahu of Israel",
        "May 17, 2021",
        "President Joseph R. Biden, Jr. spoke today with Prime Minister Benjamin Netanyahu of Israel. The President "
        "reiterated his firm support for Israel's right to defend itself against indiscriminate rocket attacks. He "
        "encouraged Israel to make every effort to ensure the protection of innocent civilians.",
    ),
}


def test_how_much_effort_is_answered_by_how_much_in_words(tmp_path):
    q = "how much effort did the President press Israel to put into shielding innocent civilians?"
    assert analyse(q).parts[0].answer_type == "amount"
    assert has_answer_type("He encouraged Israel to make every effort to protect civilians.", "amount", q)
    assert not has_answer_type("He encouraged Israel to protect civilians.", "amount", q)
    q = "How much of the nation's critical infrastructure is in private-sector hands?"
    assert has_answer_type("She recalled that much of U.S. critical infrastructure is privately owned.", "amount", q)
    assert not has_answer_type("She recalled that U.S. critical infrastructure is privately owned.", "amount", q)
    asst = written_corpus(tmp_path, _READOUTS)
    answer = asst.ask(
        "In Biden's May 17, 2021 phone call with Israel's prime minister, how much effort did the President press "
        "Israel to put into shielding innocent civilians?"
    )
    assert not answer.abstained and "every effort" in answer.text


def test_a_regions_adjective_is_no_ones_name():
    q = (
        "During the under secretary's late-June 2021 tour of three Latin American countries, her delegation sat "
        "down with Ricaurte Vásquez. What does he run?"
    )
    assert analyse(q).people == ("Ricaurte Vásquez",)
    assert analyse("What did the Middle Eastern leaders agree with Biden?").people == ("Biden",)
    # (a name that only looks like one stays a name)
    assert analyse("What did Gulf Arab envoy Lana Nusseibeh say?").people == ("Lana Nusseibeh",)


def test_which_regions_head_of_state_names_no_topic():
    q = "Which Central American head of state briefed the vice president by phone in May 2022?"
    assert "central" not in analyse(q).parts[0].topic
    assert "central" in analyse("What did they say about Central American migration?").parts[0].topic


def test_british_spellings_state_the_american_ones():
    idf = lambda t: 1.0
    assert topic_coverage("They discussed the WMD programs.", ("programm",), idf) == 1.0
    q = analyse("Which international organisation did they praise?")
    assert topic_coverage("They praised the World Health Organization.", q.parts[0].topic, idf) == 1.0
    q = analyse("What did they say about the neighbouring countries' behaviour?")
    assert topic_coverage("They criticized the behavior of neighboring countries.", q.parts[0].topic, idf) == 1.0
    assert topic_coverage("They discussed the new tire plant.", ("tyre",), idf) == 0.0


def test_who_issued_a_readout_is_the_spokesperson_its_title_names(tmp_path):
    asst = written_corpus(tmp_path, _READOUTS)
    for q in (
        "Which National Security Council spokesperson put out the readout of the national security adviser's August "
        "2021 phone call with Estonia's prime minister?",
        "Who issued the readout of Jake Sullivan's August 2021 call with Estonia's prime minister?",
    ):
        answer = asst.ask(q)
        assert not answer.abstained and "NSC Spokesperson Emily Horne:" in answer.text, q
    # (what the readout says is no question of who issued it)
    answer = asst.ask("What did Sullivan reaffirm in his August 2021 call with Estonia's prime minister?")
    assert "Spokesperson Emily Horne:" not in answer.text and "NATO Allies" in answer.text


def test_meetings_with_the_holders_of_an_office_in_the_plural(tmp_path):
    q = "Which readouts cover phone calls the Vice President held with foreign presidents in April or May 2022?"
    answer = written_corpus(tmp_path, _HARRIS).ask(q)
    assert "Herzog" in answer.text and "Macron" in answer.text and "Chambers" not in answer.text
    assert answer.text.startswith("2 readouts record a call")


def test_with_which_head_of_state_asks_whom_they_met(tmp_path):
    q = (
        "With which African head of state did Biden unveil a new bilateral investment advisory task force in "
        "September 2022?"
    )
    assert analyse(q).parts[0].about_meeting is True
    answer = written_corpus(tmp_path, _SOUTH_AFRICA).ask(q)
    assert not answer.abstained and "President Cyril Ramaphosa (South Africa):" in answer.text
    assert "Macron" not in answer.text
    assert analyse("With which countries did they agree to work?").parts[0].about_meeting is False
