"""Round 14 paragraphs and lists (session 23): rosters, inline breaks, glued details and glued subheadings.

Each test copies its excerpt from a blind round-14 release (tests/unseen ta_*, tb_*, tc_*); a close shape that
must keep its reading stands beside it.
"""

from __future__ import annotations

from pressparse import parse

# An Orange County District Attorney's arrest roster under the note on its key (ta_da_orange_2): no colon.
_ROSTER = (
    "NEWPORT BEACH – Thirteen men, ages ranging from 19 to 51, were charged after an internet sexual predator "
    "operation.\n"
    "“We need to shine the bright light on these individuals and their activities.  I urge the media to publish "
    "every one of these names and pictures.”\n"
    "(“*” indicates that the person is in custody and will be arraigned this afternoon.)\n"
    "Robert Carlos Alarcia, 29, Los Angeles, pharmaceutical tech\n"
    "*Deep Arora, 19, Placentia, Unemployed\n"
    "Shih-Hung Chuang, 31, Hacienda Heights, importer\n"
    "Stephen Robert Deck, 51, Carlsbad, Lieutenant of California Highway Patrol,\n"
    "*Nery Roberto Folgar, 29, Alta Dena, salesperson\n"
    "Six are in custody and will be in court today at 1:30 p.m. at Harbor Justice Center, Newport Beach "
    "California.  The other seven will be in court on March 29, 2006.\n"
)


def test_three_person_lines_are_a_roster_without_a_colon() -> None:
    """A run of ``Name, age, City`` lines is a list whatever stands above it; the key's ``*`` stays in the text."""
    doc = parse(_ROSTER)
    items = [(b.kind, b.marker, b.text) for b in doc.body if b.kind == "list_item"]
    assert [
        ("list_item", "", "Robert Carlos Alarcia, 29, Los Angeles, pharmaceutical tech"),
        ("list_item", "", "*Deep Arora, 19, Placentia, Unemployed"),
        ("list_item", "", "Shih-Hung Chuang, 31, Hacienda Heights, importer"),
        ("list_item", "", "Stephen Robert Deck, 51, Carlsbad, Lieutenant of California Highway Patrol,"),
        ("list_item", "", "*Nery Roberto Folgar, 29, Alta Dena, salesperson"),
    ] == items
    assert "paragraph" == doc.body[-1].kind


def test_two_person_lines_stay_paragraphs() -> None:
    """One or two such lines are the story's (da_018 ``Josselyn Jazmine Anguiano, 19, Santa Ana``)."""
    text = (
        "SANTA ANA – Two people were charged today.\n"
        "Josselyn Jazmine Anguiano, 19, Santa Ana\n"
        "Maria Lopez, 22, Anaheim\n"
        "They face up to four years in prison.\n"
    )
    assert ["paragraph"] * 4 == [b.kind for b in parse(text).body]


def test_person_sentences_stay_paragraphs() -> None:
    """Prose that opens with a name and an age closes a sentence: no roster (xa_da_orange_4's ``John Couch``)."""
    text = (
        "FULLERTON – Six defendants have been arrested.\n"
        "John Couch, 46, San Clemente, is charged with felonies for conspiring to commit the crime.\n"
        "Jian Shi, 49, Montebello, is charged with felony pimping.\n"
        "Hong Jun Bai, 42, Rowland Heights, is charged with felony pimping.\n"
    )
    assert ["paragraph"] * 4 == [b.kind for b in parse(text).body]


# San Diego District Attorney (ta_da_sd_1): the page renders each price and quoted label as its own element.
_PRICES = (
    "For example, a product advertised at $19.99 adjacent to a reference price stated as “Was\n"
    "$29.99\n"
    "” or “List Price\n"
    "$29.99\n"
    ".” A “Was” price is the price at which Amazon previously offered the product.\n"
    "The Stipulated Final Judgment requires Amazon to make changes.\n"
)


