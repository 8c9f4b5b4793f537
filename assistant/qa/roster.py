"""Who was on a meeting's list of speakers or participants: many readouts end with one ("Speakers:" then a line a
person, "- New Jersey Attorney General Matthew Platkin", or numbered, "7. Undersecretary Gil Cisneros, US
Department of Defense"). A question that asks who was listed, among the speakers or the attendees, who took part,
joined or represented a body ("Which New Jersey attorney general was among the speakers at ...?", "Which governors
were on Biden's call ...?") is answered by the lines of that list whose words best fit the question's description
of the person, in the readout the question names; every line when the question describes no one ("Which officials
took part ...?", "Who were the speakers at ...?")."""

from __future__ import annotations

import re

from ..corpus.people import mentions
from ..text.lexicon import (
    GOVERNMENT_VENUES,
    QUESTION_WORDS,
    STOPWORDS,
    TITLE_ABBREVIATION_WORDS,
)
from ..text.names import find_parties
from ..text.place_words import US_STATE_CODES
from ..text.question_words import ANYONE_STEMS, ASIDE_PHRASES, ROSTER_LIST_WORDS
from ..text.tokenize import stem, without_possessive, words
from .analyse import Part
from .asked_type import post_holder
from .compose import Quote
from .coverage import topic_coverage
from .full_names import full_names
from .headcount import headcount
from .titled import title_line

#: a question about a meeting's list of people ("among the speakers", "listed among attendees", "took part in",
#: "joined Harris at her roundtable", "were on Biden's call", "represented the NAACP at", "among the House Democrats
#: Biden met")
ROSTER_ASKED = re.compile(
    r"\b(?:speakers?|attendees?|participants|panell?ists?|listed|roster|list of (?:people|names|participants)|"
    r"on the list|"
    r"took part|taking part|participated|joined|represented|representing|spoke (?:for|at)|speaking (?:for|at)|"
    r"on behalf of|sat in|sitting in|"
    r"attended|attending|"
    r"(?:was|were) on (?:the|his|her|their|"
    r"\w+['\u2019]s) (?:\w+ ){0,4}?(?:call|meeting|roundtable)|"
    # "was among the House Democrats Biden met virtually", "among the progressive House members in Biden's October
    # 2021 virtual meeting": one of the group met
    r"among the [^?,]{1,60}?\b(?:met|meet|meeting|call|roundtable|convened|hosted|called|invited|gathered|"
    r"brought together))\b",
    re.I,
)
#: whether someone took part, asked yes or no ("Did Mayor Lightfoot take part in ...?", "Did X attend ...?")
_WAS_THERE = re.compile(
    r"\b(?:(?:take|took|taking)\s+part|attend(?:ed|ing)?|participat\w*|join(?:ed)?|s[ia]t\s+in|(?:was|were)\s+"
    r"(?:on|among|at|in)\s+(?:the|his|her|their))\b",
    re.I,
)
#: "Which Iowa representative was among ...": a member of Congress on the list (a person only where a list is asked
#: about: "which representatives of civil society" and "which state representative chairs ..." are read otherwise)
_WHICH_MEMBER = re.compile(r"\s*which\s+(?:[A-Z][\w.\-]*\s+){0,2}representatives?\b", re.I)
_AMONG = re.compile(r"\bamong the\b", re.I)
#: a question about what someone on the list said, not who was on it
_SAID = re.compile(r"\b(?:say|says|said|tell|told|describe[sd]?|call(?:s|ed)? for|warn(?:s|ed)?)\b", re.I)
#: whom a question sets aside ("besides the majority leader were listed"), up to its verb
_ASIDE_WHO = re.compile(
    rf"\b(?:{'|'.join(ASIDE_PHRASES)})\s+(?:the\s+)?([^?,]+?)"
    r"(?=\s+(?:were|was|are|is|did|does|who|listed|took|joined|attended|spoke)\b|\s*[?,]|$)",
    re.I,
)
#: a line of such a list: a bullet or a number, then a name or a title
_MARKER = re.compile(r"^\s*(?:[-\u2022\u2013*]|\d{1,2}[.)])\s+")
#: a line of a list ("- Rep. Phil GiaQuinta", "3. Governor Charlie Baker")
BULLET = re.compile(_MARKER.pattern + r"\S")
#: a line of such a list that opens with two to four capitalised words and a comma: a name, then the post
_NAME_FIRST = re.compile(_MARKER.pattern + r"((?:[A-Z][\w.'\u2019\-]*\s+){1,3}[A-Z][\w'\u2019\-]*),")
#: the stems of those words, dropped from what the question says of the meeting
_LISTING = frozenset(stem(w) for w in ROSTER_LIST_WORDS)
#: the words of where a meeting was held ("Harris's White House roundtable"): no title of a readout says them
_VENUE = frozenset(stem(w.lower()) for v in GOVERNMENT_VENUES for w in v.split())
#: where a roster question's description of the person ends: the verb of being listed, or the meeting
_DESCRIPTION_END = re.compile(
    r"\b(?:among|listed|on the list|took part|taking part|participated|joined|attended|attending|sat|was|were|at|"
    r"in|during|"
    r"from|on)\b",
    re.I,
)
#: "... as chair of the Congressional Black Caucus?": the role describes the person
_AS_ROLE = re.compile(
    r"\bas\s+(?:the\s+)?((?:chair|head|leader|president|director|member|representative)\b[^?,]*)", re.I
)
#: "Which White House official attending ... was the Vice President's chief of staff?": the post describes them
_WAS_ROLE = re.compile(r"\b(?:was|were) (?:the|a|an) ([^?,]+?)\s*\?\s*$", re.I)
#: "which staff member ... held the post of press secretary?": the post describes them
_POST_HELD = re.compile(
    r"\b(?:held|holds|holding|had|has|in) the (?:post|role|position|office|job|title) of ([^?,]+?)"
    r"(?=\s+(?:among|at|in|on|during|for|from|listed|with)\b|\s*[?,]|$)",
    re.I,
)
#: "Which attorney general from New York ...": where the person is from describes them
_FROM_PLACE = re.compile(r"\bfrom\s+((?:[A-Z][\w.\-]*(?:\s+|$)){1,3})")
#: "who represented the NAACP at ...": the body represented describes the person
_REPRESENTED = re.compile(
    r"\b(?:represent(?:ed|s|ing)?|spoke for|speaking for|on behalf of|(?:took part|participated|attended) for)"
    r"\s+(.+?)(?:\s+(?:at|on|in|during)\b|\s*\?|\s*$)",
    re.I,
)


