"""Lists of someone's meetings: a group call whose title names four leaders is no one-on-one call, even when its
readout tells mostly of another call; a readout with no meeting sentence is listed by its title, not left out; a
person asked by office and full name is not another person of that surname ("Tennessee Governor Bill Lee" for
Representative Barbara Lee); "Which readouts list X among the participants" lists the readouts naming X."""

from __future__ import annotations

from assistant.qa.meeting_kinds import title_counterparts
from assistant.qa.name_in_text import of_someone_else
from tests.fakes import written_corpus


def test_how_many_a_title_says_the_meeting_was_with():
    four = (
        "President Joe Biden's Call with President Macron of France, Chancellor Merkel of Germany, Prime Minister "
        "Draghi of Italy, and Prime Minister Johnson of the United Kingdom"
    )
    assert title_counterparts(four) == 4
    assert title_counterparts("Readout of President Biden's Meeting with Prime Minister Mario Draghi of Italy") == 1
    assert title_counterparts("Readout of President Biden's Call with Governors of States Impacted by Weather") == 2
    assert title_counterparts("Joint Readout of the Meeting Between President Biden and Prime Minister Draghi") == 0


def test_one_on_one_list_leaves_out_a_group_call_and_keeps_a_readout_with_no_meeting_sentence(tmp_path):
    asst = written_corpus(
        tmp_path,
        {
            "met.txt": (
                "President Biden's Meeting with Prime Minister Mario Draghi of Italy",
                "October 29, 2021",
                "President Joseph R. Biden, Jr. met today with Prime Minister Mario Draghi of Italy.",
            ),
            "talked.txt": (
                "President Joe Biden's Call with Prime Minister Mario Draghi of Italy",
                "August 20, 2021",
                "The two leaders shared their views on the latest developments in Afghanistan.",
            ),
            "group.txt": (
                "President Joe Biden's Call with President Macron of France, Chancellor Merkel of Germany, Prime "
                "Minister Draghi of Italy, and Prime Minister Johnson of the United Kingdom",
                "December 7, 2021",
                "President Biden briefed the leaders on his call with President Putin of Russia.",
            ),
        },
    )
    ans = asst.ask("Which readouts record President Biden's own one-on-one calls or meetings with Mario Draghi?")
    assert {c.source for c in ans.citations} == {"met.txt", "talked.txt"}, ans.text
    title = next(c for c in ans.citations if c.source == "talked.txt")
    assert title.quote.startswith("President Joe Biden's Call with") and (title.kind, title.actor) == (
        "other",
        "issuer",
    )


def test_a_surname_of_someone_else():
    asked = "Which readouts mention Representative Barbara Lee?"
    assert of_someone_else("Tennessee Governor Bill Lee spoke.", "", "Barbara", "Lee", asked)
    assert of_someone_else("Prime Minister Lee Hsien Loong met Biden.", "", "Barbara", "Lee", asked)
    assert not of_someone_else("- Representative Barbara Lee (CA-13)", "", "Barbara", "Lee", asked)
    # a given name and the name it is short for are one person's
    sherwood = "Which readouts mention Homeland Security Advisor Liz Sherwood-Randall?"
    assert not of_someone_else("Dr. Elizabeth Sherwood-Randall joined.", "", "Liz", "Sherwood-Randall", sherwood)
    # an office the question does not give, in a readout that names another Lee in full and never Barbara
    readout = "Sherman met Minister of Unification Lee In-young. Sherman and Minister Lee discussed the DPRK."
    assert of_someone_else("Sherman and Minister Lee discussed the DPRK.", readout, "Barbara", "Lee", asked)
    # the question's own office with the surname is the one asked ("President Moïse"), whoever else is named
    moise = "Haitian President Jovenel Moïse"
    readout = "He offered condolences on the death of President Moïse and wished First Lady Martine Moïse well."
    assert not of_someone_else("on the death of President Moïse", readout, "Jovenel", "Moïse", moise)


def test_listed_among_the_participants(tmp_path):
    asst = written_corpus(
        tmp_path,
        {
            "cbc.txt": (
                "Meeting Between Senior White House Officials and Congressional Black Caucus Members",
                "September 22, 2021",
                "Today, senior officials met with members of the Congressional Black Caucus.\n\nParticipants:\n\n"
                "- Congresswoman Barbara Lee (CA-13)\n- Congresswoman Maxine Waters (CA-43)",
            ),
            "tennessee.txt": (
                "President Biden's Call with Tennessee Governor Bill Lee",
                "December 11, 2021",
                "President Biden spoke with Tennessee Governor Bill Lee about the tornadoes.",
            ),
        },
    )
    ans = asst.ask("Which readouts list Representative Barbara Lee among the members of Congress taking part?")
    assert not ans.abstained, ans.text
    assert {c.source for c in ans.citations} == {"cbc.txt"}, ans.text


def test_a_longer_surname_or_another_given_name_beginning_alike_is_someone_else():
    asked = "Which readouts name Oregon Governor Kate Brown among the participants?"
    assert of_someone_else("- Prime Minister Gaston Browne of Antigua and Barbuda", "", "Kate", "Brown", asked)
    assert of_someone_else("- Representative Kamia Brown", "", "Kate", "Brown", asked)
    assert not of_someone_else("- Governor of Oregon Kate Brown", "", "Kate", "Brown", asked)
    assert not of_someone_else("- Governor Katherine Brown, Oregon", "", "Kate", "Brown", asked)
    # a name written without its accents is still the one asked; a short form of a given name is still its own
    assert not of_someone_else("- President Pedro Sanchez of Spain", "", "Pedro", "Sánchez", "Pedro Sánchez")
    assert not of_someone_else("President Joseph R. Biden spoke.", "", "Joe", "Biden", "President Joe Biden")
