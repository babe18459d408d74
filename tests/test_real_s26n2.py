"""Noise, session 26 (helper n2): furniture the first parse reads as the rendering does (SPEC 5).

Each test holds a pinned fuzz finding's shape (tests/test_fuzz_regressions.py) with a close shape that must keep
its reading beside it. The rendering must read as the raw text: ``parse(doc.text)`` gives the same body.
"""

from __future__ import annotations

from pressparse import parse
from tests.test_real_s26n import _noise, _stable


def _body(text: str) -> list[tuple[str, str]]:
    return [(block.kind, block.text) for block in parse(text).body]


# --- a page marker padded with a run of spaces (F1127-18) ----------------------------------------------------
# pdftotext -layout centres a PDF page's number between dashes and pads it: "-  2  -" (county prosecutors' and US
# Attorneys' PDFs). The rendering makes the run one space, where "- 2 -" was a page marker already.
def test_page_marker_padded_with_spaces_is_noise() -> None:
    """Two or three spaces about the number: the same page marker as with one."""
    text = "The defendant pleaded guilty.\n-   2   -\nSentencing is set for June."
    assert ("boilerplate", "-   2   -") in _noise(text)
    assert _stable(text)
    assert _stable(".\n\u2013  9\u2014\u0085\u00c9")


def test_list_item_with_a_dash_inside_stays() -> None:
    """A list item that goes on past a second dash ("- 9 - 3") is no page marker."""
    text = "The counts were:\n-  9 - 3 in favour\n-  2 - 1 against"
    assert ("list_item", "9 - 3 in favour") in _body(text)
    assert _stable(text)


# --- a breadcrumb trail with a soft hyphen in a crumb (F1126-1) ----------------------------------------------
# A scraped justice.gov trail ("U.S. Attorneys » District of New Jersey » News") can carry a soft hyphen from
# the page's hyphenation hints; the rendering drops it and reads the trail, so the raw line is read without it.
def test_breadcrumb_chain_with_a_soft_hyphen_is_noise() -> None:
    """The soft hyphen before the separator does not hide the trail."""
    text = "Police met.\nU.S. Attorneys\u00ad \u00bb District of New Jersey \u00bb News\nThe court ruled."
    assert ("breadcrumb_trail", "U.S. Attorneys\u00ad \u00bb District of New Jersey \u00bb News") in _noise(text)
    assert _stable(text)
    assert _stable(".\nA .\u00ad\u00bb A -\nr r o-\u00a0 O")


def test_sentence_with_a_guillemet_over_two_lines_stays() -> None:
    """A sentence with one "»" hard-wrapped over two lines is a paragraph: it ends a sentence, no trail."""
    text = "Sales rose in the first\u00ad quarter \u00bb as the firm\nexpanded. It said so."
    assert [kind for kind, _ in _body(text)] == ["paragraph"]
    assert _stable(text)
