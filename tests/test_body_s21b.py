"""Body structure on real releases the parser had not seen (session 21, round 11: ezA, ezB, ezC).

Each class holds one rule of ``paragraphs`` written from a real release (named
in the docstrings); the negatives beside the positives are the nearest texts
the rule must leave alone. Every row is read through ``parse`` and checked for
SPEC 5 (the clean text parses back to the same body).
"""

from __future__ import annotations

import pytest

from pressparse import parse
from pressparse.paragraphs import _glued_heading, is_glued_break
from tests.test_body_unseen import _body  # the body as (kind, text) pairs, read back from the clean text (SPEC 5)


class TestStateAbbreviation:
    """zb_senate_byrd_1: ``both D-W.Va., are calling``: a party and a state's initial are no glued junction."""

    def test_party_state_stays_whole(self) -> None:
        text = (
            "Sens. Robert C. Byrd and Jay Rockefeller, both D-W.Va., are calling on the President to come clean.\n\n"
            '"Social Security should not be a play thing," Byrd said.\n'
        )
        body = _body(text)
        assert len(body) == 2
        assert body[0][1].startswith("Sens. Robert C. Byrd")
        assert "D-W.Va., are calling" in body[0][1]

    @pytest.mark.parametrize(
        ("text", "broken"),
        [
            ("both D-W.Va., are calling", False),
            ("Senator Smith, R-N.Y., said", False),
            ("Congressman Jones, D-S.C. said", False),
            ("the W.Va. delegation", False),
            # Negatives: a hyphenated word's end, then a sentence, stays a junction.
            ("a long-term plan.The office", True),
            ("the Covid-19 test kit.Then he left", True),
        ],
    )
    def test_junctions(self, text: str, broken: bool) -> None:
        stop = text.index(".")
        assert is_glued_break(text, stop, stop + 1, 0) is broken


LEAD = "CHICAGO –\nThe office today announced the results of the blitz.\n"
TAIL = "Shootings in Chicago are trending to their lowest numbers in a decade.\n"


class TestColonSentenceGoesOn:
    """za_da_cook_1: one lower-case line that ends the sentence under a colon line goes on its paragraph."""

    def test_linked_sentence_is_one_paragraph(self) -> None:
        text = (
            LEAD + "This past weekend,\nthe Assembly also signed off on two of Burke’s legislative priorities:\n"
            "a bill that ensures that offenders can receive a FOID card, along with a bill on limitations.\n" + TAIL
        )
        body = _body(text)
        assert len(body) == 3
        assert body[1][1].startswith("This past weekend,")
        assert body[1][1].endswith("a bill on limitations.")

    @pytest.mark.parametrize(
        "items",
        [
            # Two lower-case lines: a list's items (or its paragraphs), never one sentence.
            "a bill that ensures that offenders can receive a FOID card.\na bill that expands the limitations.\n",
            "a bill on FOID cards;\na bill on limitations.\n",  # items of one sentence, ";" between them
            "the FOID card bill\n",  # no stop: an item, no sentence's end
            "A bill that ensures that offenders can receive a FOID card.\n",  # a capital: a sentence of its own
        ],
    )
    def test_items_stay_apart(self, items: str) -> None:
        body = _body(LEAD + "The Assembly passed two of her priorities:\n" + items + TAIL)
        assert body[1] == ("paragraph", "The Assembly passed two of her priorities:")


class TestBlankAfterComma:
    """zc_wire_newsusa_1: a blank line after a comma, a lower-case word under it, is the scraper's, not a break."""

    HEAD = (
        "# Transformer Table Helps Summer Gatherings\n\n(NewsUSA) - Summer gatherings rarely stay small for long.\n\n"
    )

    def test_comma_then_lower_case(self) -> None:
        text = (
            self.HEAD + "To learn more about the outdoor dining solutions,\n\nvisit: https://ca.example.com/dining \n"
        )
        assert _body(text)[-1] == (
            "paragraph",
            "To learn more about the outdoor dining solutions, visit: https://ca.example.com/dining",
        )

    @pytest.mark.parametrize(
        "tail",
        [
            "To learn more about the outdoor dining solutions,\n\nVisit: https://ca.example.com/dining \n",  # a capital
            "To learn more about the outdoor dining solutions\n\nvisit our https://ca.example.com/dining \n",  # no comma
            "Tables, chairs,\n\nbenches and more are on sale now.\n",  # two words: no sentence above
        ],
    )
    def test_other_breaks_stay(self, tail: str) -> None:
        assert len(_body(self.HEAD + tail)) == 3


