"""Front matter that is no headline: a story line that opens with a dateline, a letterhead, topic crumbs.

Shapes from the red-team pages of round 2 (hard-wrapped e-mailed releases, a county DA letterhead without
its address, gov.uk topic crumbs, the gov.uk ``From:`` field on one line). Each table has its negatives
beside its positives; every page is also checked to read the same once rendered (SPEC 5).
"""

from __future__ import annotations

import datetime

import pytest

from pressparse import clean, parse
from pressparse._block import Piece
from pressparse.meta import from_field, issuing_office

STORY = (
    "Police chiefs from 20 countries met on Monday to agree on a common plan against organised crime, "
    "the agency said.\n\nThe meeting ended with a joint statement signed by every delegation present."
)


def _title(text: str) -> str | None:
    return parse(text).title


def _meta(text: str) -> list[tuple[str, str]]:
    return [(m.kind.value, m.text) for m in parse(text).meta]


# (page, expected title): a line that opens with a dateline and goes on in sentence case is the story's.
DATELINE_LINES = [
    pytest.param(
        "WASHINGTON – Senator Roe introduced a bill today\nThe bill would ban fees.\n",
        None,
        id="hard-wrapped-first-line-with-a-dateline-is-story",
    ),
    pytest.param(
        "Senate Passes Fee Bill\n\nWASHINGTON – Senator Roe introduced a bill today\nThe bill would ban fees.\n",
        "Senate Passes Fee Bill",
        id="hard-wrapped-first-line-under-the-headline-is-no-subtitle",
    ),
    pytest.param(
        "LONDON (Reuters) - Police arrested three men on Monday\n\nThe men were charged later that day.\n",
        None,
        id="agency-dateline-line-is-story",
    ),
    # Negatives: a headline that opens with a place, not a dateline.
    pytest.param(
        "Lyon police seize 3 tonnes of drugs\n\n" + STORY, "Lyon police seize 3 tonnes of drugs", id="place-no-dash"
    ),
    pytest.param(
        "LONDON: A CITY OF MANY FACES\n\n" + STORY, "LONDON: A CITY OF MANY FACES", id="place-and-colon-in-capitals"
    ),
    pytest.param(
        "Miami, Florida – A New Era Begins\n\n" + STORY,
        "Miami, Florida – A New Era Begins",
        id="dateline-shape-in-title-case-stays-title",
    ),
    pytest.param(
        "WASHINGTON – SENATOR ROE INTRODUCES FEE BILL\n\n" + STORY,
        "WASHINGTON – SENATOR ROE INTRODUCES FEE BILL",
        id="dateline-shape-in-capitals-stays-title",
    ),
]


@pytest.mark.parametrize(("text", "title"), DATELINE_LINES)
def test_dateline_line_is_no_headline(text: str, title: str | None) -> None:
    """A headline does not open with a dateline; a place that reads as a headline's wording does."""
    assert title == _title(text)


def test_dateline_line_keeps_its_story() -> None:
    """The line stays in the body: nothing of the story is lost to meta."""
    doc = parse("WASHINGTON – Senator Roe introduced a bill today\nThe bill would ban fees.\n")
    assert "Senator Roe introduced a bill today" in doc.text


