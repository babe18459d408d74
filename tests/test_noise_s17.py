"""Noise and captions, session 17: conventions taken from unseen QA pages (STYLE rule 26).

Method. Each fix was written test-first from a minimal case of the
convention, with the text that must stay beside it. ``DEV`` holds the
furniture the rules were written from (a PDF page number under the last line
of prose, WordPress's ``Posted in`` category footer, Business Wire's social
media profile links, Newsfile's two-line image pointer); ``NEGATIVE`` holds
the same shapes that are the author's (a table's cells, a sentence opening
with ``Posted in``, a heading naming a network). ``TestStableRendering``
pins the repeats a caption or an end mark hid from ``repeated_line``:
the rendering drops both, so a copy three blocks under its first print there
stood four lines under it in the raw text (fuzz findings F1123-33, F1123-46).
New cases go in ``tests/test_noise.py``'s groups.
"""

from __future__ import annotations

from typing import Any

import pytest

from pressparse import NoiseKind, parse

STORY = "Police chiefs from the region met in Lyon on Monday to discuss organised crime."
AFTER = "The meeting ended with a joint declaration on cooperation and information sharing."
MORE = "Officers from twelve countries agreed to share data on firearms trafficking networks."

K = NoiseKind


def _noise(text: str) -> list[tuple[str, str]]:
    return [(n.kind.value, " ".join(n.text.split())) for n in parse(text).noise if n.kind is not K.WHITESPACE]


def _case(text: str, *expected: tuple[NoiseKind, str], case_id: str) -> Any:
    return pytest.param(text, [(k.value, t) for k, t in expected], id=case_id)


DEV = [
    # A PDF's page number, alone on the line under the last line of prose of the page (da_b).
    _case(f"{STORY}\n{AFTER}\n1\n", (K.BOILERPLATE, "1"), case_id="page-number-last-line"),
    _case(f"{STORY}\n{AFTER}\n2\n{MORE}", (K.BOILERPLATE, "2"), case_id="page-number-between-pages"),
    # WordPress's category footer under the post, with no colon (da_c).
    _case(
        f"{STORY}\n{AFTER}\nPosted in Press Releases\n",
        (K.BOILERPLATE, "Posted in Press Releases"),
        case_id="posted-in",
    ),
    _case(
        f"{STORY}\n{AFTER}\nPosted in News, Press Releases\n",
        (K.BOILERPLATE, "Posted in News, Press Releases"),
        case_id="posted-in-two-categories",
    ),
    # Business Wire's "Social Media Profiles" box: the company's name on each network (wire_a).
    _case(
        f"{STORY}\n{AFTER}\n\nSocial Media Profiles\nHarborline Robotics on LinkedIn\nHarborline Robotics on X\n",
        (K.SHARE_LINKS, "Social Media Profiles"),
        (K.SHARE_LINKS, "Harborline Robotics on LinkedIn"),
        (K.SHARE_LINKS, "Harborline Robotics on X"),
        case_id="social-media-profiles",
    ),
    # Newsfile's pointer to the enhanced graphic, its link on the next line: one piece (wire_e).
    _case(
        f"{STORY}\nTo view an enhanced version of this graphic, please visit:\nhttps://images.example.com/f/fig1.jpg\n"
        f"{AFTER}",
        (
            K.BOILERPLATE,
            "To view an enhanced version of this graphic, please visit: https://images.example.com/f/fig1.jpg",
        ),
        case_id="enhanced-graphic-two-lines",
    ),
]

NEGATIVE = [
    # A number under a label is a table's cell (GlobeNewswire's tables flattened one cell a line).
    pytest.param(f"{STORY}\nProvision for credit losses\n1,150\n900\n1,400\n{AFTER}", id="table-cells"),
    pytest.param(f"{STORY}\nNumber of defendants\n14\n{AFTER}", id="cell-under-a-label"),
    # A number set apart by a blank line is no page footer of a text flowing over it.
    pytest.param(f"{STORY}\n{AFTER}\n\n3\n", id="number-after-blank-line"),
    # A short line over the number is no page of prose.
    pytest.param(f"Total seized.\n5\n{STORY}", id="number-under-short-line"),
    pytest.param(
        f"{STORY}\nPosted in the lobby of the courthouse, the notice lists the new hours.\n{AFTER}",
        id="posted-in-sentence",
    ),
    pytest.param(f"{STORY}\nPosted in March.\n{AFTER}", id="posted-in-with-stop"),
    # "<Name> on <network>" away from a profiles box is the author's heading.
    pytest.param(f"{STORY}\nBan on TikTok\n{AFTER}", id="heading-naming-a-network"),
    pytest.param(f"{STORY}\nHarborline Robotics on LinkedIn\n{AFTER}", id="profile-line-alone"),
]


