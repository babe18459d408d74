"""The SPEC invariants, implemented once (black's ``check_stability_and_equivalence``).

Each ``check_*`` returns a list of human-readable problems (empty: the
invariant holds). The property tests, ``tests/evaluate.py`` and the CLI's
``--check`` call these, so every layer uses the same definition of "nothing
lost".
"""

from __future__ import annotations

import json

from pressparse._render import render_slice
from pressparse._spans import normalise
from pressparse.model import ListItem, PressRelease, Span


def owned_spans(doc: PressRelease) -> list[tuple[str, Span]]:
    """Every span that owns text: dateline, body, captions, meta, noise."""
    spans: list[tuple[str, Span]] = [(b.kind, b.span) for b in doc.body]
    spans += [("caption", c.span) for c in doc.captions]
    spans += [("meta", m.span) for m in doc.meta]
    spans += [("noise", n.span) for n in doc.noise]
    if doc.dateline is not None:
        spans.append(("dateline", doc.dateline.span))
    return spans


def check_nothing_lost(doc: PressRelease) -> list[str]:
    """SPEC 1: every non-whitespace character lies in exactly one owned span; no overlaps."""
    problems: list[str] = []
    spans = sorted(owned_spans(doc), key=lambda ks: (ks[1].start, ks[1].end))
    source = doc.source
    cursor = 0
    for kind, span in spans:
        if span.end > len(source):
            problems.append(f"{kind} span {span} runs past the end ({len(source)})")
        if span.start < cursor:
            problems.append(f"{kind} span {span} overlaps the span before it (ends at {cursor})")
        elif any(not ch.isspace() for ch in source[cursor : span.start]):
            lost = source[cursor : span.start].strip()
            problems.append(f"characters {cursor}..{span.start} in no span: {lost[:40]!r}")
        cursor = max(cursor, span.end)
    if any(not ch.isspace() for ch in source[cursor:]):
        problems.append(f"characters after {cursor} in no span: {source[cursor:].strip()[:40]!r}")
    return problems


def check_text_from_span(doc: PressRelease) -> list[str]:
    """SPEC 2: each text is its raw slice, whitespace normalised, plus the listed repairs only."""
    problems: list[str] = []
    source = doc.source
    for block in doc.body:
        raw = block.span.slice(source)
        if isinstance(block, ListItem):
            if not normalise(raw).startswith(block.marker):
                problems.append(f"list item marker {block.marker!r} is not at the start of {raw[:30]!r}")
            raw = raw.removeprefix(block.marker)
        expected = render_slice(raw, block.kind)
        if expected != block.text:
            problems.append(f"{block.kind} text {block.text[:40]!r} is not its slice {expected[:40]!r}")
    parts: list[tuple[str, str, Span]] = [("caption", c.text, c.span) for c in doc.captions]
    parts += [("meta", m.text, m.span) for m in doc.meta]
    for kind, text, span in parts:
        expected = render_slice(span.slice(source), kind)
        if expected != text:
            problems.append(f"{kind} text {text[:40]!r} is not its slice {expected[:40]!r}")
    for noise in doc.noise:
        if noise.text != noise.span.slice(source):
            problems.append(f"noise text {noise.text[:40]!r} is not its slice")
    if doc.dateline is not None and doc.dateline.text != normalise(doc.dateline.span.slice(source)):
        problems.append(f"dateline text {doc.dateline.text!r} is not its slice")
    for para in doc.paragraphs:
        inner = [s.span for s in para.sentences] + [q.span for q in para.quotes]
        for span in inner:
            if not para.span.start <= span.start <= span.end <= para.span.end:
                problems.append(f"{span} lies outside its paragraph {para.span}")
    return problems


def check_round_trip(doc: PressRelease) -> list[str]:
    """SPEC 4: ``from_dict(to_dict())`` gives the document back and the dict is JSON."""
    again = PressRelease.from_dict(json.loads(json.dumps(doc.to_dict())))
    return [] if again == doc else ["to_dict/from_dict round trip differs"]


def check_all(doc: PressRelease) -> list[str]:
    """Run every per-document check."""
    return check_nothing_lost(doc) + check_text_from_span(doc) + check_round_trip(doc)
