"""Session 30 (d, round 3): one reading of a place line, shared by the dateline stage and ``match_dateline``.

Each case is written failing first, from the pinned finding it names, with a close shape beside it that keeps
its reading (a negative).
"""

from __future__ import annotations

from pressparse.dateline import match_dateline
from tests.fuzz_parse import problems
from tests.test_real_s29d import _dateline


class TestStageReadsTheSharedPredicate:
    """The stage (``_title_like``) reads a title after a place through ``place_line``, as before."""

    def test_title_words_after_the_place_read_no_dateline(self) -> None:
        """``GO,C–S —`` over a story (F1125-34's shape): a title's words after the place, no dateline."""
        text = "GO,C\u2013S \u2014\nPolice met the suspects today."
        assert _dateline(text) is None
        assert problems(text, render=True) == []

    def test_story_after_the_place_reads_the_dateline(self) -> None:
        """A sentence after the place on its line, or a story under a place line alone: a dateline."""
        assert _dateline("GO,C\u2013S \u2014 Police met the suspects today.") == "GO,C\u2013"
        assert _dateline("GO,C\u2013\nPolice met the suspects today.") == "GO,C\u2013"

    def test_backed_place_over_a_title_case_line_reads_the_dateline(self) -> None:
        """A date after the place backs it: the words after it may be a title's (the wire's convention)."""
        assert _dateline("LONDON, March 4, 2025 \u2013 Acme Names New Chief\nThe firm said so.") is not None


class TestSkippedFurniture:
    """``match_dateline`` reads the story past the furniture its caller set apart, as the stage does."""

    def test_story_read_past_a_counter(self) -> None:
        """``LYON, France –Image 2 of 5`` / story (F1125-31's shape): the story starts past the counter."""
        text = "LYON, France \u2013Image 2 of 5\nPolice met the suspects today."
        counter = (text.index("Image"), text.index("\n"))
        found = match_dateline(text, 0, len(text), skip=(counter,))
        assert found is not None
        assert found.text == "LYON, France \u2013"
        assert _dateline(text) == found.text

    def test_without_skip_the_reading_is_as_before(self) -> None:
        """No spans to skip: the same dateline, its story where the text goes on."""
        text = "LYON, France \u2013 Police met the suspects today."
        found = match_dateline(text, 0, len(text))
        assert found is not None
        assert found.country == "France"
