"""The answerer's behaviours through the public API (``Assistant.ask``) over seeds/: abstaining on a meeting that
did not happen, never presenting talk as agreement, naming what is missing part by part, lists and counts, who /
when / where from the records, follow-ups, filters, and exact citations. Most use the deterministic hash embedder
(the records, not the embeddings, decide these); the ones marked ``integration`` use the real bundled model."""

from __future__ import annotations

import json

import pytest

from assistant import Assistant
from assistant.config import Settings
from assistant.records import Answer
from tests.conftest import DATA

CALLS = {"mexico-migration-call.txt", "us-kenya-call.md"}


def conv(*questions: str) -> list[dict]:
    out: list[dict] = []
    for q in questions:
        out += [{"role": "user", "content": q}, {"role": "assistant", "content": "\u201c...\u201d [1]"}]
    return out


def assert_exact(asst: Assistant, ans: Answer) -> None:
    """Every citation quotes its readout exactly, and its marker is in the text."""
    assert ans.citations, ans.text
    for c in ans.citations:
        assert asst.readout(c.source).text[c.start : c.end] == c.quote
        assert f"[{c.marker}]" in ans.text
    assert [c.marker for c in ans.citations] == list(range(1, len(ans.citations) + 1))


# =========================================================================== a meeting that did not happen


@pytest.mark.parametrize(
    "question,needles",
    [
        (
            "What did the Secretary and the Foreign Minister of Japan discuss in their February 2019 call?",
            ["call", "Japan", "February 2019"],
        ),
        (
            "What did the Deputy Secretary and Kenya's Cabinet Secretary agree in their February 2019 call?",
            ["call", "Kenya", "February 2019"],
        ),
        ("What did the Secretary and the Foreign Minister of Germany discuss in 2021?", ["Germany", "2021"]),
    ],
)
def test_a_meeting_no_readout_records_is_named_and_abstained_on(fake_assistant, question, needles):
    ans = fake_assistant.ask(question)
    assert ans.abstained
    assert len(ans.missing) == 1 and ans.missing[0].startswith("No indexed readout records")
    assert all(n in ans.missing[0] for n in needles), ans.missing
    assert ans.missing[0] in ans.text
    # the nearest meetings are shown, but only as what they are
    assert_exact(fake_assistant, ans)
    assert "do not answer the question" in ans.text
    assert all(c.kind == "met" for c in ans.citations)


def test_no_readout_fits_the_filters(fake_assistant):
    ans = fake_assistant.ask("What did the ministers agree?", filters={"country": "Brazil"})
    assert ans.abstained and not ans.citations
    assert ans.missing == ("No indexed readout fits the filters.",)


# =========================================================================== agreement vs talk

AGREED_ONLY_DISCUSSED = "What did the Secretary agree with Indonesia on the South China Sea?"


def check_no_agreement(asst: Assistant, ans: Answer) -> None:
    assert ans.abstained
    assert len(ans.missing) == 1 and "record no agreement" in ans.missing[0] and "South China Sea" in ans.missing[0]
    assert len(ans.citations) == 1
    c = ans.citations[0]
    assert c.source == "indonesia-maritime-meeting.txt" and "discussed maritime security" in c.quote
    assert c.kind == "discussed"
    # the quote is labelled with its kind, right before it
    assert f"(discussed) \u201c{c.quote}\u201d [1]" in ans.text
    assert "does not answer the question" in ans.text
    assert_exact(asst, ans)


def test_talk_is_never_presented_as_agreement(fake_assistant):
    check_no_agreement(fake_assistant, fake_assistant.ask(AGREED_ONLY_DISCUSSED))


@pytest.mark.integration
def test_talk_is_never_presented_as_agreement_with_the_real_model(real_assistant):
    check_no_agreement(real_assistant, real_assistant.ask(AGREED_ONLY_DISCUSSED))


def test_an_agreement_question_quotes_agreements(fake_assistant):
    ans = fake_assistant.ask("What did the Secretary and Germany's Foreign Minister agree on sanctions?")
    assert not ans.abstained and not ans.missing
    assert ans.citations[0].kind == "agreed" and "sanctions enforcement" in ans.citations[0].quote
    assert all(c.kind in ("agreed", "committed") for c in ans.citations)
    assert_exact(fake_assistant, ans)


