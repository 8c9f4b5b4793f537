"""What a part of a question is about: its topic (stemmed content words) and the words that only describe the
answer ("which war-legacy program"). Pure functions.
"""

from __future__ import annotations

import re

from ..text.lexicon import (
    CALENDAR,
    GENERIC,
    JOINED_PARTICLES,
    OBJECT_KINDS,
    QUESTION_WORDS,
    STANCE_VERBS,
    STOPWORDS,
    TIME_MODIFIERS,
    TITLE_HEADS,
)
from ..text.names import find_parties
from ..text.place_words import REGION_ADJECTIVES
from ..text.question_words import (
    ABOUT_SUFFIXES,
    ANSWER_CATEGORIES,
    ASIDE_PHRASES,
    ASKED_KINDS,
    AUXILIARIES,
    AUXILIARY,
    CLOSING_ASKED,
    CLOSING_WORDS,
    MEETING_TALK,
    NO_TOPIC,
    OFFICE_FIELDS,
    OFFICE_HEADS,
    QUESTION_OPENERS,
    SCENE_MEETING_WORDS,
    TOPIC_PREPOSITIONS,
)
from ..text.tokenize import stem, words
from .phrase_words import phrase_words
from .source_clause import SOURCE_CLAUSE as _SOURCE_CLAUSE
from .statement_asked import WH_LATER, WH_NP_END
from .time_phrases import named_days

#: "beyond" as "besides" ("which refugee groups beyond Ukraine"), not after a word of reaching ("a pact on exploring
#: beyond Earth", "extend beyond its borders", "go beyond", "the lunar surface and beyond")
BEYOND_BESIDES = (
    r"(?<!explore )(?<!exploring )(?<!exploration )(?<!reach )(?<!reaching )(?<!extend )(?<!extends )(?<!extending )"
    r"(?<!go )(?<!goes )(?<!going )(?<!went )(?<!and )(?<!extended )(?<!reached )(?<!far )(?<!well )(?<!way )beyond"
)
_FOCUS = re.compile(
    r"\b(?:what|which|who|whom|whose|when|where|why|how|did|does|do|was|were|is|are|has|have|had|can|"
    r"could|will|would|list|name|find|count|compare|contrast)\b",
    re.I,
)


#: a long leading clause, commas and all, up to the comma (or dash) a question word follows ("When the president
#: hosted the chair ... in early February 2022, ahead of naming a nominee, whose advice ...?", "When Biden phoned
#: Trudeau - his first call abroad - what did ..."; not "when he held ...", a clause of the lead: "At the end of ...")
#: an event asked by its margins ("..., on the sidelines of which regional summit did they gather?")
_MARGINS_OF = r"(?:the\s+(?:sidelines|margins|fringes)\s+of\s+)"
_LONG_LEAD = re.compile(
    r"^(?:when|where|as|after|before|while|during|in|at|on|since|according to)\b"
    rf"(?!\s+(?:{AUXILIARY})\b)[^?]{{3,240}}?(?:,|\s[\-\u2013\u2014])\s*(?=(?:(?:for|from|to|with|by|in|on|at|of|about|"
    rf"through|via)\s+{_MARGINS_OF}?)?(?:what|which|who|whom|whose|why|how|(?:when|where)\s+(?:{AUXILIARY})\b))",
    re.I,
)


