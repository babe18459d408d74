"""Session 27, meta helper 3: the meta stage's fast paths answer as the full rules do (issue #6: speed, no change).

Each fast path is a cheap test before a search that cannot succeed without it; the cases are the real shapes
the full rule reads (a legal notice glued to the links over it, a notice paragraph of its own) beside the close
shapes it leaves alone. Every parse of the corpus, the unseen set and the fuzz pins reads the same before and
after (the session's snapshot diff).
"""

from __future__ import annotations

from pathlib import Path

import pytest

import pressparse
from pressparse import meta
from pressparse._block import Piece
from pressparse.layout import LINE_BREAKS
from tests.test_speed_s17 import LEGAL, NOT_LEGAL

STORY = "Police arrested two men in Lyon on Tuesday after a month-long inquiry into the thefts."
CORPUS = sorted(Path(__file__).parent.joinpath("corpus").glob("*.txt"))


def _paragraphs() -> list[str]:
    """The corpus's paragraphs and a legal notice glued in each way a page glues one (a stop, a link's bracket)."""
    found = [p for path in CORPUS for p in path.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    return [
        *found,
        *LEGAL,
        *NOT_LEGAL,
        *(f"{STORY}{glue}{text}" for glue in (")", "]", ".", "", " ") for text in LEGAL),
    ]


@pytest.mark.parametrize("text", [*LEGAL, *NOT_LEGAL, "All marks mentioned belong to their owners, which constitute"])
def test_holds_legal_as_the_whole_search(text: str) -> None:
    """``_holds_legal`` (the phrases of the cues present) answers as ``_LEGAL`` (all phrases) does."""
    assert meta._holds_legal(text, 0, len(text)) == bool(meta._LEGAL.search(text))


def test_holds_legal_on_every_corpus_paragraph() -> None:
    for text in _paragraphs():
        end = min(len(text), 400)
        assert meta._holds_legal(text, 0, end) == bool(
            meta._has_legal_cue(text[:end]) and meta._LEGAL.search(text, 0, end)
        )


def test_every_legal_phrase_is_searched_under_a_cue() -> None:
    """A phrase no cue's search holds would never be found by ``_holds_legal``."""
    searched = {phrase for cue, _ in meta._LEGAL_BY_CUE for phrase in meta._LEGAL_PHRASES if cue in phrase.casefold()}
    assert searched == set(meta._LEGAL_PHRASES)


def test_glued_notice_cut_sits_between_a_glue_pair() -> None:
    """Every ``_GLUED_NOTICE`` cut has a ``_NOTICE_GLUE`` pair across it: the pair is a sound prefilter."""
    for text in _paragraphs():
        for m in meta._GLUED_NOTICE.finditer(text, 1):
            assert meta._NOTICE_GLUE.fullmatch(text, m.start() - 1, m.start() + 1)


@pytest.mark.parametrize(
    ("glue", "cut"),
    [
        # A notice glued to the hashtag links over it (wire_035's shape): cut off, read as a disclaimer.
        ("[https://x.com/brand](https://x.com/brand)", True),
        # Negative: the notice after a sentence's stop and a space is the paragraph's own sentence, as before.
        (". ", False),
    ],
)
def test_glued_legal_notice_still_cut(glue: str, cut: bool) -> None:
    text = f"{STORY} #investment{glue}The issuer is solely responsible for the content of this announcement."
    doc = pressparse.parse(f"{STORY}\n\n{text}")
    disclaimers = [m.text for m in doc.meta if m.kind == "disclaimer"]
    assert (disclaimers == ["The issuer is solely responsible for the content of this announcement."]) is cut
    assert (meta._glued_section(text, Piece("paragraph", 0, len(text))) is not None) is cut


@pytest.mark.parametrize(
    "text",
    [
        "For further information, please contact Jane Roe",  # printable: returned as it is
        "For further information, please\ncontact Jane Roe",  # hard-wrapped: the break joined
        "Source: Office of the Attorney General\u2028of Texas",  # a line separator is a break too
        "Media contact:\tJane Roe\x85(555) 010-0100",  # a tab is unprintable, kept; NEL joined
    ],
)
def test_joined_as_translated(text: str) -> None:
    """``_joined`` skips the translation of a printable text (every line break is unprintable)."""
    assert meta._joined(text, Piece("paragraph", 0, len(text))) == text.translate(meta._AS_SPACE)


@pytest.mark.parametrize(
    ("text", "taken"),
    [
        ("Source: First Orion", True),  # a wire's distribution line under the story
        ("Distributed by: Reportable, Inc.", True),
        ("SOURCE Acme Robotics Inc.", True),  # PR Newswire's footer, no colon
        ("Source: An", True),  # fuzz F1129-1's line: meta takes it as a release note
        # Negative: a story's attribution is no issuer's name, and meta leaves it in the story.
        ("Source: police said", False),
    ],
)
def test_distribution_line_as_meta_takes_it(text: str, taken: bool) -> None:
    """``is_distribution_line`` answers on a line's text as ``distribution_note`` does on the line.

    ``headings._meta_line`` should read past such a line as it reads past ``FOR IMMEDIATE RELEASE`` (fuzz
    F1129-1: ``Cm`` over ``Source: An`` is a heading in the rendering, where the note is gone).
    """
    assert meta.is_distribution_line(text) is taken
    assert meta.distribution_note(text, (Piece("paragraph", 0, len(text)),), 0) is taken


def _note_lines_by_character(source: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """``meta._note_lines`` as session 26 wrote it, one character a step: the reference for its searches."""
    found: list[tuple[int, int]] = []
    k = start
    while k < end:
        if source[k] not in LINE_BREAKS:
            k += 1
            continue
        while k < end and source[k].isspace():
            k += 1
        line_end = k
        while line_end < end and source[line_end] not in LINE_BREAKS:
            line_end += 1
        if line_end >= end and end < len(source):
            break
        stripped = line_end
        while stripped > k and source[stripped - 1].isspace():
            stripped -= 1
        if stripped > k and meta.is_note_line(source, Piece("paragraph", k, stripped)):
            found.append((k, stripped))
        k = line_end
    return tuple(found)


NOTE_WINDOWS = [
    "Acme Unveils Robot\nFOR IMMEDIATE RELEASE\nMay 2, 2026\n\nWASHINGTON – Acme said.",
    "Headline Here\n  jane@acme.org  \r\n\u2028By Jane Roe\x85###\x1c\nMore",
    "Headline\n\n\n   \n\t\nFOR IMMEDIATE RELEASE",  # blank lines of spaces and tabs between
    "Headline\nMEDIA ADVISORY",  # the window's last line, cut or not
    "No break at all in this window",
    "Ends on a break\n",
    "\n\n\n",
]


@pytest.mark.parametrize("source", NOTE_WINDOWS)
def test_note_lines_as_read_by_character(source: str) -> None:
    """``_note_lines`` (searches for the breaks and the blank runs) finds what the character walk found."""
    for start in range(len(source)):
        for end in range(start, len(source) + 1):
            assert meta._note_lines(source, start, end) == _note_lines_by_character(source, start, end)
