"""Session 20: meta and dateline readings found by the fuzz harness and by round 7's real releases.

Each case was written failing first, with the text that must stay beside it.
"""

from __future__ import annotations

from pathlib import Path

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

    def test_date_then_the_pages_label(self) -> None:
        """xq_senate_reed_1: ``February 13  2006     Press Release`` over the headline: a date and the page's label."""
        head = " " * 94 + "February 13  2006     Press Release        Reed Effort to Strengthen America   s Military"
        text = (
            head + " " * 300 + "WASHINGTON     Senator Jack Reed  D RI  today offered a motion to the bill  It passed"
        )
        doc = parse(text)
        assert ("date", "February 13 2006") in _metas(text)
        assert doc.title == "Reed Effort to Strengthen America s Military"
        assert "Press Release" in [n.text for n in doc.noise]

    def test_date_then_a_headline_word_is_no_label(self) -> None:
        """A date and a headline that merely opens with a label's word stays the dated headline."""
        text = (
            "February 13, 2006  Press Releases Pile Up at the Agency\n\nWASHINGTON – The agency said today it was busy."
        )
        assert "Press Releases" not in [n.text for n in parse(text).noise]

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


class TestWireDatelines:
    """Round 7's wire datelines: a time zone by its IANA name, a repeated date, the wire after the place."""

    def test_iana_time_zone(self) -> None:
        """xr_wire_newsworthy_1: ``@ 8:00 AM America/Toronto`` is the time's zone; the place opens the dateline."""
        line = "Jacksons Point, Ontario, Canada (Newsworthy.ai) Tuesday Mar 4, 2025 @ 8:00 AM America/Toronto — HR.com is proud."
        found = parse_dateline(line)
        assert found is not None
        assert (found.city, found.region, found.country) == ("Jacksons Point", "Ontario", "Canada")
        assert found.agency == "Newsworthy.ai"
        assert parse_dateline("LYON, France – America/Toronto is a time zone, the agency said.") is not None

    def test_client_dateline_repeats_the_wire_date(self) -> None:
        """xr_wire_nmw_1: ``… - DALLAS, Jan. 30, 2025 –``: the same day again closes the reversed dateline."""
        line = "(NewMediaWire) - January 30, 2025 - DALLAS, Jan. 30, 2025 – An organization won the award today."
        found = parse_dateline(line)
        assert found is not None
        assert found.text.endswith("Jan. 30, 2025 –")
        assert found.city == "DALLAS"

    def test_other_day_is_no_repeat(self) -> None:
        """A different date after the place is not swallowed as a repeat."""
        line = "(NewMediaWire) - January 30, 2025 - DALLAS, Feb. 2, 2025 – An organization won the award today."
        found = parse_dateline(line)
        assert found is None or not found.text.endswith("Feb. 2, 2025 –")

    def test_wire_name_after_the_place(self) -> None:
        """xr_wire_evertise_1: ``Baton Rouge, LA, Evertise Ai PR –``: the wire, not a country."""
        found = parse_dateline(
            "March 24, 2025 – Baton Rouge, LA, Evertise Ai PR – Something Borrowed Blooms is pleased."
        )
        assert found is not None
        assert (found.region, found.country, found.agency) == ("LA", None, "Evertise Ai PR")
        bare = parse_dateline("Indianapolis, IN, March 28, 2025 – Qwoted Newswire – Acme said today.")
        assert bare is not None
        assert bare.agency == "Qwoted Newswire"


