"""Noise rules written from real releases the parser had not seen (session 19, round 4: US Senate, wires).

Positives are minimal texts of the convention (cut from xi_senate_inhofe_1, xi_senate_mccain_1,
xi_senate_landrieu_1, xi_senate_levin_1, xi_wire_pressservices_1, xh_wire_evertise_1); negatives beside them are
the nearest texts the rule must leave alone.
"""

from __future__ import annotations

import pytest

from pressparse import NoiseKind as K
from pressparse import clean, parse
from tests.test_noise_s18 import AFTER, STORY, _body, _noise

# --- the NewsRamp syndication note (xh_wire_evertise_1) ----------------------------------------------------------
RELIED = (
    "This news story relied on content distributed by None. Blockchain Registration, Verification & Enhancement "
    "provided by NewsRamp. The source URL for this press release is ERZIA Strengthens U.S. Market Presence with "
    "ACETEC Partnership in California."
)


class TestNewsRampNote:
    """NewsRamp's ``This news story relied on content distributed by ...`` line, like its ``amplified by`` line."""

    def test_note_is_noise(self) -> None:
        """The note over the ``amplified by`` line is furniture; the story stays."""
        text = f"{STORY}\n\n{RELIED}\n\nThis article has been amplified by NewsRamp in collaboration with Evertise Studios."
        assert _noise(text) == [
            ("boilerplate", RELIED),
            ("boilerplate", "This article has been amplified by NewsRamp in collaboration with Evertise Studios."),
        ]
        assert _body(text) == [STORY]

    @pytest.mark.parametrize(
        "line",
        [
            pytest.param("This story relied on police records and interviews with the victims.", id="no-distributor"),
            pytest.param("The news story relied on content distributed by the county.", id="not-the-template-opening"),
        ],
    )
    def test_negative(self, line: str) -> None:
        """A sentence about what a story relied on is the author's."""
        assert [] == _noise(f"{STORY}\n\n{line}\n\n{AFTER}\n")


# --- Senate archive widgets in the newline layout (xi_senate_inhofe_1, xi_senate_mccain_1) -------------------------
INHOFE = (
    "\n\n\nUnited States Senator James Inhofe : Press Room\n\n\n\nPress Room - Press Releases\n\n\nFilter by:\n\n"
    "\t\t\n\t\t\n\nContacts:  202-224-9797 202-224-8260\nFebruary 1, 2005\n"
    "WASHINGTON--U.S. Sen. James M. Inhofe (R-Okla.) introduced his Flu Vaccine Incentive Act (S. 96), which would "
    "encourage flu vaccine production. \n"
    "Senator Inhofe introduced similar legislation (S. 2997) last year in the 108th Congress.\n\n\n"
    "Browse by:\n\n\n \n\n \nCurrent record\n\n\n \n\n"
    " | \n\t\t | \n\t\t | \n\t\t\n\n | \n\n | \n\n\n"
)


class TestSenateWidgets:
    """``Filter by:``, ``Browse by:``, ``Current record``, a month's archive label, and the footer's lone ``|``."""

    def test_inhofe_page(self) -> None:
        """Every widget label and separator is furniture; the page title and its section title too."""
        doc = parse(INHOFE)
        found = [(n.kind.value, n.text.strip()) for n in doc.noise if n.kind is not K.WHITESPACE]
        assert found == [
            ("navigation", "United States Senator James Inhofe : Press Room"),
            ("navigation", "Press Room - Press Releases"),
            ("boilerplate", "Filter by:"),
            ("boilerplate", "Browse by:"),
            ("boilerplate", "Current record"),
            *[("boilerplate", "|")] * 5,
        ]
        assert [b.text[:9] for b in doc.body] == ["U.S. Sen.", "Senator I"]
        assert not any(m.kind.value in ("title", "subtitle") for m in doc.meta)

    def test_archive_month_line(self) -> None:
        """``July 2007 Press Releases`` alone on a line is the archive box's label."""
        assert _noise(f"{STORY}\n\nJuly 2007 Press Releases\n\n{AFTER}\n") == [
            ("boilerplate", "July 2007 Press Releases")
        ]

    @pytest.mark.parametrize(
        "line",
        [
            pytest.param("Browse by topic to find the program that fits your family.", id="browse-sentence"),
            pytest.param("The current record of the defendant was read in court.", id="current-record-sentence"),
            pytest.param("Filter by: county, year and type of offence", id="filter-with-fields"),
            pytest.param("July 2007 Press Releases were sent to every county office.", id="archive-month-sentence"),
            pytest.param("| Name | Role |", id="table-row"),
        ],
    )
    def test_negative(self, line: str) -> None:
        """The same words in a sentence, a label with its fields, a table row: kept."""
        assert [] == _noise(f"{STORY}\n\n{line}\n\n{AFTER}\n")


