"""Round 14's meta and dateline classes (session 23), each from a real release of the blind round, with a close negative."""

from __future__ import annotations

from pressparse import parse, parse_dateline
from tests.test_real_s21 import _meta

# Evertise Ai PR's date-first dateline (tc_wire_evertise_1): the date, then the place closed by its own dash,
# and the story opening with the wire's own name (compare "Baton Rouge, LA, Evertise Ai PR –", xr_wire_evertise_1).
_EVERTISE = (
    "January 9, 2025 – Los Angeles, CA – Evertise Ai PR, a leading press release distribution and content "
    "marketing agency, has been named as the official Global Marketing Partner for the US Minority Chamber of "
    "Commerce (USMCC).\n"
)


def test_a_date_first_dateline_goes_on_through_a_place_closed_by_its_dash() -> None:
    found = parse_dateline(_EVERTISE)
    assert found is not None
    assert ("January 9, 2025 – Los Angeles, CA –", "Los Angeles", None) == (found.text, found.city, found.agency)


def test_the_wire_closed_by_its_own_dash_stays_in_the_dateline() -> None:
    """The wire after the place, closed by a dash, is still the agency slot."""
    text = "March 24, 2025 – Baton Rouge, LA, Evertise Ai PR – Something Borrowed Blooms, an innovative startup, is pleased."
    found = parse_dateline(text)
    assert found is not None
    assert ("March 24, 2025 – Baton Rouge, LA, Evertise Ai PR –", "Evertise Ai PR") == (found.text, found.agency)


def test_a_place_set_off_by_a_comma_with_the_wire_after_it_stays_no_dateline() -> None:
    """Only the place's own dash closes it; a comma after it goes on into the sentence."""
    assert parse_dateline("LOS ANGELES, CA, Evertise Ai PR, a leading agency, has been named today.") is None


# A Senate page whose line break after the dateline was stripped (tb_senate_boxer_1): the region's initials run
# into the story's "U.S.", as "LAFAYETTE, La.Ezekiel" runs into a name.
_BOXER = (
    " Washington, D.C.U.S. Senators Barbara Boxer (D-CA) and Joseph Lieberman (ID-CT) today lauded passage of the "
    "FY 2008 Defense Authorization Bill, which included provisions they championed.\n"
)


def test_a_region_in_initials_glued_to_the_story_s_initials_closes_the_dateline() -> None:
    doc = parse(_BOXER)
    assert doc.dateline is not None
    assert ("Washington, D.C.", "D.C.") == (doc.dateline.text, doc.dateline.region)
    assert doc.body[0].text.startswith("U.S. Senators Barbara Boxer")


def test_initials_the_tables_do_not_know_as_a_region_stay_no_dateline() -> None:
    """Only a known region's initials are cut off the run."""
    assert parse(_BOXER.replace("D.C.U.S.", "X.Q.U.S.")).dateline is None


# A Senate page flattened to one line (tb_senate_bayh_1): the headline, one space, the place closed by its dash.
_BAYH = (
    "Bayh Pushes to Improve Technology in Rural Hospitals Washington-- U.S. Senator Evan Bayh joined Senators "
    "Coleman (R-MN), Cornyn (R-TX), and Lugar (R-IN) to introduce legislation that would create a grant program "
    "to provide small, rural hospitals with better access to cutting-edge information technologies.\n"
)


def test_a_headline_one_space_before_a_place_closed_by_its_dash_is_the_title() -> None:
    doc = parse(_BAYH)
    assert doc.dateline is not None
    assert "Washington--" == doc.dateline.text
    assert [("title", "Bayh Pushes to Improve Technology in Rural Hospitals")] == _meta(_BAYH)
    assert doc.body[0].text.startswith("U.S. Senator Evan Bayh joined")


def test_a_sentence_before_a_place_and_a_dash_stays_the_story() -> None:
    """Words in sentence case before the place are the story's, not a headline's."""
    text = _BAYH.replace("Bayh Pushes to Improve Technology in Rural Hospitals", "The senator spoke to hospitals in")
    assert parse(text).dateline is None


