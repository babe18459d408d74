"""The benchmark script's stage table names functions that ``parse`` really calls (no timing asserted)."""

from __future__ import annotations

from pressparse import parse
from tests.benchmark import STAGES, stage_rows, stage_times

RELEASE = (
    "Police seize drugs\n\nLYON, France – Police met today.Every officer agreed.\n\n"
    "• one item\n• two items\n\n“We act,” said Roe.\n\nMedia contact: Jane Roe, press@example.org, +33 4 72 44 70 00\n"
)


def test_every_stage_is_seen_by_the_profiler() -> None:
    """Each stage row names a function ``parse`` calls: a renamed or dropped stage shows up here."""
    times = stage_times(parse, [RELEASE])
    assert [] == [name for name, (calls, _) in times.items() if calls == 0]
    assert [name for name, _, _ in STAGES] == [row[0] for row in stage_rows(times, 1)]
