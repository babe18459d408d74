"""Noise: page furniture and scraper artefacts, one table per group (STYLE rule 26).

Method (price-parser style). ``DEV`` holds the cases the rules were written
from: the INTERPOL template and the furniture listed in issues #5 and #10.
``BUGS_CAUGHT`` holds shapes taken from the real releases of
``../shared/corpus/real`` (file named in the id) that an earlier version got
wrong. ``NEGATIVE`` holds text that must *not* be noise: the same words inside
a sentence, a dash that belongs to a split dateline, "None of the
defendants". ``XFAIL`` holds known misses as strict xfails: fixing one makes
it XPASS and fails the run, so it gets promoted. New cases go in ``DEV`` when
they come from a new kind of page and in ``BUGS_CAUGHT`` when they come from
a real file; multi-line whole documents go in ``tests/corpus`` instead.

Each row is ``(input, expected)`` where ``expected`` lists the visible noise
of ``parse(input)`` as ``(kind, text)`` pairs, in input order (whitespace
noise is left out: assembly computes it from the gaps).
"""

from __future__ import annotations

import functools
import re
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from pressparse import NoiseKind, paragraphs, parse
from pressparse._invariants import check_nothing_lost
from pressparse.blocks import classify_blocks, group_lines
from pressparse.layout import split_lines
from pressparse.noise import NOISE_RULES, SPLIT_RULES, find_block_noise, find_noise
from tests.test_robustness import _normal

STORY = "Police chiefs from the region met in Lyon on Monday to discuss organised crime."
AFTER = "The meeting ended with a joint declaration on cooperation and information sharing."
# A third story sentence, where a text needs length without printing a sentence twice (a repeat is noise).
MORE = "Officers from twelve countries agreed to share data on firearms trafficking networks."


def _noise(text: str) -> list[tuple[str, str]]:
    return [(n.kind.value, n.text) for n in parse(text).noise if n.kind is not NoiseKind.WHITESPACE]


def _case(text: str, *expected: tuple[NoiseKind, str], case_id: str) -> object:
    return pytest.param(text, [(k.value, t) for k, t in expected], id=case_id)


K = NoiseKind
BOT_WALL = "Pardon Our Interruption\nAs you were browsing something about your browser made us think you were a bot."

DEV = [
    _case(f"{STORY}\n1 / 3\n{AFTER}", (K.SLIDESHOW_COUNTER, "1 / 3"), case_id="counter-one-line"),
    _case(f"{STORY}\n1 /\n3\n{AFTER}", (K.SLIDESHOW_COUNTER, "1 /\n3"), case_id="counter-split-interpol"),
    _case(f"{STORY}\n1\n/\n12\n{AFTER}", (K.SLIDESHOW_COUNTER, "1\n/\n12"), case_id="counter-three-lines"),
    _case(f"{STORY}\nImage 2 of 5\n{AFTER}", (K.SLIDESHOW_COUNTER, "Image 2 of 5"), case_id="counter-image-of"),
    _case(f"{STORY}\n1/12\n{AFTER}", (K.SLIDESHOW_COUNTER, "1/12"), case_id="counter-no-spaces"),
    _case(f"{STORY}\nShare\nTweet\n{AFTER}", (K.SHARE_LINKS, "Share"), (K.SHARE_LINKS, "Tweet"), case_id="share-run"),
    _case(f"{STORY}\nShare this article\n{AFTER}", (K.SHARE_LINKS, "Share this article"), case_id="share-article"),
    _case(f"{STORY}\nCopy link\n{AFTER}", (K.SHARE_LINKS, "Copy link"), case_id="share-copy-link"),
    _case(f"{STORY}\nFacebook Twitter LinkedIn Email\n{AFTER}", (K.SHARE_LINKS, "Facebook Twitter LinkedIn Email"),
          case_id="share-row"),
    _case(f"{STORY}\nFollow us\n{AFTER}", (K.SHARE_LINKS, "Follow us"), case_id="share-follow-us"),
    _case(f"{STORY}\nRead more\n{AFTER}", (K.BOILERPLATE, "Read more"), case_id="read-more"),
    _case(f"{STORY}\nRead more »\n{AFTER}", (K.BOILERPLATE, "Read more »"), case_id="read-more-arrow"),
    _case(f"{STORY}\nAdvertisement\n{AFTER}", (K.BOILERPLATE, "Advertisement"), case_id="advertisement"),
    _case(f"{STORY}\nAccept all cookies\n{AFTER}", (K.BOILERPLATE, "Accept all cookies"), case_id="cookie-prompt"),
    _case(f"{STORY}\nSubscribe to our newsletter\n{AFTER}", (K.BOILERPLATE, "Subscribe to our newsletter"),
          case_id="newsletter-prompt"),
    _case(f"{STORY}\n6 min read\n{AFTER}", (K.BOILERPLATE, "6 min read"), case_id="reading-time"),
    _case(f"Skip to main content\n{STORY}", (K.NAVIGATION, "Skip to main content"), case_id="skip-link"),
    _case(f"Home > News > Press Releases\n{STORY}", (K.BREADCRUMB_TRAIL, "Home > News > Press Releases"),
          case_id="breadcrumb-one-line"),
    _case(f"{STORY}\n© 2024 Acme Inc. All rights reserved.", (K.COPYRIGHT_LINE, "© 2024 Acme Inc. All rights reserved."),
          case_id="copyright-line"),
    _case(f"{STORY}\nCopyright © 2019 INTERPOL", (K.COPYRIGHT_LINE, "Copyright © 2019 INTERPOL"),
          case_id="copyright-word"),
    _case(f"{STORY}\n\u200b\u200b\n{AFTER}", (K.CONTROL_CHARACTERS, "\u200b\u200b"), case_id="zero-width-line"),
    _case(f"\ufeff{STORY}", (K.CONTROL_CHARACTERS, "\ufeff"), case_id="bom-opening-line"),
    _case(f"{STORY}\nNone\n{AFTER}", (K.SCRAPER_ARTEFACT, "None"), case_id="none-line"),
    _case(f"{STORY}\nâ\n{AFTER}", (K.SCRAPER_ARTEFACT, "â"), case_id="lone-mojibake"),
    _case(f"{STORY}\n?\n{AFTER}", (K.SCRAPER_ARTEFACT, "?"), case_id="lone-question-mark"),
    _case(f"```html\n{STORY}\n```", (K.SCRAPER_ARTEFACT, "```html"), (K.SCRAPER_ARTEFACT, "```"), case_id="code-fence"),
    _case(f"{STORY}\n![QR code](https://cdn.example.com/qr.webp)", (K.MARKDOWN_IMAGE, "![QR code](https://cdn.example.com/qr.webp)"),
          case_id="markdown-image"),
    _case(f"{STORY}\nIMG_1234.jpg\n{AFTER}", (K.IMAGE_MARKER, "IMG_1234.jpg"), case_id="image-file-name"),
    _case(f"{STORY}\n[Image: police chiefs]\n{AFTER}", (K.IMAGE_MARKER, "[Image: police chiefs]"),
          case_id="image-placeholder"),
    _case(f"{STORY}\nPhoto: John Smith/AFP\n\n{AFTER}", (K.IMAGE_CREDIT, "Photo: John Smith/AFP"), case_id="credit-alone"),
    _case(f"# Police chiefs meet in Lyon\n\n{STORY}", (K.MARKDOWN_HEADING, "#"), case_id="markdown-heading-marker"),
    _case(BOT_WALL,
          (K.NOT_A_RELEASE, BOT_WALL), case_id="bot-wall"),
    _case(f"Police Chiefs Meet in Lyon\n{STORY}\nPolice Chiefs Meet in Lyon", (K.REPEATED_LINE, "Police Chiefs Meet in Lyon"),
          case_id="title-printed-twice"),
]  # fmt: skip

