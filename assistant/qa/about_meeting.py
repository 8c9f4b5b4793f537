"""Whether a when/where/who part of a question asks about the meeting itself ("When did Blinken meet ...",
"Who took part in the call") or about something said in it ("When was the satellite due to launch, according to
their meeting?", "Who led the small group of diplomats that went to Kyiv"). Split from ``analyse``. Pure."""

from __future__ import annotations

import re

from ..text.lexicon import MONTHS, PARTICIPATION_VERBS, WEEKDAYS
from ..text.question_words import AHEAD_WORDS, HAPPENING_NOUNS, NOT_ABOUT_MEETING, TALK_VERBS
from .asked_type import POST_ASKED, answer_type
from .in_words import FOR_WHOM
from .topics import focus

_TOOK_PART = re.compile(
    rf"\b(?:took part|present|in attendance|there with|{'|'.join(PARTICIPATION_VERBS)})\b"
    r"|\b(?:was|were)\s+(?:\w+\s+)?(?:on|in|at)\s+"
    r"(?:the|his|her|their|that|this)\s+(?:[\w,\-]+\s+){0,4}?(?:call|meeting|talks|room|session|conversation)\b"
    r"|\b(?:was|were)\s+(?:\w+\s+)?on\s+the\s+line\b"  # "which officials were also on the line"
    # "And who were they sitting across the table from?": whom they met
    r"|\b(?:sit|sat|sitting|seated)\s+across\s+(?:the\s+)?table\s+from\b",
    re.I,
)
_MEETING_VERB = re.compile(
    r"\b(?:meet|met|meeting|speak|spoke|talk|talked|talks|call|called|phone|phoned|ring|rang|hold|held|"
    r"have|visit|visited|see|saw|sit|sat|host|hosted|receive|received|convene|convened|"
    r"gather|join|joined|take place|took place|happen|happened|travel|trip|welcome|welcomed|attend|attended|"
    r"participate|participated)\b",
    re.I,
)


#: a time before the meeting read, or another meeting before it ("two days earlier", "the recent meeting between ...",
#: "where had the two last met"), in the question or in a lead before it that the question points back to ("... an
#: earlier rights dialogue — when had that dialogue been held?")
_RECOUNTED = re.compile(
    r"\b(?:days?|weeks?|months?)\s+(?:earlier|before)\b|\bearlier\b|\blast\s+(?:met|spoken|spoke|talked|seen|been)\b|"
    # "When had Harris and Macron previously met in Paris" (not a clause of someone's past: "who had previously led")
    r"^\s*(?:when|where)\s+had\b(?:(?!\b(?:who|whom|which|that)\b)[^,?])*?\bpreviously\s+"
    r"(?:met|spoken|spoke|talked|visited|conferred|held)\b|"
    r"\b(?:recent|previous|prior)\s+(?:\w+\s+)?"
    r"(?:meeting|call|talks?|visit|conversation|session|exchange|dialogue)s?\b",
    re.I,
)
#: a lead that says the readout tells of earlier meetings ("The readout ... recaps her earlier stops.")
_RECAPS = re.compile(
    r"\b(?:recaps?|recapped|recounts?|recounted|lists?|listed|looks?\s+back\s+on)\b[^.?]{0,40}\bearlier\b", re.I
)
#: words by which a question points back to what a lead before it told of ("that dialogue")
_BACK_TO_LEAD = re.compile(r"\b(?:that|this|those|these)\s+(?!was\b|is\b|had\b)(\w+)", re.I)
_MEETING_SUBJECT = re.compile(
    r"\b(?:it|this|that|they|meeting|meetings|call|calls|talks|visit|summit|conversation|dialogue)\b", re.I
)


