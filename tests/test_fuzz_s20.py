"""Session 20, helper f1: fuzz findings F1123-54, -55, -57, -58, -59 (SPEC 5, stable rendering).

Each finding is tested on a near variant of its pinned input (the pinned strings stay in
``test_fuzz_regressions.py``), with a real-style text beside it that shows the rule still does its job.
"""

from __future__ import annotations

from pressparse import parse
from tests.fuzz_parse import problems


def _body(text: str) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in parse(text).body]


def _noise(text: str) -> list[tuple[str, str]]:
    return [(n.kind.value, n.text) for n in parse(text).noise if n.text.strip()]


# --- F1123-57: a subheading glued by a run of spaces (paragraphs._spaced_heading, _titled_heading) -----------


def test_f57_two_spaces_read_as_the_one_space_the_rendering_shows() -> None:
    # "Photo 3 of 7" was a subheading (then a counter) only once the rendering made its two spaces one.
    assert problems("Police met.\n\nPhoto 3 of 7  A list of chiefs met today.", render=True) == []
    assert problems("of 3\nImage 1of 3  A to officers.", render=True) == []


def test_f57_subheading_before_two_spaces_is_cut_as_before_one() -> None:
    text = "Police met in Lyon.\n\nKey Findings  The report shows that crime fell across the region last year."
    assert _body(text)[1:] == [
        ("heading", "Key Findings"),
        ("paragraph", "The report shows that crime fell across the region last year."),
    ]
    assert problems(text, render=True) == []


def test_f57_negative_a_name_before_an_opener_stays_one_paragraph() -> None:
    text = "Police met in Lyon.\n\nMembers of Concerned Citizens  For Justice met the chief today."
    assert [kind for kind, _ in _body(text)] == ["paragraph", "paragraph"]
    assert _noise("Police met in Lyon.\n\nImage 2 of 5\n\nThe chiefs agreed on a plan.") == [
        ("slideshow_counter", "Image 2 of 5")
    ]


# --- F1123-54: a copy within three blocks once noise and a join changed the count (noise._block_repeats) ------


def test_f54_block_copy_compared_without_its_spaces() -> None:
    text = (
        "Image 1of4\nofficersseizedfirearmsacrosstheregionandtraffickingnetworksNo.\n.\nL\nImage\n"
        "officersseizedfirearmsacrosstheregionandtraffickingnetworks No\n\n- N"
    )
    assert problems(text, render=True) == []
    text = (
        "Police met.\nregionalfirearmstraffickingoperationsNo.\n.\nL\nImage\nregionalfirearmstraffickingoperations No"
    )
    assert problems(text, render=True) == []


def test_f54_negative_paragraphs_that_differ_in_a_word_stay() -> None:
    text = (
        "Officers seized 35 firearms across the region on Monday.\nShare\nL\n"
        "Officers seized 35 firearms across the region on Sunday."
    )
    assert [t for _, t in _body(text)] == [
        "Officers seized 35 firearms across the region on Monday.",
        "L",
        "Officers seized 35 firearms across the region on Sunday.",
    ]


# --- F1123-55: a copy of a paragraph whose glued About section meta cuts off (noise._context) ----------------


def test_f55_copy_of_a_paragraph_before_its_glued_about_section() -> None:
    line = (
        "Officers 3.5 seized officers Dr. the cooperationELN) region arrested databases 3.5 Dr. U.S said Secretary"
        " General Stock. Firearms (ELNfirearms U.Strafficking databases INTERPOL-led No. e.gINTERPOL-led"
    )
    assert problems(f"{line}About N\nB\n{line}", render=True) == []
    assert problems(f"{line}About N\nB\n{line.replace(' ', '')}", render=True) == []


def test_f55_negative_a_glued_about_section_is_still_cut_and_the_paragraph_kept() -> None:
    text = (
        "Officers seized firearms across the region, police said.About INTERPOL\n"
        "INTERPOL is the world’s largest police organization."
    )
    doc = parse(text)
    assert [b.text for b in doc.body] == ["Officers seized firearms across the region, police said."]
    assert [m.kind.value for m in doc.meta] == ["about"]
    assert not doc.noise


# --- F1123-58: a dash line closed by a dash after a line break (paragraphs._dash_framed) -----------------------


def test_f58_closing_dash_after_any_whitespace_frames_the_line() -> None:
    assert problems("3\u000b—       8*[         8*[               (3\u000b—", render=True) == []
    assert problems("5\u000b—       6*[         6*[               (5\n—", render=True) == []


def test_f58_negative_dash_items_and_a_framed_standfirst() -> None:
    text = "Police met in Lyon.\n\n— Officers seized weapons\n— Suspects were arrested"
    assert _body(text)[1:] == [("list_item", "Officers seized weapons"), ("list_item", "Suspects were arrested")]
    text = "BOGOTA – Police met.\n\n– Strategic collaboration brings real-time visibility –\n\nThe chiefs agreed."
    assert _body(text)[1] == ("paragraph", "– Strategic collaboration brings real-time visibility –")


# --- F1123-59: a dotted name after an opening quote glued to a stop (paragraphs.is_glued_break) ----------------


def test_f59_dotted_name_after_a_quote_is_the_name_written_again() -> None:
    assert problems("Bit.Store is new .“Bit.Store ", render=True) == []
    assert problems("Acme.Cloud grows.“Acme.Cloud ", render=True) == []


def test_f59_negative_a_junction_after_a_quoted_word_still_breaks() -> None:
    # "Europol.The": a sentence opener after the stop is a junction, never a dotted name.
    assert [t for _, t in _body("Officers met.“Europol.The agency said the case was closed.")][-1] == (
        "The agency said the case was closed."
    )
    assert _body("Bit.Store is new. Try Bit.Store today.") == [("paragraph", "Bit.Store is new. Try Bit.Store today.")]
