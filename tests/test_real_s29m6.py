"""Session 29 (m, round 6): the last meta fuzz pins, each beside a real shape and a close one.

Each case is written in other words in the shape of a real release (named in its docstring), with a close
shape beside it that keeps its reading.
"""

from __future__ import annotations

from pressparse import parse
from tests.fuzz_parse import problems
from tests.test_fuzz_regressions import FIXED
from tests.test_real_s28m import _meta


class TestLongSentenceCaseLineIsNoHeadline:
    """A line of 150 characters or more in sentence case is a story's sentence, not the headline (F1125-35).

    A punctuation-stripped Senate speech flattened into one line (Kennedy's office, sb_senate_kennedy pages)
    keeps its line breaks as runs of spaces; a piece cut there from a long sentence reads the same with its
    stripped word gaps (the page) or without them (the rendering): story, never a title. Long headlines are
    in title case or capitals (the district attorneys' "Former Condo Property Manager Charged in …").
    """

    def test_sentence_case_line_is_no_title(self) -> None:
        text = FIXED["F1125-35"][0]
        for reading in (text, parse(text).text):
            assert not any(kind == "title" for kind, _ in _meta(reading))
        assert problems(text, render=True) == []

    def test_short_cut_line_stays_the_title(self) -> None:
        """The short line cut at the gap keeps its reading as the headline (F1130-17)."""
        text = FIXED["F1130-17"][0]
        assert ("title", "50 000 Iris who would benefit from immigration reform") in _meta(text)
        assert problems(text, render=True) == []

    def test_long_title_cased_headline_stays(self) -> None:
        """A long headline in title case keeps its reading (xa_da_miami pages, a site suffix after it)."""
        head = (
            "Neighbor and Guardian Charged with Exploiting Disabled Elder Woman for Cash and Home"
            " - Office of Miami-Dade State Attorney Katherine Fernandez Rundle"
        )
        text = f"{head}\n\nMIAMI - A neighbor who served as guardian of an elderly woman was charged today, officials said.\n"
        assert ("title", head) in _meta(text)
