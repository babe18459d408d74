"""Datelines, session 27 (helper d2): fuzz pins of SPEC 5 where the dateline changed in the rendering's reading.

Each test pins a finding of ``tests/test_fuzz_regressions.py`` (named in its docstring) by the shape a release
writes; a close real-style shape that must keep its reading stands beside it.
"""

from __future__ import annotations

from pressparse import parse
from tests.fuzz_parse import problems


def _dateline(text: str) -> str | None:
    doc = parse(text)
    return None if doc.dateline is None else doc.dateline.text


# --- a place after a phone number, a title's words after it (F1129-30) -------------------------------------------
# A Senate page's header flattened to one line: the press office's phone, then the place and its stripped "DC".
# The line is a contact's (a note line); with the place cut out of it, its rest is still read as a story or a
# title: "THE" alone in capitals is a title's word, as the rendering ("WASHINGTON DC  THE") reads it.


def test_place_after_a_phone_over_a_word_in_capitals_is_no_dateline() -> None:
    """F1129-30: ``202-224-5566 WASHINGTON  DC  THE``: no dateline, in the parse and in its rendering's parse."""
    text = "202-224-5566 WASHINGTON  DC  THE"
    assert _dateline(text) is None
    assert problems(text, render=True) == []
    assert problems("02228566 TON  DC  U", render=True) == []


def test_place_after_a_phone_over_the_story_stays_a_dateline() -> None:
    """The place line's story in sentence case, or the stripped "U S" of a lost senator's name, keeps it."""
    text = "Contact: Jane Roe  202 224 5566  WASHINGTON  DC  Senator Roe today urged the Department of Agriculture."
    assert _dateline(text) == "WASHINGTON DC"
    assert _dateline("202 224 5566 WASHINGTON  DC  U S    D OH  today urged the agency.") == "WASHINGTON DC"
    assert problems(text, render=True) == []


# --- a place's dash closing its line, the date under it (F1129-19) --------------------------------------------------
# "WASHINGTON —" / "March 4, 2025 — The agency …": the place line broken after its dash (a scrape that kept the
# dateline's parts on lines of their own). The rendering runs the story on after the dash, "WASHINGTON — March 4,
# 2025 — The agency …", and reads the date there; the first reading now reads it across the line break too.


def test_date_under_a_place_dash_is_the_datelines() -> None:
    """F1129-19: the date (or the wire) on the line under the place's dash is read into the dateline."""
    text = "WASHINGTON \u2014\nMarch 4, 2025 \u2014 The agency opened its doors."
    doc = parse(text)
    assert doc.dateline is not None
    assert (doc.dateline.text, doc.dateline.date_text) == ("WASHINGTON \u2014 March 4, 2025 \u2014", "March 4, 2025")
    assert [b.text for b in doc.body] == ["The agency opened its doors."]
    assert (
        _dateline("WASHINGTON \u2014\nReuters \u2014 The agency opened its doors.")
        == "WASHINGTON \u2014 Reuters \u2014"
    )
    for case in (text, "GTON\u2014\nMarch 4, 2.", "WASHINGTON \u2014\n\nMarch 4, 2025 \u2014 The agency said."):
        assert problems(case, render=True) == []


def test_date_line_alone_under_a_place_dash_stays_meta() -> None:
    """A date alone on its line under the place line is the page's date (meta); the story under it opens after it."""
    text = "WASHINGTON \u2014\nMarch 4, 2025\nThe agency opened its doors to the public on Tuesday."
    doc = parse(text)
    assert _dateline(text) == "WASHINGTON \u2014"
    assert [(m.kind.value, m.text) for m in doc.meta] == [("date", "March 4, 2025")]
    assert problems(text, render=True) == []


# --- an end mark's dash under a place line (F1129-25) --------------------------------------------------------------
# "Chicago" / "-30-": the end mark's line is meta's, and the rendering leaves it out whole; its first dash closed
# the place over it, which the rendering (without that line) read as no dateline.


