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
unbounded quantifiers, and the quantifiers are possessive. Fast paths
(STYLE rule 16): a line meets only the rules its first character and its
length allow (``_FIRST_CHARS``, ``_LONGEST``), and a line is searched for
split rules only when it holds one of their trigger strings. Whitespace noise
(blank-line runs, indentation, NBSP padding) is not found here: it is
whatever whitespace lies between owned spans, computed at assembly.

Repeats are counted in the lines the rendering shows (SPEC 5): an end mark meta will take does not
count between two copies (``_context``), and the copies a photo's caption stood between are found
once the captions are, by ``hidden_repeats``, which ``blocks.classify_blocks`` calls.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Container

import attrs

from pressparse._block import Piece
from pressparse._data.meta_phrases import CONTACT_LABELS, RELEASE_NOTES
from pressparse._data.months import MONTHS
from pressparse._data.noise_phrases import (
    ARCHIVE_LINK_LABELS,
    BOILERPLATE_PHRASES,
    BOT_WALL_PHRASES,
    BREADCRUMB_OPENERS,
    DOCUMENT_NOUNS,
    LANGUAGE_NAMES,
    MENU_PHRASES,
    NAVIGATION_PHRASES,
    RELATED_OPENERS,
    SHARE_PHRASES,
    SPACED_CHROME,
    SPACED_HEADER_CHROME,
    TITLE_LABELS,
)
from pressparse._data.places import place_key, us_regions
from pressparse._data.words import GLUE_OPENERS, SENTENCE_OPENERS
from pressparse._render import _MARKDOWN_LINK, render_slice
from pressparse._spans import CONTROLS
from pressparse.dateline import match_dateline
from pressparse.meta import (
    _DISCLAIMER_CUES,
    _GLUED_CONTACT_CUES,
    _LEGAL_CUES,
    _RELEASE_NOTE,
    PAGE_HEAD,
    SECTION_LABELS_PASSED,
    _glued_section,
    about_heading,
    contact_label,
    headline_under_labels,
    is_section_label,
    note_head_end,
    note_lead_end,
    without_end_mark,
)
from pressparse.model import NoiseKind
from pressparse.paragraphs import (
    _FIRST_LOWER_WORD,
    _LAST_LOWER_WORD,
    _PARAGRAPH_LINE,
    is_end_mark,
    is_glued_break,
    superscript_line,
)

Rule = Callable[[str, tuple[Piece, ...], int], int | None]
SplitRule = Callable[[str, Piece], list[tuple[int, int]]]

# Furniture is short: whole-line rules never look at a line longer than this.
_MAX_FURNITURE = 200
# Punctuation a widget label may carry around it: "Share:", "[TWEET THIS]", "Read more »".
_EDGE_PUNCT = "[](){}<>«»‹›|!.:•·*→-–—"
# Invisible characters: C0/C1 controls (tab and line breaks are whitespace), soft hyphen,
# zero-width space/joiners, directional marks, word joiner, BOM.
_INVISIBLE_CHAR = re.compile(f"[{CONTROLS}]")
_INVISIBLE = re.compile(_INVISIBLE_CHAR.pattern + "++")
# A run of invisible characters and the inline spaces between them ("\x82 \x8c"): the rendering strips
# the spaces at a block's edge, so what a second clean would find at the edge is taken the first time.
# Any whitespace counts (NBSP, "\x1f"): a piece holds no line break, and the rendering strips them all alike.
_INVISIBLE_RUN = re.compile(rf"{_INVISIBLE_CHAR.pattern}(?:{_INVISIBLE_CHAR.pattern}|\s)*+")


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
    first_sentence: int
    """On a page of short lines only (none of 60 characters): the first line ending a sentence; else ``len(pieces)``."""
    first_stop: int
    """The first line ending a sentence, on any page; ``len(pieces)`` if none."""
    first_wide: int
    """The first line of 60 characters (a block of 60 in the rendering, no contact line); ``len(pieces)`` if none."""
    first_prose: int
    """The first line of 60 characters holding a sentence's stop anywhere, or of ``_STORY_LINE``; ``len(pieces)``."""
    counters: dict[int, int] = attrs.field(factory=dict)
    """Index of a line ``slideshow_counter`` was asked about while these facts were built -> its answer (0: none)."""
    noted: dict[int, tuple[int, int]] = attrs.field(factory=dict)
    """Index of a line opened by a release note whose head or rest repeats a line above -> the copy's span."""


_CACHE: list[tuple[tuple[Piece, ...], str, _Context]] = []
# A line this long is story text; a related-links list has none after its heading.
_STORY_LINE = 200
_TEASER_LINE = 400
# Separators between a headline and the site name in a page title: "Title | Site", "Title - Site".
_SITE_SUFFIX = re.compile(r"\s++[|–—-]\s++(?=[^|–—]{1,80}+$)")
# A label before a headline: "FOR IMMEDIATE RELEASE: Title", "NEWS RELEASE -- Title".
_LABEL_PREFIX = re.compile(r"(?P<label>[^:|–—-]{3,30}+)(?::|--|[–—|])\s*+")


# A word: the variants without symbols are the words joined by single spaces (what replacing every
# non-word run by a space and collapsing the spaces gives, in one pass: no word character is a space).
_WORD_RUN = re.compile(r"\w++")
# A letterhead or page footer separates its parts with bullets or bars, or carries a phone or zip.
_LETTERHEAD = re.compile(r"[•·|\uf0b7▪]|\d{5}|\d{3}[-/.) ]\d{3}")
_SENTENCE_END = frozenset('.!?"”’')
# A sentence's stop inside a line, a space after it: a join of the paragraph stage may carry it into a block.
_INNER_STOP = re.compile(r"[.!?][\"”’)]?+\s")


# An ASCII text's words in one table pass: a word character (``\w`` on ASCII: letters, digits, ``_``) stays, every
# other byte becomes a space; the spaces then split the words (``_words``).
_ASCII_WORD_BYTES = bytes(c if c < 128 and (chr(c).isalnum() or chr(c) == "_") else 32 for c in range(256))


# The marks most non-ASCII lines hold, none a word character (``\W``): "’", "“", "”", "–", "—", "‘", "…", "•".
_PROSE_MARKS = "\u2019\u201c\u201d\u2013\u2014\u2018\u2026\u2022"


def _words(text: str) -> str:
    """``text``'s words (``_WORD_RUN``'s runs) joined by single spaces: what copies are compared by.

    An ASCII text (most lines) takes a byte-table pass, about three times faster than the regex that builds a
    string per word; any other text the regex (``tests/test_speed_s23.py``), once the prose marks in it are set as
    spaces (``_PROSE_MARKS``), which leaves most texts ASCII.

    >>> _words("Acme, Inc. -- opens_a plant (2026)!"), _words("Zürich: la ville")
    ('Acme Inc opens_a plant 2026', 'Zürich la ville')
    """
    if not text.isascii():
        # The quotation marks and dashes of prose are no word's characters: set as spaces, most lines are ASCII.
        for mark in _PROSE_MARKS:
            text = text.replace(mark, " ")
    if text.isascii():
        return " ".join(text.encode("ascii").translate(_ASCII_WORD_BYTES).decode("ascii").split())
    return " ".join(_WORD_RUN.findall(text))


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


def _site_suffix(folded: str) -> re.Match[str] | None:
    """``_SITE_SUFFIX`` in a ``_fold``-ed text, searched from its first separator set between spaces only.

    In folded text a space is the only whitespace, so a site suffix opens on a space, a separator and a space: where
    none stands (most lines) no regex runs, and else it runs from the spaces before the first (a regex search tries
    every character of a line before it: a fifth of ``_variants``' time).
    """
    first = min(
        (i for i in (folded.find(" - "), folded.find(" – "), folded.find(" — "), folded.find(" | ")) if i >= 0),
        default=-1,
    )
    return _SITE_SUFFIX.search(folded, len(folded[:first].rstrip())) if first >= 0 else None


def _has_separator(text: str) -> bool:
    """Whether ``text`` holds one of the separators ``_SITE_SUFFIX`` needs."""
    return "-" in text or "|" in text or "–" in text or "—" in text


def _variants(folded: str, *, site: bool = True) -> set[str]:
    """The copy keys (``_compact``) of the headline a line carries, with and without a site suffix and a label.

    A site suffix is cut unless not ``site``. A label needs a colon or a separator after it, a site suffix a
    separator: a line of neither (most lines) is not searched for them. Each text is kept with and without its
    symbols (``_words``); one under 20 characters, or of no letter, is no key.
    """
    found = [folded]
    separated = _has_separator(folded)
    m = _LABEL_PREFIX.match(folded) if separated or ":" in folded else None
    if m and (m["label"].strip() in TITLE_LABELS or _DATED_LABEL.fullmatch(m["label"].strip())):
        found.append(folded[m.end() :])  # "NEWS RELEASE -- Title"; "June 3, 2026: Title" (Los Angeles DA)
    for text in found[:] if site and separated else ():
        cut = _site_suffix(text)
        if cut:
            found.append(text[: cut.start()])
    found += [_words(v) for v in found]
    return {v.replace(" ", "") for v in found if len(v) >= 20 and (v[0].isalpha() or any(ch.isalpha() for ch in v))}


def _compact(text: str) -> str:
    """``text`` with its spaces left out: copies are compared so ("FAKE13" for "FAKE 13", xa_da_orange_2)."""
    return text.replace(" ", "")


# A page title's headline (its site suffix cut) of this many words is a headline even when short: "DA Files Hate
# Crime - DA NewsCenter" (San Diego's DA, xa_da_sd_2); two words ("Press Release - Site") name a page, not a story.
_TITLE_WORDS = 3
# A tail of the page title's headline this long, over the story, is the headline without its label: "Condo President
# Charged in Aventura Condo Association Thefts" under "MEDIA ADVISORY: Press Conference Condo President ... - Office
# of ..." (Miami-Dade's State Attorney, xa_da_miami_2).
_TAIL_WORDS = 4


def _title_copies(folded: str) -> tuple[frozenset[str], frozenset[str]]:
    """The headline of a page title with a site suffix (as words), and its tails of ``_TAIL_WORDS`` words or more.

    Both are empty when the line has no site suffix (then it is the headline itself, not a page title) or ends a
    sentence ("SAN LUIS OBISPO - Acme opens a plant.": a dateline and its story, no page title).
    """
    if folded[-1] in _SENTENCE_END:
        return frozenset(), frozenset()
    cut = _site_suffix(folded)
    if cut is None:
        return frozenset(), frozenset()
    words = _WORD_RUN.findall(folded, 0, cut.start())
    whole = frozenset({" ".join(words)} if len(words) >= _TITLE_WORDS else ())
    tails = (" ".join(words[j:]) for j in range(1, len(words) - _TAIL_WORDS + 1))
    return whole, frozenset(tail for tail in tails if len(tail) >= 20)


def _page_title(source: str, k: int, title: int, piece: Piece) -> bool:
    """Line ``k`` is the page title: ``<headline> - <site name>`` first on the page, no sentence end; or a question.

    However long its headline, it names the page and is no story line: the Brooklyn DA's pages print
    "<headline with its ; deck> - The Brooklyn District Attorney's Office" over the site menu (va_da_kings_1,
    213 characters), and the menu under it lies before the story all the same. A headline asked as a question
    ("Is your child's car seat installed correctly?", agencies' safety notices and INTERPOL's features) first on
    the page, shorter than a story line, is the title too: meta takes it, and the rendering, without it, has the
    story start under it (fuzz finding F1129-5: a line printed again under such a headline is its copy).
    """
    if k != title:
        return False
    if source[piece.end - 1] == "?":
        return piece.end - piece.start < _STORY_LINE
    if source[piece.end - 1] in _SENTENCE_END:
        return False
    text = source[piece.start : piece.end]
    return _has_separator(text) and _SITE_SUFFIX.search(text) is not None


# The marks a list item opens with, alone or numbered ("1." / "1)"); the hashtag rule reads the marks too.
_LIST_MARKS = frozenset("*-–—•·▪◦●■")
_BULLET_START = re.compile(rf"[{re.escape(''.join(sorted(_LIST_MARKS)))}]|\d{{1,2}}[.)][ \t\u00a0]")
# A sentence glued to the next one ("said Stock.Meeting in Lyon"): the paragraph stage may split the line
# there, and then the rendering shows each sentence as a block of its own, where a later line that
# copies one within three lines is a repeat (SPEC 5). So the glued sentences are seen as well as the
# whole line, for that window only (where the story starts may differ once the line is split). A stop
# after one letter is an initial ("U.S.Attorney"), no sentence end.
_GLUED_SENTENCE = re.compile(r"[.!?](?<=[^\W\d_]{2}[.!?])[”’\")\]]*+(?=[A-Z“‘(])")


def _glued_parts(text: str) -> list[str]:
    """The sentences of a line glued at ``_GLUED_SENTENCE`` junctions (none when it has no junction)."""
    cuts = [m.end() for m in _GLUED_SENTENCE.finditer(text)]
    if not cuts:
        return []
    bounds = [0, *cuts, len(text)]
    return [_fold(text[a:b]) for a, b in itertools.pairwise(bounds)]


def _left_open(source: str, above: Piece) -> bool:
    """True when line ``above`` leaves its sentence open, right over the next line (no blank line, no stop)."""
    return above.kind == "line" and above.blank_after == 0 and source[above.end - 1] not in _SENTENCE_END


def _wrapped_on(source: str, pieces: tuple[Piece, ...], k: int) -> bool:
    """True when line ``k`` goes on with a sentence the line right above it left open (a lower-case start)."""
    return k > 0 and source[pieces[k].start].islower() and _left_open(source, pieces[k - 1])


# A line of prose long enough that a line under it, going on in lower case, is the rest of its sentence.
_PROSE_LINE = 50


# An ordinal's suffix set as a superscript comes out on a line of its own: "939 East 100" / "th" /
# "Street, Canarsie, Brooklyn. Released without bail." (Brooklyn's DA, x5_da_kings_target). The line
# under the suffix goes on with the address: two addresses that end alike are no copy of each other.
def _after_ordinal(source: str, pieces: tuple[Piece, ...], k: int) -> bool:
    """Line ``k`` stands under an ordinal's suffix split off a number: "100" / "th" / ``k``."""
    if k < 2 or pieces[k - 1].kind != "line" or pieces[k - 2].kind != "line":
        return False
    return superscript_line(source, pieces[k - 1])


def _open_prose_above(source: str, pieces: tuple[Piece, ...], k: int) -> bool:
    """True when the line right above line ``k`` is a long line of prose its sentence runs on from."""
    if k == 0:
        return False
    above = pieces[k - 1]
    return above.end - above.start >= _PROSE_LINE and _left_open(source, above)


def _continues_prose(source: str, pieces: tuple[Piece, ...], k: int) -> bool:
    """True when line ``k`` ends a sentence hard-wrapped on the long line above it: never furniture.

    E-mailed releases wrap at about 70 columns, so a sentence's last word may stand alone on a line
    ("... at a price of $3.45 per" / "share."): it is the author's word, not a share button.
    """
    return source[pieces[k].start].islower() and _open_prose_above(source, pieces, k)


# A place line alone over its story ("WASHINGTON —" / "The Department ..."): the dateline stage cuts it off and
# the rendering prints it on its story's first line ("WASHINGTON — The Department ..."), so the two lines are one
# line there, where a re-parse counts a copy's distance (fuzz finding F1130-4). AP, Reuters and the agencies that
# follow them set the place so when a scrape breaks the line after the dash. A place line is short and ends on the
# dateline's dash or colon; the grammar must read all of it, over a line of the story (a sentence or a wide line).
# A place the grammar closes inside the line ("GO,C–" of "GO,C–S —") leaves the line's rest where the dateline stage
# reads no place line: it keeps the line a paragraph of its own, and so does the rendering (fuzz finding F1125-34).
_PLACE_LINE = 40
_PLACE_ENDS = "-\u2013\u2014:"
_PLACE_LOOK = 200
_PLACE_NOISE = 3  # the most noise pieces between a place line and its story: a counter's lines


def _bare_place_above(source: str, pieces: tuple[Piece, ...], k: int) -> Piece | None:
    """The place line alone (``WASHINGTON —``) line ``k`` opens a story under, or ``None``: the rendering joins them.

    Noise between them (a slideshow counter split off the place's line, ``LYON, France –Image 2 of 5``) is left out
    of the rendering, which sets the place on the story's line all the same (fuzz findings F1125-31, F1125-33).
    """
    j = k - 1
    while j >= 0 and pieces[j].kind == "noise" and k - j <= _PLACE_NOISE:
        j -= 1
    if j < 0 or pieces[j].kind != "line":
        return None
    above, story = pieces[j], pieces[k]
    if above.end - above.start > _PLACE_LINE or source[above.end - 1] not in _PLACE_ENDS:
        return None
    if story.end - story.start < _FIELD_LINE and source[story.end - 1] not in _SENTENCE_END:
        return None  # a place or a date line under it ("Cartagena, Colombia"): no story for a dateline to open
    skip = tuple((p.start, p.end) for p in pieces[j + 1 : k])  # the noise between: the stage reads past it
    found = match_dateline(source, above.start, min(story.end, above.start + _PLACE_LOOK), skip=skip)
    if found is None or found.span.end > above.end or source[found.span.end : above.end].strip():
        return None
    return above


# A story's line that a place opens ("SINGAPORE, Netherlands – Police met."): the place's dash is the dateline's, no
# page title's separator before a site's name, so the place alone is no headline a later line could copy; the
# rendering sets the dash so ("– 1 /" for "–1 /"), where a re-parse would read a site suffix (fuzz finding F1125-39).
# Only the lines the dateline stage reads (its first forty pieces) are tried, and only where a site suffix is cut.
_PLACE_PIECES = 40


def _placed_story(source: str, piece: Piece, k: int, folded: str) -> bool:
    """Whether a dateline whose place closes on a dash opens line ``k`` (``LYON, France – Police met.``)."""
    if k >= _PLACE_PIECES or _site_suffix(folded) is None:
        return False
    found = match_dateline(source, piece.start, min(piece.end, piece.start + _PLACE_LOOK))
    return found is not None and found.text.rstrip()[-1:] in _PLACE_ENDS[:-1]


# A place glued after a sentence's stop, closing the line ("… said Jürgen Stock.LYON, France –"): the paragraph
# stage cuts it off at the stop, the dateline stage reads it, and the rendering prints it on the story's first line
# under it, as it prints a place line alone (``_bare_place_above``). So it is no block between the sentence and a
# copy of it further down (fuzz finding F1125-42). INTERPOL's and the wires' scraped pages glue paragraphs so.
def _glued_place_tail(source: str, pieces: tuple[Piece, ...], k: int, text: str) -> bool:
    """Whether line ``k`` (``text``) ends on a place glued after a sentence that opens the line under it."""
    if k + 1 >= len(pieces) or text[-1] not in _PLACE_ENDS or pieces[k + 1].kind != "line":
        return False
    cut = None
    for m in _GLUED_SENTENCE.finditer(text, max(0, len(text) - _PLACE_LINE)):
        cut = m.end()
    if cut is None:
        return False
    start, end = pieces[k].start + cut, pieces[k].end
    found = match_dateline(source, start, min(pieces[k + 1].end, start + _PLACE_LOOK))
    return found is not None and found.span.end <= end and not source[found.span.end : end].strip()


# A gallery's counter glued after a caption's stop ("… in the operation.1/3", INTERPOL's slideshows): the paragraph
# stage cuts the line at the stop and ``slideshow_counter`` takes the counter, so the line is compared as the
# rendering prints it, without the counter (fuzz finding F1130-4). The tail searched is the longest such counter.
_STOP_COUNTER = re.compile(r"(?<=[.!?])\d{1,3}+[ \t]*+/[ \t]*+\d{1,3}+$")
_STOP_COUNTER_TAIL = 12


def _without_stop_counter(source: str, piece: Piece) -> Piece:
    """``piece`` without a slideshow counter glued after its last stop (``…operation.1/3``)."""
    if piece.end - piece.start < 4 or not source[piece.end - 1].isdigit():
        return piece  # the counter's digit ends the line, after a stop and its ``1/``: most lines end otherwise
    m = _STOP_COUNTER.search(source, max(piece.start + 1, piece.end - _STOP_COUNTER_TAIL), piece.end)
    if m is None:
        return piece
    a, _, b = source[m.start() : m.end()].partition("/")
    return attrs.evolve(piece, end=m.start()) if 1 <= int(a) <= int(b) else piece


# How many short lines may stand between a line and its copy for the two to read as printed in a row.
_FIELD_LINES = 8
_FIELD_LINE = 60


def _furniture_between(source: str, pieces: tuple[Piece, ...], first: int, k: int, gone: Container[int] = ()) -> bool:
    """Whether only a few short lines (fields, labels, dates; no sentence) stand between lines ``first`` and ``k``.

    Only a long line (a sentence) is compared so: the cells of a table repeat short values between short lines.
    The lines of ``gone`` (copies found already) are not read: the rendering drops them, and there the two
    copies stand with the short lines alone between them (fuzz finding F1126-7).
    """
    if k - first > _FIELD_LINES:
        return False
    return all(
        _field_line(source, p.start, p.end)
        for j, p in enumerate(pieces[first + 1 : k], first + 1)
        if p.kind == "line" and j not in gone
    )


# A sentence's stop inside a line after four words or more: ``!`` or ``?``, or ``.`` after a lower-case word of
# three letters or more, then a space. A field's value or a label holds a stop after a word or two, or after an
# abbreviation ("Office of Dr. Jane Roe", "23 Nov. 2026", "Sen. Smith"), never such a sentence.
_CLOSED_SENTENCE = re.compile(r"(?:[!?]|(?<=[a-z]{3})\.)[\"”’)]?+\s")


def _field_line(source: str, start: int, end: int) -> bool:
    """A short line of no sentence: a field, a label, a date, as ``_furniture_between`` reads the lines between.

    A sentence ended inside the line counts as one ended at its end: the paragraph stage joins a hard-wrapped
    sentence with the short line under it (``… network 3.5!`` / ``###Share`` -> ``… network 3.5! ###Share``, fuzz
    finding F1130-31), and the rendering's block must read as its lines did, where a re-parse compares the copies.
    """
    if end - start > _FIELD_LINE or source[end - 1] in ".!?":
        return False
    return not any(len(source[start : m.start()].split()) >= 4 for m in _CLOSED_SENTENCE.finditer(source, start, end))


# A media advisory's field label alone on its line, in capitals: "WHO:", "WHAT:", "WHEN:", "WHERE:" (da_014,
# xj_da_miami_2). The lines under it, up to a blank line, are the field's value: the advisory's content, never
# a copy, though a stray line above printed the same names first (the WHO: value under a names line).
_ADVISORY_FIRST = "WVI"  # the first letters of ``_ADVISORY_LABEL``'s labels
_ADVISORY_LABEL = re.compile(r"(?:WHO|WHAT|WHEN|WHERE|WHY|VISUALS|INTERVIEWS?)\b[^:\n]{0,20}+:")


# The words one of which ``meta._glued_section`` needs in a line to find a disclaimer, a contact or a legal notice
# glued to it (the cues of each), case-folded: the line's folded text is tested for each, before the section search,
# which tests its cues list by list (most lines hold none: a seventh of the time). ``casefold`` folds each character
# alone, so every cue in the line is one in its folded text: a line none is found in holds no such section.
# (Substring tests: a regex alternation of the cues scans twice as slowly.) An About section glued to the line is
# searched only where "About" or "ABOUT" stands (as ``meta._has_about`` reads): "about" in the folded text is no
# cue alone, as prose says it often, but beside a trademark notice ("… is a registered trademark of …"), which the
# section search reads with no cue of its own.
_SECTION_CUES = tuple(sorted({c.casefold() for c in (*_DISCLAIMER_CUES, *_GLUED_CONTACT_CUES, *_LEGAL_CUES)}))


def _has_section_cue(text: str, folded: str | None = None) -> bool:
    """Whether line ``text`` (``folded``: its ``_fold``-ed text, if at hand) may hold a glued section meta finds.

    ``map``: no generator per line. A cue is words set apart by single spaces: one in the line's case-folded text
    is one in its folded text too.
    """
    folded = _fold(text) if folded is None else folded
    if any(map(folded.__contains__, _SECTION_CUES)):
        return True
    return "about" in folded and ("About" in text or "ABOUT" in text or "rademark" in folded)


def _head_variants(source: str, piece: Piece, text: str, folded: str) -> set[str]:
    """The copy keys of a line's text before a section glued to it that the meta stage cuts off (SPEC 5).

    ``… a paragraph.About INTERPOL`` (an About section, a contact or a legal notice glued after the story's
    words, ``meta._glued_section``): the rendering shows the paragraph without it, where a line within three
    lines under it that prints the paragraph again is a copy. So the paragraph's words are a first print too
    (fuzz finding F1123-55). Only a copy under the line is read so; the line itself is compared whole.
    ``text`` is the line's text, ``folded`` that ``_fold``-ed.
    """
    if not _has_section_cue(text, folded):
        return set()
    cut = _glued_section(source, Piece("paragraph", piece.start, piece.end))
    if cut is None:
        return set()
    head = _fold(source[piece.start : cut])
    return _variants(head) if len(head) >= 20 else set()


def _field_value(source: str, piece: Piece) -> set[str]:
    """The copy keys of a media advisory field's value glued to its label: ``WHO:<names>``.

    Scraped advisories (Miami-Dade's State Attorney) may lose the line break after a field label; the
    paragraph stage cuts the label off, and the rendering shows the value as a block of its own, where a
    line printing the names again within three lines is a copy (fuzz finding F1126-38). So the value is a
    first print too; the line itself is compared whole.
    """
    m = _ADVISORY_LABEL.match(source, piece.start, piece.end)
    if m is None or m.end() == piece.end:
        return set()
    value = _fold(source[m.end() : piece.end])
    return _variants(value) if len(value) >= 20 else set()


# A stop glued to what follows it in a line: where the paragraph stage may cut the line into blocks.
_STOP_GLUED = re.compile(r"[.!?](?=[^\s.!?])")


def _glued_stop(source: str, piece: Piece) -> bool:
    """Whether a sentence of the line ends at a stop glued to the next block (``E ty.8``, ``world.Every``).

    The paragraph stage cuts the line there, and the rendering shows a block that ends a sentence: the story
    has started above a related-links heading in both readings (fuzz F1124-4).
    """
    first = _STOP_GLUED.search(source, piece.start, piece.end)  # most lines have none: no generator then
    return first is not None and any(
        is_glued_break(source, m.start(), m.end(), piece.start)
        for m in _STOP_GLUED.finditer(source, first.start(), piece.end)
    )


def _longest_block(source: str, piece: Piece) -> int:
    """The length of the line's longest block in the rendering: the paragraph stage cuts it at its glued stops.

    A scrape that lost the break between two paragraphs glues them into one line (``… today.Brian Orue, …``):
    the rendering shows its halves as blocks, and a page whose halves are short is one of short lines there
    (fuzz finding F1129-17).
    """
    longest, start = 0, piece.start
    for m in _STOP_GLUED.finditer(source, piece.start, piece.end):
        if is_glued_break(source, m.start(), m.end(), piece.start):
            longest, start = max(longest, m.end() - start), m.end()
    return max(longest, piece.end - start)


# The longest line ``_about_line`` reads: an About section's heading alone on its line is short.
_ABOUT_LINE = 120


def _about_line(source: str, piece: Piece) -> bool:
    """True for a short line that opens an About section (``About INTERPOL``, ``À propos de …``): meta takes it.

    The rendering leaves meta out, so two copies with such a heading between stand a line nearer there,
    where a re-parse reads them (fuzz finding F1124-31): the heading is not counted between them, as an end
    mark is not.
    """
    return (
        piece.end - piece.start <= _ABOUT_LINE
        and source[piece.start] in "AaÀà*_"
        and about_heading(source, (_as_paragraph(piece),), 0)
    )


# ``meta.contact_label`` reads a line alone but for the page's first ``meta.PAGE_HEAD`` characters, where it asks
# whether the page's punctuation was stripped (``meta._stripped_page``): a line that starts past them reads the
# same anywhere.
_CONTACT_HEAD = PAGE_HEAD


def _contact_line(source: str, piece: Piece) -> bool:
    """True for a line that opens a media-contact block (``For further information please contact …``): meta's.

    The rendering leaves it out, so a page of short lines with a contact sentence among them reads as a page of
    short lines there (fuzz finding F1126-6): the contact line does not make it one with long lines.
    """
    return piece.end - piece.start <= _MAX_FURNITURE and contact_label(source, (_as_paragraph(piece),), 0)


def _as_paragraph(p: Piece) -> Piece:
    """``p`` as a ``paragraph``, the kind meta's line tests read (the constructor: ``evolve`` costs more a line)."""
    return Piece(
        "paragraph",
        p.start,
        p.end,
        p.indent,
        p.blank_before,
        p.blank_after,
        p.lines,
        p.marker,
        p.marker_end,
        p.meta_kind,
        p.noise_kind,
    )


def _contact_lines(source: str) -> Callable[[Piece], bool]:
    """``_contact_line`` for the lines of one ``source``, each text past the page's head read once.

    A page prints the same lines again and again ("Share" under every photo, a counter under every slide): past
    ``_CONTACT_HEAD`` the answer depends on the line's text and the blank lines under it only.
    """
    found: dict[tuple[str, int], bool] = {}

    def contact_line(piece: Piece) -> bool:
        if piece.end - piece.start > _MAX_FURNITURE or piece.start < _CONTACT_HEAD:
            return _contact_line(source, piece)
        key = (source[piece.start : piece.end], piece.blank_after)
        answer = found.get(key)
        if answer is None:
            answer = found[key] = _contact_line(source, piece)
        return answer

    return contact_line


# The release notes (folded) a line may be whole: meta's, never the first line of a headline's copy.
_NOTE_KEYS = frozenset(RELEASE_NOTES)


# The site's section labels over the headline ("Media centre" / "Statements" on UN pages, a city's desk "LYON" over
# INTERPOL's headline): meta reads past them to the headline and drops them (``headline_under_labels``), so the
# rendering opens on the headline. The page title is that line, then: a question there is no story line, and a line
# under it printed again is a headline's copy in both readings (fuzz finding F1125-49).
def _title_under_labels(source: str, pieces: tuple[Piece, ...], first: int) -> int:
    """The page title's index: line ``first``, or the headline meta reads under section labels from it."""
    k = first
    while k < len(pieces) and k - first < SECTION_LABELS_PASSED and pieces[k].kind == "line":
        if not is_section_label(source, pieces[k]):
            break
        k += 1
    if k == first or k >= len(pieces) or pieces[k].kind != "line" or not headline_under_labels(source, pieces[k]):
        return first
    return k


# The longest line whose folded text ``_context`` keeps for a copy of it further down: furniture is short.
_FOLD_MEMO_LINE = 40


# --- a release note's head or rest printed again ------------------------------------------------------------------
# A template prints the note on the headline's copy's line ("FOR IMMEDIATE RELEASE: <headline>", Miami-Dade's
# State Attorney; "FOR IMMEDIATE RELEASE  <headline>" with its colon stripped, Senate pages), and a flattened header
# prints the note twice ("FOR IMMEDIATE RELEASE" / "FOR IMMEDIATE RELEASE NEW YORK –"). Meta and the dateline stage
# cut the note off its line later, and the rendering shows the rest as a block of its own (the note as meta, or the
# note alone): there a rest that copies a line above, or a note that copies the line above, is a ``repeated_line``
# (SPEC 5). So the copy is noise in the raw line already, read as ``repeated_line`` reads a whole line; the rest of
# the line keeps its reading. A note over a headline printed only once is no copy.
_NOTE_FIRST = frozenset(c for note in RELEASE_NOTES for c in (note[0].lower(), note[0].upper()))


def _noted_copy(
    source: str,
    pieces: tuple[Piece, ...],
    k: int,
    *,
    seen: dict[str, int],
    shown: list[int],
    first_long: int,
    titles: tuple[frozenset[str], frozenset[str]],
) -> tuple[int, int] | None:
    """The span of a note-led line's rest (or note) that repeats a line above, as ``_context`` reads a copy; or None.

    ``titles``: the page title's headline and its tails (``_title_copies``), when the line may be one's copy.
    """
    piece = pieces[k]
    rest = note_head_end(source, piece.start, piece.end)
    if rest < 0:
        rest = note_lead_end(source, piece.start, piece.end)
    if rest < 0 or rest >= piece.end:
        return None
    head_end = rest
    while head_end > piece.start and source[head_end - 1] in " \t\xa0":
        head_end -= 1
    for start, end, window in ((rest, piece.end, False), (piece.start, head_end, True)):
        folded = _fold(source[start:end])
        if not folded or folded[-1] == ":" or _BULLET_START.match(source, start):
            continue
        words = _words(folded)
        if not window and (words in titles[0] or (k < first_long and words in titles[1])):
            return start, end  # the page title's headline again, or its tail over the story
        if len(folded) < 20:
            continue
        hits = _variants(folded) & seen.keys()
        if not hits:
            continue
        first = min(seen[v] for v in hits)
        if not window and (first < first_long or shown[k] - shown[first] <= _REPEAT_WINDOW):
            return start, end  # the rest as any headline's copy
        # The note's copy right under a first print the rendering keeps: a line meta takes as the release's note
        # ("FOR IMMEDIATE RELEASE" / "FOR IMMEDIATE RELEASE NEW YORK –") is no block there, and both notes are meta.
        above = pieces[first]
        if window and shown[k] - shown[first] <= 1 and not _RELEASE_NOTE.fullmatch(source, above.start, above.end):
            return start, end
    return None


