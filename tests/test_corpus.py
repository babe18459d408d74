"""Whole documents against their gold files in ``tests/corpus`` (ANNOTATION.md format).

Method: the two INTERPOL files (``DEV``) tuned the first rules; real releases
annotated later are evaluated here too. A failure prints a readable diff per
field. New gold files dropped into ``tests/corpus`` are picked up by name.
"""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest

from pressparse import parse
from tests.gold import dateline_diff, load_pairs, normalised_gold, predicted, read_text

CORPUS = Path(__file__).parent / "corpus"
PAIRS = load_pairs(CORPUS)


def _diff(name: str, got: list[object], want: list[object]) -> str:
    lines = difflib.unified_diff([repr(x) for x in want], [repr(x) for x in got], "gold", "parsed", lineterm="")
    return f"{name} differs:\n" + "\n".join(lines)


@pytest.fixture(name="case", params=PAIRS, ids=[p.stem for p, _ in PAIRS])
def _case(request: pytest.FixtureRequest) -> tuple[dict[str, object], dict[str, object]]:
    path, gold = request.param
    return predicted(parse(read_text(path))), normalised_gold(gold)


class TestCorpus:
    def test_well_formed_case(self) -> None:
        """Every gold file has a text beside it and the keys ANNOTATION.md defines."""
        assert PAIRS
        for path, gold in PAIRS:
            assert path.is_file(), path
            assert {"dateline", "body", "captions"} <= set(gold), path

    def test_dateline(self, case) -> None:
        """The dateline matches the gold field by field."""
        got, want = case
        assert [] == dateline_diff(got["dateline"], want["dateline"])

    def test_body(self, case) -> None:
        """The body blocks match the gold, kind and text, in order."""
        got, want = case
        assert want["body"] == got["body"], _diff("body", got["body"], want["body"])

    def test_captions(self, case) -> None:
        """The captions match the gold."""
        got, want = case
        assert want["captions"] == got["captions"], _diff("captions", got["captions"], want["captions"])

    def test_noise(self, case) -> None:
        """Every visible noise string of the gold is reported."""
        got, want = case
        assert want["noise"] == got["noise"], _diff("noise", got["noise"], want["noise"])

    def test_meta(self, case) -> None:
        """The meta matches the gold, where the gold annotates it."""
        got, want = case
        if "meta" not in want:
            pytest.skip("gold says nothing about meta")
        assert want["meta"] == got["meta"], _diff("meta", got["meta"], want["meta"])
