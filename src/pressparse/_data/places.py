"""Countries and regions (states, provinces) as datelines write them.

Source: built at first use from two approved runtime dependencies, never
hand-copied (``place_tables.py`` is a generated snapshot of what they give,
read only when they are not installed): ``pycountry`` (ISO 3166-1 country names, common and official
names; ISO 3166-2 provinces and states of Canada, Australia, India and
Pakistan, the federations whose datelines name them; LGPL-2.1) and ``us`` (US states and
territories with their postal and AP Stylebook abbreviations, ``ap_abbr``;
BSD-3-Clause). The small tables written here (``_EXTRA_*``) add what neither
package holds: AP abbreviations of Canadian provinces, the constituent
countries of the UK and common short forms ("UAE", "U.K."), and ``_CITIES``:
national capitals and the large cities of the countries whose press writes
colon datelines (``NEW DELHI: The``), from the capitals of the UN member
states and the cities in the national press of South Asia, Africa and
Oceania. Licence of the
hand-written rows: MIT, as the project.

Columns: every table is a set of lookup keys made by ``place_key`` (lower
case, no dots, no spaces), so "N.Y.", "NY" and "N Y" are one key.
"""

from __future__ import annotations

import functools
import unicodedata

# AP Stylebook abbreviations of Canadian provinces (not in pycountry) and the District of Columbia as
# scrapers leave it ("D C" once its dots are stripped).
_EXTRA_REGIONS = """
Ont. Que. Alta. B.C. Man. Sask. N.S. N.B. Nfld. P.E.I. Y.T. N.W.T.
D.C. Wash.D.C.
"""

# Australian states and territories as their datelines abbreviate them ("CANBERRA, ACT"): the ISO 3166-2
# code without "AU-".
_AU_CODES = ("AU-",)

