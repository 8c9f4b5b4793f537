"""Who, when and where: answered from the readout records, citing the sentence that states each."""

from __future__ import annotations

import re
from dataclasses import replace

from ..records import Sentence
from ..text.lexicon import MONTHS, WEEKDAYS
from ..text.tokenize import fold, words
from .about_meeting import asks_those_meetings
from .analyse import Part, Query
from .answer_types import BY_NAME, SAID_TODAY
from .asked_type import TIME_OF_DAY, TIME_OF_DAY_ASKED
from .compose import ROUGH_DAY, Quote, header, long_date, short_title
from .coverage import topic_coverage
from .dates_written import span_day
from .fitting import EXACTLY, FUTURE, says_kind
from .meeting_sentence import WHICH_MEETING
from .participants import countries_asked, naming_sentences, participants_asked, people_in_words
from .select import Selection
from .speakers import office_holder
from .titled import date_line, dated_title, issued_line, title_line
from .topics import focus

_EVENT = re.compile(r"\b(?:Summit|Conference|Meeting|Ministerial|Forum|Assembly|Dialogue|Session|Games)$")


#: how a meeting of each recorded kind was held
_HELD = {"call": "By phone", "virtual_meeting": "By video", "meeting": "In person", "visit": "In person"}
_KIND_IN_TITLE = re.compile(r"\b(?:phone|call|calls|video|virtual|meeting|meetings|visit|visits|trip|travel)\b", re.I)
_BY_VIDEO = re.compile(r"\b(?:video|virtual(?:ly)?|videoconference)\b", re.I)
#: what a title says of each way a meeting is held
_TITLE_SAYS = {
    "By video": re.compile(r"\b(?:video|virtual\w*)\b", re.I),
    "By phone": re.compile(r"\b(?:phone|call|calls)\b", re.I),
    "In person": re.compile(r"\b(?:meeting|meetings|visit|visits|trip|travel)\b(?<!virtual meeting)", re.I),
}
_KIND_SAID = re.compile(
    r"\b(?:phone|phoned|call|called|video|virtual\w*|met|meet|meeting|visit\w*|hosted|welcomed|in person)\b", re.I
)


def _how_held(answerer, m, rid: int, where: str, missing: list[str]) -> list[Quote]:
    """How a meeting was held (by phone, by video, in person), citing the sentence that says its kind, and its
    title when the title names the kind ("Phone Call with ...")."""
    held = _HELD.get(m.kind or "")
    sentence = answerer.sentence_at(m.source, *m.kind_span) if m.kind_span[0] >= 0 else None
    sentence = sentence or answerer.meeting_sentence(rid)
    if held == "By phone" and _BY_VIDEO.search(f"{m.title} {sentence.text if sentence else ''}"):
        held = "By video"  # "held a secure video call": a call of the records, seen on screen
    elif held == "In person" and sentence is not None and _SPOKE.search(sentence.text):
        held = "As the readout tells it"  # a readout titled "Meeting" whose text says only "spoke with"
    if told := _said_how(answerer, rid):  # a sentence that says it ("engaged ... in-person and virtually")
        held, sentence = told
    if held is None or sentence is None:
        missing.append(f"the readout of {where} does not say how the meeting was held.")
        return []
    said = _TITLE_SAYS.get(held)  # "... Virtual Meeting with ...": the title says it too
    named = title_naming(answerer, rid, [sentence], said) if said is not None else []
    return [answerer.quote(sentence, 1.0, f"{held}:"), *(named or title_saying_kind(answerer, rid, sentence))]


def title_naming(answerer, rid: int, cited: list[Sentence], said: re.Pattern | list[str]) -> list[Quote]:
    """The readout's title as a further quote when it states the answer too (``said``: a pattern, or words any one
    of which it names: the person asked for, the place), and no cited sentence is the title; else nothing."""
    title = title_line(answerer.store, rid)
    if title is None or any(s.start == 0 and s.source == title.source for s in cited):
        return []
    if isinstance(said, list):
        said = re.compile("|".join(rf"\b{re.escape(w)}\b" for w in said if w) or r"(?!)")
    return [issued_line(answerer, title, 1.0, "the readout's title:")] if said.search(title.text) else []


