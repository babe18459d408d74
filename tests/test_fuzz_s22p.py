"""Session 22, helper fp: fuzz pins of the paragraphs/lists/headings stages (SPEC 5, stable rendering).

Each pin's input is copied from ``test_fuzz_regressions.py`` (OPEN there when this was written), with a
real-release-shaped text beside it, and a close shape that must keep its reading.
"""

from __future__ import annotations

from pressparse import clean, parse
from tests.fuzz_parse import problems


def _body(text: str) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in parse(text).body]


# --- F1125-20: a skip link glued to the line above a glued "Read more" (paragraphs.split_lines) ---------------


def test_f1125_20_glued_skip_link_leaves_the_line_above_finished() -> None:
    assert problems("SANTIAGO.Skip to main content\nRead moreSANTIAGO\u00a0.", render=True) == []


def test_glued_skip_link_over_a_glued_read_more_reads_as_its_rendering() -> None:
    # INTERPOL-style scrape: the skip link glued to the story's first line, a "Read more" teaser glued under it.
    text = (
        "SANTIAGO, Chile \u2013 Police met today.Skip to main content\n"
        "Read morePolice seized 200 firearms in the operation."
    )
    assert problems(text, render=True) == []
    assert _body(text) == _body(clean(text))
    assert ("paragraph", "Police seized 200 firearms in the operation.") in _body(text)


def test_glued_sentence_that_runs_on_keeps_the_line_under_it_whole() -> None:
    # Negative: the cut above is prose that stops mid-sentence, which the rendering keeps: no cut under it.
    text = "SANTIAGO, Chile \u2013 Police met today.Officers seized in\nRead morePolice seized 200 firearms."
    assert _body(text) == [
        ("paragraph", "Police met today."),
        ("paragraph", "Officers seized in Read morePolice seized 200 firearms."),
    ]
