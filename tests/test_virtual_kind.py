"""A readout titled "Virtual Meetings" whose text says "spoke with" is recorded as a call; a question about the
President's "virtual calls" (or "virtual meeting") still finds it, while a question about an in-person meeting
does not. A small corpus written here, with the hash embedder."""

from __future__ import annotations

from tests.fakes import written_corpus

READOUTS = {
    "formula.txt": (
        "Readout of President Biden's Virtual Meetings with Retailers and Infant Formula Manufacturers",
        "May 12, 2022",
        "Today, President Joe Biden spoke with the leadership of Walmart and Target about the shortage of infant "
        "formula. These calls build off the work the Administration has done since February to increase the supply "
        "of infant formula.",
    ),
    "walmart-call.txt": (
        "Readout of President Biden's Call with the Chief Executive of Walmart",
        "May 12, 2022",
        "Today, President Joe Biden spoke with the chief executive of Walmart about the supply of infant formula.",
    ),
}


def test_a_virtual_meeting_written_as_spoke_with_is_found_as_virtual(tmp_path):
    asst = written_corpus(tmp_path, READOUTS)
    assert {m.source: m.kind for m in asst.meetings()}["formula.txt"] == "call"
    ans = asst.ask(
        "According to the readout of the president's virtual calls with retailers during the formula shortage, "
        "since which month had the administration been working to increase the supply of infant formula?"
    )
    assert not ans.abstained, ans.text
    assert "since February" in ans.text
    assert {c.source for c in ans.citations} == {"formula.txt"}  # a phone call titled so is no virtual meeting
    listed = asst.ask("In which of the President's virtual meetings did infant formula come up?")
    assert {c.source for c in listed.citations} == {"formula.txt"}, listed.text
    held = asst.ask("What did the President say about infant formula at his in-person meeting with retailers?")
    assert held.abstained, held.text


def test_a_meeting_asked_for_may_have_been_held_by_video_unless_in_person_is_insisted_on(tmp_path):
    from tests.fakes import written_corpus

    asst = written_corpus(
        tmp_path,
        {
            "epw.txt": (
                "President Biden's Meeting with Senators on Infrastructure",
                "February 11, 2021",
                "Today, President Biden met in the Oval Office with a bipartisan group of Senators, and Transportation "
                "Secretary Pete Buttigieg joined virtually, to discuss sustainable infrastructure.",
            )
        },
    )
    met = asst.ask("What did Biden and Buttigieg say about infrastructure when they met senators in February 2021?")
    assert not met.abstained and "sustainable infrastructure" in met.text, met.text
    strict = asst.ask("What did Biden and Buttigieg say about infrastructure when they met senators in person in 2021?")
    assert strict.abstained, strict.text


def test_a_video_call_asked_for_finds_a_readout_titled_video_call(tmp_path):
    asst = written_corpus(
        tmp_path,
        {
            "video.txt": (
                "Readout of President Biden's Video Call with President Vladimir Putin of Russia",
                "December 7, 2021",
                "President Joseph R. Biden, Jr. held a secure video call today with President Vladimir Putin of "
                "Russia. President Biden called for de-escalation and a return to diplomacy.",
            )
        },
    )
    assert {m.source: m.kind for m in asst.meetings()}["video.txt"] == "call"
    ans = asst.ask("In his December 2021 secure video call with Putin, what did Biden call for regarding diplomacy?")
    assert not ans.abstained and "de-escalation" in ans.text, ans.text


def test_a_thing_named_in_the_title_is_still_what_is_asked_about(tmp_path):
    asst = written_corpus(
        tmp_path,
        {
            "pelosi.txt": (
                "Readout of President Biden's Call with Speaker Pelosi on Afghanistan Evacuations and the Build Back "
                "Better Agenda",
                "August 21, 2021",
                "This afternoon, the President and Speaker Pelosi spoke by phone about the ongoing evacuation "
                "operations in Afghanistan. The President updated Speaker Pelosi about progress made evacuating "
                "American citizens from Afghanistan. The President reiterated his support for the Build Back Better "
                "Agenda, which would cut prescription drug costs and help families afford childcare.",
            )
        },
    )
    ans = asst.ask(
        "In Biden's August 2021 call with Speaker Pelosi about the Afghanistan evacuations, what did he say the "
        "Build Back Better Agenda would do?"
    )
    assert not ans.abstained and "prescription drug costs" in ans.text, ans.text


def test_the_meeting_sentence_that_commits_answers_what_was_committed(tmp_path):
    asst = written_corpus(
        tmp_path,
        {
            "modi.txt": (
                "Readout of President Biden's Call with Prime Minister Modi of India",
                "April 26, 2021",
                "President Biden spoke today with Prime Minister Narendra Modi of India, committing that the United "
                "States and India will work closely together in the fight against COVID-19. The President pledged "
                "steadfast support for the people of India. Prime Minister Modi expressed appreciation for the "
                "cooperation between both countries.",
            )
        },
    )
    ans = asst.ask("What did Biden commit the United States and India to during his April 26, 2021 call with Modi?")
    assert not ans.abstained and "work closely together" in ans.text, ans.text
    hosted = asst.ask("What did Biden and Modi say about the cooperation between both countries in April 2021?")
    assert "work closely together" not in hosted.text  # no kind asked: the meeting's sentence stays out


def test_a_video_conference_the_records_call_a_call_is_found_when_no_virtual_meeting_fits(tmp_path):
    asst = written_corpus(
        tmp_path,
        {
            "allies.txt": (
                "Readout of the President's Call with Allies and Partners",
                "September 8, 2022",
                "President Joseph R. Biden, Jr. spoke by video conference today with Allies and partners to underscore "
                "support for Ukraine. The leaders also discussed the weaponization of energy and affordable energy "
                "supplies for Europe.",
            ),
            "formula.txt": READOUTS["formula.txt"],
        },
    )
    assert {m.source: m.kind for m in asst.meetings()}["allies.txt"] == "call"
    ans = asst.ask(
        "Which energy issue did Biden and the allied leaders take up on their September 8, 2022 video conference?"
    )
    assert not ans.abstained, ans.text
    assert {c.source for c in ans.citations} == {"allies.txt"} and "weaponization of energy" in ans.text
