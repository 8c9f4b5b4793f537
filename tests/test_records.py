"""Readout records: the meeting (date, place, kind, participants, countries, title) and every sentence's statement
(kind, actor, CAMEO code), extracted from short readouts written here; then the same records through the public
API (``meetings``, ``statements``) over seeds/."""

from __future__ import annotations

import csv
import datetime
import io
from pathlib import Path

import pytest

from assistant.corpus.chunking import chunk_readout
from assistant.corpus.extract import extract
from assistant.corpus.formats import SUPPORTED
from assistant.corpus.ingest import parse_readout
from assistant.corpus.meetings import describe, meeting_kind
from assistant.errors import AssistantError
from assistant.records import Meeting, Meetings, Participant, Readout, Statement
from assistant.text.lexicon import CAMEO, STATEMENT_KINDS
from tests.conftest import ROOT

D = datetime.date
SEED = ROOT.parent / "shared" / "seed" / "000_8b1d29484dfd1989.txt"


def records(text: str, name: str = "readout.txt") -> tuple[Readout, Meeting, list[Statement]]:
    """Ingest ``text`` as the file ``name`` and extract its records, as the index build does."""
    readout, _ = parse_readout(text.encode("utf-8"), name, SUPPORTED[Path(name).suffix])
    chunks, meeting, statements = extract(chunk_readout(readout))
    return chunks.readout, meeting, statements


def dated(body: str, published: str = "June 9, 2022", title: str = "Secretary's Meeting") -> str:
    return f"{title}\nDate: {published}\n\n{body}\n"


def check_spans(readout: Readout, meeting: Meeting, statements: list[Statement]) -> None:
    """Every value that has a span says exactly what the readout's text says there."""
    text = readout.text
    assert statements, "a readout has statements"
    for s in statements:
        assert text[s.start : s.end] == s.text
        if s.verb_start >= 0:
            assert s.start <= s.verb_start < s.verb_end <= s.end
    if meeting.date_text is not None:
        assert text[slice(*meeting.date_span)] == meeting.date_text
    if meeting.place is not None:
        assert text[slice(*meeting.place_span)] == meeting.place
    if meeting.kind_span[0] >= 0:
        assert text[slice(*meeting.kind_span)].strip()
    assert meeting.participants
    for p in meeting.participants:
        words = text[p.start : p.end]
        assert p.name is None or p.name.split()[-1] in words
        assert p.title is None or p.title.split()[-1].lower() in words.lower()


# =========================================================================== dates


@pytest.mark.parametrize(
    "body,published,day,words",
    [
        (
            "Secretary Holloway met today in Nairobi with Kenyan Foreign Minister Ruth Otieno.",
            "June 9, 2022",
            D(2022, 6, 9),
            "today",
        ),
        (
            "Yesterday, Secretary Holloway met in Tokyo with Japanese Foreign Minister Hayashi Yoshimasa.",
            "May 5, 2022",
            D(2022, 5, 4),
            "Yesterday",
        ),
        # June 9, 2022 was a Thursday: "on Tuesday" is the Tuesday before
        (
            "On Tuesday, Secretary Holloway met with Kenyan Foreign Minister Ruth Otieno.",
            "June 9, 2022",
            D(2022, 6, 7),
            "Tuesday",
        ),
        # a day without a year: the latest one not after publication
        (
            "Secretary Holloway met on May 3 with French Foreign Minister Claire Dubois.",
            "April 12, 2023",
            D(2022, 5, 3),
            "May 3",
        ),
        (
            "Secretary Holloway met on May 3 with French Foreign Minister Claire Dubois.",
            "May 20, 2023",
            D(2023, 5, 3),
            "May 3",
        ),
        (
            "Secretary Holloway met last week with Italian Foreign Minister Marco Ricci.",
            "January 10, 2024",
            D(2024, 1, 3),
            "last week",
        ),
        (
            "Secretary Holloway met on March 2, 2021 with Mexican Foreign Secretary Ana Ruiz.",
            "March 5, 2021",
            D(2021, 3, 2),
            "March 2, 2021",
        ),
    ],
)
def test_meeting_dates_are_resolved_against_the_publication_date(body, published, day, words):
    readout, meeting, statements = records(dated(body, published))
    assert meeting.published == datetime.date.fromisoformat(readout.date)
    assert meeting.date == day
    assert meeting.date_text == words
    check_spans(readout, meeting, statements)


def test_no_date_in_the_text_means_the_publication_date_with_no_span():
    readout, meeting, _ = records(
        dated(
            "Secretary Holloway met with Brazilian Foreign Minister Paulo Lima. They agreed to meet again.",
            "June 20, 2024",
        )
    )
    assert meeting.date == meeting.published == D(2024, 6, 20)
    assert meeting.date_text is None and meeting.date_span == (-1, -1)