#: a question about the post of someone it names ("what position did participant Edina Lekovic hold", "what is
#: Lekovic's title", "which organization did Sung Yeon Choimorrow lead", "which committee does Rep. Aaron Michlewitz
#: chair"), or their district as the list gives it
_POSITION_ASKED = re.compile(
    r"\b(?i:what|which)\s+(?:[A-Z][\w\-]*\s+){0,3}(?:(?i:cabinet|leadership)\s+)?"
    r"(?i:position|title|post|job|office|organi[sz]ation|group|committee|panel|caucus|portfolio|agency|ministry)s?\s+"
    r"(?:(?i:did|does|do)\s+[^?]{1,60}?\s+(?i:hold|have|occupy|fill|lead|head|run|represent|chair|give|assign)\b|"
    # ("which organizations were Quyen Dinh and Neil Makhija there for": whose, up to the words that ask it)
    r"(?i:was|is|were)\s+[A-Z][^?]{0,60}?\s+(?i:there\s+for|representing)\b|"
    r"(?i:was|is|were)\s+(?:held\s+by\s+)?[A-Z])|"
    r"['\u2019]s\s+(?:(?i:ministerial|official|formal|exact|full)\s+)?(?i:title|job|post)\b|"
    # "Which state did Governor Dan McKee lead when he joined ...": the line of the list naming him
    r"\b(?i:what|which)\s+(?i:state|district)\s+(?i:did|does|do)\s+(?:[A-Z][\w.\-]*\s+){2,4}"
    r"(?i:lead|govern|represent|serve)\b|"
    # "Which state was Governor Kate Brown representing at ...", "which country was President Irfaan Ali there to
    # represent": the same
    r"\b(?i:what|which)\s+(?i:state|district|country|nation)\s+(?i:was|is|were)\s+(?:[A-Z][\w.\-]*\s+){2,4}"
    r"(?i:representing|leading|governing|serving|there\s+(?:to\s+(?:represent|speak\s+for)|for)|from)\b|"
    # "which congressional district number is listed for Rep. Mondaire Jones": the line of the list naming them
    # ("which districts are listed for Joe Neguse and for Peter Welch": each one's)
    r"\b(?i:what|which)\s+(?:(?i:congressional|state|legislative|house|senate)\s+)?(?i:districts?)(?:\s+(?i:number|code)s?)?"
    r"\s+(?i:is|was|are|were)\s+(?i:listed|given|shown|written|stated)\s+(?i:for|beside|next to)\s+"
    r"(?:(?:(?i:and|for)|[A-Z][\w.'\u2019\-]*),?\s+)*[A-Z][\w.'\u2019\-]*"
    # "Which state's governor was Mark Gordon": the line of the list naming him
    r"|\b(?i:which|what)\s+(?i:state|country)['\u2019]s\s+(?:[a-z\-]+\s+){1,2}(?i:was|is|were)\s+"
    r"(?:[A-Z][\w.'\u2019\-]*\s+){1,3}[A-Z][\w.'\u2019\-]*"
    # "Janet Mills took part ... as the governor of which state?": the line of the list naming her
    r"|\b(?i:as)\s+(?i:the|a|an)\s+(?:[a-z\-]+\s+){0,2}(?i:of|from)\s+(?i:which|what)\s+(?i:state|country|city|district)\b"
)
#: what a question asks of people it names that their lines of a list give ("which countries did Prime Minister
#: Mia Mottley and Prime Minister Keith Rowley represent", "what state Senate roles did Katie Muth and Maria Collett
#: hold", "which schools were headed by Philip J. Hanlon and by Carmen Twillie Ambar"): names only between the asking
#: words and the verb
_NAMED_ASKED = re.compile(
    r"\b(?i:what|which)\s+(?:[\w\-]+\s+){0,3}?(?i:role|school|college|universit(?:y|ie)|institution|countr(?:y|ie)|"
    r"nation|state|union|compan(?:y|ie)|firm|tribe|organi[sz]ation|body|bodie|government)s?\s+"
    r"(?:(?i:did|does|do)\s+(?:(?:participants?|the|and|of|each|[A-Z][\w.'\u2019\-]*),?\s+){2,12}"
    r"(?i:hold|have|lead|head|run|represent|chair|govern|sit\s+in|serve\s+(?:in|on)|belong\s+to|come\s+from)\b"
    # (the verb ends the clause: not "In what city did Secretary Blinken hold his meeting with ...")
    r"(?=\s*(?:[?,.;]|$|(?i:at|in|on|during|when|while|as|among|according)\b))|"
    r"(?i:was|were|is|are)\s+(?i:led|headed|run|represented|chaired|governed)\s+by\s+(?:participants?\s+)?"
    r"(?:(?:and|by|[A-Z][\w.'\u2019\-]*),?\s+){0,12}[A-Z][\w.'\u2019\-]*)|"
    # "Which state's legislature does she sit in?"
    r"\b(?i:which|what)\s+(?i:state|country|nation)['\u2019]s\s+(?i:legislature|parliament|senate|assembly|house)\s+"
    r"(?i:does|did|do)\s+[^?]{1,60}?\s+(?i:sit|serve)\b"
)

