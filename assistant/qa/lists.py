"""Lists and counts: every readout that states a topic (within the question's constraints), not the top k.

The candidates come from the term postings of the index (the passages that hold the topic's rarest words), so a
list over 10,000 readouts reads a few passages, never every embedding. Each readout is cited once, by its sentence
that states most of the topic (a list of meetings: by its meeting sentence and its title), and readouts are listed by
meeting date with the count first.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, replace

import numpy as np

from ..records import Answer, Sentence
from ..text.names import aliases_of, find_parties
from ..text.places import CAPITAL_OF
from ..text.question_words import LISTED_ACTS
from ..text.tokenize import fold, stem, words
from .aliases_in_lists import (
    abbreviates,
    body_renamed,
    named_by_alias,
    renamed_in_brackets,
    years_agree,
    years_asked,
)
from .analyse import analyse
from .compose import Group, cited_first, compose, header
from .coverage import missing_terms, topic_coverage
from .issuers import ISSUER_OF_READOUTS
from .list_heads import head_name, person_for_owner
from .list_terms import modified_by_name, says_run, term_of
from .meeting_kinds import counterparts, one_on_one
from .meeting_lists import asks_readouts_by_date, listed_meetings, meetings_asked, readouts_dated
from .meeting_place import placed_meetings
from .name_forms import said_as_names, short_form_said
from .name_in_text import of_someone_else
from .named_together import names_asked_together, readouts_naming
from .question_names import BRACKETED_ALIAS
from .select import participant_stems
from .shared_heads import distribute_modifiers
from .text_parts import NO_LIST_OBJECT, list_query, topic_words
from .titled import issued_line, title_line


def _candidate_rows(store, topic: tuple[str, ...]) -> np.ndarray:
    """Passage rows holding the topic's rarest word or two (or a word they begin: "ukrain" -> "ukrainian")."""
    ranked = sorted(topic, key=lambda t: -store.idf(t))
    rows = []
    for t in ranked[: 2 if len(ranked) >= 3 else 1]:
        rows.append(store.rows_with_term(t))
        if (split := re.fullmatch(r"([a-z]{2,})(\d{1,3})", t)) is not None:  # "cop27" is also written "COP 27"
            rows.append(store.rows_with_term(split.group(1)))
        if len(t) >= 5:
            rows.append(store.rows_with_term(t[:5], prefix=True))
    return np.unique(np.concatenate(rows)) if rows else np.zeros(0, np.int64)


@dataclass(frozen=True)
class Alternative:
    """One thing a list asks for: the names it must state (proper nouns) and the other topic words."""

    required: tuple[str, ...]
    optional: tuple[str, ...]
    literal: tuple[str, ...] = ()  # "3+1", "P5+1": said as written, which words cannot hold
    places: tuple[str, ...] = ()  # countries the object names ("Ream Naval Base in Cambodia"): in its passage
    countries: tuple[str, ...] = ()  # the same countries by the name shown ("North Korea" is also "the DPRK")
    person: tuple[str, ...] = ()  # given name, surname and the words asking ("Representative Barbara Lee")
    modified: tuple[str, ...] = ()  # the thing a name says which one it is ("COVID-19 vaccines"): said too
    apart: bool = False  # "Syria and refugees both come up": its countries anywhere in the passage

    def _placed(self, text: str) -> bool:
        """Whether ``text`` names every country of the object, in the question's words or any other name."""
        if not missing_terms(text, self.places):
            return True
        named = {p.name for p in find_parties(text)}
        return bool(self.countries) and all(c in named for c in self.countries)

    def states(
        self, text: str, idf, min_coverage: float, passage: str = "", sides: str = "", readout: str = ""
    ) -> float:
        """How well a sentence states it (0 when it does not): the thing's own name in the sentence and its
        countries in the passage; with no name, its countries in the sentence; else enough of its words."""
        if self.literal:  # what is said as written names the thing; the question's other words may paraphrase
            named = not self.required or not missing_terms(text, self.required, names=True)
            if all(said_as_written(x, text) for x in self.literal):
                return 1.0 if named else 0.0
            return 1.0 if all(short_form_said(x, text) for x in self.literal) else 0.0  # "the Americas Partnership"
        if self.required:
            if missing_terms(text, self.required, names=True) or not self._placed(f"{passage} {text}"):
                return 0.0
            if self.modified and missing_terms(text, self.modified):
                return 0.0  # "COVID-19 vaccines": not any sentence on COVID-19
            if not self.person and not said_as_names(self.required, text):
                return 0.0  # "the Global Fund", not "the global semiconductor ecosystem under the ITSI Fund"
            return 0.0 if self.person and of_someone_else(text, readout or passage, *self.person) else 1.0
        # a country with other words ("Brazil's efforts to curb deforestation") may be a side of the meeting instead
        where = f"{sides} {passage} {text}" if self.apart else f"{sides} {text}" if self.rest else text
        if self.places and not self._placed(where):
            return 0.0
        if self.places and not self.rest:
            return 1.0
        capitals = {t for t in self.rest or self.optional if t in CAPITAL_OF}
        if capitals and not capitals <= {stem(fold(w)) for w in words(text)}:
            return 0.0  # "which readouts mention Kyiv": the city by name, not any sentence naming Ukraine
        cov = topic_coverage(text, self.rest or self.optional, idf)
        return cov if cov >= min_coverage else 0.0

    @property
    def rest(self) -> tuple[str, ...]:
        """The topic words besides its countries ("ICBM launch" of "North Korea's ICBM launch")."""
        return tuple(t for t in self.optional if t not in self.places)