def _context(source: str, pieces: tuple[Piece, ...]) -> _Context:
    """Return the shared facts for this ``pieces`` (a one-slot cache keyed by identity)."""
    if _CACHE:
        cached_pieces, cached_source, ctx = _CACHE[0]
        if cached_pieces is pieces and cached_source is source:
            return ctx
    keys: list[str | None] = []
    seen: dict[str, int] = {}
    glued: dict[str, int] = {}  # the glued sentences of a line, by the last line that holds them
    repeats: dict[int, int] = {}
    noted: dict[int, tuple[int, int]] = {}
    first_long, last_long = len(pieces), -1
    first_sentence, first_wide, first_prose = len(pieces), len(pieces), len(pieces)
    # Where each line stands among the lines the rendering shows: it drops noise (a ``None`` split off a line, a
    # slideshow counter's lines) and the end marks meta takes wherever they stand (``-30-``), so two copies with one
    # between stand nearer there, where a re-parse reads them (fuzz findings F1123-46, F1125-10). ``shown`` is what
    # lines the copies up.
    shown: list[int] = []
    count = 0
    # The page title is one of the first three pieces (a few noise pieces may open the page): a bounded look. A
    # line of no word is none: a scraper's "*" over the headline, which the rendering drops (fuzz finding F1130-8).
    title = next(
        (
            j
            for j in range(min(3, len(pieces)))
            if pieces[j].kind == "line" and _WORD_RUN.search(source, pieces[j].start, pieces[j].end)
        ),
        len(pieces),
    )
    title = _title_under_labels(source, pieces, title)
    title_whole: frozenset[str] = frozenset()
    title_tails: frozenset[str] = frozenset()
    title_hits: set[int] = set()  # the lines those copies claimed
    fields: set[int] = set()  # the lines of a media advisory field's value ("WHO:" / its names)
    field = False
    counter_end = 0  # the end of the slideshow counter a line is part of: the rendering drops it (F1125-10)
    counters: dict[int, int] = {}
    contact_line = _contact_lines(source)
    counter_memo: dict[tuple[object, ...], int] = {}
    folds: dict[str, str] = {}  # ``_fold`` of each short line's text (a pure function: read once a text)
    for k, line in enumerate(pieces):
        shown.append(count)
        if line.kind != "line":
            keys.append(None)
            continue
        if k >= counter_end and line.end - line.start <= _COUNTER_LINE:
            # Fast path: a counter's first line is all ``_COUNTER_PREFIX`` (the rule's own first test), which most
            # short lines ("Share") are not; no call is made for them and the rule reads back 0 (no counter).
            # The cache slot holds no facts for this ``pieces`` (they are being built): the rule's own first tests
            # are the ones made here, so its reading past them is asked for directly.
            # A slideshow prints its counter under every photo: a counter's reading is memoised by what it reads
            # (``_counter_memo_key``).
            if _COUNTER_PREFIX.fullmatch(source, line.start, line.end):
                memo = _counter_memo_key(source, pieces, k)
                found = counter_memo.get(memo)
                if found is None:
                    found = counter_memo[memo] = _counter_lines(source, pieces, k) or 0
                counters[k] = found
            else:
                counters[k] = 0  # the rule reads it back (``_find``)
            counter_end = k + counters[k]
        # Fast path (STYLE rule 16): a field label opens on "W", "V" or "I"; no regex runs on the other lines.
        if source[line.start] in _ADVISORY_FIRST and _ADVISORY_LABEL.fullmatch(source, line.start, line.end):
            field = True
        elif field and source[line.end - 1] == ":":
            field = False  # a label of its own ("WHAT:", "Contact:") ends the field, as the rendering reads it
        elif field:
            fields.add(k)
            field = line.blank_after == 0
        # Fast path: a place line over this one ends on its dash or colon (noise may stand between); most lines
        # above end otherwise, and no call is made.
        above = pieces[k - 1] if k else None
        place = (
            _bare_place_above(source, pieces, k)
            if above is not None
            and (above.kind == "noise" or (above.kind == "line" and source[above.end - 1] in _PLACE_ENDS))
            else None
        )
        if (
            k >= counter_end
            and place is None
            and not is_end_mark(source, line)
            and not _about_line(source, line)
            and not contact_line(line)  # meta's label over a contact: the rendering drops it (F1129-23)
        ):
            count += 1
        # As the rendering prints it. Fast path: a counter glued after a stop ends the line on a digit, the
        # function's own first test (most lines end otherwise, and no call is made).
        piece = (
            _without_stop_counter(source, line)
            if line.end - line.start >= 4 and source[line.end - 1].isdigit()
            else line
        )
        length = piece.end - piece.start
        if k < first_sentence and (
            source[piece.end - 1] in _SENTENCE_END
            # Fast path: ``_glued_stop`` is False where its first search finds no glued stop (most lines).
            or (_STOP_GLUED.search(source, piece.start, piece.end) is not None and _glued_stop(source, piece))
        ):
            first_sentence = k
        if length >= 60:
            if first_wide == len(pieces) and _longest_block(source, piece) >= 60 and not contact_line(piece):
                first_wide = k
            if first_prose == len(pieces) and (
                length >= _STORY_LINE
                or source[piece.end - 1] in _SENTENCE_END
                or _INNER_STOP.search(source, piece.start, piece.end)
            ):
                first_prose = k
            last_char = source[piece.end - 1]
            if (
                k < first_long
                and (length >= _STORY_LINE or last_char in _SENTENCE_END)
                and not _page_title(source, k, title, piece)
            ):
                first_long = k
            if length > 2 * _TEASER_LINE or (length > _TEASER_LINE and last_char not in "…."):
                last_long = k
        if length > _MAX_FURNITURE * 2:
            keys.append(None)
            continue
        text = source[piece.start : piece.end]
        # A page prints its short lines again and again ("Share" under every photo): each text is folded once.
        if length <= _FOLD_MEMO_LINE:
            folded = folds.get(text)
            if folded is None:
                folded = folds[text] = _fold(text)
        else:
            folded = _fold(text)
        line_folded = folded
        keys.append(folded if len(folded) <= _MAX_FURNITURE else None)
        # An end mark glued after the last sentence ("… operation. -30-"): meta cuts it off, and the rendering shows
        # the line without it, where a re-parse compares it (tests/test_fuzz_s21n.py).
        if folded and folded[-1] in "#-":  # the end mark's last character (``without_end_mark``'s own first test)
            folded = without_end_mark(folded)
        title_copy = False
        if k == title:
            title_whole, title_tails = _title_copies(folded)
        elif (
            (title_whole or title_tails)
            and folded[-1] != ":"
            and not _BULLET_START.match(source, piece.start)
            and (k == title + 1 or not _open_prose_above(source, pieces, k))  # a sentence wrapped over lines
        ):
            words = _words(folded)
            # The page title's headline again, however short; or its tail over the story.
            title_copy = words in title_whole or (k < first_long and words in title_tails)
        if len(folded) < 20 or _BULLET_START.match(source, piece.start):
            if title_copy:
                repeats[k] = 1
                title_hits.add(k)
            continue  # list items are the author's, never a template's repeat
        if _wrapped_on(source, pieces, k) or _after_ordinal(source, pieces, k):
            continue  # the middle of a hard-wrapped sentence: two paragraphs may wrap alike (wire_025 at 70)
        variants = _variants(folded, site=not _placed_story(source, piece, k, folded))
        hits = variants & seen.keys()
        # A line that opens a list ("… including:") is the author's, no copy and no page footer: INTERPOL's
        # "… in areas including:-\u00a0on" cut at its glued bullet reads so in the rendering (fuzz finding F1129-49).
        if hits and folded[-1] != ":":
            first = min(seen[v] for v in hits)
            if first > first_long and folded[-1] not in _SENTENCE_END and _LETTERHEAD.search(folded):
                repeats[k] = repeats[first] = 1  # a running page footer: every copy is furniture
            elif (
                first < first_long
                or shown[k] - shown[first] <= _REPEAT_WINDOW
                or (len(folded) > _FIELD_LINE and _furniture_between(source, pieces, first, k, repeats))
            ):
                # A headline printed again, or a line printed twice in a row; not a line that opens a list
                # (the author's "… including:" over each of two lists, once glued to its items, even above the
                # first long line: a rendering without long lines has no story line to count from). Short field
                # lines between the copies ("From:" / "Home Office" / "Published" / "23 November 2026" under
                # gov.uk's summary) leave the copies in a row once the meta stage takes them.
                repeats[k] = 1
        if (
            glued
            and k not in repeats
            and folded[-1] != ":"
            and any(shown[k] - glued[v] <= 3 for v in variants & glued.keys())
        ):
            repeats[k] = 1  # a copy of a sentence glued in a line just before
        if title_copy and k not in repeats:
            repeats[k] = 1
            title_hits.add(k)
        if k not in repeats and source[piece.start] in _NOTE_FIRST:
            titled = k != title and (k == title + 1 or not _open_prose_above(source, pieces, k))
            titles = (title_whole, title_tails) if titled else (frozenset(), frozenset())
            copy = _noted_copy(source, pieces, k, seen=seen, shown=shown, first_long=first_long, titles=titles)
            if copy is not None:
                noted[k] = copy
        for v in variants:
            seen.setdefault(v, k)
        if place is not None:  # the line as the rendering prints it, its place set before it (F1125-31)
            for v in _variants(f"{_fold(source[place.start : place.end])} {folded}"):
                seen.setdefault(v, k)
        for v in _head_variants(source, piece, text, line_folded):
            seen.setdefault(v, k)
        for v in _field_value(source, piece):
            seen.setdefault(v, k)
        parts = _glued_parts(text)
        after = len(parts) - 1 - (k < _PLACE_PIECES and _glued_place_tail(source, pieces, k, text))
        for n, part in enumerate(parts):
            for v in _variants(part):
                # The sentences after it are blocks between, rendered; a place glued last is the next line's.
                glued[v] = shown[k] - max(0, after - n)
    for k in fields:  # a field's value is the advisory's content, though a stray line above printed it first
        repeats.pop(k, None)
        title_hits.discard(k)
    # A headline hard-wrapped over two or three short lines repeats a title printed whole before it.
    # A line the page title's copies claimed alone may be a part of such a wrapped copy: the copy takes it in.
    covered = -1
    for k in range(len(pieces)) if seen else ():
        key = keys[k]
        if key is None or k <= covered or (k in repeats and k not in title_hits) or len(key) > 120 or k in fields:
            continue
        joined = key
        for n in (2, 3):
            last = k + n - 1
            if (
                last >= len(pieces)
                or keys[last] is None
                or (last in repeats and last not in title_hits)
                or pieces[last - 1].blank_after != 0
            ):
                break
            joined = f"{joined} {keys[last]}"
            first = seen.get(_compact(joined), k)
            # The first print stands before the story, or is a headline (no sentence end) however long: a page
            # title of 200 characters reads as the story's first long line (Orange County's pages).
            if first < k and (first < first_long or joined[-1] not in _SENTENCE_END) and len(joined) >= 20:
                for j in range(k + 1, last + 1):
                    repeats.pop(j, None)
                # A release note over the headline ("for immediate release" / <headline>, under a first print
                # "FOR IMMEDIATE RELEASE: <headline>", xp_da_miami_2) is the meta's: the copy is the lines under it.
                note = key.strip(_EDGE_PUNCT + " ") in _NOTE_KEYS
                repeats[k + 1 if note else k], covered = n - 1 if note else n, last
                break
    strip = _EDGE_PUNCT + " "
    labels = tuple([None if key is None else key.strip(strip) for key in keys])
    short = first_sentence if first_wide == len(pieces) else len(pieces)
    ctx = _Context(
        tuple(keys),
        labels,
        repeats,
        first_long,
        last_long,
        short,
        first_sentence,
        first_wide,
        first_prose,
        counters,
        noted,
    )
    _CACHE[:] = [(pieces, source, ctx)]
    return ctx


def _key(source: str, pieces: tuple[Piece, ...], i: int) -> str | None:
    """The folded text of line ``i`` without edge punctuation, or ``None`` when it is not a short line.

    The rules call this about a hundred thousand times a corpus: the cache slot ``_context`` fills is
    read here first (one call fewer a lookup); ``_context`` itself on a miss, which builds the same facts.
    """
    if i >= len(pieces):
        return None
    if _CACHE:
        cached = _CACHE[0]
        if cached[0] is pieces and cached[1] is source:
            return cached[2].labels[i]
    return _context(source, pieces).labels[i]


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
# its whole text is one noise piece and the body stays empty. (A page with its headline only is
# a release whose body was not scraped: the headline is its title, ``meta.lone_title``.)


def not_a_release(source: str, pieces: tuple[Piece, ...], i: int) -> int | None:
    """The whole page, when it is a bot wall (a page with a title only keeps it: ``meta.lone_title``)."""
    if i != 0:
        return None
    if any(_key(source, pieces, k) in BOT_WALL_PHRASES for k in range(min(3, len(pieces)))):
        return len(pieces)
    return None


# --- control_characters --------------------------------------------------------------------
# A line made only of invisible characters (zero-width spaces, soft hyphens, C0 controls).
def control_characters(source: str, pieces: tuple[Piece, ...], i: int) -> int | None:
    """A line of invisible characters only."""
    piece = pieces[i]
    return 1 if _INVISIBLE_RUN.fullmatch(source, piece.start, piece.end) else None


