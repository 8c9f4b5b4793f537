"""The rules a quote must meet, apart from the answerer's state: which statement kinds answer a part,
which quotes to keep (what a follow-up inherits is ``inherit``'s), and the words the answer uses for them. Pure.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..text.lexicon import ADMITTED_BODY_ENDS, BINDING_KINDS, KIND_VERBS, WEAK_KINDS
from ..text.names import find_parties
from ..text.question_words import ASKED_KINDS, HELD_STEMS, THING_NAME_ENDS
from ..text.tokenize import fold, stem, words
from .analyse import Part, Query
from .answer_types import (
    BY_NAME,
    DEATHS,
    SAID_TODAY,
    day_beside,
    day_not_given,
    exact_numbers_in,
    has_answer_type,
    names_a_new_country,
    without_numbers_of,
)
from .aside import set_aside
from .asked_type import POST_ASKED, POST_GIVEN, post_holder, post_to_give
from .compose import Quote
from .counted import counts_something_else, rough_count_of
from .coverage import (
    DETAIL_ASKED,
    adds_to,
    names_someone_new,
    names_something_new,
    office_did,
    only_of_another_country,
)
from .in_words import held_to_account, people_at_large_served
from .meeting_sentence import (
    WHY_MEETING,
    kind_in_meeting,
)
from .name_in_text import names_in_text
from .named_things import names_entities
from .places_given import without_places_asked
from .said_of_people import gives_people_said_of
from .select import Selection
from .times import MONTH_NAME
from .titled import best_titled
from .vague import names_none_asked

#: Words that make a statement of talk bind: a future of giving or doing, a pledge, a decision.
_COMMITTING = re.compile(
    r"\b(?:will|would|shall|intends?\s+to|plans?\s+to|is\s+set\s+to)\s+(?:also\s+|jointly\s+|continue\s+to\s+)?"
    r"(?:provide|give|send|"
    r"deliver|contribute|fund|finance|host|supply|donate|invest|commit|help|train|establish|"
    r"create|launch|open|join|deploy|allocate|expand|increase|support)\b|\b(?:pledged|committed|agreed|"
    r"signed|announced|decided)\b|\bdecision to\b|\b(?:commitments?|pledges?)\s+(?:made|to)\b|"
    r"\b(?:they|both|all three|the two|the leaders) agree\b",
    re.I,
)
#: a position both sides state together ("Both leaders underscored the need for ..."): agreed, in other words
_SHARED = re.compile(
    r"(?:^|[,;]\s+(?:and\s+)?|\band\s+)(?:both|the two|the)\s+(?:leaders|sides|ministers|presidents|"
    r"delegations|governments|counterparts)\s+(?:also\s+|jointly\s+)?(?:underscored|affirmed|reaffirmed|stressed|"
    r"emphasi[sz]ed|recogni[sz]ed|highlighted|concurred|acknowledged)\b",
    re.I,
)
FUTURE = re.compile(
    r"\b(?:will|next|upcoming|planned|scheduled|going to|due to|supposed to|expected to|set to|to be held|"
    r"target date)\b",
    re.I,
)


def tense_mismatch(part: Part, text: str) -> bool:
    """A "when will ..." part and a sentence that dates only what has happened ("met ... Friday"), or a "when
    did ..." part and one whose only date lies ahead ("Indonesia's upcoming 2023 chairmanship of ASEAN")."""
    if part.answer_type != "date":
        return False
    if FUTURE.search(part.text) and not _WHEN_PAST.match(part.text):  # (not "when did they welcome the upcoming ...")
        # "On what date was the dialogue scheduled to take place?": "this fall" gives no day
        return not (FUTURE_SAID.search(text) or day_beside(text, part)) or day_not_given(part.text, text)
    ahead = _AHEAD.search(text)
    return bool(ahead) and not has_answer_type(_AHEAD.sub(" ", text), "date") and not SAID_TODAY.search(text)


