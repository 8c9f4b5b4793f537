"""The sentences of a readout closest to what a comparison asks, shown labelled when none states it; the best
sentence of the one readout a question names, which answers when it scores high enough; and the named readouts
that name none of the countries (or regions) a question asks about, which answer nothing of them.

A comparison takes both meetings to have spoken of its topic: a compared
meeting whose readout states none of it in the question's words gets its
closest sentences, marked as not stating it, beside the line that names it
missing. (Tried for the unanswered part of a two-part question as well, and
dropped: no dev question gained, and the sentences shown were mostly beside
the point.)
"""

from __future__ import annotations

import re

from ..text.places import COUNTRIES, REGION_PARTS, REGION_QUARTERS, REGIONS, UNSPLIT_REGIONS, regions_named
from ..text.tokenize import stem, words
from .acronyms import is_acronym, named_by_initials, spelt_out_in
from .analyse import Part, Query, analyse
from .answer_types import BYLINE, RECORD_TYPES
from .aside import set_aside
from .coverage import named_by_its_parts, names_someone_new, party_names
from .fitting import answer_type_missing, owner_of_office, tense_mismatch
from .name_in_text import name_or_surname_in_text, names_in_text
from .places_given import states_of_someone
from .vague import none_named

#: the label of the closest sentences: shown, but not as stating the topic
CLOSEST = "(closest in this readout; not stated in the question's words)"
#: a meeting sentence that says what the meeting was about ("spoke ... to discuss", "... on trade")
_ABOUT = re.compile(r"\b(?:discuss\w*|to [a-z]+|about|regarding|on (?:the )?[a-z]+|focused|reviewed)\b")


def says_more_than_who_met(text: str, kind: str | None) -> bool:
    """Whether a sentence says something of substance: not a byline, nor a meeting sentence that only says who met
    (one that says what they met about does)."""
    return not BYLINE.match(text) and not (kind == "met" and not _ABOUT.search(text))


def closest(answerer, text: str, rid: int, n: int = 2, skip: frozenset = frozenset()) -> list:
    """A readout's ``n`` sentences closest to ``text`` by the answerer's evidence score: not a byline, nor a
    sentence that only says who met, nor one already quoted (starts in ``skip``)."""
    retrieval = answerer.retriever.run(text, answerer.tuning.k, (rid,))
    out = []
    for s in answerer.score_sentences(text, retrieval):
        sent = s.candidate.sentence
        if sent.start in skip:
            continue
        quote = answerer.quote(sent, s.score, CLOSEST)
        if not says_more_than_who_met(sent.text, quote.kind):
            continue
        out.append(quote)
        if len(out) == n:
            break
    return out


def things_named(sel, query: Query, named: bool = True) -> list[str]:
    """The things a question names that an answer's readout must name too ("the Amazon Fund", not just the
    Amazon): names of two or more words, and initials; one-word names as well when no readout is pinned
    (``named`` False). Not "Ukraine-related", an office's owner ("Japan's Prime Minister"), nor one set aside, nor
    one the question does not write (a follow-up's meeting, "Burma's National Unity Government" the turn before)."""
    own = analyse(query.text)  # the names the question itself gives, in any form ("Czech": the Czech Republic)
    own_names = {*own.people, *own.topic_people, *own.parties, *own.topic_parties}
    return [
        n
        for n in (*sel.topic_names, *query.topic_people)
        if n
        and (len(n.split()) > 1 or not named or is_acronym(n))  # "the AUKUS partnership", not a partnership
        and not re.search(r"-(?:related|based|led|linked|backed)$", n)
        and not owner_of_office(n, query.text)
        and not names_in_text(n, set_aside(query.text))
        and (n in own_names or names_in_text(n, query.text))  # (not a follow-up's meeting, said the turn before)
    ]


def best_of_named(answerer, scored, part: Part, query: Query, rid: int, things: list[str] | None = None) -> list:
    """One readout named: its best sentence answers when it scores high enough, whatever its words; not when the
    readout never names a country (or a U.S. state) the question asks about, not a side of the meeting ("What did
    Sullivan and Pojar say about Taiwan": "they discussed ... the Indo-Pacific" is no answer), nor one of the
    ``things`` the question names ("Did Harris welcome Slovakia joining the Artemis Accords": a readout that
    never names the Accords says nothing of them)."""
    text, title = answerer.store.readout(answerer.store.meetings[rid].source).text, answerer.store.meetings[rid].title
    if any(not name_or_surname_in_text(n, text) for n in query.topic_parties) or none_named(scored, part.text):
        return []  # (nor one that says "key industries" to "which industries")
    whole = f"{title}\n{text}"
    if (states := states_of_someone(query.text)) and not any(s in whole for s in states):
        return []  # nor one that never names a state asked of ("Biden and Colorado's governor": a call with Scholz)
    # (a name of two words or more: not initials a scene may give, "on the APEC sidelines", nor a people's
    # adjective, "which Latin American country", that says what kind of answer is asked)
    things = [n for n in things or () if len(n.split()) > 1 and not _PEOPLES_ADJECTIVE.search(n)]
    if any(not _names_thing(n, part.text, whole) for n in things):
        return []
    if any(not names_region(text, r) for r in regions_asked(query)):  # nor a region ("cooperation in the Arctic")
        return []
    if any(  # nor one that never names the thing asked about by its initials ("the AUKUS partnership")
        is_acronym(n) and not (name_or_surname_in_text(n, text) or spelt_out_in(n, text)) for n in query.topic_people
    ):
        return []
    rest = _beside_names(part, query, title) if part.answer_type == "person" and not part.about_meeting else set()
    for s in scored:
        if s.score < answerer.tuning.min_score_named:
            break
        quote = answerer.quote(s.candidate.sentence, s.score)
        said = s.candidate.sentence.text
        if part.answer_type == "person" and not names_someone_new(said, part.text):
            continue
        if rest and not {stem(w) for w in words(said)} & rest:
            continue  # someone said nowhere near the topic is no answer ("the two citizens whose release ...")
        if tense_mismatch(part, said):
            continue
        if not answer_type_missing(said, part) and (
            part.answer_type in RECORD_TYPES or quote.kind not in ("met", "other")
        ):
            return [quote]
    return []


