"""Noise, session 30 (helper n): a copy counted in blocks as the rendering shows them, past what meta and dateline take.

Each test holds a shape the fuzz run found (tests/test_fuzz_regressions.py, F1125-51 and F1125-53) as a page prints
it, with a close shape that must keep its reading beside it. The rendering must read as the raw text.
"""

from __future__ import annotations

from tests.fuzz_parse import problems
from tests.test_fuzz_regressions import FIXED
from tests.test_real_s26n import _noise, _stable

_SAID = "Police in 35 countries arrested 3,000 suspects in the operation, which ran from June to August 2019."
_STORY = "The operation ran for a month.\nOfficers seized 500 firearms.\n"


def _repeats(text: str) -> list[str]:
    return [t for kind, t in _noise(text) if kind == "repeated_line"]


# --- a place glued after a stop that closes a figure (F1125-53) ------------------------------------------------
# INTERPOL's and the wires' scraped pages glue a paragraph to the next one's dateline, and a paragraph often ends on a
# year or a figure: "… from June to August 2019.LYON, France –". The paragraph stage cuts the place off at the stop,
# the dateline stage reads it, and the rendering prints it on the story's first line: no block of its own between
# the sentence and its copy three blocks down.


def test_sentence_before_a_glued_place_after_a_year_is_copied_three_blocks_down() -> None:
    """The copy three rendered blocks under a sentence ending on a year is a repeat in both readings."""
    text = f"{_SAID}LYON, France \u2013\n{_STORY}{_SAID}\n"
    assert [_SAID] == _repeats(text)
    assert _stable(text)


def test_sentence_before_a_glued_sentence_after_a_year_keeps_its_copy() -> None:
    """A sentence glued last is a block of its own: the copy stands four blocks down, the author's."""
    text = f"{_SAID}Officers met in Lyon.\n{_STORY}{_SAID}\n"
    assert [] == _repeats(text)
    assert _stable(text)


def test_sentence_printed_again_under_a_place_line_stays_removed() -> None:
    """The teaser printed again under the place's story line is removed, as before (a place alone on its line)."""
    text = f"{_SAID}\nLYON, France \u2013\nThe operation ran for a month.\n{_SAID}\n"
    assert [_SAID] == _repeats(text)
    assert _stable(text)


# --- an end mark between a sentence and its copy (F1125-51) ----------------------------------------------------
# A page prints the release's last sentence again under its end mark and a few lines ("###" / a hard-wrapped note
# / a line). Meta takes the end mark wherever it stands, so the rendering shows no block there, and the paragraph
# stage joins the wrapped note's lines: the copy stands three blocks under its first print, where a re-parse takes
# it. The raw text reads it so too.


def test_copy_under_an_end_mark_and_a_wrapped_note_is_a_repeat() -> None:
    """The end mark is no block between: the copy three blocks down is a repeat in both readings."""
    note = "For details, call the agency's\npress office in Lyon.\nPhotos of the operation are online.\n"
    for mark in ("###", "-30-"):
        text = f"{_SAID}\n{mark}\n{note}{_SAID}\n"
        assert [_SAID] == _repeats(text), mark
        assert _stable(text), mark


def test_copy_four_blocks_under_an_end_mark_is_kept() -> None:
    """Three blocks besides the end mark stand between: the copy four blocks down is kept in both readings."""
    note = "For details, call the agency's press office in Lyon.\nPhotos of the operation are online.\nVideos too.\n"
    text = f"{_SAID}\n###\n{note}{_SAID}\n"
    assert [] == _repeats(text)
    assert _stable(text)


def test_pins() -> None:
    """The fuzz findings read stably."""
    for key in ("F1125-51", "F1125-53"):
        assert [] == problems(FIXED[key][0], render=True), key
