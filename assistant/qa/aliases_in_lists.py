"""Long names in a list question written by their initials in brackets ("the U.S.-India Initiative on Critical and
Emerging Technologies (iCET)"): whether the bracket abbreviates the name, and the question written with it; and
whether a readout counts the years of the anniversary a list asks about. Pure."""

from __future__ import annotations

import re

from ..text.names import find_parties

#: a word of a long name: capitalised ("U.S.-India", "Technologies") or a small word inside one ("on", "and")
_NAME_WORD = re.compile(r"(?:[A-Z][\w.\-]*|of|on|and|for|the|to)\s*$")


def abbreviates(alias: str, before: str) -> bool:
    """Whether the name in brackets is the initials of the long name before it ("iCET" of "... Initiative on
    Critical and Emerging Technologies", "NUG" of "National Unity Government"); not a tag ("D-NV")."""
    if not re.fullmatch(r"[A-Za-z]{2,8}", alias):
        return False
    # (a name written with stops gives each letter: "U.S." is "US")
    initials = "".join(
        w.replace(".", "") if re.fullmatch(r"(?:[A-Z]\.)+", w) else w[0] for w in re.findall(r"[A-Z][\w.\-]*", before)
    ).upper()
    letters = iter(initials)
    return all(ch in letters for ch in alias.upper())


def named_by_alias(question: str, named: re.Match) -> str:
    """``question`` with the whole long name before the bracket ("the U.S.-India Initiative on Critical and
    Emerging Technologies (iCET)") written as the name in the bracket ("iCET")."""
    start = named.start(0)
    while (m := _NAME_WORD.search(question[:start].rstrip())) is not None and m.start() > 0:
        start = m.start()
    return question[:start] + named.group(2) + question[named.end(0) :]


#: a thing's other name in brackets, as a name ("... dialogue to normalize relations between Kosovo and Serbia (the
#: Belgrade-Pristina Dialogue)"): every word of it capitalised but the small ones
_RENAMED = re.compile(
    r"\(\s*(?:the|an?)\s+([A-Z][\w.\-\u2019']*(?:\s+(?:[A-Z][\w.\-\u2019']*|of|and|for|on|the|to|in)){0,6})\s*\)"
)


def renamed_in_brackets(question: str) -> str | None:
    """The other name a list question gives in brackets for what it asks of ("the Belgrade-Pristina Dialogue"),
    with its article, or None: a readout may name the thing only so. Only a name of the kind of thing the words
    before it describe ("the ... dialogue to normalize relations ... (the Belgrade-Pristina Dialogue)"), not a
    place, a body or a side named beside them ("humanitarian aid for Gaza (the Palestinian Territories)")."""
    m = _RENAMED.search(question)
    if m is None:
        return None
    kind = m.group(1).split()[-1].lower()
    said = re.search(rf"\b{re.escape(kind)}s?\b", question[: m.start()], re.I)
    # a name of several words that is no country or body ("(the Joint Comprehensive Plan of Action)"), or one of
    # the kind the words before it describe
    named = len(m.group(1).split()) >= 2 and not find_parties(m.group(1))
    return question[m.start() + 1 : m.end() - 1].strip() if said or named else None


def body_renamed(question: str) -> str | None:
    """The question with a body it spells out written by the short name the readouts use ("the Group of Seven"
    -> "the G7"), or None: a readout may name it only so."""
    for said in find_parties(question):
        written = question[said.start : said.end]
        # (to a short name of one word: not "the UN Security Council" to "the United Nations")
        if said.organisation and len(written.split()) >= 3 and " " not in said.name and said.name not in written:
            return f"{question[: said.start]}{said.name}{question[said.end :]}"
    return None


#: an anniversary counted in the question ("the 50th anniversary", "60 years of relations")
_YEARS_ASKED = re.compile(r"\b(\d{1,3})(?:st|nd|rd|th)\s+anniversar|\b(\d{1,3})\s+years\s+of\b", re.I)
_UNITS = "(?:one|two|three|four|five|six|seven|eight|nine)"  # "fifty-five" is no fifty
#: the words readouts spell those numbers with
_SPELT = {
    "1": "first|one",
    "5": "fifth|five",
    "10": "tenth|ten|a decade",
    "20": "twentieth|twenty|two decades",
    "25": "twenty-fifth|twenty-five|a quarter[- ]century",
    "30": "thirtieth|thirty|three decades",
    "40": "fortieth|forty|four decades",
    "50": "fiftieth|fifty|half a century|five decades",
    "60": "sixtieth|sixty|six decades",
    "70": "seventieth|seventy|seven decades",
    "75": "seventy-fifth|seventy-five",
    "100": "hundredth|hundred|centennial|centenary|a century",
    "200": "two hundredth|two hundred|bicentennial",
}


def years_asked(asked: str) -> str | None:
    """The number of years of the anniversary a list asks about, in figures ("the 50th anniversary": "50"), or None."""
    m = _YEARS_ASKED.search(asked)
    return None if m is None else m.group(1) or m.group(2)


def years_agree(asked: str, text: str) -> bool:
    """Whether a readout gives the number of years of the anniversary a list asks about ("Which readouts mark the
    50th anniversary of ...": "50 years of U.S.-Qatar relations", not "75 years of diplomatic relations"); True
    when the question counts none in figures."""
    if (n := years_asked(asked)) is None:
        return True
    return (
        re.search(
            rf"(?<![$\d.,]){n}(?:st|nd|rd|th)?\b(?![.,]\d)|\b(?:{_SPELT.get(n, n)})\b(?!-{_UNITS}\b)",
            text,
            re.I,
        )
        is not None
    )
