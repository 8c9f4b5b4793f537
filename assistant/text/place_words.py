"""Place words of questions: the adjectives of regions, the communities a capitalised word may name, the states of
the United States and their postal codes (all capitalised, as questions write them), the plural nouns of places
counted by their names, and what "capital" means when it is money (lower-case). Split from ``question_words``,
whose other tables are about what a question asks."""

from __future__ import annotations

from types import MappingProxyType

#: A region's adjectives, which describe someone met ("an Asian president-elect", "a Middle Eastern kingdom"), in the
#: order they are tried
REGION_ADJECTIVES = (
    "Asian",
    "European",
    "African",
    "Latin American",
    "South American",
    "Central American",
    "Middle Eastern",
    "Gulf",
    "Caribbean",
    "Pacific",
    "Nordic",
    "Baltic",
    "Balkan",
    "Arab",
    "Eastern European",
    "Western",
    "Central Asian",
)
#: Capitalised words for a community that qualify a noun ("Black civil rights groups", "Latino leaders"): no
#: one's name when a lower-case word follows.
COMMUNITY_WORDS = frozenset(
    {
        "Black",
        "Latino",
        "Latina",
        "Latinx",
        "Hispanic",
        "Indigenous",
        "Native",
        "Asian",
        "Jewish",
        "Muslim",
        "Catholic",
        "Evangelical",
        "Arab",
        "Sikh",
        "Hindu",
        "Tribal",
    }
)

#: The postal codes lists of members of Congress write states with ("Senator Catherine Cortez Masto (D-NV)").
US_STATE_CODES = MappingProxyType(
    {
        "AL": "Alabama",
        "AK": "Alaska",
        "AZ": "Arizona",
        "AR": "Arkansas",
        "CA": "California",
        "CO": "Colorado",
        "CT": "Connecticut",
        "DE": "Delaware",
        "FL": "Florida",
        "GA": "Georgia",
        "HI": "Hawaii",
        "ID": "Idaho",
        "IL": "Illinois",
        "IN": "Indiana",
        "IA": "Iowa",
        "KS": "Kansas",
        "KY": "Kentucky",
        "LA": "Louisiana",
        "ME": "Maine",
        "MD": "Maryland",
        "MA": "Massachusetts",
        "MI": "Michigan",
        "MN": "Minnesota",
        "MS": "Mississippi",
        "MO": "Missouri",
        "MT": "Montana",
        "NE": "Nebraska",
        "NV": "Nevada",
        "NH": "New Hampshire",
        "NJ": "New Jersey",
        "NM": "New Mexico",
        "NY": "New York",
        "NC": "North Carolina",
        "ND": "North Dakota",
        "OH": "Ohio",
        "OK": "Oklahoma",
        "OR": "Oregon",
        "PA": "Pennsylvania",
        "RI": "Rhode Island",
        "SC": "South Carolina",
        "SD": "South Dakota",
        "TN": "Tennessee",
        "TX": "Texas",
        "UT": "Utah",
        "VT": "Vermont",
        "VA": "Virginia",
        "WA": "Washington",
        "WV": "West Virginia",
        "WI": "Wisconsin",
        "WY": "Wyoming",
    }
)
#: The states of the United States: before a lower-case word a state says whose ("Florida legislators",
#: "California officials"), and is no one's name.
US_STATES = frozenset(US_STATE_CODES.values())
#: Plural nouns of places that names before them count ("the Amhara and Afar regions": two).
PLACE_NOUNS_COUNTED = frozenset(
    "regions provinces states islands districts territories countries cities towns governorates oblasts counties "
    "areas zones municipalities prefectures".split()
)
#: Nouns after "capital" that make it money, not a city ("Ukraine's capital markets").
CAPITAL_NOT_CITY = (
    "markets? investments? flows? gains? spending expenditures? goods projects? punishment formation accounts? "
    "requirements? controls? stock budgets? assets? costs? needs outlays?"
).split()
