"""Which kinds of statement a part of a question asks for ("what did they agree" -> agreed, committed), and
whether a part asks only that after a clause that says which meeting. Pure functions.
"""

from __future__ import annotations

import re

from ..text.lexicon import CALENDAR
from ..text.question_words import ASKED_KINDS, ASKED_OF, CALL_NOUN_BEFORE, LIGHT_VERBS, WAY_BACK_VERBS
from ..text.tokenize import stem, words
from .kind_lookalikes import without_kind_lookalikes
from .meeting_kinds import LAST_HAD
from .not_kinds import ABLE_TO, NO_PLEDGE
from .topics import (
    CONCLUDED_TOGETHER,
    CREDITED,
    MEETING_WORD,
    SCENE_AFTER,
    SETTLED_ON,
    leading_clause,
    scene_sentence,
    topic_terms,
)


def asks_only_the_kind(part: str, drop: set[str], scene: set[str]) -> bool:
    """Whether a part, after a leading clause that says which meeting, asks a kind of statement and nothing more
    ("At Harris's July 8, 2022 White House meeting with ..., what did she and the state leaders commit to?"): the
    names of the clause then say which meeting, not what answers."""
    part = part.strip()
    lead = leading_clause(part)  # a clause, not a sentence of its own ("Both in June, X discussed food ...")
    clause = bool(lead and lead.group(0).rstrip()[-1:] in ",:")
    if not clause:
        # or a sentence that tells of the meeting before thanks or praise asked for ("In June 2021 the Secretary
        # phoned a former president about a worsening crackdown ... . What did the Secretary thank the former
        # president for?": thanked for whatever it was; not "The call was about Iran. What did they agree?")
        lead = scene_sentence(part)
    if lead is None or (not clause and not MEETING_WORD.search(lead.group(0))):
        return False
    asked = asked_kinds(part[lead.end() :])
    if not asked or (not clause and asked[:1] not in _CREDIT_KINDS):  # (a sentence's first kind: "offer condolences")
        return False
    return not [t for t in topic_terms(part[lead.end() :], drop) if t not in scene]


#: kinds that give credit for something other than what a meeting was about: thanks, praise, congratulations
_CREDIT_KINDS = frozenset({("thanked",), ("welcomed",), ("condolences",)})
_ON_THE_TABLE = re.compile(r"\b(?:on|off)\s+the\s+table\b", re.I)
#: what a meeting looked forward or ahead to doing ("looked ahead to signing a science agreement"): a thing to come
_LOOKED_AHEAD_TO = re.compile(r"\blook(?:s|ed|ing)?\s+(?:forward|ahead)\s+to\s+\w+ing\b[^?,;]*", re.I)


#: a name of a law, plan or pact, which may hold a word that asks a kind ("the Build Back Better Act")
#: three or more capitalised words inside a sentence ("... and Build Back Better?"): a name, whatever its words say
_TITLE_CASE_RUN = re.compile(r"(?<=[a-z,]\s)[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){2,}")
_NAME_WITH_KIND_WORD = re.compile(
    r"(?<=\s)[A-Z][\w\-]*(?:\s+(?:of\s+|for\s+)?[A-Z][\w\-]*){1,}\s+(?:Act|Bill|Initiative|Agenda|Plan|Framework|"
    r"Partnership|Fund|Program|Programme|Agreement|Accords?|Declaration|Alliance|Coalition|Strategy|Pledge|Challenge)\b"
)


#: a deed named as a noun by its owner ("Brazil's signing of the Artemis Accords", "the signing of the deal"): the
#: subject of the question, not the kind of statement it asks for
_AN_ACT_NAMED = re.compile(r"\b(?:the|its|their|his|her|[\w\-]+['\u2019]s)\s+[a-z]+ing\s+of\b", re.I)
#: a paper one side signs alone ("he would sign Texas's request for a Major Disaster Declaration", "sign the bill"):
#: a deed of its own, no agreement between the sides
_SIGNED_ALONE = re.compile(
    # (the paper right after it, or after its owner: not "sign at the request of", "sign a joint request")
    r"\bsign(?:s|ed|ing)?\s+(?:(?:the|a|an|its|his|her|their|[\w\-]+['\u2019]s)\s+)?"
    r"(?:(?:major|formal|disaster|emergency)\s+){0,2}(?:request|bills?|executive\s+orders?|proclamations?|"
    r"(?:disaster|emergency)\s+declarations?)\b",
    re.I,
)
#: a signing others did that a side looked on at ("where he watched a Libyan firm and an American firm sign a ...
#: deal", "attended the signing of a contract"): a scene of the visit, no agreement between its sides
_SIGNING_WATCHED = re.compile(
    r"\b(?:watch|witness|observ|attend)(?:es|ed|ing|s|e)?\s+(?:[^?,;]*?\s)?sign(?:s|ed|ing)?\b[^?,;]*", re.I
)
_TALKED_OF = re.compile(r"\s+(?:\w+\s+){0,3}?(?:about|of|with)\b", re.I)


