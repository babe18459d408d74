"""Contact records (``pressparse.contacts``): people and desks read out of ``contact`` metas.

Method: the shapes are those of the contact blocks in ``tests/corpus/real``
(``DEV``: da_004, da_016, senate_007, wire_011, wire_025, wire_034 and kin);
``BUGS_CAUGHT`` pins what broke on the way; ``NEGATIVE`` holds text that must
give no contact. Phones are found by
``phonenumbers`` and kept as written; every contact span lies inside its
block's span.
"""

from __future__ import annotations

import pytest

from pressparse import parse
from pressparse.model import MetaKind

STORY = (
    "LYON, France – Police chiefs from 20 countries met on Monday to agree on a common plan against "
    "organised crime, the agency said."
)


def _contacts(block: str) -> list[tuple[str | None, str | None, str | None, str | None]]:
    doc = parse(STORY + "\n\n" + block)
    return [(c.name, c.organization, c.phone, c.email) for c in doc.contacts]


# (contact block after a story, expected (name, organization, phone, email) per contact)
DEV = [
    pytest.param(
        "Media Contact:\nJane Roe\n(555) 201-0100\njane@acme.com",
        [("Jane Roe", None, "(555) 201-0100", "jane@acme.com")],
        id="label-name-phone-email",
    ),
    pytest.param(
        "Contact: Peter Carr, 202/224-9854; Jared Whitley, 202/224-0134.",
        [("Peter Carr", None, "202/224-9854", None), ("Jared Whitley", None, "202/224-0134", None)],
        id="two-people-on-one-line-senate_007",
    ),
    pytest.param(
        "Contact:\nSusan Kang Schroeder\nChief of Staff\nOffice: 714-347-8408\nCell: 714-292-2718\nFarrah Emami\nSpokesperson\nOffice: 714-347-8405",
        [("Susan Kang Schroeder", None, "714-347-8408", None), ("Farrah Emami", None, "714-347-8405", None)],
        id="office-and-cell-lines-da_016",
    ),
    pytest.param(
        "Contact:\nTom RicherCEOinvestorrelations@cloudbench.net",
        [("Tom Richer", None, None, "investorrelations@cloudbench.net")],
        id="glued-name-title-email-wire_011",
    ),
    pytest.param(
        "Contacts:Katherine Waite 617 599 9798katherine@triercompany.com",
        [("Katherine Waite", None, "617 599 9798", "katherine@triercompany.com")],
        id="email-glued-to-phone-wire_025",
    ),
    pytest.param(
        "Investor Contact:\nThe Equity GroupKalle Ahl, CFAT: (303) 953-9878kahl@theequitygroup.com",
        [("Kalle Ahl", "The Equity Group", "(303) 953-9878", "kahl@theequitygroup.com")],
        id="glued-organisation-name-phone-label-wire_034",
    ),
    pytest.param(
        "Media Contact:\nJohn Doe\nAcme Inc.\n+44 20 7946 0958\njohn@acme.com",
        [("John Doe", "Acme Inc.", "+44 20 7946 0958", "john@acme.com")],
        id="international-phone-and-organisation",
    ),
    # NGOs name each contact's city before the person: "In Nairobi, Jane Roe (English, Swahili): +254 ...".
    pytest.param(
        "For more information, please contact:\nIn Nairobi, Jane Roe (English, Swahili): +254-700-000-000; or "
        "roej@hrw.org.\nIn London, John Doe (English): +44-20-7713-1995; or doej@hrw.org",
        [
            ("Jane Roe", None, "+254-700-000-000", "roej@hrw.org"),
            ("John Doe", None, "+44-20-7713-1995", "doej@hrw.org"),
        ],
        id="city-before-each-person-ngo",
    ),
]

BUGS_CAUGHT = [
    pytest.param(
        "For further information, please contact Lissette Valdes-Valle, Public Information Officer, at\n(305) 547-0535\nor\n[email\u00a0protected]",
        [("Lissette Valdes-Valle", None, "(305) 547-0535", None)],
        id="cloudflare-hidden-address-stays-with-its-person-da_013",
    ),
]