def said_as_written(name: str, text: str) -> bool:
    """Whether ``text`` says ``name`` as written, in any case, "&" as "and", and the small words inside a name as
    any of them ("National Council of Negro Women" is also written "National Council for Negro Women")."""
    low = text.lower()
    if name.lower() in low or name.lower().replace("&", "and") in low:
        return True
    pieces = [re.escape(w) for w in name.lower().split()]
    inside = [0 < i < len(pieces) - 1 and w in _SMALL_IN_NAME for i, w in enumerate(pieces)]
    if not any(inside):
        return False
    small = "|".join(_SMALL_IN_NAME)
    pattern = r"\s+".join(f"(?:{small})" if sm else w for w, sm in zip(pieces, inside))
    return re.search(rf"(?<!\w){pattern}(?!\w)", low) is not None


def alternatives(part_text: str, topic: tuple[str, ...], people: frozenset[str] = frozenset()) -> list[Alternative]:
    """ "the Negev Summit or the follow-on Negev process" -> two alternatives; the words of the thing's own
    name are required (see ``head_name``), the others need only be stated enough. Words quoted are found as
    written ("mention 'energy prices'", "(using the words 'energy prices')"), but not another name in brackets
    ('the Economic Policy Consultative Committee (the economic "2+2")')."""
    if quoted := [m.group(2) for m in QUOTED.finditer(part_text) if m.group(1) or "(" not in part_text[: m.start()]]:
        return [Alternative((), topic, tuple(quoted))]
    if named := _BY_NAME.search(part_text):  # "refer to Burma by the name Myanmar": that name, not the other
        return [Alternative(_other_names(part_text[: named.start()]), topic, (named.group(1) or named.group(2),))]
    # "USAID, the U.S. Agency for International Development": a readout may write either
    part_text = _APPOSED.sub(
        lambda m: f"{m.group(1)} or {m.group(2)}" if abbreviates(*m.groups()) else m.group(0), part_text
    )
    # "ending or preventing a cycle", "a UN-led or UN-facilitated process": words joined by "or" of one thing
    part_text = distribute_modifiers(part_text)
    # "the fighting in, or the Houthi offensive on, the city of Marib": the object after the last is both's
    part_text = _SHARED_OBJECT.sub(lambda m: f"{m[1]} {m[4]} or {m[2]} {m[3]} {m[4]}", part_text)
    # "a strike on or near a Holocaust memorial": two prepositions of one place, no two things
    alts = _alternatives(re.sub(rf"\b({_PLACING})\s+or\s+(?:{_PLACING})\b", r"\1", part_text), topic, people)
    if _BOTH.search(part_text):  # "do Syria and refugees both come up": two things, not Syrian refugees
        return [replace(a, apart=True) if a.places and a.rest else a for a in alts]
    return alts


#: two things a list asks of each readout, not of one sentence ("do Syria and refugees both come up", "mention both
#: Syria and refugees"; not two who met: "did Biden and Scholz both raise Russian energy")
_BOTH = re.compile(
    r"\bboth\s+(?:come|came|get|got|are|were|appear\w*|feature\w*|figure\w*|turn\w*\s+up|show\w*\s+up)\b|"
    r"\b(?:mention\w*|touch\w*\s+on|refer\w*\s+to|cit\w*|nam\w*|bring\w*\s+up|brought\s+up|talk\w*\s+about)\s+both\b",
    re.I,
)


