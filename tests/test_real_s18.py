"""Session 18: conventions read from real releases of the corpus's own datasets (STYLE rule 26).

Method. The readers of ``tests/unseen`` wrote each gold file before looking
at the parser's output; each class of difference they found became a
minimal case here, written before the fix, with the text that must stay
beside it.
"""

from __future__ import annotations

from pressparse import NoiseKind, clean, parse, parse_dateline

# A punctuation-stripped Senate page (Grimmer): the site's name, then the story that opens with the same words.
_PAGE = "          Press Room" + " " * 60
_STORY = (
    "  released the following statement today after voting against the Lugar Lautenberg Farm Bill Amendment"
    "  amendment number 3711 to the farm bill  H R  2419      While I am grateful to Senator Lugar for offering"
    " a serious alternative to our broken farm policy  this amendment misses the mark  Dr  Coburn said     The"
    " amendment begins a phase out of the direct payment system"
)


class TestSpacedSenatorSite:
    def test_the_story_opening_with_the_senator_name_is_no_site_chrome(self) -> None:
        text = f"{_PAGE}WASHINGTON  D C    U S  Senator Tom Coburn  M D   R OK{_STORY}"
        doc = parse(text)
        assert doc.body[0].text.startswith("U S Senator Tom Coburn M D R OK released the following statement")
        assert doc.dateline is not None
        assert doc.dateline.region == "D C"

    def test_the_site_name_before_the_story_is_chrome(self) -> None:
        text = f"{_PAGE}U S  Senator Tom Coburn          WASHINGTON  D C    U S  Senator Tom Coburn  R OK{_STORY}"
        doc = parse(text)
        navigation = [n.text for n in doc.noise if n.kind is NoiseKind.NAVIGATION]
        assert "U S  Senator Tom Coburn" in navigation
        assert doc.body[0].text.startswith("U S Senator Tom Coburn R OK released")


class TestMiamiDatelines:
    def test_a_place_glued_to_its_date_by_a_hyphen(self) -> None:
        doc = parse(
            "Three Arrested on Human Trafficking Charges\nMiami-May 06, 2025\n– Miami-Dade State Attorney Katherine"
            " Fernandez Rundle announces the arrests of three individuals.\nThe operation involved an advertisement.\n"
        )
        assert doc.dateline is not None
        assert (doc.dateline.city, str(doc.dateline.date)) == ("Miami", "2025-05-06")
        assert doc.body[0].kind == "paragraph"
        assert doc.body[0].text.startswith("Miami-Dade State Attorney")

    def test_a_hyphenated_place_before_a_date_stays_whole(self) -> None:
        doc = parse("MIAMI-DADE, May 6, 2025 – The State Attorney announced the arrests of three individuals.")
        assert doc.dateline is not None
        assert doc.dateline.city == "MIAMI-DADE"

    def test_the_next_line_colon_reads_again_in_the_rendering(self) -> None:
        doc = parse(
            "Press Conference Regarding the Arrest of a Former Police Chief\nMiami, Florida\n"
            ": State Attorney Katherine Fernandez Rundle will hold a press conference on the arrest.\n"
        )
        again = parse(doc.text)
        assert doc.dateline is not None
        assert again.dateline is not None
        assert again.dateline.text == doc.dateline.text == "Miami, Florida :"
        assert [b.text for b in again.body] == [b.text for b in doc.body]


