"""Tests for ``pressparse.parse_many`` and the ordered, chunked pool behind it (``pressparse._pool``).

Every parallel result is compared with plain ``parse`` in a loop: parallelism
may change how long a batch takes, never what it returns or in which order.
"""

import itertools

import pytest

from pressparse import parse, parse_many
from pressparse._pool import map_ordered

TEXTS = [f"LYON, France – Meeting {n} took place.Every officer agreed." for n in range(40)] + ["", "No dateline."]


class TestParseMany:
    def test_one_job(self):
        """With one job the results are parse's, in input order."""
        assert [parse(t) for t in TEXTS] == list(parse_many(TEXTS))

    def test_pool(self):
        """With a pool the results are still parse's, in input order, across many chunks."""
        assert [parse(t) for t in TEXTS] == list(parse_many(TEXTS, jobs=2, chunksize=3))

    def test_all_cores(self):
        """``jobs=None`` uses every core and gives the same results."""
        assert [parse(t) for t in TEXTS] == list(parse_many(TEXTS, jobs=None))

    def test_empty(self):
        """No texts, no results, no pool."""
        assert [] == list(parse_many([], jobs=2))

    def test_lazy(self):
        """Texts are read as results are consumed, not up front."""
        seen = []
        texts = (seen.append(t) or t for t in TEXTS)

        next(parse_many(texts))

        assert 1 == len(seen)

    def test_endless_input(self):
        """A never-ending input works with a pool: only a bounded window is in flight."""
        endless = itertools.repeat("LYON, France – Police met.")

        docs = list(itertools.islice(parse_many(endless, jobs=2, chunksize=2), 25))

        assert 25 * ["LYON"] == [doc.dateline.city for doc in docs]

    @pytest.mark.parametrize("jobs", [1, 2], ids=["in-process", "pool"])
    def test_bytes_item(self, jobs):
        """A non-str item raises parse's TypeError at its turn, pool or not."""
        docs = parse_many(["a", "b", b"c"], jobs=jobs, chunksize=1)

        assert ["a", "b"] == [next(docs).source, next(docs).source]
        with pytest.raises(TypeError, match="parse_bytes"):
            next(docs)

    @pytest.mark.parametrize(
        ("jobs", "chunksize"),
        [(0, 1), (-2, 1), (1.5, 1), (True, 1), ("2", 1), (1, 0)],
        ids=["no-jobs", "negative", "float", "bool", "str", "no-chunk"],
    )
    def test_bad_sizes(self, jobs, chunksize):
        """Jobs and chunk size must be positive ints; the message quotes the bad value."""
        with pytest.raises(ValueError, match=repr(jobs) if chunksize else "chunksize"):
            parse_many(TEXTS, jobs=jobs, chunksize=chunksize)


class TestMapOrdered:
    def test_order(self):
        """Results come back in input order whatever the chunking."""
        assert list(range(100, 0, -1)) == list(map_ordered(abs, range(-100, 0), jobs=2, chunksize=7))

    def test_small_batch_in_process(self):
        """A batch smaller than one chunk runs in this process: even a lambda, which cannot pickle, works."""
        assert [2, 4] == list(map_ordered(lambda n: 2 * n, [1, 2], jobs=2, chunksize=16))
