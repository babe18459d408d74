"""blocks.py: line grouping, the BLOCK_RULES table, the caption score and credits (STYLE rule 26).

Method. ``SCORES`` holds the language-cue scores the threshold was tuned on
(``DEV``) and story sentences that must stay under it (``NEGATIVE``); the
whole-page caption cases live in ``test_captions.py`` and the corpus in
``test_corpus.py``. New score cases go in the group they belong to, with the
score they should get, so a change of weights shows up row by row.
"""

from __future__ import annotations

import pytest

from pressparse import blocks
from pressparse.blocks import (
    BLOCK_RULES,
    CAPTION_RULES,
    CAPTION_THRESHOLD,
    attach_credits,
    caption_score,
    classify_blocks,
    group_lines,
)
from pressparse.headings import HEADING_RULES
from pressparse.layout import split_lines
from pressparse.model import NoiseKind
from pressparse.noise import find_noise


def _kinds(src: str) -> list[tuple[str, str]]:
    pieces = find_noise(src, group_lines(src, split_lines(src)))
    return [(p.kind, p.text(src)) for p in classify_blocks(src, pieces)]


class TestGroupLines:
    def test_blank_lines_counted_on_both_sides(self) -> None:
        """Each line piece knows the blank lines before and after it; -1 marks the document ends."""
        src = "One\n\n\n  Two\nThree"
        got = [(p.text(src), p.indent, p.blank_before, p.blank_after) for p in group_lines(src, split_lines(src))]
        assert [("One", 0, -1, 2), ("Two", 2, 2, 0), ("Three", 0, 0, -1)] == got

    def test_whitespace_only_lines_are_blank(self) -> None:
        """A line of spaces or NBSP is a blank line, not a piece."""
        src = "One\n \u00a0 \nTwo"
        assert ["One", "Two"] == [p.text(src) for p in group_lines(src, split_lines(src))]

    def test_empty_source(self) -> None:
        """An empty source has no pieces."""
        assert () == group_lines("", split_lines(""))


class TestBlockRules:
    def test_caption_rules_come_before_heading_rules(self) -> None:
        """BLOCK_RULES tries every caption rule, then the heading rules of headings.py."""
        expected = [("caption", r) for r in CAPTION_RULES] + [("heading", r) for r in HEADING_RULES]
        assert expected == list(BLOCK_RULES)

    def test_every_rule_is_documented(self) -> None:
        """Each rule explains itself in its docstring."""
        assert all(rule.__doc__ for _, rule in BLOCK_RULES)

    def test_paragraph_is_the_fallback(self) -> None:
        """A line no rule claims is a paragraph."""
        assert [("paragraph", "Police met.")] == _kinds("Police met.")

    def test_indented_block_between_story_blocks_is_caption(self) -> None:
        """The INTERPOL template: an indented block set apart by blank lines in the middle of the body."""
        src = "Police met.\n\n        A photo of the chiefs.\n\nThey agreed."
        assert ["paragraph", "caption", "paragraph"] == [k for k, _ in _kinds(src)]

    def test_indented_first_block_is_not_caption(self) -> None:
        """An indented block at the start of the document is not in the middle of the body."""
        src = "        A photo of the chiefs.\n\nPolice met.\n\nThey agreed."
        assert "caption" not in [k for k, _ in _kinds(src)]

    def test_line_after_image_marker_is_caption(self) -> None:
        """An image marker makes the next line a caption."""
        src = "Police met.\n2018-153-Photo-1\nThe chiefs at the meeting in Lyon.\nThey agreed."
        assert ("caption", "The chiefs at the meeting in Lyon.") in _kinds(src)

    def test_captions_are_found_before_headings(self) -> None:
        """The heading rules read a subheading's neighbours with the captions found and left out."""
        src = (
            "Police met.\n\nRegional Cooperation\n\n        Participants at the meeting in Lyon\n\n"
            "The officers agreed on a long plan for the whole region and its ten countries."
        )
        assert ["paragraph", "heading", "caption", "paragraph"] == [k for k, _ in _kinds(src)]

    def test_indented_last_block_closes_the_body(self) -> None:
        """A deep-indented line after the last paragraph, nothing but noise under it, is a caption."""
        src = "Police met.\n\nThey agreed.\n\n        Participants at the meeting in Lyon\n\n"
        assert ("caption", "Participants at the meeting in Lyon") in _kinds(src)

    @pytest.mark.parametrize("line", ["ENDS", "Contact: press@example.org", "Call +1 202 555 0100 for details"])
    def test_indented_last_line_with_end_matter_is_no_caption(self, line: str) -> None:
        """An end mark or contact details closing the page are left to the meta stage."""
        src = f"Police met.\n\nThey agreed.\n\n        {line}\n"
        assert "caption" not in [k for k, _ in _kinds(src)]


