"""Robustness of ``parse``: totality, determinism, type errors and linear time (SPEC invariant 3, issue #6).

SPEC 3: "``parse`` returns for every ``str``, the same result every time, in
time linear in ``len(text)`` (no regular expression that can backtrack
catastrophically)."

Method. The time-budget tests are regression guards, not benchmarks
(``tests/benchmark.py`` measures): each adversarial input of issue #6 is
parsed at 200 KB (the slowest at 50 KB) and must finish within 10x the time
of normal text of the same size, measured in the same test run, with a floor
of one second, in CPU time of the test process, so a busy CI machine never flakes. A quadratic loop or a backtracking regex costs 100x
or more at that size, so it fails here. New adversarial inputs go in
``ADVERSARIAL``; one that is slow today is also named in ``SLOW_TODAY``
with the module at fault, which makes it a strict xfail until the fix.
"""

from __future__ import annotations

import itertools
import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

import pressparse
from pressparse import PressRelease, clean, parse
from pressparse._invariants import check_all

SIZE = 200_000
FLOOR = 1.0  # seconds: never fail faster than this
FACTOR = 10  # times the normal-text time of the same size

CORPUS = Path(__file__).resolve().parent / "corpus"


def _cycle(pattern: str, size: int = SIZE) -> str:
    return (pattern * (size // len(pattern) + 1))[:size]


def _normal(size: int = SIZE) -> str:
    """Normal text: the corpus releases one after another."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt")) + sorted(CORPUS.glob("real/*.txt"))]
    return _cycle("\n\n".join(t.rstrip() for t in texts), size)


def _elapsed(func: Callable[[], object]) -> float:
    """CPU seconds of this process: other jobs on a busy machine do not count (wall time made the floor flaky)."""
    start = time.process_time()
    func()
    return time.process_time() - start


# The inputs of issue #6, at SIZE characters.
ADVERSARIAL = {
    "dots": _cycle("."),
    "hyphens": _cycle("-"),
    "left-double-quotes": _cycle("“"),
    "nbsp": _cycle("\u00a0"),
    "newlines": _cycle("\n"),
    "capital-a": _cycle("A"),
    "spaced-dots": _cycle(". "),
    "initials": _cycle("A."),
    "spaced-hyphens": _cycle("- "),
    "open-parens": _cycle("("),
    "mixed-curly-quotes": _cycle("“‘"),
    "single-line": " ".join(_normal().split()),
    "empty-lines-crlf": _cycle("\r\n"),
    # from the regex audit (docs/robustness.md): each stresses one rule
    "one-line-then-blank-lines": "x" + "\n" * (SIZE - 1),
    "short-quotes": _cycle("“a” "),
    "quote-after-long-lead": _cycle("a " * 50 + "“x” "),
    "glued-bullets": _cycle("including:-\u00a0 \u00a0 The need "),
    # a quarter of the size: noise.find_noise spends ~10x normal text per MB on two-line counters today
    "split-counters": _cycle("1 /\n3\n", SIZE // 4),
    # was quadratic in meta (every rule re-scanned the leading noise pieces); fixed in the stage rewrite
    "share-lines-then-paragraphs": _cycle("Share\n", SIZE // 2) + _cycle("Police met.\n", SIZE // 2),
    "captions-between-paragraphs": _cycle("Police met today in Lyon.\n\n        A photo of the chiefs.\n\n"),
    "long-space-run": "Police met" + " " * (SIZE - 16) + "today.",
    "long-nbsp-run-before-said": "“We agree,”" + "\u00a0" * (SIZE - 23) + "said Stock.",
    # from the session-22 review: one hashtag line a megabyte long (noise.hashtag_line copied the line's text before
    # each tag) and a CQ page's two-space lines under a three-space opener (paragraphs._cq_line_breaks sliced the
    # indents before each line); both were quadratic, a few times slower than normal text at this size
    "hashtag-line": _cycle("Hashtag: #abc "),
    "cq-two-space-lines": "Schedule\n   Monday\n   Tuesday \n" + _cycle("  Alpine \n", SIZE - 30),
}

# Inputs of ADVERSARIAL that are slow today: name -> the module and function at fault. Each runs as a
# strict xfail, so the fix shows up as an unexpected pass and the row is deleted.
SLOW_TODAY: dict[str, str] = {}


def _adversarial_params() -> list[object]:
    marks = {name: pytest.mark.xfail(strict=True, reason=why) for name, why in SLOW_TODAY.items()}
    return [pytest.param(name, id=name, marks=marks.get(name, ())) for name in ADVERSARIAL]


@pytest.fixture(name="normal_time", scope="module")
def _normal_time() -> float:
    text = _normal()
    parse(text)
    return min(_elapsed(lambda: parse(text)) for _ in range(3))


class TestLinearTime:
    """SPEC 3: parse runs in time linear in len(text)."""

    @pytest.mark.parametrize("name", _adversarial_params())
    def test_adversarial_within_budget(self, name: str, normal_time: float) -> None:
        """An adversarial input parses within 10x the time of normal text of its size."""
        text = ADVERSARIAL[name]
        budget = max(FACTOR * normal_time * len(text) / SIZE, FLOOR)
        took = _elapsed(lambda: parse(text))
        assert took <= budget, f"{name}: {took:.2f}s for {len(text):,} chars; budget {budget:.2f}s"


# Odd strings that parse must take without raising, with the invariants holding. The odd strings
# that break an invariant today are pinned in test_fuzz_regressions.py (R-* ids).
ODD_STRINGS = {
    "empty": "",
    "one-space": " ",
    "lone-surrogates": "LYON, France – Police\ud800 met.\udfff Every\udc80 officer agreed.",
    "only-lone-surrogates": "\udfff\ud800x\udc80 \ud800",
    "c0-controls": "".join(chr(c) for c in range(32)) + "Police met.\x00\x07\x1b",
    "c1-controls": "".join(chr(c) for c in range(0x80, 0xA0)) + "Police met.",
    "separators": "Police met.\u2028They agreed.\u2029\x1c\x1d\x1e\x85\x0b\x0c Done.",
    "bidi-marks": "\u202eLYON, France – \u200fPolice met.\u202c\u2066x\u2069",
    "arabic": "القاهرة، مصر – التقى رجال الشرطة اليوم.\n\nواتفقوا على خطة.",
    "hebrew": 'ירושלים – המשטרה נפגשה היום. "אנחנו מסכימים", אמר המפקד.',
    "mixed-scripts": "東京, Japan – Полиция встретилась. “Wir sind einig,” said Ιωάννης. 北京。\n\n    写真\n\nΤέλος.",
    "combining-marks": "Z\u0351\u0361a\u0300\u0301lgo – PO\u0308LICE met.",
    "emoji-zwj": "PARIS, France – 👩\u200d👩\u200d👧 Police met. 🇫🇷🇨🇴",
    "bom-and-zwsp": "\ufeffLYON, France –\u200b Police met.\u200b Every officer agreed.",
    "tabs-and-nbsp": "\t\u00a0 LYON,\u00a0France\u00a0–\u00a0Police met.\t\t\tThey agreed.",
    "cr-only": "LYON, France – Police met.\rThey agreed.\r\r    A photo.\r\rDone.",
    "replacement-chars": "\ufffd\ufffd – \ufffd.",
    "private-use": "\ue000\U000f0000 LYON – \U0010ffff",
    "no-whitespace-5mb": _cycle("Police.met“in”Lyon–today:Every(officer)agreed;1/3,U.S.,No.1!?#", 5_000_000),
}


class TestTotal:
    """SPEC 3: parse returns a PressRelease for every str, and the invariants hold."""

    @pytest.mark.parametrize("name", ODD_STRINGS)
    def test_odd_string(self, name: str) -> None:
        """An odd string parses, and the per-document invariants hold."""
        doc = parse(ODD_STRINGS[name])
        assert isinstance(doc, PressRelease)
        assert [] == check_all(doc)

    @pytest.mark.parametrize("name", [n for n in ODD_STRINGS if n != "no-whitespace-5mb"])
    def test_clean_is_stable(self, name: str) -> None:
        """clean(clean(t)) == clean(t) on the odd strings (SPEC 5)."""
        once = clean(ODD_STRINGS[name])
        assert once == clean(once)


class TestTypeErrors:
    """Strict on type (STYLE rule 20): non-str raises TypeError naming the type."""

    @pytest.mark.parametrize(
        ("value", "type_name"),
        [(None, "NoneType"), (42, "int"), (["Police met."], "list"), (3.5, "float"), ({"text": "x"}, "dict")],
        ids=["none", "int", "list", "float", "dict"],
    )
    @pytest.mark.parametrize("func", [parse, clean], ids=["parse", "clean"])
    def test_non_str(self, func: Callable[[str], object], value: object, type_name: str) -> None:
        """A non-str value raises TypeError with its type name."""
        with pytest.raises(TypeError, match=rf"expects str, got {type_name}\b") as info:
            func(value)  # type: ignore[arg-type]
        assert "parse_bytes" not in str(info.value)

    @pytest.mark.parametrize("value", [b"Police met.", bytearray(b"Police met."), memoryview(b"x")])
    @pytest.mark.parametrize("func", [parse, clean], ids=["parse", "clean"])
    def test_bytes_point_to_parse_bytes(self, func: Callable[[str], object], value: object) -> None:
        """Bytes raise TypeError naming the type and pointing to parse_bytes."""
        with pytest.raises(TypeError, match=rf"got {type(value).__name__}; for bytes use pressparse\.parse_bytes\(\)"):
            func(value)  # type: ignore[arg-type]

    def test_str_subclass_is_accepted(self) -> None:
        """A str subclass is a str: it parses."""

        class Text(str):
            __slots__ = ()

        assert "Police met." == parse(Text("Police met.")).text


class TestDeterministic:
    """SPEC 3: the same result every time."""

    @pytest.mark.parametrize("name", ["mixed-scripts", "tabs-and-nbsp", "cr-only"])
    def test_same_result_twice(self, name: str) -> None:
        """Parsing the same string twice gives equal documents."""
        assert parse(ODD_STRINGS[name]) == parse(ODD_STRINGS[name])

    def test_corpus_same_result_twice(self) -> None:
        """Every corpus release parses to the same dict twice."""
        for path in sorted(CORPUS.glob("*.txt")) + sorted(CORPUS.glob("real/*.txt")):
            text = path.read_text(encoding="utf-8")
            assert parse(text).to_dict() == parse(text).to_dict(), path.name

    def test_same_result_across_hash_seeds(self) -> None:
        """Two processes with different hash seeds give the same JSON for the corpus (no set-order leaks)."""
        script = (
            "import json, pathlib, pressparse\n"
            f"root = pathlib.Path({str(CORPUS)!r})\n"
            "paths = sorted(root.glob('*.txt')) + sorted(root.glob('real/*.txt'))\n"
            "docs = [pressparse.parse(p.read_text(encoding='utf-8')).to_dict() for p in paths]\n"
            "print(json.dumps(docs, sort_keys=True))\n"
        )
        outputs = []
        for seed in ("1", "2"):
            env = {**os.environ, "PYTHONHASHSEED": seed}
            done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True)
            outputs.append(json.loads(done.stdout))
        assert outputs[0] == outputs[1]


def test_version_is_exported() -> None:
    """The package imports and exposes its version (a smoke check for the subprocess tests)."""
    assert pressparse.__version__


def test_every_short_string_of_marks_parses() -> None:
    """Every string of up to three tokens of quote marks, stops and words parses (SPEC 3; fuzz F1123-50: '.\\n"O')."""
    tokens = [".", '"', "“", "”", "‘", "’", ",", ":", "O", "a", " ", "\n", "said", "(", ")", "-", "?"]
    for size in range(1, 4):
        for combo in itertools.product(tokens, repeat=size):
            parse("".join(combo))
