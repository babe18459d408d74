"""Noise, session 18: furniture classes found in 78 real releases the parser had never seen.

Method. Each fix was written test-first from the real minimal case (``/tmp/w/s18/ext``
repro_ex5..8, the file named beside each row), with the text of the same shape that is the
author's beside it as a negative: a long CMS site map printed as text (the Los Angeles County
DA's pages: menus, sidebar address, month archive, Google Translate's languages and logo), the
scraper's ``None`` stand-in opening a DOJ text or set between two sentences by one space, a
link's label ("Click here" / "for full press release.", "[WATCH NEWS CONFERENCE HERE]"), a
breadcrumb's headline copy cut with "...", IBN's brand tagline and a Senate page's room number.
"""

from __future__ import annotations

from typing import Any

import pytest

from pressparse import NoiseKind, parse

STORY = "Police chiefs from the region met in Lyon on Monday to discuss organised crime in the region."
AFTER = "The meeting ended with a joint declaration on cooperation and information sharing."
LEAD = "LOS ANGELES — A jury today found Clifford Chaun Loyer guilty on all counts of murder in downtown Los Angeles."
LAST = "The case was investigated by the Los Angeles Police Department."

K = NoiseKind


def _noise(text: str) -> list[tuple[str, str]]:
    return [(n.kind.value, " ".join(n.text.split())) for n in parse(text).noise if n.kind is not K.WHITESPACE]


def _body(text: str) -> list[str]:
    return [b.text for b in parse(text).body]


def _case(text: str, *expected: tuple[NoiseKind, str], case_id: str) -> Any:
    return pytest.param(text, [(k.value, t) for k, t in expected], id=case_id)


# --- long menus (x5_da_la_ms13, x5_da_la_loyer, x5_da_la_taylor) ------------------------------------------------
# The real lines of the Los Angeles County DA's template, cut to a third: the header with its text-size widget,
# the menu with its sub-items, the sidebar's press-office address, the month archive.
LA_NAV = (
    "Skip to main content\nLos Angeles County District Attorney's Office\nA\nA\nA\nlacounty.gov\nContact Us\n"
    "Text Only\nHome\nAbout LADA\nMeet the DA\nMission Statement\nOffice Overview\nVictims\nVictim Services\n"
    "Victims' Rights\nFinancial Assistance\nMedia\nNews Releases & Advisories\nMedia Resources\nCommunity\n"
    "Fraud Alerts\nContact\nEmployment\nEmail\nMedia Relations\n211 West Temple Street\nSuite 1200\n"
    "Los Angeles, CA 90012\nPhone:\n(213) 257-2000\nEmail:\nmedia@da.lacounty.gov\nNews Releases\n2026\n"
    "January\nFebruary\nMarch\nYears\n2025\n2026\nNews Releases\nSearch form\nSearch\n"
)
# The footer: its links, Google Translate's languages in English and its logo one letter a line.
LA_FOOT = (
    "Links:\nEmployment\nPublic Data\nSite Map\nPrivacy Policy\nSelect Language\nEnglish\nAfrikaans\nAlbanian\n"
    "Arabic\nChinese (Simplified)\nChinese (Traditional)\nCroatian\nCzech\nDanish\nHaitian Creole\nWelsh\n"
    "Yiddish\nPowered by\nG\no\no\ng\nl\ne\nTranslate\nDo You Need Help?\nL.A. County Home\nLA County Helps\n"
    "© 2025 Los Angeles County District Attorney’s Office.\n"
)
# Short lines outside the story that are the author's: a list under its colon line, names with no menu word.
AGENCIES = (
    "The following agencies assisted in the investigation:\nLos Angeles Police Department\nSanta Monica Police\n"
    "Burbank Police\nGlendale Police\nPasadena Police\nLong Beach Police\nCompton Police\nDowney Police\n"
    "Torrance Police\nInglewood Police\nHawthorne Police\nCarson Sheriff Station\nMedia Relations\nContact Us\nHome\n"
)
NAMES = (
    "Maria Lopez\nJames Carter\nAnna Kim\nDavid Brown\nLinda Park\nRobert Chen\nSusan Diaz\nPeter Nolan\n"
    "Karen Wu\nMark Ellis\nNina Patel\nOscar Ruiz\nMedia\nHome\nContact\n"
)