@pytest.mark.integration
def test_an_unrelated_agreement_is_not_the_answer(real_assistant):
    ans = real_assistant.ask("What did the Deputy Secretary and Kenya's Cabinet Secretary agree about the drought?")
    assert not any("meet again" in c.quote for c in ans.citations), ans.text
    assert ans.abstained and any("record no agreement" in m for m in ans.missing)


@pytest.mark.integration
def test_an_urging_is_not_presented_as_agreement(real_assistant):
    ans = real_assistant.ask("What did the ministers agree on maritime security in Jakarta?")
    says_no_agreement = ans.abstained and any("record no agreement" in m for m in ans.missing)
    # what binds (text.lexicon.BINDING_KINDS): an agreement, a commitment, or a joint announcement ("They
    # announced a new program to train ... coast guard personnel"); never an urging or talk
    quotes_agreements = (
        not ans.abstained
        and bool(ans.citations)
        and all(c.kind in ("agreed", "committed", "announced") for c in ans.citations)
    )
    assert says_no_agreement or quotes_agreements, [(c.kind, c.quote) for c in ans.citations]


# =========================================================================== details a readout does not give


def test_an_amount_the_readout_does_not_state_is_named_missing(fake_assistant):
    ans = fake_assistant.ask("How much did Germany pledge to the Ukraine energy support fund?")
    assert ans.abstained and not ans.citations
    assert len(ans.missing) == 1
    assert "no figure" in ans.missing[0] and "Ukraine energy support fund" in ans.missing[0]
    assert "German Foreign Minister" in ans.missing[0]  # the readout it looked in is named


@pytest.mark.integration
def test_an_amount_of_another_program_is_not_the_answer(real_assistant):
    ans = real_assistant.ask("How much will the United States spend on the coast guard training program in Indonesia?")
    assert not any("$20 billion" in c.quote for c in ans.citations), ans.text
    assert ans.abstained or ans.missing


# =========================================================================== parts


@pytest.mark.parametrize(
    "question,answered,lead,missing",
    [
        (
            "Where did the Secretary meet the German Foreign Minister, and how much did Germany pledge to the Ukraine "
            "energy "
            "support fund?",
            "germany-energy-meeting.html",
            "In Berlin:",
            "no figure",
        ),
        (
            "When did the Deputy Secretary speak with Kenya's Cabinet Secretary, and where did they meet?",
            "us-kenya-call.md",
            "March 14, 2024:",
            "does not say where they met",
        ),
    ],
)
def test_one_part_answered_the_other_named_missing(real_assistant, question, answered, lead, missing):
    # (the real model: whether a sentence may answer "where" rests on closeness in meaning, which the hash
    # embedder's scores do not give; round 48's lower thresholds let its scores pass where the model's do not)
    ans = real_assistant.ask(question)
    assert not ans.abstained
    assert len(ans.missing) == 1 and missing in ans.missing[0]
    assert f"Not in the readouts: {ans.missing[0]}" in ans.text
    assert {c.source for c in ans.citations} == {answered}
    assert f"{lead} \u201c" in ans.text
    assert_exact(real_assistant, ans)
    assert [p["answer_type"] for p in ans.analysis["parts"]] in (["place", "amount"], ["date", "place"])


def test_both_parts_answered(fake_assistant):
    ans = fake_assistant.ask(
        "Where did the Secretary meet the German Foreign Minister, and what did they agree on sanctions?"
    )
    assert not ans.abstained and not ans.missing
    quotes = " ".join(c.quote for c in ans.citations)
    assert "Berlin" in quotes and "sanctions enforcement" in quotes
    assert_exact(fake_assistant, ans)


@pytest.mark.integration
def test_the_two_sides_is_not_a_count(real_assistant):
    ans = real_assistant.ask(
        "When did the Secretary meet the German Foreign Minister, and how many air defense systems did Germany deliver?"
    )
    assert not any(c.quote.startswith("The two discussed") for c in ans.citations), ans.text
    assert len(ans.missing) == 1


# =========================================================================== lists and counts


