"""Session 29 (helper d, round 3): ``sentences.find_quotes`` skips a paragraph whose only marks are apostrophes.

Speed (issue #6): most paragraphs hold no quotation mark but the apostrophe (``the company’s``), which
alone opens no quotation; ``find_quotes`` returns at once for them. A single quotation in curly single
marks (``‘…’``, UK style and the Interpol releases) still reads as before: its opening mark is no
apostrophe.
"""

from __future__ import annotations

from pathlib import Path

from pressparse.sentences import find_quotes

_CORPUS = Path(__file__).resolve().parent / "corpus"


def _line(name: str, words: str) -> str:
    """The line of the corpus file ``name`` that holds ``words``."""
    return next(line for line in (_CORPUS / name).read_text(encoding="utf-8").splitlines() if words in line)


def test_apostrophes_alone_quote_no_one() -> None:
    # da_002: "Chicago Police Department, Cook County Sheriff’s Office, FBI, …, U.S. Attorney’s Office, …".
    text = _line("da_002.txt", "Sheriff’s Office").strip()
    assert "’" in text
    assert find_quotes(text, 0, len(text)) == ()


def test_single_curly_quotation_still_read() -> None:
    # interpol_bogota_2019: "President Duque said ‘we have made very significant progress …’."
    text = _line("interpol_bogota_2019.txt", "President Duque said ‘we").strip()
    quotes = find_quotes(text, 0, len(text))
    assert [q.text[:20] for q in quotes] == ["we have made very si"]
    assert quotes[0].speaker == "President Duque"


def test_word_in_single_marks_still_read() -> None:
    # da_020: "a pill known as a ‘blue’ or M30": a word at its edges in single marks is a quotation too.
    text = _line("da_020.txt", "known as a ‘blue’").strip()
    assert [q.text for q in find_quotes(text, 0, len(text))] == ["blue"]
