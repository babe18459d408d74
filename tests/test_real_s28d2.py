"""Datelines, session 28 (round 2): real unseen releases whose writer's dateline form was read wrong.

Each test holds the shape the writer prints (Reportable, Media OutReach, NewsUSA, Evertise Ai PR) beside a
close shape that must keep its reading. The rendering must read as the raw text (SPEC 5).
"""

from __future__ import annotations

from pressparse import parse


def _fields(text: str) -> tuple[str | None, ...] | None:
    d = parse(text).dateline
    if d is None:
        return None
    return (d.text, d.city, d.region, d.country, d.date_text, d.agency)


def _stable(text: str) -> bool:
    doc = parse(text)
    again = parse(doc.text)
    return _fields(doc.text) == _fields(text) and [b.text for b in doc.body] == [b.text for b in again.body]


# --- a lower-case state code and month on the dateline's own line (xr_wire_reportable_1) --------------------
# Reportable's clients type the dateline themselves, some in lower case: "Boston, ma - april 15, 2026" on a line
# of its own ("Dallas, Tx -- March 23, 2026 --", xu_wire_reportable_1). A two-letter code in lower case is read as
# the region only when the tables know it and a date follows its dash: "Paris, in 2020" stays a sentence.


def test_lower_case_state_code_before_a_date_is_the_region() -> None:
    """ "Boston, ma - april 15, 2026" alone on its line: city, region and date."""
    text = "Boston, ma - april 15, 2026\n\nSave On Wireless, the price comparison platform, today released a report.\n"
    assert _fields(text) == ("Boston, ma - april 15, 2026", "Boston", "ma", None, "april 15, 2026", None)
    assert str(parse(text).published) == "2026-04-15"
    assert _stable(text)


def test_lower_case_word_after_a_place_is_no_region() -> None:
    """A lower-case word after a place's comma with no date after its dash is no region: no dateline."""
    assert _fields("Boston, in - the end, it was a good year for the city and its people.\n") is None
    assert _fields("Boston, ma - the city said today that it would open a new park.\n") is None
