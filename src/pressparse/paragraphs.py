"""Stage 3, paragraphs: rebuild the author's paragraphs from scraped lines.

Input: the stream of ``line`` pieces (noise already marked). Output: the same
stream where lines that belong together are joined (``join_lines``) and lines
that hold several paragraphs, list items or a glued subheading are split
(``split_lines``, which emits ``line``, ``list_item`` and ``heading``
pieces). Only piece boundaries move; every character keeps an owner (SPEC
invariant 1). Every scan is one pass with bounded look-around, so the stage
is linear in the length of the text (SPEC invariant 3).

Why these rules (``docs/body.md`` has them with examples):

- *Hard wraps.* E-mailed, wire and PDF text breaks lines at a fixed width.
  A run of lines is wrapped when most of its lines reach close to the run's
  longest line (``_is_wrapped``), or, for runs too short to show it, to the
  width the document's other runs share (``_document_width``). Inside it a
  line break ends a paragraph only after closing punctuation on a line
  clearly shorter than the wrap width. Anywhere, a line that begins in lower
  case or with ``.,;:)`` continues the line above it (da_002's ``Burke`` /
  ``.``), and so does a line under one ending in a word that cannot end a
  sentence (``with``, ``the``; da_016). A bullet line never continues. A
  quotation resumed after an attribution line stays one paragraph
  (``_quote_resumes``, Cook County pages).
- *Glued paragraphs.* Scrapers drop the newline between paragraphs:
  ``world.Every``, ``2019.“Ensuring``, ``said:“Transnational``. A stop
  (``. ! ? :``, closing quotes allowed after it) followed directly by a
  capital, a digit-led sentence or an opening quote is a break, unless the
  word before the stop is an initial or an abbreviation (``U.S.Attorney``,
  ``St.Petersburg``, ``No.1``), a number (``3.5``), an ellipsis or part of a
  URL or e-mail address (``is_glued_break``). A lower-case word glued to a
  usual sentence opener (``ceremonyThis``, doj_005) lost its full stop.
- *Glued subheadings.* ``SEC Files Separate Civil ComplaintHector`` (doj_008),
  ``Early Planning and Financial PreparationThe key`` (wire_020): split into a
  heading and a paragraph only at an unambiguous glue point
  (``_glued_heading``).
- *Glued lists.* INTERPOL pages paste bullets as ``including:-`` followed by
  NBSP padding; a bullet glued to the text before it and padded by two or
  more spaces (or an NBSP) starts a list item (``crime - and`` does not).
  Lists whose bullets were lost keep their shape (``_unmarked_lists``).
- *Spacing as a separator.* Some scrapers put a run of spaces where a newline
  was: three or more spaces after a stop and before a capital (doj_011); two
  spaces where the same line puts one between its other sentences
  (wire_001); in punctuation-stripped Senate text (``is_stripped``), four or
  more spaces before a capital.
"""

from __future__ import annotations

import re
from itertools import pairwise

from pressparse._block import Piece
from pressparse._data.abbreviations import ABBREVIATIONS
from pressparse._data.words import GLUE_OPENERS, SENTENCE_OPENERS, SPEECH_VERBS
from pressparse._spans import INVISIBLE

_TERMINAL = frozenset('.!?:"”’)')
_STOPS = frozenset(".!?:")
_CLOSERS = frozenset('”’")]')
_OPENERS = frozenset('“‘"')
# Words that cannot end a sentence: a line ending in one runs on into the next.
_DANGLING = frozenset(
    ("a", "an", "and", "the", "of", "to", "with", "for", "by", "from", "at", "in", "into", "on", "or", "nor", "than")
)

