"""People a readout names in a sentence of their own as taking part ("was joined on the call by", "also
joined the meeting", "participants in the call included", "joining ... on the call were", "the delegation was
led by"), names with particles or a country inside their title, two people who share a surname, the people's own
meeting before a group call that lists one of them, and the questions that ask for them. A small corpus written
here, with the hash embedder."""

from __future__ import annotations

import pytest

from tests.fakes import meeting_of, written_corpus

READOUTS = {
    "storms.txt": (
        "President Biden's Call with Governors of States Impacted by Severe Weather",
        "December 11, 2021",
        "President Biden spoke with Kentucky Governor Andy Beshear and Tennessee Governor Bill Lee about the "
        "tornadoes. The President was joined on the call by FEMA Administrator Deanne Criswell and Homeland "
        "Security Advisor Liz Sherwood-Randall. The President pledged federal support.",
    ),
    "panama.txt": (
        "Secretary Blinken's Meeting with Panamanian President Cortizo",
        "April 19, 2022",
        "Secretary of State Antony J. Blinken met today with Panamanian President Laurentino Cortizo in Panama "
        "City. Secretary of Homeland Security Alejandro Mayorkas also joined the meeting. They discussed "
        "irregular migration.",
    ),
    "transatlantic.txt": (
        "President Biden's Call with Transatlantic Leaders",
        "February 18, 2022",
        "President Biden convened a call with transatlantic leaders on Russia's military build-up. Participants "
        "in the call included European Commission President Ursula von der Leyen, President Andrzej Duda of "
        "Poland, and President Klaus Iohannis of Romania. The leaders discussed deterrence.",
    ),
    "israel.txt": (
        "National Security Advisor Sullivan Leads the U.S.-Israel Strategic Consultative Group",
        "March 11, 2021",
        "National Security Advisor Jake Sullivan led an interagency U.S. delegation in a virtual meeting of the "
        "U.S.-Israel Strategic Consultative Group. The Israeli interagency delegation was led by National Security "
        "Advisor Meir Ben-Shabbat. The two sides discussed Iran.",
    ),
    "bulgaria.txt": (
        "Counselor Chollet Meets with Bulgarian Energy Delegation",
        "February 14, 2022",
        "Counselor of the Department Derek Chollet hosted a delegation from Bulgaria yesterday. Bulgarian Minister "
        "of Finance Assen Vassilev and Minister of Energy Alexander Nikolov led the delegation, which discussed "
        "energy diversification.",
    ),
    "yemen.txt": (
        "Secretary Blinken's Call with UN Special Envoy for Yemen Grundberg",
        "February 17, 2022",
        "Secretary Blinken spoke today with UN Special Envoy for Yemen Hans Grundberg about the truce.",
    ),
    "korea.txt": (
        "Special Representative Kim's Meeting with His Republic of Korea Counterpart",
        "June 3, 2022",
        "Special Representative for the DPRK Sung Kim met today in Seoul with Republic of Korea Special "
        "Representative for Korean Peninsula Peace and Security Affairs Kim Gunn. They discussed the DPRK.",
    ),
    "somalia.txt": (
        "National Security Advisor Jake Sullivan's Meeting with President Hassan Sheikh Mohamud of Somalia",
        "September 15, 2022",
        "National Security Advisor Jake Sullivan hosted President Hassan Sheikh Mohamud at the White House today. "
        "Mr. Sullivan, joined by Assistant to the President for Homeland Security Dr. Elizabeth Sherwood-Randall, "
        "praised Somalia's leadership. Deputy Minister Botes, who was joined by Economic Advisor Trudi Makhaya, "
        "thanked him.",
    ),
    "guatemala.txt": (
        "National Security Advisor Jake Sullivan's Meeting with President Alejandro Giammattei of Guatemala",
        "December 9, 2021",
        "National Security Advisor Jake Sullivan met with the President of Guatemala, Alejandro Giammattei, on "
        "December 8. They discussed migration. Also in the meeting were National Security Advisor to the Vice "
        "President Nancy McEldowney, NSC Senior Director Juan Gonzalez, and U.S. Ambassador William Popp.",
    ),
    "allies.txt": (
        "The President's Video Call with Allies and Partners",
        "September 8, 2022",
        "President Biden spoke by video conference today with Allies and partners about support for Ukraine. "
        "Joining President Biden on the call were Prime Minister Trudeau of Canada, President Duda of Poland, "
        "Prime Minister Truss of the United Kingdom, and representatives from France.",
    ),
    "truss.txt": (
        "President Biden's Call with Prime Minister Liz Truss of the United Kingdom",
        "September 6, 2022",
        "President Biden spoke today with Prime Minister Liz Truss of the United Kingdom to offer his "
        "congratulations. The leaders agreed to stay in close touch on Northern Ireland.",
    ),
    "draghi.txt": (
        "Readout of the Meeting Between President Biden and Prime Minister Draghi",
        "May 10, 2022",
        "President Biden and Prime Minister Mario Draghi of Italy met today at the White House. They discussed "
        "Russia's war against Ukraine. The leaders looked forward to further discussions at the G-7 Summit and "
        "NATO Summit in June.",
    ),
}