# (line, issuing office?): a county prosecutor's letterhead lines, and headlines with the same words.
OFFICES = [
    pytest.param("OFFICE OF THE DISTRICT ATTORNEY", True, id="office-of-the-district-attorney"),
    pytest.param("COUNTY OF SONOMA", True, id="county-of"),
    pytest.param("JILL ROE, DISTRICT ATTORNEY", True, id="officer-and-title"),
    pytest.param("Office of the Cook County State's Attorney", True, id="states-attorney"),
    pytest.param("SAN DIEGO COUNTY DISTRICT ATTORNEY", True, id="county-district-attorney"),
    pytest.param("Dallas County District Attorney’s Office", True, id="district-attorneys-office"),
    pytest.param("Office of the District Attorney, County of Orange", True, id="office-and-county"),
    pytest.param("Man Named District Attorney", False, id="headline-naming-the-office"),
    pytest.param("Police Name New District Attorney", False, id="headline-ending-with-the-office"),
    pytest.param("Jane Roe, District Attorney, Announces Charges", False, id="headline-opening-with-an-officer"),
    pytest.param("County of Sonoma approves new budget", False, id="headline-opening-with-a-county"),
    # A department, ministry or agency named alone (the issuer in the page header, over "Press Release"),
    # and headlines that name one and go on with a verb.
    pytest.param("U.S. Department of Justice", True, id="department-of-us"),
    pytest.param("Department of Health and Human Services", True, id="department-of-and"),
    pytest.param("Ministry of Foreign Affairs", True, id="ministry-of"),
    pytest.param("Department for Environment, Food & Rural Affairs", True, id="department-for-list"),
    pytest.param("Federal Bureau of Investigation", True, id="bureau-of-with-modifier"),
    pytest.param("Environmental Protection Agency", True, id="name-ending-with-agency"),
    pytest.param("The Justice Department", True, id="the-justice-department"),
    pytest.param("Department of Justice Announces Charges", False, id="headline-opening-with-a-department"),
    pytest.param("Ministry of Defence Orders Two New Ships", False, id="headline-opening-with-a-ministry"),
    pytest.param("Justice Department Sues Acme Corp.", False, id="headline-opening-with-a-department-name"),
    pytest.param("Trump Fires Justice Department", False, id="headline-ending-with-a-department"),
    pytest.param("Acme Opens New Office", False, id="headline-ending-with-office"),
    pytest.param("Department of Justice", True, id="department-of-justice"),
    # A US Attorney's district on its own line under the office (the USAO page header), never the headline.
    pytest.param("Eastern District of Virginia", True, id="usao-district"),
    pytest.param("District of New Jersey", True, id="usao-district-no-direction"),
    pytest.param("Northern District of New York", True, id="usao-district-two-word-state"),
    pytest.param("Eastern District of Virginia Charges Ten", False, id="headline-opening-with-a-district"),
    pytest.param("School District of Philadelphia Cuts Budget", False, id="headline-naming-a-school-district"),
    # A county attorney's office named by its county (Minnesota, Iowa), the older USAO letterhead, and two names
    # of the issuer on one letterhead line.
    pytest.param("Carver County Attorney’s Office", True, id="county-attorneys-office"),
    pytest.param("Jones Named County Attorney", False, id="headline-naming-a-county-attorney"),
    pytest.param("Carver County Attorney Charges Two", False, id="headline-opening-with-a-county-attorney"),
    pytest.param("United States Attorney", True, id="usao-letterhead"),
    pytest.param("Oficina de Asuntos Públicos", True, id="office-of-public-affairs-spanish"),
    pytest.param("Oficina de Asuntos Públicos anuncia cargos", False, id="spanish-headline-opening-with-the-office"),
    pytest.param("U.S. Attorney Announces Charges", False, id="headline-opening-with-the-us-attorney"),
    pytest.param("OFFICE OF THE DISTRICT ATTORNEY • COUNTY OF SAN BENITO", True, id="two-names-on-one-line"),
    pytest.param("Smith • Jones", False, id="two-names-no-office"),
    pytest.param("GRANITE COUNTY, COLORADO", True, id="county-and-state"),
    pytest.param("401 Civic Center Drive West", True, id="letterhead-street"),
    pytest.param("Santa Ana, CA 92701", True, id="letterhead-city-state-zip"),
    pytest.param("3 Men Charged in Main Street Robbery", False, id="headline-naming-a-street"),
    pytest.param("Granite County Man Sentenced", False, id="headline-opening-with-a-county"),
    pytest.param("FISCALÍA DEL CONDADO DE MAVERICK", True, id="spanish-county-prosecutor"),
    pytest.param("Oficina del Fiscal de Distrito Ernesto Galindo", True, id="spanish-office-and-prosecutor"),
    pytest.param(
        "Oficina del Fiscal anuncia cargos contra dos hombres", False, id="spanish-headline-naming-the-office"
    ),
    pytest.param("OFFICE OF THE DISTRICT ATTORNEY • Man Charged", False, id="office-and-a-headline"),
]


@pytest.mark.parametrize(("line", "expected"), OFFICES)
def test_issuing_office(line: str, expected: bool) -> None:
    """The office that issued the release, alone on its line, never a headline."""
    assert expected == issuing_office(line, (Piece("paragraph", 0, len(line)),), 0)


def test_letterhead_without_address_is_no_title() -> None:
    """The letterhead lines are the issuing office; the headline under them is the one title (SPEC 5 too)."""
    page = (
        "OFFICE OF THE DISTRICT ATTORNEY\nCOUNTY OF SONOMA\nJILL ROE, DISTRICT ATTORNEY\n\n"
        "Santa Rosa Man Sentenced to 15 Years for Armed Robbery\n\n"
        "Santa Rosa, CA – District Attorney Jill Roe announced today that a Santa Rosa man was sentenced to "
        "15 years in state prison for a string of armed robberies.\n\nThe defendant pleaded guilty in January."
    )
    doc = parse(page)
    assert ("Santa Rosa Man Sentenced to 15 Years for Armed Robbery", []) == (
        doc.title,
        [m.text for m in doc.meta if m.kind.value in ("title", "subtitle") and m.text != doc.title],
    )
    assert "COUNTY OF SONOMA" in [n.text for n in doc.noise]  # the letterhead is page furniture
    assert clean(clean(page)) == clean(page)


def test_office_in_a_contact_block_is_the_contact_organisation() -> None:
    """Under the contact's name the office is part of the contact block, not a release note of its own."""
    page = (
        "FOR IMMEDIATE RELEASE\nContact: Tasha Roe\nDallas County District Attorney’s Office\n214-653-3756 (Office)\n\n"
        "Man Sentenced in Robbery Case\n\n" + STORY
    )
    assert ("contact", "Contact: Tasha Roe Dallas County District Attorney’s Office 214-653-3756 (Office)") in _meta(
        page
    )


# (page, title): a site's topic crumbs over the headline are navigation; a headline listing nouns is not a crumb.
TOPICS = [
    pytest.param(
        "Home\nCrime, justice and law\nPolicing\n\nPolice given new powers to tackle knife crime\n\n" + STORY,
        "Police given new powers to tackle knife crime",
        id="topic-crumbs-over-the-headline-gov-uk",
    ),
    pytest.param(
        "Business and industry\nNew export support for small firms announced\n\n" + STORY,
        "New export support for small firms announced",
        id="two-noun-topic-gov-uk",
    ),
    # Negatives: the list is the headline when no headline stands under it.
    pytest.param("Guns, drugs and cash\n\n" + STORY, "Guns, drugs and cash", id="noun-list-headline-alone"),
    pytest.param(
        "Guns, drugs and cash seized in raid\n\n" + STORY, "Guns, drugs and cash seized in raid", id="list-with-a-verb"
    ),
]


