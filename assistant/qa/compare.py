"""Comparisons: each compared meeting answered under its own heading.

"How did Blinken's May 2021 call with Kuleba differ from his June 2022 meeting with him on sanctions?" names two
meetings; each side of the comparison is analysed on its own (inheriting the names the other side leaves out), its
meeting found through the records, and the topic answered from that readout alone. A side no readout records is named
as missing.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import replace

from ..records import Answer
from ..text.lexicon import GOVERNMENT_VENUES
from ..text.names import aliases_of
from ..text.tokenize import stem, words
from .acronyms import is_acronym
from .analyse import MET_BOTH, Part, Query, analyse, met_both
from .asked_type import POST_ASKED
from .closest import closest, says_more_than_who_met
from .compare_sides import AND_WITH, side_query, sides, whose_only
from .compose import ABSTAIN_TEXT, Group, cited_first, compose, header
from .dates_named import dated_parts, days_of_meetings, time_windows
from .filters import Filters
from .meeting_kinds import FORMAT_ASKED, kind_fits
from .meeting_place import meeting_place
from .select import Selection, participant_stems, select
from .titled import best_titled
from .who_when_where import from_records, title_saying_kind

#: Words of a comparison that are not its topic ("what did the second call add compared with the first").
_COMPARE_WORDS = {
    *("first", "second", "third", "add", "ad", "new", "later", "earlier", "again", "both", "chang"),
    *("close", "open", "instead", "cover", "frame"),  # "how did the closing topics differ", "cover instead"
    *("case", "instanc", "occas", "twice"),  # "what did she single out for praise in each case", "on each occasion"
    # what a side said, by what it is for ("Biden's stated goals for U.S.-German relations", "what Harris emphasized
    # about U.S.-Tunisia ties"): each meeting's own words, whatever they call it
    *("goal", "aim", "prioriti", "agenda", "theme", "focus", "emphasi", "tie", "relat", "relationship"),
}


#: meetings in the plural that are several ("his two calls"; not "their trilateral talks", one meeting)
_SEVERAL_MEETINGS = re.compile(r"\b(?:calls|meetings|conversations)\b", re.I)
#: two of one side, each meeting someone ("both the President and the Secretary of State telephoned ...")
_BOTH_MET = re.compile(
    r"\bboth\s+(?:the\s+)?[A-Z][\w\-.]*(?:\s+[\w\-.]+){0,4}?\s+and\s+(?:the\s+)?[A-Z][\w\-.]*(?:\s+[\w\-.]+){0,4}?\s+"
    r"(?:met|spoke|called|phoned|telephoned|talked|hosted|received|welcomed)\b"
)


def meetings_of_their_own(query: Query, sel: Selection, question: str) -> bool:
    """Whether a question that names no one meeting asks of two or more, each a meeting of its own: two dates
    (a day for each part, meetings in the plural on days of their own) or parts that each name a counterpart of
    their own ("In his two calls of 21 August 2021, what did Biden thank Spain's Pedro Sanchez for, and what did
    he thank Abu Dhabi's Crown Prince for?")."""
    own_times = sel.missing or dated_parts(query.parts) or (days_of_meetings(question) and not query.list_intent)
    if own_times and (len(time_windows(question)) >= 2 or met_both(query)):
        return True
    # (or two people each met by another: "both the President and the Secretary of State telephoned members of
    # Israel's new government. Which post did the President congratulate Bennett on, and which ... Lapid on?")
    both = _BOTH_MET.search(question) is not None
    if (
        len(query.parts) < 2
        or len(query.people) < (2 if both else 3)
        or not (both or _SEVERAL_MEETINGS.search(question))
    ):
        return False
    named = [
        {p for p in query.people if re.search(rf"\b{re.escape(p.split()[-1])}\b", t.text, re.I)} for t in query.parts
    ]
    return all(own - set().union(*named[:k], *named[k + 1 :]) for k, own in enumerate(named))


def meetings_compared(answerer, query: Query, question: str, filters: Filters) -> list[tuple[str, Selection]]:
    """The meetings a comparison names: one per date it gives (the meeting of that day, or month, with the
    most of the question's people), else one per side of its wording. Each is (description, Selection)."""
    windows = time_windows(question)
    texts = sides(question)
    out = []
    # "... in Sherman's July 2021 meeting with Kishi and in her April 2022 call with Campbell": each side its own
    # time and people; the dates alone only when the sides are not told apart so
    if len(windows) >= 2 and not (len(texts) >= 2 and all(analyse(t).window.bounded for t in texts)):
        said = _words_of_times(question, windows[:4])
        places = _places_of(said)
        for k, w in enumerate(windows[:4]):
            # a comparison's countries may be its topic ("China's backing of Russia"): only those named as a
            # side's office ("Australian Foreign Minister Payne") constrain the meeting
            q = replace(
                query,
                window=w,
                compare=False,
                list_intent=False,
                count_intent=False,
                meeting_kind=None,
                parties=_own_parties(query, question, windows[:4], k),
                place=places[k] if any(places) else query.place,
            )
            own = tuple(p for p in q.people if said[k] and re.search(rf"\b{re.escape(p.split()[-1])}\b", said[k]))
            best = _most_named(answerer, q, filters, own)
            s = best or select(q, answerer.index, filters, answerer.known)
            out.append((w.describe(), best_titled(answerer.store, s, question, query.meeting_kind)))
        return out
    if len(texts) < 2 and (by := _by_counterpart(answerer, query, filters) or _each_meeting(answerer, query, filters)):
        return by
    # "Harris met both President Marcos and Vice President Sara Duterte ...": one side each counterpart
    if MET_BOTH.search(question) and (by := _by_counterpart(answerer, query, filters)):
        return by
    shared = AND_WITH.search(question) is not None
    for text in texts[:4]:
        q = side_query(text, query, shared)
        s = select(q, answerer.index, filters, answerer.known)
        titled = " ".join((text, *q.parties)) if whose_only(text, analyse(text)) else text  # (the whole's countries)
        out.append((text, best_titled(answerer.store, s, titled, q.meeting_kind)))
    return out


def _own_parties(query: Query, question: str, windows: list, k: int) -> tuple[str, ...]:
    """The countries that constrain the meeting of the ``k``-th time: those named as a side's office ("Australian
    Foreign Minister Payne"; a comparison's countries may be its topic, "China's backing of Russia"), and of them,
    when each is named near one of the times (in its sentence), the ones nearest this one ("... when she phoned
    Ireland's head of government in March 2022, and which one when she phoned Israel's head of state in April 2022":
    Israel for April; "his October 12, 2021 session with G20 leaders ... and his January 20, 2022 session with his
    science advisers": no one's for January); a country named only far from every time is the topic's."""
    titled = tuple(p for p in query.parties if p in query.titled_parties)
    at: list[int] = []  # each time where it is written, after the one before ("early-November ... mid-November 2022")
    for w in windows:
        at.append(question.find(w.text, at[-1] + 1 if at else 0) if w.text else -1)
    if not titled or -1 in at:
        return titled
    sentence = [_sentence_of(question, a) for a in at]
    nearest: dict[str, set[int]] = {}
    first: dict[str, int] = {}
    for p in titled:
        found = [m.start() for a in (p, *aliases_of(p)) for m in re.finditer(rf"\b{re.escape(a)}\b", question)]
        if not found:
            return titled
        first[p] = min(found)
        # each mention near a time, in its sentence, that time's ("India's national security adviser ... India's
        # foreign minister": both); one far from every time names the topic ("the format joining Greece, Cyprus
        # and Israel", "How did the format with Cyprus and Israel come up in each?") and is no meeting's
        nearest[p] = set()
        for f in found:
            own_sentence = _sentence_of(question, f)
            near = [i for i in range(len(at)) if abs(f - at[i]) <= _NEAR and sentence[i] == own_sentence]
            if near:
                nearest[p].add(min(near, key=lambda i: abs(f - at[i])))
    # each time its own countries, or, without any, its own meeting with someone ("and his January 20, 2022 session
    # with his science advisers"); else the countries are all of them ("his calls with Kuleba on March 2 and 7")
    own = [
        any(i in near for near in nearest.values()) or bool(_OWN_MEETING.match(question, at[i] + len(windows[i].text)))
        for i in range(len(windows))
    ]
    if all(own):
        return tuple(p for p in titled if k in nearest[p])
    # (but not one named only far after every time: "... on May 17. How did the format with Cyprus come up?"; one
    # named before them sets the scene: "Cambodia's foreign minister ... In May 2022 he met both Sherman ...")
    return tuple(p for p in titled if nearest[p] or first[p] < at[0]) or titled


_NEAR = 80  # characters between a time and a country named for its meeting ("in March 2022 ... Israel's head")
#: a meeting named right after its time, with whom it was ("... 2022 session with his science advisers"; not one with
#: the issuer's own side, "her May 2022 White House sit-down with the Vice President")
_OWN_MEETING = re.compile(
    r"[\s,]*(?:[\w\-'\u2019]+\s+){0,3}?(?:session|meeting|call|talks|conversation|visit|sit-down)\s+with\b"
    r"(?!\s+(?:the\s+)?(?:Vice\s+President|President|Secretary|Deputy\s+Secretary|National\s+Security\s+Advis[eo]r)\b)",
    re.I,
)


def _sentence_of(text: str, at: int) -> int:
    """Which sentence of ``text`` the offset ``at`` is in (counting sentence ends before it)."""
    return len(re.findall(r"(?<![A-Z])[.?!](?:\s|$)", text[:at]))  # (not "U.S.")


def _words_of_times(question: str, windows: list) -> list[str]:
    """The words of a comparison up to each of its times, from the time before ("Blinken met Lapid in Riga in March
    2022 | and spoke with Gantz two months later"); "" for every time when one is not found as written."""
    out: list[str] = []
    start = 0
    for w in windows:
        at = question.find(w.text, start) if w.text else -1
        if at < 0:
            return [""] * len(windows)
        out.append(question[start : at + len(w.text)])
        start = at + len(w.text)
    return out


def _places_of(said: list[str]) -> list[str | None]:
    """The place each time of a comparison puts its meeting in, read from its words (``_words_of_times``: "with one
    Israeli alternate prime minister in Jerusalem in May 2021 and with another in the Latvian capital in March
    2022": Jerusalem, then Riga); None for a time whose words name none."""
    return [meeting_place(words) if words else None for words in said]


def _most_named(answerer, q: Query, filters: Filters, own: tuple[str, ...] = ()) -> Selection | None:
    """The meeting of ``q``'s date with as many of its people as took part, all its countries kept, those named in
    the words of its own time (``own``) tried first ("Blinken met Lapid in Riga in March 2022 and spoke with Gantz
    two months later": Blinken and Gantz before Blinken and Lapid); else, when none fits them all, with as many of
    its people and countries together ("his August 20 call with Italy's Draghi and his August 23 call with
    Britain's Johnson": each day one counterpart and one country)."""
    people = list(q.people)
    for k in range(len(people), 0 if people else -1, -1):
        for subset in sorted(_subsets(people, k), key=lambda sub: -sum(p in own for p in sub)):
            s = select(replace(q, people=tuple(subset)), answerer.index, filters, answerer.known)
            if s.rids:
                return s
    named = [(True, p) for p in people] + [(False, c) for c in q.parties]
    if not people and len(q.parties) >= 2:  # "with Germany's chancellor (August 18) and with Spain's head of
        # government (August 21)": the one country met that day, when only one was
        found = [
            s
            for c in q.parties
            if (s := select(replace(q, parties=(c,)), answerer.index, filters, answerer.known)).rids
        ]
        return found[0] if len(found) == 1 else None
    if not people or not q.parties:
        return None
    for k in range(len(named) - 1, 1, -1):
        for subset in _subsets(named, k):
            who = tuple(v for is_person, v in subset if is_person)
            where = tuple(v for is_person, v in subset if not is_person)
            if (
                who
                and where
                and (s := select(replace(q, people=who, parties=where), answerer.index, filters, answerer.known)).rids
            ):
                return s
    return None


def _by_counterpart(answerer, query: Query, filters: Filters) -> list[tuple[str, Selection]]:
    """One side a counterpart, when a question names one meeting with several ("Biden phoned both Lapid and
    Aoun on October 11 ... for each country", "his calls with Armenia's prime minister and Azerbaijan's
    president"): each counterpart's meeting with the first person named; none unless each has its own."""
    plain = replace(query, compare=False, list_intent=False, count_intent=False)
    # one person once: "Sara Duterte" and "the Duterte readout" are one counterpart
    people = [p for p in query.people if not any(o != p and o.endswith(f" {p}") for o in query.people)]
    people = [p for p in people if not is_acronym(p)]  # "the ICBM tests" name no one met
    if len(people) >= 3:
        qs = [replace(plain, people=(people[0], p), parties=()) for p in people[1:]]
    elif len(query.parties) >= 2 and len(query.people) <= 2:
        qs = [replace(plain, parties=(p,)) for p in query.parties if p != "United States"]
    elif len(people) == 2 and _BOTH_MET.search(query.text):  # "both the President and the Secretary telephoned
        qs = [replace(plain, people=(p,), principal=None) for p in people]  # ...: Bennett ..., and ... Lapid"
    else:
        return []
    out: list[tuple[str, Selection]] = []
    seen: set[int] = set()
    for q in qs[:4]:
        s = select(q, answerer.index, filters, answerer.known)
        if not s.rids and q.meeting_kind:  # "met virtually with Blinken and in person with Harris": each its own
            s = select(replace(q, meeting_kind=None), answerer.index, filters, answerer.known)
        if s.rids and set(s.rids) <= seen:  # "Germany's Merkel and Scholz": one meeting with two, met once
            continue
        if not s.rids or set(s.rids) & seen:
            return []
        seen |= set(s.rids)
        out.append((s.described or "", s))
    return out if len(out) >= 2 else []


def _each_meeting(answerer, query: Query, filters: Filters) -> list[tuple[str, Selection]]:
    """One side a meeting, when the question's people and time fit two to six of them and it names no two
    ("Compare Blinken's February 2022 calls with Lavrov"): each under its own heading, by date."""
    plain = replace(query, compare=False, list_intent=False, count_intent=False)
    s = select(plain, answerer.index, filters, answerer.known)
    if not s.rids or not 2 <= len(s.rids) <= 6 or not (query.people or query.parties):
        return []
    rids = sorted(s.rids, key=lambda r: answerer.index.day(r) or datetime.date.min)
    return [(answerer.store.meetings[r].title, replace(s, rids=(r,))) for r in rids]


def _name_stems(query: Query, topic_names: tuple[str, ...] = ()) -> set[str]:
    """Stems of every name a comparison uses (its people, places and countries): who and where, never what
    (``topic_names``: the names no participant has, "New START", which are what)."""
    from ..text.tokenize import fold, stem

    out: set[str] = set()
    for name in (*(p for p in query.people if p not in topic_names), *query.parties):
        out |= {stem(fold(w)) for w in name.replace("'s", "").split()}
    for place in re.findall(r"\b(?:in|at)\s+(?:the\s+)?([A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)*)", query.text):
        out |= {stem(fold(w)) for w in place.split()}
    # "Biden's White House meeting with Scholz": the words before a meeting say which one it was
    for venue in re.findall(r"\b((?:[A-Z][\w\-]+\s+)+)(?:meeting|call|visit|talks|summit|session)s?\b", query.text):
        out |= {stem(fold(w)) for w in venue.split()}
    for name in re.findall(r"\b([A-Z][a-z]+)['\u2019]s\b", query.text):
        out.add(stem(fold(name)))
    return out


def _table_stems(answerer, rids: tuple[int, ...], question: str) -> set[str]:
    """Stems of the names of the countries at the table of a side's meetings ("her French, German, Italian and
    UK counterparts" say who met, not what was said): their one-word names and demonyms, and the longer ones
    only as the question writes them (not "people" and "republic" for every People's Republic)."""
    low = question.lower()
    out: set[str] = set()
    for r in rids:
        for country in answerer.store.meetings[r].countries:
            for name in (country, *aliases_of(country)):
                if len(name.split()) == 1 or name.lower() in low:
                    out |= {stem(w) for w in words(name)}
    return out


def _subsets(items: list, k: int) -> list[list]:
    from itertools import combinations

    return [list(c) for c in combinations(items, k)] if k > 0 else [[]]


def _overview(answerer, rid: int) -> list:
    """What a readout says first: its first two sentences of substance (not a byline, nor a meeting sentence that
    only says who met), for a comparison that names no topic."""
    out = []
    for sentence, kind, _ in answerer.sentences_of(rid):
        if not says_more_than_who_met(sentence.text, kind):
            continue
        out.append(answerer.quote(sentence))
        if len(out) == answerer.tuning.max_quotes:  # as many as a part of a question may quote
            break
    return out


def _recorded(answerer, rids: tuple[int, ...], query: Query) -> int:
    """Of a side's meetings, the one of the kind asked for ("met in person": not a call) whose record gives what
    is asked (the place, the date); the first when none does."""
    meetings = answerer.store.meetings
    kind = [r for r in rids if query.meeting_kind is None or kind_fits(query.meeting_kind, meetings[r])] or list(rids)
    given = [r for r in kind if (meetings[r].place if query.answer_type == "place" else meetings[r].date)]
    return (given or kind)[0]


def _names_asked(meeting, query: Query) -> bool:
    """Whether a meeting is one the question names: a person it names took part (by surname), or is in its
    title; a side found by its date alone may be some other meeting of that month."""
    title = meeting.title.lower()
    names = " ".join(p.name or "" for p in meeting.participants).lower()
    return any(p.split()[-1].lower() in title or p.split()[-1].lower() in names for p in query.people if p.split())


_FORMAT_STEMS = frozenset(
    stem(w)
    for w in (
        "format form person virtual virtually phone video face held kind contact engagement one ones dealt deal "
        "two both again twice together conversation session exchange type mode"
    ).split()
)
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")  # "on the 13th and on the 19th": the days, no topic
#: how a meeting of each kind the records know was held
_HELD_AS = {
    "call": "A call",
    "virtual_meeting": "A virtual meeting",
    "meeting": "In person",
    "visit": "In person, on a visit",
    "trilateral": "A trilateral meeting",
    "multilateral": "A meeting of several sides",
}


def _held_as(answerer, rid: int) -> list:
    """A meeting's own sentence, led by how the records say it was held."""
    m = answerer.store.meetings[rid]
    sentence = answerer.meeting_sentence(rid)
    if sentence is None:
        return []
    held = _HELD_AS.get(m.kind or "", "As the readout says")
    if m.kind == "call" and re.search(r"\b(?:video|virtual)", f"{m.title} {sentence.text}", re.I):
        held = "A video call"  # "held a secure video call today with President Putin"
    return [answerer.quote(sentence, 1.0, f"{held}:"), *title_saying_kind(answerer, rid, sentence)]


#: two meetings compared in where or when each was held ("How did the two meetings differ in where they took place?")
_DIFFER_IN = re.compile(
    r"\bdiffer\w*\s+in\s+(?:(?P<place>where|location|venue|setting|place)|(?P<date>when|timing|date))\b", re.I
)


_WHO = re.compile(r"\bwho(?:m)?\b", re.I)


def _asked_of_records(query: Query, question: str) -> str | None:
    """The answer type a comparison asks of each meeting's record (its date, place, or, asked by "who", who took
    part: "Who spoke for Germany each time?"), if any."""
    # (and "what post did the German participant hold in each": each one's title, from its record)
    by_record = (
        ("date", "place", "person") if _WHO.search(question) or POST_ASKED.search(question) else ("date", "place")
    ) + ("kind",)  # (how each was held: "were they held in person, or did he join remotely?")
    if query.answer_type in by_record:
        # "where had the earlier meeting each call followed up on taken place": said in it, not where it was held
        return None if all(p.about_meeting is False for p in query.parts) else query.answer_type
    return _asked_of_each(question)


#: statement kinds that any sentence of talk is ("noted", "discussed"): what a readout says first answers them
_SAID = {"noted", "discussed"}


_AT_VENUE = re.compile(rf"\b(?:at|in|to)\s+the\s+({'|'.join(GOVERNMENT_VENUES)})\b")


def _venue(question: str) -> set[str]:
    """The stems of where the question says the sides met ("hosted Hulata at the White House"): no topic."""
    rest = {stem(w) for w in words(_AT_VENUE.sub(" ", question))}  # ("... a Palestinian state": still the topic)
    return {stem(w) for m in _AT_VENUE.finditer(question) for w in words(m[1])} - rest


def _asked_of_each(question: str) -> str | None:
    m = _DIFFER_IN.search(question)
    return None if m is None else "place" if m.group("place") else "date"


def answer_comparison(answerer, question: str, query: Query, sel, info: dict, filters=None) -> Answer:
    """Quotes of each compared meeting under its heading; a side without a readout is named as missing."""

    topic = tuple(dict.fromkeys(t for p in query.parts for t in p.topic if t not in _COMPARE_WORDS))
    groups, missing, answered, seen = [], [], 0, set()
    compared = meetings_compared(answerer, query, question, filters or Filters())
    everyone = set().union(*(participant_stems(s, query) for _, s in compared))  # who met on either side
    venue = _venue(question)
    for text, s in compared:
        if s.missing or not s.rids:
            missing.append(s.missing or f"No indexed readout records {s.described or text}.")
            continue
        rids = tuple(r for r in s.rids if r not in seen) or s.rids
        drop = everyone | _name_stems(query, s.topic_names) | _table_stems(answerer, rids, question) | venue
        part_topic = tuple(t for t in topic if t not in drop)
        part = Part(question, "free", tuple(k for p in query.parts for k in p.kinds), part_topic)
        # "where was each held", "how did the two differ in where they took place": each one's record
        if asked := _asked_of_records(query, question):
            part = replace(part, answer_type=asked)
            got, miss = from_records(
                answerer, part, query, replace(s, rids=(_recorded(answerer, rids, query),)), (), question
            )
        elif FORMAT_ASKED.search(question) and all(t in _FORMAT_STEMS or _ORDINAL.fullmatch(t) for t in part_topic):
            # "how did the format of the two differ": how each was held (not "their virtual meeting on climate")
            got, miss = _held_as(answerer, _recorded(answerer, rids, query)), []
        elif not part_topic and len(rids) == 1 and not set(part.kinds) - _SAID:  # "how did the focus ... differ"
            got, miss = _overview(answerer, rids[0]), [f"No sentence of {s.described or text} says what it was about."]
        else:
            if query.answer_type == "person":  # "which secretaries took part in each": the sentence that names them
                part = replace(part, answer_type="person")
            got, miss, _, _ = answerer.from_sentences(part, query, replace(s, rids=rids), part_topic, question, ())
        if (
            not got
            and len(rids) == 1
            and _names_asked(answerer.store.meetings[rids[0]], query)
            and (near := closest(answerer, question, rids[0]))
        ):
            # a comparison takes both meetings to have spoken of its topic: the side whose readout states none of
            # it in the topic's words shows its closest sentences, labelled as such, beside the missing line
            groups.append(Group(header(answerer.store.meetings[rids[0]], near[0].title), tuple(near)))
            missing += miss
            continue
        if got:
            answered += 1
            quotes = [q for q in got if q.sentence.source == got[0].sentence.source][: answerer.tuning.max_quotes]
            hit = answerer.meeting_of(quotes[0].sentence.source)
            if hit:
                seen.add(hit[0])
            groups.append(Group(header(hit[1] if hit else None, quotes[0].title), tuple(quotes)))
        else:
            missing += miss
    if not groups and not missing:
        return answerer.answer_parts(question, query, sel, info, None, question)
    passages = cited_first(groups, ())
    note = f"{ABSTAIN_TEXT} The closest sentences of each readout:" if groups and not answered else None
    return compose(
        question, groups, missing=missing, abstained=not answered, context_note=note, analysis=info, passages=passages
    )
