"""Long names in a list question written by their initials in brackets ("the U.S.-India Initiative on Critical and
Emerging Technologies (iCET)"): whether the bracket abbreviates the name, and the question written with it. Pure."""

from __future__ import annotations

import re

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
