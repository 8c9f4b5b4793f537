"""Words of time in a question that say no time of its meeting: a part of a month ("late-June"), a day told by
another ("the same day"), and day or month words inside a name ("the Good Friday Agreement"); and whether it asks
for the latest or the first meeting. Pure."""

from __future__ import annotations

import datetime
import re
from types import MappingProxyType

from ..text.lexicon import CALENDAR, MEETING_NOUNS, MONTHS, QUESTION_WORDS, STOPWORDS, TIME_MODIFIERS, TRIP_NOUNS
from ..text.question_words import HAPPENING_NOUNS, ISSUED_NOUNS, MET_PERSON_NOUNS
from ..text.tokenize import words
from .dates_written import MONTH_NAME, days_written

#: a part of a month ("late-June", "in early August", "Early in May")
PART_OF_MONTH = re.compile(rf"\b(early|mid|late)(?:[\s\-]+|\s+in\s+)(?=(?:{'|'.join(MONTHS)})\b)", re.I)
#: a day told by another of the question ("met Duterte in Manila the same day", "the day after")
DAY_TOLD_BY_ANOTHER = re.compile(
    r"\b(?:(?:the|that)\s+(?:same|next|following|previous|prior)\s+day|that day|the day (?:before|after))\b", re.I
)


def time_words(question: str) -> set[str]:
    """Words of a question's time that are no topic beside the time itself: the part of a month ("late-June", "in
    early August", not "an early warning system" besides) and "day" of a day told by another ("the same day")."""
    month_part = {m.group(1).lower() for m in PART_OF_MONTH.finditer(question)}
    out = month_part - set(words(PART_OF_MONTH.sub(" ", question)))
    return out | ({"day"} if DAY_TOLD_BY_ANOTHER.search(question) else set())


_DAY_IN_NAME = re.compile(r"\b([A-Z][a-z]+)\s+([A-Z][a-z]+)\b")


def named_days(part: str) -> set[str]:
    """Day and month words that are part of a name ("the Good Friday Agreement"), not a time."""
    out = set()
    for m in _DAY_IN_NAME.finditer(part):
        first, second = m.group(1).lower(), m.group(2).lower()
        if second in CALENDAR and first not in CALENDAR and first not in STOPWORDS and first not in QUESTION_WORDS:
            if first not in TIME_MODIFIERS:
                out.add(second)
    return out


_ABOUT_MEETING = (
    r"(?:\s+[\w\u2019'-]+){0,3}?\s+(?:call|calls|meeting|meetings|talks|conversation|visit|trip|summit|"
    r"readout|time|engagement|session|encounter|contact|exchange)\b"
)
#: "the first meeting of which new dialogue": a meeting the question asks to name (not "the first call of which
#: foreign leader", whose first meeting it asks for)
_NAMED_MEETING = re.compile(
    r"\b(?:first|last|latest|final|initial|next)" + _ABOUT_MEETING + r"\s+of\s+(?:which|what)\b"
    rf"(?!\s+(?:[\w\-]+\s+)?(?:{'|'.join(MET_PERSON_NOUNS)})\b)",
    re.I,
)


#: a recent or first thing of someone's that a meeting talked about ("spoke ... about the latter's recent trip to
#: Ukraine"; not "What do the readouts say about Biden's most recent call?")
_TALKED_ABOUT_RECENT = re.compile(
    r"(?:\b(?:spoke|speak|speaks|talked|talk|talks|phoned|called|call|met|meet|conferred)\b[^?.]{0,80}?\b"
    r"(?:about|regarding|concerning)|\bdiscuss(?:ed|ing)?)\s+(?:the\s+)?[\w.\-]+['\u2019]s?\s+"
    r"(?:most\s+recent|recent|last|latest|first)\b",
    re.I,
)


def recency_asked(q: str) -> str | None:
    """ "last" or "first" when the question asks for the latest or the earliest meeting (not one it asks to name:
    "the first meeting of which new dialogue did they welcome?"), else None."""
    q = _NAMED_MEETING.sub(" ", q)
    q = _TALKED_ABOUT_RECENT.sub(" ", q)  # "spoke about the latter's recent trip to Ukraine": the trip's, not theirs
    if re.search(r"\b(?:last|latest|most recent|recent|final)" + _ABOUT_MEETING, q, re.I) or re.search(
        r"\b(?:most recently|last (?:met|meet|spoke|speak|talked|talk))\b", q, re.I
    ):
        return "last"
    if re.search(r"\b(?:first|earliest|initial|introductory)" + _ABOUT_MEETING, q, re.I) or re.search(
        r"\bfirst (?:met|meet|spoke|speak|talked|talk)\b", q, re.I
    ):
        return "first"
    return None


