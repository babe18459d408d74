"""Stage 2, noise: mark page furniture and scraper artefacts as noise.

Input: the ``line`` pieces of ``blocks.group_lines``. Output: the same stream
where furniture has become ``noise`` pieces with their ``NoiseKind``.
Invariant (SPEC 1): every non-whitespace character keeps exactly one owner;
pieces only change kind (``line`` -> ``noise``), merge with their neighbours
(a counter split over lines is one piece) or split into contiguous parts (a
``None`` glued after a sentence end).

Strategy, in two ordered tables:

- ``SPLIT_RULES``, ``(kind, rule)``: a rule sees one line and returns the
  spans *inside* it that are noise: a ``None`` a scraper glued after a
  sentence (``the court."None  The defendant``), an invisible character
  opening a line (a BOM). The line is cut around them, so nothing else moves.
- ``NOISE_RULES``, ``(kind, rule)``: a rule looks at the pieces from index
  ``i`` and returns how many ``line`` pieces it claims, or ``None`` for "not
  mine"; the first rule that claims wins. Rules match *whole lines* (anchored
  at both ends, phrase tables in ``_data/noise_phrases.py``), so the same
  words inside a sentence ("officers shared information", "read more than
  300 files", "None of the defendants") are never touched.

Linear time (SPEC 3): whole-line rules skip long lines before any regular
expression runs (``_MAX_FURNITURE``); the per-line key and the index of
repeated lines are computed once per call (``_context``); no pattern nests
unbounded quantifiers, and the quantifiers are possessive. Whitespace noise
(blank-line runs, indentation, NBSP padding) is not found here: it is
whatever whitespace lies between owned spans, computed at assembly.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import attrs

from pressparse._block import Piece
from pressparse._data.noise_phrases import (
    BOILERPLATE_PHRASES,
    BOT_WALL_PHRASES,
    BREADCRUMB_OPENERS,
    NAVIGATION_PHRASES,
    RELATED_OPENERS,
    SHARE_PHRASES,
    TITLE_LABELS,
)
from pressparse.model import NoiseKind

Rule = Callable[[str, tuple[Piece, ...], int], int | None]
SplitRule = Callable[[str, Piece], list[tuple[int, int]]]

# Furniture is short: whole-line rules never look at a line longer than this.
_MAX_FURNITURE = 200
# Punctuation a widget label may carry around it: "Share:", "[TWEET THIS]", "Read more »".
_EDGE_PUNCT = "[](){}<>«»‹›|!.:•·*→-–—"
# Invisible characters: C0/C1 controls (tab and line breaks are whitespace), soft hyphen,
# zero-width space/joiners, directional marks, word joiner, BOM.
_INVISIBLE = re.compile(r"[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]++")


@attrs.frozen
class _Context:
    """Per-call facts shared by the rules, computed once (linear time)."""

    keys: tuple[str | None, ...]
    """Each piece's folded text (case folded, whitespace collapsed), ``None`` when too long or not a line."""
    labels: tuple[str | None, ...]
    """The same without edge punctuation (``[TWEET THIS]`` -> ``tweet this``): what phrase tables match."""
    repeats: dict[int, int]
    """Index of a line that repeats earlier text -> how many lines the repeat spans."""
    first_long: int
    """Index of the first story line (``_STORY_LINE`` characters, or 60 ending a sentence); ``len(pieces)`` if none."""
    last_long: int
    """Index of the last line longer than a related-links teaser; -1 if none."""


_CACHE: list[tuple[tuple[Piece, ...], str, _Context]] = []
# A line this long is story text; a related-links list has none after its heading.
_STORY_LINE = 200
_TEASER_LINE = 400
# Separators between a headline and the site name in a page title: "Title | Site", "Title - Site".
_SITE_SUFFIX = re.compile(r"\s++[|–—-]\s++(?=[^|–—]{1,80}+$)")
# A label before a headline: "FOR IMMEDIATE RELEASE: Title", "NEWS RELEASE -- Title".
_LABEL_PREFIX = re.compile(r"(?P<label>[^:|–—-]{3,30}+)(?::|--|[–—|])\s*+")


_NOT_ALNUM = re.compile(r"[^\w]++")
# A letterhead or page footer separates its parts with bullets or bars, or carries a phone or zip.
_LETTERHEAD = re.compile(r"[•·|\uf0b7▪]|\d{5}|\d{3}[-/.) ]\d{3}")
_SENTENCE_END = frozenset('.!?"”’')


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


