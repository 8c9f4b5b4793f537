"""Food and farming are one topic to a readout: "Russia's military blockage of agricultural exports from Ukraine's
ports" speaks of food, as "grain" does, so a comparison "on food" quotes it."""

from __future__ import annotations

from assistant.qa.coverage import topic_coverage
from assistant.text.tokenize import stem


def test_agricultural_states_food():
    one = lambda t: 1.0
    said = "He provided updates on efforts to resolve Russia's military blockage of agricultural exports."
    assert topic_coverage(said, (stem("food"),), one) == 1.0
    assert topic_coverage("They discussed food security.", (stem("agriculture"),), one) == 1.0
    assert topic_coverage("They discussed maritime security.", (stem("food"),), one) == 0.0
