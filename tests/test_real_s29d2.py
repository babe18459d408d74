"""Session 29 (d, round 2): a place line closed by a comma at any line break; an initial under it is no story.

Each pinned fuzz finding is written failing first, with a close real-style shape beside it that keeps its
reading (SPEC 5: ``parse(doc.text)`` reads the same dateline).
"""

from __future__ import annotations

import pressparse
from pressparse import api, blocks, dateline, layout, meta, noise, paragraphs
from tests.fuzz_parse import problems
from tests.test_real_s29d import _dateline


class TestCommaLineBreaks:
    """A place and its comma closing a line end it at any line break the layout knows, as at ``\\n``."""

    def test_vertical_tab_and_form_feed_close_the_place_line(self) -> None:
        """``\\v\\f`` break the line as ``\\n\\n`` do (the rendering writes a blank line): the same dateline."""
        text = "Paris,\x0b\x0cbob@acme.com\nFred went home with the prize."
        assert _dateline(text) == "Paris,"
        assert problems(text, render=True) == []

    def test_comma_inside_the_line_is_no_close(self) -> None:
        """A place and a comma the line goes on after is a sentence, not a dateline."""
        assert _dateline("Paris, Fred went home with the prize.") is None


class TestInitialIsNoSentence:
    """A bare place's story must end a sentence: the stop after a lone letter is an initial's."""

    def test_lone_initial_under_a_bare_word_is_no_story(self) -> None:
        """F1125-32: ``Dunt,`` over ``h@g`` (a contact) over ``F.``: no dateline in either reading."""
        text = "Dunt,\x0b\x0ch@g\nF. "
        assert _dateline(text) is None
        assert _dateline("Dunt,\n\nF.") is None
        assert problems(text, render=True) == []

    def test_short_sentence_under_a_bare_place_still_reads(self) -> None:
        """A sentence of words, even a short one ending in an initialism, is the story: the dateline stays."""
        assert _dateline("PARIS,\n\nSales rose in the U.S.") == "PARIS,"
        assert _dateline("Dunt,\n\nFred went home.") == "Dunt,"


class TestAssembleWalk:
    """``assemble`` reads the whitespace between pieces in its walk; a stream out of order reads the same noise."""

    def test_stream_out_of_order_reads_the_same_noise(self) -> None:
        """The pieces reversed: the noise list is the same, in input order, whitespace runs and dateline included."""
        source = "LYON, France \u2013 Police met.\n\n    1 /\n    3\n\n\n\nShare\n\nThey agreed.\n\n   "
        pieces = blocks.group_spans(source, layout.line_spans(source))
        lines = noise.find_noise(source, pieces)
        pieces = noise.find_block_noise(
            source, paragraphs.split_lines(source, paragraphs.join_lines(source, lines)), lines
        )
        found, pieces = dateline.find_dateline(source, blocks.classify_blocks(source, pieces))
        pieces = meta.find_meta(source, pieces, found)
        ordered = api.assemble(source, pieces, found)
        reversed_ = api.assemble(source, pieces[::-1], found)
        assert ordered == pressparse.parse(source)
        assert reversed_.noise == ordered.noise
        kinds = ["whitespace", "slideshow_counter", "whitespace", "share_links", "whitespace"]
        assert [n.kind.value for n in ordered.noise] == kinds
        assert reversed_.body == ordered.body[::-1]
