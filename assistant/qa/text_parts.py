"""What a missing part is called in an answer: "the readout of ... gives no figure for aid to Haiti". Pure."""

from __future__ import annotations

import re
from dataclasses import replace

from ..text.lexicon import MEETING_NOUNS, TRIP_NOUNS
from ..text.names import find_parties
from ..text.question_words import ABOUT_SUFFIXES, LEAVING_OUT
from ..text.tokenize import stem
from .analyse import Part, analyse
from .named_things import NAMED_ASKED
from .sum_for import sum_asked_of

_TYPE_PHRASES = {
    "amount": "gives no figure",
    "number": "gives no number",
    "percentage": "gives no percentage",
    "duration": "gives no length of time",
    "person": "names no one",
    "organisation": "names no organisation",
    "date": "gives no date",
    "place": "gives no place",
    "region": "names no region",
}


def topic_words(part: Part, topic: tuple[str, ...]) -> str:
    """The part's own words for its topic, in order: the words whose stems make the topic."""
    wanted = set(topic)

    def kept(m: re.Match) -> tuple[int, int] | None:
        word = m.group(0).lower().replace("\u2019s", "").replace("'s", "")
        if stem(word) in wanted:
            return m.span()
        head, _, tail = word.partition("-")  # "Afghanistan-related": its first half only (not "Indo" of "Indo-Pacific")
        about = tail in ABOUT_SUFFIXES
        return (m.start(), m.start() + len(head)) if about and stem(head) in wanted else None

    tokens = re.finditer(r"[A-Za-z\u00C0-\u024F][\w\u00C0-\u024F'\u2019\-]*", part.text)
    found = [at for m in tokens if (at := kept(m)) is not None]
    if not found:
        return ""
    phrase = part.text[found[0][0] : found[-1][1]]
    if len(phrase.split()) <= len(found) + 3:  # "fisheries quotas in the Arctic": the question's own phrase
        return phrase
    out: list[str] = []
    for start, end in found:
        if part.text[start:end].lower() not in (w.lower() for w in out):
            out.append(part.text[start:end])
    return " ".join(out)


def describe_topic(part: Part, topic: tuple[str, ...]) -> str:
    """ " on aid to Haiti" (with its leading space), or "" when the part has no topic words."""
    words = topic_words(part, topic)
    return f" on {words}" if words else ""


def missing_line(part: Part, topic: tuple[str, ...], scope: str) -> str:
    """The sentence that names a part the readouts do not answer."""
    about = topic_words(part, topic)
    phrase = _TYPE_PHRASES.get(part.answer_type)
    if part.answer_type == "named" and (named := NAMED_ASKED.search(part.text)):
        phrase = f"names no {named.group('what')}"  # "names no specific air defense systems", "names no U.S. companies"
        asked = {stem(w.lower()) for w in named.group("what").split()}
        about = topic_words(part, tuple(t for t in topic if t not in asked))
    scope = scope[:1].lower() + scope[1:] if scope else "the readouts"
    if part.answer_type == "named" and (whose := re.search(r"\bwhose ([a-z\-]+)", part.text, re.I)):
        return f"{scope} {_verb('names no owner', scope)} of the {whose.group(1)}."  # "whose drone was it"
    if part.answer_type == "number" and (counted := _HOW_MANY_OF.search(part.text)):
        return f"{scope} {_verb('gives no number', scope)} of {counted.group(1)}."
    if part.answer_type == "amount" and (thing := sum_asked_of(part.text)):  # "... for the military assistance"
        return f"{scope} {_verb(phrase or 'gives no figure', scope)} for the {thing}."
    if phrase:
        return f"{scope} {_verb(phrase, scope)}{' for ' + about if about else ''}."
    return f"{scope} {'say' if _plural(scope) else 'says'} nothing{' about ' + about if about else ''} that answers it."


#: what "how many" counts, up to its verb: "How many Ukrainian refugees had Croatia taken in": Ukrainian refugees
_HOW_MANY_OF = re.compile(
    r"\bhow many\s+((?:[A-Za-z\-\u2019']+\s+){0,3}?[A-Za-z\-]+)\s+(?:had|have|has|did|do|does|were|was|are|is|will|"
    r"would|could|can|should|took|take|attended|joined|participated|met|died|fled)\b",
    re.I,
)