#: someone described, then met in a clause of their own ("Who was the Argentine finance chief that the national
#: security adviser hosted in September 2022", "who was the envoy whom Sherman received"): whom the meeting was with
_MET_WHOM = re.compile(
    # the description, up to its own first relative pronoun ("the official who appointed the envoy that Biden met")
    r"\s*who\s+(?:was|were|is|are)\s+(?:the|that|this)\s+(?:(?!(?:who|whom|that|which|whose)\b)[\w'\u2019.\-]+\s+){1,12}?"
    r"(?:that|whom|who)\s+"
    # who met, in plain words (not "said he had met", "had met two days earlier", "will meet", "wrote he met")
    r"(?:(?!(?:said|says|say|told|asked|wrote|thought|heard|knew|believed|when|while|after|before|as|had|has|have|"
    r"will|would|next|who|whom|that|which|whose|spoke\s+of|spoke\s+about)\b)(?-i:(?![a-z][\w\-]*ed\b))[\w'\u2019.\-]+\s+){1,12}?"
    r"(?:met|spoke|talked|phoned|telephoned|called|rang|hosted|received|visited|welcomed|saw|sat\s+down|"
    r"held\s+talks|conferred)\b"
    # (not "talked about", "spoke highly of"; "met on February 10" or "on the sidelines" is the meeting)
    r"(?!\s+(?:\w+\s+)?(?:about|of|over|regarding|highly|next)\b)"
    rf"(?!\s+on\s+(?!the\s+(?:phone|sidelines|margins|fringes)\b|\d|(?:{'|'.join((*MONTHS, *WEEKDAYS))})\b))",
    re.I,
)
#: the date or place of meetings told of before, asked by pointing back to them ("On what dates were those two
#: meetings?", "Where were the two calls held?")
_THOSE_MEETINGS = re.compile(
    r"\s*(?:(?:on|in|at)\s+)?(?:what|which|when|where)(?:\s+(?:dates?|days?|cit(?:y|ies)|places?))?\s+(?:was|were)\s+"
    # (more than one: not "When was that call?", the one meeting whose readout states the topic best)
    r"(?:(?:those|these|the)\s+(?:two|three|four)\s+|(?:those|these|both)\s+)(?:meetings|calls|talks|conversations|"
    r"visits|sessions|sit-downs|engagements)(?:\s+(?:held|made|placed))?\s*\??\s*$",
    re.I,
)
#: someone described by country and office, then what they did at the meeting ("Who was the Lithuanian foreign
#: minister that went over plans for the Madrid summit with Sherman", "Who was the Dutch foreign minister whose
#: cabinet Blinken praised"): the side of that country at the meeting, whom the records name
_SIDE_OFFICE = (
    r"(?:minister|president|premier|chancellor|king|queen|emir|ambassador|envoy|governor|mayor|leader|"
    r"secretary(?:[- ]general)?|(?:crown\s+)?prince|chief|commissioner|head)(?:-elect)?"
)
#: a question that ends asking who the other side spoken of before was ("... Who was that counterpart?")
_THAT_COUNTERPART = re.compile(
    # (not someone only spoken of: "... raised the poisoning of a Russian opposition leader. Who was that leader?")
    r"\bcounterpart[^?]*[.!?]\s+who\s+(?:was|were|is)\s+(?:that|this|the|those)\s+counterparts?\s*\??\s*$",
    re.I,
)
#: someone met, described, then asked after ("In a September 2021 phone call, Biden talked with a foreign leader
#: about ... . Who was that leader?"; not one spoken of: "... raised the poisoning of an opposition leader", "voiced
#: solidarity with a jailed opposition leader", "raised concern with a poisoned opposition leader's treatment")
_THAT_ONE_MET = re.compile(
    r"\b(?:(?:spoke|talked|conferred|met|consulted|sat\s+down|held\s+talks)\s+(?:(?:by\s+(?:phone|video)|virtually|"
    r"today|yesterday|again|privately)\s+)?with|met|phoned|called|rang|hosted|received|visited|welcomed)\s+"
    r"(?:a|an|another|one)\s+(?:[\w\-]+\s+){0,3}?(leader|counterpart|official|minister|president|premier|"
    r"head\s+of\s+(?:state|government)|diplomat|envoy|monarch|king|governor|mayor)\b(?!['\u2019])"
    r"[^?]*[.!?]\s+who\s+(?:was|is)\s+(?:that|this|the)\s+\1\s*\??\s*$",
    re.I,
)
SIDE_DESCRIBED = re.compile(
    # (not someone only spoken of: "Who was the Russian opposition leader whose poisoning Blinken condemned?")
    r"(?![^?]*\bwhose\s+(?:detention|arrest|poisoning|killing|murder|death|release|imprisonment|jailing|trial)\b)"
    r"(?![^?]*\b(?:condemned|demanded|called\s+for|mentioned|cited|detained|sanctioned|jailed)\b)"
    r"\s*who\s+(?:was|is)\s+the\s+(?:(?:new|incoming|outgoing|then)\s+)?"
    r"(?P<side>(?:(?:north|south|east|west|central|southern|northern|eastern|western)\s+)?"
    r"(?-i:[A-Z][\w\-]*)(?:\s+(?-i:[A-Z][\w\-]*))?\s+(?-i:[a-z\-]+\s+){0,5}?"  # ("deputy prime minister and foreign")
    rf"{_SIDE_OFFICE})\s+(?:(?:that|who|whom|whose)\b"
    # (or with no pronoun: "the southern African president Blinken praised for ...", "the Belarusian opposition
    # leader the U.S. deputy secretary of state received")
    r"|(?:the\s+)?(?:(?-i:[A-Z][\w.\-]*)\s+){1,2}(?:(?-i:[a-z]+)\s+){0,4}?(?-i:[a-z]+ed|met|saw|spoke|rang|hosted|"
    r"phoned|called)\b)",
    re.I,
)
#: someone at the table by their country alone ("the German participant", "the Italian foreign-ministry official")
#: the name asked of one described ("What is the full name of the ..."), asked as "who was the ..."
_NAME_OF_THE = re.compile(r"^\s*what\s+(?:is|was)\s+the\s+(?:full\s+)?name\s+of\s+(?=the\s)", re.I)
SIDE_BY_COUNTRY = re.compile(
    r"\s*\bthe\s+(?P<side>(?:[A-Z][\w\-]*\s+){1,2})(?:foreign[- ]ministry\s+|MFA\s+)?(?:participant|representative|"
    r"official|delegate|attendee|counterpart|interlocutor)\b"
    # at the meeting (not "the Russian official who was sanctioned", "the American official detained in Russia")
    r"(?=\s*(?:[?,.]|$|(?:on|at|in|during|for)\s+(?:the|that|this|their|his|her|each|both)\b|(?:who|that)\s+(?:took\s+part|"
    r"joined|attended|participated|was\s+on|were\s+on)\b|(?:hold|held|have|had|come|came)\b))"
)
#: where what a meeting was about begins ("... talk about the upcoming G20", "sat down with the Secretary ... to
#: prepare for the upcoming hemispheric summit"): words of the future after it are the topic's, not the meeting's
_THE_TOPIC = re.compile(
    r"\b(?:about|regarding|concerning|ahead\s+of|in\s+preparation\s+for|"
    r"to\s+(?:discuss|prepare|review|plan|coordinate|go\s+over))\b",
    re.I,
)
#: "how soon": a time ahead asked, never the meeting's own day
_HOW_SOON = re.compile(r"\bhow\s+soon\b", re.I)
#: past tenses of a role someone had ("who ran the discussion", "who wrote the letter")
_IRREGULAR_PAST = frozenset({"ran", "wrote", "gave", "sent", "chose", "made", "brought", "won", "paid", "drew", "read"})


