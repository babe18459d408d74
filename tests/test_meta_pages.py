"""Front and back matter of whole scraped pages (``pressparse.meta``), red-teamed source by source.

Method: each case is a page written the way scrapers flatten the releases of one kind of source
(gov.uk and UK police forces, New Zealand Police, INTERPOL and Europol, US DOJ, PR Newswire), with
its page furniture around the story. ``BUGS_CAUGHT`` pins what these pages broke (each row names
the shape); ``NEGATIVE`` sits beside them: story text of the same words that must stay story.
New shapes go into the table with an id naming the source they come from.
"""

from __future__ import annotations

import pytest

from pressparse import parse

STORY = (
    "LYON, France – Police chiefs from 20 countries met on Monday to agree on a common plan against "
    "organised crime, the agency said.\n\n"
    "The meeting ended with a joint statement signed by every delegation present in the city on Tuesday."
)
PLAIN = (
    "Police have charged a 34-year-old man after a burglary in Wellington on Saturday night, a spokesperson said.\n\n"
    "He will appear in Wellington District Court on Monday."
)


def _meta(text: str) -> list[tuple[str, str]]:
    return [(m.kind.value, m.text) for m in parse(text).meta]


def _body(text: str) -> list[str]:
    return [b.text for b in parse(text).body]


