"""Round 69's rules, from the dev splits: a list of people introduced late in a readout ("State legislative leaders
included:" after four paragraphs) is read into the records like one introduced early; "the Swedish head of
government" is Sweden's prime minister; "which organizations did A and B each lead" gives each one's line;
"which state did Governor Dan McKee lead" and "which committee does Rep. X chair" are read from the list line naming
them; "the three-way call" says how many met, not what about; "how many resolutions" is answered by "multiple
resolutions"; "Russian proxies" are who, not a thing; a meeting's own sentence answers what it also did ("met with
... and presided over a ceremony ...") when asked what kind of ceremony, whatever place the question adds."""

from __future__ import annotations

from assistant.qa.analyse import analyse
from assistant.qa.answer_types import has_answer_type
from assistant.qa.counted import rough_count_of
from tests.fakes import meeting_of, written_corpus

_GOVERNORS = "wh_2022-07-01_biden-meeting-with-governors-on-reproductive-rights.txt"
_CIVIL_RIGHTS = "wh_2022-09-02_biden-meeting-with-civil-rights-leaders.txt"
_NORDIC = "wh_2022-05-13_biden-call-with-sweden-and-finland.txt"
_TRAVEL = "state_2022-03-09_assistant-secretary-robinson-travel-to-beirut.txt"

_READOUTS = {
    _GOVERNORS: (
        "President Biden's Meeting with Governors on Reproductive Rights",
        "July 1, 2022",
        "Today, President Biden convened nine Democratic Governors from across the country to discuss efforts to "
        "defend reproductive rights. These Governors collectively represent tens of millions of women.\n\n"
        "In the meeting, the President highlighted the impact the decision will continue to have. He reiterated his "
        "commitment to defend women's freedom to travel. The President made clear that the filibuster should not "
        "stand in the way. And he warned of efforts to pass a nationwide ban.\n\n"
        "The President thanked the Governors for their work on this issue. The conversation was moderated by the "
        "Director of the Gender Policy Council. Governors from today's meeting included:\n\n"
        "- Governor Kate Brown, Oregon\n"
        "- Governor Roy Cooper, North Carolina\n"
        "- Governor Dan McKee, Rhode Island\n"
        "- Governor Jared Polis, Colorado",
    ),
    _CIVIL_RIGHTS: (
        "President Biden's Meeting With Leaders from Legacy Black Civil Rights Organizations",
        "September 2, 2022",
        "President Biden met today with leaders from legacy Black Civil Rights organizations. The group discussed "
        "efforts to advance justice and equity.\n\nMeeting participants included:\n\n"
        "1. Rev. Al Sharpton, President, National Action Network\n"
        "2. Melanie Campbell, President and CEO, National Coalition on Black Civic Participation\n"
        "3. Dr. Thelma Daley, National Chair and President, National Council of Negro Women\n"
        "4. Janai Nelson, President and Director-Counsel, NAACP Legal Defense Fund\n"
        "5. State Representative Aaron Michlewitz, Chair, Ways and Means Committee",
    ),
    _NORDIC: (
        "President Biden's Call with Prime Minister Andersson of Sweden and President Niinisto of Finland",
        "May 13, 2022",
        "President Joseph R. Biden, Jr. spoke today with Prime Minister Magdalena Andersson of Sweden and President "
        "Sauli Niinisto of Finland to discuss the close defense and security cooperation between our countries.",
    ),
    _TRAVEL: (
        "Assistant Secretary Robinson's Travel to Beirut",
        "March 9, 2022",
        "Assistant Secretary of State for International Narcotics and Law Enforcement Todd D. Robinson traveled to "
        "Beirut, Lebanon from March 9-11. While in Beirut, Assistant Secretary Robinson met with members of the "
        "Lebanese government and presided over a ceremony commemorating the handover of the Aramoun Training "
        "Academy. He underscored the Department's commitment to the Lebanese Internal Security Forces.",
    ),
}


def test_a_list_introduced_late_in_a_readout_is_in_its_records(tmp_path):
    asst = written_corpus(tmp_path, _READOUTS)
    names = {p.name for p in meeting_of(asst, _GOVERNORS).participants}
    assert {"Kate Brown", "Dan McKee", "Jared Polis"} <= names, names
    # the meeting is found by someone on that list
    answer = asst.ask("Which state did Governor Dan McKee lead when he joined the President's July 2022 meeting?")
    assert not answer.abstained, answer.text
    assert "Rhode Island" in answer.text, answer.text


