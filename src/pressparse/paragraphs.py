"""Stage 3, paragraphs: rebuild the author's paragraphs from scraped lines.

Input: the stream of ``line`` pieces (noise already marked). Output: the same
stream where lines that belong together are joined (``join_lines``) and lines
that hold several paragraphs, list items or a glued subheading are split
(``split_lines``, which emits ``line``, ``list_item`` and ``heading``
pieces). Only piece boundaries move; every character keeps an owner (SPEC
invariant 1). Every scan is one pass with bounded look-around, so the stage
is linear in the length of the text (SPEC invariant 3).

Why these rules (``docs/body.md`` has them with examples):

- *Hard wraps.* E-mailed, wire and PDF text breaks lines at a fixed width.
  A run of lines is wrapped when most of its lines reach close to the run's
  longest line with a space in it (``_is_wrapped``; a long URL alone on its
  line runs past the width, wire_018), or when four lines in a row do, most of
  them ending inside a sentence (``_wrapped_stretch``: PDF text whose
  letterhead and side column share the story's run, da_022), or, for runs
  too short to show it, to the width the document's other runs share
  (``_document_width``). Inside it a
  line break ends a paragraph only after closing punctuation on a line
  clearly shorter than the wrap width, or on one that surely left room for
  the next line's first word (``_room``; not after ``Dr.``: da_004), and a
  line near the width that ends in a title, an initial or ``U.S.`` goes on
  with the name under it (``U.S.`` / ``Attorney Catherine Hanaway``, doj_g;
  ``_abbreviation_wraps``). A run
  wrapped by counting characters (``_counts_characters``: e-mailed text,
  text wrapped with no blank lines between paragraphs) had the whole width:
  a line with room left for the next word ends its paragraph, whatever it
  ends in. Where a width is known (and no proportional font), a break
  before a word that would not have fitted even in the width is a wrap,
  whatever ends the line above (``_overflows``: ``please visit:`` /
  ``www.ovc.gov/…``, doj_007). A run of three lines or more that each end a
  sentence or an item is one a line, a list that lost its bullets, never a
  wrapped paragraph, whatever width the document's other runs share
  (``_ends_every_line``), and a person named with an age
  (``John Doe, 41, of Bradford – …``) under another starts a line of his own.
  Anywhere, a line that begins in lower case or with ``.,;:)`` continues
  the line above it (da_002's ``Burke`` / ``.``), and so does a line under
  one ending in a word that cannot end a sentence (``with``, ``the``;
  da_016) or in a quotation closed on a comma (``…community,”`` / ``Cook
  County State’s Attorney…``, da_003). A bullet line never continues, but
  a dash of the sentence wrapped to the start of a line, a lower-case word
  after it, under a line with no room left for it, is no bullet
  (``_wrapped_dash``, senate_001). A quotation resumed after an attribution
  line stays one paragraph (``_quote_resumes``, Cook County pages), and a
  paragraph that opened with a quotation ends where the quotation closes on
  a stop at a line's end, before a capital (``_quote_paragraph_ends``, AP
  style). In a run with no width, a line that ends a sentence and begins the
  next one without ending it was wrapped (``_sentence_runs_on``: ``…
  Office. County`` / ``Detective …``, PDF text).
- *Glued paragraphs.* Scrapers drop the newline between paragraphs:
  ``world.Every``, ``2019.“Ensuring``, ``said:“Transnational``. A stop
  (``. ! ? :``, closing quotes allowed after it) followed directly by a
  capital, a digit-led sentence or an opening quote is a break, unless the
  word before the stop is an initial or an abbreviation (``U.S.Attorney``,
  ``St.Petersburg``, ``No.1``; ``AttorneyBrianJ.Stretch`` in doj_003, whose
  spaces were lost), a number (``3.5``), an ellipsis or part of a URL or
  e-mail address, seen from either side (``Tracie.Bertaut@heart.org``,
  wire_017; ``is_glued_break``), unless a sentence opens after the URL's
  stop or after a suffix like ``LLC.`` (``heart.org/nation.The CPR``,
  ``LLC.Honorable distinction``: ``_opens_sentence``). A straight quote
  glued there opens the next paragraph when every quotation before it in
  the paragraph is closed (marks open and close in turn, curly and straight
  mixed: ``vote."Haltom``, wire_001), else it closes the open one. A lower-case word glued to a
  usual sentence opener (``ceremonyThis``, doj_005) lost its full stop.
- *Glued subheadings.* ``SEC Files Separate Civil ComplaintHector`` (doj_008),
  ``Early Planning and Financial PreparationThe key`` (wire_020): split into a
  heading and a paragraph only at an unambiguous glue point
  (``_glued_heading``); glued by one space, only before a usual sentence
  opener or a quantifier after a phrase that cannot run on into it (``A
  smarter way to shop — and sell For agents``, ``How it works Many
  buyers``, wire_013; ``_spaced_heading``), or where a short plain word is
  glued to a name the release writes alone (``SafetyPryce authored``,
  ``_named_elsewhere``). In text wrapped with no blank
  lines, a short line ending on a word under a line that ends a sentence
  is a subheading, not the paragraph's tail (``_heading_line``).
- *Flattened pages.* A block of nine sentences or more is a page whose
  paragraph breaks became single spaces (doj_001); it is cut before the
  formula paragraphs prosecutors write in every release (``According to
  the indictment``, ``If convicted``, ``An indictment merely alleges``,
  ``… commended``: ``_formula_cuts``). A markdown image glued to a
  sentence's end is a block of its own (``_glued_image``, wire_031).
- *Lists written as one sentence.* Europol items end in ``;`` and the last
  in ``.``: a line ending in ``;`` ends its item, and such items may open in
  lower case (``_is_short_item``); ``Label: value`` lines right under a
  sentence ending in ``:`` are its items (``Spain: National Police``).
- *Glued lists.* INTERPOL pages paste bullets as ``including:-`` followed by
  NBSP padding; a bullet glued to the text before it and padded by two or
  more spaces (or one NBSP after ``:``, ``;``, in a list or over a line
  opening with the same bullet) starts a list item (``crime - and`` and
  ``including-\u00a0Dr`` do not);
  before a figure or a sign (``#83``, ``50% off``, ``$HTX``) only in a
  list already open, after ``:``, ``;`` or an item (wire_014).
  Lists whose bullets were lost keep their shape (``_unmarked_lists``); a
  field line (``DOB 10/3/1998``) or the value of a label left at the end of
  the line above completes its item (da_013). A lead-in that lost its colon
  stops on a word no sentence ends in (``The bill is cosponsored by``:
  ``_lost_colon``), and under a list's name (``Financial Highlights``) the
  items may be sentences (``_is_sentence_item``). A list pasted into one
  paragraph after a colon, ``below: • 50% off … • 50% off …`` (wire_003),
  is split at its markers (``_inline_bullets``); a letterhead's
  ``Building • 133 N. Riverfront`` is not a list.
- *Flattened tables.* A table printed one cell a line under a sentence
  ending in ``:`` (da_003) is read back as header headings and one item a
  row when a header row without digits sits over rows whose columns agree
  (``_table_rows``); the header cells over whole rows one a line, as the
  clean text prints that reading, are the same table (``_joined_rows``). A
  financial table's rows, a label and two or more figures, one cell or one
  row a line, are items under its header headings (``_value_tables``).
  Under a list's name, results labelled by a code (``RL26-004: …``) are
  items (``_coded_field``). A markdown pipe table of two rows or more is
  its header row, a heading, over one item a row; its ``|---|`` delimiter
  row is noise (``_pipe_tables``, wire_m).
- *Field lines.* Event details put one ``Label: value`` field a line
  (``Conference Date: Tuesday, October 1, 2024``, wire_015): a field line
  ends a list without markers, two field lines are never one wrapped
  paragraph (``France: …`` / ``Germany: …``, Europol), and a field glued
  to a value that ends in a digit (``2024Conference Location:``) starts a
  block (``_glued_fields``).
- *Spacing as a separator.* Some scrapers put a run of spaces where a newline
  was: three or more spaces after a stop and before a capital (doj_011); two
  spaces where the same line puts one between its other sentences
  (wire_001; wire_002, where longer runs back it); two spaces for every
  line break of 80-column text (``_two_space_wraps``, doj_002), read as
  hard-wrapped text is read.
- *Punctuation-stripped text.* Senate scrapes (``is_stripped``) keep only
  the lengths of their space runs; each document's sentence gap tells which
  runs are paragraph breaks and which, in clusters, the line breaks of a
  list or bill summary with its title-case headings (``_stripped_cuts``),
  and a break after ``would`` or ``to`` where a list's colon was lost
  (``_lost_colon_items``, senate_006), whose items may keep only a
  sentence gap before a verb and its object (``_glued_items``). The clean
  text sets each of those blocks alone between blank lines, with no space
  run left to read: there a run of blocks with no punctuation, title lines
  over clauses, is the summary (``_stripped_sections``), and blocks that
  open like clauses under a block ending in ``would`` are the lost colon's
  items (``_lost_colon_lists``), so both read alike (SPEC invariant 5).
"""

from __future__ import annotations

import functools
import itertools
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from itertools import pairwise

from pressparse._block import Piece
from pressparse._data.abbreviations import ABBREVIATIONS
from pressparse._data.glyphs import text_width
from pressparse._data.months import MONTHS, WEEKDAYS
from pressparse._data.noise_phrases import NAVIGATION_PHRASES, SHARE_PHRASES
from pressparse._data.words import (
    EVENT_FIELD_WORDS,
    FIGURE_ABBREVIATIONS,
    GLUE_OPENERS,
    NAME_TITLES,
    RUN_ON_WORDS,
    SENTENCE_OPENERS,
    SPEECH_VERBS,
)
from pressparse._dates import parse_date
from pressparse._render import join_hyphen_breaks, render_slice
from pressparse._spans import INVISIBLE, after_markdown_mark, next_word, shown_length
from pressparse.dateline import parse_dateline
from pressparse.meta import _DATE_LINE, _RELEASE_NOTE, contact_label, end_mark, note_lead_end
from pressparse.model import NoiseKind

_TERMINAL = frozenset('.!?:"”’)')
_STOPS = frozenset(".!?:")
_CLOSERS = frozenset('”’")]')
_OPENERS = frozenset('“‘"')
_DOUBLE_QUOTES = ('"', "“", "”")
# Words that cannot end a sentence: a line ending in one runs on into the next.
# Abbreviations that follow the name they shorten and so may end a sentence: "Advisors, LLC." (wire_005).
_FINAL_ABBREVIATIONS = frozenset(("inc", "llc", "ltd", "corp", "co", "plc", "gmbh", "bros", "jr", "sr", "etc"))
_DANGLING = frozenset(
    ("a", "an", "and", "the", "of", "to", "with", "for", "by", "from", "at", "in", "into", "on", "or", "nor", "than")
)

# A bullet at the start of a line: "- ", "• ", "1. ", "1) ", "(a) ", "(iii) ", "a) ". Three digits in
# brackets are a phone number's area code, not a bullet: "(619) 531-4040" (da_022); three letters are
# a bullet only as a roman numeral: "(FBI) agents" opens the second half of a wrapped sentence. The
# padding is any whitespace, as the clean text renders it one space: a bullet alone on its line ("•\nText").
_LINE_BULLET = re.compile(
    r"(?P<marker>[-–—•*·▪◦●■]|\d{1,2}[.)]|\((?:[a-zA-Z\d]{1,2}|[ivxlIVXL]{3})\)|[a-z][.)])(?P<pad>\s++)(?=\S)"
)
# Bullets that never stand alone on a line for anything else (a lone "-" or "*" may be a separator).
_LONE_BULLETS = frozenset("•▪◦●■·")
# A bullet glued to the text before it: "including:-\u00a0 \u00a0 The need".
# The lookbehind stands after the marker, so the scan looks for a marker first (3.6x faster than a
# lookbehind tried at every position; the same matches).
# The item may open with a figure or a sign only inside a list ("rankings:-\u00a0 #83 among", wire_014).
_GLUED_BULLET = re.compile(
    r"(?P<marker>[-–•▪·*])(?<=\S.)(?P<pad>[ \u00a0]{2,}+|\u00a0[ \u00a0]*+)(?=[^\W_]|[#$€£¥%“‘\"(])"
)
# A bullet glued to the colon that introduces its list, one space after it: "Key Takeaways:* First Orion"
# (markdown dumps that lost the newline before the first item, wire_025, wire_026). The space may be any
# whitespace, a line break the hard-wrap join kept ("flagsh:*" / "Z"): the rendering shows it one space, where
# the item is cut (fuzz finding F1128-16).
_COLON_BULLET = re.compile(r"(?P<marker>[-–•▪·*])(?<=\S:[-–•▪·*])(?P<pad>\s++)(?=[A-Z])")
# A bullet inside a line, spaces around it: "See details below: • 50% off …" (wire_003); two spaces before
# it and a tab after it where the page's paragraphs are parted by two spaces ("exhibit:  •\tAn Emphasis …").
# The first of the `` - `` items pasted after a colon, and the others: "they:  - Are in good standing - Are …".
_COLON_DASH = re.compile(r"(?<=[a-z\d)]:)[ \u00a0]{1,3}+(?P<marker>-)[ \u00a0]++(?=[A-Z])")
_INLINE_DASH = re.compile(r"(?<=[\w)])[ \u00a0](?P<marker>-)[ \u00a0](?=[A-Z])")
# The same after an item's full stop: "… essential. - Increased Competition: …" (24-7PressRelease, vc_wire_247_1).
_STOP_DASH = re.compile(r"(?<=[a-z\d)][.!?])[ \u00a0](?P<marker>-)[ \u00a0](?=[A-Z])")
# Items that end in a stop come three or more: one such dash after the colon's could be a clause's.
_LEAST_STOP_ITEMS = 3
# The same items with the hyphen glued to their first word: "include:  -UV fluorescence … -Stainless steel …"
# (xu_wire_247_1); a hyphen inside a word ("IP68-rated", "RS-485", "Wi-Fi") has no space before it.
_COLON_GLUED_DASH = re.compile(r"(?<=[a-z\d)]:)[ \u00a0]{1,3}+(?P<marker>-)(?=[A-Z][\w-]*+[ \u00a0])")
_INLINE_GLUED_DASH = re.compile(r"(?<=[\w)])[ \u00a0](?P<marker>-)(?=[A-Z][\w-]*+[ \u00a0])")
# The same items after an en dash, each a sentence: "Key Benefits of Natcash: – Easy cash-in … country. – Quick
# bill payments …" (zc_wire_evertise_1); a stop may end the item before the next dash.
_COLON_EN_DASH = re.compile(r"(?<=[a-z\d)]:)[ \u00a0]{1,3}+(?P<marker>–)[ \u00a0]++(?=[A-Z])")
_INLINE_EN_DASH = re.compile(r"(?<=[\w).])[ \u00a0](?P<marker>–)[ \u00a0](?=[A-Z])")
# A run of two spaces or more before a capital or an opening quotation mark: a two-space page's break.
_TWO_SPACE_RUN = re.compile(r"[ \u00a0]{2,}+(?=[A-Z“\"])")
# A run of three spaces or more before a capital: the paragraph gap of a line that lost its newlines.
_SPACE_RUN_BEFORE_CAPITAL = re.compile(r"[ \t\u00a0]{3,}+(?=[A-Z“\"])")
_INLINE_BULLET = re.compile(r"(?<=\S)[ \u00a0]{1,8}+(?P<marker>[•·▪])(?P<pad>[ \t\u00a0]++)(?=\S)")
# A markdown image: ``![alt text](url)`` (the URL holds no whitespace, as ``noise.markdown_image`` reads it).
_MARKDOWN_IMAGE = re.compile(r"!\[[^\]\n]{0,500}+\]\([^)\s]{0,2000}+\)")
# A sentence gap: a stop after a lower-case letter, a digit or a bracket, closers, whitespace, then a capital.
# Each match opens on its stop, so the scan tries the look-behind only at a stop; its end is the gap's end. A
# scan from ``start`` reads a stop just before it too, as a gap opening the text: ``_gaps``.
_SENTENCE_GAP = re.compile(r"[.!?](?<=[a-z\d)][.!?])[\"”’)]{0,2}+\s++(?=[A-Z“\"])")


def _gaps(pattern: re.Pattern[str], source: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """The matches of ``pattern``, a gap that opens on its stop, whose gap (after the stop) starts in ``[start, end)``.

    The stop may stand just before ``start``: the scan starts a character early, as a look-behind would read it.

    >>> [m.end() for m in _gaps(_SENTENCE_GAP, "He met. They left. Then", 7, 23)]
    [8, 19]
    """
    return pattern.finditer(source, max(start - 1, 0), end)


# Nine sentences or more (eight gaps): more than any paragraph of the corpus holds (seven), in a block of at
# least ``_FLAT_PAGE`` characters.
_MOST_GAPS = 8
_FLAT_PAGE = 900
# The openers of the formula paragraphs of prosecutors' releases (US DOJ, US Attorneys, district attorneys).
_FORMULA_OPENER = re.compile(
    r"According\ to\ (?:the\ )?(?:court\ documents|(?:superseding\ )?indictment|(?:criminal\ )?complaint|charging"
    r"|plea\ agreement|information|affidavit|evidence|testimony|admissions|prosecutors|statements\ made)"
    r"|If\ convicted\b|An\ indictment\ (?:merely|is\ merely|is\ a|is\ an)\b"
    r"|(?:A|The)\ (?:criminal\ )?complaint\ is\ merely\b|The\ charges\ (?:are|contained|in\ the|and\ allegations)\b"
    r"|Sentencing\ (?:is|has\ been|was)\ (?:scheduled|set)\b|(?:The|This)\ case\ (?:was|is\ being)\ investigated\b"
    r"|The\ investigation\ (?:was|is\ being)\ conducted\b"
)
# The credits paragraph: names, then "commended" (or "thanked") the investigators, within its first words.
_CREDITS = re.compile(r"[A-Z](?:[^.!?]|(?<=[A-Z])\.){0,160}?\ (?:commended|thanked)\ ")
# A sentence end inside a line: a stop and a space (``headline. More``).
_SENTENCE_END = re.compile(r"[.!?:;][\"”’)]*+ ")
# Any whitespace run: the clean text renders each one as a single space.
_WHITESPACE = re.compile(r"\s++")
# A bullet and its space before a capital, after a colon's run of spaces: a list's first item on its lead-in's line.
_RUN_BULLET = re.compile(r"(?P<marker>[*•\-–])[ \u00a0]++(?=[A-Z“\"])")
# A long run of spaces standing for a lost newline (doj_011).
_SPACE_RUN = re.compile(r"[ \t\u00a0]{3,}+")
# Candidate glued junctions: a stop and its closers, no space after.
_GLUED = re.compile(r"[.!?:][”’\")\]]*+(?=[^\s.!?:])")
# What a repair may drop right after a stop: invisible characters (``invisible_characters``) and the
# bracket opening a markdown link (``markdown_link``); the junction check looks through them.
_INVISIBLE = frozenset(INVISIBLE + "[")
# A sentence gap after a stop: one space or two, then a capital or an opening quote.
_STOP_GAP = re.compile(r"(?<=[.!?])[”’\")]{0,2}(?P<gap>  ?)(?=[A-Z“\"])")
# Two spaces after a colon that introduces a statement or a lost list (``for the hearing:  Aloha``).
_COLON_GAP = re.compile(r"(?<=[a-z\d)]:)  (?=[A-Z“\"])")
# A subheading glued to its first sentence: capitalised words, the last one running into a capital.
# A lower-case letter glued to a capital inside a word run. The capital is consumed first and the
# look-behind checks the letter before it: the same junctions, but sre scans for the (rarer) capital in C
# instead of trying every lower-case letter (2x faster over the corpus lines). Read it through ``_has_camel``.
_CAMEL = re.compile(r"[A-Z](?<=[a-z][A-Z])")


def _lost_stop_scan_start(source: str, start: int, end: int) -> int:
    """Where ``_LOST_STOP`` can first match in ``source[start:end]``, or -1 when it cannot (no camel junction).

    Every match is a capital-or-not word of lower-case letters that runs into a capital (``VirginiaThe``):
    it ends at a lower-to-capital junction, so none starts before the letters that run into the first one
    (and the capital that may open them). Searching from there finds the same matches as from ``start``,
    without trying the pattern's look-behind at every position before it.
    """
    junction = _CAMEL.search(source, start + 1, end)
    if junction is None:
        return -1
    k = junction.start() - 1  # the lower-case letter of the junction
    while k > start and "a" <= source[k - 1] <= "z":
        k -= 1
    if k > start and "A" <= source[k - 1] <= "Z":
        k -= 1
    return k


def _has_camel(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether a lower-case letter runs into a capital inside ``text[start:end]`` (``[a-z][A-Z]``).

    The search starts one character in: the look-behind would otherwise see the letter before ``start``.
    """
    return _CAMEL.search(text, start + 1, len(text) if end is None else end) is not None


# In punctuation-stripped text: a run of spaces between two words (the word after it captured).
_STRIPPED_RUN = re.compile(r"[ \u00a0](?<=[^\W_][ \u00a0])[ \u00a0]++(?=(?P<word>[^\W_]++))")
# A member of Congress's party and state, stripped: "(D-Ill.)" -> "D Ill", "(D-N.Y.)" -> "D N Y" (senate_006).
_PARTY_TAG = re.compile(r"(?<![^ ])[DRI] (?:[A-Z][A-Za-z]{1,4}+|[A-Z] [A-Z])$")
# In stripped text, words that cannot end a sentence, left before a paragraph gap where a list's colon was
# lost: "The Identity Theft Enforcement and Restitution Act of 2007 would     Give victims …" (senate_006).
_LOST_COLON = frozenset(("would", "will", "shall", "must", "should", "can", "could", "may", "might", "to"))
# A capitalised word inside a sentence, one space after a lower-case word: a name ("said Leahy"), not a verb.
_MID_CAPITAL = re.compile(r"[A-Z](?<=[a-z] [A-Z])[a-z]++")
# How far apart the line breaks of one list may lie in stripped text (a long bill-summary item).
_LINE_REACH = 500
# A curly apostrophe stripped to three spaces: "Christian   s", "don   t" (a scrape that kept UTF-8's byte count).
_WIDE_APOSTROPHE = re.compile(r"(?<=[a-z])   (?=[st] )")
# A run of four spaces or more between lower-case words (or after a comma): a hard wrap, or stripped quotes.
_WRAP_RUN = re.compile(r"(?<=[a-z,])[ ]{4,12}+(?=[a-z])")
_LEAST_WRAPS = 5
# The longest figure alone at a stretch's end after a run: a page number ("30    255196", xc_senate_sununu_1).
_LAST_FIGURE = 12
_WRAP_SPACING = 150
# A wrapped line shorter than this ends its paragraph: "… message is a      positive one      Just last month".
_SHORT_WRAPPED_LINE = 40
# Words that never end a stripped paragraph (a run after them is a wrap or a quote): "an    Osprey Weekend".
_NO_STRIPPED_END = _DANGLING - _LOST_COLON
# A line that ends with an initial: "K. G.", "John Q." (a name in a list, not a sentence end).
_INITIAL_END = re.compile(r"(?:^|\s)[A-Z]\.$")
# The local part of an e-mail address running on to its "@": "Tracie.Bertaut@heart.org" (wire_017).
_ADDRESS_TAIL = re.compile(r"[\w.%+-]{0,64}+@[\w-]")
# A run of exactly two spaces: a line break in text whose newlines became two spaces (doj_002).
_TWO_SPACES = re.compile(r"(?<! )  (?! )")
# A scraper's stand-in glued after a stretch, then two spaces: "NoneNone  " (doj_r11501, xa_doj_07350).
_STAND_IN_GAP = re.compile(r"(?:None)++  (?! )")
# An acronym in brackets ending a sentence in stripped text: "Emergency Management Agency  FEMA" ("(FEMA).").
_BRACKETED_ACRONYM = re.compile(r"(?<=[a-z]  )[A-Z]{3,6}+$")
# A sentence whose full stop was lost, glued to the next one: "ceremonyThis case" (doj_005), "VirginiaThe".
_LOST_STOP = re.compile(r"(?<![\w’'-])[A-Z]?+[a-z]{3,}+(?=(?P<next>[A-Z][a-z]++)[ ,])")
# A person named with an age between commas, opening a line: "Jane Roe, 34, of Leeds – jailed for six years",
# as police and prosecutors list defendants one a line.
# A title may open it and a credential follow the name: "Dr. Jerome Robson, 68,", "Charles Bonner, RPh., 56,".
# The comma after the age may be lost before the address: "Leslie Perez, 28 of 811 Flushing Avenue", and a
# surname's particles are lower case: "Ricky de la Cruz, 18, of 77 Varet Street" (sa_da_kings_2).
_PERSON_AGE = re.compile(
    r"(?:(?:Dr|Mr|Mrs|Ms|Rev)\.?+ )?+[A-Z][\w’'-]*+(?: (?:(?:de|la|del|della|van|von|der|den|da|di|du|le)(?= )"
    r"|[A-Z][\w’'.-]*+)){0,4}+,(?: [A-Z][A-Za-z.]{0,5}+,)?+"
    r" \d{1,3}+(?:,| of )"
)
# The age every ``_PERSON_AGE`` match holds after a comma: no such mark in a text, no person line in it.
_AGE_MARK = re.compile(r", \d{1,3}+(?:,| of )")
# A field line: a label of one to four capitalised words, a colon and its value, as event details are
# written ("Conference Date: Tuesday, October 1, 2024", "Conference Location: Virtual", wire_015).
FIELD_LINE = re.compile(r"[A-Z][\w’'&/-]*+(?: [A-Z&][\w’'&/-]*+){0,3}+:\s++(?=\S)")
# The next field's label glued to a value ending in a digit (a date, a time, a ZIP code): "October 28-30,
# 2024Conference Location: Luxe" (wire_015). After a letter it is no glue point: "PowerPoint Slides:".
_GLUED_FIELD = re.compile(r"[A-Z](?<=\d[A-Z])[a-z]++(?: [A-Z][a-z]++){0,3}+:[ \u00a0]")
# A field label glued to the value before it at a looser glue point: after a bracket ("(Room 207A)Session
# Title:"), after a capitals run ("Washington, DCDate/Time:"), or after a digit; read only where a line
# holds two such labels (yc_wire_nmw_1), as one glued label in prose is no evidence.
_LOOSE_FIELD = re.compile(
    r"[A-Z](?:(?<=[\d)][A-Z])|(?<=[A-Z]{3}))[a-z]++(?:/[A-Z][a-z]++)?+"
    r"(?: [A-Z][a-z]++(?:/[A-Z][a-z]++)?+){0,3}+:[ \u00a0]"
)
# Least loose glue points for a line that opens with no field to be read as glued fields.
_LOOSE_FIELDS = 2
HEADING = "#heading"
"""Marker used inside ``_cuts`` for a glued subheading."""


# A paragraph's end glued to the next one's start inside a line: "… Lawrence counties.All defendants …".
_GLUED_END = re.compile(r"[.!?](?<=[a-z0-9)][.!?])[\"”’]?(?=[A-Z][a-z])")


def _wrap_length(source: str, line: Piece) -> int:
    """The length the wrapper gave ``line``: up to a glued paragraph end in it, where its paragraph ended.

    A scrape that glued two paragraphs together made their junction line longer than any wrapped line
    (PDF text: ``… Lawrence counties.All defendants are presumed innocent.``); the width is read without it.
    """
    glued = _GLUED_END.search(source, line.start, line.end) if line.end - line.start > 40 else None
    end = glued.end() if glued is not None else line.end
    return end - line.start + line.indent


# The widest hard wrap; a longer line holds a paragraph nobody wrapped.
_WIDEST_WRAP = 130
# At most one line in this many may be a whole unwrapped paragraph among wrapped lines.
_UNWRAPPED_SHARE = 10


def _is_wrapped(source: str, run: list[Piece]) -> int:
    """Return the wrap width of a run of lines, or 0 when it is not hard-wrapped.

    The width is the longest line that has a space in it: a wrapper breaks at
    a space, so only a word longer than the width, alone on its line, runs past
    it (a long URL in wire_018's resources list).
    """
    if len(run) < 3:
        return 0
    lengths = [_wrap_length(source, p) for p in run]
    unwrapped = [_pasted_whole(source, p) for p in run]
    if any(unwrapped) and sum(unwrapped) * _UNWRAPPED_SHARE <= len(run):
        # a paragraph pasted whole among hard-wrapped ones (a county page's lede, then the story wrapped at 80
        # columns, va_da_cook_1): the width is read from the wrapped lines, where a stretch of them shows it (a
        # list of names under the long paragraph is no wrapped text, da_021)
        lengths = [n for n, whole in zip(lengths, unwrapped, strict=True) if not whole]
        run = [p for p, whole in zip(run, unwrapped, strict=True) if not whole]
        width = max((n for p, n in zip(run, lengths, strict=True) if source.find(" ", p.start, p.end) >= 0), default=0)
        # Wrapped prose breaks its lines mid-clause, so a third of them at least go on in lower case; the lines
        # of a list of names under the lede all open with a capital.
        lower = sum(1 for p in run[1:] if source[p.start].islower())
        prose = lower * 3 >= len(run) - 1
        return width if 40 <= width <= _WIDEST_WRAP and prose and _wrapped_stretch(source, run, width) else 0
    width = max((n for p, n in zip(run, lengths, strict=True) if source.find(" ", p.start, p.end) >= 0), default=0)
    if width > _WIDEST_WRAP or width < 40:
        return 0
    if all(source[p.end - 1] in _TERMINAL or _ends_item(source, p) for p in run[:-1]) and _word_fits(
        source, run, width
    ):
        return 0  # every line ends a sentence or an item: a list or one-sentence paragraphs, nothing wrapped
    full = sum(1 for n in lengths[:-1] if n >= 0.7 * width)
    if full * 2 >= len(lengths) - 1:
        return width
    return width if _wrapped_stretch(source, run, width) else 0


def _pasted_whole(source: str, line: Piece) -> bool:
    """A paragraph pasted whole among hard-wrapped lines: longer than any wrap, ending a sentence (``_is_wrapped``).

    Nothing wrapped it, so in a run read as wrapped its stop ends its paragraph and a capital under it starts one
    (va_da_cook_1's lede); an attribution under a long quotation goes on (``… attacks.”`` / ``said …``, da_001).
    """
    return _wrap_length(source, line) > _WIDEST_WRAP and source[line.end - 1] in _TERMINAL


def _wrapped_stretch(source: str, run: list[Piece], width: int) -> bool:
    """True when four or more lines in a row reach 80% of ``width`` and most of them end inside a sentence.

    PDF text puts a letterhead and a narrow side column in one run of lines
    with the story (da_022: ``OFFICE OF`` / ``330 West Broadway``, the
    story wrapped at 95 characters, then a column at 40), so the run as a
    whole does not look wrapped; the long lines that agree on the width do.
    Lines that end in a stop are one-sentence paragraphs as often as
    wrapped lines, so most of the stretch must end without one.
    """
    streak = open_ends = 0
    for a in run[:-1]:
        if a.end - a.start + a.indent < 0.8 * width:
            streak = open_ends = 0
            continue
        streak += 1
        open_ends += source[a.end - 1] not in _TERMINAL
        if streak >= 4 and open_ends * 2 > streak:
            return True
    return False


def _document_width(pieces: tuple[Piece, ...]) -> int:
    """Return the wrap width shared by the document's multi-line runs, or 0.

    E-mailed releases wrap every paragraph at one width and put blank lines
    between paragraphs, so a two-line paragraph is too short to show its own
    width; the document's other paragraphs show it.
    """
    inner: list[int] = []  # lengths of lines that are not the last of their run
    widest = 0  # over every line of a multi-line run: the last line may be the longest
    for prev, piece in pairwise(pieces):
        if prev.kind == piece.kind == "line" and prev.blank_after == 0:
            inner.append(prev.end - prev.start + prev.indent)
            widest = max(widest, inner[-1], piece.end - piece.start + piece.indent)
    if len(inner) < 2:
        return 0
    width = widest
    if width > 130 or width < 40:
        return 0
    full = sum(1 for n in inner if n >= 0.7 * width)
    return width if full * 4 >= len(inner) * 3 else 0


def _room(source: str, run: list[Piece], width: int) -> int:
    """Return the room every wrapped line of ``run`` certainly had: the second shortest of its wrapped lines.

    A line that ends inside a sentence was wrapped because the next word did
    not fit, so its length is about the room a line had. In monospace text
    those lengths lie just under the width; in PDF text set in a
    proportional font they spread widely (da_006: 82 to 106 characters), so
    only what is shorter than nearly all of them surely had room. The
    second shortest leaves one odd line out; 0 when fewer than two show it.
    """
    if not width:
        return 0
    wrapped = sorted(
        a.end - a.start + a.indent
        for a in run[:-1]
        if source[a.end - 1] not in _TERMINAL and a.end - a.start + a.indent >= 0.7 * width
    )
    return wrapped[1] if len(wrapped) >= 2 else 0


def _counts_characters(source: str, run: list[Piece], width: int) -> bool:
    """True when ``run`` was wrapped by counting characters (an e-mail client, ``textwrap``), at ``width``.

    Such a wrapper moves a word to the next line only when it does not fit,
    so the run shows it: four or more lines wrapped inside a sentence, and at
    most one in ten of them wrapped before a word that would still have
    fitted (a paragraph whose full stop was lost: ``…tree lighting ceremony``
    / ``This case was investigated``). Text set in a proportional font wraps
    early far more often (da_005: 3 lines in 20, da_004: 12 in 18). Issue 4:
    text wrapped at 72 columns with no blank line between paragraphs, where a
    paragraph's end shows only in a last line with room left.
    """
    wrapped = early = 0
    for a, below in pairwise(run):
        length = a.end - a.start + a.indent
        if source[a.end - 1] in _TERMINAL or length < 0.7 * width:
            continue
        wrapped += 1
        early += length + 1 + below.indent + len(_first_word(source, below)) <= width
    return wrapped >= 4 and early * 10 <= wrapped


def _glyph_room(source: str, run: list[Piece], width: int) -> int:
    """Return the room a line of ``run`` had measured in glyph widths (``glyphs.text_width``), or 0.

    Only for runs set in a proportional font (PDF text), where ``_room`` has
    to stay far under the width. Such a run shows it: one of its
    lines was wrapped inside a sentence though the next word would have fitted
    by its number of characters (no wrapper that counts characters does
    that), and its wrapped lines agree more closely on their width in the font
    than on their number of characters (da_005, da_006). Every wrapped line
    fitted, so the room is at least their widest.
    """
    if not width:
        return 0
    wrapped: list[Piece] = []
    early = 0  # lines wrapped although the next word fitted by characters
    for a, below in pairwise(run):
        length = a.end - a.start + a.indent
        if source[a.end - 1] in _TERMINAL or length < 0.7 * width:
            continue
        wrapped.append(a)
        word = _first_word(source, below)
        early += length + 1 + below.indent + len(word) <= width
    if len(wrapped) < 4 or not early:
        return 0
    chars = sorted(a.end - a.start + a.indent for a in wrapped)
    glyphs = sorted(text_width(source[a.start : a.end]) for a in wrapped)
    if _spread(glyphs) >= _spread(chars):
        return 0
    return glyphs[-1]


def _spread(values: list[int]) -> float:
    """How widely sorted ``values`` spread: second largest over second smallest (one odd value left out)."""
    return values[-2] / max(values[1], 1)


# A place and its date in brackets alone on a line, as Miami-Dade's pages print their dateline.
_BRACKET_DATELINE = re.compile(
    r"\((?:[A-Z][\w.'’-]*+[ \t\xa0]?+){1,4}+[ \t\xa0]*+[-–—,][ \t\xa0]*+"
    r"[A-Z][a-z]++\.?+[ \t\xa0]++\d{1,2},?+[ \t\xa0]++\d{4}\)"
)


def _continues(
    source: str, above: Piece, below: Piece, width: int, room: int = 0, *, glyph_room: int = 0, exact: bool = False
) -> bool:
    """True when line ``below`` continues the paragraph of line ``above``.

    ``exact``: the run was wrapped by counting characters (``_counts_characters``), so ``room`` is the
    width and a line with room left for the next word was not wrapped, whatever it ends in.
    """
    if superscript_line(source, above):
        return True  # "… Police Department’s 75" / "th" / "Precinct Detective Squad …": 75<sup>th</sup>
    if source[below.start] == "(" and _BRACKET_DATELINE.fullmatch(source, below.start, below.end):
        return False  # "… for Awarding Contracts" / "(Miami – July 30, 2024)": the dateline's line (xm_da_miami_1)
    if _RELEASE_NOTE.fullmatch(source, below.start, below.end):
        return False  # "… Visitor" / "For Immediate Release": the note stands on its line, which meta takes
    first = source[below.start]
    last = source[above.end - 1]
    bullet = _LINE_BULLET.match(source, below.start, below.end)
    if bullet and _wrapped_dash(source, above, below, bullet, width):
        return True  # "… the state Department of Transportation" / "- is for port security" (senate_001)
    if bullet and width and _closes_open_bracket(source, above, below):
        return True  # "… PRISM MediaWire (Press Release Service" / "– Press Release Distribution) – SS …"
    if bullet and (not first.islower() or _LINE_BULLET.match(source, above.start, above.end)):
        return False  # a bullet starts its own item, whatever the width; "b)" only inside a list
    if (
        first in _OPENERS
        and source[below.start + 1 : below.start + 2].isupper()
        and last.isalnum()
        and _LINE_BULLET.match(source, above.start, above.end)
    ):
        # "* Starr Transit Company-Trenton (GPS System) $86,457" / "\"These grants help,\" Senator Corzine said.":
        # a quotation opens its own paragraph under a list item (xw_senate_corzine_1)
        return False
    if _PERSON_AGE.match(source, below.start, below.end) and _PERSON_AGE.match(source, above.start, above.end):
        return False  # "Jane Roe, 34, of Leeds – jailed …" / "John Doe, 41, of Bradford – …": one person a line
    if first == "|" and source[above.start] == "|":
        return False  # "| Net sales | $1,421.6 |" / "| Diluted EPS | $1.12 |": a markdown table's rows (wire_m)
    if FIELD_LINE.match(source, below.start, below.end) and FIELD_LINE.match(source, above.start, above.end):
        return False  # "France: Central Office …" / "Germany: Federal Police": one field a line (Europol)
    if above.end - above.start == 1 and last in _LONE_BULLETS:
        return True  # a bullet alone on its line, its item's text on the next ("•" / "Ten countries")
    if (
        last in "dr"
        and _ITEM_AND.search(source, max(above.start, above.end - 8), above.end)
        and first.isalpha()
        and (
            first.isupper()
            or (width and above.end - above.start + above.indent < 0.8 * width)
            or below.indent
            or (not width and source[max(0, above.start - 3) : above.start].rstrip()[-1:] == ";")
        )
    ):
        # "… effective communication; and" / "Pay $75,000 …": the last item of a list; with no width, under
        # an item that ended in ";" too ("… a weapon;" / "… by a felon; and" / "aggravated unlawful …")
        return False
    tail = source[max(above.start, above.end - 6) : above.end].rsplit(" ", 1)
    if tail[-1] in _DANGLING:
        return True  # "… police vehicles with" / "Orange County law enforcement officers" (da_016)
    if len(tail) == 2 and tail[0].endswith((".", "!", "?")) and tail[-1].lower() in _DANGLING:
        return True  # "… nine people killed. In" / "2023, the DA’s Office filed …": a sentence just begun (da_022)
    if (
        source[max(above.start, above.end - 2) : above.end] in (",”", ',"', ",’")
        and first not in _OPENERS
        and not _indented_paragraphs(above, below)
    ):
        return True  # a quote closed on a comma goes on with its attribution: "…community,”" / "Cook County…"
    if _link_broken(source, above, below):
        return True  # "… Burke thanked" / "Assistant State’s Attorneys …", "(SAO)" / "Human Trafficking …"
    if (
        width
        and source[above.start : above.end].rstrip('”’")')[-1:] in (".", "!", "?")
        and _heading_line(source, below, width)
        and not _ends_abbreviation(source, above)
    ):
        return False  # "… in Las Vegas, on April 8, 2024." / "Investment Consulting Impact Award"
    if width and not glyph_room and _overflows(source, above, below, width):
        return True  # "please visit:" / "www.ovc.gov/…": the word could not have stood on the line above
    if last == ";" and first.isalpha() and (not width or above.end - above.start + above.indent < 0.8 * width):
        return False  # "41 searches of houses;" / "seizure of EUR 2.3 million;": the items of a list (Europol)
    if first.islower() or first in ".,;:)]":
        # "… sentencing on July 17, 2007 at 9:00 a.m." / "in Department C-3, …" (xm_da_orange_2): an
        # abbreviation's stop before a lower-case word ends no sentence
        return last not in _STOPS or first in ".,;:)]" or (last == "." and _ends_abbreviation(source, above))
    if (
        last == ","
        and first.isalnum()
        and source[above.end - 2] != ")"
        and not _letter_line(source, above)
        and (not _title_cased(source, below) or _prose_line(source, above))
    ):
        # "According to bank records," / "Somoano used …": a bold or linked name (county pages); not a listed
        # charge, its degree in brackets ("… Sexual Conduct (2nd Degree Felony)," / "Using an …", x6_da_miami_2),
        # nor a headline's lines ("… Filing Forged Documents," / "Including Deed Falsely Claiming …", x5_da_kings);
        # a line of prose goes on into a name's words, though ("… at 1:30 p.m. in Department C-41," / "Central
        # Justice Center, Santa Ana.", xp_da_orange_1)
        return True
    if not width:
        return False
    if source[above.start] == "," and last.isalnum() and first.isalpha():
        # ", a supervisor for the CCSAO’s Public Corruption" / "Unit who works …": the rest of a line a link
        # broke off ends mid-clause; its length is no wrapped line's, so only a stop ends it (va_da_cook_1)
        return True
    above_width = above.end - above.start + above.indent
    long_line = above_width >= 0.8 * width
    if last == "." and above_width >= 0.7 * width and _abbreviation_wraps(source, above, below):
        return True  # "… Criminal Division and U.S." / "Attorney Catherine L. Hanaway …" (doj_g)
    if (
        last in ".!?"
        and first == "“"
        and not _ends_abbreviation(source, above)
        and source.find("”", above.start, above.end) < 0  # "“A,” said X." / "“B …”": one paragraph, AP style
    ):
        # "… at Tom Ham’s Lighthouse." / "“We often focus …”": a quotation opens its paragraph (da_022), where
        # the full line above leaves the width no say (a line the next word overflows still joins, above)
        return False
    if last in _TERMINAL or (last == "-" and not long_line):
        # A sentence that ends where the next line's first word would surely have fitted ends its paragraph.
        word = _first_word(source, below)
        fits = (
            above_width + 1 + below.indent + len(word) <= room
            or (glyph_room > 0 and text_width(f"{source[above.start : above.end]} {word}") <= glyph_room)
        ) and not _ends_abbreviation(source, above)
        return long_line and not fits
    if exact and above_width + 1 + below.indent + len(_first_word(source, below)) <= room:
        return False  # "…Invega for Off-Label Uses" / "In a related": a subheading, or a stop the text lost
    return long_line


# The shortest line that holds a whole paragraph, never a wrapped line's share of one.
_WHOLE_PARAGRAPH = 200


def _indented_paragraphs(above: Piece, below: Piece) -> bool:
    """True when both lines are indented alike, three spaces or more, and the upper one holds a whole paragraph.

    The CQ layout of Senate pages (xo_senate_rockefeller_1) puts each paragraph on one line after a
    three-space indent: ``… to keep these programs running,"`` / ``   Rockefeller, the Ranking Member …``
    is two paragraphs, whatever ends the first. Lines wrapped at a width are shorter.
    """
    return below.indent >= 3 and below.indent == above.indent and above.end - above.start >= _WHOLE_PARAGRAPH


def _title_cased(source: str, line: Piece) -> bool:
    """True when every word of four letters or more on ``line`` is capitalised and it ends on no comma.

    >>> line = "Including Deed Falsely Claiming a House Was Sold"
    >>> _title_cased(line, Piece("line", 0, len(line)))
    True
    >>> line = "Somoano used the accounts"
    >>> _title_cased(line, Piece("line", 0, len(line)))
    False
    """
    if source[line.end - 1] == ",":
        return False
    return all(not word[:1].islower() for word in source[line.start : line.end].split() if len(word) >= 4)


def _prose_line(source: str, line: Piece) -> bool:
    """True when ``line`` is a sentence's share of prose: ``_PROSE_LINE`` characters, with a lower-case word.

    A headline's or a name's line capitalises its words (``… Filing Forged Documents,``); a sentence writes
    most of its own in lower case.

    >>> line = "Avina faces a maximum sentence of life in prison at his sentencing on November 30, 2007 at 1:30 p.m.,"
    >>> _prose_line(line, Piece("line", 0, len(line)))
    True
    >>> line = "Brooklyn Man Sentenced to Prison for Filing Forged Documents With the City Register’s Office,"
    >>> _prose_line(line, Piece("line", 0, len(line)))
    False
    """
    if line.end - line.start < _PROSE_LINE:
        return False
    return any(word[:1].islower() for word in source[line.start : line.end].split() if len(word) >= 4)


# A letter's salutation or closing, which ends its line on a comma: "Dear Chairman Roe,", "Sincerely,".
_LETTER_LINE = re.compile(
    r"(?:Dear|To|Hi|Hello|Sincerely|Regards|Best|Respectfully|Yours|Cordially|Thank you|Thanks|Warm|Kind)"
    r"\b[^,\n]{0,60}+,$"
)


def _letter_line(source: str, line: Piece) -> bool:
    """True when ``line`` is a letter's salutation or closing (``Dear …,``, ``Sincerely,``): it ends its line.

    >>> _letter_line("Sincerely,", Piece("line", 0, 10))
    True
    >>> _letter_line("According to bank records,", Piece("line", 0, 26))
    False
    """
    return _LETTER_LINE.match(source, line.start, line.end) is not None


# What a bracket that ends its line holds inside a sentence: an abbreviation ("(MPD)") or a date ("(April 29,
# 2025-May 1, 2025)"); a note in words ("(Dollars in thousands, except per share data)") heads a table.
_BRACKET_ABBREVIATION = re.compile(r"[A-Z][A-Za-z&.-]{1,9}+")
# A line that is only a bracketed abbreviation, a comma after it: "(SAO)", "(MPD),", "(ICAC),".
_BRACKETED_ABBREVIATION = re.compile(rf"\({_BRACKET_ABBREVIATION.pattern}\),?+")
# A bracket opening a line, then what may follow it inside a sentence: the line's end, a comma, or a
# lower-case word: "(MPD),", "(SPD) conducted this …", "(April 29, 2025-May 1, 2025)"; not an area code.
_BRACKET_RUNS_ON = re.compile(r"\((?!\d{3}+\))(?P<inside>[^()\n]{1,80}+)\)(?P<after>,|$| (?=[a-z]))")
# A line's last two words when a name begins after a lower-case word: "… call the National".
_NAME_BEGUN = re.compile(r"(?<![^ ])[a-z]++ [A-Z][a-z]++$")
# A capitalised article alone on its line: the sentence's first word, its linked subject below.
_LONE_ARTICLES = frozenset(("The", "A", "An"))
# A linked name that ends its sentence, alone on its line: two to four capitalised words and the stop.
_LINKED_NAME_END = re.compile(r"(?:[A-Z][\w’'-]*+\.?+ ){1,3}+[A-Z][\w’'-]*+(?<=[a-z])[.!?]")
# Words of a prose line that opens a name at its end: eight at least, most in lower case.
_PROSE_WORDS = 8


def _bracket_runs_on(source: str, line: Piece) -> bool:
    """True when ``line`` opens with a bracket that goes on with a sentence: ``(MPD),``, ``(SPD) conducted …``.

    A bracket followed by a comma or a lower-case word is inside a sentence;
    one that ends its line must hold an abbreviation or a date (``(SAO)``,
    ``(April 29, 2025-May 1, 2025)``), never an area code (``(305)``).
    """
    m = _BRACKET_RUNS_ON.match(source, line.start, line.end)
    if m is None:
        return False
    if m.group("after"):
        return True
    inside = m.group("inside")
    return _BRACKET_ABBREVIATION.fullmatch(inside) is not None or any(ch.isdigit() for ch in inside)


# Prepositions a sentence cannot end on, beside ``RUN_ON_WORDS``: "… law enforcement agencies across" / "28" /
# "states conducted …" (a bold figure set on its own line, ya_da_cook_1). Words that also end a sentence as
# adverbs ("… never been this high before", "… since", "… around") are left out.
_LINK_PREPOSITIONS = frozenset(("across", "until"))
# Words whose "’s" is a contraction, no possessive ("That’s", "It’s"): a line may end on one.
_CONTRACTED = frozenset(("it", "that", "what", "here", "there", "let", "he", "she", "who", "where", "how", "one"))


def _link_broken(source: str, above: Piece, below: Piece) -> bool:
    """True when a line cannot end its sentence, or the next line goes on with it (a link-broken page).

    Pages that render each link as a block break a sentence around the
    link (x6_da_miami_2, x5_da_cook_jdapp, x6_da_sd_3): ``The`` /
    ``Miami-Dade State Attorney’s Office`` / ``(SAO)`` / ``Human Trafficking
    Task Force`` / ``(HTTF), alongside with the`` / … / ``(SPD) conducted
    this … operation.``. The line runs on when it ends in a word that wants
    what follows (``RUN_ON_WORDS``, lower case: ``… Burke thanked``, ``…,”
    said``), when it is only a bracketed abbreviation (``(SAO)``), when the
    next line opens with a bracket that goes on with the sentence
    (``(MPD),``, ``(SPD) conducted …``) under a line without a stop, and
    when a prose line ends on a name just begun (``… call the National`` /
    ``Domestic Violence Hotline …``). A line that opens in lower case (so
    no heading) and ends on a word goes on with a name alone on the next
    line that ends the sentence (``and Community Engagement Deputy
    Director`` / ``Christine Chan.``, xm_da_cook_1).
    """
    last = source[above.end - 1]
    if last.isalpha():
        floor = max(above.start - 1, above.end - 16)  # the longest word of the table, and its space
        cut = max(source.rfind(" ", floor, above.end), floor)
        word = source[cut + 1 : above.end]
        if word in RUN_ON_WORDS:
            return True
        # A preposition or a possessive goes on only into a line that opens no sentence: "… outside Macy’s" /
        # "The doors …" is two sentences.
        nxt = _first_word(source, below)
        goes_on = bool(nxt) and (
            nxt[0].islower() or nxt[0].isdigit() or (nxt[0].isupper() and nxt.rstrip(",;:.") not in SENTENCE_OPENERS)
        )
        if goes_on and word in _LINK_PREPOSITIONS:
            return True
        possessive = word[-2:] in ("’s", "'s") and word[:-2].isalpha() and word[:-2].lower() not in _CONTRACTED
        if goes_on and possessive:
            return True  # "… the District Attorney’s" / "Office announced …": a possessive wants its noun
    if _BRACKETED_ABBREVIATION.fullmatch(source, above.start, above.end):
        return True
    if above.end - above.start <= 3 and source[above.start : above.end] in _LONE_ARTICLES:
        return True  # "The" / "Miami-Dade State Attorney’s Office": the article before a linked name
    if source[below.start] == "(" and (last.isalnum() or last == ",") and _bracket_runs_on(source, below):
        return True
    if last.isalpha() and source[above.start].islower() and _LINKED_NAME_END.fullmatch(source, below.start, below.end):
        return True  # "and Community Engagement Deputy Director" / "Christine Chan." (xm_da_cook_1)
    if (
        last.isalpha()
        and source[below.start].isupper()
        and _NAME_BEGUN.search(source, max(above.start, above.end - 40), above.end)
        # the name goes on into a sentence: a title-case line with no stop under it is a heading
        # ("… south of Mexico" / "Title II State Criminal Alien Assistance", senate_005 one line a block)
        and (source[below.end - 1] in '.!?”")' or below.end - below.start > 100)
    ):
        # The words of the line's last sentence: a subheading glued after a stop ("… scene.A must-visit spot in
        # London", the glued layout of wire_030) ends no prose sentence.
        begun = max(source.rfind(ch, above.start, above.end) for ch in ".!?") + 1
        words = source[max(begun, above.start) : above.end].split()
        return len(words) >= _PROSE_WORDS and 2 * sum(w[0].islower() for w in words) > len(words)
    return False


_ORDINAL_SUFFIXES = frozenset(("st", "nd", "rd", "th"))


def superscript_line(source: str, line: Piece) -> bool:
    """True for a line holding only an ordinal suffix under a line ending in a figure: a ``<sup>`` rendered alone.

    >>> src = "the 75\\nth\\nPrecinct"
    >>> superscript_line(src, Piece("line", 7, 9)), superscript_line("the\\nth\\nPrecinct", Piece("line", 4, 6))
    (True, False)
    """
    if line.end - line.start != 2 or source[line.start : line.end] not in _ORDINAL_SUFFIXES:
        return False
    return source[max(0, line.start - 4) : line.start].rstrip()[-1:].isdigit()


# Small words a headline capitalises and a sentence never does mid-line: "Charged In $214,000 Theft From …".
_HEADLINE_SMALL_WORDS = frozenset(("In", "Of", "From", "To", "For", "With", "And", "On", "At", "By", "Into"))


def _headline_over(source: str, line: Piece, below: Piece) -> bool:
    """True when ``line``, a paragraph's first line, is a headline set over the story's first line.

    ``City Employee Charged In $214,000 Theft From 94-Year-Old Woman in Her Care`` / ``Brooklyn District
    Attorney Ken Thompson today announced …`` (da_kings_aps): a line of five words or more in title case
    that ends no sentence, with a small word capitalised inside it (``In``, ``From``), as headlines write
    them and sentences never do. A wrapped line of names (``U.S. Attorney John Smith of the Eastern
    District of``) keeps its small words in lower case, and goes on under it.

    >>> src = "Man Charged In Theft From Woman in Her Care\\nPolice said so."
    >>> _headline_over(src, Piece("line", 0, 43), Piece("line", 44, 59))
    True
    >>> src = "U.S. Attorney John Smith of the Eastern District\\nAnnounced it."
    >>> _headline_over(src, Piece("line", 0, 48), Piece("line", 49, 62))
    False
    """
    if not source[below.start].isupper() or line.end - line.start > 160 or source.find("  ", line.start, line.end) >= 0:
        return False  # two spaces part a dateline from its story: "BOISE, Idaho  In a settlement …"
    words = source[line.start : line.end].split()
    if len(words) < 5 or words[-1][-1:] in ".!?:;,-–—" or words[-1].lower() in _TITLE_SMALL_WORDS:
        return False
    if not all(w[:1].isupper() or w[:1].isdigit() or w[:1] in "$#(" or w.lower() in _TITLE_SMALL_WORDS for w in words):
        return False
    return any(
        w in _HEADLINE_SMALL_WORDS and words[k - 1][-1:].isalnum() and not words[k - 1].isupper()
        for k, w in enumerate(words[1:-1], 1)
    )


def _heading_line(source: str, below: Piece, width: int) -> bool:
    """True when line ``below``, under a line that ends a sentence, is a subheading rather than the paragraph's tail.

    Wrapped text with no blank line between blocks (PDF text) shows a
    paragraph's end only in a last line with room left; when that line is
    full, the line under it may go on with the paragraph or open the next
    block. A paragraph's tail ends a sentence, so a short line that opens
    with a capital, ends on a word, holds no sentence end and no more than a
    heading's words (``Investment Consulting Impact Award``, ``Reuniones y
    Partido para el 21 de abril del 2012``) is a subheading over the next
    block, and so is a longer one in title case (``Off-Label Promotion of
    the Heart Failure Drug Natrecor``). A line ending in a footnote mark or
    holding a link or an address is a tail.
    """
    text = source[below.start : below.end]
    if not (text[0].isupper() or text[0].isdigit()) or not (text[-1].isalnum() or (text[-1] == ")" and "(" in text)):
        return False  # "(DFA HKYDTA)" closes what it opened
    words = text.split()
    if len(words) > 12 or _SENTENCE_END.search(text) is not None or "@" in text or "/" in text:
        return False
    if words[-1].lower() in _TITLE_SMALL_WORDS:
        return False  # "Porter of the Department of Health and Human Services Office of the": it runs on
    title = all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _TITLE_SMALL_WORDS for w in words)
    return title or below.end - below.start + below.indent < 0.7 * width


def _wrapped_dash(source: str, above: Piece, below: Piece, bullet: re.Match[str], width: int) -> bool:
    """True when a hyphen opening line ``below`` is a dash of the sentence wrapped there, not a bullet.

    Senate and PDF text set a dash as `` - `` inside a sentence; wrapped, it
    may open a line: ``The largest - for $1,616,527 for the state Department
    of Transportation`` / ``- is for port security, they said.`` (senate_001).
    It is one when a lower-case word follows it, the line above runs on (no
    stop, colon or semicolon ends it) and had no room left for the dash.
    """
    if not width or bullet.group("marker") not in "-–—" or not source[bullet.end()].islower():
        return False
    if (
        source[above.end - 1] in _TERMINAL
        or source[above.end - 1] in ";,"
        or _LINE_BULLET.match(source, above.start, above.end)
    ):
        return False
    return above.end - above.start + above.indent + 2 > width


def _closes_open_bracket(source: str, above: Piece, below: Piece) -> bool:
    """True when line ``below`` closes a parenthesis or bracket that line ``above`` left open.

    A list item never starts inside an open bracket: a dash opening such a line is a dash of the
    bracketed text wrapped there (a wire's credit, ``PRISM MediaWire (Press Release Service`` /
    ``– Press Release Distribution) – SS Innovations …``, e-mailed and wrapped). The line below
    must close the bracket before it opens another one.
    """
    text = source[above.start : above.end]
    for opener, closer in ("()", "[]"):
        if text.count(opener) > text.count(closer):
            close = source.find(closer, below.start, below.end)
            if close >= 0 and source.find(opener, below.start, close) < 0:
                return True
    return False


def _overflows(source: str, above: Piece, below: Piece, width: int) -> bool:
    """True when the first word of line ``below`` would not have fitted on line ``above`` in ``width`` columns.

    A wrapper moves a word to the next line only when it does not fit, so
    such a break is a wrap whatever ends the line above: a colon (``please
    visit:`` / ``www.ovc.gov/AIANSane-Sart/index.html``, doj_007; ``also
    added:`` / ``“On behalf``, wire_012), a full stop (``doi:`` after a
    reference's last stop, wire_017), a short line before a long URL or DOI.
    A break where the word would have fitted is left to the other rules, and
    so is text set in a proportional font (``_glyph_room``), where a count of
    characters tells too little of the room (da_005: a paragraph's last line
    of 98 characters in a run 103 wide).
    """
    word = _first_word(source, below, width + 1)
    return above.end - above.start + above.indent + 1 + below.indent + len(word) > width


def _first_word(source: str, line: Piece, limit: int = 40) -> str:
    """The first word of ``line``: what the line above would have had to hold (at most ``limit`` characters)."""
    return source[line.start : min(line.end, line.start + limit)].split(" ", 1)[0]


def _ends_abbreviation(source: str, above: Piece) -> bool:
    """True when line ``above`` ends in an initial or an abbreviation (``Dr.``, ``U.S.``), not a sentence."""
    word = _word_before(source, above.end - 1, above.start).rstrip('.”’")')
    core = word.lstrip('(“‘"[').rsplit(".", 1)[-1]
    return len(core) <= 1 or core.lower() in ABBREVIATIONS


def _abbreviation_wraps(source: str, above: Piece, below: Piece) -> bool:
    """True when line ``above`` ends in an abbreviation that the first word of ``below`` completes.

    A title stands before a name (``Dr.`` / ``Jane Roe``), ``No.`` and a
    month before a figure (``No.`` / ``25-104``, ``Jan.`` / ``12``), and an
    initial or ``U.S.`` before a name (``U.S.`` / ``Attorney Catherine
    Hanaway``, doj_g): a wrapper broke the line there. ``U.S.`` can end a
    sentence (``… to expand in the U.S.``), so a usual sentence opener
    under it (``The company …``) leaves the break alone.
    """
    word = _word_before(source, above.end, above.start).rstrip(".")
    core = word.lstrip('(“‘"[').rsplit(".", 1)[-1]
    nxt = _first_word(source, below).rstrip(",;:.")
    if not nxt or nxt in SENTENCE_OPENERS:
        return False
    if core.lower() in FIGURE_ABBREVIATIONS:
        return nxt[0].isdigit()
    initial = len(core) == 1 and core.isupper()  # "Alice S." / "Fisher", "U.S." / "Attorney"; not "Place 3."
    return (core.lower() in NAME_TITLES or initial) and nxt[0].isupper()


# A sentence begun at a line's end: a stop after a lower-case word or a figure, then the next sentence's words.
_BEGUN_SENTENCE = re.compile(r"(?<=[a-z\d)])[.!?][\"”’)]{0,2}+ (?=[A-Z][\w’'-]*+(?: [\w’'-]++){0,5}+$)")


def _sentence_runs_on(source: str, above: Piece, below: Piece, reach: int) -> bool:
    """True when line ``above`` ends in a sentence it began after a full stop, near the run's longest line.

    PDF text of a short release shows no wrap width of its own (its
    letterhead, bullets and glued paragraphs share the run), yet a line that
    ends a sentence and begins the next without ending it was wrapped:
    ``… to the District Attorney’s Office. County`` / ``Detective Aaron
    Shilling identified …`` (a county prosecutor's PDF). The begun sentence
    holds at most six words, the line reaches 80% of the run's longest, and
    the word before the stop is no abbreviation (``Mr. Smith``); a line
    whose only stop follows an initial (``JONATHAN A. PRIESTLEY``) has no
    sentence end, and the line below must open with a capital (a lower-case
    one continues anyway).
    """
    if not source[below.start].isupper() or not source[above.end - 1].isalnum():
        return False
    if above.end - above.start + above.indent < 0.8 * reach:
        return False
    gap = _BEGUN_SENTENCE.search(source, max(above.start, above.end - 60), above.end)
    if gap is None:
        return False
    word = _word_before(source, gap.start() + 1, above.start).rstrip(".!?").lower()
    return len(word) > 1 and word not in ABBREVIATIONS


# The longest attribution line whose speaker is described between commas ("…, who leads CCROC, said.").
_DESCRIBED_ATTRIBUTION = 120


def _quote_resumes(source: str, current: Piece, last: Piece, below: Piece) -> bool:
    """True when a quotation resumes after an attribution line: ``“…,”`` / ``said Burke.`` / ``“We will…”``.

    Cook County pages (da_001, da_002) put the attribution of a quote on a
    line of its own; AP style resumes the quote after it in the same
    paragraph. The attribution line must start with a lower-case speech verb
    (``said Burke.``) or end with one (``State’s Attorney Burke said.``,
    eight words at most; sixteen for a speaker described between commas,
    ``…, who leads CCROC, said.``, ya_da_cook_1), with no quotation of its
    own, or be a speaker's name and title under a line ending in ``said``
    (fourteen words at most, x5_da_cook_jdapp); the paragraph must open
    with a quote; the resumed line opens a quote,
    or closes one whose opening mark the page lost (``_closes_unopened``,
    da_002), and ends on no speech verb of its own (``“In North Lawndale,
    …,” said`` / ``Pastor Phil Jackson, …``: the next speaker's quote,
    xq_da_cook_1).
    """
    if current is last or source[current.start] not in _OPENERS:
        return False
    if source[below.start] not in _OPENERS and not _closes_unopened(source, below):
        return False
    described = source[max(last.start, last.end - 7) : last.end] == ", said."  # "…, who leads CCROC, said."
    if (
        last.end - last.start > (_DESCRIBED_ATTRIBUTION if described else 80)
        or source.find("“", last.start, last.end) >= 0
    ):
        return False
    tail = source[max(below.start, below.end - 16) : below.end].split()
    if len(tail) >= 2 and tail[-1] in SPEECH_VERBS and tail[-2][-1:] in '”"’':
        return False  # "“In North Lawndale, …,” said" / "Pastor Phil Jackson, …": a quote of its own (xq_da_cook_1)
    words = source[last.start : last.end].split()
    # The speech verb ended the line above, the speaker's name and title on a line of their own: "…,” said" /
    # "Patricia Ford, Executive Director of the Steans Family Foundation." / "“This pilot …”" (x5_da_cook_jdapp).
    said = source[max(current.start, last.start - 12) : last.start].split()[-1:]
    return (
        _first_word(source, last, 15) in SPEECH_VERBS
        or (source[last.end - 1] == "." and words[-1].rstrip(".") in SPEECH_VERBS and len(words) <= 8)
        # a speaker described between commas: "MJB Deputy Bureau Chief, …, who leads CCROC, said." (ya_da_cook_1)
        or (described and len(words) <= 16)
        or (last.start > current.start and source[last.end - 1] == "." and said[:1] == ["said"] and len(words) <= 14)
    )


_SPLIT_NAME_WORDS = 4
_SPLIT_ATTRIBUTION_WORDS = 8


def _attribution_goes_on(source: str, first: Piece, last: Piece, below: Piece) -> bool:
    """True when an attribution broken over two lines goes on: ``“…,”`` / ``Cook County`` / ``… Burke said.``.

    The line under a quote closed on a comma holds the first words of the speaker's title (markup set them
    apart, ya_da_cook_1); the line under it ends the attribution with its speech verb. A paragraph that
    opened in prose, or a line of its own sentence, is none.
    """
    if first is last or source[first.start] not in _OPENERS or not source[last.end - 1].isalpha():
        return False
    if source[max(first.start, last.start - 3) : last.start].rstrip()[-2:] not in (",”", ',"'):
        return False
    words = source[below.start : below.end].split()
    return (
        len(source[last.start : last.end].split()) <= _SPLIT_NAME_WORDS
        and len(words) <= _SPLIT_ATTRIBUTION_WORDS
        and source[below.end - 1] == "."
        and words[-1].rstrip(".") in SPEECH_VERBS
        and not any(ch in source[below.start : below.end - 1] for ch in '.!?“”"')
    )


def _quote_paragraph_ends(source: str, first: Piece, last: Piece, below: Piece) -> bool:
    """True when a paragraph that opened with a quotation closes it on a stop at the end of line ``last``.

    AP style gives a quotation its own paragraph: the quote, its
    attribution, the quote resumed (``“This was an organized business …,”
    said DA Oyelaran.`` / ``“Working people … I am grateful …`` / ``… to
    take this ring apart.”``). A line under its closing ``.”`` that opens
    with a capital starts the next paragraph (``Deputy District Attorney …
    prosecuted the case.``), even when the line above ran to the width. A
    line holding a speech verb in its first words may still attribute the
    quote (``Smith said.``), and a paragraph that opened in prose may quote
    in its middle: both are left to the width.
    """
    if first is last or source[first.start] != "“" or not source[below.start].isupper():
        return False
    if source[last.end - 1] != "”" or source[last.end - 2 : last.end - 1] not in (".", "!", "?"):
        return False
    if source.count("“", first.start, last.end) != source.count("”", first.start, last.end):
        return False  # a quotation still open (a mark lost): the text may run on
    return not any(w in SPEECH_VERBS for w in source[below.start : min(below.end, below.start + 80)].split()[:6])


def _closes_unopened(source: str, line: Piece) -> bool:
    """True when ``line`` closes a quotation it never opened: the page lost the resumed quote's opening mark.

    da_002: ``“ATF is proud …,”`` / ``said … Christopher Amon.`` /
    ``Through this task force … a safer Chicagoland.”``.
    """
    close = source.find("”", line.start, line.end)
    return close >= 0 and source.find("“", line.start, close) < 0


def join_lines(source: str, pieces: tuple[Piece, ...]) -> tuple[Piece, ...]:
    """Join lines that continue one paragraph (hard wraps, broken attributions).

    >>> src = "The jury took three\\nhours to decide, said\\nthe prosecutor.\\nA new line."
    >>> from pressparse.blocks import group_lines
    >>> from pressparse.layout import split_lines
    >>> [p.text(src) for p in join_lines(src, group_lines(src, split_lines(src)))]
    ['The jury took three\\nhours to decide, said\\nthe prosecutor.', 'A new line.']
    """
    out: list[Piece] = []
    run: list[Piece] = []

    shared = _document_width(pieces)

    def flush() -> None:
        if not run:
            return  # a noise piece after another: nothing to join (the steps below are pure and add nothing)
        width = _is_wrapped(source, run)
        if not width and shared and all(p.end - p.start + p.indent <= shared for p in run):
            width = 0 if _ends_every_line(source, run, shared) else shared
        named = run and (_names_a_list(source, run[0]) or (bool(out) and _names_a_list(source, out[-1])))
        if named and all(p.end - p.start <= 100 for p in run):
            width = 0  # the items under "Third Quarter 2026 Highlights": one a line, none wrapped
        glyph_room = _glyph_room(source, run, width)
        exact = bool(width) and not glyph_room and _counts_characters(source, run, width)
        room = width if exact else _room(source, run, width)
        reach = max((_wrap_length(source, p) for p in run), default=0)
        address = _address_lines(source, run) | _cq_line_breaks(source, run)
        first: Piece | None = None  # the paragraph's first line; its end moves as lines join
        last: Piece | None = None  # the physical line above: its length, not the paragraph's, decides
        joined = 0

        def close() -> None:
            if first is not None and last is not None:
                out.append(
                    first
                    if last is first
                    else first.evolve(end=last.end, blank_after=last.blank_after, lines=first.lines + joined)
                )

        for idx, piece in enumerate(run):
            nxt = run[idx + 1] if idx + 1 < len(run) else None
            if first is last and last is not None and _dash_describes(source, run, idx):
                last = piece
                joined += 1
                continue
            if (
                first is not None
                and last is not None
                and not _quote_paragraph_ends(source, first, last, piece)
                and not (first is last and _headline_over(source, last, piece))
                and not (source[piece.start] == "#" and is_end_mark(source, piece))  # "said." / "#": no wrap
                and (
                    idx in address
                    or (
                        _continues(source, last, piece, width, room, glyph_room=glyph_room, exact=exact)
                        and not (width and source[piece.start].isupper() and _pasted_whole(source, last))
                    )
                    or _quote_resumes(source, first, last, piece)
                    or _attribution_goes_on(source, first, last, piece)
                    or _link_split(source, last, piece, nxt)
                    or _colon_sentence_goes_on(source, last, piece, nxt)
                    or _linked_number(source, last, piece)
                    or _lone_opening_mark(source, last)
                    or _inline_break(source, last, piece)
                    or _cq_continuation(source, last, piece)
                    or (first is last and _heading_wraps(source, last, piece))
                    or (not width and _sentence_runs_on(source, last, piece, reach))
                )
            ):
                last = piece
                joined += 1
                continue
            close()
            first = last = piece
            joined = 0
        close()
        run.clear()

    for piece in pieces:
        if piece.kind != "line":
            flush()
            out.append(piece)
            continue
        if (
            run
            and run[-1].blank_after != 0
            and not _blank_inside_quote(source, run[0], run[-1], piece)
            and not _blank_after_comma(source, run[-1], piece)
        ):
            flush()
        run.append(piece)
    flush()
    return tuple(out)


# Words a headline never ends on, capitalised as a headline writes them: a modal ("Would"), "To", an article,
# a preposition or a conjunction ("Mandate For" / "New Jersey").
_HEADLINE_OPEN_ENDS = frozenset(word.capitalize() for word in _LOST_COLON | _DANGLING)
# The longest headline line the join reads (words): a subheading, never a paragraph's line.
_HEADLINE_WORDS = 12


def _headline_words(source: str, line: Piece) -> list[str] | None:
    """The words of ``line`` when it is written as a headline: title case, no sentence end; else ``None``."""
    if line.end <= line.start or not (source[line.end - 1].isalnum() or source[line.end - 1] in "’'"):
        return None  # fast path: a stop or a mark ends the line (the test on ``text[-1]`` below, read first)
    text = source[line.start : line.end]
    words = text.split()
    if not words or len(words) > _HEADLINE_WORDS or _SENTENCE_END.search(text) is not None:
        return None
    if not (text[0].isupper() or text[0].isdigit()) or not (text[-1].isalnum() or text[-1] in "’'"):
        return None
    if not all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _TITLE_SMALL_WORDS for w in words):
        return None
    return words


def _heading_wraps(source: str, above: Piece, below: Piece) -> bool:
    """True when a headline line ends where a headline cannot, and a headline line under it completes it.

    Senate pages (the CQ layout, a line a paragraph) and PDF text wrap a long subheading over two lines:
    ``Bush Privatization Plan Would Devastate`` / ``New Jersey's Economy`` (tb_senate_corzine_1, a
    report appended to Senator Corzine's release). A headline never ends on a modal, "To", an article or a
    preposition, nor on a modal's verb waiting for its object (``… Would Devastate``); the line under it, in
    title case too, is its end, and the rendering prints the two as one line. A line ending on its noun
    (``Statement for the Record`` / ``Senator Ron Wyden``, yb_senate_wyden_1) is a heading of its own.

    >>> src = "Bush Privatization Plan Would Devastate\\nNew Jersey's Economy"
    >>> _heading_wraps(src, Piece("line", 0, 39), Piece("line", 40, 60))
    True
    >>> src = "Statement for the Record\\nSenator Ron Wyden"
    >>> _heading_wraps(src, Piece("line", 0, 24), Piece("line", 25, 42))
    False
    """
    words = _headline_words(source, above)
    if words is None or _headline_words(source, below) is None:
        return False
    if words[-1] in _HEADLINE_OPEN_ENDS:
        return True
    return len(words) >= 3 and words[-2] in _HEADLINE_OPEN_ENDS and words[-2].lower() in _LOST_COLON


def _colon_sentence_goes_on(source: str, last: Piece, piece: Piece, nxt: Piece | None) -> bool:
    """True when ``piece`` ends, in lower case, the sentence the colon line above it left open.

    A page that links the middle of a sentence breaks it around the link: ``This past weekend,`` / ``the
    General Assembly also signed off on two of Burke’s legislative priorities:`` / ``a bill that ensures …
    on certain crimes.`` (za_da_cook_1). One lower-case line that ends the sentence, with no item under it,
    is no one-item list: a list's items come two or more, so a lower-case line under it, a bullet or an item
    ending in ``;`` keeps the lines apart (``_is_short_item``).

    >>> src = "It passed two bills:\\na bill on guns and a bill on limits.\\nShootings fell."
    >>> _colon_sentence_goes_on(src, Piece("line", 0, 20), Piece("line", 21, 57), Piece("line", 58, 73))
    True
    >>> src = "It passed two bills:\\na bill on guns.\\na bill on limits."
    >>> _colon_sentence_goes_on(src, Piece("line", 0, 20), Piece("line", 21, 36), Piece("line", 37, 54))
    False
    """
    if source[last.end - 1] != ":" or not source[piece.start].islower() or source[piece.end - 1] not in ".!?":
        return False
    if not _is_sentence(source, last) or _LINE_BULLET.match(source, piece.start, piece.end):
        return False
    if nxt is None:
        return True
    first = source[nxt.start]
    return not first.islower() and first not in ".,;:)]" and _LINE_BULLET.match(source, nxt.start, nxt.end) is None


def _cq_continuation(source: str, above: Piece, below: Piece) -> bool:
    """True for a line indented by one space under an indented body line that ends in trailing spaces.

    The CQ layout of Senate pages opens each paragraph with three spaces (the first one with one or two) and
    leaves a line's trailing spaces where the page broke it: ``… Conference Report. Sen.  `` / `` Jim
    Talent (R-Mo.), a member …`` is one paragraph (xt_senate_talent_1). The first body line under the
    title, which ends in no space, still opens its paragraph (`` Sens. Richard Burr …``, xo_senate_burr_1).

    >>> src = "  The Senate passed the Fiscal Year 2005 Military Construction Appropriations Report. Sen.  \\n"
    >>> src += " Jim Talent said.\\n   Next."
    >>> _cq_continuation(src, Piece("line", 2, 90, 2), Piece("line", 94, 110, 1))
    True
    >>> _cq_continuation(src, Piece("line", 94, 110, 1), Piece("line", 114, 119, 3))
    False
    >>> src = "             October 4, 2007 \\n Washington, DC - Today the Senator introduced an amendment."
    >>> _cq_continuation(src, Piece("line", 13, 28, 13), Piece("line", 31, 88, 1))
    False
    >>> src = "TITLE\\n Sens. Richard Burr said."
    >>> _cq_continuation(src, Piece("line", 0, 5), Piece("line", 7, 30, 1))
    False
    """
    if below.indent != 1 or not 1 <= above.indent <= 3 or not source.startswith(" ", above.end):
        return False
    # Both indents are spaces, the line above is prose: no date line, no "Contact:" label over its value; or a
    # shorter line broken after a title's abbreviation, which ends no sentence ("… Committee and Sen.  " / " Craig
    # Thomas (R-Wyo.) today announced …", xw_senate_thomas_1).
    return (
        source[below.start - 1] == " "
        and source[above.start - above.indent : above.start] == " " * above.indent
        and (above.end - above.start >= _PROSE_LINE or _ends_abbreviation(source, above))
    )


# The fewest three-space openers that show a page in the CQ newline layout.
_CQ_OPENERS = 2


def _cq_line_breaks(source: str, run: list[Piece]) -> frozenset[int]:
    """The indexes in ``run`` of the lines that go on, after a line break, with the paragraph above them.

    The Grimmer CQ newline layout of Senate pages opens a paragraph with three spaces and writes a ``<br>``
    inside it as a line indented by two: a schedule's ``   Monday, April 17`` / ``  Alpine`` and ``   7 a.m.``
    / ``  Kringle's`` / ``  161 Highway 89`` are one paragraph each (vb_senate_thomas_1), as a letter's
    ``   The President`` / ``  The White House`` is (xt_senate_sarbanes_1). The page shows the layout: every line
    of the run under its title is indented by two or three spaces, two or more by three.
    """
    indents = [line.indent if source[line.start - line.indent : line.start] == " " * line.indent else 0 for line in run]
    if not all(indent in (1, 2, 3) for indent in indents[1:]) or indents.count(3) < _CQ_OPENERS:
        return frozenset()
    opener = indents.index(3)  # the first three-space line: the two-space lines under it go on
    return frozenset(
        at for at in range(opener + 1, len(run)) if indents[at] == 2 and _schedule_line(source, run[at - 1], run[at])
    )


# The amount a row of a funding list ends on: "$77,950", "€1.2".
_ROW_AMOUNT = re.compile(r"[$€£]\d[\d,.]*+")


def _schedule_line(source: str, above: Piece, below: Piece) -> bool:
    """True when ``below`` is a short line under one that ends no sentence: a place, an hour, a street.

    A line that ends a sentence, a bullet or a line of prose under a two-space indent is a paragraph of its
    own (``  John Cornyn.``, ``  * $223,200 for …``, xt_senate_santorum_1).
    """
    if below.end - below.start > _ADDRESS_LINE or _LINE_BULLET.match(source, below.start, below.end):
        return False
    if source[below.end - 1] in _TERMINAL and not _ends_abbreviation(source, below):
        return False
    if not source.startswith(" ", above.end):
        return False  # the page breaks a line with a trailing space; a letter's address lines have none
    if _ROW_AMOUNT.fullmatch(_word_before(source, above.end, above.start)):
        return False  # a list's row, a name and its amount: "Beacon Hose Company No. 1 $77,950" (xw_senate_dodd_1)
    return source[above.end - 1] not in _TERMINAL or _ends_abbreviation(source, above)


# A letter's salutation alone on its line: "Dear Mr. President:", "Dear Secretary Rice,".
_SALUTATION = re.compile(r"Dear[ \u00a0][^\n:,]{1,60}+[:,]")
# The longest line of a letter's inside address, and the most lines it takes.
_ADDRESS_LINE = 60
_ADDRESS_LINES = 8


def _address_lines(source: str, run: list[Piece]) -> frozenset[int]:
    """The indexes in ``run`` of the lines that go on with a letter's inside address, one block with its first.

    A letter quoted in a release keeps its layout: the addressee's name, title and street one a line over
    the salutation (``The Honorable George W. Bush`` / ``President of the United States`` / ``The White
    House`` / ``1600 Pennsylvania Ave., NW`` / ``Washington, DC 20500`` / ``Dear Mr. President:``,
    xq_senate_hutchison_1, x4_senate_feinstein_2). The address is one paragraph: the short lines right above
    the salutation, two at least, up to a line that ends a sentence or the letter's date, which stands alone.
    """
    joined: set[int] = set()
    for at, line in enumerate(run):
        if not (source.startswith("Dear", line.start) and _SALUTATION.fullmatch(source, line.start, line.end)):
            continue
        top = at
        while top > 0 and at - top < _ADDRESS_LINES and _address_line(source, run[top - 1]):
            top -= 1
        if at - top >= 2:
            joined.update(range(top + 1, at))
    return frozenset(joined)


def _address_line(source: str, line: Piece) -> bool:
    """True for a line an inside address may hold: short, ending no sentence, and no date.

    >>> _address_line("1600 Pennsylvania Ave., NW", Piece("line", 0, 26))
    True
    >>> _address_line("January 10, 2006", Piece("line", 0, 16)), _address_line("Thank you.", Piece("line", 0, 10))
    (False, False)
    """
    if line.end - line.start > _ADDRESS_LINE or line.lines > 1:
        return False
    last = source[line.end - 1]
    if last in ':;!?"”’' or (last == "." and not _ends_abbreviation(source, line)):
        return False
    return _CALENDAR_DATE.match(source, line.start, line.end) is None


# A lower-case word at a line's end, and one at a line's start: a sentence on both sides of a break.
_LAST_LOWER_WORD = re.compile(r"(?<![^ \t\u00a0])[a-z]++$")
_FIRST_LOWER_WORD = re.compile(r"[a-z]++[ \t\u00a0]")


def _blank_inside_quote(source: str, first: Piece, above: Piece, below: Piece) -> bool:
    """True when a blank line falls inside a quoted sentence: ``above`` ends it on a lower-case word.

    ``“The launch of … at this year’s RALLY is a testament to our`` / (blank)
    / ``next generation of founders …”`` (xn_wire_evertise_1): the quotation
    opened in the paragraph (from ``first``) is still open, a lower-case word
    ends the line and another opens the next: a scraper's stray break. With
    no open quotation the break may be a page's end that the author's own
    layout kept (da_022, ``… asking them to`` / ``nominate individuals …``);
    an address (``www.…``) is no plain word, and a capital may open a
    paragraph. Two blank lines or more are read as one: the rendering sets
    one between every two blocks, and must read the same (fuzz finding
    F1130-36, ``" c`` / two blank lines / ``l b``).
    """
    if not (
        above.blank_after >= 1
        and _LAST_LOWER_WORD.search(source, max(above.start, above.end - 30), above.end) is not None
        and _FIRST_LOWER_WORD.match(source, below.start, below.end) is not None
    ):
        return False
    # Counted back over one paragraph's reach at most, so that a run of such breaks is read in linear time.
    since = max(first.start, above.end - _PARAGRAPH_LINE)
    curly = source.count("“", since, above.end) > source.count("”", since, above.end)
    return curly or source.count('"', since, above.end) % 2 == 1


# A sentence's clause broken off by a blank line: a word and its comma, then a lower-case word ("visit: …"):
# two letters or more, or the article "a" (a lone other letter is no word: F1125-48's "e l" under a dropped "#").
_COMMA_END = re.compile(r"(?<![^ \t\u00a0])[a-z]{2,}+,$")
_LOWER_CLAUSE = re.compile(r"(?:[a-z]{2,}+|a)[:,]?+[ \t\u00a0]")


def _blank_after_comma(source: str, above: Piece, below: Piece) -> bool:
    """True when a blank line falls after a comma inside a sentence, a lower-case word going on under it.

    ``To learn more about … outdoor dining solutions,`` / (blank) / ``visit: https://…`` (zc_wire_newsusa_1):
    a comma ends no paragraph, and the word under it opens none. The word under it is a word, as the one above
    is: two letters or more, or the article ``a``; a lone other letter opens a block (``d c ns,`` / ``e l``, the
    rendering of a markdown heading's line whose mark it dropped: F1125-48). A line that ends on a word, no comma,
    may be a page's end the author's layout kept (da_022, ``_blank_inside_quote``), and a capital may open
    a paragraph. Two blank lines or more are read as one, as the rendering sets them (``_blank_inside_quote``).

    >>> src = "To learn more about our dining solutions,\\n\\nvisit: https://example.com"
    >>> _blank_after_comma(src, Piece("line", 0, 41, blank_after=1), Piece("line", 43, 70))
    True
    >>> _blank_after_comma(src.replace("visit", "Visit"), Piece("line", 0, 41, blank_after=1), Piece("line", 43, 70))
    False
    """
    return (
        above.blank_after >= 1
        and _COMMA_END.search(source, max(above.start, above.end - 30), above.end) is not None
        and _is_sentence(source, above)
        and _LOWER_CLAUSE.match(source, below.start, below.end) is not None
    )


# The end of a list item written as a clause of one sentence, its conjunction before the last item:
# "Adopt a written policy on effective communication; and" / "Pay $75,000 in damages …".
_ITEM_AND = re.compile(r";[ \t\u00a0]++(?:and|or)$")


def _ends_item(source: str, line: Piece) -> bool:
    """True when ``line`` ends like an item of a list written as one sentence: ``;``, ``; and``, ``; or``."""
    return source[line.end - 1] == ";" or _ITEM_AND.search(source, max(line.start, line.end - 8), line.end) is not None


def _word_fits(source: str, run: list[Piece], width: int) -> bool:
    """True when some line of ``run`` had room for the next line's first word, or ends an item: no wrap broke it.

    Lines that each end a sentence may still be wrapped, when each is full to ``width`` (a wrapper that
    happened to break at sentence ends, ``The police met. … agreed.`` / ``The police …``). A line ending
    in ``;`` or ``:`` ends an item or opens a list however long it is.
    """
    if any(source[p.end - 1] in ";:" or _ends_item(source, p) for p in run[:-1]):
        return True
    return any(
        above.end - above.start + above.indent + 1 + below.indent + len(_first_word(source, below)) <= width
        for above, below in itertools.pairwise(run)
    )


def _ends_every_line(source: str, run: list[Piece], width: int = 0) -> bool:
    """True for a run of three lines or more each ending a sentence or an item: one a line, nothing wrapped.

    ``_is_wrapped`` refuses such a run a width of its own; the width the
    document's other runs share (``_document_width``) must not wrap it
    either. A list that lost its bullets, each item a sentence (an earnings
    release's ``Revenue was $412.5 million, up 42%.`` / ``Gross margin was
    61.2%.`` / …), or Europol's ``resulted in:`` / ``27 arrests in Spain;`` /
    …, may have lines of one length, but a wrapped paragraph breaks its
    lines where the width falls, and two line ends in a row fall at a
    sentence's end only by chance. A quotation open at a line's end (``“We
    are proud. They worked hard.`` / ``The result shows it.”``) goes on below
    it: that run may be wrapped.
    """
    if len(run) < 3 or any(source[p.end - 1] not in _TERMINAL and not _ends_item(source, p) for p in run[:-1]):
        return False
    if width and not _word_fits(source, run, width):
        return False  # every line full to the width: wrapped, its breaks at sentence ends by chance
    return not any(_opens_quotation(source, line) for line in run)


def _opens_quotation(source: str, line: Piece) -> bool:
    """True when ``line`` leaves a quotation open or closes one it did not open (curly or straight marks)."""
    curly_open, curly_close = source.count("“", line.start, line.end), source.count("”", line.start, line.end)
    return curly_open != curly_close or source.count('"', line.start, line.end) % 2 == 1


def _lone_opening_mark(source: str, last: Piece) -> bool:
    """True when the line above holds only an opening quotation mark: the page's markup set it apart (“ / text)."""
    return source[last.start : last.end].strip() in ("“", "«", "„")


# The most words a quotation left open at a line's end may hold to be a quoted word the markup broke off
# ("… stated as “Was"), not a statement quoted over several paragraphs, which leaves its mark open too.
_QUOTED_WORDS = 3
# What no paragraph opens with: a closing mark, a comma, a stop or a closing bracket, then a space or a quote.
_CLOSING_OPENER = re.compile(r"[”’,.;)\]](?=[ \t\u00a0”’\"])")


def _inline_break(source: str, last: Piece, piece: Piece) -> bool:
    """True when the markup broke a sentence around an inline element: a price, a link, a quoted word.

    Retail and consumer pages render a price or a quoted label as its own element, and a scraper sets it on
    its own line: ``… a reference price stated as “Was`` / ``$29.99`` / ``” or “List Price`` / ``$29.99`` /
    ``.” A “Was” price is …`` (ta_da_sd_1, San Diego District Attorney). A line that opens with a closing
    mark, a comma, a stop, a semicolon or a closing bracket before a space or a quote closes the sentence
    above it; a line that ends inside a quotation of a few words opened on it has not ended, unless the line
    under it opens a new sentence with a capital (``Watch: “Inside the Lab`` / ``A short film …``) or the
    mark closes a German quotation (``„Wir handeln jetzt“``).

    >>> src = "stated as “Was\\n$29.99\\n.” A price."
    >>> _inline_break(src, Piece("line", 0, 14), Piece("line", 15, 21))
    True
    >>> _inline_break(src, Piece("line", 15, 21), Piece("line", 22, 33))
    True
    >>> src = "“We will act.\\n“The law is clear.”"
    >>> _inline_break(src, Piece("line", 0, 13), Piece("line", 14, 33))
    False
    """
    if _CLOSING_OPENER.match(source, piece.start, piece.end):
        return True
    opened = source.rfind("“", last.start, last.end)
    if opened < 0 or source.find("”", opened, last.end) >= 0 or source[last.end - 1] in _TERMINAL:
        return False
    if source.find("„", last.start, opened) >= 0 or _capital_first(source, piece):
        return False  # "„…“" closes a German quotation; a capital under the line opens a new sentence
    return len(source[opened + 1 : last.end].split()) <= _QUOTED_WORDS


def _capital_first(source: str, piece: Piece) -> bool:
    """True when ``piece`` opens with a capital, as a new sentence does (not ``$29.99``, not ``” or``)."""
    text = source[piece.start : min(piece.end, piece.start + 2)].lstrip()
    return bool(text) and text[0].isupper()


def _link_split(source: str, last: Piece, piece: Piece, nxt: Piece | None) -> bool:
    """True when ``piece`` is a link the page put on a line of its own inside a sentence.

    Pages that render each link as a block break the sentence around it: ``..., incluyendo`` /
    ``Robert Gustafson`` / ``, el Jefe Asistente ...`` / ``Steve Sentman`` / ``, y el alguacil ...`` (da_017).
    The short line joins when the line above did not end its sentence and a line starting with a comma
    or semicolon, or a lone stop, stands next to it; after a colon, when the sentence's stop stands alone under it: ``…,
    here:`` / ``CAFECITO CON LA COMUNIDAD – FLYER`` / ``.`` (da_sd_cafecito).
    """
    if source[last.end - 1] in _TERMINAL and source[last.end - 1] != ":":
        return False  # fast path: the sentence ended above (read below too, after the colon's case)
    if piece.end - piece.start > 60 or len(piece.text(source).split()) > 6:
        return False
    if source[last.end - 1] == ":":
        # The sentence goes on in lower case under the link: "… two nonprofits:" / "New Life Centers" /
        # "for youth in Little Village and" (x5_da_cook_jdapp); its stop alone under it.
        return nxt is not None and (_lone_stop(source, nxt) or _linked_after_colon(source, piece, nxt))
    if source[last.end - 1] in _TERMINAL:
        return False
    if _place_under_headline(source, last, piece):
        return False  # "… Association Thefts" / "Miami, Florida" / ", State Attorney …": the dateline's line
    # A web address the sentence ends on, under its verb: "… health care fraud, visit" / "Medicare.gov/fraud"
    # (x3_da_sd_medicare): the sentence stopped on a lower-case word, so the address is its object.
    if source[last.end - 1].islower() and _WEB_ADDRESS.fullmatch(source, piece.start, piece.end):
        return True
    # A linked name between the subject's title and its verb: "Cook County State’s Attorney" / "Eileen
    # O’Neill Burke" / "today announced …" (Cook County and San Diego pages link the prosecutor's name).
    # A link that ends the sentence, its stop alone under it: "… can be read" / "HERE" / "." (da_cook_icymi).
    # A name broken by the markup, its bracket going on under it: "… during" / "Operation Grease" / "Monkey" /
    # "(April 29, 2025-May 1, 2025)" / ", as part of …" (x6_da_miami_2).
    return (
        source[last.start] in ",;"
        or (nxt is not None and (source[nxt.start] in ",;" or _lone_stop(source, nxt)))
        or _linked_name(source, piece, nxt)
        or (nxt is not None and source[nxt.start] == "(" and _bracket_runs_on(source, nxt))
        or _linked_object(source, last, piece, nxt)
    )


def _linked_object(source: str, last: Piece, piece: Piece, nxt: Piece | None) -> bool:
    """True when a linked word or number stands between a verb and the sentence's lower-case end.

    ``– If an animal is in immediate danger, call`` / ``911`` / ``or your local police department.``
    (xg_da_sandiego_1): the line above stops on a lower-case word, the link opens with a capital or a
    figure, and the line under it goes on in lower case, its first word a comma's too (``Participation from
    approximately`` / ``60`` / ``retailers, including major brands …``: a bold figure, ya_da_cook_1), and ends
    the sentence. Items of a list that lost
    its bullets open in lower case themselves, or end on no stop (``improve roads`` / ``build schools``).
    """
    return (
        nxt is not None
        and source[last.end - 1].islower()
        and (source[piece.start].isupper() or source[piece.start].isdigit())
        and _LINE_BULLET.match(source, piece.start, piece.end) is None
        and _LOWER_CLAUSE.match(source, nxt.start, nxt.end) is not None
        and source[nxt.end - 1] in ".!?"
    )


# A one-word label over its value: "Call:" (not a contact block's own labels, which the meta stage reads).
_NUMBER_LABEL = re.compile(r"[A-Z][a-z]{1,10}+:")
_CONTACT_NUMBER_LABELS = frozenset(("Phone:", "Telephone:", "Tel:", "Fax:", "Cell:", "Mobile:", "Office:", "Contact:"))
# A phone number alone on its line, an extension after it: "619-299-7012 (ext. 2244)", "(619) 531-4040".
_PHONE_NUMBER = re.compile(r"\(?\d{3}\)?[ .\-/]?\d{3}[ .\-]\d{4}(?: ?\(ext\. ?\d{1,6}\)| ext\.? ?\d{1,6})?")


def _linked_number(source: str, last: Piece, piece: Piece) -> bool:
    """True when a phone number alone on its line is the value of the label alone above it.

    ``Call:`` / ``619-299-7012 (ext. 2244)`` (xg_da_sandiego_1): the page linked the number and set the
    link apart, as its sibling ``Online: Report Animal Cruelty`` shows on one line. A contact block's
    labels (``Phone:`` / ``Tel:``) are left to the meta stage.
    """
    return (
        _NUMBER_LABEL.fullmatch(source, last.start, last.end) is not None
        and source[last.start : last.end] not in _CONTACT_NUMBER_LABELS
        and _PHONE_NUMBER.fullmatch(source, piece.start, piece.end) is not None
    )


_DESCRIBING_DASHES = frozenset("–—")
# The most words of a name that a dash line describes ("County of San Diego Department of Animal Services").
_DESCRIBED_NAME_WORDS = 8


def _dash_describes(source: str, run: list[Piece], i: int) -> bool:
    """True when line ``run[i]`` opens with a dash that goes on from the name on the line above it.

    A resource list links each agency's name and sets its description under it after a dash:
    ``San Diego Humane Society`` / ``– They handle animal cruelty investigations …`` (xg_da_sandiego_1):
    one entry, not a name over a list item. The name is a short title-case line with no stop, and no
    dash line stands next to the pair: dashes in a row (``Highlights`` / ``– One`` / ``– Two``) are a list.
    """
    if i < 1:
        return False
    name, line = run[i - 1], run[i]
    bullet = _LINE_BULLET.match(source, line.start, line.end)
    if bullet is None or bullet.group("marker") not in _DESCRIBING_DASHES or not source[bullet.end()].isupper():
        return False
    words = source[name.start : name.end].split()
    if (
        len(words) > _DESCRIBED_NAME_WORDS
        or source[name.end - 1] in _TERMINAL
        or not source[name.start].isupper()
        or not _title_cased(source, name)
        or _LINE_BULLET.match(source, name.start, name.end)
    ):
        return False
    if i >= 2 and _LINE_BULLET.match(source, run[i - 2].start, run[i - 2].end):
        return False  # "– One" / "Second Item" / "– Two": the dashes of a list
    return not (i + 1 < len(run) and _LINE_BULLET.match(source, run[i + 1].start, run[i + 1].end))


def _place_under_headline(source: str, last: Piece, piece: Piece) -> bool:
    """True when ``piece`` is a place (``Miami, Florida``) under a headline line: a dateline, not a link.

    A headline copy has no stop and every long word capitalised; a place line is capitalised words around
    one comma. The comma that opens the line under it ends the dateline (da_015), so nothing joins upward.
    """
    text = source[piece.start : piece.end]
    return (
        text.count(",") == 1
        and all(word[:1].isupper() for word in text.replace(",", " ").split())
        and _title_cased(source, last)
    )


def _linked_after_colon(source: str, piece: Piece, nxt: Piece) -> bool:
    """True when a capitalised link under a colon is followed by the sentence going on in lower case.

    ``… two community-based nonprofits:`` / ``New Life Centers`` / ``for
    youth in Little Village and`` (x5_da_cook_jdapp). Items of a list under
    the colon start in lower case themselves or end on ``;`` (``unlawful
    possession of a weapon;``, x3_da_cook_efr): they stay apart.
    """
    return (
        source[piece.start].isupper()
        and source[piece.end - 1].isalnum()
        and _LOWER_WORD.match(source, nxt.start, nxt.end) is not None
        and source[nxt.end - 1] not in ";,"
    )


# A bare web address alone on its line: dotted host parts, then an optional path ("Medicare.gov/fraud").
_WEB_ADDRESS = re.compile(r"(?:https?://)?+[\w-]++(?:\.[\w-]++)++(?:/\S*+)?+")


def _lone_stop(source: str, line: Piece) -> bool:
    """True for a line that holds a sentence's stop alone (``.``): the markup broke the line after a link."""
    return line.end - line.start == 1 and source[line.start] in ".!?"


def _linked_name(source: str, piece: Piece, nxt: Piece | None) -> bool:
    """A name of two to four capitalised words alone on its line, the sentence going on under it in lower case."""
    words = piece.text(source).split()
    if not 2 <= len(words) <= 4 or not all(
        w[:1].isupper() and w.replace("’", "").replace("'", "").replace(".", "").isalpha() for w in words
    ):
        return False
    if nxt is None:
        return False
    if source[nxt.start : nxt.end] in _LONE_CONJUNCTIONS:
        return True  # "Assistant State’s Attorneys" / "Katie Siefert" / "and" / "Krystyn Dilillo" (xg_da_cook_1)
    return nxt.end - nxt.start >= 30 and bool(_LOWER_WORD.match(source, nxt.start, nxt.end))


# A conjunction alone on its line: the page linked the names on either side of it ("… Siefert" / "and" / "…").
_LONE_CONJUNCTIONS = frozenset(("and", "or", "&"))


# A sentence going on in lower case: a word of letters, then a space ("today announced …"; not "press@…").
_LOWER_WORD = re.compile(r"[a-z]++[ \t]")


# A markdown link's address closing right before a stop: "[Acme](https://acme.example).The" (wire pages).
_LINK_ADDRESS_END = re.compile(r"\]\([^()\s]{1,2000}+\)$")


def _link_opening(source: str, close: int, floor: int) -> int:
    """Where the link ``[text](url)`` that ends at ``close`` opens, or -1 when none does (an image is none).

    ``close`` is just past the link's ")"; the link is read as the ``markdown_link`` repair reads it.
    """
    bracket = source.rfind("](", max(floor, close - 2004), close)
    if bracket < 0 or _LINK_ADDRESS_END.match(source, bracket, close) is None:
        return -1
    opening = source.rfind("[", max(floor, bracket - 301), bracket)
    if opening < 0 or source.find("]", opening, bracket) >= 0 or source[opening - 1 : opening] == "!":
        return -1
    return opening


def _word_before(source: str, stop: int, floor: int) -> str:
    """Return the run of non-space characters that ends at ``stop`` (at most 60 of them).

    A markdown link right before the stop reads as its text, as the rendering shows it (``markdown_link``):
    ``[R](/)?Ad`` is ``R?Ad`` there, a question glued to the next sentence (fuzz finding F1130-26, SPEC 5).
    A word hyphenated over a line break reads joined, as the rendering joins it (``hyphen_line_break``):
    ``8-\\ns.Te`` ends on ``8-s``, no lone initial (fuzz finding F1125-36, SPEC 5).

    >>> _word_before("see [the site](https://example.org).The", 35, 0), _word_before("8-\\ns.Te", 4, 0)
    ('site', '8-s')
    """
    opening = _link_opening(source, stop, floor) if source[stop - 1 : stop] == ")" else -1
    if opening >= 0:
        bracket = source.rfind("](", opening, stop)
        chunk = source[max(floor, opening - 60) : opening] + source[opening + 1 : bracket]
        chunk = chunk[-60:]
    else:
        chunk = source[max(floor, stop - 60) : stop]
    if not chunk or chunk[-1].isspace():
        return ""
    return join_hyphen_breaks(chunk).split()[-1]


def _after_space(source: str, at: int) -> str:
    """The first character after the whitespace run that starts at ``at`` (``""`` at the end)."""
    m = _WHITESPACE.match(source, at)
    end = m.end() if m else at
    return source[end : end + 1]


def _lower_or_digit(ch: str) -> bool:
    """True for a lower-case letter or a digit: what may follow an article opening a sentence."""
    return ch.islower() or ch.isdigit()


# A top-level domain after a name's full stop, however cased: "PRNEWSWIRE.COM", "Acme.Org".
_TOP_DOMAIN = re.compile(r"(?i:com|org|net|gov|edu|int)(?![\w-])")


# The domains start-ups take their names from, after a capitalised name's stop: "SatoshiDEX.AI", "Acme.IO".
# Only after a capitalised word: a sentence after a lower-case one may open on the initials ("tools.AI is").
_BRAND_DOMAIN = re.compile(r"(?i:ai|io)(?![\w-])")
# A footnote's number after a sentence's stop, then the next sentence: "complications.1 For Todd" (one or two
# figures, a space, a capital); "2023.2024 was" and "killed.10 people" stay junctions of their own rules.
# Several references, or the last ones of a paragraph: "outcomes.1,2 Meanwhile", "annually.3,4" then a line end
# (the American Heart Association's superscripts, flattened, vc_wire_nmw_1). A line end reads as the clean text
# sets it: inside a paragraph a space, so a lower-case line under the figure is no sentence after a footnote
# ("se.1" / "n" reads "se.1 n": a junction, fuzz F1125-50).
_FOOTNOTE_MARK = re.compile(r"\d{1,2}+(?:[,–-]\d{1,2}+){0,8}+(?: [A-Z]|[ \t]*+(?:\n[ \t]*+(?:[A-Z]|\n|$)|$))")


# A party's letter and a state's first initial before the stop: "D-W.Va.", "R-N.Y."; the glued word is the
# state's next short abbreviation with its own stop ("Va.", "Y."), so no sentence opens there.
_STATE_INITIAL = re.compile(r"(?<![\w-])[A-Z]-[A-Z]$")
_ABBREVIATION_NEXT = re.compile(r"[A-Z][a-z]{0,2}+\.")
# Initials that open a sentence, then a capitalised word: "U.S. Park Police", "U.N. peacekeepers" is no opener.
_INITIALS_OPENER = re.compile(r"(?:U\.S|U\.N|U\.K)\.[ \t\u00a0]++[A-Z]")


def is_glued_break(source: str, stop: int, after: int, floor: int) -> bool:
    """Decide whether the stop at ``stop`` glued to ``source[after]`` ends a paragraph.

    ``floor`` is the start of the block (the scan never looks before it).

    >>> is_glued_break("around the world.Every police", 16, 17, 0)
    True
    >>> is_glued_break("the U.S.Attorney said", 7, 8, 0)
    False
    """
    if after >= len(source) or stop <= floor:
        return False  # a stop opening the block ends no sentence of it ("?Now" stays one block)
    nxt = source[after]
    stop_char = source[stop]
    if nxt in _OPENERS:
        if after + 1 >= len(source) or not source[after + 1].isalnum():
            return False
        upper_next = source[after + 1].isupper() or source[after + 1].isdigit()
        if not upper_next:
            return False
    elif nxt.isdigit():
        if stop_char != "." or after - stop != 1:
            return False
        if _FOOTNOTE_MARK.match(source, after) and source[stop - 1 : stop].islower():
            return False  # a footnote's number: "heart-related complications.1 For Todd, …" (xh_wire_newsusa_1)
    elif nxt.isupper():
        # The letter after the capital, through the invisible characters the rendering drops ("W\xadê" reads
        # "Wê", fuzz finding F1125-19); a few of them at most, as a scrape leaves them.
        at = after + 1
        while at < len(source) and at < after + 5 and source[at] in INVISIBLE:
            at += 1
        follow = source[at] if at < len(source) else " "
        lone = follow == "." or not (follow.isalpha() or follow in "’'&")
        # "A" or "I" and a lower-case word open a sentence: "help?A dental", "men.A federal grand jury";
        # after a full stop only when it ends a lower-case word (not "U.S.A federal").
        # Any whitespace counts as the space the clean text renders it ("met.A\nfederal").
        # "settlement.A 10% cap" (wire_031): a number after the article as well.
        article = nxt in "AI" and follow.isspace() and _lower_or_digit(_after_space(source, after + 1))
        # "medical reports.U.S. Park Police": a sentence opening on a country's initials after a lower-case word.
        word = _word_before(source, stop, floor)
        last = word[-3:]  # a link's text, as rendered: "[the city](/x).U.S. Park"
        initials = stop_char == "." and len(last) == 3 and last.isalpha() and last.islower()
        initials = initials and _INITIALS_OPENER.match(source, after) is not None
        if lone and not initials and not (article and (stop_char in "?!" or source[stop - 1 : stop].islower())):
            return False  # an initial ("A.B.") or a lone capital
    else:
        return False
    if not nxt.isupper():
        word = _word_before(source, stop, floor)  # (the capital's branch has read it)
    if _domain_follows(source, after):
        return False  # a host name's parts: "WWW.USDOJ.GOV", "JUSTICE.USDOJ.GOV" (doj_g)
    lowered = word.lower()
    if "@" in word or "/" in word or "www" in lowered or "http" in lowered:
        # A URL or an address before the stop: "example.org/search?Query", "press@europol.europa.eu"; it ends
        # its sentence when a sentence opens after it ("visit heart.org/nation.The CPR survey", wire_017).
        return stop_char == "." and _opens_sentence(source, after)
    if _ADDRESS_TAIL.match(source, after):
        return False  # the next word runs on to an "@": "Tracie.Bertaut@heart.org" (wire_017)
    if stop_char == "." and _TOP_DOMAIN.match(source, after):
        return False  # a domain in capitals: "FEATURED ON PRNEWSWIRE.COM?", "Visit Acme.Com"
    if stop_char == "." and word.rsplit(".", 1)[-1][:1].isupper() and _BRAND_DOMAIN.match(source, after):
        return False  # a name with a start-up's domain: "SatoshiDEX.AI approach" (xh_wire_blockchainwire_1)
    if stop_char in "?!":
        return True
    if stop > floor and source[stop - 1] == ".":
        return False  # ellipsis
    if not word:
        return False
    if stop_char == ":":
        # A ticker or a label inside parentheses ends nothing: "(TSXV:ACME)", "(NYSE:ACME)" (wire releases);
        # nor does an exchange's name glued to its ticker, both in capitals: "OTCQB:WYTC" (x7_wire_nmw_3).
        return not word[-1].isdigit() and not word.startswith("(") and not _ticker_follows(source, word, after)
    core = word.rstrip('”’")]').lstrip('(“‘"[')
    # The letters after the last stop, an opening quote or bracket left out: ``.“Stock`` ends on ``Stock`` (F1123-59).
    letters = core.rsplit(".", 1)[-1].lstrip('(“‘"[')
    if core[-1:].isdigit():
        # A ticker's exchange suffix after its figures, in brackets: "(863.HK)" (x8_wire_blockchainwire_1).
        return not nxt.isdigit() and not (word.startswith("(") and _EXCHANGE_SUFFIX.match(source, after) is not None)
    if len(letters) <= 1:
        return False
    if _STATE_INITIAL.search(letters) and _ABBREVIATION_NEXT.match(source, after):
        return False  # a party and a state's initials: "both D-W.Va., are calling" (zb_senate_byrd_1), "R-N.Y."
    if letters.lower() in ABBREVIATIONS:
        # A suffix that follows the name it shortens may end the sentence: "Wealth Advisors, LLC.Honorable
        # distinction" (wire_005); a title never does ("Dr.Smith", "U.S.Attorney").
        return letters.lower() in _FINAL_ABBREVIATIONS and _opens_sentence(source, after)
    if letters[-1].isupper() and letters[-2].islower() and len(letters) >= 4:
        return False  # an initial glued to the name before it, spaces lost: "AttorneyBrianJ.Stretch" (doj_003)
    # A dotted name's stop has its capital right after it: a spaced stop is none, and the page is not scanned.
    glued_capital = source[stop + 1 : stop + 2].isupper()
    if letters[0].isupper() and nxt.isupper() and glued_capital and _is_dotted_name(source, stop):
        return False  # a dotted brand name written again elsewhere: "Bit.Store" (xc_wire_blockchainwire_1)
    return not (nxt.isdigit() and not letters.isalpha())


def _quotation_close(source: str, stop: int, end: int) -> int:
    """Where the first closing double quote after ``stop`` stands in ``[stop, end)``, else -1."""
    curly = source.find("”", stop, end)
    straight = source.find('"', stop, end)
    found = [at for at in (curly, straight) if at >= 0]
    return min(found) if found else -1


# A dotted brand name: a capitalised word, a full stop, a capitalised word ("Bit.Store", "Web.Com").
# The second word has two letters or more: "Tuesday.A federal jury", glued twice, is two junctions (the article).
# (the look-behind is read after the capital: tried only at a capital, not at every character of the page)
_DOTTED_NAME = re.compile(r"[A-Z](?<![\w.][A-Z])[A-Za-z]*+\.[A-Z][A-Za-z]++")


# Words that open the sentence after a glued junction, not the second half of a name: "Tuesday.The".
_JUNCTION_OPENERS = SENTENCE_OPENERS | GLUE_OPENERS


@functools.lru_cache(maxsize=2)
def _dotted_names(source: str) -> frozenset[int]:
    """The full stops of the dotted names written twice or more in ``source`` (one linear scan a document).

    >>> sorted(_dotted_names("Bit.Store is new. Try Bit.Store today. In Ohio.The end."))
    [3, 25]
    """
    found = [
        (m.group(), m.start() + m.group().index("."), _name_start(source, m.start()))
        for m in _DOTTED_NAME.finditer(source)
        if m.group().rsplit(".", 1)[1] not in _JUNCTION_OPENERS  # "Tuesday.The", glued twice, is no name
    ]
    counts = Counter(name for name, _, _ in found)
    # A name opens a line or a sentence somewhere ("Bit.Store, a card provider, …"); a junction glued twice
    # ("… in Boise.Attorney General Holder …", hypothesis) always follows its sentence's words.
    leading = {name for name, _, first in found if first}
    return frozenset(stop for name, stop, _ in found if counts[name] > 1 and name in leading)


def _name_start(source: str, at: int) -> bool:
    """Whether the word at ``at`` opens its line or a sentence (after a line break, a stop or a heading mark)."""
    before = source[max(0, at - 2) : at]
    return at == 0 or before[-1:] == "\n" or before in (". ", "# ", ": ", "! ", "? ") or before[-1:] in '“"('


def _is_dotted_name(source: str, stop: int) -> bool:
    """True when the full stop at ``stop`` parts a brand name that the document writes more than once.

    A junction glued by a scrape joins two sentences that follow each other once; a name like ``Bit.Store``
    recurs (title, lead, list items), so a repeated ``Word.Word`` is a name, not two paragraphs, unless its
    second word opens sentences (``Tuesday.The``, glued twice where two paragraphs end alike).
    """
    return stop in _dotted_names(source)


# A ticker or an exchange suffix: two to five capitals, then no letter ("WYTC,", "HK)").
_TICKER = re.compile(r"[A-Z]{2,5}+(?![A-Za-z])")
# An exchange suffix glued after the stop and closing the bracket: "(863.HK)"; not "(p<0.001). CRV-301 was".
_EXCHANGE_SUFFIX = re.compile(r"[A-Z]{1,5}+\)")


def _ticker_follows(source: str, word: str, after: int) -> bool:
    """True when a colon stands between an exchange's name and a ticker, both in capitals: ``OTCQB:WYTC``."""
    name = word.lstrip('(“‘"[')
    return 2 <= len(name) <= 8 and name.isupper() and name.isalpha() and _TICKER.match(source, after) is not None


_HOST_PART = re.compile(r"[A-Za-z\d-]{1,63}+")


def _domain_follows(source: str, at: int) -> bool:
    """True when the word at ``at`` is the rest of a host name in capitals: dotted parts ending in a top-level domain.

    A top-level domain alone after the stop is left to ``_TOP_DOMAIN`` (``PRNEWSWIRE.COM``). A name in
    lower case may open a sentence glued to the one before (``… Pets.Lotto.com también``, wire_028).

    >>> _domain_follows("WWW.USDOJ.GOV", 4), _domain_follows("WWW.USDOJ said", 4)
    (True, False)
    """
    for parts in range(5):
        part = _HOST_PART.match(source, at)
        if part is None or part.group() != part.group().upper():  # a lower-case letter (the part is ASCII)
            return False
        if parts and _TOP_DOMAIN.fullmatch(part.group()) and source[part.end() : part.end() + 1] != ".":
            return True
        if source[part.end() : part.end() + 1] != "." or not source[part.end() + 1 : part.end() + 2].isalnum():
            return False
        at = part.end() + 1
    return False


def _opens_sentence(source: str, at: int) -> bool:
    """True when a sentence opens at ``at``: a usual opener (``The``), or a capitalised word and a lower-case one.

    >>> _opens_sentence("Honorable distinction was", 0), _opens_sentence("Attorney General", 0)
    (True, False)
    """
    word = next_word(source, at, min(len(source), at + 30))
    if not word[:1].isupper() or source[at + len(word) : at + len(word) + 1] != " ":
        return False
    return word in SENTENCE_OPENERS or (
        word[1:].islower() and source[at + len(word) + 1 : at + len(word) + 2].islower()
    )


def _stop_gaps(source: str, start: int, end: int) -> tuple[int, int, int]:
    """Count sentence gaps of one space and of exactly two spaces after a stop in ``[start, end)``.

    The third count is of the one-space gaps after a lower-case word or a
    figure (``deal.`` and ``2024.``, not ``U.S.`` or ``J.``): sentence ends, where
    typewriter text, which puts two spaces after every sentence, has none.
    """
    single = double = ended = 0
    for m in _STOP_GAP.finditer(source, start, end):
        if len(m.group("gap")) == 1:
            single += 1
            before = source[m.start() - 2 : m.start() - 1]
            word = _word_before(source, m.start() - 1, start).lower()
            if (before.islower() or before.isdigit()) and word not in ABBREVIATIONS:
                ended += 1  # "deal. The", "2024. The"; not "Sen. Biden" (xf_senate_biden_2)
        else:
            double += 1
    return single, double, ended


def _short_paragraphs(source: str, start: int, end: int) -> bool:
    """True for a line of short paragraphs parted by two spaces, sentences by one (wire_247_x1).

    Such a story has about as many breaks as sentence gaps, but some of its
    one-space gaps end a sentence (after a lower-case word or a figure: two
    at least, one for every three breaks), which typewriter text, two spaces
    after every sentence, has only as an odd slip: most of its one-space gaps
    follow abbreviations and initials (``Sen. Biden``, ``U.S. Senator``;
    xf_senate_biden_2: four slips in thirteen); and it puts two spaces nowhere else,
    where typing slips do (``met in  Lyon``).
    """
    single, double, ended = _stop_gaps(source, start, end)
    if ended < 2 or 3 * ended < double or 2 * ended <= single:
        return False
    return len(_TWO_SPACES.findall(source, start, end)) < 2 * double


def is_stripped(source: str, start: int, end: int) -> bool:
    """True for a long stretch with (almost) no sentence punctuation: Senate text stripped by its scraper.

    >>> is_stripped("the Senate s votes on  H R  6049   Both measures were blocked today " * 5, 0, 350)
    True
    """
    if end - start < 300:
        return False
    stops = sum(source.count(ch, start, end) for ch in ".!?")
    return stops * 400 < end - start


# A capitalised word after the word glued to a short "heading": the glued word opens a name that goes on.
_NAME_GOES_ON = re.compile(r" [A-Z][a-z’'-]++[ ,]")

# A word of six letters or more with a noun's or a gerund's ending ("Living", "Pricing", "Action"): an English word,
# not the first piece of a brand name ("PowerPoint", "MasterCard"), as one of seven letters or more is taken to be.
_PLAIN_ENDING = re.compile(r"(?<=[A-Za-z][a-z]{2})(?:ing|ion|ment|ness|ity)$")

# How far into a block a glued subheading may end (twenty words of a long title-case heading).
_HEAD_REACH = 160


def _glued_heading(source: str, start: int, end: int) -> int:
    """Return where the sentence starts after a subheading glued to it at ``start``, else 0.

    ``Early Planning and Financial PreparationThe key`` (wire_020): two to
    twenty capitalised words (small function words allowed; doj_012 glues
    one of 19 words: ``…Invega for Off-Label UsesIn a``), the last of
    which runs, lower case to capital, into a word followed by a space. The
    glue point is unambiguous when that word is a usual sentence opener
    (``The``, ``This``, ``According``), or when the glued piece of the last
    word is a plain word of seven letters or more (``ComplaintHector``);
    shorter ones are too often brand names (``PowerPoint to``, ``MedTech``).

    >>> _glued_heading("Practice OptimizationBefore listing, plan ahead.", 0, 48)
    21
    >>> _glued_heading("Leawo PowerPoint to Video Pro is free today.", 0, 44)
    0

    One comma between title-case words may part the subheading's phrases (xu_wire_pressservices_1); two,
    or one before a lower-case word, make it a sentence.

    >>> text = "The scholarship from the firm stresses advocacy, education and community help."
    >>> src = "Supporting Students, Building Stronger Communities" + text
    >>> _glued_heading(src, 0, len(src))
    50
    >>> src = "Students, Parents, Building Stronger Communities" + text
    >>> _glued_heading(src, 0, len(src)), _glued_heading(src[10:], 0, len(src) - 10)
    (0, 38)
    >>> src = "Supporting Students, and Stronger Communities" + text
    >>> _glued_heading(src, 0, len(src))
    0
    """
    if not source[start : start + 1].isupper():
        return 0
    limit = min(end, start + _HEAD_REACH)
    head = source[start:limit]
    if head.isascii() and not _has_camel(head):
        return 0  # fast path: no lower-case letter runs into a capital, so there is no glue point
    words = colons = commas = 0
    i = start
    while i < limit and words < 20:
        j = i
        while j < limit and not source[j].isspace():
            j += 1
        word = source[i:j]
        glue = _name_glued_again(source, start, i, j, end) if words else 0
        repeat = glue > 0
        if not glue:
            glue = _glue_point(source, i, j, end)
            if glue and _glued_later(source, word, j, limit):
                glue = 0  # the brand the heading names, glued to its last word further on: "FlexiMine's …"
        if glue:
            if words < 1:
                return 0
            lower = source[i:glue]
            if not (
                word[:1].isupper()
                or word[:1].isdigit()
                or _TICKER_WORD.match(word)
                or (
                    len(lower) >= 3
                    and lower.isalpha()
                    and lower.islower()
                    and not source[glue + 1 : glue + 2].isupper()
                )
            ):
                # The glued word is the heading's last: capitalised as its others are, or a whole word in lower
                # case glued to a capitalised word ("Read morePolice seized …"). A glue after a mark or a letter
                # inside a word ("O z”4rigiRe .come)", "E nThe .") ends no subheading, a link's text or not, nor
                # does a lower-case word glued to capitals ("moreNEW", as "HealthTECH": the name's own part;
                # fuzz F1126-32, F1129-9, F1126-13).
                return 0
            head_piece = source[_piece_start(source, i, glue) : glue]
            nxt = next_word(source, glue, end)
            plain = head_piece[1:].islower() and (len(head_piece) >= 7 or _PLAIN_ENDING.search(head_piece) is not None)
            brand = nxt not in SENTENCE_OPENERS and not plain
            if nxt == "A" and (words < _ARTICLE_HEAD_WORDS or len(head_piece) < 4 or not head_piece[1:].islower()):
                return 0  # "Under PlanA the city": a name's letter, not an article opening the sentence
            if nxt == "A" and words >= _DECK_WORDS:
                # A DOJ deck of six title-case words or more glued to its lede's article: "… Placed on Department
                # of Commerces Entity ListA 24-count indictment …" (va_doj_r04419); a name's letter ("Plan A")
                # follows a word or two, and the plain-word test below would ask "List" for seven letters.
                plain, brand = True, False
            caps = nxt[1:].isupper()  # "SuccessKWDK's mission": a name in capitals the page writes alone
            if caps and (
                len(head_piece) < 4 or not head_piece[1:].islower() or not _named_elsewhere(source, nxt, start, glue)
            ):
                return 0  # "HealthTECH platform": capitals the page never writes alone are a brand's part
            # The heading's own last words open the sentence: "… Offered by Helium FarmHelium Farm offers …"
            # (tc_wire_blockchainwire_1): the glue is the heading's end, however the page writes the junction.
            again = _heading_words_again(source, start, glue, end)
            if repeat or again:
                brand = False  # the heading's own name glued again: "… Presale OpportunityFlexiMine offers …"
            if brand and (len(head_piece) < 4 or not head_piece[1:].islower() or not (caps or nxt[1:].islower())):
                return 0  # "Leawo PowerPoint to": a short glued piece is more likely a brand name
            if words < 2 and nxt not in SENTENCE_OPENERS and _NAME_GOES_ON.match(source, glue + len(nxt)):
                return 0  # "Christopher MichaelPaul Jackson, DOB: …": a name that lost a space, no heading
            rest = source[glue : min(end, glue + 400)]
            # The text under it ends a sentence, or opens a list with a colon (``AccidentsBicycle dooring
            # accidents can lead to severe injuries, including:``, wire_pressservices_x1).
            opens_list = end - glue <= 400 and source[end - 1] == ":"
            if not (opens_list or any(ch in ".!?" for ch in rest)) or _shorter(source, glue, end, start, glue):
                return 0
            if not _more_words(source, glue, end, _word_count(source, start, glue)):
                # A sentence of more words than the heading, as ``headings.standalone_heading`` asks of a title-case
                # line over its paragraph, where the rendering sets the heading alone (``_spaced_cut``; ``A 8yThe
                # .`` cut no heading there, fuzz finding F1130-42).
                return 0
            if source[end - 1] not in _UNDER_HEADING_END and not _ends_call_to_action(source, start, glue, end):
                return 0  # the text under a heading ends a sentence (as ``standalone_heading`` asks of it)
            # (the heading's own name glued again is read past: its inner capital is the name's, no lost space)
            after_name = glue + len(nxt) if repeat else glue + 1
            if nxt not in SENTENCE_OPENERS and _lost_spaces(source, after_name, min(end, glue + 200)):
                return 0  # the text lost its spaces everywhere ("andShiao Leeare", doj_003): glue is no evidence
            if brand and not _named_elsewhere(source, nxt, start, glue):
                return 0  # "Leawo PowerPoint to": a glued name the page never writes alone may be one word
            piece_at = glue - len(head_piece)
            if not again and _written_whole(source, piece_at, glue + len(nxt)):
                return 0  # "The VideoMost ML codec": the page writes "VideoMost" as one word elsewhere (a brand)
            return glue
        if word[-1:] == "." and word[:-1].lower() in ABBREVIATIONS and source[j + 1 : j + 2].isupper():
            # An abbreviation inside a subheading ends no sentence: "Understanding Bicycle vs. Bicycle
            # AccidentsBicycle vs. bicycle …" (vc_wire_pressservices_1; a Press Services h2 glued to its text).
            words += 1
            i = _gap_end(source, j, limit)  # any whitespace, as the rendering's one space (F1130-42)
            continue
        if not (
            word[:1].isupper() or word[:1].isdigit() or word.lower() in _GLUED_SMALL_WORDS or _TICKER_WORD.match(word)
        ):
            return 0
        if word[-1:] == ":" and not colons and word[:1].isupper() and source[j + 1 : j + 2].isupper():
            colons = 1  # "Manufactured Homes: A Smart Choice for …Living" (pressservices_1): one colon, title case on
        elif word[-1:] == "," and not commas and word[:1].isupper() and source[j + 1 : j + 2].isupper():
            commas = 1  # "Supporting Students, Building Stronger CommunitiesThe …" (xu_wire_pressservices_1)
        elif word[-1:] in ".!?:;," and not _INITIALISM_WORD.fullmatch(word):
            return 0  # sentence punctuation; an initialism's stops are none ("U.S. District Court Also Issues …")
        words += 1
        i = _gap_end(source, j, limit)
    return 0


# The most words of a name a subheading ends on and its sentence opens with again ("Helium Farm").
_NAME_AGAIN_WORDS = 4


def _heading_words_again(source: str, start: int, glue: int, end: int) -> bool:
    """True when the text glued at ``glue`` opens with the capitalised words the subheading ``[start, glue)`` ends on.

    Blockchain Wire releases name the company at a section heading's end and open its first sentence with
    the name: ``The Exclusive Services Offered by Helium FarmHelium Farm offers its customers …``
    (tc_wire_blockchainwire_1). The page glues the two the same way again (``About Helium FarmHelium
    Farm …``), so the junction written whole elsewhere is no brand there.

    >>> src = "Services Offered by Helium FarmHelium Farm offers mining."
    >>> _heading_words_again(src, 0, 31, len(src)), _heading_words_again(src, 0, 31, 37)
    (True, False)
    """
    head = source[start:glue].split()
    text = source[glue : min(end, glue + _HEAD_REACH)].split()
    for k in range(1, min(_NAME_AGAIN_WORDS, len(head) - 1, len(text) - 1) + 1):
        if head[-k:] == text[:k] and all(w[:1].isupper() for w in text[:k]):
            return True
    return False


def _name_glued_again(source: str, start: int, i: int, j: int, end: int) -> int:
    """Where a camel-case name the subheading already wrote is glued to its last word, else 0.

    ``FlexiMine's Exciting Presale OpportunityFlexiMine offers …``, ``Unique Features of the FlexiMine
    ProjectFlexiMine stands out …`` (uc_wire_blockchainwire_1): the story's first word is the brand the heading
    names, written the same way, so the lower-to-capital point before it is the glue, though the name has a
    capital inside (which ``_glue_point`` leaves to brands).
    """
    if j >= end or not source[j].isspace():
        return 0
    for k in range(i + 1, j):
        if source[k].isupper() and source[k - 1].islower():
            name = _camel_name(source[k:j])
            return k if name and _stands_alone(source, name, start, k) else 0
    return 0


def _camel_name(word: str) -> str:
    """``word`` without a possessive when it is a camel-case name of four letters or more (``FlexiMine's``), else ""."""
    name = word[:-2] if word.endswith(("'s", "’s")) else word
    return name if len(name) >= 4 and name.isalpha() and any(ch.isupper() for ch in name[1:]) else ""


def _glued_later(source: str, word: str, j: int, limit: int) -> bool:
    """Whether the camel-case name ``word`` comes again after ``j``, glued to a word's lower-case end."""
    name = _camel_name(word)
    if not name:
        return False
    at = source.find(name, j, limit + len(name))
    while at >= 0:
        if source[at - 1].islower():
            return True
        at = source.find(name, at + 1, limit + len(name))
    return False


# A token's ticker written with its sign inside a subheading: "The $SEKY Tokenomics" (yc_wire_blockchainwire_1).
_TICKER_WORD = re.compile(r"\$[A-Z]")
# Most camel-case words under a glued subheading looked up as brands the page writes whole.
_WHOLE_BRANDS = 6
# The longest camel-case word read as a brand (``_lost_spaces``): a longer run of letters lost its spaces, and the
# bound keeps each look-up linear.
_LONGEST_BRAND = 40


def _lost_spaces(source: str, lo: int, hi: int) -> bool:
    """True when a lower-case letter runs into a capital in ``source[lo:hi]`` inside a word the page never writes whole.

    The text under a glued subheading that lost its spaces everywhere (``andShiao Leeare``, doj_003) makes
    the glue no evidence; a camel-case brand the page writes whole elsewhere (``ShepskyAI’s bots`` beside
    ``the ShepskyAI project``, yc_wire_blockchainwire_1) lost no space.

    >>> src = "the ShepskyAI project. One of ShepskyAI’s bots"
    >>> _lost_spaces(src, 20, len(src)), _lost_spaces("One of andShiao Leeare", 1, 22)
    (False, True)
    """
    for n, m in enumerate(_CAMEL.finditer(source, lo + 1, hi)):
        if n >= _WHOLE_BRANDS:
            return True  # junctions everywhere: lost spaces (and each look-up stays bounded)
        a, b = m.start() - 1, m.start()
        floor, ceiling = max(0, a - _LONGEST_BRAND), min(len(source), b + _LONGEST_BRAND)
        while a > floor and source[a - 1].isalpha():
            a -= 1
        while b < ceiling and source[b].isalpha():
            b += 1
        if b - a > _LONGEST_BRAND or not _written_whole(source, a, b):
            return True  # a run of letters longer than any brand lost its spaces ("andShiaoLeeare…")
    return False


# A word of initials with their stops: "U.S.", "D.C." (no sentence ends on it inside a subheading).
_INITIALISM_WORD = re.compile(r"(?:[A-Z]\.){2,4}+")
# How far around a glued subheading a name is looked for (a bounded window keeps the scan linear).
_NAME_REACH = 1000


def _written_whole(source: str, at: int, stop: int) -> bool:
    """True when the camel-cased word ``source[at:stop]`` stands elsewhere within ``_NAME_REACH``, one word.

    ``… same video quality.   The VideoMost ML codec …`` (xu_wire_247_2): the lower-to-capital junction in a
    brand the page prints whole a dozen times is no subheading glued to its text.

    >>> src = "VideoMost grows. The VideoMost ML codec works."
    >>> _written_whole(src, 21, 30), _written_whole("The VideoMost ML codec works.", 4, 13)
    (True, False)
    """
    return _alone_near(source, source[at:stop], at, stop)


def _stands_alone(source: str, word: str, start: int, stop: int) -> bool:
    """True when ``word`` stands as a word of its own (no letter glued to either side) in ``source[start:stop]``."""
    return re.compile(rf"(?<![^\W\d_]){re.escape(word)}(?![^\W\d_])").search(source, start, stop) is not None


def _alone_near(source: str, word: str, before: int, after: int) -> bool:
    """True when ``word`` stands as a word of its own within ``_NAME_REACH`` before ``before`` or after ``after``."""
    return _stands_alone(source, word, max(0, before - _NAME_REACH), before) or _stands_alone(
        source, word, after, min(len(source), after + _NAME_REACH)
    )


def _named_elsewhere(source: str, name: str, start: int, glue: int) -> bool:
    """True when ``name``, glued to a subheading's last word, stands alone within ``_NAME_REACH`` of the block.

    A Senate page glues ``Pryce’s Record on Aviation SafetyPryce authored …``:
    the subheading's last word is a plain word (``Safety``: four letters or
    more, the rest lower case) and the word glued to it is a name the release
    uses on its own (``Senator Pryce questions …``), so the capital opens a
    sentence, not the inner part of a name. Names with an inner capital
    have a short first part (``McDonald``, ``DeConcini``, ``LaGuardia``,
    ``iPhone``), and brand names glue pieces seldom written alone
    (``PowerPoint``, ``BlackRock``); ``_glued_heading`` asks for the plain
    word. Only looked up when every other test of the glue point has passed.
    """
    if len(name) < 2:
        return False
    return _alone_near(source, name, start, glue + len(name))


# Words a subheading cannot end in: it would run on into the capital after it ("According to The Times").
_RUN_ON = frozenset(
    (
        *("a", "an", "the", "of", "to", "by", "at", "in", "on", "for", "from", "with", "and", "or", "as", "that"),
        *("than", "into", "onto", "about", "called", "named", "titled"),
    )
)
# What opens the sentence under a subheading glued by a space: a usual opener, or a quantifier opening its subject
# ("How it works Many buyers struggle", wire_013); capitalised inside a sentence, these open no name.
_SPACED_OPENERS = SENTENCE_OPENERS | frozenset(("Many", "Most", "Some", "Several", "Few", "Each", "Every"))
# A phrase word of a subheading: letters and digits, apostrophes, hyphens, "—", "&" and "/" (no sentence punctuation).
_PHRASE_WORD = re.compile(r"[\w’'&/—–-]++")
# One of those openers after a space: ``_spaced_heading``'s glue point is one, so a window without any is
# ruled out by one search in C before its word-by-word loop (which skips seven lines in ten of the corpus).
# The fast path's cue: an opener after a space, or the openers ``_title_opens_sentence`` reads ("A child",
# "“We’ve"); a test checks that the cue finds every glue point the word loop finds.
# Words that open the sentence under a title-case subheading glued by a space, besides ``_SPACED_OPENERS``, when
# the word after them is a lower-case word that title case would capitalise: "The Complete NEUROFIT Ecosystem
# Beyond its Apple Watch integration, …" (xk_wire_evertise_1). Before a small word they may sit inside a title
# ("Life Beyond the Stars"). "To" too: title case writes it in lower case, so "To" and a verb in lower case open
# an infinitive's sentence ("Partnership Opportunities To learn more about …", Newsmatics xk_wire_nmw_1).
_TITLE_OPENERS = frozenset(
    ("Beyond", "Despite", "Through", "Throughout", "Across", "Unlike", "Once", "Over", "Amid", "To")
)
_SPACED_OPENER = re.compile(
    r"\s(?:" + "|".join(sorted(map(re.escape, _SPACED_OPENERS | _TITLE_OPENERS))) + r"|A\s++[a-z]|“)"
)


def _gap_end(source: str, at: int, limit: int) -> int:
    """The end of the whitespace run at ``at`` (``at`` itself when none), at most ``limit``.

    The phrase rules read a run of whitespace (two spaces, an NBSP, a tab, a line break inside a block) as the
    one space the rendering turns it into, so the raw text and its rendering read alike (SPEC 5, fuzz finding
    F1123-57: ``Image 2of 5  A to chiefs.`` read as a subheading only once its two spaces were one).
    """
    m = _WHITESPACE.match(source, at, limit)
    return m.end() if m else at


def _spaced_heading(source: str, start: int, end: int) -> int:
    """Return where the sentence starts after a subheading glued to it by one space at ``start``, else 0.

    wire_013: ``A smarter way to shop — and sell For agents and sellers,
    Virtual Staging is…``: the page put the subheading and its paragraph in
    one line. A capital inside a sentence opens a name far more often, so
    the glue point must be unambiguous: two to ten words with no sentence
    punctuation, the last of them no article, preposition or conjunction
    (``According to The Times``) nor a dash (a dateline's ``WASHINGTON –
    The``) and none a speech verb (``said on Monday The``), then a usual
    sentence opener (``For``, ``The``, ``This``) followed by a lower-case
    word (``Citizens For Justice`` is a name), and a sentence ending in a
    stop after it, longer than the phrase.

    >>> _spaced_heading("How it works The tool stages a room in seconds.", 0, 47)
    13
    >>> _spaced_heading("Members of Concerned Citizens For Justice met today.", 0, 52)
    0
    """
    if not source[start : start + 1].isupper():
        return 0
    limit = min(end, start + 120)
    if _SPACED_OPENER.search(source, start, limit) is None:
        return 0  # fast path: the glue point below is an opener word right after a space, inside the window
    i = start
    words: list[str] = []
    title = True  # every word so far is capitalised or a small word: a title-case phrase
    comma = False  # a comma parts the phrase ("Built on Trust, Led with …")
    while i < limit and len(words) <= 10:
        if title and len(words) >= 2 and _title_opens_sentence(source, i, words):
            return _spaced_cut(source, start, i, end, words)
        m = _PHRASE_WORD.match(source, i, limit)
        if m is None:
            return 0  # sentence punctuation: no subheading glued by a space
        word = m.group()
        title = title and (word[:1].isupper() or word[:1].isdigit() or word.lower() in _HEADING_SMALL_WORDS)
        gap = _gap_end(source, m.end(), limit)
        if m.end() < limit and gap == m.end():
            # A comma inside a title-case phrase, a capital after it: "Built on Trust, Led with Clinical
            # Precision When Serhat …" (x8_wire_evertise_1); any other mark ends the look.
            after_comma = _gap_end(source, m.end() + 1, limit)
            if not (
                title
                and source[m.end()] == ","
                and after_comma > m.end() + 1
                and source[after_comma : after_comma + 1].isupper()
            ):
                return 0
            words.append(word)
            i = after_comma
            comma = True
            continue
        after = source[gap : gap + 1]
        # After a title-case phrase of two parts parted by a comma, the opener's clause may open on a name:
        # "Built on Trust, Led with Clinical Precision When Serhat Bolukbasi …" (x8_wire_evertise_1).
        parted = title and comma and len(words) >= _PARTED_HEAD_WORDS and after.isupper()
        if len(words) >= 2 and word in _SPACED_OPENERS and (after.islower() or parted):
            if words[-1].lower() in _RUN_ON or not any(ch.isalpha() for ch in words[-1]):
                return 0  # "According to The Times", a dateline's dash: "WASHINGTON – The defendant"
            if _CAPITALS_NAME.fullmatch(words[-1]) and word not in _SUBJECT_OPENERS:
                return 0  # a name in capitals goes on: "In Tuesday's USA Today story …" (vb_senate_whitehouse_1)
            return _spaced_cut(source, start, i, end, words, title=title)
        if title and len(words) >= 2 and word in _TITLE_OPENERS and _sentence_case_word(source, gap, limit):
            if words[-1].lower() in _RUN_ON or words[-1].lower() in _HEADING_SMALL_WORDS:
                return 0  # "The Road to Somewhere Beyond its …": the phrase runs on into the word
            return _spaced_cut(source, start, i, end, words)
        words.append(word)
        i = max(gap, m.end() + 1)
    return 0


def _spaced_cut(source: str, start: int, i: int, end: int, words: list[str], *, title: bool = True) -> int:
    """``i`` when the text from it is a sentence longer than the phrase before it, with a stop; else 0.

    A colon ending the block within reach stands for the stop: the sentence opens a list (``Key Features of
    NEUROFIT for Apple Watch The new Apple Watch app introduces several powerful capabilities:``,
    xk_wire_evertise_1), as ``_glued_heading`` reads it. A phrase not in title case (``title`` off: ``A smarter
    way to shop — and sell For agents …``, wire_013) needs a sentence more than twice its length, as
    ``headings.standalone_heading`` asks of such a line over its paragraph: the rendering sets the phrase alone
    and reads it so (``H rks Many n.`` cut no heading there, fuzz finding F1129-26). A title-case phrase needs
    a sentence of more words than it, as that rule asks of a title-case line (``Rr 1 0 The .?!``, ``A T Ai The
    .ne``: the rendering reads the phrase alone as a paragraph, fuzz findings F1129-40, -42, -43).
    """
    if any(w.lower() in SPEECH_VERBS for w in words):
        return 0
    rest = source[i : min(end, i + 400)]
    opens_list = end - i <= 400 and source[end - 1] == ":"
    if not (opens_list or any(ch in ".!?" for ch in rest)) or _shorter(source, i, end, start, i):
        return 0
    if source[end - 1] not in _UNDER_HEADING_END and not _ends_call_to_action(source, start, i, end):
        # The text ends on no stop ("… the deal went through", "For o. T", fuzz finding F1125-55): headings reads
        # no section over it, though a sentence ends inside it. A list's first item pasted after its lead-in's
        # colon is cut before this (``_first_item_after_label``), so the lead-in's block ends on the colon.
        return 0
    if not _more_words(source, i, end, _word_count(source, start, i)):
        return 0
    if not title:
        twice = 2 * shown_length(source, start, i, i - start)
        if shown_length(source, i, end, twice) <= twice:
            return 0
    return i


# A web address closing a text: "… visit: https://www.hyla.com", "… click here: www.skyx.com".
ENDS_IN_LINK = re.compile(r"(?:https?://|www\.)[^\s]++$")


def ends_on_link(text: str) -> bool:
    """Whether ``text`` is a sentence that ends on a web address, its stop left off after the link.

    Wire releases close a section on a call to action and print no stop after the address, so that it is not
    read as the link's (``Partnership Opportunities`` / ``To learn more about becoming a distribution partner
    with HYLA, visit: https://…``, Newsmatics xk_wire_nmw_1): the sentence ended. A lower-case word before the
    link makes it a sentence; a label over a bare address (``Website`` / ``https://…``) is a field. ``text``
    is stripped; ``headings`` reads the line under a heading with it, this module a text glued to its heading.

    >>> ends_on_link("To learn more, visit: https://example.com"), ends_on_link("Web: https://example.com")
    (True, False)
    """
    m = ENDS_IN_LINK.search(text)
    return m is not None and any(word[:1].islower() for word in text[: m.start()].split())


def _ends_call_to_action(source: str, start: int, at: int, end: int) -> bool:
    """Whether the text from ``at`` to ``end`` ends on a link (``ends_on_link``) under no speaker's name line.

    A name and a role over a link line (``Rani Kohen, Founder of SKYX`` / ``For more information … click here:
    www.skyx.com``, sc_wire_prism_1) is a signature, as ``headings`` reads it: the phrase from ``start`` heads
    no section.
    """
    if not ends_on_link(source[at:end].rstrip()):
        return False
    name, comma, role = source[start:at].partition(", ")
    names = name.split()
    return not (
        comma
        and 2 <= len(names) <= _NAMED_MOST_WORDS
        and all(w[:1].isupper() for w in names)
        and any(w.strip(",.()’'“”").lower() in _ROLE_BEFORE_NAME for w in role.split())
    )


_NON_SPACE = re.compile(r"\S++")


def _word_count(source: str, start: int, end: int) -> int:
    """The number of words of ``source[start:end]`` as the rendering splits them (on whitespace)."""
    return sum(1 for _ in _NON_SPACE.finditer(source, start, end))


def _more_words(source: str, start: int, end: int, least: int) -> bool:
    """True when ``source[start:end]`` holds more than ``least`` words (the scan stops past them).

    >>> _more_words("The .?!", 0, 7, 3), _more_words("The tool stages a room.", 0, 23, 3)
    (False, True)
    """
    return any(n > least for n, _ in enumerate(_NON_SPACE.finditer(source, start, end), 1))


def _shorter(source: str, start: int, end: int, other_start: int, other_end: int) -> bool:
    """True when the text ``[start, end)`` is shorter than ``[other_start, other_end)``, both as rendered (SPEC 5).

    The other text is a phrase before the first (a glued subheading), counted with the space that ends it.
    ``Image 2of 5  A to chiefs.``: the two spaces make the phrase longer than the sentence after it in the raw
    text, and as long in the rendering (fuzz finding F1123-57); the rendering's lengths decide.
    """
    other = shown_length(source, other_start, other_end, other_end - other_start)
    if other_end > other_start and source[other_end - 1].isspace():
        other += 1  # the space between the phrase and the text
    return shown_length(source, start, end, other) < other


def _sentence_case_word(source: str, at: int, limit: int) -> bool:
    """True when a lower-case word that title case would capitalise starts at ``at`` (``its``, ``learn``)."""
    m = _PHRASE_WORD.match(source, at, limit)
    return m is not None and m.group().islower() and m.group() not in _SMALL_WORDS


# A sentence's end and one space before a capital: where a flattened page may glue a subheading.
_ONE_SPACE_END = re.compile(r"[.!?](?<=[a-z\d)][.!?])[\"”’)]{0,2}+ (?=[A-Z])")  # opens on its stop (``_gaps``)
# What opens the sentence under a title-case subheading glued by one space inside a flattened page, whatever
# follows (a name may: "… Program The Community Oriented Policing Services …", xj_doj_r00551): words that open a
# noun phrase and never end a name nor sit capitalised inside a title.
_TITLED_OPENERS = frozenset(("The", "This", "These", "Those", "Every", "Each", "Our", "Its", "Their"))
# A name in capitals (``USA``, ``CBS``) and the openers that open a subject, which no such name takes as its
# next word (``USA Today``, ``NBC Nightly``, ``AARP For Life`` do take others).
_CAPITALS_NAME = re.compile(r"[A-Z]{2,}+")
_SUBJECT_OPENERS = _TITLED_OPENERS | frozenset(
    ("That", "They", "There", "She", "He", "We", "It", "His", "Her", "Many", "Most", "Some", "Several", "Few")
)
_TITLED_OPENER = re.compile(r"\s(?:" + "|".join(sorted(_TITLED_OPENERS)) + r")\s")
# The fewest and the most words of such a subheading: "Designation of Opioid Coordinators Every U.S. Attorney …".
_TITLED_LEAST_WORDS = 3
# An opener and title-case words up to a colon: a label over a list or a field ("Our Journey:"), no sentence.
_TITLE_LABEL = re.compile(r"[A-Z][\w’'-]*+(?: [A-Z][\w’'-]*+){1,3}+:")
_TITLED_MOST_WORDS = 12


def _titled_heading(source: str, start: int, end: int) -> int:
    """Return where the sentence starts after a title-case subheading glued by one space at ``start``, else 0.

    A DOJ scrape joins every paragraph with one space, subheadings too:
    ``… on the region. COPS Anti-Heroin Task Force Grants and Anti-Meth
    Program The Community Oriented Policing Services (COPS) Office is …``
    (xj_doj_r00551). Three to twelve words, each capitalised or a small
    word, one at least in mixed case (an all-caps run is a dateline's
    place: ``LOS ANGELES COUNTY The``), the last no small word (``Friends
    of The Earth``), then a determiner that opens a noun phrase
    (``The``, ``Every``, ``This``): capitalised inside a title it is not,
    and no subject that is a name runs into one. The sentence after it must
    be longer than the phrase and end (``_spaced_cut``).

    >>> text = "Designation of Opioid Coordinators Every U.S. Attorney will name a coordinator by Friday."
    >>> _titled_heading(text, 0, len(text))
    35
    >>> text = "Members of the Office of The Inspector General met the board on Friday."
    >>> _titled_heading(text, 0, len(text))
    0
    """
    if not source[start : start + 1].isupper():
        return 0
    limit = min(end, start + _HEAD_REACH)
    if _TITLED_OPENER.search(source, start, limit) is None:
        return 0  # fast path: no opener after a space inside the window
    i = start
    words: list[str] = []
    mixed = False
    while i < limit and len(words) <= _TITLED_MOST_WORDS:
        m = _PHRASE_WORD.match(source, i, limit)
        if m is None or m.end() >= limit or not source[m.end()].isspace():
            return 0  # sentence punctuation, or the window's end (any whitespace reads as the space it renders as)
        word = m.group()
        if len(words) >= _TITLED_LEAST_WORDS and word in _TITLED_OPENERS:
            last = words[-1].lower()
            if not mixed or last in _RUN_ON or last in _HEADING_SMALL_WORDS:
                return 0
            if _TITLE_LABEL.match(source, i, limit):
                return 0  # the opener heads a label: "Win & Follow Our Journey: * Visit: …" (vc_wire_prkarma_1)
            return _spaced_cut(source, start, i, end, words)
        if not (word[:1].isupper() or word[:1].isdigit() or word.lower() in _HEADING_SMALL_WORDS):
            return 0
        mixed = mixed or word[1:2].islower()
        words.append(word)
        i = _gap_end(source, m.end(), limit)
    return 0


# Words of a speaker's role, which a title-case run ends in right before the name it precedes ("Cook County
# State's Attorney Kim Foxx said"): no subheading ends there.
_ROLE_BEFORE_NAME = frozenset(
    (
        *("founder", "co-founder", "ceo", "cfo", "coo", "cto", "chief", "officer", "president", "chairman"),
        *("chairwoman", "chair", "director", "executive", "manager", "partner", "head", "secretary", "attorney"),
        *("spokesperson", "spokesman", "spokeswoman", "owner", "principal", "leader", "commissioner", "governor"),
        *("senator", "representative", "mayor", "sheriff", "judge", "chancellor", "dean", "treasurer", "counsel"),
        *("superintendent", "minister", "member", "professor", "coach", "captain", "detective", "agent"),
    )
)
# The most words of a name opening the sentence under a subheading ("Homewatch CareGivers of Houston Galleria");
# it has two at least: one capitalised word written elsewhere may be any word of a title ("… Laws Texas law …").
_NAMED_MOST_WORDS = 5
# How far around such a subheading the name is looked for: a wire release names its subject in the lede and
# again pages below (xx_wire_evertise_1: 3,500 characters apart). Bounded, so the look-ups stay linear.
_NAMED_REACH = 4000
# Possessives and demonstratives that title case capitalises: after a participle and its preposition in lower
# case ("Based on their comprehensive analysis, …") they open a sentence, not a title ("Pricing Based on Their").
_CLAUSE_DETERMINERS = frozenset(("their", "its", "our", "his", "her", "this", "these", "those", "your", "my"))


def _named_heading(source: str, start: int, end: int) -> int:
    """Return where the sentence starts after a title-case subheading glued to a name by one space, else 0.

    Wire releases (EIN Presswire/Evertise, Noticias) print a subheading and
    its paragraph in one line, the sentence opening on its subject's name:
    ``Free Legal Consultations Available Now Sandoval Law Firm encourages …``
    (x7_wire_noticias_2), ``Word-of-Mouth Growth & Trusted Reputation
    Homewatch CareGivers of Houston Galleria serves …`` (x8_wire_evertise_1).
    The name ends at the first lower-case word past the small words of a
    title; where it starts, the release says elsewhere: the longest run of
    two to five capitalised words before that word that the page writes on
    its own within ``_NAMED_REACH``, and not with the phrase's last word
    before it, is the name. One capitalised word written elsewhere may be
    any word of a title (``… Malpractice Laws Texas law imposes …``). The
    phrase before it is title case, three words at least, in mixed case,
    opening on no sentence opener (``The District Attorney’s Office …``),
    its last word no small word, no possessive (``Sheriff’s Department``)
    and not written capitalised elsewhere (a first name: ``Richard and
    Jolene Smith``); no role stands in phrase or name (``CIU Chief Cynthia
    Garza said``: a role titles a name). A participle, its preposition and
    a possessive in lower case open a sentence too (``Paradigm’s
    Recommendations for Investors Based on their comprehensive analysis,
    …``, xx_wire_evertise_1): title case would capitalise the possessive.
    The sentence after must be longer than the phrase and end
    (``_spaced_cut``).

    >>> text = "Free Legal Help Available Now Sandoval Law Firm helps families. Call Sandoval Law Firm today."
    >>> _named_heading(text, 0, len(text))
    30
    >>> text = "Free Legal Help Available Now Sandoval Law Firm helps families. Call us today."
    >>> _named_heading(text, 0, len(text))
    0
    """
    if not source[start : start + 1].isupper():
        return 0
    limit = min(end, start + _HEAD_REACH)
    spans: list[tuple[int, int]] = []
    i = start
    while i < limit and len(spans) <= _TITLED_MOST_WORDS + _NAMED_MOST_WORDS:
        m = _PHRASE_WORD.match(source, i, limit) or _PAREN_LABEL.match(source, i, limit)
        if m is None or m.end() >= limit or not source[m.end()].isspace():
            return 0  # sentence punctuation before the lower-case word, or the window's end
        word = m.group()
        spans.append((m.start(), m.end()))
        if word[:1].islower() and word not in _HEADING_SMALL_WORDS:
            break  # the sentence's first lower-case word
        if not (word[:1].isupper() or word[:1].isdigit() or word[:1] == "(" or word in _HEADING_SMALL_WORDS):
            return 0
        i = _gap_end(source, m.end(), limit)
    else:
        return 0
    words = [source[a:b] for a, b in spans]
    low = len(words) - 1  # the lower-case word
    if not any(w[1:2].islower() for w in words[:low]) or words[0] in _SPACED_OPENERS:
        return 0  # all capitals (a dateline's place, a shouted title), or a sentence's opener ("The District …")
    if any(w.lower() in _ROLE_BEFORE_NAME for w in words[:low]):
        return 0  # a role titles a name: "CIU Chief Cynthia Garza said …", "… County District Attorney Summer"
    if _restated(source, words, spans, limit):
        return _spaced_cut(source, start, spans[low - 1][0], end, words[: low - 1])
    label = _label_restated(words, low)
    if label:
        return _spaced_cut(source, start, spans[label][0], end, words[:label])
    for k in range(_TITLED_LEAST_WORDS, low):
        last = words[k - 1].lower()
        if last in _RUN_ON or last in _GLUED_SMALL_WORDS or last in _ROLE_BEFORE_NAME or not last[:1].isalnum():
            continue
        if not words[k][:1].isupper() or words[k - 1].lower() in _ROLE_BEFORE_NAME:
            continue
        if words[k - 1].endswith(("’s", "'s")):
            continue  # a possessive runs on into its noun: "Orange County Sheriff’s Department found …"
        if _name_written(source, [words[k - 1]], start, spans[low - 1][1]):
            continue  # the phrase's last word stands capitalised elsewhere: a first name ("Richard and Jolene")
        if _clause_opens(words, k, low) or (
            2 <= low - k <= _NAMED_MOST_WORDS
            and words[low - 1] not in _HEADING_SMALL_WORDS
            and _name_written(source, words[k:low], start, spans[low - 1][1])
            and not _name_written(source, words[k - 1 : low], start, spans[low - 1][1])
        ):
            return _spaced_cut(source, start, spans[k][0], end, words[:k])
    return 0


# Words that open a clause or a phrase before a sentence's subject, not a subheading: a participle or an
# infinitive ("Working closely with local farmers Acme Corp has …"), a preposition ("Despite the slow market …").
_CLAUSE_LEAD_WORDS = frozenset(
    (
        *("to", "like", "unlike", "despite", "upon", "until", "along", "alongside", "together", "besides", "near"),
        *("toward", "towards", "throughout", "amid", "once", "since", "early", "earlier", "late", "later", "last"),
        *("next", "now", "then", "so", "but", "yet", "also", "still", "meanwhile", "here", "there"),
    )
)
# Nouns that end a time phrase or a connective before a subject, its comma left out: "Earlier this year Acme
# Corp …", "As a result Acme …", "On the other hand Acme …".
_LEAD_NOUNS = frozenset(
    (
        *("year", "years", "month", "months", "week", "weeks", "day", "days", "time", "times", "quarter", "season"),
        *("spring", "summer", "fall", "autumn", "winter", "morning", "afternoon", "evening", "night", "weekend"),
        *("decade", "today", "tonight", "yesterday", "tomorrow", "result", "hand", "example", "instance", "fact"),
        *("course", "contrast", "turn", "short", "total", "addition", "particular", "response", "meantime"),
        *("general", "summary", "conclusion", "words", "sum", "all", "past", "future", "end", "way"),
    )
)
# Verb forms that make a phrase a clause: it is a sentence's start, not a subheading ("Our goal is to help …").
_FINITE_WORDS = frozenset(
    (
        *("is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "can"),
        *("could", "shall", "should", "may", "might", "must", "do", "does", "did", "that", "which", "who"),
    )
)
# ``_sentence_named_heading``'s cue: a lower-case word, then two capitalised words (the name) in mixed case; a line
# without one has no block it cuts.
_NAME_AFTER_LOWER = re.compile(r"[a-z]\s++[A-Z][a-z’'-]*+\s++[A-Z][a-z]")
# The auxiliaries that may follow a sentence's subject, a name (``_sentence_named_heading``).
_NAME_VERBS = frozenset(
    ("is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should", "may", "might")
)
# The most words of a sentence-case subheading read by ``_sentence_named_heading``, and the fewest.
_SENTENCE_HEAD_MOST_WORDS = 10
_SENTENCE_HEAD_LEAST_WORDS = 3


def _sentence_named_heading(source: str, start: int, end: int) -> int:
    """Return where the sentence starts after a sentence-case subheading glued to a name by one space, else 0.

    ``_named_heading`` in sentence case: PR Newswire pages as citybiz
    prints them and Noticias Newswire glue a subheading written like a
    sentence to the paragraph under it, that paragraph opening on its
    subject's name: ``Zillow’s AI innovation in action Virtual Staging is
    the first …`` (wire_013), ``The Mission: Skaters take back the culture
    Super Patch Revolution is a movement …`` (xe_wire_noticias_1). The
    phrase is three to ten words, a capitalised first one (a label of one
    to three capitalised words and a colon may open it), then words in
    lower case or capitals (``AI``), the last a lower-case word; then two
    to five capitalised words that the release writes on their own
    elsewhere (``_name_written``), and not after the phrase's last word;
    then a lower-case verb (an auxiliary, or a form ending in ``s`` or
    ``ed``). The phrase must be no sentence's start: no speech verb
    (``the company said Acme Corp will …``), no auxiliary or relative, no
    participle, infinitive or preposition opening it (``Working with local
    farmers Acme Corp has …``), no time phrase or connective ending it
    (``Earlier this year Acme Corp …``). The sentence after it ends in a
    stop, not a colon (a list's lead-in runs on: ``Services for families
    Acme Corp provides include:``), and runs more than twice the phrase's
    length (``_spaced_cut``), as ``headings.standalone_heading`` asks of a
    sentence-case line over its paragraph.

    >>> text = "Community roots in the valley Acme Corp is hiring people for a new plant. Acme Corp is big."
    >>> _sentence_named_heading(text, 0, len(text))
    30
    >>> _sentence_named_heading(text.replace("valley", "valley the firm said"), 0, len(text) + 14)
    0
    """
    if not source[start : start + 1].isupper():
        return 0
    limit = min(end, start + _HEAD_REACH)
    label = _TITLE_LABEL.match(source, start, limit)
    i = _gap_end(source, label.end(), limit) if label else start
    words: list[str] = []
    name: list[str] = []
    at = 0  # where the name starts
    while i < limit and len(words) + len(name) <= _SENTENCE_HEAD_MOST_WORDS + _NAMED_MOST_WORDS:
        m = _PHRASE_WORD.match(source, i, limit)
        if m is None or m.end() >= limit or not source[m.end()].isspace():
            return 0  # sentence punctuation, or the window's end
        word = m.group()
        if name and not word[:1].isupper():
            break  # the sentence's first lower-case word after the name
        if word[:1].isupper() and words and (name or words[-1].islower()) and not word.isupper():
            at = at or m.start()
            name.append(word)
        elif name or not (word.islower() or word.isupper() or not words):
            return 0  # a figure or a capital inside the phrase: no sentence-case phrase
        else:
            words.append(word)
        i = _gap_end(source, m.end(), limit)
    else:
        return 0
    count = len(words) + (len(label.group().split()) if label else 0)
    if not (_SENTENCE_HEAD_LEAST_WORDS <= count <= _SENTENCE_HEAD_MOST_WORDS and 2 <= len(name) <= _NAMED_MOST_WORDS):
        return 0
    first, last = words[0], words[-1]  # a label's words are title case: "The Mission:" opens no clause
    if (
        first in _SPACED_OPENERS | _TITLE_OPENERS
        or first.lower() in _CLAUSE_LEAD_WORDS | _GLUED_SMALL_WORDS
        or first.endswith(("ing", "ed"))
    ):
        return 0  # a clause or a phrase before the subject: "Working with …", "In a statement …"
    if (
        not last.isalpha()
        or last in _RUN_ON
        or last in _GLUED_SMALL_WORDS
        or last in _LEAD_NOUNS
        or last.endswith(("ed", "ly"))
    ):
        return 0
    lowered = {w.lower() for w in words}
    if lowered & _FINITE_WORDS or lowered & set(SPEECH_VERBS):
        return 0  # a clause: "… the company said Acme Corp will …"
    verb = word  # a subject's verb: "Virtual Staging is", not "… to see Veterans Affairs do it" (senate_002)
    if not (verb in _NAME_VERBS or (verb.endswith(("s", "ed")) and len(verb) > 3)):
        return 0
    rest = source[at : min(end, at + 400)]
    stop = next((ch for ch in rest if ch in ".!?:"), ":")
    if stop == ":":
        return 0  # a list's lead-in: "Services for families Acme Corp provides include:"
    if not _name_written(source, name, start, i) or _name_written(source, [last, *name], start, i):
        return 0
    return _spaced_cut(source, start, at, end, words, title=False)


# A short label in brackets closing a subheading: "Employee Withholding Forms (W-4s)", "Tax Filings (Form 941)".
_PAREN_LABEL = re.compile(r"\([\w’'&/ -]{1,20}+\)")
# How many lower-case words after a sentence's first word ``_restated`` reads ("Detailed pay registers").
_RESTATED_REACH = 3


def _restated(source: str, words: list[str], spans: list[tuple[int, int]], limit: int) -> bool:
    """True when the sentence opening on the word before the last of ``words`` restates a word of the phrase.

    24-7 Press Release prints each subheading glued by one space to a paragraph that restates its noun in lower
    case: ``Employee Withholding Forms (W-4s) Updated withholding forms ensure …``, ``Payroll Registers and Time
    Records Detailed pay registers, …`` (xx_wire_247_2). ``words`` ends in the sentence's first lower-case word
    (``spans`` their places); one of the lower-case words from it is a word of four letters or more that the
    phrase (three words at least, its last no small word, role nor possessive) writes capitalised before its
    last word. The sentence's first word is capitalised, and the page does not write it after the phrase's
    last word elsewhere (``Visitors to the Yoga West yoga studio …`` names a studio). The phrase's last word
    counts too, restated in the other number after a first word that the phrase holds: ``Navigating Texas
    Medical Malpractice Laws Texas law imposes …`` (Noticias, x7_wire_noticias_2).
    """
    low = len(words) - 1
    if low - 1 < _TITLED_LEAST_WORDS or not words[low - 1][:1].isupper() or not words[low - 1].isalpha():
        return False
    at, head = spans[low][0], spans[low - 2][0]
    last = words[low - 2].lower()
    if last in _RUN_ON or last in _GLUED_SMALL_WORDS or last.endswith(("’s", "'s")):
        return False
    if _name_written(source, words[low - 2 : low], head, at):
        return False  # the first word goes on a name the page writes whole: "Visitors to the Yoga West yoga studio"
    titled = {w.lower() for w in words[: low - 2] if w[:1].isupper() and len(w) >= 4 and w.isalpha()}
    # The phrase's last noun, restated in the other number after a word of the phrase: "Navigating Texas
    # Medical Malpractice Laws Texas law imposes …" (x7_wire_noticias_2); the same word is a name's going on
    # ("Visitors to the Yoga West yoga studio").
    noun = words[low - 2].lower() if words[low - 1] in words[: low - 2] and words[low - 2].isalpha() else ""
    i = at
    for _ in range(_RESTATED_REACH):
        m = _PHRASE_WORD.match(source, i, limit)
        if m is None or not m.group().islower():
            return False
        word = m.group()
        if word in titled or (len(noun) >= 4 and (noun == word + "s" or word == noun + "s")):
            return True
        i = _gap_end(source, m.end(), limit)
    return False


# The most words between a subheading's term in brackets and the term restated: "(W-2s) Annual W-2 forms".
_LABEL_RESTATED_REACH = 2


def _label_restated(words: list[str], low: int) -> int:
    """The index of the sentence's first word when it restates the term in brackets closing the phrase, else 0.

    24-7 Press Release closes a subheading on its term in brackets and opens the paragraph under it on that
    term, glued by one space: ``Quarterly Tax Filings (Form 941) Form 941 reports …``, ``Wage and Tax
    Statements (W-2s) Annual W-2 forms must …`` (xx_wire_247_2). ``words`` ends in the sentence's first
    lower-case word (``low``). The brackets follow three words at least; the sentence opens on a capital and
    writes the term (in the singular, its plural ``s`` left out) within its first two words. A name and its
    abbreviation inside a sentence go on with other words: ``the Small Business Administration (SBA) Office``.
    """
    for p in range(_TITLED_LEAST_WORDS, low - 1):
        if not words[p].startswith("("):
            continue
        if words[p - 1].lower() in _RUN_ON or not words[p + 1][:1].isupper():
            return 0
        term = words[p][1:-1].split()
        singular = [*term[:-1], term[-1][:-1]] if len(term[-1]) > 2 and term[-1].endswith("s") else term
        for k in range(p + 1, min(p + 1 + _LABEL_RESTATED_REACH, low)):
            if words[k : k + len(term)] in (term, singular):
                return p + 1
        return 0
    return 0


def _clause_opens(words: list[str], k: int, low: int) -> bool:
    """True when ``words[k]`` is a participle, a preposition and a possessive in lower case (``Based on their``)."""
    return (
        low == k + 2
        and words[k].endswith(("ed", "ing"))
        and words[k + 1] in _HEADING_SMALL_WORDS
        and words[low] in _CLAUSE_DETERMINERS
    )


def _name_written(source: str, name: list[str], before: int, after: int) -> bool:
    """True when the words ``name`` stand on their own within ``_NAMED_REACH`` before ``before`` or after ``after``.

    Any run of whitespace parts the words, as the rendering shows it as one space (SPEC 5). A window that does
    not hold the first word holds no match: C-level ``find`` rules it out before the pattern's scan, which tries
    its look-behind at each of up to ``_NAMED_REACH`` positions.
    """
    low, high = max(0, before - _NAMED_REACH), min(len(source), after + _NAMED_REACH)
    if name and source.find(name[0], low, before) < 0 and source.find(name[0], after, high) < 0:
        return False
    pattern = re.compile(r"(?<![^\W\d_])" + r"\s++".join(map(re.escape, name)) + r"(?![^\W\d_])")
    return pattern.search(source, low, before) is not None or pattern.search(source, after, high) is not None


# The fewest words of a title-case subheading in two parts whose sentence may open on a name after its opener.
_PARTED_HEAD_WORDS = 5
# The fewest words of a title-case subheading before an article opening the sentence: "The Cost of Birth
# Injuries A child …"; fewer may hold a name's letter ("Under Plan A the city …").
_ARTICLE_HEAD_WORDS = 3


def _title_opens_sentence(source: str, i: int, words: list[str]) -> bool:
    """True when a sentence opens at ``i`` after a title-case phrase (``words``) that ends like a subheading.

    Beyond the usual openers (``_spaced_heading``): the article ``A`` and a
    lower-case word (``The Cost of Birth Injuries A child with …``,
    x7_wire_noticias_2), after three words at least; and a quotation opening
    on a capital (``What Clients and Caregivers Say “We’ve worked …``,
    x8_wire_evertise_1). The phrase must not end in a small word or a sign.
    """
    last = words[-1]
    if last.lower() in _RUN_ON or last.lower() in _HEADING_SMALL_WORDS or not last[:1].isalnum():
        return False
    ch = source[i]
    if ch == "“":
        return source[i + 1 : i + 2].isupper()
    after = _gap_end(source, i + 1, len(source))
    return ch == "A" and len(words) >= _ARTICLE_HEAD_WORDS and after > i + 1 and source[after : after + 1].islower()


# How the text under a subheading ends: a sentence, or a colon opening a list (``headings.standalone_heading``).
_UNDER_HEADING_END = frozenset('.!?"”’):')
_HEADING_SMALL_WORDS = frozenset(
    ("and", "of", "the", "for", "to", "in", "on", "a", "an", "with", "or", "&", "at", "by", "from")
)
# ``_named_heading``'s cue: a capitalised word and three title words after it (capitalised, a figure, a small
# word or a label in brackets), as every phrase and the sentence's first word it cuts hold; a line without one
# has no block it cuts. Its words are bounded by the phrase's reach: "AAAA…" is one word, read at each capital.
_TITLE_RUN = re.compile(
    rf"[A-Z][\w’'&/—–-]{{0,{_HEAD_REACH}}}+(?:\s++(?:[A-Z\d][\w’'&/—–-]{{0,{_HEAD_REACH}}}+|\([\w’'&/ -]{{1,20}}+\)|"
    + "|".join(sorted(map(re.escape, _HEADING_SMALL_WORDS)))
    + r")(?![\w’'&/—–-])){3}"
)
# A glued subheading's small words also take the longer prepositions a DOJ deck writes in lower case:
# "Joint Demonstration to Enhance Coordination between HIV Housing and Domestic Violence ServicesIn an …"
# (va_doj_r02583).
_GLUED_SMALL_WORDS = _HEADING_SMALL_WORDS | frozenset(
    ("between", "into", "over", "under", "after", "about", "against", "through", "across", "among", "within", "via")
)
# The fewest words of a deck glued to the article opening its lede, whatever the length of its last word.
_DECK_WORDS = 6


def _glue_point(source: str, i: int, j: int, end: int) -> int:
    """The first lower-to-capital point inside ``source[i:j]`` whose capital opens a word ending at ``j``.

    The word may end in a possessive: ``PlansMegapix's roadmap`` (blockchainwire_1), and be a name in
    capitals of three letters or more: ``Commitment to Customer SuccessKWDK's mission`` (zc_wire_blockchainwire_1;
    ``_glued_heading`` asks the page to write that name alone), or the article ``A`` (``Tor NetworkA New York
    man``; ``_glued_heading`` asks for a plain word and three words of title case before it).
    """
    for k in range(i + 1, j):
        if source[k].isupper() and source[k - 1].islower():
            rest = source[k + 1 : j - 2] if source[j - 2 : j] in ("'s", "’s") else source[k + 1 : j]
            cased = rest.islower() or (len(rest) >= 2 and rest.isupper())
            # The word ends at a space of any kind (the rendering shows an NBSP or a tab as a space: fuzz
            # F1125-20) or a comma.
            if rest.isalpha() and cased and len(rest) >= 1 and j < end and (source[j].isspace() or source[j] == ","):
                return k
            if k == j - 1 and source[k] == "A" and j < end and source[j].isspace():
                return k  # the article: "… Websites Based on Tor NetworkA New York man" (za_doj_r03300)
    return 0


def _piece_start(source: str, i: int, glue: int) -> int:
    """Start of the capitalised piece of the word ``source[i:glue]`` that ends at ``glue``."""
    k = glue - 1
    while k > i and not source[k].isupper():
        k -= 1
    return k


# The longest line of a page whose paragraphs stand between blank lines that still reads as one paragraph.
_PARAGRAPH_LINE = 1200
# The shortest line that counts as a paragraph of prose there: a sentence or two ("With this funding, …").
_PROSE_LINE = 80


def _alone_on_line(source: str, pieces: tuple[Piece, ...], i: int) -> bool:
    """Whether piece ``i`` has its source line to itself: no piece before or after it on that line.

    A one-line scrape that glues the scraper's stand-ins between its paragraphs (``….None NoneNone   The
    indictment …``, sa_doj_r08093) is cut into pieces by the noise stage; they are no paragraphs set
    apart by blank lines. Reads only the gaps to the neighbouring pieces (linear over the page).
    """
    before = pieces[i - 1].end if i > 0 else 0
    after = pieces[i + 1].start if i + 1 < len(pieces) else len(source)
    piece = pieces[i]
    return (i == 0 or source.find("\n", before, piece.start) >= 0) and (
        i + 1 == len(pieces) or source.find("\n", piece.end, after) >= 0
    )


def _paragraphed(source: str, pieces: tuple[Piece, ...]) -> bool:
    """True when the page sets its paragraphs apart by blank lines: three lines of prose at least, each alone.

    On such a page a run of spaces inside a paragraph's line is a typing slip or a sentence gap (``…
    Temecula.   In an open plea …``, xg_da_riverside_2), not a paragraph break a one-line scrape flattened.
    """
    found = 0
    for i, piece in enumerate(pieces):
        prose = piece.kind == "line" and piece.lines == 1 and piece.end - piece.start >= _PROSE_LINE
        if prose and source[piece.end - 1] in '.!?"”’' and _alone_on_line(source, pieces, i):
            found += 1
            if found >= 3:
                return True
    return False


# The longest line ``_plain_line`` is asked about: a page's short lines (a headline, a share bar's "Police met.")
# are read whole far more often than they are cut; a longer line would pay the searches twice.
_PLAIN_LINE = 80


def _plain_line(source: str, start: int, end: int) -> bool:
    """Whether ``_cuts`` finds no cut inside ``[start, end)`` and ``_headed`` no glued subheading, read up front.

    Each test is the cue some rule of ``_cuts`` needs: a colon (colon bullets, glued fields, a list's first item,
    inline dashes, speaker turns), a run of spaces, an NBSP or a tab (padded bullets, space runs, two-space
    breaks, end marks, stripped text), a letter past ASCII (inline bullets, the glue cue), a weekday
    (``_glued_details``, whose other cue is the colon), a stop glued to a character (``_GLUED``), a lower-case
    letter run into a capital (``_lost_stop_scan_start``) and the openers and runs the subheading rules need
    (``_TITLED_OPENER``; ``glue`` in ``_cuts``). With none, ``_cuts`` keeps only its first cut: a test checks
    the two readings agree.

    >>> _plain_line("Police met.", 0, 11), _plain_line("Police met.The", 0, 14)
    (True, False)
    """
    return (
        source.find(":", start, end) < 0
        and source.find("  ", start, end) < 0
        and source[start:end].isascii()
        and source.find("\t", start, end) < 0
        and source.find("day", start, end) < 0
        and _GLUED.search(source, start, end) is None
        and _CAMEL.search(source, start + 1, end) is None
        and _TITLED_OPENER.search(source, start, end) is None
        and _SPACED_OPENER.search(source, start, end) is None
        and _NAME_AFTER_LOWER.search(source, start, end) is None
        and _TITLE_RUN.search(source, start, end) is None
    )


def _cuts(
    source: str,
    piece: Piece,
    after_list: bool,
    under_unfinished: bool = False,
    paragraphed: bool = False,
    *,
    flat: bool = False,
    below: Piece | None = None,
) -> list[tuple[int, str | None, int]]:
    """Return ``(offset, marker, text_start)`` for every new block inside ``piece``.

    A marker of ``HEADING`` marks a glued subheading that ends at the next cut.
    ``under_unfinished``: the line above stops mid-sentence, so the line's
    start continues it and opens no glued subheading (``_headed``).
    ``flat``: the document is one line (``_one_line_page``).
    ``below``: the line under ``piece``, if any (a list going on there).
    """
    cuts: list[tuple[int, str | None, int]] = []
    start, end = piece.start, piece.end
    m = _LINE_BULLET.match(source, start, end)
    # A line framed in dashes is one standfirst (``_dash_framed``): a stop glued inside it parts nothing, as a
    # cut would leave its opening dash alone, an item's bullet in the rendering (fuzz finding F1130-23).
    framed = m is not None and _dash_framed(source, m, end)
    if m and _is_line_bullet(source, m, after_list) and not framed:
        cuts.append((start, m.group("marker"), m.end()))
    else:
        cuts.append((start, None, start))
    if end - start < _PLAIN_LINE and _plain_line(source, start, end):
        return cuts  # fast path: no rule below cuts such a line (``_plain_line``), and ``_headed`` keeps its one cut
    # Fast paths: most lines hold no run of spaces, no NBSP, no colon and no lower-to-capital glue, and the
    # patterns that need one are not run on them (C-level ``find`` is far cheaper than a regex scan).
    wide = source.find("  ", start, end) >= 0
    padded = wide or source.find("\u00a0", start, end) >= 0
    if padded:
        in_list = cuts[0][1] is not None
        for m in _GLUED_BULLET.finditer(source, start, end):
            # Glued to text of this line, not to noise before it that the clean text drops; and a bullet by the
            # test of a bullet opening a line, which the item is in the clean text ("i*\u00a0p" is none). An
            # item opening with a figure or a sign ("50% off", "$HTX") needs a list: "2019-\u00a0 2020" is none.
            listed = in_list or source[m.start() - 1] in ":;"
            if not (listed or source[m.end()].isalpha()):
                continue
            if not listed and m.end() - m.start() < 3 and not _bullet_below(source, below, m.group("marker")):
                continue  # one NBSP after a dash glued to a word opens no list ("areas including-\u00a0Dr")
            if m.start() > start and _is_line_bullet(source, m, listed) and not _dash_framed(source, m, end):
                cuts.append((m.start(), m.group("marker"), m.end()))
                in_list = True
    if source.find(":", start, end) >= 0:
        for m in _COLON_BULLET.finditer(source, start, end):
            # An item framed in dashes is none, as ``_GLUED_BULLET`` reads it padded: the rendering shows the
            # padding one space, and the item's line, once cut, reads framed (fuzz finding F1126-40).
            if not _dash_framed(source, m, end):
                cuts.append((m.start(), m.group("marker"), m.end()))
        cuts += _glued_fields(source, start, end)
        if below is not None:
            # A list's first item left on its lead-in's line, the list going on under it: cut here, before the
            # subheadings are read, so the lead-in's block ends on its colon, as the rendering shows it.
            cuts += _first_item_after_label(source, piece, below)
    cuts += _inline_bullets(source, start, end)
    cuts += _glued_details(source, start, end)
    if wide and source.find("$", start, end) >= 0:
        cuts += _amount_runs(source, start, end)
    quotes, counted = 0, start  # double quote marks since the last glued break, counted up to ``counted``
    floor = start  # where the last glued break cut the line: the block a junction's word is read in
    curly, straight, marks_at = 0, 0, start  # quotation marks from the line's start, counted up to ``marks_at``
    # A glued "?" read inside a quotation, held until the next glued break: when the quotation closes past that
    # break, in a later block, the "?" ends its sentence after all (``_quoted_question``).
    held: tuple[int, int, int] | None = None  # (the stop, the cut, where the quotation closes)
    for m in _GLUED.finditer(source, start, start if framed else end):
        stop, glued_to = m.start(), m.end()
        cut = m.end()
        if source[cut - 1] == '"':
            # A straight quote glued between a stop and a capital closes a quotation or opens the next
            # paragraph: ``vote."Haltom`` opens (no quotation open before it), ``world."Every`` closes
            # (wire_001, wire_011). Quotes open and close in turn, curly and straight mixed (da_001). A
            # statement quoted over several paragraphs leaves all but the last open (senate_007): glued, its
            # mark reads as closing, as a one-paragraph quote's does (wire_035); nothing tells the two apart.
            quotes += sum(source.count(mark, counted, cut - 1) for mark in _DOUBLE_QUOTES)
            counted = cut - 1
            if quotes % 2 == 0:
                cut = glued_to = cut - 1
        if source[stop] == "!" and source.startswith("[", stop + 1):
            cuts += _glued_image(source, stop, start, end)
            continue
        while glued_to < end and source[glued_to] in _INVISIBLE:
            glued_to += 1  # "met.\u00adEvery", "met.[Every](url)": a repair leaves a glued break
        if source[stop] == "?" and glued_to == stop + 1 and source[stop - 1 : stop].islower():
            curly += _shown_count(source, "“", marks_at, stop) - _shown_count(source, "”", marks_at, stop)
            straight += _shown_count(source, '"', marks_at, stop)
            marks_at = stop
            close = _quotation_close(source, stop, end)
            if (curly > 0 or straight % 2) and close > stop:
                # "… budget requests?As experts …" inside a quotation: a lost dash (xi_senate_salazar_1)
                if held is None and is_glued_break(source, stop, glued_to, floor):
                    held = (stop, cut, close)
                continue
        if is_glued_break(source, stop, glued_to, floor):
            if held is not None and held[2] >= cut:
                # The quotation closes past this break, in a later block: the block the rendering sets alone
                # holds no closing mark, so the "?" ends its sentence there, and here too (fuzz finding F1125-6).
                cuts.append((held[1], None, held[1]))
            held = None
            cuts.append((cut, None, cut))
            quotes, counted = 0, max(counted, cut)
            floor = cut  # the next junction's word starts here, as in the block the rendering sets apart
            # Its quotation marks are counted from here too, as in that block: a straight quote before the break
            # ('n(".Nz?No”') opens no quotation the block's "?" stands in (fuzz finding F1129-22).
            curly, straight, marks_at = 0, 0, max(marks_at, cut)
    titled = _TITLED_OPENER.search(source, start, end) is not None
    if titled:
        for m in _gaps(_ONE_SPACE_END, source, start, end):
            if _titled_heading(source, m.end(), end):
                cuts.append((m.end(), None, m.end()))  # "… the region. COPS … Program The Community …"
    lost_from = _lost_stop_scan_start(source, start, end)
    if lost_from >= 0:
        for m in _LOST_STOP.finditer(source, lost_from, end):
            # A capitalised word ("… District of VirginiaThe indictment", doj_r02000) ends a lost sentence only
            # past the reach of a glued subheading (``_glued_heading``: "Practice OptimizationBefore", read by
            # ``_headed``; "plan for\nEarly Planning and Financial PreparationThe" stays one paragraph).
            if m.group("next") in GLUE_OPENERS and (source[m.start()].islower() or m.start() - start > _HEAD_REACH):
                cuts.append((m.end(), None, m.end()))
    runs_part = not (paragraphed and end - start < _PARAGRAPH_LINE)
    separated = False  # the line already puts a run of spaces between paragraphs
    narrowest = 0  # the narrowest run of three spaces or more that parts paragraphs; 0: none does
    if padded or source.find("\t", start, end) >= 0:
        for m in _SPACE_RUN.finditer(source, start, end):
            before = source[m.start() - 1]
            after = source[m.end()] if m.end() < end else ""
            figure = before in ".:" and after in _RUN_FIGURES  # "projects:   $2,500,000 for …"
            if runs_part and before in _TERMINAL and (after.isupper() or after in _OPENERS or figure):
                cuts.append((m.end(), None, m.end()))
                cuts += _run_subheading(source, m.end(), end)
                separated = True
                narrowest = min(narrowest or len(m.group()), len(m.group()))
            elif before in _TERMINAL and after == "#":
                cuts += _end_mark_between(source, m.end(), end)
            elif runs_part and before == ":" and (star := _RUN_BULLET.match(source, m.end(), end)) is not None:
                # A list's first item pasted after its lead-in's colon and a paragraph gap, its other items on
                # lines of their own: "… three major strategic partnerships:   * LabCentral -- HKSTP signed …"
                # (Media OutReach, sc_wire_mediaoutreach_1).
                cuts.append((m.end(), star.group("marker"), star.end()))
    turns = _speaker_turns(source, start, end) if source.find(": ", start, end) >= 0 else []
    cuts += turns
    # Whether any block of the line may open with a glued subheading (``_headed``): each of the three readings
    # needs, inside the block, a lower-to-capital junction or a letter past ASCII, or an opener word after a
    # space; a line with none of them has no block with one (read once a line, not once a block).
    glue = (
        titled
        or lost_from >= 0
        or not source[start:end].isascii()
        or _SPACED_OPENER.search(source, start, end) is not None
        or _TITLE_RUN.search(source, start, end) is not None
        or _NAME_AFTER_LOWER.search(source, start, end) is not None
    )
    if padded and source.find("#", end - 12, end) >= 0:
        cuts += _end_mark_after(source, start, end)
    if padded and is_stripped(source, start, end):
        stripped = _stripped_cuts(source, start, end)
        numbered = _numbered_items(source, start, end)
        if numbered:
            # A run after an item's number is the marker's padding, no break: "1     133 334 for …".
            texts = {text for _, marker, text in numbered if marker}
            cuts = [cut for cut in cuts if cut[0] not in texts]
            stripped = [cut for cut in stripped if cut[0] not in texts] + numbered
        else:
            stripped += _amount_openers(source, start, end)
        cuts += stripped
    if not wide or not runs_part or turns:
        # A transcript's paragraphs are its turns: a stop's two spaces inside one part nothing (x7_senate_bayh_1).
        # (two-space runs are read below)
        return _headed(source, end, _formula_cuts(source, end, cuts), under_unfinished, glue=glue)
    cuts += [(at, None, at) for at in _two_space_wraps(source, start, end)]
    single, double, ended = _stop_gaps(source, start, end)
    if narrowest >= 4:
        # Runs of four spaces and more part the paragraphs (doj_r07777): two spaces are a sentence gap there,
        # as wide against them as one space against two ("… said Michael J. Moore.  When we discover …").
        return _headed(source, end, _formula_cuts(source, end, cuts), under_unfinished, glue=glue)
    widest = not separated and _SPACE_RUN.search(source, start, end) is None
    # A flattened page whose sentences all end with one space: its one stop with two is its one visible break
    # ("… the drug and opioid crisis.  Joined by Acting DEA Administrator …", xj_doj_r00551).
    # A page flattened to one line needs fewer: a short DOJ release holds about six sentences ("… Nationality
    # Act (INA).  The departments investigation …", xp_doj_r00714).
    least = _FLAT_LONE_ENDS if flat else _LONE_BREAK_ENDS
    lone = double == 1 and widest and ended >= least
    breaking = double >= 2 or (
        double and (separated or lone or (widest and _two_space_breaks(source, start, end) >= 2))
    )
    # A stretch after the scraper's stand-in for an empty paragraph and its two spaces ("….NoneNone  "Service
    # members …") is on a page that puts two spaces between paragraphs: its stops' two spaces break as well,
    # though its short paragraphs leave one sentence end or none (xp_doj_r12292).
    stand_in = source[max(0, start - 6) : start] == "None  "
    # A page that ends three sentences or more with one space, as many as half its two-space gaps, is no
    # typewriter text however many initials it holds ("Stephen E. McAnulty, of Brooklyn, N.Y.": ua_doj_r12397).
    plain = ended >= 3 and 2 * ended >= double
    if breaking and (single >= 2 * double or plain or stand_in or _short_paragraphs(source, start, end)):
        # Both conventions in one line: one space between sentences, so two spaces mark a lost newline
        # (wire_001); one such gap is enough where longer runs already separate paragraphs (wire_002).
        # Typewriter text that puts two spaces after every stop has few single gaps, and those follow
        # initials; a story whose paragraphs are short has as many sentence ends as breaks (wire_247_x1).
        # A colon's two spaces then break too: the statement or the list it introduced (senate_akaka_x1).
        for m in _STOP_GAP.finditer(source, start, end):
            if len(m.group("gap")) == 2 and _has_sentence_before(source, start, m.start()):
                cuts.append((m.end(), None, m.end()))
                # A name over its paragraph, parted by two spaces too: "… to our clients.  Raj Azad  Azad has
                # been with GTN …" (xr_wire_247_1), as after a run of three (``_run_subheading``); a title on a
                # colon names the list under it ("… Tax Relief Act Would:  Make permanent …", x7_senate_baucus_1).
                head = _run_subheading(source, m.end(), end)
                if head and source[head[-1][0] - 3] != ":":
                    cuts += head
        for m in _COLON_GAP.finditer(source, start, end):
            if _has_sentence_before(source, start, m.start()):
                cuts.append((m.end(), None, m.end()))
    return _headed(source, end, _formula_cuts(source, end, cuts), under_unfinished, glue=glue)


# A markdown link's address, its brackets included, as ``_render.markdown_link`` drops it: "[text](url)".
_LINK_ADDRESS = re.compile(r"(?<=\])\([^()\s]{1,2000}+\)")


def _shown_count(source: str, mark: str, start: int, end: int) -> int:
    """How often ``mark`` stands in ``source[start:end]`` as the rendering shows it: not in a link's address.

    The rendering reads ``[n](“)z?Fx”`` as ``nz?Fx”``, where no quotation is open at the ``?`` (fuzz F1130-37).

    >>> _shown_count("[n](“)z?", "“", 0, 8), _shown_count("“z?", "“", 0, 3)
    (0, 1)
    """
    count = source.count(mark, start, end)
    if count and source.find("](", start, end) >= 0:
        count -= sum(m.group().count(mark) for m in _LINK_ADDRESS.finditer(source, start, end))
    return count


# A speaker's label opening a turn of a transcript: a name in capitals of one to four words and a colon
# ("BLITZER:", "SENATOR EVAN BAYH:"), after the stop that ends the turn before it and a space or two. Not after a
# run of spaces that follows no stop: the transcript's title over its first turn ("… Secretary of Defense
# WOLF BLITZER: Welcome back."), which the rendering would set alone, where meta reads it as the title (SPEC 5).
# The speaker's name alone (``headings._is_dialogue`` reads it too), its last word three letters or more.
SPEAKER_NAME = r"(?:[A-Z][A-Z.’'-]*+[ \u00a0]){0,3}+(?P<last>[A-Z][A-Z’'-]{2,}+)"
_SPEAKER_LABEL = re.compile(rf"(?<=[.!?\"”’)])[ \u00a0]{{1,2}}+(?P<name>{SPEAKER_NAME}):[ \u00a0]")
# The fewest labels of a transcript: a question, an answer and the next question.
_LEAST_TURNS = 3


def _speaker_turns(source: str, start: int, end: int) -> list[tuple[int, str | None, int]]:
    """Return a cut before each speaker's turn of an interview transcript flattened to one line.

    Senators' offices post a network interview as its transcript, each turn opening with the speaker's name in
    capitals and a colon, each turn a paragraph: "… stopping by? BLITZER: Gates acknowledged today … BAYH:
    Things arent going …" (x7_senate_bayh_1, a CNN transcript). A transcript has three turns at least, by two
    speakers at least, one of them speaking twice; one name in capitals before a colon ("BINGAMAN: The bill
    …", a statement quoted after a stop) is none, nor is a run of event fields whose labels never come back
    ("WHEN: … WHERE: … WHO: …").

    >>> src = "A: Hi. BLITZER: Will you vote? BAYH: Yes. BLITZER: Why? BAYH: Change."
    >>> [src[at : at + 5] for at, _, _ in _speaker_turns(src, 0, len(src))]
    ['BLITZ', 'BAYH:', 'BLITZ', 'BAYH:']
    >>> _speaker_turns("Hi. WHEN: May 1. WHERE: City Hall. WHO: Officers.", 0, 49)
    []
    """
    found = list(_SPEAKER_LABEL.finditer(source, start, end))
    if len(found) < _LEAST_TURNS:
        return []
    speakers = Counter(m.group("last") for m in found)
    if len(speakers) < 2 or speakers.most_common(1)[0][1] < 2:
        return []
    return [(m.start("name"), None, m.start("name")) for m in found]


# How far after a paragraph gap a subheading parted from its text by two spaces may end.
_RUN_HEAD_REACH = 160
# The most words of a subheading in sentence case between two paragraph gaps of a one-line story.
_RUN_LINE_WORDS = 12
# A word of a subheading in a one-line story: capitalised, a figure or a code ("O2O", "(ABW)"), or a small word.
_RUN_HEAD_WORD = re.compile(r"[(“\"]?+[A-Z\d][\w’'&/.-]*+[)”\"]?+:?+|and|of|the|for|to|in|on|a|an|with|or|at|by|from|&")


def _run_subheading(source: str, at: int, end: int) -> list[tuple[int, str | None, int]]:
    """A subheading right after a paragraph gap of three spaces, parted from its text by two.

    Media OutReach's one-line stories (xn_wire_mediaoutreach_1): ``… in North America.   Driving O2O
    Synergy: Expanding Offline Reach to Complement B2C Strategy  Celebrating 20 years …``. The words
    before the two spaces are a title: two to sixteen, each capitalised, a figure, a code or a small
    word, none ending a sentence, at most one colon; the text after them opens with a capital and ends a
    sentence. A sentence's words in lower case (``The store opens in …  Visitors``) are prose.
    """
    gap = source.find("  ", at, min(end, at + _RUN_HEAD_REACH))
    if gap < 0:
        return []
    text = gap + 2
    while text < end and source[text] == " ":
        text += 1
    if not source[text : text + 1].isupper():
        return []
    words = source[at:gap].split(" ")
    if not 2 <= len(words) <= 16 or sum(w.endswith(":") for w in words) > 1:
        return []
    if words[-1].lower() in _HEADING_SMALL_WORDS or source[gap - 1] in _TERMINAL:
        return []
    if text - gap < 3 and not all(_RUN_HEAD_WORD.fullmatch(w) for w in words):
        # Parted by two spaces, only a title's words make a heading; parted by a paragraph gap as wide as the
        # one before it, a short line with no sentence end is one whatever its case ("… around the world.   HK's
        # biotech ecosystem rises to another level   Hong Kong continues …", sc_wire_mediaoutreach_1).
        return []
    if len(words) > _RUN_LINE_WORDS and not all(_RUN_HEAD_WORD.fullmatch(w) for w in words):
        return []
    if any(w.endswith((".", "!", "?")) and not _INITIALISM_WORD.fullmatch(w) for w in words):
        return []  # a sentence ends inside: "Welcome to Acme Inc. Our Plans"
    nxt = source.find("  ", text, end)
    text_end = nxt if nxt >= 0 else end
    if source[text_end - 1] not in _UNDER_HEADING_END:
        return []
    return [(at, HEADING, at), (text, None, text)]


# What may open a paragraph after a stop or a colon and a run of spaces, besides a capital: an amount or a figure
# ("…projects:   $2,500,000 for Route D …   $1,000,000 for …", xf_senate_bond_2); not after a table's cell
# ("Theft ($50,000-$100,000)          8 years DOC").
_RUN_FIGURES = frozenset("$€£0123456789")
# An end mark between runs of spaces on one flattened line, or at its end: "… becomes law.     ###   Sen. Biden, …".
_INLINE_END_MARK = re.compile(r"(?:###|# # #)(?:[ \t\u00a0]{3,}+(?=\S)|[ \t\u00a0]*+$)")


def _end_mark_between(source: str, at: int, end: int) -> list[tuple[int, str | None, int]]:
    """Cut around an end mark set between runs of spaces inside a line (xf_senate_biden_2), else nothing.

    >>> text = "becomes law.     ###   Sen. Biden"
    >>> _end_mark_between(text, 17, len(text))
    [(17, None, 17), (23, None, 23)]
    >>> _end_mark_between("law.   ### 2", 7, 12), _end_mark_between("law.   # # #", 7, 12)
    ([], [(7, None, 7), (12, None, 12)])
    """
    m = _INLINE_END_MARK.match(source, at, end)
    return [(at, None, at), (m.end(), None, m.end())] if m else []


# An end mark closing a flattened line after a sentence: "… Bus Facilities.  # # #   " (xf_senate_bond_2).
_TRAILING_END_MARK = re.compile(r"(?<=[.!?\"”])[ \t\u00a0]{2,}+(?P<mark>###|# # #)[ \t\u00a0]*+$")


def _end_mark_after(source: str, start: int, end: int) -> list[tuple[int, str | None, int]]:
    """Cut before an end mark that closes a flattened line after two spaces or more, else nothing.

    >>> _end_mark_after("Bus Facilities.  # # #   ", 0, 25), _end_mark_after("Press ### now.  ###", 0, 19)
    ([(17, None, 17)], [(16, None, 16)])
    >>> _end_mark_after("Call us at  ###", 0, 15)
    []
    """
    m = _TRAILING_END_MARK.search(source, max(start, end - 20), end)
    return [(m.start("mark"), None, m.start("mark"))] if m else []


# The fewest one-space sentence ends on a line whose one stop followed by two spaces is read as a break.
_LONE_BREAK_ENDS = 10
# The fewest where the page is one line (``_one_line_page``): the whole story flattened.
_FLAT_LONE_ENDS = 4


def _one_line_page(source: str) -> bool:
    """True when the document is one line of text: a page flattened by its scraper (read once a document).

    >>> _one_line_page("Police met. The end.  Then more.\\n"), _one_line_page("Head\\nPolice met.")
    (True, False)
    """
    return "\n" not in source.strip()


def _two_space_breaks(source: str, start: int, end: int) -> int:
    """Count the two-space runs before a capital or an opening quotation mark in ``[start, end)``, and before it.

    Where two spaces are the widest gap of a one-line page, the line itself
    opening after two (``settlement.NoneNoneNone  The department …``,
    doj_r11501: a scraper's stand-in parted it) or ending before them (the
    stretch before that stand-in, xa_doj_07350) and a stop's two spaces
    inside it (``… antitrust concerns.  The proposed …``) both part
    paragraphs.
    """
    before = int(start >= 3 and source[start - 3 : start - 1] != "  " and source[start - 2 : start] == "  ")
    # The stand-in glued after the stretch parts it from the next by two spaces as well: "… horns.  Federal
    # grand juries … Hong Kong.None  Also arrested …" (xa_doj_07350): that gap counts as the one before does.
    after = int(_STAND_IN_GAP.match(source, end) is not None)
    return (
        before
        + after
        + sum(
            1
            for m in _TWO_SPACES.finditer(source, start, end)
            if m.end() < end and (source[m.end()].isupper() or source[m.end()] in _OPENERS)
        )
    )


def _formula_cuts(source: str, end: int, cuts: list[tuple[int, str | None, int]]) -> list[tuple[int, str | None, int]]:
    """Add a cut before every formula paragraph inside a block too long to be one paragraph.

    A release's paragraph holds one to seven sentences; a block of nine or more
    (``_MOST_GAPS``) is a page whose paragraph breaks were flattened to
    single spaces (doj_001: a whole Justice Department release on one line).
    Nothing in the spacing tells its paragraphs apart, but prosecutors write
    the same paragraphs in every release, each opening its own
    (``_FORMULA_OPENER``): the account of the charges (``According to the
    indictment``), the penalty (``If convicted``), the presumption of
    innocence (``An indictment merely alleges``), the sentencing date, and
    the credits (``… commended the agents``, ``The case was investigated
    by``). Each block is counted between the other cuts, as the clean text
    shows it, so a block cut here is not cut again when it is read back.
    """
    if end - cuts[0][0] < _FLAT_PAGE:
        return cuts  # fast path: too short to hold that many sentences
    bounds = sorted({c[0] for c in cuts})
    added: list[tuple[int, str | None, int]] = []
    for a, b in zip(bounds, [*bounds[1:], end], strict=True):
        if b - a < _FLAT_PAGE or sum(1 for _ in _gaps(_SENTENCE_GAP, source, a, b)) < _MOST_GAPS:
            continue
        for m in _gaps(_SENTENCE_GAP, source, a, b):
            at = m.end()
            if _FORMULA_OPENER.match(source, at, b) or _CREDITS.match(source, at, min(b, at + 200)):
                added.append((at, None, at))
    return cuts + added if added else cuts


def _glued_image(source: str, at: int, start: int, end: int) -> list[tuple[int, str | None, int]]:
    """Return the cuts around a markdown image glued to the sentence before it: ``…control.”![Alt](url)``.

    A page's ``<img>`` stands between paragraphs; a markdown dump that drops the line break glues it to the
    paragraph above (wire_031). Its ``!`` is no stop: the image is a block of its own (``noise`` takes it)
    when the text before it ends a sentence, and the text after it, if any, opens the next block.
    """
    m = _MARKDOWN_IMAGE.match(source, at, end)
    if m is None or at <= start or source[at - 1] not in _TERMINAL:
        return []
    after = m.end()
    while after < end and source[after] in " \t\u00a0":
        after += 1
    cuts: list[tuple[int, str | None, int]] = [(at, None, at)]
    if after < end:
        cuts.append((after, None, after))
    return cuts


def _glued_fields(source: str, start: int, end: int) -> list[tuple[int, str | None, int]]:
    """Return where a field glued to the value of the field before it starts, in a line that opens with a field.

    wire_015: ``Conference Dates: October 28-30, 2024Conference Location:
    Luxe Sunset Boulevard Hotel``. Event details put one ``Label: value``
    field a line; a scraper that drops the line break glues the next label
    to the value. In a line that opens with a field, a label glued after a
    digit is read so (``Booth A12Time: 3 p.m.``) unless the letters, digits
    and label's first word make a word the page writes whole nearby
    (``K2Global Platform:``, yc_wire_prism_1, beside ``the K2Global stack``).
    A line that opens with no field is read so where it holds two labels
    glued at a looser point (``_LOOSE_FIELD``), each after a value's end,
    and no label stands before them: not in the line (``Investor Relations
    Inquiries:Skyline …``, wire_015's contact block) nor right above it,
    where the rendering sets that label once the glued break after its
    colon cuts it off (fuzz finding F1130-1).
    """
    if FIELD_LINE.match(source, start, end):
        return [
            (m.start(), None, m.start())
            for m in _GLUED_FIELD.finditer(source, start + 1, end)
            if _value_end(source, m.start()) or not _glued_word_whole(source, m.start())
        ]
    loose = [m.start() for m in _LOOSE_FIELD.finditer(source, start + 1, end) if _value_end(source, m.start())]
    if len(loose) < _LOOSE_FIELDS or source.find(":", start, loose[0]) >= 0 or _under_label(source, start):
        return []  # one glued label, or a label line ("Investor Relations Inquiries:Skyline …", a contact block)
    return [(at, None, at) for at in loose]


# How far back ``_under_label`` reads for the label line over a line: a label of a few words and its colon.
_LABEL_REACH = 60
# The most words of a label alone on its line ("Investor Relations Inquiries:", "Media Contact:").
_LABEL_WORDS = 4


def _under_label(source: str, start: int) -> bool:
    """True when the line over ``start`` is a label, a few words and a colon: the line is that label's value.

    A sentence that introduces what follows (``GeoVax will take part in events:``) is no label.

    >>> _under_label("Media Inquiries:\\n\\nAcme Group", 18), _under_label("Media met.\\nAcme Group", 11)
    (True, False)
    >>> _under_label("Acme will take part in these events:\\nAcme Group", 37)
    False
    """
    lo = max(0, start - _LABEL_REACH)
    lines = source[lo:start].rstrip().splitlines()
    if not lines or not lines[-1].endswith(":") or (len(lines) == 1 and lo > 0):
        return False  # no colon over the line, or a line longer than a label's
    return len(lines[-1].split()) <= _LABEL_WORDS


# An event's details glued into one line when a scraper drops the line breaks between them (Newsworthy.ai
# and other wire pages set name, date and time, venue and RSVP one a line under "EVENT DETAILS:"):
# "CPG Houston Market Happy HourWednesday, April 23, 2025 | 5–8 PMLustre Pearl East Downtown | 3425 Polk St,
# Houston, TXRSVP: lu.ma/yqwqcn0p" (tc_wire_newsworthy_1). A glue point is a lower-case letter (or a time's
# "PM") run into what opens a field: a weekday and its date, a month and its day, a label written in capitals,
# or a venue whose street address follows; a camel-case brand ("iPhone", "YouTube", "PlayStation") or a day's
# name ("CyberMonday") opens none of these.
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_AFTER_VALUE = r"(?:(?<=[a-z]{2})|(?<=\d[ \u00a0][AP]M))"
# A weekday opens a field only as a date's head ("Wednesday, April 23"): "CyberMonday sale" and
# "GivingTuesday drive" glue a weekday into a name.
_GLUED_DATE = re.compile(rf"{_AFTER_VALUE}(?={_WEEKDAY},[ \u00a0](?:{_MONTH}|\d)|{_MONTH}[ \u00a0]\d{{1,2}}\b)")
# Labels an event's details write in capitals ("RSVP: lu.ma/…", "WHEN: Friday"), glued after any value.
# After a capital only when it ends a state's code ("Houston, TXRSVP:"): a label inside a word in capitals
# is none ("UPDATE:", "SHOWTIME:", "CANDIDATE:").
_GLUED_CAPS_LABEL = re.compile(
    r"(?:(?<=[a-z\d.])|(?<=, [A-Z]{2}))(?=(?:RSVP|WHEN|WHERE|WHO|WHAT|TIME|DATE|TICKETS|COST):)"
)
# A venue glued after a time, its street address following on the same field: "5–8 PMLustre Pearl … | 3425 Polk St".
_GLUED_VENUE = re.compile(r"(?<=\d[ \u00a0][AP]M)(?=[A-Z][a-z])")
# (the name's words are bounded, two at most, so giving one back to the suffix stays linear)
_STREET = re.compile(
    r"\d{1,6}+[ \u00a0][A-Z][\w.'’-]*+(?:[ \u00a0][A-Z][\w.'’-]*+){0,2}[ \u00a0]"
    r"(?:St|Street|Ave|Avenue|Blvd|Boulevard|Rd|Road|Dr|Drive|Ln|Lane|Way|Pkwy|Parkway|Hwy|Highway|Ct|Court|Pl)\b"
)
# What every glue point above holds: a capital after a lower-case letter, a digit or a stop ("rWednesday",
# "5RSVP:"), a time's "M" before a capitalised word ("PMLustre"), or a label after a state's code ("TXRSVP:").
_GLUE_CUE = re.compile(r"[a-z\d.][A-Z]|M[A-Z][a-z]|[A-Z](?:RSVP|WHEN|WHERE|WHO|WHAT|TIME|DATE|TICKETS|COST):")
# Where a glue point may stand (``_glued_details``): a capital right after a letter, a digit or a stop, as
# every pattern above reads the character before the point ("rWednesday", "PMLustre", "TXRSVP:").
_GLUE_POINT = re.compile(r"[A-Za-z\d.](?=[A-Z])")
# How far after a glued venue's name its street address may stand.
_VENUE_REACH = 80
# The fewest glue points that make a line an event's glued details: one in prose is no evidence.
_LEAST_DETAILS = 2


def _glued_details(source: str, start: int, end: int) -> list[tuple[int, str | None, int]]:
    """Return where the fields of an event's details glued into the line ``[start, end)`` start.

    >>> src = "Happy HourWednesday, April 23, 2025 | 5–8 PMLustre Pearl | 3425 Polk St, Houston, TXRSVP: lu.ma/x"
    >>> [src[at : at + 6] for at, _, _ in _glued_details(src, 0, len(src))]
    ['Wednes', 'Lustre', 'RSVP: ']
    >>> _glued_details("Buy the new iPhone on Wednesday, April 23 at our YouTube live.", 0, 62)
    []
    """
    if end - start < 2 or (source.find(":", start, end) < 0 and source.find("day", start, end) < 0):
        return []  # fast path: no label and no weekday, the likely fields
    if _GLUE_CUE.search(source, start, end) is None:
        return []  # no letter, digit, stop or time's "M" run into a capital: no glue point
    points: list[int] = []
    for cue in _GLUE_POINT.finditer(source, start, end):
        # Each pattern is tried only where a capital follows a letter, a digit or a stop: its look-behind
        # and look-ahead tried at every position of a long line cost more than the rest of the line's reading.
        at = cue.end()
        if _GLUED_DATE.match(source, at, end):
            points.append(at)
        if _GLUED_CAPS_LABEL.match(source, at, end):
            points.append(at)
        if _GLUED_VENUE.match(source, at, end) and _STREET.search(source, at, min(end, at + _VENUE_REACH)):
            points.append(at)
    if len(points) < _LEAST_DETAILS:
        return []
    return [(at, None, at) for at in sorted(set(points))]


def _glued_word_whole(source: str, at: int) -> bool:
    """True when the word a label glued at ``at`` would end, letters, digits and the label's first word, stands nearby.

    In any case: a link writes the brand in lower case (``K2Global Platform: jp3e.com/k2global-smb500``).

    >>> src = "the K2Global stack. Web: x.com K2Global Platform: y"
    >>> _glued_word_whole(src, src.rindex("Global")), _glued_word_whole("Booth A12Time: 3 p.m.", 9)
    (True, False)
    """
    a = at
    while a > max(0, at - _LONGEST_BRAND) and source[a - 1].isalnum():
        a -= 1
    b = at + 1
    while b < min(len(source), at + _LONGEST_BRAND) and source[b].isalpha():
        b += 1
    alone = re.compile(rf"(?<![^\W\d_]){re.escape(source[a:b])}(?![^\W\d_])", re.IGNORECASE)
    return (
        alone.search(source, max(0, a - _NAME_REACH), a) is not None
        or alone.search(source, b, min(len(source), b + _NAME_REACH)) is not None
    )


def _value_end(source: str, at: int) -> bool:
    """Return whether the value before a glued label at ``at`` ends a value, not inside a word.

    The digits before the label are no value's end when a letter opens them:
    ``K2Global Platform:`` is one label (yc_wire_prism_1), ``2024Conference
    Location:`` two fields (wire_015).
    """
    i = at - 1
    while i >= 0 and source[i].isdigit():
        i -= 1
    return i == at - 1 or i < 0 or not source[i].isalpha()


def _headed(
    source: str, end: int, cuts: list[tuple[int, str | None, int]], under_unfinished: bool = False, *, glue: bool = True
) -> list[tuple[int, str | None, int]]:
    """Sort ``cuts``; read a bullet opening a cut block, and split a subheading glued to the sentence after it.

    Each block runs to the next cut and is decided alone, as a reading of the
    clean text, which puts it on a line of its own, sees it: a block cut off at
    a glued break that opens with a bullet (``Stock.1. The plan``) is a list item.
    A line right under a line that stops mid-sentence (``under_unfinished``)
    opens with no glued subheading: the clean text shows that subheading alone
    under the unfinished line, where ``headings.standalone_heading`` reads it
    as the line's end, so the raw text must read it so too. ``glue``: False when no block
    can open with a glued subheading (``_cuts`` read the line): none is looked for.
    """
    headed: list[tuple[int, str | None, int]] = []
    kept = _one_per_offset(cuts)
    for k, cut in enumerate(kept):
        offset, marker, text_start = cut
        block_end = kept[k + 1][0] if k + 1 < len(kept) else end
        while block_end > offset and source[block_end - 1].isspace():
            block_end -= 1
        m = _LINE_BULLET.match(source, offset, block_end) if marker is None and k else None
        if m and _is_line_bullet(
            source, m, kept[k - 1][1] is not None or source[_end_before(source, offset) - 1] in ":;"
        ):
            headed.append((offset, m.group("marker"), m.end()))
            continue
        head_end = (
            (
                _glued_heading(source, offset, block_end)
                or _spaced_heading(source, offset, block_end)
                or _titled_heading(source, offset, block_end)
                or _named_heading(source, offset, block_end)
                or _sentence_named_heading(source, offset, block_end)
            )
            if glue and marker is None and (k or not (under_unfinished or after_markdown_mark(source, offset)))
            else 0
        )
        if head_end:
            # The rendering sets the cut heading alone over its text, where the heading rules read it: a part they
            # would not read as a heading there is a line here too ("E P an F repionTg p s n e oad.", F1125-45).
            alone = _heads_alone(source, offset, head_end, block_end)
            headed += [(offset, HEADING if alone else None, offset), (head_end, None, head_end)]
        else:
            headed.append((offset, marker, text_start))
    return _one_per_offset(headed)


def _heads_alone(source: str, start: int, glue: int, end: int) -> bool:
    """Whether ``[start, glue)`` set alone over ``[glue, end)`` reads as a heading by ``headings.standalone_heading``.

    Its two tests that read the line and the text alone, shared with the heading rules: no field line
    (``headings.is_field_line``), and long enough a text under it (``headings.heads_text``: a line in capitals heads
    any text; one in title case a sentence of more words than it; one in sentence case a text over twice its length).

    >>> src = "Key Findings and resultsAcquisition of land ran in May."
    >>> _heads_alone(src, 0, 24, len(src)), _heads_alone(src.replace("results", "Results"), 0, 24, len(src))
    (False, True)
    """
    from pressparse.headings import heads_text, is_field_line  # noqa: PLC0415 - headings imports this module

    text = render_slice(source[start:glue], "paragraph")
    # a field line, as headings reads a line with a colon ("The Mission: Skaters take back …")
    return not is_field_line(text) and heads_text(text, render_slice(source[glue:end], "paragraph"))


def _end_before(source: str, at: int) -> int:
    """Where the text before ``at`` ends, trailing whitespace left out (the cut block before ``at``)."""
    while at > 0 and source[at - 1].isspace():
        at -= 1
    return at


def _inline_bullets(source: str, start: int, end: int) -> list[tuple[int, str | None, int]]:
    """Return the list items of a list pasted into one line: ``See details below: • 50% off … • 50% off …``.

    wire_003 renders its ``<li>`` items inline, each after `` • ``. The run
    is a list only when a sentence introduces it, ending in a colon or a
    stop (not an abbreviation's) right before the first marker, and it has
    two or more markers of one kind, each item holding two words or more
    (four after a stop: ``Updated today. · 3 min read · Share this``).
    A letterhead separates the parts of its address with the same marks
    (``Courts Building • 133 N. Riverfront Blvd. • Dallas``), a byline its
    date, a footer its links (``Facebook · Twitter``): none of them is
    introduced by a sentence.
    """
    if source.find(":", start, end) >= 0 and (source.find(" -", start, end) >= 0 or source.find(" –", start, end) >= 0):
        dashed = _inline_dashes(source, start, end)
        if dashed:
            return _label_cut(source, start, dashed[0][0]) + dashed
    if source.find("•", start, end) < 0 and source.find("·", start, end) < 0 and source.find("▪", start, end) < 0:
        return []  # fast path: most lines hold no bullet at all
    found = list(_INLINE_BULLET.finditer(source, start, end))
    if len(found) < 2 or any(m.group("marker") != found[0].group("marker") for m in found):
        return []
    stop = found[0].start() - 1
    while stop > start and source[stop] in _CLOSERS:
        stop -= 1
    if source[stop] not in _STOPS or not _has_sentence_before(source, start, stop):
        return []
    if source[stop] == "." and _ends_abbreviation(source, Piece("line", start, stop + 1)):
        return []  # "Ph.D. · Dec. 5": an abbreviation, not a sentence end
    ends = [m.start() for m in found[1:]] + [end]
    least = 2 if source[stop] == ":" else 4  # after a stop, not a colon: clauses, not a byline's "3 min read"
    if any(len(source[m.end() : e].split(None, least)) < least for m, e in zip(found, ends, strict=True)):
        return []  # "Facebook · Twitter": links, not items
    return _label_cut(source, start, found[0].start()) + [
        (m.start("marker"), m.group("marker"), m.end()) for m in found
    ]


# A list's name in title case ending in its colon, after the sentence before it: "… at home and abroad.  Key
# Benefits of Natcash:" (two to eight words; the colon's spaces and the first marker follow it).
_LIST_LABEL = re.compile(
    r"(?<=[a-z\d)][.!?])[ \u00a0]++(?P<label>[A-Z][\w’'&-]*+(?:[ \u00a0][\w’'&-]++){1,7}+:)[ \u00a0]*+$"
)


def _label_cut(source: str, start: int, marker: int) -> list[tuple[int, str | None, int]]:
    """The cut before a title-case list name that closes the sentence run before a list pasted into its line.

    ``… between Haitians at home and abroad.  Key Benefits of Natcash: – Easy cash-in …`` (zc_wire_evertise_1):
    the name stands over the items as a heading, not as the end of the paragraph before it. A lead-in
    that is a sentence (``See details below: • 50% off``, wire_003) stays with its paragraph.

    >>> src = "It links families abroad.  Key Benefits of Natcash: – Easy cash-in."
    >>> _label_cut(src, 0, src.index("–")), _label_cut(src.replace("Key Benefits", "See the details"), 0, 52)
    ([(27, None, 27)], [])
    """
    m = _LIST_LABEL.search(source, max(start, marker - 100), marker)
    if m is None:
        return []
    words = m.group("label").split()
    if any(w[:1].islower() and w not in _TITLE_SMALL_WORDS for w in words):
        return []
    return [(m.start("label"), None, m.start("label"))]


def _inline_dashes(source: str, start: int, end: int) -> list[tuple[int, str | None, int]]:
    """Return the `` - `` items pasted into one line after a sentence's colon, and the break after the last.

    ``Applicants must show that they:  - Are in good academic standing - Are enrolled … - Are a U.S. citizen
    … in the country   Interested students …`` (xc_wire_247_2): the colon's first item opens with `` - `` and
    a capital, and so does every other (two or more, each of two words or more). A dash in prose opens no
    capitalised clause (``the work - not the prize - and``). The run of three spaces or more before a capital
    after the last item ends it: the next paragraph (the line's paragraph gap).
    """
    colon = _COLON_DASH.search(source, start, end)
    inline = _INLINE_DASH
    if colon is None:
        colon, inline = _COLON_GLUED_DASH.search(source, start, end), _INLINE_GLUED_DASH
    if colon is None:
        colon, inline = _COLON_EN_DASH.search(source, start, end), _INLINE_EN_DASH
    if colon is None or not _has_sentence_before(source, start, colon.start()):
        return []
    found = [colon, *inline.finditer(source, colon.end(), end)]
    if len(found) < 2 and inline is _INLINE_DASH:
        # "including:  - Industry-Specific Solutions: … essential. - Increased Competition: …" (vc_wire_247_1)
        found = [colon, *_STOP_DASH.finditer(source, colon.end(), end)]
        if len(found) < _LEAST_STOP_ITEMS:
            return []
    if len(found) < 2:
        return []
    # On a line whose paragraphs are parted by two spaces (no wider run anywhere), two end the last item.
    two_space = _SPACE_RUN.search(source, start, end) is None
    gap = (_TWO_SPACE_RUN if two_space else _SPACE_RUN_BEFORE_CAPITAL).search(source, found[-1].end(), end)
    last_end = gap.start() if gap is not None else end
    ends = [m.start() for m in found[1:]] + [last_end]
    if any(len(source[m.end() : e].split(None, 2)) < 2 for m, e in zip(found, ends, strict=True)):
        return []
    cuts: list[tuple[int, str | None, int]] = [(m.start("marker"), m.group("marker"), m.end()) for m in found]
    if gap is not None:
        cuts.append((gap.end(), None, gap.end()))
    return cuts


def _stripped_gaps(source: str, start: int, end: int) -> tuple[int, int]:
    """Return the space-run lengths that mark a paragraph break and a line break in stripped text.

    The scraper turned every punctuation mark into a space, so the length of
    the run of spaces is all that is left of the layout. Documents differ:
    senate_005 and senate_006 leave two spaces after a sentence, senate_003
    and senate_004 three (a stop, perhaps a closing quote or bracket, and a
    space: never more). The sentence gap is read from the runs of two or
    three spaces between a lower-case word and a usual sentence opener
    (``Ireland  The Irish``): the shortest length seen there at least twice
    and at least half as often as the commonest one (a list under the text
    puts its line breaks before openers too: ``eligible   In order``). A run
    two longer is a paragraph break (a stop and a newline or more), a run one
    longer a line break. Where the openers follow runs of two at all and the
    page's runs before a capital say two (``_two_space_page``), two is the
    gap whatever the openers' counts: a page of short paragraphs has as many
    breaks before an opener as gaps (xq_senate_martinez_1). So it is where
    the openers all follow runs of three but the page writes no run of four
    to nineteen before a capital: a page whose sentences end on three
    spaces parts its paragraphs with wider runs, so these threes are its
    breaks (a stop, a space and a newline) and the sentences inside open on
    other words (``Cuba  Martinez said``: ub_senate_martinez_1). Without such
    evidence, a run of four or more is a paragraph break and no line break
    is read.
    """
    if _WIDE_APOSTROPHE.search(source, start, end) is not None:
        # "Chris   s work": a curly apostrophe (three bytes) became three spaces, and so did every curly quote;
        # a stop or a comma, a quote and a space make five ("award     Chris"), a paragraph break six or more
        # (xc_senate_sununu_1). The runs between are punctuation, not lines: none is read.
        return 6, 0
    counts: Counter[int] = Counter()
    ends: Counter[int] = Counter()  # runs between a lower-case word and a capitalised one, up to a layout gap
    indents = wider = 0  # runs of an indented line's width there, and runs wider than a gap but narrower
    for m in _STRIPPED_RUN.finditer(source, start, end):
        size = m.end() - m.start()
        if not source[m.start() - 1].islower():
            continue
        if size <= 3 and m.group("word") in SENTENCE_OPENERS:
            counts[size] += 1
        if m.group("word")[0].isupper():
            if size <= _WIDEST_BREAK:
                ends[size] += 1
            indents += _LAYOUT_RUN <= size <= _INDENTED_BREAK
            wider += 4 <= size < _LAYOUT_RUN
    if indents >= 2 and not wider:
        # "… the House and Senate WRDA measures" + 25 spaces + "I m very pleased …" (zb_senate_harkin_1): the
        # page writes its breaks as indented lines, so its runs of three are sentence gaps ("of 2007   The").
        return _LAYOUT_RUN, 0
    if not counts:
        return 4, 0
    floor = max(2, max(counts.values()) / 2)
    gap = min(n for n, count in counts.items() if count >= floor) if max(counts.values()) >= 2 else 0
    if (counts[2] or not wider) and _two_space_page(ends):  # no wider run: the threes are the breaks
        gap = 2
    if not gap:
        return 4, 0
    para, line = _page_breaks(gap, ends, end - start - source.count(" ", start, end))
    if line and ends[gap + 1] == 1 and all(n <= gap + 1 for n in ends) and _bare_quotes(source, start, end, gap):
        return gap + 1, 0  # the one run one longer is no quotation's end: the page's quotes left no space
    return para, line


# A city in capitals after a run of spaces, as a stripped page's dateline stands: "Fallon  WASHINGTON".
_DATELINE_CITY = re.compile(r"(?<=  )[A-Z]{4,}+$")
# A speech verb and the run of spaces before the quotation (or the sentence) it opens: "Gregg stated  Marguerites".
_SPEECH_RUN = re.compile(r"(?<![^ ])(?:said|stated|says|added|noted)( {2,}+)(?=[A-Z])")


def _bare_quotes(source: str, start: int, end: int, gap: int) -> bool:
    """True when every speech verb of the stretch runs into the next capital by the sentence gap alone, once or more.

    A quotation's marks, stripped, widen the runs around it (``said   The`` on a two-space page): where
    a speech verb's run is the sentence gap (``Senator Gregg stated  Marguerites Place does …``,
    zb_senate_gregg_1), the page's quotation marks left no space, so no quotation's end made the one run
    one longer than the gap the page writes: that run is its paragraph break (xt_senate_gregg_1's
    ``home appliances   I applaud``), however many sentences the blocks hold.

    >>> _bare_quotes("Gregg stated  Marguerites Place does well", 0, 41, 2)
    True
    >>> _bare_quotes("Gregg stated  It works  he said   Next", 0, 38, 2), _bare_quotes("No verb here", 0, 12, 2)
    (False, False)
    """
    sizes = [len(m.group(1)) for m in _SPEECH_RUN.finditer(source, start, end)]
    return bool(sizes) and all(size == gap for size in sizes)


def _two_space_page(ends: Counter[int]) -> bool:
    """True for a stripped page whose sentences end on two spaces, read from all its runs before a capital.

    A page of short paragraphs has as many breaks as sentence gaps before a usual opener, and its breaks
    open with one too (``counties   In a letter``, ``Katrina   As you``): the openers alone may not say
    which run is the gap. A stop and a space leave two spaces, a stop, a space and a newline three
    (xq_senate_martinez_1). Such a page writes more runs of two than of three between a lower-case word and
    a capital (commas before names add to the twos), and no wider runs but a stray one (a footer's
    widgets): a page whose sentences end on three spaces parts its paragraphs with wider runs.

    >>> _two_space_page(Counter({2: 11, 3: 3})), _two_space_page(Counter({2: 12, 3: 4, 8: 1}))
    (True, True)
    >>> _two_space_page(Counter({2: 14, 3: 13, 5: 3, 6: 3})), _two_space_page(Counter({2: 3, 3: 5}))
    (False, False)
    """
    return ends[2] > ends[3] and sum(count for n, count in ends.items() if n > 3) <= 1


# The widest run of spaces a page's indented paragraph opening leaves after the sentence before it (a newline
# and an indent of twenty-odd spaces: zb_senate_harkin_1's 25 and 27); a header's or a footer's runs are wider.
_INDENTED_BREAK = 30
# The widest run of spaces read as a paragraph break when a page's own break width is sought; wider runs are
# the page's layout (a header, a footer's widgets).
_WIDEST_BREAK = 10


# The fewest characters (spaces left out) of a block, on average, where a page's widest runs are read as its
# breaks: two sentences of a paragraph, not a quoted sentence ending on a wider run.
_BLOCK_LETTERS = 160


# The most sentence gaps (runs of the gap's width before a capital) per block where one or two runs one
# longer are read as a short page's breaks: a press release's paragraphs hold one to four sentences.
_PARAGRAPH_SENTENCES = 4


def _page_breaks(gap: int, ends: Counter[int], letters: int) -> tuple[int, int]:
    """The paragraph-break and line-break runs of a stripped page whose sentence gap is ``gap`` spaces.

    Usually a break is two spaces longer than a sentence gap, a line break one longer. The page's own
    histogram of the runs between a lower-case word and a capital may say otherwise:

    - no run two or three longer, but wider runs twice or more: those are the breaks (a stop, a quote and a
      newline or more), and a run one longer is a quotation's marks or a typist's double space, no line
      break (``… living   Pryor said       Pryor added …``, breaks of six to ten spaces: xl_senate_pryor_1);
    - no run longer than one longer but a stray one (a header's or a footer's widgets), and three such runs
      or more, parting blocks of ``_BLOCK_LETTERS`` characters on average at least (``letters``: the
      stretch's characters other than spaces): they are the breaks, the widest the page writes (``…
      veterans   One priority …``, two-space sentence gaps: xl_senate_enzi_1). Quoted sentences that end on a
      run one longer come every sentence or two (``… reform   The bill is ready  It has support …``): those
      runs are punctuation. On a short page one or two such runs are breaks too, where the blocks they part
      hold ``_PARAGRAPH_SENTENCES`` sentence gaps or fewer each (x8_senate_thune_1, xi_senate_ensign_1).

    >>> _page_breaks(2, Counter({2: 10, 3: 7, 6: 1, 7: 2, 10: 3}), 3000)
    (4, 0)
    >>> _page_breaks(2, Counter({2: 34, 3: 6}), 3900), _page_breaks(2, Counter({2: 10, 3: 3}), 350)
    ((3, 0), (4, 3))
    >>> _page_breaks(2, Counter({2: 7, 3: 5, 4: 1, 5: 2}), 1700)
    (4, 3)
    >>> _page_breaks(2, Counter({2: 12, 3: 4, 8: 1}), 2000), _page_breaks(2, Counter({2: 5, 3: 1}), 800)
    ((3, 0), (3, 0))

    A single run two longer among three or more one longer is a stray space, no break width: the runs one
    longer are the breaks (``… full Senate   These … grow    The …``, xt_senate_smith_1); with fewer of them,
    or two wider runs, the wider runs stay the breaks.

    >>> _page_breaks(2, Counter({2: 21, 3: 5, 4: 1, 7: 12, 10: 1}), 3800)
    (3, 0)
    >>> _page_breaks(2, Counter({2: 17, 3: 1, 4: 1}), 1500), _page_breaks(2, Counter({2: 12, 3: 3, 4: 2}), 3000)
    ((4, 3), (4, 3))
    """
    # One run two or three longer alone is a stray space among the page's breaks, no break width by itself
    # ("… full Senate   These … grow    The …", xt_senate_smith_1): the runs one longer may be the breaks.
    lone = ends[gap + 2] + ends[gap + 3] == 1
    if not lone:
        if ends[gap + 2] or ends[gap + 3]:
            return gap + 2, gap + 1
        wider = [n for n in ends if n > gap + 3]
        if sum(ends[n] for n in wider) >= 2:
            return gap + 2, 0
    # At most one wider run is left here: a header's or a footer's, no break width (or a list's, after a lone one).
    parted = ends[gap + 1] >= 3 or ends[gap] <= _PARAGRAPH_SENTENCES * (ends[gap + 1] + 1)
    if ends[gap + 1] and parted and letters >= _BLOCK_LETTERS * (ends[gap + 1] + 1 + lone):
        return gap + 1, 0
    return gap + 2, gap + 1


# The shortest run of spaces that is a page's layout (a header's, a footer's or a sidebar's gap), never a
# sentence's or a paragraph's: it ends a block whatever word follows (xt_senate_smith_1).
_LAYOUT_RUN = 20


def _wrap_width(source: str, start: int, end: int) -> int:
    """The run of spaces a hard wrap left between two lower-case words, else 0 (xb_senate_leahy_1).

    A statement hard-wrapped at ~70 columns, each newline and its indent flattened to one run (``to
    incarceration`` over six spaces), repeats one run length four or more wide between words of one sentence, one every
    150 characters at least: that length is the wrap. Stripped quotes leave runs there too, but few.
    """
    counts = Counter(len(m.group()) for m in _WRAP_RUN.finditer(source, start, end))
    if not counts:
        return 0
    width, seen = counts.most_common(1)[0]
    return width if seen >= _LEAST_WRAPS and seen * _WRAP_SPACING >= end - start else 0


def _stripped_cuts(source: str, start: int, end: int) -> list[tuple[int, str | None, int]]:
    """Return the cuts of a punctuation-stripped stretch (US Senate scrapes): paragraphs, headings, list items.

    A run of spaces before a capitalised word or a digit ends a block when
    it is as long as a paragraph break (``_stripped_gaps``). A line-break run
    (one space longer than a sentence gap) ends a block only where such runs
    come in a cluster, three or more each within ``_LINE_REACH`` characters
    of the next and no fewer than the sentence gaps before a capital
    between them, as in a bill summary or a list (prose that ends quoted
    sentences with a run one longer has more sentence gaps); alone it is
    punctuation
    (``R Iowa   Chuck``: ``(R-Iowa), Chuck``). Neither kind of run ends a
    block right after a member's stripped party and state tag, whose
    brackets and stop leave a run as long as a paragraph break (``Arlen
    Specter  R Pa    The bill``, senate_006). Inside a cluster a short
    title-case line followed by a line break is a heading (``Title I  Border
    Security``) and the lines under it are list items without a marker,
    until the next heading or the end of the cluster. Of two title lines in
    a row, the first heads only right over the first section (the summary’s
    own title over its first section); elsewhere it is the last item of the
    section above (``Establishes a Border Security Advisory Committee``).
    Each line must read as the rendering reads it alone (``_stripped_shape``):
    a line with a mark left in it or too short for a clause ends the list,
    and a title over it heads nothing.
    """
    para, line = _stripped_gaps(source, start, end)
    wrap = _wrap_width(source, start, end) if para <= 6 else 0
    breaks: list[int] = []
    runs: list[int] = []  # where the run of spaces before each break starts
    lines: list[int] = []
    line_runs: list[int] = []  # where the run of spaces before each line break starts
    sentences: list[int] = []  # sentence gaps before a capital: many of them make a cluster prose, not lines
    leads: list[int] = []  # indexes into ``breaks`` of blocks after a word that cannot end a sentence
    gerund_leads: list[int] = []  # where such blocks start, and those after "including": lists of "-ing" clauses
    counted: list[tuple[int, int]] = []  # where the blocks after "… has two components" start, and how many
    wrapped = start  # where the last wrapped line began
    for m in _STRIPPED_RUN.finditer(source, start, end):
        size = m.end() - m.start()
        short_line = m.start() - wrapped < _SHORT_WRAPPED_LINE
        if wrap and size >= wrap:
            wrapped = m.end()
        initial = m.group("word")[0]
        if size >= _LAYOUT_RUN:
            breaks.append(m.end())  # "these funds" + 185 spaces + "current Press Release": layout, whatever follows
            runs.append(m.start())
            continue
        if not (initial.isupper() or initial.isdigit()):
            continue
        if size >= 4 and end - m.end() <= _LAST_FIGURE and source[m.end() : end].isdigit():
            size = max(size, para)  # "30    255196": a page number ends the stretch, whatever the quotes' width
        if size >= para and _word_before(source, m.start(), start).lower() in _NO_STRIPPED_END:
            continue  # "the Department of      Homeland", "an    Osprey Weekend": no sentence ends on "of"
        if size == wrap and not short_line:
            continue  # "Committee on Homeland      Security": a hard wrap, unless the line was short
        if size == line - 1:
            sentences.append(m.end())
        if size <= para and _PARTY_TAG.search(source, max(start, m.start() - 8), m.start()):
            continue  # "Arlen Specter  R Pa    The bill": "(R-Pa.). The", the tag's brackets and stop
        if size == para <= 3 and initial.isdigit():
            continue  # "In addition   16 8 million": "In addition, $16.8 million", a comma and a dollar sign
        if size == para and _BRACKETED_ACRONYM.search(source, max(start, m.start() - 9), m.start()):
            continue  # "Agency  FEMA    This year": "Agency (FEMA). This", a sentence gap (senate_lieberman_1)
        if size == para <= 3 and _DATELINE_CITY.search(source, max(start, m.start() - 20), m.start()):
            continue  # "Fallon  WASHINGTON   U S  Senator": the dateline's dash, no break (xt_senate_gregg_1)
        if size >= para:
            breaks.append(m.end())
            runs.append(m.start())
            lead_word = _word_before(source, m.start(), start)
            if lead_word in _LOST_COLON:
                leads.append(len(breaks) - 1)
            elif lead_word[-1:] == "s" and (count := _counted_members(source[max(start, m.start() - 60) : m.start()])):
                counted.append((m.end(), count))
            if lead_word in _LOST_COLON or lead_word in _INCLUDING:
                gerund_leads.append(m.end())
        elif size == line and initial.isupper():  # "fees   2000 or more": "fees ($2,000", an opening bracket
            lines.append(m.end())
            line_runs.append(m.start())
    joins = _entry_joins(source, start, breaks, runs, para)
    if joins:
        runs = [at for at, stop in zip(runs, breaks, strict=True) if stop not in joins]
        breaks = [stop for stop in breaks if stop not in joins]
    if not leads:
        breaks = _attributions_joined(source, end, breaks, runs, para)
    if lines:
        lines = _attribution_lines(source, end, lines, line_runs, runs)
    clustered: list[int] = []
    group: list[int] = []
    for at in [*lines, -1]:
        if group and (at < 0 or at - group[-1] > _LINE_REACH):
            inside = bisect_right(sentences, group[-1]) - bisect_left(sentences, group[0])
            if len(group) >= 3 and len(group) >= inside:
                clustered += group
            group = []
        group.append(at)
    items = _lost_colon_items(source, start, end, breaks, leads) if leads else set()
    for at, count in counted:
        first = bisect_left(breaks, at)
        if first < len(breaks) and breaks[first] == at and first + count <= len(breaks):
            items.update(breaks[first : first + count])  # "has two components" / the two blocks under it
    cuts: list[tuple[int, str | None, int]] = [(at, "" if at in items else None, at) for at in breaks]
    if items and line > 1:
        cuts += [(at, "", at) for at in _glued_items(source, start, end, breaks, items, gap=line - 1)]
    walked = 0  # the blocks before this index of ``breaks`` were walked from an earlier lead-in already
    for lead_at in gerund_leads:
        lead = bisect_left(breaks, lead_at)
        if walked <= lead < len(breaks) and breaks[lead] == lead_at and lead_at not in items:
            blocks, glued = _gerund_items(source, end, breaks, lead)
            walked = lead + max(1, len(blocks))
            if len(blocks) + len(glued) >= 2:
                cuts = [(at, "" if at in blocks else marker, text) for at, marker, text in cuts]
                cuts += [(at, "", at) for at in glued]
    if not clustered:
        return cuts
    line_ends = set(clustered)
    bounds = sorted({start, *breaks, *clustered})
    # A cluster's region: from the block that ends at its first line break to the one that starts at its last.
    first = bounds[bounds.index(clustered[0]) - 1]
    last = clustered[-1]
    region = [(at, bounds[k + 1] if k + 1 < len(bounds) else end) for k, at in enumerate(bounds) if first <= at <= last]
    # Past the cluster's last line break the clean text, which shows no run widths, reads on while the blocks
    # read as titles or items (``_stripped_sections``): so does the summary here (fuzz finding F1126-10).
    for k in range(bounds.index(last) + 1, len(bounds)):
        if not _stripped_shape(source[bounds[k] : bounds[k + 1] if k + 1 < len(bounds) else end]):
            break
        region.append((bounds[k], bounds[k + 1] if k + 1 < len(bounds) else end))
    titles = [stop in line_ends and _is_stripped_heading(source[at:stop]) for at, stop in region]
    # Each line as the clean text reads it alone (``_stripped_sections``): a line with a mark left in it, or too
    # short for a clause ("Allows for f"), is no item and ends the list; a title over it heads nothing.
    shapes = [_stripped_shape(source[at:stop]) for at, stop in region]
    # A summary holds two sections or more, each a title right over an item, as ``_stripped_sections`` asks of
    # the rendering, which sets each line alone; with fewer its lines are blocks of text (fuzz finding F1130-11).
    if sum(titles[k] and shapes[k + 1] == "item" for k in range(len(region) - 1)) < 2:
        return cuts + [(at, None, at) for at, _ in region]
    heading = False
    for k, (at, _) in enumerate(region):
        # A title line heads the lines under it; two in a row: the first is the summary's own title, else an item.
        below = shapes[k + 1] if k + 1 < len(region) else ""
        # The summary's own title stands right over its first section: a title over a title over an item.
        own = not heading and below == "title" and k + 2 < len(region) and titles[k + 1] and shapes[k + 2] == "item"
        if not shapes[k]:
            cuts.append((at, None, at))
            heading = False
        elif titles[k] and (below == "item" or own):
            cuts.append((at, HEADING, at))
            heading = True
        else:
            cuts.append((at, "" if heading else None, at))
    return cuts


# A number alone between two runs of spaces after a lower-case word: a stripped item marker, "follows:  1)  $133,334"
# become "follows    1     133 334".
_LONE_NUMBER = re.compile(r"(?<=[a-z]) {3,}+(?P<n>[1-9]\d?+)(?P<pad> {3,}+)(?=\d{1,3}+(?: \d{3})*+ [a-z])")
# A run of spaces before a capital or a figure inside a stripped item: its sentence gaps (``Program   This``).
_ITEM_RUN = re.compile(r" {2,}+(?=[A-Z\d])")


# A stripped amount opening a block after a sentence's run: "rail line    3 000 000 to the Illinois …", the stop,
# its spaces and the "$" turned into spaces (three at least; "provide  3 000 000 to" is inside a sentence).
_AMOUNT_OPENER = re.compile(r"(?<=[A-Za-z]) {3,}+(?=\d{1,3}+(?: \d{3})++ (?:to|for) )")
# The fewest such openers on a page that make them its funding items (a list of grants, one block each).
_AMOUNT_ITEMS = 3


# A funding item after a run of spaces on a page flattened to one line: "…   $1,000,000 for Route Y Road …".
# The run is read from its first space only (the look-behind), so a long run is scanned once: linear.
_AMOUNT_RUN = re.compile(r" (?<=[^ ] ) {2,}+(?=[$€£]\d[\d,.]*+(?: (?:million|billion|thousand))? (?:for|to|in) [A-Z])")
# The fewest items after a stop that show a page's funding items each open a paragraph (``_amount_runs``).
_AMOUNT_RUN_ITEMS = 2


def _amount_runs(source: str, start: int, end: int) -> list[tuple[int, str | None, int]]:
    """The cuts before funding items whose item above lost its full stop, on a page flattened to one line.

    A Senate page lists its projects ``$2,500,000 for Route D Road … .   $1,000,000 for …``, each item after
    the run of spaces that stands for a paragraph break; an item that ends on no stop (``… along the bridge
    $1,000,000 for Route Y Road``, xf_senate_bond_2) is parted from the next by the same run. Two items after
    a stop at least; an amount inside a sentence follows one space.

    >>> src = "projects:   $5 for A. Funds help.   $3 for B   $2 for C. Funds help.   $1 for D."
    >>> [cut[0] for cut in _amount_runs(src, 0, len(src))] == [src.index("$2")]
    True
    """
    found = list(_AMOUNT_RUN.finditer(source, start, end))
    if sum(source[m.start() - 1] in ".!?" for m in found if m.start() > start) < _AMOUNT_RUN_ITEMS:
        return []
    return [(m.end(), None, m.end()) for m in found if m.start() > start and source[m.start() - 1].isalpha()]


def _amount_openers(source: str, start: int, end: int) -> list[tuple[int, str | None, int]]:
    """The blocks of a stripped page's funding items, each opening on its amount: ``3 000 000 to the …``.

    A release listing its grants (zb_senate_obama_1) writes ``$2,000,000 to Franklin Park, IL, for …`` at
    the head of each item's paragraph; stripped, each follows a run of three spaces or more, whatever the
    page's break width (a stop, two spaces and the ``$``). Three such items at least; an amount inside a
    sentence (``to provide  3 000 000 to``) follows one space and the ``$``.

    >>> src = "Fiscal Year Funds   2 000 000 to Park for roads  It helps    3 000 000 to Trails    1 000 000 to X for y"
    >>> [cut[0] for cut in _amount_openers(src, 0, len(src))]
    [20, 61, 84]
    """
    found = [m.end() for m in _AMOUNT_OPENER.finditer(source, start, end)]
    return [(at, None, at) for at in found] if len(found) >= _AMOUNT_ITEMS else []


# A stripped item as the clean text renders it, its number and one space before its amount: "1 133 334 for …".
_NUMBERED_AMOUNT = re.compile(r"(?P<n>[1-9]\d?+) (?=\d{1,3}+(?: \d{3})*+ [a-z])")


def _numbered_amounts(source: str, pieces: tuple[Piece, ...]) -> tuple[Piece, ...]:
    """Turn the lines numbered ``1``, ``2``, … before an amount into list items marked by their numbers.

    The clean text renders ``_numbered_items``' items as ``1 133 334 for the Maine …`` / ``2 150 000 for …``,
    each on its line: two such lines or more, numbered from one in order (noise between them passed over),
    read as the same items (SPEC invariant 5). A line opening on a figure alone is no item.

    >>> src = "Funds as follows\\n1 133 334 for the Program\\n2 150 000 for the Study\\nThe end."
    >>> ps = (Piece("line", 0, 16), Piece("line", 17, 42), Piece("line", 43, 66), Piece("line", 67, 75))
    >>> [(p.kind, p.marker) for p in _numbered_amounts(src, ps)]
    [('line', None), ('list_item', '1'), ('list_item', '2'), ('line', None)]
    """
    out = list(pieces)
    i = 0
    while i < len(out):
        if out[i].kind != "line":
            i += 1  # fast path: the first item is a line (noise is passed over only between items)
            continue
        run: list[tuple[int, re.Match[str]]] = []
        j = i
        while j < len(out):
            piece = out[j]
            if piece.kind == "noise" and run:
                j += 1
                continue
            numbered = piece.kind == "line" and "1" <= source[piece.start : piece.start + 1] <= "9"
            m = _NUMBERED_AMOUNT.match(source, piece.start, piece.end) if numbered else None
            if m is None or int(m.group("n")) != len(run) + 1:
                break
            run.append((j, m))
            j += 1
        if len(run) >= 2:
            for k, m in run:
                out[k] = out[k].evolve(kind="list_item", marker=m.group("n"), marker_end=m.end())
        i = max(j, i + 1)
    return tuple(out)


def _numbered_items(source: str, start: int, end: int) -> list[tuple[int, str | None, int]]:
    """The items of a stripped list numbered ``1``, ``2``, …, each number alone between runs of spaces.

    ``… will allocate funding as follows    1     133 334 for the Maine Marine Mammal Stranding Program   This
    project …    2     150 000 for the Maine Students …     The National Fish …`` (zb_senate_collins_1): the
    scraper turned ``1)`` and ``$`` into spaces, and the numbers run from one, in order, two of them at least
    (a figure alone in prose, ``in    2     cases``, runs no sequence). The last item ends at the first run
    before a capital wider than any inside the items above it: the next paragraph's break.

    >>> src = "as follows    1     133 for the Program   It helps    2     150 for the Study     The end"
    >>> _numbered_items(src, 0, len(src))
    [(14, '1', 20), (54, '2', 60), (82, None, 82)]
    """
    found = list(_LONE_NUMBER.finditer(source, start, end))
    if len(found) < 2 or [int(m.group("n")) for m in found] != list(range(1, len(found) + 1)):
        return []
    cuts: list[tuple[int, str | None, int]] = [(m.start("n"), m.group("n"), m.end()) for m in found]
    widest = max((len(run.group()) for run in _ITEM_RUN.finditer(source, found[0].end(), found[-1].start())), default=0)
    for run in _ITEM_RUN.finditer(source, found[-1].end(), end):
        if len(run.group()) > max(widest, 3):
            cuts.append((run.end(), None, run.end()))
            break
    return cuts


# The words a stripped lead-in ends on before a list whose bullets left wider runs than a paragraph break.
_FOLLOWS = frozenset(("follows", "following"))


def _entry_joins(source: str, start: int, breaks: list[int], runs: list[int], para: int) -> set[int]:
    """The breaks inside the entries of a stripped ``… as follows`` list: no breaks.

    A stripped page's list lost its bullets, and each one left a run wider than the page's paragraph break:
    ``… are as follows   Oregon Nanoscience … programs         4 million for …       Rockwell Collins …``
    (seven to nine spaces against three or four, xt_senate_smith_1). After a lead-in ending ``follows`` or
    ``following``, where runs three spaces or more longer than a break (up to ``_WIDEST_BREAK``) part the
    entries, a break's run inside an entry, a wide one after it, parts nothing (``Vital Apparel   InSport``:
    ``Vital Apparel/InSport``); the entries end at the first break not so followed. The entries stay
    paragraphs: the clean text could not tell where such a list ends (SPEC 5).

    >>> src = "are as follows   Oregon gets 9 million         4 million for A       Vital   InSport gets 3"
    >>> src += "       Iron gets 2   Smith said"
    >>> breaks = [m.end() for m in re.finditer(r" {3,}", src)]
    >>> runs = [m.start() for m in re.finditer(r" {3,}", src)]
    >>> [src[at : at + 7] for at in sorted(_entry_joins(src, 0, breaks, runs, 3))]
    ['InSport']
    >>> _entry_joins(src.replace("follows", "planned"), 0, breaks, runs, 3)  # no lead-in: the run breaks
    set()
    """
    inside: set[int] = set()
    wide = para + 3
    sizes = [stop - at for at, stop in zip(runs, breaks, strict=True)]
    k = 0
    while k < len(breaks):
        if _word_before(source, runs[k], start).lower() not in _FOLLOWS:
            k += 1
            continue
        joined: list[int] = []
        wides = 0
        j = k + 1
        while j < len(breaks):
            if wide <= sizes[j] <= _WIDEST_BREAK:
                wides += 1
            elif j + 1 < len(breaks) and wide <= sizes[j + 1] <= _WIDEST_BREAK and sizes[j] < wide:
                joined.append(breaks[j])  # a narrower run inside an entry, the list going on after it
            else:
                break
            j += 1
        if wides >= 2:
            inside.update(joined)
        k = j
    return inside


# The words a stripped lead-in ends on before its list, besides a lost colon's: "… septicemia including".
_INCLUDING = frozenset(("including", "include", "includes"))
# Capitalised words in "-ing" that are prepositions, not a clause's verb: "During the hearing".
_ING_PREPOSITIONS = frozenset(
    ("During", "Including", "Following", "According", "Regarding", "Concerning", "Notwithstanding", "Pending")
)
_GERUND = re.compile(r"[A-Z][a-z]{4,}+(?<=ing)(?= [A-Za-z])")


def _opens_gerund(source: str, at: int, stop: int) -> bool:
    """True when the text at ``at`` opens with a capitalised verb in ``-ing`` (``Testing fish …``), not ``During``."""
    verb = _GERUND.match(source, at, stop)
    return verb is not None and verb.group() not in _ING_PREPOSITIONS


def _gerund_items(source: str, end: int, breaks: list[int], lead: int) -> tuple[set[int], list[int]]:
    """Return the blocks, and the starts glued inside them, of a stripped list of ``-ing`` clauses.

    xi_senate_levin_1: ``… septicemia including       Monitoring to determine …   Testing fish to see …
    Managing VHS through …  and    Enforcing the APHIS order …``: the bullets and semicolons left runs of
    spaces no wider than the page's sentence gaps, but the items are parallel: each opens with a
    capitalised verb in ``-ing``, as the first one does. The list runs over the blocks after the lead-in
    (``breaks[lead]`` on) while each opens so; a sentence opening inside an item starts with its subject
    (``The``, ``It``) or a preposition (``During``).
    """
    blocks: set[int] = set()
    glued: list[int] = []
    for k in range(lead, len(breaks)):
        at, stop = breaks[k], breaks[k + 1] if k + 1 < len(breaks) else end
        if not _opens_gerund(source, at, stop):
            break
        blocks.add(at)
        for m in _STRIPPED_RUN.finditer(source, at, stop):
            if m.start() > at and _opens_gerund(source, m.end(), stop):
                glued.append(m.end())
    return blocks, glued


# How far before a break an attribution's words may start: "Levin said", "said Senator Stabenow".
_ATTRIBUTION_REACH = 40


def _attribution_before(source: str, floor: int, run: int, least: int, *, exact: bool = False) -> bool:
    """True when two or three words saying who spoke end at ``run``, after a run of ``least`` spaces or more.

    ``exact``: after a run of just ``least`` spaces, three or more, and the words open with the speech verb
    (``… now   said Senator Clinton   Without action``, yb_senate_clinton_1): the stripped ``,” said
    Senator Clinton. “`` leaves one width on both sides, whatever the page's paragraph break.
    """
    back = source.rfind("   ", max(floor, run - _ATTRIBUTION_REACH), run)
    if back < 0:
        return False
    words = source[back + 3 : run].split()
    if not (2 <= len(words) <= 3 and (words[-1] in SPEECH_VERBS or words[0] in SPEECH_VERBS)):
        return False
    if exact and (words[0] not in SPEECH_VERBS or least < 3):
        return False
    first = back
    while first > floor and source[first - 1] == " ":
        first -= 1
    return back + 3 - first == least if exact else back + 3 - first >= least


def _attributions_joined(source: str, end: int, breaks: list[int], runs: list[int], para: int = 0) -> list[int]:
    """Drop the breaks around a block that only says who spoke: ``… health care     Harkin said    I hope …``.

    The stripped ``,” Harkin said. “`` leaves runs as wide as a break on both sides of the attribution
    (xb_senate_harkin_1); a paragraph is never just ``<Name> said``, so the quotation and its attribution
    are one paragraph (da_001). ``runs[k]`` is where the run before ``breaks[k]`` starts.

    >>> text = "health care     Harkin said    I hope so"
    >>> _attributions_joined(text, len(text), [16, 31], [11, 27])
    []

    The run before the attribution may be one space short of a break, where a closing quote and a comma
    stand for the stop (``… invasive species     Levin said      We don   t have …``, xi_senate_levin_1,
    breaks of six spaces): the quotation goes on after its attribution, in the same paragraph, when the
    run after it is no wider than the narrowest break (``… around     said Senator Clinton           Gestational``,
    senate_003, ends the paragraph).

    >>> text = "invasive species     Levin said      We do"
    >>> _attributions_joined(text, len(text), [37], [31], 6)
    []

    An attribution that opens with its speech verb between two runs of one width, three spaces or more,
    is joined whatever the page's break (``… now   said Senator Clinton   Without action``,
    yb_senate_clinton_1): the stripped ``,” said Senator Clinton. “`` left the same run on both sides.
    """
    dropped: set[int] = set()
    for k, at in enumerate(breaks):
        stop = runs[k + 1] if k + 1 < len(breaks) else end
        words = source[at:stop].split()
        if 2 <= len(words) <= 3 and (words[-1] in SPEECH_VERBS or words[0] in SPEECH_VERBS):
            dropped.add(k)
            if k + 1 < len(breaks):
                dropped.add(k + 1)
        elif (
            para > 3
            and at - runs[k] == para
            and _attribution_before(source, breaks[k - 1] if k else 0, runs[k], para - 1)
        ):
            dropped.add(k)
        elif _attribution_before(source, breaks[k - 1] if k else 0, runs[k], at - runs[k], exact=True):
            dropped.add(k)  # "… now   said Senator Clinton   Without action": framed by two runs of one width
    return [at for k, at in enumerate(breaks) if k not in dropped] if dropped else breaks


def _attribution_lines(source: str, end: int, lines: list[int], line_runs: list[int], runs: list[int]) -> list[int]:
    """Drop the line breaks around a stretch that only says who spoke: ``… departments   Frist said   This …``.

    The stripped ``,” Frist said. “`` leaves a run one longer than a sentence gap on both sides of the
    attribution (xl_senate_alexander_1), as wide as a line break; a line is never just ``<Name> said``,
    so neither run is one (da_001: the quotation and its attribution are one paragraph). The stretch after
    ``lines[k]`` runs to the next line's or break's run (``line_runs``, ``runs``: where those runs start).

    >>> text = "departments   Frist said   This funding"
    >>> _attribution_lines(text, len(text), [14, 27], [11, 24], [])
    []
    >>> text = "departments   Frist Hall   This funding"
    >>> _attribution_lines(text, len(text), [14, 27], [11, 24], [])
    [14, 27]
    """
    dropped: set[int] = set()
    for k, at in enumerate(lines):
        after = bisect_right(runs, at)
        stop = min(line_runs[k + 1] if k + 1 < len(lines) else end, runs[after] if after < len(runs) else end)
        if stop - at > _ATTRIBUTION_REACH:
            continue  # longer than two or three words
        words = source[at:stop].split()
        if 2 <= len(words) <= 3 and (words[-1] in SPEECH_VERBS or words[0] in SPEECH_VERBS):
            dropped.add(k)
            if k + 1 < len(lines) and line_runs[k + 1] == stop:
                dropped.add(k + 1)
    return [at for k, at in enumerate(lines) if k not in dropped] if dropped else lines


# The count a lead-in gives its members: "The Highway Funding Equity Act of 2005 has two components".
_COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
# The verbs that give a whole its counted parts: "has two components", "includes three provisions".
_COUNT_VERBS = frozenset(("has", "have", "contains", "contain", "includes", "include", "comprises", "comprise"))


def _counted_members(text: str) -> int:
    """How many members the words ending ``text`` announce, as a bill summary's lead-in counts them, else 0.

    A verb of having, a count word, perhaps one adjective, a plural noun: ``… has two components`` (its
    colon lost, yb_senate_levin_1); the members are the next that many blocks. A count after another
    word is a measure in a sentence (``served for two years``), no lead-in.

    >>> _counted_members("The Act of 2005 has two components"), _counted_members("He served for two years")
    (2, 0)
    >>> _counted_members("The bill includes three key provisions")
    3
    """
    words = text.split()[-4:]
    if len(words) < 3 or not words[-1].endswith("s") or not words[-1].islower():
        return 0
    for at in (-2, -3):
        if -at < len(words) and words[at] in _COUNT_WORDS and words[at - 1] in _COUNT_VERBS:
            return _COUNT_WORDS[words[at]]
    return 0


def _lost_colon_items(source: str, start: int, end: int, breaks: list[int], leads: list[int]) -> set[int]:
    """Return the starts of the list items introduced by a stripped sentence that lost its colon.

    senate_006: ``…Restitution Act of 2007 would     Give victims …    Ensure
    that …    Enable prosecution …``. A sentence cannot end in ``would`` or
    ``to``, so a paragraph gap after one is where ``:`` and the list began.
    The items are the blocks after it that open like the clauses of such a
    list: a capitalised word that is not a usual sentence opener (``The``,
    ``He``), followed by a lower-case word, and never capitalised inside a
    sentence elsewhere in the stretch, as a name is (``said Leahy``). The
    list ends at the first block that does not; two items at least. The
    lead-in is a sentence (``is_sentence``), as ``_lost_colon_lists`` asks of
    it on the line the rendering sets it on: ``2–;–007 would`` introduces no
    list in either reading (fuzz finding F1129-6).
    """
    names = {m.group() for m in _MID_CAPITAL.finditer(source, start, end)}
    items: set[int] = set()
    judged = 0  # the blocks before this index of ``breaks`` are judged already
    for lead in leads:
        if lead < judged:
            continue  # inside the list found before
        if not is_sentence(source[breaks[lead - 1] if lead else start : breaks[lead]]):
            continue  # "2–;–007 would": a lead-in too short to be a sentence
        judged = lead
        while judged < len(breaks) and _opens_clause(source, breaks[judged], end, names):
            judged += 1
        if judged - lead >= 2:
            items.update(breaks[lead:judged])
    return items


# Words that take an object: after a verb opening a list clause ("Mandate that the", "Make it a felony").
_OBJECT_WORDS = frozenset(("the", "a", "an", "that", "it", "its", "their", "them", "this", "these", "those", "each"))
# Capitalised words that open a sentence inside an item, followed by its subject: "However the bill", "Under the law".
_NO_CLAUSE = frozenset(
    (
        *("However", "But", "And", "So", "Also", "Instead", "Still", "Now", "Then", "Thus", "Therefore", "Yet"),
        *("Meanwhile", "Despite", "Through", "Unlike", "Like", "Only", "Even", "Both", "All", "Once", "Unless"),
        *("Until", "Over", "Against", "Upon", "Within", "Beyond", "Among", "Across", "Each", "Every", "Some"),
        *("Many", "Most", "Last", "Next", "Not", "Or", "Nor", "Whether", "Where", "Why", "How", "What", "Which"),
    )
)


def _glued_items(source: str, start: int, end: int, breaks: list[int], items: set[int], *, gap: int) -> list[int]:
    """Return the starts of list clauses glued to the item before them by only a sentence gap.

    senate_006: ``…to combat cyber crime  Mandate that the U S  Sentencing
    Commission…``: the last two items of a lost-colon list kept only the two
    spaces of a sentence gap. Inside an item, a sentence that explains it
    opens with its subject (``Current law only provides``, ``The provision
    protects``, ``Violators of this provision``); a clause of the list opens
    with a verb and its object, as the items do (``Give victims``, ``Ensure
    that``, ``Make it``): a capitalised word that opens a clause
    (``_opens_clause``), is no adverb in ``-ly`` and no conjunction or
    preposition (``However the``, ``Under the``), followed by ``the``,
    ``that``, ``it`` or another word that only an object opens.
    """
    names = {m.group() for m in _MID_CAPITAL.finditer(source, start, end)}
    found: list[int] = []
    for at in sorted(items):
        k = bisect_right(breaks, at)
        stop = breaks[k] if k < len(breaks) else end
        for m in _STRIPPED_RUN.finditer(source, at, stop):
            if m.end() - m.start() != gap:
                continue
            word = m.group("word")
            after = m.end() + len(word)
            following = next_word(source, after + 1, stop) if source[after : after + 1] == " " else ""
            if (
                following in _OBJECT_WORDS
                and word not in _NO_CLAUSE
                and not word.endswith("ly")
                and _opens_clause(source, m.end(), stop, names)
            ):
                found.append(m.end())
    return found


def _opens_clause(source: str, at: int, end: int, names: set[str]) -> bool:
    """True when the block at ``at`` opens like a list clause: ``Give victims``, not ``The bill`` or ``Leahy said``."""
    word = next_word(source, at, end)
    after = at + len(word)
    return (
        word[:1].isupper()
        and word not in SENTENCE_OPENERS
        and word not in names
        and source[after : after + 1] == " "
        and source[after + 1 : after + 2].islower()
    )


def _is_stripped_heading(text: str) -> bool:
    """A short title-case line: ``Title I  Border Security``, ``McCain Kennedy Bill at a Glance 5 12 2005``.

    A date alone (``Thursday  August 2  2007``, senate_durbin_1) heads no section: it dates the story under it.

    >>> _is_stripped_heading("Title I  Border Security"), _is_stripped_heading("Thursday  August 2  2007")
    (True, False)
    """
    words = text.split()
    return (
        0 < len(words) <= 16
        and len(text) <= 120
        and text[0].isupper()
        and all(w[0].isupper() or w[0].isdigit() or w in _HEADING_SMALL_WORDS for w in words)
        and not all(w.isdigit() or w.lower() in MONTHS or w.lower() in WEEKDAYS for w in words)
    )


def _two_space_wraps(source: str, start: int, end: int) -> list[int]:
    """Return where paragraphs start in text hard-wrapped at a fixed width whose line breaks became two spaces.

    doj_002: ``…the Office of the Director of  National Intelligence (DNI)
    released the following statement Friday:  On March 28, 2014,…``. The
    stretch is cut at every run of exactly two spaces; a piece that does not
    end in a stop is a wrapped line. The text also puts two spaces after a
    sentence inside a line (``renewed that authority.  The DNI also…``), so
    after a stop the next piece stays on the line when both fit in the
    width and the next piece is shorter than a full line. The reading holds
    only when every wrapped line so rebuilt (at least four) reaches 70% of
    the width, which is 50 to 100 characters; clean text, and typewriter
    text with two spaces after every sentence, have no such lines. Then, as
    a reader reads wrapped text, a line that ends a sentence where the next
    line's first word would still have fitted ends its paragraph.
    """
    if source.count("  ", start, end) < 4:
        return []  # fast path: most lines hold no double space at all
    gaps = [m.start() for m in _TWO_SPACES.finditer(source, start, end)]
    if len(gaps) < 4:
        return []
    pieces = list(zip([start, *[g + 2 for g in gaps]], [*gaps, end], strict=True))
    width = max(e - s for s, e in pieces)
    if not 50 <= width <= 100:
        return []
    lines: list[tuple[int, int]] = []
    line_start, line_end = pieces[0]
    for s, e in pieces[1:]:
        fits = line_end - line_start + 2 + e - s <= width + 2 and e - s < 0.85 * width
        if source[line_end - 1] in _TERMINAL and fits:
            line_end = e  # two spaces after a sentence, inside the line
        else:
            lines.append((line_start, line_end))
            line_start, line_end = s, e
    lines.append((line_start, line_end))
    wrapped = [e - s for s, e in lines[:-1] if source[e - 1] not in _TERMINAL]
    if len(wrapped) < 4 or min(wrapped) < 0.7 * width:
        return []
    return [
        below[0]
        for above, below in pairwise(lines)
        if source[above[1] - 1] in _TERMINAL
        and above[1] - above[0] + 1 + len(source[below[0] : below[1]].split(" ", 1)[0]) <= width
    ]


def _one_per_offset(cuts: list[tuple[int, str | None, int]]) -> list[tuple[int, str | None, int]]:
    """Sort ``cuts`` and keep one per offset: the first that names a kind (a marker), else the first."""
    if len(cuts) == 1:
        return cuts
    kept: dict[int, tuple[int, str | None, int]] = {}
    for cut in cuts:
        if cut[0] not in kept or (kept[cut[0]][1] is None and cut[1] is not None):
            kept[cut[0]] = cut
    return [kept[offset] for offset in sorted(kept)]


def _has_sentence_before(source: str, start: int, at: int) -> bool:
    """True when a lower-case word stands before ``at`` (a sentence, not a place name like ``Oregon.``)."""
    window = source[max(start, at - 80) : at]
    return any(word[:1].islower() for word in window.split())


def _dash_framed(source: str, m: re.Match[str], end: int) -> bool:
    """True when a line opened by a dash closes on the same dash: a standfirst, not a list item.

    Wire releases frame the line under the headline in dashes: ``– Strategic
    collaboration brings real-time visibility … –`` (x8_wire_citybiz_4). A
    dash item ends in its text, never in a spaced dash. Any whitespace before the closing dash counts, as the
    rendering shows it one space (a line break, a vertical tab: fuzz finding F1123-58).
    """
    return _framed_by(source, m.group("marker"), m.end(), end)


def _framed_by(source: str, marker: str, text_start: int, end: int) -> bool:
    """True when the text from ``text_start`` to ``end`` closes on ``marker``, a dash, spaced: ``_dash_framed``."""
    if marker not in ("-", "–", "—") or end - text_start < 2 or source[end - 1] != marker:
        return False
    if not source[end - 2].isspace():
        return False
    # a standfirst is a sentence: three words at least between the dashes ("- N -" is an item and a dash)
    return len(source[text_start : end - 2].split()) >= 3


# A bullet spaced after a label's colon, a capital after it: "Key Features …: * Innovative Collection: …".
_SPACED_COLON_BULLET = re.compile(r"(?<=\S:) (?P<marker>[-–•▪·*]) (?=[A-Z])")


def _first_item_after_label(source: str, piece: Piece, below: Piece) -> list[tuple[int, str | None, int]]:
    """The first item of a list left on its label's line, when the next line opens with the same bullet.

    ``Key Features of the … Launch: * Innovative Collection: …`` / ``* User-Friendly Experience: …``
    (xn_wire_prkarma_1): the newline after the label was lost, as ``Key Takeaways:* First …`` lost it
    glued (``_COLON_BULLET``). A star after a colon with no list under it is no item.
    """
    m = _SPACED_COLON_BULLET.search(source, piece.start, piece.end)
    if m is None or below.kind != "line":
        return []
    under = _LINE_BULLET.match(source, below.start, below.end)
    if under is None or under.group("marker") != m.group("marker"):
        return []
    return [(m.start("marker"), m.group("marker"), m.end())]


def _is_line_bullet(source: str, m: re.Match[str], after_list: bool) -> bool:
    """A dash or star bullet needs a capital after it, unless it continues a list (``:``, ``;``, a bullet above).

    A star bullet may open on a figure's sign too: ``* $46,700 for Federal Petroleum LLC`` (xw_senate_corzine_1),
    as a grant list under a heading or a paragraph writes its amounts.
    """
    marker = m.group("marker")
    if marker[0] not in "-–—*":
        return True
    first = source[m.end()]
    if marker == "*" and first in _RUN_FIGURES:
        return True
    return first.isupper() or first.isdigit() or first in _OPENERS or after_list


def read_alone(source: str, piece: Piece) -> Piece:
    """Return ``piece`` as the clean text reads it on a line of its own: a list item when a bullet opens it.

    ``meta`` cuts a release note or a date off the front of a line (``NEWS RELEASE  8. Police met``) and
    leaves the rest a body block; the clean text sets that rest alone on its line, where a bullet opening
    it makes a list item (SPEC invariant 5), so the rest is read as that line would be: a bullet needs what
    ``split_lines`` asks of one opening a line, a capital after a dash, and no dash framing it.

    >>> src = "NEWS RELEASE  - Police met today"
    >>> rest = read_alone(src, Piece("paragraph", 14, len(src)))
    >>> rest.kind, rest.marker, src[rest.marker_end : rest.end]
    ('list_item', '-', 'Police met today')
    >>> read_alone(src, Piece("paragraph", 16, len(src))).kind
    'paragraph'
    """
    m = _LINE_BULLET.match(source, piece.start, piece.end)
    if m is None or not _is_line_bullet(source, m, False) or _dash_framed(source, m, piece.end):
        return piece
    return piece.evolve(kind="list_item", marker=m.group("marker"), marker_end=m.end())


# A hyphen glued to the capitalised word that opens a line: "-The IRS will deposit …" (xs_da_sandiego_1).
_GLUED_LINE_DASH = re.compile(r"-(?=[A-Z][a-z])")


def _glued_dash_item(source: str, pieces: tuple[Piece, ...], idx: int) -> bool:
    """True for a line opening ``-<Capital>`` beside another such line: a list whose bullets lost their space.

    ``-The IRS will deposit …`` / ``-If you receive a call …`` / ``-Reports are …`` (xs_da_sandiego_1): two or more
    lines in a row so written are items. A lone ``-Word`` line stays as written (a sign, a wrapped word).

    >>> from pressparse.blocks import group_lines
    >>> from pressparse.layout import split_lines as lines
    >>> src = "Beware:\\n-The IRS calls.\\n-If you receive a call, hang up.\\n-Fake line.\\nDone."
    >>> pieces = group_lines(src, lines(src))
    >>> [_glued_dash_item(src, pieces, i) for i in range(len(pieces))]
    [False, True, True, True, False]
    >>> src = "Beware:\\n-The IRS calls.\\n###\\n-If you receive a call, hang up.\\nDone."
    >>> pieces = group_lines(src, lines(src))
    >>> [_glued_dash_item(src, pieces, i) for i in range(len(pieces))]
    [False, True, False, True, False]
    >>> src = "Beware:\\n-The IRS calls.\\nDone."
    >>> pieces = group_lines(src, lines(src))
    >>> [_glued_dash_item(src, pieces, i) for i in range(len(pieces))]
    [False, False, False]
    """
    if _GLUED_LINE_DASH.match(source, pieces[idx].start, pieces[idx].end) is None:
        return False
    for step in (-1, 1):
        # Noise and end marks between are passed over, as the rendering drops them ("-If" / "#" / "-It").
        # Each run of them is walked from the two lines around it at most: linear time.
        k = idx + step
        while 0 <= k < len(pieces) and _left_out(source, pieces, k):
            k += step
        if (
            0 <= k < len(pieces)
            and pieces[k].kind == "line"
            and _GLUED_LINE_DASH.match(source, pieces[k].start, pieces[k].end) is not None
        ):
            return True
    return False


# Skip links, menu words and share buttons (``noise.navigation``, ``noise.share_links``): a glued one that
# a cut sets alone is furniture ``noise.find_block_noise`` drops, as the rendering does not print it.
_GLUED_FURNITURE = NAVIGATION_PHRASES | SHARE_PHRASES


def _above_furniture(source: str, out: list[Piece]) -> Piece | None:
    """The piece the next line stands under in the rendering: the last one, past a glued furniture cut.

    A skip link glued to the story's first line (``Police met today.Skip to main content``, INTERPOL and
    Europol scrapes) is cut off it here and dropped as navigation by ``noise.find_block_noise`` later; the
    rendering shows ``Police met today.`` over the next line, which reads as under a finished sentence
    there (SPEC 5, fuzz finding F1125-20). A cut that is no furniture (``Officers seized in``) stays the
    piece above. Only a cut counts: a whole line of furniture is noise before this stage already.

    >>> src = "Police met.Skip to main content"
    >>> _above_furniture(src, [Piece("line", 0, 11), Piece("line", 11, 31)]).end
    11
    """
    if not out:
        return None
    last = out[-1]
    if (
        last.kind == "line"
        and last.end - last.start <= 40
        and len(out) > 1
        and source.find("\n", out[-2].end, last.start) < 0  # cut off the same line
    ):
        key = " ".join(source[last.start : last.end].lower().split()).strip(" .:!»›>|-\u2013\u2014")
        if key in _GLUED_FURNITURE:
            return out[-2]
    return last


def _shown_above(out: list[Piece]) -> Piece | None:
    """The last piece of ``out`` that is no noise: the block the rendering shows over the next line."""
    k = len(out) - 1
    while k >= 0 and out[k].kind == "noise":
        k -= 1
    return out[k] if k >= 0 else None


_DASHES = ("-", "–", "—")


def _dateline_dash_item(source: str, out: list[Piece], above: Piece, piece: Piece) -> bool:
    """True when the item above is a lone dash line under a line, and ``piece`` opens with another bullet.

    A place line over a line its dash opens (``CHICAGO`` / ``— Cook County opened …``) is a dateline
    hard-wrapped after the place: ``dateline`` takes the dash, and the rendering joins the place to the
    story's first line (``CHICAGO — Cook County opened …``), under which a star line (``* hours run …``)
    continues no list. So a dash item that opens no list (the line above it ends in no colon), with a
    different bullet under it, is read as that rendering reads it, whether a dateline is found or not
    (SPEC 5, fuzz finding F1126-24). The items of one list share their bullet (``- Cook County`` /
    ``- hours run late``), and a colon above introduces a list whatever its bullets.
    """
    if above.marker not in _DASHES:
        return False
    m = _LINE_BULLET.match(source, piece.start, piece.end)
    if m is None or m.group("marker") == above.marker:
        return False
    k = len(out) - 1
    while k >= 0 and out[k] is not above:  # ``above`` is the last piece or the one before it
        k -= 1
    k -= 1
    while k >= 0 and out[k].kind == "noise":
        k -= 1
    return k >= 0 and out[k].kind == "line" and source[out[k].end - 1] != ":"


def split_lines(source: str, pieces: tuple[Piece, ...]) -> tuple[Piece, ...]:
    """Split ``line`` pieces at glued paragraphs, glued bullets and space runs.

    Pieces that start with a bullet become ``list_item`` pieces with their
    marker; the rest stay ``line`` pieces for ``blocks.classify_blocks``.

    >>> src = "Police met.Every officer agreed:- \\u00a0 One- \\u00a0 Two"
    >>> from pressparse.blocks import group_lines
    >>> from pressparse.layout import split_lines as lines
    >>> for p in split_lines(src, group_lines(src, lines(src))):
    ...     print(p.kind, repr(p.text(src)))
    line 'Police met.'
    line 'Every officer agreed:'
    list_item '- \\xa0 One'
    list_item '- \\xa0 Two'
    """
    out: list[Piece] = []
    paragraphed = _paragraphed(source, pieces)
    flat = _one_line_page(source)
    base = -1  # the story's indentation, counted at the first indented line (``blocks._base_indent``)
    for idx, piece in enumerate(pieces):
        if piece.kind != "line":
            out.append(piece)
            continue
        above = _above_furniture(source, out)
        if above is not None and above.indent >= 4 and above.blank_before and len(out) > 1:
            # A photo's caption floated in an indented slot between two blocks (``blocks.indented_caption``)
            # is left out of the rendering, which shows the line under the block above it: a list goes on
            # past it ("• One" / "    A photo of the chiefs." / "-" / "two"; fuzz finding F1129-21).
            from pressparse.blocks import _base_indent, indented_caption  # noqa: PLC0415 - blocks imports paragraphs

            base = _base_indent(pieces) if base < 0 else base
            slot = pieces[idx - 1]
            if (slot.start, slot.end) == (above.start, above.end) and indented_caption(source, pieces, idx - 1, base):
                above = out[-2]
        # A list goes on past a line of noise the rendering drops ("* C" / "Image" / "- ä": fuzz finding F1130-30).
        listed = _shown_above(out) if above is not None and above.kind == "noise" else above
        after_list = listed is not None and (
            (listed.kind == "list_item" and not _dateline_dash_item(source, out, listed, piece))
            or source[listed.end - 1] in ":;"
        )
        under = above is not None and _stops_mid_sentence(source, above)
        below = pieces[idx + 1] if idx + 1 < len(pieces) and pieces[idx + 1].kind == "line" else None
        cuts = _cuts(source, piece, after_list, under, paragraphed, flat=flat, below=below)
        if cuts[0][1] is None and _glued_dash_item(source, pieces, idx):
            cuts[0] = (piece.start, "-", piece.start + 1)
        for k, (offset, cut_marker, cut_text) in enumerate(cuts):
            nxt = cuts[k + 1][0] if k + 1 < len(cuts) else piece.end
            end = nxt
            while end > offset and source[end - 1].isspace():
                end -= 1
            if end <= offset:
                continue
            marker, text_start = cut_marker, cut_text
            if marker and marker != HEADING and text_start >= nxt:
                marker, text_start = None, offset  # a bullet whose text the next cut took ("d.  P4. T"): text
            elif marker and nxt < piece.end and _framed_by(source, marker, text_start, end):
                # A dash item a glued bullet cut short may close on a dash: the rendering sets it alone on its
                # line, framed in dashes, a standfirst (``_dash_framed``): "- S 1 5 --\u00a0P" (fuzz F1130-10).
                marker, text_start = None, offset
            first, last = k == 0, k + 1 == len(cuts)
            kind = "line" if marker is None else "heading" if marker == HEADING else "list_item"
            out.append(
                Piece(  # piece.evolve(...) written out, once a line; by position (keywords cost twice as much)
                    kind,
                    offset,  # start
                    end,
                    piece.indent if first else 0,  # indent
                    piece.blank_before if first else 0,  # blank_before
                    piece.blank_after if last else 0,  # blank_after
                    source.count("\n", offset, end) + 1,  # lines
                    marker if kind == "list_item" else None,  # marker
                    text_start,  # marker_end
                    piece.meta_kind,
                    piece.noise_kind,
                )
            )
    sections = _stripped_sections(source, tuple(out))
    tables = _value_tables(source, _pipe_tables(source, list(sections)))
    return _numbered_amounts(source, _amount_lists(source, _lost_colon_lists(source, _unmarked_lists(source, tables))))


# A markdown table's delimiter row under its header: "|---|---|", "| :--- | ---: |", "---|---".
_PIPE_RULE = re.compile(r"\|?+[ \t]*+:?+-{3,}+:?+[ \t]*+(?:\|[ \t]*+:?+-{3,}+:?+[ \t]*+)*+\|?+")


def _pipe_row(source: str, piece: Piece) -> bool:
    """True when ``piece`` is one line between pipes with two cells or more: ``| Net sales | $1,421.6 |``."""
    return (
        piece.kind == "line"
        and piece.lines == 1
        and source[piece.start] == "|"
        and source[piece.end - 1] == "|"
        and source.count("|", piece.start, piece.end) >= 3
        and not _PIPE_RULE.fullmatch(source, piece.start, piece.end)
    )


def _pipe_tables(source: str, pieces: list[Piece]) -> list[Piece]:
    """Read a markdown pipe table: its header row a heading, each data row one list item, its rule noise.

    PR Newswire's markdown (wire_m) prints the figures as ``| | Q4 2025 |
    Q4 2024 |`` / ``|---|---|`` / ``| Net sales | $1,421.6 | $1,331.1 |``.
    Markdown puts the header in the first row, so two rows or more in a
    row make a table whose first row is its header, with or without the
    delimiter row under it: the clean text drops that row as noise and must
    read the same table (SPEC invariant 5). Each row keeps its pipes (the
    text is its slice); one row alone is a line of text that uses pipes.
    """
    if source.count("|") < 6:
        return pieces  # fast path: a table is two rows or more, each with three pipes at least
    out: list[Piece] = []
    i = 0
    while i < len(pieces):
        k = i
        rows = 0
        while k < len(pieces) and (
            _pipe_row(source, pieces[k])
            or (
                k > i
                and pieces[k].kind in ("line", "noise")  # the noise stage may have taken the rule (``table_rule``)
                and _PIPE_RULE.fullmatch(source, pieces[k].start, pieces[k].end)
            )
        ):
            rows += _pipe_row(source, pieces[k])
            k += 1
        if rows < 2:
            out.append(pieces[i])
            i += 1
            continue
        for n, piece in enumerate(pieces[i:k]):
            if piece.kind == "noise":
                out.append(piece)
            elif not _pipe_row(source, piece):
                out.append(piece.evolve(kind="noise", noise_kind=NoiseKind.SCRAPER_ARTEFACT))
            elif n == 0:
                out.append(piece.evolve(kind="heading"))
            else:
                out.append(piece.evolve(kind="list_item", marker="", marker_end=piece.start))
        i = k
    return out


# A figure cell of a financial table: "$31,460", "1,150", "(2.4)", "3.61%", "$0.97", "€1.2"; or an empty one, "—".
_FIGURE_CELL = re.compile(r"[-–(]?+[$€£]?+\d{1,3}+(?:,\d{3})*+(?:\.\d{1,4}+)?+\)?+%?+|[-–—]|n/?a|NM")
# A row label: words with no figure, 60 characters at most, opening with a capital ("Net interest income").
_ROW_LABEL = re.compile(r"[A-Z][^\d\n.!?:;]{1,59}+")
# How a figure cell other than a number's last digit ends: "(2.4)", "3.61%", "—", "n/a", "NM".
_FIGURE_CELL_ENDS = frozenset(")%-–—aM")
_TABLE_HEADER_CELLS = 6  # header cells looked for over a table's first row
_HEADER_CELL_LONGEST = 60


def _figure_row(source: str, piece: Piece) -> int:
    """How many figure cells end line ``piece`` after a row label (``Net income $14,208 $13,377 $12,804``: 3), or 0."""
    if piece.kind != "line" or piece.lines > 1 or piece.end - piece.start > 160:
        return 0
    if not (source[piece.end - 1].isdecimal() or source[piece.end - 1] in _FIGURE_CELL_ENDS):
        return 0  # fast path: the last word is no figure cell, which ends in a digit, a sign or "n/a"
    words = source[piece.start : piece.end].split(" ")
    n = len(words)
    while n and _FIGURE_CELL.fullmatch(words[n - 1]):
        n -= 1
    cells = len(words) - n
    label = " ".join(words[:n])
    return cells if cells >= 2 and n and _ROW_LABEL.fullmatch(label) else 0


def _is_cell(source: str, piece: Piece, pattern: re.Pattern[str]) -> bool:
    """True when ``piece`` is one line that ``pattern`` matches whole."""
    return piece.kind == "line" and piece.lines == 1 and pattern.fullmatch(source, piece.start, piece.end) is not None


def _cell_row(source: str, pieces: list[Piece], i: int) -> int:
    """How many figure cells follow the row label ``pieces[i]``, each a line of its own (two or more), or 0."""
    label = pieces[i]
    if not (2 <= label.end - label.start <= 60 and "A" <= source[label.start] <= "Z"):
        return 0  # fast path: no row label, which opens with a capital and holds 60 characters at most
    if not _is_cell(source, label, _ROW_LABEL):
        return 0
    k = i + 1
    while k < len(pieces) and k - i <= 12 and _is_cell(source, pieces[k], _FIGURE_CELL):
        k += 1
    return k - i - 1 if k - i - 1 >= 2 else 0


# A column's name over a table's figures: one to four title-case words, no figure, no closing mark.
_COLUMN_NAME_WORDS = 4
_COLUMN_NAME_LONGEST = 40


def _column_name(source: str, piece: Piece) -> bool:
    """True when ``piece`` may name a column: ``Felony Review Approval Rate``, not ``857`` nor a sentence."""
    if piece.kind != "line" or piece.lines != 1 or piece.end - piece.start > _COLUMN_NAME_LONGEST:
        return False
    text = source[piece.start : piece.end]
    return (
        text[0].isupper()
        and text[-1] not in _TERMINAL
        and len(text.split()) <= _COLUMN_NAME_WORDS
        and not any(ch.isdigit() for ch in text)
        and _title_cased(source, piece)
    )


def _headed_row(source: str, out: list[Piece], row: Piece, cells: int) -> bool:
    """True when one row printed a cell a line stands under as many column names as it has figures.

    ``Felony Review Approved`` / ``Felony Review Approval Rate`` / ``Retail Theft Charges`` / ``857`` /
    ``86%`` (xg_da_cook_2): a table of one row is a table still, as the page's longer tables are, and so
    is the row on one line under the same names, as the clean text prints it (SPEC invariant 5); a label
    over figures with no column names over it is none (``Jane Roe`` / ``34`` / ``19``).
    """
    names = [p for p in out[-3 * cells :] if p.kind != "noise"]  # noise between them is passed over (F1126-41)
    return len(names) >= cells and all(_column_name(source, p) for p in names[len(names) - cells :])


def _value_tables(source: str, pieces: list[Piece]) -> list[Piece]:
    """Read a financial table printed without its layout: header headings, then one list item a row.

    An earnings release's table (``Selected Financial Data``) loses its
    columns in a scrape: each cell on a line of its own (``Net income`` /
    ``$14,208`` / ``$13,377`` / ``$12,804``), or each row on a line
    (``Net income $14,208 $13,377 $12,804``, as the clean text prints the
    first reading, SPEC invariant 5). Two rows or more in a row, each a
    label in words and the same number (two or more) of figure cells, are
    the table's body: each row is one list item. The short lines over the
    first row that end no sentence (``(Dollars in thousands)``, ``Three
    Months Ended``, ``Dec. 31, 2025``: up to six) are its header cells,
    each a heading. A label over one figure (``Jane Roe`` / ``34``) is no
    table.
    """
    out: list[Piece] = []
    i = 0
    while i < len(pieces):
        if pieces[i].kind != "line":
            out.append(pieces[i])  # fast path: a table's first row is a line (``_figure_row``, ``_cell_row``)
            i += 1
            continue
        rows: list[Piece] = []
        width = 0
        k = i
        while k < len(pieces):
            cells = _figure_row(source, pieces[k])
            span = 1
            if not cells:
                cells = _cell_row(source, pieces, k)
                span = cells + 1
            if not cells or (width and cells != width):
                break
            width = cells
            last = pieces[k + span - 1]
            lines = sum(p.lines for p in pieces[k : k + span])
            rows.append(
                pieces[k].evolve(
                    kind="list_item",
                    end=last.end,
                    blank_after=last.blank_after,
                    lines=lines,
                    marker="",
                    marker_end=pieces[k].start,
                )
            )
            k += span
        if len(rows) < 2 and not (rows and _headed_row(source, out, rows[0], width)):
            out.append(pieces[i])
            i += 1
            continue
        head, header_cells = len(out), 0
        while head > 0 and (
            out[head - 1].kind == "noise"  # passed over, as the rendering drops it (fuzz finding F1126-41)
            or (
                header_cells < _TABLE_HEADER_CELLS
                and out[head - 1].kind == "line"
                and out[head - 1].lines == 1
                and out[head - 1].end - out[head - 1].start <= _HEADER_CELL_LONGEST
                and source[out[head - 1].end - 1] not in '.!?:;"”’'
            )
        ):
            head -= 1
            header_cells += out[head].kind != "noise"
        while head < len(out) and out[head].kind == "noise":
            head += 1  # noise over the header is no part of it
        out[head:] = [
            p if p.kind == "noise" else p.evolve(kind="heading", marker=None, marker_end=p.start) for p in out[head:]
        ]
        out += rows
        i = k
    return out


# How a line that stops mid-sentence ends, besides a letter or a digit.
_MID_SENTENCE_END = frozenset(",;-–—")
# A web address closing a line ("www.endexx.com", "acme.org/news"), which no sentence runs on from, and the
# fewest words of a line that ends so: a contact's fields ("Contact: Endexx Corporation … www.endexx.com").
_ADDRESS_END = re.compile(
    r"(?:https?://|www\.)[\w./%-]{1,200}+|[\w-]{1,63}+\.(?:com|org|net|gov|edu)(?:/[\w./%-]{0,200}+)?+"
)
_ADDRESS_LINE_WORDS = 3
# Words a title-case line may hold in lower case; a line that ends in one of them runs on ("Verdict for").
_TITLE_SMALL_WORDS = frozenset(
    ("a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "vs", "with")
)
# The small words of a title and of a subheading together (``_sentence_case_word``).
_SMALL_WORDS = _TITLE_SMALL_WORDS | _HEADING_SMALL_WORDS


def ends_mid_sentence(text: str) -> bool:
    """Whether the line ``text`` stops mid-sentence: on a comma or a dash, or on a word.

    A title-case line of two words or more whose last word is no small word
    (``Six Things Sellers Can Do``) is a finished heading, stacked over the
    next one (wire_020); one that ends in a small word is the first half of a
    wrapped headline (``Secures Guilty Verdict for``, da_006). ``headings``
    reads the line above a heading candidate by the same test.

    >>> ends_mid_sentence("Police met in"), ends_mid_sentence("Six Things Sellers Can Do")
    (True, False)
    >>> ends_mid_sentence("Secures Guilty Verdict for"), ends_mid_sentence("Police met.")
    (True, False)
    >>> ends_mid_sentence("Name & Ticker Transition"), ends_mid_sentence("Name & ticker")
    (False, True)

    A contact's line ends on its address, no sentence: ``Contact: Endexx Corporation IR@Endexx.com
    www.endexx.com`` (xk_wire_nmw_1), ``… the crowd. @djluijay`` (xe_wire_noticias_1).

    >>> ends_mid_sentence("Contact: Jane Roe jane@acme.com"), ends_mid_sentence("Tickets at www.acme.com")
    (False, False)
    """
    last = text[-1:]
    if last in _MID_SENTENCE_END:
        return bool(last)
    if not last.isalnum():
        return False
    words = text.split()
    if len(words) >= _ADDRESS_LINE_WORDS and ("@" in words[-1] or _ADDRESS_END.fullmatch(words[-1])):
        return False  # a contact's line ends on its address: "Contact: Endexx … IR@Endexx.com www.endexx.com"
    # A sign between the words is no word of the sentence: "FINRA Name & Ticker Transition" (x8_wire_prism_1).
    title = all(
        w[:1].isupper() or w[:1].isdigit() or w.lower() in _TITLE_SMALL_WORDS or not any(c.isalnum() for c in w)
        for w in words
    )
    return not (len(words) >= 2 and title and words[-1].lower() not in _TITLE_SMALL_WORDS)


def _stops_mid_sentence(source: str, piece: Piece) -> bool:
    """Whether ``piece`` is a line (or heading) that stops mid-sentence (``ends_mid_sentence``).

    >>> _stops_mid_sentence("Police met in", Piece("line", 0, 13))
    True
    >>> _stops_mid_sentence("Police met.", Piece("line", 0, 11))
    False
    """
    if piece.kind not in ("line", "heading"):
        return False
    last = source[piece.end - 1] if piece.end > piece.start else " "
    if not (last.isspace() or last.isalnum()):
        return last in _MID_SENTENCE_END  # fast path: a stop or a comma ends the text, and only it is read
    return ends_mid_sentence(" ".join(source[piece.start : piece.end].split()))


def _unmarked_lists(source: str, pieces: list[Piece]) -> tuple[Piece, ...]:
    """Turn a run of short lines after a sentence ending in ``:`` into list items without markers.

    Pages that lost their ``<li>`` bullets (da_001: ``are identified below:``
    then one ``Name, age`` a line) keep the list's shape: an introducing
    sentence, then two or more short lines with no closing full stop. The
    blank lines between them are not read and noise between them is passed
    over: ``PressRelease.text`` puts every block alone between blank lines
    and drops the noise, and the list must read the same there (SPEC
    invariant 5). The marker is empty (nothing was written). A sentence of
    three words will do (``The defendants include:``, da_021), and so will a
    media advisory's field label in capitals (``WHO:``, da_014). A line
    right under an item that only completes it, a field label and its value,
    or the value of a label left at the item's end (da_013's ``Name`` /
    ``DOB 10/3/1998`` pairs, ``Josue Castanon DOB`` / ``3/16/2006``), is
    part of that item (``_completes_item``), and so is a street address under
    a place: one item so completed is a paragraph (da_014's ``WHERE:``). A
    field line (``Conference Date: Tuesday``, wire_015) ends the list, and
    cells of a flattened table become its header headings and rows
    (``_table_rows``). A sentence that lost its colon (``The bill is
    cosponsored by``: ``_lost_colon``) introduces a list too, and under a
    list's name the items may be sentences, one a line (``Revenue was $412.5
    million.``: ``_is_sentence_item``), all of them then. Items that open
    as noun phrases end at a line that opens as a clause (``The CCSAO
    shared …``: ``_opens_with_clause``); a ``WHERE:`` value is one
    paragraph however many lines it takes (``_ONE_VALUE_LABELS``); a
    letter's date and address over its salutation are no list.
    """
    out: list[Piece] = []
    i = 0
    prose = False  # a sentence has ended above: the story has begun (a headline is no list's name)
    ages = _AGE_MARK.search(source) is not None  # no age written anywhere: no person line, so no roster
    while i < len(pieces):
        intro = pieces[i]
        out.append(intro)
        i += 1
        named = prose and _names_a_list(source, intro)
        prose = prose or (intro.kind in ("line", "paragraph") and source[intro.end - 1] in '.!?"”')
        roster = ages and _roster_below(source, pieces, i) and not _person_line(source, intro)
        if not roster and (
            intro.kind != "line"
            or _details_label(source, intro)
            or not (
                named
                or (
                    source[intro.end - 1] == ":"
                    and (_introduces_list(source, intro) or _labels_people(source, pieces, i))
                )
                or _lost_colon(source, intro)
            )
        ):
            continue
        j = i
        run: list[Piece] = []  # the items, and the noise between them (gone from the clean text, as if not there)
        items = 0
        completed = False  # a line completed an item: one item is then one value, not a list
        # A sentence over "Label: value" lines lists them ("took part:" / "Spain: National Police", Europol);
        # fields under an item or a label are an event's details (wire_015).
        fields = _is_sentence(source, intro)
        fields_only = False  # the first item is a field: the list is a list of fields
        coded = False  # the first item of a named list is a coded result ("RL26-004: …"): so are the others
        # Under a list's name ("Financial Highlights", "Third quarter highlights:"), items may be sentences.
        # After "Tips for seniors to protect themselves include:" the members may be sentences too (x3_da_sd_medicare).
        block = _first_block(source, pieces, i)
        sentences = (
            named or _names_a_list(source, intro, colon=True) or _names_its_members(source, intro)
        ) and _is_sentence_item(source, block)
        # Under a colon, one defendant a line, each "Name, age, address. Status." (x5_da_kings_target).
        # Three such lines or more are a roster whatever stands above them (``_roster_below``, ta_da_orange_2).
        people = (roster or source[intro.end - 1] == ":") and _person_line(source, block)
        # Items that open as noun phrases ("The process for presenting …") end at a clause (xp_da_cook_1).
        clauses = sentences and _opens_with_clause(source, block, loose=True)
        # "WHO:" lists its people however many lines they take, one included (x6_da_miami_3, xs_da_miami_1).
        who = source[intro.start : intro.end - 1].strip() in _PEOPLE_LABELS
        shown_last: Piece | None = None  # the last item: what stands over the piece in the rendering
        while j < len(pieces):
            piece = pieces[j]
            last = run[-1] if run else None
            if last is not None and last.kind == "list_item":
                shown_last = last
            if gone := _left_out(source, pieces, j, between=items > 0):
                run += pieces[j : j + gone]  # gone from the rendering, where the items over and under it stand together
                j += gone - 1
            elif items and (noted := _after_note_lead(source, piece)) is not None and _is_short_item(source, noted[1]):
                # "IMMEDIATE RELEASE: M h r" under an item: meta cuts the note off the line and the rendering leaves
                # it out, where the rest stands under the item above; read past the note as past a note's line.
                run += [noted[0], noted[1].evolve(kind="list_item", marker="", marker_end=noted[1].start)]
                items += 1
            elif source.startswith("Dear", piece.start) and _SALUTATION.fullmatch(source, piece.start, piece.end):
                run, items, completed = [], 0, False  # a letter's date and address over its salutation: no list
                break
            elif people and _person_line(source, piece):
                run.append(piece.evolve(kind="list_item", marker="", marker_end=piece.start))
                items += 1
            elif people:
                break
            elif sentences and _is_sentence_item(source, piece) and (clauses or not _opens_with_clause(source, piece)):
                run.append(piece.evolve(kind="list_item", marker="", marker_end=piece.start))
                items += 1
                clauses = clauses or _opens_with_clause(source, piece, loose=True)
            elif items and _heads_paragraph(source, pieces, j):
                break  # a subheading over the paragraph that restates it ends the list (x7_wire_noticias_2)
            elif sentences or not _is_short_item(
                source,
                piece,
                # Measured against the item above, past the noise and notes the rendering leaves out (F1125-71).
                (shown_last is not None and _ends_item(source, shown_last)) or _ends_item(source, piece),
                longest=_NAMED_ITEM if named or who else _clause_item_longest(source, intro, piece, shown_last),
            ):
                break
            elif named and source[piece.end - 1] in "-\u2013\u2014":
                break  # "CHICAGO –": a dateline's line, read with the story under it, is no item of a named list
            elif last and last.kind == "list_item" and piece.blank_before == 0 and _completes_item(source, last, piece):
                run[-1] = last.evolve(end=piece.end, blank_after=piece.blank_after, lines=last.lines + 1)
                completed = True
            elif (
                FIELD_LINE.match(source, piece.start, piece.end)
                and not (fields and (items == 0 or fields_only))
                and not (named and _coded_field(source, piece))
            ):
                break  # "Conference Date: Tuesday, October 1": an event's details, each field a paragraph (wire_015)
            elif fields and items and fields_only != bool(FIELD_LINE.match(source, piece.start, piece.end)):
                break  # a list of fields ends at its first line that is no field
            elif coded and not _coded_field(source, piece):
                break  # drill results end at the next line with no code ("Figure 1: Plan map …", a caption)
            elif items == 0 and fields and _event_field(source, piece):
                break  # "Details are as follows:" / "Date: Thursday, March 12": the event's details (wire_t)
            else:
                if items == 0:
                    fields_only = fields and bool(FIELD_LINE.match(source, piece.start, piece.end))
                    coded = named and _coded_field(source, piece)
                run.append(piece.evolve(kind="list_item", marker="", marker_end=piece.start))
                items += 1
            j += 1
        while run and run[-1].kind != "list_item":
            run.pop()  # noise or an end mark after the last item stays outside the list
            j -= 1
        if (items < 2 or sentences) and _introduces_tips(source, intro):
            # "Other changes … include:" / "Here are some tips …:": tips of one or two sentences (xv_da_cook_1)
            tips = _tip_items(source, pieces, i)
            if len(tips) > len(run) and sum(p.kind == "list_item" for p in tips) >= 2:
                run, items, completed = tips, sum(p.kind == "list_item" for p in tips), False
                j = i + len(run)
        # Read on the items alone: the noise and notes between them are gone from the rendering, where the items
        # stand one under another ("HARGEE" / "Case#308" / "December 6 2018": a date closing a header; F1130-15).
        shown = [p for p in run if p.kind == "list_item"]
        if 2 <= items <= _HEADER_LINES and _closing_date(source, pieces, shown, j):
            # A date that ends the page closes no statement's header: meta takes it and the rendering leaves it
            # out, where the lines over it stand alone under the colon; they are the list (fuzz F1125-37, SPEC 5).
            while run[-1] is not shown[-1]:
                run.pop()
                j -= 1
            run.pop()
            j -= 1
            while run and run[-1].kind != "list_item":
                run.pop()
                j -= 1
            items -= 1
            shown.pop()
        if items >= 2 and _no_parallel_items(source, pieces, shown, j):
            continue  # a statement's header, or the subheads of the sections under the colon: no list
        one_value = source[intro.start : intro.end - 1] in _ONE_VALUE_LABELS
        if one_value and items >= 2 and len(run) == items and all(p.blank_before == 0 for p in run[1:]):
            # "WHERE:" / a venue / its street / its city and ZIP code: one place however many lines, one
            # paragraph (xp_da_miami_1)
            lines = sum(p.lines for p in run)
            joined = run[0].evolve(end=run[-1].end, blank_after=run[-1].blank_after, lines=lines)
            out.append(joined.evolve(kind="line", marker=None, marker_end=joined.start))
            i = j
        elif items >= 2:
            out += _table_rows(source, run) if len(run) == items else run
            i = j
        elif who and items == 1 and len(run) == 1 and not completed:
            # "WHO:" / "State Attorney …, Chief …, Major …": its people on one line, one item; a line of people
            # whose breaks the scrape lost is cut where the lead's participants end and begin (da_015)
            out += _cut_participants(source, run[0])
            i = j
        elif completed and len(run) == 1:  # "WHERE:" / a venue and its street address: one paragraph (da_014)
            out.append(run[0].evolve(kind="line", marker=None, marker_end=run[0].start))
            i = j
    return tuple(out)


def _heads_paragraph(source: str, pieces: list[Piece], j: int) -> bool:
    """True when line ``j`` is a subheading that the paragraph under it restates, as ``_named_heading`` reads them.

    A subheading printed on one line with its paragraph is cut off it (``Navigating Texas Medical Malpractice
    Laws Texas law imposes …``, x7_wire_noticias_2); the rendering sets it alone over that paragraph, under a
    line that ends a list's lead-in (``… a guide on its website:`` / ``🔗 https://…``), and must read it as the
    subheading it was, not as the list's next item (SPEC 5). Read on the two lines as one.
    """
    piece = pieces[j]
    if piece.kind != "line" or piece.lines != 1 or j + 1 >= len(pieces) or pieces[j + 1].kind != "line":
        return False
    below = pieces[j + 1]
    return _named_heading(source, piece.start, below.end) == below.start


# The longest subhead in capitals read over a section (``_caps_line``): "USS GERALD R. FORD (CVN-78) CONSTRUCTION".
_CAPS_SUBHEAD = 80


def _caps_line(source: str, piece: Piece) -> bool:
    """A short line in capitals, four letters or more, no closing stop: ``RADFORD ARMY AMMUNITION PLANT``.

    >>> _caps_line("HAMPTON ROADS", Piece("line", 0, 13)), _caps_line("Hampton Roads", Piece("line", 0, 13))
    (True, False)
    """
    if (
        piece.kind not in ("line", "list_item")
        or piece.end - piece.start > _CAPS_SUBHEAD
        or source[piece.end - 1] in _STOPS
    ):
        return False
    text = source[piece.start : piece.end]
    return text.isupper() and sum(ch.isalpha() for ch in text) >= 4


def _date_line(source: str, piece: Piece) -> bool:
    """A date alone on its line, ``June 15, 2006``: a statement's or a letter's date, meta's to take.

    >>> _date_line("June 15, 2006", Piece("line", 0, 13)), _date_line("Senator Ron Wyden", Piece("line", 0, 17))
    (True, False)
    """
    if piece.end - piece.start > _LONGEST_DATE_LINE or not source[piece.end - 1].isdigit():
        return False
    return parse_date(source[piece.start : piece.end]) is not None


# The longest date alone on its line: "Wednesday, September 19, 2007".
_LONGEST_DATE_LINE = 40


def _no_parallel_items(source: str, pieces: list[Piece], run: list[Piece], j: int) -> bool:
    """True when the short lines ``run`` under a colon are no list: they are not items of one kind.

    Two or three lines closed by a date alone, the lines above it no dates, are a statement's header:
    ``… statement removing his hold today follows:`` / ``Statement for the Record`` / ``Senator Ron
    Wyden`` / ``June 15, 2006`` / the statement (yb_senate_wyden_1): a title, a speaker and a date,
    headings and a date line; a longer run, or a date among its items, stays a list. Lines in
    capitals over a paragraph, with another line in capitals past that paragraph (or the one after), are
    the subheads of sections: ``… for the following projects:`` / ``RADFORD`` / ``RADFORD ARMY AMMUNITION
    PLANT`` / a paragraph / ``HAMPTON ROADS`` / … (yb_senate_warner_1); names in capitals over the story's
    paragraphs with no such sibling stay a list. Dates alone, every one, are a list of dates.
    """
    if len(run) <= _HEADER_LINES and _date_line(source, run[-1]) and not any(_date_line(source, p) for p in run[:-1]):
        return True  # a title, a speaker and the date under them: the date closes the header
    if not all(_caps_line(source, p) for p in run):
        return False
    seen = 0
    for k in range(j, len(pieces)):
        block = pieces[k]
        if _left_out(source, pieces, k):
            continue
        if seen and _caps_line(source, block):
            return True
        seen += 1  # the section's paragraph, then its sibling's subhead (or one more paragraph)
        if (
            seen >= _SECTION_LINES
            or block.kind != "line"
            or source[block.start : block.end].rstrip()[-1:] not in _TERMINAL
        ):
            return False
    return False


def _closing_date(source: str, pieces: list[Piece], run: list[Piece], j: int) -> bool:
    """True when the last of the items ``run`` is a date alone that ends the page, the only date among them.

    Over a statement such a date closes its header (``_no_parallel_items``); with no block under it, it heads
    nothing and is the page's closing ``date`` meta, left out of the rendering (fuzz F1125-37, SPEC 5). Noise
    and end marks after it are passed over, a few of them (bounded: linear).
    """
    if not _date_line(source, run[-1]) or any(_date_line(source, p) for p in run[:-1]):
        return False
    return all(_left_out(source, pieces, k) for k in range(j, min(len(pieces), j + _HEADER_LINES * 3))) and (
        j + _HEADER_LINES * 3 >= len(pieces)
    )


# The most lines of a statement's header under a colon (``_no_parallel_items``): title, speaker, date.
_HEADER_LINES = 3


# The blocks ``_no_parallel_items`` reads past a run of subheads: two paragraphs, then the sibling's subhead.
_SECTION_LINES = 3


# The last words of a lead-in whose tips or changes follow, one a line: "… include:", "… are:", "as follows:".
_TIPS_LEAD_WORDS = frozenset(("include", "includes", "are", "follows"))
# "Here are ways scammers work:", "… signs of fraud. Here are some tips to evade rental scams:".
_HERE_ARE = re.compile(r"Here(?:[ \u00a0]++(?:are|is)|[’']s)[ \u00a0][^.!?:\n]{0,120}+:$")
# What the story's narrative says and a tip does not: the writer's "I", a report ("announced", "said"), the
# subject's further deeds ("Burke has also championed …").
_NARRATIVE = re.compile(r"(?<![\w’'])(?:I|announced|said|says|stated|(?:has|have|had|will)[ \u00a0]++also)(?![\w’'-])")
# The longest tip line: one or two sentences.
_TIP_LINE = 300


def _bullet_below(source: str, below: Piece | None, marker: str) -> bool:
    """True when ``below`` opens with ``marker`` as a bullet: the list glued to the line above goes on there.

    ``Acme Opens a Plant in Lyon-\u00a0Jobs for 300 workers`` / ``-\u00a0A second plant in May``.
    """
    if below is None or not source.startswith(marker, below.start):
        return False
    return _LINE_BULLET.match(source, below.start, below.end) is not None


def _contact_label(source: str, piece: Piece) -> bool:
    """A line opening a media-contact block (``meta.contact_label``): a list reads over it as over noise.

    The meta stage takes it, and the rendering drops it (SPEC 5).

    >>> _contact_label("Contact:", Piece("line", 0, 8)), _contact_label("Contacts rose.", Piece("line", 0, 14))
    (True, False)
    """
    if piece.kind != "line" or piece.end - piece.start > 200:
        return False
    return contact_label(source, (piece.evolve(kind="paragraph"),), 0)


def _introduces_tips(source: str, intro: Piece) -> bool:
    """A sentence ending ``include:``, ``are:``, ``as follows:``, or one opening ``Here are …:``: tips follow.

    >>> _introduces_tips("Tips for seniors include:", Piece("line", 0, 25))
    True
    >>> _introduces_tips("Fraud is rising. Here are some tips to evade scams:", Piece("line", 0, 51))
    True
    >>> _introduces_tips("District Attorney Roe said:", Piece("line", 0, 27))
    False
    """
    if source[intro.end - 1] != ":" or not _is_sentence(source, intro):
        return False
    words = source[max(intro.start, intro.end - 40) : intro.end - 1].split()
    if words and words[-1].lower() in _TIPS_LEAD_WORDS:
        return True
    here = source.rfind("Here", max(intro.start, intro.end - 130), intro.end)
    return here >= 0 and _HERE_ARE.match(source, here, intro.end) is not None


def _tip_line(source: str, piece: Piece) -> bool:
    """A tip alone on its line: one or two sentences, or one phrase that lost its stop; no story narrative.

    >>> def tip(text: str) -> bool:
    ...     return _tip_line(text, Piece("line", 0, len(text)))
    >>> tip("Meet your landlord in person. Avoid a cyber transaction."), tip("Don’t settle for an exterior tour.")
    (True, True)
    >>> tip("Burke has also championed legislation. It passed."), tip("American Friends of Magen David Adom")
    (False, False)
    >>> tip("Date: Thursday, March 12, 2026"), tip("One sentence. Two sentences. Three sentences.")
    (False, False)
    """
    if piece.kind != "line" or piece.lines > 1 or piece.blank_before > 1 or piece.end - piece.start > _TIP_LINE:
        return False
    first, last = source[piece.start], source[piece.end - 1]
    if not (first.isupper() or first.isdigit()) or not (last == "." or last.isalnum()):
        return False
    if FIELD_LINE.match(source, piece.start, piece.end):
        return False  # "Date: Thursday, March 12": an event's details (wire_t)
    if (
        last != "."
        and sum(w[:1].islower() and w not in _TITLE_SMALL_WORDS for w in source[piece.start : piece.end].split()) < 2
    ):
        return False  # "DONNA COOPER", "American Friends of Magen David Adom": a heading, no tip that lost its stop
    for gaps, _ in enumerate(_gaps(_SENTENCE_GAP, source, piece.start, piece.end), 1):
        if gaps > 1:
            return False  # three sentences: a paragraph
    return _NARRATIVE.search(source, piece.start, piece.end) is None


def _tip_items(source: str, pieces: list[Piece], i: int) -> list[Piece]:
    """The tips from ``pieces[i]`` on (``_tip_line``), with the noise between them, up to the story's narrative.

    What the rendering leaves out is read past (``_left_out``), from between two tips as from between short
    items: the tips over and under it stand together there (fuzz F1125-71).

    The run ends at a line that is no tip (three sentences, a report, the writer's ``I``) or that opens with
    the story's clause (``The CCSAO shared …``) under tips that do not; a last tip that lost its stop under
    tips that kept theirs is the closing pointer (``To learn more …, visit Medicare.gov/fraud``), no tip.
    """
    run: list[Piece] = []
    block = _first_block(source, pieces, i)
    if _person_line(source, block):
        return []  # "Jane Roe, 25, of Leeds": a list of people (the short items' rule)
    clauses = _opens_with_clause(source, block, loose=True)
    tips = 0
    while i < len(pieces):
        piece = pieces[i]
        if gone := _left_out(source, pieces, i, between=tips > 0):
            run += pieces[i : i + gone]  # gone from the rendering, where the tips over and under it stand together
            i += gone - 1
        elif _tip_line(source, piece) and (clauses or not _opens_with_clause(source, piece)):
            run.append(piece.evolve(kind="list_item", marker="", marker_end=piece.start))
            clauses = clauses or _opens_with_clause(source, piece, loose=True)
            tips += 1
        else:
            break
        i += 1
    while run and run[-1].kind != "list_item":
        run.pop()
    stopped = any(p.kind == "list_item" and source[p.end - 1] == "." for p in run)
    if run and stopped and source[run[-1].end - 1] != ".":
        run.pop()
        while run and run[-1].kind != "list_item":
            run.pop()
    return run


# The longest bare list line of clauses under a sentence ending in ``:``, each of which lost its ``<li>`` and
# its stop (xj_da_la_1's evidence, 90 to 260 characters a line).
_CLAUSE_ITEM = 300


def _clause_item_longest(source: str, intro: Piece, piece: Piece, last: Piece | None) -> int:
    """The longest bare item under ``intro``: ``_CLAUSE_ITEM`` for one-line clauses under a colon sentence.

    The LA County page prints a list's items one a line without their bullets and their stops: ``… to
    support the grand jury’s probable cause finding. Among them:`` / ``No evidence of aggression by the
    victim, who was unarmed, and didn’t possess a serious threat to officers`` / … (xj_da_la_1). A line of
    prose that lost its stop under a colon is an item however long, while the items above it lost theirs
    too (an item ending in a stop or a semicolon ends a list written as one sentence: a caption under it
    is none); elsewhere only a short line is (``_SHORT_ITEM``). A clause hard-wrapped over two lines is one too:
    the rendering sets it on one line, where a re-parse reads it so (fuzz finding F1128-17).
    """
    parallel = last is None or (last.kind == "list_item" and source[last.end - 1].isalnum())
    return _CLAUSE_ITEM if parallel and _is_sentence(source, intro) and source[intro.end - 1] == ":" else _SHORT_ITEM


def _labels_people(source: str, pieces: list[Piece], i: int) -> bool:
    """True when the bare label ending in ``:`` before ``pieces[i]`` heads one ``Name, age, city`` a line.

    ``Defendants:`` / ``Tanya King, 37, Beverly Hills`` (xa_da_orange_1): a label of one to three capitalised
    words names the list its person lines make, as ``The defendants include:`` does.
    """
    intro = pieces[i - 1]
    words = source[intro.start : intro.end - 1].split()
    return 1 <= len(words) <= 3 and words[0][0].isupper() and _person_line(source, _first_block(source, pieces, i))


def _event_field(source: str, piece: Piece) -> bool:
    """True for a field line that gives an event's details: ``Date: Thursday``, ``Conference ID: 4829``.

    Its label's last word names a detail (``EVENT_FIELD_WORDS``); a list of fields names members
    (``Spain: National Police``, Europol).

    >>> _event_field("Time: 10:00 a.m. ET", Piece("line", 0, 19)), _event_field("Spain: Police", Piece("line", 0, 13))
    (True, False)
    """
    field = FIELD_LINE.match(source, piece.start, piece.end)
    if field is None:
        return False
    label = source[field.start() : field.end()].rstrip(" \t\u00a0:").split()
    return bool(label) and label[-1].lower() in EVENT_FIELD_WORDS


def _lost_colon_lists(source: str, pieces: tuple[Piece, ...]) -> tuple[Piece, ...]:
    """Turn the blocks under a sentence that lost its colon into list items without markers.

    A sentence cannot end in ``would`` or ``to``: a block that does (``The
    Identity Theft Enforcement and Restitution Act of 2007 would``,
    senate_006) introduces a list whose colon was lost, and the blocks under
    it that open like its clauses (``Give victims …``, ``Ensure that …``:
    ``_opens_clause``) are its items, however long, up to the first block
    that does not; two at least. So are the clauses under a sentence that
    kept its colon there (``Provisions in the legislation will:`` / ``Make
    permanent a provision …`` / ``Allow all veterans …``, each of several
    sentences: too long for ``_unmarked_lists``' short items), or its name
    in title case (``Baucus Defenders of Freedom Tax Relief Act Would:``). ``_lost_colon_items`` reads the same list
    inside a punctuation-stripped stretch; this rule reads it where each item
    stands on its own line, as the clean text puts them (SPEC invariant 5).
    Noise and end marks between the items are passed over, as the rendering
    drops them. The names the clauses must not open with (``Leahy said``) are
    the capitalised words found inside a sentence anywhere in the document,
    read once.
    """
    names: set[str] | None = None
    out = list(pieces)
    i = 0
    while i < len(out):
        intro = out[i]
        i += 1
        if intro.kind != "line":
            continue
        # "… would" (colon lost) or "… will:" (x4_senate_grassley_1): a modal's clauses follow, each on its line.
        colon = source[intro.end - 1] == ":"
        if not (colon or source[intro.end - 1].isalpha()):
            continue
        modal = _word_before(source, intro.end - colon, intro.start)
        count = 0 if colon else _counted_members(source[max(intro.start, intro.end - 60) : intro.end])
        if count and _is_sentence(source, intro):
            # "… has two components" (colon lost): the next that many lines, as ``_stripped_cuts`` reads them.
            items = _lines_under(source, out, i, _true, most=count)
            if len(items) == count:
                for k in items:
                    out[k] = out[k].evolve(kind="list_item", marker="", marker_end=out[k].start)
                i = items[-1] + 1
            continue
        # "… septicemia including" over "Monitoring …" / "Testing …": its "-ing" clauses (``_gerund_items``).
        including = not colon and modal in _INCLUDING
        if not (including or (modal.lower() if colon else modal) in _LOST_COLON) or not _is_sentence(source, intro):
            continue
        if names is None:
            names = {m.group() for m in _MID_CAPITAL.finditer(source)}
        if including:
            items = _lines_under(source, out, i, functools.partial(_gerund_piece, source))
        else:
            items = _lines_under(source, out, i, functools.partial(_clause_piece, source, names))
        if len(items) >= 2:
            for k in items:
                out[k] = out[k].evolve(kind="list_item", marker="", marker_end=out[k].start)
            i = items[-1] + 1
    return tuple(out)


def _gerund_piece(source: str, piece: Piece) -> bool:
    return _opens_gerund(source, piece.start, piece.end)


def _clause_piece(source: str, names: set[str], piece: Piece) -> bool:
    return _opens_clause(source, piece.start, piece.end, names)


def _true(piece: Piece) -> bool:
    """Take any line (``_lines_under``: a counted lead-in's members, whatever they open with)."""
    return True


def _lines_under(
    source: str, pieces: list[Piece], j: int, accepts: Callable[[Piece], bool], *, most: int = 0
) -> list[int]:
    """The indexes of the ``line`` pieces from ``j`` on that ``accepts`` takes, up to the first it does not.

    With ``most``, no more than that many (a counted lead-in's members: the scan stops there).

    Noise and end marks between them are passed over, as the rendering drops them (a list read in the
    raw text reads the same in the clean text, SPEC invariant 5).
    """
    items: list[int] = []
    while j < len(pieces):
        piece = pieces[j]
        if _left_out(source, pieces, j):
            j += 1
            continue
        if piece.kind != "line" or not accepts(piece):
            break
        items.append(j)
        if len(items) == most:
            break
        j += 1
    return items


# A provision of a funding list: an amount, then what it is for ("$2,500,000 for Route D Road …", "$1.2 million to …").
_AMOUNT_ITEM = re.compile(r"[$€£]\d[\d,.]*+(?: (?:million|billion|thousand))? (?:for|to|in) ")


# The same provision in a punctuation-stripped page, "$" and "," lost: "232 750 for Morris Township Volunteer Fire
# Company in Tioga County" (yb_senate_specter_1); its lead-in lost its colon too.
_STRIPPED_AMOUNT_ITEM = re.compile(r"\d{1,3}+(?: \d{3}+)++ (?:for|to) (?=[A-Z])")
# Where a page may hold one, read once over the page (each match a fixed width: linear).
_STRIPPED_AMOUNT = re.compile(r"\d \d{3} (?:for|to) [A-Z]")
# Its tail, looked for first: a scan for a digit tries the rest at every figure of the page.
_AMOUNT_USE = re.compile(r" (?:for|to) [A-Z]")
# A project's entry in a stripped funding list: its award, "Rockwell Collins in Portland would receive  9 million for
# …" (the "$" left a second space), or an amount in millions and its use, "2 5 million for …", "7 million would go
# to …" (xt_senate_smith_1). Read only under a lead-in ending "as follows" (``_FOLLOWS``).
_STRIPPED_AWARD = re.compile(r"[A-Z][^\n]{0,160}?(?<= )(?:would|will)[ ]++receive[ ]++(?:a[ ]++total[ ]++of[ ]++)?+\d")
_STRIPPED_MILLIONS = re.compile(r"\d{1,3}+(?:[ ]\d{1,3}+)?+[ ](?:million|billion)[ ](?:for|to|would)[ ]")
# Where a page may hold an award, read once over the page (the clean text shows one space before the amount).
_STRIPPED_AWARDED = re.compile(r"(?:would|will)[ ]receive[ ]{1,2}+\d")


def _amount_piece(source: str, piece: Piece) -> bool:
    return _AMOUNT_ITEM.match(source, piece.start, piece.end) is not None


def _stripped_amount_piece(source: str, piece: Piece) -> bool:
    return _STRIPPED_AMOUNT_ITEM.match(source, piece.start, piece.end) is not None


def _stripped_entry_piece(source: str, piece: Piece) -> bool:
    return (
        _STRIPPED_MILLIONS.match(source, piece.start, piece.end) is not None
        or _STRIPPED_AWARD.match(source, piece.start, min(piece.end, piece.start + 200)) is not None
    )


def _amount_lists(source: str, pieces: tuple[Piece, ...]) -> tuple[Piece, ...]:
    """Turn the amounts listed under a sentence ending in ``:`` into list items without markers.

    ``Bond secured funds for the following critical transportation
    projects:`` / ``$2,500,000 for Route D Road … in Caruthersville. Funds
    will provide for …`` / ``$1,000,000 for …`` (xf_senate_bond_2): each
    line opens with an amount and what it is for, however many sentences
    follow; two at least (one alone reads as a paragraph: ``meta._orphan_items``).
    Noise and end marks between them are passed over, as the rendering drops them.
    A page stripped of its punctuation lost the ``$``, the commas and the
    lead-in's colon: ``… companies were approved for funding`` / ``232 750
    for Morris Township Volunteer Fire Company in Tioga County`` / ``226 100
    for …`` (yb_senate_specter_1) lists its amounts the same way.

    >>> src = "Funds went to these projects:\\n$2,500 for roads. It helps.\\n$900 for bridges."
    >>> from pressparse.blocks import group_lines
    >>> from pressparse.layout import split_lines as lines
    >>> [p.kind for p in split_lines(src, group_lines(src, lines(src)))]
    ['line', 'list_item', 'list_item']
    >>> src = "Funds went to these companies\\n232 750 for Acme Fire Company\\n45 078 for Leeds Rescue"
    >>> [p.kind for p in split_lines(src, group_lines(src, lines(src)))]
    ['line', 'list_item', 'list_item']
    """
    stripped = any(
        m.start() >= 5 and _STRIPPED_AMOUNT.match(source, m.start() - 5) for m in _AMOUNT_USE.finditer(source)
    )
    awarded = "receive" in source and _STRIPPED_AWARDED.search(source) is not None
    if "$" not in source and "€" not in source and "£" not in source and not (stripped or awarded):
        return pieces
    out = list(pieces)
    i = 0
    while i < len(out):
        intro = out[i]
        i += 1
        if intro.kind != "line" or not _is_sentence(source, intro):
            continue
        if source[intro.end - 1] == ":":
            items = _lines_under(source, out, i, functools.partial(_amount_piece, source))
        elif awarded and _word_before(source, intro.end, intro.start) in _FOLLOWS:
            # "… would receive funding are as follows" over its entries, each an award or an amount's use.
            items = _lines_under(source, out, i, functools.partial(_stripped_entry_piece, source))
        elif stripped and source[intro.end - 1].isalpha():
            items = _lines_under(source, out, i, functools.partial(_stripped_amount_piece, source))
        else:
            continue
        if len(items) >= 2:
            for k in items:
                out[k] = out[k].evolve(kind="list_item", marker="", marker_end=out[k].start)
            i = items[-1] + 1  # an item is no lead-in of the items under it
    return tuple(out)


# What a punctuation-stripped block has none of: a stop, a comma, a colon, a bracket, a quotation mark.
_STRIPPED_MARKS = frozenset(".,;:!?()[]\"“”‘’'")


def _stripped_kind(source: str, piece: Piece) -> str:
    """``title``, ``item`` or ``""``: how a ``line`` piece with no punctuation at all reads in a stripped summary.

    A title is a short title-case line (``Title I  Border Security``:
    ``_is_stripped_heading``); an item is a clause of four words or more
    that opens with a capital and holds two lower-case words that are no
    small words of a title (``Requires the development of …``; a header run
    together, ``Statement of Senator Roe on Senate Bills … FOR IMMEDIATE
    RELEASE``, is none).
    """
    if piece.kind != "line" or piece.end - piece.start > 2000:
        return ""
    return _stripped_shape(source[piece.start : piece.end])


def _stripped_shape(text: str) -> str:
    """``title``, ``item`` or ``""``: ``_stripped_kind`` of a line's text, its runs of spaces read as one.

    >>> _stripped_shape("Title I  Border Security"), _stripped_shape("Requires the development of plans")
    ('title', 'item')
    >>> _stripped_shape("Allows for f"), _stripped_shape("Requires updating of the Job Bank to make sure:")
    ('', '')
    """
    if not text[:1].isupper() or not _STRIPPED_MARKS.isdisjoint(text):
        return ""
    words = text.split()
    if _is_stripped_heading(" ".join(words)):
        return "title"
    clause = sum(w[:1].islower() and len(w) >= 3 and w not in _HEADING_SMALL_WORDS for w in words) >= 2
    return "item" if len(words) >= 4 and clause else ""


def _stripped_sections(source: str, pieces: tuple[Piece, ...]) -> tuple[Piece, ...]:
    """Read a punctuation-stripped bill summary set one block a line: title lines head the items under them.

    ``_stripped_cuts`` reads a summary inside a stripped stretch from its
    line-break runs (senate_005: ``Title I  Border Security   Requires …``).
    The clean text puts each of its lines alone between blank lines, and has
    nothing but the words left: a run of blocks with no punctuation at all
    (``_stripped_kind``) holding two sections or more, each a title line
    right over an item, is that summary (SPEC invariant 5). Each title
    heads the blocks under it up to the next; a title right over the first
    section's title is the summary's own (``McCain Kennedy Kolbe Flake
    Gutierrez Bill at a Glance``), and a title over no item is the last item
    of its section (``Establishes a Border Security Advisory Committee``), as
    ``_stripped_cuts`` reads them. Noise and end marks between the blocks are passed
    over, as the rendering drops them. A dateline over its story
    (``WASHINGTON  D C    U S  Senator …``) is no title: the clean text joins
    the two.
    """
    kinds = [_stripped_kind(source, p) if p.kind == "line" else "" for p in pieces]
    if kinds.count("title") < 2:
        return pieces  # fast path: no summary has fewer than two section titles
    out = list(pieces)
    blocks = [k for k in range(len(pieces)) if not _left_out(source, pieces, k)]
    for n, k in enumerate(blocks[:-1]):
        if kinds[k] == "title" and kinds[blocks[n + 1]] == "item":
            # A dateline over its story ("WASHINGTON  D C    U S  Senator …"): the clean text joins the two.
            stop = min(pieces[blocks[n + 1]].end, pieces[k].start + 300)
            if parse_dateline(source[pieces[k].start : stop]) is not None:
                kinds[k] = ""
    n = 0
    while n < len(blocks):
        # A run: a title, maybe the summary's title over it, then sections of a title and its items.
        m = n
        while m < len(blocks) and kinds[blocks[m]]:
            m += 1
        run = blocks[n:m]
        n = max(m, n + 1)
        labels = _section_labels([kinds[k] for k in run])
        if labels.count("heading") >= 2:  # (else no label at all)
            for k, label in zip(run, labels, strict=True):
                if label == "heading":
                    out[k] = out[k].evolve(kind="heading")
                elif label == "item":
                    out[k] = out[k].evolve(kind="list_item", marker="", marker_end=out[k].start)
    return tuple(out)


def _section_labels(kinds: list[str]) -> list[str]:
    """Label a run of stripped ``title``/``item`` blocks: ``heading``, ``item``, or ``""`` (left as it is).

    A section title is a title right over an item; with fewer than two the
    run is no summary. The blocks before the first section are left alone
    (the story), but a title right over the first section title (the
    summary's own). After it every block is a heading or an item: a title
    over no item is the last item of its section.

    >>> _section_labels(["item", "title", "title", "item", "item", "title", "item", "title"])
    ['', 'heading', 'heading', 'item', 'item', 'heading', 'item', 'item']
    """
    labels = [""] * len(kinds)
    sections = {k for k in range(len(kinds) - 1) if kinds[k] == "title" and kinds[k + 1] == "item"}
    if len(sections) < 2:
        return labels
    first = min(sections)
    if first > 0 and kinds[first - 1] == "title":
        labels[first - 1] = "heading"
    for k in range(first, len(kinds)):
        labels[k] = "heading" if k in sections else "item"
    return labels


# The characters an end mark opens with (``meta._END_MARK``): "###", "-30-", "—", "30", "ENDS", "./.".
_END_MARK_STARTS = frozenset("#-–—－3eE.")


def is_end_mark(source: str, piece: Piece) -> bool:
    """An end mark alone on its line (``###``, ``-30-``): meta takes it wherever it stands (``meta.end_mark``).

    The clean rendering leaves it out as it leaves out noise, so a list reads over it alike (SPEC 5).
    """
    if not 0 < piece.end - piece.start <= 80 or source[piece.start] not in _END_MARK_STARTS:
        return False  # a fast path: an end mark is a short line that opens with "#", a dash, "30" or "ENDS"
    if piece.kind not in ("line", "paragraph", "heading"):
        return False
    return end_mark(source, (piece.evolve(kind="paragraph"),), 0)


def _table_rows(source: str, items: list[Piece]) -> list[Piece]:
    """Read unmarked items as a table printed one cell a line, when they are one; else return them as they are.

    da_003: ``Charge`` / ``Age of Victim at Time of Abuse`` / ``Years of
    Incidents`` / ``Criminal Sexual Assault`` / ``14 years old`` / ``1996`` /
    …: a page that drops a table's layout prints its cells in reading order.
    The items are a table of ``n`` columns (two to six, the fewest that fit)
    when they fill three rows or more, the first row (the header) holds no
    digit and is in title case, and in every column the cells of the other
    rows agree on opening with a digit or not, one column at least with a
    digit (``1996``). The header cells become headings, each other row one
    item. Otherwise the items may be the header cells over whole rows
    (``_joined_rows``). A list without such a header (``Jane Roe`` / ``34``)
    stays a list.
    """
    if len(items) < 4:
        return items  # two header cells over two rows, the least a table is
    cells = [source[p.start : p.end] for p in items]
    for n in range(2, 7):
        if len(cells) % n or len(cells) // n < 3:
            continue
        header = cells[:n]
        if any(
            any(ch.isdigit() for ch in cell) or not _is_header_cell(cell) or sum(map(str.isalpha, cell)) < 2
            for cell in header
        ):
            break  # no header row (a column is named in words, not one letter): no table of cells for any width
        rows = range(n, len(cells), n)
        # The clean text prints each row on one line, where ``_joined_rows`` reads the table again: its rows
        # must agree there too, in shape (``_rows_agree``; fuzz finding F1126-29).
        if (
            any(all(cells[r + k][0].isdigit() for r in rows) for k in range(n))
            and all(cells[r + k][0].isdigit() == cells[n + k][0].isdigit() for r in rows for k in range(n))
            and _rows_agree([" ".join(cells[r : r + n]) for r in rows], n)
        ):
            head = [p.evolve(kind="heading", marker=None, marker_end=p.start) for p in items[:n]]
            body = [
                items[r].evolve(
                    end=items[r + n - 1].end,
                    blank_after=items[r + n - 1].blank_after,
                    lines=sum(p.lines for p in items[r : r + n]),
                )
                for r in rows
            ]
            return head + body
    return _joined_rows(source, items, cells)


def _is_header_cell(cell: str) -> bool:
    """A table's header cell: a short title-case name, read without marks and a unit in brackets.

    ``Plea / Verdict`` and ``Sentence (years)`` name columns as ``Plea`` and ``Sentence`` do (da_l).

    >>> _is_header_cell("Plea / Verdict"), _is_header_cell("Sentence (in years)"), _is_header_cell("Guilty plea")
    (True, True, False)
    """
    words: list[str] = []
    depth = 0
    for word in cell.split():
        if depth == 0 and not word.startswith("(") and any(ch.isalnum() for ch in word):
            words.append(word)
        depth += word.count("(") - word.count(")")
    return bool(words) and cell[:1].isupper() and _is_stripped_heading(" ".join(words))


# A word's class in a table row's shape: a figure, a capitalised word, a lower-case word, anything else.
def _shape(cell: str) -> str:
    """The classes of a row's words, runs collapsed: ``Criminal Sexual Assault 14 years old 1996`` -> ``CDlD``."""
    shape = ""
    for word in cell.split():
        first = word[0]
        kind = "D" if first.isdigit() else "C" if first.isupper() else "l" if first.islower() else "o"
        if not shape.endswith(kind):
            shape += kind
    return shape


def _joined_rows(source: str, items: list[Piece], cells: list[str]) -> list[Piece]:
    """Read unmarked items as a table's header cells over its rows one a line, when they are; else as they are.

    The clean text of a table read by ``_table_rows`` puts each header cell
    and each row on a line of its own (``Charge`` / ``Age of Victim at Time of
    Abuse`` / ``Years of Incidents`` / ``Criminal Sexual Assault 14 years old
    1996`` / …, da_003), and so does a page that prints a row a line. The
    header is the two to six cells that open the list in title case with no
    digit; the rows are the two or more items under them (a header and two
    rows fill the three rows ``_table_rows`` asks for), each holding a
    digit and a word a column at least, all of one shape (``_shape``: the
    words' classes in order, so a list of highlights, ``Revenue up 12%`` /
    ``EPS of $0.45``, is no table).
    """
    n = 0
    while n < len(cells) and n <= 6 and not any(ch.isdigit() for ch in cells[n]) and _is_header_cell(cells[n]):
        n += 1
    rows = cells[n:]
    if not 2 <= n <= 6 or len(rows) < 2 or any(sum(map(str.isalpha, cell)) < 2 for cell in cells[:n]):
        return items
    if not _rows_agree(rows, n):
        return items
    return [p.evolve(kind="heading", marker=None, marker_end=p.start) for p in items[:n]] + items[n:]


def _rows_agree(rows: list[str], n: int) -> bool:
    """True when ``rows``, each a table's row on one line, hold a digit and ``n`` words each, all of one shape.

    The shape (``_shape``) leaves out lower-case words: they go on with the cell a capital or a figure
    opens (``Assault 14 years old 1996`` and ``Criminal sexual abuse 15 years old 1998`` are both ``CDD``),
    so a cell of one word and a cell of three agree, as ``_table_rows`` reads them cell by cell.

    >>> _rows_agree(["Assault 14 years old 1996", "Criminal sexual abuse 15 years old 1998"], 3)
    True
    >>> _rows_agree(["Revenue up 12%", "EPS of $0.45"], 2)
    False
    """
    shape = _cell_shape(rows[0])
    return all(any(ch.isdigit() for ch in row) and len(row.split()) >= n and _cell_shape(row) == shape for row in rows)


def _cell_shape(row: str) -> str:
    """``_shape`` of a row, its lower-case words left out: ``Criminal sexual abuse 15 years old 1998`` -> ``CD``."""
    return "".join(kind for kind, _ in itertools.groupby(_shape(row).replace("l", "")))


# A field label and its value on a line of their own: "DOB 10/3/1998", "Age: 34".
_LABEL = r"(?:[A-Z]{2,5}+|[A-Z][a-z]{1,11}+:)"
_ITEM_FIELD = re.compile(rf"{_LABEL}[ \t\u00a0]*+[#:]?[ \t\u00a0]*+\(?\d[\d/.,:()\- ]*+$")
# A bare value ("3/16/2006") and the label left at the end of the line above it ("Josue Castanon DOB").
_VALUE = re.compile(r"\(?\d[\d/.,:()\- ]*+$")
_LABEL_END = re.compile(rf"(?<![^\s]){_LABEL}:?$")


def _completes_item(source: str, item: Piece, piece: Piece) -> bool:
    """True when line ``piece`` only completes list item ``item``: a field line, or the value of its last label.

    A bare value under an item that does not end in a label is a cell of a
    flattened table (da_003: ``14 years old`` / ``1996``), not a completion.
    A street address completes the place above it (``Miami-Dade State
    Attorney’s Office`` / ``1350 N.W. 12th Avenue, Room S-418``, da_014),
    unless that is an address too (a list of addresses), and a time of day
    completes the date above it (an advisory's ``WHEN:``: ``Thursday, July
    10, 2025`` / ``6:00 p.m. MST``).
    """
    if piece.lines != 1:
        return False
    if _ITEM_FIELD.match(source, piece.start, piece.end):
        return True
    if _is_street_address(source, piece.start, piece.end):
        return not _is_street_address(source, item.start, item.end)
    if _CLOCK_TIME.match(source, piece.start, piece.end) and piece.end - piece.start <= _CLOCK_LINE:
        return _CALENDAR_DATE.search(source, max(item.start, item.end - 30), item.end) is not None
    return bool(_VALUE.match(source, piece.start, piece.end)) and bool(
        _LABEL_END.search(source, max(item.start, item.end - 16), item.end)
    )


# A time of day opening a line: "6:00 p.m. MST", "10 a.m. ET", "2:30 PM" (a media advisory's WHEN:).
_CLOCK_TIME = re.compile(r"\d{1,2}+(?::\d{2}+)?+[ \u00a0]?+[aApP]\.?+[mM]\.?+(?![\w])")
_CLOCK_LINE = 40
# A date ending a line: "Thursday, July 10, 2025", "July 10", "10 July 2025".
_CALENDAR_DATE = re.compile(
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}+\.?+[ \u00a0]\d{1,2}+(?:,?+[ \u00a0]\d{4}+)?+$"
    r"|\d{1,2}+[ \u00a0](?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}+(?:[ \u00a0]\d{4}+)?+$"
)


# A street address: a house number, at least one word, then a street type within the line's first 60
# characters ("1350 N.W. 12th Avenue, Room S-418", "330 West Broadway", "133 N. Riverfront Blvd.").
_HOUSE_NUMBER = re.compile(r"\d{1,6}+[A-Za-z]?+ [^\s,]++ ")
_STREET_TYPE = re.compile(
    r"\b(?:Street|St|Avenue|Ave|Boulevard|Blvd|Road|Rd|Drive|Dr|Lane|Ln|Way|Place|Pl|Court|Ct|Parkway|Pkwy"
    r"|Highway|Hwy|Broadway|Plaza|Square|Terrace|Circle)\b"
)


def _is_street_address(source: str, start: int, end: int) -> bool:
    """True when ``source[start:end]`` opens with a street address: ``1350 N.W. 12th Avenue``, not ``5 Court dates``."""
    m = _HOUSE_NUMBER.match(source, start, end)
    return m is not None and _STREET_TYPE.search(source, m.end() - 1, min(end, start + 60)) is not None


# The names of a list set over it with no colon: earnings releases' "Third Quarter Highlights", "Key Findings".
_LIST_NAME = re.compile(
    r"(?i:highlights|takeaways|milestones|at[ \u00a0]++a[ \u00a0]++glance"
    r"|key[ \u00a0]++(?:facts|findings|points|figures|numbers|dates))"
)


def _names_a_list(source: str, intro: Piece, *, colon: bool = False) -> bool:
    """A short line with no closing mark that names a list by its last words (``Third Quarter Highlights``).

    ``colon``: the name ends in ``:`` instead (``Third quarter financial highlights:``).
    """
    end = intro.end - 1 if colon else intro.end
    if colon and source[end] != ":":
        return False
    if intro.kind != "line" or end - intro.start > 60 or not source[intro.start].isupper():
        return False
    m = _LIST_NAME.search(source, max(intro.start, end - 20), end)
    return m is not None and m.end() == end and len(source[intro.start : end].split()) <= 6


# The longest bare list line, and the longest under a list's name ("Highlights"), whose items are results
# written as phrases: "RL26-004: 14.2 metres of 6.8 g/t gold from 88.0 metres, including 3.1 metres of …".
_SHORT_ITEM = 80
_NAMED_ITEM = 200
# A field whose label is a code (letters and figures: a drill hole "RL26-004:", a trial "NCT01234567:"), not a word.
_CODE_LABEL = re.compile(r"[A-Z]{1,6}+[-\u2011]?+\d[\w-]{0,12}+:")


def _coded_field(source: str, piece: Piece) -> bool:
    """True when ``piece`` is a field labelled by a code (``RL26-004: 14.2 metres …``): a result, not a detail.

    Under a list's name, such lines are its items, one result a line (a mining
    company's drill results under ``Highlights``); a field labelled by words
    (``Conference Date:``, ``Figure 1:``) is an event's detail or a caption.
    """
    return _CODE_LABEL.match(source, piece.start, piece.end) is not None


def _left_out(source: str, pieces: Sequence[Piece], j: int, *, between: bool = False) -> int:
    """How many pieces from ``pieces[j]`` on the clean text leaves out (0: it shows ``pieces[j]``).

    The rendering drops noise and end marks wherever they stand (SPEC 5). ``between`` items of a list (one
    item read above), it drops too what meta takes from the page's header and foot: a media contact's label
    (``_contact_label``), a release note (``_release_note_line``, F1125-7) and a labelled date line, one or
    two pieces (``_labelled_date_line``, F1125-52). Over the first item these stay: the lines under a
    ``Contact:`` are no list's items. Every scan that reads a list as the rendering shows it asks this one
    rule, so the raw and the rendered readings agree (``_unmarked_lists`` and ``_tip_items`` had drifted,
    F1125-71).

    >>> src = "###\\nContact:\\nRelease Date: March 4, 2025\\nMeet in person."
    >>> pieces = [Piece("line", 0, 3), Piece("line", 4, 12), Piece("line", 13, 40), Piece("line", 41, 56)]
    >>> [_left_out(src, pieces, k) for k in range(4)], [_left_out(src, pieces, k, between=True) for k in range(4)]
    ([1, 0, 0, 0], [1, 1, 1, 0])
    """
    piece = pieces[j]
    if piece.kind == "noise" or is_end_mark(source, piece):
        return 1
    if not between:
        return 0
    if _contact_label(source, piece) or _release_note_line(source, piece):
        return 1
    return _labelled_date_line(source, pieces, j)


def _first_block(source: str, pieces: list[Piece], i: int) -> Piece | None:
    """The first piece from ``i`` on that the clean text shows: no noise, no end mark (``None`` at the end)."""
    while i < len(pieces) and _left_out(source, pieces, i):
        i += 1
    return pieces[i] if i < len(pieces) else None


def _person_line(source: str, piece: Piece | None) -> bool:
    """A line that opens with a person and an age, as a defendants' list writes them: ``Jane Roe, 25, 12 …``.

    200 characters at most (``_NAMED_ITEM``; a superscript may break the
    line: ``600 East 26`` / ``th`` / ``Street, …``): a paragraph that
    opens so (``Jane Roe, 25, was sentenced … .``) under a colon is longer
    or comes alone, and a list needs two.
    """
    return (
        piece is not None
        and piece.kind == "line"
        and piece.end - piece.start <= _NAMED_ITEM
        and _PERSON_AGE.match(source, piece.start + (source[piece.start] == _CUSTODY_KEY), piece.end) is not None
    )


def _after_note_lead(source: str, piece: Piece) -> tuple[Piece, Piece] | None:
    """A line opened by a release note (``IMMEDIATE RELEASE: M h r``) as two: the note, and the text after it.

    Meta cuts the note off the front of a line (``meta.note_lead_end``) and the clean rendering leaves it out;
    the list reads the rest as the rendering's line (fuzz finding F1129-10).
    """
    if piece.kind != "line" or not source[piece.start].isalpha() or piece.end - piece.start > _SHORT_ITEM + 40:
        return None
    rest = note_lead_end(source, piece.start, piece.end)
    if rest < 0:
        return None
    lead_end = rest
    while lead_end > piece.start and source[lead_end - 1].isspace():
        lead_end -= 1
    note = piece.evolve(end=lead_end, blank_after=0, lines=1)
    return note, piece.evolve(start=rest, indent=0, blank_before=0, lines=source.count("\n", rest, piece.end) + 1)


def _release_note_line(source: str, piece: Piece) -> bool:
    """True for a release note alone on its line (``immediate release``), which meta may take from between items.

    The clean rendering leaves a note meta takes out, and the items on either side then stand together: read
    past it as past noise, or the source's run breaks where the rendering's does not (fuzz finding F1125-7).
    """
    return piece.kind == "line" and _RELEASE_NOTE.fullmatch(source, piece.start, piece.end) is not None


def _labelled_date_line(source: str, pieces: Sequence[Piece], j: int) -> int:
    """How many pieces from ``pieces[j]`` make a labelled date line (``Release Date: March 4, 2025``), else 0.

    Government and wire pages print the release's date under a label (``Release Date:``, ``Published:``,
    ``Date:``); meta takes the line as the release's date wherever it stands and the rendering leaves it out,
    where the items over and under it stand together: the list reads past it as past a release note (fuzz
    F1125-52). A label cut off its date (``Release Date:Mar 4 2025``, two pieces of one line) is read whole.
    A date with no label may be an item itself (an event's date in a schedule) and is read as one.

    >>> src = "Release Date:Mar 4 2025"
    >>> _labelled_date_line(src, [Piece("line", 0, 13), Piece("line", 13, 23)], 0)
    2
    >>> _labelled_date_line("March 4, 2025", [Piece("line", 0, 13)], 0)
    0
    """
    piece = pieces[j]
    if piece.kind != "line" or piece.end - piece.start > _LONGEST_DATE_LABEL_LINE:
        return 0
    end, count = piece.end, 1
    if source[end - 1] == ":" and j + 1 < len(pieces):
        value = pieces[j + 1]
        if value.kind == "line" and source.find("\n", end, value.start) < 0:
            end, count = value.end, 2  # the label's value cut off on its own line's end: one line as written
    m = _DATE_LINE.fullmatch(source, piece.start, end)
    return count if m is not None and m.start("date") > piece.start and parse_date(m.group("date")) else 0


# The longest labelled date line read between items ("Release Date: Wednesday, September 19, 2007 10:00 AM").
_LONGEST_DATE_LABEL_LINE = 80
# The most words of a label over an event's details: "EVENT DETAILS:", "Event Details:".
_DETAILS_LABEL_WORDS = 3


def _details_label(source: str, piece: Piece) -> bool:
    """True for a label over an event's details, each of them a paragraph: ``EVENT DETAILS:`` (tc_wire_newsworthy_1).

    Wire media advisories (Newsworthy.ai) set the event's name, its date and time, its venue and the RSVP
    one a line under the label: fields of one event, not items of a list (as ``Conference Date: …`` lines
    are each a paragraph, wire_015).

    >>> _details_label("EVENT DETAILS:", Piece("line", 0, 14)), _details_label("Highlights:", Piece("line", 0, 11))
    (True, False)
    """
    if source[piece.end - 1] != ":":
        return False
    words = source[piece.start : piece.end - 1].split()
    return 0 < len(words) <= _DETAILS_LABEL_WORDS and words[-1].lower() == "details"


# A roster's key mark before a name, kept in the item's text: "*Deep Arora, 19, Placentia" ("“*” indicates
# that the person is in custody", the Orange County District Attorney's arrest rosters).
_CUSTODY_KEY = "*"
# The fewest person lines that make a roster with no introducing colon: one or two are a story's paragraphs.
_ROSTER_LINES = 3


def _roster_below(source: str, pieces: list[Piece], i: int) -> bool:
    """True when ``pieces[i:]`` open with three person lines or more in a row, none closing a sentence.

    County prosecutors list the people an operation arrested one ``Name, age, City[, occupation]`` a line,
    under a colon or under a note on the roster's key (``(“*” indicates that the person is in custody …)``,
    ta_da_orange_2): such a run is a list whatever stands above it. A line that closes a sentence is a
    story's paragraph about that person (``John Couch, 46, San Clemente, is charged with … .``).
    """
    count = 0
    for k in range(i, min(len(pieces), i + _ROSTER_LINES + _ROSTER_LINES)):
        piece = pieces[k]
        if piece.kind == "noise":
            continue
        if not _person_line(source, piece) or source[piece.end - 1] in ".!?":
            return False
        count += 1
        if count >= _ROSTER_LINES:
            return True
    return False


# A clause's opening: a subject (a determiner and a noun, a pronoun, or a plain word before an auxiliary) and a
# finite verb, which a noun phrase or a "how" clause lacks ("The CCSAO shared the protocol", "Scammers will call",
# not "The process for presenting"). A participle before "by" qualifies its noun ("The funding provided by …").
_FINITE_VERB = r"(?:will|would|can|could|shall|should|may|might|must|is|are|was|were|has|have|had)[ \u00a0]"
_CLAUSE_OPENING = re.compile(
    r"(?:(?:The|This|That|These|Those|Its|Their|Our|His|Her)[ \u00a0][\w’'-]++|He|She|They|It|We)[ \u00a0]"
    rf"(?:[a-z]++(?<=ed)(?![ \u00a0]by\b)[ \u00a0]|{_FINITE_VERB})"
)
# Any word before an auxiliary opens a clause too ("Scammers will call", "There is"): items so written are
# clauses, and a clause under them is one more.
_AUXILIARY_OPENING = re.compile(rf"[A-Z][a-z]++[ \u00a0]{_FINITE_VERB}")


def _opens_with_clause(source: str, piece: Piece | None, *, loose: bool = False) -> bool:
    """True when ``piece`` opens with a subject and its verb (``_CLAUSE_OPENING``): a sentence of the story.

    ``loose``: a plain word before an auxiliary counts as the subject (``_AUXILIARY_OPENING``).

    >>> text = "The CCSAO shared the protocol with the association."
    >>> _opens_with_clause(text, Piece("line", 0, len(text)))
    True
    >>> text = "The process for presenting an investigation to the review unit."
    >>> _opens_with_clause(text, Piece("line", 0, len(text)))
    False
    >>> line = Piece("line", 0, 50)
    >>> text = "Scammers will call and claim to be from the court."
    >>> _opens_with_clause(text, line), _opens_with_clause(text, line, loose=True)
    (False, True)
    """
    if piece is None:
        return False
    if _CLAUSE_OPENING.match(source, piece.start, piece.end) is not None:
        return True
    return loose and _AUXILIARY_OPENING.match(source, piece.start, piece.end) is not None


def _is_sentence_item(source: str, piece: Piece | None) -> bool:
    """One sentence alone on its line, as the items of a highlights list are written (``Revenue was $4 million.``).

    It opens with a capital or a figure (not a quotation), ends in a full stop
    and holds no other sentence end; 200 characters at most, on as many lines as it takes: the clean text
    shows it on one, as when a bold figure stood on a line of its own (``More than`` / ``500`` / ``felony
    and misdemeanor arrests …``, ya_da_cook_1).
    """
    if piece is None or piece.kind != "line" or piece.end - piece.start > 200:
        return False
    first = source[piece.start]
    if not (first.isupper() or first.isdigit() or first in "$€£") or source[piece.end - 1] != ".":
        return False
    return next(_gaps(_SENTENCE_GAP, source, piece.start, piece.end), None) is None and not _ends_abbreviation(
        source, piece
    )


# The words a sentence that introduces a list may end in when its colon was lost ("The bill is cosponsored by"):
# a preposition, an article, a modal, or a verb that takes the list as its object.
_LEAD_IN_ENDS = _DANGLING | _LOST_COLON | frozenset(("include", "includes", "including", "are", "were", "following"))


def _lost_colon(source: str, intro: Piece) -> bool:
    """A sentence that stops on a word that cannot end it, with no mark after it: a list's lead-in, colon lost.

    ``The bill is cosponsored by`` / ``Senator John Doe (D-Ill.)`` / …: a
    sentence of four words or more, two of them lower-case words that are no
    small words of a title (a headline wrapped on ``Verdict for`` is no
    sentence: da_006).
    """
    if not source[intro.end - 1].isalpha():
        return False
    words = source[intro.start : intro.end].split()
    if len(words) < 4 or words[-1] not in _LEAD_IN_ENDS:
        return False
    return sum(w[:1].islower() and w not in _TITLE_SMALL_WORDS for w in words) >= 2


# The verbs a sentence ends on, before its colon, when what follows are the members it names ("… include:").
_MEMBERS_VERBS = frozenset(("include", "includes"))


def _names_its_members(source: str, intro: Piece) -> bool:
    """A sentence ending in ``include:`` (``Tips for seniors to protect themselves include:``): its members follow.

    Each member may be a sentence alone on its line, as safety tips are
    written; a sentence ending in another word before its colon (``Roe said:``)
    may introduce a quotation or paragraphs instead.
    """
    if source[intro.end - 1] != ":" or not _is_sentence(source, intro):
        return False
    words = source[intro.start : intro.end - 1].split()
    return bool(words) and words[-1].lower() in _MEMBERS_VERBS


# A media advisory's field labels whose value is one thing, however many lines it takes: a place (a venue, its
# street, its city). "WHO:" lists its people one a line, and "WHEN:" may list dates (a time completes its date).
_ONE_VALUE_LABELS = frozenset(("WHERE", "LOCATION"))
# A media advisory's field labels whose values are people, a list item each line, however few the lines.
_PEOPLE_LABELS = frozenset(("WHO",))
# How far above a "WHO:" line its participants are looked for: the advisory's lead stands just above its fields.
_WHO_REACH = 4000


def _cut_participants(source: str, item: Piece) -> list[Piece]:
    """A ``WHO:`` line whose people the scrape joined by one space, cut into one item a participant.

    A media advisory lists its participants one a line under ``WHO:`` and names them in its lead as a sentence's
    list (``State Attorney … Rundle and City of Miami Police Chief … Morales will hold a press conference``,
    the Miami-Dade State Attorney's advisories). When the scrape joined the lines by one space (``… Rundle City
    of Miami …``, da_015), the line is cut where a participant written in the lead ends: the longest stretch of
    two words or more, written above before ``,`` or `` and ``. The last participant is cut off where it begins
    as the lead writes it, after ``, `` or `` and ``, up to the line's end or its comma (``… Manuel A. Morrales
    Anabel and William Herrera, Parents of …``, x3_da_miami_presser, whose middle name has a typo). A cut falls
    only between two capitalised words of a line of names (no comma, slash or dash there: the writer parted
    those), and leaves two words or more each side. A line that ends in a stop is a sentence, never cut. Only
    the ``_WHO_REACH`` characters above the line are read, so a page of such lines is read in linear time.

    >>> text = "A Bo and Cy Dee will speak. A Bo Cy Dee"
    >>> [text[p.start : p.end] for p in _cut_participants(text, Piece("list_item", 28, 39, marker="", marker_end=28))]
    ['A Bo', 'Cy Dee']
    """
    if source[item.end - 1] in _STOPS:
        return [item]
    words = [(m.start(), m.end()) for m in _NON_SPACE.finditer(source, item.start, item.end)]
    # a participant may open at word k: a capital after a capitalised word with nothing that parts them
    opens = [
        k
        for k in range(2, len(words) - 1)
        if source[words[k][0]].isupper()
        and source[words[k - 1][0]].isupper()
        and source[words[k - 1][1] - 1] not in ",;/|-\u2013\u2014"
    ]
    if not opens:
        return [item]
    low = max(0, item.start - _WHO_REACH)

    def written(text: str, before: str = "", after: str = "") -> bool:
        return source.find(before + text + after, low, item.start) >= 0

    cuts: list[int] = []
    first = 0
    while True:
        ends = [k for k in opens if k - first >= 2 and len(words) - k >= 2 and (not cuts or k > cuts[-1])]
        found = next(
            (
                k
                for k in reversed(ends)
                if written(source[words[first][0] : words[k - 1][1]], after=",")
                or written(source[words[first][0] : words[k - 1][1]], after=" and ")
            ),
            None,
        )
        if found is None:
            break
        cuts.append(found)
        first = found
    comma = source.find(",", words[first][0], item.end)
    stop = item.end if comma < 0 else comma
    for k in opens:
        if k - first >= 2 and len(words) - k >= 2 and words[k][0] < stop:
            last = source[words[k][0] : stop]
            if written(last, before=", ") or written(last, before=" and "):
                cuts.append(k)
                break
    if not cuts:
        return [item]
    bounds = [0, *cuts, len(words)]
    out: list[Piece] = []
    for a, b in pairwise(bounds):
        start, end = words[a][0], words[b - 1][1]
        # the cut pieces share the line: no blank line stands between them
        blanks = {"blank_before": 0} if a else {}
        blanks |= {"blank_after": 0} if b < len(words) else {}
        out.append(item.evolve(start=start, end=end, marker_end=start, **blanks))
    return out


def _introduces_list(source: str, intro: Piece) -> bool:
    """A sentence ending in ``:``, or a media advisory's field label in capitals (``WHO:``, da_014)."""
    text = source[intro.start : intro.end - 1]
    return _is_sentence(source, intro) or (text.isupper() and len(text) <= 30 and ":" not in text)


def _is_sentence(source: str, piece: Piece) -> bool:
    """True for a line of three or more words with a lower-case word among them (``is_sentence``)."""
    return is_sentence(source[piece.start : piece.end])


def is_sentence(text: str) -> bool:
    """True for a text of three or more words with a lower-case word among them: a sentence, no label.

    >>> is_sentence("The full text of his statement follows:"), is_sentence("Media Contact:")
    (True, False)
    """
    words = text.split()
    return len(words) >= 3 and any(word[:1].islower() for word in words)


def _is_short_item(source: str, piece: Piece, after_semicolon: bool = False, longest: int = _SHORT_ITEM) -> bool:
    """A bare list line: short, no closing stop.

    The blank lines above it are not counted: the clean text puts one between every two blocks, where
    the list must read the same (fuzz finding F1125-8: ``2`` / two blank lines / ``Âç`` under ``Á:``).
    Nor are its physical lines: the clean text sets a short item wrapped over three lines on one, where it is
    an item (fuzz finding F1129-51: ``?a`` / ``,`` / ``g`` under ``f 2`` / ``:``); its length decides.

    ``after_semicolon``: the item above ends in ``;``, as the items of a list written as one sentence do
    (``27 arrests in Spain;`` / ``seizure of EUR 2.3 million;`` / ``freezing of 120 bank accounts.``,
    Europol): the next item may open in lower case, hold a longer clause, and end the list with a stop.
    """
    if piece.kind != "line":
        return False
    text = source[piece.start : piece.end]
    if len(text) > min(longest, 240) and ("  " in text or "\n" in text or "\u00a0" in text):
        # Its length as the clean text shows it: a stripped Senate page writes a lost stop as a run of spaces
        # ("… foreign oil   At a time …"), which the rendering sets one space (fuzz finding F1130-5).
        text = " ".join(text.split())
    if after_semicolon:
        return len(text) <= 240 and text[0].isalnum() and text[-1] not in ":?!"
    if text.rstrip(",;")[-1:] == ")":
        # A charge and its degree in brackets: "Using an Electronic Device to Solicit … with a Child (3rd Degree
        # Felony)" under "… one count of:" (x6_da_miami_2); the bracket closes an item, not a sentence.
        longest = max(longest, _NAMED_ITEM)
    if len(text) > longest or text[0].islower() or not any(ch.isalnum() for ch in text):
        return False  # "#####" ends the release: an item holds a word
    # A quotation closed after its stop ends a sentence too: "… said: “This was a determined investigation.”"
    return text.rstrip("”’\"'")[-1:] not in ".!?:" or _INITIAL_END.search(text) is not None  # "K. G.": a name
