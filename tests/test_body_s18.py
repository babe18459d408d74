"""Body structure on real releases the parser had not seen (round 18: county prosecutors, wires).

Method: each class holds one rule of ``paragraphs`` or ``headings`` written
from a real release (Miami-Dade, San Diego and Cook County pages whose links
became line breaks; wire releases with tickers and dash-framed standfirsts).
The positives are minimal texts of the convention; the negatives beside them
are the nearest texts the rule must leave alone. Every row is read through
``parse`` and checked for SPEC 5 (the clean text parses back to the same body).
"""

from __future__ import annotations

from tests.test_body_unseen import _body  # the body as (kind, text) pairs, read back from the clean text (SPEC 5)

LEAD = "Miami – State Attorney Jane Roe announces three arrests.\n"


class TestLinkBrokenLines:
    """A page that put each link on a line of its own: the sentence runs on over the link lines."""

    def test_bracketed_abbreviations_join_their_names(self) -> None:
        """``The`` / name / ``(SAO)`` / … / ``(SPD) conducted … operation.``: one paragraph (Miami-Dade)."""
        text = (
            LEAD
            + "The\nMiami-Dade State Attorney’s Office\n(SAO)\nHuman Trafficking Task Force\n(HTTF), alongside with the\n"
            "City of Miami Police Department\n(MPD),\nFlorida Highway Patrol\n(FHP) and\nSurfside Police Department\n"
            "(SPD) conducted this three (3) day proactive Human Trafficking operation.\n"
        )
        body = _body(text)
        assert len(body) == 2
        assert body[1][1].startswith(
            "The Miami-Dade State Attorney’s Office (SAO) Human Trafficking Task Force (HTTF),"
        )
        assert body[1][1].endswith("operation.")

    def test_a_name_over_its_bracket_joins(self) -> None:
        """``… during`` / ``Operation Grease`` / ``Monkey`` / ``(April 29 …)`` / ``, as part of …``: one paragraph."""
        text = (
            "Miami – The State Attorney announces the arrests of three individuals during\nOperation Grease\nMonkey\n"
            "(April 29, 2025-May 1, 2025)\n, as part of our efforts to prevent Human Trafficking.\n"
            "The operation involved individuals responding to an advertisement.\n"
        )
        body = _body(text)
        assert [k for k, _ in body] == ["paragraph", "paragraph"]
        assert "Operation Grease Monkey (April 29, 2025-May 1, 2025) , as part" in body[0][1]

    def test_a_bracket_under_a_sentence_end_stays_apart(self) -> None:
        """Negative: a bracketed line under a line that ended its sentence is not joined to it."""
        body = _body(
            LEAD + "The operation ended on Friday.\n(Photos available on request)\nMore arrests are expected.\n"
        )
        assert ("paragraph", "The operation ended on Friday.") in body

    def test_heading_over_a_bracketed_line_is_left_alone(self) -> None:
        """Negative: a title-case label over a bracketed phone number stays apart from it (a contact block)."""
        body = _body(LEAD + "The case is pending.\nMedia Contact\n(305) 547-0535\n")
        assert not any(t.startswith("Media Contact (305)") for _, t in body)

    def test_dangling_said_line_runs_on(self) -> None:
        """``…,” said`` / linked name / ``. “…”``: one paragraph (Cook County links the speaker's name)."""
        text = (
            "The organizations will report progress about the participating youth to Judge Beatriz Frausto-Sandoval, "
            "who is overseeing the program in her courtroom.\n"
            "“This program will help young people get back on the right path while making our communities safer,” said\n"
            "Cook County State’s Attorney Eileen O’Neill Burke\n"
            ". “By emphasizing accountability, JDAPP has the power to change lives.”\n"
        )
        body = _body(text)
        assert len(body) == 2
        assert body[1][1].endswith("change lives.”")

    def test_said_name_title_then_quote(self) -> None:
        """``…,” said`` / ``Name, Title.`` / ``“continued quote”``: the quote resumes in the same paragraph."""
        text = (
            "Additional support comes from the Steans Family Foundation, which invests in North Lawndale.\n"
            "“We're proud to support this innovative pilot in partnership with community organizations,” said\n"
            "Patricia Ford, Executive Director of the Steans Family Foundation.\n"
            "“This pilot is an important step toward building safer communities.”\n"
        )
        assert len(_body(text)) == 2

    def test_said_with_its_stop_ends_the_line(self) -> None:
        """Negative: ``… Burke said.`` ends its sentence; the next line is a new paragraph."""
        text = (
            "“This program will help young people,” State’s Attorney Burke said.\n"
            "The organizations will report progress to the judge every month.\n"
        )
        assert len(_body(text)) == 2

    def test_line_ending_in_a_transitive_verb_is_no_heading(self) -> None:
        """``State’s Attorney Burke thanked`` / names / ``for their handling …``: one paragraph, no heading."""
        text = (
            "Jackson was convicted by a jury in October 2024 on five charges, including first-degree murder.\n"
            "State’s Attorney Burke thanked\nAssistant State’s Attorneys Patrick Morley and Grace Donovan\n"
            "for their handling of the case as well as the\nChicago Police Department\n"
            "for the thorough investigation leading to the arrests.\n"
        )
        assert [k for k, _ in _body(text)] == ["paragraph", "paragraph"]

    def test_title_case_verb_heading_stays(self) -> None:
        """Negative: a title-case heading ending in a past participle (``Volunteers Thanked``) stays a heading."""
        text = LEAD + "Volunteers Thanked\nThe office thanked the volunteers who helped with the operation.\n"
        assert ("heading", "Volunteers Thanked") in _body(text)

    def test_colon_then_lower_case_link_fragments(self) -> None:
        """``… nonprofits:`` / ``New Life Centers`` / ``for youth in …``: the sentence runs on over its colon."""
        text = (
            "Participants receive up to 20 hours of after-school services from two community-based nonprofits:\n"
            "New Life Centers\nfor youth in Little Village and\nThe Firehouse Community Arts Center\nfor those in Lawndale.\n"
        )
        assert len(_body(text)) == 1

    def test_colon_then_items_stays_a_list(self) -> None:
        """Negative: short capitalised lines under a colon, no lower-case run-on, are not joined to it."""
        text = LEAD + "The defendants are charged with:\nMoney Laundering\nWire Fraud\nConspiracy\n"
        body = _body(text)
        assert body[1] == ("paragraph", "The defendants are charged with:")

    def test_line_cut_before_a_name(self) -> None:
        """``… call the National`` / ``Domestic Violence Hotline … assistance.``: one paragraph (San Diego)."""
        text = (
            "DA Charges Larry Millete with Murder - DA NewsCenter\n"
            "San Diego County District Attorney Summer Stephan announced today that her office has filed a murder "
            "charge against Larry Millete.\n"
            "Millete was arrested today by the Chula Vista Police Department.\n"
            "In San Diego County, there is an average of 13 domestic violence-related homicides each year.\n"
            "If you or someone you know is being abused by a current or former partner, call the National\n"
            "Domestic Violence Hotline (1-800-799-7233) for confidential support and assistance.\n"
            "Recent News\n"
        )
        body = _body(text)
        assert any(t.startswith("If you") and t.endswith("assistance.") for _, t in body)


