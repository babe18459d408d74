"""Front matter read as the rendering reads it (session 28, round 2): labels, About headings, glued headlines.

The rendering drops meta and noise and joins hard-wrapped lines, so what stood under them opens the page or
stands alone there; each rule here reads the raw text as that rendering does (SPEC 5). Each pinned fuzz finding
stands beside a real-style release of the same shape and a close shape that must keep its reading.
"""

from __future__ import annotations

from pressparse import parse
from tests.fuzz_parse import problems
from tests.test_fuzz_regressions import FIXED
from tests.test_real_s28m import _STORY, _body, _meta

# --- a label over its value, share buttons between (F1130-13) ------------------------------------------------------
# gov.uk-style templates print the "From" label, the share buttons, then the office; the rendering drops the
# buttons and reads the office right under its label.


def test_pinned_label_over_share_buttons_is_stable() -> None:
    """``From`` / ``Share`` / ``A I``: the value under the buttons is the label's in both readings."""
    assert [] == problems(FIXED["F1130-13"][0], render=True)


def test_from_label_reads_past_share_buttons() -> None:
    """``From`` / ``Share`` / ``Home Office``: a byline, as the rendering (``From`` / ``Home Office``) reads it."""
    text = f"Police Arrest Four in Fraud Case\n\nFrom\nShare\nHome Office\n\n{_STORY}"
    kinds = [kind for kind, _ in _meta(text)]
    assert "byline" in kinds
    assert "Home Office" in [t for k, t in _meta(text) if k == "byline"]
    assert [] == problems(text, render=True)


def test_from_over_buttons_over_a_sentence_stays_the_story() -> None:
    """``From`` / ``Share`` / a story sentence: no name under the label, so no byline."""
    text = f"From\nShare\n{_STORY}"
    assert "byline" not in [kind for kind, _ in _meta(text)]
    assert [] == problems(text, render=True)


# --- an About heading's name said again (F1130-9) ---------------------------------------------------------------


def test_pinned_mark_line_under_about_is_stable() -> None:
    """``About T,`` / ``:T,``: the mark's line joined on repeats no name; no About section in either reading."""
    text = FIXED["F1130-9"][0]
    assert [] == problems(text, render=True)
    assert "about" not in [kind for kind, _ in _meta(text)]


def test_about_name_in_capitals_glued_to_itself_stays_a_section() -> None:
    """``About XNRGY CLIMATE SYSTEMSXNRGY is …``: the repeat glued to the name's last word opens an About section."""
    text = (
        f"{_STORY}\n\nAbout XNRGY CLIMATE SYSTEMSXNRGY is a manufacturer of commercial heating and cooling "
        "equipment based in Quebec."
    )
    assert "about" in [kind for kind, _ in _meta(text)]


# --- a headline glued to its story after a bracket (F1130-3) -------------------------------------------------------


def test_pinned_headline_closed_by_a_bracket_is_stable() -> None:
    """``3rion y a!)Én``: the cut after ``!)`` sets the line alone; a title in both readings."""
    text = FIXED["F1130-3"][0]
    assert [] == problems(text, render=True)
    assert [("title", "3rion y a!)")] == _meta(text)


def test_headline_ending_in_brackets_glued_to_the_story_is_the_title() -> None:
    """``… (Thank You, Officers!)The mayor …``: the headline ends on its bracket, the story glued after it."""
    text = "Police Week Begins (Thank You, Officers!)The mayor praised the officer at a ceremony held on Monday."
    assert [("title", "Police Week Begins (Thank You, Officers!)")] == _meta(text)
    assert [] == problems(text, render=True)


def test_quotation_closed_after_a_stop_stays_the_story() -> None:
    """``“We will act.”Four of …``: a stop before the quote's close ends a sentence, no headline."""
    text = "\u201cWe will act.\u201dFour of the officers said so at the meeting held in Lyon on Monday."
    assert [] == _meta(text)


# --- a section label the paragraph stage joined from two lines (F1130-2) ---------------------------------------------


def test_pinned_wrapped_label_over_headline_is_stable() -> None:
    """``U i F`` / ``P`` / ``s`` / ``9 L N TIN``: the joined ``P s`` is a label, as the rendering prints it."""
    text = FIXED["F1130-2"][0]
    assert [] == problems(text, render=True)
    assert [("title", "9 L N TIN")] == _meta(text)


def test_section_label_over_a_headline_is_navigation() -> None:
    """``Media centre`` / ``Police Arrest Four in Fraud Case``: the crumb is navigation, the headline the title."""
    text = f"Media centre\nPolice Arrest Four in Fraud Case\n\n{_STORY}"
    doc = parse(text)
    assert [("title", "Police Arrest Four in Fraud Case")] == _meta(text)
    assert "Media centre" in [n.text for n in doc.noise]


# --- a heading opening the rendering under a contact block (F1130-12) -------------------------------------------------


def test_pinned_heading_under_a_contact_is_stable() -> None:
    """``contact:`` / … / ``Z…`` / ``I .``: the line under the contact opens the rendering, a paragraph."""
    text = FIXED["F1130-12"][0]
    assert [] == problems(text, render=True)
    assert "heading" not in [kind for kind, _ in _body(text)]


def test_subheading_over_a_list_under_a_contact_stays_a_heading() -> None:
    """A subheading over a list keeps its reading under a contact: only a paragraph under it makes it one."""
    text = (
        "Media Contact: Jane Roe, jane@acme.com\n\n\nKEY FACTS\n\n- Four officers were arrested.\n- Two were charged."
    )
    assert ("heading", "KEY FACTS") == _body(text)[0]
    assert [] == problems(text, render=True)


def test_subheading_over_a_paragraph_under_a_release_note_opens_the_story() -> None:
    """``For Immediate Release`` / ``Key Facts`` / a paragraph: the clean text opens on the line, a paragraph."""
    text = "For Immediate Release\n\nKey Facts\nPolice met today in Lyon to agree on a plan for the region.\n\nThey agreed."
    assert ("paragraph", "Key Facts") == _body(text)[0]
    assert [] == problems(text, render=True)
