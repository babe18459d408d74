"""Body blocks, session 28 (round 3): fuzz findings where the raw text and its rendering read different body kinds.

Each test holds the shape a real release writes, the pinned fuzz input beside it (tests/test_fuzz_regressions.py),
and a close shape that must keep its reading. The rendering must read as the raw text (SPEC 5): ``parse(doc.text)``
gives the same body blocks and kinds.
"""

from __future__ import annotations

from tests.test_real_s28s import _body, _stable

# --- a dash item cut short by a glued bullet, closing on a dash (F1130-10) ------------------------------------
# Wire releases frame the standfirst under the headline in dashes ("– Strategic collaboration brings … –",
# x8_wire_citybiz_4; paragraphs._dash_framed). A glued bullet after the closing dash cuts the line there; the
# rendering sets the framed part alone on its line, a standfirst, and the raw line must read it so too.


def test_framed_line_before_a_glued_bullet_is_no_item() -> None:
    """``- S 1 5 --\\u00a0P``: the part before the glued bullet is framed in dashes, as its rendered line reads."""
    text = "- S 1 5 --\u00a0P"
    assert _body(text) == [("paragraph", "- S 1 5 -"), ("list_item", "P")]
    assert _stable(text)


def test_short_item_before_a_glued_bullet_stays_an_item() -> None:
    """``- N -`` frames fewer than three words: an item and a dash, in the raw text as in the rendering."""
    text = "- N --\u00a0 Two items"
    assert _body(text) == [("list_item", "N -"), ("list_item", "Two items")]
    assert _stable(text)
