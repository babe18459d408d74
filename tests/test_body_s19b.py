"""Body structure on real releases the parser had not seen (session 19, round 4: exG, exH, exI).

Each class holds one rule of ``paragraphs`` or ``headings`` written from a real
release (named in the docstrings); the negatives beside the positives are the
nearest texts the rule must leave alone. Every row is read through ``parse``
and checked for SPEC 5 (the clean text parses back to the same body).
"""

from __future__ import annotations

from tests.test_body_unseen import _body  # the body as (kind, text) pairs, read back from the clean text (SPEC 5)

_LEAD = "CHICAGO — The State’s Attorney’s Office filed charges against a 68-year-old man today.\n"


class TestSentencesBrokenAroundLinks:
    """County pages set each link on a line of its own; the sentence around the links is one paragraph."""

    def test_names_joined_by_a_lone_and(self) -> None:
        """xg_da_cook_1: ``Assistant State’s Attorneys`` / name / ``and`` / name / ``will handle …``."""
        text = (
            _LEAD + "Assistant State’s Attorneys\nKatie Siefert\nand\nKrystyn Dilillo\nwill handle the prosecution.\n"
        )
        assert _body(text)[-1] == (
            "paragraph",
            "Assistant State’s Attorneys Katie Siefert and Krystyn Dilillo will handle the prosecution.",
        )

    def test_a_heading_over_a_name_and_a_sentence_stays(self) -> None:
        """No lone conjunction under the name, and the line under it opens in capitals: a heading and text."""
        text = (
            _LEAD + "Prosecution Team\nKatie Siefert\nShe will handle the prosecution with a colleague from Skokie.\n"
        )
        body = _body(text)
        assert body[1][1] == "Prosecution Team"

    def test_a_linked_number_between_a_verb_and_the_sentence_end(self) -> None:
        """xg_da_sandiego_1: ``… in immediate danger, call`` / ``911`` / ``or your local police department.``."""
        text = _LEAD + "If an animal is in immediate danger, call\n911\nor your local police department.\n"
        assert _body(text)[-1] == (
            "paragraph",
            "If an animal is in immediate danger, call 911 or your local police department.",
        )

    def test_no_sentence_end_under_the_link_no_join(self) -> None:
        """The line under the capitalised one ends on no stop: nothing shows a sentence running over it."""
        text = _LEAD + "Report suspected abuse to the county office\nFraud Hotline\nopen every day of the week\n"
        assert _body(text)[1] == ("paragraph", "Report suspected abuse to the county office")


class TestDashDescribesTheNameAbove:
    """A resource list: a linked name, and under it ``– `` and what the agency does (xg_da_sandiego_1)."""

    RESOURCES = (
        "In 2018, the DA launched the office’s first-ever Animal Cruelty Prosecution Unit.\n"
        "To report suspected animal abuse in San Diego County, you can contact the following agencies depending on"
        " the location and type of incident:\n"
        "San Diego Humane Society\n– They handle animal cruelty investigations in most of San Diego County.\n"
        "Online: Report Animal Cruelty\n"
        "County of San Diego Department of Animal Services\n– Covers unincorporated areas and certain cities.\n"
    )

    def test_name_and_dash_line_are_one_entry(self) -> None:
        body = _body(self.RESOURCES)
        assert (
            "paragraph",
            "San Diego Humane Society – They handle animal cruelty investigations in most of San Diego County.",
        ) in body
        assert (
            "paragraph",
            "County of San Diego Department of Animal Services – Covers unincorporated areas and certain cities.",
        ) in body
        assert not [k for k, _ in body if k == "list_item"]

    def test_dash_lines_in_a_row_are_a_list(self) -> None:
        """``Highlights`` / ``– One`` / ``– Two``: dashes in a row are bullets, the name over them a heading."""
        text = _LEAD + "Highlights\n– Revenue grew by ten percent.\n– Margins rose in every region.\nThe board met.\n"
        assert [k for k, _ in _body(text)][1:4] == ["heading", "list_item", "list_item"]

    def test_a_sentence_over_a_dash_line_stays(self) -> None:
        """The line above ends a sentence: the dash opens an item of its own."""
        text = _LEAD + "Officers found three items.\n– A loaded handgun.\n"
        assert _body(text)[-1] == ("list_item", "A loaded handgun.")


class TestLabelOverItsNumber:
    """``Call:`` over the linked phone number: one line of the entry, as ``Online: …`` is (xg_da_sandiego_1)."""

    def test_call_label_and_number(self) -> None:
        text = _LEAD + "Call:\n619-299-7012 (ext. 2244)\nOnline: Report Animal Cruelty\n"
        assert ("paragraph", "Call: 619-299-7012 (ext. 2244)") in _body(text)

    def test_label_over_words_or_a_contact_label_stays(self) -> None:
        """A label over a sentence is a field heading's business; ``Phone:`` belongs to a contact block."""
        text = _LEAD + "Call:\nThe hotline is open every day of the week.\n"
        assert ("paragraph", "Call: The hotline is open every day of the week.") not in _body(text)
        from pressparse import parse

        doc = parse(_LEAD + "The office can be reached by phone.\nPhone:\n312-603-3423\n")
        assert "Phone: 312-603-3423" not in [b.text for b in doc.body]


