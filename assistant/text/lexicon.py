"""Every word list, alias table and name rule of the package, in one reviewed place.

Nothing else in ``assistant/`` spells out a list of English words: stages
import what they need from here (or, for the words of questions, from ``question_words``, its second half,
and ``framing_words``, what is typed around them), so a reviewer reads the whole vocabulary of
the rules in one file, and a change to a list is seen by every stage that
relies on it. Lists are ``frozenset`` (or read-only mappings) of lower-case,
accent-folded words unless a comment says otherwise.
"""

from __future__ import annotations

from types import MappingProxyType

# The tables below are laid out by hand, several entries a line, to be read as tables: the formatter leaves them.
# fmt: off


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
s t don doesn didn isn aren wasn weren won shall may might must upon per via whatever whichever
""")

#: Words of a question that ask rather than name (never a person, place or topic).
QUESTION_WORDS = _words("""
what who whom whose when where which why how whether did does do is are was were has have had can could would should
will and tell give list name named according in on during at after besides apart aside beyond other before following
regarding concerning about for with from as since under while once over then also any anyone anything please
summarize summarise explain describe compare contrast show find identify outline
ahead alongside amid amidst despite toward towards throughout prior mainly primarily chiefly mostly largely
principally inside deeply profoundly gravely greatly particularly especially
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

#: Who, not what: dropped from a question's topic. The readout's context supplies who; the sentence says what.
ROLES = _words("""
secretary minister ministers president prime foreign leader leaders official officials counterpart counterparts
deputy spokesperson envoy envoys special ambassador ambassadors advisor adviser chancellor king queen prince
premier delegation delegations representative representatives vice cabinet general senior two both side sides
someone anyone somebody anybody interlocutor interlocutors
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
    "Assistant Secretary", "Secretary", "Chancellor", "King", "Queen", "Crown Prince", "Emir", "Amir", "Sheikh",
    "Ambassador", "Special Envoy", "Special Representative", "General", "Admiral", "National Security Advisor",
    "Spokesperson", "Premier", "Senator", "Governor", "Mr.", "Ms.", "Mrs.", "Dr.",
)

#: Ways of writing a country or organisation that, in lower case, are everyday words ("us", "who"): a question
#: typed in lower case is not read as naming them.
NOT_PARTIES_IN_LOWER_CASE = frozenset({"us", "who", "car", "pole", "poles", "finn", "au"})
#: Words a lower-case question may use that the readouts capitalise as parts of offices and institutions
#: ("the white house", "the united states"): no sign that the question was typed without its capitals.
OFFICE_PARTS = frozenset({"house", "white", "vice", "united", "republic"})
#: Month names that are everyday words too: months only next to a day or a year ("may 2022").
AMBIGUOUS_MONTHS = frozenset({"may", "march"})
#: Words that, before a day or month name, make it a time, not part of a name ("last Friday", not "Good Friday").
TIME_MODIFIERS = frozenset({"last", "next", "early", "late", "mid", "this", "every", "each"})

#: Capitalised words of parties and politics that are never a person's name ("Democratic governors").
PARTISAN = _words("democratic democrats democrat republican republicans bipartisan congressional")

#: Capitalised words of a generated claim that are not names a reader could check.
NOT_CLAIM_NAMES = _words("""
the a an they both he she it in on at during this that these those there their its his her we our as after
before while also however according under with for to and but readout readouts passage passages mr ms mrs dr
i if when finally meanwhile then furthermore additionally moreover overall together no yes one two
""")

# ----------------------------------------------------------------------------------------- calendar
MONTHS = MappingProxyType({m: i for i, m in enumerate(("january", "february", "march", "april", "may", "june", "july",
                                                        "august", "september", "october", "november", "december"), 1)})
#: Month names and their abbreviations ("sept", "dec") to month numbers.
MONTH_NUMBERS = MappingProxyType({**MONTHS, **{m[:3]: n for m, n in MONTHS.items()}, "sept": 9})
WEEKDAYS = MappingProxyType({d: i for i, d in enumerate(
    ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))})
CALENDAR = frozenset(MONTHS) | frozenset(WEEKDAYS)
#: A month cut short before its day ("his Oct 4, 2021 call"): a date ("Jan Lipavsky" is a name).
SHORT_MONTH_DAY = (  # "Jan 24", "Jan. 2022", "24 Jan 2022": a month, not someone called Jan
    r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?(?=\s+\d{1,2}\b|\s+(?:19|20)\d\d\b)"
    r"|(?<=\d )(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b\.?"
)

#: Frequencies, each with the words that say it (matched as whole words, case-insensitive).
FREQUENCIES = MappingProxyType({
    "yearly": ("annual", "annually", "yearly", "each year", "every year", "once a year"),
    "monthly": ("monthly", "each month", "every month"), "weekly": ("weekly", "each week", "every week"),
    "daily": ("daily", "each day", "every day"), "quarterly": ("quarterly", "every quarter")})

# ----------------------------------------------------------------------------------------- numbers
NUMBER_WORDS = MappingProxyType({
    "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8",
    "nine": "9", "ten": "10", "eleven": "11", "twelve": "12", "thirteen": "13", "fourteen": "14", "fifteen": "15",
    "sixteen": "16", "seventeen": "17", "eighteen": "18", "nineteen": "19", "twenty": "20", "thirty": "30",
    "forty": "40", "fifty": "50", "sixty": "60", "seventy": "70", "eighty": "80", "ninety": "90", "hundred": "100",
    "first": "1st", "second": "2nd", "third": "3rd", "half": "0.5x", "dozen": "12",
    "once": "1x", "twice": "2x", "double": "2x", "doubled": "2x", "doubling": "2x", "triple": "3x", "tripled": "3x"})
SCALE_WORDS = frozenset({"thousand", "million", "billion", "trillion", "percent", "%"})
#: Numbers said roughly ("tens of thousands", "hundreds"): quantities too, but never exact ones.
ROUGH_SCALE_WORDS = frozenset({"dozens", "hundreds", "thousands", "millions", "billions"})
#: words by which a sentence says there are some of a thing without naming them ("key industries", "several
#: sectors", "a number of companies")
VAGUE_QUALIFIERS = frozenset(
    "key certain several various some specific critical important many numerous multiple relevant priority "
    "strategic select selected unnamed unspecified".split()
) | {"a number of", "a range of", "a variety of", "a host of", "a series of"}
#: People counted by what they are to one another, not by what a question calls them ("40 Ukrainian families" may
#: be the refugees asked about).
PEOPLE_COUNTED = frozenset("""people persons individuals families households residents citizens nationals children
women men civilians americans""".split())

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
after before while when since following also however today yesterday separately additionally finally meanwhile moreover
further furthermore""")

