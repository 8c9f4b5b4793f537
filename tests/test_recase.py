"""Questions typed in lower case are read with the capitals of the names the readouts give."""

from assistant.qa.recase import is_lower_case, name_words, recase

PEOPLE = name_words(
    ["Antony J. Blinken", "Sergey Lavrov", "Susan Rice", "Samantha Power", "Xi Jinping", "Fumio Kishida"]
)


def test_only_a_question_without_capitals_is_changed():
    assert is_lower_case("what did blinken and lavrov discuss?")
    assert is_lower_case("What did blinken and lavrov discuss?")
    assert not is_lower_case("What did Blinken and lavrov discuss?")
    assert recase("What did Blinken and lavrov discuss?", PEOPLE) == "What did Blinken and lavrov discuss?"


def test_people_countries_months_and_abbreviations_get_their_capitals():
    assert (
        recase("what did blinken and lavrov discuss in january 2022?", PEOPLE)
        == "what did Blinken and Lavrov discuss in January 2022?"
    )
    assert (
        recase("where did biden's team meet xi in may 2022?", PEOPLE) == "where did biden's team meet Xi in May 2022?"
    )
    assert (
        recase("how much did the u.s. pledge to south korea?", PEOPLE) == "how much did the U.S. pledge to South Korea?"
    )
    assert recase("what did secretary blinken tell japan?", PEOPLE) == "what did Secretary Blinken tell Japan?"


def test_everyday_words_stay_as_typed():
    assert recase("what did they say about power outages?", PEOPLE) == "what did they say about power outages?"
    assert recase("may they meet again? who told us?", PEOPLE) == "may they meet again? who told us?"
    assert recase("what did ambassador rice say?", PEOPLE) == "what did Ambassador Rice say?"
    assert recase("did the rice harvest come up?", PEOPLE) == "did the rice harvest come up?"


def test_name_words_leave_titles_particles_and_months_out():
    words = name_words(["President Joe Biden", "Mohammed bin Salman", "May"])
    assert {"joe", "biden", "mohammed", "salman"} <= words
    assert not {"president", "bin", "may"} & words
