"""Session 23, helper fp2: fuzz findings of the paragraph stage (SPEC 5, stable rendering).

Each finding is tested on a real-style text of its shape (the pinned strings stay in
``test_fuzz_regressions.py``), with a close shape beside it that must keep its reading.
The rendering (``doc.text``) sets every block alone between blank lines and drops noise,
so each rule here decides on the source as it decides on the rendering.
"""

from __future__ import annotations

from pressparse import parse
from pressparse._block import Piece
from pressparse.paragraphs import read_alone
from tests.fuzz_parse import problems
from tests.test_fuzz_regressions import FIXED

_LEAD = "LYON, France – Police met today.\n\n"


def _body(text: str) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in parse(text).body]


# --- F1125-6: a glued "?" inside a quotation that closes in a later block (paragraphs._cuts) ------------------
# A question glued to the next sentence inside a quotation is a lost dash, not a break ("requests?As experts",
# xi_senate_salazar_1); but when the quotation closes only past the next glued break, the block the rendering
# sets alone holds no closing mark, and there the "?" ends its sentence.


def test_a_question_whose_quotation_closes_in_a_later_block_ends_its_paragraph() -> None:
    text = (
        _LEAD + "Residents asked “what comes next?The council met on Monday.5 new sites open in May, the mayor"
        " said, “and more will follow.”"
    )
    assert [] == problems(text, render=True)
    assert [
        ("paragraph", "Police met today."),
        ("paragraph", "Residents asked “what comes next?"),
        ("paragraph", "The council met on Monday."),
        ("paragraph", "5 new sites open in May, the mayor said, “and more will follow.”"),
    ] == _body(text)


def test_a_question_whose_quotation_closes_in_its_block_goes_on() -> None:
    text = _LEAD + "Residents asked “what comes next?The council has no answer,” the mayor said.Work starts in May."
    assert [] == problems(text, render=True)
    assert [
        ("paragraph", "Police met today."),
        ("paragraph", "Residents asked “what comes next?The council has no answer,” the mayor said."),
        ("paragraph", "Work starts in May."),
    ] == _body(text)


# --- F1126-29: a table printed one cell a line, read again a row a line (paragraphs._table_rows) -------------
# The rendering prints each row on one line, where ``_joined_rows`` must see the same table: rows agree in
# the classes of their cells' first words, lower-case words going on with the cell (da_003's charges).

_TABLE_INTRO = "CHICAGO – The office charged three men this week. The charges are:\nCharge\nAge of Victim\nYear\n"


def test_a_table_whose_cells_differ_in_length_reads_the_same_a_row_a_line() -> None:
    text = (
        _TABLE_INTRO
        + "Assault\n14 years old\n1996\nCriminal sexual abuse\n15 years old\n1998\nBattery\n16 years old\n1999"
    )
    assert [] == problems(text, render=True)
    assert [
        ("heading", "Charge"),
        ("heading", "Age of Victim"),
        ("heading", "Year"),
        ("list_item", "Assault 14 years old 1996"),
        ("list_item", "Criminal sexual abuse 15 years old 1998"),
        ("list_item", "Battery 16 years old 1999"),
    ] == _body(text)[1:]


def test_a_list_of_highlights_is_no_table() -> None:
    text = (
        "CHICAGO – Acme reported its results today. Highlights:\nRevenue\nMargin\nRevenue up 12%\nEPS of $0.45\n"
        "Sales rose in every region."
    )
    assert [] == problems(text, render=True)
    assert all(kind != "heading" for kind, _ in _body(text))


# --- F1126-41: noise between the column names and a table's one row (paragraphs._value_tables) ----------------


def test_noise_between_column_names_and_their_row_is_passed_over() -> None:
    text = (
        "CHICAGO – The office filed more charges this year.\n\nCharges Approved\nApproval Rate\nShare\n"
        "Retail Theft 857 86%\n\nThe office will report again in June."
    )
    assert [] == problems(text, render=True)
    assert [
        ("heading", "Charges Approved"),
        ("heading", "Approval Rate"),
        ("list_item", "Retail Theft 857 86%"),
    ] == _body(text)[1:4]


def test_a_label_over_its_figures_with_no_column_names_stays_as_it_reads() -> None:
    text = (
        "CHICAGO – The office filed more charges this year.\n\nJane Roe\nShare\nRetail Theft 857 86%\n\n"
        "The office will report again in June."
    )
    assert [] == problems(text, render=True)
    assert ("list_item", "Retail Theft 857 86%") not in _body(text)


# --- F1126-10: a stripped bill summary read on past its last line break (paragraphs._stripped_cuts) ----------
# The rendering shows no run widths: under a section title ``_stripped_sections`` reads every block with no
# mark as a title or an item (senate_005's summary); the source reads on past its last line-break run alike.

_SUMMARY = (
    "Senator Jane Roe today introduced the bill with four colleagues  It is time to act on the border  said Roe  "
    "The bill would fund new agents and new technology along the border south of Mexico   "
    "Title II  State Criminal Alien Assistance   Reauthorizes the State Criminal Alien Assistance Program for "
    "states that hold aliens charged or convicted of crimes   "
    "Title III  Essential Worker Visa Program   Creates a new temporary visa to allow workers to fill jobs "
    "that require few skills  the H 5A visa    "
)


def test_a_clause_after_a_stripped_summary_s_last_item_is_an_item() -> None:
    text = _SUMMARY + "Applicants must show that they have a job waiting"
    assert [] == problems(text, render=True)
    assert ("list_item", "Applicants must show that they have a job waiting") == _body(text)[-1]


def test_a_block_with_a_mark_after_a_stripped_summary_stays_a_paragraph() -> None:
    text = _SUMMARY + "Read the full summary of S 1639 online (PDF)"
    assert [] == problems(text, render=True)
    assert ("paragraph", "Read the full summary of S 1639 online (PDF)") == _body(text)[-1]


# --- F1126-4, F1126-26: the rest of a line meta cuts a note or a date off (paragraphs.read_alone) -------------
# The pins stay open until meta reads the rest through ``read_alone`` (the rendering sets it alone on its line).


def test_a_rest_opening_with_a_bullet_reads_as_a_list_item() -> None:
    src = "NEWS RELEASE  1. Police met today in Lyon"
    rest = read_alone(src, Piece("paragraph", 14, len(src)))
    assert ("list_item", "1.", "Police met today in Lyon") == (rest.kind, rest.marker, src[rest.marker_end : rest.end])


def test_a_rest_opening_with_a_hyphenated_word_stays_a_paragraph() -> None:
    src = "NEWS RELEASE  -based groups met today"
    rest = read_alone(src, Piece("paragraph", 14, len(src)))
    assert "paragraph" == rest.kind


def test_the_paragraph_stage_pins_are_fixed() -> None:
    for pin in ("F1125-6", "F1126-10", "F1126-29", "F1126-41"):
        assert [] == problems(FIXED[pin][0], render=True)
