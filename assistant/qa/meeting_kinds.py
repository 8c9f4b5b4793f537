"""The kind of meeting a question names, which kinds it may insist on, and whether a readout's record fits the
kind asked for. Pure."""

from __future__ import annotations

import re

from ..records import Meeting
from ..text.question_words import ASKED_KINDS, KIND_WORDS, LEAVING_OUT
from ..text.tokenize import stem, words
from .topics import name_phrase_words

#: Meeting kinds that a question asking about a "meeting" (in person) may mean.
IN_PERSON = {"meeting", "visit", "trilateral", "multilateral", "dialogue"}

#: Meeting kinds a question may insist on; the others ("dialogue", "visit") only describe.
HARD_KINDS = {"call", "virtual_meeting", "meeting"}


def asks_about_meetings(question: str) -> bool:
    """Whether a question is about meetings or what was said in them (a meeting word or verb, a kind of
    statement, a readout, "they"/"the two"): only then do its time and kind of meeting pick meetings."""
    low = question.lower()
    if _MEETING_CUE.search(low) or any(w in KIND_WORDS for w in re.findall(r"[a-z\-]+", low)):
        return True
    if _CONFERENCE.search(question):
        return True
    if re.search(
        r"\b(?:readouts?|said|say|says|told|raised|discussed?|agreed?|agreement|both sides|the two|their|"
        r"leaders|ministers|counterparts?|bilateral|summit|visit|trip|delegation)\b",
        low,
    ):
        return True
    return any(ASKED_KINDS.get(stem(w)) for w in words(question))


#: Verbs that say a question is about meetings (fewer than ``about_meeting``'s: "have", "receive" are not).
_MEETING_CUE = re.compile(
    r"\b(?:meet|meets|met|meeting|meetings|speak|spoke|talk|talked|talks|call|called|calls|phoned|visit|visited|saw|"
    r"hosted|convened|travel(?:l?ed)?|trip|engagements?|conversations?|contacts|contact with|dealt with|rang|"
    r"sit-down|sat down|sits? down|sitting down|(?:in )?to see (?:him|her|them)|briefings?|briefed|"
    r"round-?tables?|reach(?:ed|es|ing)? (?:him|her|them|out))\b"  # "when the President reached her by video"
)
#: a conference held by line in any case ("the September 8, 2022 video conference", "Conference Call"), or one met,
#: in lower case or named "Conference of" ("the mayors' conference", "the U.S. Conference of Mayors"); not an event's
#: name ("the Our Ocean Conference in 2023")
_CONFERENCE = re.compile(
    r"\b(?:(?i:video\s*conferences?|teleconferences?|conference calls?)|conferences?|Conference of)\b"
)
#: a comparison of how the meetings were held: by phone, by video, in person
FORMAT_ASKED = re.compile(
    r"\bformat\b|\bin what (?:form|way) (?:was|were)\b|\bhow (?:each|they|it) (?:was|were) held\b|"
    r"\bkind of (?:meeting|call|contact|engagement)\b|\bin[- ]person or (?:by phone|virtual\w*|by video)\b|"
    r"\b(?:by phone|virtual\w*|by video) or in[- ]person\b|\bdiffer\w* in (?:form|kind|type|mode)\b",
    re.I,
)

