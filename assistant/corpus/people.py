"""People in a readout's words: "Japanese Foreign Minister Hayashi Yoshimasa", "President Vladimir Putin of
Russia", "Ms. Kamikawa Yoko, Minister for Foreign Affairs of Japan", "the Foreign Minister of Japan",
"activists from Burma".

Pure functions over tokens with offsets. ``mentions`` reads every person
(or group taking part as one) named in a span of text, with their title and
the country or organisation the words give them; the meeting extractor
decides who took part and on which side.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..text.lexicon import (
    CALENDAR,
    EVENT_NOUNS,
    GROUP_PARTICIPANTS,
    HONORIFICS,
    HYPHENATED_NAME_TITLES,
    INNER_HONORIFICS,
    INSTITUTION_WORDS,
    JOINED_PARTICLES,
    KIND_VERBS,
    LOWER_TITLE_HEADS,
    NAME_PARTICLES,
    NOT_PERSON_STARTS,
    OFFICE_WORDS,
    TITLE_ABBREVIATION_WORDS,
    TITLE_ABBREVIATIONS,
    TITLE_HEADS,
    TITLE_LINKS,
    TITLE_MEETING_WORDS,
    TITLE_RANKS,
)
from ..text.names import PartyMention, find_parties
from ..text.place_words import US_STATES
from ..text.tokenize import without_possessive

_ABBREVIATION = re.compile(r"(?:[A-Z]\.){2,}")
_TOKEN = re.compile(
    r"(?:[A-Z]\.){2,}|(?:Mr|Ms|Mrs|Dr|Jr|Sr|St|Hon|Rt|H\.E)\.|[A-Z]\.(?=\s)|"
    r"[\w\u00C0-\u024F][\w\u00C0-\u024F'\u2019\-]*|[,;:()\u2013\u2014]"
)


#: Capitalised words that open sentences, never names ("Today, Deputy Secretary ...").
NOT_NAME_STARTS = (
    frozenset(
        {
            "today",
            "yesterday",
            "on",
            "in",
            "this",
            "earlier",
            "later",
            "during",
            "following",
            "after",
            "before",
            "at",
            "tonight",
            "separately",
            "additionally",
            "finally",
            "lastly",
            "subsequently",
            "similarly",
            "likewise",
            "meanwhile",
            "furthermore",
            "moreover",
            "further",
            "also",
            "the",
            "and",
        }
    )
    | CALENDAR
)


#: a particle joined to a capitalised name by a hyphen: "al-Busaidi", "El-Sisi", "bin-Salman"
JOINED_PARTICLE = re.compile(rf"\A(?i:{'|'.join(JOINED_PARTICLES)})-(?=[A-Z])")


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int

    @property
    def cap(self) -> bool:
        # "al-Busaidi", "el-Sisi", "bin-Salman": a particle joined to a capitalised name by a hyphen is a name word
        return self.text[:1].isupper() or bool(JOINED_PARTICLE.match(self.text))


@dataclass(frozen=True)
class Mention:
    """A person or group as the words give them; ``start``/``end`` cover the whole mention."""

    name: str | None
    title: str | None
    country: str | None
    start: int
    end: int
    group: bool = False


def tokens(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Words (initials and abbreviations keep their dots) and punctuation marks of ``text[start:end]``."""
    return [
        Token(m.group(0), m.start(), m.end()) for m in _TOKEN.finditer(text, start, len(text) if end is None else end)
    ]


def _is_head(word: str) -> bool:
    """A word of a title ("President", "Vice-President"); a title word inside a hyphenated surname is not one
    ("Amir-Abdollahian": a name, though "Amir Tamim" is the Amir)."""
    return word in TITLE_HEADS or any(
        part in TITLE_HEADS for part in word.split("-") if part not in HYPHENATED_NAME_TITLES
    )


def _name_word(t: Token) -> bool:
    """A capitalised word that is neither an office nor a title: "Hassan" of "Hassan Sheikh Mohamud"."""
    return t.cap and not _is_head(t.text) and t.text not in OFFICE_WORDS


def _party_at(parties: list[PartyMention], tok: Token) -> PartyMention | None:
    for p in parties:
        if p.start <= tok.start < p.end:
            return p
    return None


#: words that may follow a title set beside a name ("Guterres, the Secretary-General of the United Nations and ...")
_APPOSITION_GOES_ON = frozenset("and or of for to in on at who whose with as from since during".split())