class TestSiteTitle:
    """A Senate page title made only of the site's name and section names, before the story."""

    def test_headline_with_the_senator_stays(self) -> None:
        """``Senator Inhofe : Flu Vaccine Act Passes`` is a headline: the title."""
        doc = parse(f"Senator Inhofe : Flu Vaccine Act Passes\n\n{STORY}\n\n{AFTER}\n")
        assert [(m.kind.value, m.text) for m in doc.meta] == [("title", "Senator Inhofe : Flu Vaccine Act Passes")]
        assert [] == _noise(f"Senator Inhofe : Flu Vaccine Act Passes\n\n{STORY}\n\n{AFTER}\n")

    @pytest.mark.parametrize(
        "line",
        [
            pytest.param("Press Room - Inhofe Introduces Flu Vaccine Bill", id="section-and-headline"),
            pytest.param("United States Senator James Inhofe : Flu Vaccine Act Passes Senate", id="owner-and-headline"),
        ],
    )
    def test_negative(self, line: str) -> None:
        """A part that is neither a section name nor the site's name: a headline, kept."""
        assert [] == _noise(f"{line}\n\n{STORY}\n\n{AFTER}\n")

    def test_after_the_story(self) -> None:
        """After the story's first line the same words are not the page title's (a related link, kept)."""
        assert [] == _noise(f"{STORY}\n\nPress Room - Press Releases\n\n{AFTER}\n")

    def test_owner_and_section(self) -> None:
        """``U.S. Senator Jane Roe | Newsroom`` over the story: the site's page title."""
        assert _noise(f"U.S. Senator Jane Roe | Newsroom\n\n{STORY}\n\n{AFTER}\n") == [
            ("navigation", "U.S. Senator Jane Roe | Newsroom")
        ]


# --- one-line Senate pages (xi_senate_landrieu_1, xi_senate_levin_1, xi_senate_mccain_1) ----------------------------
LONG = (STORY + "  ") * 4
LANDRIEU = (
    "Landrieu Comments Following Iraq Meeting with President         FOR IMMEDIATE RELEASE  01 05 2007    "
    "Landrieu Comments Following Iraq Meeting with President     WASHINGTON    U S  Senator Mary L  Landrieu  D La   "
    "released the following statement today after meeting with President Bush  Vice President Cheney  Secretary of "
    "State Rice and a bipartisan group of senators to discuss U S  military strategy in Iraq  Sen  Landrieu said   "
    "Let me be clear  I support giving our commanders in the field whatever tools they need to complete their mission "
    "and bring our troops home as quickly and safely as possible                 "
)
H = "Levin  Stabenow Seek Greater Authority for USDA to Fight Viral Hemorrhagic Septicemia"
LEVIN = (
    "    09 12 2007   " + H + " " * 40 + "Senator Carl Levin  News Release              FOR IMMEDIATE RELEASESeptember "
    "12  2007 Contact  Press OfficePhone  202 228 3685      " + H + " " * 40 + "WASHINGTON     Determined to prevent "
    "viral hemorrhagic septicemia  VHS   a deadly fish disease  from spreading in the Great Lakes  Senator Carl Levin  "
    "D Mich   and Senator Debbie Stabenow  D Mich   joined eight of their colleagues in a bipartisan letter to the "
    "Senate Agriculture Committee asking for more authority for the Department of Agriculture to fight the virus in "
    "the Great Lakes states           The letter was sent on Tuesday      "
)


