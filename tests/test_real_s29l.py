"""Session 29 (lead): a footnote's figure read as the clean text sets the line end after it."""

from __future__ import annotations

from tests.fuzz_parse import problems
from tests.test_real_s28m import _body


def test_figure_over_a_lower_case_line_is_a_junction() -> None:
    """Fuzz F1125-50 in words: ``It rose.1`` / ``in 5 fell.`` reads as the clean text's one line ``It rose.1 in 5 fell.``.

    Inside a paragraph the clean text sets a line end as a space; a lower-case word after the figure is no sentence
    after a footnote, so the stop and the figure part as they do on one line.
    """
    text = "Sales at the plant rose.1\nin 5 workers were hired in May."
    assert _body(text) == [
        ("paragraph", "Sales at the plant rose."),
        ("paragraph", "1 in 5 workers were hired in May."),
    ]
    assert problems(text, render=True) == []


def test_footnote_figure_over_a_capital_or_a_paragraph_end_stays() -> None:
    """A footnote's figure over a capitalised line or at a paragraph's end stays a footnote (vc_wire_nmw_1's shape)."""
    over_capital = "Doctors met on Monday.\n\nHeart risk rose with the heat.1\nFor Todd, the summer was hard."
    assert _body(over_capital)[1] == ("paragraph", "Heart risk rose with the heat.1")
    at_end = "Doctors met on Monday.\n\nDeaths rose annually.3,4\n\nMeanwhile the study went on."
    assert _body(at_end)[1] == ("paragraph", "Deaths rose annually.3,4")
    assert problems(over_capital, render=True) == problems(at_end, render=True) == []
