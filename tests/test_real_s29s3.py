"""Body blocks, session 29 (round 3): fuzz pins on words hyphenated over a line break and dates ending a page.

Each case stands beside a close shape that must keep its reading. The rendering must read as the raw text
(SPEC 5).
"""

from __future__ import annotations

from pressparse import parse
from pressparse._block import Piece
from pressparse.paragraphs import _person_line
from tests.test_lists_s21 import WYDEN, _body, _kinds, _stable

# --- a word hyphenated over a line break, then a glued junction (fuzz F1125-36) -----------------------------------


def test_hyphen_break_before_a_glued_junction_reads_as_joined() -> None:
    """F1125-36: ``8-`` / ``s.Te``: the rendering joins ``8-s.Te``; the raw text reads the junction alike."""
    text = "8-\ns.Te"
    assert _body(text) == _body(parse(text).text)
    assert _stable(text)


def test_compound_over_a_line_break_then_a_glued_sentence_is_two_paragraphs() -> None:
    """A scraped PDF: ``35-year-`` / ``old.The`` is ``35-year-old.`` then a sentence, in both readings."""
    text = "Police arrested a 35-year-\nold.The suspect was taken to the county jail on Monday evening."
    assert _kinds(text) == ["paragraph", "paragraph"]
    assert _stable(text)


def test_initials_after_a_hyphen_break_stay_one_paragraph() -> None:
    # Negative: joined, ``pro-`` / ``U.S.Army`` still ends on the initial ``S``: no junction in either reading.
    text = "He took a pro-\nU.S.Army stance in the talks with the delegation on Monday evening."
    assert _kinds(text) == ["paragraph"]
    assert _stable(text)


# --- a date that ends the page under a colon's lines (fuzz F1125-37) ----------------------------------------------


def test_date_ending_the_page_closes_no_header() -> None:
    """F1125-37: ``t n :`` / ``'n`` / ``-r`` / ``August 1 2023``: the date is the page's date meta."""
    text = "t n :\x0c'n\n-r\nAugust 1 2023"
    doc = parse(text)
    assert [b.kind for b in doc.body] == ["paragraph", "list_item", "list_item"]
    assert [(m.kind, m.text) for m in doc.meta] == [("date", "August 1 2023")]
    assert _stable(text)


def test_winners_over_the_release_date_at_the_foot_are_a_list() -> None:
    text = "Senator Roe named the fellows today.\nThe winners are:\nJane Roe\nJohn Doe\nMarch 4, 2025\n"
    assert _body(text)[-2:] == [("list_item", "Jane Roe"), ("list_item", "John Doe")]
    assert [m.text for m in parse(text).meta] == ["March 4, 2025"]
    assert _stable(text)


def test_statement_header_over_its_statement_stays_headings() -> None:
    # Negative: a date with the statement under it closes the statement's header (yb_senate_wyden_1).
    assert "list_item" not in _kinds(WYDEN)
    assert ("heading", "Statement for the Record") in _body(WYDEN)
    assert _stable(WYDEN)


# --- a prosecutor's roster: an age's comma lost, a surname's particles (sa_da_kings_2) ------------------------------
KINGS = (
    "Seven defendants were arrested on Tuesday after a months-long investigation in Brooklyn public housing.\n"
    "Defendants charged with possession of a controlled substance are:\n"
    "Leslie Perez, 28 of 811 Flushing Avenue, Brooklyn.\n"
    "Gary Brennerman, 29, of 90 Paladino Avenue, Manhattan.\n"
    "Ricky de la Cruz, 18, of 77 Varet Street, Brooklyn.\n"
    "George Erick, 56, of 370 Bushwick Avenue, Brooklyn.\n"
    "Michael Isler, 54 of 519 East 51\nst\nStreet, Brooklyn.\n"
)


def test_roster_with_a_lost_comma_and_a_particle_is_one_list() -> None:
    """sa_da_kings_2: ``Name, 28 of …`` and ``Ricky de la Cruz, 18, of …`` are the roster's people too."""
    body = _body(KINGS)
    assert [kind for kind, _ in body] == ["paragraph", "paragraph"] + ["list_item"] * 5
    assert body[-1] == ("list_item", "Michael Isler, 54 of 519 East 51 st Street, Brooklyn.")
    assert _stable(KINGS)


