"""Words a question and a readout use for one thing, as groups of the tokenizer's stems. Data only (and the groups
read as a map from each word to the others)."""

from .places import CAPITAL_OF
from .tokenize import stem

#: The words for the pandemic, its names among them (a group of ``SYNONYM_GROUPS``; the one whose name is found in a
#: passage by another of its words)
PANDEMIC = ("coronavirus", "covid", "covid-19", "pandem")
#: The nouns of aid, one thing in either word when a sum's thing is looked for (not "help" nor "fund", verbs as often
#: as not)
AID_NOUNS = ("aid", "assist")
#: The kinds of aid, by the stems that qualify an aid noun: each another thing ("military" and "security" one kind,
#: "humanitarian" another): "the lethal military aid" is not "$22 million in humanitarian aid"
AID_KINDS = {
    **dict.fromkeys(("militari", "secur", "defens", "lethal", "nonleth", "weapon"), "military"),
    **dict.fromkeys(("humanitarian", "relief", "food", "medic", "health"), "humanitarian"),
    **dict.fromkeys(("econom", "develop", "budget", "financi", "macroeconom"), "economic"),
}

#: Words a question and a readout use for the same thing (stems as the tokenizer makes them; each group is
#: one meaning). A question's topic word is stated by a sentence that has any word of any of its groups.
SYNONYM_GROUPS = (
    PANDEMIC,
    ("vaccin", "dose", "shot", "jab", "immun"),
    ("money", "fund", "financ", "assist", "aid", "help", "dollar", "invest"),
    ("weapon", "arm", "munit"),
    ("tariff", "duti", "levi"),
    ("investig", "studi", "inquiri", "probe"),
    ("refuge", "migrant", "asylum", "displac"),
    ("elect", "vote", "poll", "ballot"),
    ("war", "invas", "aggress", "conflict", "crisi", "crise", "hostil", "fight"),
    ("troop", "forc", "soldier", "servicememb", "deploy"),
    ("mass", "amass", "buildup"),  # "Russia massing troops": "Russia's escalating military buildup"
    ("talk", "negoti", "dialogu", "communic", "channel"),
    ("sanction", "penalti"),
    ("climat", "emiss", "carbon"),
    ("hostag", "detaine", "detain", "detent", "prison", "imprison", "jail", "captiv", "stuck"),
    ("ceasefir", "truce", "cessat", "paus"),  # "the pause in fighting in Yemen": "the truce in Yemen"
    ("educ", "academ", "school", "univers", "student", "scholarship", "classroom"),
    ("energi", "power", "electr", "gas", "oil", "fuel"),
    ("trade", "commerc", "export", "import"),
    ("secur", "defens", "defenc", "militari"),
    ("health", "medic", "hospit"),
    ("rememb", "reflect", "commemor", "honor", "honour", "tribut", "mourn", "legaci", "memori"),
    ("food", "grain", "wheat", "hunger", "agricultur"),
    ("border", "boundari", "frontier"),
    ("sidelin", "margin"),
    ("panel", "committe"),  # "the upper chamber's judiciary panel": the Senate Judiciary Committee
    ("stake", "invest"),  # "their government's stake in his country's security": "remains invested in"
    ("kill", "assassin", "murder"),  # "whose killing prompted the call": "the assassination of President Moïse"
    ("die", "kill", "death", "dead", "fatal"),  # "who else died in the attack": "was killed in the attack"
    ("contact", "touch"),  # "would keep in close contact": "will stay in close touch"
    ("sign", "signatur"),  # "put their signatures to": signed
    ("sea", "maritim", "naval", "ocean"),
    ("technolog", "tech", "digit"),
    ("summit", "ministeri", "confer", "g7", "g20", "gather"),
    ("nuclear", "atom"),
    ("space", "satellit", "orbit", "lunar", "nasa", "cosmos"),
    ("lawmak", "legisl", "congress", "congressmen", "congresswomen", "parliamentarian"),
    ("creat", "establish", "launch", "inaugur", "start", "kick"),  # ("held to kick off": "to inaugurate")
    ("expand", "widen", "broaden", "extend", "enlarg"),
    ("tie", "relat", "relationship", "bond", "friendship"),
    ("deal", "agreement", "pact"),
    ("travel", "accompani", "visit", "trip"),
    ("along", "accompani"),  # "who went along with him": "was accompanied by"
    ("travel", "visa"),  # "travel between the two countries": "the Visa Waiver Program"
    ("ran", "moder", "facilit", "steer", "chair"),  # "who ran the discussion": "the conversation was moderated by"
    ("quick", "swift", "rapid", "speedi", "expediti", "immedi"),  # "quick passage": "act swiftly to pass it"
    ("prepar", "readi"),  # "what were they getting ready for": "preparations for ..."
    ("expert", "specialist", "technician"),
    ("respond", "respons"),
    ("governor", "gov"),  # "New Jersey Gov. Phil Murphy"
    ("withdraw", "pullback", "pullout", "pull-out"),  # "how complete a pullback": "fully withdraw"
    ("complet", "full", "fulli", "entir", "entire", "total"),
    ("restart", "relaunch", "resum", "reviv", "reinvigor", "reactiv", "reopen"),
    ("stage", "phase", "step"),
    ("staff", "personnel", "employe"),
    ("staff", "team"),  # "were their staffs told to": "tasked their teams to" (a team is no count of personnel)
    ("keep", "maintain", "preserv", "sustain", "continu"),
    ("upcom", "forthcom"),
    ("hope", "optim", "optimist"),  # "what did he say he hoped others would do": "expressed his optimism that ..."
    ("pay", "purchas", "procur"),  # "what was it meant to help pay for": "to support the purchase of vaccines"
    ("curb", "combat", "tackl", "halt", "counter"),
    ("cooper", "collabor"),
    ("necess", "necessari", "essenti"),
    ("condol", "sympathi", "sorrow", "grief", "commiser"),
    ("updat", "brief", "inform"),
    ("occas", "anniversari", "mark", "celebr", "jubile"),
    ("evacu", "airlift"),
    ("freed", "releas"),  # "did he name anyone he wanted freed": "called for the release of"
    ("compani", "firm", "enterpris", "industri", "corpor"),  # "companies": "corporate leaders"
    ("adopt", "implement"),  # "call on companies to adopt the steps": "that corporate leaders implement the measures"
    ("worker", "employe", "workforc"),
    ("damag", "harm", "impact"),  # "what knock-on damage to businesses": "serious effects on companies"
    ("regul", "watchdog", "supervisor"),
    ("donat", "gift"),
    ("awar", "knew", "know", "knowledg"),
    ("children", "child", "kid", "pediatr"),
    ("lean", "press", "pressur"),  # "to lean on fuel companies": "to press the energy industry"
    ("plant", "station"),  # "an atomic energy station": "a nuclear power plant"
    ("blaze", "fire"),
    ("impair", "disabl"),  # "people living with impairments": "disability rights leaders"
    ("campaign", "advoc"),
    ("meal", "breakfast", "lunch", "dinner"),  # "over for a morning meal": "hosted ... for breakfast"
    ("ashor", "landfal"),
    ("extra", "addit"),
    ("overhaul", "reform", "revamp"),  # "overhauling its law enforcement": "police and criminal justice reform"
    ("polic", "enforc"),
    ("court", "justic", "judici", "judiciari", "tribun"),
    ("fair", "expo", "exhibit"),
    ("assault", "offens"),  # "pressing their assault against": "a devastating offensive on"
    ("clergi", "faith", "religi", "pastor", "rabbi", "imam"),
    ("plane", "flight", "aircraft"),  # "those planes ... to fly to": "the flights"
    ("hardwar", "weapon"),
    ("crime", "crimin", "gang", "cartel"),  # "the country's organized-crime problem": "combat gang violence"
    ("portion", "part", "partway"),  # "dropped in for a portion of the talks": "joined the group for part of it"
    ("explos", "blast"),  # "the Baku blast": "the explosion in Baku"
    ("tournament", "cup", "championship"),  # "the big football tournament": "the World Cup"
    ("onlin", "internet"),  # "help people get online": "to access the Internet"
    ("regular", "annual", "recur"),  # "a regular get-together": "an annual meeting of the group"
    ("jobless", "unemploy"),  # "jobless aid": "unemployment benefits"
    ("laps", "expir"),  # "payments would lapse": "benefits would start expiring"
    ("missil", "rocket", "projectil"),  # "Tehran's projectile strikes": "the Iranian missile attacks"
    ("strain", "variant"),  # "the newly detected coronavirus strain": "the Omicron variant"
    ("contagi", "transmiss", "infecti"),  # "how contagious": "transmissibility"
    ("ship", "vessel", "boat"),  # "what sort of vessel": "a commercial ship"
    ("attack", "hit"),  # "what did Iran hit": "Iran’s attack on the Mercer Street" (not a "rail strike")
    ("broad", "wide", "comprehens", "expans", "sweep"),  # "a broad agenda": "an ambitious and wide-ranging agenda"
    ("neighbourhood", "neighborhood", "region"),  # "standing in its neighbourhood": "its important role in the region"
    ("broker", "mediat"),  # "who had been brokering the talks": "mediated by" (not "facilit": "facilities")
    ("common", "share"),  # "what values do they have in common": "our countries' shared democratic values"
    ("refrain", "avoid"),  # "should refrain from one-sided steps": "to avoid unilateral measures"
    ("graft", "corrupt", "briberi", "kleptocraci"),  # "a head of state's fight against graft": "fighting corruption"
    ("pontiff", "pope", "papal"),  # "the pontiff's landmark trip to Iraq": "the historic visit of Pope Francis"
    ("relay", "convey"),  # "the message he had relayed": "conveyed to President Abbas"
    ("condit", "situat"),  # "conditions in Nicaragua": "the deteriorating situation in Nicaragua"
    ("fema", "disast"),  # "the head of the federal disaster agency": "FEMA Administrator Criswell"
    ("suggest", "recommend"),  # "put forward suggestions for": "shared recommendations to spur ..." (not "propos":
    # "What did Blinken recommend to Lavrov": not "Russia's security proposals")
    ("blackout", "outag"),  # "possible mass blackouts": "the potential for widespread power outages"
    ("wish", "greet"),  # "sent seasonal good wishes": "extended Passover greetings"
    ("coup", "takeov", "putsch"),  # "concern about a military takeover": "the military coup in Burma"
    ("choic", "decis"),  # "people's most private choices": "to make the most intimate decisions"
    ("privat", "intim"),
    ("bomb", "strike", "airstrik"),  # "what strike from that same day": "today's bombing near Babyn Yar"
)


