"""Datelines, session 28 (round 2): real unseen releases whose writer's dateline form was read wrong.

Each test holds the shape the writer prints (Reportable, Media OutReach, NewsUSA, Evertise Ai PR) beside a
close shape that must keep its reading. The rendering must read as the raw text (SPEC 5).
"""

from __future__ import annotations

from pressparse import parse


def _fields(text: str) -> tuple[str | None, ...] | None:
    d = parse(text).dateline
    if d is None:
        return None
    return (d.text, d.city, d.region, d.country, d.date_text, d.agency)


def _stable(text: str) -> bool:
    doc = parse(text)
    again = parse(doc.text)
    return _fields(doc.text) == _fields(text) and [b.text for b in doc.body] == [b.text for b in again.body]


# --- a lower-case state code and month on the dateline's own line (xr_wire_reportable_1) --------------------
# Reportable's clients type the dateline themselves, some in lower case: "Boston, ma - april 15, 2026" on a line
# of its own ("Dallas, Tx -- March 23, 2026 --", xu_wire_reportable_1). A two-letter code in lower case is read as
# the region only when the tables know it and a date follows its dash: "Paris, in 2020" stays a sentence.


def test_lower_case_state_code_before_a_date_is_the_region() -> None:
    """ "Boston, ma - april 15, 2026" alone on its line: city, region and date."""
    text = "Boston, ma - april 15, 2026\n\nSave On Wireless, the price comparison platform, today released a report.\n"
    assert _fields(text) == ("Boston, ma - april 15, 2026", "Boston", "ma", None, "april 15, 2026", None)
    assert str(parse(text).published) == "2026-04-15"
    assert _stable(text)


def test_lower_case_word_after_a_place_is_no_region() -> None:
    """A lower-case word after a place's comma with no date after its dash is no region: no dateline."""
    assert _fields("Boston, in - the end, it was a good year for the city and its people.\n") is None
    assert _fields("Boston, ma - the city said today that it would open a new park.\n") is None


# --- twin cities glued by a slash (sc_wire_mediaoutreach_1) ---------------------------------------------------
# Twin cities and joint releases join their cities by a slash with no space and write the qualifier after the
# last: "HONG KONG SAR/SAN DIEGO, UNITED STATES" (Media OutReach), "DALLAS/FORT WORTH, Texas" (AP). The city field
# is the run as written; a slash between spaces still parts two places.

_OUTREACH = (
    "HONG KONG SAR/SAN DIEGO, UNITED STATES - [Media OutReach Newswire](https://www.media-outreach.com/) - 24 June"
    " 2026 - Hong Kong Science and Technology Parks Corporation leads a delegation to BIO 2026 in San Diego.\n"
)


def test_slash_glued_cities_are_one_place() -> None:
    """The glued run is the city, the country after it the place's."""
    d = parse(_OUTREACH).dateline
    assert d is not None
    assert (d.city, d.country, d.date_text, d.agency) == (
        "HONG KONG SAR/SAN DIEGO",
        "UNITED STATES",
        "24 June 2026",
        "Media OutReach Newswire",
    )
    assert _fields("DALLAS/FORT WORTH, Texas – The airport said on Monday that it will open.\n") == (
        "DALLAS/FORT WORTH, Texas –",
        "DALLAS/FORT WORTH",
        "Texas",
        None,
        None,
        None,
    )
    assert _stable(_OUTREACH)


def test_spaced_slash_parts_two_places_and_a_slashed_wire_is_no_city() -> None:
    """ "THE HAGUE, Netherlands / LYON, France": the first place; "NEW YORK/PRNewswire/" names no second city."""
    text = "THE HAGUE, Netherlands / LYON, France – INTERPOL and Europol said today.\n"
    assert _fields(text) == ("THE HAGUE, Netherlands / LYON, France –", "THE HAGUE", None, "Netherlands", None, None)
    d = parse("NEW YORK, March 3, 2026 /PRNewswire/ -- Acme Corp. said today it will grow.\n").dateline
    assert d is not None
    assert (d.city, d.agency) == ("NEW YORK", "PRNewswire")


# --- NewsUSA's sponsor in parentheses (xr_wire_newsusa_1) -----------------------------------------------------
# NewsUSA opens each story with its credit in parentheses before the dash: "(NewsUSA) -", "(BookTrib) -", and for a
# sponsored story the sponsor's name: "(Novartis) -". A place in parentheses writes its qualifier, a place word, or
# is a city the tables know: "(HELENA, Mont.) -", "(Dallas County) –", "(Miami) –".