# A bullet at the start of a line: "- ", "• ", "1. ", "1) ", "(a) ", "a) ".
_LINE_BULLET = re.compile(
    r"(?P<marker>[-–—•*·▪◦●■]|\d{1,2}[.)]|\([a-zA-Z\d]{1,3}\)|[a-z][.)])(?P<pad>[ \t\u00a0]++)(?=\S)"
)
# A bullet glued to the text before it: "including:-\u00a0 \u00a0 The need".
_GLUED_BULLET = re.compile(r"(?<=\S)(?P<marker>[-–•▪·*])(?P<pad>[ \u00a0]{2,}+|\u00a0[ \u00a0]*+)(?=[^\W\d_])")
# A long run of spaces standing for a lost newline (doj_011).
_SPACE_RUN = re.compile(r"[ \t\u00a0]{3,}+")
# Candidate glued junctions: a stop and its closers, no space after.
_GLUED = re.compile(r"[.!?:][”’\")\]]*+(?=[^\s.!?:])")
# What a repair may drop right after a stop: invisible characters (``invisible_characters``) and the
# bracket opening a markdown link (``markdown_link``); the junction check looks through them.
_INVISIBLE = frozenset(INVISIBLE + "[")
# A sentence gap after a stop: one space or two, then a capital or an opening quote.
_STOP_GAP = re.compile(r"(?<=[.!?])[”’\")]{0,2}(?P<gap>  ?)(?=[A-Z“\"])")
# A subheading glued to its first sentence: capitalised words, the last one running into a capital.
# A lower-case letter glued to a capital inside a word run.
_CAMEL = re.compile(r"[a-z][A-Z]")
# A sentence whose full stop was lost, glued to the next one: "ceremonyThis case" (doj_005).
_LOST_STOP = re.compile(r"(?<![\w’'-])[a-z]{3,}+(?=(?P<next>[A-Z][a-z]++)[ ,])")
HEADING = "#heading"
"""Marker used inside ``_cuts`` for a glued subheading."""


def _is_wrapped(source: str, run: list[Piece]) -> int:
    """Return the wrap width of a run of lines, or 0 when it is not hard-wrapped."""
    if len(run) < 3:
        return 0
    lengths = [p.end - p.start + p.indent for p in run]
    width = max(lengths)
    if width > 130 or width < 40:
        return 0
    full = sum(1 for n in lengths[:-1] if n >= 0.7 * width)
    return width if full * 2 >= len(lengths) - 1 else 0


def _document_width(pieces: tuple[Piece, ...]) -> int:
    """Return the wrap width shared by the document's multi-line runs, or 0.

    E-mailed releases wrap every paragraph at one width and put blank lines
    between paragraphs, so a two-line paragraph is too short to show its own
    width; the document's other paragraphs show it.
    """
    inner: list[int] = []  # lengths of lines that are not the last of their run
    widest = 0  # over every line of a multi-line run: the last line may be the longest
    for prev, piece in pairwise(pieces):
        if prev.kind == piece.kind == "line" and prev.blank_after == 0:
            inner.append(prev.end - prev.start + prev.indent)
            widest = max(widest, inner[-1], piece.end - piece.start + piece.indent)
    if len(inner) < 2:
        return 0
    width = widest
    if width > 130 or width < 40:
        return 0
    full = sum(1 for n in inner if n >= 0.7 * width)
    return width if full * 4 >= len(inner) * 3 else 0


def _continues(source: str, above: Piece, below: Piece, width: int) -> bool:
    """True when line ``below`` continues the paragraph of line ``above``."""
    first = source[below.start]
    last = source[above.end - 1]
    if _LINE_BULLET.match(source, below.start, below.end) and (
        not first.islower() or _LINE_BULLET.match(source, above.start, above.end)
    ):
        return False  # a bullet starts its own item, whatever the width; "b)" only inside a list
    if source[max(above.start, above.end - 6) : above.end].rsplit(" ", 1)[-1] in _DANGLING:
        return True  # "… police vehicles with" / "Orange County law enforcement officers" (da_016)
    if first.islower() or first in ".,;:)]":
        return last not in _STOPS or first in ".,;:)]"
    if not width:
        return False
    long_line = above.end - above.start + above.indent >= 0.8 * width
    if last in _TERMINAL or (last == "-" and not long_line):
        return long_line and last != ":"
    return long_line