_PLACING = "on|in|at|near|around|inside|outside|within|to|from|into|before|after|during"
#: a sum a list question names exactly (not "more than $500 million", which any larger sum is)
_SUM = re.compile(
    r"(?<!more than )(?<!over )(?<!above )(?<!at least )(?<!less than )(?<!under )(?<!below )(?<!up to )"
    r"(?<!nearly )(?<!almost )(?<!about )(?<!around )(?<!roughly )(?<!some )(?<!exceeding )(?<!excess of )"
    r"(?<!upwards of )(?<!approximately )"
    # ("$2m", "$1.5bn" are not read: written so, no readout's sum is the same words)
    r"(?<![\w$])\$\d[\d,]*(?:\.\d+)?(?:\s+(?:million|billion|trillion)\b)?(?![\d,]|\.\d|[a-z])(?!\s+or\s+more\b)",
    re.I,
)
_SHARED_OBJECT = re.compile(rf"\b({_PLACING}),\s+or\s+([^,?]+?)\s+({_PLACING}),\s+([^?,]+?)(?=,|\s+and\b|\?|$)")


#: a name asked for as written, not the thing by any name ("refer to Burma by the name Myanmar", "call it Türkiye")
_BY_NAME = re.compile(
    r"\b(?:by|under|using|use|uses|used)\s+the\s+(?:name|term|word|spelling)\s+([A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)*)"
    r"|\brefer(?:s|red|ring)?\s+to\s+[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)*\s+as\s+([A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)*)"
)


def _other_names(before: str) -> tuple[str, ...]:
    """The words of the names a question gives before the name it asks for as written, but for the thing renamed
    ("Which ASEAN readouts refer to Burma": "asean"), which the readouts must state as well; not who issued
    them ("Which White House readouts refer to Burma")."""
    before = ISSUER_OF_READOUTS.sub(" readouts", before)  # "Which State Department readouts": who issued them
    renamed = _RENAMED.search(before)
    runs = re.findall(r"\b[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)*", before[: renamed.start()] if renamed else before)
    runs = [re.sub(r"^(?:Which|What|How|In|Do|Does|Did|List|Name)\b\s*", "", r) for r in runs]
    return tuple(dict.fromkeys(stem(w) for r in runs for w in words(r)))


#: the thing a question asks to find under another name ("refer to Burma", "call Turkey")
_RENAMED = re.compile(
    r"\b(?:refer(?:s|red|ring)?\s+to|call(?:s|ed|ing)?|mention(?:s|ed|ing)?|name(?:s|d)?|writes?|wrote)\s+"
    r"(?:the\s+)?[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)*\s*$"
)

#: initials and the long name set beside them ("USAID, the U.S. Agency for International Development")
_APPOSED = re.compile(r"\b([A-Z]{2,8}),\s+(the\s+(?:[A-Z][\w.\-]*\s+(?:(?:of|on|and|for|the|to)\s+)*)*[A-Z][\w.\-]*)")


_AND_NAMED = re.compile(r"(?<=[a-z\-])\s+and\s+((?:the\s+)?[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)*)")


def _joined_names(piece: str, people: frozenset[str]) -> set[str]:
    """Stems of the names joined by "and" that are all required: people ("both Blinken and Raychelle Omamo", not
    the first alone; ``people``: the surnames of those the readouts record), or anything after "both" ("both the
    Quad and AUKUS"); "the Tokyo Olympic and Paralympic Games" is one thing."""
    names: set[str] = set()
    for joined in _AND_NAMED.finditer(piece):
        both = re.search(r"\bboth\s+(.*)$", piece[: joined.start()], re.I)
        if fold(joined.group(1).split()[-1]) in people or both:
            for side in (joined.group(1), both.group(1) if both else ""):  # ("the Quad": no head of its own)
                said = head_name(side, opening=False) or re.findall(r"\b[A-Z][\w.\-]*", side)
                names |= {stem(w) for x in said for w in words(x)}
    return names


