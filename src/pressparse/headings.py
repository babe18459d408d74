"""Heading rules for ``blocks.BLOCK_RULES``: subheadings inside the body.

A subheading is short, has no closing full stop, starts with a capital,
stands on its own line and introduces a longer paragraph; a line ending in
``:`` introduces a list, not a section. Rules share the signature of
``blocks.Rule``: ``(source, pieces, i, base_indent) -> bool``.
"""

from __future__ import annotations

from pressparse._block import Piece


def standalone_heading(source: str, pieces: tuple[Piece, ...], i: int, base: int) -> bool:
    """A short line with no closing stop, alone, introducing a longer paragraph."""
    del base
    piece = pieces[i]
    text = piece.text(source)
    if piece.lines != 1 or len(text) > 80 or len(text.split()) > 10 or not text[0].isupper():
        return False
    if text[-1] in '.,;:!?"”’-–—' or i == 0 or i + 1 >= len(pieces):
        return False
    prev, nxt = pieces[i - 1], pieces[i + 1]
    if prev.kind not in ("line", "paragraph", "list_item") or nxt.kind != "line":
        return False
    if source[prev.end - 1] == ":":
        return False
    alone = (piece.blank_before >= 1 and piece.blank_after >= 1) or prev.blank_after == piece.blank_after == 0
    return alone and nxt.end - nxt.start > 2 * len(text) and source[nxt.end - 1] in '.!?"”’)'


HEADING_RULES = (standalone_heading,)
"""Heading rules, tried in order by ``blocks.classify_blocks`` after the caption rules."""
