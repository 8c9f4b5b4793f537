"""The word lists of questions: what a question asks for (statement kinds, meeting kinds, answer
categories), the words about the meeting itself, and the words that open a question. The second half of
``lexicon`` (same conventions: lower-case, accent-folded words), kept apart so each half stays readable."""

from __future__ import annotations

from types import MappingProxyType

from .place_words import US_STATES

# The tables below are laid out by hand, several entries a line, to be read as tables: the formatter leaves them.
# fmt: off


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: The auxiliaries that open a sentence that asks ("Did they ...?").
AUXILIARIES = _words("did does do is are was were has have had can could will would")
#: The auxiliaries as a pattern's alternatives ("how many exporters did ...", "which department would ...").
AUXILIARY = "|".join(sorted(AUXILIARIES))
#: Phrases by which a question sets something aside ("Apart from their dialogue on China, what ..."): not what it
#: asks about, nor a side of the meeting ("except for" before "except", so the longer one is read first).
ASIDE_PHRASES = ("besides", "apart from", "aside from", "other than", "except for", "except", "leaving aside")
#: second halves of a compound that only say "about" ("Afghanistan-related talks", "COVID-linked aid"): no topic word
ABOUT_SUFFIXES = ("related", "linked", "focused", "centred", "centered", "oriented", "themed")
#: stems of what a side did that selects a list's readouts ("Sherman offering congratulations", "Biden's condolences"):
#: a kind of statement (no topic word elsewhere) that the readout must say
LISTED_ACTS = frozenset(("congratul", "condol", "apolog", "thank"))
# (not "set aside", "setting aside", "putting aside": "how much was set aside", "setting aside land", "putting aside
# their differences" are what was done)
#: Phrases by which a list question leaves some meetings out ("leaving out her group calls"); each pattern that
#: reads them adds its own ("leave out", "other than", "not in group" ...).
LEAVING_OUT = ("leaving out", "excluding", "not counting")
WH_WORDS = _words("what who whom whose when where which why how whether")
#: the words a question opens with after a sentence before it ("... sent to Congress. How big was it?")
QUESTION_OPENERS = (WH_WORDS - {"whether"}) | _words("did does do was were is")
#: Words that ask for a statement kind (stems as ``text.tokenize.stem`` makes them), to the kinds they ask for.
ASKED_KINDS = {
    "agre": ("agreed", "committed"), "agreement": ("agreed", "committed"), "consensus": ("agreed",),
    "decid": ("agreed",), "commit": ("committed", "agreed"), "commitment": ("committed", "agreed", "reaffirmed"),
    "pledg": ("committed",), "promis": ("committed",), "vow": ("committed",),
    "discuss": ("discussed",), "talk": ("discussed",), "rais": ("discussed", "expressed_concern"),
    "review": ("discussed",), "condemn": ("condemned",), "denounc": ("condemned",),
    "deplor": ("condemned",), "decri": ("condemned",), "urg": ("urged",),
    "press": ("urged",), "push": ("urged",), "encourag": ("urged",),
    "thank": ("thanked",), "gratitud": ("thanked",), "appreci": ("thanked",), "grate": ("thanked",),
    "concern": ("expressed_concern",), "worri": ("expressed_concern",), "welcom": ("welcomed",),
    "prais": ("welcomed",), "commend": ("welcomed",), "congratul": ("welcomed",), "condol": ("condolences",),
    "hail": ("welcomed",), "applaud": ("welcomed",), "laud": ("welcomed",), "salut": ("welcomed",),
    "announc": ("announced",),
    "launch": ("announced", "agreed"), "unveil": ("announced",), "reaffirm": ("reaffirmed",),
    "reiter": ("reaffirmed",), "affirm": ("reaffirmed",), "back": ("expressed_support", "committed"),
    "endors": ("expressed_support",), "sign": ("agreed",), "signed": ("agreed",), "ink": ("agreed",),
    "concur": ("agreed",),
    "highlight": ("noted",), "emphas": ("noted",), "stress": ("noted",), "underscor": ("noted",),
    "underlin": ("noted",), "restat": ("reaffirmed",),
    "uneasi": ("expressed_concern",),
    "offer": ("urged", "committed"), "propos": ("urged",), "invit": ("urged",), "request": ("urged",),
}
#: "what did Blinken ask of Moscow", "what did he ask each of them to do": what was asked of a side is an appeal (a
#: pattern: "ask" alone also opens "Can I ask what ...", "may I ask you to tell me ...")
ASKED_OF = (
    r"\bask(?:ed|s|ing)?\s+(?:of|from)\b|"
    r"\bask(?:ed|s|ing)?\s+(?!(?:you|me|us|what|whether|if|how|why|who|whom|which|when|where)\b)"
    r"(?:[\w\u2019']+\s+){1,4}?to\s+(?!(?:the|an?|his|her|their)\b)(?-i:[a-z]+)\b|"
    # "did the Secretary tell the unity government of Haiti's new prime minister to seek": what he urged
    # (not a clause told: "told Morocco's foreign minister he would have to miss", "a new government had to be formed")
    r"\b(?:tell|tells|told|telling)\s+(?!(?:you|me|us|what|whether|if|how|why|who|whom|which|when|where)\b)"
    r"(?:(?!(?:he|she|they|it|we|i|that|would|will|had|has|have|must|should|could|can|was|were|is|are|be|needed|"
    r"needs|need|ought|about|with|in|regarding|regard|respect|addition|response|prior|relation|reference|"
    r"commitment|according|due|close|next|up|ahead|as)\b)[\w\u2019']+\s+){1,8}?to\s+"
    r"(?!(?:the|an?|his|her|their)\b)(?-i:[a-z]+)\b"
)
#: Words that ask about a kind of meeting.
KIND_WORDS = {"call": "call", "calls": "call", "called": "call", "phone": "call", "phoned": "call",
              "telephoned": "call", "telephone": "call", "spoke": "call", "rang": "call",
              "virtual": "virtual_meeting", "virtually": "virtual_meeting", "videoconference": "virtual_meeting",
              "visit": "visit", "trip": "visit", "travel": "visit", "trilateral": "trilateral",
              "dialogue": "dialogue", "meeting": "meeting", "meetings": "meeting", "met": "meeting",
              "summit": "meeting", "in-person": "meeting"}