class TestLongMenu:
    def test_site_map_above_and_footer_below_are_noise(self) -> None:
        """The whole site map above the story and the footer under it are noise; the story stays."""
        assert _body(LA_NAV + LEAD + "\n" + LAST + "\n" + LA_FOOT) == [LEAD.split("— ")[1], LAST]

    def test_every_menu_line_is_noise(self) -> None:
        """The address, the widget's letters, the archive and the logo's letters are claimed with the menu."""
        found = [text for _, text in _noise(LA_NAV + LEAD + "\n" + LA_FOOT)]
        for line in ("A", "lacounty.gov", "211 West Temple Street", "(213) 257-2000", "January", "Search form"):
            assert line in found
        for line in ("Links:", "Afrikaans", "Chinese (Simplified)", "G", "o", "e", "Do You Need Help?"):
            assert line in found

    def test_no_false_meta_from_the_menu(self) -> None:
        """'About LADA', 'Contact' / 'Employment' and the sidebar address are no about or contact meta."""
        assert [m.kind.value for m in parse(LA_NAV + LEAD + "\n" + LAST + "\n").meta] == []

    def test_rendering_is_stable(self) -> None:
        """SPEC 5: the sidebar address reads the same once blank lines part the blocks (la_menu_spec5)."""
        doc = parse(LA_NAV + LEAD + "\n" + LAST + "\n")
        assert [(b.kind, b.text) for b in parse(doc.text).body] == [(b.kind, b.text) for b in doc.body]
        assert parse(doc.text).text == doc.text

    def test_short_headline_under_the_menu_stays(self) -> None:
        """Above the story only the lines from the first known menu word to the last go."""
        doc = parse(LA_NAV + "Jury Convicts Man of Two Murders\n" + LEAD + "\n" + LAST + "\n")
        assert "Jury Convicts Man of Two Murders" in [m.text for m in doc.meta] + [b.text for b in doc.body]

    @pytest.mark.parametrize(
        "tail",
        [
            pytest.param(AGENCIES, id="list-under-colon-line"),
            pytest.param(NAMES, id="names-with-few-menu-words"),
        ],
    )
    def test_author_lists_stay(self, tail: str) -> None:
        """A long run of short lines under a colon line, or with under one in ten known menu words, stays."""
        body = _body(f"{STORY}\n{AFTER}\n{tail}")
        assert "Santa Monica Police" in body or "Anna Kim" in body

    def test_language_names_alone_stay(self) -> None:
        """English language names with no picker label are the author's ("French" may head a section)."""
        assert _noise(f"{STORY}\nSpanish\nFrench\nGerman\n{AFTER}") == []

    def test_language_names_under_the_label_are_noise(self) -> None:
        """Under "Select Language", Google Translate's English names are the picker."""
        assert _noise(f"{STORY}\n{AFTER}\nSelect Language\nEnglish\nAfrikaans\nAlbanian\n") == [
            ("navigation", "Select Language"),
            ("navigation", "English"),
            ("navigation", "Afrikaans"),
            ("navigation", "Albanian"),
        ]


# --- the scraper's None stand-in (x6_doj_r08650, x6_doj_r12140, x5_doj_r01360) ----------------------------------
NONE_DEV = [
    _case(
        "NoneIn Los Angeles, Jin Zhao Feng was arrested last night.A search of his luggage turned up cash.",
        (K.SCRAPER_ARTEFACT, "None"),
        case_id="leading-glued",
    ),
    _case(
        "None  According to court records, Rubinstein filed a false tax return for 2004.",
        (K.SCRAPER_ARTEFACT, "None"),
        case_id="leading-two-spaces",
    ),
    _case(
        "McNeil pleaded guilty to five counts of solicitation. None Terrence McNeil will be held accountable.",
        (K.SCRAPER_ARTEFACT, "None"),
        case_id="one-space-between-sentences",
    ),
]
NONE_NEGATIVE = [
    pytest.param("None of the defendants appeared in court on Monday, the office said.", id="none-of"),
    pytest.param("Nonetheless, the court denied the motion to dismiss the charges.", id="nonetheless"),
    pytest.param("None Injured in Crash\n\nNo one was hurt when the truck hit the wall, police said.", id="headline"),
    pytest.param(f"{STORY} None were injured in the raid, police said.", id="none-were"),
    pytest.param(f"{STORY}\n\nAsked who helped? None Smith could name.\n\n{AFTER}\n", id="after-question-mark"),
]


