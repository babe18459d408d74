"""Datelines: conventions of agencies, ministries and wires the corpus lacks (red team, docs/datelines.md).

Method. Each table holds one convention as real releases write it, found by
reading how the sources pressparse targets open their stories (South Asian
ministries and press, EU agencies and police, Australian and Canadian wires,
e-mailed releases hard-wrapped at 60 to 80 columns), with the prose that
must NOT become a dateline beside it: ``CONVENTIONS`` rows are
``(text, dateline text, city, region, country, ISO date, agency)`` as in
``tests/test_dateline.py``; ``NOT_DATELINES`` are first sentences and labels.
"""

from __future__ import annotations

import datetime
import textwrap

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pressparse import parse, parse_dateline
from tests.test_dateline import Row, check_row

# fmt: off
CONVENTIONS: dict[str, Row] = {
    # An agency the tables do not know, in parentheses or slashes after a date (the agency slot), or an
    # acronym after a place in capitals: PIB (India), AAP (Australia), Bernama (Malaysia), IANS, CNW Telbec.
    "agency-slot-after-day-first-date": ("NEW DELHI, 23 Nov 2026 (PIB) – The Ministry of Home Affairs said today.", "NEW DELHI, 23 Nov 2026 (PIB) –", "NEW DELHI", None, None, "2026-11-23", "PIB"),
    "agency-slot-after-month-first-date": ("NEW DELHI, November 23, 2026 (PIB) – The Ministry said today.", "NEW DELHI, November 23, 2026 (PIB) –", "NEW DELHI", None, None, "2026-11-23", "PIB"),
    "agency-slot-aap-partial-date": ("SYDNEY, Nov 23 (AAP) - Police said today.", "SYDNEY, Nov 23 (AAP) -", "SYDNEY", None, None, None, "AAP"),
    "agency-slot-bernama": ("KUALA LUMPUR, Nov 23 (Bernama) -- The police said today.", "KUALA LUMPUR, Nov 23 (Bernama) --", "KUALA LUMPUR", None, None, None, "Bernama"),
    "agency-slot-slashes": ("MONTRÉAL, Nov. 23, 2026 /CNW Telbec/ - Acme said today.", "MONTRÉAL, Nov. 23, 2026 /CNW Telbec/ -", "MONTRÉAL", None, None, "2026-11-23", "CNW Telbec"),
    "agency-slot-acronym-caps-place": ("LAHORE (APP) – The chief minister said on Monday.", "LAHORE (APP) –", "LAHORE", None, None, None, "APP"),
    # PTI writes no dash after its dated credit; ANI puts the country in square brackets.
    "pti-no-dash": ("NEW DELHI, Nov 23 (PTI) The government said today.", "NEW DELHI, Nov 23 (PTI)", "NEW DELHI", None, None, None, "PTI"),
    "ani-bracketed-country": ("New Delhi [India], November 23 (ANI): The government said today.", "New Delhi [India], November 23 (ANI):", "New Delhi", None, "India", None, "ANI"),
    # All-numeric dates: dotted is day first (EU); slashed and dashed when the numbers settle the order.
    "numeric-dotted": ("Berlin, 23.11.2026 – The BKA said on Monday that ten people were arrested.", "Berlin, 23.11.2026 –", "Berlin", None, None, "2026-11-23", None),
    "numeric-dotted-one-digit": ("LONDON, 5.3.2021 – Police said.", "LONDON, 5.3.2021 –", "LONDON", None, None, "2021-03-05", None),
    "numeric-slashed-day-over-12": ("Brussels, 23/11/2026 – The Commission said today.", "Brussels, 23/11/2026 –", "Brussels", None, None, "2026-11-23", None),
    "numeric-slashed-us-order": ("WASHINGTON, 11/23/2026 – The agency said today.", "WASHINGTON, 11/23/2026 –", "WASHINGTON", None, None, "2026-11-23", None),
    "numeric-dashed": ("LONDON, 23-11-2026 – Police said today.", "LONDON, 23-11-2026 –", "LONDON", None, None, "2026-11-23", None),
    "numeric-iso": ("VIENNA, 2026-11-23 – UNODC said today.", "VIENNA, 2026-11-23 –", "VIENNA", None, None, "2026-11-23", None),
    "numeric-ambiguous-keeps-text": ("LONDON, 5/3/2021 – Police said.", "LONDON, 5/3/2021 –", "LONDON", None, None, None, None),
    "numeric-ambiguous-us-dateline": ("AUSTIN, Texas, 5/3/2021 – The agency said.", "AUSTIN, Texas, 5/3/2021 –", "AUSTIN", "Texas", None, "2021-05-03", None),
    # A colon closes a dateline a date or an agency backs (South Asian press, ministries).
    "colon-after-date": ("MUMBAI, November 23, 2026: The police said today.", "MUMBAI, November 23, 2026:", "MUMBAI", None, None, "2026-11-23", None),
    "colon-after-agency": ("New Delhi, Nov 23 (IANS): The police said today.", "New Delhi, Nov 23 (IANS):", "New Delhi", None, None, None, "IANS"),
    # ...or a known city, or a place with a known qualifier, in capitals.
    "colon-known-city": ("NEW DELHI: The government said today that it will act on the report.", "NEW DELHI:", "NEW DELHI", None, None, None, None),
    "colon-known-city-one-word": ("ISLAMABAD: The government said on Monday that it will act.", "ISLAMABAD:", "ISLAMABAD", None, None, None, None),
    "colon-story-opens-with-number": ("MUMBAI: 20 people were arrested on Monday.", "MUMBAI:", "MUMBAI", None, None, None, None),
    "colon-known-territory": ("CANBERRA, ACT: The Australian Federal Police said today.", "CANBERRA, ACT:", "CANBERRA", "ACT", None, None, None),
    "colon-known-state": ("TOMBSTONE, Arizona: Heralding a new chapter.", "TOMBSTONE, Arizona:", "TOMBSTONE", "Arizona", None, None, None),
    # A slash closes a dateline after an agency (ACCESSWIRE); the wire between slashes is no second place.
    "accesswire-slash-close": ("VANCOUVER, BC / ACCESSWIRE / November 23, 2026 / Acme Corp. today announced a deal.", "VANCOUVER, BC / ACCESSWIRE / November 23, 2026 /", "VANCOUVER", "BC", None, "2026-11-23", "ACCESSWIRE"),
    "access-newswire-slash-close": ("LOS ANGELES, CA / ACCESS Newswire / November 23, 2026 / Acme Corp. today announced.", "LOS ANGELES, CA / ACCESS Newswire / November 23, 2026 /", "LOS ANGELES", "CA", None, "2026-11-23", "ACCESS Newswire"),
    # States and territories of Australia, India and Pakistan are regions, not countries.
    "indian-state": ("LUCKNOW, Uttar Pradesh – The police said today.", "LUCKNOW, Uttar Pradesh –", "LUCKNOW", "Uttar Pradesh", None, None, None),
    "australian-state-abbreviation": ("Sydney, NSW – Police charged a man today.", "Sydney, NSW –", "Sydney", "NSW", None, None, None),
    # Shapes the grammar already read, pinned here as the red team checked them.
    "wire-day-first-prnewswire": ("LONDON, 23 November 2026 /PRNewswire/ -- Acme plc today announced a deal.", "LONDON, 23 November 2026 /PRNewswire/ --", "LONDON", None, None, "2026-11-23", "PRNewswire"),
    "wire-cnw": ("TORONTO, Nov. 23, 2026 /CNW/ - Acme Inc. today announced a deal.", "TORONTO, Nov. 23, 2026 /CNW/ -", "TORONTO", None, None, "2026-11-23", "CNW"),
    "wire-newsfile": ("(Newsfile Corp. - November 23, 2026) - Acme Corp. today announced a deal.", "(Newsfile Corp. - November 23, 2026) -", None, None, None, "2026-11-23", "Newsfile Corp."),
    "wire-un-news": ("GENEVA (UN News) - The UN said today.", "GENEVA (UN News) -", "GENEVA", None, None, None, "UN News"),
    "title-case-the-hague": ("The Hague, 23 November 2026 – Europol said today that 20 were arrested.", "The Hague, 23 November 2026 –", "The Hague", None, None, "2026-11-23", None),
    "two-places-wire": ("PARIS and LONDON, Nov. 23, 2026 /PRNewswire/ -- Acme said today.", "PARIS and LONDON, Nov. 23, 2026 /PRNewswire/ --", "PARIS", None, None, "2026-11-23", "PRNewswire"),
    # A weekday before a day-first date is no country (Irish and UK government pages).
    "weekday-before-day-first-date": ("Dublin, Tuesday 18 November 2026 - The Minister said today.", "Dublin, Tuesday 18 November 2026 -", "Dublin", None, None, "2026-11-18", None),
    "weekday-comma-before-day-first-date": ("DUBLIN, Tuesday, 18 November 2026 – The Minister said today.", "DUBLIN, Tuesday, 18 November 2026 –", "DUBLIN", None, None, "2026-11-18", None),
    # A country written with its article in lower case: "the Netherlands".
    "country-with-lower-case-article": ("THE HAGUE, the Netherlands – Europol said today.", "THE HAGUE, the Netherlands –", "THE HAGUE", None, "the Netherlands", None, None),
    # NGOs (Human Rights Watch) put the place and the date inside the parentheses that open the story.
    "ngo-place-and-date-in-parentheses": ("(Nairobi, November 18, 2026) – Authorities have detained seven journalists.", "(Nairobi, November 18, 2026) –", "Nairobi", None, None, "2026-11-18", None),
    "ngo-place-country-and-date-in-parentheses": ("(Geneva, Switzerland, 18 November 2026) — The UN said.", "(Geneva, Switzerland, 18 November 2026) —", "Geneva", None, "Switzerland", "2026-11-18", None),
    "ngo-place-in-parentheses": ("(Beirut) – Authorities in Lebanon should release them, Human Rights Watch said today.", "(Beirut) –", "Beirut", None, None, None, None),
    "dc-date-in-parentheses": ("Washington D.C. (November 23, 2026) – The agency said today.", "Washington D.C. (November 23, 2026) –", "Washington D.C.", None, None, "2026-11-23", None),
}

