"""Render a piece's text from its raw slice: normalisation plus the named repairs.

SPEC invariant 2: a block's ``text`` is its raw slice with whitespace
normalised, plus only the repairs listed in ``REPAIRS`` (and, with an example
each, in ``docs/body.md``), applied in this order:

- ``list_marker``: a list item's text starts after its marker and padding
  (the marker is kept in ``ListItem.marker``);
- ``markdown_heading``: a leading ``#`` run of a markdown heading is dropped
  (``# Title`` -> ``Title``; the space after it may be any inline space, an
  NBSP too, as the ``markdown_heading`` noise rule reads it);
- ``invisible_characters``: zero-width spaces and joiners, word joiners, BOMs
  and soft hyphens are dropped (they are not whitespace to ``str.isspace``,
  so normalisation alone would keep them inside words);
- ``markdown_link``: ``[text](url)`` becomes ``text``; the URL stays inside
  the span, so nothing is lost (an image, ``![alt](url)``, is left alone:
  it is noise, not text). The text may wrap over lines (normalisation makes
  the break a space, and the repair reads the clean text alike); the URL
  holds no whitespace;
- ``hyphen_line_break``: a word hyphenated across a line break is re-joined.
  The hyphen stays when it is a compound hyphen: the first half holds a digit
  or a hyphen (``35-year-\\nold``), either half starts with a capital
  (``INTERPOL-\\nled``), or either half is a known compound element
  (``_data/compounds.py``: ``well-\\nknown``, ``drug-\\nrelated``). Otherwise
  the break is a syllable break from a justified PDF and the hyphen goes
  (``crimi-\\nnal`` -> ``criminal``). The rule needs no dictionary: the
  typesetter never breaks a word at a syllable next to a digit, a capital or
  an existing hyphen, and compounds at line ends use a small set of halves;
- ``lost_character``: a lone ``?``, ``â`` or ``�`` standing for a character the
  scraper lost, between a word and a lower-case word (``Kennedy ? s plan``,
  ``the court â s ruling``; the spaces around it may be runs or a line
  break), is dropped (``Kennedy s plan``), as the rest of a
  punctuation-stripped text reads; a ``?`` before a capital ends a question
  (French puts a space before it) and stays. Alone on a line the character
  is ``scraper_artefact`` noise instead.
"""

from __future__ import annotations

import re

from pressparse._block import Piece
from pressparse._data.compounds import HEADS, TAILS
from pressparse._spans import INVISIBLE, normalise

# The halves around a hyphen at a line break: the word before (letters, digits, inner hyphens) and the word after.
_HYPHEN_BREAK = re.compile(
    r"(?P<head>[\w’'-]{0,40}?[^\W_])-[ \t\u00a0]*+(?:\r\n|[\n\r])[ \t\u00a0]*+(?P<tail>[^\W\d_][\w]{0,40})"
)
# Any inline space (NBSP, "\x1f"), as the noise rule reads it: normalised, it is one space all the same.
_MARKDOWN_HEADING = re.compile(r"#{1,6}+[^\S\n\r\v\f\x1c-\x1e\x85\u2028\u2029]++(?=[^#\s])")
# "[text](url)": bounded link text without brackets, a URL without spaces or parentheses. The text may be
# wrapped over lines: the rendering makes the break a space, and the repair must read both alike (SPEC 5).
_MARKDOWN_LINK = re.compile(r"(?<!!)\[(?P<text>[^\[\]]{0,300})\]\((?P<url>[^()\s]{1,2000})\)")
_INVISIBLE = re.compile(f"[{INVISIBLE}]++")
_INVISIBLE_CHAR = re.compile(f"[{INVISIBLE}]")  # a single class scans faster: the test before the repair
# What every ``_HYPHEN_BREAK`` match holds: a fast path (STYLE rule 16), since that pattern's lazy head
# is tried at every word character, and most multi-line blocks with a hyphen have no hyphenated break.
_HYPHEN_AT_BREAK = re.compile(r"-[ \t\u00a0]*+[\n\r]")