_WHEN_PAST = re.compile(r"\s*(?:when|on what date|on which day)\s+did\b", re.I)
#: a time that lies ahead: "upcoming 2023 chairmanship", "next year", "in the coming months"
_AHEAD = re.compile(
    r"\b(?:upcoming|forthcoming|next|coming)\s+(?:(?:[A-Za-z\-]+\s+){0,2}(?:19|20)\d\d\b|"
    r"(?:week|month|year|spring|summer|fall|autumn|winter)s?\b)",
    re.I,
)


FUTURE_SAID = re.compile(
    r"\b(?:will|would|shall|next|upcoming|plans?|planned|scheduled|to be held|looks? forward|"
    r"looked forward|later this|in the coming|expected|intends?|due|again|to meet|to hold|to visit)\b|"
    # "to prepare for the June 29-30 NATO Summit", "in advance of the 2022 commune and 2023 national elections": a
    # time of the event ahead (not "met on March 24 ... ahead of the Summit", the meeting's own day)
    rf"\b(?:prepar(?:e|ed|ing|ations?)\s+for|in\s+advance\s+of|ahead\s+of)\s+(?:the\s+)?(?:[\w\-]+\s+){{0,3}}?"
    rf"(?:(?:{MONTH_NAME})\s+\d|(?:19|20)\d\d\b)",
    re.I,
)
#: How a quote's kind is labelled where it is shown as what was said instead of an agreement.
KIND_LABELS = {"met": "the meeting", "other": "said", "noted": "noted", "discussed": "discussed"}


def of_asked_kind(fits: list[Quote], part: Part, states: set[int] | None = None) -> list[Quote]:
    """The quotes that answer a part's kind of statement, those of the very kind that state the topic in their
    own words (sentence starts in ``states``) first. An agreement or a commitment cannot rest on a record of
    talk ("... will provide $2 million" can); a question about urging, thanking ... takes any statement."""
    own = (lambda q: q.sentence.start in states) if states is not None else (lambda q: True)
    first = [q for q in fits if q.kind in part.kinds and own(q)]
    first += [q for q in fits if q not in first and own(q) and says_kind(q.sentence.text, part.kinds)]
    # the meeting's own sentence of the kind ("spoke today with Modi, committing that ...")
    first += [q for q in fits if q not in first and q.kind == "met" and kind_in_meeting(q.sentence.text, part)]
    if (lead := part.kinds[:1]) == ("condolences",) or lead == ("welcomed",) and "congratulat" in part.text.lower():
        # its meeting's own sentence first ("what did he offer condolences for", "what was each congratulated on")
        first.sort(key=lambda q: not (q.kind == "met" and kind_in_meeting(q.sentence.text, part, lead)))
    if not first and part.kinds[:1] not in (("agreed",), ("committed",)):  # none of the kind states the topic
        # ("what did she end up thanking him for", asked after the breakfast she called off): the kind's own first
        first = [q for q in fits if q.kind in part.kinds]
    rest = [q for q in fits if q not in first]
    if part.kinds and part.kinds[0] == "agreed":  # only what binds: not an appeal, a condemnation or talk
        # a pledge in other words ("welcomed Germany's decision to double ...") only when it answers better
        # than every agreement itself there ("partners have pledged" under an announcement is not one)
        bound = max((q.score for q in fits if q.kind in BINDING_KINDS), default=float("-inf"))
        rest = [
            q
            for q in rest
            if q.kind in BINDING_KINDS
            or _SHARED.search(q.sentence.text)  # (or a side's agreement told as a noun: "Yemen's agreement to allow")
            or re.search(r"\w['\u2019]s\s+agreement\s+to\b", q.sentence.text)
            or (q.score > bound and _COMMITTING.search(q.sentence.text))
        ]
    elif part.kinds and part.kinds[0] == "committed":  # a pledge may be recorded as support ("full support for")
        rest = [
            q for q in rest if q.kind not in WEAK_KINDS - {"expressed_support"} or _COMMITTING.search(q.sentence.text)
        ]
    elif part.kinds and part.kinds[0] == "condemned":  # a condemnation is one, never a record of talk or concern
        rest = [q for q in rest if _CONDEMNING.search(q.sentence.text)]
    return reason_first(first + rest, part.text)


