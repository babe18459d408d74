"""Datelines, session 27 (helper d3): fuzz pins of SPEC 5 where the dateline changed in the rendering's reading.

Each test pins a finding of ``tests/test_fuzz_regressions.py`` (named in its docstring) by the shape a release
writes; a close real-style shape that must keep its reading stands beside it.
"""

from __future__ import annotations

from pressparse import parse
from tests.fuzz_parse import problems
from tests.test_real_s27d2 import _dateline

# --- a place line and a date line set apart (F1129-37) ---------------------------------------------------------------
# "CHICAGO —" / a repeated headline / "September 5 — The police said.": a scrape that set the dateline's parts on
# lines of their own, with page furniture between them. The rendering drops the furniture and sets the two lines
# apart by a blank line, as it does any two blocks; so the date under a blank line is not read into the place line
# over it (in the source or in the rendering), and opens a dateline of its own.

_REPEATED = "Charges Filed in Fatal Mag Mile Smash and Grab Burglary"


def test_date_under_furniture_below_a_place_dash_is_not_the_places() -> None:
    """F1129-37: a repeated headline (noise) between ``CHICAGO —`` and its date line: both readings agree."""
    text = f"{_REPEATED}\nCHICAGO \u2014\n{_REPEATED}\nSeptember 5 \u2014 Police charged two men on Tuesday."
    doc = parse(text)
    assert _dateline(text) == "September 5 \u2014"
    assert [b.text for b in doc.body] == ["CHICAGO \u2014", "Police charged two men on Tuesday."]
    assert problems(text, render=True) == []
    spaced = "Head line\nCHICAGO \u2014\n\nSeptember 5 \u2014 Police charged two men on Tuesday."
    assert _dateline(spaced) == "September 5 \u2014"
    for case in (text, spaced, "Head line\nFr\u2014\n\nSeptember 5\nCAGO\u2014T."):
        assert problems(case, render=True) == []


def test_date_on_the_line_under_a_place_dash_stays_the_datelines() -> None:
    """The date on the next line (a CRLF too) is still the dateline's; a date line alone under a blank line is meta.

    The story under furniture still opens after the place line when no date or wire opens it.
    """
    story = f"{_REPEATED}\nCHICAGO \u2014\n{_REPEATED}\nPolice charged two men on Tuesday."
    assert _dateline(story) == "CHICAGO \u2014"
    assert [b.text for b in parse(story).body] == ["Police charged two men on Tuesday."]
    assert problems(story, render=True) == []
    assert (
        _dateline("CHICAGO \u2014\r\nSeptember 5, 2024 \u2014 Police charged two men.")
        == "CHICAGO \u2014 September 5, 2024 \u2014"
    )
    text = "WASHINGTON \u2014\n\nMarch 4, 2025\n\nThe agency opened its doors to the public on Tuesday."
    doc = parse(text)
    assert _dateline(text) == "WASHINGTON \u2014"
    assert [(m.kind.value, m.text) for m in doc.meta] == [("date", "March 4, 2025")]
    assert problems(text, render=True) == []


# --- a wire's reversed dateline on the line under a wrapped caption (F1129-35) ----------------------------------------
# "… pictured during a place of" / "(NewMediaWire) - September 27, 2024 - Glendale, CA – A growing …": the layout
# joins the caption's wrapped line and the dateline's into one paragraph, which the rendering writes on one line,
# one space between them, where the wire's name after a space is read (pass 2); the first reading reads it after
# the joined line break too.

_WIRE = "(NewMediaWire) - September 27, 2024 - Glendale, CA \u2013 A growing number of firms said."


def test_wire_dateline_under_a_joined_caption_line_is_read() -> None:
    """F1129-35: the wire's reversed dateline after a joined line break is read, as after one space."""
    text = f"The new plant in Glendale, pictured during a place of\n{_WIRE}"
    doc = parse(text)
    assert _dateline(text) == "(NewMediaWire) - September 27, 2024 - Glendale, CA \u2013"
    assert [b.text for b in doc.body] == ["A growing number of firms said."]  # the caption line: a title (meta)
    for case in (text, "\u201c\n(Nwire)January 9 2025- D"):
        assert problems(case, render=True) == []


def test_parenthesis_under_a_joined_line_without_a_wire_form_stays_prose() -> None:
    """A parenthesis opening a wrapped line of a sentence, no date or dash after it, is no dateline."""
    for text in (
        "The plant opened in\n(Reuters) January 9 2025 the report said.",
        "The company said its\n(Acme Robotics) plant will open on January 9, 2025 in Glendale.",
    ):
        assert _dateline(text) is None
        assert [b.text for b in parse(text).body] == [" ".join(text.split())]
        assert problems(text, render=True) == []
