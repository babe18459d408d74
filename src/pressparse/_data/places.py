"""Countries and regions (states, provinces) as datelines write them.

Source: built at first use from two approved runtime dependencies, never
hand-copied: ``pycountry`` (ISO 3166-1 country names, common and official
names; ISO 3166-2 Canadian provinces; LGPL-2.1) and ``us`` (US states and
territories with their postal and AP Stylebook abbreviations, ``ap_abbr``;
BSD-3-Clause). The small tables written here (``_EXTRA_*``) add what neither
package holds: AP abbreviations of Canadian provinces, the constituent
countries of the UK and common short forms ("UAE", "U.K."). Licence of the
hand-written rows: MIT, as the project.

Columns: every table is a set of lookup keys made by ``place_key`` (lower
case, no dots, no spaces), so "N.Y.", "NY" and "N Y" are one key.
"""

from __future__ import annotations

import functools

# AP Stylebook abbreviations of Canadian provinces (not in pycountry) and the District of Columbia as
# scrapers leave it ("D C" once its dots are stripped).
_EXTRA_REGIONS = """
Ont. Que. Alta. B.C. Man. Sask. N.S. N.B. Nfld. P.E.I. Y.T. N.W.T.
D.C. Wash.D.C.
"""

# Countries written in datelines that ISO 3166-1 spells otherwise: one a line.
_EXTRA_COUNTRIES = """
UAE
U.A.E.
UK
U.K.
USA
U.S.A.
England
Scotland
Wales
Northern Ireland
Vietnam
Russia
South Korea
North Korea
Iran
Syria
Laos
Bolivia
Venezuela
Tanzania
Taiwan
Holland
The Netherlands
Czech Republic
Ivory Coast
"""

# Capitalised words that open sentences and titles but are never a place: organisations, acronyms
# and release furniture. "NATO allies", "INTERPOL – the world's", "FOR IMMEDIATE RELEASE".
_NOT_PLACES = """
interpol europol nato un unicef unesco who wto imf eu fbi dea cia nsa atf irs sec ice doj dhs hhs
fda epa ftc fcc faa usda nasa osha covid sars hiv aids acme ceo cfo us usa
for immediate release news press media advisory statement update contact embargoed breaking
exclusive photo video watch read more about in on at by to with from
police customs immigration department office attorney judge district court senator sen rep
company co inc corp llc ltd group council election report
published posted updated released issued dated modified last
"""


def place_key(name: str) -> str:
    """Return the lookup key of a place name: lower case, dots and spaces removed."""
    return "".join(ch for ch in name.casefold() if ch.isalnum())


@functools.cache
def regions() -> frozenset[str]:
    """US states and territories (names, postal and AP abbreviations) and Canadian provinces."""
    import pycountry  # noqa: PLC0415 - the tables load at first use, not at import
    import us  # noqa: PLC0415

    keys: set[str] = set()
    for state in us.states.STATES_AND_TERRITORIES:
        keys.update(place_key(v) for v in (state.name, state.abbr, state.ap_abbr) if v)
    keys.update(place_key(sub.name) for sub in pycountry.subdivisions if sub.country_code == "CA")
    keys.update(place_key(v) for v in _EXTRA_REGIONS.split())
    return frozenset(keys)


@functools.cache
def countries() -> frozenset[str]:
    """Country names (ISO name, common and official names) and their usual short forms."""
    import pycountry  # noqa: PLC0415

    keys: set[str] = set()
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value:
                keys.add(place_key(str(value)))
    keys.update(place_key(v) for v in _EXTRA_COUNTRIES.strip().splitlines())
    return frozenset(keys)


NOT_PLACES: frozenset[str] = frozenset(_NOT_PLACES.split())
"""Lower-cased words that are never (part of) a dateline place."""
