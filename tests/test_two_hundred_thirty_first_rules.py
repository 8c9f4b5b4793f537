"""Round 72's rules from older dev splits and the review of round 71: a bulleted list of who took part is over at a
paragraph of prose ("The Vice President was also joined by:" is no one met), and a list line's title words ("Leader
Designate Fentrice Driskell", "Doctor Robyn Schickler") are no part of the name; someone "joined by" another in an
aside ("President Biden, joined by Vice President Harris, spoke today with ...") is on their side, not the other; a
trip and then "He met with ..." ("Counselor Chollet traveled to Warsaw ... He met with Deputy Foreign Minister
Przydacz") is the traveller's meeting there, with those he met; two
modifiers of one thing joined by "or" in a list question ("a UN-led or UN-facilitated political process") each keep
the thing, so that neither alone ("UN-led") matches any readout naming the UN."""

from __future__ import annotations

from tests.fakes import extracted_meeting, written_corpus

_FAITH = "wh_2022-06-06_vice-president-harriss-meeting-with-faith-leaders.txt"
_GRINER = "wh_2022-07-06_president-bidens-call-with-cherelle-griner.txt"
_FLORIDA = "wh_2022-07-14_vice-president-kamala-harriss-meeting-with-florida-state-legislators.txt"
_WARSAW = "state_2021-07-23_counselor-chollets-trip-to-poland.txt"
_OSINBAJO = "wh_2022-09-02_vice-president-harriss-meeting-with-vice-president-osinbajo.txt"

_READOUTS = {
    _FAITH: (
        "Readout of Vice President Harris's Meeting with Faith Leaders",
        "June 6, 2022",
        "Today, Vice President Kamala Harris held a roundtable in Los Angeles with faith leaders to discuss "
        "protecting reproductive rights.\n\n"
        "The Vice President thanked the faith leaders for their work. Participants included:\n\n"
        "- Pastor Demetries Edwards, 23rd Avenue Church of God\n"
        "- Rabbi Dara Frimmer, Temple Isaiah\n\n"
        "The Vice President was also joined by:\n\n"
        "- Senator Alex Padilla\n"
        "- Mayor Eric Garcetti",
    ),
    _GRINER: (
        "Readout of President Biden's Call with Cherelle Griner",
        "July 6, 2022",
        "President Biden, joined by Vice President Harris, spoke today with Cherelle Griner, the wife of Brittney "
        "Griner, to reassure her that he is working to secure Brittney's release.",
    ),
    _FLORIDA: (
        "Readout of Vice President Kamala Harris's Meeting with Florida State Legislators on Reproductive Rights",
        "July 14, 2022",
        "Today, Vice President Kamala Harris met with Florida state legislators to discuss reproductive rights.\n\n"
        "Participants included:\n\n"
        "- Doctor Robyn Schickler, Chief Medical Officer at Planned Parenthood of Southwest and Central Florida\n"
        "- State Senator Lauren Book\n"
        "- Leader Designate Fentrice Driskell",
    ),
    _WARSAW: (
        "Counselor Chollet's Trip to Poland",
        "July 23, 2021",
        "Counselor of the Department Derek Chollet traveled to Warsaw to reaffirm the strong relationship the United "
        "States has with our NATO Ally Poland. He met with Deputy Foreign Minister Marcin Przydacz to advocate a "
        "cooperative approach to enhancing regional energy security.",
    ),
    _OSINBAJO: (
        "Readout of Vice President Harris's Meeting with Vice President Osinbajo of Nigeria",
        "September 2, 2022",
        "Vice President Kamala Harris met today with Vice President Yemi Osinbajo of Nigeria in Washington. They "
        "discussed food security.",
    ),
}


def _record(tmp_path, name: str):
    return extracted_meeting(tmp_path, name, *_READOUTS[name])


def test_a_bulleted_list_ends_at_a_paragraph_of_prose(tmp_path):
    people = _record(tmp_path, _FAITH).participants
    assert not [p for p in people if p.side == "counterpart" and p.title == "Vice President"]
    names = {p.name for p in people}
    assert {"Demetries Edwards", "Dara Frimmer", "Alex Padilla", "Eric Garcetti"} <= names


def test_a_list_lines_title_words_are_no_part_of_the_name(tmp_path):
    people = {p.name: p.title for p in _record(tmp_path, _FLORIDA).participants}
    assert people["Fentrice Driskell"] == "Leader Designate"
    assert "Chief Medical Officer" in people["Robyn Schickler"]
    assert "Designate Fentrice Driskell" not in people and "Doctor Robyn Schickler" not in people


def test_a_trip_then_he_met_with_is_the_travellers_meeting(tmp_path):
    meeting = _record(tmp_path, _WARSAW)
    assert meeting.place == "Warsaw"
    sides = {p.name: (p.side, p.country) for p in meeting.participants}
    assert sides["Derek Chollet"] == ("issuer", "United States")
    assert sides["Marcin Przydacz"] == ("counterpart", "Poland")