class _Reader:
    """Walks the tokens of one span, reading mentions."""

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text = text
        self.toks = tokens(text, start, end)
        self.parties = find_parties(text, start, end)
        self.skip_to = 0

    def _capitalised_run(self, i: int) -> int:
        """End of the run of capitalised words (and the links inside it) starting at token i."""
        toks, j = self.toks, i
        while j < len(toks):
            t = toks[j]
            if j > i and re.search(r"['\u2019]s$", toks[j - 1].text) and t.text in EVENT_NOUNS:
                break  # "Zeya’s Travel to Chile": a possessive before the event ends the name
            if (
                t.cap
                and _party_at(self.parties, t) is None
                and t.text not in HONORIFICS
                and not _ABBREVIATION.fullmatch(t.text)
            ):
                j += 1
            elif (
                t.text in ("for", "to")
                and j > i
                and (_is_head(toks[j - 1].text) or toks[j - 1].text in OFFICE_WORDS)
                and (past := self._past_country(j + 1)) is not None
            ):
                j = past  # "Special Representative for Afghanistan", "Ambassador to Libya"
            elif t.text in NAME_PARTICLES and j > i and (after := self._after_particles(j)) is not None:
                j = after  # "Ursula von der Leyen", "Juan de la Cruz"
            elif (
                (
                    t.text in TITLE_LINKS - {"and"}
                    or t.text in NAME_PARTICLES
                    or (t.text == "and" and self._office_before(i, j))
                )
                and j > i
                and j + 1 < len(toks)
                and toks[j + 1].cap
                and _party_at(self.parties, toks[j + 1]) is None
            ):
                j += 1
            elif (
                t.text in ("of", "for", "to")
                and j > i
                and j + 2 < len(toks)
                and toks[j + 1].text == "the"
                and toks[j + 2].cap
                and (_is_head(toks[j - 1].text) or toks[j - 1].text in OFFICE_WORDS)
                and _party_at(self.parties, toks[j + 2]) is None
            ):
                j += 2  # "Assistant to the President", "Director of the Office of the ..."
            elif t.text == "," and j > i and j + 1 < len(toks) and toks[j + 1].text in ("Jr.", "Sr.", "Jr"):
                j += 2
            else:
                break
        return j

    def _office_before(self, i: int, j: int) -> bool:
        """Whether the word before token j ends an office ("Secretary ... and", "Foreign Affairs and"), not a
        name that happens to be an office word ("Thomas West and Under Secretary ...")."""
        prev = self.toks[j - 1].text
        if _is_head(prev):
            return True
        if prev in OFFICE_WORDS and not (j - 2 >= i and _name_word(self.toks[j - 2])):
            return True
        return self._in_portfolio(i, j)

    def _in_portfolio(self, i: int, j: int) -> bool:
        """Whether an "and" at token j joins two words of the portfolio an office is for ("Special
        Representative for Commercial and Business Affairs", "for International Narcotics and Law Enforcement
        Affairs"): an office's "for" or "of" before it, and a portfolio word (not a title's head: "... and Under
        Secretary" is another person) among the next few capitalised words."""
        toks = self.toks
        linked = any(
            toks[k].text in ("for", "of") and (_is_head(toks[k - 1].text) or toks[k - 1].text in OFFICE_WORDS)
            for k in range(i + 1, j)
        )
        for t in toks[j + 1 : j + 4]:
            if not t.cap or _is_head(t.text) or t.text in TITLE_RANKS:
                return False
            if t.text in OFFICE_WORDS:
                return linked
        return False

    def _portfolio_country(self, k: int) -> bool:
        """Whether token k is a country an office is for ("Envoy for Yemen"): never part of a name."""
        toks = self.toks
        party = _party_at(self.parties, toks[k])
        if party is None:
            return False
        while k > 0 and toks[k - 1].start >= party.start:  # "United" of "the United Kingdom"
            k -= 1
        before = toks[k - 2 : k - 1] if k > 1 and toks[k - 1].text == "the" else toks[k - 1 : k]
        return bool(before) and before[0].text in ("for", "to")

    def _past_country(self, j: int) -> int | None:
        """The token after a country named at token j (or after "the" at j) when a capitalised word follows it
        (the country is an office's portfolio inside a title: "Envoy for Yemen Tim Lenderking", "Ambassador to
        the United Kingdom Jane Hartley"), else None."""
        toks = self.toks
        if j < len(toks) and toks[j].text == "the":
            j += 1
        party = _party_at(self.parties, toks[j]) if j < len(toks) else None
        if party is None or party.organisation:
            return None
        n = j
        while n < len(toks) and toks[n].start < party.end:
            n += 1
        return n if n < len(toks) and toks[n].cap and _party_at(self.parties, toks[n]) is None else None

    def _after_particles(self, j: int) -> int | None:
        """The capitalised word after the name particles at token j ("von der" of "Ursula von der Leyen"), or
        None when none follows."""
        toks, n = self.toks, j
        while n < len(toks) and toks[n].text in NAME_PARTICLES:
            n += 1
        if n > j + 1 and n < len(toks) and toks[n].cap and _party_at(self.parties, toks[n]) is None:
            return n
        return None

    def title_and_name(self, i: int) -> tuple[str | None, str | None, int]:
        """ "Secretary of State Antony J. Blinken" at token i: the title, the name after it (or None), and the
        next token. The name is the run's longest tail of words that are neither offices nor their portfolios."""
        toks = self.toks
        j = self._capitalised_run(i)
        if j == i or not any(_is_head(t.text) for t in toks[i:j]):
            return None, None, i
        # "... Envoy for Climate John Kerry Meetings in Moscow" (a title's casing): the name ends before "Meetings"
        j = next((t for t in range(i + 2, j) if toks[t].text in TITLE_MEETING_WORDS and _name_word(toks[t - 1])), j)
        # "Governor Henry McMaster of South Carolina": the name ends before the state the office is of
        j = next((t for t in range(i + 2, j - 1) if toks[t].text == "of" and self._state_from(t + 1, j)), j)
        # a portfolio listed with commas: "Minister of State for Middle East, North Africa, and North America ..."
        while j + 1 < len(toks) and toks[j].text == "," and toks[j - 1].text in OFFICE_WORDS:
            n = j + 2 if toks[j + 1].text == "and" else j + 1
            nxt = self._capitalised_run(n) if n < len(toks) and toks[n].cap else n
            if nxt == n or toks[n].text not in OFFICE_WORDS:
                break
            j = nxt
        k = j
        while k > i and (
            toks[k - 1].text in ("Jr.", "Sr.", "Jr", ",")
            or re.fullmatch(r"[A-Z]\.", toks[k - 1].text)
            or (_name_word(toks[k - 1]) and not self._portfolio_country(k - 1))
            or (toks[k - 1].text in NAME_PARTICLES and k - 1 > i)
            or (k < j and k - 2 > i and toks[k - 1].text in INNER_HONORIFICS and _name_word(toks[k - 2]))
        ):
            k -= 1
        while k < j and toks[k].text in NAME_PARTICLES | {","}:
            k += 1
        e = k
        while e > i and toks[e - 1].text in TITLE_LINKS:
            e -= 1
        while k < j and self._rank(toks[k], k == e):
            k += 1  # a rank is of neither: "Deputy Minister of Defense Sr. Lt. Gen. Hoang Xuan Chien"
        title = self.text[toks[i].start : toks[e - 1].end] if e > i else None
        name = without_possessive(self.text[toks[k].start : toks[j - 1].end]) if k < j else None
        if title is None:
            return None, None, i
        if name is None and j < len(toks) and toks[j].text in HONORIFICS:  # "Advisor Mr. Jake Sullivan"
            name, j = self.name(j)
        return title, name, j

    def _state_from(self, k: int, j: int) -> bool:
        """Whether tokens k..j-1 name a U.S. state, and the word before k-1 one of a name ("McMaster of")."""
        return _name_word(self.toks[k - 2]) and self.text[self.toks[k].start : self.toks[j - 1].end] in US_STATES

    def name(self, i: int) -> tuple[str | None, int]:
        """A name without a title before it ("Ms. Kamikawa Yoko"), up to the next non-name word."""
        toks, j = self.toks, i
        while j < len(toks) and (toks[j].text in HONORIFICS or self._rank(toks[j], j == i)):
            j += 1
        if j < len(toks) and toks[j].text.lower() in NOT_NAME_STARTS:
            return None, i
        k = j
        while k < len(toks) and (
            toks[k].cap
            and not _is_head(toks[k].text)
            and not (k > j and toks[k].text in TITLE_MEETING_WORDS)
            and _party_at(self.parties, toks[k]) is None
            or (toks[k].text in NAME_PARTICLES and k > j and k + 1 < len(toks) and toks[k + 1].cap)
        ):
            k += 1
        if inner := [t for t in range(j, k) if self._rank(toks[t], False)]:
            j = inner[-1] + 1  # "Armed Forces Gen. Valery Zaluzhnyy": the name follows the rank
        if k == j or not any(c.islower() for t in toks[j:k] for c in t.text):
            return None, i  # "D.C.", "U.S.": letters and points are no one's name
        return without_possessive(self.text[toks[j].start : toks[k - 1].end]), k

    def _rank(self, tok: Token, first: bool) -> bool:
        """A rank cut short before a name ("Sr. Lt. Gen. Hoang Xuan Chien"): no part of the name."""
        # ("Mr." and "Dr." are tokens of their own, point and all: honorifics, read as such)
        return (tok.text == "Sr." and first) or (
            tok.text in TITLE_ABBREVIATIONS and self.text[tok.end : tok.end + 1] == "."
        )

    def country_after(self, i: int) -> tuple[str | None, int]:
        """ "of Japan", "from Burma", "of the United States of America" at token i: (country, next)."""
        toks = self.toks
        if i < len(toks) and toks[i].text in ("of", "from"):
            j = i + 1
            if j < len(toks) and toks[j].text == "the":
                j += 1
            if j < len(toks):
                p = _party_at(self.parties, toks[j])
                if p is not None:
                    while j < len(toks) and toks[j].start < p.end:
                        j += 1
                    return p.name, j
        return None, i

    def mention(self, i: int) -> tuple[Mention | None, int]:
        """The mention starting at token i (after determiners), or None."""
        toks = self.toks
        # "Today President Biden spoke with ...": the day is no part of the title
        while i < len(toks) and toks[i].text.lower() in (
            "the", "a", "an", "his", "her", "their", "its", "today", "yesterday", "tonight",
        ):  # fmt: skip
            i += 1
        if i >= len(toks):
            return None, i
        start = toks[i].start
        country = None
        while i < len(toks) and toks[i].text in HONORIFICS:
            i += 1
        p = _party_at(self.parties, toks[i]) if i < len(toks) else None
        if p is not None:
            country = p.name
            while i < len(toks) and toks[i].start < p.end:
                i += 1
            # its initials in brackets: "Caribbean Community (CARICOM) Secretary General Irwin LaRocque"
            if i + 2 < len(toks) and toks[i].text == "(" and toks[i + 2].text == ")" and toks[i + 1].text.isupper():
                i += 3
            elif i < len(toks) and toks[i].text == ")" and self.text[: p.start].rstrip().endswith("("):
                i += 1  # or the initials are the bracketed party: "Caribbean Community (CARICOM) Secretary General"
        title, name, j = self.title_and_name(i)
        if title is not None:
            if title.split()[0] in NOT_PERSON_STARTS:
                return None, i
            c2, k = self.country_after(j)
            if name is None and k < len(toks):
                # "the Deputy Foreign Minister of Saudi Arabia Waleed El Khereiji", "the Crown Prince of Bahrain,
                # His Royal Highness Salman bin Hamad Al Khalifa"
                n = k + 1 if toks[k].text == "," else k
                name, k2 = self.name(n) if (n > k or c2) else (None, k)
                if name is not None:
                    k = k2
            return Mention(name, title, c2 or country, start, toks[k - 1].end), k
        honorific = i > 0 and toks[i - 1].text in HONORIFICS and toks[i - 1].start >= start
        # a rank cut short stands for its office: "Rep. Gallagher" is a Representative, "Gov. Newsom" a Governor
        ranks: list[str] = []
        t = i
        while t < len(toks) and self._rank(toks[t], t == i):  # all of them: "Lt. Gov." is a Lieutenant Governor
            ranks.append(TITLE_ABBREVIATION_WORDS.get(toks[t].text, ""))
            t += 1
        rank = " ".join(r for r in ranks if r) or None
        name, j = self.name(i)
        placed = i > 0 and toks[i - 1].text.lower() in ("in", "at", "from", "near")  # "Today in Jeddah, President"
        if name is not None and j + 1 < len(toks) and toks[j].text == "," and placed:
            self.skip_to = j  # the whole place, not its last word, is passed over
            return None, j
        if name is not None and j + 1 < len(toks) and toks[j].text == ",":
            apposed = self.apposition(j + 1)  # "Ms. Kamikawa Yoko, Minister for Foreign Affairs of Japan"
            if apposed is not None and not self._clause_goes_on(apposed[2]):
                title, c2, k = apposed
                return Mention(name, title, c2 or country, start, toks[k - 1].end), k
        if name is not None and (honorific or rank):
            return Mention(name, rank, country, start, toks[j - 1].end), j  # "Shri Ajit Doval met ..."
        return self.group(i, start, country)

    def _clause_goes_on(self, k: int) -> bool:
        """Whether the words after a title that follows a name and a comma go on as that title's own clause ("Before
        leaving Brussels, the President called Scholz"): then the title is no apposition of the name."""
        after = self.toks[k].text if k < len(self.toks) else ""
        return after.isalpha() and after.islower() and after not in _APPOSITION_GOES_ON

    def apposition(self, i: int) -> tuple[str, str | None, int] | None:
        """The title after a name and a comma ("the UN Secretary-General's Personal Envoy for Western Sahara",
        "head of cabinet of the President of the European Council"): (title, country, next) or None."""
        toks, country = self.toks, None
        while i < len(toks) and toks[i].text.lower() in ("the", "a", "an"):
            i += 1
        p = _party_at(self.parties, toks[i]) if i < len(toks) else None
        if p is not None:
            country = p.name
            while i < len(toks) and toks[i].start < p.end:
                i += 1
        if i < len(toks) and toks[i].text in LOWER_TITLE_HEADS:
            j = i + 1
            while (
                j < len(toks)
                and toks[j].text not in (",", ";")
                and not toks[j].cap
                and not (toks[j].text == "of" and j + 1 < len(toks) and toks[j + 1].text == "the")
            ):
                j += 1
            k = j
            while k < len(toks) and toks[k].text not in (",", ";", "in", "to"):
                p = _party_at(self.parties, toks[k])
                if p is not None:
                    country = country or p.name
                k += 1
            return self.text[toks[i].start : toks[j - 1].end], country, k
        j = self._capitalised_run(i)
        if j == i or not any(_is_head(t.text) for t in toks[i:j]):
            return None
        c2, k = self.country_after(j)
        return self.text[toks[i].start : toks[j - 1].end], c2 or country, k

    def group(self, i: int, start: int, country: str | None) -> tuple[Mention | None, int]:
        """ "activists from Burma", "10 electric utility executives", "a group of Japanese business executives"."""
        toks, j = self.toks, i
        limit = min(len(toks), i + 6)
        while j < limit and toks[j].text.lower() not in GROUP_PARTICIPANTS:
            if toks[j].text in (",", ";", "(", ")") or toks[j].text.lower() in ("and", "with", "to", "in", "at"):
                return None, i
            p = _party_at(self.parties, toks[j])
            if p is not None:
                country = country or p.name
            j += 1
        if j >= limit:
            return None, i
        c2, k = self.country_after(j + 1)
        words = [
            t.text
            for t in toks[i : j + 1]
            if _party_at(self.parties, t) is None and not t.text[0].isdigit() and t.text.lower() not in ("group", "of")
        ]
        return Mention(None, " ".join(words), c2 or country, start, toks[k - 1].end, group=True), k


def mentions(text: str, start: int = 0, end: int | None = None) -> list[Mention]:
    """Every person or participating group named in ``text[start:end]``, in order."""
    reader = _Reader(text, start, len(text) if end is None else end)
    out: list[Mention] = []
    i = 0
    while i < len(reader.toks):
        if reader.toks[i].text.lower() in KIND_VERBS:  # "hosted 10 executives": the group starts after the verb
            i += 1
            continue
        m, j = reader.mention(i)
        after = reader.toks[j].text if j < len(reader.toks) else ""
        if m is not None and (
            (after in INSTITUTION_WORDS and not (m.name and m.title and after in TITLE_MEETING_WORDS))
            or any(w in INSTITUTION_WORDS for w in (m.name or "").split())
            or (not m.name and (m.title or "").split()[-1:] in [[w] for w in INSTITUTION_WORDS])
        ):
            m = None  # "the UN General Assembly", "the U.S.-Africa Leaders Summit": an event, not a person
        if m is not None and (m.name or m.title):
            out.append(m)
            i = max(j, i + 1)
        else:
            i = max(i + 1, reader.skip_to)
    return out