class TestNoneStandIn:
    @pytest.mark.parametrize(("text", "expected"), NONE_DEV)
    def test_dev(self, text: str, expected: list[tuple[str, str]]) -> None:
        """The stand-in is noise, and the text around it breaks there."""
        assert expected == _noise(text)
        assert all(not b.startswith("None") and " None " not in b for b in _body(text))

    @pytest.mark.parametrize("text", NONE_NEGATIVE)
    def test_negative(self, text: str) -> None:
        """The word "None" in the author's sentences stays."""
        assert [] == _noise(text)

    def test_one_space_none_parts_paragraphs(self) -> None:
        """x5_doj_r01360: two paragraphs, the stand-in between them."""
        text = "He pleaded guilty to five counts of solicitation. None Terrence McNeil will be held accountable. None"
        assert len(_body(text)) == 2


# --- link labels, copies, taglines (x6_da_orange_2/3, x6_da_sd_1/2/3, x8_wire_ibn_2, x8_senate_thune_1) -------
SENATE = (
    "Thune Testifies in Favor of His Bill                July 12th  2007   Washington  D C    Senator John Thune "
    "testified today at a hearing on his bill  S  824     This bill will allow for the completion of a memorial   "
    "said Thune"
)
DEV = [
    _case(
        f"SANTA ANA – {STORY}\n{AFTER}\nClick here\nfor full press release.\n###\n",
        (K.BOILERPLATE, "Click here"),
        (K.BOILERPLATE, "for full press release."),
        case_id="click-here-full-release",
    ),
    _case(
        f"{STORY}\n[WATCH NEWS CONFERENCE HERE]\n{AFTER}\n",
        (K.BOILERPLATE, "[WATCH NEWS CONFERENCE HERE]"),
        case_id="bracketed-link-label",
    ),
    _case(
        "Capital One to Pay $2 Million to Settle Suit for Unlawful Debt Collection Practices - DA NewsCenter\n"
        f"Capital One to Pay $2 Million to Settle Suit for Unlawful Debt Collection...\n{STORY}\n{AFTER}\n",
        (K.REPEATED_LINE, "Capital One to Pay $2 Million to Settle Suit for Unlawful Debt Collection..."),
        case_id="truncated-headline-copy",
    ),
    _case(
        f"{STORY}\n\n {AFTER}\n\n TechMediaWire is powered by IBN \n",
        (K.BOILERPLATE, "TechMediaWire is powered by IBN"),
        case_id="ibn-tagline",
    ),
    _case(f"{SENATE}{' ' * 120}SR 493{' ' * 40}", (K.NAVIGATION, "SR 493"), case_id="senate-room-number"),
]
NEGATIVE = [
    pytest.param(f"{STORY}\nClick here\nto register for the town hall.\n{AFTER}", id="click-here-other-link"),
    pytest.param(f"{STORY}\n[REDACTED]\n{AFTER}", id="bracketed-capitals-no-link-word"),
    pytest.param(f"{STORY}\n[Watch the news conference here]\n{AFTER}", id="bracketed-sentence-case"),
    pytest.param(
        f"Harborline Opens New Plant\n{STORY}\nRead how the plant came to be built in only nine months...\n{AFTER}",
        id="ellipsis-line-no-copy",
    ),
    pytest.param(f"{STORY}\nThe platform is powered by IBN technology, the company said.\n", id="powered-by-sentence"),
    pytest.param(f"{SENATE} in room SR 493", id="room-in-sentence"),
]


