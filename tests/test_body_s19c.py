"""Body structure on real releases the parser had not seen (session 19, round 5: exJ, exK, exL).

Each class holds one rule of ``paragraphs`` written from a real release (named
in the docstrings); the negatives beside the positives are the nearest texts
the rule must leave alone. Every row is read through ``parse`` and checked for
SPEC 5 (the clean text parses back to the same body).
"""

from __future__ import annotations

from tests.test_body_unseen import _body  # the body as (kind, text) pairs, read back from the clean text (SPEC 5)

_WIRE = "NEW YORK, NY – March 17, 2025 – NEUROFIT announced the release of its Apple Watch app today.\n\n"


class TestSubheadingGluedByOneSpace:
    """xk_wire_evertise_1: a title-case subheading and its paragraph on one line, parted by one space."""

    def test_text_under_it_opens_a_list(self) -> None:
        """The sentence under the subheading ends in a colon over a list: it still splits."""
        text = (
            _WIRE + "Key Features of NEUROFIT for Apple Watch The new Apple Watch app introduces several powerful"
            " capabilities:\n\n* Real-Time Stress Monitoring: Track rolling heart rate\n"
            "* Heart Rate Bands: Gain a window into your nervous system\n"
        )
        assert _body(text)[1:3] == [
            ("heading", "Key Features of NEUROFIT for Apple Watch"),
            ("paragraph", "The new Apple Watch app introduces several powerful capabilities:"),
        ]

    def test_a_long_text_ending_in_a_colon_stays(self) -> None:
        """A colon far past the reach of a subheading's sentence: no heading is read (the stop rule holds)."""
        long = "The new app introduces " + "many new and useful capabilities for busy people, " * 9 + "namely:"
        text = _WIRE + "Key Features of the App " + long + "\n\n* One\n* Two\n"
        assert _body(text)[1][0] == "paragraph"

    def test_a_preposition_opening_the_sentence(self) -> None:
        """``The Complete NEUROFIT Ecosystem Beyond its …``: ``Beyond`` before a word title case capitalises."""
        text = (
            _WIRE + "The Complete NEUROFIT Ecosystem Beyond its Apple Watch integration, NEUROFIT offers a"
            " comprehensive consumer app on iOS and Android.\n"
        )
        assert _body(text)[1:3] == [
            ("heading", "The Complete NEUROFIT Ecosystem"),
            ("paragraph", ("Beyond its Apple Watch integration, NEUROFIT offers a comprehensive consumer app on iOS"
             " and Android.")),
        ]  # fmt: skip

    def test_a_preposition_inside_a_title_stays(self) -> None:
        """``Our Life Beyond the Stars is …``: a small word after the preposition, a title's own lower case."""
        text = _WIRE + "Our Life Beyond the Stars is a new film about the crew of a station on the Moon.\n"
        assert _body(text)[1] == (
            "paragraph",
            "Our Life Beyond the Stars is a new film about the crew of a station on the Moon.",
        )


_FLAT = (
    "Attorney General Sessions today announced new resources to address the opioid crisis. The change will produce"
    " more effective investigations, all of which have a significant impact on the region. "
)


class TestSubheadingGluedInsideAFlattenedPage:
    """xj_doj_r00551: a DOJ scrape joins paragraphs and subheadings with one space."""

    def test_title_case_run_between_a_sentence_end_and_the(self) -> None:
        text = (
            _FLAT + "COPS Anti-Heroin Task Force Grants and Anti-Meth Program The Community Oriented Policing"
            " Services (COPS) Office is awarding a total of $7.19 million in FY 2017 funding.\n"
        )
        assert _body(text)[1:] == [
            ("heading", "COPS Anti-Heroin Task Force Grants and Anti-Meth Program"),
            ("paragraph", ("The Community Oriented Policing Services (COPS) Office is awarding a total of $7.19"
             " million in FY 2017 funding.")),
        ]  # fmt: skip

    def test_every_after_the_subheading(self) -> None:
        text = (
            _FLAT + "Designation of Opioid Coordinators Every U.S. Attorney will designate an Opioid Coordinator"
            " by the close of business on Dec. 15, 2017.\n"
        )
        assert _body(text)[1] == ("heading", "Designation of Opioid Coordinators")

    def test_a_name_of_the_and_an_all_caps_place_stay(self) -> None:
        """``Office of The Inspector General``: a small word before ``The``; an all-caps run is a place; two words."""
        for tail in (
            "Members of the Office of The Inspector General met the board on Friday to review the plan.\n",
            "LOS ANGELES COUNTY The sheriff said the operation would go on until the end of May this year.\n",
            "Grant Awards The office gave out more than forty grants to police departments in the state.\n",
        ):
            body = _body(_FLAT + tail)
            assert [kind for kind, _ in body] == ["paragraph"], tail


