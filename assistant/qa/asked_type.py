"""What kind of answer a part of a question asks for: a date, a place, a person or office, a number, an amount, a
percentage, a count, an organisation, a document, a list of readouts, yes or no, or free text. Read from the words
that ask, not from later clauses ("what did they agree when they met"). Pure."""

from __future__ import annotations

import re

from ..text.lexicon import PERSON_CALLINGS, PERSON_DESCRIPTIONS, TITLE_HEADS
from ..text.question_words import AUXILIARY, LENGTHS, MEMBER_OF, SAME_PLACE
from .meeting_kinds import OTHER_WAY_OFFERED
from .named_things import NAMED_ASKED
from .topics import LENGTH_OF_MEETING, focus

#: a question for a sum of money ("how much, in dollars", "what was the value of", "how much funding")
MONEY_ASKED = re.compile(
    r"\bin (?:u\.?s\.? )?dollars\b|\bdollar (?:amount|figure|value|terms)\b|\bhow many dollars\b|"
    r"\bhow much (?:money|funding|financing|cash)\b|"
    r"\b(?:what|the) (?:was |is )?(?:the )?(?:value|worth|cost)\b(?! of living)",
    re.I,
)


#: the time of day asked of a meeting ("At what time of day did ...", "what part of the day")
TIME_OF_DAY_ASKED = re.compile(  # ("at what point in the day did Biden host ...")
    r"\b(?:what|which) (?:time|part) of (?:the )?day\b|\bat what (?:time|hour)\b|\b(?:at )?what point in the day\b",
    re.I,
)
#: the words that give the time of day of a meeting ("This morning, the President hosted ...", "over breakfast")
TIME_OF_DAY = re.compile(
    r"\b(?:this|that|in the|on \w+|yesterday|the) (?:morning|afternoon|evening)|\b(?:tonight|last night|overnight|"
    r"at (?:breakfast|lunch|dinner|midday|noon|night)|(?:over|for) (?:breakfast|lunch|dinner))\b|"
    r"\b\d{1,2}(?::\d\d)?\s*(?:a\.m\.|p\.m\.|am|pm)\b",
    re.I,
)
#: someone asked after by what they are ("the captain", "the British national", "the envoy"): his name is a person
SOMEONE = "|".join(sorted({w.lower() for w in TITLE_HEADS if len(w) > 3} | PERSON_CALLINGS | PERSON_DESCRIPTIONS))
#: someone's office asked ("What post did the German participant hold", "In what capacity did he come", "What was
#: Wennesland's UN title"): who they are, by title
POST_ASKED = re.compile(
    # (not posts held before it: "What posts had she held before that?", which its record does not give; nor
    # another post besides one: "what other portfolio did he hold besides finance"; nor the post of someone spoken
    # of: "what post was held by the official he praised for ..."; nor one a side pressed others to fill)
    r"^(?![^?]*\b(?:before|previously|formerly|earlier|prior|other|besides|praised|thanked|credited|commended|"
    # (nor a new one taken on: "what new coordinating post did he take on", which the readout announces)
    r"congratulated?|fill|filled|filling|take\s+on|took\s+on|taking\s+on|"
    r"(?-i:new)\s+(?:[\w\-]+\s+){0,2}?(?:post|title|portfolio|role|position|job)s?)\b)"
    r"(?:[^?]*?)(?:\b(?:what|which) (?:[\w\-]+ ){0,2}?(?:post|title|portfolio|rank)s?(?!-) "
    # (a body the post is in first: "what post in Venezuela's opposition-led interim government did Borges hold")
    # (held: not "which leadership post in a developing-country bloc did Blinken welcome")
    r"(?:(?:in|at|within) (?:[\w.'\u2019\-]+ ){1,6}?"
    r"(?=(?:did|does|do|had|has)\b[^?]*\b(?:hold|held|occupy|occupied|serve|served)\b))?"
    r"(?:did|does|do|was|is|were|had|has)\b"
    # a position held (not one reached or taken on a matter: "what common position did they reach on Libya", "what
    # position did Germany hold regarding Nord Stream 2")
    r"|\b(?:what|which) (?:[\w\-]+ ){0,2}?positions? (?:did|does|do|was|is|were|had|has)\b"
    r"(?=[^?]*\b(?:hold|holds|held|occupy|occupied|take up|taking up|assume)\b)"
    r"(?![^?]*\b(?:on|regarding|toward|towards|over|concerning)\b|[^?]*\babout\b(?!\s+to\b))"
    # "in what OSCE capacity did Rau join" (not "what sort of capacity did they want", "in what mediating capacity
    # did he say Washington has been involved", "what maritime capacity did they aim to build up")
    r"|\bwhat (?!(?:sort|kind|type)s? of\b)(?:[Ww]hite [Hh]ouse |[\w\-]+ )?capacity "
    r"(?:did|does|do|was|is|were|had|has)\b"
    r"(?![^?]*\b(?:say|said|says|build|boost|expand|deepen|strengthen|want|wanted|aim|aimed)\b)"
    # "What was Tor Wennesland's UN title", "the full portfolio of the State Department deputy" (not "the title of the
    # joint statement", "the post-war plan")
    r"|\bwhat (?:is|was) (?:the |his |her |(?:[\w.\-]+ ){0,2}[\w.\-]+['\u2019]s )(?:[\w.\-]+ ){0,2}?"
    rf"(?:title|post|portfolio)(?!-)(?!\s+of\s+(?:the\s+|an?\s+)?(?!(?:[\w.\-]+\s+){{0,3}}(?:{SOMEONE}|officials?|participants?|representatives?|delegates?|counterparts?|interlocutors?)\b)))",
    re.I,
)


