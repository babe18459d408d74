"""The title cascade (session 27): front lines the rendering opens on once it drops the headline and its deck.

The clean rendering leaves the title and the subtitle out, so the first free line under them opens it and, read
again, is the title (SPEC 5). Each case is a real-style front (headline, deck, section label, story) beside the
pinned fuzz finding it generalises; a close front that must keep its reading stands beside it.
"""

from __future__ import annotations

from pressparse import parse

_STORY = "Police met on Monday to agree on a plan for the region, the prefect said in a statement today.\n"


def _meta(text: str) -> list[tuple[str, str]]:
    return [(m.kind.value, m.text) for m in parse(text).meta]


def _body(text: str) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in parse(text).body]


def _stable(text: str) -> bool:
    """``parse(doc.text)`` reads the same body and no meta kind the first reading lacks."""
    doc = parse(text)
    again = parse(doc.text)
    return _body(text) == [(b.kind, b.text) for b in again.body] and {m.kind for m in again.meta} <= {
        m.kind for m in doc.meta
    }


# --- a deck line under the subheading the deck became (fuzz F1128-6, F1125-12, F1129-18) ------------------------
_DECK_UNDER_LABEL = (
    f"Police Seize Guns in Raid\nFOUR ARRESTED:\nOfficers Recover Twelve Rifles From Warehouse\n{_STORY}"
)


def test_a_headline_line_under_the_subheading_deck_is_a_subtitle() -> None:
    """The headline line under ``FOUR ARRESTED:`` (the deck) is a deck too, as the rendering reads it."""
    assert ("subtitle", "Officers Recover Twelve Rifles From Warehouse") in _meta(_DECK_UNDER_LABEL)
    assert _stable(_DECK_UNDER_LABEL)


def test_a_subheading_over_a_list_stays_in_the_story() -> None:
    """A subheading over its points (``Key Findings``) under headline and deck stays the story's."""
    text = f"Police Seize Guns in Raid\n\nOfficers recover rifles from a warehouse\n\nKey Findings\n\n- Twelve rifles\n- Four arrests\n\n{_STORY}"
    assert ("heading", "Key Findings") == _body(text)[0]
    assert _stable(text)


# --- a section label between the headline and a deck line (fuzz F1129-20, F1128-15) ----------------------------
_LABEL_OVER_DECK = f"Police Seize Drugs In Raid\nCrime\nFour Men Face Federal Charges Today\n{_STORY}"


def test_a_section_label_under_the_headline_over_a_deck_is_chrome() -> None:
    """``Crime`` over a deck line is the page's label (navigation), the line under it the subtitle."""
    doc = parse(_LABEL_OVER_DECK)
    assert [("navigation", "Crime")] == [(n.kind.value, n.text) for n in doc.noise if n.kind.value != "whitespace"]
    assert ("subtitle", "Four Men Face Federal Charges Today") in _meta(_LABEL_OVER_DECK)
    assert _stable(_LABEL_OVER_DECK)


def test_a_date_under_the_deck_keeps_its_reading() -> None:
    """Headline, deck, date, story: the front reads title, subtitle and date, and nothing is chrome."""
    text = f"Police Seize Drugs In Raid\nFour Men Face Federal Charges\nMarch 4, 2025\n{_STORY}"
    assert [
        ("title", "Police Seize Drugs In Raid"),
        ("subtitle", "Four Men Face Federal Charges"),
        ("date", "March 4, 2025"),
    ] == _meta(text)
    assert [] == [n for n in parse(text).noise if n.kind.value != "whitespace"]


# --- a headline the paragraph stage cut off the story glued under it (fuzz F1129-24, F1129-4) ------------------
_GLUED_HEADLINE = (
    "Mayor opens new library in old townThe library opened on Monday in the old town, the mayor said in a "
    "statement today.\n"
)


def test_a_headline_cut_off_the_glued_story_is_the_title() -> None:
    """The line the paragraph stage cut off the story stands alone in the rendering: it is the title."""
    assert [("title", "Mayor opens new library in old town")] == _meta(_GLUED_HEADLINE)
    assert _stable(_GLUED_HEADLINE)