# (page, expected (kind, text) among the metas)
BUGS_CAUGHT = [
    pytest.param(
        "Last modified 23 Nov 2026\nPolice arrest 12 in international fraud operation\n\n" + STORY,
        [("date", "Last modified 23 Nov 2026"), ("title", "Police arrest 12 in international fraud operation")],
        id="last-modified-stamp-is-a-date-not-the-title",
    ),
    pytest.param(
        "Last updated: 23 November 2026\nMan charged after burglary in Wellington\n\n" + PLAIN,
        [("date", "Last updated: 23 November 2026"), ("title", "Man charged after burglary in Wellington")],
        id="last-updated-stamp-nz-police",
    ),
    pytest.param(
        "Posted on 23 November 2026 at 10:15\nMan sentenced for Surrey Hills fraud\n\n" + PLAIN,
        [("date", "Posted on 23 November 2026 at 10:15"), ("title", "Man sentenced for Surrey Hills fraud")],
        id="posted-on-with-a-time",
    ),
    pytest.param(
        STORY + "\n\nPublished 23 November 2026\nLast updated 24 November 2026",
        [("date", "Published 23 November 2026"), ("date", "Last updated 24 November 2026")],
        id="labelled-date-stamps-under-the-story-gov-uk",
    ),
    pytest.param(
        STORY + "\n\nEnds\n\nNotes to editors\nINTERPOL is the world's largest international police organization.",
        [
            ("end_mark", "Ends"),
            ("release_note", "Notes to editors INTERPOL is the world's largest international police organization."),
        ],
        id="notes-to-editors-after-the-end-mark-interpol",
    ),
    pytest.param(
        STORY + "\n\nNOTE TO EDITORS:\n1. The powers were introduced by the Crime and Policing Act 2026.",
        [("release_note", "NOTE TO EDITORS: 1. The powers were introduced by the Crime and Policing Act 2026.")],
        id="notes-to-editors-heading-with-a-numbered-note-gov-uk",
    ),
    pytest.param(
        PLAIN + "\n\nENDS\n\nIssued by Police Media Centre",
        [("end_mark", "ENDS"), ("release_note", "Issued by Police Media Centre")],
        id="issued-by-without-a-colon-nz-police",
    ),
    pytest.param(
        "Acme Robotics Reports Record Revenue\n\nNews provided by\nAcme Robotics Inc.\n\n"
        + STORY
        + "\n\nSOURCE Acme Robotics Inc.",
        [("release_note", "News provided by Acme Robotics Inc."), ("release_note", "SOURCE Acme Robotics Inc.")],
        id="news-provided-by-and-source-footer-pr-newswire",
    ),
    pytest.param(
        "La Coopérative Boréale annonce un investissement à Saguenay\n\nNouvelles fournies par\n\n"
        "La Coopérative Boréale\n\n" + STORY,
        [("release_note", "Nouvelles fournies par La Coopérative Boréale")],
        id="news-provided-by-in-french-cnw",
    ),
    pytest.param(
        STORY + "\n\nMedia Contact:\nJohn Doe\nAcme Robotics Inc.\npress@acmerobotics.com\n+1 408-555-0100",
        [("contact", "Media Contact: John Doe Acme Robotics Inc. press@acmerobotics.com +1 408-555-0100")],
        id="company-suffix-stop-does-not-end-a-contact-block",
    ),
    pytest.param(
        "Former Bank Executive Sentenced for Embezzlement Scheme\nMonday, November 23, 2026\nFor Immediate Release\n"
        "Office of Public Affairs\n" + STORY,
        [("title", "Former Bank Executive Sentenced for Embezzlement Scheme")],
        id="issuing-office-is-no-second-title-doj",
    ),
    pytest.param(
        "Man charged over Parramatta stabbing\nMonday, 23 November 2026 10:15:32 AM\n\n" + PLAIN,
        [("date", "Monday, 23 November 2026 10:15:32 AM")],
        id="date-stamp-with-seconds-nsw-police",
    ),
    pytest.param(
        PLAIN + "\n\nMedia: NSW Police Media Unit (02) 8263 6100",
        [("contact", "Media: NSW Police Media Unit (02) 8263 6100")],
        id="audience-label-and-a-national-phone-nsw-police",
    ),
    pytest.param(
        PLAIN + "\n\nPress office\n01483 630 200\npress.office@surrey.police.uk",
        [("contact", "Press office 01483 630 200 press.office@surrey.police.uk")],
        id="press-office-label-uk-police",
    ),
    pytest.param(
        STORY + "\n\nNeither the TSX Venture Exchange nor its Regulation Services Provider (as that term is defined in "
        "the policies of the TSX Venture Exchange) accepts responsibility for the adequacy or accuracy of this release.",
        [
            (
                "disclaimer",
                (
                    "Neither the TSX Venture Exchange nor its Regulation Services Provider (as that term is defined in "
                    "the policies of the TSX Venture Exchange) accepts responsibility for the adequacy or accuracy of "
                    "this release."
                ),
            )
        ],
        id="exchange-notice-is-a-disclaimer-newsfile",
    ),
    pytest.param(
        STORY + "\n\nInvestor Contact\nJane Roe\nAcme Inc.\nir@acme.com\n\nMedia Contact\nJohn Doe\nDoe PR\n"
        "john@doepr.com",
        [
            ("contact", "Investor Contact Jane Roe Acme Inc. ir@acme.com"),
            ("contact", "Media Contact John Doe Doe PR john@doepr.com"),
        ],
        id="labels-without-colons-of-two-agencies-globenewswire",
    ),
    pytest.param(
        STORY + "\n\nFor further information: Media Relations, 416-808-7100, www.torontopolice.on.ca",
        [("contact", "For further information: Media Relations, 416-808-7100, www.torontopolice.on.ca")],
        id="for-further-information-label-cnw",
    ),
    pytest.param(
        "Home\nMedia centre\nStatements\nStatement by the Secretary-General on the situation in the Sahel\n"
        "23 November 2026\n" + STORY,
        [("title", "Statement by the Secretary-General on the situation in the Sahel"), ("date", "23 November 2026")],
        id="section-labels-over-the-headline-un",
    ),
    pytest.param(
        "Photo caption: Officers at the scene on Monday. (Photo: Auckland Police)\nMan arrested after Auckland robbery\n\n"
        "Attribute to Detective Inspector Jane Roe:\n\n" + PLAIN + "\n\nENDS.",
        [
            ("title", "Man arrested after Auckland robbery"),
            ("byline", "Attribute to Detective Inspector Jane Roe:"),
            ("end_mark", "ENDS."),
        ],
        id="caption-over-the-headline-attribution-and-ends-with-a-stop-nz-police",
    ),
    pytest.param(
        STORY + "\n\nJane Roe\nRoe Books\n+1 212-555-0187\nemail us here\nVisit us on social media:\nFacebook",
        [("contact", "Jane Roe Roe Books +1 212-555-0187 email us here")],
        id="unlabelled-contact-with-the-e-mail-link-ein-presswire",
    ),
    pytest.param(
        "OFFICE OF THE DISTRICT ATTORNEY\nCOUNTY OF ORANGE\nTODD ROE, DISTRICT ATTORNEY\n\nNEWS RELEASE\n"
        "FOR IMMEDIATE RELEASE\nNovember 23, 2026\nContact: Kimberly Doe\nOffice: 714-347-8408\n\n"
        "MAN SENTENCED TO LIFE FOR 2019 MURDER\n\n" + STORY,
        [("title", "MAN SENTENCED TO LIFE FOR 2019 MURDER")],
        id="own-headline-under-the-contact-block-is-a-second-title-county-da",
    ),
    pytest.param(
        "New powers to tackle knife crime come into force\n"
        "Police will have new powers to seize knives from today, the Home Office has announced.\n"
        "From:\nHome Office and The Rt Hon Jane Roe MP\nPublished\n23 November 2026\n\n" + STORY,
        [("byline", "From: Home Office and The Rt Hon Jane Roe MP"), ("date", "Published 23 November 2026")],
        id="field-labels-under-the-summary-gov-uk",
    ),
    pytest.param(
        "Published: 23 November 2026 | Updated: 24 November 2026\nPolice appeal after cyclist injured in Cardiff\n\n"
        + PLAIN,
        [
            ("date", "Published: 23 November 2026 | Updated: 24 November 2026"),
            ("title", "Police appeal after cyclist injured in Cardiff"),
        ],
        id="two-stamps-on-one-line-uk-police",
    ),
    pytest.param(
        "INTERPOL\nHome\nNews and Events\nNews\n23 November 2026\nOperation Jackal III: 300 arrests in crackdown\n"
        "Share on Facebook\n" + STORY,
        [("date", "23 November 2026"), ("title", "Operation Jackal III: 300 arrests in crackdown")],
        id="site-name-menu-and-date-over-the-headline-interpol",
    ),
    pytest.param(
        "MEDIA RELEASE\nMan charged over Parramatta stabbing\n\n" + PLAIN,
        [("release_note", "MEDIA RELEASE"), ("title", "Man charged over Parramatta stabbing")],
        id="media-release-note-australian-police",
    ),
    pytest.param(
        STORY + "\n\nInvestor Contact:\nJane Roe jane@equitygroup.com\n\n"
        "Media Contact:\nJohn Doe john@rooneypartners.com",
        [
            ("contact", "Investor Contact: Jane Roe jane@equitygroup.com"),
            ("contact", "Media Contact: John Doe john@rooneypartners.com"),
        ],
        id="second-labelled-block-of-another-agency-is-its-own-wire_034",
    ),
]


