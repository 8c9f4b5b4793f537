"""Round 65's rules, from the 191st-192nd dev splits: "what was the contract worth" asks an amount; "which
Cambodian head of government" and "which White House national security official" ask for a person; "on the
sidelines of which regional summit did they gather" asks the event after a long leading clause; "the missile test
earlier today" dates the test; "deeply" says how worried, not about what; a sentence that tells of the meeting
before "What did the Secretary thank him for?" says which meeting, not what he was thanked for; "in which part of
the continent" asks a region."""

from __future__ import annotations

from assistant.qa.analyse import analyse
from assistant.qa.answer_types import has_answer_type
from assistant.qa.asked_type import answer_type
from tests.fakes import written_corpus


def test_what_a_thing_was_worth_asks_an_amount():
    assert answer_type("What was the contract worth in the telecom deal signed in Tripoli in July 2021?") == "amount"
    assert answer_type("What is the package worth?") == "amount"
    assert answer_type("What were their pledges worth according to the readout?") == "amount"
    assert answer_type("What was the contract worth during Biden's visit?") == "amount"
    # worth doing is no sum
    assert answer_type("What was the initiative worth noting for?") != "amount"


def test_a_head_of_government_and_a_long_described_official_are_people():
    assert answer_type("Which Cambodian head of government did Sherman hold talks with in Phnom Penh?") == "person"
    assert answer_type("Which heads of state joined the call?") == "person"
    q = "Which White House national security official met Albania's foreign minister in October 2022?"
    assert answer_type(q) == "person"
    assert answer_type("Which deputy national security adviser joined the call?") == "person"
    # what heads of state did, a thing about officials, what two named people said: no one asked for
    for q in (
        "What did the heads of state agree on?",
        "Which issues did the heads of state discuss?",
        "Which summit did the heads of state attend?",
        "What was the heads of state declaration about?",
        "Which visa restrictions on Chinese officials did the Secretary announce?",
        "Which sanctions against senior Russian government officials did they discuss?",
        "Which concerns about detained embassy officials did he raise?",
    ):
        assert answer_type(q) != "person", q
    q = "How did what Blinken and Japanese Foreign Minister Hayashi said about Russia at their meetings differ?"
    assert answer_type(q) != "person"
    assert answer_type("Which topic did the two senior officials discuss?") != "person"


def test_the_event_asked_by_its_margins_after_a_long_leading_clause():
    q = (
        "When Kamala Harris pulled together several Indo-Pacific prime ministers in November 2022 over a North "
        "Korean long-range missile test, on the sidelines of which regional summit did they gather, and when had "
        "the test taken place?"
    )
    first, second = analyse(q).parts
    assert first.answer_type == "place", first
    assert second.answer_type == "date" and second.about_meeting is False, second
    assert answer_type("On the margins of which summit did Biden meet Kishida?") == "place"
    assert answer_type("On the margins of which NATO leaders' summit did they meet?") == "place"
    assert answer_type("At which Quad leaders summit did they meet?") == "place"


def test_earlier_today_dates_something_else_than_the_meeting():
    assert has_answer_type("They met to consult on the missile test earlier today.", "date")
    assert has_answer_type("Earlier today, North Korea fired a ballistic missile over Japan.", "date")
    # the meeting's own today gives no date of anything else
    assert not has_answer_type("The President spoke today with the Prime Minister about the test.", "date")
    assert not has_answer_type("The President spoke earlier today with Prime Minister Kishida of Japan.", "date")


def test_a_word_of_degree_is_no_topic():
    part = analyse("What did Sullivan say he was deeply worried about when he phoned Alinejad?").parts[0]
    assert "deepli" not in part.topic, part
    assert "profound" not in analyse("What was Biden profoundly grateful for?").parts[0].topic


def test_a_sentence_that_tells_of_the_meeting_says_which_meeting_before_a_kind_asked(tmp_path):
    asst = written_corpus(
        tmp_path,
        {
            "state_2021-06-17_call-with-president-carter.txt": (
                "Secretary Blinken's Call with President Carter",
                "June 17, 2021",
                "Secretary of State Antony J. Blinken spoke with former President Jimmy Carter today about the "
                "situation in Nicaragua. They discussed U.S. concerns about the recent arrests of presidential "
                "candidates and restrictions on independent media ahead of elections in November. Secretary Blinken "
                "thanked President Carter for his efforts to promote democracy and human rights throughout the world.",
            )
        },
    )
    q = (
        "In June 2021 the Secretary phoned a former president about a crackdown on opposition candidates and the "
        "independent press ahead of a November election. What did the Secretary thank the former president for?"
    )
    part = analyse(q).parts[0]
    assert part.kinds == ("thanked",) and part.topic == (), part
    answer = asst.ask(q)
    assert not answer.abstained, answer.text
    first = answer.passages[0].text if answer.passages else ""
    assert "thanked President Carter" in first, answer.text
    # a topic of the question's own still is one
    own = analyse(
        "In June 2021 the Secretary phoned a former president about Nicaragua. What did he thank him for on vaccines?"
    ).parts[0]
    assert "vaccin" in own.topic, own
    condolences = (
        "In early April 2022 the Secretary phoned a president who was about to sit down with his neighbour's prime "
        "minister for peace talks. What tragedy did the Secretary offer condolences for?"
    )
    assert analyse(condolences).parts[0].topic == (), analyse(condolences).parts[0]
    # what a call was about stays the topic of what was agreed or urged in it
    for q in (
        "The call was mostly about Iran. What did they agree?",
        "The Secretary spoke with Le Drian in June 2021 about Iran. What did they agree?",
        "Biden phoned Kishida in May 2022 about chips. What did he urge?",
    ):
        assert analyse(q).parts[0].topic, q


def test_a_part_of_the_continent_asks_a_region():
    q = "Meeting Finland's president in March 2022, in which part of the continent did Biden discuss deterrence?"
    assert answer_type(q) == "region"
    assert answer_type("Which corner of the world did they discuss?") == "region"
    # a share of something is no region
    assert answer_type("What part of the world's population still lacks vaccines?") != "region"
    assert answer_type("Which part of the world's food supply did they discuss?") != "region"


def test_someone_described_then_met_in_their_own_clause_is_a_side():
    from assistant.qa.about_meeting import about_meeting

    for q in (
        "Who was the secretary-general of the EU's diplomatic service that the deputy secretary of state spoke with "
        "on February 10, 2022?",
        "Who was the Argentine finance chief that the national security adviser and his deputy hosted in September "
        "2022?",
        "Who was the envoy whom Sherman received in June 2021?",
        "Who was the secretary-general of the EU's diplomatic service that the deputy secretary met on February 10?",
        "Who was the Emirati minister that the United States Secretary of State met?",
    ):
        assert about_meeting(q) is True, q
    # someone said of, talked of, met at another time or by someone else is no side of it
    for q in (
        "Who was the official that Biden said would lead the delegation?",
        "Who was the journalist that the two leaders discussed when they met?",
        "Who was the official that Sullivan spoke with next, after Wang Yi?",
        "Who was the minister that Blinken had met two days earlier?",
        "Who was the leader that Biden will have met by then?",
        "Who was the official who appointed the envoy that Biden met?",
        "Who is the leader who sent the envoy that Blinken received?",
        "Who was the senator that Blinken wrote he had met?",
    ):
        assert about_meeting(q) is not True, q