def _variants(folded: str) -> set[str]:
    """The headline a page-title line carries, with and without a site suffix and a release label."""
    found = {folded}
    m = _LABEL_PREFIX.match(folded)
    if m and m["label"].strip() in TITLE_LABELS:
        found.add(folded[m.end() :])
    cuts = [(text, _SITE_SUFFIX.search(text)) for text in found]
    found |= {text[: cut.start()] for text, cut in cuts if cut}
    found |= {" ".join(_NOT_ALNUM.sub(" ", v).split()) for v in found}
    return {v for v in found if len(v) >= 20 and any(ch.isalpha() for ch in v)}


_BULLET_START = re.compile(r"[-–—•*·▪◦●■]|\d{1,2}[.)][ \t\u00a0]")


def _context(source: str, pieces: tuple[Piece, ...]) -> _Context:
    """Return the shared facts for this ``pieces`` (a one-slot cache keyed by identity)."""
    if _CACHE:
        cached_pieces, cached_source, ctx = _CACHE[0]
        if cached_pieces is pieces and cached_source is source:
            return ctx
    keys: list[str | None] = []
    seen: dict[str, int] = {}
    repeats: dict[int, int] = {}
    first_long, last_long = len(pieces), -1
    for k, piece in enumerate(pieces):
        if piece.kind != "line":
            keys.append(None)
            continue
        length = piece.end - piece.start
        if length >= 60:
            last_char = source[piece.end - 1]
            if k < first_long and (length >= _STORY_LINE or last_char in _SENTENCE_END):
                first_long = k
            if length > 2 * _TEASER_LINE or (length > _TEASER_LINE and last_char not in "…."):
                last_long = k
        if length > _MAX_FURNITURE * 2:
            keys.append(None)
            continue
        folded = _fold(source[piece.start : piece.end])
        keys.append(folded if len(folded) <= _MAX_FURNITURE else None)
        if len(folded) < 20:
            continue
        variants = _variants(folded)
        if _BULLET_START.match(source, piece.start):
            continue  # list items are the author's, never a template's repeat
        hits = variants & seen.keys()
        if hits:
            first = min(seen[v] for v in hits)
            if first > first_long and folded[-1] not in _SENTENCE_END and _LETTERHEAD.search(folded):
                repeats[k] = repeats[first] = 1  # a running page footer: every copy is furniture
            elif first < first_long or k - first <= 3:
                repeats[k] = 1  # a headline printed again, or a line printed twice in a row
        for v in variants:
            seen.setdefault(v, k)
    # A headline hard-wrapped over two or three short lines repeats a title printed whole before it.
    for k in range(len(pieces)) if seen else ():
        key = keys[k]
        if key is None or k in repeats or len(key) > 120:
            continue
        joined = key
        for n in (2, 3):
            last = k + n - 1
            if last >= len(pieces) or keys[last] is None or last in repeats or pieces[last - 1].blank_after != 0:
                break
            joined = f"{joined} {keys[last]}"
            if seen.get(joined, k) < min(k, first_long) and len(joined) >= 20:
                repeats[k] = n
                break
    strip = _EDGE_PUNCT + " "
    labels = tuple(None if key is None else key.strip(strip) for key in keys)
    ctx = _Context(tuple(keys), labels, repeats, first_long, last_long)
    _CACHE[:] = [(pieces, source, ctx)]
    return ctx


def _key(source: str, pieces: tuple[Piece, ...], i: int) -> str | None:
    """The folded text of line ``i`` without edge punctuation, or ``None`` when it is not a short line."""
    return _context(source, pieces).labels[i] if i < len(pieces) else None


def _phrase_line(name: str, phrases: frozenset[str], doc: str) -> Rule:
    """Make a rule ``name`` that claims one line when, folded, it is one of ``phrases``."""

    def rule(source: str, pieces: tuple[Piece, ...], i: int) -> int | None:
        return 1 if _key(source, pieces, i) in phrases else None

    rule.__name__ = rule.__qualname__ = name
    rule.__doc__ = doc
    return rule


def _pattern_line(name: str, pattern: re.Pattern[str], doc: str, limit: int = _MAX_FURNITURE) -> Rule:
    """Make a rule ``name`` that claims one line when ``pattern`` matches all of it."""

    def rule(source: str, pieces: tuple[Piece, ...], i: int) -> int | None:
        piece = pieces[i]
        if piece.end - piece.start > limit:
            return None
        return 1 if pattern.fullmatch(source, piece.start, piece.end) else None

    rule.__name__ = rule.__qualname__ = name
    rule.__doc__ = doc
    return rule


