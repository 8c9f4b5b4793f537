"""A part that asks a kind of statement and names nothing but the meeting ("How did Harris and the Caribbean
leaders she convened agree to keep the conversation going?") is answered by that kind of statement of the one
readout whose title names the meeting, whatever its words: the words that name the meeting are not its topic.
A small corpus written here, with the hash embedder."""

from __future__ import annotations

from tests.fakes import written_corpus

READOUTS = {
    "caribbean.txt": (
        "Readout of Vice President Harris's Meeting with Caribbean Leaders",
        "April 29, 2022",
        "Vice President Kamala Harris met virtually today with 15 leaders representing Caribbean nations. The Vice "
        "President made clear the United States is committed to work with our Caribbean neighbors on economic "
        "recovery. The Vice President discussed security in the Caribbean region. The Vice President welcomed the "
        "input from the leaders, and they agreed our governments will stay in close touch.",
    ),
    "tanzania.txt": (
        "Readout of Vice President Harris's Meeting with President Hassan of Tanzania",
        "April 15, 2022",
        "Vice President Kamala Harris met today with President Samia Suluhu Hassan of Tanzania. They agreed to "
        "expand trade between the two countries.",
    ),
    "envoy.txt": (
        "Readout of Secretary Blinken's Meeting with the Special Envoy to Monitor and Combat Antisemitism",
        "April 12, 2022",
        "Secretary Blinken met today with the Special Envoy to Monitor and Combat Antisemitism. The Secretary "
        "committed to press for the release of political prisoners and to defend human rights worldwide.",
    ),
}


def test_a_topic_a_title_happens_to_name_is_still_the_topic(tmp_path):
    # "antisemitism" comes after the verb that asks: it is what they agreed on, not who met
    asst = written_corpus(tmp_path, READOUTS)
    ans = asst.ask("What did Blinken agree on antisemitism?")
    assert "political prisoners" not in ans.text, ans.text


def test_the_agreement_of_the_meeting_named_answers_however_it_is_worded(tmp_path):
    asst = written_corpus(tmp_path, READOUTS)
    ans = asst.ask(
        "How did Harris and the Caribbean leaders she convened virtually in April 2022 agree to keep the "
        "conversation going?"
    )
    assert not ans.abstained, ans.text
    assert ans.citations[0].quote.endswith("stay in close touch."), ans.text
    assert {c.source for c in ans.citations} == {"caribbean.txt"}, ans.text
