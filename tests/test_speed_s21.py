"""The fast paths of session 21 give the answers of the code they stand in for (issue #6: speed, no change).

Method, as in ``test_speed_s18.py``: each fast path is compared with the plain
form it replaced, written out here, on the corpus lines and on odd strings
(digits of other scripts, superscripts, an empty window). The whole-parse
check (every output byte-identical) is the snapshot of the corpus, the unseen
and QA releases and their re-layouts, run by hand for each change; these
tests pin the parts so that a later edit cannot drift.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pressparse import noise
from pressparse.blocks import group_lines
from pressparse.layout import split_lines

_HERE = Path(__file__).resolve().parent
CORPUS_TEXTS = [
    path.read_text(encoding="utf-8")
    for path in sorted(_HERE.glob("corpus/*.txt")) + sorted(_HERE.glob("corpus/real/*.txt"))
]
CORPUS_LINES = [line for text in CORPUS_TEXTS for line in text.splitlines() if line.strip()]
ODD = [
    "",
    "a",
    "7",
    "No digit here",
    "Room 101",
    "x²",  # a superscript: ``str.isdigit`` takes it, ``[0-9]`` does not
    "①",
    "٣ (Arabic-Indic three)",
    "१२३",
    "ｔｅｌ ０８００",  # fullwidth digits
    "é" * 300 + "9",
    "a" * 300,
    "\u00a0\u200b5",
]


def _plain_has_digit(source: str, start: int, end: int) -> bool:
    """What ``noise._has_digit`` was before its fast path."""
    return any(ch.isdigit() for ch in source[start:end])


@pytest.mark.parametrize("text", ODD)
def test_has_digit_fast_path(text: str) -> None:
    """``_has_digit`` answers as the character loop does, in every window (ASCII or not)."""
    for start in range(min(len(text), 4) + 1):
        for end in {start, start + 1, len(text)}:
            assert noise._has_digit(text, start, end) == _plain_has_digit(text, start, end), (text, start, end)


def test_has_digit_on_corpus_lines() -> None:
    """The same on every corpus line."""
    for line in CORPUS_LINES:
        assert noise._has_digit(line, 0, len(line)) == _plain_has_digit(line, 0, len(line)), line


def test_key_reads_the_context_it_builds() -> None:
    """``_key``'s cache read gives ``_context``'s labels: on a miss, on a hit, and past the last piece."""
    for text in CORPUS_TEXTS[:40]:
        pieces = group_lines(text, split_lines(text))
        noise._CACHE.clear()
        try:
            first = [noise._key(text, pieces, i) for i in range(len(pieces) + 1)]  # the first call builds
            labels = noise._context(text, pieces).labels
            assert first == [*labels, None]
            again = [noise._key(text, pieces, i) for i in range(len(pieces) + 1)]  # every call a cache hit
            assert again == first
            other = tuple(pieces)[:-1] if len(pieces) > 1 else pieces
            if other is not pieces:  # another stream: the cache slot holds the first, so it is rebuilt
                assert [noise._key(text, other, i) for i in range(len(other))] == list(
                    noise._context(text, other).labels
                )
        finally:
            noise._CACHE.clear()
