"""Evaluate pressparse on a folder of ``NAME.txt`` + ``NAME.gold.json`` pairs; print tables.

Usage: ``python tests/evaluate.py [FOLDER] [--per-file]`` (default folder: tests/corpus).

Measures, with the definitions of ../shared/corpus/ANNOTATION.md (strings
compared whitespace-normalised; dateline fields case-insensitively, trailing
``.,;:`` ignored):

- dateline exact match (all fields right, or both absent) and per-field accuracy;
- body blocks: precision / recall / F1 of ``(kind, text)`` pairs (multiset);
- captions: P / R / F1 of caption texts;
- meta: P / R / F1 of ``(kind, text)`` pairs, over the files whose gold has ``meta``;
- content-token F1: bag of word tokens of the body (what a search index or a
  language model sees), predicted vs gold;
- noise leaks: gold noise strings (three characters or more) found as whole words inside the
  predicted body blocks and captions more often than inside the gold's own (a menu's "Frauds
  Bureau" that a story sentence names too is no leak);
- losing documents: SPEC invariant 1 violated (``pressparse._invariants``);
- stable renderings: documents whose clean text parses back to the same
  dateline and body (SPEC invariant 5, ``gold.rendering_change``).

A script, not a test: pytest only imports it (for doctests), it runs nothing.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pressparse import parse
from pressparse._invariants import check_nothing_lost
from tests.gold import (
    DATELINE_FIELDS,
    dateline_diff,
    load_pairs,
    norm_field,
    normalised_gold,
    predicted,
    read_text,
    rendering_change,
)

_TOKEN = re.compile(r"\w+")


class PRF:
    """True positives, predicted and gold counts; precision, recall and F1 from them."""

    def __init__(self) -> None:
        self.tp = self.pred = self.gold = 0

    def add(self, got: Iterable[object], want: Iterable[object]) -> None:
        """Count one document's matches (multiset intersection)."""
        g, w = Counter(map(repr, got)), Counter(map(repr, want))
        self.tp += sum((g & w).values())
        self.pred += sum(g.values())
        self.gold += sum(w.values())

    def scores(self) -> tuple[float, float, float]:
        """Precision, recall, F1 (1.0 when there is nothing to find and nothing found).

        >>> prf = PRF(); prf.add(["a", "b"], ["a", "c"]); prf.scores()
        (0.5, 0.5, 0.5)
        """
        p = self.tp / self.pred if self.pred else 1.0
        r = self.tp / self.gold if self.gold else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


def _leaks(noise: str, texts: list[str], gold_texts: tuple[str, ...] = ()) -> bool:
    """True when a gold noise string stands, as whole words, inside a predicted text more often than the gold's
    own body and captions hold it.

    Strings shorter than three characters ("X", "#") are not counted: they occur inside words. A string the
    story itself holds (a tag list's defendant named in the story, a menu's "Frauds Bureau" in a sentence) is a
    leak only where the parse holds it more often than the gold body does.

    >>> _leaks("Share this", ["Police met. Share this"]), _leaks("#", ["FAQ #1"]), _leaks("None", ["Nonetheless"])
    (True, False, False)
    >>> _leaks("Tim Phan", ["Tim Phan, 41, was charged."], ("Tim Phan, 41, was charged.",))
    False
    >>> _leaks("Tim Phan", ["Tim Phan, 41, was charged.", "Tim Phan"], ("Tim Phan, 41, was charged.",))
    True
    """
    if len(noise) < 3:
        return False
    pattern = re.compile(rf"(?<!\w){re.escape(noise)}(?!\w)")
    found = sum(len(pattern.findall(t)) for t in texts)
    return found > 0 and found > sum(len(pattern.findall(t)) for t in gold_texts)


def _tokens(blocks: list[list[str]]) -> list[str]:
    return [t.lower() for _, text in blocks for t in _TOKEN.findall(text)]