BUGS_CAUGHT = [
    _case("You are here:\nHome\n1\n/\nNews\n2\n/\n" + STORY,
          (K.BREADCRUMB_TRAIL, "You are here:"), (K.BREADCRUMB_TRAIL, "Home"), (K.BREADCRUMB_TRAIL, "1"),
          (K.BREADCRUMB_TRAIL, "/"), (K.BREADCRUMB_TRAIL, "News"), (K.BREADCRUMB_TRAIL, "2"),
          (K.BREADCRUMB_TRAIL, "/"), case_id="da_021-breadcrumb-over-lines"),
    _case(f"{STORY} None", (K.SCRAPER_ARTEFACT, "None"), case_id="doj_001-trailing-none"),
    _case(f"{STORY}NoneNoneNoneNoneNone", (K.SCRAPER_ARTEFACT, "NoneNoneNoneNoneNone"), case_id="doj_010-glued-nones"),
    _case(f"{STORY}NoneNoneNoneNoneAccording to the evidence, he left.",
          (K.SCRAPER_ARTEFACT, "NoneNoneNoneNone"), case_id="doj_005-nones-glued-to-next-sentence"),
    _case(f'{STORY[:-1]} said the court."None  The defendant appealed.', (K.SCRAPER_ARTEFACT, "None"),
          case_id="issue10-none-after-quote"),
    _case(f"{STORY} He assisted.# # #14-1077", (K.BOILERPLATE, "14-1077"), case_id="doj_005-release-number"),
    _case(f"{STORY[:-1]} in the Senate:___On the Net:Veterans Affairs Committee: veterans.senate.gov/",
          (K.BOILERPLATE, "___"), (K.BOILERPLATE, "On the Net:Veterans Affairs Committee: veterans.senate.gov/"),
          case_id="senate_002-on-the-net"),
    _case(f"{STORY}\n---\n[Original/Source Press Release](https://example.com/a)\nPickup - [citybuzz.co](https://citybuzz.co/x)"
          "\n[Reddit Post](https://reddit.com/r/x)\n![Blockchain Registration](https://cdn.example/qr.webp)",
          (K.ARCHIVE_TRAILER, "---"), (K.ARCHIVE_TRAILER, "[Original/Source Press Release](https://example.com/a)"),
          (K.ARCHIVE_TRAILER, "Pickup - [citybuzz.co](https://citybuzz.co/x)"),
          (K.ARCHIVE_TRAILER, "[Reddit Post](https://reddit.com/r/x)"),
          (K.ARCHIVE_TRAILER, "![Blockchain Registration](https://cdn.example/qr.webp)"), case_id="wire_001-trailer"),
    _case(f"{STORY}\n [](https://s3.example.com/a.png) [](https://example.com) Contact Information:",
          (K.MARKDOWN_IMAGE, "[](https://s3.example.com/a.png)"), (K.MARKDOWN_IMAGE, "[](https://example.com)"),
          case_id="wire_020-empty-links"),
    _case(f"{STORY}\nThe post Acme Appoints Jane Roe appeared first on citybiz.",
          (K.BOILERPLATE, "The post Acme Appoints Jane Roe appeared first on citybiz."), case_id="wire_007-feed-footer"),
    _case("Acme Charged in Fraud Case | County Attorney\nSkip to main content\nPress Release\nAcme Charged in Fraud Case\n"
          + STORY, (K.NAVIGATION, "Skip to main content"), (K.NAVIGATION, "Press Release"),
          (K.REPEATED_LINE, "Acme Charged in Fraud Case"), case_id="da_001-title-without-site-suffix"),
    _case(f"Ten Charged in Fraud Ring Case\n{STORY}\nNEWS RELEASE -- Ten Charged in Fraud Ring Case",
          (K.REPEATED_LINE, "NEWS RELEASE -- Ten Charged in Fraud Ring Case"), case_id="da_019-labelled-title"),
    _case("THE STUDENTS ARE INVITED FOR AN INSIDE LOOK AT THE FORD HEADQUARTERS\n"
          f"{STORY}\nTHE STUDENTS ARE INVITED FOR AN INSIDE LOOK\nAT THE FORD HEADQUARTERS\n" + AFTER,
          (K.REPEATED_LINE, "THE STUDENTS ARE INVITED FOR AN INSIDE LOOK\nAT THE FORD HEADQUARTERS"),
          case_id="da_016-wrapped-title-second-copy-removed"),
    _case(f"{STORY}\nCourts Building • 133 N. Riverfront Blvd. • 214/653-3600\n{AFTER}\n"
          "Courts Building \uf0b7 133 N. Riverfront Blvd. \uf0b7 214/653-3600",
          (K.REPEATED_LINE, "Courts Building • 133 N. Riverfront Blvd. • 214/653-3600"),
          (K.REPEATED_LINE, "Courts Building \uf0b7 133 N. Riverfront Blvd. \uf0b7 214/653-3600"),
          case_id="da_004-running-footer-every-copy"),
    _case(f"{STORY}\nRelated Posts\nNews\nOther Case Charged\nRead More\nMay 13, 2026",
          (K.RELATED_LINKS, "Related Posts"), (K.RELATED_LINKS, "News"), (K.RELATED_LINKS, "Other Case Charged"),
          (K.RELATED_LINKS, "Read More"), (K.RELATED_LINKS, "May 13, 2026"), case_id="da_013-related-posts-to-end"),
    _case(f"{STORY}\nFollow Us\n–\nSkip to content", (K.SHARE_LINKS, "Follow Us"), (K.SHARE_LINKS, "–"),
          (K.NAVIGATION, "Skip to content"), case_id="da_016-dash-between-widgets"),
    _case(f"{STORY}\n[TWEET THIS]\n{AFTER}", (K.SHARE_LINKS, "[TWEET THIS]"), case_id="da_021-tweet-this"),
    _case(f"{STORY}\nTags: GIT fentanyl Gang Impact Team\n{AFTER}", (K.BOILERPLATE, "Tags: GIT fentanyl Gang Impact Team"),
          case_id="da_019-tags"),
    _case(f"{STORY}\nhttps://example.com/uploads/fraud-FILE-photo.jpg\n320\n480\n{AFTER}",
          (K.IMAGE_MARKER, "https://example.com/uploads/fraud-FILE-photo.jpg"), (K.IMAGE_MARKER, "320"),
          (K.IMAGE_MARKER, "480"), case_id="da_021-image-url-and-size"),
    # Fuzz findings (tests/test_fuzz_regressions.py): what a second clean would find is found the first time.
    _case(f"\x82 \x8c{STORY}", (K.CONTROL_CHARACTERS, "\x82 \x8c"), case_id="F1123-9-controls-with-a-space-between"),
    _case(f"{STORY} \u200b \ufeff", (K.CONTROL_CHARACTERS, "\u200b \ufeff"), case_id="F1123-9-invisible-run-at-line-end"),
    _case(f"{STORY}\n\n![Jürgen Stock at the\nmeeting in Lyon](https://example.org/a.png)\n\n{AFTER}",
          (K.MARKDOWN_IMAGE, "![Jürgen Stock at the\nmeeting in Lyon](https://example.org/a.png)"),
          case_id="markdown-image-alt-wrapped-over-lines"),
    # Round 2: the rendering sets each block between blank lines and makes any space one space.
    _case(f"#\u00a0Police chiefs meet in Lyon\n\n{STORY}", (K.MARKDOWN_HEADING, "#"), case_id="markdown-heading-after-nbsp"),
    _case(f"#\nPolice chiefs meet in Lyon\n\n{STORY}", (K.MARKDOWN_HEADING, "#"), case_id="lone-hash-heading-wrapped"),
    _case(f"# \x8fPolice chiefs meet in Lyon\n\n{STORY}", (K.MARKDOWN_HEADING, "#"), (K.CONTROL_CHARACTERS, "\x8f"),
          case_id="control-character-after-heading-marker"),
    _case(f"{STORY}\x80\x1f\x84", (K.CONTROL_CHARACTERS, "\x80\x1f\x84"), case_id="controls-around-a-unit-separator"),
    _case(f"{STORY}\n·\nFirst item of the list here", (K.SCRAPER_ARTEFACT, "·"), case_id="middle-dot-alone-above-a-line"),
    _case(f"{STORY}\n•\n\n{AFTER}", (K.SCRAPER_ARTEFACT, "•"), case_id="bullet-alone-before-a-blank-line"),
    # A copy hidden by glue in the raw text is a repeat once the paragraph stage splits the line there.
    _case(f"Two men charged in Lyon fraud case.Two men charged in Lyon fraud case.\n{STORY}",
          (K.REPEATED_LINE, "Two men charged in Lyon fraud case."), case_id="headline-glued-to-its-copy"),
    _case(f"{STORY}Twenty countries signed the plan\nPhoto\nTwenty countries signed the plan\n{AFTER}",
          (K.REPEATED_LINE, "Twenty countries signed the plan"), case_id="copy-of-a-glued-sentence-below"),
]  # fmt: skip

# Text that must not become noise: the same words inside a sentence, or a real line.
NEGATIVE = [
    pytest.param("Officers shared information with Europol.", id="shared-in-sentence"),
    pytest.param("Investigators had to read more than 300 files.", id="read-more-in-sentence"),
    pytest.param("None of the defendants appeared in court.", id="none-of-the-defendants"),
    pytest.param("The judge ruled.None of the defendants appeared.", id="glued-none-of"),
    pytest.param("The scheme collapsed. Nonetheless, the fraud went on.", id="nonetheless"),
    pytest.param("Copyright infringement cases rose by 20 percent in 2019.", id="copyright-in-sentence"),
    pytest.param("Home prices rose across the county last year.", id="home-in-sentence"),
    pytest.param("Share prices fell sharply after the indictment.", id="share-in-sentence"),
    pytest.param("Email: press@example.org", id="email-contact-label"),
    pytest.param("The photo 1 of the suspect was released, said police.", id="counter-words-in-sentence"),
    pytest.param("CHICAGO\n—\nThe Cook County State's Attorney's Office today announced charges.", id="dash-in-dateline"),
    pytest.param("Related articles were seized by the police on Monday in Lyon.", id="related-in-sentence"),
    pytest.param("Related Posts\n" + "The agency published a long report on the results of the operation. " * 6,
                 id="related-heading-before-story"),
    pytest.param("Advertisement fraud is a growing business for criminal networks.", id="advertisement-in-sentence"),
    pytest.param("Print and online media attended the conference in Bogota.", id="print-in-sentence"),
    pytest.param("He said: “None.”", id="quoted-none"),
    pytest.param("WASHINGTON ? The department announced charges today.", id="question-mark-dateline"),
    pytest.param("Tweet storms were part of the disinformation campaign.", id="tweet-in-sentence"),
    pytest.param(f"{STORY}\nPrior convictions:\nNone", id="none-answering-a-field"),
    pytest.param(f"{STORY}\nWHO:\nMiami-Dade Police Director Jane Roe\nWHAT:\nPress conference\nWHEN:\nThursday at 2 p.m."
                 "\nPHOTO/INTERVIEW:\nMiami-Dade Police Director Jane Roe", id="da_014-name-repeated-in-advisory-fields"),
    # A URL holds no whitespace: a "link" whose parentheses hold a line break is text, raw or rendered.
    pytest.param(f"{STORY}\n---\n[](\u2028)", id="F1123-1-empty-link-url-is-a-line-break"),
    pytest.param(f"{STORY}\n[the report](https://example.org/ a b)", id="link-url-with-spaces"),
    # An image line whose alt text never closes is not an image.
    pytest.param(f"{STORY}\n![Jürgen Stock at the\nmeeting in Lyon, he said.", id="unclosed-image-alt"),
    # Three hashes alone are the end mark (meta), not a lone heading marker; "#1" opens no heading.
    pytest.param(f"{STORY}\n###\nFor further information, call the press office.", id="end-mark-is-no-lone-hash"),
    pytest.param(f"{STORY}\n#1 in the region for seizures", id="hash-number-is-no-heading"),
    pytest.param(f"{STORY}\n#\u00a0\u00a0#\n{AFTER}", id="hash-space-hash-is-no-heading"),
    # Counter parts a blank line sets apart are two blocks, raw or rendered.
    pytest.param(f"{STORY}\n1/\n\n3\n\n{AFTER}", id="counter-parts-between-blank-lines"),
    # Glued sentences that differ, or a copy more than three rendered blocks below, are no repeat.
    pytest.param(f"{STORY}He said the plan works.He said the plan works well.", id="glued-sentences-that-differ"),
    pytest.param(f"{STORY}Twenty countries signed the plan\n{AFTER}\nS\nThe chief\nTwenty countries signed the plan",
                 id="copy-of-a-glued-sentence-far-below"),
    # A control character inside a line, between words, stays (only the edges are cut).
    pytest.param(f"{STORY[:-1]} \x8c today.", id="control-character-inside-a-line"),
]  # fmt: skip

# --- site chrome and wire teasers (issue: page furniture in the gold) ------------------------
# Shapes copied from the real releases named in the ids; each positive has its negatives below.
BROOKLYN_TITLE = "Brooklyn Man Convicted Of Manslaughter - The Brooklyn District Attorney's Office"
BROOKLYN_MENU = "HOME\nGET HELP\nREPORT A CRIME\nCONTACT US\nSEAL YOUR CONVICTION\nSkip to content"
BROOKLYN_LOGO = "T\nHE\nB\nROOKLYN\nD\nISTRICT\nA\nTTORNEY'S\nO\nFFICE"
BROOKLYN_FOOTER = (
    "District Attorney's Action Center\n350 Jay Street\nBrooklyn, NY 11201\n718-250-2340\nLeadership\nMeet The DA\n"
    "Bureaus & Units\nYouth Diversion &\nInitiatives\nCareers\nInternships\nOp-Eds\nPodcasts\nAccessibility"
)
AD_SCRIPT = (
    'if (!window.AdButler){(function(){var s = document.createElement("script"); s.async = true; '
    "s.src = 'https://servedbyadbutler.com/app.js'; var n = document.getElementsByTagName(\"script\")[0]; "
    "n.parentNode.insertBefore(s, n);}());} var AdButler = AdButler || {};"
)
TEASER = "To view the full announcement, including downloadable images, bios, and more, click here."
CLICK_IMAGE = (
    "[Click image above to view full announcement.](https://anchorbase.reportablenews.com/pr/anchorbase-raises)"
)
VIEW_SOURCE = "View source version on newsdirect.com: https://newsdirect.com/news/htx-liquid-restaking-768389186"