def _unasked_names(people, question: str) -> list[str]:
    """The words of the people's names (of their offices, when the records give no name) the question does not
    give ("Yang", "Jiechi"; not "Biden" of "Who joined President Biden on his call"): a title naming one of them
    names who was asked for."""
    asked = set(words(question))  # (lower case, accents folded)
    said = [w for p in people for w in (p.name or p.title or "").replace(",", " ").split()]
    return [w for w in said if len(w) > 2 and fold(w) not in asked]


def title_saying_kind(answerer, rid: int, sentence: Sentence) -> list[Quote]:
    """The readout's title as a quote when it says how the meeting was held and ``sentence`` does not ("spoke
    today with ...": "... Phone Call with ..."); else nothing."""
    return [] if _KIND_SAID.search(sentence.text) else title_naming(answerer, rid, [sentence], _KIND_IN_TITLE)


_SPOKE = re.compile(r"\b(?:spoke|speaks|talked|called|phoned)\b(?![^.]*\b(?:met|meeting|visit\w*)\b)", re.I)
_IN_PERSON_SAID = re.compile(r"\bin[- ]person\b|\bface[- ]to[- ]face\b", re.I)
#: a sentence whose "in person" is another meeting's or a manner of speaking ("look forward to meeting in person",
#: "virtually all of")
_NOT_THIS_ONE = re.compile(
    r"\b(?:look(?:s|ed|ing)? forward|will|would|next|upcoming|future|plans?|planned|hope[sd]?|invit\w*|agreed to|"
    r"intends?|soon|virtually (?:all|every|no|impossible|identical))\b",
    re.I,
)
_REMOTE_SAID = re.compile(r"\bvirtual(?:ly)?\b|\bby video\b|\bvideo ?conference\b|\bby (?:tele)?phone\b", re.I)


def _said_how(answerer, rid: int):
    """(how, sentence) from a sentence of the readout that says in words how the meeting was held ("engaged with
    CARICOM leaders in-person and virtually"), or None."""
    for s, _, _ in answerer.sentences_of(rid):
        present, remote = _IN_PERSON_SAID.search(s.text), _REMOTE_SAID.search(s.text)
        if s.start == 0 or not (present or remote) or _NOT_THIS_ONE.search(s.text):
            continue
        far = "By phone" if remote and "phone" in remote.group(0).lower() else "By video"
        return (
            "In person and " + far[0].lower() + far[1:] if present and remote else "In person" if present else far
        ), s
    return None


def record_meetings(answerer, sel: Selection, question: str, topic: tuple[str, ...] = ()) -> list[int]:
    """The meetings a who/when/where part is about: the selected ones, or when the part has a topic of its
    own ("when did they talk about the Amazon Fund"), the one whose readout states it best."""
    asked = countries_asked(question)  # "Who was the Italian participant?": a meeting with someone of Italy
    having = [r for r in sel.rids or () if asked & {p.country for p in answerer.store.meetings[r].participants}]
    sel = replace(sel, rids=tuple(having)) if having and len(having) < len(sel.rids or ()) else sel
    if sel.rids and (len(sel.rids) == 1 or not topic or asks_those_meetings(question)):
        return list(sel.rids)[: answerer.tuning.records_limit]
    retrieval = answerer.retriever.run(question, 5, sel.rids or None)
    ranked = []  # the meeting whose passage states the topic best; retrieval's order breaks ties
    for rank, p in enumerate(retrieval.passages):
        hit = answerer.meeting_of(p.source)
        if hit is not None:
            ranked.append((-topic_coverage(p.text, topic, answerer.store.idf), rank, hit[0]))
    return [min(ranked)[2]] if ranked else []


