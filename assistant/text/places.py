"""Countries and organisations: their names as readouts write them, demonyms and abbreviations.

This is the lexicon's table of parties (kept apart from ``lexicon.py`` only
for its length; it is reviewed the same way). ``COUNTRIES`` maps the name
we show to every other way readouts name the same country; ISO names come
from pycountry, so a country missing here is still recognised by its ISO
name. ``ORGANISATIONS`` does the same for international bodies.
"""

from __future__ import annotations

import re
from types import MappingProxyType

#: Name shown -> other names, demonyms and abbreviations ("|"-separated; case as written in readouts).
_TABLE = """
Afghanistan: Afghan|Afghans
Albania: Albanian
Algeria: Algerian
Andorra: Andorran
Angola: Angolan
Antigua and Barbuda: Antiguan
Argentina: Argentine|Argentinian
Armenia: Armenian
Australia: Australian|Australians
Austria: Austrian
Azerbaijan: Azerbaijani|Azeri
Bahamas: Bahamian|The Bahamas
Bahrain: Bahraini
Bangladesh: Bangladeshi
Barbados: Barbadian|Bajan
Belarus: Belarusian|Belarusians
Belgium: Belgian
Belize: Belizean
Benin: Beninese
Bhutan: Bhutanese
Bolivia: Bolivian
Bosnia and Herzegovina: Bosnian|Bosnia|BiH
Botswana: Motswana|Batswana|Botswanan
Brazil: Brazilian|Brazilians
Brunei: Bruneian|Brunei Darussalam
Bulgaria: Bulgarian
Burkina Faso: Burkinabe|Burkinabè
Burma: Burmese|Myanmar
Burundi: Burundian
Cabo Verde: Cape Verde|Cabo Verdean|Cape Verdean
Cambodia: Cambodian
Cameroon: Cameroonian
Canada: Canadian|Canadians
Central African Republic: Central African|CAR
Chad: Chadian
Chile: Chilean
China: Chinese|PRC|People's Republic of China|Beijing
Colombia: Colombian
Comoros: Comoran|Comorian
Costa Rica: Costa Rican
Cote d'Ivoire: Côte d’Ivoire|Côte d'Ivoire|Cote d’Ivoire|Ivorian|Ivoirian|Ivory Coast
Croatia: Croatian
Cuba: Cuban
Cyprus: Cypriot
Czech Republic: Czech|Czechia
Democratic Republic of the Congo: DRC|Congolese|Democratic Republic of Congo|DR Congo|Congo
Denmark: Danish|Dane|Danes
Djibouti: Djiboutian
Dominica: Dominican (Dominica)
Dominican Republic: Dominican
Ecuador: Ecuadorian|Ecuadorean
Egypt: Egyptian|Egyptians
El Salvador: Salvadoran|Salvadorian
Equatorial Guinea: Equatoguinean|Equatorial Guinean
Eritrea: Eritrean
Estonia: Estonian
Eswatini: Swazi|Swaziland
Ethiopia: Ethiopian|Ethiopians
Fiji: Fijian
Finland: Finnish|Finn|Finns
France: French
Gabon: Gabonese
Gambia: Gambian|The Gambia
Georgia: Georgian
Germany: German|Germans|FRG
Ghana: Ghanaian
Greece: Greek|Hellenic Republic
Grenada: Grenadian
Guatemala: Guatemalan
Guinea: Guinean
Guinea-Bissau: Bissau-Guinean
Guyana: Guyanese
Haiti: Haitian|Haitians
Holy See: Vatican|Vatican City
Honduras: Honduran
Hungary: Hungarian
Iceland: Icelandic|Icelander
India: Indian|Indians
Indonesia: Indonesian
Iran: Iranian|Islamic Republic of Iran
Iraq: Iraqi|Iraqis
Ireland: Irish
Israel: Israeli|Israelis
Italy: Italian
Jamaica: Jamaican|Jamaicans
Japan: Japanese
Jordan: Jordanian
Kazakhstan: Kazakh|Kazakhstani
Kenya: Kenyan|Kenyans
Kiribati: I-Kiribati
Kosovo: Kosovar|Kosovan
Kuwait: Kuwaiti
Kyrgyzstan: Kyrgyz|Kyrgyzstani
Laos: Lao|Laotian|Lao PDR|Lao People's Democratic Republic
Latvia: Latvian
Lebanon: Lebanese
Lesotho: Basotho|Mosotho
Liberia: Liberian
Libya: Libyan|Libyans
Liechtenstein: Liechtensteiner
Lithuania: Lithuanian
Luxembourg: Luxembourgish|Luxembourger
Madagascar: Malagasy
Malawi: Malawian
Malaysia: Malaysian
Maldives: Maldivian
Mali: Malian
Malta: Maltese
Marshall Islands: Marshallese
Mauritania: Mauritanian
Mauritius: Mauritian
Mexico: Mexican|Mexicans
Micronesia: Micronesian|Federated States of Micronesia
Moldova: Moldovan
Monaco: Monegasque
Mongolia: Mongolian
Montenegro: Montenegrin
Morocco: Moroccan
Mozambique: Mozambican
Namibia: Namibian
Nauru: Nauruan
Nepal: Nepali|Nepalese
Netherlands: Dutch|The Netherlands|Holland
New Zealand: New Zealander|Kiwi
Nicaragua: Nicaraguan
Niger: Nigerien
Nigeria: Nigerian|Nigerians
North Korea: DPRK|Democratic People's Republic of Korea|North Korean
North Macedonia: Macedonian|North Macedonian
Norway: Norwegian
Oman: Omani
Pakistan: Pakistani|Pakistanis
Palau: Palauan
Palestinian Territories: Palestinian|Palestinians|Palestinian Authority|West Bank|Gaza
Panama: Panamanian
Papua New Guinea: Papua New Guinean|PNG
Paraguay: Paraguayan
Peru: Peruvian
Philippines: Filipino|Philippine|The Philippines
Poland: Polish|Pole|Poles
Portugal: Portuguese
Qatar: Qatari
Republic of the Congo: Congo-Brazzaville|Republic of Congo|Congo Brazzaville|Brazzaville
Romania: Romanian
Russia: Russian|Russians|Russian Federation|Moscow|Kremlin
Rwanda: Rwandan
Saint Kitts and Nevis: Kittitian|Nevisian
Saint Lucia: Saint Lucian|St. Lucia
Saint Vincent and the Grenadines: Vincentian|St. Vincent
Samoa: Samoan
San Marino: Sammarinese
Sao Tome and Principe: São Tomé and Príncipe|Santomean
Saudi Arabia: Saudi|Saudis|KSA|Kingdom of Saudi Arabia
Senegal: Senegalese
Serbia: Serbian|Serb|Serbs
Seychelles: Seychellois
Sierra Leone: Sierra Leonean
Singapore: Singaporean
Slovakia: Slovak|Slovakian
Slovenia: Slovenian|Slovene
Solomon Islands: Solomon Islander
Somalia: Somali|Somalis
South Africa: South African|South Africans
South Korea: ROK|Republic of Korea|Korean|South Korean|Korea
South Sudan: South Sudanese
Spain: Spanish|Spaniard
Sri Lanka: Sri Lankan
Sudan: Sudanese
Suriname: Surinamese
Sweden: Swedish|Swede|Swedes
Switzerland: Swiss
Syria: Syrian|Syrians|Syrian Arab Republic
Taiwan: Taiwanese
Tajikistan: Tajik|Tajikistani
Tanzania: Tanzanian
Thailand: Thai
Timor-Leste: East Timor|Timorese
Togo: Togolese
Tonga: Tongan
Trinidad and Tobago: Trinidadian|Tobagonian
Tunisia: Tunisian|Tunisians
Turkey: Turkish|Türkiye|Turkiye|Turks
Turkmenistan: Turkmen
Tuvalu: Tuvaluan
Uganda: Ugandan
Ukraine: Ukrainian|Ukrainians|Kyiv|Kiev
United Arab Emirates: UAE|Emirati|Emiratis|U.A.E.
United Kingdom: UK|U.K.|British|Britain|Great Britain|Her Majesty's Government|His Majesty's Government
United Kingdom: Scotland|Scottish|Wales|Welsh
United States: U.S.|US|USA|U.S.A.|American|Americans|United States of America|Washington
Uruguay: Uruguayan
Uzbekistan: Uzbek|Uzbekistani
Vanuatu: Ni-Vanuatu
Venezuela: Venezuelan|Venezuelans
Vietnam: Vietnamese|Viet Nam
Yemen: Yemeni|Yemenis
Zambia: Zambian
Zimbabwe: Zimbabwean
"""

