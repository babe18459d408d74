"""Stage 7, sentences and quotes: split a paragraph, find its quotations.

Input: the source and a paragraph's span. Output: ``Sentence`` and ``Quote``
records whose spans lie inside the paragraph's span. The source is never
rewritten, so offsets stay exact; every scan is one pass with windows of
bounded size, so the work is linear in the paragraph's length.

Sentence ends: a stop (``. ! ?``) with any closing quotes or brackets after
it, followed by whitespace (or nothing: a glued stop) and then a capital, a
digit or an opening quote. A full stop after an initial (``J.``, ``U.S.``),
an abbreviation (``Mr.``, ``Calif.``, ``No.``) or inside a number does not
end a sentence; ``paragraphs.is_glued_break`` is the shared judge. ``I``
after a stop and a space opens a sentence. Text whose punctuation a scraper
stripped (``paragraphs.is_stripped``: Senate releases) ends a sentence at a
run of two or more spaces before a capitalised word; no punctuation is
restored.

Quotes: text between curly double quotes, straight double quotes paired in
order, or single curly quotes at word edges (an apostrophe has letters on
both sides). The speaker is read from the attribution next to the quote
(``_data/words.py`` lists the speech verbs): ``“…,” said Secretary General
Stock.``, ``“…,” he added.``, ``Stock said: “…”``, ``according to X``,
``“…” -Commissioner Jane Roe``, ``And from Chairwoman Roe: “…”``. A quote
left open at the paragraph's end runs on; ``propagate_speakers`` gives the
paragraphs of such a quotation the speaker named where it closes, or where
it opened (``Roe said: “It was bad.`` running on). A straight mark left open
counts only where a quotation can open; one after a digit is an inch mark.
"""

from __future__ import annotations

import re

import attrs

from pressparse._data.abbreviations import ABBREVIATIONS
from pressparse._data.words import SENTENCE_OPENERS, SPEECH_VERBS
from pressparse._spans import normalise, strip_span
from pressparse.model import Block, Paragraph, Quote, Sentence, Span
from pressparse.paragraphs import is_glued_break, is_stripped