def focus(part: str) -> str:
    """The part from the word that asks on: a leading clause ("When Biden and Macron talked, what did they
    say ...", "In his June call with Yang, what did ...") is left out."""
    p = part.strip()
    for _ in range(2):  # (a lead after what is set aside: "Beyond Ukraine, when the Deputy Secretary saw ..., what")
        lead = _LONG_LEAD.match(p) or re.match(
            r"^(?:when|where|as|after|before|while|during|in|at|on|by|since|apart from|besides|beyond|according to)"
            rf"\b(?!\s+(?:{AUXILIARY})\b)[^,?]{{3,120}},\s*",  # ("When did they meet Sharansky, who chairs": asks)
            p,
            re.I,
        )
        asks_first = re.match(r"(?:in|at|on|by|since|during)\s+(?:what|which)\b", p, re.I)  # "On what dates is"
        if lead and not asks_first and _FOCUS.search(p[lead.end() :]):
            p = p[lead.end() :]
    # "Senior diplomats met a ... who had to flee - how did ...": the question after the dash; a sentence told first
    if (asks := list(_ASKS_AFTER_BREAK.finditer(p))) and (not _FOCUS.match(p) or _TOLD.search(p[: asks[-1].start()])):
        p = p[asks[-1].end() :]
    m = _FOCUS.search(p)
    if m and m.start() > 0 and m.group(0).lower() in AUXILIARIES and (wh := WH_LATER.search(p, m.end())):
        m = wh  # a statement asked at its end ("The roundtable was timed to which anniversary?"): what it asks
    return p[m.start() :] if m else p


_TOLD = re.compile(r"(?:[a-z0-9]{2}|[A-Z]{2})[.!]$")  # a sentence's end after a word, figure or "OSCE" (not "U.S.")
#: a dash, a colon or a sentence's end, then a word that asks: where the question itself starts
_ASKS_AFTER_BREAK = re.compile(
    r"(?:\s[\u2014\u2013-]+\s|:\s|(?<=[a-z0-9][.!])\s+|(?<=[A-Z]{2}[.!])\s+)"  # (or after "the OSCE.", not "U.S.")
    # "... as a follow-up to a Biden-Xi call. On what date had that call taken place?": "on" asks too
    r"(?=(?:(?:on|in|at|by|from|for|with|to|during|since|until)\s+)?(?:what|which|who|whom|whose|when|where|why|how)\b)",
    re.I,
)


_WH_NP = re.compile(
    r"^\s*(?:which|what|whose|how many|how much)\s+(?:(?:kinds?|types?|sorts?)\s+of\s+)?((?:[\w\-']+\s+){0,4}?)"
    r"(?=(?:did|does|do|was|were|is|are|has|have|had|will|would|could|can)\b)",
    re.I,
)
#: the same phrase as the subject of what happened ("what economic issue came up")
_WH_NP_SUBJECT = re.compile(_WH_NP.pattern.replace("can)", "can|came|come|comes|arose|surfaced|featured)"), re.I)


def _wh_phrase(focused: str) -> re.Match | None:
    """The phrase after the question word, as object ("what Chilean effort did ...") or, unless it names a
    share of something ("which fields of cooperation came up"), as subject ("what economic issue came up")."""
    return _WH_NP.match(focused) or (None if _SHARE_OF.match(focused) else _WH_NP_SUBJECT.match(focused))


#: an office written in lower case ("South Africa's national security advisor", "the defense ministers", "the
#: Swedish head of government", "the Secretaries of State and Defense"): who
_OFFICE = re.compile(
    rf"\b(?:(?:White\s+House\s+)?(?:{'|'.join(OFFICE_FIELDS)})\s+(?:{'|'.join(sorted(OFFICE_HEADS))})|heads?\s+of\s+(?:state|government)|"
    rf"secretar(?:y|ies)\s+of\s+(?:state|{'|'.join(OFFICE_FIELDS)})(?:\s+and\s+(?:state|{'|'.join(OFFICE_FIELDS)}))?)\b",
    re.I,
)


def _office_words(part: str) -> set[str]:
    """The words of the offices a part writes in lower case (with "White House" before one) that it does not also
    use for anything else ("energy security with the energy minister": "minister" only)."""
    return {w for m in _OFFICE.finditer(part) for w in words(m.group(0))} - set(words(_OFFICE.sub(" ", part)))


_EXCEPT = re.compile(rf"\b(?:{'|'.join(ASIDE_PHRASES)}|{BEYOND_BESIDES})\s+[^,?]+,?", re.I)