def evaluate(folder: Path, per_file: bool = False) -> dict[str, Any]:
    """Evaluate every gold pair in ``folder``; print the tables; return the totals."""
    body, captions, meta, content = PRF(), PRF(), PRF(), PRF()
    field_right: Counter[str] = Counter()
    exact = leaks = losing = docs = stable = 0
    rows = []
    for path, raw_gold in load_pairs(folder):
        doc = parse(read_text(path))
        got, want = predicted(doc), normalised_gold(raw_gold)
        docs += 1
        gd, wd = got["dateline"], want["dateline"]
        right = {f: norm_field((gd or {}).get(f)) == norm_field((wd or {}).get(f)) for f in DATELINE_FIELDS}
        right["present"] = (gd is None) == (wd is None)
        field_right.update(k for k, ok in right.items() if ok)
        exact += all(right.values())
        body.add(got["body"], want["body"])
        captions.add(got["captions"], want["captions"])
        if "meta" in want:
            meta.add(got["meta"], want["meta"])
        content.add(_tokens(got["body"]), _tokens(want["body"]))
        texts = [t for _, t in got["body"]] + got["captions"]
        gold_texts = tuple(t for _, t in want["body"]) + tuple(want["captions"])
        leak = sum(1 for n in want["noise"] if _leaks(n, texts, gold_texts))
        leaks += leak
        lost = bool(check_nothing_lost(doc))
        losing += lost
        stable += rendering_change(doc) is None
        one = PRF()
        one.add(got["body"], want["body"])
        rows.append((path.stem, all(right.values()), one.scores()[2], leak, lost))
    if per_file:
        print(f"{'document':32} {'dateline':>8} {'body F1':>8} {'leaks':>6} {'losing':>7}")
        for name, ok, f1, leak, lost in rows:
            print(f"{name:32} {'ok' if ok else 'WRONG':>8} {f1:8.3f} {leak:6} {'yes' if lost else '':>7}")
        print()
    n = max(docs, 1)
    print(f"Evaluation of {folder} ({docs} documents)")
    print(f"{'measure':28} {'precision':>9} {'recall':>9} {'F1':>9}")
    for name, prf in (("body blocks", body), ("captions", captions), ("meta", meta), ("content tokens", content)):
        p, r, f = prf.scores()
        print(f"{name:28} {p:9.3f} {r:9.3f} {f:9.3f}")
    print(f"{'dateline exact match':28} {exact / n:9.3f}   ({exact}/{docs})")
    for field in ("present", *DATELINE_FIELDS):
        print(f"{'  dateline ' + field:28} {field_right[field] / n:9.3f}")
    print(f"{'noise leaks':28} {leaks:9d}")
    print(f"{'documents losing characters':28} {losing:9d}")
    print(f"{'stable renderings (SPEC 5)':28} {stable:9d}   (of {docs})")
    return {"docs": docs, "exact": exact, "body": body.scores(), "captions": captions.scores(),
            "meta": meta.scores(), "content": content.scores(), "leaks": leaks, "losing": losing, "stable": stable}  # fmt: skip


def known_failures(folder: Path) -> dict[str, list[str]]:
    """Map each document to the gold fields its parse does not match yet (see test_corpus.py)."""
    failing: dict[str, list[str]] = {}
    for path, raw_gold in load_pairs(folder):
        doc = parse(read_text(path))
        got, want = predicted(doc), normalised_gold(raw_gold)
        fields = []
        if dateline_diff(got["dateline"], want["dateline"]):
            fields.append("dateline")
        fields += [f for f in ("body", "captions", "noise", "meta") if f in want and want[f] != got[f]]
        if rendering_change(doc) is not None:
            fields.append("stable")
        if fields:
            failing[path.stem] = fields
    return failing


def main(argv: list[str] | None = None) -> int:
    """Parse the arguments and print the evaluation."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("folder", nargs="?", type=Path, default=Path(__file__).parent / "corpus")
    parser.add_argument("--per-file", action="store_true", help="also print one row per document")
    parser.add_argument(
        "--known-failures", action="store_true", help="rewrite FOLDER/known_failures.json from the current parse"
    )
    args = parser.parse_args(argv)
    if args.known_failures:
        failing = known_failures(args.folder)
        target = args.folder / "known_failures.json"
        target.write_text(json.dumps(failing, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        print(f"wrote {target}: {sum(map(len, failing.values()))} known failures in {len(failing)} documents")
    evaluate(args.folder, per_file=args.per_file)
    return 0


if __name__ == "__main__":
    sys.exit(main())
