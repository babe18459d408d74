"""Session 30 (s): a cut subheading read by the heading rules' own test, as the rendering sets it alone."""

from __future__ import annotations

from tests.fuzz_parse import problems
from tests.test_real_s28m import _body


def test_glued_sentence_case_heading_over_a_short_sentence_is_no_heading() -> None:
    """Fuzz F1125-45 in words: a sentence-case phrase glued to a short sentence heads nothing.

    ``headings.standalone_heading`` reads a line in sentence case over a paragraph as a subheading only when
    the paragraph runs more than twice as long; the clean text sets a cut heading alone, so the cut asks the same.
    """
    text = "Police met on Monday.\n\nKey Findings and resultsAcquisition of land ran in May."
    assert _body(text) == [
        ("paragraph", "Police met on Monday."),
        ("paragraph", "Key Findings and results"),
        ("paragraph", "Acquisition of land ran in May."),
    ]
    assert problems(text, render=True) == []


def test_glued_heading_over_a_long_sentence_stays() -> None:
    """The same phrase over a sentence more than twice its length, or in title case, stays a glued subheading."""
    long = "Police met on Monday.\n\nKey Findings and resultsAcquisition of land for the new park ran from May to June."
    assert _body(long)[1] == ("heading", "Key Findings and results")
    title = "Police met on Monday.\n\nKey Findings and ResultsAcquisition of land ran in May."
    assert _body(title)[1] == ("heading", "Key Findings and Results")
    assert problems(long, render=True) == problems(title, render=True) == []


def test_labelled_release_date_between_items_is_read_past() -> None:
    """Fuzz F1125-52 in words: a ``Release Date:`` line meta takes from between two items ends no list.

    The rendering leaves the date line out and sets the items one under the other; the page reads past it.
    """
    text = "Police met.\n\nThe defendants include:\nJohn Roe\nRelease Date: March 4, 2025\nJane Doe"
    assert _body(text)[2:] == [("list_item", "John Roe"), ("list_item", "Jane Doe")]
    assert problems(text, render=True) == []


def test_a_date_alone_between_items_stays_an_item() -> None:
    """A date with no label under a list's colon is one of its items, as a schedule's date is."""
    text = "Police met.\n\nThe hearings are set for:\nMay 2, 2025\nJune 4, 2025"
    assert _body(text)[2:] == [("list_item", "May 2, 2025"), ("list_item", "June 4, 2025")]
    assert problems(text, render=True) == []
