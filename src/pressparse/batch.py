"""Many releases at once: ``parse_many``.

Input: any iterable of texts (a list, a generator over files, a database
cursor). Output: one ``PressRelease`` per text, in input order, lazily.

``parse`` is pure and its results pickle, so the work spreads over processes
without shared state: ``jobs=1`` parses in this process; more starts a process
pool and sends the texts in chunks (see ``pressparse._pool`` for the
strategy). The command line's ``pressparse parse`` runs on the same engine,
and ``docs/scale-out.md`` shows the same function mapped by Dask and Spark.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from pressparse._pool import check_jobs, map_ordered
from pressparse.api import parse
from pressparse.model import PressRelease

__all__ = ["parse_many"]


def parse_many(texts: Iterable[str], jobs: int | None = 1, chunksize: int = 32) -> Iterator[PressRelease]:
    """Parse many releases, in order, optionally on several cores.

    The texts are read lazily, as results are consumed, so a generator over
    a large archive is never held in memory at once. With ``jobs`` above 1
    they are parsed by a pool of worker processes, ``chunksize`` texts a task;
    on platforms that start workers by "spawn" (Windows, macOS), call it from
    under ``if __name__ == "__main__":``, as for any process pool.

    Args:
        texts: the releases as scraped, each a ``str``.
        jobs: the number of processes; 1 (the default) parses in this
            process, ``None`` uses every core.
        chunksize: how many texts a worker parses per task.

    Returns:
        An iterator of ``PressRelease``, one per text, in input order.

    Raises:
        ValueError: when ``jobs`` or ``chunksize`` is not a positive int.
        TypeError: when an item is not a ``str`` (raised at that item's turn).

    >>> docs = parse_many(["LYON, France – Police met.", "Police met."])
    >>> [doc.dateline.city if doc.dateline else None for doc in docs]
    ['LYON', None]
    """
    return map_ordered(parse, texts, check_jobs(jobs, chunksize), chunksize)