def test_end_mark_under_a_place_line_does_not_close_the_place() -> None:
    """F1129-25: ``-30-`` under ``Chicago`` is an end mark; the dateline is read where the rendering reads it."""
    text = "Chicago\n-30-\nFOR IMMEDIATE RELEASE SPRINGFIELD \u2013 The state opened a new office today."
    doc = parse(text)
    assert _dateline(text) == "SPRINGFIELD \u2013"
    assert [(m.kind.value, m.text) for m in doc.meta] == [
        ("end_mark", "-30-"),
        ("release_note", "FOR IMMEDIATE RELEASE"),
    ]
    assert problems(text, render=True) == []
    assert problems("Into\u2028-30-\nIMMEDIATE RELEASE THia\u2013S.", render=True) == []


def test_dash_opening_the_story_line_still_closes_the_place() -> None:
    """``CHICAGO`` / ``— The Cook County Board …``: a dash opening the story's line closes the place line."""
    text = "CHICAGO\n\u2014 The Cook County Board voted today to raise the sales tax."
    assert _dateline(text) == "CHICAGO \u2014"
    assert problems(text, render=True) == []


# --- a wire's reversed dateline after a tab (F1129-28) ---------------------------------------------------------------
# NewMediaWire's pages glue a photo's caption to the wire's reversed dateline ("… all ages. (NewMediaWire) -
# September 27, 2024 - Glendale, CA – …"); a scrape that kept a table cell's tab there reads as the rendering's one
# space does (SPEC 2 makes both one space).
_CAPTION = "Families meet the staff at the new center, where care is offered around the clock to residents of all ages."
_WIRE = (
    "(NewMediaWire) - September 27, 2024 - Glendale, CA \u2013 A growing number of families now turn to the company."
)


def test_wire_dateline_after_a_tab_is_read_as_after_a_space() -> None:
    """F1129-28: the tab before ``(NewMediaWire)`` opens the wire's dateline, as a space there does."""
    tabbed, spaced = parse(f"{_CAPTION}\t{_WIRE}"), parse(f"{_CAPTION} {_WIRE}")
    assert tabbed.dateline is not None
    assert spaced.dateline is not None
    assert tabbed.dateline.text == spaced.dateline.text == "(NewMediaWire) - September 27, 2024 - Glendale, CA \u2013"
    assert [b.text for b in tabbed.body] == [_CAPTION, "A growing number of families now turn to the company."]
    assert problems(f"{_CAPTION}\t{_WIRE}", render=True) == []
    assert problems(")\t(NaW)-November 5 2024- R", render=True) == []


def test_tab_before_a_bracketed_word_with_no_date_stays_prose() -> None:
    """A bracketed name after a tab with no date after it is the sentence's: no dateline."""
    text = "Revenue rose sharply\t(Acme) - the company said on Monday that sales were up."
    assert _dateline(text) is None
    assert problems(text, render=True) == []


# --- a markdown-marked line that is the story's first paragraph (F1129-29) ---------------------------------------
# A converter marks the page's first paragraph "#"; when that line reads as the story's (long, a final stop), meta
# keeps it in the body, no title, and the rendering (the mark dropped) reads its dateline: so does the first
# reading. A marked headline in title case, no stop, stays the title and holds no dateline.


def test_marked_story_line_holds_its_dateline() -> None:
    """F1129-29: ``# BOGOTA, Colombia – Police … on Monday.`` (a sentence, 80 characters or more) opens the story."""
    text = (
        "# BOGOTA, Colombia \u2013 Police arrested five suspects across the northern region on Monday.\n"
        "The operation was led by the national police."
    )
    doc = parse(text)
    assert _dateline(text) == "BOGOTA, Colombia \u2013"
    assert doc.body[0].text == "Police arrested five suspects across the northern region on Monday."
    assert problems(text, render=True) == []
    pin = "# TiTA, Colombia\u00a0\u2013 Dr. acrspects arrested (ELN) across e.g. Dr. crime trafficking?\n\u64b7"
    assert problems(pin, render=True) == []


def test_marked_headline_stays_the_title() -> None:
    """A marked headline in title case with no stop is the title: no dateline in it."""
    text = (
        "# BOGOTA, Colombia \u2013 Police Arrest Five Suspects Across the Northern Region of the Country\n"
        "The operation was led by the national police."
    )
    doc = parse(text)
    assert doc.dateline is None
    assert doc.title == "BOGOTA, Colombia \u2013 Police Arrest Five Suspects Across the Northern Region of the Country"
    assert problems(text, render=True) == []