class TestGluedHeadingBeforeCapitals:
    """zc_wire_blockchainwire_1: a subheading glued to a name in capitals the page writes alone."""

    HEAD = (
        "# KWDK Introduces New Services\n\nKWDK, a leader in web development, is excited to announce new services.\n\n"
    )

    @pytest.mark.parametrize(
        ("line", "heading", "rest"),
        [
            (
                "Commitment to Customer SuccessKWDK's mission is to help businesses grow.",
                "Commitment to Customer Success",
                "KWDK's mission is to help businesses grow.",
            ),
            (
                "Driving Future GrowthKWDK is committed to staying ahead of trends.",
                "Driving Future Growth",
                "KWDK is committed to staying ahead of trends.",
            ),
        ],
    )
    def test_split(self, line: str, heading: str, rest: str) -> None:
        assert _body(self.HEAD + line + "\n")[1:] == [("heading", heading), ("paragraph", rest)]

    @pytest.mark.parametrize(
        "line",
        [
            "Meet the HealthTECH platform for clinics that want to grow.",  # capitals never written alone: a brand
            "Driving Future GrowthACME is committed to staying ahead of trends.",  # "ACME" stands nowhere alone
            "Smart SalesIQ is committed to staying ahead of trends.",  # two capitals: a brand's suffix
        ],
    )
    def test_kept_whole(self, line: str) -> None:
        assert _body(self.HEAD + line + "\n")[1:] == [("paragraph", line)]


class TestInlineEnDashItems:
    """zc_wire_evertise_1: a list pasted into its line after a colon, each item after `` – `` and a sentence."""

    HEAD = (
        "# NATCOM Celebrates Flag Day\n\nPort-au-Prince, Haiti – 14 May 2025 – NATCOM brings the flag to New York.\n\n"
    )
    ITEMS = (
        ": – Easy cash-in and cash-out at over 3,000 agents across the country. – Quick bill payments for electricity."
        " – Secure and instant money transfers between accounts.  About NATCOM\n\n NATCOM is Haiti's leading provider.\n"
    )

    def test_label_and_items(self) -> None:
        body = _body(self.HEAD + "NATCOM links Haitians at home and abroad.  Key Benefits of Natcash" + self.ITEMS)
        assert body[1:6] == [
            ("paragraph", "NATCOM links Haitians at home and abroad."),
            ("heading", "Key Benefits of Natcash:"),
            ("list_item", "Easy cash-in and cash-out at over 3,000 agents across the country."),
            ("list_item", "Quick bill payments for electricity."),
            ("list_item", "Secure and instant money transfers between accounts."),
        ]

    def test_sentence_lead_in_stays_with_its_paragraph(self) -> None:
        body = _body(self.HEAD + "NATCOM links Haitians at home and abroad.  Its wallet now offers" + self.ITEMS)
        assert body[1] == ("paragraph", "NATCOM links Haitians at home and abroad. Its wallet now offers:")
        assert [kind for kind, _ in body[2:5]] == ["list_item"] * 3

    @pytest.mark.parametrize(
        "line",
        [
            # An en dash in prose, no colon before it, or one item only: no list.
            "The plan – Easy Pay – is live in Haiti and abroad.",
            "It offers one thing: – Easy cash-in at over 3,000 agents across the country.",
            "Our aim: – Make cash easy – is plain to all of our agents in the country.",
        ],
    )
    def test_prose_dashes_stay(self, line: str) -> None:
        assert _body(self.HEAD + line + "\n")[1:] == [("paragraph", line)]


class TestGluedSubheadlineBeforeArticle:
    """za_doj_r03300: a DOJ subheadline glued to the story's first word, the article ``A``."""

    SUB = "Eighteen Others Previously Sentenced to Prison for Illegal Activity on Child Pornography Websites Based on Tor Network"
    STORY = (
        "A New York man was sentenced to six years in federal prison today for receiving and accessing child pornography"
        " in connection with his use of a website based on the Tor network.Assistant Attorney General Leslie R. Caldwell"
        " made the announcement.Kirk Cottom, 45, of Rochester, New York, pleaded guilty on Aug. 3, 2015."
    )

    def test_subheadline_is_the_subtitle(self) -> None:
        doc = parse(self.SUB + self.STORY)
        assert [(m.kind.value, m.text) for m in doc.meta] == [("subtitle", self.SUB)]
        assert doc.body[0].text.startswith("A New York man was sentenced")
        assert parse(doc.text).body[0].text == doc.body[0].text  # SPEC 5

    @pytest.mark.parametrize(
        "text",
        [
            # A name's letter after a word or two, no article: the block stays whole.
            "Under PlanA the city will pay for the new roads over the next ten years, the mayor said today.",
            "The Vitamin SeriesA study of children found no harm over a period of ten years of daily use.",
        ],
    )
    def test_letter_inside_a_name_is_no_glue(self, text: str) -> None:
        assert _glued_heading(text, 0, len(text)) == 0


