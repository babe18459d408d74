"""An ordered, lazy, chunked map over a process pool: the engine of ``parse_many`` and the batch CLI.

Input: a picklable function and an iterable of picklable items. Output: the
function's results, one per item, in input order.

Strategy: with one job everything runs in this process, one item at a time.
With more, the items are cut into chunks of ``chunksize`` and each chunk goes
to a worker process as one task, so the cost of a round trip is paid once a
chunk rather than once a release. At most ``4 * jobs`` chunks are in flight:
the input is read lazily and memory stays bounded even for a never-ending
iterable (``multiprocessing.Pool.imap`` and ``Executor.map`` both read their
whole input up front). Results are yielded as soon as the oldest chunk is
done, so order costs nothing but a little waiting.

A batch that fits in one chunk never starts a pool: starting workers costs
more than parsing a handful of releases.
"""

from __future__ import annotations

import itertools
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")

# How many chunks each worker may have queued or running at once.
_CHUNKS_PER_JOB = 4


def default_jobs() -> int:
    """The number of cores this process may use (``sched_getaffinity`` where it exists)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return os.cpu_count() or 1


def _positive(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 1


def check_jobs(jobs: int | None, chunksize: int) -> int:
    """Validate ``jobs`` and ``chunksize``; return the number of jobs (``None``: all cores)."""
    if not (jobs is None or _positive(jobs)):
        msg = f"jobs must be a positive int or None, got {jobs!r}"
        raise ValueError(msg)
    if not _positive(chunksize):
        msg = f"chunksize must be a positive int, got {chunksize!r}"
        raise ValueError(msg)
    return default_jobs() if jobs is None else jobs


def _apply(func: Callable[[T], R], chunk: list[T]) -> list[R]:
    """Run ``func`` over one chunk, in a worker."""
    return [func(item) for item in chunk]


def map_ordered(func: Callable[[T], R], items: Iterable[T], jobs: int, chunksize: int) -> Iterator[R]:
    """Yield ``func(item)`` for each item, in order, using ``jobs`` processes.

    ``func`` must be a module-level function (or a ``functools.partial`` of
    one) so that workers can unpickle it; an exception it raises is raised
    here, at the item's turn.
    """
    if jobs == 1:
        yield from map(func, items)
        return
    iterator = iter(items)
    chunks = iter(lambda: list(itertools.islice(iterator, chunksize)), [])
    first = next(chunks, [])
    if len(first) < chunksize:
        yield from map(func, first)
        return
    pool = ProcessPoolExecutor(max_workers=jobs)
    try:
        pending: deque[Future[list[R]]] = deque([pool.submit(_apply, func, first)])
        for chunk in chunks:
            pending.append(pool.submit(_apply, func, chunk))
            if len(pending) >= _CHUNKS_PER_JOB * jobs:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