#: Organisations: name shown -> other names and abbreviations.
_ORGS = """
European Union: EU|E.U.|European Commission|European Council|European External Action Service|EEAS
NATO: North Atlantic Treaty Organization|North Atlantic Alliance|Atlantic Alliance|Atlantic alliance
United Nations: UN|U.N.|UN Security Council|UNSC|UN General Assembly|UNGA
ASEAN: Association of Southeast Asian Nations
African Union: AU|African Union Commission
World Health Organization: WHO
International Monetary Fund: IMF
World Bank: World Bank Group
G7: Group of Seven|G-7
G20: Group of Twenty|G-20
Quad: Quadrilateral Security Dialogue
Organization of American States: OAS
OSCE: Organization for Security and Co-operation in Europe
Gulf Cooperation Council: GCC
Pacific Islands Forum: PIF
CARICOM: Caribbean Community
Holy See: Vatican
"""


def _parse(table: str) -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    for line in table.strip().splitlines():
        name, _, rest = line.partition(":")
        # (a country's names may run on over two lines of the table)
        out[name.strip()] = out.get(name.strip(), ()) + tuple(a.strip() for a in rest.split("|") if a.strip())
    return out


COUNTRIES = _parse(_TABLE)
ORGANISATIONS = _parse(_ORGS)

