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


# --- the fuzz pins of SPEC 5: the dateline of the rendering is the first reading's ------------------------------
# A contact's line under its label reads like a place line ("JANE ROE, PR –"); meta takes it with the label, and the
# rendering leaves it out, so the place line under it opens the story there (fuzz F1129-13).
_UNDER_CONTACT = "Media contact:\nJANE ROE, PR \u2013\nLYON \u2013\nPolice met today in the city."


def test_place_line_under_a_contact_s_line_opens_the_story() -> None:
    """The contact's line does not stack over the place line: ``LYON –`` is the dateline, as in the rendering."""
    for text in (_UNDER_CONTACT, "contact:YN,F\u2013\nRead more\nLYON-\nS?"):
        doc = parse(text)
        assert doc.dateline is not None
        assert "LYON" == doc.dateline.city
        assert _stable(text)
        again = parse(doc.text).dateline
        assert again is not None
        assert doc.dateline.text == again.text


def test_place_line_under_a_place_line_still_stacks() -> None:
    """Without the label, the line above is the rendering's too and reads the place line as its story: no dateline."""
    text = "YN,F\u2013\nRead more\nLYON-\nS?"
    assert parse(text).dateline is None
    assert _stable(text)


# A date on its line closed by a dash, the place under it past a blank line that holds spaces: the rendering runs
# the story on after the dash, one space, and reads the place there (fuzz F1129-14).
_DATE_OVER_PLACE = "March 5, 2026 \u2013\n\n          \nLONDON, UK \u2013 Acme said today it would expand its plant."


def test_place_under_a_dated_line_past_a_spaced_blank_line_is_read() -> None:
    """``March 5, 2026 –`` / spaces / ``LONDON, UK – Acme said``: one dateline, date and place."""
    for text in (_DATE_OVER_PLACE, "7 December 2018-\n\n         \nCh- S."):
        doc = parse(text)
        assert doc.dateline is not None
        assert doc.dateline.city is not None
        assert _stable(text)
    doc = parse(_DATE_OVER_PLACE)
    assert doc.dateline is not None
    assert ("LONDON", "UK", "March 5, 2026") == (doc.dateline.city, doc.dateline.country, doc.dateline.date_text)


def test_story_under_a_dated_line_past_a_spaced_blank_line_keeps_the_date_alone() -> None:
    """``March 5, 2026 –`` / spaces / ``Acme said today …``: no place under it, the date alone is the dateline."""
    text = "March 5, 2026 \u2013\n\n          \nAcme said today it would expand its plant."
    doc = parse(text)
    assert doc.dateline is not None
    assert ("March 5, 2026 \u2013", None) == (doc.dateline.text, doc.dateline.city)


# A place alone on a markdown heading's line, its dash glued to the story's line under it: the rendering drops the
# mark and reads the dateline (fuzz F1129-16).
_MARKED_PLACE = "# WASHINGTON\n\u2014The senator introduced a bill today to fund the schools of the state."


def test_marked_place_with_its_dash_glued_below_is_the_dateline() -> None:
    """``# WASHINGTON`` / ``—The senator …``: the dateline, in the parse and in the parse of its rendering."""
    fuzz = (
        "# Innt\n-8:& Wealtut inInvestment and Wealth Management Industry During its Experience 2024 Annual "
        "Conference\n\nNewsDirect- I"
    )
    for text in (_MARKED_PLACE, fuzz):
        doc = parse(text)
        assert doc.dateline is not None
        assert _stable(text)
        again = parse(doc.text).dateline
        assert again is not None
        assert doc.dateline.text == again.text


def test_marked_title_over_a_dash_list_stays_a_title() -> None:
    """``# Annual Conference`` / ``- The conference …``: a bullet's dash is set apart; a title over a list item."""
    doc = parse("# Annual Conference\n- The conference gathers 500 experts from around the world to discuss policy.")
    assert doc.dateline is None
    assert "list_item" in [b.kind for b in doc.body]


# A bare place line whose story's sentence end lies one piece past the run of four: the rendering joins the place
# line and the story's first piece into one block, and its run of four reaches the sentence end (fuzz F1126-20).
_LONG_RUN = "WASHINGTON \u2014\n\n2 #\n\nAS 1 /\n\nWASHINGTON \u2014\n\nThe senator spoke."


def test_bare_place_reads_its_story_in_the_run_the_rendering_makes() -> None:
    """The first place line is the dateline, in the parse and in the parse of its rendering."""
    fuzz = "WASHINGTON \u2014\u2028\u00b2 #\rAS\u001e\u00f91 /\nWASHINGTON \u2014\n1.\n- O"
    for text in (_LONG_RUN, fuzz):
        doc = parse(text)
        assert doc.dateline is not None
        assert 0 == doc.dateline.span.start
        assert _stable(text)
        assert doc.text == parse(doc.text).text


def test_bare_place_with_its_sentence_end_two_pieces_past_the_run_reads_none() -> None:
    """One piece further than the rendering's run, the story of a bare place has no sentence end: no dateline."""
    text = "WASHINGTON \u2014\n\n2 #\n\nAS 1 /\n\nmore\n\nfrom\n\nThe senator spoke."
    doc = parse(text)
    assert doc.dateline is None
    assert _stable(text)