_END = re.compile(r"[.!?][”’\")\]]*+")
# In punctuation-stripped text: a letter or digit, two or more spaces, a capitalised word. (The first
# space is consumed before the look-behind, so that the scan skips from space to space.)
_STRIPPED_GAP = re.compile(r"[ \u00a0](?<=[^\W_][ \u00a0])[ \u00a0]++(?=[A-Z][a-z])")
_QUOTE_MARK = re.compile(r"[“”\"‘’]")
# A speech verb from the table; "told" takes its object ("told reporters").
_SAY = "(?:" + "|".join(verb + (r"\s++\w++" if verb in ("told", "tells") else "") for verb in SPEECH_VERBS) + ")"
# One character of a speaker's name: anything but a clause mark, or the full stop of a title or an initial
# ("Dr. Alan Baratz", "Michael J. Weickert", "Sen. Roe").
_TITLES = "Dr|Mr|Mrs|Ms|Mx|Prof|Sen|Rep|Gov|Lt|Gen|Col|Sgt|Capt|Cmdr|Hon|Rev|Jr|Sr|St"  # their stop ends no clause
_NAME_CHAR = rf"(?:\b(?:{_TITLES}|[A-Z])\.|[^.,;:!?“”\"])"
# After a closing quote: ", said Secretary General Stock." / "he added." / "”, said Mr. Kamdar."
# When and where, after the attribution: "Roe said in a statement.", "said Roe on Monday." ("in Charge"
# belongs to a title: "Special Agent in Charge Christopher Amon").
_WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_CIRCUMSTANCE = (
    r"(?:\s++(?:in(?!\s++Charge\b)|on|at|during|after|before|via|while|when|today|yesterday|last|this|"
    rf"{_WEEKDAYS})\b"
    r"[^.,;!?“”\"]{0,60}+)?+"
)
_AFTER = re.compile(
    rf"\s*+,?\s*+(?:{_SAY}\s++(?P<a>{_NAME_CHAR}{{1,100}}?)"
    # "Roe said" / "Roe, the chief of police, said" (an apposition set off by commas)
    rf"|(?P<b>{_NAME_CHAR}{{1,60}}?)(?:,[^.;:!?“”\"]{{1,80}}?,)?\s++{_SAY})"
    rf"{_CIRCUMSTANCE}\s*+(?:[.,;!?]|$)"
)
# Before an opening quote: "Stock said:" / "according to X," / "Roe, the chair, stated that".
# (The speaker is read backwards from the verb, so the search tries only the verb at each position.)
_BEFORE = re.compile(rf"(?<=[ \u00a0]){_SAY}(?:[ \u00a0]++that)?[ \u00a0]*+[:,]?[ \u00a0]*+$")
_NO_ATTRIBUTION = frozenset('.;:!?“”"')  # what neither branch of _AFTER can open with (a comma can: "”, said X")
_CLAUSE_END = re.compile(r"[.;!?“”\"]")
# Before an opening quote, without a verb: "And from Chairwoman Roe:" / "According to Roe,".
_FROM = re.compile(r"(?:\b[Ff]rom|\b[Aa]ccording to)[ \u00a0]++(?P<s>[^.;:!?,“”\"]{1,80}?)[ \u00a0]*+[:,][ \u00a0]*+$")
# After a closing quote: a dash and the name ("” -Commissioner Jane Roe").
_DASH_NAME = re.compile(r"[ \u00a0]*+[-–—][ \u00a0]*+(?P<s>[A-Z][^.;:!?“”\"\n]{1,80}?)[ \u00a0]*+(?:[.;]|$)")
# After a closing quote: ", according to X."
_ACCORDING = re.compile(r"[ \u00a0,]*+according to[ \u00a0]++(?P<s>[^.;:!?“”\"]{1,80}?)[ \u00a0]*+(?:[.,;!?]|$)")


def split_sentences(source: str, start: int, end: int) -> tuple[Sentence, ...]:
    """Split ``source[start:end]`` into sentences with exact spans.

    >>> [s.text for s in split_sentences("He met Dr. Stock in the U.S. today. It rained.", 0, 46)]
    ['He met Dr. Stock in the U.S. today.', 'It rained.']
    """
    if is_stripped(source, start, end):
        return _split_stripped(source, start, end)
    sentences: list[Sentence] = []
    begin = start
    for m in _END.finditer(source, start, end):
        after = m.end()
        while after < end and source[after].isspace():
            after += 1
        if after >= end:
            continue
        stop = m.start()
        spaced = after > m.end()
        if not is_glued_break(source, stop, after, start) and not (
            spaced
            and (
                (source[stop] in "!?" and source[after].isupper())
                or _is_pronoun_i(source, after, end)
                or _spaced_end(source, stop, after, start, end)
            )
        ):
            continue
        _add(sentences, source, begin, m.end())
        begin = after
    _add(sentences, source, begin, end)
    return tuple(sentences)


# Words whose stop shortens them before a number ("tel. 0800", "para. 5"): the stop ends no sentence.
_BEFORE_NUMBER = frozenset(
    ("art", "arts", "para", "paras", "sec", "secs", "ch", "chap", "tel", "ext", "ref", "nr", "fax")
)
_NUMBER_STOPS = ABBREVIATIONS | _BEFORE_NUMBER
_TIMES = frozenset(("a.m", "p.m"))


def _spaced_end(source: str, stop: int, after: int, start: int, end: int) -> bool:
    """A full stop and a space that end a sentence although a glued stop there would not.

    A number opens a sentence after an ordinary lower-case word ("EC3 supported. 1 803 money mules were
    identified."), not after an abbreviation ("approx. 5", "tel. 0800"); a usual sentence opener does
    after a time ("at 10 a.m. The Chief will speak"), which an initial's stop hides.
    """
    if source[stop] != ".":
        return False
    parts = source[max(start, stop - 40) : stop].rsplit(None, 1)
    word = parts[-1].lstrip('(“‘"[') if parts else ""
    if source[after].isdigit():
        return len(word) >= 2 and word.isalpha() and word.islower() and word not in _NUMBER_STOPS
    if word.lower() in _TIMES:
        nxt = source[after : min(end, after + 16)].split(None, 1)[0]
        return nxt in SENTENCE_OPENERS
    return False


