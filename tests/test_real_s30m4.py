"""A stripped Senate header's headline and deck flattened onto one line (session 30, round 4).

Conrad's, Enzi's and Gordon Smith's pages print the headline and its deck on one line, one space between, both
in title case. The deck's subject is cut off only when the story writes it again as the start of a clause; each
real case stands beside a close shape that keeps its one title (STYLE rule 30).
"""

from __future__ import annotations

from tests.fuzz_parse import problems
from tests.test_fuzz_regressions import FIXED
from tests.test_real_s28m import _meta

# xf_senate_conrad_2, abridged: the deck's subject "Senator" opens the story's first sentence with the name.
_CONRAD = (
    "Conrad Named Ag Subcommittee Chairman Senator to lead Subcommittee on Energy  Science and Technology"
    "                   February 13  2007  Washington    Senator Kent Conrad was chosen today to serve as the "
    "chairman of the Agriculture Committee s Subcommittee on Energy  Science and Technology  a position that will "
    "allow him to influence legislation important to North Dakota  The subcommittee s responsibilities include "
    "legislation and oversight involving renewable energy production and agricultural research  Senator Conrad "
    "has identified energy  particularly renewable fuels like bio diesel and ethanol  as expanding markets for "
    "North Dakota s farmers"
)
# zb_senate_enzi_1, abridged: "The ceremony is slated" writes the deck's subject again.
_ENZI = (
    "Plans Set to Name Postal Facility for Gale McGee Ceremony Scheduled for May 30th   May 2  2007    "
    "Washington  D C    U S  Senators Craig Thomas  Mike Enzi and Representative Barbara Cubin  all R WY  have "
    "announced plans for an official ceremony on May 30th to name the United States Postal office located at 152 "
    "North 5th Street in Laramie the Gale W  McGee Post Office  The ceremony is slated to begin at 1 30 in the "
    "afternoon    Senator McGee holds an esteemed place in our State s history  and naming this postal facility "
    "in his honor is a highly appropriate way to honor his memory  the Wyoming Delegation said"
)


def test_conrad_headline_and_deck_on_one_line_are_title_and_subtitle() -> None:
    assert _meta(_CONRAD) == [
        ("title", "Conrad Named Ag Subcommittee Chairman"),
        ("subtitle", "Senator to lead Subcommittee on Energy Science and Technology"),
        ("date", "February 13 2007"),
    ]
    assert [] == problems(_CONRAD, render=True)


def test_enzi_deck_whose_subject_the_story_repeats_is_the_subtitle() -> None:
    meta = _meta(_ENZI)
    assert ("title", "Plans Set to Name Postal Facility for Gale McGee") in meta
    assert ("subtitle", "Ceremony Scheduled for May 30th") in meta
    assert [] == problems(_ENZI, render=True)


def test_deck_subject_the_story_never_writes_keeps_one_title() -> None:
    """The story never opens a clause with "ceremony" ("an official ceremony on", "the naming ceremony later")."""
    text = _ENZI.replace("The ceremony is slated to begin", "Guests are asked to arrive")
    assert ("title", "Plans Set to Name Postal Facility for Gale McGee Ceremony Scheduled for May 30th") in _meta(text)


def test_deck_subject_without_its_name_in_the_story_keeps_one_title() -> None:
    """The story never writes "Senator" (with or without a name) as a clause's start: the line stays one title."""
    text = _CONRAD.replace("Senator Kent Conrad was chosen", "Kent Conrad of North Dakota was chosen").replace(
        "Senator Conrad has identified", "He has identified"
    )
    assert _meta(text)[0] == (
        "title",
        "Conrad Named Ag Subcommittee Chairman Senator to lead Subcommittee on Energy Science and Technology",
    )


# --- a contact label after a dateline that does not read alone (F1125-40) -----------------------------------------------
# The dateline keeps the label's piece as its story's; the rendering drops the block under the label and leaves the
# line alone, where an unknown place ("GTON—") reads no dateline. So the label heads no block: its lines are story.


def test_pinned_label_after_unknown_place_is_stable() -> None:
    assert [] == problems(FIXED["F1125-40"][0], render=True)


def test_lines_under_a_label_after_an_unknown_place_stay_the_story() -> None:
    text = "GTON\u2014 M contact:\n\nL?"
    assert _meta(text) == []
    assert [] == problems(text, render=True)


def test_lines_under_a_label_after_a_known_place_stay_the_contact() -> None:
    """A known place reads alone on its line ("LYON, France –"): the name under the label stays the contact."""
    assert _meta("LYON, France \u2013 Media contact:\nJane Roe\n") == [("contact", "Jane Roe")]
