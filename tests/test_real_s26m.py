"""Session 26, meta and dateline: a first reading that the reading of its rendering repeats (SPEC 5).

Each test pins a fuzz finding of ``tests/test_fuzz_regressions.py`` (named in its docstring) by the shape a
release writes, with a close real-style shape beside it that must keep its reading.
"""

from __future__ import annotations

from pressparse import parse


def _meta(text: str) -> list[tuple[str, str]]:
    return [(m.kind.value, m.text) for m in parse(text).meta]


def _body(text: str) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in parse(text).body]


class TestEndMarkGluedBeforeTheStory:
    """An end mark glued to a front line splits off it; the story starts one piece later (F1128-18)."""

    def test_note_under_a_glued_end_mark_is_a_release_note(self) -> None:
        """``fs.###`` / ``FOR IMMEDIATE RELEASE``: the note is front matter, as in the rendering without the mark."""
        text = "Notice to members.###\nFOR IMMEDIATE RELEASE\nNEW YORK - Police met today."
        doc = parse(text)
        assert [("end_mark", "###"), ("release_note", "FOR IMMEDIATE RELEASE")] == _meta(text)
        assert _body(text) == _body(doc.text)

    def test_end_mark_glued_after_the_last_sentence_stays_back_matter(self) -> None:
        """The wire's ``… assisted.###`` at the very end: the mark splits off the story's last paragraph."""
        text = "NEW YORK - Police met today.\n\nThe agency assisted.###"
        assert [("end_mark", "###")] == _meta(text)
        assert [("paragraph", "Police met today."), ("paragraph", "The agency assisted.")] == _body(text)


class TestContactHeading:
    """A contact label is a line that opens with its words (F1128-19)."""

    def test_line_opening_with_a_closing_bracket_is_no_label(self) -> None:
        """``)[](:) Contact :``: the tail of a cut link, whose colon is the link's, is body both times."""
        text = ")[](:) Contact :"
        assert [("paragraph", ") Contact :")] == _body(text)
        assert [("paragraph", ") Contact :")] == _body(parse(text).text)

    def test_contact_label_with_a_phone_stays_a_contact(self) -> None:
        """``Media Contact: 555-0100`` is a contact heading."""
        assert [("contact", "Media Contact: (305) 547-0535")] == _meta("Media Contact: (305) 547-0535")


class TestLostDashQuestionMark:
    """A ``?`` read as a lost dash closes a dateline only with its story after it (F1128-10)."""

    def test_question_mark_glued_to_the_next_sentence_is_no_dateline(self) -> None:
        """``Mate ?Ar.``: a question glued to the next sentence; the rendering sets the two apart."""
        doc = parse("Mate ?Ar.")
        assert doc.dateline is None
        assert parse(doc.text).dateline is None

    def test_question_mark_before_a_blank_line_is_no_dateline(self) -> None:
        """``WASHINGTON ?`` alone over a blank line ends a question, not a dateline."""
        assert parse("WASHINGTON ?\n\nThe senator said today that he would vote.").dateline is None

    def test_lost_dash_before_the_story_stays_a_dateline(self) -> None:
        """Mojibake's ``WASHINGTON ? The senator …`` (issue 10), on one line or hard-wrapped, is a dateline."""
        for text in (
            "WASHINGTON ? The senator said today that he would vote.",
            "WASHINGTON ?\nThe senator said today that he would vote.",
        ):
            doc = parse(text)
            assert doc.dateline is not None
            assert "WASHINGTON ?" == doc.dateline.text


class TestPlaceUnderALeadLine:
    """A wire's date or agency closed by a dash alone on its line, the place on the next (F1128-7, F1128-12)."""

    def test_place_under_a_dated_lead_line_is_the_datelines(self) -> None:
        """``March 5 -`` / ``LONDON - Police met``: the rendering runs the place on after the dash; so does the source."""
        doc = parse("March 5 -\nLONDON - Police met today.")
        assert doc.dateline is not None
        assert ("March 5 - LONDON -", "LONDON") == (doc.dateline.text, doc.dateline.city)
        assert parse(doc.text).dateline == parse("March 5 - LONDON - Police met today.").dateline

    def test_story_under_a_dated_lead_line_keeps_the_date_alone(self) -> None:
        """``March 5 -`` over a blank line and a sentence: the date is the dateline, the sentence the story."""
        doc = parse("March 5 -\n\nPolice met today in London.")
        assert doc.dateline is not None
        assert "March 5 -" == doc.dateline.text
        assert [("paragraph", "Police met today in London.")] == _body(doc.text)