@pytest.mark.parametrize(("text", "expected"), BUGS_CAUGHT)
def test_page_meta(text: str, expected: list[tuple[str, str]]) -> None:
    """The page's front and back matter comes back as the expected metas."""
    found = _meta(text)
    assert [] == [m for m in expected if m not in found]


# (page, text that must stay a body block)
NEGATIVE = [
    pytest.param(
        STORY + "\n\nThe page was last updated on Monday after the arrests, the agency said in a statement.",
        "The page was last updated on Monday after the arrests, the agency said in a statement.",
        id="last-updated-in-a-sentence",
    ),
    pytest.param(
        STORY + "\n\nThe notes to editors were published in 2025 alongside the report, officials said.",
        "The notes to editors were published in 2025 alongside the report, officials said.",
        id="notes-to-editors-in-a-sentence",
    ),
    pytest.param(
        STORY + "\n\nIssued by the court on Monday, the order bans the sale of the land, the agency said.",
        "Issued by the court on Monday, the order bans the sale of the land, the agency said.",
        id="issued-by-opening-a-sentence",
    ),
    pytest.param(
        STORY + "\n\nMedia: the agency's statement was read to reporters on Monday, officials said.",
        "Media: the agency's statement was read to reporters on Monday, officials said.",
        id="audience-label-without-a-phone",
    ),
    pytest.param(
        STORY + "\n\nPress officers from 12 countries attended the meeting in Lyon, the agency said.",
        "Press officers from 12 countries attended the meeting in Lyon, the agency said.",
        id="press-office-words-in-a-sentence",
    ),
    pytest.param(
        STORY + "\n\nFor more information: the agency's report will be published on its website next week.",
        "For more information: the agency's report will be published on its website next week.",
        id="for-more-information-without-a-phone",
    ),
    pytest.param(
        STORY + "\n\nAttributable to the storm on Monday, the damage ran to millions, the agency said.",
        "Attributable to the storm on Monday, the damage ran to millions, the agency said.",
        id="attributable-opening-a-sentence",
    ),
    pytest.param(
        STORY + "\n\nEnds and means were discussed at length by the delegations on Tuesday, the agency said.",
        "Ends and means were discussed at length by the delegations on Tuesday, the agency said.",
        id="ends-opening-a-sentence",
    ),
    pytest.param(
        STORY + "\n\nReaders who want a copy can email us here at the agency, a spokesperson said.",
        "Readers who want a copy can email us here at the agency, a spokesperson said.",
        id="email-us-here-in-a-sentence",
    ),
    pytest.param(
        STORY + "\n\nPublished\nreports show the plan worked, the agency said in a statement on Tuesday evening.",
        "Published reports show the plan worked, the agency said in a statement on Tuesday evening.",
        id="published-label-over-a-sentence",
    ),
    pytest.param(
        STORY + "\n\nContacting police is the first step for victims of fraud, officials said on Monday.",
        "Contacting police is the first step for victims of fraud, officials said on Monday.",
        id="contact-label-word-opening-a-sentence",
    ),
    pytest.param(
        STORY + "\n\nThe Office of Public Affairs said the agency had met its targets for the year.",
        "The Office of Public Affairs said the agency had met its targets for the year.",
        id="issuing-office-in-a-sentence",
    ),
]


