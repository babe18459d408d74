"""Session 19: meta, dateline and contact conventions read from real releases the parser had not seen.

Method. Readers fetched releases from the corpus's own datasets, wrote each gold file before looking at the
parser's output, and triaged every difference into a minimal case; each case is here, written before the
fix, with the text that must stay beside it.
"""

from __future__ import annotations

from pressparse import MetaKind, parse, parse_dateline

_TRAILER = "\n\n---\n\n[Original/Source Press Release](https://example.com/pr/1)\n"


def _metas(text: str) -> list[tuple[str, str]]:
    return [(m.kind.value, m.text) for m in parse(text).meta]


class TestWireLineOverTheStorysDateline:
    """News Direct: ``--News Direct--`` over an image and a story that opens with its own dateline."""

    PAGE = (
        "# Nick Twidale joins ATFX as Chief Market Analyst\n\n--News Direct--\n\n"
        "![](https://public.newsdirect.com/235122120/2rbCFND0.PNG)\n\n"
        "Sydney, May 1st, 2024 - (500NewsWire) -- ATFX, a leading global online trading broker, is pleased to"
        " announce that Nick Twidale has joined the company.\n\nNick is a highly recognisable figure in the industry.\n"
    )

    def test_the_storys_own_dateline_wins(self) -> None:
        """xh_wire_newsdirect_1: the place-and-date dateline, the wire's line a release note; SPEC 5 holds."""
        doc = parse(self.PAGE)
        assert doc.dateline is not None
        assert doc.dateline.city == "Sydney"
        assert ("release_note", "--News Direct--") in _metas(self.PAGE)
        assert doc.body[0].text.startswith("ATFX, a leading")
        again = parse(doc.text)
        assert again.dateline is not None
        assert again.dateline.text == doc.dateline.text
        assert [b.text for b in again.body] == [b.text for b in doc.body]

    def test_the_wire_line_alone_is_the_dateline(self) -> None:
        """Without a place under it, ``--News Direct--`` stays the dateline (wire_004)."""
        text = "# Headline of the release\n\n--News Direct--\n\nSince its launch, the event has grown.\n"
        doc = parse(text)
        assert doc.dateline is not None
        assert doc.dateline.agency == "News Direct"


class TestStandfirstSentence:
    """A one-sentence standfirst between the headline and the dateline (PRISM MediaWire)."""

    def test_sentence_above_the_dateline_is_the_subtitle(self) -> None:
        """xh_wire_prism_1: ends in a stop, one sentence, alone above the dateline."""
        text = (
            "# NxGen Brands Announces Launch of $CAND Token\n\n"
            "NxGen integrates blockchain rewards with real-world candy brands through its token launch.\n\n \n\n"
            " ENGLEWOOD, Colo., March 3, 2026 – PRISM MediaWire – NxGen Brands, Inc. today announced the launch.\n\n"
            " The token is designed as a value-driven digital asset." + _TRAILER
        )
        assert (
            "subtitle",
            "NxGen integrates blockchain rewards with real-world candy brands through its token launch.",
        ) in (_metas(text))

    def test_a_quotation_or_three_sentences_stay_in_the_story(self) -> None:
        """A pull quote, or a paragraph of three sentences, above the dateline is no standfirst."""
        for lead in (
            "“We are thrilled to launch the token today,” said the chief executive of the company.",
            "The token launches today. It is built on Solana. Holders earn rewards on candy purchases.",
        ):
            text = (
                f"# NxGen Brands Announces Launch of $CAND Token\n\n{lead}\n\n"
                " ENGLEWOOD, Colo., March 3, 2026 – NxGen Brands, Inc. today announced the launch.\n\n"
                " The token is designed as a value-driven digital asset." + _TRAILER
            )
            assert "subtitle" not in [k for k, _ in _metas(text)]


