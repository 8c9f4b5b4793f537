"""Does a sentence carry the type of answer a part asks for? A figure for "how much", a number for "how many",
a percentage, a length of time, a date, a place, a person's name, an organisation, a document. Pure functions,
used by ``coverage`` and ``fitting``.
"""

from __future__ import annotations

import functools
import re

from ..corpus.people import mentions
from ..text.lexicon import (
    KIND_VERBS,
    NUMBER_WORDS,
    PEOPLE_AT_WORK,
    PERSON_CALLINGS,
    PERSON_DESCRIPTIONS,
    ROUGH_SCALE_WORDS,
    SCALE_WORDS,
    TITLE_HEADS,
    WEEKDAYS,
)
from ..text.names import find_parties
from ..text.places import US_REGION, WIDE_REGIONS, regions_named
from ..text.tokenize import stem, words
from .asked_type import MONEY_ASKED, PERSON_NAMES_ASKED, SOMEONE, TIME_OF_DAY, TIME_OF_DAY_ASKED
from .bodies_named import NATIONS_BY_NAME, names_a_body, names_a_country
from .dates_written import due_by_day
from .figure_places import without_figures_elsewhere
from .full_names import full_names, names_new
from .in_words import counted_in_words, long_been, many_of_asked, people_at_large_served, share_in_words, whole_of_asked
from .places_given import US_STATE_NAME, gives_city, gives_place
from .sum_for import MONEY, sum_of_something_else
from .times import MONTH_NAME

_AMOUNT = re.compile(
    r"(?:[$€£¥]\s?\d[\d,.]*(?:\s*(?:thousand|million|billion|trillion))?|\b\d[\d,.]*\s*(?:thousand|"
    r"million|billion|trillion)s?\b|\b\d[\d,.]*\s*(?:dollars|euros|pounds|yen|doses|tons|tonnes|bcm|bcf|barrels|"
    r"cubic (?:meters|metres|feet)|megawatts|gigawatts|MW|GW|liters|litres|gallons)\b|"
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|hundred)\s+(?:million|billion|"
    r"thousand)\b|\b(?:half|a quarter of|a third of)\s+a\s+(?:million|billion|trillion)\b)",  # "half a billion"
    re.I,
)
_PERCENT = re.compile(r"\b\d[\d.,]*\s*(?:%|percent\b|per cent\b)", re.I)
#: a number, not one inside a name ("F-16 fighter jets", "COVID-19", "Mi-17"): those count nothing
_NUMBER = re.compile(r"(?<![A-Za-z]-)\b\d[\d,.]*\b")
_YEAR_ONLY = re.compile(r"^(?:19|20)\d\d$")
#: the day of a date ("the March 10 drone crash", "on 3 May"; a month capitalised, so not "may 5 people")
_DAY_OF_MONTH = re.compile(
    rf"\b{MONTH_NAME}\s+\d{{1,2}}(?:st|nd|rd|th)?\b|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH_NAME}(?!\w)"
)


#: what "the two ..." counts when it says who met ("the two sides", "the three Baltic leaders", "all four of them")
_SIDES = (
    r"(?:of\b|sides|leaders|countries|nations|presidents|ministers|governments|delegations|parties|secretaries|"
    r"officials|counterparts|heads|partners|allies|men|women|envoys|advis[eo]rs|principals|teams|states)"
)


def _who_met(number: str, low: str) -> bool:
    """Whether "the two ..." says who met ("the two sides", "the two discussed", "all three of them"), not how
    many of something ("the thirteen Guatemalan migrants": a plural noun not of the sides)."""
    for m in re.finditer(rf"\b(?:the|both|all)\s+{re.escape(number)}\b((?:\s+[\w\u2019']+){{0,2}})", low):
        after = m.group(1).split()
        if re.match(_SIDES, " ".join(after[:1])) or re.match(_SIDES, " ".join(after[1:2])):
            return True
        if after[:1] and (after[0] == "also" or after[0] in KIND_VERBS):  # "the two discussed accomplishments"
            return True
        if not any(a.endswith("s") and not a.endswith("'s") for a in after):
            return True
    return False


