"""Body blocks, session 28 (round 3): fuzz findings where the raw text and its rendering read different body kinds.

Each test holds the shape a real release writes, the pinned fuzz input beside it (tests/test_fuzz_regressions.py),
and a close shape that must keep its reading. The rendering must read as the raw text (SPEC 5): ``parse(doc.text)``
gives the same body blocks and kinds.
"""

from __future__ import annotations

from tests.test_paragraphs import SENATE_005
from tests.test_real_s28s import _body, _stable

# --- a dash item cut short by a glued bullet, closing on a dash (F1130-10) ------------------------------------
# Wire releases frame the standfirst under the headline in dashes ("– Strategic collaboration brings … –",
# x8_wire_citybiz_4; paragraphs._dash_framed). A glued bullet after the closing dash cuts the line there; the
# rendering sets the framed part alone on its line, a standfirst, and the raw line must read it so too.


def test_framed_line_before_a_glued_bullet_is_no_item() -> None:
    """``- S 1 5 --\\u00a0P``: the part before the glued bullet is framed in dashes, as its rendered line reads."""
    text = "- S 1 5 --\u00a0P"
    assert _body(text) == [("paragraph", "- S 1 5 -"), ("list_item", "P")]
    assert _stable(text)


def test_short_item_before_a_glued_bullet_stays_an_item() -> None:
    """``- N -`` frames fewer than three words: an item and a dash, in the raw text as in the rendering."""
    text = "- N --\u00a0 Two items"
    assert _body(text) == [("list_item", "N -"), ("list_item", "Two items")]
    assert _stable(text)


# --- a heading over a dateline broken after its date's comma (F1130-14) ----------------------------------------
# A place line closed by a comma is read with the line under it when the dateline grammar reads on into it
# (headings._text_under): "MIAMI, Florida," over its story. A date broken after its comma ("Mar 4," / "AS.")
# is read by the dateline stage over the story's line under both, and the rendering runs the two lines on; the
# heading over them reads the joined line in the raw text too.


def test_heading_over_a_dateline_broken_after_its_comma() -> None:
    """``Èg`` over ``Mar 4,`` / ``AS.``: the dateline's two lines are read as one, as its rendered line."""
    text = "/\n-3-\n\u00c8g\nMar 4,\nAS.\nI"
    assert _body(text) == [("paragraph", "/"), ("heading", "\u00c8g"), ("paragraph", "I")]
    assert _stable(text)


def test_line_over_a_sentence_broken_on_a_comma_stays_text() -> None:
    """A line broken on a comma that opens no dateline joins its sentence: no heading stands over it."""
    text = "Police met.\nKey Findings\nOn Monday, officers and deputies,\nthe agency said.\nThe plan works well."
    assert _body(text)[1] == ("paragraph", "Key Findings On Monday, officers and deputies, the agency said.")
    assert _stable(text)


# --- a bare item's length as the rendering shows it (F1130-5) ----------------------------------------------------
# Stripped Senate pages write each lost stop as a run of spaces ("… foreign oil   At a time …"); a line of clauses
# under a colon sentence is a bare list item up to paragraphs._CLAUSE_ITEM characters (xj_da_la_1). The rendering
# sets each run one space, so the item's length is counted so in the raw text too (paragraphs._is_short_item).
_BILL_INTRO = "The bill makes the following changes:\nCreates a border security fund for states\n"
_BILL_ITEM = (
    "Extends the program for five more years and adds new staff to every port of entry along the southern border   "
    "Sets aside funds for new technology at the ports   Creates a new office to review the use of detention for "
    "families with young children   Ends the review of the program by June 1 2009 at last"
)


def test_clause_item_with_space_runs_is_counted_as_rendered() -> None:
    """301 characters raw, 295 rendered: an item under the colon, in the raw text as in the rendering."""
    assert len(_BILL_ITEM) > 300 >= len(" ".join(_BILL_ITEM.split()))
    text = _BILL_INTRO + _BILL_ITEM
    assert [kind for kind, _ in _body(text)] == ["paragraph", "list_item", "list_item"]
    assert _stable(text)