#: another way than in person offered after it, with words between ("talk face to face on March 9, 2022, or some
#: other way?", "in person or otherwise?", "meet in person in Kyiv, or by phone?", "..., or by videoconference?")
OTHER_WAY_OFFERED = (
    # (not kinds set against it: "in person (not by phone or video)", "in person rather than by phone or video")
    r"\b(?:in[- ]person|face[- ]to[- ]face)\b(?:(?!\b(?:not|rather|instead|excluding)\b)[^?(]){0,90}?,?\s+or\s+"
    # (or a clause of its own first: ", or was their exchange handled another way?")
    r"(?:(?:was|were|did)\s+(?:[\w'\u2019]+\s+){1,3}?(?:held|handled|conducted|done|carried out)\s+)?"
    r"(?:(?:only|just|else)\s+)?(?:(?:in|by|over|via)\s+)?"
    r"(?:(?:some|any|an)\s*other\s+(?:way|means|manner|form|fashion)|otherwise|(?:the\s+)?(?:tele)?phone|video\w*|"
    r"zoom|virtually|remotely)\b"
)
#: a question that insists the meeting was in person, not merely that they "met"
IN_PERSON_ASKED = re.compile(r"\bin[- ]person\b|\bface[- ]to[- ]face\b|\bin the same room\b", re.I)
#: a question whether it was in person ("Was their meeting held in person? If not, how?"): asked, not insisted on
IN_PERSON_QUESTIONED = re.compile(
    r"(?:^|[.?!]\s+)(?:was|were|did)\b[^?]{0,160}\b(?:in[- ]person|face[- ]to[- ]face)\s*(?:\?|,?\s*or\b)"
    # (not a kind set against the one asked: "by video link, rather than in person or by phone")
    r"|(?<!rather than )(?<!instead of )(?<!as opposed to )(?<!not )\b(?:in[- ]person|face[- ]to[- ]face),?\s+or\b"
    r"|\bwhether\b[^?]{0,60}\bin[- ]person\b|" + OTHER_WAY_OFFERED,
    re.I,
)


def kind_fits(kind: str | None, m: Meeting, in_person: bool = False) -> bool:
    """Whether a readout's record fits the kind of meeting asked for (the kinds that only describe always do). A
    meeting asked for ("when they met") may have been held by video, unless ``in_person`` is insisted on."""
    if kind is None or kind not in HARD_KINDS:
        return True
    if kind == "meeting":  # (or a readout titled "Meeting with ..." whose text says he "called" her)
        return m.kind in IN_PERSON or (
            not in_person and (m.kind == "virtual_meeting" or _MEETING_TITLE.search(m.title or "") is not None)
        )
    if kind == "virtual_meeting":  # a readout titled "Virtual Meetings" ("Video Call") whose text says "spoke
        # with" is a call; one titled "Conversations with FEMA ..." says nothing of how they were held
        return (
            m.kind == kind
            or (m.kind == "call" and re.search(r"\b(?:virtual|video)", m.title or "", re.I) is not None)
            or _CONVERSATIONS_TITLE.search(m.title or "") is not None
        )
    # a call asked for may be a readout titled "Conversations with FEMA ..." whose meeting sentence "convened" them
    return m.kind == kind or (kind == "call" and _CALL_TITLE.search(m.title or "") is not None)


_CALL_TITLE = re.compile(r"\b(?:calls?|conversations?)\b", re.I)
_CONVERSATIONS_TITLE = re.compile(r"\bConversations\b")  # (of any kind: by phone, by video or in person)
_MEETING_TITLE = re.compile(r"\bMeetings?\b")


_SPOKEN_OF = re.compile(
    r"\b(?:about|regarding|mention(?:ed)?|announce[ds]?|raise[ds]?)\s+(?:his|her|their|its|the|a|an|"
    r"any)\s+(?:\w+\s+){0,2}?(?:visit|trip|travel|summit|meeting|call)s?\b|"
    r"\b(?:upcoming|planned|future|possible|proposed|forthcoming|next|another|follow-up|return)\s+"
    r"(?:\w+\s+)?(?:visit|trip|travel|summit|meeting|call)s?\b|"
    r"\b(?:plan|plans|planning|planned|agree|agreed|hope|hoped|intend|intends|intended|expect|expected|want|"
    r"wanted|invite|invited|invitation|going)\s+to\s+(?:meet|visit|travel|call|speak|talk)(?:\s+in[- ]person)?\b"
)


_UNTIL_OWN_MEETING = r"(?:(?!\b(?:on|in|during|at|over) (?:their|his|her|the)\b)[^?])*"  # "talk about on their call"


#: a meeting the question sets against the one it asks about ("as opposed to their phone call")
_SET_AGAINST = re.compile(
    r"\b(?:as opposed to|rather than|instead of|unlike|not)\s+(?:their|his|her|the|a|an)\s+(?:[\w\-]+\s+){0,2}?"
    r"(?:calls?|meetings?|visits?|conversations?|talks)\b"
)
_KIND_SAID = r"(?:in[- ]person|face[- ]to[- ]face|(?:by|over the|on the) (?:tele)?phone|by video\w*|virtually)"
#: kinds set against the one asked ("by video link, rather than in person or by phone", "(not by phone)")
_KINDS_SET_AGAINST = re.compile(
    rf"\b(?:as opposed to|rather than|instead of|not)\s+{_KIND_SAID}(?:\s*(?:,|or|nor|and)\s+{_KIND_SAID})*"
)
_ANCHOR = re.compile(
    r"\b(?:before|after|since|ahead of|following)\s+(?:that|this|the|their|his|her)\s+(?:\w+\s+)?"
    r"(?:call|calls|meeting|visit|trip|talks|conversation)\b"
)


