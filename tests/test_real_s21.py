"""Session 21: meta and dateline cases of round 10's blind real releases (``/tmp`` repros, shortened)."""

from __future__ import annotations

from pressparse import parse


def _meta(text: str) -> list[tuple[str, str]]:
    return [(m.kind.value, m.text) for m in parse(text).meta]


# --- a stripped header: capitals headline, date, place, story on one line (yb_senate_mccain_1) ----------------

_MCCAIN = (
    "MCCAIN REMARKS ON IRAQ STUDY GROUP REPORT December 6  2006  Washington  DC   U S  Senator John McCain  R AZ  "
    "today made the following statement on the release of the report     I appreciate the hard work of the Group  "
    "There are some recommendations that deserve consideration    At the same time  I have some real concerns"
)


def test_a_place_two_spaces_after_a_stripped_date_is_the_dateline() -> None:
    doc = parse(_MCCAIN)
    assert doc.dateline is not None
    assert doc.dateline.text == "Washington DC"
    assert ("title", "MCCAIN REMARKS ON IRAQ STUDY GROUP REPORT") in _meta(_MCCAIN)
    assert ("date", "December 6 2006") in _meta(_MCCAIN)
    assert doc.body[0].text.startswith("U S Senator John McCain")


def test_a_year_in_a_sentence_opens_no_dateline() -> None:
    text = "The program began in 2006  Washington  DC   Officials said it would grow   More funds came later  The end"
    assert parse(text).dateline is None


# --- a bare "Contact" label over a contact block spaced with blank lines (yc_wire_prism_1) --------------------

_PRISM = (
    "# JP3E Holdings Establishes Demora Foundation as Blockchain Backbone\n\n"
    " WILMINGTON, Del., March 20, 2026 – PRISM MediaWire – JP3E Holdings Inc. today announces its establishment "
    "of Demora Foundation.\n\n"
    " Contact\n\n John Park\n\n CEO & Chairman, JP3E Holdings Inc.\n\n 1300 Kuser Road, First Floor, Trenton NJ 08619\n\n"
    " +1 (609) 581-1721 (Office)\n\n Website: www.jp3e.com · E-Mail: info@jp3e.com\n"
)


def test_a_bare_contact_label_over_blank_spaced_lines_opens_the_block() -> None:
    doc = parse(_PRISM)
    assert len(doc.body) == 1
    contacts = [t for k, t in _meta(_PRISM) if k == "contact"]
    assert len(contacts) == 1
    assert contacts[0].startswith("Contact John Park CEO & Chairman")


def test_a_contact_menu_link_opens_no_block() -> None:
    # A "Contact" link among a menu's links has no phone or e-mail under it.
    text = "LYON, France – Police met today.\n\nThey agreed on a plan.\n\nContact\n\nPrivacy\n\nTerms of use\n"
    assert all(k != "contact" for k, _ in _meta(text))


# --- an IBN brand's contact line without an e-mail (yc_wire_ibn_2) -----------------------------------------------

_IBN_TAIL = (
    "Gold is reaffirming its status as a safe-haven asset amid the recent rounds of trade tariffs.\n\n"
    " Please see full terms of use and disclaimers on the TinyGems website applicable to all content provided by "
    "TinyGems, wherever published or re-published: https://www.TinyGems.com/Disclaimer\n\n"
)


def test_a_brand_line_with_its_site_and_office_phone_is_a_contact() -> None:
    text = _IBN_TAIL + " TinyGemsLos Angeles, CAwww.TinyGems.com310.299.1717 Office \n"
    assert ("contact", "TinyGemsLos Angeles, CAwww.TinyGems.com310.299.1717 Office") in _meta(text)
    assert parse(text).contacts[0].phone == "310.299.1717"


def test_a_footer_switchboard_is_no_contact() -> None:
    text = _IBN_TAIL + " Acme Corp, 1 Main St, Austin, TX www.acme.com 512-555-0100\n"
    assert all(k != "contact" for k, _ in _meta(text))


# --- an About section's site and channel lines (yc_wire_prism_1, xf_wire_blockchainwire_1) ------------------------

_ABOUT = (
    "WILMINGTON, Del., March 20, 2026 – PRISM MediaWire – JP3E Holdings Inc. today announces a foundation.\n\n"
    " About Mammoth Labs Inc.\n\n Mammoth Labs Inc. (Republic of Korea) develops Giant Mammoth Chain (GMMT), "
    "Korea’s next-generation mainnet.\n\n"
)


def test_the_site_lines_under_an_about_are_the_abouts() -> None:
    text = _ABOUT + " Web: gmmtchain.io\n\n Twitter: twitter.com/gmmt\n\n Source: JP3E Holdings, Inc.\n"
    abouts = [t for k, t in _meta(text) if k == "about"]
    assert len(abouts) == 1
    assert abouts[0].endswith("mainnet. Web: gmmtchain.io Twitter: twitter.com/gmmt")
    assert [b.text for b in parse(text).body] == [
        "JP3E Holdings Inc. today announces a foundation.",
    ]


