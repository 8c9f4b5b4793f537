"""The people a meeting index files each readout under beyond the names its records give: the words of a name, and
the holder of an office a readout writes without a name ("The President and Vice President met with 12 Latino
leaders"), learned from the same government's readouts of about that time. Pure."""

from __future__ import annotations

import datetime
import re
from collections import Counter, defaultdict

from ..corpus.people import JOINED_PARTICLE
from ..records import Meeting, Participant
from ..text.lexicon import NOT_PEOPLE_WORDS


def name_words(name: str) -> list[str]:
    """The words a name is indexed by, its surname last: no commas, single letters or "Jr." / "Sr."; a particle
    joined by a hyphen falls away ("al-Busaidi" is found as "Busaidi"); a nickname in quotes is one ("Benny")."""
    words = [w for w in (x.strip("\"“”‘’'()") for x in name.replace(",", " ").split()) if len(w) > 1]
    words = [w for w in words if w not in ("Jr.", "Jr", "Sr.")]
    return [JOINED_PARTICLE.sub("", w, count=1) for w in words]


#: how near in time (days) the readouts that name an office's holder must be, and how many of them, agreeing
#: how often, before an office written without a name ("the President met ...") is taken to be held by them
_HOLDER_DAYS, _HOLDER_SEEN, _HOLDER_SHARE = 183, 3, 0.9


def office_holders(meetings: list[Meeting]) -> list[tuple[int, str]]:
    """(rid, name) for each issuing-side office its readout writes without a name ("The President and Vice
    President met with 12 Latino leaders"): the name the same government's readouts give that office at
    about that time, when nearly all of them give the same surname."""
    named: dict[tuple[str | None, str], list[tuple[datetime.date, str]]] = defaultdict(list)
    for m in meetings:
        day = m.date or m.published
        for p in m.participants:
            if p.side == "issuer" and (name := _name(p)) and p.title and day:
                named[(m.issuer, p.title.lower())].append((day, name))
    out = []
    for rid, m in enumerate(meetings):
        day = m.date or m.published
        for p in m.participants:
            if p.side != "issuer" or _name(p) or not p.title or not day:
                continue
            for office in re.split(r"\s+and\s+", p.title):
                near = [
                    (n, words[-1])
                    for d, n in named.get((m.issuer, office.lower()), [])
                    if abs((d - day).days) <= _HOLDER_DAYS and (words := name_words(n))
                ]
                surnames = Counter(surname for _, surname in near)
                if not surnames:
                    continue
                surname, seen = surnames.most_common(1)[0]
                if seen >= _HOLDER_SEEN and seen >= _HOLDER_SHARE * len(near):
                    out += [(rid, n) for n in {n for n, s in near if s == surname}]
    return out


def _name(p: Participant) -> str | None:
    """The name the records give a participant: a body they took for one ("Senate" for "the President had phone
    calls with Senators Murray and Kaine") is none."""
    return p.name if p.name and p.name not in NOT_PEOPLE_WORDS else None
