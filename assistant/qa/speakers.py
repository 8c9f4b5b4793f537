"""What one speaker, or one group, at a meeting of many said: "what did EPA Administrator Michael Regan talk
about" at the wildfire meeting (the sentences that name him doing something), "what did the governors stress"
(the sentences the group speaks in, whatever verb the readout gives them: "The Governors ... talked about ...")."""

from __future__ import annotations

import re

from ..text.question_words import NAMED_OFFICE_KINDS
from .analyse import Part
from .compose import Quote

#: "what did the governors stress", "what did the Western governors talk about": a group of office holders asked
#: as the speaker, not as whom someone spoke to
_GROUP_ASKED = re.compile(
    r"\bwhat\s+did\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}?(?P<group>" + "|".join(NAMED_OFFICE_KINDS) + r")\s+(?:also\s+)?"
    r"(?:talk|speak|say|stress|emphasi[sz]e|highlight|underscore|raise|discuss|describe|note|share|tell|outline)",
    re.I,
)


def said_by_group(fits: list[Quote], part: Part) -> list[Quote]:
    """The quotes whose sentence opens with the group a part asks about as the speaker ("The Governors - who
    represent ... - talked about ..."), those of the asked kind first; [] when the part asks no group, or asks for
    an agreement or a commitment (talk is never one)."""
    m = _GROUP_ASKED.search(part.text)
    if not m or part.kinds[:1] in (("agreed",), ("committed",)):
        return []
    # the group as the sentence's subject: among its first words ("The eight Governors ..."), not "asked the Governors"
    subject = re.compile(rf"^\W*(?:[A-Za-z]+\s+){{0,3}}?{m.group('group')}\b", re.I)
    own = [q for q in fits if subject.search(q.sentence.text)]
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
