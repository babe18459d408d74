"""Session 23, helper fh: fuzz pins of the heading stage (SPEC 5, stable rendering).

A heading is read on the blocks the clean rendering puts around it: the rendering drops the lines meta
takes and sets a place line alone apart from its story, so the heading rule reads past the one and
through the other, on the source as on the rendering. Each pin's input is copied from
``test_fuzz_regressions.py`` (OPEN there when this was written), with a real-release-shaped text beside
it, and a close shape that must keep its reading.
"""

from __future__ import annotations

from pressparse import clean, parse
from tests.fuzz_parse import problems


def _body(text: str) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in parse(text).body]


# --- F1126-5: a date line whose time ends in "a.m." (headings._meta_line) --------------------------------------


def test_f1126_5_date_line_with_its_time_is_read_past() -> None:
    assert problems(") G\nAr\nDec 7 20188:30am.De", render=True) == []


def test_event_name_over_its_date_and_time_reads_past_them() -> None:
    # A media advisory's last lines: the event's name, its date and hour ("… 10:00 a.m."), then the place; meta
    # takes the date line, and the name over the place (no sentence) is no heading, in the source as in the
    # rendering.
    text = "Police met the mayor today.\nCommunity Safety Forum\nDecember 7, 2018 10:00 a.m.\nCity Hall, Room 201"
    assert problems(text, render=True) == []
    assert ("paragraph", "Community Safety Forum") in _body(text)


def test_sentence_ending_in_a_time_is_no_date_line() -> None:
    # Negative: a sentence that ends on "a.m." is the story, and the heading over it stays one.
    text = "Police met the mayor today.\nCommunity Safety Forum\nThe forum opens on December 7, 2018 at 10:00 a.m."
    assert _body(text)[1] == ("heading", "Community Safety Forum")


# --- F1126-3: a contact label alone ending in a colon (headings._meta_line) ------------------------------------


def test_f1126_3_contact_label_alone_is_read_past() -> None:
    assert problems(".\nJ R\nM contact:\ne e .", render=True) == []


def test_line_over_a_media_contact_label_reads_as_its_rendering() -> None:
    # "Media contact:" alone on its line is meta wherever it stands; the rendering drops it.
    text = "Police met today.\nKey Facts\nMedia contact:\nThe office will answer calls from reporters all day."
    assert problems(text, render=True) == []
    assert _body(text) == _body(clean(text))


def test_audience_label_alone_is_not_read_past() -> None:
    # Negative: "Media:" alone names an audience; meta takes it only over a phone or an e-mail, so the line
    # over it keeps its reading (no heading over a label ending in a colon).
    text = "Police met today.\nKey Facts\nMedia:\nThe office will answer calls from reporters all day."
    assert ("paragraph", "Key Facts") in _body(text)


# --- F1126-22: a date label over its date, read upwards (headings._body_neighbour_at) ---------------------------


def test_f1126_22_label_over_a_date_line_is_read_past_upwards() -> None:
    assert problems("L F\nPublished\nDecember 6 2018\nHs\nS .\nD", render=True) == []


def test_section_under_a_published_date_pair_reads_as_its_rendering() -> None:
    # gov.uk-style page: "Published" over its date under the lead, then a section's name over its paragraph.
    text = (
        "Police chiefs met in Leeds today.\nPublished\nDecember 6, 2018\nKey Findings\n"
        "Officers from ten forces agreed on a common plan for the region."
    )
    assert problems(text, render=True) == []
    assert _body(text) == _body(clean(text))


def test_label_value_under_a_label_is_no_heading() -> None:
    # Negative: the candidate is itself the label's value ("Author" / "Jane Roe"): meta takes it, no heading.
    text = "Police met today.\nAuthor\nJane Roe\nOfficers from ten forces agreed on a common plan."
    assert all(kind != "heading" for kind, _ in _body(text))


# --- F1125-1: a place line alone ending in a comma under a heading (headings._text_under) ----------------------


def test_f1125_1_place_line_ending_in_a_comma_is_read_with_its_story() -> None:
    assert problems(".\rAr\nMi,F\n,A.MT", render=True) == []


def test_heading_over_a_place_line_ending_in_a_comma_reads_as_its_rendering() -> None:
    # "Miami, Florida," alone on its line (the dateline grammar's line comma): the rendering sets it apart
    # from its story by a blank line, the source joins the two; the heading over it reads the same both times.
    text = "Police met today.\nKey Facts\nMIAMI, Florida,\nPolice from ten countries met in the city."
    assert problems(text, render=True) == []
    assert _body(text) == _body(clean(text))
    assert ("heading", "Key Facts") in _body(text)


def test_line_ending_in_a_comma_that_is_no_place_stays_unfinished() -> None:
    # Negative: a sentence broken on a comma under a short line is no dateline; that line is no heading.
    text = "Police met today.\nKey Facts\n\nIn the end,\n\nPolice from ten countries met in the city."
    assert ("paragraph", "Key Facts") in _body(text)


# --- a dateline glued to its story under a heading (headings._text_under; found by the full suite) ------------


def test_s21h_contact_label_over_a_glued_dateline_keeps_its_reading() -> None:
    # test_fuzz_s21h's pin: read past the contact label, the line is read over "NERK–I.", which the rendering
    # shows as "NERK– I.".
    assert problems(".\nTe\n\na contact:NERK\u2013I.", render=True) == []


def test_heading_over_a_glued_dateline_counts_the_words_the_rendering_shows() -> None:
    # "WASHINGTON—Police met.": scrapes glue the dash to the story; the rendering sets a space after it.
    text = "Senators met today.\nNew Rules\nWASHINGTON\u2014Police met."
    assert problems(text, render=True) == []
    assert _body(text) == _body(clean(text))


def test_hyphen_glued_inside_a_word_is_no_dateline_gap() -> None:
    # Negative: "Self-funded" opens with no dateline; the line over it reads as before.
    text = "Senators met today.\nNew Rules\nSelf-funded plans grew."
    assert ("heading", "New Rules") in _body(text)
