"""Noise, session 28 (n4): a wrapped teaser, a glued stop above a related-links box, a copy a caption hid.

Each test holds a pinned fuzz finding's shape (tests/test_fuzz_regressions.py) or a real-style excerpt, with a
close shape that must keep its reading beside it. The rendering must read as the raw text (SPEC 5):
``parse(doc.text)`` gives the same body.
"""

from __future__ import annotations

from tests.test_real_s26n import _body, _noise, _stable

# --- a link teaser hard-wrapped over lines (F1130-28) -----------------------------------------------------------
# Reportable's pointer to the full announcement (wire_025), in a copy wrapped at 70 columns: the rendering joins the
# two lines into one block, where ``link_teaser`` takes the teaser whole.
_LEAD = "First Orion today announced a collaboration with a carrier to bring branded calls to its customers."
_WRAPPED_TEASER = (
    f"{_LEAD}\n\nTo view the full announcement, including downloadable images, bios, and\nmore, click here.\n\n"
    "About First Orion"
)


def test_teaser_wrapped_over_two_lines_is_noise() -> None:
    """Both lines of the wrapped teaser are the template's, as the one line the rendering shows is."""
    assert _noise(_WRAPPED_TEASER) == [
        ("boilerplate", "To view the full announcement, including downloadable images, bios, and"),
        ("boilerplate", "more, click here."),
    ]
    assert _body(_WRAPPED_TEASER) == [_LEAD]
    assert _stable(_WRAPPED_TEASER)


def test_own_call_to_action_wrapped_is_kept() -> None:
    """The release's own pointer ("the full schedule of the tour") wrapped alike is no teaser: it stays."""
    text = _WRAPPED_TEASER.replace("announcement, including downloadable images, bios, and", "schedule of the tour,")
    assert _body(text) == [_LEAD, "To view the full schedule of the tour, more, click here."]
    assert _stable(text)


# --- a story sentence closed at a glued stop above "Related Posts" (F1130-24) -----------------------------------
# Miami-Dade's media advisory broken over lines, its sentence closed at a stop glued to the next paragraph: the
# paragraph stage cuts the line there, and the rendering shows a story block ending a sentence above the box.
_ADVISORY = (
    "The State Attorney will hold a press conference regarding the arrest of former Hialeah\n"
    "Police Chief Sergio Velazquez.Reporters should arrive early\n"
)
_BOX = "Related Posts\nChief charged with fraud\nRead More"


def test_related_box_under_a_glued_stop_is_noise() -> None:
    """The story has started above the box: the heading and its entries are related links."""
    text = _ADVISORY + _BOX
    assert _noise(text) == [
        ("related_links", "Related Posts"),
        ("related_links", "Chief charged with fraud"),
        ("related_links", "Read More"),
    ]
    assert _body(text) == ["Police Chief Sergio Velazquez.", "Reporters should arrive early"]
    assert _stable(text)


def test_related_heading_under_an_open_sentence_is_kept() -> None:
    """No sentence ends above the heading ("… and reporters should arrive early"): the lines stay the page's."""
    text = _ADVISORY.replace(".Reporters", " and reporters") + _BOX
    assert "Related Posts" in _body(text)
    assert _stable(text)


# --- a copy of a line a caption hid, short field lines between (F1130-22) ---------------------------------------
# INTERPOL's template indents a photo's caption under the lead and prints the lead again under a few short labels;
# the rendering leaves the caption out, where only the labels stand between the two and the second is a copy.
_INTERPOL_LEAD = "Police chiefs from 40 countries agreed to share firearms data through the INTERPOL databases"
_CAPTIONED = f"{_INTERPOL_LEAD}.\n\n    Chiefs meet in Lyon on Monday, 3 December.\n\nLyon\nFrance\nFirearms\n"


def test_copy_under_labels_past_a_caption_is_a_repeated_line() -> None:
    """The caption is not counted between the copies: the second print is a repeat, as in the rendering."""
    text = f"{_CAPTIONED}{_INTERPOL_LEAD}\n\n- Item one"
    assert ("repeated_line", _INTERPOL_LEAD) in _noise(text)
    assert _body(text) == [f"{_INTERPOL_LEAD}.", "Lyon", "France", "Firearms", "Item one"]
    assert _stable(text)


def test_copy_under_a_sentence_past_a_caption_is_kept() -> None:
    """A sentence between the copies ("The meeting ended on Tuesday.") keeps the second print the story's."""
    text = f"{_CAPTIONED.replace('Firearms', 'The meeting ended on Tuesday.')}{_INTERPOL_LEAD}\n\n- Item one"
    assert _body(text).count(_INTERPOL_LEAD) == 1
    assert _body(text)[0] == f"{_INTERPOL_LEAD}."
    assert _stable(text)