# ----------------------------------------------------------------------------------------- answers
#: How a generated answer says it has no answer ("the readouts don't say", "no information").
ABSTAIN_PATTERN = (r"(readouts?|passages?)\s+(do(?:es)?\s*n[o']t|do(?:es)?\s+not)\s+(say|mention|state|contain|hold|"
                   r"cover|address|include|answer)|no information|not (?:mentioned|stated|specified)|cannot answer|"
                   r"can't answer|unable to answer")

# ----------------------------------------------------------------------------------------- statements
#: The statement kinds, strongest first: when a sentence has several main verbs, the first kind here wins.
STATEMENT_KINDS = ("agreed", "committed", "announced", "condemned", "urged", "expressed_concern", "reaffirmed",
                   "expressed_support", "welcomed", "thanked", "condolences", "discussed", "noted", "met", "other")

#: CAMEO root (or two-level) codes of the kinds that have one: consult 04, appeal 02, intent to cooperate 03,
#: praise or endorse 051, disapprove 11, criticize or denounce 111, empathetic comment 018, public statement 01.
CAMEO = MappingProxyType({
    "agreed": "03", "committed": "03", "announced": "01", "condemned": "111", "urged": "02",
    "expressed_concern": "11", "reaffirmed": "03", "expressed_support": "051", "welcomed": "051", "thanked": "051",
    "condolences": "018", "discussed": "04", "noted": "01", "met": "04",
})