#: "what proposal did <someone> call a/an ...": calling something by a name (a call is "a call", "their call", "call
#: him"; "which leader did Biden call a day after the election", "call a European leader" are calls)
_CALLED_A = re.compile(
    r"\b(?:what|which)\s+[\w\-]+\b[^?]*?\b(?:did|does|do|would|will|could)\s+(?:[\w'\u2019.\-]+\s+){0,7}?"
    r"(?<!\ba\s)(?<!\bthe\s)(?<!\btheir\s)(?<!\bhis\s)(?<!\bher\s)(?<!\bits\s)(?<!\bphone\s)(?<!\bvideo\s)"
    r"call(?:s|ed)?\s+an?\s+(?!(?:day|week|month|year|hour|minute|few|couple|second|third|fourth|fifth|time|times|"
    r"leader|counterpart|minister|president|prime|foreign|head|governor|senator|king|queen|chancellor|fellow|new|"
    r"former|european|african|asian|arab|latin|caribbean|gulf|pacific|nato|g7|g20)\b)"
    # "what did he call the best route to a lasting peace": a superlative named, no call
    r"|\b(?:what|which)\b[^?]*?\b(?:did|does|do|would|will)\s+(?:[\w'\u2019.\-]+\s+){1,4}?call(?:s|ed)?\s+the\s+"
    r"(?:best|only|most|greatest|biggest|worst|surest|right|main|top|single)\s+"
    r"(?!(?:often|frequently|times|in|during|of|on|with|since|this|that|last|over|between)\b)[a-z]"
)
#: calling something by a name or a judgment ("call Article 5 an ironclad commitment", "called it a genocide")
_NAMED_AS = re.compile(
    r"\bcall(?:s|ed|ing)?\s+(?:[\w'\u2019\-]+\s+){0,3}?(?:an?|the)\s+(?:[\w\-]+\s+){0,2}?(?:commitment|priority|"
    r"threat|challenge|success|failure|turning point|step|milestone|mistake|crime|genocide|violation|atrocit\w+|"
    r"partner|partnership|ally|friend|model|example|cornerstone|linchpin|bedrock)s?\b|"
    # or a judgment with no article ("which partnerships did they call crucial to regional stability")
    r"\bcall(?:s|ed|ing)?\s+(?:[\w'\u2019\-]+\s+){0,5}?(?:crucial|critical|essential|vital|important|key|central|"
    r"indispensable|fundamental|necessary)\s+(?:to|for)\b"
)
_MET_WORD = r"(?:meet|meets|meeting|meetings|met|visits?|visited|in[- ]person|face[- ]to[- ]face)"
_CALL_WORD = r"(?:calls?|called|calling|phone\w*|spoke|speak\w*|talk\w*|conversations?)"
#: two kinds of meeting given as alternatives, either way round
_EITHER_KIND = re.compile(
    rf"\b{_MET_WORD},?\s+(?:\w+\s+){{0,2}}?or\s+(?:\w+\s+){{0,2}}?{_CALL_WORD}\b"
    rf"|\b{_CALL_WORD},?\s+(?:\w+\s+){{0,2}}?or\s+(?:\w+\s+){{0,2}}?{_MET_WORD}\b"
    # both kinds, in the plural: "his calls and meetings", "meetings and phone calls"
    r"|\b(?:calls|conversations)\s+and\s+(?:\w+\s+)?(?:meetings|visits)\b"
    r"|\b(?:meetings|visits)\s+and\s+(?:\w+\s+)?(?:calls|conversations)\b"
)