class TestAboutSections:
    """About sections the wires write in other ways."""

    def test_heading_glued_to_the_companys_full_name(self) -> None:
        """xh_wire_reportable_1: ``About PurinaNestlé Purina PetCare creates …``: the name comes back inside."""
        text = (
            "# Dogs Honoured by Hall of Fame\n\nTORONTO, Sept. 23, 2025 – Two dogs were inducted into the Hall of"
            " Fame.\n\nToday, Judy and Chris are rebuilding their lives.\n\n About PurinaNestlé Purina PetCare creates"
            " richer lives for pets and the people who love them." + _TRAILER
        )
        assert [k for k, t in _metas(text) if t.startswith("About Purina")] == ["about"]

    def test_glued_to_another_word_is_no_about(self) -> None:
        """``About PurinaBrand new dogs … Purina``: the name comes back, but past the company's name: story."""
        text = "TORONTO – The clock struck.\n\nAbout PurinaBrand new dogs were found by the owners of Purina today.\n"
        assert "about" not in [k for k, _ in _metas(text)]

    def test_bare_about_label_over_the_companys_paragraph(self) -> None:
        """xh_wire_blockchainwire_1: ``About:`` / ``SatoshiDEX, operating on …``: one about."""
        text = (
            "# SatoshiDEX Opens Pre-Sale\n\nSatoshiDEX.ai, a DeFi platform, has announced the start of its pre-sale."
            "\n\nWith this funding, the team is poised to grow.\n\nAbout:\n\nSatoshiDEX, operating on the Stacks"
            " Layer 2 chain, is a DeFi protocol." + _TRAILER
        )
        assert ("about", "About: SatoshiDEX, operating on the Stacks Layer 2 chain, is a DeFi protocol.") in _metas(
            text
        )

    def test_link_lines_after_please_visit_stay_in_the_about(self) -> None:
        """xh_wire_nmw_1: ``please visit:`` / ``www… or`` / ``https://…``: the section goes on over the links."""
        text = (
            "# Pharmagreen Announces Revenue Potential\n\nCARSON CITY, Nev. - (NewMediaWire) - October 10, 2024 -"
            " Pharmagreen Biotech, Inc. is thrilled.\n\nThe company is seeking distributors.\n\nAbout Pharmagreen"
            " Biotech, Inc.\n\nPharmagreen is advancing its project.\n\nFor company’s online store, please visit:\n\n"
            "www.maxgenomicproducts.com or\n\nhttps://www.amazon.com/MaxGenomicTM-Supplement/dp/B0C9C656KR" + _TRAILER
        )
        doc = parse(text)
        assert not any("amazon.com" in b.text or "maxgenomic" in b.text for b in doc.body)
        assert any(m.kind is MetaKind.ABOUT and "amazon.com" in m.text for m in doc.meta)

    def test_a_short_line_after_a_plain_sentence_ends_the_about(self) -> None:
        """A short line that is no address, under a sentence ending in a stop, is the story's again."""
        text = (
            "# Pharmagreen Announces Revenue Potential\n\nCARSON CITY, Nev. - Pharmagreen Biotech, Inc. is thrilled."
            "\n\nAbout Pharmagreen Biotech, Inc.\n\nPharmagreen is advancing its project.\n\nMedia Day 2025\n\n"
            "The media day takes place in May at the company's offices in Carson City.\n"
        )
        assert not any(m.kind is MetaKind.ABOUT and "Media Day" in m.text for m in parse(text).meta)


class TestContactBlocks:
    """Contact blocks that go on over labelled web addresses and an address under a blank line."""

    def test_labelled_web_addresses(self) -> None:
        """xh_wire_nmw_1: ``Online Store: www…`` and ``Corporate Website: www…`` under Tel and Email."""
        text = (
            "# Pharmagreen Announces Revenue Potential\n\nCARSON CITY, Nev. - (NewMediaWire) - Pharmagreen Biotech,"
            " Inc. is thrilled.\n\nThe company is seeking distributors.\n\nContact Information:\n\nTel: (702) 803 9404"
            "\n\nEmail: info@pharmagreen.ca\n\nOnline Store: www.maxgenomicproducts.com\n\nCorporate Website:"
            " www.pharmagreen.ca" + _TRAILER
        )
        doc = parse(text)
        assert not any("Website" in b.text or "Online Store" in b.text for b in doc.body)
        assert any(m.kind is MetaKind.CONTACT and "Corporate Website" in m.text for m in doc.meta)

    def test_address_with_zip_after_a_blank_space_line(self) -> None:
        """xh_wire_pressservices_1: the name, a line of one space, the address with its ZIP, the phone."""
        text = (
            "# Unlock Your Brain's Potential with Mushroom Max\n\n Canyon Lake, United States - March 10, 2025 /"
            " Me First Living /\n\n Mushroom Max is emerging as a leading dietary supplement.\n\nContact Information:"
            "\n\n Me First Living\n\n \n\n1885 FM 2673, Suite H31  Canyon Lake, Texas 78133United States\n\n Joy"
            " Wallace +1 (844) 344-6488 https://mefirstliving.com " + _TRAILER
        )
        doc = parse(text)
        assert not any("Joy Wallace" in b.text or "Canyon Lake, Texas" in b.text for b in doc.body)
        assert any(m.kind is MetaKind.CONTACT and "Joy Wallace" in m.text for m in doc.meta)

    def test_a_story_paragraph_with_a_zip_after_a_contact_stays(self) -> None:
        """A long sentence naming a ZIP code after the block is the story's: prose ends the block."""
        text = (
            "WASHINGTON - The office opened today.\n\nContact: Jane Roe\n\n555-123-4567\n\n"
            "The new office at 100 Main Street in Canyon Lake, Texas 78133 will serve residents of the whole"
            " county, officials said on Monday at the opening.\n"
        )
        assert any("new office" in b.text for b in parse(text).body)


