"""Session 24, helper fl: fuzz pins of the paragraph and list stages (SPEC 5), and a wrapped subheading.

Each pin's input is copied from ``test_fuzz_regressions.py`` (OPEN there when this was written), with a
real-release-shaped text beside it, and a close shape that must keep its reading.
"""

from __future__ import annotations

from pressparse import clean, parse
from tests.fuzz_parse import problems
from tests.test_headings_s20b import _stable


def _body(text: str) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in parse(text).body]


# --- F1126-24: a star line under a lone dash line, the dateline's dash (paragraphs.split_lines) ---------------


def test_f1126_24_star_under_a_wrapped_dateline_reads_as_its_rendering() -> None:
    assert problems("CAGO\n\u2014 7.\u2028* a", render=True) == []


def test_star_line_under_a_wrapped_dateline_reads_alike_in_the_rendering() -> None:
    # "CHICAGO" / "— Cook County opened …": the dash is the dateline's, no list's; the rendering joins it to
    # the place, and the star line under the story's first sentence opens no item there (lower case after it).
    text = "CHICAGO\n\u2014 Cook County opened three cooling centres on Monday.\u2028* hours run from 9 a.m. to 9 p.m."
    assert problems(text, render=True) == []
    assert _body(text) == _body(clean(text))
    assert _body(text)[-1] == ("paragraph", "* hours run from 9 a.m. to 9 p.m.")


def test_items_of_one_marker_or_under_a_colon_still_continue_their_list() -> None:
    # Negative: a second dash item, or a star item under a list its label's colon opened, stays an item.
    assert _body("Centres\n- Cook County\n- hours run late") == [
        ("heading", "Centres"),
        ("list_item", "Cook County"),
        ("list_item", "hours run late"),
    ]
    assert _body("Police opened centres:\n\u2013 Cook County\n* hours run late")[1:] == [
        ("list_item", "Cook County"),
        ("list_item", "hours run late"),
    ]


# --- a subheading wrapped over two lines, its first line unable to end one (paragraphs.join_lines) -------------

# tb_senate_corzine_1: the report's title wraps after "Would Devastate", a verb after its modal, waiting for its
# object (the CQ layout of Senate pages, every line indented).
CORZINE_REPORT = (
    "SOCIAL SECURITY PRIVATIZATION COULD COST NEW JERSEY ECONOMY BILLIONS\n"
    "   Sen. Jon S. Corzine (D-N.J.) and New Jersey Citizen Action released a report today. \n"
    "   THE REPORT FROM THE INSTITUTE FOR AMERICA'S FUTURE FOLLOWS.\n"
    "   {above} \n"
    "   {below} \n"
    "   The Bush Social Security privatization plan creates a new $25.9 billion unfunded federal mandate on the "
    "state of New Jersey and would plunge 120,000 of New Jersey seniors into poverty. \n"
)


def test_subheading_wrapped_after_a_modal_and_its_verb_is_one_heading() -> None:
    # tb_senate_corzine_1 (the round-14 blind case).
    text = CORZINE_REPORT.format(above="Bush Privatization Plan Would Devastate", below="New Jersey's Economy")
    assert ("heading", "Bush Privatization Plan Would Devastate New Jersey's Economy") in _body(text)
    assert _stable(text)


def test_subheading_wrapped_after_a_small_word_is_one_heading() -> None:
    # The same wrap after a modal, "to" or a preposition: a headline never ends on one.
    for above, below in (
        ("Privatization Would", "Create a New Budget Crisis for New Jersey"),
        ("A New Unfunded Federal Mandate for", "New Jersey"),
        ("How the Plan Would Cut Benefits of", "Retirees in Every County"),
    ):
        text = CORZINE_REPORT.format(above=above, below=below)
        assert ("heading", f"{above} {below}") in _body(text), above
        assert _stable(text)


def test_two_complete_subheadings_in_a_row_stay_two() -> None:
    # Negative: a first line that ends on its noun, or on a verb with no modal before it, ends its heading
    # (yb_senate_wyden_1's "Statement for the Record" / "Senator Ron Wyden"; xc_senate_whitehouse_1's
    # "Floor Statement of Senator Sheldon Whitehouse" / "On State Approval for …" is its own case).
    for above, below in (
        ("Statement for the Record", "Senator Ron Wyden"),
        ("Floor Statement of Senator Sheldon Whitehouse", "On State Approval for Liquefied Natural Gas Terminals"),
        ("New Jersey Seniors Forced Into Poverty", "The Growing Trend of Unfunded Mandates"),
    ):
        text = CORZINE_REPORT.format(above=above, below=below)
        assert ("heading", above) in _body(text), above
        assert ("heading", below) in _body(text), below


def test_headline_over_a_paragraph_line_is_not_joined_to_it() -> None:
    # Negative: a line of prose under the open-ended line is the story, not the headline's end.
    text = CORZINE_REPORT.format(
        above="Bush Privatization Plan Would Devastate",
        below="The plan creates a new $25.9 billion unfunded federal mandate on the state of New Jersey.",
    )
    assert ("heading", "Bush Privatization Plan Would Devastate") in _body(text)
