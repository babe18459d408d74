"""Datelines, session 28 (helper d): fuzz pins of SPEC 5 where the dateline changed in the rendering's reading.

Each test pins a finding of ``tests/test_fuzz_regressions.py`` (named in its docstring) by the shape a release
writes; a close real-style shape that must keep its reading stands beside it.
"""

from __future__ import annotations

from pressparse import parse
from tests.fuzz_parse import problems
from tests.test_real_s27d2 import _dateline

# --- a closing dash under a blank line (F1129-44) ---------------------------------------------------------------------
# "CHICAGO" / "— The Cook County …": a wire's place line over its story, the dash opening the story's line (a PDF's
# layout). A dash under a blank line opens a block of its own, a bullet's, and the rendering sets blocks apart by one
# blank line whatever spaces the scrape left on it; so the place over it stays a line of its own in both readings.

_STORY = "The Cook County State's Attorney charged two men on Tuesday."


def test_dash_under_a_blank_line_closes_no_place() -> None:
    """F1129-44: a dash under a blank line, however many spaces it holds, closes no place over it."""
    for text in (f"CHICAGO\n\n\u2014 {_STORY}", f"CHICAGO   \n      \n\u2014 {_STORY}", "Titl   \n        \n? T."):
        assert _dateline(text) is None
        assert problems(text, render=True) == []


def test_dash_opening_the_next_line_still_closes_the_place() -> None:
    """The dash on the next line, indented or after trailing spaces, still closes the place over it."""
    for text in (f"CHICAGO\n\u2014 {_STORY}", f"CHICAGO   \n      \u2014 {_STORY}", f"CHICAGO\r\n\u2014 {_STORY}"):
        assert _dateline(text) == "CHICAGO \u2014"
        assert [b.text for b in parse(text).body] == [_STORY]
        assert problems(text, render=True) == []


# --- a stripped Senate header's city and region, the gap between them rendered as one space (F1129-45) ---------------
# "Harrisburg  Pennsylvania  Senator Bob Casey …": a Senate page stripped of its punctuation leaves runs of spaces for
# the comma and the dash; the gap reads the region (``_GAP_REGION``) and the run after it closes the dateline. The
# rendering writes the dateline's own gap as one space, and reads the title-case run's known region off its end.


def test_city_and_region_of_a_stripped_header_read_alike_in_the_rendering() -> None:
    """F1129-45: ``Harrisburg  Pennsylvania`` and its rendering ``Harrisburg Pennsylvania`` read the same place."""
    for text in (
        "Harrisburg  Pennsylvania  Senator Bob Casey today urged the Senate to act.",
        "Harrisburg Pennsylvania  Senator Bob Casey today urged the Senate to act.",
    ):
        dateline = parse(text).dateline
        assert dateline is not None
        assert ("Harrisburg Pennsylvania", "Harrisburg", "Pennsylvania") == (
            dateline.text,
            dateline.city,
            dateline.region,
        )
        assert problems(text, render=True) == []
    assert problems("Sr  Pennsylvania  N \xe9", render=True) == []


def test_headline_words_before_a_region_stay_a_headline() -> None:
    """A run that ends in a joining word before the region, or has no gap after it, names no place."""
    for text in (
        "Meet the Pennsylvania  Delegation today.",
        "Meet the  Pennsylvania  Delegation today.",
        "Santa Cruz  Senator Bob Casey today urged the Senate to act.",
    ):
        assert _dateline(text) is None
        assert problems(text, render=True) == []


# --- a place under a wire's line, in a block whose lines the rendering joins (F1129-46) -------------------------------
# "NewsDirect-" / "Sydney, May 1, 2024 - ATFX …": the wire's name and its dash on a line of their own, the place
# under them (``_past_break``). The rendering runs the two on, one space after the dash, and writes the place's block
# on one line, a space for each line break in it; the place's parts read the joined lines in the first reading too.