def _quote_resumes(source: str, current: Piece, last: Piece, below: Piece) -> bool:
    """True when a quotation resumes after an attribution line: ``“…,”`` / ``said Burke.`` / ``“We will…”``.

    Cook County pages (da_001, da_002) put the attribution of a quote on a
    line of its own; AP style resumes the quote after it in the same
    paragraph. The attribution line must start with a lower-case speech verb
    and the paragraph with an opening quote.
    """
    if current is last or source[current.start] not in _OPENERS or source[below.start] not in _OPENERS:
        return False
    verb = source[last.start : min(last.end, last.start + 15)].split(" ", 1)[0]
    return verb in SPEECH_VERBS and last.end - last.start <= 80


def join_lines(source: str, pieces: tuple[Piece, ...]) -> tuple[Piece, ...]:
    """Join lines that continue one paragraph (hard wraps, broken attributions).

    >>> src = "The jury took three\\nhours to decide, said\\nthe prosecutor.\\nA new line."
    >>> from pressparse.blocks import group_lines
    >>> from pressparse.layout import split_lines
    >>> [p.text(src) for p in join_lines(src, group_lines(src, split_lines(src)))]
    ['The jury took three\\nhours to decide, said\\nthe prosecutor.', 'A new line.']
    """
    out: list[Piece] = []
    run: list[Piece] = []

    shared = _document_width(pieces)

    def flush() -> None:
        width = _is_wrapped(source, run)
        if not width and shared and all(p.end - p.start + p.indent <= shared for p in run):
            width = shared
        first: Piece | None = None  # the paragraph's first line; its end moves as lines join
        last: Piece | None = None  # the physical line above: its length, not the paragraph's, decides
        joined = 0

        def close() -> None:
            if first is not None and last is not None:
                out.append(
                    first
                    if last is first
                    else first.evolve(end=last.end, blank_after=last.blank_after, lines=first.lines + joined)
                )

        for piece in run:
            if (
                first is not None
                and last is not None
                and (_continues(source, last, piece, width) or _quote_resumes(source, first, last, piece))
            ):
                last = piece
                joined += 1
                continue
            close()
            first = last = piece
            joined = 0
        close()
        run.clear()

    for piece in pieces:
        if piece.kind != "line":
            flush()
            out.append(piece)
            continue
        if run and run[-1].blank_after != 0:
            flush()
        run.append(piece)
    flush()
    return tuple(out)


def _word_before(source: str, stop: int, floor: int) -> str:
    """Return the run of non-space characters that ends at ``stop`` (at most 60 of them)."""
    chunk = source[max(floor, stop - 60) : stop]
    if not chunk or chunk[-1].isspace():
        return ""
    return chunk.split()[-1]


def is_glued_break(source: str, stop: int, after: int, floor: int) -> bool:
    """Decide whether the stop at ``stop`` glued to ``source[after]`` ends a paragraph.

    ``floor`` is the start of the block (the scan never looks before it).

    >>> is_glued_break("around the world.Every police", 16, 17, 0)
    True
    >>> is_glued_break("the U.S.Attorney said", 7, 8, 0)
    False
    """
    if after >= len(source):
        return False
    nxt = source[after]
    stop_char = source[stop]
    if nxt in _OPENERS:
        if after + 1 >= len(source) or not source[after + 1].isalnum():
            return False
        upper_next = source[after + 1].isupper() or source[after + 1].isdigit()
        if not upper_next:
            return False
    elif nxt.isdigit():
        if stop_char != "." or after - stop != 1:
            return False
    elif nxt.isupper():
        follow = source[after + 1] if after + 1 < len(source) else " "
        lone = follow == "." or not (follow.isalpha() or follow in "’'&")
        # "A" or "I" and a lower-case word open a sentence: "help?A dental", "men.A federal grand jury";
        # after a full stop only when it ends a lower-case word (not "U.S.A federal").
        article = nxt in "AI" and follow == " " and source[after + 2 : after + 3].islower()
        if lone and not (article and (stop_char in "?!" or source[stop - 1 : stop].islower())):
            return False  # an initial ("A.B.") or a lone capital
    else:
        return False
    if stop_char in "?!":
        return True
    if stop > floor and source[stop - 1] == ".":
        return False  # ellipsis
    word = _word_before(source, stop, floor)
    if not word:
        return False
    if any(mark in word for mark in ("@", "/", "www", "http")):
        return False
    if stop_char == ":":
        return not word[-1].isdigit()
    core = word.rstrip('”’")]').lstrip('(“‘"[')
    letters = core.rsplit(".", 1)[-1]
    if core[-1:].isdigit():
        return not nxt.isdigit()
    if len(letters) <= 1 or letters.lower() in ABBREVIATIONS:
        return False
    return not (nxt.isdigit() and not letters.isalpha())