def from_records(answerer, part: Part, query: Query, sel: Selection, topic, question: str):
    """Who, when and where from the readout records, each with the sentence that states it cited; what the
    records do not hold is named as missing."""
    got: list[Quote] = []
    missing: list[str] = []
    for rid in record_meetings(answerer, sel, part.text if len(query.parts) > 1 else question, topic):
        m = answerer.store.meetings[rid]
        where = header(m, m.title)
        if part.answer_type == "date":
            _meeting_day(answerer, part, rid, m, where, got, missing)
        elif part.answer_type == "place":
            sentence = answerer.sentence_at(m.source, *m.place_span) if m.place else None
            if sentence is None:
                missing.append(f"the readout of {where} does not say where they met.")
            else:
                at = "At the" if _EVENT.search(m.place) else "In"  # "At the G20 Summit:", "In Tokyo:"
                got.append(answerer.quote(sentence, 1.0, f"{at} {m.place}:"))
                got += title_naming(answerer, rid, [sentence], [m.place])  # "... Visit to Tripoli"
        elif part.answer_type == "kind":
            got += _how_held(answerer, m, rid, where, missing)
        else:
            body = [s for s, _, _ in answerer.sentences_of(rid) if s.start > 0 and "\n" not in s.text.strip()]
            # "Who was the President's Science Advisor at ...": by the office, someone the records may not hold
            held = office_holder(part.text, body)
            if held and not any(p.name and held[0].split()[-1] in p.name for p in m.participants):
                got += [answerer.quote(s, 1.0, "" if k else f"{held[0]}:") for k, s in enumerate(held[1])]
                continue
            asked = participants_asked(part, m, tuple(body))
            if BY_NAME.search(part.text):  # "which regulators, by name": not "the
                asked = [p for p in asked if p.name]  # President" by office alone
            people = people_in_words(asked)
            naming = naming_sentences(asked, body)
            sentence = answerer.meeting_sentence(rid)
            group = _group_met(part.text, m, sentence) if not people else None
            if group is not None and sentence is not None:  # "met today with his economic team"
                got.append(answerer.quote(sentence, 1.0, f"{group[:1].upper()}{group[1:]}:"))
            elif not people or (sentence is None and not naming):
                named = [p for p in m.participants if p.name and p.side == "counterpart"] and not asked
                told = "names no one of those asked for" if named else "does not name who took part"
                missing.append(f"the readout of {where} {told}.")
            else:
                # cite where the people asked for are named; the meeting's own sentence when that is it
                cited = naming or [sentence]
                got += [answerer.quote(s, 1.0, f"{people}:" if k == 0 else "") for k, s in enumerate(cited)]
                got += title_naming(answerer, rid, cited, _unasked_names(asked, part.text))
    return got, missing


#: a group met, as the meeting's own sentence names it ("The President met today with his economic team to ...")
_GROUP_MET = re.compile(
    r"\b(?:met|meets|spoke|convened|hosted)\b(?:\s+\w+){0,2}?\s+with\s+(?P<group>(?:his|her|their)\s+"
    r"(?:[a-z\-]+\s+){0,3}?(?:team|advisers|advisors|cabinet|staff|council))\b"
)
#: a question for someone by name or on another side: a group of the issuer's own is no answer
_NOT_A_GROUP = re.compile(r"\bother\s+side\b|\bcounterparts?\b|\bforeign\b|\bled\b|\bheaded\b|\bnamed?\b", re.I)


def _group_met(asked: str, m, sentence: Sentence | None) -> str | None:
    """The issuer's own group a meeting with no one of another side was held with ("Whom did the President meet
    on October 13, 2022": "his economic team"), when the question asks whom they met, not a name."""
    if sentence is None or _NOT_A_GROUP.search(asked) or any(p.side == "counterpart" for p in m.participants):
        return None
    found = _GROUP_MET.search(sentence.text)
    return found.group("group") if found else None