GREGG = (
    "WASHINGTON   U S  Senator Judd Gregg  R NH  today announced that the Senate Appropriations Committee has approved"
    " a bill containing  300 000 in federal funding for Marguerites Place in Nashua  Marguerites Place provides"
    " transitional housing and supportive services to homeless women and their children who have been victims of"
    " domestic abuse  As a member of the Senate Appropriations Committee  Senator Gregg was able to include these funds"
    " in the Fiscal Year 2008 Transportation and Housing and Urban Development Appropriations bill  which is now ready"
    " for consideration by the full Senate later this year  Funding for this project is included within the Committee"
    " allocation for Fiscal Year 2008 spending measures  Since 1998  Senator Gregg has secured  1 136 490 million in"
    " federal funding for Marguerites Place   Senator Gregg stated  Marguerites Place does an exceptional job of"
    " providing high quality programming and access to services to residents throughout the Nashua community  These"
    " funds will help Marguerites Place to continue helping mothers and children who have experienced difficult"
    " situations and help them get back on track  I am pleased to be able to assist such an important program in"
    " securing federal assistance  Sister Sharon Walsh  Director of Marguerites Place  stated  Marguerites Place is"
    " deeply indebted to Sen  Gregg for once again stepping up to the plate to make the lives of more women hopeful  "
)


class TestStrippedPageWithBareQuotes:
    """zb_senate_gregg_1, xt_senate_gregg_1: one run one longer than the gap, where quotes leave no space, breaks."""

    def test_the_one_wider_run_breaks(self) -> None:
        body = _body(GREGG)
        assert len(body) == 2
        assert body[1][1].startswith("Senator Gregg stated Marguerites Place does")

    def test_a_quotation_s_run_keeps_the_page_whole(self) -> None:
        """The speech verb's run is one longer (a quotation's mark): the one wider run may be a quotation's end."""
        text = GREGG.replace("Gregg stated  Marguerites", "Gregg stated   Marguerites")
        assert len(_body(text)) == 1

    def test_no_speech_verb_no_evidence(self) -> None:
        text = GREGG.replace("stated", "wrote")
        assert len(_body(text)) == 1

    def test_the_dateline_s_run_is_no_break(self) -> None:
        """xt_senate_gregg_1: the run after the dateline's city is as wide as the break; it stays the dateline's."""
        head = "Senator Gregg Lauds Passage Of Energy Bill Contact  Andrea Wuebker Laena Fallon  "
        doc = parse(head + GREGG)
        assert doc.dateline is not None
        assert doc.dateline.text == "WASHINGTON"
        assert [b.text[:22] for b in doc.body] == ["U S Senator Judd Gregg", "Senator Gregg stated M"]


COLLINS = (
    "WASHINGTON  D C  U S  Senators Olympia J  Snowe  R ME  and Susan Collins  R ME  announced today that the National"
    " Fish and Wildlife Foundation has awarded the Maine Department of Marine Resources  283 334 in funding for two"
    " projects in the state that protect its coast and its waters from harm        The National Fish and Wildlife"
    " Foundation will allocate funding as follows    1     133 334 for the Maine Marine Mammal Stranding Program   This"
    " project will develop a volunteer network of trained responders and a Maine Marine Animal Reporting Hotline   In"
    " 2003  the number of stranding events in the region was triple the annual average    2     150 000 for the Maine"
    " Students Invasive Species Monitoring   The Gulf of Maine Research Institute will engage Maine middle school"
    " students in a conservation program     The National Fish and Wildlife Foundation is a nonprofit organization"
    " that attracts diverse investments to conservation and encourages locally supported stewardship of fish   "
)


