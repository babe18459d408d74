"""Stage 1, layout: the source as a tuple of lines with their indentation.

Input: the exact source string. Output: ``Line`` records in order, one per
physical line, each with the span of its content (surrounding whitespace
excluded) and its indentation width. No classification happens here.

Why lines: every layout cue that scraped releases keep is line-shaped: the
INTERPOL template sets captions apart with whitespace-only lines and deeper
indentation, county-prosecutor pages put one paragraph on a line, PDF text
wraps lines at ~70 columns. Line breaks are the ones ``str.splitlines`` knows
(``\\n``, ``\\r\\n``, ``\\r``, ``\\v``, ``\\f``, ``\\x1c``-``\\x1e``, ``\\x85``,
``\\u2028``, ``\\u2029``), so no character is ever outside a line.
Runs in one linear pass (``str.split`` cuts and ``str.strip`` measures when ``\\n`` is the only
break in the document); ``iter_lines`` gives the records one at a time, and ``line_spans`` their
fields as plain tuples, which ``parse`` reads (no record object a line).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from typing import TypeAlias

import attrs

LINE_BREAKS = frozenset("\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029")
"""The characters ``str.splitlines`` breaks at: every stage that asks "does a line end here?" uses this set."""
# The break set spelled for a character class (``re.escape`` of each break, in a stable order).
_BREAKS = "".join(re.escape(ch) for ch in sorted(LINE_BREAKS))
_LINE = re.compile(rf"[^{_BREAKS}]*+")
# A run of whole blank lines: spaces or tabs, then a line break; one record stands for all of them.
_BLANK_RUN = re.compile(rf"(?:[^\S{_BREAKS}]*+(?:\r\n|[{_BREAKS}]))++")
_BREAK = re.compile(rf"\r\n|[{_BREAKS}]")
# Any break but "\n": most documents have none, and then ``str.find`` and ``str.count`` do the work.
_OTHER_BREAK = re.compile("[" + "".join(re.escape(ch) for ch in sorted(LINE_BREAKS - {"\n"})) + "]")


@attrs.frozen(init=False)
class Line:
    """One physical line: its content span (stripped) and its indentation.

    Its constructor is written out, as ``Piece``'s is: one is built a line.
    """

    start: int
    """Start of the content (first non-whitespace character)."""
    end: int
    """End of the content (after the last non-whitespace character)."""
    indent: int
    """Number of whitespace characters before the content (NBSP and tabs count one)."""
    line_start: int
    """Start of the physical line."""
    count: int = 1
    """Physical lines this record stands for: more than one only for a run of blank lines."""

    def __init__(self, start: int, end: int, indent: int, line_start: int, count: int = 1) -> None:
        """Set the fields, in their order (the same signature as the ``__init__`` attrs would write)."""
        _set_start(self, start)
        _set_end(self, end)
        _set_indent(self, indent)
        _set_line_start(self, line_start)
        _set_count(self, count)

    @property
    def blank(self) -> bool:
        """True for a whitespace-only line."""
        return self.start == self.end


# The ``__set__`` of each field's slot, in field order (they bypass the frozen ``__setattr__``).
_set_start, _set_end, _set_indent, _set_line_start, _set_count = (
    Line.__dict__[field.name].__set__ for field in attrs.fields(Line)
)


def split_lines(source: str) -> tuple[Line, ...]:
    """Split ``source`` into lines with content spans and indentation.

    >>> [(ln.start, ln.end, ln.indent) for ln in split_lines("a\\n  bc \\n")]
    [(0, 1, 0), (4, 6, 2), (8, 8, 0)]
    """
    return tuple(iter_lines(source))


def iter_lines(source: str) -> Iterator[Line]:
    """The records of ``split_lines``, one at a time.

    >>> [(ln.start, ln.end) for ln in iter_lines("a\\n\\nb")]
    [(0, 1), (2, 2), (3, 4)]
    """
    return itertools.starmap(Line, line_spans(source))


LineSpan: TypeAlias = tuple[int, int, int, int, int]
"""A ``Line``'s fields as a plain tuple, in their order: ``(start, end, indent, line_start, count)``."""


