"""Session 22, helper fp: fuzz pins of the paragraphs/lists/headings stages (SPEC 5, stable rendering).

Each pin's input is copied from ``test_fuzz_regressions.py`` (OPEN there when this was written), with a
real-release-shaped text beside it, and a close shape that must keep its reading.
"""

from __future__ import annotations

from pressparse import clean, parse
from tests.fuzz_parse import problems


def _body(text: str) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in parse(text).body]


# --- F1125-20: a skip link glued to the line above a glued "Read more" (paragraphs.split_lines) ---------------


def test_f1125_20_glued_skip_link_leaves_the_line_above_finished() -> None:
    assert problems("SANTIAGO.Skip to main content\nRead moreSANTIAGO\u00a0.", render=True) == []


def test_glued_skip_link_over_a_glued_read_more_reads_as_its_rendering() -> None:
    # INTERPOL-style scrape: the skip link glued to the story's first line, a "Read more" teaser glued under it.
    text = (
        "SANTIAGO, Chile \u2013 Police met today.Skip to main content\n"
        "Read morePolice seized 200 firearms in the operation."
    )
    assert problems(text, render=True) == []
    assert _body(text) == _body(clean(text))
    assert ("paragraph", "Police seized 200 firearms in the operation.") in _body(text)


def test_glued_sentence_that_runs_on_keeps_the_line_under_it_whole() -> None:
    # Negative: the cut above is prose that stops mid-sentence, which the rendering keeps: no cut under it.
    text = "SANTIAGO, Chile \u2013 Police met today.Officers seized in\nRead morePolice seized 200 firearms."
    assert _body(text) == [
        ("paragraph", "Police met today."),
        ("paragraph", "Officers seized in Read morePolice seized 200 firearms."),
    ]


# --- F1124-16, F1124-34: a line hard-joined over a release-note line (paragraphs._continues) -------------------


def test_f1124_16_and_34_line_over_a_release_note_stands_alone() -> None:
    f16 = (
        "y a z e\nMEDIA ADVISORY:4 Charged in Drug Overdose Death of Music Festival Visitor\nAn\n"
        "for immediate release\n4 Charged in Drug Overdose Death of Music Festival Visitor\ni ."
    )
    f34 = (
        "e z s R\nMEDIA ADVISORY:13 Charged In Round Up Of Major Catalytic Converter Fencing And Theft Ring\nA\n"
        "for immediate release\n13 Charged In Round Up Of Major Catalytic Converter Fencing And Theft Ring\n"
        "ami, Flda,\nPoe D8\u00e97irng of catalytic converWHO:\n"
    )
    assert problems(f16, render=True) == []
    assert problems(f34, render=True) == []


def test_release_note_line_is_joined_to_no_line_above() -> None:
    # County-prosecutor pages print the note in lower case under a label line: the label stays a block of its own.
    text = "MIAMI, Fla. \u2013 Police met today.\nPress Conference\nfor immediate release\nFour people were charged."
    assert ("heading", "Press Conference") in _body(text)
    assert all("immediate release" not in block or block == "for immediate release" for _, block in _body(text))
    assert problems(text, render=True) == []


def test_wrapped_sentence_ending_in_the_same_words_still_joins() -> None:
    # Negative: the words end a sentence (a stop after them), so the line is no note and the wrap joins.
    text = "MIAMI, Fla. \u2013 The court said the records were cleared\nfor immediate release."
    assert _body(text) == [("paragraph", "The court said the records were cleared for immediate release.")]


# --- F1125-13: a heading read past a meta label and its value ("Author" / "L F") (headings._body_neighbour_at) --


def test_f1125_13_heading_reads_past_a_label_and_its_value() -> None:
    assert problems("-\rCHAN\nAuthor\nL F\nD.", render=True) == []


def test_section_label_over_a_published_date_pair_is_a_heading_both_times() -> None:
    # CMS pages print "Published" alone with the date on the next line; meta takes the pair, the rendering drops it.
    text = "Police met in Lyon.\nUPDATE\nPublished\nDecember 6, 2012\nThe county met with officers today."
    assert _body(text) == [
        ("paragraph", "Police met in Lyon."),
        ("heading", "UPDATE"),
        ("paragraph", "The county met with officers today."),
    ]
    assert problems(text, render=True) == []


def test_label_with_a_sentence_under_it_is_read_as_a_line() -> None:
    # Negative: "Published" over a sentence has no value; nothing is read past, the readings stay as they were.
    text = "Police met in Lyon.\nUPDATE\nPublished\nThe county met with officers today."
    assert _body(text) == [
        ("paragraph", "Police met in Lyon."),
        ("paragraph", "UPDATE"),
        ("paragraph", "Published"),
        ("paragraph", "The county met with officers today."),
    ]


# --- F1125-19: a glued sentence whose first word holds a soft hyphen (paragraphs.is_glued_break) ---------------


def test_f1125_19_glued_break_reads_through_a_soft_hyphen_after_the_capital() -> None:
    assert problems("\u5364!W\u00ad\u00ea", render=True) == []


def test_glued_sentence_with_a_hyphenation_point_after_its_capital_is_cut() -> None:
    # A hyphenating CMS leaves soft hyphens in words ("O\xadver"); the rendering drops them and cuts the glue.
    text = "SANTIAGO, Chile \u2013 Police met today.O\u00adver 200 officers took part."
    assert _body(text) == [("paragraph", "Police met today."), ("paragraph", "Over 200 officers took part.")]
    assert problems(text, render=True) == []


def test_lone_capital_before_a_soft_hyphen_and_a_space_is_no_break() -> None:
    # Negative: a lone capital ("Gate.B") stays glued, the soft hyphen read through as before.
    assert _body("SANTIAGO, Chile \u2013 Police met at Gate.B\u00ad today.") == [
        ("paragraph", "Police met at Gate.B today.")
    ]
