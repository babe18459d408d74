"""News agencies and press-release wires that appear in datelines.

Source: written for pressparse from the wire services named in the corpus
(``../shared/corpus/real``: PR Newswire, Business Wire, GlobeNewswire,
24-7PressRelease, NewMediaWire, Newsworthy.ai, News Direct, NewsUSA,
Noticias Newswire, PR Karma, PRISM MediaWire, Media OutReach, Evertise AI PR) and the major
news agencies of the AP and Reuters style guides. Licence: MIT, as the
project. Column: one agency name a line as it is usually written; lookups
compare a key that ignores case, spaces, dots and hyphens, so "PR Newswire"
and "PRNewswire" are the same row.
"""

from __future__ import annotations

_TABLE = """
AP
Associated Press
Reuters
AFP
Agence France-Presse
Sputnik
TASS
Xinhua
dpa
EFE
ANSA
Kyodo
Yonhap
UPI
Bloomberg
ANI
PTI
PRNewswire
PRWeb
BUSINESS WIRE
GLOBE NEWSWIRE
ACCESSWIRE
Newsfile
Marketwired
CNW
EIN Presswire
Send2Press
openPR
JCN Newswire
24-7PressRelease
NewMediaWire
Newsworthy.ai
News Direct
NewsUSA
Noticias Newswire
NEWS WIRE
PR Karma
PRISM MediaWire
Media OutReach Newswire
Evertise AI PR
"""

# Words that make an unknown name in an agency slot a wire: "Acme Newswire", "XYZ MediaWire".
WIRE_WORDS: tuple[str, ...] = ("wire", "presse", "press", "news", "media")
"""Lower-cased fragments; a bracketed name containing one is taken as an agency."""


def agency_key(name: str) -> str:
    """Return the lookup key of an agency name: lower case, no spaces, dots or hyphens."""
    return "".join(ch for ch in name.casefold() if ch.isalnum())


AGENCIES: frozenset[str] = frozenset(agency_key(line) for line in _TABLE.strip().splitlines())
"""Lookup keys (see ``agency_key``) of the known agencies."""