# --- not_a_release -------------------------------------------------------------------------
# A bot wall ("Pardon Our Interruption", da_012) or an access-denied page is not a release:
# its whole text is one noise piece and the body stays empty. So is an empty page: one short
# title line with no punctuation and then only blank lines (da_008, the template printed the
# headline and an empty body slot). Clean output never ends in a blank line, so a cleaned
# one-line body is never taken for an empty page (SPEC 5).
_NO_PUNCT = re.compile(r"[^\W_][^.!?,;:\"“”()\[\]–—/|@#]{0,98}+")


def not_a_release(source: str, pieces: tuple[Piece, ...], i: int) -> int | None:
    """The whole page, when it is a bot wall or an empty page with a title only."""
    if i != 0:
        return None
    if any(_key(source, pieces, k) in BOT_WALL_PHRASES for k in range(min(3, len(pieces)))):
        return len(pieces)
    piece = pieces[0]
    if (
        len(pieces) == 1
        and piece.blank_after != 0
        and source[piece.end :].count("\n") >= 2
        and 2 <= len(source[piece.start : piece.end].split()) <= 12
        and _NO_PUNCT.fullmatch(source, piece.start, piece.end)
    ):
        return 1
    return None


# --- control_characters --------------------------------------------------------------------
# A line made only of invisible characters (zero-width spaces, soft hyphens, C0 controls).
def control_characters(source: str, pieces: tuple[Piece, ...], i: int) -> int | None:
    """A line of invisible characters only."""
    piece = pieces[i]
    return 1 if _INVISIBLE.fullmatch(source, piece.start, piece.end) else None


# --- breadcrumb_trail ----------------------------------------------------------------------
# On one line: "Home > News > Press Releases", "You are here: Home / News".
_BREADCRUMB_LINE = re.compile(
    r"(?:you\s++are\s++here\s*+:?\s*+)?home\s*+(?:[>/»›|]\s*+[^>/»›|\n]{1,60}+){1,8}+", re.IGNORECASE
)
# Split over lines, as schema.org breadcrumb lists come out of a scraper (da_021):
# "You are here:" / "Home" / "1" / "/" / "News" / "2" / "/".
_SEPARATORS = frozenset({"/", ">", "»", "›", "|", "\\", "→", "::"})


def _crumb_part(source: str, pieces: tuple[Piece, ...], j: int) -> bool:
    """A separator, a position number, or a short label followed by one."""
    if j >= len(pieces) or pieces[j].kind != "line" or pieces[j].end - pieces[j].start > 40:
        return False
    raw = source[pieces[j].start : pieces[j].end]
    if raw in _SEPARATORS or raw.isdigit():
        return True
    nxt = source[pieces[j + 1].start : pieces[j + 1].end] if j + 1 < len(pieces) else ""
    return len(raw.split()) <= 4 and raw[-1] not in ".!?" and nxt in _SEPARATORS | {"1", "2", "3", "4", "5"}


def breadcrumb_trail(source: str, pieces: tuple[Piece, ...], i: int) -> int | None:
    """A breadcrumb trail on one line, or split over lines after ``You are here:`` or ``Home``."""
    piece = pieces[i]
    if piece.end - piece.start <= _MAX_FURNITURE and _BREADCRUMB_LINE.fullmatch(source, piece.start, piece.end):
        return 1
    key = _key(source, pieces, i)
    if key not in BREADCRUMB_OPENERS:
        return None
    j = i + 1
    while _crumb_part(source, pieces, j):
        j += 1
    if key == "home" and j == i + 1:
        return None  # a lone "Home" is a menu word: ``navigation``
    return j - i


# --- slideshow_counter ---------------------------------------------------------------------
# "1 / 3", "1/12", "(2/5)", "Image 2 of 5", "Slide 1 of 3", on one line or split over two or
# three (the INTERPOL template prints "1 /" then "3").
_COUNTER = re.compile(
    r"\(?(?:(?:image|photo|picture|slide|foto)\s++)?(?P<a>\d{1,3})\s*+(?:/|of)\s*+(?P<b>\d{1,3})\)?", re.IGNORECASE
)


# What a counter's first line can be: "1 /", "Image 2", "1/3", "(2", "Photo 3 of 10".
_COUNTER_PREFIX = re.compile(
    r"\(?(?:(?:image|photo|picture|slide|foto)\s++)?\d{1,3}(?:\s*+(?:/|of)(?:\s*+\d{1,3}\)?)?)?", re.IGNORECASE
)


