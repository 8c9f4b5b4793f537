"""The place a question gives its meeting ("... session in Geneva") is where, not what, when the one readout
selected names it: the answering sentence need not. A place the readout does not name ("... session in Vienna")
should stay part of what the answer must state; with the real model it does not (a known defect, marked below).
A small corpus written here, with the hash embedder, and the real model for the defect."""

from __future__ import annotations

import pytest

from tests.fakes import written_corpus

READOUTS = {
    "ssd.txt": (
        "Deputy Secretary Sherman's Participation in Strategic Stability Dialogue with Russian Deputy Foreign "
        "Minister Sergey Ryabkov",
        "July 28, 2021",
        "Deputy Secretary Wendy Sherman led the U.S. delegation to the Strategic Stability Dialogue with Russia. The "
        "talks were held at the U.S. Mission in Geneva. Russian Deputy Foreign Minister Sergey Ryabkov led the Russian "
        "delegation. The two delegations agreed to meet again in a plenary "
        "session at the end of September.",
    ),
}


def test_the_place_the_one_readout_names_is_where_not_what(tmp_path):
    asst = written_corpus(tmp_path, READOUTS)
    ans = asst.ask("What did the U.S. and Russian delegations agree on at their session in Geneva in July 2021?")
    assert "meet again in a plenary session" in ans.text, ans.text


LIMASSOL = {
    "limassol.txt": (
        "Secretary Blinken's Meeting with Italian Foreign Minister Tajani",
        "March 4, 2024",
        "Secretary Blinken met with Italian Foreign Minister Antonio Tajani today in Limassol. The Secretary and "
        "the Foreign Minister agreed to expand cooperation on counterterrorism training.",
    ),
}


def test_a_meeting_placed_where_its_readout_names_no_such_place_is_not_recorded(tmp_path):
    asst = written_corpus(tmp_path, LIMASSOL)
    ans = asst.ask("What did Blinken and Tajani agree on at their meeting in Limassol in March 2024?")
    assert "counterterrorism training" in ans.text, ans.text
    # "Lima" is inside "Limassol" but is another city: no readout records that meeting in Lima
    ans = asst.ask("What did Blinken and Tajani agree on at their meeting in Lima in March 2024?")
    assert "counterterrorism training" not in ans.text, ans.text
    assert "No indexed readout records a meeting between Blinken and Tajani in March 2024 in Lima" in ans.text


SUMMIT = {
    "summit.txt": (
        "President Biden's Meeting with President Erdogan of Turkey",
        "June 29, 2022",
        "President Biden met with President Recep Tayyip Erdogan of Turkey on the margins of the NATO Summit. The "
        "leaders agreed to keep working on the stability of the Black Sea region.",
    ),
}


def test_a_meeting_at_a_summit_is_not_reported_missing_for_the_summits_city(tmp_path):
    asst = written_corpus(tmp_path, SUMMIT)
    ans = asst.ask("What did Biden and Erdogan agree when they met in Madrid in June 2022?")
    assert not ans.abstained and "Black Sea" in ans.text, ans.text  # the record places it at the summit, not a city


@pytest.mark.xfail(
    strict=True,
    reason="known defect: a city the question names and the one readout never names is not checked; the agreement "
    "answers as close in meaning (a rule refusing such readouts made 4 dev answers worse in round 48: 'New York "
    "congressional district', comparisons naming one meeting's city)",
)
def test_a_city_the_readout_never_names_gets_no_answer_with_the_real_model(tmp_path):
    # "at their session in Vienna": the one readout says Geneva; its agreement is no answer, however close in meaning
    asst = written_corpus(tmp_path, READOUTS, real=True)
    ans = asst.ask("What did the U.S. and Russian delegations agree on at their session in Vienna in July 2021?")
    assert ans.abstained and "meet again" not in ans.text, ans.text
    ans = asst.ask("What did the U.S. and Russian delegations agree on at their session in Geneva in July 2021?")
    assert "meet again in a plenary session" in ans.text, ans.text