def test_a_list_cites_each_matching_readout_once_by_date(fake_assistant):
    ans = fake_assistant.ask("Which readouts mention energy?")
    assert not ans.abstained
    sources = [c.source for c in ans.citations]
    assert sorted(sources) == sorted(
        {"us-japan-foreign-ministers.txt", "indonesia-maritime-meeting.txt", "germany-energy-meeting.html"}
    )
    assert len(sources) == len(set(sources))  # once each
    assert ans.text.startswith(f"{len(sources)} readouts mention energy:")
    assert ans.analysis["count"] == len(sources)
    assert all("nerg" in c.quote for c in ans.citations)
    dates = [c.date for c in ans.citations if c.date]
    assert dates == sorted(dates) and len(dates) == 2
    assert_exact(fake_assistant, ans)


def test_a_list_with_one_match_says_so(fake_assistant):
    ans = fake_assistant.ask("Which readouts mention sanctions?")
    assert ans.text.startswith("1 readout mentions sanctions:")
    assert [c.source for c in ans.citations] == ["germany-energy-meeting.html"]
    assert_exact(fake_assistant, ans)


def test_a_list_of_nothing_abstains(fake_assistant):
    ans = fake_assistant.ask("Which readouts mention the Artemis Accords?")
    assert ans.abstained and not ans.citations
    assert ans.missing and ans.missing[0].startswith("No indexed readout mentions")


@pytest.mark.parametrize(
    "question,opening,count",
    [
        ("How many readouts mention Ukraine?", "2 readouts mention Ukraine:", 2),
        ("How many meetings took place in 2023?", "2 readouts record a meeting in 2023:", 2),
        ("How many readouts mention fentanyl?", "1 readout mentions fentanyl:", 1),
    ],
)
def test_a_count_states_the_count(fake_assistant, question, opening, count):
    ans = fake_assistant.ask(question)
    assert ans.text.startswith(opening)
    assert ans.analysis["count"] == count == len({c.source for c in ans.citations})
    # each readout cited by one sentence, and a count of meetings by its title line too, where it has one
    titled = sum(1 for c in ans.citations if c.start == 0)
    assert titled == (0 if "mention" in opening else titled) and len(ans.citations) == count + titled
    assert_exact(fake_assistant, ans)


# =========================================================================== who, when, where from the records


def test_when_gives_the_resolved_date_in_words_and_cites_the_sentence_saying_it(fake_assistant):
    ans = fake_assistant.ask("When did the Secretary meet the Foreign Minister of Indonesia?")
    assert not ans.abstained and not ans.missing
    c = ans.citations[0]
    assert c.source == "indonesia-maritime-meeting.txt" and "met today in Jakarta" in c.quote
    assert c.kind == "met"
    assert f"August 21, 2023: \u201c{c.quote}\u201d" in ans.text  # "today" resolved against the Date: line
    assert_exact(fake_assistant, ans)


def test_when_without_a_year_is_not_guessed(fake_assistant):
    ans = fake_assistant.ask("When did the Secretary meet the Foreign Minister of Japan?")
    assert ans.abstained and not ans.citations
    assert ans.missing and "does not give the year" in ans.missing[0]


def test_where_names_the_place_and_cites_the_sentence_saying_it(fake_assistant):
    ans = fake_assistant.ask("Where did the Secretary meet the German Foreign Minister?")
    assert not ans.abstained
    c = ans.citations[0]
    assert c.source == "germany-energy-meeting.html" and "in Berlin" in c.quote
    assert f"In Berlin: \u201c{c.quote}\u201d" in ans.text
    assert_exact(fake_assistant, ans)


def test_where_for_a_call_says_the_readout_does_not_say(fake_assistant):
    ans = fake_assistant.ask("Where did the National Security Advisor speak with Mexico's Foreign Secretary?")
    assert ans.abstained and not ans.citations
    assert ans.missing and "does not say where they met" in ans.missing[0]


def test_who_names_the_counterpart_from_the_records(fake_assistant):
    ans = fake_assistant.ask("Who did the Deputy Secretary speak with?")
    assert not ans.abstained
    c = ans.citations[0]
    assert c.source == "us-kenya-call.md" and c.kind == "met"
    assert "Cabinet Secretary for Foreign and Diaspora Affairs (Kenya):" in ans.text
    assert "Deputy Secretary of State (United States):" not in ans.text  # "whom did X speak with": the other side
    assert_exact(fake_assistant, ans)


