"""Heading rules for ``blocks.BLOCK_RULES``: subheadings inside the body.

Input: the piece stream and the index of a ``line`` piece; output: whether it
is a subheading. Rules share the signature of ``blocks.Rule``:
``(source, pieces, i, base_indent) -> bool``. Glued subheadings
(``Practice OptimizationBefore listing``) are split off earlier, by
``paragraphs.split_lines``, as ``heading`` pieces.

Why the rule is what it is: a subheading is short, starts with a capital,
has no closing full stop, stands on its own line and introduces the text
under it. The rule reads neither the blank lines around the line nor a
noise or caption neighbour: the clean text (``PressRelease.text``) puts
every block alone between blank lines and drops the noise and the captions,
and a heading must be one there too (SPEC invariant 5). So the block before
and the block after are the nearest ones that are neither noise nor
captions, and a line with none of them is no heading. Nor is it a line meta
may take wherever it stands (a date, ``About …``, a byline, a release note,
an e-mail address: ``_meta_line``): the rendering drops it or keeps it, and
the heading is read past it either way; an end mark glued to the line above
(``Police met. -30-``) is read off it, as meta cuts it. Title-case lines may be longer (``Six Things Dental Practice
Sellers Can Do to Ensure a Smooth Dental Practice Transition``, wire_020;
doj_012's 19 words), up to 20 words and 140 characters.
A line ending in ``:`` introduces a list, not a section, unless it is a
label naming it, a noun phrase, never a sentence's lead-in (``And from
Chairwoman Roe:``, ``Chairman Smith Said:``: ``_is_lead_in``): a
short title-case label over the list (``Key Takeaways:``, wire_025) or a
media advisory's field label in capitals over its field (``WHEN:``,
da_014); a line ending in ``?`` is a heading only as a labelled question
(``FAQ #1: Should you …?``) or as a question in title case (``Why Trexfighters Could Break All
Records …?``, ``_is_title_question``). An event's name over its ``Label: value``
fields is a heading too, even under the sentence that announced the list
(``field_heading``, wire_015; in sentence case too, over labels in
sentence case: ``Participating authorities`` / ``Belgium: …``, Europol),
and so are the cells of a table's header
row printed one a line (``header_row``, da_018). A line in capitals
(``OUTLOOK``) heads whatever text is under it, and a short noun phrase
heads the list under it (``Facts about the case`` / ``1. …``); a line with
fewer than two letters names no section, and an interview's ``Q: …?`` is
dialogue, not a labelled question. A short question that opens with a
question word (``What happens next?``: ``_asks_what``) names a section. A
date alone over text (an event's date under its name) or an hour alone
(``9:00 a.m. EDT``) names no section; a day over its schedule's items
does. A person named with an age between commas (``Jane Roe, 34, of Santa Ana``)
or with a party tag (``Senator John Doe (D-Ill.)``) is no heading, and
neither is a line that opens with a dateline (the clean text joins a
dateline to its story's first block: ``LYON, France – Police``). A bill's
numbered section (``Sec. 2. Definitions.``) is a heading though it ends in
a stop (``bill_section``). A markdown line in bold from end to end
(``**Fourth Quarter Summary**``) is read without its markers, and a
stripped page's header line with a date set apart by space runs
(``Thursday  November 1  2007     Key Points``) on what follows the date
too: meta cuts the date out and the rendering shows the rest alone. It is never a
sentence fragment: a line right
under a line that stops mid-sentence, on a word or a comma, continues that
line (the second half of a wrapped headline, da_006), and a line under
``:`` is a list item. The text under a heading ends a sentence, and a stop
before an endnote's mark ends one (``… was 741,000.[x]``, a report's
sources numbered after each sentence: ``_without_note_mark``).
"""

from __future__ import annotations

import functools
import re

from pressparse._block import Piece
from pressparse._data.words import NAME_PARTICLES, SPEECH_VERBS
from pressparse._dates import parse_date
from pressparse._render import render_slice
from pressparse.dateline import parse_dateline
from pressparse.meta import (
    _ABOUT,
    _BYLINE,
    _CONTACT_LABEL,
    _DATE_LINE,
    _GAPPED_DATE,
    _LABELS,
    _MAX_FRONT,
    _NAMES_AND_PHONE,
    _RELEASE_NOTE,
    SECTION_LABELS_PASSED,
    _glued_section,
    _is_headline,
    _is_prose,
    _stands_alone,
    _story_start,
    about_heading,
    closes_section,
    contact_heading,
    headline_under_labels,
    is_distribution_line,
    is_section_label,
    media_note,
    note_head_end,
    without_end_mark,
)
from pressparse.paragraphs import (
    _RUN_FIGURES,
    ENDS_IN_LINK,
    FIELD_LINE,
    SPEAKER_NAME,
    ends_mid_sentence,
    ends_on_link,
    is_end_mark,
    is_sentence,
)

