"""A region a question names instead of a country ("which Southeast Asian crisis did they discuss") is stated by
a country of it; a kind of statement asked of the one meeting named, with no topic, is answered by that
readout's statements of the kind however little their words share with the question. A small corpus written
here, with the hash embedder (closeness in meaning plays no part)."""

from __future__ import annotations

import pytest

from assistant.qa.name_in_text import name_or_surname_in_text
from assistant.text.names import canonical_party
from assistant.text.places import REGIONS
from tests.fakes import written_corpus


def test_every_country_of_a_region_is_a_country_by_its_usual_name():
    assert all(canonical_party(c) == c for countries in REGIONS.values() for c in countries)


@pytest.mark.parametrize(
    "region,text,stated",
    [
        ("Southeast Asian", "They discussed efforts to support the people of Burma.", True),
        ("Southeast Asian", "They discussed the situation in Myanmar.", True),
        ("Southeast Asian", "They discussed Japan's role.", False),
        ("Middle Eastern", "They discussed the war in Yemen.", True),
        ("Baltic", "He met the Estonian prime minister.", True),
        ("Baltic", "He met the Polish prime minister.", False),
    ],
)
def test_a_region_is_stated_by_a_country_of_it(region, text, stated):
    assert name_or_surname_in_text(region, text) is stated


READOUTS = {
    "chung.txt": (
        "Deputy Secretary Sherman's Meeting with Republic of Korea Foreign Minister Chung",
        "July 22, 2021",
        "Deputy Secretary of State Wendy R. Sherman met with Republic of Korea Foreign Minister Chung Eui-yong in "
        "Seoul today. Deputy Secretary Sherman and Foreign Minister Chung emphasized the importance of the "
        "U.S.-ROK Alliance. They discussed efforts to support the people of Burma in promoting a return to "
        "democracy. The Deputy Secretary expressed support for efforts to improve inter-Korean relations.",
    ),
}


def test_a_kind_asked_of_the_one_meeting_named_takes_its_statements_of_that_kind(tmp_path):
    asst = written_corpus(tmp_path, READOUTS)
    ans = asst.ask(
        "Where did Sherman meet Foreign Minister Chung in July 2021, and which Southeast Asian crisis did they discuss?"
    )
    assert "Seoul" in ans.text and "people of Burma" in ans.text, ans.text
    ans = asst.ask("Which Middle Eastern crisis did Sherman and Foreign Minister Chung discuss in July 2021?")
    assert "Burma" not in ans.text and not ans.citations, ans.text  # no country of that region: not answered


@pytest.mark.parametrize(
    "text,regions",
    [
        ("Which Southeast Asian crisis did they discuss?", ["Southeast Asian"]),
        ("Did they talk about the Gulf states?", ["Gulf"]),
        ("Which Gulf States did Blinken call?", ["Gulf"]),  # a region's countries written with a capital
        ("Did the Nordic Countries and the Baltic States join?", ["Nordic", "Baltic States"]),
        ("What did they say about the Gulf Cooperation Council?", []),  # a word of a longer name
        ("Was the Gulf of Mexico raised?", []),
        ("Is there a gulf between their positions?", []),
    ],
)
def test_regions_are_named_with_their_capitals_and_alone(text, regions):
    from assistant.text.places import regions_named

    assert regions_named(text) == regions
