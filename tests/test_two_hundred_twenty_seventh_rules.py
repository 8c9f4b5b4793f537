"""Round 71's rules from the 225th and 226th sets' dev splits. Records (extractor 34): a list introduced as "In
attendance were the following:" or "The following eight Governors of western states:" is of who took part, and a
list line's office of a place ("Governor of Wyoming Mark Gordon") is the office, not part of the name. Answers: "Which
state's governor was Mark Gordon?" (or "Which state was Governor Mark Gordon representing") asks his state, by the
line of the list naming him; "which districts are listed for Joe Neguse and for Peter Welch" asks each one's line;
"In what White House capacity did Cedric Richmond take part" asks his post."""

from __future__ import annotations

from assistant.corpus.chunking import chunk_readout
from assistant.corpus.extract import extract
from assistant.corpus.ingest import parse_readout
from assistant.qa.analyse import analyse
from tests.fakes import written_corpus

_WILDFIRE = "wh_2021-06-30_president-bidens-wildfire-preparedness-meeting-with-cabinet-officials-governors.txt"
_FLORIDA = "wh_2022-07-14_vice-president-kamala-harriss-meeting-with-florida-state-legislators-on-reproduc.txt"
_PROGRESSIVES = "wh_2021-10-04_president-bidens-meeting-with-progressive-members-of-congress.txt"
_IDA = "wh_2021-08-31_president-bidens-call-with-energy-sector-leaders-on-restoring-power-after-hurricane-ida.txt"

_READOUTS = {
    _WILDFIRE: (
        "Readout of President Biden's Wildfire Preparedness Meeting with Cabinet Officials, Governors and Private "
        "Sector Partners",
        "June 30, 2021",
        "Today, President Biden convened a meeting with Governors from Western States, Cabinet and agency officials, "
        "and energy sector partners to discuss the critical need to work together on wildfires.\n\n"
        "Secretary Mayorkas highlighted efforts to support wildfire response in California.\n\n"
        "Joining President Biden in the meeting were the following members of the administration:\n\n"
        "- Secretary of the Interior Deb Haaland\n"
        "- Secretary of Agriculture Tom Vilsack\n\n"
        "The following eight Governors of western states:\n\n"
        "- Governor of California Gavin Newsom\n"
        "- Governor of New Mexico Michelle Lujan Grisham\n"
        "- Governor of Wyoming Mark Gordon\n"
        "- Governor of Washington Jay Inslee",
    ),
    _FLORIDA: (
        "Readout of Vice President Kamala Harris's Meeting with Florida State Legislators on Reproductive Rights",
        "July 14, 2022",
        "Today, Vice President Kamala Harris convened Florida state legislators who are fighting to protect "
        "reproductive rights. The Vice President was joined by Secretary of Health and Human Services Xavier "
        "Becerra.\n\n"
        "During the meeting, the Vice President conveyed the Administration's commitment to protecting access to "
        "reproductive health care. She encouraged the legislators to continue fighting. She emphasized that the "
        "government should not interfere.\n\n"
        "The state legislative leaders shared what is happening in Florida. Florida currently has a 15 week ban. "
        "The law was signed in April.\n\n"
        "In attendance were the following:\n\n"
        "- HHS Secretary Xavier Becerra\n"
        "- Representative Anna Eskamani\n"
        "- Senator Victor Torres Jr.\n"
        "- Representative Kristen Arrington",
    ),
    _PROGRESSIVES: (
        "Readout of President Biden's Meeting with Progressive Members of Congress",
        "October 4, 2021",
        "This afternoon, President Biden hosted a virtual meeting with members of the Congressional Progressive "
        "Caucus to discuss his Build Back Better agenda. Participants included:\n\n"
        "- Representative Pramila Jayapal (WA-07)\n"
        "- Representative Joe Neguse (CO-02)\n"
        "- Representative Peter Welch (VT-AL)\n\n"
        "Tomorrow, the President will host another virtual meeting with moderate House Democrats.",
    ),
    _IDA: (
        "Readout of President Biden's Call with Energy Sector Leaders on Restoring Power after Hurricane Ida",
        "August 31, 2021",
        "This afternoon, President Biden convened a call with Secretary of Energy Jennifer Granholm and the CEOs of "
        "two of the largest utilities in the Gulf Coast. They discussed the destructive power of Hurricane Ida. They "
        "assessed that the power restoration efforts are going to take some time. President Biden committed the "
        "full weight of the Federal Government to providing support. "
        "Joining the President and Secretary Granholm on the call were Homeland Security Advisor Liz "
        "Sherwood-Randall and Director of Public Engagement Cedric Richmond.",
    ),
}


def _record(tmp_path, name: str):
    path = tmp_path / name
    title, date, body = _READOUTS[name]
    path.write_text(f"{title}\nDate: {date}\n\n{body}\n", encoding="utf-8")
    readout, _ = parse_readout(path.read_bytes(), name, "txt")
    return extract(chunk_readout(readout))[1]


def test_lists_introduced_by_who_they_are_are_of_who_took_part(tmp_path):
    wildfire = {p.name: p.title for p in _record(tmp_path, _WILDFIRE).participants}
    assert wildfire["Mark Gordon"] == "Governor of Wyoming"
    assert wildfire["Michelle Lujan Grisham"] == "Governor of New Mexico"
    assert wildfire["Deb Haaland"] == "Secretary of the Interior"
    florida = [p for p in _record(tmp_path, _FLORIDA).participants if p.side == "counterpart"]
    assert {"Anna Eskamani", "Kristen Arrington"} <= {p.name for p in florida}


def test_each_named_ones_state_district_and_capacity(tmp_path):
    asst = written_corpus(tmp_path, _READOUTS)
    q = "Which state's governor was Mark Gordon, according to the roster at the President's June 30, 2021 meeting?"
    assert analyse(q).parts[0].answer_type == "state"
    answer = asst.ask(q)
    assert "Governor of Wyoming Mark Gordon" in answer.text and "Inslee" not in answer.text
    answer = asst.ask("Which state was Governor Mark Gordon representing at the President's June 30, 2021 meeting?")
    assert "Governor of Wyoming Mark Gordon" in answer.text and "Inslee" not in answer.text
    answer = asst.ask(
        "In the readout of Biden's October 4, 2021 virtual session with progressive House members, which districts "
        "are listed for Joe Neguse and for Peter Welch?"
    )
    assert "(CO-02)" in answer.text and "(VT-AL)" in answer.text and "WA-07" not in answer.text
    answer = asst.ask(
        "In what White House capacity did Cedric Richmond take part in the President's August 31, 2021 call with "
        "power-company chiefs?"
    )
    assert not answer.abstained and "Director of Public Engagement" in answer.text
    assert analyse("Which state's governor did Biden call in June 2021?").parts[0].answer_type == "person"
