"""Noise, session 28 (helper n, round 2): copies counted as the rendering shows them (SPEC 5).

Each test holds a pinned fuzz finding's shape (tests/test_fuzz_regressions.py) written as the real page writes
it, with a close shape that must keep its reading beside it. The rendering must read as the raw text:
``parse(doc.text)`` gives the same body.
"""

from __future__ import annotations

from pressparse import parse
from tests.test_real_s26n import _noise, _stable


def _body(text: str) -> list[tuple[str, str]]:
    return [(block.kind, block.text) for block in parse(text).body]


# --- a copy under a photo's caption, its spaces lost (F1129-38) -------------------------------------------------
# INTERPOL's news pages print the story's opening line again under the photo (its caption an indented line the
# rendering leaves out), and the scraper loses the spaces around the NBSP dash in one print ("Netherlands – Police"
# / "NetherlandsPolice"). ``repeated_line`` compares copies with the spaces left out; counted without the caption,
# the copy stands three blocks under its first print, where a re-parse of the rendering takes it.
_OPENING = "Police in 12 countries arrested 30 suspects in an INTERPOL-led operation against firearms trafficking!"
_FIRST_PRINT = f"LYON, France\u00a0\u2013 {_OPENING}"
_LOST_SPACES = f"LYON, France{_OPENING}"


def test_copy_under_a_caption_with_its_spaces_lost_is_a_repeat() -> None:
    """The copy three blocks under its first print, a caption between, is a repeat though its spaces differ."""
    text = f"{_FIRST_PRINT}\n\n    Photo: the seized weapons.\n\n3\nORIM\n{_LOST_SPACES}\n"
    assert ("repeated_line", _LOST_SPACES) in _noise(text)
    assert _stable(text)


# Four blocks under its first print in the rendering too, the copy is the story's line again: it stays.
def test_copy_four_blocks_under_a_caption_stays() -> None:
    """With four shown blocks between, the copy keeps its reading, caption or not."""
    text = f"{_FIRST_PRINT}\n\n    Photo: the seized weapons.\n\n3\nORIM\nWeapons seized.\n{_LOST_SPACES}\n"
    assert "repeated_line" not in {kind for kind, _ in _noise(text)}
    assert _stable(text)

