"""Noise, session 30 round 4 (helper n): a copy under a caption counted in blocks as the rendering prints a place.

The shape the fuzz run found (tests/test_fuzz_regressions.py, F1125-62) as a page prints it, with a close shape that
must keep its reading beside it. The rendering must read as the raw text.
"""

from __future__ import annotations

from tests.fuzz_parse import problems
from tests.test_fuzz_regressions import FIXED
from tests.test_real_s26n import _noise, _stable
from tests.test_real_s30n import _SAID


def _repeats(text: str) -> list[str]:
    return [t for kind, t in _noise(text) if kind == "repeated_line"]


# --- a place line over its story, under an indented lone stop (F1125-62) ---------------------------------------
# INTERPOL's scraped news pages indent a lone "." under a paragraph (the template's), which the caption rules take,
# and set the dateline alone on its line over the story ("LYON, France –" / "Police met."). The rendering leaves the
# caption out and prints the place on its story's line: a sentence printed again four raw lines under the place's
# story stands three blocks under its first print there, where a re-parse takes it.


def test_copy_under_a_caption_and_a_place_line_is_a_repeat() -> None:
    """The caption and the place's line are no blocks between: the copy is a repeat in both readings."""
    text = f"{_SAID}\n\n        .\n\nOfficers met.\nLYON, France \u2013\nThe operation ran for a month.\n{_SAID}\n"
    assert [_SAID] == _repeats(text)
    assert _stable(text)


def test_copy_under_a_caption_and_a_sentence_line_is_kept() -> None:
    """A sentence where the place stood is a block of its own: the copy stands four blocks down, the author's."""
    text = f"{_SAID}\n\n        .\n\nOfficers met.\nThey met in Lyon.\nThe operation ran for a month.\n{_SAID}\n"
    assert [] == _repeats(text)
    assert _stable(text)


def test_pin() -> None:
    """The fuzz finding reads stably."""
    assert [] == problems(FIXED["F1125-62"][0], render=True)


# --- a slideshow counter read once a shape (speed) --------------------------------------------------------------
# A slideshow prints its counter under every photo ("1 /" / "3" on INTERPOL's pages): ``_context`` reads each
# counter once for each shape of it and the lines under it (``noise._counter_memo_key``), with the same answer.


def test_memoised_counters_read_as_the_rule_reads_them() -> None:
    """Each line's counter from the memo is the rule's own answer, asked with no facts cached."""
    from pressparse import blocks, layout, noise

    parts = ["1 /\n3\n", "1 /\n\n3\n", "2 /\n3\n", "4 /\n3\n", "Image 2\nof 5\n", "1 of\n2\n", "1/3\n", "7\n"]
    text = "".join(parts[(k * 7) % len(parts)] + ("Police met.\n" if k % 3 else "") for k in range(60)) + "1 /"
    pieces = blocks.group_spans(text, layout.line_spans(text))
    noise._CACHE.clear()
    counters = dict(noise._context(text, pieces).counters)
    noise._CACHE.clear()
    assert counters
    for k, found in counters.items():
        assert found == (noise.slideshow_counter(text, pieces, k) or 0), (k, text[pieces[k].start : pieces[k].end])
