import json

import pytest

from assistant import Answer
from assistant.errors import AssistantError
from assistant.text.names import question_entities


def test_question_entities():
    assert question_entities("What did Blinken and Hayashi agree on security?") == ["blinken", "hayashi"]
    assert question_entities("What did the ministers agree on?") == []
    assert "kenya" in question_entities("What did the Deputy Secretary tell Kenya about Haiti?")


def test_answer_to_dict_is_json(fake_assistant):
    ans = fake_assistant.ask("What did the ministers agree on sanctions?")
    data = json.loads(json.dumps(ans.to_dict()))
    assert data["citations"][0]["quote"] == ans.citations[0].quote
    assert "ra-quote" in ans._repr_html_() and "[1]" in ans._repr_markdown_()


def test_every_citation_is_an_exact_span_of_its_readout(fake_assistant):
    cited = 0
    for q in [
        "What did the ministers agree on sanctions?",
        "How much will the United States give for Haiti?",
        "What was said about the coast guard?",
        "Who will lead a technical team?",
        "fentanyl",
    ]:
        ans = fake_assistant.ask(q)
        assert ans.citations or ans.abstained, q
        cited += len(ans.citations)
        for c in ans.citations:
            r = fake_assistant.readout(c.source)
            assert r.text[c.start : c.end] == c.quote
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
