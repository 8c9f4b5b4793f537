"""A region the question asks about ("security cooperation in the Arctic") that the named readout never names:
the readout says nothing of it, however close its other sentences come ("regional security issues"). A region
after "about" is what was talked of, not where the meeting was. A small corpus written here, hash embedder."""

from __future__ import annotations

from assistant.qa.analyse import analyse
from tests.fakes import written_corpus

READOUTS = {
    "norway.txt": (
        "National Security Advisor Sullivan's Meeting with Norwegian Foreign Minister Huitfeldt",
        "October 11, 2022",
        "National Security Advisor Jake Sullivan met today with Norwegian Foreign Minister Anniken Huitfeldt. "
        "They discussed security assistance to Ukraine and the importance of energy security in Europe. "
        "They also compared views on regional security issues in the Middle East.",
    ),
    "finland.txt": (
        "National Security Advisor Sullivan's Meeting with Finnish Foreign Minister Haavisto",
        "May 20, 2022",
        "National Security Advisor Jake Sullivan met today with Finnish Foreign Minister Pekka Haavisto. "
        "They discussed security cooperation in the Arctic and Finland's application to join NATO.",
    ),
}


def test_a_region_asked_about_is_in_the_topic_and_not_the_meeting_place():
    from assistant.qa.closest import names_region, regions_asked

    assert names_region("the leaders of Southeast Asia", "Southeast Asian")  # a region in any of its forms
    assert not names_region("regional security issues", "Arctic")
    q = analyse("What did Sullivan and Huitfeldt say about security cooperation in the Arctic?")
    assert q.place is None, q
    assert regions_asked(q) == ["Arctic"]
    assert regions_asked(analyse("What did they discuss on the Trans-Pacific Partnership?")) == []
    # where the meeting was stays its place
    assert analyse("What did they say about Ukraine when they met in Bali?").place == "Bali"


def test_a_readout_that_never_names_the_region_says_nothing_of_it(tmp_path):
    asst = written_corpus(tmp_path, READOUTS)
    ans = asst.ask("What did Sullivan and Huitfeldt say about security cooperation in the Arctic?")
    assert ans.abstained, ans.text
    ans = asst.ask("What did Sullivan and Haavisto say about security cooperation in the Arctic?")
    assert not ans.abstained and "Arctic" in ans.text, ans.text


def test_a_region_is_named_by_one_of_its_countries_and_a_continent_is_never_asked():
    from assistant.qa.closest import names_region, regions_asked

    assert names_region("accession negotiations with North Macedonia and Albania", "Western Balkan")
    q = analyse("What did Biden and Macron say their teams were working on in Africa and Asia?")
    assert regions_asked(q) == []  # "the Sahel", "the Indo-Pacific" state them


def test_talk_about_in_a_city_is_still_where_they_met():
    from assistant.qa.meeting_place import meeting_place

    assert meeting_place("What did Sherman and Locsin talk about in Manila in June 2022?") == "Manila"
    assert meeting_place("What did they talk about at the summit in Lima?") == "Lima"
    assert meeting_place("What did they say about security cooperation in the Arctic?") is None


def test_a_quarter_of_a_region_may_go_unsaid():
    from assistant.qa.closest import names_region

    assert names_region("partner nations in Central and Eastern Europe and the Balkan region", "Western Balkans")
    assert names_region("security in the Mediterranean Sea", "Eastern Mediterranean")