def test_titled_heading_as_without_fast_path() -> None:
    """``_titled_heading`` finds the same glue points with its opener search and without it."""
    import re

    from pressparse import paragraphs

    lines = [
        (
            "COPS Anti-Heroin Task Force Grants and Anti-Meth Program The Community Oriented Policing Services"
            " Office is awarding a total of $7.19 million in funding."
        ),
        "Designation of Opioid Coordinators Every U.S. Attorney will designate an Opioid Coordinator soon.",
        "Members of the Office of The Inspector General met the board on Friday to review the plan.",
        "LOS ANGELES COUNTY The sheriff said the operation would go on until the end of May this year.",
    ]
    fast = [paragraphs._titled_heading(line, 0, len(line)) for line in lines]
    saved = paragraphs._TITLED_OPENER
    paragraphs._TITLED_OPENER = re.compile("")
    try:
        slow = [paragraphs._titled_heading(line, 0, len(line)) for line in lines]
    finally:
        paragraphs._TITLED_OPENER = saved
    assert slow == fast
    assert fast[0]
    assert fast[1]
    assert fast[2:] == [0, 0]


# xl_senate_pryor_1 (US Senate, punctuation stripped): sentence gaps of two spaces, breaks of six to ten, and
# runs of three where a quotation's marks or a typist's double space stood.
PRYOR = (
    "WASHINGTON D C   Senator Mark Pryor today reintroduced the Rural Renaissance Act  along with Senator Norm"
    " Coleman  R MN   to help jumpstart infrastructure projects and economic development in Rural America       Pryor"
    " said the Rural Renaissance Act provides  400 million in federal bonds to help finance rural development for"
    " communities of 50 000 or fewer individuals  Proceeds from the bonds would be available for water and waste"
    " water projects  housing  farmer owned renewable energy projects  The Secretary of the Treasury will"
    " coordinate the selection process          In many of our rural communities today  infrastructure projects"
    " are piling up as resources become tighter  This legislation frees up capital to help small towns meet basic"
    " infrastructure needs and improve their quality of living   Pryor said       Pryor added funding would be"
    " available only to rural communities because their urban counterparts traditionally receive more federal"
    " dollars for infrastructure projects   According to the 2000 census  only 6 cities in Arkansas had"
    " populations greater than 50 000 people   Thirty two percent of Arkansans live in rural areas          To keep"
    " America competitive in today s global marketplace  every town must participate in our economy  New"
    " financial tools will help them rebuild  innovate and compete   Pryor said          Rural Renaissance goes to"
    " the heart of jobs and economic growth in Rural America   In these small towns  the work ethic is large\n"
)

# xl_senate_enzi_1: sentence gaps of two spaces and breaks of three, the widest run the page writes.
ENZI = (
    "U S  Senator Mike Enzi  R Wyo   started the first day of the 110th Congress by attending the swearing in of"
    " recently elected members  Enzi hopes to work with those members to bring about positive change for Wyoming"
    " agriculture producers  small business owners and veterans   One priority for Enzi will be to restore open"
    " and fair competition to the livestock market through Enzis Captive Supply Reform Act  The bill would restore"
    " competition by making packers and livestock producers bid against each other to win a contract  The bill"
    " would require that forward contracts and marketing agreements be traded in open  public markets  By also"
    " requiring these contracts and agreements to have a fixed base price  the bill would end price manipulation"
    "   Enzi would also like to increase travel reimbursement rates for veterans traveling to VA treatment"
    " facilities through the Veterans Road to Health Care Act  Another priority are measures that would provide"
    " comprehensive federal budget process reform including a biennial budget to stop overspending in Congress"
    "   Enzi also looks forward to helping small business by reauthorizing the Small Business Administration to"
    " improve technical and financial support for small business  He is the top Republican on the Senate Health"
    "  Education  Labor and Pensions  HELP  Committee  As the ranking member  he will resume his work with Senator"
    " Ted Kennedy  D Mass   who assumes the chairmanship of that committee for two years\n"
)


