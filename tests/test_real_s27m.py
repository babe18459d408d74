"""Back matter of wire releases (session 27): About sections, notices and contacts the wires lay out their own way.

Each case is an excerpt from a real release in tests/unseen (named in its comment); a close story shape that must
keep its reading stands beside it. The rendering must read as the raw text (SPEC 5): ``parse(doc.text)`` gives the
same body.
"""

from __future__ import annotations

from pressparse import parse


def _meta(text: str) -> list[tuple[str, str]]:
    return [(m.kind.value, m.text) for m in parse(text).meta]


def _body(text: str) -> list[str]:
    return [b.text for b in parse(text).body]


def _stable(text: str) -> bool:
    doc = parse(text)
    again = parse(doc.text)
    return [(b.kind, b.text) for b in doc.body] == [(b.kind, b.text) for b in again.body]


_STORY = "DALLAS – The Mississippi Dental Association expanded its endorsement of seven products today.\n\n"

# --- an About heading whose company name opens in lower case (sc_wire_nmw_1) ----------------------------------
# Brands written with a lower-case letter before their capital ("iCoreConnect", "eBay", "iHeartMedia") are names.
_CAMEL_ABOUT = (
    f"{_STORY}About iCoreConnect Inc.\n\niCoreConnect Inc. provides cloud-based software solutions aimed at "
    "enhancing the efficiency and profitability of dental practices.\n"
)


def test_about_a_camel_case_brand_is_an_about_section() -> None:
    """``About iCoreConnect Inc.`` heads the company's boilerplate: one ``about`` meta with its paragraph."""
    assert ("about", " ".join(_CAMEL_ABOUT.split("\n\n", 1)[1].split())) in _meta(_CAMEL_ABOUT)
    assert _stable(_CAMEL_ABOUT)


def test_a_sentence_about_a_camel_case_brand_stays_in_the_story() -> None:
    """A story sentence opening with ``About`` and a brand reads on with lower-case words: it stays body."""
    text = f"{_STORY}About iPhone owners in the county reported the scam to police last week.\n"
    assert "About iPhone owners in the county reported the scam to police last week." in _body(text)


# --- notices in legal wording under the story (x7_wire_citybiz_7, xx_wire_nmw_1) -----------------------------
_REGULATION_S = (
    "The Private Placement is being made in Israel only and not to U.S. persons, as defined in Rule 902 of the "
    "U.S. Securities Act of 1933. The Shares will not be registered under the Securities Act and will not be "
    "offered or sold in the United States without registration."
)


def test_a_regulation_s_legend_is_a_disclaimer() -> None:
    """A Regulation S legend ("The Shares will not be registered under the Securities Act") is a disclaimer."""
    assert ("disclaimer", _REGULATION_S) in _meta(f"{_STORY}{_REGULATION_S}\n\nThe company thanked its investors.\n")


def test_a_registration_plan_stays_in_the_story() -> None:
    """A story sentence about registering shares with a regulator is no legend."""
    text = f"{_STORY}The company said the shares will be registered with the regulator next year.\n"
    assert "The company said the shares will be registered with the regulator next year." in _body(text)


def test_a_trademark_notice_is_a_disclaimer() -> None:
    """``… are trademarks of Lenzing AG.`` under the story is a legal notice."""
    notice = "TENCEL™, LENZING™ ECOVERO™ and VEOCEL™ are trademarks of Lenzing AG."
    assert ("disclaimer", notice) in _meta(f"{_STORY}{notice}\n")


def test_a_trademark_named_in_an_appositive_stays_in_the_story() -> None:
    """A story names a mark with an appositive, without the notice's verb (x7_wire_citybiz_4): it stays body."""
    story = (
        "Kwikset®, a trusted leader in residential security and a registered trademark of ASSA ABLOY Americas "
        "Residential Inc., has introduced Brentford, a new front door handleset."
    )
    assert story in _body(f"{_STORY}{story}\n")


# --- Media OutReach: the issuer's name glued to its profile, which names it again (sc_wire_mediaoutreach_1) ----
_ISSUER = "Hong Kong Science and Technology Parks Corporation"
_PROFILE = (
    f"{_ISSUER} (HKSTP) was established in 2001 to create a thriving I&T ecosystem grooming 13 unicorns and over "
    "2,500 technology companies."
)
_GLUED_PROFILE = (
    f"{_STORY}The issuer is solely responsible for the content of this announcement.\n\n{_ISSUER}{_PROFILE}\n"
)


def test_issuer_name_glued_to_its_profile_is_an_about_section() -> None:
    """The name, then the name again opening the profile, with no space between: the issuer's About section."""
    assert ("about", f"{_ISSUER}{_PROFILE}") in _meta(_GLUED_PROFILE)
    assert _stable(_GLUED_PROFILE)


