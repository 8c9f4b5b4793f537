"""Questions typed in lower case are read with the capitals the readouts write their words with."""

from assistant.qa.recase import is_lower_case, learn_casing, recase

TEXTS = [
    "Title Line Of A Readout With Call Meeting Power\n"
    "Secretary Blinken spoke today with Russian Foreign Minister Lavrov. Later, Blinken met the SICA ministers "
    "in San Jose. They discussed power outages and the power grid. The call was short, and the call ended. "
    "Ambassador Susan Rice joined. The meeting was held at the World Food Programme in San Jose with Lavrov.",
    "Blinken and Lavrov talked again about the grid. Both said the World Food Programme and SICA matter.",
]
CASING = learn_casing(TEXTS)


def test_only_a_question_without_capitals_is_changed():
    assert is_lower_case("what did blinken and lavrov discuss?")
    assert is_lower_case("What did blinken and lavrov discuss?")
    assert not is_lower_case("What did Blinken and lavrov discuss?")
    assert recase("What did Blinken and lavrov discuss?", CASING) == "What did Blinken and lavrov discuss?"


def test_words_the_readouts_capitalise_get_their_written_form():
    assert (
        recase("what did blinken and lavrov discuss in january 2022?", CASING)
        == "what did Blinken and Lavrov discuss in January 2022?"
    )
    assert recase("did the sica ministers meet in san jose?", CASING) == "did the SICA ministers meet in San Jose?"
    assert recase("what was on blinken's agenda?", CASING) == "what was on Blinken's agenda?"
    assert recase("how much did the u.s. pledge to south korea in may 2022?", CASING) == (
        "how much did the U.S. pledge to South Korea in May 2022?"
    )


def test_everyday_words_and_title_words_stay_as_typed():
    assert recase("what did they say about power outages in their call?", CASING) == (
        "what did they say about power outages in their call?"
    )  # capitalised in the title line only
    assert recase("may they meet again? who told us?", CASING) == "may they meet again? who told us?"
    assert recase("what did ambassador rice say?", CASING) == "what did Ambassador Rice say?"
    assert recase("did the rice harvest come up?", CASING) == "did the rice harvest come up?"


def test_a_question_without_names_is_not_recased():
    casing = learn_casing(
        [
            "Today the President told the Governor that the Federal team would help.\n"
            "Later the President and the Governor spoke with Blinken about the Compact of Free "
            "Association. The Compact of Free Association talks went on. The farmers' association and the "
            "free press met Blinken; another association joined."
        ]
    )
    question = "After the storm, what did the president tell the governor?"
    assert recase(question, casing) == question
    question = "Did they get into the talks on the free association agreement?"
    assert recase(question, casing) == question
    assert recase("did blinken get into the free association talks?", casing) == (
        "did Blinken get into the Free Association talks?"
    )


ONCE = learn_casing(
    [
        "Earlier today the secretary and his team met with the foreign minister of the country, Ararat Mirzoyan, "
        "in the city of Erbil, where they talked about the region; the talks with Blinken went on for a while.\n"
        "The leaders also discussed the freedom of navigation in the South China Sea, and the code of conduct for "
        "the South China Sea that was agreed in the region (goods went by sea), and Blinken said that China was "
        "welcome to it.\n"
        "- Relaunched the talks on trade, which had not been held for a long time, with the help of Blinken.\n"
        "He praised an article in the Post, and said the posts at the embassy were filled; the prime minister, "
        "Iraqi PM Al-Kadhimi, spoke with Al-Kadhimi and al-Kadhimi's team and with Al-Kadhimi once more.\n"
        "Blinken said the secretary would pledge aid to the people of the country; a Pledge drive was held and "
        "they would pledge again, and then pledge once more, and the rice harvest of the Rice farmers came up."
    ]
)


def test_a_name_the_readouts_capitalise_once_and_never_write_otherwise_is_recased():
    assert recase("what did blinken and ararat mirzoyan sign in erbil?", ONCE) == (
        "what did Blinken and Ararat Mirzoyan sign in Erbil?"
    )
    assert recase("what did ararat mirzoyan say?", ONCE) == "what did Ararat Mirzoyan say?"
    # a word one form of which the readouts write in lower case ("posts") stays as typed, and so does a word
    # capitalised only as the first of an item of a list ("- Relaunched the ...")
    assert recase("what did blinken say in his post? what was relaunched?", ONCE) == (
        "what did Blinken say in his post? what was relaunched?"
    )
    # nor does a word used once after "the": it is more likely a noun ("the erbil talks" aside)
    assert recase("did blinken ask about the erbil road?", ONCE) == "did Blinken ask about the erbil road?"


def test_a_pair_is_recased_after_a_word_the_aliases_already_wrote():
    # "china" is written "China" by the countries' aliases before the pairs are read
    assert recase("did blinken raise the south china sea?", ONCE) == "did Blinken raise the South China Sea?"


def test_a_name_after_a_title_takes_the_readouts_usual_form():
    assert recase("what did blinken and iraqi pm al-kadhimi agree?", ONCE) == (
        "what did Blinken and Iraqi PM Al-Kadhimi agree?"
    )
    # a word mostly written in lower case is no name after a title
    assert recase("what did blinken say the secretary pledge covered?", ONCE) == (
        "what did Blinken say the secretary pledge covered?"
    )
