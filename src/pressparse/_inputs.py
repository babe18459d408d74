"""The inputs of a batch: files, folders, stdin and JSONL lines, and what a worker makes of each.

Input: the command line's paths. Output: a lazy stream of ``Task`` values in
input order (``find_tasks``), and the two worker functions the pool maps over
them: ``to_json_line`` (for ``pressparse parse``) and ``to_summary`` (for
``pressparse stats``).

Identity: a file's record carries ``input`` (the path as found); a JSONL
line's carries ``input`` and ``line`` (1-based) and every field of the line
but the text field, untouched. A field that would clash with an output field
makes that line an error rather than being silently overwritten.

Failures are data, as in the library (``email.headerregistry`` defects): an
input that cannot be read, is binary (a NUL byte, git's test), is not a JSON
object, or lacks its text field becomes an ``Outcome`` with an ``error``, and
the batch goes on. Files are read and decoded in the worker, so that work is
parallel too; valid UTF-8 goes to ``parse``, anything else to
``parse_bytes``, as the single-file command does.
"""

from __future__ import annotations

import codecs
import functools
import json
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, BinaryIO

import attrs

from pressparse._stats import summarize
from pressparse.api import parse, parse_bytes
from pressparse.model import PressRelease

STDIN = "-"

# Byte-order marks of UTF-16 and UTF-32, whose text is full of NUL bytes.
_WIDE_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)


class InputError(Exception):
    """An input that cannot become a release; the message says why."""


@attrs.frozen
class Task:
    """One input of a batch."""

    name: str  # the path as found, or "-" for stdin
    line: int | None = None  # 1-based line number within a JSONL input; None for a whole file
    data: bytes | None = None  # content the parent already read (stdin, a JSONL line); None: read `name`
    error: str | None = None  # a failure found before any parsing (a JSONL file that cannot be opened)


@attrs.frozen
class Outcome:
    """What a worker made of one task: a value, or the reason there is none."""

    value: Any  # parse: the JSON line (an error record on failure); stats: the Summary (None on failure)
    error: str | None = None  # "a.txt: cannot read: ..." when the input failed


def expand(paths: Sequence[str], glob: str) -> tuple[list[str], list[str]]:
    """Expand folders (recursively, files matching ``glob``, sorted); return the inputs and warnings."""
    found: list[str] = []
    warnings: list[str] = []
    for path in paths:
        if path != STDIN and Path(path).is_dir():
            # Dangling symlinks are kept, to be reported as unreadable rather than silently skipped.
            matches = sorted(str(p) for p in Path(path).rglob(glob) if p.is_file() or p.is_symlink())
            if not matches:
                warnings.append(f"no files matching {glob!r} under {path}")
            found.extend(matches)
        else:
            found.append(path)
    return found, warnings


def is_jsonl(path: str, *, force: bool) -> bool:
    """Whether ``path`` holds one release a line: forced by ``--jsonl``, or by a ``.jsonl`` suffix."""
    return force or path.lower().endswith(".jsonl")


def find_tasks(inputs: Sequence[str], *, jsonl: bool, stdin: BinaryIO | None = None) -> Iterator[Task]:
    """Yield one task per file, or per non-blank line of a JSONL input, in order."""
    for name in inputs:
        if not is_jsonl(name, force=jsonl):
            data = (stdin or sys.stdin.buffer).read() if name == STDIN else None
            yield Task(name, data=data)
            continue
        try:
            stream = (stdin or sys.stdin.buffer) if name == STDIN else Path(name).open("rb")  # noqa: SIM115
        except OSError as exc:
            yield Task(name, error=f"cannot read: {exc.strerror or exc}")
            continue
        try:
            for number, line in enumerate(stream, 1):
                if line.strip():
                    yield Task(name, line=number, data=line)
        except OSError as exc:
            yield Task(name, error=f"cannot read: {exc.strerror or exc}")
        finally:
            if name != STDIN:
                stream.close()


def decode_and_parse(data: bytes) -> PressRelease:
    """Parse a file's bytes: UTF-8 through ``parse``, anything else through ``parse_bytes``."""
    try:
        return parse(data.decode("utf-8"))
    except UnicodeDecodeError:
        return parse_bytes(data)


@functools.cache
def _reserved() -> frozenset[str]:
    """Output field names a passed-through JSONL field may not take."""
    return frozenset({"input", "line", "error", *parse("").to_dict()})


def _load(task: Task, text_field: str, head: dict[str, Any]) -> PressRelease:
    """Read and parse one task, filling ``head`` with its identity; raise ``InputError`` when it cannot be."""
    if task.error:
        raise InputError(task.error)
    if task.line is None:
        if task.data is not None:
            data = task.data
        else:
            try:
                data = Path(task.name).read_bytes()
            except OSError as exc:
                msg = f"cannot read: {exc.strerror or exc}"
                raise InputError(msg) from None
        if b"\0" in data[:8192] and not data.startswith(_WIDE_BOMS):
            msg = "not text: it contains NUL bytes (a binary file?)"
            raise InputError(msg)
        return decode_and_parse(data)
    try:
        record = json.loads(task.data or b"")
    except ValueError as exc:
        msg = f"not a JSON line: {exc}"
        raise InputError(msg) from None
    if not isinstance(record, dict):
        msg = f"not a JSON object: {type(record).__name__}"
        raise InputError(msg)
    text = record.pop(text_field, None)
    clashes = sorted(_reserved().intersection(record))
    head.update((k, v) for k, v in record.items() if k not in clashes)
    if clashes:
        msg = f"field {clashes[0]!r} clashes with an output field; rename it"
        raise InputError(msg)
    if not isinstance(text, str):
        found = "missing" if text is None else f"a {type(text).__name__}, not a string"
        msg = f"text field {text_field!r} is {found}"
        raise InputError(msg)
    return parse(text)


def _run(
    task: Task, text_field: str, finish: Callable[[dict[str, Any], PressRelease], Any]
) -> tuple[dict[str, Any], Any, str | None]:
    """Load one task and ``finish`` it; return its identity fields, the value (or None) and the error (or None)."""
    head: dict[str, Any] = {"input": task.name}
    if task.line is not None:
        head["line"] = task.line
    try:
        return head, finish(head, _load(task, text_field, head)), None
    except InputError as exc:
        error = str(exc)
    except Exception as exc:  # noqa: BLE001 - a parser bug must not end a batch of a million releases
        error = f"internal error: {type(exc).__name__}: {exc}"
    return head, None, error


def _dumps(record: dict[str, Any]) -> str:
    """One JSON line, UTF-8 as is; ASCII escapes only when the text holds lone surrogates (from JSON input)."""
    line = json.dumps(record, ensure_ascii=False)
    try:
        line.encode("utf-8")
    except UnicodeEncodeError:
        return json.dumps(record)
    return line


def _where(task: Task) -> str:
    return f"{task.name}:{task.line}" if task.line is not None else task.name


def to_json_line(task: Task, text_field: str = "text") -> Outcome:
    """Worker for ``parse``: the task's JSONL record (identity, passed-through fields, the release)."""
    head, line, error = _run(task, text_field, lambda head, doc: _dumps({**head, **doc.to_dict()}))
    if error is not None:
        return Outcome(_dumps({**head, "error": error}), f"{_where(task)}: {error}")
    return Outcome(line)


def to_summary(task: Task, text_field: str = "text") -> Outcome:
    """Worker for ``stats``: the task's ``Summary``."""
    _, summary, error = _run(task, text_field, lambda _, doc: summarize(doc))
    if error is not None:
        return Outcome(None, f"{_where(task)}: {error}")
    return Outcome(summary)
