""" "How did the format of the two differ?" compares how each meeting was held, from its records: a call, a video
call, a virtual meeting, a meeting in person; each meeting's own sentence is quoted under that label. A name written
with a hyphen ("Yoon Suk-yeol") is the same name without it."""

from __future__ import annotations

from assistant.qa.meeting_kinds import FORMAT_ASKED
from tests.fakes import written_corpus


def test_format_asked():
    assert FORMAT_ASKED.search("How did the format of their April call differ from their December one?")
    assert FORMAT_ASKED.search("How did the two meetings differ: in person or virtual?")
    assert not FORMAT_ASKED.search("How did their April and December calls differ on Ukraine?")
    # meetings told apart by how they were held, compared on something else
    assert not FORMAT_ASKED.search("They spoke by phone in February and in person in April. How did it differ?")


def test_each_is_held_its_way(tmp_path):
    asst = written_corpus(
        tmp_path,
        {
            "april.txt": (
                "President Biden's Call with President Putin of Russia",
                "April 13, 2021",
                "President Biden spoke today with President Vladimir Putin of Russia. They discussed arms control.",
            ),
            "december.txt": (
                "President Biden's Video Call with President Putin of Russia",
                "December 7, 2021",
                "President Biden held a secure video call today with President Vladimir Putin of Russia. They "
                "discussed Ukraine.",
            ),
        },
    )
    ans = asst.ask(
        "How did the format of Biden's April 13, 2021 conversation with Putin differ from their December 7, 2021 one?"
    )
    assert not ans.abstained, ans.text
    assert "A call:" in ans.text and "A video call:" in ans.text, ans.text


def test_a_hyphenated_name(tmp_path):
    asst = written_corpus(
        tmp_path,
        {
            "elect.txt": (
                "President Biden's Call with President-Elect Yoon Suk-yeol of the Republic of Korea",
                "March 9, 2022",
                "President Biden spoke today with President-elect Yoon Suk-yeol of the Republic of Korea.",
            ),
            "seoul.txt": (
                "President Biden's Meeting with President Yoon Suk Yeol of the Republic of Korea",
                "May 21, 2022",
                "President Biden met today with President Yoon Suk Yeol of the Republic of Korea in Seoul.",
            ),
        },
    )
    ans = asst.ask("Which readouts record President Biden's calls or meetings with President Yoon Suk Yeol?")
    assert {c.source for c in ans.citations} == {"elect.txt", "seoul.txt"}, ans.text
