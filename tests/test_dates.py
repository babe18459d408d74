"""``_dates.parse_date``: the isolated date as written -> ``datetime.date`` or None.

Method: ``DEV`` holds the date shapes of the dateline conventions (issue 3)
and of the meta date lines; ``BUGS_CAUGHT`` the shapes the real corpus showed
(``../shared/corpus/real``), named after the file; ``NEGATIVE`` the partial
and non-dates that must give None (issue 3: "unparseable or partial dates
leave ``date=None``"). New shapes go to the group they belong to, with an id.
"""

from __future__ import annotations

import datetime

import pytest

from pressparse import parse
from pressparse._dates import parse_date

DEV: dict[str, tuple[str, datetime.date]] = {
    "day-month-year": ("12 March 2019", datetime.date(2019, 3, 12)),
    "ap-abbreviated-month": ("Jan. 5, 2020", datetime.date(2020, 1, 5)),
    "ap-sept": ("Sept. 10, 2025", datetime.date(2025, 9, 10)),
    "month-day-year": ("December 22, 2013", datetime.date(2013, 12, 22)),
    "french": ("12 mars 2019", datetime.date(2019, 3, 12)),
    "french-le": ("le 12 mars 2019", datetime.date(2019, 3, 12)),
    "french-accent": ("1er août 2021", datetime.date(2021, 8, 1)),
    "spanish-de": ("3 de mayo de 2021", datetime.date(2021, 5, 3)),
    "spanish-setiembre": ("7 de setiembre de 2020", datetime.date(2020, 9, 7)),
    "range-day-first": ("21-22 July 2022", datetime.date(2022, 7, 21)),
    "range-month-first": ("May 3-5, 2023", datetime.date(2023, 5, 3)),
    "ordinal": ("11th November, 2020", datetime.date(2020, 11, 11)),
    # all-numeric: ISO; dotted is day first (European); slashed or dashed when one number is over 12
    "numeric-iso": ("2026-11-23", datetime.date(2026, 11, 23)),
    "numeric-dotted": ("23.11.2026", datetime.date(2026, 11, 23)),
    "numeric-dotted-both-under-13": ("5.3.2021", datetime.date(2021, 3, 5)),
    "numeric-slashed-day-first": ("23/11/2026", datetime.date(2026, 11, 23)),
    "numeric-slashed-month-first": ("11/23/2026", datetime.date(2026, 11, 23)),
    "numeric-dashed-day-first": ("23-11-2026", datetime.date(2026, 11, 23)),
    # a two-digit year (senate.gov's "11.18.25") when one number is over 12, the century 2000
    "numeric-two-digit-year-day-first": ("23.11.26", datetime.date(2026, 11, 23)),
    "numeric-two-digit-year-month-first": ("11.18.25", datetime.date(2025, 11, 18)),
}

BUGS_CAUGHT: dict[str, tuple[str, datetime.date]] = {
    "wire_024-ordinal-month-first": ("September 12th, 2025", datetime.date(2025, 9, 12)),
    "wire_028-spanish": ("13 de agosto de 2026", datetime.date(2026, 8, 13)),
    "wire_033-comma-after-month": ("01 Nov, 2024", datetime.date(2024, 11, 1)),
    "wire_026-capitals": ("JUNE 23, 2026", datetime.date(2026, 6, 23)),
    "senate_006-punctuation-stripped": ("November 1  2007", datetime.date(2007, 11, 1)),
    "wire_025-zero-padded-day": ("Jan. 08, 2026", datetime.date(2026, 1, 8)),
}

NEGATIVE: dict[str, str] = {
    "month-year-only": "March 2019",
    "month-day-only": "May 1",
    "word-may": "may",
    "free-text": "this year 21",
    "empty": "",
    "no-digits": "March",
    "impossible-day": "31 February 2020",
    "too-long": "12 March 2019 " * 10,
    "numeric-ambiguous": "5/3/2021",  # 5 March in Europe, May 3 in the US: not guessed
    "numeric-ambiguous-dashed": "05-03-2021",
    "numeric-impossible": "31.02.2026",
    "numeric-mixed-separators": "23.11/2026",
    "numeric-two-digit-year-order-open": "06.12.25",  # June 12 on senate.gov, 6 December in Europe
    "numeric-two-digit-year-dashed": "23-11-26",  # dashes: reference numbers
}


class TestParseDate:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [*DEV.values(), *BUGS_CAUGHT.values()],
        ids=[*DEV, *BUGS_CAUGHT],
    )
    def test_parses(self, text, expected) -> None:
        """A full date as written parses to its day (a range to its first day)."""
        assert expected == parse_date(text)

    @pytest.mark.parametrize("text", list(NEGATIVE.values()), ids=list(NEGATIVE))
    def test_negative(self, text) -> None:
        """A partial date or a non-date gives None."""
        assert None is parse_date(text)


@pytest.mark.parametrize(
    ("month_first", "expected"),
    [(True, datetime.date(2021, 5, 3)), (False, datetime.date(2021, 3, 5)), (None, None)],
    ids=["us", "europe", "unknown"],
)
def test_month_first_settles_an_ambiguous_numeric_date(month_first, expected) -> None:
    """The caller's context (a US dateline) reads ``5/3/2021``; without it the date is left open."""
    assert expected == parse_date("5/3/2021", month_first=month_first)


def test_month_first_does_not_override_the_numbers() -> None:
    """A number over 12 settles the order whatever the caller says; dotted dates are always day first."""
    assert datetime.date(2026, 11, 23) == parse_date("23/11/2026", month_first=True)
    assert datetime.date(2021, 3, 5) == parse_date("5.3.2021", month_first=True)


@pytest.mark.parametrize(
    ("text", "month_first", "expected"),
    [
        ("03/03/2026", None, datetime.date(2026, 3, 3)),  # the same number twice: both orders give the date
        ("03.03.26", None, datetime.date(2026, 3, 3)),
        ("03.04.26", True, datetime.date(2026, 3, 4)),  # senate.gov writes the month first
        ("03.04.26", False, datetime.date(2026, 4, 3)),
        ("03.04.26", None, None),
        ("13.04.26", True, datetime.date(2026, 4, 13)),  # the numbers settle it whatever the caller says
    ],
    ids=["same-number-slashed", "same-number-short", "short-us", "short-europe", "short-open", "short-settled"],
)
def test_numeric_date_orders(text, month_first, expected) -> None:
    """Equal numbers need no order; a two-digit-year date follows the caller's context like a four-digit one."""
    assert expected == parse_date(text, month_first=month_first)


@pytest.mark.parametrize(
    ("dateline", "expected"),
    [
        ("BEXLEY, Ohio –", datetime.date(2026, 3, 4)),
        ("WASHINGTON, D.C. –", datetime.date(2026, 3, 4)),
        ("LONDON, England –", None),
        ("", None),
    ],
    ids=["us-state", "us-capital", "europe", "no-dateline"],
)
def test_release_date_read_under_its_dateline(dateline, expected) -> None:
    """A US dateline reads the release's own all-numeric date line month first; other datelines leave it open."""
    doc = parse(f"Burglar Sentenced to 18 Years\n\nRelease Date: 03/04/2026\n\n{dateline} A man was sentenced today.")
    assert [m.date for m in doc.meta if m.kind.value == "date"] == [expected]
