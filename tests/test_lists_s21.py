"""Round 10 list and heading cases (s21, ext10): whether short lines under a lead-in are a list.

Each case comes from a real release of the round (the file is named in the
test's id) and keeps beside it, as a negative, the text that must stay as it
is: a list of parallel items under a colon, a list of names in capitals, a
word in lower case that breaks a title, a line over a paragraph that is no
number's lead. Every positive is checked for SPEC 5 too: the clean text
parses to the same body.
"""

from __future__ import annotations

import pytest

from pressparse import parse


def _body(text: str) -> list[tuple[str, str]]:
    return [(b.kind, " ".join(b.text.split())) for b in parse(text).body]


def _kinds(text: str) -> list[str]:
    return [kind for kind, _ in _body(text)]


def _stable(text: str) -> bool:
    """SPEC 5: the clean text parses to the same body kinds and texts."""
    return _body(parse(text).text) == _body(text)


# --- a statement's header under "… follows:": title, speaker, date; no list (yb_senate_wyden_1) ------------------
WYDEN = (
    "SEN. WYDEN GETS DISASTER DECLARATION FOR SALMON FISHERMEN\n"
    "  Sen. Ron Wyden today removed his hold on the major piece of fisheries management legislation before the"
    " Congress after his amendment was added to the bill.\n"
    "   The full text of Wyden's statement removing his hold today follows: \n"
    "   Statement for the Record\n"
    "   Senator Ron Wyden\n"
    "   June 15, 2006\n"
    "   M. President, I wish to thank Senators Stevens and Inouye for their efforts in incorporating my amendment"
    " into the act. My amendment makes Oregon's salmon fishermen eligible for disaster assistance.\n"
)


def test_statement_header_under_follows_is_no_list_wyden() -> None:
    body = _body(WYDEN)
    assert "list_item" not in _kinds(WYDEN)
    assert ("heading", "Statement for the Record") in body
    assert ("heading", "Senator Ron Wyden") in body
    assert _stable(WYDEN)


def test_dates_listed_alone_stay_a_list() -> None:
    # Negative: every item a date is a list of dates, parallel items.
    text = (
        "Senator Roe announced the hearings today in Washington.\n"
        "The committee will meet on the following dates:\n"
        "June 15, 2006\n"
        "June 22, 2006\n"
        "June 29, 2006\n"
        "Each hearing is open to the public and will be broadcast live on the committee's website.\n"
    )
    assert _kinds(text).count("list_item") == 3


def test_short_items_under_follows_stay_a_list() -> None:
    # Negative: parallel items in title case under a colon are a list.
    text = (
        "Senator Roe announced the hearings today in Washington.\n"
        "The cosponsors of the bill are as follows:\n"
        "Senator Ron Wyden\n"
        "Senator Gordon Smith\n"
        "Each of them spoke on the floor of the Senate this week in support of the bill.\n"
    )
    assert _kinds(text).count("list_item") == 2


# --- CQ subheads in capitals, in pairs (place / project) over each paragraph (yb_senate_warner_1) -----------------
WARNER = (
    "SENS. WARNER, WEBB: FY2008 DEFENSE APPROPRIATIONS SUPPORT VIRGINIA\n"
    "  Senator John W. Warner (R-VA) and Senator Jim Webb (D-VA) announced today that the bill will support Virginia. \n"
    "   The bill appropriates funding for the following projects: \n"
    "   RADFORD\n"
    "   RADFORD ARMY AMMUNITION PLANT \n"
    "   The Congress appropriated $8 million to address a backlog of critical infrastructure projects at Radford. \n"
    "   HAMPTON ROADS\n"
    "   VIRGINIA-CLASS SUBMARINE CONSTRUCTION \n"
    "   The Congress appropriated $588 million to begin advanced procurement of materials. \n"
    "   DANVILLE\n"
    "   MILITARY TIRES \n"
    "   The Congress agreed to a provision mandating the Defense Logistics Agency take measures for tires.\n"
)


def test_caps_subheads_under_colon_are_headings_warner() -> None:
    assert _kinds(WARNER) == ["paragraph", "paragraph"] + ["heading", "heading", "paragraph"] * 3
    assert _stable(WARNER)


def test_caps_names_under_colon_stay_a_list() -> None:
    # Negative: names in capitals under a colon, with no section of the same shape after them, are a list.
    text = (
        "Police arrested three men on Tuesday in Leeds after a long investigation.\n"
        "The men charged are the following:\n"
        "JOHN DOE\n"
        "RICHARD ROE\n"
        "All three were charged with fraud and are due in court next month, the police said.\n"
    )
    assert _kinds(text).count("list_item") == 2


