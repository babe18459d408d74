"""Noise, session 28 (helper n, round 2): copies counted as the rendering shows them (SPEC 5).

Each test holds a pinned fuzz finding's shape (tests/test_fuzz_regressions.py) written as the real page writes
it, with a close shape that must keep its reading beside it. The rendering must read as the raw text:
``parse(doc.text)`` gives the same body.
"""

from __future__ import annotations

from pressparse import parse
from tests.test_real_s26n import _noise, _stable


def _body(text: str) -> list[tuple[str, str]]:
    return [(block.kind, block.text) for block in parse(text).body]


# --- a copy under a photo's caption, its spaces lost (F1129-38) -------------------------------------------------
# INTERPOL's news pages print the story's opening line again under the photo (its caption an indented line the
# rendering leaves out), and the scraper loses the spaces around the NBSP dash in one print ("Netherlands – Police"
# / "NetherlandsPolice"). ``repeated_line`` compares copies with the spaces left out; counted without the caption,
# the copy stands three blocks under its first print, where a re-parse of the rendering takes it.
_OPENING = "Police in 12 countries arrested 30 suspects in an INTERPOL-led operation against firearms trafficking!"
_FIRST_PRINT = f"LYON, France\u00a0\u2013 {_OPENING}"
_LOST_SPACES = f"LYON, France{_OPENING}"


def test_copy_under_a_caption_with_its_spaces_lost_is_a_repeat() -> None:
    """The copy three blocks under its first print, a caption between, is a repeat though its spaces differ."""
    text = f"{_FIRST_PRINT}\n\n    Photo: the seized weapons.\n\n3\nORIM\n{_LOST_SPACES}\n"
    assert ("repeated_line", _LOST_SPACES) in _noise(text)
    assert _stable(text)


# Four blocks under its first print in the rendering too, the copy is the story's line again: it stays.
def test_copy_four_blocks_under_a_caption_stays() -> None:
    """With four shown blocks between, the copy keeps its reading, caption or not."""
    text = f"{_FIRST_PRINT}\n\n    Photo: the seized weapons.\n\n3\nORIM\nWeapons seized.\n{_LOST_SPACES}\n"
    assert "repeated_line" not in {kind for kind, _ in _noise(text)}
    assert _stable(text)


# --- a line opening a list under its copy with the colon lost (F1129-49) ----------------------------------------
# INTERPOL's pages glue a list's first bullet to the line that opens it ("… in areas including:-\u00a0training"),
# and a scraped page may print the line above once more with the colon and the bullet lost ("… including-"). The
# paragraph stage cuts the glued bullet off, and the rendering shows "… including:" alone on its line under its
# copy: a line that opens a list is the author's, never a copy nor a running page footer (the years "2019 2020"
# read as a footer's phone digits), in the raw text and in the rendering alike.
_OPENER = "Officers met in Lyon for Operation Trigger 2019 2020, agreeing on cooperation in areas including"
_STORY = "LYON, France - Police seized 300 firearms and arrested 40 suspects in the operation!\n\n"


def test_list_opener_under_its_copy_stays() -> None:
    """Both prints of the opener stay in the body, over the glued bullet's item, in the rendering too."""
    text = f"{_STORY}{_OPENER}-\n\n{_OPENER}:-\u00a0training\n"
    assert ("paragraph", f"{_OPENER}:") in _body(text)
    assert ("paragraph", f"{_OPENER}-") in _body(text)
    assert ("list_item", "training") == _body(text)[-1]
    assert _stable(text)


# The same line printed twice with no colon is a running page footer (a year pair reads as a phone's digits):
# every copy goes, as before.
def test_line_printed_twice_without_a_colon_is_a_repeat() -> None:
    """Without the colon, the second print is a repeat of the first."""
    text = f"{_STORY}{_OPENER}-\n\n{_OPENER}-\n"
    assert ("repeated_line", f"{_OPENER}-") in _noise(text)
    assert _stable(text)


# --- the page title under a scraper's lone "*" (F1130-8) ---------------------------------------------------------
# Cook County's State's Attorney pages (CCSAO) print the page title "<headline> | <site>" over the headline again;
# a scraper may leave a lone "*" (a menu icon) over both, and the title may open with a dash. The "*" is a scraper
# artefact the rendering drops: a line of no word is no page title, so the title is the line under it, and its copy
# under it is a repeat, as the rendering reads it.
_HEADLINE = "CCSAO Regional Transit Task Force Holds Inaugural Meeting"
_TITLE = f"\u2013 {_HEADLINE} | Cook County State's Attorney"
_CCSAO_STORY = (
    "CHICAGO - The Cook County State's Attorney's Office met with transit partners to strengthen the prosecution "
    "of transit-related crime.\n"
)


def test_headline_copy_under_a_title_under_a_lone_star_is_a_repeat() -> None:
    """The headline under the page title is its copy, though a lone ``*`` opens the page."""
    text = f"*\n{_TITLE}\n{_HEADLINE}\n{_CCSAO_STORY}"
    assert ("repeated_line", _HEADLINE) in _noise(text)
    assert _stable(text)


# A deck under the title that is no copy of it keeps its reading.
def test_deck_under_a_title_under_a_lone_star_stays() -> None:
    """A line of other words under the title stays in the body."""
    text = f"*\n{_TITLE}\nTransit partners join the task force\n{_CCSAO_STORY}"
    assert ("heading", "Transit partners join the task force") in _body(text)
    assert _stable(text)