class TestTickerJunctions:
    """A ticker's stop or colon glued between capitals is no paragraph junction."""

    def test_exchange_colon_ticker(self) -> None:
        """``OTCQB:WYTC``: one paragraph (a NewMediaWire release)."""
        text = (
            "SAN ANTONIO, TEXAS - January 31, 2025 - Wytec International (“Wytec”), OTCQB:WYTC, announces it has "
            "been awarded a multi-state government Master Services Agreement (MSA).\n"
        )
        assert [k for k, _ in _body(text)] == ["paragraph"]

    def test_label_colon_sentence_still_breaks(self) -> None:
        """Negative: ``… the launch.NOTE:The`` stays as the glued-junction rules read it; ``WHO:State`` is no ticker."""
        from pressparse.paragraphs import is_glued_break

        assert not is_glued_break("OTCQB:WYTC, announces", 5, 6, 0)
        assert is_glued_break("see the figures:The company", 15, 16, 0)

    def test_exchange_suffix_after_figures(self) -> None:
        """``OSL Group (863.HK), formerly …``: the stop inside the ticker is no junction (a BlockchainWire release)."""
        from pressparse.paragraphs import is_glued_break

        text = "OSL Group (863.HK), formerly known as BC Technology Group, is excited to announce a global expansion.\n"
        assert _body(text) == [("paragraph", text.strip())]
        assert not is_glued_break("Group (863.HK), formerly", 10, 11, 0)
        assert is_glued_break("sales rose 12% in 2023.The company", 22, 23, 0)


