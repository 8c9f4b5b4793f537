"""Which readouts a question is about: its people, countries, time and meeting kind, through the records.

``MeetingIndex`` indexes the meetings of one store by participant name words, countries and date; ``select``
turns a question's constraints into the readouts that fit them. When the question names a meeting that no readout
records, the selection says so in words and offers the nearest meetings (same people, other dates) as such."""

from __future__ import annotations

import datetime
import functools
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from ..corpus.people import JOINED_PARTICLE, mentions
from ..records import Meeting
from ..text.lexicon import GOVERNMENT_VENUES, INSTITUTION_WORDS, NAME_PARTICLES, OFFICE_WORDS, SHORT_NAMES, TITLE_HEADS
from ..text.places import CAPITAL_OF, REGIONS, SEATS, regions_named
from ..text.tokenize import fold, stem, words
from .analyse import Query
from .compose import join_words
from .filters import Filters
from .holders import name_words, office_holders
from .meeting_kinds import IN_PERSON_ASKED, IN_PERSON_QUESTIONED, kind_fits
from .question_names import has_alias
from .time_phrases import READOUT_DATED
from .times import TimeWindow
from .titled import counterpart_office, readout_named, region_met, theirs, title_sides, titled_or_stated


@dataclass(frozen=True)
class Selection:
    """The readouts (row ids) a question may be answered from, and what the constraints did."""

    rids: tuple[int, ...] | None = None  # None: no constraint, every readout
    people: tuple[str, ...] = ()  # the question's names that are participants of the selected meetings
    topic_names: tuple[str, ...] = ()  # names that are not participants: part of the topic
    unknown: tuple[str, ...] = ()  # names no readout mentions at all
    missing: str | None = None  # "No indexed readout records a call between A and B in February 2021."
    nearest: tuple[int, ...] = ()  # readouts of the same people at other times, offered as such
    described: str = ""  # the meeting the question names, in words
    place: str | None = None  # the question's place when it is where a selected meeting was ("in Jakarta")


@dataclass
class MeetingIndex:
    """Meetings of one store by participant name word, country and kind (rid = readout row)."""

    meetings: list[Meeting]
    by_word: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))
    by_country: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))

    @classmethod
    def of(cls, meetings: list[Meeting]) -> MeetingIndex:
        index = cls(meetings)
        for rid, m in enumerate(meetings):
            for p in m.participants:
                for w in _parts(name_words(p.name or "")):
                    index.by_word[fold(w)].add(rid)
            for c in set(m.countries) | {p.country for p in m.participants if p.country} | title_sides(m):
                index.by_country[c].add(rid)
            # the title names the meeting's people too ("... Meeting with Cambodian Prime Minister Hun Sen")
            for mention in mentions(m.title):
                for w in _parts(name_words(mention.name or "")):
                    index.by_word[fold(w)].add(rid)
            for w in title_owners(m.title):  # "... (DPRK) Kim's Trilateral Call with ...": whose meeting it was
                index.by_word[fold(w)].add(rid)
        for rid, name in office_holders(meetings):
            for w in name_words(name):
                index.by_word[fold(w)].add(rid)
        for rid, country in _countries_named_elsewhere(meetings):
            index.by_country[country].add(rid)
        return index

    @functools.cached_property
    def surnames(self) -> frozenset[str]:
        """The surnames of everyone the records name as taking part (folded)."""
        return frozenset(fold(p.name.split()[-1]) for m in self.meetings for p in m.participants if p.name)

    def day(self, rid: int) -> datetime.date | None:
        m = self.meetings[rid]
        return m.date or m.published

    def with_person(self, name: str) -> set[int]:
        """Readouts where someone of that name took part: every word of it, or of its longest tail that names
        someone ("First Lady Olena Zelenska" -> "Olena Zelenska")."""
        words = [JOINED_PARTICLE.sub("", w, count=1) for w in name.split() if len(w) > 1]
        # a particle inside a name may be written joined or capitalised ("Al-Thani", "Tamim Bin Hamad"): not needed
        words = [w for k, w in enumerate(words) if k == 0 or w.lower() not in NAME_PARTICLES] or words
        words = [x for w in words for x in w.split("-") if len(x) > 1]  # "Yoon Suk-yeol" is "Yoon Suk Yeol"
        for k in range(len(words)):
            tail = words[k:]
            if len(tail) == 1 and len(words) > 1 and len(tail[0]) < 4:
                break
            sets = [self.by_word.get(fold(w), set()) for w in tail]
            found = set.intersection(*sets) if sets else set()
            if found:
                if k == 0 and len(words) == 2:  # "Liz Truss" is also "Elizabeth Truss", not "Joe" for "Jill"
                    found |= {
                        rid
                        for rid in self.by_word.get(fold(words[1]), set())
                        if self._given_fits(rid, words[0], words[1])
                    }
                return found
        return set()

    def _given_fits(self, rid: int, given: str, surname: str) -> bool:
        """Whether a participant of that surname in meeting ``rid`` may go by ``given`` (no given name in the
        readout, the same one, a form of it, or a common short form); its title's people count ("... Call with
        Israeli Alternate Prime Minister and Foreign Minister Lapid", whom the records may leave unnamed)."""
        m = self.meetings[rid]
        for name in [p.name for p in m.participants] + [x.name for x in mentions(m.title)] + title_owners(m.title):
            names = name_words(name or "")
            if fold(surname) not in (fold(n) for n in names):
                continue
            if fold(names[0]) == fold(surname) or same_given_name(fold(names[0]), fold(given)):
                return True  # the readout gives the surname alone ("Deputy Secretary Sherman"), or a form of it
        return False