@pytest.mark.parametrize(("text", "title"), TOPICS)
def test_topic_crumbs(text: str, title: str) -> None:
    """Topic crumbs over the headline are no title."""
    assert title == _title(text)
    assert clean(clean(text)) == clean(text)


# (line, a ``From:`` field?)
FROM_FIELDS = [
    pytest.param("From: Home Office", True, id="ministry"),
    pytest.param("From: Department for Science, Innovation and Technology", True, id="department-with-commas"),
    pytest.param("From: Home Office and The Rt Hon Jane Roe MP", True, id="office-and-minister"),
    pytest.param("From: the start, police said they would act.", False, id="sentence"),
    pytest.param("From: 2019 to 2024 the number doubled", False, id="years"),
    pytest.param("From Monday, officers will patrol the area", False, id="no-colon"),
]


@pytest.mark.parametrize(("line", "expected"), FROM_FIELDS)
def test_from_field(line: str, expected: bool) -> None:
    """gov.uk's ``From:`` field on one line is a byline."""
    assert expected == from_field(line, (Piece("paragraph", 0, len(line)),), 0)


def test_from_field_under_the_summary() -> None:
    """Under the summary (the standfirst) the field is still the page's."""
    page = (
        "Police given new powers to tackle knife crime\n\n"
        "New laws will give officers greater powers to seize and destroy knives, the Home Secretary announced.\n\n"
        "From: Home Office\nPublished 12 March 2024\n\n" + STORY
    )
    assert [("byline", "From: Home Office"), ("date", "Published 12 March 2024")] == [
        m for m in _meta(page) if m[0] in ("byline", "date")
    ]


SUMMARY = "Police will have new powers to seize and destroy dangerous weapons from today."
# (page, the summary a subtitle?): gov.uk's summary between the headline and the page's fields is its standfirst.
STANDFIRSTS = [
    pytest.param(
        f"New Powers to Tackle Knife Crime\n\n{SUMMARY}\n\nFrom: Home Office\nPublished 18 November 2026\n\n{STORY}",
        True,
        id="gov-uk-summary-over-from-and-published",
    ),
    pytest.param(
        f"New Powers to Tackle Knife Crime\n\n{SUMMARY}\n\nPublished: 18/11/2026\n\n{STORY}", True, id="over-a-stamp"
    ),
    pytest.param(
        f"Press release\n\nNew Powers to Tackle Knife Crime\n\n{SUMMARY}\n\nFrom: Home Office\n\n{STORY}",
        True,
        id="under-a-section-label",
    ),
    # Negatives: the story's first paragraph with no page field under it, a bare date under it (the story's),
    # a summary that opens with a dateline (the story), fields with no story under them, two lines.
    pytest.param(f"New Powers to Tackle Knife Crime\n\n{SUMMARY}\n\n{STORY}", False, id="no-field-under-it"),
    pytest.param(
        f"New Powers to Tackle Knife Crime\n\n{SUMMARY} Forces were consulted.\n\n18 November 2026\n\n{STORY}",
        False,
        id="bare-date-under-the-story",
    ),
    pytest.param(
        f"New Powers to Tackle Knife Crime\n\nLONDON – {SUMMARY}\n\nPublished 18 November 2026\n\n{STORY}",
        False,
        id="dateline-in-it",
    ),
    pytest.param(
        f"New Powers to Tackle Knife Crime\n\n{SUMMARY}\n\nFrom: Home Office\nPublished 18 November 2026\n",
        False,
        id="no-story-under-the-fields",
    ),
    pytest.param(
        f"New Powers to Tackle Knife Crime\n\n{SUMMARY}\nIt follows a consultation.\n\nFrom: Home Office\n\n{STORY}",
        False,
        id="two-lines",
    ),
]


@pytest.mark.parametrize(("text", "subtitle"), STANDFIRSTS)
def test_standfirst_over_the_page_fields(text: str, subtitle: bool) -> None:
    """The summary line between the headline and the ``From:``/``Published`` fields is the subtitle."""
    doc = parse(text)
    assert subtitle == (("subtitle", SUMMARY) in _meta(text))
    assert subtitle != any(SUMMARY in b.text for b in doc.body)
    again = parse(doc.text)
    assert [(b.kind, b.text) for b in doc.body] == [(b.kind, b.text) for b in again.body]


HEADLINE = "Country X: Journalists Detained Ahead of Elections"
# (page, expected title): an organisation's name over the release's label ("Human Rights Watch" / "News
# Release") is its letterhead, the issuer; the headline is under the label.
ORG_LETTERHEADS = [
    pytest.param(f"Human Rights Watch\nNews Release\n\n{HEADLINE}\n\n{STORY}", HEADLINE, id="ngo-over-news-release"),
    pytest.param(
        f"Amnesty International\n\nPress Release\n\n{HEADLINE}\n\n{STORY}", HEADLINE, id="ngo-over-press-release"
    ),
    pytest.param(
        f"Metropolitan Police Service\nFOR IMMEDIATE RELEASE\n\n{HEADLINE}\n\n{STORY}", HEADLINE, id="police-service"
    ),
    pytest.param(f"Acme Robotics, Inc.\nNews Release\n\n{HEADLINE}\n\n{STORY}", HEADLINE, id="company-suffix"),
    # Negatives: a headline over the label (a verb after the organisation's word), a name with no label
    # under it, a headline ending in an organisation word with no headline under the label.
    pytest.param(
        f"Acme Foundation Announces New Grants\nNews Release\n\n{STORY}",
        "Acme Foundation Announces New Grants",
        id="headline-over-label",
    ),
    pytest.param(
        f"Acme Foundation Announces New Grants\nNews Release\n\n{HEADLINE}\n\n{STORY}",
        "Acme Foundation Announces New Grants",
        id="headline-over-label-and-subtitle",
    ),
]


