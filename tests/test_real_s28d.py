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
