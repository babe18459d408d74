"""Front matter the rendering reads as the raw text does (session 28): the title, its deck and the notes under it.

The rendering drops the meta a first reading took, so the block under it opens the page and is read again as a
title, a subtitle or a release note (SPEC 5). Each pinned fuzz finding stands beside a real-style release of the
same shape (a DA's or a Senate office's headline over its story), and beside a close shape that must keep its
reading.
"""

from __future__ import annotations

from pressparse import parse
from pressparse.meta import is_title_cased
from tests.fuzz_parse import problems
from tests.test_fuzz_regressions import FIXED


def _meta(text: str) -> list[tuple[str, str]]:
    return [(m.kind.value, m.text) for m in parse(text).meta]


def _body(text: str) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in parse(text).body]


_STORY = (
    "The Orange County District Attorney's Office charged a 34-year-old man today with three counts of grand "
    "theft after an investigation into a home repair scheme that targeted elderly residents."
)


# --- a deck glued to a pasted list's first bullet (fuzz F1129-54) -------------------------------------------
# "Headline" / "Deck• First item": the paragraph stage cuts the item off the deck's line, and the rendering sets
# the deck alone on its line, where it reads as the title once the headline is dropped. Under the headline it is
# the deck, as it is when a line break ends it.


def test_a_deck_over_a_glued_bullet_is_the_subtitle() -> None:
    """A headline line the paragraph stage cut a bullet off is the subtitle under the headline."""
    text = "DA Charges Contractor in Home Repair Scheme\nThree Victims Lost Their Savings\u2022  Grand theft\n"
    assert [
        ("title", "DA Charges Contractor in Home Repair Scheme"),
        ("subtitle", "Three Victims Lost Their Savings"),
    ] == _meta(text)
    assert [] == problems(text, render=True)


def test_a_story_line_over_a_glued_bullet_stays_story() -> None:
    """A story sentence the bullet was glued to ends on a stop: no headline line, so it stays the story's."""
    text = f"DA Charges Contractor in Home Repair Scheme\n{_STORY}\u2022  Grand theft\n"
    assert [("title", "DA Charges Contractor in Home Repair Scheme")] == _meta(text)
    assert [] == problems(text, render=True)


def test_the_glued_bullet_pin_is_fixed() -> None:
    assert [] == problems(FIXED["F1129-54"][0], render=True)


# --- a section label over a date line and the deck (fuzz F1129-55) -------------------------------------------
# "Headline" / "Consumer Protection" / "March 4, 2025" / "Deck": the rendering drops the headline and the date,
# and opens on the label over the deck, which ``_mark_title`` reads as chrome over the headline. Under the
# headline the label is chrome too, past the date line, and the line under it the deck.
_LABEL_OVER_DATED_DECK = (
    "DA Charges Contractor in Home Repair Scheme\nConsumer Protection\nMarch 4, 2025\n"
    f"Three Victims Lost Their Savings in the Scheme\n{_STORY}\n"
)


def test_a_label_over_a_dated_deck_is_chrome() -> None:
    """The label is navigation noise and the line under the date the subtitle, in both readings."""
    assert [
        ("title", "DA Charges Contractor in Home Repair Scheme"),
        ("date", "March 4, 2025"),
        ("subtitle", "Three Victims Lost Their Savings in the Scheme"),
    ] == _meta(_LABEL_OVER_DATED_DECK)
    assert [] == problems(_LABEL_OVER_DATED_DECK, render=True)


def test_a_label_over_a_dated_story_sentence_is_the_deck() -> None:
    """Over a story sentence under the date, the label is no chrome: it stays the deck it was."""
    text = _LABEL_OVER_DATED_DECK.replace(
        "Three Victims Lost Their Savings in the Scheme", "Three victims lost savings."
    )
    assert ("subtitle", "Consumer Protection") in _meta(text)
    assert [] == problems(text, render=True)


def test_the_label_over_a_dated_deck_pin_is_fixed() -> None:
    assert [] == problems(FIXED["F1129-55"][0], render=True)


