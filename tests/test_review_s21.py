"""Session 21 review: regressions the code review reproduced in the round's paragraphs and headings rules.

Each rule keeps the real release it was written for (the unseen file named in
the test) beside the reviewer's input, as a negative that keeps the reading it
had before the round. Every row is checked for SPEC 5 too: the clean text
parses to the same body.
"""

from __future__ import annotations

import time

from pressparse import parse
from pressparse._block import Piece
from pressparse.paragraphs import _glued_fields, _link_broken, _lost_spaces
from tests.test_lists_s21 import WARNER_SECTIONS as WARNER
from tests.test_lists_s21 import WYDEN, _body, _stable  # the same helpers and the same Wyden header

# --- R1: a date among a colon's items; a statement's header is at most three lines, the date last ----------------
SCHEDULE = (
    "City Hosts Summer Festival\n\n"
    "SPRINGFIELD, Ill. -- The city will host its annual summer festival next month, officials said Monday.\n\n"
    "The schedule is as follows:\n"
    "Registration opens\n"
    "June 15, 2026\n"
    "Keynote by the mayor\n"
    "Lunch in the park\n\n"
    "The festival is free and open to the public.\n"
)


def test_statement_header_closed_by_its_date_is_no_list_wyden() -> None:
    body = _body(WYDEN)
    assert not any(kind == "list_item" for kind, _ in body)
    assert ("heading", "Statement for the Record") in body
    assert _stable(WYDEN)


def test_date_among_schedule_items_stays_a_list() -> None:
    # Negative: the date is one item of four, not the last line of a header: the items stay a list and the
    # date no release date.
    body = _body(SCHEDULE)
    assert [text for kind, text in body if kind == "list_item"] == [
        "Registration opens",
        "June 15, 2026",
        "Keynote by the mayor",
        "Lunch in the park",
    ]
    assert not any(m["kind"] == "date" for m in parse(SCHEDULE).to_dict()["meta"])
    assert _stable(SCHEDULE)


# --- R2: a preposition or a possessive runs on only into a line that opens no sentence ------------------------------
LEAD = "CHICAGO –\nThe office today announced the results of the blitz.\n"
TAIL = "CCSAO had filed charges in 1,450 felony retail theft cases.\n"


def test_preposition_and_possessive_run_on_cook_sandiego() -> None:
    text = LEAD + "As part of the blitz, more than\n100\nagencies across\n28\nstates conducted operations.\n" + TAIL
    assert _body(text)[1][1] == "As part of the blitz, more than 100 agencies across 28 states conducted operations."
    text = LEAD + "In 2020, the District Attorney’s\nOffice announced\na new online form.\n" + TAIL
    assert _body(text)[1] == ("paragraph", "In 2020, the District Attorney’s Office announced a new online form.")
    assert _stable(text)


def test_adverb_and_possessive_before_a_sentence_stay_paragraphs() -> None:
    # Negatives: "before" ends a sentence as an adverb; a possessive may end one ("… outside Macy’s") and "The"
    # opens the next.
    for above, below in (
        ("Sales at the flagship store have never been this high before", "The collection arrives in stores"),
        ("Shoppers lined up for hours outside Macy’s", "The doors opened at 6 a.m. and the crowd rushed"),
    ):
        text = f"Store Opens New Line\n\nNEW YORK -- {above}\n{below} on Friday, the company said.\n\nMore to come.\n"
        body = _body(text)
        assert [kind for kind, _ in body] == ["paragraph"] * 3
        assert body[0] == ("paragraph", above)
        assert _stable(text)


def test_link_broken_next_line() -> None:
    def broken(above: str, below: str) -> bool:
        src = f"Text.\n{above}\n{below}"
        return _link_broken(src, Piece("line", 6, 6 + len(above)), Piece("line", 7 + len(above), len(src)))

    assert broken("agencies across", "28 states")
    assert broken("the District Attorney’s", "Office announced it.")
    assert not broken("outside Macy’s", "The doors opened.")
    assert not broken("this high before", "the collection arrives.")  # no preposition that cannot end a sentence


# --- R3: one word in capitals over a line in capitals: a place heading its section only among such sections -------
GOVERNOR = (
    "State News\n\n"
    "GOVERNOR\n"
    "SIGNS BUDGET BILL\n"
    "The governor signed the budget bill on Tuesday after weeks of debate in the legislature.\n\n"
    "The bill takes effect in July.\n"
)


def test_caps_place_over_caps_subhead_among_sections_warner() -> None:
    kinds = [kind for kind, _ in _body(WARNER)]
    assert kinds == ["paragraph", "heading", "heading", "paragraph", "heading", "heading", "paragraph"]
    assert _stable(WARNER)


def test_caps_headline_wrapped_after_first_word_stays_paragraphs() -> None:
    # Negative: no section in capitals beside it: a headline wrapped after its first word, no two headings.
    body = _body(GOVERNOR)
    assert ("paragraph", "GOVERNOR") in body
    assert ("paragraph", "SIGNS BUDGET BILL") in body
    assert _stable(GOVERNOR)


# --- R4: a field label glued after a letter's digits -------------------------------------------------------------
def test_label_glued_after_booth_code_splits() -> None:
    text = "Expo Brings Vendors to Town\n\nCHICAGO -- The expo opens Friday.\n\nExhibit Hall: Booth A12Time: 3 p.m.\n\nThe expo is free.\n"
    body = _body(text)
    assert ("paragraph", "Exhibit Hall: Booth A12") in body
    assert ("paragraph", "Time: 3 p.m.") in body
    assert _stable(text)


def test_brand_written_whole_stays_one_label_prism() -> None:
    # yc_wire_prism_1: "K2Global" stands whole nearby ("the K2Global stack"), so "K2Global Platform:" is one label.
    src = "JP3E is the orchestrator of the K2Global stack.\nWebsite: www.jp3e.com · K2Global Platform: jp3e.com/k2"
    line = src.index("Website")
    assert _glued_fields(src, line, len(src)) == []
    glued = "Exhibit Hall: Booth A12Time: 3 p.m."
    assert _glued_fields(glued, 0, len(glued)) == [(23, None, 23)]


# --- P2: a long run of letters stays linear -----------------------------------------------------------------------
def test_lost_spaces_long_letter_run_is_linear() -> None:
    src = "x " + "a" * 200_000 + "Bc" + "d" * 200_000 + " end"
    started = time.perf_counter()
    assert _lost_spaces(src, 0, len(src))
    assert time.perf_counter() - started < 1.0
    short = "the ShepskyAI project. One of ShepskyAI’s bots"
    assert not _lost_spaces(short, 20, len(short))