def _described(noun_phrase: str) -> str:
    """The part of the question's noun phrase that describes the answer, not what it is about: "message on
    Taiwan" -> "message" (Taiwan is the topic)."""
    return re.split(r"\b(?:on|about|regarding|concerning|over|toward|towards|for)\b", noun_phrase, maxsplit=1)[0]


def descriptor_words(part: str) -> set[str]:
    """Words that describe the answer rather than say what the readout must state: the noun phrase after the
    question word ("Which Middle Eastern country did ...", "What continental post was ...") and what the
    question sets aside ("Besides Russia and Ukraine, ...")."""
    f = focus(part)
    out: set[str] = set()
    m = _wh_phrase(f)
    if m:
        out |= set(words(_described(m.group(1))))
    for e in _EXCEPT.finditer(part):
        out |= set(words(e.group(0)))
    if share := _SHARE_OF.match(f):  # "what parts of Greece's backing for Ukraine": which of it, not a topic
        out.add(share.group(1).lower())
    if size := re.match(r"\s*how\s+(?:big|large)\s+an?\s+(sum|amount|figure|number)\b", f, re.I):  # "how big a sum"
        out.add(size.group(1).lower())
    if reply := _IN_REPLY.search(part):  # "what commitment did Biden emphasize in response?": to what was just said
        out |= set(words(reply.group(0)))
    if closing := CLOSING.search(part):  # "Closing her call with Ali, ...": where in the readout, no topic
        out |= set(words(closing.group(0))) & CLOSING_WORDS
    return out


#: a question about the close of the meeting (``qa/closing.py`` reads its closing sentences)
CLOSING = re.compile(CLOSING_ASKED, re.I)
_IN_REPLY = re.compile(r"\bin (?:response|reply|return|turn)\s*[?.]?\s*$", re.I)


_SHARE_OF = re.compile(
    r"\s*(?:which|what)\s+(parts?|aspects?|elements?|areas?|pieces?|portions?|forms?|fields?|sectors?|domains?)\s+of\b",
    re.I,
)


def answer_hints(part: str, drop: set[str]) -> tuple[str, ...]:
    """The stemmed content words of the phrase that describes the answer ("war legacy program" of "Which
    war-legacy program did ..."), without the generic ones ("country", "official") and the excluded ones."""
    f = focus(part)
    share = _SHARE_OF.match(f)  # "which fields of cooperation came up": the fields describe the answer
    # (or a statement asked at its end: "The roundtable was timed to which anniversary?")
    if not (m := _wh_phrase(f) or (None if _FOCUS.match(part.strip()) else WH_NP_END.match(f))):
        return (stem(share.group(1).lower()),) if share else ()
    excluded = set()
    for e in _EXCEPT.finditer(part):
        excluded |= set(words(e.group(0)))
    out = []
    for w in words(_described(m.group(1))):
        if (
            w in STOPWORDS
            or w in QUESTION_WORDS
            or w in GENERIC
            or w in MEETING_TALK
            or w in CALENDAR
            or w in drop
            or w in excluded
            or w in ANSWER_CATEGORIES
            or len(w) < 3
        ):
            continue
        out.append(stem(w))
    return tuple(dict.fromkeys(out))


#: the words that open a question, never a name's ("... from the U.S. What did he say?")
_ASKING = sorted(w.capitalize() for w in QUESTION_OPENERS)
#: a name of several capitalised words, perhaps joined by "for", "of", "on" or "to" ("the Summit for Democracy",
#: "the Summit of the Americas", "New START", "the U.S.-Jamaica Strategic Dialogue", "the Call to Action")
_NAME_PHRASE = re.compile(  # (a first word's full stop only of initials or "St.": "Congress. How big ..." is two
    # sentences, and so is "... from the U.S. What did he say?")
    r"(?<![\w\-.])(?:[A-Z](?:\.[A-Z])*\.(?:-[\w\-]+)?|(?:St|Mt|Ft)\.|[A-Z][\w\-]*)"
    rf"(?:\s+(?:(?:for|of|on|to)\s+(?:the\s+)?)?(?!(?:{'|'.join(_ASKING)})\b)[A-Z][\w\-]*)+"
)


