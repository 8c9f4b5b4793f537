"""A readout's title may be where it says the meeting was held or the trip went ("Special Envoy ... Travel to
Ethiopia"): a "where" answer cites that line too, first when none of its quotes says the place."""

from __future__ import annotations

import pytest

from assistant.qa.titled import title_place
from tests.fakes import written_corpus


@pytest.mark.parametrize(
    ("title", "place"),
    [
        ("Special Envoy for the Horn of Africa Satterfield Travel to Ethiopia", "Ethiopia"),
        ("Acting Assistant Secretary of State Joey Hood Visits Tunisia", "Tunisia"),
        ("Readout of Deputy Secretary Brian P. McKeon Meetings in Atlanta and Clarkston, Georgia", "Atlanta and"),
        ("U.S. Special Envoy for Yemen Lenderking Returns from Travel to Saudi Arabia", "Saudi Arabia"),
        # an office, a topic, an event taken part in, a call: no place
        ("Secretary Blinken's Call with U.S. Ambassador to Japan Rahm Emanuel", ""),
        ("Call with Israeli National Security Advisor Regarding the Situation in Jerusalem", ""),
        ("Secretary Blinken's Participation in the U.S.-ASEAN Foreign Ministers' Meeting", ""),
        ("Readout of President Biden's Call with Gulf Coast Governors in Advance of Hurricane Ida", ""),
    ],
)
def test_the_place_a_title_gives(title, place):
    assert title_place(title).startswith(place) and bool(title_place(title)) == bool(place)


def test_where_cites_the_title_that_says_where(tmp_path):
    asst = written_corpus(
        tmp_path,
        {
            "ethiopia.txt": (
                "Special Envoy for the Horn of Africa Satterfield Travel to Ethiopia",
                "March 21, 2022",
                "Special Envoy for the Horn of Africa David Satterfield met African Union officials to discuss "
                "humanitarian access. He urged all parties to agree to a ceasefire.",
            ),
            "call.txt": (
                "Secretary Blinken's Call with Kenyan Cabinet Secretary Raychelle Omamo",
                "March 22, 2022",
                "Secretary of State Antony J. Blinken spoke today with Kenyan Cabinet Secretary for Foreign Affairs "
                "Raychelle Omamo in Nairobi about regional security.",
            ),
        },
    )
    ans = asst.ask("Where did Special Envoy David Satterfield travel in March 2022?")
    assert not ans.abstained, ans.text
    assert ans.citations[0].quote == "Special Envoy for the Horn of Africa Satterfield Travel to Ethiopia", ans.text
    assert (ans.citations[0].kind, ans.citations[0].actor) == ("other", "issuer")
    # a title that names no place is not cited for where; nor when the question names the place itself
    call = asst.ask("Where was Cabinet Secretary Omamo when Blinken called her in March 2022?")
    assert not any(c.quote.startswith("Secretary Blinken's Call") for c in call.citations), call.text
    named = asst.ask("Whom did Satterfield meet in Ethiopia in March 2022?")
    assert not any(c.quote.endswith("Travel to Ethiopia") for c in named.citations), named.text
