"""The public entry points, and the whole pipeline on one screen.

``parse`` runs the stages in a fixed order (STYLE rule 9); each is a pure
function from typed values to new typed values:

    line_spans  -> group_spans -> find_noise -> join_lines -> split_lines
    -> find_block_noise -> classify_blocks -> find_dateline -> find_meta -> assemble

The noise rules run twice: on the raw lines, then on the blocks the paragraph
stage joined or cut (``find_block_noise``), which the clean rendering sets
alone on their lines. The dateline comes before meta: where it stands is where
the story starts, so what comes before it is front matter.

``assemble`` turns the final piece stream into the model: body blocks with
their sentences and quotes, captions, metas, contacts, and the noise, to which
it adds every layout whitespace run between owned spans.
"""

from __future__ import annotations

import operator

import attrs

from pressparse import blocks, dateline, layout, meta, noise, paragraphs
from pressparse._block import Piece
from pressparse._render import render_text
from pressparse.dateline import parse_dateline
from pressparse.model import (
    Block,
    Caption,
    Dateline,
    Heading,
    ListItem,
    Meta,
    MetaKind,
    Noise,
    NoiseKind,
    Paragraph,
    PressRelease,
    Span,
)
from pressparse.sentences import find_quotes, propagate_speakers, split_sentences

__all__ = ["clean", "parse", "parse_bytes", "parse_dateline"]

# The sort key of the noise list of a stream out of order (``_sorted_noise``): where each piece starts.
_NOISE_START = operator.attrgetter("span.start")
# Whitespace between two owned spans that is an ordinary separator, not layout noise.
_PLAIN_GAPS = frozenset({"", " ", "\n", "\n\n", "\r\n", "\r\n\r\n"})


def _check_str(func: str, text: object) -> str:
    if isinstance(text, str):
        return text
    hint = "; for bytes use pressparse.parse_bytes()" if isinstance(text, bytes | bytearray | memoryview) else ""
    msg = f"{func}() expects str, got {type(text).__name__}{hint}"
    raise TypeError(msg)


def parse(text: str) -> PressRelease:
    """Parse the raw text of a press release.

    Never raises for a ``str``: odd input gives a lenient result (an empty
    body, everything reported as noise) rather than an error.

    Args:
        text: the release as scraped.

    Returns:
        The ``PressRelease`` with every piece tied to its span in ``text``.

    Raises:
        TypeError: when ``text`` is not a ``str`` (use ``parse_bytes`` for bytes).

    >>> doc = parse("BOGOTA, Colombia – Police met.Every officer agreed.")
    >>> doc.dateline.city, [p.text for p in doc.paragraphs]
    ('BOGOTA', ['Police met.', 'Every officer agreed.'])
    """
    source = _check_str("parse", text)
    pieces = blocks.group_spans(source, layout.line_spans(source))  # one line at a time, no record kept: less GC
    lines = noise.find_noise(source, pieces)
    pieces = paragraphs.join_lines(source, lines)
    pieces = paragraphs.split_lines(source, pieces)
    pieces = noise.find_block_noise(source, pieces, lines)  # furniture a join or a cut set alone (SPEC 5)
    del lines  # read by no later stage: its pieces go now, not after assemble (less for the GC to walk)
    pieces = blocks.classify_blocks(source, pieces)
    found, pieces = dateline.find_dateline(source, pieces)
    pieces = meta.find_meta(source, pieces, found)
    return assemble(source, pieces, found)


