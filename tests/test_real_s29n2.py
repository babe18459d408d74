"""Session 29 (n, round 2): noise readings of pinned fuzz findings and the close shapes beside them.

Each case is written failing first, from the pinned finding it names, with a close shape beside it that
keeps its reading (a negative).
"""

from __future__ import annotations

from pressparse import parse
from tests.fuzz_parse import problems
from tests.test_fuzz_regressions import FIXED, OPEN
from tests.test_real_s27s2 import _stable


def _pin(key: str) -> str:
    return (FIXED.get(key) or OPEN[key])[0]


class TestSentenceBetweenCopies:
    """A short line that ends a sentence inside it is no field line between a sentence and its copy."""

    def test_sentence_joined_with_a_share_label(self) -> None:
        """F1130-31: ``… 3.5!`` / ``###Share`` joins as ``… 3.5! ###Share``; the copy two lines on stays."""
        text = _pin("F1130-31")
        _stable(text)
        assert problems(text, render=True) == []

    def test_wrapped_sentence_between_copies_is_read_as_one(self) -> None:
        """A hard-wrapped sentence between a long line and its copy keeps the copy, whether joined or not."""
        long = "Police in twelve countries arrested forty suspects in a joint operation against traffickers"
        text = (
            "Police said on Monday that the operation ran for two weeks in twelve countries of the region.\n"
            f"{long}\nShare\nThe ministry thanked all its partners!\nRead more\n-\n{long}\nEnd."
        )
        doc = parse(text)
        assert [n.kind for n in doc.noise if n.text == long] == []
        assert problems(text, render=True) == []

    def test_field_lines_with_abbreviations_keep_the_copy_a_repeat(self) -> None:
        """Negative: ``Office of Dr. Jane Roe`` between gov.uk's summary and its copy is a field: the copy goes."""
        long = "Minister announces new funding for rural hospitals across the northern region today"
        text = (
            "The minister said on Monday that the plan would reach every county of the region by spring.\n"
            f"{long}\nFrom:\nOffice of Dr. Jane Roe\nPublished\n23 Nov. 2026\n{long}\n"
            "The minister said the money would reach forty hospitals this winter."
        )
        doc = parse(text)
        assert [n.kind for n in doc.noise if n.text == long] == ["repeated_line"]
        assert problems(text, render=True) == []


class TestCapsGluedNoneScan:
    """``glued_none`` tries its glued-``None`` pattern at each ``None`` only: the spans are ``finditer``'s."""

    def test_scan_finds_what_finditer_finds(self) -> None:
        """DOJ advisories' glued stand-ins (xm_doj_r02252's shapes) and words that merely hold ``None``."""
        from pressparse.noise import _CAPS_GLUED_NONE, _caps_glued_none

        for text in (
            "Memorial ServicesNoneNoneDEPARTMENT OF JUSTICE",
            "EDTNone Courtyard",
            "NY 11201NoneNoneBackground",
            "OPEN TO PRINT MEDIA NoneNote:",
            "D.C.NoneNoneNoneNone3:00",
            "UNVEILINGNone9:00 a.m.",
            "Nonetheless, None of them and The NoneSuch brand",
            "NoneNoneNone",
            "xNoneNoneNonex None",
        ):
            for start in (0, 2):
                expected = [m.span() for m in _CAPS_GLUED_NONE.finditer(text, start, len(text))]
                assert _caps_glued_none(text, start, len(text)) == expected, text