#: the first or last day of a year ("on the last day of 2021": December 31, 2021)
_END_OF_YEAR = re.compile(r"\b(?:the\s+)?(first|opening|last|final|closing)\s+day\s+of\s+((?:19|20)\d\d)\b", re.I)


#: Days of the year known by name, as (month, day), each on the same day every year: "on Christmas Eve 2022", "the
#: day after Christmas 2022", "around Bastille Day 2021" (not those that move, as Thanksgiving or Easter do).
HOLIDAYS = MappingProxyType(
    {
        "christmas eve": (12, 24),
        "christmas day": (12, 25),
        "christmas": (12, 25),
        "boxing day": (12, 26),
        "new year's eve": (12, 31),
        "new year's day": (1, 1),
        "independence day": (7, 4),
        "the fourth of july": (7, 4),
        "veterans day": (11, 11),
        "armistice day": (11, 11),
        "halloween": (10, 31),
        "bastille day": (7, 14),
        "canada day": (7, 1),
        "juneteenth": (6, 19),
        "valentine's day": (2, 14),
        "st. patrick's day": (3, 17),
        "saint patrick's day": (3, 17),
        "international women's day": (3, 8),
        "may day": (5, 1),
        "d-day": (6, 6),
        "world aids day": (12, 1),
        "human rights day": (12, 10),
    }
)


#: a day known by name and its year, perhaps a day before or after it ("the day after Christmas 2022"), the days
#: just before or after it ("just before Christmas 2022"), or the days either side of it ("around Bastille Day 2021")
_HOLIDAY = re.compile(
    r"\b(?:the\s+day\s+(before|after)\s+|(?:just|shortly|right|soon|a\s+few\s+days|(?:in\s+)?the\s+week)\s+"
    r"(before|after)\s+|(around|about|near|close\s+to)\s+)?("
    + "|".join(re.escape(h).replace("'", "['\u2019]") for h in sorted(HOLIDAYS, key=len, reverse=True))
    + r")[\s,]+(?:of\s+)?((?:19|20)\d\d)\b",
    re.I,
)


def day_named(q: str) -> tuple[datetime.date, datetime.date, str] | None:
    """The first and last day "the first day of 2022", "the last day of 2021" or a day known by name ("Christmas
    Eve 2022", "the day after Christmas 2022": one day; "just before Christmas 2022": the week before it; "around
    Bastille Day 2021": three days either side) names, with the words that name it."""
    if m := _HOLIDAY.search(q):
        month, date = HOLIDAYS[m.group(4).lower().replace("\u2019", "'")]
        day = datetime.date(int(m.group(5)), month, date)
        if m.group(3):  # the days either side of it
            return day - 3 * _ONE_DAY, day + 3 * _ONE_DAY, m.group(0)
        if m.group(2):  # the days just before or just after it
            week = (day - datetime.timedelta(days=7), day - _ONE_DAY)
            return (*(week if m.group(2).lower() == "before" else (day + _ONE_DAY, day + 7 * _ONE_DAY)), m.group(0))
        day += datetime.timedelta(days={"before": -1, "after": 1}.get((m.group(1) or "").lower(), 0))
        return day, day, m.group(0)
    if not (m := _END_OF_YEAR.search(q)):
        return None
    y = int(m.group(2))
    day = datetime.date(y, 1, 1) if m.group(1).lower() in ("first", "opening") else datetime.date(y, 12, 31)
    return day, day, m.group(0)


_ONE_DAY = datetime.timedelta(days=1)


def a_day_of_its_time(name: str, said: str) -> bool:
    """Whether a name is a day known by name that a question's time ``said`` gives ("Independence Day" of "on
    Independence Day 2021"; "New Year" and "Eve" of "New Year's Eve 2021"): when the meeting was, not someone met
    nor a thing talked of."""
    name, said = (t.lower().replace("\u2019", "'") for t in (name, said))
    piece = name in ("eve", "day") or name.startswith("new year")  # (not "Patrick" of "St. Patrick's Day")
    return name in said and any((piece and name in day or day in name) and day in said for day in HOLIDAYS)