@pytest.mark.integration
def test_when_and_where_with_the_real_model(real_assistant):
    when = real_assistant.ask("When did the National Security Advisor speak with Mexico's Foreign Secretary?")
    assert when.text.count("February 2, 2024:") == 1 and when.citations[0].source == "mexico-migration-call.txt"
    where = real_assistant.ask("Where did the Secretary meet the Foreign Minister of Japan?")
    assert "In Washington:" in where.text and where.citations[0].source == "us-japan-foreign-ministers.txt"
    for ans in (when, where):
        assert_exact(real_assistant, ans)


# =========================================================================== follow-ups


def test_and_on_keeps_the_meeting_and_rewrites_the_topic(fake_assistant):
    first = "What did the Secretary and the Foreign Minister of Japan discuss about supply chains?"
    ans = fake_assistant.ask("And on Ukraine?", history=conv(first))
    assert ans.question == "And on Ukraine?"
    assert ans.standalone_question == "What did the Secretary and the Foreign Minister of Japan discuss about Ukraine?"
    # the German readout mentions Ukraine too: the meeting of the conversation is kept
    assert {c.source for c in ans.citations} == {"us-japan-foreign-ministers.txt"}
    assert any("Ukraine" in c.quote for c in ans.citations)
    assert_exact(fake_assistant, ans)


def test_and_on_after_a_question_without_a_topic_keeps_the_preposition(fake_assistant):
    first = "What did the Deputy Secretary and Kenya's Cabinet Secretary agree?"
    ans = fake_assistant.ask("And on Haiti?", history=conv(first))
    assert ans.standalone_question == "What did the Deputy Secretary and Kenya's Cabinet Secretary agree on Haiti?"


def test_by_when_finds_the_deadline_of_the_plan(fake_assistant):
    ans = fake_assistant.ask(
        "By when?", history=conv("What did the Deputy Secretary say about trade negotiations with Kenya?")
    )
    assert not ans.abstained
    assert ans.standalone_question and "Kenya" in ans.standalone_question
    assert ans.citations[0].source == "us-kenya-call.md" and "resume in April" in ans.citations[0].quote
    assert_exact(fake_assistant, ans)


@pytest.fixture
def data_assistant(tmp_path):
    """The three written readouts of tests/data/readouts (txt, md, html) with the hash embedder."""
    corpus = DATA / "readouts"
    return Assistant.build(corpus, settings=Settings(model="hash-64", index_dir=tmp_path / "idx", corpus=corpus))


def test_by_when_after_a_number_question_finds_the_year(data_assistant):
    first = "How many technicians does Chile want to train?"
    assert "3,000" in data_assistant.ask(first).citations[0].quote
    ans = data_assistant.ask("By when?", history=conv(first))
    assert ans.standalone_question and "Chile" in ans.standalone_question
    assert ans.citations and ans.citations[0].source == "chile-lithium-meeting.md"
    assert "by 2027" in ans.citations[0].quote
    assert_exact(data_assistant, ans)


def test_a_standalone_question_after_a_conversation_is_not_rewritten(fake_assistant):
    ans = fake_assistant.ask(
        "Which readouts mention fentanyl?", history=conv("What did the ministers agree on security?")
    )
    assert ans.standalone_question is None
    assert [c.source for c in ans.citations] == ["mexico-migration-call.txt"]


# =========================================================================== the meeting asked for


def test_an_urging_question_cites_the_urging_sentence(fake_assistant):
    # the readout says "called on the military regime"; asked with "urge", it is found
    ans = fake_assistant.ask("What did the Secretary urge the military regime in Burma to do?")
    assert not ans.abstained
    assert any(c.source == "indonesia-maritime-meeting.txt" and "political prisoners" in c.quote for c in ans.citations)
    assert_exact(fake_assistant, ans)


def test_call_on_finds_the_urging_sentence(fake_assistant):
    ans = fake_assistant.ask("What did the Secretary call on the military regime in Burma to do?")
    assert not ans.abstained, ans.missing
    assert any("political prisoners" in c.quote for c in ans.citations)


@pytest.mark.integration
def test_the_most_recent_meeting_is_answered(real_assistant):
    ans = real_assistant.ask(
        "What did the Secretary and the Foreign Minister of Germany discuss in their most recent meeting?"
    )
    assert not ans.abstained, ans.missing
    assert {c.source for c in ans.citations} == {"germany-energy-meeting.html"}


# =========================================================================== filters


