"""The fast paths of the meta stage give the answers of the full rules (issue #6: speed, no change)."""

from __future__ import annotations

import pytest

from pressparse import meta
from pressparse._block import Piece

LEGAL = [
    "The issuer is solely responsible for the content of this announcement.",
    "The views are solely those of the study authors.",
    "It does not necessarily reflect the views of the agency.",
    "This press release shall not constitute an offer to sell.",
    "The shares have not been registered under the Securities Act of 1933.",
    "All trademarks herein are owned by their holders.",
    "NOTE TO INVESTORS: see below.",
    "Please see full terms of use and disclaimers on our site.",
    "No exchange accepts responsibility for the adequacy or accuracy of this release.",
    "This information is subject to the disclosure requirements pursuant to Section 5-12 of the Act.",
    "The issuer is ſolely responsible for the content of this release.",  # the long s IGNORECASE folds to "s"
]
NOT_LEGAL = [
    "Police arrested two men in Lyon on Tuesday.",
    "The court will sentence him in May.",
    "",
]


@pytest.mark.parametrize("text", LEGAL)
def test_legal_cue_in_every_legal_phrase(text: str) -> None:
    assert meta._LEGAL.search(text)
    assert meta._has_legal_cue(text)


@pytest.mark.parametrize("phrase", meta._LEGAL_PHRASES)
def test_every_legal_phrase_holds_a_cue(phrase: str) -> None:
    """A phrase added to the table without a cue word would never be searched."""
    assert any(cue in phrase.casefold() for cue in meta._LEGAL_CUES)


@pytest.mark.parametrize("text", NOT_LEGAL)
def test_no_legal_cue_in_story_text(text: str) -> None:
    assert not meta._has_legal_cue(text)
    assert not meta._LEGAL.search(text)


# Lines each rule takes, padded past ``_MAX_LINE``: only the ``_ANY_LENGTH`` rules may still take them.
SHORT_LINES = [
    "###",
    "Media Contact: Jane Roe, 555-201-0100",
    "Investor Relations Inquiries: jane@acme.com",
    "Laura Capps Melissa Wagoner  202  224 2633",
    "FOR IMMEDIATE RELEASE",
    "Notes to editors",
    "Embargoed until 00:01 GMT Thursday 5 May 2026",
    "Source: First Orion",
    "Office of Public Affairs",
    "*Media interested in attending are asked to register",
    "Tuesday, June 10, 2008",
    "Published 23 November 2026",
    "By Jane Roe, Staff Writer",
    "Attribute to Detective Inspector Jane Roe:",
    "From: Home Office",
]
LONG_TAKEN = [
    "Forward-Looking Statements This press release contains forward-looking statements. " * 5,
    "About INTERPOL: INTERPOL is the world's largest police organisation. " * 6,
]


@pytest.mark.parametrize("line", SHORT_LINES)
def test_short_rules_take_no_long_piece(line: str) -> None:
    short = (Piece("paragraph", 0, len(line)),)
    assert any(rule(line, short, 0) for _, rule in meta.META_RULES)
    text = line + " x" * meta._MAX_LINE
    long = (Piece("paragraph", 0, len(text)),)
    assert not any(rule(text, long, 0) for _, rule in meta.META_RULES if rule not in meta._ANY_LENGTH)


@pytest.mark.parametrize("text", LONG_TAKEN)
def test_any_length_rules_take_long_pieces(text: str) -> None:
    text = text.strip()
    assert len(text) > meta._MAX_LINE
    pieces = (Piece("paragraph", 0, len(text)),)
    assert any(rule(text, pieces, 0) for _, rule in meta.META_RULES if rule in meta._ANY_LENGTH)


@pytest.mark.parametrize(
    ("line", "taken"),
    [
        ("Investor Relations Inquiries: jane@acme.com", True),
        ("Media Inquiries：jane@acme.com", True),  # the full-width colon of CJK templates
        ("Media Inquiries", False),  # no colon: the fast path
        ("Investor Relations Inquiries jane@acme.com", False),
    ],
)
def test_contact_heading_needs_a_colon(line: str, taken: bool) -> None:
    assert meta.contact_heading(line, (Piece("paragraph", 0, len(line)),), 0) is taken
