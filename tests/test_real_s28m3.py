"""Front matter read as the rendering reads it (session 28, round 3): column gaps, stripped pages, wrapped About.

The rendering prints every block apart, drops the front matter and joins hard-wrapped lines; each rule here reads
the raw text as that rendering does (SPEC 5). Each pinned fuzz finding stands beside a real-style release of the
same shape and a close shape that must keep its reading.
"""

from __future__ import annotations

import pytest

from tests.fuzz_parse import problems
from tests.test_fuzz_regressions import FIXED
from tests.test_real_s28m import _STORY, _body, _meta

# --- a headline cut off a flattened line at a column gap (F1130-17) --------------------------------------------------
# Punctuation-stripped Senate pages flatten the header and the story into one line, a run of spaces where the line
# break was; the paragraph stage cuts there, and the rendering prints the headline alone over the story.

_SPEECH = (
    "Senator Kennedy said today that the families who came here to work deserve a fair hearing and that the "
    "Senate must act on the bill this year  He said the reform would help farmers and workers in every state "
    "across the country  and that the House should follow"
)


def test_pinned_stripped_speech_headline_is_stable() -> None:
    assert [] == problems(FIXED["F1130-17"][0], render=True)


def test_sentence_case_headline_before_a_column_gap_is_the_title() -> None:
    """A headline in sentence case, five spaces, the story: the title, as the rendering's own line reads."""
    text = f"Kennedy urges action on immigration reform     {_SPEECH}"
    assert _meta(text) == [("title", "Kennedy urges action on immigration reform")]
    assert [] == problems(text, render=True)


@pytest.mark.parametrize("gap", [" ", "  "])
def test_headline_words_one_or_two_spaces_before_the_story_stay_the_story(gap: str) -> None:
    """One or two spaces are the stripped text's own word gaps: no cut, the line is the story's."""
    text = f"Kennedy urges action on immigration reform{gap}{_SPEECH}"
    assert _meta(text) == []
    assert [] == problems(text, render=True)


# --- a stripped page's words counted from its story (F1130-18) ------------------------------------------------------
# A page without a stop reads as punctuation-stripped once its story holds forty words; a headline and a contact
# line over it are front matter the rendering drops, so their words do not count.


def test_pinned_short_stopless_page_under_a_contact_is_stable() -> None:
    assert [] == problems(FIXED["F1130-18"][0], render=True)


def test_short_stopless_story_under_headline_and_contact_is_stable() -> None:
    """Forty-five words, thirty-three under the headline: no stripped page, in the raw text as in the rendering."""
    text = (
        "Contact  Jane Roe 202 224 4041\nSenator Roe Welcomes School Grant\n"
        "Four hundred students from thirty eight schools learned today that they had won the grant for their "
        "science fairs in the spring and summer\nThe awards go out in May at the state capitol"
    )
    assert [] == problems(text, render=True)
    assert "title" in [kind for kind, _ in _meta(text)]


def test_long_stripped_story_still_opens_at_its_first_run() -> None:
    """Forty words and more in the story: a stripped page, its story from the first long run (no subtitle)."""
    text = f"Senator Roe Welcomes School Grant\n{_SPEECH}\n{_SPEECH}"
    assert _meta(text) == [("title", "Senator Roe Welcomes School Grant")]
    assert _body(text)[0][1].startswith("Senator Kennedy said today")
    assert [] == problems(text, render=True)


# --- an About heading hard-wrapped after "the" (F1130-29) -----------------------------------------------------------
# Plain-text releases wrap the boilerplate's heading at the line width ("About the" / "Springfield Police
# Department"); the rendering joins the lines, and reads the heading.


def test_pinned_about_the_form_feed_is_stable() -> None:
    assert [] == problems(FIXED["F1130-29"][0], render=True)
    assert [kind for kind, _ in _meta(FIXED["F1130-29"][0])] == ["about"]


@pytest.mark.parametrize("brk", ["\n", "\f", "\r\n"])
def test_about_heading_wrapped_after_the_reads_as_about(brk: str) -> None:
    text = f"{_STORY}\n\nAbout the{brk}Springfield Police Department\n\nThe department serves 120,000 residents."
    assert "about" in [kind for kind, _ in _meta(text)]
    assert [] == problems(text, render=True)


def test_about_the_wrapped_over_a_sentence_stays_the_story() -> None:
    """``About the`` / a sentence in lower case: no name, so no About section."""
    text = f"{_STORY}\n\nAbout the\nbudget, the mayor said nothing at all to the council on Monday."
    assert "about" not in [kind for kind, _ in _meta(text)]
    assert [] == problems(text, render=True)


def test_stripped_sentences_before_a_column_gap_stay_the_story() -> None:
    """Words two spaces apart inside the line (stripped sentence ends): the story's sentences, no headline."""
    text = f"The committee approved the bill today  The vote was unanimous     {_SPEECH}"
    assert _meta(text) == []