class TestStrippedNumberedItems:
    """zb_senate_collins_1: ``as follows    1     133 334 for …    2     150 000 for …``: stripped ``1)`` markers."""

    def test_numbers_in_order_are_markers(self) -> None:
        body = _body(COLLINS)
        kinds = [kind for kind, _ in body]
        assert kinds[-4:] == ["paragraph", "list_item", "list_item", "paragraph"]
        assert body[-4][1].endswith("will allocate funding as follows")
        assert body[-3][1].startswith("133 334 for the Maine Marine Mammal Stranding Program This project")
        assert body[-2][1].startswith("150 000 for the Maine Students")
        assert body[-1][1].startswith("The National Fish and Wildlife Foundation is a nonprofit")

    @pytest.mark.parametrize(
        ("old", "new"),
        [
            ("follows    1     133", "follows    3     133"),  # no sequence from one
            ("average    2     150", "average  and  150"),  # one number alone
        ],
    )
    def test_no_sequence_no_items(self, old: str, new: str) -> None:
        assert "list_item" not in [kind for kind, _ in _body(COLLINS.replace(old, new))]

    @pytest.mark.parametrize(
        ("lines", "items"),
        [
            ("1 133 334 for the Maine Program\n2 150 000 for the Maine Study\n", 2),  # the clean text's items
            ("1 133 334 for the Maine Program\n", 0),  # one number: no list
            ("2 133 334 for the Maine Program\n3 150 000 for the Maine Study\n", 0),  # not from one
            ("1 in 5 people in Maine go hungry\n2 in 5 people in Maine go hungry\n", 0),  # no amount after it
        ],
    )
    def test_clean_text_lines(self, lines: str, items: int) -> None:
        text = (
            "WASHINGTON - The Foundation will allocate funding as follows\n"
            + lines
            + "The Foundation is a nonprofit.\n"
        )
        assert [kind for kind, _ in _body(text)].count("list_item") == items


HARKIN_1 = (
    "WASHINGTON  D C   Senator Tom Harkin  D IA  today urged the Senate to pass the Water Resources Development"
    " Act  WRDA  of 2007   The legislation would provide much needed funding to the Army Corps of Engineers for"
    " the locks on the upper Mississippi  It passed the House in April and the Senate must now act on the bill"
    " and the House measures"
)
HARKIN_2 = (
    "I m very pleased this legislation is again moving forward in the Senate   Improving shipping lanes for our"
    " exports is vital to the farmers of Iowa and the nation  and work should begin as quickly as possible"
)
HARKIN_3 = (
    "This WRDA bill contains crucial improvements to the lock system and restores the ecosystems of the river   In"
    " 2004 Harkin worked with Senators Kit Bond  R MO  and others to develop the plan for the upper Mississippi  "
)
HARKIN = HARKIN_1 + " " * 25 + HARKIN_2 + " " * 27 + HARKIN_3


class TestIndentedBreaksOnAStrippedPage:
    """zb_senate_harkin_1: breaks written as indented lines (25-27 spaces); runs of three are sentence gaps."""

    def test_breaks_at_the_indents_only(self) -> None:
        assert [text[:18] for _, text in _body(HARKIN)] == [
            "Senator Tom Harkin",
            "I m very pleased t",
            "This WRDA bill con",
        ]

    def test_a_narrower_wide_run_keeps_the_usual_reading(self) -> None:
        """A run of four to nineteen before a capital: the indents are no evidence, the runs of three break."""
        text = HARKIN.replace("of the river   In", "of the river     In")
        assert len(_body(text)) > 3


OBAMA = (
    "WASHINGTON  D C      U S  Senator Barack Obama  D IL  today announced that the Senate Appropriations Committee"
    " approved his funding requests for Illinois   I am pleased to have secured funding for our roads and our trails"
    "      Fiscal Year 2008 Transportation  Housing and Urban Development  and Related Agencies Appropriations   2 000"
    " 000 to Franklin Park  IL  for construction of the Grand Avenue Underpass to ease congestion  The construction"
    " allows for the constant flow of traffic under the new combined rail line    3 000 000 to the Illinois Department"
    " of Transportation to improve trails   Senator Obama worked with Senator Durbin to provide  3 000 000 to the"
    " Illinois Department of Transportation for trails across the state    1 000 000 to Lewis University Airport in"
    " Romeoville  for the extension of its primary runway  Senator Obama secured these funds with Senator Durbin   "
)


class TestStrippedFundingItems:
    """zb_senate_obama_1: ``… rail line    3 000 000 to the Illinois …``: each grant opens its own block."""

    def test_each_amount_opens_a_block(self) -> None:
        starts = [text[:22] for _, text in _body(OBAMA) if text[:1].isdigit()]
        assert starts == ["2 000 000 to Franklin ", "3 000 000 to the Illin", "1 000 000 to Lewis Uni"]

    def test_two_amounts_are_no_list_of_grants(self) -> None:
        text = OBAMA.replace("state    1 000 000 to Lewis", "state  with  1 000 000 to Lewis")
        assert not any(body_text.startswith("2 000 000") for _, body_text in _body(text))


def test_a_glued_word_before_an_nbsp_is_a_glue_point_as_before_a_space() -> None:
    """The rendering shows an NBSP as a space: the glued subheading is cut in both readings (fuzz F1125-20)."""
    from pressparse.paragraphs import _glue_point

    for space in (" ", "\u00a0", "\t"):
        text = f"Adaptive and Intelligent TradingOne{space}of the features"
        at = text.index("One")
        assert _glue_point(text, text.index("TradingOne"), at + 3, len(text)) == at
