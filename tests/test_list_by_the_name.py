""" "Which readouts refer to Burma by the name Myanmar?" asks for that name as written, not for the country under
any of its names."""

from __future__ import annotations

from assistant.qa.lists import alternatives
from tests.fakes import written_corpus


def test_the_name_is_literal():
    (alt,) = alternatives("Which readouts refer to Burma by the name Myanmar?", ("burma", "myanmar"))
    assert alt.literal == ("Myanmar",)
    (alt,) = alternatives("Which readouts refer to Turkey as Türkiye?", ("turkey", "türkiye"))
    assert alt.literal == ("Türkiye",)
    (alt,) = alternatives("Which readouts mention Burma?", ("burma",))
    assert alt.literal == ()


def test_only_that_name_is_listed(tmp_path):
    asst = written_corpus(
        tmp_path,
        {
            "moon.txt": (
                "President Biden's Call with President Moon",
                "February 3, 2021",
                "President Biden spoke with President Moon. They also agreed on the need for the immediate restoration "
                "of democracy in Burma.",
            ),
            "envoy.txt": (
                "Deputy Secretary Sherman's Meeting with UN Special Envoy on Myanmar Burgener",
                "June 22, 2021",
                "Deputy Secretary Sherman met today with the UN Special Envoy on Myanmar Christine Schraner Burgener. "
                "They discussed the crisis in Burma.",
            ),
        },
    )
    ans = asst.ask("Which readouts refer to Burma by the name Myanmar?")
    assert {c.source for c in ans.citations} == {"envoy.txt"}, ans.text
    both = asst.ask("Which readouts mention Burma?")
    assert {c.source for c in both.citations} == {"moon.txt", "envoy.txt"}, both.text