def name_phrase_words(part: str, heads: bool = True) -> set[str]:
    """Words that belong to a name of several capitalised words rather than say how a question asks: in "the
    Summit for Democracy", "summit" is the name's, not a kind of meeting. Not the question's opening word, not
    a title ("President Biden"), not a month. Without ``heads``, not a name's last word either: "the Strategic
    Dialogue" is a dialogue, "the Call to Action" no call."""
    out: set[str] = set()
    for m in _NAME_PHRASE.finditer(part):
        before = part[: m.start()].rstrip()
        run = m.group(0).split()
        if not before or before.endswith((".", "?", "!", ":")):
            run = run[1:]  # the sentence's first word is capitalised anyway
        caps = [w for w in run if w[:1].isupper()]
        if len(caps) < 2 or any(w in TITLE_HEADS for w in caps):
            continue
        out |= {w.lower() for w in caps if w.lower() not in CALENDAR and (heads or w != run[-1])}
    return out


_EVENT_LEAD = re.compile(r"^(?:after|following|before|in the wake of)\b[^,?]{3,120},\s*", re.I)


def _lead_words(part: str) -> set[str]:
    """Words of a leading clause that only sets the time ("After the missile strikes near Erbil, what did they
    agree on?"): what is asked comes after it."""
    lead = _EVENT_LEAD.match(part.strip())
    if lead and _FOCUS.search(part.strip()[lead.end() :]):
        return set(words(lead.group(0)))
    return set()


_SCENE = re.compile(
    r"^(?:when|while|during|as|ahead of|after|following|at|in|on|for)\b[^?]{3,160}?[,:]\s*"
    # (or an event asked by its margins: "..., on the sidelines of which regional summit did they gather")
    rf"(?=(?:(?:for|from|to|with|by|in|on|at|of|about)\s+{_MARGINS_OF}?)?"
    r"(?:what|which|who|whom|whose|when|where|why|how|did|does|do|was|were|is|are|has|have|had)\b)"
    # or a whole sentence that sets the scene before the one that asks ("Gantz met Blinken and Sullivan on June 3,
    # 2021. How did each readout ...?", "... and Wendy Sherman the following day. Compare ...")
    r"|^[^?]{10,300}?(?<!\b[A-Z])(?<!\bDr|\bMr|\bMs|\bSt)\.\s+"
    # (the question may open with what it sets aside: "... Apart from voicing support for that kingdom, what ...")
    r"(?=(?:(?:apart from|aside from|besides|other than|beyond)\b[^?.]{0,80},\s*)?"
    r"(?:what|which|who|whom|whose|when|where|why|how|did|does|do|was|were|is|are|has|have|had|compare|contrast)\b)",
    re.I,
)
_A_DAY = re.compile(  # a time told by what befell on it ("On the day Moscow ...", "On February 21, 2022, the day")
    r"(?:on|in)\s+(?:[A-Z][a-z]+\.?\s+\d{1,2},?\s+(?:\d{4},?\s+)?)?the\s+(?:day|days|week|morning|evening|eve|night)\b",
    re.I,
)
MEETING_WORD = re.compile(rf"\b(?:{'|'.join(SCENE_MEETING_WORDS)})\b", re.I)
MEETING_STEMS = frozenset(stem(w) for w in SCENE_MEETING_WORDS)
#: a closing clause that says which meeting: "..., when she hosted him for breakfast in July 2022?"
SCENE_AFTER = re.compile(
    rf"(?<=\w)\s*,?\s+(?:when|while|during)\s+(?=[^?]*\b(?:{'|'.join(SCENE_MEETING_WORDS)})\b)(?:[^?,]|,\s*\d{{4}}\b){{3,120}}"
    # and what it adds after a comma: "..., when they met in Brussels in April 2022, before the dialogue on China?"
    r"(?:,\s+(?:before|after|ahead of|on the eve of|following|just before|just after)\b[^?,]{3,100})?\??$",
    re.I,
)
#: where a scene clause turns to its topic: "during their call about semiconductors" (not "called on Kishida")
_ON_NOT_CALLED = r"(?<!call\s)(?<!called\s)(?<!calling\s)on"
_TOPIC_TURN = re.compile(rf"\b(?:{'|'.join(p if p != 'on' else _ON_NOT_CALLED for p in TOPIC_PREPOSITIONS)})\b", re.I)


