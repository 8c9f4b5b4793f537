"""Rules from the dev splits of the seventy-third and seventy-fourth question sets (round 50)."""

from assistant.qa.meeting_kinds import meeting_kind


def test_calling_something_crucial_names_no_call():
    hosted = (
        "When Biden hosted Israeli Prime Minister Naftali Bennett at the White House in August 2021, which two "
        "long-standing Arab partnerships of Israel did they call crucial to regional stability?"
    )
    assert meeting_kind(hosted) != "call"
    assert meeting_kind("What did they say on the call about critical minerals?") == "call"
    assert meeting_kind("Did Biden call Macron in May 2022?") == "call"


def test_who_ran_the_discussion_asks_a_role_in_it_not_who_met():
    from assistant.qa.analyse import about_meeting
    from assistant.qa.coverage import topic_coverage

    question = "who ran the discussion when biden met nine democratic governors about abortion rights on 1 july 2022?"
    assert about_meeting(question) is False
    assert about_meeting("Who took part in Biden's meeting with the governors on 1 July 2022?") is True
    said = "The conversation was moderated by Jennifer Klein, Director of the White House Gender Policy Council."
    assert topic_coverage(said, ("ran",), lambda t: 1.0) == 1.0


def test_a_readouts_title_and_meeting_sentence_lend_their_words_to_its_other_sentences():
    from types import SimpleNamespace

    from assistant.qa.why_not import _heading
    from assistant.records import Sentence

    title = "President Biden's Meeting with Governors on Reproductive Rights"
    opening = Sentence("a.txt", 0, 60, "Today, President Biden convened nine Democratic Governors.")
    later = Sentence("a.txt", 200, 260, "The conversation was moderated by Jennifer Klein.")
    answerer = SimpleNamespace(
        meeting_of=lambda source: (0, SimpleNamespace(title=title)) if source == "a.txt" else None,
        meeting_sentence=lambda rid: opening,
    )
    assert _heading(answerer, later) == f"{title} {opening.text}"
    assert _heading(answerer, Sentence("b.txt", 0, 9, "Elsewhere.")) == ""


def test_a_named_deal_in_the_plural_asks_no_agreement():
    from assistant.qa.kinds_asked import asked_kinds

    question = "How much U.S. assistance did she say Cambodia had received since the 1991 peace agreements?"
    assert asked_kinds(question) == ()
    assert "agreed" in asked_kinds("What agreements did they reach on trade?")
    assert "agreed" in asked_kinds("Did they sign the agreements?")


def test_a_name_is_said_with_a_space_for_its_hyphen_and_after_an_acronym_that_owns_it():
    from assistant.qa.name_forms import short_form_said

    asked = "Five-Point Consensus on Burma"
    assert short_form_said(asked, "Biden urged support for the ASEAN Five Point Consensus.")
    assert short_form_said(asked, "They backed the Five-Point Consensus.")
    assert not short_form_said(asked, "They backed a five point plan.")
    assert not short_form_said("Democratic Republic of the Congo", "They met in the Lao People's Democratic Republic.")


def test_dealing_with_someone_is_a_meeting_word_not_a_topic():
    from assistant.qa.analyse import analyse

    question = "Which readouts show Sung Kim dealing directly with his Chinese counterpart?"
    assert "deal" not in analyse(question).parts[0].topic
    assert "deal" in analyse("Which readouts mention the grain deal?").parts[0].topic


def test_the_last_day_of_a_year_is_that_day():
    import datetime

    from assistant.qa.times import time_window

    w = time_window("On the last day of 2021 the President phoned a western state's governor about wildfires.")
    assert (w.start, w.end) == (datetime.date(2021, 12, 31), datetime.date(2021, 12, 31))
    assert w.recency is None
    w = time_window("Whom did he call on the first day of 2022?")
    assert (w.start, w.end) == (datetime.date(2022, 1, 1), datetime.date(2022, 1, 1))
    w = time_window("What did they discuss in 2021?")
    assert (w.start, w.end) == (datetime.date(2021, 1, 1), datetime.date(2021, 12, 31))


def test_quick_passage_is_stated_by_acting_swiftly():
    from assistant.qa.coverage import topic_coverage

    said = "The President urged the caucus to act swiftly to pass it before unemployment benefits start expiring."
    assert topic_coverage(said, ("quick",), lambda t: 1.0) == 1.0
    assert topic_coverage("They discussed the relief package.", ("quick",), lambda t: 1.0) == 0.0


def test_a_day_written_first_without_its_year_takes_the_next_ones_year():
    import datetime

    from assistant.qa.dates_named import time_windows

    said = "Sherman held group calls on 24 February and 30 March 2022. Who spoke for Germany on each call?"
    assert [w.start for w in time_windows(said)] == [datetime.date(2022, 2, 24), datetime.date(2022, 3, 30)]


GROUP_CALLS = {
    "feb.txt": (
        "Deputy Secretary Sherman's Call with French, German, Italian, and UK Counterparts",
        "February 24, 2022",
        "Deputy Secretary of State Wendy Sherman spoke this morning with French MFA Secretary General Francois "
        "Delattre, German MFA State Secretary Andreas Michaelis, and Italian MFA Secretary General Ettore Sequi. "
        "They condemned Russia's attack on Ukraine.",
    ),
    "mar.txt": (
        "Deputy Secretary Sherman's Call with French, German, Italian, and UK Counterparts",
        "March 30, 2022",
        "Deputy Secretary of State Wendy Sherman spoke today with French MFA Secretary General Francois Delattre, "
        "German MFA Political Director Tjorven Bellmann, and Italian MFA Secretary General Ettore Sequi. The group "
        "discussed the humanitarian situation in Ukraine.",
    ),
}


def test_who_took_part_in_each_of_two_compared_meetings_comes_from_each_ones_record(tmp_path):
    from tests.fakes import written_corpus

    asst = written_corpus(tmp_path, GROUP_CALLS)
    ans = asst.ask(
        "Deputy Secretary Sherman held calls with her French, German and Italian counterparts on February 24 and "
        "again on March 30, 2022. Who spoke for Germany each time?"
    )
    assert not ans.abstained, ans.text
    assert "Andreas Michaelis" in ans.text and "Tjorven Bellmann" in ans.text, ans.text
    assert {c.source for c in ans.citations} == {"feb.txt", "mar.txt"}, ans.text
