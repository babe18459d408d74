"""Stages 2 and 4, blocks: lines to pieces, and pieces to body, captions and headings.

``group_lines`` turns the layout's lines into one ``line`` piece per
non-blank line, with the blank lines around it counted. ``classify_blocks``
gives every remaining ``line`` piece its kind with ``BLOCK_RULES``, an ordered
table of ``(kind, rule)``: the first rule that says yes wins, ``paragraph`` is
the fallback. Invariant: pieces keep their spans; only kinds change.

Why the rules are what they are:

- ``indented_caption``: the INTERPOL template (and many CMS galleries) sets a
  photo caption apart as its own block: whitespace-only lines above and
  below, indented deeper than the story's lines, between story paragraphs.
  Position in the middle of the body matters: an indented first or last
  block is more likely a standfirst or a footer.
- ``standalone_heading`` (in ``headings.py``): a subheading is short, has no
  closing full stop and introduces a longer paragraph.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from pressparse._block import Piece
from pressparse.headings import HEADING_RULES
from pressparse.layout import Line

Rule = Callable[[str, tuple[Piece, ...], int, int], bool]


def group_lines(source: str, lines: tuple[Line, ...]) -> tuple[Piece, ...]:
    """Make one ``line`` piece per non-blank line, counting the blank lines around it.

    >>> from pressparse.layout import split_lines
    >>> src = "One\\n\\n  Two"
    >>> [(p.text(src), p.indent, p.blank_before, p.blank_after) for p in group_lines(src, split_lines(src))]
    [('One', 0, -1, 1), ('Two', 2, 1, -1)]
    """
    pieces: list[Piece] = []
    blanks = -1
    for line in lines:
        if line.blank:
            blanks = blanks + 1 if blanks >= 0 else blanks
            if pieces and pieces[-1].blank_after >= 0:
                pieces[-1] = pieces[-1].evolve(blank_after=pieces[-1].blank_after + 1)
            continue
        pieces.append(Piece("line", line.start, line.end, indent=line.indent, blank_before=blanks, blank_after=0))
        blanks = 0
    if pieces:
        pieces[-1] = pieces[-1].evolve(blank_after=-1)
    return tuple(pieces)


def _base_indent(pieces: tuple[Piece, ...]) -> int:
    """The indentation most story lines have."""
    counts = Counter(p.indent for p in pieces if p.kind in ("line", "list_item"))
    return counts.most_common(1)[0][0] if counts else 0


def indented_caption(source: str, pieces: tuple[Piece, ...], i: int, base: int) -> bool:
    """A block indented deeper than the story, set apart by blank lines, between story blocks."""
    piece = pieces[i]
    if piece.indent < base + 4 or piece.blank_before < 1 or piece.blank_after < 1:
        return False
    if piece.end - piece.start > 600:
        return False
    before = any(p.kind in ("line", "paragraph", "list_item") for p in pieces[:i])
    after = any(p.kind in ("line", "paragraph", "list_item") for p in pieces[i + 1 :])
    return before and after


BLOCK_RULES: tuple[tuple[str, Rule], ...] = (
    ("caption", indented_caption),
    *(("heading", rule) for rule in HEADING_RULES),
)


def classify_blocks(source: str, pieces: tuple[Piece, ...]) -> tuple[Piece, ...]:
    """Give each ``line`` piece its kind: caption, heading or paragraph.

    >>> from pressparse.layout import split_lines
    >>> src = "Police met.\\n\\n        A photo of the chiefs.\\n\\nThey agreed."
    >>> [p.kind for p in classify_blocks(src, group_lines(src, split_lines(src)))]
    ['paragraph', 'caption', 'paragraph']
    """
    base = _base_indent(pieces)
    out = list(pieces)
    for i, piece in enumerate(pieces):
        if piece.kind != "line":
            continue
        kind = next((name for name, rule in BLOCK_RULES if rule(source, pieces, i, base)), "paragraph")
        out[i] = piece.evolve(kind=kind)
    return tuple(out)
