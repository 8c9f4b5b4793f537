"""Who the other side was, read from a readout's title when its sentences name no one there: "Readout of
President Joseph R. Biden, Jr. Call with President Volodymyr Zelenskyy of Ukraine" (the text says "spoke today
to ..."), "... Call with Presumptive Honduran President-Elect Xiomara Castro" ("called and congratulated Xiomara
Castro"), "... Call with Cherelle Griner" ("spoke today with Cherelle Griner, the wife of ..."). Only a person
the title names after its meeting word ("Call with", "Meeting with"), cited where the text names them first;
a name without a title only when the text names it too, and never a body ("Call with Senate Democratic Caucus").
Pure."""

from __future__ import annotations

import re

from ..records import Participant
from ..text.lexicon import BODY_NAME_ENDS, COMPANY_WORDS, GROUP_PARTICIPANTS, INSTITUTION_WORDS
from ..text.names import find_parties
from .people import Mention

#: the meeting word a title's other side follows ("Call with", "Meeting with", "Conversation with")
_WITH = re.compile(r"\b(?:Calls?|Meetings?|Conversations?|Discussions?|Phone Call|Video Call|Visit)\s+with\s+", re.I)
#: a name with no title: two to four capitalised words up to the title's end or what it is about ("... on ...")
_BARE_NAME = re.compile(
    r"((?:[A-Z][\w\u00C0-\u024F'\u2019\-]+\s+){1,3}[A-Z][\w\u00C0-\u024F'\u2019\-]+)\s*(?=$|\s+(?:on|about|to)\s)"
)


def title_counterparts(
    text: str, title: str, from_title: list[Mention], issuer: str, known: list[Participant]
) -> list[Participant]:
    """The people a readout's ``title`` names as the other side (``from_title``: the mentions read from it), each
    cited where ``text`` names them first after the title; none when the title names no one after its meeting word,
    nor anyone the records already hold (``known``: "the President, Speaker Pelosi and Leader Schumer met")."""
    met = _WITH.search(title)
    if met is None:
        return []
    held = {w.lower() for p in known for w in (p.name or "").replace(",", " ").split() if len(w) > 2}
    got = _named(text, title, from_title, issuer, met.end())
    return [p for p in got if not {w.lower() for w in (p.name or "").split()} & held]


def _named(text: str, title: str, from_title: list[Mention], issuer: str, after: int) -> list[Participant]:
    # (not the issuer's own cabinet, "Meeting with Secretary Blinken and Secretary Austin on Ukraine", nor a name
    # the reader broke at a particle, "Political Director van der" "Plas")
    named = [
        (m, m.name)
        for m in from_title
        if m.name
        and m.start >= after
        and m.country != issuer
        and not (m.country is None and _OWN_CABINET.fullmatch(m.title or ""))
        and not (m.title or "x").split()[-1][:1].islower()
    ]
    if named:
        country = [m.country or _said_country(text, title, name, issuer) for m, name in named]
        return [
            Participant(name, m.title, c, "counterpart", *_first(text, title, name))
            for (m, name), c in zip(named, country, strict=True)
        ]
    bare = _BARE_NAME.match(title, after)
    name = bare.group(1) if bare else ""
    words = {w.lower() for w in name.split()}
    if not name or words & _BODY_WORDS or find_parties(name) or text.find(name, len(title)) < 0:
        return []  # ("Call with Senate Democratic Caucus", "Meeting with Rome-Based Food Security Agencies")
    return [
        Participant(name, None, _said_country(text, title, name, issuer), "counterpart", *_first(text, title, name))
    ]


#: the issuer's own cabinet ("Secretary Blinken", with no country of its own), never the other side of its meeting
_OWN_CABINET = re.compile(r"(?:Deputy\s+)?Secretary(?:\s+of\s+(?:State|Defense|the\s+Treasury|[A-Z]\w+))?")
#: words of a body's name, or of a group, not a person's (the lexicon's, with their plurals: "Agencies")
_BODY_ENDS = {w.lower() for w in (*INSTITUTION_WORDS, *BODY_NAME_ENDS)}
_BODY_WORDS = (
    _BODY_ENDS
    | {w + "s" for w in _BODY_ENDS}
    | {w[:-1] + "ies" for w in _BODY_ENDS if w.endswith("y")}
    | GROUP_PARTICIPANTS
    | set(COMPANY_WORDS)
)


def _said_country(text: str, title: str, name: str, issuer: str) -> str:
    """The country the text gives someone by a word just before their name ("Burmese NUG representative Zin Mar
    Aung", "Belarusian democratic leader Svetlana Tsikhanouskaya"), else the issuer's (one met at home)."""
    at = text.find(name, len(title))
    before = text[max(0, at - 60) : at] if at >= 0 else ""
    found = [p.name for p in find_parties(before) if not p.organisation and p.name != issuer]
    return found[-1] if found else issuer


def _first(text: str, title: str, name: str) -> tuple[int, int]:
    """Where the text names someone first after its title (the whole name, else its last name word, "Zelenskyy";
    not "Jr."), else where the title does."""
    at = text.find(name, len(title))
    if at >= 0:
        return at, at + len(name)
    key = next((w for w in reversed(name.replace(",", " ").split()) if w not in ("Jr.", "Sr.", "II", "III")), name)
    at = text.find(key, len(title))
    if at < 0:
        at = text.find(key)
    return (at, at + len(key)) if at >= 0 else (-1, -1)