# --- breadcrumb_trail ----------------------------------------------------------------------
# On one line: "Home > News > Press Releases", "You are here: Home / News". Every crumb after "Home" is a
# page's label, which opens with no lower-case letter: "Home / away: the team left." is a sentence.
_BREADCRUMB_LINE = re.compile(
    r"(?:you\s++are\s++here\s*+:?\s*+)?home\s*+(?:[>/»›|]\s*+(?-i:(?![a-z]))[^>/»›|\n]{1,60}+){1,8}+",
    re.IGNORECASE,
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


# A trail that does not open with "Home": "U.S. Attorneys » District of New Jersey » News" (justice.gov),
# "Press Room > Press Releases > 2025". Prose never sets "»" or "›" between words, and rarely two ">": the
# crumbs are short labels opening with a capital or a digit, and the line ends no sentence ("Sales rose as
# Q1 > Q2 > Q3 in Lyon." stays).
# A stop inside a crumb is an abbreviation's ("U.S. Attorneys"): a capital or a separator follows it. A crumb
# keeps the spaces before the next separator.
_CRUMB = r"[A-Z0-9][^>»›\n.!?]{0,59}+(?:\.(?=[ \t]*+[A-Z>»›])[^>»›\n.!?]{0,40}+)*+"
_CHAIN = re.compile(rf"{_CRUMB}(?:[»›][ \t]*+{_CRUMB}){{1,8}}+|{_CRUMB}(?:>[ \t]*+{_CRUMB}){{2,8}}+")


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


def breadcrumb_chain(source: str, pieces: tuple[Piece, ...], i: int) -> int | None:
    """A trail of short labels set apart by ``»``, ``›`` or two ``>`` (``U.S. Attorneys » News``)."""
    piece = pieces[i]
    if piece.end - piece.start > _MAX_FURNITURE:
        return None
    line = source[piece.start : piece.end]
    if "»" not in line and "›" not in line and line.count(" > ") < 2:
        return None  # fast path: no chain separator
    if line.strip() in ("»", "›"):
        return 1  # a trail printed one crumb a line: "U.S. Attorneys" / "»" / "Western District of Kentucky"
    if _open_prose_above(source, pieces, i):
        return None  # "… event page > Click on" / "Boost > Create Team > …": a hard-wrapped sentence of steps
    if _CHAIN.fullmatch(source, piece.start, piece.end):
        return 1
    if "\n" not in line and line.isascii():
        return None
    # A block the paragraph stage joined ("A .\u00ad» A -" / "r r o"), or a soft hyphen inside a crumb: the
    # rendering sets the trail on one line without the invisible characters, and reads it there (SPEC 5).
    return 1 if _CHAIN.fullmatch(render_slice(line, "paragraph")) else None


# --- slideshow_counter ---------------------------------------------------------------------
# "1 / 3", "1/12", "(2/5)", "Image 2 of 5", "Slide 1 of 3", on one line or split over two or
# three adjacent lines (the INTERPOL template prints "1 /" then "3"). Parts a blank line sets
# apart are no counter: the rendering sets every block between blank lines, and "1/" and "3" of
# two blocks (a date line between them, dropped as meta) must read as they did in the raw text (SPEC 5).
_COUNTER = re.compile(
    r"\(?(?:(?:image|photo|picture|slide|foto)\s++)?(?P<a>\d{1,3})\s*+(?:/|of)\s*+(?P<b>\d{1,3})\)?", re.IGNORECASE
)


# What a counter's first line can be: "1 /", "Image 2", "1/3", "(2", "Photo 3 of 10".
_COUNTER_PREFIX = re.compile(
    r"\(?(?:(?:image|photo|picture|slide|foto)\s++)?\d{1,3}(?:\s*+(?:/|of)(?:\s*+\d{1,3}\)?)?)?", re.IGNORECASE
)


# The longest line a counter (or a part of one) is.
_COUNTER_LINE = 20


def slideshow_counter(source: str, pieces: tuple[Piece, ...], i: int) -> int | None:
    """A counter on one line (``1 / 3``) or split over two or three (``1 /`` then ``3``)."""
    if _CACHE:
        cached = _CACHE[0]
        if cached[0] is pieces and cached[1] is source:
            known = cached[2].counters.get(i)  # ``_context`` asked already
            if known is not None:
                return known or None
    piece = pieces[i]
    if piece.end - piece.start > 20:
        return None
    if not _COUNTER_PREFIX.fullmatch(source, piece.start, piece.end):
        return None
    if piece.kind != "line":
        return None
    return _counter_lines(source, pieces, i)


def _counter_memo_key(source: str, pieces: tuple[Piece, ...], i: int) -> tuple[object, ...]:
    """All ``_counter_lines`` reads of lines ``i`` to ``i + 2``: its answer is the same for the same key.

    It reads line ``i``'s text, then for each of the two lines under it (while there are any) the blank lines
    above it, its kind, whether it is over 20 characters, and else its text.
    """
    piece = pieces[i]
    key: list[object] = [source[piece.start : piece.end]]
    for k in range(i + 1, min(i + 3, len(pieces))):
        below = pieces[k]
        short = below.end - below.start <= _COUNTER_LINE
        key += (pieces[k - 1].blank_after, below.kind, source[below.start : below.end] if short else None)
    return tuple(key)


def _counter_lines(source: str, pieces: tuple[Piece, ...], i: int) -> int | None:
    """``slideshow_counter`` past its first tests: line ``i`` is a ``line`` of 20 characters at most, all prefix.

    ``_context`` makes those tests itself on every short line (its fast path), so it calls this directly.
    """
    piece = pieces[i]
    m = _COUNTER.fullmatch(source, piece.start, piece.end)  # on one line
    if m and 1 <= int(m["a"]) <= int(m["b"]):
        return 1
    parts = [source[piece.start : piece.end]]
    for k in range(i + 1, min(i + 3, len(pieces))):
        if pieces[k - 1].blank_after:
            return None  # the parts stand on adjacent lines: the rendering sets every block between blank lines
        piece = pieces[k]
        if piece.kind != "line" or piece.end - piece.start > 20:
            return None
        parts.append(source[piece.start : piece.end])
        m = _COUNTER.fullmatch(" ".join(parts))
        if m and 1 <= int(m["a"]) <= int(m["b"]):
            return k - i + 1
    return None


# --- page_number ---------------------------------------------------------------------------
# A PDF's page number, alone on a line right under a line of prose that ends a sentence: the text flows
# from the page into its footer ("... prosecuted the case." / "1", da_b). A line of prose is as wide as the
# page (``_PROSE_LINE``); a table's cell stands under a label or another cell, not under a sentence, and a
# number set apart by a blank line is not read (the rendering sets every block apart so: SPEC 5).
_PAGE_NUMBER = re.compile(r"[1-9]\d{0,2}+")


def page_number(source: str, pieces: tuple[Piece, ...], i: int) -> int | None:
    """A page number (``1``) on the line right under a wide line of prose that ends a sentence."""
    piece = pieces[i]
    if i == 0 or not _PAGE_NUMBER.fullmatch(source, piece.start, piece.end):
        return None
    above = pieces[i - 1]
    if above.kind != "line" or above.blank_after != 0 or above.end - above.start < _PROSE_LINE:
        return None
    return 1 if source[above.end - 1] in _SENTENCE_END else None


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
    head, _, rest = key.partition(" ")  # fast path: a row needs two words, the first a share word
    if not rest or not (head in _SHARE_WORDS or (in_run and head == "x")):
        return False
    words = key.split()
    return len(words) >= 2 and all(w in _SHARE_WORDS or (in_run and w == "x") for w in words)


# Business Wire's "Social Media Profiles" box names the company on each network, a line each: "Harborline
# Robotics on LinkedIn", "Acme on X" (wire_a). Only under that heading: "Ban on TikTok" alone is the author's.
_PROFILES = "social media profiles"
_PROFILE_LINE = re.compile(
    r"(?-i:[A-Z0-9])[\w.'’&,-]{0,40}+(?:[ \t]++[\w.'’&,-]{1,40}+){0,7}[ \t]++on[ \t]++"
    r"(?:facebook|twitter|x|linkedin|instagram|youtube|tiktok|threads|bluesky|mastodon|flickr)",
    re.IGNORECASE,
)
_PROFILE_MAX = 120


def _profile_line(source: str, piece: Piece) -> bool:
    """True when ``piece`` is a line of a profiles box: ``Harborline Robotics on LinkedIn``."""
    return (
        piece.kind == "line"
        and piece.end - piece.start <= _PROFILE_MAX
        and _PROFILE_LINE.fullmatch(source, piece.start, piece.end) is not None
    )


def share_links(source: str, pieces: tuple[Piece, ...], i: int) -> int | None:
    """Share and social furniture: one line, or a run of such lines (a profiles box with its profile lines)."""
    if not _share_key(source, pieces, i, in_run=False):
        return None
    profiles = _key(source, pieces, i) == _PROFILES
    j = i + 1
    while j < len(pieces) and (
        _share_key(source, pieces, j, in_run=True) or (profiles and _profile_line(source, pieces[j]))
    ):
        profiles = profiles or _key(source, pieces, j) == _PROFILES
        j += 1
    return j - i


# --- copyright_line ------------------------------------------------------------------------
# "© 2024 Acme Inc. All rights reserved.", "Copyright © INTERPOL", "(c) 2019 Europol".
# Not "Copyright infringement cases rose ...": "Copyright" must be followed by ©, (c) or a year.
_COPYRIGHT = re.compile(
    r"(?:©|\(c\)|copyright\s*+(?:©|\(c\)|\d{4}))[^\n]{0,160}+|[^\n]{0,120}?(?<=\s)all\s++rights\s++reserved\.?+",
    re.IGNORECASE,
)


def copyright_line(source: str, pieces: tuple[Piece, ...], i: int) -> int | None:
    """``© 2024 Acme Inc. All rights reserved.`` alone."""
    piece = pieces[i]
    if piece.end - piece.start > _MAX_FURNITURE:
        return None
    # Fast path: the pattern opens with "©", "(c)" or "copyright", or holds "all rights reserved"; "c" and "all"
    # have no case pairs outside ASCII, so lower() finds every spelling the pattern matches.
    if source[piece.start] not in "©(cC" and "all" not in source[piece.start : piece.end].lower():
        return None
    return 1 if _COPYRIGHT.fullmatch(source, piece.start, piece.end) else None


# --- boilerplate patterns ----------------------------------------------------------------
# Which cookies a banner's button names: "all", "only essential", "strictly necessary", "non-essential analytics".
_COOKIE_SORT = (
    r"(?:all|only|the|our|essential|necessary|strictly|required|optional|non-?essential|non-?necessary|additional"
    r"|analytics|analytical|functional|functionality|marketing|advertising|performance|statistics|statistical"
    r"|third[- ]party|recommended|selected)"
)
# CMS furniture that carries a variable part: "6 min read", "Tags: GIT fentanyl ...",
# "Categories: News Release", "The post <title> appeared first on citybiz." (WordPress feeds).
_BOILERPLATE = re.compile(
    r"\d{1,3}\s*+min(?:ute)?s?\s++read|(?:tags|categories|category|filed\s++under|posted\s++in)\s*+:[^\n]{0,300}+"
    # WordPress's category footer without its colon: "Posted in Press Releases", "Posted in News, Media" (da_c);
    # capitalised categories and no stop, so "Posted in the lobby, the notice ..." and "Posted in March." stay.
    r"|posted\s++in\s++(?-i:[A-Z])[^\n.!?:]{0,100}+"
    # A pointer to the media files, ending with its link (Australian and UK police, wires): "Images and vision of
    # the arrest are available via Hightail: https://...", "Note to media: Video is available at https://...".
    r"|(?:(?:note\s++to\s++(?:media|editors)|media\s++note|editor['’]s\s++note)\s*+:\s*+)?+"
    r"(?:(?:high[- ]res(?:olution)?\s++)?(?:photos?|images?|video|footage|vision|b-roll|audio|graphics?)"
    r"(?:\s*+(?:,|and|&)\s*+(?:photos?|images?|video|footage|vision|b-roll|audio|graphics?)){0,3}+)"
    r"(?:\s++of\s++[^\n:]{1,80}?)?\s++(?:is|are|can\s++be)\s++(?:available|downloaded|found)\s++"
    r"(?:via|at|here|from|for\s++download|on)[^\n:]{0,60}?\s*+:?\s*+https?://[^\s]{1,2000}+"
    # A button to a video or the photos: "Click here to watch the video", "Click here to download the photos".
    r"|click\s++here\s++to\s++(?:watch|view|see|download)\s++(?:the\s++)?(?:full\s++)?"
    r"(?:video|photos?|images?|gallery|footage|press\s++conference)\.?+"
    # A link's label in brackets and capitals, alone on its line: "[WATCH NEWS CONFERENCE HERE]" (San Diego's DA,
    # x6_da_sd_3), "[CLICK HERE TO VIEW THE VIDEO]", the verb opening it too: "[WATCH A VIDEO THAT FEATURES THE STORIES
    # OF ELDER ABUSE VICTIMS]" (the same office, sa_da_sd_2); "[REDACTED]" or "[Editor's note: ...]" stays.
    r"|\[(?-i:(?=[A-Z])[A-Z0-9 '’&:-]{0,61}?\b(?:HERE|WATCH|CLICK|VIEW|DOWNLOAD|LISTEN)\b[A-Z0-9 '’&:-]{0,60}+)\]"
    # Google's preferred-source prompt under a wire story, in the wordings the wires use: "Add us on Google as a
    # Preferred Source to see more news in your search results" (wire_prism_x1), "Add PRISM MediaWire as your
    # preferred news source on Google" (xc_wire_prism_1). "Add the museum as your first stop" names no source.
    r"|add\s++(?:us|[\w.&'’ -]{1,60}?)\s++(?:on|in)\s++google\s++as\s++(?:your|a)\s++preferred\s++(?:news\s++)?"
    r"source\b[^\n]{0,100}+"
    r"|add\s++[\w.&'’ -]{1,60}?\s++as\s++(?:your|a)\s++preferred\s++(?:news\s++)?source\s++(?:on|in)\s++google\b"
    r"[^\n]{0,100}+"
    # EIN Presswire's footer field: "Distribution channels: Banking, Finance & Investment Industry".
    r"|distribution\s++channels\s*+:[^\n]{0,300}+"
    # US DOJ's footer fields flattened onto one line: "Topic(s): Financial Fraud", "Component(s): Criminal
    # Division" (a media advisory's "TOPIC:" field has no "(s)" and stays); a wire's "Keywords: ...".
    r"|(?:topic|component)\(s\)\s*+:[^\n]{0,300}+|keywords\s*+:[^\n]{0,300}+"
    # A teaser button with its link: "Read more: https://...", "Read more at https://..." (a sentence that says
    # what to read, "Read more about the program at https://...", is the release's own and stays).
    r"|read\s++more\s*+(?:(?:here|at|on\s++[\w.-]{1,40}+)\s*+)?[:»›→]?\s*+https?://[^\s]{1,2000}+"
    r"|the\s++post\s++[^\n]{1,300}?\s++(?:appeared\s++first|first\s++appeared)\s++on\s++[^\s][^\n]{0,80}+"
    # A Senate site's month archive label, alone on a line: "January 2006 Press Releases" (xf_senate_allard_2); the
    # footer menu's separators, a lone "|" each once the links between them are gone (xi_senate_inhofe_1).
    r"|(?:january|february|march|april|may|june|july|august|september|october|november|december)[ \t]++"
    r"(?:19|20)\d\d[ \t]++(?:press|news)[ \t]++releases"
    r"|\|(?:[ \t]*+\|)*+"
    # The archive's syndication line (wire_033): "This article has been amplified by NewsRamp in ...".
    r"|this\s++(?:article|release)\s++(?:has\s++been|was)\s++amplified\s++by\s++[^\n]{1,120}+"
    # Press Services' template line under the contact box: "Original Source: https://www.avrek.com/blog/...".
    r"|original\s++source\s*+:\s*+https?://[^\s]{1,2000}+"
    # A PDF page's footer counter: "Page 1 of 2" (the running header of the later pages: ``_PAGE_HEADER``).
    r"|page\s++\d{1,4}+\s++of\s++\d{1,4}+|p[aá]gina\s++\d{1,4}+\s++de\s++\d{1,4}+"
    # Yahoo Finance's byline row over a re-hosted release: "Mon, Mar 2, 2026, 8:30 AM 2 min read" (the reading time
    # closes it; alone, "6 min read" is the first alternative).
    r"|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}+,[^\n]{1,40}?\b\d{1,2}:\d{2}[ \t]*+[ap]\.?m\.?[ \t]++"
    r"\d{1,3}[ \t]*+min(?:ute)?s?[ \t]++read"
    # WordPress's post navigation links, each with the other post's title: "Previous Post: ...", "Next Post: ...".
    r"|(?:previous|next)[ \t]++(?:post|article|story|entry)[ \t]*+:[ \t]*+[^\n]{1,200}+"
    # The same links with an arrow and no "Post": "← Previous: <title>", "Next: <title> →" (da_l); "Next: the
    # hearing." with no arrow is the author's.
    r"|[←«‹][ \t]*+(?:previous|next)[ \t]*+:[ \t]*+[^\n]{1,200}+"
    r"|(?:previous|next)[ \t]*+:[ \t]*+[^\n→»›]{1,200}+[→»›]"
    # A GovDelivery (Granicus) e-mail bulletin's wrapper: the header's "Having trouble viewing this email? View it as
    # a Web page." and the footer's "Update your subscriptions, modify your password ..." and "This service is
    # provided to you at no charge by <office>.".
    r"|having[ \t]++trouble[ \t]++viewing[ \t]++this[ \t]++(?:e-?mail|message|newsletter|bulletin)\??+[^\n]{0,100}+"
    r"|update[ \t]++your[ \t]++subscriptions,[ \t]++modify[ \t]++your[ \t]++password[^\n]{0,380}+"
    r"|this[ \t]++service[ \t]++is[ \t]++provided[ \t]++to[ \t]++you[ \t]++at[ \t]++no[ \t]++charge[ \t]++by[ \t]++"
    r"[^\n]{1,120}+"
    # US DOJ's footer field: "Press Release Number: 26-1234", a US Attorney's "RELEASE NUMBER: 2025-148_Acosta",
    # an old DOJ release's number alone under its end mark: "DOJ-23-0418", "CRM-23-512".
    r"|(?:press\s++)?release\s++(?:number|no\.?+)\s*+(?::?\s*+[\w-]{2,40}+|:)"
    r"|(?-i:[A-Z]{2,5})-\d{2}-\d{3,4}+"
    # PR Newswire's promotion under the story: "440k+ Newsrooms & Influencers", "9k+ Digital Media Outlets".
    r"|\d{1,4}k\+\s++(?:newsrooms|digital\s++media\s++outlets|journalists)[^\n]{0,40}+"
    # A line of hashtags only (Business Wire's footer): "#robotics #warehouse #coldchain".
    r"|#\w{1,40}+(?:\s++#\w{1,40}+){1,20}+"
    # PR Newswire's media links under the story: "Logo - https://mma.prnewswire.com/media/...jpg",
    # "Photo - https://...", "Video: https://...".
    r"|(?:logo|photo|video|image|multimedia|infographic)s?+[ \t]*+[-–:][ \t]*+https?://[^\s]{1,300}+"
    # A cookie banner's text (gov.uk, police forces, UN agencies): "Cookies on GOV.UK", "We use some essential
    # cookies to make this website work.", "This site uses cookies to ...".
    r"|cookies\s++on\s++(?:(?:the\s++)?[\w-]{1,40}+\.[\w.-]{2,40}+|(?:the|this|our)\s++(?:[\w.-]{1,40}+\s++){0,4}(?:web)?site)"
    r"|(?:we|this\s++(?:web)?site|our\s++(?:web)?site)\s++uses?\s++(?:some\s++)?(?:essential\s++|necessary\s++)?"
    r"cookies\b[^\n]{0,200}+"
    # The banner's buttons, each a line once their box is gone (Europol and EU sites, gov.uk, police forces):
    # "Accept all cookies", "Accept only essential cookies", "Reject non-essential cookies", "Use necessary cookies
    # only", "Necessary cookies only", "Cookie settings", "Manage preferences", "Save my choices".
    rf"|(?:accept|allow|agree\s++to|reject|decline|deny|refuse|block|disable|enable|use|only\s++use)\s++"
    rf"(?:{_COOKIE_SORT}\s++){{0,4}}+cookies(?:\s++only)?+"
    rf"|(?:only\s++)?+(?:{_COOKIE_SORT}\s++){{1,3}}+cookies(?:\s++only)?+"
    r"|(?:manage|customi[sz]e|change|adjust|save)\s++(?:(?:my|your|the|cookies?+|privacy|consent)\s++){0,2}+"
    r"(?:preferences|settings|choices|options|consent)"
    r"|cookies?+\s++(?:settings|preferences|options|choices|notice|banner|consent)"
    r"|(?:privacy|consent)\s++(?:settings|preferences|options|choices)",
    re.IGNORECASE,
)

# Two more shapes of ``_BOILERPLATE``, kept apart: their first words can be any, so the regex engine tries them at
# every line's start and scans on, about half of the time ``_BOILERPLATE`` takes on the corpus lines. Each closes
# its line with what one character tells (a digit; an "N", a "k" or a bracket, a stop after it): ``boilerplate_line``
# tries it only on a line ending so, which is the same reading.
# The running header of a PDF's pages after the first, the release's short name and the page: "Okafor Sentencing -
# Page 2" (US Attorneys' PDFs), "Smith Indictment | Page 3".
_PAGE_HEADER = re.compile(r"[^\n]{1,80}?[ \t]++[-–—|][ \t]++page[ \t]++\d{1,3}+", re.IGNORECASE)
# IBN's brand tagline under the contact box: "TechMediaWire is powered by IBN" (x8_wire_ibn_2), or "InvestorWire is
# part of the InvestorBrandNetwork." (uc_wire_ibn_2).
_POWERED_BY = re.compile(
    r"[\w.&-]{1,40}+(?:\s++[\w.&-]{1,40}+){0,3}?\s++is\s++(?:powered\s++by|part\s++of(?:\s++the)?+)\s++"
    r"(?:IBN|InvestorBrandNetwork)"
    r"(?:\s*+\(IBN\))?+\.?+",
    re.IGNORECASE,
)
_POWERED_BY_ENDS = frozenset("nNkK\u212a).")  # "IBN", "InvestorBrandNetwork" (a Kelvin sign folds to "k"), "(IBN)", "."


def _boilerplate_line(source: str, start: int, end: int) -> bool:
    """Whether ``source[start:end]`` is all a boilerplate line: ``_BOILERPLATE``, ``_PAGE_HEADER`` or ``_POWERED_BY``.

    >>> _boilerplate_line("Okafor Sentencing - Page 2", 0, 26), _boilerplate_line("Acme is powered by IBN.", 0, 23)
    (True, True)
    """
    if end <= start:
        return _BOILERPLATE.fullmatch(source, start, end) is not None
    last = source[end - 1]
    return (
        _BOILERPLATE.fullmatch(source, start, end) is not None
        or (last.isdigit() and _PAGE_HEADER.fullmatch(source, start, end) is not None)
        or (last in _POWERED_BY_ENDS and _POWERED_BY.fullmatch(source, start, end) is not None)
    )


# --- button_label --------------------------------------------------------------------------------
# A button's label on a line of its own, its link lost in the text (PRISM's marketing e-mails, xn_wire_prism_1):
# "Tap here to request the report.", "Get the free report", "Register for the Congress", among the story's
# paragraphs. Above the story's first paragraph the line is left to the meta stage, which reads the header's lines
# together. The same words in a sentence, or going on after the label ("Register for the Congress before May 1 ..."),
# stay; so does "Click here" / "to register for the town hall." (its link may be the story's, as a town hall's).
_BUTTON = re.compile(
    r"(?:click|tap)\s++here\s++to\s++(?:request|get|download|receive|order)\s++(?:the|your|a)\s++(?:free\s++)?+"
    r"(?:full\s++)?+(?:report|copy|guide|white\s?+paper|e-?+book|brochure|sample)[.!]?+"
    r"|(?:get|download|request)\s++(?:the|your|a)\s++free\s++[\w-]{1,20}+(?:\s++[\w-]{1,20}+)?+[.!]?+"
    r"|register\s++(?:now|here|today|for\s++the\s++[\w-]{1,30}+)[.!]?+"
    # A button drawn in brackets, its link lost: "[REGISTER for FREE]" (Newsworthy.ai, xr_wire_newsworthy_1). The label
    # opens with a verb of action in capitals, as "[WATCH NEWS CONFERENCE HERE]" (``_BOILERPLATE``); "[sic]", "[Name of
    # the company]" and a label in sentence case ("[Register for the webinar here]", "[Watch the news conference here]")
    # stay.
    r"|\[[ \t]*+(?-i:REGISTER|SIGN\s++UP|SUBSCRIBE|DOWNLOAD|JOIN|RSVP|APPLY|BOOK|DONATE|BUY|ORDER|LEARN\s++MORE"
    r"|READ\s++MORE|GET|REQUEST|RESERVE|ENROLL)\b[^\[\]\n]{0,40}+\]",
    re.IGNORECASE,
)
_BUTTON_LONGEST = 120


def button_label(source: str, pieces: tuple[Piece, ...], i: int) -> int | None:
    """A button's label (``Get the free report``) on a line of its own after the story has started."""
    piece = pieces[i]
    if piece.end - piece.start > _BUTTON_LONGEST or not _BUTTON.fullmatch(source, piece.start, piece.end):
        return None
    return 1 if _context(source, pieces).first_long < i else None


# --- related_links -------------------------------------------------------------------------
# "Related Posts", "Latest News", "Recent Posts" after the story opens a list of other pages'
# titles, dates and "Read More" buttons that runs to the end of the page (da_013, da_016,
# da_019); so do justice.gov's "Related Content" box and Europol's taxonomy box ("Related crime
# areas" / "Fraud" / "Related entities" / "Eurojust"). Claimed only after a story line and when no
# line after it is longer than a teaser, so a "Related articles" heading above the story never
# swallows it. A page with no line of 60 characters has a story of short sentences: there a line
# ending a sentence above the heading is the story's. Only a line's last character is read: the
# rendering joins lines into blocks, and a block ends a sentence only where one of its lines did
# (SPEC 5), while a length would grow with the join. WordPress-style DA sites close a page with a "Latest Posts" box
# of other releases' headlines (Orange County's, xj_da_orange_1), a headline of 60 characters among them: a page
# with no story line at all whose lines above the heading are short reads as the short page it is there, for the
# rendering joins a story hard-wrapped into short lines ("… del Condado de Orange" / "Mark Billings.") into one
# story line above the box (fuzz finding F1129-41). No line of 60 holds a stop anywhere there: a join under the
# heading ("… with Murder." / "y el …") moves a story line's stop inside the block the rendering shows.
def related_links(source: str, pieces: tuple[Piece, ...], i: int) -> int | None:
    """A related-links heading after the story, and every line after it."""
    if _key(source, pieces, i) not in RELATED_OPENERS:
        return None
    ctx = _context(source, pieces)
    if ctx.last_long > i:
        return None
    short_above = ctx.first_prose == len(pieces) and ctx.first_stop < i < ctx.first_wide
    if min(ctx.first_long, ctx.first_sentence) > i and not short_above and not _broken_story_above(source, pieces, i):
        return None
    return len(pieces) - i


# --- teaser_listing --------------------------------------------------------------------------
# A news listing prints each entry as a headline, a teaser sentence and a "Read more..." button under them:
# CivicPlus's News Flash page (Maricopa County Attorney, da_maricopa_newsroom), as Miami-Dade's "Related Posts"
# box prints its entries over "Read More" (da_013, which ``related_links`` takes whole under its heading). Two
# entries in a row make a listing: the one or two lines over a button are an entry's when a button stands right
# over them too (the entry before) or closes the next one or two lines (the entry after). A story's paragraph over a
# single "Read more" (Harris County's truncated release, xs_da_harris_1) is no listing and stays; the button alone is
# ``boilerplate_phrase``'s.
_ENTRY_BUTTONS = frozenset({"read more", "continue reading", "read full story", "read the full story"})
_ENTRY_LINES = 2  # an entry's headline and its teaser


def _entry_end(source: str, pieces: tuple[Piece, ...], i: int) -> int | None:
    """The index of the button closing an entry of one or two lines that opens at line ``i``, or ``None``."""
    for j in range(i + 1, min(len(pieces), i + _ENTRY_LINES + 1)):
        line = pieces[j - 1]
        if line.kind != "line" or line.end - line.start > _TEASER_LINE or _key(source, pieces, j - 1) in _ENTRY_BUTTONS:
            return None
        if pieces[j].kind == "line" and _key(source, pieces, j) in _ENTRY_BUTTONS:
            return j
    return None


def teaser_listing(source: str, pieces: tuple[Piece, ...], i: int) -> int | None:
    """A listing entry's headline and teaser over its ``Read more...`` button, next to another such entry."""
    # The entry's button stands one or two lines under it: most lines have none there, read from the labels first.
    if _ENTRY_BUTTONS.isdisjoint(_context(source, pieces).labels[i + 1 : i + 1 + _ENTRY_LINES]):
        return None
    end = _entry_end(source, pieces, i)
    if end is None:
        return None
    after = i > 0 and pieces[i - 1].kind == "line" and _key(source, pieces, i - 1) in _ENTRY_BUTTONS
    return end - i if after or _entry_end(source, pieces, end + 1) is not None else None


# A story broken over lines around its links has no story line (``_Context.first_long``) above the heading:
# ": The State Attorney will hold a press conference regarding the arrest of former" / "Hialeah Police Chief
# Sergio Velazquez" / "." (Miami-Dade's media advisories, x6_da_miami_3). A line of prose (60 characters or
# more) left open whose sentence ends within the next ``_BROKEN_LINES`` lines, among the ``_STORY_LOOKBACK``
# lines above the heading, is the story's; a cookie banner's sentence or a headline is no such line.
_STORY_LOOKBACK = 50
_BROKEN_LINES = 3


def _broken_story_above(source: str, pieces: tuple[Piece, ...], i: int) -> bool:
    """A sentence of prose broken over lines stands above line ``i`` (a bounded look back)."""
    for j in range(max(0, i - _STORY_LOOKBACK), i):
        piece = pieces[j]
        if piece.kind != "line" or piece.end - piece.start < 60 or source[piece.end - 1] in _SENTENCE_END:
            continue
        for k in range(j + 1, min(i, j + 1 + _BROKEN_LINES)):
            # The sentence may end at a stop glued to the next block (".!AT:Pr"): the paragraph stage cuts the line
            # there and the rendering shows the story's block closed by it (fuzz finding F1130-24).
            if pieces[k].kind == "line" and (source[pieces[k].end - 1] in ".!?" or _glued_stop(source, pieces[k])):
                return True
    return False


# --- image_marker --------------------------------------------------------------------------
# A file-like label or placeholder where an image stood: "2018-153-Photo-1" (INTERPOL),
# "IMG_1234.jpg", "https://.../fraud-FILE-photo.jpg", "[Image: Police chiefs in Lyon]".
# Image dimensions printed under it ("320" / "480", da_021) belong to the marker.
_IMAGE_LABEL = re.compile(
    r"[\w-]{0,60}?(?<![^\W_])(?:photo|image|img|pic|picture|dsc|foto)[-_ ]?\d{1,5}", re.IGNORECASE
)
# The longest line _IMAGE_LABEL can match: a 60-character prefix, the longest keyword, a separator, 5 digits.
_IMAGE_LABEL_LONGEST = 60 + len("picture") + 1 + 5
_IMAGE_BRACKET = re.compile(r"\[(?:image|photo|picture|video|graphic|img)(?:\s*+:[^\]\n]{0,300}+)?\]", re.IGNORECASE)
_IMAGE_EXT = (".jpg", ".jpeg", ".png", ".gif", ".webp", ".tif", ".tiff", ".bmp", ".svg")


_SLUG = re.compile(r"[a-z][a-z0-9_-]{2,29}+")


def image_marker(source: str, pieces: tuple[Piece, ...], i: int) -> int | None:
    """An image file name, image URL, ``2018-153-Photo-1`` label or ``[Image: ...]`` placeholder."""
    piece = pieces[i]
    if not 4 <= piece.end - piece.start <= 600:  # nothing shorter than "img1" or ".jpg" is a marker
        return None
    raw = source[piece.start : piece.end]
    is_file = " " not in raw and "\t" not in raw and raw.lower().endswith(_IMAGE_EXT)
    if not (
        is_file
        or (len(raw) <= _IMAGE_LABEL_LONGEST and _IMAGE_LABEL.fullmatch(raw))
        or (raw[0] == "[" and _IMAGE_BRACKET.fullmatch(raw))
    ):
        return None
    j = i + 1
    # Its width and height ("320" / "480"), and the CMS slug printed with it ("danewscenter"); or the author's
    # name, when the structured data goes on under it: the site logo's URL or a timestamp on the next line
    # ("Barbara Medina" / "https://.../logo.webp", "Barbara Medina" / "2025-02-21 14:12:17", da_sd_spencer).
    while j < len(pieces) and j - i <= 3 and pieces[j].kind == "line" and pieces[j].end - pieces[j].start <= 30:
        line = source[pieces[j].start : pieces[j].end]
        if not ((line.isdigit() and len(line) <= 4) or _SLUG.fullmatch(line) or _data_author(source, pieces, j)):
            break
        j += 1
    return j - i


_AUTHOR_NAME = re.compile(r"[A-Z][\w'’.-]{0,20}+(?: [A-Z][\w'’.-]{0,20}+){1,3}+")


def _data_author(source: str, pieces: tuple[Piece, ...], j: int) -> bool:
    """Whether line ``j`` is a name with the structured data's logo URL or timestamp on the line under it."""
    if (
        j + 1 >= len(pieces)
        or pieces[j].blank_after
        or not _AUTHOR_NAME.fullmatch(source, pieces[j].start, pieces[j].end)
    ):
        return False
    nxt = source[pieces[j + 1].start : pieces[j + 1].end]
    is_file = " " not in nxt and nxt.startswith(("http://", "https://")) and nxt.lower().endswith(_IMAGE_EXT)
    return is_file or _TIMESTAMP.fullmatch(nxt) is not None


# --- markdown_image, archive_trailer -------------------------------------------------------
# Markdown left in plain text by an archive (the Newsworthyai wire dumps): an image line
# "![Blockchain Registration](https://...qrcode...webp)", and the link block after "---":
# "[Original/Source Press Release](...)", "Pickup - [citybuzz.co](...)", "[Reddit Post](...)".
# A URL holds no whitespace (the same URL as the ``markdown_link`` repair's): "[](\u2028)" is no link, on
# its raw lines nor once the rendering has made its line break a space (SPEC 5).
_MARKDOWN_IMAGE = re.compile(r"!\[[^\]\n]{0,500}+\]\([^)\s]{0,2000}+\)|\[\]\([^)\s]{1,2000}+\)")
_MARKDOWN_LINK_LINE = re.compile(r"[^\[\n]{0,40}+\[[^\]\n]{1,300}+\]\([^)\s]{0,2000}+\)")
# An image whose alt text the page wrapped over lines: "![Jürgen Stock at the" / "meeting](https://...png)".
# The rendering joins a block's lines with a space, so the image the rule takes on one line is taken wrapped.
_WRAPPED_IMAGE = re.compile(r"!\[[^\]]{0,500}+\]\([^)\s]{0,2000}+\)")
_WRAPPED_LINES = 4
_WRAPPED_LINK_LINE = re.compile(r"[^\[\n]{0,40}+\[[^\]]{1,300}+\]\([^)\s]{0,2000}+\)")
_RULE_LINE = re.compile(r"-{3,}+|\*{3,}+|_{3,}+")


def archive_trailer(source: str, pieces: tuple[Piece, ...], i: int) -> int | None:
    """A ``---`` line followed only by markdown link and image lines; a link's label may wrap over lines."""
    piece = pieces[i]
    if piece.end - piece.start > 80 or not _RULE_LINE.fullmatch(source, piece.start, piece.end):
        return None
    j = i + 1
    while j < len(pieces) and pieces[j].kind == "line" and pieces[j].end - pieces[j].start <= 2600:
        start, end = pieces[j].start, pieces[j].end
        if _MARKDOWN_LINK_LINE.fullmatch(source, start, end) or _MARKDOWN_IMAGE.fullmatch(source, start, end):
            j += 1
            continue
        wrapped = _wrapped_link(source, pieces, j)
        if not wrapped:
            break
        j += wrapped
    return j - i if j > i + 1 else None


def _wrapped_link(source: str, pieces: tuple[Piece, ...], j: int) -> int:
    """How many lines a link line spans whose label the page wrapped (``[Read the full`` / ``report](url)``), or 0.

    Markdown writers wrap long lines, a link's label among them (pandoc at 72 columns); the paragraph stage joins
    the lines, and the rendering shows the link on one line, where ``archive_trailer`` reads it (fuzz finding
    F1129-2). The label's lines stand with no blank line between; the last one closes the link and the line.
    """
    start = pieces[j].start
    if source.find("[", start, pieces[j].end) < 0 or source.find("]", start, pieces[j].end) >= 0:
        return 0
    last = j
    while last - j < _WRAPPED_LINES and pieces[last].blank_after == 0 and last + 1 < len(pieces):
        last += 1
        if pieces[last].kind != "line" or pieces[last].end - start > 2600:
            return 0
        if source.find("]", pieces[last].start, pieces[last].end) >= 0:
            return last - j + 1 if _WRAPPED_LINK_LINE.fullmatch(source, start, pieces[last].end) else 0
    return 0


# The same link block with no "---" above it, as older archive files end: "[Original/Source Press Release](URL)",
# "[Newsramp.com TLDR](URL)" or "[Newsramp.com TLDR](None)", and under them a bare "https://www.reddit.com/r/..."
# line (xn_wire_247_1, xn_wire_newsdirect_1). A link line whose label is the archive's own (``ARCHIVE_LINK_LABELS``)
# opens it; the link, image and bare URL lines right under it go with it. Another label ("[Read the full
# report](...)"), a bare URL under no archive link and the label inside a sentence stay.
_ARCHIVE_LINK = re.compile(r"\[(?P<label>[^\]\n]{1,40}+)\]\([^)\s]{0,2000}+\)")
_ARCHIVE_LINK_LONGEST = 2 + 40 + 2 + 2000 + 1


def archive_links(source: str, pieces: tuple[Piece, ...], i: int) -> int | None:
    """A markdown link with the archive's label (``[Newsramp.com TLDR](...)``) and the link lines under it."""
    piece = pieces[i]
    if piece.end - piece.start > _ARCHIVE_LINK_LONGEST:
        return None
    m = _ARCHIVE_LINK.fullmatch(source, piece.start, piece.end)
    if not m or " ".join(m["label"].lower().split()) not in ARCHIVE_LINK_LABELS:
        return None
    j = i + 1
    while j < len(pieces) and pieces[j].kind == "line" and pieces[j].end - pieces[j].start <= 2600:
        start, end = pieces[j].start, pieces[j].end
        if not (
            _MARKDOWN_LINK_LINE.fullmatch(source, start, end)
            or _MARKDOWN_IMAGE.fullmatch(source, start, end)
            or _LONE_LINK.fullmatch(source, start, end)
        ):
            break
        j += 1
    return j - i


# --- site_url_trailer ----------------------------------------------------------------------
# A site's home address alone on the page's last line, under the story's closing sentence: the scraper's
# trailer naming where the page came from ("... lower than the average of the 1990s." / "" /
# "http://bennett.senate.gov/", every Bennett page, xt_senate_bennett_1). Only a home page (a host, no path)
# and only when the line above ends a sentence that points nowhere: a URL under "... at:" or "Visit our
# website." is the sentence's object (da_003), and a link with a path (a report, a form) is the author's.
_SITE_URL = re.compile(r"(?:https?://|www\.)[\w-]++(?:\.[\w-]++)++/?+")
_SITE_URL_LONGEST = 80
_POINTING_END = re.compile(r"(?:web[ -]?+site|online|site|page|at|visit|here|below|following)[.!]?+$", re.IGNORECASE)
_POINTING_TAIL = 12  # the pointing word and its stop: the search reads the line's end only
_TRAILING_PIECES = 4  # the URL line is the last line: at most this many pieces (noise) after it
_END_MARK_TAIL = 16  # the longest end mark ``without_end_mark`` cuts off a line ("# # #", "-30-")


def site_url_trailer(source: str, pieces: tuple[Piece, ...], i: int) -> int | None:
    """A home-page URL alone on the page's last line, under a closing sentence."""
    piece = pieces[i]
    if piece.end - piece.start > _SITE_URL_LONGEST or not _SITE_URL.fullmatch(source, piece.start, piece.end):
        return None
    if len(pieces) - i > _TRAILING_PIECES or any(p.kind == "line" for p in pieces[i + 1 :]):
        return None
    if i == 0 or pieces[i - 1].kind != "line" or _context(source, pieces).first_long >= i:
        return None
    above = pieces[i - 1]
    # The end mark meta takes off the closing sentence ("… in September.# # #", Bennett's pages, tb_senate_bennett_1):
    # the sentence is read as the rendering shows it, without the mark.
    tail = without_end_mark(source[max(above.start, above.end - _POINTING_TAIL - _END_MARK_TAIL) : above.end])
    tail = tail.rstrip()
    if not tail or tail[-1] not in _SENTENCE_END:
        return None
    return None if _POINTING_END.search(tail[-_POINTING_TAIL:]) else 1


# A markdown horizontal rule alone on its line, with no link block under it: "***" between the story and
# "About ..." (xk_wire_newsdirect_1), a "---" parting two sections. It draws a line and says nothing (the
# 191 "---" lines of the corpora are all noise). "* * *" and "- - -" are the same rule spaced out. A rule over
# a line that opens like a markdown link or image ("[", "!") is the archive trailer's to judge, with its
# links: when they are no links ("[](\u2028)", a line break where the URL goes), the rule stays with them.
_LONE_RULE = re.compile(r"-(?:[ \t]*+-){2,}+|\*(?:[ \t]*+\*){2,}+|_(?:[ \t]*+_){2,}+")
_LONE_RULE_LONGEST = 80
_LINK_LONGEST = 1 + 300 + 2 + 2000 + 1  # "[label](url)" as the ``markdown_link`` repair reads one


def markdown_rule(source: str, pieces: tuple[Piece, ...], i: int) -> int | None:
    """A markdown horizontal rule (``---``, ``***``, ``___``) alone on its line, over no line opening with a link.

    Over link lines only, ``archive_trailer`` (before it in ``NOISE_RULES``) takes the rule and the links; over
    another line that opens like a link (``[``, ``!``) the rule stays, judged with it. A line that opens with a
    link the ``markdown_link`` repair renders as its label, its label wrapped over lines or a sentence going on
    after it, does not open so on the rendering, where a re-parse takes the rule (fuzz finding F1129-3).
    """
    piece = pieces[i]
    if piece.end - piece.start > _LONE_RULE_LONGEST or not _LONE_RULE.fullmatch(source, piece.start, piece.end):
        return None
    if i + 1 < len(pieces) and pieces[i + 1].kind == "line" and source[pieces[i + 1].start] in "[!":
        return 1 if _rendered_link_opens(source, pieces, i + 1) else None
    return 1


def _rendered_link_opens(source: str, pieces: tuple[Piece, ...], k: int) -> bool:
    """Line ``k`` opens with a link the ``markdown_link`` repair renders as its label (the label may wrap)."""
    last = k
    while last - k < _WRAPPED_LINES and pieces[last].blank_after == 0 and last + 1 < len(pieces):
        if source.find("]", pieces[last].start, pieces[last].end) >= 0 or pieces[last + 1].kind != "line":
            break
        last += 1
    end = min(pieces[last].end, pieces[k].start + _LINK_LONGEST)
    return _MARKDOWN_LINK.match(source, pieces[k].start, end) is not None


# --- scraper_artefact ----------------------------------------------------------------------
# What an empty field or a broken decoder leaves on a line of its own: "None", "NoneNoneNone"
# (doj_010), a lone mojibake remnant "â" or "Â", a "?" or U+FFFD for a lost character, a
# stray markdown code fence "```html" (wire_029), "None None None" (empty fields set apart by spaces,
# doj_r10000), an empty link's brackets "[]" and a link's bare site path "/CivicAlerts.aspx" (CivicPlus).
_ARTEFACT_LINE = re.compile(
    r"None(?:[ \t\u00a0]*+None)*+|[âÂ?\ufffd]|`{3,}+[\w+-]{0,20}+|~{3,}+|\[\]"
    r"|/[\w.~%-]{1,60}+(?:/[\w.~%-]{1,60}+)*+/?+"
)

# "None" runs glued after a sentence end, in the middle of a line before a new sentence
# (`the court."None  The defendant`) or at its end (`this case. None`, `(IOC-2).NoneNone`).
# "None of the defendants" is kept: a glued "None" must be followed by a capital or the end. Two empty fields
# print their stand-ins one space apart, the first glued to the stop: "the Department of Justice announced.None
# NoneNone   The indictment also alleges …" (sa_doj_r08093): the spaced runs after the glued one are stand-ins too,
# up to the capital that opens the next sentence ("announced.None None of them" gives back the sentence's "None",
# one run per step, so the backtracking is linear).
_GLUED_NONE = re.compile(
    r"(?<=[.!?\"”’)\]])(?:None)++(?:[ \t\u00a0]++(?:None)++)*(?=[ \t\u00a0]*+[A-Z“\"‘(]|[ \t\u00a0]*+$)"
)
# One stand-in per empty field at the line's end, one space apart: "… federal health care programs. None None"
# (ta_doj_r05388): each is a stand-in of its own.
_SPACED_NONE = re.compile(r"(?<=[.!?\"”’)\]])[ \t\u00a0]++(?P<none>(?:None)++(?:[ \t\u00a0]++(?:None)++)*+)$")
# A run of "None"s set apart by spaces from the sentences around it, in a one-line page whose paragraph
# breaks are runs of spaces: "security guards.    None None None   The superseding indictment" (doj_r10000).
# Two spaces at least on each side: "None" after one space is a word ("Asked who helped? None Smith named.").
_NONE_RUN = re.compile(
    r"(?<=[.!?\"”’)\]])[ \t\u00a0]{2,}+(?P<none>None(?:[ \t\u00a0]++None)*+)"
    r"(?=[ \t\u00a0]{2,}+[A-Z“\"‘(]|[ \t\u00a0]*+$)"
)

# The stand-in opening a line, glued to its capital ("NoneIn Los Angeles, ...", x6_doj_r08650), or opening
# the text set apart by two spaces or more ("None  According to court records", x6_doj_r12140); in a later
# line "None  Yes  No" may be a flattened table's cells. "Nonetheless", "None of them" and "None Injured in
# Crash" (a headline's word, one space) stay.
_LEADING_NONE = re.compile(r"(?P<none>(?:None)++)(?P<spaced>[ \t\u00a0]{2,}+)?+(?=[A-Z“\"‘(])")
_TEXT_START = 8  # at most this many characters (a BOM, spaces) before the text's first line
# One space after a full stop, one or more before a capital: "the U.S. military. None Terrence McNeil
# pleaded guilty" (x5_doj_r01360), "created to combat. None   FHA mortgage insurance" (a DOJ page whose
# paragraphs are parted by space runs). A sentence opening with "None" goes on with a small word ("None of",
# "None were"); after a question mark "None" is an answer ("Asked who helped? None Smith could name.").
# Glued to the next sentence's first word after that space: "… Guadalajara, Mexico. NoneZia Zafar, 31, …"
# (xg_doj_r01750); "Nonetheless" goes on in lower case. Two empty fields give two, one space apart: "… of
# methamphetamine. None None Establishment of DEA …" (xj_doj_r00551): each is a stand-in of its own. Glued together
# they are one run, cut whole ("… its cooperation. NoneNoneNoneNoneApplicants or employees …", xp_doj_r00714): the
# next "None" is no sentence's first word. A glued run gives back its last "None" only when what follows it is no
# sentence ("NoneNonetheless, …", "NoneNone of them …": the last is the sentence's word); one stand-in per step, so
# the backtracking is linear. Spaced ones never give back ("None None of the suspects" stays whole).
_ONE_SPACE_NONE = re.compile(
    r"(?<=[a-z)”’\"]\.)[ \u00a0](?P<none>None(?:[ \u00a0]None)*+(?:None)*)(?=[ \u00a0]++[A-Z“\"‘]|[A-Z][a-z])"
)
_NONE_WORD = re.compile(r"(?:None)++")
# Glued to what no sentence ends with, in a DOJ media advisory whose empty fields part its label lines: after a
# lower-case letter, a digit, a colon or an all-caps word ("Memorial ServicesNoneNoneDEPARTMENT OF JUSTICE", "EDTNone
# Courtyard", "NY 11201NoneNoneBackground", "OPEN TO PRINT MEDIA NoneNote:", xm_doj_r02252) and before a capital, a
# digit ("UNVEILINGNone9:00 a.m.", "D.C.NoneNoneNoneNone3:00") or the line's end. "Nonetheless", "None of" and "The
# NoneSuch brand" (a title-case word and a space before it) stay.
_CAPS_GLUED_NONE = re.compile(
    r"(?<!None)(?:(?<=[a-z0-9.:])|(?<=[A-Z]{2})|(?<=[A-Z]{2}[ \t\u00a0]))(?:None)++(?=[A-Z0-9]|[ \t\u00a0]*+$)"
)


# The stand-in opening the text, one space before a sentence's usual first word: "None The complaint alleges …"
# (ya_doj_r00268). "None Injured in Crash" (a headline) stays: "Injured" opens no sentence.
_OPENING_NONE = re.compile(r"None[ \u00a0](?P<word>[A-Z][a-z]++)(?=[ \u00a0,])")


def _opening_none(source: str, piece: Piece) -> list[tuple[int, int]]:
    """The ``None`` opening the text one space before a sentence opener (``_OPENING_NONE``), or nothing."""
    m = _OPENING_NONE.match(source, piece.start, piece.end)
    if m is None or m["word"] not in SENTENCE_OPENERS:
        return []
    return [(m.start(), m.start() + 4)]


def glued_none(source: str, piece: Piece) -> list[tuple[int, int]]:
    """``None`` runs a scraper glued after a sentence end, or opening a line before its first sentence."""
    if "None" not in source[piece.start : piece.end]:
        return []
    spans = [
        (w.start(), w.end())
        for m in _GLUED_NONE.finditer(source, piece.start, piece.end)
        for w in _NONE_WORD.finditer(source, m.start(), m.end())
    ]
    lead = _LEADING_NONE.match(source, piece.start, piece.end)
    if lead and (lead["spaced"] is None or (piece.start <= _TEXT_START and not source[: piece.start].strip())):
        spans.append((lead.start("none"), lead.end("none")))
    elif piece.start <= _TEXT_START and not source[: piece.start].strip():
        spans += _opening_none(source, piece)
    for run in _ONE_SPACE_NONE.finditer(source, piece.start, piece.end):
        spans += [(w.start(), w.end()) for w in _NONE_WORD.finditer(source, run.start("none"), run.end("none"))]
    m = _SPACED_NONE.search(source, max(piece.start, piece.end - 400), piece.end)
    if m and m.start("none") > piece.start:
        spans += [(w.start(), w.end()) for w in _NONE_WORD.finditer(source, m.start("none"), m.end("none"))]
    spans += [(m.start("none"), m.end("none")) for m in _NONE_RUN.finditer(source, piece.start, piece.end)]
    spans += _caps_glued_none(source, piece.start, piece.end)
    return sorted(set(spans))


def _caps_glued_none(source: str, start: int, end: int) -> list[tuple[int, int]]:
    """The ``_CAPS_GLUED_NONE`` matches between ``start`` and ``end``, as ``finditer`` finds them.

    The pattern opens with lookbehinds, which a search tries at every character of the line; it is tried at each
    ``None`` only (a word that cannot overlap itself: a match starts at one or nowhere): a long line reads
    at the speed of ``str.find``.
    """
    spans: list[tuple[int, int]] = []
    at = source.find("None", start, end)
    while at >= 0:
        m = _CAPS_GLUED_NONE.match(source, at, end)
        if m is not None:
            spans.append((m.start(), m.end()))
        at = source.find("None", m.end() if m is not None else at + 4, end)
    return spans


def edge_invisible(source: str, piece: Piece) -> list[tuple[int, int]]:
    """Invisible characters opening or closing a line with text in it (a BOM, a zero-width space).

    The run looks through spaces between invisible characters (``\x82 \x8cá``): the text the line
    keeps must not open with one, or a second clean would remove it (SPEC 5).
    """
    spans: list[tuple[int, int]] = []
    start = piece.start
    head = _MARKDOWN_HEADING.match(source, start, piece.end)
    if head:  # the heading marker is cut off as noise: the text after it is the edge the rendering shows
        start = head.end()
        while start < piece.end and source[start].isspace():
            start += 1
    m = _INVISIBLE_RUN.match(source, start, piece.end)
    if m:
        end = m.end()
        while source[end - 1].isspace():
            end -= 1
        if m.end() < piece.end:
            spans.append((m.start(), end))
    k = piece.end
    while k > start and (_INVISIBLE.match(source, k - 1, k) or source[k - 1].isspace()):
        k -= 1
    while k < piece.end and source[k].isspace():
        k += 1
    if start < k < piece.end and (not spans or spans[0][1] <= k) and _INVISIBLE.match(source, k):
        spans.append((k, piece.end))
    return spans


# --- markdown_heading ----------------------------------------------------------------------
# The "#" run of a markdown heading ("# Title", wire dumps): the marker is noise, the heading
# text stays for the meta and heading rules. Not an end mark ("###", "# # #"). A "#" or "##" alone
# on a line (its heading text wrapped onto the next) is noise too (``lone_hash``): the paragraph
# stage would join it to the next line, and the rendering's "# Text" opens a heading (SPEC 5).
# Any space between (NBSP, "\x1f"): the rendering makes it one space, and then the run opens a heading (SPEC 5).
_MARKDOWN_HEADING = re.compile(r"#{1,6}+(?=\s++[^#\s])")


_LONE_HASH = re.compile(r"#{1,2}+")


def lone_hash(source: str, pieces: tuple[Piece, ...], i: int) -> int | None:
    """A ``#`` or ``##`` alone on a line (three or more are the end mark, a meta line).

    Not one ``#`` under a line that ends a sentence: the end mark of Brooklyn's pages (``… Bureau Chief.`` /
    ``#`` / the office's letterhead), which the meta stage takes.
    """
    piece = pieces[i]
    if not _LONE_HASH.fullmatch(source, piece.start, piece.end):
        return None
    above = pieces[i - 1] if i > 0 else None
    ends_sentence = above is not None and above.kind == "line" and source[above.end - 1] in _SENTENCE_END
    return None if piece.end - piece.start == 1 and ends_sentence else 1


def markdown_heading(source: str, piece: Piece) -> list[tuple[int, int]]:
    """The ``#`` run that opens a markdown heading line (not an end mark before its ``Return`` link).

    Invisible characters before it (a BOM, a C1 control: ``\x9b# Title``) are ``edge_invisible``'s noise: the
    rendering drops them, and there the run opens the line (fuzz finding, session 21; SPEC 5).
    """
    lead = _INVISIBLE.match(source, piece.start, piece.end)
    m = _MARKDOWN_HEADING.match(source, lead.end() if lead else piece.start, piece.end)
    if m is None or _END_MARK_LINK.match(source, piece.start, piece.end):
        return []
    return [(m.start(), m.end())]


# --- end_mark_link -------------------------------------------------------------------------------------
# The link a Senate template prints after the release's closing "###", on its line: "... Georgetown    ### Return"
# (xo_senate_carper_1, a one-line page), or "### Return" alone. The link's word is navigation; the "###" is the end
# mark meta takes, so it is cut off the line: at a run of two spaces or more before it (the run is the cut, no
# noise), or at the line's start. "Return" with no end mark before it, "### Return Policy" (a markdown heading)
# and "The ### Return key" (one space before the mark) stay.
_END_MARK_LINK = re.compile(
    r"(?P<mark>#(?:[ \t\u00a0]?+#){2}+)[ \t\u00a0]++"
    r"(?P<link>(?:Return|Back)(?:[ \t\u00a0]++to[ \t\u00a0]++(?:Top|top))?+)[ \t\u00a0]*+$"
)
_END_MARK_LINK_TAIL = 40  # the mark, its link and the spaces between: the search reads the line's end only


def end_mark_link(source: str, piece: Piece) -> list[tuple[int, int]]:
    """``Return`` after a closing ``###`` at a line's end; a space run before the mark cuts the line there too."""
    tail = max(piece.start, piece.end - _END_MARK_LINK_TAIL)
    if "#" not in source[tail : piece.end]:
        return []
    for m in _END_MARK_LINK.finditer(source, tail, piece.end):
        gap = m.start("mark")
        while gap > piece.start and source[gap - 1] in " \t\u00a0":
            gap -= 1
        if gap == piece.start:  # "### Return" alone on its line
            return [(m.start("link"), m.end("link"))]
        if m.start("mark") - gap >= 2:
            # the space run before the mark is the cut (whitespace: nothing is noise), the link is navigation
            return [(gap, m.start("mark")), (m.start("link"), m.end("link"))]
    return []


# --- empty markdown links ----------------------------------------------------------------
# Image links whose alt text the archive dropped, opening a line: "[](https://...png) [](https://
# ddsmatchsouth.com) Contact Information:" (wire_020). Nothing in them is readable.
_EMPTY_LINK = re.compile(r"\[\]\([^)\s]{0,2000}+\)")


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


# --- glued teaser link --------------------------------------------------------------------
# Reportable's link to the full announcement under its teaser, glued to the About that follows it:
# "[Click image above to view full announcement.](https://….reportablenews.com/pr/…)About Save On WirelessFrom …"
# (xr_wire_reportable_1). Alone on its line it is ``link_teaser``'s (wire_026); glued, it opens the line and a
# capital follows it, and the link is cut off the line (the About is then the meta stage's). The label is the
# teaser's own ("click image above …"); any other link opening a line stays.
_GLUED_TEASER_LINK = re.compile(
    r"\[(?:click|tap)\s++(?:on\s++)?(?:the\s++)?(?:image|photo|picture|logo)\s++(?:above|below)\b[^\]\n]{0,150}+\]"
    r"\([^)\s]{1,2000}+\)(?=[A-Z])",
    re.IGNORECASE,
)


def glued_teaser_link(source: str, piece: Piece) -> list[tuple[int, int]]:
    """A teaser's ``[Click image above …](url)`` link opening a line, with text glued after it."""
    m = _GLUED_TEASER_LINK.match(source, piece.start, piece.end)
    return [(m.start(), m.end())] if m else []


# --- glued slideshow counter ---------------------------------------------------------------------
# A gallery prints its counter ("Image 2 of 5", "Photo 3 of 10", "Slide 1 of 3") on the line under the photo's
# caption; a scrape that drops that line break glues it to the caption's last character: "Officers at the border
# crossingImage 2 of 5" (fuzz finding F1128-3). Glued (no space before it), ending the line and counting within
# its range (``1 <= a <= b``), the counter is cut off as ``slideshow_counter`` takes it alone on its line; after a
# space it is a sentence's words ("as shown in Image 2 of 5") and stays.
_GLUED_COUNTER = re.compile(
    r"(?:Image|Photo|Picture|Slide|Foto)[ \t\u00a0]++(?P<a>\d{1,3}+)[ \t\u00a0]*+(?:of|/)[ \t\u00a0]*+(?P<b>\d{1,3}+)"
    r"[ \t\u00a0]*+$"
)
# The longest glued counter with its spaces: the tail of the line it is searched in.
_GLUED_COUNTER_TAIL = 40


def glued_counter(source: str, piece: Piece) -> list[tuple[int, int]]:
    """A slideshow counter glued to the end of a line's text (``…crossingImage 2 of 5``)."""
    tail = max(piece.start + 1, piece.end - _GLUED_COUNTER_TAIL)
    m = _GLUED_COUNTER.search(source, tail, piece.end)
    if m is None or source[m.start() - 1].isspace() or not 1 <= int(m["a"]) <= int(m["b"]):
        return []
    start = m.start()
    while start > piece.start and _INVISIBLE.match(source, start - 1, start):
        start -= 1  # an invisible character glued before it goes too: it would end the line the rendering shows
    return [(start, m.end())]


# --- release number ------------------------------------------------------------------------
# US DOJ pages print the release number after the end mark: "assisted.# # #14-1077" (doj_005).
_RELEASE_NUMBER = re.compile(r"(?<=#)[ \t]*+(?P<number>\d{2}-\d{3,4}+)$")
# The same pages end with the title of the item their "Related Materials" box links (an attachment, a speech), the
# scrape gluing it to the story's last stop as it glues the paragraphs: "… to Puerto Rican health care
# consumers.Comments on S.B. 8991 - Optometry Letter" (sa_doj_r02674), "… and other federal and state
# agencies.Principal Deputy Assistant Attorney General Stuart F. Delery Speaks at the Second Annual Consumer Protection
# Summit" (ta_doj_r07268). The title is in Title Case with no stop of its own, three capitalised words at least, and
# ends the text (or only the stand-ins for empty fields, "None", follow it). A glued last paragraph in sentence case
# ("… the court.In a later interview he said so"), a Title Case line followed by more text, or a title after a
# space ("the court. Related Cases") stays.
_GLUED_TITLE_STOP = re.compile(r"[a-z0-9)][.!?][\"”’]?+(?=[A-Z])")
_GLUED_TITLE_LONGEST = 200
_GLUED_TITLE_STORY = 200  # the story before it: a paragraph at least
# Title Case leaves articles, conjunctions and short prepositions in lower case ("Speaks at the Second Annual ...").
_GLUED_TITLE_SMALL_WORDS = frozenset({"a", "an", "the", "and", "or", "as", "vs"}) | frozenset(
    {"at", "by", "for", "from", "in", "into", "of", "on", "over", "to", "with"}
)
_TEXT_END = re.compile(r"(?:\s|None)*+")


def related_title(source: str, piece: Piece) -> list[tuple[int, int]]:
    """A related item's Title Case title glued to the story's last stop, ending the text (``_GLUED_TITLE_STOP``)."""
    end = piece.end
    while source.endswith("None", piece.start, end):
        end -= 4
    floor = max(piece.start + _GLUED_TITLE_STORY, end - _GLUED_TITLE_LONGEST)
    stops = list(_GLUED_TITLE_STOP.finditer(source, floor, end))
    stop = stops[-1] if stops else None
    if stop is None or not source[end - 1].isalnum() or not _TEXT_END.fullmatch(source, piece.end):
        return []
    words = source[stop.end() : end].split()
    if len(words) < 3 or sum(w[0].isupper() for w in words) < 3:
        return []
    if not all(not w[0].isalpha() or w[0].isupper() or w in _GLUED_TITLE_SMALL_WORDS for w in words):
        return []
    return [(stop.end(), end)]


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


# --- spaced_chrome ---------------------------------------------------------------------------
# US Senate pages scraped into one line (the Grimmer corpus) keep the site's header and footer
# as segments set apart by runs of three or more spaces: "U S  Senator Barack Obama" then
# "Barack Obama" (every Obama release, senate_004), "United States Senator Arlen Specter
# Pennsylvania" / "News Room" / "News Room News Releases" ... "Browse by" / "Current record"
# (Specter's, senate_006). A segment is chrome when it is the site name ("U S Senator" or
# "United States Senator" and a name) or that name again, before the story's first long
# segment, or a phrase of ``SPACED_CHROME`` anywhere. The same words with one or two spaces
# around them are story text and stay, and so does a letter's signature ("Barack Obama")
# after the story has started.
_SEGMENT = re.compile(r"[^\s]++(?:[ \t\u00a0]{1,2}+[^\s]++)*+")
_PAGE_TITLE_SEGMENT = 160  # a headline of twenty-odd words: the page's first segment no longer is its story
_BARE_SENATOR_SITE = re.compile(r"(?:U\s*+S|United\s++States|UNITED\s++STATES)\s++(?:Senator|SENATOR)")
_SENATOR_SITE = re.compile(rf"{_BARE_SENATOR_SITE.pattern}\s++(?P<name>[A-Z][\w.'’-]*+(?:\s++[A-Z][\w.'’-]*+){{0,4}}+)")
# A letterhead in capitals goes on after wide runs with the rest of the name and the state, a segment of one or
# two capital words each, the state last: "U S  SENATOR PATRICK" / "LEAHY" / "VERMONT" (Leahy's pages,
# xb_senate_leahy_1). Capitals that end in no state ("LEAHY PRAISES" / "FARMERS") are a headline and stay.
_CAPS_PART = re.compile(r"[A-Z][A-Z.'’-]*+(?:[ \t\u00a0]{1,2}+[A-Z][A-Z.'’-]*+)?+")
_CAPS_PARTS = 2
_PERSON = re.compile(r"[A-Z][\w.'’-]*+(?:[ \t\u00a0]{1,2}+[A-Z][\w.'’-]*+){1,3}+")
# The story's subject rather than the site's name: the senator's stripped party and state tag and a
# lower-case verb follow it ("U S  Senator Tom Coburn  M D   R OK  released the following statement").
_PARTY_VERB = re.compile(
    r"[ \t\u00a0]{3,4}+[RDI][ \t\u00a0][A-Z][A-Za-z]{0,3}+(?:[ \t\u00a0][A-Z][a-z]?)?[ \t\u00a0]{1,3}+[a-z]"
)
# The tag may close the name's own segment, the verb after the run: "U S  Senator Mary L  Landrieu  D La   released
# the following statement" (xi_senate_landrieu_1).
_PARTY_TAIL = re.compile(r"[ \t\u00a0]{1,2}+[RDI][ \t\u00a0][A-Z][A-Za-z]{0,3}+(?:[ \t\u00a0][A-Z][a-z]?)?$")
_VERB_AFTER = re.compile(r"[ \t\u00a0]{3,}+[a-z]")
# Or the name itself was lost with its link, the tag opening the next segment: "U S  Senator" / "R Colorado  has
# introduced legislation ..." (Allard's pages, xf_senate_allard_2): the story's subject, no site name.
_PARTY_NEXT = re.compile(r"[ \t\u00a0]{3,}+[RDI][ \t\u00a0][A-Z][A-Za-z]{0,14}+[ \t\u00a0]")
# Or an appositive after the tag, the story's first segment running on to its verb: "U S  Senator Richard Shelby  R AL
# Chairman of the Commerce  Justice  Science Subcommittee on Appropriations  announced today ..." (Shelby's pages,
# vb_senate_shelby_1); a letterhead is followed by short menu segments ("Press Room").
_GAP_SEGMENT = re.compile(r"[ \t\u00a0]{3,}+(?P<segment>[^\s]++(?:[ \t\u00a0]{1,2}+[^\s]++)*+)")


def _long_segment_after(source: str, pos: int, end: int) -> bool:
    """Whether the segment after the wide run at ``pos`` is of a story line's length (more than 80 characters)."""
    m = _GAP_SEGMENT.match(source, pos, end)
    return m is not None and m.end() - m.start("segment") > 80


# The letterhead with its label, in the header: "Senator Carl Levin  News Release" (Levin's pages, xi_senate_levin_1).
# The name has one to four capitalised words (backtracking over them is bounded: the label's words are capitalised too).
_SITE_LABEL = re.compile(
    r"(?:(?:U\s*+S|United\s++States|UNITED\s++STATES)\s++)?(?:Senator|SENATOR)\s++[A-Z][\w.'’-]*+(?:\s++[A-Z][\w.'’-]*+){0,3}"
    r"\s++(?:News|Press|NEWS|PRESS)\s++(?:Releases?|RELEASES?)"
)
# The letterhead opening the page as the senator's name and the state, set apart by a wide run: "Senator Jim Webb
# Virginia" (Webb's stripped pages, xo_senate_webb_1). It opens the line; the state is a segment of its own (a wide
# run or the line's end after it). "Senator Jim Webb Announces Funding for Virginia" (a headline) and the same
# segments after the story has started stay.
_STATE_LETTERHEAD = re.compile(
    r"(?:Senator|SENATOR)[ \t\u00a0]++[A-Z][\w.'’-]*+(?:[ \t\u00a0]{1,2}+[A-Z][\w.'’-]*+){0,3}+[ \t\u00a0]{3,}+"
    r"(?P<state>[A-Z][A-Za-z]*+(?:[ \t\u00a0][A-Z][A-Za-z]*+)?+)(?=[ \t\u00a0]{3,}+|$)"
)
# The archive box's month label: "January 2006 Press Releases" (McCain's and Allard's pages, xi_senate_mccain_1,
# xf_senate_allard_1); alone on a line in the newline layout it is ``boilerplate_pattern``'s.
_ARCHIVE_MONTH = re.compile(
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)[ \t\u00a0]++"
    r"(?:19|20)\d\d[ \t\u00a0]++(?:Press|News)[ \t\u00a0]++Releases",
    re.IGNORECASE,
)
# Under the story, the archive box goes on after its month label with its filter's labels and the footer's office
# town, short segments to the page's end: "February 2006 News Releases" / "Year" / "County" / "Current record" /
# "Washington" / "Email" (Shelby's pages, vb_senate_shelby_1, xl_senate_shelby_1), the link to the senator's floor
# statements "Floor of the United States Senate" (Bunning's pages, tb_senate_bunning_1: 33 characters). Taken only
# when every segment to the end is that short and ends no sentence; a story going on after the label keeps its words.
_ARCHIVE_ITEM = 40
# The file box over the archive box: "Related Files" / "WyomingRangeBillMap pdf" / "591 9 KBs" / "October 2007 Press
# Releases" (Barrasso's pages, tb_senate_barrasso_1). Its label opens the same run of short segments to the page's
# end; a story going on after it keeps the label and its words.
_FILE_BOX_LABELS = frozenset({"related files", "related documents"})


