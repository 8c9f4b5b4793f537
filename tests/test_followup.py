import pytest

from assistant.followup import condense_rule_based, is_follow_up

H = [{"role": "user", "content": "What did the ministers agree on security?"},
     {"role": "assistant", "content": "\u201cThe two ministers agreed ...\u201d [1]"}]


@pytest.mark.parametrize("q,expected", [
    ("And on Ukraine?", "What did the ministers agree on Ukraine?"),
    ("What about energy?", "What did the ministers agree on energy?"),
    ("and regarding migration", "What did the ministers agree on migration?"),
    ("How about climate finance?", "What did the ministers agree on climate finance?"),
])
def test_topic_switch(q, expected):
    assert condense_rule_based(q, H) == expected


@pytest.mark.parametrize("q", ["When was that?", "Who said it?", "Where did they meet?", "What did she say about it?"])
def test_pronoun_follow_ups_carry_the_previous_question(q):
    out = condense_rule_based(q, H)
    assert out.startswith(q.rstrip("?")) and "ministers agree on security" in out


@pytest.mark.parametrize("q", ["What did Kenya and the Deputy Secretary discuss about Haiti?",
                               "How much support will the United States provide for the Haiti mission?"])
def test_standalone_questions_are_left_alone(q):
    assert not is_follow_up(q)
    assert condense_rule_based(q, H) == q


def test_no_history_no_rewrite():
    assert condense_rule_based("And on Ukraine?", []) == "And on Ukraine?"