@pytest.mark.parametrize(
    "question,filters,allowed",
    [
        ("What did the ministers agree?", {"country": "Japan"}, {"us-japan-foreign-ministers.txt"}),
        ("What did they agree?", {"kind": "call"}, CALLS),
        ("What was said about security?", {"after": "2024-01-01"}, CALLS),
        (
            "What was said about energy?",
            {"before": "2023-12-31"},
            {"indonesia-maritime-meeting.txt", "germany-energy-meeting.html"},
        ),
        ("Which readouts mention security?", {"after": "2024-01-01"}, CALLS),
        ("What was said about migration?", {"person": "National Security Advisor"}, {"mexico-migration-call.txt"}),
    ],
)
def test_filters_restrict_citations(fake_assistant, question, filters, allowed):
    ans = fake_assistant.ask(question, filters=filters)
    assert ans.citations, ans.text
    assert {c.source for c in ans.citations} <= allowed
    assert_exact(fake_assistant, ans)


def test_a_filter_changes_the_answer(fake_assistant):
    everywhere = fake_assistant.ask("Which readouts mention energy?")
    later = fake_assistant.ask("Which readouts mention energy?", filters={"after": "2023-09-01"})
    assert len(everywhere.citations) == 3
    assert [c.source for c in later.citations] == ["germany-energy-meeting.html"]
    assert later.text.startswith("1 readout mentions energy")


# =========================================================================== exact citations, to_dict

QUESTIONS = [
    "What did the ministers agree on security?",
    "How much will the United States give in logistical support for the Haiti mission?",
    "Who will lead the technical team to Washington?",
    "What will the coast guard training program cover?",
    "What did the ministers agree about sanctions enforcement?",
    "Which readouts mention Ukraine?",
    "When did the Secretary meet the Foreign Minister of Indonesia?",
    "What did the Foreign Minister raise about climate finance?",
    "What did the Secretary and the Foreign Minister of Japan discuss in their February 2019 call?",
]


def test_every_citation_quotes_its_readout_exactly(fake_assistant):
    cited = 0
    for q in QUESTIONS:
        ans = fake_assistant.ask(q)
        cited += len(ans.citations)
        for c in ans.citations:
            readout = fake_assistant.readout(c.source)
            assert readout is not None and readout.text[c.start : c.end] == c.quote, (q, c)
            assert c.title == readout.title
            assert c.kind is not None and c.actor is not None
    assert cited >= len(QUESTIONS)


@pytest.mark.integration
def test_every_citation_quotes_its_readout_exactly_with_the_real_model(real_assistant):
    cited = 0
    for q in QUESTIONS:
        ans = real_assistant.ask(q)
        cited += len(ans.citations)
        for c in ans.citations:
            assert real_assistant.readout(c.source).text[c.start : c.end] == c.quote, (q, c)
    assert cited >= len(QUESTIONS)


def test_to_dict_has_missing_and_citation_kinds(fake_assistant):
    ans = fake_assistant.ask(
        "Where did the Secretary meet the German Foreign Minister, and how much did Germany "
        "pledge to the Ukraine energy support fund?"
    )
    d = json.loads(json.dumps(ans.to_dict()))
    assert d["missing"] == list(ans.missing) and len(d["missing"]) == 1
    assert d["abstained"] is False
    assert d["citations"], d
    for c, cd in zip(ans.citations, d["citations"], strict=True):
        assert (cd["kind"], cd["actor"]) == (c.kind, c.actor) == ("met", "both")
        assert cd["quote"] == c.quote and (cd["start"], cd["end"]) == (c.start, c.end)
    assert [p["answer_type"] for p in d["analysis"]["parts"]] == ["place", "amount"]


def test_to_dict_of_an_agreement_answer_labels_kinds(fake_assistant):
    d = fake_assistant.ask(AGREED_ONLY_DISCUSSED).to_dict()
    assert d["abstained"] is True
    assert [c["kind"] for c in d["citations"]] == ["discussed"]
    assert [c["actor"] for c in d["citations"]] == ["both"]
    assert "record no agreement" in d["missing"][0]


def test_names_no_readout_mentions_make_it_abstain_and_say_so(fake_assistant):
    ans = fake_assistant.ask("What did Zorbulak and Quennitharp agree on security?")
    assert ans.abstained and not ans.citations
    assert ans.missing and "Zorbulak" in ans.missing[0] and "Quennitharp" in ans.missing[0]