def test_one_joined_by_in_an_aside_is_on_the_side_of_who_they_joined(tmp_path):
    sides = {p.name: p.side for p in _record(tmp_path, _GRINER).participants}
    assert sides["Harris"] == "issuer"


def test_meetings_with_vice_presidents_are_those_with_one_on_the_other_side(tmp_path):
    asst = written_corpus(tmp_path, _READOUTS)
    answer = asst.ask("Which readouts describe Harris's meetings with vice presidents?")
    assert "Osinbajo" in answer.text
    assert "Griner" not in answer.text and "faith leaders" not in answer.text.lower()


def test_two_modifiers_of_one_thing_each_keep_the_thing():
    from assistant.qa.shared_heads import distribute_modifiers

    assert distribute_modifiers("a UN-led or UN-facilitated political or peace process in Libya") == (
        "a UN-led political process in Libya or UN-facilitated political process in Libya or peace process in Libya"
    )
    assert distribute_modifiers("nuclear or missile tests") == "nuclear tests or missile tests"
    # (names, articles and a lone word are left as they are)
    assert distribute_modifiers("Israel or Egypt") == "Israel or Egypt"
    assert distribute_modifiers("a ceasefire or a political process") == "a ceasefire or a political process"
    assert distribute_modifiers("climate or energy") == "climate or energy"


def test_a_list_of_a_thing_by_two_modifiers_needs_the_thing(tmp_path):
    readouts = {
        "state_2021-05-21_hood-visits-tunisia.txt": (
            "Acting Assistant Secretary Hood Visits Tunisia",
            "May 21, 2021",
            "Acting Assistant Secretary Joey Hood met with President Saied. They discussed support for the UN-led "
            "Libyan peace process.",
        ),
        "state_2021-05-24_blinken-coveney.txt": (
            "Secretary Blinken's Meeting with Irish Foreign Minister Coveney",
            "May 24, 2021",
            "Secretary Blinken met with Foreign Minister Coveney. They discussed Ireland's support for UN-led efforts "
            "on the Security Council.",
        ),
        "state_2022-04-13_blinken-shoukry.txt": (
            "Secretary Blinken's Meeting with Egyptian Foreign Minister Shoukry",
            "April 13, 2022",
            "Secretary Blinken met with Foreign Minister Shoukry. They noted support for Libya's UN-facilitated "
            "political process leading to elections.",
        ),
    }
    asst = written_corpus(tmp_path, readouts)
    answer = asst.ask(
        "Which readouts mention support for a UN-led or UN-facilitated political or peace process in Libya?"
    )
    assert "Tunisia" in answer.text and "Shoukry" in answer.text
    assert "Coveney" not in answer.text


_TOGETHER = {
    "wh_2021-12-07_president-bidens-call-with-european-allies.txt": (
        "Readout of President Biden's Call with President Macron of France and Chancellor Scholz of Germany",
        "December 7, 2021",
        "President Biden spoke with President Emmanuel Macron of France and Chancellor Olaf Scholz of Germany. "
        "President Biden briefed the leaders on his call with President Putin. They discussed energy security.",
    ),
    "wh_2021-12-08_president-bidens-call-with-president-putin.txt": (
        "Readout of President Biden's Call with President Vladimir Putin of Russia",
        "December 8, 2021",
        "President Biden spoke with President Vladimir Putin of Russia. He voiced deep concerns about the "
        "escalation of forces surrounding Ukraine.",
    ),
    "wh_2021-12-09_president-bidens-call-with-president-macron.txt": (
        "Readout of President Biden's Call with President Macron of France",
        "December 9, 2021",
        "President Biden spoke with President Emmanuel Macron of France. They discussed the climate crisis.",
    ),
}


def test_readouts_naming_two_people_name_each_somewhere_in_them(tmp_path):
    asst = written_corpus(tmp_path, _TOGETHER)
    for q in (
        "Which readouts mention both Macron and Putin?",
        "Which readouts name both France's President Macron and Russia's President Putin?",
    ):
        answer = asst.ask(q)
        assert not answer.abstained, q
        assert answer.text.startswith("1 readout"), answer.text
        assert "his call with President Putin" in answer.text
    # a person and a topic: a sentence stating both, as before
    assert "climate crisis" in asst.ask("Which readouts mention Macron and the climate crisis?").text