NOT_DATELINES: dict[str, str] = {
    "today-comma": "Today, the Secretary said the plan was ready.",
    "police-fire-crews": "Police, fire crews and paramedics – all of them – helped.",
    "in-london": "In London, police said today.",
    "last-year-dash": "Last year – the worst on record – saw 20 deaths.",
    "europol-dash": "Europol – the EU agency – said today.",
    # Colon labels: the colon closes a dateline only after a known place in capitals, then prose.
    "note-label": "Note: The figures are provisional.",
    "note-label-caps": "NOTE: The figures are provisional.",
    "update-label": "Update: The suspect was arrested.",
    "contact-label": "Contact: John Smith, 555-1234.",
    "warning-label-caps": "WARNING: Scam emails are circulating today.",
    "country-label-caps": "CHINA: Police seized two tonnes today.",
    "title-case-place-colon": "Canberra, ACT: The AFP said today.",
    "known-city-headline-prefix": "LONDON: A CITY OF MANY FACES",
    "dated-label-colon": "Editor's Note, Nov. 23, 2026: The figures were corrected.",
    "dated-correction-dash": "CORRECTION, Nov. 23, 2026 – The figures were corrected.",
    "known-city-short-title": "NEW DELHI: Budget 2026",
    "known-city-colon-lower-case": "PARIS: the capital said.",
    # No dash after a credit: only a known agency after a date, then a capitalised word (PTI).
    "pti-lower-case-story": "WASHINGTON, Nov. 23 (AP) the senator said.",
    "unknown-parenthesis-no-dash": "WASHINGTON, Nov. 23 (Photo) The senator said.",
    # Square brackets hold a known country or region only, never an agency or a link text.
    "agency-in-square-brackets": "LONDON [Reuters] – Police said.",
    # Numeric dates need the dateline's comma or dash before them.
    "version-number": "Version 2.1.2026 – Release notes follow.",
    "numeric-date-alone": "23.11.2026 – Police said today.",
    "label-comma-numeric-date": "Update, 23.11.2026 – The figures were corrected.",
    "number-that-is-no-day": "Lyon, 12-34-5678 – Call the hotline today.",
    # The agency slot wants a name right before the dash: a ticker is no agency.
    "ticker-in-parentheses": "Acme (NYSE: ACME) – The company said today.",
    "acronym-credit-after-title-case": "Lyon (ABC) – The company said today.",
    "unknown-parenthesis-without-date": "SYDNEY (Photo) Police said today.",
    # Parentheses holding a place and no date, or a date and no dash after them, open no dateline.
    "parenthesis-place-and-words": "(Nairobi, Kenya and Uganda) Police said today.",
    "parenthesis-date-no-dash": "(Nairobi, November 18, 2026) Police said today.",
    "parenthesis-lower-case-words": "(Police, fire crews, November 2026) – all helped.",
    # Business Wire's page date line, its time zone written out: a date and a time, no place.
    "business-wire-date-line": "November 18, 2026 04:05 PM Eastern Standard Time",
    "business-wire-date-line-daylight": "June 3, 2024 08:00 AM Eastern Daylight Time",
}

