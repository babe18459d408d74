"""Round 13's classes (session 22), each from a real release of the blind round, with a close negative."""

from __future__ import annotations

from pressparse import parse

# A Justice Department page flattened to one line (ua_doj_r12397): one space between sentences, two between
# paragraphs, and initials in the names ("Stephen E. McAnulty, of Brooklyn, N.Y.") that a typewriter's two spaces
# would not leave single.
_DOJ = (
    "  WASHINGTON    A former owner of an asbestos monitoring contractor that provided services to New Yo"
    "rk Presbyterian Hospital (NYPH) pleaded guilty today for making false statements to FBI agents and r"
    "epresentatives of the Departments Antitrust Division, the Department of Justice today announced.  St"
    "ephen E. McAnulty, of Brooklyn, N.Y., pleaded guilty in U.S. District Court in Manhattan, for lying "
    "about his knowledge of a kickback and fraud conspiracy that took place at NYPH.  According to the ch"
    "arge, on Nov. 20, 2007, during an interview with agents of the FBI and representatives of the Antitr"
    "ust Division, McAnulty falsely claimed that he was not aware that any purchasing official at NYPH re"
    "ceived kickbacks in return for asbestos monitoring and asbestos removal contracts at NYPH. In fact, "
    "at the direction of the owner of an asbestos removal company, McAnulty negotiated the amount of the "
    "kickbacks with a purchasing official in order for McAnultys company to be the asbestos monitoring co"
    "mpany at NYPH. McAnulty understood that the kickbacks to that purchasing official totaled at least $"
    '28,000, the Department said.  "This criminal charge serves to underscore the seriousness with which '
    'the Justice Department views attempts to compromise the integrity of our investigations," said Scott'
    ' D. Hammond, Assistant Attorney General in charge of the Departments Antitrust Division. "Todays fil'
    "ing should send a clear signal that the Division is, and will continue to be, committed to prosecuti"
    'ng these violations."  The crime that McAnulty is charged with carries a maximum penalty of five yea'
    "rs in prison, three years of supervised release and a $250,000 fine. The maximum fine may be increas"
    "ed to twice the gain derived from the crime or twice the loss suffered by the victims of the crime, "
    "if either of those amounts is greater than the statutory maximum fine.  In April 2007, as part of th"
    "e same investigation, Michael Theodorobeakos and two maintenance and insulation companies he co-owne"
    "d  Monosis Inc. and STU Associates Inc.  pleaded guilty to conspiring to rig bids on the supply of m"
    "aintenance and insulation services to NYPH and Mount Sinai Medical Center (Mount Sinai). In addition"
    ", Michael Vignola and Mister AC Ltd. pleaded guilty in November 2007 to conspiring to rig bids on he"
    "ating, ventilation and air conditioning services provided to NYPH and paying kickbacks to former NYP"
    "H purchasing officials. In April 2008, Aaron S. Weiner pleaded guilty for participating in a conspir"
    "acy wherein Weiner acted as a conduit in another million-dollar kickback scheme also involving one o"
    "f the same former NYPH purchasing officials involved with the Vignola kickback schemes. On March 25,"
    " 2009, Mariusz Debowski pleaded guilty to participating in a conspiracy at NYPH to defraud the Inter"
    "nal Revenue Service. Krzysztof Koczon pleaded guilty to participating in that same tax fraud conspir"
    "acy on April 2, 2009.  Todays charge arose from an ongoing federal antitrust investigation of fraud,"
    " bribery, tax-related offenses and bidding irregularities relating to contracts administered by the "
    "Facilities Operations Department and Engineering Department at NYPH and in the Engineering Departmen"
    "t at Mount Sinai. The investigation is being conducted by the Antitrust Divisions New York Field Off"
    "ice, the FBI and the Internal Revenue Service Criminal Investigations New York Field Office.  Anyone"
    " with information concerning bid rigging or other fraudulent conduct relating to contracts administe"
    "red by the Facilities Operations Department at NYPH or the Engineering Department at NYPH or Mount S"
    "inai should contact the New York Field Office of the Antitrust Division at 212-264-9308 or the New Y"
    "ork Office of the FBI at 212-384-4467."
)


def test_two_spaces_part_the_paragraphs_of_a_page_whose_sentences_end_with_one() -> None:
    doc = parse(_DOJ)
    assert [b.text[:22] for b in doc.body] == [
        "A former owner of an a",
        "Stephen E. McAnulty, o",
        "According to the charg",
        '"This criminal charge ',
        "The crime that McAnult",
        "In April 2007, as part",
        "Todays charge arose fr",
        "Anyone with informatio",
    ]


def test_typewriter_text_with_two_spaces_after_every_stop_stays_one_paragraph() -> None:
    """Two spaces after every sentence, one after initials only: the two spaces are sentence gaps."""
    text = (
        "WASHINGTON  Sen. Joe Biden met the panel today.  He spoke for an hour.  The panel thanked him.  "
        "U.S. officials said the talks went well.  They will meet again.\n"
    )
    assert len(parse(text).body) == 1


# A blockchain wire's subheadings glued to their text (uc_wire_blockchainwire_1): the text opens with the brand the
# heading names, written the same way with its inner capital.
_BRAND = (
    "Join the presale today.\n\n"
    "FlexiMine's Exciting Presale OpportunityFlexiMine offers a unique presale opportunity for forward-thinking "
    "investors. This initiative rewards early participants.\n\n"
    "Unique Features of the FlexiMine ProjectFlexiMine stands out in the crypto sphere due to several distinctive "
    "features.\n"
)


def test_a_subheading_glued_to_the_brand_it_names_is_cut_before_the_brand() -> None:
    assert [(b.kind, b.text[:40]) for b in parse(_BRAND).body] == [
        ("paragraph", "Join the presale today."),
        ("heading", "FlexiMine's Exciting Presale Opportunity"),
        ("paragraph", "FlexiMine offers a unique presale opport"),
        ("heading", "Unique Features of the FlexiMine Project"),
        ("paragraph", "FlexiMine stands out in the crypto spher"),
    ]


def test_a_brand_the_heading_does_not_name_is_no_glue_point() -> None:
    """A camel-case brand glued to a title-case run it is not named in stays where the page wrote it."""
    text = _BRAND.replace("FlexiMine's Exciting Presale", "An Exciting Presale").replace(
        "of the FlexiMine Project", "of the Mining Project"
    )
    assert all(b.kind == "paragraph" for b in parse(text).body)


# --- the session's review ----------------------------------------------------------------------------------------


def test_names_under_a_lede_pasted_whole_stay_one_a_line() -> None:
    """A lede on one long line, then a label and a list of names: no wrapped prose, nothing joins (review R3)."""
    text = (
        "CHICAGO - The Cook County State's Attorney's Office today announced the launch of a new community justice "
        "initiative that will place prosecutors in neighborhood offices across the South and West Sides of the city.\n"
        "The initiative will be led by the following staff members\n"
        "Jane Roe, Chief of the Community Justice Division\n"
        "John Doe, Deputy Chief of the Community Justice Division\n"
        "Mary Major, Supervisor of the South Side Community Office\n"
        "Richard Miles, Supervisor of the West Side Community Office\n"
        "Angela Park, Assistant State's Attorney for Englewood\n"
        "Luis Garcia, Assistant State's Attorney for Little Village\n"
        "Offices will open on June 1.\n"
    )
    body = [b.text for b in parse(text).body]
    assert len(body) == 9
    assert body[1] == "The initiative will be led by the following staff members"
