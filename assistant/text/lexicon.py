"""Every word list, alias table and name rule of the package, in one reviewed place.

Nothing else in ``assistant/`` spells out a list of English words: stages
import what they need from here, so a reviewer reads the whole vocabulary of
the rules in one file, and a change to a list is seen by every stage that
relies on it. Lists are ``frozenset`` (or read-only mappings) of lower-case,
accent-folded words unless a comment says otherwise.
"""

from __future__ import annotations

from types import MappingProxyType


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# ----------------------------------------------------------------------------------------- function words
STOPWORDS = _words("""
a about above after again against all also am an and any are as at be because been before being below
between both but by can could did do does doing down during each few for from further had has have having
he her here hers herself him himself his how i if in into is it its itself just me more most my myself no
nor not now of off on once only or other our ours ourselves out over own same she should so some such than
that the their theirs them themselves then there these they this those through to too under until up very
was we were what when where which while who whom why will with would you your yours yourself yourselves
s t don doesn didn isn aren wasn weren won shall may might must upon per via
""")

#: Words of a question that ask rather than name (never a person, place or topic).
QUESTION_WORDS = _words("""
what who whom whose when where which why how did does do is are was were has have had can could would should
will and tell give list name according in on during at after besides apart aside beyond other before following
regarding concerning about for with from as since under while once over then also any anyone anything please
summarize summarise explain describe
""")

#: Pronouns and deictic words a follow-up question leans on ("When was that?").
PRONOUNS = _words("it that this they them their he she his her those these there then")

# ----------------------------------------------------------------------------------------- offices and groups
#: Words that make up office titles ("Deputy Secretary of State", "Foreign Minister", "Cabinet Secretary").
TITLE_WORDS = _words("""
secretary minister deputy cabinet under foreign prime vice national advisor adviser president chancellor
ambassador spokesperson envoy chief defense finance state
""")

#: Words that name a group of the parties rather than one of them ("the two ministers", "they").
GROUP_WORDS = _words("""
ministers officials sides two both they leaders parties delegations three four counterparts secretaries we
""")

#: Who, not what: dropped from a question to get the topic its sentence must state. The readout's context
#: supplies who; the sentence must say what.
ROLES = _words("""
secretary minister ministers president prime foreign leader leaders official officials counterpart counterparts
deputy spokesperson envoy envoys special ambassador ambassadors advisor adviser chancellor king queen prince
premier delegation delegations representative representatives vice cabinet general senior two both side sides
""")

#: Words that every readout uses; they carry no topic and no entity.
GENERIC = ROLES | _words("""
readout meeting met meet call spoke speak discuss discussed discussion say said tell told talk talked today
yesterday also state office government country countries under assistant team
""")

#: Office titles that introduce a person's name ("Foreign Minister Hayashi"), longest first where one
#: contains another. Capitalised, as written in readouts.
NAME_TITLES = (
    "Vice President", "President", "Deputy Prime Minister", "Prime Minister", "Foreign Minister", "Minister",
    "Secretary of State", "Secretary General", "Secretary-General", "Deputy Secretary", "Under Secretary",
    "Assistant Secretary", "Secretary", "Chancellor", "King", "Queen", "Crown Prince", "Emir", "Sheikh",
    "Ambassador", "Special Envoy", "Special Representative", "General", "Admiral", "National Security Advisor",
    "Spokesperson", "Premier", "Senator", "Governor", "Mr.", "Ms.", "Mrs.", "Dr.",
)

#: Capitalised words that end a name found after a title ("Minister of Foreign Affairs" is no name).
NOT_NAME_WORDS = frozenset({"Of", "The", "And", "Minister", "Secretary", "President", "Meeting", "Call", "Date",
                            "Assembly", "Council", "Government", "Office", "Ministry", "Department"})

#: Capitalised words of a generated claim that are not names a reader could check.
NOT_CLAIM_NAMES = _words("""
the a an they both he she it in on at during this that these those there their its his her we our as after
before while also however according under with for to and but readout readouts passage passages mr ms mrs dr
i if when finally meanwhile then furthermore additionally moreover overall together no yes one two
""")