class TestWrappedHeadlineCopy:
    def test_a_copy_wrapped_over_three_lines_under_a_long_page_title(self) -> None:
        title = (
            "29-Year-Old Man Charged with Multiple Felonies after Grabbing Fountain Valley Officer’s Gun, Firing Round"
            " and Biting Police Sergeant after Refusing to Leave Police Department Lobby"
        )
        doc = parse(
            f"{title} - Orange County District Attorney\nFOR IMMEDIATE RELEASE\nDate: December 24, 2025\n"
            "29-Year-Old Man Charged with Multiple Felonies after Grabbing\n"
            "Fountain Valley Officer’s Gun, Firing Round and Biting Police Sergeant\n"
            "after Refusing to Leave Police Department Lobby\n"
            "SANTA ANA – A 29-year-old man on probation has been charged with multiple felonies.\n"
            "Sanchez faces a maximum sentence of 31 years and eight months in state prison.\n"
        )
        assert [m.kind.value for m in doc.meta if m.kind.value == "subtitle"] == []
        assert [" ".join(n.text.split()) for n in doc.noise if n.kind is NoiseKind.REPEATED_LINE] == [title]

    def test_a_sentence_printed_again_inside_the_story_stays(self) -> None:
        doc = parse(
            "Police chiefs from the region met in Lyon on Monday to discuss organised crime and the flow of guns"
            " across the borders of the region, the first such meeting.\nThey agreed to share data.\n"
            + "".join(f"Officers from country {n} agreed to share data on firearms trafficking.\n" for n in range(6))
            + "Police chiefs from the region met in Lyon on Monday\nto discuss organised crime and the flow of guns"
            " across the borders of the region, the first such meeting.\n"
        )
        assert [n for n in doc.noise if n.kind is NoiseKind.REPEATED_LINE] == []


_LYON = "LYON, France – Police chiefs met on Monday to agree on a common plan against organised crime, the agency said."


class TestLoneHashEndMark:
    def test_one_hash_under_a_sentence_ends_the_story(self) -> None:
        doc = parse(f"{_LYON}\n#\nTHE BROOKLYN DISTRICT ATTORNEY'S OFFICE\n350 Jay Street")
        assert [(m.kind.value, m.text) for m in doc.meta if m.kind.value == "end_mark"] == [("end_mark", "#")]
        assert doc.body[0].text.endswith("the agency said.")

    def test_one_hash_over_a_heading_is_a_markdown_marker(self) -> None:
        doc = parse(f"#\nPolice Chiefs Meet in Lyon\n\n{_LYON}")
        assert [(n.kind, n.text) for n in doc.noise] == [(NoiseKind.MARKDOWN_HEADING, "#")]
        assert doc.title == "Police Chiefs Meet in Lyon"

    def test_two_hashes_stay_noise(self) -> None:
        doc = parse(f"{_LYON}\n##\nThe office")
        assert [n.text for n in doc.noise] == ["##"]


class TestDatelineShapes:
    def test_a_space_before_the_region_comma(self) -> None:
        doc = parse(
            "WASHINGTON , DC  Attorney General Eric Holder co-hosted a Middle Class Task Force event today with"
            " Vice President Joe Biden.NoneTodays announcement is the culmination of work."
        )
        assert doc.dateline is not None
        assert (doc.dateline.text, doc.dateline.city, doc.dateline.region) == ("WASHINGTON , DC", "WASHINGTON", "DC")

    def test_a_sponsor_in_parentheses_is_the_agency(self) -> None:
        doc = parse(
            "# What Online Sellers Don’t Want You to Know\n\n(Alliance for Safe Online Pharmacies) - Over the past"
            " few months, you may have come across advertisements for a new weight loss drug."
        )
        assert doc.dateline is not None
        assert (doc.dateline.agency, doc.dateline.city) == ("Alliance for Safe Online Pharmacies", None)

    def test_a_place_of_words_joined_by_of_is_no_sponsor(self) -> None:
        doc = parse("(City of Dallas) – The mayor said the city would hire more officers next year.")
        assert doc.dateline is None or doc.dateline.agency is None

    def test_a_template_place_in_square_brackets(self) -> None:
        doc = parse("[Lexington, KY], March 11, 2025 – Acme Corp. announced a new plant in central Kentucky today.")
        assert doc.dateline is not None
        assert (doc.dateline.city, doc.dateline.region, str(doc.dateline.date)) == ("Lexington", "KY", "2025-03-11")

    def test_a_markdown_link_opening_the_text_is_no_place(self) -> None:
        doc = parse("[Acme Corp](https://acme.example) – Acme Corp. announced a new plant in central Kentucky today.")
        assert doc.dateline is None or doc.dateline.city is None


_RELEASE = "Acme Corp. today announced the opening of a new plant in Lexington, Kentucky, with 200 new jobs."


