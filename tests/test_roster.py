"""Who was on a meeting's list of speakers: a readout that ends with one ("Speakers" and a line a person)
answers "Which New Jersey attorney general was among the speakers at ...?" with the line of that list that fits
the description, in the readout whose title the question names. A small corpus written here, with the hash
embedder."""

from __future__ import annotations

import pytest

from tests.fakes import written_corpus

BODY = (
    "Today, Vice President Kamala Harris convened more than 20 {state} state legislators, local leaders, and "
    "advocates who are fighting to protect reproductive rights. The Vice President thanked the state legislators "
    "for their work, including the state Attorneys General.\n\nSpeakers\n\n{lines}"
)
READOUTS = {
    "new-jersey.txt": (
        "Vice President Kamala Harris's Meeting with New Jersey State Legislators on Reproductive Rights",
        "July 18, 2022",
        BODY.format(
            state="New Jersey",
            lines="- New Jersey Senate Majority Leader Teresa Ruiz\n- New Jersey Attorney General Matthew Platkin\n"
            "- Alejandra Sorto, Campaign Strategist for the American Civil Liberties Union of New Jersey",
        ),
    ),
    "florida.txt": (
        "Vice President Kamala Harris's Meeting with Florida State Legislators on Reproductive Rights",
        "July 14, 2022",
        BODY.format(
            state="Florida",
            lines="- Florida Attorney General candidate Aramis Ayala\n"
            "- Doctor Robyn Schickler, Chief Medical Officer at Planned Parenthood of Southwest and Central Florida",
        ),
    ),
}


def test_who_was_among_the_speakers_comes_from_the_list_of_the_meeting_named(tmp_path):
    asst = written_corpus(tmp_path, READOUTS)
    ans = asst.ask(
        "Which New Jersey attorney general was among the speakers at Harris's July 2022 meeting with New Jersey "
        "legislators on reproductive rights?"
    )
    assert not ans.abstained, ans.text
    assert "Matthew Platkin" in ans.text and "Teresa Ruiz" not in ans.text, ans.text
    assert {c.source for c in ans.citations} == {"new-jersey.txt"}
    doctor = asst.ask(
        "Who was the Planned Parenthood physician listed among attendees at Harris's July 2022 meeting with Florida "
        "state legislators on reproductive rights?"
    )
    assert "Robyn Schickler" in doctor.text and "Ayala" not in doctor.text, doctor.text


def test_a_point_of_policy_in_a_list_is_no_one_on_it(tmp_path):
    readouts = dict(READOUTS)
    readouts["modi.txt"] = (
        "President Biden's Meeting with Prime Minister Modi of India",
        "May 24, 2022",
        "President Biden met with Prime Minister Narendra Modi of India in Tokyo.\n\n"
        "- The two countries announced India's joining the Combined Maritime Forces-Bahrain as an associate member.\n"
        "- President Biden welcomed India's decision to join the Indo-Pacific Economic Framework.",
    )
    asst = written_corpus(tmp_path, readouts)
    ans = asst.ask("Which Indian official was among the attendees of Biden's meeting with Modi in Tokyo?")
    assert "Combined Maritime" not in ans.text and "welcomed India" not in ans.text, ans.text


GOVERNORS = {
    "ida.txt": (
        "President Biden's Call with Gulf Coast Governors in Advance of Hurricane Ida",
        "August 27, 2021",
        "This afternoon, President Biden spoke with Gulf Coast governors about the storm.\n\n"
        "- Louisiana Governor John Bel Edwards\n- Alabama Governor Kay Ivey\n- Mississippi Governor Tate Reeves",
    ),
    "henri.txt": (
        "President Biden Call with Northeastern Governors in Advance of Hurricane Henri",
        "August 21, 2021",
        "This afternoon, President Biden convened a call with Northeastern Governors.\n\n"
        "- New York Gov. Andrew Cuomo\n- New York Lt. Gov. Kathy Hochul\n- Maine Gov. Janet Mills",
    ),
    "civil-rights.txt": (
        "Vice President Harris's Roundtable with Civil Rights Leaders",
        "September 20, 2022",
        "Today the Vice President convened civil rights leaders at the White House.\n\nParticipants:\n\n"
        "1. Derrick Johnson, President and CEO, NAACP\n2. Marc Morial, President and CEO, National Urban League",
    ),
}


