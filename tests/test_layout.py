"""Stage 1, layout (``pressparse.layout``): the break set and the line records.

Method: ``LINE_BREAKS`` is checked against ``str.splitlines`` over every code
point (the contract says no character is ever outside a line), and the
regexes built from it against each break; the line records are checked on
the break kinds that scraped text carries (``\\r\\n``, ``\\r``, form feed,
``\\u2028``).
"""

from __future__ import annotations

import sys

import pytest

from pressparse import layout


def test_break_set_is_what_splitlines_knows() -> None:
    """``LINE_BREAKS`` holds exactly the characters ``str.splitlines`` breaks at."""
    knows = {chr(i) for i in range(sys.maxunicode + 1) if len(f"x{chr(i)}y".splitlines()) == 2}
    assert knows == set(layout.LINE_BREAKS)


@pytest.mark.parametrize("brk", sorted(layout.LINE_BREAKS))
def test_each_break_ends_a_line(brk: str) -> None:
    """Every break ends a line record, and a blank line of it is one blank record."""
    lines = layout.split_lines(f"One{brk}Two{brk}{brk}Three")
    contents = [(ln.start, ln.end) for ln in lines if not ln.blank]
    assert [(0, 3), (4, 7), (9, 14)] == contents


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a\r\nb", [(0, 1), (3, 4)]),
        ("a\r\n\r\nb", [(0, 1), (5, 6)]),
        ("  a \n\tb", [(2, 3), (6, 7)]),
    ],
    ids=["crlf", "crlf-blank-line", "indented"],
)
def test_content_spans(text: str, expected: list[tuple[int, int]]) -> None:
    """A line's span is its content, without the indentation or the break."""
    assert expected == [(ln.start, ln.end) for ln in layout.split_lines(text) if not ln.blank]


def test_no_break_outside_a_line() -> None:
    """The records cover the source: every non-blank character lies in a content span."""
    text = "a\u2028b\x1cc\x85d\r\ne\n\n f "
    covered = {k for ln in layout.split_lines(text) for k in range(ln.start, ln.end)}
    assert {k for k, ch in enumerate(text) if not ch.isspace()} <= covered