def test_a_deck_glued_to_the_story_stays_the_subtitle() -> None:
    """A title-case deck glued to the story (the Justice Department's pages) is still the subtitle, not the title."""
    text = (
        "U.S. District Court Also Issues Permanent Injunction Against Company and Two PrincipalsRoos Foods Inc., "
        "a cheese maker, and two of its principals were charged today, the department said.\n"
    )
    assert [
        ("subtitle", "U.S. District Court Also Issues Permanent Injunction Against Company and Two Principals")
    ] == _meta(text)
    assert _stable(text)


# --- a deck line a date was split off on a flattened Senate header (fuzz F1128-14) -------------------------------
_SENATE_STORY = (
    "WASHINGTON  D C    U S  Senator Barack Obama today released the following statement following the Senate s "
    "votes on the Consumer First Energy Act\n"
)


def test_a_deck_line_ending_in_the_split_off_date_is_a_subtitle() -> None:
    """``Statement of … Energy Costs Tuesday  June 10  2008``: the rendering drops the date and prints the deck alone."""
    text = (
        "Obama on Energy Bills\nStatement of Senator Barack Obama on Senate Bills to Cut Energy Costs Tuesday  June 10"
        f"  2008  FOR IMMEDIATE RELEASE     {_SENATE_STORY}"
    )
    assert ("subtitle", "Statement of Senator Barack Obama on Senate Bills to Cut Energy Costs") in _meta(text)
    assert _stable(text)


def test_a_deck_on_its_own_line_over_its_date_keeps_its_reading() -> None:
    """The same deck set apart by blank lines reads title, subtitle and date as before."""
    text = (
        "Obama on Energy Bills\n\nStatement of Senator Barack Obama on Senate Bills to Cut Energy Costs Tuesday  June 10"
        f"  2008\n\n{_SENATE_STORY}"
    )
    assert [
        ("title", "Obama on Energy Bills"),
        ("subtitle", "Statement of Senator Barack Obama on Senate Bills to Cut Energy Costs"),
        ("date", "Tuesday June 10 2008"),
    ] == _meta(text)


# --- an end mark glued to a contact label's line (fuzz F1129-7) ---------------------------------------------------
def test_an_end_mark_glued_to_the_label_leaves_the_block_under_it() -> None:
    """``Media contact:END`` / ``Jane Roe``: the rendering drops the mark, and the name reads as the label's block."""
    text = "LYON, France – Media contact:END\nJane Roe\n"
    assert [("end_mark", "END"), ("contact", "Jane Roe")] == _meta(text)
    assert _stable(text)


def test_an_end_mark_under_a_whole_contact_block_still_closes_it() -> None:
    """A block with its address, then ``###``, then the About section: the mark stays the end mark."""
    text = (
        "LYON, France – Police met on Monday to agree on a plan for the region, the prefect said in a statement.\n\n"
        "Media contact: Jane Roe, jane@acme.com\n###\nAbout Acme\n"
    )
    assert [
        ("contact", "Media contact: Jane Roe, jane@acme.com"),
        ("end_mark", "###"),
        ("about", "About Acme"),
    ] == _meta(text)


# --- a punctuation-stripped page counted by the words the rendering keeps (fuzz F1127-14, F1129-8) ----------------
_STRIPPED = (
    "U S  Senator Charles E  Schumer today announced that four schools in Rochester will receive federal funding to "
    "repair their buildings and hire teachers\nSchumer Announces School Funding\nMay 3 2026\n{menu}Schumer said the "
    "{more}funding would help Rochester\n"
)


def test_a_menu_word_does_not_make_a_short_note_a_stripped_page() -> None:
    """Forty words with the menu's ``News``, which the rendering drops: a short note, read as its rendering is."""
    text = _STRIPPED.format(menu="News\n", more="new ")
    assert ["title", "subtitle", "date"] == [kind for kind, _ in _meta(text)]
    assert _stable(text)


def test_a_stripped_page_of_forty_kept_words_keeps_its_reading() -> None:
    """Forty words besides the menu's: a stripped page still, its story from the first line, no front matter."""
    text = _STRIPPED.format(menu="News\n", more="new school ")
    assert [] == _meta(text)
    assert _stable(text)


def test_a_quotation_glued_to_the_next_paragraph_stays_in_the_story() -> None:
    """``“We will act."Four of …``: a quotation's close ends a sentence, no headline, in both readings."""
    text = '“We will not tolerate it,” Burke said. “We will act."Four of the seven defendants appeared.'
    assert [] == _meta(text)
    assert _stable(text)