class TestStrippedPageWidths:
    """The page's own histogram of runs between a lower-case word and a capital sets its break width."""

    def test_three_space_runs_are_no_breaks_where_breaks_are_wide(self) -> None:
        openers = [text[:24] for _, text in _body(PRYOR)]
        assert not any(text == "Pryor said" for _, text in _body(PRYOR))
        assert not [o for o in openers if o.startswith(("According to", "Thirty two", "In these small"))]
        assert len(openers) == 6  # the dateline's paragraph and the five breaks of six spaces or more

    def test_three_space_runs_are_breaks_where_none_is_wider(self) -> None:
        body = _body(ENZI)
        assert [text[:22] for _, text in body] == [
            "U S Senator Mike Enzi ",
            "One priority for Enzi ",
            "Enzi would also like t",
            "Enzi also looks forwar",
        ]
        assert "Enzi R Wyo started the first day" in body[0][1]  # a lower-case word after the run: no break

    def test_a_page_with_breaks_two_longer_keeps_its_line_breaks(self) -> None:
        """A run two longer than the sentence gap is seen: the usual widths hold (a line break one longer)."""
        from collections import Counter

        from pressparse.paragraphs import _page_breaks

        assert _page_breaks(2, Counter({2: 7, 3: 5, 4: 1, 5: 2}), 1700) == (4, 3)
        assert _page_breaks(2, Counter({2: 34, 3: 2}), 3900) == (4, 3)  # two runs of three: too few to be breaks

    def test_quoted_sentence_ends_close_together_are_no_breaks(self) -> None:
        """Runs of three every sentence or two (quotations' ends) part blocks too short to be paragraphs."""
        from collections import Counter

        from pressparse.paragraphs import _page_breaks

        assert _page_breaks(2, Counter({2: 10, 3: 3}), 350) == (4, 3)
        assert _page_breaks(2, Counter({2: 10, 3: 3}), 900) == (3, 0)


# xl_senate_alexander_1: ``,” Frist said. “`` stripped to runs of three, one longer than the sentence gap.
ALEXANDER = (
    "WASHINGTON  D C    U S  Senators Bill Frist  R TN  and Lamar Alexander  R TN  today applauded the U S "
    " Department of Homeland Security for awarding a  225 000 grant to the Goshen Valley Volunteer Fire Department"
    "  under the 2004 Assistance to Firefighter Grant Program    The program provides grants to help local fire"
    " departments purchase new firefighting equipment  fund firefighter health and safety programs     I m pleased"
    " that the Department of Homeland Security continues to support the critical role of Tennessee s fire"
    " departments   Frist said   This funding will ensure that Church Hill firefighters have the training  support"
    " and resources they need to protect our communities      Senator Frist and I appreciate the Department of"
    " Homeland Security s investment in Church Hill for emergency preparedness   Alexander said   This grant will"
    " help give firefighters the vital resources they need to save lives  We will continue to work together   "
    "  The Assistance to Firefighters Grant Program  AFGP  awards one year grants directly to fire departments"
    "  The Department of Homeland Security s Office for Domestic Preparedness  ODP  administers the program \n"
)


class TestStrippedAttributionBetweenLineRuns:
    """A stretch that only says who spoke is never a line of its own: the quotation around it is one paragraph."""

    def test_quote_said_and_quote_are_one_paragraph(self) -> None:
        body = _body(ALEXANDER)
        assert not [text for _, text in body if text in ("Frist said", "Alexander said")]
        assert any("departments Frist said This funding will ensure" in text for _, text in body)

    def test_a_four_space_break_still_parts_paragraphs(self) -> None:
        """``Program    The program``: the page's breaks are four spaces and more; they still cut."""
        assert [text[:16] for _, text in _body(ALEXANDER)] == [
            "U S Senators Bil",
            "The program prov",
            "I m pleased that",
            "Senator Frist an",
            "The Assistance t",
        ]