# A punctuation-stripped one-line Senate page (Grimmer): headline, note, date, the headline again, the place.
_LANDRIEU = (
    "Landrieu Comments Following Iraq Meeting with President         FOR IMMEDIATE RELEASE  01 05 2007    "
    "Landrieu Comments Following Iraq Meeting with President     WASHINGTON    Senator Landrieu released the"
    " following statement today after meeting with President Bush and a bipartisan group of senators to discuss"
    " military strategy in Iraq  Sen  Landrieu said   Let me be clear  I support giving our commanders whatever"
    " reasonable tools are needed   But I cannot support adding troops to Iraq                 "
)


class TestStrippedSenateHeaders:
    """The header of a punctuation-stripped Senate page, flattened into the page's one line."""

    def test_place_after_the_header_note_is_the_dateline(self) -> None:
        """xi_senate_landrieu_1: ``…     WASHINGTON    Senator …`` after ``FOR IMMEDIATE RELEASE``; SPEC 5 holds."""
        doc = parse(_LANDRIEU)
        assert doc.dateline is not None
        assert doc.dateline.text == "WASHINGTON"
        assert doc.body[0].text.startswith("Senator Landrieu released")
        again = parse(doc.text)
        assert again.dateline is not None
        assert again.dateline.text == "WASHINGTON"
        assert [b.text for b in again.body] == [b.text for b in doc.body]

    def test_the_header_reads_as_title_note_and_date(self) -> None:
        """Title, ``FOR IMMEDIATE RELEASE``, the stripped ``01 05 2007`` (January 5: the Senate's US order)."""
        doc = parse(_LANDRIEU)
        assert [(m.kind.value, m.text) for m in doc.meta] == [
            ("title", "Landrieu Comments Following Iraq Meeting with President"),
            ("release_note", "FOR IMMEDIATE RELEASE"),
            ("date", "01 05 2007"),
        ]
        assert doc.meta[2].date is not None
        assert (doc.meta[2].date.month, doc.meta[2].date.day) == (1, 5)

    def test_inside_one_piece_the_note_backs_the_place(self) -> None:
        """The header and the story in one piece: the note before ``WASHINGTON`` backs it; without it, nothing."""
        from pressparse._block import Piece
        from pressparse.dateline import find_dateline

        found, _ = find_dateline(_LANDRIEU, (Piece("paragraph", 0, len(_LANDRIEU.rstrip())),))
        assert found is not None
        assert found.text == "WASHINGTON"
        other = _LANDRIEU.replace("FOR IMMEDIATE RELEASE", "LATEST NEWS ARCHIVE")
        found, _ = find_dateline(other, (Piece("paragraph", 0, len(other.rstrip())),))
        assert found is None

    def test_note_glued_to_its_date_and_a_member_letterhead(self) -> None:
        """xi_senate_levin_1: ``Senator Carl Levin  News Release        FOR IMMEDIATE RELEASESeptember 12  2007 …``."""
        head = "Levin  Stabenow Seek Greater Authority for USDA to Fight Viral Hemorrhagic Septicemia"
        text = (
            f"    09 12 2007   {head}{' ' * 90}Senator Carl Levin  News Release              FOR IMMEDIATE"
            f" RELEASESeptember 12  2007 Contact  Press OfficePhone  202 228 3685      {head}{' ' * 90}WASHINGTON  "
            "   Determined to prevent a deadly fish disease from spreading in the Great Lakes  Senator Carl Levin"
            " joined eight of their colleagues in a bipartisan letter to the Senate Agriculture Committee today   "
        )
        doc = parse(text)
        metas = [(m.kind.value, " ".join(m.text.split())) for m in doc.meta]
        assert ("release_note", "FOR IMMEDIATE RELEASE") in metas
        assert ("date", "September 12 2007") in metas
        assert ("contact", "Contact Press OfficePhone 202 228 3685") in metas
        assert "subtitle" not in [k for k, _ in metas]
        assert "Senator Carl Levin  News Release" in [n.text for n in doc.noise]

    def test_a_headline_about_a_news_release_is_no_letterhead(self) -> None:
        """``Senator Roe Issues Statement on News Release`` is a headline: the name is no site's name."""
        text = "Senator Roe Issues Statement on News Release\n\nWASHINGTON - Senator Roe said the report was wrong.\n"
        assert parse(text).title == "Senator Roe Issues Statement on News Release"

    def test_a_copy_of_the_headline_after_the_sites_short_name(self) -> None:
        """x4_senate_murray_1: ``Murray  PHOTO  Murray Stands Up …`` repeats the headline: noise, not the story."""
        head = "PHOTO  Murray Stands Up For Service Members at Historic Joint Hearing"
        text = (
            f"   U S  Senator Patty Murray   {head}{' ' * 80}Murray  {head}  04 12 2007{' ' * 40}News Release   "
            f"   For Immediate Release  Thursday  April 12  2007     Today  Senator Murray called on officials at the"
            " Department of Defense to investigate reports  Murray also demanded a new rating system   "
        )
        doc = parse(text)
        assert doc.body[0].text.startswith("Today Senator Murray")
        assert [b.text for b in parse(doc.text).body] == [b.text for b in doc.body]