def _is_pronoun_i(source: str, at: int, end: int) -> bool:
    """True for the word ``I`` (``I am``, ``I’m``) at ``at``: a sentence start, not an initial."""
    return source[at] == "I" and (at + 1 >= end or source[at + 1] in " \u00a0’'")


def _add(sentences: list[Sentence], source: str, begin: int, end: int) -> None:
    """Append the sentence ``[begin, end)`` stripped, unless it is empty."""
    s, e = strip_span(source, begin, end)
    if s < e:
        sentences.append(Sentence(normalise(source[s:e]), Span(s, e)))


def _split_stripped(source: str, start: int, end: int) -> tuple[Sentence, ...]:
    """Split punctuation-stripped text where a run of two or more spaces meets a capitalised word.

    Senate scrapes turned ``. `` into two or three spaces; a capital after a
    single capital (``Edward M  Kennedy``) is an initial, not a sentence start.
    No punctuation is restored: the spans say where the sentences are.
    """
    sentences: list[Sentence] = []
    begin = start
    for m in _STRIPPED_GAP.finditer(source, start, end):
        before = source[m.start() - 2 : m.start()]
        if len(before) == 2 and before[0].isspace() and before[1].isupper():
            continue  # an initial: "Edward M  Kennedy"
        _add(sentences, source, begin, m.start())
        begin = m.end()
    _add(sentences, source, begin, end)
    return tuple(sentences)


def _speaker(source: str, q_start: int, q_end: int, start: int, end: int) -> str | None:
    """Read the speaker from the text after the closing quote, else before the opening one."""
    limit = min(end, q_end + 120)
    # Fast paths: after the spaces, an attribution opens with a word (not a stop or a quote mark), a dash
    # name with a dash, "according to" with an "a" after the commas too; most quotes have none of them.
    k = q_end + 1
    while k < limit and source[k] in " \u00a0":
        k += 1
    m = _AFTER.match(source, q_end + 1, limit) if k < limit and source[k] not in _NO_ATTRIBUTION else None
    if m:
        who = m.group("a") or m.group("b")
        if who and who.strip():
            return normalise(who).lstrip("[")  # "says [Howard Dvorkin, CPA](https://...)"
    m = _DASH_NAME.match(source, q_end + 1, limit) if k < limit and source[k] in "-–—" else None
    if m:
        return normalise(m.group("s"))
    while k < limit and source[k] in " \u00a0,":
        k += 1
    m = _ACCORDING.match(source, q_end + 1, limit) if k < limit and source[k] == "a" else None
    if m:
        return normalise(m.group("s"))
    return _speaker_before(source, max(start, q_start - 200), max(start, q_start))


