"""Session 27 (s2): paragraph and list readings that changed between a parse and the parse of its rendering.

Each pinned fuzz finding is written failing first, with a close real-style shape beside it that keeps its
reading (SPEC 5: ``parse(doc.text)`` reads the same body blocks).
"""

from __future__ import annotations

from pathlib import Path

from pressparse import parse
from pressparse.blocks import group_lines
from pressparse.layout import split_lines as layout_lines
from pressparse.paragraphs import split_lines
from tests.fuzz_parse import problems
from tests.test_fuzz_regressions import FIXED


def _blocks(text: str) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in parse(text).body]


def _stable(text: str) -> list[tuple[str, str]]:
    """The body blocks of ``text``, asserted equal to those of its rendering."""
    blocks = _blocks(text)
    assert _blocks(parse(text).text) == blocks
    return blocks


class TestGluedQuestionAfterABreak:
    """A glued break's block counts its quotation marks from the break, as the rendering sets it alone."""

    def test_quote_before_the_break_opens_nothing_after_it(self) -> None:
        """F1129-22: the straight quote before ``.Nz`` leaves the block ``Nz?No”`` outside any quotation."""
        text = 'n(".Nz?No\u201d'
        assert _stable(text) == [("paragraph", 'n(".'), ("paragraph", "Nz?"), ("paragraph", "No\u201d")]
        assert problems(text, render=True) == []

    def test_question_inside_a_quotation_opened_after_the_break_stays(self) -> None:
        """A question glued inside a quotation the block opens is no break: one paragraph, as before."""
        text = "The vote ended.\u201cWill it pass?Experts doubt it,\u201d he said."
        assert _stable(text) == [
            ("paragraph", "The vote ended."),
            ("paragraph", "\u201cWill it pass?Experts doubt it,\u201d he said."),
        ]


class TestGluedSubheadingEndsOnACapitalisedWord:
    """A subheading glued to its sentence ends on a capitalised word, the glue inside it."""

    def test_glue_inside_a_lower_case_word_cuts_nothing(self) -> None:
        """F1126-32: ``O z”4rigiRe .come)``, a link's text in the raw and alone in the rendering: one paragraph."""
        text = ".\n---\n[O\u0085z\u201d4rigiRe](/) .come)"
        assert _stable(text) == [("paragraph", "."), ("paragraph", "O z\u201d4rigiRe .come)")]
        assert problems(text, render=True) == []

    def test_title_case_subheading_is_still_cut(self) -> None:
        """wire_020's ``Early Planning and Financial PreparationThe key …`` keeps its heading piece."""
        src = "Early Planning and Financial PreparationThe key to a successful sale is starting early."
        got = [(p.kind, p.text(src)) for p in split_lines(src, group_lines(src, layout_lines(src)))]
        assert got == [
            ("heading", "Early Planning and Financial Preparation"),
            ("line", "The key to a successful sale is starting early."),
        ]

    def test_glue_inside_a_link_word_after_read_more(self) -> None:
        """F1126-13's end: ``Read moreNEW YNo..``, a lower-case word glued to capitals, cuts no heading."""
        text = "Police met today.\n\nRead moreNEW YNo.."
        assert _stable(text) == [("paragraph", "Police met today."), ("paragraph", "Read moreNEW YNo..")]

    def test_glue_inside_a_lower_case_word_under_the_title(self) -> None:
        """F1129-9: ``E nThe .`` under the title stays the story's text, no subtitle cut off it on a re-parse."""
        assert problems(")a S on\n\nE nThe .", render=True) == []


class TestLostColonListNeedsASentence:
    """A stripped Senate list whose lead-in lost its colon is read only under a sentence, as its rendering is."""

    def test_two_words_before_would_open_no_list(self) -> None:
        """F1129-6: ``2–;–007 would`` is no sentence; the clauses after it stay paragraphs in both readings."""
        text = FIXED["F1129-6"][0]  # a senate_006 stretch, stripped, its lead-in cut to two words
        assert [kind for kind, _ in _stable(text)] == ["paragraph", "paragraph", "paragraph"]

    def test_senate_006_keeps_its_eight_items(self) -> None:
        """senate_006's ``… Restitution Act of 2007 would`` heads its eight clauses, raw and rendered."""
        text = (Path(__file__).parent / "corpus" / "senate_006.txt").read_text(encoding="utf-8")
        blocks = _stable(text)
        assert sum(kind == "list_item" for kind, _ in blocks) == 8
        assert blocks[[kind for kind, _ in blocks].index("list_item")][1].startswith("Give victims of identity theft")


class TestListGoesOnPastAnIndentedCaption:
    """A list goes on past a photo's caption in an indented slot, which the rendering leaves out."""

    def test_dash_item_under_a_caption_slot(self) -> None:
        """F1129-21 in a release's words: the item under the INTERPOL photo slot is the list's next item."""
        text = (
            "Police met today.\n\n\u2022 The chiefs agreed on a plan.\n\n        A photo of the chiefs.\n\n"
            "-\nthe plan starts in June."
        )
        assert _stable(text) == [
            ("paragraph", "Police met today."),
            ("list_item", "The chiefs agreed on a plan."),
            ("list_item", "the plan starts in June."),
        ]
        assert problems("\u2022 .\n\n    .\n\n-\nt", render=True) == []

    def test_dash_under_a_caption_after_a_paragraph_stays_text(self) -> None:
        """Under a paragraph the same dash and lower-case text open no list: the line reads ``- the plan …``."""
        text = (
            "Police met today.\n\nThe chiefs agreed on a plan.\n\n        A photo of the chiefs.\n\n"
            "-\nthe plan starts in June."
        )
        assert _stable(text)[-1] == ("paragraph", "- the plan starts in June.")

    def test_read_more_glued_to_a_sentence_is_still_cut(self) -> None:
        """``Read morePolice seized …``: a whole lower-case word glued to a capitalised one is still a junction."""
        text = "Police met today.\n\nRead morePolice seized 200 firearms in the operation."
        assert _stable(text) == [
            ("paragraph", "Police met today."),
            ("paragraph", "Police seized 200 firearms in the operation."),
        ]


class TestSpacedSubheadingPassesTheStandaloneTest:
    """A phrase glued by a space to its sentence is cut off as a heading only when it reads as one alone."""

    def test_short_phrase_over_a_short_sentence_stays_text(self) -> None:
        """F1129-26: ``H rks`` over ``Many n.`` is no heading alone (the sentence is not twice its length)."""
        text = ".\nH rks Many n."
        assert _stable(text) == [("paragraph", "."), ("paragraph", "H rks Many n.")]
        assert problems(text, render=True) == []

    def test_phrase_over_a_long_sentence_is_still_cut(self) -> None:
        """``How it works The tool stages a room in seconds.`` (wire_013's shape): heading and paragraph."""
        text = "Police met.\nHow it works The tool stages a room in seconds."
        assert _stable(text) == [
            ("paragraph", "Police met."),
            ("heading", "How it works"),
            ("paragraph", "The tool stages a room in seconds."),
        ]
