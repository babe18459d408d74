"""Body blocks, session 28: fuzz findings where the raw text and its rendering read different body blocks.

Each test holds the shape a real release writes, the pinned fuzz input beside it, and a close shape that must
keep its reading. The rendering must read as the raw text (SPEC 5): ``parse(doc.text)`` gives the same body.
"""

from __future__ import annotations

from pressparse import parse


def _body(text: str) -> list[tuple[str, str]]:
    return [(block.kind, block.text) for block in parse(text).body]


def _stable(text: str) -> bool:
    doc = parse(text)
    again = parse(doc.text)
    return [(b.kind, b.text) for b in doc.body] == [(b.kind, b.text) for b in again.body]


# --- a title-case subheading glued by one space to its paragraph (wire_013, xj_doj_r00551) -------------------
# Wire and DOJ pages flattened to one line glue a subheading to its paragraph by one space: "How it works The tool
# stages a room in seconds." The rendering sets the subheading alone on its line, where a title-case line is a
# heading only over a sentence of more words than it (headings.standalone_heading): the cut asks the same.


def test_glued_title_heading_over_a_longer_sentence_is_cut() -> None:
    """A title-case deck glued to a sentence of more words than it is a heading over its paragraph."""
    text = "Police met today. Designation of Opioid Coordinators Every U.S. Attorney will name a coordinator by Friday."
    assert [
        ("paragraph", "Police met today."),
        ("heading", "Designation of Opioid Coordinators"),
        ("paragraph", "Every U.S. Attorney will name a coordinator by Friday."),
    ] == _body(text)
    assert _stable(text)


def test_glued_title_phrase_over_fewer_words_is_no_heading() -> None:
    """A title-case phrase glued to a sentence of as many words or fewer stays in its paragraph (F1129-40, -43)."""
    assert [("paragraph", "?!"), ("paragraph", "Rr 1 0 The .?!")] == _body("?!Rr 1 0 The .?!")
    assert [("paragraph", "en. A T Ai The .ne")] == _body("en.  A T Ai The .ne")
    assert _stable("?!Rr 1 0 The .?!")
    assert _stable("en.  A T Ai The .ne")


def test_glued_phrase_before_a_dateline_is_no_heading() -> None:
    """A letter before a dateline and its short story is no heading over them (F1129-42)."""
    assert [("paragraph", "R"), ("paragraph", "The ! to")] == _body("R   Ws DC  The ! to")
    assert _stable("R   Ws DC  The ! to")