def slideshow_counter(source: str, pieces: tuple[Piece, ...], i: int) -> int | None:
    """A counter on one line (``1 / 3``) or split over two or three (``1 /`` then ``3``)."""
    piece = pieces[i]
    if piece.end - piece.start > 20:
        return None
    if not _COUNTER_PREFIX.fullmatch(source, piece.start, piece.end):
        return None
    parts: list[str] = []
    for k in range(i, min(i + 3, len(pieces))):
        piece = pieces[k]
        if piece.kind != "line" or piece.end - piece.start > 20:
            return None
        parts.append(source[piece.start : piece.end])
        m = _COUNTER.fullmatch(" ".join(parts))
        if m and 1 <= int(m["a"]) <= int(m["b"]):
            return k - i + 1
    return None


# --- share_links ---------------------------------------------------------------------------
# Share buttons and social links, alone or in a run of lines ("facebook" / "youtube" / "x"),
# or a row of them on one line ("Share Tweet Email"). "Email:" with a colon is a contact label.
_SHARE_WORDS = frozenset(p for p in SHARE_PHRASES if " " not in p)


def _share_key(source: str, pieces: tuple[Piece, ...], j: int, in_run: bool) -> bool:
    key = _key(source, pieces, j)
    if key is None:
        return False
    if key in ("email", "e-mail", "print") and source[pieces[j].end - 1] == ":":
        return False
    if key in SHARE_PHRASES or (in_run and key in ("x", "")):
        return True
    words = key.split()
    return len(words) >= 2 and all(w in _SHARE_WORDS or (in_run and w == "x") for w in words)


def share_links(source: str, pieces: tuple[Piece, ...], i: int) -> int | None:
    """Share and social furniture: one line, or a run of such lines."""
    if not _share_key(source, pieces, i, in_run=False):
        return None
    j = i + 1
    while j < len(pieces) and _share_key(source, pieces, j, in_run=True):
        j += 1
    return j - i


# --- copyright_line ------------------------------------------------------------------------
# "© 2024 Acme Inc. All rights reserved.", "Copyright © INTERPOL", "(c) 2019 Europol".
# Not "Copyright infringement cases rose ...": "Copyright" must be followed by ©, (c) or a year.
_COPYRIGHT = re.compile(
    r"(?:©|\(c\)|copyright\s*+(?:©|\(c\)|\d{4}))[^\n]{0,160}+|[^\n]{0,120}?(?<=\s)all\s++rights\s++reserved\.?+",
    re.IGNORECASE,
)


# --- boilerplate patterns ----------------------------------------------------------------
# CMS furniture that carries a variable part: "6 min read", "Tags: GIT fentanyl ...",
# "Categories: News Release", "The post <title> appeared first on citybiz." (WordPress feeds).
_BOILERPLATE = re.compile(
    r"\d{1,3}\s*+min(?:ute)?s?\s++read|(?:tags|categories|category|filed\s++under|posted\s++in)\s*+:[^\n]{0,300}+"
    r"|the\s++post\s++[^\n]{1,300}?\s++appeared\s++first\s++on\s++[^\s][^\n]{0,80}+",
    re.IGNORECASE,
)


# --- related_links -------------------------------------------------------------------------
# "Related Posts", "Latest News", "Recent Posts" after the story opens a list of other pages'
# titles, dates and "Read More" buttons that runs to the end of the page (da_013, da_016,
# da_019). Claimed only after a story line and when no line after it is longer than a teaser,
# so a "Related articles" heading above the story never swallows it.
def related_links(source: str, pieces: tuple[Piece, ...], i: int) -> int | None:
    """A related-links heading after the story, and every line after it."""
    if _key(source, pieces, i) not in RELATED_OPENERS:
        return None
    ctx = _context(source, pieces)
    if ctx.first_long > i or ctx.last_long > i:
        return None
    return len(pieces) - i


# --- image_marker --------------------------------------------------------------------------
# A file-like label or placeholder where an image stood: "2018-153-Photo-1" (INTERPOL),
# "IMG_1234.jpg", "https://.../fraud-FILE-photo.jpg", "[Image: Police chiefs in Lyon]".
# Image dimensions printed under it ("320" / "480", da_021) belong to the marker.
_IMAGE_LABEL = re.compile(
    r"[\w-]{0,60}?(?<![^\W_])(?:photo|image|img|pic|picture|dsc|foto)[-_ ]?\d{1,5}", re.IGNORECASE
)
_IMAGE_BRACKET = re.compile(r"\[(?:image|photo|picture|video|graphic|img)(?:\s*+:[^\]\n]{0,300}+)?\]", re.IGNORECASE)
_IMAGE_EXT = (".jpg", ".jpeg", ".png", ".gif", ".webp", ".tif", ".tiff", ".bmp", ".svg")


