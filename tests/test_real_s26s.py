"""Session 26, helper s: structure fuzz findings of SPEC 5 (stable rendering) in the paragraph and heading stages.

The rendering sets every block alone on its line, its whitespace one space, and leaves out what meta takes (an
About section, wherever it stands): a paragraph or heading rule must decide the same on the rendering as on the
source. Each pinned input (kept in ``test_fuzz_regressions.py``) is copied here, beside a real-style text of the
shape and a close shape that keeps its reading.
"""

from __future__ import annotations

from pressparse import parse
from tests.fuzz_parse import problems


def _body(text: str) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in parse(text).body]


# --- F1128-16: a bullet glued to its list's colon, the line broken after the bullet ------------------------


def test_f1128_16_pin() -> None:
    """The glued star item reads the same whether a line break or a space follows the star."""
    assert [] == problems(":\narine Toys for zed as America\u2019s flagsh:*\nZ", render=True)


def test_colon_star_over_a_line_break_opens_the_list() -> None:
    """``changes:*`` / ``Faster checkout``: the markdown dump's first item, as ``changes:* Faster`` reads."""
    text = (
        "LYON, France \u2013 Police met today to agree on a plan.\n"
        "The update brings three changes for shoppers:*\nFaster checkout for returning customers"
    )
    assert ("list_item", "Faster checkout for returning customers") == _body(text)[-1]
    assert [] == problems(text, render=True)


def test_colon_star_before_lower_case_is_no_item() -> None:
    """A star after a colon with a lower-case word under it opens no item, a space or a line break after it."""
    text = "The update brings three changes for shoppers:*\nfaster checkout for returning customers"
    assert ["paragraph"] == [kind for kind, _ in _body(text)]


# --- F1128-17: a clause item hard-wrapped over two lines under a colon sentence ------------------------------

_AMONG_THEM = (
    "LOS ANGELES \u2013 The grand jury heard testimony from 12 witnesses.\n\n"
    "The review found several facts that supported the finding. Among them:\n\n"
    "No evidence of aggression by the victim, who was unarmed, and didn\u2019t pose\n"
    "a serious threat to the officers at the scene{stop}\n\n"
    "The officers\u2019 accounts of the struggle differed on key points{stop}\n\n"
    "The review closed on Friday."
)


def test_f1128_17_pin() -> None:
    """Both short lines under ``? e :`` are items, the wrapped one as the rendering shows it on one line."""
    text = (
        "? e :\nH\nSDist\t\u201c[\nrict Attorned today BevMo!, Inc.\u00e9\ud800,?has been ordered to pay costs and pe"
    )
    assert [] == problems(text, render=True)


def test_wrapped_clause_items_under_a_colon_sentence() -> None:
    """The LA County list without bullets or stops (xj_da_la_1's shape): a wrapped item is an item too."""
    body = _body(_AMONG_THEM.format(stop=""))
    assert ["paragraph", "paragraph", "list_item", "list_item", "paragraph"] == [kind for kind, _ in body]
    assert [] == problems(_AMONG_THEM.format(stop=""), render=True)


def test_wrapped_sentences_under_a_colon_sentence_stay_paragraphs() -> None:
    """The same lines ending in stops are the story's paragraphs."""
    body = _body(_AMONG_THEM.format(stop="."))
    assert ["paragraph"] * 5 == [kind for kind, _ in body]


# --- F1128-2: a heading read over a long About line that meta takes -------------------------------------------


def test_f1128_2_pin() -> None:
    """A short line over a long ``About …`` line meta takes reads its neighbour past it, as the rendering shows."""
    text = "* T\u000b8et\nAbout DTelekomDeutsche Telekunch-branded-calling-to-combat-call-fraud-in-germany)\n["
    assert [] == problems(text, render=True)


def test_heading_over_a_long_sentence_opening_with_about() -> None:
    """``About 40 officers …`` is the story's sentence, no About section: the heading over it stays."""
    text = (
        "Police met today in Lyon to agree on a plan.\nNext Steps\n"
        "About 40 officers from 12 countries met in Lyon on Monday to agree on a plan for the region."
    )
    assert ("heading", "Next Steps") == _body(text)[1]


# --- F1128-4: the text under a heading ends before an About section glued to it ------------------------------


def test_f1128_4_pin() -> None:
    """``5 ! About H``: meta cuts the About heading off, and the heading over it reads ``5 !`` as the rendering."""
    text = '.  " want to heom City? What can we do better? What improvem for Haltom City.com.  Te\u000b5\u00a0! About H'
    assert [] == problems(text, render=True)


def test_heading_over_a_paragraph_with_a_glued_about_section() -> None:
    """Haltom City's page glues ``About Haltom City`` to the last sentence: the heading reads the sentence."""
    text = (
        "LYON, France \u2013 Police met today to agree on a plan.\nHow to Join\n"
        "Residents can register online by May 1! About Haltom City Haltom City is a city in Tarrant County, Texas."
    )
    assert ("heading", "How to Join") == _body(text)[1]
    assert [] == problems(text, render=True)
