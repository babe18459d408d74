"""The ``pressparse`` command line: parse files (or stdin) and print the result.

``pressparse FILE... | -`` prints each parsed document; ``--format`` picks a
readable text view, pretty JSON or one JSON line per document;
``--example`` parses the bundled INTERPOL release; ``--check`` also verifies
the SPEC invariants on each result. Exit status: 0 on success, 1 when
``--check`` finds a violation, 2 when an input cannot be read.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from importlib import resources

from pressparse import __version__
from pressparse._invariants import check_all
from pressparse.api import parse, parse_bytes
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
    data = sys.stdin.buffer.read() if path == "-" else open(path, "rb").read()  # noqa: PTH123, SIM115
    try:
        return parse(data.decode("utf-8"))
    except UnicodeDecodeError:
        return parse_bytes(data)


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="pressparse",
        description="Parse raw press-release text into dateline, body, captions, meta and noise.",
    )
    parser.add_argument("files", nargs="*", metavar="FILE", help="release text files; '-' reads stdin")
    parser.add_argument("--format", choices=("text", "json", "jsonl"), default="text", help="output format")
    parser.add_argument("--example", action="store_true", help="parse the bundled example release")
    parser.add_argument("--check", action="store_true", help="also verify the SPEC invariants on each result")
    parser.add_argument("--version", action="version", version=f"pressparse {__version__}")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
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
