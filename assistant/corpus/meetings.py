"""A readout's meeting as a record: who met whom, when, where, how, and who issued the readout.

Pure functions. Readouts are formulaic: an opening sentence says who met (or spoke with) whom, often when and where
("Secretary of State Antony J. Blinken met today in Cairo with Egyptian President Abdel Fattah Al Sisi"); its subject
is the issuing government's side, the people after "with" the counterparts. Dates are resolved against the
publication date; a year the text does not give, with no publication date, stays unknown. Every value keeps the span
of the words it came from.
"""

from __future__ import annotations

import dataclasses
import datetime
import re

from ..records import Meeting, Participant, Readout, Sentence
from ..text.lexicon import (
    MEETING_VERBS,
    MONTH_NUMBERS,
    RELATIVE_DAYS,
    STRENGTH,
    TITLE_HEADS,
    WEEKDAYS,
)
from ..text.names import find_parties
from ..text.places import ORGANISATIONS, SEATS
from .joined import joined_people
from .lead_clause import own_clause
from .list_lines import (
    FOLLOWING_PEOPLE,
    LIST_HEADING,
    LIST_INTRO,
    LIST_MARK,
    OWN_TEAM,
    TOOK_PART,
    item_people,
)
from .people import Mention, mentions
from .title_people import title_counterparts
from .venues import TOPIC_CUT, WEEKDAY, body_countries, find_place, meeting_kind, place_said_later

#: Bumped whenever what the extractors produce changes: indexes re-extract their records.
EXTRACTOR_VERSION = 40

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan\.|Feb\.|Aug\.|Sept\.|Sep\.|Oct\.|Nov\.|Dec\.)"
)
_DATE = re.compile(
    rf"\b(?:(?P<wd>{WEEKDAY}),?\s+)?(?P<mon>{_MONTH})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<year>\d{{4}}))?\b"
    rf"|\b(?P<day2>\d{{1,2}})\s+(?P<mon2>{_MONTH})(?:,?\s+(?P<year2>\d{{4}}))?\b"
    rf"|\b(?:on\s+|last\s+|this\s+past\s+)?(?P<wd2>{WEEKDAY})\b(?!,?\s+{_MONTH})"
    r"|\b(?P<rel>today|yesterday|this morning|this afternoon|this evening|tonight|earlier today|last night|"
    r"last evening|last week|earlier this week)\b",
    re.I,
)
_OFFICE = re.compile(
    r"\b(Office of the [A-Z][\w ]+?)(?=\s*$|\n)|attributable to ((?:Spokesperson|Deputy Spokesperson|"
    r"Press Secretary)\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3})",
    re.M,
)
#: (not "spoke to" before a verb: "President Biden and Amir Tamim of Qatar spoke to reaffirm ...": both spoke)
_WITH = re.compile(
    r"\b(?:with|called|hosted|convened|received|(?<!,\s)joined|joined(?!\s+by\b)|met|(?:spoke|talked) to(?!\s+(?:"
    + "|".join(sorted(STRENGTH))
    + r")\b)|visited|congratulated|thanked|phoned|welcomed)\b"
)
#: "led a visit to", "traveled to", "paid a visit to": a visit said without a meeting verb
_WENT = re.compile(
    r"\b(?:(?:led|leads|made|makes|paid|pays|began|begins|concluded|concludes|completed|completes)\s+(?:a|an|his|her|"
    r"their|the)\s+(?:[\w\-]+\s+){0,3}?(?:visit|trip|mission|tour)|travel(?:l?ed|s)\s+to)\b"
)
#: a meeting whose subject is one spoken of before ("He met with ...", "She also met with ...")
_PRONOUN_SUBJECT = re.compile(r"\s*(?:He|She|They)\s+(?:also\s+|later\s+|then\s+|separately\s+)?met\s+with\b")
#: a sentence whose subject is the traveller of the trip before it, by title alone ("The Under Secretary ...")
_ONLY_THE_TRAVELLER = re.compile(r"\s*The\s+((?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+)\s+(?!with\b)[a-z]+\b")
_MEETING_WITH = re.compile(
    r"\b(?:met|meets|spoke|speaks|called|hosted|convened|received|joined|held)\b(?:\W+\w+){0,8}?"
    r"\W+(?:with|called|hosted|convened)\b|\b(?:called|hosted|convened|received)\b"
)
#: a gathering someone else hosted, spoken of in a later sentence ("discussed the APEC Informal Leaders' Retreat
#: hosted by New Zealand Prime Minister Jacinda Ardern with President Joseph R. Biden, Jr. participating"): its
#: people are not the meeting's
_ANOTHER_HOST = re.compile(r"\b(?:hosted|convened|chaired|organi[sz]ed)\s+by\b|\bparticipating\b")
#: what follows a person who is the subject of a meeting verb later in the sentence ("... and on June 9,
#: President Biden and the Vice President convened Caribbean leaders"): that person met others, not the
#: issuer's side, whatever words came before
_SUBJECT_OF_VERB = re.compile(
    r"(?:\s*(?:,|and)\s+(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){1,4}?)?\s*(?:also\s+)?"
    r"(?:met|meets|spoke|speaks|called|hosted|convened|received|joined|held|visited|traveled|travelled)\b"
)
#: "... also met separately with", "also spoke with", "met separately with": one more meeting with the same
#: counterpart
_ALSO_MET = re.compile(
    r"\s+(?:also\s+(?:met|spoke|talked)\b(?:\s+separately)?|(?:met|spoke|talked)\s+separately)\s+with\b"
)


