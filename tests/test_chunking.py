from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.corpus.chunking import group_sentences, passages_of, sentences_of, split_sentences
from assistant.records import Readout


def readout(text: str, body_start: int = 0) -> Readout:
    return Readout(source="t.txt", text=text, title="T", body_start=body_start)


def test_abbreviations_do_not_end_sentences():
    text = (
        "Ms. Rivera met Mr. Smith and Dr. Jones in the U.S. capital. The Japan-U.S. Alliance was discussed. "
        "The ASEAN-U.S. Foreign Ministerial Meeting followed. They left at 5 p.m. on Jan. 3."
    )
    got = [text[s:e] for s, e in split_sentences(text)]
    assert got == [
        "Ms. Rivera met Mr. Smith and Dr. Jones in the U.S. capital.",
        "The Japan-U.S. Alliance was discussed.",
        "The ASEAN-U.S. Foreign Ministerial Meeting followed.",
        "They left at 5 p.m. on Jan. 3.",
    ]


def test_an_abbreviated_title_or_rank_never_ends_a_sentence():
    text = (
        "Sherman met Foreign Minister Nam Vo and Deputy Minister of Defense Sr. Lt. Gen. Tran Quoc Bao in separate "
        "meetings. Also on the call: New York Lt. Gov. Kathy Dunne. They discussed the storm."
    )
    got = [text[s:e] for s, e in split_sentences(text)]
    assert got == [
        "Sherman met Foreign Minister Nam Vo and Deputy Minister of Defense Sr. Lt. Gen. Tran Quoc Bao in separate "
        "meetings.",
        "Also on the call: New York Lt. Gov. Kathy Dunne.",
        "They discussed the storm.",
    ]


def test_a_sentence_may_still_end_in_us_before_a_new_sentence():
    text = "They thanked the U.S. The minister then left."
    assert len(split_sentences(text)) == 2


def test_bullets_and_paragraphs_are_separate_sentences():
    text = "They agreed on three points:\n- more trade\n- fewer tariffs\n\nA heading\n\nThe end."
    got = [text[s:e] for s, e in split_sentences(text)]
    assert got == ["They agreed on three points:", "- more trade", "- fewer tariffs", "A heading", "The end."]


def test_title_and_date_are_not_sentences():
    text = "A Title\nDate: May 1, 2021\n\nFirst sentence. Second one."
    r = readout(text, body_start=text.index("First"))
    assert [s.text for s in sentences_of(r)] == ["First sentence.", "Second one."]


def test_group_sentences_respects_budget_and_covers_everything():
    spans = []
    body = ""
    for n in [10, 10, 10, 50, 5, 5]:
        sent = " ".join(["word"] * n) + "."
        spans.append((len(body), len(body) + len(sent)))
        body += sent + " "
    groups = group_sentences(spans, body, chunk_words=25)
    assert groups == [(0, 2), (2, 3), (3, 4), (4, 6)]
    assert group_sentences(spans, body, chunk_words=25, overlap=1)[:2] == [(0, 2), (1, 3)]


prose = st.lists(
    st.one_of(
        st.sampled_from(
            [
                "The U.S. and Japan agreed.",
                "Ms. Lee spoke.",
                "Mr. Ito met Dr. Kim at 5 p.m.",
                "They discussed trade, security, and climate!",
                "Was it agreed?",
                "\n\n",
                "\n- a bullet\n",
                "  ",
                "No. 10 Downing St. was mentioned.",
                "\u201cQuoted,\u201d he said.",
            ]
        ),
        st.text(alphabet=st.characters(codec="utf-8", categories=["L", "N", "P", "Zs"]), min_size=1, max_size=40),
    ),
    min_size=1,
    max_size=25,
).map(" ".join)


@settings(max_examples=200, deadline=None)
@given(prose, st.integers(min_value=5, max_value=80), st.integers(min_value=0, max_value=2))
def test_offsets_are_exact_for_any_text(text, chunk_words, overlap):
    r = readout(text)
    sentences = sentences_of(r)
    last_end = 0
    for s in sentences:
        assert r.text[s.start : s.end] == s.text
        assert s.text == s.text.strip() and s.text
        assert s.start >= last_end
        last_end = s.end
    passages = passages_of(r, chunk_words, overlap)
    covered = set()
    for p in passages:
        assert r.text[p.start : p.end] == p.text
        assert p.sentences and p.start == p.sentences[0].start and p.end == p.sentences[-1].end
        covered.update((s.start, s.end) for s in p.sentences)
    assert covered == {(s.start, s.end) for s in sentences}
