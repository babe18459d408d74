"""Session 30 (d, round 4): what the rendering drops between two lines, read as the stages read it.

Each case is written failing first, from the pinned finding it names, with a close shape beside it that keeps
its reading (a negative).
"""

from __future__ import annotations

import pressparse
from tests.fuzz_parse import problems


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in pressparse.parse(text).body]


class TestPlaceAfterAHeaderDateOverFurniture:
    """A place after a header's date on its line, a share widget under it, the story under that.

    Newsroom pages print the posting date and the dateline on one line and a share bar between it and the story
    (``Posted Mar 4 2025 LYON, France –`` / ``Share`` / the story). The rendering drops the share bar and joins the
    place to its story; the stage reads the place past the bar too, as it does for a place opening its line.
    """

    def test_place_read_past_the_share_bar(self) -> None:
        """The dateline after the header's date, read past ``Share`` (F1125-70's shape)."""
        text = "Posted Mar 4 2025 LYON, France \u2013\nShare\nPolice met in Lyon on Monday."
        doc = pressparse.parse(text)
        assert doc.dateline is not None
        assert doc.dateline.city == "LYON"
        assert problems(text, render=True) == []

    def test_heading_under_the_share_bar_reads_no_dateline(self) -> None:
        """A subheading under the bar, no story: the place reads no story there, as before."""
        text = "Posted Mar 4 2025 LYON, France \u2013\nShare\nKey Findings\nPolice met in Lyon on Monday."
        assert pressparse.parse(text).dateline is None
        assert problems(text, render=True) == []
