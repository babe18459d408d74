"""Noise, session 30 round 5 (helper n): a lone bullet over an item with its own bullet; a note's rest repeated.

The shapes the fuzz run found (tests/test_fuzz_regressions.py, F1125-66, F1125-67, F1125-68, F1125-56) as a page
prints them, each with a close shape that must keep its reading beside it. The rendering must read as the raw text.
"""

from __future__ import annotations

from tests.fuzz_parse import problems
from tests.test_fuzz_regressions import FIXED
from tests.test_real_s26n import _noise, _stable
from tests.test_real_s30n import _SAID

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
