""" "When Blinken spoke with Al-Thani on August 12" may be a readout titled "Meeting" whose text says he "spoke":
"spoke" asks no call when no call of that day is recorded (a "phone call" still does). A meeting sentence
"... spoke today with X to express appreciation for our partnership" answers what he expressed appreciation for."""

from __future__ import annotations

from tests.fakes import written_corpus

READOUTS = {
    "qatar.txt": (
        "Secretary Blinken Meeting with Qatari Foreign Minister Al-Thani",
        "August 12, 2021",
        "Secretary of State Antony J. Blinken spoke today with Qatari Foreign Minister Mohammed bin Abdulrahman "
        "Al-Thani to express appreciation for our strategic partnership. Secretary Blinken thanked Minister "
        "Al-Thani for the key role Qatar has played in support of a negotiated settlement in Afghanistan.",
    ),
}


def test_spoke_with_finds_a_meeting_and_its_sentence_of_appreciation(tmp_path):
    asst = written_corpus(tmp_path, READOUTS)
    ans = asst.ask(
        "When Blinken spoke with Qatar's foreign minister Al-Thani on August 12, 2021, what did he want to express "
        "appreciation for, and what role did he thank Qatar for playing?"
    )
    assert not ans.abstained, ans.text
    assert "strategic partnership" in ans.text and "negotiated settlement" in ans.text


def test_a_phone_call_asked_is_still_a_call(tmp_path):
    asst = written_corpus(tmp_path, READOUTS)
    ans = asst.ask("In Blinken's August 12, 2021 phone call with Al-Thani, what role did he thank Qatar for?")
    assert "negotiated settlement" not in ans.text or "do not answer" in ans.text, ans.text