def published_date(readout: Readout) -> datetime.date | None:
    """The readout's publication date (its ``Date:`` line), or None."""
    try:
        return datetime.date.fromisoformat(readout.date) if readout.date else None
    except ValueError:
        return None


def meeting_sentence(sentences: list[Sentence], issuer: str | None = None) -> Sentence | None:
    """The sentence that reports the meeting itself: the first of the opening ones with a meeting verb (or the trip
    before it, of the ``issuer``'s traveller, when that sentence is "He met with ...")."""
    for k, s in enumerate(sentences[:4]):
        if any(w in MEETING_VERBS for w in re.findall(r"[a-z]+", s.text)) and mentions(s.text):
            # "Counselor Chollet traveled to Warsaw ... He met with ...": the trip of the issuer's traveller "He" is,
            # that day (not "Kuleba traveled to Washington", nor a trip "last week" before the meeting)
            trips = (x for x in sentences[:k] if _WENT.search(x.text) and _own_trip(x.text, issuer))
            trip = next(trips, None)
            back = _PRONOUN_SUBJECT.match(s.text) or (trip is not None and _titled_again(s.text, trip.text))
            return (trip if back else None) or s  # (read only then)
    for s in sentences[:4]:  # "... led a visit on May 24 to Frederick, Maryland"
        if _WENT.search(s.text) and mentions(s.text):
            return s
    for s in sentences[:4]:  # "Secretary Blinken warmly congratulated Yair Lapid today ..."
        if len([m for m in mentions(s.text) if m.name or not m.group]) >= 2:
            return s
    return sentences[0] if sentences else None


def _titled_again(text: str, trip: str) -> bool:
    """Whether a sentence's one person is the trip's traveller by a title of theirs alone ("The Under Secretary" after
    "Under Secretary of State ... Uzra Zeya traveled to Chile"; not "The Austrian Foreign Minister hosted ...")."""
    again = _ONLY_THE_TRAVELLER.match(text)
    traveller = mentions(trip)[:1]
    if again is None or len(mentions(text)) != 1 or not traveller or not traveller[0].title:
        return False
    return traveller[0].title.lower().startswith(again.group(1).lower())


def _own_trip(text: str, issuer: str | None) -> bool:
    """Whether a trip sentence's traveller is of the issuer's side and the trip is not one told of as past."""
    first = mentions(text)[:1]
    return bool(first) and first[0].country in (None, issuer) and not re.search(r"\blast\s+(?:week|month)\b", text)


# ------------------------------------------------------------------------------------------ dates
def resolve_date(match: re.Match, published: datetime.date | None) -> datetime.date | None:
    """The day a date expression means, against the publication date (None when it cannot be known)."""
    g = match.groupdict()
    if g["rel"]:
        rel = g["rel"].lower()
        if published is None:
            return None
        if rel in ("last week", "earlier this week"):
            return published - datetime.timedelta(days=7 if rel == "last week" else 2)
        return published - datetime.timedelta(days=RELATIVE_DAYS.get(rel, 0))
    if g["wd2"]:
        if published is None:
            return None
        back = (published.weekday() - WEEKDAYS[g["wd2"].lower()]) % 7
        return published - datetime.timedelta(days=back)
    mon = g["mon"] or g["mon2"]
    day = int(g["day"] or g["day2"])
    year = g["year"] or g["year2"]
    month = MONTH_NUMBERS.get(mon.lower().rstrip("."))
    if month is None:
        return None
    if year:
        return _day(int(year), month, day)
    if published is None:
        return None  # no year in the text and no publication date: not guessed
    candidates = [d for d in (_day(published.year + k, month, day) for k in (-1, 0, 1)) if d]
    if g["wd"]:  # "Saturday, December 9": the year in which the weekday matches
        fitting = [d for d in candidates if d.weekday() == WEEKDAYS[g["wd"].lower()]]
        if fitting:
            return min(fitting, key=lambda d: abs((d - published).days))
    earlier = [d for d in candidates if d <= published + datetime.timedelta(days=1)]
    return max(earlier) if earlier else None