BUGS_CAUGHT += [
    pytest.param(
        "Pacylex Pharmaceuticals Contact: Michael J. WeickertCEO, Pacylex Pharmaceuticals, Inc.E: michael.weickert@pacylex.comP: 650-218-1840",
        [("Michael J. Weickert", "Pacylex Pharmaceuticals", "650-218-1840", "michael.weickert@pacylex.com")],
        id="e-mail-glued-to-the-next-label-wire_021",
    ),
    pytest.param(
        "Corporate Communications\nIBN (InvestorBrandNetwork)Los Angeles, California 310.299.1717 OfficeEditor@InvestorBrandNetwork.com",
        [(None, None, "310.299.1717", "Editor@InvestorBrandNetwork.com")],
        id="capitalised-e-mail-glued-after-a-word-wire_006",
    ),
    pytest.param(
        "ContactKati Jundt Shoot Out Arena Email Us Here\n\nTombstone, AZ\n\nUnited States\n\n307-359-2055\n\nVisit Our Website",
        [(None, None, "307-359-2055", None)],
        id="no-name-from-a-country-or-a-link-label-wire_032",
    ),
    pytest.param(
        "For media inquiries, please contact:\n\nJane Roe, +1 303-850-3207",
        [("Jane Roe", None, "+1 303-850-3207", None)],
        id="no-empty-record-from-a-label-wire_015",
    ),
]

BUGS_CAUGHT += [
    pytest.param(
        "Contact: Steve Walker (619) 531-3890\nFor Immediate Release Tanya Sierra (619) 531-3315\n"
        "En Español Barbara Medina (619) 531-3305",
        [
            ("Steve Walker", None, "(619) 531-3890", None),
            ("Tanya Sierra", None, "(619) 531-3315", None),
            ("Barbara Medina", None, "(619) 531-3305", None),
        ],
        id="name-after-a-release-note-or-language-label-da_022",
    ),
    pytest.param(
        "Media Contact:\nJane Roe\nFor Public Inquiries: 1-800-AHA-USA1 (242-8721)",
        [("Jane Roe", None, "242-8721", None)],
        id="no-unbalanced-bracket-in-a-phone-wire_017",
    ),
    pytest.param(
        "Contact DetailsMichael Wang\n\nglo-media@htx-inc.com\n\nCompany Websitehttps://www.htx.com/",
        [("Michael Wang", None, None, "glo-media@htx-inc.com")],
        id="a-link-label-is-no-organisation-wire_004",
    ),
]

BUGS_CAUGHT += [
    pytest.param(
        "Contacto:\nSusan Kang Schroeder\nJefe de Personal\nOficina: 714-347-8408\nCelular: 714-292-2718",
        [("Susan Kang Schroeder", None, "714-347-8408", None)],
        id="spanish-label-whole-da_017",
    ),
]

BUGS_CAUGHT += [
    pytest.param(
        "For media inquiries, please contact:\nJane Roe [jane@rsvp.com.hk](mailto:jane@rsvp.com.hk) +852 2341 6177"
        "John Doe [john@rsvp.com.hk](mailto:john@rsvp.com.hk) +852 2341 6886",
        [
            ("Jane Roe", None, "+852 2341 6177", "jane@rsvp.com.hk"),
            ("John Doe", None, "+852 2341 6886", "john@rsvp.com.hk"),
        ],
        id="people-glued-on-one-line-wire_033",
    ),
    pytest.param(
        "Media Contact:\nJane Roe, jane@acme.com / jroe@acme.org, (555) 201-0100",
        [("Jane Roe", None, "(555) 201-0100", "jane@acme.com")],
        id="two-addresses-of-one-person-no-cut",
    ),
]

# A name that spells the contact's e-mail or website domain is the organisation; a person's own domain
# (the local part is theirs) or a site with no other name in the block leaves the name alone.
BUGS_CAUGHT += [
    pytest.param(
        "CONTACTO: Havas Formula lotto@havasformula.com",
        [(None, "Havas Formula", None, "lotto@havasformula.com")],
        id="agency-spelling-the-e-mail-domain-is-the-organisation-wire_028",
    ),
    pytest.param(
        "Contact: Jane Roe jane@janeroe.com",
        [("Jane Roe", None, None, "jane@janeroe.com")],
        id="a-person-on-her-own-domain-stays-the-name",
    ),
    pytest.param(
        "Contact Information:\nDDSMatch South\n330 Franklin Rd Brentwood, TN 37027\n"
        "Heather Asbury (855) 546-0044 https://ddsmatchsouth.com",
        [("Heather Asbury", "DDSMatch South", "(855) 546-0044", None)],
        id="organisation-spelling-the-website-and-the-person-under-it-wire_020",
    ),
    pytest.param(
        "Contact:\nJane Roe (855) 546-0044 https://janeroe.com",
        [("Jane Roe", None, "(855) 546-0044", None)],
        id="a-person-on-her-own-website-stays-the-name",
    ),
]

