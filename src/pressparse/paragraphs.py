"""Stage 3, paragraphs: rebuild the author's paragraphs from scraped lines.

Input: the stream of ``line`` pieces (noise already marked). Output: the same
stream where lines that belong together are joined (``join_lines``) and lines
that hold several paragraphs or list items are split (``split_lines``). Only
piece boundaries move; every character keeps an owner (SPEC invariant 1).

Why these rules:

- *Hard wraps.* E-mailed, wire and PDF text breaks lines at a fixed width.
  A run of lines is treated as wrapped when most of its lines reach close to
  the run's longest line (``_is_wrapped``); inside it a line break ends a
  paragraph only after closing punctuation on a line clearly shorter than the
  wrap width. Anywhere, a line that begins in lower case or with ``.,;:)``
  continues the line above it (da_002's ``Burke`` / ``.``).
- *Glued paragraphs.* Scrapers drop the newline between paragraphs:
  ``world.Every``, ``2019.“Ensuring``, ``said:“Transnational``. A stop
  (``. ! ? :``, closing quotes allowed after it) followed directly by a
  capital, a digit-led sentence or an opening quote is a break, unless the
  word before the stop is an initial or an abbreviation (``U.S.Attorney``,
  ``St.Petersburg``, ``No.1``), a number (``3.5``), an ellipsis or part of a
  URL or e-mail address (``is_glued_break``).
- *Glued lists.* INTERPOL pages paste bullets as ``including:-`` followed by
  NBSP padding; a bullet glued to the text before it and padded by two or
  more spaces (or an NBSP) starts a list item (``crime - and`` does not).
- *Spacing as a separator.* Some scrapers put a run of spaces where a newline
  was (doj_011): a run of three or more spaces after closing punctuation and
  before a capital is a break.
"""

from __future__ import annotations

import re

from pressparse._block import Piece
from pressparse._data.abbreviations import ABBREVIATIONS

_TERMINAL = frozenset('.!?:"”’)')
_STOPS = frozenset(".!?:")
_CLOSERS = frozenset('”’")]')
_OPENERS = frozenset('“‘"')

# A bullet at the start of a line: "- ", "• ", "1. ", "1) ", "(a) ", "a) ".
_LINE_BULLET = re.compile(
    r"(?P<marker>[-–—•*·▪◦●■]|\d{1,2}[.)]|\([a-zA-Z\d]{1,3}\)|[a-z][.)])(?P<pad>[ \t\u00a0]++)(?=\S)"
)
# A bullet glued to the text before it: "including:-\u00a0 \u00a0 The need".
_GLUED_BULLET = re.compile(r"(?<=\S)(?P<marker>[-–•▪·*])(?P<pad>[ \u00a0]{2,}+|\u00a0[ \u00a0]*+)(?=[^\W\d_])")
# A long run of spaces standing for a lost newline (doj_011).
_SPACE_RUN = re.compile(r"[ \t\u00a0]{3,}+")
# Candidate glued junctions: a stop and its closers, no space after.
_GLUED = re.compile(r"[.!?:][”’\")\]]*+(?=[^\s.!?:])")


def _is_wrapped(source: str, run: list[Piece]) -> int:
    """Return the wrap width of a run of lines, or 0 when it is not hard-wrapped."""
    if len(run) < 3:
        return 0
    lengths = [p.end - p.start + p.indent for p in run]
    width = max(lengths)
    if width > 130 or width < 40:
        return 0
    full = sum(1 for n in lengths[:-1] if n >= 0.7 * width)
    return width if full * 2 >= len(lengths) - 1 else 0


def _continues(source: str, above: Piece, below: Piece, width: int) -> bool:
    """True when line ``below`` continues the paragraph of line ``above``."""
    first = source[below.start]
    last = source[above.end - 1]
    if first.islower() or first in ".,;:)]":
        return last not in _STOPS or first in ".,;:)]"
    if not width:
        return False
    long_line = above.end - above.start + above.indent >= 0.8 * width
    if last in _TERMINAL or (last == "-" and not long_line):
        return long_line and last != ":"
    return long_line


def join_lines(source: str, pieces: tuple[Piece, ...]) -> tuple[Piece, ...]:
    """Join lines that continue one paragraph (hard wraps, broken attributions).

    >>> src = "The jury took three\\nhours to decide, said\\nthe prosecutor.\\nA new line."
    >>> from pressparse.blocks import group_lines
    >>> from pressparse.layout import split_lines
    >>> [p.text(src) for p in join_lines(src, group_lines(src, split_lines(src)))]
    ['The jury took three\\nhours to decide, said\\nthe prosecutor.', 'A new line.']
    """
    out: list[Piece] = []
    run: list[Piece] = []

    def flush() -> None:
        width = _is_wrapped(source, run)
        current: Piece | None = None
        for piece in run:
            if current is not None and _continues(source, current, piece, width):
                current = current.evolve(end=piece.end, blank_after=piece.blank_after, lines=current.lines + 1)
                continue
            if current is not None:
                out.append(current)
            current = piece
        if current is not None:
            out.append(current)
        run.clear()

    for piece in pieces:
        if piece.kind != "line":
            flush()
            out.append(piece)
            continue
        if run and run[-1].blank_after != 0:
            flush()
        run.append(piece)
    flush()
    return tuple(out)


