"""A question about a readout's own title ("How does the headline of the readout ... describe that meeting?") is
answered by its first line; a post asked with words before it ("What European Commission position did Frans
Timmermans hold", "James Cleverly's ministerial title") by the line that gives it, the readout's title when only the
title does; the organisation someone led ("Which organization did Sung Yeon Choimorrow lead") by their line of the
list."""

from __future__ import annotations

from tests.fakes import written_corpus

READOUTS = {
    "tsikhanouskaya.txt": (
        "Deputy Secretary Sherman's Meeting with Leader of the Democratic Opposition of Belarus Tsikhanouskaya",
        "April 28, 2022",
        "Deputy Secretary of State Wendy Sherman met today with Svyatlana Tsikhanouskaya. They called for an end to "
        "the crackdown on democratic voices and for the release of all political prisoners.",
    ),
    "cleverly.txt": (
        "Deputy Secretary Sherman's Meeting with UK Minister for Europe and North America Cleverly",
        "April 11, 2022",
        "Deputy Secretary Sherman and Minister Cleverly discussed support for Ukraine. They also discussed "
        "cooperation on peace and reconciliation efforts in the South Caucasus.",
    ),
}


def test_the_title_asked_about_is_the_first_line(tmp_path):
    asst = written_corpus(tmp_path, READOUTS)
    answer = asst.ask(
        "How does the readout of Deputy Secretary Sherman's April 2022 meeting with Svyatlana Tsikhanouskaya "
        "describe her role in its title?"
    )
    assert not answer.abstained, answer.text
    assert [(c.source, c.start) for c in answer.citations] == [("tsikhanouskaya.txt", 0)]
    assert "Leader of the Democratic Opposition of Belarus" in answer.citations[0].quote


def test_a_post_only_the_title_gives_is_quoted_from_it(tmp_path):
    asst = written_corpus(tmp_path, READOUTS)
    answer = asst.ask("What was James Cleverly's ministerial title when Deputy Secretary Sherman met him in April?")
    assert not answer.abstained, answer.text
    assert any(c.start == 0 and "Minister for Europe and North America" in c.quote for c in answer.citations)


def test_the_organisation_someone_led_comes_from_their_line_of_the_list(tmp_path):
    asst = written_corpus(
        tmp_path,
        {
            "aanhpi.txt": (
                "The President and Vice President's Meeting with Asian American, Native Hawaiian, and Pacific "
                "Islander Leaders",
                "August 5, 2021",
                "Today, the President and Vice President met with Asian American, Native Hawaiian, and Pacific "
                "Islander leaders to discuss their priorities.\n\nParticipants:\n\n"
                "- Kuhio Lewis, President & CEO, Council for Native Hawaiian Advancement (CNHA)\n"
                "- Sung Yeon Choimorrow, Executive Director, National Asian Pacific American Women's Forum (NAPAWF)\n",
            )
        },
    )
    answer = asst.ask(
        "Which organization did Sung Yeon Choimorrow lead when she joined the August 5, 2021 meeting the President "
        "held with Asian American, Native Hawaiian and Pacific Islander leaders?"
    )
    assert not answer.abstained, answer.text
    assert "Women's Forum" in answer.text and "Kuhio Lewis" not in answer.text, answer.text
