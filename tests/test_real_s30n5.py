"""Noise, session 30 round 5 (helper n): a lone bullet over an item with its own bullet; a note's rest repeated.

The shapes the fuzz run found (tests/test_fuzz_regressions.py, F1125-66, F1125-67, F1125-68, F1125-56) as a page
prints them, each with a close shape that must keep its reading beside it. The rendering must read as the raw text.
"""

from __future__ import annotations

from pressparse import parse
from tests.fuzz_parse import problems
from tests.test_fuzz_regressions import FIXED
from tests.test_real_s26n import _noise, _stable
from tests.test_real_s30n import _SAID


def _repeats(text: str) -> list[str]:
    return [t for kind, t in _noise(text) if kind == "repeated_line"]


# --- a lone bullet over a line with a bullet of its own (F1125-66) ----------------------------------------------
# PDF text sets a bullet alone on its line over its item ("•" / "Ten countries took part"), which the paragraph stage
# joins; a scraped share row leaves a bullet whose icon was lost over the list's next item ("•" / "• Second item"):
# that item has its own bullet, the paragraph stage joins nothing to the lone one, and the rendering drops it.


def test_lone_bullet_over_an_item_with_its_own_bullet_is_empty() -> None:
    """The lone bullet has no item: an empty bullet, and the list reads the same in the rendering."""
    text = f"{_SAID}\n\u2022\n\u2022 Ten countries took part.\n\u2022 Police met in Lyon.\n"
    assert [("scraper_artefact", "\u2022")] == _noise(text)
    assert _stable(text)


def test_lone_bullet_over_its_item_text_joins() -> None:
    """A PDF's bullet over its item's text is the item's: no noise."""
    text = f"{_SAID}\n\u2022\nTen countries took part.\n\u2022 Police met in Lyon.\n"
    assert [] == _noise(text)
    assert _stable(text)


def test_pin_bullet() -> None:
    """The fuzz finding reads stably."""
    assert [] == problems(FIXED["F1125-66"][0], render=True)


# --- a release note's rest or head printed again (F1125-67, F1125-68, F1125-56) ---------------------------------
# Miami-Dade's State Attorney prints the headline's copy on the note's line under the page title ("<headline> -
# Office of ..." / "FOR IMMEDIATE RELEASE: <headline>"); Senate pages strip the colon ("FOR IMMEDIATE RELEASE
# <headline>"); a flattened header prints the note twice over the dateline. Meta and the dateline stage cut the note
# off its line, and the rendering shows the rest alone, where it is a copy: it is one in the raw line already.
_HEAD = "15 Charged with Human Trafficking of Minors During Operation Wrong Turn"
_TITLE = f"News | {_HEAD} - Office of the State Attorney"
_STORY = "Police met in Lyon on Monday to plan the next steps of the operation, which ran for a month in ten countries."


def _meta(text: str) -> list[tuple[str, str]]:
    return [(m.kind.value, m.text) for m in parse(text).meta]


def test_note_rest_copying_the_page_title_is_a_repeat() -> None:
    """The rest after the note is the page title's headline again: noise; the note stays meta."""
    for note in ("FOR IMMEDIATE RELEASE: ", "IMMEDIATE RELEASE:"):
        text = f"{_TITLE}\n{note}{_HEAD}\n{_STORY}\n"
        assert [_HEAD] == _repeats(text)
        assert ("release_note", note.strip()) in _meta(text)
        assert _stable(text)


def test_note_over_a_new_headline_is_kept() -> None:
    """A note on the line of a headline printed once: no copy."""
    text = f"{_TITLE}\nFOR IMMEDIATE RELEASE: Police Arrest Ten in Lyon Raid on Network\n{_STORY}\n"
    assert [] == _repeats(text)
    assert _stable(text)


def test_title_under_a_note_of_its_own_keeps_its_reading() -> None:
    """A real title printed again under "FOR IMMEDIATE RELEASE" on its own line: the copy's line goes, as before."""
    text = f"{_TITLE}\nFOR IMMEDIATE RELEASE\n{_HEAD}\n{_STORY}\n"
    assert [_HEAD] == _repeats(text)
    assert ("release_note", "FOR IMMEDIATE RELEASE") in _meta(text)


def test_note_copying_the_line_above_is_a_repeat() -> None:
    """A flattened header's second note under a first print the body keeps: the second is the copy."""
    text = f"{_STORY}\nFORIMMEDIATE RELEASE\nFOR IMMEDIATE RELEASE NEW YORK \u2013 {_STORY}\n"
    assert ["FOR IMMEDIATE RELEASE"] == _repeats(text)
    assert _stable(text)


def test_note_under_a_note_meta_takes_keeps_both() -> None:
    """Under a note meta takes (no block in the rendering), the second note is meta too: no copy."""
    text = f"FOR IMMEDIATE RELEASE\nFOR IMMEDIATE RELEASE NEW YORK \u2013 {_STORY}\n"
    assert [] == _repeats(text)
    assert [("release_note", "FOR IMMEDIATE RELEASE")] * 2 == _meta(text)


def test_pins_note() -> None:
    """The fuzz findings read stably."""
    for key in ("F1125-67", "F1125-68", "F1125-56"):
        assert [] == problems(FIXED[key][0], render=True), key
