import pytest

from assistant.qa.followup import condense_rule_based, is_follow_up

H = [
    {"role": "user", "content": "What did the ministers agree on security?"},
    {"role": "assistant", "content": "\u201cThe two ministers agreed ...\u201d [1]"},
]


@pytest.mark.parametrize(
    "q,expected",
    [
        ("And on Ukraine?", "What did the ministers agree on Ukraine?"),
        ("What about energy?", "What did the ministers agree on energy?"),
        ("and regarding migration", "What did the ministers agree on migration?"),
        ("How about climate finance?", "What did the ministers agree on climate finance?"),
    ],
)
def test_topic_switch(q, expected):
    assert condense_rule_based(q, H) == expected


@pytest.mark.parametrize("q", ["When was that?", "Who said it?", "Where did they meet?", "What did she say about it?"])
def test_pronoun_follow_ups_carry_the_previous_question(q):
    out = condense_rule_based(q, H)
    assert out.startswith(q.rstrip("?")) and "ministers agree on security" in out


@pytest.mark.parametrize(
    "q",
    [
        "What did Kenya and the Deputy Secretary discuss about Haiti?",
        "How much support will the United States provide for the Haiti mission?",
    ],
)
def test_standalone_questions_are_left_alone(q):
    assert not is_follow_up(q)
    assert condense_rule_based(q, H) == q


def test_a_longer_question_whose_subject_is_a_pronoun_leans_on_the_previous_turn():
    assert is_follow_up("And how did they leave it at the end - were their aides told to do anything after the call?")
    # one that names its own people stands alone
    assert not is_follow_up(
        "What did they say about Ukraine when Blinken and Kuleba met in Kyiv with the defense minister in 2022?"
    )


def test_no_history_no_rewrite():
    assert condense_rule_based("And on Ukraine?", []) == "And on Ukraine?"


# ---- more patterns: chains, "same for", "tell me more", other prepositions, alternation of roles
def conv(*questions):
    out = []
    for q in questions:
        out += [{"role": "user", "content": q}, {"role": "assistant", "content": "\u201c...\u201d [1]"}]
    return out


@pytest.mark.parametrize(
    "q,expected",
    [
        ("Same for Indonesia?", "What did the ministers agree on security for Indonesia?"),
        ("same question about Kenya", "What did the ministers agree on security about Kenya?"),
        ("And the same thing with Mexico?", "What did the ministers agree on security with Mexico?"),
    ],
)
def test_same_question_for_another_party(q, expected):
    assert condense_rule_based(q, H) == expected


@pytest.mark.parametrize("q", ["Tell me more.", "More?", "anything else?", "Go on", "More details please"])
def test_asking_for_more_repeats_the_previous_question(q):
    assert is_follow_up(q)
    assert condense_rule_based(q, H) == "What did the ministers agree on security?"


@pytest.mark.parametrize(
    "q,expected",
    [
        ("And with Japan?", "What did the ministers agree on Japan?"),
        ("And in the South China Sea?", "What did the ministers agree on the South China Sea?"),
        ("And Kenya?", "What did the ministers agree on Kenya?"),
    ],
)
def test_more_prepositions_switch_the_topic(q, expected):
    assert condense_rule_based(q, H) == expected


def test_a_follow_up_to_a_follow_up_carries_the_rewritten_subject():
    history = conv("What did the ministers agree on security?", "And on Ukraine?")
    out = condense_rule_based("When was that?", history)
    assert out == "When was that (What did the ministers agree on Ukraine)?"


def test_pronoun_follow_ups_do_not_nest():
    history = conv("What did the ministers agree on security?", "When was that?", "Who said it?")
    assert (
        condense_rule_based("Where did they meet?", history)
        == "Where did they meet (What did the ministers agree on security)?"
    )


def test_a_new_standalone_question_resets_the_subject():
    history = conv("What did the ministers agree on security?", "What did Kenya say about Haiti?")
    assert condense_rule_based("And on trade?", history) == "What did Kenya say about trade?"


def test_only_user_turns_count_and_odd_messages_are_ignored():
    history = [
        {"role": "system", "content": "be nice"},
        {"role": "user", "content": "What was said on migration?"},
        {"role": "assistant", "content": "What about energy?"},
        {"role": "user", "content": None},
        "junk",
    ]
    assert condense_rule_based("And on fentanyl?", history) == "What was said on fentanyl?"


