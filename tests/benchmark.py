"""Benchmark of ``pressparse.parse``: throughput, scaling and adversarial input (issue #6).

A script, not a test: ``python tests/benchmark.py [--quick] [--cpu] [--only NAME ...]``.
It prints four tables, measured on one core in one process and one run, so
that the numbers are comparable with each other (wall time; ``--cpu`` times
the process's CPU time instead, which other load on a shared machine
disturbs less):

1. **Throughput.** The corpus (``tests/corpus/*.txt`` and
   ``tests/corpus/real/*.txt``) repeated until it holds at least 5 MB, parsed
   document by document; best of three passes. Beside it, the baseline: one
   pass of ``re.findall(r"\\S+", text)`` over the same texts, and the ratio.
   "Typical releases per second" is the character rate divided by 2,500
   (a typical release is about 2.5 KB).
2. **Scaling.** One document of 10 KB, 100 KB, 1 MB and 10 MB, built by
   repeating the corpus releases (real paragraphs, captions, counters, share
   links) one after another; seconds per MB for each, and the ratio of the
   largest to the smallest. Small documents are parsed repeatedly until at
   least half a second has passed.
3. **Adversarial.** 1 MB of one character, of alternating patterns that
   stress each regular expression and each per-line loop, a 1 MB single line
   and a million empty lines; seconds per MB beside normal text (the 1 MB
   scaling document) and the growth of the per-MB time from 100 KB to 1 MB
   (about 1.0 when linear, about 10 when quadratic). An input whose 100 KB run
   already projects past ``--cap`` seconds at 1 MB is reported at 100 KB only.

4. **Stages.** Where the time goes: the corpus parsed once under
   ``cProfile``, and the cumulative time of each stage function that
   ``pressparse.api.parse`` calls, in milliseconds per release and as a share
   of ``parse`` (the profiler slows everything down about alike, so read the
   shares, not the absolute numbers); indented rows are parts of the stage
   above them.

Sizes are in characters (``len(text)``): linear time is about ``str`` length,
and the corpus is almost all ASCII, so a character is about a byte.

Targets (issue #6): at least 5,000 typical releases per second; time per MB
at 10 MB within 1.2x of that at 10 KB; every adversarial input within 3x of
normal text per MB. The script prints met/missed for each.

The module is import-safe: pytest collects ``tests/*.py`` for doctests, so
all the work happens under ``if __name__ == "__main__":``.
"""

from __future__ import annotations

import argparse
import gc
import platform
import re
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path

_HERE = Path(__file__).resolve().parent
_TYPICAL = 2_500  # characters in a typical release
_MB = 1_000_000


def corpus_texts() -> list[str]:
    """The corpus releases, in a fixed order."""
    paths = sorted(_HERE.glob("corpus/*.txt")) + sorted(_HERE.glob("corpus/real/*.txt"))
    return [p.read_text(encoding="utf-8") for p in paths]


def repeat_to(texts: list[str], size: int) -> list[str]:
    """The corpus texts, cycled until together they hold at least ``size`` characters."""
    out: list[str] = []
    total = 0
    while total < size:
        for text in texts:
            out.append(text)
            total += len(text)
            if total >= size:
                break
    return out


def document(texts: list[str], size: int) -> str:
    """One document of about ``size`` characters: corpus releases one after another, cut at a line end."""
    parts: list[str] = []
    total = 0
    while total < size:
        for text in texts:
            parts.append(text.rstrip() + "\n\n")
            total += len(parts[-1])
            if total >= size:
                break
    doc = "".join(parts)[:size]
    cut = doc.rfind("\n")
    return doc[:cut] if cut > size // 2 else doc