#: Words of what is still ahead ("where will they meet next"): something a readout says, not where a meeting was.
AHEAD_WORDS = (
    r"\b(?:will|shall|next|upcoming|future|planned|scheduled|going to|due to|set to|slated|to be held|"
    # (in other words: "for what date was the trip pencilled in"; not "the ministers who lined up behind Ukraine")
    r"planning to|expected to|intend(?:s|ed|ing)? to|pencil(?:l)?ed in|on the calendar|target date)\b"
)
#: Verbs of talking something over: "when did they discuss X" asks the day of the meeting where they did.
TALK_VERBS = frozenset("discuss discussed review reviewed raise raised address addressed cover talk talked".split())
#: Words about the meeting itself, dropped from a part's topic.
MEETING_TALK = {"call", "calls", "called", "phone", "phoned", "telephoned", "rang", "meeting", "meetings", "downs",
                 "met", "meet", "spoke", "speak", "speaks", "speaking", "spoken", "talk", "talked", "talking",
                 "calling", "phoning", "meets", "prompted", "prompt", "purpose", "aim", "goal", "objective",
                 "readout", "readouts", "visit", "trip", "stop", "stay", "conversation", "trilateral", "bilateral",
                 "multilateral", "recent", "recently", "latest", "last", "earliest", "introductory", "previous", "next",
                 "congratulatory", "farewell", "courtesy", "condolence", "final", "virtual", "in-person", "person",
                 "telephone", "session", "encounter", "mention", "mentioned", "mentions", "say", "said", "tell", "told",
                 "note", "noted", "time", "times", "side", "sides", "two", "both", "they", "their", "them", "official",
                 "officials", "leader", "leaders", "led", "lead", "take", "took", "place", "held", "saw", "see", "sat",
                 "sitting", "sits", "sit", "hold", "holds", "holding", "country", "countries", "government", "sessions",
                 "governments", "counterpart", "counterparts", "large", "dollars", "behind", "dealing", "dealt",
                 "much", "many", "differ", "differs", "differed", "different", "differently", "difference",
                 "differences", "similar", "similarly", "alike", "same", "compare", "compares", "comparing", "compared",
                 "comparison", "contrast", "versus", "vs", "specifically", "exactly", "particular", "anything",
                 "something", "specific", "regarding", "respect", "topic", "subject", "issue", "topics", "subjects",
                 "issues", "matters", "agenda", "cover", "covers", "covered", "covering", "conversations", "else",
                 "explicitly", "directly", "actually", "main", "focus", "focused", "primary", "principal", "central",
                 "center", "centered", "centre", "centred", "revolve", "revolved",
                 # how it was said ("what did they jointly reaffirm", "in the call reported on May 2"), not what about
                 "jointly", "mutually", "collectively", "reported",
                 "key", "common", "overall", "angle", "aspect", "aspects", "element", "elements", "dimension",
                 "component", "date", "venue", "ministry", "ministries", "department",
                 # light verbs of a question, never its topic
                 "ask", "asked", "put", "forward", "single", "singled", "out", "look", "looked", "ahead", "bring",
                 "brought", "touch", "touched", "come", "came", "go", "went", "get", "got", "getting", "make", "made",
                 "making", "takes", "taken", "taking",
                 "stated", "become", "becoming", "became", "reason", "reasons", "lay", "lie", "lies",
                 "give", "gave", "given", "giving", "set", "want", "wanted", "seek", "sought",
                 "point", "pointed", "use", "used", "pick", "picked", "picking", "supposed", "meant",
                 "according", "accord", "cite", "cited", "appear", "appears", "up", "did", "do", "does", "done",
                 # how a list question asks
                 "find", "every", "all", "list", "refer", "refers", "referred", "reference", "references",
                 "referencing", "touches", "engagement", "engagements", "engage", "engaged", "brings", "raised",
                 # what a meeting had in it ("Which call included congratulations ...", "featured a pledge")
                 "include", "includes", "included", "feature", "features", "featured", "involve", "involves",
                 "involved", "contain", "contains", "contained",
                 "where", "which", "have", "having", "voicing", "voice", "voiced", "record", "records", "recorded",
                 # how a comparison asks
                 "change", "changed", "address", "addressed", "move", "moved", "treat", "treated", "handle", "way",
                 "handled", "handling", "treatment", "frame", "framed", "describe", "described", "billed", "ways",
                 "characterize", "characterized", "characterise", "characterised", "each", "respective", "between",
                 "whereas", "while", "then", "later", "earlier", "summarize", "summarized", "summarise", "summarised",
                 # what a side's words are called ("Blinken's line on Yemen", "their stance on trade")
                 "line", "stance", "tone", "emphasis", "messaging", "message", "messages", "position",
                 # kinds of meeting
                 "video", "videoconference", "virtually", "summit", "summits",
                 # placeholders for "what kind of thing" ("what document did they sign")
                 "document", "documents", "thing", "things", "step", "steps", "measure", "measures", "action",
                 "actions", "item", "items", "outcome", "outcomes", "result", "results", "deliverable",
                 "deliverables", "kind", "type", "sort", "kinds", "types", "sorts", "keep", "keeps", "kept",
                 "going", "host", "hosts", "hosted", "hosting", "new", "end", "first",
                 "round", "start", "beginning", "outset",
                 # how high the official was ("a top U.S. official"), not what about
                 "top"}