class TestControlCharacterBeforeASplitDate:
    """A control character ending the line split off a front date line is noise, as at any line's end (F1128-1)."""

    def test_control_character_before_a_gapped_date_is_noise(self) -> None:
        """``Notice\\x83  7 December 2018``: the date line splits off; ``\\x83`` ends ``Notice`` and is dropped."""
        doc = parse("Notice\x83  7 December 2018\n\nPolice met today in the city.")
        assert [("date", "7 December 2018")] == _meta("Notice\x83  7 December 2018\n\nPolice met today in the city.")
        assert "Notice" == doc.body[0].text
        assert [("control_characters", "\x83")] == [(n.kind.value, n.text) for n in doc.noise if n.text.strip()]

    def test_control_character_inside_a_line_stays_in_it(self) -> None:
        """``Ab\\x83 Police met.``: inside a line the character is the block's, as the rendering keeps it."""
        assert [("paragraph", "Ab\x83 Police met.")] == _body("Ab\x83 Police met.")


_STORY = "LONDON – Police arrested three people today in a raid on a warehouse, officials said."


class TestLineEndingInAUnitSeparator:
    """A line ending in a space the scrape left (``\\x1f``, a wide space) stands alone on its line (F1128-9)."""

    def test_section_label_ending_in_a_unit_separator_is_chrome_over_the_headline(self) -> None:
        """``Crime\\x1f`` / headline: read as ``Crime`` / headline, the section label over the title."""
        for end in ("\x1f", "\u2003", ""):
            text = f"Crime{end}\nPolice Arrest Three in Raid\n{_STORY}"
            assert [("title", "Police Arrest Three in Raid")] == _meta(text)
            assert [("navigation", "Crime")] == [(n.kind.value, n.text) for n in parse(text).noise if n.text.strip()]

    def test_unit_separator_inside_a_line_glues_it(self) -> None:
        """``Crime\\x1fPolice Arrest …`` on one line is one line: no label over a headline there."""
        text = f"Crime\x1fPolice Arrest Three in Raid\n{_STORY}"
        assert [] == [n for n in parse(text).noise if n.text.strip()]


class TestContactLineUnderAPlaceLine:
    """A front contact's line (an e-mail or a phone alone) under a place line alone is read past (F1127-19)."""

    def test_place_line_over_an_email_line_opens_the_story_under_it(self) -> None:
        """``WASHINGTON –`` / ``press@senate.gov`` / the story: the dateline, the e-mail a contact, as rendered."""
        text = "WASHINGTON –\n\npress@senate.gov\nThe senator met the mayor today."
        doc = parse(text)
        assert doc.dateline is not None
        assert "WASHINGTON –" == doc.dateline.text
        assert [("contact", "press@senate.gov")] == _meta(text)
        assert [("paragraph", "The senator met the mayor today.")] == _body(doc.text)

    def test_sentence_with_an_email_under_a_place_line_is_the_story(self) -> None:
        """A story sentence that gives an address is no contact line: ``Write to press@senate.gov to apply.``."""
        text = "WASHINGTON –\n\nWrite to press@senate.gov by Friday to apply for the programme, the senator said today."
        doc = parse(text)
        assert doc.dateline is not None
        assert [] == _meta(text)