def of_an_event(before: str, after: str) -> bool:
    """Whether a time names when what happened happened ("North Korea's March 24, 2022 ICBM launch", "the May 2021
    ceasefire", "about the June 28-30, 2022 NATO Summit", the readouts that "refer to the Negev meeting of March
    2022"), not when the meeting was ("Biden's May 2022 call", "their June 2022 stop in Hanoi")."""
    if re.search(r"\b(?:mention|refer)\w*\b.*\b(?:summit|meeting|ministerial|forum|conference)\s+of\s+$", before, re.I):
        return True
    if not _OWNER_BEFORE.search(before):
        return False
    if not re.match(r"\s+[A-Za-z]", after):
        return False
    if re.search(r"\b(?:about|regarding|concerning)\s+(?:the|a|an)\s+$", before, re.I):
        return True  # "what did they say about the June 28-30, 2022 NATO Summit": what was talked about
    # (or issued, "Which February 10, 2022 Danish announcement", before a word of meeting or deed: not "calls")
    said = re.findall(r"[A-Za-z][\w-]*", after[:40])[:3]
    said = said[: next((k for k, w in enumerate(said) if w.lower() in _MET_OR_DONE or w.endswith("ed")), 3)]
    return any(w.lower() in HAPPENING_NOUNS | ISSUED_NOUNS for w in said)


_MET_OR_DONE = frozenset({*MEETING_NOUNS, *TRIP_NOUNS, "did", "was", "were", "had", "summit", "session", "talk"})
#: whose or which a time's thing is, with an adjective or two after ("the landmark 1990 disability rights law"); not
#: a preposition ("the morning of" is a time) nor a meeting's word ("his call September 29")
_OWNER_BEFORE = re.compile(
    r"(?:\w['\u2019]s|\b(?i:the|a|an|their|his|her|its|which|what))\s+"
    rf"(?:(?!(?:of|on|in|at|for|to|by|from|about|with|and|or|{'|'.join(sorted(_MET_OR_DONE))})\b|[a-z\-]*ed\b)"
    r"[a-z][\w\-]*\s+){0,2}$"
)


_AHEAD = (  # ("preparations for the June 2022 NATO leaders' summit", "getting ready for")
    r"\b(?:ahead\s+of|before|in\s+the\s+run-up\s+to|in\s+preparation\s+for|preparations?\s+for|"
    r"prepar(?:e|es|ed|ing)\s+for|(?:get|gets|got|getting)\s+ready\s+for)\s+"
)
#: a gathering a meeting may be held ahead of, right after its time (not an election or an invasion: a meeting may
#: be a year before an election, and "before Russia's 2022 invasion" was also in 2021)
_GATHERING = r"(?:[A-Z][\w\-'\u2019]*\s+){0,3}(?:summit|ministerial|conference|meeting|session)\b"
_GATHERING_NEXT = re.compile(rf"\s+{_GATHERING}", re.I)
#: an event the meeting came before, right before its time ("ahead of the alliance's 2021 summit")
_AHEAD_OF = re.compile(rf"{_AHEAD}(?:\S+\s+){{1,3}}$", re.I)
_AHEAD_OF_YEAR = re.compile(
    rf"{_AHEAD}(?:the\s+)?(?:[\w'\u2019]+\s+){{0,2}}?((?:19|20)\d\d)\s+{_GATHERING}",
    re.I,
)


def before_an_event(left: str, right: str) -> bool:
    """Whether the words around a time put the meeting ahead of the gathering it dates ("ahead of the alliance's"
    before it, "summit" after it)."""
    return _AHEAD_OF.search(left) is not None and _GATHERING_NEXT.match(right) is not None


#: a summit, a ministerial or a conference right after a time ("the June 2022 NATO leaders' summit"), not a meeting
_SUMMIT_NEXT = re.compile(r"\s+(?:[\w\-'\u2019]+\s+){0,3}(?:summit|ministerial|conference)\b", re.I)