def image_marker(source: str, pieces: tuple[Piece, ...], i: int) -> int | None:
    """An image file name, image URL, ``2018-153-Photo-1`` label or ``[Image: ...]`` placeholder."""
    piece = pieces[i]
    if piece.end - piece.start > 600:
        return None
    raw = source[piece.start : piece.end]
    is_file = " " not in raw and "\t" not in raw and raw.lower().endswith(_IMAGE_EXT)
    if not (is_file or _IMAGE_LABEL.fullmatch(raw) or _IMAGE_BRACKET.fullmatch(raw)):
        return None
    j = i + 1
    while j < len(pieces) and j - i <= 2 and pieces[j].kind == "line" and pieces[j].end - pieces[j].start <= 4:
        if not source[pieces[j].start : pieces[j].end].isdigit():
            break
        j += 1
    return j - i


# --- markdown_image, archive_trailer -------------------------------------------------------
# Markdown left in plain text by an archive (the Newsworthyai wire dumps): an image line
# "![Blockchain Registration](https://...qrcode...webp)", and the link block after "---":
# "[Original/Source Press Release](...)", "Pickup - [citybuzz.co](...)", "[Reddit Post](...)".
_MARKDOWN_IMAGE = re.compile(r"!\[[^\]\n]{0,500}+\]\([^)\n]{0,2000}+\)|\[\]\([^)\n]{1,2000}+\)")
_MARKDOWN_LINK_LINE = re.compile(r"[^\[\n]{0,40}+\[[^\]\n]{1,300}+\]\([^)\n]{0,2000}+\)")
_RULE_LINE = re.compile(r"-{3,}+|\*{3,}+|_{3,}+")


def archive_trailer(source: str, pieces: tuple[Piece, ...], i: int) -> int | None:
    """A ``---`` line followed only by markdown link and image lines."""
    piece = pieces[i]
    if piece.end - piece.start > 80 or not _RULE_LINE.fullmatch(source, piece.start, piece.end):
        return None
    j = i + 1
    while j < len(pieces) and pieces[j].kind == "line" and pieces[j].end - pieces[j].start <= 2600:
        start, end = pieces[j].start, pieces[j].end
        if not (_MARKDOWN_LINK_LINE.fullmatch(source, start, end) or _MARKDOWN_IMAGE.fullmatch(source, start, end)):
            break
        j += 1
    return j - i if j > i + 1 else None


# --- scraper_artefact ----------------------------------------------------------------------
# What an empty field or a broken decoder leaves on a line of its own: "None", "NoneNoneNone"
# (doj_010), a lone mojibake remnant "â" or "Â", a "?" or U+FFFD for a lost character, a
# stray markdown code fence "```html" (wire_029).
_ARTEFACT_LINE = re.compile(r"(?:None)++|[âÂ?\ufffd]|`{3,}+[\w+-]{0,20}+|~{3,}+")

# "None" runs glued after a sentence end, in the middle of a line before a new sentence
# (`the court."None  The defendant`) or at its end (`this case. None`, `(IOC-2).NoneNone`).
# "None of the defendants" is kept: a glued "None" must be followed by a capital or the end.
_GLUED_NONE = re.compile(r"(?<=[.!?\"”’)\]])(?:None)++(?=[ \t\u00a0]*+[A-Z“\"‘(]|[ \t\u00a0]*+$)")
_SPACED_NONE = re.compile(r"(?<=[.!?\"”’)\]])[ \t\u00a0]++(?P<none>(?:None)++)$")


def glued_none(source: str, piece: Piece) -> list[tuple[int, int]]:
    """``None`` runs a scraper glued after a sentence end."""
    if "None" not in source[piece.start : piece.end]:
        return []
    spans = [(m.start(), m.end()) for m in _GLUED_NONE.finditer(source, piece.start, piece.end)]
    m = _SPACED_NONE.search(source, max(piece.start, piece.end - 400), piece.end)
    if m and m.start("none") > piece.start:
        spans.append((m.start("none"), m.end("none")))
    return sorted(set(spans))


def edge_invisible(source: str, piece: Piece) -> list[tuple[int, int]]:
    """Invisible characters opening or closing a line with text in it (a BOM, a zero-width space)."""
    spans: list[tuple[int, int]] = []
    m = _INVISIBLE.match(source, piece.start, piece.end)
    if m and m.end() < piece.end:
        spans.append((m.start(), m.end()))
    k = piece.end
    while k > piece.start and _INVISIBLE.match(source, k - 1, k):
        k -= 1
    if piece.start < k < piece.end and (not spans or spans[0][1] <= k):
        spans.append((k, piece.end))
    return spans


