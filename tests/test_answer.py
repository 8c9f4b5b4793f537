import json

import pytest

from assistant import Answer
from assistant.qa.extractive import Candidate, extractive_answer, question_entities, readout_terms
from assistant.errors import AssistantError
from assistant.records import Sentence


def cand(text, cosine, source="a.txt", start=0, rank=0, readout="", title="T"):
    s = Sentence(source, start, start + len(text), text)
    return Candidate(s, cosine, rank, title, None, readout_terms(title, readout or text))


def test_question_entities():
    assert question_entities("What did Blinken and Hayashi agree on security?") == ["blinken", "hayashi"]
    assert question_entities("What did the ministers agree on?") == []
    assert "kenya" in question_entities("What did the Deputy Secretary tell Kenya about Haiti?")


def test_quotes_best_sentence_with_marker_and_exact_citation():
    text = "The two sides met. The ministers agreed to expand security cooperation."
    c1 = cand("The two sides met.", 0.2, start=0, readout=text)
    c2 = cand("The ministers agreed to expand security cooperation.", 0.7, start=19, readout=text)
    ans = extractive_answer("What did the ministers agree on security?", [c1, c2], [], lambda t: 1.0,
                            min_support=0.4, margin=0.1, max_quotes=3)
    assert not ans.abstained
    assert [c.marker for c in ans.citations] == [1]
    c = ans.citations[0]
    assert text[c.start:c.end] == c.quote
    assert f"\u201c{c.quote}\u201d [1]" in ans.text


def test_abstains_when_evidence_is_weak():
    ans = extractive_answer("What was said about fisheries?", [cand("The sides met.", 0.1)], [], lambda t: 1.0,
                            min_support=0.4, margin=0.1, max_quotes=3)
    assert ans.abstained and not ans.citations
    assert ans.text.startswith("The readouts don't say")


def test_abstains_when_a_named_party_is_absent():
    c = cand("The ministers agreed to expand security cooperation.", 0.9)
    ans = extractive_answer("What did the minister of Peru agree on security?", [c], [], lambda t: 1.0,
                            min_support=0.4, margin=0.1, max_quotes=3, known=lambda w: w != "peru")
    assert ans.abstained and "peru" in ans.text.lower()


def test_several_quotes_best_first_and_numbered_in_text_order():
    text = "First they agreed on trade. Then they agreed on energy. They agreed on trade too."
    cands = [cand("First they agreed on trade.", 0.78, start=0, readout=text),
             cand("Then they agreed on energy.", 0.82, start=28, readout=text)]
    ans = extractive_answer("What did they agree on trade and energy?", cands, [], lambda t: 1.0,
                            min_support=0.3, margin=0.2, max_quotes=3)
    assert [c.start for c in ans.citations] == [28, 0]
    assert ans.citations[0].score > ans.citations[1].score
    assert ans.text.index("[1]") < ans.text.index("[2]")


def test_quotes_from_several_readouts_are_attributed():
    a = cand("The ministers agreed on energy.", 0.8, source="a.txt", title="Meeting A")
    b = cand("The leaders agreed on energy too.", 0.79, source="b.txt", title="Meeting B")
    ans = extractive_answer("What was agreed on energy?", [a, b], [], lambda t: 1.0,
                            min_support=0.3, margin=0.2, max_quotes=3)
    assert ans.text.splitlines()[0].startswith("Meeting A: ")
    assert ans.text.splitlines()[1].startswith("Meeting B: ")


def test_answer_to_dict_is_json(fake_assistant):
    ans = fake_assistant.ask("What did the ministers agree on sanctions?")
    data = json.loads(json.dumps(ans.to_dict()))
    assert data["citations"][0]["quote"] == ans.citations[0].quote
    assert "ra-quote" in ans._repr_html_() and "[1]" in ans._repr_markdown_()


def test_every_citation_is_an_exact_span_of_its_readout(fake_assistant):
    cited = 0
    for q in ["What did the ministers agree on sanctions?", "How much will the United States give for Haiti?",
              "What was said about the coast guard?", "Who will lead a technical team?", "fentanyl"]:
        ans = fake_assistant.ask(q)
        assert ans.citations or ans.abstained, q
        cited += len(ans.citations)
        for c in ans.citations:
            r = fake_assistant.readout(c.source)
            assert r.text[c.start:c.end] == c.quote
            assert f"[{c.marker}]" in ans.text
            assert c.title == r.title and c.date == r.date
    assert cited >= 4, "most of these questions are answered, so the loop above checked citations"


def test_stream_yields_text_then_the_answer(fake_assistant):
    pieces = list(fake_assistant.stream("What did the ministers agree on sanctions?"))
    assert all(isinstance(p, str) for p in pieces[:-1]) and isinstance(pieces[-1], Answer)
    assert "".join(pieces[:-1]).strip() == pieces[-1].text


@pytest.mark.parametrize("bad", ["", "   ", "x" * 2001])
def test_bad_questions_get_clear_errors(fake_assistant, bad):
    with pytest.raises(AssistantError):
        fake_assistant.ask(bad)