# A lone character standing for a lost one between a word and a lower-case word: "Kennedy ? s plan". The
# spaces around it may be runs or a line break ("Kennedy ?  s"): normalised to one space, the clean text
# must read the same (SPEC 5). The run is possessive and starts only after a letter: linear. The pattern opens
# with the run's first space and looks back for the letter from there: a pattern that opens with a character
# class is scanned for that class in C, one that opens with a lookbehind is tried at every position.
_LOST_CHARACTER = re.compile(r"\s(?<=[^\W\d_]\s)\s*+[?â\ufffd](?=\s++[a-z])")

REPAIRS = (
    "list_marker",
    "markdown_heading",
    "invisible_characters",
    "markdown_link",
    "hyphen_line_break",
    "lost_character",
)
"""The named repairs, in the order ``render_slice`` applies them."""


def _hyphen(m: re.Match[str]) -> str:
    """Join a hyphenated line break: keep a compound hyphen, drop a syllable one."""
    head, tail = m.group("head"), m.group("tail")
    first = head.rsplit("-", 1)[-1]
    compound = (
        "-" in head
        or any(ch.isdigit() for ch in head)
        or first[:1].isupper()
        or tail[:1].isupper()
        or first.lower() in HEADS
        or tail.lower() in TAILS
    )
    return f"{head}-{tail}" if compound else f"{head}{tail}"


def join_hyphen_breaks(raw: str) -> str:
    """Join the words hyphenated over a line break in ``raw`` as the rendering does (``hyphen_line_break``).

    A word the rendering joins must read joined where a stage judges it on the raw text too: ``8-\\ns.`` is
    ``8-s.`` in the clean text, not a lone initial ``s.`` (fuzz F1125-36, SPEC 5).

    >>> join_hyphen_breaks("the 8-\\ns.Te crimi-\\nnal")
    'the 8-s.Te criminal'
    """
    if "-" in raw and ("\n" in raw or "\r" in raw) and _HYPHEN_AT_BREAK.search(raw):
        return _HYPHEN_BREAK.sub(_hyphen, raw)
    return raw


def render_slice(raw: str, kind: str) -> str:
    """Apply the repairs for a piece of ``kind`` to its raw slice, then normalise.

    >>> render_slice("# Police met", "meta")
    'Police met'
    >>> render_slice("the crimi-\\nnal case of a 35-year-\\nold man", "paragraph")
    'the criminal case of a 35-year-old man'
    >>> render_slice("Read [the report](https://example.org/r) now.", "paragraph")
    'Read the report now.'
    >>> render_slice("Kennedy ? s plan", "paragraph"), render_slice("Vraiment ? Oui.", "paragraph")
    ('Kennedy s plan', 'Vraiment ? Oui.')
    """
    if kind in ("meta", "heading"):
        m = _MARKDOWN_HEADING.match(raw)
        if m:
            raw = raw[m.end() :]
    if not raw.isascii() and _INVISIBLE_CHAR.search(raw):
        raw = _INVISIBLE.sub("", raw)
    # A word hyphenated over a line break is joined before a link is read as its text: a link whose address or
    # text the break split (``[o](s-\rl)``) is a link once joined, and read so at once, not only when the clean
    # text is parsed again (fuzz F1130-6, SPEC 5).
    raw = join_hyphen_breaks(raw)
    if "](" in raw:
        raw = _MARKDOWN_LINK.sub(lambda m: m.group("text"), raw)
    if ("?" in raw or "â" in raw or "\ufffd" in raw) and _LOST_CHARACTER.search(raw):
        raw = _LOST_CHARACTER.sub(" ", raw)
    return normalise(raw)


def render_text(source: str, piece: Piece) -> str:
    """Return the text of ``piece``: its slice (after a list marker), repaired and normalised.

    >>> from pressparse._block import Piece
    >>> render_text("a 35-year-\\nold man", Piece("paragraph", 0, 19))
    'a 35-year-old man'
    """
    start = piece.marker_end if piece.kind == "list_item" and piece.marker_end > piece.start else piece.start
    return render_slice(source[start : piece.end], piece.kind)