# Press Services' own dateline line (tc_wire_pressservices_1): place, date, then its client's name in slashes,
# here a franchise's name with its area; the client's inline place label under it is the story's.
_PRESS_SERVICES = (
    " Canyon Lake, United States - January 30, 2025 / CarePatrol of NE San Antonio New Braunfels /\n\n"
    " New Braunfels, TX – 1/30/25 – Families exploring assisted living options in Texas now have a valuable "
    "resource to help them navigate the financial side of senior care.\n"
)


def test_a_long_client_name_in_the_wire_s_slashes_stays_in_its_dateline() -> None:
    doc = parse(_PRESS_SERVICES)
    assert doc.dateline is not None
    assert doc.dateline.text.endswith("/ CarePatrol of NE San Antonio New Braunfels /")
    assert doc.body[0].text.startswith("New Braunfels, TX – 1/30/25 –")


def test_a_long_client_name_sets_no_agency() -> None:
    """The client's name is read past, not taken for a wire."""
    doc = parse(_PRESS_SERVICES)
    assert doc.dateline is not None
    assert doc.dateline.agency is None


def test_slashes_past_a_name_s_length_stay_out_of_the_dateline() -> None:
    """Past sixty characters the slashes hold no name, and the line is no dateline, as before."""
    long_name = "CarePatrol of NE San Antonio New Braunfels and the Whole Hill Country Area"
    assert (
        parse_dateline(_PRESS_SERVICES.replace("CarePatrol of NE San Antonio New Braunfels", long_name).lstrip())
        is None
    )


# A Senate page's header flattened to one line (tb_senate_carper_1): the headline padded to the page's width with
# 348 spaces, then the release note and the date on one line, as Carper's office writes them.
_CARPER = (
    "Sen. Carper on Death of Sen. Craig Thomas of Wyoming"
    + " " * 348
    + "For Immediate Release: June 5, 2007\n\t\tContact: Bette Phelan (202) 224-2441\n"
    "\tSen. Tom Carper (D-Del.) issued the following statement in response to the loss of Sen. Craig Thomas "
    "(R-Wyo.), who died late Monday:Like every one of my colleagues, I was saddened to learn that Craig has passed "
    "away.\n"
)


def test_a_header_padded_to_the_page_s_width_splits_into_title_note_and_date() -> None:
    assert [
        ("title", "Sen. Carper on Death of Sen. Craig Thomas of Wyoming"),
        ("release_note", "For Immediate Release:"),
        ("date", "June 5, 2007"),
        ("contact", "Contact: Bette Phelan (202) 224-2441"),
    ] == _meta(_CARPER)


def test_a_release_note_before_a_sentence_on_its_line_is_not_split_at_the_date() -> None:
    """The date after the note splits it only when it is the whole rest of the line."""
    text = (
        "For Immediate Release: June 5, 2007 marks the day Sen. Tom Carper spoke on the Senate floor about "
        "the loss of his colleague, who died late Monday.\n"
    )
    assert [] == [kind for kind, _ in _meta(text) if kind == "date"]


# A stripped Senate page (tb_senate_lieberman_1): the date, the contact, the headline and the place, each set
# apart by space runs; the headline stands one run before the dateline.
_LIEBERMAN = (
    " " * 80
    + "July 11  2007 Contact"
    + " " * 95
    + "Sheila Menz"
    + " " * 96
    + "Lieberman  Collins call for Strengthened role of Inspectors General"
    + " " * 200
    + "WASHINGTON   Homeland Security and Governmental Affairs Committee Chairman Joe Lieberman  ID Conn   and "
    "Ranking Member Susan Collins  R Me   Tuesday introduced legislation to strengthen the role of Inspectors "
    "General \n"
)


def test_a_stripped_header_s_headline_before_the_place_is_the_title() -> None:
    titles = [text for kind, text in _meta(_LIEBERMAN) if kind == "title"]
    assert ["Lieberman Collins call for Strengthened role of Inspectors General"] == titles


