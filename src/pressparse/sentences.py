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
after a stop and a space opens a sentence; so does a usual opener after an
initialism or a state (``in Washington, D.C. The``, ``Calif. The``), and an
initial or a code after an ordinary word (``5 years. U.S. District Judge``,
``came out. K9 Diesel``); a title before a name ends none (``Hon. Jane Roe``).
Text whose punctuation a scraper stripped (``paragraphs.is_stripped``:
Senate releases) ends a sentence at a run of two or more spaces before a
capitalised word, and at any stop it kept; no punctuation is restored.

Quotes: text between curly double quotes, straight double quotes paired in
order, or single curly quotes at word edges (an apostrophe has letters on
both sides). The speaker is read from the attribution next to the quote
(``_data/words.py`` lists the speech verbs): ``“…,” said Secretary General
Stock.``, ``“…,” he added.``, ``Stock said: “…”``, ``according to X``,
``“…” -Commissioner Jane Roe``, ``And from Chairwoman Roe: “…”``. A quote
with no attribution of its own that opens a sentence takes the speaker the
sentence before names (``“…,” Roe said. “…”``, ``Roe said the man was armed.
“…”``, ``…, said Roe. “…”`` where a scraper lost the first marks). ``_tidy``
leaves out what the patterns take in around a name (``(R-Texas)``, ``while``,
a lead-in set off by no comma). A quote left open at the paragraph's end
runs on; ``propagate_speakers`` gives the paragraphs of such a quotation the
speaker named where it closes, or where it opened (``Roe said: “It was
bad.`` running on), and a quotation opening a paragraph the speaker of a
paraphrase ending the paragraph before. A straight mark left open counts
only where a quotation can open; one after a digit is an inch mark.
"""

from __future__ import annotations

import re

import attrs

from pressparse._data.abbreviations import ABBREVIATIONS
from pressparse._data.words import NAME_PARTICLES, SENTENCE_OPENERS, SPEECH_VERBS
from pressparse._spans import normalise, strip_span
from pressparse.model import Block, Paragraph, Quote, Sentence, Span
from pressparse.paragraphs import is_glued_break, is_stripped

_END = re.compile(r"[.!?][”’\")\]]*+")
# In punctuation-stripped text: a letter or digit, two or more spaces, a capitalised word. (The first
# space is consumed before the look-behind, so that the scan skips from space to space.)
_STRIPPED_GAP = re.compile(r"[ \u00a0](?<=[^\W_][ \u00a0])[ \u00a0]++(?=[A-Z][a-z])")
_QUOTE_MARK = re.compile(r"[“”\"‘’«»„]")
# Every mark but the closing single one, which alone (an apostrophe: "the company’s") opens no quotation.
_OPENING_MARK = re.compile(r"[“”\"‘«»„]")
# Guillemets (French, Spanish: « … », «…») and the German low mark („…“) pair like “ ”.
_OPENING = frozenset("“«„")
# A speech verb from the table; "told" takes its object ("told reporters", "told the court", "told the
# victim’s family").
_OBJECT = r"\s++(?:(?:the|a|an|his|her|their|its|our)\s++)?+[\w-]++(?:[’']s\s++[a-z][\w-]*+)?+"
# Verbs of speech that releases use beyond the shared table (``_data/words.py``): "“Call 911,” Roe urged.",
# "Roe testified that", "“We act,” Roe posted on X." (court, police and wire releases).
_MORE_SPEECH_VERBS = (
    "replied responded testified urged cautioned vowed promised admitted conceded recounted tweeted posted "
    "shouted exclaimed"
)
# French and German attributions after guillemets and low marks: "», a déclaré Jeanne Roy", "“, sagte Anna Berger".
_FOREIGN_SPEECH_VERBS = (
    "a déclaré", "a dit", "a affirmé", "a ajouté", "a souligné", "a expliqué", "a indiqué", "déclare", "affirme",
    "souligne", "précise", "explique", "sagte", "erklärte", "betonte",
)  # fmt: skip
_VERBS_OF_SPEECH = (*SPEECH_VERBS, *_MORE_SPEECH_VERBS.split(), *_FOREIGN_SPEECH_VERBS)
_SAY = "(?:" + "|".join(verb + (_OBJECT if verb in ("told", "tells") else "") for verb in _VERBS_OF_SPEECH) + ")"
# One character of a speaker's name: anything but a clause mark, or the full stop of a title or an initial
# ("Dr. Alan Baratz", "Michael J. Weickert", "Sen. Roe").
# Their stop ends no clause: "Det. Sgt. Roe said:", "Assoc. Prof. Binh", "Rt. Hon. Jane Roe".
_TITLES = (
    "Dr|Mr|Mrs|Ms|Mx|Messrs|Mme|Prof|Assoc|Sen|Rep|Gov|Pres|Amb|Hon|Rt|Rev|Fr|Cllr|Atty|Asst|Dep|"
    "Lt|Gen|Col|Maj|Capt|Cmdr|Adm|Brig|Sgt|Cpl|Pvt|Det|Insp|Supt|Const|Ofc|Jr|Sr|St"
)
# A markdown link's target inside a name is skipped whole: "[Dvorkin](https://www.debt.com/?pid=1) added".
_NAME_CHAR = rf"(?:\b(?:{_TITLES}|Inc|Corp|Co|Ltd|[A-Z])\.|\]\([^()\s]{{1,300}}+\)|\([^()]{{1,40}}+\)|[^.,;:!?“”\"])"
_LINK_TARGET = re.compile(r"\]\([^()\s]{1,300}+\)")
# After a closing quote: ", said Secretary General Stock." / "he added." / "”, said Mr. Kamdar."
# When and where, after the attribution: "Roe said in a statement.", "said Roe on Monday." ("in Charge"
# belongs to a title: "Special Agent in Charge Christopher Amon").
_WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_WHEN = rf"in(?!\s++Charge\b)|on|at|during|after|before|via|while|when|today|yesterday|last|this|{_WEEKDAYS}"
_CIRCUMSTANCE = rf"(?:\s++(?:{_WHEN})\b[^.,;!?“”\"]{{0,60}}+)?+"
# After a verb that follows its speaker, "of", "for", "about" ... open a circumstance too ("Roe said of the
# verdict."); after "said" they may belong to the speaker's title ("said Secretary of State Roe").
_CIRCUMSTANCE_AFTER_VERB = (
    rf"(?:\s++(?:{_WHEN}|of|about|for|to|from|outside|following|ahead|as|through|with|by)\b[^.,;!?“”\"]{{0,60}}+)?+"
)
_AFTER = re.compile(
    rf"\s*+,?\s*+(?:{_SAY}\s++(?P<a>{_NAME_CHAR}{{1,100}}?){_CIRCUMSTANCE}"
    # "Roe said" / "Roe, the chief of police, said" (an apposition set off by commas)
    rf"|(?P<b>{_NAME_CHAR}{{1,60}}?)(?:,[^.;:!?“”\"]{{1,80}}?,)?\s++{_SAY}{_CIRCUMSTANCE_AFTER_VERB})"
    r"\s*+(?:[.,;!?]|$)"
)
# Before an opening quote: "Stock said:" / "according to X," / "Roe, the chair, stated that".
# (The speaker is read backwards from the verb, so the search tries only the verb at each position.)
_BEFORE = re.compile(
    rf"(?<=\s){_SAY}"  # a line break before the verb too: PDF text wraps "Jane Roe\nsaid:"
    # "said in court:", "said in a statement that" (when and where between the verb and the quotation)
    r"(?:\s++(?:in|at|on|during|outside|after|before|following|via|to)\b[^.,;:!?“”\"]{0,40}?)?"
    r"(?:\s++that)?[ \u00a0]*+[:,]?[ \u00a0]*+$"
)
_NO_ATTRIBUTION = frozenset('.;:!?“”"‘’')  # what neither branch of _AFTER can open with (a comma can: "”, said X")
_CLAUSE_END = re.compile(r"[.;!?“”\"]")
# Before an opening quote, without a verb: "And from Chairwoman Roe:" / "According to Roe,".
_FROM = re.compile(
    r"(?:\b[Ff]rom|\b[Aa]ccording to|\b[Ii]n the words of)"
    rf"[ \u00a0]++(?P<s>{_NAME_CHAR}{{1,80}}?)[ \u00a0]*+[:,][ \u00a0]*+$"
)
# After a closing quote: a dash and the name ("” -Commissioner Jane Roe").
_DASH_NAME = re.compile(r"\s*+[-–—][ \u00a0]*+(?P<s>[A-Z][^.;:!?“”\"\n]{1,80}?)[ \u00a0]*+(?:[.;]|$)")
# After a closing quote: ", according to X."
_ACCORDING = re.compile(rf"[ \u00a0,]*+according to[ \u00a0]++(?P<s>{_NAME_CHAR}{{1,80}}?)[ \u00a0]*+(?:[.,;!?]|$)")


def split_sentences(source: str, start: int, end: int) -> tuple[Sentence, ...]:
    """Split ``source[start:end]`` into sentences with exact spans.

    >>> [s.text for s in split_sentences("He met Dr. Stock in the U.S. today. It rained.", 0, 46)]
    ['He met Dr. Stock in the U.S. today.', 'It rained.']
    """
    if is_stripped(source, start, end):
        # Runs of spaces end its sentences; a stop the scraper left ends one too ("for tribes. The
        # department": a long DOJ paragraph with two stops reads as stripped).
        return tuple(
            sentence
            for piece in _split_stripped(source, start, end)
            for sentence in _split_punctuated(source, piece.span.start, piece.span.end)
        )
    return _split_punctuated(source, start, end)


def _split_punctuated(source: str, start: int, end: int) -> tuple[Sentence, ...]:
    """Split ``source[start:end]`` at its sentence stops (see ``split_sentences``)."""
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
        if source[stop] == "." and _is_title_stop(source, stop, after, start):
            continue
        if m.end() - stop > 1 and source[m.end() - 1] in '”’"' and _attributes(source, m.end(), end):
            continue  # "“Stop!” Roe shouted." is one sentence: the quote and its attribution
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


# Titles before a name whose stop ends no sentence, beyond the shared abbreviation table ("Hon. Jane Roe",
# "Assoc. Prof. Binh", "Rt. Hon.", "Cllr. Roe", "Rev. Roe", "Const. Roe").
_NAME_TITLES = frozenset(("hon", "assoc", "rt", "rev", "cllr", "const", "amb", "msgr", "fr", "dep", "pres"))
_INITIALISM = re.compile(r"(?:[A-Za-z]\.)++[A-Za-z]")  # "U.S", "D.C", "E.U" (the final stop excluded)


def _attributes(source: str, at: int, end: int) -> bool:
    """Whether an attribution that ends its sentence follows the closing quote at ``at`` (``Roe asked.``)."""
    k = at
    while k < end and source[k] in " \u00a0":
        k += 1
    if k >= end or not source[k].isupper():
        return False
    m = _AFTER.match(source, at, min(end, at + 120))
    return m is not None and (m.end() >= end or source[m.end() - 1] in ".!?")


def _is_title_stop(source: str, stop: int, after: int, start: int) -> bool:
    """Whether the full stop at ``stop`` ends a title that the capitalised word at ``after`` follows."""
    parts = source[max(start, stop - 12) : stop].rsplit(None, 1)
    word = parts[-1].lstrip('(“‘"[') if parts else ""
    return word[:1].isupper() and word.lower() in _NAME_TITLES and source[after : after + 1].isupper()


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
    if word.lower() in _TIMES or _INITIALISM.fullmatch(word):
        # "at 10 a.m. The Chief", "in Washington, D.C. The plant", "arrested in the U.S. He was"
        nxt = source[after : min(end, after + 16)].split(None, 1)[0]
        return nxt in SENTENCE_OPENERS and after + len(nxt) < end
    if word.lower() in _STATES and word[:1].isupper():
        # a state ends its sentence before a usual opener: "in Agua Caliente, Calif. The conference"
        nxt = source[after : min(end, after + 16)].split(None, 1)[0]
        return nxt in SENTENCE_OPENERS and after + len(nxt) < end
    if source[after].isupper() and (source[after + 1 : after + 2] == "." or source[after + 1 : after + 2].isdigit()):
        # an ordinary word or a number ends its sentence before an initial or a code: "5 years. U.S.
        # District Judge", "18 U.S.C. § 1343. U.S. District Judge", "to come out. K9 Diesel was deployed."
        ordinary = len(word) >= 2 and word.isalpha() and word.islower() and word not in _NUMBER_STOPS
        return ordinary or word.isdigit()
    return False


# US state abbreviations (AP style) that end a dateline-like place in a sentence ("Fresno, Calif.").
_STATE_TABLE = """
ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo mont neb nebr
nev okla ore pa penn tenn tex va vt wash wis wisc wyo
"""
_STATES = frozenset(_STATE_TABLE.split())


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
    limit = min(end, q_end + (420 if source.startswith(" [", q_end + 1) else 120))  # a markdown link is long
    # Fast paths: after the spaces, an attribution opens with a word (not a stop or a quote mark), a dash
    # name with a dash, "according to" with an "a" after the commas too; most quotes have none of them.
    k = q_end + 1
    while k < limit and source[k] in " \u00a0":
        k += 1
    m = _AFTER.match(source, q_end + 1, limit) if k < limit and source[k] not in _NO_ATTRIBUTION else None
    if m:
        who = m.group("a") or m.group("b")
        if who and who.strip() and who.split()[0] not in _NO_SPEAKER_OPENERS:
            return _tidy(normalise(who))  # "says [Howard Dvorkin, CPA](https://...)"
    while k < limit and source[k].isspace():  # a dash name may stand on a line of its own
        k += 1
    m = _DASH_NAME.match(source, q_end + 1, limit) if k < limit and source[k] in "-–—" else None
    if m:
        return _tidy(normalise(m.group("s")))
    while k < limit and source[k] in " \u00a0,":
        k += 1
    m = _ACCORDING.match(source, q_end + 1, limit) if k < limit and source[k] == "a" else None
    if m:
        return _tidy(normalise(m.group("s")))
    low = max(start, q_start - 200)
    who = _speaker_before(source, low, max(start, q_start)) or _introducer(source, low, q_start, q_end)
    return _tidy(who) if who else None


# A clause that introduces a quotation with a colon but no speech verb names it as speech with one of these
# words: "Kati expanded upon her excitement about the website:", "Roe summarized it in his recent quote:".
_INTRO = re.compile(
    r"\b(?:summari[sz]ed|summed|expanded|elaborated|echoed|reflected|spoke|quote|statement|words|remarks|"
    r"comments|thoughts|message|put it)\b"
)


def _introducer(source: str, low: int, q_start: int, q_end: int) -> str | None:
    """The subject of a clause that introduces a quoted sentence with a colon and a word of speech.

    The subject is a name (``Kati``, ``Robby Jundt``: capitalised words up to the verb or a comma); the
    quotation is a sentence (a capital and four words or more), not a title or a term (``Operation Pangea
    targeted: “illegal pharmacies”``); a clause with no word of speech (``Police found a note which read:``)
    names no one.
    """
    k = q_start
    while k > low and source[k - 1].isspace():
        k -= 1
    if k <= low or source[k - 1] != ":" or not source[q_start + 1 : q_start + 2].isupper():
        return None  # the fast path: no colon before the quotation
    lead = source[low:k]
    if source.count(" ", q_start, min(q_end, q_start + 80)) < 3:
        return None
    body = lead[:-1]
    clause = body[_clause_start(body) :].split()
    if not clause or not _INTRO.search(" ".join(clause)):
        return None
    if clause[0].lower() in _CONJUNCTIONS:
        clause = clause[1:]  # "As Commissioner Roe put it:"
    words: list[str] = []
    for word in clause:
        if not (word[:1].isupper() or word in NAME_PARTICLES):
            break
        words.append(word.rstrip(","))
        if word.endswith(","):
            break
    name = " ".join(words)
    return name if 0 < len(words) < len(clause) and _looks_like_name(name) else None


# Words that open a clause before its subject ("while Roe said"), and prepositions that open a lead-in
# set off by no comma ("During closing arguments today Assistant District Attorney Justin Lord told jurors,").
_CONJUNCTION_TABLE = (
    "and but while whereas as although though because so yet when then once since until if before after"
)
_CONJUNCTIONS = frozenset(_CONJUNCTION_TABLE.split())
_LEAD_IN_TABLE = "During At In On After Before Following Outside Inside Upon Throughout Speaking Earlier Later"
_LEAD_INS = frozenset(_LEAD_IN_TABLE.split())
_NOT_LOWER = frozenset((*_WEEKDAYS.split("|"), "I"))
_PARTY = re.compile(r"[ \u00a0]*+\([^()]{1,40}\)$")  # "Sen. Roe (R-Texas)", "Jane Roe (D-Md.)"


def _tidy(who: str) -> str | None:
    """The speaker without what the attribution patterns take in around the name.

    A party-and-state parenthesis after it (``Sen. Roe (R-Texas)`` -> ``Sen. Roe``), a conjunction before
    it (``while Roe``), a Spanish article before a title (``la Fiscal Ibarra``) and a lead-in set off by
    no comma (``During closing arguments today Judge Roe`` -> ``Judge Roe``: the words after the last
    lower-case one) are left out.
    """
    who = _PARTY.sub("", _LINK_TARGET.sub("", who).replace("[", "").replace("]", ""))
    words = who.split()
    while words and words[0] in _CONJUNCTIONS:
        words = words[1:]  # "while Roe"; "before" alone is no one ("Roe said, before adding:")
    if len(words) > 1 and words[0] in ("la", "el", "los", "las") and words[1][:1].isupper():
        words = words[1:]  # Spanish: "dijo la Fiscal de Distrito Ibarra" -> "Fiscal de Distrito Ibarra"
    if len(words) > 2 and words[0] in _LEAD_INS:
        last = max(
            (i for i, w in enumerate(words) if (w[:1].islower() or w[:1].isdigit()) and w not in _NOT_LOWER),
            default=-1,
        )
        if 0 < last < len(words) - 1:
            words = words[last + 1 :]
    return " ".join(words) or None


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
    if m and not _SPEECH_WORDS.intersection(m.group("s").split()):  # "Roe from the Association said,"
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
        if who and len(parts) > 1 and _is_title(who) and _looks_like_name(parts[-2]):
            # an apposition whose closing comma is missing: "Prof. Eric Yim, Chairman of HKDC said,"
            who = normalise(parts[-2])
        if not who and len(parts) > 2:
            # the first part that names someone, not a lead-in ("At the event, Prof. Tran, MD, remarked:")
            # nor an organisation's title ("Europol’s Executive Director, Catherine De Bolle, said:")
            who = next((normalise(p) for p in parts[:-1] if _is_name_part(p) and not _is_title(p)), "")
        if not who and len(parts) > 1 and m.group().startswith(_PARTICIPLES):
            # "she became emotional, saying:" -> "she" (a pronoun as written; resolving it is out of scope)
            subject = parts[-2].split(None, 1)
            who = subject[0] if subject and subject[0].lower() in _PRONOUNS else ""
        if who and _SPEECH_WORDS.intersection(who.split()):
            return None  # reported speech inside reported speech: "Roe said the victim told police:"
        if who.endswith(" and"):
            who = _subject_of(who)  # "Flores looked at the victim and said," -> "Flores"
        return who or None
    return None


_SPEECH_WORDS = frozenset(_VERBS_OF_SPEECH)
# A speech verb followed by one of these is no attribution: "“passing the buck” continues to get worse".
_NO_SPEAKER_OPENERS = frozenset(("to", "that", "up", "in", "on", "for", "with", "by", "about", "into", "as", "out"))


def _subject_of(clause: str) -> str:
    """The name that opens a clause whose speech verb is the second of two: ``Roe turned to him and`` -> ``Roe``.

    Only capitalised words at the clause's start count, and they must look like a name; else no one.
    """
    words = clause.split()
    run = []
    for word in words:
        if not (word[:1].isupper() or word in NAME_PARTICLES):
            break
        run.append(word)
    name = " ".join(run)
    return name if run and len(run) < len(words) and _looks_like_name(name) else ""


_PARTICIPLES = tuple(verb for verb in SPEECH_VERBS if verb.endswith("ing"))
_PRONOUNS = frozenset(("he", "she", "they", "we", "i"))
_ADVERB_END = re.compile(r"(?:[ \u00a0]++(?:also|further|then|later|additionally|again))++[ \u00a0]*+$")


_DETERMINERS = frozenset(("the", "a", "an", "its", "our", "their", "his", "her"))


def _is_title(text: str) -> bool:
    """A part that is a title, not a name.

    ``the company’s president``, ``Europol’s Executive Director``, ``Chairman of HKDC`` (a title of an
    organisation, with no name after it).
    """
    words = text.split()
    if not words:
        return False
    first = words[0]
    if first in _DETERMINERS or first.endswith(("’s", "'s")):
        return True
    return len(words) > 2 and words[0][:1].isupper() and any(w in ("of", "at") for w in words[1:-1])


def _looks_like_name(text: str) -> bool:
    """A part that is a person's name.

    Up to six capitalised words (``Prof. Eric Yim``, ``Jane de la Roe``), not a lead-in (``In a
    statement``, ``Speaking in Lyon``) nor a possessive.
    """
    words = text.split()
    return (
        0 < len(words) <= 6
        and words[0] not in SENTENCE_OPENERS
        and words[0] not in _LEAD_INS
        and all((w[:1].isupper() or w in NAME_PARTICLES) and not w.endswith(("’s", "'s")) for w in words)
    )


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
    if _OPENING_MARK.search(source, start, end) is None:
        return ()  # the fast path: no mark but the apostrophe (most paragraphs), so no quotation
    quotes: list[Quote] = []
    open_at = -1
    straight = False

    def emit(q_start: int, q_end: int) -> None:
        s, e = q_start + 1, q_end
        if s < e and (source[s].isspace() or source[e - 1].isspace()):
            s, e = strip_span(source, s, e)
        if s < e and not _defined_term(source, q_start, q_end, start, end):
            quotes.append(Quote(normalise(source[s:e]), _speaker(source, q_start, q_end, start, end), Span(s, e)))

    single_at = -1
    for m in _QUOTE_MARK.finditer(source, start, end):
        mark, pos = m.group(), m.start()
        if mark in "‘’":
            # Single curly quotes quote only when they stand at word edges: an apostrophe has letters on both sides.
            before = source[pos - 1] if pos > start else " "
            after = source[pos + 1] if pos + 1 < end else " "
            if (
                mark == "‘"
                and not before.isalnum()
                and after.isalnum()
                and open_at < 0
                and not _YEAR.match(source, pos)
            ):
                single_at = pos
            elif mark == "’" and single_at >= 0 and not after.isalnum() and open_at < 0:
                emit(single_at, pos)
                single_at = -1
            continue
        if mark == '"' and open_at < 0 and pos > start and source[pos - 1].isdigit():
            continue  # an inch mark: "a 5\" pipe"
        # A closing mark where a quotation opens is a typo for the opening one: "”This study …,” Yang said."
        if open_at >= 0 and mark == "“" and source[open_at] == "„":
            emit(open_at, pos)  # the German low mark closes with a high one: „…“
            open_at = -1
        elif (
            mark in _OPENING
            or (mark == '"' and open_at < 0)
            or (mark == "”" and open_at < 0 and _opens(source, pos, start, end))
        ):
            open_at, straight = pos, mark == '"'
        elif open_at >= 0 and (mark in "”»" or straight):  # scrapers mix marks: "…,” Brown said.
            emit(open_at, pos)
            open_at = -1
    if open_at >= 0 and (not straight or _opens(source, open_at, start, end)):
        emit(open_at, end)  # a quote running on into the next paragraph
    elif open_at < 0 and single_at >= 0 and _opens_run_on(source, single_at, start):
        emit(single_at, end)  # UK style: "Roe said: ‘We act." running on into the next paragraph
    return _same_speaker(source, start, quotes)


def _defined_term(source: str, q_start: int, q_end: int, start: int, end: int) -> bool:
    """Whether the marks at ``q_start`` and ``q_end`` set off a term a parenthesis defines, not a quotation.

    Financial and legal releases name their parties in parentheses: ``Halvorsen Bancorp, Inc. (“Halvorsen”
    or the “Company”)``, ``(the "Offering")``. The words are few, hold no sentence mark, and the parenthesis
    opens shortly before them and closes shortly after, with no other parenthesis between.
    """
    words = source[q_start + 1 : q_end]
    if len(words) > 60 or len(words.split()) > 5 or any(ch in words for ch in ".,!?;:"):
        return False
    before = source[max(start, q_start - 40) : q_start]
    after = source[q_end + 1 : min(end, q_end + 60)]
    opened, closed = before.rfind("("), after.find(")")
    return opened >= 0 and ")" not in before[opened:] and closed >= 0 and "(" not in after[:closed]


# An apostrophe typed as an opening mark: "the ‘90s", "class of ‘19." (not "‘90 per cent of it is fake’").
_YEAR = re.compile(r"‘\d\d(?:s\b|(?=[.,;:!?)]|$))")


def _opens_run_on(source: str, at: int, start: int) -> bool:
    """Whether the single quote mark at ``at``, left open, opens a quotation that runs on.

    It opens the paragraph or follows a colon, before a capital (``‘We act.``; not ``the ‘90s``).
    """
    lead = source[max(start, at - 3) : at].rstrip(" \u00a0")
    return (at == start or lead.endswith(":")) and at + 1 < len(source) and source[at + 1].isupper()


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


def _interrupts(source: str, prev: Quote, opening: int) -> bool:
    """Whether the attribution of ``prev`` interrupts one quoted sentence: "“The defendant,” said Roe, “abused …”".

    Between the two quotes stands only the attribution's clause, ending in a comma.
    """
    between = source[prev.span.end + 1 : opening]  # after the closing mark
    return len(between) <= 160 and between.rstrip().endswith(",") and _clause_start(between) == 0


def _same_speaker(source: str, start: int, quotes: list[Quote]) -> tuple[Quote, ...]:
    """Give a quote that opens a sentence, with no attribution of its own, the speaker of the quote before it.

    AP style attributes once per paragraph: “We will not tolerate it,” said Burke. “We will fight.”
    A quote inside a sentence (a scare quote: the agency calls it a “lifeline”) keeps no speaker.
    """
    out = list(quotes)
    for k in range(len(out)):
        quote = out[k]
        if quote.speaker is not None:
            continue
        opening = quote.span.start - 1  # the opening mark
        before = source[max(start, opening - 3) : opening].rstrip()  # a line break too: one paragraph over lines
        prev = out[k - 1] if k else None
        who = None
        if before and before[-1] in ".!?" and source[quote.span.start : quote.span.start + 1].isupper():
            # the sentence before names the speaker with no quotation of its own (a paraphrase, or marks
            # the scraper lost): "The public can help, Roe said. “Every call counts.”"; it is nearer
            # than the quote before ("“…,” said Roe. Doe said the man was armed. “…”")
            low = max(start, opening - 500, prev.span.end + 1 if prev is not None else start)
            who = _attribution(source[low:opening])
        opens_sentence = opening <= start or not before or before[-1] in '.!?”’")'
        if who is None and prev is not None and prev.speaker is not None:
            goes_on = opens_sentence or _goes_on(source, prev, opening) or _interrupts(source, prev, opening)
            who = prev.speaker if goes_on else None
        if who is not None:
            out[k] = attrs.evolve(quote, speaker=who)
    return tuple(out)


# A sentence that opens with its attribution: "Detective Inspector Jane Roe said the man was dangerous."
_HEAD = re.compile(
    rf"(?P<s>{_NAME_CHAR}{{1,80}}?)(?:,[^.;:!?“”\"]{{1,80}}?,)?[ \u00a0]++{_SAY}(?:[ \u00a0]++that)?[ \u00a0]"
    rf"|[Aa]ccording to[ \u00a0]++(?P<t>{_NAME_CHAR}{{1,80}}?)[ \u00a0]*+,"
)


def _attribution(text: str) -> str | None:
    """The speaker that the last sentence of ``text`` names, when it has no quotation of its own.

    It ends with the attribution after a comma (``…, Roe said.``, ``…,” Dvorkin added.``: a quotation whose
    opening mark was lost; ``…, according to U.S. Attorney Roe.``) or opens with it (``Roe said the man
    was dangerous.``, ``In a statement, Roe said …``, ``According to Dr. Roe, …``). The speaker must look
    like one (``_looks_like_speaker``): ``the scheme was wrong`` and ``court documents`` are no speakers, and
    ``Prosecutors said`` names no one. ``text`` is short (the caller bounds it), so the scans are bounded.
    """
    text = _LINK_TARGET.sub("]", text).rstrip()  # a link's "?" and "." end no clause
    if not text.endswith("."):
        return None
    body = text[:-1]
    begin = _clause_start(body)
    # The attribution after a comma or a closing mark (which ends the clause before it), ending the sentence.
    lowest = max(begin - 1, len(body) - 450, 0)  # never a negative index: "." alone has an empty body
    marks = [i for i in range(len(body) - 1, lowest - 1, -1) if body[i] in ',”"'][:3]
    for at in marks:
        m = _AFTER.match(text, at + 1) or _ACCORDING.match(text, at + 1)
        if m and m.end() == len(text):
            who = _tidy(normalise(m.group("s") if "s" in m.groupdict() else m.group("a") or m.group("b") or ""))
            if who and _looks_like_speaker(who) and ("s" not in m.groupdict() or who[:1].isupper()):
                return who
    if _QUOTE_MARK.search(body, begin) and not any(c in "‘’" for c in body[begin:]):
        return None  # the sentence quotes someone itself: its attribution is that quotation's
    while begin < len(body) and body[begin].isspace():
        begin += 1
    first = body[begin : begin + 20].split(None, 1)[:1]
    if first and first[0] in _LEAD_INS:
        comma = body.find(", ", begin, begin + 100)  # a lead-in: "In a written statement released Tuesday, Roe said"
        begin = comma + 2 if comma > 0 else begin
    m = _HEAD.match(body, begin)
    if m is None:
        return None
    if m.group("t"):
        who = _tidy(normalise(m.group("t")))
        return who if who and who[:1].isupper() and _looks_like_speaker(who) else None  # not "the indictment"
    who = normalise(m.group("s"))
    if who.lower() in _PRONOUNS:
        return who
    words = who.split()
    if words[0] in SENTENCE_OPENERS and not (
        words[0] == "The" and len(words) > 1 and _looks_like_name(" ".join(words[1:]))
    ):
        return None  # "Prosecutors said", "The court said"; but "The Minister said"
    return _tidy(who) if _looks_like_speaker(who) else None


_VERB_TABLE = "is was were are be been has have had will would could should may might can"
_VERBS = frozenset(_VERB_TABLE.split())
_CONNECTORS = frozenset(("of", "the", "and", "for", "in", "at", "on", *NAME_PARTICLES))


def _looks_like_speaker(who: str) -> bool:
    """Whether ``who``, read around a sentence with no quotation, can be a speaker.

    A pronoun, ``police``, ``the company``, or a name with its title (``Inspector General of the U.S.
    Department of Health Daniel R. Levinson``): capitalised words joined by ``of``, ``the``, ``and``; not a
    clause (``it would appeal``).
    """
    words = who.split()
    if not words or len(words) > 16:
        return False
    if len(words) == 1:
        return True
    if words[0] in _DETERMINERS:
        return len(words) <= 4 and not _VERBS.intersection(words)  # "the company", not "the scheme was wrong"
    return (
        words[0][:1].isupper() and words[-1][:1].isupper() and all(w[:1].isupper() or w in _CONNECTORS for w in words)
    )


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
        if not para.quotes or not nxt.quotes or not nxt.text.startswith(_OPENING_MARKS):
            continue
        tail, head = para.quotes[-1], nxt.quotes[0]
        if tail.speaker is None and head.speaker is not None and tail.span.end == para.span.end:
            quotes = (*para.quotes[:-1], attrs.evolve(tail, speaker=head.speaker))
            out[i] = attrs.evolve(para, quotes=quotes)
    _paraphrase_speakers(out)
    _runs_on(out)
    _quote_paragraphs(out)
    return tuple(out)


_OPENING_MARKS = ("“", '"', "‘")


def _paraphrase_speakers(out: list[Block]) -> None:
    """Give a quotation that opens a paragraph the speaker the paragraph before names in its last sentence.

    News style paraphrases, then quotes: "Detective Inspector Jane Roe said the man was dangerous." and
    then "“He preyed on the vulnerable.”" as a paragraph of its own, or "According to Dr. Roe, the plan
    works." A paragraph with quotations of its own is left alone; a quote with an attribution keeps it.
    """
    for i in range(len(out) - 1):
        para, nxt = out[i], out[i + 1]
        if not isinstance(para, Paragraph) or not isinstance(nxt, Paragraph) or para.quotes or not nxt.quotes:
            continue
        head = nxt.quotes[0]
        if head.speaker is not None or head.span.start != nxt.span.start + 1 or not para.sentences:
            continue
        who = _attribution(para.sentences[-1].text[-500:])
        if who is not None:
            out[i + 1] = attrs.evolve(nxt, quotes=(attrs.evolve(head, speaker=who), *nxt.quotes[1:]))


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
        if head.span.start == nxt.span.start + 1 and nxt.text.startswith(_OPENING_MARKS):
            out[i + 1] = attrs.evolve(nxt, quotes=(attrs.evolve(head, speaker=tail.speaker), *nxt.quotes[1:]))


def _quote_paragraphs(out: list[Block]) -> None:
    """Give a paragraph that is nothing but quotation the speaker of the quote that ends the paragraph before.

    Prosecutors, senators and wires quote one speaker over several paragraphs and attribute only the
    first: ``“…,” said District Attorney Roe.`` and then ``“Think about the scope…”`` closed in a
    paragraph of its own (AP style: the speaker goes on until another is named). Only a paragraph with
    no letter outside its quotations takes the speaker, so one that names or paraphrases anyone keeps
    what it reads; a run of such paragraphs takes the speaker in turn. The quote before must stand in
    its paragraph's last sentence (``“We act.” The day ended.`` carries nothing).
    """
    for i in range(len(out) - 1):
        para, nxt = out[i], out[i + 1]
        if not isinstance(para, Paragraph) or not isinstance(nxt, Paragraph) or not para.quotes or not nxt.quotes:
            continue
        tail = para.quotes[-1]
        who = tail.speaker
        if para.sentences and para.sentences[-1].span.start >= tail.span.end:
            continue  # a sentence of prose follows the quotation ("“We act.” The day ended.")
        if who is None or any(q.speaker is not None for q in nxt.quotes) or not nxt.text.startswith(_OPENING_MARKS):
            continue
        if _letters_outside(nxt):
            continue
        out[i + 1] = attrs.evolve(nxt, quotes=tuple(attrs.evolve(q, speaker=who) for q in nxt.quotes))


def _letters_outside(para: Paragraph) -> bool:
    """Whether any letter of ``para`` lies outside its quotations (an attribution, a paraphrase, a name).

    The paragraph's text has its whitespace normalised, so each quotation is found by its text in turn
    (a quotation that cannot be found counts as letters outside: the paragraph keeps its reading).
    """
    at = 0
    for quote in para.quotes:
        found = para.text.find(quote.text, at)
        if found < 0 or any(c.isalpha() for c in para.text[at:found]):
            return True
        at = found + len(quote.text)
    return any(c.isalpha() for c in para.text[at:])


# "Sen. Orrin G. Hatch (R-Utah) today issued the following statement after ...:" (Senate, ministries).
_ISSUED = re.compile(
    rf"(?P<s>{_NAME_CHAR}{{1,80}}?)(?:[ \u00a0]++\([^()]{{1,40}}\))?+"  # the name, a "(R-Utah)" after it
    r"(?:,[ \u00a0]++[^,:;]{1,100}+,)?+"  # an apposition: ", a member of the Veterans’ Affairs Committee,"
    r"(?:[ \u00a0]++(?:today|also|has|have|on[ \u00a0]++\w++))*+"
    r"[ \u00a0]++(?:issued|released|made|gave|delivered|published|shared)[ \u00a0]++"
    r"(?:the[ \u00a0]++)?following[ \u00a0]++(?:statement|remarks|comments?|message)\b"
)


# "Below are Senator Pryce’s remarks, as prepared for delivery:", "Following is Roe's full statement:".
_BELOW_ARE = re.compile(
    rf"(?:below|following|here)[ \u00a0]++(?:are|is)[ \u00a0]++(?:the[ \u00a0]++)?(?P<s>{_NAME_CHAR}{{1,80}}?)['’]s?+"
    r"[ \u00a0]++(?:full[ \u00a0]++|prepared[ \u00a0]++|opening[ \u00a0]++)?+"
    r"(?:statement|remarks|comments|testimony|speech|message)\b",
    re.IGNORECASE,
)


def _issuer(text: str) -> str | None:
    """The speaker an introduction names as issuing a statement: "Roe (D-Vt.) today issued the following statement:".

    The subject opens the clause; a party-and-state parenthesis and an apposition after it are left out.
    "Below are Senator Pryce’s remarks, as prepared for delivery:" names the speaker as the owner.
    """
    low = max(0, len(text) - 300)
    clause = low + _clause_start(text[low:])
    m = _ISSUED.match(text, clause) or _BELOW_ARE.match(text, clause)
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
            if not isinstance(para, Paragraph) or not para.quotes or not para.text.startswith(_OPENING_MARKS):
                break
            head = para.quotes[0]
            if head.speaker is not None:
                break
            out[j] = attrs.evolve(para, quotes=(attrs.evolve(head, speaker=who), *para.quotes[1:]))
            if head.span.end != para.span.end:
                break  # the quotation closed in this paragraph
            j += 1