@pytest.mark.parametrize(("text", "title"), ORG_LETTERHEADS)
def test_organisation_letterhead_over_the_label(text: str, title: str) -> None:
    """The organisation's name over the release label is the issuer, page furniture, never the title."""
    doc = parse(text)
    assert title == doc.title
    letterhead = text.split("\n", 1)[0]
    issuer = letterhead in [n.text for n in doc.noise]
    assert (letterhead != title) == issuer
    again = parse(doc.text)
    assert [(b.kind, b.text) for b in doc.body] == [(b.kind, b.text) for b in again.body]


# (page, expected metas): an Australian police page's date-time stamp under or over the headline is its date.
STAMPS = [
    pytest.param(
        "Man charged over alleged armed robbery - Bankstown\n\nTuesday, 12 March 2024 09:15:22 AM\n\n" + STORY,
        [
            ("title", "Man charged over alleged armed robbery - Bankstown"),
            ("date", "Tuesday, 12 March 2024 09:15:22 AM"),
        ],
        id="date-time-stamp-under-the-headline-nsw-police",
    ),
    pytest.param(
        "Tuesday, 12 March 2024 09:15:22 AM\nMan charged following Parramatta stabbing\n\n" + STORY,
        [("date", "Tuesday, 12 March 2024 09:15:22 AM"), ("title", "Man charged following Parramatta stabbing")],
        id="date-time-stamp-over-the-headline",
    ),
]


@pytest.mark.parametrize(("text", "expected"), STAMPS)
def test_date_time_stamp(text: str, expected: list[tuple[str, str]]) -> None:
    """A weekday, date and time with seconds alone on a front line is the page's date, never its title."""
    assert expected == [m for m in _meta(text) if m[0] in ("title", "date")]


# (stamp line, its date): numeric stamps as UK and European police CMSs print them, read without guessing the
# order (``_dates.parse_date``): day first when the day is over 12, month first when the day is, else no date.
NUMERIC_STAMPS = [
    pytest.param("Published: 14:32 18/11/2026", datetime.date(2026, 11, 18), id="time-before-day-first"),
    pytest.param("Published: 18/11/2026 14:32", datetime.date(2026, 11, 18), id="time-after"),
    pytest.param("Posted on 11/18/2026", datetime.date(2026, 11, 18), id="month-first"),
    pytest.param("Last updated 18.11.2026", datetime.date(2026, 11, 18), id="dotted"),
    pytest.param("Published: 2026-11-18T14:32:00Z", datetime.date(2026, 11, 18), id="iso-timestamp"),
    pytest.param("Published: 14:32 18 November 2026", datetime.date(2026, 11, 18), id="time-before-words"),
    pytest.param("18/11/2026", datetime.date(2026, 11, 18), id="bare"),
    # senate.gov's two-digit year: read when the numbers settle the order, a date line all the same.
    pytest.param("11.18.25", datetime.date(2025, 11, 18), id="senate-two-digit-year"),
    pytest.param("06.12.25", None, id="senate-two-digit-year-order-open"),
    # The issuer after the stamp, or the page's fields after bars (Europol, EU agencies).
    pytest.param("Published on 18 November 2026 by Europol", datetime.date(2026, 11, 18), id="stamp-by-issuer"),
    pytest.param("18 Nov 2026 | Press release | Europol", datetime.date(2026, 11, 18), id="date-and-fields-after-bars"),
    # GlobeNewswire's page line: the date, the time and the issuer after a bar.
    pytest.param(
        "November 18, 2026 07:00 ET | Source: Acme Therapeutics, Inc.",
        datetime.date(2026, 11, 18),
        id="globenewswire-date-and-source",
    ),
    # The order left open: a date line all the same, with no date read.
    pytest.param("Published: 05/11/2026", None, id="order-open"),
]


@pytest.mark.parametrize(("line", "date"), NUMERIC_STAMPS)
def test_numeric_date_stamp(line: str, date: datetime.date | None) -> None:
    """A numeric date stamp under the headline is the page's date, and the release's when its order is plain."""
    doc = parse("Man jailed after burglaries across Leeds\n\n" + line + "\n\n" + STORY)
    assert [("date", line)] == [m for m in _meta(doc.source) if m[0] == "date"]
    assert date == doc.published
    assert clean(clean(doc.source)) == clean(doc.source)


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("Case 18/11/2026 was closed.", id="in-a-sentence"),
        pytest.param("Published: 14:32", id="time-only"),
        pytest.param("Ref 123/45/2026", id="reference-number"),
        pytest.param("Version 2.10.25", id="version-number"),
        pytest.param("06.12.2025.1", id="dotted-run"),
        pytest.param(
            "18 November 2026 | Police arrested twelve people in raids across the city today.", id="bar-sentence"
        ),
        pytest.param("Published on 18 November 2026 by mistake, the report was withdrawn.", id="by-in-a-sentence"),
    ],
)
def test_numeric_date_negatives(line: str) -> None:
    """A numeric date inside a sentence, a time alone or a reference number is no date line."""
    assert not [
        m for m in _meta("Man jailed after burglaries across Leeds\n\n" + line + "\n\n" + STORY) if m[0] == "date"
    ]