def test_the_head_of_the_atlantic_alliance_is_asked_as_a_person(tmp_path):
    from assistant.qa.analyse import analyse

    q = (
        "Which head of the Atlantic alliance did the President and Vice President host on June 2, 2022 to get "
        "ready for the alliance's late-June summit in Spain?"
    )
    query = analyse(q)
    assert query.parts[0].answer_type == "person" and "NATO" in query.parties
    assert analyse("Which chief of staff joined the call?").parts[0].answer_type == "person"
    assert analyse("Which head of state did Biden call?").parts[0].answer_type == "person"
    readouts = {
        "wh_2022-06-02_president-biden-and-vice-president-harriss-meeting-with-nato-secretary-general.txt": (
            "Readout of President Biden and Vice President Harris's Meeting with NATO Secretary General Jens "
            "Stoltenberg",
            "June 2, 2022",
            "President Joseph R. Biden, Jr. and Vice President Kamala Harris met today with Secretary General Jens "
            "Stoltenberg of the North Atlantic Treaty Organization (NATO) to prepare for the June 29-30 NATO Summit "
            "in Madrid.",
        ),
    }
    answer = written_corpus(tmp_path, readouts).ask(q)
    assert not answer.abstained and "Stoltenberg" in answer.text


# ------------------------------------------------------------------------------ the review's findings, mended


def test_or_before_a_pronoun_or_after_a_noun_is_left_as_written():
    from assistant.qa.shared_heads import distribute_modifiers

    for text in (
        "Russia's war or its blockade of Ukrainian ports",
        "a past war or military operation",
        "Lebanon's own military or its national police",
        "launched, inaugural or newly launched (not a plan)",
    ):
        assert distribute_modifiers(text) == text
    # each "or" is read once: the thing is not written again and again
    assert distribute_modifiers("a nuclear or missile test (conducted)") == "a nuclear test or missile test (conducted)"


def test_names_asked_together_only_with_and_and_only_people(tmp_path):
    from assistant.qa.named_together import names_asked_together

    people, known = ("Macron", "Scholz"), frozenset({"macron", "scholz"})
    assert names_asked_together("Which readouts mention Macron and Scholz?", ("macron", "scholz"), people, known)
    assert not names_asked_together("Which readouts mention Macron or Scholz?", ("macron", "scholz"), people, known)
    assert not names_asked_together(
        "Which readouts mention Macron and not Scholz?", ("macron", "scholz"), people, known
    )
    # (words read as names that no record names: "the Americas Partnership for Economic Prosperity")
    q = "How many readouts refer to the Americas Partnership for Economic Prosperity?"
    assert not names_asked_together(q, ("partnership", "prosper"), ("Partnership", "Prosperity"), known)
    asst = written_corpus(tmp_path, _TOGETHER)
    answer = asst.ask("Which readouts mention Macron or Putin?")
    assert answer.text.startswith("3 readouts"), answer.text


def _records_of(tmp_path, readouts: dict) -> dict:
    return {name: extracted_meeting(tmp_path, name, *readout) for name, readout in readouts.items()}


def test_a_trip_is_the_meeting_only_of_the_issuers_traveller_that_day(tmp_path):
    records = _records_of(
        tmp_path,
        {
            "state_2022-05-02_kuleba.txt": (
                "Foreign Minister Kuleba's Visit",
                "May 2, 2022",
                "Ukrainian Foreign Minister Dmytro Kuleba traveled to Washington this week. He met with Secretary of "
                "State Antony Blinken to discuss support for Ukraine.",
            ),
            "state_2022-05-03_last-week.txt": (
                "Secretary Blinken's Call with Foreign Minister Kuleba",
                "May 2, 2022",
                "Secretary Blinken traveled to Kyiv last week with Secretary Austin. He met with Ukrainian Foreign "
                "Minister Dmytro Kuleba today by phone to discuss support.",
            ),
        },
    )
    sides = {p.name: p.side for p in records["state_2022-05-02_kuleba.txt"].participants}
    assert sides.get("Antony Blinken") == "issuer"
    people = records["state_2022-05-03_last-week.txt"].participants
    assert "Austin" not in {p.name for p in people if p.side == "counterpart"}


def test_an_unbulleted_name_inside_a_bulleted_list_is_still_read(tmp_path):
    body = (
        "Today, Vice President Kamala Harris met with faith leaders in Atlanta. Participants included:\n\n"
        "- Mayor Andre Dickens\n\n"
        "Representative Nikema Williams\n\n"
        "- Pastor Jamal Bryant, New Birth Missionary Baptist Church"
    )
    records = _records_of(
        tmp_path, {"wh_2022-06-10_harris-atlanta.txt": ("Readout of Harris's Meeting", "June 10, 2022", body)}
    )
    names = {p.name for p in records["wh_2022-06-10_harris-atlanta.txt"].participants}
    assert {"Andre Dickens", "Nikema Williams"} <= names


def test_one_serving_an_office_holder_does_not_hold_the_office():
    from assistant.qa.titled import holds_office

    assert not holds_office("Domestic Policy Advisor to the Vice President", "vice president")
    assert not holds_office("Chief of Staff to the President", "president")
    assert holds_office("Vice President", "vice president")
    assert holds_office("Executive Vice President for Government Affairs", "vice president")
