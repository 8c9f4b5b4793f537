"""Question analysis: what a question asks, as a typed record. Pure functions, no index, no model.

``analyse("Where did Blinken and Hayashi meet in May 2022, and what did they agree on North Korea?")``
gives the people named (Blinken, Hayashi), the countries and organisations (none here), the time window (May
2022), the meeting kind asked for (none), and two parts: a place question, and an agreement question whose topic
is North Korea. It also tells list, count and comparison intent ("which readouts", "how many times", "differ")."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field, replace

from ..text.lexicon import (
    SHORT_MONTH_DAY,
    TITLE_HEADS,
)
from ..text.question_words import (
    ASIDE_PHRASES,
    AUXILIARY,
    QUALIFIER,
)
from ..text.tokenize import fold, stem, words
from .about_meeting import about_meeting
from .asked_type import NAMES_ASKED, answer_type
from .capitals import capital_as_city, capitals_named, without_country_of_capital
from .compares_asked import compares
from .dates_named import day_after_lead
from .earlier_meeting import before_earlier, earlier_meeting, pointer, without_earlier
from .idioms import in_plain_words
from .issuers import ISSUER_OF_READOUTS
from .kinds_asked import asked_kinds, asks_only_the_kind
from .meeting_kinds import GROUP_MEETINGS_COUNTED, ONE_ON_ONE, asks_about_meetings, meeting_kind
from .meeting_place import meeting_place, met_in_country, place_beside_source
from .people_sides import people_sides
from .question_names import (
    names_in,
    neighbours,
    party_sides,
    principal_office,
    side_name_stems,
    subject_span,
)
from .source_clause import pin_to_source
from .time_phrases import a_day_of_its_time, time_words, without_other_meeting
from .times import TimeWindow, date_beside_source, time_window
from .titled import title_words
from .topics import (
    MEETING_STEMS,
    answer_hints,
    scene_words,
    source_words,
    told_before,
    topic_terms,
)

_WH = re.compile(
    r"\b(?:what|which|who|whom|whose|when|where|why|how|did|does|do|is|are|was|were|has|have|had|"
    r"can|could|will|would)\b",
    re.I,
)
_PART_SPLIT = re.compile(
    r"(?:,\s*|;\s*|\s)(?:and|also)\s+(?=(?:(?:in|on|at|by|for|from|to|with|under|since|until|ahead of|before|after|"
    r"during|among|about|through|against|into|over)\s+)?(?:(?:roughly|approximately|exactly|precisely)\s+(?=how\b))?"
    r"(?:what|which|who|whom|whose(?!\s+(?:was|were|is|are)\b)|when|where|why|how|did|does|was|were|is|are|"
    r"has|had)\b)|\?\s+(?=\S)"
    # ", and besides Ukraine, where did they ...": a short clause that sets the second part apart, then its question
    r"|,\s*and\s+(?=(?:besides|apart from|aside from|other than|beyond|in addition to|as for|then|during|after|"
    r"before|at|in|on)\b[^,?]{1,40},\s*(?:what|which|who|whom|when|where|why|how)\b)"
    # ", and the security of which region did they talk about?": the question word inside a short noun phrase
    r"|,\s*and\s+(?=(?:the|a|an)\s+[\w\-]+(?:\s+[\w\-]+){0,2}?\s+(?:of|in|for|from|with|to|on)\s+"
    r"(?:which|what|whom)\b)"
    # ", and working with which branch of government does ...": a clause of its own, opened by what is done
    r"|,\s*and\s+(?=[a-z]+ing\s+(?:with|through|alongside|under|via|by|in|on|for)\s+(?:which|what|whom)\b)",
    re.I,
)


@dataclass(frozen=True)
class Part:
    """One thing a question asks: its words, the type of answer it wants, the statement kinds it asks for
    ("agreed"), and its topic (stemmed content words)."""

    text: str
    answer_type: str
    kinds: tuple[str, ...] = ()
    topic: tuple[str, ...] = ()
    #: a when/where/who part that asks about the meeting itself ("when did they meet"), answered from the
    #: records; its topic then only picks among meetings
    about_meeting: bool | None = False  # None: the part does not say (a who/when/where without a verb of its own)
    #: words that describe the answer ("which war-legacy program"): better stated by a sentence, not needed
    hints: tuple[str, ...] = ()


@dataclass(frozen=True)
class Query:
    """What a question asks, and about which meeting."""

    text: str
    people: tuple[str, ...] = ()
    topic_people: tuple[str, ...] = ()
    parties: tuple[str, ...] = ()
    #: parties named next to an office or after "with" ("the Congolese president", "a call with Morocco"):
    #: the counterpart's country, a constraint even when people are named
    titled_parties: tuple[str, ...] = ()
    #: the titled parties that hold an office in the question ("Thailand's foreign minister"), not merely met
    office_parties: tuple[str, ...] = ()
    #: the place the question says the meeting was ("in Bali", "in Rabat")
    place: str | None = None
    topic_parties: tuple[str, ...] = ()
    titles: tuple[str, ...] = ()
    #: an office named without a name, as the issuing side's principal ("the Vice President", "the Secretary")
    principal: str | None = None
    window: TimeWindow = field(default_factory=TimeWindow)
    meeting_kind: str | None = None
    parts: tuple[Part, ...] = ()
    list_intent: bool = False
    count_intent: bool = False
    compare: bool = False
    #: the question is about meetings or what was said in them (not only "Who won the championship in 2000?"):
    #: its time picks meetings even when it names no participant
    about_meetings: bool = True

    @property
    def answer_type(self) -> str:
        return self.parts[0].answer_type if self.parts else "free"

    @property
    def names_meeting(self) -> bool:
        """Whether the question points at particular meetings (people, countries, a time or a kind)."""
        return bool(self.people or self.parties or self.window.bounded or self.window.recency or self.meeting_kind)


#: a question word with at most its preposition and noun: "where", "on what date", "in which city"
_BARE_WH = re.compile(
    r"(?:(?:on|in|at|by|for|from|with)\s+)?(?:what|which|who|whom|when|where|why|how)(?:\s+(?:date|day|city|"
    r"country|place|year|month|time|town|venue))?",
    re.I,
)


#: a part listed before the last ("..., which department would lead the mission, and ..."): a question word
#: that asks (not a relative "which the Vice President announced", "where they met")
_LISTED_PART = re.compile(
    r",\s+(?=(?:how (?:many|much)|(?:which|what) (?!(?:the|a|an|he|she|they|it|we|you|i|his|her|their|its|"
    rf"{AUXILIARY}|may|might)\b)[\w.\-]+(?:\s+[\w.\-]+)?\s+"
    rf"(?:{AUXILIARY})\b))",
    re.I,
)


def _listed_parts(piece: str) -> list[str]:
    """A part split where another question is listed after it; a leading clause that asks nothing ("In Harris's
    January meeting with Castro,") stays with the question after it."""
    out: list[str] = []
    asks = True
    for seg in _LISTED_PART.split(piece):
        if out and not asks:
            out[-1] = f"{out[-1]}, {seg}"
        else:
            out.append(seg)
        asks = bool(_ASKS.match(seg)) and not _SETTING.match(seg)
    return out


#: a part that opens by asking (its question word first, after a preposition at most); a clause that sets the
#: scene ("When Blinken met Hayashi,", "At the meeting where ...", "In the Lasso meeting, which ...") asks nothing
_ASKS = re.compile(
    r"\s*(?:(?:in|on|at|by|for|from|to|with|during|under|since|until|ahead of|before|after|among|about)\s+)?"
    rf"(?:what|which|who|whom|whose|when|where|why|how|{AUXILIARY})\b",
    re.I,
)
_SETTING = re.compile(r"^\s*when\s+(?!(?:did|does|do|was|were|is|are|has|had|will|would|could|can)\b)", re.I)


#: a part's label before its question word: "(a)", "b)", "(2)", "(ii)"
_PART_LABEL = re.compile(
    r"(?:(?<=\s)|^)\(?(?:[a-d]|[1-4]|i{1,3}|iv)\)\s+(?=(?:what|which|who|whom|whose|when|where|why|how|did|does|do|"
    r"was|were|is|are|has|had|can|could)\b)",
    re.I,
)


#: "between" whose "and" is yet to come, and a question word with only its noun after it ("which other country?")
_BETWEEN_OPEN = re.compile(r"\bbetween\b(?![^,;]*\band\b)[^,;]*$", re.I)
_BARE_NOUN_ASKED = re.compile(r"(?i:which|what|whom)(?:\s+[a-z][\w\-]*){0,3}\s*\??")


#: a phrase put before a question to say what it is about ("On the question of ...", "As for ...", "Regarding ...")
_FRONTED = re.compile(r"(?:on|as for|as to|regarding|concerning|about|with respect to|in terms of)\b", re.I)
#: a clause of "how" inside a question, after its preposition or verb ("answers on how contagious")
_EMBEDDED_HOW = re.compile(r"\b(?:on|about|of|over|into|to|know|see|assess|gauge)\s+how\s+[a-z]+$")


def split_parts(question: str) -> list[str]:
    """The parts of a multi-part question: "Where did they meet, and what did they launch?" -> two; "Where and
    when will they meet next?" -> "Where will they meet next?" and "When will they meet next?"."""
    question = _PART_LABEL.sub("", question)  # "(a) how much ..., and (b) what ...": the labels ask nothing
    pieces = [p.strip(" ,;") for p in _PART_SPLIT.split(question) if p and p.strip(" ,;?")]
    for k in range(len(pieces) - 1, 0, -1):  # "ties between the Gulf states and which other country?": one part
        joined = re.search(re.escape(pieces[k - 1]) + r"[\s,]+and\s+" + re.escape(pieces[k].strip()), question)
        if joined and (
            _BETWEEN_OPEN.search(pieces[k - 1])
            and _BARE_NOUN_ASKED.fullmatch(pieces[k].strip())
            # "answers on how contagious and how dangerous the strain is": one clause of "how", not two questions
            or _EMBEDDED_HOW.search(pieces[k - 1])
            and pieces[k].lower().startswith("how ")
            # "On the question of basic freedoms and how citizens are treated, what ...": a fronted phrase asks nothing
            or k == 1
            and not _WH.search(pieces[0])
            and _FRONTED.match(pieces[0]) is not None
        ):
            pieces[k - 1 : k + 1] = [f"{pieces[k - 1]} and {pieces[k]}"]
    if len(pieces) > 1:  # "how many doses ..., which department would lead ..., and how much ...": three parts
        pieces = [q for p in pieces[:-1] for q in _listed_parts(p)] + pieces[-1:]
    out: list[str] = []
    for k, p in enumerate(pieces):
        if _BARE_WH.fullmatch(p.strip()) and k + 1 < len(pieces) and (m := _BARE_WH.match(pieces[k + 1].strip())):
            # "On what date and in which city were they due to meet?": "On what date were they due to meet?"
            out.append(p.strip()[:1].upper() + p.strip()[1:] + pieces[k + 1].strip()[m.end() :])
        elif out and _BARE_WH.fullmatch(bare := p.strip(" ?")) and (m := _BARE_WH.match(out[-1].strip())):
            # "When did Harris call Holness, and why?": "why did Harris call Holness?"
            out.append(bare + out[-1].strip()[m.end() :].rstrip(" ?") + "?")
        else:
            out.append(p)
    return out or [question]


def _part(text: str, drop: set[str]) -> Part:
    """One part; the words of a leading clause that says which meeting only describe what answers it."""
    # "the Angolan capital, Luanda": the city's name says it all (its country's word stays where it says more)
    topic = topic_terms(without_country_of_capital(text), drop)
    hints, asked = answer_hints(text, drop), asked_kinds(text)
    topic = tuple(t for t in topic if t not in source_words(text)) or topic  # "according to the readout of ..."
    if (asked_names := NAMES_ASKED.search(text)) and " the " not in asked_names.group(0):  # "What are their names?"
        topic = tuple(t for t in topic if t != "name")  # names asked for of those talked about: no topic
    if len(cities := capitals_named(text)) == 1:  # "the Croatian capital": a readout writes "Zagreb"
        topic = tuple(stem(cities[0]) if t == "capit" else t for t in topic)
    scene = scene_words(text, bool(asked))  # with nothing else to say what answers, the kind asked for does
    named = side_name_stems(text)
    if not any(t not in scene and t not in named for t in topic) and not _WHO_TOOK_PART.search(text):
        # the scene holds all the question asks about: what it is about stays the topic ("... call about chips"),
        # unless who took part is asked ("On the call about Russia's buildup, which leaders were on the line")
        scene = scene_words(text, bool(asked), whole=False)
    scene |= told_before(text, drop)  # "... about protesters choking off border bridges. What damage to firms ...?"
    main = () if asked and asks_only_the_kind(text, drop, scene) else tuple(t for t in topic if t not in scene)
    if (main or asked) and len(main) < len(topic):
        scened = tuple(t for t in topic if t in scene and t not in MEETING_STEMS)  # "In the April consultations"
        topic, hints = main, tuple(dict.fromkeys(hints + scened))
    if (told := _TOLD_AFTER_SCENE.search(text)) and not topic_terms(told.group(1), drop):
        # "... a governor whose state had just been hit by wildfires. What did the governor tell him": what that one
        # said, whatever it was about; the sentence before only says which meeting
        topic, hints = (), tuple(dict.fromkeys(hints + topic))
    if one := _WHICH_ONE.search(text):  # "... fell on an anniversary. Which one?": the anniversary is what answers
        thing = stem(one.group(1).lower())
        topic, hints = tuple(t for t in topic if t != thing) or topic, tuple(dict.fromkeys((*hints, thing)))
    return Part(text, answer_type(text), asked, topic, about_meeting(text), hints)


#: who or which countries took part asked ("which European countries' leaders were on the line with the President")
_WHO_TOOK_PART = re.compile(
    r"\b(?:who|whom|which)\b[^?,;]{0,60}?\b(?:were|was)\s+(?:on\s+the\s+(?:line|call)|present|in\s+the\s+room)\b"
    r"|\b(?:who|which)\b[^?,;]{0,60}?\b(?:took\s+part|joined|participated|attended)\b",
    re.I,
)
#: a sentence that sets the scene, then a question of what someone there said ("What did the governor tell him")
_TOLD_AFTER_SCENE = re.compile(
    r"[.;]\s+((?i:what)\s+(?i:did|had)\s+(?:the\s+|his\s+|her\s+)?[\w\-]+(?:\s+[\w\-]+)?\s+(?:tell|say|said|ask)\b[^.;?]*)\??$"
)
#: a thing said, then asked which it was ("It fell on an anniversary. Which one?")
_WHICH_ONE = re.compile(
    r"\ban?\s+(?:[a-z\-]+\s+)?([a-z\-]+)\s*[.;?]\s*(?i:which|what)\s+(?:one|was it|is it)\b"
    r"(?!\s+(?:about|for|on|over)\b)"
)


_QUALIFIER = re.compile(QUALIFIER, re.I)
#: what a question sets aside ("Apart from their dialogue on China, ..."); not "go beyond", which compares
#: (or, opening the question, "beyond": "Beyond Ukraine, when the Deputy Secretary saw Spain's ...")
_ASIDE = re.compile(rf"\b(?:{'|'.join(ASIDE_PHRASES)})\s+[^,?]+,?|^\s*beyond\s+[^,?]+,", re.I)

#: what befell a country, told as when the meeting was ("after Haiti's president was assassinated"): no side of it
_EVENT = re.compile(
    r"\b(?:after|before|following|once|as)\s+(?:[\w'\u2019.-]+\s+){1,5}?"
    r"(?:was|were|had been|has been)\s+[a-z]+(?:ed|en|wn)\b"
    # or done by someone, up to the clause's comma ("right after Moscow recognized the ... republics in eastern
    # Ukraine, Sherman phoned ...")
    r"|\b(?:right|just|shortly|soon)\s+(?:after|following)\s+(?:[A-Z][\w'\u2019.-]*\s+){1,3}[a-z]+ed\b[^,;?]*(?=,)"
)


def _titles(question: str) -> tuple[str, ...]:
    """The heads of offices a question names ("president", "minister"), lower-case, each once."""
    return tuple(
        dict.fromkeys(
            w.lower()
            for w in re.findall(r"[A-Za-z\-]+", question)
            if w.capitalize() in TITLE_HEADS and w.lower() not in ("general", "head", "member")
        )
    )


@functools.lru_cache(maxsize=512)
def analyse(question: str) -> Query:
    """The typed record of what ``question`` asks (see the module docstring); pure and immutable, so cached."""
    # "in Germany's capital": Berlin; "see eye to eye": agree; "on April 25, 2022, a day after the X call": that day
    if (plain := without_other_meeting(in_plain_words(capital_as_city(question)))) != question:
        return replace(analyse(plain), text=question)
    people, parties = names_in(question)
    parties = sorted([*parties, *neighbours(question)], key=lambda p: p[1])  # "a northern neighbor's premier"
    earlier = earlier_meeting(question)  # "... was a follow-up to a Biden-Xi call. When had that call taken place?"
    window = time_window(without_earlier(question, earlier))
    window = day_after_lead(question) or window  # "Following the summit in February 2022, ... on March 1"
    subject_start, subject_end = subject_span(question)
    meeting_parties, topic_parties, titled, office = party_sides(question, parties, subject_start, subject_end)
    # what the question sets aside ("Apart from their dialogue on China, what ...") says nothing of who met or how
    aside = [m.span() for m in (*_ASIDE.finditer(question), *_EVENT.finditer(question))]
    spared = {name for name, s, e in parties if any(a <= s < b for a, b in aside)}
    meeting_parties = [p for p in meeting_parties if p not in spared or p in topic_parties]
    # a name stays in the topic (it may be what the question is about: "the Artemis Accords"); the answerer
    # drops the names that turn out to be the meeting's participants. A place the meeting was held at is not.
    drop = _not_topic(question, window, parties, meeting_parties)
    titles = _titles(question)
    drop |= {fold(t) for t in titles}
    parts = _carry_topics([_part(t, drop) for t in split_parts(_QUALIFIER.sub("", question))])
    if told_of := date_beside_source(question).text:  # the day of something the readout tells of
        told = tuple(stem(w) for w in words(told_of))
        parts = tuple(replace(p, about_meeting=False, hints=tuple(dict.fromkeys(p.hints + told))) for p in parts)
    elif where := place_beside_source(question):  # the day of something the readout tells of, held elsewhere
        at = tuple(stem(w) for w in words(where))
        parts = tuple(
            replace(p, about_meeting=False, hints=tuple(dict.fromkeys(p.hints + at))) if p.answer_type == "date" else p
            for p in parts
        )
    meeting_people, topic_people = pin_to_source(question, *people_sides(question, people, subject_end))
    meeting_people, topic_people = (  # (a day known by name is the meeting's time: "around Bastille Day 2021")
        [n for n in ns if not a_day_of_its_time(n, window.text)] for ns in (meeting_people, topic_people)
    )
    if earlier:  # the earlier meeting's people are what the readout tells of, and its time and place what is asked
        meeting_people, topic_people, parts = _of_earlier(question, earlier, meeting_people, topic_people, parts)
    who = any(p.answer_type == "person" for p in parts)
    held_at = meeting_place(before_earlier(question, earlier)) or met_in_country(question, parties, meeting_people, who)
    meeting_parties, titled, office = ([p for p in ps if p != held_at] for ps in (meeting_parties, titled, office))
    return Query(
        text=question,
        people=tuple(meeting_people),
        topic_people=tuple(topic_people),
        parties=tuple(dict.fromkeys(meeting_parties)),
        titled_parties=tuple(dict.fromkeys(titled)),
        office_parties=tuple(dict.fromkeys(office)),
        place=held_at,
        principal=principal_office(question),
        # the issuing government is in every readout: never a topic
        topic_parties=tuple(dict.fromkeys(p for p in topic_parties if p != "United States")),
        titles=titles,
        window=window,
        meeting_kind=meeting_kind(_ASIDE.sub(" ", _QUALIFIER.sub("", before_earlier(question, earlier)))),
        parts=parts,
        list_intent=any(p.answer_type in ("list", "count") for p in parts),
        count_intent=any(p.answer_type == "count" for p in parts),
        compare=compares(question, meeting_people, meeting_parties, _WH),
        about_meetings=asks_about_meetings(question),
    )


def _of_earlier(question: str, earlier: tuple[int, int], people: list[str], told_of: list[str], parts):
    """The people who met (named before the earlier meeting the question tells of), the people told of (with the
    earlier meeting's), and the parts, each date or place one asking that of the earlier meeting."""
    told = tuple(stem(w) for w in words(question[slice(*earlier)]))
    met = [p for p in people if 0 <= question.find(p) < earlier[0]]
    # of several parts, those that point back to it or name none who met ("... that call, and in which city did
    # Sullivan and Yang meet?": the second asks of their meeting; "Where was that meeting held, and on what date?")
    back = pointer(question)
    parts = tuple(
        replace(p, about_meeting=False, hints=tuple(dict.fromkeys(p.hints + told)))
        if p.answer_type in ("date", "place")
        and (len(parts) == 1 or back in p.text or not any(m in p.text for m in met))
        else p
        for p in parts
    )
    return met, [*told_of, *(p for p in people if p not in met)], parts


#: "Harris met both President Marcos and Vice President Sara Duterte ...": a meeting with each
MET_BOTH = re.compile(
    r"\b(?:met|meet|called|call|spoke (?:with|to)|talked (?:with|to)|phoned|hosted|saw|see|visited)\s+both\b", re.I
)


def met_both(query: Query) -> bool:
    """ "Biden phoned both Lapid and Aoun ...": two or more counterparts met one by one (when no one meeting has
    them all, a comparison: one meeting each)."""
    others = len(query.people) >= 3 or len(set(query.parties) - {"United States"}) >= 2
    return others and MET_BOTH.search(query.text) is not None


#: a later part of only a "what ..." and its preposition ("Which summit were they getting ready for, and on what
#: topics?"): what it asks is asked of the part before it
_ELLIPTICAL = re.compile(
    r"(?:and\s+)?(?:(?:on|about|for|with|in|over|at|by|to|from)\s+)?(?:what|which)\s+[a-z]+(?:\s+[a-z]+)?\s*\??", re.I
)


#: "they" as who did it ("what did they promise each other"): the meeting's sides, not a topic named before
_SUBJECT_THEY = re.compile(r"\b(?:did|do|does|were|was|had|have|would|will|could|can|should)\s+they\b", re.I)


def _carry_topics(parts: list[Part]) -> tuple[Part, ...]:
    """A later part that names its topic only by a pronoun ("... the Haiti mission, and who will lead it?") or
    not at all ("..., and on what topics?") takes the topic of the part before it; a later part that asks again
    what an earlier one asked of the meeting (its place, its date) asks it of what the meeting was about."""
    out: list[Part] = []
    for p in parts:
        if (
            out
            and not p.topic
            and not p.about_meeting
            and not out[-1].about_meeting
            and out[-1].answer_type != "person"  # "which two advisers ..., and what did he reiterate to them": people
            and (
                re.search(r"\b(?:it|its|this|that|them|they)\b", _SUBJECT_THEY.sub(" ", p.text), re.I)
                or _ELLIPTICAL.fullmatch(p.text.strip())
            )
        ):
            p = Part(p.text, p.answer_type, p.kinds, out[-1].topic, p.about_meeting, p.hints)
        if p.about_meeting and p.topic and any(q.about_meeting and q.answer_type == p.answer_type for q in out):
            # "Where did they meet, and where did they talk about widening humanitarian access?": the meeting's
            # place is asked once; the second "where" is about something said
            p = Part(p.text, p.answer_type, p.kinds, p.topic, False, p.hints)
        out.append(p)
    return tuple(out)


#: which of the meetings a question compares a part is of ("in the first", "in the latter"), and the word that opens
#: a question over them ("Across her two calls ...")
_WHICH_OF_THEM = re.compile(
    r"\bin\s+the\s+(first|second|third|former|latter)(?:\s+(?:one|call|meeting|visit|readout))?\s*(?=[?,;]|$)"
    r"|^\s*(across)\b",
    re.I,
)


#: a meeting said to have been held for something ("what subject was that meeting convened to take up"): its verb
_CONVENED_FOR = re.compile(
    r"\b(?:meetings?|calls?|sessions?|talks|visits?|conversations?|ministerials?|summits?|conferences?|gatherings?)\s+"
    r"(?:[\w\-]+\s+){0,10}?(convened|held|called|arranged)\s+(?:to|for)\b",
    re.I,
)


def _not_topic(question: str, window: TimeWindow, parties, meeting_parties) -> set[str]:
    """Words of a question that never make its topic: its time, where the meeting was, the meeting's
    countries, offices, the issuing government and who issued the readouts."""
    drop = {fold(w) for w in (*window.text.split(), *words(window.text))} | time_words(question)  # "late-June"
    drop |= {fold(w) for m in ISSUER_OF_READOUTS.finditer(question) for w in words(m.group(1) or m.group(2))}
    drop |= {m.group(0).rstrip(".").lower() for m in re.finditer(SHORT_MONTH_DAY, question)}  # "Oct 4": a date
    for where in re.findall(
        r"\b(?:meeting|met|meet|call|summit|visit|talks|saw|see|praised|visited|stop|trip|stay|"
        r"travels?|trilateral|bilateral|multilateral|dialogue|sidelines)\s+(?:\w+\s+){0,3}?(?:in|at|"
        r"(?<=visited )|(?<=visited the ))\s*(?:the\s+)?"
        r"([A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)*)",
        question,
    ):
        drop |= {fold(w) for w in where.split()}
    drop |= {fold(w) for name, s, e in parties if name in meeting_parties for w in question[s:e].split()}
    drop |= {"minister", "ministers", "president", "secretary"} | title_words(question)
    # "Across her two calls with Macron, what ... in the first, and what ... in the second?": which call, no topic
    drop |= {fold(m.group(1) or m.group(2)) for m in _WHICH_OF_THEM.finditer(question)}
    drop |= {fold(m.group(1)) for m in _CONVENED_FOR.finditer(question)}  # "was that meeting convened to take up"
    if ONE_ON_ONE.search(question):  # "her one-on-one calls": how they met, not a topic
        drop |= {"one", "on"}
    for left in GROUP_MEETINGS_COUNTED.finditer(question):  # "leaving out group calls", "counting group meetings"
        drop |= {fold(w) for w in left.group(0).split()}
    return drop | {"united", "states", "u.s", "us", "american", "americans"}
