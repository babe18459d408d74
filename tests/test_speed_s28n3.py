"""Layout and piece construction, session 28 (helper n, round 3): the per-line paths made cheaper (issue #6).

Method: each cheaper path is checked against the path it stands in for, on the shapes scraped releases
carry (indented captions, NBSP padding, blank-line runs, trailing spaces, a last line with no break), and
on generated text of those characters; the written-out constructors against what attrs would do.
"""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from pressparse import layout, parse
from pressparse._block import Piece
from pressparse.blocks import group_lines
from pressparse.model import Span


def _records(lines: object) -> list[tuple[int, int, int, int, int]]:
    return [(ln.start, ln.end, ln.indent, ln.line_start, ln.count) for ln in lines]  # type: ignore[attr-defined]


# --- layout: the "\n"-only path reads as the general loop -----------------------------------------------------
# Almost every scraped release breaks its lines with "\n" alone: ``str.split`` and ``str.strip`` do the work.
# The INTERPOL template's indented caption, set apart by whitespace-only lines, and a last line of spaces:
_INTERPOL = "LYON, France – Police met.\n\n        A photo of the chiefs.\n \t\n\xa0\nThey agreed.\n   "


@pytest.mark.parametrize(
    "text",
    [_INTERPOL, "", "\n", "\n\n", " ", "a", "a\n", "  a  \n\n\n  b", "\u3000Title\u3000\n\x1f\nBody"],
)
def test_newline_path_reads_as_the_general_loop(text: str) -> None:
    """``_iter_newlines`` gives the records of ``_iter_breaks``, blank runs and the last line included."""
    assert _records(layout._iter_newlines(text)) == _records(layout._iter_breaks(text))


@given(st.text(alphabet="\n \t\xa0\u3000\x1fab.", max_size=40))
def test_newline_path_reads_as_the_general_loop_generated(text: str) -> None:
    """The same on any mix of breaks, spaces that ``str.isspace`` knows, and words."""
    assert _records(layout._iter_newlines(text)) == _records(layout._iter_breaks(text))


def test_other_breaks_keep_the_general_loop() -> None:
    """Negative: a "\\r\\n" document is not cut at "\\n" alone (the "\\r" stays out of every line's content)."""
    lines = layout.split_lines("One\r\n\r\n  Two\r\n")
    assert [(0, 3, 0, 0, 1), (5, 5, 0, 5, 1), (9, 12, 2, 7, 1), (14, 14, 0, 14, 1)] == _records(lines)


def test_iter_lines_is_split_lines_one_at_a_time() -> None:
    """``group_lines`` reads the records as they come to the same pieces as from the tuple."""
    assert _records(layout.iter_lines(_INTERPOL)) == _records(layout.split_lines(_INTERPOL))
    assert group_lines(_INTERPOL, layout.iter_lines(_INTERPOL)) == group_lines(_INTERPOL, layout.split_lines(_INTERPOL))
    assert [p.kind for p in parse(_INTERPOL).captions] == ["caption"]


# --- the written-out constructors -------------------------------------------------------------------------------
def test_piece_constructor_is_the_attrs_one() -> None:
    """By position, by keyword, with defaults, through ``attrs.evolve``; still frozen and hashable."""
    piece = Piece("line", 3, 9, 2, -1, 1)
    assert piece == Piece(kind="line", start=3, end=9, indent=2, blank_before=-1, blank_after=1)
    assert (piece.lines, piece.marker, piece.marker_end, piece.meta_kind, piece.noise_kind) == (1, None, 0, None, None)
    assert attrs.evolve(piece, kind="paragraph") == piece.evolve(kind="paragraph")
    assert hash(piece) == hash(Piece("line", 3, 9, 2, -1, 1))
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        piece.kind = "noise"  # type: ignore[misc]
    line = layout.Line(4, 6, 2, 2)
    assert (line.count, line.blank) == (1, False)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        line.start = 0  # type: ignore[misc]


def test_span_still_checks_its_bounds() -> None:
    """``Span`` rejects ``start > end`` and a negative start as before; ``attrs.validators.disabled`` still works."""
    with pytest.raises(ValueError, match=r"Span needs 0 <= start <= end, got Span\(5, 2\)"):
        Span(5, 2)
    with pytest.raises(ValueError, match="got Span"):
        Span(-1, 2)
    with attrs.validators.disabled():
        assert Span(5, 2).end == 2
    assert Span(start=2, end=5) == Span(2, 5) < Span(2, 6)


# --- the page head: one length for meta and noise ---------------------------------------------------------------
def test_contact_memo_starts_where_the_page_head_ends() -> None:
    """``noise`` memoises contact lines past the characters ``meta._stripped_page`` reads: the same constant."""
    from pressparse import meta, noise

    assert noise._CONTACT_HEAD == meta.PAGE_HEAD