_NOVARTIS = (
    "(Novartis) - Dr. Koo, EVP and CMO at Prostate Cancer Foundation, and Bill, who is living with prostate"
    " cancer, answer some frequently asked questions about PSMA testing.\n"
)


def test_sponsor_word_in_parentheses_opening_the_text_is_the_agency() -> None:
    """ "(Novartis) -": the sponsor's credit, no city."""
    assert _fields(_NOVARTIS) == ("(Novartis) -", None, None, None, None, "Novartis")
    assert _stable(_NOVARTIS)


def test_place_in_parentheses_opening_the_text_stays_the_place() -> None:
    """A place word, a qualifier or a known city in the parentheses keeps the place reading."""
    said = " The district attorney said today that the office will open.\n"
    assert _fields("(Dallas County) –" + said) == ("(Dallas County) –", "Dallas County", None, None, None, None)
    assert _fields("(HELENA, Mont.) -" + said) == ("(HELENA, Mont.) -", "HELENA", "Mont.", None, None, None)
    assert _fields("(Miami) –" + said) == ("(Miami) –", "Miami", None, None, None, None)


# --- a date alone closed by a comma (xf_wire_evertiseaipr_1) --------------------------------------------------
# Evertise Ai PR opens with the date and a comma, its place and its own name after it when the client gives them:
# "March 03, 2025, New York, Evertise Ai PR," (yc_wire_evertise_1), and with none: "May 28, 2025, Post Truth, the
# first feature-length documentary …". A sentence that goes on from the date is no dateline.

_POST_TRUTH = (
    "May 28, 2025, Post Truth, the first feature-length documentary film created entirely with artificial"
    " intelligence, has unveiled its official trailer and poster.\n"
)


def test_full_date_closed_by_a_comma_before_a_capital_is_the_dateline() -> None:
    """ "May 28, 2025," opens the text alone: the dateline is the date."""
    assert _fields(_POST_TRUTH) == ("May 28, 2025,", None, None, None, "May 28, 2025", None)
    assert _stable(_POST_TRUTH)


def test_date_a_sentence_goes_on_from_is_no_dateline() -> None:
    """A lower-case word after the comma, or a date with no year, goes on a sentence."""
    assert _fields("May 28, 2025, was a big day for the company and its people.\n") is None
    assert _fields("May 28, Post Truth, the first film made by a machine, has unveiled its trailer.\n") is None


# --- PRISM MediaWire carried by GlobeNewswire (tc_wire_prism_1) -----------------------------------------------
# PRISM MediaWire names itself after the date's dash: "TAMPA, Fla., March 11, 2026 – PRISM MediaWire (Press Release
# Service – Press Release Distribution) –". Carried by GlobeNewswire, the carrier's credit stands before it: the
# wire named after the credit's dash wrote the release and is its agency.

_PRISM = (
    "MOUNT KISCO, N.Y., April 07, 2026 (GLOBE NEWSWIRE) – PRISM MediaWire (Press Release Service – Press Release"
    " Distribution) – AI Era Corp. (OTC: AERA), a leading intellectual property firm, today announced a new CFO.\n"
)


def test_wire_named_after_a_carriers_credit_is_the_agency() -> None:
    """The carrier's "(GLOBE NEWSWIRE)" gives way to "PRISM MediaWire" after its dash."""
    d = parse(_PRISM).dateline
    assert d is not None
    assert (d.city, d.region, d.date_text, d.agency) == ("MOUNT KISCO", "N.Y.", "April 07, 2026", "PRISM MediaWire")
    assert _stable(_PRISM)


def test_carriers_credit_alone_stays_the_agency() -> None:
    """With no wire named after its dash, the credit is the agency; a wire first and a place after keep theirs."""
    text = "MOUNT KISCO, N.Y., April 07, 2026 (GLOBE NEWSWIRE) – AI Era Corp. (OTC: AERA) today named a new CFO.\n"
    d = parse(text).dateline
    assert d is not None
    assert d.agency == "GLOBE NEWSWIRE"
    d = parse("(NewMediaWire) - January 29, 2025 - DALLAS — Acme said on Monday it would cut jobs.\n").dateline
    assert d is not None
    assert (d.city, d.agency) == ("DALLAS", "NewMediaWire")
