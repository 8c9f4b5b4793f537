"""What people type around a question (greetings, thanks, "Q:", "according to the readouts") is not asked."""

import random

import pytest

from assistant.qa.form import plain_question, reads_as_typed

Q = "What did Blinken and Lavrov discuss in January 2022?"


@pytest.mark.parametrize(
    "typed",
    [
        f"Hello! {Q}",
        f"Good afternoon,\n{Q}",
        f"Question: {Q}",
        f"OK so, {Q[0].lower() + Q[1:]}",
        f"Could you please check this for me? {Q}",
        f"According to the official readouts, {Q[0].lower() + Q[1:]}",
        f"{Q} Many thanks!",
        f"{Q}\n\nThank you so much",
        f"{Q} Please quote the readout.",
        f"{Q} (cite the passage please)",
        f"{Q}?!",
        f"   {Q.replace(' ', '   ')}  ",
        f"hey {Q}",
        f"I am preparing a briefing note. {Q} Thanks in advance.",
        f"{Q} We need it for the deadline, cheers.",  # a sentence about the asking, not the readouts
        f"Sorry to trouble you, my editor is waiting.\n{Q}",
        f"Yo! {Q}\nPlease answer with the exact wording and link the document.",
        f"Dear assistant,\n\n{Q}\n\nBest wishes",
        f"I'm a retired envoy writing a memoir. {Q}",  # the writer speaks of themselves
        f"Would you dig through the archive for me? {Q}",  # a request to the assistant that names nothing
        f"{Q} Needed for tomorrow's staff meeting.",  # names nothing, asks nothing
        f"[Task: briefing]\n{Q}\n(only the readouts, where possible)",  # bracketed remarks
        f"Good evening,\n{Q}\nWarm regards,\nPriya",  # a sign-off name after a closing
        f"Since you have the archive, {Q[0].lower() + Q[1:]}",  # an opening clause that speaks to the assistant
        f"Sorry if this is basic, but {Q[0].lower() + Q[1:]}",
        f"Okay next one {Q}",
        f"> {Q}\n> thanks",  # markdown quote marks, a number, emphasis
        f"2) **{Q}**",
        f"Two minutes before a call: {Q}",  # a label before a question that stands alone
        f"Slides for tomorrow -> {Q}",
        f"{Q} Would love a pointer to the readout.",  # a wish, not a question
        f"Dear Sir or Madam,\n{Q}\nYours faithfully",
        f'"{Q}" - my tutor asked me this.',
        f"Lawyer here, checking how the official text words things. {Q}",  # "how" inside a remark asks nothing
        f"Based strictly on what was released afterward, {Q[0].lower() + Q[1:]}",  # where the answer is from
        f"{Q} Kindly indicate which document this comes from.",
        f"{Q} Asking for a class presentation tomorrow.",  # after the question, naming nothing
        f"{Q[:-1]} Cheers",  # a closing typed without a mark
        Q[:-1],
        Q[:-1].replace(" in January", ", according to the readouts, in January") + "?",
    ],
)
def test_framing_around_a_question_is_dropped(typed):
    if "according to the readouts, in" in typed:  # framing inside the question stays: only its ends are read
        assert plain_question(typed) == typed
    else:
        assert plain_question(typed) == Q


@pytest.mark.parametrize(
    "question",
    [
        Q,
        "In May 2022, what did they say?",  # a time before the question is content
        "After the storm, what did the president tell the governor?",  # so is a topic without a name
        "Did they meet in the U.S.?",  # an abbreviation's point stays
        "What about the Initiative on Critical and Emerging Technologies (iCET)?",  # and a closing bracket
        "Which readouts mention the Artemis Accords? List them by date.",
        "Biden met Meloni in March 2024. Which summits did they look ahead to?",  # a context sentence with names
        "Where did they meet, and what did they launch?",
        "How many calls were there in 2022, per year?",
        "List the calls.",
        "In the US, who decides on the requirements for teachers?",  # "US" is the country, not "us"
        "Where did they meet? I want to know what they agreed.",  # a sentence that asks is kept
        "Where did they meet? We care about Japan.",  # a sentence with a name is kept
        "What did Biden say? Did we sign it?",
        "And on research - how many innovation hubs was the U.S. going to join?",  # a topic before a dash
        "Which readouts record U.S. officials meeting the Pope?",
        "Biden met Macron at the G7 in June 2021. Compare what each readout says about the Sahel.",
        "Where did they meet? Tell me what they agreed.",  # a request that asks is a part
        "When and where did they meet, and why?",
        "What did Blinken say to Lavrov (in Geneva)?",  # a bracket that names something stays
    ],
)
def test_a_question_without_framing_is_read_as_typed(question):
    assert plain_question(question) == question