# --- a deck that opens with its date (fuzz F1129-48) ---------------------------------------------------------
# "Headline" / "March 4, 2025: Update on …" / the story: the rendering drops the headline and opens on the line,
# which reads as a headline there (a date line is only the date, its time or its label). Under the headline it
# is the deck; a date alone under it stays the date line.
_DATED_DECK = f"DA Charges Contractor in Home Repair Scheme\nMarch 4, 2025: Update on the Three Victims\n{_STORY}\n"


def test_a_deck_opening_with_its_date_is_the_subtitle() -> None:
    """A headline line that goes on past its date is the subtitle, in both readings."""
    assert [
        ("title", "DA Charges Contractor in Home Repair Scheme"),
        ("subtitle", "March 4, 2025: Update on the Three Victims"),
    ] == _meta(_DATED_DECK)
    assert [] == problems(_DATED_DECK, render=True)


def test_a_date_alone_under_the_headline_is_the_date_line() -> None:
    """The date alone (with its time) under the headline is a ``date`` meta, never the deck."""
    text = _DATED_DECK.replace(": Update on the Three Victims", " 11:09 AM")
    assert [("title", "DA Charges Contractor in Home Repair Scheme"), ("date", "March 4, 2025 11:09 AM")] == _meta(text)
    assert [] == problems(text, render=True)


def test_the_dated_deck_pin_is_fixed() -> None:
    assert [] == problems(FIXED["F1129-48"][0], render=True)


# --- a contact block over a media advisory on a punctuation-stripped page (fuzz F1129-53) ---------------------
# A Senate page whose marks were stripped reads its story by its words: a long run of lower-case words starts it.
# A contact block is such a run too, but the rendering drops it, and the advisory under it opens the front matter
# there; the contact block is front matter in the raw reading too, and the advisory its release note.
_STRIPPED_STORY = (
    "U S  Senator Jane Roe  D NY  today announced that she will hold a town hall meeting on the rise in water "
    "rates across the county  Roe said the meeting is open to the public and that residents who cannot attend "
    "may send their questions to her office in advance of the meeting"
)
_STRIPPED_CONTACT = (
    "For further information please contact John Doe  Press Secretary  at  202  224 5555 or john doe at roe "
    "senate gov  the office will post the list of speakers on the web site"
)
_STRIPPED_ADVISORY = (
    f"Roe Hosts Town Hall on Water Rates\n{_STRIPPED_CONTACT}\n"
    f"MEDIA ADVISORY: Roe to Hold Town Hall on Water Rates\n{_STRIPPED_STORY}\n"
)


def test_a_stripped_contact_block_is_no_story_start() -> None:
    """The advisory under a stripped page's contact block is its release note, and its headline the subtitle."""
    assert [
        ("title", "Roe Hosts Town Hall on Water Rates"),
        ("contact", " ".join(_STRIPPED_CONTACT.split())),
        ("release_note", "MEDIA ADVISORY:"),
        ("subtitle", "Roe to Hold Town Hall on Water Rates"),
    ] == _meta(_STRIPPED_ADVISORY)
    assert [] == problems(_STRIPPED_ADVISORY, render=True)


def test_a_stripped_story_paragraph_still_starts_the_story() -> None:
    """A stripped story paragraph over the advisory starts the story: the advisory under it stays the story's."""
    text = _STRIPPED_ADVISORY.replace(_STRIPPED_CONTACT, _STRIPPED_STORY, 1)
    assert ("release_note", "MEDIA ADVISORY:") not in _meta(text)
    assert [] == problems(text, render=True)


def test_the_stripped_contact_pin_is_fixed() -> None:
    assert [] == problems(FIXED["F1129-53"][0], render=True)


# --- title case past quotation marks and unseen characters (fuzz F1129-39) ---------------------------------------
# A headline cut off the story at a column gap is the title where it is in title case (``_mark_title``), as the
# rendering sets it alone. Title case is about words: a word opens past an opening quotation mark (``“Prosecutor``)
# or a character the rendering shows as nothing (a lone surrogate); read at the mark, a headline in title case read
# as a sentence. A dash is no opener, and a mark standing alone still counts as a word in lower case.


