"""Session 30 (m): titles and contacts read the same in the page and in its rendering (SPEC 5)."""

from __future__ import annotations

from pressparse import parse
from tests.fuzz_parse import problems
from tests.test_fuzz_regressions import FIXED, OPEN

PINS = {**OPEN, **FIXED}


def _metas(text: str) -> list[tuple[str, str]]:
    return [(str(m.kind), m.text) for m in parse(text).meta]


def test_line_closing_a_colon_in_brackets_is_no_headline() -> None:
    """A line ending ``:)`` or ``:]`` opens what follows it: no headline, as the line glued to its next one reads it.

    Fuzz F1125-57: under the headline, ``Ns fer a:]`` glued to ``A t e`` was no subtitle in the page (its end is
    a colon past the bracket) but the title once the rendering set it alone.
    """
    text = "Police Seize Drugs in Lyon Raid\nRead the Charges Here (in French:)\n\nThe officers met on Monday."
    assert ("title", "Police Seize Drugs in Lyon Raid") in _metas(text)
    assert all(kind != "subtitle" for kind, _ in _metas(text))
    assert problems(PINS["F1125-57"][0], render=True) == []


def test_headline_closing_on_a_word_in_brackets_stays() -> None:
    """A headline closed by a bracket after a word (``… (Video)``) or a question mark stays one."""
    text = "Police Seize Drugs in Lyon Raid (Video)\nOfficers Met With the Mayor\nThe officers met on Monday to plan."
    assert _metas(text)[:2] == [
        ("title", "Police Seize Drugs in Lyon Raid (Video)"),
        ("subtitle", "Officers Met With the Mayor"),
    ]