class TestAboutSections:
    def _about(self, tail: str) -> list[str]:
        return [m.text for m in parse(f"{_RELEASE}\n\n{tail}").meta if m.kind.value == "about"]

    def test_a_capitals_name_glued_to_its_first_word(self) -> None:
        tail = "ABOUT XNRGY CLIMATE SYSTEMSXNRGY is a North American leader in thermal management."
        assert self._about(tail) == [tail]

    def test_a_boilerplate_opener_after_the_name(self) -> None:
        tail = "About Empire Access Founded in 1896 with a single telephone line, Empire Access has grown."
        assert self._about(tail) == [tail]

    def test_an_invisible_character_opening_the_section_paragraph(self) -> None:
        about = self._about("About Inc.\n\n\u200bInc. is the leading media brand for the entrepreneurs of today.")
        assert about == ["About Inc. Inc. is the leading media brand for the entrepreneurs of today."]

    def test_a_story_sentence_opening_with_about_stays(self) -> None:
        assert self._about("About 300 officers Based in Lexington took part in the operation, police said.") == []


class TestHeadlineEndingInASuffix:
    def test_a_company_suffix_ends_no_sentence(self) -> None:
        doc = parse(
            "# Paltalk, Inc. Completes Acquisition of Newtek Technology Solutions, Inc.\n\n"
            "Paltalk to Expand Technology-focused Service Offerings in the Cloud Infrastructure Sector\n\n"
            "JERICHO, NY - (NewMediaWire) - January 2, 2025 - Paltalk, Inc. today announced the acquisition.\n"
        )
        assert doc.title == "Paltalk, Inc. Completes Acquisition of Newtek Technology Solutions, Inc."
        assert [m.kind.value for m in doc.meta] == ["title", "subtitle"]

    def test_a_sentence_with_an_auxiliary_stays_a_sentence(self) -> None:
        doc = parse("The plant was bought by Acme Holdings, Inc.\n\nThe sale closed on Monday, the company said.")
        assert doc.title is None


_KINGS = (
    "Fake Lawyer Indicted for Offering Bogus Immigration Services - The Brooklyn District Attorney's Office\n"
    "FOR IMMEDIATE RELEASE\nTuesday, June 2, 2015\nFake Lawyer Indicted for Offering Bogus Immigration Services\n"
)
_KINGS_STORY = (
    "Brooklyn District Attorney Ken Thompson announced today that a Sunset Park man was indicted for allegedly"
    " posing as an attorney.\n"
)


class TestWrappedSubtitle:
    def _subtitles(self, lines: str) -> list[str]:
        doc = parse(_KINGS + lines + _KINGS_STORY)
        return [m.text for m in doc.meta if m.kind.value in ("subtitle", "title")][1:]

    def test_a_clause_goes_on_over_the_next_line(self) -> None:
        lines = (
            "Defendant is the First to be Charged Under New Law\nThat Protects Immigrants from Fraudulent Services\n"
        )
        assert self._subtitles(lines) == [
            "Defendant is the First to be Charged Under New Law That Protects Immigrants from Fraudulent Services"
        ]

    def test_a_line_ending_in_a_comma_goes_on(self) -> None:
        lines = (
            "Resident Allegedly Made Bogus Sales of Two Brooklyn Homes\nHe Didn’t Own by Pretending to Be an"
            " Attorney and Filing Forged Documents,\nIncluding Deed Falsely Claiming a House Was Sold to Him\n"
        )
        joined = (
            "Resident Allegedly Made Bogus Sales of Two Brooklyn Homes He Didn’t Own by Pretending to Be an"
            " Attorney and Filing Forged Documents, Including Deed Falsely Claiming a House Was Sold to Him"
        )
        assert self._subtitles(lines) == [joined]

    def test_a_second_headline_line_is_not_joined(self) -> None:
        lines = "Defendant is the First to be Charged Under New Law\nSunset Park Man Faces Seven Years\n"
        assert "Defendant is the First to be Charged Under New Law" in self._subtitles(lines)