class TestPlaceAfterStoryProse:
    """A place inside a paragraph after two sentences is the story's, no dateline (F1128-11)."""

    _PROSE = (
        "Police from ten countries met in the city to agree on a plan against trafficking. "
        "The officers seized firearms and arrested suspects in a joint operation last week, and the "
        "network was dismantled, the agency said. More arrests followed across the region in the days "
        "after the raids, with officers "
    )

    def test_place_after_prose_in_its_paragraph_is_no_dateline(self) -> None:
        """``… with officers 7 Dec 2018 BOGOTA, Colombia– F s``: the story started; no dateline is cut out of it."""
        doc = parse(self._PROSE + "on 7 Dec 2018 BOGOTA, Colombia–F s")
        assert doc.dateline is None
        assert parse(doc.text).dateline is None

    def test_place_after_a_damaged_header_is_a_dateline(self) -> None:
        """A stripped Senate header before the place holds no sentences: ``… Costs  June 10  2008 WASHINGTON -- …``."""
        doc = parse("Senator Roe Statement on Energy Costs  June 10  2008 WASHINGTON -- The senator said today.")
        assert doc.dateline is not None
        assert "WASHINGTON --" == doc.dateline.text


class TestStrippedPageWordCount:
    """A page without stops is stripped at forty words; a mark alone (``#``) is no word (F1126-30, F1127-12)."""

    _PARA = (
        "the senator will hold a press event with local officials on the new harbour bridge and the plans for "
        "its opening to traffic later this year"
    )
    _NOTE = "MEDIA ADVISORY: Senator Roe to Open the Harbour Bridge with the City Mayor"

    def test_markdown_mark_is_no_word_of_the_page(self) -> None:
        """``#`` over 39 words: no stripped page, so the note under the first paragraph is still front matter."""
        text = f"#\n{self._PARA}\n{self._NOTE}"
        assert [("release_note", "MEDIA ADVISORY:")] == _meta(text)
        assert _body(text) == _body(parse(text).text)

    def test_forty_words_without_a_stop_are_a_stripped_page(self) -> None:
        """Forty words and no stop: the first long run of lower-case words is the story, the note under it too."""
        text = f"{self._PARA}\n{self._NOTE} Today"
        assert [] == _meta(text)


class TestLineOpeningWithADash:
    """A front line opening with a dash goes on from a line above: no headline (F1125-4)."""

    _STORY = "WASHINGTON – The Senate passed the energy bill today by a wide margin, the senator said."

    def test_aside_opening_with_a_dash_is_no_title(self) -> None:
        """``— the senator’s office said in a statement`` over the story: the tail of an aside, body text."""
        text = f"— the senator’s office said in a statement\n\n{self._STORY}"
        assert [] == _meta(text)
        assert "— the senator’s office said in a statement" == parse(text).body[0].text

    def test_headline_over_the_story_stays_the_title(self) -> None:
        """``Senate Passes Roe Energy Bill`` over the story is the title."""
        assert [("title", "Senate Passes Roe Energy Bill")] == _meta(f"Senate Passes Roe Energy Bill\n\n{self._STORY}")


class TestStoryLengthLeavesNoteLinesOut:
    """A bare place's story must run long; a contact's e-mail line under it does not count (F1126-36)."""

    _LINE = "Dallas- ‘the new unit will open with the police in the spring’ (office)"

    def test_short_line_over_an_email_line_opens_no_story(self) -> None:
        """``Dallas- ‘…’ (office)`` / ``Kimberlee.leach@…``: the line is read as the rendering, without the e-mail, reads it."""
        text = f"s\n{self._LINE}\nKimberlee.leach@DallasCounty.org\nFor Immediate"
        doc = parse(text)
        assert doc.dateline is None
        assert parse(doc.text).dateline is None
        assert ("contact", "Kimberlee.leach@DallasCounty.org") in _meta(text)

    def test_place_before_a_long_story_over_an_email_line_is_a_dateline(self) -> None:
        """``WASHINGTON – The senator met …`` over ``press@senate.gov``: a story of its own length, the dateline."""
        story = "The senator met the mayor today to talk about the new bridge over the river and what it will cost"
        doc = parse(f"WASHINGTON – {story}\npress@senate.gov")
        assert doc.dateline is not None
        assert "WASHINGTON –" == doc.dateline.text