class TestLinkBrokenNegatives:
    """Lines the link-broken rules must leave apart."""

    def test_short_heading_ending_on_a_name_stays(self) -> None:
        """A title-case heading ending ``the Law`` is no prose line cut before a name."""
        text = LEAD + "Navigating the Law\nTexas law imposes strict deadlines on medical malpractice claims.\n"
        assert ("heading", "Navigating the Law") in _body(text)

    def test_bracketed_abbreviation_under_a_stop(self) -> None:
        """``… the Office.`` / ``(SAO) is …``: a stop ends the line above; the bracket line starts its own block."""
        text = LEAD + "The case was handled by the Office.\n(The defendant remains in custody.)\n"
        assert ("paragraph", "The case was handled by the Office.") in _body(text)

    def test_lower_case_items_under_a_colon_stay_apart(self) -> None:
        """Negative: ``… a victim:`` / ``unlawful possession of a weapon;`` / …: the items of a list (x3_da_cook_efr)."""
        text = (
            LEAD + "The standard applies to three common gun charges that do not involve a victim:\n"
            "unlawful possession of a weapon;\nunlawful possession of a weapon by a felon; and\n"
            "aggravated unlawful possession of a weapon.\n"
        )
        body = _body(text)
        assert body[1] == (
            "paragraph",
            "The standard applies to three common gun charges that do not involve a victim:",
        )


class TestChargeLists:
    """Charges under ``… one count of:``, one a line, each with its degree in brackets: list items."""

    INTRO = LEAD + "Each individual is charged with one count of:\n"

    def test_charges_with_their_degree_are_items(self) -> None:
        """Three unmarked charge lines, the longest over 100 characters, are list items (x6_da_miami_2)."""
        text = (
            self.INTRO + "Human Trafficking of a Minor (Life Felony)\n"
            "Traveling to Meet a Minor to Engage in Unlawful Sexual Conduct (2nd Degree Felony),\n"
            "Using an Electronic Device to Solicit a Parent to Consent to Sex Conduct with a Child (3rd Degree Felony)\n"
            "The operation involved individuals responding to a prostitution advertisement.\n"
        )
        body = _body(text)
        assert [k for k, _ in body].count("list_item") == 3
        assert body[-1] == (
            "paragraph",
            "The operation involved individuals responding to a prostitution advertisement.",
        )

    def test_long_line_without_a_bracket_stays_a_paragraph(self) -> None:
        """Negative: a long line under the colon that does not close on a bracket is no short item."""
        text = (
            self.INTRO + "Human Trafficking of a Minor (Life Felony)\n"
            "Traveling to Meet a Minor to Engage in Unlawful Sexual Conduct as defined by the statutes of the State\n"
            "The operation involved individuals responding to a prostitution advertisement.\n"
        )
        assert "list_item" not in [k for k, _ in _body(text)]


class TestHeadingOverBullets:
    """A short title-case line set apart directly above bullets names the list, whatever stands above it."""

    HEAD = "# Renewal Fuels Announces Completion of Kepler Fusion Transaction\n\n"
    ITEMS = (
        "\n\n Key Highlights\n\n * Kepler acquisition officially closed; audit nearing completion.\n"
        "* Form 10 filing and EDGAR access in progress for SEC reporting.\n\n \n\n"
        " Southlake, Texas, March 02, 2026 – Renewal Fuels, Inc. today announced that the transaction is now closed.\n"
    )

    def test_under_a_long_subtitle_with_an_ampersand(self) -> None:
        """``… FINRA Name & Ticker Transition While Expanding … Patents`` / ``Key Highlights`` / bullets (x8_wire_prism_1)."""
        text = (
            self.HEAD + "Company Advances SEC Registration, PCAOB Audit Completion, and FINRA Name & Ticker Transition "
            "While Expanding Texatron™ Fusion Platform Patents" + self.ITEMS
        )
        assert ("heading", "Key Highlights") in _body(text)

    def test_under_a_sentence_case_line(self) -> None:
        """``Company advances its registration while expanding its patents`` / ``Key Highlights`` / bullets."""
        text = self.HEAD + "Company advances its registration while expanding its fusion patents" + self.ITEMS
        assert ("heading", "Key Highlights") in _body(text)

    def test_line_ending_in_a_small_word_continues(self) -> None:
        """Negative: a title-case line over its wrapped end stays unfinished (``… Verdict for``)."""
        from pressparse.paragraphs import ends_mid_sentence

        assert ends_mid_sentence("Secures Guilty Verdict for")
        assert ends_mid_sentence("Name & ticker")
        assert not ends_mid_sentence("Name & Ticker Transition")


