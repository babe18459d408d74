"""Session 24, helper fd: fuzz pins of the dateline stage (SPEC 5, stable rendering).

The rendering writes each block on one line and drops what meta and noise take, so a dateline is read
on a piece as the rendering shows it: a line break inside a block is the space the rendering makes of
it, and the lines the rendering leaves out count for nothing. Each pin's input is copied from
``test_fuzz_regressions.py`` (OPEN there when this was written), with a real-release-shaped text beside
it, and a close shape that must keep its reading.
"""

from __future__ import annotations

from pathlib import Path

from pressparse import parse, parse_dateline
from tests.fuzz_parse import problems

_HERE = Path(__file__).resolve().parent


def _dateline(text: str) -> str | None:
    found = parse(text).dateline
    return None if found is None else found.text


# --- F1126-8, F1126-35, F1127-4, F1126-14, F1126-33: a line break inside a block (dateline._Parser.parse) -------


def test_f1126_8_separator_after_a_line_separator_is_read_as_a_space() -> None:
    assert problems("Pl\u2028,\u00c9\u2013 T o", render=True) == []


def test_f1126_35_separator_after_a_vertical_tab_is_read_as_a_space() -> None:
    assert problems("WA\u000b,N- T o", render=True) == []


def test_f1127_4_qualifier_after_a_line_separator_is_read_as_a_space() -> None:
    assert problems("NG,\u2028E\u2013 E sfue", render=True) == []


def test_f1126_14_short_lines_joined_into_a_block_are_read_as_one_line() -> None:
    assert problems("A\nE,F- S.\nBO,C-5 r", render=True) == []


def test_f1126_33_place_joined_to_the_line_above_is_read_as_one_line() -> None:
    assert problems("A\nSAN-\n1.", render=True) == []


def test_place_broken_by_a_line_separator_reads_as_its_rendering() -> None:
    # A CMS export that writes <br> as U+2028 inside the first paragraph: the paragraph is one block, and
    # the rendering writes "SAN DIEGO, Calif. – …" on one line, where the dateline is read.
    text = "SAN DIEGO,\u2028Calif. \u2013 Police arrested two suspects today after a long inquiry."
    assert problems(text, render=True) == []
    assert "SAN DIEGO, Calif. \u2013" == _dateline(text)
    assert "Calif." == parse(text).dateline.region  # type: ignore[union-attr]


def test_place_broken_by_a_vertical_tab_reads_as_its_rendering() -> None:
    # A Word paste keeps a manual line break as a vertical tab: "WASHINGTON" VT ", D.C. – …".
    text = "WASHINGTON\u000b, D.C. \u2013 The senator introduced a bill today to fund rural clinics."
    assert problems(text, render=True) == []
    assert "WASHINGTON , D.C. \u2013" == _dateline(text)


def test_text_alone_reads_only_a_hard_wrap() -> None:
    # Negative: ``parse_dateline`` on text alone (no blocks) reads a short line's break as no wrap, as before:
    # the comma at the line end closes the dateline, and the year under it is not read into the date.
    found = parse_dateline("MIAMI, Fla., March 3,\n2024 Police met.")
    assert found is not None
    assert ("MIAMI, Fla., March 3,", "March 3") == (found.text, found.date_text)


def test_place_line_over_a_blank_line_stays_apart() -> None:
    # Negative: a blank line is two blocks, never a joined line: the title over the place line is no city.
    text = "Acme Opens A Plant\n\nLYON, France \u2013 Acme opened a plant today near the river."
    assert "LYON, France \u2013" == _dateline(text)
    assert "Acme Opens A Plant" == parse(text).title


# --- F1126-9: note lines inside a run of story pieces (dateline._run_end) --------------------------------------


def test_f1126_9_end_mark_under_a_place_line_does_not_count_in_the_run() -> None:
    assert problems("GTON\u2014\n###\nS\n\u00f5\f\u00ae\nFrce\u2013N.", render=True) == []


