"""Body structure on real releases the parser had not seen (session 20, round 8: exS, exT, exU).

Each class holds one rule of ``paragraphs`` written from a real release (named in the docstrings); the
negatives beside the positives are the nearest texts the rule must leave alone. Rows read through ``parse``
are checked for SPEC 5 (the clean text parses back to the same body).
"""

from __future__ import annotations

from collections import Counter

from pressparse.paragraphs import Piece, _continues, _cq_continuation, _glued_heading, _page_breaks, _written_whole
from tests.test_body_unseen import _body  # the body as (kind, text) pairs, read back from the clean text (SPEC 5)


def _starts(text: str, n: int = 2) -> list[str]:
    return [" ".join(block.split()[:n]) for _, block in _body(text)]


def _kinds(text: str) -> list[str]:
    return [kind for kind, _ in _body(text)]


# xt_senate_smith_1 (US Senate, punctuation stripped): sentence gaps of two spaces, breaks of three but one of
# four ("grow    The"), and a list after "as follows" whose lost bullets left runs of seven to nine spaces.
SMITH = (
    "September 14th  2007   Washington  D C    U S  Senators Ron Wyden  D Ore   and Gordon Smith  R Ore  "
    " announced today that the Senate Appropriations Committee has approved over  50 million in funding f"
    "or defense related projects in Oregon  These funds are now included in the FY2008 Defense spending b"
    "ill  which must now be approved by the full Senate   These projects are proof positive that Oregon c"
    "an lead the way when it comes to the research and development of cutting edge technology  said Wyden"
    "  These funds will not only provide a boost to our local economy  they will give our troops the tool"
    "s they need to get the job done and get home safely   Oregon is truly a national leader in the growi"
    "ng field of nanotechnology  said Smith  The technologies and products created through new investment"
    "s have important functions in saving lives  in national defense  and for civilian use  This investme"
    "nt also sustains jobs ensuring Oregons economy continues to grow    The projects that would receive "
    "funding are as follows   Oregon Nanoscience and Microtechnologies Institute  ONAMI  would receive a "
    "total of  9 million in three programs         4 million for the safer nanomaterials and nanomanufact"
    "uring program        2 5 million for the Nanoelectronics and Nanometrology Initiative        2 5 mil"
    "lion for the miniature tactical energy systems development program       Rockwell Collins in Portlan"
    "d would receive  9 million for the procurement of avionics to bring aircraft into compliance with th"
    "e new Global Air Traffic Management system       Insitu  Inc  of Arlington would receive  4 million "
    "for testing and evaluation of an unmanned aircraft system       Oregon Biomedical Engineering Instit"
    "ute of Portland would receive  4 million for research into the use of soldiers own bone marrow stem "
    "cells in the repair of tissues damaged in battlefield injuries       Oregon Iron Works  Inc  of Clac"
    "kamas would receive  3 million for the development of a low signature modular weapon platform       "
    "Vital Apparel   InSport in Salem and Portland would receive  3 million for the procurement of base l"
    "ayer clothing for Marine personnel       Advanced Navigation  Positioning Corporation of Hood River "
    "would receive  3 million to upgrade and implement a system which will allow all types of military ai"
    "rcraft to land safely in any terrain and in severe weather conditions"
)
SMITH_FOOTER = " " * 185 + "current Press Release" + " " * 70


class TestStrayWiderBreak:
    """One run two spaces longer than a gap, among runs one longer that part paragraphs, sets no break width."""

    def test_the_three_space_runs_part_the_paragraphs(self) -> None:
        assert _starts(SMITH)[:4] == ["U S", "These projects", "Oregon is", "The projects"]

    def test_the_histogram(self) -> None:
        assert _page_breaks(2, Counter({2: 21, 3: 5, 4: 1, 7: 12, 10: 1}), 3800) == (3, 0)
        # Negatives: one run of three for many sentences is a quotation's end; two runs of four set the width.
        assert _page_breaks(2, Counter({2: 17, 3: 1, 4: 1}), 1500) == (4, 3)
        assert _page_breaks(2, Counter({2: 12, 3: 3, 4: 2}), 3000) == (4, 3)
        assert _page_breaks(2, Counter({2: 13, 3: 1, 5: 1}), 2000) == (4, 3)  # x4_senate_coburn_1


