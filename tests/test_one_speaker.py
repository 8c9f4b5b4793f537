"""At a meeting of many speakers, "what did EPA Administrator Michael Regan talk about?" is answered by the sentences
that name him, not by another speaker's ("Secretary Vilsack discussed ..."); a side the readout's title names (the
President, whom its sentences call "the President") is not narrowed so."""

from __future__ import annotations

from assistant.qa.analyse import analyse
from assistant.qa.compose import Quote
from assistant.qa.speakers import speaker_first
from assistant.records import Sentence
from tests.fakes import written_corpus

BODY = (
    "Today, President Biden convened a meeting with Governors from Western States and Cabinet officials on wildfire "
    "preparedness. Secretary Vilsack discussed how we have to stop doing wildfire preparedness on the cheap. EPA "
    "Administrator Regan described new technology tools that provide public access to health guidance on air "
    "quality during wildfire smoke. Secretary Haaland highlighted the Interior Department's wildfire response.\n\n"
    "Participants:\n- Secretary of Agriculture Tom Vilsack\n- Administrator of the Environmental Protection Agency "
    "Michael Regan\n- Secretary of the Interior Deb Haaland"
)


def _quote(text: str, title: str = "President Biden's Wildfire Preparedness Meeting") -> Quote:
    return Quote(Sentence("w.txt", 0, len(text), text), title, "2021-06-30")


#: another speaker's sentence at the same meeting
VILSACK = _quote("Secretary Vilsack discussed how we have to stop doing wildfire preparedness on the cheap.")


def test_the_sentences_naming_the_speaker_come_first():
    part = analyse("At the wildfire meeting, what did EPA Administrator Michael Regan talk about?").parts[0]
    regan = _quote("EPA Administrator Regan described new technology tools on air quality.")
    assert speaker_first([VILSACK, regan], part) == [regan]
    told = _quote("EPA Administrator Regan told the governors about air quality tools.")
    assert speaker_first([VILSACK, told], part) == [told]  # a verb of its own form ("told", "said")
    # nobody's sentence names him: all stay; the principal of the title: all stay
    assert speaker_first([VILSACK], part) == [VILSACK]
    biden = analyse("At the wildfire meeting, what did President Biden talk about?").parts[0]
    said = _quote("President Biden thanked the governors.")
    assert speaker_first([VILSACK, said], biden) == [VILSACK, said]


def test_the_head_of_a_body_is_found_by_the_body_and_its_title():
    # "the head of the Forest Service": "Forest Service Chief Christiansen outlined ..."
    part = analyse("At the wildfire meeting, what did the head of the Forest Service outline?").parts[0]
    chief = _quote("Forest Service Chief Christiansen outlined the steps being taken to increase firefighter pay.")
    assert speaker_first([VILSACK, chief], part) == [chief]
    # a sentence that names the body but where it does nothing is no speaker's
    grant = _quote("Secretary Vilsack discussed grants for the Forest Service.")
    assert speaker_first([VILSACK, grant], part) == [VILSACK, grant]
    # asked first, with its capital ("What did the chief of ...")
    first = analyse("What did the chief of the Forest Service say at the wildfire meeting?").parts[0]
    assert speaker_first([VILSACK, chief], first) == [chief]


def test_a_speaker_of_a_meeting_of_many_is_quoted(tmp_path):
    asst = written_corpus(
        tmp_path, {"wildfire.txt": ("President Biden's Wildfire Preparedness Meeting", "June 30, 2021", BODY)}
    )
    answer = asst.ask("At Biden's June 30, 2021 wildfire meeting, what did EPA Administrator Michael Regan talk about?")
    assert not answer.abstained, answer.text
    assert "Regan described new technology tools" in answer.citations[0].quote, answer.text
    assert all("Vilsack discussed" not in c.quote for c in answer.citations), answer.text


#: a meeting whose vice president and agriculture secretary each said something, written the way readouts list them
MANY = (
    "Today, President Biden convened a meeting with Governors from Western States, Cabinet officials and the CEOs of "
    "three utilities on wildfire preparedness. President Biden and Vice President Harris asked the Governors what "
    "support they need. Vice President Harris spoke about how the administration is investing in resilience. "
    "Secretary Vilsack discussed how we have to stop doing wildfire preparedness on the cheap. The Governors talked "
    "about coordinating closely.\n\nJoining them were:\n- Secretary of Agriculture Tom Vilsack\n- Secretary of the "
    "Interior Deb Haaland"
)


def test_an_office_asked_as_the_speaker_is_quoted_by_its_holder(tmp_path):
    asst = written_corpus(
        tmp_path, {"wildfire.txt": ("President Biden's Wildfire Preparedness Meeting", "June 30, 2021", MANY)}
    )
    # the holder's name comes from the list of those who joined ("Secretary of Agriculture Tom Vilsack")
    answer = asst.ask(
        "At the June 2021 meeting with western governors and utility CEOs, what habit did the agriculture "
        "secretary say the country had to give up?"
    )
    assert [c.quote for c in answer.citations] == [
        "Secretary Vilsack discussed how we have to stop doing wildfire preparedness on the cheap."
    ], answer.text
    # the office itself before a name; a sentence the holder shares with another ("President Biden and Vice
    # President Harris asked ...") is not what she said
    answer = asst.ask(
        "At the June 2021 wildfire meeting with western governors, what did the vice president speak about?"
    )
    quotes = [c.quote for c in answer.citations]
    assert quotes == ["Vice President Harris spoke about how the administration is investing in resilience."], quotes


def test_the_principal_of_the_title_and_a_bare_office_are_not_narrowed():
    # "what did the secretary say": the readout's own principal, every sentence theirs; no office holder asked in
    # "what did the two leaders say"
    from assistant.qa.speakers import _OFFICE_ASKED

    assert _OFFICE_ASKED.search("At the meeting, what did the agriculture secretary say about fire?")
    assert _OFFICE_ASKED.search("what did the national security adviser say the President would keep doing")
    assert not _OFFICE_ASKED.search("what did the two leaders say about fire?")
    assert not _OFFICE_ASKED.search("What did the governors stress?")


PCAST = (
    "Today, President Joe Biden convened a meeting of the President's Council of Advisors on Science and "
    "Technology. The President's Science Advisor and PCAST Co-Chair Eric Lander noted that the meeting marked the "
    "first year of the administration.\n\nMembers:\n\nEric Lander, the President's Science Advisor and Director of "
    "the White House Office of Science and Technology Policy\n\nFrances Arnold, California Institute of Technology"
)


def test_who_held_an_office_is_found_by_the_office_in_the_text(tmp_path):
    # the records hold the President and the council, not its co-chair: the sentences that give the office a name
    asst = written_corpus(tmp_path, {"pcast.txt": ("President Biden's Meeting with PCAST", "January 20, 2022", PCAST)})
    answer = asst.ask("Who was the President's Science Advisor at Biden's January 2022 meeting with PCAST?")
    assert answer.text.splitlines()[1].startswith("Eric Lander:"), answer.text
    assert any(c.quote.startswith("Eric Lander, the President's Science Advisor") for c in answer.citations), (
        answer.text
    )
    assert "Arnold" not in answer.text, answer.text