#: Words that name a capital or seat of government, used for a country only when nothing else names it
#: (so "met in Washington" is a place, not a participant's country).
SEATS = frozenset({"Washington", "Beijing", "Moscow", "Kremlin", "Kyiv", "Kiev", "Gaza", "West Bank"})

# fmt: off
#: Capitals that stand for their governments in a question ("talks between Washington and Ottawa"), with a
#: word the text uses for the country instead (its name or the start of its demonym).
CAPITAL_OF = {
    "washington": "america", "ottawa": "canada", "mexico": "mexico", "beijing": "china", "moscow": "russia",
    "kyiv": "ukraine", "kiev": "ukraine", "tokyo": "japan", "seoul": "korea", "pyongyang": "korea",
    "taipei": "taiwan", "london": "britain", "paris": "france", "berlin": "germany", "rome": "italy",
    "madrid": "spain", "lisbon": "portugal", "ankara": "turkey", "tehran": "iran", "delhi": "india",
    "islamabad": "pakistan", "kabul": "afghanistan", "dhaka": "bangladesh", "canberra": "australia",
    "brasilia": "brazil", "havana": "cuba", "caracas": "venezuela", "bogota": "colombia", "lima": "peru",
    "santiago": "chile", "riyadh": "saudi", "cairo": "egypt", "amman": "jordan",
    "baghdad": "iraq", "damascus": "syria", "beirut": "lebanon", "doha": "qatar", "muscat": "oman",
    "warsaw": "poland", "vilnius": "lithuania", "riga": "latvia", "tallinn": "estonia", "helsinki": "finland",
    "stockholm": "sweden", "oslo": "norway", "copenhagen": "denmark", "brussels": "belgium", "athens": "greece",
    "nicosia": "cyprus", "zagreb": "croatia", "belgrade": "serbia", "pristina": "kosovo", "tirana": "albania",
    "skopje": "macedonia", "sofia": "bulgaria", "bucharest": "romania", "budapest": "hungary",
    "prague": "czech", "bratislava": "slovakia", "vienna": "austria", "manila": "philippines",
    "hanoi": "vietnam", "jakarta": "indonesia", "bangkok": "thailand", "nairobi": "kenya", "abuja": "nigeria",
    "pretoria": "africa", "khartoum": "sudan", "kinshasa": "congo", "ulaanbaatar": "mongolia",
    "tbilisi": "georgia", "yerevan": "armenia", "baku": "azerbaijan", "chisinau": "moldova", "minsk": "belarus",
    "quito": "ecuador", "bern": "switzerland", "dublin": "ireland", "reykjavik": "iceland",
    "valletta": "malta", "ljubljana": "slovenia", "sarajevo": "bosnia", "podgorica": "montenegro",
    "vientiane": "laos", "naypyidaw": "burma", "kathmandu": "nepal", "astana": "kazakhstan",
    "tashkent": "uzbekistan", "bishkek": "kyrgyz", "dushanbe": "tajikistan", "ashgabat": "turkmenistan",
    "manama": "bahrain", "sanaa": "yemen", "tunis": "tunisia", "algiers": "algeria",
    "rabat": "morocco", "dakar": "senegal", "accra": "ghana", "kampala": "uganda", "kigali": "rwanda",
    "luanda": "angola", "lusaka": "zambia", "harare": "zimbabwe", "maputo": "mozambique", "windhoek": "namibia",
    "gaborone": "botswana", "mogadishu": "somalia", "asmara": "eritrea",
    "montevideo": "uruguay", "asuncion": "paraguay", "managua": "nicaragua", "tegucigalpa": "honduras",
    "kingston": "jamaica", "wellington": "zealand", "buenos aires": "argentina", "addis ababa": "ethiopia",
    "new delhi": "india", "kuala lumpur": "malaysia", "colombo": "lanka", "dodoma": "tanzania", "freetown": "sierra",
    "monrovia": "liberia", "ouagadougou": "burkina",
    "abu dhabi": "emirat", "tripoli": "libya", "port-au-prince": "haiti", "santo domingo": "dominican",
    "san salvador": "salvador", "guatemala city": "guatemala", "phnom penh": "cambodia", "dili": "timor",
    "suva": "fiji", "port moresby": "papua", "amsterdam": "netherlands", "bridgetown": "barbados",
    "nassau": "bahamas", "paramaribo": "suriname", "libreville": "gabon", "yaounde": "cameroon",
    "lilongwe": "malawi", "antananarivo": "madagascar", "nouakchott": "mauritania", "banjul": "gambia",
}
# fmt: on