class TestNoiseS17:
    @pytest.mark.parametrize(("text", "expected"), DEV)
    def test_dev(self, text: str, expected: list[tuple[str, str]]) -> None:
        """The furniture is noise of its kind."""
        assert expected == _noise(text)

    @pytest.mark.parametrize("text", NEGATIVE)
    def test_negative(self, text: str) -> None:
        """The author's text with the same shape is no noise."""
        assert [] == _noise(text)

    @pytest.mark.parametrize("text", [pytest.param(row.values[0], id=row.id) for row in DEV])
    def test_rendering_is_stable(self, text: str) -> None:
        """A second clean removes nothing more."""
        once = parse(text).text
        assert once == parse(once).text


# A sentence printed twice, four lines apart in the raw text, three blocks apart in the rendering.
COPY = "The INTERPOL-led operation across the region arrested officers of the network"


class TestStableRendering:
    """SPEC 5: what the rendering drops between two copies (a caption, an end mark) does not count."""

    @pytest.mark.parametrize(
        "text",
        [
            pytest.param(
                f"{COPY}.\n\n        Chief Roe poses with officers.\n\n{STORY}\n\n{AFTER}\n\n{COPY}",
                id="caption-between",
            ),
            pytest.param(f"{STORY}\n\n{COPY}.\n\n###\n\n{AFTER}\n\n{MORE}\n\n{COPY}.", id="end-mark-between"),
        ],
    )
    def test_clean_is_idempotent(self, text: str) -> None:
        """The copy is dropped from the raw text as from its rendering."""
        doc = parse(text)
        once = doc.text
        assert once == parse(once).text
        assert [(b.kind, b.text) for b in doc.body] == [(b.kind, b.text) for b in parse(once).body]

    def test_copy_above_the_caption_stays(self) -> None:
        """Only the later copy goes: the first print is the author's."""
        text = f"{COPY}.\n\n        Chief Roe poses with officers.\n\n{STORY}\n\n{AFTER}\n\n{COPY}"
        assert [f"{COPY}.", STORY, AFTER] == [b.text for b in parse(text).body]

    def test_copy_far_below_stays(self) -> None:
        """A copy more than three blocks under its first print, caption left out, stays."""
        text = f"{COPY}.\n\n        Chief Roe poses with officers.\n\n{STORY}\n\n{AFTER}\n\n{MORE}\n\n{COPY}"
        assert [f"{COPY}.", STORY, AFTER, MORE, COPY] == [b.text for b in parse(text).body]


# --- Round 2: page furniture of the qa3 pages (WordPress, CivicPlus, GovDelivery, Yahoo Finance, PDF text) ---------
# Each DEV_R2 row comes from one convention of a kind of page; the NEGATIVE_R2 rows beside them hold the same words
# or shapes as the author writes them, which stay.
LAST = "The case was prosecuted by Assistant County Attorney Hannah Vick of the Violent Crimes Division."

