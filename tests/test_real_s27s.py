"""Body paragraphs, session 27: breaks and list items of flattened real pages (tests/unseen).

Each test holds an excerpt from a real page with a close shape that must keep its reading beside it. The
rendering must read as the raw text (SPEC 5): ``parse(doc.text)`` gives the same body.
"""

from __future__ import annotations

from pressparse import parse


def _body(text: str) -> list[tuple[str, str]]:
    return [(block.kind, block.text) for block in parse(text).body]


def _stable(text: str) -> bool:
    doc = parse(text)
    again = parse(doc.text)
    return [(b.kind, b.text) for b in doc.body] == [(b.kind, b.text) for b in again.body]


# --- an interview transcript flattened to one line (x7_senate_bayh_1) ----------------------------------------
# A senator's office posts a network interview as its transcript: each turn opens with the speaker's name in
# capitals and a colon ("BLITZER:", "SENATOR EVAN BAYH:"), and each turn is a paragraph. Flattened to one line,
# the turns are glued after the stop that ends the turn before, one space apart.
_TRANSCRIPT = (
    "WOLF BLITZER: Welcome back. Joining us now is Senator Evan Bayh.  Senator, will you vote to confirm him? "
    "SENATOR EVAN BAYH: Yes, Wolf, I will. He impressed me as being more candid.  We need a new policy. "
    "BLITZER: But you have to give the President some credit.  He said he wanted a fresh pair of eyes. "
    "BAYH: Yes, thats right. And that is a step in the right direction. "
    "BLITZER: Senator Bayh, thanks very much for stopping by."
)


def test_transcript_turns_are_paragraphs() -> None:
    """Each speaker's turn is a paragraph, its two-space sentence gaps no breaks."""
    assert [
        "WOLF BLITZER: Welcome back. Joining us now is Senator Evan Bayh. Senator, will you vote to confirm him?",
        "SENATOR EVAN BAYH: Yes, Wolf, I will. He impressed me as being more candid. We need a new policy.",
        "BLITZER: But you have to give the President some credit. He said he wanted a fresh pair of eyes.",
        "BAYH: Yes, thats right. And that is a step in the right direction.",
        "BLITZER: Senator Bayh, thanks very much for stopping by.",
    ] == [text for _, text in _body(_TRANSCRIPT)]
    assert _stable(_TRANSCRIPT)


def test_one_label_in_capitals_is_no_transcript() -> None:
    """One name in capitals before a colon (a statement quoted after a stop) parts nothing."""
    text = (
        "The senator spoke on the floor today. He said the bill would pass. "
        "BINGAMAN: The bill is a step in the right direction and I urge my colleagues to support it."
    )
    assert 1 == len(_body(text))
    assert _stable(text)


# --- a stripped page's funding list under "as follows" (xt_senate_smith_1) -----------------------------------
# Senators' appropriations releases list the projects a bill funds under "The projects that would receive funding
# are as follows:", one bullet each: "Rockwell Collins in Portland would receive $9 million for …", or an amount
# and its use, "$4 million for …". A scraper that strips the punctuation drops the colon, the bullets and the "$",
# and leaves a wide run of spaces where each bullet stood.
_FUNDING_LIST = (
    "These projects are proof positive that Oregon can lead the way when it comes to the research and development "
    "of cutting edge technology  said Wyden  These funds will not only provide a boost to our local economy  they "
    "will give our troops the tools they need to get the job done and get home safely   Oregon is truly a national "
    "leader in the growing field of nanotechnology  said Smith  The technologies and products created through new "
    "investments have important functions in saving lives  in national defense  and for civilian use  This "
    "investment also sustains jobs ensuring Oregons economy continues to grow    The projects that would receive "
    "funding are as follows   Oregon Nanoscience and Microtechnologies Institute  ONAMI  would receive a total of  "
    "9 million in three programs         4 million for the safer nanomaterials and nanomanufacturing program        "
    "2 5 million for the Nanoelectronics and Nanometrology Initiative        2 5 million for the miniature tactical "
    "energy systems development program       Rockwell Collins in Portland would receive  9 million for the "
    "procurement of avionics to bring aircraft into compliance with the new Global Air Traffic Management system  "
    "     Insitu  Inc  of Arlington would receive  4 million for testing and evaluation of an unmanned aircraft "
    "system"
)


def test_stripped_funding_entries_under_as_follows_are_list_items() -> None:
    """Each entry under the lead-in that lost its colon is a list item: a recipient's award or an amount's use."""
    body = _body(_FUNDING_LIST)
    assert ("paragraph", "The projects that would receive funding are as follows") == body[2]
    assert ["list_item"] * 6 == [kind for kind, _ in body[3:]]
    assert _stable(_FUNDING_LIST)


def test_stripped_awards_without_a_lead_in_stay_paragraphs() -> None:
    """The same awards told in paragraphs, under a sentence that introduces no list, stay paragraphs."""
    text = _FUNDING_LIST.replace("are as follows", "were announced today")
    assert {"paragraph"} == {kind for kind, _ in _body(text)}
    assert _stable(text)