def _speaker_before(source: str, low: int, high: int) -> str | None:
    """Read the speaker from the lead ``source[low:high]`` that ends where a quotation opens.

    ``Stock said:``, ``Roe, the chair, stated that``, ``And from Chairwoman Roe:``, ``According to Roe,``.
    """
    # Fast path (both patterns end at "$", which also matches before one final newline): _FROM needs
    # the lead to end in ":" or ","; _BEFORE needs a word character (the verb) before at most one of them.
    # The lead is read backwards in place: it is sliced only when a pattern has to run.
    k = high - 1 if high > low and source[high - 1] == "\n" else high
    while k > low and source[k - 1] in " \u00a0":
        k -= 1
    mark = k > low and source[k - 1] in ":,"
    lead = source[low:high] if mark else ""
    m = _FROM.search(lead, max(0, len(lead) - 100)) if mark else None  # its name is at most 80 characters
    if m:
        return normalise(m.group("s"))
    if mark:
        k -= 1
    while k > low and source[k - 1] in " \u00a0":
        k -= 1
    if not (k > low and (source[k - 1].isalnum() or source[k - 1] == "_")):
        return None
    lead = lead or source[low:high]
    m = _BEFORE.search(lead, max(0, len(lead) - 60))  # the verb, "that" and a colon end the lead
    if m:
        before = lead[max(0, m.start() - 160) : m.start()]
        clause = before[_clause_start(before) :]
        parts = clause.split(",")
        # "In a statement, Stock said:" -> "Stock"; "Roe, the chair of the board, said:" -> "Roe" (an
        # apposition set off by commas right before the verb belongs to the name before it).
        who = normalise(_ADVERB_END.sub("", parts[-1]))  # "Eberwein also added:" -> "Eberwein"
        if not who and len(parts) > 2:
            # the first part that names someone, not a lead-in: "At the event, Prof. Tran, MD, remarked:"
            who = next((normalise(p) for p in parts[:-1] if _is_name_part(p)), "")
        if not who and len(parts) > 1 and m.group().startswith(_PARTICIPLES):
            # "she became emotional, saying:" -> "she" (a pronoun as written; resolving it is out of scope)
            subject = parts[-2].split(None, 1)
            who = subject[0] if subject and subject[0].lower() in _PRONOUNS else ""
        return who or None
    return None


_PARTICIPLES = tuple(verb for verb in SPEECH_VERBS if verb.endswith("ing"))
_PRONOUNS = frozenset(("he", "she", "they", "we", "i"))
_ADVERB_END = re.compile(r"(?:[ \u00a0]++(?:also|further|then|later|additionally|again))++[ \u00a0]*+$")


def _is_name_part(text: str) -> bool:
    """A comma-separated part that can be a speaker: a few words, the first one capitalised, not a lead-in."""
    words = text.split()
    return 0 < len(words) <= 6 and words[0][:1].isupper() and words[0] not in SENTENCE_OPENERS


_TITLE_STOP = re.compile(rf"\b(?:{_TITLES}|Inc|Co|Corp|Ltd|[A-Z])$")


def _clause_start(text: str) -> int:
    """Where the clause that ends ``text`` starts: after the last sentence mark that ends a sentence.

    A full stop ends one only before a space and not after a title, an initial or a company suffix
    ("Dr. Roe", "Acme Inc., the maker,"); "Lotto.com" has none.
    """
    for m in reversed(list(_CLAUSE_END.finditer(text))):
        at = m.start()
        if text[at] != ".":
            return at + 1
        if at + 1 < len(text) and text[at + 1] in " \u00a0\n" and not _TITLE_STOP.search(text, 0, at):
            return at + 1
    return 0


def find_quotes(source: str, start: int, end: int) -> tuple[Quote, ...]:
    """Find the quotations in ``source[start:end]`` with their speakers.

    >>> [(q.text, q.speaker) for q in find_quotes("“We agree,” said Stock.", 0, 23)]
    [('We agree,', 'Stock')]
    """
    quotes: list[Quote] = []
    open_at = -1
    straight = False

    def emit(q_start: int, q_end: int) -> None:
        s, e = q_start + 1, q_end
        if s < e and (source[s].isspace() or source[e - 1].isspace()):
            s, e = strip_span(source, s, e)
        if s < e:
            quotes.append(Quote(normalise(source[s:e]), _speaker(source, q_start, q_end, start, end), Span(s, e)))

    single_at = -1
    for m in _QUOTE_MARK.finditer(source, start, end):
        mark, pos = m.group(), m.start()
        if mark in "‘’":
            # Single curly quotes quote only when they stand at word edges: an apostrophe has letters on both sides.
            before = source[pos - 1] if pos > start else " "
            after = source[pos + 1] if pos + 1 < end else " "
            if mark == "‘" and not before.isalnum() and after.isalnum() and open_at < 0:
                single_at = pos
            elif mark == "’" and single_at >= 0 and not after.isalnum() and open_at < 0:
                emit(single_at, pos)
                single_at = -1
            continue
        if mark == '"' and open_at < 0 and pos > start and source[pos - 1].isdigit():
            continue  # an inch mark: "a 5\" pipe"
        # A closing mark where a quotation opens is a typo for the opening one: "”This study …,” Yang said."
        if (
            mark == "“"
            or (mark == '"' and open_at < 0)
            or (mark == "”" and open_at < 0 and _opens(source, pos, start, end))
        ):
            open_at, straight = pos, mark == '"'
        elif open_at >= 0 and (mark == "”" or straight):  # scrapers mix marks: "…,” Brown said.
            emit(open_at, pos)
            open_at = -1
    if open_at >= 0 and (not straight or _opens(source, open_at, start, end)):
        emit(open_at, end)  # a quote running on into the next paragraph
    return _same_speaker(source, start, quotes)


