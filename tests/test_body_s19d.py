"""Body structure on real releases the parser had not seen (session 19, round 6: exM, exN, exO).

Each class holds one rule of ``paragraphs`` written from a real release (named
in the docstrings); the negatives beside the positives are the nearest texts
the rule must leave alone. Every row is read through ``parse`` and checked for
SPEC 5 (the clean text parses back to the same body).
"""

from __future__ import annotations

from tests.test_body_unseen import _body  # the body as (kind, text) pairs, read back from the clean text (SPEC 5)

_WIRE = "NEW YORK, NY – March 17, 2025 – Prairie Mountain Properties announced new homes today.\n\n"


class TestGluedSubheadingWithColon:
    """xn_wire_pressservices_1: a subheading holding a colon, glued with no space to its paragraph."""

    def test_colon_inside_the_subheading(self) -> None:
        text = (
            _WIRE + "Manufactured Homes: A Smart Choice for Energy-Efficient LivingGone are the days when"
            " manufactured homes were seen as less efficient than site-built houses.\n\n"
            "HUD Compliance: Setting the Standard for Energy EfficiencyManufactured homes built to HUD standards"
            " are required to meet strict energy efficiency guidelines.\n"
        )
        assert _body(text)[1:] == [
            ("heading", "Manufactured Homes: A Smart Choice for Energy-Efficient Living"),
            ("paragraph", "Gone are the days when manufactured homes were seen as less efficient than site-built houses."),
            ("heading", "HUD Compliance: Setting the Standard for Energy Efficiency"),
            ("paragraph", ("Manufactured homes built to HUD standards are required to meet strict energy efficiency"
             " guidelines.")),
        ]  # fmt: skip

    def test_a_field_label_stays(self) -> None:
        """``Keynote Speaker: Jane DoeMarketing …``: a name glued to a title after a label, no subheading."""
        text = _WIRE + "Keynote Speaker: Jane DoeMarketing Director of Prairie Mountain Properties opens the fair.\n"
        assert _body(text)[1][0] == "paragraph"

    def test_a_plain_word_before_the_glue(self) -> None:
        """``…Energy-Efficient LivingGone are``: a six-letter gerund is an English word, not a brand's first piece."""
        text = _WIRE + "Energy-Efficient LivingGone are the days when such homes were seen as less efficient.\n"
        assert _body(text)[1:] == [
            ("heading", "Energy-Efficient Living"),
            ("paragraph", "Gone are the days when such homes were seen as less efficient."),
        ]

    def test_a_brand_piece_before_the_glue_stays(self) -> None:
        """``…Love MasterCard for``: a six-letter piece with no plain ending may open a brand name."""
        text = _WIRE + "Why Our Buyers Love MasterCard for every payment they make at the counter.\n"
        assert _body(text)[1][0] == "paragraph"

    def test_two_colons_stay(self) -> None:
        """Two colons read as fields or a sentence, not one subheading."""
        text = _WIRE + "Dates: June Fifth Venue: Main Hall Ticket PricesThe event opens to the public on Friday.\n"
        assert _body(text)[1][0] == "paragraph"


class TestGluedSubheadingBeforePossessive:
    """xn_wire_blockchainwire_1: the paragraph under a glued subheading opens with a possessive name."""

    def test_possessive_after_the_glue(self) -> None:
        text = (
            "The Megapix team has just unveiled a new feature for their project, the AI Photo TG Generator.\n\n"
            "All the Project's Ambitious PlansMegapix's roadmap unveils exciting features set to revolutionize the"
            " digital art space. The web version, soon to arrive, promises a seamless experience.\n"
        )
        assert _body(text)[1:] == [
            ("heading", "All the Project's Ambitious Plans"),
            ("paragraph", ("Megapix's roadmap unveils exciting features set to revolutionize the digital art space."
             " The web version, soon to arrive, promises a seamless experience.")),
        ]  # fmt: skip

    def test_a_possessive_brand_stays(self) -> None:
        """``Why Families Love McDonald's …``: an inner capital with a short first piece is a name."""
        text = _WIRE + "Why Families Love McDonald's breakfast menu is a question we hear every day of the week.\n"
        assert _body(text)[1][0] == "paragraph"

    def test_a_possessive_name_never_written_alone_stays(self) -> None:
        """The glued name must stand alone somewhere on the page, as for a plain glued word."""
        text = _WIRE + "Our Ambitious PlansZorblax's roadmap unveils exciting features for the digital art space.\n"
        assert _body(text)[1][0] == "paragraph"