def _day(y: int, m: int, d: int) -> datetime.date | None:
    try:
        return datetime.date(y, m, d)
    except ValueError:
        return None


def find_date(text: str, start: int, end: int, published: datetime.date | None):
    """The first date expression in ``text[start:end]``: (date or None, its words, span), or None. A time of
    something else comes second: "Following yesterday's meeting with ..., this morning the President met ..."
    is this morning's meeting (a time owning a noun, or after "following", "after", "since")."""
    found = list(_DATE.finditer(text, start, end))
    own = [m for m in found if not _of_another_event(text, m)]
    for m in own or found:
        words = m.group(0)
        core = re.sub(r"^(?:on|last|this past)\s+", "", words, flags=re.I) if m.group("wd2") else words
        s = m.start() + (len(words) - len(core))
        return resolve_date(m, published), core, (s, m.end())
    return None


def _of_another_event(text: str, m: re.Match) -> bool:
    """Whether a date expression is the time of another event: "yesterday's meeting", "following Monday's"."""
    return bool(
        re.match(r"['\u2019]s\b", text[m.end() : m.end() + 3])
        or re.search(
            r"\b(?:following|after|since|before)\s+(?:the\s+)?$", text[max(0, m.start() - 16) : m.start()], re.I
        )
    )


# ------------------------------------------------------------------------------------------ participants
def _participant(m: Mention, side: str) -> Participant:
    return Participant(m.name, m.title, m.country, side, m.start, m.end)


def _sided(m: Mention, side: str, issuer: str) -> Participant:
    country = m.country if m.country or side != "issuer" else issuer
    return Participant(m.name, m.title, country, side, m.start, m.end)


def _name_words(name: str) -> set[str]:
    return {w.lower() for w in name.replace(",", " ").split() if len(w) > 2 and w not in ("Jr.", "Sr.")}


def _same_person(a: Participant, b: Participant) -> bool:
    """Whether two participants are one person: a shared name word (names come in either order), or, for the
    unnamed, the same title on the same side."""
    if a.name and b.name:
        wa, wb = _name_words(a.name), _name_words(b.name)
        # "Sung Kim" and "Kim Gunn" share a word but are two people; "Blinken" and "Antony Blinken" are one
        return len(wa & wb) >= (2 if len(wa) > 1 and len(wb) > 1 else 1)
    if a.name or b.name:
        return False
    return (a.title or "").lower() == (b.title or "").lower() and a.side == b.side


def sentence_participants(text: str, sentence: Sentence, issuer: str, told_of: bool = False) -> list[Participant]:
    """The people of one meeting sentence: before "with" (or the meeting verb's object) the issuer's side,
    after it the counterparts. Without either, a person of the issuer's country is on its side. With ``told_of``
    (a later sentence of the issuer's side), "He met with ...": all after the verb are met."""
    first = mentions(text, sentence.start, sentence.end)[:1]
    pronoun = told_of and _PRONOUN_SUBJECT.match(sentence.text) is not None
    cut = _WITH.search(text, first[0].end if first and not pronoun else sentence.start, sentence.end)
    if cut is not None and text.startswith(":", cut.end()):  # "spoke individually with: A of X to discuss energy;
        found = mentions(text, sentence.start, cut.end())  # B of Y; and C": each item up to its own purpose
        for item in re.finditer(r"[^;]+", text[cut.end() + 1 : sentence.end]):
            start, end = cut.end() + 1 + item.start(), cut.end() + 1 + item.end()
            own = next((p for p in TOPIC_CUT.finditer(text, start, end) if p.group() not in ";:"), None)
            found += mentions(text, start, own.start() if own else end)
    else:
        purpose = TOPIC_CUT.search(text, cut.end() if cut else sentence.start, sentence.end)
        found = mentions(text, sentence.start, purpose.start() if purpose else sentence.end)
    out: list[Participant] = []
    for m in found:
        if cut is not None:
            side = "issuer" if m.end <= cut.end() else "counterpart"
        else:
            side = "issuer" if m.country in (None, issuer) else "counterpart"
        p = _sided(m, side, issuer)
        if not any(_same_person(p, q) for q in out):
            out.append(p)
    return out