def _opens(source: str, at: int, start: int, end: int) -> bool:
    """Whether the straight quote mark at ``at`` opens a quotation: at a word's start, a word after it.

    ``Roe said: "We act.`` opens one that runs on into the next paragraph; ``a 5" pipe`` does not.
    """
    before = source[at - 1] if at > start else " "
    return at + 1 < end and (before.isspace() or before in "([:—–-") and source[at + 1].isalnum()


# The attribution runs on into the next quote: "“…,” said Roe, adding: “We act.”"
_GOES_ON = re.compile(
    r",[ \u00a0]*+(?:and[ \u00a0]++|before[ \u00a0]++)?"
    r"(?:adding|continuing|concluding|noting|explaining|stressing|added)"
    r"(?:[ \u00a0]++that)?[ \u00a0]*+[:,]?[ \u00a0]*+$"
)


def _goes_on(source: str, prev: Quote, opening: int) -> bool:
    """Whether the attribution of ``prev`` runs on, in the same sentence, into the quote opening at ``opening``."""
    between = source[prev.span.end + 1 : opening]  # after the closing mark
    return len(between) <= 160 and _clause_start(between) == 0 and _GOES_ON.search(between) is not None


def _same_speaker(source: str, start: int, quotes: list[Quote]) -> tuple[Quote, ...]:
    """Give a quote that opens a sentence, with no attribution of its own, the speaker of the quote before it.

    AP style attributes once per paragraph: “We will not tolerate it,” said Burke. “We will fight.”
    A quote inside a sentence (a scare quote: the agency calls it a “lifeline”) keeps no speaker.
    """
    out = list(quotes)
    for k in range(1, len(out)):
        quote, prev = out[k], out[k - 1]
        if quote.speaker is not None or prev.speaker is None:
            continue
        opening = quote.span.start - 1  # the opening mark
        before = source[max(start, opening - 3) : opening].rstrip()  # a line break too: one paragraph over lines
        if opening <= start or not before or before[-1] in '.!?”’")' or _goes_on(source, prev, opening):
            out[k] = attrs.evolve(quote, speaker=prev.speaker)
    return tuple(out)