_LA = (
    "LOS ANGELES – A Los Angeles County Superior Court judge dismissed an indictment against a former officer.\n"
    "Prosecutors argued in an opposition motion filed last week that they presented ample evidence of the element"
    " of malice to support the grand jury’s probable cause finding. Among them:\n"
    "No evidence of aggression by the victim, who was unarmed, and didn’t possess a serious threat to officers\n"
    "Proctor was angry and frustrated by Glenn and threatened to shoot his dog with a profanity-laced invective\n"
    "After the shooting Proctor asked a witness to support a false narrative of what happened\n"
    "“Defendant’s decision to shoot and kill Mr. Glenn without any justification was evidence that he acted with"
    " conscious disregard for human life,” the opposition motion said.\n"
)


class TestLongUnmarkedItemsUnderAColon:
    """xj_da_la_1: clauses that lost their bullets and their stops, one a line, under ``… Among them:``."""

    def test_clauses_without_stops_are_items(self) -> None:
        kinds = [kind for kind, _ in _body(_LA)]
        assert kinds == ["paragraph", "paragraph", "list_item", "list_item", "list_item", "paragraph"]

    def test_a_long_line_after_an_item_with_a_stop_is_no_item(self) -> None:
        """interpol_3: a caption under a list whose last item ends the sentence is not one more item."""
        text = (
            _LEAD_WIRE + "Under the plan, participating countries will:\n"
            "increase checks against the Stolen and Lost Travel Documents database at ports;\n"
            "set up a regional analysis cell in Suva; and\nshare seizure data within 48 hours.\n"
            "Delegates at the 52nd Pacific Islands Chiefs of Police Conference gathered in Suva to sign the plan\n"
        )
        assert _body(text)[-1][0] == "paragraph"

    def test_long_lines_under_a_colon_that_end_in_stops_stay_paragraphs(self) -> None:
        text = _LA.replace(" officers\n", " officers.\n").replace(" invective\n", " invective.\n")
        text = text.replace(" happened\n", " happened.\n")
        assert [kind for kind, _ in _body(text)].count("list_item") == 0


_LEAD_WIRE = "SUVA, Fiji – Police chiefs from the Pacific agreed on a new plan against drug trafficking today.\n"

# xj_doj_r00551: a DOJ page flattened to one line, its sentences all joined by one space.
_ONE_SPACE_PAGE = (
    "Continuing to follow President Trumps strong leadership on combatting the deadly opioid crisis, Attorney"
    " General Sessions today announced new resources and stepped up efforts to address the drug and opioid"
    " crisis.  Joined by Acting DEA Administrator Robert Patterson, Attorney General Sessions announced the"
    " following efforts during a press conference at the Department of Justice. "
    + " ".join(
        f"The department will also fund program number {n} for the state and local partners this year."
        for n in range(1, 11)
    )
)


class TestLoneTwoSpaceBreakOnAFlattenedPage:
    """On a page of ten one-space sentence ends or more, its one stop with two spaces is its one break."""

    def test_the_lone_two_space_run_breaks(self) -> None:
        body = _body(_ONE_SPACE_PAGE + "\n")
        assert [text[:20] for _, text in body] == ["Continuing to follow", "Joined by Acting DEA"]

    def test_a_short_paragraph_keeps_its_typing_slip(self) -> None:
        """x5_da_la_taylor: a quotation of a few sentences with one double space inside stays one paragraph."""
        text = (
            _LEAD_WIRE + "“This decision is a meaningful win for public safety in California. Mental health"
            " diversion may be appropriate for defendants who engage in low-level crimes.  However, in situations"
            " where a defendant has committed violent acts, public safety must come first,” the District Attorney"
            " said.\n"
        )
        assert len(_body(text)) == 2