class TestLowerCaseLineAfterAbbreviation:
    """xm_da_orange_2: a hard-wrapped line opening in lower case under a line that ends in ``a.m.``."""

    _HEAD = "SANTA ANA\n– A 23-year-old man was convicted today of raping and beating a 73-year-old grandmother.\n"
    _LONG = (
        "Patrick Daniel Piceno, Lake Elsinore, was found guilty. Piceno now faces a maximum sentence of 15 years to"
        " life in prison at his sentencing on July 17, 2007"
    )
    _TAIL = "At approximately 5:00 a.m. on May 31, 2005, 73-year-old Jane Doe was collecting cans in Garden Grove.\n"

    def test_the_line_goes_on(self) -> None:
        text = self._HEAD + self._LONG + " at 9:00 a.m.\nin Department C-3, Central Justice Center, Santa Ana.\n"
        body = _body(text + self._TAIL)
        assert len(body) == 3
        assert body[1][1].endswith("2007 at 9:00 a.m. in Department C-3, Central Justice Center, Santa Ana.")

    def test_after_a_sentence_a_lower_case_name_stays_apart(self) -> None:
        """``… in Santa Ana.`` / ``eBay and …``: a full stop after a word ends the paragraph."""
        text = self._HEAD + self._LONG + " in Santa Ana.\neBay and the county worked together on the case.\n"
        assert len(_body(text + self._TAIL)) == 4


class TestNameLineEndsLinkBrokenSentence:
    """xm_da_cook_1: ``…and Community Engagement Deputy Director`` / ``Christine Chan.``."""

    _HEAD = "CHICAGO —\nA jury today convicted Alphonso Joyner, 27, of fatally shooting 71-year-old Woom Sing Tse.\n"

    def test_the_name_completes_the_sentence(self) -> None:
        text = self._HEAD + (
            "State’s Attorney Burke thanked\nAssistant State’s Attorney Kevin Deboni\n"
            "for handling the case, as well as Victim Witness Specialists\nJuanita Diaz\nand\nShea Smith\n"
            "and Community Engagement Deputy Director\nChristine Chan.\n"
            "She also thanked the\nChicago Police Department\nfor the thorough investigation.\n"
        )
        body = _body(text)
        assert len(body) == 3
        assert body[1][1].endswith("and Community Engagement Deputy Director Christine Chan.")

    def test_under_a_heading_the_name_stays(self) -> None:
        """A title-case line that opens in upper case may be a heading: the name line under it stays apart."""
        text = self._HEAD + "Community Engagement Deputy Director\nChristine Chan.\n"
        assert len(_body(text)) == 3


class TestBlankLineInsideSentence:
    """xn_wire_evertise_1: ``“… is a testament to our`` / (blank) / ``next generation of founders …”``."""

    _WIRE = "Indianapolis, IN, March 28, 2025 – Qwoted Newswire – Today, RALLY announced a coding competition.\n\n"

    def test_the_sentence_goes_on(self) -> None:
        text = self._WIRE + (
            "“This competition will inspire the\n\nnext generation of founders to think creatively.”\n\n"
            "For more information about the conference, please visit the website.\n"
        )
        assert _body(text)[1:] == [
            ("paragraph", "“This competition will inspire the next generation of founders to think creatively.”"),
            ("paragraph", "For more information about the conference, please visit the website."),
        ]

    def test_a_straight_quote_open(self) -> None:
        text = self._WIRE + '"This competition will inspire the\n\nnext generation of founders."\n'
        assert _body(text)[1] == ("paragraph", '"This competition will inspire the next generation of founders."')

    def test_without_an_open_quotation_it_stays(self) -> None:
        """da_022: ``… asking them to`` / (blank) / ``nominate individuals …``, a page break the gold keeps."""
        text = self._WIRE + (
            "The organization reaches out to community partners asking them to\n\n"
            "nominate individuals who stand out in the community.\n"
        )
        assert len(_body(text)) == 3

    def test_a_closed_quotation_stays(self) -> None:
        text = self._WIRE + "“We build tools,” she said of the\n\nnew competition in the city.\n"
        assert len(_body(text)) == 3

    def test_a_capital_after_the_blank_line_stays(self) -> None:
        """The next line opens in upper case: a heading or a new paragraph, never joined across the blank."""
        text = self._WIRE + "“The tools we build\n\nThe new competition runs for three days in the city.\n"
        assert len(_body(text)) == 3

    def test_an_address_under_a_field_stays(self) -> None:
        """``Find the agenda at`` / (blank) / ``www.rally.com``: an address is no word going on with the sentence."""
        text = self._WIRE + "“Find the agenda at\n\nwww.rallyinnovation.com\n"
        assert len(_body(text)) == 3