def propagate_speakers(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """Give every paragraph of a multi-paragraph quotation the speaker named at its end.

    A quotation that runs over several paragraphs opens each one with “ and
    closes only in the last, where the attribution stands. A paragraph whose
    last quote runs unclosed to its end, followed by a paragraph that opens
    with “, takes the speaker of that paragraph's first quote (back to front,
    so a three-paragraph quotation gets one speaker). Other blocks pass
    through unchanged.

    >>> from pressparse.model import Paragraph, Quote, Span
    >>> one = Paragraph("“We act.", Span(0, 8), (), (Quote("We act.", None, Span(1, 8)),))
    >>> two = Paragraph("“We will,” said Roe.", Span(9, 29), (), (Quote("We will,", "Roe", Span(10, 18)),))
    >>> [q.speaker for p in propagate_speakers((one, two)) for q in p.quotes]
    ['Roe', 'Roe']
    """
    out = list(blocks)
    _introduced_speakers(out)
    for i in range(len(out) - 2, -1, -1):
        para, nxt = out[i], out[i + 1]
        if not isinstance(para, Paragraph) or not isinstance(nxt, Paragraph):
            continue
        if not para.quotes or not nxt.quotes or not nxt.text.startswith(("“", '"')):
            continue
        tail, head = para.quotes[-1], nxt.quotes[0]
        if tail.speaker is None and head.speaker is not None and tail.span.end == para.span.end:
            quotes = (*para.quotes[:-1], attrs.evolve(tail, speaker=head.speaker))
            out[i] = attrs.evolve(para, quotes=quotes)
    _runs_on(out)
    return tuple(out)


def _runs_on(out: list[Block]) -> None:
    """Give the paragraphs of a quotation that runs on the speaker named where it opened.

    UK police and ministry releases name the speaker before the quotation (``Roe said: “We act.``)
    and let it run on over paragraphs, each opening with a quote mark, with no attribution after.
    """
    for i in range(len(out) - 1):
        para, nxt = out[i], out[i + 1]
        if not isinstance(para, Paragraph) or not isinstance(nxt, Paragraph) or not para.quotes or not nxt.quotes:
            continue
        tail, head = para.quotes[-1], nxt.quotes[0]
        if tail.speaker is None or tail.span.end != para.span.end or head.speaker is not None:
            continue
        if head.span.start == nxt.span.start + 1 and nxt.text.startswith(("“", '"')):
            out[i + 1] = attrs.evolve(nxt, quotes=(attrs.evolve(head, speaker=tail.speaker), *nxt.quotes[1:]))


# "Sen. Orrin G. Hatch (R-Utah) today issued the following statement after ...:" (Senate, ministries).
_ISSUED = re.compile(
    rf"(?P<s>{_NAME_CHAR}{{1,80}}?)(?:[ \u00a0]++\([^()]{{1,40}}\))?+"  # the name, a "(R-Utah)" after it
    r"(?:[ \u00a0]++(?:today|also|has|have|on[ \u00a0]++\w++))*+"
    r"[ \u00a0]++(?:issued|released|made|gave|delivered|published|shared)[ \u00a0]++"
    r"(?:the[ \u00a0]++)?following[ \u00a0]++(?:statement|remarks|comments?|message)\b"
)


def _issuer(text: str) -> str | None:
    """The speaker an introduction names as issuing a statement: "Roe (D-Vt.) today issued the following statement:".

    The subject opens the clause; a party-and-state parenthesis after it is left out.
    """
    low = max(0, len(text) - 300)
    clause = low + _clause_start(text[low:])
    m = _ISSUED.match(text, clause)
    if not m:
        return None
    who = normalise(m.group("s"))
    return who if _is_name_part(who) else None


def _introduced_speakers(out: list[Block]) -> None:
    """Give the quotation opening a paragraph the speaker that a ``... said:`` paragraph right before names.

    INTERPOL, Europol and UN releases set the attribution apart: "Valdecy Urquiza, Director of
    International Cooperation, said:" and then the quotation as a paragraph of its own. The speaker runs
    on while the quotation does (each paragraph opening with “, the previous one left open); a quote with
    an attribution of its own keeps it.
    """
    for i in range(len(out) - 1):
        intro = out[i]
        if not isinstance(intro, Paragraph) or intro.quotes or not intro.text.endswith(":"):
            continue
        who = _speaker_before(intro.text, max(0, len(intro.text) - 100), len(intro.text)) or _issuer(intro.text)
        j = i + 1
        while who is not None and j < len(out):
            para = out[j]
            if not isinstance(para, Paragraph) or not para.quotes or not para.text.startswith(("“", '"')):
                break
            head = para.quotes[0]
            if head.speaker is not None:
                break
            out[j] = attrs.evolve(para, quotes=(attrs.evolve(head, speaker=who), *para.quotes[1:]))
            if head.span.end != para.span.end:
                break  # the quotation closed in this paragraph
            j += 1
