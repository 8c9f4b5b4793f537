"""The continents a question may say the other side of a meeting is from ("an African head of state", "a European
country's foreign ministry"), beside the regions of ``places.REGIONS``: too wide for what a readout speaks of, so
only for who met. Pure data."""

from __future__ import annotations

from types import MappingProxyType

from .places import REGIONS

# fmt: off
_AFRICA = sorted(
    {c for name, countries in REGIONS.items() if "africa" in name for c in countries}
    | {"Madagascar", "Mauritius", "Comoros", "Seychelles", "Sao Tome and Principe", "Cabo Verde", "Morocco", "Libya"}
)
_SOUTH_AMERICA = (
    "Argentina", "Bolivia", "Brazil", "Chile", "Colombia", "Ecuador", "Guyana", "Paraguay", "Peru", "Suriname",
    "Uruguay", "Venezuela",
)
_EUROPE = (
    "Albania", "Andorra", "Austria", "Belarus", "Belgium", "Bosnia and Herzegovina", "Bulgaria", "Croatia",
    "Cyprus", "Czech Republic", "Denmark", "Estonia", "Finland", "France", "Germany", "Greece", "Holy See",
    "Hungary", "Iceland", "Ireland", "Italy", "Kosovo", "Latvia", "Liechtenstein", "Lithuania", "Luxembourg",
    "Malta", "Moldova", "Monaco", "Montenegro", "Netherlands", "North Macedonia", "Norway", "Poland", "Portugal",
    "Romania", "San Marino", "Serbia", "Slovakia", "Slovenia", "Spain", "Sweden", "Switzerland", "Ukraine",
    "United Kingdom",
)
_CARIBBEAN = (
    "Antigua and Barbuda", "Bahamas", "Barbados", "Cuba", "Dominica", "Dominican Republic", "Grenada", "Haiti",
    "Jamaica", "Saint Kitts and Nevis", "Saint Lucia", "Saint Vincent and the Grenadines", "Trinidad and Tobago",
)
_LATIN_AMERICA = (*_SOUTH_AMERICA, *REGIONS["central america"], "Mexico")
# fmt: on
#: The regions a question may say the other side of a meeting is from ("an African head of state", "a European
#: foreign ministry"): ``REGIONS`` and the continents, which are too wide for what a readout speaks of.
SIDE_REGIONS = MappingProxyType(
    {
        **REGIONS,
        # (and the bodies of the continent or region: "a European official" may be the EU's)
        "africa": (*_AFRICA, "African Union"),
        "african": (*_AFRICA, "African Union"),
        "europe": (*_EUROPE, "European Union"),
        "european": (*_EUROPE, "European Union"),
        "north america": ("Canada", "Mexico"),  # (the other side's: the issuer's own continent but for itself)
        "north american": ("Canada", "Mexico"),
        "south america": _SOUTH_AMERICA,
        "south american": _SOUTH_AMERICA,
        "latin america": _LATIN_AMERICA,
        "latin american": _LATIN_AMERICA,
        "caribbean": (*_CARIBBEAN, "CARICOM"),
        "western hemisphere": (*_LATIN_AMERICA, *_CARIBBEAN, "Canada"),
    }
)
