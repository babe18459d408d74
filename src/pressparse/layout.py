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
Runs in one linear pass (``str.find`` does the scan when ``\\n`` is the only
break in the document).
"""

from __future__ import annotations

import re

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


@attrs.frozen
class Line:
    """One physical line: its content span (stripped) and its indentation."""

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

    @property
    def blank(self) -> bool:
        """True for a whitespace-only line."""
        return self.start == self.end


def split_lines(source: str) -> tuple[Line, ...]:
    """Split ``source`` into lines with content spans and indentation.

    >>> [(ln.start, ln.end, ln.indent) for ln in split_lines("a\\n  bc \\n")]
    [(0, 1, 0), (4, 6, 2), (8, 8, 0)]
    """
    lines: list[Line] = []
    pos = 0
    n = len(source)
    newlines_only = _OTHER_BREAK.search(source) is None
    while True:
        if pos < n and source[pos].isspace():
            run = _BLANK_RUN.match(source, pos)
            if run is not None:
                if newlines_only:
                    count = source.count("\n", pos, run.end())
                else:
                    count = len(_BREAK.findall(source, pos, run.end()))
                lines.append(Line(pos, pos, 0, pos, count))
                pos = run.end()
                if pos == n:
                    lines.append(Line(n, n, 0, n))
                    break
        if newlines_only:
            end = source.find("\n", pos)
            if end < 0:
                end = n
        else:
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
        lines.append(Line(content_start, content_end, indent, start))
        if end >= n:
            break
        pos = end + (2 if source.startswith("\r\n", end) else 1)
        if pos > n:
            break
        if pos == n:
            lines.append(Line(n, n, 0, n))
            break
    return tuple(lines)
