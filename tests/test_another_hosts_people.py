"""People of a gathering someone else hosted, spoken of in a later sentence of a readout, are not the meeting's
participants ("discussed the Leaders' Retreat hosted by Prime Minister Jacinda Ardern with President Joseph R.
Biden, Jr. participating")."""

from tests.test_records import dated, records

BODY = (
    "Deputy Secretary of State Wendy Sherman met with New Zealand Secretary of Foreign Affairs Chris Seed today. "
    "The Deputy Secretary congratulated Secretary Seed on a successful forum hosted by New Zealand, and the leaders "
    "discussed the Informal Leaders' Retreat on July 16 hosted by New Zealand Prime Minister Jacinda Ardern with "
    "President Joseph R. Biden, Jr. participating."
)


def test_another_hosts_people_are_not_participants():
    _, meeting, _ = records(dated(BODY, "July 16, 2021", "Deputy Secretary Sherman's Meeting with Secretary Seed"))
    names = {p.name for p in meeting.participants}
    assert {"Wendy Sherman", "Chris Seed"} <= names
    assert not names & {"Jacinda Ardern", "Joseph R. Biden, Jr."}


def test_someone_met_in_a_later_sentence_is_still_a_participant():
    body = (
        "Deputy Secretary of State Wendy Sherman met with New Zealand Secretary of Foreign Affairs Chris Seed today. "
        "The Deputy Secretary also met with New Zealand Minister of Foreign Affairs Nanaia Mahuta."
    )
    _, meeting, _ = records(dated(body, "July 16, 2021", "Deputy Secretary Sherman's Meetings in Wellington"))
    assert "Nanaia Mahuta" in {p.name for p in meeting.participants}
