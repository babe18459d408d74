"""Session 29 (d): datelines that a parse and the parse of its rendering read differently; the lines as tuples.

Each pinned fuzz finding is written failing first, with a close real-style shape beside it that keeps its
reading (SPEC 5: ``parse(doc.text)`` reads the same dateline).
"""

from __future__ import annotations

import pytest

import pressparse
from pressparse import layout
from pressparse.blocks import group_lines, group_spans
from tests.fuzz_parse import problems


def _dateline(text: str) -> str | None:
    """The dateline's text of ``text`` and of its rendering, which must be the same."""
    doc = pressparse.parse(text)
    again = pressparse.parse(doc.text)
    first = doc.dateline.text if doc.dateline else None
    assert first == (again.dateline.text if again.dateline else None)
    return first


class TestBarePlaceStoryLength:
    """A bare place's story "runs long" by its length as rendered: a run of spaces counts once."""

    def test_space_run_does_not_make_a_story_long(self) -> None:
        """F1130-33: ``Pennsylvania  Nws`` and a run of 100 spaces before ``h`` renders ``Nws h``: no story."""
        text = "\u2022:Pennsylvania  Nws" + " " * 100 + "h"
        assert _dateline(text) is None
        assert problems(text, render=True) == []

    def test_long_story_after_a_bare_place_still_reads(self) -> None:
        """A place closed by a run, a long story after it (a flattened Senate page) keeps its dateline."""
        text = (
            "WASHINGTON  Senator Jane Roe introduced legislation on Thursday that would expand the rural "
            "broadband programme to every county in the state"
        )
        assert _dateline(text) == "WASHINGTON"


class TestHeadlinePlaceOnItsLine:
    """A headline's place is the story's only when the story runs on after its dash, on the same line."""

    def test_place_closing_a_line_after_words_is_no_dateline(self) -> None:
        """F1130-35: ``B e Re SINGAPORE–`` closes its line; the story is not on it: no dateline either way."""
        text = "\U0004c2d7\nB e Re SINGAPORE\u2013\n1/3\nI."
        assert _dateline(text) is None
        assert problems(text, render=True) == []

    def test_headline_run_into_the_story_line_keeps_its_place(self) -> None:
        """Evertise's flattened page: the headline, the place and the story on one line (xx_wire_evertise_1)."""
        text = (
            "Acme Releases Its Annual Market Outlook NEW YORK \u2013 In the aftermath of the vote, markets rose "
            "sharply across the board."
        )
        assert _dateline(text) == "NEW YORK \u2013"


class TestPlaceLineUnderAnother:
    """A place line over a later one: the rendering joins the later to its story, and the first opens it."""

    def test_first_place_line_opens_the_story(self) -> None:
        """F1130-39: ``WAON–`` / a counter / ``9.`` renders ``WAON– 9.``, one piece of the first place's run."""
        text = "GTON\u2014\n1 /\u2028M\nWAON\u2013Image 2of5\n9."
        assert _dateline(text) == "GTON\u2014"
        assert problems(text, render=True) == []

    def test_place_line_under_a_title_still_reads(self) -> None:
        """A title over the place line, a counter between the place and its story: the place line opens it."""
        text = "Police Dismantle Network\nLYON, France \u2013\nImage 1 of 3\nPolice met on Monday."
        assert _dateline(text) == "LYON, France \u2013"


# --- speed (issue #6): ``parse`` reads the lines' fields as plain tuples, no ``Line`` record a line ------------------
_SHAPES = [
    "LYON, France – Police met.\n\n        A photo of the chiefs.\n \t\n\xa0\nThey agreed.\n   ",
    "",
    "\n\n",
    "a\r\nb\r\n\r\n  c",
    "\u3000Title\u3000\n\x1f\u2028Body\n",
    "Share\nShare\nPolice met.\n",
    "1 /\n3\n1 /\n3\n",
]


@pytest.mark.parametrize("text", _SHAPES)
def test_line_spans_are_the_records_fields(text: str) -> None:
    """``layout.line_spans`` gives each ``split_lines`` record's fields, in their order."""
    expected = [(ln.start, ln.end, ln.indent, ln.line_start, ln.count) for ln in layout.split_lines(text)]
    assert expected == list(layout.line_spans(text))


@pytest.mark.parametrize("text", _SHAPES)
def test_group_spans_reads_as_group_lines(text: str) -> None:
    """``blocks.group_spans`` on the tuples makes the pieces ``group_lines`` makes on the records."""
    assert group_lines(text, layout.split_lines(text)) == group_spans(text, layout.line_spans(text))