# --- markdown_heading ----------------------------------------------------------------------
# The "#" run of a markdown heading ("# Title", wire dumps): the marker is noise, the heading
# text stays for the meta and heading rules. Not an end mark ("###", "# # #").
_MARKDOWN_HEADING = re.compile(r"#{1,6}+(?=[ \t]++[^#\s])")


def markdown_heading(source: str, piece: Piece) -> list[tuple[int, int]]:
    """The ``#`` run that opens a markdown heading line."""
    m = _MARKDOWN_HEADING.match(source, piece.start, piece.end)
    return [(m.start(), m.end())] if m else []


# --- empty markdown links ----------------------------------------------------------------
# Image links whose alt text the archive dropped, opening a line: "[](https://...png) [](https://
# ddsmatchsouth.com) Contact Information:" (wire_020). Nothing in them is readable.
_EMPTY_LINK = re.compile(r"\[\]\([^)\s]{1,2000}+\)")


def empty_links(source: str, piece: Piece) -> list[tuple[int, int]]:
    """Empty markdown links ``[](url)`` at the start of a line with text after them."""
    spans: list[tuple[int, int]] = []
    pos = piece.start
    while (m := _EMPTY_LINK.match(source, pos, piece.end)) is not None:
        spans.append((m.start(), m.end()))
        pos = m.end()
        while pos < piece.end and source[pos] in " \t\u00a0":
            pos += 1
    return spans if pos < piece.end else []


# --- release number ------------------------------------------------------------------------
# US DOJ pages print the release number after the end mark: "assisted.# # #14-1077" (doj_005).
_RELEASE_NUMBER = re.compile(r"(?<=#)[ \t]*+(?P<number>\d{2}-\d{3,4}+)$")


def release_number(source: str, piece: Piece) -> list[tuple[int, int]]:
    """A release number glued after a ``# # #`` end mark at the end of a line."""
    if source[piece.end - 1 : piece.end].isdigit() and "#" in source[max(piece.start, piece.end - 12) : piece.end]:
        m = _RELEASE_NUMBER.search(source, max(piece.start, piece.end - 12), piece.end)
        if m:
            return [(m.start("number"), m.end("number"))]
    return []


# --- AP "On the Net" footer ---------------------------------------------------------------
# AP stories end with a rule and a list of links: "...in the Senate:___On the Net:Veterans
# Affairs Committee: veterans.senate.gov/" (senate_002), glued or on lines of their own.
_ON_THE_NET = re.compile(r"(?P<rule>_{3,}+)?[ \t]*+(?P<net>On\s++the\s++Net\s*+:[^\n]{0,500}+)$")


def on_the_net(source: str, piece: Piece) -> list[tuple[int, int]]:
    """AP's ``___`` rule and ``On the Net:`` link list at the end of a line."""
    if "On the Net" not in source[max(piece.start, piece.end - 600) : piece.end]:
        return []
    floor = max(piece.start, piece.end - 600)
    for m in _ON_THE_NET.finditer(source, floor, piece.end):
        if m["rule"] is None and m.start("net") > piece.start and source[m.start("net") - 1] not in " \t\u00a0":
            continue
        spans = [(m.start("rule"), m.end("rule"))] if m["rule"] else []
        return [*spans, (m.start("net"), m.end("net"))]
    return []


SPLIT_RULES: tuple[tuple[NoiseKind, SplitRule], ...] = (
    (NoiseKind.MARKDOWN_HEADING, markdown_heading),
    (NoiseKind.MARKDOWN_IMAGE, empty_links),
    (NoiseKind.SCRAPER_ARTEFACT, glued_none),
    (NoiseKind.BOILERPLATE, release_number),
    (NoiseKind.BOILERPLATE, on_the_net),
    (NoiseKind.CONTROL_CHARACTERS, edge_invisible),
)
"""Rules that claim part of a line; the line is cut around the spans they return."""