#: an earlier contact the readout recounts ("when had the two last talked by phone"): not the meeting read
LAST_HAD = re.compile(
    r"\bhad\s+(?:[\w']+\s+){0,3}?last\s+(?:talked|spoken|spoke|met|conferred)\b"
    r"(?:,?\s+(?:by|over\s+the|on\s+the)\s+(?:tele)?phone|,?\s+in\s+person)?"
)


#: the meeting before the one asked about ("their previous conversation, a phone call", "their last meeting")
_PREVIOUS_ONE = re.compile(
    r"\b(?:their|the|his|her)\s+(?:previous|prior|preceding|last|earlier)\s+(?:[\w\-]+\s+)?(?:conversation|call|"
    r"meeting|talks?|exchange|contact)s?\b(?:,?\s+(?:a|by|over\s+the)\s+(?:tele)?phone(?:\s+call)?)?"
)
#: the meeting the readout is of, beside a past perfect of the one before ("had they held their previous call")
_MET = re.compile(r"\b(?:met|sat down)\b")
#: a clause leaving a kind of meeting out ("Leave out phone calls, even ones that ...")
_LEFT_OUT = re.compile(rf"\b(?:{'|'.join(LEAVING_OUT)}|leave out|left out)\b[^?.]*", re.I)


def meeting_kind(question: str) -> str | None:
    """The kind of meeting a question names ("call on" and "called for" urge; they name no call)."""
    unurged = re.sub(r"\bcall(?:s|ed|ing)?\s+(?:on|upon|for)\b", " ", question.lower())
    unurged = re.sub(r"\bcalls?\s+to\s+action\b", " ", unurged)  # "a food security call to action": an appeal
    # "did he call it the largest airlift": naming, no call
    unurged = re.sub(r"\bcall(?:s|ed|ing)?\s+(?:it|this|that|them|these|those)\b", " ", unurged)
    unurged = _NAMED_AS.sub(" ", unurged)  # "which article did Harris call an ironclad commitment": naming, no call
    # "how long-lived did the readout call the relationship": what the readout names it, no call
    unurged = re.sub(r"\b(?:readouts?|statements?|write-?ups?|summar(?:y|ies))\s+call(?:s|ed)?\b", " ", unurged)
    unurged = _CALLED_A.sub(" ", unurged)  # "what proposal did the Deputy Secretary call a possible way forward"
    unurged = _SPOKEN_OF.sub(" ", unurged)
    # a speaker ("spoke at the summit"), or who stood for a body ("who spoke for the Center ..."): no call
    unurged = re.sub(r"\b(?:speak|speaks|spoke|spoken|speaking)\s+(?:at|during|for|on behalf of)\b", " ", unurged)
    unurged = re.sub(  # dated by another meeting (", following their May phone call")
        r",\s+(?:before|after|ahead of|on the eve of|following)\s+(?:the|their|his|her|its)\b[^?,]*",
        " ",
        unurged,
    )
    unurged = _ANCHOR.sub(" ", unurged)  # "where had they last met before that call": a meeting, dated by the call
    unurged = LAST_HAD.sub(" ", unurged)  # "before they sat down in Lima, when had they last talked by phone"
    # "Before they met in Peru, on what date had they held their previous conversation, a phone call?": the meeting
    # met at tells of the one before
    if _MET.search(left := _PREVIOUS_ONE.sub(" ", unurged)) and re.search(r"\bhad\b", unurged):
        unurged = left
    unurged = _SET_AGAINST.sub(" ", unurged)  # "their meeting (as opposed to their phone call)": not the one asked
    # "speak about ... the G7 leaders' virtual meeting": a meeting the topic names is not the one asked about
    unurged = re.sub(
        r"\b((?:speak|spoke|talk|talked|phoned|met|meet)\b[^?]*?) about\b" + _UNTIL_OWN_MEETING, r"\1", unurged
    )
    unurged = _LEFT_OUT.sub(" ", unurged)  # "Leave out phone calls": not the kind asked for
    unurged = _KINDS_SET_AGAINST.sub(" ", unurged)  # "by video link, rather than in person or by phone"
    if _EITHER_KIND.search(unurged):
        return None  # "meeting or talking by phone", "calls or meetings": any kind will do
    in_name = name_phrase_words(question, heads=False)  # "Harris's Call to Action", "the Summit for Democracy"
    kind_words = [KIND_WORDS[w] for w in re.findall(r"[a-z\-]+", unurged) if w in KIND_WORDS and w not in in_name]
    kind = next((k for k in kind_words if k != "meeting"), None)
    if kind is None and re.search(r"\bspeak(?:s|ing)?\s+(?:with|to)\b", unurged):
        kind = "call"
    if re.search(r"\b(?:by|over|via) video\b|\bvideo (?:call|conference|link|meeting)\b", unurged):
        kind = "virtual_meeting"
    if kind is None and re.search(
        r"\bin[- ]person\b|\bface[- ]to[- ]face\b|\b(?:sit|sits|sat|sitting)\s+down\b|"
        r"\b(?:their|his|her) (?:\w+ )?(?:summit|meeting)\b|"
        r"\bmet\b(?! (?:by|over) (?:phone|video))",
        unurged,
        re.I,
    ):
        kind = "meeting"
    return kind