#: "How many people does the readout list as participants", "how many participants are listed": the lines of its list
#: (people in general, not one group of them: "how many governors does the readout list" may be one of its lists)
HOW_MANY_LISTED = re.compile(
    r"\bhow many\s+(?:people|participants|attendees|individuals|persons|names)\b[^?]*?\b(?:list|lists|listed)\b", re.I
)


def from_roster(answerer, part: Part, sel, topic: tuple[str, ...]) -> list[Quote]:
    """The lines of a meeting's list of people that answer a "who was among the speakers" part (none when the
    part asks no such thing, more than three readouts' titles fit it best, or no line fits the description), or
    the line that gives the post of someone the part names, or how many took part (``headcount``)."""
    if (_asked_of_named(part.text) or post_holder(part.text)) and sel.rids and len(sel.rids) <= 3:
        return _post_of(answerer, part, sel.rids, sel.people)  # ("what portfolio did ... Catherine Lhamon hold")
    if part.answer_type == "number" and HOW_MANY_LISTED.search(part.text) and sel.rids:
        named = _roster_readouts(answerer, part, sel, topic, ())  # "how many people does the readout list"
        if len(named) == 1 and (listed := _lines_listed(answerer, named[0])):
            return listed
    if part.answer_type == "number":  # "how many European leaders took part": those the records name
        return headcount(answerer, part, sel)
    if part.answer_type == "yesno" and _WAS_THERE.search(part.text) and sel.rids and len(sel.rids) <= 3:
        return _listed_named(answerer, part, sel.rids, sel.people)  # "Did Mayor Lightfoot take part in ...?"
    if not (part.answer_type == "person" or _WHICH_MEMBER.match(part.text)) or not ROSTER_ASKED.search(part.text):
        return []
    if sel.rids == ():
        return []
    if part.kinds or _SAID.search(part.text):  # "which secretary among the participants said ...": a statement
        return []
    idf = answerer.store.idf
    aside = _ASIDE_WHO.search(part.text)  # "which two state senators besides the majority leader": not that one
    described = _description(part.text[: aside.start()] + part.text[aside.end() :] if aside else part.text)
    not_them = {stem(w) for w in words(aside.group(1)) if w not in STOPWORDS} if aside else set()
    named = _roster_readouts(answerer, part, sel, topic, described)
    # a word for anyone ("Which officials took part", "Who were the speakers") describes no one: every line fits
    own = tuple(t for t in described if t not in ANYONE_STEMS and t not in ("first", "last"))  # (a place on it)
    found: list[tuple[float, Quote]] = []
    for rid in named:
        for sent, _, _ in answerer.sentences_of(rid):
            if not BULLET.match(sent.text) or not _names_a_person(sent.text, part.text):
                continue
            if not_them and not_them <= {stem(w) for w in words(sent.text)}:
                continue
            fit = _fit(sent.text, own, idf) if own else 1.0
            if fit > 0:
                found.append((fit, answerer.quote(sent, fit)))
    # (a place every named meeting's title gives describes the meeting: "Pennsylvania state senator" at the meeting
    # with Pennsylvania legislators, whose lines need not say Pennsylvania)
    titles = [answerer.store.meetings[rid].title or "" for rid in named]
    places = [p for p in _places_described(part.text, own) if not all(_says_where_from(t, [p]) for t in titles)]
    found = [(f, q) for f, q in found if _says_where_from(q.sentence.text, places)]
    if not found:
        return []
    if (at := _LISTED_AT.search(part.text)) and len(named) == 1:  # "who was listed first": that line of the list
        return [_at_place(found, at, part.text, idf)]
    if each := _each_country(found, part.text, own):
        return each
    top = max(f for f, _ in found)
    return [q for f, q in found if f == top][:20]