class TestWireBackMatter:
    """Round 7's wire pages: an About glued by its initials, a contact name with its title, a second date line."""

    def test_about_with_initials_again(self) -> None:
        """xr_wire_247_1: ``ABOUT GLOBAL TAX NETWORK (GTN) GTN is …``: the About section."""
        text = (
            "GTN Names Three New Managing Directors\n\nMINNEAPOLIS, MN – Global Tax Network (GTN) has promoted three"
            " directors.\n\nABOUT GLOBAL TAX NETWORK (GTN) GTN is a mobility tax services firm based in Minneapolis.\n"
        )
        assert (
            "about",
            "ABOUT GLOBAL TAX NETWORK (GTN) GTN is a mobility tax services firm based in Minneapolis.",
        ) in (_metas(text))
        assert [b.text for b in parse(text).body] == ["Global Tax Network (GTN) has promoted three directors."]

    def test_initials_of_another_name_make_no_about(self) -> None:
        """``About 40 (GTN) staff …`` opens no section: a story's sentence, no name before the initials."""
        text = "Police met today.\n\nAbout 40 officers of Global Tax Network (GTN) GTN staff joined the raid.\n"
        assert "about" not in [k for k, _ in _metas(text)]

    def test_contact_name_with_its_title(self) -> None:
        """xr_wire_newsdirect_1: ``Charles Horn, Esq.`` in a contact block is the contact's name, no sentence."""
        text = (
            "# Horn Wright Named Best Law Firm\n\nHorn Wright, LLP is proud to announce its selection as the best"
            " firm.\n\nContact DetailsHorn Wright, LLP\n\nCharles Horn, Esq.\n\n+1 516-714-5975\n\ninfo@hornwright.com\n"
        )
        contacts = [t for k, t in _metas(text) if k == "contact"]
        assert len(contacts) == 1
        assert "Charles Horn, Esq." in contacts[0]
        assert [b.text for b in parse(text).body] == [
            "Horn Wright, LLP is proud to announce its selection as the best firm."
        ]

    def test_second_place_date_line(self) -> None:
        """xr_wire_prkarma_1: the client's ``Burlington, ON – February 11th, 2025`` under PR Karma's dateline: a date."""
        text = (
            "# Canadian RV Association Celebrates 50 Years\n\nBURLINGTON, ON / PR Karma / February 11, 2025 15:20\n\n"
            " Burlington, ON – February 11th, 2025\n\n The association proudly marks its 50th anniversary in 2025.\n"
        )
        doc = parse(text)
        dates = [m for m in doc.meta if m.kind.value == "date"]
        assert [m.text for m in dates] == ["Burlington, ON – February 11th, 2025"]
        assert [b.kind for b in doc.body] == ["paragraph"]

    def test_place_date_line_with_story_stays(self) -> None:
        """A place-and-date line that goes on with the story is the story's first line, not a date."""
        text = (
            "# Acme Opens a Plant\n\nBURLINGTON, ON / PR Karma / February 11, 2025 15:20\n\n"
            " Burlington, ON – February 11th, 2025 – Acme opened a plant today in the city.\n\n It employs 40.\n"
        )
        assert "date" not in [k for k, _ in _metas(text)]


class TestCountyHeadlines:
    """Round 8's county pages: a printed headline wrapped over two lines, or longer than the page title's."""

    NAV = "HOME\nGET HELP\nREPORT A CRIME\nSkip to content\n"
    PAGE = (
        "Four Brooklyn Residents Indicted In Connection With Kidnapping - The Brooklyn District Attorney's Office\n"
        + NAV
        + "FOR IMMEDIATE RELEASE\nMonday, March 2, 2015\nFour Brooklyn Residents Indicted In Connection With Kidnapping\n"
        "{second}Defendants Allegedly Kept Victims in Bedford-Stuyvesant Apartment\n"
        "Brooklyn District Attorney Ken Thompson today announced that four people have been named in an indictment.\n"
    )

    def test_headline_wrapped_on_a_conjunction(self) -> None:
        """xs_da_kings_1: the copy and ``And Promoting …`` under it are the release's own headline, whole."""
        text = self.PAGE.format(second="And Promoting Prostitution of Two 13-Year-Old Girls\n")
        want = "Four Brooklyn Residents Indicted In Connection With Kidnapping And Promoting Prostitution of Two 13-Year-Old Girls"
        assert ("title", want) in _metas(text)
        assert ("subtitle", "Defendants Allegedly Kept Victims in Bedford-Stuyvesant Apartment") in _metas(text)

    def test_sentence_case_deck_stays_a_deck(self) -> None:
        """xg_da_cook_2's shape: a deck in sentence case that opens with a preposition is no wrap."""
        text = self.PAGE.format(second="Under the plan, prosecutors sought detention for 202 people\n")
        assert ("subtitle", "Under the plan, prosecutors sought detention for 202 people") in _metas(text)

    def test_longer_release_headline_is_a_title(self) -> None:
        """xs_da_miami_1: ``Press Conference <the page headline>`` under the note is the release's own headline."""
        head = "Local Entrepreneurs Arrested on Sexual Assault Charges"
        text = (
            f"MEDIA ADVISORY: {head} - Office of Miami-Dade State Attorney Katherine Fernandez Rundle\nNews\n"
            f"MEDIA ADVISORY: {head}\nAdmin | December 11, 2024\nfor immediate release\nPress Conference {head}\n"
            "Miami, Florida,\nState Attorney Katherine Fernandez Rundle will hold a press conference to announce arrests.\n"
        )
        assert ("title", f"Press Conference {head}") in _metas(text)

    def test_interview_offer_is_a_contact(self) -> None:
        """xs_da_riverside_1: an offer of interviews ending in the address to write to is a contact."""
        line = "If you would like to interview someone from our office, please email: media@rivcoda.org."
        text = f"Officials met today.\n\nThe court denied the release of the man.\n\n{line}\n"
        assert ("contact", line) in _metas(text)
        story = "If you would like to interview for a job, visit the county's site and apply online today.\n"
        assert "contact" not in [k for k, _ in _metas(f"Officials met today.\n\n{story}")]


