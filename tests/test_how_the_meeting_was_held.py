"""How a meeting was held, asked with its alternatives ("face to face or over the phone?", "in person, or how did
he take part?"), is answered from the record's kind with the sentence that says it (and the title, when only the
title says "Phone Call"); a follow-up that asks a question of its own ("And on what day did that call happen?")
is not glued to the question before it as a topic; a follow-up naming the pair's other meeting ("And the
in-person meeting - what date was that?") is dated by that meeting; "24 jan 2022" names no one called Jan. A
small corpus written here, with the hash embedder."""

from __future__ import annotations

from assistant.qa.analyse import analyse
from assistant.qa.asked_type import answer_type
from assistant.qa.followup import condense_rule_based, rewrites_whole
from assistant.qa.meeting_kinds import IN_PERSON_QUESTIONED, meeting_kind
from tests.fakes import written_corpus

READOUTS = {
    "phone.txt": (
        "Readout of Secretary Blinken's Phone Call with Holy See Secretary of State Parolin",
        "June 6, 2022",
        "Secretary of State Antony J. Blinken spoke today with the Holy See Secretary of State, Cardinal Pietro "
        "Parolin. The Secretary thanked the Cardinal for the Holy See's humanitarian work in Ukraine.",
    ),
    "virtual.txt": (
        "Readout of Secretary Blinken's Participation in the Virtual NATO Foreign Ministerial",
        "June 1, 2021",
        "Secretary of State Antony J. Blinken participated today in the virtual NATO Foreign Ministerial hosted by "
        "NATO Secretary General Jens Stoltenberg. Secretary Blinken discussed the upcoming NATO Summit.",
    ),
    "kenya_call.txt": (
        "Readout of President Biden's Call with President Kenyatta of Kenya",
        "February 25, 2021",
        "President Biden spoke today with President Uhuru Kenyatta of Kenya. The two presidents discussed the "
        "humanitarian crisis in the Tigray region.",
    ),
    "kenya_meeting.txt": (
        "Readout of President Biden's Meeting with President Kenyatta of Kenya",
        "October 14, 2021",
        "President Biden met today with President Uhuru Kenyatta of Kenya to address the strong U.S.-Kenyan "
        "partnership. They discussed trade and investment.",
    ),
    "romania.txt": (
        "Readout of Secretary Blinken's Call with Romanian Foreign Minister Aurescu",
        "April 18, 2022",
        "Secretary of State Antony J. Blinken spoke today with Romanian Foreign Minister Bogdan Aurescu. The "
        "Secretary thanked the Foreign Minister for Romania's welcoming of refugees from Ukraine.",
    ),
}


def test_alternatives_of_kind_ask_the_kind_and_insist_on_none():
    for q in (
        "Was Secretary Blinken's June 2022 conversation with Cardinal Parolin held face to face or over the phone?",
        "Did Secretary Blinken attend the NATO foreign ministers' session of 1 June 2021 in person, or how did he "
        "take part?",
        "Did President Biden ever meet Kenya's President Kenyatta in person, or only talk by phone?",
    ):
        assert answer_type(q) == "kind", q
        assert meeting_kind(q) is None or IN_PERSON_QUESTIONED.search(q), q  # either way no kind is insisted on
    assert answer_type("Was the meeting about trade?") == "yesno"
    assert answer_type("How was the April 2021 meeting of the Strategic Consultative Group actually held?") == "kind"
    assert answer_type("How were the talks held in check?") == "free"


def test_how_it_was_held_is_answered_with_the_sentence_and_the_title_that_say_it(tmp_path):
    asst = written_corpus(tmp_path, READOUTS)
    ans = asst.ask("Was Blinken's June 2022 conversation with Cardinal Parolin held face to face or over the phone?")
    assert not ans.abstained, ans.text
    assert "By phone:" in ans.text, ans.text
    quotes = [c.quote for c in ans.citations]
    assert any(q.startswith("Readout of Secretary Blinken's Phone Call") for q in quotes), quotes  # only it says phone
    ans = asst.ask(
        "Did Secretary Blinken attend the NATO foreign ministerial of 1 June 2021 in person, or how did he take part?"
    )
    assert "By video:" in ans.text, ans.text
    assert ans.citations[0].quote.startswith("Secretary of State Antony J. Blinken participated"), ans.text


