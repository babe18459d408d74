"""Session 20: meta and dateline readings found by the fuzz harness and by round 7's real releases.

Each case was written failing first, with the text that must stay beside it.
"""

from __future__ import annotations

from pressparse import parse, parse_dateline


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


class TestStrippedSenateHeaders:
    """Punctuation-stripped Senate pages: the date line, the headline and the place run on one line."""

    HEAD = " " * 56 + "December 11  2007 McCaskill  Regulations Needed to Protect Consumers from Crude Oil Speculation"
    STORY = "WASHINGTON  D C   As gas prices remain high  U S  Senator Claire McCaskill spoke today about prices"

    def test_headline_word_after_the_date_is_no_place(self) -> None:
        """xq_senate_mccaskill_1: one space after the date, an unknown name: the headline's first word."""
        doc = parse(self.HEAD + " " * 40 + self.STORY)
        assert doc.dateline is not None
        assert (doc.dateline.city, doc.dateline.region) == ("WASHINGTON", "D C")
        assert ("date", "December 11 2007") in _metas(self.HEAD + " " * 40 + self.STORY)
        assert parse_dateline("December 11  2007 McCaskill  Regulations Needed to Protect Consumers") is None

    def test_place_after_the_dates_comma_run_stays(self) -> None:
        """xf_senate_conrad_1: the stripped comma's run after the date, then the place: a dateline with its date."""
        found = parse_dateline("June 12  2006  Fargo    Senator Kent Conrad led a patriotic ceremony today")
        assert found is not None
        assert found.city == "Fargo"
        known = parse_dateline("November 1  2007 Washington  DC   Senator Roe said today the bill passed")
        assert known is not None
        assert known.city == "Washington"

    def test_district_glued_to_the_story(self) -> None:
        """xo_senate_webb_1: ``Washington   DCSenator John W  Warner …``: the region, then the story."""
        doc = parse("Washington   DCSenator John W  Warner  R VA  said today the bill passed  It is good")
        assert doc.dateline is not None
        assert (doc.dateline.city, doc.dateline.region) == ("Washington", "DC")
        assert doc.body[0].text.startswith("Senator John W Warner")
        again = parse(doc.text)
        assert again.dateline is not None
        assert again.dateline.text == doc.dateline.text

    def test_capitals_after_the_district_are_no_glue(self) -> None:
        """``DCPS`` (a school system's initials) is no region glued to a word."""
        doc = parse("Washington  DCPS Chancellor Roe said today the schools will open")
        assert doc.dateline is None or doc.dateline.region is None
