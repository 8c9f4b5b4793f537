"""Whether a name the question uses is in a text: every word of it (folded, possessives, hyphens and a country's
adjective allowed), or a person's surname alone, as a readout names someone after the first time; and whether a
surname is another person's ("Bill Lee" for Barbara Lee). Pure."""

from __future__ import annotations

import re

from ..text.lexicon import NOT_NAME_WORDS
from ..text.names import find_parties
from ..text.places import CAPITAL_OF, REGIONS
from ..text.question_words import SHORT_GIVEN_NAMES
from ..text.tokenize import stem, without_accents, words
from .coverage import capital_stated, own_stems, party_names, same_country


def names_in_text(name: str, text: str) -> bool:
    """Whether every word of a name the question uses is in a text (any case, folded, possessives removed)."""
    have = set(words(text))
    have |= {w.rstrip("s") for w in have}
    if all(w in have or w.rstrip("s") in have or _adjective_in(w, have) for w in words(name) if len(w) > 1):
        return True
    # a hyphen written or left out: "Inter-American" is "InterAmerican", "Asia Pacific" is "Asia-Pacific"
    bare_name, bare_text = _UNHYPHENED.sub("", name), _UNHYPHENED.sub("", text)
    return (bare_name, bare_text) != (name, text) and names_in_text(bare_name, bare_text)


_UNHYPHENED = re.compile(r"(?<=\w)-(?=\w)")


def name_or_surname_in_text(name: str, text: str) -> bool:
    """``names_in_text``, or for a person's name ("Graham Twigg", "Alexei Navalny") its surname alone, the way
    a text names someone after the first time ("Twigg suggested ..."). Names of things keep every word:
    "the Amazon" is not "the Amazon Fund"."""
    if names_in_text(name, text):
        return True
    if name.lower() in REGIONS:  # "which Southeast Asian crisis": a country of the region states it
        return bool(party_names(text) & set(REGIONS[name.lower()]))
    party = find_parties(name)
    if len(party) == 1 and party[0].end - party[0].start == len(name):  # "Turkey", stated as "Türkiye"
        return party[0].name in party_names(text)
    if name.lower() in CAPITAL_OF:  # "how would Washington help": the United States
        own = own_stems(text)
        return capital_stated(name.lower(), own, {w[:5] for w in own if len(w) >= 5})
    parts = name.split()
    if not 2 <= len(parts) <= 3 or not all(re.fullmatch(r"[A-Z][a-z\u00C0-\u024F'\-]+", w) for w in parts):
        return False
    if any(w in NOT_NAME_WORDS for w in parts) or find_parties(name):
        return False
    return len(parts[-1]) >= 3 and re.search(rf"\b{re.escape(parts[-1])}\b", text) is not None


_ADJECTIVE_ENDINGS = ("n", "an", "ian", "ean", "ese", "i", "ish")


def _adjective_in(name_word: str, have: set[str]) -> bool:
    """Whether a text uses a name's adjective ("Victorian" for "Victoria", "Ukrainian" for "Ukraine",
    "Chilean" for "Chile"): the name, or the name less its last letter, and a demonym ending."""
    if len(name_word) < 4:
        return False
    stems = (name_word, name_word[:-1]) if name_word[-1] in "aeo" else (name_word,)
    return any(
        w.startswith(st) and w[len(st) :] in _ADJECTIVE_ENDINGS and same_country(stem(name_word), stem(w))
        for w in have
        for st in stems
    )


def of_someone_else(text: str, readout: str, given: str, surname: str, asked: str = "") -> bool:
    """Whether the sentence names another person of that surname, or, by an office the question does not give
    ("Minister Lee" for Representative Barbara Lee), its readout names another and never the one asked
    ("Minister of Unification Lee In-young"); "President Moïse" for Haitian President Jovenel Moïse is him."""
    if not re.search(rf"(?<![\w-]){re.escape(without_accents(surname))}(?![\w-])", without_accents(text)):
        return True  # the surname only inside a longer one: "Gaston Browne" for Kate Brown
    if someone_else(text, given, surname):
        return True
    offices = [m.group(1) for m in re.finditer(rf"(\S+)[ \t]+{re.escape(surname)}(?![\w-])", text)]
    if offices and all(o in asked for o in offices):
        return False
    return given not in readout and someone_else(readout, given, surname, anywhere=True)


def someone_else(text: str, given: str, surname: str, anywhere: bool = False) -> bool:
    """Whether every time ``text`` names ``surname`` it is another person's: with another given name before it
    ("Tennessee Governor Bill Lee" for Barbara Lee) or more of a name after it ("Minister Lee In-young", "Prime
    Minister Lee Hsien Loong"); not an office and the surname alone ("Representative Lee"). ``anywhere``: some
    time it names it, another's."""
    from ..text.lexicon import OFFICE_WORDS, TITLE_HEADS

    found = list(re.finditer(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", text))
    for m in found:
        before = re.search(r"([A-Z][\w\-]*)\.?[ \t]+$", text[: m.start()])  # (on its line)
        after = re.match(r"[ \t]+([A-Z][\w\-]*)", text[m.end() :])
        other_before = (
            before is not None
            and before.group(1) not in TITLE_HEADS | OFFICE_WORDS
            and not (len(before.group(1)) == 1 or _same_given(before.group(1), given))
        )
        other_after = after is not None and after.group(1) not in TITLE_HEADS | OFFICE_WORDS
        if anywhere and (other_before or other_after):
            return True
        if not anywhere and not (other_before or other_after):
            return False
    return bool(found) and not anywhere


def _same_given(written: str, given: str) -> bool:
    """Whether a given name written is the one asked, or a form of it ("Joseph" for "Joe", "Elizabeth" for
    "Liz")."""
    a, b = written.lower(), given.lower()
    return (
        a[:3] == b[:3]
        or a.startswith(b)
        or b.startswith(a)
        or SHORT_GIVEN_NAMES.get(b, "~") == a[:3]
        or SHORT_GIVEN_NAMES.get(a, "~") == b[:3]
    )