def asked_kinds(part: str) -> tuple[str, ...]:
    """The statement kinds a part asks about ("what did they agree" -> agreed, committed); a leading clause that
    says which meeting asks none ("At a 2022 meeting with nine governors on defending abortion access, which
    obstacle did the president say ...")."""
    out: list[str] = []
    if (lead := leading_clause(part.strip())) and MEETING_WORD.search(lead.group(0)):
        part = part.strip()[lead.end() :]
    # "Which crossings did they name when they discussed the blockades?": a closing clause that says which meeting
    # asks no kind of statement when the question before it asks none
    if (tail := SCENE_AFTER.search(part)) and tail.start() > 0 and not asked_kinds(part[: tail.start()]):
        return ()
    # "what the agreement would mean for each": a deal already named is a thing talked about, not the kind of
    # statement asked for ("what agreement did they reach" still asks for one)
    part = _NAMED_DEAL.sub(lambda m: "" if _only_describes(m.group(1)) else m.group(0), part)
    # "diplomats going back to Ukraine": a way back, not backing
    part = re.sub(rf"\b(?:{'|'.join(WAY_BACK_VERBS)})\s+back\b", " ", part, flags=re.I)
    # "putting abortion protections back into federal law", "back in 2021": an adverb before its preposition
    part = re.sub(r"\bback\s+(?=(?:into|to|in|on|at|from|home|then|when)\b)", " ", part, flags=re.I)
    part = without_kind_lookalikes(part)  # "missile launch", "pressing an offensive", "press secretary": no kind
    # "when had the pair last talked, by phone": a contact, nothing said in it (not "last talked about", "on what")
    if not re.search(r"\b(?:on|about)\s+what\b", part, re.I):
        part = LAST_HAD.sub(lambda m: m.group(0) if _TALKED_OF.match(part, m.end()) else " ", part)
    part = _NAME_WITH_KIND_WORD.sub(" ", part)  # "the Build Back Better Act": a name, no backing
    part = _LOOKED_AHEAD_TO.sub(" ", part)  # "looked ahead to signing an agreement": a thing to come, not one made
    part = _AN_ACT_NAMED.sub(" ", part)  # "what did Brazil's signing of the Accords show": a thing done, not asked
    part = _SIGNED_ALONE.sub(" ", part)  # "when would he sign Texas's request": his own deed
    part = _SIGNING_WATCHED.sub(" ", part)  # "watched two firms sign a deal": others' deed, looked on at
    part = _TITLE_CASE_RUN.sub(" ", part)  # "infrastructure and Build Back Better": a name of three words or more
    part = NO_PLEDGE.sub(" ", part)  # "Republican-backed bills" (who is behind them), "the promise of the ADA"
    part = ABLE_TO.sub(" ", part)  # "a woman should be able to decide": what she may do, nothing said
    if _ON_THE_TABLE.search(part):  # "what else was on the table": what was discussed
        out.append("discussed")
    if SETTLED_ON.search(part) or CONCLUDED_TOGETHER.search(part):
        out += ["agreed", "committed"]
    if CREDITED.search(part):
        out += ["thanked", "welcomed", "noted"]
    for w in words(part):
        for kind in ASKED_KINDS.get(stem(w), ()):
            if kind not in out:
                out.append(kind)
    if any(_calls_on(m) for m in _CALL_ON.finditer(part)) or re.search(ASKED_OF, part, re.I):
        out = ["urged", *(k for k in out if k != "urged")]
    # "offer condolences", "offered support": the noun says the kind, the verb only carries it
    light = {k for w in words(part) if stem(w) in LIGHT_VERBS for k in ASKED_KINDS.get(stem(w), ())}
    heavy = [k for w in words(part) if stem(w) not in LIGHT_VERBS for k in ASKED_KINDS.get(stem(w), ())]
    if light and heavy:
        out = [k for k in out if k in heavy] + [k for k in out if k not in heavy]
    return tuple(out)


_CALL_ON = re.compile(r"\b(?:([\w\u2019']+)\s+)?call(ed|s)?\s+(on|for)\b(?:\s+(\w+))?", re.I)


def _calls_on(m: re.Match) -> bool:
    """Whether "call on" / "called for" is an appeal ("called on Russia to ..."), not a call on a day or one
    named by what precedes it ("the call on Monday", "Biden's video call on February 11", "Biden's calls on
    Ukraine", "his March 21, 2022 call on the war"; "Biden's calls for a ceasefire" are appeals)."""
    before, verb, to = (m.group(1) or "").lower(), (m.group(2) or "").lower(), m.group(3).lower()
    if (m.group(4) or "").lower() in CALENDAR or (m.group(4) or "").isdigit():
        return False
    named = before in CALL_NOUN_BEFORE or before.endswith(("'s", "\u2019s")) or before.isdigit() or before in CALENDAR
    urging = re.match(r"\s*(?:[\w\u2019'.\-]+\s+){0,3}?to\s+[a-z]", m.string[m.end() :]) is not None  # "on Russia to"
    return verb == "ed" or not named or (verb == "s" and (to == "for" or urging))


#: "the U.S.-Philippine '123' civil nuclear agreement": a deal named with its article and up to four words
_NAMED_DEAL = re.compile(
    r"\b(?:the|this|that|its|their)\s+((?:[\w\-\"\u201c\u201d.]+\s+){0,4}?)(?:agreements?|deals?|accords)\b(?!\s+(?:on|to|with)\b)",
    re.I,
)


def _only_describes(between: str) -> bool:
    """Whether the words between a deal's article and its noun only describe it: no other article, no verb of a
    statement kind ("Did the leaders sign the deal?" still asks whether they signed)."""
    ws = words(between)
    return not any(w in ("the", "this", "that", "its", "their", "a", "an") or stem(w) in ASKED_KINDS for w in ws)