def _alternatives(part_text: str, topic: tuple[str, ...], people: frozenset[str] = frozenset()) -> list[Alternative]:
    out: list[Alternative] = []
    pieces = re.split(r",?\s+\bor\b\s+", part_text)
    for k, piece in enumerate(pieces):
        words_here = {stem(w) for w in words(piece)}
        terms = tuple(t for t in topic if t in words_here)
        head = person_for_owner(piece, head_name(piece, opening=k == 0), people)
        names = {stem(w) for x in head for w in words(x)} | _joined_names(piece, people)
        # "access to contraception or the right to use it", "the Three Seas Initiative or its summit": what the
        # pronoun stands for is part of this one too, its name still required
        # (not one with a name of its own: "the Summit of the Americas or its Los Angeles Declaration")
        back = out[-1] if k and out and _BACK_REFERENCE.search(piece) and not head else None
        if back is not None:
            terms = tuple(dict.fromkeys(terms + back.required + back.places + back.optional))
            names |= set(back.required)
        elif (
            k
            and out
            and not head
            and len(terms) == 1
            and out[-1].required
            and not find_parties(piece)
            and re.search(r"\s[a-z][a-z\-]+[\s,)]*$", pieces[k - 1])  # not a name alone: "COVAX or vaccines"
        ):
            # "LGBTQI+ rights or communities": a lone word after "or" is of the name before it
            terms = tuple(dict.fromkeys(out[-1].required + terms))
            names |= set(out[-1].required)
        # each country the piece names, with the stems of the words it is named by there
        parties = [
            (p.name, {stem(w) for w in words(piece[p.start : p.end])})
            for p in find_parties(piece)
            if not p.organisation
        ]
        countries = set().union(*(said for _, said in parties), back.places if back is not None else ())
        required = tuple(t for t in terms if t in names)
        # a country that qualifies a longer name ("the U.S.-Iraq Strategic Framework Agreement") may be said
        # anywhere in the passage ("... of Iraq ... under the Strategic Framework Agreement")
        qualifier = tuple(t for t in required if t in countries)
        if len(required) - len(qualifier) >= 2:
            required = tuple(t for t in required if t not in qualifier)
        places = tuple(t for t in terms if t in countries and t not in required and t not in CAPITAL_OF)  # not Kyiv
        literal = tuple(re.findall(r"(?<![\w+])\w*\d\w*(?:\+\w+)+", piece))
        literal += tuple(_SUM.findall(piece))  # "a commitment worth $20 million": that sum, as written
        # "Johnson & Johnson" is not any readout naming a Johnson; "Russia & Ukraine" is two countries
        literal += tuple(x for x in _AMPERSAND.findall(piece) if not find_parties(x))
        if any(w in _JOINING for w in head):  # "the Summit for Democracy" is written as a whole
            # less the country of a pair before it: "U.S.-India Initiative on ..." is also written "India-US
            # Initiative on ..." ("the Dutch Ministry of Foreign Affairs" keeps its country)
            while len(head) > 1 and {stem(w) for w in words(head[0])} <= countries and _paired(head[0], piece):
                head = head[1:]
            literal += (" ".join(head),)
        if terms:
            optional = tuple(t for t in terms if t not in required and t not in places) or terms
            shown = tuple(dict.fromkeys(name for name, said in parties if said & set(places)))
            shown = shown or (back.countries if back is not None else ())
            whole = head_name(piece, opening=k == 0, whole=True)
            person = (*whole[-2:], piece) if len(whole) >= 2 and head == whole[-1:] else ()
            modified = modified_by_name(piece, head, terms) if required and not person else ()
            out.append(Alternative(required, optional, literal, places, shown, person, modified))
    return out or [Alternative((), topic)]


#: words a question quotes ("'energy prices'", "“strategic patience”"): to be found as written
QUOTED = re.compile(
    r"(\b(?:words?|phrase|term|wording|expression)\s+)?(?<!\w)[\"\u201c\u2018']([^\"\u201d\u2019']{3,60}?)"
    r"[\"\u201d\u2019'](?!\w)"
)
#: a pronoun by which an alternative refers to the one before it
_BACK_REFERENCE = re.compile(r"\b(?:it|its|them|their|this|these|those)\b", re.I)


def _paired(country: str, piece: str) -> bool:
    """Whether ``piece`` writes ``country`` joined to another by a hyphen ("U.S.-India", "India-US")."""
    c = re.escape(country)
    return re.search(rf"[-\u2013]\s*{c}\b|\b{c}\s*[-\u2013]", piece) is not None


_JOINING = ("for", "of", "on", "the", "and")  # small words inside a name ("the Summit of the Americas")
#: the small words a name may write one for another ("National Council of / for Negro Women"; not "and")
_SMALL_IN_NAME = ("for", "of", "on", "the")
#: a name of two joined by an ampersand ("Johnson & Johnson", "AT&T"): said as written
_AMPERSAND = re.compile(r"\b[A-Z][\w.\-]*(?:\s*&\s*[A-Z][\w.\-]*)+")