#: someone named as the holder of the post asked, right after its asking verb ("what White House position did
#: Catherine Lhamon hold"; not "... on the call Secretary Blinken had")
_HOLDER_NAMED = re.compile(
    r"\s+(?:(?-i:[\w\-]+)\s+){0,3}?([A-Z][\w.\-\u2019']+)\s+([A-Z][\w.\-\u2019']+)\s+(?:hold|held|have|had|come|serve)\b"
)


def post_holder(part: str) -> str | None:
    """The surname of someone whose post a part asks, named right before its verb ("... did Catherine Lhamon
    hold": "Lhamon"), or None."""
    post = POST_ASKED.search(part)
    held = _HOLDER_NAMED.match(part, post.end()) if post else None
    return held.group(2) if held else None


#: someone asked for by the post they were to be given ("whom did the President intend to name as the State
#: Department's special envoy for labor")
_NAMED_AS = re.compile(
    r"\b(?:name|named|naming|appoint(?:ed|ing)?|nominat(?:e|ed|ing)|designat(?:e|ed|ing)|tap(?:ped)?|pick(?:ed)?|"
    r"choose|chose|chosen|select(?:ed)?)\s+(?:[\w'\u2019.\-]+\s+){0,3}?as\s+(?:(?:the|his|her|its|their|a|an|new)\s+)*"
    r"(?:[\w'\u2019.\-]+\s+){0,4}?(?:envoy|ambassador|coordinator|secretary|minister|advis[eo]r|representative|"
    r"director|chair(?:man|woman|person)?|head|administrator|czar|spokesperson|negotiator|commissioner|counselor|"
    r"chief)s?\b",
    re.I,
)


#: a sentence that names someone to a post ("the President intends to name ... as Special Representative", "his
#: intent to appoint", "nominated"), whatever the post is called in it ("special envoy": "Special Representative")
POST_GIVEN = re.compile(
    r"\b(?:nam(?:e|es|ed|ing)|appoint\w*|nominat\w*|designat\w*|tapped|selected|intent|intends)\b", re.I
)


def post_to_give(part: str) -> bool:
    """Whether a part asks for someone by the post they were to be given ("whom did the President intend to name
    as the special envoy for labor")."""
    return _NAMED_AS.search(part) is not None


#: a question for someone's name ("what are their names?", "what was the captain's name?")
PERSON_NAMES_ASKED = (
    rf"\bwhat (?:are|were|is|was) (?:their|his|her|(?:the )?(?:[\w\-]+ )?(?:{SOMEONE})s?['\u2019]s?) (?:full )?names?\b"
)
#: a question for names ("what are their names?", "what was the name?"): "name" is what is asked, not a topic
NAMES_ASKED = re.compile(rf"{PERSON_NAMES_ASKED}|\bwhat (?:are|were|is|was) the (?:full )?names?\b", re.I)


#: a word describing the people asked for ("two senior State Department officials"), not the verb or the article of
#: a clause after them ("which two areas did the leaders ...": areas)
_DESCRIBING = rf"(?:(?!(?:{AUXILIARY}|the|a|an|his|her|their|its)\b)[\w.\-]+ )"