# The senator's office room from the page footer, last on the line after a long run of spaces: "SR 493"
# (Russell), "SH 511" (Hart), "SD 364" (Dirksen) (x8_senate_thune_1). "in room SR 493 today" stays.
_ROOM_TAIL = re.compile(r"[ \t\u00a0]{3,}+(?P<room>S[RHD][ -]?+\d{1,4}+[A-Z]?+)[ \t\u00a0]*+$")
# The page's id closing the page after the end mark, its dashes stripped: "... at 617 918 1017        30    255196"
# (x_senate_sununu_1). A number after other text ("Room    255196") is the author's.
_PAGE_ID_TAIL = re.compile(r"[ \t\u00a0]{3,}+30[ \t\u00a0]{3,}+(?P<id>\d{4,8}+)[ \t\u00a0]*+$")


# The page's section label opening the header, two spaces before the headline: "In the News  Corker Says ..."
# (Corker's pages, xt_senate_corker_1), "Press Release  <headline>". Only the line's first segment, and only a
# section name (``_SECTION_LABELS``) before a capital; "In the News today  the senator ..." stays.
_SECTION_LABEL = re.compile(r"[A-Z][A-Za-z]*+(?: [A-Za-z]++){0,2}+(?=[ \t\u00a0]{2}+[A-Z])")
_SECTION_LABELS = frozenset({"in the news", "press release", "press releases", "news release", "news releases"})
# The site's line in the header, two spaces before the date: "from the Office of Senator Bob Corker  Thursday
# October 11  2007  ..." (xt_senate_corker_1). It opens one of the line's first ``_HEAD_SEGMENTS`` segments (the
# headline, its label and the site line); the name is one to four capitalised words set apart by one space. "... said
# a spokesman from the office of Senator ..." in the story stays (not at a segment's start, or further down).
_GAP = r"[ \t\u00a0]++"  # the spaces between two words of a stripped line
_FROM_OFFICE = re.compile(
    rf"(?:[Ff]rom|FROM){_GAP}(?:the|The|THE){_GAP}(?:Office|office|OFFICE){_GAP}(?:of|OF){_GAP}"
    rf"(?:(?:U[ \t\u00a0]?+S|United{_GAP}States){_GAP})?+(?:Senator|SENATOR|Sen\.?+){_GAP}"
    r"[A-Z][\w.'’-]*+(?:[ \t\u00a0][A-Z][\w.'’-]*+){0,3}+(?=[ \t\u00a0]{2}|$)"
)


# The permalink line of a Senate page under the story, its punctuation stripped and its parts set apart by wide runs:
# "To directly link to this news release  please use the following address   http   crapo senate gov media
# newsreleases release_full cfm id 236339   FOR INTERESTED MEDIA ..." (xq_senate_crapo_1). The label opens a segment;
# the link's words are lower case, digits and underscores, so it ends before the next sentence's capitals
# (``link_teaser`` takes the same line alone in its block).
_SPACED_PERMALINK = re.compile(
    rf"To{_GAP}directly{_GAP}link{_GAP}to{_GAP}this{_GAP}(?:news{_GAP}|press{_GAP})?+release,?+{_GAP}please{_GAP}use"
    rf"{_GAP}the{_GAP}following{_GAP}(?:address|url|link):?+"
    r"(?:[ \t\u00a0]++https?(?::/)?+(?:[ \t\u00a0/]++[a-z0-9_.]++){1,40}+)?+"
)


def spaced_chrome(source: str, piece: Piece) -> list[tuple[int, int]]:
    """Site-chrome segments of a one-line Senate page, set apart by runs of three or more spaces."""
    start, end = piece.start, piece.end
    if end - start < 300 or source.find("   ", start, end) < 0:
        return []
    spans: list[tuple[int, int]] = []
    letterhead = _STATE_LETTERHEAD.match(source, start, end)
    if letterhead and place_key(letterhead["state"]) in us_regions():
        spans.append((letterhead.start(), letterhead.end()))
    section = _SECTION_LABEL.match(source, start, end)
    if section and _fold(section.group()) in _SECTION_LABELS:
        spans.append((section.start(), section.end()))
    names: set[str] = set()
    header = True  # the site name and its repeat stand before the first long segment (the story)
    bare_site = False  # "United States Senator" / "John Thune": the site's name cut in two by a space run
    caps_parts = 0  # how many more capital segments may go on with a letterhead in capitals
    pending: list[tuple[int, int]] = []  # its capital segments before the state
    front = True  # the letterhead's label stands before the story's first segment of a story line's length
    archive: list[tuple[int, int]] | None = None  # the short segments after the archive's label under the story
    for n, m in enumerate(_SEGMENT.finditer(source, start, end)):
        if archive is not None:
            if m.end() - m.start() > _ARCHIVE_ITEM or source[m.end() - 1] in ".!?":
                archive = None
            elif (m.start(), m.end()) not in spans:
                archive.append((m.start(), m.end()))
        office = _FROM_OFFICE.match(source, m.start(), m.end()) if n < _HEAD_SEGMENTS else None
        if office:
            spans.append((office.start(), office.end()))
            if office.end() == m.end():
                continue
        if source[m.start()] == "T" and (link := _SPACED_PERMALINK.match(source, m.start(), end)):
            spans.append((link.start(), link.end()))
        if m.end() - m.start() > 80:
            # The page's title opening the line is no story line, however long: "Obama Secures Funding to Fix Roads
            # Reduce Congestion  and Support Youth Development Programs" over "U S  Senator Barack Obama" / "Barack
            # Obama" (Obama's pages, zb_senate_obama_1: 95 characters).
            header = header and n == 0 and m.end() - m.start() <= _PAGE_TITLE_SEGMENT
            front = front and m.end() - m.start() <= _STORY_LINE
            continue
        if caps_parts and header and _CAPS_PART.fullmatch(m.group()):
            caps_parts -= 1
            if place_key(m.group()) in us_regions():
                spans += [*pending, (m.start(), m.end())]
                caps_parts = 0
            elif caps_parts:
                pending.append((m.start(), m.end()))
                continue
        caps_parts, pending = 0, []
        if spans and spans[-1] == (m.start(), m.end()):
            continue
        if bare_site and _PERSON.fullmatch(m.group()):
            names.add(_fold(m.group()))
            spans.append((m.start(), m.end()))
            bare_site = False
            continue
        bare_site = (
            header
            and _BARE_SENATOR_SITE.fullmatch(m.group()) is not None
            and not _PARTY_NEXT.match(source, m.end(), end)
        )
        if bare_site:
            spans.append((m.start(), m.end()))
            continue
        site = _SENATOR_SITE.fullmatch(m.group()) if header else None
        if site and (
            _PARTY_VERB.match(source, m.end(), end)
            or (
                _PARTY_TAIL.search(source, max(m.start(), m.end() - 16), m.end())
                and (_VERB_AFTER.match(source, m.end(), end) or _long_segment_after(source, m.end(), end))
            )
        ):
            header = False  # the story's subject, its party and state tag, and its verb
            continue
        folded = _fold(m.group())
        if not header and archive is None and folded in _FILE_BOX_LABELS:
            archive = [(m.start(), m.end())]  # the box's label goes with its items when they run to the page's end
            continue
        if site:
            names.add(_fold(site["name"]))
            caps_parts = _CAPS_PARTS if m.group().isupper() else 0
        elif (
            folded not in SPACED_CHROME
            and not (header and (folded in names or folded in SPACED_HEADER_CHROME))
            and not (front and _SITE_LABEL.fullmatch(m.group()))
            and not _ARCHIVE_MONTH.fullmatch(m.group())
        ):
            continue
        if not header and archive is None and _ARCHIVE_MONTH.fullmatch(m.group()):
            archive = []
        spans.append((m.start(), m.end()))
    if archive:
        spans = sorted(set(spans) | set(archive))  # the month label under a file box is both
    room = _ROOM_TAIL.search(source, max(start, end - 40), end)
    if room and (room.start("room"), room.end("room")) not in spans:
        spans.append((room.start("room"), room.end("room")))
    page_id = _PAGE_ID_TAIL.search(source, max(start, end - 40), end)
    if page_id:
        spans.append((page_id.start("id"), page_id.end("id")))
    return spans


# A newspaper's copyright notice closing a reprint on a one-line page, after a run of three or more spaces: "... he
# said   Copyright 1996  2006 Contemporary Media  Inc" (the Memphis Flyer article on Corker's page,
# xt_senate_corker_1). The last segment only, and only a notice ``copyright_line`` takes alone on a line ("Copyright"
# and a year, or "©"); "Copyright law was the topic" is no such notice, and a notice inside the story stays.
_NOTICE_TAIL = _MAX_FURNITURE


def spaced_copyright(source: str, piece: Piece) -> list[tuple[int, int]]:
    """A copyright notice as the last segment of a one-line page, after a run of three or more spaces."""
    start, end = piece.start, piece.end
    while end > start and source[end - 1] in " \t\u00a0":
        end -= 1
    if end - start < 300:
        return []
    cut = source.rfind("   ", max(start, end - _NOTICE_TAIL), end)
    if cut < 0:
        return []
    notice = cut + 3
    while notice < end and source[notice] in " \t\u00a0":
        notice += 1
    if notice == end or source[notice] not in "©(cC" or not _COPYRIGHT.fullmatch(source, notice, end):
        return []
    return [(notice, end)]


# The month names, longest first, for the date patterns below ("June 3, 2026", "May 2025").
_MONTH_NAMES = "|".join(sorted(map(re.escape, MONTHS), key=len, reverse=True))
# The template prints the headline twice in the header of a one-line Senate page: "Landrieu Comments Following Iraq
# Meeting with President   FOR IMMEDIATE RELEASE  01 05 2007   Landrieu Comments ... President   WASHINGTON ..."
# (Landrieu's pages), "09 12 2007   <headline>   Senator Carl Levin  News Release ... 202 228 3685   <headline>"
# (Levin's). The headline is the first segment of 20 characters or more among the line's first ``_HEAD_SEGMENTS``;
# a later segment with the same words, before the story's first segment of a story line's length, is its copy.
# A segment that only opens with the headline, or the same words after the story has started, stay.
_HEAD_SEGMENTS = 3
_HEAD_MIN = 20
# A segment may go on after the copy, two spaces on, with the header's date and release note, which are the meta's:
# "<headline>         <headline>  April 6  2005 For Immediate Release         WASHINGTON ..." (Inouye's pages,
# xq_senate_inouye_1); one space on when the stripped page lost the other ("<headline> August 2  2007  Washington  DC",
# Brown's pages, xt_senate_brown_1). Only the copy is cut; the same words going on with anything else stay whole.
_WIDE_RUN = re.compile(r"[ \t\u00a0]{3,}+")
_COPY_TAIL = re.compile(
    r"[ \t\u00a0]{1,2}+(?:(?:"
    + _MONTH_NAMES
    + r")\.?+[ \t\u00a0]++\d{1,2}+\b|\d\d[ \t\u00a0]\d\d[ \t\u00a0](?:19|20)\d\d\b|(?:"
    + "|".join(
        r"[ \t\u00a0]++".join(map(re.escape, note.split())) for note in sorted(RELEASE_NOTES, key=len, reverse=True)
    )
    + r")\b)",
    re.IGNORECASE,
)


def _spaced_repeat(source: str, piece: Piece) -> list[tuple[int, int]]:
    """The headline's copy in the header of a one-line Senate page, set apart by runs of three or more spaces."""
    start, end = piece.start, piece.end
    if end - start < 300 or source.find("   ", start, end) < 0:
        return []
    headline = text = ""
    head_end = start
    spans: list[tuple[int, int]] = []
    for n, m in enumerate(_SEGMENT.finditer(source, start, end)):
        size = m.end() - m.start()
        if size > _STORY_LINE or (not headline and n >= _HEAD_SEGMENTS):
            break
        if size < _HEAD_MIN:
            continue
        words = _block_key(source, m.start(), m.end())
        if not headline:
            headline, text, head_end = words, m.group(), m.end()
        elif words == headline:
            spans.append((m.start(), m.end()))
        elif source.startswith(text, m.start()) and _COPY_TAIL.match(source, m.start() + len(text), m.end()):
            # The wide runs above the copy cut the line too (whitespace: no noise), so the header's segments stay
            # apart as they were ("<headline>   Both   <copy>  FOR IMMEDIATE RELEASE ...", xo_senate_lincoln_1).
            spans += [(r.start(), r.end()) for r in _WIDE_RUN.finditer(source, head_end, m.start())]
            spans.append((m.start(), m.start() + len(text)))
    return spans


# --- script_code ---------------------------------------------------------------------------
# JavaScript a scraper kept from an ad slot: "if (!window.AdButler){(function(){var s =
# document.createElement("script"); ... }}); Thadani previously served as ..." (citybiz,
# wire_008), where the story goes on after the code on the same line. The code is a run that
# opens the line (or follows a sentence end) with a script statement and ends at the last
# closing brace with the ")", ";" after it; the line needs two braces, two semicolons and two
# script words. What stands before and after the code stays; prose with a brace stays.
_SCRIPT_WORD = re.compile(r"function\s*+\(|\bvar\s++\w|\bdocument\.\w|\bwindow\.\w|\bgoogletag\.|\w\s*+=>")
_SCRIPT_OPEN = (
    r"(?:if\s*+\(|\(\s*+function\s*+\(|function\s*+\(|var\s++[\w$]++\s*+=|window\.\w|document\.\w|googletag\.)"
)
_SCRIPT_AT_START = re.compile(_SCRIPT_OPEN)
_SCRIPT_AFTER_SENTENCE = re.compile(rf"(?<=[.!?\"”’])[ \t\u00a0]++(?P<code>{_SCRIPT_OPEN})")


def script_code(source: str, piece: Piece) -> list[tuple[int, int]]:
    """A run of JavaScript (an ad or analytics snippet) in a line, up to its last closing brace."""
    start, end = piece.start, piece.end
    if end - start < 40 or source.count("{", start, end) < 2 or source.count(";", start, end) < 2:
        return []
    if _SCRIPT_AT_START.match(source, start, end):
        code = start
    elif m := _SCRIPT_AFTER_SENTENCE.search(source, start, end):
        code = m.start("code")
    else:
        return []
    last = source.rfind("}", code, end)
    words = _SCRIPT_WORD.finditer(source, code, max(code, last))
    if last < 0 or next(words, None) is None or next(words, None) is None:
        return []  # no closing brace, or fewer than two script words before it
    stop = last + 1
    while stop < end and source[stop] in ");] \t":
        stop += 1
    return [(code, stop)]


# --- hashtag_line ----------------------------------------------------------------------------
# Media OutReach's template line "Hashtag: #Vinmec" (several: "Hashtag: #A #B"), often glued to
# the issuer's notice after it ("Hashtag: #VinmecThe issuer is solely responsible ..."): the
# hashtag ends where a usual sentence opener is glued to it (wire_035), not at a camel-case
# capital inside it ("#DFAAwards"). The issuer's social links glued after the last hashtag go with it:
# "#investment[https://www.brandhk.gov.hk/](https://www.brandhk.gov.hk/)[https://x.com/Brand_HK/](...)"; so do they
# after a space: "#Vinhomes [https://vinhomes.vn/en](https://vinhomes.vn/en)" (xx_wire_mediaoutreach_1).
_OPENERS = "|".join(sorted(GLUE_OPENERS, key=len, reverse=True))
_HASHTAG_LINE = re.compile(
    rf"(?<![^\s.!?])Hashtags?[ \t]*+:(?:[ \t,]*+#[^\W_]\w{{0,59}}?(?=(?:{_OPENERS})\b|[\s,#\[]|$))++"
    r"(?:[ \t]*+\[[^\]\n]{1,300}+\]\([^)\s]{1,2000}+\))*+"
)


# The template prints the line alone after the story, never as an item of a list: "* Hashtags: #WinThisRV #CareCamps
# #CRVA50**" is a bullet of the release's own "Win & Follow Our Journey:" list (PR Karma, vc_wire_prkarma_1). And it
# takes the line whole: the hashtags end at the line's end, a space or the glued notice's capital; a tag the pattern
# stops inside ("#CRVA50**", a bold mark glued) leaves the line to the author. (``_LIST_MARKS``: a bullet's marks.)


def hashtag_line(source: str, piece: Piece) -> list[tuple[int, int]]:
    """``Hashtag: #Vinmec``, wherever it stands in the line, unless a list item or a tag the pattern stops inside."""
    if source.find("Hashtag", piece.start, piece.end) < 0:
        return []
    spans: list[tuple[int, int]] = []
    for m in _HASHTAG_LINE.finditer(source, piece.start, piece.end):
        lead = source[piece.start : m.start()].strip() if m.start() - piece.start <= 12 else ""
        after = source[m.end()] if m.end() < piece.end else " "
        if (lead and lead in _LIST_MARKS) or not (after.isspace() or after.isupper()):
            continue
        spans.append((m.start(), m.end()))
    return spans


# --- credit_before_source -------------------------------------------------------------------
# Family Features and Feature Impact close an article with the photo credit, the distributor's name and the source, a
# line each: "Photos courtesy of Shutterstock" / "Feature Impact" / "Source: American Heart Association". Scraped into
# one line (uc_wire_noticias_1) the credit and the name are glued before the source: the line is cut there, the credit
# is the photo's (``image_credit``, as blocks reads it on a line of its own) and the source line is left to meta. Only
# a line that opens with the credit and reaches "Source:" with no stop or colon on the way: "Photos courtesy of the
# family were shown in court. Source: ..." is a sentence of the story.
_CREDIT_BEFORE_SOURCE = re.compile(
    r"(?:photo(?:graph)?|image|picture)s?+[ \t]++(?:courtesy(?:[ \t]++of)?+|by|credit[ \t]*+:?+)[ \t]++"
    r"[^\s.!?:][^\n.!?:]{0,80}?(?=[ \t]++source[ \t]*+:[ \t]*+\S)",
    re.IGNORECASE,
)
_CREDIT_OPENERS = ("photo", "image", "picture")


def credit_before_source(source: str, piece: Piece) -> list[tuple[int, int]]:
    """``Photos courtesy of Shutterstock Feature Impact`` glued before ``Source: <organisation>`` in one line."""
    if not source[piece.start : piece.start + 7].lower().startswith(_CREDIT_OPENERS):
        return []
    m = _CREDIT_BEFORE_SOURCE.match(source, piece.start, piece.end)
    return [(m.start(), m.end())] if m else []


# --- glued_repeat -------------------------------------------------------------------------
# A sentence printed again glued to itself ("said Stock.Arrested in Lyon, said Stock.Arrested in
# Lyon"): the paragraph stage splits the line at the glue, and the rendering shows the copy as a
# block printed twice within three lines, a ``repeated_line`` (SPEC 5). The copy is noise in the
# raw line already; the first print stays. Not a part of 20 characters or less, a list item or a
# part that opens a list (": " last). The headline printed twice in a one-line page's header is a repeat
# inside the line too (``_spaced_repeat``).
def glued_repeat(source: str, piece: Piece) -> list[tuple[int, int]]:
    """Glued sentences of a line that repeat one of the three before them in the line; a one-line header's copy."""
    spans = _spaced_repeat(source, piece)
    cuts = [m.end() for m in _GLUED_SENTENCE.finditer(source, piece.start, piece.end)]
    if not cuts:
        return spans
    bounds = [piece.start, *cuts, piece.end]
    before: list[str] = []
    for a, b in itertools.pairwise(bounds):
        key = _block_key(source, a, b)
        # Short as ``repeated_line`` measures the rendering's block: folded, its punctuation kept (fuzz F1124-1).
        if len(_fold(source[a:b])) < 20 or _BULLET_START.match(source, a) or source[b - 1] == ":":
            before.append("")
        elif key and key in before[-3:]:  # a block of no words is no copy of another
            spans.append((a, b))
        else:
            before.append(key)
    return spans


def _block_key(source: str, start: int, end: int) -> str:
    """A block's words, case-folded: what ``glued_repeat`` and ``_block_repeats`` compare."""
    return _words(source[start:end]).casefold()


SPLIT_RULES: tuple[tuple[NoiseKind, SplitRule], ...] = (
    (NoiseKind.MARKDOWN_HEADING, markdown_heading),
    (NoiseKind.NAVIGATION, end_mark_link),
    (NoiseKind.MARKDOWN_IMAGE, empty_links),
    (NoiseKind.BOILERPLATE, glued_teaser_link),
    (NoiseKind.SLIDESHOW_COUNTER, glued_counter),
    (NoiseKind.SCRAPER_ARTEFACT, glued_none),
    (NoiseKind.BOILERPLATE, release_number),
    (NoiseKind.BOILERPLATE, related_title),
    (NoiseKind.BOILERPLATE, on_the_net),
    (NoiseKind.NAVIGATION, spaced_chrome),
    (NoiseKind.COPYRIGHT_LINE, spaced_copyright),
    (NoiseKind.SCRAPER_ARTEFACT, script_code),
    (NoiseKind.BOILERPLATE, hashtag_line),
    (NoiseKind.IMAGE_CREDIT, credit_before_source),
    (NoiseKind.CONTROL_CHARACTERS, edge_invisible),
    (NoiseKind.REPEATED_LINE, glued_repeat),
)
"""Rules that claim part of a line; the line is cut around the spans they return.

A span of whitespace only cuts the line there and is no noise (``_strip_part`` leaves nothing of it):
``end_mark_link`` cuts ``Georgetown    ### Return`` before the end mark that way.
"""


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


def markdown_image(source: str, pieces: tuple[Piece, ...], i: int) -> int | None:
    """A markdown image ``![alt](url)`` or empty link ``[](url)`` line; an image's alt text may wrap over lines."""
    piece = pieces[i]
    if piece.end - piece.start <= 2600 and _MARKDOWN_IMAGE.fullmatch(source, piece.start, piece.end):
        return 1
    if not source.startswith("![", piece.start) or source.find("]", piece.start, piece.end) >= 0:
        return None  # a wrapped image opens its alt text on this line and closes it on a later one
    j = i
    while j + 1 < len(pieces) and j - i < _WRAPPED_LINES and pieces[j].blank_after == 0:
        j += 1
        if pieces[j].kind != "line" or pieces[j].end - piece.start > 2600:
            return None
        if source.find("]", pieces[j].start, pieces[j].end) >= 0:
            return j - i + 1 if _WRAPPED_IMAGE.fullmatch(source, piece.start, pieces[j].end) else None
    return None


navigation = _phrase_line("navigation", NAVIGATION_PHRASES, "A menu word or skip link alone on a line.")
boilerplate_phrase = _phrase_line(
    "boilerplate_phrase", BOILERPLATE_PHRASES, "``Read more``, ``Advertisement``, a cookie or newsletter prompt."
)


def boilerplate_pattern(source: str, pieces: tuple[Piece, ...], i: int) -> int | None:
    """``6 min read``, ``Tags: ...``, ``The post ... appeared first on ...``."""
    piece = pieces[i]
    if piece.end - piece.start > 2 * _MAX_FURNITURE:
        return None
    return 1 if _boilerplate_line(source, piece.start, piece.end) else None


