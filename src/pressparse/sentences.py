"""Stage 7, sentences and quotes: split a paragraph, find its quotations.

Input: the source and a paragraph's span. Output: ``Sentence`` and ``Quote``
records whose spans lie inside the paragraph's span. The source is never
rewritten, so offsets stay exact.

Sentence ends: a stop (``. ! ?``) with any closing quotes or brackets after
it, followed by whitespace (or nothing: a glued stop) and then a capital, a
digit or an opening quote. A full stop after an initial (``J.``, ``U.S.``),
an abbreviation (``Mr.``, ``Calif.``, ``No.``) or inside a number does not
end a sentence; ``paragraphs.is_glued_break`` is the shared judge.

Quotes: text between curly double quotes (or straight double quotes paired
in order). The speaker is read from the attribution next to the quote:
``“…,” said Secretary General Stock.``, ``“…,” he added.``, ``Stock said:
“…”``, ``according to X``.
"""

from __future__ import annotations

import re

from pressparse._spans import normalise, strip_span
from pressparse.model import Quote, Sentence, Span
from pressparse.paragraphs import is_glued_break

_END = re.compile(r"[.!?][”’\")\]]*+")
_QUOTE_MARK = re.compile(r"[“”\"]")
_SAY = (
    r"(?:said|says|added|adds|stated|states|noted|notes|explained|explains|continued|concluded"
    r"|commented|remarked|declared|told\s++\w++)"
)
# After a closing quote: ", said Secretary General Stock." / "he added."
_AFTER = re.compile(
    rf"[ \u00a0]*+(?:{_SAY}[ \u00a0]++(?P<a>[^.,;:!?“”\"]{{1,80}}?)|(?P<b>[^.,;:!?“”\"]{{1,60}}?)[ \u00a0]++{_SAY})"
    r"[ \u00a0]*+(?:[.,;!?]|$)"
)
# Before an opening quote: "Stock said:" / "according to X,".
_BEFORE = re.compile(rf"(?P<s>[^.;!?“”\"]{{1,80}}?)[ \u00a0]++{_SAY}[ \u00a0]*+[:,]?[ \u00a0]*+$")


def split_sentences(source: str, start: int, end: int) -> tuple[Sentence, ...]:
    """Split ``source[start:end]`` into sentences with exact spans.

    >>> [s.text for s in split_sentences("He met Dr. Stock in the U.S. today. It rained.", 0, 46)]
    ['He met Dr. Stock in the U.S. today.', 'It rained.']
    """
    sentences: list[Sentence] = []
    begin = start
    for m in _END.finditer(source, start, end):
        after = m.end()
        while after < end and source[after].isspace():
            after += 1
        if after >= end:
            continue
        stop = m.start()
        if not is_glued_break(source, stop, after, start) and not (
            after > m.end() and source[stop] in "!?" and source[after].isupper()
        ):
            continue
        s, e = strip_span(source, begin, m.end())
        if s < e:
            sentences.append(Sentence(normalise(source[s:e]), Span(s, e)))
        begin = after
    s, e = strip_span(source, begin, end)
    if s < e:
        sentences.append(Sentence(normalise(source[s:e]), Span(s, e)))
    return tuple(sentences)


def _speaker(source: str, q_start: int, q_end: int, start: int, end: int) -> str | None:
    """Read the speaker from the text after the closing quote, else before the opening one."""
    m = _AFTER.match(source, q_end + 1, min(end, q_end + 120))
    if m:
        who = m.group("a") or m.group("b")
        if who and who.strip():
            return normalise(who)
    lead = source[max(start, q_start - 100) : max(start, q_start - 1)]
    m = _BEFORE.search(lead)
    if m:
        return normalise(m.group("s").split(",")[-1])
    return None


def find_quotes(source: str, start: int, end: int) -> tuple[Quote, ...]:
    """Find the quotations in ``source[start:end]`` with their speakers.

    >>> [(q.text, q.speaker) for q in find_quotes("“We agree,” said Stock.", 0, 23)]
    [('We agree,', 'Stock')]
    """
    quotes: list[Quote] = []
    open_at = -1
    straight = False

    def emit(q_start: int, q_end: int) -> None:
        s, e = strip_span(source, q_start + 1, q_end)
        if s < e:
            quotes.append(Quote(normalise(source[s:e]), _speaker(source, q_start, q_end, start, end), Span(s, e)))

    for m in _QUOTE_MARK.finditer(source, start, end):
        mark, pos = m.group(), m.start()
        if mark == "“" or (mark == '"' and open_at < 0):
            open_at, straight = pos, mark == '"'
        elif open_at >= 0 and (mark == "”") != straight:
            emit(open_at, pos)
            open_at = -1
    if open_at >= 0 and not straight:
        emit(open_at, end)  # a quote running on into the next paragraph
    return tuple(quotes)