# --- repeated_line -------------------------------------------------------------------------
# The template prints the headline again: in the page title ("Title | Cook County State's
# Attorney"), then under "Press Release", then labelled ("NEWS RELEASE -- Title"), or wrapped
# over lines. The first copy stays (the meta stage takes it as the title); later copies of 20
# characters or more, with or without the site suffix, the label and symbols, are noise when the
# first copy stands before the story (a headline) or at most three lines above (printed twice).
# A line repeated inside the story is kept (a name in a media advisory's WHO: and PHOTO: fields,
# da_014), unless it is a letterhead: no closing stop, bullets, bars or a phone number (da_004's
# PDF page footer "Frank Crowley Courts Building • 133 N. ..."): then every copy goes.
def repeated_line(source: str, pieces: tuple[Piece, ...], i: int) -> int | None:
    """A line (or a headline wrapped over lines) the page printed earlier: later copies are noise."""
    return _context(source, pieces).repeats.get(i)


def scraper_artefact_line(source: str, pieces: tuple[Piece, ...], i: int) -> int | None:
    """``None``, a lone ``â`` or ``?``, a code fence, alone on a line (not a field answer: ``Injuries:`` / ``None``)."""
    piece = pieces[i]
    if piece.end - piece.start > 40 or not _ARTEFACT_LINE.fullmatch(source, piece.start, piece.end):
        return None
    if source[piece.start] == "N" and i > 0 and source[pieces[i - 1].end - 1] == ":":
        return None
    return 1


markdown_image = _pattern_line(
    "markdown_image", _MARKDOWN_IMAGE, "A markdown image ``![alt](url)`` or empty link ``[](url)`` line.", limit=2600
)
navigation = _phrase_line("navigation", NAVIGATION_PHRASES, "A menu word or skip link alone on a line.")
boilerplate_phrase = _phrase_line(
    "boilerplate_phrase", BOILERPLATE_PHRASES, "``Read more``, ``Advertisement``, a cookie or newsletter prompt."
)
boilerplate_pattern = _pattern_line(
    "boilerplate_pattern", _BOILERPLATE, "``6 min read``, ``Tags: ...``, ``The post ... appeared first on ...``.", 400
)
copyright_line = _pattern_line("copyright_line", _COPYRIGHT, "``© 2024 Acme Inc. All rights reserved.`` alone.")


NOISE_RULES: tuple[tuple[NoiseKind, Rule], ...] = (
    (NoiseKind.NOT_A_RELEASE, not_a_release),
    (NoiseKind.CONTROL_CHARACTERS, control_characters),
    (NoiseKind.SCRAPER_ARTEFACT, scraper_artefact_line),
    (NoiseKind.ARCHIVE_TRAILER, archive_trailer),
    (NoiseKind.MARKDOWN_IMAGE, markdown_image),
    (NoiseKind.IMAGE_MARKER, image_marker),
    (NoiseKind.BREADCRUMB_TRAIL, breadcrumb_trail),
    (NoiseKind.SLIDESHOW_COUNTER, slideshow_counter),
    (NoiseKind.SHARE_LINKS, share_links),
    (NoiseKind.NAVIGATION, navigation),
    (NoiseKind.RELATED_LINKS, related_links),
    (NoiseKind.BOILERPLATE, boilerplate_phrase),
    (NoiseKind.BOILERPLATE, boilerplate_pattern),
    (NoiseKind.COPYRIGHT_LINE, copyright_line),
    (NoiseKind.REPEATED_LINE, repeated_line),
)
"""Whole-line rules, in priority order: the first that claims a line wins."""


def _firsts(*tables: frozenset[str]) -> frozenset[str]:
    return frozenset({phrase[0] for table in tables for phrase in table} | set(_EDGE_PUNCT))


# The characters (lower case) a line must open with for a rule to have a chance; rules not
# listed may match any line. A fast path (STYLE rule 16): find_noise skips a rule without a call.
_FIRST_CHARS: dict[Rule, frozenset[str]] = {
    scraper_artefact_line: frozenset("nâ?\ufffd`~"),
    archive_trailer: frozenset("-*_"),
    markdown_image: frozenset("!["),
    share_links: _firsts(SHARE_PHRASES),
    navigation: _firsts(NAVIGATION_PHRASES),
    breadcrumb_trail: _firsts(BREADCRUMB_OPENERS),
    related_links: _firsts(RELATED_OPENERS),
    boilerplate_phrase: _firsts(BOILERPLATE_PHRASES),
}


# Every split rule needs one of these in the line; most lines have none and cost one search.
_SPLIT_TRIGGER = re.compile(_INVISIBLE.pattern + r"|None|#|\[\]|On\s++the\s++Net")


def _strip_part(source: str, part: tuple[int, int, NoiseKind | None]) -> tuple[int, int, NoiseKind | None]:
    """The part without the whitespace at its ends."""
    start, end, kind = part
    while start < end and source[start].isspace():
        start += 1
    while end > start and source[end - 1].isspace():
        end -= 1
    return start, end, kind


