"""A question word alone after a part ("When did Harris call Holness, and why?", "..., and where?") asks it of the
part before ("why did Harris call Holness?"), not of nothing; a sentence two parts quote is quoted once. A small
corpus written here, with the hash embedder."""

from __future__ import annotations

from assistant.qa.analyse import analyse
from tests.fakes import written_corpus

READOUTS = {
    "jamaica.txt": (
        "Readout of Vice President Harris's Call with Prime Minister Holness of Jamaica",
        "August 8, 2022",
        "Vice President Kamala Harris today spoke with Prime Minister Andrew Holness of Jamaica to congratulate him "
        "and the people of Jamaica upon the 60th anniversary of its independence. They discussed energy security.",
    ),
}


def test_a_bare_question_word_after_a_part_asks_it_of_that_part():
    assert [p.text for p in analyse("When did Harris call Holness, and why?").parts] == [
        "When did Harris call Holness",
        "why did Harris call Holness?",
    ]
    assert analyse("When did Biden meet Kishida, and where?").parts[1].text == "where did Biden meet Kishida?"
    assert [p.text for p in analyse("Where and when did Biden meet Kishida?").parts] == [
        "Where did Biden meet Kishida?",
        "when did Biden meet Kishida?",
    ]


def test_the_why_is_answered_and_its_sentence_quoted_once(tmp_path):
    asst = written_corpus(tmp_path, READOUTS)
    ans = asst.ask("When did Vice President Harris call Prime Minister Holness, and why?")
    assert not ans.missing, ans.missing
    assert "August 8, 2022" in ans.text and "60th anniversary" in ans.text, ans.text
    assert ans.text.count("to congratulate him") == 1, ans.text
