"""Session 22: noise and dateline cases of round 12's blind real releases (``/tmp`` repros, shortened)."""

from __future__ import annotations

from pressparse import parse, parse_dateline


def _noise(text: str) -> list[str]:
    return [n.text for n in parse(text).noise if n.kind.value != "whitespace"]


# --- a long page title over the Brooklyn DA's menu (va_da_kings_2) ---------------------------------------------

_KINGS = (
    "School Construction Authority Contractor Pleads Guilty in Connection With Stealing $45,000 in Purported "
    "Employee Wages and Benefits, Underreporting Income on City Tax Filings - The Brooklyn District Attorney's "
    "Office\nHOME\nGET HELP\nREPORT A CRIME\nCONTACT US\nSEAL YOUR CONVICTION\nSkip to content\n"
    "FOR IMMEDIATE RELEASE\nWednesday, September 16, 2015\n"
    "Defendant Agrees To Pay $500,000 in Taxes and Penalties, $45,000 Restitution\n"
    "Brooklyn District Attorney Ken Thompson, together with New York City Department of Investigation "
    "Commissioner Mark Peters, today announced that the owner of a security firm pleaded guilty.\n"
)
_MENU = ["HOME", "GET HELP", "REPORT A CRIME", "CONTACT US", "SEAL YOUR CONVICTION", "Skip to content"]


def test_the_menu_under_a_long_page_title_is_navigation() -> None:
    # The page title names the page however long its headline: the menu under it lies before the story.
    noise = _noise(_KINGS)
    assert all(item in noise for item in _MENU)
    assert parse(_KINGS).body[0].text.startswith("Brooklyn District Attorney Ken Thompson")


def test_a_long_first_line_ending_a_sentence_stays_the_story() -> None:
    # A first line ending a sentence is the story's, even with a dash in it: no page title.
    first = "SAN LUIS OBISPO - " + "The county opened a new office for victims of crime in the city today, " * 3
    doc = parse(first.rstrip(", ") + ".\nThe office is open every day.\n")
    assert doc.dateline is not None
    assert 2 == len(doc.body)


# --- a punctuation-stripped Shelby page (vb_senate_shelby_1) ---------------------------------------------------

_SHELBY = (
    "      United States Senator Richard Shelby   Press Room          Press Room News Releases          "
    "SHELBY ANNOUNCES OVER  400 000 FOR NEUROLOGY RESEARCH AT UAB                   February 7  2006  "
    "Washington  D C      U S  Senator Richard Shelby  R AL   Chairman of the Commerce  Justice  Science "
    "Subcommittee on Appropriations  announced today that the United States Department of Health and Human "
    "Services has released a total of  411 038 for two projects at the University of Alabama at Birmingham   "
    "Senator Shelby said  I am pleased that UAB has received funding for these important programs  "
    "Clinical Research Related to Neurological Disorders   163 688          February 2006 News Releases"
    "                      Year            County          Current record          Washington          "
    "Email          Email          "
)


def test_a_place_six_spaces_before_the_story_is_the_dateline() -> None:
    doc = parse(_SHELBY)
    assert doc.dateline is not None
    assert doc.dateline.text == "Washington D C"


def test_the_senator_with_the_party_tag_and_an_appositive_opens_the_story() -> None:
    doc = parse(_SHELBY)
    assert doc.body[0].text.startswith("U S Senator Richard Shelby R AL Chairman of the Commerce")
    assert "United States Senator Richard Shelby" in _noise(_SHELBY)


def test_the_archive_box_under_the_story_is_furniture() -> None:
    noise = _noise(_SHELBY)
    assert all(word in noise for word in ("February 2006 News Releases", "Year", "County", "Washington"))
    assert not any("Washington" in b.text or "County" in b.text for b in parse(_SHELBY).body)


def test_a_story_going_on_after_the_archive_label_keeps_its_words() -> None:
    # A segment of a story's length after the label: no archive box, its short neighbours stay.
    text = _SHELBY.replace(
        "Current record", "The senator said the funds will go a long way toward research at the school this year"
    )
    assert "County" not in _noise(text)