class TestLinkLabelsAndTaglines:
    @pytest.mark.parametrize(("text", "expected"), DEV)
    def test_dev(self, text: str, expected: list[tuple[str, str]]) -> None:
        """The furniture is noise of its kind."""
        assert expected == [n for n in _noise(text) if n[1] != "###"]

    @pytest.mark.parametrize("text", NEGATIVE)
    def test_negative(self, text: str) -> None:
        """The author's text with the same shape is no noise."""
        assert [] == _noise(text)

    @pytest.mark.parametrize("text", [pytest.param(row.values[0], id=row.id) for row in DEV + NONE_DEV])
    def test_rendering_is_stable(self, text: str) -> None:
        """A second clean removes nothing more."""
        once = parse(text).text
        assert once == parse(once).text


# --- captions: a headshot's name/role line under a markdown image (x7_wire_noticias_2, the wire_031 rule) --------
IMAGE = "![Houston Lawyer Hector Sandoval](https://example.com/wp-content/uploads/sandoval.jpg)"
NAME = (
    "[Héctor L. Sandoval](https://example.com/attorney/) Founding Attorney at [Sandoval Law Firm](https://example.com/)"
)
REST = "To assist families in understanding their legal options, the firm has published a guide."


class TestNameRoleCaption:
    def test_name_role_line_under_image_is_caption(self) -> None:
        """The linked name, its role and the linked firm are the caption; the text glued after is the story."""
        doc = parse(f"{STORY}\n\n “We will help every family.”{IMAGE}\n\n {NAME} {REST}\n")
        assert [c.text for c in doc.captions] == ["Héctor L. Sandoval Founding Attorney at Sandoval Law Firm"]
        assert doc.body[-1].text == REST
        once = doc.text
        assert parse(once).text == once

    @pytest.mark.parametrize(
        "text",
        [
            pytest.param(
                f"{STORY}\n\n{IMAGE}\n\n[Jane Roe](https://example.com/) said the firm will help. {REST}\n",
                id="name-in-sentence",
            ),
            pytest.param(f"{STORY}\n\n{NAME} {REST}\n", id="no-image-above"),
        ],
    )
    def test_negative(self, text: str) -> None:
        """A linked name in a sentence, or a name/role line with no image over it, stays in the story."""
        assert parse(text).captions == ()


# --- Miami-Dade's Related Posts footer under a story broken around its links (x6_da_miami_3) ---------------------
MIAMI = (
    "Miami, Florida\n: The State Attorney will hold a press conference regarding the arrest of former\n"
    "Hialeah Police Chief Sergio Velazquez\n.\nWHAT:\nPress Conference\n#####\n"
    "For further information, please contact Ed Griffith, Public Information Officer, at\n(305) 547-0535\n"
)
RELATED = "Related Posts\nNews\nPress Release\nMEDIA ADVISORY: Press Conference on the HOA Theft Case\nRead More\n"


class TestRelatedPostsAfterBrokenStory:
    def test_footer_is_noise(self) -> None:
        """A long line left open whose sentence ends two lines under it is the story: the footer after is noise."""
        body = _body(MIAMI + RELATED + "April 30, 2026\nModal Example\n")
        assert "Related Posts" not in body
        assert "Modal Example" not in body

    def test_heading_over_the_story_stays(self) -> None:
        """With no broken sentence above it, a related heading over the story claims nothing."""
        text = f"We use cookies.\n\nRelated News\n\n{STORY}\n\n{AFTER}\n"
        assert _body(text)[-2:] == [STORY, AFTER]


# --- Brooklyn's defendant lines split at a superscript ordinal (x5_da_kings_target) ----------------------------
ADDENDUM = (
    "DEFENDANT ADDENDUM:\nMatthew McQueen, 25, 959 East 100\nth\nStreet, Canarsie, Brooklyn. Released without bail.\n"
    "Neon Orridge, 21, 939 East 100\nth\nStreet, Canarsie, Brooklyn. Released without bail.\n"
)


class TestOrdinalSplitIsNoCopy:
    def test_addresses_ending_alike_stay(self) -> None:
        """The line under an ordinal's suffix goes on with its address: no repeat."""
        assert _noise(ADDENDUM) == []
        assert "Neon Orridge, 21, 939 East 100 th Street, Canarsie, Brooklyn. Released without bail." in _body(ADDENDUM)

    def test_line_printed_twice_in_a_row_is_still_a_copy(self) -> None:
        """The same line printed twice with no ordinal over it is a repeat."""
        line = "Street, Canarsie, Brooklyn. Released without bail."
        assert _noise(f"{STORY}\n{line}\n{line}\n{AFTER}") == [("repeated_line", line)]


