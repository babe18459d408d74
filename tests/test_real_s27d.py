"""Datelines, session 27 (helper d): blind releases the unseen evaluation read wrong, and the fuzz pins of SPEC 5.

Each test copies its excerpt from a blind release (tests/unseen) or a pinned fuzz finding
(tests/test_fuzz_regressions.py); a close shape that must keep its reading stands beside it.
"""

from __future__ import annotations

from pressparse import parse, parse_dateline
from tests.test_real_s26n import _stable

# --- punctuation-stripped Senate pages ---------------------------------------------------------------------------
# Sherrod Brown's pages lost "Senator Sherrod Brown" (a link) from "U.S. Senator Sherrod Brown (D-OH) today urged",
# leaving "U S" at the end of the place's line, four spaces before the party tag (tb_senate_brown_1, the same
# in xt_senate_brown_1).
_BROWN = (
    "Press Release    In Wake of Recent Flooding  Brown Urges Feds To Provide Disaster Relief For Ohio Farmers  "
    "September 6  2007  Washington  DC  U S    D OH  today urged the U S  Department of Agriculture  USDA  "
    "Secretary Mike Johanns to declare a Disaster Emergency Designation for all 88 counties in Ohio  A triad of "
    "devastating weather events in Ohio this year severely crippled Ohios farmers  Frost and freeze conditions in "
    "early April damaged fruit and vegetable production"
)


def test_stripped_us_before_a_lost_name_opens_the_story() -> None:
    """``Washington  DC  U S`` / ``D OH today urged``: the stripped "U.S." is the story's, no title's word."""
    doc = parse(_BROWN)
    assert doc.dateline is not None
    assert ("Washington DC", "Washington", "DC") == (doc.dateline.text, doc.dateline.city, doc.dateline.region)
    assert _stable(_BROWN)


def test_place_over_a_title_in_capitals_stays_a_title() -> None:
    """A stripped place over a headline in capitals reads no dateline: ``U S SENATE PASSES`` is a title's words."""
    text = "Washington  DC  U S SENATE PASSES FARM BILL\n\nThe Senate passed the bill today by a wide margin."
    doc = parse(text)
    assert doc.dateline is None
    assert _stable(text)


# Mark Pryor's page: the headline in capitals and the place line on one physical line, a long run of spaces between
# them (the paragraph stage cuts the run); the story under the place (xw_senate_pryor_1).
_PRYOR = (
    "November 1  2007     Press Release        SENATE DEMOCRATS DISCUSS CONSUMER SAFETY" + " " * 40 + "WASHINGTON  D C"
    "    United States Senators Mark Pryor  D AR   Dick Durbin  D IL   Bill Nelson  D FL   Amy Klobuchar  D MN  and "
    "Bob Casey  D PA  held a press conference today to discuss recent remarks by the head of the Consumer Product "
    "Safety Commission"
)


def test_headline_in_capitals_before_a_run_of_spaces_leaves_the_place_line() -> None:
    """The headline's run of spaces is a blank line once rendered: the place line under it opens the story."""
    doc = parse(_PRYOR)
    assert doc.dateline is not None
    assert ("WASHINGTON D C", "D C") == (doc.dateline.text, doc.dateline.region)
    assert _stable(_PRYOR)


def test_headline_in_capitals_over_the_place_line_leaves_it_too() -> None:
    """On lines of their own, the headline in capitals and the place line read as before: the place opens the story."""
    text = "SENATE DEMOCRATS DISCUSS CONSUMER SAFETY\nWASHINGTON  D C    United States Senators met today on it."
    doc = parse(text)
    assert doc.dateline is not None
    assert "WASHINGTON D C" == doc.dateline.text
    assert _stable(text)


# --- wire leads ------------------------------------------------------------------------------------------------
# Newsworthy.ai writes the state and the country after one comma: "City, ST Country" (tc_wire_newsworthy_1).
_NEWSWORTHY = (
    "Houston, TX USA (Newsworthy.ai) Thursday Apr 10, 2025 @ 2:40 PM Pacific \u2014 As unemployment rates climb and "
    "headlines grow shakier, a different story is taking shape in Houston."
)


def test_state_and_country_after_one_comma_are_both_read() -> None:
    """``Houston, TX USA``: the region ``TX`` and the country ``USA``."""
    found = parse_dateline(_NEWSWORTHY)
    assert found is not None
    assert ("Houston", "TX", "USA", "Newsworthy.ai") == (found.city, found.region, found.country, found.agency)


def test_two_word_country_stays_one_country() -> None:
    """``SAN JOSE, Costa Rica``: a country of two words is no region and country."""
    found = parse_dateline("SAN JOSE, Costa Rica \u2013 Police met today and agreed on a plan.")
    assert found is not None
    assert (None, "Costa Rica") == (found.region, found.country)


# Evertise's page runs the headline into the story's line before the place in capitals (xx_wire_evertise_1).
_EVERTISE = (
    "Paradigm Asset Management Co. LLC New York, NY November 14, 2024\n\n"
    " Collective Intelligence Pioneer James E. Francis Releases Paradigm\u2019s Post-Election Market Analysis NEW "
    "YORK \u2013 In the aftermath of the 2024 U.S. presidential election, Paradigm Asset Management Co. LLC, a "
    "trailblazer in data-driven investment strategies since 1990, today announced its comprehensive analysis and "
    "strategic outlook for navigating the markets. The firm said so today.\n\nJames E. Francis, Chair, said more."
)


def test_place_in_capitals_after_a_run_on_headline_opens_the_story() -> None:
    """``… Market Analysis NEW YORK – In the aftermath``: the headline (a middle initial in it) and the dateline."""
    doc = parse(_EVERTISE)
    assert doc.dateline is not None
    assert ("NEW YORK \u2013", "NEW YORK") == (doc.dateline.text, doc.dateline.city)
    assert _stable(_EVERTISE)


def test_place_in_capitals_after_a_sentence_stays_the_story() -> None:
    """A sentence that ends before the place is the story's: ``… in the city. NEW YORK – …`` reads no dateline."""
    text = (
        "The firm met investors in the city. It said sales rose in the year NEW YORK \u2013 In the aftermath of the "
        "vote, the firm said its analysis was ready for clients and partners across the country and abroad."
    )
    assert parse(text).dateline is None
