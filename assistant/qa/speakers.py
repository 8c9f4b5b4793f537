"""What one speaker, or one group, at a meeting of many said: "what did EPA Administrator Michael Regan talk
about" at the wildfire meeting (the sentences that name him doing something), "what did the governors stress"
(the sentences the group speaks in, whatever verb the readout gives them: "The Governors ... talked about ...")."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..text.question_words import NAMED_OFFICE_KINDS
from .analyse import Part
from .compose import Quote

#: "what did the governors stress", "how did the Latina state lawmakers who met her respond": a group of office
#: holders asked as the speaker, not as whom someone spoke to
_GROUP_ASKED = re.compile(
    r"\b(?:what|how)\s+did\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}?(?P<group>" + "|".join(NAMED_OFFICE_KINDS) + r")\s+"
    r"(?:(?:who|that)\s+(?:[\w\-\u2019']+\s+){1,10}?)?(?:also\s+)?"
    r"(?:talk|speak|say|stress|emphasi[sz]e|highlight|underscore|raise|discuss|describe|note|share|tell|outline|"
    r"express|respond|react|reply|ask|urge|call)",
    re.I,
)
#: what readouts call a group its question names otherwise: the executives are "the CEOs", the lawmakers "the
#: state leaders" or "the legislators"
_GROUP_NAMES = {
    "executives": r"executives|CEOs|chief executives|business leaders",
    "ceos": r"executives|CEOs|chief executives|business leaders",
    "lawmakers": r"lawmakers|legislators|state leaders|legislative leaders",
    "legislators": r"lawmakers|legislators|state leaders|legislative leaders",
    "senators": r"senators|lawmakers",
}


def said_by_group(fits: list[Quote], part: Part, scored=(), quote: Callable[..., Quote] | None = None) -> list[Quote]:
    """The quotes whose sentence opens with the group a part asks about as the speaker ("The Governors - who
    represent ... - talked about ..."), those of the asked kind first; [] when the part asks no group, or asks for
    an agreement or a commitment (talk is never one). When no fitting quote is the group's, the first one's readout's
    other scored sentences (``quote`` makes them quotes): "how did the lawmakers respond" shares no word with "The
    state leaders thanked the Vice President ...", and the words that name the meeting are no topic of it."""
    m = _GROUP_ASKED.search(part.text)
    if not m or part.kinds[:1] in (("agreed",), ("committed",)):
        return []
    # the group as the sentence's subject: among its first words ("The eight Governors ..."), not "asked the Governors"
    names = _GROUP_NAMES.get(m.group("group").lower(), m.group("group"))
    # (its words before it no pronoun nor verb: "She also convened legislators ..." is hers)
    subject = re.compile(rf"^\W*(?:(?!(?:she|he|they|we|it)\b|\w+ed\b)[A-Za-z\-]+\s+){{0,3}}?(?:{names})\b", re.I)
    own = [q for q in fits if subject.search(q.sentence.text)]
    if not own and fits and quote is not None:
        source = fits[0].sentence.source
        own = [
            quote(s.candidate.sentence, s.score)
            for s in scored
            if s.candidate.sentence.source == source and subject.search(s.candidate.sentence.text)
        ]
    return sorted(own, key=lambda q: q.kind not in part.kinds)


#: the title and name after a body's name ("Forest Service Chief Christiansen")
_TITLED = r"(?:\s+[A-Z][\w.\-]*){0,3}"
#: one speaker of a meeting asked what they said ("what did EPA Administrator Michael Regan talk about")
_SPEAKER_ASKED = re.compile(
    r"\b[Ww]hat\s+did\s+(?P<who>(?P<head>the\s+(?:head|chief|leader|director|administrator)\s+of\s+(?:the\s+)?)?"
    r"(?P<name>(?:[A-Z][\w.'\u2019\-]*\s+){1,6}?))(?:talk|speak|spoke|say|describe|highlight|outline|"
    r"discuss|note|stress|emphasi[sz]e|raise|tell|propose|announce|present|explain|share|report|brief|update)\w*\b"
)


def speaker_first(fits: list[Quote], part: Part) -> list[Quote]:
    """For what one speaker said at a meeting of many ("what did EPA Administrator Michael Regan talk about" at the
    wildfire meeting), the sentences that name the speaker, when some do; not for a side its readout's title names
    (the principal, whom sentences call "the President")."""
    m = _SPEAKER_ASKED.search(part.text)
    if not m or not fits:
        return fits
    # "the head of the Forest Service": the body it heads, then any title and name ("Forest Service Chief ...")
    org = m.group("head") is not None
    surname = m.group("name").strip() if org else m.group("who").split()[-1].rstrip(".,")
    if len(surname) < 3 or any(re.search(rf"\b{re.escape(surname)}\b", q.title) for q in fits):
        return fits
    # the speaker doing something ("Regan described ..."), not a list line naming them
    said = re.compile(
        rf"\b{re.escape(surname)}{_TITLED if org else ''}\s+(?:also\s+|then\s+)?"
        r"(?:[a-z]+(?:ed|s)|told|said|spoke|gave|made|led|took|brought|sought|laid out|set out)\b"
    )
    own = [q for q in fits if said.search(q.sentence.text)]
    return own or fits


#: the head word of an office a question may ask the holder of ("the agriculture secretary", "the vice president")
_HEADS = (
    r"vice[\s\-]+president|secretary|advis[eo]r|administrator|governor|ambassador|minister|chief|director|envoy|"
    r"mayor|chair(?:man|woman)?|coordinator|commissioner|attorney[\s\-]+general|surgeon[\s\-]+general"
)
#: one office holder asked what they said at a meeting of many ("what did the agriculture secretary say the country
#: had to give up", "what did the vice president speak about"): words that say which office, then its head
_OFFICE_ASKED = re.compile(
    rf"\b(?:what|which|how)(?:\s+[a-z\-]+){{0,2}}?\s+did\s+the\s+(?P<mods>(?:(?!the\b|two\b|three\b|other\b|u\.?s\.?\b)[A-Za-z\-]+\s+){{0,3}}?)"
    rf"(?P<head>{_HEADS})\s+(?:also\s+|then\s+)?"
    r"(?:talk|speak|say|stress|emphasi[sz]e|highlight|underscore|raise|discuss|describe|note|share|tell|outline|"
    r"express|urge|propose|announce|explain|report|brief|update|warn|suggest)\w*\b",
    re.I,
)
#: a name after an office ("Secretary of Agriculture Tom Vilsack", "Vice President Harris")
_NAME_AFTER = r"[ \t]+(?P<name>(?:[A-Z][\w.\-\u2019']*[ \t]+){0,3}[A-Z][\w\-\u2019']+)"


def _either_spelling(pattern: str) -> str:
    """A pattern of office words that finds "adviser" and "advisor" alike, however the question spells it."""
    return re.sub(r"advis[eo]r", "advis[eo]r", pattern, flags=re.I)


def _office_in_text(mods: list[str], head: str) -> re.Pattern:
    """An office as readouts write it, before or after the words that say which ("Agriculture Secretary",
    "Secretary of Agriculture"), with the name that follows it, if any."""
    head_ = _either_spelling(re.sub(r"[\s\-]+", r"[\\s\\-]+", head))
    before = r"\s+".join(re.escape(w) for w in mods)
    forms = [rf"{before}\s+{head_}" if mods else head_]
    if mods:
        forms.append(rf"{head_}\s+(?:of|for)\s+(?:the\s+)?{before}")
    return re.compile(rf"\b(?i:{'|'.join(forms)})\b(?:{_NAME_AFTER})?")


def said_by_office(answerer, fits: list[Quote], part: Part) -> list[Quote]:
    """The quotes in which the one office holder a part asks as the speaker does something ("what did the
    agriculture secretary say": "Secretary Vilsack discussed how ..."), from the first fitting quote's readout;
    [] when the part asks no such speaker, asks for an agreement or a commitment, or asks of the side the readout's
    title names (its every sentence is theirs). The office holder is found by the office before their name
    ("Secretary of Agriculture Tom Vilsack" in the list of those who joined)."""
    m = _OFFICE_ASKED.search(part.text)
    if not m or not fits or part.kinds[:1] in (("agreed",), ("committed",)):
        return []
    mods, head = m.group("mods").split(), m.group("head")
    if not mods and not re.fullmatch(r"vice[\s\-]+president", head, re.I):
        return []  # "what did the secretary say": the readout's own principal, whom every sentence is about
    hit = answerer.meeting_of(fits[0].sentence.source)
    if hit is None:
        return []
    office = _office_in_text(mods, head)
    if office.search(fits[0].title):
        return []
    sentences = [s for s, _, _ in answerer.sentences_of(hit[0])]
    surnames = {n.group("name").split()[-1] for s in sentences for n in office.finditer(s.text) if n.group("name")}
    who = "|".join([office.pattern] + [re.escape(n) for n in sorted(surnames)])
    # the office holder doing something near the sentence's start ("Secretary Vilsack discussed ...")
    doing = re.compile(
        rf"^\W*(?:(?!and\b)\w+\s+){{0,3}}?(?:{who})(?:\s+[A-Z][\w\-\u2019']+)*\s+(?:also\s+|then\s+)?"
        r"(?:[a-z]+(?:ed|s)|told|said|spoke|gave|made|led|took|brought|sought|laid out|set out)\b"
    )
    own = [q for q in fits if doing.search(q.sentence.text)]
    if own:
        return own
    return [answerer.quote(s, fits[0].score) for s in sentences if s.start > 0 and doing.search(s.text)]


#: "Who was the President's Science Advisor at ...": an office the question asks the holder of
_HOLDER_ASKED = re.compile(
    rf"^\W*(?:and\s+)?who\s+(?:was|is|were|served\s+as)\s+the\s+(?P<office>(?:[A-Za-z\-]+['\u2019]?s?\s+){{0,4}}?"
    rf"(?:{_HEADS})(?:\s+(?:of|for)\s+(?:the\s+)?[A-Za-z\-]+)?)\b",
    re.I,
)
#: a person's name: a capitalised word with a small letter second, an initial perhaps, and a surname
_PERSON = r"[A-Z][a-z][\w\-]*(?:\s+[A-Z]\.)?\s+[A-Z][\w\-\u2019']+"


def office_holder(question: str, sentences) -> tuple[str, list] | None:
    """(name, the sentences that say so) of the holder of the office a "who was the <office>" question asks, as
    the readout gives it: the office, perhaps another title, then the name ("The President's Science Advisor and
    PCAST Co-Chair Eric Lander noted ..."), or the name, then the office ("Eric Lander, the President's Science
    Advisor"); None when the question asks no office or no sentence names its holder."""
    m = _HOLDER_ASKED.search(question)
    if not m:
        return None
    office = r"\s+".join(
        re.escape(w.replace("\u2019", "'")).replace("'", "['\u2019]") for w in m.group("office").split()
    )
    office = _either_spelling(office)
    after = re.compile(
        rf"(?i:{office})\s+(?:and\s+)?(?:[A-Z][\w\-]*\s+){{0,3}}?(?P<name>{_PERSON})(?=\s+[a-z]|\s*[,.;:)]|\s*$)"
    )
    before = re.compile(rf"(?P<name>{_PERSON}),\s+(?:the\s+)?(?i:{office})\b")
    found = [(hit.group("name"), s) for s in sentences if (hit := after.search(s.text) or before.search(s.text))]
    if not found:
        return None
    name = found[0][0]  # every sentence that gives that holder the office ("Eric Lander, the President's ...")
    return name, [s for n, s in found if n == name]