@pytest.mark.parametrize(("text", "kept"), NEGATIVE)
def test_story_stays(text: str, kept: str) -> None:
    """Story text with the same words stays in the body."""
    assert kept in _body(text)


def test_umbrella_label_keeps_its_blocks_together() -> None:
    """Under a bare umbrella label, the labelled blocks that follow are one contact block (wire_015)."""
    text = STORY + (
        "\n\nFor media inquiries, please contact:\n\nInvestor Contact: Jane Roe jane@equitygroup.com\n\n"
        "Media Contact: John Doe john@rooneypartners.com"
    )
    assert 1 == sum(1 for kind, _ in _meta(text) if kind == "contact")


def test_same_agency_blocks_stay_one() -> None:
    """Labelled blocks of the same agency under one another stay one contact block (wire_017)."""
    text = (
        STORY
        + "\n\nFor Media Inquiries: 214-706-1173\n\nTracie Roe: tracie@heart.org\n\nFor Public Inquiries: 1-800-555-0100"
    )
    assert 1 == sum(1 for kind, _ in _meta(text) if kind == "contact")


def test_section_labels_stay_without_a_headline_under_them() -> None:
    """Short lines over the story with no headline under them are not taken for page chrome."""
    text = "Dallas County\nStatements\n\n" + STORY
    assert [] == [n.text for n in parse(text).noise if n.kind.value == "navigation"]


def test_headline_lines_under_the_headline_are_subtitles() -> None:
    """Free headline lines between the headline and the story are subtitles, so a second reading agrees (SPEC 5)."""
    doc = parse("Acme Opens a Plant\nFollow Us\nA Second Plant Follows\nJobs for the Region\n\n" + STORY)
    assert [("subtitle", "A Second Plant Follows"), ("subtitle", "Jobs for the Region")] == [
        (m.kind.value, m.text) for m in doc.meta if m.kind.value == "subtitle"
    ]
    again = parse(doc.text)
    assert [(b.kind, b.text) for b in doc.body] == [(b.kind, b.text) for b in again.body]


def test_story_sentence_under_the_headline_stays_story() -> None:
    """A story paragraph under the headline is never a subtitle."""
    doc = parse("Acme Opens a Plant\n\n" + STORY)
    assert [] == [m for m in doc.meta if m.kind.value == "subtitle"]


