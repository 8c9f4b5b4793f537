"""A name the question gives that the records do not hold as a participant ("Ecumenical Patriarch
Bartholomew", a religious title) still says which meeting when a selected readout's title names it: that
readout, not the other meetings of the same people and month. A small corpus written here, hash embedder."""

from __future__ import annotations

from tests.fakes import written_corpus

READOUTS = {
    "patriarch.txt": (
        "Readout of President Biden's Meeting with His All-Holiness Ecumenical Patriarch Bartholomew",
        "October 25, 2021",
        "President Biden met today with His All-Holiness Ecumenical Patriarch Bartholomew and congratulated him on "
        "thirty years of leadership. They discussed efforts to confront climate change, steps to end the pandemic, "
        "and the importance of religious freedom.",
    ),
    "governors.txt": (
        "Readout of President Biden's Call with Governors",
        "October 12, 2021",
        "President Biden spoke today with governors about supply chains. They discussed port congestion, trucking "
        "shortages and the subjects of the upcoming holiday season.",
    ),
    "mayors.txt": (
        "Readout of President Biden's Meeting with Mayors",
        "October 20, 2021",
        "President Biden met today with mayors. They discussed the subjects of infrastructure, broadband and "
        "public transit.",
    ),
}


def test_the_meeting_whose_title_names_the_person_answers(tmp_path):
    asst = written_corpus(tmp_path, READOUTS)
    ans = asst.ask(
        "What subjects did Biden and Ecumenical Patriarch Bartholomew take up when they met in October 2021?"
    )
    assert ans.analysis["readouts"] == 1, ans.analysis  # the meeting with the mayors that month is not it
    assert {c.source for c in ans.citations} == {"patriarch.txt"}, ans.text