def test_who_was_on_the_call_took_part_or_represented_a_body_comes_from_the_list(tmp_path):
    asst = written_corpus(tmp_path, GOVERNORS)
    on_call = asst.ask("Which governors were on Biden's call ahead of Hurricane Ida?")
    for name in ("John Bel Edwards", "Kay Ivey", "Tate Reeves"):
        assert name in on_call.text, on_call.text  # the description is the meeting's own: everyone on the list
    lieutenant = asst.ask("Which New York lieutenant governor joined Biden's call ahead of Hurricane Henri?")
    assert "Kathy Hochul" in lieutenant.text and "Andrew Cuomo" not in lieutenant.text, lieutenant.text  # "Lt. Gov."
    naacp = asst.ask("Who represented the NAACP at Vice President Harris's roundtable with civil rights leaders?")
    assert "Derrick Johnson" in naacp.text and "Marc Morial" not in naacp.text, naacp.text  # a numbered list
    # "spoke for" as "represented"
    urban = asst.ask(
        "At Vice President Harris's September 2022 roundtable with civil rights leaders, who spoke for the "
        "National Urban League?"
    )
    assert "Marc Morial" in urban.text and "Derrick Johnson" not in urban.text, urban.text


LEADERS = {
    "caribbean.txt": (
        "Vice President Harris's Meeting with Caribbean Leaders",
        "April 29, 2022",
        "Vice President Harris met virtually today with leaders of Caribbean nations.\n\n"
        "The Leaders that participated:\n\n"
        "- Prime Minister Gaston Browne of Antigua and Barbuda\n- President Luis Abinader of the Dominican Republic\n"
        "- Prime Minister Andrew Holness of Jamaica\n- President Chan Santokhi of Suriname",
    ),
    "attorneys.txt": (
        "Vice President Harris's Meeting with State Attorneys General on Reproductive Rights",
        "July 12, 2022",
        "Today the Vice President met with state attorneys general.\n\n"
        "- Attorney General Letitia James (New York)\n- Attorney General Aaron Ford (Nevada)",
    ),
}


def test_the_description_picks_its_lines_and_no_description_takes_every_line(tmp_path):
    asst = written_corpus(tmp_path, LEADERS)
    presidents = asst.ask("Which presidents took part in Harris's meeting with Caribbean leaders?")
    assert "Luis Abinader" in presidents.text and "Chan Santokhi" in presidents.text, presidents.text
    assert "Gaston Browne" not in presidents.text  # "Vice President" in the title describes the host, not them
    everyone = asst.ask("Who were the participants in Harris's meeting with Caribbean leaders?")
    for name in ("Gaston Browne", "Luis Abinader", "Andrew Holness", "Chan Santokhi"):
        assert name in everyone.text, everyone.text
    new_york = asst.ask("Which attorney general from New York took part in Harris's meeting with attorneys general?")
    assert "Letitia James" in new_york.text and "Aaron Ford" not in new_york.text, new_york.text


CONGRESS = {
    "dreamers.txt": (
        "President Biden's Meeting with Legislators on the Deferred Action for Childhood Arrivals Program",
        "June 15, 2022",
        "Today President Biden met with members of Congress on DACA.\n\n"
        "- Senator Dick Durbin (D-IL)\n- Senator Catherine Cortez Masto (D-NV)\n"
        "- Congressman Dwight Evans, D-PA-3\n- Congresswoman Madeleine Dean, D-PA-4",
    ),
}


def test_states_by_their_postal_codes_and_an_office_as_written(tmp_path):
    asst = written_corpus(tmp_path, CONGRESS)
    nevada = asst.ask("Which Nevada senator took part in Biden's meeting with legislators on DACA?")
    assert "Cortez Masto" in nevada.text and "Durbin" not in nevada.text, nevada.text
    women = asst.ask("Which congresswomen took part in Biden's meeting with legislators on DACA?")
    assert "Madeleine Dean" in women.text and "Dwight Evans" not in women.text, women.text


HOUSE = {
    "house-democrats.txt": (
        "President's Meeting with 11 House Democrats",
        "October 5, 2021",
        "This morning President Biden met virtually with 11 House members about the pathway forward for the "
        "Infrastructure Investment and Jobs Act and his Build Back Better agenda. They agreed to stay in touch.\n\n"
        "- Representative Colin Allred (TX-32)\n- Representative Cindy Axne (IA-03)\n- Representative Sharice Davids "
        "(KS-03)",
    ),
    "bucharest-nine.txt": (
        "President Biden's Call with the Leaders of the Bucharest Nine Eastern Flank NATO Allies",
        "December 9, 2021",
        "President Biden spoke today with the leaders of the Bucharest Nine.\n\n- Bulgarian President Rumen Radev\n"
        "- Czech Republic Prime Minister Andrej Babis\n- Estonian President Alar Karis\n"
        "- Slovakia Prime Minister Eduard Heger",
    ),
}