class TestLabelAndFirstBulletOnOneLine:
    """xn_wire_prkarma_1: ``Key Features …: * Innovative Collection: …`` over ``* `` bullet lines."""

    _WIRE = (
        "MIAMI, FL / PR Karma / August 22, 2024 10:30\n\nSlice Baby Golf is thrilled to announce its new website.\n\n"
    )

    def test_the_first_item_is_split(self) -> None:
        text = self._WIRE + (
            "Key Features of the Slice Baby Golf Website Launch: * Innovative Collection: Explore a bold range.\n"
            "* User-Friendly Experience: Enjoy an immersive shopping experience.\n"
            "* Responsive Design: Seamlessly shop across all devices.\n"
        )
        assert _body(text)[1:] == [
            ("heading", "Key Features of the Slice Baby Golf Website Launch:"),
            ("list_item", "Innovative Collection: Explore a bold range."),
            ("list_item", "User-Friendly Experience: Enjoy an immersive shopping experience."),
            ("list_item", "Responsive Design: Seamlessly shop across all devices."),
        ]

    def test_a_sentence_case_lead_in_is_a_paragraph(self) -> None:
        """The long label is a heading for its title case; a lead-in sentence over the items stays a paragraph."""
        text = self._WIRE + (
            "The new website offers shoppers a number of useful features: * Innovative Collection: Explore.\n"
            "* User-Friendly Experience: Enjoy an immersive shopping experience.\n"
        )
        assert _body(text)[1:3] == [
            ("paragraph", "The new website offers shoppers a number of useful features:"),
            ("list_item", "Innovative Collection: Explore."),
        ]

    def test_without_bullet_lines_under_it_stays(self) -> None:
        """A star after a colon with no list under it: a rating or a footnote mark, not an item."""
        text = self._WIRE + "Our customers say it best: * Great Product, fast delivery and a fair price overall.\n"
        assert len(_body(text)) == 2


class TestIndentedParagraphAfterCommaQuote:
    """xo_senate_rockefeller_1 (CQ layout): a paragraph a line, each indented by three spaces."""

    _HEAD = (
        "SEN. ROCKEFELLER APPLAUDS RECENT HHS DECISION TO ALLOW FREE CLINICS TO CONTINUE TO PARTICIPATE\n"
        "  Representing another victory in his ongoing effort, Sen. Jay Rockefeller (D-WV) is welcoming a recent"
        " federal government decision that will help thousands of West Virginia seniors receive their medications.  \n"
        '   "West Virginia\'s Health Right really took the lead in seeking this important guidance," said Rockefeller.'
        ' "The recent free clinic decision provides yet another legal avenue for drug companies to keep these'
        ' programs running,"  \n'
    )

    def test_the_indented_line_opens_a_paragraph(self) -> None:
        text = self._HEAD + (
            "   Rockefeller, the Ranking Member of the Finance Subcommittee on Health, has taken the lead in Congress"
            " in pushing drug companies to continue their PAP programs.\n \n "
        )
        body = _body(text)
        assert body[-1] == (
            "paragraph",
            (
                "Rockefeller, the Ranking Member of the Finance Subcommittee on Health, has taken the lead in Congress"
                " in pushing drug companies to continue their PAP programs."
            ),
        )

    def test_a_wrapped_quote_goes_on_with_its_attribution(self) -> None:
        """Short indented lines are a wrapped paragraph: ``…community,”`` / ``Cook County …`` stays one."""
        text = (
            "CHICAGO — Police met today.\n\n"
            "    “We will keep working for the safety of this\n"
            "    community,”\n"
            "    Cook County State’s Attorney Jane Roe said today.\n"
        )
        assert _body(text)[-1][1].endswith("community,” Cook County State’s Attorney Jane Roe said today.")


class TestInlineBulletsAfterWideRuns:
    """xo_senate_carper_1: ``… Center will:      •<TAB>Conduct …;  •<TAB>Provide …;     •<TAB>Serve …``."""

    _HEAD = "SUSSEX COUNTY, DE – Senator Tom Carper will attend the opening of the new Avian Biosciences Center.\n\n"

    def test_items_after_a_run_of_spaces(self) -> None:
        text = self._HEAD + (
            "Specifically, the UD Avian Bioscience Center will:      •\tConduct basic and applied research in poultry"
            " health;  •\tProvide diagnostic and surveillance services;     •\tServe as an unbiased source of"
            " information.\n"
        )
        assert _body(text)[1:] == [
            ("paragraph", "Specifically, the UD Avian Bioscience Center will:"),
            ("list_item", "Conduct basic and applied research in poultry health;"),
            ("list_item", "Provide diagnostic and surveillance services;"),
            ("list_item", "Serve as an unbiased source of information."),
        ]

    def test_a_letterhead_with_wide_runs_stays(self) -> None:
        """No sentence ends before the first mark (nor a colon): the marks part no items."""
        text = self._HEAD + (
            "The center will      •  Conduct research in poultry health      •  Provide diagnostic services\n\n"
            "The Senator will tour the new Total Joint Center after the opening.\n"
        )
        assert all(k != "list_item" for k, _ in _body(text))