# A hard-wrapped wire dateline (e-mailed releases wrap at 60 to 80 columns): the break may fall anywhere
# after the first 40 characters of the line; the dateline reads as if it were one line.
_LONG = "SOUTH SAN FRANCISCO, Calif. and CAMBRIDGE, Mass."
WRAPPED: dict[str, str] = {
    "break-before-agency": f"{_LONG}, Nov. 23, 2026\n/PRNewswire/ -- Acme Therapeutics, Inc. today announced\nthat its board approved a plan.",
    "break-before-year": f"{_LONG}, Nov. 23,\n2026 /PRNewswire/ -- Acme Therapeutics, Inc. today announced\nthat its board approved a plan.",
    "break-before-day": f"{_LONG}, November\n23, 2026 /PRNewswire/ -- Acme Therapeutics, Inc. today\nannounced that its board approved a plan.",
    "break-before-dash": f"{_LONG}, Nov. 23, 2026 /PRNewswire/\n-- Acme Therapeutics, Inc. today announced that its board\napproved a plan.",
    "break-after-and": "SOUTH SAN FRANCISCO, Calif. and CAMBRIDGE, England and\nBOSTON, Nov. 23, 2026 /PRNewswire/ -- Acme said.",
}
# fmt: on


def _cases(table: dict[str, Row]) -> list[object]:
    return [pytest.param(row, id=name) for name, row in table.items()]


