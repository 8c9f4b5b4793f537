"""Why a sentence retrieval brought back does not answer a part of a question: too low a score, no answer of the
asked type, a named thing its passage lacks, too little of the topic, or only the meeting's own opening sentence."""

from __future__ import annotations

from ..records import Sentence
from ..text.synonyms import PANDEMIC
from ..text.tokenize import fold, stem, words
from .acronyms import is_acronym, named_by_initials, spell_initials, spelt_out_in
from .analyse import Part
from .compose import Quote
from .coverage import coverage_in_context, named_by_its_parts, topic_coverage
from .fitting import answer_type_missing, tense_mismatch
from .meeting_sentence import WHICH_MEETING, meeting_may_answer, says_what_meeting_was_about
from .name_in_text import name_or_surname_in_text
from .places_given import states_of_someone

#: answers that are figures: one is of what its own sentence says it is of
FIGURES = ("amount", "number", "percentage")


def _answers_anyway(text: str, part: Part, topic, quote: Quote, own: float) -> bool:
    """In the one or two readouts named, a sentence that states most of the topic in its own words answers however
    far its wording is from the question's ("how Seoul and Tokyo were getting on": the ROK and Japan); with no
    topic, one of the kind asked for, or one giving the length asked ("how long did their call last")."""
    if topic:
        return own >= 0.5
    return quote.kind in part.kinds or part.answer_type == "duration" and not answer_type_missing(text, part)


def why_not(
    answerer,
    s,
    quote: Quote,
    part: Part,
    topic,
    around: tuple[str, str],
    names: list[str],
    named: bool,
    unnamed: bool = False,
) -> str:
    """Why a scored sentence does not answer a part ("" when it does); ``around`` is its passage and its
    neighbouring sentences."""
    passage, neighbours = around
    sent = s.candidate.sentence
    own = _own_coverage(answerer, sent.text, part, topic, names)
    if s.score < answerer.tuning.min_score and not (named and _answers_anyway(sent.text, part, topic, quote, own)):
        return f"score {s.score:.2f}"
    if why := answer_type_missing(sent.text, part):
        return why
    if tense_mismatch(part, sent.text):
        return "a date of the past for a question about the future"
    if names and not all(
        name_or_surname_in_text(n, passage)
        or named_by_initials(n, part.text, passage)
        or (is_acronym(n) and spelt_out_in(n, passage))  # "MCC": "the Millennium Challenge Corporation"
        or named_by_its_parts(n, passage)
        or _named_by_synonym(n, passage)
        for n in names
    ):
        return "the thing named is not there"  # "the Amazon Fund", not just the Amazon
    if (states := states_of_someone(part.text)) and not any(_names_state(answerer, sent, st) for st in states):
        return "the state asked of is not there"  # "Biden and Colorado's governor": not his call with Scholz
    # the sentences next to it lend their topic words to a sentence that gives the asked figure, name or date,
    # or states part of the topic itself; a free-text sentence that states none of it is about something else
    cov = _lent_coverage(answerer, sent, neighbours, part, topic, own)
    min_cos = answerer.tuning.min_topic_cosine_named if named else answerer.tuning.min_topic_cosine
    close = max(s.candidate.cosine, s.candidate.topic_cosine or 0.0) >= min_cos
    min_cov = answerer.tuning.min_coverage_named if named else answerer.tuning.min_coverage
    # (not for a figure that states none of the topic: "how much for educational cooperation did she announce":
    # "announced $45 million ... to clear unexploded ordnance" is a sum for something else)
    of_kind = bool(part.kinds) and quote.kind in part.kinds and named and not (own == 0 and part.answer_type in FIGURES)
    alone = (
        unnamed and max(s.candidate.cosine, s.candidate.topic_cosine or 0.0) >= answerer.tuning.min_topic_cosine_unnamed
    )
    if cov < min_cov and not (close and (own > 0 or of_kind)) and not alone:
        # close in meaning counts with some topic in its own words, or as the very kind of statement asked
        # for in the one or two readouts named ("they agreed to expand academic exchanges": education ties)
        return f"topic coverage {cov:.2f}, cosine {max(s.candidate.cosine, s.candidate.topic_cosine or 0):.2f}"
    if (
        quote.kind == "met"
        and part.answer_type in ("free", "yesno")
        and (not topic or own < 1 and not says_what_meeting_was_about(sent.text, topic, answerer.store.idf))
        and not WHICH_MEETING.search(part.text)
        and not meeting_may_answer(part, sent.text)
        and (part.answer_type == "yesno" or _opens(answerer, sent))
    ):
        return "the meeting itself"  # a figure or a name asked for may sit in it ("spoke about ... $500 million")
    return ""


def _own_coverage(answerer, text: str, part: Part, topic, names: list[str]) -> float:
    """How much of the topic a sentence states in its own words (1 with no topic); for a figure asked with no topic
    but the meeting's sides, how much it states of what the figure is of (a sum of what was asked, not another)."""
    if topic:
        return topic_coverage(spell_initials(text, names), topic, answerer.store.idf, part.hints)
    if part.hints and part.answer_type in ("amount", "number", "percentage"):
        return topic_coverage(text, part.hints, answerer.store.idf)
    return 1.0


def _opens(answerer, sent: Sentence) -> bool:
    """Whether a sentence is its readout's meeting sentence ("X met today with Y"), not a later one of talk."""
    main = (hit := answerer.meeting_of(sent.source)) and answerer.meeting_sentence(hit[0])
    return not main or main.start == sent.start


def _heading(answerer, sent: Sentence) -> str:
    """A readout's title and meeting sentence: what they say of the meeting is said of every sentence of it."""
    if not (hit := answerer.meeting_of(sent.source)):
        return ""
    main = answerer.meeting_sentence(hit[0])
    return f"{hit[1].title or ''} {main.text if main else ''}"


def _lent_coverage(answerer, sent: Sentence, neighbours: str, part: Part, topic, own: float) -> float:
    """A sentence's coverage of the topic with the words its neighbours state, and those its readout's title and
    meeting sentence state when it states some of the topic itself, lent at half weight; a free-text sentence that
    states none of it is about something else (its own coverage)."""
    if not topic or not (part.answer_type not in ("free", "yesno") or own > 0):
        return own
    context = f"{neighbours} {_heading(answerer, sent)}" if own > 0 else neighbours
    return coverage_in_context(sent.text, context, topic, answerer.store.idf, hints=part.hints, own=own)


def _names_state(answerer, sent: Sentence, state: str) -> bool:
    """Whether a sentence's readout names a U.S. state, in its title or its text."""
    readout = answerer.store.readout(sent.source)
    return readout is None or state in readout.title or state in readout.text


def _named_by_synonym(name: str, passage: str) -> bool:
    """Whether the pandemic's name is in a passage by another word for it ("how many COVID shots": "our donation
    of two million vaccine doses" for "pandemic recovery"). Only the pandemic's: another name's group ("NASA":
    space) holds words that are no name of it."""
    own = stem(fold(name).lower())
    if own not in PANDEMIC:
        return False
    return any(stem(w) in PANDEMIC for w in words(passage))