DEV_R2 = [
    # Jetpack's share buttons print their label under them: the lone "X" is the label of "share on X" (da_f).
    _case(
        f"{STORY}\n{LAST}\nClick to share on X (Opens in new window)\nX\nLike this:\nLike Loading...\n",
        (K.SHARE_LINKS, "Click to share on X (Opens in new window)"),
        (K.SHARE_LINKS, "X"),
        (K.BOILERPLATE, "Like this:"),
        (K.BOILERPLATE, "Like Loading..."),
        case_id="jetpack-share-label",
    ),
    # WordPress's post footer: tags without a colon, the post navigation box and its two links (da_f).
    _case(
        f"{STORY}\n{LAST}\nTagged criminal vehicular homicide, DWI\nPost navigation\n"
        "Previous Post: County Attorney’s Office Launches Diversion Program\nNext Post: Victoria Woman Charged\n",
        (K.BOILERPLATE, "Tagged criminal vehicular homicide, DWI"),
        (K.NAVIGATION, "Post navigation"),
        (K.BOILERPLATE, "Previous Post: County Attorney’s Office Launches Diversion Program"),
        (K.BOILERPLATE, "Next Post: Victoria Woman Charged"),
        case_id="wordpress-post-footer",
    ),
    # CivicPlus's News Flash footer: the list link, the "Tools" box and its alert sign-up (da_g).
    _case(
        f"{STORY}\n{LAST}\nReturn to full list >>\nTools\nRSS\nNotify Me®\n",
        (K.NAVIGATION, "Return to full list >>"),
        (K.BOILERPLATE, "Tools"),
        (K.SHARE_LINKS, "RSS"),
        (K.BOILERPLATE, "Notify Me®"),
        case_id="civicplus-tools",
    ),
    # A GovDelivery e-mail bulletin's wrapper: the header over the release, the footer under it (da_h).
    _case(
        "Having trouble viewing this email? View it as a Web page.\nRidgeway County District Attorney banner\n"
        f"{STORY}\n{AFTER}\nUpdate your subscriptions, modify your password or email address, or stop subscriptions "
        "at any time on your Subscriber Preferences Page.\nThis service is provided to you at no charge by Ridgeway "
        "County District Attorney.\nPowered by GovDelivery\n",
        (K.BOILERPLATE, "Having trouble viewing this email? View it as a Web page."),
        (K.BOILERPLATE, "Ridgeway County District Attorney banner"),
        (
            K.BOILERPLATE,
            (
                "Update your subscriptions, modify your password or email address, or stop subscriptions at any time "
                "on your Subscriber Preferences Page."
            ),
        ),
        (K.BOILERPLATE, "This service is provided to you at no charge by Ridgeway County District Attorney."),
        (K.BOILERPLATE, "Powered by GovDelivery"),
        case_id="govdelivery-wrapper",
    ),
    # A Senate page's print button; Cision's profile box over the issuer's name, printed earlier (senate_g, wire_i).
    _case(
        f"{STORY}\n{AFTER}\nPrinter Friendly Version\n", (K.BOILERPLATE, "Printer Friendly Version"), case_id="print"
    ),
    _case(
        f"{STORY}\n{AFTER}\nOrganization Profile\nLaurentide Regional Transit Authority\n",
        (K.BOILERPLATE, "Organization Profile"),
        (K.BOILERPLATE, "Laurentide Regional Transit Authority"),
        case_id="cision-organization-profile",
    ),
    # PDF page numbers between dashes, and a later page's running header (da_i, doj_h).
    _case(
        f"{STORY}\n\n          -1-\n\n{AFTER}\n\n- 2 -\n",
        (K.BOILERPLATE, "-1-"),
        (K.BOILERPLATE, "- 2 -"),
        case_id="dashes",
    ),
    _case(
        f"{STORY}\nPage 1 of 2\nOkafor Sentencing - Page 2\n{AFTER}",
        (K.BOILERPLATE, "Page 1 of 2"),
        (K.BOILERPLATE, "Okafor Sentencing - Page 2"),
        case_id="running-header",
    ),
    # Yahoo Finance's chrome around a re-hosted wire release (wire_n).
    _case(
        f"ACCESSWIRE\nMon, Mar 2, 2026, 8:30 AM 2 min read\nIn this article:\nPLVX\n+4.21%\n{STORY}\n"
        f"Story continues\n{AFTER}\nView comments\n",
        (K.BOILERPLATE, "ACCESSWIRE"),
        (K.BOILERPLATE, "Mon, Mar 2, 2026, 8:30 AM 2 min read"),
        (K.BOILERPLATE, "In this article:"),
        (K.BOILERPLATE, "PLVX"),
        (K.BOILERPLATE, "+4.21%"),
        (K.BOILERPLATE, "Story continues"),
        (K.BOILERPLATE, "View comments"),
        case_id="yahoo-finance",
    ),
    # PR Newswire's link to the original in markdown, in the release's language, or bare (wire_g, wire_m).
    _case(
        f"{STORY}\n\n[Ver contenido original](https://www.prnewswire.com/news-releases/grupo-302412233.html)\n",
        (K.BOILERPLATE, "[Ver contenido original](https://www.prnewswire.com/news-releases/grupo-302412233.html)"),
        case_id="markdown-original-content",
    ),
    _case(
        f"{STORY}\n\n[https://www.prnewswire.com/news-releases/x-3023.html](https://www.prnewswire.com/news-releases/x-3023.html)\n",
        (
            K.BOILERPLATE,
            "[https://www.prnewswire.com/news-releases/x-3023.html](https://www.prnewswire.com/news-releases/x-3023.html)",
        ),
        case_id="markdown-bare-wire-link",
    ),
    # A markdown table's header rule (wire_m).
    _case(
        f"{STORY}\n\n| | Q4 2025 | Q4 2024 |\n|---|---|---|\n| Net sales | $1.4 | $1.3 |\n",
        (K.BOILERPLATE, "|---|---|---|"),
        case_id="table-rule",
    ),
    # justice.gov's page label over a Spanish release, as "Press Release" over an English one (doj_i).
    _case(
        f"Comunicado de prensa\nDos ejecutivos acusados de fraude\n{STORY}",
        (K.NAVIGATION, "Comunicado de prensa"),
        case_id="spanish-press-release-label",
    ),
    # An old justice.gov release number under the end mark (doj_g).
    _case(f"{STORY}\n\n{AFTER}\n\n###\n\n08-498\n", (K.BOILERPLATE, "08-498"), case_id="old-doj-number"),
]

