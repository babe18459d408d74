"""Noise, session 26 (lead): a lead-in line over two lists is no headline copy, above the story's first long line too.

INTERPOL's pages open two lists with the same lead-in ("… in areas including:"), once glued to its items
(``including:-\u00a0 Drug trafficking-\u00a0 …``). The repeat check already kept such a line out of its
"printed twice in a row" branch; its headline branch (a copy above the first long line) did not, and the
rendering, where no line is long, took the second lead-in as the headline's copy (fuzz F1125-21, F1127-5,
F1128-5). A headline printed twice above the story stays a repeat.
"""

from __future__ import annotations

from pressparse import NoiseKind, parse
from tests.test_real_s26n import _stable

_TWO_LISTS = (
    "BOGOTA, Colombia \u2013 Officers met today.\n"
    "The talks covered areas including:-\u00a0 Drug trafficking-\u00a0 Firearms smugglingFirearms were seized."
    "The talks covered areas including:\n- Cybercrime.\n- Border security."
)
_HEADLINE_TWICE = (
    "Police Chiefs Meet in Bogota\nPolice Chiefs Meet in Bogota\n"
    "BOGOTA, Colombia \u2013 Officers met today to agree on a plan against trafficking networks in the region."
)


def test_second_lead_in_stays_body_in_the_rendering() -> None:
    """Both lead-ins are paragraphs over their lists, in the parse and in the parse of its rendering."""
    doc = parse(_TWO_LISTS)
    kinds = [(b.kind, b.text) for b in doc.body]
    assert kinds.count(("paragraph", "The talks covered areas including:")) == 2
    assert ("list_item", "Cybercrime.") in kinds
    assert _stable(_TWO_LISTS)


def test_headline_printed_twice_is_still_a_repeat() -> None:
    """A headline's copy above the story, with no colon, is still a repeated line."""
    noise = [(n.kind, n.text) for n in parse(_HEADLINE_TWICE).noise]
    assert (NoiseKind.REPEATED_LINE, "Police Chiefs Meet in Bogota") in noise
    assert _stable(_HEADLINE_TWICE)


# --- an invisible character glued before a glued slideshow counter (the final fuzz run, session 26) ------------
# "…crossing\x8fImage 2 of 5": the counter is cut off, and the control character glued before it with it; kept,
# it would end the line the rendering shows, where the noise stage drops it (SPEC 5).
_STORY = "BOGOTA, Colombia \u2013 Officers met today to agree on a plan against trafficking networks in the region.\n"


def test_invisible_before_a_glued_counter_goes_with_it() -> None:
    """The caption keeps its words; the control character and the counter are one slideshow counter."""
    text = _STORY + "Officers at the border crossing\x8fImage 2 of 5\nThey agreed on the plan."
    doc = parse(text)
    assert "Officers at the border crossing" in [b.text for b in doc.body]
    assert (NoiseKind.SLIDESHOW_COUNTER, "\x8fImage 2 of 5") in [(n.kind, n.text) for n in doc.noise]
    assert _stable(text)
    assert _stable(">\x8fImage 2of3")


def test_invisible_inside_the_caption_stays() -> None:
    """A counter after a space is a sentence's words, whatever precedes the space."""
    text = _STORY + "The photos are shown in\x8f Image 2 of 5\nThey agreed on the plan."
    assert all(n.kind is not NoiseKind.SLIDESHOW_COUNTER for n in parse(text).noise)