def test_name_and_figure_without_of_is_no_person_line() -> None:
    # Negative: a figure after a name's comma with no "of" after it counts things, no age ("Operation Safe
    # Streets, 28 arrests"), and a lower-case word that is no particle ends the name.
    assert _person_line(KINGS, Piece("line", KINGS.index("Leslie"), KINGS.index("Gary") - 1))
    for line in ("Operation Safe Streets, 28 arrests were made.", "Ricky the Kid, 18, of Brooklyn."):
        assert not _person_line(line, Piece("line", 0, len(line))), line


# --- a stripped bill summary's counted lead-in, its colon lost (yb_senate_levin_1) --------------------------------
LEVIN = (
    "WASHINGTON   Sens  Carl Levin  D Mich  and Debbie Stabenow  D Mich  today introduced the bipartisan Highway "
    "Funding Equity Act of 2005  which would increase the share of highway funds returned to Michigan          "
    "The Highway Funding Equity Act of 2005 has two components        The bill increases the minimum guaranteed "
    "funding from 90 5  to 95  of a state s share of contributions to the Highway Trust Fund       The bill "
    "ensures that states with a population density of less than 50 individuals per square mile are able to "
    "provide road systems needed for national mobility  Under the 2000 census  15 states fall below this "
    "threshold        Based on Federal Highway Administration calculations  Michigan would have received more "
    "funds in each of the last five years under the bill   Levin said\n"
)


def test_counted_lead_in_heads_that_many_items() -> None:
    """yb_senate_levin_1: ``… has two components`` over two ``The bill …`` provisions, punctuation stripped."""
    body = _body(LEVIN)
    kinds = [kind for kind, _ in body]
    assert kinds.count("list_item") == 2
    assert body[kinds.index("list_item") - 1][1].endswith("has two components")
    assert body[kinds.index("list_item") + 2][1].startswith("Based on Federal Highway")
    assert _stable(LEVIN)


def test_count_of_a_measure_heads_no_list() -> None:
    # Negative: "for two years" is a measure in a sentence, no lead-in; the blocks under it stay paragraphs.
    text = LEVIN.replace("has two components", "has been debated for two years")
    assert "list_item" not in _kinds(text)
    assert _stable(text)


# --- a funding item that lost its full stop, on a page flattened to one line (xf_senate_bond_2) -------------------
BOND = (
    "WASHINGTON, D.C. - U.S. Senator Kit Bond announced that he secured more than $11 million in federal funds for "
    "critical transportation projects in Southeast Missouri.   Bond secured funds for the following critical "
    "transportation projects:   $760,000 for Route AB Road in Cape Girardeau. Funds will provide for repair, "
    "maintenance and expansion of the route.   $3,000,000 for Highway 67 (Wappapello Bridge) in Greenville. Funds "
    "will facilitate expansion and safety improvements along the bridge   $1,000,000 for Route Y Road in Dexter. "
    "Funds will provide for repair and safety improvements.   $500,000 for Caruthersville Infrastructure Road "
    "Redevelopment in Caruthersville. Funds will provide for roadway repair, maintenance and expansion.\n"
)


def test_funding_item_after_one_that_lost_its_stop_is_its_own_item() -> None:
    """xf_senate_bond_2: ``… along the bridge   $1,000,000 for Route Y Road in Dexter.`` is two items."""
    body = _body(BOND)
    assert [kind for kind, _ in body].count("list_item") == 4
    assert body[-2][1].startswith("$1,000,000 for Route Y Road")
    assert _stable(BOND)


def test_amount_after_a_run_without_items_above_stays_in_its_paragraph() -> None:
    # Negative: with no funding items after a stop on the page, an amount after a run of spaces is none.
    text = (
        "WASHINGTON, D.C. - U.S. Senator Kit Bond announced the bill today in the Senate.   The bill grants the "
        "bridge   $1,000,000 for Route Y Road in Dexter. Funds will provide for repair and safety improvements.\n"
    )
    assert "list_item" not in _kinds(text)
    assert any("bridge $1,000,000 for Route Y Road" in block for _, block in _body(text))