def test_heading_glued_to_a_story_paragraph_stays_in_the_story() -> None:
    """A heading glued to a paragraph that opens with another name is the story's: it stays body."""
    text = _GLUED_PROFILE.replace(f"{_ISSUER}{_PROFILE}", f"Biotech Delegation Heads WestHong Kong firms {_PROFILE}")
    assert all(kind != "about" for kind, _ in _meta(text))


# --- a press request ending in the desk's site, under the About section (xr_wire_newsdirect_1) ----------------
_ABOUT_FIRM = (
    "About Horn Wright, LLP\n\nHorn Wright, LLP is a leading law firm in Garden City, Long Island, specializing in "
    "personal injury and civil rights.\n\n"
)
_PRESS_REQUEST = "For press inquiries, please Visit https://www.hornwright.com/"
_CONTACT_CARD = "Contact Details\n\nHorn Wright, LLP\n\nCharles Horn, Esq.\n\n+1 516-714-5975\n\ninfo@hornwright.com\n"


def test_press_request_with_a_site_is_a_contact_of_its_own() -> None:
    """The request ends the About section and stands as a contact, apart from the labelled block under it."""
    meta = _meta(f"{_STORY}{_ABOUT_FIRM}{_PRESS_REQUEST}\n\n{_CONTACT_CARD}")
    assert ("contact", _PRESS_REQUEST) in meta
    assert [kind for kind, _ in meta] == ["about", "contact", "contact"]


def test_more_information_at_a_site_stays_with_the_about_section() -> None:
    """``For more information, please visit …`` asks no press request: it goes on with the About section."""
    line = "For more information, please visit https://www.hornwright.com/"
    meta = _meta(f"{_STORY}{_ABOUT_FIRM}{line}\n")
    assert all(kind != "contact" for kind, _ in meta)


# --- the company's site labelled ``Visit:`` under its boilerplate (uc_wire_prkarma_1) --------------------------
_ABOUT_PRINTER = (
    "About Sun Print Solutions\n\nSun Print Solutions brings innovation to the forefront and helps you get personal "
    "with print.\n\n"
)


def test_visit_line_under_the_boilerplate_is_the_about_sections() -> None:
    """``Visit: SunPrintSolutions.com`` under the About paragraph is the section's site line."""
    about = _meta(f"{_STORY}{_ABOUT_PRINTER}Visit: SunPrintSolutions.com\n")[-1]
    assert about == ("about", " ".join(f"{_ABOUT_PRINTER}Visit: SunPrintSolutions.com".split()))


def test_visit_line_under_a_story_paragraph_stays_in_the_story() -> None:
    """The same line under a story paragraph is the story's."""
    assert "Visit: SunPrintSolutions.com" in _body(f"{_STORY}Visit: SunPrintSolutions.com\n")


# --- a desk named by what it answers, its address on the line (tc_wire_reportable_1) ---------------------------
_SPONSORS = "Current sponsors include ezCater, Reportable and JTC Printing.\n"


def test_inquiries_line_with_an_address_is_a_contact() -> None:
    """``For sponsorship inquiries, contact admin@prclub.org.`` is a contact; the story under it stays body."""
    doc = parse(f"{_STORY}For sponsorship inquiries, contact admin@prclub.org.\n\n{_SPONSORS}")
    assert [("contact", "For sponsorship inquiries, contact admin@prclub.org.")] == [
        (m.kind.value, m.text) for m in doc.meta
    ]
    assert _SPONSORS.strip() == doc.body[-1].text


def test_inquiries_line_with_a_site_stays_in_the_story() -> None:
    """The same line pointing to a site, no address to write to, stays in the story."""
    assert "For sponsorship inquiries, visit prclub.org." in _body(
        f"{_STORY}For sponsorship inquiries, visit prclub.org.\n\n{_SPONSORS}"
    )


# --- an About section after a contact's address, a space run for the lost line break (zc_wire_mediaoutreach_1) --
_CONTACT_THEN_ABOUT = (
    f"{_STORY}For more information, please contact:   Dr. Patricia McCarney  President & CEO, World Council on City "
    "Data (WCCD)  patricia.mccarney@globalcities.ca   About KMAC   Korea Management Association Consultants (KMAC) "
    "is one of Asia's leading management consulting firms.\n"
)


def test_about_section_after_a_space_run_is_cut_off_the_contact() -> None:
    """The contact block ends at its address; ``About KMAC`` and its text are an About section of their own."""
    meta = _meta(_CONTACT_THEN_ABOUT)
    about = "About KMAC Korea Management Association Consultants (KMAC) is one of Asia's leading management consulting"
    assert ("about", f"{about} firms.") in meta
    assert meta[0][0] == "contact"
    assert meta[0][1].endswith("patricia.mccarney@globalcities.ca")
    assert _stable(_CONTACT_THEN_ABOUT)