def test_date_time_in_a_sentence_stays_story() -> None:
    """The same stamp inside a story sentence is the story's."""
    line = "The man was arrested on Tuesday, 12 March 2024 09:15:22 AM at his home, police said."
    assert line in [b.text for b in parse(STORY + "\n\n" + line).body]


# (page, title): a control or invisible character after the headline is dropped by the rendering; the
# headline stands alone on its line in both readings (fuzz: "S o m\x8a" / "O" read a title once rendered).
UNSEEN = [
    pytest.param("Police Seize Drugs in Lyon\x8a\n" + STORY, "Police Seize Drugs in Lyon", id="control-character"),
    pytest.param("Police Seize Drugs in Lyon\u200b\n" + STORY, "Police Seize Drugs in Lyon", id="zero-width-space"),
    # Negative: text after the invisible character on the same line: the line is not the headline alone.
    pytest.param("Police Seize Drugs in Lyon\u200bPolice said on Monday.\n" + STORY, None, id="text-after-it"),
]


@pytest.mark.parametrize(("text", "title"), UNSEEN)
def test_unseen_characters_after_the_headline(text: str, title: str | None) -> None:
    """The headline stands alone past the characters the rendering drops."""
    assert title == _title(text)
    assert clean(clean(text)) == clean(text)


DOJ_PAGE = (
    "Skip to main content\nAn official website of the United States government\nHere's how you know\n"
    "Office of Public Affairs\nU.S. Department of Justice\n\nPress Release\n\n"
    "Two Men Sentenced for Running $20 Million Fraud Scheme\n\nMonday, November 23, 2026\n\n"
    "For Immediate Release\n\nOffice of Public Affairs\n\n"
    "Two Florida men were sentenced today to a combined 20 years in prison for orchestrating a scheme that "
    "defrauded investors of more than $20 million.\n\nThe FBI investigated the case.\n\n"
    "Updated November 23, 2026\n\nTopic\nFinancial Fraud\n\nComponent\nCriminal Division\n\n"
    "Press Release Number: 26-1234\n"
)


def test_usao_district_in_the_page_header_is_no_title() -> None:
    """A US Attorney's page prints the office and its district over ``Press Release``: both are the issuer."""
    page = DOJ_PAGE.replace(
        "Office of Public Affairs\nU.S. Department of Justice",
        "U.S. Attorney's Office\nEastern District of Virginia",
        1,
    )
    doc = parse(page)
    assert doc.title == "Two Men Sentenced for Running $20 Million Fraud Scheme"
    assert "Eastern District of Virginia" in [n.text for n in doc.noise]
    assert [m.text for m in doc.meta if m.kind.value == "subtitle"] == []


def test_department_in_the_page_header_is_no_title() -> None:
    """The department named over ``Press Release`` is the issuer (page furniture); the headline under it is the title."""
    doc = parse(DOJ_PAGE)
    assert doc.title == "Two Men Sentenced for Running $20 Million Fraud Scheme"
    assert "U.S. Department of Justice" in [n.text for n in doc.noise]
    assert [m.text for m in doc.meta if m.kind.value == "subtitle"] == []
    assert [b.text for b in doc.body] == [
        (
            "Two Florida men were sentenced today to a combined 20 years in prison for orchestrating a scheme that "
            "defrauded investors of more than $20 million."
        ),
        "The FBI investigated the case.",
    ]
    assert clean(clean(DOJ_PAGE)) == clean(DOJ_PAGE)
    assert [b.kind for b in parse(doc.text).body] == [b.kind for b in doc.body]


@pytest.mark.parametrize(
    "headline", ["Department of Justice Announces Charges", "Justice Department Sues Acme Corp. Over Fees"]
)
def test_headline_naming_a_department_stays_title(headline: str) -> None:
    """A headline that names a department and says what it did is the title."""
    assert _title(f"{headline}\n\n{STORY}") == headline


@pytest.mark.parametrize(
    ("page", "note"),
    [
        pytest.param(
            "EMBARGOED UNTIL\n00:01 GMT THURSDAY 5 MAY 2026\n\n" + STORY,
            "EMBARGOED UNTIL 00:01 GMT THURSDAY 5 MAY 2026",
            id="embargo-wrapped-in-the-front",
        ),
        pytest.param(
            STORY
            + "\n\nEmbargoed until\n00:01 GMT on Thursday 5 May\n\nThe next meeting will be held in Lyon in 2027.",
            "Embargoed until 00:01 GMT on Thursday 5 May",
            id="embargo-wrapped-under-the-story",
        ),
        # Negative: a story sentence that opens with the words, its second line a full line.
        pytest.param(
            STORY
            + "\n\nEmbargoed until further notice, the report on the\nregion's police forces will be published next year.",
            None,
            id="sentence-over-two-lines",
        ),
    ],
)
def test_embargo_over_two_lines(page: str, note: str | None) -> None:
    """An embargo line hard-wrapped after its first line is one release note, in the raw text and the rendering."""
    notes = [m.text for m in parse(page).meta if m.kind.value == "release_note"]
    assert ([note] if note else []) == notes
    assert clean(clean(page)) == clean(page)


