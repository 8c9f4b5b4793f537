"""Rules of round 51 (from the older sets' dev splits and the seventy-fifth set's)."""

from assistant.qa.analyse import analyse
from assistant.qa.bystanders import with_bystanders
from assistant.qa.select import Selection

_THANKED = (
    "Secretary Blinken thanked Foreign Minister Motegi for hosting Deputy Secretary Sherman for a successful "
    "trilateral meeting in Tokyo."
)


def _select_with(found: dict):
    """A stand-in for ``select``: the readouts of the people kept, or a missing meeting."""

    def select_with(query):
        rids = found.get(tuple(query.people))
        return Selection(rids=rids) if rids else Selection(rids=(), missing="No indexed readout records it.")

    return select_with


def test_a_person_only_spoken_of_is_set_aside_when_the_others_meeting_names_them():
    question = (
        "During a call with Japan's foreign minister in July 2021, whom did Blinken thank for hosting Deputy "
        "Secretary Sherman's trilateral meeting in Tokyo?"
    )
    query = analyse(question)
    assert set(query.people) == {"Blinken", "Sherman"} and "Japan" in query.parties
    sel = Selection(rids=(), people=("Blinken", "Sherman"), missing="No indexed readout records a call ...")
    got = with_bystanders(query, sel, _select_with({("Blinken",): (7,)}), lambda r: _THANKED)
    assert got is not None
    fewer, chosen = got
    assert fewer.people == ("Blinken",) and "Sherman" in fewer.topic_people
    assert chosen.rids == (7,) and chosen.missing is None
    # the others' meeting whose readout does not name the one set aside is not the meeting asked about
    assert with_bystanders(query, sel, _select_with({("Blinken",): (7,)}), lambda r: "They met.") is None
    # nor is anything set aside when a meeting of everyone named was found
    assert with_bystanders(query, Selection(rids=(3,), people=sel.people), _select_with({}), lambda r: "") is None


def test_two_people_joined_by_and_or_met_stay_the_meeting_asked_about():
    question = "What did President Biden and Ghana's President Akufo-Addo discuss when they met in November 2022?"
    query = analyse(question)
    sel = Selection(rids=(), people=("Biden", "Akufo-Addo"), missing="No indexed readout records a meeting ...")
    text = "They welcomed the U.S.-Africa Leaders Summit hosted by President Biden next month."
    assert with_bystanders(query, sel, _select_with({("Akufo-Addo",): (5,)}), lambda r: text) is None
    question = "On what date did the readout say Blinken would meet the foreign ministers of Australia and Japan?"
    query = analyse(question)
    sel = Selection(rids=(), people=("Biden", "Blinken"), missing="No indexed readout records a meeting ...")
    text = "The leaders welcomed that Secretary Blinken and the Foreign Ministers intend to meet."
    assert with_bystanders(query, sel, _select_with({("Biden",): (2,)}), lambda r: text) is None


def test_two_named_who_never_met_are_no_bystanders():
    query = analyse("When did Vice President Harris meet German Chancellor Olaf Scholz?")
    sel = Selection(rids=(), people=("Harris", "Olaf Scholz"), missing="No indexed readout records a meeting ...")
    assert with_bystanders(query, sel, _select_with({("Harris",): (1,)}), lambda r: "Scholz said.") is None
