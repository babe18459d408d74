"""Advance widths of Helvetica (Arial has the same), in thousandths of an em, for measuring PDF text.

PDF text is wrapped by the width of its glyphs, not by its number of
characters: in a proportional font a line of 82 characters and one of 106
can fill the same width (da_006). ``text_width`` measures a line as the PDF
set it, well enough to tell a line that ended early (a paragraph end) from
one the next word did not fit on. Source: the Adobe Core 14 AFM metrics of
Helvetica, printable ASCII; other characters take a typical width.
"""

from __future__ import annotations

__all__ = ["text_width"]

# Printable ASCII, " " (32) to "~" (126), in order.
_ASCII = (
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,  # space to /
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,  # 0 to ?
    1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,  # @ to O
    667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,  # P to _
    333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,  # ` to o
    556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,  # p to ~
)  # fmt: skip
_OTHER = {"\u00a0": 278, "‘": 222, "’": 222, "“": 333, "”": 333, "–": 556, "—": 1000, "•": 350, "…": 1000}
_WIDTHS = {chr(32 + k): width for k, width in enumerate(_ASCII)} | _OTHER
_TYPICAL = 556  # an accented or other letter: about an average lower-case letter


def text_width(text: str) -> int:
    """Width of ``text`` set in Helvetica, in thousandths of an em.

    >>> text_width("Il") < text_width("MW")
    True
    """
    get = _WIDTHS.get
    return sum(get(char, _TYPICAL) for char in text)