def test_spaced_none_in_a_later_line_is_a_table_cell() -> None:
    """Only the text's first line loses a spaced leading "None": later, "None  Yes" may be a table's cells."""
    assert _noise(f"{STORY}\nNone  Yes  No\n{AFTER}") == []
    assert _noise(f"{STORY}\nNoneIn Lyon, the chiefs met again on Tuesday.") == [("scraper_artefact", "None")]


# ===============================================================================================================
# Round 2 (/tmp/w/s18/ext2, repro_exA/B/C): headline copies, a tag ending in a stop, Senate chrome, wire lines.
# ===============================================================================================================

# --- headline copies (xa_da_sd_2, xa_da_orange_2, xa_da_miami_2) ---------------------------------------------
SD_TITLE = "DA Files Hate Crime - DA NewsCenter\n"
SD_TRAILER = "2021-12-27 17:00:20\n2022-01-07 09:08:25\nDA Files Hate Crime\nRecent News\n"
ORANGE_TITLE = (
    "35-YEAR-OLD MAN ARRAIGNED FOR ATTEMPTING TO MEET FAKE 13-YEAR-OLD GIRL FOR SEX AFTER MEETING ON CRAIGSLIST"
)
ORANGE_PAGE = (
    f"{ORANGE_TITLE} - Orange County District Attorney\nSkip to content\nFor Immediate Release\nJanuary 13, 2012\n"
    "35-YEAR-OLD MAN ARRAIGNED FOR\nATTEMPTING TO MEET FAKE13-YEAR-OLD GIRL FOR SEX AFTER MEETING ON CRAIGSLIST\n"
    "WESTMINSTER – A 35-year-old man was arraigned today for attempting to meet a fake 13-year-old girl.\n"
)
MIAMI_TITLE = (
    "MEDIA ADVISORY: Press Conference Condo President Charged in Aventura Condo Association Thefts - Office of "
    "Miami-Dade State Attorney Katherine Fernandez Rundle\nNews\nPress Release\nAdmin | October 1, 2024\n"
    "for immediate release\n"
)
MIAMI_REST = (
    "Miami, Florida\n, State Attorney Katherine Fernandez Rundle will hold a press conference to announce the "
    "arrest.\nWHO:\nState Attorney Katherine Fernandez Rundle\n"
)