# Brooklyn's deck hard-wrapped at 80 columns under the headline's copy (ta_da_kings_1): "Tenants" would not have
# fitted on the first line.
_KINGS_HEAD = "Alleged Unscrupulous Landlords Indicted For Unlawful Eviction Of Rent Stabilized Tenants"
_KINGS = (
    f"{_KINGS_HEAD}\nFOR IMMEDIATE RELEASE\nThursday, April 16, 2015\n{_KINGS_HEAD}\n"
    "Defendants Face Up To 15 Years in Prison for Unlawfully Trying To Force Out\n"
    "Tenants In Rapidly Gentrifying North Brooklyn Neighborhoods\n"
    "Brooklyn District Attorney Ken Thompson today announced that two Brooklyn landlords have been indicted on "
    "unlawful eviction and other charges for allegedly trying to force out tenants.\n"
)


def test_a_deck_wrapped_at_eighty_columns_is_one_subtitle() -> None:
    subtitles = [text for kind, text in _meta(_KINGS) if kind == "subtitle"]
    deck = "Defendants Face Up To 15 Years in Prison for Unlawfully Trying To Force Out Tenants In Rapidly Gentrifying"
    assert [f"{deck} North Brooklyn Neighborhoods"] == subtitles


def test_deck_lines_in_sentence_case_stay_a_subtitle_each() -> None:
    """Cook County writes one sentence a deck line: a line near 80 columns does not join the next."""
    text = _KINGS.replace(
        "Defendants Face Up To 15 Years in Prison for Unlawfully Trying To Force Out\n"
        "Tenants In Rapidly Gentrifying North Brooklyn Neighborhoods\n",
        "More efficient charging process gets police officers back on the street sooner\n"
        "All bypass cases to date have withstood legal scrutiny\n",
    )
    assert 2 == len([kind for kind, _ in _meta(text) if kind == "subtitle"])


# A book's About at the end of its publicist's release (tc_wire_noticias_1): the title in quotes names it.
_BOOK_ABOUT = (
    "SAN ANTONIO, TX – The anthology of Latina leaders in public relations is out today, its editor said.\n\n"
    "About “Latinas in Public Relations”\n\n"
    "Discover the journeys of 15 Latina professionals who have influenced public relations in this powerful "
    "anthology.\n\n"
    "From overcoming self-doubt to moving past external obstacles, each narrative illustrates the strength of "
    "these leaders.\n"
)


def test_about_a_quoted_title_alone_on_its_line_opens_the_about_section() -> None:
    meta = _meta(_BOOK_ABOUT)
    assert ["about"] == [kind for kind, _ in meta]
    assert meta[0][1].startswith("About “Latinas in Public Relations” Discover the journeys")


def test_about_a_quoted_title_in_a_sentence_stays_the_story() -> None:
    """Not alone on its line, the quoted title opens a sentence of the story."""
    text = _BOOK_ABOUT.replace(
        "About “Latinas in Public Relations”\n\n",
        "About “Latinas in Public Relations” the editor said it was long.\n\n",
    )
    assert [] == _meta(text)


# A markdown dump whose page title is a place and a short word (fuzz F1125-9, F1126-37): the dateline stage leaves a
# place with more words after it on the marked line to the title; meta takes it, however short, so the rendering
# (the title and its mark dropped) reads no dateline there either.
_SHORT_MARKDOWN_TITLE = (
    "# NEWARK – Update?\n\nThe county said today that the road will reopen on Monday after the repairs are finished.\n"
)


def test_a_short_markdown_title_that_starts_like_a_dateline_is_the_title() -> None:
    doc = parse(_SHORT_MARKDOWN_TITLE)
    assert (None, "NEWARK – Update?") == (doc.dateline, doc.title)
    assert doc.dateline == parse(doc.text).dateline


def test_a_markdown_line_under_the_story_stays_a_heading() -> None:
    """Only the page's first line is its title; a marked line further down is a section heading."""
    text = _SHORT_MARKDOWN_TITLE.replace("# NEWARK – Update?\n\n", "") + "\n## Update\n\nMore later.\n"
    assert [] == [kind for kind, _ in _meta(text) if kind == "title"]
