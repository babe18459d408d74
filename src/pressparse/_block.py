"""The internal block stream that passes between stages (STYLE rule 14).

A ``Piece`` is a stretch of the source with a kind and its layout cues. Stages
take a tuple of pieces and return a new one; none mutates, none re-searches
the source for a string it already has. Kinds:

- ``line``: a raw line or group of lines, not yet classified;
- ``paragraph``, ``list_item``, ``heading``, ``caption``: body and captions;
- ``meta``: front or back matter (``meta_kind`` says which);
- ``noise``: removed furniture (``noise_kind`` says which).
"""

from __future__ import annotations

from typing import Any

import attrs

from pressparse.model import MetaKind, NoiseKind


@attrs.frozen
class Piece:
    """A classified (or not yet classified) stretch of the source."""

    kind: str
    """One of ``line``, ``paragraph``, ``list_item``, ``heading``, ``caption``, ``meta``, ``noise``."""
    start: int
    """Start index in the source (first non-whitespace character)."""
    end: int
    """End index in the source, exclusive (after the last non-whitespace character)."""
    indent: int = 0
    """Indentation of its first line."""
    blank_before: int = 0
    """Blank lines before it; -1 at the start of the document."""
    blank_after: int = 0
    """Blank lines after it; -1 at the end of the document."""
    lines: int = 1
    """Physical lines it spans."""
    marker: str | None = None
    """For list items: the bullet or number as written."""
    marker_end: int = 0
    """For list items: where the item text starts (after marker and padding)."""
    meta_kind: MetaKind | None = None
    """For meta pieces."""
    noise_kind: NoiseKind | None = None
    """For noise pieces."""

    def text(self, source: str) -> str:
        """Return the raw slice."""
        return source[self.start : self.end]

    def evolve(self, **changes: object) -> Piece:
        """Return a copy with ``changes`` applied (``attrs.evolve`` written out: it is called once a piece).

        The fields go to the constructor by position, in their order: a keyword call (or a merged dict)
        costs about twice as much.
        """
        if not changes.keys() <= _FIELDS:
            msg = f"Piece has no field {', '.join(sorted(changes.keys() - _FIELDS))}"
            raise TypeError(msg)
        get: Any = changes.get
        return Piece(
            get("kind", self.kind),
            get("start", self.start),
            get("end", self.end),
            get("indent", self.indent),
            get("blank_before", self.blank_before),
            get("blank_after", self.blank_after),
            get("lines", self.lines),
            get("marker", self.marker),
            get("marker_end", self.marker_end),
            get("meta_kind", self.meta_kind),
            get("noise_kind", self.noise_kind),
        )


_FIELDS = frozenset(field.name for field in attrs.fields(Piece))
