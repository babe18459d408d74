"""Abbreviations after which a full stop does not end a sentence or paragraph.

Source: written for pressparse from the abbreviations seen in the corpus
(INTERPOL, US DOJ, county prosecutors, US Senate and wire releases) and the
AP Stylebook's titles, months and state abbreviations. Licence: MIT, as the
project. Column: one lower-cased abbreviation without its final full stop.
Single letters (initials: ``J.``, ``U.S.``) are handled by the callers, not
listed here.
"""

from __future__ import annotations

# One group a line: titles, organisations, references, months, weekdays, US states (AP), Canadian
# provinces (AP), street words.
_TABLE = """
mr mrs ms mx dr prof sr jr st mt ft messrs mme mlle
gov sen rep reps sens gen lt col maj capt cmdr sgt cpl pvt adm brig supt insp det ofc atty asst
dept univ assn bros inc ltd co corp llc plc gmbh no nos vol vols pp fig figs approx est
vs etc al cf ie eg viz ca
jan feb mar apr jun jul aug sep sept oct nov dec
mon tue tues wed thu thur thurs fri sat sun
ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo mont
neb nebr nev okla ore pa penn tenn tex va vt wash wis wisc wyo
ont que alta sask man
ave blvd rd hwy pkwy ste apt bldg
"""

ABBREVIATIONS: frozenset[str] = frozenset(_TABLE.split())