class TestSubheadingGluedBySpace:
    """A title-case subheading glued to its paragraph by one space (wire releases that lost the line break)."""

    LEAD = "HOUSTON, TX – May 27, 2025 – In a city with hundreds of providers, one agency now stands at the top.\n\n"

    def test_comma_inside_a_title_case_subheading(self) -> None:
        """``Built on Trust, Led with Clinical Precision When Serhat …`` (x8_wire_evertise_1)."""
        text = (
            self.LEAD + " Built on Trust, Led with Clinical Precision When Serhat Bolukbasi and Andrew Harris acquired "
            "the agency, they made a quiet promise: steward what’s working.\n"
        )
        body = _body(text)
        assert ("heading", "Built on Trust, Led with Clinical Precision") in body
        assert body[-1][1].startswith("When Serhat")

    def test_quotation_under_a_title_case_subheading(self) -> None:
        """``What Clients and Caregivers Say “We’ve worked …”`` (x8_wire_evertise_1)."""
        text = (
            self.LEAD
            + " What Clients and Caregivers Say “We’ve worked with Homewatch for over three years.” – Eric S.\n"
        )
        assert ("heading", "What Clients and Caregivers Say") in _body(text)

    def test_article_opening_the_sentence(self) -> None:
        """``The Cost of Birth Injuries A child with …`` (x7_wire_noticias_2): ``A`` and a lower-case word."""
        text = (
            self.LEAD + " The Cost of Birth Injuries A child with a serious birth injury may require lifelong "
            "medical care, therapy, and special accommodations.\n"
        )
        assert ("heading", "The Cost of Birth Injuries") in _body(text)

    def test_names_with_commas_stay_in_the_sentence(self) -> None:
        """Negative: a sentence-case line with a comma (``Smith, who … When``) is no subheading."""
        text = self.LEAD + " Harris, the owner of the agency When asked, said the team was ready for the award.\n"
        assert all(k == "paragraph" for k, _ in _body(text))

    def test_plan_a_stays_in_the_sentence(self) -> None:
        """Negative: ``Under Plan A the city …``: two words before ``A`` are no subheading."""
        text = self.LEAD + " Under Plan A the city would pay for the new caregivers over the next five years.\n"
        assert all(k == "paragraph" for k, _ in _body(text))

    def test_quotation_after_a_speech_verb_stays(self) -> None:
        """Negative: ``Jane Roe Said “We …``: a speech verb before the quotation attributes it."""
        text = self.LEAD + " Owner Jane Roe Said “We are proud of every caregiver on the team,” at the ceremony.\n"
        assert all(k == "paragraph" for k, _ in _body(text))


class TestDefendantLists:
    """Defendants under a colon, one ``Name, age, address. Status.`` a line: list items (a Brooklyn page)."""

    HEAD = "The District Attorney thanked the police for their cooperation.\nDEFENDANT ADDENDUM:\n"

    def test_person_lines_under_a_colon_are_items(self) -> None:
        text = (
            self.HEAD + "Terquan Oliver, 25, 2364 Batchelder Street, Sheepshead Bay, Brooklyn. Released without bail.\n"
            "Courtney Cooper, 25, 2344 Bragg Street, Sheepshead Bay, Brooklyn. Released without bail.\n"
            "Andrew Andujar, 22, 1440 Freeport Loop, Starrett City, Brooklyn. Released without bail.\n"
        )
        assert [k for k, _ in _body(text)][-3:] == ["list_item"] * 3

    def test_one_person_paragraph_stays(self) -> None:
        """Negative: a single ``Name, age, …`` sentence under a colon is a paragraph (a list needs two)."""
        text = (
            "The defendant is named below:\n"
            "Terquan Oliver, 25, of Sheepshead Bay was released without bail after his arraignment on Tuesday.\n"
            "The case continues in Brooklyn Supreme Court next month.\n"
        )
        assert "list_item" not in [k for k, _ in _body(text)]


class TestBracketNotes:
    """Negatives of the link-broken rules: a note in words under a table name, a subheading glued after a stop."""

    def test_table_note_in_brackets(self) -> None:
        """``Selected Financial Data`` / ``(Dollars in thousands, except per share data)`` are not joined."""
        text = (
            LEAD + "Selected Financial Data\n(Dollars in thousands, except per share data)\nThree Months Ended\n"
            "The company will host a conference call at 11:00 a.m. Pacific Time on January 28, 2026.\n"
        )
        assert not any(t.startswith("Selected Financial Data (") for _, t in _body(text))

    def test_subheading_glued_after_a_stop_is_no_prose_line(self) -> None:
        """Negative: ``… the scene.A must-visit spot in London`` / ``If you …``: the heading's line is no name begun."""
        text = (
            "The award not only recognises the steakhouse, but also paves the way for future expansions in the "
            "international gastronomy scene.A must-visit spot in London\n"
            "If you find yourself in London, don’t miss the opportunity to taste the best Argentine beef.\n"
        )
        assert ("heading", "A must-visit spot in London") in _body(text)

    def test_a_title_case_line_under_a_finished_name_is_a_heading(self) -> None:
        """Negative: senate_005 set one block a line: ``… south of Mexico`` / ``Title II …`` is no name begun."""
        import json
        from pathlib import Path

        from tests.layouts import _raw, laid_out

        gold_path = Path(__file__).parent / "corpus" / "senate_005.gold.json"
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text = dict(laid_out(gold, _raw(gold_path)))["newline"]
        assert ("heading", "Title II State Criminal Alien Assistance") in _body(text)