NEGATIVE_R2 = [
    # A lone "X" with no share button over it is the author's (a list's letter, a variable).
    pytest.param(f"{STORY}\nX\n{AFTER}", id="lone-x"),
    # "Tagged" opening a sentence, and a "Tools" heading over story text, stay.
    pytest.param(f"{STORY}\nTagged as a flight risk, he was held without bail.\n{AFTER}", id="tagged-sentence"),
    pytest.param(
        f"{STORY}\nTools\nThe toolkit helps parents talk with teenagers about drinking and driving.\n",
        id="tools-heading",
    ),
    pytest.param(f"{STORY}\n{AFTER}\nTools\n", id="tools-alone-after-story"),
    # A profile heading over more story is the author's.
    pytest.param(f"Organization Profile\n{STORY}\n{AFTER}", id="profile-heading-over-story"),
    # A banner in a sentence; a banner named after the story started.
    pytest.param(f"{STORY}\nStudents carried a banner.\n{AFTER}", id="banner-sentence"),
    pytest.param(f"{STORY}\n{AFTER}\nProject Safe Neighborhoods banner\n{MORE}", id="banner-in-story"),
    # The "-30-" end mark is meta, and a page label with no dash is a heading.
    pytest.param(f"{STORY}\n{AFTER}\n\n-30-\n", id="end-mark-30"),
    pytest.param(f"{STORY}\nThe numbers on page 2 show the trend.\n{AFTER}", id="page-in-sentence"),
    # A case number in the story is no release number: no end mark above it.
    pytest.param(f"{STORY}\n08-498\n{AFTER}", id="number-without-end-mark"),
    # A capitals line after "In this article" with no colon, a wire's name inside the story.
    pytest.param(f"{STORY}\nBusiness Wire\n{AFTER}", id="wire-name-in-story"),
    # The author's own markdown link line.
    pytest.param(f"{STORY}\n\n[Learn about the program](https://www.acme.com/program)\n\n{AFTER}", id="own-link"),
    pytest.param(f"{STORY}\nPrevious posts on the blog described the plan.\n{AFTER}", id="previous-post-sentence"),
]


class TestNoiseS17Round2:
    @pytest.mark.parametrize(("text", "expected"), DEV_R2)
    def test_dev(self, text: str, expected: list[tuple[str, str]]) -> None:
        """The furniture is noise of its kind."""
        assert expected == _noise(text)

    @pytest.mark.parametrize("text", NEGATIVE_R2)
    def test_negative(self, text: str) -> None:
        """The author's text with the same words or shape is no noise."""
        assert [] == _noise(text)

    @pytest.mark.parametrize("text", [pytest.param(row.values[0], id=row.id) for row in DEV_R2])
    def test_rendering_is_stable(self, text: str) -> None:
        """A second clean removes nothing more."""
        once = parse(text).text
        assert once == parse(once).text

    def test_govdelivery_title(self) -> None:
        """With the bulletin's header gone, the headline under the release note is the title."""
        text = (
            "Having trouble viewing this email? View it as a Web page.\nRidgeway County District Attorney banner\n"
            "NEWS RELEASE\nMarch 4, 2026\nTwo Charged in Scheme to Steal Catalytic Converters From School Buses\n"
            f"{STORY}\n"
        )
        assert "Two Charged in Scheme to Steal Catalytic Converters From School Buses" == parse(text).title

    def test_justice_gov_contact_field(self) -> None:
        """justice.gov's ``Contact`` field among the footer's is a media contact, not a footer field's value."""
        text = (
            f"{STORY}\n{AFTER}\nTopic\nFinancial Fraud\nComponent\nCriminal Division\nContact\nPublic Affairs Office\n"
            "(313) 555-9100\nPress Release Number: 26-123\n"
        )
        doc = parse(text)
        assert ["(313) 555-9100"] == [c.phone for c in doc.contacts]
        assert ["Topic", "Financial Fraud", "Component", "Criminal Division", "Press Release Number: 26-123"] == [
            n for _, n in _noise(text)
        ]

    def test_component_value_named_contact(self) -> None:
        """A ``Contact`` line with no phone or e-mail under it stays a footer field's value."""
        text = f"{STORY}\n{AFTER}\nComponent\nCriminal Division\nContact\nPress Release Number: 26-123\n"
        assert [] == list(parse(text).contacts)


