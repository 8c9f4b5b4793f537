"""'Which region of the country' asks a region (of the United States here), not a country."""

from assistant.qa.analyse import analyse
from assistant.qa.answer_types import has_answer_type


def test_which_region_of_the_country_asks_a_region():
    question = (
        "Governors from which region of the country joined Biden's August 21, 2021 call ahead of Hurricane Henri?"
    )
    assert analyse(question).parts[0].answer_type == "region"
    assert analyse("Which part of the country did the storm hit?").parts[0].answer_type != "country"
    assert analyse("Which country did Blinken visit in May 2022?").parts[0].answer_type == "country"
    assert analyse("Which Gulf countries did he call?").parts[0].answer_type == "country"


def test_a_region_of_the_united_states_is_a_region_given():
    said = (
        "This afternoon, President Biden convened a call with Northeastern Governors and FEMA Administrator Criswell."
    )
    assert has_answer_type(said, "region")
    assert has_answer_type("He spoke with the Gulf Coast governors.", "region")
    assert not has_answer_type("The President thanked the governors for their work.", "region")


def test_a_region_is_named_by_a_place_of_it_that_is_no_country():
    from assistant.qa.closest import names_region

    said = "They discussed political stability and security in the Sahel and the Nagorno-Karabakh conflict."
    assert names_region(said, "Caucasus")
    assert names_region("They discussed Armenia and Azerbaijan.", "Caucasus")  # its countries, as before
    assert not names_region("They discussed European energy security.", "Caucasus")