#: British spellings and the American ones of readouts from Washington, as words (their stems differ: "programmes"
#: "programm", "programs" "program"; "organisation" "organis", "organization" "organiz"): one word either way
SPELLINGS = (
    ("neighbour", "neighbor"),
    ("neighbouring", "neighboring"),
    ("behaviour", "behavior"),
    ("labour", "labor"),
    ("harbour", "harbor"),
    ("favour", "favor"),
    ("endeavour", "endeavor"),
    ("colour", "color"),
    ("rumour", "rumor"),
    ("vigour", "vigor"),
    ("armour", "armor"),
    ("programme", "program"),
    ("organise", "organize"),
    ("organisation", "organization"),
    ("recognise", "recognize"),
    ("characterise", "characterize"),
    ("prioritise", "prioritize"),
    ("stabilise", "stabilize"),
    ("stabilisation", "stabilization"),
    ("mobilise", "mobilize"),
    ("modernise", "modernize"),
    ("modernisation", "modernization"),
    ("normalise", "normalize"),
    ("normalisation", "normalization"),
    ("finalise", "finalize"),
    ("criticise", "criticize"),
    ("emphasise", "emphasize"),
    ("authorise", "authorize"),
    ("authorisation", "authorization"),
    ("utilise", "utilize"),
    ("minimise", "minimize"),
    ("maximise", "maximize"),
    ("summarise", "summarize"),
    ("apologise", "apologize"),
    ("militarise", "militarize"),
    ("militarisation", "militarization"),
    ("weaponise", "weaponize"),
    ("democratisation", "democratization"),
    ("privatisation", "privatization"),
    ("urbanisation", "urbanization"),
    ("analyse", "analyze"),
    ("catalogue", "catalog"),
    ("centre", "center"),
    ("theatre", "theater"),
    ("fibre", "fiber"),
    ("metre", "meter"),
    ("kilometre", "kilometer"),
    ("litre", "liter"),
    ("manoeuvre", "maneuver"),
    ("offence", "offense"),
    ("licence", "license"),
    ("pretence", "pretense"),
    ("travelled", "traveled"),
    ("travelling", "traveling"),
    ("traveller", "traveler"),
    ("cancelled", "canceled"),
    ("cancelling", "canceling"),
    ("fuelled", "fueled"),
    ("fuelling", "fueling"),
    ("labelled", "labeled"),
    ("channelled", "channeled"),
    ("signalled", "signaled"),
    ("counselling", "counseling"),
    ("modelling", "modeling"),
    ("judgement", "judgment"),
    ("sceptical", "skeptical"),
    ("paediatric", "pediatric"),
    ("ageing", "aging"),
    ("aluminium", "aluminum"),
    ("jewellery", "jewelry"),
    ("grey", "gray"),
)


