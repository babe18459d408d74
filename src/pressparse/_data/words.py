"""Closed word classes the paragraph and quote rules read: speech verbs and sentence openers.

Source: written for pressparse from the attributions and glued junctions of
the corpus (INTERPOL, US DOJ, county prosecutors, US Senate and wire
releases) and the AP Stylebook's advice on attribution (``said`` first).
Licence: MIT, as the project. Columns: ``SPEECH_VERBS``, one verb form that
attributes a quotation (``said`` in ``“…,” said Stock.``); ``SENTENCE_OPENERS``,
one capitalised word that opens a sentence far more often than it ends a
name (``The`` in ``ceremonyThis case``, ``PreparationThe key``);
``NAME_TITLES``, one lower-cased title abbreviation without its stop that
stands before a name (``Dr.``); ``FIGURE_ABBREVIATIONS``, one that stands
before a figure (``No.``, ``Jan.``); ``NAME_PARTICLES``, one lower-case word
inside a person's name (``de`` in ``Ana de la Cruz``).
"""

from __future__ import annotations

_SPEECH_VERBS = """
said says added adds stated states noted notes explained explains continued continues concluded
concludes commented comments remarked remarks declared declares told tells asked asks wrote writes
argued argues emphasized emphasised stressed warned warns insisted acknowledged announced
stating saying adding commenting observed recalled reiterated affirmed summarized summarised shared
dijo afirmó comentó señaló explicó declaró añadió indicó expresó aseguró destacó
"""

_SENTENCE_OPENERS = """
The This These That Those They There She He We It Its His Her Our Their
According After During Since When While Under Although Because Before Following In On At
As If For From With Without Today Yesterday Prosecutors Officials Authorities
"""

SPEECH_VERBS: tuple[str, ...] = tuple(_SPEECH_VERBS.split())
SENTENCE_OPENERS: frozenset[str] = frozenset(_SENTENCE_OPENERS.split())
# Openers long enough to judge a lower-case word glued to them ("ceremonyThis"): two-letter ones
# ("In", "On", "It") also end brand names ("LinkedIn", "checkIn") and are left out.
GLUE_OPENERS: frozenset[str] = frozenset(w for w in SENTENCE_OPENERS if len(w) >= 3)

# Abbreviations of a title or a rank, written before a name and never at a sentence's end ("Dr. Jane Roe",
# "Sen. Mark Poe", "Det. Sgt. Lee"), and those that open a place's name ("St. Louis", "Ft. Worth"); a line
# that ends in one was wrapped before the name.
_NAME_TITLES = """
mr mrs ms mx dr prof messrs hon rev gov sen sens rep reps gen lt col maj capt cmdr sgt cpl pvt adm brig
supt insp det ofc atty asst
st mt ft
"""

# Abbreviations written before a figure ("No. 25-104", "Jan. 12", "Vol. 3"): a figure under one runs on.
_FIGURE_ABBREVIATIONS = """
no nos vol vols pp fig figs jan feb mar apr jun jul aug sep sept oct nov dec
"""

NAME_TITLES: frozenset[str] = frozenset(_NAME_TITLES.split())
FIGURE_ABBREVIATIONS: frozenset[str] = frozenset(_FIGURE_ABBREVIATIONS.split())

# The last word of a field label that gives an event's details, not a member of a list: "Date: Thursday,
# March 12", "Time: 10:00 a.m. ET", "Conference ID: 4829", "Toll-free (North America): 1-800-…" (wire_015,
# a Newsfile call notice). A sentence over such fields announces the event; each field is a paragraph.
_EVENT_FIELD_WORDS = """
date dates time times when where location venue place address webcast webinar dial-in dial dial-ins phone
telephone number numbers passcode password code id pin replay toll-free international registration register
link url website rsvp cost admission
"""

EVENT_FIELD_WORDS: frozenset[str] = frozenset(_EVENT_FIELD_WORDS.split())

# Lower-case words that cannot end a sentence, beyond the articles and prepositions the paragraph rules
# already hold: a verb that wants its object or its speaker ("… Burke thanked" / "Assistant State’s
# Attorneys …", "…,” said" / "Cook County State’s Attorney …"), a relative or a conjunction ("… announced
# that"), a possessive, an auxiliary. A line of a link-broken page (x5_da_cook_jdapp, x5_da_cook_rivera,
# x6_da_miami_2) that ends in one runs on into the next line. Only the lower-case form counts: a title-case
# heading ends in "Thanked".
_RUN_ON_WORDS = """
said says added stated noted explained commented remarked declared told tells wrote saying adding stating
dijo afirmó comentó señaló explicó declaró añadió
thanked commended commends praised praises congratulated congratulates applauded applauds
urged urges joined joins
that which who whom whose including between among against during through toward towards without within
upon via per about under over
his her their its our your my
is are was were be been being will would shall has have had
"""

RUN_ON_WORDS: frozenset[str] = frozenset(_RUN_ON_WORDS.split())

# The small words of a person's name, written in lower case between its capitalised words: "Ana de la Cruz",
# "Ludwig van Beethoven", "Piero della Francesca", "Abdullah bin Zayed". The quote rules read a speaker's name
# with them, the heading rules a name over its role.
NAME_PARTICLES: frozenset[str] = frozenset(
    ("de", "del", "della", "di", "da", "du", "van", "von", "der", "den", "la", "le", "bin", "al")
)