# A national number with its trunk prefix (UK, Australian and New Zealand police and ministries).
BUGS_CAUGHT += [
    pytest.param(
        "Media: NSW Police Media Unit (02) 8263 6100",
        [(None, "NSW Police Media Unit", "(02) 8263 6100", None)],
        id="audience-label-and-an-australian-number",
    ),
    pytest.param(
        "Media enquiries\nSurrey Police Press Office\n01483 630 200\npress.office@surrey.police.uk",
        [(None, "Surrey Police Press Office", "01483 630 200", "press.office@surrey.police.uk")],
        id="uk-number-with-its-trunk-prefix",
    ),
]

BUGS_CAUGHT += [
    pytest.param(
        "Press Office\nSouth Wales Police",
        [(None, "South Wales Police", None, None)],
        id="desk-label-over-a-force-name-is-no-person",
    ),
]

# Contact shapes of sources the corpus lacks (red team): fields set apart by bars (UK companies and
# forces), the person before the organisation on one line (wire contact lists), two people on one line
# with their phones, a ``Name:`` field, a company's media desk.
UNSEEN = [
    pytest.param(
        "Media contact\nJane Roe | Communications Manager | +44 (0)20 7946 0958 | jane.roe@acme.co.uk",
        [("Jane Roe", None, "+44 (0)20 7946 0958", "jane.roe@acme.co.uk")],
        id="fields-between-bars",
    ),
    pytest.param(
        "Contacts:\nJane Roe, Acme Inc., +1-617-555-0100, jane@acme.com\nJohn Doe, Foo PR, +1-212-555-0199, john@foopr.com",
        [
            ("Jane Roe", "Acme Inc.", "+1-617-555-0100", "jane@acme.com"),
            ("John Doe", "Foo PR", "+1-212-555-0199", "john@foopr.com"),  # "Foo PR" spells foopr.com
        ],
        id="person-then-organisation-on-one-line",
    ),
    pytest.param(
        "CONTACT: Jane Roe (202) 224-4242 or John Doe (202) 224-5555",
        [("Jane Roe", None, "(202) 224-4242", None), ("John Doe", None, "(202) 224-5555", None)],
        id="two-people-with-phones-on-one-line",
    ),
    pytest.param(
        "Media Relations\nAcme Corporation\n+1 415 555 0100\nmedia@acme.com",
        [(None, "Acme Corporation", "+1 415 555 0100", "media@acme.com")],
        id="company-desk-is-no-person",
    ),
    pytest.param(
        "Contact Information:\nName: Jane Roe\nPhone: 555-201-0100\nEmail: jane@acme.com",
        [("Jane Roe", None, "555-201-0100", "jane@acme.com")],
        id="name-field",
    ),
    pytest.param(
        "Media Contact:Jordan Ellis, Larkspur Robotics, press@larkspurrobotics.com, 412-555-0117",
        [("Jordan Ellis", "Larkspur Robotics", "412-555-0117", "press@larkspurrobotics.com")],
        id="person-then-organisation-its-e-mail-spells",
    ),
    pytest.param(
        "Contact\nOffice of Public Affairs\nDirect: 202-514-2007\nDepartment Fax: 202-514-5331",
        [(None, "Office of Public Affairs", "202-514-2007", None)],
        id="desk-with-a-labelled-fax-doj",
    ),
    # Negatives: one person's two phones with their labels on one line stay one person.
    pytest.param(
        "Media Contact: Jane Roe Office: 714-347-8408 Cell: 714-292-2718",
        [("Jane Roe", None, "714-347-8408", None)],
        id="labelled-phones-on-one-line-one-person",
    ),
    # Canada Newswire's inline block: the label with a colon, the desk before its organisation.
    pytest.param(
        "For further information: Media Relations, Laurentide Regional Transit Authority, 514-555-0142, "
        "medias@lrta.qc.ca",
        [(None, "Laurentide Regional Transit Authority", "514-555-0142", "medias@lrta.qc.ca")],
        id="cnw-inline-desk-and-organisation",
    ),
    # Negative: an organisation whose first part is no desk keeps it.
    pytest.param(
        "For further information: Smith Relations, Acme Authority, 514-555-0142",
        [(None, "Smith Relations, Acme Authority", "514-555-0142", None)],
        id="organisation-part-that-is-no-desk",
    ),
    # A dotted address keeps its capitalised parts (USAO addresses); a word glued before an address is cut.
    pytest.param(
        "For further information please contact the Public Affairs Office at USAGAN.PressEmails@usdoj.gov "
        "or (404) 555-6185.",
        [(None, "the Public Affairs Office", "(404) 555-6185", "USAGAN.PressEmails@usdoj.gov")],
        id="dotted-address-with-capitals-usao",
    ),
    # A camel-case agency name that spells the contact's e-mail domain is one word (session 27).
    pytest.param(
        "Media Contact:\nRooneyPartners LLCKate BarretteT: (212) 223-0561kbarrette@rooneypartners.com",
        [("Kate Barrette", "RooneyPartners LLC", "(212) 223-0561", "kbarrette@rooneypartners.com")],
        id="camel-case-organisation-wire_034",
    ),
    # Negative: one that spells no address of the block is cut where the scrape glued two lines.
    pytest.param(
        "Media Contact:\nRooneyPartners LLCKate BarretteT: (212) 223-0561kate@acme.com",
        [("Kate Barrette", "Partners LLC", "(212) 223-0561", "kate@acme.com")],
        id="camel-case-word-spelling-no-domain",
    ),
]


