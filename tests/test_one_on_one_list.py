"""A list of someone's one-on-one calls (or with the group calls left out) lists the readouts whose other side is
one person, not the calls with four counterparts at once."""

from __future__ import annotations

from assistant.qa.lists import one_on_one
from tests.fakes import written_corpus


def test_one_on_one_asked():
    assert one_on_one("Which readouts cover Sherman's one-on-one calls with Delattre?")
    assert one_on_one("Which readouts record her calls with Delattre, leaving out her group calls?")
    assert not one_on_one("Which readouts record her calls with Delattre?")
    assert not one_on_one(
        "How many readouts record Biden talking with Truss, counting one-on-one calls and group calls?"
    )


def test_group_calls_left_out(tmp_path):
    asst = written_corpus(
        tmp_path,
        {
            "one.txt": (
                "Deputy Secretary Sherman's Call with French Foreign Ministry Secretary General Delattre",
                "February 11, 2022",
                "Deputy Secretary of State Wendy Sherman spoke with French Foreign Ministry Secretary General Francois "
                "Delattre today about Ukraine.",
            ),
            "group.txt": (
                "Deputy Secretary Sherman's Call with French, German, Italian, and UK Counterparts",
                "February 9, 2022",
                "Deputy Secretary of State Wendy Sherman spoke today with French MFA Secretary General Francois "
                "Delattre, German MFA State Secretary Andreas Michaelis, Italian MFA Political Director Pasquale "
                "Ferrara, and UK Minister of State James Cleverly about Ukraine.",
            ),
        },
    )
    every = asst.ask("Which readouts record Deputy Secretary Sherman's calls with Francois Delattre?")
    assert {c.source for c in every.citations} == {"one.txt", "group.txt"}, every.text
    alone = asst.ask("Which readouts record Deputy Secretary Sherman's one-on-one calls with Francois Delattre?")
    assert {c.source for c in alone.citations} == {"one.txt"}, alone.text
