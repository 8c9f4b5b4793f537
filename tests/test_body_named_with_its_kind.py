"""An organisation may be written as a name and, in lower case, the kind of body it is ("the Gavi vaccine
alliance secretariat"): a sentence so naming one carries the answer to "which vaccine organisation's
secretariat"; a name beside a lower-case word that is no kind of body does not."""

from __future__ import annotations

from assistant.qa.answer_types import has_answer_type


def test_a_name_and_the_kind_of_body():
    said = (
        "He also welcomed Switzerland's contribution to the pandemic response including by hosting the Gavi "
        "vaccine alliance secretariat."
    )
    assert has_answer_type(said, "organisation")
    assert has_answer_type("They praised the Quad partnership secretariat.", "organisation")


def test_no_kind_of_body_no_organisation():
    assert not has_answer_type("President Biden thanked Switzerland for hosting the summit in Geneva.", "organisation")
    assert not has_answer_type("The Secretary thanked Kuleba for the agency his team showed.", "organisation")


def test_a_body_the_question_names_is_no_answer():
    asked = "Which organisation received U.S. vaccine doses for distribution by COVAX?"
    said = "They discussed vaccine sharing, including through the COVAX facility."
    assert not has_answer_type(said, "organisation", asked)
    assert has_answer_type("The doses went to the Gavi vaccine alliance.", "organisation", asked)
