"""Session 29 (s, round 5): a blank line after a comma joins a clause that opens on a word, not a stray letter.

The scraper breaks a sentence after its comma (``To learn more about …,`` / blank / ``visit: https://…``,
NewsUSA, zc_wire_newsusa_1), and the join reads a word and its comma above the blank line. The word under it must
be a word too: two letters or more, or the article ``a``. A lone letter is no clause of the sentence, so the blank
line stays a break, as it does when a markdown heading's mark stood there and the rendering dropped it (F1125-48).
Each shape sits beside a close one that keeps its reading; every case reads the same in its rendering (SPEC 5).
"""

from __future__ import annotations

from tests.fuzz_parse import problems
from tests.test_real_s27s2 import _stable


class TestBlankAfterCommaOverAWord:
    """The clause under a comma's blank line opens on a word: a lone letter opens none."""

    def test_lone_letter_under_a_comma_stays_apart(self) -> None:
        """F1125-48: ``d c ns,`` / ``# e l``; the clean text drops the mark, and the two read apart in both."""
        text = "d c ns,\u0085# e l\nK:* F"
        assert _stable(text)[:2] == [("paragraph", "d c ns,"), ("paragraph", "e l")]
        assert problems(text, render=True) == []

    def test_article_under_a_comma_joins(self) -> None:
        """The article ``a`` is a word of one letter: the sentence goes on under the blank line."""
        text = "The agency offers training to residents,\n\na program run with local schools."
        assert _stable(text) == [
            ("paragraph", "The agency offers training to residents, a program run with local schools.")
        ]

    def test_word_under_a_comma_joins(self) -> None:
        """zc_wire_newsusa_1's shape (words rewritten): ``…,`` / blank / ``visit: https://…`` is one paragraph."""
        text = "To learn more about the new garden tools,\n\nvisit: https://www.example.com/garden"
        assert _stable(text) == [("paragraph", text.replace(",\n\n", ", "))]

    def test_lone_letter_in_its_sentence_stays_apart(self) -> None:
        """A letter opening a line under a comma's blank line (a list's ``e`` without its bracket) opens a block."""
        text = "The agency offers training to residents,\n\ne the program runs all year."
        assert len(_stable(text)) == 2