@pytest.fixture
def asst(tmp_path):
    return written_corpus(tmp_path, READOUTS)


def _people(asst, source):
    return {p.name: (p.side, p.country) for p in meeting_of(asst, source).participants}


def test_people_who_joined_a_meeting_in_a_sentence_of_their_own_take_part(asst):
    storms = _people(asst, "storms.txt")
    assert storms.get("Deanne Criswell") == ("issuer", "United States"), storms
    assert storms.get("Liz Sherwood-Randall") == ("issuer", "United States"), storms
    assert _people(asst, "panama.txt").get("Alejandro Mayorkas") == ("issuer", "United States")
    transatlantic = _people(asst, "transatlantic.txt")
    assert transatlantic.get("Ursula von der Leyen") == ("counterpart", "European Union"), transatlantic
    assert transatlantic.get("Klaus Iohannis") == ("counterpart", "Romania"), transatlantic
    assert _people(asst, "israel.txt").get("Meir Ben-Shabbat") == ("counterpart", "Israel")
    bulgaria = _people(asst, "bulgaria.txt")
    assert bulgaria.get("Assen Vassilev") == ("counterpart", "Bulgaria"), bulgaria
    allies = _people(asst, "allies.txt")  # "Joining President Biden on the call were ..."
    assert allies.get("Truss") == ("counterpart", "United Kingdom"), allies
    assert allies.get("Duda") == ("counterpart", "Poland"), allies
    # "Mr. Sullivan, joined by ..., praised": the aside's people up to the verb, on the side of whom they joined
    somalia = _people(asst, "somalia.txt")
    assert somalia.get("Elizabeth Sherwood-Randall") == ("issuer", "United States"), somalia
    assert "Trudi Makhaya" not in somalia  # "who was joined by" gives no side here, as before
    from assistant.corpus.joined import joined_people
    from assistant.records import Sentence

    # an aside never closed by a comma tells not where its people end: the one met after it did not join
    text = "Mr. Sullivan, joined by Ambassador Smith and Secretary Jones met President Alvarez."
    got = joined_people(text, Sentence("x.txt", 0, len(text), text), "United States")
    assert not any(m.name and "Alvarez" in m.name for m, _ in got), got
    guatemala = _people(asst, "guatemala.txt")  # "Also in the meeting were ...": the issuer's, with no country said
    assert guatemala.get("Juan Gonzalez") == ("issuer", "United States"), guatemala
    assert guatemala.get("William Popp") == ("issuer", "United States"), guatemala


def test_a_country_an_office_is_for_is_not_part_of_the_name_and_two_kims_are_two_people(asst):
    assert "Hans Grundberg" in _people(asst, "yemen.txt")
    korea = _people(asst, "korea.txt")
    assert "Sung Kim" in korea and "Kim Gunn" in korea, korea