# A title-case subheading may be long: "J&J and Janssen Settle Civil Allegations of Targeting Vulnerable Patients with
# the Drugs Risperdal and Invega for Off-Label Uses" (doj_012: 19 words, 128 characters); 20 words at most.
_LONGEST_HEADING = 140
_NO_HEADING_END = frozenset('.,;:!"”’-–—')
# The dash a dateline on a line of its own ends in.
_DATELINE_DASH = frozenset("-–—")
# A person's age between commas, as releases name a defendant: "Jane Roe, 34, of Santa Ana".
_AGE_APPOSITION = re.compile(r"[^\W\d_], \d{1,3}, (?:of )?[A-Z]")
# A member of Congress's party and state, as Senate releases name cosponsors: "Senator John Doe (D-Ill.)".
_PARTY_TAG = re.compile(r"\([DRI]-[A-Z][A-Za-z.]{1,5}+(?: [A-Z][A-Za-z.]{1,5}+)?\)")
# What the clean text leaves out: a heading's neighbours are the nearest blocks that are neither.
_LEFT_OUT = frozenset(("noise", "caption"))
# The longest meta label ``_label_line`` reads ("noticias proporcionadas por", 27 characters), a colon and a space.
_LONGEST_LABEL = max(map(len, _LABELS)) + 3
_SMALL_WORDS = frozenset(
    ("a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "vs", "with")
)


def _is_title_case(words: list[str]) -> bool:
    """True when every word but the small ones starts with a capital or a digit.

    A model code of letters and figures counts as a name, whatever its case (``VinFast VF e34``), and so does
    a brand written in camel case (``eLearning``, ``iPhone``: ``_BRAND_WORD``), never the first word.

    >>> _is_title_case("Experience the VinFast VF e34".split()), _is_title_case("First eLearning Courses".split())
    (True, True)
    >>> _is_title_case("experience the new car".split()), _is_title_case("eLearning courses".split())
    (False, False)
    """
    return all(
        w[:1].isupper()
        or w[:1].isdigit()
        or w.lower() in _SMALL_WORDS
        or (w == "be" and k > 0 and words[k - 1].lower() == "to")  # an infinitive left small: "to be Highlighted"
        or not w[:1].isalpha()
        or _is_model_code(w)
        or (k > 0 and _BRAND_WORD.fullmatch(w) is not None)
        for k, w in enumerate(words)
    )


# A brand in camel case: one or two lower-case letters, then a capitalised word ("eLearning", "iPhone", "eBay").
_BRAND_WORD = re.compile(r"[a-z]{1,2}+[A-Z][a-z]++[:,]?+")


def _is_model_code(word: str) -> bool:
    """True for a product's code of letters then figures: ``e34``, ``iX3`` (a name, not a lower-case word)."""
    return word[-1:].isdigit() and word.isalnum() and len(word) <= 8


# The labels of an interview's questions: "Q: What drove growth?" / "A: Demand." is dialogue, not sections.
_DIALOGUE_LABELS = frozenset(("q", "question", "a", "answer"))


def _is_labelled_question(text: str) -> bool:
    """``FAQ #1: Should you hire a broker?``: a short label, a colon, a question (not an interview's ``Q:``)."""
    label, colon, _ = text.partition(":")
    return (
        bool(colon)
        and 0 < len(label.split()) <= 3
        and text.endswith("?")
        and label.strip().lower() not in _DIALOGUE_LABELS
    )


# A speaker's label in capitals opening a transcript's turn: "BLITZER: ", "SENATOR EVAN BAYH: " (one to four words).
_SPEAKER_TURN = re.compile(rf"{SPEAKER_NAME}:[ \u00a0]")


def _is_dialogue(text: str, under: str) -> bool:
    """Whether ``text`` and the block ``under`` it are turns of a transcript: each opens with a speaker's label.

    ``BLITZER: Well whose fault is that?`` over ``BAYH: Prime Minister al-Maliki …`` (x7_senate_bayh_1, a
    senator's office posting a network interview) is a question in the dialogue, not a section's name, as
    ``FAQ #1: Should you hire a broker?`` over its answer is.

    >>> _is_dialogue("BLITZER: Well whose fault is that?", "BAYH: The politicians in Baghdad.")
    True
    >>> _is_dialogue("FAQ #1: Should you hire a broker?", "A broker saves you time.")
    False
    """
    return _SPEAKER_TURN.match(text) is not None and _SPEAKER_TURN.match(under) is not None


# The words a question that names a section opens with: "What happens next?", "How can I report a scam?".
_SECTION_QUESTION_WORDS = frozenset(("what", "why", "how", "when", "where", "who", "which"))


def _asks_what(words: list[str]) -> bool:
    """A short question opening with a question word, ``What happens next?``: a section's name, not the story's.

    UK police appeals and explainers head their sections with the reader's
    questions (``you``, ``I``). A yes-no question (``Did you see anything?``)
    is the appeal itself, a sentence of the story; so is a quoted one, and
    one in the writer's own voice (``What can we do better?``). Eight words
    at most.

    >>> _asks_what("What happens next?".split()), _asks_what("Did you see anything?".split())
    (True, False)
    >>> _asks_what("What can we do better?".split())
    False
    """
    text = " ".join(words)
    return (
        len(words) <= 8
        and words[0].lower() in _SECTION_QUESTION_WORDS
        and _one_unquoted_question(text)
        and not any(w.strip("?,").lower() in _WRITER_WORDS for w in words)
    )


def _one_unquoted_question(text: str) -> bool:
    """One question mark and no quotation marks: a question the page asks, not someone's quoted words."""
    return text.count("?") == 1 and not any(q in text for q in '"“”')


def _is_caps_question(text: str) -> bool:
    """A question set in capitals, as an interview heads each answer: ``DR. KOO, HOW COMMON IS PROSTATE CANCER?``.

    Capitals set it apart as they set ``OUTLOOK`` apart, whoever it is put to and whatever its form (a
    yes-no question, ``BILL, CAN YOU TALK ABOUT …?``, xr_wire_newsusa_1); one in quotes is someone's words.
    The same question in sentence case is the story's (``_asks_what`` reads those).

    >>> _is_caps_question("DR. KOO, HOW COMMON IS PROSTATE CANCER?"), _is_caps_question("Dr. Koo, how common is it?")
    (True, False)
    >>> _is_caps_question("“WHY DID NOBODY CALL US?”")
    False
    """
    return text.endswith("?") and _one_unquoted_question(text) and text.isupper() and _has_letters(text, 8)


# A clock time alone, as a media advisory sets an event's hour: "9:00 a.m. EDT", "11:30 AM", "14:00 CET".
_CLOCK_TIME = re.compile(r"\d{1,2}+[:.]\d\d(?:[ \u00a0]*+[AaPp]\.?[Mm]\.?)?+(?:[ \u00a0]++[A-Z]{2,5}+)?+")
# The fewest words of a question in title case that names a section (``_is_title_question``).
_TITLE_QUESTION_WORDS = 4


def _is_title_question(text: str, words: list[str]) -> bool:
    """A question in title case, four words or more: ``Why Trexfighters Could Break All Records …?``.

    The capitals set it apart as a section's name, as they set apart any title-case subheading
    (xu_wire_blockchainwire_1), whatever its length; one question only, and none in quotes (someone's
    words). The same question in sentence case is the story's (``Why would anyone buy it now?``).

    >>> line = "Why Trexfighters Could Break All Records?"
    >>> _is_title_question(line, line.split())
    True
    >>> _is_title_question("Why would anyone buy it now?", "Why would anyone buy it now?".split())
    False
    """
    return (
        len(words) >= _TITLE_QUESTION_WORDS
        and _one_unquoted_question(text)
        and _is_title_case(words)
        and sum(w[:1].isupper() for w in words) >= _TITLE_QUESTION_WORDS - 1
    )


# The release's place and date on a line of their own: "Burlington, ON – February 11th, 2025" (the date is read by
# ``parse_date``). Bounded parts, possessive: linear.
_PLACE_DATE = re.compile(r"[A-Z][^,\n]{0,40}+,[ \t]++[A-Za-z][^-–—\n]{0,30}+[-–—][ \t]*+(?P<date>[^\n]{6,40}+)")


def _is_place_date(text: str) -> bool:
    """A place and a date between a dash, alone on the line: ``Burlington, ON – February 11th, 2025`` (PR Karma).

    The release's dateline again, under its header (xr_wire_prkarma_1): it introduces nothing. A title
    naming years (``Fifty Years of Advocacy – 1975 to 2025``) has no place before its dash.

    >>> _is_place_date("Burlington, ON – February 11th, 2025"), _is_place_date("Fifty Years of Advocacy – 1975 to 2025")
    (True, False)
    """
    m = _PLACE_DATE.fullmatch(text)
    return m is not None and parse_date(m["date"]) is not None


# The writer's own voice: a question with one of these is the story asking, not a section's name.
_WRITER_WORDS = frozenset(("we", "us", "our", "ours", "we're", "we’re", "we've", "we’ve"))


def _neighbour_at(source: str, pieces: tuple[Piece, ...], i: int, step: int) -> int:
    """The index of the nearest piece before (``step`` -1) or after (+1) piece ``i`` that is not noise, else -1.

    The clean rendering drops noise, captions and end marks (``###``: meta takes one wherever it
    stands), so that is the block it puts next to piece ``i``.
    """
    k = i + step
    while 0 <= k < len(pieces) and (pieces[k].kind in _LEFT_OUT or is_end_mark(source, pieces[k])):
        k += step
    return k if 0 <= k < len(pieces) else -1


def _has_digit(text: str) -> bool:
    """Whether ``text`` holds a digit (a date line does): the date grammar runs on such lines only."""
    return any(map(str.isdigit, text))  # ``map``: no generator frame a character (a page of short lines asks often)


# The longest line ``_meta_line`` reads: a date, an "About …" line, a byline or an e-mail address.
_LONGEST_META_LINE = 80


def _meta_line(source: str, piece: Piece) -> bool:
    """A line meta may take wherever it stands: a date, ``About Europol``, ``By Jane Roe``, a contact.

    Also a release note (``FOR IMMEDIATE RELEASE``), a contact's label with its value (``Media contact:
    Jane Roe``) or alone with its colon (``Media contact:``) and an e-mail address alone: meta's own
    patterns, read on the line as rendered. The
    rendering leaves such a line out when meta takes it and keeps it otherwise, so a heading's neighbour
    is read past it either way (SPEC 5): the decision must not turn on it. Read on its own text only,
    never on where it stands, so both readings skip the same lines.

    >>> src = "About Europol\\nBy Jane Roe\\npress@example.org\\nAbout 40 officers met."
    >>> [_meta_line(src, p) for p in (Piece("line", 0, 13), Piece("line", 14, 25), Piece("line", 26, 43))]
    [True, True, True]
    >>> _meta_line(src, Piece("line", 44, 66))
    False
    """
    if piece.kind not in ("line", "heading"):
        return False
    if piece.end - piece.start > _LONGEST_META_LINE:
        # An About heading glued to its first sentence, or a long one ("About DTelekomDeutsche Telekom …"): meta
        # takes it at any length, wherever it stands, and the rendering leaves it out (fuzz finding F1128-2).
        return source[piece.start] in "AaÀà*_" and about_heading(source, (piece.evolve(kind="paragraph"),), 0)
    return _meta_text(source, piece.start, piece.end)


@functools.lru_cache(maxsize=1024)
def _meta_text(source: str, start: int, end: int) -> bool:
    """``_meta_line`` on the line ``source[start:end]``, remembered.

    A heading's neighbours are read past such lines from every candidate near them (``header_row`` walks
    eight cells each way), so one line is asked about a dozen times; the answer turns on its text only. The
    key holds the source by reference (a ``str`` keeps its hash), and a bounded cache holds few sources.
    """
    piece = Piece("paragraph", start, end)  # the line as meta reads it (its default cues: meta reads none)
    text = _rendered(source, piece)  # as the rendering shows it: its lines joined ("About\nl" reads "About l")
    if not text or text[-1] in "!?":
        return False
    if _has_digit(text) and (m := _DATE_LINE.fullmatch(text)) is not None and parse_date(m["date"]) is not None:
        # A date line, its time after it: "Dec 7 2018 8:30am", "May 2, 2026 8:30 a.m. ET" (F1124 fuzzing); the
        # stop of "a.m." ends no sentence there (a media advisory's "December 7, 2018 10:00 a.m.", F1126-5).
        return True
    if text[-1] == ".":
        return False
    if text[-1].isdigit() and len(text) <= _LONGEST_DATE_LINE and parse_date(text) is not None:
        return True  # a date alone: "May 2, 2026"
    if text[-1].isdigit() and _NAMES_AND_PHONE.fullmatch(text):
        return True  # names and a phone, their label lost ("Laura Capps Melissa Wagoner  202  224 2633"): a contact
    if text[-1].isdigit() and _PHONE_ALONE.fullmatch(text) and sum(ch.isdigit() for ch in text) >= _PHONE_DIGITS:
        return True  # a phone number alone on its line ("(714) 323-4486"): meta takes it as a front contact's line
    if _ABOUT.match(text) or _BYLINE.fullmatch(text) or _RELEASE_NOTE.fullmatch(text):
        return True  # "About Europol", "By Jane Roe", "FOR IMMEDIATE RELEASE"
    if is_distribution_line(text):
        return True  # "Source: First Orion": meta takes it wherever it stands (fuzz F1129-1)
    if media_note(source, (piece,), 0):
        return True  # "*Media interested in attending …": meta takes it wherever it stands (fuzz F1129-52)
    label = _CONTACT_LABEL.match(text)
    if label is not None and label.end() < len(text):
        # A contact's label with its value, "Media contact: Jane Roe"; a label alone ("Contact") may head the
        # contact's lines in the body, where a name under it is no heading (yc_wire_prism_1).
        return True
    if text[-1] == ":" and contact_heading(source, (piece,), 0):
        # A contact's label alone ending in its colon, "Media contact:", "Investor Relations Inquiries:": meta
        # takes it wherever it stands, read alone (F1126-3); not an audience's label ("Media:"), which meta
        # takes only over a phone or an e-mail.
        return True
    return "@" in text and not any(ch.isspace() for ch in text)


# A phone number alone on a line, as a contact block prints it: "(714) 323-4486", "+44 20 7946 0958".
_PHONE_ALONE = re.compile(r"\+?+[\d(][\d ().\-–]{5,24}+")
# The fewest digits of a phone number: a local number's seven.
_PHONE_DIGITS = 7


# The most lines in a row ``_body_neighbour_at`` reads past (a date, a byline, an e-mail): a bound keeps a page of
# such lines linear; a release sets two or three together (``By Jane Roe`` / ``May 2, 2026``).
_META_LINES_PASSED = 4


def _label_line(source: str, piece: Piece) -> bool:
    """A meta label alone on its line, its value on the next: ``Author`` / ``Lei Lani Fera``, ``Published``.

    Meta takes the pair wherever a page prints it (``meta._LABELS``), so a heading's neighbour is read past
    both lines, as past a ``_meta_line``, whether meta takes them or not (SPEC 5, fuzz finding F1125-13).

    >>> _label_line("Author", Piece("line", 0, 6)), _label_line("Authority", Piece("line", 0, 9))
    (True, False)
    """
    if piece.kind != "line" or piece.end - piece.start > _LONGEST_LABEL:
        return False
    return " ".join(source[piece.start : piece.end].split()).rstrip(":").lower() in _LABELS


def _label_value(source: str, piece: Piece) -> bool:
    """A short line with no sentence end: a label's value (``Lei Lani Fera``, ``December 6, 2012``)."""
    text = _rendered(source, piece)
    return piece.kind == "line" and 0 < len(text) <= _LONGEST_META_LINE and text[-1] not in ".!?"


def _contact_label_line(source: str, piece: Piece) -> bool:
    """A contact's label alone on its line, ending in its colon: ``Media contact:`` (``meta.contact_heading``).

    Meta takes it with the contact's first line under it (``Media contact:`` / ``Jane Roe``), wherever it stands.
    """
    if piece.kind != "line" or source[piece.end - 1] not in ":：" or piece.end - piece.start > _LONGEST_META_LINE:
        return False
    return contact_heading(source, (piece.evolve(kind="paragraph"),), 0)


# The most lines under a contact's label alone that meta takes with it when none holds a phone or an e-mail
# (``meta._extend_contact``: a name, an organisation, a desk).
_CONTACT_VALUES = 3


def _contact_values(source: str, pieces: tuple[Piece, ...], label: int, i: int) -> int:
    """The last of the short lines under the contact's label ``label`` that meta takes with it (``label`` if none).

    Up to ``_CONTACT_VALUES`` label values (``_label_value``) under it, never the candidate ``i``: ``Media
    contact:`` / ``Jane Roe`` / ``Lyon police press office``. Past the first, a line is as short as meta's
    block asks of a line with no phone or e-mail: 60 characters and eight words at most (``“Seized …,” said
    Jürgen Sto 5`` under ``a contact:`` / ``5`` is the story's, fuzz finding F1130-34).
    """
    last = label
    for n in range(_CONTACT_VALUES):
        value = _neighbour_at(source, pieces, last, 1)
        if value < 0 or value == i or not _label_value(source, pieces[value]):
            break
        if n and not _short_contact_line(_rendered(source, pieces[value])):
            break
        last = value
    return last


# A line of a contact block with no phone or e-mail, as meta reads one (``meta._extend_contact``): a name, a desk.
_CONTACT_LINE_LONGEST = 60
_CONTACT_LINE_WORDS = 8


def _short_contact_line(text: str) -> bool:
    """Whether ``text`` is short enough for a contact block's line with no phone or e-mail."""
    return len(text) <= _CONTACT_LINE_LONGEST and len(text.split()) <= _CONTACT_LINE_WORDS


def _contact_label_over(source: str, pieces: tuple[Piece, ...], k: int, i: int) -> int:
    """The contact's label alone over line ``k``, ``k`` one of the lines meta takes with it, or -1 (none).

    The nearest of the ``_CONTACT_VALUES`` lines over ``k`` that ends in a colon is the only one read as a label:
    a test of one character a line, where most lines end on none (many short lines stay linear and cheap).
    """
    label, lines = k - 1, 0
    while label >= 0 and lines < _CONTACT_VALUES:  # ``_neighbour_at`` written out: the walk reads one character a line
        piece = pieces[label]
        if piece.kind not in _LEFT_OUT:
            if source[piece.end - 1] in ":：":
                break
            lines += 1
        label -= 1
    else:
        return -1
    if not _contact_label_line(source, pieces[label]):
        return -1
    return label if _contact_values(source, pieces, label, i) >= k else -1


# One slot: the pieces the heading rules read last, their source, the ``_body_neighbour_at`` answers found on them
# by (index, step), and the ``_cells_up`` answers by index. ``header_row`` walks eight cells each way from every
# line, so a page of short lines asks each neighbour about sixteen times (test_noise's logo-letters); each answer is
# a pure function of the immutable tuple, its source and the index, so one walk serves them all. Keyed by
# identity, as ``noise._context``'s slot: the slot holds both objects, so neither id is reused while it stands.
_Memo = tuple[tuple[Piece, ...], str, dict[tuple[int, int], int], dict[int, int]]
_MEMO: list[_Memo] = []


def _memo(source: str, pieces: tuple[Piece, ...]) -> _Memo:
    """The slot for ``pieces`` and ``source``: the one standing, else a new empty one in its place."""
    if _MEMO:
        slot = _MEMO[0]
        if slot[0] is pieces and slot[1] is source:
            return slot
    slot = (pieces, source, {}, {})
    _MEMO[:] = [slot]
    return slot


def _body_neighbour_at(source: str, pieces: tuple[Piece, ...], i: int, step: int) -> int:
    """``_walk_body_neighbour``, remembered for the pieces read last (``_MEMO``)."""
    memo = _memo(source, pieces)[2]
    key = (i, step)
    found = memo.get(key)
    if found is None:
        # A walk may read other pieces (an About section's story), and the slot may hold those on return: the
        # answer then goes to this ``memo`` alone, which no later call reads.
        found = memo[key] = _walk_body_neighbour(source, pieces, i, step)
    return found


def _walk_body_neighbour(source: str, pieces: tuple[Piece, ...], i: int, step: int) -> int:
    """``_neighbour_at``, past the lines meta may take (``_meta_line``, ``_label_line`` with its value).

    That is the block the rendering shows there. A contact's label alone (``_contact_label_line``) is passed
    with the lines under it that meta takes with it (``_contact_values``), so the rendering shows none of them
    (``.`` / ``Ý`` / ``contact:`` / ``T`` / ``Ý``: no header row of three cells, fuzz finding F1130-21), read
    down or up: ``Media contact:`` / ``Jane Roe`` / ``Lyon police press office`` over a subheading is no line
    the subheading stands under (fuzz finding F1125-54).
    """
    k = _neighbour_at(source, pieces, i, step)
    for _ in range(_META_LINES_PASSED):
        if k < 0:
            break
        if _meta_line(source, pieces[k]):
            if step > 0 and _ABOUT.match(_rendered(source, pieces[k])):
                k = _about_section_end(source, pieces, k)  # the rendering leaves the section out with its line
            elif step > 0 and _contact_label_line(source, pieces[k]):
                k = _contact_values(source, pieces, k, i)  # the contact's lines, which meta takes with its label
            k = _neighbour_at(source, pieces, k, step)
            if step < 0 and k >= 0 and _label_line(source, pieces[k]):
                # Read up, the label over the value just passed ("Published" / "December 6, 2018"): meta takes
                # the pair (F1126-22).
                k = _neighbour_at(source, pieces, k, step)
            continue
        if step < 0 and (label := _contact_label_over(source, pieces, k, i)) >= 0:
            k = _neighbour_at(source, pieces, label, step)  # read up, past a contact's lines and its label
            continue
        label = k if step > 0 else _neighbour_at(source, pieces, k, -1)  # read up, the value comes first
        if label < 0 or not (
            _label_line(source, pieces[label]) or (step < 0 and _contact_label_line(source, pieces[label]))
        ):
            break
        value = _neighbour_at(source, pieces, label, 1)
        if value < 0 or value == i or (step < 0 and value != k) or not _label_value(source, pieces[value]):
            break  # the candidate itself is the label's value, or no value (a name, a date) stands under it
        k = _neighbour_at(source, pieces, value if step > 0 else label, step)
    return k


# The most pieces of an About section ``_about_section_end`` reads past: a bound keeps the scan linear; a
# company's profile runs to a few paragraphs.
_ABOUT_PIECES_PASSED = 8


def _about_section_end(source: str, pieces: tuple[Piece, ...], k: int) -> int:
    """The index of the last piece of the About section opened by the line ``pieces[k]`` (``k`` when none).

    Meta takes ``About Acme`` with the paragraphs and items under it, up to noise, a heading, a line meta
    takes of its own, or the piece ``meta.closes_section`` reads as its end (the story's first paragraph, a
    short line with no stop …), and the rendering leaves them all out: a heading over the section is read
    over what follows it there (SPEC 5, fuzz findings F1129-50: ``¹êU`` over ``About I`` / ``• -`` /
    ``Share`` / ``e .``; F1130-40: ``Ce`` over ``About A`` over the story's first paragraph, which meta keeps).

    >>> src = "About Acme\\nAcme makes tools.\\n- Founded in 1990.\\nContact"
    >>> pieces = (Piece("line", 0, 10), Piece("line", 11, 28), Piece("list_item", 29, 47), Piece("line", 48, 55))
    >>> _about_section_end(src, pieces, 0)
    2
    """
    last = k
    story = -1  # the story's first piece, as meta reads it, worked out once a piece may be it
    for m in range(k + 1, min(len(pieces), k + 1 + _ABOUT_PIECES_PASSED)):
        piece = pieces[m]
        if piece.kind not in ("line", "list_item") or _meta_line(source, piece):
            break
        if story < 0 and m < _MAX_FRONT:
            story = _story_start(source, _as_meta_reads(pieces[:_MAX_FRONT]), None)
        if closes_section(source, pieces, m, last=last, story=story, opened=k):
            break
        last = m
    return last


def _as_meta_reads(pieces: tuple[Piece, ...]) -> tuple[Piece, ...]:
    """The pieces as meta reads them: a line the heading rules have not taken is a paragraph."""
    return tuple(p.evolve(kind="paragraph") if p.kind == "line" else p for p in pieces)


def _front_headline(source: str, pieces: tuple[Piece, ...], k: int, under: str, below: int) -> bool:
    """Whether piece ``k`` is the headline meta takes, over a candidate that stands over no paragraph.

    The headline: the release's first line, alone, that reads as one (``meta._is_headline``); no paragraph:
    ``_over_no_paragraph``.
    ``under``: the text of the candidate under it, as rendered; ``below``: the index of the block under the
    candidate.

    Meta takes the first free line of the front matter as the title, and the rendering leaves it out, so the
    line under it opens the rendering: a heading under it is read as that first line (SPEC 5, fuzz findings
    F1127-11, F1128-8, F1128-13). Only past noise and the lines meta takes wherever they stand (a date over it).
    The tests run cheapest first, as most candidates fail the first: the place in the document, the block
    below, then meta's headline reading and the dateline grammar, the costliest.
    """
    return (
        _front_line(source, pieces, k)
        and below >= 0
        and _over_no_paragraph(source, pieces, below)
        and _reads_as_headline(source, pieces[k], under)
    )


def _front_line(source: str, pieces: tuple[Piece, ...], k: int) -> bool:
    """Whether piece ``k`` is a line that opens the release, past the labels meta drops (cheap: tested first)."""
    return pieces[k].kind in ("line", "heading") and _first_past_labels(source, pieces, k)


def _front_title(source: str, pieces: tuple[Piece, ...], k: int, under: str) -> bool:
    """Whether piece ``k`` is the release's first line, the headline meta takes, over the line ``under``."""
    return _front_line(source, pieces, k) and _reads_as_headline(source, pieces[k], under)


def _reads_as_headline(source: str, piece: Piece, under: str) -> bool:
    """Whether the front line ``piece`` reads as meta's headline over ``under``, no dateline (the costly tests).

    Never a line meta reads as the story's first paragraph (``meta._is_prose``: 80 characters and a closing
    stop, ``SORY: 13 Charged In Round1- Up Of aMajor Catalytic Converter Fencing And Theft !``, fuzz finding
    F1125-64): the story starts there, meta takes no headline over it, and the rendering keeps it over the
    candidate.
    """
    paragraph = piece.evolve(kind="paragraph")  # as meta reads it, the line classified
    return (
        not _is_prose(source, paragraph)
        and _is_headline(source, paragraph)
        and _stands_alone(source, piece)
        # not the story's dateline on its own line, over the candidate ("Brentwood, United States - November 18,
        # 2024 / DDSMatch South /", wire_020's rendering): the rendering keeps it there, over the line
        and parse_dateline(f"{_rendered(source, piece)}\n{under}") is None
    )


def _first_past_labels(source: str, pieces: tuple[Piece, ...], k: int) -> bool:
    """Whether piece ``k`` opens the rendering's front, past the site's section labels meta drops over a headline.

    Meta reads past up to ``meta.SECTION_LABELS_PASSED`` labels (``meta.is_section_label``: ``Statements``, a
    one-letter crumb ``o``) over a headline of four words (``meta.headline_under_labels``), takes it as the title
    and the labels as navigation: the rendering opens under it (SPEC 5, fuzz finding F1130-25: ``o`` /
    ``É ice`` / ``r /`` over ``T D``).
    """
    # The place first, the labels next, the headline last: only a line at most ``SECTION_LABELS_PASSED`` blocks
    # under the top can pass, and the walk up reads remembered neighbours (``_body_neighbour_at``), where a label's
    # test reads the line; most lines of a long page are further down and fail at once.
    labels: list[int] = []
    above = _body_neighbour_at(source, pieces, k, -1)
    while above >= 0:
        if len(labels) == SECTION_LABELS_PASSED:
            return False
        labels.append(above)
        above = _body_neighbour_at(source, pieces, above, -1)
    if not labels:
        return True
    return all(is_section_label(source, pieces[m]) for m in labels) and headline_under_labels(source, pieces[k])


def _over_no_paragraph(source: str, pieces: tuple[Piece, ...], k: int) -> bool:
    """Whether piece ``k``, the block under a candidate, is a list item or a heading: no paragraph.

    A heading right under the headline, over a paragraph, is the deck: meta takes it as the subtitle
    (``meta._mark_top_heading``, ``Police Seize Guns in Raid`` / ``Four Arrested`` / ``Police met …``), and the
    rendering leaves it out with the headline; over a list or another heading it stays the story's, and the
    rendering opens on it (``_front_headline``). A line under it is read by the heading rules, one level.
    """
    piece = pieces[k]
    if piece.kind in ("list_item", "heading"):
        return True
    if piece.kind != "line":
        return False
    return (
        standalone_heading(source, pieces, k, 0, over=False)
        or _list_label(source, pieces, k, front=False)
        or any(rule(source, pieces, k, 0) for rule in (field_heading, header_row, bill_section))
    )


def _neighbour(source: str, pieces: tuple[Piece, ...], i: int, step: int) -> Piece | None:
    """The nearest piece before (``step`` -1) or after (+1) piece ``i`` that is not noise, else ``None``."""
    k = _neighbour_at(source, pieces, i, step)
    return pieces[k] if k >= 0 else None


def _text_under(source: str, pieces: tuple[Piece, ...], k: int, *, past_divider: bool = True) -> str:
    """The text of the block under a heading candidate, piece ``k``, as the clean text shows it.

    A line that ends in a dash is a dateline on its own line (``CHICAGO –`` /
    ``The defendant``): the rendering puts the dateline and its story in one
    paragraph, so the line under it is read with it; so is a place line closed
    by a comma (``MIAMI, Florida,``), which the source joins to its story. A
    dateline glued to its story (``WASHINGTON—The``) is read with the space
    the rendering sets after it. An end mark glued after
    its last sentence (``The company expects growth. -30-``) is read off it, as
    meta cuts it off and the rendering shows the block without it. So is an About section or a legal notice
    glued after its last sentence (``… 5! About Haltom City``: ``meta._glued_section``), which meta cuts off a
    story paragraph (fuzz finding F1128-4). A dash alone on its line, a divider (``–``), is read with the
    block under it as that block reads itself, a dateline on its own line joined to its story (fuzz finding
    F1125-43: ``–`` / ``UE,C—`` / ``1.``), once: ``past_divider`` off for the block under it.
    """
    piece = pieces[k]
    cut = _glued_section(source, piece.evolve(kind="paragraph")) if piece.kind == "line" else None
    under = _rendered(source, piece if cut is None else piece.evolve(end=cut))
    under = without_end_mark(under)
    if past_divider and under and under[-1] in _DATELINE_DASH and not _has_letters(under, 1):
        after = _neighbour_at(source, pieces, k, 1)
        if after >= 0 and pieces[after].kind == "line":
            return f"{under} {_text_under(source, pieces, after, past_divider=False)}"
    if under and (under[-1] in _DATELINE_DASH or (under[-1] == "," and len(under) <= _LONGEST_PLACE_LINE)):
        after = _neighbour_at(source, pieces, k, 1)
        if after >= 0 and pieces[after].kind == "line":
            story = _rendered(source, pieces[after])
            if under[-1] == ",":
                # A place line closed by its comma, "MIAMI, Florida," (the dateline grammar's line comma): the
                # source joins it to its story, the rendering sets a blank line between (F1125-1); a line that
                # breaks a sentence on a comma is no place line. A dateline read on into the next line, over the
                # story's line under that (a date broken after its comma, "Mar 4," / "AS." / "I"; fuzz finding
                # F1130-14), runs the two lines on as well, as the dateline stage reads them.
                found = parse_dateline(f"{under}\n{story}")
                if found is None and source[pieces[after].end - 1] in ".,":
                    third = _neighbour_at(source, pieces, after, 1)
                    if third >= 0 and pieces[third].kind == "line":
                        found = parse_dateline(f"{under}\n{story}\n{_rendered(source, pieces[third])}")
                if found is None or found.span.end < len(under):
                    return under
            under = f"{under} {story}"
    glued = _glued_dateline_end(under) if under[:1].isupper() else None
    if glued is not None:
        # A dateline glued to its story ("NERK–I.", "WASHINGTON—The senator said."): the rendering sets a
        # space after it, and the heading over it counts the story's words as the rendering shows them.
        under = f"{under[:glued]} {under[glued:]}"
    return under


@functools.lru_cache(maxsize=1024)
def _glued_dateline_end(text: str) -> int | None:
    """Where the dateline that opens ``text`` ends when its story follows with no space, else ``None``.

    Remembered: every candidate over a block and the candidate over that ask about the same text.

    >>> _glued_dateline_end("WASHINGTON—The senator said."), _glued_dateline_end("WASHINGTON — The senator said.")
    (11, None)
    """
    found = parse_dateline(text)
    if found is None or found.span.end >= len(text) or text[found.span.end].isspace():
        return None
    return found.span.end


# An endnote's mark after a sentence's stop, as a report prints its sources: "… was 741,000.[x]", "… in 2024.[12]"
# (a think tank's report appended to a Senate release, tb_senate_corzine_1). Bounded: linear.
_NOTE_MARK = re.compile(r"(?<=[.!?\"”’)])\[(?:[ivxlc]{1,8}+|\d{1,3}+)\]$")


def _without_note_mark(text: str) -> str:
    """``text`` without the endnote's mark that closes it (``… was 741,000.[x]`` reads ``… was 741,000.``).

    Reports number their sources in brackets after the sentence's stop, in roman numerals or figures; the
    sentence ended at the stop, and the paragraph with it. A bracket with no stop before it is the text's
    own (``… the Act [of 2007]``).

    >>> _without_note_mark("The number was 741,000.[x]"), _without_note_mark("It passed [in 2007]")
    ('The number was 741,000.', 'It passed [in 2007]')
    """
    if text[-1:] != "]":
        return text
    m = _NOTE_MARK.search(text, max(0, len(text) - 12))
    return text[: m.start()] if m else text


# A social handle after a sentence's stop, closing a bio: "… bringing raw energy to the crowd. @djluijay".
_HANDLE_END = re.compile(r"(?<=[.!?\"”’)]) @[A-Za-z0-9_.]{1,30}+$")


def _without_handle(text: str) -> str:
    """``text`` without the social handle that closes it after a stop (``… to the crowd. @djluijay``).

    Event and wire releases close a person's bio on the person's handle (xe_wire_noticias_1); the sentence
    ended at the stop. A handle inside a sentence (``… of @Cali939LA will be …``) is the sentence's.

    >>> _without_handle("He will play all night. @djroe"), _without_handle("Follow @djroe")
    ('He will play all night.', 'Follow @djroe')
    """
    if "@" not in text[-32:]:
        return text
    m = _HANDLE_END.search(text, max(0, len(text) - 33))
    return text[: m.start()] if m else text


# The longest place line closed by a comma that ``_text_under`` reads with its story: "MIAMI, Florida, March 3, 2024,".
_LONGEST_PLACE_LINE = 80


def _under_unfinished_line(text: str, prev: Piece) -> bool:
    """Whether ``prev`` (its text ``text``) is a line that stops mid-sentence, on a word or a comma.

    A finished title-case line is no such line: a heading stacked over this one
    (``paragraphs.ends_mid_sentence``, which the glued-subheading split reads too).
    """
    return prev.kind in ("line", "heading") and ends_mid_sentence(text)


def _lost_its_stop(text: str) -> bool:
    """A paragraph longer than any heading that ends on a word with no stop: no wrapped headline's first half.

    Senate archive pages print their paragraphs without punctuation (``… with a reliable and best performing
    engine`` / ``Commonwealth Wide Military Programs`` / ``In addition the Senate …``, xo_senate_webb_1;
    ``… only eight were open to the public`` / ``Outsourcing the War, Lack of Accountability``,
    vb_senate_whitehouse_1): such a paragraph stopped, and a title-case line under it heads the next section.
    One that ends on a small word (``… at the``) or a comma broke mid-sentence; one that ends on a figure may be
    a table's row or a list of dates.

    >>> _lost_its_stop("The bill funds " * 10 + "a reliable engine"), _lost_its_stop("The bill funds " * 10 + "the")
    (True, False)
    >>> _lost_its_stop("Secures Guilty Verdict in Fraud Case")
    False
    """
    return len(text) > _LONGEST_HEADING and text[-1].isalpha() and text.rsplit(None, 1)[-1].lower() not in _SMALL_WORDS


def _rendered(source: str, piece: Piece) -> str:
    """The text of ``piece`` as a paragraph: repaired and normalised (``[Pn](g)`` reads ``Pn``)."""
    return render_slice(source[piece.start : piece.end], "paragraph")


def standalone_heading(source: str, pieces: tuple[Piece, ...], i: int, base: int, *, over: bool = True) -> bool:
    """A short line with no closing stop, on its own line, introducing the text under it.

    Never a line that opens with a dateline (``TA JUN 3 2026— A``): the clean
    text joins a dateline to its story's first block, which must read as the
    story there (SPEC invariant 5, F1123-41). The dateline grammar is the
    costliest test, so it runs last, on a line the other tests made a heading.

    >>> from pressparse.blocks import group_lines
    >>> from pressparse.layout import split_lines
    >>> src = "Police met.\\n\\nKey findings\\n\\nThe officers agreed on a long plan for the region."
    >>> standalone_heading(src, group_lines(src, split_lines(src)), 1, 0)
    True
    """
    del base  # ``over``: a title-case line over the next one reads whether that one is a heading (one level)
    return _standalone(source, pieces, i, over=over) and parse_dateline(_rendered(source, pieces[i])) is None


# The longest date alone on a line: "Wednesday, September 19, 2007".
_LONGEST_DATE_LINE = 40


def _date_alone(source: str, piece: Piece) -> bool:
    """True when ``piece`` is a date alone on its line (``June 19, 2007``), a body line or a date meta.

    >>> from pressparse.blocks import group_lines
    >>> from pressparse.layout import split_lines
    >>> src = "June 19, 2007\\nJune 19, 2007 was a Tuesday."
    >>> [_date_alone(src, p) for p in group_lines(src, split_lines(src))]
    [True, False]
    """
    if piece.kind not in ("line", "meta") or piece.end - piece.start > _LONGEST_DATE_LINE:
        return False
    text = source[piece.start : piece.end]
    return text[-1:].isdigit() and parse_date(text) is not None


def _after_gapped_date(source: str, piece: Piece) -> Piece | None:
    """The part of ``piece`` after a date meta cuts off a front line, if text follows it.

    A date set apart by space runs (meta's ``_GAPPED_DATE``), or a date opening the line glued to a headline by
    a space (``7 December 2018 Police Seize …``: ``meta._split_glued``, which reads the rest as a headline).
    """
    if source[piece.start].isdigit() or source[piece.start].isupper():
        date = _DATE_LINE.match(source, piece.start, piece.end)
        gap = date.end() if date is not None else piece.end
        while gap < piece.end and source[gap].isspace():
            gap += 1
        if date is not None and date.end() < gap < piece.end:
            rest = piece.evolve(start=gap)
            if _is_headline(source, rest.evolve(kind="paragraph")):  # as meta reads it, the line classified
                return rest
    if source.find("  ", piece.start, piece.end) < 0:
        return None
    m = _GAPPED_DATE.search(source, piece.start, piece.end)
    if m is None:
        return None
    start = m.end("date")
    while start < piece.end and source[start].isspace():
        start += 1
    return piece.evolve(start=start) if start < piece.end else None


def _after_note(source: str, piece: Piece) -> Piece | None:
    """The part of ``piece`` after a release note that opens it, when meta cuts the note off there, else ``None``.

    Wire and county pages glue the note to the headline (``FOR IMMEDIATE RELEASE: Police Seize Guns``): meta
    cuts the note off a front line when the rest reads as a headline (``meta._split_glued``), and the rendering
    shows the rest alone, so that is what the heading rules read (fuzz finding F1125-65: ``For Immediate
    Release: J S G or`` / ``C F W A T G P O``). Read on the line's text alone, so a line meta leaves whole
    further down reads the same in the page and in its rendering.

    >>> _after_note("FOR IMMEDIATE RELEASE: Police Seize Guns", Piece("line", 0, 40)).start
    23
    >>> _after_note("For Immediate Release: police said so", Piece("line", 0, 37)) is None
    True
    """
    if piece.kind != "line" or not source[piece.start].isalpha():
        return None  # cheap: a note opens with a letter
    note = note_head_end(source, piece.start, piece.end)
    if note < 0 or note >= piece.end:
        return None
    rest = piece.evolve(start=note)
    return rest if _is_headline(source, rest.evolve(kind="paragraph")) else None


def _has_letters(text: str, least: int) -> bool:
    """Whether ``text`` holds at least ``least`` letters (the scan stops at the last one needed)."""
    for ch in text:
        if ch.isalpha():
            least -= 1
            if least <= 0:
                return True
    return least <= 0


def _standalone(source: str, pieces: tuple[Piece, ...], i: int, *, over: bool, part: Piece | None = None) -> bool:
    """``standalone_heading`` but for its dateline test; ``part``: the part of ``pieces[i]`` to read."""
    if part is None and (rest := _after_note(source, pieces[i])) is not None:
        return _standalone(source, pieces, i, over=over, part=rest)  # what the rendering shows once meta cuts it
    piece = pieces[i] if part is None else part
    # Fast path: a story paragraph is longer than any heading (unless a link's URL makes it so), or ends in a
    # stop (checked before slicing).
    if source[piece.end - 1] in _NO_HEADING_END or (
        piece.end - piece.start > _LONGEST_HEADING and source.find("](", piece.start, piece.end) < 0
    ):
        return False
    text = _rendered(source, piece)  # what the clean text shows, and so what a reading of it decides on
    text = _unbolded(text)
    if not text or not (text[0].isupper() or text[0].isdigit() or _BY_AUTHOR.fullmatch(text) or _NICKNAME.match(text)):
        return False
    if ENDS_IN_LINK.search(text):
        return False  # a call to action: "Apply to Join an HR Alliance:www.hr.com/alliances" (wire_newsworthy_x1)
    if not _has_letters(text[:_LONGEST_HEADING], 2):
        return False  # a section is named in words: "5", "Î" and "2024" are no subheadings
    words = text.split()
    title = _is_title_case(words)
    long_ok = title or _is_labelled_question(text)
    if len(words) > (20 if long_ok else 12) or len(text) > (_LONGEST_HEADING if long_ok else 90):
        return False
    if (rest := _after_gapped_date(source, piece)) is not None and not _standalone(
        source, pieces, i, over=over, part=rest
    ):
        # A punctuation-stripped page's header line, its date set apart by space runs (``Thursday  November 1
        # 2007     Key Points``): meta cuts the date out of a front line and the rendering sets what follows it
        # alone, so that must be a heading too (``#2[`` is none, F1126-25). After the length test: a short
        # line holds few dates, and each reading is of a shorter part.
        return False
    caps_question = _is_caps_question(text)
    if text[-1] in _NO_HEADING_END or (
        text[-1] == "?"
        and not (_is_labelled_question(text) or _asks_what(words) or caps_question or _is_title_question(text, words))
    ):
        return False
    if text[0].isdigit() and _CLOCK_TIME.fullmatch(text):
        return False  # an event's hour alone on its line ("9:00 a.m. EDT", xm_doj_r02252): no section's name
    if text[-1].isdigit() and _is_place_date(text):
        return False  # the release's place and date again ("Burlington, ON – February 11th, 2025"): no section
    if is_field_line(text) and not _billed_name(source, pieces, i, text):
        return False  # a field line ("Source: Anchorbase", "Company Presentation: October 1"), not a section
    if _AGE_APPOSITION.search(text) or _PARTY_TAG.search(text):
        return False  # a person as releases name one: "Josselyn Jazmine Anguiano, 19, Santa Ana" (da_018)
    # Past a line meta may take (a date, "About …", a byline): a statement's header over its date line
    # ("Floor Statement of Senator …" / "June 19, 2007" / "I thank …", xc_senate_whitehouse_1) introduces the
    # text under the date; and whether the rendering keeps the line or not, the heading reads the same.
    before, at = _body_neighbour_at(source, pieces, i, -1), _body_neighbour_at(source, pieces, i, 1)
    prev = pieces[before] if before >= 0 else None
    nxt = pieces[at] if at >= 0 else None
    if (
        over  # one level: ``_over_no_paragraph`` reads the line under it with ``over`` off
        and (
            part is not None or rest is None
        )  # a gapped date's line: its rest, read above, is what opens the rendering
        and prev is not None
        and nxt is not None
        and _front_headline(source, pieces, before, text, at)
    ):
        prev = None  # meta takes the headline over it and the rendering opens on this line: read it as first
    elif (
        prev is not None
        and before != _neighbour_at(source, pieces, i, -1)
        and _front_title(source, pieces, before, _rendered(source, pieces[_neighbour_at(source, pieces, before, 1)]))
    ):
        # Read up past the lines meta may take ("Published" / "D"), the headline meta takes: the rendering has
        # nothing over those lines, so nothing over this one (fuzz finding F1125-38).
        prev = None
    if prev is None and nxt is not None and _names_list_below(text, words, title, nxt):
        return True  # "Key Highlights" over bullets opens the clean text once the title and subtitle are meta
    if prev is None or nxt is None:
        return False  # first or last once the noise is gone: the rendering makes it so
    if text[-1] == "?" and _is_dialogue(text, _rendered(source, nxt)):
        return False  # a transcript's question over the answer's turn
    if _is_name_role(text) and _quote_attribution(source, pieces, i):
        return False  # "Jean-François Ott, Founder of Group OTT" under his quotation (sc_wire_prism_1)
    if nxt.kind != "list_item" and _date_alone(source, piece):
        # An event's date under its name ("… 2025 Virtual Event" / "July 16, 2025" / a paragraph,
        # xr_wire_newsworthy_1) names no section; a day over its schedule's items does ("Friday, June 9, 2006").
        return False
    if prev.kind not in ("line", "paragraph", "list_item", "heading") or nxt.kind not in (
        "line",
        "heading",
        "list_item",
    ):
        return False
    above = _rendered(source, prev)
    above = without_end_mark(above)  # meta cuts an end mark off a line's end ("Police met. -30-")
    if not above or (
        above[-1] == ":"
        and not (
            over
            and title
            and (_first_section(source, pieces, at) or (is_sentence(above) and _stacked_heading(source, pieces, at)))
        )
    ):
        return False
    caps = _is_caps_heading(text, words)
    unstopped = title and _lost_its_stop(above)  # a page that prints no stops (Senate archives)
    if (
        _under_unfinished_line(above, prev)
        and not unstopped
        and not ((caps or caps_question) and not _is_caps_heading(above, above.split()))
        and not (caps and _is_caps_word(above) and _among_caps_sections(source, pieces, before, at))
        and not _names_list_below(text, words, title, nxt)
    ):
        # A line in capitals under a table's last cell ("$120M" / "OUTLOOK") is no wrapped headline; nor is a
        # short title-case line over bullets ("Key Highlights", x8_wire_prism_1).
        return False
    if caps and nxt.kind != "line":
        return True  # "FINANCIAL SUMMARY" over a list or another heading
    if nxt.kind == "list_item" and title and words[0].isdigit() and (nxt.marker or "")[:1].isdigit():
        return len(words) >= 3  # "5 Hurricane Junk Removal Tips That Could Save Your Home" / "1. Clear Out …"
    if nxt.kind == "list_item" and text[-1] == "?" and _is_title_question(text, words) and prev.kind != "list_item":
        # A reader's question in title case over the bullets that answer it: "Why Visit VueReal at CES 2025?"
        # (Reportable, xx_wire_reportable_1); its verb is the question's, no lead-in's ("visit", "see").
        return True
    if nxt.kind == "list_item" and title and _announces_list(words, nxt) and prev.kind != "list_item":
        # A title-case line announcing what the bullets show: "Key Innovations to be Highlighted at CES 2025"
        # (Reportable, xx_wire_reportable_1), its infinitive the title's, no sentence's.
        return True
    if nxt.kind == "list_item":
        # A name over the list ("Notes to editors" / "1. Images of …"): a noun phrase, no clause's word.
        # After a list's last item too when in title case: the next group's name ("Medical Device/Diagnostics
        # Group 2", wire_reportable_x1); a line in sentence case there may be an item that lost its bullet.
        return (
            (prev.kind != "list_item" or title or _between_lists(prev, nxt))
            and text[0].isalpha()
            and len(words) <= 6
            and not any(w.lower() in _NAME_CLAUSE_WORDS for w in words)
        )
    if nxt.kind == "heading":
        return title
    if over and title and nxt.kind == "line" and standalone_heading(source, pieces, at, 0, over=False):
        return True  # stacked over a subheading the rendering shows alone ("Six Things …" / "Early Planning")
    under = _text_under(source, pieces, at)
    if under[:1] in _RUN_FIGURES and words[-1].lower() in _NUMBER_LEADS:
        return False  # "Participation from approximately" / "60 retailers, …": a sentence broken at a bold number
    if caps_question and under:
        return len(under.split()) > len(words)  # an interview's question over its answer, stop or none
    under = _without_note_mark(under)  # "… in 2003 was 741,000.[x]": the sentence ended before its endnote's mark
    under = _without_handle(under)  # "… to the crowd. @djluijay": a bio closes on its subject's handle
    if not under or (
        under[-1] not in '.!?"”’):…'
        and not (unstopped and _lost_its_stop(under))
        and not (ends_on_link(under) and not _is_name_role(text))
    ):
        # The text under it may end by opening a list, or with no stop as the one above it; an ellipsis ends it as
        # "..." does: a teaser cut short over its "Read More>>" link (IBN's wire pages, sc_wire_ibn_2).
        return False
    return heads_text(text, under)


def is_field_line(text: str) -> bool:
    """Whether the line ``text`` is a ``Label: value`` field line, no section's name.

    A line with a colon inside it (``Source: Anchorbase``, ``Company Presentation: October 1``), unless it is a
    labelled question (``Q: Why now?``) or a title in two parts (``Exceptional After-Sales Service: The Key to
    Long-Term Value``). The heading rules refuse it; the paragraph stage asks it of a line glued to its text
    before it sets the line alone (``The Mission: Skaters take back the culture Super Patch …``).

    >>> is_field_line("Source: Anchorbase"), is_field_line("Diverging Strengths: Networking vs Computing")
    (True, False)
    """
    return ": " in text and not (
        _is_labelled_question(text) or (_is_title_case(text.split()) and _is_two_part_title(text))
    )


def heads_text(text: str, under: str) -> bool:
    """Whether the line ``text`` heads the text ``under`` it, by its length against that text's.

    The last test of ``standalone_heading``, once the line's place is read: a line in capitals heads any text
    (``OUTLOOK`` / ``The company expects …``: capitals set a section's name apart, whatever its length); one in
    title case, or a labelled question (``Q: Why now?``), a sentence of more words than it; one in sentence case
    a text more than twice its length. The paragraph stage asks it of a line glued to its text
    (``Key Findings and resultsAcquisition …``) before it sets the line alone.

    Args:
        text: the line as the clean text shows it.
        under: the text of the block under it, as rendered.

    Returns:
        ``True`` when ``text`` reads as the heading of ``under``.

    >>> heads_text("Key Findings and Results", "Acquisition of land ran in May.")
    True
    >>> heads_text("Key Findings and results", "Acquisition of land ran in May.")
    False
    >>> heads_text("OUTLOOK", "Growth.")
    True
    """
    words = text.split()
    if _is_caps_heading(text, words):
        return True
    if _is_title_case(words) or _is_labelled_question(text):  # a title-case heading over more words than it
        return len(under.split()) > len(words)
    return len(under) > 2 * len(text)


def _announces_list(words: list[str], nxt: Piece) -> bool:
    """A title-case line of up to twelve words with a passive infinitive, over a bullet: what the list shows.

    >>> _announces_list("Key Innovations to be Highlighted at CES 2025".split(), Piece("list_item", 0, 5, marker="*"))
    True
    >>> _announces_list("Products Shown at CES 2025".split(), Piece("list_item", 0, 5, marker="*"))
    False
    """
    plain = [w.lower() for w in words]
    return (
        nxt.marker in _BULLET_SIGNS
        and len(words) <= _LABEL_WORDS
        and any(plain[k : k + 2] == ["to", "be"] for k in range(1, len(plain) - 2))
        and not any(w in _NAME_CLAUSE_WORDS for k, w in enumerate(plain) if not (w == "be" and plain[k - 1] == "to"))
        and not any("," in w for w in words)
    )


# A speaker's role after the name, as wire releases and county prosecutors print it under (or over) a quotation:
# "Founder of Group OTT", "Chief Executive Officer of Aclarion", "Illinois Retail Merchants Association President".
_ROLE_WORDS = frozenset(
    (
        *("founder", "co-founder", "cofounder", "ceo", "cfo", "coo", "cto", "cmo", "chief", "officer", "president"),
        *("chairman", "chairwoman", "chair", "chairperson", "director", "executive", "manager", "partner", "head"),
        *("vice", "vp", "professor", "secretary", "spokesperson", "spokesman", "spokeswoman", "owner", "principal"),
        *("leader", "commissioner", "superintendent", "attorney", "minister", "governor", "senator", "mayor"),
        *("chancellor", "dean", "treasurer", "trustee", "counsel", "analyst", "editor"),
    )
)
_LONGEST_NAME = 5
# How many name lines and quotations ``_quote_attribution`` walks up: a bounded scan.
_SPEAKERS_LOOKED_AT = 8


def _is_name_role(text: str) -> bool:
    """A person's name, a comma and a role: ``Jean-François Ott, Founder of Group OTT``.

    >>> _is_name_role("Brent Ness, Chief Executive Officer of Aclarion")
    True
    >>> _is_name_role("Headquarters Relocation to Plano, Texas"), _is_name_role("Horn Wright, LLP’s Commitment")
    (False, False)
    """
    name, comma, role = text.partition(", ")
    words = name.split()
    if not comma or not 2 <= len(words) <= _LONGEST_NAME or text[-1] in _NO_HEADING_END:
        return False
    if not all(w.lstrip('“"‘')[:1].isupper() or w in NAME_PARTICLES for w in words):
        return False
    return any(w.strip(",.()’'“”").lower() in _ROLE_WORDS for w in role.split())


def _closes_quote(source: str, piece: Piece) -> bool:
    """Whether ``piece`` is a body block that ends a quotation (``… our plans.”``)."""
    return piece.kind in ("line", "paragraph") and source[piece.end - 1] in '”"'


def _quote_attribution(source: str, pieces: tuple[Piece, ...], i: int) -> bool:
    """Whether the name line ``pieces[i]`` (``_is_name_role``) names the speaker of the quotation above it.

    Wire releases print the speaker's name and role on a line under the quotation (``“I am very excited …”`` /
    ``Jean-François Ott, Founder of Group OTT``, PRISM MediaWire: a paragraph); a county prosecutor's page
    sets each speaker's name over the quotation instead (``Roseanna Ander, …`` / ``“We are so grateful …”``
    / ``Elzie Higginbottom, …`` / ``“I am a businessman …”``, xg_da_cook_2: headings). Read up the run of
    quotations and name lines: the names stand under their quotations when the first quotation has none over
    it. The golds read the 18 name lines under a quotation so, 14 paragraphs and 4 headings.
    """
    at = i
    for _ in range(_SPEAKERS_LOOKED_AT):
        quote = _body_neighbour_at(source, pieces, at, -1)
        if quote < 0 or not _closes_quote(source, pieces[quote]):
            return False  # the first name of the run stands over its quotation: each one heads its own
        above = _body_neighbour_at(source, pieces, quote, -1)
        if above < 0 or not _is_name_role(_rendered(source, pieces[above])):
            return True  # a quotation with no name over it: the name under it is its speaker's
        at = above
    return False


def _is_caps_word(text: str) -> bool:
    """A line of one word in capitals, four letters or more, no small word: a place heading its section.

    ``DANVILLE`` / ``MILITARY TIRES`` / a paragraph (yb_senate_warner_1): the place over the project, as
    ``HAMPTON ROADS`` / ``VIRGINIA-CLASS SUBMARINE CONSTRUCTION`` is; the one word is no unfinished headline.

    >>> _is_caps_word("DANVILLE"), _is_caps_word("FROM"), _is_caps_word("HAMPTON ROADS"), _is_caps_word("Danville")
    (True, False, False, False)
    """
    return " " not in text and text.lower() not in _SMALL_WORDS and _is_caps_heading(text, [text])


def _among_caps_sections(source: str, pieces: tuple[Piece, ...], top: int, body: int) -> bool:
    """True when the section ``pieces[top]`` heads, its text at ``body``, has a sibling in capitals.

    ``FREE-ELECTRON LASER …`` / its paragraph / ``DANVILLE`` / ``MILITARY TIRES`` / its paragraph /
    ``ADDITIONAL PROVISIONS`` (yb_senate_warner_1): a line in capitals after the paragraph above the
    one word, or after the section's own paragraph (or the one after it), makes the word in capitals
    a place heading its section, a sibling of the others. ``GOVERNOR`` / ``SIGNS BUDGET BILL`` / a
    paragraph with no such sibling is a headline wrapped after its first word.
    """
    k = _body_neighbour_at(source, pieces, top, -1)
    if k >= 0 and _sentence_block(source, pieces[k]) and _caps_block(source, pieces, k, -1):
        return True
    for _ in range(_SECTION_PARAGRAPHS):
        if body < 0 or not _sentence_block(source, pieces[body]):
            return False
        if _caps_block(source, pieces, body, 1):
            return True
        body = _body_neighbour_at(source, pieces, body, 1)
    return False


def _sentence_block(source: str, piece: Piece) -> bool:
    """A line or paragraph that ends a sentence: a section's text."""
    if piece.kind not in ("line", "paragraph"):
        return False
    text = _rendered(source, piece)
    return bool(text) and text[-1] in '.!?"”’)'


def _caps_block(source: str, pieces: tuple[Piece, ...], at: int, step: int) -> bool:
    """True when the block next to ``pieces[at]`` (``step`` -1 above, 1 below) is a line in capitals."""
    k = _body_neighbour_at(source, pieces, at, step)
    if k < 0 or pieces[k].kind not in ("line", "heading"):
        return False
    text = _rendered(source, pieces[k])
    return bool(text) and _is_caps_heading(text, text.split())


# The words a sentence puts before a number, which no heading ends with: a page that set the number in bold
# on its own line broke the sentence there ("Participation from approximately" / "60" / "retailers …",
# ya_da_cook_1).
_NUMBER_LEADS = frozenset(("approximately", "than", "nearly", "almost", "roughly", "least"))


def _between_lists(prev: Piece, nxt: Piece) -> bool:
    """True when ``prev`` and ``nxt`` are items of two lists, each with its own bullet (``•`` above, ``*`` below).

    A line between them names the second list (``Event location & dates``, xe_wire_noticias_1): an item
    that lost its bullet would stand among items of one kind. Signs only: numbers differ item to item.
    """
    return (
        prev.kind == "list_item"
        and prev.marker in _BULLET_SIGNS
        and nxt.marker in _BULLET_SIGNS
        and prev.marker != nxt.marker
    )


def _first_section(source: str, pieces: tuple[Piece, ...], at: int) -> bool:
    """True when the block after the paragraph ``pieces[at]`` is a heading over text: sections, not a list.

    ``… is comprised of three major initiatives:`` / ``Targets Appropriated Funds for Research and
    Development of New Production Technologies`` / a paragraph / ``Eliminates Suffocating Price Controls on
    Government Purchases`` / a paragraph (xi_senate_inhofe_1): the colon introduces sections, each a
    title-case line over its paragraph, and the first is a heading as its siblings are. Items under a
    colon stand in a row, with no paragraph between them. A section may hold a short second paragraph
    (``This year’s Citizens of Courage recipients are:`` / ``DONNA COOPER`` / her story / ``Watch Donna’s
    story here.`` / ``DYLAN GRAHAM``, xd_da_sd_1): the sibling is looked for past up to two paragraphs.
    """
    if pieces[at].kind != "line" or source[pieces[at].end - 1] not in '.!?"”’)':
        return False
    sibling = _neighbour_at(source, pieces, at, 1)
    for _ in range(_SECTION_PARAGRAPHS - 1):  # past the section's other paragraphs, each ending a sentence
        if sibling < 0 or pieces[sibling].kind != "line" or source[pieces[sibling].end - 1] not in '.!?"”’':
            break
        sibling = _neighbour_at(source, pieces, sibling, 1)
    if sibling < 0:
        return False
    if pieces[sibling].kind == "heading":
        return True
    return pieces[sibling].kind == "line" and _standalone(source, pieces, sibling, over=False)


def _stacked_heading(source: str, pieces: tuple[Piece, ...], at: int) -> bool:
    """True when the line ``pieces[at]`` is itself a heading over text: two headings stacked under a colon.

    ``… statement removing his hold today follows:`` / ``Statement for the Record`` / ``Senator Ron Wyden`` /
    the statement (yb_senate_wyden_1), ``… for the following projects:`` / ``RADFORD`` / ``RADFORD ARMY
    AMMUNITION PLANT`` / a paragraph (yb_senate_warner_1): the colon introduces what the headings head.
    Lines the list stage made items are no lines here: ``paragraphs._no_parallel_items`` left these alone.
    """
    return pieces[at].kind == "line" and _standalone(source, pieces, at, over=False)


# The most paragraphs under the first section's heading before its sibling (``_first_section``).
_SECTION_PARAGRAPHS = 2
# A lower-case letter glued to a capital inside a word: a lost break ("AccidentsBicycle").
_GLUED_WORD = re.compile(r"[a-z][A-Z]")
# The most words of a title-case label ending in a colon over a list's items (``list_label``).
_LABEL_WORDS = 12
_LABEL_LONGEST = 100
# The most words of a list's name over its bullets, read wherever it stands.
_LIST_NAME_WORDS = 4
# Bullets that are signs: a numbered item ("(4) Great bodily injury", da_018) may be a table's cell.
_BULLET_SIGNS = frozenset("*•-–—·▪◦●■")


def _names_list_below(text: str, words: list[str], title: bool, nxt: Piece) -> bool:
    """A short title-case line directly over a bulleted item: the list's name (``Key Highlights`` / ``* …``).

    It is a heading whatever stands above it: a long subtitle that reads as
    unfinished, or nothing once the title and subtitle are meta (the clean
    text opens with it, SPEC 5). Not a line ending in a small word or a
    colon's field (``Name: value``), nor one over a numbered item (a
    flattened table's cell over ``(4) Great bodily injury``, da_018).

    >>> _names_list_below("Key Highlights", ["Key", "Highlights"], True, Piece("list_item", 0, 5, marker="*"))
    True
    >>> _names_list_below("Key Highlights", ["Key", "Highlights"], True, Piece("line", 0, 5))
    False
    """
    return (
        nxt.kind == "list_item"
        and nxt.marker in _BULLET_SIGNS
        and title
        and len(words) <= _LIST_NAME_WORDS
        and text[0].isalpha()
        and text[-1].isalnum()
        and words[-1].lower() not in _SMALL_WORDS
        and ":" not in text
    )


# A book or a work named in quotes with its author, heading the blurb under it: "“Allegory” by Jack Martin Haley".
_BY_AUTHOR = re.compile(r"[“\"][A-Z][^“”\"\n]{0,80}+[”\"] by [A-Z][\w’'.-]*+(?: [A-Z][\w’'.-]*+){0,4}+")
# A person named by a nickname in quotes first, then the surname: "“Pastor Phil” Jackson, Firehouse … CEO"
# (xg_da_cook_2: a speaker's line like its siblings "Joe Ferguson, The Civic Federation President").
_NICKNAME = re.compile(r"[“\"][A-Z][\w’'.-]*+(?: [A-Z][\w’'.-]*+){0,2}+[”\"] [A-Z][\w’'-]*+[ ,]")


def _is_two_part_title(text: str) -> bool:
    """A title-case heading with a colon inside it: ``Exceptional After-Sales Service: The Key to Long-Term Value``.

    Both parts are phrases of two words or more, six in all, with no figure: a field line's label is a
    word or two and its value a name, a date or a figure (``Media Contact: Jane Roe``, ``Date: March 11``).
    A value listing names with commas and no ``and`` is a field's (``Bronze Sponsors: Gorman-Rupp Pumps,
    Amalgamated Research``); a series a title writes ends in ``and`` (``Fast, Friendly and Free Support``).
    A model code is a name, not a figure (``The Future of Electric Driving: Experience the VinFast VF e34``),
    and so is a code of capitals around a figure (``Driving O2O Synergy: … to Complement B2C Strategy``).
    A comma part that is a phrase, not a name, makes the commas a title's (``Looking to the Future: Horn
    Wright, LLP, Growing at an Accelerated Rate``, xr_wire_newsdirect_1: ``_is_phrase``).

    >>> _is_two_part_title("Exceptional After-Sales Service: The Key to Long-Term Value")
    True
    >>> _is_two_part_title("Media Contact: Jane Van Roe"), _is_two_part_title("Company Presentation: October 1, 2026")
    (False, False)
    >>> _is_two_part_title("Looking to the Future: Horn Wright, LLP, Growing at an Accelerated Rate")
    True
    >>> _is_two_part_title("Organized By: Horn Wright, LLP, Garden City")
    False

    A contrast of two terms is a title's phrase however short (``Diverging Strengths: Networking vs Computing``,
    NewsUSA uc_wire_newsusa_1), as a name of three words is not (``Media Contact: Jane Van Roe``).

    >>> _is_two_part_title("Diverging Strengths: Networking vs Computing")
    True
    """
    label, _, value = text.partition(": ")
    if (
        ", " in value
        and not any(w in _SERIES_ENDS for w in value.split())
        and not any(_is_phrase(part.split()) for part in value.split(", "))
    ):
        return False  # names one after another, no "and" closing them: a field's values (xn_wire_prism_1)
    parts = len(label.split()), len(value.split())
    figures = any(
        ch.isdigit() for word in text.split() if not _is_model_code(word) and not _is_code(word) for ch in word
    )
    contrast = parts[1] == 3 and value.split()[1].lower() in _CONTRAST_WORDS  # "Networking vs Computing"
    return min(parts) >= 2 and (sum(parts) >= 6 or contrast) and not figures and ":" not in value


# The words of a contrast a title sets after its colon ("Diverging Strengths: Networking vs Computing").
_CONTRAST_WORDS = frozenset(("vs", "vs.", "versus"))
# An event's billing line, a role and the name it bills: "Presented by: Fabian Alomar", "Live Music by: DJ LUIJAY".
_BILLING = re.compile(r"(?P<label>[A-Z][^:\n]{0,40}+): (?P<name>[A-Z][\w’'.-]*+(?: [A-Z][\w’'.-]*+){1,4}+)")


def _billed_name(source: str, pieces: tuple[Piece, ...], i: int, text: str) -> bool:
    """A ``Role: Name`` line over the paragraph about that person, opening on the name: a section's name.

    An event release bills each act on a line of its own and writes its bio under it (``Presented by: Fabian
    Alomar`` / ``Fabian Alomar is a former pro skater …``, xe_wire_noticias_1): the paragraph restates the
    name, as a section's text does its heading's subject. A name of two words or more, a label with no
    clause's word and no contact's (``Media Contact: Jane Roe`` / ``Jane Roe, 202-555-0100`` is a contact).

    >>> src = "Presented by: Jane Roe\\n\\nJane Roe is a former skater and a producer."
    >>> from pressparse.blocks import group_lines
    >>> from pressparse.layout import split_lines
    >>> _billed_name(src, group_lines(src, split_lines(src)), 0, "Presented by: Jane Roe")
    True
    """
    m = _BILLING.fullmatch(text)
    if m is None or _CONTACT_LABEL.match(text) is not None:
        return False
    if any(w.lower() in _CLAUSE_WORDS for w in m["label"].split()):
        return False
    at = _body_neighbour_at(source, pieces, i, 1)
    if at < 0 or pieces[at].kind not in ("line", "paragraph"):
        return False
    under = _rendered(source, pieces[at])
    name = m["name"]
    return under.startswith(name) and under[len(name) : len(name) + 1] in (" ", ",")


# The words that close a series in a title's phrase ("Fast, Friendly and Free").
_SERIES_ENDS = frozenset(("and", "or", "&"))
# The small words of a phrase that a name seldom holds: an article, a preposition of place, time or manner
# ("Growing at an Accelerated Rate"); a name may hold "of", "the", "and" ("Bank of the West").
_PHRASE_WORDS = frozenset(("a", "an", "at", "by", "for", "from", "in", "on", "to", "with"))


def _is_phrase(words: list[str]) -> bool:
    """A comma part that reads as a phrase, not a name: three words or more, one a phrase's small word.

    >>> _is_phrase("Growing at an Accelerated Rate".split()), _is_phrase("Gorman-Rupp Pumps".split())
    (True, False)
    >>> _is_phrase("Bank of the West".split())
    False
    """
    return len(words) >= 3 and any(w in _PHRASE_WORDS for w in words[1:])


def _is_code(word: str) -> bool:
    """True for a code of capitals and figures mixed, a name: ``O2O``, ``B2C`` (not ``2026``, ``Q3``, ``20%``).

    >>> _is_code("O2O"), _is_code("B2C:"), _is_code("2026"), _is_code("Q3")
    (True, True, False, False)
    """
    word = word.rstrip(":")
    return 3 <= len(word) <= 6 and word.isalnum() and word.isupper() and word[0].isalpha() and word[-1].isalpha()


def _unbolded(text: str) -> str:
    """``text`` without the markdown bold markers that wrap the whole of it: ``**Fourth Quarter Summary**``.

    A markdown page (PR Newswire's, wire_m) sets a subheading in bold on its own line; the heading keeps
    its markers (its text is its slice), the rule reads the words. Bold words inside the line
    (``**Brightwell** made …``) are the sentence's.
    """
    if len(text) > 4 and text.startswith("**") and text.endswith("**") and text.find("**", 2, len(text) - 2) < 0:
        return text[2:-2].strip()
    return text


def _is_caps_heading(text: str, words: list[str]) -> bool:
    """A line of words in capitals, four letters or more (``OUTLOOK``, ``Q&A WITH THE CEO``), no code (``ITTL0``)."""
    return (
        text.isupper()
        and len(words) <= 12
        and sum(ch.isalpha() for ch in text) >= 4
        and all(not any(ch.isdigit() for ch in w) or w.isdigit() for w in words)
    )


# Words that make a line ending in ":" a sentence introducing a list ("The defendants include:", "Highlights
# of the event update include:", "charged with:", "vision to:"), not a label naming it.
_CLAUSE_WORDS = frozenset(
    (
        *("is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could", "may"),
        *("must", "should", "include", "includes", "including", "said", "says", "follow", "follows", "following"),
        *("below", "above", "here", "there", "they", "we", "he", "she", "it", "you", "to", "with", "as", "such"),
        *("these", "those", "this", "that", "which", "who", "please", "visit", "see", "click"),
    )
)


# A clause's words in a list's name: those of a lead-in, but "to" (``Notes to editors``, ``Links to resources``).
_NAME_CLAUSE_WORDS = _CLAUSE_WORDS - {"to"}


# A label names its section with a noun phrase. A line that opens with a conjunction, a connective or the
# preposition that names a source ("And from Chairwoman Roe:", "As Stock Put It:", "Additionally:") is the lead-in
# of a sentence, and so is one with a verb of speech ("Chairman Smith Said:"): both introduce what follows.
_LEAD_IN_OPENERS = frozenset(
    (
        *("and", "but", "or", "nor", "so", "yet", "also", "plus", "from", "as", "according", "here", "there"),
        # A preposition that sets what follows as the subject (“Among the new hires [are]:”, sc_wire_citybiz_1;
        # “Along with iCoreRx, the MDA now endorses:”, sc_wire_nmw_1): a wire story's lead-in to its list.
        *("among", "amongst", "along"),
        "dear",  # a letter's salutation opens the letter under it ("Dear Mr. President:", xq_senate_hutchison_1)
        *("meanwhile", "additionally", "furthermore", "moreover", "then", "now", "finally", "again"),
    )
)
# Speech verbs that are never nouns or adjectives of a label ("Notes to Editors:", "Shared Services:",
# "Member States:", "What They Are Saying:" keep theirs).
_LABEL_SPEECH_VERBS = frozenset(v for v in SPEECH_VERBS if not v.endswith("ing")) - frozenset(
    ("notes", "comments", "remarks", "states", "shared", "continued", "continues", "asks", "concluded", "concludes")
)


def _is_lead_in(words: list[str]) -> bool:
    """True when a line ending in ``:`` is the lead-in of a sentence, not a label (``And from Chairwoman Roe:``).

    >>> _is_lead_in("And from Chairwoman Roe".split()), _is_lead_in("Research Highlights".split())
    (True, False)
    """
    plain = [w.strip(",;:").lower() for w in words]
    return plain[0] in _LEAD_IN_OPENERS or any(w in _LABEL_SPEECH_VERBS for w in plain)


def _is_sentence_case_label(text: str, words: list[str]) -> bool:
    """A noun phrase of two to six words ending in ``:``: ``Study details, background or design:`` (wire_018).

    No verb, pronoun or preposition that makes it a sentence (``_CLAUSE_WORDS``), and no
    word after the first in ``-ed`` (``charged``, ``listed``).
    """
    if not (2 <= len(words) <= 6 and len(text) <= 50 and text[0].isupper()):
        return False
    plain = [w.strip(",;").lower() for w in words]
    return not any(w in _CLAUSE_WORDS for w in plain) and not any(w.endswith("ed") for w in plain[1:])


# Words a sentence opens with and a label does not: "The plan covers six areas:" is a sentence's lead-in.
_DETERMINERS = frozenset(("the", "a", "an", "this", "these", "that", "those", "our", "its", "their", "his", "her"))


def _is_bare_label(words: list[str]) -> bool:
    """A label of two words, or a noun phrase joined by a small word (``of``, ``and``), opening with no article.

    >>> _is_bare_label("Key highlights".split()), _is_bare_label("The plan covers six areas".split())
    (True, False)
    >>> _is_bare_label("Key provisions of the bill".split()), _is_bare_label("Senior staff attend briefings".split())
    (True, False)
    """
    if words[0].lower() in _DETERMINERS:
        return False
    return len(words) <= 2 or any(w.lower() in _SMALL_WORDS for w in words[1:])


def list_label(source: str, pieces: tuple[Piece, ...], i: int, base: int) -> bool:
    """A short title-case label ending in ``:`` on its own line, over the list it names (``Key Takeaways:``).

    A label in capitals heads the line right under it, the field of a media
    advisory (``WHO:`` / ``WHEN:`` / ``WHERE:``). A label in sentence case
    (``Study details, background or design:``, wire_018) heads a list when
    it has no word of a sentence
    (``_is_sentence_case_label``).

    >>> from pressparse.blocks import group_lines
    >>> from pressparse.layout import split_lines
    >>> from pressparse.paragraphs import split_lines as split_pieces
    >>> src = "Police met.\\n\\nKey Takeaways:\\n- Ten countries signed.\\n- The plan starts in May."
    >>> list_label(src, split_pieces(src, group_lines(src, split_lines(src))), 1, 0)
    True
    """
    del base
    return _list_label(source, pieces, i, front=True)


def _list_label(source: str, pieces: tuple[Piece, ...], i: int, *, front: bool) -> bool:
    """``list_label``; ``front``: whether a label under the headline reads as the rendering's first line."""
    piece = pieces[i]
    text = piece.text(source)
    if not text.endswith(":") or ":" in text[:-1]:
        return False
    words = text[:-1].split()
    nxt = _neighbour(source, pieces, i, 1)
    if nxt is None:
        return False
    if not words or _is_lead_in(words):
        return False
    before = _neighbour_at(source, pieces, i, -1)
    first = before < 0 or (  # the rendering's first, under the title (one level: ``_over_no_paragraph`` reads no title)
        front and _front_headline(source, pieces, before, text, _body_neighbour_at(source, pieces, i, 1))
    )
    if (
        nxt.kind == "list_item"
        and (not first or _is_bare_label(words))
        and words[0].lower() not in _DETERMINERS
        and _is_sentence_case_label(text, words)
    ):
        # "Study details, background or design:" over its list (wire_018); also first in the body, where the
        # clean text puts "Key highlights:" once the title above it is meta (SPEC 5, wire_q). Not one that opens
        # with an article, a sentence's subject ("The scientific statement calls for:", vc_wire_nmw_1: the golds
        # read all 17 such lines over a list as paragraphs).
        return True
    if (
        not first
        and nxt.kind in ("line", "paragraph")
        and (len(words) >= 3 or (len(words) == 2 and (source[nxt.start] in '“"' or source[nxt.end - 1] == "?")))
        and _is_bare_label(words)
        and _is_sentence_case_label(text, words)
        and source[nxt.end - 1] in '.!?"”’)'
    ):
        # "Key provisions of the bill:" over the bill's sections, each a paragraph (Senate); a label of two
        # words over the quotations or the questions it introduces ("Selected excerpts:" / "“She has wasted no
        # time …”", "Interview questions:" / "Introduction |Can you provide …?", xu_wire_citybiz_1); over prose
        # ("Selected results:" / "Ten countries signed …") two words may be a sentence's start.
        return True
    if (
        nxt.kind == "list_item"
        and len(words) <= _LABEL_WORDS
        and len(text) <= _LABEL_LONGEST
        and text[0].isupper()
        and _is_title_case(words)
        and (len(words) <= 4 or _GLUED_WORD.search(text) is None)
    ):
        # Also first in the body: a label ending in ":" is never a title ("Research Highlights:"). Over the
        # items a title-case label may be long ("Key Features of the Slice Baby Golf Website Launch:",
        # xn_wire_prkarma_1): the colon and the capitals name the list, as a lead-in sentence does not; not
        # a long one with a glued word, a subheading that lost its break ("… Dooring AccidentsBicycle Types:").
        return True
    if (
        not first
        and nxt.kind in ("line", "list_item")
        and 2 <= len(words) <= _CAPS_LABEL_WORDS
        and _is_caps_heading(text[:-1], words)
    ):
        # A label in capitals over the list or the text it names: "BEWARE OF THESE SCAMS AND SCHEMES:"
        # (xs_da_sandiego_1), set apart as "OUTLOOK" is, and as its title-case siblings are.
        return True
    if not first and nxt.kind == "line" and _names_links(text, words) and _LINK_FIELD.match(_rendered(source, nxt)):
        # A label over the links it names, each a field whose value is a web address: "On the web:" / "Lugar's
        # energy webpage: http://…" (Senate, zb_senate_lugar_1), "Official … Community Channels:" / "X (formerly
        # Twitter): https://…" (xh_wire_prism_1); the golds read all three such labels as headings.
        return True
    if not (0 < len(words) <= 4 and len(text) <= 40 and text[0].isupper() and _is_title_case(words)):
        return False
    if first:
        return False  # a label under a field's value ("WHEN:" under "WHO:"'s answer) may follow any line
    # Over a paragraph that ends a sentence: a section label ("Company Updates:", wire_024); not over a
    # field's value ("Media Contact:" / "Jane Roe, 202-555-0100").
    if (
        nxt.kind in ("line", "paragraph")
        and (len(words) >= 2 or words[0].lower() in _SECTION_WORDS)
        and source[nxt.end - 1] in '.!?"”’)'
    ):
        return True
    if (
        nxt.kind == "line"
        and (
            (len(words) >= 2 and source[nxt.end - 1] not in '.!?"”’)')
            or _INGREDIENT.match(source, nxt.start, nxt.end) is not None  # "… 4 salmon fillets (6 ounces each)"
        )
        and words[-1].lower() not in _CONTACT_LABELS
        and _CONTACT_LABEL.match(text) is None
    ):
        # A label of two words or more over its value, no sentence: a hotline's name over its number ("Election
        # Complaint Phone Hotline:" / "(773) 674-2728", x9_da_cook_3), a recipe's part over its ingredients
        # ("Honey-Lemon Marinated Grapes:" / "2 tablespoons …", xn_wire_noticias_1), one word too over a measure
        # ("Salmon:" / "3/4 cup walnuts, chopped …", the same recipe: ``_INGREDIENT``); not a contact's label.
        return True
    # A media advisory's field label in capitals over its own line: "WHO:", "WHEN:", "PHOTO/INTERVIEW:".
    return text.isupper() and len(text) >= 3 and nxt.kind == "line"


# A field whose value is a web address: "Lugar's energy webpage: http://…", "X (formerly Twitter): https://…".
_LINK_FIELD = re.compile(r"[^\s:][^:\n]{0,59}+:[ \t\u00a0]*+(?:https?://|www\.)")


def _names_links(text: str, words: list[str]) -> bool:
    """A label of two words or more naming the links under it: no clause's word, no contact's label.

    >>> _names_links("On the web:", "On the web".split()), _names_links("Media contact:", "Media contact".split())
    (True, False)
    >>> _names_links("Please visit:", "Please visit".split())
    False
    """
    return (
        2 <= len(words) <= _LABEL_WORDS
        and len(text) <= _LABEL_LONGEST
        and text[0].isupper()
        and not any(w.lower() in _CLAUSE_WORDS for w in words)
        and _CONTACT_LABEL.match(text) is None
    )


# A recipe's ingredient line, a measure first: "3/4 cup walnuts", "2 tablespoons honey", "1 1/2 pounds beef"; the
# recipes syndicated on wire pages (Family Features on Noticias, NewsUSA) set each part's name over its own.
_INGREDIENT = re.compile(
    r"\d++(?:[ \u00a0]\d++)?+(?:/\d++)?+[ \u00a0]++"
    r"(?:cups?|tablespoons?|teaspoons?|tbsp\.?|tsp\.?|ounces?|oz\.?|pounds?|lbs?\.?|cloves?|pinch|grams?|ml)\b"
)
# The most words of a label in capitals ending in a colon (``BEWARE OF THESE SCAMS AND SCHEMES:``).
_CAPS_LABEL_WORDS = 8
# One-word section names a release sets over a paragraph with a colon ("Background:", DOJ, DA and Senate
# pages); other one-word labels are fields ("Note:", "Source:", "Time:").
_SECTION_WORDS = frozenset(
    (
        *("background", "summary", "overview", "context", "details", "highlights", "timeline", "sentencing", "charges"),
        *("introduction", "conclusion", "conclusions"),
    )
)
# Labels of a contact's fields: a name over them is a contact block, not an event over its details.
_CONTACT_LABELS = frozenset(
    ("phone", "tel", "telephone", "email", "e-mail", "fax", "mobile", "cell", "office", "web", "website", "contact")
)


# A field's label in sentence case, as Nordic and Europol releases write them: "First quarter 2026 results: 7 May
# 2026", "Belgium: Federal Judicial Police"; at most six words, no sentence ("Police said: …" has a verb).
_FIELD_LABEL = re.compile(r"[A-Z][\w’'&/().-]*+(?: [\w’'&/().-]++){0,5}+:[ \t\u00a0]++(?=\S)")
_FIELDS_LOOKED_AT = 2


def _is_field(source: str, field: Piece) -> bool:
    """True when ``field`` is one ``Label: value`` line whose label is no contact's (``Phone:``) nor a clause's.

    A field hard-wrapped over two lines (``Conference`` / ``Date: October 29``) is read as the clean text
    joins it, one line, so the name over it reads the same in both (SPEC invariant 5, fuzz finding F1125-30).
    """
    if field.kind != "line":
        return False
    text = source[field.start : field.end] if field.lines == 1 else _rendered(source, field)
    m = FIELD_LINE.match(text) or _FIELD_LABEL.match(text)
    if not m or "\n" in text:
        return False
    label = [w.lower() for w in text[: m.end()].split(":", 1)[0].split()]
    return label[-1] not in _CONTACT_LABELS and not any(w in _CLAUSE_WORDS for w in label)


def field_heading(source: str, pieces: tuple[Piece, ...], i: int, base: int) -> bool:
    """A short line with no closing stop alone over two or more ``Label: value`` field lines: a name over them.

    wire_015 names each conference it will attend, then its fields
    (``Conference Date: Tuesday, October 1, 2024`` / ``Conference Location:
    Virtual``). The name heads them even right under the sentence that
    announced the list (``… at the following financial conferences:``).
    A name in sentence case heads them too, up to six words and no clause
    (Europol's ``Participating authorities`` / ``Belgium: …``, a Nordic
    ``Financial calendar`` / ``First quarter 2026 results: 7 May 2026``).
    The fields are the nearest pieces the clean text keeps (a case number
    the cleanup removes between them, da_k, is not there), and the blank
    lines around them are not read, as the clean text puts one between
    every two blocks (SPEC invariant 5).
    A name over a phone and an e-mail line is a contact, not a section.

    >>> from pressparse.blocks import group_lines
    >>> from pressparse.layout import split_lines
    >>> src = "At:\\n\\nLD Micro Main Event\\n\\nConference Date: October 29\\n\\nConference Location: Virtual"
    >>> field_heading(src, group_lines(src, split_lines(src)), 1, 0)
    True
    """
    del base
    piece = pieces[i]
    if i == 0 or i + 2 >= len(pieces) or piece.lines != 1 or piece.end - piece.start > 90:
        return False
    text = piece.text(source)
    words = text.split()
    if not text[0].isupper() or ":" in text or text[-1] in _NO_HEADING_END or text[-1] == "?":
        return False
    if len(words) > 12 or not (_is_title_case(words) or _is_sentence_case_name(words)):
        return False
    at = i
    for _ in range(_FIELDS_LOOKED_AT):
        at = _neighbour_at(source, pieces, at, 1)
        if at < 0 or not _is_field(source, pieces[at]):
            return False
    return True


def _is_sentence_case_name(words: list[str]) -> bool:
    """A noun phrase of two to six words with no clause's word: ``Participating authorities``."""
    plain = [w.lower() for w in words]
    return 2 <= len(words) <= 6 and not any(w in _CLAUSE_WORDS for w in plain)


# A table's header cell: one to four words in title case, no digit, no closing punctuation; at most eight cells.
_HEADER_CELL_MAX = 40
_HEADER_CELLS_MAX = 8


def _may_be_cell(source: str, piece: Piece) -> bool:
    """The cheap half of ``_is_header_cell``: a short ``line`` piece of one line with no closing punctuation."""
    return (
        piece.kind == "line"
        and piece.lines == 1
        and piece.end - piece.start <= _HEADER_CELL_MAX
        and source[piece.start].isupper()
        and source[piece.end - 1] not in _NO_HEADING_END
    )


def _is_header_cell(source: str, piece: Piece) -> bool:
    """One to four title-case words with no digit and no closing punctuation, a line of its own."""
    if not _may_be_cell(source, piece):
        return False
    text = source[piece.start : piece.end]
    words = text.split()
    return (
        len(words) <= 4
        and text[0].isupper()
        and text[-1] != "?"
        and not any(ch.isdigit() for ch in text)
        and _is_title_case(words)
        and not _PARTY_TAG.search(text)  # "Senator John Doe (D-Ill.)": a cosponsor a line, no column's name
    )


def _cells_up(source: str, pieces: tuple[Piece, ...], i: int) -> int:
    """How many lines from piece ``i`` up are ``_may_be_cell`` in a row (``i`` first), past the lines meta may take.

    Counted up to ``_HEADER_CELLS_MAX + 1``, the run ``header_row`` refuses; remembered (``_MEMO``), as the rules
    read the lines top down and a line's count is its own and the count over it: a page of short lines is read
    once a line, not eight times. The walk up stops at a count it knows, so no call reads more than that many.
    """
    memo = _memo(source, pieces)[3]
    walked: list[int] = []
    k, known = i, 0
    while len(walked) <= _HEADER_CELLS_MAX:
        if k < 0 or not _may_be_cell(source, pieces[k]):
            break
        if (found := memo.get(k)) is not None:
            known = found
            break
        walked.append(k)
        k = _body_neighbour_at(source, pieces, k, -1)
    else:
        memo[i] = _HEADER_CELLS_MAX + 1  # as many as the bound without an end: the lines over ``i`` stay unknown
        return memo[i]
    for n, m in enumerate(reversed(walked), 1):  # the lines walked, from the top one down
        memo[m] = min(known + n, _HEADER_CELLS_MAX + 1)
    return memo.get(i, 0)


def header_row(source: str, pieces: tuple[Piece, ...], i: int, base: int) -> bool:
    """A cell of a table's header row, printed one cell a line under the story (``Defendant`` / ``Charges``).

    County prosecutors' releases end with a table of the case (da_018: ``Defendant`` / ``Charges`` /
    ``Maximum Sentence`` / ``Court Date``, then the row's cells); a page that drops the table's layout
    prints the header cells one a line. Three to eight such cells in a row (``_is_header_cell``), under a
    block that ends a sentence and over text, are the header: each is a heading. A list of short lines
    under a sentence ending in ``:`` is a list (``paragraphs._unmarked_lists`` made it one before). The
    run is walked at most eight cells each way, cheap tests first, so a page of short lines stays linear.

    >>> from pressparse.blocks import group_lines
    >>> from pressparse.layout import split_lines
    >>> src = "Police met.\\nDefendant\\nCharges\\nCourt Date\\nJane Roe, 19, Santa Ana"
    >>> [header_row(src, group_lines(src, split_lines(src)), k, 0) for k in range(5)]
    [False, True, True, True, False]
    """
    del base
    if not _may_be_cell(source, pieces[i]) or _meta_line(source, pieces[i]):
        return False
    if _cells_up(source, pieces, i) > _HEADER_CELLS_MAX:
        return False  # the walk up below would find more cells in a row than a row holds, read in one step
    # Up to the block over the row, by the cheap test: a sentence's end, not another short line. A line meta
    # may take (a byline, ``By Jane Roe``) is no cell: the rendering drops it or keeps it, and the row is read
    # past it either way (F1127-3).
    run = [i]
    k = _body_neighbour_at(source, pieces, i, -1)
    while k >= 0 and _may_be_cell(source, pieces[k]):
        if len(run) == _HEADER_CELLS_MAX:
            return False
        run.append(k)
        k = _body_neighbour_at(source, pieces, k, -1)
    above = k
    if above < 0 or pieces[above].kind not in ("line", "paragraph", "heading"):
        return False
    if source[pieces[above].end - 1] not in '.!?"”’)' or not all(_is_header_cell(source, pieces[c]) for c in run):
        return False
    # Down to the first line that is no cell: the row's first value.
    k = _body_neighbour_at(source, pieces, i, 1)
    while k >= 0 and _is_header_cell(source, pieces[k]):
        if len(run) == _HEADER_CELLS_MAX:
            return False
        run.append(k)
        k = _body_neighbour_at(source, pieces, k, 1)
    return len(run) >= 3 and k >= 0 and pieces[k].kind in ("line", "list_item")


# A bill's section as a section-by-section summary numbers it: "Sec. 2. Definitions.", "SECTION 3. GRANTS.",
# "Section 4A. Authorization of appropriations." (the name after the number is matched in ``bill_section``).
_BILL_SECTION = re.compile(r"(?:SEC(?:TION)?|Sec|Section)\.?[ \u00a0]++\d{1,3}+[A-Za-z]?+\.[ \u00a0]++(?=[A-Z])")


def bill_section(source: str, pieces: tuple[Piece, ...], i: int, base: int) -> bool:
    """A bill's numbered section over its text: ``Sec. 2. Definitions.`` (a Senate section-by-section summary).

    The section's name is a noun phrase of one to eight words (``Short
    title.``, ``Authorization of appropriations.``) and may end in a full
    stop, as the bill prints it; a section written on one line with its text
    (``Sec. 3. The Attorney General may award grants.``) holds a clause's word
    and is a paragraph. Text stands under it, as under any heading.

    >>> from pressparse.blocks import group_lines
    >>> from pressparse.layout import split_lines
    >>> src = "The bill passed.\\n\\nSec. 2. Definitions.\\n\\nIn this Act, the term grant means a grant."
    >>> bill_section(src, group_lines(src, split_lines(src)), 1, 0)
    True
    """
    del base
    piece = pieces[i]
    if piece.end - piece.start > 90 or source[piece.start] not in "Ss":
        return False
    m = _BILL_SECTION.match(source, piece.start, piece.end)
    if m is None:
        return False
    name = _rendered(source, piece.evolve(start=m.end())).rstrip(".")
    words = name.split()
    if not 0 < len(words) <= 8 or any(ch in name for ch in ".;:!?") or any(w.lower() in _CLAUSE_WORDS for w in words):
        return False
    prev, nxt = _neighbour(source, pieces, i, -1), _neighbour(source, pieces, i, 1)
    return prev is not None and nxt is not None and nxt.kind in ("line", "list_item")


HEADING_RULES = (standalone_heading, list_label, field_heading, header_row, bill_section)
"""Heading rules, tried in order by ``blocks.classify_blocks`` after the caption rules."""