BUGS_CAUGHT += [
    _case(f"{BROOKLYN_TITLE}\n{BROOKLYN_MENU}\nFOR IMMEDIATE RELEASE\nFriday, February 20, 2015\n{STORY}",
          *[(K.NAVIGATION, line) for line in BROOKLYN_MENU.splitlines()], case_id="da_010-menu-above-title"),
    _case(f"{STORY}\n{AFTER}\n{BROOKLYN_LOGO}\n{BROOKLYN_FOOTER}",
          *[(K.NAVIGATION, line) for line in f"{BROOKLYN_LOGO}\n{BROOKLYN_FOOTER}".splitlines()],
          case_id="da_010-small-caps-logo-and-footer"),
    _case(f"{STORY}\n{AFTER}\nLeadership\nMeet The DA\nExecutive Team\nCareers\nInternships\nNewsroom\nPress Releases",
          *[(K.NAVIGATION, line) for line in
            ("Leadership", "Meet The DA", "Executive Team", "Careers", "Internships", "Newsroom", "Press Releases")],
          case_id="da_010-menu-after-story"),
    _case(f"{STORY}\nTagged with:\nJosselyn Jazmine Anguiano\nShare\n", (K.BOILERPLATE, "Tagged with:"),
          (K.BOILERPLATE, "Josselyn Jazmine Anguiano"), (K.SHARE_LINKS, "Share"), case_id="da_018-tagged-with"),
    _case(f"FOR IMMEDIATE RELEASE\nCase # 18CF3308\nDecember 26, 2018\n{STORY}", (K.BOILERPLATE, "Case # 18CF3308"),
          case_id="da_018-case-number"),
    _case(f"{STORY}\n\n * \n* \n* \n", (K.SCRAPER_ARTEFACT, "*"), (K.SCRAPER_ARTEFACT, "*"),
          (K.SCRAPER_ARTEFACT, "*"), case_id="wire_032-empty-bullets"),
    _case(f"{STORY}\n\n{TEASER}\n\n{AFTER}", (K.BOILERPLATE, TEASER), case_id="wire_025-full-announcement-teaser"),
    _case(f"{STORY}\n\n{CLICK_IMAGE}\n\n{AFTER}", (K.BOILERPLATE, CLICK_IMAGE), case_id="wire_026-click-image-above"),
    _case(f"{STORY}\n\n{VIEW_SOURCE}\n", (K.BOILERPLATE, VIEW_SOURCE), case_id="wire_004-view-source-version"),
    _case(f"{STORY}\n\nTo view the full press release, visit https://ibn.fm/HKP6H\n\n{AFTER}",
          (K.BOILERPLATE, "To view the full press release, visit https://ibn.fm/HKP6H"),
          case_id="wire_006-full-press-release-teaser"),
    _case(f"{STORY}\n\nView original content:https://www.prnewswire.com/news-releases/acme-301.html\n",
          (K.BOILERPLATE, "View original content:https://www.prnewswire.com/news-releases/acme-301.html"),
          case_id="prnewswire-view-original-content"),
    _case(f"{STORY}\n\nPMW on Newsramp: https://newsramp.com/newswire/prism\n\n"
          "Add us on Google as a Preferred Source to see more News in your Search Results\n\n",
          (K.BOILERPLATE, "PMW on Newsramp: https://newsramp.com/newswire/prism"),
          (K.BOILERPLATE, "Add us on Google as a Preferred Source to see more News in your Search Results"),
          case_id="wire_034-newsramp-link-and-preferred-source-prompt"),
    _case(f"{STORY}\n\n{AD_SCRIPT}\n\n{AFTER}", (K.SCRAPER_ARTEFACT, AD_SCRIPT), case_id="wire_008-ad-script"),
    _case(f"{STORY}\n\n {AD_SCRIPT} Thadani previously served as vice president of Strategy at Urbint.\n\n{AFTER}",
          (K.SCRAPER_ARTEFACT, AD_SCRIPT), case_id="wire_008-story-after-the-script-stays"),
    _case(f"{STORY} {AD_SCRIPT}\n\n{AFTER}", (K.SCRAPER_ARTEFACT, AD_SCRIPT), case_id="script-after-a-sentence-end"),
    _case(f"   Obama Calls on IRS to Protect Privacy   U S  Senator Barack Obama                  Barack Obama"
          f"          Obama Calls on IRS to Protect Privacy Monday  April  9  2007  FOR IMMEDIATE RELEASE   {STORY} {AFTER}"
          f" {STORY}", (K.NAVIGATION, "U S  Senator Barack Obama"), (K.NAVIGATION, "Barack Obama"),
          case_id="senate_004-one-line-site-header"),
    _case(f"    United States Senator Arlen Specter  Pennsylvania   News Room          News Room News Releases     "
          f"{STORY} {AFTER} {STORY}        Browse by           Current record        ",
          (K.NAVIGATION, "United States Senator Arlen Specter  Pennsylvania"), (K.NAVIGATION, "News Room"),
          (K.NAVIGATION, "News Room News Releases"), (K.NAVIGATION, "Browse by"), (K.NAVIGATION, "Current record"),
          case_id="senate_006-one-line-header-and-footer"),
    # Negatives beside them: menu words alone are claimed, the lines between them are not a menu.
    _case(f"News\nJane Roe\nPress Release\nAcme Corp\n{STORY}", (K.NAVIGATION, "News"), (K.NAVIGATION, "Press Release"),
          case_id="two-menu-words-around-a-name-kept"),
    _case(f"Author\nLei Lani Fera\nPublished\nDecember 6, 2012\nHome\nPress\n{STORY}", (K.NAVIGATION, "Home"),
          (K.NAVIGATION, "Press"), case_id="da_016-byline-fields-near-menu-words-kept"),
]  # fmt: skip

BUGS_CAUGHT += [
    _case(
        f"{STORY}\n{AFTER}\nFrank Crowley Courts Building • 133 N. Riverfront Blvd., L.B. 19 • Dallas, Texas 75207-4399 • 214/653-3600",
        (
            K.BOILERPLATE,
            "Frank Crowley Courts Building • 133 N. Riverfront Blvd., L.B. 19 • Dallas, Texas 75207-4399 • 214/653-3600",
        ),
        case_id="da_006-address-footer",
    ),
    _case(
        f"{STORY}\n\nhttps://danewscenter.com/wp-content/uploads/images/fraud-photo.jpg\n320\n480\ndanewscenter\n"
        "2019-12-06 00:00:00\n2021-06-25 16:20:39",
        (K.IMAGE_MARKER, "https://danewscenter.com/wp-content/uploads/images/fraud-photo.jpg"),
        (K.IMAGE_MARKER, "320"),
        (K.IMAGE_MARKER, "480"),
        (K.IMAGE_MARKER, "danewscenter"),
        (K.SCRAPER_ARTEFACT, "2019-12-06 00:00:00"),
        (K.SCRAPER_ARTEFACT, "2021-06-25 16:20:39"),
        case_id="da_021-image-metadata-and-timestamps",
    ),
    _case(
        f"{STORY}\n\nThis article has been amplified by NewsRamp in collaboration with Evertise Studios.",
        (K.BOILERPLATE, "This article has been amplified by NewsRamp in collaboration with Evertise Studios."),
        case_id="wire_033-syndication-line",
    ),
    _case(
        f"{STORY}\n\nThe latest news and updates relating to $SSII are available in the company’s newsroom at: "
        "https://tinyurl.com/ssiinewsroom",
        (
            K.BOILERPLATE,
            (
                "The latest news and updates relating to $SSII are available in the company’s newsroom at: "
                "https://tinyurl.com/ssiinewsroom"
            ),
        ),
        case_id="wire_034-ibn-newsroom-line",
    ),
    _case(
        f"{STORY}\n\nThe post SS Innovations Completes a Private Placement first appeared on Prism Media Wire.",
        (K.BOILERPLATE, "The post SS Innovations Completes a Private Placement first appeared on Prism Media Wire."),
        case_id="wire_034-feed-footer-first-appeared",
    ),
    _case(
        "OFFICE OF\n330 West Broadway DWAIN D. WOODLEY\nTHE DISTRICT ATTORNEY\nSan Diego, CA 92101 ASSISTANT DISTRICT ATTORNEY\n"
        "SUMMER STEPHAN\nDISTRICT ATTORNEY\nJune 10, 2023 Contact: Steve Walker (619) 531-3890\n" + STORY,
        (K.BOILERPLATE, "OFFICE OF"),
        (K.BOILERPLATE, "330 West Broadway DWAIN D. WOODLEY"),
        (K.BOILERPLATE, "THE DISTRICT ATTORNEY"),
        (K.BOILERPLATE, "San Diego, CA 92101 ASSISTANT DISTRICT ATTORNEY"),
        (K.BOILERPLATE, "SUMMER STEPHAN"),
        (K.BOILERPLATE, "DISTRICT ATTORNEY"),
        case_id="da_022-pdf-letterhead",
    ),
    _case(
        f"{STORY}   Hashtag: #VinmecThe issuer is solely responsible for the content of this announcement.",
        (K.BOILERPLATE, "Hashtag: #Vinmec"),
        case_id="wire_035-hashtag-glued-to-the-notice",
    ),
    _case(
        f"{STORY}\n\nHashtag: #DFAAwards #HKDC",
        (K.BOILERPLATE, "Hashtag: #DFAAwards #HKDC"),
        case_id="hashtag-line-several",
    ),
]

NEGATIVE += [
    pytest.param(
        # wire_025 wrapped at 70 columns: a takeaway repeats the lead paragraph and wraps the same way.
        "First Orion, a leading provider of branded calling solutions, today\n"
        "announced a new go-to-market collaboration with Deutsche Telekom to\n"
        "introduce branded calling services to enterprise customers across\n"
        "Germany. Through this initiative, Deutsche Telekom will offer it.\n\n"
        "Key Takeaways:\n\n"
        "- First Orion, a leading provider of branded calling solutions, today\n"
        "announced a new go-to-market collaboration with Deutsche Telekom to\n"
        "introduce branded calling services to enterprise customers across\n"
        "Germany",
        id="wrapped-sentence-lines-that-repeat-are-no-copy",
    ),
]

NEGATIVE += [
    pytest.param(f"{STORY} The campaign used the hashtag #SafeStreets on social media.", id="hashtag-in-a-sentence"),
    pytest.param(
        f"{STORY}\nThe police trained officers in areas including:\n- Firearms.\n- Cybercrime.\n"
        "The police trained officers in areas including:\n- Drugs.",
        id="list-opening-line-written-twice",
    ),
]

