"""Session 29 (s): body readings that changed between a parse and the parse of its rendering.

Each pinned fuzz finding is written failing first, with a close real-style shape beside it that keeps its
reading (SPEC 5: ``parse(doc.text)`` reads the same body blocks).
"""

from __future__ import annotations

from tests.fuzz_parse import problems
from tests.test_real_s27s2 import _stable


class TestLooseFieldsUnderALabel:
    """A line glued from a contact's fields under a label is the label's value, in the line or over it."""

    def test_fields_glued_after_a_label_cut_off(self) -> None:
        """F1130-1: ``s:Sicas, …10036Office: …Email: …`` keeps its fields whole once ``s:`` stands above."""
        text = "s@m\n\ns:Sicas, 5th FloorNew York, New York 10036Office: (646) 893-5835Email: info@skyline"
        assert problems(text, render=True) == []
        assert _stable(text)[-1] == (
            "paragraph",
            "Sicas, 5th FloorNew York, New York 10036Office: (646) 893-5835Email: info@skyline",
        )

    def test_label_on_the_line_above_keeps_the_block_whole(self) -> None:
        """wire_015's contact, its label on a line of its own: the block under it is one value."""
        text = (
            "Police met today.\n\nInvestor Relations Inquiries:\n\n"
            "Skyline Group, LLC1177 Avenue, New York 10036Office: (646) 893-5835Email: a@b.com"
        )
        assert problems(text, render=True) == []

    def test_fields_after_a_sentence_are_cut(self) -> None:
        """yc_wire_nmw_1: two loose labels in a line under a sentence are fields, as before."""
        text = (
            "Members of the team will take part in these events:\n\n"
            "World Vaccine Congress, Washington, DCDate/Time: April 24, 2025 (Room 207A)Session Title: Phase 2b"
        )
        blocks = _stable(text)
        assert ("paragraph", "Session Title: Phase 2b") in blocks