#: a number word in a name of a thing ("a two-state solution", "the one-China policy"), not of a length of time
_NUMBER_WORD_COMPOUND = re.compile(
    rf"\b(?:{'|'.join(sorted(NUMBER_WORDS, key=len, reverse=True))})-(?!(?:years?|months?|weeks?|days?|hours?|"
    r"decades?)\b)[a-z]+",
    re.I,
)


#: a line whose words are capitalised but for small ones: a title
_TITLE_CASED = re.compile(r"\W*(?:(?:[A-Z\d][\w.\-\u2019']*|of|and|the|with|for|on|in|to|a|at|by)(?:[\s,:;]+|\W*$))+")
#: a number word written with a capital inside a sentence: a word of a name, no quantity
_NUMBER_IN_NAME = re.compile(
    rf"(?<=\w )(?:{'|'.join(sorted((w.capitalize() for w in NUMBER_WORDS), key=len, reverse=True))})\b"
)
#: the number of a numbered line ("6. Rebecca Holder, Executive Director"): no quantity
_LINE_NUMBER = re.compile(r"^\s*\d{1,3}[.)]\s+")


def without_non_quantities(text: str) -> str:
    """A sentence without the numbers that count nothing: the days of dates, a numbered line's number, numbers
    in names."""
    # "the ASEAN Five Point Consensus", "the Group of Seven" (a title counts in capitals: "Leaders of Three ...")
    if _NUMBER_IN_NAME.search(text) and not _TITLE_CASED.fullmatch(text):
        text = _NUMBER_IN_NAME.sub(" ", text)
    return _NUMBER_WORD_COMPOUND.sub(" ", _DAY_OF_MONTH.sub(" ", _LINE_NUMBER.sub(" ", text)))


def numbers_in(text: str) -> list[str]:
    """Numbers of a sentence that are quantities (years, the days of dates and numbers in names left out)."""
    text = without_non_quantities(text)
    out = [m.group(0) for m in _NUMBER.finditer(text) if not _YEAR_ONLY.match(m.group(0).rstrip(".,"))]
    low = text.lower()  # "the two sides", "the three leaders": who, not how many
    out += [
        w
        for w in words(text)
        if w in NUMBER_WORDS and NUMBER_WORDS[w][-1].isdigit() and w not in ("one",) and not _who_met(w, low)
    ]
    out += [w for w in words(text) if w in SCALE_WORDS or w in ROUGH_SCALE_WORDS]  # "tens of thousands"
    return out


def exact_numbers_in(text: str) -> list[str]:
    """The quantities of a sentence given to the unit: not "hundreds of thousands"."""
    return [n for n in numbers_in(text) if n not in ROUGH_SCALE_WORDS]


def exact_counts_in(text: str) -> list[str]:
    """The counts of a sentence given to the unit: no money, share or rough quantity ("$20 billion", "15%",
    "tens of thousands")."""
    return exact_numbers_in(_PERCENT.sub(" ", MONEY.sub(" ", text)))


#: a sum the question names a thing by ("the $10 million for youth violence reduction")
_SUM_NAMED = re.compile(
    r"\bthe\s+(?:(?:additional|new|extra|planned|proposed|pledged|promised|announced)\s+)?[$€£¥]\s?(\d[\d,.]*)"
    r"(?:\s*(thousand|million|billion|trillion)\b)?",
    re.I,
)


#: words that set a sum beside the one asked for, or make it the whole a share is asked of
_BESIDE_SUM = re.compile(
    r"\b(?:besides|beyond|apart from|aside from|other than|on top of|in addition to|of|from|out of|plus|above)\s*$",
    re.I,
)


def named_sum_absent(text: str, question: str) -> bool:
    """Whether the question names its thing by a sum ("over how many years will the $10 million for ... be
    spread") and the sentence does not carry it: it tells of another sum ("$20 million over 5 years"), or of no
    sum where the time the sum is spread over is asked. Not a sum set beside the one asked for ("besides the
    $530 million loan, how much ...") nor a whole asked a share of ("Of the $713 million, how much is for
    Ukraine?"): the answer is another sum."""
    named = [
        (m.group(1).rstrip(".,"), m.group(2) or "")
        for m in _SUM_NAMED.finditer(question)
        if not _BESIDE_SUM.search(question[max(0, m.start() - 24) : m.start()])
    ]
    if not named or any(
        re.search(rf"(?<![\d.,]){re.escape(n)}(?![\d])\s*{re.escape(scale)}", text, re.I) for n, scale in named
    ):
        return False
    # the time a sum is spread over is told beside it; a count of what it buys may stand apart ("The deal covers
    # 34 aircraft")
    span = (asked := HOW_MANY.search(question)) and _TIME_UNIT.fullmatch(asked.group(1))
    return bool(span or re.search(r"\bhow long\b", question, re.I) or MONEY.search(text))