class TestFrontOfAJusticeDepartmentPage:
    """The DOJ site's breadcrumb over the headline: the headline stays the title (a regression a name clash caused)."""

    def test_breadcrumb_over_the_headline(self) -> None:
        text = (
            "U.S. Attorneys\n»\nWestern District of Kentucky\n»\nNews\nPress Release\n"
            "Six Members of Louisville Drug Trafficking Organization Sentenced to a Combined 71 Years\n"
            "Wednesday, August 13, 2025\nFor Immediate Release\nU.S. Attorney's Office, Western District of Kentucky\n"
            "Louisville, KY – Six members of a drug trafficking organization were sentenced today in federal court.\n"
        )
        assert (
            parse(text).title
            == "Six Members of Louisville Drug Trafficking Organization Sentenced to a Combined 71 Years"
        )


class TestSenateFrontLines:
    """A speech's first line, a capitals headline glued to its date, the election-period notice."""

    def test_two_sentences_under_the_headline_are_the_speech(self) -> None:
        """xi_senate_byrd_1: ``Sunday will be June 20th. It will be West Virginia Day!`` opens the body."""
        text = (
            "SEN. BYRD CELEBRATES WEST VIRGINIA DAY\n  Sunday will be June 20th. It will be West Virginia Day!\n"
            "   On this day before West Virginia eve, there are so many things I would like to say about my State.  \n"
            "   I would like to talk about our rolling green hills. How each year thousands of people come to camp.\n"
        )
        doc = parse(text)
        assert "subtitle" not in [m.kind.value for m in doc.meta]
        assert doc.body[0].text == "Sunday will be June 20th. It will be West Virginia Day!"

    def test_a_headline_with_an_abbreviation_or_title_case_stays_a_subtitle(self) -> None:
        """``Acme Inc. Acquires the Beta Company`` and ``Sen. Roe will be honored today`` read as headlines."""
        for deck in ("Acme Inc. Acquires the Beta Company in Ohio", "Sen. Roe will be honored at the gala today"):
            text = (
                f"Roe Honored by Veterans Group\n{deck}\n\nWASHINGTON - Sen. Jane Roe was honored today by the group.\n"
            )
            assert ("subtitle", deck) in _metas(text)

    def test_capitals_headline_glued_to_its_date_and_the_story(self) -> None:
        """xi_senate_mccain_1: ``… DETAINEE PROVISIONS January 4  2006  We believe …``: title, date, story."""
        text = (
            " "
            * 40
            + "SENATOR JOHN W  WARNER  R VA  AND SENATOR JOHN MCCAIN  R ARIZ  STATEMENT ON PRESIDENTIAL SIGNING"
            " DETAINEE PROVISIONS January 4  2006  We believe the President understands Congress s intent in passing"
            " legislation governing the treatment of detainees  Our Committee intends through strict oversight to"
            " monitor the implementation of the new law" + " " * 40
        )
        doc = parse(text)
        metas = [(m.kind.value, " ".join(m.text.split())) for m in doc.meta]
        assert metas[1] == ("date", "January 4 2006")
        assert metas[0][0] == "title"
        assert doc.body[0].text.startswith("We believe the President")
        assert [b.text for b in parse(doc.text).body] == [b.text for b in doc.body]

    def test_capitals_in_a_sentence_before_a_date_stay(self) -> None:
        """A story line in capitals before a date that goes on in lower case is no headline: one paragraph."""
        text = "THE COMMITTEE WILL MEET ON THE BILL ON January 4  2006  the clerk said in a notice to members today.\n"
        assert [m.kind.value for m in parse(text).meta] == []

    def test_election_notice_with_its_link_words_lost(self) -> None:
        """xi_senate_inhofe_1: ``Pursuant to , newsletters, petitions, …`` is the Senate's notice (a disclaimer)."""
        notice = (
            "Pursuant to , newsletters, petitions, opinion polls and issue alerts and other electronic communications"
            " cannot be initiated by this office for the 60 day period immediately before the date of an election."
        )
        text = f"WASHINGTON - Sen. Roe spoke on the floor today about the farm bill.\n\n{notice}\n"
        assert ("disclaimer", notice) in _metas(text)


