"""Datelines, session 28 (helper d, round 4): a place line under a date line, with furniture under it.

Each test copies its excerpt from a pinned fuzz finding (tests/test_fuzz_regressions.py) or the release shape it
stands for; a close shape that must keep its reading stands beside it.
"""

from __future__ import annotations

from pressparse import parse
from tests.test_real_s26n import _stable
from tests.test_real_s28d3 import _SUMMARY

# Fuzz F1130-20: prose, the date alone on its line, the place line, a slideshow counter, then the story. The
# rendering drops the counter and joins the place line to the story ("RE,France— “"), where the place under the
# date line opens the story (``dateline._under_date_line``); the first reading must read the story past the counter
# too, as the first pass does (``_later``), or a dateline appears on the second clean (SPEC 5).
_F1130_20 = (
    "(YON, Netherlands \u2014 \u201cU.S. suspects trafficking meeting interpol.int/News No. cooperation seized e.g. "
    "Dr. INTERPOL-led meeting,\u201d said J\u00fcrgen Stock. 2019 meeting (ELN) databases INTERPOL-led suspFirearms "
    "arrested Dr. network suspects police police Dr..\n7 December 2018\nRE,France\u2014\n1/3\n\u201c"
)


def test_pin_f1130_20_reads_the_place_past_the_counter_in_both_readings() -> None:
    """``7 December 2018`` / ``RE,France—`` / ``1/3`` / ``“``: the place line opens the story in both readings."""
    doc = parse(_F1130_20)
    assert doc.dateline is not None
    assert doc.dateline.text == "RE,France\u2014"
    again = parse(doc.text)
    assert again.dateline is not None
    assert again.dateline.text == "RE,France\u2014"
    assert _stable(_F1130_20)


def test_place_line_under_a_date_line_reads_its_story_past_a_slideshow_counter() -> None:
    """Interpol's news pages print a photo counter (``1/3``) between the place line and the story: it is skipped."""
    text = f"{_SUMMARY}\n7 December 2018\nLYON, France \u2014\n1/3\nPolice met the press in Lyon."
    doc = parse(text)
    assert doc.dateline is not None
    assert (doc.dateline.text, doc.dateline.city) == ("LYON, France \u2014", "LYON")
    assert doc.paragraphs[-1].text == "Police met the press in Lyon."
    assert _stable(text)


def test_capitals_under_a_date_line_over_a_counter_that_name_no_place_stay_the_story() -> None:
    """``NEW RULES —`` / ``1/3`` under the date line names no known place: no dateline, before or after rendering."""
    text = f"{_SUMMARY}\n7 December 2018\nNEW RULES \u2014\n1/3\nPolice met the press in Lyon."
    doc = parse(text)
    assert doc.dateline is None
    assert _stable(text)
