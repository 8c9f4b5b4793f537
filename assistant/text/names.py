"""Names: finding the names a question asks about, and telling whether a text mentions a name.

Pure functions. One rule decides whether a name is present, used by the
answerer (is the question's name in this readout?), the index (does any
readout use this word?) and the verifier (is the claim's name in the
readout?): the word itself or its stem, or a demonym or inflection sharing
its first letters ("Japanese" ~ "Japan", "Russia's" ~ "Russian").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

from .lexicon import CALENDAR, GENERIC, QUESTION_WORDS, STOPWORDS
from .place_words import US_STATES
from .question_words import OPENING_ADVERBS
from .tokenize import fold, stem

_CAPITALISED = re.compile(r"[A-Z][A-Za-z\u00C0-\u024F]+|[A-Z]{2,}")


def question_entities(question: str) -> list[str]:
    """Names in a question: capitalised words that are not question words, roles or calendar words (folded)."""
    found: list[str] = []
    for m in _CAPITALISED.finditer(question):
        w = m.group(0)
        lw = fold(w)
        if (
            lw in QUESTION_WORDS
            or lw in STOPWORDS
            or lw in GENERIC
            or lw in CALENDAR
            or lw in OPENING_ADVERBS
            or len(w) < 3
        ):
            continue
        found.append(lw)
    return list(dict.fromkeys(found))


def name_prefix(name: str) -> str | None:
    """The first letters that a name's demonyms and inflections share with it, or None if too short to trust.

    "japanese" -> "japan", "mexico" -> "mexic", "peru" -> "peru"; three letters are not enough.
    """
    prefix = name[:5] if len(name) >= 6 else name[:4]
    return prefix if len(prefix) >= 4 else None


def name_present(name: str, contains: Callable[[str], bool], has_prefix: Callable[[str], bool]) -> bool:
    """Whether a (folded) name is among some words: itself, its stem, or a word sharing its prefix.

    ``contains(word)`` tells whether a word is there; ``has_prefix(p)`` whether some word starts with ``p``.
    """
    if contains(name) or contains(stem(name)):
        return True
    prefix = name_prefix(name)
    return prefix is not None and has_prefix(prefix)


def name_in_words(name: str, words: Iterable[str] | set[str] | frozenset[str]) -> bool:
    """:func:`name_present` over a set of words, also accepting a word that is a short stem of the name
    ("Peruvian" is in a text that says "Peru")."""
    pool = words if isinstance(words, (set, frozenset)) else set(words)
    if name_present(name, pool.__contains__, lambda p: any(w.startswith(p) for w in pool)):
        return True
    return any(len(w) >= 4 and name.startswith(w) and len(name) - len(w) <= 4 for w in pool)


# ------------------------------------------------------------------------------------------ countries, organisations
@dataclass(frozen=True)
class PartyMention:
    """A country or organisation named in a text: the name we show, and where the words are."""

    name: str
    start: int
    end: int
    organisation: bool = False


@lru_cache(maxsize=1)
def _party_aliases() -> dict[str, tuple[str, bool]]:
    """Every way of writing a party (as written) -> (name shown, is an organisation)."""
    from .places import COUNTRIES, ORGANISATIONS

    out: dict[str, tuple[str, bool]] = {}
    known = {name.lower(): name for name in COUNTRIES}
    for name, aliases in COUNTRIES.items():
        out[name] = (name, False)
        for a in aliases:
            out.setdefault(a, (name, False))
    try:
        import pycountry

        for c in pycountry.countries:
            names = [n for n in (getattr(c, "common_name", None), c.name, getattr(c, "official_name", None)) if n]
            shown = next((known[n.lower()] for n in names if n.lower() in known), None)
            shown = shown or next((out[n][0] for n in names if n in out), None) or names[0]
            for n in names:
                if "," not in n:  # "Korea, Republic of" is never written that way in prose
                    out.setdefault(n, (shown, False))
    except ImportError:  # pragma: no cover - pycountry is a dependency; the table alone still works
        pass
    for name, aliases in ORGANISATIONS.items():
        out[name] = (name, True)
        for a in aliases:
            out.setdefault(a, (name, True))
    return out


@lru_cache(maxsize=1)
def _party_pattern() -> re.Pattern:
    aliases = sorted(_party_aliases(), key=len, reverse=True)
    # "People's Republic" is also written with a typographic apostrophe ("People’s Republic")
    written = (re.escape(a).replace("'", "['\u2019]") for a in aliases)
    return re.compile(r"(?<![\w.])(?:" + "|".join(written) + r")(?![\w])")


@lru_cache(maxsize=1)
def parties_in_lower_case() -> tuple[re.Pattern, dict[str, str]]:
    """How a question typed in lower case writes parties: a pattern over every alias in lower case (the
    everyday words among them left out: "us", "who") and, for each, the alias as written ("japan" -> "Japan",
    "nato" -> "NATO")."""
    from .lexicon import NOT_PARTIES_IN_LOWER_CASE

    written: dict[str, str] = {}
    for alias in _party_aliases():
        low = alias.lower()
        if low not in NOT_PARTIES_IN_LOWER_CASE and len(low) > 1:
            written.setdefault(low, alias)
    ordered = sorted(written, key=len, reverse=True)
    return re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(a) for a in ordered) + r")(?![\w])"), written


@lru_cache(maxsize=1)
def _aliases_by_name() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for alias, (name, _) in _party_aliases().items():
        out.setdefault(name, []).append(alias)
    return {name: tuple(aliases) for name, aliases in out.items()}


def aliases_of(name: str) -> tuple[str, ...]:
    """Every way of writing the party shown as ``name`` ("North Korea" -> "DPRK", "North Korean", ...)."""
    return _aliases_by_name().get(name, ())


def names_one_country(text: str) -> bool:
    """Whether ``text`` is, whole, one country's name or its people's ("Estonia", "South Korea", "Swiss")."""
    found = find_parties(text)
    return len(found) == 1 and not found[0].organisation and (found[0].start, found[0].end) == (0, len(text))


def find_parties(text: str, start: int = 0, end: int | None = None) -> list[PartyMention]:
    """Countries and organisations named in ``text[start:end]`` (names, demonyms, abbreviations), in order."""
    aliases = _party_aliases()
    out = []
    for m in _party_pattern().finditer(text, start, len(text) if end is None else end):
        if _in_state_name(text, m):
            continue  # "New Mexico", "New Jersey": a state of the Union, not Mexico nor Jersey
        name, org = aliases[m.group(0).replace("\u2019", "'")]
        out.append(PartyMention(name, m.start(), m.end(), org))
    return out


_STATE_BEFORE = re.compile(r"\b(?:New|North|South|West|Rhode)\s+$")


def _in_state_name(text: str, m: re.Match) -> bool:
    before = _STATE_BEFORE.search(text, max(0, m.start() - 8), m.start())
    return before is not None and f"{before.group(0).split()[0]} {m.group(0)}" in US_STATES


def canonical_party(name: str) -> str | None:
    """The name we show for a country or organisation written any known way (case-insensitive), or None."""
    aliases = _party_aliases()
    hit = aliases.get(name.strip())
    if hit is None:
        lowered = {k.lower(): v for k, v in aliases.items()}
        hit = lowered.get(fold(name.strip()))
    return hit[0] if hit else None