def test_a_bracket_before_a_stop_and_a_ticker_like_word_ends_the_sentence() -> None:
    """Negative of ``(863.HK)``: ``(p<0.001). CRV-301 was …`` is two sentences (a QA wire page)."""
    from pressparse import parse

    doc = parse("The trial met its primary endpoint (p<0.001). CRV-301 was generally well tolerated.")
    assert [s.text for s in doc.paragraphs[0].sentences] == [
        "The trial met its primary endpoint (p<0.001).",
        "CRV-301 was generally well tolerated.",
    ]


# ---------------------------------------------------------------- round 2 (ext2: x9_ .. xc_)


class TestDottedBrandName:
    """A dotted brand name (``Bit.Store``) is no glued paragraph junction (xc_wire_blockchainwire_1)."""

    TEXT = (
        "# Bit.Store Enhances Crypto Card Services with TrueUSD Integration\n\n"
        "Bit.Store, a dynamic player in the cryptocurrency card industry, is excited to announce its latest "
        "collaboration with TrueUSD (TUSD). This partnership aligns with Bit.Store's mission to evolve.\n\n"
        "Key Features and Benefits of Bit.Store:\n\n* Diverse Card Options: Bit.Store offers virtual cards.\n"
        "* User-Centric Design: The platform is crafted with user experience in mind.\n"
    )

    def test_repeated_dotted_name_is_no_junction(self) -> None:
        from pressparse import parse

        doc = parse(self.TEXT)
        assert doc.title == "Bit.Store Enhances Crypto Card Services with TrueUSD Integration"
        assert [k for k, _ in _body(self.TEXT)] == ["paragraph", "heading", "list_item", "list_item"]

    def test_a_junction_glued_once_still_breaks(self) -> None:
        """Negative: ``… in Ohio.The company`` (glued once, a lone junction) is still two paragraphs."""
        text = (
            "The company opened its first office in Ohio.The company will open a second office in Texas next "
            "year, the firm said in a statement on Monday.\n"
        )
        assert len(_body(text)) == 2


class TestCommaEndedLine:
    """A line that ends in a comma goes on, even before a capital (bold or linked names on county pages)."""

    def test_comma_before_a_name(self) -> None:
        """``According to bank records,`` / ``Somoano used …``: one paragraph (xa_da_miami_1)."""
        text = (
            "Miami – February 6, 2025\n– Miami-Dade State Attorney Katherine Fernandez Rundle announces the arrest "
            "of Nilo Somoano.\nSomoano lived at Half Moon Towers in several units from 2006 to the present owns "
            "multiple units in the building. According to bank records,\n"
            "Somoano used the victim’s financial accounts to buy another condo unit at Half Moon Towers.\n"
        )
        assert len(_body(text)) == 2

    def test_names_broken_around_commas(self) -> None:
        """``Jian Shi, 49,`` / ``Montebello, …, 42,`` / ``Rowland Heights,`` / ``are charged …`` (xa_da_orange_4)."""
        text = (
            LEAD + "Jian Shi, 49,\nMontebello, Guo Hua Chen, 56, Monterey Park, and Hong Jun Bai, 42,\n"
            "Rowland Heights,\nare charged with felony pimping and conspiracy to commit the crime of pimping.\n"
        )
        assert _body(text)[1:] == [
            (
                "paragraph",
                (
                    "Jian Shi, 49, Montebello, Guo Hua Chen, 56, Monterey Park, and Hong Jun Bai, 42, Rowland "
                    "Heights, are charged with felony pimping and conspiracy to commit the crime of pimping."
                ),
            )
        ]

    def test_salutation_and_closing_end_their_line(self) -> None:
        """Negative: a letter's ``Dear Chairman Roe,`` and ``Sincerely,`` end their lines, one block a line."""
        text = (
            "Miami – February 6, 2025\n– Miami-Dade State Attorney Katherine Fernandez Rundle sent a letter today.\n"
            "Dear Chairman Roe,\nWe write to urge you to hold a hearing on the bill this month.\nSincerely,\n"
            "Katherine Fernandez Rundle\n"
        )
        texts = [t for _, t in _body(text)]
        assert "Dear Chairman Roe," in texts
        assert "Sincerely," in texts