@pytest.mark.parametrize("row", _cases(CONVENTIONS))
def test_convention(row: Row) -> None:
    """The convention gives its dateline text and fields as written; its span covers its text."""
    check_row(row)


@pytest.mark.parametrize("row", _cases(CONVENTIONS))
def test_convention_reads_back(row: Row) -> None:
    """The rendering of each convention gives the same dateline and body again (SPEC 5)."""
    doc = parse(row[0])
    again = parse(doc.text)
    assert (doc.dateline.text if doc.dateline else None) == (again.dateline.text if again.dateline else None)
    assert [(b.kind, b.text) for b in doc.body] == [(b.kind, b.text) for b in again.body]


@pytest.mark.parametrize("text", list(NOT_DATELINES.values()), ids=list(NOT_DATELINES))
def test_not_a_dateline(text: str) -> None:
    """First sentences, labels and number runs give no dateline."""
    assert None is parse_dateline(text)


def test_ambiguous_numeric_date_keeps_its_text() -> None:
    """``5/3/2021`` outside the US: date_text as written, date None (5 March or May 3 is not guessed)."""
    got = parse_dateline("LONDON, 5/3/2021 – Police said.")
    assert got is not None
    assert ("5/3/2021", None) == (got.date_text, got.date)


@pytest.mark.parametrize("text", list(WRAPPED.values()), ids=list(WRAPPED))
def test_hard_wrapped_dateline(text: str) -> None:
    """A dateline hard-wrapped across one line break reads whole, and the rendering reads the same (SPEC 5)."""
    doc = parse(text)
    assert doc.dateline is not None
    assert "PRNewswire" == doc.dateline.agency
    assert datetime.date(2026, 11, 23) == doc.dateline.date
    assert doc.body[0].text.startswith("Acme")
    again = parse(doc.text)
    assert again.dateline is not None
    assert doc.dateline.text == again.dateline.text


def test_blank_line_is_no_wrap() -> None:
    """A paragraph break is never a hard wrap: the date is not read across it."""
    got = parse_dateline(f"{_LONG}, November\n\n23, 2026 /PRNewswire/ -- Acme said.")
    assert got is None or got.date_text is None


