"""Session 28 (s5): body readings that changed between a parse and the parse of its rendering.

Each pinned fuzz finding is written failing first, with a close real-style shape beside it that keeps its
reading (SPEC 5: ``parse(doc.text)`` reads the same body blocks).
"""

from __future__ import annotations

from tests.fuzz_parse import problems
from tests.test_real_s27s2 import _stable


class TestGluedStopAfterALink:
    """A stop glued after a markdown link is read after the link's text, as the rendering shows it."""

    def test_question_after_a_link_ends_its_sentence(self) -> None:
        """F1130-26: ``[R](/)?Ad`` renders ``R?Ad``, a question glued to the next sentence: two paragraphs."""
        text = "[R](/)?Ad"
        assert _stable(text) == [("paragraph", "R?"), ("paragraph", "Ad")]
        assert problems(text, render=True) == []

    def test_question_after_a_link_between_lines(self) -> None:
        """F1130-27: the same junction on a line of its own between two others."""
        text = ")\n[N](/)?Ar\n[\x0b)"
        _stable(text)
        assert problems(text, render=True) == []

    def test_sentence_glued_after_a_linked_name_is_cut(self) -> None:
        """Wire pages link a name at a sentence's end; the scrape glues the next sentence to its stop."""
        text = "The award went to [Acme Corp](https://acme.example/news).The ceremony was held in May."
        assert _stable(text) == [
            ("paragraph", "The award went to Acme Corp."),
            ("paragraph", "The ceremony was held in May."),
        ]

    def test_question_mark_inside_a_bare_url_stays(self) -> None:
        """A URL's query written out (no link around it) is no sentence end: one paragraph, as before."""
        text = "Results are at example.org/search?Query for anyone who asks."
        assert _stable(text) == [("paragraph", text)]


class TestGluedStopInsideADashFrame:
    """A line framed in dashes is one standfirst: a stop glued inside it parts nothing."""

    def test_glued_stop_inside_a_frame_keeps_the_line_whole(self) -> None:
        """F1130-23: ``- Ee.Rn n N -`` cut at its glued stop left ``- Ee.``, a list item in the rendering."""
        text = ".\n- Ee.Rn n N -"
        assert _stable(text) == [("paragraph", "."), ("paragraph", "- Ee.Rn n N -")]
        assert problems(text, render=True) == []

    def test_glued_stop_in_a_dash_item_still_cuts(self) -> None:
        """A dash item that ends in its text (no closing dash) is still cut at a glued sentence end."""
        text = "Highlights:\n- Revenue rose by a third.The board met in May."
        assert _stable(text) == [
            ("heading", "Highlights:"),
            ("list_item", "Revenue rose by a third."),
            ("paragraph", "The board met in May."),
        ]


class TestHeaderRowPastAContactLabel:
    """A contact's label alone and the line under it are meta's: a header row is read past both."""

    def test_contact_name_is_no_header_cell(self) -> None:
        """F1130-21: ``contact:`` / ``T`` between two one-letter lines; the rendering keeps only those two."""
        text = ".\n\u00dd\u008e\u2028contact:\nT\u008e\u2028\u00dd\n\u00a1"
        assert _stable(text) == [
            ("paragraph", "."),
            ("paragraph", "\u00dd"),
            ("paragraph", "\u00dd"),
            ("paragraph", "\u00a1"),
        ]
        assert problems(text, render=True) == []

    def test_line_over_a_list_past_a_contact_label(self) -> None:
        """F1130-19: ``M contact:`` / ``3`` between a short line and a bullet; the rendering sets them together."""
        text = "{\u0085\u00cb\u00c4\nM contact:\n3\n\u2022 d ."
        assert _stable(text) == [("paragraph", "{"), ("heading", "\u00cb\u00c4"), ("list_item", "d .")]
        assert problems(text, render=True) == []

    def test_header_row_with_three_cells_is_still_read(self) -> None:
        """da_018's shape: a case table's header cells one a line under the story stay headings."""
        text = "Police met.\nDefendant\nCharges\nCourt Date\nJane Roe, 19, Santa Ana"
        assert _stable(text)[1:4] == [("heading", "Defendant"), ("heading", "Charges"), ("heading", "Court Date")]
