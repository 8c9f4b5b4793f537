"""Titles. Readouts a question picks by their titles: the one whose title names someone the records miss ("Biden's
meeting with His All-Holiness Ecumenical Patriarch Bartholomew"), the one it calls by its title ("the November 2022
readout of the U.S.-EU energy security task force"), or the named people's own meeting over a group call that lists
one of them; and the office titles and descriptions a question gives people ("the National Security Advisor", "human
rights defender Natan Sharansky"). Pure."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ..text.continents import SIDE_REGIONS
from ..text.lexicon import PERSON_DESCRIPTIONS, STOPWORDS, TITLE_HEADS, TOPIC_BEFORE_IN, TRIP_NOUNS, VISIT_WORDS
from ..text.names import find_parties
from ..text.tokenize import content_terms, fold, without_possessive, words
from .meeting_kinds import kind_fits
from .places_given import REGIONS_SAID, officer_kind, state_officers

if TYPE_CHECKING:
    from ..records import Meeting
    from .select import MeetingIndex, Selection


def titled(fits: set[int], names: list[str], index: MeetingIndex) -> set[int]:
    """The readouts among ``fits`` whose titles name every one of the question's names that are no participant
    ("Biden's meeting with His All-Holiness Ecumenical Patriarch Bartholomew", whom the records may miss)."""
    if not names:
        return set()
    wanted = [{fold(w).lower() for w in n.split() if len(w) > 2} for n in names]
    out = set()
    for rid in fits:
        title = _title_words(index.meetings[rid].title)
        if all(w and w <= title for w in wanted):
            out.add(rid)
    return out


def titled_or_stated(fits: set[int], names: list[str], question: str, index: MeetingIndex) -> set[int]:
    """``titled``; where the question names a U.S. state's officers ("South Carolina's governor", "Florida state
    lawmakers"), the readouts whose titles name the state and such officers ("... Call with Governor Henry McMaster of
    South Carolina", not "... Calls with Florida Officials on Hurricane Ian" for Florida's governor), when any do
    (with the question's names too, if any do)."""
    asked = state_officers(question)
    vague = {"", "official"}  # "Florida officials in her meeting with state legislators": those named elsewhere
    officers = {o for _, o in asked} - vague
    if asked and not officers:
        officers = {officer_kind(w) for w in words(question)} - vague or {o for _, o in asked} - {""}
    if officers and len(fits) > 1:
        governed = {
            r
            for r in titled(fits, [s for s, _ in asked], index)
            if officers & {officer_kind(w) for w in _title_words(index.meetings[r].title)}
        }
        if governed:
            return titled(governed, names, index) or governed
    return titled(fits, names, index)


#: "the readout of the U.S.-EU energy security task force", "the readout on ...": what a question calls a readout
_READOUT_OF = re.compile(r"\breadout\s+(?:of|on|about)\s+(?:the\s+)?([^,?;]{6,120})", re.I)


def readout_named(question: str, rids: set[int], index: MeetingIndex) -> set[int]:
    """The readouts among ``rids`` whose titles hold every content word of what the question calls "the readout
    of ..." (at least two of them); none when it calls none."""
    m = _READOUT_OF.search(question)
    wanted = set(content_terms(m.group(1))) if m else set()
    if len(wanted) < 2:
        return set()
    return {rid for rid in rids if wanted <= set(content_terms(index.meetings[rid].title))}


def title_sides(m) -> set[str]:
    """Sides a meeting's title gives that its record may miss: the country a trip's title names ("Ambassador
    Hussain's Trip to Bangladesh") and the body a meeting is with ("President Biden's Meeting with NATO's
    Indo-Pacific Partners") and the country of the person met; never a venue ("... Leaders' Meeting at UNGA")."""
    from ..text.names import find_parties

    if m.kind == "visit" or re.match(r"\s*Joint Readout\b", m.title):  # "Joint Readout by the United States and
        return {p.name for p in find_parties(m.title)}  # the European Council": both issued it, both met
    met = m.title.split(" with ", 1)[1] if " with " in m.title else ""
    met = re.split(r"\s+(?:at|in|on the (?:margins|sidelines) of)\s+", met, maxsplit=1)[0]  # "... Leaders at UNGA"
    # the country of the person met ("Call with Presumptive Honduran President-Elect Xiomara Castro"), not what the
    # meeting was on ("... Meeting with Japanese Prime Minister Kishida on Ukraine")
    whom = re.split(r"\s+(?:on|about|regarding|concerning|to discuss|for)\s+", met, maxsplit=1)[0]
    # not a country joined to another by a hyphen ("Iranian-American Human Rights Activist Masih Alinejad")
    plain = {p.name for p in find_parties(whom) if not re.match(r"-[A-Za-z]", whom[p.end : p.end + 2])}
    return {p.name for p in find_parties(met) if p.organisation} | plain


#: the kinds of answer a readout's first line (its title) may give: a place by its name
_TITLE_ANSWERS = ("place", "city", "country", "state")
#: a question about the readout's own title ("How does the headline of the readout describe ...", "her role in its
#: title"), which its first line answers
TITLE_ASKED = re.compile(
    r"\b(?:headline|title)\s+of\s+(?:the|its|this|that)\s+readout\b|\breadout['\u2019]s\s+(?:headline|title)\b|"
    r"\bin\s+(?:its|the)\s+(?:headline|title)\b",
    re.I,
)
#: the government that issues the readouts: in every title, never what one answers
_ISSUER = re.compile(r"\bU\.S\.|\bUnited States\b|\bAmerican\b")


def from_title(answerer, part, rids) -> list:
    """The first line of the one readout a question names, quoted when no sentence answers the part and that line
    carries the kind of answer asked ("On New Year's Eve Biden phoned Governor Polis ... In which state did Polis
    serve as governor?": "Readout of President Biden's Call with Colorado Governor Jared Polis"): a city or U.S.
    state by name (a country only for "which country" or "which state") that the question does not itself name, nor
    the United States. Its title is what a question about it asks for ("How does the headline of the readout ...")."""
    from ..text.names import find_parties
    from .places_given import KNOWN_CITY, US_STATE_NAME

    if rids is None or len(rids) != 1 or part.answer_type not in _TITLE_ANSWERS and not TITLE_ASKED.search(part.text):
        return []
    line = title_line(answerer.store, rids[0])
    if line is not None and TITLE_ASKED.search(part.text):
        return [issued_line(answerer, line, 1.0)]
    first = line.text if line is not None else ""
    asked = {fold(w).lower() for w in words(part.text)}
    said = _ISSUER.sub(" ", first).split()
    rest = " ".join(w for w in said if fold(without_possessive(w.strip(",.;:()"))).lower() not in asked)
    city, state = bool(KNOWN_CITY.search(rest)), bool(US_STATE_NAME.search(rest))
    country = any(not p.organisation for p in find_parties(rest))
    went = title_place(first)  # "... Travel to Ethiopia": where it went, though a country
    place = bool(went) and fold(went).lower() not in fold(part.text).lower()
    gives = {"city": city, "state": state or country, "country": country, "place": city or state or place}
    if line is None or not gives[part.answer_type]:
        return []
    return [issued_line(answerer, line, 0.0)]


#: where a title puts its meeting: "... Travel to Ethiopia", "... Visits Tunisia", "... Returns from Travel to Saudi
#: Arabia", "... Meetings in Moscow, Russia", "... Advocates in Chicago, IL"; not an office ("Ambassador to Libya")
#: nor a topic ("the Situation in Jerusalem")
_TITLE_PLACE = re.compile(
    r"\b(?P<via>in|to)\s+(?:the\s+)?(?P<place>[A-Z][\w'\u2019.\-]*(?:,?\s+(?:and\s+)?[A-Z][\w'\u2019.\-]*)*)|"
    r"\bVisits\s+(?P<visited>[A-Z][\w'\u2019.\-]*(?:\s+[A-Z][\w'\u2019.\-]*)*)"
)
_GONE_TO = frozenset((*VISIT_WORDS, *TRIP_NOUNS, "journey"))  # "Travel to Ethiopia", "Trip to Bangladesh"


def title_place(title: str) -> str:
    """The place a readout's title says its meeting was held or its trip went ("Special Envoy ... Travel to
    Ethiopia": Ethiopia), when that is a known city, U.S. state or country; "" when it names none."""
    from .places_given import KNOWN_CITY, US_STATE_NAME

    for m in _TITLE_PLACE.finditer(title):
        before = (title[: m.start()].split() or [""])[-1].lower()
        if m.group("via") == "to" and before not in _GONE_TO:
            continue  # "Ambassador to Libya": an office
        if before in TOPIC_BEFORE_IN or before == "participation":
            continue  # "the Situation in Jerusalem", "Participation in the U.S.-ASEAN ... Meeting": no place
        place = m.group("place") or m.group("visited")
        known = KNOWN_CITY.search(place) or US_STATE_NAME.search(place)
        if known or any(not p.organisation for p in find_parties(place)):
            return place
    return ""


def with_title_place(answerer, part, quotes: list) -> list:
    """A "where" part answered from a readout whose title says where ("Special Envoy for the Horn of Africa
    Satterfield Travel to Ethiopia"): that line cited beside the readout's quotes, the place as its issuer records
    it (no statement, made by the side that issues the readout), first when no quote says where; not when the
    question itself names the place."""
    if part.answer_type not in _TITLE_ANSWERS or not quotes:
        return quotes
    source = quotes[0].sentence.source
    hit = answerer.meeting_of(source)
    line = title_line(answerer.store, hit[0]) if hit is not None else None
    if line is None or any(q.sentence.source == source and q.sentence.start == 0 for q in quotes):
        return quotes
    place = title_place(line.text)
    if not place or fold(place).lower() in fold(part.text).lower():
        return quotes
    titled_ = issued_line(answerer, line, quotes[0].score, "the readout's title:")
    first = place.split(",")[0].split(" and ")[0]
    if not any(q.sentence.source == source and first in q.sentence.text for q in quotes):
        return [titled_, *quotes]  # the quotes never say where: the title answers, they tell of the trip
    last = max(k for k, q in enumerate(quotes) if q.sentence.source == source)
    return [*quotes[: last + 1], titled_, *quotes[last + 1 :]]


def issued_line(answerer, line, score: float, lead: str = ""):
    """A line of a readout's header (its title, its ``Date:`` line) as a quote: no statement (kind "other"), made by
    the side that issues the readout."""
    from dataclasses import replace

    quote = answerer.quote(line, score, lead)
    return replace(quote, kind=quote.kind or "other", actor=quote.actor or "issuer")


#: who issued a readout, asked ("Which NSC spokesperson put out the readout of ...", "Who issued the readout of ...")
_ISSUER_ASKED = re.compile(
    # (the asking words' own verb: not "Who did Sullivan call, according to the readout attributed to ...")
    r"^\W*(?:and\s+)?(?:who\s+|which\s+(?:[\w.\-]+\s+){0,5}?)(?:issued|put\s+out|released|published|wrote|authored)\b"
    r"[^?]*\breadout\b|\bwho\s+(?:was|is)\s+(?:the|that|this)\s+readout\s+attributed\s+to\s*\?|"
    r"\bto\s+whom\s+(?:was|is)\s+(?:the|that|this)\s+readout\s+attributed\b",
    re.I,
)
#: "Which National Security Council spokesperson ...": a person asked
_WHICH_SPOKESPERSON = re.compile(
    r"\W*(?:which|what)\s+(?:[\w.\-]+\s+){0,5}?(?:spokes(?:person|man|woman)|press\s+secretary)\b", re.I
)
#: a title naming who issued its readout ("Readout from NSC Spokesperson Emily Horne on ...", "Statement by Press
#: Secretary Jen Psaki on ...")
_ISSUER_IN_TITLE = re.compile(
    r"^\s*(?:Readout|Statement)\s+(?:from|by)\s+(?:the\s+)?"
    r"((?:[\w.\-]+\s+){0,4}?(?:Spokes(?:person|man|woman)|Press\s+Secretary)(?:\s+[A-Z][\w.\-\u2019']*){0,3})\s+(?:on|of)\b"
)


def issuer_in_title(answerer, part, sel) -> list:
    """Who issued the readouts of the selected meetings, asked ("Which NSC spokesperson put out the readout of
    Sullivan's call with Prime Minister Kallas?"), from the titles that name them ("Readout from NSC Spokesperson
    Emily Horne on ..."), each title quoted; nothing when the question asks something else, or no title names one."""
    person = part.answer_type in ("person", "organisation") or _WHICH_SPOKESPERSON.match(part.text)
    if not person or not _ISSUER_ASKED.search(part.text):
        return []
    if not sel.rids or len(sel.rids) > answerer.tuning.records_limit:
        return []
    out = []
    for rid in sel.rids:
        title = title_line(answerer.store, rid)
        named = _ISSUER_IN_TITLE.match(title.text) if title is not None else None
        if named:
            out.append(issued_line(answerer, title, 1.0, f"{named.group(1)}:"))
    return out


def title_line(store, rid: int):
    """The first line of readout ``rid`` (its title as the file writes it, "Readout of ...") as a Sentence to
    quote, or None when that line is empty or no title (a readout opening with its ``Date:`` line or its text)."""
    from ..records import Sentence

    source = store.meetings[rid].source
    readout = store.readout(source)
    first = readout.text.split("\n", 1)[0].rstrip()
    return Sentence(source, 0, len(first), first) if first and readout.title_source == "text" else None


def date_line(store, source: str):
    """A readout's ``Date:`` line as a Sentence to quote, or None when it has none."""
    from ..corpus.ingest import date_line_span
    from ..records import Sentence

    r = store.readout(source)
    span = date_line_span(r.text) if r is not None else None
    return Sentence(source, span[0], span[1], r.text[span[0] : span[1]]) if span and r is not None else None


def dated_title(store, rid: int, line):
    """Readout ``rid``'s ``Date:`` line ``line`` (a Sentence) widened to its title line right above it, the two as
    one span ("Readout of President Biden's Call with ...\nDate: July 6, 2022": which meeting, and its day); the
    date line itself when anything else stands between them or the readout has no title line."""
    from ..records import Sentence

    title = title_line(store, rid)
    text = store.readout(line.source).text
    if title is None or text[title.end : line.start].strip():
        return line
    return Sentence(line.source, 0, line.end, text[: line.end])


def title_words(question: str) -> set[str]:
    """Words of the office titles a question names ("the National Security Advisor"): who, never the topic."""
    from ..corpus.people import mentions

    out: set[str] = {"staff"} if _CHIEF_OF_STAFF.search(question) else set()  # an office of three words
    for m in mentions(question):
        if m.title and not m.group:
            out |= {fold(w) for w in m.title.split()}
    for t in _LOWER_TITLE.finditer(question):  # "Afghan reconciliation council chairman Abdullah Abdullah"
        run: list[str] = []  # the words right before the office, back to the first function word
        for w in reversed(t.group(1).split()):  # "discuss climate with prime minister Modi": "prime" only
            if fold(w) in STOPWORDS:
                break
            run.insert(0, w)
        elsewhere = {fold(w) for w in re.findall(r"[\w\-]+", question[: t.start()] + " " + question[t.end() :])}
        described = t.group(2) in PERSON_DESCRIPTIONS  # "human rights defender Natan Sharansky": who, not what
        if (t.group(2).capitalize() in TITLE_HEADS or described) and (run or described):
            out |= {fold(w) for w in run + [t.group(2)] * described} - elsewhere
    return out


_CHIEF_OF_STAFF = re.compile(r"\bchiefs? of staff\b", re.I)
#: an office written in lower case right before a name: a run of lower-case words ending in a head of title
_LOWER_TITLE = re.compile(r"\b((?:[a-z][a-z\-]+\s+){1,3})([a-z]+)\s+(?=[A-Z][a-z])")


def theirs(fits: set[int], people: list[str], index: MeetingIndex) -> set[int]:
    """Of several meetings of the people named, those whose titles name the most of them before a group meeting:
    "Biden and Trudeau's February 2022 call" is their call, not a call with allies that lists Trudeau. Only
    the other side counts: hosts ("Biden and Harris's meeting with civil rights groups") are named by any title."""
    if len(people) < 2:
        return fits
    surnames = [fold(p.split()[-1]).lower() for p in people]
    met = {
        fold(q.name.split()[-1]).lower()
        for r in fits
        for q in index.meetings[r].participants
        if q.side == "counterpart" and q.name
    }
    surnames = [s for s in surnames if s in met]
    named = {}
    for rid in fits:
        title = _title_words(index.meetings[rid].title)
        named[rid] = sum(s in title for s in surnames)
    most = max(named.values())
    if not most:
        return fits
    # only a group meeting (three or more of the other side) gives way: "Criswell told Biden ... before Hurricane
    # Ida" may be a readout whose title names neither
    group = {rid for rid in fits if sum(q.side == "counterpart" for q in index.meetings[rid].participants) >= 3}
    return {rid for rid, n in named.items() if n == most or rid not in group}


def _title_words(title: str) -> set[str]:
    """A title's words, folded and lower-cased."""
    return {fold(w).lower() for w in words(title)}


#: an office of the other side a question names ("met a foreign deputy prime minister")
_COUNTERPART_OFFICE = re.compile(
    r"\b((?:(?:deputy|vice|first|senior)\s+)?(?:prime\s+minister|foreign\s+minister|defen[cs]e\s+minister|"
    r"minister\s+of\s+foreign\s+affairs|president|chancellor|king|queen|emir|crown\s+prince|secretary[- ]general|"
    r"head\s+of\s+state|head\s+of\s+government))\b",
    re.I,
)
#: the offices a head of state or of government holds ("Israel's head of state": its President)
HEAD_OF = {
    "head of state": ("president", "king", "queen", "emir", "sultan", "grand duke"),
    "head of government": ("prime minister", "chancellor", "premier", "taoiseach"),
}
_MODIFIERS = ("deputy ", "vice ", "first ", "senior ")


def _plain(text: str) -> str:
    """An office's words as compared: folded, lower-cased, hyphens as spaces, single-spaced."""
    return " ".join(fold(text).replace("-", " ").split())


def holds_office(title: str, office: str) -> bool:
    """Whether a title is the office, word for word, not a deputy's ("Deputy Prime Minister" is no Prime
    Minister) nor one serving its holder ("Domestic Policy Advisor to the Vice President")."""
    title = _plain(title)
    at = re.search(rf"\b{re.escape(office)}\b", title)
    if at is None:
        return False
    before = title[: at.start()]
    return not before.endswith(_MODIFIERS) and not re.search(r"\bto (?:the )?$", before)


#: most meetings the other side's office tells apart
_FEW = 4


def _of_another(before: str) -> bool:
    """Whether the words before an office make it the other side's ("a foreign", "Japan's", "the Lao"), not the
    issuing side's principal ("the President") or a name's title ("President Biden" is read as a name)."""
    last = before.split()[-1:] or [""]
    word = last[0].strip(",;:(")
    low = word.lower().replace("\u2019", "'")
    if low in ("a", "an", "foreign", "another", "visiting", "counterpart", "country's"):
        return True
    if low in SIDE_REGIONS:  # "an African head of state"
        return True
    if low in ("or", "and/or") and re.search(r"\b(?:an?|any)\s+(?:\S+\s+){0,4}$", before.rstrip()[: -len(word)]):
        return True  # "a president or prime minister": the second office, of another as the first
    if re.search(r"\b(?:met|meet|meets|meeting|called|phoned|hosted|received|welcomed)\s+(?:with\s+)?the\s*$", before):
        return True  # "the vice president met the prime minister of her country's northern neighbor"
    return bool(word[:1].isupper()) and any(p.name != "United States" for p in find_parties(word))


def counterpart_office(fits: set[int], question: str, meetings: list[Meeting], most: int | None = None) -> set[int]:
    """Of several meetings (at most ``most``, by default ``_FEW``: among many, a record that missed a title would
    be lost), those where someone of the other side holds the office the question names for them; ``fits``
    itself when none or all do."""
    offices = {
        office
        for m in _COUNTERPART_OFFICE.finditer(question)
        if _of_another(question[: m.start()]) and not re.match(r"\s+[A-Z]", question[m.end() :])
        for office in HEAD_OF.get(_plain(m.group(1)), (_plain(m.group(1)),))
    }
    # "both its head of state and its head of government": each a meeting of its own (not "a head of state or head
    # of government": either office)
    either = re.search(r"\bhead\s+of\s+\w+\s+or\s+(?:a\s+)?head\s+of\b", question, re.I)
    if all(re.search(rf"\b{h}\b", question, re.I) for h in HEAD_OF) and not either:
        offices -= {o for held in HEAD_OF.values() for o in held}
    if not offices or not 2 <= len(fits) <= (most or _FEW):
        return fits
    held = {
        r
        for r in fits
        for p in meetings[r].participants
        if p.side != "issuer" and any(holds_office(p.title or "", o) for o in offices)
    }
    return held if held and held != fits else fits


#: a region said of the other side ("hosted an East African head of state", "a Gulf leader", "Central Asian
#: foreign ministers", "the foreign minister of a Central Asian republic", "a European country's foreign ministry")
_REGION_SIDE = re.compile(
    # (not a body named by it: "two African Union officials", "the European Commission president")
    rf"\b(?:an?|the|two|three|several)\s+({REGIONS_SAID})(?!\s+(?-i:[A-Z])(?!tates\b))\s+(?:[a-z\-]+(?:['\u2019]s)?\s+){{0,2}}?(?:heads?\s+of\s+"
    r"(?:state|government)|leaders?|presidents?|ministers?|ministry|counterparts?|officials?|kings?|monarchs?|"
    r"premiers?)\b"
    # "the foreign minister of a Central Asian republic"
    rf"|\b(?:leaders?|presidents?|ministers?|kings?|premiers?|heads?)\s+of\s+(?:an?|the|one)\s+({REGIONS_SAID})\s+"
    r"(?:republic|country|nation|state|kingdom|monarchy|ally|partner|neighbou?r)\b"
    # "leaders from the Western Hemisphere", "ministers of Central Asia"
    rf"|\b(?:leaders?|presidents?|ministers?|officials?|counterparts?|heads?\s+of\s+(?:state|government))\s+"
    rf"(?:from|of)\s+(?:the\s+)?({REGIONS_SAID})\b(?!\s+(?-i:[A-Z]))"
    # "talks with European officials", "calls with African leaders": many of them, no article
    rf"|\b(?:with|by)\s+({REGIONS_SAID})\s+(?:leaders|presidents|ministers|counterparts|officials|heads\s+of\s+"
    r"(?:state|government)|kings|monarchs|premiers)\b",
    re.I,
)


def regions_said(question: str) -> list[str]:
    """The regions (lower case) a question says the other side of a meeting is from ("an African head of state")."""
    return [next(g for g in m.groups() if g).lower() for m in _REGION_SIDE.finditer(question)]


def region_met(fits: set[int], question: str, meetings: list[Meeting]) -> set[int]:
    """Of several meetings, those with a country of the region the question says the other side is from;
    ``fits`` itself when none does."""
    said = regions_said(question)
    if not said or len(fits) < 2:
        return fits
    countries = {c for r in said for c in SIDE_REGIONS[r]}
    met = {r for r in fits if countries & ({*meetings[r].countries} | {p.country for p in meetings[r].participants})}
    return met or fits


def best_titled(store, s: Selection, text: str, kind: str | None) -> Selection:
    """Of several selected readouts (every meeting of that day), those whose title says most of what ``text``
    says of the meeting ("her French, German, Italian and UK counterparts", "Biden's transatlantic video call"),
    of the kind it names; all of them when no title says more than another."""
    if not s.rids or len(s.rids) < 2:
        return s
    meetings = store.meetings
    rids = [r for r in s.rids if kind is None or kind_fits(kind, meetings[r])] or list(s.rids)
    asked, countries = _title_terms(text)
    said = {}
    for r in rids:  # the countries a title shares first, then how rare the other words it shares are
        words_of, countries_of = _title_terms(meetings[r].title)
        said[r] = (len(countries & countries_of), sum(store.idf(t) for t in asked & words_of))
    top = max(said.values())
    best = tuple(r for r in rids if said[r] == top)
    return replace(s, rids=best) if top > (0, 0) and len(best) < len(s.rids) else s


def _title_terms(text: str) -> tuple[set[str], set[str]]:
    """A text's content words, and the usual names of the countries it names in any form ("Australia's" and
    "Australian" are one)."""
    return set(content_terms(text)), {p.name for p in find_parties(text) if p.name != "United States"}
