"""Session 29 (n, round 3): a place line and its story's line as the rendering prints them, in the repeat reading.

Each case is written failing first, from the pinned finding it names, with a close shape beside it that keeps
its reading (a negative).
"""

from __future__ import annotations

from pressparse import parse
from tests.fuzz_parse import problems
from tests.test_real_s27s2 import _stable


class TestPlaceLineReadWhole:
    """A place line alone joins its story's line only when the dateline grammar reads all of it."""

    def test_place_closed_inside_its_line_counts_as_a_line(self) -> None:
        """F1125-34: ``GO,C–S —`` is no place line (the grammar closes at ``GO,C–``): a copy 4 blocks on stays."""
        story = "Officers from 12 countries seized 40 kilograms of cocaine in the operation."
        text = f"GO,C\u2013S \u2014\n1/3\n{story}Sk.It\nS\u2014\n1/3\n{story}"
        blocks = _stable(text)
        assert [b[1] for b in blocks].count(story) == 2
        assert problems(text, render=True) == []

    def test_bare_place_line_still_joins_its_story(self) -> None:
        """``WASHINGTON —`` over its story: the rendering prints them as one line, as before."""
        text = "WASHINGTON \u2014\nThe Department said officers seized forty kilograms of cocaine.\nIt was a record."
        doc = parse(text)
        assert doc.dateline is not None
        assert doc.dateline.city == "WASHINGTON"
        assert problems(text, render=True) == []


class TestCopyOfThePlacedStory:
    """A copy of the story's first line with its place glued on (``LYONFrance…``) is compared with both, printed."""

    def test_copy_with_the_place_under_a_counter(self) -> None:
        """F1125-33: ``LYON–Image 2of5`` / story / ``LYONstory``: the copy goes in both readings."""
        story = "Police in twelve countries seized cocaine said the chief"
        text = f"LYON\u2013Image 2of5\n{story}.\nLYON{story}"
        assert _stable(text) == [("paragraph", f"{story}.")]
        assert problems(text, render=True) == []

    def test_copy_glued_after_the_story_sentence(self) -> None:
        """F1125-31: the copy glued to the story's first sentence is cut by the paragraph stage and goes there."""
        story = "Police in twelve countries seized cocaine said the chief"
        text = f"LYON, France\u2013Image 2 of 5\n{story}.LYONFrance{story}.\nThe raid took weeks."
        assert _stable(text) == [("paragraph", f"{story}."), ("paragraph", "The raid took weeks.")]
        assert problems(text, render=True) == []

    def test_story_without_its_place_far_below_stays(self) -> None:
        """A line naming the place and the story's words, five lines on, is the author's and stays."""
        story = "Police in twelve countries seized cocaine said the chief"
        story += " at the port of Santos"
        text = f"LYON \u2013\n{story}.\nOne.\nTwo.\nThree.\nFour.\nLYON {story}."
        assert [b[1] for b in _stable(text)][-1] == f"LYON {story}."


class TestPlaceIsNoSiteSuffix:
    """A place before a dateline's dash is no headline a page title's site suffix leaves."""

    def test_place_said_again_alone_stays(self) -> None:
        """F1125-39: ``SINGAPORE,Netherlands –1 /`` then ``SINGAPORENetherlands``: the line stays in both readings."""
        text = "SINGAPORE,Netherlands \u20131 /\nDS\r\u2013\nSINGAPORENetherlands\nN)"
        assert "SINGAPORENetherlands" in [b[1] for b in _stable(text)]
        assert problems(text, render=True) == []

    def test_page_title_copy_still_goes(self) -> None:
        """A page title with its site's name (``Title – Site``), its headline printed under it, still goes."""
        text = (
            "Acme Opens Its New Plant In Ohio \u2013 Acme Newsroom\n"
            "Acme Opens Its New Plant In Ohio\n"
            "The company opened a plant in Dayton on Monday, hiring two hundred people to start."
        )
        blocks = [b[1] for b in _stable(text)]
        assert blocks.count("Acme Opens Its New Plant In Ohio") <= 1