# fmt: off
#: Regions a question may name instead of a country ("which Southeast Asian crisis", "a Gulf state"), with the
#: usual names (as ``names.canonical_party`` gives them) of the countries each takes in.
_REGION_TABLE = {
    ("southeast asia", "southeast asian", "south-east asia", "south-east asian"): (
        "Brunei", "Burma", "Cambodia", "Indonesia", "Laos", "Malaysia", "Philippines", "Singapore", "Thailand",
        "Timor-Leste", "Vietnam"),
    ("middle east", "middle eastern", "mideast"): (
        "Bahrain", "Egypt", "Iran", "Iraq", "Israel", "Jordan", "Kuwait", "Lebanon", "Oman", "Palestinian Territories",
        "Qatar", "Saudi Arabia", "Syria", "Turkey", "United Arab Emirates", "Yemen"),
    ("gulf", "persian gulf"): ("Bahrain", "Kuwait", "Oman", "Qatar", "Saudi Arabia", "United Arab Emirates"),
    ("baltic", "baltics", "baltic states"): ("Estonia", "Latvia", "Lithuania"),
    ("nordic", "nordics", "scandinavian"): ("Denmark", "Finland", "Iceland", "Norway", "Sweden"),
    ("central america", "central american"): (
        "Belize", "Costa Rica", "El Salvador", "Guatemala", "Honduras", "Nicaragua", "Panama"),
    ("central asia", "central asian"): ("Kazakhstan", "Kyrgyzstan", "Tajikistan", "Turkmenistan", "Uzbekistan"),
    ("caucasus", "south caucasus", "caucasian"): ("Armenia", "Azerbaijan", "Georgia"),
    ("balkans", "balkan", "western balkans", "western balkan"): (
        "Albania", "Bosnia and Herzegovina", "Kosovo", "Montenegro", "North Macedonia", "Serbia"),
    ("south asia", "south asian"): (
        "Afghanistan", "Bangladesh", "Bhutan", "India", "Maldives", "Nepal", "Pakistan", "Sri Lanka"),
    ("horn of africa",): ("Djibouti", "Eritrea", "Ethiopia", "Kenya", "Somalia", "South Sudan", "Sudan"),
    ("east africa", "east african", "eastern africa"): (
        "Burundi", "Djibouti", "Eritrea", "Ethiopia", "Kenya", "Rwanda", "Somalia", "South Sudan", "Sudan", "Tanzania",
        "Uganda"),
    ("west africa", "west african", "western africa"): (
        "Benin", "Burkina Faso", "Cabo Verde", "Cote d'Ivoire", "Gambia", "Ghana", "Guinea", "Guinea-Bissau",
        "Liberia", "Mali", "Mauritania", "Niger", "Nigeria", "Senegal", "Sierra Leone", "Togo"),
    ("southern africa", "southern african"): (
        "Angola", "Botswana", "Eswatini", "Lesotho", "Malawi", "Mozambique", "Namibia", "South Africa", "Zambia",
        "Zimbabwe"),
    ("central africa", "central african"): (
        "Cameroon", "Central African Republic", "Chad", "Democratic Republic of the Congo", "Equatorial Guinea",
        "Gabon", "Republic of the Congo"),
    ("sahel", "sahelian"): ("Burkina Faso", "Chad", "Mali", "Mauritania", "Niger"),
    ("north africa", "north african", "maghreb"): ("Algeria", "Egypt", "Libya", "Morocco", "Tunisia"),
}
# fmt: on
#: A region's name, lower case, to the countries it takes in.
REGIONS = {name: countries for names, countries in _REGION_TABLE.items() for name in names}
_REGION_NAME = re.compile(
    r"\b(?:"
    + "|".join(re.escape(r) for r in sorted(REGIONS, key=len, reverse=True))
    + r")\b(?!\s+of\b)(?!\s+(?!(?-i:States|Countries|Nations|Region|Partners)\b)(?-i:[A-Z]))",
    re.I,
)