def asks_those_meetings(part: str) -> bool:
    """Whether a part asks the date or place of the meetings it told of before ("On what dates were those two
    meetings?"): each of them, not the one that states its other words best."""
    return _THOSE_MEETINGS.match(focus(part)) is not None


def about_meeting(part: str) -> bool | None:
    """Whether a when/where/who part asks about the meeting itself ("When did Blinken meet ...", "Where did
    they hold their talks", "Who took part in the call") rather than about something said in it ("When was
    the satellite due to launch, according to their meeting?"): a meeting verb within the first words after
    the question's auxiliary, before any other verb of its own. False when another verb comes first (or the
    part asks about the future), None when it has neither."""
    asked = answer_type(part)
    if asked == "kind":  # how a meeting was held: the meeting itself
        return True
    if asked not in ("date", "place", "person") or asked == "date" and _HOW_SOON.search(part):
        return False  # ("how soon did they plan to talk again": a time ahead, never the meeting's own day)
    if re.match(r"\s*(?:and\s+)?(?:when|where)\s+(?:was|is|did)\s+(?:that|this|it)\s*\??\s*$", part, re.I):
        return True  # "When was that?": the meeting the conversation is about
    if asks_those_meetings(part):
        return True  # "... once when ..., and once when .... On what dates were those two meetings?": theirs
    if asked == "person" and _a_side_asked(part):
        return True
    if _DOING_OF_ITS_OWN.match(focused := focus(part)) or (asked == "person" and FOR_WHOM.search(part)):
        return False  # "Where was Russia massing troops": no meeting; "for whom did the bills deliver": not who met
    f = re.sub(r",[^,]{0,80},", " ", focused)  # "did Blinken and Hayashi, meeting in Tokyo, plan to ..."
    # "where will they meet next" (not "when did they talk about the upcoming G20 meeting"), or a meeting going on
    # ahead of one to come ("Where are Biden and Kishida meeting ahead of the upcoming Quad summit?")
    ongoing = re.match(r"\s*(?:where|when|who|with\s+whom)\s+(?:are|is|will)\b", f, re.I)
    if re.search(AHEAD_WORDS, f if ongoing else _THE_TOPIC.split(f, maxsplit=1)[0], re.I):
        return False
    if _recounted(f, part) or (asked == "date" and _TOLD_THAT.search(f)):
        return False  # ("On what dates did Biden tell Erdogan, in their call, that the summit would be held")
    rest = _after_asking(f, asked)  # ("When does it say | the session took place?": the session; not of who)
    rest = rest if asked == "person" else _SOURCE_SAYS.sub("", rest)
    rest = re.sub(r"\bwelcom\w*\s+as\b", "named as", rest, flags=re.I)  # "who was welcomed as its newest member"
    own = re.match(r"\s*who\s+(?:else\s+)?([a-z\-]+)\b|\s*whose\s+(?=\w+\s+(?!did|was)\w)", f, re.I)
    if own and asked == "person" and _a_role_in_it(own, f):
        return False
    words = rest.split()[:9]
    for k, w in enumerate(words):
        low = w.lower().strip(",.?;")
        said = " ".join(words[:k])  # "when did the extinction happen", "what date did that attack happen"
        named = {w.lower().strip(",.?;") for w in words[:k]}
        if low in ("happen", "happened") and (not _MEETING_SUBJECT.search(said) or HAPPENING_NOUNS & named):
            return False  # another event, not the meeting ("In what month had that fighting happened?")
        if low == "talks" and _INSIDE_A_PHRASE.search(said):
            continue  # talks named in the subject ("had the parties to the peace talks renewed their pledge")
        if low in _TAKE and words[k + 1 : k + 2] in (["place?"], ["place"]):  # "When did that conversation take place?"
            return bool(k and _MET_NOUN.fullmatch(words[k - 1].lower()))  # not "that attack", "the Summit in Geneva"
        if _MEETING_VERB.fullmatch(low):
            if _something_else(low, [x.lower().strip(",.?;") for x in words[k + 1 : k + 2]], said, part):
                return False
            # "On what date was the 2+2 Dialogue held whose outcomes they affirmed at their May meeting?": what
            # was held is something their meeting spoke of
            after = rest.split(None, k + 1)[k + 1 :]
            return not (k and after and _TOLD_OF_AT_MEETING.search(after[0]))
        talk = low in TALK_VERBS or (low in ("go", "went") and k + 1 < len(words) and words[k + 1] == "over")
        relative = any(x.lower() in ("that", "which", "who", "whom") for x in words[:k])
        if talk and asked == "date" and not relative:
            return True  # "When did they go over her trips to Fiji?": the day of the meeting that did
        if low in NOT_ABOUT_MEETING:
            return False
    if asked == "person" and _TOOK_PART.search(f):
        return True
    return None


