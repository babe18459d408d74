"""Round 14's meta and dateline classes (session 23), each from a real release of the blind round, with a close negative."""

from __future__ import annotations

from pressparse import parse_dateline

# Evertise Ai PR's date-first dateline (tc_wire_evertise_1): the date, then the place closed by its own dash,
# and the story opening with the wire's own name (compare "Baton Rouge, LA, Evertise Ai PR –", xr_wire_evertise_1).
_EVERTISE = (
    "January 9, 2025 – Los Angeles, CA – Evertise Ai PR, a leading press release distribution and content "
    "marketing agency, has been named as the official Global Marketing Partner for the US Minority Chamber of "
    "Commerce (USMCC).\n"
)


def test_a_date_first_dateline_goes_on_through_a_place_closed_by_its_dash() -> None:
    found = parse_dateline(_EVERTISE)
    assert found is not None
    assert ("January 9, 2025 – Los Angeles, CA –", "Los Angeles", None) == (found.text, found.city, found.agency)


def test_the_wire_closed_by_its_own_dash_stays_in_the_dateline() -> None:
    """The wire after the place, closed by a dash, is still the agency slot."""
    text = "March 24, 2025 – Baton Rouge, LA, Evertise Ai PR – Something Borrowed Blooms, an innovative startup, is pleased."
    found = parse_dateline(text)
    assert found is not None
    assert ("March 24, 2025 – Baton Rouge, LA, Evertise Ai PR –", "Evertise Ai PR") == (found.text, found.agency)


def test_a_place_set_off_by_a_comma_with_the_wire_after_it_stays_no_dateline() -> None:
    """Only the place's own dash closes it; a comma after it goes on into the sentence."""
    assert parse_dateline("LOS ANGELES, CA, Evertise Ai PR, a leading agency, has been named today.") is None
