"""Noise, session 30 (helper n, round 3): page furniture the unseen pages leak into the body.

Each test holds a line as a real page prints it (tests/unseen), written failing first, with a close shape that must
keep its reading beside it. The rendering must read as the raw text.
"""

from __future__ import annotations

from pressparse import parse
from tests.test_real_s26n import _noise, _stable

# --- a photo credit glued to the source line (uc_wire_noticias_1) ---------------------------------------------------
# Family Features and Feature Impact close an article with the photo credit, the distributor's name and the source,
# a line each: "Photos courtesy of Shutterstock" / "Feature Impact" / "Source: American Heart Association". Scraped
# into one line they read as a paragraph of the story; the credit is the photo's, and the source line is meta's.
_STORY = (
    "Walking for 20 minutes a day can lower stress, the association said.\n\n"
    "Every step counts. Visit Heart.org/movemore for more tips to get moving.\n\n"
)


def test_photo_credit_glued_before_the_source_line_is_noise() -> None:
    """The credit before ``Source:`` is an image credit; the source line is left to meta, as on a line of its own."""
    text = f"{_STORY} Photos courtesy of Shutterstock Feature Impact Source: American Heart Association \n"
    doc = parse(text)
    assert ("image_credit", "Photos courtesy of Shutterstock Feature Impact") in _noise(text)
    assert [("release_note", "Source: American Heart Association")] == [(m.kind.value, m.text) for m in doc.meta]
    assert 2 == len(doc.body)
    assert _stable(text)


def test_sentence_about_photos_before_a_source_stays() -> None:
    """A sentence that says where the photos came from, and goes on, is the story's: it keeps its reading."""
    text = f"{_STORY}Photos courtesy of the family were shown in court. Source: the district attorney's office.\n"
    assert [] == [t for kind, t in _noise(text) if kind == "image_credit"]
    assert 3 == len(parse(text).body)
    assert _stable(text)
