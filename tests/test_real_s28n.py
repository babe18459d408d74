"""Noise, session 28 (helper n): site furniture at a page's end, read as the rendering reads it (SPEC 5).

Each test holds a pinned fuzz finding's shape (tests/test_fuzz_regressions.py) or an excerpt shaped like a real
page (tests/unseen), with a close shape that must keep its reading beside it. The rendering must read as the raw
text: ``parse(doc.text)`` gives the same body.
"""

from __future__ import annotations

from pressparse import parse
from tests.test_real_s26n import _noise, _stable


def _body(text: str) -> list[tuple[str, str]]:
    return [(block.kind, block.text) for block in parse(text).body]


# --- a "Latest Posts" box under a story of short lines (F1129-41) ---------------------------------------------
# WordPress-style DA sites (Orange County's, ta_da_orange_1, xj_da_orange_1, za_da_orange_1 …) close every page
# with a "Latest Posts" box: other releases' headlines, their dates and a category ("Press"). A story hard-wrapped
# into short lines ("… del Condado de Orange" / "Mark Billings.") has no line of 60 characters ending a sentence:
# the rendering joins the wrap into one, where a re-parse reads the box under a story line. A headline of 60
# characters in the box itself is no story line: it ends no sentence.
_SHORT_STORY = "y el alguacil asistente del Condado de Orange\nMark Billings.\n"
_TEASER = "Placentia Mother Found in Running Shower with Body of Her Dead Two-Year-old Charged"


def test_latest_posts_under_a_story_of_short_lines_is_related_links() -> None:
    """The heading and the teaser headline under it are related links, as the rendering reads them."""
    text = f"{_SHORT_STORY}Latest Posts\n{_TEASER}\nJune 9, 2026\nPress\n"
    noise = _noise(text)
    assert ("related_links", "Latest Posts") in noise
    assert ("related_links", _TEASER) in noise
    assert [("paragraph", "y el alguacil asistente del Condado de Orange Mark Billings.")] == _body(text)
    assert _stable(text)


def test_latest_posts_fuzz_shape_reads_as_its_rendering() -> None:
    """The pinned shape (a teaser cut short, no date under it) reads the same in the rendering."""
    text = f"{_SHORT_STORY}Latest Posts\nPlaing Shower with Body of Her Dead Two-Year-old Charged wit"
    assert [("paragraph", "y el alguacil asistente del Condado de Orange Mark Billings.")] == _body(text)
    assert _stable(text)


# A "Latest news" heading over a story whose sentences stand on lines of their own stays: the page has a story
# line (60 characters ending a sentence) under the heading, so the heading is the story's, not a box's.
def test_latest_posts_over_a_story_stays() -> None:
    """Under a short first line, a heading followed by the story's sentences keeps the story in the body."""
    text = (
        "Statement.\nLatest Posts\nThe District Attorney charged three men with fraud on Monday morning.\n"
        "The men are held on bail of $50,000 each.\n"
    )
    body = _body(text)
    assert ("paragraph", "The District Attorney charged three men with fraud on Monday morning.") in body
    assert _stable(text)


# A sentence under the heading that a lower-case line goes on from ("… Charged with Murder." / "y el …") is joined
# with it in the rendering, its stop inside the block: the page has a story line there, and the heading stays.
def test_recent_posts_over_a_joined_story_sentence_stays() -> None:
    """The heading over a sentence a lower-case line runs on from keeps its reading in the rendering too."""
    text = f"SANTA ANA, Calif. – Police met.\nPress\nRecent Posts\n{_TEASER} with Murder.\ny el alguacil asistente del Condado de Orange"
    assert ("paragraph", "Recent Posts") in _body(text)
    assert _stable(text)


# --- IBN's brand tagline under the contact box, "is part of" ----------------------------------------------------
# InvestorBrandNetwork's wires (InvestorWire, TechMediaWire, BioMedWire, MiningNewsWire …) close a release with the
# brand's tagline under its contact box: "InvestorWire is powered by IBN" (sixteen unseen pages), or "InvestorWire
# is part of the InvestorBrandNetwork." (uc_wire_ibn_2). Both are the network's furniture.
_IBN_TAIL = (
    "NEW YORK, NY – Acme Corp. today announced a new program for veterans and their service dogs.\n\n"
    "InvestorWire (IW)8033 Sunset Blvd Suite 1037-IWLos Angeles, CA 90046310.299.1717 Office\n\n"
)


def test_part_of_the_network_tagline_is_boilerplate() -> None:
    """The ``is part of the InvestorBrandNetwork.`` tagline is boilerplate, as ``is powered by IBN`` is."""
    text = f"{_IBN_TAIL}InvestorWire is part of the InvestorBrandNetwork.\n"
    assert ("boilerplate", "InvestorWire is part of the InvestorBrandNetwork.") in _noise(text)
    assert ("paragraph", "InvestorWire is part of the InvestorBrandNetwork.") not in _body(text)
    assert _stable(text)


# A sentence of the story that says a company is part of a network goes on past the name: it stays.
def test_sentence_about_joining_the_network_stays() -> None:
    """``Acme is part of the InvestorBrandNetwork since 2019.`` is the story's sentence."""
    text = f"{_IBN_TAIL}Acme is part of the InvestorBrandNetwork since 2019.\n"
    assert ("paragraph", "Acme is part of the InvestorBrandNetwork since 2019.") in _body(text)
