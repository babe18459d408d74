"""Noise, session 29 (helper n, round 5): a headline's and a sentence's copies, as the rendering lines them up.

Each test holds a shape the fuzz run found (tests/test_fuzz_regressions.py, F1125-42 and F1125-49) as a page prints
it, with a close shape that must keep its reading beside it. The rendering must read as the raw text.
"""

from __future__ import annotations

from tests.test_real_s26n import _noise, _stable

# --- a place glued after a sentence's stop (F1125-42) ------------------------------------------------------------
# INTERPOL's and the wires' scraped pages glue a paragraph to the next one's dateline: "… said Jürgen Stock.LYON,
# France –" over the story. The paragraph stage cuts at the stop, the dateline stage reads the place, and the
# rendering prints the place on the story's line: no block of its own between the sentence and its copy.
_SAID = "Police in 35 countries arrested 3,000 suspects in the operation, said INTERPOL Secretary General Jurgen Stock."
_STORY = "The operation ran for a month.\nOfficers seized 500 firearms.\n"


def test_sentence_before_a_glued_place_is_copied_three_lines_down() -> None:
    """The copy three rendered lines under the sentence is a repeat in both readings."""
    text = f"{_SAID}LYON, France \u2013\n{_STORY}{_SAID}\n"
    assert ("repeated_line", _SAID) in _noise(text)
    assert _stable(text)


def test_sentence_before_a_glued_sentence_keeps_its_copy() -> None:
    """A sentence glued last is a block of its own: the copy stands four blocks down, the author's."""
    text = f"{_SAID}Officers met in Lyon.\n{_STORY}{_SAID}\n"
    assert not [kind for kind, _ in _noise(text) if kind == "repeated_line"]
    assert _stable(text)


# --- the headline under a section label (F1125-49) ---------------------------------------------------------------
# A site's section label over the headline ("Statements" on UN pages, a desk's "LYON"): meta reads past it and takes
# the headline, as the rendering opens on it. A question there is the page's title, no story line: a line printed
# again under it is a headline's copy, as on a page with no label.
_QUESTION = "Will the new firearms rules stop the trafficking across the region?"
_UNDER = "GENEVA, Switzerland --\nPhoto 1\nMore photos\nMore videos\nGENEVA, Switzerland --\nThe agency met.\n"


def test_question_headline_under_a_section_label_is_the_title() -> None:
    """The place line printed again under the labelled headline is a repeat, as without the label."""
    text = f"Statements\n{_QUESTION}\n{_UNDER}"
    assert ("repeated_line", "GENEVA, Switzerland --") in _noise(text)
    assert _noise(text)[1:] == _noise(f"{_QUESTION}\n{_UNDER}")
    assert _stable(text)


def test_section_label_over_a_sentence_keeps_the_copy() -> None:
    """Over a story's sentence (no headline) the label is no chrome: the copy four lines down is kept."""
    text = f"Statements\nThe agency met the ministers in Geneva on Monday to agree new rules.\n{_UNDER}"
    assert ("repeated_line", "GENEVA, Switzerland --") not in _noise(text)
    assert _stable(text)


def test_pins() -> None:
    """The fuzz findings read stably."""
    from tests.fuzz_parse import problems
    from tests.test_fuzz_regressions import FIXED

    for key in ("F1125-42", "F1125-49"):
        assert problems(FIXED[key][0], render=True) == [], key