# --- site chrome: menus, a small-caps logo and the footer under it -------------------------
# County-prosecutor pages print the site's menus as text: above the headline ("HOME" / "GET
# HELP" / "REPORT A CRIME" / "CONTACT US" / "Skip to content", da_010) and under the story
# ("Leadership" / "Meet The DA" / "Bureaus & Units" / ... / "Accessibility"). A menu is a run of
# short lines shaped like menu items (capitalised words, no sentence end, no comma or colon)
# that lies outside the story (before its first line or after its last) and holds at least three
# known menu words (``MENU_PHRASES``, ``NAVIGATION_PHRASES``, ``SHARE_PHRASES``). Only the lines
# from the first known word to the last, with at least one in three known, are claimed, so a
# release note or a byline next to the menu keeps its place. Story lists are safe: a run after a
# line ending with ":" ("The defendants include:", "Additional Resources:") is the author's list,
# and a run inside the story (a table's header cells, da_018) is never a menu.
_MENU_EVIDENCE = MENU_PHRASES | NAVIGATION_PHRASES | SHARE_PHRASES
_MENU_WORD = r"(?:[A-Z0-9][\w'’&./-]{0,30}+|&|of|and|the|for|to|in|on|at|a|by|with|our|your)"
_MENU_ITEM = re.compile(rf"{_MENU_WORD}(?:[ \t]++{_MENU_WORD}){{0,5}}+")
_MENU_MAX = 40
# A line of a site footer (address, phone, menu item) is at most this long and ends no sentence.
_FOOTER_LINE = 80


@attrs.frozen
class _Chrome:
    """Per-call facts of the site-chrome rules, computed once (linear time)."""

    last_story: int
    """Index of the last story line (200 characters, or 60 ending a sentence) before any related links; -1 if none."""
    menu_end: dict[int, int]
    """Index of a line in a menu -> the index after the menu's last claimed line."""
    footer_from: int
    """Smallest index from which every line to the end is short and ends no sentence."""
    office_footer: int
    """Index of the office name that opens the site's address footer (``office_footer``); ``len(pieces)`` if none."""


_CHROME_CACHE: list[tuple[tuple[Piece, ...], str, _Chrome]] = []


# A date: "23 November 2026", "Nov. 23, 2026". The release's date printed among the menu lines above the
# headline (Europol, INTERPOL) is the release's, never a menu item.
# The release's date as a label before the headline's copy, case-folded: "june 3, 2026: jury convicts ...".
_DATED_LABEL = re.compile(rf"(?:{_MONTH_NAMES})\.?[ \t]++\d{{1,2}},?[ \t]++\d{{4}}", re.IGNORECASE)
_MENU_DATE = re.compile(
    rf"\b(?:\d{{1,2}}[ \t]++(?:{_MONTH_NAMES})\.?,?[ \t]++\d{{4}}"  # "23 November 2026"
    rf"|(?:{_MONTH_NAMES})\.?[ \t]++\d{{1,2}},?[ \t]++\d{{4}})\b",  # "Nov. 23, 2026"
    re.IGNORECASE,
)


def _menu_like(source: str, pieces: tuple[Piece, ...], labels: tuple[str | None, ...], k: int) -> bool:
    """Line ``k`` could be a menu item: a known menu word, or a few capitalised words with no sentence end."""
    piece = pieces[k]
    if piece.kind != "line":
        return False
    if labels[k] in _MENU_EVIDENCE:
        return True
    if piece.end - piece.start > _MENU_MAX or source[piece.end - 1] in ".!?":
        return False
    if _MENU_ITEM.fullmatch(source, piece.start, piece.end) is None:  # no comma, colon, semicolon or @
        return False
    return not (_has_digit(source, piece.start, piece.end) and _MENU_DATE.search(source, piece.start, piece.end))


_ASCII_DIGIT = re.compile(r"[0-9]")


def _has_digit(source: str, start: int, end: int) -> bool:
    """Whether a character of ``source[start:end]`` is a digit (``str.isdigit``: superscripts count).

    A fast path (STYLE rule 16; ``_chrome`` reads every short line): an ASCII text's digits are ``0-9``
    only, which one search finds; other text is read character by character
    (``tests/test_speed_s21.py::test_has_digit_fast_path``).
    """
    text = source[start:end]
    if text.isascii():
        return _ASCII_DIGIT.search(text) is not None
    return any(ch.isdigit() for ch in text)


def _chrome(source: str, pieces: tuple[Piece, ...]) -> _Chrome:
    """Return the site-chrome facts for this ``pieces`` (a one-slot cache keyed by identity)."""
    if _CHROME_CACHE:
        cached_pieces, cached_source, chrome = _CHROME_CACHE[0]
        if cached_pieces is pieces and cached_source is source:
            return chrome
    ctx = _context(source, pieces)
    last_story, footer_from = -1, len(pieces)
    # The story ends before a related-links list: its teasers are long but are not story.
    cut = next((k for k in range(ctx.first_long, len(pieces)) if ctx.labels[k] in RELATED_OPENERS), len(pieces))
    for k in range(cut - 1, -1, -1):
        piece = pieces[k]
        length, last = piece.end - piece.start, source[piece.end - 1]
        if piece.kind == "line" and (length >= _STORY_LINE or (length >= 60 and last in _SENTENCE_END)):
            last_story = k
            break
    for k in range(len(pieces) - 1, -1, -1):
        piece = pieces[k]
        if piece.kind == "line" and (piece.end - piece.start > _FOOTER_LINE or source[piece.end - 1] in ".!?"):
            break
        footer_from = k
    menu_end: dict[int, int] = {}
    k = 0
    while k < len(pieces):
        start = k
        while k < len(pieces) and _menu_like(source, pieces, ctx.labels, k):
            k += 1
        if k - start >= 4:
            before = pieces[start - 1] if start else None
            known = [j for j in range(start, k) if ctx.labels[j] in _MENU_EVIDENCE]
            first, end = (known[0], known[-1] + 1) if known else (0, 0)
            if (
                len(known) >= 3
                and end - first >= 3
                and 3 * len(known) >= end - first
                and (end <= ctx.first_long or first > last_story)
                and not (before is not None and before.kind == "line" and source[before.end - 1] == ":")
            ):
                menu_end.update(dict.fromkeys(range(first, end), end))
        k = max(k, start + 1)
    _long_menus(source, pieces, ctx, last_story, menu_end)
    chrome = _Chrome(last_story, menu_end, footer_from, _office_footer_start(source, pieces, ctx.labels, last_story))
    _CHROME_CACHE[:] = [(pieces, source, chrome)]
    return chrome


# A long menu: a CMS page prints its whole site map as text, a hundred lines and more (the Los Angeles
# County DA's pages, x5_da_la_*): the menus with their sub-items, the text-size widget "A" / "A" / "A",
# the sidebar's press-office address ("211 West Temple Street" / "Phone:" / "(213) 257-2000"), the
# archive's months and years, the footer links, the Google Translate list of languages in English
# ("Afrikaans" / "Albanian" / ...) and its logo one letter a line ("G" / "o" / "o" / "g" / "l" / "e").
# Most items are no known menu word, and the address lines break the run ``menu_run`` needs, so a long
# run is read on its own terms: ``_LONG_MENU`` lines or more, each short (``_CHROME_LINE``, six words at
# most, no closing stop or "!", no date), two in three shaped like menu items, one in ten known (menu
# words, ``LANGUAGE_NAMES``), outside the story and not under a line ending with ":" (the author's list).
# Above the story the lines from its first known word to its last are claimed (a short headline under
# the menu stays); under the story, from its first known word to the end of the run when only short
# lines follow it to the page's end (the footer's last lines, "Do You Need Help?" / "LA County Helps").
_LONG_MENU = 12
_CHROME_LINE = 50
_CHROME_WORDS = 6


def _chrome_line(source: str, piece: Piece) -> bool:
    """A line a long menu can hold: short, a few words, no closing stop, no date."""
    if piece.kind != "line" or piece.end - piece.start > _CHROME_LINE or source[piece.end - 1] in ".!":
        return False
    if len(source[piece.start : piece.end].split()) > _CHROME_WORDS:
        return False
    return not (_has_digit(source, piece.start, piece.end) and _MENU_DATE.search(source, piece.start, piece.end))


def _long_menus(
    source: str, pieces: tuple[Piece, ...], ctx: _Context, last_story: int, menu_end: dict[int, int]
) -> None:
    """Add the long menus (``_LONG_MENU`` lines or more) to ``menu_end``: one pass over the lines."""
    evidence = _MENU_EVIDENCE | LANGUAGE_NAMES
    count = len(pieces)
    # From which index on every line is short (a footer's tail): scanned once from the end.
    short_from = count
    while short_from > 0 and pieces[short_from - 1].end - pieces[short_from - 1].start <= _FOOTER_LINE:
        short_from -= 1
    k = 0
    while k < count:
        start = k
        while k < count and _chrome_line(source, pieces[k]):
            k += 1
        if k - start < _LONG_MENU:
            k = max(k, start + 1)
            continue
        before = pieces[start - 1] if start else None
        if before is not None and before.kind == "line" and source[before.end - 1] == ":":
            continue
        known = [j for j in range(start, k) if ctx.labels[j] in evidence]
        shaped = sum(1 for j in range(start, k) if _menu_like(source, pieces, ctx.labels, j))
        if len(known) < 3 or 10 * len(known) < k - start or 3 * shaped < 2 * (k - start):
            continue
        if k <= ctx.first_long:
            first, end = known[0], known[-1] + 1
        elif start > last_story:
            first, end = known[0], (k if k >= short_from else known[-1] + 1)
        else:
            continue
        menu_end.update(dict.fromkeys(range(first, end), end))


# A site's name printed over its skip link or menu at the very top of the page: "Europol" / "Skip to main
# content", "INTERPOL" / "Home". A headline stands under the menu, never over it.
_SITE_NAME_MAX = 30


def site_name(source: str, pieces: tuple[Piece, ...], i: int) -> int | None:
    """The page's first line, one to three words, right over a navigation line: the site's name; or a page title."""
    return _site_name(source, pieces, i) or _site_title(source, pieces, i)


def _site_name(source: str, pieces: tuple[Piece, ...], i: int) -> int | None:
    """The page's first line, one to three words, right over a navigation line."""
    piece = pieces[i]
    if piece.end - piece.start > _SITE_NAME_MAX or i + 1 >= len(pieces) or source[piece.end - 1] in ".!?:,;":
        return None
    if _key(source, pieces, i + 1) not in NAVIGATION_PHRASES or len(source[piece.start : piece.end].split()) > 3:
        return None
    if _key(source, pieces, i) in _MENU_EVIDENCE:
        return None
    # The first line of the page (the scan back stops at the first line it meets: linear).
    return None if any(pieces[j].kind == "line" for j in range(i - 1, -1, -1)) else 1


# A Senate site's page title over a page that prints no headline of its own: the site's name and the section,
# "United States Senator James Inhofe : Press Room", then the section's title, "Press Room - Press Releases"
# (Inhofe's pages, xi_senate_inhofe_1). Each part, set apart by a spaced colon, dash or bar, is a section name
# (``NAVIGATION_PHRASES``) or the site's name ("United States Senator" or "U.S. Senator" and one to four words), and
# one part at least is a section name; only before the story. A headline has a part that is neither ("Senator Inhofe
# : Flu Vaccine Act Passes", "Press Room - Inhofe Introduces Flu Bill") and stays.
_TITLE_PART_SEP = re.compile(r"[ \t]++[|:–—-][ \t]++|(?<=\w):[ \t]++")
_SITE_OWNER = re.compile(
    r"(?:united[ \t]++states|u\.?[ \t]*+s\.?)[ \t]++senators?[ \t]++[\w.'’-]++(?:[ \t]++[\w.'’-]++){0,3}+"
)
_SITE_TITLE_MAX = 120


def _site_title(source: str, pieces: tuple[Piece, ...], i: int) -> int | None:
    """A page title made of the site's name and section names only (``Senator X : Press Room``), before the story."""
    key = _key(source, pieces, i)
    # Fast path: two parts need a separator (``_TITLE_PART_SEP``: a colon, dash or bar), which most lines lack.
    if key is None or len(key) > _SITE_TITLE_MAX or not (":" in key or _has_separator(key)):
        return None
    if i >= _context(source, pieces).first_long:
        return None
    parts = _TITLE_PART_SEP.split(key)
    if not 2 <= len(parts) <= 4:
        return None
    sections = sum(part in NAVIGATION_PHRASES for part in parts)
    owners = sum(_SITE_OWNER.fullmatch(part) is not None for part in parts)
    return 1 if sections and sections + owners == len(parts) else None


def menu_run(source: str, pieces: tuple[Piece, ...], i: int) -> int | None:
    """A site menu: a run of menu items outside the story, bounded by known menu words."""
    if pieces[i].end - pieces[i].start > _CHROME_LINE:
        return None  # menu items, known ones included, are short
    end = _chrome(source, pieces).menu_end.get(i)
    return None if end is None else end - i


# A logo set in small caps comes out one capital, then the rest of the word, a line each:
# "T" / "HE" / "B" / "ROOKLYN" / "D" / "ISTRICT" (da_010). Two such pairs in a row are a logo;
# the rest of a word has two letters or more, so "A" / "B" / "C" / "D" (a list of letters) is not.
# After the story, the logo opens the site footer: when every line from it to the end is short
# and ends no sentence (the office's address and phone, the footer menu), the footer goes too.
_LOGO_INITIAL = re.compile(r"[A-Z]")
_LOGO_REST = re.compile(r"[A-Z][A-Z'’&.-]{1,24}+")
_LOGO_MAX = 60  # lines: ten words or so


def _logo_pair(source: str, pieces: tuple[Piece, ...], j: int) -> bool:
    if j + 1 >= len(pieces) or pieces[j].kind != "line" or pieces[j + 1].kind != "line":
        return False
    initial, rest = pieces[j], pieces[j + 1]
    return bool(
        _LOGO_INITIAL.fullmatch(source, initial.start, initial.end)
        and _LOGO_REST.fullmatch(source, rest.start, rest.end)
    )


def small_caps_logo(source: str, pieces: tuple[Piece, ...], i: int) -> int | None:
    """A small-caps logo split into letters over lines, and the site footer under it after the story."""
    if pieces[i].end - pieces[i].start != 1:
        return None
    j = i
    while j - i < _LOGO_MAX and _logo_pair(source, pieces, j):
        j += 2
    if j - i < 4:
        return None
    chrome = _chrome(source, pieces)
    if i > chrome.last_story and j >= chrome.footer_from:
        return len(pieces) - i
    return j - i


# --- office_footer -------------------------------------------------------------------------
# A site's footer under the story: the office's name, its street address with a ZIP code, its phone, a line
# each, to the end of the page: "Harmon County District Attorney’s Office" / "400 Court Street, Westfield, NY
# 12904" / "(518) 555-0190" (county prosecutors, da_010's "District Attorney's Action Center" / "350 Jay Street"
# / "Brooklyn, NY 11201" / "718-250-2340"), "Washington, DC Office" / "313 Hart Senate Office Building" /
# "Washington, DC 20510" / "Phone: (202) 224-5244" (a Senate site, one block per state office). The story is
# closed above it: an end mark ("###") or page furniture (share buttons, "Next Article") stands between the
# story's last line and the office's name, and every line from there to the end is short and ends no sentence.
# The address is what tells the footer from a heading: a line naming an office (``_OFFICE_NAME``) with a street
# or ZIP line (``_ADDRESS``) within three lines under it. Kept: a contact block, even one with a street address
# ("Media Contact:" / "Jane Roe" / "Acme Office" / "1 Main Street, Springfield, IL 62701": a contact label on a
# line of the tail keeps every line of it for the meta stage), an address in a story sentence, and an office
# footer right under the story with nothing closing it (the contact block of a release that prints no "###").
_OFFICE_NAME = re.compile(
    r"(?i:office|offices|center|centre|headquarters|building|department|bureau|chambers|courthouse|ministry"
    r"|secretariat|hall[ \t]++of[ \t]++justice)\b"
)
_STREET_KIND = (
    r"(?:Street|St|Avenue|Ave|Boulevard|Blvd|Road|Rd|Drive|Dr|Lane|Ln|Way|Place|Pl|Plaza|Square|Sq|Court|Ct|Parkway"
    r"|Pkwy|Highway|Hwy|Building|Bldg|Broadway|Tower|Circle|Terrace|Center|Centre|Suite|Ste)\b"
)
_ADDRESS = re.compile(
    # "400 Court Street", "313 Hart Senate Office Building", "1112 Santa Rosa Street, Room 450", "330 W. Broadway"
    rf"\b\d{{1,6}}+[A-Z]?[ \t]++(?:[NSEW]\.?[ \t]++)?(?:[A-Z0-9][\w.'’-]{{0,30}}+[ \t]++){{0,5}}{_STREET_KIND}"
    # a state and its ZIP code: "NY 12904", "D.C. 20510", "California 93401"
    r"|\b(?:[A-Z]{2}|[A-Z]\.[A-Z]\.|[A-Z][a-z]{2,15}+)[ \t]++\d{5}(?:-\d{4})?+\b"
    # a European or British postcode: "2517 KK The Hague", "69006 Lyon", "London SW1A 2HQ"; a post box
    r"|\b\d{4}[ \t]?+[A-Z]{2}\b|\b\d{5}[ \t]++[A-Z][a-z]|\b[A-Z]{1,2}\d[A-Z\d]?+[ \t]++\d[A-Z]{2}\b"
    r"|\bP\.?[ \t]?+O\.?[ \t]++Box[ \t]++\d"
)
# A line of the footer may end with an abbreviation's stop ("Washington, D.C.", "Suite 400, 1 Main St."): no sentence.
_ABBREVIATION_END = re.compile(r"(?<![\w.])(?:(?:[A-Z]\.){2,}+|[A-Z][a-z]{0,3}+\.)$")
# "###", "# # #", "-30-": the end mark under the story.
_END_MARK_LINE = re.compile(r"#(?:[ \t\u00a0]{0,8}+#){2,8}+|[-–—][ \t\u00a0]{0,8}+30[ \t\u00a0]{0,8}+[-–—]")
# "Media Contact:", "Contact: Jane Roe", "Press inquiries": a contact block, which the meta stage takes.
_CONTACT_LABEL = re.compile(
    "(?:" + "|".join(sorted(map(re.escape, CONTACT_LABELS), key=len, reverse=True)) + r")[ \t]*+:", re.IGNORECASE
)
_BARE_CONTACT_LABELS = frozenset(CONTACT_LABELS) - {"contact", "contacts", "contact information"}


def _office_footer_start(source: str, pieces: tuple[Piece, ...], labels: tuple[str | None, ...], story: int) -> int:
    """Index of the office name opening the page's address footer after line ``story``; ``len(pieces)`` if none.

    One pass back over the page's tail of short lines, one forward over it (linear).
    """
    n = len(pieces)
    tail = n
    for k in range(n - 1, story, -1):
        piece = pieces[k]
        if piece.kind == "line":
            end = piece.end
            if end - piece.start > _FOOTER_LINE or (
                source[end - 1] in ".!?" and not _ABBREVIATION_END.search(source, max(piece.start, end - 12), end)
            ):
                break
        tail = k
    closed, found = False, n
    for k in range(tail, n):
        piece = pieces[k]
        if piece.kind != "line":
            continue
        label = labels[k]
        if label in _BARE_CONTACT_LABELS or _CONTACT_LABEL.match(source, piece.start, piece.end):
            return n  # a contact block: the meta stage's
        if found < n:
            continue
        if label in _CLOSING_LABELS or _END_MARK_LINE.fullmatch(source, piece.start, piece.end):
            closed = True
        elif (
            closed
            and (_office_name(source, piece) or _OFFICE_PLACE.fullmatch(source, piece.start, piece.end))
            and _address_under(source, pieces, k)
        ):
            found = k
    return found


# A Senate or House state office named by its place over its address: "Washington, DC", "Phoenix, AZ".
_OFFICE_PLACE = re.compile(r"[A-Z][\w.'’ -]{1,30}+,[ \t]*+(?:[A-Z]{2}|D\.C\.|[A-Z][a-z]{2,15}+)")


def _office_name(source: str, piece: Piece) -> bool:
    """A line naming an office: a capital first, no digit, an office word (``Harmon County Attorney’s Office``)."""
    text = source[piece.start : piece.end]
    return text[0].isupper() and not _has_digit(source, piece.start, piece.end) and bool(_OFFICE_NAME.search(text))


def _address_under(source: str, pieces: tuple[Piece, ...], k: int) -> bool:
    """Whether one of the three lines under line ``k`` is a street address or a ZIP or postcode line."""
    lines = [p for p in pieces[k + 1 : k + 4] if p.kind == "line"]
    return any(_ADDRESS.search(source, p.start, p.end) for p in lines)


def office_footer(source: str, pieces: tuple[Piece, ...], i: int) -> int | None:
    """The site's address footer after the story's end: the office's name, its address and phone, to the end."""
    return len(pieces) - i if _chrome(source, pieces).office_footer == i else None


# --- tag_list ------------------------------------------------------------------------------
# A tag label alone on a line after the story, and the tags under it, one a line: "Tagged
# with:" / "Josselyn Jazmine Anguiano" (da_018), "Tags:" / "fentanyl". A tag is short and ends
# no sentence; the list stops at other furniture ("Share"), which keeps its own kind.
# US DOJ pages close with "Topic(s):" / "Financial Fraud" / "Component(s):" / "Criminal Division" (the label
# folds to "topic(s" once its edge punctuation is stripped; ``tag_list`` reads it without the "(s").
_TAG_LABELS = frozenset(
    {"tagged with", "tagged", "tags", "filed under", "posted in", "categories", "category", "topic", "topics"}
    | {"component", "components"}
)
# GlobeNewswire's attachment list closes its page with no colon: "Attachment" / "Acme Therapeutics Logo".
_BARE_TAG_LABELS = frozenset({"attachment", "attachments"})
_NOT_A_TAG = SHARE_PHRASES | NAVIGATION_PHRASES | RELATED_OPENERS | BOILERPLATE_PHRASES
# A contact field's label among the footer's fields (justice.gov: "Contact", "Media Contact").
_FOOTER_CONTACT_LABELS = frozenset(CONTACT_LABELS) | {"contact", "contacts"}
# A label with no colon ("Tags", "Topic") is a field only where its values stand alone: a blank line, the page
# end or the next footer field under them. The fields of a page footer follow one another with no blank line:
# GlobeNewswire's "Tags" / "Biotech" / "Clinical Trial" / "Related Links" (wire), justice.gov's "Topic" /
# "Disability Rights" / "Press Release Number: 25-207" / "Related Content", "Topics" / ... / "Component" / ...


_PHONE = re.compile(r"\(?\b\d{3}\)?[ ./-]\d{3}[ .-]\d{4}\b|\+\d{1,3}[ .]\d")
_CONTACT_FIELD_LINES = 5


def _contact_field(source: str, pieces: tuple[Piece, ...], j: int) -> bool:
    """Whether one of the few lines under the label at ``j`` holds a phone number or an e-mail address."""
    for k in range(j + 1, min(j + 1 + _CONTACT_FIELD_LINES, len(pieces))):
        piece = pieces[k]
        if piece.kind != "line" or piece.end - piece.start > _FOOTER_LINE:
            return False
        if source.find("@", piece.start, piece.end) >= 0 or _PHONE.search(source, piece.start, piece.end):
            return True
        if piece.blank_after != 0:
            return False
    return False


def _name_tag(source: str, piece: Piece) -> bool:
    """A tag that is a name closed by an abbreviation, no sentence: "Dr. Ismael Geli Silva Jr." (xa_da_orange_1).

    Every word is capitalised and the last one is an abbreviation ("Jr.", "Sr.", "Inc."); "He was held on
    $1 million bail." has words in lower case and stays a sentence.
    """
    if not _ABBREVIATION_END.search(source, max(piece.start, piece.end - 12), piece.end):
        return False
    return all(word[0].isupper() or word[0].isdigit() for word in source[piece.start : piece.end].split())


def tag_list(source: str, pieces: tuple[Piece, ...], i: int) -> int | None:
    """A ``Tagged with:`` label after the story, with the tag lines under it."""
    key = _key(source, pieces, i)
    if key is None:
        return None
    label = key.removesuffix("(s")
    colon = source[pieces[i].end - 1] == ":"
    bare = label in _TAG_LABELS and not colon and key == _fold(source[pieces[i].start : pieces[i].end])
    if label not in _BARE_TAG_LABELS and not bare and (label not in _TAG_LABELS or not colon):
        return None
    if i <= _chrome(source, pieces).last_story:
        return None
    j = i + 1
    field = False  # the values stop at the next footer field
    while j < len(pieces) and j - i <= 30:
        piece, key = pieces[j], _key(source, pieces, j)
        if piece.kind != "line" or piece.end - piece.start > 60:
            break
        if source[piece.end - 1] in ".!?:" and not _name_tag(source, piece):
            break
        if key is None or len(key.split()) > 8:
            break
        if key in _NOT_A_TAG or key.removesuffix("(s") in _TAG_LABELS or _boilerplate_line(key, 0, len(key)):
            field = True  # other furniture, or the next field's label ("Component", "Press Release Number: 25-1")
            break
        if key in _FOOTER_CONTACT_LABELS and _contact_field(source, pieces, j):
            # justice.gov's "Contact" field among the footer's: "Contact" / "Public Affairs Office" / "(313)
            # 555-9100". Its lines are a media contact, which the meta stage reads (label and all, as it reads
            # "Contact:" / "Jane Roe"): the values stop above it.
            field = True
            break
        j += 1
        if bare and piece.blank_after != 0:
            break  # the field's values end at the blank line under them
    if bare and pieces[i].blank_after != 0 and j == i + 2 and _spaced_field(source, pieces, j):
        return 2  # justice.gov's footer with a blank line after every line: "Topic" / "Violent Crime" / "Component"
    if bare and (j == i + 1 or pieces[i].blank_after != 0 or (pieces[j - 1].blank_after == 0 and not field)):
        return None  # a bare label sits right over its values, and the values stand alone as a field
    return j - i


def _spaced_field(source: str, pieces: tuple[Piece, ...], j: int) -> bool:
    """Whether the page ends at line ``j``, or a footer field's bare label stands there (after one value line)."""
    if j >= len(pieces):
        return True
    key = _key(source, pieces, j)
    return key is not None and key == _fold(source[pieces[j].start : pieces[j].end]) and key in _TAG_LABELS


# --- video_widget --------------------------------------------------------------------------
# justice.gov's video box after the story: "Video" / the video's title / "Updated February 26, 2026" (doj_j,
# doj_l). The title names no picture of the page and is furniture with its label. A "Video" heading over
# story text (no "Updated" stamp under the next line) stays.
_UPDATED_STAMP = re.compile(r"Updated[ \t]++[A-Z][a-z]{2,8}+\.?+[ \t]++\d{1,2},[ \t]*+\d{4}")


# CivicPlus's Quick Links box after the story: each group of links closes with the box's bare site path, "Brochures,
# Forms & Information" / "Criminal Justice Links" / "/QuickLinks.aspx" (da_maricopa_newsroom). The short lines right
# over the path are its links; a line ending a sentence or a colon stops the run.
_QUICK_LINKS_PATH = re.compile(r"/[A-Za-z]\w{0,40}+\.aspx?+")
_QUICK_LINKS = 8


def quick_links(source: str, pieces: tuple[Piece, ...], i: int) -> int | None:
    """The short link lines right over CivicPlus's ``/QuickLinks.aspx`` path line, after the story."""
    if i <= _chrome(source, pieces).last_story:
        return None
    for j in range(i, min(i + _QUICK_LINKS, len(pieces))):
        piece = pieces[j]
        if piece.kind != "line" or piece.end - piece.start > 60:
            return None
        if _QUICK_LINKS_PATH.fullmatch(source, piece.start, piece.end):
            return j - i if j > i else None
        if source[piece.end - 1] in ".?:":
            return None
    return None


# A Facebook post's chrome, when a page scrapes the post: its time stamp under the page's name, "March 4 at 3:12
# PM ·", with the audience icon on the line under it ("🌐"); under the post the photo counter "+2" and the
# reactions bar, "All reactions:" / "318" / "42 comments" / "57 shares" / "Like" / "Comment" (da_m). A sentence
# with "at 3:12 PM" ends in a stop, and a count alone stays unless the bar's label is over it.
_FB_STAMP = re.compile(
    rf"(?:{_MONTH_NAMES})[ \t]++\d{{1,2}}+(?:,[ \t]*+\d{{4}}+)?+[ \t]++at[ \t]++"
    r"\d{1,2}:\d{2}[ \t]*+[AP]M[ \t]*+·?+",
    re.IGNORECASE,
)
_FB_AUDIENCE = frozenset({"🌐", "👥", "🔒"})
_FB_BAR = re.compile(
    r"\d[\d,.]{0,8}+[KkMm]?+(?:[ \t]++(?:comments?|shares?|reactions?|views?))?+|like|comment|share|send", re.IGNORECASE
)
_FB_COUNTER = re.compile(r"\+\d{1,3}+")


# An embedded X (Twitter) post, as the embed code prints it (``<blockquote class="twitter-tweet">``): the post's
# text, then the attribution "— Name (@handle) Date", the date linking the post's status page: "$SKYX SKYX Platforms
# Corp deploys smart tech … https://t.co/IwHbthCnm5 … pic.twitter.com/nLuKKPKpEi" / "— PRISM MediaWire
# (@prism_mediawire) [May 5, 2026](https://twitter.com/prism_mediawire/status/2051666021036020196?ref_src=…)"
# (PRISM MediaWire's pages embed the wire's own post under the release, sc_wire_prism_1). The attribution is the
# chrome, and the post over it is a copy of the release's teaser: the text line right over it goes too when it holds
# the post's short or photo link (``t.co``, ``pic.twitter.com``), as every post carrying a link or a photo does. A
# quotation signed "— Jane Doe (@janedoe)" with no date, or a line over the attribution with no such link, stays.
_TWEET_DATE = rf"(?:{_MONTH_NAMES})[ \t]++\d{{1,2}}+,[ \t]*+\d{{4}}+"
_TWEET_ATTRIBUTION = re.compile(
    rf"[—–-]{{1,2}}+[ \t]*+[^\n()]{{1,80}}+\(@\w{{1,15}}+\)[ \t]++"
    rf"(?:\[{_TWEET_DATE}\]\(https?://(?:mobile\.)?+(?:twitter|x)\.com/\w{{1,15}}+/status/[^\s)]{{1,300}}+\)"
    rf"|{_TWEET_DATE})",
    re.IGNORECASE,
)
_TWEET_LINK = re.compile(r"https?://t\.co/|pic\.twitter\.com/|pic\.x\.com/")
_TWEET_LONGEST = 1000
_FACEBOOK_LONGEST = 40


def _tweet_attribution(source: str, piece: Piece) -> bool:
    """The ``— Name (@handle) Date`` line under an embedded X post."""
    return (
        piece.kind == "line"
        and piece.end - piece.start <= 500
        and bool(_TWEET_ATTRIBUTION.fullmatch(source, piece.start, piece.end))
    )


def embedded_post(source: str, pieces: tuple[Piece, ...], i: int) -> int | None:
    """An embedded X post's attribution (``_TWEET_ATTRIBUTION``), with the post's linked text over it."""
    piece = pieces[i]
    if _tweet_attribution(source, piece):
        return 1
    if (
        piece.end - piece.start <= _TWEET_LONGEST
        and i + 1 < len(pieces)
        and piece.blank_after <= 2
        and _tweet_attribution(source, pieces[i + 1])
        and _TWEET_LINK.search(source, piece.start, piece.end)
    ):
        return 2
    return None


def facebook_chrome(source: str, pieces: tuple[Piece, ...], i: int) -> int | None:
    """A Facebook post's time stamp (with its audience icon), photo counter and reactions bar."""
    piece = pieces[i]
    if piece.end - piece.start > _FACEBOOK_LONGEST:
        return None
    if _FB_STAMP.fullmatch(source, piece.start, piece.end):
        after = pieces[i + 1] if i + 1 < len(pieces) else None
        return 2 if after is not None and source[after.start : after.end] in _FB_AUDIENCE else 1
    start = i + 1 if _FB_COUNTER.fullmatch(source, piece.start, piece.end) else i
    if start >= len(pieces) or _key(source, pieces, start) != "all reactions":
        return None
    j = start + 1
    while j < len(pieces) and j - start <= 10 and pieces[j].end - pieces[j].start <= 20:
        if not _FB_BAR.fullmatch(source, pieces[j].start, pieces[j].end):
            break
        j += 1
    return j - i


# PR Newswire's promotion box under the story, one stat a line once its boxes are gone: "WANT YOUR COMPANY'S
# NEWS FEATURED ON PRNEWSWIRE.COM?" / "440k+" / "Newsrooms &" / "Influencers" / ... / "GET STARTED" (wire_q).
# Only short lines up to its button; with no button within reach, the heading alone is ``boilerplate_phrase``'s.
_PROMO_HEADINGS = frozenset(
    "want your company" + apostrophe + "s news featured on prnewswire.com?" for apostrophe in "'’"
)
_PROMO_LINES = 16


def promo_box(source: str, pieces: tuple[Piece, ...], i: int) -> int | None:
    """PR Newswire's ``WANT YOUR COMPANY'S NEWS FEATURED ...`` box, through its ``GET STARTED`` button."""
    if _key(source, pieces, i) not in _PROMO_HEADINGS:
        return None
    for j in range(i + 1, min(i + 1 + _PROMO_LINES, len(pieces))):
        if pieces[j].kind != "line" or pieces[j].end - pieces[j].start > 40:
            return None
        if _key(source, pieces, j) == "get started":
            return j + 1 - i
    return None


def video_widget(source: str, pieces: tuple[Piece, ...], i: int) -> int | None:
    """``Video`` and the video's title, over justice.gov's ``Updated <date>`` stamp after the story."""
    if i + 2 >= len(pieces) or _key(source, pieces, i) != "video" or i <= _chrome(source, pieces).last_story:
        return None
    title, stamp = pieces[i + 1], pieces[i + 2]
    if title.kind != "line" or title.end - title.start > 150 or source[title.end - 1] in ".!?:":
        return None
    return 2 if _UPDATED_STAMP.fullmatch(source, stamp.start, stamp.end) else None


# --- empty_bullets -------------------------------------------------------------------------
# List markers whose item (a share icon, a lost link) came out empty: " * " / "* " / "* "
# (wire_032). Two or more in a row, or one standing between blank lines or last on the page.
# A bullet printed on its own line right above its item ("•" / "First item", PDF text) stays, if it
# is one the paragraph stage joins to its item (``paragraphs._LONE_BULLETS``); any other lone bullet,
# or one a blank line parts from the next line, stays a block of its own, which the rendering sets
# between blank lines, where it is an empty bullet (SPEC 5): it is one in the raw text too.
_LONE_BULLET = re.compile(r"[*•·▪◦●■►‣]")
_ITEM_BULLETS = frozenset("•▪◦●■")
# A line opening with a list marker and its gap (``paragraphs._LINE_BULLET``'s marks): an item of its own.
_OWN_BULLET = re.compile(r"[-–—•*·▪◦●■][ \t\u00a0]")


def empty_bullets(source: str, pieces: tuple[Piece, ...], i: int) -> int | None:
    """A run of list markers with nothing after them."""
    j = i
    while (
        j < len(pieces) and pieces[j].kind == "line" and _LONE_BULLET.fullmatch(source, pieces[j].start, pieces[j].end)
    ):
        j += 1
    if j == i:
        return None
    piece = pieces[i]
    if j - i >= 2 or j == len(pieces) or piece.blank_after or source[piece.start] not in _ITEM_BULLETS:
        return j - i
    if pieces[j].kind != "line":
        return j - i  # the next line is furniture: the bullet has no item to join
    if scraper_artefact_line(source, pieces, j):
        # So is a scraper's stand-in for an empty field ("•" / "None", "•" / "?"): the rendering drops it, and
        # the bullet, alone there, is an empty one (fuzz F1127-1, SPEC 5).
        return j - i
    if _OWN_BULLET.match(source, pieces[j].start, pieces[j].end):
        # A next line that opens with a bullet of its own ("•" / "• Second item") is an item of its own, which the
        # paragraph stage joins to no bullet above it (``paragraphs._continues``): the lone one has no item (fuzz
        # F1125-66, SPEC 5). A PDF's "•" / "Ten countries took part" still joins.
        return j - i
    return None