def test_a_sentence_broken_around_quoted_prices_is_one_paragraph() -> None:
    """A line opening with a closing mark or a stop, and a line ending in a short open quotation, go on."""
    doc = parse(_PRICES)
    assert [
        (
            "For example, a product advertised at $19.99 adjacent to a reference price stated as “Was $29.99 ” or "
            "“List Price $29.99 .” A “Was” price is the price at which Amazon previously offered the product."
        ),
        "The Stipulated Final Judgment requires Amazon to make changes.",
    ] == [b.text for b in doc.body]


def test_a_quotation_over_two_paragraphs_keeps_its_break() -> None:
    """A statement quoted over paragraphs leaves a long quotation open: the next paragraph is its own."""
    text = (
        "The District Attorney’s complaint alleges that some Amazon reference price advertisements were either "
        "misleading or potentially misleading, to consumers making purchasing decisions.\n"
        "“Our Consumer Protection Unit will keep working with our partners across the state\n"
        "“This judgment should remind retailers that the law requires accurate information,” DA Stephan said.\n"
    )
    assert 3 == len(parse(text).body)


# A Blockchain Wire release (tc_wire_blockchainwire_1): the section heading ends on the name its text opens with.
_HELIUM = (
    "Reaching $10 may not be a far-fetched hypothesis, especially considering that HNT has moved above $50.\n\n"
    "The Exclusive Services Offered by Helium FarmHelium Farm offers its customers a unique blend of services. "
    "Prioritizing robust data security, the team provides a secure environment for users’ information.\n\n"
    "About Helium FarmHelium Farm offers effortless HNT mining through its managed plans.\n"
)


def test_a_subheading_glued_to_its_own_last_words_is_cut() -> None:
    """The glue point before the heading's last words again cuts, though the page glues them alike twice."""
    doc = parse(_HELIUM)
    assert ("heading", "The Exclusive Services Offered by Helium Farm") == (doc.body[1].kind, doc.body[1].text)
    assert doc.body[2].text.startswith("Helium Farm offers its customers")


def test_a_camel_brand_written_whole_stays_one_word() -> None:
    """A junction the page writes whole, not the heading's own words again, is a brand (``VideoMost``)."""
    text = (
        "VideoMost grows fast in the market.\n\n"
        "Better Calls With The VideoMost ML codec, calls keep the same video quality at half the bandwidth.\n"
    )
    assert ["paragraph", "paragraph"] == [b.kind for b in parse(text).body]


# A Newsworthy.ai media advisory (tc_wire_newsworthy_1): the event's details lost their line breaks.
_DETAILS = (
    "Even when news headlines are rough, this community shows up, builds, and bets on the future.\n\n"
    "EVENT DETAILS:\n\n"
    "CPG Houston Market Happy HourWednesday, April 23, 2025 | 5–8 PMLustre Pearl East Downtown | 3425 Polk St, "
    "Houston, TXRSVP: lu.ma/yqwqcn0p\n\n"
    "A STATEWIDE MOVEMENT:\n\n"
    "More than just a market, this event is part of a growing statewide initiative to help CPG brands thrive.\n"
)


def test_glued_event_details_are_one_paragraph_each() -> None:
    """A weekday, a venue with its street and a capitals label glued to a value start the fields again."""
    doc = parse(_DETAILS)
    assert [
        ("paragraph", "CPG Houston Market Happy Hour"),
        ("paragraph", "Wednesday, April 23, 2025 | 5–8 PM"),
        ("paragraph", "Lustre Pearl East Downtown | 3425 Polk St, Houston, TX"),
        ("paragraph", "RSVP: lu.ma/yqwqcn0p"),
    ] == [(b.kind, b.text) for b in doc.body[2:6]]


def test_one_glued_weekday_in_prose_stays() -> None:
    """One glue point before a weekday in a sentence is no event's details; camel brands stay whole."""
    text = "Fans can watch on the new YouTubeWednesday, April 23 stream, as the PlayStation team said.\n"
    assert [text.strip()] == [b.text for b in parse(text).body]
