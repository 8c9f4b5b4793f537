"""Rules of round 56 (from the hundred-and-ninth and later sets' dev splits and the older dev splits)."""

import pytest

from tests.fakes import written_corpus

READOUTS = {
    "griner.txt": (
        "Readout of President Biden's Call with Cherelle Griner",
        "July 6, 2022",
        "President Biden, joined by Vice President Harris, spoke today with Cherelle Griner, the wife of Brittney "
        "Griner. The President called to reassure Cherelle that he is working to secure Brittney's release.",
    ),
    "niger.txt": (
        "Deputy Secretary Sherman's Meeting with Nigerien Foreign Minister Hassoumi",
        "July 28, 2022",
        "Deputy Secretary of State Wendy Sherman met with Nigerien Foreign Minister Massoudou Hassoumi today. They "
        "discussed regional security in the Sahel.",
    ),
    "nato.txt": (
        "Secretary Blinken's Participation in the Virtual NATO Foreign Ministerial",
        "June 1, 2021",
        "Secretary of State Antony J. Blinken participated today in the virtual NATO Foreign Ministerial hosted by "
        "NATO Secretary General Jens Stoltenberg. The Secretary underscored the importance of Allied unity.",
    ),
    "tripoli.txt": (
        "Special Envoy Norland's Visit to Tripoli",
        "July 26, 2021",
        "U.S. Special Envoy Richard Norland visited Tripoli, Libya on July 26, where he met with interim Prime "
        "Minister Abdulhamid Dabaiba. He urged that elections be held on time.",
    ),
}


@pytest.fixture
def asst(tmp_path):
    return written_corpus(tmp_path, READOUTS)


def test_a_when_answer_cites_the_title_with_the_date_line_under_it(asst):
    answer = asst.ask("When did President Biden speak by phone with Cherelle Griner?")
    text = asst.readout("griner.txt").text
    header = text[: text.index("2022") + 4]  # the title line and the date line, one span
    assert not answer.abstained and "July 6, 2022" in answer.text
    cited = [c for c in answer.citations if c.start == 0]
    assert [c.quote for c in cited] == [header] and cited[0].end == len(header)
    # shown on the answer's one line, the line break as " · "
    assert "\u201cReadout of President Biden's Call with Cherelle Griner \u00b7 Date: July 6, 2022\u201d" in answer.text
    assert "the readout's title and date line:" in answer.text


def _title_cited(answer, source):
    return [c.marker for c in answer.citations if c.source == source and c.start == 0]


@pytest.mark.parametrize(
    "question, source",
    [
        ("Which official from Niger did Deputy Secretary Sherman sit down with in July 2022?", "niger.txt"),
        ("Did Secretary Blinken attend the NATO foreign ministers' session in person, or how?", "nato.txt"),
        ("Where did Special Envoy Richard Norland travel in July 2021?", "tripoli.txt"),
    ],
)
def test_a_who_where_or_how_answer_cites_the_title_too_when_it_states_the_answer(asst, question, source):
    answer = asst.ask(question)
    assert not answer.abstained and len(_title_cited(answer, source)) == 1, answer.text
    assert "the readout's title:" in answer.text


def test_a_title_that_does_not_name_the_person_asked_is_not_cited(asst):
    answer = asst.ask("Who hosted the NATO foreign ministerial that Secretary Blinken joined in June 2021?")
    assert "Stoltenberg" in answer.text and not _title_cited(answer, "nato.txt"), answer.text