def test_one_of_the_group_met_comes_from_the_list_of_the_one_meeting_found(tmp_path):
    asst = written_corpus(tmp_path, HOUSE)
    ans = asst.ask(
        "Which Iowa representative was among the House Democrats Biden met virtually on October 5, 2021 about the "
        "infrastructure bill and Build Back Better?"
    )
    assert [c.quote for c in ans.citations] == ["- Representative Cindy Axne (IA-03)"], ans.text


def test_two_countries_described_take_a_line_each(tmp_path):
    asst = written_corpus(tmp_path, HOUSE)
    ans = asst.ask(
        "On Biden's December 2021 call with the Bucharest Nine eastern-flank allies, who represented the Czech "
        "Republic and Slovakia?"
    )
    quotes = [c.quote for c in ans.citations]
    czech, slovak = "- Czech Republic Prime Minister Andrej Babis", "- Slovakia Prime Minister Eduard Heger"
    assert quotes == [czech, slovak], ans.text


def test_a_state_described_that_no_line_gives_is_no_one_on_the_list(tmp_path):
    asst = written_corpus(tmp_path, HOUSE)
    ans = asst.ask(
        "Which Oregon representative was among the House Democrats Biden met virtually on October 5, 2021 about the "
        "infrastructure bill?"
    )
    assert not any(c.quote.startswith("- Representative") for c in ans.citations), ans.text


def test_one_meeting_found_gives_its_list_only_when_its_title_says_something_of_the_group(tmp_path):
    readouts = {
        **HOUSE,
        "stoltenberg.txt": (
            "President Biden's Meeting with NATO Secretary General Stoltenberg",
            "October 4, 2021",
            "President Biden met today with NATO Secretary General Jens Stoltenberg.\n\n- Secretary General Jens "
            "Stoltenberg\n- Deputy Secretary General Mircea Geoana",
        ),
    }
    ans = written_corpus(tmp_path, readouts).ask(
        "Which California representative was among the progressive members of Congress Biden met on October 4, 2021?"
    )
    assert not any(c.quote.startswith("- ") for c in ans.citations), ans.text  # none of that meeting's list


def test_of_the_few_meetings_found_the_one_whose_title_names_the_group_gives_the_list(tmp_path):
    """'Which Colorado congressman was among the progressive House members in Biden's October 2021 virtual meeting
    on Build Back Better and the infrastructure bill?': two October meetings with House members fit; the one titled
    for progressive members gives its list."""
    readouts = {
        **HOUSE,
        "progressives.txt": (
            "President Biden's Meeting with Progressive Members of Congress",
            "October 4, 2021",
            "This afternoon, the President had a constructive virtual meeting with progressive members of Congress "
            "about the Build Back Better Act and the bipartisan infrastructure bill.\n\n- Representative Pramila "
            "Jayapal (WA-07)\n- Representative Joe Neguse (CO-02)\n- Representative Katie Porter (CA-45)",
        ),
    }
    ans = written_corpus(tmp_path, readouts).ask(
        "Which Colorado congressman was among the progressive House members in Biden's October 2021 virtual meeting "
        "on Build Back Better and the infrastructure bill?"
    )
    assert [c.quote for c in ans.citations] == ["- Representative Joe Neguse (CO-02)"], ans.text


@pytest.mark.parametrize(
    "question,described",
    [
        # who spoke for a body is described by the body
        (
            "At Vice President Harris's September 2022 reproductive-health roundtable in Chicago, who spoke for the "
            "Midwest Access Coalition?",
            {"midwest", "access", "coalit"},
        ),
        # an official attending who was a post is read by the post
        (
            "Which White House official attending the July 2021 meeting with legacy Black civil rights leaders was "
            "the Vice President's chief of staff?",
            {"chief", "staff", "vice"},
        ),
    ],
)
def test_a_question_asking_the_list_is_described_by_the_body_or_post_it_gives(question, described):
    from assistant.qa.roster import ROSTER_ASKED, _description

    assert ROSTER_ASKED.search(question)
    assert described <= set(_description(question))


