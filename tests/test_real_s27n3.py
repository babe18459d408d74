"""Noise, session 27 (n3): ``repeated_line`` copies whose count of lines between differs in the rendering.

Each test holds a pinned fuzz finding's shape (tests/test_fuzz_regressions.py) or a real-style excerpt, with a
close shape that must keep its reading beside it. The rendering must read as the raw text (SPEC 5):
``parse(doc.text)`` gives the same body.
"""

from __future__ import annotations

from tests.test_real_s26n import _body, _noise, _stable

# --- a contact label between a sentence and its copy (F1129-23) -----------------------------------------------
# INTERPOL's pages print the lead sentence again under the photo credit; a bare "Contact" label (meta's, with the
# dash under it) between them is dropped by the rendering, where the copy stands two blocks under its first print.
_LEAD = "Police arrested 30 suspects in Lyon on Monday after a two-year investigation, the agency said."
_COPY_OVER_CONTACT = f"{_LEAD}\nPhotos.\nContact\n-\n{_LEAD}"


def test_copy_under_a_contact_label_is_a_repeated_line() -> None:
    """The contact label is not counted between the copies: the second print is a repeat, as in the rendering."""
    assert ("repeated_line", _LEAD) in _noise(_COPY_OVER_CONTACT)
    assert _body(_COPY_OVER_CONTACT) == [_LEAD, "Photos."]
    assert _stable(_COPY_OVER_CONTACT)


def test_copy_glued_to_a_list_under_a_contact_label_is_a_repeated_line() -> None:
    """The copy cut from the list item glued to it (a block only after the paragraph stage) reads the same."""
    text = f"{_COPY_OVER_CONTACT}-\u00a0 More photos"
    assert ("repeated_line", _LEAD) in _noise(text)
    assert _stable(text)


def test_copy_under_a_heading_in_the_label_place_is_kept() -> None:
    """A heading the body keeps ("Watch") in the label's place leaves three blocks between: the copy stays."""
    text = _COPY_OVER_CONTACT.replace("Contact", "Watch")
    assert _body(text).count(_LEAD) == 2
    assert _stable(text)


# --- a headline asked as a question over the headline's copy (F1129-5) -----------------------------------------
# A safety notice titled with a question prints its deck again under a photo's lines. Meta takes the question as the
# title; the rendering leaves it out, where the deck opens the page and its copy four lines lower is a headline copy.
_QUESTION = "Is your child's car seat installed correctly and safely for winter travel?"
_DECK = "Free car seat checks at the county fair"
_QUESTION_PAGE = f"{_QUESTION}\n{_DECK}\nPhoto\nSafety\nTips\n{_DECK}\n- Bring the seat"


def test_deck_copy_under_a_question_title_is_a_repeated_line() -> None:
    """The question first on the page is no story line: the deck's copy above the story is a repeat."""
    assert ("repeated_line", _DECK) in _noise(_QUESTION_PAGE)
    assert _DECK not in _body(_QUESTION_PAGE)
    assert _stable(_QUESTION_PAGE)


def test_deck_copy_under_a_story_long_question_is_kept() -> None:
    """A question as long as a story paragraph (200 characters) is the story's first line: the copy under it stays."""
    story = (
        f"{_QUESTION[:-1]}, the officers asked the parents who came to the fair on Saturday morning with their"
        " children in the back seats of their cars, as they do every year when winter comes?"
    )
    text = _QUESTION_PAGE.replace(_QUESTION, story)
    assert _body(text).count(_DECK) == 2
    assert _stable(text)


# --- a copy of a glued sentence, itself glued to the next block (F1129-32) --------------------------------------
# A scraped video teaser glues the lead to its link text ("Watch the video!(Police …"), and the page prints the lead
# again glued to a "More photos" link. The paragraph stage cuts the copy from the link, and the rendering shows it
# alone on its line under the glued first print, where a re-parse takes it as a repeat.
_GLUED_LEAD = f"Watch the video!({_LEAD}\n{_LEAD}More photos"


def test_copy_cut_from_its_link_under_a_glued_first_print_is_a_repeated_line() -> None:
    """The cut copy is compared with the glued sentences above it, as the rendering's lines are."""
    assert ("repeated_line", _LEAD) in _noise(_GLUED_LEAD)
    assert _LEAD not in _body(_GLUED_LEAD)
    assert _stable(_GLUED_LEAD)


def test_cut_copy_four_blocks_under_a_glued_first_print_is_kept() -> None:
    """Three headings between leave the copy four blocks under its glued first print: it stays."""
    text = _GLUED_LEAD.replace("\n", "\nOne\nTwo\nThree\n", 1)
    assert _LEAD in _body(text)
    assert _stable(text)


# --- a copy of an unmarked list item, its line joined by the paragraph stage (F1129-33) -----------------------
# The short lines under a lead-in ("O:") become list items without a mark only in the paragraph stage; to
# ``repeated_line`` they are lines, and on the rendering it compares a copy with them. A copy the paragraph stage
# joins from two lines ("…Dir" + form feed + "ector…") is compared with such an item as its first print.
_NAME = "MiamiDadePoliceDirectorStephanieDaniels"
_ITEM_COPY = f"O:\nAy\n{_NAME}\nMW:{_NAME[:18]}\u201c\x0c{_NAME[18:]}\nFor further information please contact"


def test_joined_copy_of_an_unmarked_list_item_is_a_repeated_line() -> None:
    """The unmarked item is a first print, as the line ``repeated_line`` read: the joined copy is a repeat."""
    assert [("repeated_line", f"{_NAME[:18]}\u201c\x0c{_NAME[18:]}")] == _noise(_ITEM_COPY)
    assert _stable(_ITEM_COPY)


def test_joined_copy_of_a_bulleted_list_item_is_kept() -> None:
    """A list item with its mark is never a first print (``repeated_line`` skips such lines): the copy stays."""
    text = _ITEM_COPY.replace("\nAy\n", "\n- Ay\n- ")
    assert f"{_NAME[:18]}\u201c {_NAME[18:]}" in _body(text)
    assert _stable(text)