def without_numbers_of(text: str, question: str) -> str:
    """A sentence without the numbers the question itself gives ("the two Greek-flagged vessels", "Of the $500
    million ..."): they do not answer how many or how much. Nothing when the question names its thing by a sum
    the sentence does not carry, or asks the sum of a thing the sentence gives apart from its sums: it tells of
    another sum; nor the figures of a clause told of another place than the one it is asked for."""
    if named_sum_absent(text, question) or sum_of_something_else(text, question):
        return ""
    given = {m.group(0).rstrip(".,") for m in _NUMBER.finditer(question)}
    given |= {w for w in words(question) if w in NUMBER_WORDS}
    for n in given:  # with its scale: "the $20 billion deal" gives no "billion" either
        text = re.sub(
            rf"(?<![\w.,]){re.escape(n)}(?:\s+(?:thousand|million|billion|trillion)\b)?(?![\w])", " ", text, flags=re.I
        )
    asked = HOW_MANY.search(question)
    if asked and not _TIME_UNIT.fullmatch(asked.group(1)):  # "how many aircraft": "over the past 50 years" is no count
        text = _LENGTH_OF_TIME.sub(" ", text)
    return without_figures_elsewhere(text, question)  # "how many in Mississippi": not "in Louisiana nearly one million"


#: the dead counted ("an increasing number of civilian deaths", "killed 12"): what "what death toll" asks a number of,
#: not "1.33 million refugees"
DEATHS = re.compile(r"\b(?:deaths?|dead|died|killed|killing|casualt\w*|lives|fatalit\w*)\b", re.I)
_WIDE_REGION = re.compile(
    r"\b(?:" + "|".join(map(re.escape, sorted(WIDE_REGIONS, key=len, reverse=True))) + r")\b", re.I
)
#: a unit of time, as _DURATION counts it too
_TIME_UNIT = re.compile(r"(?:years?|months?|weeks?|days?|decades?|hours?|minutes?|centur(?:y|ies))", re.I)
#: a number of units of time ("50 years", "the next two weeks", "a 10-day visit")
_LENGTH_OF_TIME = re.compile(
    rf"\b(?:\d[\d,.]*|{'|'.join(sorted(NUMBER_WORDS, key=len, reverse=True))})[\s\-]+{_TIME_UNIT.pattern}\b", re.I
)


HOW_MANY = re.compile(r"\bhow many\s+(?:more\s+|of\s+the\s+)?([a-z]+)", re.I)
NUMERAL = rf"(?:\d[\d,]*|{'|'.join(sorted(NUMBER_WORDS, key=len, reverse=True))})"


#: a change by a share ("to reduce natural gas demand by 15%"): how much, for "by how much"
#: how much of a thing, or how big a thing, asked (not a sum): "how much of the population", "how big a team"
_EXTENT_ASKED = re.compile(
    r"\bhow\s+(?:much\s+of|big\s+an?|large\s+an?|much\s+(?:effort|attention|emphasis|priority|weight|support|backing)s?)\b"
    r"(?!\s+(?:(?:the|its|their|this|that|his|her)\s+)?(?:[\w\-]+\s+){0,2}?(?:sum|amount|figure|budget|package|pledge|"
    r"contribution|donation|grant|loan|aid|assistance|funding|money|"
    r"share|percentage|proportion|cut|reduction|increase)\b)",
    re.I,
)
#: the words that answer it
_EXTENT = re.compile(
    r"\b(?:all|every|entire|whole|full-scale|full|substantial|significant|small|large|major|most|broad|half|much of|"
    r"(?:the|a) majority|the bulk|utmost|top|highest|maximum|redoubl\w*)\b",
    re.I,
)
_BY_SHARE = re.compile(  # (or a share more or less: "supplying more than 30% more product", "a 15 percent rise")
    r"\bby (?:(?:about|around|roughly|nearly|almost|some|more than|over|at least|up to) )?"
    + _PERCENT.pattern
    + r"|"
    + _PERCENT.pattern
    + r"\s+(?:more|less|fewer|higher|lower|increase|rise|growth|reduction|cut|drop|decrease)\b",
    re.I,
)


