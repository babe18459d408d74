"""Round 8 heading and caption cases (s20, ext8): where a stand-alone line's kind is decided.

Each case comes from a real release of the round (the file is named in the
test's id) and keeps beside it, as a negative, the text that must stay as it
is: a sentence ending in a colon, a question in the story's sentence case, a
sentence naming a table, an item among items of one list, a date a schedule
hangs under. Every positive is checked for SPEC 5 too: the clean text parses
to the same body.
"""

from __future__ import annotations

import pytest

from pressparse import parse

TITLE = "# Trexfighters Token: A New Step in Blockchain and Gaming\n\n"
STORY = "In the fast-paced world of cryptocurrencies, projects like Trex attract the attention of many investors."
UNDER = "Thanks to its smart focus on exchanges and gaming, Trex is becoming one of the leading projects in the space."


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in parse(text).body]


def _kind_of(text: str, line: str) -> str | None:
    return next((kind for kind, got in _kinds(text) if got.strip() == line), None)


def _stable(text: str) -> bool:
    """SPEC 5: the clean text parses to the same body kinds and texts."""

    def norm(body: list[tuple[str, str]]) -> list[tuple[str, str]]:
        return [(kind, " ".join(got.split())) for kind, got in body]

    return norm(_kinds(parse(text).text)) == norm(_kinds(text))


# --- a short label ending in a colon over the paragraphs it introduces (xu_wire_blockchainwire_1, citybiz_1) --

LABELS = [
    pytest.param("Conclusion:", UNDER, id="xu_wire_blockchainwire_1-conclusion"),
    pytest.param(
        "Interview questions:",
        "Introduction |Can you provide an introduction to Blackpoint Cyber?",
        id="xu_wire_citybiz_1-interview-questions",
    ),
]


@pytest.mark.parametrize(("line", "under"), LABELS)
def test_short_label_with_colon_is_a_heading(line: str, under: str) -> None:
    text = f"{TITLE}{STORY}\n\n{line}\n\n{under}\n"
    assert _kind_of(text, line) == "heading"
    assert _stable(text)


NOT_LABELS = [
    # A full sentence ending in a colon introduces what follows (wire_016).
    pytest.param("As Trex rapidly expands, it has a clear roadmap that includes:", id="sentence-lead-in"),
    # A lead-in with a speech verb, and a one-word field label.
    pytest.param("Chairman Smith said:", id="speech-lead-in"),
    pytest.param("Note:", id="one-word-field"),
    # Two words with a clause's word: a sentence's lead-in; two words over prose may start a sentence.
    pytest.param("He added:", id="pronoun-lead-in"),
    pytest.param("Selected results:", id="two-words-over-prose"),
]


@pytest.mark.parametrize("line", NOT_LABELS)
def test_lead_in_with_colon_stays_a_paragraph(line: str) -> None:
    assert _kind_of(f"{TITLE}{STORY}\n\n{line}\n\n{UNDER}\n", line) == "paragraph"


# --- a label in capitals ending in a colon over its list (xs_da_sandiego_1) ---------------------------------

SD_LIST = (
    "-The IRS will deposit your economic impact payment into the direct deposit account you previously provided.\n"
    "-If you receive a call, do not engage with the scammers or thieves. Just hang up.\n"
)


def test_caps_label_with_colon_over_list_is_a_heading() -> None:
    text = (
        "The Internal Revenue Service (IRS) will begin to distribute COVID-19 Economic Impact Payments soon.\n"
        f"BEWARE OF THESE SCAMS AND SCHEMES:\n{SD_LIST}"
        "IRS-Impersonation Telephone Scams:\n"
        "An aggressive and sophisticated phone scam targeting taxpayers has been making the rounds.\n"
    )
    assert _kind_of(text, "BEWARE OF THESE SCAMS AND SCHEMES:") == "heading"
    assert _stable(text)


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("THE DEFENDANT SAID:", id="caps-speech-lead-in"),
        pytest.param("AND THEN THERE WERE THESE SCAMS AND SCHEMES AND MORE OF THEM:", id="caps-too-long"),
    ],
)
def test_caps_lead_in_stays_a_paragraph(line: str) -> None:
    text = f"The IRS will begin to distribute the payments soon.\n{line}\n{SD_LIST}"
    assert _kind_of(text, line) == "paragraph"


# --- a title-case question line over the blocks it introduces (xu_wire_blockchainwire_1) -------------------

QUESTION = "Why Trexfighters Could Break All Records and Become a Favorite in the Crypto Community?"
BLOCKS = (
    "Bridging Gaming and Blockchain: As a Play-to-Earn token, Trex allows users to earn digital tokens while playing.\n\n"
    "Support for the Trex Exchange Ecosystem: As the primary token of Trex Exchange, Trex enables special benefits.\n"
)


def test_title_case_question_is_a_heading() -> None:
    text = f"{TITLE}{STORY}\n\n{QUESTION}\n\n{BLOCKS}"
    assert _kind_of(text, QUESTION) == "heading"
    assert _stable(text)


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("Why would anyone want to buy this token before the exchange opens?", id="sentence-case"),
        pytest.param("“Why Would Anyone Buy This Token Today?”", id="quoted"),
        pytest.param("Is It Fair? Is It Safe?", id="two-questions"),
    ],
)
def test_story_question_stays_a_paragraph(line: str) -> None:
    assert _kind_of(f"{TITLE}{STORY}\n\n{line}\n\n{BLOCKS}", line) == "paragraph"


