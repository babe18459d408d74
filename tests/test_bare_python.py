"""pressparse under a Python without ``pycountry``, ``us`` or ``phonenumbers``.

They are declared dependencies, but a checkout is often run as ``PYTHONPATH=src python …`` under
whatever Python is at hand (``../shared/tools/check_real.py`` says to). Without them ``parse`` used to
raise ``ModuleNotFoundError`` on every release with a dateline. Now the place tables come from a
bundled snapshot (``_data/place_tables.py``) and phone numbers from a bounded pattern, so the reading
is the same; these tests hold both to that.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from pressparse import parse
from pressparse._data import place_tables
from pressparse._data.places import library_tables
from pressparse.contacts import _pattern_phones

HERE = Path(__file__).resolve().parent
SRC = HERE.parent / "src"
# Releases with a dateline in each source's way of writing it, and a contact block (wire_034).
FILES = ("da_001", "doj_003", "senate_002", "wire_013", "wire_034")

_BARE = """
import json, sys
for name in ("pycountry", "us", "phonenumbers"):
    sys.modules[name] = None  # "import pycountry" now raises ImportError
import pressparse
out = {}
for path in sys.argv[1:]:
    d = pressparse.parse(open(path, encoding="utf-8", newline="").read())
    out[path] = [d.dateline and d.dateline.text, [[b.kind, b.text] for b in d.body],
                 [[str(m.kind), m.text] for m in d.meta], [c.phone for c in d.contacts]]
print(json.dumps(out))
"""


def _reading(path: Path) -> list[object]:
    d = parse(path.read_text(encoding="utf-8"))
    return [
        d.dateline and d.dateline.text,
        [[b.kind, b.text] for b in d.body],
        [[str(m.kind), m.text] for m in d.meta],
        [c.phone for c in d.contacts],
    ]


def test_snapshot_matches_the_installed_packages() -> None:
    """``place_tables.py`` holds what pycountry and us give (rerun tests/update_place_tables.py if not)."""
    for name, keys in library_tables().items():
        assert frozenset(str(getattr(place_tables, name)).split()) == keys, name


def test_parse_without_the_table_and_phone_packages_reads_the_same() -> None:
    paths = [HERE / "corpus" / f"{name}.txt" for name in FILES]
    result = subprocess.run(
        [sys.executable, "-c", _BARE, *map(str, paths)],
        capture_output=True,
        text=True,
        check=False,
        env={"PYTHONPATH": str(SRC), "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 0, result.stderr
    bare = json.loads(result.stdout)
    for path in paths:
        assert bare[str(path)] == json.loads(json.dumps(_reading(path))), path.name


@pytest.mark.parametrize(
    ("text", "phones"),
    [
        ("Media contact: Jane Roe, 202/224-9854; press@acme.com", ["202/224-9854"]),
        ("Kalle Ahl (303) 953-9878kahl@theequitygroup.com", ["(303) 953-9878"]),
        ("Office: +852 2341 6177 / 6206", ["+852 2341 6177"]),
        ("Tel. 0207 946 0018", ["0207 946 0018"]),
    ],
)
def test_pattern_phones_finds_printed_numbers(text: str, phones: list[str]) -> None:
    assert [text[a:b] for a, b in _pattern_phones(text)] == phones


@pytest.mark.parametrize(
    "text",
    [
        "Released 11/23/2026 at noon.",  # a date has a phone's digits
        "Updated 2025-03-14 and 03.14.2025.",  # so do ISO and dotted dates
        "100 Main St, Washington, DC 20510-1234",  # and a ZIP+4 code
        "Case No. 2024-CR-12345678 was filed.",  # and a case number's tail
        "The fund holds 2024 and 2025 reports.",  # years
        "Case No. 123456 was filed.",  # six digits
    ],
)
def test_pattern_phones_skips_dates_years_and_short_numbers(text: str) -> None:
    assert _pattern_phones(text) == []


def test_pattern_phones_reads_only_the_head_of_a_long_digit_run() -> None:
    """Bounded repeats, and only the first ``_MAX_BLOCK`` characters: 100,000 characters read at once."""
    spans = _pattern_phones("1 " * 50_000)
    assert spans[0] == (0, 29)  # fifteen digits at most
    assert all(b <= 2000 for _, b in spans)


_BARE_BYTES = """
import sys, warnings
for name in ("ftfy", "charset_normalizer"):
    sys.modules[name] = None
import pressparse
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    doc = pressparse.parse_bytes("PARIS – CafÃ© opens.".encode("utf-8"))
print(doc.source)
print(doc.repairs)
print(caught[0].category.__name__, "ftfy" in str(caught[0].message), caught[0].filename)
"""


def test_parse_bytes_without_ftfy_warns_and_leaves_mojibake() -> None:
    """``parse_bytes`` still returns; the repair it could not make is named in a ``RuntimeWarning``.

    The warning names the caller's line (here ``<string>``), not a line inside pressparse.
    """
    result = subprocess.run(
        [sys.executable, "-c", _BARE_BYTES],
        capture_output=True,
        text=True,
        check=False,
        env={"PYTHONPATH": str(SRC), "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["PARIS – CafÃ© opens.", "('decode_utf8',)", "RuntimeWarning True <string>"]