#: Verbs that make a when/where question about something else than the meeting ("expect the first flight").
NOT_ABOUT_MEETING = {"expect", "expected", "due", "plan", "planned", "schedule", "scheduled", "launch", "agree",
                      "agreed", "decide", "decided", "announce", "announced", "sign", "signed", "ink", "inked", "open",
                      "take",
                      "begin", "start", "set", "say", "said", "propose", "proposed", "commit", "committed",
                      "office", "appoint", "appointed", "elect", "elected", "become", "became", "born", "die", "died",
                      "found", "founded", "establish", "established", "create", "created", "release", "released",
                      "end", "ended", "enter", "entered", "adopt", "adopted", "thank", "thanked", "praise",
                      "praised", "urge", "urged", "congratulate", "congratulated", "invite", "invited",
                      # what someone did at it ("who gave an update on the Call to Action"), not who met
                      "gave", "give", "made", "brought", "sent", "wrote", "briefed", "presented", "updated"}
LIGHT_VERBS = {"offer", "propos"}
#: Nouns for whom a meeting was with ("the first call of which foreign leader"): a meeting of them is theirs.
MET_PERSON_NOUNS = ("leader", "leaders", "president", "presidents", "minister", "ministers", "head", "heads",
                    "official", "officials", "country", "countries", "nation", "nations", "counterpart",
                    "counterparts", "people", "person", "persons", "governor", "governors", "king", "kings",
                    "monarch", "monarchs", "envoy", "envoys", "interlocutor", "interlocutors")
#: Nouns that only name the kind of answer asked for ("which country", "what amount").
ANSWER_CATEGORIES = {"country", "countries", "nation", "nations", "city", "cities", "place", "places", "person",
                      "people", "official", "officials", "leader", "leaders", "minister", "ministers", "amount",
                      "figure", "number", "sum", "money", "date", "day", "year", "month", "kind", "type", "sort",
                      "thing", "things", "one", "ones", "body", "organization", "organisation", "group", "specific"}