@pytest.mark.parametrize(
    "body,words",
    [
        ("Secretary Holloway met today in Nairobi with Kenyan Foreign Minister Ruth Otieno.", "today"),
        ("Secretary Holloway spoke with Kenyan Foreign Minister Ruth Otieno on Tuesday.", "Tuesday"),
        ("Secretary Holloway met on May 3 in Paris with French Foreign Minister Claire Dubois.", "May 3"),
    ],
)
def test_no_year_and_no_publication_date_is_not_guessed(body, words):
    readout, meeting, statements = records(body + " They discussed trade.", "meeting-notes.txt")
    assert readout.date is None and meeting.published is None
    assert meeting.date is None
    assert meeting.date_text == words  # the words are kept, with their span
    check_spans(readout, meeting, statements)


# =========================================================================== place


@pytest.mark.parametrize(
    "body,place",
    [
        ("Secretary Holloway met today in Tokyo with Japanese Foreign Minister Hayashi Yoshimasa.", "Tokyo"),
        (
            "On Tuesday, Deputy Secretary Mark Rowe met at the White House with Kenyan Foreign Minister Ruth Otieno.",
            "White House",
        ),
        (
            "Secretary Holloway met with Brazilian Foreign Minister Paulo Lima on the margins of the G7 Summit to "
            "discuss trade.",
            "G7 Summit",
        ),
        (
            "Secretary Holloway met with Brazilian Foreign Minister Paulo Lima on the margins of the G20 Summit in "
            "Brasilia.",
            "Brasilia",
        ),  # the city wins over the event
        (
            "Secretary Holloway visited Ulaanbaatar and met with Mongolian Foreign Minister Batmunkh Battsetseg.",
            "Ulaanbaatar",
        ),
        ("Secretary Holloway met with Kenyan Foreign Minister Ruth Otieno to discuss the situation in Sudan.", None),
        ("Secretary Holloway spoke today with Kenyan Foreign Minister Ruth Otieno from Washington.", None),  # a call
        # "for the" inside an office is no turn to the topic; the days after a place are no part of it
        (
            "Special Representative for the DPRK Dana Whitcomb met with Special Representative Liu Wei in Washington, "
            "D.C., to discuss recent developments.",
            "Washington",
        ),
        (
            "Special Envoy for the Horn of Africa Dana Whitcomb is in Ethiopia March 21-22 to meet officials.",
            "Ethiopia",
        ),
    ],
)
def test_place(body, place):
    readout, meeting, statements = records(dated(body + " They discussed trade."))
    assert meeting.place == place
    check_spans(readout, meeting, statements)


def test_an_event_at_the_end_of_the_sentence_has_no_full_stop():
    _, meeting, _ = records(
        dated(
            "Secretary Holloway met with Brazilian Foreign Minister Paulo Lima on the margins "
            "of the G7 Summit. They agreed to meet again."
        )
    )
    assert meeting.place == "G7 Summit"


def test_a_place_the_next_sentence_gives_the_meeting_is_its_place():
    readout, meeting, statements = records(
        dated(
            "Today the Vice President convened state legislators from Kansas and Utah. They were joined by advocates "
            "during the meeting at the White House.\n\nThe Vice President thanked the legislators."
        )
    )
    assert meeting.place == "White House"  # not "White House.\n\nThe Vice President"
    check_spans(readout, meeting, statements)
    _, later, _ = records(dated("Secretary Holloway met with Minister Paulo Lima. They will hold the meeting in July."))
    assert later.place is None  # a month is when, not where


def test_a_city_name_with_a_particle_is_kept_whole():
    _, meeting, _ = records(
        dated(
            "Secretary Holloway met today in Rio de Janeiro with Brazilian Foreign Minister "
            "Paulo Lima. They discussed trade."
        )
    )
    assert meeting.place == "Rio de Janeiro"


# =========================================================================== kind