#: "With which African head of state did ...": a head of a country's state or government, or its minister (not "with
#: which UN official", whom the records may not hold)
_WITH_WHICH_HEAD = re.compile(
    r"(?:^|[,.;:]\s)\s*(?:together\s+)?with\s+(?:which|what)\s+(?:[\w\-]+\s+){0,3}?(?:heads?\s+of\s+(?:state|government)|"
    r"leaders?|presidents?|prime\s+ministers?|premiers?|chancellors?|kings?|queens?|emirs?|foreign\s+ministers?|"
    r"counterparts?)\b",
    re.I,
)
#: ... unless it asks of what was said, or of another meeting told of ("With which leaders did Biden say he would
#: coordinate, in his call with Zelenskyy", "With which Japanese leader had Biden unveiled the forum that Sherman ...
#: discussed by phone")
_TOLD_OF = re.compile(
    r"\b(?:say|said|says|tell|told|would|will|had|discuss\w*)\b|\bby\s+phone\b|"
    r"\b(?:call|calls|meeting|conversation|talks)\s+with\b",
    re.I,
)


#: who was on the other side of a call ("Who was on the other end of the Secretary's May 27, 2021 call about ...")
_OTHER_END = re.compile(
    r"\s*(?:and\s+)?who\s+(?:was|were)\s+(?:on|at)\s+the\s+(?:other\s+end|(?:other\s+)?line|"
    # (not "the other side of the escalation Blinken raised")
    r"other\s+side\s+of\s+(?:the|his|her|their|[\w'\u2019]+)\s+(?:[\w\-,'\u2019]+\s+){0,5}?(?:call|line|conversation|phone))\b",
    re.I,
)