def leading_clause(p: str) -> re.Match | None:
    """A clause before the question's focus ("When Biden met civil rights leaders in September 2022, which laws
    ...", "On climate, what ..."): what it says is for the caller to judge."""
    lead = _SCENE.match(p)
    return lead if lead and _FOCUS.search(p[lead.end() :]) else None


def scene_words(part: str, asked: bool = False, whole: bool = True) -> set[str]:
    """Words of a leading clause that says which meeting ("When Biden met civil rights leaders in September 2022,
    which laws came up ...", "While the ambassador was visiting refugee camps, ..."): the readout states them,
    the answering sentence need not. A clause leads so only with a word of meeting ("In his call with Kadhimi,
    ..."; "On climate, what did they agree?" leads with its topic); without ``whole``, only up to a word that
    turns to a topic ("during their call about semiconductors"). A closing clause of meeting is one when
    ``asked`` (the part asks for a kind of statement)."""
    p = part.strip()
    if lead := leading_clause(p):
        # "On climate, ...", "When it comes to climate, ..." lead with a topic; "On the day of Russia's attack" a time
        if not MEETING_WORD.search(lead.group(0)) and not _A_DAY.match(lead.group(0)):
            return set()
        clause = lead.group(0)
    elif asked and (tail := SCENE_AFTER.search(p)):
        # "What did they agree to look into when she hosted him for breakfast?": with a kind of statement asked
        # for, the kind says what answers ("Did privacy come up when they met on abortion rights?" asks of both)
        clause = tail.group(0)
    else:
        return set()
    # "during their call about semiconductors" (the clause's own first word, "On the day ...", turns to none); a
    # whole sentence before the question always turns ("Biden phoned Lapid and Aoun about the maritime deal.")
    sentence = clause.rstrip().endswith(".")
    # an event the meeting is dated by ("..., before the U.S.-EU dialogue on China") is all scene, names and all
    own, *dated_by = _DATED_BY.split(clause, maxsplit=1)
    if (not whole or sentence) and (turn := _TOPIC_TURN.search(own, len(own.split()[0]))):
        own = own[: turn.start()]
    # its names stay in the topic: the answerer drops those of the meeting's participants
    # (not a region's adjective that describes someone met: "an Asian president-elect", "a Middle Eastern kingdom")
    # ("Late in December 2022 the president phoned ...": a first word that only opens the clause is no name)
    first = own.split(maxsplit=1)[0] if own.split() else ""
    opener = first.lower() in TIME_MODIFIERS or first.lower() in STOPWORDS
    names = set(words(" ".join(re.findall(r"\b[A-Z][\w\-]*", _REGION_ADJECTIVES.sub(" ", own[len(first) * opener :])))))
    return {stem(w) for w in words(own) if w not in names} | {stem(w) for w in words(" ".join(dated_by))}


#: a whole sentence before the one that asks ("In mid-February 2022 the President rang ... about protesters choking
#: off border bridges. What damage ...?")
_SCENE_SENTENCE = re.compile(
    r"^[^?]{10,300}?(?<!\b[A-Za-z])(?<!\bDr|\bMr|\bMs|\bSt|\bLt|\bNo|\bJr|\bSr|\bvs)"
    r"(?<!\bMrs|\bGen|\bGov|\bSen|\bRep|\bRev|\bCol|\bAdm|\bAmb|\betc)(?<!\bCmdr|\bProf)\.\s+(?=[A-Z][^.?]*\?\s*$)"
)