def _parts(words: list[str]) -> list[str]:
    """A name's words and the pieces of those joined by a hyphen ("Suk-yeol": also "Suk", "yeol")."""
    return words + [x for w in words if "-" in w for x in w.split("-") if len(x) > 1]


def _countries_named_elsewhere(meetings: list[Meeting]) -> list[tuple[int, str]]:
    """(meeting, country) for a counterpart named in full whom a readout files under the United States (the
    issuer's country, for want of another) and every other readout under one other country: the governor of
    "Biden's Call with Governor Pedro Pierluisi" is of Puerto Rico, as Graves's meeting with "Puerto Rico
    Governor Pedro R. Pierluisi" says."""
    of: dict[tuple[str, str], set[str]] = defaultdict(set)  # (first name word, surname) -> countries
    for m in meetings:
        for p in m.participants:
            words = name_words(p.name or "")
            if len(words) >= 2 and p.country:
                of[fold(words[0]), fold(words[-1])].add(p.country)
    out = []
    for rid, m in enumerate(meetings):
        for p in m.participants:
            words = name_words(p.name or "")
            if len(words) < 2 or p.side != "counterpart" or p.country != "United States":
                continue
            other = of.get((fold(words[0]), fold(words[-1])), set()) - {"United States"}
            if len(other) == 1:
                out.append((rid, next(iter(other))))
    return out


_TITLE_OWNER = re.compile(
    r"\b([A-Z][a-z][\w\-]*)['\u2019]s\s+(?:[A-Z][\w\-]*\s+){0,2}?(?:Calls?|Meetings?|Trip|Travel|Visit|Conversations?)\b"
)


def title_owners(title: str) -> list[str]:
    """Surnames a title makes the holders of its meeting ("... (DPRK) Kim's Trilateral Call with ..."), where
    their offices hide them from the records; not an office ("the Secretary's Call")."""
    return [w for w in _TITLE_OWNER.findall(title) if w not in OFFICE_WORDS and w not in TITLE_HEADS]


def same_given_name(a: str, b: str) -> bool:
    """Whether two (folded) given names may be one person's: equal, one the start of the other ("Tony",
    "Antony" aside), one inside the other ("Liz" in "Elizabeth"), or a short form in the lexicon."""
    a, b = a.rstrip("."), b.rstrip(".")
    if a == b or (len(a) >= 3 and len(b) >= 3 and (a in b or b in a)):
        return True
    return b in SHORT_NAMES.get(a, ()) or a in SHORT_NAMES.get(b, ())


