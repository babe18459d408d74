"""Session 21, the lead: noise cases of round 10's blind real releases and fuzz findings."""

from __future__ import annotations

from pressparse import parse
from tests.fuzz_parse import problems


def _noise(text: str) -> list[tuple[str, str]]:
    return [(n.kind.value, n.text) for n in parse(text).noise if n.text.strip()]


# --- the scraper's "None" opening the text, one space before the story (ya_doj_r00268) -----------------------------


def test_an_opening_none_before_a_sentence_opener_is_a_stand_in() -> None:
    text = "None The complaint alleges Humayun Kabir Rahman arrived in the United States. He was paroled."
    assert ("scraper_artefact", "None") in _noise(text)
    assert parse(text).body[0].text.startswith("The complaint alleges")


def test_a_headline_word_none_stays() -> None:
    text = "None Injured in Crash\n\nPolice said no one was hurt."
    assert _noise(text) == []
    assert parse("Police met.\n\nNone The complaint.").body[1].text == "None The complaint."


# --- a short sentence printed twice, glued (fuzz F1124-1; noise.glued_repeat) -------------------------------------


def test_a_glued_copy_is_measured_as_the_rendering_measures_its_block() -> None:
    # 20 characters with its stops: the rendering's block is a repeat, so the raw copy is one too.
    text = "No. officers police.No. officers police."
    assert problems(text, render=True) == []
    assert ("repeated_line", "No. officers police.") in _noise(text)


def test_a_glued_copy_shorter_than_the_line_rule_reads_stays() -> None:
    text = "Police met.Police met."
    assert _noise(text) == []


# --- a related-links heading under a line whose sentence ends at a glued stop (fuzz F1124-4; noise._glued_stop) ---


def test_a_glued_stop_starts_the_story_above_a_related_links_heading() -> None:
    assert problems("e\nMay 2 2026\nPr\nE ty.8\nRecent Posts", render=True) == []
    text = "Police met in Lyon.The chiefs agreed\nRecent Posts\nPolice seize guns\n"
    assert ("related_links", "Recent Posts") in _noise(text)


def test_a_related_links_label_over_no_sentence_stays() -> None:
    # No sentence above: a menu's "Recent Posts" over its links is not cut as the story's tail.
    text = "Home\nNews\nRecent Posts\nPolice seize guns in Lyon\n\nPolice met in Lyon today and agreed on a plan."
    assert ("related_links", "Recent Posts") not in _noise(text)


def test_a_block_of_no_words_is_no_copy() -> None:
    assert _noise("We won.(*** *** *** *** *** ***)") == []
