"""A number answers "how many X" only when it counts X (or a word of one meaning, or names no thing at all);
"exactly how many" is not answered by "hundreds of thousands"; a numbered line's number is no quantity."""

from __future__ import annotations

import pytest

from assistant.qa.analyse import analyse
from assistant.qa.answer_types import numbers_in
from assistant.qa.counted import counts_something_else
from assistant.qa.fitting import answer_type_missing


@pytest.mark.parametrize(
    "sentence,question,other",
    [
        ("Frederick is home to 3,700 businesses.", "How many Frederick-based exporters did he visit?", True),
        ("He met representatives of more than 180 organizations.", "How many Afghans had communities taken in?", True),
        ("The U.S. has 3,000 forces deployed there.", "How many troops did the U.S. have there?", False),
        ("It put at least a thousand Tunisians there at risk.", "How many Tunisians in Ukraine were at risk?", False),
        ("She has held more than 20 convenings since May.", "How many gatherings had she held since May?", False),
        ("FEMA is staging over 700 response personnel.", "How many FEMA responders were staged?", False),
        ("They welcomed tens of thousands into our communities.", "How many Afghans had communities taken in?", False),
        ("Frederick is home to 3,700 businesses.", "How many people live in Frederick?", False),  # too general
        ("Croatia hosts some 40 Ukrainian families.", "How many refugees had Croatia taken in?", False),  # people
        ("They discussed the March 10 drone crash.", "How many refugees had Croatia taken in?", False),  # a day
        ("The 27 EU member states signed it.", "How many countries signed the statement?", False),
        ("More than 100 vessels have left the ports.", "How many ships had left the ports?", False),
        ("Kuechly led the team in tackles (118) and forced two fumbles.", "How many tackles did Kuechly make?", False),
        ("It is a single-step, 5-cylinder engine.", "How many cylinders does the engine have?", False),
        ("It consumes approx. 4 kg (8.8 lb) of steam per kWh.", "How many pounds of steam does it use?", False),
        ("It holds approximately 16,000 objects from China.", "How many items are in the collection?", False),
    ],
)
def test_a_number_answers_how_many_only_of_what_it_counts(sentence, question, other):
    assert counts_something_else(sentence, question) is other


def test_exactly_how_many_is_not_answered_roughly():
    part = analyse("Exactly how many acres had the wildfires burned by the time of the call?").parts[0]
    assert answer_type_missing("The wildfires have burned hundreds of thousands of acres.", part)
    assert not answer_type_missing("The wildfires have burned 300,000 acres.", part)


def test_a_numbered_line_gives_no_quantity():
    assert numbers_in("6. Rebecca Holder, Executive Director") == []
    assert numbers_in("They welcomed tens of thousands into our communities.") == ["thousands"]