def _verbs(table: dict[str, str]) -> MappingProxyType:
    return MappingProxyType({form: kind for kind, forms in table.items() for form in forms.split()})


#: Main verbs (as written, lower case) and the kind they make by themselves.
KIND_VERBS = _verbs({
    "agreed": "agreed agree agrees concurred concur decided decide signed sign concluded",
    "committed": "committed commit commits pledged pledge pledges vowed vow promised promise",
    "announced": "announced announce announces launched launch unveiled unveil",
    "condemned": "condemned condemn condemns denounced denounce deplored deplore criticized criticised",
    "urged": "urged urge urges pressed press encouraged encourage requested request invited invite proposed propose "
             "asked ask",
    "reaffirmed": "reaffirmed reaffirm reaffirms reiterated reiterate reiterates affirmed affirm affirms recommitted",
    "expressed_support": "supported supports backed endorsed endorses",
    "welcomed": "welcomed welcome welcomes praised praise praises commended commend commends applauded applaud "
                "congratulated congratulate congratulates celebrated celebrate lauded hailed saluted",
    "thanked": "thanked thank thanks appreciated appreciates",
    "discussed": "discussed discuss discusses reviewed review reviews consulted consult addressed address "
                 "exchanged talked covered raised raise explored considered engaged",
    "noted": "noted note notes briefed brief briefs highlighted highlight highlights emphasized emphasised emphasize "
             "emphasizes underscored underscore underscores stressed stress stresses shared share shares updated "
             "described describe explained explain acknowledged acknowledge recognized recognised recognize "
             "outlined outline observed said says told informed reported conveyed relayed added stated "
             "expressed voiced offered extended looked recalled recall",
    "met": "met meet meets spoke speak speaks called hosted host hosts convened convene received visited joined held",
})

#: Nouns that decide the kind when a verb of stance takes them ("expressed support", "reiterated concern").
OBJECT_KINDS = MappingProxyType({
    "support": "expressed_support", "solidarity": "expressed_support", "backing": "expressed_support",
    "concern": "expressed_concern", "concerns": "expressed_concern", "alarm": "expressed_concern",
    "worry": "expressed_concern", "worries": "expressed_concern",
    "condolences": "condolences", "condolence": "condolences", "sympathy": "condolences",
    "sympathies": "condolences",
    "appreciation": "thanked", "gratitude": "thanked", "thanks": "thanked",
    "condemnation": "condemned", "congratulations": "welcomed", "pride": "welcomed",
    "need": "urged", "urgency": "urged", "necessity": "urged", "imperative": "urged",
    "commitment": "reaffirmed", "commitments": "reaffirmed", "pledge": "committed",
})

#: Verbs of stance whose object decides the kind, and the kind they make when it does not.
STANCE_VERBS = frozenset("""expressed express expresses voiced voice conveyed convey shared share offered offer
extended extend reaffirmed reaffirm reaffirms reiterated reiterate reiterates affirmed affirm underscored
underscore underscores emphasized emphasised emphasize emphasizes stressed stress stresses highlighted
highlight noted note raised raise relayed conveyed made""".split())

#: Verbs of saying: when one introduces a that-clause, what the clause says decides ("made clear that the
#: United States will act" is a commitment).
SAYING_VERBS = frozenset("said says told stated added relayed conveyed confirmed clear made assured informed "
                         "announced".split())

#: Verbs that, inside a that-clause, make it a commitment ("... that the United States will provide").
FUTURE_MARKERS = frozenset({"will", "would", "shall"})
#: Verbs after "will"/"would" that make no commitment ("would want to", "will be held", "would like to").
NOT_COMMITTING = frozenset({"be", "not", "want", "like", "love", "hope", "look", "need", "seek", "wish"})