def _known_name(name: str, known: Callable[[str], bool]) -> bool:
    """Whether the readouts use a name at all: its last word (a surname), or any part of a hyphenated word."""
    words = name.split()
    last = words[-1] if words else name
    return known(last) or any(known(p) for p in re.split(r"[-\u2013]", last) if len(p) > 2)


def _respelled(name: str, known: Callable[[str], bool]) -> str | None:
    """The name with its surname as the readouts spell it, when that is one slip away ("Tahbaz" for
    "Tabhaz": two letters swapped, one left out, added or changed) and the surname is long enough (6 letters)
    for a slip not to make another name."""
    words = name.split()
    last = words[-1] if words else ""
    if len(last) < 6 or not last.isalpha():
        return None
    low = last.lower()
    letters = "abcdefghijklmnopqrstuvwxyz"
    tries = [low[:i] + low[i + 1] + low[i] + low[i + 2 :] for i in range(len(low) - 1)]
    tries += [low[:i] + low[i + 1 :] for i in range(len(low))]
    tries += [low[:i] + c + low[i:] for i in range(1, len(low) + 1) for c in letters]
    tries += [low[:i] + c + low[i + 1 :] for i in range(1, len(low)) for c in letters if c != low[i]]
    for t in dict.fromkeys(tries):
        if t != low and known(t):
            return " ".join([*words[:-1], t[:1].upper() + t[1:]])
    return None


def _holds(office: str, m: Meeting) -> bool:
    """Whether someone on the issuing side of meeting ``m`` holds ``office`` ("Vice President"; "Secretary"
    is also "Secretary of State", not "Deputy Secretary")."""
    want, heading = (fold(t).replace("adviser", "advisor") for t in (office, m.title))  # one office, two spellings
    for p in m.participants:
        title = fold(p.title or "").replace("adviser", "advisor")
        if p.side == "issuer" and p.name and f"{want} {fold(p.name)}" in heading:
            return True  # "National Security Advisor Jake Sullivan's Meeting", his record's title another form
        # (a title cut short: the "Deputy Secretary" of a State readout is the Deputy Secretary of State asked for)
        if p.side == "issuer" and (title == want or title.startswith(want + " ") or want.startswith(title + " of ")):
            return True
    return False


def _place_fits(place: str, m: Meeting) -> bool:
    if not m.place:
        return False
    return word_in(place, m.place) or word_in(m.place, place)  # as words: "Lima" is not in "Limassol"


def word_in(phrase: str, text: str) -> bool:
    """Whether ``text`` says ``phrase`` as a whole word or words, in any case and with accents folded."""
    return re.search(rf"\b{re.escape(fold(phrase))}\b", fold(text), re.I) is not None


def select(
    query: Query,
    index: MeetingIndex,
    filters: Filters,
    known: Callable[[str], bool],
    exact: Callable[[str], bool] | None = None,
) -> Selection:
    """The readouts that fit the question's people, countries, time and kind (and the user's filters).
    ``known``: whether the readouts use a word or one it begins; ``exact``: whether they use that very word
    (for reading a misspelt surname; without it none is respelled)."""
    allowed = {rid for rid, m in enumerate(index.meetings) if filters.matches(m)} if filters else None
    people, topic, unknown = _sort_names(query, index, known, exact)
    parties = [p for p in query.parties if len(index.by_country.get(p, ())) < 0.8 * len(index.meetings)]
    if not (query.about_meetings or people or parties):  # "Who won the championship in 2000?": another time
        query = replace(query, window=TimeWindow(), meeting_kind=None)
    principal = query.principal if not people else None
    constrained = bool(
        people or parties or principal or query.window.bounded or query.window.recency or query.meeting_kind
    )
    if not constrained:
        return Selection(tuple(sorted(allowed)) if allowed is not None else None, (), tuple(topic), tuple(unknown))
    everyone = set(range(len(index.meetings))) if allowed is None else set(allowed)
    base = _with_all(everyone, people, index)
    if principal:
        held = {rid for rid in base if _holds(principal, index.meetings[rid])}
        base = held or base  # a readout that does not give the office's holder a title is not ruled out
    base = _at_table(query, people, parties, base, index, topic)
    who_fits = set(base)
    fits = _in_time_and_kind(base, index, query)
    fits = _narrowed(fits, query, topic, index, people)
    if not fits and people and (named := readout_named(query.text, _in_time_and_kind(everyone, index, query), index)):
        # "According to the November 2022 readout of the U.S.-EU energy security task force, ... had Biden and von
        # der Leyen pledged": that readout, its people what it says
        fits, topic, people = named, [*topic, *people], []
    if not fits and (narrower := first_part_only(query)) is not None:
        return select(narrower, index, filters, known, exact)
    described = _describe(query, people)
    if fits:
        placed = query.place if query.place and any(_place_fits(query.place, index.meetings[r]) for r in fits) else None
        return Selection(tuple(sorted(fits)), tuple(people), tuple(topic), tuple(unknown), None, (), described, placed)
    if not query.about_meetings:  # "What leader of the Swiss reformation ...": not a meeting to look for
        return Selection(tuple(sorted(allowed)) if allowed is not None else None, (), (*topic, *people), tuple(unknown))
    # the same people's or countries' meetings at other times; with nobody named, any meeting is no nearer
    nearest = _nearest(who_fits, index, query) if people or parties else []
    return Selection(
        (),
        tuple(people),
        tuple(topic),
        tuple(unknown),
        f"No indexed readout records {described}.",
        tuple(nearest),
        described,
    )