class TestSafetyStatements:
    """A medical product's risk statement is a disclaimer; the footnotes under it are the story's sources."""

    def test_possible_risks_statement_and_footnote(self) -> None:
        """xh_wire_newsusa_1: ``Possible risks associated with Sphere-9 may include …`` / ``* 1https://…``."""
        risk = "Possible risks associated with Sphere-9 may include stroke, pericardial tamponade and death."
        text = (
            "# A Small Heart Monitor Helped One Father\n\n(NewsUSA) - Todd was diagnosed with atrial fibrillation."
            f"\n\nHe is doing well today, his doctor said.\n\n{risk}\n\n* 1https://www.nhlbi.nih.gov/news/2024/afib\n"
        )
        doc = parse(text)
        assert ("disclaimer", risk) in _metas(text)
        assert doc.body[-1].text == "1https://www.nhlbi.nih.gov/news/2024/afib"

    def test_risks_in_a_sentence_stay(self) -> None:
        """``The possible risks associated with …`` inside the story's sentence is the story's."""
        text = "WASHINGTON - Doctors met today.\n\nThe possible risks associated with the device were discussed.\n"
        assert "disclaimer" not in [k for k, _ in _metas(text)]


class TestJusticeDepartmentDeck:
    """The deck a DOJ page glued to its story at the top of the text, its headline lost: the subtitle."""

    def test_deck_glued_to_the_first_word(self) -> None:
        """xd_doj_r03011: ``… Against Company and Two PrincipalsRoos Foods Inc., …`` (an initialism inside)."""
        text = (
            "U.S. District Court Also Issues Permanent Injunction Against Company and Two PrincipalsRoos Foods Inc.,"
            " a Delaware company, pleaded guilty to a misdemeanor violation of the Federal Food, Drug and Cosmetic"
            " Act, the Department of Justice announced today. The company was fined."
        )
        doc = parse(text)
        assert _metas(text) == [
            ("subtitle", "U.S. District Court Also Issues Permanent Injunction Against Company and Two Principals")
        ]
        assert doc.body[0].text.startswith("Roos Foods Inc., a Delaware company")
        assert [b.text for b in parse(doc.text).body] == [b.text for b in doc.body]

    def test_a_subheading_glued_further_down_stays_a_heading(self) -> None:
        """Past the first paragraph, a glued subheading is the body's (``… Civil ComplaintThe SEC also …``)."""
        text = (
            "WASHINGTON - A Las Vegas man was arrested today on charges of securities fraud, the department said.\n\n"
            "SEC Files Separate Civil ComplaintThe SEC also filed a civil complaint against the man today.\n"
        )
        doc = parse(text)
        assert [b.kind for b in doc.body] == ["paragraph", "heading", "paragraph"]
        assert "subtitle" not in [k for k, _ in _metas(text)]