#: Noun phrases that make a "discussed" ("exchanged views", "had a conversation") or an agreement.
PHRASE_KINDS = (
    (r"\breached (?:an? )?(?:agreement|consensus|understanding)\b", "agreed"),
    (r"\b(?:exchanged|shared) (?:views|perspectives|ideas|assessments)\b", "discussed"),
    (r"\bhad an? (?:\w+ ){0,2}(?:conversation|discussion|exchange)\b", "discussed"),
    (r"\bspoke (?:about|on)\b", "discussed"),
    (r"\b(?:called|call|calls|calling) (?:on|for|upon)\b", "urged"),
    (r"\b(?:look|looks|looked|looking) forward\b", "other"),
    (r"\bmade (?:it )?clear\b", "noted"),
    (r"\b(?:had|held) an? (?:\w+ ){0,2}(?:call|phone call|meeting|videoconference)\b", "met"),
)

# ----------------------------------------------------------------------------------------- meetings
#: Words that make a readout's meeting a call, a virtual meeting, or a dialogue (matched case-insensitively).
CALL_WORDS = ("phone call", "telephone", "by phone", "spoke by phone", "call with", "calls with", "phone")
VIRTUAL_WORDS = ("virtual", "virtually", "video", "videoconference", "video conference", "video call")
DIALOGUE_WORDS = ("dialogue", "2+2", "consultations", "strategic consultation")
VISIT_WORDS = ("visit", "visits", "travel", "travels", "trip")
#: Nouns for a meeting a list question names by who held it ("Biden's calls", "meetings with Mongolian
#: officials"), and for a trip, which is held with someone but is also a thing mentioned ("his trip to Kyiv").
MEETING_NOUNS = ("meeting", "meetings", "call", "calls", "conversation", "conversations", "talks", "engagement",
                 "engagements")
TRIP_NOUNS = ("visit", "visits", "trip", "trips")
#: Words of a readout's title that end a name before them ("... Envoy John Kerry Meetings in Moscow", "Secretary
#: Antony Blinken Travel to Peru"): what the person did, not more of their name.
TITLE_MEETING_WORDS = frozenset(w.capitalize() for w in (*MEETING_NOUNS, *VISIT_WORDS, *TRIP_NOUNS))
#: Verbs of a who-question that ask who took part ("Who attended ...", "Who accompanied ...").
PARTICIPATION_VERBS = ("attended", "led", "headed", "joined", "accompanied", "participated", "represented")
TRILATERAL_WORDS = ("trilateral",)
MULTILATERAL_WORDS = ("multilateral", "ministerial", "summit", "leaders of", "ministers of")

#: Verbs that report the meeting itself ("met", "spoke with", "hosted").
MEETING_VERBS = frozenset("""met meets meet spoke speaks called calls hosted hosts convened convenes joined held
received welcomed visited""".split())

#: Relative day words and the number of days before the publication date they mean.
RELATIVE_DAYS = MappingProxyType({
    "today": 0, "this morning": 0, "this afternoon": 0, "this evening": 0, "tonight": 0, "earlier today": 0,
    "yesterday": 1, "last night": 1, "last evening": 1, "the day before": 1,
})

#: Words before "in X" that make X a topic ("the situation in Ukraine"), not the meeting's place.
TOPIC_BEFORE_IN = frozenset("""situation crisis war conflict violence developments events security stability
democracy elections election peace progress efforts interests presence troops forces people refugees aggression
invasion attacks attack operations role partners allies investment investments""".split())

