"""Session 24, helper fh: fuzz findings of the headings stage (SPEC 5, stable rendering).

The rendering drops what meta takes (a byline, a date line) and sets each block alone: a heading rule must
decide the same on the rendering as on the source. Each pinned input (kept in
``test_fuzz_regressions.py``) is copied here, with a real-style text beside it and a close shape that
keeps its reading.
"""

from __future__ import annotations

from pressparse import parse
from tests.fuzz_parse import problems


def _body(text: str) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in parse(text).body]


# --- F1127-3: a byline counted as a cell of a table's header row -------------------------------------------

# A county prosecutor's case table printed one cell a line under the story (da_018's shape).
_TABLE = (
    "The defendant was arraigned on Monday and pleaded not guilty to all charges.\n"
    "{extra}Defendant\nCharges\nCourt Date\nJane Roe, 19, Santa Ana\n"
)


def test_f1127_3_pin() -> None:
    assert problems("k?By J\nS\nI\nT.", render=True) == []


def test_byline_over_two_cells_is_no_header_row() -> None:
    # Meta takes the byline wherever it stands; the rendering shows two short lines, no header row.
    text = _TABLE.replace("Court Date\n", "").format(extra="By Jane Roe\n")
    assert ("heading", "Defendant") not in _body(text)
    assert problems(text, render=True) == []


def test_header_row_under_a_byline_stays_a_header_row() -> None:
    text = _TABLE.format(extra="By Jane Roe\n")
    body = _body(text)
    assert [b for b in body if b[0] == "heading"] == [
        ("heading", "Defendant"),
        ("heading", "Charges"),
        ("heading", "Court Date"),
    ]
    assert problems(text, render=True) == []