def participants(
    text: str, sentences: list[Sentence], main: Sentence | None, own: Sentence | None, issuer: str, title: str = ""
) -> list[Participant]:
    """Everyone the opening sentences show taking part: the meeting sentence's people, people met in opening sentences
    of the issuer's side meeting someone ("While in Kyiv, Secretary Blinken and Secretary Austin met with ..."), the
    lines of a list the text introduces ("Joining the call were:"); else whom the title names. Countries the words
    leave out come from the title, or the other side's one country. ``own``: ``lead_clause.own_clause``'s sentence."""
    out: list[Participant] = list(sentence_participants(text, own, issuer)) if own else []

    def add(ps: list[Participant]) -> None:
        for p in ps:
            if not any(_same_person(p, q) for q in out):
                out.append(p)

    if main is not None:  # "On July 27, Special Representative West ... led a delegation ... to meet ..."
        add([_sided(m, side, issuer) for m, side in joined_people(text, main, issuer)])
    for k, s in enumerate(sentences):
        if s is main:
            continue
        # (a list of who took part further down when its first line is one: "State legislative leaders included:"
        # then "- ...", not "The two officials agreed on the following next steps:")
        listed = k + 1 < len(sentences) and LIST_MARK.match(sentences[k + 1].text.strip())
        listed = listed and TOOK_PART.search(s.text)
        heading = LIST_HEADING.fullmatch(s.text.strip()) or FOLLOWING_PEOPLE.fullmatch(s.text.strip())
        if ((k < 8 or listed) and LIST_INTRO.search(s.text)) or heading:
            side = "issuer" if OWN_TEAM.search(s.text) else "counterpart"  # "... members of the administration:"
            marked = k + 1 < len(sentences) and LIST_MARK.match(sentences[k + 1].text.strip())
            for item in sentences[k + 1 : k + 25]:
                prose = not LIST_MARK.match(item.text.strip()) and item.text.rstrip()[-1:] in (":", ".")
                if marked and prose and "\n\n" in text[: item.start][-4:]:
                    break  # a bulleted list is over at a paragraph of prose ("The Vice President was also joined by:")
                got = [_sided(m, side, issuer) for m in item_people(text, item)]
                if not got and not LIST_MARK.match(item.text.strip()):
                    break  # the list is over (a numbered or bulleted line the reader cannot read is skipped)
                add(got)
        elif joined := joined_people(text, s, issuer):  # "She was joined by Governor Charlie Baker (R-MA)."
            add([_sided(m, side, issuer) for m, side in joined])
        elif k < 6 and _MEETING_WITH.search(s.text) and not _ANOTHER_HOST.search(s.text):
            found = sentence_participants(text, s, issuer, told_of=True)
            subject = [p for p in found if p.side == "issuer"]
            if (not subject and _PRONOUN_SUBJECT.match(s.text)) or (
                subject
                and all(any(_same_person(p, q) or (not p.name and q.side == "issuer") for q in out) for p in subject)
            ):
                add([p for p in found if p.side == "counterpart" and p.name and not _subject(text, p, s)])
            # "National Security Advisor Jake Sullivan also met separately with Prime Minister Store": one of the
            # issuer's side meeting the counterpart too
            add([_sided(m, "issuer", issuer) for m in _also_met(text, s, out)])
    from_title = mentions(title)
    out = _abroad_by_title(out, from_title, issuer)
    if not any(p.side == "counterpart" for p in out):  # no one of the other side named: whom the title names
        out += title_counterparts(text, title, from_title, issuer, out)
    return _fill_countries(out, from_title, issuer, title)


def _also_met(text: str, sentence: Sentence, out: list[Participant]) -> list[Mention]:
    """The people of a sentence who "also met" a counterpart already recorded ("Jake Sullivan also met separately
    with Prime Minister Store"), when no country of theirs is given."""
    found = []
    for m in mentions(text, sentence.start, sentence.end):
        verb = _ALSO_MET.match(text, m.end, sentence.end) if m.name and m.country is None else None
        rest = text[verb.end() : sentence.end] if verb else ""
        if any(p.side == "counterpart" and p.name and p.name.split()[-1] in rest for p in out):
            found.append(m)
    return found