@pytest.mark.parametrize(("block", "expected"), DEV + BUGS_CAUGHT + UNSEEN)
def test_contacts(block: str, expected: list[tuple[str | None, str | None, str | None, str | None]]) -> None:
    """Each person or desk of a contact block becomes one Contact."""
    assert expected == _contacts(block)


NEGATIVE = [
    pytest.param(
        "Anyone with information should contact police at 555-201-0100 or visit the station on Main Street.",
        id="story-sentence",
    ),
    pytest.param("CONTACT US", id="navigation-link"),
]


@pytest.mark.parametrize("block", NEGATIVE)
def test_no_contacts(block: str) -> None:
    """Story text and navigation give no contact."""
    assert [] == _contacts(block)


class TestSpans:
    def test_contact_spans_inside_their_block(self) -> None:
        """Every Contact span lies inside a contact meta's span, and its text comes from it."""
        doc = parse(STORY + "\n\nContact: Peter Carr, 202/224-9854; Jared Whitley, 202/224-0134.")
        blocks = [m.span for m in doc.meta if m.kind is MetaKind.CONTACT]
        assert doc.contacts
        for contact in doc.contacts:
            assert any(b.start <= contact.span.start <= contact.span.end <= b.end for b in blocks)
            assert contact.phone is None or contact.phone in doc.source[contact.span.start : contact.span.end]

    def test_phone_kept_as_written(self) -> None:
        """A phone number keeps its punctuation as written."""
        assert ["202/224-9854"] == [c.phone for c in parse(STORY + "\n\nContact: Peter Carr, 202/224-9854").contacts]

    @pytest.mark.parametrize(
        ("label", "first"),
        [("Contacto:", "Susan"), ("Contactos:", "Susan"), ("Contact:", "Susan"), ("Media Contacts:", "Susan")],
    )
    def test_label_left_out_whole(self, label: str, first: str) -> None:
        """The whole label is left out of the contact's text, a Spanish one too ("Contacto:", not "Contact" + "o:")."""
        doc = parse(STORY + f"\n\n{label}\nSusan Kang Schroeder\nOficina: 714-347-8408")
        assert [first] == [c.text.split()[0] for c in doc.contacts]


def test_name_glued_to_an_organisation_the_release_names() -> None:
    """EIN Presswire's "ContactKati Jundt Shoot Out Arena": the words the story named are the organisation (wire_032)."""
    story = "TOMBSTONE, Ariz. – The Shoot Out Arena will reopen on Monday after a season of repairs, its owners said."
    block = "ContactKati Jundt Shoot Out Arena Email Us Here\n\nTombstone, AZ\n\n307-359-2055"
    doc = parse(story + "\n\n" + block)
    assert [("Kati Jundt", "Shoot Out Arena")] == [(c.name, c.organization) for c in doc.contacts]