#: a word describing someone asked for, not a verb, an article, a pronoun or a preposition that makes the people a
#: thing's ("which sanctions against senior Russian officials")
_PLAIN_WORD = (
    r"(?!(?:did|does|do|was|were|is|are|has|have|had|will|would|can|could|the|he|she|they|it|we|you|i|said|told|"
    r"say|tell|to|by|with|and|or|of|on|about|against|for|from|in|at|over|into|toward|towards|among|between)\b)"
    r"(?![\w\-]+ing\b)"
)
#: after a word for people, a meeting noun makes it an adjective: "which official trip", "which leaders' call"
_NOT_A_MEETING = (
    r"(?!-(?!general\b)|(?:['\u2019]s?)? (?:trips?|visits?|calls?|meetings?|travel|events?|engagements?|sessions?|"
    r"talks|readouts?|statements?)\b)"
)
#: The answer types, first match wins: (type, "search" anywhere or "match" at the start of the asking words,
#: pattern). Read from the words that ask, not from later clauses ("what did they agree when they met").
_ANSWER_TYPES = [
    ("list", "search", r"\bwhere in the readouts\b|\bin which readouts\b"),
    (
        "count",
        "search",
        r"\bhow many times\b|\bhow many (?:of\s+)?(?:[\w\u2019'.\-]+\s+){0,3}?(?:readouts|calls|meetings|"
        r"conversations|times|visits|talks|engagements|sessions)\b|\bnumber of (?:\w+\s+)?"
        r"(?:readouts|calls|meetings|visits)\b|\bcount\b"
        # (not "how often are the consultations held": how often a thing is, which its readout may say in words;
        # "how often do the readouts mention Taiwan" still counts)
        # (nor how often a thing is done that no meeting or mention is: "how often do they deliver that power")
        r"|\bhow (?:often|frequently)\b(?=[^?]*\b(?:met|meet|meets|meeting|spoke|speak|speaks|talk\w*|call\w*|phon\w*|"
        r"visit\w*|see|saw|seen|get together|got together|sit down|sat down|contact\w*|connect\w*|exchang\w*|"
        r"mention\w*|rais\w*|brought up|comes? up|came up|discuss\w*|confer\w*|engag\w*|readouts|refer\w*|cit\w*|"
        r"appear\w*|convene\w*|held|hold|take place|took place|takes place|sp[eo]k\w*|touch\w*|address\w*)\b)"
        r"(?!\s+(?:is|are|does|do|will|would|were)\b"
        r"(?![^?]*\b(?:readouts|mention\w*|raised?|brought up|comes? up|came up|talk|talks|speak|spoke)\b)"
        r"[^?]*\b(?:held|meet|meets|convene[sd]?|take place|takes place)\b)",
    ),
    (
        "list",
        "search",
        r"\bwhich (?!(?:countries|nations|officials|leaders|ministers|people|cities|organi[sz]ations|"
        r"topics|issues|agreements|upcoming|future|next|planned|forthcoming|scheduled|earlier|previous|prior|"
        r"past)\b)(?:of )?"
        r"(?:[\w.\u2019']+ ){0,4}?(?:readouts|meetings|calls|"
        r"conversations|engagements|visits|exchanges|discussions)\b|\bin which (?:readouts|meetings|calls)\b|"
        r"\blist (?:all|every|the)\b|^\s*list\s+(?:[\w.\u2019'\-]+\s+){0,5}?(?:readouts|meetings|calls|"
        r"conversations|engagements|visits|trips)\b|\bname (?:all|every) (?:readout|meeting|call)|"
        r"\bevery (?:readout|call|meeting)\b|\ball (?:the )?(?:readouts|calls|meetings) (?:that|which|where)\b",
    ),
    # "How long is the border along which ...": a length, given as a number ("the 2,000 mile border")
    # (not how long the bridge "was blocked": a time)
    (
        "number",
        "match",
        r"\s*how (?:long|wide) (?:is|was|are|were) (?:the|their|its|that|this) (?:[\w.\-]+ ){0,3}"
        + LENGTHS
        + r"(?!\s+\w+ed\b)",
    ),
    ("duration", "match", r"\s*(?:for )?how long\b"),
    ("duration", "search", LENGTH_OF_MEETING.pattern),  # "the length of the adviser's phone conversation with ..."
    ("duration", "search", r"\bhow much (?:longer|more time)(?![\w-])"),  # "how much longer would it take"
    # "were the two meetings held in the same city?", "how did the venues of those two meetings differ?": each place
    (
        "place",
        "search",
        rf"\b(?:held|(?:takes?|took|taking) place|met|meet|happen(?:s|ed)?) (?:in|at) the same {SAME_PLACE}",
    ),
    (
        "place",
        "search",
        r"\b(?:places?|venues?|locations?|cit(?:y|ies)) of (?:the|their|those|these|both|each|his|her) "
        r"(?:\w+ ){0,2}(?:meetings?|talks|visits?)\b",
    ),
    ("duration", "search", r"\bwhat (?:\w+ )?(?:prison|jail) (?:sentence|term)s?\b"),  # a term of years
    # "At what time of day did Biden host Schumer and Manchin?": when the meeting was, in the day
    ("date", "search", TIME_OF_DAY_ASKED.pattern),
    ("date", "search", r"\bhow soon\b"),  # "how soon did they plan to talk again": "to speak again in a month"
    (
        "date",
        "match",
        # ("what target date did they set")
        r"\s*(?:when\b|(?:on |by )?(?:what|which) (?:exact |precise |specific |actual |target |end |due |closing |"
        r"release |publication |issue )?"  # "what release date does the readout carry": its date line
        r"(?:date|day|weekday)s?\b(?!-)|(?:and )?when\b|"  # ("On what weekday and date did Sullivan host ...")
        r"(?:in|by|since) (?:what|which) (?:year|month)\b|what (?:year|month)\b|which (?:year|month)\b|"
        r"what (?:was|is|were) the (?:exact )?(?:date|day|year|month)s?\b)",
    ),
    # "Where did he say bringing them home ranks among his priorities?": a rank, no place; "Where were the workers
    # he met drawn from?": where people came from ("around the world"), not where the meeting was
    (
        "free",
        "match",
        r"\s*where\b(?=(?:(?!\b(?:who|whom|which|that)\b)[^?])*"  # (in the clause "where" opens)
        r"\b(?:rank|ranks|ranked|stand|stands|stood|fall|falls|fell|fit|fits|sit|sits)\s+(?:among|on|in)\s+"
        r"(?:(?:the|his|her|their|its)\s+)?(?:\w+\s+)?(?:priorit\w*|list|agenda|order)\b|"
        r"[^?]*\b(?:drawn|hail|hails|hailed|come|came)\s+from\s*\?)",
    ),
    (
        "place",
        "match",
        r"\s*(?:where\b|in which (?:city|country|capital)\b|what (?:city|venue|location|place)\b|"
        r"which (?:city|venue|location|room|building|hall)\b|in what (?:city|place)\b|"  # "In which room of ..."
        r"what (?:was|is|were) the (?:venue|location)\b)",
    ),
    (
        "percentage",
        "search",
        # (not the verb: "what did participants share stories about")
        r"\bwhat (?:(?!(?:did|do|does|was|were|is|are|had|has|have|they|he|she|we)\b)\w+ ){0,2}"
        r"(?:percentage|percent|share|proportion)\b|\bwhat % |\bwhat (?:\w+ )?(?:rates?|levels?)\b"
        # "what minimum corporate tax rate" (its words the topic; not "what was said about rates of ...")
        r"|\bwhat (?=(?:(?:minimum|maximum|corporate|global|tax|interest|tariff|unemployment|inflation|vaccination|"
        r"exchange|poverty|infection|positivity|mortality|target|average|current|new)[\s\-]+){1,3}rates?\b)",
    ),
    (
        "amount",
        "search",
        # not how much someone knew or cared ("how much the president knew of their cases": a degree, no figure)
        # (a subject and its verb of knowing or caring: not "how much health care funding", "how much was meant for")
        r"\bhow much\b(?!\s+(?:(?:the|his|her|their|its|this|that)\s+)?(?:[\w'\u2019]+\s+){0,2}(?:knew|knows|cared|"
        r"cares|appreciated|appreciates|understood|understands|admired|respected|valued)\b)|"
        r"\bwhat (?:amount|sum|figure|value)\b|\bhow many (?:dollars|euros)\b|\bwhat dollar\b|"
        r"\bwhat (?:\w+ )?(?:total|price tag|funding level)\b|"
        r"\bwhat (?:(?!(?:about|of|on|over|regarding)\b)[\w\-]+ ){2,3}?price tag\b"
        r"(?=[^?]*\b(?:give|gave|given|put|set|attach\w*)\b)|"
        r"\bhow large(?: (?:an?|was|is)\b|,)|\bhow big\b|"
        r"\bin (?:dollars|dollar terms)\b|\bwhat (?:was|is) the (?:(?:dollar|total|overall) )?(?:amount|size|value|"
        r"total|cost|price)\b|\bdollar (?:value|amount|figure|size)\b|\bhow much money\b|"
        # "What was the contract worth?" (not "what was worth noting")
        r"\bwhat (?:was|is|were|are) (?:the|that|this|their|its|his|her) (?:[\w\-]+ ){1,4}?worth\b"
        r"(?! (?:noting|mentioning|remembering|recalling|considering|pursuing|keeping|watching|it|the)\b)",
    ),
    (
        "number",
        "search",
        # (not "what other toll on civilians", "what kind of toll": a kind of harm, "injuries"; "what other death
        # toll" still counts)
        r"\bhow many\b|\bwhat (?:[a-z]+ ){0,2}number\b"
        r"|\b(?:what|which) (?!(?:other|kinds? of|sorts? of|types? of) (?!death |casualty ))"
        r"(?:\w+ ){0,2}(?:death )?toll\b",
    ),
    (
        "country",
        "search",
        # not "which region of the country" (a region of it)
        r"\b(?:which|what) (?!(?:regions?|parts?|areas?|states?|cit(?:y|ies)|provinces?) of the (?:country|nation)\b)"
        r"(?!(?:kinds?|sorts?|types?) of\b)"  # "what kind of country Libya should become": a description
        # ("which vote by that country" asks a vote)
        r"(?:(?!(?:the|on|about|in|for|to|with|by|from|that|this)\b)[\w-]+ |of the ){0,3}"
        r"(?:country|countries|nation|nations)\b"
        r"(?!['\u2019]s)",  # not "what commitment on the country's next elections"
    ),
    ("state", "search", r"\b(?:which|what) (?:u\.s\. )?states?(?=\s+(?:did|does|was|were|is|are|ha[sd])\b|\s*[?,])"),
    # "Which state's governor was Mark Gordon?": his state
    (
        "state",
        "match",
        r"\s*(?:which|what) (?:u\.s\. )?state['\u2019]s (?:[\w\-]+ ){1,2}(?:was|is|were|are)\b"
        r"(?! (?:the|a|an|his|her|their|that|this)\b)",
    ),
    (
        "region",
        "search",
        r"\b(?:which|what) (?:\w+ ){0,2}(?:region|regions|sub-region|subregion)\b|"
        # "in which part of the continent": a region of it ("northern Europe")
        # (not "what part of the world's population": a share of something)
        r"\b(?:which|what) (?:parts?|corners?) of (?:the )?(?:continent|world|globe|hemisphere)\b(?!['\u2019])",
    ),
    ("city", "search", r"\b(?:which|what) (?:\w+ ){0,2}(?:city|cities|town|province|port|capital)\b"),
    # "which regional grouping's leaders did they sit down with": the body whose leaders they were
    (
        "organisation",
        "search",
        r"\bwhich (?:[\w\-]+ )?(?:grouping|bloc|organi[sz]ation|alliance|body|union|group|forum)['\u2019]s "
        r"(?:[\w\-]+ )?(?:leaders|heads|members|ministers|representatives|chiefs|officials)\b",
    ),
    # (not "whom or what did each readout hold responsible": a person or a thing, free)
    ("person", "match", r"\s*(?:(?:and|with|to|by|for|from) )?(?:who|whom)\b(?!\s+or\s+what\b)"),
    # "... met the presidents of Chile's Senate and Chamber of Deputies - what are their names?"
    ("person", "search", NAMES_ASKED.pattern),
    ("person", "search", POST_ASKED.pattern),
    # "Did anyone else from the department sit in?": a yes/no whose answer is people
    # "Was any cabinet secretary there with her?", "Did any governors join?": the same, of some office
    (
        "person",
        "match",
        r"\s*(?:and\s+)?(?:did|was|were|has|had)\s+(?:anyone|anybody|someone|somebody|any\s+(?:[\w\-]+\s+){0,2}?"
        r"(?:officials?|secretar(?:y|ies)|ministers?|members?|leaders?|advis[eo]rs?|aides?|governors?|senators?|"
        r"lawmakers?|ambassadors?|envoys?|representatives?|people|mayors?|legislators?))\b",
    ),
    (
        "person",
        "search",
        # "which South Korean and Japanese officials": two sides' people
        r"\b(?:which|what) (?!(?:did|does|do|was|were|is|are|has|have|had|will|would|can|could)\b)"
        r"(?:[\w'\u2019.\-]+ ){1,2}and (?:[\w'\u2019.\-]+ ){1,2}(?:officials|counterparts|ministers|"
        r"leaders|diplomats|envoys)\b|"
        r"\bwhose (?:death|passing|funeral|memory|election|appointment|arrest|release|detention|visit|"
        r"leadership)\b|\b(?:which|what) (?:(?!(?:did|does|do|was|were|is|are|has|have|had|will|would|can|could|"
        r"the|he|she|they|it|we|you|i|said|told|say|tell|to|by|with(?! an? | the ))\b)[\w'\u2019.\-]+ ){0,3}(?:"
        r"officials?|diplomats?|leaders?|statesm[ae]n|politicians?|envoys?|chiefs|spokes(?:person|man|woman)s?|"
        r"heads(?! (?:the|a|an|up|its|their)\b)|"  # "which department heads", not "which agency heads the effort"
        r"ambassadors?|counsel|counsels|"
        r"presidents?|ministers?|secretary|secretaries|" + MEMBER_OF + r"|members|staff members?|"
        r"staffers?|aides|advis[eo]rs|"
        r"executives?(?! (?:orders?|actions?|branch|session|council|board|committee|powers?))|ceos?|lawmakers?|"
        r"legislators?|senators?|governors?|mayors?|activists?|counterparts?|"
        r"congress(?:wo)?m[ae]n|negotiators?|commanders?|generals?|chancellors?|premiers?|parliamentarians?|regulators?)\b"
        r"(?! (?:of|for)\b)" + _NOT_A_MEETING + r"|\bwhich (?:(?:two|three|four|five|six|\d+|other) )?"
        r"(?:officials?|leaders?|ministers?|people|person|members?|"
        r"representatives?|envoys?|counterparts?|diplomats?)\b" + _NOT_A_MEETING + r"|\bname the\b|\bfull name of\b|"
        # "Name Greenland's premier at ...": someone by office
        r"^\s*name\s+[\w.\-]+['\u2019]s\s+(?:[\w\-]+\s+){0,2}?(?:premier|prime\s+minister|president|leader|minister|"
        r"envoy|ambassador|counterpart|chancellor|king|queen|governor|mayor)"
        r"(?=\s+(?:at|in|on|during|who|whom|that|when|for|from)\b|\s*[.?]|\s*$)|"
        # "which two senior State Department officials": a number of them, however described; "which of the arrested
        # presidential candidates": some of those the question tells of
        rf"\bwhich (?:two|three|four|five|six|\d+) {_DESCRIBING}{{1,4}}"
        r"(?:officials|leaders|ministers|diplomats|aides)\b|"
        # ("which two of Biden's cabinet members": some of a side's people)
        rf"\bwhich (?:(?:two|three|four|five|\d+) )?of (?:the|those|these|his|her|their|[\w.\-]+['\u2019]s) "
        rf"{_DESCRIBING}{{0,3}}(?:candidates|nominees|detainees|hostages|prisoners|dissidents|journalists|officials|"
        r"leaders|activists|members|ministers|secretaries|aides|advis[eo]rs)\b(?!['\u2019])|"
        # "which senior figure", "which figure from the parliament": a person (not "which dollar figure")
        rf"\bwhich (?!(?:dollar|money|funding|aid|total)\b){_DESCRIBING}{{0,4}}figure\b(?! (?:for|of|on)\b)|"
        # "which senior Mongolian figures": people, when ranked or placed (not "which figures did they cite")
        rf"\bwhich (?:senior|leading|top|political|public|government|opposition|religious) "
        rf"{_DESCRIBING}{{0,3}}figures\b(?! (?:for|of|on)\b)|"
        # "which head of the Atlantic alliance", "which chief of staff": who holds it
        r"\bwhich (?:head|chief) of\b(?! (?:state|government)\b)|"
        # "which governor of Washington state", "which attorney general of New York": an office of a place
        r"\bwhich (?:governor|mayor|senator|attorney general|lieutenant governor|representative)s? of \w|"
        # "which White House national security official": one described at length (not "which sanctions against
        # Russian officials", "which concerns about detained officials": a thing about them)
        rf"\bwhich (?:{_PLAIN_WORD}[\w'\u2019.\-]+ ){{1,4}}(?:officials?|diplomats?|envoys?|advis[eo]rs?)\b"
        + _NOT_A_MEETING
        + "|"
        # "which Cambodian head of government": the one who holds that office (not "what did the heads of state
        # agree", "which summit did the heads of state attend", "the heads of state declaration")
        rf"\b(?:which|what) (?:{_PLAIN_WORD}[\w'\u2019.\-]+ ){{0,3}}?heads? of (?:state|government)\b"
        r"(?! (?:declarations?|statements?|summits?|meetings?|communiqu\w*)\b)",
    ),
    ("named", "search", NAMED_ASKED.pattern),  # things known by their names: the answer names them
    # "whose drone was it that crashed": an owner, known by a name the question does not give
    (
        "named",
        "search",
        r"\bwhose (?!(?:idea|proposal|decision|initiative|suggestion|plan|fault|turn|choice)\b)[a-z\-]+ "
        r"(?:was|were|is|are) (?:it|they|that|this|these|those)\b",
    ),
    (
        "organisation",
        "search",
        # (not "which body of water": a sea)
        r"\bwhich (?:[\w.]+ )?(?:organi[sz]ations?|body(?! of water)|bodies(?! of water)|institutions?|agenc(?:y|ies)|"
        rf"departments?(?=\s+(?:{AUXILIARY}|led|leads)\b|\s*[?,])|"
        r"bloc|alliance|manufacturers?|(?:vaccine|drug|arms|weapons?|aircraft|chip|car)\s+makers?|"  # (a firm's name)
        r"forum|banks?|funds?)\b",
    ),
    (
        "document",
        "search",
        r"\b(?:which|what) (?:\w+ ){0,2}(?:documents?|treat(?:y|ies)|memorand(?:um|a)|"
        r"declarations?|joint statements?|charters?|frameworks?|roadmaps?|communiqu[eé]s?)\b(?! (?:of|for|on)\b)|"
        # "which federal law did ...", not "which law professor"
        r"\b(?:which|what) (?:\w+ ){0,2}(?:laws?|acts?|bills?|legislation|statutes?)"
        rf"(?=\s+(?:{AUXILIARY})\b|\s*[?,])",
    ),
    # how a meeting was held, alternatives offered or asked ("held face to face or over the phone?", "in person,
    # or how did he take part?", "by phone or in person?"): the kind of meeting is the answer
    (
        "kind",
        "search",
        r"\b(?:in[- ]person|face[- ]to[- ]face)\b,?\s+or\b"
        r"|\bor\s+(?:\w+\s+){0,2}?(?:in[- ]person|face[- ]to[- ]face)\s*\?"
        r"|\bhow did (?:he|she|they|\w+) (?:take part|join|participate|attend)\b"
        r"|\b(?:by|over the) (?:phone|video)\b,?\s+or\b"
        r"|\b(?:held|take place|took place|conducted) (?:in person|by phone|by video|virtually|remotely)\s*\?"
        # "Did they hold that conversation in person?": a meeting held (not one to come or gone before: "would have
        # their next meeting in person?", "their previous meetings"; nor another event: "the press conference")
        r"|^(?![^?]*\b(?:would|will|next|previous|previously|upcoming|future|earlier|plan\w*)\b)[^?]*"
        r"\b(?:hold|held|have|had|conduct|conducted)\s+(?:the|that|this|their|his|her|its)\s+(?:[\w\-,]+\s+){0,5}?"
        r"(?:meeting|call|phone call|talks|conversation|discussion|exchange|session|summit)\s+"
        r"(?:in[- ]person|face[- ]to[- ]face|by (?:tele)?phone|over the (?:tele)?phone|by video\w*|virtually)\s*\?"
        r"|^\s*how (?:was|were) (?:the|their|his|her|that|this) [^?]{0,120}?\b(?:actually )?(?:held|conducted)\s*\?"
        # (or someone's, after a lead-in: "Neither was face to face: how was Jake Sullivan's August 22 call ... held")
        r"|(?:^|[:;]\s*)how (?:was|were) (?:[\w.\-]+\s+){0,3}?[\w.\-]+['\u2019]s\s(?:[^?]{0,80}?\s)?(?:call|"
        r"conversation|meeting|talks|session|exchange|contact|sit-down|discussion|visit)s?\b[^?]{0,120}?\b(?:held|"
        r"conducted)\s*(?:\?|$)"  # (of a meeting: not "how were Israel's hostages held")
        # "In what format did each of those two exchanges take place?", "what was the format of the talks"
        # (of a meeting: not "what medium-term steps", "what mode of transport did the Secretary take")
        r"|\bwhat (?:format|mode|medium)s?\b(?!-)[^?]*?\b(?:calls?|meetings?|talks|exchanges?|conversations?|"
        r"sessions?|discussions?|consultations|dialogue|contacts?|encounters?)\b[^?]*?\b(?:take|took|taken|held|"
        r"conducted)\b"
        r"|\bwhat (?:was|were) the (?:format|mode|medium)s? of (?:the|their|his|her|that|this|each)\b"
        # "How did Blinken confer with NATO's secretary general ... on February 1?": by phone, video or in person
        r"|^\s*how did (?:[\w.'\u2019\-]+ ){1,4}?(?:confer|connect)\s+with\b"
        # "How did the Vice President reach the head of the global health body on January 21, 2021": by phone
        r"|^\s*how did (?:[\w.'\u2019\-]+ ){1,4}?(?:reach|contact|get in touch with)\s+(?!with\b)"
        r"(?:the\s+|his\s+|her\s+|their\s+|an?\s+)?(?:(?!(?:with|agreement|deal|understanding|consensus)\b)"
        r"[\w\-'\u2019]+\s+){0,4}?(?:head|president|minister|premier|leader|counterpart|secretary|chancellor|king|envoy|"
        r"ambassador|director|governor|general|chief|chair|chairman|chairperson)\b"  # (not "reach their agreement")
        # "Which of the two was a phone conversation and which an in-person sit-down?": how each was held
        r"|\bwhich\s+(?:of\s+(?:the|those|these)\s+(?:two|three)\s+(?:[\w\-]+\s+)?|one\s+)?(?:was|were)\s+(?:a|an)\s+"
        r"(?:phone|telephone|video|virtual|in[- ]person|face[- ]to[- ]face)\b"
        r"|^\s*(?:and\s+)?which\s+(?:was\s+)?(?:a|an)\s+"
        r"(?:in[- ]person|face[- ]to[- ]face|phone|telephone|video|virtual)\b"
        + "|"
        + OTHER_WAY_OFFERED,  # "talk face to face on March 9, 2022, or some other way?"
    ),
    ("yesno", "match", r"(?:and\s+)?(?:did|does|do|was|were|is|are|has|have|had|can|could|will|would)\b"),
]
_ANSWER_TYPE_RX = [(kind, how, re.compile(rx)) for kind, how, rx in _ANSWER_TYPES]


