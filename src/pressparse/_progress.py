"""Progress on stderr for long batches: tqdm when installed, else a one-line counter.

Input: the number of inputs (``None`` when unknown, as for JSONL) and the
stream. Output: a reporter with ``update``, ``write`` and ``close``.

Nothing is drawn when the stream is not a terminal (a log file, a pipe, a
test), and nothing before ``delay`` seconds have passed, so short batches stay
silent. ``write`` prints a message (an input that failed) without tearing the
bar. tqdm comes with the ``progress`` extra; the built-in counter needs
nothing.
"""

from __future__ import annotations

import time
from typing import Any, Protocol, TextIO


class Progress(Protocol):
    """What the batch commands need from a progress display."""

    def update(self) -> None:
        """Count one more input done."""

    def write(self, message: str) -> None:
        """Print a one-line message to the stream."""

    def close(self) -> None:
        """Finish the display."""


class _Silent:
    """No display: messages only."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def update(self) -> None:
        pass

    def write(self, message: str) -> None:
        print(message, file=self.stream, flush=True)

    def close(self) -> None:
        pass


class Counter:
    """A one-line counter redrawn in place: ``pressparse: 1200/10000 documents (12%), 410/s``."""

    def __init__(self, total: int | None, stream: TextIO, delay: float = 2.0) -> None:
        self.total = total
        self.stream = stream
        self.delay = delay
        self.done = 0
        self.start = time.monotonic()
        self.last: float | None = None  # when the line was last drawn; None: never
        self.shown = False  # the line is on screen now

    def _line(self, now: float) -> str:
        rate = self.done / max(now - self.start, 1e-9)
        of = f"/{self.total}" if self.total else ""
        share = f" ({100 * self.done // self.total}%)" if self.total else ""
        return f"pressparse: {self.done}{of} documents{share}, {rate:.0f}/s"

    def _draw(self, now: float, end: str = "") -> None:
        self.stream.write(f"\r{self._line(now)}\x1b[K{end}")
        self.stream.flush()
        self.last, self.shown = now, not end

    def update(self) -> None:
        self.done += 1
        now = time.monotonic()
        if now - self.start >= self.delay and (not self.shown or self.last is None or now - self.last >= 0.2):
            self._draw(now)

    def write(self, message: str) -> None:
        if self.shown:
            self.stream.write("\r\x1b[K")
            self.shown = False
        print(message, file=self.stream, flush=True)

    def close(self) -> None:
        if self.last is not None:
            self._draw(time.monotonic(), "\n")


class _Tqdm:
    """tqdm's bar, with its own delay."""

    def __init__(self, total: int | None, stream: TextIO, delay: float) -> None:
        from tqdm import tqdm  # noqa: PLC0415 - optional (the `progress` extra): imported only on a terminal

        self.tqdm = tqdm
        self.bar: Any = tqdm(total=total, file=stream, delay=delay, unit="doc", desc="pressparse", dynamic_ncols=True)
        self.stream = stream

    def update(self) -> None:
        self.bar.update(1)

    def write(self, message: str) -> None:
        self.tqdm.write(message, file=self.stream)

    def close(self) -> None:
        self.bar.close()


def progress(total: int | None, stream: TextIO, *, enabled: bool = True, delay: float = 2.0) -> Progress:
    """The best display for ``stream``: none off a terminal, else tqdm if installed, else ``Counter``."""
    if not enabled or not stream.isatty():
        return _Silent(stream)
    try:
        return _Tqdm(total, stream, delay)
    except ImportError:
        return Counter(total, stream, delay)