def _roster_readouts(answerer, part: Part, sel, topic: tuple[str, ...], described: tuple[str, ...]) -> list[int]:
    """The readout a roster question names: its title states the most of the question's words for the meeting
    ("... meeting with Florida state legislators"), then of its description ("New Jersey attorney general"); when
    no title alone does, of the readouts whose titles say the most (however little) and that list people, the one
    whose title and meeting sentence together do ("the President's wildfire preparedness meeting with western
    governors and utility chiefs": "... convened a meeting with Governors from Western States ... and energy sector
    CEOs")."""
    idf = answerer.store.idf
    meetings = answerer.store.meetings
    every = tuple(t for t in dict.fromkeys((*topic, *part.hints)) if t not in _LISTING and t not in _VENUE)
    asked = tuple(t for t in every if t not in described)
    pool = range(len(meetings)) if sel.rids is None else sel.rids

    def said(text: str) -> tuple[float, float]:  # how much of the meeting asked about, then of all asked, it says
        return topic_coverage(text, asked, idf), topic_coverage(text, every, idf)

    titled = {rid: said(title) for rid in pool if (title := meetings[rid].title)}
    best = max(titled.values(), default=(0.0, 0.0))
    named = [rid for rid, cov in titled.items() if cov == best]
    if sel.rids is not None and len(sel.rids) == 1 and best[0] > 0:  # the one meeting the question's
        return list(sel.rids)  # people, day and kind fit, its title saying something of the group asked about
    if best[0] >= 0.5 and len(named) <= 3:
        return named
    if sel.rids is not None and len(sel.rids) <= 3 and len(named) == 1 and best[0] > 0 and _AMONG.search(part.text):
        return named  # (of the few meetings that fit, the one whose title names most of the group one was "among")
    opened = {}
    for rid in named if len(named) <= _NEAR_TITLES else ():
        sentence = answerer.meeting_sentence(rid) if _lists_people(answerer, rid) else None
        if sentence is not None:
            opened[rid] = said(f"{meetings[rid].title} {sentence.text}")
    best = max(opened.values(), default=(0.0, 0.0))
    named = [rid for rid, cov in opened.items() if cov == best]
    return named if best[0] >= 0.5 and len(named) == 1 else []