def _subject(text: str, p: Participant, sentence: Sentence) -> bool:
    """Whether a person named after another meeting's verb is the subject of a meeting verb of their own."""
    return _SUBJECT_OF_VERB.match(text, p.end, sentence.end) is not None


def _abroad_by_title(people: list[Participant], from_title: list[Mention], issuer: str) -> list[Participant]:
    """Someone the text names without a country on the issuer's side ("President Biden and President Jair
    Messias Bolsonaro met today") whom the title names with another country ("... with President Jair
    Bolsonaro of Brazil") is the other side, of that country; never the first named, who speaks for the issuer."""
    abroad = [m for m in from_title if m.name and m.country not in (None, issuer)]
    out = people[:1]
    for p in people[1:]:
        placed = p.side == "issuer" and p.country == issuer and p.name
        twin = next((m for m in abroad if _same_person(p, _participant(m, "issuer"))), None) if placed else None
        out.append(dataclasses.replace(p, side="counterpart", country=twin.country) if twin else p)
    return out


def _fill_countries(
    people: list[Participant], from_title: list[Mention], issuer: str, title: str = ""
) -> list[Participant]:
    others = {p.country for p in people if p.side == "counterpart" and p.country and p.country != issuer}
    # "... Meeting with Asta Skaisgiryte and Kestutis Budrys, Advisors to the President of Lithuania"
    named = {p.name for p in find_parties(title) if p.name != issuer and not p.organisation}
    if not others and len(named) == 1:
        others = named
    out = []
    for p in people:
        country = p.country
        if country is None:
            twin = next(
                (
                    m
                    for m in from_title
                    if m.country and m.name and p.name and set(m.name.split()) & set(p.name.split())
                ),
                None,
            )
            if twin is not None:
                country = twin.country
            elif p.side == "counterpart" and len(others) == 1:
                country = next(iter(others))
            elif not others and not named and not any(m.country and m.country != issuer for m in from_title):
                country = issuer  # nobody from abroad: a meeting at home
        out.append(dataclasses.replace(p, country=country))
    return out


def issuer_of(readout: Readout) -> str:
    """The issuing government: the United States for the readouts of its offices (the default), else the
    country of the side that speaks of itself as "the Government of Japan" or "our"..."""
    head = readout.text[: max(readout.body_start, 0) + 600]
    for m in _GOVERNMENT_OF.finditer(head):
        # the side that speaks opens its sentence ("The Government of Japan and ..."), or heads the readout; one
        # thanked, urged or worked with ("thanked the Royal Government of Cambodia for ...") is the other side
        opening = head[: m.start()].rsplit(".", 1)[-1].rsplit("\n", 1)[-1].strip()
        if m.start() >= readout.body_start and not re.fullmatch(r"(?:[Tt]he)?(?:\s*(?:Royal|Federal))?", opening):
            continue
        if "United States" not in m.group("c") and (parties := find_parties(m.group("c"))):
            return parties[0].name
    return "United States"


_GOVERNMENT_OF = re.compile(
    r"\b(?:Ministry of Foreign Affairs|Government) of (?P<c>[A-Z][\w ]+?)(?:[.,;]|\s(?:and|has|is|was))"
)


def office_of(readout: Readout) -> tuple[str, tuple[int, int]] | None:
    """The issuing office where the text shows it ("Office of the Spokesperson", "Spokesperson Ned Price")."""
    m = _OFFICE.search(readout.text, readout.body_start, min(len(readout.text), readout.body_start + 400))
    if not m:
        return None
    g = 1 if m.group(1) else 2
    return m.group(g).strip(), m.span(g)


