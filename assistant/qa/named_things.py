"""Questions for things known by their names ("which gas fields", "which specific air defense systems"): the
answer must name them. The pattern that finds what such a question asks for, as it says it. Pure."""

from __future__ import annotations

import re

#: up to three words before a noun, none of them a preposition or a verb ("which U.S. utility companies")
_FEW_WORDS = (
    r"(?:(?!(?:to|of|for|on|in|with|by|from|at|and|or|did|does|do|was|were|is|are|has|have|had)\b)[\w.\-]+ ){0,3}?"
)
#: things known by their names ("which offshore gas fields"), and things a "specific" question asks for by name;
#: not companies, firms or entities: "which companies will they coordinate enforcement against" may be answered
#: by what they are ("third-country companies that help Russia evade export controls")
_NAMED_THINGS = r"(?:gas|oil) fields"
_SPECIFIC_THINGS = (
    r"weapons?(?: systems?)?|(?:defen[cs]e|missile|weapons?|radar|rocket|artillery) systems?|aircraft|missiles?|"
    r"drones|tanks|vessels|warships|equipment|munitions"
)
#: the things a "named" part asks for, as it says them ("specific air defense systems", "offshore gas fields")
NAMED_ASKED = re.compile(
    rf"\b(?:which|what) (?P<what>{_FEW_WORDS}(?:{_NAMED_THINGS})|(?:specific|particular|exact) {_FEW_WORDS}"
    rf"(?:{_SPECIFIC_THINGS}))\b",
    re.I,
)
