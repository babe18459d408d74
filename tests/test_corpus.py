"""Whole documents against their gold files in ``tests/corpus`` and ``tests/unseen`` (ANNOTATION.md format).

Method (price-parser style): the two INTERPOL files (``interpol_*``) were the
development set the first rules were tuned on; the real releases annotated
into ``tests/corpus`` by a reader who did not look at the parser's output are
the evaluation set. Each (document, field) pair is one test. Pairs that do not
pass yet are listed in ``tests/corpus/known_failures.json`` and run as
``xfail(strict=True)``: fixing one makes it XPASS, which fails the run until
the entry is removed from that file (ftfy's ``known-failures``). The pseudo-field
``stable`` is SPEC invariant 5 on each real release (``gold.rendering_change``). New gold
files dropped into ``tests/corpus`` are picked up by name.
"""

from __future__ import annotations

import difflib
import json
from pathlib import Path
from typing import Any

import pytest

from pressparse import parse
from tests.gold import dateline_diff, load_pairs, normalised_gold, predicted, read_text, rendering_change

CORPUS = Path(__file__).parent / "corpus"
# Real releases annotated blind from the same public datasets, none of them in ``../shared/corpus/real``
# (``tests/unseen/README.md``): a second evaluation set with its own known failures.
UNSEEN = Path(__file__).parent / "unseen"
FOLDERS = (CORPUS, UNSEEN)
PAIRS = [pair for folder in FOLDERS for pair in load_pairs(folder)]
FIELDS = ("dateline", "body", "captions", "noise", "meta", "stable")
KNOWN_FAILURES: dict[str, list[str]] = {
    name: fields
    for folder in FOLDERS
    for name, fields in json.loads((folder / "known_failures.json").read_text(encoding="utf-8")).items()
}


def _diff(got: list[Any], want: list[Any]) -> str:
    lines = difflib.unified_diff([repr(x) for x in want], [repr(x) for x in got], "gold", "parsed", lineterm="")
    return "\n".join(lines)


def _params() -> list[Any]:
    params = []
    for path, gold in PAIRS:
        for field in FIELDS:
            marks = [pytest.mark.xfail(strict=True)] if field in KNOWN_FAILURES.get(path.stem, ()) else []
            params.append(pytest.param(path, gold, field, marks=marks, id=f"{path.stem}-{field}"))
    return params


def test_well_formed_case() -> None:
    """Every gold file has its text beside it and the keys ANNOTATION.md defines."""
    assert PAIRS
    for path, gold in PAIRS:
        assert path.is_file(), path
        assert {"dateline", "body", "captions"} <= set(gold), path
    assert set(KNOWN_FAILURES) <= {path.stem for path, _ in PAIRS}


@pytest.mark.parametrize(("path", "gold", "field"), _params())
def test_field_matches_gold(path: Path, gold: dict[str, Any], field: str) -> None:
    """The parsed field matches the gold (noise: the visible strings; meta: where annotated).

    ``stable`` is SPEC invariant 5 on the real release: its clean text parses back to the same dateline and body.
    """
    doc = parse(read_text(path))
    got, want = predicted(doc), normalised_gold(gold)
    if field == "stable":
        assert rendering_change(doc) is None
    elif field == "dateline":
        assert [] == dateline_diff(got["dateline"], want["dateline"])
    elif field == "meta" and "meta" not in want:
        return
    else:
        assert want[field] == got[field], _diff(got[field], want[field])
