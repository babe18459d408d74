"""Session 23, helper fl: fuzz pins of the paragraph and list stages (SPEC 5, stable rendering).

Each pin's input is copied from ``test_fuzz_regressions.py`` (OPEN there when this was written), with a
real-release-shaped text beside it, and a close shape that must keep its reading.
"""

from __future__ import annotations

from pressparse import clean, parse
from pressparse.paragraphs import FIELD_LINE
from tests.fuzz_parse import problems


def _body(text: str) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in parse(text).body]


# --- F1126-40: a dash glued to a colon over a line framed in dashes (paragraphs._cuts, _COLON_BULLET) -------


def test_f1126_40_colon_dash_over_a_framed_line_reads_as_its_rendering() -> None:
    assert problems("g:-\u00a0N n \u00a5 -", render=True) == []


def test_standfirst_framed_in_dashes_glued_to_a_label_stays_one_paragraph() -> None:
    # A wire standfirst framed in dashes ("– Strategic collaboration brings … –", x8_wire_citybiz_4), glued
    # to a label's colon with NBSP padding: the rendering shows the padding one space, and both read it whole.
    text = "UPDATE:-\u00a0Strategic collaboration brings real-time visibility -"
    assert problems(text, render=True) == []
    assert _body(text) == [("paragraph", "UPDATE:- Strategic collaboration brings real-time visibility -")]
    assert _body(text) == _body(clean(text))


def test_bullets_glued_to_a_colon_still_open_their_list() -> None:
    # Negative: items that do not close on their dash are items, NBSP-padded (INTERPOL) or one space (markdown).
    assert _body("Police seized items including:-\u00a0 The need for cooperation") == [
        ("paragraph", "Police seized items including:"),
        ("list_item", "The need for cooperation"),
    ]
    assert _body("Key Takeaways:* First Orion launches a new app") == [
        ("heading", "Key Takeaways:"),
        ("list_item", "First Orion launches a new app"),
    ]


# --- F1126-19: a field whose value wrapped under its label, under "WHO:" (paragraphs.FIELD_LINE) -----------------


def test_f1126_19_field_wrapped_under_who_reads_as_its_rendering() -> None:
    assert problems(".\nWHO:St:\nP\fs C", render=True) == []


def test_field_line_reads_its_value_over_a_line_break() -> None:
    # "Conference Date:" / "Tuesday, October 1" joined as one block: the rendering shows "Conference Date: Tuesday,
    # October 1", a field line (wire_015), and the block is read the same.
    assert FIELD_LINE.match("Conference Date:\nTuesday, October 1") is not None
    assert FIELD_LINE.match("Conference Date: Tuesday, October 1") is not None


def test_label_alone_or_in_lower_case_is_no_field_line() -> None:
    # Negative: a label with nothing after it, or a sentence's colon, is no field.
    assert FIELD_LINE.match("Conference Date:\n") is None
    assert FIELD_LINE.match("the date:\nTuesday") is None