class TestEntriesAfterAsFollows:
    """After ``… as follows``, entries parted by runs wider than a break: a break's run inside one parts nothing."""

    def test_entries(self) -> None:
        body = _body(SMITH)
        assert body[3][1] == "The projects that would receive funding are as follows"
        assert len(body) == 14
        # "Vital Apparel/InSport": a run of three inside an entry, a run of seven after it.
        assert body[12][1].startswith("Vital Apparel InSport in Salem")

    def test_without_the_lead_in_the_run_breaks(self) -> None:
        text = SMITH.replace("are as follows", "are planned")
        assert any(block == "InSport in" for block in _starts(text))


class TestLayoutRunEndsABlock:
    """A run of twenty spaces or more is the page's layout: it ends a block before a lower-case word too."""

    def test_footer_label_after_a_long_run(self) -> None:
        body = _body(SMITH + SMITH_FOOTER)
        assert body[-1][1].endswith("in severe weather conditions")  # the label cut off it (the noise stage's)
        assert "current Press Release" not in [text for _, text in body]

    def test_a_short_run_before_a_lower_case_word_is_no_break(self) -> None:
        text = SMITH.replace("weapon platform       Vital", "weapon platform      and Vital")
        assert not any(block.startswith("and Vital") for _, block in _body(text))


# xt_senate_talent_1 (CQ layout): paragraphs open with three spaces, the first with two; the page broke a
# paragraph's line after "Sen." and left its trailing spaces, the rest on a line indented by one.
TALENT = (
    "SEN. TALENT SECURES $28.15 MILLION FOR FORT LEONARD WOOD\n  Senate yesterday passed the Fiscal Year 2005 Military"
    " Construction Appropriations Conference Report. Sen.  \n Jim Talent (R-Mo.), a member of the Senate Armed"
    ' Services Committee, secured $28.15 million for Fort Leonard Wood in the bill.\n   "Fort Leonard Wood continues'
    ' to grow at a rapid pace," said Sen. Talent. "Our soldiers need quality training facilities. With these new'
    " construction projects, Fort Leonard Wood will continue to lead the efforts in joint training facilities.\n"
    "   Talent has worked in the Senate to secure these funds for Fort Leonard Wood. The bill passed the Senate and"
    " House, and must now be signed by the President to become law.\n \n "
)


class TestCQContinuationLine:
    """A line indented by one space under an indented prose line ending in spaces continues its paragraph."""

    def test_continuation(self) -> None:
        body = _body(TALENT)
        assert len(body) == 3
        assert body[0][1].endswith(
            "Report. Sen. Jim Talent (R-Mo.), a member of the Senate Armed Services"
            " Committee, secured $28.15 million for Fort Leonard Wood in the bill."
        )

    def test_first_line_under_the_title_opens_a_paragraph(self) -> None:
        """xo_senate_burr_1: `` Sens. Richard Burr …`` under the title (no trailing space) opens the body."""
        text = "SENS. BURR CALLS FOR FUNDING\n Sens. Richard Burr (R-NC) today called for more equitable funds.\n"
        assert _cq_continuation(text, Piece("line", 0, 28), Piece("line", 30, 95, 1)) is False

    def test_a_date_line_over_the_dateline_is_no_prose(self) -> None:
        """xf_senate_biden_2: ``             October 4, 2007 `` / `` Washington, DC - Today …``."""
        text = (
            "             October 4, 2007 \n Washington, DC - Today, U.S. Senator Joseph R. Biden, Jr. introduced it."
        )
        assert _cq_continuation(text, Piece("line", 13, 28, 13), Piece("line", 31, 104, 1)) is False


# xs_da_orange_1: one paragraph a line, no blank line between; NBSP and spaces left a three-space run inside.
ORANGE = (
    "SANTA ANA – Two masterminds and their 15 co-conspirator defendants were charged with 94 felony counts.\n"
    "Eleven of the defendants were arraigned today, charged with 47 counts of insurance fraud.  Bobbitt’s boyfriend"
    " faces the same charges.  He will be arraigned tomorrow in C-55, Central Justice Center, in Santa Ana.   If"
    " convicted of all offenses, Bobbitt and Walker face up to 82 years in state prison.\n"
    "The friends and family are accused of receiving $200 to $800.  There were 47 separate fraudulent checks.\n###\n"
)