#: a question that asks for a reason ("Why did she have to call off the breakfast?")
_WHY_ASKED = re.compile(r"\bwhy\b|\bfor what reason\b|\bwhat was the reason\b", re.I)
#: a sentence that gives one ("... was cancelled out of an abundance of caution following the Second Gentleman
#: testing positive")
_REASON_GIVEN = re.compile(
    r"\b(?:because|due to|owing to|out of (?:an? )?(?:abundance|concern|respect|caution|solidarity)|as a result of|"
    r"in light of|in response to|following|so that|in order to)\b",
    re.I,
)


def reason_first(quotes: list[Quote], question: str) -> list[Quote]:
    """For a question asking why, the quotes that give a reason first (in their order), then the others. (Before
    the quotes are chosen, and whatever their scores; ``reasons_first`` below, older, then brings forward those
    of the best quote's readout within twice the margin by a broader list of reason words. Two steps of one idea,
    kept apart here because making them one moves answers: see the issue note.)"""
    if not _WHY_ASKED.search(question):
        return quotes
    return sorted(quotes, key=lambda q: not _REASON_GIVEN.search(q.sentence.text))


#: words that condemn in a sentence of another kind ("They discussed ... and denounced the attacks.")
_CONDEMNING = re.compile(r"\b(?:condemn|denounc|deplor|decr(?:y|ied|ies)|repudiat|reject)\w*", re.I)


def says_kind(text: str, kinds: tuple[str, ...]) -> bool:
    """Whether a sentence's first verb of a kind is of one of ``kinds``, though a stronger verb after it named the
    sentence's kind ("The Secretary commended ... and reiterated ...": reaffirmed, and praise first)."""
    first = next((KIND_VERBS[w] for w in re.findall(r"\b[a-z]+ed\b", text.lower()) if w in KIND_VERBS), None)
    return first in kinds  # the sentence's first verb of a kind: its main one


def owner_of_office(name: str, question: str) -> bool:
    """Whether a question names someone only to say whose office another holds ("von der Leyen's head of
    cabinet", "Putin's spokesman"): a readout may name the office without them."""
    heads = r"head|chief|adviser|advisor|spokes\w*|minister|envoy|deputy|aide|representative|secretary|director"
    return bool(re.search(rf"\b{re.escape(name)}['\u2019]s\s+(?:\w+\s+){{0,2}}(?:{heads})\b", question, re.I))


#: words that give a reason ("cancelled out of an abundance of caution following ...")
_REASON = re.compile(
    r"\b(?:because|due to|owing to|as a result of|out of|following|in light of|given|since|in response to|"
    r"in order to|so that|citing|prompted)\b",
    re.I,
)
_WHY = re.compile(r"^\s*(?:and\s+)?(?:why|for what reason|what was the reason|what (?:prompted|led to|caused))\b", re.I)


def reasons_first(fits: list[Quote], part: Part, margin: float) -> list[Quote]:
    """For a "why" part, the sentences of the best quote's readout that give a reason, and score within twice
    ``margin`` of it, go first ("The breakfast ... was cancelled out of an abundance of caution following ..."
    for "Why didn't she host the breakfast?", where "she will be unable to host" scores best)."""
    if not fits or not _WHY.search(part.text) or WHY_MEETING.search(part.text):
        return fits
    top = fits[0]
    why = [
        q
        for q in fits
        if q.sentence.source == top.sentence.source
        and q.score >= top.score - 2 * margin
        and _REASON.search(q.sentence.text)
    ]
    return why + [q for q in fits if q not in why]


def chosen_quotes(fits: list[Quote], part: Part, topic, sel, max_quotes: int, margin: float) -> list[Quote]:
    """The quotes that answer a part, of the sentences that fit it (best first)."""
    chosen = best_quotes(reasons_first(fits, part, margin), max_quotes, margin)
    return of_whole_meeting(chosen, fits, part, topic, sel, max_quotes)


