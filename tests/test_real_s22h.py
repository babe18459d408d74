"""Round 22 heading cases (s22, a study of heading confusions over tests/unseen and tests/corpus).

Each case comes from a real release (named in the test's id) and keeps
beside it, as a negative, a close shape that must keep its reading. Every
positive is checked for SPEC 5 too: the clean text parses to the same body.
"""

from __future__ import annotations

import pytest

from tests.test_headings_s20b import _kind_of, _stable

# --- a title-case line under a paragraph that lost its stop (Senate archive pages print none) ---

# xo_senate_webb_1: the paragraphs end with no stop; the section's name stands between two of them.
WEBB_ABOVE = (
    "The Senate provided 480 million to continue development and testing of the F136 alternate jet engine This "
    "program will ensure full and fair competition among suppliers so that the F 35 flies with a reliable and best "
    "performing engine"
)
WEBB_UNDER = (
    "In addition the Senate appropriated in excess of 19 million for military research and development programs "
    "and more than 12 million for operations maintenance and procurement activities in the Commonwealth"
)
# vb_senate_whitehouse_1: the paragraph above lost its stop, the one under keeps its stops.
WHITEHOUSE_ABOVE = (
    "An audit conducted by the Special Inspector General for Iraq Reconstruction found that the Parsons Company "
    "received $186 million over the past three years. As of May 10, only 15 centers had been completed-and only "
    "eight were open to the public"
)
WHITEHOUSE_UNDER = (
    "There are now more contractors (180,000) than military personnel (156, 247) in Iraq. A list of companies "
    "contracted in support of Operations Iraqi and Enduring Freedom does not exist."
)

# The page's title and its first paragraph, which opens the story before the paragraphs with no stop.
OPENING = (
    "Senator Jim Webb Virginia\n\nWASHINGTON - Senator Jim Webb announced today that the Senate approved the "
    "Fiscal Year 2008 Defense Appropriations bill.\n\n"
)

UNSTOPPED = [
    pytest.param(WEBB_ABOVE, "Commonwealth Wide Military Programs", WEBB_UNDER, id="xo_senate_webb_1"),
    pytest.param(
        WHITEHOUSE_ABOVE, "Outsourcing the War, Lack of Accountability", WHITEHOUSE_UNDER, id="vb_senate_whitehouse_1"
    ),
]


@pytest.mark.parametrize(("above", "line", "under"), UNSTOPPED)
def test_title_case_line_under_a_paragraph_with_no_stop_is_a_heading(above: str, line: str, under: str) -> None:
    text = f"{OPENING}{above}\n\n{line}\n\n{under}\n"
    assert _kind_of(text, line) == "heading"
    assert _stable(text)


NOT_UNSTOPPED = [
    # The paragraph broke mid-sentence on a small word: the line under it continues it.
    pytest.param(WEBB_ABOVE + " for the", "Commonwealth Wide Military Programs", WEBB_UNDER, id="broken-on-small-word"),
    # A sentence in the story's case under a paragraph with no stop is the next sentence (senate_durbin_1).
    pytest.param(
        WEBB_ABOVE, "But it appears they are not going to question it he said", WEBB_UNDER, id="sentence-case"
    ),
    # A short line that stops on a word is the first half of a wrapped headline (da_006), not a paragraph.
    pytest.param("Cook County State's Attorney Secures Guilty Verdict", "In Fraud Case", WEBB_UNDER, id="wrapped"),
]


@pytest.mark.parametrize(("above", "line", "under"), NOT_UNSTOPPED)
def test_line_under_an_unfinished_line_is_no_heading(above: str, line: str, under: str) -> None:
    text = f"{OPENING}{above}\n\n{line}\n\n{under}\n"
    assert _kind_of(text, line) != "heading"


# --- a label of two words or more ending in a colon over its value, no sentence (x9_da_cook_3, xn_wire_noticias_1) ---

COOK_ABOVE = (
    "Anyone who would like to report election-related misconduct at a polling place may do so at the following:"
)
COOK_STORY = "CHICAGO - The Cook County State's Attorney's Office will staff a hotline on Election Day.\n\n"

VALUE_LABELS = [
    pytest.param(COOK_ABOVE, "Election Complaint Phone Hotline:", "(773) 674-2728", id="x9_da_cook_3-phone"),
    pytest.param(
        "Servings: 4",
        "Honey-Lemon Marinated Grapes:",
        "2 tablespoons extra-virgin olive oil 3 tablespoons lemon juice 1 tablespoon honey",
        id="xn_wire_noticias_1-recipe",
    ),
]


@pytest.mark.parametrize(("above", "line", "under"), VALUE_LABELS)
def test_label_over_its_value_is_a_heading(above: str, line: str, under: str) -> None:
    text = f"{COOK_STORY}{above}\n\n{line}\n\n{under}\n\nThe office will answer every call.\n"
    assert _kind_of(text, line) == "heading"
    assert _stable(text)


NOT_VALUE_LABELS = [
    # A sentence's lead-in over the names it lists (xn_wire_citybiz_2): a clause's word, no label.
    pytest.param("This year's grantees include:", "American Friends of Magen David Adom", id="lead-in"),
    # A one-word field label over its value ("Source:", "Note:") is a field, not a section.
    pytest.param("Source:", "Cook County Clerk", id="one-word-field"),
]


@pytest.mark.parametrize(("line", "under"), NOT_VALUE_LABELS)
def test_lead_in_or_field_over_a_value_is_no_heading(line: str, under: str) -> None:
    text = f"{COOK_STORY}{COOK_ABOVE}\n\n{line}\n\n{under}\n\nThe office will answer every call.\n"
    assert _kind_of(text, line) != "heading"
