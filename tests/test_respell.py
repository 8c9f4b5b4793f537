"""A name typed with two letters swapped is read as the name the readouts write; nothing else is respelt."""

from assistant.qa.recase import learn_casing
from assistant.qa.respell import misspelt, respell

TEXTS = [
    "The secretary, Blinken, spoke today with the foreign minister, Lavrov, and later with the chancellor, "
    "Scholz, in the city of Berlin where they talked for an hour about the war and the grid. The secretary said "
    "that Blinken and Lavrov discussed the war at length. Later the first lady, Zelenska, met her husband, "
    "Zelenskyy, and then the president, Zelenskyy, met the secretary, Blinken, in the town of Sana'a today. "
    "They spoke of Peace and the Petkov government, the Bidne plan aside, and then of how Scholz had hosted "
    "them in Berlin, as Scholz does when the talks are held in Berlin.",
    "The governors spoke of the Hurricane Ida response and of the Hurricane Ida recovery; the hurricane hit hard.",
]
CASING = learn_casing(TEXTS)
WORDS = {w.lower().strip(".,'") for t in TEXTS for w in t.split()} | {"sana'a", "meet", "peace", "petkov"}


def known_exactly(word: str) -> bool:
    return word.lower() in WORDS


def test_a_name_with_two_letters_swapped_is_respelt():
    assert respell("What did Blinekn and Lvarov discuss?", known_exactly, CASING) == (
        "What did Blinken and Lavrov discuss?"
    )
    assert respell("Did Schloz meet Lavrov in Brelin?", known_exactly, CASING) == "Did Scholz meet Lavrov in Berlin?"
    assert respell("What was Blinkne's message?", known_exactly, CASING) == "What was Blinken's message?"


def test_each_part_of_a_hyphened_name_is_read_on_its_own():
    assert respell("Did Lavrov meet Blinken-Schloz?", known_exactly, CASING) == "Did Lavrov meet Blinken-Scholz?"


def test_other_typos_and_names_the_readouts_never_use_stay():
    for question in [
        "What did Blinken and Lavrov discuss?",  # both used
        "What did Blinkin say?",  # a letter changed: it might be another real name, so it stays
        "What did Pence say?",  # "Peace" is one letter away, but no swap
        "What did Peskov say?",  # nor "Petkov"
        "What did Smithers say?",  # nothing near
        "What did Lbinken say?",  # the first letter is never moved
        "What happened in Sana'a?",  # not a plain word
        "What did the RCEP partners say?",  # capitals
        "What did Xi say?",  # too short to trust
    ]:
        assert respell(question, known_exactly, CASING) == question


def test_only_capitalised_plain_unknown_words_are_candidates():
    assert misspelt("What did Blinkin tell the Berlin ministers?", known_exactly) == ["Blinkin"]
    assert misspelt("what did blinkin say?", known_exactly) == []  # lower case: recasing's business
    assert misspelt("When Did They Meet?", known_exactly) == []  # function and question words
    assert misspelt("Did the NAFTA talks and Sana'a come up?", known_exactly) == []


def test_a_country_may_be_what_was_meant_but_no_common_word_is():
    assert respell("What did Blinken thank the Swsis president for?", known_exactly, CASING) == (
        "What did Blinken thank the Swiss president for?"
    )
    # "grid" is a word the readouts use, but a name they never use is never made into it ("Herat" is no "Heart")
    assert respell("What about the Gird Plan?", known_exactly, CASING) == "What about the Gird Plan?"


def test_a_name_the_readouts_write_once_is_respelt():
    # "Zelenska" is capitalised the one time the readouts write it: a name, as a name used twice is
    assert respell("What did Zelensak say?", known_exactly, CASING) == "What did Zelenska say?"


def test_a_word_the_readouts_capitalise_as_often_as_not_is_respelt():
    # "Hurricane" is capitalised twice and written in lower case once: part of a name often enough
    assert respell("What about Hurircane Ida?", known_exactly, CASING) == "What about Hurricane Ida?"
    # "grid" the readouts never capitalise: a name typed near it stays
    assert respell("What about the Gird Plan?", known_exactly, CASING) == "What about the Gird Plan?"
