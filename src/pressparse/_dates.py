"""Dates as written in releases, parsed with python-dateutil on the isolated date only.

Callers isolate the date with their own grammar first (the dateline stage,
the meta date line); ``parse_date`` never searches free text, so "may" or
"this year 21" never become dates. Month names in English, French and
Spanish come from ``_data.months`` (shared with the dateline grammar) and
reach dateutil through its ``parserinfo``. Day-first unless the month is
spelled first. A range of days ("21-22 July 2022", "July 21-22, 2022") gives
its first day. All-numeric dates: ISO ``2026-11-23``; dotted ``23.11.2026``
is day first (the European form; US releases never write it); slashed or
dashed ``11/23/2026``, ``23-11-2026`` are read only when the numbers settle
the order (one of them is over 12, or both are the same) or the caller
knows it (``month_first``, a US dateline; two-digit years too): ``5/3/2021`` is 5 March in Europe and May 3 in the US. A
date without a day or a year is partial: ``None``. The two plain shapes
most releases use (``March 4, 2025``, ``12 March 2019``) are read directly,
with the result dateutil gives, since dateutil costs a tenth of a
millisecond a call.
"""

from __future__ import annotations

import datetime
import re

from dateutil import parser as _parser

from pressparse._data.months import MONTHS


class _Info(_parser.parserinfo):
    """English month and weekday names plus French and Spanish months (``_data.months``)."""

    # dateutil reads these class attributes and accepts any number of spellings per month.
    MONTHS = [  # noqa: RUF012
        tuple(name for name, number in MONTHS.items() if number == month)  # type: ignore[misc]
        for month in range(1, 13)
    ]
    JUMP = [*_parser.parserinfo.JUMP, "de", "del", "le", "el", "@"]  # noqa: RUF012


_INFO = _Info(dayfirst=True)
# Ordinal suffixes: "12th", "1er" (French), "1º" (Spanish).
_ORDINAL = re.compile(r"(?<=\d)(?:st|nd|rd|th|er|º|°)\b", re.IGNORECASE)
# A range of days keeps its first day: "21-22 July" -> "21 July".
_RANGE = re.compile(r"(?<![\d\-/])(\d{1,2})\s?[-–]\s?\d{1,2}(?![\d\-/])")
_DAY_WRITTEN = re.compile(r"(?<![\d:])0?1(?![\d:])")
# All-numeric dates: "2026-11-23" (ISO), "23.11.2026" (dotted, day first), "11/23/2026", "23-11-2026".
_ISO = re.compile(r"(?P<year>[0-9]{4})-(?P<month>[0-9]{1,2})-(?P<day>[0-9]{1,2})")
_NUMERIC = re.compile(r"(?P<a>[0-9]{1,2})(?P<sep>[./-])(?P<b>[0-9]{1,2})(?P=sep)(?P<year>[0-9]{4})")
# A two-digit year, as senate.gov prints its dates ("06.12.25"): read only when the day is over 12, for the
# order differs by source (senate.gov writes the month first, European pages the day).
_NUMERIC_SHORT = re.compile(r"(?P<a>[0-9]{1,2})(?P<sep>[./])(?P<b>[0-9]{1,2})(?P=sep)(?P<year>[0-9]{2})")
# An all-numeric date whose slashes a scraper stripped to spaces (punctuation-stripped Senate pages).
_STRIPPED_NUMERIC = re.compile(r"([0-9]{2}) ([0-9]{2}) ([0-9]{4})")
_DEFAULT = datetime.datetime(1900, 1, 1)  # noqa: DTZ001 - a naive sentinel, never returned
# The two shapes most releases write, read without dateutil (a fast path, STYLE rule 16; dateutil gives
# the same date for them): "March 4, 2025", "Jan  5 2020" (month first) and "12 March 2019" (day first).
# Anything else, or a day or date that does not exist, goes to dateutil.
_MONTH_FIRST = re.compile(r"(?P<month>[^\W\d_]++) {1,3}+(?P<day>[0-9]{1,2}+),? {1,3}+(?P<year>[0-9]{4})")
_DAY_FIRST = re.compile(r"(?P<day>[0-9]{1,2}+) {1,3}+(?P<month>[^\W\d_]++),? {1,3}+(?P<year>[0-9]{4})")


