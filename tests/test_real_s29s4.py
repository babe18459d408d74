"""Session 29 (s, round 4): a subheading glued to a call to action that ends on its web address, no stop.

Wire releases close a section on a call to action and print no stop after the address, so that it is not read as
the link's (Newsmatics, xk_wire_nmw_1): the sentence ended, and a subheading glued to it by a space is one, as
``headings.standalone_heading`` reads such a line over its paragraph. Each real shape (words rewritten, same
shape) sits beside a close shape that keeps its reading; every case reads the same in its rendering (SPEC 5).
"""

from __future__ import annotations

from pressparse.paragraphs import ends_on_link
from tests.fuzz_parse import problems
from tests.test_real_s27s2 import _stable


class TestCallToActionEndsOnItsAddress:
    """A sentence ending on a web address with no stop after it ends: the phrase glued before it is a heading."""

    def test_subheading_over_a_call_to_action(self) -> None:
        """xk_wire_nmw_1: ``Partnership Opportunities To learn more …, visit: https://…`` parts after the phrase."""
        text = (
            "The company met its goals this year.\n\n"
            "Retail Partnership Programs To learn more about becoming a partner, visit: https://www.example.com"
        )
        assert ("heading", "Retail Partnership Programs") in _stable(text)
        assert ("paragraph", "To learn more about becoming a partner, visit: https://www.example.com") in _stable(text)
        assert problems(text, render=True) == []

    def test_sentence_going_on_past_the_address_stays(self) -> None:
        """The sentence goes on past the address with no stop (``… for details``): cut off, one paragraph."""
        text = (
            "The company met its goals this year.\n\n"
            "Retail Partnership Programs To learn more about becoming a partner, visit https://www.example.com for"
        )
        assert ("paragraph", text.split("\n\n")[1]) in _stable(text)

    def test_speaker_over_a_link_line_stays(self) -> None:
        """sc_wire_prism_1's shape: a name and role over a link line is a signature, no section heading."""
        text = (
            "The company met its goals this year.\n\n"
            "Jane Roe, Founder of Acme To learn more about Acme and its plans, click here: www.example.com"
        )
        assert ("paragraph", text.split("\n\n")[1]) in _stable(text)


class TestEndsOnLink:
    """``paragraphs.ends_on_link``, the predicate ``headings`` shares: a sentence, its stop left off after a link."""

    def test_sentence_and_label(self) -> None:
        """A lower-case word before the link makes a sentence; a label over a bare address is a field."""
        assert ends_on_link("To learn more, visit: https://example.com")
        assert not ends_on_link("Web: https://example.com")
        assert not ends_on_link("Website https://www.example.com")
        assert not ends_on_link("To learn more, visit https://example.com today")