# --- link_teaser ---------------------------------------------------------------------------
# A wire template's pointer to the full release elsewhere, a line of its own, plain or as a
# markdown link: "To view the full announcement, including downloadable images, bios, and more,
# click here." (Reportable, wire_025), "[Click image above to view full announcement.](url)"
# (wire_026), "To view the full press release, visit https://ibn.fm/..." (IBN, wire_006; its 2026 pages put a
# colon after "visit", sc_wire_ibn_1), "View
# source version on newsdirect.com: https://..." (News Direct, wire_004; Business Wire prints
# the same), "View original content:https://..." (PR Newswire), "PMW on Newsramp: https://..."
# (the archive's own cross-link, wire_034). Each ends with its link: text glued after it is
# not claimed. Kept: "To learn more about PlanHub, visit www.planhub.com" is the release's own
# call to action.
_TEASER = (
    # IBN's footer: "The latest news and updates relating to QBTS are available in the company's newsroom at URL",
    # labelled too: "NOTE TO INVESTORS: The latest news and updates relating to SPCB are available ...".
    r"(?:note\s++to\s++investors\s*+:\s*+)?the\s++latest\s++news\s++and\s++updates\s++relating\s++to\s++[^\n]{1,60}?\s++are\s++available\s++in\s++"
    r"the\s++company['’]s\s++newsroom\s++at\s*+:?\s*+https?://[^\s\])]{1,2000}+|"
    r"to\s++(?:view|read|see|access|download)\s++the\s++full\s++"
    r"(?:announcement|press\s++release|news\s++release|release|story|article|text)\b"
    r"[^\n]{0,200}?(?:click\s++here|visit(?:\s*+:)?+\s++\S{1,300}+)\s*+[.!]?"
    r"|(?:click|tap)\s++(?:on\s++)?(?:the\s++)?(?:image|photo|picture|logo)\s++(?:above|below)\b[^\n\].!?]{0,150}+[.!]?"
    # Newsfile: "To view the source version of this press release, please visit https://www.newsfilecorp.com/...".
    r"|to\s++view\s++the\s++(?:source|original)\s++version\s++of\s++this\s++(?:press\s++|news\s++)?release,?\s++"
    r"(?:please\s++)?(?:visit|see)\s*+:?\s*+https?://[^\s\])]{1,2000}+"
    r"|view\s++(?:source\s++version|original\s++content)(?:\s++to\s++download\s++multimedia)?"
    r"(?:\s++on\s++[\w.-]{1,60}+)?\s*+:?\s*+https?://[^\s\])]{1,2000}+"
    # NewMediaWire: "View the original release on www.newmediawire.com".
    r"|view\s++the\s++original\s++(?:press\s++|news\s++)?release\s++on\s++[\w. -]{1,60}+"
    r"|[\w.&$-]{1,30}+(?:\s++[\w.&$-]{1,30}+){0,3}\s++on\s++newsramp\s*+:\s*+https?://[^\s\])]{1,2000}+"
    # NewsRamp's syndication note over its "amplified by" line (xh_wire_evertise_1): "This news story relied on content
    # distributed by None. Blockchain Registration, Verification & Enhancement provided by NewsRamp. The source URL for
    # this press release is <headline>." The story's own "This story relied on police records." names no distributor.
    r"|this\s++(?:news\s++)?(?:story|article|release|press\s++release)\s++relied\s++on\s++content\s++distributed\s++by\s++"
    r"[^\n]{1,2000}+"
    # GlobeNewswire's media line: "A photo accompanying this announcement is available at https://www.
    # globenewswire.com/NewsRoom/AttachmentNg/...", "Photos accompanying this announcement are available at ...".
    r"|(?:an?\s++)?(?:photo|image|video|graphic|infographic|multimedia|logo)s?+(?:\s++(?:and|&)\s++\w{1,20}+)?+"
    r"\s++accompanying\s++this\s++(?:announcement|release|press\s++release|news\s++release)\s++(?:is|are)\s++"
    r"available\s++(?:at|here|from|for\s++download\s++at)\s*+:?\s*+https?://[^\s\])]{1,2000}+"
    # A Senate site's permalink line under the story: "To directly link to this news release, please use the following
    # address: http://crapo.senate.gov/...", its punctuation stripped on a one-line page ("... address   http   crapo
    # senate gov media newsreleases release_full cfm id 236339", xq_senate_crapo_1): the words of the link to its end.
    r"|to\s++directly\s++link\s++to\s++this\s++(?:news\s++|press\s++)?release,?\s++please\s++use\s++the\s++"
    r"following\s++(?:address|url|link)\s*+:?\s*+(?:https?://[^\s\])]{1,2000}+|https?(?:\s++\w++){1,40}+)"
    # A video's link under the story: "Watch the video: https://youtu.be/...", "Watch the video here https://...".
    r"|(?:watch|view|see)\s++(?:the\s++)?(?:full\s++)?video(?:\s++(?:here|online|on\s++youtube))?+\s*+:?\s*+"
    r"https?://[^\s\])]{1,2000}+"
)
# PR Newswire's link to the original under a release re-hosted in markdown, in the release's language: "[View original
# content](https://www.prnewswire.com/...)", "[Ver contenido original](...)" (Hispanic PR Wire), "[Voir le contenu
# original](...)"; or the bare link to the wire's page: "[https://www.prnewswire.com/news-releases/...](same)".
_ORIGINAL_CONTENT = (
    r"(?:view|ver|voir\s++le|visualizza)\s++(?:original\s++content|contenido\s++original|conte[uú]do\s++original"
    r"|contenu\s++original|contenuto\s++originale)(?:\s++to\s++download\s++multimedia)?+"
    r"|originalinhalt\s++anzeigen"
)
_WIRE_HOST = (
    r"https?://(?:www\.)?+(?:prnewswire|businesswire|globenewswire|newsfilecorp|accessnewswire|accesswire"
    r"|einpresswire|newswire)\.[^\]\s]{1,2000}+"
)
# The words a teaser wrapped over lines opens with (``link_teaser``): a pointer to the full release or its source.
_TEASER_OPENER = re.compile(
    r"(?:\[\s*+)?+(?:to\s++(?:view|read|see|access|download)\s++the\s++|view\s++(?:source|original|the\s++original)\b)",
    re.IGNORECASE,
)
_LINK_TEASER = re.compile(
    rf"(?:{_TEASER})|\[(?:{_TEASER}|{_ORIGINAL_CONTENT})\]\([^)\s]{{1,2000}}+\)|\[{_WIRE_HOST}\]\([^)\s]{{1,2000}}+\)",
    re.IGNORECASE,
)

# --- attachment_label ----------------------------------------------------------------------
# The link to a court paper a prosecutor's page sets between its contact block and the standfirst: "Contact:" /
# "Media Relations Division" / "(213) 257-2000" / "media@da.lacounty.gov" / "DA Proctor Opposition Motion" /
# "Prosecutors plan to appeal judge’s ruling" / "LOS ANGELES – ..." (xj_da_la_1). The label is a few words in
# Title Case with no stop, its last word a court paper's (``DOCUMENT_NOUNS``), right under the block's phone or
# e-mail line and before the story. A standfirst in sentence case ("Prosecutors plan to appeal the motion"), a
# label under any other line, or the same words in the story stay.
_LABEL_SMALL_WORDS = frozenset({"of", "and", "the", "for", "to", "in", "on", "re", "v.", "vs.", "&"})
_ATTACHMENT_LONGEST = 80
# A word shaped like a headline's verb, in front of the paper's noun: "Denies", "Files", "Charged" (an "-s" or "-ed"
# ending; "'s", "-ss", "-us", "-is" are a possessive and nouns). A label names the paper; a headline says what
# happened to it, and may end with the same noun under the same contact block.
_HEADLINE_VERB = re.compile(r"(?:[a-z](?<![sui'’])s|[a-z]ed)$")
_ATTACHMENT_WORDS = 8


def _attachment_line(source: str, piece: Piece) -> bool:
    """Whether ``piece`` reads as a court paper's link label: Title Case, no stop, a paper's noun last."""
    if piece.kind != "line" or piece.end - piece.start > _ATTACHMENT_LONGEST or not source[piece.end - 1].isalnum():
        return False
    words = source[piece.start : piece.end].split()
    if not 2 <= len(words) <= _ATTACHMENT_WORDS or words[-1].lower() not in DOCUMENT_NOUNS:
        return False
    if any(_HEADLINE_VERB.search(word) for word in words[:-1]):
        return False  # a headline's verb: "Judge Denies Defense Motion", "Grand Jury Returned Indictment"
    return all(word[0].isupper() or word[0].isdigit() or word.lower() in _LABEL_SMALL_WORDS for word in words)


def attachment_label(source: str, pieces: tuple[Piece, ...], i: int) -> int | None:
    """A court paper's link label (``DA Proctor Opposition Motion``) under a contact block, before the story."""
    if i == 0 or not _attachment_line(source, pieces[i]) or i >= _context(source, pieces).first_long:
        return None
    above = pieces[i - 1]
    if above.kind != "line" or above.end - above.start > _FOOTER_LINE:
        return None
    if source.find("@", above.start, above.end) < 0 and not _PHONE.search(source, above.start, above.end):
        return None
    j = i + 1
    while j < len(pieces) and j - i < _CONTACT_FIELD_LINES and _attachment_line(source, pieces[j]):
        j += 1  # the links of two papers, one a line
    return j - i


# --- wire_directory ------------------------------------------------------------------------
# A wire's own link directory, under its NewsRamp cross-link (a ``link_teaser``) when the wire is the
# issuer (PRISM's weekly round-up, xk_wire_prism_1): "PRISM MediaWire on Newsramp: https://..." /
# "PRISM MediaWire Slack Community: prismmediawire.slack.com". A line under it that opens with the same
# name and is a label and a link, nothing more, is the directory's too, one entry a line. A line under it
# in other words ("For more on PRISM MediaWire, see ...") or another name's stays.
_NEWSRAMP_LINK = re.compile(
    r"(?P<name>[\w.&$-]{1,30}+(?:\s++[\w.&$-]{1,30}+){0,3})\s++on\s++newsramp\s*+:\s*+https?://[^\s\])]{1,2000}+",
    re.IGNORECASE,
)
_DIRECTORY_ENTRY = re.compile(
    r"[ \t]++(?:[A-Z][\w-]{0,20}+[ \t]++){0,2}+[A-Z][\w-]{0,20}+[ \t]*+:[ \t]*+"
    r"(?:https?://)?+[\w-]{1,63}+(?:\.[\w-]{1,63}+)++(?:/[^\s]{0,2000}+)?+"
)
# A link's label with its address dropped: "PRISM MediaWire GPT: PRISM MediaWire GPT", the label again.
_NAMED_ENTRY = re.compile(r"[ \t]++(?P<label>[A-Z][\w-]{0,20}+)[ \t]*+:[ \t]*+[^\n]{0,80}?[ \t](?P=label)")
_DIRECTORY_LINES = 8
# Where "newsramp" stands in a source, in any case: every line ``_NEWSRAMP_LINK`` reads names it. Found once a source
# (a one-slot cache keyed by identity, as ``_CACHE``), so a line looks up the next one instead of scanning lines.
_NEWSRAMP_WORD = re.compile("newsramp", re.IGNORECASE)
_NEWSRAMP_CACHE: list[tuple[str, list[int]]] = []


def _newsramp_names(source: str) -> list[int]:
    """Where "newsramp" (in any case) starts in ``source``, in order."""
    if _NEWSRAMP_CACHE and _NEWSRAMP_CACHE[0][0] is source:
        return _NEWSRAMP_CACHE[0][1]
    names = [m.start() for m in _NEWSRAMP_WORD.finditer(source)]
    _NEWSRAMP_CACHE[:] = [(source, names)]
    return names


_DIRECTORY_LONGEST = 2 * _MAX_FURNITURE


# Above the cross-link the directory runs on in the same template (PRISM's round-up): "PRISM MediaWire Bio Link:
# https://linktr.ee/...", "PRISM MediaWire GPT: PRISM MediaWire GPT" (a link's label, its address dropped),
# "Follow PRISM MediaWire on Social Media:X (formerly Twitter): https://...", "Bluesky: https://bsky.app/...". They
# are the directory's only when the cross-link under them names the same wire: "Acme Bio Link: https://..." over
# no cross-link is the issuer's contact field (meta's).


def _directory_above(source: str, pieces: tuple[Piece, ...], i: int) -> int | None:
    """The lines from ``pieces[i]`` down to a wire's ``<name> on Newsramp: URL`` line, all of its directory."""
    last = min(i + _DIRECTORY_LINES, len(pieces))
    names = _newsramp_names(source)
    at = bisect.bisect_left(names, pieces[i].start)
    if at == len(names) or names[at] >= pieces[last - 1].end:
        return None  # no cross-link in reach (most lines)
    heads: list[tuple[Piece, re.Match[str] | None]] = []
    for j in range(i, last):
        piece = pieces[j]
        if (
            piece.kind != "line"
            or piece.end - piece.start > _DIRECTORY_LONGEST
            or source.find(":", piece.start, piece.end) < 0
        ):
            return None  # every line of the directory is a label and its link
        m = _NEWSRAMP_LINK.fullmatch(source, piece.start, piece.end)
        if m is not None:
            name = m["name"]
            for line, head in heads:
                if head is not None and (head["network"] is not None or head["followed"] == name):
                    continue
                if not source.startswith(name, line.start):
                    return None
                rest = line.start + len(name)
                if not _DIRECTORY_ENTRY.fullmatch(source, rest, line.end) and not _NAMED_ENTRY.fullmatch(
                    source, rest, line.end
                ):
                    return None
            return j - i if heads else None
        heads.append((piece, _DIRECTORY_HEAD.match(source, piece.start, piece.end)))
    return None


def wire_directory(source: str, pieces: tuple[Piece, ...], i: int) -> int | None:
    """A wire's ``<name> on Newsramp: URL`` line and the ``<name> <label>: <link>`` lines right under it."""
    piece = pieces[i]
    if piece.end - piece.start > _DIRECTORY_LONGEST:
        return None
    m = _NEWSRAMP_LINK.fullmatch(source, piece.start, piece.end)
    if m is None:  # every line of the directory above the cross-link is a label and its link: a colon
        return _directory_above(source, pieces, i) if source.find(":", piece.start, piece.end) >= 0 else None
    name = m["name"]
    j = i + 1
    while j < len(pieces) and j - i <= _DIRECTORY_LINES and pieces[j].kind == "line":
        nxt = pieces[j]
        if nxt.end - nxt.start > _DIRECTORY_LONGEST or not source.startswith(name, nxt.start):
            break
        if not _DIRECTORY_ENTRY.fullmatch(source, nxt.start + len(name), nxt.end):
            break
        j += 1
    return j - i if j > i + 1 else None  # the cross-link alone is a ``link_teaser``


# --- case_number ---------------------------------------------------------------------------
# A court case number standing as a field of its own under the release note: "Case # 18CF3308"
# (da_018). It has no meta kind; like a DOJ release number it is furniture. In a sentence
# ("The case, Case # 18CF3308, was filed") it stays. Several numbers of one case may follow, the mark glued
# to the word: "Case# 20CF0070, 20CF0069, 20CF0068" (xg_da_orange_2). The plural mark and a placeholder for a number
# not yet given are the same field: "Case #s TBA" (xp_da_orange_2).
_CASE_NUMBER = re.compile(
    r"case\s*+(?:#s?+|nos?\.?+|numbers?)\s*+:?\s*+[a-z0-9][a-z0-9:./-]{2,30}+(?:,\s*+[a-z0-9][a-z0-9:./-]{2,30}+){0,8}+",
    re.IGNORECASE,
)

_link_teaser_line = _pattern_line(
    "link_teaser",
    _LINK_TEASER,
    "``To view the full announcement ... click here.``, ``View source version on ...``.",
    2600,
)
# A teaser hard-wrapped over two or three lines, as e-mailed and plain-text copies wrap at about 70 columns:
# "To view the full announcement, including downloadable images," / "bios, and more, click here." (Reportable,
# wire_025 at 60). The rendering joins the lines into one block, where the teaser stands whole on its line (fuzz
# finding F1130-28); so the lines joined by a space are matched, the fewest that make the teaser. A teaser's first
# line over a line of the story ("To view the full announcement, click here." / "The company ...") stays one line.
_TEASER_WRAP = 3


def link_teaser(source: str, pieces: tuple[Piece, ...], i: int) -> int | None:
    """``To view the full announcement ... click here.``, ``View source version on ...``, wrapped or not."""
    found = _link_teaser_line(source, pieces, i)
    if found is not None:
        return found
    if _key(source, pieces, i) is None or not _TEASER_OPENER.match(source, pieces[i].start, pieces[i].end):
        return None
    joined = source[pieces[i].start : pieces[i].end]
    for j in range(i + 1, min(len(pieces), i + _TEASER_WRAP)):
        nxt = pieces[j]
        if nxt.kind != "line" or pieces[j - 1].blank_after != 0 or _key(source, pieces, j) is None:
            return None
        joined = f"{joined} {source[nxt.start : nxt.end]}"
        if _LINK_TEASER.fullmatch(joined):
            return j - i + 1
    return None


case_number = _pattern_line("case_number", _CASE_NUMBER, "``Case # 18CF3308`` alone on a line.", 160)


# --- compliance_code -----------------------------------------------------------------------------
# Insurers and broker-dealers tag every piece of marketing with a compliance review number and the month its approval
# runs out, printed alone under the text: "9080429.1 (08/2028)" (Guardian Life's sponsored NewsUSA feature,
# yc_wire_newsusa_1). A number of five digits or more (a version after a dot), then the month and year in brackets,
# and nothing else on the line: no sentence, no figure with its unit ("12,000 (2024)", "40 kilograms") reads so.
_COMPLIANCE_CODE = re.compile(r"\d{5,12}+(?:\.\d{1,3}+)?+[ \t]++\((?:0[1-9]|1[0-2])/(?:\d{2}|\d{4})\)")
compliance_code = _pattern_line(
    "compliance_code", _COMPLIANCE_CODE, "``9080429.1 (08/2028)``: a compliance number and its expiry.", 40
)


# --- full_release_link ---------------------------------------------------------------------
# Orange County's link to the release's PDF under the story, its label broken over two lines around
# the link: "Click here" / "for full press release." (x6_da_orange_2, x6_da_orange_3), "Click here" / "to
# view the original press release." (xl_da_orange_1). Both lines go together; "Click here" over any other
# line ("Click here" / "to register for the town hall.", "… to view the court filing.") stays.
_FULL_RELEASE = re.compile(
    r"(?:for|to\s++(?:view|read|see|download))\s++(?:the\s++)?(?:(?:full|original|complete|entire)\s++)?+"
    r"(?:press\s++|news\s++)?release\.?+",
    re.IGNORECASE,
)


def full_release_link(source: str, pieces: tuple[Piece, ...], i: int) -> int | None:
    """``Click here`` over ``for full press release.`` (or ``to view the original ...``): the release's own PDF."""
    if _key(source, pieces, i) != "click here" or i + 1 >= len(pieces) or pieces[i + 1].kind != "line":
        return None
    nxt = pieces[i + 1]
    return 2 if _FULL_RELEASE.fullmatch(source, nxt.start, nxt.end) else None


# --- truncated_copy ------------------------------------------------------------------------
# A breadcrumb's copy of the headline, cut short with an ellipsis: "1991 Cold Case Murder Suspect
# Extradited from El Salvador to Face Char..." under the page title "1991 Cold Case Murder Suspect
# Extradited from El Salvador to Face Charges - DA NewsCenter" (San Diego's DA, x6_da_sd_1). A line
# before the story (or its first long line: the copy ends with a stop) that ends with "..." or "…"
# and whose words, 20 characters or more, open the page's first line is the same headline
# (``repeated_line`` finds the whole copies). A teaser ending in "..." that no earlier line opens with
# stays.
_TRUNCATED_MIN = 20


def truncated_copy(source: str, pieces: tuple[Piece, ...], i: int) -> int | None:
    """A headline copy cut short with an ellipsis, the page's first line opening with it."""
    ctx = _context(source, pieces)
    key = ctx.keys[i]
    if key is None or i > ctx.first_long or not key.endswith(("...", "…")):
        return None
    stem = key.rstrip(".… ")
    if len(stem) < _TRUNCATED_MIN:
        return None
    # The page title is one of the first three pieces (a few noise pieces may open the page): a bounded look.
    title = next((ctx.keys[j] for j in range(min(i, 3)) if pieces[j].kind == "line"), None)
    return 1 if title is not None and title != key and title.startswith(stem) else None


# --- dateline_copy -------------------------------------------------------------------------
# The template prints the place and date line twice: alone under the headline, then again opening the story's first
# paragraph with the dash that leads into the text: "Dallas, Tx -- March 23, 2026" / "" / "Dallas, Tx -- March 23,
# 2026 -- MarketWise (NASDAQGM: MKTW): ..." (Reportable's 2026 pages, xu_wire_reportable_1). Before the story, a short
# line holding a year whose whole text opens the next line, a dash or colon after it, is the copy: the dateline is
# the paragraph's. A line the next one goes on from without a dash ("Senate Bill 1899" / "Senate Bill 1899, sponsored
# by ...") or a line with no year stays.
_DATELINE_COPY_LONGEST = 80
_HAS_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_LEAD_DASH = re.compile(r"[ \t\u00a0]*+(?:--|[-–—:|])[ \t\u00a0]")


def dateline_copy(source: str, pieces: tuple[Piece, ...], i: int) -> int | None:
    """A place and date line printed again, with its dash, at the start of the next line (the story's)."""
    piece = pieces[i]
    size = piece.end - piece.start
    if size > _DATELINE_COPY_LONGEST or i + 1 >= len(pieces) or pieces[i + 1].kind != "line":
        return None
    below = pieces[i + 1]
    if below.end - below.start <= size or source[piece.end - 1] in _SENTENCE_END:
        return None
    if not source.startswith(source[piece.start : piece.end], below.start):
        return None
    if not _LEAD_DASH.match(source, below.start + size) or not _HAS_YEAR.search(source, piece.start, piece.end):
        return None
    return 1 if i <= _context(source, pieces).first_long else None


# --- address_footer, timestamp_line --------------------------------------------------------
# A page footer printed on every PDF page: the office's address and switchboard set apart by
# bullets ("Frank Crowley Courts Building • 133 N. Riverfront Blvd., L.B. 19 • Dallas, Texas
# 75207-4399 • 214/653-3600"). Three parts or more, one of them a ZIP code or a phone number.
_FOOTER_SEP = re.compile(r"[ \t]++[•·|\uf0b7▪][ \t]++")
_ZIP_OR_PHONE = re.compile(r"\b\d{5}(?:-\d{4})?\b|\(?\b\d{3}\)?[ ./-]\d{3}[ .-]\d{4}\b")
# A machine timestamp alone on a line, left by a CMS template ("2019-12-06 00:00:00").
_TIMESTAMP = re.compile(r"\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(?::\d{2})?+(?:\.\d{1,6})?+(?:Z|[+-]\d{2}:?\d{2})?+")


def address_footer(source: str, pieces: tuple[Piece, ...], i: int) -> int | None:
    """An address footer: three or more bullet-separated parts, one a ZIP code or a phone, no sentence."""
    piece = pieces[i]
    if piece.end - piece.start > 200 or piece.end - piece.start < 20:
        return None
    text = source[piece.start : piece.end]
    if not any(sep in text for sep in "•·|\uf0b7▪") or "  " in text.strip():
        return None
    parts = _FOOTER_SEP.split(text)
    if len(parts) < 3 or text.rstrip().endswith((".", "!", "?")):
        return None
    return 1 if _ZIP_OR_PHONE.search(text) else None


# --- letterhead ----------------------------------------------------------------------------
# The letterhead at the top of a PDF release, flattened into lines: the office's name and its
# officers in capitals, with the address, the switchboard or the web site between them ("OFFICE
# OF" / "330 West Broadway DWAIN D. WOODLEY" / "THE DISTRICT ATTORNEY" / "San Diego, CA 92101
# ASSISTANT DISTRICT ATTORNEY" / "(619) 531-4040 COUNTY OF SAN DIEGO" / "SanDiegoDA.com" / "SUMMER
# STEPHAN" / "DISTRICT ATTORNEY", da_022). Only at the very top, four short lines or more with no
# blank line between, most of them in capitals, one at least an address, a phone or a web site;
# a date line or a release note ends it, so the front matter under it is read as such.
_LETTERHEAD_CONTACT = re.compile(
    _ZIP_OR_PHONE.pattern + r"|\b\d{1,5}[ \t]++[A-Z][a-z]++[ \t]++"
    r"(?:Street|St\.|Avenue|Ave\.|Broadway|Boulevard|Blvd\.|Road|Rd\.|Drive|Dr\.|Plaza|Way)\b"
    r"|\b[\w-]{2,63}+\.(?:com|org|gov|net|us)\b",
)
_LETTERHEAD_STOP = re.compile(
    r"[^\n]{0,40}?\b(?:19|20)\d\d\b|[^\n]{0,20}?(?i:for[ \t]++immediate|release|advisory|contact)"
)


# Without an address, the letterhead names the office and its officer (Californian and New York county PDFs): "OFFICE
# OF THE DISTRICT ATTORNEY" / "COUNTY OF SAN LORENZO" / "JOANNA PRICE-MEYER" / "DISTRICT ATTORNEY", then a blank line
# and "FOR IMMEDIATE RELEASE". Then all of it is in capitals, two lines at least are wholly an office, a title or a
# jurisdiction, and a release note or a date line follows it; a capitals headline is none of these.
_OFFICE_TITLE = re.compile(
    r"(?:OFFICE[ \t]++OF[ \t]++(?:THE[ \t]++)?)?+(?:[A-Z.'’-]++[ \t]++){0,4}?"
    r"(?:(?:DISTRICT|STATE['’]?S?+|COUNTY|PROSECUTING|COMMONWEALTH['’]?S?+|CITY|CIRCUIT|U\.S\.)[ \t]++ATTORNEY"
    r"|ATTORNEY[ \t]++GENERAL|PROSECUTOR|SHERIFF|SOLICITOR(?:[ \t]++GENERAL)?+)(?:['’]S[ \t]++OFFICE)?+"
    r"|(?:COUNTY|CITY|STATE|COMMONWEALTH|PARISH|DISTRICT|CITY[ \t]++AND[ \t]++COUNTY)[ \t]++OF[ \t]++"
    r"[A-Z.'’ \t-]{2,40}+"
    r"|[A-Z.'’ \t-]{2,40}?[ \t]COUNTY|OFFICE[ \t]++OF[ \t]++(?:THE[ \t]++)?[A-Z.'’ \t-]{2,50}+"
)


_LETTERHEAD_LINE = 60
# The gap between two columns of a -layout page: eight spaces or more inside a line.
_COLUMN_GAP = re.compile(r"(?<=\S)[ \t]{8,}+(?=\S)")
# A letterhead set in two columns has fewer lines: three, every one of them in two columns.
_COLUMN_LINES = 3