def test_a_follow_up_asking_its_own_question_is_not_a_topic_of_the_last_one(tmp_path):
    history = [
        {"role": "user", "content": "What did Blinken thank Romania's foreign minister Bogdan Aurescu for?"},
        {"role": "assistant", "content": "For Romania's welcoming of refugees from Ukraine."},
    ]
    follow = "And on what day did that call happen?"
    assert not rewrites_whole(follow)
    assert "thank" not in condense_rule_based(follow, history).split("(")[0]
    asst = written_corpus(tmp_path, READOUTS)
    ans = asst.ask(follow, history=history)
    assert "April 18, 2022" in ans.text, ans.text
    assert all(c.source == "romania.txt" for c in ans.citations), ans.text
    assert not any("thanked" in c.quote for c in ans.citations), ans.text


def test_a_follow_up_naming_the_pairs_other_meeting_is_dated_by_it(tmp_path):
    asst = written_corpus(tmp_path, READOUTS)
    history = [
        {
            "role": "user",
            "content": "Did President Biden ever meet Kenya's President Kenyatta in person, or only talk by phone?",
        },
        {"role": "assistant", "content": "Both: a phone call and an in-person meeting."},
    ]
    ans = asst.ask("And the in-person meeting - what date was that?", history=history)
    assert not ans.abstained, ans.text
    assert "October 14, 2021" in ans.text, ans.text
    assert {c.source for c in ans.citations} == {"kenya_meeting.txt"}, ans.text


def test_a_short_month_beside_a_day_or_a_year_names_no_one():
    assert analyse("Biden's video call with European leaders on 24 Jan 2022 - what worry did they repeat?").people == (
        "Biden",
    )
    assert analyse("What did Biden say in Jan 2022?").people == ("Biden",)
    assert "Jan Lipavsky" in analyse("What did Jan Lipavsky and Blinken discuss?").people


MORE = {
    "dodd.txt": (
        "Readout of Special Advisor Christopher Dodd Travel to Barbados",
        "April 19, 2022",
        "Senator Christopher Dodd traveled to Barbados to meet CARICOM leaders. Senator Dodd engaged with CARICOM "
        "leaders in-person and virtually. They discussed the Summit of the Americas.",
    ),
    "qatar.txt": (
        "Readout of Secretary Blinken Meeting with Qatari Foreign Minister Al-Thani",
        "August 12, 2021",
        "Secretary of State Antony J. Blinken spoke today with Qatari Foreign Minister Mohammed bin Abdulrahman "
        "Al-Thani to express appreciation for our strategic partnership.",
    ),
    "kishida.txt": (
        "Readout of President Biden's Meeting with Prime Minister Kishida of Japan",
        "January 21, 2022",
        "President Biden met virtually today with Prime Minister Kishida Fumio of Japan. The two leaders look "
        "forward to meeting in person in Tokyo later this year.",
    ),
}


def test_a_sentence_saying_how_a_title_saying_meeting_and_a_virtual_meeting(tmp_path):
    asst = written_corpus(tmp_path, MORE)
    ans = asst.ask("Did Senator Dodd engage the CARICOM leaders in person or virtually in April 2022?")
    assert "In person and by video:" in ans.text, ans.text
    assert ans.citations[0].quote.endswith("in-person and virtually."), ans.text
    ans = asst.ask("When Blinken and Al-Thani talked on August 12, 2021, was that in person or over the phone?")
    assert "In person:" not in ans.text and "As the readout tells it:" in ans.text, ans.text  # "spoke", not "met"
    ans = asst.ask(
        "Did President Biden meet Prime Minister Kishida in person in January 2022, or how did he take part?"
    )
    assert not ans.abstained and "By video:" in ans.text, ans.text  # not a meeting "in person" insisted on
    assert "In person" not in ans.text, ans.text  # the next meeting's "in person" is not this one's


def test_a_follow_up_after_a_comparison_of_form_takes_no_topic_from_it(tmp_path):
    asst = written_corpus(tmp_path, READOUTS)
    history = [
        {"role": "user", "content": "How did Biden's two contacts with Kenya's President Kenyatta differ in form?"},
        {"role": "assistant", "content": "A call on February 25, 2021; in person on October 14, 2021."},
    ]
    ans = asst.ask("And the phone call, what did they talk about?", history=history)
    assert not ans.abstained, ans.text
    assert any("Tigray" in c.quote for c in ans.citations), ans.text
