"""What a follow-up takes from the question before it: the meeting when it names none of its own, and the topic
for parts that have none ("By when?", "And what about Japan?"). Pure."""

from __future__ import annotations

import datetime
import re
from dataclasses import replace

from ..text.lexicon import MEETING_NOUNS, TRIP_NOUNS
from ..text.tokenize import fold
from .analyse import Query
from .aside import set_aside
from .followup import PRONOUN_ACTOR, PRONOUN_SUBJECT
from .meeting_kinds import FORMAT_ASKED
from .meeting_sentence import WHY_MEETING
from .name_in_text import names_in_text
from .times import TimeWindow

_BEFORE_THAT = re.compile(r"\b(?:before that|before then|prior to that|the time before)\b", re.I)
_AFTER_THAT = re.compile(r"\b(?:after that|since then|the next time|the time after)\b", re.I)


def relative_to(previous: TimeWindow, text: str) -> TimeWindow | None:
    """The time of a follow-up that says it relative to the conversation's ("Where had they met just before
    that?"): the latest meeting before the earlier window, or the first after it; None when it says neither or
    the earlier window has no date."""
    if _BEFORE_THAT.search(text) and previous.start:
        return TimeWindow(end=previous.start - datetime.timedelta(days=1), recency="last")
    if _AFTER_THAT.search(text) and previous.end:
        return TimeWindow(start=previous.end + datetime.timedelta(days=1), recency="first")
    return None


#: a kind of statement asked of anything at all ("Did she thank him for anything?", "What did she thank him for?"):
#: of the whole meeting, not of what the question before asked about, when its time says which meeting it was (else
#: the topic is what picks the meeting: "and what did Biden thank him for?" after one about the Madrid summit)
_ANYTHING = re.compile(
    r"^(?!.*\b(?:it|that|this|these|those)\b"
    rf"(?!\s+(?:{'|'.join((*MEETING_NOUNS, *TRIP_NOUNS, 'talk', 'session', 'sessions'))})\b))"
    r".*(?:\b(?:anything|any\s+(?:way|point|issue|topic|subject)s?)\b"
    r"|\b(?:thank|congratulate|praise|commend|apologi[sz]e)\s+(?:him|her|them)\s+for\s*\?)",
    re.I,
)
#: another subject asked of the same meeting ("Apart from that, was any other subject taken up on that call?"): the
#: whole meeting, not the topic of the question before
_OTHER_SUBJECT = re.compile(
    r"\b(?:any|some|an)\s*other\s+(?:subjects?|topics?|issues?|matters?|areas?|questions?)\b|\banything\s+else\b", re.I
)
#: the words before the name of someone a thing came from ("anything from President", "on behalf of")
_SENT_BY = re.compile(r"\b(?:from|on behalf of)\s+(?:the\s+)?(?:[A-Z][\w.\-]*\s+){0,3}$")


def inherit(query: Query, previous: Query) -> Query:
    """A follow-up's analysis with the previous question's meeting when it names none of its own, and the
    previous question's topic for parts that have none ("By when?", "And what about Japan?")."""
    # a question about the meeting itself ("Which leaders joined the call?") says which meeting, not a topic:
    # "And what did they agree on?" after it asks about the whole meeting
    topic = next((p.topic for p in reversed(previous.parts) if p.topic and not p.about_meeting), ())
    topic = () if FORMAT_ASKED.search(previous.text) else topic  # "how did the two differ in form": no topic
    if topic:  # not for "why did he make that call": what the meeting was for, whatever the last question asked
        query = replace(
            query,
            parts=tuple(
                p
                if p.topic
                or p.about_meeting
                or WHY_MEETING.search(p.text)
                or (p.kinds and previous.window.bounded and _ANYTHING.search(p.text))
                or _OTHER_SUBJECT.search(p.text)
                else replace(p, topic=topic)
                for p in query.parts
            ),
        )
    # "was any other subject taken up on that call?": what else was discussed there
    other = [replace(p, kinds=p.kinds or ("discussed",)) if _OTHER_SUBJECT.search(p.text) else p for p in query.parts]
    query = replace(query, parts=tuple(other))
    # someone the last question talked about ("Besides Brittney, ..." after a call about Brittney Griner) is no
    # meeting of the follow-up's own: what it asks about
    talked_of = [p for p in query.people if same_person_among(p, previous.topic_people)]
    talked_of = [p for p in talked_of if not same_person_among(p, previous.people)]
    own_people = [p for p in query.people if not same_person_among(p, previous.people) and p not in talked_of]
    # a follow-up whose subject is "they" or "he" stays with the meeting: the countries it names are its topic
    # ("What did they say the response would be if Russia invaded Ukraine further?")
    pronoun_subject = PRONOUN_SUBJECT.match(query.text) is not None or PRONOUN_ACTOR.search(query.text) is not None
    if pronoun_subject:  # "Did he bring anything from President Biden?": whom it came from, not a meeting of theirs
        talked_of += [p for p in own_people if _SENT_BY.search(query.text.split(p)[0])]
        own_people = [p for p in own_people if p not in talked_of]
    # (the United States is a side of nearly every readout: "what U.S. commitment did Biden emphasize" names none)
    own_parties = [] if pronoun_subject else [p for p in query.parties if p not in (*previous.parties, "United States")]
    if own_people or own_parties or query.window.bounded:  # a meeting of its own ("a kind" alone is not)
        return query
    # "Where had they met just before that?": the same people, at another time, in a meeting of the kind it says
    shifted = relative_to(previous.window, query.text) if all(p.about_meeting for p in query.parts) else None
    aside = set_aside(previous.text)  # "Who did Harris meet besides Stoltenberg?": not of the meeting talked about
    kept = [p for p in previous.people if not (aside and names_in_text(p, aside))]
    return replace(
        query,
        people=tuple(dict.fromkeys((*kept, *(p for p in query.people if p not in talked_of)))),
        parties=previous.parties,
        titled_parties=previous.titled_parties,
        office_parties=previous.office_parties,
        principal=query.principal or previous.principal,  # "the Deputy Secretary" asked of before: hers, not Biden's
        window=shifted or previous.window,
        meeting_kind=(query.meeting_kind or previous.meeting_kind)
        if shifted
        else (previous.meeting_kind or query.meeting_kind),
        topic_people=query.topic_people or tuple(talked_of),
        # (the meeting asked of before is this one's: its time holds though neither question names anyone; with
        # people named, their meetings are looked for anyway, and none found leaves the follow-up to every readout)
        about_meetings=query.about_meetings or (previous.about_meetings and not kept and not query.people),
    )


def same_person_among(name: str, names) -> bool:
    """Whether a person's name is one of ``names`` (a word in common: "Sullivan" and "Jake Sullivan")."""
    mine = {fold(w) for w in name.split() if len(w) > 2}
    return any(mine & {fold(w) for w in other.split() if len(w) > 2} for other in names)
