"""Each sentence of a readout as a statement: what kind of act its main verb reports, and who acts.

Pure functions. The kind comes from the main verb, never from a verb inside
a purpose or that-clause: "agreed to continue the conversation about
expanding X" is an agreement (to keep talking), "met ... to discuss" is the
meeting. A verb of stance takes its kind from its object ("expressed
support" -> expressed_support, "reiterated concern" -> expressed_concern); a
verb of saying from what it says ("made clear that the United States will
act" -> committed). When a sentence has several main verbs ("discussed A and
agreed to B"), the strongest kind wins (``STATEMENT_KINDS`` order). The
actor is the subject: the issuing side, the counterpart, both, or a named
third party.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..records import Meeting, Sentence, Statement
from ..text.lexicon import (
    CAMEO,
    FUTURE_MARKERS,
    GROUP_WORDS,
    KIND_VERBS,
    NOT_COMMITTING,
    OBJECT_KINDS,
    PHRASE_KINDS,
    SAYING_VERBS,
    STANCE_VERBS,
    STATEMENT_KINDS,
    TITLE_HEADS,
)
from ..text.names import find_parties
from ..text.tokenize import fold

_WORD = re.compile(r"[A-Za-z\u00C0-\u024F][\w\u00C0-\u024F'\u2019\-]*|[,;:()\u2013\u2014]")
_PHRASES = [(re.compile(p, re.I), kind) for p, kind in PHRASE_KINDS]
_RANK = {k: i for i, k in enumerate(STATEMENT_KINDS)}
_SUBORDINATORS = frozenset(
    "that which who whom whose where when while because although though if whether since as after before until".split()
)
_DETERMINERS = frozenset("the a an our their his her its this that these those any every each no".split())
_COPULA = re.compile(r"\b(?:is|are|was|were|stands|stand|remains|remain|has|have|continues|continue)\b")
_RELATIVES = frozenset("which who whom whose".split())
_SUBJECT_PRONOUNS = frozenset("they we he she both it".split())
_ADVERBS = frozenset(
    "also again further jointly strongly firmly warmly once together separately additionally "
    "repeatedly specifically deeply".split()
)
_FRONTED = frozenset("on in during following after before as while with at throughout ahead upon".split())


@dataclass(frozen=True)
class _W:
    text: str
    low: str
    start: int
    end: int


@dataclass(frozen=True)
class Verb:
    """A main-verb candidate: its kind and where it is."""

    kind: str
    start: int
    end: int
    index: int


def _words(text: str, offset: int) -> list[_W]:
    return [_W(m.group(0), m.group(0).lower(), offset + m.start(), offset + m.end()) for m in _WORD.finditer(text)]


def _is_finite(words: list[_W], i: int) -> bool:
    """Whether word i can be a main verb: not an infinitive ("to discuss"), not a noun ("the review", "our
    support"); present forms ("they support") only after a subject or an adverb."""
    w = words[i].low
    prev = words[i - 1].low if i else ""
    if prev == "to" or prev in _DETERMINERS or prev.endswith(("’s", "'s")):
        return False
    if w.endswith("ed") or w in {"met", "spoke", "said", "told", "held", "made", "offered", "sought"}:
        return True
    j = i - 1
    while j >= 0 and words[j].low in _ADVERBS:
        j -= 1
    return j >= 0 and (
        words[j].low in _SUBJECT_PRONOUNS
        or words[j].low.endswith("s")
        and words[j].text[0].isupper()
        or words[j].low in ("leaders", "ministers", "sides", "countries", "they", "and")
    )


def _object_kind(words: list[_W], i: int) -> str | None:
    """For a verb of stance at i, the kind its object gives ("expressed [his deep] appreciation")."""
    for w in words[i + 1 : i + 7]:
        if w.low in OBJECT_KINDS:
            return OBJECT_KINDS[w.low]
        if w.low in (";", "that", "for", "to", "with", "on", "about", "in", "and"):
            return None
    return None


def _clause_kind(words: list[_W], i: int) -> str | None:
    """For a verb of saying at i followed by a that-clause (or "made clear"), the kind the clause says."""
    rest = words[i + 1 : i + 30]
    if len(rest) > 1 and rest[0].low == "it" and rest[1].low == "clear":
        rest = rest[2:]
    elif rest and rest[0].low == "clear":
        rest = rest[1:]
    if not rest or rest[0].low != "that":
        return None
    best = None
    for k, w in enumerate(rest[1:], 1):
        kind = KIND_VERBS.get(w.low)
        if w.low in FUTURE_MARKERS and not (k + 1 < len(rest) and rest[k + 1].low in NOT_COMMITTING):
            kind = "committed"
        elif kind in ("met", "noted", None) and w.low not in OBJECT_KINDS:
            continue
        elif w.low in OBJECT_KINDS and kind is None:
            kind = OBJECT_KINDS[w.low]
        if kind and (best is None or _RANK[kind] < _RANK[best]):
            best = kind
    return best


def main_verbs(text: str, offset: int = 0) -> list[Verb]:
    """The main verbs of a sentence with their kinds: the first finite verb outside a fronted clause, and
    those joined to it by "and" (not inside a that-, which- or purpose clause)."""
    words = _words(text, offset)
    start = 0
    if words and words[0].low in _FRONTED:  # "On behalf of ..., the Secretary congratulated"
        comma = next((k for k, w in enumerate(words[:25]) if w.low == ","), None)
        if comma is not None:
            start = comma + 1
    phrases = {}
    for rx, phrase_kind in _PHRASES:
        for m in rx.finditer(text):
            phrases[offset + m.start()] = (phrase_kind, offset + m.end())
    out: list[Verb] = []
    sub = False
    coordinate = -1  # up to this word, a clause after ", and" may bring its own subject and main verb
    for i in range(start, len(words)):
        w = words[i]
        if out and w.low in ("and", "but") and words[i - 1].low == ",":
            coordinate = i + 7
        if (out and w.low in _SUBORDINATORS) or w.low in _RELATIVES:
            sub = True
        if out and w.low in (",", ";") and i + 1 < len(words) and words[i + 1].low == "and":
            sub = False
        if out and w.low == "and":
            sub = sub and not (i + 1 < len(words) and KIND_VERBS.get(words[i + 1].low) and _is_finite(words, i + 1))
        if sub:
            continue
        kind = phrases[w.start][0] if w.start in phrases else KIND_VERBS.get(w.low)
        if w.low in FUTURE_MARKERS and i + 1 < len(words) and words[i + 1].low not in NOT_COMMITTING:
            kind = "committed"  # "They will continue their coordination", "the United States would provide"
        elif kind is None or not (w.start in phrases or _is_finite(words, i)):
            continue
        if w.low in STANCE_VERBS:
            kind = _object_kind(words, i) or kind
        if w.low in SAYING_VERBS or (w.low == "made" and i + 1 < len(words) and words[i + 1].low in ("clear", "it")):
            kind = _clause_kind(words, i) or kind
        if not out or (i > 0 and words[i - 1].low in {"and", ","} | _ADVERBS) or w.start in phrases or i <= coordinate:
            out.append(Verb(str(kind), w.start, phrases[w.start][1] if w.start in phrases else w.end, i))
            coordinate = -1
        if len(out) == 1:
            sub = False
    return out


# ------------------------------------------------------------------------------------------ actors
@dataclass(frozen=True)
class Sides:
    """Words that name each side of one meeting (lower-case, accent-folded)."""

    issuer: frozenset[str]
    counterpart: frozenset[str]
    issuer_titles: frozenset[str]
    counterpart_titles: frozenset[str]

    @classmethod
    def of(cls, meeting: Meeting) -> Sides:
        words: dict[str, set[str]] = {"issuer": set(), "counterpart": set()}
        titles: dict[str, set[str]] = {"issuer": set(), "counterpart": set()}
        for p in meeting.participants:
            if p.name:
                words[p.side].update(fold(w) for w in p.name.replace(",", " ").split() if len(w) > 2)
            if p.title:
                heads = [fold(w) for w in p.title.replace("-", " ").split() if w in TITLE_HEADS]
                titles[p.side].update(heads or [fold(p.title.split()[-1])])
            if p.country:
                words[p.side].add(fold(p.country))
        if meeting.issuer:
            words["issuer"].update({fold(meeting.issuer), "u.s.", "we", "our", "administration"})
        return cls(
            frozenset(words["issuer"]),
            frozenset(words["counterpart"] - words["issuer"]),
            frozenset(titles["issuer"]),
            frozenset(titles["counterpart"]),
        )


_HEADS_FOLDED = frozenset(fold(h) for h in TITLE_HEADS)


def _plural_title(word: str) -> bool:
    """ "advisors", "secretaries", "ministers": a title in the plural names a group of the parties."""
    return word.endswith("s") and (
        word[:-1] in _HEADS_FOLDED or word.endswith("ies") and word[:-3] + "y" in _HEADS_FOLDED
    )


def actor_of(subject: str, sides: Sides, previous: str | None) -> str:
    """Who the subject words name: "issuer", "counterpart", "both", or a third party's name."""
    low = [fold(w) for w in re.findall(r"[\w\u00C0-\u024F.'\u2019\-]+", subject)]
    if not low:
        return "issuer"
    if any(w in GROUP_WORDS or w in ("participants", "together", "sides") or _plural_title(w) for w in low):
        return "both"
    named = {w for w in low if w in sides.issuer}, {w for w in low if w in sides.counterpart}
    titled = {w for w in low if w in sides.issuer_titles}, {w for w in low if w in sides.counterpart_titles}
    issuer, counterpart = bool(named[0]), bool(named[1])
    if "and" in low and (issuer or counterpart or titled[0] or titled[1]):
        return "both"
    if issuer != counterpart:
        return "issuer" if issuer else "counterpart"
    if low[0] in ("he", "she", "his", "her") and previous in ("issuer", "counterpart"):
        return previous
    if titled[0] and not titled[1] - titled[0]:
        return "issuer"
    if titled[1] - titled[0]:
        return "counterpart"
    third = find_parties(subject)
    if third:
        return third[0].name
    return "issuer"


def classify(sentence: Sentence, sides: Sides, previous: str | None = None) -> Statement:
    """The statement a sentence makes: kind, CAMEO code, actor and the span of its main verb."""
    verbs = main_verbs(sentence.text, sentence.start)
    if not verbs:  # no act reported: the subject of a plain "is" or "stands", if any, else the issuing office
        m = _COPULA.search(sentence.text)
        actor = actor_of(sentence.text[: m.start()], sides, previous) if m and m.start() < 120 else "issuer"
        return Statement(sentence.source, sentence.start, sentence.end, sentence.text, "other", actor)
    best = min(verbs, key=lambda v: (_RANK[v.kind], v.index))
    subject = sentence.text[: verbs[0].start - sentence.start]
    if "," in subject and subject.split()[0].lower() in _FRONTED:
        subject = subject.rsplit(",", 1)[1]
    actor = actor_of(subject, sides, previous)
    if best.kind == "met":
        actor = "both"
    return Statement(
        sentence.source,
        sentence.start,
        sentence.end,
        sentence.text,
        best.kind,
        actor,
        CAMEO.get(best.kind),
        best.start,
        best.end,
    )


def extract_statements(sentences: list[Sentence], meeting: Meeting) -> list[Statement]:
    """Every sentence's statement, in order (a pronoun subject takes the previous sentence's actor)."""
    sides = Sides.of(meeting)
    out: list[Statement] = []
    previous = None
    for s in sentences:
        st = classify(s, sides, previous)
        out.append(st)
        previous = st.actor if st.kind != "met" else previous
    return out