NEGATIVE += [
    pytest.param(
        "FOR IMMEDIATE RELEASE\nMEDIA ADVISORY\nPOLICE CHIEFS MEET IN LYON\nTWENTY COUNTRIES SIGN A PLAN\n" + STORY,
        id="caps-front-matter-without-an-address-is-no-letterhead",
    ),
    pytest.param(
        STORY + "\nOFFICE OF\n330 West Broadway\nTHE DISTRICT ATTORNEY\nSAN DIEGO CA 92101\n" + AFTER,
        id="letterhead-only-at-the-top",
    ),
]

NEGATIVE += [
    pytest.param(
        f"{STORY}\nThe office • the court • the jail are all at 133 N. Riverfront Blvd., Dallas, Texas 75207.",
        id="bullets-inside-a-sentence-with-a-zip",
    ),
    pytest.param(f"{STORY}\nThe hearing is set for 2019-12-06 10:00 in Dallas.", id="timestamp-inside-a-sentence"),
    pytest.param(f"{STORY}\nOffices • Courts • Jails", id="bullet-parts-without-an-address"),
]

NEGATIVE += [
    pytest.param(f"{STORY}\nThe defendants include:\nLuis Cardona Jr\nMichael Cusi\nFrancisco Javier Rodriguez\n"
                 "Jesus Herrera\nJessica Herrera\nBetsy Guadalupe Matteoti", id="da_021-name-list-after-colon"),
    pytest.param(f"{STORY}\nDefendant\nCharges\nMaximum Sentence\nCourt Date\nResources\nMedia\n{AFTER}",
                 id="da_018-table-header-inside-story"),
    pytest.param(f"{STORY}\nAdditional Resources:\nSpanish News Release\nMultimedia Resources\nMedia Contacts\nCareers",
                 id="wire_017-resources-list-after-colon"),
    pytest.param(f"{STORY}\n•\nFirst item of the list here\n•\nSecond item of the list", id="pdf-bullet-on-own-line"),
    pytest.param(f"{STORY}\nTo learn more about PlanHub and its impact on construction, visit www.planhub.com",
                 id="wire_014-learn-more-call-to-action"),
    pytest.param(f"{STORY}\nView source version on newsdirect.com: https://newsdirect.com/a The company grew fast.",
                 id="story-glued-after-a-source-link"),
    pytest.param(f"{STORY}\nClick the image above. The suspect fled on foot and was arrested an hour later.",
                 id="click-image-then-story"),
    pytest.param(f"{STORY}\nThe case, Case # 18CF3308, was filed in Santa Ana on Monday.", id="case-number-in-sentence"),
    pytest.param(f"{STORY}\nThe code names {{Alpha}} and {{Beta}} were used; the var was {{x}}; he left; then came.",
                 id="braces-in-prose"),
    pytest.param(f"{STORY} He asked if (as alleged) window.open and var x = {{a; b;}} meant {{c}}; the court agreed.",
                 id="script-words-inside-a-sentence"),
    pytest.param(f"{STORY}\nT\nHe met the chiefs in Lyon.", id="single-letter-line-then-sentence"),
    pytest.param(f"{STORY}\nA\nB\nC\nD\n{AFTER}", id="letter-list-is-not-a-logo"),
    pytest.param(f"{STORY}  U S  Senator Barack Obama said the bill passed.   {AFTER}   {MORE}",
                 id="senator-name-inside-a-segment"),
    pytest.param(f"{STORY}   Barack Obama   {AFTER}   {MORE} {STORY}", id="name-segment-without-site-name"),
    pytest.param(f"{STORY} {AFTER}   {STORY}   Sincerely   Barack Obama   U S  Senator Barack Obama   ",
                 id="senator-signature-after-the-story-starts"),
    pytest.param(f"{STORY}\nTags were handed out to every visitor at the door of the museum.", id="tags-in-sentence"),
]  # fmt: skip

# Round 3 (SPEC 5): furniture a paragraph join or cut sets alone, as the rendering shows it (find_block_noise).
BUGS_CAUGHT += [
    _case(f"{STORY}Share\n{AFTER}", (K.SHARE_LINKS, "Share"), case_id="share-button-glued-after-a-sentence-F1123-29"),
    _case(f"{STORY}\n\n###\nmore to follow", (K.MARKDOWN_HEADING, "###"), case_id="hash-run-joined-to-a-lower-case-line-F1123-25"),
    _case(f"{STORY}\nPhoto\nby\nreuters\n{STORY}", (K.REPEATED_LINE, STORY), case_id="copy-within-three-blocks-once-lines-join-F1123-5"),
    _case(f"{STORY}\n\n{AFTER}\n\nT on.{STORY}", (K.REPEATED_LINE, STORY), case_id="glued-copy-of-a-line-above-F1123-10"),
    _case(f"{STORY}\n{AFTER}\n{MORE}!{AFTER}", (K.REPEATED_LINE, AFTER), case_id="cut-copy-of-the-block-above-F1123-15"),
    _case(f"{STORY}\n\n{AFTER}\n\nShare\n\n{MORE}\n\n{STORY}", (K.SHARE_LINKS, "Share"), (K.REPEATED_LINE, STORY),
          case_id="copy-three-blocks-below-past-a-share-button"),
]  # fmt: skip

NEGATIVE += [
    pytest.param(f"Police met on Monday.Share prices fell in Lyon after the news.\n{AFTER}", id="share-word-opens-a-cut-sentence"),
    pytest.param(f"{STORY}\n\n{AFTER}\n\n{MORE}\n\nT on.{STORY}", id="glued-copy-four-blocks-below"),
    pytest.param(f"{STORY}\n\n{AFTER}\n\n{MORE}\n\nThey agreed.\n\n{STORY}", id="copy-four-blocks-below"),
    pytest.param(f"{STORY}\n\n###", id="end-mark-alone-is-meta-not-a-heading-marker"),
]  # fmt: skip

# Red-team pages: gov.uk, Europol, US DOJ and PR Newswire furniture as scrapers flatten it.
BUGS_CAUGHT += [
    _case(f"Cookies on GOV.UK\nWe use some essential cookies to make this website work.\nAccept additional cookies\n"
          f"Reject additional cookies\n{STORY}",
          (K.BOILERPLATE, "Cookies on GOV.UK"), (K.BOILERPLATE, "We use some essential cookies to make this website work."),
          (K.BOILERPLATE, "Accept additional cookies"), (K.BOILERPLATE, "Reject additional cookies"),
          case_id="cookie-banner-gov-uk"),
    _case(f"{STORY}\n\nIs this page useful?", (K.BOILERPLATE, "Is this page useful?"), case_id="page-survey-gov-uk"),
    _case(f"An official website of the United States government\n{STORY}",
          (K.BOILERPLATE, "An official website of the United States government"), case_id="us-gov-banner-doj"),
    _case(f"{STORY}\n\nTopic(s):\nFinancial Fraud\nComponent(s):\nCriminal Division\nPress Release Number: 26-1234",
          (K.BOILERPLATE, "Topic(s):"), (K.BOILERPLATE, "Financial Fraud"), (K.BOILERPLATE, "Component(s):"),
          (K.BOILERPLATE, "Criminal Division"), (K.BOILERPLATE, "Press Release Number: 26-1234"),
          case_id="doj-topic-component-and-number-footer"),
    _case(f"{STORY}\n{AFTER}\n\nTopic\nFinancial Fraud\n\nComponent\nCriminal Division\n\nPress Release Number: 26-1234",
          (K.BOILERPLATE, "Topic"), (K.BOILERPLATE, "Financial Fraud"), (K.BOILERPLATE, "Component"),
          (K.BOILERPLATE, "Criminal Division"), (K.BOILERPLATE, "Press Release Number: 26-1234"),
          case_id="doj-topic-component-label-over-value-without-colon"),
    _case(f"{STORY}\n\nTo view the source version of this press release, please visit https://www.newsfilecorp.com/release/1",
          (K.BOILERPLATE, "To view the source version of this press release, please visit https://www.newsfilecorp.com/release/1"),
          case_id="newsfile-source-version-link"),
    _case(f"{STORY}\n\n# # #\nPage 1 of 1", (K.BOILERPLATE, "Page 1 of 1"), case_id="pdf-page-counter"),
    _case(f"{STORY}\n\nAttachment\n\nAcme Therapeutics Logo",
          (K.BOILERPLATE, "Attachment"), (K.BOILERPLATE, "Acme Therapeutics Logo"),
          case_id="attachment-list-globenewswire"),
    _case(f"{STORY}\n\nLogo - https://mma.prnewswire.com/media/1234567/Acme_Logo.jpg",
          (K.BOILERPLATE, "Logo - https://mma.prnewswire.com/media/1234567/Acme_Logo.jpg"),
          case_id="pr-newswire-logo-link"),
    _case(f"Europol\nSkip to main content\nHome\nNewsroom\nNews\n23 November 2026\nPress Release\n{STORY}",
          (K.NAVIGATION, "Europol"), (K.NAVIGATION, "Skip to main content"), (K.NAVIGATION, "Home"),
          (K.NAVIGATION, "Newsroom"), (K.NAVIGATION, "News"), (K.NAVIGATION, "Press Release"),
          case_id="site-name-over-the-menu-and-a-date-inside-it-europol"),
]  # fmt: skip

NEGATIVE += [
    pytest.param(f"Cookies on the Menu at the Lyon Fair\n\n{STORY}", id="cookies-on-in-a-headline"),
    pytest.param(f"{STORY}\n\nThe bakery sold cookies on Monday.", id="cookies-in-a-sentence"),
    pytest.param(f"{STORY}\n\nTopics discussed included fraud and drugs.", id="topics-in-a-sentence"),
    pytest.param(f"{STORY}\n\nTopic\n\nFraud cases rose in the year, the report said.", id="bare-topic-over-a-sentence"),
    pytest.param(f"{STORY}\n\nCategory\nThe agency sorts its cases into three groups each year.",
                 id="bare-category-over-a-sentence"),
    pytest.param(f"Topic\nFinancial Fraud\n{STORY}\n{AFTER}", id="bare-topic-before-the-story"),
    pytest.param(f"{STORY}\n\nPhoto - a view of the harbour at dawn", id="photo-label-without-a-link"),
    pytest.param(f"Europol\n\n{STORY}", id="one-word-first-line-without-a-menu-under-it"),
    pytest.param(f"Attachment\n{STORY}\n{AFTER}", id="attachment-label-before-the-story"),
    pytest.param(f"{STORY}\nCriminal Sexual Assault\n14 years old\n1996\nPredatory Criminal Sexual Assault\n8-9 years old\n1997\nCriminal Sexual Assault",
                 id="short-table-cells-repeat-between-short-lines"),
    pytest.param(f"{STORY}\nPage 1 of the report lists the seizures made in Lyon on Monday.", id="page-of-in-a-sentence"),
]  # fmt: skip