class TestContactsNamedByLabel:
    def test_two_labelled_contacts_on_one_line(self) -> None:
        doc = parse(
            "AMSTERDAM, March 19, 2024 /24-7PressRelease/ -- Today Hiber acquires Srett Industrie.  About Hiber:"
            " Remote monitoring has long been a challenge.  Contact Hiber: Simon Philipsen - Managing Director:"
            " pr@hiber.global  Contact Srett Industrie: Philippe Gambier - General Manager: pr@srett.example \n"
        )
        assert [m.text for m in doc.meta if m.kind.value == "contact"] == [
            "Contact Hiber: Simon Philipsen - Managing Director: pr@hiber.global",
            "Contact Srett Industrie: Philippe Gambier - General Manager: pr@srett.example",
        ]
        assert [m.kind.value for m in doc.meta] == ["about", "contact", "contact"]

    def test_a_public_inquiries_line_stays_in_its_block(self) -> None:
        doc = parse(
            "Acme opened a plant in Lexington on Monday with 200 new jobs for the region.\n\n"
            "Media Contact: Jane Roe, jane.roe@acme.example\nFor Public Inquiries: 1-800-555-0100\n"
        )
        assert len([m for m in doc.meta if m.kind.value == "contact"]) == 1

    def test_an_audience_label_over_links_is_no_contact(self) -> None:
        doc = parse(
            "Teradata announced today that Forrester Research has named the Company a Leader in its report.\n\n"
            "For more information:\n\n* Read the Forrester Wave report\n* Learn more about Teradata Vantage\n"
        )
        assert [m.kind.value for m in doc.meta] == []
        assert [b.kind for b in doc.body] == ["paragraph", "heading", "list_item", "list_item"]

    def test_an_audience_label_over_a_phone_is_a_contact(self) -> None:
        doc = parse(
            "Teradata announced today that Forrester Research has named the Company a Leader in its report.\n\n"
            "For more information:\nJane Roe\n(555) 201-0100\n"
        )
        assert [m.kind.value for m in doc.meta] == ["contact"]


def test_an_analyst_firms_notice_is_a_disclaimer() -> None:
    notice = (
        "Forrester does not endorse any company, product, brand, or service included in its research publications."
        " Opinions reflect judgment at the time and are subject to change."
    )
    doc = parse(f"Teradata said today that Forrester Research has named the Company a Leader.\n\n{notice}\n")
    assert [(m.kind.value, m.text) for m in doc.meta] == [("disclaimer", notice)]
    story = parse("Teradata said the company does not endorse any candidate in the election, a spokesman said.")
    assert story.meta == ()


def test_a_glued_place_needs_a_word_after_the_glue() -> None:
    """Hypothesis found ``AAAAAAa police police.`` read as the place ``AAAAA`` glued to ``Aa``."""
    assert parse_dateline("AAAAAAa police police police.") is None
    found = parse_dateline("WASHINGTONAn FBI agent said on Monday that it would act.")
    assert found is not None
    assert found.city == "WASHINGTON"


def test_a_contact_block_ends_with_its_marked_link_line() -> None:
    doc = parse(
        "Houston, TX – May 7, 2025 /Noticias Newswire/– Preventable birth injuries continue to impact families.\n\n"
        "Media Contact:\n\nSandoval Law Firm, PLLC\n\n📍 Houston, Texas\n\n📞 (346) 347-7777\n\n"
        "📧 info@sandovalpllc.com\n\n🔗 https://sandovalpllc.com \n"
    )
    assert doc.meta[-1].kind.value == "contact"
    assert doc.meta[-1].text.endswith("🔗 https://sandovalpllc.com")
    assert len(doc.body) == 1


def test_a_senators_site_name_cut_in_two_by_a_space_run() -> None:
    doc = parse(
        "     United States Senator   John Thune"
        + " " * 60
        + "Press Releases"
        + " " * 40
        + "Thune Testifies in Favor of His Bill Authorizing Disabled Veterans Memorial                July 12th  2007"
        "   Washington  D C    Senator John Thune testified today at a hearing on his bill  S  824   The memorial"
        " will be funded by private donations  Thune said            "
    )
    navigation = [n.text for n in doc.noise if n.kind is NoiseKind.NAVIGATION]
    assert navigation[:2] == ["United States Senator", "John Thune"]
    assert doc.title == "Thune Testifies in Favor of His Bill Authorizing Disabled Veterans Memorial"


