"""The typed result of a parse: frozen attrs value objects of SPEC.md.

Design: every value is ``@attrs.frozen`` (immutable, slotted, hashable), every
collection a tuple, and every piece of the document carries the ``Span`` it
came from, so that ``doc.source[x.span.start:x.span.end]`` is the raw slice
behind ``x``. The JSON layer (``to_dict`` / ``from_dict``) is written by hand
at the bottom of the module: it is small, has no dependency, and is the exact
inverse of itself (SPEC invariant 4).
"""

from __future__ import annotations

import datetime
import enum
import re
from typing import Any, ClassVar, Literal, TypeAlias

import attrs

from pressparse.layout import LINE_BREAKS

__all__ = [
    "Block",
    "Caption",
    "Contact",
    "Dateline",
    "Heading",
    "ListItem",
    "Meta",
    "MetaKind",
    "Noise",
    "NoiseKind",
    "Paragraph",
    "PressRelease",
    "Quote",
    "Sentence",
    "Span",
]


def _check_span(instance: Span, attribute: attrs.Attribute[int], value: int) -> None:
    """Validate the cheap structural invariant ``0 <= start <= end``."""
    del attribute, value
    if not 0 <= instance.start <= instance.end:
        msg = f"Span needs 0 <= start <= end, got Span({instance.start!r}, {instance.end!r})"
        raise ValueError(msg)


@attrs.frozen(order=True)
class Span:
    """A half-open range of character indexes into ``source``, end exclusive.

    >>> Span(0, 5).slice("Hello world")
    'Hello'
    """

    start: int
    """Index of the first character."""
    end: int = attrs.field(validator=_check_span)
    """Index one past the last character."""

    def slice(self, source: str) -> str:
        """Return ``source[start:end]``."""
        return source[self.start : self.end]

    def __len__(self) -> int:
        """Return the number of characters covered."""
        return self.end - self.start


class NoiseKind(enum.StrEnum):
    """What a removed piece of text was; each value names the rule that found it.

    See ``docs/cleanup.md`` for an example of each.
    """

    WHITESPACE = "whitespace"
    """Layout whitespace: blank-line runs, indentation, NBSP padding."""
    CONTROL_CHARACTERS = "control_characters"
    """Zero-width, soft-hyphen and other invisible or control characters."""
    SLIDESHOW_COUNTER = "slideshow_counter"
    """Gallery counters such as ``1 / 3`` or ``Image 2 of 5``."""
    SHARE_LINKS = "share_links"
    """Share buttons and social furniture: ``Share``, ``Tweet``, ``Print``."""
    NAVIGATION = "navigation"
    """Menus, breadcrumbs and skip links: ``Skip to main content``, ``Home``."""
    BOILERPLATE = "boilerplate"
    """Page furniture around the story: ``Read more``, cookie prompts."""
    REPEATED_LINE = "repeated_line"
    """A line the page template printed twice (title, caption)."""
    SCRAPER_ARTEFACT = "scraper_artefact"
    """Left by the scraper, not the author: ``NoneNone``, stray code fences."""
    NOT_A_RELEASE = "not_a_release"
    """A page with no release in it (a bot wall, an empty page with a title only); the whole text."""
    BREADCRUMB_TRAIL = "breadcrumb_trail"
    """A breadcrumb trail, on one line or split over lines: ``You are here:`` / ``Home`` / ``/`` / ``News``."""
    COPYRIGHT_LINE = "copyright_line"
    """A standalone copyright line: ``© 2024 Acme Inc. All rights reserved.``"""
    IMAGE_MARKER = "image_marker"
    """A file-like image label or placeholder: ``2018-153-Photo-1``, ``IMG_1234.jpg``, ``[Image: ...]``."""
    IMAGE_CREDIT = "image_credit"
    """A photo credit standing alone, next to no caption: ``Photo: John Smith/AFP``."""
    MARKDOWN_IMAGE = "markdown_image"
    """A markdown image line left in plain text: ``![alt](https://...)``, or an empty link ``[](https://...)``."""
    MARKDOWN_HEADING = "markdown_heading"
    """The ``#`` run that opens a markdown heading line (``# Title``); the heading text stays."""
    RELATED_LINKS = "related_links"
    """A list of links to other pages after the story, from its heading (``Related Posts``) to the end."""
    ARCHIVE_TRAILER = "archive_trailer"
    """The link block an archive appends after ``---``: ``[Original/Source Press Release](...)``."""

    def __str__(self) -> str:
        """Return the value, so that ``f"{kind}"`` prints ``whitespace``."""
        return self.value


