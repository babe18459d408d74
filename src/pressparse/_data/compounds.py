"""Word halves that make a hyphen at a line break a compound hyphen, not a syllable break.

Source: written for pressparse from the compounds of the corpus (US DOJ,
county prosecutors, US Senate and wire releases) and the AP Stylebook's
hyphenation entries (prefixes that keep their hyphen, compound modifiers).
Licence: MIT, as the project. Columns: ``HEADS``, one lower-cased first half
(``well`` in ``well-\\nknown``); ``TAILS``, one lower-cased second half
(``old`` in ``35-year-\\nold``). A break whose halves are in neither table is
a syllable break (``crimi-\\nnal``) and loses its hyphen.
"""

from __future__ import annotations

_HEADS = """
all anti bi co counter cross ex extra far full half high inter intra long low mid multi near non
off on over post pre pro quasi re self semi short so sub super trans ultra under well wide world
first second third one two three four five six seven eight nine ten state law court drug gang
african asian latin mexican irish
"""

_TAILS = """
old year years month day week hour minute based led run owned related related driven wide
known term time level scale free made like type up down in out on off over back by long
making makers maker born funded sponsored backed focused oriented friendly ready proof
class quality sized style specific
"""

HEADS: frozenset[str] = frozenset(_HEADS.split())
TAILS: frozenset[str] = frozenset(_TAILS.split())