def _plural(scope: str) -> bool:
    # "the readout of A and the readout of B"; not the "and" of one readout's title ("... Biden and Draghi")
    return scope.startswith("the readouts") or " and the readout" in scope


def _verb(phrase: str, scope: str) -> str:
    """ "gives no figure" for one readout, "give no figure" for several."""
    verb, rest = phrase.split(" ", 1)
    if _plural(scope):
        verb = {"gives": "give", "names": "name"}.get(verb, verb)
    return f"{verb} {rest}"


#: The verbs a list question asks with ("which readouts mention / refer to / bring up ...").
_MENTIONING = (
    r"mention|mentions|mentioned|refer|refers|referred|cite|cites|cited|raise|raises|raised|discuss|discusses|"
    r"discussed|cover|covers|covered|bring up|brings up|touch on|touches on|touched on|deal with|deals with|"
    r"dealt with|names|name(?=\s+(?:both|each|all|either)\b)"
)
_RELATIVE = re.compile(
    rf"^(?P<head>.*?\b(?:{_MENTIONING}|record|records|recorded)\b\s+\S.*?)\s*,?\s+(?:that|which|who)\s+"
    r"(?!mention|refer|cite|raise|discuss|cover|record|bring|touch|deal)\w+.*$",
    re.I,
)


#: the verbs of taking part in a meeting someone else held ("attended", "took part in")
_TAKING_PART = r"attended|joined|took\s+part\s+in|participated\s+in"
#: a clause that says who held the meetings listed ("meetings that U.S. leaders held with Boris Johnson")
_HELD_BY = re.compile(
    r"\s*,?\s+(?:that|which)\s+"
    r"(?:[\w.'\u2019\-]+\s+){1,12}?(?:held|had(?!\s+\w+(?:ed|en)\b)|hosted|conducted|convened|made|"
    rf"paid|led|chaired|{_TAKING_PART})\b",
    re.I,
)

#: the nouns of meetings a list may ask for ("calls", "a meeting", "engagements")
_MEETINGS_NOUN = r"\b(?:calls?|meetings?|talks|conversations?|engagements?|contacts?|visits?)"
_MEETINGS_END = re.compile(rf"{_MEETINGS_NOUN}$", re.I)
#: a clause that says when or where the meetings asked for took place ("meetings or calls by senior U.S. officials
#: that took place on July 6, 2021"): which meetings, kept
_TOOK_PLACE = re.compile(
    r"\s*,?\s+(?:that|which)\s+(?:(?:took\s+place|happened|occurred|(?:were|was)\s+held)\s+(?:on|in|at|during)|"
    r"(?:are|is|were|was)\s+dated|(?:are|is|were|was)\s+(?:published|issued|released)\s+(?:on|in))\b",
    re.I,
)
_MEETINGS_WORD = re.compile(rf"{_MEETINGS_NOUN}\b", re.I)


def _dates_the_meetings(head: str) -> bool:
    """Whether a clause of time or place after ``head`` is said of its meetings ("meetings or calls by senior
    officials | that took place on July 6"), not of a thing the readouts must mention after them ("readouts of
    meetings with Japanese leaders mention the assassination | that took place on July 8")."""
    said = list(_MEETINGS_WORD.finditer(head))
    return bool(said) and not re.search(rf"\b(?:{_MENTIONING}|about|regarding|on)\b", head[said[-1].end() :], re.I)