def scene_sentence(part: str) -> re.Match | None:
    """A whole sentence before the one that asks ("In June 2021 the Secretary phoned ... . What did ...?")."""
    return _SCENE_SENTENCE.match(part)


_TOP_DIPLOMAT = re.compile(r"\b(?:top|chief)\s+(diplomats?)\b", re.I)
#: an illustration of what a list asks for ("(for example science or monitoring)", "for instance past investment")
_FOR_EXAMPLE = re.compile(r"\b(?:for\s+example|for\s+instance|e\.g\.)[^?;),]*", re.I)  # (to a comma: "..., and")
_LISTED = re.compile(r"\b(?:which|what)\s+readouts?\b|\bhow\s+many\b|\blist\b", re.I)
_COMPARED = re.compile(r"\b(?:differ|compare|contrast|change|shift|evolve|alike|similar)", re.I)


def told_before(part: str, drop: set[str]) -> set[str]:
    """The topic words only a sentence before the question holds, when that sentence tells of a meeting and the
    question names three or more things of its own ("... rang the prime minister about protesters choking off border
    bridges. What damage to firms and workers did he describe?": the blockade says which call, the damage what
    answers), and lists and compares nothing; none otherwise."""
    scene = _SCENE_SENTENCE.match(part)
    if not scene or _COMPARED.search(part, scene.end()):  # (what meetings compared share is what they are compared on)
        return set()
    if not MEETING_WORD.search(scene.group(0)) or _LISTED.search(part, scene.end()):
        return set()  # "My report is on Africa. Which readouts ...": a condition, not a meeting told of
    own = set(topic_terms(part[scene.end() :], drop))
    return set(topic_terms(part[: scene.end()], drop)) - own if len(own) >= 3 else set()


def source_words(part: str) -> set[str]:
    """Stems of a clause that says which readout answers ("..., according to the readout of Biden's call with
    the Gulf Coast governors?"): which meeting, names and all; not what it said."""
    return {stem(w) for m in _SOURCE_CLAUSE.finditer(part) for w in words(m.group(1))}


_REGION_ADJECTIVES = re.compile(rf"\b(?:an?|the)\s+(?:[a-z\-]+\s+)?(?:{'|'.join(REGION_ADJECTIVES)})\b")
#: "what was the length of the national security adviser's phone conversation with ...": how long a meeting lasted
LENGTH_OF_MEETING = re.compile(
    r"\b(?:length|duration) of (?:the|their|his|her) "
    r"(?:(?!(?:during|at|in|on|with|of|about|for|to|and|by|from|after|before)\b)[\w'\u2019.\-]+ ){0,5}?"
    r"(?:call|meeting|conversation|talks|discussion|session)s?\b",
    re.I,
)
#: strikes by missiles, rockets, drones or aircraft ("Tehran's projectile strikes"): attacks
_STRIKES_FROM_AFAR = re.compile(r"\b(?:missile|rocket|projectile|drone|air|artillery)\s+strikes?\b", re.I)
#: someone described by a region and an office ("a North African head of state"): whom they met, which the
#: readout says by name and country, not what it is about
_REGION_PERSON = re.compile(
    rf"\b(?:an?|the|which|what)\s+(?:(?:North|South|East|West|Central)(?:ern)?\s+)?(?:{'|'.join(REGION_ADJECTIVES)})\s+"
    r"(?:head of (?:state|government)|leader|president|prime minister|king|monarch|ruler|counterpart)\b",
    re.I,
)
#: (with or without a comma: "When Blinken called on Kishida in July 2022 after Abe Shinzo's assassination, ...")
_DATED_BY = re.compile(r",?\s+(?:before|after|ahead of|on the eve of|following|just before|just after)\b", re.I)