# A county DA's PDF header in two columns, flattened line by line (da_022's San Diego template): the left
# column's date, release note and language link are glued to the right column's contacts.
DA_COLUMNS = (
    "June 10, 2026 Contact: Jane Roe (619) 555-0101\n"
    "For Immediate Release John Doe (619) 555-0102\n"
    "En Español Mary Major (619) 555-0103\n"
    "DA Prosecutor Honored by Victims' Group\n"
    "District Attorney Jane Stephan announced today that a Deputy District Attorney was honored for her work "
    "in the Family Protection Division.\nThe award was presented at a ceremony on June 6."
)


def test_da_header_columns_are_split() -> None:
    """Each column's line is its own meta: the date, three contacts, the release note; the language link is noise."""
    doc = parse(DA_COLUMNS)
    assert [
        ("date", "June 10, 2026"),
        ("contact", "Contact: Jane Roe (619) 555-0101"),
        ("release_note", "For Immediate Release"),
        ("contact", "John Doe (619) 555-0102"),
        ("contact", "Mary Major (619) 555-0103"),
        ("title", "DA Prosecutor Honored by Victims' Group"),
    ] == _meta(DA_COLUMNS)
    assert "En Español" in [n.text for n in doc.noise]
    assert [c.name for c in doc.contacts] == ["Jane Roe", "John Doe", "Mary Major"]


def test_release_note_before_a_sentence_stays_whole() -> None:
    """A release note before words that hold no phone is not split off a contact (negative)."""
    page = "For Immediate Release Jane Roe Named Police Chief\n\n" + STORY
    assert ("contact", "Jane Roe Named Police Chief") not in _meta(page)


# (page, expected title and subtitles): a headline in capitals wrapped over two lines in a PDF letterhead.
CAPS_WRAPS = [
    pytest.param(
        "FOR IMMEDIATE RELEASE\nJuly 22, 2026\n\nDISTRICT ATTORNEY ANNOUNCES RESULTS OF COUNTYWIDE DUI\n"
        "ENFORCEMENT OPERATION\n\n" + STORY,
        ("DISTRICT ATTORNEY ANNOUNCES RESULTS OF COUNTYWIDE DUI ENFORCEMENT OPERATION", []),
        id="caps-headline-over-two-lines",
    ),
    # Negatives: a short first line, a second line as long (a subtitle), a date under the headline.
    pytest.param(
        "FOR IMMEDIATE RELEASE\n\nMAN SENTENCED FOR ROBBERY\nJURY FOUND HIM GUILTY\n\n" + STORY,
        ("MAN SENTENCED FOR ROBBERY", ["JURY FOUND HIM GUILTY"]),
        id="short-caps-headline-and-subtitle",
    ),
    pytest.param(
        "DISTRICT ATTORNEY ANNOUNCES RESULTS OF COUNTYWIDE DUI OPERATION\nJULY 22, 2026\n\n" + STORY,
        ("DISTRICT ATTORNEY ANNOUNCES RESULTS OF COUNTYWIDE DUI OPERATION", []),
        id="caps-date-under-the-headline",
    ),
]


@pytest.mark.parametrize(("page", "expected"), CAPS_WRAPS)
def test_caps_headline_wrapped(page: str, expected: tuple[str, list[str]]) -> None:
    """A long capitals headline over a shorter capitals line and a blank line is one title over both."""
    doc = parse(page)
    assert expected == (doc.title, [m.text for m in doc.meta if m.kind.value == "subtitle"])
    assert [(b.kind, b.text) for b in doc.body] == [(b.kind, b.text) for b in parse(doc.text).body]


def test_two_labelled_contact_blocks_are_two_contacts() -> None:
    """``Investor Contact:`` and ``Media Contact:`` blocks one under the other, no umbrella label: two contacts."""
    page = (
        STORY + "\n\nInvestor Contact:\nLiam Okoro\nlokoro@corvanetx.com\nMedia Contact:\nSara Bell\n617-555-0108\n"
        "media@corvanetx.com\n"
    )
    assert [
        ("contact", "Investor Contact: Liam Okoro lokoro@corvanetx.com"),
        ("contact", "Media Contact: Sara Bell 617-555-0108 media@corvanetx.com"),
    ] == _meta(page)


def test_blocks_under_an_umbrella_label_are_one_contact() -> None:
    """Under a bare umbrella label the labelled blocks are one contact block (negative)."""
    page = (
        STORY + "\n\nFor media inquiries, please contact:\nInvestor Contact: Liam Okoro lokoro@corvanetx.com\n"
        "Media Contact: Sara Bell media@corvanetx.com\n"
    )
    assert 1 == len([m for m in _meta(page) if m[0] == "contact"])


def test_weekday_opening_a_gapped_header_piece_is_part_of_the_date() -> None:
    """Punctuation-stripped Senate header: ``Tuesday  June 10  2008  FOR IMMEDIATE RELEASE`` gives one date line."""
    page = (
        "   Roe  Doe Urge USDA to Act   U S  Senator Jane Roe                      Jane Roe                    "
        "               Tuesday  June 10  2008  FOR IMMEDIATE RELEASE      CONTACT  Jill Kerr  202 224 3744 "
        "WASHINGTON  D C     Senator Jane Roe today urged the Secretary to act      Roe also asked for more time  "
    )
    doc = parse(page)
    assert ("date", "Tuesday June 10 2008") in _meta(page)
    assert "Tuesday" not in [b.text for b in doc.body]
    assert doc.published == datetime.date(2008, 6, 10)


