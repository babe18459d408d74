"""Round 15 heading cases (s25, the blind round sa_/sb_/sc_): lead-ins over lists, teasers, speakers' names.

Each case is a real excerpt (the release is named in the test's id) and
keeps beside it, as a negative, a close shape that must keep its reading.
Every positive is checked for SPEC 5 too: the clean text parses to the same
body. Method: each rule follows how the golds of ``tests/unseen`` and
``tests/corpus`` read the same shape overall (counts in the comments).
"""

from __future__ import annotations

import pytest

from tests.test_headings_s20b import _kind_of, _stable

# --- a line ending in a colon over a bullet list: a label names the list, a sentence's lead-in opens it ---

# sc_wire_citybiz_1: DYWIDAG's new hires under a lead-in that opens with a preposition. The golds read the 4
# lines over a list that open with "Among"/"Along" and the 16 in sentence case that open with an article
# ("The bill would:") as paragraphs, none as a heading.
CITYBIZ_ABOVE = (
    " To support the launch and long-term growth of the facility, DYWIDAG has appointed a dedicated local sales "
    "and management team focused on building customer relationships and expanding market reach.\n\n"
)
CITYBIZ_ITEMS = (
    "\n\n * Northeast Sales Manager, Steve Scott, an experienced and knowledgeable sales engineer.\n"
    "* Geotechnical Engineer, Maureen Merson, with 10 years of hands-on experience in testing.\n"
    "* Geotechnical Sales Engineer, Rey Clavel, with 21 years’ experience.\n\n"
    " These new appointments add bench strength and extensive experience across both sectors.\n"
)

LEAD_INS = [
    pytest.param("Among the new hires:", id="sc_wire_citybiz_1-among"),
    pytest.param("Along with iCoreRx, the MDA now endorses:", id="sc_wire_nmw_1-along"),
    pytest.param("The scientific statement calls for:", id="vc_wire_nmw_1-article"),
]


@pytest.mark.parametrize("line", LEAD_INS)
def test_lead_in_over_a_list_is_a_paragraph(line: str) -> None:
    """A sentence's lead-in over its bullets (a preposition or an article first) is a paragraph."""
    text = f"{CITYBIZ_ABOVE} {line}{CITYBIZ_ITEMS}"
    assert "paragraph" == _kind_of(text, line)
    assert _stable(text)


# A label names its list with a noun phrase and no article: the golds read these as headings.
LABELS = [
    pytest.param("Key Takeaways:", id="wire_025-title-case"),
    pytest.param("Study details, background or design:", id="wire_018-sentence-case"),
    pytest.param("Research highlights:", id="bare-label"),
]


@pytest.mark.parametrize("line", LABELS)
def test_label_over_a_list_stays_a_heading(line: str) -> None:
    """A label naming the list under it keeps its heading."""
    text = f"{CITYBIZ_ABOVE} {line}{CITYBIZ_ITEMS}"
    assert "heading" == _kind_of(text, line)


# --- a section's name over a teaser cut short with an ellipsis (IBN's "Read More>>" wire pages) ---

# sc_wire_ibn_2: MiningNewsWire's article on Torr Metals; the second section's paragraph is cut at "and…".
IBN_OPENING = (
    " Leveraging Established Mining Districts for Growth\n\n"
    " Torr Metals (TSX-V: TMET) has set itself apart in the junior mining sector by strategically positioning its "
    "projects within prolific mining districts.\n\n"
)
IBN_HEADING = "A Prime Location in BC’s Mining Hub"
IBN_TEASER = (
    " The Kolos copper-gold project is situated in the Quesnel Trough of southern British Columbia, an area known "
    "for hosting world-class porphyry deposits. The project is adjacent to Highway 5 and located near Teck "
    "Resources’ Highland Valley Copper Mine (30 km west), and"
)


@pytest.mark.parametrize("cut", ["…", "..."], ids=["sc_wire_ibn_2-ellipsis", "three-stops"])
def test_title_case_line_over_a_teaser_cut_by_an_ellipsis_is_a_heading(cut: str) -> None:
    """A section's name over a paragraph cut short with ``…`` is a heading, as over one cut with ``...``."""
    text = f"{IBN_OPENING} {IBN_HEADING}\n\n{IBN_TEASER}{cut}\n\n Read More>>\n"
    assert "heading" == _kind_of(text, IBN_HEADING)
    assert _stable(text)