#: contacts between people: their meetings, not a topic ("people-to-people exchanges" stays one)
_CONTACTS = re.compile(
    r"\b(exchanges?|contacts?|interactions?|engagements?|dealings|encounters?)\s+between\b|"
    r"\b(?:his|her|their|its)\s+(exchanges?|contacts?|interactions?|engagements?|dealings|encounters?)\s+with\b",
    re.I,
)


def _of_people(after: str) -> bool:
    """Whether what follows "exchanges between" / "contacts with" names people, not countries."""
    head = after[:60]
    return bool(re.match(r"\s+(?:[A-Z][\w.\-'\u2019]*\s+){0,3}[A-Z]", head)) and not find_parties(
        head.split(" and ")[0]
    )


#: "what did they settle on", "settled upon": what the sides agreed (not "settling the dispute", a thing talked of)
SETTLED_ON = re.compile(r"\bsettle\s+(?:on|upon)\b", re.I)  # (not "settlers who settled on the land")
#: "did the President credit him (personally) with anything": thanks or praise given, or a part noted (not "credits")
CREDITED = re.compile(
    r"\bcredit(?:ed|s|ing)?\s+(?:him|her|them|it|(?:the|his|her|their|its)\s+[\w\-]+|[A-Z][\w\-]+)"
    r"(?:\s+personally)?\s+(?:with|for)\b"
)
#: "what did they jointly conclude": what both sides agreed (what one side concluded is its judgement)
CONCLUDED_TOGETHER = re.compile(r"\b(?:jointly|together|both)\s+conclud\w*|\bconclud\w*\s+together\b", re.I)
#: the light verb of "looked forward to working with him on ...": what follows says what, the verb nothing
_FORWARD_VERBS = r"working|continuing|collaborating|cooperating|partnering"
_FORWARD_TO = re.compile(rf"\blook(?:s|ed|ing)?\s+forward\s+to\s+({_FORWARD_VERBS})\b", re.I)

#: a question that asks what was looked forward to, and nothing more ("... they were looking forward to?")
_FORWARD_ASKED = re.compile(
    rf"\blook(?:s|ed|ing)?\s+forward\s+to(?:\s+(?:{_FORWARD_VERBS}))?"
    r"(?:\s+with\s+(?:him|her|them|[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)*))?(?:\s+on)?"
    r"(?:\s+(?:in|on|during|at|when)\b[^?]*)?\s*\??\s*$",  # ("... in their June 2022 call?")
    re.I,
)


#: a verb of stance before a noun of kind ("express appreciation", "conveyed her condolences"): how, not what
_KIND_NOUNS = ASKED_KINDS.keys() | OBJECT_KINDS
_STANCE_TAKING = re.compile(rf"\b({'|'.join(sorted(STANCE_VERBS))})\s+((?:her|his|their|its|our)\s+)?(\w+)", re.I)


def _only_within(pattern: re.Pattern, part: str, group: int = 0) -> set[str]:
    """The words (lower case) of ``pattern``'s matches in ``part`` (of their ``group``) that the rest of the part
    does not also use."""
    held = {w.lower() for m in pattern.finditer(part) for w in words(m.group(group))}
    return held - {w.lower() for w in words(pattern.sub(" ", part))}


#: whom a side received, asked ("Who was the foreign minister Sherman received in Washington?"): who met, no topic
_WHOM_RECEIVED = re.compile(r"^\s*(?:who|whom)\b[^?]*?\b(receiv(?:e|es|ed|ing))\b", re.I)


#: the second half of a compound that only says "about" ("Afghanistan-related talks", "COVID-linked aid"): no term
_ABOUT_COMPOUND = re.compile(rf"\w-({'|'.join(ABOUT_SUFFIXES)})\b", re.I)


#: a meeting by how many sides it had ("the three-way phone call")
_N_WAY = re.compile(r"\b(two|three|four|five|six)[- ]way\b", re.I)