# (front lines, the title): the issuer's name printed over the headline by a CMS page or a letterhead.
ISSUER_OVER_HEADLINE = [
    pytest.param(
        "Skip to content\nCarver County Attorney’s Office\nMenu\n"
        "Chaska Man Sentenced to 12 Years for Fatal Crash\nPosted on March 2, 2026 by Carver County Attorney",
        "Chaska Man Sentenced to 12 Years for Fatal Crash",
        id="wordpress-site-name",
    ),
    pytest.param(
        "OFFICE OF THE DISTRICT ATTORNEY • COUNTY OF SAN BENITO\nMarch 3, 2026\nFOR IMMEDIATE RELEASE\n"
        "DA Warns Residents of Phone Scam Targeting Families",
        "DA Warns Residents of Phone Scam Targeting Families",
        id="letterhead-one-line",
    ),
    pytest.param(
        "United States Attorney\nNorthern District of Georgia\nFOR IMMEDIATE RELEASE\nOctober 14, 2014\n"
        "ATLANTA TAX PREPARER SENTENCED TO FEDERAL PRISON FOR\nFILING FALSE RETURNS",
        "ATLANTA TAX PREPARER SENTENCED TO FEDERAL PRISON FOR FILING FALSE RETURNS",
        id="old-usao-letterhead",
    ),
]


@pytest.mark.parametrize(("front", "title"), ISSUER_OVER_HEADLINE)
def test_issuer_over_the_headline_is_furniture(front: str, title: str) -> None:
    """The issuer's name over the headline is noise; the headline is the one title, with no subtitle."""
    page = front + "\nATLANTA - Prosecutors announced today that a man was sentenced to four years in prison.\n"
    doc = parse(page)
    heads = [" ".join(m.text.split()) for m in doc.meta if m.kind.value in ("title", "subtitle")]
    assert heads == [title]
    issuer = next(line for line in front.split("\n") if "Attorney" in line or "ATTORNEY" in line)
    assert issuer in [n.text for n in doc.noise]
    assert clean(clean(page)) == clean(page)


SECTION_TITLES = [
    # (front lines, the titles): a page title naming only the site's section, over the release's own headline.
    pytest.param(
        "Senator Harold Dyson - Press Releases\nFor Immediate Release\nDate: 04/17/2007\n"
        "DYSON SECURES $4.2 MILLION FOR LAKE CITY WATER PROJECT",
        ["DYSON SECURES $4.2 MILLION FOR LAKE CITY WATER PROJECT"],
        id="section-title-over-the-headline",
    ),
    pytest.param(
        "Driver Charged in Crash - Orange County District Attorney\nFOR IMMEDIATE RELEASE\nDecember 26, 2018\n"
        "Driver to Be Arraigned After Crash in Tustin",
        ["Driver Charged in Crash - Orange County District Attorney", "Driver to Be Arraigned After Crash in Tustin"],
        id="site-title-holding-a-headline",
    ),
    pytest.param(
        "Senator Harold Dyson - Press Releases\nFor Immediate Release\nDate: 04/17/2007",
        ["Senator Harold Dyson - Press Releases"],
        id="section-title-alone",
    ),
]


@pytest.mark.parametrize(("front", "titles"), SECTION_TITLES)
def test_section_page_title(front: str, titles: list[str]) -> None:
    """``Senator Roe - Press Releases`` over the release's headline is furniture; a page title with a headline is not."""
    page = (
        front + "\n\nWASHINGTON, D.C. - Senator Harold Dyson today announced that the committee approved the funds.\n"
    )
    doc = parse(page)
    assert [m.text for m in doc.meta if m.kind.value == "title"] == titles
    assert clean(clean(page)) == clean(page)


@pytest.mark.parametrize(
    ("printed", "kind"),
    [
        pytest.param(
            "City Employee Charged In $214,000 Theft From 94-Year-Old Woman in Her Care", "title", id="whole-headline"
        ),
        pytest.param("City Employee Charged In $214,000 Theft", "repeated_line", id="same-headline"),
        pytest.param("City Employee Charged In $214,000 Theft From", "repeated_line", id="one-word-more"),
    ],
)
def test_page_title_cut_short(printed: str, kind: str) -> None:
    """A page title cuts a long headline short; printed whole under the date, it is the release's own title."""
    page = (
        "City Employee Charged In $214,000 Theft - The Brooklyn District Attorney's Office\n"
        f"FOR IMMEDIATE RELEASE\nFriday, April 3, 2015\n{printed}\n"
        "Case Manager Used Online Banking To Steal From Greenpoint Woman’s Accounts\n"
        "Brooklyn District Attorney Ken Thompson and Philip R. Bartlett, the Inspector-in-Charge of the New York "
        "Office of the U.S. Postal Inspection Service, today announced that a case manager with the city’s Adult "
        "Protective Services has been charged with looting her 94-year-old client’s bank accounts.\n"
    )
    doc = parse(page)
    kinds = [m.kind.value for m in doc.meta if m.text == printed] + [
        n.kind.value for n in doc.noise if n.text == printed
    ]
    assert kinds == [kind]
    assert clean(clean(page)) == clean(page)


