"""A two-part question whose later part names a meeting of its own ("..., and how did he describe Russia's attack in
his call with Turkey's Cavusoglu?") answers its first part from the first part's own meeting (the call with the
Baltic ministers the same day), not from the later part's."""

from __future__ import annotations

from tests.fakes import written_corpus

READOUTS = {
    "baltic.txt": (
        "Secretary Blinken's Call with Latvian Foreign Minister Rinkevics, Lithuanian Foreign Minister Landsbergis, "
        "and Estonian Foreign Minister Liimets",
        "February 24, 2022",
        "Secretary of State Antony J. Blinken spoke today with Latvian Foreign Minister Edgars Rinkevics, Lithuanian "
        "Foreign Minister Gabrielius Landsbergis, and Estonian Foreign Minister Eva-Maria Liimets. Secretary Blinken "
        "emphasized the importance of Allied unity for the strong, swift response to Russia's aggression. Secretary "
        "Blinken thanked the Baltic states for hosting U.S. and NATO forces.",
    ),
    "turkey.txt": (
        "Secretary Blinken's Call with Turkish Foreign Minister Cavusoglu",
        "February 24, 2022",
        "Secretary of State Antony J. Blinken spoke today with Turkish Foreign Minister Mevlut Cavusoglu. Secretary "
        "Blinken strongly condemned Russia's premeditated and unjustified attack on Ukraine. The Secretary "
        "emphasized that the response to Russia's destructive actions must be swift.",
    ),
}


def test_the_first_part_is_answered_from_its_own_meeting_and_the_later_from_the_one_it_names(tmp_path):
    asst = written_corpus(tmp_path, READOUTS)
    answer = asst.ask(
        "On February 24, 2022, what did Blinken stress to the three Baltic foreign ministers about the response to "
        "Russia, and how did he describe Russia's attack in his call with Turkey's Cavusoglu?"
    )
    assert not answer.abstained, answer.text
    assert {c.source for c in answer.citations} == {"baltic.txt", "turkey.txt"}, answer.text
    assert any(c.source == "turkey.txt" and "premeditated" in c.quote for c in answer.citations), answer.text