def regions_named(text: str) -> list[str]:
    """The regions a text names, capitalised as regions are ("Southeast Asian", "the Gulf", not "a gulf between"),
    and not as a word of a longer name ("the Gulf of Mexico", "the Gulf Cooperation Council", "Baltic Sea"); a
    capitalised word for its countries may follow ("the Gulf States", "the Nordic Countries")."""
    return [m.group(0) for m in _REGION_NAME.finditer(text) if m.group(0)[:1].isupper()]


#: the regions of the United States, by name ("Northeastern Governors", "the Gulf Coast", "New England")
US_REGION = re.compile(
    r"\b(?:(?:North|South)(?:east|west)ern|Mid(?:west(?:ern)?|-Atlantic)|New England|Gulf Coast|Great Lakes|"
    r"Pacific Northwest|Appalachia\w*)\b"
)

#: Wide regions a question names like a person's name ("the Indo-Pacific leaders she convened"): never someone.
WIDE_REGIONS = frozenset(
    {
        "indo-pacific",
        "asia-pacific",
        "pacific",
        "atlantic",
        "transatlantic",
        "arctic",
        "africa",
        "asia",
        "europe",
        "americas",
        "latin america",
        "caribbean",
        "eurasia",
        "western hemisphere",
        "mediterranean",
        "eastern mediterranean",
        "middle east",
        "balkans",
        "western balkans",
        "sahel",
        "caucasus",
        "south caucasus",
        "levant",
        "gulf",
        "oceania",
        "scandinavia",
        "korean peninsula",
    }
)
#: Wide regions that take in no country a readout would name instead, so that a readout speaking of one names it
#: ("security cooperation in the Arctic"); not "Africa" (stated by "the Sahel"), nor "the Caribbean" (by "Haiti").
UNSPLIT_REGIONS = frozenset({"arctic", "mediterranean", "eastern mediterranean", "levant"})
#: Cities a question may name before what happened there ("Harris's June 2022 Los Angeles roundtable", "Which San
#: Francisco pastor ..."): never a person. Names of several words, and single words that are no one's name (not
#: "Austin", "Houston", "Jackson", "Madison", "Charlotte", "Orlando", "Richmond", "Lincoln"); the United States'
#: first, then those abroad.
US_CITIES = frozenset(
    (
        "new york|los angeles|san francisco|san diego|san antonio|san jose|las vegas|new orleans|salt lake city|"
        "kansas city|oklahoma city|atlantic city|jersey city|st. louis|saint louis|el paso|fort worth|des moines|"
        "little rock|santa fe|palm beach|fort lauderdale|baton rouge|chicago|philadelphia|seattle|boston|detroit|"
        "baltimore|atlanta|miami|pittsburgh|cincinnati|cleveland|milwaukee|minneapolis|sacramento|honolulu|anchorage|"
        "tucson|albuquerque|indianapolis|nashville|memphis|louisville|tampa|newark"
    ).split("|")
)
CITIES = US_CITIES | frozenset(
    (
        "mexico city|panama city|guatemala city|kuala lumpur|phnom penh|addis ababa|abu dhabi|tel aviv|buenos aires|"
        "rio de janeiro|sao paulo|hong kong|ho chi minh city|dar es salaam|cape town|port-au-prince|santo domingo|"
        "san salvador|new delhi|geneva|brussels|vienna|munich|davos|glasgow|carbis bay|bali|sharm el-sheikh|"
        "dubai|doha|riyadh|jeddah|istanbul|osaka|hiroshima|sydney|melbourne|toronto|montreal|vancouver"
    ).split("|")
)
#: a point of the compass before a continent or a wide region names a part of it ("Southeast Asia", "East
#: Africa", "Central America", "Northern Europe"): a region, never a person
REGION_QUARTERS = frozenset(
    "north south east west northeast northwest southeast southwest central northern southern eastern western "
    "sub-saharan".split()
)
#: a quarter of a region and what a readout may name it by instead (stems): "Southeast Asia" by ASEAN
QUARTER_PARTS = MappingProxyType(
    {
        ("southeast", "asia"): ("asean",),
        ("southeast", "asian"): ("asean",),
        ("east", "africa"): ("horn", "igad"),
        ("east", "african"): ("horn", "igad"),
        ("northern", "ireland"): ("belfast", "goodfriday"),  # the Belfast (Good Friday) Agreement: its own
    }
)
REGION_WHOLES = frozenset(
    "asia africa europe america americas pacific atlantic arctic mediterranean asian african european american".split()
)
#: A wide region and the parts of it a readout may name instead (stems): "their teams' work in Africa and Asia" is
#: stated by "stability in the Sahel and cooperation in the Indo-Pacific". One way only: the Sahel is not all Africa.
REGION_PARTS = MappingProxyType(
    {
        "africa": ("sahel", "maghreb", "horn", "subsaharan", "sub-saharan"),
        "asia": ("indopacif", "asean", "southeast", "south-east"),
        "europ": ("balkan", "baltic", "nordic", "eastern-flank", "transatlant"),
        "caucasus": ("karabakh", "abkhazia", "ossetia"),  # its places that are no country
    }
)


#: Countries that are one city, whose name is the city's ("met in Singapore"): a city as much as a country.
CITY_STATES = frozenset(
    {
        "singapore",
        "monaco",
        "luxembourg",
        "djibouti",
        "kuwait",
        "vatican",
        "vatican city",
        "san marino",
        "hong kong",
        "macau",
    }
)

#: The words (folded, as ``names.question_entities`` gives them) a question may name the United States itself by, one
#: side of nearly every readout: a follow-up naming only these names no other meeting ("And how much was Washington
#: planning to put toward those votes ...?")
US_SELF_WORDS = frozenset({"washington", "united", "states", "america", "american", "americans", "u.s", "u.s.", "usa"})