#: how lasting a thing is, asked in words ("how long-standing", "how lasting a peace"), and the words that say it
_LASTING_ASKED = re.compile(r"\bhow\s+(?:long[- ]?(?:standing|lasting|term)|lasting|enduring|durable)\b", re.I)
_LASTING = re.compile(r"\b(?:long[- ]?(?:standing|lasting|term|time)|lasting|enduring|durable|decades[- ]long)\b", re.I)
#: a day a sentence gives only by its readout's date ("spoke today", "met yesterday", "this morning")
SAID_TODAY = re.compile(r"\b(?:today|yesterday|tonight|this (?:morning|afternoon|evening)|last night)\b", re.I)
#: a length of time: "one year ago", "for two decades", "18 months", "since 2021", "since the coup", "within days"
_DURATION = re.compile(
    rf"\b(?:\d+|{'|'.join(sorted(NUMBER_WORDS))}|a|an|several|many|a few|nearly|almost|over|more than)[\s\-]+"
    rf"(?:(?:full|more|additional|further)\s+)?{_TIME_UNIT.pattern}\b|\bsince\b|"  # "two more weeks"
    r"\b(?:within|in a matter of|for)\s+(?:days|weeks|months|hours|years|decades)\b|"
    r"\bas long as\b|\bindefinitely\b|\buntil\s+(?:the|it|they|its|their)\b|"  # "for as long as it carries out"
    r"\bfor (?:a|some|such a) (?:long )?time\b|\bfor (?:so|too) long\b|"  # "working nights ... for a long time"
    r"\bthroughout the (?:day|night|weekend|week|month|year)\b",  # "to stay in contact throughout the day"
    re.I,
)
_DATE_WORDS = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\b(?:19|20)\d\d\b|"
    r"\b(?:19|20)\d0s\b|\b(?i:in|since|by|from|until|of|year)\s+1[0-8]\d\d\b|"
    r"\b(?:next|this|last|coming) (?:week|month|year|spring|summer|fall|autumn|winter)\b|"
    r"\bby the end of\b|\bwithin (?:\w+ ){0,2}(?:days|weeks|months)\b|"
    # a time told from the readout's day, of something before the meeting ("the missile test earlier today", "the
    # tornadoes overnight"; not the meeting's own: "spoke earlier today with ...")
    r"(?<!spoke )(?<!met )(?<!talked )(?<!called )(?<!convened )(?<!hosted )(?<!gathered )(?<!joined )"
    r"\b(?i:earlier (?:today|this morning|that (?:day|morning|week))|overnight)\b"
)


#: a stretch of time asked ("over what time frame", "in what period"), and the words that give one ahead
_FRAME_ASKED = re.compile(
    r"\b(?:in|over|during|within|for|across)\s+what\s+(?:time\s*frame|timeframe|period|timeline|time\s+span)\b|"
    r"\bwhat\s+(?:was|is|were)\s+the\s+(?:time\s*frame|timeframe|timeline)\b|\bhow\s+soon\b",
    re.I,
)
_AHEAD = re.compile(
    r"\b(?:the )?coming (?:days|weeks|months|years)\b|\bin the (?:days|weeks|months|years) ahead\b|\bas soon as\b|"
    # "agreed to speak again in a month" (a count in words: "in 30 years" looks back as often)
    r"\b(?:in|within) (?:a|an|a few|several|one|two|three|four|five|six|seven|eight|nine|ten) "
    r"(?:hours?|days?|weeks?|months?|years?)\b|\bwithin \d+ hours\b|"
    r"\b(?:immediately|promptly|without delay|soon|shortly|tomorrow|right away|at any (?:moment|time)|"
    r"in the near future|as (?:quickly|soon|fast) as possible)\b",
    re.I,
)


