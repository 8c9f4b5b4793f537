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
    GENERIC,
    MONTHS,
    OFFICE_PARTS,
    OFFICE_WORDS,
    STOPWORDS,
    TITLE_HEADS,
)
from ..text.names import parties_in_lower_case
from ..text.tokenize import without_possessive

# "u.s." -> "U.S.", longest first ("u.s.a." before "u.s.")
_ABBREVIATIONS = {f"{a.lower()}.": f"{a}." for a in sorted(AMBIGUOUS_ABBREVIATIONS, key=len, reverse=True)}
_WORD = re.compile(r"(?<![\w\u00c0-\u024f])[a-z\u00e0-\u024f][\w\u00e0-\u024f'\u2019\-]*")
_TOKEN = re.compile(r"[A-Za-z\u00c0-\u024f][\w\u00c0-\u024f'\u2019\-]*")
_MONTH_NAMES = frozenset(m.lower() for m in MONTHS)
_TITLES = frozenset(t.lower() for t in TITLE_HEADS)
_ROLES = GENERIC | frozenset(w.lower() for w in OFFICE_WORDS) | OFFICE_PARTS


@dataclass(frozen=True)
class Casing:
    """How the readouts write words: lower-case word -> written form, for words (and pairs of words) they
    capitalise nearly always, and the words they capitalise at least once (a name after a title)."""

    words: dict[str, str] = field(default_factory=dict)
    pairs: dict[tuple[str, str], tuple[str, str]] = field(default_factory=dict)
    ever: frozenset[str] = frozenset()


def learn_casing(texts: Iterable[str], share: float = 0.95) -> Casing:
    """The ``Casing`` of some texts: a word (or a pair of words) counts when at least two of its uses and
    ``share`` of them are capitalised, not counting the first word of a sentence, nor lines that are
    mostly capitalised (titles)."""
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
                opening = not line[: t.start()].strip() or line[: t.start()].rstrip()[-1] in '.!?:;"\u201c'
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
    return Casing(words, pairs, frozenset(caps))


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
    words = list(_WORD.finditer(text))
    out = list(text)

    def put(m: re.Match, form: str) -> None:
        if len(form) == len(m.group(0)) and form.lower() == m.group(0):
            out[m.start() : m.end()] = list(form)

    for i, m in enumerate(words):
        w = m.group(0)
        nxt = words[i + 1] if i + 1 < len(words) and text[m.end() : words[i + 1].start()] == " " else None
        if nxt is not None and (w, nxt.group(0)) in casing.pairs and w not in STOPWORDS:
            first, second = casing.pairs[(w, nxt.group(0))]
            put(m, first)
            put(nxt, second)
        before = words[i - 1].group(0) if i else ""
        form = _form(w, before, text, m, casing)
        if form:
            put(m, form)
            if before in _TITLES and form[0].isupper():  # "ambassador rice": the title goes with the name
                put(words[i - 1], casing.words.get(before, before.capitalize()))
    return "".join(out)


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
        before = word
        if word in casing.words and word not in _TITLES and word not in _ROLES and word not in STOPWORDS:
            return True
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
        return word.capitalize()
    return None