def test_place_under_a_wire_line_reads_its_joined_lines() -> None:
    """F1129-46: the place's block under the wire's dash reads its line break as the rendering's space."""
    text = "e\nNewsDirect-\n\nTe(\r;)\u20145"
    assert _dateline(text) == "NewsDirect- Te( ;)\u2014"
    assert problems(text, render=True) == []


def test_place_under_a_wire_line_on_one_line_keeps_its_reading() -> None:
    """A place and its date on one line under the wire's line stay the dateline; a place alone on its line too."""
    text = "News Direct \u2013\n\nSYDNEY, May 1, 2024 \u2013 ATFX said today it would open an office."
    assert _dateline(text) == "SYDNEY, May 1, 2024 \u2013"
    assert problems(text, render=True) == []
    alone = "News Direct \u2013\n\nSYDNEY\rMay 1, 2024 \u2013 ATFX said today it would open an office."
    assert _dateline(alone) == "May 1, 2024 \u2013"
    assert problems(alone, render=True) == []


# --- a markdown-marked place line under a paragraph (F1129-47) --------------------------------------------------------
# "# PRISM MediaWire – Weekly Press Release Round Up – …" at the top of a markdown dump is the page's title: meta takes
# it, the rendering drops it, and no dateline is read in it. Under a paragraph the rendering keeps, meta takes no
# title, so the rendering keeps the line, its mark dropped (``markdown_heading`` noise), and reads its dateline there.


def test_marked_place_line_under_a_paragraph_reads_its_dateline() -> None:
    """F1129-47: a marked place line under a kept paragraph reads as its rendering, the mark dropped."""
    for text in (".\n# AGUE- F.\nD", "Police met today.\n\n# LYON \u2013 The police said they met."):
        assert _dateline(text) is not None
        assert problems(text, render=True) == []


def test_marked_title_at_the_top_of_the_page_stays_a_title() -> None:
    """The marked line opening the page (under furniture too) is the title: no dateline."""
    for text in (
        "# PRISM MediaWire \u2013 Weekly Press Release Round Up \u2013 November 23\n\nThe story starts here. It goes on.",
        "Menu\n\n# PRISM MediaWire \u2013 Weekly Press Release Round Up \u2013 November 23\n\nThe story starts here.",
    ):
        doc = parse(text)
        assert doc.dateline is None
        assert [(m.kind.value, m.text) for m in doc.meta][:1] == [
            ("title", "PRISM MediaWire \u2013 Weekly Press Release Round Up \u2013 November 23")
        ]
        assert problems(text, render=True) == []


# --- a dash glued between a letter and a figure (F1129-56) ------------------------------------------------------------
# "Federal Jury Convicts Four MS-13 Members", "Beware of COVID-19 Scams", "USS GERALD R. FORD (CVN-79)": a dash glued
# between a letter and a figure joins a code or a compound (DA and Senate pages in tests/unseen); a wire sets its
# dateline's dash apart, or glues it to the story's word ("WASHINGTON—The"). The rendering would write the figure a
# space after the dash ("GTON— 1 /"), a line in capitals that reads as a heading, not as the code of the source.


def test_dash_glued_between_a_letter_and_a_figure_closes_no_place() -> None:
    """F1129-56: ``GTON—1 /`` is no dateline; the place line under it is, in both readings."""
    text = "t\rGTON\u20141 /\nPORE\u2014 T."
    assert _dateline(text) == "PORE\u2014"
    assert problems(text, render=True) == []
    code = "INTERSTATE-95 closures begin today. Drivers should plan ahead."
    assert _dateline(code) is None
    assert problems(code, render=True) == []


def test_dash_set_apart_before_a_figure_or_glued_to_a_word_still_closes_the_place() -> None:
    """A dash with spaces before a figure, or glued to the story's first word, is the dateline's."""
    for text, dateline in (
        ("WASHINGTON \u2014 18 suspects were charged today. Police said.", "WASHINGTON \u2014"),
        ("WASHINGTON\u2014The senator said today he would vote.", "WASHINGTON\u2014"),
    ):
        assert _dateline(text) == dateline
        assert problems(text, render=True) == []