BUGS_CAUGHT += [
    _case(f"{STORY}\n\nEuropol\nHome", (K.NAVIGATION, "Home"), case_id="a-site-name-only-at-the-page-top"),
]

# Round n2: Europol's taxonomy box under a story of short sentences (a page with no long line).
DEV += [
    _case(
        "The suspects were arrested on 9 March.\nRelated crime areas\nFraud\nMoney laundering\nRelated entities\n"
        "Eurojust\nShare\nPrint\n",
        *((K.RELATED_LINKS, t) for t in ("Related crime areas", "Fraud", "Money laundering", "Related entities")),
        *((K.RELATED_LINKS, t) for t in ("Eurojust", "Share", "Print")),
        case_id="europol-taxonomy-box-under-a-short-story",
    ),
]

NEGATIVE += [
    # The heading stands above the short story: no sentence before it.
    pytest.param("Related News\nPolice met today in Lyon.\nThey agreed.", id="related-heading-over-a-short-story"),
]

XFAIL = [
    pytest.param(
        "The court heard that the scheme â which ran for years â cost millions.",
        [("scraper_artefact", "â"), ("scraper_artefact", "â")],
        marks=pytest.mark.xfail(strict=True, reason="a mojibake remnant inside a sentence would split the paragraph"),
        id="mojibake-mid-sentence",
    ),
    pytest.param(
        f"{STORY}\nWere there any survivors? None",
        [],
        marks=pytest.mark.xfail(strict=True, reason="a bare answer 'None' after a question reads as an empty field"),
        id="none-as-an-answer",
    ),
    pytest.param(
        f"{STORY}\n© INTERPOL\n{AFTER}",
        [],
        marks=pytest.mark.xfail(strict=True, reason="a lone © credit is reported as a copyright line, not a credit"),
        id="lone-copyright-credit-kind",
    ),
]


class TestNoiseKinds:
    @pytest.mark.parametrize(("text", "expected"), DEV)
    def test_dev(self, text: str, expected: list[tuple[str, str]]) -> None:
        """Furniture from the issues is reported with its kind and exact text."""
        assert expected == _noise(text)

    @pytest.mark.parametrize(("text", "expected"), BUGS_CAUGHT)
    def test_bugs_caught(self, text: str, expected: list[tuple[str, str]]) -> None:
        """Shapes from the real releases are reported with their kind and exact text."""
        assert expected == _noise(text)

    @pytest.mark.parametrize("text", NEGATIVE)
    def test_negative(self, text: str) -> None:
        """The same words inside real text are never noise."""
        assert [] == _noise(text)

    @pytest.mark.parametrize(("text", "expected"), XFAIL)
    def test_known_failures(self, text: str, expected: list[tuple[str, str]]) -> None:
        """Known misses: each XPASS means a case to promote."""
        assert expected == _noise(text)


class TestStableRendering:
    """SPEC 5: ``clean(clean(t)) == clean(t)``: noise is found on the raw text as on its rendering."""

    @pytest.mark.parametrize(
        "text",
        [
            pytest.param("\x82 \x8cá", id="F1123-9-controls-with-a-space-between"),
            pytest.param("---\n[](\u2028)", id="F1123-1-empty-link-url-is-a-line-break"),
            pytest.param(
                f"{STORY}\n\n![Jürgen Stock at the\nmeeting](https://example.org/a.png)\n\n{AFTER}", id="image"
            ),
            pytest.param("Read [the full\nreport](https://example.org/r) now.", id="link-text-wrapped"),
        ],
    )
    def test_clean_is_idempotent(self, text: str) -> None:
        """A second clean removes nothing more."""
        once = parse(text).text
        assert once == parse(once).text


class TestTables:
    def test_every_kind_has_a_rule_or_a_producer(self) -> None:
        """Every NoiseKind is produced by a rule of noise.py, blocks.py or assembly."""
        produced = {kind for kind, _ in NOISE_RULES} | {kind for kind, _ in SPLIT_RULES}
        produced |= {NoiseKind.WHITESPACE, NoiseKind.IMAGE_CREDIT}
        assert set(NoiseKind) == produced

    def test_noise_rules_are_named_functions(self) -> None:
        """Every rule has a docstring, so the table explains itself."""
        for _, rule in (*NOISE_RULES, *SPLIT_RULES):
            assert rule.__doc__

    def test_find_noise_keeps_every_character(self) -> None:
        """Pieces after find_noise cover every non-blank character exactly once."""
        src = f"{STORY}NoneNone\n1 /\n3\nShare\n\u200b{AFTER}None"
        pieces = find_noise(src, group_lines(src, split_lines(src)))
        covered = "".join(src[p.start : p.end] for p in pieces)
        assert "".join(src.split()) == "".join(covered.split())


# --- nothing lost, over a mix of body, captions and every noise kind -----------------------
FURNITURE = (
    "1 / 3", "1 /\n3", "Image 2 of 5", "Share", "Tweet", "Share this article", "Copy link", "Read more",
    "Related articles", "Advertisement", "Accept all cookies", "Subscribe to our newsletter", "Skip to main content",
    "You are here:\nHome\n1\n/\nNews\n/", "Home > News", "© 2024 Acme Inc. All rights reserved.", "\u200b", "None",
    "NoneNone", "â", "?", "```html", "![alt](https://x.example/a.png)", "IMG_1234.jpg", "2018-153-Photo-1",
    "[Image: chiefs]", "Photo: John Smith/AFP", "---\n[Reddit Post](https://reddit.com/x)", "Related Posts",
    "Pardon Our Interruption", "# Title", "6 min read", "–", "\u00a0\u00a0", "\t", "Follow",
    "Accept only essential cookies", "Related crime areas", "Topic", "# # #",
    "Harmon County District Attorney’s Office\n400 Court Street, Westfield, NY 12904",
)  # fmt: skip
BODY = (
    STORY, AFTER, "Officers shared information.", "None of the defendants appeared.", "He read more than 300 files.",
    "“We agreed,” said the Chief.", "Chief Jane Roe (left) shakes hands with Mayor John Doe.",
    "        Colombian President (centre) welcomed the Secretary General (left) to Bogota.",
    "Pictured: officers at the border crossing in Lyon.", 'the court."None  The defendant appealed.',
)  # fmt: skip


@st.composite
def mixed_pages(draw: st.DrawFn) -> str:
    """A page mixing story lines, captions and every noise kind, joined by newlines or blank lines."""
    parts = draw(st.lists(st.sampled_from(FURNITURE + BODY), min_size=1, max_size=25))
    seps = draw(
        st.lists(st.sampled_from(("\n", "\n\n", "\n    \n", "", " ")), min_size=len(parts), max_size=len(parts))
    )
    return "".join(p + s for p, s in zip(parts, seps, strict=True))


class TestNothingLost:
    """SPEC 1: "Every non-whitespace character of `source` lies in exactly one of: the dateline's span,
    one body block's span, one caption's span, one meta span, one noise span. No two of those spans overlap."
    """

    @given(mixed_pages())
    @example("Share\nNoneNone\n1 /\n3\n\u200bPolice met.None")
    @example("---\n[a](b)\n---")
    @example("You are here:\n")
    def test_nothing_lost(self, text: str) -> None:
        """Every character of a page of mixed furniture is owned exactly once."""
        assert [] == check_nothing_lost(parse(text))


