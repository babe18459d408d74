"""Round 15 datelines (session 25): a story that opens with a brand's lower-case initial, a stripped Senate header.

Each test copies its excerpt from a blind round-15 release (tests/unseen sa_*, sb_*, sc_*) or a round-14 leftover
(tb_*); a close shape that must keep its reading stands beside it.
"""

from __future__ import annotations

from pressparse import parse_dateline

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
