"""Round 7 heading cases (s20, ext7): where a stand-alone line's kind is decided (``headings``).

Each case comes from a real release of the round (the file is named in the
test's id) and keeps beside it, as a negative, the text that must stay as it
is: a field line with a colon, a question in the story's sentence case, a
label over a list, an event's name over its date.
"""

from __future__ import annotations

import pytest

from pressparse import parse

STORY = "Horn Wright, LLP is proud to announce its selection as the 2025 Best Law Firm in Long Island."
UNDER = (
    "While this recognition is a significant milestone, Horn Wright, LLP, remains focused on the future of the firm."
)


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in parse(text).body]


def _kind_of(text: str, line: str) -> str | None:
    return next((kind for kind, got in _kinds(text) if got == line), None)


# --- a two-part title whose second part names the firm with its commas (xr_wire_newsdirect_1) -------------

COLON_TITLES = [
    pytest.param(
        "Looking to the Future: Horn Wright, LLP, Growing at an Accelerated Rate", id="xr_wire_newsdirect_1-firm-commas"
    ),
    pytest.param("Exceptional After-Sales Service: The Key to Long-Term Value", id="two-part-title-no-comma"),
]


@pytest.mark.parametrize("line", COLON_TITLES)
def test_two_part_title_is_a_heading(line: str) -> None:
    assert _kind_of(f"# Title\n\n{STORY}\n\n{line}\n\n{UNDER}\n", line) == "heading"


COLON_FIELDS = [
    # A field's value listing names with commas and no "and" (xn_wire_prism_1).
    pytest.param("Bronze Sponsors: Gorman-Rupp Pumps, Amalgamated Research", id="sponsor-names"),
    pytest.param("Venue: Cradle of Aviation Museum", id="venue-field"),
    # A firm's name with its suffix and nothing after: a field's value, not a phrase.
    pytest.param("Organized By: Horn Wright, LLP, Garden City", id="firm-then-place"),
]


@pytest.mark.parametrize("line", COLON_FIELDS)
def test_field_line_with_colon_is_no_heading(line: str) -> None:
    assert _kind_of(f"# Title\n\n{STORY}\n\n{line}\n\n{UNDER}\n", line) == "paragraph"


# --- interview questions set in capitals, each over its answer (xr_wire_newsusa_1) -----------------------

QA = (
    "# Hear from a prostate cancer patient about the one test more men should ask for\n\n"
    "(NewsUSA) - Dr. Koo and Bill answer some frequently asked questions about PSMA testing.\n\n"
    "I am also joined by an amazing patient advocate Bill. We’re here to answer some frequently asked questions.\n\n"
    "{q1}\n\nUnfortunately, prostate cancer is very common and affects roughly 1 in 8 men, that’s why early"
    " screening and detection is so important.\n\n"
    "{q2}\n\nI would tell you that I'm always been a person that should take charge.\n"
)


@pytest.mark.parametrize(
    ("q1", "q2"),
    [
        pytest.param(
            "DR. KOO, HOW COMMON IS PROSTATE CANCER?",
            "BILL, CAN YOU TALK ABOUT HOW YOU FIRST LEARNED ABOUT PSMA?",
            id="xr_wire_newsusa_1-vocative",
        ),
        pytest.param(
            "DR. KOO, HOW CAN PATIENTS AND DOCTORS WORK TOGETHER WHEN DECIDING IF THE PSMA TEST IS RIGHT FOR THEM?",
            "BILL, WHAT DID YOU DO AFTER RECEIVING YOUR PSMA SCAN RESULTS?",
            id="xr_wire_newsusa_1-long-question",
        ),
    ],
)
def test_question_in_capitals_is_a_heading(q1: str, q2: str) -> None:
    text = QA.format(q1=q1, q2=q2)
    assert _kind_of(text, q1) == "heading"
    assert _kind_of(text, q2) == "heading"


@pytest.mark.parametrize(
    "line",
    [
        # The same questions in sentence case are the story's own sentences (a yes-no question, a vocative).
        pytest.param("Dr. Koo, how common is prostate cancer?", id="sentence-case-vocative"),
        pytest.param("Bill, can you talk about how you first learned about PSMA?", id="sentence-case-yes-no"),
        # A question in capitals inside quotes is someone's words, not a section's name.
        pytest.param("“WHY DID NOBODY CALL US?”", id="quoted-caps-question"),
    ],
)
def test_question_not_in_capitals_stays_a_paragraph(line: str) -> None:
    text = QA.format(q1=line, q2="Bill, what did you do next?")
    assert _kind_of(text, line) == "paragraph"