def _meeting_day(answerer, part: Part, rid: int, m, where: str, got: list[Quote], missing: list[str]) -> None:
    """The day of a meeting from its record, citing the sentence that dates it and, where that sentence dates it
    only as "today", the readout's date line; a day the readout gives only roughly ("last week") is said so, and is
    no answer to a question for the very day."""
    dating = answerer.sentence_at(m.source, *m.date_span) if m.date_span[0] >= 0 else None
    if READOUT_ISSUED.search(part.text) and m.published and (line := date_line(answerer.store, m.source)):
        # "On what date did the State Department publish its readout on ...": the day the readout is dated,
        # which may be a day after the meeting ("returned on June 3", dated June 4)
        got.append(_dated_line_quote(answerer, rid, line, f"{long_date(m.published)}, "))
        held = dating or answerer.meeting_sentence(rid)
        if m.date and m.date != m.published and held is not None:  # and the meeting's own day, when another
            got.append(answerer.quote(held, 1.0, f"The meeting itself: {long_date(m.date)}:"))
        return
    if TIME_OF_DAY_ASKED.search(part.text):  # "At what time of day did they meet": the sentence dating it says it
        own = [dating, answerer.meeting_sentence(rid)]
        timed = [(s, t) for s in own if s is not None and (t := TIME_OF_DAY.search(s.text))][:1]
        got += [answerer.quote(s, 1.0, f"{t.group(0).capitalize()}:") for s, t in timed]
        if not timed:
            missing.append(f"the readout of {where} does not say at what time of day they met.")
        return
    sentence = dating or answerer.meeting_sentence(rid)
    vague = _rough_day(answerer, rid, m)  # "spoke ... last week"
    if m.date is None:
        missing.append(f"the readout of {where} does not give the year of the meeting.")
    elif vague and _EXACT_DAY.search(part.text) and not _ISSUED.search(part.text):
        said = f'the readout of {short_title(m.title)} says only "{vague.group(0).lower()}"'
        missing.append(f"{said}: it gives no exact day.")
    elif sentence is not None:
        rough = f'"{vague.group(0).capitalize()}", before the readout\'s date:' if vague else ""
        span = span_day(sentence.text, part.text, m.date)  # "When did her stay ... end?": "to July 25"
        lead = rough or f"{long_date(span or m.date)}:"
        got.append(answerer.quote(sentence, 1.0, lead))
        if (line := _date_line(answerer, sentence, m.date)) is not None:  # "met today": the day it is dated
            got.append(_dated_line_quote(answerer, rid, line))
    elif (line := date_line(answerer.store, m.source)) is not None:
        # no sentence says they met ("... reaffirmed their commitment to democracy"): the day it is dated
        got.append(_dated_line_quote(answerer, rid, line, f"{long_date(m.date)}, "))
    else:
        missing.append(f"the readout of {where} does not say when the meeting was held.")


#: "what call to action ...", "what talks did they plan for next year": no meeting the readout records
_NOT_A_MEETING = re.compile(r"\bcall to action\b|\b(?:plan\w*|will|next|upcoming|future)\b", re.I)


#: "Which readout describes the President sitting down with ...": which meeting, its meeting sentence first
_WHICH_READOUT = re.compile(r"\bwhich\s+readout\b(?!s)", re.I)


def with_meeting_sentence(answerer, part: Part, quotes: list[Quote]) -> list[Quote]:
    """A "which call had ..." part asks which meeting: its answer opens with the readout's meeting sentence (who
    met whom), then what was said there. A date asked for that a quote gives only as "today" is led by the day
    its readout's record gives ("June 13, 2021:")."""
    if part.answer_type == "date":  # the day a statement of the kind asked was made, where one was quoted
        quotes = [_dated(answerer, q, part.text) for q in quotes]
        quotes = [q for q in quotes if q.kind in part.kinds or says_kind(q.sentence.text, part.kinds)] or quotes
    if not quotes or not (WHICH_MEETING.search(part.text) or _WHICH_READOUT.search(part.text)):
        return quotes
    if _NOT_A_MEETING.search(part.text):
        return quotes
    hit = answerer.meeting_of(quotes[0].sentence.source)
    sentence = answerer.meeting_sentence(hit[0]) if hit else None
    if sentence is None or any(
        q.sentence.start == sentence.start for q in quotes if q.sentence.source == sentence.source
    ):
        return quotes
    return [answerer.quote(sentence, quotes[0].score), *quotes]


def _dated(answerer, quote: Quote, asked: str) -> Quote:
    text = quote.sentence.text
    hit = answerer.meeting_of(quote.sentence.source)
    if not quote.lead and hit is not None and hit[1].date and (day := span_day(text, asked, hit[1].date)):
        return replace(quote, lead=f"{long_date(day)}:")  # "come to an end": the last day of "from July 23 to July 25"
    if quote.lead or _DATE_GIVEN.search(text) or not SAID_TODAY.search(text) or hit is None or hit[1].date is None:
        return quote
    return replace(quote, lead=f"{long_date(hit[1].date)}:")


