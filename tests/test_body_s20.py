"""Body structure on real releases the parser had not seen (session 20, round 7: exP, exQ, exR).

Each class holds one rule of ``paragraphs`` written from a real release (named
in the docstrings); the negatives beside the positives are the nearest texts
the rule must leave alone. Every row is read through ``parse`` and checked for
SPEC 5 (the clean text parses back to the same body).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from pressparse.paragraphs import _page_breaks, _two_space_page
from tests.test_body_unseen import _body  # the body as (kind, text) pairs, read back from the clean text (SPEC 5)


def _starts(text: str, n: int = 2) -> list[str]:
    return [" ".join(block.split()[:n]) for _, block in _body(text)]


# xq_senate_martinez_1 (US Senate, punctuation stripped): sentence gaps of two spaces, breaks of three; the
# page's paragraphs are short, so its breaks outnumber the gaps before a usual opener.
MARTINEZ = (
    "Orlando  FL  September 2  2005   U S  Senator Mel Martinez  R FL  today announced that the Internal Revenue"
    " Service has approved a filing extension for residents of Broward  Miami Dade  and Monroe counties   In a letter"
    " to IRS Commissioner Mark Everson  Senator Martinez requested the extension in light of the power and"
    " communications disruptions related to Hurricane Katrina   As you are aware  Hurricane Katrina made landfall in"
    " Southeastern Florida  Thousands of residents have been severely affected by power outages  telephone service"
    " disruptions  and physical damage to their property and vehicles  Hurricane Katrina has not only disrupted the"
    " personal lives of the residents of Florida  it has also interrupted the normal conduct of business   I am"
    " asking that the Internal Revenue Service extend the September 15  2005  deadline to file tax returns and"
    " submit tax payments to October 31  2005   This afternoon the IRS announced it is giving residents of three"
    " Florida counties  Miami Dade  Broward  and Monroe  an extension until October 31  2005 to file tax returns and"
    " make payments  The IRS has also extended filing deadlines for residents in hurricane affected areas of"
    " Alabama  Mississippi  and Louisiana\n"
)

# xq_senate_inouye_1: the same widths under a header run; "In addition, $16.8 million" stripped to "In addition
# 16 8 million" (three spaces).
_HEADLINE = "SENATE PANEL APPROVES  40 MILLION IN STORM ASSISTANCE FOR THE UNIVERSITY OF HAWAII  AND MANOA VALLEY"
INOUYE = (
    _HEADLINE + " " * 9 + _HEADLINE + "  April 6  2005 For Immediate Release" + " " * 9
    + "WASHINGTON  U S  Senator Daniel K  Inouye announced that the Senate Appropriations Committee today"
    " unanimously approved an emergency supplemental funding bill that includes nearly  40 million to help the"
    " University of Hawaiis Manoa campus recover from last Octobers massive flooding and severe storms  A total of"
    "  23 million is earmarked for replacement costs not covered by the Federal Emergency Management Agency  and"
    " flood insurance  said Senator Inouye  a senior member of the appropriations panel   In addition   16 8 million"
    " have been appropriated for future flood damage mitigation involving the Manoa stream and watershed in the"
    " residential community and the University campus   When added to the  30 6 million in FEMA aid  the federal"
    " funding total to recover from the floods stands at  70 4 million  The funding is essential for the recovery"
    " of the University  which is the intellectual lifeblood that nurtures our community and Hawaiis future leaders"
    "   Provisions in the bill provide  10 million to partially offset the replacement cost of damages at the"
    " University  including the priceless collections in the Hamilton Library  Another  10 million are earmarked to"
    " help the UH School of Medicine   I will continue to work vigorously in Congress and with federal agencies to"
    " ensure that we are able to rebuild and recover  Senator Inouye said  The supplemental appropriations bill now"
    " advances to the full Senate for consideration       30" + " " * 17
)  # fmt: skip

# A page whose sentences end on three spaces (a stop and two): its paragraphs part on wider runs (senate_004's
# shape), and a comma before "The" leaves two.
THREE_SPACE_PAGE = (
    "Washington  D C    Senator Jane Roe today announced a grant of  2 million for the county water project"
    "   The grant will pay for a new treatment plant and two pump stations   The county applied for the funds"
    " last year  The Senator said the work will begin in the spring      Roe has worked for the project since"
    " she took office   She thanked the county commissioners for their work on the application   The plant is"
    " expected to serve more than 40 000 residents      The funds come from the Department of Agriculture   Its"
    " rural development program makes grants and loans to small towns across the country every year\n"
)


class TestStrippedThreeSpaceBreaks:
    """Stripped Senate pages of short paragraphs: two spaces part sentences, three part paragraphs."""

    def test_breaks_outnumbering_the_openers_gaps(self) -> None:
        assert _starts(MARTINEZ) == ["U S", "In a", "As you", "I am", "This afternoon"]

    def test_a_run_before_a_figure_is_a_comma_and_a_dollar_sign(self) -> None:
        """``In addition   16 8 million``: ``, $``, no break; the runs of three before words break."""
        assert _starts(INOUYE) == ["U S", "In addition", "When added", "Provisions in", "I will"]

    def test_a_page_with_wider_runs_keeps_its_three_space_gaps(self) -> None:
        """Sentences ending on three spaces, paragraphs on six: runs of three are no breaks."""
        assert _starts(THREE_SPACE_PAGE) == ["Senator Jane", "Roe has", "The funds"]

    def test_the_page_histogram(self) -> None:
        """Twos outnumber threes and nothing is wider but a stray run (a footer's widgets)."""
        assert _two_space_page(Counter({2: 12, 3: 4, 8: 1}))
        assert not _two_space_page(Counter({2: 14, 3: 13, 5: 3, 6: 3}))  # breaks wider than three
        assert not _two_space_page(Counter({2: 3, 3: 5}))  # more threes: the sentence gap

    def test_one_run_of_three_on_a_short_page(self) -> None:
        """x8_senate_thune_1, xi_senate_ensign_1: one run of three parts two paragraphs of a few sentences."""
        assert _page_breaks(2, Counter({2: 7, 3: 1}), 800) == (3, 0)
        assert _page_breaks(2, Counter({2: 5, 3: 1, 9: 1}), 800) == (3, 0)  # a header's wide run is no width
        # Many sentences for one run of three: a quotation's end, no break.
        assert _page_breaks(2, Counter({2: 9, 3: 1}), 900) == (4, 3)


# xp_doj_r00714: a DOJ page flattened to one line; one stop with two spaces among six sentence ends.
DOJ_ONE_LINE = (
    "The Justice Department announced today that it has reached a settlement agreement with Ark Rustic Inn LLC, a"
    " restaurant located in Fort Lauderdale, Florida. The agreement resolves the departments investigation, in"
    " violation of the Immigration and Nationality Act (INA).  The departments investigation revealed that Rustic"
    " Inn routinely requested specific documents. The anti-discrimination provision of the INA prohibits such"
    " demands. Under the settlement, Rustic Inn will pay a civil penalty. Employers must be aware of their legal"
    " obligations, said Acting Assistant Attorney General John M. Gore of the Civil Rights Division. We commend"
    " Rustic Inn for its cooperation."
)

# xp_doj_r12292: the stretch after the scraper's stand-in for an empty paragraph and its two spaces.
DOJ_STAND_IN = (
    "  WASHINGTON - The Justice Department today announced it has filed a lawsuit against the California Department"
    " of Corrections (CDCR).  USERRA was enacted to protect service members. Subject to certain limitations, USERRA"
    ' requires employers to reemploy service members who have been injured while on active duty.NoneNone  "Service'
    ' members injured during active duty should not be penalized with the loss of their civilian jobs," said Loretta'
    " King, Acting Assistant Attorney General for the Civil Rights Division.  The Justice Departments lawsuit was"
    " filed after receiving Felixs complaint, upon completion of its investigation.None"
)


class TestFlattenedPageTwoSpaceBreaks:
    """One-line DOJ scrapes: the few two-space gaps left are paragraph breaks."""

    def test_a_one_line_page_of_six_sentences(self) -> None:
        assert _starts(DOJ_ONE_LINE, 3) == ["The Justice Department", "The departments investigation"]

    def test_a_long_line_under_a_headline_keeps_its_slip(self) -> None:
        """On a page of several lines, one typing slip in a paragraph of six sentences is no break."""
        text = "Rustic Inn Settlement\n\n" + DOJ_ONE_LINE + "\n"
        assert [kind for kind, _ in _body(text)].count("paragraph") == 1

    def test_after_a_stand_in_gap(self) -> None:
        last = "The Justice Departments lawsuit was filed after receiving Felixs complaint, upon completion of its"
        assert _body(DOJ_STAND_IN)[-1] == ("paragraph", last + " investigation.")

    def test_typewriter_text_keeps_its_gaps(self) -> None:
        """Two spaces after every stop and no stand-in: sentence gaps, one paragraph."""
        text = (
            "WASHINGTON - The Senate passed the bill today.  It now goes to the House.  Senator Roe said the vote"
            " was a good day for the state.  The House will take it up next week.\n"
        )
        assert len(_body(text)) == 1


_ORANGE = (
    "17-YEAR-OLD CONVICTED - Orange County District Attorney\nSANTA ANA – A jury convicted 17-year-old Jose Ignacio"
    " Avina today for committing a series of forcible sodomies and robberies against three young boys.\n"
    "Avina faces a maximum sentence of life in prison at his sentencing on November 30, 2007 at 1:30 p.m. in"
    " Department C-41,\nCentral Justice Center, Santa Ana.\n"
    "On October 4, 2004, then 14-year-old Avina approached 12-year-old John Doe #1, who was walking home from"
    " school.\n###\n"
)


class TestCommaHardWrap:
    """xp_da_orange_1: a prose line wrapped after a comma, the name of a place on the next line."""

    def test_prose_line_goes_on_into_a_name(self) -> None:
        line = "Avina faces a maximum sentence of life in prison at his sentencing on November 30, 2007 at 1:30 p.m."
        assert ("paragraph", line + " in Department C-41, Central Justice Center, Santa Ana.") in _body(_ORANGE)

    def test_a_short_line_over_a_name_stays(self) -> None:
        """A line too short to be a wrapped sentence's share, ending in a comma over a title-case line."""
        text = _ORANGE.replace(
            "Avina faces a maximum sentence of life in prison at his sentencing on November 30, 2007 at 1:30 p.m. in"
            " Department C-41,",
            "Sentencing is set for Department C-41,",
        )
        assert ("paragraph", "Central Justice Center, Santa Ana.") in _body(text)


_ADVISORY = (
    "Miami, Florida\n, Multiple Human Trafficking case arrests lead to the charging of an alleged trafficker.\n"
    "WHO:\nKatherine Fernandez Rundle, State Attorney\nChief Wayne Jones, Miami Beach Police Department\n"
    "WHAT:\nPress Conference\nWHEN:\nTuesday, November 25th, 2025 at 2:30pm\n"
    "WHERE:\nMiami-Dade State Attorney’s Office\n1350 N.W. 12 Ave. , Fourth Floor\nMiami, Fl 33136\n#####\n"
)


class TestAdvisoryValue:
    """xp_da_miami_1: a media advisory's WHERE: value over three lines is one paragraph; WHO: lists."""

    def test_a_three_line_place(self) -> None:
        assert _body(_ADVISORY)[-1] == (
            "paragraph",
            "Miami-Dade State Attorney’s Office 1350 N.W. 12 Ave. , Fourth Floor Miami, Fl 33136",
        )

    def test_who_lists_its_people(self) -> None:
        items = [text for kind, text in _body(_ADVISORY) if kind == "list_item"]
        assert items == [
            "Katherine Fernandez Rundle, State Attorney",
            "Chief Wayne Jones, Miami Beach Police Department",
        ]


_COOK_LIST = (
    "CHICAGO – The protocol provides clear and legally sound guidelines to law enforcement agencies and"
    " prosecutors during different phases of a potential case involving a federal agent. This includes:\n"
    "How CCSAO can assist law enforcement agencies seeking a Grand Jury subpoena for a victim or witness.\n"
    "The process for presenting an investigation to CCSAO’s Law Enforcement Review Unit (LERU).\n"
    "Legal analysis of how the supremacy clause may affect the CCSAO’s ability to meet its burden of proof.\n"
    "The CCSAO shared the protocol with the Illinois State’s Attorneys Association so that it can be used as a"
    " model.\n"
)


class TestMembersListEndsAtAClause:
    """xp_da_cook_1: items that open as noun phrases end at a line that opens with a subject and its verb."""

    def test_the_story_resumes(self) -> None:
        body = _body(_COOK_LIST)
        assert [kind for kind, _ in body] == ["paragraph", "list_item", "list_item", "list_item", "paragraph"]

    def test_items_that_are_clauses_go_on(self) -> None:
        """Tips written as clauses, one a line: the clause is the list's own form."""
        text = (
            "CHICAGO – Police warned residents about a phone scam this week. Tips to protect yourself include:\n"
            "Scammers will call and claim to be from the court.\n"
            "They will ask for payment by gift card.\n"
            "The court will never ask for money over the phone.\n"
        )
        assert [kind for kind, _ in _body(text)].count("list_item") == 3


_QUOTES = (
    "CHICAGO\n— The Cook County State’s Attorney’s Office (CCSAO) has secured more than $1 million in funding to"
    " launch a pilot program.\n"
    "Under the agreement, after-school wraparound services will be provided by two community-based nonprofits.\n"
    "“New Life Centers believes in the dignity and worth of all people. We look forward to working on this important"
    " project with CCSAO and other justice system partners,” said\n"
    "Matt DeMateo, chief executive officer of New Life Centers of Chicagoland.\n"
)
_JACKSON = (
    "“In North Lawndale, we believe that youth are a gift and that they deserve investment. We are hopeful we can"
    " help these youth see their value,” said\n"
    "Pastor Phil Jackson, founder and chief executive officer of the Firehouse Community Arts Center.\n"
)
_TAIL = "The new pilot will fill a critical gap in the pretrial space for juvenile respondents.\n###\n"


class TestQuoteWithItsOwnAttribution:
    """xq_da_cook_1: after an attribution line, a quote that names its own speaker opens a paragraph."""

    def test_the_next_speaker(self) -> None:
        starts = [text[:20] for _, text in _body(_QUOTES + _JACKSON + _TAIL)]
        assert starts[2:] == ["“New Life Centers be", "“In North Lawndale, ", "The new pilot will f"]

    def test_the_same_speaker_goes_on(self) -> None:
        """da_002: the quote resumed with no speaker of its own stays in its paragraph."""
        text = _QUOTES + "“In North Lawndale, we believe that youth are a gift and deserve investment.”\n" + _TAIL
        starts = [text[:20] for _, text in _body(text)]
        assert starts[2:] == ["“New Life Centers be", "The new pilot will f"]


_LETTER = (
    "SEN. HUTCHISON LAUDS TEXAS MAJOR DISASTER DECLARATION ANNOUNCEMENT\n"
    "  Sen. Kay Bailey Hutchison tonight lauded the White House's announcement that President Bush has declared a"
    " major disaster exists in Texas in response to the fires in the state. Below is the letter she and Sen. John"
    " Cornyn sent the president yesterday requesting the designation: \n"
    "   January 10, 2006\n   The Honorable George W. Bush\n  President of the United States\n  The White House\n"
    "  1600 Pennsylvania Ave., NW\n  Washington, DC 20500\n"
    "   Dear Mr. President:\n"
    "   We are writing in support of the State of Texas' major disaster declaration request in response to the"
    " devastating fires occurring across the state.\n"
    "   Thank you for your attention in this matter. \n   Sincerely,\n   Kay Bailey Hutchison\n  John Cornyn.\n \n "
)
_ADDRESS = (
    "The Honorable George W. Bush President of the United States The White House 1600 Pennsylvania Ave., NW"
    " Washington, DC 20500"
)


class TestLetterInsideAddress:
    """xq_senate_hutchison_1, x4_senate_feinstein_2: a quoted letter's inside address is one paragraph."""

    def test_the_address_over_the_salutation(self) -> None:
        body = _body(_LETTER)
        assert ("paragraph", "January 10, 2006") in body  # the letter's date stands alone
        assert ("paragraph", _ADDRESS) in body

    def test_the_letter_heads_no_list(self) -> None:
        """x4_senate_feinstein_2: under the colon, the date, the address and ``Dear …,`` are no list items."""
        text = _LETTER.replace("   Dear Mr. President:\n", "   Dear Secretary Rice,\n")
        body = _body(text)
        assert ("paragraph", _ADDRESS) in body
        assert ("paragraph", "Dear Secretary Rice,") in body
        assert not [kind for kind, _ in body if kind == "list_item"]

    def test_short_lines_with_no_salutation_stay(self) -> None:
        """The same lines over a sentence, not a salutation: the rule has no letter to read."""
        text = _LETTER.replace("   Dear Mr. President:\n", "")
        assert ("paragraph", _ADDRESS) not in _body(text)


_TRAILER = (
    "\n\n---\n\n[Original/Source Press Release](https://example.com/pr/1)\n                    \n\n"
    "[Newsramp.com TLDR](https://newsramp.com/curated-news/x/1) \n\n \n\n\n\n"
    "![Blockchain Registration](https://cdn.newsramp.app/x/qrcode/1/1/abc.webp)"
)
_WIRE_247 = (
    "# GTN Names Three New Managing Directors\n\nMINNEAPOLIS, MN, January 08, 2025 /24-7PressRelease/ -- Global Tax"
    " Network (GTN), a leading mobility tax services firm, has announced the promotions of Raj Azad, Richard Leach,"
    " and Tracy Novotny to Managing Director, effective January 1, 2025.   These well-deserved promotions reflect"
    " their exceptional contributions to GTN and the impact they've made in delivering outstanding service to our"
    " clients.  Raj Azad  Azad has been with GTN for over 21 years playing a pivotal role in the firm's expansion."
    " Known for his strong client relationships, he takes pride in delivering customized, responsive service."
    '  "Raj has been a vital member of our team throughout the years," said GTN President, Eric Loff.  Richard'
    " Leach  With over two decades of international tax management experience, Leach brings a wealth of expertise"
    " to his new role as Managing Director.  GTN is confident that Azad and Leach will continue to lead with the"
    " same dedication.  About GTN  GTN is a mobility tax services firm focused on empowering people to live and"
    " work anywhere in the world. For more information, please visit gtn.com. " + _TRAILER
)


class TestOneLineNameSubheading:
    """xr_wire_247_1: a one-line story of two-space breaks; a name between two such runs heads its paragraph."""

    def test_names_over_their_paragraphs(self) -> None:
        body = _body(_WIRE_247)
        assert ("heading", "Raj Azad") in body
        assert ("heading", "Richard Leach") in body
        assert body[body.index(("heading", "Raj Azad")) + 1][1].startswith("Azad has been with GTN")

    def test_a_title_on_a_colon_stays(self) -> None:
        """x7_senate_baucus_1: ``… Act Would:  Make permanent …`` names the list under it, which stays a list."""
        text = (Path(__file__).parent / "unseen" / "x7_senate_baucus_1.txt").read_text(encoding="utf-8")
        body = _body(text)
        assert ("heading", "Baucus Defenders of Freedom Tax Relief Act Would:") in body
        assert [kind for kind, _ in body].count("list_item") == 9