def _a_side_asked(part: str) -> bool:
    """Whether a who-part asks who was on a side of the meeting, by how it asks."""
    if _OTHER_END.match(part):
        return True
    if (named := _NAME_OF_THE.sub("who was ", part, count=1)) != part:
        return _a_side_asked(named)  # "What is the full name of the Omani foreign minister whom ...": who was he
    if _WITH_WHICH_HEAD.search(part) and not _TOLD_OF.search(part):
        return True  # "With which African head of state did Biden unveil ...": whom he met
    if _THAT_COUNTERPART.search(part) or _THAT_ONE_MET.search(part):
        return True  # "... went over his Australian counterpart's recent trips to Fiji. Who was that counterpart?"
    if _MET_WHOM.match(part) or SIDE_DESCRIBED.match(part) or POST_ASKED.search(part):
        return True  # "Who was the secretary-general ... that the deputy secretary spoke with on February 10?": a side
    # "Who was the Italian participant?": that country's side
    return SIDE_BY_COUNTRY.match(re.sub(r"^\s*who\s+(?:was|were|is)\s+", "", focus(part), flags=re.I)) is not None


def _after_asking(f: str, asked: str) -> str:
    """The words of a part after its asking words and auxiliary ("When did | Blinken meet ..."); for a person
    described at length ("Which member of Kuwait's ruling family did | Harris phone"), its own verb only, not a
    meeting after it ("did Biden raise during his call with Putin")."""
    m = re.match(
        r"\s*(?:on |in |at )?(?:what |which )?\w+\s+(?:\w+\s+)?(?:did|does|do|was|were|is|are|has|have|had|"
        r"will|would)\b",
        f,
        re.I,
    )
    described = None
    if m is None and asked == "person":
        m = described = re.match(r"\s*(?:which|what)\s+(?:[\w'\u2019.\-]+\s+){2,6}?(?:did|does|do)\b", f, re.I)
    rest = re.sub(r"\b(?:take|takes|took|taking)\s+part\b", "participate", f[m.end() :] if m else f, flags=re.I)
    if described:
        rest = re.split(
            r"\b(?:during|after|before|about|over|when|while)\b|\b(?:in|on|at|to)\s+(?:the|his|her|their|its|an?)\b",
            rest,
            maxsplit=1,
        )[0]
    return rest


