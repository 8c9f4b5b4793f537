"""An acronym the readouts never write read as the name they spell out ("ACLU": "American Civil Liberties Union").

Readouts list participants by full names ("Campaign Strategist for the American Civil Liberties Union of New
Jersey") where people ask by initials. An acronym no readout uses finds no meeting ("No indexed readout mentions
ACLU."), so a word of three to six capitals that no readout writes (and no question or function word: "WHO") is
replaced by the run of capitalised words whose initials spell it (small joining words such as "of" and "for"
skipped, as in "National Association for the Advancement of Colored People"), when the readouts write one such
run more often than any other: the whole run, or the run up to a joining word (never a stretch from its middle,
"Council President Charles" for "CPC"). Left as typed: an acronym the readouts use, one in brackets after the name it
stands for ("Surface Water and Ocean Topography (SWOT)"), one no run spells, or that two runs spell equally often.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable

from ..text.lexicon import PARTISAN, QUESTION_WORDS, STOPWORDS
from ..text.tokenize import fold, without_possessive
from .named_things import initials_of

#: a word in capitals, three to six letters, possibly with a possessive ("ACLU", "ACLU's")
_ACRONYM = re.compile(r"(?<![\w'\u2019-])([A-Z]{3,6})(?=['\u2019]s\b|(?![\w'\u2019-]))")
#: the small words a name's initials skip
_JOINING = ("of", "for", "the", "and", "on", "in", "to")
#: capitalised words, possibly joined by small words ("American Civil Liberties Union of New Jersey")
_RUN = re.compile(r"[A-Z][\w'\u2019-]*(?:\s+(?:(?:" + "|".join(_JOINING) + r")\s+)*[A-Z][\w'\u2019-]*)+")


class Initials:
    """The stretches of the readouts' capitalised runs that may stand behind an acronym, by their initials (read
    once, at the first acronym no readout uses)."""

    def __init__(self, texts: Iterable[str]) -> None:
        self._by_initials: dict[str, Counter] = {}
        for text in texts:
            for m in _RUN.finditer(text):
                for initials, name in _stretches(m.group(0).split()):
                    self._by_initials.setdefault(initials, Counter())[name] += 1

    def spelt_out(self, acronym: str) -> str | None:
        """The one stretch the readouts most often write whose initials are ``acronym``, or None (none, or two as
        often)."""
        best = self._by_initials.get(acronym, Counter()).most_common(2)
        return best[0][0] if best and (len(best) == 1 or best[0][1] > best[1][1]) else None


def _stretches(words: list[str]) -> Iterable[tuple[str, str]]:
    """(initials, words) of each stretch of a run of capitalised ``words`` with three to six capitalised words
    that begins and ends where the run does or at a joining word ("American Civil Liberties Union" in "Campaign
    Strategist for the American Civil Liberties Union of New Jersey"); not one from the middle of a name ("Council
    President Charles" of "European Council President Charles Michel"), nor one that opens with an acronym or a
    party's word ("CARICOM Implementation Agency", "Democratic House and Senate")."""
    starts = [0] + [k + 1 for k, w in enumerate(words[:-1]) if w in _JOINING and words[k + 1] not in _JOINING]
    for i in starts:
        first = words[i]
        if first.isupper() or fold(first) in PARTISAN or fold(first) in STOPWORDS:
            continue
        initials = ""
        for j in range(i, len(words)):
            if words[j][:1].isupper():
                initials += words[j][0]
            if len(initials) > 6:
                break
            if len(initials) >= 3 and words[j][:1].isupper() and (j + 1 == len(words) or words[j + 1] in _JOINING):
                yield initials, without_possessive(" ".join(words[i : j + 1]))


def is_acronym(name: str) -> bool:
    """Whether a name is written in capitals alone ("AUKUS", "IPEF"): a thing a readout names as such."""
    return _ACRONYM.fullmatch(name) is not None


def spelt_out_in(acronym: str, text: str) -> bool:
    """Whether a text writes out the name an acronym stands for, whole or as the end of a longer one ("MCC": "the
    Millennium Challenge Corporation"; "DFC": "the U.S. International Development Finance Corporation")."""
    for m in _RUN.finditer(text.replace("U.S.", "US")):
        # the run cut at its joining words ("Indo-Pacific Economic Framework" of "... for Prosperity"), each part
        # of a hyphened word giving its letter (IPEF)
        for piece in [m.group(0), *re.split(r"\s+(?:" + "|".join(_JOINING) + r")\s+", m.group(0))]:
            parts = [x for w in piece.split() for x in w.split("-") if x[:1].isupper()]
            if "".join(x if x.isupper() else x[0] for x in parts).endswith(acronym):
                return True
    return False


def spell_out(question: str, known_exactly: Callable[[str], bool], initials: Initials) -> str:
    """``question`` with each acronym no readout uses written as the name the readouts spell it with."""

    def replace(m: re.Match) -> str:
        acronym = m.group(1)
        if not _unknown(acronym, known_exactly) or question[m.start() - 1 : m.start()] == "(":
            return acronym  # (one in brackets is the question's own short form of a name it spells out)
        return initials.spelt_out(acronym) or acronym

    return _ACRONYM.sub(replace, question)


def has_unknown_acronym(question: str, known_exactly: Callable[[str], bool]) -> bool:
    """Whether ``question`` writes an acronym that no readout uses."""
    return any(_unknown(m.group(1), known_exactly) for m in _ACRONYM.finditer(question))


def _unknown(acronym: str, known_exactly: Callable[[str], bool]) -> bool:
    """An acronym no readout uses that is not a function or question word typed in capitals ("WHO", "AND")."""
    word = fold(acronym)
    return word not in STOPWORDS and word not in QUESTION_WORDS and not known_exactly(word)


def spell_initials(text: str, names) -> str:
    """``text`` with each name of several words it gives by initials spelled out after it ("NGA Chairman Asa
    Hutchinson" states the National Governors Association)."""
    for name in names:
        if _by_initials(name, text):
            text = f"{text} ({name})"
    return text


def _by_initials(name: str, text: str) -> bool:
    """Whether a text gives a name of two or more capitalised words by their initials ("NGA", "NUG")."""
    caps = [w for w in name.split() if w[:1].isupper()]
    return len(caps) >= 2 and re.search(rf"\b{initials_of(name)}\b", text) is not None


def named_by_initials(name: str, question: str, text: str) -> bool:
    """Whether a text gives a name the question writes in full by its initials, the question's whole run of
    capitalised words counted ("Burma's National Unity Government": "NUG representatives")."""
    m = re.search(rf"{re.escape(name)}(?:\s+[A-Z][\w\-]*)*", question)
    return _by_initials(m.group(0) if m else name, text)
