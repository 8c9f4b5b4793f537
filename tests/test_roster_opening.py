"""A roster question may describe its meeting in words its readout's title does not have but its meeting sentence
does ("the President's wildfire meeting with western governors and utility chiefs": "... convened a meeting with
Governors from Western States ... and utility CEOs"): of the readouts that list people, the one whose title and
meeting sentence together state the question's words gives the list. "Who was listed first" is the list's first
line."""

from __future__ import annotations

from tests.fakes import written_corpus

READOUTS = {
    "wildfire.txt": (
        "President Biden's Preparedness Meeting with Cabinet Officials and Private Sector Partners",
        "June 30, 2021",
        "Today, President Biden convened a meeting with Governors from Western States and utility chief executives "
        "on wildfire season.\n\nParticipants:\n\n- Secretary of Homeland Security Alejandro Mayorkas\n"
        "- Governor of Colorado Jared Polis\n- President and CEO of Edison International Pedro Pizarro",
    ),
    "hurricane.txt": (
        "President Biden's Preparedness Meeting with Cabinet Officials on Hurricane Season",
        "June 29, 2021",
        "Today, President Biden met with his cabinet about the hurricane season.\n\nParticipants:\n\n"
        "- Secretary of Homeland Security Alejandro Mayorkas\n- Administrator of FEMA Deanne Criswell",
    ),
    "leaders.txt": (
        "Vice President Harris's Meeting with Higher Education Leaders",
        "August 8, 2022",
        "Yesterday, Vice President Kamala Harris hosted a roundtable to hear from college and university leaders on "
        "their students' access to care.\n\nParticipants\n\n1. Audrey Bilger, President, Reed College\n"
        "2. Wayne Frederick, President, Howard University\n3. Ted Mitchell, President, American Council on Education",
    ),
    "legislators.txt": (
        "Vice President Harris's Meeting with State Legislators",
        "August 10, 2022",
        "Yesterday, Vice President Kamala Harris convened state legislators in Las Vegas.\n\nParticipants\n\n"
        "- Assemblywoman Rochelle Nguyen\n- Assemblywoman Selena Torres",
    ),
}


def test_the_meeting_sentence_names_the_meeting_whose_list_answers(tmp_path):
    asst = written_corpus(tmp_path, READOUTS)
    ans = asst.ask(
        "Which governor was listed among the participants at the president's June 2021 meeting with western "
        "governors and utility chiefs?"
    )
    assert not ans.abstained, ans.text
    assert "Jared Polis" in ans.text and {c.source for c in ans.citations} == {"wildfire.txt"}, ans.text


def test_who_was_listed_first(tmp_path):
    asst = written_corpus(tmp_path, READOUTS)
    ans = asst.ask(
        "Who was listed first among the participants at the vice president's roundtable with college and "
        "university leaders?"
    )
    assert not ans.abstained, ans.text
    assert [c.quote for c in ans.citations] == ["1. Audrey Bilger, President, Reed College"], ans.text
    last = asst.ask(
        "Who was the last person listed among the participants at the vice president's roundtable with college "
        "and university leaders?"
    )
    assert [c.quote for c in last.citations] == ["3. Ted Mitchell, President, American Council on Education"], last.text


def test_listed_last_among_a_group_is_that_groups_last_line(tmp_path):
    """Second reader's mend: "listed last among the governors" is the last governor, not the list's last line."""
    asst = written_corpus(tmp_path, READOUTS)
    ans = asst.ask(
        "Who was listed last among the governors at the president's June 2021 meeting with western governors?"
    )
    assert [c.quote for c in ans.citations] == ["- Governor of Colorado Jared Polis"], ans.text