class TestNewlineParagraphsKeepTheirRuns:
    """On a page of one paragraph a line, a run of spaces inside a line is a sentence gap, no break."""

    def test_the_run_is_a_gap(self) -> None:
        assert _starts(ORANGE) == ["Two masterminds", "Eleven of", "The friends"]

    def test_a_flattened_line_still_breaks(self) -> None:
        """One line holding the page: its runs of three before a capital part paragraphs."""
        text = ORANGE.replace("\n", " ").replace("### ", "")
        assert "If convicted" in _starts(text)


# xs_da_miami_1: a media advisory's WHO: value, its people on one comma-separated line.
MIAMI = (
    "Miami, Florida,\nState Attorney Katherine Fernandez Rundle and Police Chief Wayne Jones will hold a press"
    " conference to announce the arrest of two brothers.\nWHO:\nState Attorney Katherine Fernandez Rundle, Chief Wayne"
    " Jones, Miami Beach Police Department, Major Steve Feldman, Miami Beach Police Department\nWHAT:\nPress"
    " Conference\nWHEN:\nWednesday, December 11, 2024 –1:00 PM\n"
)


class TestWhoOneLine:
    """The value lines under ``WHO:`` are list items, one line included."""

    def test_one_line_of_people(self) -> None:
        body = _body(MIAMI)
        assert body[2] == (
            "list_item",
            (
                "State Attorney Katherine Fernandez Rundle, Chief Wayne Jones, Miami Beach Police Department, Major"
                " Steve Feldman, Miami Beach Police Department"
            ),
        )

    def test_other_labels_keep_their_one_value(self) -> None:
        body = _body(MIAMI)
        assert ("paragraph", "Press Conference") in body
        assert ("paragraph", "Wednesday, December 11, 2024 –1:00 PM") in body


# xs_da_sandiego_1: a list whose hyphens are glued to the items' first words.
SANDIEGO = (
    "The Internal Revenue Service (IRS) will begin to distribute COVID-19 Economic Impact Payments in weeks.\n"
    "BEWARE OF THESE SCAMS AND SCHEMES:\n"
    "-The IRS will deposit your economic impact payment into the direct deposit account you provided. Beware.\n"
    "-If you receive a call, do not engage with the scammers or thieves. Just hang up.\n"
    "-Reports are also swirling about bogus checks. If you received a “check” in the mail now, it’s a fraud.\n"
    "An aggressive and sophisticated phone scam targeting taxpayers has been making the rounds.\n"
)


class TestGluedDashLines:
    """Two or more lines in a row opening ``-<Capital>`` are list items with the marker ``-``."""

    def test_items(self) -> None:
        body = _body(SANDIEGO)
        assert [kind for kind, _ in body] == [
            "paragraph",
            "heading",
            "list_item",
            "list_item",
            "list_item",
            "paragraph",
        ]
        assert body[2][1].startswith("The IRS will deposit")

    def test_a_lone_dash_line_stays_as_written(self) -> None:
        text = SANDIEGO.replace("-If you", "If you").replace("-Reports", "Reports")
        assert "list_item" not in _kinds(text)


class TestLoneMiddleDot:
    """xs_da_orange_2: ``·`` alone on its line is the bullet of the line under it (joined to it)."""

    def test_joined(self) -> None:
        text = "·\nFelix Garcia Arreola, 53, Santa Ana"
        assert _continues(text, Piece("line", 0, 1), Piece("line", 2, len(text)), 0)

    def test_a_stop_alone_is_no_bullet(self) -> None:
        text = ".\nFelix Garcia Arreola, 53, Santa Ana"
        assert not _continues(text, Piece("line", 0, 1), Piece("line", 2, len(text)), 0)