def _caps_line(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and sum(ch.isupper() for ch in letters) * 10 >= len(letters) * 7


# The last index a page-head rule (``letterhead``; ``not_a_release`` reads index 0 only) reads a line at; ``_find``
# skips both past it (``_HEAD_RULES``).
_HEAD = 3


def letterhead(source: str, pieces: tuple[Piece, ...], i: int) -> int | None:
    """The letterhead lines at the top of a PDF release (see above)."""
    if i > _HEAD or any(p.kind != "noise" for p in pieces[:i]):
        return None
    j = i
    caps = contact = titles = columns = 0
    while j < len(pieces) and j - i < 12:
        piece = pieces[j]
        text = source[piece.start : piece.end]
        # pdftotext -layout sets the letterhead in two columns, the office on the left, the address on the right:
        # "OFFICE OF THE DISTRICT ATTORNEY          JEFFERSON PARISH" (da_i); each column is a line of its own.
        parts = _COLUMN_GAP.split(text) if len(text) <= 2 * _LETTERHEAD_LINE else [text]
        if piece.kind != "line" or max(map(len, parts)) > _LETTERHEAD_LINE:
            break
        if text.rstrip().endswith((".", "!", "?", ":")) or _LETTERHEAD_STOP.match(text):
            break
        columns += len(parts) > 1
        caps += _caps_line(parts[0])
        contact += bool(_LETTERHEAD_CONTACT.search(text))
        titles += bool(_OFFICE_TITLE.fullmatch(parts[0].strip()))
        j += 1
        if piece.blank_after:
            break
    n = j - i
    if n < (_COLUMN_LINES if columns == n else 4) or caps * 5 < n * 3:
        return None
    if contact >= 1:
        return n
    after = pieces[j] if j < len(pieces) else None
    front = after is not None and after.kind == "line" and _LETTERHEAD_STOP.match(source, after.start, after.end)
    return n if titles >= 2 and caps == n and front else None


# --- social_prompt -------------------------------------------------------------------------
# A line that points at the office's social accounts, whose icons the scraper dropped: "Follow us on X
# @acme", "Follow the FBI on Twitter: @FBI", "Share on Facebook Twitter LinkedIn Email", "Connect with us:
# Facebook | Instagram", and, icons lost, "Follow the District Attorney’s Office on" (da_022, printed in the
# middle of a PDF paragraph). Only a whole line of that shape: the networks or handles after it, nothing
# else. A prompt with nothing after "on" is one to follow or find an account, not over a line going on in lower
# case ("Follow the instructions on" / "the form."); "Join us on" / "Tuesday at the courthouse." is an
# invitation. Kept: "Police shared the video on Facebook.", "Follow the money, investigators said.", and a
# network's name over a handle ("Twitter: @janeroe"), a field of a contact block.
_SOCIAL_NETWORK = (
    r"(?:facebook|twitter|x|linkedin|instagram|youtube|tiktok|threads|bluesky|mastodon|flickr|whatsapp|e-?mail"
    r"|reddit|pinterest|rss|telegram|snapchat|nextdoor|social[ \t]++media)"
)
_SOCIAL_ITEM = rf"(?:{_SOCIAL_NETWORK}\b|@\w[\w.]{{0,40}}+|https?://[^\s]{{1,200}}+)"
_SOCIAL_LIST = rf"{_SOCIAL_ITEM}(?:[ \t]*+[,|/·•:&-]?+[ \t]*+(?:(?:and|or)[ \t]++)?{_SOCIAL_ITEM}){{0,12}}+"
# ``wire_directory``'s lines above a wire's cross-link: a prompt to follow it, a network's link.
_DIRECTORY_HEAD = re.compile(
    r"(?:follow[ \t]++(?P<followed>[^\n:]{1,60}?)[ \t]++on[ \t]++[^\n:]{1,30}+:"
    rf"|(?P<network>{_SOCIAL_NETWORK}|google[ \t]++business[ \t]++profile)[ \t]*+:[ \t]*+https?://)",
    re.IGNORECASE,
)
# Whom to follow: "us", "@FBI", "Europol", "the District Attorney’s Office" (capitalised words, or "of", "and").
_FOLLOWED = (
    r"(?:us|me|@\w[\w.]{0,40}+|(?:the[ \t]++)?(?-i:[A-Z])[\w.'’&-]{0,30}+"
    r"(?:[ \t]++(?:(?-i:[A-Z])[\w.'’&-]{0,30}+|of|for|and|&)){0,7}+)"
)
# WordPress (Jetpack) share buttons, as county-prosecutor sites print them: "Click to share on Twitter (Opens in
# new window)", "Click to email a link to a friend (Opens in new window)", "Click to print (Opens in new window)".
_CLICK_TO_SHARE = (
    r"click[ \t]++to[ \t]++(?:share[ \t]++on[ \t]++(?P<network>[\w-]{1,20}+)"
    r"|email[ \t]++(?:a[ \t]++link[ \t]++to[ \t]++a[ \t]++friend|this)|print|share)"
    r"(?:[ \t]*+\((?:opens|open)[ \t]++in[ \t]++(?:a[ \t]++)?new[ \t]++(?:window|tab)\))?+"
)
_SOCIAL_PROMPT = re.compile(
    rf"(?:{_CLICK_TO_SHARE}"
    rf"|(?P<verb>follow|connect[ \t]++with|like|find|join|stay[ \t]++connected[ \t]++with)[ \t]++{_FOLLOWED}"
    rf"(?:(?P<on>[ \t]++on)(?P<tail>[ \t]*+:?+[ \t]*+{_SOCIAL_LIST})?+|[ \t]*+:[ \t]*+{_SOCIAL_LIST})"
    rf"|share(?:[ \t]++(?:this(?:[ \t]++\w{{1,20}}+)?+(?:[ \t]++on)?+|on|via|to))?+[ \t]*+:?+[ \t]*+{_SOCIAL_LIST})"
    r"[ \t]*+[.!]?+",
    re.IGNORECASE,
)


# How far back ``_in_about`` looks for the About heading: the lines of the profile's paragraphs over the prompt.
_ABOUT_REACH = 40


def _in_about(source: str, pieces: tuple[Piece, ...], i: int) -> bool:
    """True when the lines over ``pieces[i]`` are an About section's heading and its paragraphs.

    A company's profile ends with where to follow it ("Follow Kaizen on LinkedIn, Facebook, and Twitter
    @KaizenAnalytix.", as the wires print the boilerplate the company sent): a sentence of the profile, which the
    meta stage keeps in the About section. Only paragraph lines may stand between: a short line that ends no
    sentence ("Media Contact", "Share") ends the section.
    """
    for k in range(i - 1, max(i - 1 - _ABOUT_REACH, -1), -1):
        line = pieces[k]
        if line.kind != "line":
            return False
        if _about_line(source, line):
            return k < i - 1
        if line.end - line.start < _ABOUT_LINE and source[line.end - 1] not in '.!?"”’)':
            return False
    return False


# The verbs of a prompt whose icons may follow it on the page: "Follow the Office on" [icons], "Find us on" [icons].
_ICON_VERBS = frozenset({"follow", "find"})


def social_prompt(source: str, pieces: tuple[Piece, ...], i: int) -> int | None:
    """``Follow us on X @acme``, ``Share on Facebook Twitter``, ``Follow the Office on`` (its icons lost)."""
    piece = pieces[i]
    if piece.end - piece.start > _MAX_FURNITURE:
        return None
    m = _SOCIAL_PROMPT.fullmatch(source, piece.start, piece.end)
    if m is None:
        return None
    if m["network"] is not None and piece.blank_after == 0 and _key(source, pieces, i + 1) == m["network"].casefold():
        return 2  # Jetpack prints the button's label under it: "Click to share on X (Opens in new window)" / "X"
    if m["verb"] is not None and source[piece.end - 1] in ".!" and _in_about(source, pieces, i):
        return None  # the profile's last sentence: "Follow Kaizen on LinkedIn, Facebook, and Twitter @Kaizen."
    if m["on"] is not None and m["tail"] is None:
        # Nothing after "on": the icons were lost (da_022). Only a prompt to follow or find an account; and a
        # line going on in lower case right under it is the rest of a hard-wrapped sentence ("Follow the
        # instructions on" / "the form."), which the paragraph stage joins. Whether the next line is a line or
        # furniture does not count: the rendering drops furniture, and the answer must not change (SPEC 5).
        if m["verb"].lower() not in _ICON_VERBS:
            return None  # "Join us on" / "Tuesday at the courthouse.": an invitation, not lost icons
        nxt = pieces[i + 1] if i + 1 < len(pieces) and piece.blank_after == 0 else None
        if nxt is not None and nxt.kind == "line" and source[nxt.start].islower():
            return None
    return 1


# The phrase tables of the rules below (``FOOTER_LINKS``, ``LANGUAGES``, ``PAGE_NAVIGATION``, ``MEDIA_BUTTONS``,
# ``PAGE_WIDGETS``) follow ``_data/noise_phrases.py``'s columns: one folded phrase each, matched on a whole line
# with its edge punctuation stripped. Source: written for pressparse from the page templates of the target
# sources (justice.gov and US Attorneys, Europol, gov.uk and police forces, county-prosecutor WordPress sites,
# the PR wires) and the labels of common share, gallery and translation widgets. Licence: MIT, as the project.

# --- link_row, language_picker -------------------------------------------------------------
# A row of footer or menu links printed as one line, set apart by bars, bullets or slashes: "Privacy |
# Terms | Contact", "Privacy Policy | Terms of Use | Accessibility", "Previous article / Next article",
# "English | Français | Español". Every part must be a known link label (the menu, navigation and share
# tables, ``FOOTER_LINKS``, ``LANGUAGES``), so "Privacy | the defendant asked for it" stays.
# A language picker prints the languages in their own names: on one line set apart by spaces ("English
# Français Español العربية", three or more), or one a line (three or more on adjacent lines, or two under a
# "Select language" label). A single "English" or "Español" stays: it may name a version of the release.
FOOTER_LINKS: frozenset[str] = frozenset(
    {
        *("privacy", "privacy notice", "privacy statement", "privacy & cookies", "privacy and cookies"),
        *("terms", "terms & conditions", "terms and conditions", "terms of use", "terms of service", "legal"),
        *("legal notice", "legal notices", "disclaimer", "disclaimers", "imprint", "cookies", "cookie policy"),
        *("contact", "contact us", "feedback", "help", "faq", "faqs", "site map", "sitemap", "accessibility"),
        *("accessibility statement", "foia", "no fear act", "usa.gov", "vulnerability disclosure", "rss"),
        *("information quality", "plain language", "archives", "careers", "jobs", "media", "newsroom", "home"),
        *("previous", "next", "previous article", "next article", "previous post", "next post", "older", "newer"),
        *("previous story", "next story", "previous news", "next news", "previous release", "next release"),
        *("back", "top", "back to top", "print", "share", "email", "translate", "select language"),
    }
)
LANGUAGES: frozenset[str] = frozenset(
    {
        *("english", "français", "francais", "español", "espanol", "deutsch", "italiano", "português"),
        *("portugues", "nederlands", "polski", "română", "magyar", "čeština", "slovenčina", "slovenščina"),
        *("hrvatski", "srpski", "српски", "български", "русский", "українська", "ελληνικά", "türkçe"),
        *("svenska", "dansk", "suomi", "norsk", "eesti", "latviešu", "lietuvių", "malti", "gaeilge"),
        *("cymraeg", "العربية", "عربي", "فارسی", "اردو", "עברית", "हिन्दी", "বাংলা", "ਪੰਜਾਬੀ", "中文"),
        *("简体中文", "繁體中文", "日本語", "한국어", "tiếng việt", "tagalog", "ภาษาไทย", "kreyòl ayisyen"),
        *("af-soomaali", "kiswahili", "bahasa indonesia", "bahasa melayu", "ខ្មែរ", "ພາສາລາວ", "հայերեն"),
        *("en español", "en français", "hmoob", "नेपाली", "አማርኛ", "tigrinya", "ትግርኛ"),
    }
)
_ROW_LABELS = MENU_PHRASES | NAVIGATION_PHRASES | SHARE_PHRASES | FOOTER_LINKS | LANGUAGES
_ROW_SEP = re.compile(r"[ \t\u00a0]*+[|•·]|[ \t\u00a0]++/|/[ \t\u00a0]++")
_ROW_STRIP = _EDGE_PUNCT + " \t\u00a0"
# The characters every ``_ROW_SEP`` match holds: a key without them splits into one part.
_ROW_SEPARATORS = frozenset("|•·/")


# The first word of each language name: a line whose first word is none of them names no languages.
_LANGUAGE_FIRSTS = frozenset(name.split()[0] for name in LANGUAGES)


def _languages_in(key: str) -> int:
    """How many language names the folded line ``key`` is made of (0 when another word stands in it)."""
    first = key.split(maxsplit=1)[:1]
    if not first or first[0] not in _LANGUAGE_FIRSTS:
        return 0  # fast path: the loop below stops at the first word (most lines are sentences)
    words = key.split()
    count = k = 0
    while k < len(words):
        if " ".join(words[k : k + 2]) in LANGUAGES and k + 1 < len(words):
            k += 2
        elif words[k] in LANGUAGES:
            k += 1
        else:
            return 0
        count += 1
    return count


def link_row(source: str, pieces: tuple[Piece, ...], i: int) -> int | None:
    """A row of known link labels set apart by bars, bullets or slashes, or a line of language names."""
    key = _key(source, pieces, i)
    if key is None or len(key) > 160:
        return None
    if _languages_in(key) >= 3:
        return 1
    if _ROW_SEPARATORS.isdisjoint(key):
        return None  # no separator: one part at most (the common case, a sentence or a label)
    parts = [p.strip(_ROW_STRIP) for p in _ROW_SEP.split(key)]
    parts = [p for p in parts if p]
    return 1 if len(parts) >= 2 and all(p in _ROW_LABELS for p in parts) else None


_PICKER_LABELS = frozenset({"select language", "choose language", "choose your language", "language", "languages"})


_PICKER_NAMES = LANGUAGES | LANGUAGE_NAMES


def language_picker(source: str, pieces: tuple[Piece, ...], i: int) -> int | None:
    """Language names on adjacent lines, three or more, or two under a ``Select language`` label: a language picker."""
    key = _key(source, pieces, i)
    if key not in LANGUAGES and key not in _PICKER_LABELS:
        return None  # fast path: neither a label nor a name (the loop below would stop at once)
    label = key in _PICKER_LABELS
    j = i + 1 if label else i
    # Under the label, the English names count too (Google Translate's list, "Afrikaans" / "Albanian").
    names = _PICKER_NAMES if label else LANGUAGES
    while j < len(pieces) and j - i < 120 and pieces[j].kind == "line" and _key(source, pieces, j) in names:
        j += 1
        if pieces[j - 1].blank_after != 0:
            break  # the names stand on adjacent lines: the rendering sets blocks apart, and must not make a run
    if label and pieces[i].blank_after != 0:
        return None
    return j - i if j - i >= 3 else None


# --- translation_link ----------------------------------------------------------------------
# The link to the release's version in another language, alone on its line (its link lost): "[LEER EN ESPAÑOL]"
# over and under the story (San Diego's DA NewsCenter, xs_da_sandiego_1), "[READ IN ENGLISH]", "Read in Spanish",
# "Ver en español", "Versión en español", "Spanish version". A verb of reading (or "version") and a language name,
# nothing else on the line. A bare "Español" (a picker's single entry may name the version the text is in) and the
# same words in a sentence ("Read in Spanish, the order says ...") stay.
_TRANSLATION_LANGUAGES = "|".join(sorted(map(re.escape, _PICKER_NAMES), key=len, reverse=True))
_TRANSLATION_LINK = re.compile(
    r"(?:(?:leer|lea|léalo|ver|read|view|lire|lesen|see)(?: (?:this|it|the release|this release|this page|this story"
    r"|la noticia|esta noticia|este comunicado|el comunicado))?+ (?:en|in|auf)"
    rf"|versión en|version en|version in) (?:{_TRANSLATION_LANGUAGES})"
    rf"|(?:{_TRANSLATION_LANGUAGES}) (?:version|translation)"
)
_TRANSLATION_LONGEST = 60


def translation_link(source: str, pieces: tuple[Piece, ...], i: int) -> int | None:
    """``[LEER EN ESPAÑOL]``, ``Read in English`` alone on a line: the link to the release in another language."""
    key = _key(source, pieces, i)
    if key is None or len(key) > _TRANSLATION_LONGEST:
        return None
    return 1 if _TRANSLATION_LINK.fullmatch(key) else None


# --- page_navigation -----------------------------------------------------------------------
# More skip and back links alone on a line than ``NAVIGATION_PHRASES`` lists: "Return to top", "Back to
# the top", "Top of page", "Back to newsroom", "View all news", "Skip to footer". Kept: "Return to top form
# is the goal, the coach said." (a sentence).
PAGE_NAVIGATION: frozenset[str] = frozenset(
    {
        *("return to top", "back to the top", "go to top", "top of page", "top of the page", "to top", "top"),
        *("back to newsroom", "back to the newsroom", "back to news releases", "back to all news", "return to news"),
        *("return to newsroom", "return to press releases", "back to media releases", "back to media centre"),
        *("skip to footer", "skip to search", "jump to main content", "jump to navigation", "skip to main menu"),
        *("view all news", "all news", "view all press releases", "all press releases", "view all releases"),
        *("previous page", "next page", "older posts", "newer posts", "older entries", "newer entries"),
        # WordPress's post navigation box; CivicPlus's "Return to full list >>" under a News Flash item.
        *("post navigation", "posts navigation", "return to full list", "back to full list"),
        # CivicPlus's News Flash listing and slideshow buttons (da_maricopa_newsroom).
        *("view all", "arrow left", "arrow right", "left arrow", "right arrow"),
        *("slideshow left arrow", "slideshow right arrow"),
    }
)
page_navigation = _phrase_line("page_navigation", PAGE_NAVIGATION, "``Return to top``, ``Back to newsroom``.")


# --- rating_widget -------------------------------------------------------------------------
# A page survey under the story: "Was this page helpful? Yes No", "Did you find what you were looking for?",
# "Rate this page", with its answer buttons on the same line or the lines under it ("Yes" / "No"). A
# question in a story ("Was this page helpful to the victims, the judge asked.") is no line of that shape.
_RATING = re.compile(
    r"(?:(?:was|is)[ \t]++this[ \t]++(?:page|article|information|content|post|story)[ \t]++(?:helpful|useful)"
    r"|did[ \t]++you[ \t]++find[ \t]++(?:this[ \t]++(?:page|article|information)[ \t]++(?:helpful|useful)"
    r"|what[ \t]++you[ \t]++(?:were|are)[ \t]++looking[ \t]++for)"
    r"|rate[ \t]++this[ \t]++(?:page|article|story))[ \t]*+\??+(?:[ \t]*+(?:yes|no)\b[.!]?+){0,2}+",
    re.IGNORECASE,
)
_RATING_ANSWERS = frozenset(
    {"yes", "no", "yes no", "maybe", "thank you for your feedback", "thanks for your feedback"}
    # gov.uk's buttons: "Yes this page is useful" / "No this page is not useful".
    | {"yes this page is useful", "no this page is not useful", "report a problem with this page"}
)


def rating_widget(source: str, pieces: tuple[Piece, ...], i: int) -> int | None:
    """``Was this page helpful? Yes No`` and the answer lines under it."""
    piece = pieces[i]
    if piece.end - piece.start > 80 or not _RATING.fullmatch(source, piece.start, piece.end):
        return None
    j = i + 1
    while j < len(pieces) and j - i <= 4 and pieces[j].kind == "line" and _key(source, pieces, j) in _RATING_ANSWERS:
        j += 1
    return j - i


# --- debt_clock ----------------------------------------------------------------------------
# A Senate office site's national-debt widget in the page's side column, scraped with its punctuation
# turned to spaces: "9 488 543 515 250 00" over "31 090 21 Per Citizen" (x4_senate_coburn_1), or with
# it kept ("$9,488,543,515,250.00" / "$31,090.21 Per Citizen"). The per-citizen line is claimed with the
# bare total just above it; a bare figure alone, or a sentence quoting the debt, stays.
_DEBT_AMOUNT = r"\$?+[ \t]*+\d{1,3}(?:[ ,]\d{3}){1,6}+(?:[ .]\d{2})?+"
_DEBT_TOTAL = re.compile(_DEBT_AMOUNT)
_PER_CITIZEN = re.compile(
    _DEBT_AMOUNT + r"[ \t]++per[ \t]++(?:citizen|person|taxpayer|household|capita)", re.IGNORECASE
)


def debt_clock(source: str, pieces: tuple[Piece, ...], i: int) -> int | None:
    """``31 090 21 Per Citizen`` with the bare debt total on the line above it."""
    piece = pieces[i]
    if piece.end - piece.start > 60:
        return None
    if _PER_CITIZEN.fullmatch(source, piece.start, piece.end):
        return 1
    if i + 1 < len(pieces) and _DEBT_TOTAL.fullmatch(source, piece.start, piece.end):
        after = pieces[i + 1]
        if (
            after.kind == "line"
            and after.end - after.start <= 60
            and _PER_CITIZEN.fullmatch(source, after.start, after.end)
        ):
            return 2
    return None


# --- media_button --------------------------------------------------------------------------
# The buttons of an image, video or gallery widget, alone on a line: "Download image", "Enlarge", "View
# gallery", "Watch the video", "Play video". Not captions (they describe no picture) and not the story.
# A sentence with the same words stays ("Watch the video of the hearing on the court's website.").
MEDIA_BUTTONS: frozenset[str] = frozenset(
    {
        *("download image", "download images", "download photo", "download photos", "download video"),
        *("download high-res image", "download high-resolution image", "download hi-res image", "download"),
        *("download high resolution image", "download high-res photo", "download the video", "download infographic"),
        *("enlarge", "enlarge image", "enlarge photo", "click to enlarge", "click image to enlarge"),
        *("view larger", "view larger image", "view full size", "view full-size image", "view image", "view photo"),
        *("view gallery", "view photo gallery", "view the gallery", "view slideshow", "open gallery", "expand image"),
        *("watch the video", "watch video", "watch now", "play video", "play the video", "view video"),
        *("watch the full video", "full screen", "fullscreen", "see more photos", "more photos", "view all photos"),
        *("photo gallery", "image gallery", "video gallery", "next image", "previous image", "next slide"),
        *("previous slide", "open image in a new tab", "show caption", "hide caption", "toggle caption"),
    }
)
media_button = _phrase_line("media_button", MEDIA_BUTTONS, "``Download image``, ``Enlarge``, ``View gallery``.")

# Other widgets' text alone on a line: WordPress's "Like this:" / "Like Loading...", "Leave a Reply", "Comments
# are closed.", a print plugin's "Print Friendly, PDF & Email", a translation widget's "Powered by Google Translate".
PAGE_WIDGETS: frozenset[str] = frozenset(
    {
        *("like this", "like loading", "loading", "print friendly, pdf & email", "print friendly & pdf"),
        *("powered by google translate", "powered by translate", "translate this page", "opens in new window"),
        *("opens in a new window", "opens in new tab", "opens in a new tab", "listen to this article"),
        # WordPress's comment form and post footer.
        *("leave a comment", "leave a reply", "cancel reply", "post comment", "comments are closed", "comments off"),
        *("no comments yet", "you must be logged in to post a comment"),
        # A print button's label (Senate templates), CivicPlus's alert sign-up, a comments button.
        *("printer friendly version", "printer-friendly version", "printer friendly page", "notify me", "notify me®"),
        *("view comments", "view comment", "show comments", "hide comments"),
        # Yahoo Finance's break in a re-hosted release ("Story continues" under the first paragraphs), a news
        # site's "Story continues below advertisement".
        *("story continues", "story continues below", "story continues below advertisement"),
        # The footer of a GovDelivery (Granicus) e-mail bulletin.
        *("powered by govdelivery", "powered by granicus", "powered by granicus govdelivery"),
        # CivicPlus's account box, translation button and pop-up (da_maricopa_newsroom).
        *("create a website account", "website sign in", "translate page", "do not show again", "close"),
        *("login", "log in"),
        # A Senate site's archive box in the newline layout: "Filter by:" over the story, "Browse by:" and "Current
        # record" under it (Inhofe's pages, xi_senate_inhofe_1; the one-line pages' are ``spaced_chrome``'s).
        *("filter by", "browse by", "current record"),
        "manage notification subscriptions, save form progress and more",
    }
)
page_widget = _phrase_line("page_widget", PAGE_WIDGETS, "``Like this:``, ``Print Friendly, PDF & Email``.")

# The furniture that closes a story above a site's footer (``office_footer``): share buttons, menu and footer links.
_CLOSING_LABELS = _ROW_LABELS | PAGE_NAVIGATION | MEDIA_BUTTONS | PAGE_WIDGETS


timestamp_line = _pattern_line("timestamp_line", _TIMESTAMP, "``2019-12-06 00:00:00`` alone on a line.", 40)


# Newsfile's image pointer: "To view an enhanced version of this graphic, please visit:", its link on the same
# line or alone on the next.
_ENHANCED_POINTER = re.compile(
    r"to\s++view\s++an\s++enhanced\s++version\s++of\s++this\s++(?:graphic|image|photo|figure|map),?\s++"
    r"(?:please\s++)?visit\s*+:?(?P<link>\s*+https?://[^\s]{1,2000}+)?+",
    re.IGNORECASE,
)
_LONE_LINK = re.compile(r"https?://[^\s]{1,2000}+")


def media_pointer(source: str, pieces: tuple[Piece, ...], i: int) -> int | None:
    """Newsfile's ``To view an enhanced version of this graphic, please visit:`` and its link (one line or two)."""
    piece = pieces[i]
    if piece.end - piece.start > 2 * _MAX_FURNITURE + 2000:
        return None
    m = _ENHANCED_POINTER.fullmatch(source, piece.start, piece.end)
    if m is None:
        return None
    if m.group("link") is None and i + 1 < len(pieces) and piece.blank_after <= 1:
        nxt = pieces[i + 1]
        if nxt.kind == "line" and _LONE_LINK.fullmatch(source, nxt.start, nxt.end):
            return 2
    return 1


# --- page_marker ---------------------------------------------------------------------------
# A PDF page's number printed between dashes, alone on a line: "-1-", "- 2 -" (county prosecutors' and US
# Attorneys' PDFs; pdftotext -layout centres it, and pads it with a run of spaces: "-  2  -"; the rendering
# makes the run one space, so any run counts). "-30-" is the end mark, a meta line, and stays.
_PAGE_MARKER = re.compile(r"[-–—][ \t]*+(?P<page>[1-9]\d?+)[ \t]*+[-–—]")


def page_marker(source: str, pieces: tuple[Piece, ...], i: int) -> int | None:
    """A page number between dashes (``-1-``, ``- 2 -``) alone on a line; not the ``-30-`` end mark."""
    piece = pieces[i]
    m = _PAGE_MARKER.fullmatch(source, piece.start, piece.end)
    return 1 if m and m["page"] != "30" else None


# --- table_rule ----------------------------------------------------------------------------
# The rule under a markdown table's header row: "|---|---|---|", "| :--- | ---: |" (PR Newswire releases re-hosted in
# markdown). It draws a line, says nothing; the rows around it are the table's. A lone "---" is the archive's rule.
_TABLE_RULE = re.compile(r"\|?+[ \t]*+:?+-{3,}+:?+[ \t]*+(?:\|[ \t]*+:?+-{3,}+:?+[ \t]*+)++\|?+")


def table_rule(source: str, pieces: tuple[Piece, ...], i: int) -> int | None:
    """A markdown table's header rule (``|---|---|``) alone on a line."""
    piece = pieces[i]
    return 1 if _TABLE_RULE.fullmatch(source, piece.start, piece.end) else None


# --- end_mark_number -----------------------------------------------------------------------
# An old justice.gov release's number alone under its end mark: "###" / "08-498" (2008 releases; the glued
# "# # #14-1077" is ``release_number``). The same digits elsewhere are a case's or a docket's and stay. So is
# justice.gov's number on the line under its label, "Press Release Number:" / "26-0417" (doj_j).
_RELEASE_NUMBER_LINE = re.compile(r"\d{2}-\d{3,4}+")
_RELEASE_NUMBER_LABEL = re.compile(r"(?:press[ \t]++)?release[ \t]++(?:number|no\.?+)[ \t]*+:", re.IGNORECASE)


def end_mark_number(source: str, pieces: tuple[Piece, ...], i: int) -> int | None:
    """``08-498`` alone on the line under an end mark (``###``)."""
    piece = pieces[i]
    if i == 0 or not _RELEASE_NUMBER_LINE.fullmatch(source, piece.start, piece.end):
        return None
    above = pieces[i - 1]
    if _RELEASE_NUMBER_LABEL.fullmatch(source, above.start, above.end):
        return 1
    return 1 if _END_MARK_LINE.fullmatch(source, above.start, above.end) else None


# --- email_banner, wire_provider -----------------------------------------------------------
# An e-mail bulletin's banner image, whose alt text names the office: "Ridgeway County District Attorney banner"
# (GovDelivery), above the story only; and the provider's name alone as a re-hosted release's first line
# (Yahoo Finance prints "ACCESSWIRE", "GlobeNewswire", "Business Wire" over the headline).
_BANNER_WORDS = frozenset({"of", "the", "and", "&", "for", "on", "in"})
_BANNER_MAX = 100
WIRE_PROVIDERS: frozenset[str] = frozenset(
    {
        *("accesswire", "access newswire", "globenewswire", "globe newswire", "pr newswire", "prnewswire"),
        *("business wire", "businesswire", "newsfile", "newsfile corp.", "ein presswire", "cision", "prweb"),
        *("newsdirect", "news direct", "marketwired", "canada newswire", "cnw"),
    }
)


def email_banner(source: str, pieces: tuple[Piece, ...], i: int) -> int | None:
    """``<Office> banner`` above the story: the alt text of an e-mail bulletin's banner image."""
    piece = pieces[i]
    if piece.end - piece.start > _BANNER_MAX or i >= _context(source, pieces).first_long:
        return None
    words = source[piece.start : piece.end].split()
    if len(words) < 2 or words[-1] != "banner":
        return None
    return 1 if all(w[0].isupper() or w in _BANNER_WORDS for w in words[:-1]) else None


def wire_provider(source: str, pieces: tuple[Piece, ...], i: int) -> int | None:
    """A wire's name alone on the page's first line (a re-host's provider line)."""
    if _key(source, pieces, i) not in WIRE_PROVIDERS:
        return None
    return None if any(pieces[k].kind != "noise" for k in range(i)) else 1


# --- ticker_box ----------------------------------------------------------------------------
# Yahoo Finance's "In this article:" box over a re-hosted release: the tickers the story names and their
# change of the day, a line each ("PLVX" / "+4.21%", or "PLVX +4.21%").
_TICKER = re.compile(
    r"\^?+[A-Z]{1,5}+(?:[.=-][A-Z]{1,3}+)?+(?:[ \t]++[+\-−]?+\d{1,4}+(?:[.,]\d{1,3}+)?+%)?+"
    r"|[+\-−]?+\d{1,4}+(?:[.,]\d{1,3}+)?+%"
)
_TICKER_LINES = 12


def ticker_box(source: str, pieces: tuple[Piece, ...], i: int) -> int | None:
    """``In this article:`` and the ticker and change lines under it."""
    if _key(source, pieces, i) != "in this article" or source[pieces[i].end - 1] != ":":
        return None
    j = i + 1
    while j < len(pieces) and j - i <= _TICKER_LINES and pieces[j - 1].blank_after == 0:
        piece = pieces[j]
        if piece.kind != "line" or piece.end - piece.start > 20:
            break
        if not _TICKER.fullmatch(source, piece.start, piece.end):
            break
        j += 1
    return j - i if j > i + 1 else None


# --- closing_label, post_tags --------------------------------------------------------------
# A widget's label among the furniture after the story: CivicPlus's "Tools" box ("Tools" / "RSS" / "Notify Me®"),
# Cision's "Organization Profile" box over the issuer's name. Alone, "Tools" may be the author's heading: it is
# furniture only after the story's last line, with other furniture next to it.
CLOSING_WIDGET_LABELS: frozenset[str] = frozenset({"tools", "organization profile", "organisation profile"})


def closing_label(source: str, pieces: tuple[Piece, ...], i: int) -> int | None:
    """``Tools``, ``Organization Profile`` after the story, next to other furniture."""
    if _key(source, pieces, i) not in CLOSING_WIDGET_LABELS or i <= _chrome(source, pieces).last_story:
        return None
    rest = len(pieces) - i - 1
    if 1 <= rest <= _PROFILE_TAIL and _key(source, pieces, i) != "tools" and _short_tail(source, pieces, i + 1):
        return rest + 1  # Cision's box closing the page: the label and the issuer's name under it
    above = pieces[i - 1] if i > 0 else None
    below = _key(source, pieces, i + 1)
    return 1 if below in _CLOSING_LABELS or (above is not None and above.kind == "noise") else None


_PROFILE_TAIL = 2


def _short_tail(source: str, pieces: tuple[Piece, ...], k: int) -> bool:
    """Whether every piece from ``k`` to the end is a short line ending no sentence (or noise already)."""
    return all(
        p.kind == "noise" or (p.kind == "line" and p.end - p.start <= _FOOTER_LINE and source[p.end - 1] not in ".!?")
        for p in pieces[k:]
    )


# WordPress's tag footer without a colon: "Tagged criminal vehicular homicide, DWI" (under "Posted in ..."). After
# the story only, and no sentence: "Tagged as a flight risk, he was held." stays.
_POST_TAGS = re.compile(r"Tagged[ \t]++[^\n.!?:]{1,150}+")


def post_tags(source: str, pieces: tuple[Piece, ...], i: int) -> int | None:
    """``Tagged <tags>`` after the story."""
    piece = pieces[i]
    if piece.end - piece.start > 160 or not _POST_TAGS.fullmatch(source, piece.start, piece.end):
        return None
    return 1 if i > _chrome(source, pieces).last_story else None


NOISE_RULES: tuple[tuple[NoiseKind, Rule], ...] = (
    (NoiseKind.NOT_A_RELEASE, not_a_release),
    (NoiseKind.CONTROL_CHARACTERS, control_characters),
    (NoiseKind.SCRAPER_ARTEFACT, scraper_artefact_line),
    (NoiseKind.SCRAPER_ARTEFACT, empty_bullets),
    (NoiseKind.MARKDOWN_HEADING, lone_hash),
    (NoiseKind.ARCHIVE_TRAILER, archive_trailer),
    (NoiseKind.BOILERPLATE, markdown_rule),  # after archive_trailer: a rule over a link block is the trailer's
    (NoiseKind.ARCHIVE_TRAILER, archive_links),
    (NoiseKind.MARKDOWN_IMAGE, markdown_image),
    (NoiseKind.IMAGE_MARKER, image_marker),
    (NoiseKind.BREADCRUMB_TRAIL, breadcrumb_trail),
    (NoiseKind.BREADCRUMB_TRAIL, breadcrumb_chain),
    (NoiseKind.SLIDESHOW_COUNTER, slideshow_counter),
    (NoiseKind.BOILERPLATE, page_number),
    (NoiseKind.BOILERPLATE, page_marker),
    (NoiseKind.BOILERPLATE, table_rule),
    (NoiseKind.BOILERPLATE, end_mark_number),
    (NoiseKind.SHARE_LINKS, share_links),
    (NoiseKind.SHARE_LINKS, social_prompt),
    (NoiseKind.NAVIGATION, navigation),
    (NoiseKind.NAVIGATION, page_navigation),
    (NoiseKind.NAVIGATION, link_row),
    (NoiseKind.NAVIGATION, language_picker),
    (NoiseKind.NAVIGATION, translation_link),
    (NoiseKind.NAVIGATION, menu_run),
    (NoiseKind.NAVIGATION, site_name),
    (NoiseKind.NAVIGATION, small_caps_logo),
    (NoiseKind.BOILERPLATE, office_footer),
    (NoiseKind.BOILERPLATE, letterhead),
    (NoiseKind.RELATED_LINKS, related_links),
    (NoiseKind.RELATED_LINKS, teaser_listing),
    (NoiseKind.BOILERPLATE, tag_list),
    (NoiseKind.BOILERPLATE, post_tags),
    (NoiseKind.BOILERPLATE, video_widget),
    (NoiseKind.BOILERPLATE, promo_box),
    (NoiseKind.NAVIGATION, quick_links),
    (NoiseKind.SHARE_LINKS, embedded_post),
    (NoiseKind.SHARE_LINKS, facebook_chrome),
    (NoiseKind.BOILERPLATE, closing_label),
    (NoiseKind.BOILERPLATE, email_banner),
    (NoiseKind.BOILERPLATE, wire_provider),
    (NoiseKind.BOILERPLATE, ticker_box),
    (NoiseKind.BOILERPLATE, rating_widget),
    (NoiseKind.BOILERPLATE, debt_clock),
    (NoiseKind.BOILERPLATE, media_button),
    (NoiseKind.BOILERPLATE, page_widget),
    (NoiseKind.BOILERPLATE, boilerplate_phrase),
    (NoiseKind.BOILERPLATE, boilerplate_pattern),
    (NoiseKind.BOILERPLATE, button_label),
    (NoiseKind.BOILERPLATE, media_pointer),
    (NoiseKind.BOILERPLATE, wire_directory),
    (NoiseKind.BOILERPLATE, attachment_label),
    (NoiseKind.BOILERPLATE, link_teaser),
    (NoiseKind.BOILERPLATE, full_release_link),
    (NoiseKind.REPEATED_LINE, truncated_copy),
    (NoiseKind.REPEATED_LINE, dateline_copy),
    (NoiseKind.BOILERPLATE, case_number),
    (NoiseKind.BOILERPLATE, compliance_code),
    (NoiseKind.SCRAPER_ARTEFACT, timestamp_line),
    (NoiseKind.BOILERPLATE, site_url_trailer),
    (NoiseKind.COPYRIGHT_LINE, copyright_line),
    (NoiseKind.REPEATED_LINE, repeated_line),
    (NoiseKind.BOILERPLATE, address_footer),  # after repeated_line: a running footer is a repeated line
)
"""Whole-line rules, in priority order: the first that claims a line wins."""


def _firsts(*tables: frozenset[str]) -> frozenset[str]:
    return frozenset({phrase[0] for table in tables for phrase in table} | set(_EDGE_PUNCT))


# The characters (lower case) a line must open with for a rule to have a chance; rules not
# listed may match any line. A fast path (STYLE rule 16): find_noise skips a rule without a call.
_FIRST_CHARS: dict[Rule, frozenset[str]] = {
    scraper_artefact_line: frozenset("nâ?\ufffd`~[/"),
    archive_trailer: frozenset("-*_"),
    markdown_rule: frozenset("-*_"),
    archive_links: frozenset("["),
    markdown_image: frozenset("!["),
    share_links: _firsts(SHARE_PHRASES),
    navigation: _firsts(NAVIGATION_PHRASES),
    breadcrumb_trail: _firsts(BREADCRUMB_OPENERS),
    related_links: _firsts(RELATED_OPENERS),
    boilerplate_phrase: _firsts(BOILERPLATE_PHRASES),
    empty_bullets: frozenset("*•·▪◦●■►‣"),
    lone_hash: frozenset("#"),
    small_caps_logo: frozenset("abcdefghijklmnopqrstuvwxyz"),
    tag_list: frozenset("tfpca"),
    social_prompt: frozenset("fcljs"),
    rating_widget: frozenset("widr"),
    debt_clock: frozenset("$0123456789"),
    media_button: _firsts(MEDIA_BUTTONS),
    page_navigation: _firsts(PAGE_NAVIGATION),
    page_widget: _firsts(PAGE_WIDGETS),
    case_number: frozenset("c"),
    compliance_code: frozenset("0123456789"),
    media_pointer: frozenset("t"),
    page_number: frozenset("123456789"),
    page_marker: frozenset("-–—"),
    table_rule: frozenset("|:-"),
    end_mark_number: frozenset("0123456789"),
    post_tags: frozenset("t"),
    video_widget: frozenset("v"),
    promo_box: frozenset("w"),
    closing_label: _firsts(CLOSING_WIDGET_LABELS),
    wire_provider: _firsts(WIRE_PROVIDERS),
    ticker_box: frozenset("i"),
    full_release_link: frozenset("c"),
    button_label: frozenset("ctgdr["),
    site_url_trailer: frozenset("hw"),
}
# The longest line (in source characters) each rule can claim; rules not listed take any length. The
# phrase rules read ``_key``, which is ``None`` past ``2 * _MAX_FURNITURE``, and so do the repeats.
_LONGEST: dict[Rule, int] = {
    scraper_artefact_line: 40,
    lone_hash: 2,
    archive_trailer: 80,
    markdown_rule: _LONE_RULE_LONGEST,
    archive_links: _ARCHIVE_LINK_LONGEST,
    markdown_image: 2600,
    image_marker: 600,
    slideshow_counter: 20,
    page_number: 3,
    page_marker: 16,
    end_mark_number: 7,
    post_tags: 160,
    email_banner: _BANNER_MAX,
    closing_label: 2 * _MAX_FURNITURE,
    wire_provider: 2 * _MAX_FURNITURE,
    ticker_box: 2 * _MAX_FURNITURE,
    copyright_line: _MAX_FURNITURE,
    boilerplate_pattern: 2 * _MAX_FURNITURE,
    breadcrumb_trail: 2 * _MAX_FURNITURE,
    share_links: 2 * _MAX_FURNITURE,
    navigation: 2 * _MAX_FURNITURE,
    related_links: 2 * _MAX_FURNITURE,
    boilerplate_phrase: 2 * _MAX_FURNITURE,
    repeated_line: 2 * _MAX_FURNITURE,
    social_prompt: _MAX_FURNITURE,
    breadcrumb_chain: _MAX_FURNITURE,
    link_row: 2 * _MAX_FURNITURE,
    language_picker: 2 * _MAX_FURNITURE,
    translation_link: 2 * _MAX_FURNITURE,
    rating_widget: 80,
    debt_clock: 60,
    media_button: 2 * _MAX_FURNITURE,
    page_navigation: 2 * _MAX_FURNITURE,
    page_widget: 2 * _MAX_FURNITURE,
    # The limits these rules test first thing, here too so that a longer line skips them without a call.
    menu_run: _CHROME_LINE,
    site_name: 2 * _MAX_FURNITURE,  # a page title (``_site_title``) reads the line's key
    small_caps_logo: 1,
    quick_links: 60,
    embedded_post: _TWEET_LONGEST,  # the post's text over its attribution
    facebook_chrome: _FACEBOOK_LONGEST,
    link_teaser: 2600,
    wire_directory: _DIRECTORY_LONGEST,
    attachment_label: _ATTACHMENT_LONGEST,
    button_label: _BUTTON_LONGEST,
    timestamp_line: 40,
    site_url_trailer: _SITE_URL_LONGEST,
    dateline_copy: _DATELINE_COPY_LONGEST,
    address_footer: _MAX_FURNITURE,
}
_ANY_LENGTH = 1 << 62
_Candidates = tuple[tuple[NoiseKind, Rule, int], ...]
# For each opening character: the rules (kind, rule, longest line) find_noise tries on a line opening with it.
# A character in no ``_FIRST_CHARS`` set meets only the rules that take any first character.
_ANY_FIRST: _Candidates = tuple(
    (kind, rule, _LONGEST.get(rule, _ANY_LENGTH)) for kind, rule in NOISE_RULES if rule not in _FIRST_CHARS
)
_BY_FIRST: dict[str, _Candidates] = {
    first: tuple(
        (kind, rule, _LONGEST.get(rule, _ANY_LENGTH))
        for kind, rule in NOISE_RULES
        if rule not in _FIRST_CHARS or first in _FIRST_CHARS[rule]
    )
    for first in set().union(*_FIRST_CHARS.values())
}


# Every split rule needs one of these in the line; most lines have none and cost one search.
_SPLIT_TRIGGER = re.compile(
    _INVISIBLE.pattern
    + r"|None|#|\[\]|\[(?:Click|click|Tap|tap)\b|On\s++the\s++Net"
    + r"|Senator|SENATOR|News\s++Room|Browse\s++by|Originating\s++Site|\{|Copyright|COPYRIGHT"
    + r"|Image|Photo|Picture|Slide|Foto"
)


# A substring every match of ``_SPLIT_TRIGGER`` contains (kept in step with it): cheap tests first.
_SPLIT_CUES = (
    "None",
    "#",
    "[]",
    "[Click",
    "[click",
    "[Tap",
    "[tap",
    "On",
    "Senator",
    "SENATOR",
    "News",
    "Browse",
    "Originating",
    "{",
    "Copyright",
    "COPYRIGHT",
    "Image",
    "Photo",
    "Picture",
    "Slide",
    "Foto",
)  # "Hashtag:": "#"


# The cues as one alternation of literals: one scan finds any of them (the regex engine skips every character
# that opens no cue), where sixteen substring tests scan the text sixteen times: a third of the time on the corpus
# lines. (With ``_INVISIBLE_CHAR``'s class in the same alternation the engine loses that skip: six times slower.)
_SPLIT_CUE = re.compile("|".join(map(re.escape, _SPLIT_CUES)))


def _holds_split_cue(line: str) -> bool:
    """``any(cue in line for cue in _SPLIT_CUES)``, in one scan (``_SPLIT_CUE``)."""
    return _SPLIT_CUE.search(line) is not None


def _has_split_cue(source: str, start: int, end: int, *, glued: bool = True) -> bool:
    """Whether ``_SPLIT_TRIGGER`` finds something in the line; the literal cues first (they scan faster).

    With ``glued``, a glued sentence junction counts too (``glued_repeat``'s cue).
    """
    cued = _SPLIT_CUE.search(source, start, end) or _INVISIBLE_CHAR.search(source, start, end)
    if cued and _SPLIT_TRIGGER.search(source, start, end) is not None:
        return True
    return glued and _GLUED_SENTENCE.search(source, start, end) is not None  # glued_repeat


def _strip_part(source: str, part: tuple[int, int, NoiseKind | None]) -> tuple[int, int, NoiseKind | None]:
    """The part without the whitespace at its ends."""
    start, end, kind = part
    while start < end and source[start].isspace():
        start += 1
    while end > start and source[end - 1].isspace():
        end -= 1
    return start, end, kind


def _split(source: str, pieces: tuple[Piece, ...], *, local: bool = False) -> tuple[Piece, ...]:
    """Cut lines around the spans ``SPLIT_RULES`` (``local``: ``_EDGE_SPLIT_RULES``) find; parts stay contiguous."""
    if not local and not (
        _SPLIT_CUE.search(source) or _INVISIBLE_CHAR.search(source) or _GLUED_SENTENCE.search(source)
    ):
        return pieces  # no line can hold a cue (_has_split_cue): nothing to cut
    rules = _EDGE_SPLIT_RULES if local else SPLIT_RULES
    out: list[Piece] = []
    for piece in pieces:
        found: list[tuple[int, int, NoiseKind]] = []
        if piece.kind == "line" and _has_split_cue(source, piece.start, piece.end, glued=not local):
            for kind, rule in rules:
                spans = rule(source, piece)
                if spans:  # most rules find nothing in a cued line: no generator for them
                    found.extend((s, e, kind) for s, e in spans)
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
                Piece(  # piece.evolve(...) written out: the constructor costs a third as much per part
                    "line" if part_kind is None else "noise",
                    s,
                    e,
                    piece.indent if k == 0 else 0,
                    piece.blank_before if k == 0 else 0,
                    piece.blank_after if k == len(kept) - 1 else 0,
                    source.count("\n", s, e) + 1,
                    piece.marker,
                    piece.marker_end,
                    piece.meta_kind,
                    part_kind,
                )
            )
    return tuple(out)