#: a place on the list asked for ("who was listed first", "the last person named on the list")
_LISTED_AT = re.compile(
    r"\b(?:listed|named|appears?|comes?)\s+(first|last)\b|"
    r"\b(first|last)\s+(?:person\s+|name\s+|one\s+|participant\s+|speaker\s+)?(?:listed|named|on the list)\b",
    re.I,
)
#: the group the place on the list is asked among ("listed last among the governors")
_AMONG_GROUP = re.compile(
    r"\bamong\s+(?:the\s+)?((?:[\w\-]+\s+){0,2}?[\w\-]+?)(?=\s+(?:at|in|on|during|of|for)\b|\s*[?,]|$)"
)


def _at_place(found: list[tuple[float, Quote]], at: re.Match, question: str, idf) -> Quote:
    """The first or last line of the list, of those of the group asked among ("listed last among the governors":
    the last governor's line, not the list's last line)."""
    group = _AMONG_GROUP.search(question, at.start())
    terms = tuple(stem(w) for w in words(group.group(1)) if w not in STOPWORDS) if group else ()
    terms = tuple(t for t in terms if t not in ANYONE_STEMS)  # ("among the participants" is every line)
    lines = [(f, q) for f, q in found if _fit(q.sentence.text, terms, idf) > 0] if terms else found
    return (lines or found)[0 if (at.group(1) or at.group(2)).lower() == "first" else -1][1]


#: how many readouts whose titles say the most of a roster question, alike, are read further
_NEAR_TITLES = 12
_LIST_LINE = re.compile(BULLET.pattern, re.M)  # a line of a list anywhere in a readout


def _asked_of_named(text: str) -> re.Match | None:
    """The words asking the post of someone named, or what their line of a list gives (their country, school, role)."""
    return _POSITION_ASKED.search(text) or _NAMED_ASKED.search(text)


def _lists_people(answerer, rid: int) -> bool:
    r = answerer.store.readout(answerer.store.meetings[rid].source)
    return r is not None and _LIST_LINE.search(r.text) is not None