class TestHeadlineCopiesRound2:
    def test_short_copy_of_the_page_title_is_a_repeat(self) -> None:
        """A copy under 20 characters of the page title (its site suffix cut) is a copy all the same."""
        text = f"{SD_TITLE}{STORY}\n\n{AFTER}\n{SD_TRAILER}"
        assert ("repeated_line", "DA Files Hate Crime") in _noise(text)
        assert _body(text) == [STORY, AFTER]

    def test_short_title_of_two_words_is_no_template(self) -> None:
        """Two words of a page title ("Fraud Alert") may head a section: a heading of the same words stays."""
        text = f"Fraud Alert - Acme County\n{STORY}\nFraud Alert\n{AFTER}\n"
        assert "Fraud Alert" in _body(text)

    def test_first_line_ending_a_sentence_is_no_page_title(self) -> None:
        """A dateline and a short story sentence on the first line: the place under it is no copy."""
        text = f"SAN LUIS OBISPO - Acme opens a plant.\n{STORY}\n\nMedia contact:\nSan Luis Obispo\n"
        assert not any(t == "San Luis Obispo" for _, t in _noise(text))

    def test_short_line_with_no_page_title_over_it_stays(self) -> None:
        """Without a site suffix the first line is the headline, not a page title: a short line like it stays."""
        text = f"Hate Crimes Filed\n{STORY}\nHate Crimes Filed\n{AFTER}\n"
        assert "Hate Crimes Filed" in _body(text)

    def test_wrapped_copy_differing_by_a_space_is_one_copy(self) -> None:
        """``FAKE13`` for ``FAKE 13``: the wrapped headline is one copy, compared with the spaces left out."""
        doc = parse(ORANGE_PAGE)
        assert ("repeated_line", ORANGE_TITLE.replace("FAKE 13", "FAKE13")) in _noise(ORANGE_PAGE)
        assert not any(m.kind.value == "subtitle" for m in doc.meta)

    def test_wrapped_lines_differing_by_a_word_are_no_copy(self) -> None:
        """A word more or less is another headline: the wrapped lines are not noise."""
        text = ORANGE_PAGE.replace("FAKE13-YEAR-OLD GIRL", "FAKE 14-YEAR-OLD GIRL")
        assert not any(t.startswith("ATTEMPTING") for _, t in _noise(text))

    def test_tail_of_the_page_title_before_the_story_is_a_copy(self) -> None:
        """The page title without its ``MEDIA ADVISORY: Press Conference`` opening, over the story, is a copy."""
        line = "Condo President Charged in Aventura Condo Association Thefts"
        text = f"{MIAMI_TITLE}{line}\n{MIAMI_REST}"
        assert ("repeated_line", line) in _noise(text)
        assert not any(line in b for b in _body(text))

    @pytest.mark.parametrize(
        "line",
        [
            pytest.param("Association Thefts", id="three-words-or-less"),
            pytest.param("Condo President Charged in Aventura", id="not-the-end-of-the-title"),
        ],
    )
    def test_short_tail_or_middle_of_the_title_stays(self, line: str) -> None:
        """A tail of three words or less, or words from the title's middle, are no headline copy."""
        assert not any(t == line for _, t in _noise(f"{MIAMI_TITLE}{line}\n{MIAMI_REST}"))

    def test_tail_ending_a_wrapped_sentence_stays(self) -> None:
        """Under a long line left open, the title's last words end the author's sentence (x6_da_miami_3)."""
        line = "Condo President Charged in Aventura Condo Association Thefts"
        rest = MIAMI_REST.replace("announce the arrest.", "discuss the arrest of the\n" + line + "\n.")
        assert not any(t == line for _, t in _noise(f"{MIAMI_TITLE}{rest}"))

    def test_tail_of_the_title_after_the_story_stays(self) -> None:
        """In the story the same words are the author's (a heading naming the case)."""
        line = "Condo President Charged in Aventura Condo Association Thefts"
        text = f"{MIAMI_TITLE}{MIAMI_REST}{STORY}\n{line}\n{AFTER}\n"
        assert line in _body(text)


# --- a tag ending in a stop (xa_da_orange_1) --------------------------------------------------------------------
TAGS = "Tagged with:\nCharles Bonner\nDr. Howard Oliver\nDr. Ismael Geli Silva Jr.\nDr. Ismael Silva Sr.\nFraud\nTanya King\n"


class TestTagEndingInStop:
    def test_name_ending_in_abbreviation_is_a_tag(self) -> None:
        """``Jr.`` / ``Sr.`` close a name, not a sentence: the tags run on to ``Share``."""
        assert _body(f"{STORY}\n{TAGS}Share\nLatest Posts\n") == [STORY]

    def test_sentence_under_the_tags_ends_them(self) -> None:
        """A sentence (words in lower case, a stop) under the tags is the author's."""
        line = "He was held on $1 million bail."
        assert _body(f"{STORY}\nTagged with:\nCharles Bonner\n{line}\n") == [STORY, line]


# --- Senate page chrome (xb_senate_harkin_1, xb_senate_leahy_1, xc_senate_sununu_1) -------------------------------
HARKIN = (
    "      WASHINGTON  D C     Harkin has consistently worked to improve rural Iowans access to health care  He has "
    "been an ardent supporter of Iowa  s 12 federally funded community health centers           Harkin also secured "
    "funds for a statewide Health IT system that will bring electronic health records to Iowa  s community health "
    "centers                        "
)
LEAHY = (
    "       Statement Of Sen  Leahy On The Nomination Of Julie L  Myers                  U S  SENATOR PATRICK        "
    "LEAHY                  VERMONT                Statement Of Sen  Patrick Leahy  D Vt     Chairman  Senate "
    "Judiciary Committee   On The Nomination Of Julie L  Myers  Executive Business Meeting     November 1  2007     "
    "I hope we can report Julie Myers      nomination to the full Senate  Her nomination was held over last      week "
    " and the           "
)
SUNUNU = (
    "    WASHINGTON  DC     United States Senator John Sununu  R NH  announced today that Christian Martin will be "
    "honored at a ceremony today in Boston         For more than 30 years  EPA New England has honored those who "
    "have made outstanding contributions on behalf of the region   s environment      "
    "For more information  call David Deegan with EPA New England at "
    "617 918 1017        30    255196     "
)


