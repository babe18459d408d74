"""Round 15 paragraph cases (session 25): a one-line story's paragraph gaps of three spaces.

Media OutReach flattens a release to one line a paragraph and keeps a run of three spaces where a
newline was (sc_wire_mediaoutreach_1): a subheading stands between two such gaps whatever its case, and a
list's first item may follow its lead-in's colon on the same line, its other items on lines of their own.
"""

from __future__ import annotations

import pytest

from pressparse import parse

_BEFORE = "The delegation met investors from around the world on Monday, the park said."
_AFTER = "Hong Kong continues to expand its global healthcare footprint as a biotech fundraising hub."


# Paragraphs flattened onto one long line, as the page prints its story's first part.
_LONG = "   ".join([_BEFORE] * 16)


def _blocks(text: str) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in parse(text).body]


@pytest.mark.parametrize(
    "head",
    [
        "HK's biotech ecosystem rises to another level",  # sentence case (sc_wire_mediaoutreach_1)
        "HKSTP and Park Companies Advanced in Cross-border Innovation and Market Expansion",  # title case
    ],
)
def test_a_line_between_two_paragraph_gaps_is_a_subheading(head: str) -> None:
    """A short line with no sentence end between two runs of three spaces is a subheading over its text."""
    text = f"{_BEFORE}   {head}   {_AFTER}   The park said more deals would follow next year."
    assert _blocks(text)[:3] == [("paragraph", _BEFORE), ("heading", head), ("paragraph", _AFTER)]


@pytest.mark.parametrize(
    "words",
    [
        # Parted from its text by two spaces only: a sentence's words in lower case are prose (the two-space rule).
        "HK's biotech ecosystem rises to another level  Hong",
        # Too long for a subheading in sentence case: a sentence that lost its stop.
        "The park's biotech ecosystem has grown faster this year than in any of the ten years before it   Hong",
        # Ends on a small word: the line runs on.
        "The park signed three deals with the   Hong",
    ],
)
def test_a_run_of_prose_is_no_subheading(words: str) -> None:
    """The negatives: no heading is cut out of them."""
    text = f"{_BEFORE}   {words}{_AFTER[4:]}"
    assert [kind for kind, _ in _blocks(text)].count("heading") == 0


def test_a_first_item_after_its_lead_in_colon_is_a_list_item() -> None:
    """``… partnerships:   * LabCentral -- …``: the colon's first item, its other items on their own lines."""
    lead = "A key highlight of BIO 2026 is the signing of three major strategic partnerships:"
    first = "LabCentral -- HKSTP signed an MOU with one of the largest biotech incubators."
    second = "Immuno Cure – the developer of an HIV vaccine – announced its collaboration with OPIS."
    # The page sets its paragraphs between blank lines, so only a long line is read for its runs of spaces.
    text = f"{_LONG}   {lead}   * {first}\n\n  * {second}\n\n{_AFTER}"
    assert _blocks(text)[-5:] == [
        ("paragraph", _BEFORE),
        ("paragraph", lead),
        ("list_item", first),
        ("list_item", second),
        ("paragraph", _AFTER),
    ]


def test_a_star_in_prose_after_a_colon_opens_no_item() -> None:
    """A star before a lower-case word after a colon's run is no bullet: the line stays one paragraph."""
    lead = "The fund's rating was confirmed at:"
    text = f"{_LONG}   {lead}   * two stars for the third year running, the agency said."
    assert _blocks(text)[-1] == ("paragraph", f"{lead} * two stars for the third year running, the agency said.")


@pytest.mark.parametrize(
    "text",
    [
        f"{_BEFORE}   HK's biotech ecosystem rises to another level   {_AFTER}",
        (
            f"{_LONG}   A key highlight is the signing of three deals:   * LabCentral -- HKSTP signed an MOU.\n\n"
            "  * Immuno Cure announced its collaboration with OPIS."
        ),
    ],
)
def test_the_rendering_reads_alike(text: str) -> None:
    """SPEC 5: the clean text parses to the same body."""
    doc = parse(text)
    again = parse(doc.text)
    assert [(b.kind, b.text) for b in doc.body] == [(b.kind, b.text) for b in again.body]
    assert doc.text == again.text


# A DOJ page flattened to one line, the scraper's stand-ins for empty fields glued between its paragraphs
# (sa_doj_r08093): the noise stage cuts the line at each stand-in, and the pieces are no paragraphs set apart
# by blank lines, so the runs of three spaces inside them still part paragraphs.
_DOJ = (
    "WASHINGTON  A former financial services executive was indicted yesterday for his part in a conspiracy to "
    "rig bids for contracts, the Department of Justice announced.None NoneNone   The indictment also alleges "
    "that he and others misrepresented to municipal issuers that the bidding complied with the regulations.   "
    "This caused the issuers to award contracts to providers that otherwise would not have won them.   Such "
    "conduct placed the tax-exempt status of the bonds in jeopardy.NoneNone  Yesterday's charges outline a "
    "scheme to subvert competition in the marketplace, said the Assistant Director of the FBI in New York.   "
    "The FBI will continue to work with the division on such cases.None   The charges announced today resulted "
    "from an ongoing investigation conducted by the division's New York and Cleveland offices and the FBI."
)


def test_a_one_line_page_cut_by_stand_ins_keeps_its_paragraph_gaps() -> None:
    """Each run of three spaces after a stop parts a paragraph, as on the same page without the stand-ins."""
    texts = [b.text for b in parse(_DOJ).body]
    assert texts[1:4] == [
        (
            "The indictment also alleges that he and others misrepresented to municipal issuers that the bidding "
            "complied with the regulations."
        ),
        "This caused the issuers to award contracts to providers that otherwise would not have won them.",
        "Such conduct placed the tax-exempt status of the bonds in jeopardy.",
    ]


def test_paragraphs_on_lines_of_their_own_keep_a_run_inside_one() -> None:
    """The negative: on a page of paragraphs set apart by blank lines, a run inside one is a typing slip."""
    paras = [
        "The defendant was sentenced in Riverside County Superior Court today for the robbery of a bank.",
        "He was arrested in March after a teller recognised him from a photograph shown on the evening news.",
        "He pleaded guilty in Temecula.   In an open plea he admitted the charges.",
        "The judge ordered him to repay the bank and to serve five years of probation after his release.",
    ]
    assert [b.text for b in parse("\n\n".join(paras)).body][2] == (
        "He pleaded guilty in Temecula. In an open plea he admitted the charges."
    )
