"""Stage 2, noise: mark whole lines of page furniture as noise.

Input: the ``line`` pieces of ``blocks.group_lines``. Output: the same stream
where lines that are furniture have become ``noise`` pieces (consecutive lines
of one counter merged into one piece). Invariant: no character changes owner
kind other than ``line`` -> ``noise``; nothing is dropped.

Strategy: ``NOISE_RULES`` is an ordered table of ``(kind, rule)``. A rule
looks at the pieces from index ``i`` and returns how many line pieces it
claims, or ``None`` for "not mine". Rules only ever match a *whole line*
(anchored at both ends), so the same words inside a sentence ("officers
shared information", "read more than 300 files") are never touched.
Whitespace noise (blank-line runs, indentation) is not found here: it is
whatever whitespace lies between owned spans, computed at assembly.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from pressparse._block import Piece
from pressparse.model import NoiseKind

Rule = Callable[[str, tuple[Piece, ...], int], int | None]

# Slideshow and gallery counters: "1 / 3", "1/12", "Image 2 of 5", "Photo 3 of 10".
_COUNTER = re.compile(r"(?:(?:image|photo|slide|picture)\s++)?\d{1,3}\s*+(?:/|of)\s*+\d{1,3}", re.IGNORECASE)
# The INTERPOL template splits the counter over two lines: "1 /" then "3".
_COUNTER_HEAD = re.compile(r"\d{1,3}\s*+/")
_COUNTER_TAIL = re.compile(r"\d{1,3}")

# Share and social furniture standing alone on a line.
_SHARE = re.compile(
    r"(?:share(?:\s++this(?:\s++(?:article|page|story|post))?)?(?:\s++on\s++\w++)?|tweet(?:\s++this)?"
    r"|\[?tweet\s++this\]?|copy\s++link|e-?mail(?:\s++this)?|print(?:\s++this(?:\s++page)?)?"
    r"|facebook|twitter|linkedin|whatsapp|follow\s++us(?:\s++on\s++[\w ]{1,30}+)?)\W{0,3}+",
    re.IGNORECASE,
)

# Navigation words and skip links standing alone on a line.
_NAVIGATION = re.compile(
    r"(?:skip\s++to\s++(?:main\s++)?content|scroll\s++to\s++top|back\s++to\s++top|home|menu|search(?:\s++for)?"
    r"|you\s++are\s++here:?|main\s++navigation|breadcrumb)",
    re.IGNORECASE,
)

# Boilerplate prompts standing alone on a line.
_BOILERPLATE = re.compile(
    r"(?:read\s++more|related\s++(?:articles|news|stories|content)|advertisement|click\s++here[^\n]{0,60}+"
    r"|accept(?:\s++all)?\s++cookies|subscribe\s++to\s++our\s++newsletter|sign\s++up\s++for\s++our\s++newsletter)"
    r"\W{0,3}+",
    re.IGNORECASE,
)


def _whole_line(pattern: re.Pattern[str]) -> Rule:
    """Make a rule that claims one line when ``pattern`` matches all of it."""

    def rule(source: str, pieces: tuple[Piece, ...], i: int) -> int | None:
        piece = pieces[i]
        if piece.end - piece.start > 120:  # furniture is short; skip the regex on prose
            return None
        return 1 if pattern.fullmatch(source, piece.start, piece.end) else None

    return rule


def slideshow_counter(source: str, pieces: tuple[Piece, ...], i: int) -> int | None:
    """A counter on one line (``1 / 3``) or split over two (``1 /`` then ``3``)."""
    piece = pieces[i]
    if piece.end - piece.start > 20:
        return None
    if _COUNTER.fullmatch(source, piece.start, piece.end):
        return 1
    if (
        i + 1 < len(pieces)
        and pieces[i + 1].kind == "line"
        and _COUNTER_HEAD.fullmatch(source, piece.start, piece.end)
        and _COUNTER_TAIL.fullmatch(source, pieces[i + 1].start, pieces[i + 1].end)
    ):
        return 2
    return None


NOISE_RULES: tuple[tuple[NoiseKind, Rule], ...] = (
    (NoiseKind.SLIDESHOW_COUNTER, slideshow_counter),
    (NoiseKind.SHARE_LINKS, _whole_line(_SHARE)),
    (NoiseKind.NAVIGATION, _whole_line(_NAVIGATION)),
    (NoiseKind.BOILERPLATE, _whole_line(_BOILERPLATE)),
)


def find_noise(source: str, pieces: tuple[Piece, ...]) -> tuple[Piece, ...]:
    """Turn furniture lines into ``noise`` pieces, by the first rule of ``NOISE_RULES`` that claims them.

    >>> from pressparse.blocks import group_lines
    >>> from pressparse.layout import split_lines
    >>> src = "Police met.\\n1 /\\n3\\nShare"
    >>> [(p.kind, p.text(src)) for p in find_noise(src, group_lines(src, split_lines(src)))]
    [('line', 'Police met.'), ('noise', '1 /\\n3'), ('noise', 'Share')]
    """
    out: list[Piece] = []
    i = 0
    while i < len(pieces):
        piece = pieces[i]
        claimed = None
        if piece.kind == "line":
            for kind, rule in NOISE_RULES:
                claimed = rule(source, pieces, i)
                if claimed:
                    last = pieces[i + claimed - 1]
                    out.append(
                        piece.evolve(
                            kind="noise",
                            end=last.end,
                            noise_kind=kind,
                            blank_after=last.blank_after,
                            lines=sum(p.lines for p in pieces[i : i + claimed]),
                        )
                    )
                    break
        if claimed:
            i += claimed
        else:
            out.append(piece)
            i += 1
    return tuple(out)
