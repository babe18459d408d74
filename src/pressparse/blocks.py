"""Stages 2 and 4, blocks: lines to pieces, and pieces to body, captions and headings.

``group_lines`` turns the layout's lines into one ``line`` piece per
non-blank line, with the blank lines around it counted. ``classify_blocks``
gives every remaining ``line`` piece its kind with ``BLOCK_RULES``, an ordered
table of ``(kind, rule)``: the first rule that says yes wins, ``paragraph`` is
the fallback. The caption rules run over the whole stream first, then the
heading rules, so that a heading reads its neighbours as the clean text
shows them, captions left out; between the two, ``noise.hidden_repeats`` takes a copy of a
block the captions hid from ``repeated_line`` (three blocks apart once they are left out, as the
rendering shows them: SPEC 5). Then ``attach_credits`` gives photo credits to the caption they
stand next to. Invariant: pieces keep their spans and only change kind, except
that a credit merges into its caption (the two spans are adjacent, so every
character keeps exactly one owner) and that a headshot's name/role line is cut
off the story glued after it under a markdown image (``_split_name_captions``:
two contiguous parts, the spaces between them left to the whitespace noise).

Captions: a score of layout and language cues
-------------------------------------------------

A caption describes a photo rather than continuing the story. The evidence
is combined into one score (``caption_score``); a block is a caption when its
score reaches ``CAPTION_THRESHOLD`` (2):

- **layout cue, +3** (one is enough): an indented block set apart by blank
  lines after the story (the INTERPOL template's photo slot, which may hold
  the photo's credit under the caption, and may close the body when no
  contact details or end mark stand in it: ``indented_caption``); the line after an
  image marker (``2018-153-Photo-1``, ``IMG_1234.jpg``, ``[Image: ...]``,
  found by ``noise.image_marker``); a caption label opening the line
  (``Photo:``, ``Image:``, ``Video:``, ``Infographic:`` with a description
  of four words after it, and a numbered ``Figure 1:``, ``Fig. 1 –``,
  ``Table 1:``, ``Chart 2 -`` whose graphic the scrape lost; ``Pictured:``,
  ``Caption:``, ``Photo caption:`` with one); a photo credit in parentheses closing the block (Business
  Wire's ``(Photo: Business Wire)``, US Attorneys' ``(Photo courtesy of the
  FBI)``) or on the line right under it (Europol's ``©Europol``), when the
  story goes on after (``credited_caption``);
- **language cues**: a position list ``from left to right``, ``(L-R)`` +2;
  each parenthesised position ``(left)``, ``(centre)``, ``(right)`` +1 (at most
  +2); ``pictured``, ``seen here`` +1; a scene verb in the present tense
  (``poses``, ``shakes hands``, ``looks on``, ``addresses``) +1; an embedded
  credit ``(Photo: ...)``, ``©`` +1;
- **story cues, negative**: a past-tense attribution verb (``said``,
  ``announced``, ``told``) -1; a block that opens with a quotation (with or
  without its attribution) -3; a line that ends in ``:`` (it introduces a list) -3; more
  than two sentences or 60 words -2.

So an indented block is a caption even with a ``said`` in it (3 - 1 = 2, the
INTERPOL standfirst caption), an indented one-line quote is not (3 - 3), and
text with no layout needs strong language cues (``(left)`` plus a present
scene verb; ``from left to right``) and no attribution verb. The first block
of the document is never a caption by language alone (it is the headline).
Credits standing next to a caption (``Photo: John Smith/AFP``, ``© INTERPOL``)
join it; a credit next to no caption is noise (``image_credit``).

Headings: ``standalone_heading`` and its kin live in ``headings.py``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable

from pressparse._block import Piece
from pressparse.headings import HEADING_RULES
from pressparse.layout import Line, LineSpan
from pressparse.model import NoiseKind
from pressparse.noise import _ADVISORY_LABEL, hidden_repeats

Rule = Callable[[str, tuple[Piece, ...], int, int], bool]

CAPTION_THRESHOLD = 2
"""A block whose ``caption_score`` reaches this is a caption."""
_LAYOUT = 3
_STORY_KINDS = ("line", "paragraph", "list_item")
# Captions are short; longer blocks are never scored.
_MAX_CAPTION = 600

# "(left)", "(centre)", "(second from right)", "(top)", "(file photo)": a position in a photo.
_POSITION = re.compile(
    r"\((?:far\s++)?(?:left|right|centre|center|middle|top|bottom|above|below|front|back|foreground|background"
    r"|(?:second|third)\s++(?:from\s++)?(?:left|right)|file\s++photo|pictured)\)",
    re.IGNORECASE,
)
# "from left to right", "(L-R)", "L to R:", "clockwise from top left": a list of people in a photo.
_POSITION_LIST = re.compile(
    r"\bfrom\s++(?:left|right)(?:\s++to\s++(?:right|left))?\b|\bleft\s++to\s++right\b|\(\s*+l\s*+[-–]\s*+r\s*+\)"
    r"|\bl\s*+[-–]\s*+r\s*+:|\bclockwise\s++from\b",
    re.IGNORECASE,
)
_PICTURED = re.compile(r"\b(?:pictured|photographed|seen\s++here|shown\s++here)\b", re.IGNORECASE)
# Scene verbs in the present tense, as captions describe the moment shown.
_SCENE_VERB = re.compile(
    r"\b(?:poses?|speaks|addresses|attends|shakes\s++hands|holds|stands|sits|looks\s++on|signs|receives|welcomes"
    r"|greets|presents|meets|listens|inspects|visits|delivers|displays|hands\s++over|cuts\s++the\s++ribbon"
    r"|arrives|talks|walks|watches|look\s++on|shake\s++hands)\b",
    re.IGNORECASE,
)
_EMBEDDED_CREDIT = re.compile(r"\((?:photo|image|picture|credit)s?\s*+(?:credit\s*+)?:|©", re.IGNORECASE)
# Attribution in the past tense marks a story paragraph.
_ATTRIBUTION = re.compile(
    r"\b(?:said|told|announced|added|stated|explained|noted|commented|declared|according\s++to)\b", re.IGNORECASE
)
_OPEN_QUOTES = "“‘\"'«"
_CLOSE_QUOTES = "”’\"'»"
_SENTENCE = re.compile(r"[.!?][”’\"')]*+(?:\s|$)")

# A caption label opening a line: "Photo:", "Photos:", "Image:", "Caption:", "Pictured:", "Pictured above:", "Photo
# caption:" (PR wires), "FILE PHOTO:" (wire agencies), "Video:", "Infographic:". A media label ("Photo:", "Video:")
# with a name or two after it is a credit ("Photo: John Smith/AFP"), so it needs a description of four words; a
# descriptive label ("Pictured:", "Caption:") names what the picture shows whatever follows ("Pictured: Jane Roe,
# 34", UK police).
_CAPTION_LABEL = re.compile(
    r"(?:(?P<described>(?:photo(?:graph)?[ \t]++|image[ \t]++|video[ \t]++)?(?:caption|cutline)|pictured)"
    r"|(?:file[ \t]++)?photo(?:graph)?s?|images?|pictures?|videos?|infographic|graphic|illustration|above|below"
    r")(?:\s++(?:above|below|left|right))?\s*+:\s*+"
    # A numbered figure, table or chart, its label closed by a colon or a dash: Newsfile's "Figure 1: Plan map of
    # the drill program", NewMediaWire's "Table 1: 86,000 tonnes of lithium metal converts to …" and "Fig. 1 –
    # Concession Map of main land holders" (xu_wire_nmw_1), whose graphics the scrape lost.
    r"|(?:figure|fig\.|exhibit|table|chart)[ \t]++\d{1,3}+[a-z]?+(?:[ \t]*+:|[ \t]++[-–—])[ \t]*+",
    re.IGNORECASE,
)
_LABEL_WORDS = 4  # words a media label needs after it to describe a picture
_DESCRIBED_WORDS = 1  # words a descriptive label needs ("Pictured: Roe")
# A credit: "Photo: John Smith/AFP", "(Photo: INTERPOL)", "Photo credit: Jane Roe", "Credit:",
# "Courtesy of the FBI", "© INTERPOL", "Source: Europol" -- short, no full stop at the end.
# "Photo courtesy of the FBI", "Photo by Jane Roe", "Courtesy photo" (DOJ, US Attorneys), "Image source: Europol"
# are photo credits too.
_CREDIT = re.compile(
    r"\(?(?:(?:photo(?:graph)?|image|picture|video)s?(?:\s++(?:credits?|source))?\s*+[:/]|credits?\s*+:"
    r"|courtesy(?:\s++of)?\s|(?:photo(?:graph)?|image|picture|video)s?\s++(?:courtesy|by)\s|courtesy\s++(?:photo|image)"
    r"|©|\(c\)\s|source\s*+:)",
    re.IGNORECASE,
)


_CREDIT_FIRST = frozenset("(©PpIiVvCcSs")
# Credits that name a photo's maker, and so are noise when no caption stands next to them.
_PHOTO_CREDIT = re.compile(
    r"\(?(?:(?:photo(?:graph)?|image|picture|video)s?(?:\s++(?:credits?|source))?\s*+:|credits?\s*+:|©"
    r"|(?:photo(?:graph)?|image|picture|video)s?\s++(?:courtesy|by)\s|courtesy\s++(?:photo|image))",
    re.IGNORECASE,
)
# A credit glued at the end of a caption, in parentheses: "(Photo: Business Wire)", "(Graphic: Business Wire)"
# (Business Wire), "(Photo courtesy of the FBI)" (DOJ), "(Photo by Jane Roe)", "(Courtesy photo)", "(FBI photo)",
# "(Business Wire photo)", "(AP Photo/Jane Roe)"; PR Newswire's "(PRNewsfoto/Brightwell Foods)" and CNW's
# "(CNW Group/Maple Leaf Foods)".
_TRAILING_CREDIT = re.compile(
    r"\((?:(?:photo(?:graph)?|image|picture|video|graphic|infographic)s?(?:[ \t]++credit)?"
    r"(?:[ \t]*+:|[ \t]++(?:by|courtesy)\b)"
    r"[^()\n]{1,80}+|(?:courtesy|file)[ \t]++(?:photo|image)|(?:prnewsfoto|cnw[ \t]++group)/[^()\n]{1,60}+"
    r"|(?-i:[A-Z])[\w.&'’-]{0,30}+(?:[ \t]++(?-i:[A-Z])[\w.&'’-]{0,30}+){0,3}?[ \t]++photo(?:/[^()\n]{1,60}+)?+)"
    r"\)[ \t]*+$",
    re.IGNORECASE,
)
# The longest credit _TRAILING_CREDIT reads: the search starts this far from the block's end (linear).
_TRAILING_CREDIT_MAX = 120
# A credit written as the caption's last sentence, with no parentheses: "Mug shot of defendant Corey Fisk. Photo
# courtesy of the Bexley Police Department." (county prosecutors' pages), "... at the scene. Photo by Jane Roe.".
_CREDIT_SENTENCE = re.compile(
    r"(?<=[.!?])[ \t]++(?:(?:photo(?:graph)?|image|picture|video)s?[ \t]++(?:courtesy(?:[ \t]++of)?|by|credit[ \t]*+:?)"
    r"[ \t]++[^\n!?]{1,80}?|courtesy[ \t]++(?:photo|image))\.?+[ \t]*+$",
    re.IGNORECASE,
)


def _retype(piece: Piece, kind: str, noise_kind: NoiseKind | None = None) -> Piece:
    """``piece`` with a new kind (the constructor: ``attrs.evolve`` costs twice as much per line)."""
    return Piece(
        kind,
        piece.start,
        piece.end,
        piece.indent,
        piece.blank_before,
        piece.blank_after,
        piece.lines,
        piece.marker,
        piece.marker_end,
        piece.meta_kind,
        noise_kind if noise_kind is not None else piece.noise_kind,
    )


def group_lines(source: str, lines: Iterable[Line]) -> tuple[Piece, ...]:
    """Make one ``line`` piece per non-blank line, counting the blank lines around it.

    ``lines`` is read once, in order: ``layout.iter_lines`` or the tuple of ``layout.split_lines``.
    ``group_spans`` does the work on the records' fields (``api.parse`` hands it ``layout.line_spans``).

    >>> from pressparse.layout import split_lines
    >>> src = "One\\n\\n  Two"
    >>> [(p.text(src), p.indent, p.blank_before, p.blank_after) for p in group_lines(src, split_lines(src))]
    [('One', 0, -1, 1), ('Two', 2, 1, -1)]
    """
    return group_spans(source, ((ln.start, ln.end, ln.indent, ln.line_start, ln.count) for ln in lines))


def group_spans(source: str, spans: Iterable[LineSpan]) -> tuple[Piece, ...]:
    """``group_lines`` on the lines' fields as plain tuples (``layout.line_spans``), read once, in order.

    >>> from pressparse.layout import line_spans
    >>> src = "One\\n\\n  Two"
    >>> [(p.text(src), p.indent, p.blank_before, p.blank_after) for p in group_spans(src, line_spans(src))]
    [('One', 0, -1, 1), ('Two', 2, 1, -1)]
    """
    del source  # the spans say it all; the argument keeps the stages' signature
    pieces: list[Piece] = []
    append = pieces.append
    # The last non-blank line (start, end, indent), waiting for the blank lines after it; ``start`` -1: none yet.
    start = end = indent = -1
    before = blanks = -1  # blank lines before it; blank lines since it (-1: none yet, at the start)
    for line_start, line_end, line_indent, _, count in spans:
        if line_start == line_end:
            blanks = blanks + count if blanks >= 0 else blanks
            continue
        if start >= 0:
            append(Piece("line", start, end, indent, before, blanks))
        start, end, indent, before, blanks = line_start, line_end, line_indent, blanks, 0
    if start >= 0:
        append(Piece("line", start, end, indent, before, -1))
    return tuple(pieces)


def _base_indent(pieces: tuple[Piece, ...]) -> int:
    """The indentation most story lines have."""
    counts = Counter(p.indent for p in pieces if p.kind in ("line", "list_item"))
    return counts.most_common(1)[0][0] if counts else 0


def caption_score(text: str) -> int:
    """Score the language cues of a block's text (layout cues are added by the rules).

    >>> caption_score("Chief Jane Roe (left) shakes hands with Mayor John Doe.")
    2
    >>> caption_score("Chief Jane Roe (left) said the plan works.")
    0
    """
    if len(text) > _MAX_CAPTION:
        return -_LAYOUT
    score = 0
    if _POSITION_LIST.search(text):
        score += 2
    score += min(2, len(_POSITION.findall(text)))
    score += 1 if _PICTURED.search(text) else 0
    score += 1 if _SCENE_VERB.search(text) else 0
    score += 1 if _EMBEDDED_CREDIT.search(text) else 0
    score -= 1 if _ATTRIBUTION.search(text) else 0
    stripped = text.strip()
    if stripped[:1] in _OPEN_QUOTES and any(q in stripped[1:] for q in _CLOSE_QUOTES):
        score -= 3  # a quotation, with or without its attribution
    if stripped.endswith(":"):
        score -= 3
    if len(_SENTENCE.findall(stripped)) > 2 or len(stripped.split()) > 60:
        score -= 2
    return score


# Without one of these, language cues cannot reach the threshold: one search skips most blocks.
_LANGUAGE_TRIGGER = re.compile(
    "|".join(p.pattern for p in (_POSITION, _POSITION_LIST, _PICTURED, _SCENE_VERB, _EMBEDDED_CREDIT)), re.IGNORECASE
)
# A fast path before the trigger (STYLE rule 16): the case-insensitive alternations that open with ``\b``
# are tried at every position, so they run only on blocks that hold, as whole runs of ASCII letters (lower
# cased), the words one of their matches needs: a verb, or a word and the other words of its phrase. The
# patterns that open with "(" or "©" are fast as they are. Case-insensitive matching also pairs four
# non-ASCII letters with ASCII ones (``İ ı ſ K``); a block with one of them skips the word test.
_WORD_TRIGGER = re.compile("|".join(p.pattern for p in (_POSITION_LIST, _PICTURED, _SCENE_VERB)), re.IGNORECASE)
_ALONE: tuple[frozenset[str], ...] = (frozenset(),)  # the word alone is enough
_WORD_CUES: dict[str, tuple[frozenset[str], ...]] = {
    # _POSITION_LIST: "from left", "from right to left", "left to right", "(L-R)", "L-R:", "clockwise from"
    "left": (frozenset({"from"}), frozenset({"to", "right"})),
    "right": (frozenset({"from"}),),
    "l": (frozenset({"r"}),),
    "clockwise": (frozenset({"from"}),),
    # _PICTURED
    "pictured": _ALONE,
    "photographed": _ALONE,
    "seen": (frozenset({"here"}),),
    "shown": (frozenset({"here"}),),
    # _SCENE_VERB: one word, or the first word of a phrase with the rest
    **dict.fromkeys(
        (
            *("pose", "poses", "speaks", "addresses", "attends", "holds", "stands", "sits", "signs", "receives"),
            *("welcomes", "greets", "presents", "meets", "listens", "inspects", "visits", "delivers", "displays"),
            *("arrives", "talks", "walks", "watches"),
        ),
        _ALONE,
    ),
    "shakes": (frozenset({"hands"}),),
    "shake": (frozenset({"hands"}),),
    "looks": (frozenset({"on"}),),
    "look": (frozenset({"on"}),),
    "hands": (frozenset({"over"}),),
    "cuts": (frozenset({"the", "ribbon"}),),
}
_CASE_PAIRS = ("\u0130", "\u0131", "\u017f", "\u212a")
# ``_WORD_CUES`` in bytes, and the table that reads a block's ASCII letters lower cased and any other byte as a
# space: the block's words are its runs of ASCII letters (``İ`` and ``K``, the two letters that lower case to an
# ASCII one, are among ``_CASE_PAIRS``, whose blocks skip the word test). A block's text encoded with
# ``replace`` (any other character one ``?``), translated and split: one C pass each, no word a regex match.
_WORD_CUES_B = {
    word.encode(): tuple(frozenset(w.encode() for w in needs) for needs in cues) for word, cues in _WORD_CUES.items()
}
_LETTERS = bytes(c if 97 <= c <= 122 else c + 32 if 65 <= c <= 90 else 32 for c in range(256))


def _has_language_cue(source: str, start: int, end: int) -> bool:
    """True when ``_LANGUAGE_TRIGGER`` finds a cue in ``source[start:end]`` (its parts, fast paths first)."""
    text = source[start:end]
    # Both patterns need a "(" or a "©" (no other character folds to either): a substring test first.
    cued = "(" in text or "©" in text
    if cued and (_EMBEDDED_CREDIT.search(source, start, end) or _POSITION.search(source, start, end)):
        return True
    if text.isascii() or not any(ch in text for ch in _CASE_PAIRS):
        words = set(text.encode("ascii", "replace").translate(_LETTERS).split())
        if not any(needs <= words for word in words.intersection(_WORD_CUES_B) for needs in _WORD_CUES_B[word]):
            return False
    return _WORD_TRIGGER.search(source, start, end) is not None


def _is_caption(source: str, piece: Piece, layout: bool) -> bool:
    if piece.end - piece.start > _MAX_CAPTION:
        return False
    return caption_score(piece.text(source)) + (_LAYOUT if layout else 0) >= CAPTION_THRESHOLD


def indented_caption(source: str, pieces: tuple[Piece, ...], i: int, base: int) -> bool:
    """A block indented deeper than the story, set apart by blank lines, after story blocks.

    The INTERPOL template floats a photo's caption in a run of whitespace-only
    lines indented deeper than the story. The slot may hold the photo's credit
    on the line under the caption (``Photo: INTERPOL``: the two are set apart
    together), and it may close the body, a photo after the last paragraph
    (``_closes_body``).
    """
    piece = pieces[i]
    if piece.indent < base + 4 or piece.blank_before < 1:
        return False
    if piece.blank_after == 0 and not _credit_under(source, pieces, i):
        return False  # more text under it: the slot is not set apart
    if not any(p.kind in _STORY_KINDS for p in pieces[max(0, i - 50) : i]):
        return False
    if piece.lines > 1 and _centred(source, piece):
        return False  # a headline centred on a pdftotext -layout page, a line each at its own indentation (da_i)
    after = any(p.kind in _STORY_KINDS for p in pieces[i + 1 : i + 51])
    return (after or _closes_body(source, pieces, i)) and _is_caption(source, piece, layout=True)


def _centred(source: str, piece: Piece) -> bool:
    """True when the lines of an indented block start at different indentations: text centred line by line.

    pdftotext -layout centres a headline's every line on the page ("Metairie Man Convicted of Second-Degree
    Murder" at 20 spaces, "in 2024 Shooting Outside Convenience Store" at 24); a photo's slot sets its lines
    at one indentation.
    """
    indents = {len(line) - len(line.lstrip()) for line in source[piece.start : piece.end].splitlines()[1:]}
    return bool(indents) and (len(indents) > 1 or piece.indent not in indents)


def _credit_under(source: str, pieces: tuple[Piece, ...], i: int) -> bool:
    """True when the line under ``pieces[i]`` is a credit at its indentation, and blank lines close the two."""
    if i + 1 >= len(pieces):
        return False
    credit = pieces[i + 1]
    return credit.indent == pieces[i].indent and credit.blank_after != 0 and _is_credit(source, credit)


# What a closing line of the body must not hold to be read as a caption: an address, a bare link (a markdown
# link's target is not read: its text is what the line shows), a phone number.
_NOT_A_CLOSING_CAPTION = re.compile(r"@|(?<!\]\()https?:|(?<![/.])www\.|\d(?:[\s().-]?+\d){6}")


def _closes_body(source: str, pieces: tuple[Piece, ...], i: int) -> bool:
    """True when only noise follows ``pieces[i]``, a one-line block with lower-case words and no contact details.

    A photo after the last paragraph stands in the same slot as the others,
    but the end of a page is also where contacts and end marks (``ENDS``,
    ``###``) stand: those have no lower-case words, or an address, a link, a
    phone number.
    """
    piece = pieces[i]
    if piece.lines != 1 or any(pieces[k].kind != "noise" for k in range(i + 1, len(pieces))):
        return False  # (indexes, not a slice: the scan stops at the first block, a slice would copy the tail)
    text = piece.text(source)
    return any(ch.islower() for ch in text) and _NOT_A_CLOSING_CAPTION.search(text) is None


def labelled_caption(source: str, pieces: tuple[Piece, ...], i: int, base: int) -> bool:
    """A line opening with a caption label (``Photo:``, ``Caption:``, ``Pictured:``) and a description."""
    piece = pieces[i]
    m = _CAPTION_LABEL.match(source, piece.start, piece.end)
    if not m:
        return False
    words = len(source[m.end() : piece.end].split())
    if words < (_DESCRIBED_WORDS if m["described"] else _LABEL_WORDS):
        return False  # "Photo: John Smith/AFP" is a credit, not a caption
    if source[m.start() : m.end()].isupper() and _among_advisory_fields(source, pieces, i):
        return False  # a media advisory's "PHOTO: the DA will be available ..." field, among WHO: / WHEN:
    return _is_caption(source, piece, layout=True)


# A media advisory's fields, in capitals (``noise._ADVISORY_LABEL``): "WHO:", "WHAT:", "WHEN:", "WHERE:" (da_014).
# Among them, "PHOTO:" and "VIDEO:" say what the press may film, not what a picture shows.
_ADVISORY_WINDOW = 6


def _among_advisory_fields(source: str, pieces: tuple[Piece, ...], i: int) -> bool:
    """True when an advisory field label opens one of the lines around ``pieces[i]``."""
    near = pieces[max(0, i - _ADVISORY_WINDOW) : i + _ADVISORY_WINDOW + 1]
    return any(p.kind != "noise" and _ADVISORY_LABEL.match(source, p.start, p.end) for p in near)


def _advisory_field_value(source: str, pieces: tuple[Piece, ...], i: int) -> bool:
    """True when ``pieces[i]`` opens with a label in capitals (``PHOTO:``) among a media advisory's fields."""
    piece = pieces[i]
    colon = source.find(":", piece.start, piece.end)
    return colon > 0 and source[piece.start : colon].isupper() and _among_advisory_fields(source, pieces, i)


def _after_story_start(pieces: tuple[Piece, ...], i: int) -> bool:
    """True when a block other than noise stands before ``pieces[i]`` (the first block is the headline)."""
    k = i - 1
    while k >= 0 and pieces[k].kind == "noise":
        k -= 1
    return k >= 0


def credited_caption(source: str, pieces: tuple[Piece, ...], i: int, base: int) -> bool:
    """A short block that ends with a photo credit in parentheses, or stands right over a photo credit line.

    Business Wire glues ``(Photo: Business Wire)`` at the end of the caption, US Attorneys' pages
    ``(Photo courtesy of the FBI)``; Europol prints the caption, then ``©Europol`` on the line under it. A
    credit line under a block set apart above (a blank line, or noise such as the image's marker), with no
    blank line between and the story going on after it, is a layout cue as strong as an indentation; a
    copyright footer (a year, ``All rights reserved``) is no photo credit.
    """
    piece = pieces[i]
    if piece.end - piece.start > _MAX_CAPTION or not _after_story_start(pieces, i):
        return False
    tail = max(piece.start, piece.end - _TRAILING_CREDIT_MAX)
    if source.find("(", tail, piece.end) >= 0 and _TRAILING_CREDIT.search(source, tail, piece.end):
        return _is_caption(source, piece, layout=True)
    if piece.blank_before > 0 and piece.blank_after > 0 and _credit_sentence(source, piece, tail):
        return _is_caption(source, piece, layout=True)  # a block of its own, closed by its photo's credit
    if piece.blank_after != 0 or piece.lines > 2 or i + 1 >= len(pieces) or not _credit_line(source, pieces[i + 1]):
        return False
    if piece.blank_before == 0 and pieces[i - 1].kind != "noise":
        return False  # the last lines of a paragraph over the credit: the caption would take part of the story
    if not any(p.kind in _STORY_KINDS for p in pieces[i + 2 : i + 52]):
        return False  # the last block over a copyright line: the page's footer, not a photo's credit
    return _is_caption(source, piece, layout=True)


def _credit_sentence(source: str, piece: Piece, tail: int) -> bool:
    """True when the block's last sentence is a photo credit (``Photo courtesy of the FBI.``) after a description."""
    m = _CREDIT_SENTENCE.search(source, tail, piece.end)
    return m is not None and m.start() > piece.start


# A copyright line that is a page footer rather than a photo's credit: a year, or "All rights reserved".
_FOOTER_COPYRIGHT = re.compile(r"\b(?:19|20)\d\d\b|rights[ \t]++reserved", re.IGNORECASE)


def _credit_line(source: str, piece: Piece) -> bool:
    """A photo credit on a line of its own, set apart from what follows: ``Photo: Europol``, ``©Europol``."""
    if piece.blank_after == 0:
        return False  # more text right under it: the credit would open a paragraph
    if piece.kind == "noise":
        return piece.noise_kind is NoiseKind.COPYRIGHT_LINE and not _FOOTER_COPYRIGHT.search(
            source, piece.start, piece.end
        )
    return piece.kind == "line" and _is_credit(source, piece) and bool(_PHOTO_CREDIT.match(source, piece.start))


def marker_caption(source: str, pieces: tuple[Piece, ...], i: int, base: int) -> bool:
    """The line right after an image marker (``2018-153-Photo-1``, ``IMG_1234.jpg``, ``[Image: ...]``)."""
    if i == 0 or pieces[i - 1].noise_kind is not NoiseKind.IMAGE_MARKER:
        return False
    piece = pieces[i]
    text = piece.text(source)
    if len(text.split()) < 3 or _CREDIT.match(text):
        return False
    return _is_caption(source, piece, layout=True)


def language_caption(source: str, pieces: tuple[Piece, ...], i: int, base: int) -> bool:
    """A block with no caption layout whose language cues are strong (``(left)`` and a present scene verb)."""
    k = i - 1
    while k >= 0 and pieces[k].kind == "noise":
        k -= 1
    if k < 0:
        return False  # the first block: the headline
    piece = pieces[i]
    if not 12 <= piece.end - piece.start <= _MAX_CAPTION or not _has_language_cue(source, piece.start, piece.end):
        return False
    return _is_caption(source, piece, layout=False)


_IMAGE_NOISE = frozenset({NoiseKind.MARKDOWN_IMAGE, NoiseKind.IMAGE_MARKER})
_GLUED_CAPTION_WORDS = 8


def glued_image_caption(source: str, pieces: tuple[Piece, ...], i: int, base: int) -> bool:
    """A short name the paragraph stage cut as a heading off the line right under an image, one space before the text.

    NewMediaWire prints the photo's caption under a markdown image, glued by a space to the paragraph after it:
    ``![...](...jpg)`` / ``Martial Arts History Museum In addition to ...`` (wire_nmw_x1). A heading glued with no
    space ("... in Los AngelesBicycle dooring accidents ...", wire_pressservices_x1) is the author's subheading.
    """
    if i == 0 or i + 1 >= len(pieces) or pieces[i - 1].noise_kind not in _IMAGE_NOISE:
        return False
    piece, after = pieces[i], pieces[i + 1]
    gap = source[piece.end : after.start]
    if not gap or not gap.isspace() or "\n" in gap or after.kind != "line" or piece.lines != 1:
        return False
    return len(source[piece.start : piece.end].split()) <= _GLUED_CAPTION_WORDS


# A headshot's name and role line under a markdown image, the story glued after it by one space (Noticias
# Newswire, x7_wire_noticias_2; the wire_031 convention): "[Héctor L. Sandoval](url) Founding Attorney at
# [Sandoval Law Firm](url) To assist families ...". The linked name, two to five capitalised role words,
# "at" or "of" and the linked firm are the caption; the text after the space, opening with a capital,
# stays the story. A linked name in a sentence ("[Jane Roe](url) said the firm ...") has no role words.
_NAME_ROLE = re.compile(
    r"\[[^\]\n]{2,80}+\]\([^)\s]{1,1000}+\)[ \t]++(?:[A-Z][\w'’&.-]{0,24}+[ \t]++){1,5}?(?:at|of)[ \t]++"
    r"\[[^\]\n]{2,80}+\]\([^)\s]{1,1000}+\)(?=[ \t]++[A-Z“\"])"
)


def _split_name_captions(source: str, pieces: tuple[Piece, ...]) -> tuple[Piece, ...]:
    """Cut a headshot's name/role line (``_NAME_ROLE``) off the story glued after it, right under an image."""
    if "](" not in source:
        return pieces
    out: list[Piece] = []
    for i, piece in enumerate(pieces):
        m = None
        if i and piece.kind == "line" and source[piece.start] == "[" and pieces[i - 1].noise_kind in _IMAGE_NOISE:
            m = _NAME_ROLE.match(source, piece.start, piece.end)
        if m is None:
            out.append(piece)
            continue
        rest = m.end()
        while source[rest] in " \t":  # the lookahead saw a capital after the spaces
            rest += 1
        out.append(Piece("caption", piece.start, m.end(), piece.indent, piece.blank_before, 0, 1))
        out.append(Piece("line", rest, piece.end, 0, 0, piece.blank_after, piece.lines))
    return tuple(out) if len(out) != len(pieces) else pieces


CAPTION_RULES: tuple[Rule, ...] = (
    indented_caption,
    labelled_caption,
    marker_caption,
    credited_caption,
    language_caption,
)
"""Caption rules, tried in order before the heading rules."""

BLOCK_RULES: tuple[tuple[str, Rule], ...] = (
    *(("caption", rule) for rule in CAPTION_RULES),
    *(("heading", rule) for rule in HEADING_RULES),
)


def _is_credit(source: str, piece: Piece) -> bool:
    """A photo credit: short, opening with a credit label or ``©``, no closing full stop."""
    if piece.end - piece.start > 100 or piece.lines != 1:
        return False
    text = piece.text(source)
    if not _CREDIT.match(text) or len(text.split()) > 9 or text.endswith(":"):
        return False
    return text[-1] != "." or text.endswith(("Ltd.", "Inc.", "Co."))


def _next_to(caption: Piece, credit: Piece, base: int) -> bool:
    """True when ``credit`` stands next to ``caption``: no blank line between, or one in the same indented slot."""
    gap = caption.blank_after if caption.start < credit.start else credit.blank_after
    return gap == 0 or (gap == 1 and credit.indent == caption.indent) or (gap <= 2 and credit.indent >= base + 4)


def attach_credits(source: str, pieces: tuple[Piece, ...], base: int = 0) -> tuple[Piece, ...]:
    """Merge each photo credit into the caption next to it; a photo credit next to no caption becomes noise.

    >>> src = "Police met.\\n\\nPictured: Chief Jane Roe (left) shakes hands.\\nPhoto: John Smith/AFP\\n\\nThey agreed."
    >>> from pressparse.layout import split_lines
    >>> [(p.kind, p.text(src)) for p in classify_blocks(src, group_lines(src, split_lines(src)))][1]
    ('caption', 'Pictured: Chief Jane Roe (left) shakes hands.\\nPhoto: John Smith/AFP')
    """
    if not any(
        (p.kind == "noise" and p.noise_kind is NoiseKind.COPYRIGHT_LINE)
        or (p.kind in _CREDIT_KINDS and source[p.start] in _CREDIT_FIRST and _credit_kind(source, p))
        for p in pieces
    ):
        return pieces  # no credit: every piece as it is (most releases; ``_credit_kind``'s first tests inline, #6)
    flags = [_credit_kind(source, p) for p in pieces]
    out: list[Piece] = []
    k = 0
    while k < len(pieces):
        piece, credit = pieces[k], flags[k]
        if credit and out and out[-1].kind == "caption" and _next_to(out[-1], piece, base):
            cap = out[-1]
            out[-1] = cap.evolve(end=piece.end, blank_after=piece.blank_after, lines=cap.lines + piece.lines)
        elif (
            credit and k + 1 < len(pieces) and pieces[k + 1].kind == "caption" and _next_to(piece, pieces[k + 1], base)
        ):
            cap = pieces[k + 1]  # a credit printed above its caption
            out.append(
                cap.evolve(
                    start=piece.start,
                    indent=piece.indent,
                    blank_before=piece.blank_before,
                    lines=cap.lines + piece.lines,
                )
            )
            k += 1
        elif credit == "photo" and piece.kind != "noise" and not _advisory_field_value(source, pieces, k):
            # A photo credit alone is page furniture; "Source: ..." alone is the release's own attribution.
            out.append(_retype(piece, "noise", NoiseKind.IMAGE_CREDIT))
        else:
            out.append(piece)
        k += 1
    return tuple(out)


# The kinds of block a credit may be read in (``_credit_kind``): noise is a credit only as a copyright line.
_CREDIT_KINDS = frozenset({"paragraph", "heading"})


def _credit_kind(source: str, piece: Piece) -> str:
    """``photo`` for a photo credit or a copyright line, ``source`` for another credit, ``""`` for neither."""
    if piece.kind == "noise":
        return "photo" if piece.noise_kind is NoiseKind.COPYRIGHT_LINE else ""
    if piece.kind not in _CREDIT_KINDS or source[piece.start] not in _CREDIT_FIRST:
        return ""
    if not _is_credit(source, piece):
        return ""
    return "photo" if _PHOTO_CREDIT.match(source, piece.start, piece.end) else "source"


def classify_blocks(source: str, pieces: tuple[Piece, ...]) -> tuple[Piece, ...]:
    """Give each ``line`` piece its kind: caption, heading or paragraph; then attach photo credits.

    Args:
        source: the exact input.
        pieces: the stream after ``paragraphs.split_lines``.

    Returns:
        The stream with every ``line`` piece classified.

    >>> from pressparse.layout import split_lines
    >>> src = "Police met.\\n\\n        A photo of the chiefs.\\n\\nThey agreed."
    >>> [p.kind for p in classify_blocks(src, group_lines(src, split_lines(src)))]
    ['paragraph', 'caption', 'paragraph']
    """
    base = _base_indent(pieces)
    out = list(_split_name_captions(source, pieces))
    # One pass a kind, in the table's order. The heading rules read the blocks around a line as the clean
    # text shows them, captions left out: they run on the stream with its captions found.
    for kind in ("caption", "heading"):
        rules = [rule for name, rule in BLOCK_RULES if name == kind]
        found = tuple(out)
        for i, piece in enumerate(found):
            if piece.kind == "line":
                for rule in rules:  # the first rule that takes the line (a loop: no generator per block)
                    if rule(source, found, i, base):
                        out[i] = _retype(piece, kind)
                        break
                else:
                    if kind == "heading":  # the last pass: a line no rule took is a paragraph (no pass of its own)
                        out[i] = _retype(piece, "paragraph")
            elif kind == "caption" and piece.kind == "heading" and glued_image_caption(source, found, i, base):
                out[i] = _retype(piece, kind)  # the paragraph stage's cut heading: the caption rules see lines only
        if kind == "caption":
            out = list(hidden_repeats(source, tuple(out)))  # copies the captions hid from repeated_line
    return attach_credits(source, tuple(out), base)