# --- numbered figure and table labels whose graphics were lost are captions (xu_wire_nmw_1) -----------------

NMW = (
    "# Armory Mining Retains Candela II Lithium Project\n\n"
    "VANCOUVER, BRITISH COLUMBIA - March 13, 2025 (NEWMEDIAWIRE) - Armory Mining Corp. reports that American "
    "Salars has relinquished its option to develop the Candela II lithium brine project.\n\n"
    " Ganfeng Lithium, China’s largest producer of the battery metal has the adjacent concession.\n\n"
    " {line}\n\n"
    " Fast Track Ekosolve Lithium Processing Facility\n\n"
    " Armory advises they have signed a licence agreement to utilize the Ekosolve™ lithium extraction process.\n"
)

FIGURE_LABELS = [
    pytest.param("Fig. 1 – Concession Map of main land holders and Incahuasi Salar", id="xu_wire_nmw_1-fig-dash"),
    pytest.param(
        "Table 1: 86,000 tonnes of lithium metal converts to 457,000 tonnes of Lithium Carbonate insitu.",
        id="xu_wire_nmw_1-table-colon",
    ),
    pytest.param("Chart 2 - Monthly lithium carbonate price in US dollars per tonne", id="chart-hyphen"),
]


@pytest.mark.parametrize("line", FIGURE_LABELS)
def test_figure_label_is_a_caption(line: str) -> None:
    text = NMW.format(line=line)
    doc = parse(text)
    assert [c.text.strip() for c in doc.captions] == [line]
    # With the caption left out, the subheading under it is one (SPEC 5: as the clean text shows it).
    assert _kind_of(text, "Fast Track Ekosolve Lithium Processing Facility") == "heading"
    assert _stable(text)


NOT_FIGURE_LABELS = [
    # A sentence that names a table is the story's.
    pytest.param("Table 1 shows the inferred resource of the property in tonnes of lithium carbonate.", id="sentence"),
    # A label with too few words to describe a graphic.
    pytest.param("Figure 2: Map", id="short-label"),
    # A table's label with a long paragraph of story after it.
    pytest.param(
        "Table 1: The resource is large. The brine is rich. The price is high. The plant is near. The road is built.",
        id="many-sentences",
    ),
]


@pytest.mark.parametrize("line", NOT_FIGURE_LABELS)
def test_story_naming_a_table_is_no_caption(line: str) -> None:
    doc = parse(NMW.format(line=line))
    assert doc.captions == () or all(c.text.strip() != line for c in doc.captions)


# --- a sentence-case line between two lists with different bullets names the second (xe_wire_noticias_1) ------

LISTS = (
    "# Skate Contest\n\nSuper Patch announces the launch of its skate series in two cities this summer.\n\n"
    " • 2 Live and Die in LA – Skater-rooted apparel & lifestyle brand\n\n"
    " • Aim High Sober Living – Supporting recovery through community\n\n"
    " {line}\n\n"
    " {bullet} Venice Beach Skatepark | June 14, 2025\n\n"
    " {bullet} New York City (location TBA) | August 9, 2025\n"
)


def test_line_between_two_bulleted_lists_is_a_heading() -> None:
    text = LISTS.format(line="Event location & dates", bullet="*")
    assert _kind_of(text, "Event location & dates") == "heading"
    assert _stable(text)


def test_line_among_items_of_one_list_is_no_heading() -> None:
    # The same bullet above and below: an item that lost its bullet, not a list's name.
    text = LISTS.format(line="Event location & dates", bullet="•")
    assert _kind_of(text, "Event location & dates") != "heading"


# --- a date or an hour alone names no section, but a day heads its schedule -----------------------------------

EVENT = (
    "# HR.com Appoints Advisory Board\n\nJacksons Point, Ontario, Canada (Newsworthy.ai) Tuesday Mar 4, 2025 — "
    "HR.com is proud to announce the appointment of top industry experts.\n\n"
    "The research findings will be published in a comprehensive report offering detailed insights.\n\n"
    "HR.com's State of Employee Communication and Collaboration 2025 Virtual Event\n\n"
    "{line}\n\n"
    "The newly appointed Advisory Board includes the following industry thought leaders:\n\n"
    "* Sandra Braham, President & CEO, Gulf Coast Jewish Family and Community Services\n"
)


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("July 16, 2025", id="xr_wire_newsworthy_1-event-date"),
        pytest.param("9:00 a.m. EDT", id="xm_doj_r02252-hour"),
    ],
)
def test_date_or_hour_over_text_is_no_heading(line: str) -> None:
    text = EVENT.format(line=line)
    assert _kind_of(text, line) == "paragraph"
    assert _stable(text)


def test_day_over_its_schedule_is_a_heading() -> None:
    text = (
        "WASHINGTON, June 8, 2006 – Senator Carper will tour three sites in Sussex County on Friday.\n\n"
        "The Senator’s last stop is to tour Easter Seals in Georgetown, where he will meet participants.\n\n"
        "Friday, June 9, 2006\n\n"
        "* 10:30 am – 11:30 am Tour and Remarks at Avian Biosciences Center Opening\n"
        "* 12:15 pm – 1:15 pm Tour of New Total Joint Center Bayhealth-Milford\n"
    )
    assert _kind_of(text, "Friday, June 9, 2006") == "heading"