def _stop_gaps(source: str, start: int, end: int) -> tuple[int, int]:
    """Count sentence gaps of one space and of exactly two spaces after a stop in ``[start, end)``."""
    single = double = 0
    for m in _STOP_GAP.finditer(source, start, end):
        if len(m.group("gap")) == 1:
            single += 1
        else:
            double += 1
    return single, double


def is_stripped(source: str, start: int, end: int) -> bool:
    """True for a long stretch with (almost) no sentence punctuation: Senate text stripped by its scraper.

    >>> is_stripped("the Senate s votes on  H R  6049   Both measures were blocked today " * 5, 0, 350)
    True
    """
    if end - start < 300:
        return False
    stops = sum(source.count(ch, start, end) for ch in ".!?")
    return stops * 400 < end - start


def _glued_heading(source: str, start: int, end: int) -> int:
    """Return where the sentence starts after a subheading glued to it at ``start``, else 0.

    ``Early Planning and Financial PreparationThe key`` (wire_020): two to
    twelve capitalised words (small function words allowed), the last of
    which runs, lower case to capital, into a word followed by a space. The
    glue point is unambiguous when that word is a usual sentence opener
    (``The``, ``This``, ``According``), or when the glued piece of the last
    word is a plain word of seven letters or more (``ComplaintHector``);
    shorter ones are too often brand names (``PowerPoint to``, ``MedTech``).

    >>> _glued_heading("Practice OptimizationBefore listing, plan ahead.", 0, 48)
    21
    >>> _glued_heading("Leawo PowerPoint to Video Pro is free today.", 0, 44)
    0
    """
    if not source[start : start + 1].isupper():
        return 0
    limit = min(end, start + 160)
    words = 0
    i = start
    while i < limit and words < 12:
        j = i
        while j < limit and not source[j].isspace():
            j += 1
        word = source[i:j]
        glue = _glue_point(source, i, j, end)
        if glue:
            if words < 1:
                return 0
            head_piece = source[_piece_start(source, i, glue) : glue]
            nxt = _next_word(source, glue, end)
            if nxt not in SENTENCE_OPENERS and (len(head_piece) < 7 or not head_piece[1:].islower()):
                return 0  # "Leawo PowerPoint to": a short glued piece is more likely a brand name
            rest = source[glue : min(end, glue + 400)]
            if not any(ch in ".!?" for ch in rest) or end - glue < glue - start:
                return 0
            if nxt not in SENTENCE_OPENERS and _CAMEL.search(rest, 1, 200):
                return 0  # the text lost its spaces everywhere ("andShiao Leeare", doj_003): glue is no evidence
            return glue
        if not (word[:1].isupper() or word[:1].isdigit() or word.lower() in _HEADING_SMALL_WORDS):
            return 0
        if word[-1:] in ".!?:;,":
            return 0
        words += 1
        i = j
        while i < limit and source[i] == " ":
            i += 1
    return 0


_HEADING_SMALL_WORDS = frozenset(
    ("and", "of", "the", "for", "to", "in", "on", "a", "an", "with", "or", "&", "at", "by", "from")
)