@pytest.mark.parametrize(
    "title,body,kind",
    [
        (
            "Secretary's Call with Kenyan Foreign Minister",
            "Secretary Holloway spoke today with Kenyan Foreign Minister Ruth Otieno.",
            "call",
        ),
        ("Readout", "Secretary Holloway spoke by phone today with Kenyan Foreign Minister Ruth Otieno.", "call"),
        (
            "Secretary's Meeting with Kenyan Foreign Minister",
            "Secretary Holloway met today in Nairobi with Kenyan Foreign Minister Ruth Otieno.",
            "meeting",
        ),
        (
            "Secretary's Virtual Meeting with Indian External Affairs Minister",
            "Secretary Holloway held a virtual meeting today with Indian External Affairs Minister Ravi Menon.",
            "virtual_meeting",
        ),
        (
            "Secretary's Travel to Mongolia",
            "Secretary Holloway visited Ulaanbaatar and met with Mongolian Foreign Minister Batmunkh Battsetseg.",
            "visit",
        ),
        (
            "Secretary's Meeting with Japan and the Republic of Korea",
            "Secretary Holloway met today in Jakarta with Japanese Foreign Minister Hayashi Yoshimasa and Republic of "
            "Korea "
            "Foreign Minister Park Jin.",
            "trilateral",
        ),
        (
            "Secretary's Participation in the ASEAN Ministerial",
            "Secretary Holloway met in Jakarta with the foreign ministers of ASEAN nations.",
            "multilateral",
        ),
        (
            "U.S.-Philippines Strategic Dialogue",
            "Assistant Secretary Daniel Kritenbrink and Philippine Undersecretary Maria Lazaro co-chaired the "
            "Bilateral "
            "Strategic Dialogue today in Manila.",
            "dialogue",
        ),
    ],
)
def test_kind(title, body, kind):
    readout, meeting, statements = records(dated(body + " The delegations discussed maritime security.", title=title))
    assert meeting.kind == kind
    check_spans(readout, meeting, statements)


@pytest.mark.parametrize(
    "title,sentence,parties,kind",
    [
        ("", "The Secretary spoke with the Foreign Minister.", 2, "call"),
        ("", "The Secretary met the Foreign Minister by videoconference.", 2, "virtual_meeting"),
        ("", "The Secretary met the two ministers.", 3, "trilateral"),
        ("", "The Secretary met the leaders of the Quad.", 4, "multilateral"),
        ("Secretary's Visit to Peru", "The Secretary met the Foreign Minister.", 2, "visit"),
        ("", "The Secretary met the Foreign Minister.", 2, "meeting"),
        ("Sullivan's Meeting with Kenyan NSA Juma", "Jake Sullivan called Dr. Monica Juma today.", 2, "call"),
        ("", "The Secretary called on Russia to withdraw.", 2, "meeting"),  # urging, not phoning
    ],
)
def test_meeting_kind_function(title, sentence, parties, kind):
    assert meeting_kind(title, sentence, parties) == kind


# =========================================================================== participants and countries


def test_participants_have_sides_titles_and_countries():
    readout, meeting, statements = records(
        dated(
            "Secretary of State Jane Holloway met today in Nairobi with Kenyan Foreign Minister Ruth Otieno. "
            "They discussed trade."
        )
    )
    issuer = [p for p in meeting.participants if p.side == "issuer"]
    counterpart = [p for p in meeting.participants if p.side == "counterpart"]
    assert [(p.name, p.title, p.country) for p in issuer] == [("Jane Holloway", "Secretary of State", "United States")]
    assert [(p.name, p.title, p.country) for p in counterpart] == [("Ruth Otieno", "Foreign Minister", "Kenya")]
    assert meeting.countries == ("United States", "Kenya")
    assert meeting.issuer == "United States"
    check_spans(readout, meeting, statements)


def test_several_counterparts_each_keep_their_country():
    _, meeting, _ = records(
        dated(
            "Secretary Holloway met today in Jakarta with Japanese Foreign Minister Hayashi Yoshimasa and Republic of "
            "Korea Foreign Minister Park Jin. The three ministers committed to hold regular exercises."
        )
    )
    counterparts = {p.name: p.country for p in meeting.participants if p.side == "counterpart"}
    assert counterparts["Hayashi Yoshimasa"] == "Japan" and counterparts["Park Jin"] == "South Korea"
    assert set(counterparts) == {"Hayashi Yoshimasa", "Park Jin"}
    assert len(meeting.countries) == 3 and meeting.countries[:2] == ("United States", "Japan")


@pytest.mark.parametrize(
    "met,country",
    [
        # a body or country with its initials in brackets before the office: the office holder is of it
        ("the People's Republic of China (PRC) Special Representative for Korean Peninsula Affairs Liu Wei", "China"),
        ("Association of Southeast Asian Nations (ASEAN) Secretary-General Lim Wei", "ASEAN"),
        ("Caribbean Community (CARICOM) Secretary General Irwin Lamarque", "CARICOM"),
    ],
)
def test_an_office_after_a_bracketed_body_is_of_that_body(met, country):
    _, meeting, _ = records(dated(f"Special Representative Dana Whitcomb met today with {met}. They discussed trade."))
    counterpart = next(p for p in meeting.participants if p.side == "counterpart")
    assert counterpart.country == country, meeting.participants