# fmt: on

#: what happens rather than meets: a time written before one of these ("North Korea's March 24, 2022 ICBM
#: launch", "Burma's 2021 coup") is when it happened, not when the meeting was
HAPPENING_NOUNS = frozenset(
    "launch launches test tests coup invasion attack attacks assault strike strikes ceasefire truce election "
    "elections referendum earthquake earthquakes flood floods flooding hurricane typhoon cyclone tsunami shooting "
    "bombing bombings explosion crash massacre uprising withdrawal evacuation offensive incursion annexation "
    "takeover crackdown protests detention arrest killing killings assassination inauguration eruption wildfire "
    "wildfires disaster outbreak raid raids sabotage collapse blast blasts fire fires shootings fighting clashes "
    "hostilities".split()
)
#: What a country's possessive stands before as a thing it did: an event, or the war it wages ("Russia's war")
DONE_BY_A_COUNTRY = HAPPENING_NOUNS | {"war", "aggression", "airlift", "airlifts", "junta", "regime"}
#: Words that never qualify an event's noun ("did she launch", "Poland's Duda regarding"), as a regex alternation
FUNCTION_WORDS = (
    "the|a|an|to|of|for|with|did|does|do|will|would|might|may|can|could|should|has|have|had|was|were|is|are|be|been|"
    "since|and|or|in|on|at|by|from|that|which|who|whose|as|its|their|his|her|about|regarding|concerning|over|amid|"
    "after|following|during|before|into|toward|towards|against|under|between|among|through|via|despite|without|within|upon"
)

#: What a government says or does on paper, dated by a time before it ("Denmark's February 10, 2022 announcement",
#: "which March 2021 decision"): when that was, not when the meeting was.
ISSUED_NOUNS = frozenset(
    "announcement announcements decision decisions declaration statement statements speech address law laws "
    "order orders decree report letter resolution vote pledge proposal plan strategy budget sanctions".split()
)

#: Words of a question about a meeting's list of people that describe the list, not the person on it ("Which
#: governor was among the speakers ...", "... took part in ...").
ROSTER_LIST_WORDS = _words(
    "speaker speakers attendee attendees participant participants panelist panelists panellist panellists listed "
    "list roster among took part taking participated joined represented attended behalf"
)
#: Stems of words for anyone on such a list ("Which California officials took part"): they describe no one.
ANYONE_STEMS = frozenset({"offici", "leader", "peopl", "person", "member", "figur", "guest", "particip"})
#: Stems of the verbs that say a meeting was held ("the leaders she convened"): the meeting, not its topic.
HELD_STEMS = frozenset({"conven", "host", "gather", "hold", "held", "join", "invit"})
#: Words that say a clause is about a meeting ("When Biden met ...", "During his stop in Chisinau, ...").
SCENE_MEETING_WORDS = (
    "call calls called meeting meetings met meet visit visited visiting trip talks talked spoke phoned telephoned rang "
    "conversation summit session stop dialogue consultations hosted travel traveled travelled saw held convened "
    "sat received welcomed"
).split()
#: Verbs with "back" that say a way back, not backing ("diplomats going back to Ukraine").
WAY_BACK_VERBS = (
    "go goes going went gone come comes coming came get getting got bring brought head heading headed move "
    "moving moved fly flew return returning"
).split()
#: Words before a subject's meeting, in a question, that describe the scene: prepositions of topic that end it.
TOPIC_PREPOSITIONS = ("about", "on", "regarding", "concerning", "over")
#: words that open another clause or phrase: a title after them ("about Afghanistan when Foreign Minister Marsudi
#: visited") is not the office of the country before them
CLAUSE_OPENERS = _words(
    "when whenever while before after as during since until once with and but because where that who whom which if than"
)
#: Fields of an office a question writes in lower case ("national security advisor", "the defense ministers"),
#: and the offices' heads: who met, never what was said.
OFFICE_FIELDS = tuple(
    (
        "national security|homeland security|foreign|defense|defence|finance|trade|economy|interior|health|energy|"
        "agriculture|commerce|transportation|treasury|labor|labour|education|housing|justice|veterans affairs"
    ).split("|")
)
OFFICE_HEADS = _words("adviser advisers advisor advisors minister ministers secretary secretaries chief chiefs")
#: Nouns that say where something was ("during his stop in a capital city, what kind of ceremony ..."): a place
#: said beside the phrase that asks, not what the answer must state.
PLACE_NOUNS = _words("capital city country nation state region island town province port")
#: Offices whose holders serve another's ("the President's deputy national security adviser", "the Secretary's
#: special envoy"): a question naming one names that person, not the office they serve.
SERVING_OFFICES = (
    "advis[eo]rs?",
    "deputy",
    "deputies",
    "envoys?",
    "coordinators?",
    "spokes(?:person|man|woman)",
    "counsel(?:l?or)?",
    "assistants?",
    "chief",
    "directors?",
    "aides?",
    "staff",
    "press secretary",
    "representatives?",
)
#: What is launched as an event, not announced: before "launch" ("missile launch") and after it ("launched its
#: full-scale attack").
LAUNCHED_THINGS = _words("missile missiles rocket ballistic icbm icbms satellite space test nuclear weapon weapons")
LAUNCHED_ATTACKS = _words("attack attacks invasion war offensive assault strike strikes incursion")
#: Words before "call" that make it the meeting ("their video call on February 11"), not an appeal.
CALL_NOUN_BEFORE = _words("a the their his her its our this that video phone telephone virtual first last")

