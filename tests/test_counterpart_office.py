"""The other side's office a question names picks its meeting among the same day's ("On June 10, 2022 the Deputy
Secretary of State met a foreign deputy prime minister": the Lao Deputy Prime Minister, not the Lao Deputy
Foreign Minister she met that day), and a title a readout cuts short ("Deputy Secretary Wendy Sherman") still
holds the office asked for (the Deputy Secretary of State)."""

from __future__ import annotations

from assistant.qa.titled import holds_office
from tests.fakes import written_corpus

Q = (
    "On June 10, 2022 the Deputy Secretary of State met a foreign deputy prime minister during an overseas trip. What "
    "kind of cooperation did she call a top priority for her government?"
)


def test_an_office_word_for_word():
    assert holds_office("Deputy Prime Minister", "deputy prime minister")
    assert not holds_office("Deputy Prime Minister", "prime minister")  # a deputy is no prime minister
    assert holds_office("Prime Minister", "prime minister")
    assert not holds_office("Deputy Minister of Foreign Affairs", "deputy prime minister")


def test_the_deputy_prime_minister_is_met(tmp_path):
    asst = written_corpus(
        tmp_path,
        {
            "kikeo.txt": (
                "Deputy Secretary Sherman's Meeting with Lao Deputy Prime Minister Dr. Kikeo",
                "June 10, 2022",
                "Deputy Secretary Wendy Sherman met today with Dr. Kikeo Khaykhamphithoune, Deputy Prime Minister of "
                "the Lao People's Democratic Republic, in Vientiane. Deputy Secretary Sherman also conveyed "
                "educational cooperation is a top priority for the United States.",
            ),
            "thongphane.txt": (
                "Deputy Secretary Sherman's Meeting with Lao Deputy Foreign Minister Thongphane",
                "June 10, 2022",
                "Deputy Secretary of State Wendy Sherman met today with Thongphane Savanphet, Deputy Minister of "
                "Foreign Affairs of the Lao People's Democratic Republic, in Vientiane. The Deputy Secretary noted "
                "how the United States prioritizes its relationship with Southeast Asian partners.",
            ),
        },
    )
    ans = asst.ask(Q)
    assert not ans.abstained, ans.text
    assert {c.source for c in ans.citations} == {"kikeo.txt"}, ans.text
    assert "educational cooperation" in ans.text