def test_the_story_under_the_site_lines_is_the_storys() -> None:
    quote = "“Demora Foundation is a platform for the next decade of our work,” said John Park, the chairman."
    text = _ABOUT + f" Web: gmmtchain.io\n\n {quote}\n"
    assert quote in [b.text for b in parse(text).body]


# --- a long contact lead-in over the contact's line, an About under it (yc_wire_prkarma_1) ------------------------

_LEAD = " For more information about the Zero Waste construction certification, please contact:\n\n"


def test_a_long_lead_in_ending_in_contact_opens_the_block() -> None:
    text = (
        "Vancouver, BC – Oct. 15, 2024 – HSR Zero Waste is proud to announce a Zero Waste certification.\n\n"
        + _LEAD
        + " Paolo Muir HSR Zero Waste paolo@hsrzerowaste.com 1-778-886-1909\n\n"
        " About HSR Zero Waste HSR Zero Waste is dedicated to promoting sustainable practices in industry.\n"
    )
    kinds = [k for k, _ in _meta(text)]
    assert kinds == ["contact", "about"]
    assert [b.kind for b in parse(text).body] == ["paragraph"]


def test_a_long_sentence_ending_in_a_colon_over_a_list_stays_the_storys() -> None:
    text = (
        "Vancouver, BC – Oct. 15, 2024 – HSR Zero Waste is proud to announce a Zero Waste certification.\n\n"
        " For more information about the certification, builders can read the following documents:\n\n"
        "- The guide to certification\n- The checklist for builders\n"
    )
    assert all(k != "contact" for k, _ in _meta(text))


# --- a Brooklyn standfirst wrapped before a preposition (ya_da_kings_2) -------------------------------------------

_KINGS = (
    "City Contractor Sentenced for Stealing More Than $300,000 From Employees - The Brooklyn District Attorney's Office\n"
    "HOME\nGET HELP\nREPORT A CRIME\nCONTACT US\nSEAL YOUR CONVICTION\nSkip to content\nFOR IMMEDIATE RELEASE\n"
    "Thursday, May 14, 2015\n"
    "City Contractor Sentenced for Stealing More Than $300,000 From Employees\n"
    "DA Thompson and Comptroller Stringer Work Together to Ensure Over One Hundred Workers\n"
    "{second}\n"
    "Brooklyn District Attorney Ken Thompson and City Comptroller Scott Stringer today announced that a contractor "
    "providing moving services for New York City has been sentenced for stealing over $300,000 from hundreds of "
    "employees in violation of the State’s prevailing wage law.\n"
    "District Attorney Thompson said, “This defendant lied to the City and stole from his workers.”\n"
    "The defendant, Robert Sardina, 64, of Goshen, NY, pleaded guilty on March 20, 2015 to grand larceny.\n"
    "Sardina was sentenced today before Brooklyn Supreme Court Judge Matthew Sciarrino.\n"
)


def test_a_deck_line_opening_with_from_goes_on_from_the_line_above() -> None:
    text = _KINGS.format(second="From Traffic Moving Systems Receive Back Pay Under State’s Prevailing Wage Law")
    subtitles = [t for k, t in _meta(text) if k == "subtitle"]
    assert len(subtitles) == 1
    assert subtitles[0].endswith(
        "Workers From Traffic Moving Systems Receive Back Pay Under State’s Prevailing Wage Law"
    )


def test_a_deck_line_opening_with_its_own_subject_is_a_subtitle_of_its_own() -> None:
    text = _KINGS.format(second="Traffic Moving Systems Workers Receive Back Pay Under State’s Prevailing Wage Law")
    assert len([t for k, t in _meta(text) if k == "subtitle"]) == 2


# --- round 11: glued About headings and a contact sentence with its address (zc_wire_blockchainwire_1, -mediaoutreach_1)

_STORY = "HANOI, VIETNAM - 5 August 2026 - The World Council on City Data has awarded the certification.\n\n"


def test_a_one_word_name_in_capitals_glued_to_itself_opens_an_about() -> None:
    text = _STORY + "About KWDKKWDK is a leading provider of web development and digital marketing services.\n"
    assert [k for k, _ in _meta(text)] == ["about"]
    assert [k for k, _ in _meta(_STORY + "About NASA is an agency that studies space.\n")] == []


def test_an_about_name_glued_to_its_text_by_a_colon_opens_an_about() -> None:
    text = (
        _STORY + "About VinhomesVinhomes is Vietnam's leading real estate company.\n\n"
        "About the World Council on City Data (WCCD):Established in Canada in 2014, the WCCD helps cities.\n"
    )
    assert [k for k, _ in _meta(text)] == ["about", "about"]


def test_a_contact_sentence_with_its_address_ends_the_about_above() -> None:
    text = (
        _STORY + "About KWDKKWDK is a leading provider of web development and digital marketing services.\n\n"
        "For more details, send an email to: listing@kwdk.com\n\nWebsite: https://kwdk.com/\n"
    )
    assert _meta(text) == [
        ("about", "About KWDKKWDK is a leading provider of web development and digital marketing services."),
        ("contact", "For more details, send an email to: listing@kwdk.com Website: https://kwdk.com/"),
    ]
    assert all(k != "contact" for k, _ in _meta(_STORY + "For more details, send an email to the office today.\n"))


