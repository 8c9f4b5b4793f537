"""A list of readouts that mention a named initiative takes every readout that writes it: "the U.S.-India
Initiative on Critical and Emerging Technologies (iCET)" is also written "the India-US Initiative on ..." (the
country before the name is not part of it), and a readout may use only the short name in brackets. A small
corpus written here, with the hash embedder."""

from __future__ import annotations

from tests.fakes import written_corpus

READOUTS = {
    "modi.txt": (
        "President Biden's Meeting with Prime Minister Modi of India",
        "May 24, 2022",
        "President Biden met today with Prime Minister Modi of India. The leaders welcomed the launch of a "
        "United States-India Initiative on Critical and Emerging Technologies (iCET).",
    ),
    "doval.txt": (
        "National Security Advisor Sullivan's Meeting with National Security Advisor Doval",
        "January 6, 2025",
        "Jake Sullivan met today with Ajit Doval. They reviewed the progress made since the launch of the India-US "
        "Initiative on Critical and Emerging Technologies by the two leaders.",
    ),
    "jaishankar.txt": (
        "Secretary Blinken's Meeting with External Affairs Minister Jaishankar",
        "March 3, 2023",
        "Secretary Blinken met with External Affairs Minister Jaishankar. They discussed next steps under iCET "
        "on semiconductors.",
    ),
    "dutch.txt": (
        "Secretary Blinken's Call with Dutch Foreign Minister Hoekstra",
        "March 5, 2023",
        "Secretary Blinken spoke with Foreign Minister Hoekstra of the Netherlands Ministry of Foreign Affairs. "
        "Senator Catherine Cortez Masto (D-NV) joined the call.",
    ),
    "nevada.txt": (
        "Secretary Blinken's Meeting with Nevada Lawmakers",
        "March 6, 2023",
        "Secretary Blinken met with Representative Steven Horsford (D-NV) to discuss trade.",
    ),
    "japan.txt": (
        "Secretary Blinken's Meeting with Foreign Minister Hayashi",
        "March 4, 2023",
        "Secretary Blinken met with Foreign Minister Hayashi. They discussed critical and emerging technologies "
        "and an initiative on space.",
    ),
}


def test_a_named_initiative_is_listed_however_a_readout_writes_it(tmp_path):
    asst = written_corpus(tmp_path, READOUTS)
    ans = asst.ask("Which readouts bring up the U.S.-India Initiative on Critical and Emerging Technologies (iCET)?")
    cited = {c.source for c in ans.citations}
    assert cited == {"modi.txt", "doval.txt", "jaishankar.txt"}, ans.text
    assert "3 readouts" in ans.text


def test_deal_with_is_a_verb_of_mentioning_and_either_gives_examples():
    from assistant.qa.analyse import analyse
    from assistant.qa.text_parts import list_query, without_relative_clause

    q = "Which readouts deal with Hurricane Ida, either the preparations before it hit or the recovery afterwards?"
    assert without_relative_clause(q) == "Which readouts deal with Hurricane Ida?"
    topic = list_query(analyse(q), q).parts[0].topic
    assert "deal" not in topic and {"hurrican", "ida"} <= set(topic)


def test_a_countrys_ministry_and_a_party_tag_are_not_written_either_way(tmp_path):
    asst = written_corpus(tmp_path, READOUTS)
    cypriot = asst.ask("Which readouts mention the Cypriot Ministry of Foreign Affairs?")
    assert "dutch.txt" not in {c.source for c in cypriot.citations}, cypriot.text  # the country is the name's
    masto = asst.ask("Which readouts mention Senator Catherine Cortez Masto (D-NV)?")
    assert {c.source for c in masto.citations} == {"dutch.txt"}, masto.text  # "D-NV" is a tag, not her name


def test_calls_and_meetings_together_ask_for_any_kind():
    from assistant.qa.meeting_kinds import meeting_kind

    assert meeting_kind("Which readouts of Secretary Blinken's own calls and meetings bring up Taiwan?") is None
    assert meeting_kind("Which of Biden's meetings and phone calls mention Chile?") is None
    assert meeting_kind("Which of his calls mention Chile?") == "call"
    assert meeting_kind("When Biden met Kishida and talked about Taiwan, what did they say?") == "meeting"


def test_a_capital_asked_for_by_name_is_not_its_country():
    from assistant.qa.analyse import analyse
    from assistant.qa.lists import alternatives

    q = "Which readouts mention Kyiv?"
    alts = alternatives(q, analyse(q).parts[0].topic)
    idf = lambda t: 1.0
    assert max(a.states("The U.S. Embassy in Kyiv will remain open.", idf, 0.6) for a in alts) > 0
    assert max(a.states("The President reaffirmed support for Ukraine's sovereignty.", idf, 0.6) for a in alts) == 0


def test_face_to_face_is_how_they_met_and_a_kind_left_out_is_not_asked():
    from assistant.qa.analyse import analyse

    q = analyse(
        "Which State Department readouts are accounts of Secretary Blinken sitting down face to face with Foreign "
        "Minister Dmytro Kuleba? Leave out phone calls, even ones that refer back to an earlier meeting."
    )
    assert q.meeting_kind == "meeting"
    assert "face" not in q.parts[0].topic and "account" not in q.parts[0].topic
    assert analyse("Which readouts record Blinken meeting Kuleba face to face?").meeting_kind == "meeting"
    assert "account" in analyse("Which readouts mention holding Russia to account?").parts[0].topic


def test_two_meetings_compared_in_where_or_when_each_was_held():
    from assistant.qa.compare import _asked_of_each

    assert _asked_of_each("How did the two meetings differ in where they took place?") == "place"
    assert _asked_of_each("How did the two calls differ in timing?") == "date"
    assert _asked_of_each("How did the two calls differ in tone?") is None
