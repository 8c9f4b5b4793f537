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