class MetaKind(enum.StrEnum):
    """The parts of a release that are about the release rather than its story."""

    TITLE = "title"
    """The headline."""
    SUBTITLE = "subtitle"
    """A standfirst or subheadline under the headline."""
    DATE = "date"
    """A release date standing on its own line."""
    RELEASE_NOTE = "release_note"
    """``FOR IMMEDIATE RELEASE``, ``EMBARGOED UNTIL ...``, ``Media advisory``."""
    BYLINE = "byline"
    """``By Jane Roe``."""
    CONTACT = "contact"
    """A media-contact block."""
    ABOUT = "about"
    """An ``About X`` section with its paragraphs."""
    DISCLAIMER = "disclaimer"
    """Forward-looking statements and legal notices."""
    END_MARK = "end_mark"
    """``###``, ``-30-``, ``ENDS``."""

    def __str__(self) -> str:
        """Return the value."""
        return self.value


@attrs.frozen
class Sentence:
    """One sentence of a paragraph."""

    text: str
    """The sentence, whitespace normalised."""
    span: Span
    """Where it stands in ``source``."""


@attrs.frozen
class Quote:
    """A quotation inside a paragraph, with its speaker when one is named."""

    text: str
    """The quoted words, without the quote marks."""
    speaker: str | None
    """The speaker as written (``Secretary General Stock``, ``he``), or None."""
    span: Span
    """The quoted words in ``source`` (quote marks excluded)."""


@attrs.frozen
class Paragraph:
    """A paragraph of the story."""

    kind: ClassVar[Literal["paragraph"]] = "paragraph"
    text: str
    """The paragraph, whitespace normalised (plus the repairs in docs/body.md)."""
    span: Span
    """Where it stands in ``source``."""
    sentences: tuple[Sentence, ...] = ()
    """Its sentences, in order."""
    quotes: tuple[Quote, ...] = ()
    """The quotations it holds, in order."""


@attrs.frozen
class ListItem:
    """One bullet or numbered item; ``span`` covers the marker too."""

    kind: ClassVar[Literal["list_item"]] = "list_item"
    text: str
    """The item without its marker."""
    marker: str
    """The marker as written: ``-``, ``•``, ``1.``."""
    span: Span
    """Marker and text in ``source``."""


@attrs.frozen
class Heading:
    """A subheading inside the body."""

    kind: ClassVar[Literal["heading"]] = "heading"
    text: str
    """The heading text."""
    span: Span
    """Where it stands in ``source``."""


Block: TypeAlias = Paragraph | ListItem | Heading


@attrs.frozen
class Caption:
    """Text describing a photo or video rather than continuing the story."""

    kind: ClassVar[Literal["caption"]] = "caption"
    text: str
    """The caption, whitespace normalised."""
    span: Span
    """Where it stands in ``source``."""


@attrs.frozen
class Noise:
    """A piece of the input that cleanup removed, and why."""

    kind: NoiseKind
    """The rule that removed it."""
    text: str
    """The removed text as written."""
    span: Span
    """Where it stood in ``source``."""


@attrs.frozen
class Dateline:
    """The place, date and agency opening the story: ``BOGOTA, Colombia –``."""

    kind: ClassVar[Literal["dateline"]] = "dateline"
    text: str
    """As written, closing dash included, outer spaces not."""
    city: str | None
    """As written: ``BOGOTA``."""
    region: str | None
    """State or province as written: ``Calif.``, ``Ont.``."""
    country: str | None
    """As written: ``Colombia``."""
    date: datetime.date | None
    """The date, when a full date is written."""
    date_text: str | None
    """The date as written: ``12 March 2019``."""
    agency: str | None
    """Wire or news agency: ``Reuters``, ``PRNewswire``, ``AP``."""
    span: Span
    """Where it stands in ``source``."""


