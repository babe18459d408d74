"""Gold files (``NAME.gold.json`` beside ``NAME.txt``) and how a parse compares with them.

The comparison follows ``../shared/corpus/ANNOTATION.md``: strings compared
after whitespace normalisation; dateline fields case-insensitively, ignoring
trailing ``.,;:``. ``evaluate.py`` and ``test_corpus.py`` both use it.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pressparse import PressRelease, parse
from pressparse._render import _MARKDOWN_LINK  # the pattern of the markdown_link repair
from tests.fuzz_parse import change

DATELINE_FIELDS = ("text", "city", "region", "country", "date", "date_text", "agency")


def norm(text: object) -> str:
    """Whitespace-normalised string (None -> empty), a markdown link read as its text.

    Gold strings are raw slices, so a link stays ``[text](url)`` there, while pressparse renders its
    text (the documented ``markdown_link`` repair); both sides are compared as the link text.

    >>> norm("says  [Howard Dvorkin](https://example.org) of Debt.com")
    'says Howard Dvorkin of Debt.com'
    """
    if text is None:
        return ""
    return " ".join(_MARKDOWN_LINK.sub(lambda m: m.group("text"), str(text)).split())


def norm_field(value: object) -> str:
    """A dateline field as compared: ISO dates, trimmed, trailing .,;: dropped, casefolded."""
    if value is None:
        return ""
    if hasattr(value, "isoformat"):
        value = value.isoformat()
    return norm(value).rstrip(".,;:").strip().casefold()


def load_pairs(folder: Path) -> list[tuple[Path, dict[str, Any]]]:
    """Return ``(txt_path, gold)`` for every gold file in ``folder``."""
    pairs = []
    for gold_path in sorted(folder.glob("*.gold.json")):
        txt = gold_path.with_name(gold_path.name.replace(".gold.json", ".txt"))
        pairs.append((txt, json.loads(gold_path.read_text(encoding="utf-8"))))
    return pairs


def read_text(path: Path) -> str:
    """The exact text of a corpus file."""
    return path.read_bytes().decode("utf-8")


def predicted(doc: PressRelease) -> dict[str, Any]:
    """The parse in the gold format."""
    dl = doc.dateline
    return {
        "dateline": None
        if dl is None
        else {f: (getattr(dl, f).isoformat() if f == "date" and dl.date else getattr(dl, f)) for f in DATELINE_FIELDS},
        "body": [[b.kind, norm(b.text)] for b in doc.body],
        "captions": [norm(c.text) for c in doc.captions],
        "meta": [[m.kind.value, norm(m.text)] for m in doc.meta],
        "noise": [norm(n.text) for n in doc.noise if n.kind.value != "whitespace"],
    }


def normalised_gold(gold: dict[str, Any]) -> dict[str, Any]:
    """The gold with its strings normalised like ``predicted``."""
    out: dict[str, Any] = {
        "dateline": gold["dateline"],
        "body": [[kind, norm(text)] for kind, text in gold["body"]],
        "captions": [norm(c) for c in gold["captions"]],
        "noise": [norm(n) for n in gold.get("noise", [])],
    }
    if "meta" in gold:
        out["meta"] = [[kind, norm(text)] for kind, text in gold["meta"]]
    return out


def dateline_diff(got: dict[str, Any] | None, want: dict[str, Any] | None) -> list[str]:
    """Field-by-field differences between two datelines (empty: they agree)."""
    if got is None or want is None:
        return [] if got is want else [f"dateline: got {got!r}, want {want!r}"]
    return [
        f"dateline.{f}: got {got.get(f)!r}, want {want.get(f)!r}"
        for f in DATELINE_FIELDS
        if norm_field(got.get(f)) != norm_field(want.get(f))
    ]


def rendering_change(doc: PressRelease) -> str | None:
    """How ``parse(doc.text)`` differs from ``doc`` (SPEC invariant 5), or None when the rendering is stable.

    Stable means ``clean(clean(t)) == clean(t)`` and the same dateline and body block kinds and texts.
    """
    again = parse(doc.text)
    if again.text != doc.text:
        return f"clean not idempotent ({change(doc, again)})"
    what = change(doc, again)
    return None if what == "same" else what