# --- a bold figure on its own line inside a list item (ya_da_cook_1) -----------------------------------------
# The Cook County State's Attorney's pages set each figure of a highlights list in bold, which the scrape puts on
# a line of its own: "More than" / "500" / "felony and misdemeanor arrests …". The sentence goes on under the
# figure, after a comma as well as after a plain word: "Participation from approximately" / "60" / "retailers,
# including major brands …".
_BOLD_FIGURES = (
    "Agencies are continuing to report their results. Preliminary highlights from the campaign include:\n"
    "More than\n500\nfelony and misdemeanor arrests related to retail crime.\n"
    "Participation from approximately\n60\nretailers, including major brands such as Walgreens and Ulta Beauty.\n"
    "More than\n$130,000\nin stolen goods recovered.\n"
    "Stolen vehicles, narcotics, and weapons were also seized during arrests.\n"
)


def test_bold_figure_before_a_comma_joins_its_sentence() -> None:
    """The figure joins the line above and the line under it, whose first word a comma follows."""
    assert [
        "More than 500 felony and misdemeanor arrests related to retail crime.",
        "Participation from approximately 60 retailers, including major brands such as Walgreens and Ulta Beauty.",
        "More than $130,000 in stolen goods recovered.",
    ] == [text for _, text in _body(_BOLD_FIGURES)][1:4]
    assert _stable(_BOLD_FIGURES)


def test_figure_over_a_capitalised_line_stays_apart() -> None:
    """A figure over a line that opens a new sentence in capitals is no bold word inside a sentence."""
    text = (
        "The State's Attorney announced the results of the operation today.\n"
        "The number of cases charged in the county rose to about\n60\n"
        "Retailers, including major brands, took part in the operation.\n"
    )
    assert ("paragraph", "Retailers, including major brands, took part in the operation.") == _body(text)[-1]
    assert _stable(text)


# --- a witness list in the CQ newline layout, under a line the page broke (xw_senate_thomas_1) ---------------
# The CQ layout of Senate pages opens each paragraph with three spaces and writes a line break inside one as a
# line indented by two: a witness's name, title and agency are one paragraph. The page's first body line, broken
# after a trailing space, goes on under a one-space indent; that line does not hide the layout.
_WITNESSES = (
    "SEN. THOMAS ANNOUNCES WITNESS LIST FOR FIELD HEARING\n"
    "  The Senate Environment and Public Works Committee and Sen.  \n"
    " Craig Thomas (R-Wyo.) today announced the witness list for the Senator's upcoming field hearing in Casper. "
    "The hearing will discuss the status of the Endangered Species Act (ESA) and examine ideas to improve current "
    "law. \n"
    "   The hearing will take place from 9:00 a.m. to noon on Monday, August 23 at the Wyoming Oil and Gas "
    "Conservation Commission, Hearing Room 2211 King Blvd. in Casper. \n"
    "   The Witnesses scheduled to testify at the hearing include: \n"
    "   * Panel I: \n"
    "   Mr. Mark Rey \n"
    "  Undersecretary for Natural Resources and Environment \n"
    "  United States Department of Agriculture \n"
    "   * Panel II: \n"
    "   Mr. Terry Cleveland \n"
    "  Director \n"
    "  Wyoming Game and Fish Department \n"
)


def test_cq_witness_lines_join_under_a_one_space_continuation() -> None:
    """Each witness's name, title and agency are one paragraph."""
    texts = [text for _, text in _body(_WITNESSES)]
    assert texts[0].startswith("The Senate Environment and Public Works Committee and Sen. Craig Thomas (R-Wyo.)")
    assert (
        "Mr. Mark Rey Undersecretary for Natural Resources and Environment United States Department of Agriculture"
        in texts
    )
    assert "Mr. Terry Cleveland Director Wyoming Game and Fish Department" in texts
    assert _stable(_WITNESSES)


def test_two_space_lines_without_three_space_openers_stay_apart() -> None:
    """Without paragraphs opened by three spaces the page shows no CQ layout: the short lines stay apart."""
    text = _WITNESSES.replace("\n   ", "\n  ")
    assert "Mr. Terry Cleveland" in [text for _, text in _body(text)]


def test_cq_amount_rows_stay_one_a_line() -> None:
    """In the same layout the rows of a funding list, each a name and its amount, stay one item a line."""
    text = (
        "SENS. DODD, LIEBERMAN ANNOUNCE NEARLY $150,000 FOR CONNECTICUT FIREFIGHTERS\n"
        "  Three Connecticut fire departments will receive a total of $148,961 in federal grants to enhance "
        "operations and firefighter safety, Sens.  \n"
        " Chris Dodd and Joe Lieberman announced today. The grants are made available through the Assistance to "
        "Firefighters Grant Program.\n"
        '   "We depend on Connecticut firefighters for our safety. Surely they should be able to depend upon us for '
        'support."\n'
        "   The following localities will receive grant awards:\n"
        "   Beacon Hose Company No. 1 $77,950 \n"
        "  South Manchester Fire Department $36,000 \n"
        "  Warren Vol. Fire Company $35,011\n"
        "  Total $148,961\n"
        "   The award was made possible by the FIRE Act of 2000, a law authored by Dodd.\n"
    )
    assert [
        ("list_item", "Beacon Hose Company No. 1 $77,950"),
        ("list_item", "South Manchester Fire Department $36,000"),
        ("list_item", "Warren Vol. Fire Company $35,011"),
        ("list_item", "Total $148,961"),
    ] == _body(text)[3:7]
    assert _stable(text)
