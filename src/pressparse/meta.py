"""Stage 6, meta: front and back matter around the story.

Input: the classified pieces. Output: the same pieces where the ones that are
about the release rather than its story (title, date line, release note,
end mark, ...) have become ``meta`` pieces with their ``MetaKind``; and,
separately, ``find_contacts`` parses ``Contact`` records out of contact metas.
Invariant: only kinds change; spans stay.

``META_RULES`` is an ordered table of ``(MetaKind, rule)``; each rule sees
one piece (and its neighbours) and says yes or no. Rules are anchored to whole
lines, so "About 300 officers took part" or "By 2025, the agency" in the story
are never taken.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from pressparse._block import Piece
from pressparse.model import Contact, Dateline, MetaKind

Rule = Callable[[str, tuple[Piece, ...], int], bool]

_RELEASE_NOTE = re.compile(
    r"(?:for\s++immediate\s++release|embargoed\s++until\b.{0,60}+|media\s++advisory|news\s++release|press\s++release"
    r"|para\s++publicaci[oó]n\s++inmediata)\s*+:?",
    re.IGNORECASE,
)
_END_MARK = re.compile(r"(?:#\s?#\s?#|-\s?30\s?-|ends|-\s?end\s?-)", re.IGNORECASE)
_MONTHS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s++)?"
_DATE_LINE = re.compile(
    rf"{_WEEKDAY}(?:{_MONTHS}\s++\d{{1,2}}(?:st|nd|rd|th)?,?\s++\d{{4}}|\d{{1,2}}\s++{_MONTHS}\s++\d{{4}})",
    re.IGNORECASE,
)


def markdown_title(source: str, pieces: tuple[Piece, ...], i: int) -> bool:
    """``# Title`` on the first line of a markdown dump."""
    piece = pieces[i]
    return (
        piece.kind in ("paragraph", "heading") and i == _first_content(pieces) and source.startswith("# ", piece.start)
    )


def standalone_title(source: str, pieces: tuple[Piece, ...], i: int) -> bool:
    """A first short line with no closing stop, set apart from the story by a blank line."""
    piece = pieces[i]
    if i != _first_content(pieces) or piece.kind not in ("paragraph", "heading") or piece.lines != 1:
        return False
    text = piece.text(source)
    if len(text) > 250 or text[-1] in ".,;:" or piece.blank_after < 1:
        return False
    return any(p.kind == "paragraph" for p in pieces[i + 1 :])


def _whole(pattern: re.Pattern[str]) -> Rule:
    def rule(source: str, pieces: tuple[Piece, ...], i: int) -> bool:
        piece = pieces[i]
        return (
            piece.kind in ("paragraph", "heading")
            and piece.end - piece.start <= 120
            and bool(pattern.fullmatch(source, piece.start, piece.end))
        )

    return rule


def _first_content(pieces: tuple[Piece, ...]) -> int:
    return next((k for k, p in enumerate(pieces) if p.kind != "noise"), -1)


META_RULES: tuple[tuple[MetaKind, Rule], ...] = (
    (MetaKind.TITLE, markdown_title),
    (MetaKind.RELEASE_NOTE, _whole(_RELEASE_NOTE)),
    (MetaKind.END_MARK, _whole(_END_MARK)),
    (MetaKind.DATE, _whole(_DATE_LINE)),
    (MetaKind.TITLE, standalone_title),
)


def find_meta(source: str, pieces: tuple[Piece, ...], dateline: Dateline | None = None) -> tuple[Piece, ...]:
    """Turn front and back matter pieces into ``meta`` pieces.

    >>> from pressparse._block import Piece
    >>> src = "FOR IMMEDIATE RELEASE\\nPolice met."
    >>> [p.meta_kind for p in find_meta(src, (Piece("paragraph", 0, 21), Piece("paragraph", 22, 33)))]
    [<MetaKind.RELEASE_NOTE: 'release_note'>, None]
    """
    del dateline  # not used yet: the story starts where the dateline stands
    out = list(pieces)
    for i, piece in enumerate(pieces):
        if piece.kind not in ("paragraph", "heading"):
            continue
        kind = next((k for k, rule in META_RULES if rule(source, pieces, i)), None)
        if kind is not None:
            out[i] = piece.evolve(kind="meta", meta_kind=kind)
    return tuple(out)


def find_contacts(source: str, pieces: tuple[Piece, ...]) -> tuple[Contact, ...]:
    """Parse ``Contact`` records out of ``contact`` meta pieces.

    No rule marks contact blocks yet (issue #9), so this returns ``()`` for now.
    """
    del source, pieces
    return ()