# --- linear time ----------------------------------------------------------------------------
MB = 1_000_000
FLOOR = 8.0  # seconds for one stage on 1 MB at least (a shared machine); a quadratic rule takes minutes
FACTOR = 10  # times the stages' time on 1 MB of normal text, measured in the same run (a loaded machine)
ADVERSARIAL = {
    "split-counter-heads": "1 /\n" * (MB // 4),
    "share-lines": "Share\n" * (MB // 6),
    "one-long-line": "Police met in Lyon. " * (MB // 20),
    "empty-lines": "\n" * MB,
    "glued-nones": "court.None " * (MB // 11),
    "related-openers": "A" * 250 + ".\n" + "Related Posts\n" * ((MB - 252) // 14),
    "trailer-rules": "---\n[a](b)\n" * (MB // 11),
    "breadcrumb": "You are here:\n" + "a\n/\n" * (MB // 4),
    "repeated-titles": "Police chiefs met in Lyon today\n" * (MB // 32),
    "logo-letters": "A\nBCDEFGHIJKLMNOP\nD\n" * (MB // 20),
    "menu-lines": "Leadership\nMeet The DA\nCareers\n" * (MB // 30),
    "lone-bullets": "*\nShare prices fell.\n" * (MB // 21),
    "tag-labels": "A" * 250 + ".\n" + "Tags:\nfentanyl\n" * ((MB - 252) // 15),
    "script-braces": "{a; b; var x = window.y;}\n" * (MB // 27),
    "spaced-senator-segments": "U S  Senator Jo Ab   Jo Ab   " * (MB // 29),
}


def _elapsed(func: Callable[[], object]) -> float:
    start = time.process_time()
    func()
    return time.process_time() - start


@functools.cache
def _budget() -> float:
    """The time budget of one stage on 1 MB: ``FACTOR`` times a whole parse of 1 MB of real releases, or more.

    The whole parse, not the noise stages alone: a stage on 1 MB of one rule's trigger may cost a few times the
    noise stages on normal text (the heading rules read each of 80,000 short lines), and the noise stages' own
    time (~0.3 s) left the floor as the budget, which a loaded machine's slower CPU time crossed (8.2 s against
    8.0 s). A parse measured in the same run slows with the machine; a quadratic rule still takes minutes.
    """
    src = _normal(MB)
    return max(FLOOR, FACTOR * _elapsed(lambda: parse(src)))


ADVERSARIAL_BLOCKS = {
    "glued-shares": "Police met in Lyon.Share\n" * (MB // 25),
    "glued-copies": "Police chiefs met in Lyon today.Police chiefs met in Lyon today.\n" * (MB // 66),
    "joined-hash-runs": "###\nmore\n" * (MB // 9),
    "wrapped-copies": "Police chiefs met in Lyon\nand agreed\n" * (MB // 38),
}


class TestLinearTime:
    @pytest.mark.parametrize("name", [*ADVERSARIAL_BLOCKS, "share-lines", "one-long-line", "repeated-titles"])
    def test_find_block_noise_within_budget(self, name: str) -> None:
        """The second pass takes the blocks of 1 MB of adversarial furniture within the budget."""
        src = {**ADVERSARIAL, **ADVERSARIAL_BLOCKS}[name]
        lines = find_noise(src, group_lines(src, split_lines(src)))
        blocks = paragraphs.split_lines(src, paragraphs.join_lines(src, lines))
        took = _elapsed(lambda: find_block_noise(src, blocks, lines))
        assert took <= _budget(), f"{name}: {took:.2f}s (budget {_budget():.2f}s)"

    @pytest.mark.parametrize("name", ADVERSARIAL)
    def test_find_noise_within_budget(self, name: str) -> None:
        """find_noise takes 1 MB of adversarial furniture within the budget."""
        src = ADVERSARIAL[name]
        pieces = group_lines(src, split_lines(src))
        took = _elapsed(lambda: find_noise(src, pieces))
        assert took <= _budget(), f"{name}: {took:.2f}s (budget {_budget():.2f}s)"

    @pytest.mark.parametrize("name", ADVERSARIAL)
    def test_classify_blocks_within_budget(self, name: str) -> None:
        """classify_blocks takes the same pages within the budget."""
        src = ADVERSARIAL[name]
        pieces = find_noise(src, group_lines(src, split_lines(src)))
        took = _elapsed(lambda: classify_blocks(src, pieces))
        assert took <= _budget(), f"{name}: {took:.2f}s (budget {_budget():.2f}s)"


class TestWrappedSentenceEnd:
    """A sentence's last word hard-wrapped onto a line of its own is the author's, never furniture."""

    def test_last_word_of_a_wrapped_sentence_is_kept(self) -> None:
        """``… $3.45 per`` / ``share.`` (wire_034 wrapped at 70 columns) is one paragraph, not a share button."""
        text = (
            "LYON, France – The Company sold 1,300,006 shares of common stock at an average price of $3.45 per\n"
            "share.\n\nShare this article\n"
        )
        doc = parse(text)
        assert ["The Company sold 1,300,006 shares of common stock at an average price of $3.45 per share."] == [
            b.text for b in doc.body
        ]
        assert ["Share this article"] == [n.text for n in doc.noise if n.kind is NoiseKind.SHARE_LINKS]

    @pytest.mark.parametrize(
        "text",
        [
            pytest.param("Police met today.\nshare\n\nThey agreed on a plan.", id="after-a-sentence-end"),
            pytest.param("Skip to main content\nshare\n\nPolice met today. They agreed.", id="under-a-short-line"),
        ],
    )
    def test_share_word_under_no_open_sentence_is_noise(self, text: str) -> None:
        """A share word under a finished sentence or under a short line is still furniture."""
        assert ["share"] == [n.text for n in parse(text).noise if n.kind is NoiseKind.SHARE_LINKS]


# --- page furniture other scrapers leave in (red team, round 3) ------------------------------------------
# Written for pressparse from the templates of the target sources (US DOJ and US Attorneys, Europol, UK and
# Australian police, county DAs, PR wires). Each furniture line stands between two story paragraphs; the
# negatives under them are story sentences with the same words, which stay in the body. Decisions: "Read more
# about the program at https://..." is the release's own pointer and stays (only a bare "Read more:" with a
# link is a teaser); "Updated March 3, 2025" is a date for the meta stage, not noise; a lone
# "Accessibility" stays (it may head a section of a release about a building) unless it stands in a row
# of footer links or a site menu.
def _between(line: str) -> str:
    return f"{STORY}\n\n{line}\n\n{AFTER}"


GNW_PHOTO = (
    "A photo accompanying this announcement is available at "
    "https://www.globenewswire.com/NewsRoom/AttachmentNg/0a1b2c3d"
)
FURNITURE_SOURCES = [
    _case(_between("Home > News > Press releases"), (K.BREADCRUMB_TRAIL, "Home > News > Press releases"),
          case_id="breadcrumb-angle"),
    _case(_between("Home / Newsroom"), (K.BREADCRUMB_TRAIL, "Home / Newsroom"), case_id="breadcrumb-slash"),
    _case(_between("Back to top"), (K.NAVIGATION, "Back to top"), case_id="back-to-top"),
    _case(_between("Return to top"), (K.NAVIGATION, "Return to top"), case_id="return-to-top"),
    _case(_between("« Back to newsroom"), (K.NAVIGATION, "« Back to newsroom"), case_id="back-to-newsroom"),
    _case(_between("Print this page"), (K.SHARE_LINKS, "Print this page"), case_id="print-this-page"),
    _case(_between("Share on Facebook Twitter LinkedIn Email"),
          (K.SHARE_LINKS, "Share on Facebook Twitter LinkedIn Email"), case_id="share-on-row"),
    _case(_between("Share: Facebook | X | LinkedIn"), (K.SHARE_LINKS, "Share: Facebook | X | LinkedIn"),
          case_id="share-label-row"),
    _case(_between("Follow us on X @acme"), (K.SHARE_LINKS, "Follow us on X @acme"), case_id="follow-us-handle"),
    _case(_between("Follow the FBI on Twitter: @FBI"), (K.SHARE_LINKS, "Follow the FBI on Twitter: @FBI"),
          case_id="follow-agency-handle"),
    _case(_between("Connect with us: Facebook, Instagram and YouTube"),
          (K.SHARE_LINKS, "Connect with us: Facebook, Instagram and YouTube"), case_id="connect-with-us"),
    _case(f"{STORY}\n\n{AFTER}\n\nFollow the District Attorney’s Office on",
          (K.SHARE_LINKS, "Follow the District Attorney’s Office on"), case_id="da_022-follow-prompt-icons-lost"),
    _case(_between("Tags: fraud, money laundering"), (K.BOILERPLATE, "Tags: fraud, money laundering"),
          case_id="tags-line"),
    _case(_between("Topic(s): Financial Fraud"), (K.BOILERPLATE, "Topic(s): Financial Fraud"),
          case_id="doj-topics-one-line"),
    _case(_between("Component(s): Criminal Division"), (K.BOILERPLATE, "Component(s): Criminal Division"),
          case_id="doj-components-one-line"),
    _case(f"{STORY}\n\n{AFTER}\n\nTopic(s):\nFinancial Fraud\n\nComponent(s):\nCriminal Division\nUSAO - New Jersey",
          (K.BOILERPLATE, "Topic(s):"), (K.BOILERPLATE, "Financial Fraud"), (K.BOILERPLATE, "Component(s):"),
          (K.BOILERPLATE, "Criminal Division"), (K.BOILERPLATE, "USAO - New Jersey"), case_id="doj-footer-fields"),
    _case(_between("Keywords: fraud, drugs"), (K.BOILERPLATE, "Keywords: fraud, drugs"), case_id="keywords-line"),
    _case(f"{STORY}\n\n{AFTER}\n\nRelated content\nOther Case Charged\nMay 1, 2025",
          (K.RELATED_LINKS, "Related content"), (K.RELATED_LINKS, "Other Case Charged"),
          (K.RELATED_LINKS, "May 1, 2025"), case_id="related-content"),
    _case(_between("Read more"), (K.BOILERPLATE, "Read more"), case_id="read-more"),
    _case(_between("Read more: https://example.org/news/a"), (K.BOILERPLATE, "Read more: https://example.org/news/a"),
          case_id="read-more-with-link"),
    _case(_between("Previous article\nNext article"), (K.NAVIGATION, "Previous article"),
          (K.NAVIGATION, "Next article"), case_id="previous-next-lines"),
    _case(_between("Previous article / Next article"), (K.NAVIGATION, "Previous article / Next article"),
          case_id="previous-next-row"),
    _case(_between("Was this page helpful? Yes No"), (K.BOILERPLATE, "Was this page helpful? Yes No"),
          case_id="rating-one-line"),
    _case(_between("Was this page helpful?\nYes\nNo"), (K.BOILERPLATE, "Was this page helpful?"),
          (K.BOILERPLATE, "Yes"), (K.BOILERPLATE, "No"), case_id="rating-answer-lines"),
    _case(_between("Did you find what you were looking for?"),
          (K.BOILERPLATE, "Did you find what you were looking for?"), case_id="rating-found"),
    _case(_between("Subscribe to our newsletter"), (K.BOILERPLATE, "Subscribe to our newsletter"),
          case_id="newsletter"),
    _case(_between("English Français Español العربية"), (K.NAVIGATION, "English Français Español العربية"),
          case_id="language-picker-line"),
    _case(_between("English\nFrançais\nEspañol\nTiếng Việt"), (K.NAVIGATION, "English"), (K.NAVIGATION, "Français"),
          (K.NAVIGATION, "Español"), (K.NAVIGATION, "Tiếng Việt"), case_id="language-picker-lines"),
    _case(_between("Skip to main content"), (K.NAVIGATION, "Skip to main content"), case_id="skip-link"),
    _case(_between("Privacy | Terms | Contact"), (K.NAVIGATION, "Privacy | Terms | Contact"), case_id="footer-row"),
    _case(_between("Privacy statement | Legal notice | Accessibility"),
          (K.NAVIGATION, "Privacy statement | Legal notice | Accessibility"), case_id="europol-footer-row"),
    _case(_between("© 2025 Acme Inc. All rights reserved."), (K.COPYRIGHT_LINE, "© 2025 Acme Inc. All rights reserved."),
          case_id="copyright"),
    # Media widgets and links: buttons and links are noise, never captions.
    _case(_between("Download image"), (K.BOILERPLATE, "Download image"), case_id="download-image"),
    _case(_between("Enlarge"), (K.BOILERPLATE, "Enlarge"), case_id="enlarge"),
    _case(_between("View gallery"), (K.BOILERPLATE, "View gallery"), case_id="view-gallery"),
    _case(_between("Watch the video"), (K.BOILERPLATE, "Watch the video"), case_id="watch-the-video"),
    _case(_between("Watch the video: https://youtu.be/abc123"), (K.BOILERPLATE, "Watch the video: https://youtu.be/abc123"),
          case_id="watch-the-video-link"),
    _case(_between("Image 2 of 5"), (K.SLIDESHOW_COUNTER, "Image 2 of 5"), case_id="slideshow-counter"),
    _case(_between("Photo - https://mma.prnewswire.com/media/123/acme.jpg"),
          (K.BOILERPLATE, "Photo - https://mma.prnewswire.com/media/123/acme.jpg"), case_id="prn-photo-link"),
    _case(_between(GNW_PHOTO), (K.BOILERPLATE, GNW_PHOTO), case_id="globenewswire-attachment-line"),
    _case(_between("Photo courtesy of the FBI"), (K.IMAGE_CREDIT, "Photo courtesy of the FBI"),
          case_id="doj-courtesy-credit-alone"),
    # Round 3b: trails without "Home", WordPress share buttons, gov.uk's survey, media pointers, widgets.
    _case(_between("U.S. Attorneys » District of New Jersey » News"),
          (K.BREADCRUMB_TRAIL, "U.S. Attorneys » District of New Jersey » News"), case_id="justice-gov-trail"),
    _case(_between("Press Room > Press Releases > 2025"), (K.BREADCRUMB_TRAIL, "Press Room > Press Releases > 2025"),
          case_id="trail-of-angles"),
    _case(_between("Share this:\nClick to share on Twitter (Opens in new window)\n"
                   "Click to email a link to a friend (Opens in new window)\nLike this:\nLike Loading..."),
          (K.SHARE_LINKS, "Share this:"), (K.SHARE_LINKS, "Click to share on Twitter (Opens in new window)"),
          (K.SHARE_LINKS, "Click to email a link to a friend (Opens in new window)"), (K.BOILERPLATE, "Like this:"),
          (K.BOILERPLATE, "Like Loading..."), case_id="wordpress-jetpack-share"),
    _case(_between("Print Friendly, PDF & Email"), (K.BOILERPLATE, "Print Friendly, PDF & Email"),
          case_id="print-friendly-plugin"),
    _case(_between("Is this page useful?\nMaybe\nYes this page is useful\nNo this page is not useful"),
          (K.BOILERPLATE, "Is this page useful?"), (K.BOILERPLATE, "Maybe"), (K.BOILERPLATE, "Yes this page is useful"),
          (K.BOILERPLATE, "No this page is not useful"), case_id="gov-uk-survey"),
    _case(_between("Select Language\nEnglish\nEspañol"), (K.NAVIGATION, "Select Language"), (K.NAVIGATION, "English"),
          (K.NAVIGATION, "Español"), case_id="language-picker-with-label"),
    _case(_between("Images and vision of the arrest are available via Hightail: https://spaces.hightail.com/r/abc"),
          (K.BOILERPLATE, "Images and vision of the arrest are available via Hightail: https://spaces.hightail.com/r/abc"),
          case_id="australian-police-media-link"),
    _case(_between("Note to media: Video is available at https://example.org/v"),
          (K.BOILERPLATE, "Note to media: Video is available at https://example.org/v"), case_id="media-note-link"),
    _case(_between("Click here to watch the video"), (K.BOILERPLATE, "Click here to watch the video"),
          case_id="click-here-to-watch"),
    _case(_between("Leave a Reply\nComments are closed."), (K.BOILERPLATE, "Leave a Reply"),
          (K.BOILERPLATE, "Comments are closed."), case_id="wordpress-comment-form"),
    _case(_between("Distribution channels: Banking, Finance & Investment Industry"),
          (K.BOILERPLATE, "Distribution channels: Banking, Finance & Investment Industry"),
          case_id="ein-distribution-channels"),
]  # fmt: skip

FURNITURE_SOURCES_NEGATIVE = [
    pytest.param(_between("Police shared the video on Facebook."), id="shared-on-facebook"),
    pytest.param(_between("Tags were found on the bags."), id="tags-in-a-sentence"),
    pytest.param(_between("Read more about the program at https://example.org/program."), id="read-more-about"),
    pytest.param(_between("Follow the money, investigators said."), id="follow-the-money"),
    pytest.param(f"{STORY}\n\nJoin us on\nTuesday at the courthouse for the ceremony.\n\n{AFTER}",
                 id="join-us-on-wrapped"),
    pytest.param(_between("Home / away: the team travelled to Lyon."), id="home-slash-in-a-sentence"),
    pytest.param(_between("Privacy | the defendant asked for it"), id="bar-with-prose"),
    pytest.param(_between("Accessibility for victims remains a priority, said the DA."), id="accessibility-sentence"),
    pytest.param(_between("Updated figures show a 20 percent rise in seizures."), id="updated-in-a-sentence"),
    pytest.param(_between("Return to top form is the goal, the coach said."), id="return-to-top-in-a-sentence"),
    pytest.param(_between("Was this page helpful to the victims, the judge asked."), id="helpful-in-a-sentence"),
    pytest.param(_between("Watch the video of the hearing on the court's website."), id="watch-in-a-sentence"),
    pytest.param(_between("TOPIC: The District Attorney will discuss the verdict"), id="media-advisory-topic-field"),
    pytest.param(_between("English and Spanish speakers can call the hotline."), id="languages-in-a-sentence"),
    pytest.param(_between("Email: press@example.org"), id="email-contact-label"),
    pytest.param(f"{STORY}\n\nMedia Contact:\nJane Roe\nTwitter: @janeroe\n+1 555 123 4567",
                 id="handle-in-a-contact-block"),
    pytest.param(_between("Sales rose as Q1 > Q2 > Q3 in Lyon."), id="angles-in-a-sentence"),
    pytest.param(_between("He wrote » to the court."), id="guillemet-in-a-sentence"),
    pytest.param(_between("Images of the suspect are available from police, who asked for help."),
                 id="images-available-sentence"),
    pytest.param(_between("Click to share the story with friends, the DA urged."), id="click-to-share-sentence"),
    pytest.param(_between("English"), id="one-language-name"),
    # wire_018's "Additional Resources:" list: a prompt the author set as a list item is the author's.
    pytest.param(_between("Additional Resources:\n* Follow AHA/ASA news on X @HeartNews\n* Follow us on X @acme"),
                 id="wire_018-prompts-as-list-items"),
]  # fmt: skip


# Round n2 (the QA pages of s16): a wire header's lone button, cookie-banner buttons, Europol's taxonomy box,
# justice.gov's bare footer fields, a site's address footer, a letterhead without an address.
GNW_HEADER = (
    "Corvane Therapeutics Announces Positive Topline Results from Phase 2 Trial of CRV-301 in Chronic Cough\n"
    "October 02, 2025 07:00 ET | Source: Corvane Therapeutics, Inc.\n"
    "Follow\n\n"
    "BOSTON, Oct. 02, 2025 (GLOBE NEWSWIRE) -- Corvane Therapeutics, Inc. today announced results.\n"
)
DA_FOOTER = "Harmon County District Attorney’s Office\n400 Court Street, Westfield, NY 12904\n(518) 555-0190"
SENATE_FOOTER = "Washington, DC Office\n313 Hart Senate Office Building\nWashington, DC 20510\nPhone: (202) 224-5244"
LETTERHEAD = "OFFICE OF THE DISTRICT ATTORNEY\nCOUNTY OF SAN LORENZO\nJOANNA PRICE-MEYER\nDISTRICT ATTORNEY"


def _footer(*lines: str) -> tuple[tuple[NoiseKind, str], ...]:
    return tuple((K.BOILERPLATE, line) for line in lines)


FURNITURE_SOURCES += [
    _case(_between("Follow"), (K.SHARE_LINKS, "Follow"), case_id="lone-follow-button"),
    _case(f"Accept all cookies\nAccept only essential cookies\nReject all\nCookie settings\nManage preferences\n"
          f"{STORY}\n\n{AFTER}",
          (K.BOILERPLATE, "Accept all cookies"), (K.BOILERPLATE, "Accept only essential cookies"),
          (K.BOILERPLATE, "Reject all"), (K.BOILERPLATE, "Cookie settings"), (K.BOILERPLATE, "Manage preferences"),
          case_id="europol-cookie-buttons"),
    _case(_between("Reject non-essential cookies\nUse necessary cookies only\nSave my preferences"),
          (K.BOILERPLATE, "Reject non-essential cookies"), (K.BOILERPLATE, "Use necessary cookies only"),
          (K.BOILERPLATE, "Save my preferences"), case_id="cookie-buttons-other-wordings"),
    _case(f"{STORY}\n\n{AFTER}\nRelated crime areas\nFraud\nMoney laundering\nRelated entities\nEurojust\nShare\nPrint",
          *((K.RELATED_LINKS, t) for t in ("Related crime areas", "Fraud", "Money laundering", "Related entities",
                                           "Eurojust", "Share", "Print")),
          case_id="europol-taxonomy-box"),
    _case(f"{STORY}\n\n{AFTER}\nTopic\nDisability Rights\nPress Release Number: 25-207\nRelated Content\nPress Release\n"
          "Justice Department Reaches Settlement with Kentucky City\nJanuary 30, 2025",
          (K.BOILERPLATE, "Topic"), (K.BOILERPLATE, "Disability Rights"), (K.BOILERPLATE, "Press Release Number: 25-207"),
          *((K.RELATED_LINKS, t) for t in ("Related Content", "Press Release",
                                           "Justice Department Reaches Settlement with Kentucky City", "January 30, 2025")),
          case_id="justice-gov-bare-topic-and-related-box"),
    _case(f"{STORY}\n\n{AFTER}\nTopics\nDrug Trafficking\nComponent\nUSAO - New Mexico\nPress Release Number: 25-118",
          (K.BOILERPLATE, "Topics"), (K.BOILERPLATE, "Drug Trafficking"), (K.BOILERPLATE, "Component"),
          (K.BOILERPLATE, "USAO - New Mexico"), (K.BOILERPLATE, "Press Release Number: 25-118"),
          case_id="justice-gov-fields-in-a-row"),
    _case(f"{STORY}\n\n{AFTER}\nTags\nBiotech\nClinical Trial\nRelated Links\nAcme Therapeutics",
          (K.BOILERPLATE, "Tags"), (K.BOILERPLATE, "Biotech"), (K.BOILERPLATE, "Clinical Trial"),
          (K.RELATED_LINKS, "Related Links"), (K.RELATED_LINKS, "Acme Therapeutics"), case_id="globenewswire-tags-box"),
    _case(f"{STORY}\n\n{AFTER}\n\n# # #\nPrint\nShare\n{DA_FOOTER}",
          (K.SHARE_LINKS, "Print"), (K.SHARE_LINKS, "Share"), *_footer(*DA_FOOTER.split("\n")),
          case_id="county-prosecutor-address-footer"),
    _case(f"{STORY}\n\n{AFTER}\n\n###\nNext Article\nPrevious Article\n{SENATE_FOOTER}\nPortland Office\n"
          "1 World Trade Center, Suite 400\nPortland, OR 97204",
          (K.NAVIGATION, "Next Article"), (K.NAVIGATION, "Previous Article"),
          *_footer(*SENATE_FOOTER.split("\n"), "Portland Office", "1 World Trade Center, Suite 400", "Portland, OR 97204"),
          case_id="senate-office-footers"),
    _case(f"{STORY}\n\n{AFTER}\n\n###\nWashington, D.C. Office\n313 Hart Senate Office Building\nWashington, D.C. 20510",
          *_footer("Washington, D.C. Office", "313 Hart Senate Office Building", "Washington, D.C. 20510"),
          case_id="office-footer-with-abbreviation-stops"),
    _case(f"{STORY}\n\n{AFTER}\nShare\nEuropol Headquarters\nEisenhowerlaan 73\n2517 KK The Hague",
          (K.SHARE_LINKS, "Share"), *_footer("Europol Headquarters", "Eisenhowerlaan 73", "2517 KK The Hague"),
          case_id="office-footer-european-postcode"),
    _case(f"{LETTERHEAD}\n\nFOR IMMEDIATE RELEASE\n\n{STORY}\n\n{AFTER}", *_footer(*LETTERHEAD.split("\n")),
          case_id="pdf-letterhead-without-an-address"),
]  # fmt: skip

FURNITURE_SOURCES_NEGATIVE += [
    # The end of a hard-wrapped sentence is the author's word, not a button.
    pytest.param(f"{STORY}\n\nInvestigators from twelve countries said that more arrests would soon\nfollow.\n\n{AFTER}",
                 id="wrapped-follow"),
    pytest.param(_between("The bakery will accept all cookies baked before noon, the owner said."),
                 id="accept-cookies-in-a-sentence"),
    pytest.param(_between("Reject all cookies, the chef told the apprentices."), id="reject-cookies-in-a-sentence"),
    pytest.param(_between("Related crime areas include fraud and money laundering, Europol said."),
                 id="related-crime-areas-in-a-sentence"),
    # A related-box heading above the story opens no box.
    pytest.param(f"Related entities\n{STORY}\n\n{AFTER}", id="related-heading-before-the-story"),
    # A contact block under the end mark is the meta stage's, street address and all.
    pytest.param(f"{STORY}\n\n{AFTER}\n\n###\nMedia Contact:\nJane Roe\n{DA_FOOTER}", id="contact-block-with-address"),
    pytest.param(f"{STORY}\n\n{AFTER}\n\n###\nContact: Jane Roe (202) 555-0100\n{DA_FOOTER}",
                 id="contact-line-over-an-office-address"),
    # Nothing closes the story above it: an office and address right under the story stay.
    pytest.param(f"{STORY}\n\n{AFTER}\n{DA_FOOTER}", id="office-address-under-the-story-unclosed"),
    pytest.param(f"{STORY}\n\n###\nThe shooting happened outside the Harmon County Office at 400 Court Street, "
                 "Westfield, NY 12904.", id="address-in-a-story-sentence"),
    # A capitals headline with office words, and no release note under it, is no letterhead.
    pytest.param(f"DISTRICT ATTORNEY\nCHARGES MAN IN\nCOUNTY OF LYON\nROBBERY CASE\n\n{STORY}\n\n{AFTER}",
                 id="capitals-headline-with-office-words"),
]  # fmt: skip


class TestWireHeaderButton:
    """GlobeNewswire's header: the ``Follow`` button goes, and the title and date line stay meta."""

    def test_follow_is_noise(self) -> None:
        """The lone button under the date line is share furniture."""
        assert [("share_links", "Follow")] == _noise(GNW_HEADER)

    def test_title_and_date_stay_meta(self) -> None:
        """With the button gone, the headline and the wire's date line are read as meta."""
        doc = parse(GNW_HEADER)
        assert [
            ("title", GNW_HEADER.split("\n", maxsplit=1)[0]),
            ("date", "October 02, 2025 07:00 ET | Source: Corvane Therapeutics, Inc."),
        ] == [(m.kind.value, m.text) for m in doc.meta]

    def test_rendering_is_stable(self) -> None:
        """SPEC 5: the rendering reads back the same body, and a second clean removes nothing."""
        doc = parse(GNW_HEADER)
        assert [(b.kind, b.text) for b in doc.body] == [(b.kind, b.text) for b in parse(doc.text).body]
        assert doc.text == parse(doc.text).text


class TestSourceFurniture:
    """Furniture as the target sources print it, with story negatives beside it."""

    @pytest.mark.parametrize(("text", "expected"), FURNITURE_SOURCES)
    def test_furniture(self, text: str, expected: list[tuple[str, str]]) -> None:
        """The furniture line is noise of its kind, and only the story stays in the body."""
        doc = parse(text)
        assert expected == [(n.kind.value, n.text) for n in doc.noise if n.kind is not NoiseKind.WHITESPACE]
        assert [STORY, AFTER] == [b.text for b in doc.body]

    @pytest.mark.parametrize(("text", "_expected"), FURNITURE_SOURCES)
    def test_rendering_is_stable(self, text: str, _expected: list[tuple[str, str]]) -> None:
        """``parse(doc.text)`` reads back the same body (SPEC 5)."""
        doc = parse(text)
        again = parse(doc.text)
        assert doc.text == again.text
        assert [(b.kind, b.text) for b in doc.body] == [(b.kind, b.text) for b in again.body]

    @pytest.mark.parametrize("text", FURNITURE_SOURCES_NEGATIVE)
    def test_story_sentence_stays(self, text: str) -> None:
        """The same words in a story sentence (or a contact field) are no noise."""
        assert [] == _noise(text)


# 1 MB of each new rule's trigger, repeated: every rule stays within the budget (SPEC 3).
ADVERSARIAL_SOURCES = {
    "follow-prompts": "Follow the A B C D E F G H on\n\n" * (MB // 32),
    "social-handles": ("Follow us on " + "X @a, " * 25 + "\n") * (MB // 164),
    "link-rows": ("Privacy | " * 15 + "Story\n") * (MB // 156),
    "language-lines": "English\n" * (MB // 8),
    "language-words": ("English Français " * 8 + "x\n") * (MB // 138),
    "rating-lines": "Was this page helpful?\nYes\n" * (MB // 27),
    "credits-under-lines": "A caption of the photo.\n©Europol\n\n" * (MB // 34),
    "trailing-credits": ("Police met (Photo: " * 10 + ")\n\n") * (MB // 192),
    "breadcrumb-chains": ("A. B. C " * 8 + "» " * 5 + "x.\n") * (MB // 75),
    "media-pointers": ("Photos and video of " + "a " * 40 + "are available at x\n") * (MB // 118),
    "office-footers": "###\nAcme Office\n1 A B C D E F Street\n" * (MB // 37),
    "office-names": "Acme Office\n" * (MB // 12),
    "cookie-buttons": ("Accept " + "all " * 6 + "cookies\n") * (MB // 40),
    "bare-tag-fields": "Tags\nTopics\nA\n" * (MB // 14),
    "letterheads": "OFFICE OF THE A B C D E F G H\n" * (MB // 30),
}


class TestSourceRulesLinearTime:
    @pytest.mark.parametrize("name", ADVERSARIAL_SOURCES)
    def test_find_noise_within_budget(self, name: str) -> None:
        """find_noise takes 1 MB of one new rule's trigger within the budget."""
        src = ADVERSARIAL_SOURCES[name]
        pieces = group_lines(src, split_lines(src))
        took = _elapsed(lambda: find_noise(src, pieces))
        assert took <= _budget(), f"{name}: {took:.2f}s (budget {_budget():.2f}s)"

    @pytest.mark.parametrize("name", ADVERSARIAL_SOURCES)
    def test_classify_blocks_within_budget(self, name: str) -> None:
        """classify_blocks (the caption rules) takes the same pages within the budget."""
        src = ADVERSARIAL_SOURCES[name]
        pieces = find_noise(src, group_lines(src, split_lines(src)))
        took = _elapsed(lambda: classify_blocks(src, pieces))
        assert took <= _budget(), f"{name}: {took:.2f}s (budget {_budget():.2f}s)"


class TestCleanupPage:
    def test_cleanup_page_lists_every_rule(self) -> None:
        """docs/cleanup.md lists every noise rule with its kind, in the tables' order."""
        page = (Path(__file__).parent.parent / "docs" / "cleanup.md").read_text(encoding="utf-8")
        listed = re.findall(r"^\| `(\w+)` \| `(\w+)` \|$", page, re.MULTILINE)
        assert [(rule.__name__, kind.value) for kind, rule in (*NOISE_RULES, *SPLIT_RULES)] == listed


STORY2 = (
    "WASHINGTON – A federal jury convicted a man today of wire fraud and money laundering, the office said.\n\n"
    "The FBI investigated the case with the help of local police."
)
# (page furniture, its lines the noise stage must take): QA round 2 pages (justice.gov banner, Spanish-language
# DA sites, Business Wire and PR Newswire footers, Newsfile image pointers, Senate boxes, DOJ release numbers).
ROUND_TWO = [
    pytest.param(
        "Official websites use .gov A .gov website belongs to an official government organization in the United "
        "States.\nSecure .gov websites use HTTPS A lock ( ) or https:// means you’ve safely connected to the .gov "
        "website. Share sensitive information only on official, secure websites.\n\n" + STORY2,
        2,
        id="gov-banner-flattened",
    ),
    pytest.param(
        "Saltar al contenido principal\nInicio\nNoticias\n\n" + STORY2 + "\n\nCompartir", 4, id="spanish-chrome"
    ),
    pytest.param(
        "U.S. Attorneys\n»\nWestern District of Kentucky\n»\nNews\n\nSix Men Sentenced for Drug Trafficking\n\n"
        + STORY2,
        5,
        id="usao-crumbs-one-a-line",
    ),
    pytest.param(STORY2 + "\n\n#Hashtags\n#robotics #warehouse #coldchain", 2, id="business-wire-hashtags"),
    pytest.param(
        STORY2 + "\n\nWANT YOUR COMPANY'S NEWS FEATURED ON PRNEWSWIRE.COM?\n440k+ Newsrooms & Influencers\n"
        "9k+ Digital Media Outlets\n270k+ Journalists Opted In\nGET STARTED",
        5,
        id="pr-newswire-promotion",
    ),
    pytest.param(
        STORY2 + "\n\nTo view an enhanced version of this graphic, please visit:\n"
        "https://images.newsfilecorp.com/files/9921/248817_fig1.jpg\n\nThe drilling continues.",
        2,
        id="newsfile-image-pointer-and-link",
    ),
    pytest.param(STORY2 + "\n\n###\nRelated Issues\nFamilies\nRural Development", 3, id="senate-related-issues"),
    pytest.param(STORY2 + "\n\n###\nDOJ-23-0418", 1, id="doj-release-number"),
    pytest.param(
        STORY2 + "\n\n###\n\nNext Article\nPrevious Article\nPrint\nEmail\nWashington, DC\n"
        "437 Russell Senate Office Building\nWashington, DC 20510\nPhone: (202) 224-4242",
        8,
        id="senate-office-footer-named-by-its-place",
    ),
    pytest.param(STORY2 + "\n\nRELEASE NUMBER: 2025-148_Acosta", 1, id="usao-release-number"),
]


@pytest.mark.parametrize(("page", "count"), ROUND_TWO)
def test_round_two_furniture(page: str, count: int) -> None:
    """The furniture lines are noise, none leaks into the body, and the rendering reads the same (SPEC 5)."""
    doc = parse(page)
    furniture = [n for n in doc.noise if n.kind is not NoiseKind.WHITESPACE]
    assert count == sum(n.text.count("\n") + 1 for n in furniture) or count == len(furniture)
    assert all(not b.text.startswith(("#", "Inicio", "WANT", "Related", "DOJ-", "RELEASE")) for b in doc.body)
    assert [(b.kind, b.text) for b in doc.body] == [(b.kind, b.text) for b in parse(doc.text).body]


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("The team used the hashtag #SafeStreets during the campaign.", id="hashtag-in-a-sentence"),
        pytest.param("Inicio de la investigación: la fiscal anunció hoy los cargos.", id="inicio-in-a-sentence"),
        pytest.param("The office has 440 prosecutors and 9 investigators.", id="numbers-in-a-sentence"),
        pytest.param("To view an enhanced version of the plan, residents may visit the library.", id="visit-sentence"),
    ],
)
def test_round_two_story_stays(line: str) -> None:
    """Story sentences holding the same words stay in the body."""
    assert line in [b.text for b in parse(STORY2 + "\n\n" + line).body]