class TestRound8BackMatter:
    """Round 8: generic About names, a web address as the name, heading-less legal notices."""

    STORY = "DUBAI, UAE – VideoMost received a patent today for its codec.\n\nThe codec cuts the bitrate by half.\n\n"

    def test_about_the_company(self) -> None:
        """xu_wire_247_2: ``About the company  SPIRIT DSP …``: a generic name opens the About section."""
        text = (
            self.STORY
            + "About the company  SPIRIT DSP (www.spiritDSP.com) products are licensed to Apple and others.\n"
        )
        assert [k for k, _ in _metas(text)] == ["about"]

    def test_about_the_company_in_a_sentence_stays(self) -> None:
        """``About the company's plans, Roe said …`` is the story's sentence."""
        text = self.STORY + "About the company's plans, Roe said nothing at all to the reporters who asked.\n"
        assert "about" not in [k for k, _ in _metas(text)]

    def test_about_a_web_address(self) -> None:
        """xu_wire_noticias_1: ``About latinobaseball.com Founded in 1992, …`` opens its own About section."""
        text = (
            self.STORY
            + "About Discover Puerto Rico Discover Puerto Rico is a private, not-for-profit organization.\n\n"
            "About latinobaseball.com Founded in 1992, latinobaseball.com is the keeper of Latino Baseball history.\n"
        )
        assert [k for k, _ in _metas(text)] == ["about", "about"]

    def test_exchange_legend_and_forward_looking_notice(self) -> None:
        """xu_wire_nmw_1: the CSE legend (with its ``adequacy of accuracy`` typo) and the heading-less FLI notice."""
        legend = (
            "Neither the Canadian Securities Exchange nor its Market Regulator accepts responsibility for the adequacy"
            " of accuracy of this news release."
        )
        fli = "Certain information contained herein constitutes “forward-looking information” under securities law."
        text = self.STORY + f"{legend}\n\n{fli}\n"
        assert [k for k, _ in _metas(text)] == ["disclaimer", "disclaimer"]
        story = "Certain information about the codec is contained herein for the readers who asked.\n"
        assert "disclaimer" not in [k for k, _ in _metas(self.STORY + story)]

    def test_stripped_date_opening_the_story(self) -> None:
        """xt_senate_corker_1: ``Thursday  October 11  2007  U S  Senator …``: a date, and no city ``U S``."""
        story = (
            "Thursday  October 11  2007  U S  Senator Bob Corker  R TN  was mentioned in the following news article"
            " published in the Memphis Flyer on October 11  2007  In a visit to Shelby County Wednesday Bob Corker"
            " made it clear that partisan issues are the least of his concerns  he said to the crowd there"
        )
        text = "Corker Says Constituents Come Before Loyalties" + " " * 40 + "\n\n" + story + "\n"
        doc = parse(text)
        assert doc.dateline is None
        assert ("date", "Thursday October 11 2007") in _metas(text)
        assert doc.body[0].text.startswith("U S Senator Bob Corker")
        assert parse_dateline("Thursday  October 11  2007  U S  Senator Bob Corker said today") is None

    def test_stripped_header_title_contact_place(self) -> None:
        """xt_senate_gregg_1: ``<headline> Contact  <names>  WASHINGTON   U S  Senator …``: title, contact, place."""
        text = (
            "Senator Gregg Lauds Passage Of Energy Bill Contact  Andrea Wuebker Laena Fallon  WASHINGTON   U S  Senator"
            " Judd Gregg  R NH  today lauded passage of HR 6  the Renewable Fuels Consumer Protection and Energy"
            " Efficiency Act of 2007  The bill passed the Senate today by a wide margin  he said"
        )
        doc = parse(text)
        assert doc.dateline is not None
        assert doc.dateline.city == "WASHINGTON"
        assert doc.title == "Senator Gregg Lauds Passage Of Energy Bill"
        assert ("contact", "Contact Andrea Wuebker Laena Fallon") in _metas(text)
        assert doc.body[0].text.startswith("U S Senator Judd Gregg")

    def test_title_case_place_before_the_stripped_us(self) -> None:
        """xo_senate_lincoln_1: ``Contact  Katie Laning  202 224 4843  Washington   U S  Senators …``: the dateline."""
        text = (Path(__file__).parent / "unseen" / "xo_senate_lincoln_1.txt").read_text(encoding="utf-8")
        doc = parse(text)
        assert doc.dateline is not None
        assert doc.dateline.city == "Washington"
        assert ("contact", "Contact Katie Laning 202 224 4843") in _metas(text)
        assert any(b.text.startswith("U S Senators Blanche Lincoln") for b in doc.body)

    def test_title_case_word_inside_a_header_is_no_place(self) -> None:
        """xb_senate_leahy_1: ``… Julie L  Myers                  November 1  2007`` gives no dateline ``Myers``."""
        text = (
            "       Statement Of Sen  Leahy On The Nomination Of Julie L  Myers                  November 1  2007     "
            "I am also hopeful that Ms  Myers will look for alternatives to      incarceration for families  It is good"
        )
        doc = parse(text)
        assert doc.dateline is None or doc.dateline.city != "Myers"

    def test_contact_word_in_a_headline_stays(self) -> None:
        """``Officials Lose Contact With Ship …``: the word in a headline, no label (two spaces after it needed)."""
        text = (
            "Officials Lose Contact With Ship Near Coast\n\nLYON, France – Officials said today the ship was found.\n"
        )
        assert _metas(text) == [("title", "Officials Lose Contact With Ship Near Coast")]


