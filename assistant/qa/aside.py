"""What a question sets aside ("Besides Russia and Ukraine, which arrangement ...", "Apart from averting a rail
shutdown, what else was on the table ..."): not what the answer must state, and, when it is a topic, not what the
answer quotes. Pure."""

from __future__ import annotations

import re

from ..text.lexicon import STOPWORDS
from ..text.question_words import ASIDE_PHRASES
from ..text.tokenize import fold, stem
from .compose import Quote
from .coverage import topic_coverage
from .topics import BEYOND_BESIDES

_BESIDES = re.compile(rf"\b(?:{'|'.join((*ASIDE_PHRASES, BEYOND_BESIDES, 'in addition to'))})\s+([^,?]+)", re.I)


def set_aside(question: str) -> str:
    """The words a question sets aside ("Besides Russia and Ukraine, which arrangement ...": "Russia and
    Ukraine"): not what the answer must state."""
    return " ".join(m.group(1) for m in _BESIDES.finditer(question))


def without_set_aside(question: str) -> str:
    """A question without what it sets aside ("Who did Harris meet besides Stoltenberg?": "Who did Harris meet?")."""
    return _BESIDES.sub("", question)


def not_set_aside(fits: list[Quote], question: str, idf) -> list[Quote]:
    """The quotes chosen, those that state a topic the question sets aside last ("Apart from averting a rail
    shutdown, what else was on the table ...": "discussed how Congress can act to prevent a rail shutdown" after the
    others); reordered once chosen, so that no other quote comes in for them. A name set aside ("Apart from Russia
    and Ukraine, what issue ...") is the same: the sentences that name it may stand in the answer, after the others."""
    aside = set_aside(question)
    if not aside:
        return fits
    terms = tuple(dict.fromkeys(stem(fold(w)) for w in re.findall(r"[A-Za-z\-]+", aside) if fold(w) not in STOPWORDS))
    if not terms:
        return fits
    # after the others, not left out: one sentence may state both ("... to the bilateral relationship and to the
    # Transatlantic bond"); a sentence that names any name set aside states it
    named = bool(re.search(r"\b[A-Z]", aside))
    covered = [topic_coverage(q.sentence.text, terms, idf) for q in fits]
    rest = [q for q, c in zip(fits, covered) if (c == 0.0 if named else c < 0.5)]
    return rest + [q for q in fits if q not in rest]
