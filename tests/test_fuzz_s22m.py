"""Session 22, helper fm: fuzz findings of the meta, dateline and noise stages (SPEC 5, stable rendering).

Each finding is tested on a real-style text of its shape (the pinned strings stay in
``test_fuzz_regressions.py``), with a close shape beside it that must keep its reading.
"""

from __future__ import annotations

from pressparse import parse
from tests.fuzz_parse import problems
from tests.test_real_s21 import _meta

_STORY = (
    "WASHINGTON – Police met today and agreed on a plan to cut crime in the city over the next three years.\n\n"
    "They will meet again in May.\n\n"
)


def _body(text: str) -> list[str]:
    return [b.text for b in parse(text).body]


# --- F1125-3, -14, -15: a meta lead-in hard-wrapped over two lines (meta._joined) ----------------------------
# The rendering joins a piece's lines into one; the byline, distribution and contact-sentence rules read the
# source's piece with its lines joined the same way, so both readings take the line.


def test_a_wrapped_contact_sentence_is_the_contact() -> None:
    text = _STORY + "For further information, please\ncontact Jane Roe at (555) 010-0100.\n"
    assert problems(text, render=True) == []
    assert ("contact", "For further information, please contact Jane Roe at (555) 010-0100.") in _meta(text)


def test_a_wrapped_sentence_about_information_stays_the_storys() -> None:
    text = _STORY + "For more information on the grants, please\nvisit the agency's website.\n"
    assert problems(text, render=True) == []
    assert _meta(text) == []
    assert "For more information on the grants, please visit the agency's website." in _body(text)


def test_a_wrapped_distribution_line_is_a_release_note() -> None:
    text = _STORY + "Source: Office of the Attorney General\nof Texas\n"
    assert problems(text, render=True) == []
    assert ("release_note", "Source: Office of the Attorney General of Texas") in _meta(text)


def test_a_wrapped_source_sentence_stays_the_storys() -> None:
    text = _STORY + "Source: police said the two men\nwere arrested on Monday\n"
    assert problems(text, render=True) == []
    assert _meta(text) == []


def test_a_wrapped_byline_is_the_byline() -> None:
    # Read as a subtitle before: the byline rule saw "By Jane Roe and" and "John Doe" as two lines.
    text = "Police Seize Guns in Raid\n\nBy Jane Roe and\nJohn Doe\n\n" + _STORY
    assert problems(text, render=True) == []
    assert ("byline", "By Jane Roe and John Doe") in _meta(text)


def test_a_wrapped_sentence_opening_with_by_stays_the_storys() -> None:
    text = _STORY + "By 2025 the agency\nwill hire 300 officers.\n"
    assert problems(text, render=True) == []
    assert "By 2025 the agency will hire 300 officers." in _body(text)