def without_relative_clause(question: str) -> str:
    """A list question without the clause that describes its object: "Which readouts mention the 3+1 format
    that links the U.S. with Greece?" -> "Which readouts mention the 3+1 format?"; nor the examples it gives
    after a comma ("..., whether the Nord Stream 2 project or the 2022 sabotage?")."""
    m = _RELATIVE.match(question.strip())
    if m and _HELD_BY.match(question.strip(), m.end("head")) and _MEETINGS_END.search(m.group("head")):
        m = None  # "calls or meetings that Secretary Blinken held on July 13": who met and when, kept
    if m and _TOOK_PLACE.match(question.strip(), m.end("head")) and _dates_the_meetings(m.group("head")):
        m = None
    question = m.group("head").rstrip(" ,") + "?" if m else question
    # "... Nicaragua as a concern, whether its democratic crisis, human rights or Ortega's conduct?": examples
    examples = re.search(r",\s*(?:whether|either|be it|including|such as|e\.g\.)\b[^?]*\?\s*$", question)
    if examples is None:
        return question
    # (a time after them stays: "... talking with a president, either by phone or face to face, on June 28, 2022?")
    at = r",\s*((?:on|in|during|between|from|since|before|after)\s+[^?]*?\b(?:19|20)\d\d)\s*\?\s*$"  # (ending it)
    timed = re.search(at, examples.group(0))
    return question[: examples.start()] + (f" {timed.group(1)}" if timed else "") + "?"


_LIST_VERB = re.compile(
    rf"\b(?:{_MENTIONING}|brought up|talk about|talks about|address|addresses|addressed|involve|involves|"
    r"feature|features)\b",
    re.I,
)
#: "In which readouts does Susan Rice appear?": what appears in them, before its verb
_APPEARS = re.compile(r"\b(?:does|do|did)\s+(?P<obj>.+?)\s+(?:appear|feature|figure|come up|show up)\b", re.I)


#: the meetings someone took part in ("List the meetings Representative Barbara Lee took part in"): readouts naming them
_TOOK_PART_IN = re.compile(
    r"\b(?:meetings|calls|readouts|roundtables)(?P<who>\s+(?:[A-Z][\w.\-]*\s+){1,5}?)"
    rf"(?:{_TAKING_PART}|sat in on|was part of)\b"
)
#: who took part in the meetings listed ("calls in which an Estonian leader or foreign minister took part"): whom
#: they were with, not what they mention
_IN_WHICH_TOOK_PART = re.compile(
    rf"\b(?:in\s+which|where)\s+((?:an?|the)\s+[^?,]{{1,60}}?)\s+(?:{_TAKING_PART}|took\s+part)\b"
)
#: what a list question leaves out ("(leave out group calls with allies and the June 2022 meeting ...)", ", i.e.
#: not in group calls and not together with the EEAS"): which readouts not to count, not what they mention
_LEFT_OUT = re.compile(
    r"\s*\((?:leave|leaving|left|excluding|exclude|not|but not|other than|except|without)\b[^()]*\)|"
    rf",?\s*(?:i\.e\.,?\s+)?\b(?:{'|'.join(LEAVING_OUT)}|leave out|not including|except|but not|"
    r"not in group|not together)\b[^?]*",
    re.I,
)
#: someone a list question asks to be on a meeting's list of people ("Which readouts list Representative Barbara Lee
#: among the members of Congress taking part?"): the readouts that name them
_LISTED_AMONG = re.compile(
    r"\b(?:list|lists|name|names|include|includes)\b(?P<who>\s+(?:[A-Z][\w.\-]*\s+){0,4}?[A-Z][\w.\-]*)"
    # (who that one is, said between: "Janai Nelson, head of the NAACP Legal Defense Fund, among ...")
    r"(?:,\s+(?:the\s+)?(?:head|chair\w*|president|director|leader|founder|co-founder|ceo|chief|executive|"
    r"secretary|member|founding)\b[^,?]{3,80},)?\s+(?:among|as one of|as a member of|on the list of)\b[^?]*",
)


