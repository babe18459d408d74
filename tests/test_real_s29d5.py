"""Session 29 (d, round 5): a note line's rest after the comma that opens the place's next line.

Each pinned fuzz finding is written failing first, with a close real-style shape beside it that keeps its
reading (SPEC 5: ``parse(doc.text)`` reads the same dateline).
"""

from __future__ import annotations

from tests.fuzz_parse import problems
from tests.test_real_s29d import _dateline


class TestCommaOpeningADateLine:
    """``Miami, Florida`` / ``, Aug. 3 2025``: meta takes the date left alone on the line, the story starts under it."""

    def test_no_story_under_the_date_is_no_dateline(self) -> None:
        """F1125-44: ``CH,F`` / ``,Aug. 3 2025`` / ``/ s e``: the rendering drops the date, no story: none in both."""
        text = "CH,F\u2028,Aug. 3 2025\u2028/ s e a n d t"
        assert _dateline(text) is None
        assert _dateline("CHICAGO, Ill.\n, Aug. 3 2025\n/ s e a n d t") is None
        assert problems(text, render=True) == []

    def test_story_under_the_date_keeps_the_dateline(self) -> None:
        """A story under the date line: the dateline reads the date, as before."""
        text = "Miami, Florida\n, Aug. 3 2025\nThe company said sales rose."
        assert _dateline(text) == "Miami, Florida , Aug. 3 2025"
        assert problems(text, render=True) == []

    def test_story_after_the_comma_keeps_the_dateline(self) -> None:
        """No note after the comma: the story opens on its line, the dateline is the place and its comma."""
        assert _dateline("Miami, Florida\n, The company said sales rose.") == "Miami, Florida ,"
        assert _dateline("Miami, Florida\n, Aug. 3 2025 The company said sales rose.") == "Miami, Florida ,"
