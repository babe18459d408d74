"""Session 24, helper fl: fuzz pins of the paragraph and list stages (SPEC 5), and a wrapped subheading.

Each pin's input is copied from ``test_fuzz_regressions.py`` (OPEN there when this was written), with a
real-release-shaped text beside it, and a close shape that must keep its reading.
"""

from __future__ import annotations

from pressparse import clean, parse
from tests.fuzz_parse import problems


def _body(text: str) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in parse(text).body]


# --- F1126-24: a star line under a lone dash line, the dateline's dash (paragraphs.split_lines) ---------------


def test_f1126_24_star_under_a_wrapped_dateline_reads_as_its_rendering() -> None:
    assert problems("CAGO\n\u2014 7.\u2028* a", render=True) == []


def test_star_line_under_a_wrapped_dateline_reads_alike_in_the_rendering() -> None:
    # "CHICAGO" / "— Cook County opened …": the dash is the dateline's, no list's; the rendering joins it to
    # the place, and the star line under the story's first sentence opens no item there (lower case after it).
    text = "CHICAGO\n\u2014 Cook County opened three cooling centres on Monday.\u2028* hours run from 9 a.m. to 9 p.m."
    assert problems(text, render=True) == []
    assert _body(text) == _body(clean(text))
    assert _body(text)[-1] == ("paragraph", "* hours run from 9 a.m. to 9 p.m.")


def test_items_of_one_marker_or_under_a_colon_still_continue_their_list() -> None:
    # Negative: a second dash item, or a star item under a list its label's colon opened, stays an item.
    assert _body("Centres\n- Cook County\n- hours run late") == [
        ("heading", "Centres"),
        ("list_item", "Cook County"),
        ("list_item", "hours run late"),
    ]
    assert _body("Police opened centres:\n\u2013 Cook County\n* hours run late")[1:] == [
        ("list_item", "Cook County"),
        ("list_item", "hours run late"),
    ]