#: most readouts a question's meeting may select for its place to be checked in their text
_PLACE_CHECKED = 3


#: most readouts read for the names a question gives
_NAMES_CHECKED = 12


def checked_in_text(query: Query, sel: Selection, index: MeetingIndex, text_of: Callable[[int], str]) -> Selection:
    """The selection after reading the text of the few readouts selected: the place the question gives
    (``placed_elsewhere``), and the names it gives that are no participant: of several meetings, the ones whose
    readouts name them all ("when they spoke on Ukraine's Day of Remembrance and Reconciliation": that call)."""
    text_of = functools.cache(text_of)  # each readout read once, whichever check reads it
    sel = placed_elsewhere(query, sel, index, text_of)
    rids, names = sel.rids or (), [n for n in sel.topic_names if n.lower() not in REGIONS]
    if not names or query.list_intent or query.compare or not 1 < len(rids) <= _NAMES_CHECKED:
        return sel
    naming = tuple(r for r in rids if all(word_in(n, text_of(r)) for n in names))
    return replace(sel, rids=naming) if naming else sel


def placed_elsewhere(query: Query, sel: Selection, index: MeetingIndex, text_of: Callable[[int], str]) -> Selection:
    """The selection, told the meeting is missing when the question places it in a city or country ("... at
    their meeting in Nice") that neither the records nor the text of the one to three readouts selected name as
    a word ("Nice" is not "Venice"); offered as the nearest meetings instead. Only a place the index's records
    or the table of capitals know, and never Washington or the White House (readouts leave them unsaid)."""
    rids, place = sel.rids or (), query.place or ""
    if not place or sel.place or sel.missing or not 0 < len(rids) <= _PLACE_CHECKED or not _known_place(place, index):
        return sel
    # only where every record gives a city or country of its own ("Washington", not "the NATO Summit", nor none)
    places = [index.meetings[r].place or "" for r in rids]
    if not all(p and not _AT_EVENT.search(p) for p in places):
        return sel
    if any(word_in(place, text_of(r)) for r in rids):
        return sel
    return replace(sel, rids=(), missing=f"No indexed readout records {sel.described} in {place}.", nearest=rids)


_AT_EVENT = re.compile(rf"\b(?:{'|'.join(sorted(INSTITUTION_WORDS))}|Nations|Summit|Margins?|Sidelines?)\b", re.I)


def _known_place(place: str, index: MeetingIndex) -> bool:
    if place in SEATS or place in GOVERNMENT_VENUES or "'" in place or "\u2019" in place:
        return False
    if fold(place).lower() in CAPITAL_OF:
        return True
    return any(m.place and re.search(rf"\b{re.escape(place)}\b", m.place) for m in index.meetings)