def test_follow_up_through_the_api_answers_in_context(fake_assistant):
    first = "What did the ministers agree on sanctions?"
    ans = fake_assistant.ask("And on Burma?", history=conv(first))
    assert ans.standalone_question == "What did the ministers agree on Burma?"
    assert ans.question == "And on Burma?"
    assert any("Burma" in p.text for p in ans.passages)


def test_what_the_previous_persons_pronoun_praised_leans_on_the_previous_turn():
    from assistant.qa.analyse import analyse
    from assistant.qa.inherit import inherit

    q = "Where had the meeting between the Armenian and Azerbaijani foreign ministers that he praised taken place?"
    assert is_follow_up(q)
    follow = inherit(
        analyse(q), analyse("What did Blinken offer Armenian Prime Minister Pashinyan in their July 2022 call?")
    )
    assert "Blinken" in follow.people and follow.window.bounded  # the call talked about, not a meeting of its own
    assert not is_follow_up(
        "Where had the recent meeting between the Armenian and Azerbaijani foreign ministers taken place?"
    )


def test_a_follow_up_may_open_by_setting_someone_aside():
    from assistant.qa.followup import is_follow_up

    assert is_follow_up("Besides Brittney, did he name any other detained American he was working to free?")
    assert not is_follow_up("Besides Brittney Griner, which detained Americans did Biden raise with Putin in 2021?")


def test_someone_the_last_question_talked_about_keeps_the_follow_up_in_its_meeting(tmp_path):
    """'Besides Brittney, did he name any other detained American ...?' after a question on Biden's call about
    Brittney Griner: Brittney is what the call was about, no meeting of the follow-up's own (not Sherman's meeting
    on two other detained men); and the meeting sentence that goes on to say what the call was for ('to reassure
    her that he is working to secure ...') may answer."""
    from assistant.qa.analyse import analyse
    from assistant.qa.inherit import inherit
    from assistant.qa.meeting_sentence import says_what_meeting_was_about
    from tests.fakes import written_corpus

    first = "Who did Biden call on July 6, 2022 about Brittney Griner's detention in Russia?"
    follow = "Besides Brittney, did he name any other detained American he was working to free?"
    kept = inherit(analyse(follow), analyse(first))
    assert "Biden" in kept.people and kept.window.bounded, kept
    assert "Brittney" not in kept.people and "Brittney" in kept.topic_people, kept
    called = (
        "The President called Cherelle to reassure her that he is working to secure Brittney's release as soon as "
        "possible, as well as the release of Paul Whelan and other U.S. nationals who are wrongfully detained."
    )
    assert says_what_meeting_was_about(called, ("detain", "work", "free"), lambda t: 1.0)
    assert not says_what_meeting_was_about("The President called Cherelle today.", ("detain",), lambda t: 1.0)
    asst = written_corpus(
        tmp_path,
        {
            "griner.txt": (
                "President Biden's Call with Cherelle Griner",
                "July 6, 2022",
                f"President Biden spoke today with Cherelle Griner, the wife of Brittney Griner who is wrongfully "
                f"detained in Russia. {called} He also read her a draft of a letter to Brittney.",
            ),
            "morgan.txt": (
                "Deputy Secretary Sherman's Meeting with Canadian Deputy Foreign Minister Morgan",
                "July 15, 2021",
                "Deputy Secretary Sherman met today with Canadian Deputy Foreign Minister Marta Morgan. She "
                "reiterated U.S. support for the release of Michael Kovrig and Michael Spavor, detained in China.",
            ),
        },
    )
    ans = asst.ask(follow, history=[{"role": "user", "content": first}, {"role": "assistant", "content": "Cherelle."}])
    assert "Cherelle Griner" in ans.text, ans.text  # that call's readout, quoted or named as saying nothing
    assert all(c.source.endswith("griner.txt") for c in ans.citations), ans.text


def test_the_united_states_named_in_a_follow_up_is_no_meeting_of_its_own():
    """'What did the King update him on, and what U.S. commitment did Biden emphasize in response?' after a question
    on Biden's April 2022 call with King Abdullah II: the United States is a side of nearly every readout."""
    from assistant.qa.analyse import analyse
    from assistant.qa.inherit import inherit

    previous = analyse("Did Biden talk to King Abdullah II of Jordan in April 2022?")
    follow = inherit(
        analyse("What did the King update him on, and what U.S. commitment did Biden emphasize in response?"), previous
    )
    assert "Abdullah II" in follow.people and follow.window.bounded, follow
    # "in response" is to what was just said, no topic of the part
    assert follow.parts[1].topic == ("biden",), follow.parts[1]