def test_summary_printed_again_under_its_fields_is_a_repeat() -> None:
    """gov.uk prints its summary, its fields, then the summary again: the copy is a repeated line (SPEC 5)."""
    summary = "Police will have new powers to seize knives from today, the Home Office has announced."
    text = f"Knife powers come into force\n{summary}\nFrom:\nHome Office\nPublished\n23 November 2026\n{summary}\n\n{STORY}"
    doc = parse(text)
    assert [summary] == [n.text for n in doc.noise if n.kind.value == "repeated_line"]
    assert [b.text for b in doc.body] == [b.text for b in parse(doc.text).body]


def test_section_labels_stay_when_no_title_is_taken() -> None:
    """A label over a headline-like line with nothing under it stays: no title, so no page chrome (F1123-3)."""
    doc = parse("Statements\n\nToday Senate Republicans blocked debate on legislation for low income families")
    assert ([], []) == ([m.text for m in doc.meta], [n.text for n in doc.noise if n.kind.value == "navigation"])


def test_letterhead_line_ending_in_a_function_word_is_no_section_label() -> None:
    """ "OFFICE OF" / "THE DISTRICT ATTORNEY": a wrapped letterhead, not a label over a headline (docs/body.md)."""
    doc = parse("OFFICE OF\nTHE DISTRICT ATTORNEY\nJANE ROE\n\n" + STORY)
    assert [] == [n.text for n in doc.noise if n.kind.value == "navigation"]


PRN_PAGE = (
    "News provided by\nAcme Robotics Inc.\nNov 23, 2026, 08:00 ET\nShare this article\n"
    "Acme Robotics Reports Record Third Quarter 2026 Results\n"
    "Revenue up 42% year over year; raises full-year guidance\n"
    "SAN JOSE, Calif., Nov. 23, 2026 /PRNewswire/ -- Acme Robotics Inc. (NASDAQ: ACME), a leader in warehouse "
    "automation, today reported financial results for the third quarter ended September 30, 2026.\n"
    "Conference Call\nAcme will host a conference call today at 5:00 p.m. ET.\nSOURCE Acme Robotics Inc."
)


@pytest.mark.parametrize("gap", ["\n", "\n\n"], ids=["single-newlines", "blank-lines-between-all-lines"])
def test_news_provided_by_takes_the_name_across_a_blank_line(gap: str) -> None:
    """PR Newswire's ``News provided by`` over its name reads the same with a blank line between them (SPEC 5)."""
    page = PRN_PAGE.replace("\n", gap)
    doc = parse(page)
    assert doc.title == "Acme Robotics Reports Record Third Quarter 2026 Results"
    assert ("release_note", "News provided by Acme Robotics Inc.") in _meta(page)
    assert ("subtitle", "Revenue up 42% year over year; raises full-year guidance") in _meta(page)
    assert next(b.text for b in doc.body).startswith("Acme Robotics Inc. (NASDAQ: ACME)")
    assert [(b.kind, b.text) for b in parse(doc.text).body] == [(b.kind, b.text) for b in doc.body]


@pytest.mark.parametrize(
    "page",
    [
        # The value under a blank line is a sentence, not a name: the label takes nothing.
        "News provided by\n\nThe company said revenue rose sharply in the third quarter of the year.\n\n" + STORY,
        # Two blank lines part the label from the line under it.
        "Acme Robotics Reports Record Revenue\n\nNews provided by\n\n\nAcme Robotics Inc. Reports Revenue\n\n" + STORY,
    ],
    ids=["sentence-under-the-label", "two-blank-lines"],
)
def test_news_provided_by_takes_no_sentence_across_a_blank_line(page: str) -> None:
    """Across a blank line the label takes a name only, and only one blank line away."""
    assert not any(text.startswith("News provided by ") for _, text in _meta(page))


@pytest.mark.parametrize(
    ("label", "value", "kind"),
    [("Published", "23 November 2026", "date"), ("Author", "Jane Roe", "byline")],
    ids=["date-label", "author-label"],
)
def test_label_over_value_across_a_blank_line(label: str, value: str, kind: str) -> None:
    """The other label-over-value fields read one blank line down too (a page with blank lines between lines)."""
    page = f"Knife powers come into force\n\n{label}\n\n{value}\n\n{PLAIN}"
    assert (kind, f"{label} {value}") in _meta(page)
    assert _body(page) == _body(PLAIN)