class TestSenateChrome:
    def test_search_widget_is_noise(self) -> None:
        """The site's search-form labels closing the page are chrome."""
        text = HARKIN + "Originating Site  Number  Site Filter  Search          "
        assert ("navigation", "Originating Site Number Site Filter Search") in _noise(text)
        assert not any("Originating" in b for b in _body(text))

    def test_search_in_a_sentence_stays(self) -> None:
        """The same words inside the story are the author's."""
        text = HARKIN + "The site number  Search filter  is the originating site        "
        assert _noise(text) == []

    def test_capital_letterhead_split_by_space_runs_is_noise(self) -> None:
        """``U S  SENATOR PATRICK`` / ``LEAHY`` / ``VERMONT``: the letterhead in capitals, cut by wide runs."""
        doc = parse(LEAHY)
        found = [t for _, t in _noise(LEAHY)]
        assert ["U S SENATOR PATRICK", "LEAHY", "VERMONT"] == [t for t in found if t.isupper()]
        assert not any(b.text in ("LEAHY", "VERMONT") for b in doc.body)
        assert parse(doc.text).text == doc.text

    def test_capitals_ending_in_no_state_stay(self) -> None:
        """Capital segments after the letterhead that end in no state name are a headline: they stay."""
        text = LEAHY.replace("LEAHY                  VERMONT", "LEAHY PRAISES        FARMERS")
        found = [t for _, t in _noise(text)]
        assert "U S SENATOR PATRICK" in found
        assert "LEAHY PRAISES" not in found
        assert "FARMERS" not in found

    def test_capital_words_after_the_story_started_stay(self) -> None:
        """Capitals after the story's first long segment are the story's, whatever precedes them."""
        text = SUNUNU.replace("30    255196", "U S  SENATOR JOHN        SUNUNU")
        assert "SUNUNU" not in [t for _, t in _noise(text)]

    def test_page_id_after_the_end_mark_is_noise(self) -> None:
        """The page id the scrape kept after the stripped ``-30-`` mark is chrome."""
        assert ("navigation", "255196") in _noise(SUNUNU)
        assert not any(b.text == "255196" for b in parse(SUNUNU).body)

    def test_number_with_no_end_mark_before_it_stays(self) -> None:
        """A number closing the page after other text is the author's."""
        text = SUNUNU.replace("30    255196", "Room    255196")
        assert "255196" not in [t for _, t in _noise(text)]


# --- wire template lines (xc_wire_prism_1) -------------------------------------------------------------------------
PRISM = (
    "LANDER, Wyo., April 13, 2026 – PRISM MediaWire (Press Release Service – Press Release Distribution) – VGTel, "
    "Inc. today announced a filing.\n\n Source: VGTel, Inc.\n\n"
)


class TestWireLinesRound2:
    @pytest.mark.parametrize(
        "line",
        [
            pytest.param("Add PRISM MediaWire as your preferred news source on Google", id="named-source"),
            pytest.param("Add us on Google as a Preferred Source to see more news in your search results", id="us"),
        ],
    )
    def test_preferred_source_line_is_noise(self, line: str) -> None:
        """Google's preferred-source prompt, in any wording the wires use, is template furniture."""
        assert (K.BOILERPLATE.value, line) in _noise(f"{PRISM} {line}\n\n {AFTER}\n")

    @pytest.mark.parametrize(
        "line",
        [
            pytest.param("Add the museum as your first stop on the tour.", id="add-as-sentence"),
            pytest.param("Add Google Search as your preferred tool for the launch.", id="no-preferred-source"),
        ],
    )
    def test_add_sentence_stays(self, line: str) -> None:
        """A sentence opening with "Add ... as your" that names no preferred news source stays."""
        assert line in _body(f"{PRISM} {line}\n\n {AFTER}\n")