def _date_line(answerer, sentence: Sentence, day=None) -> Sentence | None:
    """The readout's ``Date:`` line, when the sentence dates the meeting only by it ("met today", or no day at all:
    "At the G7 Summit, President Biden met with President Macky Sall"), or gives another day than the meeting's
    ("spoke today ... following Iran's cyberattack on July 15"), or gives the day without its year."""
    text = sentence.text
    if not _DATE_GIVEN.search(text):
        return date_line(answerer.store, sentence.source)
    if day is None:
        return None
    month = day.strftime("%B")
    own = re.search(rf"\b{month}\s+{day.day}\b|\b{day.day}\s+{month}\b", text)
    if not own:  # another day than the meeting's ("... cyberattack on July 15"), or a year or weekday alone
        return date_line(answerer.store, sentence.source) if _MONTH_DAY.search(text) else None
    if str(day.year) in text:
        return None
    line = date_line(answerer.store, sentence.source)  # "On April 5 ... met": the year is the date line's, when the
    return line if line is not None and own.re.search(line.text) else None  # line gives that very day


#: a question for the very day a meeting was held ("on exactly which day", "what date")
_EXACT_DAY = re.compile(rf"{EXACTLY.pattern}|\b(?:what|which)\s+(?:\w+\s+)?(?:date|day)\b", re.I)


#: a question for the day the readout itself came out ("when did the State Department publish its readout of",
#: "on what date was the account of ... released"; not a statement the sides issued at the meeting)
READOUT_ISSUED = re.compile(
    # "On what date did the State Department publish its readout on ...": the question's own verb, not a statement
    # before it ("The State Department put out its readout ... on May 4. On what day did the meeting take place?")
    r"\b(?:when|(?:on\s+)?(?:what|which)\s+(?:dates?|days?))\s+did\s+[^?.]{0,60}?\b(?:publish|issue|release|put\s+out|"
    r"post)\s+(?:its|the|a|their|this)\s+(?:\w+\s+)?(?:readouts?|account|press\s+release)\b"
    # "On what date did the State Department put out its summary of ...": a summary the issuer of readouts put out
    r"|\b(?:when|(?:on\s+)?(?:what|which)\s+(?:dates?|days?))\s+did\s+(?:the\s+)?(?:State\s+Department|White\s+House|"
    r"Department|NSC|Office\s+of\s+the\s+Spokesperson)\s+(?:publish|issue|release|put\s+out|post)\s+its\s+"
    r"(?:summary|write-?up)\b"
    # "When was the readout of ... released?": the readout the subject, the verb the question's last (not "according
    # to the readout issued by the State Department, on what date did ...")
    r"|\b(?:when|(?:on\s+)?(?:what|which)\s+(?:date|day))\s+(?:was|were|is|are)\s+(?:the|its|their|this|that)\s+"
    r"(?:[\w'\u2019\-]+\s+){0,3}?(?:readouts?|account|press\s+release)\b[^?]{0,160}?\b(?:first\s+)?"
    r"(?:published|issued|released|put\s+out|posted|dated)\s*(?:by\s+[^?]{1,60}|online)?\s*\??\s*$"
    # "What release date does the State Department's readout of ... carry?": its date line
    r"|\b(?:what|which)\s+(?:release|publication|issue)\s+date\s+(?:does|did|do)\s+(?:the|its|their|this|that)\s+"
    r"[^?]{0,80}?\b(?:readouts?|account|press\s+release|summary|write-?ups?)\b"
    # "what date does the State Department readout of Counselor Chollet's visit to Kyiv ... carry?": the same (not
    # "what date does the readout give for the meeting", "what date does the readout say the sanctions will carry")
    r"|\b(?:what|which)\s+date\s+(?:does|did|do)\s+(?:the|its|their|this|that)\s+[^?]{0,80}?\b"
    r"(?:readouts?|account|press\s+release|summary|write-?ups?)\b"
    r"(?:(?!\b(?:say|says|said|will|would|note|notes|noted)\b)[^?]){0,200}?"
    r"\b(?:carry|bear)(?:\s+(?:of|for)\s+[^?]{3,200})?\s*\??\s*$"  # ("... carry of Sullivan hosting Hulata?")
    # "..., and what date does the readout carry?"
    r"|\band\s+(?:what|which)\s+date\s+(?:does|did|do)\s+(?:the|its|their|this|that)\s+(?:readouts?|account)\s+"
    r"(?:carry|bear)\b",
    re.I,
)