def only_the_meeting(store, part: Part, query: Query, sel, topic: tuple[str, ...]):
    """(topic, selection): no topic, and the one meeting, when a part that asks a kind of statement ("How did
    Harris and the Caribbean leaders she convened agree to ...") names nothing but a meeting: one selected
    readout's title states every topic word but verbs of holding it, and the question names no country, body or
    person as a topic and sets nothing aside; else both as they are."""
    if not topic or not part.kinds or part.answer_type != "free" or not sel.rids:
        return topic, sel
    if query.topic_parties or query.topic_people or set_aside(query.text):
        return topic, sel
    # the words must say who met, before the verb that asks the kind ("Harris and the Caribbean leaders she
    # convened agree"), not what about ("What did Blinken agree on antisemitism?")
    verb = next(
        (m.start() for m in re.finditer(r"[A-Za-z]+", query.text) if ASKED_KINDS.get(stem(m.group(0).lower()))), 0
    )
    before = {stem(w) for w in words(query.text[:verb])}
    if not all(t in before for t in topic):
        return topic, sel
    named = []
    for rid in sel.rids:
        title = {stem(w) for w in words(store.meetings[rid].title)}
        if all(t in title or t in HELD_STEMS for t in topic) and any(t in title for t in topic):
            named.append(rid)
    return ((), replace(sel, rids=(named[0],))) if len(named) == 1 else (topic, sel)


def of_whole_meeting(chosen: list[Quote], fits: list[Quote], part: Part, topic, sel, max_quotes: int) -> list[Quote]:
    """A kind asked of one meeting as a whole ("And what did they agree on?"): the chosen quotes led by the best
    statement of the first kind asked that the readout records (an agreement before a commitment), as closeness
    to a question without a topic does not tell them apart."""
    if topic or part.hints or part.answer_type != "free" or not part.kinds or sel.rids is None or len(sel.rids) != 1:
        return chosen
    first = next((k for k in part.kinds if any(q.kind == k for q in fits)), None)
    lead = max((q for q in fits if q.kind == first), key=lambda q: q.score, default=None)
    if lead is None:
        return chosen
    same = (lead.sentence.source, lead.sentence.start)
    return [lead, *[q for q in chosen if (q.sentence.source, q.sentence.start) != same]][:max_quotes]


def best_quotes(fits: list[Quote], max_quotes: int, margin: float) -> list[Quote]:
    """The first quote and those after it scoring within ``margin`` of it, at most ``max_quotes``, each once."""
    if not fits:
        return []
    best = fits[0].score
    out = [fits[0]]
    for q in fits[1:]:
        if len(out) >= max_quotes or q.score < best - margin:
            break
        if any(q.sentence.start == o.sentence.start and q.sentence.source == o.sentence.source for o in out):
            continue
        out.append(q)
    return out


def kind_noun(kind: str) -> str:
    return {
        "agreed": "agreement",
        "committed": "commitment",
        "condemned": "condemnation",
        "urged": "call",
        "thanked": "thanks",
        "welcomed": "welcome",
        "announced": "announcement",
        "discussed": "discussion",
        "expressed_concern": "expression of concern",
        "expressed_support": "expression of support",
        "reaffirmed": "reaffirmation",
        "condolences": "condolences",
    }.get(kind, kind.replace("_", " "))


def analysis_of(query: Query, sel: Selection) -> dict:
    return {
        "parts": [
            {"text": p.text, "answer_type": p.answer_type, "kinds": list(p.kinds), "topic": list(p.topic)}
            for p in query.parts
        ],
        "people": list(sel.people),
        "topic_names": list(sel.topic_names),
        "parties": list(query.parties),
        "window": query.window.describe(),
        "meeting_kind": query.meeting_kind,
        "list": query.list_intent,
        "count": query.count_intent,
        "compare": query.compare,
        "readouts": None if sel.rids is None else len(sel.rids),
    }


