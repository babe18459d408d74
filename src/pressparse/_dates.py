"""Dates as written in releases, parsed with python-dateutil on the isolated date only.

Callers isolate the date with their own grammar first (the dateline stage,
the meta date line); ``parse_date`` never searches free text, so "may" or
"this year 21" never become dates. French and Spanish month names are mapped
through ``dateutil.parser.parserinfo``. Day-first unless the month is spelled
first.
"""

from __future__ import annotations

import datetime
import re

from dateutil import parser as _parser

_FR_ES = (
    ("janvier", "enero"), ("février", "febrero"), ("mars", "marzo"), ("avril", "abril"),
    ("mai", "mayo"), ("juin", "junio"), ("juillet", "julio"), ("août", "agosto"),
    ("septembre", "septiembre"), ("octobre", "octubre"), ("novembre", "noviembre"), ("décembre", "diciembre"),
)  # fmt: skip


class _Info(_parser.parserinfo):
    """English month and weekday names plus French and Spanish months."""

    MONTHS = [  # noqa: RUF012 - dateutil reads these class attributes
        (*months, fr, es, fr.replace("é", "e").replace("û", "u"), "setiembre" if es == "septiembre" else es)
        for months, (fr, es) in zip(_parser.parserinfo.MONTHS, _FR_ES, strict=True)
    ]
    JUMP = [*_parser.parserinfo.JUMP, "de", "del", "le", "el"]  # noqa: RUF012


_INFO = _Info(dayfirst=True)
_ORDINAL = re.compile(r"(?<=\d)(?:st|nd|rd|th|er|º|°)\b", re.IGNORECASE)
_DEFAULT = datetime.datetime(1900, 1, 1)  # noqa: DTZ001 - a naive sentinel, never returned


def parse_date(text: str) -> datetime.date | None:
    """Parse an isolated date; None when it is partial or does not parse.

    >>> parse_date("12 mars 2019"), parse_date("Jan. 5, 2020"), parse_date("March 2019")
    (datetime.date(2019, 3, 12), datetime.date(2020, 1, 5), None)
    """
    cleaned = _ORDINAL.sub("", text).replace(".", " ").strip(" ,|:")
    if not cleaned or not any(ch.isdigit() for ch in cleaned) or len(cleaned) > 60:
        return None
    month_first = cleaned[:1].isalpha() and not cleaned.lower().startswith(("le ", "el "))
    try:
        got = _parser.parse(cleaned, parserinfo=_INFO, default=_DEFAULT, dayfirst=not month_first, fuzzy=False)
    except (ValueError, OverflowError):
        return None
    if got.year == _DEFAULT.year or (got.day == 1 and not re.search(r"\b0?1\b", cleaned)):
        return None  # partial: no year, or no day written
    return got.date()
