"""Noise, session 27: a related-links heading under a line the paragraph stage cuts at a glued stop.

Each test holds a pinned fuzz finding's shape (tests/test_fuzz_regressions.py), with a close shape that must keep
its reading beside it. The rendering must read as the raw text (SPEC 5): ``parse(doc.text)`` gives the same body.
"""

from __future__ import annotations

from tests.test_real_s26n import _body, _noise, _stable

# --- a page of short sentences glued into one long line (F1129-17) ------------------------------------------
# A scrape that lost the break between two paragraphs glues them into one line ("… the attorney.Brian Orue, …"),
# which the paragraph stage cuts at the glued stop: the rendering shows two short blocks, so the page is one of
# short lines there, and a "Latest Posts" heading under a sentence's end is the related-links box's.
_GLUED_SHORT = "The office said it met the attorney today.Brian Orue, Homicide Unit Chief, spoke\nLatest Posts"


def test_latest_posts_under_a_glued_short_page_are_related_links() -> None:
    """Both halves of the glued line are short: ``Latest Posts`` is noise, as in the rendering."""
    assert ("related_links", "Latest Posts") in _noise(_GLUED_SHORT)
    assert "Latest Posts" not in _body(_GLUED_SHORT)
    assert _stable(_GLUED_SHORT)


def test_latest_posts_under_a_long_glued_half_are_kept() -> None:
    """A half of sixty characters or more is a long line in the rendering too: the heading stays in the body."""
    text = _GLUED_SHORT.replace("spoke", "spoke to the press after the hearing")
    assert "Latest Posts" in _body(text)
    assert _stable(text)


# --- the section cue test before ``meta._glued_section`` (speed, same reading) -------------------------------
# ``noise._head_variants`` skips the section search in a line holding none of its cues: each kind of glued
# section the search finds holds one, in any case and beside other characters.
def test_every_glued_section_holds_a_section_cue() -> None:
    """A line with a glued About section, disclaimer, legal notice or contact passes the cue test."""
    from pressparse._block import Piece
    from pressparse.meta import _glued_section
    from pressparse.noise import _has_section_cue

    lines = [
        "The office opened a new branch in Lyon on Tuesday.About INTERPOL INTERPOL is the world's largest police body.",
        "Shares rose 4 percent in early trading.FORWARD-LOOKING STATEMENTS This release contains projections.",
        "Straße project opened today.Media Contact: Jane Roe, jane@example.com",
    ]
    for line in lines:
        assert _glued_section(line, Piece("paragraph", 0, len(line))) is not None
        assert _has_section_cue(line)
    assert not _has_section_cue("Police met the mayor on Tuesday to talk about nothing at all.".replace("about", "of"))


# --- ``boilerplate_pattern``'s two shapes kept apart (speed, same reading) -----------------------------------
def test_boilerplate_line_reads_as_one_pattern() -> None:
    """``noise._boilerplate_line`` reads a line as the three patterns joined in one alternation would."""
    import re
    from pathlib import Path

    from pressparse.noise import _BOILERPLATE, _PAGE_HEADER, _POWERED_BY, _boilerplate_line

    joined = re.compile(f"{_BOILERPLATE.pattern}|{_PAGE_HEADER.pattern}|{_POWERED_BY.pattern}", re.IGNORECASE)
    lines = [
        "Okafor Sentencing - Page 2",
        "Smith Indictment | PAGE 13",
        "Smith Indictment | Page two",
        "TechMediaWire is powered by IBN",
        "TechMediaWire is powered by IBN (IBN).",
        "NewsWire is Powered By InvestorBrandNetwork",
        "NewsWire is powered by InvestorBrandNetwor\u212a.",
        "The plant is powered by IBN engines",
        "6 min read",
        "Page 1 of 2",
        "",
    ]
    corpus = Path(__file__).parent / "corpus"
    lines += [line.strip() for path in sorted(corpus.glob("*.txt")) for line in path.read_text("utf-8").splitlines()]
    for line in lines:
        assert _boilerplate_line(line, 0, len(line)) == (joined.fullmatch(line) is not None), line
