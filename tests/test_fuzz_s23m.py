"""Session 23, helper fm: fuzz findings of the meta and dateline stages (SPEC 5, stable rendering).

Each finding is tested on a real-style text of its shape (the pinned strings stay in
``test_fuzz_regressions.py``), with a close shape beside it that must keep its reading.
"""

from __future__ import annotations

from pressparse import parse
from tests.fuzz_parse import problems
from tests.test_fuzz_regressions import FIXED
from tests.test_real_s21 import _meta

_SUMMARY = "The state will fund forty rural clinics over five years under the plan, officials said on Monday.\n"
_STORY = "Senator Jane Roe introduced a bill today to fund rural clinics across the state.\n"


def _dateline(text: str) -> str | None:
    found = parse(text).dateline
    return found.text if found else None


def _body(text: str) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in parse(text).body]


# --- F1125-16, F1126-11: a place line alone under a markdown heading mark (dateline._title_like) ------------
# A markdown title holds no dateline without a date ("# InvestorNewsBreaks – Envirotech …"), but a place and
# its dash alone on the marked line hold no title's words: the rendering, the mark dropped, reads a dateline.


def test_a_marked_place_line_alone_is_the_dateline() -> None:
    text = "# WASHINGTON, D.C. –\n" + _STORY
    assert problems(text, render=True) == []
    assert _dateline(text) == "WASHINGTON, D.C. –"
    assert _body(text) == [("paragraph", _STORY.strip())]


def test_a_marked_title_after_a_place_stays_the_title() -> None:
    text = "# WASHINGTON, D.C. – A New Era For Rural Clinics\n" + _STORY
    assert problems(text, render=True) == []
    assert _dateline(text) is None
    assert ("title", "WASHINGTON, D.C. – A New Era For Rural Clinics") in _meta(text)


def test_the_marked_place_pins_are_fixed() -> None:
    for pin in ("F1125-16", "F1126-11"):
        assert problems(FIXED[pin][0], render=True) == []


# --- F1124-12: a release note under a place line alone, below a summary paragraph (meta._notes_under_dateline)
# The dateline stage reads the story under the note; the rendering drops the note and joins the dateline to the
# story. Meta took the note for the story's (the summary above had started the story) and kept it in the body.


def test_a_note_under_a_place_line_is_the_pages_below_a_summary() -> None:
    text = _SUMMARY + "WASHINGTON —\nFOR IMMEDIATE RELEASE\n" + _STORY
    assert problems(text, render=True) == []
    assert _dateline(text) == "WASHINGTON —"
    assert ("release_note", "FOR IMMEDIATE RELEASE") in _meta(text)
    assert _body(text) == [("paragraph", _SUMMARY.strip()), ("paragraph", _STORY.strip())]


def test_a_note_under_the_storys_first_line_keeps_its_reading() -> None:
    text = _SUMMARY + "WASHINGTON — " + _STORY + "FOR IMMEDIATE RELEASE\nThe bill has ten sponsors.\n"
    assert problems(text, render=True) == []
    assert _meta(text) == []
    assert ("heading", "FOR IMMEDIATE RELEASE") in _body(text)


def test_the_note_pin_is_fixed() -> None:
    assert problems(FIXED["F1124-12"][0], render=True) == []


# --- F1126-18: a short line padded by a run of spaces was prose (meta._is_prose) -----------------------------
# A page set a short header line and a stop seventy spaces apart; read by its raw length it was the story's first
# paragraph, so the date line under it was the story's. The rendering prints the line short and took the date.


def test_a_padded_header_line_is_no_story_and_the_date_under_it_is_the_pages() -> None:
    text = "Senator Jane Roe" + " " * 60 + "Print.\nThursday, November 1, 2007\n" + _STORY
    assert problems(text, render=True) == []
    assert ("date", "Thursday, November 1, 2007") in _meta(text)
    assert _body(text) == [("paragraph", "Senator Jane Roe Print."), ("paragraph", _STORY.strip())]


def test_a_long_first_paragraph_keeps_its_reading() -> None:
    text = "Senator Jane Roe met the board on Monday and agreed a plan to fund the clinics.\n" + _STORY
    assert problems(text, render=True) == []
    assert _meta(text) == []
    assert len(_body(text)) == 2


def test_the_padded_line_pin_is_fixed() -> None:
    assert problems(FIXED["F1126-18"][0], render=True) == []