def _glue_point(source: str, i: int, j: int, end: int) -> int:
    """The first lower-to-capital point inside ``source[i:j]`` whose capital opens a word ending at ``j``."""
    for k in range(i + 1, j):
        if source[k].isupper() and source[k - 1].islower():
            rest = source[k + 1 : j]
            if rest.isalpha() and rest.islower() and len(rest) >= 1 and j < end and source[j] in " ,":
                return k
    return 0


def _piece_start(source: str, i: int, glue: int) -> int:
    """Start of the capitalised piece of the word ``source[i:glue]`` that ends at ``glue``."""
    k = glue - 1
    while k > i and not source[k].isupper():
        k -= 1
    return k


def _next_word(source: str, at: int, end: int) -> str:
    """The run of letters starting at ``at``."""
    k = at
    while k < end and k - at < 30 and source[k].isalpha():
        k += 1
    return source[at:k]


def _cuts(source: str, piece: Piece, after_list: bool) -> list[tuple[int, str | None, int]]:
    """Return ``(offset, marker, text_start)`` for every new block inside ``piece``.

    A marker of ``HEADING`` marks a glued subheading that ends at the next cut.
    """
    cuts: list[tuple[int, str | None, int]] = []
    start, end = piece.start, piece.end
    m = _LINE_BULLET.match(source, start, end)
    if m and _is_line_bullet(source, m, after_list):
        cuts.append((start, m.group("marker"), m.end()))
    else:
        cuts.append((start, None, start))
    for m in _GLUED_BULLET.finditer(source, start, end):
        cuts.append((m.start(), m.group("marker"), m.end()))
    for m in _GLUED.finditer(source, start, end):
        stop, glued_to = m.start(), m.end()
        while glued_to < end and source[glued_to] in _INVISIBLE:
            glued_to += 1  # "met.\u00adEvery", "met.[Every](url)": a repair leaves a glued break
        if is_glued_break(source, stop, glued_to, start):
            cuts.append((m.end(), None, m.end()))
    for m in _LOST_STOP.finditer(source, start, end):
        if m.group("next") in GLUE_OPENERS:
            cuts.append((m.end(), None, m.end()))
    stripped = is_stripped(source, start, end)
    for m in _SPACE_RUN.finditer(source, start, end):
        before = source[m.start() - 1]
        after = source[m.end()] if m.end() < end else ""
        if before in _TERMINAL and (after.isupper() or after in _OPENERS):
            cuts.append((m.end(), None, m.end()))
        elif stripped and m.end() - m.start() >= 4 and before.isalnum() and (after.isupper() or after.isdigit()):
            # Senate scrapes drop the punctuation: a full stop and a newline become a longer run of spaces.
            cuts.append((m.end(), None, m.end()))
    single, double = _stop_gaps(source, start, end)
    if double >= 2 and single >= 2 * double:
        # Both conventions in one line: one space between sentences, so two spaces mark a lost newline
        # (wire_001). Typewriter text that puts two spaces after every stop has few single gaps.
        for m in _STOP_GAP.finditer(source, start, end):
            if len(m.group("gap")) == 2 and _has_sentence_before(source, start, m.start()):
                cuts.append((m.end(), None, m.end()))
    # A subheading glued to the sentence after it, at the start of the line or after a glued break.
    headed: list[tuple[int, str | None, int]] = []
    for offset, marker, text_start in sorted(set(cuts)):
        glue = _glued_heading(source, offset, end) if marker is None else 0
        if glue:
            headed += [(offset, HEADING, offset), (glue, None, glue)]
        else:
            headed.append((offset, marker, text_start))
    return sorted(set(headed))


def _has_sentence_before(source: str, start: int, at: int) -> bool:
    """True when a lower-case word stands before ``at`` (a sentence, not a place name like ``Oregon.``)."""
    window = source[max(start, at - 80) : at]
    return any(word[:1].islower() for word in window.split())