class TestDatelinePrintedTwice:
    """Reportable prints the place-and-date line alone, then again opening the story (xu_wire_reportable_1)."""

    def test_the_paragraphs_copy_is_the_dateline(self) -> None:
        text = (
            "# Stonegate Initiates Coverage on MarketWise\n\nDallas, Tx -- March 23, 2026\n\n"
            "Dallas, Tx -- March 23, 2026 -- MarketWise (NASDAQGM: MKTW): Stonegate Capital Partners initiates coverage."
            "\n\nThe firm said the shares were fairly valued.\n"
        )
        doc = parse(text)
        assert doc.dateline is not None
        assert doc.dateline.text == "Dallas, Tx -- March 23, 2026 --"
        assert doc.body[0].text.startswith("MarketWise (NASDAQGM: MKTW)")
        assert ("repeated_line", "Dallas, Tx -- March 23, 2026") in [(n.kind.value, n.text) for n in doc.noise]

    def test_a_line_alone_over_another_story_stays(self) -> None:
        """A dateline line alone over a story that does not repeat it stays the dateline."""
        text = "# Acme Opens a Plant\n\nDallas, Tx -- March 23, 2026\n\nAcme opened a plant today in the city.\n"
        doc = parse(text)
        assert doc.dateline is not None
        assert doc.dateline.text.startswith("Dallas, Tx -- March 23, 2026")
        assert doc.body[0].text == "Acme opened a plant today in the city."