#: Words after a person's possessive that make the thing theirs as a side of a meeting ("Blinken's delegation",
#: "Biden's first call"), beside the meeting nouns.
SIDE_WORDS = tuple(
    "delegation team entourage party tour stop first second last latest earlier recent phone video virtual bilateral "
    "trilateral own".split()
)
#: Words that only describe a side of a meeting or the meeting itself in a list of meetings ("talking with a member
#: of the Emirati leadership", "the head of Libya's interim government", "either the Secretary or the Deputy").
DESCRIBING_A_SIDE = _words(
    "head heads member members leadership leader leaders official officials counterpart counterparts interlocutor "
    "interlocutors representative representatives one either both role senior top chief taking take took part sitting "
    "sit down receiving hosting talking speaking meeting meetings call calls conversation conversations person "
    "face own single interim acting transitional state department himself herself entirely only solely rather "
    "video link phone telephone virtual virtually videoconference presidents ministers chancellors kings emirs"
)
#: Words that only say a readout's date is asked ("carry a publication date of", "are dated", "were issued on", "in
#: the collection").
READOUT_DATE_WORDS = _words(
    "carry carries bear bears publication published publish date dated dates issued released put out collection "
    "corpus archive"
)
#: People a "which" question asks for whom an office alone answers only if it is of that kind ("which House
#: members": not "the President"), unlike "which officials".
NAMED_OFFICE_KINDS = ("members", "governors", "mayors", "senators", "lawmakers", "legislators", "executives", "ceos")
#: Last words of a thing's name ("the Build Back Better Agenda", "the Amazon Fund"): what is talked about, even in a
#: readout's title, never who met
THING_NAME_ENDS = frozenset(
    "Agenda Plan Act Program Programme Strategy Action Policy Constitution Initiative Framework Agreement Accord "
    "Accords Treaty Bill Law Deal Fund".split()
)
#: Last words of a capitalised pair that is no one's name, besides the lexicon's for public bodies, places and
#: gatherings (``PUBLIC_NAME_ENDS``, ``INSTITUTION_WORDS``, ``NOT_PEOPLE_WORDS``): "the Mercer Street", "the Aramoun
#: Training Academy", "International Narcotics and Law Enforcement"
NOT_SURNAME_ENDS = frozenset(
    "Street Square Avenue Road Valley Coast Bridge Corridor Dam Prefecture Academy Training College School "
    "University Hospital Authority Bureau Party Movement Front Enforcement Affairs Security Development Cooperation "
    "Project Vehicles Vehicle Missiles Missile Weapons Systems System Drones".split()
)
#: Endings that make another form of one word from its stem ("ukrain" + "ian", "partner" + "ship", "econom" + "i"):
#: the longer of two stems is a form of the shorter when the rest is one of these ("spoke" + "sperson" is not)
FORM_ENDINGS = frozenset(
    "s es e n an ian ese i ic al ial ship ment ion ionship er est en y ity ive ori atori ist ism eri ri enc it ern "
    "istan enti t ed ing ean or ors secur spac".split()
)
#: Endings of two forms of one word that stand for each other after their shared letters ("respon" + "d" / "s",
#: "urgen" + "t" / "c", "democra" + "t" / "ci", "migra" + "t" / "nt")
FORM_ALTERNATIONS = frozenset(frozenset(p.split("/")) for p in "d/s t/c t/d t/ci t/nt".split())
#: Stems the endings above would join that are two words ("police" and "policy")
DISTINCT_FORMS = frozenset(frozenset(p.split("/")) for p in "polic/polici".split())
#: words after what "how many" counts that say how exactly ("how many rescue boats exactly did ..."): not the thing
COUNT_ADVERBS = _words("exactly precisely altogether overall total roughly approximately all")
#: Adverbs that say how, not what: no word of a question's topic ("credit him personally", "roughly how many")
MANNER_ADVERBS = _words("personally roughly approximately")
#: Words of no topic: those adverbs, and prepositions the stopwords lack ("which union presidents were among ...")
NO_TOPIC = MANNER_ADVERBS | _words("among amongst another")  # ("a symbol of friendship with another country")
#: Adverbs a question may open with ("Roughly how much ...", "Briefly, what ..."): never a name, though capitalised
OPENING_ADVERBS = COUNT_ADVERBS | _words(
    "briefly specifically generally basically essentially finally lastly additionally separately similarly "
    "likewise meanwhile again also besides just quickly personally across throughout amid beyond despite within among "
    "since"
)
#: Things "how many" may ask too generally to be counted in the same word ("how many people", "how many times").
ANY_COUNT = _words(
    "people persons times ones more others years months weeks days hours them items objects things pieces"
)
#: things whose length a question may ask ("how long is the border"): the answer is a number, not a time
LENGTHS = (
    r"(?:border|borders|frontier|coastline|coast|pipeline|railway|railroad|rail line|road|highway|bridge|tunnel|"
    r"corridor|route|cable|canal|river|wall|fence|runway)\b"
)
#: A member of a body that is a person ("which Virginia member attended", "which cabinet member"), not a
#: country ("which NATO member"): a pattern over a lower-case question.
MEMBER_OF = (
    "(?:cabinet|team|delegation|house|congressional|caucus|committee|"
    + "|".join(sorted(s.lower() for s in US_STATES))
    + ") member"
)