#: a question for the day a readout was issued, which its date line gives
_ISSUED = re.compile(r"\b(?:issued|published|released|put out|dated)\b", re.I)


def _rough_day(answerer, rid: int, m) -> re.Match | None:
    """The words that date a meeting only roughly ("last week"), when they are in its meeting sentence and that
    sentence gives no day of its own ("spoke last week, on July 14, ..." gives one); else None."""
    sentence = answerer.meeting_sentence(rid)
    if sentence is None or m.date_span[0] < 0:
        return None
    inside = sentence.source == m.source and sentence.start <= m.date_span[0] < sentence.end
    rough = ROUGH_DAY.fullmatch((m.date_text or "").strip())  # (the record's words at its date span)
    return rough if inside and not _MONTH_DAY.search(sentence.text) else None


def _dated_line_quote(answerer, rid: int, line: Sentence, before: str = "") -> Quote:
    """A readout's ``Date:`` line as a quote, with the title line right above it when there is one (the title names
    the meeting the day is of): a line of the readout's header, no statement, made by the side that issues it."""
    widened = dated_title(answerer.store, rid, line)
    said = "the readout's title and date line:" if widened is not line else "the readout's date line:"
    return issued_line(answerer, widened, 1.0, before + said)


#: a month and a day ("July 15", "15 July")
_MONTH_NAMES = "|".join(m.capitalize() for m in MONTHS)
_MONTH_DAY = re.compile(rf"\b(?:{_MONTH_NAMES})\s+\d{{1,2}}\b|\b\d{{1,2}}\s+(?:{_MONTH_NAMES})\b")
#: a day the sentence gives itself ("on June 13", "Monday", "2021")
_DATE_GIVEN = re.compile(rf"\b(?:{'|'.join(d.capitalize() for d in (*MONTHS, *WEEKDAYS))})\b|\b(?:19|20)\d\d\b")


#: "When did Biden speak with Niinistö about ...", "On what date did they meet to discuss ...": up to the topic
_WHEN_MET = re.compile(
    r"(?:when|(?:on )?(?:what|which) (?:date|day))\s+did\s+[^?]*?\b(?:speak|talk|meet|call|phone|"
    r"confer|hold)\b[^?]*?(?=\babout\b|\bto discuss\b|\bon\b|\bregarding\b|\band\b|$)",
    re.I,
)


def dated_by_topic(answerer, part: Part, query: Query, sel: Selection, sentences, topic, question: str):
    """The date of the one meeting, among those selected, whose readout states the topic of a "when" question
    (``sentences``: the ones retrieved for it) when no sentence gives both ("When did Biden speak with Niinistö
    about the F-35?": the call whose readout speaks of the F-35), from its record; none when the question asks of
    the future, has no topic, or more than one meeting's readout states it."""
    asked = _WHEN_MET.match(focus(part.text))  # the meeting's own date, not a date the readout looks ahead to
    if part.answer_type != "date" or not topic or not sel.rids or not asked or FUTURE.search(asked.group(0)):
        return []
    covered = [(topic_coverage(s.text, topic, answerer.store.idf, part.hints), s) for s in sentences]
    top = max((c for c, _ in covered), default=0.0)
    # the sentences stating it best ("welcomed Indonesia's forthcoming G20 Presidency" over "applauded Indonesia's
    # G20 Presidency" for "... welcome Indonesia's upcoming G20 presidency")
    stating = [s for c, s in covered if c >= 0.5 and c == top]
    hits = {hit[0] for s in stating if (hit := answerer.meeting_of(s.source)) and hit[0] in sel.rids}
    if len(hits) != 1:
        return []
    got, _ = from_records(answerer, part, query, replace(sel, rids=tuple(hits)), (), question)
    return got
