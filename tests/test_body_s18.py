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
