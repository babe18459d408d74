"""Tests of ``pressparse._data.glyphs``: line widths in a proportional font (PDF text, issue #4)."""

from __future__ import annotations

import pytest

from pressparse._data.glyphs import text_width


@pytest.mark.parametrize(
    ("narrow", "wide"),
    [
        pytest.param("illicit little lilt", "MAMMOTH WOMB", id="letters"),
        pytest.param("1,1.1", "@@@", id="symbols"),
        pytest.param("’’", "——", id="punctuation-outside-ascii"),
    ],
)
def test_narrow_is_narrower(narrow: str, wide: str) -> None:
    """Narrow glyphs measure less than wide ones, even with more characters."""
    assert len(narrow) >= len(wide)
    assert text_width(narrow) < text_width(wide)


def test_width_adds_up() -> None:
    """The width of a line is the sum of its characters' widths; an unknown character takes a typical width."""
    assert text_width("ab") == text_width("a") + text_width("b")
    assert text_width("é") == text_width("\u4e00") > 0
    assert text_width("") == 0


def test_same_width_lines_of_different_lengths() -> None:
    """Two wrapped lines of da_006 that differ by 18 characters differ by under 6% in width."""
    short = "Officer Hanks, both of the Garland Police Department. Cobarubbias proceeded to speed"
    long = "through the streets of Garland, tossing two guns into the street, one of which landed in front"
    assert len(long) - len(short) >= 10
    assert abs(text_width(long) - text_width(short)) < 0.06 * text_width(long)