class TestDefendantsLabel:
    """``Defendants:`` alone over ``Name, age, city`` lines: a heading and list items (xa_da_orange_1)."""

    INTRO = (
        "ORANGE COUNTY, Calif.\n— Insurance Commissioner Dave Jones announced charges against two dozen doctors.\n"
        "The Kings are accused of paying Pacific Toxicology a flat rate of $60 per test.\n"
    )

    def test_label_over_people_is_a_list(self) -> None:
        text = (
            self.INTRO + "Defendants:\nTanya King, 37, Beverly Hills\nChristopher King, 38, Beverly Hills\n"
            "Charles Bonner, RPh., 56, Irvine\nDr. Jerome Robson, 68, Modesto\nRafael Chavez, P.A., 53, Apple Valley\n"
            "The summary of charges for each defendant is available at the website.\n"
        )
        body = _body(text)
        assert body[2:8] == [
            ("heading", "Defendants:"),
            ("list_item", "Tanya King, 37, Beverly Hills"),
            ("list_item", "Christopher King, 38, Beverly Hills"),
            ("list_item", "Charles Bonner, RPh., 56, Irvine"),
            ("list_item", "Dr. Jerome Robson, 68, Modesto"),
            ("list_item", "Rafael Chavez, P.A., 53, Apple Valley"),
        ]
        assert body[-1][0] == "paragraph"

    def test_label_over_prose_is_no_list(self) -> None:
        """Negative: ``Background:`` over two sentences of prose: paragraphs, no list."""
        text = (
            self.INTRO + "Background:\nThe scheme ran from 2010 to 2013 and cost insurers millions of dollars.\n"
            "Investigators found that the clinic billed for tests that were never performed.\n"
        )
        assert all(kind != "list_item" for kind, _ in _body(text))


class TestPlaceLineUnderHeadline:
    """A place line whose dateline mark opens the next line is not joined to a headline above it (xa_da_miami_2)."""

    def test_place_line_is_not_joined_to_the_headline(self) -> None:
        from pressparse import parse

        text = (
            "Condo President Charged in Aventura Condo Association Thefts\nMiami, Florida\n"
            ", State Attorney Katherine Fernandez Rundle and Aventura Police Chief Michael Bentolila will hold a "
            "press conference to announce the arrest.\n"
        )
        doc = parse(text)
        assert doc.dateline is not None
        assert doc.dateline.text.startswith("Miami, Florida")
        assert not any("Thefts Miami" in t for _, t in _body(text))

    def test_linked_name_in_a_sentence_still_joins(self) -> None:
        """Negative: ``…, incluyendo`` / ``Robert Gustafson`` / ``, el Jefe …``: one sentence (da_017)."""
        text = (
            LEAD + "The operation was led by several agencies, including\nRobert Gustafson\n"
            ", the Assistant Chief of the Miami Police Department, who spoke at the event.\n"
        )
        assert len(_body(text)) == 2


class TestTwoSpacesBeforeAStandIn:
    """A one-line DOJ page parted by two spaces, a ``None`` stand-in glued after a stop (xa_doj_07350)."""

    P = (
        (
            "Three people have been charged this week in Newark with wildlife smuggling, the Justice Department "
            "announced today. The arrests are the result of Operation Crash, a nationwide effort to investigate."
        ),
        (
            "Federal grand juries in Newark and Miami have indicted Zhifei Li. Qing Wang was charged today in a "
            "related criminal complaint in federal court in the Southern District of New York."
        ),
        (
            "Also arrested on a related criminal complaint filed in Miami was Shusen Wei. According to documents "
            "filed in court, Wei proposed that the informant offer the agent as much as $10,000."
        ),
        "Qing Wang is scheduled to appear in court today. Wang is alleged to have been smuggling horn cups.",
    )

    def test_the_gap_before_the_stand_in_parts(self) -> None:
        text = self.P[0] + "  " + self.P[1] + "None  " + "  ".join(self.P[2:])
        body = _body(text)
        assert len(body) == 4
        assert body[1][1].startswith("Federal grand juries")

    def test_one_gap_and_no_stand_in_is_a_sentence_gap(self) -> None:
        """Negative: the same first stretch alone, one two-space gap and no stand-in after it: one paragraph."""
        text = self.P[0] + "  " + self.P[1]
        assert len(_body(text)) == 1


class TestHeadingWithModelCode:
    """A title-case heading ending in a model code (``… VinFast VF e34``) is a heading (xc_wire_evertise_1)."""

    TEXT = (
        "# Fast-Forward to Electric: VinFast’s Vision for Indonesia\n\nHanoi, 21st December – VinFast has achieved a "
        "significant milestone in Vietnam. Despite being a recent entrant, VinFast articulates a vision.\n\n \n\n"
        " The Future of Electric Driving: Experience the VinFast VF e34\n\n Following VinFast’s launch in Vietnam, "
        "expert Tran Huy Dong lauded the VF e34. This model is its first offering in Indonesia.\n"
    )

    def test_model_code_ends_a_heading(self) -> None:
        assert ("heading", "The Future of Electric Driving: Experience the VinFast VF e34") in _body(self.TEXT)

    def test_lower_case_word_still_no_title(self) -> None:
        """Negative: ``The Future of Electric Driving: experience the car`` is in sentence case: a paragraph."""
        text = self.TEXT.replace("Experience the VinFast VF e34", "experience the new car")
        assert ("paragraph", "The Future of Electric Driving: experience the new car") in _body(text)


