"""A "which" question asks things to be named: "key industries", "several sectors" say there are some and name none
("Which Jamaican industries will the investment build up?"); a list after them, or the things by name, answers."""

from __future__ import annotations

from types import SimpleNamespace as NS

import pytest

from assistant.qa.vague import names_none_asked, none_named

INDUSTRIES = "Which Jamaican industries is the $20 million investment meant to build up?"


@pytest.mark.parametrize(
    "sentence,question,none",
    [
        ("The U.S. is investing $20 million to expand key industries for Jamaica.", INDUSTRIES, True),
        ("They discussed a number of sectors.", "Which sectors did they discuss?", True),
        ("They discussed several critical sectors.", "Which sectors did they discuss?", True),
        # named after the vague word, or by name before the word
        ("The U.S. is investing to expand key industries such as tourism and fisheries.", INDUSTRIES, False),
        ("It will expand the tourism and fishing industries.", INDUSTRIES, False),
        ("They discussed several sectors: energy, health and trade.", "Which sectors did they discuss?", False),
        ("They reaffirmed ties on key issues of climate change.", "Which issues did they reaffirm?", False),
        ("They discussed key issues of mutual interest.", "Which issues did they discuss?", True),
        (
            "They discussed a range of issues facing young people, including voting rights and student debt.",
            "Which issues did they discuss?",
            False,
        ),
        # the word not there at all, or no "which" asked: left to the other checks
        ("They discussed energy.", "Which sectors did they discuss?", False),
        ("They discussed key industries.", "What did they discuss?", False),
    ],
)
def test_things_said_to_be_some_are_not_named(sentence, question, none):
    assert names_none_asked(sentence, question) is none


def _scored(*texts):
    return [NS(candidate=NS(sentence=NS(text=t))) for t in texts]


def test_a_readout_names_none_when_every_mention_is_vague():
    vague = "The U.S. is investing $20 million to expand key industries for Jamaica."
    assert none_named(_scored(vague, "The leaders discussed crime prevention."), INDUSTRIES)
    # one sentence naming them elsewhere in the readout answers
    assert not none_named(_scored(vague, "Tourism and agriculture are the industries in question."), INDUSTRIES)
    # nor when a closer sentence may name them in other words
    assert not none_named(_scored("It will expand tourism and fisheries.", vague), INDUSTRIES)