def test_about_a_number_after_a_space_run_stays_in_the_story() -> None:
    """``About 300 residents …`` after a space run is a story sentence: no About section."""
    text = f"{_STORY}The officers met at the hall on Monday.   About 300 residents attended the meeting.\n"
    assert all(kind != "about" for kind, _ in _meta(text))


# --- the press office's card under the issuer's profile (xc_wire_mediaoutreach_1) ------------------------------
_PROFILE_BOI = (
    "Thailand Board of InvestmentEstablished in 1966, the Office of the Board of Investment (BOI) has played an "
    "essential role in promoting value-adding investment for the country."
)
_CARD = (
    "Investment Services Center — PR Section, The Office of the Board of Investment (BOI)   555 Vibhavadi-Rangsit "
    "Road, Chatuchak, Bangkok 10900   Tel. +66 (0) 2553 8111, Fax: +66 (0) 2553 8222"
)


def test_press_office_card_under_the_profile_is_a_contact() -> None:
    """The card (an office, an address, labelled phones, no sentence) ends the About section: a contact."""
    meta = _meta(f"{_STORY}{_PROFILE_BOI}   {_CARD}\n")
    assert [("about", _PROFILE_BOI), ("contact", " ".join(_CARD.split()))] == meta


def test_phone_in_a_profile_sentence_stays_in_the_about_section() -> None:
    """A sentence of the profile that gives a phone is the boilerplate's own."""
    join = "To join, contact Joe Palmer at (682) 310-0591 or by email at HUBAgrp@gmail.com."
    assert [("about", f"{_PROFILE_BOI} {join}")] == _meta(f"{_STORY}{_PROFILE_BOI}\n\n{join}\n")


# --- the next contact's label glued to the address above it (sc_wire_blockchainwire_1) -------------------------
_TWO_DESKS = (
    f"{_STORY}Media Contact : Metin Kaner\n\nWebsite: https://vuzz.app\n\nEmail- contact@vuzz.appPR Contact: Arpita "
    "Karmakar\n\nEmail: touch@newscoverage.agency\n"
)


def test_label_glued_to_the_address_above_opens_a_contact_of_its_own() -> None:
    """``contact@vuzz.appPR Contact: Arpita Karmakar``: the address closes one block, the label opens the next."""
    assert [
        ("contact", "Media Contact : Metin Kaner Website: https://vuzz.app Email- contact@vuzz.app"),
        ("contact", "PR Contact: Arpita Karmakar Email: touch@newscoverage.agency"),
    ] == _meta(_TWO_DESKS)
    assert _stable(_TWO_DESKS)


def test_words_glued_to_an_address_without_a_label_stay_in_its_block() -> None:
    """Capitals glued to the address that open no contact label leave the block whole."""
    meta = _meta(_TWO_DESKS.replace("PR Contact:", "PR team:"))
    assert ["contact"] == [kind for kind, _ in meta]


# --- an offer of interviews to the media, its address labelled inside the sentence (xe_wire_noticias_1,
# tc_wire_newsworthy_1) ----------------------------------------------------------------------------------------
_OFFER = (
    "All media outlets interested in on-site coverage, exclusive interviews or digital assets are invited to "
    "contact: media@superpatch.com Press kits available upon request."
)
_AFTER = "Free & open to the public, the tour returns to New York in August.\n"


def test_media_desk_label_over_the_offer_is_one_contact() -> None:
    """``Media RSVP & Inquiries`` over the offer with its address: one contact block, the story under it body."""
    doc = parse(f"{_STORY}Media RSVP & Inquiries\n\n{_OFFER}\n\n{_AFTER}")
    assert [("contact", f"Media RSVP & Inquiries {_OFFER}")] == [(m.kind.value, m.text) for m in doc.meta]
    assert _AFTER.strip() == doc.body[-1].text


def test_media_welcome_over_the_offer_is_one_contact() -> None:
    """``Media inquiries and press are welcome.`` leads the offer under it into one contact block."""
    offer = "Organizers are available for interviews and quotes – email: cpghou@culturepilot.com"
    meta = _meta(f"{_STORY}Media inquiries and press are welcome.\n\n{offer}\n\n{_AFTER}")
    assert [("contact", f"Media inquiries and press are welcome. {offer}")] == meta


def test_media_lines_over_the_story_stay_in_the_story() -> None:
    """The same lines over a story paragraph (no address) are the story's."""
    story = "The organizers gave interviews to the press on Monday and thanked the volunteers."
    for lead in ("Media RSVP & Inquiries", "Media inquiries and press are welcome."):
        assert lead in _body(f"{_STORY}{lead}\n\n{story}\n")