def _is_line_bullet(source: str, m: re.Match[str], after_list: bool) -> bool:
    """A dash or star bullet needs a capital after it, unless it continues a list (``:``, ``;``, a bullet above)."""
    marker = m.group("marker")
    if marker[0] not in "-–—*":
        return True
    first = source[m.end()]
    return first.isupper() or first.isdigit() or first in _OPENERS or after_list


def split_lines(source: str, pieces: tuple[Piece, ...]) -> tuple[Piece, ...]:
    """Split ``line`` pieces at glued paragraphs, glued bullets and space runs.

    Pieces that start with a bullet become ``list_item`` pieces with their
    marker; the rest stay ``line`` pieces for ``blocks.classify_blocks``.

    >>> src = "Police met.Every officer agreed:- \\u00a0 One- \\u00a0 Two"
    >>> from pressparse.blocks import group_lines
    >>> from pressparse.layout import split_lines as lines
    >>> for p in split_lines(src, group_lines(src, lines(src))):
    ...     print(p.kind, repr(p.text(src)))
    line 'Police met.'
    line 'Every officer agreed:'
    list_item '- \\xa0 One'
    list_item '- \\xa0 Two'
    """
    out: list[Piece] = []
    for piece in pieces:
        if piece.kind != "line":
            out.append(piece)
            continue
        after_list = bool(out) and (out[-1].kind == "list_item" or source[out[-1].end - 1] in ":;")
        cuts = _cuts(source, piece, after_list)
        for k, (offset, marker, text_start) in enumerate(cuts):
            nxt = cuts[k + 1][0] if k + 1 < len(cuts) else piece.end
            end = nxt
            while end > offset and source[end - 1].isspace():
                end -= 1
            if end <= offset:
                continue
            first, last = k == 0, k + 1 == len(cuts)
            kind = "line" if marker is None else "heading" if marker == HEADING else "list_item"
            out.append(
                piece.evolve(
                    kind=kind,
                    start=offset,
                    end=end,
                    marker=marker if kind == "list_item" else None,
                    marker_end=text_start,
                    blank_before=piece.blank_before if first else 0,
                    blank_after=piece.blank_after if last else 0,
                    indent=piece.indent if first else 0,
                    lines=source.count("\n", offset, end) + 1,
                )
            )
    return _unmarked_lists(source, out)


def _unmarked_lists(source: str, pieces: list[Piece]) -> tuple[Piece, ...]:
    """Turn a run of short lines after a sentence ending in ``:`` into list items without markers.

    Pages that lost their ``<li>`` bullets (da_001: ``are identified below:``
    then one ``Name, age`` a line) keep the list's shape: an introducing
    sentence, then two or more short lines with no closing full stop, all
    spaced alike (one a line, or a blank line between each, as
    ``PressRelease.text`` renders them). The marker is empty (nothing was
    written).
    """
    out = list(pieces)
    i = 0
    while i < len(out):
        intro = out[i]
        i += 1
        if intro.kind != "line" or source[intro.end - 1] != ":" or not _is_sentence(source, intro):
            continue
        j = i
        gap = out[i].blank_before if i < len(out) else 0  # one spacing for the whole list: none, or blank lines
        while j < len(out) and _is_short_item(source, out[j]) and out[j].blank_before == gap:
            j += 1
        if j - i >= 2:
            for k in range(i, j):
                out[k] = out[k].evolve(kind="list_item", marker="", marker_end=out[k].start)
            i = j
    return tuple(out)


def _is_sentence(source: str, piece: Piece) -> bool:
    """True for a line of four or more words with a lower-case word among them."""
    words = source[piece.start : piece.end].split()
    return len(words) >= 4 and any(word[:1].islower() for word in words)


def _is_short_item(source: str, piece: Piece) -> bool:
    """A bare list line: short (one or two physical lines), no closing stop, at most one blank line above."""
    if piece.kind != "line" or piece.lines > 2 or piece.blank_before > 1:
        return False
    text = source[piece.start : piece.end]
    return len(text) <= 80 and text[-1] not in ".!?:" and not text[0].islower()
