"""The offline verifier: each check on hand-made claim / sentence pairs, and the labelled set's shape."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from assistant.qa.verify import Evidence, best_support, check, coverage, dates, names, numbers, strength
from assistant.records import Sentence

ROOT = Path(__file__).resolve().parent.parent
READOUT = (
    "The Secretary of State met in Lima with the Foreign Minister of Peru. The two ministers discussed "
    "fisheries enforcement and agreed to open a joint maritime training center in Callao. The United States "
    "will provide $12 million for the center. They did not sign the draft customs agreement. The Foreign "
    "Minister raised the International Monetary Fund review."
)


def ev(sentence: str, title: str = "Secretary's Meeting with the Foreign Minister of Peru", date="2024-05-02"):
    start = READOUT.index(sentence)
    return Evidence(Sentence("peru.txt", start, start + len(sentence), sentence), None, title, date, READOUT)


AGREED = (
    "The two ministers discussed fisheries enforcement and agreed to open a joint maritime training center in Callao."
)
MONEY = "The United States will provide $12 million for the center."


def test_a_faithful_paraphrase_is_supported():
    v = check("The ministers agreed to open a joint maritime training center in Callao.", ev(AGREED))
    assert v.supported, v.reasons


@pytest.mark.parametrize(
    "claim,reason",
    [
        ("The United States will provide $15 million for the center.", "number"),
        ("The United States will provide $12 billion for the center.", "number"),
        ("The ministers agreed to open three maritime training centers in Callao.", "number"),
        ("The ministers agreed in June to open a joint maritime training center in Callao.", "date"),
        ("The ministers agreed to hold monthly fisheries talks in Callao.", "date"),
        ("The ministers agreed to open a joint maritime training center in Arica.", "name"),
        ("Chile and the United States agreed to open a joint maritime training center.", "name"),
        ("The ministers agreed on fisheries enforcement.", "commits to something else"),
        ("The ministers signed the draft customs agreement.", "negation"),
        ("The Foreign Minister welcomed the International Monetary Fund review.", "stronger"),
        ("The Foreign Minister agreed to the International Monetary Fund review.", "stronger"),
        ("The Secretary raised the International Monetary Fund review.", "different party"),
        ("The two ministers raised the International Monetary Fund review.", "different party"),
    ],
)
def test_each_hard_check_fails_its_claim(claim, reason):
    evidences = [
        ev(s)
        for s in (
            AGREED,
            MONEY,
            "They did not sign the draft customs agreement.",
            "The Foreign Minister raised the International Monetary Fund review.",
        )
    ]
    v = best_support(claim, evidences)
    assert not v.supported
    assert any(reason in r for r in v.reasons), v.reasons


def test_one_member_of_a_group_may_stand_for_it():
    assert check("The Secretary of State discussed fisheries enforcement.", ev(AGREED)).supported


def test_weaker_wording_than_the_readout_is_fine():
    assert check("The ministers discussed a joint maritime training center in Callao.", ev(AGREED)).supported


def test_names_may_come_from_elsewhere_in_the_readout_and_from_acronyms_and_aliases():
    v = check(
        "The Peruvian minister raised the IMF review.",
        ev("The Foreign Minister raised the International Monetary Fund review."),
    )
    assert not any("name" in r for r in v.reasons), v.reasons
    assert check("The U.S. will provide $12 million for the center.", ev(MONEY)).supported


def test_negated_claims_match_negated_sentences():
    assert check(
        "They did not sign the draft customs agreement.", ev("They did not sign the draft customs agreement.")
    ).supported


def test_the_embedding_similarity_counts():
    e = ev(MONEY)
    e = Evidence(e.sentence, np.array([1.0, 0.0], np.float32), e.title, e.date, e.readout_text)
    claim = "The United States will provide $12 million for the new center it is funding."
    close = check(claim, e, np.array([1.0, 0.0], np.float32))
    far = check(claim, e, np.array([0.0, 1.0], np.float32))
    assert close.supported and not far.supported and close.score > far.score


def test_best_support_picks_the_sentence_that_supports():
    v = best_support("The United States will provide $12 million for that center.", [ev(AGREED), ev(MONEY)])
    assert v.supported and v.evidence.sentence.text == MONEY
    assert READOUT[v.evidence.sentence.start : v.evidence.sentence.end] == MONEY


def test_feature_extractors():
    assert numbers("$1,500 and five and the two sides, 30 percent, doubled") == {"1500", "5", "percent", "30", "2x"}
    assert dates("They meet annually in May; it may rain on Friday.") == {"yearly", "may", "friday"}
    assert names("The Secretary met Foreign Minister Sato in Tokyo.") == {"sato", "tokyo"}
    assert strength("They discussed trade") == 1 and strength("They welcomed the plan") == 2
    assert strength("They agreed to meet") == 3 and strength("They expressed support for the plan") == 1
    assert coverage("The two ministers.", "The two ministers agreed.") == 0.0


def test_the_labelled_set_is_big_balanced_and_points_at_real_sentences():
    from assistant.corpus.ingest import ingest_paths

    pairs = [json.loads(x) for x in (ROOT / "benchmarks/data/verifier_pairs.jsonl").read_text().splitlines() if x]
    assert len(pairs) >= 100
    supported = sum(p["label"] for p in pairs)
    assert 0.3 < supported / len(pairs) < 0.7
    kinds = {p["kind"] for p in pairs if not p["label"]}
    assert {"strength", "number", "name", "date", "negation"} <= kinds
    texts = {}
    for p in pairs:
        if p["source"] not in texts:
            texts[p["source"]] = ingest_paths([ROOT / p["source"]]).readouts[0].text
        assert p["evidence"] in texts[p["source"]], p["id"]


def test_lexical_verifier_on_the_labelled_set_keeps_its_precision():
    """Without embeddings (no model needed) the hard checks and word coverage alone stay precise."""
    import sys

    sys.path.insert(0, str(ROOT / "benchmarks"))
    import verifier as bench

    pairs = bench.load_pairs()
    evidences, vecs = bench.build_evidence(pairs)
    from assistant.qa.verify import THRESHOLD_LEXICAL

    m = bench.metrics(
        [p["label"] for p in pairs], bench.predict(bench.features(pairs, evidences, vecs), 0.5, THRESHOLD_LEXICAL)
    )
    assert m["precision"] >= 0.95 and m["recall"] >= 0.6, m