def test_clause_item_too_long_rendered_stays_a_paragraph() -> None:
    """309 characters rendered: prose, no item, and the line above it none either."""
    text = _BILL_INTRO + _BILL_ITEM + " in all states"
    assert [kind for kind, _ in _body(text)] == ["paragraph", "paragraph", "paragraph"]
    assert _stable(text)


def test_pinned_stripped_label_over_a_long_clause() -> None:
    """F1130-5: ``g t :`` over ``0`` and a clause of 301 characters with space runs, 297 rendered."""
    text = (
        "g t :\r0     Todayrned a blind eye to the plight of America s working families and our nation s worsening "
        "dependence on foreign oil   At a time whewith some much needed relief from record high gas prices   They "
        "also would have put America on track to having real alternatives to foreign oil and helped make our eco"
    )
    assert [kind for kind, _ in _body(text)] == ["paragraph", "list_item", "list_item"]
    assert _stable(text)


# --- a stripped bill summary of one section (F1130-11) ---------------------------------------------------------
# A punctuation-stripped Senate page sets its bill summary's lines apart by runs of three spaces (senate_005:
# "Title I  Border Security   Requires …   Establishes …   Title II …"). The rendering sets each line alone and
# reads a summary only over two sections or more, each a title right over an item (paragraphs._stripped_sections);
# the raw text's cluster of line-break runs asks the same (paragraphs._stripped_cuts).
_ONE_SECTION = SENATE_005[: SENATE_005.index("   Title II")]


def test_stripped_summary_of_one_section_is_text() -> None:
    """senate_005 cut before ``Title II``: one title over its items is no summary, one block a line."""
    body = _body(_ONE_SECTION)
    assert {kind for kind, _ in body} == {"paragraph"}
    assert ("paragraph", "Title I Border Security") in body
    assert _stable(_ONE_SECTION)


def test_pinned_stripped_summary_of_one_section() -> None:
    """F1130-11: ``Title I  Border Security`` over one item and a cut word reads as text, raw and rendered."""
    text = (
        "our borders  As business leaders agree  what Alicies that make us secure and promote our progress  It is "
        "time to show that America can be both a nation of immigrants and a nation of laws     Attachedce 5 12 2005"
        "   Title I  Border Security   Requires ng  and other border security initiatives   Establ"
    )
    assert {kind for kind, _ in _body(text)} == {"paragraph"}
    assert _stable(text)


def test_stripped_summary_of_two_sections_keeps_its_headings() -> None:
    """senate_005 whole: two sections, its titles headings and its lines items, raw and rendered."""
    body = _body(SENATE_005)
    assert ("heading", "Title I Border Security") in body
    assert ("heading", "Title II State Criminal Alien Assistance") in body
    assert _stable(SENATE_005)


# --- a release note opening a line under a bare item (F1129-10) ----------------------------------------------
# Meta cuts a release note off the front of a line ("FOR IMMEDIATE RELEASE: John Doe", meta.note_lead_end) and
# the rendering leaves it out, so the rest stands right under the item above it. The bare list reads past the
# note as it reads past a note alone on its line (paragraphs._release_note_line, F1125-7).


def test_item_after_a_release_note_lead_goes_on_the_list() -> None:
    """``Jane Roe`` / ``FOR IMMEDIATE RELEASE: John Doe``: two items, the note meta's, raw and rendered."""
    text = "The department honored two officers:\nJane Roe\nFOR IMMEDIATE RELEASE: John Doe\n\nThe officers met today."
    assert _body(text)[1:3] == [("list_item", "Jane Roe"), ("list_item", "John Doe")]
    assert _stable(text)
    pinned = "d n D:Ae\nIMMEDIATE RELEASE: M h r"
    assert _body(pinned) == [("paragraph", "d n D:"), ("list_item", "Ae"), ("list_item", "M h r")]
    assert _stable(pinned)


def test_sentence_after_a_release_note_lead_ends_no_list() -> None:
    """A story sentence after the note is no item: the line under the colon stays text, raw and rendered."""
    text = (
        "The department honored two officers:\nJane Roe\n"
        "FOR IMMEDIATE RELEASE: The department said today that the officers met the mayor and the council."
    )
    assert [kind for kind, _ in _body(text)] == ["paragraph", "paragraph", "paragraph"]
    assert _stable(text)