def _synonym_map() -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    spelt = tuple((stem(b), stem(a)) for b, a in SPELLINGS if stem(b) != stem(a))
    for group in (*SYNONYM_GROUPS, *spelt):
        for w in group:  # a word in two groups ("staff") is stated by the words of both
            out[w] = tuple(dict.fromkeys(out.get(w, ()) + tuple(x for x in group if x != w)))
    return out


#: each word of ``SYNONYM_GROUPS`` to the other words of its groups
SYNONYMS_OF = _synonym_map()

#: Things counted alike: "how many gatherings" is answered by "more than 20 convenings" (only where a number
#: counts them: "gather" states no convening as a topic).
COUNTED_ALIKE = (
    ("meet", "gather", "conven", "session", "roundtabl", "event", "confer", "summit"),
    ("countri", "nation", "state", "alli", "member", "partner", "economi", "govern"),
    ("offici", "leader", "minist", "repres", "member", "particip", "deleg", "senat", "lawmak", "legisl"),
    ("ship", "vessel", "boat", "tanker"),
    # units a readout abbreviates or scales ("8.8 lb", "1.5 gigatons")
    ("pound", "lb", "lbs"),
    ("kilogram", "kg"),
    ("kilomet", "km"),
    ("mile", "mi"),
    ("ton", "tonn", "gigaton"),
)