# National capitals and large news cities, as datelines write them in English: one or more a line.
# Read only to back a colon dateline (``NEW DELHI: The government ...``), whose colon is also a label's.
_CITIES = """
Abu Dhabi|Abuja|Accra|Addis Ababa|Algiers|Amman|Amsterdam|Ankara|Antananarivo|Apia|Ashgabat|Asmara|Astana|Asuncion
Athens|Baghdad|Baku|Bamako|Bandar Seri Begawan|Bangkok|Bangui|Banjul|Beijing|Beirut|Belgrade|Belmopan|Berlin|Bern
Bishkek|Bogota|Brasilia|Bratislava|Brazzaville|Bridgetown|Brussels|Bucharest|Budapest|Buenos Aires|Bujumbura|Cairo
Canberra|Caracas|Castries|Chisinau|Colombo|Conakry|Copenhagen|Dakar|Damascus|Dhaka|Dili|Djibouti|Dodoma|Doha|Dublin
Dushanbe|Freetown|Gaborone|Georgetown|Guatemala City|Hanoi|Harare|Havana|Helsinki|Honiara|Islamabad|Jakarta|Jerusalem
Juba|Kabul|Kampala|Kathmandu|Khartoum|Kigali|Kingston|Kinshasa|Kuala Lumpur|Kuwait City|Kyiv|Kiev|La Paz|Libreville
Lilongwe|Lima|Lisbon|Ljubljana|Lome|London|Luanda|Lusaka|Luxembourg|Madrid|Majuro|Malabo|Male|Managua|Manama|Manila
Maputo|Maseru|Mbabane|Mexico City|Minsk|Mogadishu|Monrovia|Montevideo|Moroni|Moscow|Muscat|Nairobi|Nassau|Naypyidaw
N'Djamena|New Delhi|Niamey|Nicosia|Nouakchott|Nuku'alofa|Oslo|Ottawa|Ouagadougou|Panama City|Paramaribo|Paris
Phnom Penh|Podgorica|Port Louis|Port Moresby|Port of Spain|Port-au-Prince|Porto-Novo|Prague|Praia|Pretoria|Pyongyang
Quito|Rabat|Reykjavik|Riga|Riyadh|Rome|Roseau|San Jose|San Salvador|Sanaa|Santiago|Santo Domingo|Sarajevo|Seoul
Singapore|Skopje|Sofia|Stockholm|Suva|Taipei|Tallinn|Tarawa|Tashkent|Tbilisi|Tegucigalpa|Tehran|Thimphu|Tirana|Tokyo
Tripoli|Tunis|Ulaanbaatar|Vaduz|Valletta|Victoria|Vienna|Vientiane|Vilnius|Warsaw|Washington|Wellington|Windhoek
Yamoussoukro|Yaounde|Yerevan|Zagreb|Geneva|The Hague|Lyon|Strasbourg|Hong Kong|Macau
Mumbai|Kolkata|Chennai|Bengaluru|Bangalore|Hyderabad|Ahmedabad|Pune|Jaipur|Lucknow|Kanpur|Nagpur|Patna|Bhopal|Indore
Chandigarh|Bhubaneswar|Guwahati|Thiruvananthapuram|Kochi|Srinagar|Jammu|Shimla|Dehradun|Raipur|Ranchi|Gandhinagar
Panaji|Imphal|Shillong|Aizawl|Agartala|Kohima|Itanagar|Gangtok|Puducherry|Amaravati|Visakhapatnam|Coimbatore|Madurai
Varanasi|Agra|Surat|Vadodara|Ludhiana|Amritsar|Noida|Gurugram|Gurgaon|Delhi
Karachi|Lahore|Peshawar|Quetta|Rawalpindi|Faisalabad|Multan|Hyderabad|Gilgit|Muzaffarabad
Chittagong|Chattogram|Sylhet|Khulna|Rajshahi|Kandy|Jaffna|Galle|Pokhara
Lagos|Kano|Ibadan|Port Harcourt|Enugu|Kaduna|Mombasa|Kisumu|Johannesburg|Cape Town|Durban|Dar es Salaam|Zanzibar
Sydney|Melbourne|Brisbane|Perth|Adelaide|Hobart|Darwin|Auckland|Christchurch
New York|Los Angeles|Chicago|Houston|Phoenix|Philadelphia|San Antonio|San Diego|Dallas|San Francisco|Seattle|Denver
Boston|Detroit|Atlanta|Miami|Baltimore|Minneapolis|St. Louis|Pittsburgh|Cleveland|New Orleans|Las Vegas|Portland
Sacramento|Kansas City|Nashville|Memphis|Louisville|Milwaukee|Albuquerque|Tucson|Honolulu|Anchorage|Salt Lake City
Toronto|Montreal|Vancouver|Calgary|Frankfurt|Munich|Hamburg|Milan|Barcelona|Istanbul|Dubai|Shanghai|Shenzhen
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

# Capitalised words that open sentences and titles but are never a place: organisations, acronyms,
# release furniture and labels, time zones. "NATO allies", "INTERPOL – the world's", "FOR IMMEDIATE RELEASE",
# "Editor's Note, Nov. 23, 2026:", "CORRECTION, Nov. 23 –", "EMBARGOED UNTIL" / "00:01 GMT THURSDAY 5 MAY".
_NOT_PLACES = """
interpol europol nato un unicef unesco who wto imf eu fbi dea cia nsa atf irs sec ice doj dhs hhs
fda epa ftc fcc faa usda nasa osha covid sars hiv aids acme ceo cfo us usa
for immediate release news press media advisory statement update contact embargoed breaking
exclusive photo video watch read more about in on at by to with from
police customs immigration department office attorney judge district court senator sen rep
company co inc corp llc ltd group council election report
published posted updated released issued dated modified last
note notes editor editors correction clarification notice reminder warning summary background highlights attention
topics topic latest related share print email home menu search today yesterday tonight icymi
embargo until gmt bst utc cet cest est edt cst cdt mst mdt pst pdt aest aedt ist
"""


def place_key(name: str) -> str:
    """Return the lookup key of a place name: lower case, dots and spaces removed."""
    return "".join(ch for ch in name.casefold() if ch.isalnum())


_TABLES = ("US_STATES", "PROVINCES", "COUNTRIES", "ALPHA2")


@functools.cache
def library_tables() -> dict[str, frozenset[str]]:
    """The four tables read from ``pycountry`` and ``us``, as lookup keys (raises ``ImportError`` without them).

    ``US_STATES``: US states and territories (names, postal and AP abbreviations); ``PROVINCES``: the
    provinces and states of Canada, Australia, India and Pakistan (accents kept and removed, and the
    Australian codes "NSW", "ACT"); ``COUNTRIES``: ISO, common and official country names; ``ALPHA2``:
    ISO 3166 two-letter codes. ``place_tables.py`` is a snapshot of them (``tests/update_place_tables.py``
    writes it, a test keeps it equal).
    """
    import pycountry  # noqa: PLC0415 - the tables load at first use, not at import
    import us  # noqa: PLC0415

    states: set[str] = set()
    for state in us.states.STATES_AND_TERRITORIES:
        states.update(place_key(v) for v in (state.name, state.abbr, state.ap_abbr) if v)
    provinces: set[str] = set()
    for sub in pycountry.subdivisions:
        if sub.country_code in {"CA", "AU", "IN", "PK"}:
            provinces.update({place_key(sub.name), place_key(_plain(sub.name))})  # "Gujarāt", "Gujarat"
        if sub.code.startswith(_AU_CODES):
            provinces.add(place_key(sub.code[3:]))  # "NSW", "ACT"
    names: set[str] = set()
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value:
                names.add(place_key(str(value)))
    alpha2 = {place_key(country.alpha_2) for country in pycountry.countries}
    return dict(zip(_TABLES, map(frozenset, (states, provinces, names, alpha2)), strict=True))


@functools.cache
def _table(name: str) -> frozenset[str]:
    """One of ``library_tables()``; the bundled snapshot when ``pycountry`` or ``us`` is not installed.

    Both are declared dependencies, but a checkout run with ``PYTHONPATH=src`` under a Python that lacks
    them must still parse: the snapshot holds the same keys (a test compares them), so the result is
    the same either way.
    """
    try:
        return library_tables()[name]
    except ImportError:
        from pressparse._data import place_tables  # noqa: PLC0415

        return frozenset(str(getattr(place_tables, name)).split())


@functools.cache
def regions() -> frozenset[str]:
    """US states and territories (names, postal and AP abbreviations) and Canadian provinces."""
    return _table("US_STATES") | _table("PROVINCES") | {place_key(v) for v in _EXTRA_REGIONS.split()}


@functools.cache
def us_regions() -> frozenset[str]:
    """US states and territories only: a dateline there writes numeric dates month first (11/23/2026)."""
    extra = {place_key(v) for v in ("D.C.", "Wash.D.C.", "DC", "District of Columbia")}
    return _table("US_STATES") | extra


@functools.cache
def countries() -> frozenset[str]:
    """Country names (ISO name, common and official names) and their usual short forms."""
    return _table("COUNTRIES") | {place_key(v) for v in _EXTRA_COUNTRIES.strip().splitlines()}


@functools.cache
def country_codes() -> frozenset[str]:
    """ISO 3166 two-letter country codes, as lookup keys (``es``, ``de``): ``MADRID, ES —`` names Spain."""
    return _table("ALPHA2")


def _plain(name: str) -> str:
    """The name without its accents: "Gujarāt" -> "Gujarat"."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))


@functools.cache
def cities() -> frozenset[str]:
    """National capitals and large news cities (``_CITIES``), as lookup keys, accents removed."""
    return frozenset(place_key(_plain(v)) for line in _CITIES.strip().splitlines() for v in line.split("|"))


def is_city(name: str) -> bool:
    """Whether ``name`` (as written: "NEW DELHI", "Bogotá") is in ``cities()``."""
    return place_key(_plain(name)) in cities()


NOT_PLACES: frozenset[str] = frozenset(_NOT_PLACES.split())
"""Lower-cased words that are never (part of) a dateline place."""