# ------------------------------------------------------------------------------------------ the record
def extract_meeting(readout: Readout, sentences: list[Sentence]) -> Meeting:
    """The meeting a readout records, with the span of every value."""
    text = readout.text
    published = published_date(readout)
    issuer = issuer_of(readout)
    main = meeting_sentence(sentences, issuer)
    own = own_clause(text, main) if main else None  # after "Following the April 24 call with ...,"
    people = participants(text, sentences, main, own, issuer, readout.title if readout.title_source == "text" else "")
    countries = list(dict.fromkeys(p.country for p in people if p.country))
    heading = readout.title if readout.title_source == "text" else ""
    countries += [c for c in body_countries(f"{heading}\n{own.text if own else ''}") if c not in countries]
    date_value, date_text, date_span = (published, None, (-1, -1))
    for s in ([own] if own else []) + [x for x in sentences[:3] if x is not main]:
        found = find_date(text, s.start, s.end, published)
        if found:
            date_value, date_text, date_span = found
            break
    opening = " ".join(s.text for s in sentences[:4])
    parties = len(set(countries)) + sum(1 for p in people if p.country is None and p.side == "counterpart")
    if any(
        p.title and p.name is None and p.title.split()[-1].endswith("s") and p.country in ORGANISATIONS for p in people
    ):
        parties = max(parties, 4)  # "foreign ministers of ASEAN nations": many countries at the table
    # a title made from the file name is no evidence of the kind ("kenya-visit.txt")
    title = readout.title if readout.title_source != "file" else ""
    kind = meeting_kind(title, own.text if own else "", parties, opening)
    place = None
    if main and own and kind not in ("call", "virtual_meeting"):
        # (the leading clause's place when the meeting's own words give none: "Ahead of the G20 Summit in Bali, ...")
        place = find_place(text, own.start, own.end) or find_place(text, main.start, main.end)
        if place is None and (later := [s for s in sentences if s.start >= main.end][:2]):
            place = place_said_later(text, later[0].start, later[-1].end)  # "... during the meeting at the White House"
    if place and place[0] in SEATS and place[0] != "Washington":
        place = place  # a capital named as the place ("in Moscow") is still the place
    office = office_of(readout)
    kind_span = _kind_span(text, main, kind) if main else (-1, -1)
    return Meeting(
        source=readout.source,
        title=readout.title,
        date=date_value,
        published=published,
        place=place[0] if place else None,
        kind=kind,
        participants=tuple(people),
        countries=tuple(countries),
        issuer=issuer,
        office=office[0] if office else None,
        date_text=date_text,
        date_span=date_span,
        place_span=place[1] if place else (-1, -1),
        kind_span=kind_span,
        office_span=office[1] if office else (-1, -1),
    )


def _kind_span(text: str, sentence: Sentence, kind: str) -> tuple[int, int]:
    words = {
        "call": r"spoke|call(?:ed)?|phone",
        "virtual_meeting": r"virtual(?:ly)?|video",
        "dialogue": r"[Dd]ialogue|consultations",
    }.get(kind, r"met|meeting|hosted|convened|visit(?:ed)?")
    m = re.search(rf"\b(?:{words})\b", text[sentence.start : sentence.end])
    return (sentence.start + m.start(), sentence.start + m.end()) if m else (-1, -1)


def short_name(p: Participant, text: str) -> str:
    """How the readout calls someone after a title ("Minister Kamikawa" for "Kamikawa Yoko"): the name word
    it puts after a title word, else the last word of the name; for the unnamed, the title (with the country
    on the other side: "Foreign Minister of Japan")."""
    if not p.name:
        if p.side == "counterpart" and p.country and p.title:
            return f"{p.title} of {p.country}"
        return p.title or p.country or "?"
    words = [w for w in p.name.replace(",", " ").split() if w not in ("Jr.", "Jr", "Sr.")]
    for w in words:  # the word a title stands right before, with no other name word after it
        if re.search(rf"\b(?:{'|'.join(sorted(TITLE_HEADS))})\s+{re.escape(w)}\b(?!\s+[A-Z])", text):
            return w
    return words[-1] if words else p.name


def describe(meeting: Meeting, text: str = "") -> str | None:
    """A title made from the records, for a readout that has none: "Blinken – Kamikawa meeting · September 18 ·
    New York City"; None when the records name nobody (the file name says more)."""
    issuer = [short_name(p, text) for p in meeting.participants if p.side == "issuer"][:1]
    others = [short_name(p, text) for p in meeting.participants if p.side == "counterpart"][:3]
    who = " – ".join(issuer + others) or " – ".join(meeting.countries)
    if not who:
        return None
    kind = meeting.kind.replace("_", " ")
    when = meeting.date.strftime("%B %-d, %Y") if meeting.date else meeting.date_text
    if when and meeting.date is None and not re.search(r"\d", when):
        when = None  # "today" with no publication date says nothing
    return " · ".join(x for x in (f"{who} {kind}", when, meeting.place) if x)