@pytest.mark.parametrize(
    "body,name,title",
    [
        (
            "Deputy Secretary Mark Rowe met in Hanoi with Deputy Minister of Defense Sr. Lt. Gen. Tran Quoc Bao.",
            "Tran Quoc Bao",
            "Deputy Minister of Defense",
        ),
        (
            "Chairman of the Joint Chiefs of Staff Gen. Mark A. Milne spoke today with Kenyan Defense Minister Ruth "
            "Otieno.",
            "Mark A. Milne",
            "Chairman of the Joint Chiefs of Staff",
        ),
        (
            "General Mark Milne spoke today with Commander-in-Chief of the Ukrainian Armed Forces Gen. Valery Zaluzh.",
            "Valery Zaluzh",
            "Commander-in-Chief",
        ),
    ],
)
def test_a_rank_before_a_name_is_no_part_of_it(body, name, title):
    _, meeting, _ = records(dated(f"{body} They discussed maritime security."))
    assert {p.name: p.title for p in meeting.participants}[name] == title


def test_a_list_of_those_who_took_part_late_in_the_readout_is_read():
    """ "The Leaders that participated:" after the readout's paragraphs introduces who took part."""
    paragraphs = " ".join(f"The Vice President discussed topic number {k} with the leaders." for k in range(9))
    _, meeting, _ = records(
        dated(
            f"Vice President Marlow met virtually today with 3 leaders of Caribbean nations. {paragraphs}\n\n"
            "The Leaders that participated:\n\n- Prime Minister Gaston Brown of Antigua and Barbuda\n"
            "- Prime Minister Mia Motley of Barbados\n- Secretary General of CARICOM Dr. Carla Barnet\n"
        )
    )
    sides = {p.name: p.country for p in meeting.participants if p.side == "counterpart" and p.name}
    assert sides == {"Gaston Brown": "Antigua and Barbuda", "Mia Motley": "Barbados", "Carla Barnet": "CARICOM"}


def test_someone_who_met_others_in_a_later_sentence_is_not_a_counterpart():
    """A person an earlier engagement names as the subject of its own meeting verb ("President Obrey and the Vice
    President convened regional leaders") met those leaders, not the readout's counterpart."""
    _, meeting, _ = records(
        dated(
            "Vice President Marlow today spoke with Prime Minister Andrew Kessel of Jamaica to congratulate him. "
            "The two discussed energy security. On April 29, the Vice President convened Caribbean leaders "
            "virtually and on June 9, President Obrey and the Vice President convened Caribbean leaders in Miami."
        )
    )
    names = [(p.name, p.side) for p in meeting.participants]
    assert ("Andrew Kessel", "counterpart") in names
    assert all(name != "Obrey" for name, _ in names)


@pytest.mark.parametrize(
    "said",
    [
        "National Security Advisor Dana Whitcomb also met separately with Prime Minister Sterl.",
        # without "also", and after a sentence adverb that is no one's name
        "Additionally, National Security Advisor Dana Whitcomb met separately with Prime Minister Sterl.",
    ],
)
def test_one_of_the_issuers_side_who_also_met_the_counterpart_took_part(said):
    _, meeting, _ = records(
        dated(
            "President Obrey met today in Washington with Prime Minister Jonas Sterl of Norway. The two discussed "
            f"energy security. {said}"
        )
    )
    sides = {p.name: (p.side, p.country) for p in meeting.participants}
    assert sides["Dana Whitcomb"] == ("issuer", "United States")
    assert sides["Jonas Sterl"] == ("counterpart", "Norway")


def test_whom_the_caller_saw_earlier_that_day_is_not_on_the_call():
    """What the speaker was doing while calling ("while returning from the State Funeral for Queen Elizabeth II")
    names no one on the call."""
    _, meeting, _ = records(
        dated(
            "President Obrey spoke to Governor Pedro Lanzar today from Air Force One while returning from the "
            "State Funeral for Queen Elizabeth II. The two discussed the storm."
        )
    )
    assert [p.name for p in meeting.participants] == ["Obrey", "Pedro Lanzar"]


def test_an_unnamed_counterpart_gets_a_title_and_country():
    _, meeting, _ = records(
        dated(
            "The Secretary of State met in Berlin with the Foreign Minister of Germany. "
            "The two discussed energy security."
        )
    )
    counterpart = [p for p in meeting.participants if p.side == "counterpart"]
    assert [(p.name, p.title, p.country) for p in counterpart] == [(None, "Foreign Minister", "Germany")]


# =========================================================================== titles made from records


def test_a_readout_with_no_title_gets_one_from_its_records():
    readout, meeting, _ = records(
        "Secretary Holloway met on May 3, 2022 in Nairobi with Kenyan Foreign Minister Otieno. They discussed trade.",
        "notes.txt",
    )
    assert readout.title_source == "records"
    assert meeting.title == readout.title
    assert readout.title.startswith("Holloway – Otieno meeting")
    assert readout.title.endswith("· May 3, 2022 · Nairobi")