@attrs.frozen
class Contact:
    """A person or desk to contact, parsed out of a ``contact`` meta."""

    kind: ClassVar[Literal["contact"]] = "contact"
    text: str
    """The contact's lines, whitespace normalised."""
    span: Span
    """Inside the span of its ``contact`` meta."""
    name: str | None = None
    """Person or desk name as written."""
    organization: str | None = None
    """Organisation as written."""
    email: str | None = None
    """E-mail address as written."""
    phone: str | None = None
    """Phone number as written."""


@attrs.frozen
class Meta:
    """Front or back matter: title, date line, release note, contacts, About."""

    kind: MetaKind
    """Which part of the release it is."""
    text: str
    """The text, whitespace normalised."""
    span: Span
    """Where it stands in ``source``."""
    date: datetime.date | None = None
    """For kind ``date`` only: the parsed date, when it parses."""


@attrs.frozen
class PressRelease:
    """A parsed press release: every piece tied to its span in ``source``.

    >>> from pressparse import parse
    >>> doc = parse("LYON, France – Police met.")
    >>> doc.dateline.city, doc.paragraphs[0].text
    ('LYON', 'Police met.')
    """

    source: str
    """The exact input."""
    dateline: Dateline | None = None
    """The dateline, or None when the release has none."""
    body: tuple[Block, ...] = ()
    """Paragraphs, list items and headings in reading order."""
    captions: tuple[Caption, ...] = ()
    """Captions in input order."""
    noise: tuple[Noise, ...] = ()
    """What cleanup removed, in input order."""
    meta: tuple[Meta, ...] = ()
    """Front and back matter in input order."""
    contacts: tuple[Contact, ...] = ()
    """People and desks to contact, parsed out of the ``contact`` metas."""
    repairs: tuple[str, ...] = ()
    """Decoding and mojibake steps applied by ``parse_bytes`` (empty from ``parse``)."""

    @property
    def title(self) -> str | None:
        """The text of the first ``title`` meta."""
        return next((m.text for m in self.meta if m.kind is MetaKind.TITLE), None)

    @property
    def published(self) -> datetime.date | None:
        """The dateline's date, else the first ``date`` meta's date."""
        if self.dateline is not None and self.dateline.date is not None:
            return self.dateline.date
        return next((m.date for m in self.meta if m.kind is MetaKind.DATE and m.date), None)

    @property
    def paragraphs(self) -> tuple[Paragraph, ...]:
        """The ``Paragraph`` blocks of ``body``."""
        return tuple(b for b in self.body if isinstance(b, Paragraph))

    @property
    def quotes(self) -> tuple[Quote, ...]:
        """All quotes of all paragraphs."""
        return tuple(q for p in self.paragraphs for q in p.quotes)

    @property
    def text(self) -> str:
        """The clean rendering: dateline + body blocks in reading order, a blank line between.

        The dateline opens the first block that stands after it in ``source``;
        a block before it (a damaged header run the dateline was cut out of:
        ``Associated Press WriterHONOLULU (AP) _``) keeps its place before it.
        The dateline and its block are joined by what ended the dateline, so
        that a re-parse reads the same dateline (SPEC invariant 5): a space
        after its closing dash; a blank line when no dash closed it and the
        story started on a later line (``MIAMI, Fla., March 3, 2024`` alone on
        its line); a space after a colon or slash that closed it on the
        story's line (``NEW DELHI: The``) and after the comma or full stop
        that closed a date;
        otherwise two spaces, the gap a damaged scrape leaves where it lost the
        dash (``WASHINGTON  A federal grand jury``, ``LAFAYETTE, La.Ezekiel``).
        """
        parts = [block_text(b) for b in self.body]
        dateline = self.dateline
        if dateline is not None:
            at = next((k for k, b in enumerate(self.body) if b.span.start >= dateline.span.end), len(parts))
            if at < len(parts):
                parts[at] = dateline.text + _dateline_gap(self.source, dateline, self.body[at]) + parts[at]
            else:
                parts.append(dateline.text)
        return "\n\n".join(parts)

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready dict (dates as ISO strings, spans as ``[start, end]``)."""
        return _to_dict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PressRelease:
        """Rebuild a ``PressRelease`` from ``to_dict()`` output (its exact inverse)."""
        return _from_dict(data)


# The dashes that close a dateline inline, their lost forms "_" and "?" included.
_DASHES = frozenset("-–—―_?")


def _dateline_gap(source: str, dateline: Dateline, block: Block) -> str:
    """The separator that renders how the dateline ended before ``block`` (see ``PressRelease.text``)."""
    last = dateline.text[-1:]
    if last in _DASHES:
        return " "
    if not LINE_BREAKS.isdisjoint(source[dateline.span.end : block.span.start]):
        return "\n\n"
    if last in ":/":
        return " "  # a colon or slash closed it on the story's line: "NEW DELHI: The", "…, 2026 / Acme"
    if last in ",." and dateline.date_text is not None and not _opens_line(source, dateline.span.end - 1):
        return " "  # the comma or full stop after a date closed it: "HONG KONG, 01 Nov, 2024,"
    if last == ",":
        return "\n\n"  # without a date, a comma closes a dateline at a line break only: "Miami, Florida" / ","
    return "  "  # a damaged scrape lost the dash: the story followed a gap or was glued on


def _opens_line(source: str, at: int) -> bool:
    """Whether ``source[at]`` opens its line: only inline spaces between it and a line break before it.

    A comma that opens the story's line after a date (``LONDON (Reuters) Sept. 7`` / ``, The firm …``) closed
    the dateline at a line break, as a comma does after a place (``Miami, Florida`` / ``,``): the rendering
    keeps that break, where a re-read takes the comma closing its line again; on one line, a space before
    it, no comma after a date closes one (fuzz F1125-59, SPEC 5).
    """
    k = at
    while k > 0 and source[k - 1] in " \t\u00a0":
        k -= 1
    return k > 0 and source[k - 1] in LINE_BREAKS


def block_text(block: Block) -> str:
    """Render one body block as text: list items get their marker back."""
    if isinstance(block, ListItem) and block.marker:
        return f"{block.marker} {block.text}"
    return block.text


# --- JSON layer -------------------------------------------------------------

_Json = dict[str, Any]


def _span(span: Span) -> list[int]:
    return [span.start, span.end]


def _iso(date: datetime.date | None) -> str | None:
    return None if date is None else date.isoformat()


def _unspan(raw: list[int]) -> Span:
    return Span(int(raw[0]), int(raw[1]))


def _undate(raw: str | None) -> datetime.date | None:
    return None if raw is None else datetime.date.fromisoformat(raw)


def _text_span(obj: Sentence | Caption | Heading) -> _Json:
    return {"kind": getattr(obj, "kind", "sentence"), "text": obj.text, "span": _span(obj.span)}


def _quote(q: Quote) -> _Json:
    return {"kind": "quote", "text": q.text, "speaker": q.speaker, "span": _span(q.span)}


def _block(block: Block) -> _Json:
    if isinstance(block, Paragraph):
        return {
            "kind": block.kind,
            "text": block.text,
            "span": _span(block.span),
            "sentences": [_text_span(s) for s in block.sentences],
            "quotes": [_quote(q) for q in block.quotes],
        }
    if isinstance(block, ListItem):
        return {"kind": block.kind, "text": block.text, "marker": block.marker, "span": _span(block.span)}
    return _text_span(block)


def _dateline(d: Dateline) -> _Json:
    return {
        "kind": d.kind,
        "text": d.text,
        "city": d.city,
        "region": d.region,
        "country": d.country,
        "date": _iso(d.date),
        "date_text": d.date_text,
        "agency": d.agency,
        "span": _span(d.span),
    }


def _contact(c: Contact) -> _Json:
    return {
        "kind": c.kind,
        "text": c.text,
        "span": _span(c.span),
        "name": c.name,
        "organization": c.organization,
        "email": c.email,
        "phone": c.phone,
    }


# JSON writes a character outside the Basic Multilingual Plane as a surrogate pair ("\\ud800\\udc00"), so
# a Python string holding the two surrogate code points themselves (an input decoded with
# ``surrogateescape``) would come back from ``json.loads`` as one character. Such a string is written
# as ``{"code_points": [...]}`` instead, and read back from it. The input holds a surrogate whenever a
# text derived from it does, so the common document is not walked.
_SURROGATE = re.compile("[\ud800-\udfff]")
_SURROGATE_PAIR = re.compile("[\ud800-\udbff][\udc00-\udfff]")  # a lone surrogate survives JSON as it is
_CODE_POINTS = "code_points"


def _has_surrogates(source: object) -> bool:
    return isinstance(source, dict) or (isinstance(source, str) and _SURROGATE.search(source) is not None)


def _escape(value: Any) -> Any:  # noqa: ANN401 -- any JSON value
    """Write every string with a pair of surrogate code points in it as its code points."""
    if isinstance(value, str):
        return {_CODE_POINTS: [ord(ch) for ch in value]} if _SURROGATE_PAIR.search(value) else value
    if isinstance(value, dict):
        return {key: _escape(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_escape(item) for item in value]
    return value


def _unescape(value: Any) -> Any:  # noqa: ANN401 -- any JSON value
    """The inverse of ``_escape``."""
    if isinstance(value, dict):
        if value.keys() == {_CODE_POINTS}:
            return "".join(map(chr, value[_CODE_POINTS]))
        return {key: _unescape(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_unescape(item) for item in value]
    return value


def _to_dict(doc: PressRelease) -> _Json:
    data = _plain_dict(doc)
    return _escape(data) if _has_surrogates(doc.source) else data


def _plain_dict(doc: PressRelease) -> _Json:
    return {
        "source": doc.source,
        "dateline": None if doc.dateline is None else _dateline(doc.dateline),
        "body": [_block(b) for b in doc.body],
        "captions": [_text_span(c) for c in doc.captions],
        "noise": [{"kind": n.kind.value, "text": n.text, "span": _span(n.span)} for n in doc.noise],
        "meta": [{"kind": m.kind.value, "text": m.text, "span": _span(m.span), "date": _iso(m.date)} for m in doc.meta],
        "contacts": [_contact(c) for c in doc.contacts],
        "repairs": list(doc.repairs),
    }


def _block_from(raw: _Json) -> Block:
    kind = raw["kind"]
    span = _unspan(raw["span"])
    if kind == "paragraph":
        return Paragraph(
            raw["text"],
            span,
            tuple(Sentence(s["text"], _unspan(s["span"])) for s in raw["sentences"]),
            tuple(Quote(q["text"], q["speaker"], _unspan(q["span"])) for q in raw["quotes"]),
        )
    if kind == "list_item":
        return ListItem(raw["text"], raw["marker"], span)
    if kind == "heading":
        return Heading(raw["text"], span)
    msg = f"unknown body block kind {kind!r}"
    raise ValueError(msg)


def _from_dict(data: _Json) -> PressRelease:
    if _has_surrogates(data.get("source")):
        data = _unescape(data)
    d = data.get("dateline")
    dateline = None
    if d is not None:
        dateline = Dateline(
            d["text"], d["city"], d["region"], d["country"], _undate(d["date"]),
            d["date_text"], d["agency"], _unspan(d["span"]),
        )  # fmt: skip
    return PressRelease(
        source=data["source"],
        dateline=dateline,
        body=tuple(_block_from(b) for b in data["body"]),
        captions=tuple(Caption(c["text"], _unspan(c["span"])) for c in data["captions"]),
        noise=tuple(Noise(NoiseKind(n["kind"]), n["text"], _unspan(n["span"])) for n in data["noise"]),
        meta=tuple(
            Meta(MetaKind(m["kind"]), m["text"], _unspan(m["span"]), _undate(m["date"])) for m in data.get("meta", ())
        ),
        contacts=tuple(
            Contact(c["text"], _unspan(c["span"]), c["name"], c["organization"], c["email"], c["phone"])
            for c in data.get("contacts", ())
        ),
        repairs=tuple(data.get("repairs", ())),
    )