class TestMarkdownTitleHoldsNoDateline:
    """Round 9: IBN's series title ``# InvestorNewsBreaks – …`` is the title, no dateline (xx_wire_ibn_1)."""

    def test_series_title(self) -> None:
        text = (
            "# InvestorNewsBreaks – Envirotech Vehicles Inc. Enters Exclusive Acquisition Agreement\n\n"
            "Envirotech Vehicles today announced that it has entered into an agreement to acquire a maker of vans.\n"
        )
        doc = parse(text)
        assert doc.dateline is None
        assert doc.title is not None
        assert doc.title.startswith("InvestorNewsBreaks – Envirotech")

    def test_dated_markdown_line_keeps_its_dateline(self) -> None:
        """With a date the line is the dateline convention still (read as the dateline stage reads it)."""
        found = parse_dateline("# LYON, France, March 3, 2025 – Police met today and agreed on a plan.")
        assert found is None or found.date_text == "March 3, 2025"


class TestRound9:
    """Round 9 (a measure; these few were fixed after it): date-only datelines, contact lead-ins, notices, bylines."""

    def test_date_alone_with_its_dash(self) -> None:
        """xx_wire_blockchainwire_1: ``October 23, 2024 – Crypto Dispensers, …``: a dateline with no place."""
        found = parse_dateline("October 23, 2024 – Crypto Dispensers, a pioneering company, is redefining Bitcoin.")
        assert found is not None
        assert (found.text, found.city) == ("October 23, 2024 –", None)
        assert parse_dateline("October 23, 2024 was the day the company opened its doors.") is None

    def test_date_then_a_headline_stays_date_and_title(self) -> None:
        """``March 4, 2025 - New Plant Opens In Town`` over the story: a date and the title, no dateline."""
        text = "March 4, 2025 - New Plant Opens In Town\n\nAcme opened a plant today in the city of Lyon.\n"
        doc = parse(text)
        assert doc.dateline is None
        assert _metas(text) == [("date", "March 4, 2025"), ("title", "New Plant Opens In Town")]

    def test_contact_lead_in(self) -> None:
        """xx_wire_blockchainwire_1: ``… or contact:`` over ``Media Contact: …`` opens the contact block."""
        text = (
            "# Crypto Dispensers Offering $25 Free\n\nCrypto Dispensers, a pioneering company, is redefining how "
            "beginners can access Bitcoin.\n\nIt is an all-in-one platform.\n\nFor more information, please visit "
            "www.cryptodispensers.com or contact:\n\nMedia Contact:\n\nRobert RuizCrypto Dispensers205 N Michigan "
            "Ave, Suite 250Chicago, IL 60601robruiz@cryptodispensers.com888-212-2140 \n"
        )
        contacts = [t for k, t in _metas(text) if k == "contact"]
        assert len(contacts) == 1
        assert contacts[0].startswith("For more information, please visit www.cryptodispensers.com or contact:")

    def test_release_may_contain_forward_looking_statements(self) -> None:
        """xx_wire_citybiz_1: the notice with no heading after an About section is a disclaimer of its own."""
        text = (
            "KBS sold a property today in Kansas.\n\nAbout KBS\n\nKBS is one of the largest investors in real estate.\n\n"
            "This release may contain forward-looking statements within the meaning of the Securities Act.\n"
        )
        assert [k for k, _ in _metas(text)] == ["about", "disclaimer"]

    def test_column_byline_with_a_colon(self) -> None:
        """xv_da_sandiego_1: ``By District Attorney Summer Stephan:`` over the column is its byline."""
        text = (
            "Rental Scams on the Rise\n\nBy District Attorney Summer Stephan:\n\nScammers post fake listings to steal "
            "deposits from renters, and the number of cases rose this year in the county.\n"
        )
        assert ("byline", "By District Attorney Summer Stephan:") in _metas(text)

    def test_commentary_offer_is_a_contact(self) -> None:
        """xv_da_miami_1: an offer of commentary to the media ending in a phone and a purpose is a contact."""
        line = (
            "If you are interested in seeking additional commentary from State Attorney Katherine Fernandez Rundle,"
            " please call 305-547-0535 to schedule."
        )
        text = f"The defendant was sentenced today to ten years.\n\n{line}\n"
        assert ("contact", line) in _metas(text)