class TestRoundFiveDatelines:
    """Round 5 (blind): datelines the parser misread, each with the nearest text it must leave alone."""

    def test_place_and_date_in_brackets(self) -> None:
        """xj_da_miami_1: ``(Miami – November 8, 2024)`` / ``– State Attorney …``: the place, not an agency."""
        d = parse_dateline("(Miami – November 8, 2024)\n– State Attorney Jane Roe announces the arrest of a man today.")
        assert d is not None
        assert (d.city, d.agency, str(d.date)) == ("Miami", None, "2024-11-08")
        wire = parse_dateline("(Sputnik - 11th November, 2020) - The minister said on Monday that talks went well.")
        assert wire is not None
        assert (wire.city, wire.agency) == (None, "Sputnik")

    def test_article_glued_to_a_known_place(self) -> None:
        """xj_doj_r12051: ``WASHINGTONA father and son …``; an unknown city ending in A is not cut."""
        doc = parse(
            "WASHINGTONA father and son pleaded guilty today in U.S. District Court in Greenbelt, Md., to illegally"
            " over fishing striped bass, the Justice Department announced."
        )
        assert doc.dateline is not None
        assert doc.dateline.city == "WASHINGTON"
        assert doc.body[0].text.startswith("A father and son")
        other = parse("BATAVIA federal agents arrested a man today in the city, officials said on Monday after it.")
        assert other.dateline is None or other.dateline.city != "BATAVI"

    def test_two_letter_country_code(self) -> None:
        """xk_wire_noticias_1: ``MADRID, ES —`` names Spain; ``AUSTIN, TX —`` and ``DOVER, DE —`` a state."""
        madrid = parse_dateline("MADRID, ES — April 16, 2025 — (NOTICIAS NEWSWIRE) — Nancy Clara launched her book.")
        assert madrid is not None
        assert (madrid.region, madrid.country) == (None, "ES")
        dover = parse_dateline("DOVER, DE — The governor signed the bill into law today.")
        assert dover is not None
        assert (dover.region, dover.country) == ("DE", None)

    def test_markdown_title_holds_no_dateline(self) -> None:
        """xk_wire_prism_1: ``# PRISM MediaWire – Weekly Press Release Round Up – …`` is the title."""
        text = (
            "# PRISM MediaWire – Weekly Press Release Round Up – April 20 to April 24, 2026\n\n"
            "This week's releases covered mining, biotech and payments companies listed in New York.\n"
        )
        doc = parse(text)
        assert doc.dateline is None
        assert doc.title == "PRISM MediaWire – Weekly Press Release Round Up – April 20 to April 24, 2026"

    def test_district_of_columbia_after_one_space(self) -> None:
        """xl_senate_pryor_1: ``WASHINGTON D C   Senator …``: city and region, as with two spaces."""
        d = parse_dateline(
            "WASHINGTON D C   Senator Mark Pryor today reintroduced the act to help the farmers of his state."
        )
        assert d is not None
        assert (d.city, d.region) == ("WASHINGTON", "D C")

    def test_stripped_header_title_date_and_place_in_one_piece(self) -> None:
        """xl_senate_enzi_1: ``… protection  January 5  2007 Washington  D C   U S  Senator …``."""
        text = (
            " " * 40 + "Enzi lays out Congressional agenda  budget and spending reform  fair livestock markets  small"
            " business protection  January 5  2007 Washington  D C   U S  Senator Mike Enzi  R Wyo   started the first"
            " day of the 110th Congress by attending the swearing in of recently elected members  Enzi hopes to work"
            " with those members to bring about positive change for Wyoming agriculture producers   "
        )
        doc = parse(text)
        assert doc.dateline is not None
        assert " ".join(doc.dateline.text.split()) == "Washington D C"
        assert [(m.kind.value, " ".join(m.text.split())) for m in doc.meta] == [
            (
                "title",
                "Enzi lays out Congressional agenda budget and spending reform fair livestock markets small business protection",
            ),
            ("date", "January 5 2007"),
        ]


class TestRoundFiveBackMatter:
    """Round 5 (blind): About sections, contact blocks and stripped headers the parser misread."""

    def test_about_that_lost_its_name(self) -> None:
        """xk_wire_evertise_1: ``About Founded by the husband-and-wife team …`` opens the About section."""
        text = (
            "# NEUROFIT Launches Apple Watch App\n\nNew York, NY – March 17th, 2025 – NEUROFIT released its app today."
            "\n\nThe app is available today as a free download.\n\nAbout Founded by the husband-and-wife team of Andrew"
            " and Loren Hogue, NEUROFIT was born from personal experience.\n\nSocial Links Instagram | LinkedIn\n\n"
            "Media Contact Andrew Hogue Co-CEO NEUROFIT press@neurofit.app\n"
        )
        doc = parse(text)
        assert [b.text for b in doc.body] == [
            "NEUROFIT released its app today.",
            "The app is available today as a free download.",
        ]
        kinds = [k for k, _ in _metas(text)]
        assert "about" in kinds
        assert "contact" in kinds

    def test_about_in_a_sentence_stays(self) -> None:
        """``About half of the staff …`` opens a story sentence: no About section."""
        text = "WASHINGTON - The agency hired staff.\n\nAbout half of the staff were based in the capital last year.\n"
        assert "about" not in [k for k, _ in _metas(text)]

    def test_contact_label_without_its_colon_ends_the_about(self) -> None:
        """xk_wire_prism_1: ``Contact Information PRISM MediaWire110 East …`` after the About is a contact."""
        text = (
            "# Weekly Round Up\n\nNEW YORK – The week's releases covered mining and biotech.\n\nAbout PRISM MediaWire"
            " PRISM MediaWire is a New York City–based press release distribution company.\n\nContact Information"
            " PRISM MediaWire110 East 59th Street, 23rd FloorNew York, NY 10022\n\nPhone: 646-780-8850 Email:"
            " info@prismmediawire.com Website: https://prismmediawire.com\n"
        )
        metas = _metas(text)
        assert [k for k, _ in metas] == ["title", "about", "contact"]
        assert metas[2][1].startswith("Contact Information PRISM MediaWire110")

    def test_contact_words_in_a_headline_stay(self) -> None:
        """``Media Contacts Rise …`` as a story line is no contact label without its block."""
        text = (
            "WASHINGTON - Officials met.\n\nMedia contacts Rise sharply in the capital, the survey of editors found.\n"
        )
        assert "contact" not in [k for k, _ in _metas(text)]

    def test_stripped_headline_and_deck(self) -> None:
        """xl_senate_alexander_1: ``… Fire Departments   Goshen Valley … among grant recipients``."""
        text = (
            " "
            * 40
            + "Alexander  Frist Applaud Grant Funding To Aid Tennessee Fire Departments   Goshen Valley Volunteer"
            " Fire Department among grant recipients          January 12th  2005   WASHINGTON  D C    U S  Senators"
            " Bill Frist and Lamar Alexander today applauded the Department of Homeland Security for awarding a grant"
            " to the Goshen Valley Volunteer Fire Department   The program provides grants to fire departments   "
        )
        metas = [(k, " ".join(t.split())) for k, t in _metas(text)]
        assert ("title", "Alexander Frist Applaud Grant Funding To Aid Tennessee Fire Departments") in metas
        assert ("subtitle", "Goshen Valley Volunteer Fire Department among grant recipients") in metas

    def test_a_wrapped_title_case_headline_stays_whole(self) -> None:
        """Two title-case halves (``Chairman Senate Judiciary Committee   On The Nomination …``) are one line."""
        text = (
            "Statement Of Sen Patrick Leahy   Chairman Senate Judiciary Committee   On The Nomination Of Julie"
            " Myers Executive Business Meeting          WASHINGTON  D C    Today the committee met on the"
            " nomination and the chairman said the hearing went well for all concerned   "
        )
        assert not any(t.startswith("On The Nomination") for _, t in _metas(text))