class TestStatementHeaderLines:
    """A floor statement's header lines over its date line are headings (xc_senate_whitehouse_1, newline layout)."""

    HEAD = (
        "SEN. WHITEHOUSE SPEAKS OUT AGAINST LNG TERMINAL IN WEAVER'S COVE\n  Sen. Sheldon Whitehouse (D-R.I.) spoke "
        "on the Senate floor today in support of legislation.\n  The full text of Whitehouse's statement, as "
        "delivered, is below.\n"
    )
    BODY = (
        "  I thank Senators Bingaman and Thune for their courtesy. I am here today to express my support for an "
        "amendment.\n   I urge my colleagues to vote in favor of this amendment.\n \n "
    )

    def test_header_lines_over_a_date_are_headings(self) -> None:
        text = (
            self.HEAD + "  Floor Statement of Senator Sheldon Whitehouse \n   On State Approval for Liquefied Natural "
            "Gas (LNG) Terminals\n   June 19, 2007\n" + self.BODY
        )
        body = _body(text)
        assert ("heading", "Floor Statement of Senator Sheldon Whitehouse") in body
        assert ("heading", "On State Approval for Liquefied Natural Gas (LNG) Terminals") in body

    def test_a_date_line_under_prose_is_no_heading_cue(self) -> None:
        """Negative: a sentence-case line over the date is still a paragraph (``Remarks as prepared for delivery``)."""
        text = self.HEAD + "  remarks as prepared for delivery on the floor\n   June 19, 2007\n" + self.BODY
        assert all(kind != "heading" for kind, _ in _body(text))


class TestInlineDashBullets:
    """`` - `` items after a colon, pasted into one line (xc_wire_247_2): list items, a space run ends the last."""

    TEXT = (
        "TACOMA, WA, March 18, 2024 /24-7PressRelease/ -- Puget Law Group is opening its scholarship.   Students "
        "who choose to apply should ensure they meet the firm's application requirements. Applicants must show "
        "that they:  - Are in good academic standing - Are enrolled or admitted to an accredited college, "
        "university, or graduate school - Are a U.S. citizen or authorized to work or attend school in the "
        "country   Interested students and their families can review the terms of the scholarship on the "
        "website.   Puget Law Group anticipates reviewing the first round of applications in 2024.\n"
    )

    def test_dash_items_after_a_colon(self) -> None:
        body = _body(self.TEXT)
        assert [k for k, _ in body] == ["paragraph"] * 2 + ["list_item"] * 3 + ["paragraph"] * 2
        assert body[4][1].endswith("attend school in the country")

    def test_spaced_dashes_in_prose_are_no_items(self) -> None:
        """Negative: a dash aside after a colon's sentence: ``… goal: - Not the prize - but the work …`` is prose."""
        text = (
            "TACOMA, WA, March 18, 2024 /24-7PressRelease/ -- Puget Law Group said one thing mattered to the "
            "judges: the work - not the prize - and the spirit of the applicants.\n"
        )
        assert [k for k, _ in _body(text)] == ["paragraph"]