# --- a Media OutReach dateline glued to the client's link (vc_wire_mediaoutreach_1) ---------------------------

_OUTREACH = (
    "BUENOS AIRES, ARGENTINA – [Media OutReach Newswire](https://www.media-outreach.com/) – 3 September 2026 "
    "–[1win Charity](https://www.instagram.com/1win.charity/) has supported approximately 35,000 families across "
    "Latin America through four humanitarian initiatives."
)


def test_a_dateline_closes_before_a_glued_link_that_opens_the_story() -> None:
    doc = parse(_OUTREACH)
    assert doc.dateline is not None
    assert doc.dateline.date_text == "3 September 2026"
    assert doc.body[0].text.startswith("1win Charity has supported")
    assert parse(doc.text).text == doc.text


def test_a_link_after_a_bare_place_opens_no_dateline() -> None:
    # Nothing backs the place: a trailer's link list ("Pickup - [citybuzz.co](…)").
    assert parse_dateline("Pickup - [Citybuzz](https://citybuzz.co/)") is None


def test_a_link_after_a_qualified_place_opens_the_story() -> None:
    # Session 27 (fuzz F1129-15): a country or a region backs the place as a date or an agency does, and the
    # rendering keeps the link's text only ("LYON, France – Acme opens a plant."), which reads a dateline: so
    # does the raw text (SPEC 5). Wire pages link the company that opens the story.
    dateline = parse_dateline("LYON, France – [Acme](https://acme.com) opens a plant.")
    assert dateline is not None
    assert (dateline.city, dateline.country) == ("LYON", "France")
    doc = parse("LYON, France – [Acme](https://acme.com) opens a plant in the region this year.")
    assert parse(doc.text).dateline == doc.dateline


# --- NewsRamp's syndication note after an empty link (vc_wire_evertise_1) --------------------------------------

_NEWSRAMP = (
    "Township Building Services has been selected as the official service partner for the KOIN Tower.\n\n"
    " []() This news story relied on content distributed by None. Blockchain Registration, Verification & "
    "Enhancement provided by NewsRamp. The source URL for this press release is Township Building Services "
    "Secures Janitorial Contract.\n\n"
    "This article has been amplified by NewsRamp in collaboration with Evertise Studios. \n"
)


def test_the_syndication_note_after_an_empty_link_is_noise() -> None:
    doc = parse(_NEWSRAMP)
    assert "[]()" in _noise(_NEWSRAMP)
    assert len(doc.body) == 1


def test_a_story_that_relied_on_records_stays() -> None:
    text = "Township Building Services won the contract.\n\nThis story relied on police records.\n"
    assert len(parse(text).body) == 2


# --- a hashtag bullet of the release's own list (vc_wire_prkarma_1) --------------------------------------------

_PRKARMA = (
    " Win & Follow Our Journey: * Visit: http://rvthenorthgiveaway.com\n* Social: @canadianrvassociation\n"
    "* Hashtags: #WinThisRV #CareCamps #CRVA50**\n\n So whether you’re a seasoned RVer or dreaming of starting, "
    "we hope this tour will inspire you.\n"
)


def test_a_hashtag_bullet_is_the_authors_list_item() -> None:
    doc = parse(_PRKARMA)
    assert any(b.text == "Hashtags: #WinThisRV #CareCamps #CRVA50**" for b in doc.body)
    assert not any("Hashtag" in n for n in _noise(_PRKARMA))


def test_the_templates_hashtag_line_after_the_story_stays_noise() -> None:
    # Media OutReach's line after the last paragraph, glued to the issuer's notice (wire_035).
    text = (
        "HANOI, VIETNAM - [Media OutReach Newswire](https://www.media-outreach.com/) - 5 August 2026 - Vinhomes "
        "won an award today for its new city.\n\n   Hashtag: #VinhomesThe issuer is solely responsible for the "
        "content of this announcement.\n"
    )
    assert "Hashtag: #Vinhomes" in _noise(text)
