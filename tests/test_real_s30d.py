"""Session 30 (d): datelines that a parse and the parse of its rendering read differently.

Each pinned fuzz finding is written failing first, with a close real-style shape beside it that keeps its
reading (SPEC 5: ``parse(doc.text)`` reads the same dateline).
"""

from __future__ import annotations

from tests.fuzz_parse import problems
from tests.test_real_s29d import _dateline


class TestDateUnderTheLineDash:
    """``LONDON (Reuters)`` / ``– 27 June 2026 …``: the date after the dash is the dateline's, as on one line."""

    def test_date_without_a_story_is_no_dateline(self) -> None:
        """F1125-58: ``OR(Wire)`` / ``-September 2`` and no story: the rendering's one line reads none, nor does this."""
        text = "OR(Wire)\u2028-September 2\n\ud800"
        assert _dateline(text) is None
        assert _dateline("LONDON (Reuters)\n\u2013 27 June 2026\n\ud800") is None
        assert problems(text, render=True) == []

    def test_date_with_a_story_keeps_the_dateline(self) -> None:
        """A story after the date: the dateline reads the date, as before."""
        text = "LONDON (Reuters)\n\u2013 27 June 2026 \u2013 Acme said sales rose."
        assert _dateline(text) == "LONDON (Reuters) \u2013 27 June 2026 \u2013"
        assert problems(text, render=True) == []

    def test_agency_under_the_dash_falls_back_to_the_place(self) -> None:
        """No date read under the dash: the place's own dash closes it, as on one line (``CHICAGO — Reuters …``)."""
        text = "CHICAGO\n\u2014 Reuters reported that sales rose in the city. The firm agreed."
        assert _dateline(text) == "CHICAGO \u2014"
        assert problems(text, render=True) == []


class TestCommaOpeningTheStoryLine:
    """``LONDON (Reuters) Sept. 7`` / ``, The firm …``: a comma at a line break renders as that line break."""

    def test_comma_after_a_date_on_the_next_line(self) -> None:
        """F1125-59: ``OR(N)September 7`` / ``,0``: the rendering keeps the comma's line break, and reads it again."""
        text = "OR(N)September 7\u2028,0"
        assert _dateline(text) == "OR(N)September 7 ,"
        assert _dateline("OR(N)September 7\n,0") == "OR(N)September 7 ,"
        assert problems(text, render=True) == []
        assert problems("OR(N)September 7\n,The firm said so.", render=True) == []

    def test_comma_glued_to_the_date_runs_the_story_on(self) -> None:
        """A comma glued to the date closes it on the story's line (``HONG KONG, 01 Nov, 2024, The``), as before."""
        text = "HONG KONG, 01 Nov, 2024, The company said sales rose."
        doc_text = "HONG KONG, 01 Nov, 2024, The company said sales rose."
        assert _dateline(text) == "HONG KONG, 01 Nov, 2024,"
        assert problems(doc_text, render=True) == []


class TestPlaceOverACounter:
    """``ASHI—`` / ``1 /`` / ``IAGO-`` / ``I!``: the rendering's line of the place and its story is a heading."""

    def test_place_joined_to_a_heading_line_is_a_title(self) -> None:
        """F1125-61: the rendering's ``ASHI— 1 /`` is a heading (a title): the page reads the dateline under it."""
        text = "Z\nASHI\u2014\n1 /\rIAGO-\nI!"
        assert _dateline(text) == "IAGO-"
        assert problems(text, render=True) == []
        assert problems("Z\nWASHINGTON \u2014\n1 /\nThe senator said so.\nI!", render=True) == []

    def test_place_over_its_story_keeps_the_dateline(self) -> None:
        """A story's line under the place: the rendering's line is a paragraph, the dateline reads in both."""
        text = "Z\nWASHINGTON \u2014\nThe senator said so.\nI!"
        assert _dateline(text) == "WASHINGTON \u2014"
        assert problems(text, render=True) == []