def test_title_case_line_over_a_paragraph_with_no_stop_is_no_heading() -> None:
    """Over a paragraph that ends on a word, with no stop and no ellipsis, the line keeps its paragraph."""
    text = f"{IBN_OPENING} {IBN_HEADING}\n\n{IBN_TEASER}\n\n Read More>>\n"
    assert "paragraph" == _kind_of(text, IBN_HEADING)


# --- a speaker's name and role under a quotation: its attribution, not a heading ---

# sc_wire_prism_1 (also xx_wire_prism_1, zc_wire_prism_1): PRISM MediaWire prints the speaker under the
# quotation. The golds read the 18 "Name, Role" lines under a quotation so: 14 under a quotation with no name
# over it (paragraphs), 4 in xg_da_cook_2's run of speakers each named over the quotation (headings).
PRISM_ABOVE = (
    " The Grand Hotel du Parc is based on an integrated approach combining hospitality, residential offerings, "
    "food & beverage, and immersive experiences.\n\n"
)
PRISM_QUOTE = (
    " “I am very excited to make the first introduction of SKYX’s game-changing technologies for hotels and "
    "buildings during the grand opening of The Grand Hotel du Parc.”\n\n"
)
PRISM_NAME = "Jean-François Ott, Founder of Group OTT"
PRISM_NEXT = (
    "“We are excited to deploy our technologies in our first European hotel collaboration in the historical "
    "hotel The Grand Hotel du Parc in La Bourboule, France.”\n\n"
)


def test_name_and_role_under_a_quotation_is_its_attribution() -> None:
    """A speaker's name and role under the quotation is a paragraph, not the next quotation's heading."""
    text = f"{PRISM_ABOVE}{PRISM_QUOTE} {PRISM_NAME}\n\n{PRISM_NEXT}"
    assert "paragraph" == _kind_of(text, PRISM_NAME)
    assert _stable(text)


# xg_da_cook_2: the Cook County page names each speaker over the quotation, under the section's heading, one a
# line; the second name stands under the first speaker's quotation and still heads the next one.
COOK_SECOND = "Elzie Higginbottom, East Lake Management and Development Corp. President and CEO"
COOK_SPEAKERS = (
    "Burke also announced on day one that prosecutors would pursue felony charges in retail theft cases.\n"
    "CIVIC, COMMUNTY AND JUSTICE LEADERS WEIGH IN ON BURKE’S FIRST 100 DAYS\n"
    "Roseanna Ander, founding Executive Director of the University of Chicago Crime Lab\n"
    "“We are so grateful to be working with State’s Attorney Burke on Chicago’s most pressing and urgent "
    "challenges including gun violence.”\n"
    f"{COOK_SECOND}\n"
    "“I am a businessman and a builder, so I appreciate a solid foundation. Eileen Burke's initial days in "
    "office have shown exactly that.”\n"
    "Joe Ferguson, The Civic Federation President\n"
    "“What has most impressed the civic and business leaders I talk to is how thoughtful and deliberative "
    "Eileen and her team have been.”\n"
)


def test_speakers_named_over_their_quotations_stay_headings() -> None:
    """In a run of speakers each named over the quotation, a name under the previous quotation heads its own."""
    assert "heading" == _kind_of(COOK_SPEAKERS, COOK_SECOND)


# uc_wire_reportable_1: a section's name with a comma, a place after it and no role.
PLANO = "Headquarters Relocation to Plano, Texas"
PLANO_UNDER = (
    "In line with its growth strategy, Okogen has relocated its headquarters from San Diego, California, to "
    "Plano, Texas. The move positions the company for its next stage.\n"
)


def test_place_after_a_comma_under_a_quotation_stays_a_heading() -> None:
    """A section's name with a comma (a place, no role) under a quotation keeps its heading."""
    text = f"{PRISM_ABOVE}{PRISM_QUOTE} {PLANO}\n\n{PLANO_UNDER}"
    assert "heading" == _kind_of(text, PLANO)