def test_short_line_is_no_wrap() -> None:
    """A line break after a short line (under 40 characters) is no wrap: the date is not read across it."""
    got = parse_dateline("MIAMI, Fla., March 3,\n2024 Police met today.")
    assert got is not None
    assert ("MIAMI, Fla., March 3,", "March 3") == (got.text, got.date_text)


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        pytest.param(
            "FOR IMMEDIATE RELEASE\n\nNEW DELHI: The government said today that it will act. It said more.",
            "NEW DELHI:",
            id="colon-after-release-note",
        ),
        pytest.param(
            "Ministry Announces New Scheme For Farmers\n\nNEW DELHI, 23 Nov 2026 (PIB) – The Ministry said today.",
            "NEW DELHI, 23 Nov 2026 (PIB) –",
            id="agency-slot-after-headline",
        ),
        pytest.param(
            "November 23, 2026\n\nBerlin, 23.11.2026 – The BKA said on Monday that ten people were arrested.",
            "Berlin, 23.11.2026 –",
            id="numeric-after-date-line",
        ),
        pytest.param(
            "Acme Reports Results\n\nVANCOUVER, BC / ACCESSWIRE / November 23, 2026 / Acme Corp. announced results.",
            "VANCOUVER, BC / ACCESSWIRE / November 23, 2026 /",
            id="accesswire-after-headline",
        ),
        pytest.param(
            "WASHINGTON – Senator Roe introduced a bill today\nThe bill would ban fees for consumers.",
            "WASHINGTON –",
            id="story-line-in-sentence-case",
        ),
        # A heading over a dash list is no place over a next-line dash: every item's line opens with a dash.
        pytest.param(
            "Police checked farms.\nResults\n- 270 potential victims identified, 61 of them minors\n"
            "- 38 suspects arrested for trafficking\n- 1 900 workplaces inspected\n",
            None,
            id="heading-over-a-dash-list",
        ),
        pytest.param(
            "CHICAGO\n— The Cook County State's Attorney charged two men today.\n\nThe men were arrested on Monday.",
            "CHICAGO —",
            id="next-line-dash-over-prose",
        ),
        # A release note glued before the dateline on its line: the note is meta, the dateline opens the story.
        pytest.param(
            "FOR IMMEDIATE RELEASE: WASHINGTON, DC – Senator Roe introduced a bill today to cap fees.",
            "WASHINGTON, DC –",
            id="release-note-before-the-dateline",
        ),
        pytest.param(
            "For Immediate Release – CHICAGO – The Cook County State's Attorney charged two men today.",
            "CHICAGO –",
            id="release-note-dash-before-the-dateline",
        ),
        pytest.param(
            "For Immediate Release: Acme Opens a Plant in Lyon\n\nThe plant will employ 200 people from next year.",
            None,
            id="release-note-before-a-headline",
        ),
        pytest.param(
            "Acme Reports Results\n\nNovember 18, 2026 04:05 PM Eastern Standard Time\n\n"
            "SAN JOSE, Calif.--(BUSINESS WIRE)--Acme Robotics, Inc. today reported results.",
            "SAN JOSE, Calif.--(BUSINESS WIRE)--",
            id="business-wire-under-its-date-line",
        ),
        pytest.param(
            "Human Rights Watch\n\nCountry X: Journalists Detained Ahead of Elections\n\n"
            "(Nairobi, November 18, 2026) – Authorities have detained at least seven journalists.",
            "(Nairobi, November 18, 2026) –",
            id="ngo-under-its-headline",
        ),
        # Negatives: a headline prefix with a colon, a label before the dateline, a title-case headline.
        pytest.param(
            "Miami, Florida – A New Era Begins\nThe city opened its new port today.",
            None,
            id="title-case-headline-with-a-place",
        ),
        pytest.param(
            "WASHINGTON: A CITY OF MONUMENTS\n\nThe city has many monuments. Visitors come every year.",
            None,
            id="colon-headline-prefix",
        ),
        pytest.param(
            "Note: The figures are provisional.\n\nLONDON – Police said today that the figures are provisional.",
            "LONDON –",
            id="label-before-dateline",
        ),
    ],
)
def test_in_a_release(text: str, dateline: str | None) -> None:
    """``parse`` finds the convention past front matter, and re-reads it on the rendering (SPEC 5)."""
    doc = parse(text)
    assert dateline == (doc.dateline.text if doc.dateline else None)
    assert not any(b.text.casefold().startswith("for immediate release") for b in doc.body)
    again = parse(doc.text)
    assert dateline == (again.dateline.text if again.dateline else None)
    assert [(b.kind, b.text) for b in doc.body] == [(b.kind, b.text) for b in again.body]