def _post_of(answerer, part: Part, rids, people: tuple[str, ...] = ()) -> list[Quote]:
    """The shortest line of the readouts ``rids`` that names someone the part names in full, with more words than
    the name (their post: "- Edina Lekovic, UCLA Community Scholar in Residence, ..."); else the title of the one
    readout, when it gives their surname; none when neither does."""
    names = [without_possessive(n) for n in full_names(part.text)]  # and as the question's analysis found them
    names += [p for p in people if len(p.split()) > 1 and p in part.text and p not in names]  # ("Governor Tate Reeves")
    whose = []
    if m := _asked_of_named(part.text):  # whose post: the name in the asking words, or just before them
        whose = [n for n in names if n in part.text[max(0, m.start() - 40) : m.end()]]
        names = whose or names
    lines = [sent for rid in rids for sent, _, _ in answerer.sentences_of(rid)]
    found = [s for name in names for s in lines if name in s.text and len(s.text.split()) > len(name.split()) + 1]
    if len(whose) > 1:  # "which organizations did Dr. Thelma Daley and Janai Nelson each lead": each one's line
        each = [min((s for s in found if n in s.text), key=lambda s: len(s.text), default=None) for n in whose]
        if all(each):
            return [answerer.quote(s, 1.0) for s in dict.fromkeys(each)]
    if not found and len(rids) == 1 and names:  # "What was James Cleverly's ministerial title": the readout's title
        line = title_line(answerer.store, rids[0])  # ("... Meeting with UK Minister for Europe and North America
        if line is not None and any(re.search(rf"\b{re.escape(n.split()[-1])}\b", line.text) for n in names):
            found = [line]  # Cleverly")
    return [answerer.quote(min(found, key=lambda s: len(s.text)), 1.0)] if found else []


def _listed_named(answerer, part: Part, rids, people: tuple[str, ...]) -> list[Quote]:
    """The shortest line of a list in the readouts ``rids`` that names someone a yes/no part asks about ("Did Mayor
    Lightfoot take part in ...?": "2. Mayor Lightfoot (D-Chicago)"), by surname; none when no such line does."""
    surnames = {n.split()[-1] for n in (*full_names(part.text), *(p for p in people if p in part.text)) if n.split()}
    lines = [
        sent
        for rid in rids
        for sent, _, _ in answerer.sentences_of(rid)
        if BULLET.match(sent.text) and any(re.search(rf"\b{re.escape(x)}\b", sent.text) for x in surnames)
    ]
    return [answerer.quote(min(lines, key=lambda s: len(s.text)), 1.0)] if lines else []