def _has_full_name(text: str) -> bool:
    return bool(full_names(text))


def described_people(text: str) -> list[str]:
    """People told by nationality and calling with no name ("the Romanian captain"), or by their work
    ("firefighters and emergency responders"): the nationality words, or the work's."""
    return [m.group(1) for m in _DESCRIBED_PERSON.finditer(text)] + _AT_WORK.findall(text)


#: people by the work they do, no one named ("allow firefighters and emergency responders to access the site")
_AT_WORK = re.compile(rf"\b(?:{'|'.join(sorted(PEOPLE_AT_WORK))})\b")


#: a person's name asked, not a description: "by name", "the names of", "the name of the British national killed" (not
#: of a ship, nor "in the name of"),
#: "which named PRC officials", "what was the captain's name", "what were their names"
BY_NAME = re.compile(
    r"\bby name\b|\bnames of\b|\bwhich (?:other )?named\b|(?<!\bin )\bthe (?:full )?name of "
    r"(?:the |a |an |that |this )?"
    rf"(?:[\w\-]+ ){{0,3}}?(?:{SOMEONE})s?\b|{PERSON_NAMES_ASKED}",
    re.I,
)
#: a congressional or legislative district asked for, and one as a party label writes it ("(D-TX-49)")
_DISTRICT_ASKED = re.compile(r"\bdistrict\b", re.I)
_DISTRICT = re.compile(r"\b[A-Z]{2}-\d{1,3}\b")


#: a person told by nationality and calling, with no name ("the Romanian captain", "an American journalist")
_DESCRIBED_PERSON = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Tt]wo|[Tt]hree|[Ss]everal)\s+([A-Z][a-z]+)\s+(?:[a-z]+\s+)?(?:"
    + "|".join(sorted(PERSON_DESCRIPTIONS | PERSON_CALLINGS))
    + r")s?\b"
)


#: a line that says who issues the readout, not what it records: "The following is attributable to Spokesperson
#: Ned Price:", "Office of the Spokesperson", a signature ("Antony J. Blinken, Secretary of State")
BYLINE = re.compile(
    r"\s*(?:(?:the )?(?:following|below|above) (?:is|are|statement is) attributable to\b[^.]*|office of the "
    r"(?:spokesperson|press secretary|vice president|first lady|[\w ]{0,40}?)|readout|for immediate release|"
    r"media note|(?-i:[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){1,3}),\s+(?:(?:Deputy\s+)?Secretary\s+of\s+State|"
    r"(?:Department\s+|Deputy\s+)?Spokes(?:person|man|woman)|Press\s+Secretary))\s*[:.]?\s*$",
    re.I,
)


#: the answer types the readout records give when a part asks about the meeting itself
RECORD_TYPES = ("date", "place", "person", "kind")


#: a question about who issued the readout ("which NSC spokesperson issued the readout"), which a byline answers
_ISSUER_ASKED = re.compile(r"\b(?:spokes(?:person|man|woman)|attributable|issu(?:ed|es|ing)|press secretary)\b", re.I)


@functools.lru_cache(maxsize=256)
def _parties_named(question: str) -> frozenset[str]:
    """The countries and bodies a question names (read once a question: every candidate sentence asks)."""
    return frozenset(p.name for p in find_parties(question))


def names_a_new_country(text: str, question: str) -> bool:
    """Whether a sentence names a country (or nations by name) the question does not: "U.S.-Niger cooperation in the
    Sahel" names none for "which neighbouring countries did Sherman and Nigerien FM Hassoumi name" (a pair joined by
    a hyphen with a country of the question names the relationship, not an answer)."""
    asked = _parties_named(question)
    text = re.sub(
        r"\S+[-\u2013]\S+", lambda m: " " if {p.name for p in find_parties(m.group(0))} & asked else m.group(0), text
    )
    return any(not p.organisation and p.name not in asked for p in find_parties(text)) or bool(
        NATIONS_BY_NAME.search(text)
    )


