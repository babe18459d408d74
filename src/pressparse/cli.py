"""The ``pressparse`` command line: one release to read, or a whole archive to process.

Three forms share the program:

- ``pressparse FILE... | -`` prints each parsed document: ``--format`` picks a
  readable text view, pretty JSON or one JSON line per document;
  ``--example`` parses the bundled INTERPOL release; ``--check`` also
  verifies the SPEC invariants on each result. Exit status: 0 on success, 1
  when ``--check`` finds a violation, 2 when an input cannot be read.
- ``pressparse parse INPUT...`` runs a batch: files, folders (searched
  recursively for ``--glob``), JSONL files (one release a line, in
  ``--text-field``) and ``-`` for stdin, parsed by ``--jobs`` processes, one
  JSON line per input on stdout or in ``-o FILE``, in input order.
- ``pressparse stats INPUT...`` takes the same inputs and prints counts
  instead of records.

In a batch an input that cannot be read or decoded is reported on stderr and
recorded as ``{"input": ..., "error": ...}``; the batch goes on, and the exit
status is 1 when any input failed (2 for a usage error). The batch form is
chosen when the first argument is a command name; a file called ``parse``
is still reachable as ``./parse``. ``docs/cli.md`` has examples.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import sys
from collections.abc import Callable, Sequence
from importlib import resources
from pathlib import Path
from typing import TextIO

from pressparse import __version__
from pressparse._inputs import Outcome, decode_and_parse, expand, find_tasks, is_jsonl, to_json_line, to_summary
from pressparse._invariants import check_all
from pressparse._pool import default_jobs, map_ordered
from pressparse._progress import progress
from pressparse._stats import Stats
from pressparse.api import parse
from pressparse.model import PressRelease, block_text

EXAMPLE = "interpol_bogota_2019.txt"


def _short(text: str, width: int = 100) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def render_text(doc: PressRelease, name: str) -> str:
    """A readable view: dateline fields, numbered blocks, captions, meta and noise."""
    out = [f"== {name}"]
    if doc.title:
        out.append(f"title:    {doc.title}")
    if doc.published:
        out.append(f"date:     {doc.published.isoformat()}")
    out.extend(f"contact:  {_short(c.text)}" for c in doc.contacts)
    dl = doc.dateline
    if dl is None:
        out.append("dateline: (none)")
    else:
        out.append(f"dateline: {dl.text!r}")
        for field in ("city", "region", "country", "date", "date_text", "agency"):
            value = getattr(dl, field)
            if value is not None:
                out.append(f"  {field:9} {value}")
    out.append(f"body ({len(doc.body)} blocks):")
    for n, block in enumerate(doc.body, 1):
        out.append(f"  {n:3}. [{block.kind}] {block_text(block)}")
    out.append(f"captions ({len(doc.captions)}):")
    out.extend(f"  - {c.text}" for c in doc.captions)
    other = [m for m in doc.meta if m.kind.value not in ("title", "date")]
    if other:
        out.append(f"meta ({len(other)}):")
        out.extend(f"  [{m.kind.value}] {_short(m.text)}" for m in other)
    shown = [n for n in doc.noise if n.kind.value != "whitespace"]
    out.append(f"noise removed ({len(doc.noise)}, {len(doc.noise) - len(shown)} whitespace runs):")
    out.extend(f"  [{n.kind.value}] {_short(n.text)!r}" for n in shown)
    return "\n".join(out)


def _read(path: str) -> PressRelease:
    data = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
    return decode_and_parse(data)


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="pressparse",
        description="Parse raw press-release text into dateline, body, captions, meta and noise.",
        epilog="For batches (folders, JSONL, several cores): 'pressparse parse --help', 'pressparse stats --help'.",
    )
    parser.add_argument("files", nargs="*", metavar="FILE", help="release text files; '-' reads stdin")
    parser.add_argument("--format", choices=("text", "json", "jsonl"), default="text", help="output format")
    parser.add_argument("--example", action="store_true", help="parse the bundled example release")
    parser.add_argument("--check", action="store_true", help="also verify the SPEC invariants on each result")
    parser.add_argument("--version", action="version", version=f"pressparse {__version__}")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status.

    Args:
        argv: the arguments, without the program name; ``None`` reads ``sys.argv``.

    Returns:
        The exit status: 0 on success, 1 when an input failed (or ``--check``
        found a violation), 2 for a usage error or, in the single-file form,
        an unreadable file.

    >>> import pathlib, tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     path = pathlib.Path(folder, "lyon.txt")
    ...     _ = path.write_text("LYON, France – Police met.", encoding="utf-8")
    ...     main(["stats", "--top", "1", folder])  # doctest: +ELLIPSIS, +NORMALIZE_WHITESPACE
    documents 1
    failed 0
    with dateline 1 (100%)
    ...
    top dateline cities
      LYON 1
    top dateline countries
      France 1
    0
    """
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        if args and args[0] in COMMANDS:
            return _batch_main(args)
        return _single_main(args)
    except KeyboardInterrupt:
        print("pressparse: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (``pressparse FILE | head``): stop quietly, as Unix tools do. Python would
        # report the pipe again when it flushes stdout at exit, so stdout is pointed at the null device.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141  # 128 + SIGPIPE, what a shell reports for a tool killed by the signal


def _single_main(argv: list[str]) -> int:
    """The single-file form: ``pressparse FILE... | -``."""
    parser = _build_parser()
    args = parser.parse_args(argv)
    docs: list[tuple[str, PressRelease]] = []
    if args.example:
        text = resources.files("pressparse._example").joinpath(EXAMPLE).read_text(encoding="utf-8")
        docs.append((EXAMPLE, parse(text)))
    if not args.files and not args.example:
        parser.print_usage(sys.stderr)
        print("pressparse: error: give FILE arguments, '-' for stdin, or --example", file=sys.stderr)
        return 2
    for path in args.files:
        try:
            docs.append((path, _read(path)))
        except OSError as exc:
            print(f"pressparse: cannot read {path}: {exc.strerror or exc}", file=sys.stderr)
            return 2
    status = 0
    for n, (name, doc) in enumerate(docs):
        if args.format == "jsonl":
            print(json.dumps({"input": name, **doc.to_dict()}, ensure_ascii=False))
        elif args.format == "json":
            print(json.dumps({"input": name, **doc.to_dict()}, ensure_ascii=False, indent=1))
        else:
            print(("\n" if n else "") + render_text(doc, name))
        if args.check:
            problems = check_all(doc)
            for problem in problems:
                print(f"pressparse: {name}: invariant violated: {problem}", file=sys.stderr)
            status = status or (1 if problems else 0)
    return status


# --- batches: pressparse parse / stats ---------------------------------------

COMMANDS = ("parse", "stats")

# Inputs a worker handles per task: ~2 ms each, so a task is tens of milliseconds.
CHUNKSIZE = 16


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        msg = f"expected a positive integer, got {text!r}"
        raise argparse.ArgumentTypeError(msg)
    return value


def _build_batch_parser() -> argparse.ArgumentParser:
    inputs = argparse.ArgumentParser(add_help=False)
    inputs.add_argument(
        "inputs",
        nargs="+",
        metavar="INPUT",
        help="a release file, a folder (searched recursively), a JSONL file (*.jsonl), or '-' for stdin",
    )
    inputs.add_argument("--glob", default="*.txt", help="which files to take from folders (default: %(default)s)")
    inputs.add_argument("--jsonl", action="store_true", help="read every input as JSONL, one release a line")
    inputs.add_argument(
        "--text-field",
        default="text",
        metavar="NAME",
        help="the JSONL field holding the release (default: %(default)s); the others are passed through",
    )
    inputs.add_argument(
        "-j",
        "--jobs",
        type=_positive_int,
        default=None,
        metavar="N",
        help=f"worker processes (default: all cores, here {default_jobs()})",
    )
    inputs.add_argument("--no-progress", action="store_true", help="no progress display on stderr")
    parser = argparse.ArgumentParser(
        prog="pressparse",
        description="Parse many press releases. The single-file form 'pressparse FILE...' is still available.",
    )
    parser.add_argument("--version", action="version", version=f"pressparse {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    parse_cmd = commands.add_parser(
        "parse",
        parents=[inputs],
        help="parse every input; write one JSON line per input",
        description="Parse every input and write one JSON line per input, in input order.",
    )
    parse_cmd.add_argument("-o", "--output", metavar="FILE", help="write the JSON lines to FILE instead of stdout")
    stats_cmd = commands.add_parser(
        "stats",
        parents=[inputs],
        help="print counts over the inputs",
        description="Parse every input and print counts: datelines, captions, noise and meta by kind, top places.",
    )
    stats_cmd.add_argument("--top", type=_positive_int, default=10, metavar="N", help="how many cities and countries")
    stats_cmd.add_argument("--format", choices=("text", "json"), default="text", help="output format")
    return parser


def _run(args: argparse.Namespace, worker: Callable[..., Outcome], emit: Callable[[Outcome], None]) -> int:
    """Map ``worker`` over the inputs in order, report failures and progress; return the failure count."""
    inputs, warnings = expand(args.inputs, args.glob)
    for warning in warnings:
        print(f"pressparse: {warning}", file=sys.stderr)
    total = None if any(is_jsonl(name, force=args.jsonl) for name in inputs) else len(inputs)
    tasks = find_tasks(inputs, jsonl=args.jsonl)
    jobs = args.jobs or default_jobs()
    display = progress(total, sys.stderr, enabled=not args.no_progress)
    failed = 0
    try:
        for outcome in map_ordered(functools.partial(worker, text_field=args.text_field), tasks, jobs, CHUNKSIZE):
            if outcome.error:
                failed += 1
                display.write(f"pressparse: {outcome.error}")
            emit(outcome)
            display.update()
    finally:
        display.close()
    return failed


def _parse_command(args: argparse.Namespace) -> int:
    try:
        out: TextIO = sys.stdout if args.output is None else open(args.output, "w", encoding="utf-8")  # noqa: PTH123, SIM115
    except OSError as exc:
        print(f"pressparse: cannot write {args.output}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    try:
        failed = _run(args, to_json_line, lambda outcome: print(outcome.value, file=out))
    finally:
        if out is not sys.stdout:
            out.close()
    return 1 if failed else 0


def _stats_command(args: argparse.Namespace) -> int:
    stats = Stats()

    def count(outcome: Outcome) -> None:
        if outcome.error:
            stats.failed += 1
        else:
            stats.add(outcome.value)

    _run(args, to_summary, count)
    if args.format == "json":
        print(json.dumps(stats.to_dict(args.top), ensure_ascii=False, indent=1))
    else:
        print(stats.render(args.top))
    return 1 if stats.failed else 0


def _batch_main(argv: list[str]) -> int:
    """The batch form: ``pressparse parse|stats INPUT...``."""
    args = _build_batch_parser().parse_args(argv)
    command = _parse_command if args.command == "parse" else _stats_command
    try:
        return command(args)
    except BrokenPipeError:
        # The reader went away (``pressparse parse DIR | head``): stop quietly, as Unix tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