@given(
    city=st.sampled_from(("NEW DELHI", "ISLAMABAD", "KUALA LUMPUR", "SYDNEY", "Berlin", "The Hague", "Brussels")),
    date=st.dates(datetime.date(1990, 1, 1), datetime.date(2035, 12, 31)),
    credit=st.from_regex(r"[A-Z]{2,6}", fullmatch=True),
    convention=st.integers(0, 3),
)
def test_conventions_read_back(city: str, date: datetime.date, credit: str, convention: int) -> None:
    """A dateline rendered in a new convention gives back its date and agency, and its span covers it."""
    story = "Police arrested 12 people on Tuesday."
    renderings = [
        (f"{city}, {date.day}.{date.month}.{date.year} –", date, None),  # dotted: day first
        (f"{city}, {date.day} {date:%b} {date.year} ({credit}) –", date, credit),  # agency slot
        (f"{city}, {date:%B} {date.day}, {date.year}:", date, None),  # colon after a date
        (f"{city}, {date.year}-{date.month:02}-{date.day:02} –", date, None),  # ISO
    ]
    rendered, want_date, want_agency = renderings[convention]
    got = parse_dateline(rendered + " " + story)
    assert got is not None
    assert (want_date, want_agency, (0, len(rendered))) == (got.date, got.agency, (got.span.start, got.span.end))


# A hard wrap anywhere inside a dateline reads as a space: inside the city, a weekday's gap, an agency's
# parentheses, slashes or markdown link, and before a long word that did not fit on a line shorter than 40
# (the line and the word together pass 40 columns). Each row is wrapped as ``textwrap`` (an e-mail client)
# wraps the opening paragraph, at every width from 44 to 80 columns that breaks a line inside the dateline.
_STORY = (
    " Acme Therapeutics, Inc. today announced that its board of directors approved a plan to expand"
    " the company. The plan was approved on Monday after a long review of the options."
)
# fmt: off
WRAPPED_ANYWHERE: dict[str, tuple[str, str, str | None]] = {
    # dateline text, city, agency
    "agency-parentheses": ("Fort Lauderdale, FL, March 9, 2026 – PRISM MediaWire (Press Release Service – Press Release Distribution) –", "Fort Lauderdale", "PRISM MediaWire"),
    "markdown-link": ("HANOI, VIETNAM - [Media OutReach Newswire](https://www.media-outreach.com/) – 27 June 2026 -", "HANOI", "Media OutReach Newswire"),
    "second-city": ("SOUTH SAN FRANCISCO, Calif. and CAMBRIDGE, Mass. and NEW YORK, Nov. 23, 2026 /PRNewswire/ --", "SOUTH SAN FRANCISCO", "PRNewswire"),
    "slashed-agency": ("SOUTH SAN FRANCISCO, Calif., Nov. 23, 2026 /Acme Business Newswire/ --", "SOUTH SAN FRANCISCO", "Acme Business Newswire"),
    "agency-name": ("ST. JAMES, N.Y., Oct. 17, 2025 (GLOBE NEWSWIRE) —", "ST. JAMES", "GLOBE NEWSWIRE"),
    "weekday": ("SOUTH SAN FRANCISCO, Calif. and CAMBRIDGE, Mass., Tuesday, November 23, 2026 /PRNewswire/ --", "SOUTH SAN FRANCISCO", "PRNewswire"),
    "agency-then-date": ("SINGAPORE - (NewMediaWire) - September 27, 2024 -", "SINGAPORE", "NewMediaWire"),
    "weekday-and-time": ("Santa Cruz, CA (Newsworthy.ai) Tuesday Mar 5, 2024 @ 8:00 AM Pacific —", "Santa Cruz", "Newsworthy.ai"),
}
# fmt: on


