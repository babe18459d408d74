"""Session 29, helper m, round 3: a wrapped field under a name, a section closing on its web address.

Each case beside a close shape that keeps its reading (STYLE: tests beside real cases).
"""

from __future__ import annotations

from tests.fuzz_parse import problems
from tests.test_real_s27s2 import _stable


class TestWrappedFieldUnderAName:
    """A ``Label: value`` field hard-wrapped over two lines is read as the clean text joins it (F1125-30)."""

    def test_name_over_a_wrapped_field(self) -> None:
        """The pinned shape: ``C`` / ``n: l`` is one field as the clean text joins it, so ``P`` reads alike in both."""
        text = ":\nP\nC\nn: l\nP: e"
        assert ("heading", "P") in _stable(text)
        assert problems(text, render=True) == []

    def test_name_over_a_wrapped_sentence(self) -> None:
        """A wrapped sentence with no label's colon is no field: the short line over it stays a paragraph."""
        text = (
            "The company will attend the event.\n\nLD Micro Main Event\n\nThe conference opens\nwith talks on October 29\n\n"
            "Conference Location: Virtual"
        )
        assert ("heading", "LD Micro Main Event") not in _stable(text)
        assert problems(text, render=True) == []


class TestSectionClosingOnItsAddress:
    """Wire releases print no stop after a closing web address: the sentence under a subheading has ended."""

    def test_subheading_over_a_call_to_action(self) -> None:
        """xk_wire_nmw_1: ``Partnership Opportunities`` over ``To learn more …, visit: https://…``."""
        text = (
            "The company met its goals this year.\n\nRetail Partnership Programs\n\n"
            "To learn more about becoming a partner, visit: https://www.example.com"
        )
        assert ("heading", "Retail Partnership Programs") in _stable(text)
        assert problems(text, render=True) == []

    def test_label_over_a_bare_address(self) -> None:
        """A label over an address alone is a field, no section: both stay paragraphs."""
        text = "The company met its goals this year.\n\nCompany Website\n\nhttps://www.example.com"
        assert ("paragraph", "Company Website") in _stable(text)
        assert problems(text, render=True) == []
