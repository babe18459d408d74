"""Front matter read as the rendering reads it (session 30, round 3): stripped sentence ends, About's spaces.

Each pinned fuzz finding stands beside a real-style release of the same shape and a close shape that must keep
its reading (STYLE rule 30).
"""

from __future__ import annotations

from tests.fuzz_parse import problems
from tests.test_fuzz_regressions import FIXED
from tests.test_real_s28m import _meta
from tests.test_real_s28m3 import _SPEECH

# --- a stripped sentence end inside a front line (F1125-63) ------------------------------------------------------------
# Punctuation-stripped Senate pages lose the stop between two sentences ("… today  The vote was unanimous"); the
# rendering makes the two spaces one, and the line reads as the story's sentences there too, never a headline.


def test_pinned_stripped_cosponsor_line_is_stable() -> None:
    assert [] == problems(FIXED["F1125-63"][0], render=True)


def test_stripped_sentences_alone_on_a_line_stay_the_story() -> None:
    """A line holding a stripped stop ("today The vote was"), set alone over the speech: no title, as on the page."""
    text = f"The committee approved the bill today The vote was unanimous\n\n{_SPEECH}"
    assert _meta(text) == []
    assert [] == problems(f"The committee approved the bill today  The vote was unanimous     {_SPEECH}", render=True)


def test_title_case_headline_with_the_inside_stays_the_title() -> None:
    """A title-case headline names "The" mid-line before capitals ("Honors The Citadel Cadets"): the title."""
    text = f"Graham Honors The Citadel Cadets for Their Service\n\n{_SPEECH}"
    assert _meta(text) == [("title", "Graham Honors The Citadel Cadets for Their Service")]


# --- an About heading with a tab (F1125-69) ----------------------------------------------------------------------------
# The rendering prints a tab as a space: the heading is read on the line as rendered, tab or space.


def test_pinned_about_with_a_tab_is_stable() -> None:
    assert [] == problems(FIXED["F1125-69"][0], render=True)


def test_about_name_repeated_after_a_tab_is_the_about_section() -> None:
    """ "About Haltom City\tHaltom City is …": the name said again after a tab, as after a space (About)."""
    text = f"{_SPEECH}\n\nAbout Haltom City\tHaltom City is a city in Tarrant County, Texas, with 45,000 residents."
    assert ("about", "About Haltom City Haltom City is a city in Tarrant County, Texas, with 45,000 residents.") in [
        (kind, " ".join(t.split())) for kind, t in _meta(text)
    ]