def test_a_subtitle_ending_with_a_date() -> None:
    doc = parse(
        "# Paltalk Completes Acquisition of Newtek Technology Solutions\n\n"
        "Completed Divestiture of “Paltalk” and “Camfrog” Applications\n\n"
        "Paltalk Will Operate Under a New Name and Trade Under Ticker “IPM” Beginning on January 6, 2025\n\n"
        "JERICHO, NY - (NewMediaWire) - January 2, 2025 - Paltalk today announced the completion of the deal.\n"
    )
    assert [m.kind.value for m in doc.meta] == ["title", "subtitle", "subtitle"]
    again = parse(doc.text)
    assert [(b.kind, b.text) for b in again.body] == [(b.kind, b.text) for b in doc.body]


class TestStrippedSenateDateFirst:
    def test_the_date_line_before_the_place_is_meta(self) -> None:
        doc = parse(
            "          Press Room"
            + " " * 60
            + "December 11  2007  WASHINGTON  D C    U S  Senator Tom Coburn  M D   R OK"
            f"{_STORY}"
        )
        assert doc.dateline is not None
        assert (doc.dateline.text, doc.dateline.date) == ("WASHINGTON D C", None)
        assert [(m.kind.value, m.text) for m in doc.meta if m.kind.value == "date"] == [("date", "December 11 2007")]

    def test_a_wire_date_before_the_place_stays_in_the_dateline(self) -> None:
        doc = parse("May 20, 2025, Orem, UT – Turner MedTech, a Utah-based manufacturer, is expanding its plant.")
        assert doc.dateline is not None
        assert doc.dateline.text == "May 20, 2025, Orem, UT –"


def test_a_dash_framed_standfirst_is_the_subtitle() -> None:
    standfirst = "– Strategic collaboration brings real-time visibility and security to NAD’s freight network –"
    doc = parse(
        f"# NAD Logistics Strengthens Fraud Prevention Through Partnership with Highway\n\n{standfirst}\n\n"
        "NAD Logistics (NAD), a third-party logistics provider, today announced key milestones of its partnership.\n"
    )
    assert [(m.kind.value, m.text) for m in doc.meta][1:] == [("subtitle", standfirst)]
    assert [b.kind for b in doc.body] == ["paragraph"]
    story = parse(f"Police met in Lyon on Monday to agree on a plan against organised crime.\n\n{standfirst}\n")
    assert story.meta == ()


def test_ibns_labelled_newsroom_line_is_noise() -> None:
    line = "NOTE TO INVESTORS: The latest news and updates relating to SPCB are available in the company’s newsroom at http://ibn.fm/SPCB"
    doc = parse(f"SuperCom today announced a new contract for juvenile monitoring in the state.\n\n{line}\n")
    assert [(n.kind, n.text) for n in doc.noise if "latest" in n.text] == [(NoiseKind.BOILERPLATE, line)]
    assert doc.meta == ()


_LA_STORY = (
    "LOS ANGELES — A jury today found Clifford Chaun Loyer guilty on all counts for a 2024 shooting spree.\n"
    "The case was investigated by the Los Angeles Police Department.\n"
)


class TestLosAngelesFrontAndBack:
    _HEAD = (
        "Jury Convicts Man of Murdering Two Unhoused Men | Los Angeles County District Attorney's Office\n"
        "June 3, 2026: Jury Convicts Man of Murdering Two Unhoused Men\n"
        "Contact:\nMedia Relations Division\n(213) 257-2000\nmedia@da.lacounty.gov\n"
    )

    def test_the_dated_copy_the_standfirst_and_the_closing_date(self) -> None:
        doc = parse(
            self._HEAD
            + "Clifford Chaun Loyer faces up to life in prison when he is sentenced on June 26\n"
            + _LA_STORY
            + "June 3, 2026\n"
        )
        assert [m.kind.value for m in doc.meta] == ["title", "contact", "subtitle", "date"]
        assert [n.kind for n in doc.noise if n.text.startswith("June 3, 2026:")] == [NoiseKind.REPEATED_LINE]
        assert [b.text[:12] for b in doc.body] == ["A jury today", "The case was"]
        assert doc.dateline is not None

    def test_a_sentence_above_the_dateline_stays_story(self) -> None:
        doc = parse(self._HEAD + "Police arrested the man on Monday.\n" + _LA_STORY)
        assert "subtitle" not in [m.kind.value for m in doc.meta]

    def test_a_date_under_a_colon_stays_story(self) -> None:
        doc = parse(self._HEAD + _LA_STORY + "The next hearing is set for:\nJune 3, 2026\n")
        assert "date" not in [m.kind.value for m in doc.meta]