# "DANVILLE" / "MILITARY TIRES" after a paragraph: a place over its project (yb_senate_warner_1).
WARNER_SECTIONS = (
    "Senator John W. Warner announced today that the bill will support Virginia.\n"
    "   DANVILLE\n"
    "   MILITARY TIRES \n"
    "   The Congress agreed to a provision mandating the Defense Logistics Agency take measures for tires.\n"
    "   ADDITIONAL PROVISIONS\n"
    "   COMMONWEALTH-WIDE MILITARY PROGRAMS \n"
    "   In addition, the Congress appropriated in excess of $23 million for military research.\n"
)


def test_one_word_caps_line_over_caps_line_after_paragraph() -> None:
    # Both lines of each section are headings.
    assert _kinds(WARNER_SECTIONS) == [
        "paragraph",
        "heading",
        "heading",
        "paragraph",
        "heading",
        "heading",
        "paragraph",
    ]
    assert _stable(WARNER_SECTIONS)


# --- stripped grant lines: "$amount for <company> in <county>", "$" and "," lost (yb_senate_specter_1) --------
SPECTER = (
    "    Washington  D C    Thursday  October 5  2006     U S  Senator Arlen Specter  R PA   announced today that the"
    " Department has approved funding for several fire companies     The following northeastern Pennsylvania"
    " companies were approved for funding         232 750 for Morris Township Volunteer Fire Company in Tioga County"
    "         226 100 for Jefferson Township Volunteer Fire Company in Lackawanna County         166 250 for"
    " Blossburg Fire Department  Inc  in Tioga County         45 078 for Whites Crossing Volunteer Fire   Rescue"
    " Company in Lackawanna County                  Browse by         "
)


def test_stripped_amount_lines_are_items_specter() -> None:
    kinds = _kinds(SPECTER)
    assert kinds[-4:] == ["list_item"] * 4
    assert kinds.count("list_item") == 4


def test_stripped_one_amount_line_is_no_list() -> None:
    # Negative: one amount line alone is a paragraph.
    text = SPECTER.split("         226 100", maxsplit=1)[0] + "         Browse by         "
    assert "list_item" not in _kinds(text)


# --- unmarked highlights after "… include:" (ya_da_cook_1), the lines joined around their bold numbers ---------
COOK = (
    "CHICAGO –\nThe office today announced the results of the blitz. Preliminary highlights from the campaign include:\n"
    "More than 500 felony and misdemeanor arrests related to retail crime.\n"
    "Participation from approximately 60 retailers, including major brands such as Walgreens and Ulta Beauty.\n"
    "More than $130,000 in stolen goods recovered.\n"
    "Stolen vehicles, narcotics, and weapons were also seized during arrests.\n"
    "“Retail crime has become increasingly violent,” Burke said.\n"
)


def test_highlights_after_include_are_items_cook() -> None:
    assert _kinds(COOK) == ["paragraph"] + ["list_item"] * 4 + ["paragraph"]


def test_line_broken_before_bold_number_is_no_heading_cook() -> None:
    text = (
        "CHICAGO –\nThe office today announced the results of the blitz.\n"
        "Participation from approximately\n60\nretailers, including major brands such as Walgreens and Ulta Beauty.\n"
    )
    assert ("heading", "Participation from approximately") not in _body(text)


def test_short_line_over_paragraph_stays_heading() -> None:
    # Negative: a sentence-case subheading over a paragraph opening with a figure stays a heading.
    text = (
        "CHICAGO –\nThe office today announced the results of the blitz.\n"
        "Participation by retailers\n"
        "60 retailers took part, including major brands such as Walgreens, The Home Depot and Ulta Beauty.\n"
    )
    assert ("heading", "Participation by retailers") in _body(text)


# --- a colon label in title case with a camel-case brand word (yc_wire_newsdirect_1) ---------------------------
NAFA = (
    "# NAFA Launches New eLearning Courses for Advanced Fleet Management\n\n"
    "NAFA Fleet Management Association (NAFA) is excited to announce the launch of the first two courses.\n\n"
    "{label}\n\n"
    "* Asset Management eLearning: Covers the full spectrum of asset management activities.\n"
    "* Sustainable Fleet eLearning: Focuses on integrating sustainability into fleet operations.\n\n"
    "These eLearning courses serve as a gateway to advanced fleet management learning.\n"
)


@pytest.mark.parametrize("label", ["First eLearning Courses Released:", "New iPhone Features:"])
def test_colon_label_with_brand_word_is_heading_newsdirect(label: str) -> None:
    text = NAFA.format(label=label)
    assert ("heading", label) in _body(text)
    assert _stable(text)


@pytest.mark.parametrize("label", ["The first eLearning courses released are:", "First courses released online:"])
def test_colon_sentence_with_brand_word_stays_paragraph(label: str) -> None:
    # Negatives: a lead-in sentence, and a label with a lower-case word that is no brand.
    assert ("heading", label) not in _body(NAFA.format(label=label))