def _narrowed(fits: set[int], query: Query, topic: list[str], index: MeetingIndex, people: list[str]) -> set[int]:
    """Of the meetings that fit, the one the question places ("in Bali"), whose title names what the question
    names, the people's own, of the other side's office or region, or the first or last asked for."""
    if query.place and query.place not in GOVERNMENT_VENUES and len(fits) > 1:  # (readouts rarely say the room)
        fits = {rid for rid in fits if _place_fits(query.place, index.meetings[rid])} or fits
    if len(fits) > 1 and not (query.list_intent or query.compare):
        fits = titled_or_stated(fits, [t for t in topic if t.lower() not in REGIONS], query.text, index) or fits
        fits = theirs(fits, people, index)
        fits = counterpart_office(fits, query.text, index.meetings)  # "met a foreign deputy prime minister"
        fits = region_met(fits, query.text, index.meetings)  # "hosted an East African head of state"
    if query.window.recency and fits:
        # "their first Strategic Stability Dialogue session": the first of that kind, where the records have one
        pool = {r for r in fits if index.meetings[r].kind == query.meeting_kind} or fits
        ordered = sorted(pool, key=lambda r: index.day(r) or datetime.date.min)
        day = index.day(ordered[-1] if query.window.recency == "last" else ordered[0])
        fits = {r for r in pool if index.day(r) == day}  # two readouts of one day may be one meeting's
    return fits


def _sort_names(
    query: Query, index: MeetingIndex, known: Callable[[str], bool], exact: Callable[[str], bool] | None
) -> tuple[list[str], list[str], list[str]]:
    """The question's names as (participants, names of the topic, names no readout mentions)."""
    people: list[str] = []
    topic: list[str] = list(query.topic_people)
    unknown: list[str] = []
    for asked in query.people:
        name = asked
        if exact is not None and not (index.with_person(asked) or _known_name(asked, known)):
            name = _respelled(asked, exact) or asked
        if index.with_person(name):
            people.append(name)
        elif _known_name(name, known) or has_alias(name, query.text):
            topic.append(name)  # mentioned in the readouts but nobody of that name took part: a topic
        else:
            unknown.append(name)
    # "which Middle Eastern crisis": a region says what the answer is about, stated by any country of it
    topic += [r for r in regions_named(query.text) if r.lower() not in {t.lower() for t in topic}]
    return people, topic, unknown


def first_part_only(query: Query) -> Query | None:
    """A multi-part question's constraints with only the names its first part uses ("When did Blinken and
    Austin go to Kyiv, and whom did Blinken say Biden would nominate as ambassador to Ukraine?": Biden and
    Ukraine are what the second part is about), or None when that changes nothing."""
    if len(query.parts) < 2:
        return None
    first = query.parts[0].text
    people = tuple(p for p in query.people if p in first)
    parties = tuple(p for p in query.parties if p in first)
    if not (people or parties) or (len(people), len(parties)) == (len(query.people), len(query.parties)):
        return None
    return replace(
        query,
        people=people,
        parties=parties,
        titled_parties=tuple(p for p in query.titled_parties if p in parties),
        topic_people=(*query.topic_people, *(p for p in query.people if p not in people)),
        topic_parties=(*query.topic_parties, *(p for p in query.parties if p not in parties)),
    )


def _with_all(rids: set[int], people: list[str], index: MeetingIndex) -> set[int]:
    out = set(rids)
    for name in people:
        out &= index.with_person(name)
    return out


def _at_table(
    query: Query, people: list[str], parties: list[str], base: set[int], index: MeetingIndex, topic: list[str]
) -> set[int]:
    """The meetings with the question's countries at the table (with people named, the countries named as
    theirs or as a side: "a call with Morocco"); "his March 2022 calls with the Slovak and Czech foreign
    ministers" are a meeting with each. A country the named people never met is what was talked about (added to
    ``topic``)."""
    sides = parties if not people else [p for p in query.titled_parties if p in parties]
    if len(sides) > 1 and _SEVERAL_MEETINGS.search(query.text):
        return set().union(*(base & index.by_country.get(p, set()) for p in sides))
    for party in sides:
        at_table = base & index.by_country.get(party, set())
        if people and not at_table and party not in query.office_parties:
            # the named people never met it, and no office of it is named: "Tunisia's talks with the IMF"
            topic.append(party)
            continue
        base = at_table
    return base