class TestOneLineSenatePages:
    """Chrome and copies in the header of a one-line (punctuation-stripped) Senate page."""

    def test_senator_with_party_tag_then_verb_is_the_story(self) -> None:
        """``U S  Senator Mary L  Landrieu  D La   released ...``: the story's subject, kept; the title's copy goes."""
        doc = parse(LANDRIEU)
        assert [(n.kind.value, n.text) for n in doc.noise if n.kind is not K.WHITESPACE] == [
            ("repeated_line", "Landrieu Comments Following Iraq Meeting with President")
        ]
        assert " ".join(doc.body[0].text.split()).startswith("U S Senator Mary L Landrieu D La released")
        again = parse(doc.text)
        assert [(b.kind, b.text) for b in again.body] == [(b.kind, b.text) for b in doc.body]
        assert clean(clean(LANDRIEU)) == clean(LANDRIEU)

    def test_letterhead_then_capital_stays_chrome(self) -> None:
        """The site name followed by a capital (the letterhead over the story) is chrome still."""
        text = f"   Energy Bill Passes   U S  Senator Mary L  Landrieu  D La          Barack Obama   {LONG}"
        assert ("navigation", "U S Senator Mary L Landrieu D La") in _noise(text)

    def test_levin_header(self) -> None:
        """``Senator Carl Levin  News Release`` is the letterhead; the headline's second copy is a repeat."""
        assert _noise(LEVIN) == [
            ("navigation", "Senator Carl Levin News Release"),
            ("repeated_line", " ".join(H.split())),
        ]
        assert not any(m.kind.value == "subtitle" for m in parse(LEVIN).meta)

    def test_copy_after_the_story_stays(self) -> None:
        """The headline's words again once the story's first long segment has passed: the author's."""
        text = "   " + H + "     " + LONG + "     " + H + "     " + LONG
        assert [] == [f for f in _noise(text) if f[0] == "repeated_line"]

    def test_segment_opening_with_the_headline_stays(self) -> None:
        """A segment that only opens with the headline's words is not its copy."""
        text = "   " + H + "     Senator Carl Levin  D Mich   " + H + " and more     " + LONG
        assert [] == [f for f in _noise(text) if f[0] == "repeated_line"]

    def test_label_after_the_story_stays(self) -> None:
        """``Senator Carl Levin  News Release`` after the story's first long segment is not the letterhead."""
        text = f"   {H}   {LONG}{LONG}   Senator Carl Levin  News Release   {LONG}"
        assert [] == _noise(text)

    def test_archive_month_segment(self) -> None:
        """``January 2006 Press Releases`` set apart by wide runs is chrome, anywhere on the line."""
        text = f"   TITLE OF THE STATEMENT   {LONG}" + " " * 40 + "January 2006 Press Releases           Browse by   "
        found = [t for _, t in _noise(text)]
        assert found == ["January 2006 Press Releases", "Browse by"]

    def test_archive_month_in_a_sentence_stays(self) -> None:
        """The same words with one or two spaces around them are story text."""
        text = f"   TITLE OF THE STATEMENT   {LONG} The January 2006 Press Releases  were archived   {LONG}"
        assert [] == _noise(text)


# --- the template's subtitle copy glued to the story (xi_wire_pressservices_1) -------------------------------------
SUB = "Nextlink Fiber internet bringing fiber internet to an additional 2,500 homes and businesses in Mineral Wells"
PRESS_SERVICES = (
    "# Nextlink Expanding Fiber Broadband Service in Mineral Wells, Texas\n\n"
    f"{SUB}\n\n Hudson Oaks, United States - January 27, 2025 / Tent Apps /\n\n"
    f" {SUB}HUDSON OAKS, Texas – Nextlink Internet announced today that construction is underway to expand their "
    "current Fiber Internet Network in Mineral Wells, Texas.\n\n"
    "Nextlink plans to deploy fiber broadband at data speeds up to symmetrical 2 gigabits per second this year.\n"
)


class TestGluedSubtitleCopy:
    """A headline line's copy glued to the story's first word, near the top of the page."""

    def test_copy_is_noise(self) -> None:
        """The copy goes; the first paragraph opens at the glued capital; the subtitle stays meta."""
        doc = parse(PRESS_SERVICES)
        assert ("repeated_line", SUB) in [(n.kind.value, n.text) for n in doc.noise]
        assert doc.body[0].text.startswith("HUDSON OAKS, Texas – Nextlink")
        assert ("subtitle", SUB) in [(m.kind.value, m.text) for m in doc.meta]
        again = parse(doc.text)
        assert [(b.kind, b.text) for b in again.body] == [(b.kind, b.text) for b in doc.body]

    @pytest.mark.parametrize(
        "rest",
        [
            pytest.param(" was announced today by the company's chief executive.", id="space-after"),
            pytest.param("side, and more towns will follow this year.", id="lower-case-after"),
        ],
    )
    def test_negative(self, rest: str) -> None:
        """The headline's words going on with a space or in lower case: the author's sentence, whole."""
        text = f"{SUB}\n\n{SUB}{rest}\n\n{AFTER}\n"
        assert [] == [f for f in _noise(text) if f[0] == "repeated_line"]

    def test_far_down_stays(self) -> None:
        """Past the page's first lines the rule does not look."""
        lines = "\n\n".join(f"Paragraph {n} of the story ends here." for n in range(8))
        text = f"{SUB}\n\n{STORY}\n\n{lines}\n\n{SUB}HUDSON OAKS, Texas – It went on.\n"
        assert [] == [f for f in _noise(text) if f[0] == "repeated_line"]
