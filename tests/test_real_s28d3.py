"""Datelines, session 28 (helper d, round 3): a place line under a date line, after the story's prose.

Each test copies its excerpt from a pinned fuzz finding (tests/test_fuzz_regressions.py) or the release shape it
stands for; a close shape that must keep its reading stands beside it.
"""

from __future__ import annotations

from pressparse import parse
from tests.test_real_s26n import _stable

# Fuzz F1130-7: a long paragraph of prose (two sentence ends: the story has started without a dateline), then the
# date and the place in capitals on one line. The first reading takes the place after the date, as it does in a
# flattened header ("… funding  March 6, 2007  WASHINGTON --"); the rendering sets the date and the place line apart,
# where the place line under the date line must open the story too (SPEC 5).
_F1130_7 = (
    "9 arrested crime No. officers Dr. seized U.S. crime arrested well-known across e.g. meeting! \u201cInterpol.int/"
    "News seized INTERPOL-led suspects officers cooperation e.g. suspects international U.S. across,\u201d said "
    "Secretary Genesaid Secretary General Stoc\n7 December 2018 NEWYORK\u2014\u201c. "
)

# The shape real releases print: a summary paragraph of prose over the date line, the place line under it (Interpol's
# and the UN's news pages: "7 December 2018" alone on its line, then "LYON, France –" or "NEW YORK —").
_SUMMARY = (
    "Police seized goods worth millions. Officers met in Lyon to agree on the next steps of the joint operation, "
    "which ran for six months across nine countries and led to many arrests. The organisation said so in a "
    "statement issued after the meeting of its member countries this week"
)


def test_pin_f1130_7_reads_the_place_after_the_date_in_both_readings() -> None:
    """``7 December 2018 NEWYORK—`` after prose: the rendering's ``NEWYORK— “.`` under its date line reads it too."""
    doc = parse(_F1130_7)
    assert doc.dateline is not None
    assert doc.dateline.text == "NEWYORK\u2014"
    again = parse(doc.text)
    assert again.dateline is not None
    assert again.dateline.text == "NEWYORK\u2014"
    assert _stable(_F1130_7)


def test_place_line_under_a_date_line_after_a_summary_opens_the_story() -> None:
    """A summary's prose, ``7 December 2018`` alone, ``NEW YORK — Police met.``: the place opens the story."""
    for gap in ("\n", "\n\n"):
        text = f"{_SUMMARY}{gap}7 December 2018{gap}NEW YORK \u2014 Police met the press."
        doc = parse(text)
        assert doc.dateline is not None, gap
        assert (doc.dateline.text, doc.dateline.city) == ("NEW YORK \u2014", "NEW YORK")
        assert doc.paragraphs[-1].text == "Police met the press."
        assert _stable(text)


def test_capitals_under_a_date_line_that_name_no_place_stay_the_story() -> None:
    """``NEW RULES — …`` under the date line names no known place: no dateline, on one line or two."""
    for gap in ("\n", " "):
        text = f"{_SUMMARY}\n7 December 2018{gap}NEW RULES \u2014 Police met the press."
        doc = parse(text)
        assert doc.dateline is None, gap
        assert _stable(text)


def test_place_line_under_a_date_in_a_sentence_stays_the_story() -> None:
    """A date that closes a sentence's line (``… on 7 December 2018``) is no date line: the place under it stays."""
    text = f"{_SUMMARY}, the meeting held on 7 December 2018\nNEW YORK \u2014 Police met the press."
    doc = parse(text)
    assert doc.dateline is None
    assert _stable(text)


# The same shape with a run of two spaces between the date and the place (a lost tab; the punctuation-stripped
# Senate pages print "November 1  2007  WASHINGTON"): the rendering makes the run one space, where a known place in
# capitals after the date opens the story, so it does in the first reading too (SPEC 5), for a place of two words
# ("NEW YORK") and after a date in figures ("2018-12-07") as after one space.
def test_place_two_spaces_after_a_date_reads_as_after_one() -> None:
    """``7 December 2018  NEW YORK — …`` and ``2018-12-07  NEW YORK — …`` after prose read the place."""
    for date in ("7 December 2018", "2018-12-07"):
        text = f"{_SUMMARY}\n{date}  NEW YORK \u2014 Police met the press."
        doc = parse(text)
        assert doc.dateline is not None, date
        assert doc.dateline.text == "NEW YORK \u2014"
        assert _stable(text)


def test_place_a_tab_or_a_run_after_a_date_reads_as_after_one_space() -> None:
    """A tab, a no-break space, three spaces or two tabs between the date and the place: one space once rendered."""
    for gap in ("\t", "\u00a0", "   ", "\t\t"):
        text = f"{_SUMMARY}\n7 December 2018{gap}WASHINGTON - Police met the press."
        doc = parse(text)
        assert doc.dateline is not None, repr(gap)
        assert doc.dateline.text == "WASHINGTON -"
        assert _stable(text)
    for gap in ("\t", "\u00a0", "   "):
        text = f"{_SUMMARY}\n7 December 2018{gap}NEW YORK \u2014 Police met the press."
        doc = parse(text)
        assert doc.dateline is not None, repr(gap)
        assert doc.dateline.text == "NEW YORK \u2014"
        assert _stable(text)


def test_capitals_two_spaces_after_a_number_stay_the_story() -> None:
    """``… Room 204  NEW YORK — …``: no date before the run, so no dateline there, as after one space."""
    for gap in (" ", "  ", "\t"):
        text = f"{_SUMMARY}\nRoom 204{gap}NEW YORK \u2014 Police met the press."
        doc = parse(text)
        assert doc.dateline is None, gap
        assert _stable(text)