def test_a_sentence_that_starts_with_participants_is_not_a_list_heading():
    from assistant.corpus.list_lines import LIST_HEADING as _LIST_HEADING

    assert _LIST_HEADING.fullmatch("Participants:")
    assert not _LIST_HEADING.fullmatch("Participants expressed their support for Ukraine.")


def test_who_questions_find_those_who_joined(asst):
    ans = asst.ask("Which of Biden's own officials were on his December 11, 2021 call with the governors?")
    assert not ans.abstained, ans.text
    assert "Deanne Criswell" in ans.text and "joined on the call" in ans.text
    ans = asst.ask("Which leaders from Poland and Romania were on Biden's February 18, 2022 call?")
    assert "Andrzej Duda" in ans.text and "Klaus Iohannis" in ans.text, ans.text
    ans = asst.ask("Who headed the Israeli side at the March 2021 Strategic Consultative Group meeting?")
    assert "Meir Ben-Shabbat" in ans.text, ans.text
    assert "Jake Sullivan (" not in ans.text  # the U.S. side is not what was asked


def test_who_else_sat_in_names_those_also_in_the_meeting(asst):
    ans = asst.ask(
        "Who else from the U.S. side sat in on that meeting?",
        history=[{"role": "user", "content": "Where did Jake Sullivan meet President Giammattei in December 2021?"}],
    )
    assert "Juan Gonzalez" in ans.text and "William Popp" in ans.text, ans.text


def test_who_headed_a_countrys_team_names_that_countrys_people(asst):
    ans = asst.ask("Who headed the Bulgarian delegation that Chollet hosted in February 2022?")
    assert "Assen Vassilev" in ans.text, ans.text
    assert "Derek Chollet (" not in ans.text


def test_a_part_after_a_where_part_keeps_its_own_topic():
    from assistant.qa.analyse import analyse

    q = analyse("Where did Biden host Draghi in May 2022, and what upcoming summits did they mention?")
    assert q.parts[0].answer_type == "place"
    assert "host" not in q.parts[1].topic  # "they" are the two leaders, not the first part's words
    q = analyse("What did they agree on the Haiti mission, and who will lead it?")
    assert q.parts[1].topic == q.parts[0].topic  # "it" is the mission


def test_the_peoples_own_meeting_before_a_group_call_that_lists_one_of_them(asst):
    # Truss joined the allies' call of September 8 too; "Biden's last call with Truss" is their own call
    ans = asst.ask("When did Biden last speak with Prime Minister Truss?")
    assert "September 6, 2022" in ans.text and "September 8" not in ans.text, ans.text
    ans = asst.ask("What did Biden and Truss agree in their September 2022 call?")
    assert "close touch" in ans.text and "video conference" not in ans.text, ans.text
    # asked about the group call, it is found
    ans = asst.ask("Who joined Biden's September 8, 2022 video call with allies and partners?")
    assert "Truss" in ans.text, ans.text


def test_only_a_group_meeting_gives_way_to_the_peoples_own():
    from types import SimpleNamespace as NS

    from assistant.qa.titled import theirs

    def meeting(title, *others):
        people = [NS(name="Joe Biden", side="issuer")] + [NS(name=n, side="counterpart") for n in others]
        return NS(title=title, participants=people)

    index = NS(
        meetings=[
            meeting("President Biden's Call with Prime Minister Truss", "Liz Truss"),
            meeting("The President's Call with Allies", "Liz Truss", "Andrzej Duda", "Fumio Kishida"),
            meeting("President Biden's Meeting on Energy", "Liz Truss"),  # her own too, the title says other
        ]
    )
    assert theirs({0, 1, 2}, ["Biden", "Truss"], index) == {0, 2}
    assert theirs({1, 2}, ["Biden", "Truss"], index) == {1, 2}  # none titled: all stay
    assert theirs({0, 1}, ["Truss"], index) == {0, 1}  # one person alone is no pair
