"""How something was said ("what did they jointly reaffirm", "in the call reported on February 1") is no topic a
sentence must state: "The Deputy Secretary and vice foreign ministers reaffirmed the importance of trilateral
cooperation" answers "What did Sherman and the vice foreign ministers jointly reaffirm?"."""

from __future__ import annotations

from assistant.qa.analyse import analyse
from tests.fakes import written_corpus


def test_jointly_and_reported_are_no_topic_words():
    part = analyse(
        "What did Sherman and the Korean and Japanese vice foreign ministers jointly reaffirm on the call reported "
        "on February 1, 2022?"
    ).parts[0]
    assert not {"joint", "jointli", "report", "reported"} & set(part.topic), part.topic


def test_what_they_jointly_reaffirmed_is_what_they_reaffirmed(tmp_path):
    asst = written_corpus(
        tmp_path,
        {
            "trilateral.txt": (
                "Deputy Secretary Sherman's Call with Republic of Korea First Vice Foreign Minister Choi and Japanese "
                "Vice Foreign Minister Mori",
                "February 1, 2022",
                "Deputy Secretary of State Wendy Sherman spoke today with Republic of Korea First Vice Foreign "
                "Minister Choi Jong Kun and Japanese Vice Minister for Foreign Affairs Mori Takeo. The Deputy "
                "Secretary and vice foreign ministers reaffirmed the importance of trilateral cooperation in tackling "
                "pressing challenges in the region.",
            )
        },
    )
    answer = asst.ask(
        "What did Sherman and the South Korean and Japanese vice foreign ministers jointly reaffirm on their "
        "February 1, 2022 call?"
    )
    assert not answer.abstained, answer.text
    assert "trilateral cooperation" in answer.text
