"""The fast paths of session 18 give the answers of the rules they stand in for (issue #6: speed, no change).

Method. Each fast path is compared with the plain form it replaced, written
out here, on the corpus lines and on adversarial strings (runs of one
character, alternating cases, a window that starts right after a letter).
The whole-parse check (every output byte-identical) is the snapshot of the
corpus, the unseen and QA releases and their re-layouts, run by hand for
each change; these tests pin the parts so a later edit cannot drift.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pressparse import blocks, noise, paragraphs

_HERE = Path(__file__).resolve().parent
CORPUS_LINES = [
    line
    for path in sorted(_HERE.glob("corpus/*.txt")) + sorted(_HERE.glob("corpus/real/*.txt"))
    for line in path.read_text(encoding="utf-8").splitlines()
    if line.strip()
]
ODD = [
    "",
    "a",
    "A",
    "aB",
    "Ab",
    "aB" * 500,
    "a" * 1000 + "B",
    "B" + "a" * 1000,
    "ÉtéBon",
    "straßeX",
    "(left)",
    "(LEFT) ©",
    "x(Photo credit: AFP)",
    "Privacy | Terms",
    "English · Français",
    "a/b",
    "a / b",
    "Home•News",
]

_PLAIN_CAMEL = re.compile(r"[a-z][A-Z]")


@pytest.mark.parametrize("text", ODD)
def test_camel_junction_as_plain_pattern(text: str) -> None:
    """``_has_camel`` finds a junction exactly where ``[a-z][A-Z]`` does, in every window."""
    for start in range(min(len(text), 6) + 1):
        for end in (start, start + 1, start + 2, len(text)):
            expected = _PLAIN_CAMEL.search(text, start, end) is not None
            assert expected == paragraphs._has_camel(text, start, end), (start, end)


def test_camel_junction_on_corpus_lines() -> None:
    """On every corpus line, whole and from its second and third character."""
    for line in CORPUS_LINES:
        for start in (0, 1, 2):
            assert (_PLAIN_CAMEL.search(line, start) is not None) == paragraphs._has_camel(line, start), line


def test_camel_junction_not_before_the_window() -> None:
    """The letter before the window does not count: ``xY`` searched from ``Y`` has no junction."""
    assert not paragraphs._has_camel("xYz", 1)
    assert paragraphs._has_camel("xYz", 0)


def _plain_language_cue(source: str, start: int, end: int) -> bool:
    """``blocks._has_language_cue`` without its substring pre-check: the two searches first."""
    if blocks._EMBEDDED_CREDIT.search(source, start, end) or blocks._POSITION.search(source, start, end):
        return True
    return blocks._has_language_cue(source, start, end)


@pytest.mark.parametrize("text", [*ODD, "Jane Roe (far left) speaks.", "Chief (Photo: AFP) met.", "© Police"])
def test_language_cue_as_without_precheck(text: str) -> None:
    assert _plain_language_cue(text, 0, len(text)) == blocks._has_language_cue(text, 0, len(text))


def test_language_cue_on_corpus_lines() -> None:
    for line in CORPUS_LINES:
        assert _plain_language_cue(line, 0, len(line)) == blocks._has_language_cue(line, 0, len(line)), line


def _plain_row_parts(key: str) -> list[str]:
    parts = [p.strip(noise._ROW_STRIP) for p in noise._ROW_SEP.split(key)]
    return [p for p in parts if p]


def test_row_without_separator_has_one_part() -> None:
    """A key with none of ``_ROW_SEPARATORS`` splits into one part at most: ``link_row`` may skip the split."""
    for text in [*ODD, *CORPUS_LINES]:
        key = " ".join(text.split()).casefold()
        if noise._ROW_SEPARATORS.isdisjoint(key):
            assert len(_plain_row_parts(key)) <= 1, text


SPACED = [
    "How it works The tool stages a room in seconds.",
    "Members of Concerned Citizens For Justice met today.",
    "A smarter way to shop — and sell For agents and sellers, Virtual Staging is a new tool.",
    "According to The Times the plan failed.",
    "WASHINGTON – The defendant pleaded guilty.",
    "Key Facts Many residents were moved.",
    "Key Facts\nThe residents were moved.",
    "The Cost of Birth Injuries A child with a birth injury may need care.",  # the openers of round 18
    "What Clients and Caregivers Say “We’ve worked with them for years.”",
    "The Complete NEUROFIT Ecosystem Beyond its Apple Watch integration, NEUROFIT offers an app.",  # round 19
    "Our Life Beyond the Stars is a new film about the crew of a station.",
]


def test_spaced_heading_as_without_fast_path(monkeypatch: pytest.MonkeyPatch) -> None:
    """``_spaced_heading`` gives the same answer with its opener search and without it (a pattern that always hits)."""
    lines = [*SPACED, *ODD, *CORPUS_LINES]
    fast = [paragraphs._spaced_heading(line, 0, len(line)) for line in lines]
    fast += [paragraphs._spaced_heading(line, 1, len(line)) for line in lines]
    monkeypatch.setattr(paragraphs, "_SPACED_OPENER", re.compile(""))
    slow = [paragraphs._spaced_heading(line, 0, len(line)) for line in lines]
    slow += [paragraphs._spaced_heading(line, 1, len(line)) for line in lines]
    assert slow == fast
    assert any(slow)


@pytest.mark.parametrize("cue", noise._SPLIT_CUES)
def test_split_cue_written_out_in_step(cue: str) -> None:
    """``_holds_split_cue`` tests every cue of ``_SPLIT_CUES``, and nothing else."""
    assert noise._holds_split_cue(f"x {cue} y")
    assert not noise._holds_split_cue(f"x {cue[:-1]} y" if len(cue) > 1 else "x y")


def test_split_cue_on_corpus_lines() -> None:
    for line in [*ODD, *CORPUS_LINES]:
        assert any(cue in line for cue in noise._SPLIT_CUES) == noise._holds_split_cue(line), line


def _plain_languages_in(key: str) -> int:
    """``noise._languages_in`` without its first-word fast path."""
    words = key.split()
    count = k = 0
    while k < len(words):
        if " ".join(words[k : k + 2]) in noise.LANGUAGES and k + 1 < len(words):
            k += 2
        elif words[k] in noise.LANGUAGES:
            k += 1
        else:
            return 0
        count += 1
    return count


def test_languages_in_as_without_fast_path() -> None:
    names = sorted(noise.LANGUAGES)
    keys = ["", " ", "english français español", "kreyòl ayisyen english", "en español", "tiếng việt", *names]
    keys += [" ".join(text.split()).casefold() for text in [*ODD, *CORPUS_LINES]]
    for key in keys:
        assert _plain_languages_in(key) == noise._languages_in(key), key


def test_longest_table_agrees_with_the_rules() -> None:
    """A rule never claims a corpus line longer than its ``_LONGEST`` entry: ``_find`` may skip it without a call."""
    from pressparse.blocks import group_lines
    from pressparse.layout import split_lines

    # The unseen releases too: their site menus hold the 41-50 character items ``menu_run`` takes.
    paths = [*sorted(_HERE.glob("corpus/*.txt")), *sorted(_HERE.glob("unseen/*.txt"))]
    texts = [p.read_text(encoding="utf-8") for p in paths]
    texts.append("Police met.\n" + "x" * 3000 + "\n" + "Share  |  Tweet  " * 20 + "\n• " * 50)
    try:
        for source in texts:
            pieces = noise._split(source, group_lines(source, split_lines(source)))
            for rule, most in noise._LONGEST.items():
                for i, piece in enumerate(pieces):
                    if piece.kind == "line" and piece.end - piece.start > most:
                        assert rule(source, pieces, i) is None, (rule.__name__, piece.text(source)[:60])
            noise._CACHE.clear()
            noise._CHROME_CACHE.clear()
    finally:
        noise._CACHE.clear()
        noise._CHROME_CACHE.clear()


LOST = [
    "District of VirginiaThe indictment was filed.",
    "xVirginiaThe court, FloridaThe end",
    "abc DEFghiJkl mno",
    "iPhoneMaker said",
    "’tisThe season",
    "VirginiaThe",
    "aB" * 200,
    "a" * 500 + "Bcd e",
    "Ab" * 300 + "Cde f",
]


def test_lost_stop_scan_finds_every_match() -> None:
    """Searching ``_LOST_STOP`` from ``_lost_stop_scan_start`` finds what a search from the window's start finds."""
    for line in [*LOST, *ODD, *CORPUS_LINES]:
        for start in {0, 1, 2, len(line) // 2}:
            end = len(line)
            plain = [(m.span(), m["next"]) for m in paragraphs._LOST_STOP.finditer(line, start, end)]
            at = paragraphs._lost_stop_scan_start(line, start, end)
            fast = [] if at < 0 else [(m.span(), m["next"]) for m in paragraphs._LOST_STOP.finditer(line, at, end)]
            assert plain == fast, (line[:60], start)
            assert (at >= 0) == (_PLAIN_CAMEL.search(line, start, end) is not None)


def test_stops_mid_sentence_as_on_the_normalised_text() -> None:
    """``_stops_mid_sentence`` reads the last character alone only where ``ends_mid_sentence`` would."""
    from pressparse._block import Piece

    for line in [*ODD, *CORPUS_LINES, "Police met,", "Verdict for", "A – ", " x ", "Six Things Sellers Can Do"]:
        for kind in ("line", "heading", "paragraph"):
            piece = Piece(kind, 0, len(line))
            expected = kind in ("line", "heading") and paragraphs.ends_mid_sentence(" ".join(line.split()))
            assert expected == paragraphs._stops_mid_sentence(line, piece), (kind, line)


class TestPieceEvolve:
    """``Piece.evolve`` passes the fields by position: it gives what ``attrs.evolve`` gives."""

    def test_same_as_attrs_evolve(self) -> None:
        import attrs

        from pressparse._block import Piece
        from pressparse.model import MetaKind, NoiseKind

        piece = Piece("line", 3, 9, 2, 1, 0, 2, "-", 5, MetaKind.TITLE, NoiseKind.BOILERPLATE)
        changes: list[dict[str, object]] = [
            {},
            {"kind": "heading"},
            {"start": 4, "end": 8, "lines": 1},
            {"indent": 0, "blank_before": 0, "blank_after": 3},
            {"marker": None, "marker_end": 3},
            {"meta_kind": None, "noise_kind": NoiseKind.NAVIGATION},
        ]
        for change in changes:
            assert attrs.evolve(piece, **change) == piece.evolve(**change)  # type: ignore[arg-type]

    def test_unknown_field_raises(self) -> None:
        from pressparse._block import Piece

        with pytest.raises(TypeError, match="no field colour"):
            Piece("line", 0, 1).evolve(colour="red")
