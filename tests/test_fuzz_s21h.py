"""Session 21, helper fh: fuzz findings of the headings stage (SPEC 5, stable rendering).

A heading must not be decided by a neighbour the rendering drops: a date line, an ``About …`` line, a
byline, an e-mail line (meta takes them) or an end mark glued to the line above. Each pinned input
(kept in ``test_fuzz_regressions.py``) is copied here, with a real-style text beside it whose heading
must stay a heading.
"""

from __future__ import annotations

from pressparse import parse
from tests.fuzz_parse import problems


def _body(text: str) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in parse(text).body]


# --- F1124-3, F1124-4: a date line between a heading candidate and the line above ---------------------------


def test_f3_line_under_a_date_line_reads_the_line_above_the_date() -> None:
    assert problems("e\nMay 2 2026\nPr\nE .", render=True) == []


def test_f4_same_with_a_figure_glued_under_it() -> None:
    # The pin's "Recent Posts" is noise in the rendering only (noise.related_links, not this stage).
    assert problems("e\nMay 2 2026\nPr\nE ty.8", render=True) == []
    assert _body("e\nMay 2 2026\nPr\nE ty.8\nRecent Posts")[1] == ("paragraph", "Pr")


def test_f3_heading_under_a_date_line_stays_a_heading() -> None:
    text = (
        "Police met in Lyon on Monday.\nMay 2, 2026\nKey Findings\n"
        "The report shows that crime fell across the region last year, the chief said."
    )
    assert ("heading", "Key Findings") in _body(text)
    assert problems(text, render=True) == []


# --- F1124-7: an end mark glued to the end of the line above --------------------------------------------------


def test_f7_line_under_a_glued_end_mark() -> None:
    assert problems(".-30-\u2028\u00ddv\nN .", render=True) == []


def test_f7_heading_under_a_finished_line_stays_a_heading() -> None:
    text = "Police met in Lyon.\nKey Findings\nThe report shows that crime fell across the region last year."
    assert ("heading", "Key Findings") in _body(text)


# --- F1124-8: an e-mail line between a candidate and the bullet under it --------------------------------------


def test_f8_control_character_line_over_an_email_line_and_a_bullet() -> None:
    assert problems("S o i\n\u00d9P\u001d\u0083\u00fb@E\n\u2022 t", render=True) == []


def test_f8_list_name_over_bullets_stays_a_heading() -> None:
    text = "Police met in Lyon.\n\nKey Highlights\n\u2022 Ten countries signed.\n\u2022 The plan starts in May."
    assert ("heading", "Key Highlights") in _body(text)


# --- F1124-19, F1124-31: an "About …" line the rendering drops to meta -----------------------------------------


def test_f19_line_under_an_about_line_over_a_bullet() -> None:
    assert problems("S\nAbout T\nH a\u2028\u2022 S", render=True) == []


def test_f19_heading_over_text_under_a_paragraph_stays_a_heading() -> None:
    text = (
        "Police met in Lyon.\nNext Steps\nThe officers agreed on a long plan for the region.\n"
        "About Europol\nEuropol supports the police of the member states."
    )
    assert ("heading", "Next Steps") in _body(text)
    assert problems(text, render=True) == []


# --- F1124-29: a byline the rendering drops to meta ----------------------------------------------------------


def test_f29_line_over_a_byline_over_a_bullet() -> None:
    assert problems("Te\nBy J\n\u2022 t", render=True) == []


def test_f29_negative_a_sentence_over_a_byline_stays_a_paragraph() -> None:
    text = "Police met in Lyon on Monday.\nBy Jane Roe\nKey Highlights\n\u2022 Ten countries signed."
    assert ("heading", "Key Highlights") in _body(text)
    assert problems(text, render=True) == []


# --- linear time: the lines read past are bounded (a page of e-mail lines or dates stays linear) ---------------


def test_a_page_of_meta_lines_parses_in_linear_time() -> None:
    import time

    for unit in ("A@B\n", "About X\n", "May 2, 2026\n"):
        start = time.perf_counter()
        parse(unit * 6000)
        assert time.perf_counter() - start < 10  # unbounded, the look past each line made this minutes


# --- the same family, found by this session's fuzz runs: a release note above, a contact's label under --------


def test_line_under_a_release_note_reads_the_line_above_it() -> None:
    assert problems("t\nFOR IMMEDIATE RELEASE\nWy\nB .", render=True) == []


def test_line_over_a_contact_label_reads_the_line_under_it() -> None:
    assert problems(".\nTe\nMedia contact:N\u2028\u001bn .", render=True) == []


def test_heading_under_a_release_note_under_a_finished_line_stays_a_heading() -> None:
    text = (
        "Police met in Lyon.\nFOR IMMEDIATE RELEASE\nKey Findings\n"
        "The report shows that crime fell across the region last year, the chief said."
    )
    assert ("heading", "Key Findings") in _body(text)
    assert problems(text, render=True) == []


def test_negative_a_contact_label_alone_is_read_so_a_name_under_it_is_no_heading() -> None:
    # yc_wire_prism_1: "Contact" alone heads the contact's lines; read past, "John Park" became a heading.
    text = (
        "Police met in Lyon on Monday to agree on a plan, the chief said.\n\nContact\n\nJohn Park\n\n"
        "CEO & Chairman, JP3E Holdings Inc.\n\n1300 Kuser Road, First Floor, Trenton NJ 08619"
    )
    assert [kind for kind, _ in _body(text)] == ["paragraph"] * 5


def test_line_over_a_contact_label_alone_over_a_dateline() -> None:
    # Found by this session's fuzz run under a rule tried and dropped (no heading over a dateline's block).
    assert problems(".\nTe\n\na contact:NERK\u2013I.", render=True) == []
