"""Session 21, the lead: fuzz findings of the meta and dateline stages (SPEC 5, stable rendering).

Each finding is tested on a near variant of its pinned input (the pinned strings stay in
``test_fuzz_regressions.py``), with a real-style text beside it that shows the rule still does its job.
"""

from __future__ import annotations

from pressparse import parse
from tests.fuzz_parse import problems


def _meta(text: str) -> list[tuple[str, str]]:
    return [(m.kind.value, m.text) for m in parse(text).meta]


# --- F1124-10, -14, -24: a release note glued to a headline, its copy below (meta._has_copy) ---------------

_GLUED = "MEDIA ADVISORY:4 Charged in Drug Overdose Death of Music Festival Visitor"
_COPY = "4 Charged in Drug Overdose Death of Music Festival Visitor"


def test_a_copy_without_the_note_does_not_keep_the_note_glued() -> None:
    # The rendering drops the copy below; the glued line must read the same with and without it.
    assert problems(f"0\n{_GLUED}\n{_COPY}\n", render=True) == []
    assert problems(f"K e R\n{_GLUED}\nimmediate release\n{_COPY}", render=True) == []
    assert ("release_note", "MEDIA ADVISORY:") in _meta(f"0\n{_GLUED}\n{_COPY}\n")


def test_a_copy_with_the_note_keeps_the_page_title_whole() -> None:
    # Miami-Dade: the page title and the page heading both carry the note; the title stays whole.
    text = (
        f"{_GLUED} - Office of Miami-Dade State Attorney Katherine Fernandez Rundle\nNews\nPress Release\n"
        f"{_GLUED}\nAdmin | April 24, 2026\nfor immediate release\n{_COPY}\n"
        "Miami – April 24, 2026 – State Attorney Katherine Fernandez Rundle announced charges today.\n"
    )
    titles = [t for k, t in _meta(text) if k == "title"]
    assert titles
    assert titles[0].startswith("MEDIA ADVISORY:4 Charged")
    assert ("release_note", "MEDIA ADVISORY:") not in _meta(text)


# --- F1124-6: a headline glued to the story's dateline (meta._mark_title) --------------------------------------


def test_a_headline_glued_to_the_dateline_is_the_title() -> None:
    # The rendering sets the headline apart from the dateline, where it stands alone: both readings take it.
    text = "Police Seize Drugs In RaidLONDON (AP) — Police met today."
    assert problems(text, render=True) == []
    assert ("title", "Police Seize Drugs In Raid") in _meta(text)
    assert problems("A s rULU(AP)  U", render=True) == []


def test_a_line_glued_to_a_story_without_a_dateline_is_no_title() -> None:
    # No dateline: nothing sets the glued words apart, and they stay the story's.
    text = "Police Seize Drugs In RaidThe police met today."
    assert _meta(text) == []
    assert [b.text for b in parse(text).body] == [text]


# --- F1124-23: a top subheading over a paragraph, a release note between (meta._mark_top_heading) ----------------


def test_a_top_subheading_reads_the_block_under_it_past_meta() -> None:
    assert problems("M an L\x0bRs\n--N--\n\n.", render=True) == []
    text = "Police Seize Guns in Raid\nFour Arrested\nFOR IMMEDIATE RELEASE\n\nPolice met today and agreed on a plan."
    assert ("subtitle", "Four Arrested") in _meta(text)


def test_a_top_subheading_over_a_list_stays_the_storys() -> None:
    text = "Police Seize Guns in Raid\nKey Highlights\n- Four arrested\n- Guns seized\n"
    assert ("subtitle", "Key Highlights") not in _meta(text)