def test_a_caption_glued_before_a_reversed_dateline_under_its_image() -> None:
    doc = parse(
        "# Museums Emerge as Haven for Dementia Sufferers\n\n![museum visits](https://example.com/museum.jpg)\n\n"
        " Museums can help stimulate the mind (NewMediaWire) - September 27, 2024 - Glendale, CA – A growing number"
        " of museums are becoming recognized as essential resources for people living with dementia.\n"
    )
    assert [c.text for c in doc.captions] == ["Museums can help stimulate the mind"]
    assert doc.dateline is not None
    assert doc.dateline.agency == "NewMediaWire"
    again = parse(doc.text)
    assert [b.text for b in again.body] == [b.text for b in doc.body]
    assert again.title is None


def test_a_one_sentence_caption_before_a_reversed_dateline() -> None:
    doc = parse(
        "# Museum Launches a Channel\n\n![Lady Lallaine Reed Story](https://example.com/reed.jpg)\n\n"
        " This is the story of Lady Lallaine Reed, kidnapped as a child. (NewMediaWire) - February 02, 2025 -"
        " Glendale, CA – Prepare to embark on a journey of discovery with the museum's new channel.\n"
    )
    assert [c.text for c in doc.captions] == ["This is the story of Lady Lallaine Reed, kidnapped as a child."]


def test_a_header_run_before_a_dateline_without_an_image_stays() -> None:
    doc = parse(
        "Museums can help stimulate the mind (NewMediaWire) - September 27, 2024 - Glendale, CA – A museum said."
    )
    assert doc.captions == ()


class TestDecksUnderTheHeadlineCopy:
    _COOK = (
        "COOK COUNTY STATE’S ATTORNEY EXPANDS PILOT PROGRAM | Cook County State's Attorney\nSkip to main content\n"
        "Press Release\nCOOK COUNTY STATE’S ATTORNEY EXPANDS PILOT PROGRAM\nApril 04, 2025\nFOR IMMEDIATE RELEASE:\n"
        "April 4, 2025\nCONTACT\n:\nsao.media@cookcountysao.org\nCOOK COUNTY STATE’S ATTORNEY EXPANDS PILOT PROGRAM\n"
    )
    _STORY = "CHICAGO\n– Cook County State’s Attorney Eileen O’Neill Burke today announced the expansion of a pilot.\n"

    def test_two_decks_under_the_printed_copy_are_subtitles(self) -> None:
        doc = parse(
            self._COOK + "More efficient charging process gets police officers back on the street sooner\n"
            "All bypass cases to date have withstood legal scrutiny\n" + self._STORY
        )
        assert [m.kind.value for m in doc.meta if m.kind.value in ("title", "subtitle")] == [
            "title",
            "subtitle",
            "subtitle",
        ]

    def test_a_deck_wrapped_after_a_semicolon_is_one_subtitle(self) -> None:
        doc = parse(
            _KINGS + "Allegedly Used Funds to Buy Beyonce Tickets, Jewelry, Clothing and Shoes;\n"
            "Additionally Charged With Collecting Unemployment While Working at BID\n" + _KINGS_STORY
        )
        deck = (
            "Allegedly Used Funds to Buy Beyonce Tickets, Jewelry, Clothing and Shoes; Additionally Charged With"
            " Collecting Unemployment While Working at BID"
        )
        assert [m.text for m in doc.meta if m.kind.value == "subtitle"] == [deck]
        assert doc.body[0].text.startswith("Brooklyn District Attorney")


