"""Lists on real releases the parser had not seen (session 20, round 9: exV, exW).

Each class holds one rule of ``paragraphs`` written from a real release (named
in the docstrings); the negatives beside the positives are the nearest texts
the rule must leave alone. Every row is read through ``parse`` and checked for
SPEC 5 (the clean text parses back to the same body).
"""

from __future__ import annotations

from tests.test_body_unseen import _body  # the body as (kind, text) pairs, read back from the clean text (SPEC 5)


def _kinds(text: str) -> list[str]:
    return [kind for kind, _ in _body(text)]


# xv_da_cook_1: "… include:" over unmarked lines, one without its stop, one of two sentences, up to a paragraph.
COOK = (
    "CHICAGO - Cook County State’s Attorney Eileen O’Neill Burke detailed sweeping changes to the unit.\n\n"
    "Burke established the new SVB to handle domestic violence crimes. Other changes implemented in the new SVB"
    " include:\n"
    "Addition of one supervisor and two investigators to First Appearance Court\n"
    "Petitioning for pretrial detention in all felony domestic battery cases. During the first four months of"
    " Burke’s term, the jail recorded an 81% increase in offenders held on such charges.\n"
    "Requiring ASAs to have significant courtroom experience before transferring to the SVB.\n"
    "Burke has also championed legislation to better support survivors of abuse. House Bill 2690 passed with"
    " unanimous bipartisan support.\n"
)
# xv_da_sandiego_1: "Here are some tips …:" closing a paragraph, then tips of one or two sentences, then the
# writer's own closing paragraph ("I hope these … tips have been helpful").
TIPS = (
    "SAN DIEGO - There are still some telltale signs of fraud. Here are some tips to evade rental scams:\n"
    "Be cautious of properties that are offered below market value. If it’s too good to be true, it likely is.\n"
    "Perform a reverse image search to see if the listing photos turn up in another online advertisement\n"
    "Don’t settle for an exterior tour.\n"
    "If you were the victim of a rental scam, report the incident to your local police agency. I hope these"
    " consumer and public safety tips have been helpful.\n"
)
# x3_da_sd_medicare: the tips end at a line that reports the news ("… announced …"); a closing pointer to a
# web page that lost its stop is no tip.
MEDICARE = (
    "SAN DIEGO - The District Attorney warned seniors today about scams.\n\n"
    "Tips for seniors to protect themselves include:\n"
    "When your new Medicare card arrives, keep it in a safe place.\n"
    "Medicare will NEVER contact you to ask for your Medicare number. Medicare already has your information.\n"
    "Call 1-800-MEDICARE to report suspected fraud.\n"
    "To learn more about protecting yourself from fraud, visit Medicare.gov/fraud\n"
    "Earlier this month, District Attorney Summer Stephan announced the formation of an Elder Protection Council.\n"
)


class TestUnmarkedTips:
    """After a lead-in ending ``include:`` / ``Here are …:``, one-line tips of one or two sentences are items."""

    def test_cook_changes_are_items_up_to_the_narrative_paragraph(self) -> None:
        assert _kinds(COOK) == ["paragraph", "paragraph", "list_item", "list_item", "list_item", "paragraph"]

    def test_tips_end_at_the_writers_closing(self) -> None:
        assert _kinds(TIPS) == ["paragraph", "list_item", "list_item", "list_item", "paragraph"]

    def test_medicare_tips_of_two_sentences_and_the_close(self) -> None:
        assert _kinds(MEDICARE) == ["paragraph", "paragraph", "list_item", "list_item", "list_item"] + ["paragraph"] * 2

    def test_a_colon_said_over_paragraphs_is_no_list(self) -> None:
        # Negative: "Roe said:" over paragraphs of two sentences introduces a quotation, not a list.
        text = COOK.replace("Other changes implemented in the new SVB include:", "Burke said:")
        assert "list_item" not in _kinds(text)

    def test_one_tip_alone_is_no_list(self) -> None:
        # Negative: a lead-in over one tip line and then the story is no list.
        text = (
            "SAN DIEGO - Some news came today.\n\nHere are the facts:\nThe board met on Monday.\n"
            "Burke has also championed legislation to support survivors. The bill passed.\n"
        )
        assert "list_item" not in _kinds(text)


# xw_senate_corzine_1 / xw_senate_bingaman_1 (CQ layout: three-space indented lines): "* $46,700 for …".
CORZINE = (
    "SEN. CORZINE ANNOUNCES GRANTS\n  Sen. Jon S. Corzine today announced grants.  \n"
    "   Port Security Grant Program Allocations \n   * $46,700 for Federal Petroleum LLC in Elizabeth. \n"
    "   * $81,034 for Kuehne Chemical Company, Inc. in South Kearny. \n"
    "   Intercity Bus Security Grant Program Allocations \n   * Starr Transit Company-Trenton (GPS System) $86,457 \n"
    '   "These grants help," Senator Corzine said. \n   The program provides funds.\n \n '
)
BINGAMAN = (
    "BILL CONTAINS MILLIONS\n  The committee approved the bill.  \n"
    "   The bill also includes funding for the following projects: \n"
    "   * $320,000 for RoadRunner Transit in Las Cruces \n   Funding will be used to purchase four buses. \n"
    "   * $200,000 for Las Cruces Families and Youth, Inc. Transitional Living Program \n"
    "   Funding will help to expand services. \n   Also, the committee included language.\n \n "
)


class TestStarAmountBullets:
    """A ``* `` bullet opens a list item whatever follows it: a figure's sign too (``* $46,700 for …``)."""

    def test_amount_bullets_under_a_heading(self) -> None:
        heads = ["paragraph", "heading", "list_item", "list_item"]
        assert _kinds(CORZINE) == [*heads, "heading", "list_item", "paragraph", "paragraph"]

    def test_amount_bullet_after_a_paragraph(self) -> None:
        assert _kinds(BINGAMAN) == ["paragraph", "paragraph", "list_item", "paragraph", "list_item"] + ["paragraph"] * 2

    def test_quotation_under_an_item_opens_its_paragraph(self) -> None:
        # The item "* Starr Transit … $86,457" ends on a figure; the quotation under it is no wrapped part of it.
        assert ("paragraph", '"These grants help," Senator Corzine said.') in _body(CORZINE)

    def test_lower_case_quotation_under_an_item_continues_it(self) -> None:
        # Negative: a quotation opening on a lower-case word goes on with the item above.
        text = CORZINE.replace('"These grants help,"', '"a disaster," as')
        assert ("paragraph", '"a disaster," as Senator Corzine said.') not in _body(text)

    def test_star_inside_a_line_is_no_bullet(self) -> None:
        # Negative: a star inside a line ("costs * $5") opens no item.
        text = "SAN DIEGO - The fee is the rate * $5 per unit.\n\nThe board met.\n"
        assert "list_item" not in _kinds(text)