#: The words just before a country that make it what a side said something about, not a side ("Blinken's line on
#: Yemen", "her treatment of North Korea in her meeting with Kishida", "what they said about working with Japan").
SAID_ON = (
    r"\b(?:(?:on|about|regarding|concerning|over|(?:treatment|handling|discussion|mention|framing|portrayal)\s+of)"
    r"|(?:on|about|regarding|concerning)\s+(?:\w+ing|ties|relations|cooperation|coordination|engagement)\s+with"
    r"|(?:diplomacy|relations|ties|engagement)\s+with)"
    r"\s+(?:the\s+)?$"
)

#: the places two meetings may share ("held in the same city"): a comparison that asks where each was
SAME_PLACE = r"(?:city|town|place|venue|location)\b"
#: the words of a comparison, in lower case: "different" as "not alike", not as "various" ("followers of different
#: religions"); "differences" not as a dispute ("resolving long-standing trade differences")
COMPARING = (
    r"\b(?:compare(?!\s+notes\b)|compared|comparison|differ|differed|differently|different(?=\s+(?:from|than|in|between|about|"
    r"at|on)\b|\s*[?,.;]|$)|difference|(?<!trade )(?<!standing )(?<!outstanding )(?<!remaining )(?<!policy )"
    r"(?<!political )differences|contrast|versus|vs\.?|(?:changed?|shift(?:ed)?|evolved?|moved? on) "
    r"between|what changed|how had [^?]{0,80}? moved on|in common|"
    rf"(?:in|at) the same (?:{SAME_PLACE}|country|capital))\b"  # "held in the same city?"
)

#: what a leader's possessive may stand before as what was talked about, never a meeting of theirs ("Putin's war",
#: "Lukashenka's crackdown", "Assad's regime")
WAGED_THINGS = frozenset(
    "war wars invasion aggression regime crackdown attack attacks assault forces troops brutality repression".split()
)