def test_a_title_line_is_kept():
    readout, meeting, _ = records(
        dated(
            "Secretary Holloway met today in Nairobi with Kenyan Foreign Minister Ruth Otieno. They discussed trade.",
            title="Secretary's Meeting in Nairobi",
        )
    )
    assert readout.title_source == "text" and meeting.title == "Secretary's Meeting in Nairobi"


def test_today_without_a_publication_date_is_left_out_of_a_made_title():
    readout, _, _ = records(
        "Secretary Holloway met today in Nairobi with Kenyan Foreign Minister Otieno. They discussed trade.",
        "notes.txt",
    )
    assert readout.title == "Holloway – Otieno meeting · Nairobi"


def test_a_made_title_uses_surnames_when_the_full_name_follows_the_title():
    readout, _, _ = records(
        "Secretary Holloway met today in Nairobi with Kenyan Foreign Minister Ruth Otieno. They discussed trade.",
        "notes.txt",
    )
    assert readout.title.startswith("Holloway – Otieno meeting")


def test_describe_names_nobody_gives_no_title():
    empty = Meeting(source="x.txt", title="X", date=None, published=None, place=None, kind="meeting")
    assert describe(empty) is None


@pytest.mark.skipif(not SEED.is_file(), reason="../shared/seed is not present")
def test_the_seed_readout_gets_a_title_and_no_guessed_year():
    readout, meeting, statements = records(SEED.read_text(encoding="utf-8"), SEED.name)
    assert readout.title == "Blinken – Kamikawa meeting · September 18 · New York City"
    assert readout.title_source == "records"
    assert meeting.date is None and meeting.published is None and meeting.date_text == "September 18"
    assert meeting.place == "New York City"
    sides = {p.side: p for p in meeting.participants}
    assert "Blinken" in sides["issuer"].name and "Kamikawa" in sides["counterpart"].name
    assert sides["counterpart"].country == "Japan"
    check_spans(readout, meeting, statements)
    keep_talking = next(s for s in statements if "continue the conversation about expanding" in s.text)
    assert keep_talking.kind == "agreed"
    assert readout.text[keep_talking.verb_start : keep_talking.verb_end] == "agreed"


# =========================================================================== statements

KENYA = (
    "Secretary's Meeting with Kenyan Foreign Minister",
    "Secretary of State Jane Holloway met today in Nairobi with Kenyan Foreign Minister Ruth Otieno.",
)


def statement(sentence: str) -> Statement:
    """The statement extracted for ``sentence``, said in a readout of a Holloway-Otieno meeting."""
    readout, meeting, statements = records(dated(f"{KENYA[1]} {sentence}", title=KENYA[0]))
    check_spans(readout, meeting, statements)
    hits = [s for s in statements if s.text == sentence]
    assert len(hits) == 1, [s.text for s in statements]
    return hits[0]


@pytest.mark.parametrize(
    "sentence,kind,verb",
    [
        ("The two ministers agreed to expand cooperation on grid resilience.", "agreed", "agreed"),
        ("They agreed to continue the conversation about expanding trade ties.", "agreed", "agreed"),
        ("The two ministers discussed energy security and agreed to expand cooperation on grids.", "agreed", "agreed"),
        ("They discussed the agreement on fisheries.", "discussed", "discussed"),
        ("The ministers discussed ways to agree on a ceasefire.", "discussed", "discussed"),
        ("The two officials discussed the drought in the Horn of Africa.", "discussed", "discussed"),
        (
            "The Secretary and the Foreign Minister discussed debt relief, while the Secretary pledged to visit "
            "Mombasa.",
            "discussed",
            "discussed",
        ),
        ("The Secretary said that the United States will provide $5 million for refugees.", "committed", "said"),
        ("The Secretary made clear that the United States would act.", "committed", "made clear"),
        ("The three ministers committed to hold regular exercises.", "committed", "committed"),
        ("Foreign Minister Otieno expressed support for the initiative.", "expressed_support", "expressed"),
        ("She reiterated concern about the drought.", "expressed_concern", "reiterated"),
        ("The Secretary expressed condolences for the victims of the floods.", "condolences", "expressed"),
        ("The Secretary offered condolences for the victims of the floods.", "condolences", "offered"),
        ("The Secretary called on Ethiopia to protect civilians.", "urged", "called on"),
        ("The Secretary urged Ethiopia to protect civilians.", "urged", "urged"),
        ("The Secretary condemned the attack on the embassy.", "condemned", "condemned"),
        ("The Secretary welcomed Kenya's leadership.", "welcomed", "welcomed"),
        ("The Secretary thanked Kenya for hosting the conference.", "thanked", "thanked"),
        ("The ministers reaffirmed their commitment to the partnership.", "reaffirmed", "reaffirmed"),
        ("China announced new export controls on graphite.", "announced", "announced"),
        ("The Foreign Minister noted the progress on the railway.", "noted", "noted"),
        ("The two ministers met to discuss trade.", "met", "met"),
    ],
)
def test_statement_kind_comes_from_the_main_verb(sentence, kind, verb):
    s = statement(sentence)
    assert s.kind == kind
    assert s.text[s.verb_start - s.start : s.verb_end - s.start] == verb
    assert s.cameo == CAMEO.get(kind)


