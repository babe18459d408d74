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


# --- F1126-25: a heading decided on a flattened header line that meta cuts at its date ---------------------


def test_f1126_25_pin() -> None:
    text = (
        "ews Room \u2019/\u00c9News Releases                               Washington  D C    Thursday  November 1"
        "  2007                     #2[*  The Senate Judiciary Committee today approved the Identityartisan bill"
        " was introduced on October 16th by Committee Chairman Patrick Leahy  D Vt   and Ranking Member Arlen S"
    )
    assert problems(text, render=True) == []


_STRIPPED = (
    "Press Releases\nWashington  D C\nThursday  November 1  2007     {rest}\n"
    "* The Senate Judiciary Committee today approved the Identity Theft Enforcement and Restitution Act by voice vote.\n"
    "* The bill was introduced on October 16th by Committee Chairman Patrick Leahy.\n"
)


def test_gapped_date_line_is_read_on_what_follows_the_date() -> None:
    # A punctuation-stripped Senate page: meta cuts the date out of the front line, the rendering shows the rest
    # alone, where a bracketed word heads nothing.
    text = _STRIPPED.format(rest="(continued)")
    assert ("paragraph", "(continued)") in _body(text)
    assert problems(text, render=True) == []


def test_gapped_date_over_a_list_name_stays_a_heading() -> None:
    text = _STRIPPED.format(rest="Key Points")
    assert ("heading", "Key Points") in _body(text)
    assert problems(text, render=True) == []
