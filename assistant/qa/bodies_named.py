"""Names of bodies and countries in a sentence, for an answer that must give one: an organisation ("which agency"),
a maker ("which manufacturer made the doses"), a country of the region asked ("which African countries"). Pure."""

from __future__ import annotations

import re

from ..text.names import find_parties
from ..text.question_words import INITIALS_OF_THINGS
from .places_given import countries_of_region_asked

#: countries named as a group: "Pacific Island nations", "the Central American countries", "Gulf states"
NATIONS_BY_NAME = re.compile(r"\b[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)*\s+(?:nations|countries|states)\b")
#: a body written as a name and, in lower case, what kind of body it is ("the Gavi vaccine alliance", "the Quad
#: partnership secretariat"): a name of one capitalised word then at most two lower-case words (not "for the")
#: before the kind
_NAMED_BODY = re.compile(
    r"\b([A-Z][A-Za-z\-]+)\s+(?:(?!(?:for|the|of|and|to|a|an|in|on|with|by|at|from|its|his|her|their)\b)[a-z]+\s+){0,2}"
    r"(?:alliance|organization|organisation|agency|coalition|facility|"
    r"secretariat|consortium)\b"
)


def names_a_country(text: str, asked: str) -> bool:
    """Whether a sentence names a country (or a group of them by name), of the region asked ("which African
    countries") when one is."""
    if (region := countries_of_region_asked(asked)) is not None:
        return any(not p.organisation and p.name in region for p in find_parties(text))
    return any(not p.organisation for p in find_parties(text)) or bool(NATIONS_BY_NAME.search(text))


def names_a_body(text: str, asked: str) -> bool:
    """Whether a sentence names an organisation: a department, a group by its number, a body with its kind, a
    party that is an organisation, or a name ending in a word for a body."""
    if _MAKER_ASKED.search(asked) and any(  # "which manufacturer made the doses": "1.5 million Pfizer doses"
        not find_parties(maker) and maker.lower() != "covid"
        for m in _MADE_BY.finditer(text)
        if (maker := m.group(1) or m.group(2))
    ):
        return True
    if re.search(r"\b(?:Department|Ministry|Office|Bureau) of (?:the )?[A-Z]", text):
        return True
    if re.search(r"\bG-?\d{1,2}\b|\b[CP]5\+1\b", text):  # a group named by its number ("the G77", "C5+1")
        return True
    # "the Gavi vaccine alliance": a name and what kind of body it is; not one the question names itself
    # ("received doses for distribution by COVAX" is not answered by "through the COVAX facility")
    if any(not re.search(rf"\b{re.escape(m.group(1))}\b", asked) for m in _NAMED_BODY.finditer(text)):
        return True
    if any(a not in INITIALS_OF_THINGS and a not in asked and not find_parties(a) for a in _CAPITALS.findall(text)):
        return True  # a body by its initials ("via FEMA"), not a country's ("the DPRK") nor a thing's ("COVID")
    return any(p.organisation for p in find_parties(text)) or bool(_BODY_NAME.search(text))


_CAPITALS = re.compile(r"(?<![\w-])[A-Z]{3,6}(?![\w-])")
#: a maker asked for, of a thing made ("Which manufacturer made the 1.5 million vaccine doses"), and a maker's name
#: before what it made ("Johnson & Johnson vaccines", "Pfizer COVID-19 vaccine doses", "doses from Pfizer")
_MADE = r"(?:vaccines?|doses?|shots?|jets?|aircraft|helicopters?|missiles?)"
_MAKER_ASKED = re.compile(rf"\b(?:which|what)\s+(?:vaccine\s+)?(?:manufacturers?|makers?)\b(?=[^?]*\b{_MADE}\b)", re.I)
_MADE_BY = re.compile(
    rf"\b([A-Z][a-z][\w\-]*(?:\s+&\s+[A-Z][a-z]\w*)?)\s+(?:(?:COVID-19|vaccine|booster)\s+){{0,2}}{_MADE}\b"
    rf"|\b{_MADE}\s+(?:made\s+)?(?:from|by)\s+([A-Z][a-z][\w\-]*(?:\s+&\s+[A-Z][a-z]\w*)?)"
)


#: a name ending in a word for a body ("the Millennium Challenge Corporation", "the Quad Working Group")
_BODY_NAME = re.compile(
    r"\b[A-Z][\w&\-]*(?:\s+(?:of|for|and|the|on)?\s*[A-Z][\w&\-]*)*\s+(?:Organization|Organisation|"
    r"Fund|Bank|Agency|Council|Commission|Union|Forum|Group|Alliance|Initiative|Court|Program|"
    r"Programme|Coalition|Institute|Foundation|Corporation|Committee|Dialogue|Partnership|Mechanism|"
    r"Framework|Summit|Conference|Ministerial|Task Force|Working Group)\b"
)
