"""The fast paths of session 23 give the answers of the code they stand in for (issue #6: speed, no change).

Method. As in ``test_speed_s18``: each fast path is compared with the plain
form it replaced, written out here, on the corpus lines and on odd strings
(every ASCII character, non-ASCII word characters, controls). The whole-parse
check (every reading identical) is the snapshot of the corpus, the unseen and
QA releases and their re-layouts, run by hand for each change.
"""

from __future__ import annotations

import re

import pytest

from pressparse import noise
from tests.test_speed_s18 import CORPUS_LINES, ODD

_PLAIN_WORD_RUN = re.compile(r"\w++")
WORDY = [
    "".join(map(chr, range(128))),
    "snake_case and CamelCase_2026",
    "\x1c\x1d\x1e\x1f a\x0bb\x0cc",
    "Zürich, ǅemal and İstanbul: naïve café",
    "١٢٣ digits ² and ½",
    "tab\tseparated\u00a0nbsp\u2028line",
    "___",
    " ,.- ",
]


def _plain_words(text: str) -> str:
    """``noise._words`` as the regex alone."""
    return " ".join(_PLAIN_WORD_RUN.findall(text))


@pytest.mark.parametrize("text", [*ODD, *WORDY])
def test_words_as_the_regex(text: str) -> None:
    assert noise._words(text) == _plain_words(text)
    assert noise._words(text.casefold()) == _plain_words(text.casefold())


def test_words_on_corpus_lines() -> None:
    for line in CORPUS_LINES:
        assert noise._words(line) == _plain_words(line), line
        assert noise._words(line.casefold()) == _plain_words(line.casefold()), line


def test_words_ascii_table_is_the_word_class() -> None:
    """The byte table keeps exactly the ASCII characters ``\\w`` matches and makes every other one a space."""
    for code in range(128):
        word = bool(_PLAIN_WORD_RUN.fullmatch(chr(code)))
        assert noise._ASCII_WORD_BYTES[code] == (code if word else ord(" ")), code