#: a count said to be someone's ("by Biden's count", "by the White House count", "according to its own count")
_WHOSE_COUNT = re.compile(r"\b(?:by|according to)\s+(?:[\w.'\u2019\-]+\s+){0,4}?count\b")


def answer_type(part: str) -> str:
    """The type of answer a part asks for (see ``_ANSWER_TYPES``); "free" when none fits."""
    if _IN_WHICH_COUNTRY.search(part) or _AT_WHICH_EVENT.search(part):  # where the meeting was: a country's name,
        return "place"  # an event's ("On the margins of which NATO leaders' summit did they meet?")
    p = _TITLED_TELLER.sub(r"\1 did ", focus(part))  # "what President Biden told Xi": what he told, no one
    p = re.sub(r",?\s*\bby name\b,?", "", p.lower())  # "which regulators, by name, attended": who
    p = _WHOSE_COUNT.sub(" ", p)  # "by Biden's count", "according to the Polish count": whose figure, no count
    for kind, how, rx in _ANSWER_TYPE_RX:
        if rx.match(p) if how == "match" else rx.search(p):
            return kind
    return "free"


#: "what" before someone by title and name and what they did ("Compare what President Biden told Xi ..."): what
#: was said, not which president
_TITLED_TELLER = re.compile(
    r"\b((?i:what))\s+(?=(?:[A-Z][\w.\-]*\s+){2,4}(?:told|said|asked|urged|stressed|emphasi[sz]ed|raised|conveyed|"
    r"proposed|promised|pledged|offered|noted|highlighted|underscored|wrote|discussed|reiterated|expressed)\b)"
)
#: "In which European country did Sullivan hold his sit-down with Yang?": the meeting's place ("Which country did
#: he meet?" asks whose side; nor "was the meeting he previewed")
_IN_WHICH_COUNTRY = re.compile(
    # ("In which country's capital did Blinken sit down with ...": the country)
    r"\bin (?:which|what) (?:[\w-]+ )?country(?:['\u2019]s\s+(?:capital|city))?\s+(?:did|do|does|had|has|have)\s+"
    # who met, up to the verb of meeting ("did Biden and Scholz say Russia had held ...": what was said, no meeting)
    r"(?:(?!(?:say|said|agree|agreed|note|noted|tell|told|announce|announced|decide|decided|plan|planned)\b)"
    r"[\w'\u2019.\-]+\s+){1,8}?(?:meet|hold|sit|talk|speak|visit)\b",
    re.I,
)
#: "On the sidelines of which summit did they meet?", "At what gathering ...": the event a meeting was held at
_AT_WHICH_EVENT = re.compile(
    r"\b(?:on the (?:sidelines|margins|fringes) of|at|during) (?:which|what) (?:[\w'\u2019\-]+ ){0,2}?"
    r"(?:summit|conference|gathering|event|forum|ministerial)\b(?=[^?]*\b(?:meet|met|meeting|take place|took place|"
    r"held|hold|talk|talks|speak|spoke|see|saw|happen|happened|occur|occurred|gather|gathered|convene|convened)\b)",
    re.I,
)
