"""Session 29 (s): body readings that changed between a parse and the parse of its rendering.

Each pinned fuzz finding is written failing first, with a close real-style shape beside it that keeps its
reading (SPEC 5: ``parse(doc.text)`` reads the same body blocks).
"""

from __future__ import annotations

from pressparse import parse
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


class TestUnmarkedListPastNoise:
    """A bare list under a colon is read on its items alone: the noise between them is not rendered."""

    def test_date_closing_a_header_across_noise(self) -> None:
        """F1130-15: ``HARGEE`` / ``Case#308`` / a date under ``CZ:`` is a header closed by its date, no list."""
        text = (
            "December 6 2018\nH\nCZ:HARGEE\nCase#308\nDecember 6 2018\n"
            "RAIGNED FOR VEHICULAR MANSLAUGHTER OF TWO MINORS AFTER FATAL CRASH IN TUSTIN\nSANT"
        )
        assert problems(text, render=True) == []
        assert ("list_item", "HARGEE") not in _stable(text)

    def test_names_under_a_colon_stay_a_list(self) -> None:
        """da_001's shape: names one a line under a colon, no date among them, stay a list."""
        text = "Police met.\n\nThe defendants are identified below:\nJohn Roe, 41\nJane Doe, 35\n\nThey were charged."
        blocks = _stable(text)
        assert [b for b in blocks if b[0] == "list_item"] == [
            ("list_item", "John Roe, 41"),
            ("list_item", "Jane Doe, 35"),
        ]


class TestListPastANoiseLine:
    """A dash line continues a list over a line of noise the rendering drops."""

    def test_dash_item_after_noise(self) -> None:
        """F1130-30: ``* C`` / ``Image`` / ``-`` / ``ä``: an item in both readings."""
        text = "* C\nImage\n-\n\u00e4"
        assert _stable(text) == [("list_item", "C"), ("list_item", "\u00e4")]
        assert problems(text, render=True) == []

    def test_dash_line_after_a_sentence_stays_text(self) -> None:
        """A dash line with a lower-case word under a sentence, no list above: text, as before."""
        text = "Police met.\nImage\n-\nand left."
        assert [kind for kind, _ in _stable(text)] == ["paragraph", "paragraph"]


class TestBlankLinesInsideAQuote:
    """Two blank lines inside an open quotation read as one, as the rendering sets them."""

    def test_two_blank_lines_inside_a_quote(self) -> None:
        """F1130-36: ``" c`` / ``\\r\\v`` / ``l b``: one paragraph in both readings."""
        text = '" c\n\r\u000bl b'
        assert _stable(text) == [("paragraph", '" c l b')]
        assert problems(text, render=True) == []

    def test_two_blank_lines_after_a_closed_quote_part(self) -> None:
        """No quotation open: two paragraphs, whatever the blank lines."""
        text = 'Police met today.\n\n"We met," he said in\n\n\nlate May.'
        assert _stable(text) == [
            ("paragraph", "Police met today."),
            ("paragraph", '"We met," he said in'),
            ("paragraph", "late May."),
        ]


class TestGluedQuestionAfterALink:
    """Quotation marks in a markdown link's address are not shown: they open no quotation."""

    def test_quote_mark_in_a_link_address(self) -> None:
        """F1130-37: ``[n](“)z?Fx”`` renders ``nz?Fx”``, a question glued to the next sentence: two paragraphs."""
        text = "[n](\u201c)z?Fx\u201d"
        assert _stable(text) == [("paragraph", "nz?"), ("paragraph", "Fx\u201d")]
        assert problems(text, render=True) == []

    def test_question_inside_a_written_quotation_stays(self) -> None:
        """A question glued inside a quotation the text opens is no break: one paragraph, as before."""
        text = "[He](https://example.org/p) said: \u201cWill it pass?Experts doubt it,\u201d in May."
        assert len(_stable(text)) == 1


class TestGluedHeadingOverLines:
    """A glued subheading is read across a line break as across the rendering's one space."""

    def test_heading_over_a_lone_carriage_return(self) -> None:
        """F1130-42: ``A`` / ``8yThe .``: a sentence of no more words than the phrase: one paragraph."""
        text = ".\nA\r8yThe ."
        assert _stable(text) == [("paragraph", "."), ("paragraph", "A 8yThe .")]
        assert problems(text, render=True) == []

    def test_glued_heading_wrapped_over_lines(self) -> None:
        """wire_020's subheading hard-wrapped: cut off its sentence in both readings (the raw text read none)."""
        text = (
            "Police met.\n\nEarly Planning and\n"
            "Financial PreparationThe key to a sound plan is to start early and to review it every year."
        )
        assert _stable(text) == [
            ("paragraph", "Police met."),
            ("heading", "Early Planning and Financial Preparation"),
            ("paragraph", "The key to a sound plan is to start early and to review it every year."),
        ]

    def test_short_sentence_under_a_glued_heading(self) -> None:
        """F1130-41: ``F PrThe .`` cuts no heading: the rendering reads ``F Pr`` alone as text."""
        text = "\u2019e n(on\nF PrThe ."
        assert problems(text, render=True) == []
        assert parse(text).body[-1].kind == "paragraph"