def test_punctuation_stripped_senate_header() -> None:
    """A Senate page flattened into space runs with its marks stripped: note, date, headline, sub-heads, story."""
    gap = " " * 40
    page = (
        "    Latest News             TOPICS"
        + gap
        + "FOR IMMEDIATE RELEASE  August 1  2007 Roe Announces Four Fire Departments Will Receive Federal Grants"
        + gap
        + "Roe Says Federal Grant Will Help Fire Departments Pay For Improvements"
        + "    "
        + "Roe Has Pushed For Additional Funding For First Responders"
        + "                     U S  Senator Jane Roe today announced that four fire departments in the region will "
        + "receive federal grants  These grants will be used to improve operations and safety  "
    )
    doc = parse(page)
    assert [(m.kind.value, m.text) for m in doc.meta] == [
        ("release_note", "FOR IMMEDIATE RELEASE"),
        ("date", "August 1 2007"),
        ("title", "Roe Announces Four Fire Departments Will Receive Federal Grants"),
        ("subtitle", "Roe Says Federal Grant Will Help Fire Departments Pay For Improvements"),
        ("subtitle", "Roe Has Pushed For Additional Funding For First Responders"),
    ]
    assert [b.text[:14] for b in doc.body] == ["U S Senator Ja"]
    assert clean(clean(page)) == clean(page)


def test_lower_case_run_is_no_story_where_punctuation_stands() -> None:
    """The stripped-text reading applies only where the page has no stops: a long sentence-case subtitle stays."""
    page = (
        "Students Win Tickets\n\n*800 estudiantes recibieron la sorpresa hoy en reuniones del programa de prevencion "
        "de pandillas en sus escuelas de Santa Ana y Anaheim\n\nSANTA ANA – The students met the team today. "
        "They were surprised."
    )
    assert ("subtitle", "*800 estudiantes recibieron") in [(m.kind.value, m.text[:27]) for m in parse(page).meta]


@pytest.mark.parametrize(
    ("page", "metas"),
    [
        pytest.param(
            "     Roe dives into refinery debate" + " " * 40 + "8 2 2007" + " " * 40 + "Thursday  August 2  2007   "
            "Following a meeting with agency officials Sen  Jane Roe said Thursday that they would not back away   "
            "But the senator said more work is needed on the permit and the review of the plan   "
            "Roe said she would ask the agency to hold a public hearing on the permit in the spring   ",
            [("title", "Roe dives into refinery debate"), ("date", "8 2 2007")],
            id="stripped-page",
        ),
        pytest.param(
            "Roe dives into refinery debate\n\n8 2 2007\n\nFollowing a meeting with agency officials, Sen. Jane Roe "
            "said Thursday that they would not back away. But the senator said more work is needed.",
            [("title", "Roe dives into refinery debate")],
            id="page-with-stops-no-spaced-date",
        ),
    ],
)
def test_stripped_senate_header_sentence_case(page: str, metas: list[tuple[str, str]]) -> None:
    """In a stripped page a wide space run ends the first line whatever its case, and ``8 2 2007`` is its date."""
    doc = parse(page)
    assert [(m.kind.value, m.text) for m in doc.meta][: len(metas)] == metas
    assert clean(clean(page)) == clean(page)


def test_date_over_its_byline_single_newlines() -> None:
    """A date line over its byline, lines joined upstream, is the date and the byline (not one heading)."""
    page = (
        "Five Sentenced in Fentanyl Trafficking Ring Operating Out of Motel Rooms\nMarch 3, 2026\nby DA Communications\n"
        "DALTON, Ga. – Five members of a drug trafficking ring that sold fentanyl pills from motel rooms were "
        "sentenced Monday.\nThe defendants were arrested in June 2025 after a nine-month investigation.\n"
    )
    doc = parse(page)
    assert [(m.kind.value, m.text) for m in doc.meta][1:] == [
        ("date", "March 3, 2026"),
        ("byline", "by DA Communications"),
    ]
    assert doc.published == datetime.date(2026, 3, 3)
    assert clean(clean(page)) == clean(page)
    assert [b.text for b in parse(doc.text).body] == [b.text for b in doc.body]


@pytest.mark.parametrize(
    ("page", "title"),
    [
        pytest.param(
            "Statement of District Attorney Kim Roe on the execution of Arthur Brown Jr.\n\nArthur Brown Jr. was "
            "executed Thursday at the state penitentiary.\n“He killed four people,” Roe said.\n",
            "Statement of District Attorney Kim Roe on the execution of Arthur Brown Jr.",
            id="headline-ending-with-a-name-suffix",
        ),
        pytest.param(
            "The case was prosecuted by Assistant District Attorney John Smith Jr.\n\nThe defendant faces up to 20 "
            "years in prison when he is sentenced in May.",
            None,
            id="sentence-ending-with-a-name-suffix",
        ),
        pytest.param(
            "Acme today announced its merger with Beta Inc.\n\nThe deal closes in May. It was approved on Tuesday.",
            None,
            id="sentence-ending-with-a-company-suffix",
        ),
    ],
)
def test_name_suffix_ending_a_headline(page: str, title: str | None) -> None:
    """``Jr.`` ending a headline is no sentence's stop; a line with an auxiliary verb is a sentence still."""
    assert parse(page).title == title