class TestStrippedSenateWidths:
    """Punctuation-stripped Senate pages: the widths of breaks, quotes and wraps are read per document."""

    HARKIN = (
        "      WASHINGTON  D C     As part of his continuing support for rural Iowa  Senator Tom Harkin  D IA  "
        "announced today that the center received  150 000  Harkin is the ranking Democrat on the subcommittee that "
        "funds health initiatives            All Americans deserve access to quality  affordable health care     "
        "Harkin said    I hope these funds will help provide Iowa families with the health care services they "
        "need              Rural Health Outreach Grants help develop health care delivery systems in underserved  "
        "rural areas           Harkin has consistently worked to improve rural Iowans access to health care          "
    )

    def test_attribution_stays_in_its_quotation(self) -> None:
        """``… health care     Harkin said    I hope …``: stripped quotes and commas, one paragraph (xb_senate_harkin_1)."""
        body = _body(self.HARKIN)
        assert ("paragraph", "Harkin said") not in body
        assert any("affordable health care Harkin said I hope these funds" in t for _, t in body)
        assert len(body) == 4

    def test_attribution_with_more_words_is_left_alone(self) -> None:
        """Negative: a block that says more than who spoke (``Harkin said the grants will help``) is no attribution."""
        text = self.HARKIN.replace("Harkin said    I hope", "Harkin said the grants will help    I hope")
        assert not any("health care Harkin said" in t for _, t in _body(text))

    SUNUNU = (
        "WASHINGTON  DC     United States Senator John Sununu  R NH  announced today that Christian Martin will be "
        "honored at a ceremony today in Boston         For nearly a decade  Christian has coordinated surveys of "
        "Bald Eagles within the state     said Sununu     Moreover  by fostering conservation his impact extends to "
        "future generations         In recommending Martin  Sununu praised his efforts at the refuge  where he has "
        "coordinated an    Osprey Weekend    during each breeding season  Additionally  Sununu cited his work "
        "following their initial flights      Bruce Schwaegler  Interim President of New Hampshire Audubon  is "
        "delighted that Chris is receiving this award     Chris   s work with volunteers has had a lasting impact "
        "        For more than 30 years  EPA New England has honored those who have made outstanding contributions"
        "      "
    )

    def test_curly_quotes_three_wide(self) -> None:
        """Curly quotes became three spaces (``Chris   s``): 4-5-space runs are inside paragraphs (xc_senate_sununu_1)."""
        assert len(_body(self.SUNUNU)) == 5

    def test_one_space_apostrophes_keep_four_space_breaks(self) -> None:
        """Negative: where an apostrophe is one space (``Chris s``), four spaces before a capital still break."""
        text = self.SUNUNU.replace("Christian   s", "Christian s").replace("Chris   s", "Chris s")
        text = text.replace("Boston         For", "Boston    For")
        assert len(_body(text)) >= 5

    LEAHY = (
        "       Statement Of Sen  Leahy On The Nomination Of Julie L  Myers                  November 1  2007     "
        "I am also hopeful that Ms  Myers will look for alternatives to      incarceration for families and children "
        "who the Department of      Homeland Security determines warrant detention  The incarceration      of "
        "children is something that should be avoided if at all possible       I am also concerned about reports of "
        "detainees dying in custody from      lack of adequate medical care  It is hard to      imagine why any "
        "person in the custody of the United States should      die for lack of medical services or as the result "
        "of any other      preventable situation  With growing rates of detention as a result      of the "
        "Administrations stepped up immigration enforcement  these      issues will persist  I hope that this "
        "message is a      positive one      Just last month  the Committee on Homeland      Security and "
        "Governmental Affairs approved this nomination  I      expect that we will approve Ms  Myers nomination today"
        "                    "
    )

    def test_hard_wrap_before_a_capital_is_no_break(self) -> None:
        """Six-space wraps at ~70 columns: ``Department of      Homeland Security`` is one paragraph (xb_senate_leahy_1)."""
        texts = [t for _, t in _body(self.LEAHY)]
        assert any("the Department of Homeland Security determines" in t for t in texts)
        assert any("the Committee on Homeland Security and Governmental Affairs" in t for t in texts)

    def test_wrap_after_a_short_line_and_a_stop_with_a_wrap_break(self) -> None:
        """Negative: ``positive one      Just`` (a short line) and ``possible       I am`` (a stop and a wrap) break."""
        texts = [t for _, t in _body(self.LEAHY)]
        assert any(t.startswith("Just last month") for t in texts)
        assert any(t.startswith("I am also concerned") for t in texts)

    def test_page_number_after_the_end_mark_still_parts(self) -> None:
        """``… 1017        30    255196``: the ``30`` end mark stays apart from the page number, quotes three wide."""
        from pressparse import parse

        text = self.SUNUNU + "For more information  call David Deegan at 617 918 1017        30    255196     "
        assert any(m.kind == "end_mark" and m.text == "30" for m in parse(text).meta)


def test_a_junction_glued_twice_before_an_opener_still_breaks() -> None:
    """Negative of ``Bit.Store``: ``Tuesday.The`` glued twice (two paragraphs end alike) is two junctions."""
    text = (
        "WASHINGTON – The Justice Department returned an indictment on Tuesday.The Justice Department announced "
        "charges against three men.\nA federal grand jury returned an indictment on Tuesday.The defendant announced "
        "charges against three men.\n"
    )
    assert len(_body(text)) == 4


def test_a_glued_junction_before_a_countrys_initials() -> None:
    """``medical reports.U.S. Park Police``: a lower-case word, the stop, then ``U.S.`` and a capital (xf_doj_10250)."""
    from pressparse import parse

    doc = parse(
        "The officer read the medical reports.U.S. Park Police said the man was hurt. He was taken to a hospital."
    )
    assert [b.text for b in doc.body] == [
        "The officer read the medical reports.",
        "U.S. Park Police said the man was hurt. He was taken to a hospital.",
    ]
    assert len(parse("He met the U.S.Attorney on Monday about the case.").body) == 1