def test_who_spoke_at_a_meeting_asks_the_list_and_the_meetings_own_state_filters_no_line(tmp_path):
    """'Which Pennsylvania state senator, chair of the Senate Democrats' policy committee, spoke at Harris's meeting
    with Pennsylvania legislators?': at the meeting with Pennsylvania legislators every line is from Pennsylvania,
    though few say so."""
    readouts = {
        "pennsylvania.txt": (
            "Vice President Kamala Harris's Meeting with Pennsylvania State Legislators on Reproductive Rights",
            "July 16, 2022",
            BODY.format(
                state="Pennsylvania",
                lines="- Rep. Joanna McClinton, PA House Minority Leader\n- Sen. Maria Collett, Senate Democrats "
                "Caucus Secretary\n- Sen. Katie Muth, Senate Democrats Chair of the Policy Committee",
            ),
        ),
        **READOUTS,
    }
    ans = written_corpus(tmp_path, readouts).ask(
        "Which Pennsylvania state senator, chair of the Senate Democrats' policy committee, spoke at Harris's July "
        "2022 meeting with Pennsylvania legislators on reproductive rights?"
    )
    assert [c.quote for c in ans.citations] == ["- Sen. Katie Muth, Senate Democrats Chair of the Policy Committee"], (
        ans.text
    )


def test_the_post_of_someone_named_comes_from_the_line_that_names_them(tmp_path):
    readouts = dict(READOUTS)
    readouts["faith.txt"] = (
        "Vice President Harris's Meeting with Faith Leaders on Reproductive Rights",
        "June 6, 2022",
        "Today, Vice President Kamala Harris held a roundtable with faith leaders to discuss reproductive rights. "
        "The Vice President thanked the participants.\n\nParticipants included:\n\n- Lieutenant Governor Eleni "
        "Kounalakis\n- Edina Lekovic, UCLA Community Scholar in Residence, Islamic Studies Program",
    )
    asst = written_corpus(tmp_path, readouts)
    ans = asst.ask(
        "At Harris's June 2022 roundtable with faith leaders on reproductive rights, what position did participant "
        "Edina Lekovic hold?"
    )
    assert [c.quote for c in ans.citations] == [
        "- Edina Lekovic, UCLA Community Scholar in Residence, Islamic Studies Program"
    ], ans.text
    # a stance is no post ("what position did she take on ...")
    from assistant.qa.roster import _POSITION_ASKED

    assert not _POSITION_ASKED.search("What position did Sherman take on EU membership for the Western Balkans?")


SHARPTON = "- Rev. Al Sharpton, President and Founder, National Action Network"
RUPERT_GORDON = "- Imani Rupert-Gordon, Executive Director, National Center for Lesbian Rights (NCLR)"


def _civil_rights_roundtable(*lines: str) -> tuple[str, str, str]:
    """Harris's September 2022 roundtable with civil rights and reproductive rights leaders, its list ending
    with ``lines``."""
    return (
        "Vice President Kamala Harris's Meeting with Civil Rights and Reproductive Rights Leaders",
        "September 12, 2022",
        "Today, Vice President Kamala Harris convened civil rights and reproductive rights leaders to discuss the "
        "fight for reproductive rights.\n\nParticipants:\n\n- Melanie L. Campbell, President and CEO, National "
        "Coalition on Black Civic Participation\n" + "\n".join(lines),
    )


def test_who_attended_on_behalf_of_a_body_is_the_line_of_that_body(tmp_path):
    readouts = {
        **READOUTS,
        "civil.txt": _civil_rights_roundtable(SHARPTON, "- Derrick Johnson, President and CEO, NAACP"),
    }
    ans = written_corpus(tmp_path, readouts).ask(
        "Who attended Vice President Harris's September 2022 roundtable with civil rights and reproductive rights "
        "leaders on behalf of the National Action Network?"
    )
    assert [c.quote for c in ans.citations] == [SHARPTON], ans.text


def test_more_ways_of_asking_who_was_on_the_list():
    from assistant.qa.analyse import analyse
    from assistant.qa.roster import ROSTER_ASKED, _description

    q = "Which Massachusetts governor was on Biden's August 2021 call with northeastern governors ahead of Henri?"
    assert ROSTER_ASKED.search(q)
    q = "Which White House counsel sat in on Harris's June 2022 roundtable with privacy experts?"
    assert ROSTER_ASKED.search(q) and analyse(q).parts[0].answer_type == "person"
    assert set(_description(q)) == {"white", "hous", "counsel"}
    q = "At Harris's roundtable, who took part for the National Center for Lesbian Rights?"
    assert {"nation", "center", "lesbian"} <= set(_description(q))