class TestContactLinkLines:
    """A contact block's tail takes link lines, not the story's invitations that end in a link."""

    def test_channel_line_and_invitation(self) -> None:
        text = (
            "# Acme Ships Its Widget\n\nNEW YORK – Acme shipped its widget today.\n\nContact Information Acme Inc.\n\n"
            "Phone: 646-780-8850\n\nAcme GPT: Acme GPT\n\nFollow Acme on Social Media:X (formerly Twitter): https://x.com/acme"
            "\n\nPartnership Opportunities To learn more about becoming a distribution partner with Acme, visit:"
            " https://www.acme.com/partners\n"
        )
        doc = parse(text)
        contact = next(m.text for m in doc.meta if m.kind is MetaKind.CONTACT)
        assert "https://x.com/acme" in contact
        assert "Partnership" not in contact


class TestRoundSixHeaders:
    """Round 6 (blind): a headline and its date on the dateline's line; a bracketed dateline under a headline."""

    def test_headline_and_date_before_the_dateline_on_one_line(self) -> None:
        """xo_senate_casey_1: ``… as 'New Way Forward' June 5, 2007 WASHINGTON, DC - U.S. Senator …``."""
        text = (
            "Casey, Others Introduce Bipartisan Iraq Study Group Implementation Bill as 'New Way Forward' June 5, 2007"
            " WASHINGTON, DC - U.S. Senator Bob Casey (D-PA) today joined a group of eight Senators in introducing"
            " legislation on Iraq. The report was released six months ago tomorrow.  A majority of the Congress"
            " have made clear their desire to change course in Iraq.\n"
        )
        doc = parse(text)
        assert _metas(text)[:2] == [
            ("title", "Casey, Others Introduce Bipartisan Iraq Study Group Implementation Bill as 'New Way Forward'"),
            ("date", "June 5, 2007"),
        ]
        assert doc.body[0].text.startswith("U.S. Senator Bob Casey")
        assert [b.text for b in parse(doc.text).body] == [b.text for b in doc.body]

    def test_a_sentence_ending_in_a_date_before_the_dateline_stays(self) -> None:
        """A sentence (not a headline) that ends in a date, on the dateline's line: no title is made of it."""
        text = (
            "The committee met today, and the vote is set for June 5, 2007 WASHINGTON, DC - Senator Roe spoke"
            " on the floor about the bill and its costs. The vote is expected soon.\n"
        )
        assert "title" not in [k for k, _ in _metas(text)]

    def test_bracketed_dateline_under_a_longer_headline(self) -> None:
        """xm_da_miami_1: ``… for Awarding Contracts`` / ``(Miami – July 30, 2024)`` / ``– State Attorney …``."""
        text = (
            "Former Jackson Official Charged in Bribery Scheme Took Money & Gifts for Awarding Contracts\n"
            "(Miami – July 30, 2024)\n"
            "– State Attorney Katherine Fernandez Rundle announce the arrest of a former Associate Director.\n"
            "He is charged with one count of Unlawful Compensation.\n"
        )
        doc = parse(text)
        assert doc.dateline is not None
        assert doc.dateline.city == "Miami"
        assert doc.body[0].kind == "paragraph"
        assert doc.body[0].text.startswith("State Attorney")