#: the last word of a people's adjective ("Latin American", "Central Asian", "Sub-Saharan African")
_PEOPLES_ADJECTIVE = re.compile(r"(?:an|ese|ish|ic|i)$")


def _names_thing(name: str, asked: str, text: str) -> bool:
    """Whether ``text`` names a thing as an answer's passage must (see ``why_not``): by name, by its initials the
    question spells out, or spelt out when the question gives its initials."""
    return (
        name_or_surname_in_text(name, text)
        or named_by_initials(name, asked, text)
        or (is_acronym(name) and spelt_out_in(name, text))
        or named_by_its_parts(name, text)
    )


def _beside_names(part: Part, query: Query, title: str) -> set[str]:
    """The part's topic words other than the names of its people and countries and the words of the readout's
    title (by which the question names the meeting: "the call with transatlantic leaders"); a sentence answering
    a "who" from the one readout must state one of them, when there is any."""
    names = {stem(w) for p in (*query.people, *query.parties, *query.topic_parties, title) for w in words(p)}
    return set(part.topic) - names


def silent_on(store, query: Query, sel) -> set[str]:
    """The named readouts that name none of the countries, bodies or regions the question asks about, other than
    its own sides ("what did Sullivan tell the Lithuanian advisers about China's pressure over Taiwan": a readout
    naming neither China nor Taiwan says nothing of it; one country named is enough, as a readout may speak of
    another by its leader: "Putin's war")."""
    out = set()
    # (only a country still in the topic: not one of a scene the question opens with, "After the Iranian missile
    # strikes near Erbil, what did they agree on")
    stems = {t for p in query.parts for t in p.topic}
    said = {p for p in query.topic_parties if {stem(w) for f in (p, *COUNTRIES.get(p, ())) for w in words(f)} & stems}
    regions = regions_asked(query)
    for rid in sel.rids or ():
        meeting = store.meetings[rid]
        asked = said - {"United States", *meeting.countries, *party_names(meeting.title)}
        text = f"{meeting.title}\n{store.readout(meeting.source).text}"
        # (a body named beside countries is where they stand, not what is asked: "Finland and Sweden joining NATO")
        countries = {p for p in asked if p in COUNTRIES}
        named = (countries or asked) & party_names(text) or any(names_region(text, r) for r in regions)
        if (asked or regions) and not named:
            out.add(meeting.source)
    return out


def regions_asked(query: Query) -> list[str]:
    """The regions a question asks about, named as regions are written ("security cooperation in the Arctic",
    "the Sahel"; not as a word of a longer name) and still in its topic: a readout that names neither the region
    nor one of its countries says nothing of it. Not a continent: "Africa" is stated by "the Sahel"."""
    text, stems = query.text, {t for p in query.parts for t in p.topic}
    unsplit = [m.group(0) for m in _UNSPLIT.finditer(text) if m.group(0)[:1].isupper()]
    return [r for r in dict.fromkeys(regions_named(text) + unsplit) if {stem(w) for w in words(r)} <= stems]


def names_region(text: str, region: str) -> bool:
    """Whether a text names a region in any of its forms ("Southeast Asian" of "Southeast Asia"; "the Balkan
    region" of "the Western Balkans": a quarter's word may go), one of its countries, or a place of it that is no
    country ("Nagorno-Karabakh" of "the Caucasus")."""
    whole = [w for w in region.split() if w.lower() not in REGION_QUARTERS] or region.split()
    stems = [re.escape(w[:-2] if len(w) > 5 else w[:-1] if len(w) == 5 else w) for w in whole]
    if re.search(r"\b" + r"[\w\-]*\s+".join(stems), text, re.I):
        return True
    if set(REGIONS.get(region.lower(), ())) & party_names(text):
        return True
    parts = REGION_PARTS.get(stem(region.lower()), ())  # "the Nagorno-Karabakh conflict" of "the Caucasus"
    return bool(parts) and any(stem(w) in parts for w in words(text))


_UNSPLIT = re.compile(
    r"(?<![\w\-])(?:" + "|".join(sorted(UNSPLIT_REGIONS, key=len, reverse=True)) + r")(?![\w\-])", re.I
)