def answer_type_missing(text: str, part: Part) -> str:
    """Why a sentence does not carry the kind of answer a part asks for ("" when it does). "Who" of what was done
    to someone may be answered by a body as well ("who was welcomed as its newest member": the MRC Secretariat);
    either must be someone the question does not name ("who was behind the attack on Duque's helicopter")."""
    if part.answer_type in ("number", "amount", "percentage", "duration"):
        text = without_numbers_of(text, part.text)
    if part.answer_type == "number" and re.search(r"\btoll\b", part.text, re.I) and not DEATHS.search(text):
        return "no count of the dead"
    if part.answer_type == "number" and EXACTLY.search(part.text) and not exact_numbers_in(text):
        return "only a rough number"  # "exactly how many acres": "hundreds of thousands of acres"
    exact = part.answer_type == "date" and (EXACTLY.search(part.text) or _DATES.search(part.text))
    if exact and day_not_given(part.text, text):  # "for what exact date did Biden invite him": "to visit Washington in
        return "no exact day"  # July"; "on what dates would the fair be held": "at this year's Algiers Fair"
    if part.answer_type == "number" and counts_something_else(text, part.text) and not rough_count_of(text, part.text):
        return "no count of what is asked"  # "how many exporters": "home to 3,700 businesses"
    if (DETAIL_ASKED.search(part.text) and not adds_to(text, part.text)) or names_none_asked(text, part.text):
        return "nothing the question does not say"  # "what kind of drone crashed": "discussed the drone crash"
    if part.answer_type == "named":
        named = names_something_new(text, part.text) and names_entities(text, part.text)
        return "" if named else "no name of a thing the question does not give"
    if part.answer_type in ("place", "city"):  # a city the question names is what it asks about, not the answer
        text = without_places_asked(text, part.text)
    if part.answer_type == "person" and (held := post_holder(part.text)) and held not in text:
        return "not the one whose post is asked"  # "what post did Catherine Lhamon hold": her line
    if part.answer_type == "person" and post_to_give(part.text) and not POST_GIVEN.search(text):
        return "not the post asked"  # "whom did he intend to name as special envoy": "met the AFL-CIO council"
    if part.answer_type == "person" and only_of_another_country(text, part.text):
        return "no one of the country asked for"
    if part.answer_type == "person" and _WHO_TARGETED.search(part.text) and _THOSE_WHO.search(text):
        return ""  # "who did they discuss imposing consequences on": "on those who continue to provide support"
    if part.answer_type == "person" and (people_at_large_served(text, part.text) or held_to_account(text, part.text)):
        return ""  # "rather than only for whom": "not just those at the top"; "whom would they hold to account"
    if part.answer_type == "person" and gives_people_said_of(text, part.text):
        return ""  # "who did Blinken say had to commit to a ceasefire": "all parties to the conflict"
    if part.answer_type == "person" and office_did(text, part.text):
        return ""  # "who proposed an annual meeting": "the Vice President proposed an annual meeting of this group"
    thanked = part.kinds[:1] == ("thanked",) and not BY_NAME.search(part.text)  # (not "the name of the minister he
    if part.answer_type == "person" and thanked and _THANKS.search(text):  # thanked": thanks to a country name no one)
        return ""  # "whom did the President thank": "... to the National Guard, law enforcement, and first responders"
    if part.answer_type == "date" and part.kinds and not FUTURE.search(part.text) and _AT_IT.search(text):
        return ""  # "when did Blinken congratulate Lapid": "congratulated Lapid today", dated by its readout
    typed = has_answer_type(text, part.answer_type, part.text)
    if typed and part.answer_type == "country" and not names_a_new_country(text, part.text):
        return "no country the question does not name"
    if typed and (part.answer_type != "person" or names_someone_new(text, part.text) or POST_ASKED.search(part.text)):
        return ""  # (someone's post asked: "what post did Catherine Lhamon hold": her own line answers)
    if part.answer_type == "number" and rough_count_of(text, part.text):
        return ""  # "how many lives": "hundreds of lives"
    if part.answer_type == "number" and _HOW_MANY_YEARS.search(part.text) and _ANNIVERSARY.search(text):
        return ""  # "how many years of relations did they mark": "the 200th anniversary"
    if part.answer_type == "person" and (_BARE_WHO.match(part.text) or _WHO_WOULD.search(part.text)):
        bodies = [p.name for p in find_parties(text) if p.organisation] + _BODY.findall(text) + _TEAM.findall(text)
        if any(b.lower() not in part.text.lower() for b in bodies):
            return ""
    if not typed:
        return f"no {part.answer_type}"
    return "no one the question does not name"