@pytest.mark.parametrize(
    "sentence,kind",
    [
        (
            "The Foreign Minister described Kenya's new visa rules, and the two sides committed to hold a dialogue in "
            "May.",
            "committed",
        ),
        ("The Minister asked for faster grants, and the Secretary promised an answer before August.", "committed"),
    ],
)
def test_the_strongest_verb_of_coordinate_clauses_wins(sentence, kind):
    assert statement(sentence).kind == kind


def test_discussed_never_becomes_agreed():
    for sentence in (
        "They discussed the agreement on fisheries.",
        "The ministers discussed ways to agree on a ceasefire.",
        "The two officials discussed whether to sign a trade pact.",
    ):
        assert statement(sentence).kind == "discussed"


@pytest.mark.parametrize(
    "sentence,actor",
    [
        ("The Secretary thanked Kenya for hosting the conference.", "issuer"),
        ("Secretary Holloway urged Ethiopia to protect civilians.", "issuer"),
        ("Foreign Minister Otieno expressed support for the initiative.", "counterpart"),
        ("The Foreign Minister noted the progress on the railway.", "counterpart"),
        ("The two ministers agreed to expand cooperation on grid resilience.", "both"),
        ("They discussed the agreement on fisheries.", "both"),
        ("The Secretary and the Foreign Minister discussed debt relief.", "both"),
        ("China announced new export controls on graphite.", "China"),
    ],
)
def test_actor(sentence, actor):
    assert statement(sentence).actor == actor


def test_a_pronoun_takes_the_previous_actor():
    _, _, statements = records(
        dated(
            f"{KENYA[1]} Foreign Minister Otieno raised the drought. She reiterated concern about food prices.",
            title=KENYA[0],
        )
    )
    assert [s.actor for s in statements[1:]] == ["counterpart", "counterpart"]


def test_cameo_codes_follow_the_kind():
    _, _, statements = records(
        dated(
            f"{KENYA[1]} The Secretary condemned the attack. The ministers agreed to meet "
            "again. The Secretary urged restraint. The Secretary offered condolences.",
            title=KENYA[0],
        )
    )
    assert [(s.kind, s.cameo) for s in statements] == [
        ("met", "04"),
        ("condemned", "111"),
        ("agreed", "03"),
        ("urged", "02"),
        ("condolences", "018"),
    ]
    assert all(s.kind in STATEMENT_KINDS for s in statements)


# =========================================================================== the public API: meetings

SEED_SOURCES = {
    "germany-energy-meeting.html",
    "indonesia-maritime-meeting.txt",
    "mexico-migration-call.txt",
    "us-japan-foreign-ministers.txt",
    "us-kenya-call.md",
}


def test_meetings_lists_every_readout_by_date(fake_assistant):
    ms = fake_assistant.meetings()
    assert isinstance(ms, Meetings) and {m.source for m in ms} == SEED_SOURCES
    days = [m.date for m in ms if m.date]
    assert days == sorted(days) and len(days) == 4
    assert ms[-1].date is None and ms[-1].source == "us-japan-foreign-ministers.txt"  # undated last
    for m in ms:
        text = fake_assistant.readout(m.source).text
        if m.place:
            assert text[slice(*m.place_span)] == m.place
        for p in m.participants:
            assert 0 <= p.start < p.end <= len(text)


def test_meeting_records_of_the_seeds(fake_assistant):
    by_source = {m.source: m for m in fake_assistant.meetings()}
    germany = by_source["germany-energy-meeting.html"]
    assert (germany.date, germany.place, germany.kind) == (D(2023, 10, 3), "Berlin", "meeting")
    assert germany.countries == ("United States", "Germany")
    kenya = by_source["us-kenya-call.md"]
    assert (kenya.date, kenya.place, kenya.kind) == (D(2024, 3, 14), None, "call")
    japan = by_source["us-japan-foreign-ministers.txt"]
    assert japan.date is None and japan.published is None and japan.date_text == "today"
    assert japan.title == "Secretary of State – Foreign Minister of Japan meeting · Washington"