#: the day of what someone told another would happen ("By when did Biden tell Netanyahu ... that he expected a
#: significant easing of the fighting?"): a day said in the meeting, not the meeting's
_TOLD_THAT = re.compile(
    r"\b(?:did|does|do)\s+(?:[\w.'\u2019\-]+\s+){1,4}?(?:tell|say|inform|assure|warn|promise)\b[^?]*?\bthat\b"
    r"[^?]*\b(?:would|will|expected|expects|planned|plans|next|upcoming)\b",  # (something to come: not "that the
    re.I,  # United States supported Sweden's accession", asked of the call's day)
)


def _recounted(f: str, part: str) -> bool:
    """Whether a past-perfect part asks of something the readout recounts: "where had she convened Florida
    legislators two days earlier", "where had the recent meeting between the two foreign ministers taken place",
    "... built on an earlier rights dialogue — when had that dialogue been held?"."""
    if not re.search(r"\bhad\b", f, re.I):
        return False
    return bool(_RECOUNTED.search(f) or _RECAPS.search(part) or _points_back(f, part[: max(0, part.find(f))]))


def _points_back(f: str, lead: str) -> bool:
    """Whether the question points back to what its lead told of as earlier: "that dialogue" after "an earlier
    bilateral rights dialogue", "had they done so" after "had signed off on earlier" (not "these talks" after
    "atrocities which had come to light days earlier")."""
    if re.search(r"\b(?:done|did)\s+so\b", f, re.I):
        return re.search(r"\bhad\b[^.?!]*\bearlier\b", lead, re.I) is not None
    back = _BACK_TO_LEAD.search(f)
    return (
        back is not None
        and re.search(rf"\b(?:earlier|previous|prior)\s+(?:[\w\-]+\s+){{0,3}}{re.escape(back.group(1))}\b", lead, re.I)
        is not None
    )


def _a_role_in_it(own: re.Match, f: str) -> bool:
    """Whether a "who ..."/"whose ..." question asks of a role in the meeting or a thing, not who met: "Who
    moderated the meeting", "who ran the discussion", "whose release ...", "Who led the small group of diplomats
    that went to Kyiv" (not a side of the meeting)."""
    verb = (own.group(1) or "owned").lower()  # a thing someone else owns: not who met
    past = verb.endswith("ed") or verb in _IRREGULAR_PAST
    if past and not _MEETING_VERB.fullmatch(verb) and verb not in PARTICIPATION_VERBS:
        return True
    return verb in ("led", "headed") and not _LED_SIDE.match(f, own.end())


def _something_else(verb: str, following: list[str], subject: str, part: str) -> bool:
    """Whether a meeting verb is of something other than the meeting: "whose release did Biden call for when he met
    Hun Sen" (what he asked), "On what date was that retreat held?" after "On his call with Ardern, Biden thanked
    her for hosting a virtual APEC leaders' retreat" (another gathering their talk spoke of)."""
    if verb in ("call", "called") and following == ["for"]:
        return True
    if verb in ("call", "called") and following == ["on"] and _CALLED_ON_TO.search(part):
        return True  # "whom did she again call on to adopt the steps": whom she urged, not whom she visited
    return verb in _HELD and bool(_GATHERING.search(subject)) and bool(_OTHER_TALK.search(part.replace(subject, " ")))