# xu_wire_247_1: a one-line 24-7 story parted by two spaces, its bullets' hyphens glued to the items.
ITEMS = [
    "UV fluorescence detection for high sensitivity and low false alarm rate",
    "Multiple output options, including 4–20 mA, RS-485 (Modbus), and GSM",
    "IP68 rating for continuous use in harsh outdoor or submerged installations",
]
ONE_LINE_247 = (
    "AUBURN, CA, July 23, 2025 /24-7PressRelease/ -- South Fork Instruments today announced the addition of Remote"
    " Optical Watchers (ROW) for oil on water detection to its growing portfolio of measurement solutions.  The ROW"
    " is engineered for autonomous deployment in demanding field conditions. Housed in an IP68-rated enclosure, the"
    ' sensor detects hydrocarbon films as thin as 1 micron.  Key features of the ROW include:  LIST  "Adding ROW'
    ' strengthens our support for clients facing increasing compliance burdens," said John Daly, Technical Director.'
    ' "Its optical design makes it an effective solution for early-stage hydrocarbon detection."  ROW units are in'
    " use globally at airports, oil refineries and port terminals. By enabling immediate detection of oil on water,"
    " the system supports rapid response.\n"
)


class TestInlineGluedDashItems:
    """``include:  -UV … -Multiple … -IP68 …``: items; two spaces after the last end it on a two-space line."""

    def test_glued_items(self) -> None:
        body = _body(ONE_LINE_247.replace("LIST", " ".join("-" + item for item in ITEMS)))
        assert ("paragraph", "Key features of the ROW include:") in body
        assert [text for kind, text in body if kind == "list_item"] == ITEMS
        assert any(text.startswith('"Adding ROW') for kind, text in body if kind == "paragraph")

    def test_spaced_items_end_at_two_spaces(self) -> None:
        body = _body(ONE_LINE_247.replace("LIST", " ".join("- " + item for item in ITEMS)))
        assert [text for kind, text in body if kind == "list_item"] == ITEMS

    def test_hyphens_inside_words_are_no_bullets(self) -> None:
        """``IP68-rated``, ``RS-485``: no space before the hyphen; one glued item alone is no list."""
        assert "list_item" not in _kinds(ONE_LINE_247.replace("LIST", "-" + ITEMS[0]))


class TestGluedSubheadings:
    """A glued subheading may hold one comma; a brand printed whole elsewhere is no glue point."""

    TEXT = "The scholarship initiative from the firm stresses advocacy, education, and community assistance."

    def test_a_comma_between_title_case_phrases(self) -> None:
        """xu_wire_pressservices_1."""
        text = "Supporting Students, Building Stronger Communities" + self.TEXT
        assert _glued_heading(text, 0, len(text)) == 50

    def test_a_comma_before_a_lower_case_word_is_prose(self) -> None:
        text = "Supporting Students, and Stronger Communities" + self.TEXT
        assert _glued_heading(text, 0, len(text)) == 0

    def test_a_brand_written_whole(self) -> None:
        """xu_wire_247_2: ``The VideoMost ML codec`` after the page prints ``VideoMost`` alone."""
        text = "VideoMost Research won a patent.   The VideoMost ML codec transforms video into a sketch video."
        assert _written_whole(text, 39, 48)
        assert not _written_whole(text[35:], 4, 13)

    def test_brand_in_a_story(self) -> None:
        story = (
            "DUBAI, UAE, April 08, 2024 /24-7PressRelease/ -- VideoMost Research, an R&D division of Dubai-based"
            " VideoMost company, announces receipt of the US patent for its video compression technology.   There"
            " are dozens of big players on the global video codecs market with different products. Most of these"
            " codecs are protected by hundreds of patents.   During the last 50 years, video compression factor"
            " has increased by only about 40% each ten years. This is too slow for the market.   VideoMost Research"
            " offers a new concept of video coding based on sketch-video forming and machine learning (ML). The"
            " method increases video compression factor by about 3 times, with the same video quality.   The"
            " VideoMost ML codec transforms the incoming video stream in the encoder into a sketch-video that"
            " consumes less resources, and when decoded it restores video using a trained neural network.\n"
        )
        body = _body(story)
        assert ("heading", "The Video") not in body
        assert body[-1][1].startswith("The VideoMost ML codec")