# ----------------------------------------------------------------------------------------- calendar
MONTHS = MappingProxyType({m: i for i, m in enumerate(
    ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"), start=1)})
#: Month names and their abbreviations ("sept", "dec") to month numbers.
MONTH_NUMBERS = MappingProxyType({**MONTHS, **{m[:3]: n for m, n in MONTHS.items()}, "sept": 9})
WEEKDAYS = MappingProxyType({d: i for i, d in enumerate(
    ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))})
CALENDAR = frozenset(MONTHS) | frozenset(WEEKDAYS)

#: Frequencies, each with the words that say it (matched as whole words, case-insensitive).
FREQUENCIES = MappingProxyType({
    "yearly": ("annual", "annually", "yearly", "each year", "every year", "once a year"),
    "monthly": ("monthly", "each month", "every month"),
    "weekly": ("weekly", "each week", "every week"),
    "daily": ("daily", "each day", "every day"),
    "quarterly": ("quarterly", "every quarter"),
})

# ----------------------------------------------------------------------------------------- numbers
NUMBER_WORDS = MappingProxyType({
    "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8",
    "nine": "9", "ten": "10", "eleven": "11", "twelve": "12", "fifteen": "15", "twenty": "20", "thirty": "30",
    "forty": "40", "fifty": "50", "hundred": "100", "first": "1st", "second": "2nd", "third": "3rd",
    "once": "1x", "twice": "2x", "double": "2x", "doubled": "2x", "doubling": "2x", "triple": "3x", "tripled": "3x",
    "half": "0.5x", "dozen": "12",
})
SCALE_WORDS = frozenset({"thousand", "million", "billion", "trillion", "percent", "%"})

# ----------------------------------------------------------------------------------------- wording strength
#: How strongly a verb says the parties acted: 3 = a commitment or decision, 2 = a stance, 1 = talk.
STRENGTH = MappingProxyType({w: level for level, ws in {
    3: "agree agreed agrees agreeing commit commits committed committing pledge pledged "
       "pledges decide decided decides sign signed signs announce announced announces launched "
       "establish established approve approved resolve resolved vow vowed promise promised will would "
       "shall concluded conclude finalize finalized confirm confirmed confirms reached",
    2: "welcome welcomed welcomes support supported supports endorse endorsed reaffirm reaffirmed reaffirms affirm "
       "affirmed underscore underscored underscores emphasize emphasized emphasised stress stressed highlight "
       "highlighted condemn condemned condemns praise praised praises thank thanked thanks urge urged urges "
       "called welcoming supporting backed back backs applaud applauded",
    1: "discuss discussed discusses discussing discussion talk talked talks exchange exchanged express expressed "
       "expresses note noted notes raise raised raises review reviewed reviews address addressed explore explored "
       "consider considered spoke speak brief briefed briefs describe described mention mentioned touched "
       "reflected shared met",
}.items() for w in ws.split()})
#: "expressed support", "voiced concern": a verb of saying before a stance makes it talk.
EXPRESS_VERBS = _words("express expressed expresses voiced conveyed shared")
NEGATIONS = frozenset({"not", "no", "never", "neither", "nor", "without", "declined", "refused", "rejected",
                       "failed", "didn't", "don't", "won't", "wouldn't", "isn't", "aren't", "wasn't", "weren't",
                       "cannot", "can't"})

# ----------------------------------------------------------------------------------------- names of parties
#: Other names for a party, as (pattern, the name readouts use). Patterns are regular expressions, case-sensitive.
PARTY_ALIASES = (
    (r"\bSouth Korea(n)?\b", "Republic of Korea"),
    (r"\bNorth Korea(n)?\b", "Democratic People's Republic of Korea"),
    (r"\b(American|U\.S\.|US|USA)\b", "United States"),
    (r"\b(British|UK|U\.K\.)\b", "United Kingdom"),
    (r"\bMyanmar\b", "Burma"),
)

#: Acronyms a file name may use, as they are written in a title.
FILENAME_ACRONYMS = MappingProxyType({"us": "U.S.", "uk": "UK", "un": "UN", "eu": "EU", "nato": "NATO", "g7": "G7",
                                      "g20": "G20"})

# ----------------------------------------------------------------------------------------- sentence splitting
#: Abbreviations that can end a sentence-looking piece inside a sentence ("the Japan-U.S. Alliance").
AMBIGUOUS_ABBREVIATIONS = ("U.S", "U.K", "U.N", "E.U", "D.C", "U.S.A")
#: First words with which a new sentence opens after such an abbreviation.
SENTENCE_OPENERS = _words("""
the this that these those they he she it we i in on at as but and both each a an our his her their its during
after before while when since following also however today yesterday separately additionally finally meanwhile
moreover further furthermore
""")

# ----------------------------------------------------------------------------------------- answers
#: How a generated answer says it has no answer ("the readouts don't say", "no information").
ABSTAIN_PATTERN = (r"(readouts?|passages?)\s+(do(?:es)?\s*n[o']t|do(?:es)?\s+not)\s+(say|mention|state|contain|hold|"
                   r"cover|address|include|answer)|no information|not (?:mentioned|stated|specified)|cannot answer|"
                   r"can't answer|unable to answer")