_CALLED_ON_TO = re.compile(  # (not a call on a day: "call on February 24 to coordinate sanctions")
    rf"\bcall(?:s|ed)?\s+on\s+(?!(?:\d|{'|'.join((*MONTHS, *WEEKDAYS))})\b)"
    r"(?:[\w'\u2019\-]+\s+){0,4}?to\s+(?!(?:the|a|an)\b)[a-z]+",
    re.I,
)
#: a relative clause that places what it tells of in the meeting asked about ("whose outcomes Biden and Modi affirmed
#: at their May 2022 meeting")
_TOLD_OF_AT_MEETING = re.compile(
    r"^\s*(?:whose|which|that)\b.{0,80}?\b(?:at|in|during|on)\s+(?:their|the|his|her)\s+(?:[\w\-,]+\s+){0,5}"
    r"(?:meeting|call|talks|visit|conversation|phone call)\b",
    re.I,
)
#: what someone led that is a side of the meeting or the meeting itself ("led the delegation", "headed the U.S. side")
_LED_SIDE = re.compile(
    r"\s*(?:\?|$|(?:it|them|that|this)\b|(?:the|their|his|her|its|each|a|an|that|this|[\w.\-]+['\u2019]s)\s+"
    r"(?:[\w.\-]+\s+){0,3}?"
    r"(?:delegations?|sides?|teams?|call|meeting|talks|discussions?|sessions?|dialogue|conversation|visit|trip|"
    r"consultations?|negotiations?)\b)",
    re.I,
)
#: the readout named as the one that says it, after the asking words ("When does it say | the session took place?")
#: when what it says is that the meeting was held (not "the readout say Biden would travel to the UK": a plan told)
_SOURCE_SAYS = re.compile(
    r"^\s*(?:it|the\s+(?:readout|statement|record|account|text))\s+(?:say|says|state|states|report|reports)\s+"
    r"(?:that\s+)?(?=(?:[\w'\u2019\-]+\s+){0,6}?(?:(?:took|take|takes)\s+place|(?:was|were)\s+held|met|happened)\b)",
    re.I,
)
#: a subject doing a thing of its own, no meeting ("Where was Russia massing troops", "where were the troops
#: heading"; not "where was Biden meeting Kishida", "where was the summit being held")
_DOING_OF_ITS_OWN = re.compile(
    r"\s*(?:where|when)\s+(?:was|were|is|are)\s+(?:(?:the|its|their|his|her)\s+)?[\w\-]+\s+"
    r"(?!(?:meeting|talking|speaking|visiting|travell?ing|staying|attending|hosting|holding|calling|sitting|gathering|"
    r"taking|being|having|convening|receiving|welcoming|seeing|joining|participating|phoning|stopping|conferring|"
    r"briefing|discussing|consulting|negotiating|engaging)\b)[a-z]{2,}ing\b",
    re.I,
)
_TAKE = ("take", "took", "taken")
_MET_NOUN = re.compile(  # ("where did each of those two sit-downs take place": the meetings)
    r"it|that|this|conversations?|calls?|meetings?|talks|visits?|trips?|exchanges?|sit-downs?|sessions?|"
    r"encounters?|engagements?"
)
#: words inside a phrase of the subject ("the parties to the four-nation peace" of "... peace talks renewed")
_INSIDE_A_PHRASE = re.compile(r"\b(?:to|of|in|at|from|for)\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}[\w\-]+$", re.I)
_HELD = ("held", "hosted", "convened")
#: a gathering other than a talk between the sides ("the D-ISIS ministerial in Marrakech", "that retreat")
_GATHERING = re.compile(
    r"\b(?:retreat|ministerial|summit|conference|forum|games|olympics|convention|assembly|ceremony|symposium|"
    r"workshop|festival|expo)s?\b",
    re.I,
)
#: the sides' own talk named beside it ("on his July 2021 phone call with ...", "that Blinken told Bourita"), not
#: held at it ("the summit at which Biden met Xi")
_OTHER_TALK = re.compile(
    r"^(?!.*\b(?:(?:at|during|in)\s+which|where|on whose)\b)"
    r".*\b(?:call|phone|spoke|told|telling|talks|met|meeting with)\b",
    re.I | re.S,
)