#: meetings of two people only asked for
ONE_ON_ONE = re.compile(r"\bone[- ]on[- ]one\b", re.I)
_GROUP_MEETING = r"group\s+(?:calls?|meetings?)\b"
#: group meetings counted in or left out ("counting group meetings", "leaving out group calls"): how the meetings
#: are to be counted, not what was said
GROUP_MEETINGS_COUNTED = re.compile(
    rf"\b(?:{'|'.join(LEAVING_OUT)}|counting|including|other than|apart from|except(?: for)?|without)\s+"
    rf"(?:\w+\s+){{0,2}}?{_GROUP_MEETING}",
    re.I,
)
#: group meetings set aside ("leaving out her group calls")
_GROUPS_LEFT_OUT = re.compile(
    rf"\b(?:{'|'.join(LEAVING_OUT)}|leave out|left out|other than|apart from|except(?: for)?|not)\s+"
    rf"(?:\w+\s+){{0,3}}?"
    rf"{_GROUP_MEETING}",
    re.I,
)


def one_on_one(question: str) -> bool:
    """Whether a list asks for meetings of two people only: "one-on-one" and no group meeting counted in, or
    group meetings set aside."""
    if _GROUPS_LEFT_OUT.search(question):
        return True
    return bool(ONE_ON_ONE.search(question)) and not re.search(rf"\b{_GROUP_MEETING}", question, re.I)


#: where a title's list of whom the meeting was with ends ("... with Prime Minister Draghi of Italy on Ukraine")
_WITH_ENDS = re.compile(r"\s+(?:on|to|about|regarding|concerning|for|in|at|during)\s+(?:the\s+)?[A-Z]|$")
#: a group by a plural noun in a title ("Call with Governors of States ...", "Meeting with the Presidents of ...")
_GROUP_IN_TITLE = re.compile(
    r"\b(?:Leaders|Governors|Ministers|Members|Allies|Partners|Counterparts|Officials|CEOs|Legislators|Presidents|"
    r"Heads|Mayors|Senators|Representatives|Executives|Advocates)\b"
)


def title_counterparts(title: str) -> int:
    """How many people a readout's title says the meeting was with: the pieces of its "with ..." list ("Call with
    President Macron of France, Chancellor Merkel of Germany, Prime Minister Draghi of Italy, and Prime Minister
    Johnson of the United Kingdom": 4); a group named by a plural ("with Governors of States Impacted ...") is more
    than one; 0 when the title says with whom none."""
    m = re.search(r"\b[Ww]ith\s+(?:the\s+)?", title)
    if m is None:
        return 0
    whom = title[m.end() :]
    end = _WITH_ENDS.search(whom)
    whom = whom[: end.start()] if end is not None else whom
    pieces = [p for p in re.split(r",\s*(?:and\s+)?|\s+and\s+", whom) if p[:1].isupper()]
    return max(len(pieces), 2 if _GROUP_IN_TITLE.search(whom) else 0)


def counterparts(meeting) -> int:
    """How many people the readout's records give on the other side of the meeting, or its title, whichever is
    more (a group call whose readout tells mostly of another call: "Call with President Macron of France,
    Chancellor Merkel of Germany, Prime Minister Draghi of Italy, ...")."""
    return max(sum(1 for p in meeting.participants if p.side != "issuer"), title_counterparts(meeting.title or ""))
