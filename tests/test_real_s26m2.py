"""The line under the headline (session 26, second helper round): read as the rendering's first line.

Meta takes the release's first line as its title and the clean rendering leaves it out, so the line under it opens
the rendering; the heading rules read that line as first in both (``headings._front_headline``) when it stands over
a list or a heading (over a paragraph, meta takes a heading there as the subtitle). The cases are the
pinned fuzz findings (tests/test_fuzz_regressions.py); a close shape that must keep its reading stands beside each.
"""

from __future__ import annotations

import pytest

from pressparse import parse
from tests.test_fuzz_regressions import FIXED

# Under a headline of three words: a short line over a label (F1127-11), a label over a numbered item (F1128-13), a
# word over a bullet (F1128-8).
_UNDER_HEADLINE = {"F1127-11": "paragraph", "F1128-13": "paragraph", "F1128-8": "heading"}


@pytest.mark.parametrize(("key", "kind"), sorted(_UNDER_HEADLINE.items()))
def test_line_under_the_headline_reads_as_the_renderings_first(key: str, kind: str) -> None:
    """The first body block reads the same whether the headline stands over it (raw) or not (rendering)."""
    doc = parse(FIXED[key][0])
    assert [m.kind.value for m in doc.meta][:1] == ["title"]
    assert doc.body[0].kind == kind
    again = parse(doc.text)
    assert [(b.kind, b.text) for b in again.body] == [(b.kind, b.text) for b in doc.body]


def test_line_under_a_story_sentence_keeps_its_reading() -> None:
    """Under a sentence, no headline, the same lines read as before: ``Ad`` heads, ``S y s:`` labels the item."""
    assert [b.kind for b in parse("Police met.\nAd\nC with:\nH").body] == [
        "paragraph",
        "heading",
        "heading",
        "paragraph",
    ]
    assert [b.kind for b in parse("Police met.\nS y s:\n2) e").body] == ["paragraph", "heading", "list_item"]


# A Newswire-style header (wire_020): the dateline alone on its line over the article's own title and a subheading.
_DDSMATCH = (
    "Brentwood, United States - November 18, 2024 / DDSMatch South /\n\n"
    "Six Things Dental Practice Sellers Can Do to Ensure a Smooth Dental Practice Transition\n\n"
    "Early Planning and Financial Preparation\n\n"
    "The key to a successful dental practice sale is starting preparations early, ideally 12 to 24 months in advance."
)


def test_line_under_a_dateline_alone_keeps_its_heading() -> None:
    """A dateline alone on the first line is no headline: meta leaves it, and the line under it heads as before."""
    doc = parse(_DDSMATCH)
    assert doc.dateline is not None
    assert [b.kind for b in doc.body] == ["heading", "heading", "paragraph"]
    assert [b.kind for b in parse(doc.text).body] == ["heading", "heading", "paragraph"]


def test_heading_reads_past_a_names_and_phone_line() -> None:
    """A line of names and a phone (``meta.names_and_phone``) goes to meta: ``SUAN`` reads past it, as rendered (F1127-7)."""
    doc = parse(FIXED["F1127-7"][0])
    assert [m.kind.value for m in doc.meta] == ["contact"]
    assert [(b.kind, b.text) for b in parse(doc.text).body] == [(b.kind, b.text) for b in doc.body]
    assert doc.body[1].kind == "heading"


def test_line_with_a_short_number_stays_a_neighbour() -> None:
    """No whole phone (``619 531``): the line stays in the body, and the line over it keeps its reading."""
    assert [b.kind for b in parse("m\nSUAN\nI C 619 531\nF'.Rl").body] == ["paragraph"] * 5