def _literal_terms(alt: Alternative) -> tuple[str, ...]:
    """The index terms of what an alternative says as written ("3+1" -> "3", "1")."""
    return tuple(dict.fromkeys(stem(w) for x in alt.literal for w in words(x) if w not in _JOINING))


def _rows_for(store, alt: Alternative) -> np.ndarray:
    """The candidate passages of one alternative; for countries alone, under every name they go by."""
    terms = _literal_terms(alt) or alt.required or alt.rest or alt.places or alt.optional
    rows = [_candidate_rows(store, terms)]
    if not alt.literal and not alt.required and alt.places and not alt.rest:
        for country in alt.countries:
            for alias in aliases_of(country):
                stems = [stem(w) for w in words(alias)]
                if stems:
                    rows.append(store.rows_with_term(max(stems, key=store.idf)))
    return np.unique(np.concatenate(rows))


def _whole_text(store, rid: int) -> str:
    r = store.readout(store.meetings[rid].source)
    return r.text if r is not None else ""


def readouts_stating(
    answerer, topic: tuple[str, ...], allowed: set[int] | None, min_coverage: float, part_text: str = ""
) -> list[tuple[int, Sentence, float]]:
    """(readout row, best sentence, score) of every readout with a sentence stating ``topic`` (any of its
    alternatives)."""
    store = answerer.store
    best: dict[int, tuple[Sentence, float]] = {}
    said: dict[int, int] = {}  # of two sentences stating it as well, the one in the question's own words
    alts = alternatives(part_text, topic, answerer.index.surnames) if part_text else [Alternative((), topic)]
    rows = np.unique(np.concatenate([_rows_for(store, a) for a in alts]))
    term = term_of(part_text, alts)
    termed: set[int] = set()  # readouts that say the term as the question writes it
    wholes: dict[int, str] = {}  # each readout's text, read once, where a person is asked by a surname
    by_surname = any(a.person for a in alts)
    for row in rows:
        rid = store.passage_rid(int(row))
        if allowed is not None and rid not in allowed:
            continue
        passage = store.passage(int(row))
        sides = " ".join(store.meetings[rid].countries)  # the countries at the meeting's table
        if by_surname and rid not in wholes:  # who a surname is there
            wholes[rid] = _whole_text(store, rid)
        whole = wholes.get(rid, "")
        for sent in passage.sentences:
            score = max(a.states(sent.text, store.idf, min_coverage, passage.text, sides, whole) for a in alts)
            own = len(set(topic) & {stem(w) for w in words(sent.text)})
            if term and score > 0 and says_run(sent.text, term):
                score, own = score + 1.0, own + len(term)  # the term itself, before a sentence with its words apart
                termed.add(rid)
            if score > 0 and (rid not in best or (score, own) > (best[rid][1], said[rid])):
                best[rid], said[rid] = (sent, score), own
    if termed:  # the readouts use the term: one that has only some of its words ("international law") is no hit
        best = {rid: v for rid, v in best.items() if rid in termed}
    return [(rid, s, min(c, 1.0)) for rid, (s, c) in best.items()]