def topic_terms(part: str, drop: set[str]) -> tuple[str, ...]:
    """The stemmed content words of a part that say what it is about (its names, meeting talk, and the words
    that only describe the answer removed)."""
    out = []
    drop = drop | descriptor_words(part) | _lead_words(part) | _office_words(part)
    drop |= {m.group(1).lower() for m in _FORWARD_TO.finditer(part)}  # "looked forward to working with him on"
    # ("shared" only with a possessive: "shared concerns about Iran" is what was said)
    stances = [m for m in _STANCE_TAKING.finditer(part) if m.group(2) or not m.group(1).lower().startswith("shar")]
    drop |= {m.group(1).lower() for m in stances if {w := m.group(3).lower(), stem(w)} & _KIND_NOUNS}
    drop |= phrase_words(part)  # "on the table", "as well", "how long"
    if _LISTED.search(part):  # "..., for example as the place where a meeting was held": an illustration, no term
        drop |= _only_within(_FOR_EXAMPLE, part)  # (its words that ask nothing else)
    else:  # ("Which readouts record Sullivan calling an African head of state?": a condition)
        drop |= {w.lower() for m in _REGION_PERSON.finditer(part) for w in words(m.group(0))}  # "a North African head"
    drop |= {"length", "duration"} if LENGTH_OF_MEETING.search(part) else set()  # how long it lasted, no topic
    drop |= {w.lower() for m in _WHOM_RECEIVED.finditer(part) for w in words(m.group(1))}  # "Who ... she received"
    drop |= _only_within(_TOP_DIPLOMAT, part, 1)  # a foreign minister, not "a U.S. diplomat"
    drop |= _only_within(_ABOUT_COMPOUND, part, 1)  # "Afghanistan-related": about Afghanistan
    drop |= _only_within(_N_WAY, part, 1)  # "the three-way call": how many met, no topic
    # "what did they settle on", "jointly conclude", "credit him with": the kind asked for, not what it is about
    asking = (*SETTLED_ON.finditer(part), *CONCLUDED_TOGETHER.finditer(part), *CREDITED.finditer(part))
    drop |= {
        w.lower() for m in asking for w in m.group(0).split() if w.lower().startswith(("settl", "conclud", "credit"))
    }
    # "exchanges between Sullivan and Doval" (people: their meetings), not "... between the two countries"
    drop |= {(m.group(1) or m.group(2)).lower() for m in _CONTACTS.finditer(part) if _of_people(part[m.end() :])}
    named = named_days(part)
    in_name = name_phrase_words(part)
    for w in words(part):
        if w in in_name and w not in drop and not w.isdigit():
            out.append(stem(w))
            continue
        if (
            w in STOPWORDS
            or w in QUESTION_WORDS
            or w in GENERIC
            or w in MEETING_TALK
            or (w in CALENDAR and w not in named)
            or w in drop
            or w.isdigit()
            or len(w) < 2
            or w in JOINED_PARTICLES  # "al" of "al-Kadhimi": part of a name
            or w in NO_TOPIC  # "credit him personally": how, not what; "among"
        ):
            continue
        s = stem(w)
        if s in ASKED_KINDS or s in drop:
            continue
        out.append(s)
    if _STRIKES_FROM_AFAR.search(part) and not _LISTED.search(part):  # "Tehran's projectile strikes": attacks
        out = ["attack" if t == "strike" else t for t in out]
    if _FORWARD_ASKED.search(part):  # "what did they say they were looking forward to?": that is the topic
        out.append("forward")
    out += ["follow"] * bool(re.search(r"\bfollowing[- ]up\b", part, re.I))  # "what was it following up on"
    return tuple(dict.fromkeys(out))


# a meeting only planned or talked about is the topic, not the meeting asked about: "about his trip to Kyiv",
# "any upcoming presidential trip", "were they planning to meet in person"
