"""Session 21, helper f2: fuzz findings of the noise stage (SPEC 5, stable rendering).

A noise rule must not decide by something the rendering changes: a noise line it drops between two
halves of a quotation, an ``About …`` line meta takes between two copies, a copy's punctuation that
``repeated_line`` keeps. Each pinned input (kept in ``test_fuzz_regressions.py``) is copied here, with
a real-style text beside it that must keep its reading.
"""

from __future__ import annotations

from pressparse import parse
from tests.fuzz_parse import problems


def _body(text: str) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in parse(text).body]


def _noise(text: str) -> list[str]:
    return [n.text for n in parse(text).noise]


# --- F1124-20: a noise line between two halves of an open quotation -------------------------------------------

_QUOTE = (
    "AUSTIN, Texas -- Acme Corp. named the winners of its startup competition today at the RALLY festival.\n\n"
    "\u201cThe launch at RALLY is a testament to our\n{line}\nnext generation of founders,\u201d said Jane Smith.\n\n"
    "The festival runs through Sunday."
)


def test_f20_noise_line_inside_an_open_quotation_stays_in_its_sentence() -> None:
    assert problems('" o\n/Z\u000bf T', render=True) == []
    text = _QUOTE.format(line="Advertisement")
    assert problems(text, render=True) == []
    assert len(_body(text)) == 3  # one quotation, one paragraph in both readings


def test_f20_noise_line_between_paragraphs_is_still_noise() -> None:
    # The line above ends its sentence: the quotation is closed, the line is furniture.
    text = (
        _QUOTE.format(line="Advertisement")
        .replace("to our\n", "to our founders.\u201d\n")
        .replace("\nnext generation", "\nNext generation")
    )
    assert "Advertisement" in _noise(text)
    assert problems(text, render=True) == []
    # No quotation open: the line is furniture though the sentence runs on (the rendering keeps the halves apart).
    plain = "Police met the suspects at the\nAdvertisement\nstation on Monday, officials said."
    assert "Advertisement" in _noise(plain)


# --- F1124-31: an About line (meta's) between a line and its copy -------------------------------------------


def test_f31_about_line_between_copies_is_not_counted() -> None:
    text = "-\n.   Firearms35 region No!   Te\u2028About N\nA\u2013\nShare\nFirearms35 region No!\nd."
    assert problems(text, render=True) == []


def test_f31_copy_four_story_lines_below_stays() -> None:
    # Four story lines between the copies: a line the author wrote twice is kept; with an About line (meta's)
    # as the fourth, the rendering shows the copy three blocks under its first print: a repeat in both readings.
    story = "AUSTIN, Texas -- The police met the suspects at the station on Monday, officials said today.\n\n"
    text = (
        story
        + "Twelve suspects arrested\n\nThe police met.\n\nThe court agreed.\n\n{fourth}\n\nTwelve suspects arrested"
    )
    kept = text.format(fourth="The judge ruled.")
    assert _body(kept)[-1] == ("paragraph", "Twelve suspects arrested")
    assert problems(kept, render=True) == []
    about = text.format(fourth="About Acme")
    assert "Twelve suspects arrested" in _noise(about)
    assert problems(about, render=True) == []


# --- F1124-30: a copy of 20 characters with its punctuation, brought within three blocks by a join ----------


def test_f30_short_copy_compared_with_its_punctuation() -> None:
    text = (
        "7 December 2018\nTt\nLe \u2013. U.S. No. (ELN) crime agreed cooperation agreed region.THEHAGUE,Colombia --"
        "\n5\n3\ne\nTHEHAGUE,Colombia --"
    )
    assert problems(text, render=True) == []


def test_f30_short_lines_that_differ_in_punctuation_stay() -> None:
    # The same words, other punctuation: no copy for ``repeated_line``, none here either.
    text = "Police met.Lyon, France -- today\n5\n3\ne\nLyon France today!!"
    assert _body(text)[-1][1] == "Lyon France today!!"
    assert problems(text, render=True) == []


# --- fuzz run of session 21 (helper f2): lines meta takes between a heading candidate and its neighbour -------


def test_date_line_with_its_time_is_read_past() -> None:
    # "Dec 7 2018 8:30am" is meta's date line (a time after the date): the rendering drops it.
    assert problems("t\nDec 7 20188:30am\nDe\nO .", render=True) == []
    assert _body("t\nDec 7 20188:30am\nDe\nO .")[1] == ("paragraph", "De")  # under an unfinished line
    report = "The report shows that crime fell across the region last year."
    text = f"Police met in Lyon.\nMay 2, 2026 8:30 a.m. ET\nKey Findings\n{report}"
    assert [k for k, _ in _body(text)] == ["paragraph", "heading", "paragraph"]
    # A sentence that opens with a date and a time is no date line: it stays a neighbour.
    text = "Police met.\nMay 2, 2026 at 8:30 a.m. the officers met\nKey Findings\nThe report shows it."
    assert problems(text, render=True) == []


# --- fuzz run of session 21 (helper f2): a copy with an end mark glued after it ---------------------------------


def test_copy_with_a_glued_end_mark_is_a_copy() -> None:
    line = "DrofficersnetworkDragreedUSinternationalwellknowninterpolintNewsELNINTERPOLledacrossarrestedinterpolint"
    line += "NewsregioninterpolintNewssaidJ\u00fcrgenStockFirearmscooperationmeetingpolice2019U.S.ELN"
    assert problems(f"{line}\n{line}.-30-\nS including:-\u00a0a", render=True) == []
    story = "AUSTIN, Texas -- Police met the suspects today.\nThe court agreed to the plan today in Lyon and Paris."
    text = f"{story}\n{story.splitlines()[1]} -30-"
    assert _noise(text) == ["The court agreed to the plan today in Lyon and Paris. -30-"]
    assert problems(text, render=True) == []


def test_end_mark_under_another_line_stays_meta() -> None:
    story = "AUSTIN, Texas -- Police met the suspects today.\nThe court agreed to the plan today in Lyon and Paris."
    text = f"{story}\n\nThe judge ruled on the plan later that day. -30-"
    doc = parse(text)
    assert doc.noise == ()
    assert [m.text for m in doc.meta] == ["-30-"]
    assert problems(text, render=True) == []


# --- fuzz run of session 21 (helper f2): edges the rendering changes -----------------------------------------


def test_markdown_marker_after_an_invisible_character() -> None:
    # "\x9b" is noise (control_characters); the "#" after it opens the rendered line: a heading marker in both.
    assert problems("\u009b#\u001f\u00e8", render=True) == []
    assert [n.text for n in parse("\u009b#\u001f\u00e8").noise][:2] == ["\u009b", "#"]
    # A "#1" with no space after it is no marker, an invisible character before it or not.
    text = "\u200b#1 in sales\n\nAUSTIN, Texas -- Acme Corp said sales rose."
    assert _body(text)[0] == ("paragraph", "#1 in sales")
    assert problems(text, render=True) == []


def test_end_mark_glued_under_a_heading_is_read_off() -> None:
    assert problems("/\nFORE\rA.-30-", render=True) == []
    text = "Police met in Lyon.\n\nOUTLOOK\n\nThe company expects growth in 2025. -30-"
    assert [k for k, _ in _body(text)] == ["paragraph", "heading", "paragraph"]
    assert problems(text, render=True) == []
    # A short line over a line with no stop stays a paragraph, end mark or not.
    text = "Police met in Lyon.\n\nOutlook\n\nThe company expects growth -30-"
    assert [k for k, _ in _body(text)][1] == "paragraph"
    assert problems(text, render=True) == []
