"""Session 30 (d, round 4): what the rendering drops between two lines, read as the stages read it.

Each case is written failing first, from the pinned finding it names, with a close shape beside it that keeps
its reading (a negative).
"""

from __future__ import annotations

import pressparse
from tests.fuzz_parse import problems


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in pressparse.parse(text).body]


class TestPlaceAfterAHeaderDateOverFurniture:
    """A place after a header's date on its line, a share widget under it, the story under that.

    Newsroom pages print the posting date and the dateline on one line and a share bar between it and the story
    (``Posted Mar 4 2025 LYON, France –`` / ``Share`` / the story). The rendering drops the share bar and joins the
    place to its story; the stage reads the place past the bar too, as it does for a place opening its line.
    """

    def test_place_read_past_the_share_bar(self) -> None:
        """The dateline after the header's date, read past ``Share`` (F1125-70's shape)."""
        text = "Posted Mar 4 2025 LYON, France \u2013\nShare\nPolice met in Lyon on Monday."
        doc = pressparse.parse(text)
        assert doc.dateline is not None
        assert doc.dateline.city == "LYON"
        assert problems(text, render=True) == []

    def test_heading_under_the_share_bar_reads_no_dateline(self) -> None:
        """A subheading under the bar, no story: the place reads no story there, as before."""
        text = "Posted Mar 4 2025 LYON, France \u2013\nShare\nKey Findings\nPolice met in Lyon on Monday."
        assert pressparse.parse(text).dateline is None
        assert problems(text, render=True) == []


class TestStoryOpeningLineIsNoHeadline:
    """A front line meta reads as the story's first paragraph is no headline the heading rules read past."""

    def test_subheading_under_a_promotional_first_paragraph(self) -> None:
        """A title-case opening sentence with its stop (80 characters and more): the story's, kept over the line."""
        text = (
            "Join Us For The Grand Opening Of The New Riverside Community Library On March 8, 2025!\n\n"
            "Event Highlights\n\nFamily Activities\n\nChildren can meet the authors of their favourite books."
        )
        assert _kinds(text)[:3] == [
            ("paragraph", "Join Us For The Grand Opening Of The New Riverside Community Library On March 8, 2025!"),
            ("heading", "Event Highlights"),
            ("heading", "Family Activities"),
        ]
        assert problems(text, render=True) == []

    def test_line_under_a_headline_opens_the_rendering(self) -> None:
        """A real headline over the same lines: meta takes it, and the line under it opens the rendering."""
        text = (
            "Riverside Library Opens Its Doors On March 8\n\n"
            "Event Highlights\n\nFamily Activities\n\nChildren can meet the authors of their favourite books."
        )
        assert _kinds(text)[:2] == [("paragraph", "Event Highlights"), ("heading", "Family Activities")]
        assert problems(text, render=True) == []


class TestReleaseNoteCutOffTheLine:
    """A release note glued to the head of a line: the heading rules read what the rendering shows of it.

    Meta cuts ``For Immediate Release:`` off a front line whose rest reads as a headline, and the rendering
    shows the rest alone; a line meta leaves whole further down reads the same in the page and its rendering.
    """

    def test_rest_of_a_front_note_line_is_the_heading(self) -> None:
        """The rest read alone, as the rendering shows it (F1125-65's shape): a subheading over its text."""
        text = (
            "Visit www.example.org for more.\nFor Immediate Release: Survey Results And Next Steps\n"
            "Most residents support the library plan."
        )
        doc = pressparse.parse(text)
        assert [(str(m.kind), m.text) for m in doc.meta] == [("release_note", "For Immediate Release:")]
        assert _kinds(text)[1] == ("heading", "Survey Results And Next Steps")
        assert problems(text, render=True) == []

    def test_note_over_a_sentence_stays_whole(self) -> None:
        """A note over a sentence's words: meta leaves the line whole, and it stays a paragraph."""
        text = (
            "Visit www.example.org for more.\nFor Immediate Release: police said the plan\nwould start in May.\n"
            "Most residents support the library plan."
        )
        assert ("paragraph", "For Immediate Release: police said the plan would start in May.") in _kinds(text)
        assert problems(text, render=True) == []