def answer_list(answerer, question: str, query, sel, info: dict, filters=None) -> Answer:
    """ "5 readouts mention the Artemis Accords:" and one citation per readout, by meeting date."""

    store = answerer.store
    index = answerer.index
    part = next((p for p in query.parts if p.answer_type in ("list", "count")), query.parts[0])
    drop = participant_stems(sel, query)
    topic = tuple(t for t in part.topic if t not in drop)
    topic += tuple(dict.fromkeys(s for w in words(part.text) if (s := stem(w)) in LISTED_ACTS and s not in topic))
    allowed = set(sel.rids) if sel.rids is not None else None
    dated = asks_readouts_by_date(part.text, topic)  # "Which readouts are dated April 26?": their date lines
    if (asked := meetings_asked(part.text, topic, query, store.meetings, allowed)) is not None:
        topic, allowed = (), readouts_dated(answerer, query.window, filters) if dated else asked  # "dated April 26"
    if not topic and allowed is None and (placed := placed_meetings(store.meetings, query, sel)):
        sel, allowed = placed, set(placed.rids or ())  # "Which readouts describe a meeting that took place in Rabat?"
    named = (*query.people, *query.topic_people)  # "mention both Macron and Putin":
    if together := names_asked_together(part.text, topic, named, index.surnames):
        hits = readouts_naming(store, together, allowed)
    elif topic:
        hits = readouts_stating(answerer, topic, allowed, answerer.tuning.list_coverage, part.text)
        if years_asked(part.text):  # "the 50th anniversary", not the 75th: each readout read only then
            hits = [h for h in hits if years_agree(part.text, _whole_text(store, h[0]))]
    elif allowed is not None:
        hits = listed_meetings(answerer, allowed, dated)
    else:
        return compose(question, [], abstained=True, analysis=info, missing=[NO_LIST_OBJECT])
    # a readout may use only the name in brackets: "Burma's National Unity Government (NUG)", "the dialogue to
    # normalize relations between Kosovo and Serbia (the Belgrade-Pristina Dialogue)"
    if topic and (other := _other_name(question, part.text, bool(hits))) is not None:
        alias = next(p for p in list_query(analyse(other), other).parts if p.answer_type in ("list", "count"))
        alias_topic = tuple(t for t in alias.topic if t not in drop)
        more = readouts_stating(answerer, alias_topic, allowed, answerer.tuning.list_coverage, alias.text)
        if not hits:
            part, topic = alias, alias_topic
        listed = {rid for rid, _, _ in hits}
        hits += [h for h in more if h[0] not in listed] if alias_topic else []
    if one_on_one(question):  # "her one-on-one calls with Delattre (leaving out her group calls)"
        hits = [h for h in hits if counterparts(store.meetings[h[0]]) <= 1] or hits
    what = _what_listed(part, topic, sel)
    scope = f" ({sel.described})" if sel.described and topic else ""
    if not hits:
        return compose(
            question, [], abstained=True, analysis=info, missing=[f"No indexed readout mentions {what}{scope}."]
        )
    # by meeting date, readouts whose date is unknown last (as in meetings() and statements())
    hits.sort(
        key=lambda h: (index.day(h[0]) is None, index.day(h[0]) or datetime.date.min, store.meetings[h[0]].source)
    )
    n, verb = len(hits), "mention" if len(hits) != 1 else "mentions"
    intro = (
        f"{n} readout{'s' if n != 1 else ''} {verb} {what}{scope}:"
        if topic
        else f"{n} readout{'s' if n != 1 else ''} {'is' if n == 1 else 'are'} dated {query.window.text}:"
        if dated
        else f"{n} readout{'s' if n != 1 else ''} record{'s' if n == 1 else ''} {sel.described}:"
    )
    groups = [_listed(answerer, rid, s, cov, titled=not topic) for rid, s, cov in hits]
    info = {**info, "count": n, "readouts_listed": [store.meetings[rid].source for rid, _, _ in hits]}
    return compose(question, groups, intro=[intro], analysis=info, passages=cited_first(groups, ()))


def _other_name(question: str, part_text: str, found: bool) -> str | None:
    """The list question asked by the other name it gives its object ("... (the Belgrade-Pristina Dialogue)") or by
    the short name the readouts use for a body it spells out ("the Group of Seven": "G7"), or None."""
    named = BRACKETED_ALIAS.search(question)
    if named is not None and (not found or abbreviates(named.group(2), question[: named.start(2)])):
        return named_by_alias(question, named)
    if renamed := renamed_in_brackets(question):
        return f"Which readouts mention {renamed}?"
    return body_renamed(part_text)


def _listed(answerer, rid: int, sentence: Sentence, coverage: float, titled: bool = False) -> Group:
    """One readout of a list under its header, its sentence quoted (a title line as the issuing side gives it);
    ``titled`` (a list of meetings, no topic): its title line too, which names the meeting as its sentence does."""
    m, line = answerer.store.meetings[rid], sentence.start == 0
    quote = issued_line(answerer, sentence, coverage) if line else answerer.quote(sentence, coverage)
    title = title_line(answerer.store, rid) if titled and not line else None
    more = (issued_line(answerer, title, coverage, "the readout's title:"),) if title is not None else ()
    return Group(header(m, m.title), (quote, *more))


def _what_listed(part, topic: tuple[str, ...], sel) -> str:
    """What the readouts listed mention, in the question's words: "the 3+1 format", not "format"; words quoted
    as quoted ("\u201cenergy prices\u201d")."""
    what = topic_words(part, topic) or sel.described or "it"
    written = [x for a in alternatives(part.text, topic) for x in a.literal]
    if quoted := [x for x in written if x in {m.group(2) for m in QUOTED.finditer(part.text)}]:
        return " or ".join(f"\u201c{x}\u201d" for x in quoted)
    said = [x for x in written if x not in what]
    return " ".join([*said, what]) if said else what
