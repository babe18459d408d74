"""Round 12 follow-up (session 22): a stripped Senate header's headline, date and place run into the story's line."""

from __future__ import annotations

from pressparse import parse

# Casey's page (tests/unseen xw_senate_casey_1): headline, date and place on the story's line, two spaces apart.
_CASEY = (
    "Casey backs shift in homeland security funding  March 6, 2007  WASHINGTON -- Pennsylvania's Sen. Bob Casey "
    "yesterday voiced strong support for a bill that would shift homeland security aid to larger states.  The "
    "Senate this week is considering the bill.\n"
)
# Barrasso's page (xw_senate_barrasso_1): punctuation stripped, one space after the year, no dash.
_BARRASSO = (
    "Press Releases             Statement on Petraeus Report  September 10  2007 WASHINGTON   U S  Senator Barrasso "
    "statement on Petraeus Report   I remain committed to supporting our military men and women in every way "
    "possible\n"
)


def test_a_place_after_the_header_date_is_the_dateline() -> None:
    doc = parse(_CASEY)
    assert doc.dateline is not None
    assert doc.dateline.text == "WASHINGTON --"
    assert [(m.kind.value, m.text) for m in doc.meta] == [
        ("title", "Casey backs shift in homeland security funding"),
        ("date", "March 6, 2007"),
    ]
    assert doc.body[0].text.startswith("Pennsylvania's Sen. Bob Casey")


def test_a_stripped_place_one_space_after_the_header_date_is_the_dateline() -> None:
    doc = parse(_BARRASSO)
    assert doc.dateline is not None
    assert doc.dateline.city == "WASHINGTON"
    assert doc.body[0].text.startswith("U S Senator Barrasso")


def test_a_date_and_a_capitals_word_inside_a_sentence_are_no_dateline() -> None:
    """The date ends no header: it is the story's, and the word after it no known place."""
    text = (
        "Police met on Monday and agreed a plan.  The report of March 6, 2007  ACME said the plan would work.  "
        "They will meet again.\n"
    )
    assert parse(text).dateline is None


def test_a_day_and_a_place_on_a_schedule_line_are_no_dateline() -> None:
    """A senator's public schedule (vb_senate_thomas_1): ``Monday, April 17`` / ``Alpine`` joined as the rendering
    prints it; a date first with no year opens no story (SPEC 5: the page's lines and the rendering agree)."""
    text = (
        "The following is Sen. Thomas' public schedule for the next five days. He will visit Alpine and Casper.\n\n"
        "Monday, April 17 Alpine\n\n7 a.m. Kringle's 161 Highway 89 Issues Breakfast\n\n"
        "Senator Thomas will have an informal meeting with folks from Alpine.\n"
    )
    assert parse(text).dateline is None


def test_a_date_line_with_its_year_over_a_place_is_still_a_dateline() -> None:
    """A stripped Senate header's date line over its place keeps its reading (xf_senate_conrad_1)."""
    doc = parse("June 12  2006  Fargo\n\nSenator Kent Conrad led a ceremony today.\n")
    assert doc.dateline is not None
    assert doc.dateline.city == "Fargo"


def test_a_day_set_apart_from_its_place_by_a_dash_or_with_its_state_is_a_dateline() -> None:
    """The review's counter-examples: a dash between the day and the place, or the place's state, make a dateline."""
    dashed = parse("Wednesday, March 4 - WASHINGTON, D.C.\nToday the Senate passed the farm bill by 68 to 30.\n")
    assert dashed.dateline is not None
    assert dashed.dateline.city == "WASHINGTON"
    stated = parse("March 4 CASPER, Wyo.\nSenator Craig Thomas today announced funds for the airport.\n")
    assert stated.dateline is not None
    assert stated.dateline.city == "CASPER"
