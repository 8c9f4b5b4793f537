"""A name typed one letter off is read as the name the readouts write."""

from assistant.qa.recase import learn_casing
from assistant.qa.respell import misspelt, respell

TEXTS = [
    "The secretary, Blinken, spoke today with the foreign minister, Lavrov, and later with the chancellor, "
    "Scholz, in the city of Berlin where they talked for an hour about the war and the grid. The secretary said "
    "that Blinken and Lavrov discussed the war at length. Later the first lady, Zelenska, met her husband, "
    "Zelenskyy, and then the president, Zelenskyy, met the secretary, Blinken, in the town of Sana'a today.",
]
CASING = learn_casing(TEXTS)
WORDS = {w.lower().strip(".,'") for t in TEXTS for w in t.split()} | {"sana'a", "meet"}


def known_exactly(word: str) -> bool:
    return word.lower() in WORDS


def test_a_name_one_letter_off_is_respelt():
    assert respell("What did Blinkin and Lavrov discuss?", known_exactly, CASING) == (
        "What did Blinken and Lavrov discuss?"
    )  # a letter changed
    assert respell("What did Bliken say?", known_exactly, CASING) == "What did Blinken say?"  # left out
    assert respell("Did Scholtz meet Lavorv?", known_exactly, CASING) == "Did Scholz meet Lavrov?"  # added, swapped
    assert respell("What was Blinkne's message?", known_exactly, CASING) == "What was Blinken's message?"


def test_what_the_readouts_use_or_what_is_far_or_ambiguous_stays():
    for question in [
        "What did Blinken and Lavrov discuss?",  # both used
        "What did Smithers say?",  # nothing near
        "What did Zelensky say?",  # Zelenska and Zelenskyy are both one edit away
        "What did Klinken say?",  # the first letter is never changed
        "What happened in Sana'a?",  # not a plain word
        "What did Xi say?",  # too short to trust
    ]:
        assert respell(question, known_exactly, CASING) == question


def test_each_part_of_a_hyphened_name_is_read_on_its_own():
    assert respell("Did Lavrov meet Blinken-Scholtz?", known_exactly, CASING) == "Did Lavrov meet Blinken-Scholz?"


def test_only_capitalised_plain_unknown_words_are_candidates():
    assert misspelt("What did Blinkin tell the Berlin ministers?", known_exactly) == ["Blinkin"]
    assert misspelt("what did blinkin say?", known_exactly) == []  # lower case: recasing's business
    assert misspelt("When Did They Meet?", known_exactly) == []  # function and question words