def assemble(source: str, pieces: tuple[Piece, ...], found: Dateline | None) -> PressRelease:
    """Build the ``PressRelease`` from the final piece stream.

    The pieces come in input order, so the layout whitespace between them (``_gap_noise``) is read in the
    same walk, and the noise list comes out in input order with no sort and no list of owned spans (one
    record less a piece for the GC, issue #6). A stream out of order has its noise read again (``_sorted_noise``).
    """
    body: list[Block] = []
    captions: list[Caption] = []
    metas: list[Meta] = []
    removed: list[Noise] = []
    month_first = dateline.month_first(found)  # how the release writes all-numeric dates
    # The dateline owns its span too: the walk reads it where it stands among the pieces.
    dl_start, dl_end = (found.span.start, found.span.end) if found is not None else (len(source) + 1, 0)
    cursor = 0  # the end of the owned text read so far
    last = 0  # the start of the last piece: the stream is in order while no piece starts before it
    ordered = True
    for piece in pieces:
        start, end = piece.start, piece.end
        if start < last:
            ordered, cursor = False, len(source) + 1  # no more gaps here: the noise is read again below
        last = start
        if dl_start <= start:
            if dl_start > cursor:
                _gap_noise(source, cursor, dl_start, removed)
            cursor, dl_start = max(cursor, dl_end), len(source) + 1
        if start > cursor:  # ``_gap_noise`` written out: a gap before most pieces
            gap = source[cursor:start]
            if gap not in _PLAIN_GAPS:
                removed.append(Noise(NoiseKind.WHITESPACE, gap, Span(cursor, start)))
        cursor = max(cursor, end)
        span = Span(start, end)
        kind = piece.kind
        if kind == "noise":
            removed.append(Noise(piece.noise_kind or NoiseKind.BOILERPLATE, source[start:end], span))
        elif kind == "meta":
            kind_m = piece.meta_kind or MetaKind.TITLE
            text = render_text(source, piece)
            metas.append(
                Meta(
                    kind_m, text, span, meta.date_of(text, month_first=month_first) if kind_m is MetaKind.DATE else None
                )
            )
        elif kind == "caption":
            captions.append(Caption(render_text(source, piece), span))
        elif kind == "heading":
            body.append(Heading(render_text(source, piece), span))
        elif kind == "list_item":
            body.append(ListItem(render_text(source, piece), piece.marker or "", span))
        else:
            body.append(
                Paragraph(
                    render_text(source, piece),
                    span,
                    split_sentences(source, piece.start, piece.end),
                    find_quotes(source, piece.start, piece.end),
                )
            )
    if not ordered:
        removed = _sorted_noise(source, pieces, found)
    elif dl_start <= len(source):  # a dateline after every piece
        if dl_start > cursor:
            _gap_noise(source, cursor, dl_start, removed)
        cursor = max(cursor, dl_end)
    if len(source) > cursor:
        _gap_noise(source, cursor, len(source), removed)  # not after a stream out of order: cursor is past the end
    return PressRelease(
        source=source,
        dateline=found,
        body=propagate_speakers(tuple(body)),
        captions=tuple(captions),
        noise=tuple(removed),
        meta=tuple(metas),
        contacts=meta.find_contacts(source, pieces),
    )


def _gap_noise(source: str, start: int, end: int, removed: list[Noise]) -> None:
    """Add the whitespace run ``source[start:end]`` between two owned spans to ``removed`` unless it is plain."""
    gap = source[start:end]
    if gap not in _PLAIN_GAPS:
        removed.append(Noise(NoiseKind.WHITESPACE, gap, Span(start, end)))


def _sorted_noise(source: str, pieces: tuple[Piece, ...], found: Dateline | None) -> list[Noise]:
    """The noise list of a stream out of input order: its noise pieces and the whitespace runs, sorted by start."""
    removed = [
        Noise(p.noise_kind or NoiseKind.BOILERPLATE, source[p.start : p.end], Span(p.start, p.end))
        for p in pieces
        if p.kind == "noise"
    ]
    owned = sorted([(p.start, p.end) for p in pieces] + ([(found.span.start, found.span.end)] if found else []))
    cursor = 0
    for start, end in [*owned, (len(source), len(source))]:
        if start > cursor:
            _gap_noise(source, cursor, start, removed)
        cursor = max(cursor, end)
    removed.sort(key=_NOISE_START)
    return removed


def clean(text: str) -> str:
    """Return the plain, readable text of a release, layout noise removed.

    The same as ``parse(text).text``: the dateline and the body blocks, a
    blank line between blocks, captions, meta and noise left out.

    Args:
        text: the release as scraped.

    Returns:
        The clean text.

    Raises:
        TypeError: when ``text`` is not a ``str``.

    >>> clean("LYON, France – Police met.\\n\\n    1 /\\n    3\\n\\nThey agreed.")
    'LYON, France – Police met.\\n\\nThey agreed.'
    """
    return parse(_check_str("clean", text)).text


def parse_bytes(data: bytes, encoding: str | None = None) -> PressRelease:
    """Decode bytes (repairing mojibake), then parse them.

    Args:
        data: the raw bytes of a release.
        encoding: the declared encoding, when known; otherwise UTF-8 is tried
            first, then a detected one.

    Returns:
        The ``PressRelease`` of the decoded text; its ``repairs`` list the
        decoding and repair steps applied, in order.

    Raises:
        TypeError: when ``data`` is not bytes-like.
        LookupError: when ``encoding`` names no codec Python knows.

    >>> parse_bytes("LYON, France – Police met.".encode("cp1252")).dateline.city
    'LYON'
    """
    from pressparse.decode import decode

    if not isinstance(data, bytes | bytearray | memoryview):
        msg = f"parse_bytes() expects bytes, got {type(data).__name__}; for str use pressparse.parse()"
        raise TypeError(msg)
    text, steps = decode(bytes(data), encoding)
    return attrs.evolve(parse(text), repairs=steps)