#: Kinds of thing a readout counts that never stand for one another (stems): a number of one is no answer to how
#: many of another ("how many rescue boats": "Up to 16 Coast Guard aircraft", "over 100 people")
DISTINCT_COUNTED = (
    ("aircraft", "plane", "airplan", "jet", "helicopt", "airlift", "flight"),
    ("ship", "vessel", "boat", "tanker", "cutter", "ferri"),
    ("vehicl", "truck", "car", "buse", "bus"),
    ("dose", "vaccin", "shot"),
    ("missil", "rocket"),
    ("generat",),  # supplies staged for a storm, each counted apart ("meals, tarps, and generators")
    ("tarp",),
    ("meal",),
    ("acr", "hectar", "mile", "kilomet"),
    ("school", "hospit", "clinic", "shelter", "home", "hous", "build"),
    (
        "peopl",
        "person",
        "individu",
        "famili",
        "household",
        "resid",
        "citizen",
        "children",
        "women",
        "men",
        "civilian",
        "american",
        "staff",
        "personnel",
        "worker",
        "employe",
        "troop",
        "soldier",
        "respond",
        "survivor",
        "refuge",
        "evacue",
        "volunt",
        "firefight",
    ),
)

#: People counted who never stand for one another, though people all ("how many U.S. troops": not "millions of
#: Ukrainian refugees"; "how many evacuees" may still be "over 4,000 Afghans")
PEOPLE_APART = (
    ("troop", "soldier", "servicememb", "servicemen", "marin", "sailor", "militari"),
    ("refuge", "evacue", "migrant", "asylum", "displac"),
)

#: Broad topics a question may ask about, and the narrower ones a readout states them by ("Did the environment come
#: up?": "our shared commitment to combat the climate crisis"; "Did public health feature?": "COVID-19 pandemic
#: response"). One way only: a sentence on the environment says nothing of the climate crisis. Not the economy: "trade"
#: is as often a word of a name ("the U.S.-EU Trade and Technology Council").
NARROWER = {
    "environ": ("climat", "emiss", "pollut", "conserv", "biodivers", "deforest", "wildlif"),
    "environment": ("climat", "emiss", "pollut", "conserv", "biodivers", "deforest", "wildlif"),
    "health": ("covid", "covid-19", "coronavirus", "pandem", "vaccin", "diseas", "ebola", "mpox", "hiv", "polio"),
    "weather": ("storm", "hurrican", "flood", "tornado", "typhoon", "cyclon", "snow", "heat", "drought"),
    "disast": ("storm", "hurrican", "flood", "tornado", "typhoon", "cyclon", "earthquak", "wildfir", "drought"),
    # an accord asked about may be a readout's agreement (one way: "according to" says no agreement)
    "accord": ("agreement", "deal", "pact"),
    "cut": ("reduc", "slash"),  # "cut emissions": reduce them
    "scale": ("largest", "biggest", "magnitud"),  # "the scale of the evacuation": "the largest airlift"
    # technology asked: cyber, quantum, chips, AI; not one for another ("semiconductors": no cybersecurity)
    "technolog": ("cyber", "cybersecur", "quantum", "semiconductor", "chip", "artifici"),
    "tech": ("cyber", "cybersecur", "quantum", "semiconductor", "chip", "artifici"),
    # "which body was Senegal leading": "the current chair of the African Union" (one way: "leading to a ceasefire"
    # is no chair)
    "lead": ("chair", "chairmanship", "helm"),
    # a capital city asked of is stated by its name ("the trip to the American capital": "a visit to Washington")
    "capit": tuple(sorted(c for c, country in CAPITAL_OF.items() if " " not in c and c != country)),
}
