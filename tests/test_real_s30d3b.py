"""Session 30 (d, round 3, part B): ``match_dateline`` reads a place line through ``place_line``, as the stage does."""

from __future__ import annotations

from pressparse import parse_dateline
from pressparse.dateline import match_dateline
from tests.fuzz_parse import problems
from tests.test_real_s29d import _dateline


class TestMatchDatelineAgreesWithTheStage:
    """``match_dateline`` (noise's and meta's reading of a line) reads a title after a place as the stage does."""

    def test_title_words_after_the_place_read_no_dateline(self) -> None:
        """``GO,C–S —`` over a story: the stage reads a title (fuzz F1125-34), and so does ``match_dateline``."""
        text = "GO,C\u2013S \u2014\nPolice met the suspects today."
        assert match_dateline(text, 0, len(text)) is None
        assert _dateline(text) is None

    def test_story_after_the_place_reads_the_dateline(self) -> None:
        """A sentence after the place on its line, or a story under a place line alone: a dateline in both."""
        for text in ("GO,C\u2013S \u2014 Police met the suspects today.", "GO,C\u2013\nPolice met the suspects today."):
            found = match_dateline(text, 0, len(text))
            assert found is not None
            assert found.text == _dateline(text)

    def test_counter_skipped_reads_the_story_under_it(self) -> None:
        """``LYON, France –Image 2 of 5`` / story: past the counter the stage skips, the story's line reads on."""
        text = "LYON, France \u2013Image 2 of 5\nPolice met the suspects today."
        counter = (text.index("Image"), text.index("\n"))
        assert match_dateline(text, 0, len(text)) is None  # "Image 2 of 5" read as the words after the place
        found = match_dateline(text, 0, len(text), skip=(counter,))
        assert found is not None
        assert found.text == _dateline(text)
        assert problems(text, render=True) == []

    def test_parse_dateline_reads_the_text_as_given(self) -> None:
        """``parse_dateline`` keeps its reading of a truncated first paragraph: the caller chose the text."""
        found = parse_dateline("BOGOTA, Colombia \u2013 Addressing")
        assert found is not None
        assert found.country == "Colombia"
