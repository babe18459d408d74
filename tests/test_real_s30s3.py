"""Session 30 (s, round 3): a subheading glued by one space heads only a text that ends a sentence.

``headings.standalone_heading`` reads a line as a subheading only over a text that ends a sentence (a stop, a
list's lead-in colon, a call to action's link). The rendering sets a phrase cut off by ``_spaced_heading`` alone
over its text, so the raw text must ask the same of that text: a sentence ending inside it (``For o. T``) is not
enough, unless a cut ends the block there, as a list's first item pasted after its lead-in's colon does (PR
Karma's ``… every reader to: * Visit: …`` over ``* Social: …``, test_real_s22g).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pressparse import paragraphs
from pressparse.blocks import group_lines
from pressparse.layout import split_lines
from tests.fuzz_parse import problems
from tests.test_real_s22g import _JOURNEY, _body

_HERE = Path(__file__).parent


class TestSpacedHeadingNeedsAnEndedText:
    """``paragraphs._spaced_cut`` asks of the text under the phrase what ``headings.standalone_heading`` asks."""

    def test_pinned_shape_reads_alike_rendered(self) -> None:
        """F1125-55: ``A l`` over ``For o. T`` (no stop at its end) is no subheading, raw or rendered."""
        text = ".\nA l For o. T"
        assert [("paragraph", "."), ("paragraph", "A l For o. T")] == _body(text)
        assert [] == problems(text, render=True)

    def test_sentence_ending_inside_a_text_cut_off_unstopped(self) -> None:
        """A sentence ends inside the text, which goes on to no stop: one paragraph, as the rendering reads it."""
        text = _JOURNEY.replace(
            "Win & Follow Our Journey: * Visit: http://rvthenorthgiveaway.com",
            "Win & Follow Along Our team invites every reader to join. Details follow on the tour page",
        )
        body = _body(text)
        assert not any(t == "Win & Follow Along" for _, t in body)
        assert [] == problems(text, render=True)

    def test_list_lead_in_over_its_pasted_first_item_keeps_the_subheading(self) -> None:
        """Negative: the lead-in's colon ends the block, its first item cut off (a list goes on under it)."""
        text = _JOURNEY.replace(
            "Win & Follow Our Journey: * Visit: http://rvthenorthgiveaway.com",
            "Win & Follow Along Our team invites every reader to: * Follow the tour on social media",
        )
        body = _body(text)
        assert ("heading", "Win & Follow Along") in body
        assert ("paragraph", "Our team invites every reader to:") in body
        assert ("list_item", "Follow the tour on social media") in body
        assert [] == problems(text, render=True)

    def test_sentence_ending_in_a_link_keeps_the_subheading(self) -> None:
        """Negative: a call to action's link ends the text (test_real_s22g's case, its item left on the line)."""
        text = _JOURNEY.replace("Win & Follow Our Journey:", "Win & Follow Along Our team invites every reader to:")
        assert ("heading", "Win & Follow Along") in _body(text)
        assert [] == problems(text, render=True)


class TestPlainLineFastPath:
    """``paragraphs._plain_line`` lets ``_cuts`` return a short line whole: the full reading agrees on every one."""

    def test_full_reading_keeps_every_plain_line_whole(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """Every short corpus line the fast path reads whole, and the share bar's lines, the full reading cuts not."""
        texts = [p.read_text(encoding="utf-8") for p in sorted((_HERE / "corpus").glob("*.txt"))]
        texts.append("Share\nPolice met.\n" * 3 + "Police met.The chiefs agreed. Key Findings And Results\n")
        monkeypatch.setattr(paragraphs, "_PLAIN_LINE", 0)  # the full reading only
        plain = 0
        for text in texts:
            for piece in group_lines(text, split_lines(text)):
                short = piece.kind == "line" and piece.end - piece.start < 80
                if short and paragraphs._plain_line(text, piece.start, piece.end):
                    plain += 1
                    assert len(paragraphs._cuts(text, piece, after_list=False)) == 1, text[piece.start : piece.end]
        assert plain > 100