# (text, score): language cues only; layout cues add 3 in the rules.
SCORES_DEV = [
    pytest.param("Chief Jane Roe (left) shakes hands with Mayor John Doe.", 2, id="position-and-scene-verb"),
    pytest.param("From left to right: Jane Roe, John Doe.", 2, id="position-list"),
    pytest.param("(L-R) Jane Roe, John Doe.", 2, id="l-r"),
    pytest.param("The President (centre) welcomed the Secretary General (left).", 2, id="two-positions"),
    pytest.param("Officers, pictured, look on as the dogs search the cargo.", 2, id="pictured-and-scene-verb"),
    pytest.param("The chiefs at the meeting (Photo: INTERPOL).", 1, id="embedded-credit"),
]
SCORES_NEGATIVE = [
    pytest.param("Chief Jane Roe (left) said the plan works.", 0, id="position-with-said"),
    pytest.param("“We agreed,” said the Chief.", -4, id="quotation"),
    pytest.param("The defendants include:", -3, id="list-introduction"),
    pytest.param("The suspects were arrested.", 0, id="plain-sentence"),
    pytest.param("One. Two. Three. Four.", -2, id="several-sentences"),
    pytest.param("x" * 700, -3, id="too-long"),
]


class TestCaptionScore:
    @pytest.mark.parametrize(("text", "score"), SCORES_DEV)
    def test_dev(self, text: str, score: int) -> None:
        """Caption language scores as tuned."""
        assert score == caption_score(text)

    @pytest.mark.parametrize(("text", "score"), SCORES_NEGATIVE)
    def test_negative(self, text: str, score: int) -> None:
        """Story language stays under the threshold."""
        assert score == caption_score(text)
        assert score < CAPTION_THRESHOLD


class TestCredits:
    def test_credit_after_caption_joins_it(self) -> None:
        """A credit line right under a caption becomes part of the caption's span."""
        src = "Police met.\n\nPictured: Chief Jane Roe (left) shakes hands.\nPhoto: John Smith/AFP\n\nThey agreed."
        assert ("caption", "Pictured: Chief Jane Roe (left) shakes hands.\nPhoto: John Smith/AFP") in _kinds(src)

    def test_credit_alone_is_noise(self) -> None:
        """A photo credit next to no caption is image_credit noise."""
        src = "Police met.\n\nPhoto: John Smith/AFP\n\nThey agreed."
        pieces = classify_blocks(src, find_noise(src, group_lines(src, split_lines(src))))
        assert [NoiseKind.IMAGE_CREDIT] == [p.noise_kind for p in pieces if p.kind == "noise"]

    def test_source_line_alone_stays(self) -> None:
        """``Source: ...`` next to no caption is the release's own attribution, kept in the body."""
        src = "Police met.\n\nSource: Europol\n\nThey agreed."
        assert ("paragraph", "Source: Europol") in _kinds(src)

    def test_attach_credits_without_captions_is_identity_for_story(self) -> None:
        """A stream without credits passes through unchanged."""
        src = "Police met.\n\nThey agreed."
        pieces = classify_blocks(src, group_lines(src, split_lines(src)))
        assert pieces == attach_credits(src, pieces)

    def test_retype_keeps_every_field_but_kind(self) -> None:
        """The fast retype helper changes the kind only."""
        src = "  Police met."
        piece = group_lines(src, split_lines(src))[0]
        retyped = blocks._retype(piece, "caption")
        assert piece.evolve(kind="caption") == retyped


class TestCreditedCaption:
    """``credited_caption``: a credit closing the block, or on the line right under it, is a layout cue."""

    @pytest.mark.parametrize(
        ("src", "caption"),
        [
            pytest.param(
                "Police met.\n\nThe chiefs at the table. (Photo: Business Wire)\n\nThey agreed.",
                "The chiefs at the table. (Photo: Business Wire)",
                id="parenthesised-credit-closing-the-block",
            ),
            pytest.param(
                "Police met.\n\nThe chiefs at the table.\n©Europol\n\nThey agreed.",
                "The chiefs at the table.\n©Europol",
                id="copyright-credit-under",
            ),
            pytest.param(
                "Police met.\n\nThe chiefs at the table.\nPhoto courtesy of the FBI\n\nThey agreed.",
                "The chiefs at the table.\nPhoto courtesy of the FBI",
                id="courtesy-credit-under",
            ),
        ],
    )
    def test_caption(self, src: str, caption: str) -> None:
        """The block and its credit are one caption piece."""
        assert ("caption", caption) in _kinds(src)

    @pytest.mark.parametrize(
        "src",
        [
            pytest.param("The chiefs at the table. (Photo: Business Wire)\n\nThey agreed.", id="first-block-headline"),
            pytest.param("Police met.\n\nThe chiefs at the table.\n©Europol", id="no-story-after"),
            pytest.param("Police met.\n\nThe chiefs at the table.\n© 2025 Europol\n\nThey agreed.", id="year-footer"),
            pytest.param("Police met.\nThe chiefs at the table.\n©Europol\n\nThey agreed.", id="tail-of-a-paragraph"),
            pytest.param("Police met.\n\nThe chiefs said it works.\nSource: Europol\n\nThey agreed.", id="source-line"),
            pytest.param("Police met.\n\nThe chiefs met (photo: police) and left.\n\nThey agreed.", id="credit-inside"),
        ],
    )
    def test_no_caption(self, src: str) -> None:
        """Without the cue's conditions, the block stays a paragraph."""
        assert "caption" not in [kind for kind, _ in _kinds(src)]