#: what a readout tells as done that day or at the meeting it reads ("today", "During their meeting, the Secretary
#: and Foreign Minister signed ..."), dated by the readout
_AT_IT = re.compile(
    SAID_TODAY.pattern + r"|\b(?:during|at|in)\s+(?:their|the|this|today['\u2019]s)\s+(?:meeting|call|talks|visit)\b"
    r"(?!\s+(?:of|with|between|to|in)\b)",  # (not "signed during the visit of Prime Minister Kishida")
    re.I,
)
_HOW_MANY_YEARS = re.compile(r"\bhow many years\b", re.I)
_DATES = re.compile(r"\b(?:what|which)\s+dates\b", re.I)  # the days of something that lasts, asked
#: a count asked for to the unit ("exactly how many", "the precise number")
EXACTLY = re.compile(r"\b(?:exactly|precisely|exact|precise)\b", re.I)
_ANNIVERSARY = re.compile(r"\b\d+(?:st|nd|rd|th)\s+anniversary\b", re.I)
#: thanks given to someone ("thanked the Governor", "expressed his gratitude to ... the National Guard")
_THANKS = re.compile(r"\bthank(?:ed|s)?\s+(?!you\b)\w|\b(?:gratitude|grateful|appreciation)\s+to\b", re.I)
#: "who did they discuss imposing economic consequences on": whom something is aimed at, who may be described
_WHO_TARGETED = re.compile(r"\b(?:who|whom)\b[^?]*\s(?:on|against|upon)\s*\?\s*$", re.I)
_THOSE_WHO = re.compile(r"\b(?:those|anyone|countries|entities|individuals|actors|companies)\s+(?:who|that)\b", re.I)
#: "who was welcomed as ...", "who will be invited": what is done to someone, who may be a body
_BARE_WHO = re.compile(r"\s*(?:and\s+)?(?i:who|whom)\s+(?i:was|were|is|are|has been|had been|will be)\s+[a-z]+ed\b")
_BODY = re.compile(rf"\b(?:[A-Z][\w\-]*\s+)+(?:{'|'.join(ADMITTED_BODY_ENDS)})\b")
#: "who would keep the President updated": who is to do something, who may be a team ("his Homeland Security team")
_WHO_WOULD = re.compile(r"(?:^\s*|[,;:]\s+|\band\s+)(?i:who|whom)\s+(?i:would|will|was to|is to|were to)\s+[a-z]+")
_TEAM = re.compile(r"\b(?:[A-Z][\w\-]*\s+)+(?:team|staff|officials|task force|Task Force)\b")


def who_stems(answerer, sel: Selection, query: Query) -> set[str]:
    """Stems of names that say who or where, not what: one in the title of the one or two readouts selected
    ("Meeting with Activist Nazanin Boniadi"), the place the question gives the one readout selected when it
    names it ("... session in Geneva"), or only the owner of someone's office ("von der Leyen's head of ...")."""
    rids, out = sel.rids or (), set_aside(query.text).split()  # "besides Russia and Ukraine"
    if len(rids) > 2:  # of many, the one or two whose titles say what the question says of its meeting
        rids = best_titled(answerer.store, sel, query.text, query.meeting_kind).rids or ()
    titles = " ".join(answerer.store.meetings[r].title for r in rids) if 0 < len(rids) <= 2 else ""
    for name in (*sel.topic_names, *query.topic_people):
        if name.split()[-1] in THING_NAME_ENDS:  # "... Call with Speaker Pelosi on the Build Back Better Agenda"
            continue
        if (titles and names_in_text(name, titles)) or owner_of_office(name, query.text):
            out += name.split()
    one = answerer.store.readout(answerer.store.meetings[rids[0]].source).text if query.place and len(rids) == 1 else ""
    if query.place and re.search(rf"\b{re.escape(query.place)}\b", one):  # a word: Niger is not in Nigeria
        out += query.place.split()
    return {stem(fold(w)) for w in out}