_SESSIONS = r"(?:meetings?|calls?|sessions?|conversations?|visits?|engagements?|readouts?)\b"
#: a closing clause that says what counts ("..., whether the exchange program itself or an institution bearing its
#: name?", "..., counting calls, meetings and group calls?", "..., group meetings included?", "..., whatever post he
#: held at the time?"): no part of its own, no topic, no meeting kind
QUALIFIER = (
    r",\s*(?:(?:whether|either|under|by)\b[^?,]*\bor\b|(?:counting|including both|counting both)\b[^?]*\b(?:and|or)\b|"
    rf"(?:including|counting|{'|'.join(LEAVING_OUT)})\s+(?:[\w\-]+\s+){{0,2}}{_SESSIONS}|wh(?:at|ich)ever\b(?=[^?,]*\??$)|"
    rf"(?:[\w\-]+\s+){{0,2}}{_SESSIONS}\s+(?:included|counted|excluded|too|as well)\b)"
    r"[^?]*(?=\?\s*$|$)"
)
#: A question about the close of the meeting ("How did he close out the conversation?", "Closing her call with
#: President Ali, ...", "at the end of the meeting"), not of something else ("ending the war in his call")
CLOSING_ASKED = (
    r"(?<![\w\-])(?:(?:clos(?:e|ed|es|ing)(?:\s+out)?|end(?:ed|s|ing)?|conclud(?:e|ed|es|ing)|wrap(?:ped|s|ping)?\s+up)"
    r"\s+(?:the|her|his|their|its|our|that|this)|at\s+the\s+(?:close|end)\s+of\s+(?:the|her|his|their|its|our|that))"
    r"(?:\s+(?!(?:after|before|since|during|following|with|by|in|on|about|over|to|for|against|of)\b)[\w'\u2019\-]+){0,3}?"
    r"\s+(?:call|conversation|meeting|talks?|visit|exchange|discussion)\b"
)
#: The words of such a question that say it asks about the close, no topic ("close out", "wrap up")
CLOSING_WORDS = frozenset(
    "close closed closing out end ended ending conclude concluded concluding wrap wrapped up".split()
)
#: Given names and the first letters of the names they are short for ("Liz" Sherwood-Randall is "Elizabeth").
SHORT_GIVEN_NAMES = MappingProxyType(
    {
        "liz": "eli",
        "beth": "eli",
        "betsy": "eli",
        "bill": "wil",
        "bob": "rob",
        "dick": "ric",
        "chuck": "cha",
        "ted": "edw",
        "ned": "edw",
        "tony": "ant",
        "jim": "jam",
        "jack": "joh",
        "hank": "hen",
        "peggy": "mar",
        "joe": "jos",
        "mike": "mic",
        "tom": "tho",
        "sue": "sus",
        "jake": "jac",
    }
)
#: Initials of things, not of bodies ("COVID", "LNG"): no answer to "which agency".
INITIALS_OF_THINGS = frozenset(
    "COVID CEO CEOs LNG ICBM NPT JCPOA III LGBTQI NHPI TPS WMD CHIPS AIDS HIV START GDP PPE MOU SWOT USA".split()
)