@pytest.mark.parametrize(
    "question",
    [
        "Great. And the last one?",  # a reaction and a follow-up: nothing here only wraps a question
        "Cool, and the next meeting?",
        "What does the U.S. want?",  # an abbreviation's point ends no sentence
        "Did they meet in Washington D.C. earlier?",
        "Trade: what did they agree?",  # a topic before a colon
        "Follow-up on energy: did they sign it?",
        "I heard they signed a deal on energy. Did they?",  # context beside a question that names nothing
        "I want to know about Gaza. What did Blinken say?",  # a sentence that names something
        "You said they agreed. On what?",
        "The call was about trade. What did they agree?",
        "What did Biden and Xi agree? Just on trade.",  # a sentence that narrows the question
        "Where did Biden and Xi meet? Include the date.",  # or adds to it
        "What did they agree? I also want to know about trade.",
        "What did they agree? Specifically the climate finance figures.",  # it narrows the question
        "And what did they agree? The economic side only.",
        "And what did they agree? Focus on the economic side.",
        "What did Blinken and Wang discuss? Interested in whether fentanyl came up.",  # asks, in the lower case
        "Did they meet? I heard they signed a deal.",  # the writer's own context after it
        "Which readouts mention illegal, unreported and unregulated (IUU) fishing?",  # no opening clause
        "Apart from her official meetings, what cultural site did Sherman visit?",  # what is set aside stays
        "Based on the readout about vaccines, what did Blinken and Retno discuss?",  # one word of its own: a topic
        "Did Austin express thanks",
        "Per the January statement, what did they agree?",  # a source that names something says which
        "What did they say about aid, and about the report?",  # words that may wrap a question, alone
        "Did Biden meet Xi, again?",
        "[Gaza] what did Blinken say?",  # a remark that names something
        "Did Biden speak with Macron, Scholz,\nMeloni?",
        "Regarding the sanctions: What did Biden and Xi say?",  # a topic before a colon, even before a capital
        "Trade: What did Biden and Xi agree?",
        "In 2022 -> What did they agree?",
    ],
)
def test_what_narrows_or_gives_context_is_kept(question):
    assert reads_as_typed(question, plain_question(question)), plain_question(question)


def test_a_figure_in_a_remark_keeps_it():
    assert plain_question(f"{Q} (2022)").startswith(f"{Q} (2022)")  # may say which year is meant


def test_a_question_that_is_only_framing_is_left_whole():
    assert plain_question("Thanks!") == "Thanks!"
    assert plain_question("  Hi  there ") == "Hi there"


def test_repeated_marks_become_one_and_a_missing_mark_is_added():
    assert plain_question("Where did they meet??") == "Where did they meet?"
    assert plain_question("Where did they meet?!") == "Where did they meet?"
    assert plain_question("where did they meet") == "Where did they meet?"
    assert plain_question("Where did they meet...") == "Where did they meet?"


def test_what_counts_as_read_as_typed():
    assert reads_as_typed("where did they meet", "Where did they meet?")
    assert reads_as_typed("Where  did they\nmeet?", "Where did they meet?")
    assert not reads_as_typed(f"Hi! {Q}", Q)
    assert not reads_as_typed("what did blinken say?", "What did Blinken say?")


def test_any_text_reads_without_error():
    rng = random.Random(3)
    alphabet = "aZ 9?!.,:;-()[]\n\u2014\u2026'\u2019Ié"
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 30)))
        assert isinstance(plain_question(text), str)
    for text in ["?", "...", "(2022)", "[x]", " - ", ":", "I", "Hi,\nMarta", "()", "Q:"]:
        assert plain_question(text).strip() or not text.strip()


@pytest.mark.parametrize(
    "typed",
    [
        f"Qucik sanity check - {Q} I think I know but want to confirm.",  # a framing word typed with a slip
        f"With reference to the official communiqués issued after the talks: {Q}",
    ],
)
def test_slips_in_framing_are_set_aside(typed):
    assert plain_question(typed) == Q


def test_a_self_description_that_names_something_stays_as_context():
    # it may say which meetings are meant ("... Biden-Xi relationship in 2021. When did the two speak ...?")
    for typed in (
        "I'm a journalist covering Japan. What did they agree?",
        "I'm studying the Biden-Xi relationship in 2021. When did the two presidents speak about Taiwan?",
    ):
        assert plain_question(typed) == typed
    # who the writer is, before a question that stands alone, is no part of it, whatever it names
    typed = "Hello! I'm a grad student working on a thesis about post-Cold War diplomacy. " + Q
    assert plain_question(typed) == Q
    assert plain_question("Thnaks! " + Q) == Q
    assert plain_question("Whta about trade?") == "Whta about trade?"  # a short word is never a framing word


def test_the_writer_s_project_and_a_remark_after_a_quoted_question_are_set_aside():
    """'doing some research for a uni essay on arms control' says what the writer is at, not what the follow-up
    asks of; after a question quoted whole, '- that's what my professor asked' is a remark. A sentence of the
    readouts' own matter ('They agreed on a project ...') stays."""
    assert plain_question("Hiya, doing some reserach for a uni essay on arms control. Did the economy come up?") == (
        "Did the economy come up?"
    )
    # ... but it is context when it names the meeting, or what a question that does not stand alone refers to
    for kept in (
        "I'm writing a report on NATO. Did they discuss it?",
        "I'm writing a report on the Biden-Kishida meeting of January 2022. What did they say about North Korea?",
        "I'm a researcher looking at the Biden-Xi meeting in Bali in November 2022. What did they say about Taiwan?",
    ):
        assert plain_question(kept) == kept
    remark = '"Which governor joined her?" was the question on my exam about Harris\'s August 2022 Boston meeting.'
    assert "Boston" in plain_question(remark)
    quoted = f'"{Q}" \u2014 that\'s what my professor asked in seminar, and I want to check my notes.'
    assert plain_question(quoted) == Q
    kept = "They agreed on a project to build a railway. Which countries joined?"
    assert plain_question(kept) == kept