def test_notes_under_a_place_line_leave_the_story_its_four_pieces() -> None:
    # A PDF export: the place line, the release note and the date line, then the story's first sentence broken
    # over three blocks. The rendering drops the two notes and reads the sentence's end in the third block, so
    # the run on the source counts the story's blocks only.
    text = (
        "WASHINGTON \u2014\nFOR IMMEDIATE RELEASE\nMarch 4, 2025\nThe senate voted\n\non the farm bill\n\n"
        "today in a close vote."
    )
    assert problems(text, render=True) == []
    assert "WASHINGTON \u2014" == _dateline(text)


def test_sentence_end_past_four_story_pieces_is_not_read() -> None:
    # Negative: the sentence ends in the fourth block of the story, past the run of four the rendering reads too.
    text = (
        "WASHINGTON \u2014\nFOR IMMEDIATE RELEASE\nMarch 4, 2025\nThe senate voted\n\non the farm bill\n\n"
        "today in a close vote\n\nand left."
    )
    assert _dateline(text) is None


# --- F1125-17, F1126-23: a place line read as an unmarked list item (dateline._may_open, _items_under_story) ----


def test_f1125_17_place_line_closed_by_a_comma_under_a_colon_line() -> None:
    assert problems("c l :\nVi,F\n,S e", render=True) == []


def test_f1126_23_place_line_under_a_contact_label_read_as_an_item() -> None:
    assert problems("S a contact:\n\u0089AGUE\u2014\n1 /\nN?RK,N-\u201c", render=True) == []


def test_senate_page_whose_headline_heads_its_lines_reads_its_dateline() -> None:
    # A punctuation-stripped Senate page (tests/unseen xf_senate_allard_1): the headline in capitals over lines
    # without bullets made them items; the first holds the stripped date and place. The dateline opens the story
    # there, and the lines under it are the story's paragraphs, as the rendering reads them (the gold's reading).
    doc = parse((_HERE / "unseen" / "xf_senate_allard_1.txt").read_text(encoding="utf-8"))
    assert "WASHINGTON D C" == (doc.dateline.text if doc.dateline else None)
    assert ("date", "July 12th 2007") == (doc.meta[1].kind.value, doc.meta[1].text)
    assert ["paragraph"] * 4 == [b.kind for b in doc.body[:4]]
    assert doc.body[0].text.startswith("Today S 1380")


def test_bulleted_item_never_opens_the_story() -> None:
    # Negative: an item with its bullet is a list item whatever it opens with (a store list by city).
    text = "Our stores:\n- LONDON \u2013 Two stores opened today in the city.\n- PARIS \u2013 Three stores opened."
    assert _dateline(text) is None
    assert ["paragraph", "list_item", "list_item"] == [b.kind for b in parse(text).body]


# --- F1124-28: the text a dateline cut off its line (dateline._front_kind) --------------------------------------


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in parse(text).body]


def test_f1124_28_front_cut_off_the_dateline_reads_as_a_line_of_its_own() -> None:
    assert problems("-!LeNTA A,C\u2013A s:\n", render=True) == []


def test_section_name_glued_to_the_place_is_a_heading() -> None:
    # A scrape that lost the line break after a section's name: "News Update" glued to "WASHINGTON, D.C. –". The
    # rendering sets the name on its own line over the story, where it is a heading, and so it is here.
    text = "Police met.\nNews UpdateWASHINGTON, D.C. \u2013 The senator met the mayor today.\nThey agreed."
    assert problems(text, render=True) == []
    assert ("heading", "News Update") == _kinds(text)[1]


def test_sentence_glued_to_the_place_stays_a_paragraph() -> None:
    # Negative: a sentence that ends in its stop before the place is the paragraph it was.
    text = "Police met.\nThe chief agreed with the plan.WASHINGTON, D.C. \u2013 The senator met the mayor today.\nThey agreed."
    assert ("paragraph", "The chief agreed with the plan.") == _kinds(text)[1]
