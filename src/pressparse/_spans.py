"""Span helpers shared by the stages: normalise, strip to content, slice.

Every stage works on ``(start, end)`` index pairs into the exact input and
never on copies of it, so that offsets travel unchanged from the first stage
to the model (STYLE rule 14). These helpers are the only place where
"whitespace" is defined: ``str.isspace`` (spaces, tabs, newlines, NBSP and the
other Unicode spaces), which is also what SPEC invariant 2 normalises.
"""

from __future__ import annotations

import re

from pressparse.model import Span

INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
"""Invisible characters a scrape leaves inside text (soft hyphen, zero-width space and joiners, word joiner,
BOM): the ``invisible_characters`` repair drops them from a block's text, and the stages look through them."""
# The invisible and control characters the noise stage drops at a line's edge (``noise.edge_invisible``), as
# the body of a character class: C0/C1 controls (tab and line breaks are whitespace), the soft hyphen, zero-width
# spaces and joiners, directional marks, the word joiner, the BOM.
CONTROLS = r"\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff"


def normalise(text: str) -> str:
    """Collapse every whitespace run to one space and strip the ends (SPEC invariant 2)."""
    return " ".join(text.split())


_INK = re.compile(r"\S++")


def shown_length(source: str, start: int, end: int, cap: int) -> int:
    """The length of ``source[start:end]`` as the rendering shows it (whitespace runs one space), up to ``cap``.

    The scan stops once the length passes ``cap``: a length at or over ``cap`` is then only a lower bound, enough
    for the threshold tests that read it (the paragraph and dateline stages).

    >>> shown_length("A  to\u00a0chiefs. ", 0, 14, 100), shown_length("A  to chiefs.", 0, 13, 3)
    (12, 4)
    """
    length = -1
    for m in _INK.finditer(source, start, end):
        length += 1 + m.end() - m.start()
        if length > cap:
            break
    return max(length, 0)


def strip_span(source: str, start: int, end: int) -> tuple[int, int]:
    """Shrink ``[start, end)`` so that it neither starts nor ends with whitespace.

    An all-whitespace range collapses to ``(start, start)``.
    """
    while start < end and source[start].isspace():
        start += 1
    while end > start and source[end - 1].isspace():
        end -= 1
    return start, end


def to_span(source: str, start: int, end: int) -> Span:
    """Return the stripped ``Span`` of ``[start, end)``."""
    return Span(*strip_span(source, start, end))


def text_of(source: str, span: Span) -> str:
    """Return the normalised text of ``span``."""
    return normalise(source[span.start : span.end])


def next_word(source: str, at: int, end: int | None = None) -> str:
    """The run of letters starting at ``at``, at most 30 and not past ``end`` (the text's end by default)."""
    stop = len(source) if end is None else end
    k = at
    while k < stop and k - at < 30 and source[k].isalpha():
        k += 1
    return source[at:k]


# A markdown heading's marker opening the line right before a text ("# Clear the Clutter Before the Storm: …").
_MARKDOWN_MARK = re.compile(r"(?:^|\n)[ \t]*+#{1,6}+[ \t]++\Z")


def after_markdown_mark(source: str, at: int) -> bool:
    """Whether a markdown heading's ``#`` marker opens the line of the text at ``at``: the page's title line.

    >>> after_markdown_mark("# PRISM MediaWire – Weekly Round Up", 2), after_markdown_mark("A # B", 4)
    (True, False)
    """
    return _MARKDOWN_MARK.search(source, max(0, at - 12), at) is not None
