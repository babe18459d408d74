"""Session 29 (d, round 2): a place line closed by a comma at any line break; an initial under it is no story.

Each pinned fuzz finding is written failing first, with a close real-style shape beside it that keeps its
reading (SPEC 5: ``parse(doc.text)`` reads the same dateline).
"""

from __future__ import annotations

from tests.fuzz_parse import problems
from tests.test_real_s29d import _dateline


class TestCommaLineBreaks:
    """A place and its comma closing a line end it at any line break the layout knows, as at ``\\n``."""

    def test_vertical_tab_and_form_feed_close_the_place_line(self) -> None:
        """``\\v\\f`` break the line as ``\\n\\n`` do (the rendering writes a blank line): the same dateline."""
        text = "Paris,\x0b\x0cbob@acme.com\nFred went home with the prize."
        assert _dateline(text) == "Paris,"
        assert problems(text, render=True) == []

    def test_comma_inside_the_line_is_no_close(self) -> None:
        """A place and a comma the line goes on after is a sentence, not a dateline."""
        assert _dateline("Paris, Fred went home with the prize.") is None


class TestInitialIsNoSentence:
    """A bare place's story must end a sentence: the stop after a lone letter is an initial's."""

    def test_lone_initial_under_a_bare_word_is_no_story(self) -> None:
        """F1125-32: ``Dunt,`` over ``h@g`` (a contact) over ``F.``: no dateline in either reading."""
        text = "Dunt,\x0b\x0ch@g\nF. "
        assert _dateline(text) is None
        assert _dateline("Dunt,\n\nF.") is None
        assert problems(text, render=True) == []

    def test_short_sentence_under_a_bare_place_still_reads(self) -> None:
        """A sentence of words, even a short one ending in an initialism, is the story: the dateline stays."""
        assert _dateline("PARIS,\n\nSales rose in the U.S.") == "PARIS,"
        assert _dateline("Dunt,\n\nFred went home.") == "Dunt,"