#: What is someone's without being them ("President Ramaphosa's office", "Biden's team"), as patterns.
BELONGINGS = (
    "office",
    "staff",
    "team",
    "government",
    "cabinet",
    "delegation",
    "administration",
    "aides?",
    "advis[eo]rs?",
)
#: Phrases of asking (patterns, any case) and the words of each that say nothing of what a question is about: "the
#: table" of "what was on the table", "well" of "as well", "long" of "how long", "full" of "their full names".
#: how a question says the readout's writer put something ("the White House characterize", "the State Department's
#: account of")
_WRITER_SAYS = r"(?:characteri[sz]\w*|describ\w*|portray\w*|summ\w*\s+up|label\w*|depict\w*|account\s+of|readout)\b"
ASKING_PHRASES = (
    (r"\b(?:on|off)\s+the\s+table\b", frozenset({"table"})),  # (not "which readouts mention the negotiating table")
    (r"\bfull names?\b", frozenset({"full"})),  # "the full name of": who, no topic
    (r"\bface[- ]to[- ]face\b", frozenset({"face"})),  # how they met, no topic
    (r"\breadouts?\s+(?:are|is)\s+accounts?\s+of\b", frozenset({"accounts", "account"})),
    (r"\bas\s+well\b", frozenset({"well"})),  # "Did they get into the Rohingya as well?"
    (r"\bsituation\s+(?:in|on|inside)\s+(?-i:[A-Z])", frozenset({"situation"})),  # "the situation in Venezuela": it
    # "Blinken's evening call of August 5": when in the day, no topic; "by the readout's own account": its source
    (
        r"\b(?:morning|afternoon|evening|night)\s+(?:phone\s+)?(?:calls?|meetings?|conversations?|talks)\b",
        frozenset({"morning", "afternoon", "evening", "night"}),
    ),
    (r"\bby\s+(?:the\s+readouts?['\u2019]s?|its|their)\s+own\s+accounts?\b", frozenset({"account", "accounts", "own"})),
    # the sides of the meeting, no topic: "the two men", "both teams" (delegations), "the pair", "the city-state"
    (r"\b(?:the\s+)?(?:both|two|three|four)\s+men\b", frozenset({"men"})),  # (not "young men")
    (r"\b(?:the two|both)\s+teams\b", frozenset({"teams"})),
    (r"\bthe\s+pair\b", frozenset({"pair"})),  # "when had the pair last talked"
    (r"\bthe\s+city-state\b", frozenset({"city"})),  # Singapore, as a side
    (r"\bhow\s+(?:long|soon)\b", frozenset({"long", "soon"})),  # "how long would it take to know more"
    (r"\bhow\s+(?:big|large)\b", frozenset({"big", "large"})),  # "how big was it": a figure, no topic
    # "the one on Feb 1 and the one on Feb 12", "each one": a meeting spoken of again, no topic (not "One China")
    (r"\bthe\s+one\s+(?:on|in|at|of|with|from|that|which|held|dated)\b|\beach\s+one\b(?!-)", frozenset({"one"})),
    (r"\bin\s+each\s+case\b", frozenset({"case"})),  # "where had it taken place in each case"
    # "received the crown prince in the U.S. capital": where they met, no topic (not "an incident in the capital")
    (
        r"\b(?:met|meet|received|hosted|welcomed|saw)\b(?:(?!\b(?:about|regarding|on)\b)[^?.]){0,80}\bin\s+(?:the\s+)?"
        r"(?:U\.S\.|(?-i:[A-Z][a-z]+)|nation['\u2019]s)\s+capital\b",
        frozenset({"capital"}),
    ),
    (r"\btaken\s+place\b", frozenset({"taken"})),  # "where had it taken place": when or where, no topic
    (r"\b(?:sum|sums|summed|summing)\s+up\b", frozenset({"sum", "sums", "summed", "summing"})),  # (not "a sum of")
    # "what was the broader subject they discussed" (not "their broader cooperation", "how the wider world reacts")
    (
        r"\b(?:broader|wider)\s+(?:subject|topic|theme|aim|purpose|backdrop|context|focus|agenda)s?\b",
        frozenset({"broader", "wider"}),
    ),
    (r"\b(?:put|puts|putting)\s+pen\s+to\s+paper\b", frozenset({"pen", "paper"})),  # signed: no topic
    (r"\bnear\s+(?:which|what)\b", frozenset({"near"})),  # "near which city": a place asked, no topic
    (r"\bdrop(?:s|ped|ping)?\s+(?:in|by)\b", frozenset({"drop", "drops", "dropped", "dropping"})),  # who joined
    (r"\bpencil(?:l)?ed\s+in\b", frozenset({"pencilled", "penciled"})),  # "the trip pencilled in for": a date
    (r"\b(?:lined|lines|lining|line)\s+up\b", frozenset({"lined", "lines", "lining", "line"})),  # "lined up to host"
    # "in the last days of December 2022": a time, no topic
    (
        r"\b(?:last|final|closing|first|opening)\s+(?:days?|weeks?)\s+of\b",
        frozenset({"last", "final", "closing", "first", "opening", "day", "days", "week", "weeks"}),
    ),
    # "someone from the administration", "anyone more senior from the State Department": who met, not what it was
    # about (not "the administration's diplomacy")
    (
        r"\b(?:some|any)(?:one|body)\s+(?:(?:more\s+)?senior\s+|else\s+)?(?:from|in|of)\s+the\s+(?:[\w\-]+\s+)?"
        r"(?:administration|department)\b",
        frozenset({"administration", "department", "state"}),
    ),
    # "which readouts published in December 2022": when, no topic; "foreign heads of state": who, no topic
    (r"\breadouts?\s+(?:published|issued|released|dated)\b", frozenset({"published", "issued", "released", "dated"})),
    (r"\b(?:foreign|other)\s+heads\s+of\s+(?:state|government)\b", frozenset({"heads", "state", "government"})),
    # "how did the White House characterize the talks": who wrote the readout, not what the talks were about (not
    # "the White House Summit for Democracy", a name)
    (rf"\b(?:the\s+)?white\s+house(?:['\u2019]s)?\s+{_WRITER_SAYS}", frozenset({"white", "house"})),
    (
        rf"\b(?:the\s+)?(?:state\s+department|department\s+of\s+state)(?:['\u2019]s)?\s+{_WRITER_SAYS}",
        frozenset({"state", "department"}),
    ),
)
#: what a question says a country was talked of by, just before it ("about", "conditions in", "the situation in"):
#: a pattern over the question
TALKED_OF = r"\b(?:about|regarding|concerning|(?:situation|conditions|developments|crisis|unrest)\s+in)\s+(?:the\s+)?$"