def line_spans(source: str) -> Iterator[LineSpan]:
    """The fields of the ``split_lines`` records as plain tuples, one line at a time, no record built.

    ``api.parse`` hands them to ``blocks.group_spans`` as they come: a tuple lives no longer than its line
    and is not kept, so the garbage collector's generations never grow with the document (one ``Line``
    object a line cost about as much as the rest of the stage, issue #6).

    >>> list(line_spans("a\\n\\nb"))
    [(0, 1, 0, 0, 1), (2, 2, 0, 2, 1), (3, 4, 0, 3, 1)]
    """
    return _newline_spans(source) if _OTHER_BREAK.search(source) is None else _break_spans(source)


def _iter_breaks(source: str) -> Iterator[Line]:
    """The records of ``_break_spans``."""
    return itertools.starmap(Line, _break_spans(source))


def _iter_newlines(source: str) -> Iterator[Line]:
    """The records of ``_newline_spans``.

    >>> [(ln.start, ln.end, ln.indent, ln.count) for ln in _iter_newlines("a\\n \\n\\n  bc \\n ")]
    [(0, 1, 0, 1), (2, 2, 0, 2), (7, 9, 2, 1), (12, 12, 0, 1)]
    """
    return itertools.starmap(Line, _newline_spans(source))


def _break_spans(source: str) -> Iterator[LineSpan]:
    """``line_spans`` of a source with any break: one linear pass, a regular expression finds each line's end."""
    pos = 0
    n = len(source)
    while True:
        if pos < n and source[pos].isspace():
            run = _BLANK_RUN.match(source, pos)
            if run is not None:
                count = len(_BREAK.findall(source, pos, run.end()))
                yield pos, pos, 0, pos, count
                pos = run.end()
                if pos == n:
                    yield n, n, 0, n, 1
                    break
        m = _LINE.match(source, pos)
        end = m.end() if m else pos
        start = pos
        content_start = start
        while content_start < end and source[content_start].isspace():
            content_start += 1
        content_end = end
        while content_end > content_start and source[content_end - 1].isspace():
            content_end -= 1
        indent = content_start - start if content_start < content_end else 0
        if content_start == content_end:
            content_start = content_end = end
        yield content_start, content_end, indent, start, 1
        if end >= n:
            break
        pos = end + (2 if source.startswith("\r\n", end) else 1)
        if pos > n:
            break
        if pos == n:
            yield n, n, 0, n, 1
            break


def _newline_spans(source: str) -> Iterator[LineSpan]:
    """``line_spans`` of a source whose only break is ``\\n``: ``str.split`` cuts, ``str.strip`` measures.

    The same records as the general loop: a run of whole blank lines is one record at its start (the
    last line, which no break ends, is never part of a run), a blank last line sits at its end.
    ``str.strip`` removes what ``str.isspace`` calls space, as the general loop does character by
    character.

    >>> list(_newline_spans("a\\n \\n\\n  bc \\n "))
    [(0, 1, 0, 0, 1), (2, 2, 0, 2, 2), (7, 9, 2, 5, 1), (12, 12, 0, 11, 1)]
    """
    parts = source.split("\n")
    last = len(parts) - 1
    pos = 0
    run = 0  # blank lines in the run that starts at ``run_start``
    run_start = 0
    for k, part in enumerate(parts):
        size = len(part)
        text = part.strip()
        if not text and k < last:
            if not run:
                run_start = pos
            run += 1
            pos += size + 1
            continue
        if run:
            yield run_start, run_start, 0, run_start, run
            run = 0
        if text:
            start = pos + part.find(text[0]) if text is not part else pos
            yield start, start + len(text), start - pos, pos, 1
        else:
            end = pos + size
            yield end, end, 0, pos, 1
        pos += size + 1