#: Title words that also begin surnames joined by a hyphen ("Amir-Abdollahian": a name, though "Amir Tamim" is
#: the Amir).
HYPHENATED_NAME_TITLES = frozenset({"Amir", "Sheikh", "Emir"})
#: Capitalised words that make a run of capitalised words an office title ("Foreign Minister", "High
#: Representative", "Director-General").
TITLE_HEADS = frozenset("""President Minister Secretary Advisor Adviser Representative Chancellor King Queen Prince
Princess Emir Amir Sheikh Sultan Ambassador Envoy Director-General Director Speaker Leader Senator Governor Mayor Chair
Chairman Chairwoman Chairperson Commissioner Councilor Councillor Member Chief General Admiral Pope Premier Monarch
Taoiseach Spokesperson President-elect President-Elect Vice-President Coordinator Administrator Counselor Emperor
Crown Majority Minority Whip Congressman Congresswoman Representatives Senators Deputy Under Assistant
Secretary-General Head Lady Undersecretary Under-Secretary FM PM DFM NSA""".split())
#: Offices of a country's own politics: a counterpart holding one, with no country given, is of the issuer's
#: country ("Speaker Pelosi", "Senator Schumer").
DOMESTIC_TITLES = frozenset("""Speaker Senator Senators Representative Representatives Congressman Congresswoman
Governor Governors Mayor Mayors Leader Whip Labor Attorney""".split())
#: Capitalised words that name an office's portfolio, so they belong to the title, never to the name that
#: follows it ("Secretary of State Antony Blinken", "Special Presidential Envoy for Climate John Kerry").
OFFICE_WORDS = frozenset("""State Foreign Affairs Defense Defence Security Climate Regional Cooperation Management
Resources Economic Economy Political Trade Commerce Finance Treasury Health Energy Interior Justice Homeland
Development Education Labor Labour Agriculture Environment External International National Public Diaspora Culture
Tourism Transport Transportation Industry Planning Relations Policy Arms Control Growth Democracy Human Rights
Civilian Europe European Eurasian Asian Pacific African Western Hemisphere Near Eastern Legal Administration Budget
Staff Presidential Special High First Second Senior Principal Acting Interim Vice Deputy Under Assistant Executive
Permanent Global Strategic Nonproliferation Counterterrorism Intelligence Cabinet Council Councilor Privy Royal
Supreme Federal Joint Armed Forces Naval Navy Army Air Force Coast Guard Police Immigration Migration Refugees
Humanitarian Food Water Science Technology Digital Cyber Space Ocean Oceans Fisheries Maritime Minerals Mining
Oil Gas Petroleum Infrastructure Housing Urban Social Welfare Women Youth Sports Information Communications Services
Terrorism Financial Peace Efforts Relocation Reconciliation Recovery Reconstruction Transition Negotiations Issues
Peninsula Unification Designate Elect
Media Investment Investments Industries Business Enterprise Labor Employment Workforce Veterans Emergency Commission
Office Committee Department Ministry Agency Bureau Council Party Politburo Communist Central Presidium Secretariat
Administration Presidential Executive Middle East West North South Africa America Americas Asia Europe Atlantic
Arctic Gulf Caribbean Latin Levant Horn Sahel Balkans Caucasus Balkan Baltic Baltics Nordic Scandinavian Andean
Mediterranean Himalayan Sub-Saharan""".split())
#: Words that end the name of an event or a body, never of a person ("General Assembly", "Leaders Summit").
INSTITUTION_WORDS = frozenset("""Assembly Summit Meeting Meetings Conference Forum Session Ministerial Dialogue
Council Commission Committee Initiative Process Partnership Framework Group Alliance Accords Agreement Convention
Treaty Declaration Charter Week Day Games Caucus Leadership League Association Federation Foundation Coalition
Institute Society""".split())
#: Last words of a body's name whose two initials a question may use for it ("United Nations": UN).
BODY_NAME_ENDS = frozenset("""Nations Union Kingdom States Council Fund Bank Organization Organisation Agency Emirates
Court Assembly Commission Forum Group Alliance Committee""".split())
#: Last words of the name of a body that can be admitted, welcomed or named ("the MRC Secretariat").
ADMITTED_BODY_ENDS = ("Secretariat", "Commission", "Council", "Agency", "Bank", "Fund", "Organization", "Institute",
                      "Foundation")
