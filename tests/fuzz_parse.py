"""Fuzz harness for ``pressparse.parse`` (issue #6): the SPEC invariants on generated and mutated text.

A script, not a test (pytest only imports it, for doctests):

    python tests/fuzz_parse.py --engine hypothesis --minutes 10 [--out DIR]
    python tests/fuzz_parse.py --engine atheris --minutes 10 [--out DIR]

Each input is checked by ``problems``: ``parse`` must return (SPEC 3), the
per-document invariants of ``pressparse._invariants.check_all`` must hold
(SPEC 1, 2, 4), the result must be the same twice (SPEC 3), ``clean`` must be
idempotent (SPEC 5), and an input of a few KB must parse in under a second
(a hang or a backtracking regex shows up here first). ``--render`` also
checks the second half of SPEC 5 (``parse(doc.text)`` keeps the dateline and
the body's kinds and texts).

Engines:

- ``hypothesis``: press-release-like text from ``tests/strategies.py``, text
  biased toward the characters the rules look at, slices of the corpus with
  inserted special characters, and any Unicode; run in rounds of
  ``--round`` examples until the time is up, so one run finds many problems.
- ``atheris`` (coverage-guided libFuzzer; ``pip install atheris``): bytes
  mutated from a seed corpus made of the corpus releases, decoded as UTF-8
  with ``surrogateescape`` (so invalid bytes become lone surrogates).

A finding is recorded, not raised: the harness keeps going and writes each
new kind of problem (its ``signature``: the check and the message with
numbers and quoted text blanked) once, shrunk by deleting chunks, to
``findings.jsonl`` in ``--out`` (default: ``pressparse-fuzz`` in the temporary directory). Pin each one in
``tests/test_fuzz_regressions.py`` under an id (STYLE rule 29).

>>> signature(["characters 3..5 in no span: 'x'"])
"characters N..N in no span: '…'"
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pressparse import PressRelease

_HERE = Path(__file__).resolve().parent
SLOW = 1.0  # seconds: an input of a few KB that takes longer is a finding

_stats = {"executions": 0, "findings": 0}
_known: set[str] = set()


def signature(found: list[str]) -> str:
    """The kind of the first problem: digits and quoted text blanked, so one bug is one signature."""
    first = found[0]
    first = re.sub(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"", "'…'", first)
    return re.sub(r"\d+", "N", first)


def problems(text: str, *, render: bool = False) -> list[str]:
    """Every SPEC problem of ``parse(text)``; empty when all invariants hold."""
    from pressparse import clean, parse
    from pressparse._invariants import check_all

    start = time.perf_counter()
    try:
        doc = parse(text)
    except Exception as exc:
        tb = exc.__traceback__
        while tb is not None and tb.tb_next is not None:
            tb = tb.tb_next
        where = f"{tb.tb_frame.f_code.co_filename.rsplit('/', 1)[-1]}:{tb.tb_frame.f_code.co_name}" if tb else "?"
        return [f"parse raised {type(exc).__name__} in {where}: {exc}"]
    took = time.perf_counter() - start
    found = [f"check_all: {p}" for p in check_all(doc)]
    if took > SLOW and len(text) < 20_000:
        found.append(f"slow: {took:.1f}s for {len(text)} chars")
    if parse(text) != doc:
        found.append("not deterministic: a second parse differs")
    once = doc.text
    twice = clean(once)
    if twice != once or render:
        again = parse(once)
        if twice != once:
            found.append(f"clean not idempotent ({change(doc, again)}): {once[:60]!r} -> {twice[:60]!r}")
        elif render and change(doc, again) != "same":
            found.append(f"render: parse(doc.text) differs ({change(doc, again)})")
    return found


def change(doc: PressRelease, again: PressRelease) -> str:
    """Name the first difference between ``doc`` and ``parse(doc.text)``, in words that make a signature."""
    before = doc.dateline.text if doc.dateline else None
    after = again.dateline.text if again.dateline else None
    if before != after:
        return "dateline appears" if before is None else "dateline lost" if after is None else "dateline changes"
    had = {m.kind for m in doc.meta}
    new_meta = [m.kind for m in again.meta if m.kind not in had]
    if new_meta:
        return f"new meta {new_meta[0].value}"
    kinds, kinds_again = [b.kind for b in doc.body], [b.kind for b in again.body]
    for k, (one, two) in enumerate(zip(kinds, kinds_again, strict=False)):
        if one != two:
            return f"body {one} -> {two}" if k else f"first block {one} -> {two}"
    if len(kinds) != len(kinds_again):
        return "body blocks lost" if len(kinds) > len(kinds_again) else "body blocks added"
    if [b.text for b in doc.body] != [b.text for b in again.body]:
        return "body text changes"
    return "same"


def shrink(text: str, sig: str, *, render: bool = False) -> str:
    """Delete chunks of ``text`` while the same signature persists (a small ddmin)."""

    def same(candidate: str) -> bool:
        found = problems(candidate, render=render)
        return bool(found) and signature(found) == sig

    chunk = max(len(text) // 2, 1)
    while chunk >= 1:
        i = 0
        while i < len(text):
            candidate = text[:i] + text[i + chunk :]
            if candidate != text and same(candidate):
                text = candidate
            else:
                i += chunk
        chunk //= 2
    return text


def record(text: str, engine: str, out: Path, *, render: bool = False) -> None:
    """Check one input; write a new kind of problem to ``findings.jsonl``."""
    _stats["executions"] += 1
    found = problems(text, render=render)
    if not found:
        return
    sig = signature(found)
    if sig in _known:
        return
    _known.add(sig)
    _stats["findings"] += 1
    small = shrink(text, sig, render=render)
    entry = {"engine": engine, "signature": sig, "input": small, "problems": problems(small, render=render)}
    with (out / "findings.jsonl").open("a", encoding="utf-8") as handle:
        handle.write(json.dumps(entry, ensure_ascii=True) + "\n")
    print(f"FINDING {sig!r}: {small[:120]!r}", flush=True)


def _corpus() -> list[str]:
    paths = sorted(_HERE.glob("corpus/*.txt")) + sorted(_HERE.glob("corpus/real/*.txt"))
    return [p.read_text(encoding="utf-8") for p in paths]


def run_hypothesis(deadline: float, out: Path, round_size: int, *, render: bool) -> None:
    """Run rounds of Hypothesis examples until ``deadline``."""
    from hypothesis import HealthCheck, Phase, given, settings
    from hypothesis import strategies as st

    sys.path.insert(0, str(_HERE.parent))
    from tests.strategies import noisy_text, releases

    corpus = _corpus()
    special = st.sampled_from(list("\n\r\t \u00a0\u2028\u0085\x0b\x0c.!?:;,“”‘’\"'()[]-–—•*#/1234567890AaZzÉé\ud800"))
    lines = st.sampled_from(
        [
            "FOR IMMEDIATE RELEASE", "###", "-30-", "ENDS", "Media contact:", "By Jane Roe", "About INTERPOL",
            "March 4, 2025", "17 December 2018", "Share", "1 /", "3", "Image 2 of 5", "Read more", "Skip to main content",
            "        A photo of the chiefs.", "- ", "• Item one", "1. First", "# Title", "WASHINGTON —", "LYON, France –",
        ]
    )  # fmt: skip

    @st.composite
    def corpus_slice(draw: st.DrawFn) -> str:
        text = draw(st.sampled_from(corpus))
        start = draw(st.integers(0, max(len(text) - 1, 0)))
        piece = text[start : start + draw(st.integers(0, 3000))]
        for _ in range(draw(st.integers(0, 8))):
            at = draw(st.integers(0, len(piece)))
            piece = piece[:at] + draw(st.text(special, min_size=1, max_size=4)) + piece[at:]
        return piece

    @st.composite
    def line_soup(draw: st.DrawFn) -> str:
        parts = draw(st.lists(st.one_of(lines, releases(), noisy_text), max_size=12))
        seps = st.sampled_from(["\n", "\n\n", "\r\n", "  \n  \n", " ", "", "\u2028", "\n    \n        \n"])
        return "".join(p + draw(seps) for p in parts)

    inputs = st.one_of(releases(), noisy_text, corpus_slice(), line_soup(), st.text(max_size=300))
    config = settings(
        max_examples=round_size,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
        phases=(Phase.generate,),
    )

    @config
    @given(inputs)
    def one(text: str) -> None:
        record(text, "hypothesis", out, render=render)

    while time.monotonic() < deadline:
        one()
        print(
            f"{time.strftime('%H:%M:%S')} executions {_stats['executions']:,} findings {_stats['findings']}", flush=True
        )


def run_atheris(seconds: int, out: Path, *, render: bool) -> None:
    """Run coverage-guided libFuzzer on UTF-8 bytes seeded from the corpus."""
    import atheris  # type: ignore[import-untyped]

    with atheris.instrument_imports():
        import pressparse  # noqa: F401 - instrumented for coverage
    seeds = out / "seeds"
    seeds.mkdir(parents=True, exist_ok=True)
    for k, text in enumerate(_corpus()):
        data = text.encode("utf-8")
        for j in range(0, len(data), 3000):
            (seeds / f"seed_{k:03d}_{j:06d}").write_bytes(data[j : j + 3000])
    work = out / "atheris_corpus"
    work.mkdir(exist_ok=True)

    def one(data: bytes) -> None:
        record(data.decode("utf-8", errors="surrogateescape"), "atheris", out, render=render)

    args = [sys.argv[0], str(work), str(seeds), f"-max_total_time={seconds}", "-max_len=4096", "-timeout=10"]
    atheris.Setup(args, one)
    atheris.Fuzz()


def main(argv: list[str] | None = None) -> int:
    """Parse the options and run one engine."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--engine", choices=["hypothesis", "atheris"], default="hypothesis")
    parser.add_argument("--minutes", type=float, default=10.0)
    parser.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "pressparse-fuzz")
    parser.add_argument("--round", type=int, default=2_000, help="hypothesis examples per round")
    parser.add_argument("--render", action="store_true", help="also check parse(doc.text) (SPEC 5, second half)")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    report: Callable[[], None] = lambda: print(  # noqa: E731 - a one-line closure
        f"DONE engine={args.engine} seconds={time.monotonic() - started:.0f} "
        f"executions={_stats['executions']} findings={_stats['findings']}",
        flush=True,
    )
    import atexit

    atexit.register(report)
    if args.engine == "hypothesis":
        run_hypothesis(started + args.minutes * 60, args.out, args.round, render=args.render)
    else:
        run_atheris(int(args.minutes * 60), args.out, render=args.render)
    return 0


if __name__ == "__main__":
    sys.exit(main())