def _simple_date(cleaned: str) -> datetime.datetime | None:
    """The date of a plain ``Month D, YYYY`` or ``D Month YYYY``; None for any other shape."""
    m = _MONTH_FIRST.fullmatch(cleaned) or _DAY_FIRST.fullmatch(cleaned)
    if m is None:
        return None
    month = MONTHS.get(m["month"].lower())
    day, year = int(m["day"]), int(m["year"])
    if month is None or year < 1000:
        return None
    try:
        return datetime.datetime(year, month, day)  # noqa: DTZ001 - compared with the naive sentinel
    except ValueError:
        return None  # "February 30": dateutil decides


def _numeric_date(text: str, month_first: bool | None) -> datetime.date | None:
    """The date of an all-numeric date (``_ISO``, ``_NUMERIC``); None when its order is left open."""
    iso = _ISO.fullmatch(text)
    if iso is not None:
        year, month, day = int(iso["year"]), int(iso["month"]), int(iso["day"])
    else:
        m = _NUMERIC.fullmatch(text)
        short = _NUMERIC_SHORT.fullmatch(text) if m is None else None
        if short is not None:
            a, b, year = int(short["a"]), int(short["b"]), 2000 + int(short["year"])
            if a > 12 >= b or ((a == b or month_first is False) and b <= 12):
                day, month = a, b
            elif b > 12 >= a or month_first:
                month, day = a, b
            else:
                return None  # "06.12.25": June 12 on senate.gov, 6 December in Europe
            try:
                return datetime.date(year, month, day)
            except ValueError:
                return None
        if m is None:
            return None
        a, b, year = int(m["a"]), int(m["b"]), int(m["year"])
        if m["sep"] == "." or a > 12 or (b <= 12 and (a == b or month_first is False)):
            day, month = a, b
        elif b > 12 or month_first:
            month, day = a, b
        else:
            return None  # "5/3/2021": both orders are dates, and nothing says which
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def parse_date(text: str, *, month_first: bool | None = None) -> datetime.date | None:
    """Parse an isolated date; None when it is partial or does not parse.

    ``month_first`` settles an all-numeric date the numbers leave open
    (``5/3/2021``): True reads it the US way, False the European way, None
    leaves it unread.

    >>> parse_date("12 mars 2019"), parse_date("Jan. 5, 2020"), parse_date("March 2019")
    (datetime.date(2019, 3, 12), datetime.date(2020, 1, 5), None)
    >>> parse_date("21-22 July 2022"), parse_date("13 de agosto de 2026")
    (datetime.date(2022, 7, 21), datetime.date(2026, 8, 13))
    >>> parse_date("23.11.2026"), parse_date("5/3/2021"), parse_date("5/3/2021", month_first=True)
    (datetime.date(2026, 11, 23), None, datetime.date(2021, 5, 3))
    >>> parse_date("01 05 2007")  # a stripped Senate page's 01/05/2007
    datetime.date(2007, 1, 5)
    """
    stripped = text.strip()
    if stripped and all(ch.isdigit() or ch in "./-" for ch in stripped):  # all-numeric: never dateutil's guess
        return _numeric_date(stripped, month_first)
    spaced = _STRIPPED_NUMERIC.fullmatch(stripped)
    if spaced is not None:
        # "01 05 2007": a US Senate page's "01/05/2007" with its slashes stripped; the form is the Senate's, US order.
        return _numeric_date("/".join(spaced.groups()), True if month_first is None else month_first)
    cleaned = _RANGE.sub(r"\1", _ORDINAL.sub("", text)).replace(".", " ").strip(" ,|:")
    if not cleaned or not any(ch.isdigit() for ch in cleaned) or len(cleaned) > 60:
        return None
    got = _simple_date(cleaned)
    if got is None:
        month_first = cleaned[:1].isalpha() and not cleaned.lower().startswith(("le ", "el "))
        try:
            got = _parser.parse(cleaned, parserinfo=_INFO, default=_DEFAULT, dayfirst=not month_first, fuzzy=False)
        except (ValueError, OverflowError):
            return None
    if got.year == _DEFAULT.year or (got.day == 1 and not _DAY_WRITTEN.search(cleaned)):
        return None  # partial: no year, or no day written
    return got.date()