def test_the_meetings_venue_is_no_word_of_the_title_asked_for(tmp_path):
    readouts = {**READOUTS, "civil.txt": _civil_rights_roundtable(RUPERT_GORDON)}
    ans = written_corpus(tmp_path, readouts).ask(
        "At Vice President Harris's September 2022 White House roundtable with civil rights and reproductive rights "
        "leaders, who took part for the National Center for Lesbian Rights?"
    )
    assert [c.quote for c in ans.citations] == [RUPERT_GORDON], ans.text


def test_someone_set_aside_is_not_the_answer_and_an_earlier_part_names_the_meeting(tmp_path):
    """'At Harris's July 2022 meeting with New Jersey legislators, what did she thank them for, and who was listed
    among the speakers besides the Senate majority leader?': the second part says nothing of the meeting, the
    first does; the majority leader set aside is not who is asked for."""
    asst = written_corpus(tmp_path, READOUTS)
    ans = asst.ask(
        "At Harris's July 2022 meeting with New Jersey state legislators on reproductive rights, what did she thank "
        "the legislators for, and which New Jersey official besides the Senate majority leader was listed among the "
        "speakers?"
    )
    assert "Matthew Platkin" in ans.text and "Teresa Ruiz" not in ans.text, ans.text
    assert {c.source for c in ans.citations if c.quote.startswith("- ")} == {"new-jersey.txt"}, ans.text


def test_a_government_venue_does_not_narrow_the_meetings_to_readouts_that_name_it(tmp_path):
    """'Harris's White House roundtable with state attorneys general': readouts seldom say the room, so the one
    with the attorneys general is kept though it never says "White House"."""
    readouts = {
        "attorneys-general.txt": (
            "Vice President Kamala Harris's Meeting with State Attorneys General on Reproductive Rights",
            "June 23, 2022",
            "Today, Vice President Kamala Harris convened a roundtable with state attorneys general. The attorneys "
            "general shared the steps they have taken to protect access to reproductive health care in their states.",
        ),
        "civil-rights.txt": (
            "Vice President Kamala Harris's Meeting with Civil Rights Leaders",
            "June 29, 2022",
            "Today, Vice President Kamala Harris convened civil rights leaders at the White House. She has also met "
            "state attorneys general. They discussed coalition building.",
        ),
    }
    asst = written_corpus(tmp_path, readouts)
    ans = asst.ask("What did Harris discuss at her June 2022 White House roundtable with state attorneys general?")
    assert "attorneys-general.txt" in {c.source for c in ans.citations}, ans.text


def test_the_office_after_who_was_the_or_the_post_held_describes_the_person_and_not_the_meeting():
    from assistant.qa.analyse import analyse
    from assistant.qa.roster import ROSTER_ASKED, _description

    energy = (
        "Who was the energy secretary listed among the administration officials at the President's wildfire "
        "preparedness meeting with western governors and utility chief executives at the end of June 2021?"
    )
    assert set(_description(energy)) == {"energi", "secretari"}
    press = "At the meeting with civil rights leaders, which staff member on the list held the post of press secretary?"
    assert ROSTER_ASKED.search(press)
    assert {"press", "secretari"} <= set(_description(press))
    among = "Who held the post of Press Secretary among the White House officials at Biden's meeting with leaders?"
    assert {"press", "secretari"} <= set(_description(among)) and "white" not in _description(among)
    part = analyse(press).parts[0]
    assert part.answer_type == "person" and part.kinds == ()  # the press secretary: nobody pressed
    assert analyse("What did Biden press Xi on?").parts[0].kinds == ("urged",)
    governor = "Which governor of Washington state took part in Biden's July 1, 2022 meeting with governors?"
    assert analyse(governor).parts[0].answer_type == "person"


def test_the_energy_secretary_listed_is_that_line(tmp_path):
    asst = written_corpus(
        tmp_path,
        {
            "fire.txt": (
                "President Biden's Wildfire Preparedness Meeting with Cabinet Officials, Governors and Private Sector "
                "Partners",
                "June 30, 2021",
                "Today, President Biden convened a meeting with Governors from Western States on wildfire "
                "preparedness.\n\nAdministration officials:\n\n- Secretary of the Interior Deb Haaland\n- Secretary "
                "of Energy Jennifer Granholm\n- Chief of the U.S. Forest Service Vicki Christiansen",
            )
        },
    )
    ans = asst.ask(
        "Who was the energy secretary listed among the administration officials at the President's wildfire "
        "preparedness meeting with western governors at the end of June 2021?"
    )
    assert "Jennifer Granholm" in ans.text and "Christiansen" not in ans.text, ans.text
