"""An acronym no readout writes ("ACLU") read as the name the readouts spell out ("American Civil Liberties
Union"), and a list line that opens with a name before its post counted as naming a person."""

from __future__ import annotations

from assistant.qa.acronyms import Initials, spell_out
from tests.fakes import written_corpus
from tests.test_roster import READOUTS

TEXTS = [
    "- Alejandra Sorto, Campaign Strategist for the American Civil Liberties Union of New Jersey",
    "The leaders of the National Association for the Advancement of Colored People met the President.",
    "The American Civil Liberties Union and the Surface Water and Ocean Topography mission were discussed.",
    "They spoke of the Alpha Beta Council and of the Alpha Bravo Committee.",
    "They met European Council President Charles Michel and the CARICOM Implementation Agency for Crime.",
    "The President met Democratic House and Senate leaders.",
]
KNOWN = {"nato", "who"}


def known(word: str) -> bool:
    return word in KNOWN


def test_an_unknown_acronym_is_spelt_out_by_the_initials_of_a_run_of_capitalised_words():
    initials = Initials(TEXTS)
    assert spell_out("Who spoke for the ACLU of New Jersey?", known, initials) == (
        "Who spoke for the American Civil Liberties Union of New Jersey?"
    )
    assert spell_out("What did the NAACP's leaders ask?", known, initials) == (
        "What did the National Association for the Advancement of Colored People's leaders ask?"
    )


def test_known_bracketed_function_word_and_ambiguous_acronyms_are_left_as_typed():
    initials = Initials(TEXTS)
    for question in (
        "What did NATO allies say?",  # the readouts write it
        "When does Surface Water and Ocean Topography (SWOT) launch?",  # the question's own short form
        "WHO met the President?",  # a question word in capitals
        "What did the ABC say?",  # two runs spell it, once each
        "What did the XYZ say?",  # no run spells it
        "What did Blinken say about the CPC?",  # only a stretch from the middle of a name spells it
        "Did the CIA director join?",  # only a run that opens with an acronym spells it
        "Which meetings did the DHS Secretary attend?",  # only a run opening with a party's word spells it
    ):
        assert spell_out(question, known, initials) == question


def test_who_spoke_for_a_body_named_by_its_acronym_comes_from_the_list_line_naming_it_in_full(tmp_path):
    asst = written_corpus(tmp_path, READOUTS)
    answer = asst.ask(
        "Who spoke for the ACLU of New Jersey at Harris's July 2022 roundtable with New Jersey state legislators?"
    )
    assert not answer.abstained
    assert "Alejandra Sorto" in answer.text
    assert "Platkin" not in answer.text and "Teresa Ruiz" not in answer.text