#: Words of an unnamed group that went along with someone ("a delegation of senior U.S. government officials").
COMPANY_WORDS = ("delegation", "officials", "team", "experts", "advisers", "advisors", "staff", "representatives")
#: Last words of the name of a government's own programme, law or plan ("the Build Back Better Agenda", "the
#: CHIPS Act"): what both lists below end with.
GOVERNMENT_THING_ENDS = frozenset("Government Agenda Plan Act Program Programme Strategy Fund".split())
#: Last words of the name of a thing a country may own ("Burma's National Unity Government"), never of a person.
OWNED_THING_ENDS = INSTITUTION_WORDS | GOVERNMENT_THING_ENDS | frozenset("""Front Party Movement Action Policy
Constitution Parliament""".split())
#: Last words of a body's name that "and" runs through ("the U.S. Trade and Development Agency", "the Food and Drug
#: Administration"), where it joins no two names ("Biden and Harris").
AND_BODY_ENDS = frozenset("""Agency Administration Department Commission Council Corporation Organization Organisation
Fund Bank Initiative Program Programme Office Bureau Service Institute Authority Partnership Committee
Foundation""".split())
#: Last words of the names of a government's own bodies, programmes, laws and places, besides INSTITUTION_WORDS and
#: the offices' words: a name ending so is no company's ("the Biden-Harris Administration", "Ream Naval Base").
PUBLIC_NAME_ENDS = GOVERNMENT_THING_ENDS | frozenset("""Administration Regime Law Department Ministry Agency Office
Union Nations Organization Organisation Bank Mission Service Services Force Forces Guard Army Navy Base Port Airport
Center Centre Station Embassy Consulate Province Region County City District Technologies""".split())
#: Words before a noun that no name follows ("the rice harvest", "their post").
DETERMINERS = frozenset("the a an this that these those his her its their our my your".split())
#: Words before the name of a place ("in erbil", "from lima").
PLACE_PREPOSITIONS = frozenset("in at from to near outside inside across".split())
#: Words that begin a title of their own after "and" ("... and Vice Minister", "... and Senior Advisor").
TITLE_RANKS = frozenset("""Special Presidential High First Second Senior Principal Acting Interim Vice Deputy Under
Assistant Associate Executive Permanent Chief""".split())
#: Capitalised words of places and bodies a question may name that never make a person's name ("the White
#: House", "Congress").
NOT_PEOPLE_WORDS = frozenset({"House", "Congress", "Senate", "Pentagon", "Capitol", "Parliament", "Kremlin",
                              "Elysee", "Élysée", "Downing", "Palace", "Building", "Observatory", "Office",
                              "Camp",  # "Camp David"
                              # legislatures
                              "Knesset", "Duma", "Rada", "Verkhovna", "Bundestag", "Sejm", "Storting", "Riksdag",
                              "Folketing", "Eduskunta", "Oireachtas", "Majlis", "Legislature", "Assembly",
                              # seas, straits and lands ("the South China Sea", "the Taiwan Strait")
                              "Sea", "Seas", "Ocean", "Strait", "Straits", "Gulf", "Bay", "River", "Peninsula",
                              "Island", "Islands", "Canal", "Lake", "Basin", "Mountains", "Desert",
                              # committees' portfolios ("Public Works members"); faiths ("the Orthodox patriarch")
                              "Works", "Orthodox", "Catholic", "Protestant", "Evangelical", "Muslim", "Jewish"})
#: Diseases readouts name with a capital or a number ("COVID-19"): never a thing known by its name, as a weapon is.
DISEASE_NAMES = frozenset({"COVID", "COVID-19", "Covid", "Covid-19", "SARS-CoV-2", "Ebola", "Mpox", "Zika", "HIV",
                           "AIDS", "H5N1", "Marburg", "Polio"})
#: Rooms and houses of the U.S. government where meetings are held: where, never what is asked about.
GOVERNMENT_VENUES = ("White House", "Oval Office", "Roosevelt Room", "Cabinet Room", "Situation Room", "Camp David",
                     "Blair House", "Eisenhower Executive Office Building", "Naval Observatory", "State Department",
                     "Department of State", "Capitol")
#: Nouns of a readout's title after someone's possessive ("Under Secretary Zeya’s Travel to Chile"): the name
#: ends before them. Capitalised, as titles write them.
EVENT_NOUNS = frozenset({"Travel", "Trip", "Visit", "Meeting", "Meetings", "Call", "Calls", "Conversation", "Remarks",
                         "Participation", "Engagement", "Engagements", "Bilateral", "Discussion", "Discussions",
                         "Phone", "Virtual", "Video"})
#: Lower-case office words that may open a title after a name ("Frédéric Bernard, head of cabinet of ...").
LOWER_TITLE_HEADS = frozenset({"head", "chief", "director", "advisor", "adviser", "minister", "secretary",
                               "ambassador", "envoy", "spokesperson", "president", "chair", "leader"})