def _wrapped_cases() -> list[object]:
    cases = []
    for name, (dateline, city, agency) in WRAPPED_ANYWHERE.items():
        for width in range(44, 81):
            opening = textwrap.fill(dateline + _STORY, width, break_on_hyphens=False)
            if "\n" in opening[: len(dateline)]:
                cases.append(pytest.param(opening, dateline, city, agency, id=f"{name}-{width}"))
    return cases


@pytest.mark.parametrize(("opening", "dateline", "city", "agency"), _wrapped_cases())
def test_wrap_anywhere_inside_a_dateline(opening: str, dateline: str, city: str, agency: str | None) -> None:
    """A hard wrap anywhere inside the dateline reads as a space; the rendering reads the same (SPEC 5)."""
    doc = parse(f"Acme Approves Expansion Plan\n\n{opening}\n\nThe company said more about the plan.")
    assert doc.dateline is not None
    assert (dateline, city, agency) == (doc.dateline.text, doc.dateline.city, doc.dateline.agency)
    assert doc.body[0].text.startswith("Acme Therapeutics")
    again = parse(doc.text)
    assert again.dateline is not None
    assert dateline == again.dateline.text
    assert [(b.kind, b.text) for b in doc.body] == [(b.kind, b.text) for b in again.body]


def test_weekday_is_no_qualifier() -> None:
    """A weekday before the date is the date's, not a country: "Mass., Tuesday, November 23, 2026"."""
    got = parse_dateline("CAMBRIDGE, Mass., Tuesday, November 23, 2026 /PRNewswire/ -- Acme said.")
    assert got is not None
    assert ("Mass.", None, "2026-11-23") == (got.region, got.country, got.date.isoformat() if got.date else None)


@pytest.mark.parametrize(
    "text",
    [
        # A line under 40 columns broken before a word that would have fitted is no wrap.
        pytest.param("MIAMI, Fla., March 3,\n2024 Police met today.", id="short-line-short-word"),
        pytest.param("CHICAGO, Ill., Nov. 3\n2024 was a year of change.", id="short-line-year-word"),
    ],
)
def test_short_break_is_no_wrap(text: str) -> None:
    """A break where the next word would have fitted in 40 columns is not read as a wrap: no year across it."""
    got = parse_dateline(text)
    assert got is None or "2024" not in got.text


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        pytest.param(
            "Acme Announces a Plan\n\nLONDON (Reuters)\n– 27 June 2026 - Acme said today that it will buy a rival for cash.",
            "LONDON (Reuters) – 27 June 2026 -",
            id="date-after-dash-on-next-line",
        ),
        # Negative: a story that opens with a number after the dash on the next line keeps it.
        pytest.param(
            "Acme Announces a Plan\n\nLONDON (Reuters)\n– 27 people were arrested today in a raid on a warehouse.",
            "LONDON (Reuters) –",
            id="story-number-after-dash-on-next-line",
        ),
        pytest.param(
            "Acme Announces a Plan\n\nCHICAGO\n–\nThe company said today that it will buy a rival for cash.",
            "CHICAGO –",
            id="stacked-dash-then-story",
        ),
    ],
)
def test_dash_on_next_line_separates(text: str, dateline: str) -> None:
    """A dash opening the next line separates the parts as on one line: a date after it is the dateline's (SPEC 5)."""
    doc = parse(text)
    assert dateline == (doc.dateline.text if doc.dateline else None)
    again = parse(doc.text)
    assert dateline == (again.dateline.text if again.dateline else None)
    assert [(b.kind, b.text) for b in doc.body] == [(b.kind, b.text) for b in again.body]


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        # A run of spaces inside the city, as a scrape leaves it: read as the rendering's one space.
        pytest.param(
            "NOTE:\nNEW  YORK – The company said today that it will buy a rival.", "NEW YORK –", id="spaced-city"
        ),
        pytest.param(
            "The  Hague, 23 November 2026 – Europol said today.",
            "The Hague, 23 November 2026 –",
            id="spaced-title-case",
        ),
        # Negatives: the spaced city needs its dash; a gap after it is the damaged form's, a name no place.
        pytest.param("SAN  FRANCISCO  A federal judge said today that he will rule.", None, id="spaced-city-no-dash"),
        pytest.param("Acme  Corp said today that it will buy a rival.", None, id="spaced-name-in-prose"),
        # A dateline over a heading: the heading the story opens with is a paragraph, as the rendering joins them.
        pytest.param(
            "Note:\nNEW YORK, Nov. 3, 2025 –\nACME ANNOUNCES RESULTS\nThe company said today that it will buy a rival.",
            "NEW YORK, Nov. 3, 2025 –",
            id="note-dateline-capitals-title",
        ),
        pytest.param(
            "Note:\n\nNEW YORK, Nov. 3, 2025 –\n\nOUTLOOK\n\nThe company said today that it will buy a rival.",
            "NEW YORK, Nov. 3, 2025 –",
            id="note-dateline-capitals-heading",
        ),
        # ...but a label ending in a colon opens no story: no dateline, in the rendering either.
        pytest.param(
            "Note:\nLONDON (Reuters) -\nOUTLOOK:\n- first item\n- second item",
            None,
            id="note-dateline-label",
        ),
    ],
)
def test_stable_under_note(text: str, dateline: str | None) -> None:
    """The dateline and body read the same in the source and in its rendering (SPEC 5)."""
    doc = parse(text)
    assert dateline == (doc.dateline.text if doc.dateline else None)
    again = parse(doc.text)
    assert dateline == (again.dateline.text if again.dateline else None)
    assert [(b.kind, b.text) for b in doc.body] == [(b.kind, b.text) for b in again.body]


