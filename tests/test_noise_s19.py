"""Noise rules written from real releases the parser had not seen (session 19: DOJ, county prosecutors).

Positives are minimal texts of the convention; negatives beside them are the nearest texts the rule must
leave alone.
"""

from __future__ import annotations

import pytest

from pressparse import NoiseKind as K
from tests.test_noise_s18 import AFTER, STORY, _body, _case, _noise


class TestNoneGluedToTheNextWord:
    """The scraper's ``None`` stand-in after a sentence and one space, glued to the next sentence's first word."""

    def test_glued_after_one_space(self) -> None:
        """xg_doj_r01750: ``… Guadalajara, Mexico. NoneZia Zafar, 31, …``: noise, and two paragraphs."""
        text = (
            "A U.S. national was arrested yesterday on a complaint of attempted murder in Guadalajara, Mexico. "
            "NoneZia Zafar, 31, of Chino Hills, California, was charged by criminal complaint today."
        )
        assert _noise(text) == [(K.SCRAPER_ARTEFACT, "None")]
        assert [b[:9] for b in _body(text)] == ["A U.S. na", "Zia Zafar"]

    @pytest.mark.parametrize(
        "text",
        [
            pytest.param(
                "The court denied the motion. Nonetheless, the defendant appealed the ruling.", id="nonetheless"
            ),
            pytest.param(f"{STORY}\n\nThe boat NoneSuch sailed on Monday.\n\n{AFTER}\n", id="no-stop-before"),
        ],
    )
    def test_negative(self, text: str) -> None:
        """``Nonetheless`` goes on in lower case; a ``None`` glued to a capital after no stop stays."""
        assert [] == _noise(text)


CASE_NUMBERS = _case(
    "FOR IMMEDIATE RELEASE\nCase# 20CF0070, 20CF0069, 20CF0068, 20CF0067, 20CD0066\n"
    "Five defendants charged with felonies for preying on patients\n" + STORY,
    (K.BOILERPLATE, "Case# 20CF0070, 20CF0069, 20CF0068, 20CF0067, 20CD0066"),
    case_id="several-numbers-glued-mark",
)


class TestCaseNumbers:
    """A case number line: the mark glued to ``Case``, several numbers of one case (Orange County)."""

    @pytest.mark.parametrize(("text", "expected"), [CASE_NUMBERS])
    def test_dev(self, text: str, expected: list[tuple[str, str]]) -> None:
        """xg_da_orange_2: the line is furniture, as ``Case # 18CF3308`` is."""
        assert _noise(text) == expected

    def test_numbers_in_a_sentence_stay(self) -> None:
        """``The cases, Case Nos. 20CF0070, 20CF0069, were filed …``: a sentence, kept."""
        assert [] == _noise(f"{STORY}\n\nThe cases, Case Nos. 20CF0070, 20CF0069, were filed on Monday.\n\n{AFTER}\n")
