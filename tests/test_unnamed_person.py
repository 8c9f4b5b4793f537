"""Someone told by nationality and calling, with no name ("the Romanian captain", "a UK citizen"), is a person:
"who besides the British citizen was killed?" is answered by the sentence that names the Romanian captain."""

from __future__ import annotations

from assistant.qa.answer_types import described_people, has_answer_type
from assistant.qa.coverage import names_someone_new
from tests.fakes import written_corpus

SENTENCE = (
    "The Secretary reiterated his condolences for the loss of a UK citizen who, along with the Romanian captain, was "
    "killed in the attack."
)
Q = (
    "In Blinken's early-August 2021 phone call with UK Foreign Secretary Dominic Raab, who besides a British citizen "
    "does the readout say was killed in the attack they discussed?"
)


def test_a_person_without_a_name():
    assert described_people(SENTENCE) == ["Romanian"]
    assert described_people("Two American citizens were released.") == ["American"]
    assert described_people("The President thanked the American people.") == []  # a people, not a person
    # people by their work ("allow firefighters and emergency responders to access the site")
    assert described_people("They urged Russia to allow firefighters and emergency responders in.") == [
        "firefighters",
        "responders",
    ]
    assert has_answer_type(SENTENCE, "person")
    assert not has_answer_type("They discussed the attack on the ship.", "person")
    assert names_someone_new(SENTENCE, Q)
    told = "A UK citizen, along with the Romanian captain, was killed in the attack."
    assert names_someone_new(told, "Who was killed in the attack?")
    assert not names_someone_new(told, "Was the Romanian captain killed in the attack?")  # the one asked of


def test_who_was_killed_is_answered(tmp_path):
    asst = written_corpus(
        tmp_path,
        {
            "raab.txt": (
                "Secretary Blinken's Call with UK Foreign Secretary Raab",
                "August 4, 2021",
                "Secretary of State Antony J. Blinken spoke with UK Foreign Secretary Dominic Raab about ongoing "
                "efforts to forge a coordinated response to Iran's attack on the Mercer Street, a commercial ship. "
                + SENTENCE,
            )
        },
    )
    ans = asst.ask(Q)
    assert not ans.abstained, ans.text
    assert "Romanian captain" in ans.text
