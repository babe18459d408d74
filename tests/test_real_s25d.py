"""Round 15 datelines (session 25): a story that opens with a brand's lower-case initial, a stripped Senate header.

Each test copies its excerpt from a blind round-15 release (tests/unseen sa_*, sb_*, sc_*) or a round-14 leftover
(tb_*); a close shape that must keep its reading stands beside it.
"""

from __future__ import annotations

import pytest

from pressparse import parse, parse_dateline

# NewMediaWire's lead for a client whose name opens with a lower-case letter (sc_wire_nmw_1).
_NMW = (
    "OCOEE, FL - (NewMediaWire) - September 09, 2024 - iCoreConnect Inc. (NASDAQ: ICCT), a leading provider of "
    "cloud-based software and technology solutions, has announced an expanded partnership."
)


def test_story_opening_with_a_camel_case_brand_follows_a_dateline() -> None:
    """``iCoreConnect``, ``eBay``, ``iPhone``: a brand in camel case opens a sentence as a capital does."""
    found = parse_dateline(_NMW)
    assert found is not None
    assert ("OCOEE, FL - (NewMediaWire) - September 09, 2024 -", "NewMediaWire") == (found.text, found.agency)
    assert parse_dateline("LONDON, Nov. 3, 2024 – eBay said today that sales rose by a tenth.") is not None


def test_story_opening_with_a_lower_case_word_has_no_dateline() -> None:
    """A lower-case word with no capital inside it continues a sentence: ``INTERPOL – the world's largest``."""
    assert parse_dateline("OCOEE, FL - (NewMediaWire) - September 09, 2024 - ebay sellers met.") is None
    assert parse_dateline("INTERPOL – the world's largest police organization – said.") is None


def test_damaged_story_opening_with_a_camel_case_brand_has_no_dateline() -> None:
    """A stripped dash needs a capital after it: ``WASHINGTON  iPhone`` is no evidence of a dateline."""
    assert parse_dateline("WASHINGTON  iPhone sales rose today in the city by a tenth, the report said.") is None


# A punctuation-stripped Senate page: headline, date, place and story flattened onto one line; the member's name
# was lost from "U.S. Sen. Sherrod Brown (D-OH)", leaving a run of four spaces before the party tag
# (tb_senate_brown_1, the same in xt_senate_brown_1).
_BROWN = (
    "In Wake of Recent Flooding  Brown Urges Feds To Provide Disaster Relief For Ohio Farmers  September 6  2007  "
    "Washington  DC  U S    D OH  today urged the U S  Department of Agriculture  USDA  Secretary Mike Johanns to "
    "declare a Disaster Emergency Designation for all 88 counties in Ohio  A triad of devastating weather events in "
    "Ohio this year severely crippled Ohios farmers  Frost and freeze conditions in early April damaged fruit and "
    "vegetable production  Drought and extreme heat distressed crops and pasture from mid April to mid August  and "
    "the severe flooding in late August ruined any harvest potential for many producers"
)


@pytest.mark.xfail(strict=True, reason="paragraphs._stripped_cuts parts the story before the party tag 'D OH'")
def test_stripped_party_tag_after_a_lost_name_goes_on_the_story() -> None:
    """``Washington  DC  U S    D OH  today urged``: the dateline, and the story is one paragraph from ``U S``."""
    doc = parse(_BROWN)
    assert doc.dateline is not None
    assert ("Washington DC", "DC") == (doc.dateline.text, doc.dateline.region)
    assert doc.body[0].text.startswith("U S D OH today urged")


def test_stripped_party_tag_after_the_name_reads_the_dateline() -> None:
    """The name kept (x4_senate_coburn_1): ``WASHINGTON  D C    U S  Senator Tom Coburn  M D   R OK  released``."""
    doc = parse(
        "December 11  2007  WASHINGTON  D C    U S  Senator Tom Coburn  M D   R OK  released the following statement "
        "today after voting against the Lugar Lautenberg Farm Bill amendment  The amendment would have cut the "
        "subsidies paid to farmers  and the Senate rejected it by a wide margin this afternoon"
    )
    assert doc.dateline is not None
    assert ("WASHINGTON D C", "D C") == (doc.dateline.text, doc.dateline.region)
    assert doc.body[0].text.startswith("U S Senator Tom Coburn M D R OK released")
