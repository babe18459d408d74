"""The 78 real releases of ``tests/corpus/real`` (copies of ../shared/corpus/real).

What holds without annotation: no exception, SPEC invariants 1, 2 and 4 on
every file, and no dateline on the files that ``datelines.tsv`` lists as
having none (a false dateline is worse than a missed one). Field-by-field
dateline accuracy is measured by ``evaluate.py`` and ``check_real.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from pressparse import parse
from pressparse._invariants import check_all

REAL = Path(__file__).parent / "corpus" / "real"
FILES = sorted(REAL.glob("*.txt"))
with (REAL / "datelines.tsv").open(encoding="utf-8", newline="") as _f:
    GOLD = {row["file"]: row for row in csv.DictReader(_f, delimiter="\t")}
NO_DATELINE = sorted(name for name, row in GOLD.items() if row["city"].strip() == "-")


def _text(name: str) -> str:
    return (REAL / name).read_bytes().decode("utf-8")


class TestRealReleases:
    def test_corpus_is_complete(self) -> None:
        """All 78 releases and their dateline table are there."""
        assert 78 == len(FILES)
        assert {p.name for p in FILES} == set(GOLD)

    @pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
    def test_invariants_hold(self, path: Path) -> None:
        """Parsing never fails and loses nothing; texts come from their spans; the dict round-trips."""
        assert [] == check_all(parse(_text(path.name)))

    @pytest.mark.parametrize("name", NO_DATELINE)
    def test_no_false_dateline(self, name: str) -> None:
        """A release listed without a dateline gets none."""
        assert None is parse(_text(name)).dateline