def before_a_summit(left: str, right: str) -> bool:
    """Whether the words around a time put the meeting ahead of a summit it dates ("preparations for the June 2022
    NATO leaders' summit"), not ahead of another meeting ("the day before her December 2022 meeting")."""
    return before_an_event(left, right) and _SUMMIT_NEXT.match(right) is not None


def year_ahead_of(q: str) -> tuple[int, str] | None:
    """The year (and its words) of an event a question puts the meeting ahead of ("ahead of the alliance's 2021
    summit"): the year the meeting came in; None when there is none."""
    m = _AHEAD_OF_YEAR.search(q)
    return (int(m.group(1)), m.group(1)) if m else None


#: a meeting told of: a clause that tells one dates what the lines tell of ("When the Vice President convened state
#: legislators on July 21, 2022, in which city was she, according to ... July 25 ...?"), no scene
_MEETING_VERB = (
    r"\b(?:met|meet|meets|meeting|convened|convene|spoke|speak|called|phoned|hosted|visited|received|welcomed|talked|"
    r"sat down|gathered|joined)\b"
)
#: a clause or a statement that opens a question by setting its scene ("After North Korea fired a missile over Japan
#: on October 3, 2022, what did ..."): a time in it dates that event, not what the answering lines must tell of
_SCENE_LEAD = re.compile(
    r"^\s*(?:(?:a day|days|weeks|hours|shortly|soon|right|just)\s+)?(?:after|following|in the wake of|amid|"
    # (not the question itself, "When in July 2022 was she in Charlotte, ...")
    r"as|when|once)\b(?!\s+(?:in|on|at|did|does|do|was|were|is|are|had|has|have|will|would|exactly)\b)"
    rf"(?:(?!{_MEETING_VERB})[^,?]|,\s*(?:19|20)\d\d\b)*,"  # (the comma of a date is no end: "on October 3, 2022,")
    # or a statement of its own before the question ("Italy gave temporary shelter to more than 4,000 Afghans in
    # August 2021; according to Biden's October 2021 meeting ..., where were those evacuees ultimately headed?")
    rf"|^(?!\s*(?:on|in|at|by|during|from|according)\b)(?:(?!{_MEETING_VERB})[^?;]){{12,240}};\s",
    re.I,
)


def in_scene_lead(question: str, time_text: str) -> bool:
    """Whether a time the question gives stands in the clause that opens it by setting the scene."""
    lead = _SCENE_LEAD.match(question)
    return bool(lead and time_text and time_text in lead.group(0))


#: a day that dates the readout, not the meeting: "the November 7, 2022 joint readout", "readouts dated 26 May 2022"
READOUT_DATED = re.compile(
    r"\d\s+(?:joint\s+)?(?:readout|statement|press\s+release)\b"
    r"|\b(?:readouts?|statements?)\s+(?:(?:was|were|is|are)\s+)?(?:dated|issued|published|released|put\s+out)\b"
    r"|\bpublication\s+date\b|\b(?:that|which)\s+(?:are|is|were|was)\s+dated\b"
    rf"|\breadouts?\s+from\s+(?:the\s+\w+\s+day\b|{MONTH_NAME}\s+\d)",  # "a call readout from the last day of July"
    re.I,
)


#: a meeting a question dates its own by ("..., a day after the Biden-Bennett phone call", "..., the day after
#: Biden's call with Prime Minister Bennett"), after the day itself
_DATED_BY_ANOTHER = re.compile(
    r",\s*(?:a|one|two|three|the)\s+(?:day|days|week|weeks)\s+(?:after|before)\s+"
    # ("the day after Biden's call with Prime Minister Bennett", "two days after Secretary Blinken's call")
    r"(?:the|their|his|her|(?:[A-Z][\w\-.]*\s+){0,3}[A-Z][\w\-]*['\u2019]s)\s+"
    r"[^,?;]{0,80}?\b(?:call|meeting|summit|visit|talks|conversation)\b[^,?;]*"  # (to the clause's end)
)


def without_other_meeting(question: str) -> str:
    """``question`` less a clause that dates its meeting by another one when it gives the day itself ("Which U.S.
    official met Eyal Hulata on April 25, 2022, a day after the Biden-Bennett phone call?"): those who met in the
    other meeting, and how, are not the meeting's."""
    m = _DATED_BY_ANOTHER.search(question)
    if m is None or not days_written(question[: m.start()]):
        return question
    return question[: m.start()] + question[m.end() :]