class TestRoundSixBackMatter:
    """Round 6 (blind): an About written as an appositive, a report's liability notice."""

    def test_about_name_with_a_comma_clause(self) -> None:
        """xn_wire_evertise_1: ``About RALLY, where innovation convenes, …`` and its social line are the About."""
        text = (
            "# Vibe Coding Competition Announced at RALLY\n\nIndianapolis, IN, March 28, 2025 – Today, RALLY announced"
            " the first-ever vibe coding competition.\n\nAbout RALLY, where innovation convenes, unites cross-sector"
            " companies to foster creative solutions.\n\nSocial Links X | Instagram | Facebook | LinkedIn\n"
        )
        doc = parse(text)
        assert [b.text for b in doc.body] == ["Today, RALLY announced the first-ever vibe coding competition."]
        assert [k for k, _ in _metas(text)] == ["title", "about"]

    def test_about_in_a_story_sentence_with_a_comma_stays(self) -> None:
        """``About Smith, a local farmer, little is known …``: no company clause after the comma."""
        text = "WASHINGTON - Officials met.\n\nAbout Smith, little is known beyond his farm in the county.\n"
        assert "about" not in [k for k, _ in _metas(text)]

    def test_report_liability_notice(self) -> None:
        """xn_wire_prism_1: ``… shall not accept any responsibility or liability for reliance …`` is a disclaimer."""
        notice = (
            "Note: The report is based on open sources. Vostock Capital shall not accept any responsibility or"
            " liability for reliance by any person on the information in the report."
        )
        text = f"# Lithium Projects Report\n\nNEW YORK – The report lists lithium projects.\n\n{notice}\n"
        assert ("disclaimer", notice) in _metas(text)

    def test_contact_address_place_lines(self) -> None:
        """xn_wire_prkarma_1: ``ContactJoaquín Lanuza … Email Us Here`` / ``Miami, FL`` / ``United States`` / ``NA``."""
        text = (
            "# Slice Baby Golf Launches Its Website\n\nMIAMI, FL / PR Karma / August 22, 2024 10:30\n\nSlice Baby"
            " Golf is thrilled to announce the launch of its website.\n\nContactJoaquín Lanuza Slice Baby Golf Email"
            " Us Here\n\n Miami, FL\n\nUnited States\n\nNA \n\nThe company was founded in Miami in 2020 and sells golf"
            " apparel online to players across the country.\n"
        )
        doc = parse(text)
        contact = next(m.text for m in doc.meta if m.kind is MetaKind.CONTACT)
        assert contact.endswith("Miami, FL United States NA")
        assert doc.body[-1].text.startswith("The company was founded")


class TestRoundSixStability:
    """Round 6 (blind): two SPEC 5 shapes the new noise rules exposed."""

    def test_headlines_glued_to_stand_ins_at_the_top(self) -> None:
        """xm_doj_r02252: ``… Memorial ServicesNoneNoneDEPARTMENT OF … UNVEILINGNone…``: the deck, both lines."""
        text = (
            "Attorney General Lynch to hold a 9/11 commemoration event at the Department of Justice and Travel to New"
            " York to attend Memorial ServicesNoneNoneDEPARTMENT OF JUSTICE MOMENT OF SILENCE AND SURVIVOR TREE"
            " PLAQUE UNVEILINGNoneDeputy Attorney General Sally Q. Yates, Principal Deputy Associate Attorney General"
            " Bill Baer and the staff will attend the ceremony at the department on the day.\n"
        )
        doc = parse(text)
        assert [k for k, _ in _metas(text)] == ["subtitle", "subtitle"]
        assert doc.text == parse(doc.text).text

    def test_last_heading_over_a_notice(self) -> None:
        """xn_wire_prism_1: ``Bronze Sponsors: …`` over a disclaimer ends the story: a paragraph, as rendered."""
        notice = "Note: The firm shall not accept any responsibility or liability for reliance by any person on it."
        text = (
            "# Lithium Congress\n\nNEW YORK – The congress opens in June in Buenos Aires.\n\n"
            f"Bronze Sponsors: Gorman-Rupp Pumps, Amalgamated Research\n\n{notice}\n"
        )
        doc = parse(text)
        assert doc.body[-1].kind == "paragraph"
        assert [(b.kind, b.text) for b in parse(doc.text).body] == [(b.kind, b.text) for b in doc.body]


class TestGluedPlaces:
    """A place glued to the story's first word is read only when the place is known, or an opener follows."""

    def test_glued_places(self) -> None:
        """``SAN FRANCISCOAfederal``, ``WASHINGTONGabriel`` are places; ``AAA AAAaa police`` (hypothesis) is none."""
        assert (parse_dateline("SAN FRANCISCOAfederal grand jury indicted a man today on charges of fraud.") or 0) != 0
        d = parse_dateline("WASHINGTONGabriel Henson, a supervisor, pleaded guilty today to a violation of the act.")
        assert d is not None
        assert d.city == "WASHINGTON"
        assert parse_dateline("AAA AAAaa police police police police police police police. ") is None