def test_a_head_of_government_is_asked_by_office(tmp_path):
    q = "Who were the Swedish head of government and the Finnish head of state on the three-way phone call on May 13?"
    assert "head" not in analyse(q).parts[0].topic
    assert "three" not in analyse(q).parts[0].topic  # how many met, no topic
    asst = written_corpus(tmp_path, _READOUTS)
    answer = asst.ask(q.replace("May 13", "May 13, 2022"))
    assert not answer.abstained, answer.text
    assert "Andersson" in answer.text and "Niinisto" in answer.text, answer.text
    assert "Biden" not in answer.text.split("\n")[1].split(":")[0], answer.text  # (not the issuing side's President)


def test_each_of_two_named_people_gets_their_line(tmp_path):
    asst = written_corpus(tmp_path, _READOUTS)
    answer = asst.ask(
        "At Biden's September 2, 2022 meeting with civil rights leaders, which organizations did Dr. Thelma Daley "
        "and Janai Nelson each lead?"
    )
    assert "National Council of Negro Women" in answer.text, answer.text
    assert "NAACP Legal Defense Fund" in answer.text, answer.text
    answer = asst.ask(
        "At Biden's September 2, 2022 meeting with civil rights leaders, which committee does State Representative "
        "Aaron Michlewitz chair?"
    )
    assert "Ways and Means" in answer.text, answer.text


def test_a_rough_count_answers_how_many():
    asked = "How many UN Security Council resolutions did she say the launches breached?"
    assert rough_count_of("a clear violation of multiple UN Security Council resolutions", asked)
    assert not rough_count_of("a clear violation of UN Security Council resolutions", asked)
    assert not rough_count_of("several missile launches", asked)  # (a count of something else)


def test_proxies_are_people():
    asked = "Who did the readout say controlled those areas?"
    said = "the purported republics controlled by Russian proxies in eastern Ukraine"
    assert has_answer_type(said, "person", asked)


def test_what_else_a_meeting_sentence_did_answers():
    from assistant.qa.meeting_sentence import meeting_may_answer

    q = (
        "During his stop in a capital city on March 9-11, 2022, what kind of ceremony did the assistant secretary "
        "of state for counternarcotics preside over?"
    )
    part = analyse(q).parts[0]
    said = (
        "While in Beirut, Assistant Secretary Robinson met with members of the Lebanese government and presided "
        "over a ceremony commemorating the handover of the Aramoun Training Academy."
    )
    assert meeting_may_answer(part, said)  # (the place the question adds, "a capital city", is not asked)
    assert not meeting_may_answer(part, "While in Beirut, Assistant Secretary Robinson met with officials.")


def test_overnight_dates_what_happened_before_the_call():
    asked = "According to the readout of the December 11, 2021 call, when had the tornadoes struck?"
    said = "to express his condolences for the lives lost as a result of the tornadoes and extreme weather overnight"
    assert has_answer_type(said, "date", asked)
    assert not has_answer_type("to express his condolences for the lives lost to the tornadoes", "date", asked)


def test_sessions_are_the_meeting_not_its_topic():
    q = "How did the State Department characterize the tone of Sherman's May 2022 sessions in Pretoria?"
    assert "session" not in analyse(q).parts[0].topic


def test_a_body_read_with_a_listed_name_is_not_the_name(tmp_path):
    readouts = {
        "wh_2021-06-30_biden-wildfire-meeting.txt": (
            "President Biden's Wildfire Preparedness Meeting",
            "June 30, 2021",
            "Today, President Biden convened a meeting with Governors from Western States. The President emphasized "
            "the importance of investments. He highlighted actions his Administration is taking. The President also "
            "shared how the Administration is improving its capabilities. The President announced a grant. The "
            "Governors talked about coordination. The members of the Cabinet discussed their efforts. Secretary "
            "Vilsack discussed preparedness.\n\nJoining President Biden in the meeting were the following members of "
            "the administration:\n\n- Secretary of Agriculture Tom Vilsack\n- Administrator of FEMA Deanne Criswell",
        ),
    }
    asst = written_corpus(tmp_path, readouts)
    names = {p.name for p in meeting_of(asst, "wh_2021-06-30_biden-wildfire-meeting.txt").participants}
    assert "Deanne Criswell" in names and not any(n and "FEMA" in n for n in names), names


def test_readouts_of_a_date_are_cited_by_their_date_lines(tmp_path):
    asst = written_corpus(tmp_path, _READOUTS)
    answer = asst.ask("Which readouts carry a publication date of May 13, 2022?")
    assert answer.text.startswith("1 readout is dated May 13, 2022:"), answer.text
    assert "\u201cDate: May 13, 2022\u201d" in answer.text, answer.text