# --- glued headline copies ----------------------------------------------------------------------
# Press Services' template prints the subtitle again at the head of the story, glued to its first word: "<subtitle>"
# / " Hudson Oaks, United States - January 27, 2025 / Tent Apps /" / " <subtitle>HUDSON OAKS, Texas – Nextlink ..."
# (xi_wire_pressservices_1). A line among the page's first ``_COPY_LINES`` that opens with the whole text of a
# headline line above it (``_HEAD_MIN`` characters or more, no sentence end), a capital glued to its last lower-case
# letter, opens with a copy: the copy is noise (``repeated_line``) and the line goes on at the capital. A line that
# goes on after the headline's words with a space or in lower case ("<headline> was announced today.") stays whole.
_COPY_LINES = 6


# What opens a list item's line: no headline, and no copy of one, starts so.
_ITEM_MARKS = frozenset("-–—•*·▪◦●")


def _glued_copies(source: str, pieces: tuple[Piece, ...]) -> tuple[Piece, ...]:
    """Cut a headline's copy glued to the story's first word off its line (a bounded look at the first lines)."""
    heads: list[str] = []
    lines = 0
    for k, piece in enumerate(pieces):
        if piece.kind != "line":
            continue
        lines += 1
        if lines > _COPY_LINES:
            break
        if source[piece.start] in _ITEM_MARKS:
            continue  # a list item repeats its neighbour's words, no headline ("- The (ELN) …", fuzzing, SPEC 5)
        size = piece.end - piece.start
        for head in heads:
            cut = piece.start + len(head)
            if (
                size > len(head) + 1
                and source[cut].isupper()
                and source[cut - 1].islower()
                and source.startswith(head, piece.start)
            ):
                copy = Piece(
                    "noise",
                    piece.start,
                    cut,
                    piece.indent,
                    piece.blank_before,
                    0,
                    1,
                    noise_kind=NoiseKind.REPEATED_LINE,
                )
                rest = Piece("line", cut, piece.end, 0, 0, piece.blank_after, piece.lines)
                return (*pieces[:k], copy, rest, *pieces[k + 1 :])
        if _HEAD_MIN <= size <= _STORY_LINE and source[piece.end - 1] not in _SENTENCE_END:
            heads.append(source[piece.start : piece.end])
    return pieces


# Kinds whose claimed lines are one piece (one string to the reader: "1 / 3", the whole bot wall, an image
# whose alt text wraps).
_MERGED = frozenset(
    {NoiseKind.SLIDESHOW_COUNTER, NoiseKind.NOT_A_RELEASE, NoiseKind.REPEATED_LINE, NoiseKind.MARKDOWN_IMAGE}
)


def _claim(claimed: tuple[Piece, ...], kind: NoiseKind, *, merged: bool = False) -> list[Piece]:
    """Make noise of the claimed lines: one piece for ``_MERGED`` kinds (or when ``merged``), else one a line."""
    first, last = claimed[0], claimed[-1]
    if merged or kind in _MERGED:
        lines = 0
        for p in claimed:
            lines += p.lines
        # first.evolve(kind="noise", end=last.end, blank_after=last.blank_after, lines=lines, noise_kind=kind)
        return [
            Piece(
                "noise",
                first.start,
                last.end,
                first.indent,
                first.blank_before,
                last.blank_after,
                lines,
                first.marker,
                first.marker_end,
                first.meta_kind,
                kind,
            )
        ]
    return [p if p.kind == "noise" else _as_noise(p, kind) for p in claimed]


# Rules whose lines read as one string, whatever their kind: Newsfile's pointer and its link under it.
_MERGED_RULES: frozenset[Rule] = frozenset({media_pointer})


def _as_noise(p: Piece, kind: NoiseKind) -> Piece:
    """``p`` as noise of ``kind`` (the constructor: ``attrs.evolve`` costs twice as much per line)."""
    return Piece("noise", p.start, p.end, p.indent, p.blank_before, p.blank_after, p.lines, noise_kind=kind)


# --- candidate tables by what a line's key allows -----------------------------------------------
# Most rules read the line's key (``_key``) first and give up at once, and most lines are story text: the
# rules are asked about a line only when what they test first can hold for it. These tables only leave
# out calls that would return ``None``; each entry below is what its rule checks first.
_KEY_GATES: dict[Rule, frozenset[str]] = {
    navigation: NAVIGATION_PHRASES,
    boilerplate_phrase: BOILERPLATE_PHRASES,
    page_navigation: PAGE_NAVIGATION,
    media_button: MEDIA_BUTTONS,
    page_widget: PAGE_WIDGETS,
    related_links: RELATED_OPENERS,
    closing_label: CLOSING_WIDGET_LABELS,
    wire_provider: WIRE_PROVIDERS,
    ticker_box: frozenset({"in this article"}),
    promo_box: _PROMO_HEADINGS,
    video_widget: frozenset({"video"}),
    full_release_link: frozenset({"click here"}),
    language_picker: LANGUAGES | _PICKER_LABELS,
}
"""A rule -> the only keys it claims a line with: ``None`` for any other key (``None`` included)."""
_GATE_KEYS = frozenset().union(*_KEY_GATES.values())
_KEY_NEEDED = frozenset({link_row, translation_link, tag_list, truncated_copy, share_links, *_KEY_GATES})
"""The rules that return ``None`` for a line without a key (no short line: ``_key`` is ``None``)."""
_HEAD_RULES = frozenset({not_a_release, letterhead})
"""The rules that return ``None`` past the page's fourth piece (``i > _HEAD``)."""


def _gated(
    by_first: dict[str, _Candidates], any_first: _Candidates
) -> dict[tuple[bool, int], tuple[dict[str, _Candidates], _Candidates]]:
    """The candidate tables for (past the head, key state): 0 no key, 1 a key no gate holds, 2 a gate's key."""
    out: dict[tuple[bool, int], tuple[dict[str, _Candidates], _Candidates]] = {}
    for past_head in (False, True):
        for state, dropped in ((0, _KEY_NEEDED), (1, frozenset(_KEY_GATES)), (2, frozenset())):
            drop = dropped | _HEAD_RULES if past_head else dropped
            out[past_head, state] = (
                {first: tuple(c for c in table if c[1] not in drop) for first, table in by_first.items()},
                tuple(c for c in any_first if c[1] not in drop),
            )
    return out


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
    return _find(source, _glued_copies(source, _split(source, pieces)), local=False)


def _inside_quote(source: str, pieces: tuple[Piece, ...], i: int) -> bool:
    """True when line ``i`` stands inside an open quotation's sentence, right between two of its lines.

    ``“… is a testament to our`` / ``Advertisement`` / ``next generation of founders …”``: the line above
    ends on a lower-case word with a quotation open, the line below goes on with one. A noise line there
    splits the raw text's paragraph (a block never reaches over noise), while the rendering, which drops
    it, joins the two halves (``paragraphs._blank_inside_quote``): the line stays in its sentence, as the
    text reads it (fuzz finding F1124-20, SPEC 5). The quotation marks are counted back over one
    paragraph's reach at most, from the last blank line, as the paragraph stage counts them.
    """
    if not 0 < i < len(pieces) - 1:
        return False
    above, piece, below = pieces[i - 1], pieces[i], pieces[i + 1]
    if not (
        above.kind == "line"
        and below.kind == "line"
        and above.blank_after == 0
        and piece.blank_after == 0
        and _LAST_LOWER_WORD.search(source, max(above.start, above.end - 30), above.end) is not None
        and _FIRST_LOWER_WORD.match(source, below.start, below.end) is not None
    ):
        return False
    first = i - 1
    while (
        first > 0
        and i - first < _QUOTE_LINES
        and pieces[first - 1].kind == "line"
        and pieces[first - 1].blank_after == 0
    ):
        first -= 1
    since = max(pieces[first].start, above.end - _PARAGRAPH_LINE)
    curly = source.count("“", since, above.end) > source.count("”", since, above.end)
    return curly or source.count('"', since, above.end) % 2 == 1


# The most lines above a line that ``_inside_quote`` looks back over for the quotation's opening mark.
_QUOTE_LINES = 20


def _find(source: str, pieces: tuple[Piece, ...], *, local: bool) -> tuple[Piece, ...]:
    """Apply ``NOISE_RULES`` to the ``line`` pieces; with ``local``, only the ``_LOCAL_RULES``."""
    out: list[Piece] = []
    tables = _GATED_LOCAL if local else _GATED
    i = 0
    try:
        while i < len(pieces):
            piece = pieces[i]
            claimed = None
            if piece.kind == "line" and not _continues_prose(source, pieces, i):
                length = piece.end - piece.start
                key = _key(source, pieces, i)
                by_first, any_first = tables[i > _HEAD, 0 if key is None else 2 if key in _GATE_KEYS else 1]
                for kind, rule, most in by_first.get(source[piece.start].lower(), any_first):
                    if length > most:
                        continue
                    claimed = rule(source, pieces, i)
                    if claimed == 1 and _inside_quote(source, pieces, i):
                        claimed = None  # the rendering would join the quotation's halves over it (SPEC 5)
                        break
                    if claimed:
                        out.extend(_claim(pieces[i : i + claimed], kind, merged=rule in _MERGED_RULES))
                        break
            if claimed:
                i += claimed
            elif not local and piece.kind == "line" and (copy := _context(source, pieces).noted.get(i)) is not None:
                out.extend(_without_copy(source, piece, *copy))
                i += 1
            else:
                out.append(piece)
                i += 1
    finally:
        _CACHE.clear()  # do not keep the document alive after the call
        _CHROME_CACHE.clear()
    return tuple(out)


def _without_copy(source: str, piece: Piece, start: int, end: int) -> tuple[Piece, Piece]:
    """A note-led line cut at its copy (``_noted_copy``): the copy as ``repeated_line`` noise, the rest a line."""
    if start == piece.start:  # the note printed again: the text after it goes on as the line
        rest = end
        while source[rest] in " \t\xa0":
            rest += 1
        copy = Piece("noise", start, end, piece.indent, piece.blank_before, 0, 1, noise_kind=NoiseKind.REPEATED_LINE)
        return copy, Piece("line", rest, piece.end, 0, 0, piece.blank_after, piece.lines)
    head = start
    while source[head - 1] in " \t\xa0":
        head -= 1
    copy = Piece("noise", start, end, 0, 0, piece.blank_after, 1, noise_kind=NoiseKind.REPEATED_LINE)
    return attrs.evolve(piece, end=head, blank_after=0), copy


# The rules that read a line alone (and its neighbours only when they are lines): the second pass
# (``find_block_noise``) sees the new blocks only, so a rule that weighs the whole page (where the story
# starts and ends, repeats, menus, footers) has no say there.
_LOCAL_RULES: frozenset[Rule] = frozenset(
    {
        control_characters,
        scraper_artefact_line,
        empty_bullets,
        lone_hash,
        archive_trailer,
        markdown_rule,
        archive_links,
        markdown_image,
        image_marker,
        breadcrumb_trail,
        breadcrumb_chain,
        slideshow_counter,
        page_marker,
        table_rule,
        share_links,
        social_prompt,
        navigation,
        page_navigation,
        link_row,
        language_picker,
        translation_link,
        rating_widget,
        debt_clock,
        media_button,
        page_widget,
        boilerplate_phrase,
        boilerplate_pattern,
        link_teaser,
        case_number,
        compliance_code,
        timestamp_line,
        copyright_line,
        address_footer,
    }
)
# The candidate tables of the second pass: the same rules in the same order, the others left out (the
# pass then walks the few local rules only, not every rule with a membership test each).
_ANY_FIRST_LOCAL: _Candidates = tuple(c for c in _ANY_FIRST if c[1] in _LOCAL_RULES)
_BY_FIRST_LOCAL: dict[str, _Candidates] = {
    first: tuple(c for c in candidates if c[1] in _LOCAL_RULES) for first, candidates in _BY_FIRST.items()
}
_GATED = _gated(_BY_FIRST, _ANY_FIRST)
_GATED_LOCAL = _gated(_BY_FIRST_LOCAL, _ANY_FIRST_LOCAL)
_BLOCK_KINDS = frozenset({"line", "heading", "list_item"})
# The split rules that read a block's edges (its start or its end), which a join or a cut makes new; the
# others read inside a line, where the first pass has looked (and spaced_chrome reads column gaps, which
# a joined block's line breaks are not).
_EDGE_SPLIT_RULES = tuple(
    (kind, rule) for kind, rule in SPLIT_RULES if rule not in (spaced_chrome, spaced_copyright, glued_repeat)
)


def _local_context(source: str, pieces: tuple[Piece, ...]) -> _Context:
    """The ``_Context`` the local rules read: the keys and labels of the ``line`` pieces only."""
    keys: list[str | None] = []
    for piece in pieces:
        if piece.kind != "line" or piece.end - piece.start > _MAX_FURNITURE * 2:
            keys.append(None)
            continue
        folded = _fold(source[piece.start : piece.end])
        keys.append(folded if len(folded) <= _MAX_FURNITURE else None)
    strip = _EDGE_PUNCT + " "
    labels = tuple([None if key is None else key.strip(strip) for key in keys])
    return _Context(tuple(keys), labels, {}, len(pieces), -1, len(pieces), len(pieces), len(pieces), len(pieces))


def find_block_noise(source: str, pieces: tuple[Piece, ...], lines: tuple[Piece, ...]) -> tuple[Piece, ...]:
    """Second pass: the noise rules on the blocks the paragraph stage made that were no line before.

    ``find_noise`` reads raw lines; the paragraph stage then joins lines and cuts glued ones
    (``~!Share`` -> ``~!`` / ``Share``, ``###`` / ``ñ`` -> ``### ñ``). The clean rendering sets each
    block alone on its line, where a re-parse reads ``Share`` as furniture and ``###`` before text as a
    markdown heading marker (SPEC 5). So the blocks whose span no line of ``lines`` had are read again:
    the ``SPLIT_RULES`` (not in list items, whose marker opens them), then the ``_LOCAL_RULES``; every
    other piece is hidden from the rules, which keeps the pass cheap (most blocks are old lines).

    Args:
        source: the exact input.
        pieces: the stream after ``paragraphs.split_lines``.
        lines: the stream ``find_noise`` returned (the spans that were read already).

    Returns:
        The stream with the new furniture as ``noise`` pieces; the other pieces unchanged.

    >>> from pressparse.blocks import group_lines
    >>> from pressparse.layout import split_lines
    >>> from pressparse import paragraphs
    >>> src = "Police met.~!Share\\nThey agreed."
    >>> lines = find_noise(src, group_lines(src, split_lines(src)))
    >>> blocks = paragraphs.split_lines(src, paragraphs.join_lines(src, lines))
    >>> [(p.kind, p.text(src)) for p in find_block_noise(src, blocks, lines)]
    [('line', 'Police met.~!'), ('noise', 'Share'), ('line', 'They agreed.')]
    """
    seen = {(p.start, p.end) for p in lines}
    new = [k for k, p in enumerate(pieces) if p.kind in _BLOCK_KINDS and (p.start, p.end) not in seen]
    if not new:
        return _block_repeats(source, pieces, seen)
    fresh = set(new)
    view: list[Piece] = []
    for k, p in enumerate(pieces):
        if k in fresh:
            view.append(p.evolve(kind="line") if p.kind == "heading" else p)  # a list item keeps its marker whole
        elif p.kind == "line":
            view.append(Piece("block", p.start, p.end))  # an old line: read already, hidden from the rules
        else:
            view.append(p)
    items = {pieces[k].start for k in new if pieces[k].kind == "list_item"}
    cut = tuple(
        p.evolve(kind="line") if p.kind == "list_item" and p.start in items else p
        for p in _split(source, tuple(view), local=True)
    )
    _CACHE[:] = [(cut, source, _local_context(source, cut))]  # no repeats: the page-wide facts are not read here
    found = _find(source, cut, local=True)
    known = {(p.start, p.end) for p in pieces if p.kind == "noise"}
    if all(p.kind != "noise" or (p.start, p.end) in known for p in found):
        return _block_repeats(source, pieces, seen)  # no new furniture
    # Put the kinds back: an untouched piece as it was; a part cut from a new block keeps the block's kind.
    out: list[Piece] = []
    k = 0
    for p in found:
        if p.kind == "noise":
            out.append(p)
            continue
        while pieces[k].end <= p.start:
            k += 1
        owner = pieces[k]
        if (p.start, p.end) == (owner.start, owner.end):
            out.append(owner)
        else:
            kind = "line" if owner.kind == "list_item" else owner.kind
            out.append(Piece(kind, p.start, p.end, p.indent, p.blank_before, p.blank_after, p.lines))
    return _block_repeats(source, tuple(out), seen)


def _block_repeats(source: str, pieces: tuple[Piece, ...], seen: set[tuple[int, int]]) -> tuple[Piece, ...]:
    """A block that repeats one of the three blocks above it, where joins, cuts or noise changed the count.

    ``repeated_line`` counts lines; the rendering shows blocks, and a join (``3`` / ``e`` -> ``3 e``), a
    cut (``Stock. !Suspects``) or a noise line it drops brings a copy within three blocks of its first
    print, where a re-parse takes it (SPEC 5). So a block is compared, as ``repeated_line`` compares, with
    the three blocks above it when it, or one of them, is new, or noise stands between; lines the first
    pass compared at the same distance keep its word.
    """
    blocks = [k for k, p in enumerate(pieces) if p.kind in _BLOCK_KINDS]
    keys: dict[int, str] = {}
    item_keys: dict[int, str] = {}

    memo: dict[str, str] = {}  # a short block's key by its text (a page prints "Share" under every photo)

    def block_key(p: Piece) -> str:
        # A text of 4 to ``_FOLD_MEMO_LINE`` characters: its key reads it alone (``_BULLET_START`` reads 4 at most).
        text = source[p.start : p.end] if 4 <= p.end - p.start <= _FOLD_MEMO_LINE else None
        if text is not None:
            found = memo.get(text)
            if found is None:
                found = memo[text] = read_key(p)
            return found
        return read_key(p)

    def read_key(p: Piece) -> str:
        usable = p.end - p.start <= 2 * _MAX_FURNITURE and source[p.end - 1] != ":"
        usable = usable and not _BULLET_START.match(source, p.start)
        words = _block_key(source, p.start, p.end) if usable else ""
        # Compared with the spaces left out, as ``repeated_line`` compares copies on the rendering
        # ("traffickingNo." over "trafficking No", fuzz finding F1123-54); 20 characters with the spaces.
        # A block whose words are fewer is still compared whole, its punctuation kept, when its folded text
        # is 20 characters: ``repeated_line`` compares it so ("thehague,colombia --", fuzz finding F1124-30).
        folded = _fold(source[p.start : p.end]) if usable and len(words) < 20 else ""
        return _compact(words) if len(words) >= 20 else _compact(folded) if len(folded) >= 20 else ""

    def key(k: int) -> str:
        if k not in keys:
            keys[k] = "" if pieces[k].kind == "list_item" else block_key(pieces[k])
        return keys[k]

    def first_key(j: int) -> str:
        # A list item the paragraph stage found without a mark (the short lines under "O:") was a line to
        # ``repeated_line``, which compares a copy with it on the rendering (fuzz finding F1129-33): a first print.
        if pieces[j].kind != "list_item":
            return key(j)
        if j not in item_keys:
            item_keys[j] = block_key(pieces[j])
        return item_keys[j]

    def placed_key(j: int) -> str:
        # A story's first block under a place line alone (``LYON, France –`` / ``Police met.``) is printed after
        # the place, on one line, as ``_context`` compares it (fuzz finding F1125-31).
        place = _bare_place_above(source, pieces, j) if pieces[j].kind == "line" else None
        if place is None or not key(j):
            return ""
        return _compact(
            _block_key(source, place.start, place.end) + " " + _block_key(source, pieces[j].start, pieces[j].end)
        )

    dropped = list(itertools.accumulate((p.kind == "noise" for p in pieces), initial=0))  # noise before each
    repeats: list[int] = []
    kept: list[int] = []  # the blocks the rendering keeps, in order (a repeat found here is gone from it)
    story = _story_block(source, pieces, blocks)
    heads: dict[str, int] = {}  # a block before the story's first long block (a headline), by its key
    last_new = -1  # the last block no line was
    contact_line = _contact_lines(source)
    label = False  # the block above is a media advisory's field label ("WHO:"): this one is its value
    for k in blocks:
        if (pieces[k].start, pieces[k].end) not in seen:
            last_new = k
        if pieces[k].kind == "line" and (
            _about_line(source, pieces[k]) or contact_line(pieces[k]) or is_end_mark(source, pieces[k])
        ):
            # The meta stage takes an About heading, a contact label or an end mark wherever it stands: the
            # rendering shows no block there (fuzz findings F1124-31, F1129-23: "contact" between a sentence and its
            # copy; F1125-51: "###"), as ``_context`` counts the lines.
            continue
        if kept and pieces[k].kind == "line" and _bare_place_above(source, pieces, k) is pieces[kept[-1]]:
            # A place alone over its story (``LYON, France –``, cut off a sentence it was glued to: ``… in 2019.LYON,
            # France –``) is printed on the story's line, one block there, as ``_context`` counts the lines (fuzz
            # finding F1125-53). The story's key with the place before it stands for both (``placed_key``).
            kept.pop()
        under_label, label = label, bool(_ADVISORY_LABEL.fullmatch(source, pieces[k].start, pieces[k].end))
        if under_label:
            kept.append(k)
            continue
        above = kept[-3:]
        # The count changed: a block is new, or noise the rendering drops stands between.
        changed = bool(above) and (last_new >= above[0] or dropped[k] > dropped[above[0]])
        if changed:  # a copy is about as long as its first print: a cheap test before the keys
            size = pieces[k].end - pieces[k].start
            above = [j for j in above if abs(pieces[j].end - pieces[j].start - size) <= size // 4 + 8]
        if changed and above and key(k) and any(key(k) in {first_key(j), placed_key(j)} for j in above):
            repeats.append(k)
            continue
        if changed and key(k) and _glued_copy(source, pieces, kept, key(k)):
            repeats.append(k)
            continue
        if _copy_over_fields(source, pieces, kept, k, key=key, last_new=last_new, dropped=dropped):
            repeats.append(k)
            continue
        # A headline printed again however far under it, as ``repeated_line`` reads one (its first print stands
        # before the story's first long line), where a cut or a join made the first print or the copy a block
        # (``ef.Headline`` -> ``ef.`` / ``Headline``, fuzz findings F1126-16, F1126-39).
        head = heads.get(key(k)) if (heads or k < story) and key(k) else None  # the keys of the head only
        if head is not None and (last_new == k or (pieces[head].start, pieces[head].end) not in seen):
            repeats.append(k)
            continue
        if k < story and key(k):
            heads.setdefault(key(k), k)
        kept.append(k)
    if not repeats:
        return pieces
    out = list(pieces)
    for k in repeats:
        out[k] = _as_noise(pieces[k], NoiseKind.REPEATED_LINE)
    return tuple(out)


def _glued_copy(source: str, pieces: tuple[Piece, ...], kept: list[int], key: str) -> bool:
    """A block (its ``key``) copies a sentence glued in one of the three blocks above it, as ``_context`` reads it.

    ``_context`` compares a line with the glued sentences of the lines above it, the sentences after one counted
    as blocks between. A cut (``… ELN.Rg`` -> ``… ELN.`` / ``Rg``) makes the copy a block of its own only here,
    where the rendering shows it alone on its line and a re-parse takes it (fuzz finding F1129-32).
    """
    for n, j in enumerate(reversed(kept[-_REPEAT_WINDOW:]), 1):
        piece = pieces[j]
        if piece.end - piece.start > _MAX_FURNITURE * 2:
            continue  # ``_context`` reads no glued sentence in a line so long
        parts = _glued_parts(source[piece.start : piece.end])
        for m, part in enumerate(parts):
            if n + len(parts) - 1 - m <= _REPEAT_WINDOW and key in _variants(part):
                return True
    return False


def _story_block(source: str, pieces: tuple[Piece, ...], blocks: list[int]) -> int:
    """The index of the first story block, as ``_context`` finds the first story line on the rendering.

    A block of ``_STORY_LINE`` characters, or of 60 ending a sentence, that is not the page title
    (``_page_title``: the first block, a headline with a site suffix); ``len(pieces)`` if none.
    """
    for k in blocks:
        piece = pieces[k]
        length = piece.end - piece.start
        story = length >= _STORY_LINE or (length >= 60 and source[piece.end - 1] in _SENTENCE_END)
        if story and not _page_title(source, k, blocks[0], piece):
            return k
    return len(pieces)


def _copy_over_fields(
    source: str,
    pieces: tuple[Piece, ...],
    kept: list[int],
    k: int,
    *,
    key: Callable[[int], str],
    last_new: int,
    dropped: list[int],
) -> bool:
    """Block ``k`` is a long block printed again over a few short blocks only, where a join or a cut made it so.

    ``repeated_line`` takes a sentence printed again with only short field lines between the copies
    (``_furniture_between``), however many. A cut (``… 2019.ON`` -> ``… 2019.`` / ``ON``) makes the first print
    a block of its own, the same as the copy, only here: so the blocks are compared so too, when the first print
    or a block between is new, or noise the rendering drops stands between (fuzz findings F1125-2, F1126-28).
    """
    piece = pieces[k]
    window = kept[-(_FIELD_LINES + 1) :]
    # No block of the window is new and no noise stands between: no copy can count, and no key is built.
    if not window or (last_new < window[0] and dropped[k] == dropped[window[0]]):
        return False
    if piece.end - piece.start <= _FIELD_LINE or not key(k):
        return False
    for n, j in enumerate(reversed(window)):
        p = pieces[j]
        if key(j) == key(k):
            return n >= _REPEAT_WINDOW and (last_new >= j or dropped[k] > dropped[j])
        if not _field_line(source, p.start, p.end):
            return False
    return False


# A copy is compared with a block at most this many blocks above it, as ``repeated_line`` compares lines.
_REPEAT_WINDOW = 3


def _fields_between(furniture: list[bool], at: int, shown: int, length: int) -> bool:
    """Whether a copy ``shown`` blocks down reads as a copy of its first print (at ``at``), captions left out.

    Only short field blocks stand between, as ``_furniture_between`` reads the rendering, and the copy (``length``
    characters, folded) is longer than a field line.
    """
    return length > _FIELD_LINE and shown - at <= _FIELD_LINES and all(furniture[at + 1 : shown])


def hidden_repeats(source: str, pieces: tuple[Piece, ...]) -> tuple[Piece, ...]:
    """A block that copies one at most three blocks above it once the captions are left out (SPEC 5).

    ``repeated_line`` counts the raw lines, captions among them: they are found later, by
    ``blocks.classify_blocks``, which calls this once they are. The rendering leaves captions out, so a
    copy four lines under its first print with a photo's caption between stands three blocks under it
    there, where a re-parse takes it as a repeat (fuzz finding F1123-33). So a block whose words are
    those of its first print, at most three blocks above it and more than three lines with the captions
    counted, is a repeat here too; the first print stays. A list item, a line opening a list (``:`` last)
    and a block of fewer than 20 characters are never compared (as in ``repeated_line``). A copy longer than a
    field line with only short field blocks between it and its first print (``_furniture_between``) is one too
    when a caption stood between: a lone "." the template indents under a paragraph hid the
    copy of a glued INTERPOL line five lines down, three short blocks under it in the rendering (fuzz F1130-22);
    up to ``_FIELD_LINES`` blocks down, as ``repeated_line`` reads the raw lines. A place line alone over its
    story (``LYON, France –`` / ``Police met.``, the page's one dateline) is one block with it, as the rendering
    prints them on one line (fuzz finding F1125-62).

    Args:
        source: the exact input.
        pieces: the stream with its captions found (``caption`` pieces).

    Returns:
        The stream with those copies as ``repeated_line`` noise; the same tuple when there is none.
    """
    if all(p.kind != "caption" for p in pieces):
        return pieces
    first: dict[str, tuple[int, int]] = {}  # a block's words -> (its place among the shown blocks, captions above)
    shown = captions = 0
    furniture: list[bool] = []  # each shown block: a short line of no sentence (``_furniture_between``'s reading)
    out: list[Piece] | None = None
    last = -1  # the last shown block
    placed = False  # a place line alone was printed on its story's line already (the page's one dateline)
    for k, piece in enumerate(pieces):
        if piece.kind == "caption":
            captions += 1
            continue
        if piece.kind not in _BLOCK_KINDS:
            continue
        if (
            not placed
            and last >= 0
            and piece.kind == "line"
            and source[pieces[last].end - 1] in _PLACE_ENDS  # a place's last character: a cheap test first
            and _bare_place_above(source, pieces, k) is pieces[last]
        ):
            # A place alone over its story (``LYON, France –`` / ``Police met.``) is printed on the story's line:
            # one block there, as ``_block_repeats`` counts them (fuzz finding F1125-62).
            placed = True
            shown -= 1
            furniture.pop()
        last = k
        usable = (
            piece.kind != "list_item"
            and piece.end - piece.start <= 2 * _MAX_FURNITURE
            and source[piece.end - 1] != ":"
            and not _BULLET_START.match(source, piece.start)
        )
        # The words of the folded line, as ``repeated_line`` compares them on the rendering (case folding
        # first: it may split a word, "İ" -> "i̇").
        folded = _fold(source[piece.start : piece.end]) if usable else ""
        words = _words(folded)
        # Compared with the spaces left out, as ``repeated_line`` compares copies ("Netherlands\u00a0–Network"
        # over "NetherlandsNetwork", fuzz finding F1129-38); 20 characters with the spaces.
        key = _compact(words) if len(words) >= 20 else ""
        if key and key in first:
            at, above = first[key]
            near = shown - at <= _REPEAT_WINDOW < shown - at + captions - above
            if near or (captions > above and _fields_between(furniture, at, shown, len(folded))):
                out = out if out is not None else list(pieces)
                out[k] = _as_noise(piece, NoiseKind.REPEATED_LINE)
                continue
        if key:
            first.setdefault(key, (shown, captions))
        furniture.append(_field_line(source, piece.start, piece.end))
        shown += 1
    return tuple(out) if out is not None else pieces
