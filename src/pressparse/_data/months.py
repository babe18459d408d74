"""Month and weekday names as datelines write them, in English, French and Spanish.

Source: written for pressparse from the AP Stylebook month abbreviations
(Jan., Feb., Aug., Sept., Oct., Nov., Dec.), the CLDR month names of the
``fr`` and ``es`` locales (unicode.org/cldr, Unicode licence) and the forms
seen in the corpus. Licence: MIT, as the project. Columns of ``_TABLE``: the
month number, then every spelling of that month (lower case, without a final
full stop), English first, then French, then Spanish.
"""

from __future__ import annotations

# month number, then its spellings: English full and abbreviated, French, Spanish.
_TABLE = """
1 january jan janvier janv enero ene
2 february feb febr février fevrier févr fevr febrero
3 march mar mars marzo
4 april apr avril avr abril abr
5 may mai mayo
6 june jun juin junio
7 july jul juillet juil julio
8 august aug août aout agosto ago
9 september sept sep septembre septiembre setiembre set
10 october oct octobre octubre
11 november nov novembre noviembre
12 december dec décembre decembre déc diciembre dic
"""

MONTHS: dict[str, int] = {name: int(row.split()[0]) for row in _TABLE.strip().splitlines() for name in row.split()[1:]}
"""Lower-cased month spelling (no final full stop) -> month number 1-12."""

# Weekdays, English (with AP abbreviations), French, Spanish; with and without accents.
_WEEKDAY_TABLE = """
monday tuesday wednesday thursday friday saturday sunday
mon tue tues wed thu thur thurs fri sat sun
lundi mardi mercredi jeudi vendredi samedi dimanche
lunes martes miércoles miercoles jueves viernes sábado sabado domingo
"""

WEEKDAYS: frozenset[str] = frozenset(_WEEKDAY_TABLE.split())
"""Lower-cased weekday names and AP abbreviations (English, French, Spanish)."""
