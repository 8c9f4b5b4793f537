"""The answerer's numbers, chosen by ``benchmarks/tune_answers.py`` on the dev splits."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Tuning:
    """The answerer's numbers (from the settings; chosen by ``benchmarks/tune_answers.py`` on the dev splits)."""

    min_score: float = 0.25  # evidence score below which a sentence is not quoted
    min_coverage: float = 0.35  # share of the part's topic a sentence must state
    min_coverage_named: float = 0.25  # the same, inside the one or two readouts the question names
    margin: float = 0.4  # also quote sentences scoring within this of the best
    max_quotes: int = 5  # per part
    min_topic_cosine: float = 0.6  # a sentence this close to the question states its topic, whatever its words
    min_topic_cosine_named: float = 0.25  # the same, inside the one or two readouts the question names
    min_topic_cosine_unnamed: float = 0.4  # closeness alone, for a question naming no one, nothing and no date
    min_score_named: float = 0.6  # inside one named readout, the best sentence scoring this answers anyway
    list_coverage: float = 0.6  # share of a list topic a sentence must state to count a readout
    k: int = 8  # passages retrieved per part
    records_limit: int = 4  # meetings answered from the records (when, where, who) at most

    @classmethod
    def of(cls, settings) -> Tuning:
        return cls(
            min_score=settings.min_support,
            min_coverage=settings.min_coverage,
            min_coverage_named=settings.min_coverage_named,
            margin=settings.quote_margin,
            max_quotes=settings.max_quotes,
            min_topic_cosine=settings.min_topic_cosine,
            min_topic_cosine_named=settings.min_topic_cosine_named,
            min_topic_cosine_unnamed=settings.min_topic_cosine_unnamed,
            min_score_named=settings.min_score_named,
            list_coverage=settings.list_coverage,
        )
