"""Render a piece's text from its raw slice: normalisation plus the named repairs.

SPEC invariant 2: a block's ``text`` is its raw slice with whitespace
normalised, plus only the repairs listed here (and in ``docs/body.md``):

- ``list_marker``: a list item's text starts after its marker and padding
  (the marker is kept in ``ListItem.marker``);
- ``markdown_heading``: a leading ``#`` run of a markdown heading is dropped
  (``# Title`` -> ``Title``);
- ``hyphen_line_break``: a word hyphenated across a line break is re-joined
  without the space (``35-year-\\nold`` -> ``35-year-old``); the hyphen stays.
"""

from __future__ import annotations

import re

from pressparse._block import Piece
from pressparse._spans import normalise

_HYPHEN_BREAK = re.compile(r"(?<=[^\W\d_]-)[ \t\u00a0]*+(?:\r\n|[\n\r])[ \t\u00a0]*+(?=[^\W\d_])")
_MARKDOWN_HEADING = re.compile(r"#{1,6}+[ \t]++")

REPAIRS = ("list_marker", "markdown_heading", "hyphen_line_break")


def render_slice(raw: str, kind: str) -> str:
    """Apply the repairs for a piece of ``kind`` to its raw slice, then normalise.

    >>> render_slice("# Police met", "meta")
    'Police met'
    """
    if kind in ("meta", "heading"):
        m = _MARKDOWN_HEADING.match(raw)
        if m:
            raw = raw[m.end() :]
    if "-" in raw and ("\n" in raw or "\r" in raw):
        raw = _HYPHEN_BREAK.sub("", raw)
    return normalise(raw)


def render_text(source: str, piece: Piece) -> str:
    """Return the text of ``piece``: its slice (after a list marker), repaired and normalised.

    >>> from pressparse._block import Piece
    >>> render_text("a 35-year-\\nold man", Piece("paragraph", 0, 19))
    'a 35-year-old man'
    """
    start = piece.marker_end if piece.kind == "list_item" and piece.marker_end > piece.start else piece.start
    return render_slice(source[start : piece.end], piece.kind)