def _places_described(question: str, own: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The stems of each state or country the description of the person gives ("Which Oregon representative")."""
    places = [p.name for p in find_parties(question) if not p.organisation] + [
        s for s in US_STATE_CODES.values() if re.search(rf"\b{re.escape(s)}\b", question)
    ]
    return [tuple(stem(w) for w in words(p)) for p in places if any(stem(w) in own for w in words(p))]


def _says_where_from(line: str, places: list[tuple[str, ...]]) -> bool:
    """Whether a line names the state or country the description gives, if it gives one ("Which Oregon
    representative ...": no line without Oregon, or "OR" as a member's postal code)."""
    return not places or any(_fit(line, place, lambda t: 1.0) == 1.0 for place in places)


def _each_country(found: list[tuple[float, Quote]], question: str, own: tuple[str, ...]) -> list[Quote]:
    """The best lines for each country a description names, when it names two or more ("who represented the Czech
    Republic and Slovakia": one line each); none otherwise."""
    countries = [
        p.name
        for p in find_parties(question)
        if not p.organisation and any(stem(w) in own for w in words(question[p.start : p.end]))
    ]
    if len(countries) < 2:
        return []
    out: list[Quote] = []
    for country in dict.fromkeys(countries):
        mine = [(f, q) for f, q in found if country in {p.name for p in find_parties(q.sentence.text)}]
        top = max((f for f, _ in mine), default=0.0)
        out += [q for f, q in mine if f == top and q not in out]
    return out[:20]


#: a state as lists of members of Congress write it: "(D-NV)", "(CA-31)", "D-PA-3", "(DE-AL)"
_STATE_CODE = re.compile(r"\b(?:[DRI]-)?([A-Z]{2})(?:-(?:\d{1,2}|AL))?\b")


def _fit(line: str, described: tuple[str, ...], idf) -> float:
    """How much of the description a line states, its words as written (not "Congressman" for "congresswomen")
    and its states also by their postal codes ("Senator Catherine Cortez Masto (D-NV)" is from Nevada)."""
    spelt = re.sub(r"\b([A-Z][a-z]{1,3})\.", lambda m: TITLE_ABBREVIATION_WORDS.get(m.group(1), m.group(0)), line)
    said = {_singular(stem(w)) for w in words(spelt)}  # "Lt. Gov." as "Lieutenant Governor"
    for m in _STATE_CODE.finditer(line):
        if state := US_STATE_CODES.get(m.group(1)):
            said |= {stem(w) for w in words(state)}
    # a country by its adjective too ("Hungarian President Janos Ader" represented Hungary)
    said |= {stem(w) for p in find_parties(line) if not p.organisation for w in words(p.name)}
    total = sum(idf(t) for t in described)
    return sum(idf(t) for t in described if _singular(t) in said) / total if total else 0.0


def _singular(s: str) -> str:
    """ "congresswomen" as "congresswoman", "chairmen" as "chairman": one stem for one office."""
    return s[:-3] + "man" if s.endswith("men") else s


def _description(text: str) -> tuple[str, ...]:
    """The stems of what a roster question says of the person ("Which New Jersey attorney general was among the
    speakers at Harris's meeting ...": new, jersey, attorney, general; "Who represented the NAACP at ...": naacp),
    up to the verb of being listed or the meeting."""
    asked = re.sub(r"^\s*(?:who|which|what)\s+(?:was|were|is|are)\s+", "", text, flags=re.I)  # "Who was the ..."
    head = _DESCRIPTION_END.split(asked, maxsplit=1)[0]
    if body := _REPRESENTED.search(text):
        head = f"{head} {body.group(1)}"
    if place := _FROM_PLACE.search(text):  # "Which attorney general from New York took part ..."
        head = f"{head} {place.group(1)}"
    # "... as chair of the Black Caucus", "... was the Vice President's chief of staff" (not the opening "Who was the
    # energy secretary ..."), "... held the post of press secretary"
    if role := _AS_ROLE.search(text) or _WAS_ROLE.search(asked) or _POST_HELD.search(text):
        head = f"{head} {role.group(1)}"
    out = [
        stem(w)
        for w in words(head)
        if w not in STOPWORDS and w not in QUESTION_WORDS and w not in ROSTER_LIST_WORDS and len(w) > 1
    ]
    return tuple(dict.fromkeys(out))


def _names_a_person(line: str, question: str) -> bool:
    """Whether a line of a list of people names one the question does not ("- New Jersey Attorney General
    Matthew Platkin"): short, as such a line is, not a point of policy ("- President Biden welcomed India's
    decision to join ...")."""
    if len(line.split()) > 20:
        return False
    asked = {w.lower() for w in words(question)}
    names = [m.name for m in mentions(line) if m.name]
    if len(line.split()) <= 10 and not re.search(r"\d", _MARKER.sub("", line)):  # "1. Senate pro Tempore Toni
        names += full_names(line)  # Atkins": a short line's full name, without a title (not a dated line)
    if lead := _NAME_FIRST.match(line):  # "- Alejandra Sorto, Campaign Strategist for the American Civil ...":
        names.append(lead.group(1))  # a longer line that opens with a name and then the post
    return any(not all(w.lower() in asked for w in words(name)) for name in names)


def _lines_listed(answerer, rid: int) -> list[Quote]:
    """The lines of the first list of a readout (one run of bulleted or numbered lines), counted as the lead of
    the first; none when it has no list of two or more lines."""
    lines = [s for s, _, _ in answerer.sentences_of(rid)]
    first = next((k for k, s in enumerate(lines) if BULLET.match(s.text)), None)
    if first is None:
        return []
    run = lines[first:]
    run = run[: next((k for k, s in enumerate(run) if not BULLET.match(s.text)), len(run))]
    if len(run) < 2:
        return []
    lead = f"{len(run)} listed:"
    return [answerer.quote(s, 1.0, lead if k == 0 else "") for k, s in enumerate(run)]