# --- a Cook County deck of points joined by semicolons, in title case (za_da_cook_1) -------------------------------

_COOK = (
    "COOK COUNTY STATE’S ATTORNEY BURKE ISSUES TRANSITION REPORT | Cook County State's Attorney\n"
    "Skip to main content\nPress Release\nCOOK COUNTY STATE’S ATTORNEY BURKE ISSUES TRANSITION REPORT\n"
    "June 04, 2025\nCONTACT\n:\nsao.media@cookcountysao.org\n{deck}\nCHICAGO\n"
    "– Cook County State’s Attorney Eileen O’Neill Burke marked six months in office by issuing her report.\n"
    "Shootings and homicides in Chicago are trending to their lowest numbers in a decade.\n# # #\n"
)


def test_a_title_case_deck_of_points_is_the_subtitle() -> None:
    deck = "Comprehensive Report Recommends Increased Collaboration; Greater Care and Focus on Victims; New Tools"
    assert ("subtitle", deck) in _meta(_COOK.format(deck=deck))


def test_the_releases_own_headline_in_title_case_is_a_second_title() -> None:
    deck = "Burke Issues Transition Report Recommending Increased Collaboration With Police"
    assert ("title", deck) in _meta(_COOK.format(deck=deck))


# --- a stripped Senate header whose contact label lost its colon to one space (zb_senate_gregg_1) ----------------

_GREGG = (
    "Senator Gregg Announces Senate Appropriations Committee Support For Marguerite s Place Contact Erin Rath Laena "
    "Fallon  WASHINGTON   U S  Senator Judd Gregg  R NH  today announced that the Senate Appropriations Committee has "
    "approved a bill containing  300 000 in federal funding for Marguerites Place in Nashua  Marguerites Place "
    "provides transitional housing and supportive services to homeless women and their children   "
)


def test_a_contact_label_one_space_before_its_names_ends_the_headline() -> None:
    doc = parse(_GREGG)
    assert doc.dateline is not None
    assert doc.dateline.text == "WASHINGTON"
    assert _meta(_GREGG) == [
        ("title", "Senator Gregg Announces Senate Appropriations Committee Support For Marguerite s Place"),
        ("contact", "Contact Erin Rath Laena Fallon"),
    ]


def test_a_headline_about_contact_tracing_stays_whole() -> None:
    text = "State Expands Contact Tracing Program\n\nLYON, France – Police met today and agreed on a plan."
    assert ("title", "State Expands Contact Tracing Program") in _meta(text)


# --- a stripped header's contact with no phone, the place two spaces after it (zb_senate_obama_1) ------------------

_OBAMA = (
    "Thursday  July 12  2007  FOR IMMEDIATE RELEASE                     CONTACT  Ben LaBolt  WASHINGTON  D C      "
    "U S  Senator Barack Obama  D IL  today announced that the Senate Appropriations Committee approved his funding "
    "requests for Illinois roads and bridges   Illinois is one step closer to the funding it needs to fix our roads   "
)


def test_a_contact_with_no_phone_stops_before_the_place() -> None:
    doc = parse(_OBAMA)
    assert doc.dateline is not None
    assert doc.dateline.region == "D C"
    assert ("contact", "CONTACT Ben LaBolt") in _meta(_OBAMA)


def test_a_name_in_capitals_before_d_c_without_a_header_note_is_no_dateline() -> None:
    text = "The award went to  WASHINGTON  D C      and its schools   The city said it was proud of them   Thanks   "
    assert parse(text).dateline is None


# --- review of the session's rules: what each must not take -------------------------------------------------------


def test_a_long_channel_line_stays_in_its_about() -> None:
    text = (
        _STORY + "About Acme\n\nAcme Inc. makes robots for hospitals in twelve countries around the world.\n\n"
        "Web: acme.io\n\nTwitter: https://twitter.com/some_long_company_name_here\n\nTelegram: t.me/acme\n"
    )
    abouts = [t for k, t in _meta(text) if k == "about"]
    assert len(abouts) == 1
    assert abouts[0].endswith("Telegram: t.me/acme")


def test_a_one_semicolon_headline_under_the_copy_is_still_a_second_title() -> None:
    deck = "Man Charged In Robbery; Second Suspect Sought By Police"
    assert ("title", deck) in _meta(_COOK.format(deck=deck))


def test_a_contact_link_on_a_stripped_page_is_no_contact() -> None:
    text = _GREGG.replace("Contact Erin Rath Laena Fallon", "Contact Senator Gregg")
    assert all(k != "contact" for k, _ in _meta(text))


def test_a_doubled_short_name_is_no_glued_about() -> None:
    assert _meta(_STORY + "About COCO is a band that plays in Hanoi every summer.\n") == []