def test_a_quoted_award_name_is_title_case() -> None:
    """``Roe Wins “Prosecutor of the Year” Award`` is title case: ``“Prosecutor`` opens with a capital."""
    assert is_title_cased("Roe Wins \u201cProsecutor of the Year\u201d Award")


def test_two_quoted_award_names_are_title_case() -> None:
    """Two quoted names in a headline: their words open with capitals past the quotation marks."""
    assert is_title_cased("DA Wins \u2018Prosecutor of the Year\u2019 and \u2018Victim Advocate\u2019 Awards")


def test_a_sentence_with_quotes_and_dashes_is_no_title_case() -> None:
    """A story sentence stays one, its marks read past: few of its words open with a capital."""
    assert not is_title_cased("the sheriff \u2013 who was \u201cvery\u201d pleased \u2013 thanked the deputies")


def test_the_column_gap_title_pin_is_fixed() -> None:
    assert [] == problems(FIXED["F1129-39"][0], render=True)


# --- a date line's words on a short punctuation-stripped page (fuzz F1129-31) ---------------------------------
# A page without a stop in its first lines reads its story by its words when it holds forty of them. The date line
# under its label is the page's, and the rendering drops it: counted, it made a page of thirty-eight words of text
# a stripped page in the raw reading only, where a long line started the story; the rendering read it as the title.
_ROE_HEARING = (
    "Senator Jane Roe announced today that the county board will hold a public hearing on the rise in water rates "
    "across the county before the vote on Monday"
)
_SHORT_DATED_PAGE = f"Water\nJune 1 2026\n{_ROE_HEARING}\nRoe Calls for Hearing on Water Rates Before Vote\n"


def test_a_date_line_does_not_make_a_short_page_stripped() -> None:
    """The page reads as it does without its date line: the same title, the same body."""
    undated = _SHORT_DATED_PAGE.replace("June 1 2026\n", "")
    assert [m for m in _meta(_SHORT_DATED_PAGE) if m[0] != "date"] == _meta(undated)
    assert _body(undated) == _body(_SHORT_DATED_PAGE)
    assert [] == problems(_SHORT_DATED_PAGE, render=True)


def test_a_long_stripped_page_under_its_date_line_starts_its_story() -> None:
    """A stripped page of forty words and more past its date line starts its story at its long paragraph."""
    text = f"Roe Hosts Town Hall on Water Rates\nJune 1  2007\n{_STRIPPED_STORY}\n"
    assert [("title", "Roe Hosts Town Hall on Water Rates"), ("date", "June 1 2007")] == _meta(text)
    assert [("paragraph", " ".join(_STRIPPED_STORY.split()))] == _body(text)
    assert [] == problems(text, render=True)


def test_the_short_stripped_page_pin_is_fixed() -> None:
    assert [] == problems(FIXED["F1129-31"][0], render=True)


# --- a bullet after a flattened header's gapped date (fuzz F1126-4) -------------------------------------------
# A punctuation-stripped Senate header flattens the headline, the date and the first line under them onto one
# line. Meta cuts the date out at its space runs; the rendering sets the rest alone on its line, where a dash and
# a capital open a list item. The rest is read so in the raw text too, as a rest cut off a release note is.
_GAPPED_HEADER = "Roe Hosts Town Hall on Water Rates  June 10  2008   {rest}\n" + _STORY + "\n"


def test_a_bullet_after_a_gapped_date_is_a_list_item() -> None:
    """``- Hearing Set for Monday`` after the date is a list item, in both readings."""
    text = _GAPPED_HEADER.format(rest="- Hearing Set for Monday")
    assert ("list_item", "Hearing Set for Monday") == _body(text)[0]
    assert [] == problems(text, render=True)


def test_a_headline_after_a_gapped_date_is_the_subtitle() -> None:
    """With no bullet, the line after the date is the deck, as before."""
    text = _GAPPED_HEADER.format(rest="Hearing Set for Monday")
    assert ("subtitle", "Hearing Set for Monday") in _meta(text)
    assert [] == problems(text, render=True)


def test_the_gapped_date_bullet_pin_is_fixed() -> None:
    assert [] == problems(FIXED["F1126-4"][0], render=True)
