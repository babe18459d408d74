"""Body blocks, session 28: fuzz findings where the raw text and its rendering read different body blocks.

Each test holds the shape a real release writes, the pinned fuzz input beside it, and a close shape that must
keep its reading. The rendering must read as the raw text (SPEC 5): ``parse(doc.text)`` gives the same body.
"""

from __future__ import annotations

from tests.test_real_s27s import _body, _stable

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


# --- a list that lost its bullets, an item wrapped over three narrow lines (da_001's shape) ------------------
# County prosecutors list what was seized under a sentence ending in ":", one short item a line; a narrow column
# wraps a longer item over lines of a few words. The rendering prints the item on one line, where it is an item;
# the raw text reads it by its length, not by its physical lines.


def test_short_item_wrapped_over_three_lines_is_one_item() -> None:
    """A short item hard-wrapped over three lines is one list item, as the rendering reads it (F1129-51)."""
    text = (
        "Police seized the following items:\nTwo handguns\nA rifle with\na scope and\nammunition\nCash\n\n"
        "The investigation continues."
    )
    assert [
        ("paragraph", "Police seized the following items:"),
        ("list_item", "Two handguns"),
        ("list_item", "A rifle with a scope and ammunition"),
        ("list_item", "Cash"),
        ("paragraph", "The investigation continues."),
    ] == _body(text)
    assert _stable(text)
    assert _stable("f 2\x85:\x85?a\n,\ng\nO")


def test_long_sentence_wrapped_under_a_colon_is_a_paragraph() -> None:
    """A sentence wrapped over three lines under a colon is too long for an item: it stays a paragraph."""
    text = (
        "The judge said:\nThe defendant, who was on probation at the time of the offense, will\n"
        "serve his sentence in a state prison and must pay restitution to\n"
        "the victims of the scheme in full before his release.\n\nThe investigation continues."
    )
    assert ["paragraph", "paragraph", "paragraph"] == [kind for kind, _ in _body(text)]
    assert _stable(text)


# --- a subheading over a company profile printed mid-page (wire pages' sidebar "About" boxes) ----------------
# Wire pages may print the company's profile box ("About Acme" and its paragraphs) between a subheading and the
# story text it heads, with the page's share buttons under the box. Meta takes the About section wherever it
# stands and the rendering leaves it out, so the subheading is read over the story text after the section.


def test_heading_over_an_about_section_heads_the_text_after_it() -> None:
    """A subheading over an About section is read over the text after the section (F1129-50)."""
    text = (
        "Police met today to agree on a plan.\nOur partners in the region\nAbout Acme\nAcme makes tools for police.\n"
        "Share\nThe plan takes effect in May, officials said after the meeting in Lyon on Monday."
    )
    assert [
        ("paragraph", "Police met today to agree on a plan."),
        ("heading", "Our partners in the region"),
        ("paragraph", "The plan takes effect in May, officials said after the meeting in Lyon on Monday."),
    ] == _body(text)
    assert _stable(text)
    assert _stable("'\u2028\xb9\xeaU\nAbout I\n\u2022 -\nShare\ne .")


def test_about_a_figure_is_no_section() -> None:
    """A sentence opening on "About" and a figure is story text, not a section the heading reads past."""
    text = (
        "Police met today to agree on a plan.\nOur partners in the region\nAbout 40 officers met.\n"
        "The plan takes effect in May, officials said after the meeting in Lyon on Monday."
    )
    assert ["paragraph", "paragraph", "paragraph", "paragraph"] == [kind for kind, _ in _body(text)]
    assert _stable(text)