def test_a_cms_image_slot_label_is_noise() -> None:
    doc = parse(
        "INDIO – Judge Anthony Villalobos today affirmed the findings of a jury in the case.\n\nImage\n\n"
        "On the night of the murders, the defendant was riding in a car with three of the victims.\n"
    )
    assert [(n.kind, n.text) for n in doc.noise if n.text == "Image"] == [(NoiseKind.BOILERPLATE, "Image")]
    assert [b.kind for b in doc.body] == ["paragraph", "paragraph"]


def test_an_address_under_a_story_label_is_no_contact() -> None:
    doc = parse(
        "CHICAGO —\nThe CCSAO has created an email and phone hotline for the public to report election-related"
        " criminal activity.\nMembers of the public who wish to report suspected criminal conduct at a polling place"
        " may do so at the following:\nElection Complaint Phone Hotline:\n(773) 674-2728\n"
        "Election Complaint Email Hotline:\nsao.electionfraud@cookcountysao.org\n"
        "For more information, please contact the CCSAO communications office at (312) 603-3423, or email:\n"
        "sao.media@cookcountysao.org\n.\n"
    )
    assert "sao.electionfraud@cookcountysao.org" in [b.text for b in doc.body]
    assert len([m for m in doc.meta if m.kind.value == "contact"]) == 1


def test_a_notice_regarding_forward_looking_statements_heads_the_disclaimer() -> None:
    doc = parse(
        "Acme today announced the launch of a new product line for the North American market.\n\n"
        "Notice Regarding Forward-Looking Statements\n\n"
        "Safe Harbor Statement: This press release contains forward-looking statements about future events.\n"
    )
    assert [m.kind.value for m in doc.meta] == ["disclaimer"]
    assert doc.meta[0].text.startswith("Notice Regarding Forward-Looking Statements")
    assert [b.kind for b in doc.body] == ["paragraph"]


class TestContactBlockTails:
    _STORY = "RapidFire today announced the acquisition of Albuquerque Low Voltage, a systems integrator.\n\n"

    def test_an_address_country_and_bare_phone_go_on(self) -> None:
        doc = parse(
            self._STORY + "ContactMike Will RapidFire Safety & Security Email Us Here\n\n Saint Louis, MO\n\n"
            "United States\n\n3146028918\n\nVisit Our Website\n\n * \n* \n"
        )
        block = (
            "ContactMike Will RapidFire Safety & Security Email Us Here Saint Louis, MO United States 3146028918"
            " Visit Our Website"
        )
        assert [m.text for m in doc.meta if m.kind.value == "contact"] == [block]

    def test_a_name_and_its_link_end_the_block(self) -> None:
        doc = parse(
            self._STORY
            + "Contact Information:\n\n The Graham Firm\n\n134 S Hill St  Griffin, GA 30223United States\n\n"
            " Charles Graham https://grahamlawga.com/personal-injury-attorney/ \n"
        )
        assert doc.meta[-1].kind.value == "contact"
        assert doc.meta[-1].text.endswith("Charles Graham https://grahamlawga.com/personal-injury-attorney/")

    def test_a_story_number_after_the_story_stays(self) -> None:
        doc = parse(self._STORY + "The deal closed on Monday for 3146028918 dollars, the company said.\n")
        assert doc.meta == ()


def test_a_stripped_contact_label_before_a_name() -> None:
    doc = parse(
        "    SUNUNU NOMINEE TO BE RECOGNIZED WITH  EPA HONOR          Newbury resident earns Environmental Merit Award"
        "          Contact  Barbara Riley      Thursday  May 4  2006       WASHINGTON  DC     U S  Senator John E"
        "  Sununu  R NH  today announced that a Newbury resident will receive the award from the agency   "
    )
    assert ("contact", "Contact Barbara Riley") in [(m.kind.value, m.text) for m in doc.meta]


