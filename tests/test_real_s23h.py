"""Round 14 heading cases (s23, the blind round ta_/tb_/tc_): where a title-case line's kind is decided.

Each case is a real excerpt (the release is named in the test's id) and
keeps beside it, as a negative, a close shape that must keep its reading.
Every positive is checked for SPEC 5 too: the clean text parses to the same
body. The wrapped subheadings (``… Would Devastate`` / ``New Jersey's
Economy``) are joined, if at all, by ``paragraphs.join_lines``, not by the
heading stage: they stand here as strict xfails until that stage joins them.
"""

from __future__ import annotations

import pytest

from tests.test_headings_s20b import _kind_of, _kinds, _stable
from tests.test_lists_s21 import WYDEN

# --- a section's name over a paragraph that ends in an endnote's mark (a report appended to a release) ---

# tb_senate_corzine_1: the Institute for America's Future report under Senator Corzine's release numbers its
# sources in brackets after each sentence's stop; the section's name stands between two paragraphs.
CORZINE_ABOVE = (
    "   In order to prudently plan for such a scenario, New Jersey would have to save a staggering $25.9 billion "
    "immediately in order to pay for the one in five chance that the stock market performs somewhat poorly.[ix] "
    "Because privatization would end the Social Security guarantee, New Jersey state will have to plan for the worst. "
)
CORZINE_UNDER = (
    "   According to the U.S. Census Bureau, the number of New Jerseyans living in poverty in 2003 was 741,000.[x] "
)
CORZINE_NEXT = (
    "   Currently, 522,000 New Jersey seniors rely on Social Security checks for at least half of their total "
    "income. 247,000 of these individuals depend on these benefits for almost all - 90 percent or more - of their "
    "total income.[xi] Privatization would cut benefits for all New Jersey beneficiaries, including those teetering "
    "at the edge of poverty. "
)
CORZINE_OPENING = (
    "SOCIAL SECURITY PRIVATIZATION COULD COST NEW JERSEY ECONOMY BILLIONS\n"
    "   Sen. Jon S. Corzine (D-N.J.) and New Jersey Citizen Action released a report today. \n"
)

NOTE_MARKED = [
    pytest.param("At Least 120,000 New Jersey Seniors Forced Into Poverty", id="tb_senate_corzine_1-poverty"),
    pytest.param("Privatization Would Create a New Budget Crisis for New Jersey", id="tb_senate_corzine_1-budget"),
    pytest.param("The Growing Trend of Unfunded Mandates on New Jersey", id="tb_senate_corzine_1-mandates"),
]


@pytest.mark.parametrize("line", NOTE_MARKED)
def test_title_case_line_over_a_sentence_closed_by_an_endnote_mark_is_a_heading(line: str) -> None:
    """A section's name over a paragraph that ends ``….[x]`` is a heading: the sentence ended at its stop."""
    text = f"{CORZINE_OPENING}{CORZINE_ABOVE}\n   {line} \n{CORZINE_UNDER}\n{CORZINE_NEXT}\n"
    assert "heading" == _kind_of(text, line)
    assert _stable(text)


# A bracket with no stop before it is the text's own words: the paragraph under ends on no sentence.
NOT_NOTE_MARKED = [
    pytest.param("the number of New Jerseyans living in poverty [in 2003]", id="bracket-without-stop"),
    pytest.param("the number of New Jerseyans living in poverty in 2003 was 741,000 [x]", id="mark-without-stop"),
]


@pytest.mark.parametrize("under", NOT_NOTE_MARKED)
def test_title_case_line_over_a_bracket_with_no_stop_keeps_its_reading(under: str) -> None:
    """The same line over a paragraph that ends in a bracket with no stop before it stays a paragraph."""
    line = "At Least 120,000 New Jersey Seniors Forced Into Poverty"
    text = f"{CORZINE_OPENING}{CORZINE_ABOVE}\n   {line} \n   According to the U.S. Census Bureau, {under} \n"
    assert "paragraph" == _kind_of(text, line)
    assert _stable(text)


# --- a subheading wrapped over two lines (Senate releases set the report's or the fact sheet's name so) ---

# tb_senate_corzine_1: the report's title wraps after "Would Devastate", a verb that needs its object.
CORZINE_WRAPPED = (
    f"{CORZINE_OPENING}"
    "   THE REPORT FROM THE INSTITUTE FOR AMERICA'S FUTURE FOLLOWS.\n"
    "   Bush Privatization Plan Would Devastate \n"
    "   New Jersey's Economy \n"
    "   The Bush Social Security privatization plan creates a new $25.9 billion unfunded federal mandate on the "
    "state of New Jersey and would plunge 120,000 of New Jersey seniors into poverty. \n"
)
# tb_senate_feingold_1: the fact sheet's name wraps before "On the …", which completes it.
FEINGOLD_WRAPPED = (
    "SENS. FEINGOLD, MCCAIN REINTRODUCE BILL TO MODERNIZE ARMY CORPS OF ENGINEERS\n"
    "   Sens. Russ Feingold (D-WI) and John McCain (R-AZ) have reintroduced legislation to modernize the U.S. Army "
    "Corps of Engineers. \n"
    "   Read Senator Feingold's statement introducing the legislation. \n"
    "   Fact Sheet from U.S. Senators Russ Feingold and John McCain\n"
    "   On the Water Resources Planning and Modernization Act of 2007\n"
    "   The Water Resources Planning and Modernization Act of 2007 continues the efforts of Senators Feingold and "
    "McCain to update and strengthen the U.S. Army Corps of Engineers and prioritize limited federal resources. \n"
)

WRAPPED = [
    pytest.param(
        CORZINE_WRAPPED,
        "Bush Privatization Plan Would Devastate New Jersey's Economy",
        id="tb_senate_corzine_1-would-devastate",
    ),
    pytest.param(
        FEINGOLD_WRAPPED,
        "Fact Sheet from U.S. Senators Russ Feingold and John McCain On the Water Resources Planning and "
        "Modernization Act of 2007",
        id="tb_senate_feingold_1-on-the",
        # the same shape as xc_senate_whitehouse_1's two headings ("Floor Statement of Senator …" / "On State …")
        marks=pytest.mark.xfail(strict=True, reason="a line opening on 'On' completes some headings, not others"),
    ),
]


@pytest.mark.parametrize(("text", "heading"), WRAPPED)
def test_subheading_wrapped_over_two_lines_is_one_heading(text: str, heading: str) -> None:
    """Two heading lines, the first unable to end a headline or the second opening on a preposition, are one."""
    assert "heading" == _kind_of(text, heading)
    assert _stable(text)


# Two complete headings in a row stay two: a statement's name over its speaker's (yb_senate_wyden_1), where the
# first line ends on its noun and the second opens on a name.


def test_two_complete_headings_in_a_row_stay_two() -> None:
    """``Statement for the Record`` over ``Senator Ron Wyden`` are two headings: neither line needs the other."""
    body = _kinds(WYDEN)
    assert ("heading", "Statement for the Record") in body
    assert ("heading", "Senator Ron Wyden") in body
    assert _stable(WYDEN)