class TestGluedJunctionsThatAreNone:
    """A stop glued to what follows that ends no sentence (xh_wire_blockchainwire_1, xh_wire_newsusa_1)."""

    def test_a_name_with_a_start_up_domain(self) -> None:
        """``SatoshiDEX.AI approach …``; ``ecosystem.SatoshiDEX.AI Whitepaper`` is still a junction."""
        text = (
            "# SatoshiDEX Opens Pre-Sale\n\nSatoshiDEX.ai, a Bitcoin DeFi platform, announced its pre-sale today.\n\n"
            "SatoshiDEX.AI approach to DEX development offers a shift. With Bitcoin's security, it builds a new"
            " ecosystem.SatoshiDEX.AI Whitepaper is also available!\n"
        )
        texts = [t for _, t in _body(text)]
        assert texts[-2].startswith("SatoshiDEX.AI approach")
        assert texts[-2].endswith("ecosystem.")
        assert texts[-1] == "SatoshiDEX.AI Whitepaper is also available!"

    def test_a_sentence_opening_on_ai_after_a_lower_case_word(self) -> None:
        """``… across the industry.AI tools are …``: a junction; the domain reads only after a name."""
        text = "NEW YORK, May 1, 2024 – Adoption grew across the industry.AI tools are now used by most teams.\n"
        assert [t for _, t in _body(text)][-1] == "AI tools are now used by most teams."

    def test_a_footnote_number_after_a_stop(self) -> None:
        """``… heart-related complications.1 For Todd, …``: one paragraph, the mark kept."""
        text = (
            "(NewsUSA) - Atrial fibrillation can increase the risk of stroke and other heart-related"
            " complications.1 For Todd, the diagnosis brought a new level of uncertainty.\n"
        )
        assert len(_body(text)) == 1

    def test_a_number_opening_the_next_paragraph_stays_a_junction(self) -> None:
        """``… was arrested.10 people were …`` (a figure and a lower-case word) and a year stay junctions."""
        text = "WASHINGTON – The man was arrested.10 people were hurt in the attack on Tuesday.\n"
        assert [t for _, t in _body(text)][-1] == "10 people were hurt in the attack on Tuesday."


class TestLostDashInsideAQuotation:
    """A ``?`` glued between two words inside a quotation stands for a lost dash (xi_senate_salazar_1)."""

    def test_question_marks_inside_an_open_quotation(self) -> None:
        text = (
            "SEN. ROE FIGHTS FOR SAFETY OF SCHOOLCHILDREN\n  Sen. Jane Roe sent a letter to the President today.\n"
            '   Roe writes, "You have proposed zero funding in each of your budget requests?As experts will'
            " reiterate at the conference on school violence?America's children spend more time in school.\"\n"
        )
        assert [k for k, _ in _body(text)] == ["paragraph", "paragraph"]

    def test_question_outside_a_quotation_is_a_junction(self) -> None:
        """``… funding?America's children …`` with no quotation open: two paragraphs, as before."""
        text = (
            "WASHINGTON – Why did the budget cut the funding?America's children spend more time in school"
            ' than anywhere else, Roe said. "We must act."\n'
        )
        assert len(_body(text)) == 2


class TestOneRowTable:
    """A table of one row under its column names is a table, as the page's longer tables are (xg_da_cook_2)."""

    def test_one_row_printed_a_cell_a_line(self) -> None:
        text = (
            "CHICAGO – Prosecutors approved 857 felony retail charges through February, or 86 percent.\n"
            "Felony Retail Theft\nDecember 2024 - February 2025\nFelony Review Approved\n"
            "Felony Review Approval Rate\nRetail Theft Charges\n857\n86%\nThere could be several charges on one case.\n"
        )
        body = _body(text)
        assert ("list_item", "Retail Theft Charges 857 86%") in body
        assert ("heading", "Felony Review Approval Rate") in body
        assert ("paragraph", "857") not in body

    def test_a_label_over_figures_with_no_column_names(self) -> None:
        """``Jane Roe`` / ``34`` / ``19`` under a sentence: no column names over it, no table."""
        text = "CHICAGO – Two people were charged today.\nJane Roe\n34\n19\nBoth appear in court on Monday.\n"
        assert "list_item" not in [k for k, _ in _body(text)]