#: several meetings, with one side each: "their calls with the Slovak and Czech ministers", "his meetings with"
_SEVERAL_MEETINGS = re.compile(r"\b(?:calls|meetings|conversations|visits)\s+with\b", re.I)


def _in_time_and_kind(rids: set[int], index: MeetingIndex, query: Query) -> set[int]:
    """The meetings of the question's kind (a call when no virtual meeting is) and time window; when none is,
    the ones whose readout gives no date (a date cannot rule them out)."""
    strict = IN_PERSON_ASKED.search(query.text) is not None
    # "Was their meeting held in person? If not, how?": the kind is what is asked, no constraint
    asked = IN_PERSON_QUESTIONED.search(query.text) or any(p.answer_type == "kind" for p in query.parts)
    kind, strict = (None, False) if asked else (query.meeting_kind, strict)
    of_kind = {rid for rid in rids if kind_fits(kind, index.meetings[rid], strict)}
    if query.meeting_kind == "virtual_meeting" and not any(query.window.contains(index.day(r)) for r in of_kind):
        of_kind = {rid for rid in rids if kind_fits("call", index.meetings[rid])}  # "spoke by video conference"
    # a trip's readout tells of the days up to its publication ("traveled to Poland March 30 - April 2")
    fits = {rid for rid in of_kind if query.window.contains(index.day(rid)) or _trip_until(rid, index, query)}
    w = query.window
    if w.start is not None and w.start == w.end and READOUT_DATED.search(query.text):  # "the November 7 readout"
        fits |= {rid for rid in of_kind if index.meetings[rid].published == w.start}
    if not fits and w.start is not None and w.start == w.end:  # one day asked: the date printed on a readout
        fits = {rid for rid in of_kind if index.meetings[rid].published == w.start}  # of the day before's call
    if not fits and query.meeting_kind == "call" and not _CALL_SAID.search(query.text):
        # "when Blinken spoke with Al-Thani": "spoke" may be at a meeting (a readout titled "Meeting" that "spoke")
        fits = {rid for rid in rids if query.window.contains(index.day(rid))}
    if not fits and query.window.bounded:
        fits = {rid for rid in of_kind if index.day(rid) is None}
    return fits


#: a call by the word for one, not "spoke" or "talked", which a meeting's readout may say too
_CALL_SAID = re.compile(r"\b(?:calls?|called|calling|phone\w*|telephon\w*|video\w*|virtual\w*)\b", re.I)


def _trip_until(rid: int, index: MeetingIndex, query: Query) -> bool:
    m = index.meetings[rid]
    return m.kind == "visit" and query.window.bounded and query.window.contains(m.published)


def _nearest(rids: set[int], index: MeetingIndex, query: Query) -> list[int]:
    """The three meetings closest in time to the one the question names."""
    return sorted(rids, key=lambda r: abs(((index.day(r) or datetime.date.min) - _anchor(query)).days))[:3]


def _anchor(query: Query) -> datetime.date:
    w = query.window
    return w.start or w.end or datetime.date.today()


def _describe(query: Query, people: list[str]) -> str:
    """The meeting a question names, in words: "a call between Biden and Xi in February 2021"."""
    kind = {
        "call": "a call",
        "virtual_meeting": "a virtual meeting",
        "visit": "a visit",
        "meeting": "a meeting",
        "trilateral": "a trilateral meeting",
        "dialogue": "a dialogue",
    }.get(query.meeting_kind or "", "a meeting")
    who = list(people) + [p for p in query.parties if p != "United States"]
    if len(who) >= 2:
        text = f"{kind} between {join_words(who)}"
    elif who:
        text = f"{kind} with {who[0]}"
    else:
        text = kind
    when = query.window.describe()
    if query.window.recency and not when:
        when = "(the " + ("latest" if query.window.recency == "last" else "first") + " one)"
    return f"{text} {when}".strip()


def participant_stems(sel: Selection, query: Query) -> set[str]:
    """The words of the names that turned out to be the meeting's participants, countries and place: who and
    where, not what."""
    out = set()
    for name in (*sel.people, *query.parties, *((sel.place,) if sel.place else ())):
        out |= {stem(w) for w in words(name)} | set(words(name))
    return out
