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
        # a rough quantity of something else is no count of what is asked
        ("It supports tens of thousands of U.S. manufacturing jobs.", "How many aircraft did the deal cover?", True),
        ("The wildfires have burned hundreds of thousands of acres.", "How many homes were destroyed?", True),
        # a rough quantity of it, of a word of one meaning, of people or of no named thing may be it
        ("They welcomed tens of thousands of Afghans.", "How many Afghans had communities taken in?", False),
        ("They welcomed tens of thousands into our communities.", "How many Afghans had communities taken in?", False),
        ("Hundreds of Ukrainian families have arrived.", "How many refugees had Croatia taken in?", False),
        ("Thousands of vessels have left the ports.", "How many ships had left the ports?", False),
        # a count given exactly is left as it is: readouts count in other words than questions
        ("Italy is providing temporary shelter to over 4,000 Afghans.", "How many evacuees did Italy shelter?", False),
        ("Frederick is home to 3,700 businesses.", "How many companies are based in Frederick?", False),
        ("It supports thousands of jobs and covers 50 aircraft.", "How many aircraft did the deal cover?", False),
        ("Hundreds of thousands of acres burned.", "How many people live there?", False),  # too general to ask
        # an exact count of another kind of thing (aircraft, people) is no count of boats; one of boats, of a word
        # of one meaning ("cutters") or of a thing of no known kind may be
        (
            "Up to 16 Coast Guard aircraft searched for survivors, rescuing over 100 people.",
            "How many rescue boats exactly did the Coast Guard deploy?",
            True,
        ),
        ("Up to 16 aircraft and 12 boats searched.", "How many boats exactly did the Coast Guard deploy?", False),
        ("The Coast Guard deployed 20 cutters.", "How many boats did the Coast Guard deploy?", False),
        ("FEMA has 2,000 personnel in the region.", "How many FEMA staff were deployed?", False),
        ("More than 300 Federal personnel are working there.", "How many sandbags were sent?", False),
        # supplies staged for a storm are kinds apart (round 81): personnel are no generators
        ("More than 300 Federal personnel are working there.", "How many generators were sent?", True),
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


@pytest.mark.parametrize(
    "sentence,question,counts",
    [
        ("FEMA has more than 2,000 personnel in the affected region.", "How many FEMA staff were there?", True),
        ("Kuechly led the team in tackles (118) and forced two fumbles.", "How many tackles did Kuechly make?", True),
        ("It is a single-step, 5-cylinder engine.", "How many cylinders does the engine have?", True),
        ("It consumes approx. 4 kg (8.8 lb) of steam per kWh.", "How many pounds of steam does it use?", True),
        ("The 27 EU member states signed it.", "How many countries have signed the statement?", True),
        (
            "The President thanked 200 Federal personnel on the watch floor.",
            "How many nursing homes were evacuated?",
            False,
        ),
    ],
)
def test_what_a_number_counts_by_its_word_or_one_of_the_same_meaning(sentence, question, counts):
    from assistant.qa.counted import counts_it

    assert counts_it(sentence, question) is counts


def test_quotes_that_count_what_is_asked_come_alone_but_none_are_dropped_when_none_do():
    from types import SimpleNamespace as Q

    from assistant.qa.counted import counting_first

    def quote(text):
        return Q(sentence=Q(text=text))

    staff, other = quote("FEMA has 2,000 personnel in the region."), quote("He thanked the 13 rescue teams.")
    assert counting_first([other, staff], "How many FEMA personnel were in the region?") == [staff]
    evacuees = [quote("Italy is providing temporary shelter to over 4,000 Afghans.")]
    assert counting_first(evacuees, "How many evacuees did Italy shelter?") == evacuees  # other words: kept


def test_a_number_joined_to_what_it_counts():
    """ "the two-track approach" counts tracks, "a three-day visit" days: a number joined by a hyphen to its word."""
    from assistant.qa.counted import rough_count_of

    assert rough_count_of("They discussed the two-track approach.", "How many tracks did the approach have?")
    assert rough_count_of("He began a three-day visit to Kenya.", "How many days did the visit last?")
    assert not rough_count_of("They discussed the two-track approach.", "How many senators attended?")
    part = analyse("How many tracks did the legislative approach they discussed have?").parts[0]
    assert answer_type_missing("They discussed the two-track approach, and a budget resolution.", part) == ""
