"""SPEC invariants as Hypothesis properties, one class per clause (STYLE rule 28).

Each class docstring quotes ../shared/SPEC.md. The checks themselves live in
``pressparse._invariants`` so that ``evaluate.py`` and ``pressparse --check``
use the same definitions. Examples run over arbitrary ``st.text()`` and over
``strategies.releases()`` (press-release-like text); the number of examples
comes from the profile in ``conftest.py`` (500 under CI).
"""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from pressparse import PressRelease, clean, parse
from pressparse._invariants import check_nothing_lost, check_round_trip, check_text_from_span
from tests.strategies import distinct_releases, noisy_text, releases

# Findings pinned by id (STYLE rule 29).
_PINNED = (
    "",
    "\n",
    "\r\n\r\n",
    "\u2028x",
    "1 /",
    "1 /\n3",
    "“",
    "A.B.C",
    "-\u00a0\u00a0A",
    "x\ud800y",
)


def _pin(test):  # type: ignore[no-untyped-def]
    for text in _PINNED:
        test = example(text)(test)
    return test


any_text = st.one_of(st.text(), noisy_text, releases())


class TestNothingIsLost:
    """SPEC 1: Every non-whitespace character of ``source`` lies in exactly one of:
    the dateline's span, one body block's span, one caption's span, one meta span,
    one noise span. No two of those spans overlap."""

    @_pin
    @given(any_text)
    def test_every_character_has_one_owner(self, text: str) -> None:
        """No character is lost or owned twice, on any text."""
        assert [] == check_nothing_lost(parse(text))

    @given(releases())
    def test_source_is_the_input(self, text: str) -> None:
        """The document keeps the exact input as its source."""
        assert text == parse(text).source


class TestTextComesFromItsSpan:
    """SPEC 2: A block's ``text`` is its raw slice with whitespace normalised;
    nothing else is rewritten, except the repairs that are listed in the docs."""

    @_pin
    @given(any_text)
    def test_texts_are_their_slices(self, text: str) -> None:
        """Every text is its normalised slice, plus only the named repairs."""
        assert [] == check_text_from_span(parse(text))


class TestTotalAndDeterministic:
    """SPEC 3: ``parse`` returns for every ``str``, the same result every time."""

    @_pin
    @given(any_text)
    def test_same_result_every_time(self, text: str) -> None:
        """Parsing twice gives equal documents."""
        assert parse(text) == parse(text)

    @given(st.one_of(st.binary(), st.integers(), st.none(), st.lists(st.text())))
    def test_non_str_is_a_type_error(self, value: object) -> None:
        """Anything but a str raises TypeError naming its type."""
        with pytest.raises(TypeError, match=re.escape(type(value).__name__)):
            parse(value)  # type: ignore[arg-type]


class TestRoundTrip:
    """SPEC 4: ``PressRelease.from_dict(doc.to_dict()) == doc``, and
    ``json.dumps(doc.to_dict())`` works."""

    @_pin
    @given(any_text)
    def test_dict_round_trip(self, text: str) -> None:
        """to_dict / from_dict through JSON gives the document back."""
        assert [] == check_round_trip(parse(text))

    @given(releases())
    def test_json_is_plain(self, text: str) -> None:
        """The dict is made of JSON types only."""
        data = parse(text).to_dict()
        assert data == json.loads(json.dumps(data))
        assert isinstance(PressRelease.from_dict(data), PressRelease)


class TestStableRendering:
    """SPEC 5: ``clean(clean(t)) == clean(t)``, and ``parse(doc.text)`` gives the
    same dateline and the same body block texts and kinds as ``doc``.

    Drawn from releases without repeated sentences: a line printed twice is
    template furniture (``repeated_line`` noise) once the rendering puts the
    copies on lines of their own."""

    @given(distinct_releases)
    def test_clean_is_idempotent(self, text: str) -> None:
        """Cleaning clean text changes nothing."""
        once = clean(text)
        assert once == clean(once)

    @given(distinct_releases)
    def test_reparse_gives_same_blocks(self, text: str) -> None:
        """Re-parsing the rendering gives the same dateline and body blocks."""
        doc = parse(text)
        again = parse(doc.text)
        assert [(b.kind, b.text) for b in doc.body] == [(b.kind, b.text) for b in again.body]
        assert (doc.dateline.text if doc.dateline else None) == (again.dateline.text if again.dateline else None)