def _word_before(source: str, stop: int, floor: int) -> str:
    """Return the run of non-space characters that ends at ``stop``."""
    i = stop
    while i > floor and not source[i - 1].isspace() and stop - i < 60:
        i -= 1
    return source[i:stop]


def is_glued_break(source: str, stop: int, after: int, floor: int) -> bool:
    """Decide whether the stop at ``stop`` glued to ``source[after]`` ends a paragraph.

    ``floor`` is the start of the block (the scan never looks before it).

    >>> is_glued_break("around the world.Every police", 16, 17, 0)
    True
    >>> is_glued_break("the U.S.Attorney said", 7, 8, 0)
    False
    """
    if after >= len(source):
        return False
    nxt = source[after]
    stop_char = source[stop]
    if nxt in _OPENERS:
        if after + 1 >= len(source) or not source[after + 1].isalnum():
            return False
        upper_next = source[after + 1].isupper() or source[after + 1].isdigit()
        if not upper_next:
            return False
    elif nxt.isdigit():
        if stop_char != "." or after - stop != 1:
            return False
    elif nxt.isupper():
        follow = source[after + 1] if after + 1 < len(source) else " "
        if follow == "." or not (follow.isalpha() or follow in "’'"):
            return False  # an initial ("A.B.") or a lone capital
    else:
        return False
    if stop_char in "?!":
        return True
    if stop > floor and source[stop - 1] == ".":
        return False  # ellipsis
    word = _word_before(source, stop, floor)
    if not word:
        return False
    if any(mark in word for mark in ("@", "/", "www", "http")):
        return False
    if stop_char == ":":
        return not word[-1].isdigit()
    core = word.rstrip('”’")]').lstrip('(“‘"[')
    letters = core.rsplit(".", 1)[-1]
    if core[-1:].isdigit():
        return not nxt.isdigit()
    if len(letters) <= 1 or letters.lower() in ABBREVIATIONS:
        return False
    return not (nxt.isdigit() and not letters.isalpha())


def _cuts(source: str, piece: Piece) -> list[tuple[int, str | None, int]]:
    """Return ``(offset, marker, text_start)`` for every new block inside ``piece``."""
    cuts: list[tuple[int, str | None, int]] = []
    start, end = piece.start, piece.end
    m = _LINE_BULLET.match(source, start, end)
    if m and (m.group("marker")[0] not in "-–—*" or source[m.end()].isupper() or source[m.end()] in _OPENERS):
        cuts.append((start, m.group("marker"), m.end()))
    else:
        cuts.append((start, None, start))
    for m in _GLUED_BULLET.finditer(source, start, end):
        cuts.append((m.start(), m.group("marker"), m.end()))
    for m in _GLUED.finditer(source, start, end):
        stop = m.start()
        if is_glued_break(source, stop, m.end(), start):
            cuts.append((m.end(), None, m.end()))
    for m in _SPACE_RUN.finditer(source, start, end):
        before = source[m.start() - 1]
        after = source[m.end()] if m.end() < end else ""
        if before in _TERMINAL and (after.isupper() or after in _OPENERS):
            cuts.append((m.end(), None, m.end()))
    cuts.sort()
    return cuts


def split_lines(source: str, pieces: tuple[Piece, ...]) -> tuple[Piece, ...]:
    """Split ``line`` pieces at glued paragraphs, glued bullets and space runs.

    Pieces that start with a bullet become ``list_item`` pieces with their
    marker; the rest stay ``line`` pieces for ``blocks.classify_blocks``.

    >>> src = "Police met.Every officer agreed:- \\u00a0 One- \\u00a0 Two"
    >>> from pressparse.blocks import group_lines
    >>> from pressparse.layout import split_lines as lines
    >>> for p in split_lines(src, group_lines(src, lines(src))):
    ...     print(p.kind, repr(p.text(src)))
    line 'Police met.'
    line 'Every officer agreed:'
    list_item '- \\xa0 One'
    list_item '- \\xa0 Two'
    """
    out: list[Piece] = []
    for piece in pieces:
        if piece.kind != "line":
            out.append(piece)
            continue
        cuts = _cuts(source, piece)
        for k, (offset, marker, text_start) in enumerate(cuts):
            nxt = cuts[k + 1][0] if k + 1 < len(cuts) else piece.end
            end = nxt
            while end > offset and source[end - 1].isspace():
                end -= 1
            if end <= offset:
                continue
            first, last = k == 0, k + 1 == len(cuts)
            kind = "list_item" if marker is not None else "line"
            out.append(
                piece.evolve(
                    kind=kind,
                    start=offset,
                    end=end,
                    marker=marker,
                    marker_end=text_start,
                    blank_before=piece.blank_before if first else 0,
                    blank_after=piece.blank_after if last else 0,
                    indent=piece.indent if first else 0,
                    lines=source.count("\n", offset, end) + 1,
                )
            )
    return tuple(out)
