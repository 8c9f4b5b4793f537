"""A question typed all in lower case ("what did blinken and lavrov discuss in january 2022?") read as if it
were cased: the analysis finds people, countries, organisations and months by their capitals, so without
them it would find no one and answer from the wrong meetings.

Only a question with no capital letter after its first is changed, and only words the readouts give a
reading of: words and pairs of words the readouts' own sentences write capitalised nearly always
("Blinken", "SICA", "San Jose", "World Food"; learned once from the index, titles left out), countries
and organisations by their known names, months, and "u.s."-style abbreviations. Everyday words stay as
typed ("power" is mostly written in lower case), except after a title ("ambassador rice")."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..text.lexicon import (
    AMBIGUOUS_ABBREVIATIONS,
    AMBIGUOUS_MONTHS,
    DETERMINERS,
    GENERIC,
    MONTHS,
    OFFICE_PARTS,
    OFFICE_WORDS,
    PLACE_PREPOSITIONS,
    STOPWORDS,
    TITLE_HEADS,
)
from ..text.names import parties_in_lower_case
from ..text.tokenize import stem, without_possessive

# "u.s." -> "U.S.", longest first ("u.s.a." before "u.s.")
_ABBREVIATIONS = {f"{a.lower()}.": f"{a}." for a in sorted(AMBIGUOUS_ABBREVIATIONS, key=len, reverse=True)}
_WORD = re.compile(r"(?<![\w\u00c0-\u024f])[a-z\u00e0-\u024f][\w\u00e0-\u024f'\u2019\-]*")
_TOKEN = re.compile(r"[A-Za-z\u00c0-\u024f][\w\u00c0-\u024f'\u2019\-]*")
# a word of a question, whatever its case (a country the aliases have already written "China" still pairs
# with the word after it: "south china sea")
_ANY_WORD = re.compile(r"(?<![\w\u00c0-\u024f])" + _TOKEN.pattern)
# what ends the text before a word that opens a sentence or an item of a list ("- Relaunched the ...")
_OPENERS = '.!?:;"\u201c-\u2013\u2014\u2022*'
_MONTH_NAMES = frozenset(m.lower() for m in MONTHS)
_TITLES = frozenset(t.lower() for t in TITLE_HEADS)
_ROLES = GENERIC | frozenset(w.lower() for w in OFFICE_WORDS) | OFFICE_PARTS


@dataclass(frozen=True)
class Casing:
    """How the readouts write words: lower-case word -> written form, for words (and pairs of words) they
    capitalise nearly always, for the words they capitalise at least as often as not (a name after a
    title: "ambassador rice"), and for words they use once, capitalised (a name, unless after "the": "the
    rice harvest")."""

    words: dict[str, str] = field(default_factory=dict)
    pairs: dict[tuple[str, str], tuple[str, str]] = field(default_factory=dict)
    ever: dict[str, str] = field(default_factory=dict)
    once: dict[str, str] = field(default_factory=dict)


def learn_casing(texts: Iterable[str], share: float = 0.95) -> Casing:
    """The ``Casing`` of some texts: a word (or a pair of words) counts when at least two of its uses and
    ``share`` of them are capitalised, or (a word) its one use is and no form of it is written otherwise
    (many names come up once: "Mirzoyan", "Erbil"); not counting the first word of a sentence or of an item of a
    list, nor lines that are mostly capitalised (titles)."""
    caps: defaultdict[str, Counter] = defaultdict(Counter)
    lower: Counter = Counter()
    pair_caps: defaultdict[tuple[str, str], Counter] = defaultdict(Counter)
    pair_other: Counter = Counter()
    for text in texts:
        for line in text.splitlines():
            tokens = list(_TOKEN.finditer(line))
            if not tokens or sum(t.group(0)[0].isupper() for t in tokens) * 2 > len(tokens):
                continue
            for k, t in enumerate(tokens):
                w = t.group(0)
                opening = not line[: t.start()].strip() or line[: t.start()].rstrip()[-1] in _OPENERS
                if not opening:
                    (caps[w.lower()].update([w]) if w[0].isupper() else lower.update([w.lower()]))
                if k and line[tokens[k - 1].end() : t.start()] == " ":
                    a = tokens[k - 1].group(0)
                    key = (a.lower(), w.lower())
                    both = a[0].isupper() and w[0].isupper() and not opening
                    (pair_caps[key].update([(a, w)]) if both else pair_other.update([key]))

    def kept(counts: Counter, others: int) -> bool:
        n = sum(counts.values())
        return n >= 2 and n >= share * (n + others)

    words = {w: c.most_common(1)[0][0] for w, c in caps.items() if kept(c, lower[w])}
    pairs = {k: c.most_common(1)[0][0] for k, c in pair_caps.items() if kept(c, pair_other[k])}
    ever = {w: c.most_common(1)[0][0] for w, c in caps.items() if sum(c.values()) >= lower[w]}
    # a word used once, capitalised, when no form of it is written in lower case ("Erbil", not "Post": "posts")
    lower_stems = {stem(without_possessive(w)) for w in lower}
    once = {
        w: c.most_common(1)[0][0]
        for w, c in caps.items()
        if sum(c.values()) == 1 and w not in words and stem(without_possessive(w)) not in lower_stems
    }
    return Casing(words, pairs, ever, once)


def is_lower_case(question: str) -> bool:
    """Whether a question was typed without capitals (its first letter aside)."""
    letters = [c for c in question if c.isalpha()]
    return len(letters) > 1 and not any(c.isupper() for c in letters[1:])


def recase(question: str, casing: Casing) -> str:
    """``question`` with the capitals it was typed without (unchanged when it has any after its first
    letter), as ``casing`` says the readouts write its words."""
    if not is_lower_case(question) or not _typed_without_capitals(question, casing):
        return question
    text = question
    for low, abbreviation in _ABBREVIATIONS.items():
        text = text.replace(low, abbreviation)
    pattern, written = parties_in_lower_case()
    text = pattern.sub(lambda m: written[m.group(0)], text)
    words = list(_ANY_WORD.finditer(text))
    out = list(text)

    def put(m: re.Match, form: str) -> None:
        if len(form) == len(m.group(0)) and form.lower() == m.group(0):
            out[m.start() : m.end()] = list(form)

    for i, m in enumerate(words):
        w = m.group(0).lower()
        nxt = words[i + 1] if i + 1 < len(words) and text[m.end() : words[i + 1].start()] == " " else None
        if nxt is not None and (w, nxt.group(0).lower()) in casing.pairs and w not in STOPWORDS:
            first, second = casing.pairs[(w, nxt.group(0).lower())]
            put(m, first)
            put(nxt, second)
        before = words[i - 1].group(0).lower() if i else ""
        form = _form(w, before, text, m, casing) if w == m.group(0) else None
        if form:
            put(m, form)
            if before in _TITLES and form[0].isupper():  # "ambassador rice": the title goes with the name
                put(words[i - 1], casing.words.get(before) or casing.ever.get(before) or before.capitalize())
    for _ in range(2):  # a name of two words used once each ("ararat mirzoyan") takes two rounds
        for i, m in enumerate(words):
            form = _once(words, i, "".join(out), casing)
            if form:
                put(m, form)
    return "".join(out)


def _once_word(word: str, casing: Casing) -> bool:
    return without_possessive(word.lower()) in casing.once


def _once(words: list[re.Match], i: int, text: str, casing: Casing) -> str | None:
    """How a word the readouts use once, capitalised, is written when it stands as a name in the question
    ``text``: next to a word written with a capital ("michael regan", "henri and ida"), to another such
    word ("ararat mirzoyan"), or after "in", "at", ... ("in erbil"); not after "the", "their", ... ("the
    rice harvest"), nor alone ("and shield providers")."""
    word = text[words[i].start() : words[i].end()]
    base = without_possessive(word)
    if word != word.lower() or base not in casing.once:
        return None

    def at(k: int) -> str:
        return text[words[k].start() : words[k].end()] if 0 <= k < len(words) else ""

    before, after = at(i - 1), at(i + 1)
    # a neighbour with a capital, the question's first word aside, or one across "and"/"or" ("henri and Ida")
    capital = (i > 1 and before[:1].isupper()) or after[:1].isupper()
    capital = capital or (before in ("and", "or") and i > 2 and at(i - 2)[:1].isupper())
    capital = capital or (after in ("and", "or") and at(i + 2)[:1].isupper())
    named = capital or before in PLACE_PREPOSITIONS or _once_word(before, casing) or _once_word(after, casing)
    if not named or before in DETERMINERS:
        return None
    return casing.once[base] + word[len(base) :]


def _typed_without_capitals(question: str, casing: Casing) -> bool:
    """Whether a question with no capitals was typed so, not merely free of names ("After the storm, what
    did the president tell the governor?"): it has a word the readouts always capitalise that is no
    title, a country, or a month."""
    pattern, _ = parties_in_lower_case()
    if pattern.search(question):
        return True
    before = ""
    for m in _WORD.finditer(question):
        word = without_possessive(m.group(0))
        if word in _MONTH_NAMES and word not in AMBIGUOUS_MONTHS:
            return True
        if before in _TITLES and word in casing.ever and word not in _ROLES:  # "ambassador rice"
            return True
        if word in casing.words and not (word in _TITLES or word in _ROLES or word in STOPWORDS):
            return True
        if word in casing.once and (before in PLACE_PREPOSITIONS or before in casing.once):  # "ararat mirzoyan"
            return True
        before = word
    return False


def _form(word: str, before: str, text: str, m: re.Match, casing: Casing) -> str | None:
    """How a word of a lower-case question is written, or None to leave it."""
    if word in _MONTH_NAMES:  # "may" and "march" are months only next to a day or a year
        near = text[max(0, m.start() - 6) : m.end() + 6]
        return word.capitalize() if word not in AMBIGUOUS_MONTHS or re.search(r"\d", near) else None
    if word in STOPWORDS:
        return None
    base = without_possessive(word)  # "sullivan's": the name, then its possessive
    if base != word and base in casing.words:
        return casing.words[base] + word[len(base) :]
    if word in casing.words:
        return casing.words[word]
    if before in _TITLES and word in casing.ever:  # "ambassador rice"
        return casing.ever[word]
    return None