#: Lower-case nouns that describe a person right before the name ("human rights defender Natan Sharansky",
#: "opposition activist ..."): with the words before them, who the person is, never what is asked about.
PERSON_DESCRIPTIONS = frozenset("""defender activist advocate dissident journalist reporter economist scholar author
writer artist musician singer actor athlete champion campaigner entrepreneur philanthropist survivor blogger
professor scientist researcher lawyer laureate""".split())
#: Lower-case nouns for people by what they do or are, told with a nationality ("the Romanian captain", "a UK
#: citizen"): someone, though unnamed.
PERSON_CALLINGS = frozenset("""captain citizen national soldier sailor pilot doctor nurse diplomat hostage detainee
prisoner worker""".split())
#: Plural nouns for people by the work they are let in, sent or kept out to do ("allow firefighters and emergency
#: responders to access the site"): people, though no one is named.
PEOPLE_AT_WORK = frozenset("""firefighters responders inspectors monitors observers peacekeepers investigators
journalists proxies separatists rebels militants insurgents teams staffs delegations""".split())
#: Lower-case words that may sit inside a title ("Secretary of State", "Minister for Foreign Affairs").
TITLE_LINKS = frozenset({"of", "for", "the", "and"})
#: Honorifics dropped from a name ("Ms. Kamikawa Yoko", "The Honourable Antony Blinken", "Shri Ajit Doval").
HONORIFICS = frozenset({"Mr.", "Ms.", "Mrs.", "Dr.", "Honourable", "Honorable", "His", "Her", "Excellency",
                        "Majesty", "Highness", "Royal", "Shri", "Sir", "Dame", "H.E.", "Rt.", "Hon.", "Reverend",
                        "Rev.", "Sheikha"})
#: First words of a capitalised run that make it an office or a building, never a person ("Office of the
#: Spokesperson").
NOT_PERSON_STARTS = frozenset({"Office", "Bureau", "Department", "Ministry", "Embassy", "Mission", "Consulate",
                               "Government", "Administration"})
#: Lower-case words that may sit inside a name ("Mohammed bin Salman", "Ursula von der Leyen").
NAME_PARTICLES = frozenset({"al", "bin", "bint", "de", "del", "der", "van", "von", "da", "di", "du", "la", "le",
                            "el", "ibn", "dos", "das"})
#: Titles that also stand inside a name, between two of its words ("President Hassan Sheikh Mohamud")
INNER_HONORIFICS = frozenset({"Sheikh", "Sheikha", "Sayyid"})
#: Particles joined to a name by a hyphen ("al-Busaidi", "el-Sisi", "bin-Salman").
JOINED_PARTICLES = ("al", "el", "an", "ar", "as", "ash", "at", "ad", "az", "bin", "ibn", "abu", "abd")
#: Styles a participant list writes before a name ("Pastor Demetries Edwards"): they go with the title.
LIST_STYLES = ("Pastor", "Rabbi", "Reverend", "Bishop", "Imam", "Father", "Doctor")
#: A region's adjectives: before a lower-case noun they name no one ("Biden's call with Northeastern governors").
COMPASS_WORDS = frozenset({"Northern", "Southern", "Eastern", "Western", "Northeastern", "Northwestern",
                           "Southeastern", "Southwestern", "Midwestern", "Central"})
#: Offices named with their portfolio after "for" or "to" ("Special Representative for the DPRK", "Ambassador to
#: Libya"): a meeting sentence does not turn to its topic there.
PORTFOLIO_TITLES = ("Representative", "Envoy", "Coordinator", "Ambassador", "Commissioner", "Secretary")
#: Titles and ranks cut short before a name, with their point ("New York Gov. Andrew Cuomo", "Sr. Lt. Gen. Hoang
#: Xuan Chien"): no sentence ends at them.
TITLE_ABBREVIATIONS = ("Gov", "Lt", "Sen", "Rep", "Amb", "Dr", "Mr", "Mrs", "Ms", "Gen", "Adm", "Col", "Sec", "Capt",
                       "Sgt", "Sr", "Maj", "Brig", "Cmdr", "Cdr")