def test_spaced_city_field() -> None:
    """The city of a spaced dateline reads one space, as the rendering gives it back."""
    got = parse_dateline("NEW  YORK – The company said today that it will buy a rival.")
    assert got is not None
    assert ("NEW YORK", "NEW YORK –") == (got.city, got.text)


def test_heading_under_a_line_end_dateline_stays() -> None:
    """A dateline a line end closed keeps its line break once rendered: the heading under it stays one (wire_020)."""
    text = (
        "Acme Sells Practice\n\nBrentwood, United States - November 18, 2024 / DDSMatch South /\n\n"
        "Six Things Dental Practice Sellers Can Do\n\nThe key to a successful sale is starting early, "
        "ideally 12 to 24 months in advance. Planning matters."
    )
    doc = parse(text)
    assert doc.dateline is not None
    assert ("heading", "Six Things Dental Practice Sellers Can Do") == (doc.body[0].kind, doc.body[0].text)
    again = parse(doc.text)
    assert [(b.kind, b.text) for b in doc.body] == [(b.kind, b.text) for b in again.body]


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        pytest.param(
            "# Museums Emerge as Haven\n\n Museums can help stimulate the mind (NewMediaWire) - September 27, 2024 - "
            "Glendale, CA – A growing number of museums are becoming recognized as essential resources.\n",
            "(NewMediaWire) - September 27, 2024 - Glendale, CA –",
            id="reversed-wire-dateline-after-a-glued-caption",
        ),
        # Negative: a parenthesis in a story sentence with no wire and date after it opens no dateline.
        pytest.param(
            "# Museums Emerge as Haven\n\n Museums can help (see the study) - and many agree - said the director of "
            "the museum in Glendale.\n",
            None,
            id="parenthesis-in-a-sentence",
        ),
    ],
)
def test_wire_dateline_inside_the_first_paragraph(text: str, dateline: str | None) -> None:
    """A wire's reversed dateline after a caption glued by one space: its agency and date back it."""
    doc = parse(text)
    assert (doc.dateline.text if doc.dateline else None) == dateline


def test_colon_opening_the_next_line_ends_a_dateline() -> None:
    """``Miami, Florida`` / ``: State Attorney …``: the colon starting the next line closes the dateline (da_015's comma)."""
    doc = parse(
        "Press Conference Regarding Arraignment\nMiami, Florida\n: State Attorney Jane Roe will hold a press "
        "conference regarding the arraignment.\n"
    )
    assert doc.dateline is not None
    assert (doc.dateline.city, doc.dateline.region) == ("Miami", "Florida")
    assert doc.body[0].text.startswith("State Attorney Jane Roe will hold")


def test_icymi_is_no_place() -> None:
    """``ICYMI —`` (in case you missed it) opening a page title is no dateline."""
    assert parse_dateline("ICYMI — CHICAGO TRIBUNE EDITORIAL BOARD: “BURKE IS A MARVEL SO FAR.”") is None
