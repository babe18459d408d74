"""Session 20: meta readings found by the fuzz harness and by round 7's real releases.

Each case was written failing first, with the text that must stay beside it.
"""

from __future__ import annotations

from pressparse import parse


def _metas(text: str) -> list[tuple[str, str]]:
    return [(m.kind.value, m.text) for m in parse(text).meta]


def _blocks(text: str) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in parse(text).body]


class TestShortDeckUnderTheTitle:
    """A two-word subheading between the headline and the story is the deck (fuzz F1123-66)."""

    def test_short_deck_is_the_subtitle(self) -> None:
        """``Four Arrested`` under the headline, over the dateline's paragraph: the subtitle; SPEC 5 holds."""
        text = (
            "Police Seize Guns in Raid\n\nFour Arrested\n\nLYON, France – Police met today.\n\nThey agreed on a plan."
        )
        doc = parse(text)
        assert _metas(text) == [("title", "Police Seize Guns in Raid"), ("subtitle", "Four Arrested")]
        assert [b.kind for b in doc.body] == ["paragraph", "paragraph"]
        assert _blocks(doc.text) == _blocks(text)

    def test_glued_short_deck(self) -> None:
        """The deck glued to the story's first word (a scraped page) is the subtitle too."""
        text = "Police Seize Guns in Raid\nFour ArrestedPolice met today in the city.\n\nThey agreed on a plan."
        assert ("subtitle", "Four Arrested") in _metas(text)

    def test_heading_over_a_list_stays(self) -> None:
        """``Key Highlights`` over its points is the story's section heading in both readings."""
        text = "Acme Closes Its Acquisition of Beta\n\nKey Highlights\n\n- Sales rose.\n- Costs fell.\n\nAcme said so."
        doc = parse(text)
        assert doc.body[0].kind == "heading"
        assert _blocks(doc.text) == _blocks(text)

    def test_heading_under_the_dateline_stays(self) -> None:
        """A subheading after the story's first paragraph is the story's, not the deck."""
        text = (
            "Police Seize Guns in Raid\n\nLYON, France – Police met today.\n\nFour Arrested\n\nThey agreed on a plan."
        )
        assert ("heading", "Four Arrested") in _blocks(text)
        assert [k for k, _ in _metas(text)] == ["title"]