#: The words those short titles stand for, as a question writes them ("Which lieutenant governor ...").
TITLE_ABBREVIATION_WORDS = MappingProxyType({"Gov": "Governor", "Lt": "Lieutenant", "Sen": "Senator",
                                             "Rep": "Representative", "Amb": "Ambassador", "Gen": "General",
                                             "Adm": "Admiral", "Col": "Colonel", "Sec": "Secretary",
                                             "Capt": "Captain", "Sgt": "Sergeant"})
#: Office words that say nothing about which participant a "which ..." question means ("which leaders").
GENERIC_OFFICES = frozenset({"leader", "member", "representative", "chief", "deputy", "under", "assistant", "general"})
#: Seasons, as a question names a time by them ("the spring of 2022").
SEASONS = ("spring", "summer", "fall", "autumn", "winter")
#: Nouns for a group taking part as one participant ("activists from Burma", "utility executives").
GROUP_PARTICIPANTS = frozenset("""activists executives ceos leaders ministers members representatives senators
governors mayors officials advocates experts students entrepreneurs families survivors""".split())
#: Nouns of the people a list anywhere in a readout is introduced by ("The following eight Governors of ...:").
LISTED_PEOPLE = frozenset("""governors mayors senators members leaders ministers officials representatives lawmakers
legislators executives ceos advocates experts""".split())
#: Given names and the short forms people go by (folded, lower case): "Bill" Burns is William Burns.
SHORT_NAMES = {
    "william": ("bill", "will", "billy"), "robert": ("bob", "rob", "bobby"), "richard": ("dick", "rick"),
    "michael": ("mike",), "james": ("jim", "jimmy", "jamie"), "joseph": ("joe",), "edward": ("ted", "ed", "ned"),
    "thomas": ("tom",), "elizabeth": ("liz", "beth", "betty", "lizzie"), "catherine": ("kate", "cathy"),
    "katherine": ("kate", "kathy"), "margaret": ("maggie", "meg", "peggy"), "antony": ("tony",), "anthony": ("tony",),
    "alexander": ("alex", "sasha"), "charles": ("chuck", "charlie"), "daniel": ("dan",), "david": ("dave",),
    "samantha": ("sam",), "samuel": ("sam",), "susan": ("sue",), "jennifer": ("jen",), "christopher": ("chris",),
    "nicholas": ("nick",), "benjamin": ("ben", "bibi"), "matthew": ("matt",), "jeffrey": ("jeff",),
    "gregory": ("greg",), "stephen": ("steve",), "steven": ("steve",), "kenneth": ("ken",), "lawrence": ("larry",),
    "gerald": ("jerry",), "patricia": ("pat",), "andrew": ("andy",), "victoria": ("toria", "vicky"),
    "frederick": ("fred",), "rebecca": ("becky",),
}

# ----------------------------------------------------------------------------------------- answers
#: Statement kinds that record talk, not a decision: an "agreed" or "committed" answer, generated or quoted,
#: cannot rest on them.
WEAK_KINDS = frozenset({"discussed", "noted", "met", "expressed_concern", "expressed_support", "thanked",
                        "welcomed", "condolences", "other"})
#: Statement kinds that answer "what did they agree": agreements, commitments, announcements, reaffirmations.
BINDING_KINDS = frozenset({"agreed", "committed", "announced", "reaffirmed"})
#: Capitalised words that never make a person's name in a sentence: calendar words, and the words of offices,
#: states and bodies ("United States", "Strategic Dialogue").
NOT_NAME_WORDS = frozenset({w.capitalize() for w in CALENDAR}) | frozenset({
    "The", "United", "States", "Secretary", "President", "Minister", "Republic", "Kingdom", "Union", "Nations",
    "House", "Department", "Ministry", "Office", "Council", "Summit", "Forum", "Agreement", "Partnership",
    "Strategic", "Dialogue", "Fund"})
# fmt: on

#: Who a statement's subject may be besides a title or a name ("The two leaders agreed", "They", "Both sides").
SIDE_SUBJECT_WORDS = frozenset(
    {"leaders", "sides", "they", "he", "she", "both", "two", "officials", "ministers", "delegations"}
)
