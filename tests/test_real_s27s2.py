"""Session 27 (s2): paragraph and list readings that changed between a parse and the parse of its rendering.

Each pinned fuzz finding is written failing first, with a close real-style shape beside it that keeps its
reading (SPEC 5: ``parse(doc.text)`` reads the same body blocks).
"""

from __future__ import annotations

from pressparse import parse
from tests.fuzz_parse import problems


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