def cycle(pattern: str, size: int) -> str:
    """``pattern`` repeated to exactly ``size`` characters."""
    return (pattern * (size // len(pattern) + 1))[:size]


def adversarial(normal: str, size: int) -> dict[str, str]:
    """The adversarial inputs of issue #6 (and of the regex audit), each of about ``size`` characters."""
    line = " ".join(normal.split())
    return {
        # one character
        "'.' x N": cycle(".", size),
        "'-' x N": cycle("-", size),
        "'“' x N": cycle("“", size),
        "NBSP x N": cycle("\u00a0", size),
        "'\\n' x N": cycle("\n", size),
        "'A' x N": cycle("A", size),
        # alternating patterns, one per regular expression family
        "'. . . .'": cycle(". ", size),
        "'A.A.A.A.'": cycle("A.", size),
        "'- - - -'": cycle("- ", size),
        "'(((('": cycle("(", size),
        "'“‘“‘'": cycle("“‘", size),
        # layout extremes
        "single line": (line * (size // max(len(line), 1) + 1))[:size],
        "empty lines (CRLF)": cycle("\r\n", size),
        # found by the regex and loop audit (docs/robustness.md)
        "one line + blank lines": "x" + "\n" * (size - 1),
        "captions between paragraphs": cycle("Police met today in Lyon.\n\n        A photo of the chiefs.\n\n", size),
        "share lines, then paragraphs": cycle("Share\n", size // 2) + cycle("Police met.\n", size - size // 2),
        "quotes '“a” '": cycle("“a” ", size),
        "quote after 100 chars": cycle("a " * 50 + "“x” ", size),
        "glued bullets": cycle("including:-\u00a0 \u00a0 The need ", size),
        "counters '1 /' '3'": cycle("1 /\n3\n", size),
    }


# The clock: wall time by default; ``--cpu`` switches to this process's CPU time, steadier on a shared machine.
_clock = time.perf_counter


def seconds(func: Callable[[], object], min_time: float = 0.0) -> tuple[float, int]:
    """Run ``func`` until ``min_time`` has passed (at least once); return seconds per call and calls."""
    gc.collect()
    calls = 0
    start = _clock()
    while True:
        func()
        calls += 1
        elapsed = _clock() - start
        if elapsed >= min_time:
            return elapsed / calls, calls


def best(func: Callable[[], object], passes: int) -> float:
    """The best time of ``passes`` runs of ``func``."""
    return min(seconds(func)[0] for _ in range(passes))


def table(header: Iterable[str], rows: Iterable[Iterable[object]]) -> str:
    """A GitHub-flavoured markdown table."""
    head = list(header)
    lines = ["| " + " | ".join(head) + " |", "|" + "|".join(" --- " for _ in head) + "|"]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def verdict(ok: bool) -> str:
    """``met`` or ``MISSED``."""
    return "met" if ok else "MISSED"


# The stages of ``api.parse`` in order (module file, function), and the parts of a stage worth a row. The layout's
# lines are read one at a time inside the grouping (``layout.line_spans``): its row is a part of that stage, the
# time of its two generators (``|``: the "\n"-only path and the general one) added up.
STAGES = [
    ("blocks: group lines", "blocks.py", "group_spans"),
    ("  layout: lines", "layout.py", "_newline_spans|_break_spans"),
    ("noise: lines", "noise.py", "find_noise"),
    ("paragraphs: join lines", "paragraphs.py", "join_lines"),
    ("paragraphs: split lines", "paragraphs.py", "split_lines"),
    ("noise: blocks", "noise.py", "find_block_noise"),
    ("blocks: classify", "blocks.py", "classify_blocks"),
    ("dateline", "dateline.py", "find_dateline"),
    ("meta", "meta.py", "find_meta"),
    ("assemble", "api.py", "assemble"),
    ("  sentences", "sentences.py", "split_sentences"),
    ("  quotes", "sentences.py", "find_quotes"),
    ("  contacts", "contacts.py", "find_contacts"),
]


def stage_times(parse: Callable[[str], object], texts: list[str]) -> dict[str, tuple[int, float]]:
    """Profile ``parse`` over ``texts`` once: per stage name, its calls and cumulative seconds (``parse`` too)."""
    import cProfile
    import pstats

    profile = cProfile.Profile()
    profile.enable()
    for text in texts:
        parse(text)
    profile.disable()
    seen: dict[tuple[str, str], tuple[int, float]] = {}
    for (filename, _, func), row in pstats.Stats(profile).stats.items():  # type: ignore[attr-defined]
        calls, cumulative = seen.get((Path(filename).name, func), (0, 0.0))
        seen[(Path(filename).name, func)] = (calls + row[1], cumulative + row[3])
    wanted = [*STAGES, ("parse", "api.py", "parse")]
    times: dict[str, tuple[int, float]] = {}
    for name, module, funcs in wanted:
        rows = [seen.get((module, func), (0, 0.0)) for func in funcs.split("|")]
        times[name] = (sum(calls for calls, _ in rows), sum(cumulative for _, cumulative in rows))
    return times


def stage_rows(times: dict[str, tuple[int, float]], releases: int) -> list[list[str]]:
    """A row per stage: milliseconds per release and the share of ``parse``."""
    total = times["parse"][1] or 1.0
    return [[name, f"{times[name][1] / releases * 1000:.3f}", f"{times[name][1] / total:.0%}"] for name, _, _ in STAGES]


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the tables."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="a short run: 1 MB throughput, sizes up to 1 MB")
    parser.add_argument("--cap", type=float, default=60.0, help="skip an adversarial 1 MB run projected past this")
    parser.add_argument("--only", nargs="*", default=None, help="adversarial inputs whose name contains one of these")
    parser.add_argument("--skip", nargs="*", default=[], help="tables to skip: throughput scaling adversarial stages")
    parser.add_argument("--cpu", action="store_true", help="time with process CPU time instead of wall time")
    args = parser.parse_args(argv)
    global _clock  # noqa: PLW0603 - one switch for every measurement of the run
    _clock = time.process_time if args.cpu else time.perf_counter

    import pressparse

    parse = pressparse.parse
    texts = corpus_texts()
    for text in texts:  # warm up: lazy tables (pycountry, place names) load on first use
        parse(text)
    print(f"pressparse {pressparse.__version__}, Python {platform.python_version()}, {platform.machine()}")
    clock = "process CPU time" if args.cpu else "wall time"
    print(
        f"{platform.platform()}; one process, {clock}; corpus: {len(texts)} releases, {sum(map(len, texts)):,} chars\n"
    )
    targets: list[tuple[str, str, str]] = []

    if "throughput" not in args.skip:
        batch = repeat_to(texts, _MB if args.quick else 5 * _MB)
        chars = sum(map(len, batch))
        passes = 1 if args.quick else 3

        def run_parse() -> None:
            for text in batch:
                parse(text)

        def run_baseline() -> None:
            for text in batch:
                re.findall(r"\S+", text)

        t_parse, t_base = best(run_parse, passes), best(run_baseline, passes)
        typical = chars / t_parse / _TYPICAL
        print(f"## Throughput ({len(batch):,} documents, {chars / _MB:.2f} MB, best of {passes})\n")
        print(
            table(
                ["what", "seconds", "docs/s", "MB/s", "typical releases/s (2.5 KB)"],
                [
                    ["pressparse.parse", f"{t_parse:.3f}", f"{len(batch) / t_parse:,.0f}",
                     f"{chars / t_parse / _MB:.2f}", f"{typical:,.0f}"],
                    ['baseline re.findall(r"\\S+")', f"{t_base:.3f}", f"{len(batch) / t_base:,.0f}",
                     f"{chars / t_base / _MB:.2f}", f"{chars / t_base / _TYPICAL:,.0f}"],
                ],
            )
        )  # fmt: skip
        print(f"\nparse / baseline: {t_parse / t_base:.1f}x slower\n")
        targets.append(("≥ 5,000 typical releases/s", f"{typical:,.0f}", verdict(typical >= 5_000)))

    normal_per_mb: float | None = None
    if "scaling" not in args.skip:
        sizes = [10_000, 100_000, _MB] + ([] if args.quick else [10 * _MB])
        rows = []
        per_mb: dict[int, float] = {}
        for size in sizes:
            doc = document(texts, size)
            per_call, calls = seconds(lambda doc=doc: parse(doc), min_time=0.5)  # type: ignore[misc]
            per_mb[size] = per_call / len(doc) * _MB
            rows.append([f"{size / 1000:,.0f} KB", f"{len(doc):,}", calls, f"{per_call:.4f}", f"{per_mb[size]:.3f}"])
        normal_per_mb = per_mb[_MB]
        ratio = per_mb[sizes[-1]] / per_mb[sizes[0]]
        print("## Scaling (one document made of corpus releases)\n")
        print(table(["size", "chars", "runs", "seconds/run", "seconds/MB"], rows))
        print(f"\nlargest / smallest, per MB: {ratio:.2f}\n")
        targets.append((f"{sizes[-1] // 1000:,} KB within 1.2x of 10 KB per MB", f"{ratio:.2f}", verdict(ratio <= 1.2)))

    if "adversarial" not in args.skip:
        if normal_per_mb is None:
            normal_doc = document(texts, _MB)
            normal_per_mb = seconds(lambda: parse(normal_doc), min_time=0.5)[0] / len(normal_doc) * _MB
        normal_text = document(texts, _MB)
        big = 200_000 if args.quick else _MB
        small = big // 10
        rows = []
        worst = 0.0
        small_inputs = adversarial(normal_text, small)
        for name, big_text in adversarial(normal_text, big).items():
            if args.only is not None and not any(key in name for key in args.only):
                continue
            t_small = seconds(lambda s=small_inputs[name]: parse(s), min_time=0.2)[0]  # type: ignore[misc]
            small_per_mb = t_small / small * _MB
            if t_small * 100 > args.cap:  # a quadratic input would take 100x at 10x the size
                rows.append([name, f"{small:,}", f"{t_small:.3f}", f"{small_per_mb:.3f}",
                             f"{small_per_mb / normal_per_mb:.1f}", "(1 MB skipped)", "MISSED"])  # fmt: skip
                worst = max(worst, small_per_mb / normal_per_mb)
                continue
            t_big = seconds(lambda s=big_text: parse(s))[0]  # type: ignore[misc]
            big_per_mb = t_big / big * _MB
            times = big_per_mb / normal_per_mb
            worst = max(worst, times)
            rows.append([name, f"{big:,}", f"{t_big:.3f}", f"{big_per_mb:.3f}", f"{times:.1f}",
                         f"{big_per_mb / small_per_mb:.2f}", verdict(times <= 3)])  # fmt: skip
        print(f"## Adversarial input (normal text: {normal_per_mb:.3f} s/MB)\n")
        header = ["input", "chars", "seconds", "seconds/MB", "x normal", f"growth {small // 1000}K->{big // 1000}K"]
        print(table([*header, "≤ 3x"], rows))
        print()
        targets.append(("every adversarial input ≤ 3x normal per MB", f"worst {worst:.1f}x", verdict(worst <= 3)))

    if "stages" not in args.skip:
        print(f"## Stages (cProfile, {len(texts)} releases once; read the shares)\n")
        print(table(["stage", "ms/release", "share of parse"], stage_rows(stage_times(parse, texts), len(texts))))
        print()

    print("## Targets\n")
    print(table(["target", "measured", "verdict"], targets))
    return 0


if __name__ == "__main__":
    sys.exit(main())