class TestSpeakerLineWithANickname:
    """``“Pastor Phil” Jackson, …`` over a quote reads like its sibling speaker lines (xg_da_cook_2)."""

    SPEAKERS = (
        "CHICAGO\n– Cook County State’s Attorney Eileen O’Neill Burke marked 100 days in office this week by"
        " releasing an initial summary of the policy priorities she announced on her first day in office.\n"
        "CIVIC, COMMUNTY AND JUSTICE LEADERS WEIGH IN ON BURKE’S FIRST 100 DAYS\n"
        "Joe Ferguson, The Civic Federation President\n"
        "“What has most impressed the civic and business leaders I talk to is how thoughtful and deliberative"
        " Eileen and her team have been since taking the reins in December.”\n"
        "“Pastor Phil” Jackson, Firehouse Community Arts Center CEO and Chicago Park District Commissioner\n"
        "“I am grateful to serve alongside Eileen O’Neill Burke, who is passionate about discovering innovative"
        " ways to collaborate with others.”\n"
        "Rob Karr, Illinois Retail Merchants Association President and CEO\n"
        "“Cook County State’s Attorney Eileen O’Neill Burke has proven early in her first term to be a strong ally"
        " of the business community.”\n"
    )

    def test_nickname_speaker_line_is_a_heading(self) -> None:
        body = _body(self.SPEAKERS)
        assert ("heading", "Joe Ferguson, The Civic Federation President") in body
        assert (
            "heading",
            "“Pastor Phil” Jackson, Firehouse Community Arts Center CEO and Chicago Park District Commissioner",
        ) in body

    def test_a_quotation_line_stays_a_paragraph(self) -> None:
        """A quotation that runs on after its closing mark in lower case is a sentence, no speaker line."""
        text = self.SPEAKERS + "“Thank you” was all he said to the crowd of supporters outside\nThe End came.\n"
        assert ("heading", "“Thank you” was all he said to the crowd of supporters outside") not in _body(text)


class TestSectionsUnderAColon:
    """``… three major initiatives:`` over title-case lines, each over its paragraph (xi_senate_inhofe_1)."""

    INITIATIVES = (
        "WASHINGTON--Sen. Roe introduced the Flu Vaccine Incentive Act today.\n"
        "The Act is comprised of three major initiatives: \n"
        "Targets Appropriated Funds for Research and Development of New Production Technologies\n\n"
        "The fiscal year 2005 bill provides $100 million to ensure a year-round production capacity.\n\n"
        "Eliminates Suffocating Price Controls on Government Purchases\n\n"
        "Price controls put in place years ago discourage manufacturers from bidding on contracts.\n"
    )

    def test_first_section_under_the_colon_is_a_heading(self) -> None:
        body = _body(self.INITIATIVES)
        assert (
            "heading",
            "Targets Appropriated Funds for Research and Development of New Production Technologies",
        ) in body
        assert ("heading", "Eliminates Suffocating Price Controls on Government Purchases") in body

    def test_items_in_a_row_under_a_colon_stay_items(self) -> None:
        """Title-case lines in a row under the colon, no paragraph between them: a list, no headings."""
        text = (
            "WASHINGTON--Sen. Roe introduced the act today. It has three parts:\n"
            "Targets Funds for Research\nEliminates Price Controls\nCreates a Tax Credit\n"
            "The bill goes to the committee next week for a hearing on all three parts.\n"
        )
        assert "heading" not in [k for k, _ in _body(text)]


# xi_senate_levin_1: punctuation stripped; a curly apostrophe left three spaces ("don   t"), so paragraph breaks
# are six spaces and more, a closing quote and its comma five.
LEVIN = (
    "WASHINGTON     The senators want to add language to the farm bill to help states address several aspects"
    " of preventing viral hemorrhagic septicemia including       Monitoring to determine where the disease is"
    " located and how it is spreading   Testing fish to see whether they are infected    Managing VHS through"
    " any possible control methods  and    Enforcing the APHIS order restricting the movement of live fish     "
    " The Great Lakes face a number of ongoing challenges  one of which is VHS  a very serious invasive species"
    "     Levin said      We don   t have a minute to spare when it comes to fighting this virus           The"
    " letter was sent to Senators Tom Harkin  D Iowa  and Saxby Chambliss  R Ga        "
)


class TestStrippedListsOfGerunds:
    """A stripped lead-in ending in ``including`` over clauses that each open with a verb in ``-ing``."""

    def test_provisions_after_including(self) -> None:
        body = _body(LEVIN)
        assert [k for k, _ in body] == ["paragraph", *["list_item"] * 4, "paragraph", "paragraph"]
        assert body[2][1] == "Testing fish to see whether they are infected"

    def test_a_sentence_after_including_stays_a_paragraph(self) -> None:
        """``… including       During the hearing the senators …``: a preposition in ``-ing`` opens no clause."""
        text = LEVIN.replace("Monitoring to determine", "During the hearing they asked to determine")
        assert "list_item" not in [k for k, _ in _body(text)]


class TestStrippedAttribution:
    """``… species     Levin said      We don   t …``: the quotation goes on after its attribution."""

    def test_attribution_at_the_narrowest_break_stays_in_its_paragraph(self) -> None:
        body = _body(LEVIN)
        assert body[-2][1].startswith("The Great Lakes face")
        assert "Levin said We don t have" in body[-2][1]

    def test_a_wider_run_after_the_attribution_ends_the_paragraph(self) -> None:
        """senate_003: ``… around     said Senator Clinton           Gestational …``: eleven spaces, a break."""
        text = LEVIN.replace("Levin said      We", "Levin said           We")
        assert any(t.startswith("We don t have") for _, t in _body(text))