class TestCreditSentenceCaption:
    """A block of its own whose last sentence credits its photo (``Photo courtesy of ...``) is a caption (da_k)."""

    def test_mug_shot_above_dateline(self) -> None:
        """The mug shot's caption between the release date and the dateline is a caption."""
        text = (
            "Repeat Burglar Sentenced to 18 Years\n\nRelease Date: March 3, 2026\n\n  Mug shot of defendant Corey "
            "Fisk. Photo courtesy of the Bexley Police Department.\n\nBEXLEY, Ohio – Prosecutors announced today that a "
            "man who broke into eleven homes has been sentenced.\n"
        )
        assert ["Mug shot of defendant Corey Fisk. Photo courtesy of the Bexley Police Department."] == [
            c.text for c in parse(text).captions
        ]

    @pytest.mark.parametrize(
        "text",
        [
            # The credit inside a paragraph of the story, no blank line around it.
            pytest.param(
                f"{STORY}\nThe suspect is shown at the scene. Photo courtesy of the FBI.\n{AFTER}", id="in-paragraph"
            ),
            # A story paragraph of three sentences and a credit: too long for a caption.
            pytest.param(
                f"{STORY}\n\nThe man was arrested in May. He was charged in June. He said he was innocent. Photo by "
                f"Jane Roe.\n\n{AFTER}",
                id="story-paragraph",
            ),
            # "Photo courtesy of" opening a block is a credit, no caption.
            pytest.param(f"{STORY}\n\nPhoto courtesy of the FBI.\n\n{AFTER}", id="credit-alone"),
        ],
    )
    def test_not_a_caption(self, text: str) -> None:
        """The same credit with no block of its own, or with a story around it, makes no caption."""
        assert [] == [c.text for c in parse(text).captions]


class TestLayoutPdf:
    """pdftotext -layout pages: a letterhead in two columns, a headline centred line by line (da_i)."""

    LETTERHEAD = (
        "OFFICE OF THE DISTRICT ATTORNEY                               JEFFERSON PARISH\n"
        "RAYMOND T. BOUDREAUX                                          200 Derbigny Street, Suite 5000\n"
        "DISTRICT ATTORNEY                                               Gretna, Louisiana 70053\n\n\n"
    )

    def test_two_column_letterhead(self) -> None:
        """Each line of a two-column letterhead at the top is noise."""
        text = f"{self.LETTERHEAD}FOR IMMEDIATE RELEASE\n\n      {STORY}\n\n      {AFTER}\n"
        assert [
            (K.BOILERPLATE.value, "OFFICE OF THE DISTRICT ATTORNEY JEFFERSON PARISH"),
            (K.BOILERPLATE.value, "RAYMOND T. BOUDREAUX 200 Derbigny Street, Suite 5000"),
            (K.BOILERPLATE.value, "DISTRICT ATTORNEY Gretna, Louisiana 70053"),
        ] == _noise(text)

    def test_two_column_story_lines_stay(self) -> None:
        """Two lines in two columns are no letterhead (three at least, every one in two columns)."""
        text = f"NAME                    AGE\nJOHN ROE                 34\n\nFOR IMMEDIATE RELEASE\n\n{STORY}\n"
        assert [] == _noise(text)

    def test_centred_headline_is_no_caption(self) -> None:
        """A headline centred line by line under the front matter is no caption."""
        text = (
            "FOR IMMEDIATE RELEASE\nFebruary 27, 2026\n\n"
            "                    Metairie Man Convicted of Second-Degree Murder\n"
            "                        in 2024 Shooting Outside Convenience Store\n\n"
            "      A Jefferson Parish jury on Thursday convicted a Metairie man of second-degree murder\n"
            "for fatally shooting a 22-year-old man outside a convenience store.\n\n"
            "      The Sheriff’s Office investigated the shooting and arrested him two days later in\nKenner.\n"
        )
        assert [] == [c.text for c in parse(text).captions]

    def test_indented_caption_over_two_lines_stays(self) -> None:
        """A photo's caption wrapped over two lines at one indentation is still a caption."""
        text = (
            f"{STORY}\n\n        Chief Jane Roe (left) shakes hands with Mayor John Doe\n"
            f"        at the opening of the new station.\n\n{AFTER}\n"
        )
        assert 1 == len(parse(text).captions)