class TestSubheadingBeforeTwoSpacesInOneLineStory:
    """xn_wire_mediaoutreach_1: paragraphs parted by three spaces, a subheading parted from its text by two."""

    _OPEN = (
        "HONG KONG SAR - Media OutReach Newswire - 10 June 2026 - YesStyle has announced the launch of its new"
        " physical retail store in the US. It represents a major strategic milestone in North America.   "
    )

    def test_subheadings_between_three_and_two_spaces(self) -> None:
        text = self._OPEN + (
            "Driving O2O Synergy: Expanding Offline Reach to Complement B2C Strategy  Celebrating 20 years of"
            " delivering trending Asian products worldwide, YesStyle has transformed its store.   Empowering the B2B"
            " Wholesale Business AsiaBeautyWholesale (ABW) Growth  This physical retail expansion also creates value"
            " for ABW.\n"
        )
        assert _body(text)[1:] == [
            ("heading", "Driving O2O Synergy: Expanding Offline Reach to Complement B2C Strategy"),
            ("paragraph", ("Celebrating 20 years of delivering trending Asian products worldwide, YesStyle has"
             " transformed its store.")),
            ("heading", "Empowering the B2B Wholesale Business AsiaBeautyWholesale (ABW) Growth"),
            ("paragraph", "This physical retail expansion also creates value for ABW."),
        ]  # fmt: skip

    def test_a_sentence_before_two_spaces_stays(self) -> None:
        """A sentence in lower case before the two spaces is prose, not a subheading."""
        text = self._OPEN + (
            "The store opens in the Garden State Plaza  Visitors can try the products in person at the store.\n"
        )
        assert all(k != "heading" for k, _ in _body(text))

    def test_without_three_space_breaks_it_stays(self) -> None:
        """Only where three spaces part paragraphs does the two-space run read as a subheading's end."""
        text = (
            "HONG KONG SAR - Media OutReach Newswire - 10 June 2026 - YesStyle Opens Its First Store  Celebrating"
            " 20 years of delivering trending Asian products worldwide, YesStyle has transformed its store.\n"
        )
        assert all(k != "heading" for k, _ in _body(text))


class TestCountedTitleOverNumberedList:
    """xn_wire_citybiz_1: ``5 Hurricane Junk Removal Tips That Could Save Your Home`` over ``1.`` … ``3.``."""

    _WIRE = "MIAMI, FL – June 2, 2025 – Junk.com urges homeowners to take a critical step in storm preparation.\n\n"
    _LIST = (
        "1. Clear Out the Yard Remove damaged or unused patio furniture, pots, toys, and grills.\n"
        "2. Ditch the Debris Leftover lumber, fencing, or roofing materials from home projects? Don’t wait.\n"
        "3. Make Room for Emergency Gear Clear space in garages and sheds to store hurricane supplies.\n\n"
        "With fast, professional junk removal services, Junk.com is prepared to help homeowners.\n"
    )

    def test_a_count_in_title_case_heads_the_list(self) -> None:
        text = self._WIRE + "5 Hurricane Junk Removal Tips That Could Save Your Home\n\n" + self._LIST
        assert _body(text)[1] == ("heading", "5 Hurricane Junk Removal Tips That Could Save Your Home")

    def test_a_count_in_a_sentence_stays(self) -> None:
        text = self._WIRE + "5 tips that could save your home this season\n\n" + self._LIST
        assert _body(text)[1][0] == "paragraph"


class TestFieldLineOfNames:
    """xn_wire_prism_1: ``Bronze Sponsors: Gorman-Rupp Pumps, Amalgamated Research`` is a field, not a title."""

    _WIRE = "LONDON, UK – June 2, 2025 – The Lithium Congress returns to Buenos Aires this year.\n\n"
    _UNDER = "\n\nThe congress brings together the leading producers of the region for two days of talks.\n"

    def test_a_list_of_names_after_the_label(self) -> None:
        text = self._WIRE + "Bronze Sponsors: Gorman-Rupp Pumps, Amalgamated Research" + self._UNDER
        assert _body(text)[1] == ("paragraph", "Bronze Sponsors: Gorman-Rupp Pumps, Amalgamated Research")

    def test_a_two_part_title_stays(self) -> None:
        text = self._WIRE + "Exceptional After-Sales Service: The Key to Long-Term Value" + self._UNDER
        assert _body(text)[1] == ("heading", "Exceptional After-Sales Service: The Key to Long-Term Value")

    def test_a_title_with_a_series_stays(self) -> None:
        """``…: Fast, Friendly and Free``: a series closed by ``and`` is a title's phrase."""
        text = self._WIRE + "Our Service Promise: Fast, Friendly and Free Support" + self._UNDER
        assert _body(text)[1] == ("heading", "Our Service Promise: Fast, Friendly and Free Support")
