"""How a meeting closed ("How did he close out the conversation with her?", "Closing out their November 2021
meeting, what commitment did they confirm?"): the readout's last two sentences, where its closing words stand; not
a question about ending something else ("What did Biden say about ending the war in his call?")."""

from __future__ import annotations

import re

from assistant.qa.analyse import analyse
from assistant.text.question_words import CLOSING_ASKED
from tests.fakes import written_corpus


def test_what_asks_about_the_close_of_the_meeting():
    closing = re.compile(CLOSING_ASKED, re.I)
    for question in (
        "How did he close out the conversation with her?",
        "Closing her July 2022 call with Guyana's President Ali, what did Harris say?",
        "What did they agree at the end of the meeting?",
    ):
        assert closing.search(question), question
    for question in (
        "What did Biden say about ending the war in his call?",
        "When did the war end after the call?",
        "Did they agree to stay in close touch?",
        "In the President's year-end call about the wildfires, whom did he thank?",
        "Which close allies did the Trudeau call in February 2022 mention?",
    ):
        assert not closing.search(question), question
    assert analyse("How did he close out the conversation with her?").parts[0].topic == ()
    assert "close" in analyse("Did they agree to stay in close touch during the call?").parts[0].topic


def _answered(tmp_path, title: str, date: str, body: str, question: str):
    """The answer to ``question`` over the one readout written here, and the text it quotes; it must answer."""
    answer = written_corpus(tmp_path, {"readout.txt": (title, date, body)}).ask(question)
    assert not answer.abstained, answer.text
    return answer, " ".join(c.quote for c in answer.citations)


def test_the_close_of_the_call_is_its_last_sentences(tmp_path):
    answer, quoted = _answered(
        tmp_path,
        "Vice President Harris's Call with WHO Director-General Tedros",
        "January 21, 2021",
        "Vice President Kamala Harris spoke today with World Health Organization Director-General Dr. Tedros "
        "Adhanom Ghebreyesus. The Vice President affirmed that the United States will join COVAX. They "
        "discussed the global response to COVID-19. The Director-General thanked the Vice President for the "
        "call and congratulated her on the inauguration. Both reiterated that they look forward to meeting "
        "in person.",
        "How did Vice President Harris close out her January 2021 call with Tedros?",
    )
    assert "congratulated her on the inauguration" in quoted, answer.text
    assert "join COVAX" not in quoted, answer.text


def test_a_sentence_that_says_it_closed_the_call_is_the_close(tmp_path):
    """'The President concluded the call by ...' is the close, though a note on another call follows it; a list's
    heading ('Participants included:') and lines end no body (second reader, round 35)."""
    answer, quoted = _answered(
        tmp_path,
        "President Biden's Conversations with FEMA",
        "August 28, 2021",
        "President Biden spoke today with FEMA Administrator Criswell about Hurricane Ida. They discussed the "
        "storm's track. The President concluded the call by reiterating his thanks to the FEMA team for its "
        "efforts. Yesterday, President Biden spoke with the Governors of Louisiana and Mississippi. The "
        "President approved an Emergency Declaration for Louisiana.\n\nParticipants included:\n\n- FEMA "
        "Administrator Deanne Criswell\n- Homeland Security Advisor Liz Sherwood-Randall",
        "How did the President conclude the call with FEMA on August 28, 2021?",
    )
    assert "concluded the call by reiterating his thanks" in answer.citations[0].quote, answer.text
    assert "Emergency Declaration" not in quoted, answer.text


def test_wrapping_up_a_meeting_asks_its_close(tmp_path):
    """'How did Blinken wrap up his April 2022 meeting with Grandi?': 'wrap' is no topic, and the names of the
    meeting's title are all the question asks besides (a second reader's probe, round 35)."""
    answer, quoted = _answered(
        tmp_path,
        "Secretary Blinken's Meeting with United Nations High Commissioner for Refugees Grandi",
        "April 12, 2022",
        "Secretary Blinken met today with UN High Commissioner for Refugees Filippo Grandi. They reaffirmed "
        "the strong collaboration between the United States and UNHCR. They discussed the situation in "
        "Ukraine. Secretary Blinken reiterated our continued focus on increasing refugee resettlement.",
        "How did Blinken wrap up his April 2022 meeting with High Commissioner Grandi?",
    )
    assert "continued focus on increasing refugee resettlement" in quoted, answer.text
    assert "strong collaboration" not in quoted, answer.text


def test_looking_forward_to_working_with_someone_asks_what_not_work():
    part = analyse("What did Harris say she looked forward to working with President Ali on in July 2022?").parts[0]
    assert "work" not in part.topic
    # what was looked forward to, asked and nothing more, is found by the words that say it
    assert "forward" in part.topic
    assert "forward" in analyse("What did the two leaders say they were looking forward to?").parts[0].topic
    assert "forward" not in analyse("Did they look forward to the summit in Madrid?").parts[0].topic
    # work asked about stays the topic
    assert "work" in analyse("What did Harris say about the work of the food security committee?").parts[0].topic
