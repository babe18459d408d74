"""Session 23, helper rn: noise-stage causes of open fuzz pins and round 14's noise classes.

Each finding is tested on a real-style text of its shape (the pinned strings stay in
``test_fuzz_regressions.py``), with a close shape beside it that must keep its reading.
"""

from __future__ import annotations

from pathlib import Path

from pressparse import parse
from tests.fuzz_parse import problems

_SENTENCE = "Officers from twelve countries seized 35 firearms and arrested 12 suspects across the region in 2019."
# A one-word run of a scraped page's words (spaces lost, as in the pinned finding F1125-2): no line joins it.
_RUN = "USdatabasesINTERPOLledcooperationsuspectsagreedregionarrestedELNinterpolintNewsseizedinternational2019."


def _noise(text: str) -> list[tuple[str, str]]:
    return [(n.kind.value, n.text) for n in parse(text).noise if n.kind.value != "whitespace"]


def _body(text: str) -> list[str]:
    return [b.text for b in parse(text).body]


# --- F1125-2, F1126-28: a sentence printed again over short field lines, its first print cut (_copy_over_fields) --
# The paragraph stage cuts ``… in 2019.Lyon`` into the sentence and ``Lyon``; the rendering shows the sentence as a
# block, with only short lines between it and its copy, where a re-parse takes the copy (``_furniture_between``).


def test_a_copy_over_field_lines_of_a_cut_first_print_is_a_repeat() -> None:
    text = f"{_RUN}ON\nB\n3\n{_RUN}\ng:- 8"
    assert problems(text, render=True) == []
    assert ("repeated_line", _RUN) in _noise(text)
    assert _body(text).count(_RUN) == 1


def test_a_copy_over_a_sentence_stays() -> None:
    """A sentence between the copies is the story's: the copy is the author's (the window stays three blocks)."""
    between = "The operation ran for six months.\nLyon\n3 June\n"
    text = f"{_SENTENCE}Lyon\n{between}{_SENTENCE}\nThey will meet again in May."
    assert problems(text, render=True) == []
    assert _body(text).count(_SENTENCE) == 2


# --- F1126-7: the copies between the first print and a later copy are gone from the rendering -----------------


def test_a_third_copy_over_field_lines_and_a_copy_is_a_repeat() -> None:
    head = _SENTENCE[:-1]
    text = f"{_SENTENCE}\n/\n{head}\n3 June\nLyon\n{head}\nThey will meet again in May."
    assert problems(text, render=True) == []
    assert _body(text).count(head) == 0


# --- F1125-18, F1126-38: a media advisory's field (Miami-Dade's State Attorney) ---------------------------------
_NAMES = "Miami-Dade Police Director Stephanie Daniels"


def test_a_label_line_ends_the_advisory_field() -> None:
    """``PHOTO OP:`` ends the WHO: field as the rendering reads it: the names under it again are a copy."""
    text = f"WHO:\nState Attorney\n{_NAMES}\nPHOTO OP:\n{_NAMES}\nWHEN:\nMonday at 10 a.m."
    assert problems(text, render=True) == []
    assert ("repeated_line", _NAMES) in _noise(text)


def test_the_names_of_the_who_field_stay() -> None:
    text = f"WHO:\nState Attorney\n{_NAMES}\n\nWHAT:\nPress conference on Operation Wrong Turn"
    assert problems(text, render=True) == []
    assert _NAMES in _body(text)


def test_a_field_value_glued_to_its_label_is_a_first_print() -> None:
    text = f"WHO:{_NAMES}\nPHOTO OP:\n{_NAMES}\nP\nState Attorney charges eight men during Operation Wrong Turn"
    assert problems(text, render=True) == []
    assert ("repeated_line", _NAMES) in _noise(text)


def test_a_value_under_a_glued_label_line_stays_when_it_differs() -> None:
    text = f"WHO:{_NAMES}\nPHOTO OP:\nState Attorney Katherine Fernandez Rundle\nWHEN:\nMonday"
    assert problems(text, render=True) == []
    assert all(kind != "repeated_line" for kind, _ in _noise(text))


# --- F1126-31: a lone bullet cut off a list item (empty_bullets in the second pass) ---------------------------


def test_a_lone_bullet_cut_off_an_item_is_noise() -> None:
    text = "Police met today.\n\n*•  Cooperation across the region.\n•  Arrests in twelve countries."
    assert problems(text, render=True) == []
    assert ("scraper_artefact", "*") in _noise(text)


def test_a_bullet_over_its_item_stays_an_item() -> None:
    text = "Police met today.\n\n•\nCooperation across the region.\n\nThey will meet again."
    assert problems(text, render=True) == []


# --- ta_doj_r05388: a "None" per empty field after the last sentence ------------------------------------------
_DOJ = (
    "Since January 2009, the Justice Department has recovered more than $14.2 billion in cases involving fraud"
    " against federal health care programs."
)


def test_each_trailing_none_is_a_scraper_artefact() -> None:
    text = f"WASHINGTON – The United States filed two complaints today.\n\n{_DOJ} None None"
    assert _body(text)[-1] == _DOJ
    assert _noise(text)[-2:] == [("scraper_artefact", "None"), ("scraper_artefact", "None")]
    assert problems(text, render=True) == []


def test_none_opening_a_sentence_stays() -> None:
    text = "WASHINGTON – Police searched the house. None of the suspects was home."
    assert _body(text) == ["Police searched the house. None of the suspects was home."]


# --- xt_senate_brown_1: the headline's copy one space before the header's date (_COPY_TAIL) --------------------
_BROWN = Path(__file__).parent / "unseen" / "xt_senate_brown_1.txt"


def test_the_headline_copy_ends_before_the_date() -> None:
    """Brown's Senate page: ``<headline> August 2  2007  Washington  DC …``; the copy is the headline alone."""
    with _BROWN.open(encoding="utf-8", newline="") as f:
        text = f.read()
    doc = parse(text)
    headline = "Brown Introduces Legislation To Keep Ohio Family Together"
    assert ("repeated_line", headline) in _noise(text)
    assert ("date", "August 2 2007") in [(m.kind.value, m.text) for m in doc.meta]


def test_the_headline_going_on_with_words_stays_whole() -> None:
    """The same words going on with no date or release note are no header copy: the segment stays whole."""
    with _BROWN.open(encoding="utf-8", newline="") as f:
        text = f.read().replace("Together August 2  2007", "Together Again Soon", 1)
    assert ("repeated_line", "Brown Introduces Legislation To Keep Ohio Family Together") not in _noise(text)
