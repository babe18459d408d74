"""Session 28, lead: a heading under a media note that meta takes (fuzz F1129-52)."""

from __future__ import annotations

from pressparse import parse


def _readings(text: str) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    doc = parse(text)
    first = [(b.kind, b.text) for b in doc.body]
    return first, [(b.kind, b.text) for b in parse(doc.text).body]


def test_heading_under_a_media_note_reads_as_in_the_clean_text() -> None:
    # A DA's or police office's note to the press, its line ending in a comma, stands over a subheading: meta
    # takes the note and the clean text leaves it out, so the subheading is read past it, not as its
    # continuation.
    text = (
        "Police met today.\nMedia interested in attending should contact the press office,\n"
        "Safety Tips for Drivers\nDrivers should slow down near schools and watch for children crossing."
    )
    first, rendered = _readings(text)
    assert first[1] == ("heading", "Safety Tips for Drivers")
    assert first == rendered


def test_line_under_a_comma_of_the_story_stays_its_continuation() -> None:
    # The same line under a story sentence ending in a comma continues it: no note stands between.
    text = (
        "Police met today.\nThe press office said reporters should arrive early,\n"
        "safety tips for drivers\nDrivers should slow down near schools and watch for children crossing."
    )
    first, rendered = _readings(text)
    assert ("heading", "safety tips for drivers") not in first
    assert first == rendered


def test_link_whose_address_wraps_at_a_hyphen_reads_as_its_text() -> None:
    # A hard-wrapped wire release breaks a markdown link's address at its hyphen: the word is joined first, and
    # the link then reads as its text at once, as the clean text's second reading reads it (fuzz F1130-6).
    text = "Police met today.\nRead [the report](https://example.org/annual-\nreport) now."
    first, rendered = _readings(text)
    assert first[1] == ("paragraph", "Read the report now.")
    assert first == rendered


def test_link_text_hyphenated_over_a_break_is_joined() -> None:
    text = "Police met today.\nRead [the crimi-\nnal report](https://example.org/r) now."
    first, rendered = _readings(text)
    assert first[1] == ("paragraph", "Read the criminal report now.")
    assert first == rendered
