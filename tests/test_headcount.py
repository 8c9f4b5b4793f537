"""How many took part in one meeting: the people its records name on the other side, counted, when its meeting
sentence names them all and counts none itself; a sentence that counts them answers instead."""

from __future__ import annotations

from tests.fakes import written_corpus

READOUTS = {
    "four.txt": (
        "President Biden's Call with President Macron of France, Chancellor Scholz of Germany, Prime Minister Draghi "
        "of Italy, and Prime Minister Johnson of the United Kingdom",
        "March 21, 2022",
        "President Joseph R. Biden, Jr. spoke today with President Emmanuel Macron of France, Chancellor Olaf Scholz "
        "of Germany, Prime Minister Mario Draghi of Italy, and Prime Minister Boris Johnson of the United Kingdom. "
        "They underscored their support for the millions of Ukrainians who have fled the violence.",
    ),
    "counted.txt": (
        "President Biden's Meeting with Utility Executives",
        "February 9, 2022",
        "This afternoon, the President hosted 10 electric utility executives at the White House.",
    ),
}


def test_how_many_took_part_counts_those_named(tmp_path):
    asst = written_corpus(tmp_path, READOUTS)
    ans = asst.ask("How many European leaders took part in President Biden's March 21, 2022 call on Ukraine?")
    assert not ans.abstained, ans.text
    assert "4 named (Macron, Scholz, Draghi, Johnson)" in ans.text, ans.text
    assert ans.citations[0].quote.startswith("President Joseph R. Biden, Jr. spoke today with"), ans.text
    # a sentence that counts them itself is the answer
    told = asst.ask("How many executives did the President host at the White House in February 2022?")
    assert "10 electric utility executives" in told.text and "named (" not in told.text, told.text


SEPARATE = {
    "kim.txt": (
        "Special Representative Kim's Calls with Special Representative Noh and Director General Funakoshi",
        "March 25, 2022",
        "The below is attributable to Spokesperson Ned Price:\n\nOn March 24, Special Representative for the DPRK Sung "
        "Kim held separate calls with Japanese Director General for Asian and Oceanian Affairs Funakoshi Takehiro and "
        "ROK Special Representative for Korean Peninsula Peace and Security Affairs Noh Kyu-duk and they jointly "
        "condemned the DPRK's March 24 ballistic missile launch. Special Representative Kim and his counterparts "
        "condemned the launch as a clear violation of UN Security Council resolutions.",
    ),
}


def test_calls_held_with_each_are_counted_whatever_the_verb(tmp_path):
    # "held separate calls with", asked with "phone" after a long name; a date in the sentence ("the March 24
    # ballistic missile launch") is no count of people
    asst = written_corpus(tmp_path, SEPARATE)
    for question in (
        "How many counterparts did the U.S. Special Representative for North Korea, Sung Kim, phone after the "
        "March 24, 2022 missile launch?",
        "How many foreign counterparts did Special Representative Sung Kim hold calls with on March 24, 2022?",
    ):
        ans = asst.ask(question)
        assert not ans.abstained, ans.text
        assert "2 named (" in ans.text, ans.text
        assert "Funakoshi Takehiro" in ans.citations[0].quote and "Noh Kyu-duk" in ans.citations[0].quote, ans.text
