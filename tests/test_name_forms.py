"""A name a list question gives is found as a name: its first word capitalised and a short word by itself ("the
Global Fund", not "the global semiconductor ecosystem under the ... Fund" nor "help ... global"), and a long name
also by its words before the first small word ("the Americas Partnership" for "the Americas Partnership for
Economic Prosperity")."""

from __future__ import annotations

from assistant.qa.name_forms import said_as_names, short_form_said
from tests.fakes import written_corpus


def test_a_name_is_said_as_a_name():
    assert said_as_names(("global", "fund"), "They discussed support for the Global Fund to Fight AIDS.")
    assert said_as_names(("global", "fund"), "He thanked Japan for its pledge to the Global Fund's Replenishment.")
    # its words scattered, the first in lower case; a short word said by another of its meaning
    assert not said_as_names(("global", "fund"), "to grow the global chip ecosystem under the ITSI Fund.")
    assert not said_as_names(("global", "fund"), "This partnership will help create a more resilient global chain.")
    # later words may be in lower case, and a longer word written another way
    assert said_as_names(("good", "friday", "agreement"), "They backed the Belfast/Good Friday agreement.")
    assert said_as_names(("grand", "ethiopian", "renaissanc", "dam"), "They discussed the Grand Ethiopian dam.")


def test_a_long_name_by_its_opening_words():
    name = "Americas Partnership for Economic Prosperity"
    assert short_form_said(
        name, "They will expand ties, including through the Americas Partnership, to promote growth."
    )
    assert not short_form_said(name, "the Americas Partnership Fund")  # another name goes on
    assert not short_form_said(name, "the Americas Partnership for Migration")
    assert not short_form_said("Summit for Democracy", "the Summit was held")  # one word before the small one


READOUTS = {
    "chile.txt": (
        "President Biden's Meeting with President Boric of Chile",
        "November 2, 2023",
        "The leaders discussed expanding economic engagement, including through the Americas Partnership, to "
        "promote growth.",
    ),
    "canada.txt": (
        "President Biden's Meeting with Prime Minister Trudeau of Canada",
        "June 9, 2022",
        "The President thanked the Prime Minister for Canada's support of the Americas Partnership for Economic "
        "Prosperity.",
    ),
    "philippines.txt": (
        "Vice President Harris's Meeting with President Marcos of the Philippines",
        "November 16, 2023",
        "The Vice President announced a partnership to grow the global semiconductor ecosystem under the "
        "International Technology Security and Innovation Fund.",
    ),
    "uk.txt": (
        "President Biden's Meeting with Prime Minister Truss",
        "September 21, 2022",
        "The leaders discussed the importance of continued support for the Global Fund to Fight AIDS, Tuberculosis "
        "and Malaria.",
    ),
}


def test_lists_count_the_short_form_and_not_scattered_words(tmp_path):
    asst = written_corpus(tmp_path, READOUTS)
    partnership = asst.ask("How many readouts refer to the Americas Partnership for Economic Prosperity?")
    assert "2 readouts" in partnership.text, partnership.text
    assert {c.source for c in partnership.citations} == {"chile.txt", "canada.txt"}, partnership.text
    fund = asst.ask("Which readouts mention the Global Fund to Fight AIDS, Tuberculosis and Malaria?")
    assert {c.source for c in fund.citations} == {"uk.txt"}, fund.text


def test_a_name_in_lower_case_side_by_side_and_not_the_tail_of_another():
    # (both mended after round 48's test run showed them; see the README)
    assert said_as_names(("eastern", "mediterranean"), "They discussed stability in the eastern Mediterranean.")
    assert not short_form_said("Democratic Republic of the Congo", "ties with the Lao People's Democratic Republic.")
    assert short_form_said("Americas Partnership for Economic Prosperity", "The Americas Partnership, launched in June")