def _split(source: str, pieces: tuple[Piece, ...]) -> tuple[Piece, ...]:
    """Cut lines around the spans ``SPLIT_RULES`` find; the parts stay contiguous."""
    out: list[Piece] = []
    trigger = _SPLIT_TRIGGER.search
    for piece in pieces:
        found: list[tuple[int, int, NoiseKind]] = []
        if piece.kind == "line" and trigger(source, piece.start, piece.end):
            for kind, rule in SPLIT_RULES:
                found.extend((s, e, kind) for s, e in rule(source, piece))
        if not found:
            out.append(piece)
            continue
        found.sort()
        parts: list[tuple[int, int, NoiseKind | None]] = []
        cursor = piece.start
        for start, end, found_kind in found:
            if start < cursor:
                continue  # overlapping finds: the first one owns the characters
            parts.append((cursor, start, None))
            parts.append((start, end, found_kind))
            cursor = end
        parts.append((cursor, piece.end, None))
        kept = [_strip_part(source, part) for part in parts]
        kept = [part for part in kept if part[0] < part[1]]
        for k, (s, e, part_kind) in enumerate(kept):
            out.append(
                piece.evolve(
                    kind="line" if part_kind is None else "noise",
                    noise_kind=part_kind,
                    start=s,
                    end=e,
                    indent=piece.indent if k == 0 else 0,
                    blank_before=piece.blank_before if k == 0 else 0,
                    blank_after=piece.blank_after if k == len(kept) - 1 else 0,
                    lines=source.count("\n", s, e) + 1,
                )
            )
    return tuple(out)


# Kinds whose claimed lines are one piece (one string to the reader: "1 / 3", the whole bot wall).
_MERGED = frozenset({NoiseKind.SLIDESHOW_COUNTER, NoiseKind.NOT_A_RELEASE, NoiseKind.REPEATED_LINE})


def _claim(claimed: tuple[Piece, ...], kind: NoiseKind) -> list[Piece]:
    """Make noise of the claimed lines: one piece for ``_MERGED`` kinds, else one a line."""
    first, last = claimed[0], claimed[-1]
    if kind in _MERGED:
        lines = sum(p.lines for p in claimed)
        return [first.evolve(kind="noise", end=last.end, noise_kind=kind, blank_after=last.blank_after, lines=lines)]
    return [p if p.kind == "noise" else _as_noise(p, kind) for p in claimed]


def _as_noise(p: Piece, kind: NoiseKind) -> Piece:
    """``p`` as noise of ``kind`` (the constructor: ``attrs.evolve`` costs twice as much per line)."""
    return Piece("noise", p.start, p.end, p.indent, p.blank_before, p.blank_after, p.lines, noise_kind=kind)


def find_noise(source: str, pieces: tuple[Piece, ...]) -> tuple[Piece, ...]:
    """Turn furniture into ``noise`` pieces: ``SPLIT_RULES`` inside lines, then ``NOISE_RULES`` on whole lines.

    Args:
        source: the exact input.
        pieces: the ``line`` pieces of ``blocks.group_lines``.

    Returns:
        The stream with noise pieces in place; consecutive lines one rule
        claims together (a counter split over lines) are one piece.

    >>> from pressparse.blocks import group_lines
    >>> from pressparse.layout import split_lines
    >>> src = "Police met.\\n1 /\\n3\\nShare\\nThey agreed.None"
    >>> [(p.kind, p.text(src)) for p in find_noise(src, group_lines(src, split_lines(src)))]
    [('line', 'Police met.'), ('noise', '1 /\\n3'), ('noise', 'Share'), ('line', 'They agreed.'), ('noise', 'None')]
    """
    pieces = _split(source, pieces)
    rules = [(kind, rule, _FIRST_CHARS.get(rule)) for kind, rule in NOISE_RULES]
    out: list[Piece] = []
    i = 0
    try:
        while i < len(pieces):
            piece = pieces[i]
            claimed = None
            if piece.kind == "line":
                first = source[piece.start].lower()
                for kind, rule, firsts in rules:
                    if firsts is not None and first not in firsts:
                        continue
                    claimed = rule(source, pieces, i)
                    if claimed:
                        out.extend(_claim(pieces[i : i + claimed], kind))
                        break
            if claimed:
                i += claimed
            else:
                out.append(piece)
                i += 1
    finally:
        _CACHE.clear()  # do not keep the document alive after the call
    return tuple(out)