@pytest.mark.parametrize(
    "filters,sources",
    [
        ({"country": "Japan"}, {"us-japan-foreign-ministers.txt"}),
        ({"country": "Japanese"}, {"us-japan-foreign-ministers.txt"}),
        ({"country": "Kenya", "kind": "call"}, {"us-kenya-call.md"}),
        ({"kind": "call"}, {"mexico-migration-call.txt", "us-kenya-call.md"}),
        (
            {"kind": "meeting"},
            {"germany-energy-meeting.html", "indonesia-maritime-meeting.txt", "us-japan-foreign-ministers.txt"},
        ),
        ({"after": "2024-01-01"}, {"mexico-migration-call.txt", "us-kenya-call.md"}),
        ({"before": "2023-12-31"}, {"indonesia-maritime-meeting.txt", "germany-energy-meeting.html"}),
        ({"after": "2023", "before": "2023"}, {"indonesia-maritime-meeting.txt", "germany-energy-meeting.html"}),
        (
            {"after": datetime.date(2023, 9, 1), "before": "2024-02"},
            {"germany-energy-meeting.html", "mexico-migration-call.txt"},
        ),
        ({"person": "National Security Advisor"}, {"mexico-migration-call.txt"}),
        ({"person": "deputy secretary"}, {"us-kenya-call.md"}),
        ({"country": "Brazil"}, set()),
    ],
)
def test_meetings_filters(fake_assistant, filters, sources):
    assert {m.source for m in fake_assistant.meetings(**filters)} == sources


def test_meetings_to_frame_and_csv(fake_assistant):
    pytest.importorskip("pandas")
    ms = fake_assistant.meetings()
    frame = ms.to_frame()
    assert list(frame.columns) == list(Meetings.COLUMNS)
    assert len(frame) == len(ms) == 5
    assert str(frame["date"].dtype).startswith("datetime64")
    assert frame["date"].isna().sum() == 1
    rows = list(csv.DictReader(io.StringIO(ms.to_csv())))
    assert [r["source"] for r in rows] == [m.source for m in ms]
    assert rows[0]["date"] == ms[0].date.isoformat()
    assert "Germany" in next(r["countries"] for r in rows if r["source"] == "germany-energy-meeting.html")


@pytest.mark.parametrize(
    "filters,words",
    [
        ({"kind": "banquet"}, ["banquet", "call", "meeting"]),
        ({"after": "yesterday"}, ["yesterday", "YYYY-MM-DD"]),
        ({"after": "2024-13-01"}, ["2024-13-01", "YYYY-MM-DD"]),
        ({"colour": "red"}, ["colour", "country", "person"]),
        ({"after": "2024-01-01", "before": "2023-01-01"}, ["empty"]),
    ],
)
def test_a_bad_filter_is_a_clear_error(fake_assistant, filters, words):
    with pytest.raises(AssistantError) as err:
        fake_assistant.meetings(**filters)
    assert all(w in str(err.value) for w in words), str(err.value)


def test_bad_filters_to_ask_and_statements_are_clear_errors(fake_assistant):
    with pytest.raises(AssistantError, match="banquet"):
        fake_assistant.ask("What did they agree?", filters={"kind": "banquet"})
    with pytest.raises(AssistantError, match="dict"):
        fake_assistant.ask("What did they agree?", filters="Japan")
    with pytest.raises(AssistantError, match="statement kinds"):
        fake_assistant.statements(kind="gossip")


# =========================================================================== the public API: statements


def test_statements_of_a_kind_quote_the_readouts_exactly(fake_assistant):
    agreed = fake_assistant.statements(kind="agreed")
    assert len(agreed) >= 5 and {s.kind for s in agreed} == {"agreed"}
    assert {s.source for s in agreed} == SEED_SOURCES
    for s in agreed:
        assert fake_assistant.readout(s.source).text[s.start : s.end] == s.text
        assert s.cameo == "03" and s.counterpart
        assert "agreed" in s.text[s.verb_start - s.start : s.verb_end - s.start]
    by_source = {s.source: s for s in agreed}
    assert by_source["germany-energy-meeting.html"].date == D(2023, 10, 3)
    assert "Germany" in by_source["germany-energy-meeting.html"].counterpart
    assert by_source["us-japan-foreign-ministers.txt"].date is None  # the readout gives no year
    days = [s.date for s in agreed if s.date]
    assert days == sorted(days)


def test_statements_filters_combine_meeting_and_statement_kinds(fake_assistant):
    everything = fake_assistant.statements()
    calls = fake_assistant.statements(kind="call")
    assert 0 < len(calls) < len(everything)
    assert {s.source for s in calls} == {"mexico-migration-call.txt", "us-kenya-call.md"}
    japan_agreed = fake_assistant.statements(kind="agreed", country="Japan")
    assert japan_agreed and {s.source for s in japan_agreed} == {"us-japan-foreign-ministers.txt"}
    assert sum(1 for s in everything if s.kind == "agreed") == len(fake_assistant.statements(kind="agreed"))
    rows = list(csv.DictReader(io.StringIO(japan_agreed.to_csv())))
    assert [r["quote"] for r in rows] == [s.text for s in japan_agreed]