_EVENTS = "(?:" + "|".join(MEETING_NOUNS + TRIP_NOUNS) + ")"
_OWN_EVENTS = "(?:" + "|".join(MEETING_NOUNS) + ")"  # not "his trip to Kyiv": a thing said
_TALKING = r"(?:talking|speaking|meeting|calling|phoning|conferring|sitting down)"
_MEETING_SIDES = (
    re.compile(rf"\b[\w.\-]+(?:\s+[A-Z][\w.\-]+)?['\u2019]s?\s+(?:\w+\s+)?{_OWN_EVENTS}\b"),
    re.compile(rf"\b{_EVENTS}\s+(?:with|to|in)\s+(?:\S+\s+){{0,3}}?[A-Z][\w.\-]+(?:\s+[A-Z][\w.\-]+)*"),
    # "Secretary Blinken talking with Kenya's foreign affairs chief Raychelle Omamo": who met, on both sides
    re.compile(
        rf"\b(?:[A-Z][\w.\-]+\s+){{1,3}}{_TALKING}\s+(?:with|to)\s+(?:\S+\s+){{0,5}}?[A-Z][\w.\-]+(?:\s+[A-Z][\w.\-]+)*"
    ),
)
#: "cover a meeting that Vice President Harris held": who held it (not "mention the meetings that Lavrov held with
#: Kuleba", meetings the readouts tell of)
_HELD_SIDE = re.compile(
    rf"\b{_OWN_EVENTS}\s+(?:that|which)\s+(?:[A-Z][\w.\-]+\s+){{1,4}}(?:\w+\s+)?(?:held|had|hosted|led)\b"
)
_RECORDING = re.compile(r"\b(?:cover|covers|record|records|describe|describes|document|documents)\b", re.I)


def list_query(query, question: str):
    """A list question's analysis: without the clause describing its object ("the 3+1 format that links the
    U.S. with Greece"), and with the people and countries its object names as what is mentioned, not who
    met ("Which readouts mention the assassination of Haitian President Moïse?": any readout, not only
    meetings with Haiti)."""
    # "the Good Friday (Belfast) Agreement": what is in brackets is another name for the same thing
    # (not "(using the words 'energy prices')", which says how the readouts must write it)
    trimmed = re.sub(
        r"\s*\((?![^()]*\b(?:words?|phrase|term|wording)\b)[^()]*\)",
        "",
        without_relative_clause(_LEFT_OUT.sub("", question)),  # (what is left out is no topic, day or side)
    )
    trimmed = re.sub(r"\b(?:deals?|dealt) with\b", "mention", trimmed)  # not a deal
    trimmed = re.sub(r"\b(readouts?|which)\s+reports?\b", r"\1 record", trimmed)  # "readouts report": not a report
    trimmed = _LISTED_AMONG.sub(r"mention\g<who>", trimmed)  # "list Barbara Lee among the members taking part"
    trimmed = _TOOK_PART_IN.sub(r"readouts that mention\g<who>", trimmed)  # "the meetings Barbara Lee took part in"
    trimmed = _IN_WHICH_TOOK_PART.sub(r"with \1", trimmed)  # "calls in which an Estonian leader took part"
    if trimmed != question:
        query = replace(analyse(trimmed), text=question)
    verb, appears = _LIST_VERB.search(trimmed), _APPEARS.search(trimmed)
    if verb is None and appears is None:
        return query
    obj = appears.group("obj") if appears else trimmed[verb.end() :] if verb else ""
    # who met stays who met: "Biden's calls about ...", "meetings with Mongolian officials"
    held_by = [_HELD_SIDE] if verb is not None and _RECORDING.fullmatch(verb.group(0)) else []
    sides = " ".join(m.group(0) for pattern in (*_MEETING_SIDES, *held_by) for m in pattern.finditer(obj))
    people = tuple(p for p in query.people if p in obj and p not in sides)
    held = {x.name for x in find_parties(sides)}
    parties = tuple(p for p in query.parties if p in obj and p not in held)
    if not any(p.topic for p in query.parts):  # "does Lithuania or a Lithuanian leader come up": no words of its
        parties = ()  # own left to find it by; the meetings of the country are the readouts that have it
    if not (people or parties):
        return query
    return replace(
        query,
        people=tuple(p for p in query.people if p not in people),
        parties=tuple(p for p in query.parties if p not in parties),
        titled_parties=tuple(p for p in query.titled_parties if p not in parties),
        office_parties=tuple(p for p in query.office_parties if p not in parties),
        topic_people=(*query.topic_people, *people),
        topic_parties=(*query.topic_parties, *parties),
    )


#: what a list question that names nothing to find its readouts by is told
NO_LIST_OBJECT = (
    "The question does not say what the readouts should mention or who met; name a topic, a person or a country."
)