class TestOrangeDeckUnderThePrintedCopy:
    _HEAD = (
        "26 DOCTORS, PHARMACISTS, AND BUSINESS OWNERS CHARGED IN $40 MILLION KICKBACK SCHEME - Orange County District"
        " Attorney\nSkip to content\nPublished\nJanuary 13, 2012\n"
        "26 DOCTORS, PHARMACISTS, AND BUSINESS OWNERS\nCHARGED IN $40 MILLION KICKBACK SCHEME\n*\n"
    )
    _STORY = (
        "ORANGE COUNTY, Calif.\n— Insurance Commissioner Dave Jones and District Attorney Tony Rackauckas announced"
        " a shutdown of a $40 million kickback operation.\n"
    )

    def test_a_sentence_case_deck_is_a_subtitle(self) -> None:
        doc = parse(self._HEAD + "13,000 patients affected in statewide workers’ comp fraud\n" + self._STORY)
        kinds = [(m.kind.value, m.text) for m in doc.meta]
        assert ("subtitle", "13,000 patients affected in statewide workers’ comp fraud") in kinds
        assert [k for k, _ in kinds].count("title") == 1


def test_an_issuer_name_over_its_boilerplate_is_an_about_section() -> None:
    doc = parse(
        "BANGKOK, THAILAND - 19 May 2026 - SUBCON Thailand closed its 20th edition with USD 705.5 million in trade.\n\n"
        "The issuer is solely responsible for the content of this announcement.\n\nThailand Board of Investment"
        "Established in 1966, the Office of the Board of Investment (BOI) has played an essential role in investment.\n"
    )
    assert [m.kind.value for m in doc.meta] == ["disclaimer", "about"]
    assert doc.meta[1].text.startswith("Thailand Board of InvestmentEstablished in 1966")


def test_a_heading_over_a_story_paragraph_opening_with_established_stays() -> None:
    doc = parse(
        "Acme opened a plant in Lyon on Monday, the company said in a statement.\n\nA Long History\n\n"
        "Established in the region since 1966, the plant employs 200 people, the company said.\n\n"
        "The new line opens in May.\n"
    )
    assert doc.meta == ()


def test_the_vietnamese_end_mark() -> None:
    doc = parse("Police met in Lyon on Monday to agree on a plan.\n\n./.\n")
    assert [(m.kind.value, m.text) for m in doc.meta] == [("end_mark", "./.")]
    assert parse("The plan is ./. a test.").meta == ()


def test_a_second_about_glued_inside_the_first() -> None:
    doc = parse(
        "Acme today announced a partnership with PollenSense on sports solutions for stadiums.\n\n"
        "About Acme\n\nAcme builds sports solutions. About PollenSensePollen Sense, headquartered in Utah, makes"
        " sensors that count pollen in real time.\n"
    )
    assert [m.text[:16] for m in doc.meta if m.kind.value == "about"] == ["About Acme Acme ", "About PollenSens"]


def test_a_stripped_date_line_before_a_small_city_stays_in_the_dateline() -> None:
    """``June 12  2006  Fargo``: the rendering drops a date meta, and ``Fargo Senator …`` alone is no dateline."""
    text = (
        "Senate Resolution Honors Patriot Guard Riders                   June 12  2006  Fargo    Senator Kent"
        " Conrad led a patriotic ceremony today as a salute to the riders  It is an amazing scene  Conrad said   "
    )
    doc = parse(text)
    assert doc.dateline is not None
    assert (doc.dateline.city, str(doc.dateline.date)) == ("Fargo", "2006-06-12")
    again = parse(doc.text)
    assert again.dateline is not None
    assert again.dateline.text == doc.dateline.text


def test_a_none_stand_in_before_a_space_run() -> None:
    text = (
        "  NEW YORK  The United States has filed a civil lawsuit against Deutsche Bank.   While the homes may have"
        " been built on solid ground, the lending was built on quicksand. This is the misconduct our unit was created"
        " to combat. None   FHA mortgage insurance makes home ownership possible for millions of families.   To"
        " qualify as a lender, a lender must implement a quality control plan."
    )
    doc = parse(text)
    assert "None" in [n.text for n in doc.noise]
    assert clean(clean(text)) == clean(text)