# =========================================================================== HTML of records


def test_meeting_and_participant_html_is_escaped():
    bad = "<script>alert('x')</script>"
    p = Participant(name=bad, title="Minister & <b>Envoy</b>", country="Kenya", side="counterpart")
    m = Meeting(
        source="a<b>.txt",
        title=bad,
        date=D(2024, 1, 2),
        published=None,
        place="<i>Nairobi</i>",
        kind="meeting",
        participants=(p,),
        countries=("Kenya",),
    )
    for html in (m._repr_html_(), p._repr_html_(), Meetings([m])._repr_html_()):
        assert "<script>" not in html and "<b>Envoy" not in html and "a<b>.txt" not in html
        assert "&lt;script&gt;" in html
    assert "&amp;" in p._repr_html_()
    assert "2024-01-02" in m._repr_html_() and "&lt;i&gt;Nairobi&lt;/i&gt;" in m._repr_html_()
    assert "<i>Nairobi" not in m._repr_html_() and "<i>Nairobi" not in Meetings([m])._repr_html_()


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Under Secretary Zeya\u2019s Travel to Chile", [("Zeya", "Under Secretary")]),
        (
            "Secretary Blinken and Secretary Austin\u2019s Travel to Ukraine",
            [("Blinken", "Secretary"), ("Austin", "Secretary")],
        ),
        (
            "Today in Jeddah, President Joseph R. Biden, Jr. met with Amir Sheikh Tamim Bin Hamad Al Thani of Qatar.",
            [("Joseph R. Biden, Jr.", "President"), ("Tamim Bin Hamad Al Thani", "Amir Sheikh")],
        ),
        (
            "While in Los Angeles, President Biden met the Prime Minister.",
            [("Biden", "President"), (None, "Prime Minister")],
        ),
        (
            "Ms. Kamikawa Yoko, Minister for Foreign Affairs of Japan, met him.",
            [("Kamikawa Yoko", "Minister for Foreign Affairs")],
        ),
        # a title after a comma that goes on as its own clause is no apposition of the word before
        (
            "Before leaving Brussels, the President called Chancellor Scholz.",
            [(None, "President"), ("Scholz", "Chancellor")],
        ),
        (
            "In the Senate, the President had calls with Senator Patty Murray.",
            [(None, "President"), ("Patty Murray", "Senator")],
        ),
        (
            "He met Antonio Guterres, the Secretary-General of the United Nations.",
            [("Antonio Guterres", "Secretary-General")],
        ),
    ],
)
def test_a_place_or_a_possessive_is_not_read_as_a_name(text, expected):
    from assistant.corpus.people import mentions

    assert [(m.name, m.title) for m in mentions(text)] == expected


def test_counterparts_take_the_one_foreign_country_of_the_title(tmp_path):
    from assistant.corpus.meetings import _fill_countries
    from assistant.records import Participant

    people = [
        Participant("Jake Sullivan", "National Security Advisor", "United States", "issuer"),
        Participant("Asta Skaisgiryte", "Chief Foreign Policy Advisor", None, "counterpart"),
    ]
    title = "Sullivan\u2019s Meeting with Asta Skaisgiryte, Advisor to the President of Lithuania"
    filled = _fill_countries(people, [], "United States", title)
    assert [p.country for p in filled] == ["United States", "Lithuania"]
    two = "Sullivan\u2019s Meeting with Advisors of Lithuania and Latvia"
    assert _fill_countries(people, [], "United States", two)[1].country is None  # two countries: not guessed


def test_someone_met_alongside_the_principal_whom_the_title_gives_another_country_is_the_other_side():
    _, meeting, _ = records(
        dated(
            "President Joseph R. Biden, Jr. and President Jair Messias Bolsonaro met today to reaffirm the "
            "relationship between the United States and Brazil.",
            title="Readout of President Biden's Meeting with President Jair Bolsonaro of Brazil",
        )
    )
    sides = {p.name: (p.side, p.country) for p in meeting.participants}
    assert sides["Jair Messias Bolsonaro"] == ("counterpart", "Brazil")
    assert sides["Joseph R. Biden, Jr."] == ("issuer", "United States")  # the first named speaks for the issuer
    assert "Brazil" in meeting.countries


def test_the_day_that_opens_a_sentence_is_no_part_of_a_title():
    _, meeting, _ = records(
        dated(
            "Today President Biden spoke with Prime Minister Justin Trudeau of Canada to discuss the blockade.",
            title="Readout of President Biden's Call With Prime Minister Justin Trudeau of Canada",
        )
    )
    titles = {p.name: p.title for p in meeting.participants}
    assert titles["Biden"] == "President" and titles["Justin Trudeau"] == "Prime Minister"