def has_answer_type(text: str, answer_type: str, asked: str = "") -> bool:
    """Whether a sentence carries the kind of answer asked for (free text, yes/no and lists do, unless it is a
    byline). A date or a place asked about the meeting itself comes from the readout records; asked about
    something else ("when is the launch due"), the sentence must give one. A byline gives a person or office
    only to a question ``asked`` about who issued the readout (not "Who was that?" of whom Sherman met)."""
    if BYLINE.match(text):
        return answer_type in ("person", "organisation") and bool(_ISSUER_ASKED.search(asked))
    if answer_type == "date":  # (or the time of day asked: "the ceremony this evening"; a time frame: "in the
        if _FRAME_ASKED.search(asked) and _AHEAD.search(text) or due_by_day(text, asked):  # coming days", never a
            return True  # date: "on what date"; a deadline: "By when did he expect ...": "a de-escalation today")
        return bool(_DATE_WORDS.search(text) or TIME_OF_DAY_ASKED.search(asked) and TIME_OF_DAY.search(text))
    if answer_type == "state":  # "which state": a U.S. state by name, or a country ("which Gulf state")
        return bool(US_STATE_NAME.search(text)) or has_answer_type(text, "country")
    if answer_type == "country":  # or a group of them by name ("Pacific Island nations", "the Gulf states")
        return names_a_country(text, asked)
    if answer_type == "region":  # "which region": "a prosperous and resilient Southeast Asia", "the Mekong region",
        # or a place as a city may be given ("stability in the Eastern Mediterranean", "bridges into Tigray")
        return (
            bool(regions_named(text) or re.search(r"\b[A-Z][\w\-]+\s+(?:sub-?)?region\b", text))
            or bool(US_REGION.search(text))  # "a call with Northeastern Governors", "Gulf Coast states"
            or has_answer_type(text, "city")
            or bool(re.search(r"\b(?:into|across|throughout) (?:the )?[A-Z]", text))
            or any(m.group(0)[:1].isupper() for m in _WIDE_REGION.finditer(text))  # "the Western Hemisphere"
        )
    if answer_type == "city":  # a country is no city ("Prime Minister Bennett of Israel", "in Japan")
        return gives_city(text, asked)
    if answer_type == "place":  # (a city known by name, wherever it stands: "the voluntary evacuation of New Orleans")
        return gives_place(text)
    if answer_type == "amount" and MONEY_ASKED.search(asked):  # "how much, in dollars": a sum of money, not
        return bool(MONEY.search(text))  # "1.33 million refugees"
    if answer_type == "amount":  # (or how much of a thing: "every American", "full-scale"; a share: "a majority of")
        extent = _EXTENT_ASKED.search(asked) and _EXTENT.search(text) or share_in_words(text, asked)  # "many areas"
        return bool(_AMOUNT.search(text) or _BY_SHARE.search(text) or extent) or many_of_asked(text, asked)
    if answer_type == "duration":  # (or how lasting in words: "how long-standing": "a longstanding partnership")
        lasting = _LASTING_ASKED.search(asked) and _LASTING.search(text)  # (or "has long played": long_been)
        return bool(_DURATION.search(text) or lasting) or long_been(text, asked)
    if answer_type == "percentage":  # (a share asked may be given in words: "in equal measure", "half of them")
        told = _PERCENT.search(text) or share_in_words(text, asked)
        return bool(told or whole_of_asked(text, asked, part=True))  # "all foreign forces"
    if answer_type == "number":  # a count: money and shares are not one ("how many officers": not "$200 million")
        if _DISTRICT_ASKED.search(asked) and _DISTRICT.search(text):
            return True  # "what district number ...": "Representative Gina Hinojosa (D-TX-49)"
        # (or in words: all or none of those told before, "On how many of those problems ...?": "on both issues";
        # places by their names, "in how many regions": "the Amhara and Afar regions")
        return bool(numbers_in(_PERCENT.sub(" ", MONEY.sub(" ", text)))) or counted_in_words(text, asked)
    if answer_type == "person" and BY_NAME.search(asked):  # a name the question does not give, not a description
        return names_new(text, {w.lower() for w in words(asked)})
    if answer_type == "person":
        return (
            any(m.name or m.group for m in mentions(text))
            or _has_full_name(text)
            or _owned_office(text)
            or bool(_DESCRIBED_PERSON.search(text) or _AT_WORK.search(text))
            or people_at_large_served(text, asked)  # "for whom did the bills deliver": "the middle class"
        )
    if answer_type == "organisation":  # (or a government's department by name: "through the Department of Agriculture")
        return names_a_body(text, asked)
    if answer_type == "document":  # "what document did they sign": a memorandum, an agreement, a statement
        return bool(_DOCUMENT.search(text) or _ARRANGEMENT.search(text) or _NAMED_ACT.search(text))
    return True


