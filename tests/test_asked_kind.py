"""A question that asks what someone welcomed, condemned, thanked or urged, in the one readout it names, is answered
by the sentence of that kind though it words the topic otherwise; a question whose verb names something else
("due to launch") is not. The real bundled model: closeness in meaning decides which sentences are near enough."""

from __future__ import annotations

import pytest

from tests.fakes import written_corpus

READOUTS = {
    "biden-zelenskyy.txt": (
        "President Biden's Call with President Zelenskyy of Ukraine",
        "December 11, 2022",
        "President Joseph R. Biden, Jr., spoke today with President Volodymyr Zelenskyy of Ukraine to underscore "
        "ongoing U.S. support. President Biden welcomed President Zelenskyy's stated openness to a just peace based "
        "on fundamental principles enshrined in the United Nations Charter. He reaffirmed the U.S. commitment to "
        "continue providing Ukraine with security assistance and imposing costs on Russia for its war of aggression.",
    ),
    "harris-macron.txt": (
        "Vice President Harris's Meeting with President Macron on Space Cooperation",
        "November 30, 2022",
        "Vice President Kamala Harris met today with President Emmanuel Macron of France at NASA. France announced "
        "yesterday the same commitment that the Vice President announced in April 2022 not to conduct destructive "
        "anti-satellite missile testing. They toured the agency's satellite work.",
    ),
}


@pytest.fixture(scope="module")
def real(tmp_path_factory):
    return written_corpus(tmp_path_factory.mktemp("kind"), READOUTS, real=True)


def test_what_was_welcomed_is_the_welcoming_sentence(real):
    ans = real.ask(
        "On his December 11, 2022 call with Zelenskyy, what did Biden welcome about Ukraine's position on ending the "
        "war?"
    )
    assert not ans.abstained, ans.text
    assert "just peace" in ans.citations[0].quote, ans.text


def test_a_launch_asked_about_is_no_announcement_asked_for(real):
    ans = real.ask(
        "When was the U.S.-France SWOT satellite due to launch, according to Harris's November 30, 2022 meeting "
        "with Macron?"
    )
    assert not any("announced yesterday" in c.quote for c in ans.citations), ans.text