# --- a letter's salutation is its first line, no heading (xq_senate_hutchison_1) -------------------------

LETTER = (
    "SEN. HUTCHISON LAUDS TEXAS MAJOR DISASTER DECLARATION ANNOUNCEMENT\n\n"
    "Below is the letter she and Sen. John Cornyn sent the president yesterday requesting the designation.\n\n"
    "{line}\n\n"
    "We are writing in support of the State of Texas' major disaster declaration request in response to the fires.\n\n"
    "Thank you for your attention in this matter.\n"
)


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("Dear Mr. President:", id="xq_senate_hutchison_1"),
        pytest.param("Dear Chairman Roe:", id="dear-chairman"),
        pytest.param("DEAR COLLEAGUE:", id="dear-capitals"),
    ],
)
def test_salutation_is_a_paragraph(line: str) -> None:
    assert _kind_of(LETTER.format(line=line), line) == "paragraph"


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("Company Updates:", id="section-label"),
        pytest.param("Dear Abby Column Highlights", id="dear-inside-a-name"),
    ],
)
def test_label_beside_salutation_stays_a_heading(line: str) -> None:
    assert _kind_of(LETTER.format(line=line), line) == "heading"


# --- the release's place and date again, on a line of its own (xr_wire_prkarma_1) ------------------------

PLACE_DATE = (
    "# Canadian RV Association Celebrates 50 Years of Leadership in 2025\n\n"
    "BURLINGTON, ON / PR Karma / February 11, 2025 15:20\n\n FOR IMMEDIATE RELEASE\n\n {line}\n\n"
    " The Canadian Recreational Vehicle Association (CRVA) proudly marks its 50th anniversary in 2025, celebrating"
    " five decades of advocacy.\n\n CRVA was formed in 1975 by a group of dedicated industry leaders.\n"
)


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("Burlington, ON – February 11th, 2025", id="xr_wire_prkarma_1"),
        pytest.param("Toronto, Ontario - March 3, 2026", id="place-region-hyphen"),
    ],
)
def test_place_and_date_line_is_no_heading(line: str) -> None:
    assert _kind_of(PLACE_DATE.format(line=line), line) != "heading"


@pytest.mark.parametrize(
    "line",
    [
        # An event's name over its story stays a heading; so does a title naming a year.
        pytest.param("Annual Leadership Summit Returns to Burlington", id="event-name"),
        pytest.param("Fifty Years of Advocacy – 1975 to 2025", id="title-with-years"),
    ],
)
def test_title_beside_place_date_stays_a_heading(line: str) -> None:
    assert _kind_of(PLACE_DATE.format(line=line), line) == "heading"


# --- the first section under a colon, its siblings past a short second paragraph (xd_da_sd_1) ------------

SECTIONS = (
    "The District Attorney today honored six brave people with a Citizens of Courage Award.\n"
    "This year’s Citizens of Courage recipients are:\n"
    "DONNA COOPER\n"
    "Victimized by an unlicensed dentist, Donna suffered significant injuries that required repeated surgeries.\n"
    "{second}"
    "DYLAN GRAHAM\n"
    "After he and his student were kidnapped at gunpoint, this high school coach acted with extraordinary courage.\n"
    "Watch Dylan’s story here.\n"
)


def test_first_section_under_colon_past_a_second_paragraph() -> None:
    text = SECTIONS.format(second="Watch Donna’s story here.\n")
    assert _kind_of(text, "DONNA COOPER") == "heading"
    assert _kind_of(text, "DYLAN GRAHAM") == "heading"


def test_names_in_a_row_under_colon_are_no_sections() -> None:
    # Items under a colon stand in a row: no paragraph between them.
    text = (
        "The District Attorney today honored six brave people.\n\nThis year’s recipients are:\n"
        "DONNA COOPER\nDYLAN GRAHAM\nMARK LOPEZ\n\nThe District Attorney thanked them all for their courage today."
    )
    assert _kind_of(text, "DONNA COOPER") != "heading"


def test_first_section_too_far_from_its_sibling() -> None:
    # Three paragraphs before the next name: the line under the colon stays what the list rules make it.
    text = SECTIONS.format(second="Watch Donna’s story here.\nShe testified at trial.\n")
    assert _kind_of(text, "DONNA COOPER") != "heading"