#: a standing arrangement by its name ("the U.S.-Turkey Strategic Mechanism", "the U.S.-EU Energy Council"): what
#: "which framework" may ask for
_ARRANGEMENT = re.compile(
    r"\b[A-Z][\w\-]*\s+(?:Mechanism|Dialogue|Partnership|Initiative|Format|Process|Council|Forum)\b"
)
_DOCUMENT = re.compile(
    r"\b(?:documents?|agreements?|accords?|treat(?:y|ies)|memorand(?:um|a)|MOU|MOUs|declarations?|statements?|"
    r"charters?|frameworks?|roadmaps?|road maps?|communiqu[eé]s?|protocols?|plans?|letters?|arrangements?|"
    r"compacts?|conventions?|principles|constitutions?|resolutions?|legislation|bills?)\b",
    re.I,
)


#: a law by its name ("the Americans with Disabilities Act", "the CHIPS and Science Act")
_NAMED_ACT = re.compile(r"\b[A-Z][\w\-]*(?:\s+(?:[A-Z][\w\-]*|of|for|with|and|the|to|on))*\s+Act\b")


def _owned_office(text: str) -> bool:
    """An office of someone's, which names who holds it though not by name ("the visit ... by the Prime
    Minister’s National Security Advisor", "her Chief of Staff")."""
    for m in re.finditer(r"(?:[’']s|\b(?:his|her|their))\s+((?:[A-Z][\w\-]*\s+){0,3}[A-Z][\w\-]*)", text):
        if m.group(1).split()[-1] in TITLE_HEADS:
            return True
    return False


#: a month and a day ("April 22-23", "3 May"; the month's abbreviation may end in its point)
_MONTH_DAY_RX = rf"\b(?:{MONTH_NAME})\s+\d{{1,2}}\b|\b\d{{1,2}}\s+(?:{MONTH_NAME})\b"
#: a day of the calendar, not just "today" or a season: "July 15", "15 July", "on Tuesday", "tomorrow"
_A_DAY = re.compile(rf"{_MONTH_DAY_RX}|\b(?:{'|'.join(WEEKDAYS)}|tomorrow)\b", re.I)
#: a question asking the very day ("On what date ...", "which day"), which a season or a month does not give
DAY_ASKED = re.compile(r"\b(?:on\s+)?(?:what|which)\s+(?:exact\s+)?(?:date|day)s?\b", re.I)


def day_not_given(asked: str, text: str) -> bool:
    """Whether a question asks the very day ("On what date was the dialogue scheduled to take place?") and a
    sentence gives no day of its own besides the day it was said ("today"; "this fall" is none)."""
    return bool(DAY_ASKED.search(asked)) and not _A_DAY.search(SAID_TODAY.sub(" ", text))


_MONTH_DAY = re.compile(_MONTH_DAY_RX)  # (as written: a month is capitalised)


def day_beside(text: str, part) -> bool:
    """Whether a sentence gives a day right beside a word of the topic ("preparations for the April 22-23 Leaders
    Summit on Climate", "the NATO Foreign Ministerial taking place in Berlin May 14-15"): the day of that thing,
    whatever the tense of the sentence around it. Of the part (its ``text`` and ``topic``), the words of a clause
    that says which meeting spoke of the thing (", which Zeya discussed in Chile,") are no words of the thing."""
    said = {stem(w) for w in words(re.sub(r",\s*(?:which|that|as)\b[^,?]*(?:,|(?=\?))", " ", part.text))}
    topic = tuple(t for t in part.topic if t in said)
    for m in _MONTH_DAY.finditer(text):  # (not a weekday: "met ... Holness Friday" dates the meeting)
        near = text[max(0, m.start() - 30) : m.end() + 30]
        if set(topic) & {stem(w) for w in words(near)}:
            return True
    return False
