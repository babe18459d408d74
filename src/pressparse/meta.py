"""Stage 6, meta: front and back matter around the story.

Input: the classified pieces and the dateline. Output: the same pieces where
the ones that are about the release rather than its story (title, date line,
release note, byline, contact block, About section, disclaimer, end mark)
have become ``meta`` pieces with their ``MetaKind``; a second copy of the
headline printed by the page template becomes ``noise`` (``repeated_line``).
``find_contacts`` (in ``contacts.py``) then reads ``Contact`` records out of
the contact metas.

Invariant: every non-whitespace character stays in exactly one piece. Pieces
only change kind, merge with their neighbours (a contact block over several
lines, an About section with its paragraphs, a headline hard-wrapped over two
lines) or split at a clear boundary (``FOR IMMEDIATE RELEASE: Headline``,
``October 31, 2018 Contact: ...``).

Theory of operation. The story starts at the dateline's piece or at the first
prose piece (long, with a sentence end), whichever comes first; what stands
before it is *front matter*. Front matter is read line by line with
``META_RULES`` (an ordered table of ``(MetaKind, rule)``, STYLE rule 11); the
headline is the first remaining line that stands alone and reads like a
headline (words, no final stop), the subtitle the headline-like line right
under it. Back-matter kinds (contact, About, disclaimer, end mark) are
recognised anywhere by their opening line and extend over the paragraphs
that follow, up to the next opening line, heading or piece of noise. Rules
are anchored to whole lines or line starts, so "About 300 officers took
part", "By 2025, the agency" or "should contact police at 555-0100" inside
the story are never taken. Every pattern is linear: no nested unbounded
repetition, and bounded look-ahead only.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable

from pressparse._block import Piece
from pressparse._data.abbreviations import ABBREVIATIONS
from pressparse._data.meta_phrases import CONTACT_LABELS, DISCLAIMER_HEADINGS, MEDIA_NOTES, RELEASE_NOTES
from pressparse._data.months import MONTHS, WEEKDAYS
from pressparse._data.places import countries, place_key
from pressparse._data.words import SPEECH_VERBS
from pressparse._dates import parse_date
from pressparse._render import _MARKDOWN_LINK, render_slice
from pressparse._spans import CONTROLS, INVISIBLE, after_markdown_mark, normalise
from pressparse.contacts import find_contacts
from pressparse.layout import LINE_BREAKS
from pressparse.model import Dateline, MetaKind, NoiseKind

__all__ = ["META_RULES", "closes_section", "date_of", "find_contacts", "find_meta", "is_note_line", "is_title_cased"]

Rule = Callable[[str, tuple[Piece, ...], int], bool]


def _phrases(table: tuple[str, ...]) -> str:
    """Alternation of the phrases of a table, longest first, any whitespace between words."""
    return "|".join(r"\s++".join(map(re.escape, p.split())) for p in sorted(table, key=len, reverse=True))


# "FOR IMMEDIATE RELEASE", "EMBARGOED UNTIL 00:01 GMT 5 May", "Media advisory", "NEWS RELEASE".
_RELEASE_NOTE = re.compile(
    rf"(?:{_phrases(RELEASE_NOTES)})[ \t\xa0]*+[:\-–—]?"  # the mark cut off a dateline after it too
    # "EMBARGOED UNTIL 00:01 GMT 5 May", hard-wrapped once too
    r"|embargo(?:ed)?[ \t\xa0]++(?:until|till|for|to)\b[^\n]{0,80}+(?:\n[^\n]{1,40}+)?"
    r"|(?:for[ \t\xa0]++release|embargoed)[ \t\xa0]*+:[^\n]{0,80}+",  # "For Release: March 4, 2025"
    re.IGNORECASE,
)
_NOTE_PREFIX = re.compile(rf"(?:{_phrases(RELEASE_NOTES)})[ \t\xa0]*+[:\-–—][ \t\xa0]*+", re.IGNORECASE)
# A release note before the text on its line, its mark optional: "FOR IMMEDIATE RELEASE: WASHINGTON, DC –".
_NOTE_LEAD = re.compile(rf"(?:{_phrases(RELEASE_NOTES)})(?:[ \t\xa0]*+[:\-–—])?[ \t\xa0]++", re.IGNORECASE)
# A release note set apart by a space run where the page's punctuation was stripped (Senate pages).
_NOTE_GAP = re.compile(rf"(?:{_phrases(RELEASE_NOTES)})[ \t\xa0]{{2,}}+", re.IGNORECASE)


def note_lead_end(source: str, start: int, end: int) -> int:
    """Where the text after a release note that opens ``source[start:end]`` starts, or -1 (none opens it).

    >>> note_lead_end("FOR IMMEDIATE RELEASE: WASHINGTON –", 0, 35), note_lead_end("WASHINGTON –", 0, 12)
    (23, -1)
    """
    m = _NOTE_LEAD.match(source, start, end)
    return m.end() if m is not None and m.end() < end else -1


def note_head_end(source: str, start: int, end: int) -> int:
    """Where a release note that opens ``source[start:end]`` ends with its mark or its space run, or -1 (none).

    The note ``_split_glued`` cuts off a front line (``FOR IMMEDIATE RELEASE: Police Seize Guns``; a stripped
    Senate page's ``FOR IMMEDIATE RELEASE   Police …``); headings and noise read a line as meta cuts it.

    >>> note_head_end("FOR IMMEDIATE RELEASE: Police", 0, 29), note_head_end("Police met", 0, 10)
    (23, -1)
    """
    m = _NOTE_PREFIX.match(source, start, end) or _NOTE_GAP.match(source, start, end)
    return -1 if m is None else m.end()


# "*Media interested in attending are asked to arrive ...", "NOTE TO EDITORS: ...".
_MEDIA_NOTE = re.compile(rf"\*?+[ \t\xa0]*+(?:{_phrases(MEDIA_NOTES)})\b", re.IGNORECASE)
# "###", "# # #", "#####", "-30-", "- 30 -", "ENDS", "-ENDS-", "- END -"; a run of spaces reads as one
# (the clean rendering normalises it).
_END_MARK = re.compile(
    # a bare "30": "-30-" with its dashes stripped
    r"#(?:(?:[ \t\xa0]{0,8}+#){2,8})?|[-–—－]{1,2}[ \t\xa0]{0,8}+30[ \t\xa0]{0,8}+[-–—－]{1,2}|30"
    r"|[-–—－]?[ \t\xa0]{0,8}+ends?\.?[ \t\xa0]{0,8}+[-–—－]?"  # "ENDS", "- Ends -", "ENDS."
    r"|[-–—－][ \t\xa0]{0,8}+#{3}[ \t\xa0]{0,8}+[-–—－]"
    r"|\./\.",  # Vietnamese releases end with "./."
    re.IGNORECASE,
)
# Month and weekday names are the dateline stage's tables (English, French, Spanish), longest first.
_MONTHS = "(?:" + "|".join(sorted(map(re.escape, MONTHS), key=len, reverse=True)) + r")\.?"
_WEEKDAY = "(?:" + "|".join(sorted(map(re.escape, WEEKDAYS), key=len, reverse=True)) + r")\.?"
# The date itself: "June 10, 2008", "August 10  2006", "17 December 2018", "1 de abril de 2016",
# "11 avril 2013", "2025-03-04".
_SP = r"[ \t\xa0]++"  # a date's words may be set apart by an NBSP ("9\u00a0de febrero, 2012")
_DATE = (
    rf"(?:{_MONTHS}{_SP}\d{{1,2}}(?:st|nd|rd|th)?,?{_SP}\d{{4}}"
    rf"|{_MONTHS}\d{{1,2}},\d{{4}}"  # glued by a scraper: "April06,2007"
    rf"|\d{{1,2}}(?:st|nd|rd|th|er)?{_SP}(?:de{_SP})?{_MONTHS},?{_SP}(?:de{_SP})?\d{{4}}"
    r"|\d{4}-\d{2}-\d{2}"
    # All-numeric, as UK and European CMSs print them ("18/11/2026", "18.11.2026"); ``parse_date`` reads the
    # order only when the numbers settle it.
    r"|\d{1,2}/\d{1,2}/\d{4}|\d{1,2}\.\d{1,2}\.\d{4}|\d{1,2}-\d{1,2}-\d{4}"
    r"|\d{2}\.\d{2}\.\d{2}(?!\d)"  # senate.gov: "06.12.25"
    r"|\d{2} \d{2} \d{4}(?!\d))"  # a punctuation-stripped Senate page's "01/05/2007": "01 05 2007"
)
# A date line: an optional label ("Release Date:", "Published", "Admin |", "Posted on"), an optional
# weekday ("Tuesday, June 10, 2008"), the date, an optional time ("11:09", "8:00 AM ET").
_DATE_LINE = re.compile(
    # "Last modified 23 Nov 2026", "Last updated: 23 November 2026", "First published 4 March 2025": the page's
    # own date stamps (gov.uk, police forces' CMSs) are date lines too, never a headline.
    r"(?:(?:release[ \t\xa0]++date|date|(?P<stamp>(?:(?:first|last)[ \t\xa0]++)?(?:published|posted|updated|modified"
    r"|reviewed))(?:[ \t\xa0]++on)?|issued|dated?"
    r"|[a-z][\w.]{0,30}+[ \t\xa0]*+\|)[ \t\xa0]*+[:|]?[ \t\xa0]*+)?"
    r"(?:\d{1,2}:\d{2}(?:[ \t\xa0]*+[ap]\.?m\.?)?,?[ \t\xa0]++)?"  # a time before the date ("14:32 18/11/2026")
    rf"(?:{_WEEKDAY},?[ \t\xa0]++(?:le[ \t\xa0]++|el[ \t\xa0]++)?)?(?:le[ \t\xa0]++|el[ \t\xa0]++)?(?P<date>{_DATE})"
    r"(?:,?[ \t\xa0]*+(?:at[ \t\xa0]++)?\d{1,2}:\d{2}(?::\d{2})?"  # a time, seconds too ("10:15:32 AM")
    r"(?:[ \t\xa0]*+[ap]\.?m\.?)?(?:[ \t\xa0]++(?:(?:Eastern|Central|Mountain|Pacific|Atlantic)"  # Business Wire's
    r"(?:[ \t\xa0]++(?:Standard|Daylight))?(?:[ \t\xa0]++Time)?|[A-Z]{2,4}))?"  # "Eastern Standard Time", "ET"
    r"|T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}:?\d{2})?)?"  # an ISO timestamp's time ("T14:32:00Z")
    # a second stamp after a bar: "Published: 23 November 2026 | Updated: 24 November 2026"
    r"(?:[ \t\xa0]*+[|·•][ \t\xa0]*+(?:last[ \t\xa0]++)?(?:updated|modified|published)[ \t\xa0]*+:?[ \t\xa0]*+"
    rf"{_DATE})?"
    # the issuer: "Published on 18 November 2026 by Europol"
    r"(?:[ \t\xa0]++by[ \t\xa0]++(?-i:[A-Z])[\w.&'’ -]{1,60}+)?"
    # the issuer after a bar: "November 18, 2026 07:00 ET | Source: Acme Therapeutics, Inc." (GlobeNewswire);
    # the page's short fields after bars: "18 Nov 2026 | Press release | Europol"
    r"(?:[ \t\xa0]*+\|[ \t\xa0]*+source[ \t\xa0]*+:[^\n|]{1,80}+"
    r"|(?:[ \t\xa0]*+\|[ \t\xa0]*+(?-i:[A-Z])[\w.&'’ -]{1,30}+){1,3}+)?",
    re.IGNORECASE,
)
# "By JANE ROE", "By Jane Roe, Staff Writer", "By Jane Roe and John Doe" (never "By 2025, the ...").
_BYLINE_NAME = r"(?:[A-Z][\w'’.-]{0,30}+[ \t\xa0]++){0,3}[A-Z][\w'’.-]{0,30}+"
# "By Jane Roe", "By Jane Roe and John Doe, Staff Writers", and a TV station's credit after the names: "By Sara
# Machi, Todd Feurer and Natalie Goldstick // CBS Chicago" (Cook County's "In The News" reprints).
_BYLINE = re.compile(
    rf"(?i:by|author:?|written[ \t\xa0]++by|por)[ \t\xa0]++{_BYLINE_NAME}"
    rf"(?:,[ \t\xa0]*+{_BYLINE_NAME}(?=,|[ \t\xa0]++and[ \t\xa0]++)){{0,4}}"
    rf"(?:[ \t\xa0]++and[ \t\xa0]++{_BYLINE_NAME})?"
    r"(?:,[ \t\xa0]*+[A-Za-z][\w'’. ]{0,60}+|[ \t\xa0]*+(?://|\|)[ \t\xa0]*+[A-Z][\w'’.& -]{0,40}+)?"
    r"(?::(?=[ \t\xa0]*+$))?"  # a column's byline over its text: "By District Attorney Summer Stephan:"
)
# "Contact:", "Media Contact:", "Press contacts", "CONTACTO:", glued "Contact:Tom Richer", "ContactKati".
# The glued form needs a real capital after the label ("ContactKati"): "Contacting police ..." is a sentence.
_CONTACT_LABEL = re.compile(
    # the colon stripped to a space run before a name on Senate pages: "Contact  Barbara Riley"
    rf"(?:{_phrases(CONTACT_LABELS)})"
    r"(?:[ \t\xa0]*+[:.]|(?-i:(?=[A-Z]))|[ \t\xa0]{2,}+(?-i:(?=[A-Z][a-z]))|[ \t\xa0]*+$)",
    re.IGNORECASE,
)
# The label and its names alone on a punctuation-stripped page, one space after the label: "Contact Erin Rath".
_CONTACT_NAMES = re.compile(
    r"Contact(?![ \t\xa0]++(?:Senator|Sen|Your|Us|Our|Me)\b)(?:[ \t\xa0]++[A-Z][a-z]++){2,6}+[ \t\xa0]*+"
)  # not a page's link: "Contact Senator Gregg", "Contact Your Senator"
# "For further information, please contact Jane Roe, Public Information Officer, at".
_CONTACT_SENTENCE = re.compile(
    r"for[ \t\xa0]++(?:further|more)[ \t\xa0]++information,?[ \t\xa0]++(?:please[ \t\xa0]++)?contact\b"
    # "For more details, send an email to: listing@kwdk.com" (zc_wire_blockchainwire_1): the address on the line.
    r"|for[ \t\xa0]++(?:further|more)[ \t\xa0]++(?:information|details),?[ \t\xa0]++(?:please[ \t\xa0]++)?"
    r"(?:send[ \t\xa0]++an[ \t\xa0]++e-?mail[ \t\xa0]++to|e-?mail|write[ \t\xa0]++to)"
    r"[ \t\xa0]*+:?[ \t\xa0]*+[\w.+-]++@"
    # "For sponsorship inquiries, contact admin@prclub.org." (tc_wire_reportable_1), "For media inquiries, please
    # contact Jane Roe at jane@acme.com": a desk named by what it answers, the address on the line.
    r"|for[ \t\xa0]++(?:[\w-]++[ \t\xa0]++){1,2}+(?:inquiries|enquiries),?[ \t\xa0]++(?:please[ \t\xa0]++)?"
    r"(?:contact|e-?mail|write[ \t\xa0]++to)[ \t\xa0]*+:?[ \t\xa0]*+(?:[^\s@]++[ \t\xa0]++){0,6}+[\w.+-]++@",
    re.IGNORECASE,
)
# "For more information  call Airport Manager Diane Cooper at 603 524 5003" (Senate pages, vb_senate_sununu_1): a
# call to a named person (or desk) at a number, the whole line; "call (760) 863-8216, visit …" names no one and is
# the story's, and a paragraph that goes on after the number is the story's too.
_CALL_CONTACT = re.compile(
    r"for[ \t\xa0]++(?:further|more)[ \t\xa0]++information,?[ \t\xa0]++(?:please[ \t\xa0]++)?call[ \t\xa0]++"
    r"(?-i:(?:[A-Z][\w'’.-]*+[ \t\xa0]++){2,8}+(?:with[ \t\xa0]++(?:[A-Z][\w'’.-]*+[ \t\xa0]++){1,6}+)?at)"
    r"[ \t\xa0]++\(?\d{3}\)?[ \t.\-]\d{3}[ \t.\-]\d{4}[ \t\xa0.]*+$",
    re.IGNORECASE,
)
_DISCLAIMER = re.compile(
    rf"(?:{_phrases(DISCLAIMER_HEADINGS)})\b"
    # "This press release contains forward-looking statements …", "This release may contain forward-looking …"
    r"|(?:this|the)[ \t\xa0]++(?:(?:press|news)[ \t\xa0]++)?release[ \t\xa0]++"
    r"(?:contains|may[ \t\xa0]++contain|includes)[ \t\xa0]++[^\n]{0,40}?forward[- ]looking"
    r"|certain[ \t\xa0]++statements[ \t\xa0]++in[ \t\xa0]++this[ \t\xa0]++(?:press|news)[ \t\xa0]++release"
    # "Certain information contained herein constitutes “forward-looking information” under Canadian securities
    # legislation." (xu_wire_nmw_1): the forward-looking notice with no heading over it.
    r"|certain[ \t\xa0]++(?:information|statements)[ \t\xa0]++(?:contained[ \t\xa0]++)?herein[ \t\xa0]++"
    r"(?:constitutes?|contains?|are|is|may)[^\n]{0,40}?forward[- ]looking"
    # The US Senate's election-period notice: "Pursuant to [Senate] policy, newsletters, petitions, opinion
    # polls and issue alerts and other electronic communications cannot be initiated by this office ...".
    # The scrape may lose the link's words: "Pursuant to , newsletters, petitions, …" (xi_senate_inhofe_1).
    r"|pursuant[ \t\xa0]++to[ \t\xa0]++(?:(?:senate[ \t\xa0]++)?policy)?\W++newsletters",
    re.IGNORECASE,
)
# "Forward-Looking StatementsThis press release contains ...": the heading glued to its first sentence.
_DISCLAIMER_HEADING_GLUED = re.compile(rf"(?:{_phrases(DISCLAIMER_HEADINGS)})(?=(?-i:[A-Z][a-z]))", re.IGNORECASE)
# "About INTERPOL", "ABOUT THE COMPANY", "About the Inc. 5000", "About [Debt.com](...)".
_SUFFIXED_NAME = re.compile(
    r"(?P<name>[^\n]{1,80}?\b(?:Inc|Ltd|LLC|Corp|Co|GmbH|S\.A|PLC|plc|N\.V|AG|SE)\.?)[ \t\xa0]++(?=[A-Z][a-z])"
)
# A name, a comma, then the clause that describes it: "RALLY, where innovation convenes" (xn_wire_evertise_1).
_ABOUT_APPOSITIVE = re.compile(
    r"[A-Z][\w&.'’-]*+(?:[ \t\xa0]++[A-Z][\w&.'’-]*+){0,4}+,[ \t\xa0]++"
    r"(?:where|which|who|whose|the|a|an|founded|headquartered|based|established)[ \t\xa0]"
)
# "About:" alone on its line, the name left to the paragraph under it.
_BARE_ABOUT = re.compile(r"(?i:about|acerca[ \t\xa0]++de)[ \t\xa0]*+:")
_ABOUT = re.compile(
    r"(?:about[ \t\xa0]++(?:the[ \t\xa0]++)?|acerca[ \t\xa0]++de[ \t\xa0]++"
    r"|[àa][ \t\xa0]++propos[ \t\xa0]++(?:de[ \t\xa0]++|d’|d')?)"
    r"(?=[A-Z0-9\[]|[“\"][A-Z0-9])",  # a work's title in quotes: About “Latinas in Public Relations”
    re.IGNORECASE,
)
# A phone or an e-mail somewhere on a line (a cheap cue; contacts.py finds them exactly with phonenumbers).
_PHONE_OR_EMAIL = re.compile(
    r"[\w.+-]@[\w-]"  # e-mail
    r"|\(?\b\d{3}\)?[ .\-/]{0,2}\d{3}[ .\-]\d{4}\b"  # 214-653-3756, (619) 531-4040, 202/224-9854
    r"|\+\d{1,3}[ \d().\-]{6,20}\d"  # +1 303-850-3207, +44 20 7946 0958
    # a national number with its trunk prefix (UK, Australia, New Zealand): (02) 8263 6100, 01483 630 200
    r"|(?<![\d+])\(?0\d{1,4}\)?[ .\-]?\d{3,4}[ .\-]?\d{3,4}\b"
    r"|\b1[38]00[ ]?\d{3}[ ]?\d{3}\b"  # Australian 1800 / 1300 numbers
    r"|\b1-8\d\d-[A-Z0-9]{3}-[A-Z0-9]{4}"  # 1-800-AHA-USA1
    r"|email[ \t\xa0]++us|\[email\s{1,3}+protected\]",  # "Email Us Here"; Cloudflare's hidden address
    re.IGNORECASE,
)
_EMAIL = re.compile(r"[\w.+-]@[\w-]++\.")
# An e-mail address, or the link EIN Presswire prints in its place under the story ("email us here").
_TAIL_EMAIL = re.compile(r"[\w.+-]@[\w-]++\.|\bemail[ \t\xa0]++us[ \t\xa0]++here\b", re.IGNORECASE)
# An IBN brand's contact line without its e-mail: the site, then the phone labelled "Office" ("TinyGemsLos Angeles,
# CAwww.TinyGems.com310.299.1717 Office"); a footer's switchboard carries no such label.
_TAIL_OFFICE = re.compile(r"www\.[\w-]++\.[a-z]{2,6}+[ \t\xa0]*+\(?\d{3}\)?[ .-]?\d{3}[ .-]\d{4}[ \t\xa0]++Office\b")
_INVISIBLE = re.compile(f"[{INVISIBLE}]++")


def _visible(text: str) -> str:
    """``text`` as the rendering shows it in a block: invisible characters dropped (``invisible_characters``)."""
    return _INVISIBLE.sub("", text) if not text.isascii() else text


def _cue(pattern: re.Pattern[str], source: str, start: int, end: int) -> bool:
    """Whether ``pattern`` finds a phone or e-mail cue in ``source[start:end]`` as the rendering shows it.

    A soft hyphen or a zero-width space inside an address (``jane\\u00ad@acme.org``) hides it from the
    raw text; the rendering drops the character, and the clean text must read the same (SPEC 5).
    """
    if pattern.search(source, start, end):
        return True
    text = source[start:end]
    return not text.isascii() and _visible(text) != text and pattern.search(_visible(text)) is not None


_SENTENCE_END = re.compile(r"[.!?][\"”’')]?(?:\s|$)")
_FINAL_STOP = re.compile(r"[.!?][\"”’')]{0,3}+$")
# A name's or a company's suffix ending a headline: its stop ends no sentence ("… on the execution of Arthur
# Brown Jr.", "Paltalk Completes Acquisition of Newtek Technology Solutions, Inc."). A
# line with an auxiliary verb is a sentence all the same ("The case was prosecuted by John Roe Jr.").
_SUFFIX_END = re.compile(r"(?<=[a-z]) (?:Jr|Sr)\.$")
_COMPANY_END = re.compile(r"(?:(?<=[A-Za-z]) |, )(?:Inc|Corp|Co|Cos|Ltd|LLC|PLC|Plc|Bros)\.$")
_AUXILIARY = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|can|could)\b")


def _suffix_ends_headline(text: str) -> bool:
    """Whether a line's final stop is a name's suffix in a headline, not a sentence's end."""
    if _AUXILIARY.search(text):
        return False
    # A company's suffix ends a headline in title case only: "Acme today announced its merger with Beta Inc."
    return bool(_SUFFIX_END.search(text) or (_COMPANY_END.search(text) and is_title_cased(text)))


_WORD = re.compile(r"[^\W\d_][\w'’&.-]*+")
_CAMEL = re.compile(r"(?<=[a-z.)0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_LETTER_DIGIT = re.compile(r"(?<=[a-z])(?=[0-9])")
_NAV_WORDS = frozenset(
    "home news press release releases menu search share print email contact us back top".split()  # noqa: SIM905
)
# Words a hard-wrapped headline may end its first line with ("... Death by" / "Lethal Injection ...").
_WRAP_WORDS = frozenset(
    "a an the of in on at by for to and or with from as into over under after before against about its their".split()  # noqa: SIM905
)
_SITE_SUFFIX = re.compile(r"[ \t\xa0]++(?:\||-|–|—)[ \t\xa0]++[^|\-–—]{2,80}+$")
_DIGIT = re.compile(r"\d")
_MAX_LINE = 300
# Front matter (page chrome, title, date, note, contact) is short; a cap keeps the front rules linear.
_MAX_FRONT = 80
_MARKDOWN = re.compile(r"#{1,6}+[ \t\xa0]++(?=[^#\s])")


def _has_digit(source: str, start: int, end: int) -> bool:
    """Whether ``source[start:end]`` holds a digit: every ``_DATE`` does (a fast path before ``_DATE_LINE``)."""
    return _DIGIT.search(source, start, end) is not None


def _text(source: str, piece: Piece) -> str:
    return source[piece.start : piece.end]


def _is_line(piece: Piece) -> bool:
    return piece.kind in ("paragraph", "heading")


# Each line break as the space the clean rendering sets in its place (SPEC 2), offsets kept.
_AS_SPACE = str.maketrans(dict.fromkeys(LINE_BREAKS, " "))


def _joined(source: str, piece: Piece) -> str:
    """A piece's text with its hard-wrapped lines joined, as ``doc.text`` prints it.

    A line rule that reads a lead-in hard-wrapped over two lines ("For further information, please" /
    "contact Jane Roe ...", "Source: Office of the Attorney General" / "of Texas") must read it as it reads the
    rendering's one line, or ``clean`` would take it on its second pass only (SPEC 5).
    """
    text = source[piece.start : piece.end]
    # Every line break is unprintable: a printable text (most lines) has none to translate, a slow call.
    return text if text.isprintable() else text.translate(_AS_SPACE)


def _whole(pattern: re.Pattern[str], limit: int = 120) -> Rule:
    """A rule that takes a line when ``pattern`` matches all of it (after a markdown ``#`` run)."""

    def rule(source: str, pieces: tuple[Piece, ...], i: int) -> bool:
        piece = pieces[i]
        if not _is_line(piece) or piece.end - piece.start > limit:
            return False
        start = _after_markdown(source, piece)
        return bool(pattern.fullmatch(source, start, piece.end))

    return rule


def _after_markdown(source: str, piece: Piece) -> int:
    if source[piece.start] != "#":
        return piece.start
    m = _MARKDOWN.match(source, piece.start, piece.end)
    return m.end() if m else piece.start


def end_mark(source: str, pieces: tuple[Piece, ...], i: int) -> bool:
    """``###``, ``# # #``, ``-30-``, ``ENDS``: a whole line (never a markdown ``# Title``).

    A lone ``#`` too, as Brooklyn's pages end the story; the noise stage takes the one a markdown heading
    left (``noise.lone_hash``), so this rule sees only the one under a sentence.
    """
    piece = pieces[i]
    return piece.kind in ("paragraph", "heading", "list_item") and bool(
        piece.end - piece.start <= 80 and _END_MARK.fullmatch(source, piece.start, piece.end)
    )


# New Zealand Police and UK forces name the officer a quote is from on a line of its own:
# "Attribute to Detective Inspector Jane Roe:", "Please attribute to Superintendent John Doe, Waikato Police".
_ATTRIBUTION = re.compile(
    r"(?:please[ \t\xa0]++)?attribut(?:e|able)[ \t\xa0]++to[ \t\xa0]++(?-i:[A-Z])[^\n.!?]{2,100}+", re.IGNORECASE
)


def attribution(source: str, pieces: tuple[Piece, ...], i: int) -> bool:
    """``Attribute to Detective Inspector Jane Roe:`` alone on a line: whom the release's words are from."""
    piece = pieces[i]
    return (
        _is_line(piece)
        and piece.end - piece.start <= 120
        and bool(_ATTRIBUTION.fullmatch(source, piece.start, piece.end))
    )


def byline(source: str, pieces: tuple[Piece, ...], i: int) -> bool:
    """``By JANE ROE``, ``By Jane Roe, Staff Writer`` alone on a line."""
    piece = pieces[i]
    return (
        _is_line(piece)
        and piece.end - piece.start <= 100
        and source[piece.end - 1] != "."
        and bool(_BYLINE.fullmatch(_joined(source, piece)))
    )


# gov.uk's field "From: Home Office and The Rt Hon Jane Roe MP" on one line (the label alone over its value is
# read with the other labels, ``_LABELS``).
_FROM_FIELD = re.compile(r"(?i:from)[ \t\xa0]*+:[ \t\xa0]*+(?P<name>[A-Z][^\n]{0,118}+)")


def from_field(source: str, pieces: tuple[Piece, ...], i: int) -> bool:
    """``From: Home Office`` alone on a line: the ministry or office that issued the page, under its summary too.

    The value must be names (``From: the start, police said`` is no field).
    """
    piece = pieces[i]
    if not _is_line(piece) or piece.end - piece.start > 130:
        return False
    m = _FROM_FIELD.fullmatch(source, piece.start, piece.end)
    return m is not None and _is_name_line(m.group("name"))


# A label naming the media desk with a word or three between: "Media RSVP & Inquiries", "Press and Analyst
# Inquiries", "MEDIA & PARTNERSHIP ENQUIRIES:".
_MEDIA_DESK = re.compile(
    r"(?:Media|Press|MEDIA|PRESS)[ \t\xa0]++(?:[\w&/-]++[ \t\xa0]++){1,3}+(?:Inquiries|Enquiries|INQUIRIES|ENQUIRIES)"
    r"[ \t\xa0]*+:?[ \t\xa0]*+"
)

# A line welcoming the media, a lead-in to the offer under it: "Media inquiries and press are welcome.", "Press
# inquiries welcome:".
_MEDIA_WELCOME = re.compile(
    r"(?:Media|Press)[ \t\xa0]++(?:inquiries|enquiries)\b[^\n]{0,40}?\bwelcome\b", re.IGNORECASE
)


# The first two letters (lower case) of every label ``contact_label`` reads at a line's start: "Contact", "Media
# Contact", "Press Inquiries", "For further information", the table's labels ("Investor Relations", "News Media
# Contact"). A line opening with other letters is read for an offer of interviews only (``_media_request``).
_CONTACT_OPENERS = frozenset({"co", "me", "pr", "fo"} | {label[:2] for label in CONTACT_LABELS})


def contact_label(source: str, pieces: tuple[Piece, ...], i: int) -> bool:
    """A line opening a media-contact block: ``Media Contact:``, ``CONTACT: Jane Roe, 555-0100``."""
    piece = pieces[i]
    if piece.kind not in ("paragraph", "heading", "list_item") or piece.end - piece.start > _MAX_LINE:
        return False
    text = _text(source, piece)
    if text.endswith((":", "：")) and contact_heading(source, (piece,), 0):
        # A contact's label alone with its colon, read alone (``Investor Relations Inquiries:``, ``a contact:``):
        # meta takes it wherever it stands (``contact_heading``), and the noise stage reads past it by this rule
        # as the rendering does (fuzz F1130-34: a copy two blocks down once ``a contact:`` / ``5`` are left out).
        return True
    head = text[:2]
    if head.isascii() and head.isalpha() and head.lower() not in _CONTACT_OPENERS:
        return _media_request(text)  # a fast path: every other test below reads a label at the line's start
    if text.strip(" :").casefold() in ("contact us", "contact"):
        if text.strip().casefold() == "contact us":
            return False
        return piece.blank_after == 0 or text.endswith(":") or _cue_below(source, pieces, i)
    if _CONTACT_NAMED.match(text) and not _SENTENCE_END.search(_COMPANY_END.sub("", text)):
        return True  # no sentence: "Media contacts rise …, the survey found." is the story's
    if _MEDIA_DESK.fullmatch(text) and _cue_below(source, pieces, i):
        return True  # "Media RSVP & Inquiries" over the offer with its address (xe_wire_noticias_1)
    if _MEDIA_WELCOME.match(text) and len(text) <= 60 and i + 1 < len(pieces) and pieces[i].blank_after <= 1:
        # "Media inquiries and press are welcome." right over the offer of interviews (tc_wire_newsworthy_1)
        return _is_line(pieces[i + 1]) and _media_request(_text(source, pieces[i + 1]))
    if _CONTACT_NAMES.fullmatch(text) and _stripped_page(source, pieces):
        return (
            True  # the colon stripped to nothing on a Senate page: "Contact Erin Rath Laena Fallon" (zb_senate_gregg_1)
        )
    joined = _joined(source, piece)
    return bool(
        _CONTACT_LABEL.match(text)
        or _CONTACT_SENTENCE.match(joined)
        or _CALL_CONTACT.match(joined)
        or _media_request(text)
    )


# How many lines under a bare ``Contact`` label a page spaced with blank lines may print before the phone or e-mail.
_CONTACT_LINES = 5


def _cue_below(source: str, pieces: tuple[Piece, ...], i: int) -> bool:
    """Whether a phone or an e-mail stands on one of the short lines under line ``i``, before any other text.

    PRISM sets a blank line between all the lines of its contact block: ``Contact`` / ``John Park`` / ``CEO …`` /
    ``1300 Kuser Road …`` / ``+1 (609) 581-1721 (Office)`` (yc_wire_prism_1). A ``Contact`` menu link has none.
    """
    for piece in pieces[i + 1 : i + 1 + _CONTACT_LINES]:
        if piece.kind not in ("paragraph", "heading") or piece.end - piece.start > _MAX_LINE:
            return False
        if _cue(_PHONE_OR_EMAIL, source, piece.start, piece.end):
            return True
    return False


# The request that ends a media offer: "…, please email: media@rivcoda.org.", "please call (951) 955-5400".
_PLEASE_REACH = re.compile(
    r"please[ \t\xa0]++(?:e-?mail|contact|call|write to)[ \t\xa0]*+:?[ \t\xa0]*+"
    r"(?:[\w.+-]++@[\w-]++(?:\.[\w-]++)++|\(?\d{3}\)?[ .-]?\d{3}[ .-]\d{4})"
    r"(?:[ \t\xa0]++to[ \t\xa0]++[a-z]++(?:[ \t\xa0]++[a-z]++){0,3}+)?[ \t\xa0]*+\.?$"  # "… 305-547-0535 to schedule."
    # or the site that takes the request: "For press inquiries, please visit https://www.hornwright.com/"
    # (xr_wire_newsdirect_1)
    r"|please[ \t\xa0]++visit[ \t\xa0]*+:?[ \t\xa0]*+(?:https?://|www\.)[^\s]{3,200}+$",
    re.IGNORECASE,
)


# An address under its label inside a sentence: "… are invited to contact: media@superpatch.com".
_OFFER_ADDRESS = re.compile(r"\b(?:contact|e-?mail)[ \t\xa0]*+:[ \t\xa0]*+[\w.+-]++@[\w-]++\.", re.IGNORECASE)


def _media_request(text: str) -> bool:
    """An offer of interviews to the media that ends in the address to write to: a contact line.

    ``If you would like to interview someone from our office …, please email: media@rivcoda.org.``
    (xs_da_riverside_1), as ``For media inquiries, please contact: …`` is one; so is the press desk's site: ``For
    press inquiries, please visit https://…``.
    """
    if len(text) > _MAX_LINE:
        return False
    folded = text.casefold()
    # chained tests, cheaper than a generator over the words on the many lines that hold none
    if not (
        "interview" in folded
        or "media request" in folded
        or "media inquir" in folded
        or "press inquir" in folded
        or "commentary" in folded
    ):
        return False
    if "please" in folded and _PLEASE_REACH.search(text, max(0, len(text) - 90)) is not None:
        return True
    # The address labelled in the offer, maybe with a line after it: "All media outlets interested in … exclusive
    # interviews … are invited to contact: media@superpatch.com Press kits available upon request."
    # (xe_wire_noticias_1), "Organizers are available for interviews … – email: cpghou@culturepilot.com".
    return _OFFER_ADDRESS.search(text) is not None


# A company's suffix closing a line: its stop ends no sentence ("Contact Information Acme Inc.").
_COMPANY_END = re.compile(r"\b(?:Inc|Ltd|Corp|Co|LLC|PLC|L\.P)\.$")
# A contact label whose colon the page left out, one space before the name: "Contact Information PRISM
# MediaWire110 East 59th Street …" (xk_wire_prism_1), "Media Contact Andrew Hogue Co-CEO …".
_CONTACT_NAMED = re.compile(
    r"(?:contact[ \t\xa0]++(?:information|details)|(?:media|press)[ \t\xa0]++contacts?)[ \t\xa0](?-i:(?=[A-Z]))",
    re.IGNORECASE,
)


# A contact heading that names its audience: "For Media Inquiries and AHA/ASA Expert Perspective: 214-706-1173",
# "Pacylex Pharmaceuticals Contact: Michael J. Weickert", "For media inquiries, please contact:".
_CONTACT_WORD = re.compile(r"\b(?:contacts?|inquiries|enquiries|inquiry|enquiry)\b", re.IGNORECASE)
# A label naming only the audience, before a phone or an e-mail: "Media: NSW Police Media Unit (02) 8263 6100".
# So does CNW's footer label: "For further information: Media Relations, 416-808-7100".
_AUDIENCE_LABELS = frozenset(
    {"media", "press", "investors", "journalists", "media line", "press line"}
    | {"for further information", "for more information", "further information"}
)
_LABEL_END = re.compile(r"[ \t\xa0]*+[:：]")  # also the full-width colon of CJK templates
_CLOSERS = frozenset(")]}")


def contact_heading(source: str, pieces: tuple[Piece, ...], i: int) -> bool:
    """A short label ending in a colon that names a contact: ``Investor Relations Inquiries:``.

    The label stands alone or is followed by a phone or an e-mail address; it is never a story sentence
    (the label has no sentence end and at most eight words), but for a lead-in of up to sixteen that opens
    with ``For`` and ends in ``contact:`` over a phone or an e-mail.
    """
    piece = pieces[i]
    if piece.kind not in ("paragraph", "heading", "list_item") or piece.end - piece.start > _MAX_LINE:
        return False
    window = min(piece.end, piece.start + 140)  # room for a long lead-in; a label's colon is in its first 70
    if source.find(":", piece.start, window) < 0 and source.find("：", piece.start, window) < 0:
        return False  # a fast path: most lines have no colon, and ``_LABEL_END`` needs one
    colon = _LABEL_END.search(source, piece.start, window)
    if colon is None:
        return False
    label = source[piece.start : colon.start()]
    if _SENTENCE_END.search(label) or label[:1] in _CLOSERS:
        # A line that opens with a closing bracket is the cut-off tail of a link or an aside (``)[](:) Contact :``),
        # no label; its first colon may be a link's, which the rendering drops (SPEC 5).
        return False
    if len(label.split()) > 8 or colon.start() - piece.start > 70:
        # "For more information about the Zero Waste construction certification, please contact:" over the
        # contact's line (yc_wire_prism_1's neighbour yc_wire_prkarma_1): a longer lead-in ends in its verb.
        return (
            len(label.split()) <= 16
            and colon.end() == piece.end
            and label.startswith("For ")
            and label.rstrip().endswith("contact")  # "For more information about …, please contact"
            and any(_cue(_PHONE_OR_EMAIL, source, p.start, p.end) for p in pieces[i + 1 : i + 3])
        )
    audience = not _CONTACT_WORD.search(label)
    if audience and " ".join(label.split()).casefold() not in _AUDIENCE_LABELS:
        return False
    if colon.end() < piece.end:
        return _cue(_PHONE_OR_EMAIL, source, colon.end(), piece.end)
    # A label naming only the audience heads a contact when a phone or an e-mail stands under it, not a list
    # of links ("For more information:" / "* Read the Forrester Wave ..." / "* Learn more about ...").
    return not audience or any(_cue(_PHONE_OR_EMAIL, source, p.start, p.end) for p in pieces[i + 1 : i + 4])


# Names and a phone number, nothing else: "Laura Capps Melissa Wagoner  202  224 2633" (punctuation-stripped
# Senate text, where the label and the dashes are gone).
_NAMES_AND_PHONE = re.compile(r"(?:[A-Z][\w'’-]{0,30}+[ \t\xa0]++){2,8}+\(?\d{3}\)?[ \t.\-]++\d{3}[ \t.\-]++\d{4}")


def names_and_phone(source: str, pieces: tuple[Piece, ...], i: int) -> bool:
    """A line of names followed by a phone number and nothing else: a contact whose label was lost."""
    piece = pieces[i]
    return (
        piece.kind in ("paragraph", "heading", "list_item")
        and piece.end - piece.start <= 120
        and bool(_NAMES_AND_PHONE.fullmatch(source, piece.start, piece.end))
    )


# An acronym naming the subject of an About section, then its spelled-out name: "NIA Nonprofits ...".
_ACRONYM_NAME = re.compile(r"([A-Z]{2,8})[ \t\xa0]++(?=[A-Z][a-z])")


# The words a company's boilerplate opens with after its name: "Founded in 1896", "Headquartered in Austin".
# The verbs of a company's founding: both rules below read them (``issuer_name`` only these).
_FOUNDING_VERBS = r"Founded|Headquartered|Established|Incorporated|Launched|Formed|Created"
_ABOUT_OPENER = re.compile(
    rf"(?<=[ \t\xa0])(?:{_FOUNDING_VERBS}|Based|Since|Celebrating|Serving|Located|Started)"
    r"[ \t\xa0]++(?:in|as|by|on|at|with|over|more|nearly|the|\d)"
)


# A company boilerplate's first words: "Established in 1966, the Office of the Board of Investment ...".
_BOILERPLATE_START = re.compile(rf"(?:{_FOUNDING_VERBS})[ \t\xa0]++(?:in|as|by|on|at|with|\d)")


def issuer_name(source: str, pieces: tuple[Piece, ...], i: int) -> bool:
    """A name glued to the company's boilerplate: an About section without the word ``About``.

    Media OutReach prints the issuer's profile under its notice, the name glued to its text:
    ``Thailand Board of InvestmentEstablished in 1966, the Office of the Board of Investment (BOI) has …`` (the
    paragraph stage cuts the two apart). The name is a few capitalised words; the text glued to it opens with
    the boilerplate's usual first word, or the name again as its subject, as in the ``About VinhomesVinhomes is``
    its template prints with the word: ``Hong Kong Science and Technology Parks CorporationHong Kong Science and
    Technology Parks Corporation (HKSTP) was established in 2001`` (sc_wire_mediaoutreach_1).
    """
    piece = pieces[i]
    if piece.kind not in ("heading", "paragraph") or i + 1 >= len(pieces) or piece.end - piece.start > 80:
        return False
    nxt = pieces[i + 1]
    if nxt.kind != "paragraph" or nxt.start != piece.end:  # glued by the scrape: "… InvestmentEstablished in 1966"
        return False
    name = _text(source, piece)
    again = (
        len(name.split()) >= 2
        and source.startswith(name, nxt.start)
        and source[nxt.start + len(name) : nxt.start + len(name) + 1] in (" ", "\xa0", ",")
    )
    return (again or _BOILERPLATE_START.match(source, nxt.start, nxt.end) is not None) and _is_name_line(name)


# A company's tagline heading its boilerplate: "PPG: WE PROTECT AND BEAUTIFY THE WORLD®" (the name, a colon,
# the slogan in capitals, maybe its mark).
_TAGLINE = re.compile(
    r"(?P<name>[A-Z][\w&.'’-]{1,30}+(?:[ \t\xa0]++[A-Z][\w&.'’-]{0,30}+){0,3}+)[ \t\xa0]*+:[ \t\xa0]*+"
    r"[A-Z][A-Z0-9 ,.'’&!\t\xa0-]{5,80}+[\u00ae\u2122]?+"
)
# The exchange and ticker a listed company's profile gives after its name: "(NYSE:PPG)", "(Nasdaq: ACME)".
_TICKER = r"[ \t\xa0]*+\((?:NYSE|NASDAQ|Nasdaq|TSX|TSXV|LSE|ASX|AMEX|CSE|OTC[A-Z]*+)[ \t\xa0]*+:"


def tagline_heading(source: str, pieces: tuple[Piece, ...], i: int) -> bool:
    """A company's tagline over its listed profile: an About section without the word ``About``.

    Listed companies head their boilerplate with their slogan: ``PPG: WE PROTECT AND BEAUTIFY THE WORLD®`` /
    ``At PPG (NYSE:PPG), we work every day to develop …`` (citybiz, x4_wire_citybiz_1). The paragraph under
    it opens with the name the line gives and its exchange ticker, as profiles do ("Acme (Nasdaq: ACME) is
    …"); a news paragraph opening so ("Acme (Nasdaq: ACME) today announced …") is the story's.
    """
    piece = pieces[i]
    if piece.kind not in ("heading", "paragraph") or i + 1 >= len(pieces) or piece.end - piece.start > 100:
        return False
    tagline = _TAGLINE.fullmatch(_text(source, piece))
    nxt = pieces[i + 1]
    if tagline is None or nxt.kind != "paragraph":
        return False
    name = re.escape(tagline.group("name"))
    profile = re.compile(rf"(?:At[ \t\xa0]++)?(?i:{name}){_TICKER}")  # "FIBRA: …" / "At Fibra (NYSE:FBR)"
    opening = source[nxt.start : min(nxt.end, nxt.start + 200)]
    return profile.match(opening) is not None and "announc" not in opening and "today" not in opening


def _caps_name_glued(text: str) -> bool:
    """A name in capitals glued to its first word said again: ``XNRGY CLIMATE SYSTEMSXNRGY is``, ``KWDKKWDK is``.

    The heading's name and the sentence's subject meet with no space, so no word boundary shows where the
    heading ends ("ABOUT TO THE MARKETTO THE MARKET delivers"); a later word of the name ending in the
    first one does.
    """
    words = text.split(maxsplit=12)[:12]
    first = words[0] if words else ""
    if len(first) < 2 or not first.isupper():
        return False
    half = len(first) // 2
    if half >= 3 and first[:half] == first[half:]:  # "COCO", "MAMA": a name of its own
        return (
            True  # a one-word name glued to itself: "About KWDKKWDK is a leading provider" (zc_wire_blockchainwire_1)
        )
    for word in words[1:]:
        if not word.isupper():
            return False
        # the repeat glued to the name's last word, a letter or a figure before it: ":T," after "T," is a mark's
        # line joined on, no name said twice (fuzz F1130-9)
        if len(word) > len(first) and word.endswith(first) and word[-len(first) - 1].isalnum():
            return True
    return False


# The About heading's generic names, set off by a colon, a run of spaces or the line's end, or glued to the next
# capital: "About the company  SPIRIT DSP …", "About Us:", "About the Company" (the story says "about the company's
# plans" in lower case, one space on).
_GENERIC_ABOUT = re.compile(
    r"(?i:(?:the[ \t\xa0]++|our[ \t\xa0]++)?(?:company|us|issuer|organi[sz]ation))"
    r"(?:[ \t\xa0]*+:|[ \t\xa0]{2,}+|[ \t\xa0]*+$|(?=[A-Z]))"
)
# A colon glued to the capital after it: the end of an About heading's name run into its text.
_COLON_GLUED = re.compile(r":(?=[A-Z][a-z])")
# A web address as a company's name: "latinobaseball.com", "acme.io".
_SITE_NAME = re.compile(r"[a-z0-9][a-z0-9.-]{0,120}\.(?:com|org|net|io|ai|co|us|news)")  # one quantifier: linear
# A name's initials in brackets, then the same initials opening the next sentence: "(GTN) GTN is".
_INITIALS_AGAIN = re.compile(r"[ \t\xa0]\((?P<abbr>[A-Z][A-Za-z0-9&]{1,9}+)\)[ \t\xa0]++(?P=abbr)(?![\w])")


# The spaces that are no line break (tab, NBSP, the wide ones), each the one space the rendering prints.
_SPACES_AS_SPACE = str.maketrans(
    dict.fromkeys(
        "\t\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000", " "
    )
)
_OPEN_QUOTES = frozenset('“"')
_QUOTE_PAIRS = {"“": "”", '"': '"'}


def _unquoted(name: str) -> str:
    """A name without the quote marks around it: a book's or a campaign's title (``“Latinas in Public Relations”``)."""
    close = _QUOTE_PAIRS.get(name[:1])
    return name[1:-1] if close is not None and len(name) > 2 and name.endswith(close) else name


def about_heading(source: str, pieces: tuple[Piece, ...], i: int) -> bool:
    """``About INTERPOL`` alone on a line, or glued to its first sentence (``About CloudbenchCloudbench is``)."""
    piece = pieces[i]
    if piece.kind not in ("paragraph", "heading"):
        return False
    bold = 2 if source.startswith(("**", "__"), piece.start) else 0  # markdown bold: "**About Acme Foods**"
    head = source[piece.start : min(piece.end, piece.start + 60)]
    # The heading hard-wrapped inside its first words ("About the" / "Springfield Police Department", a form feed
    # for the break: "About the\fP", fuzz F1130-29) is read as the rendering joins it, "the" then no name.
    m = _ABOUT.match(head if head.isprintable() else head.translate(_AS_SPACE), bold)
    name_end = piece.start + m.end() if m else -1
    if name_end < 0:
        # "About:" alone over the company's paragraph, its name left to the text (xh_wire_blockchainwire_1)
        return _BARE_ABOUT.fullmatch(source, piece.start, piece.end) is not None
    end = min(piece.end, piece.start + 120)
    if source.find("](", piece.start, end) >= 0:
        end = min(piece.end, piece.start + 2500)  # room for the link's address
    # The line as the rendering prints it: a tab or a wide space is a space there, one for one, so the name's words
    # and a repeat set apart by one ("About the Inc I\tnc", fuzz F1125-69) read alike on the page and rendered.
    line = source[piece.start : end].split("\n", 1)[0].translate(_SPACES_AS_SPACE)
    alone = piece.start + len(line) == piece.end
    if bold and line.rstrip().endswith(("**", "__")):
        line = line.rstrip()[:-2]
    if "](" in line:
        # "About [Debt.com](https://www.debt.com/...)": the name as the rendering shows it (markdown_link).
        line = _MARKDOWN_LINK.sub(lambda link: link.group("text"), line)
    name_at = name_end - piece.start  # after "About " or "About the "
    if alone and len(line) <= 120 and _is_name_line(_unquoted(line[name_at:].rstrip())):
        return True
    # The heading hard-wrapped over two lines, which the paragraph stage joined ("About the Springfield" /
    # "Police Department"): the rendering sets it on one line, where it stands alone (fuzz F1127-16, SPEC 5).
    if not alone and not bold and piece.lines == 2 and piece.end - piece.start <= 120:
        wrapped = normalise(source[name_end : piece.end])
        if "](" not in wrapped and _is_name_line(_unquoted(wrapped)):
            return True
    if line[name_at : name_at + 1] in _OPEN_QUOTES:
        return False  # a quoted title is a heading only alone on its line
    line = line[:120]
    # "About the company  SPIRIT DSP (www.spiritDSP.com) …", "About Us:", "About the Company" alone: a generic name.
    if _GENERIC_ABOUT.match(line, name_at):
        return True
    # "About Zillow Group: Zillow Group, Inc. is ..."; "ABOUT BOSTON REALTY ADVISORS Founded in 2001 ...".
    colon = line.find(": ")
    if name_at < colon < 100 and _is_name_line(line[name_at:colon]):
        return True
    # The colon glued to the boilerplate's first word: "About the World Council on City Data (WCCD):Established in
    # Canada …" (zc_wire_mediaoutreach_1).
    glued = _COLON_GLUED.search(line, name_at, min(len(line), 102))
    if glued is not None and glued.start() < 100 and _is_name_line(line[name_at : glued.start()]):
        return True
    caps = re.match(r"ABOUT(?:[ \t\xa0]++[A-Z0-9&.,'’-]++(?=[ \t\xa0])){1,10}+[ \t\xa0]++(?=[A-Z][a-z])", line)
    if caps or _caps_name_glued(line[name_at:]):
        return True
    # "About Empire Access Founded in 1896 with ...": the boilerplate's usual opening word after the name.
    opener = _ABOUT_OPENER.search(line, name_at, min(len(line), name_at + 80))
    if opener is not None:
        # the name may be a web address in lower case: "About latinobaseball.com Founded in 1992, …"
        name = line[name_at : opener.start()].strip()
        if _is_name_line(name) or _SITE_NAME.fullmatch(name):
            return True
    # The name set off by a comma before the boilerplate's clause: "About RALLY, where innovation convenes, …".
    if _ABOUT_APPOSITIVE.match(line, name_at):
        return True
    # The template printed "About" and lost the name: "About Founded by the husband-and-wife team …" (Qwoted).
    if _ABOUT_OPENER.match(line, name_at):
        return True
    # Glued: the name repeats right after the heading, with or without a space ("About The Timken
    # CompanyThe Timken Company (NYSE: TKR)", "About Haltom City Haltom City is", "About Make Haltom City
    # Thrive Again The Make Haltom City Thrive Again has").
    limit = min(len(line), 100)
    camels = [m.start() for m in _CAMEL.finditer(line, name_at, limit)]
    if line[name_at : name_at + 1].isdigit():
        # a name that opens with a digit, glued to itself: "About 1win Charity1win Charity is" (Media OutReach)
        camels += [m.start() for m in _LETTER_DIGIT.finditer(line, name_at, limit)]
    for at in (*camels, *(m.start() for m in re.finditer(r"(?<=[ \u00a0])", line[:limit]))):
        name = line[name_at:at].strip()
        first = name.split()[0].casefold() if name.split() else ""
        rest = line[at : at + 60].casefold().replace("\u00a0", " ")
        rest = rest.removeprefix("the ")
        # the repeat may set the name's words apart: "About PollenSensePollen Sense, headquartered …"
        repeated = rest.startswith(first) or rest.replace(" ", "").startswith(first)
        # glued, the name may come back inside the company's full name: "About PurinaNestlé Purina PetCare …"
        repeated = repeated or (at in camels and first in rest.split()[1:3])
        if first and len(name) >= 2 and repeated and _is_name_line(name):
            return True
        # "About the Prestigious Great Taste Guild of Fine Food 2025 The Great Taste Guild of ...": the story
        # names the subject again with a word of the heading's name.
        words = {w.casefold() for w in name.split() if len(w) >= 4}
        head_word = rest.split(" ", 1)[0]
        if len(words) >= 2 and head_word in words and _is_name_line(name):
            return True
    # "ABOUT GLOBAL TAX NETWORK (GTN) GTN is …": the name with its initials in brackets, then the initials open
    # the boilerplate's first sentence.
    initials = _INITIALS_AGAIN.search(line, name_at, min(len(line), name_at + 100))
    if initials is not None and _is_name_line(line[name_at : initials.start()].strip()):
        return True
    # "About NIA Nonprofits Insurance Alliance (NIA) is ...": an acronym as the name, spelled out at once
    # with the acronym again in parentheses.
    acronym = _ACRONYM_NAME.match(line, name_at)
    if acronym is not None and f"({acronym.group(1)})" in line[acronym.end() : acronym.end() + 100]:
        return True
    # "Acerca de Lotto.com Inc. Con sede en ...": a company name with its suffix, then a sentence.
    suffixed = _SUFFIXED_NAME.match(line, name_at, min(len(line), name_at + 100))
    return bool(suffixed and _is_name_line(suffixed.group("name")))


def disclaimer(source: str, pieces: tuple[Piece, ...], i: int) -> bool:
    """``Forward-Looking Statements``, ``Safe Harbor Statement``, "This press release contains forward-looking ..."."""
    piece = pieces[i]
    return piece.kind in ("paragraph", "heading") and bool(
        _DISCLAIMER.match(source, piece.start, piece.end)
        or _DISCLAIMER_HEADING_GLUED.match(source, piece.start, piece.end)
    )


_WHOLE_RELEASE_NOTE = _whole(_RELEASE_NOTE, 100)
_WHOLE_DATE_LINE = _whole(_DATE_LINE, 140)


def release_note(source: str, pieces: tuple[Piece, ...], i: int) -> bool:
    """``FOR IMMEDIATE RELEASE``, ``EMBARGOED UNTIL ...``, ``MEDIA ADVISORY`` alone on a line.

    Also with an accented letter the page's markup set on a line of its own (``Para Publicaci`` / ``ó`` /
    ``n Inmediata``, Orange County's Spanish pages).
    """
    if _WHOLE_RELEASE_NOTE(source, pieces, i):
        return True
    piece = pieces[i]
    if not (_is_line(piece) and 2 <= piece.lines <= 3 and piece.end - piece.start <= 60):
        return False
    joined = _LONE_LETTER_BREAK.sub("", source[piece.start : piece.end]).strip()
    return "\n" not in joined and bool(_RELEASE_NOTE.fullmatch(joined))


# The line breaks around a letter alone on its line: "Publicaci\nó\nn" is "Publicación".
_LONE_LETTER_BREAK = re.compile(r"[ \t]*+\r?\n[ \t]*+(?=[^\W\d_][ \t]*+\r?\n)|(?<=\n[^\W\d_])[ \t]*+\r?\n[ \t]*+")


# An embargo line that stops at its "until": its time is on the next line.
_OPEN_EMBARGO = re.compile(r"embargo(?:ed)?[ \t\xa0]++(?:until|till)[ \t\xa0]*+:?$", re.IGNORECASE)
# Hard-wrapped after its first line too ("EMBARGOED UNTIL 00:01 GMT" / "THURSDAY 5 MAY 2026"): the rendering
# joins the lines, and the note reads the same there (SPEC 5).
_WHOLE_EMBARGO = _whole(
    re.compile(r"embargo(?:ed)?[ \t\xa0]++(?:until|till)\b[^\n]{0,80}+(?:\n[^\n]{1,40}+)?", re.IGNORECASE), 120
)


# Wire distribution lines under the story: "Source: First Orion", "Distributed by: Reportable, Inc.".
# PR Newswire's footer drops the colon: "SOURCE Acme Robotics Inc." (the label in capitals); so do police
# forces' "Issued by Police Media Centre" and wire pages' "News provided by Acme Inc.". Its Spanish pages
# print "FUENTE Grupo Altamar".
_DISTRIBUTION = re.compile(
    r"(?:(?i:source|fuente|distributed[ \t\xa0]++by|issued[ \t\xa0]++by|news[ \t\xa0]++provided[ \t\xa0]++by)"
    r"[ \t\xa0]*+:|SOURCE|FUENTE|(?i:issued|distributed|news[ \t\xa0]++provided)[ \t\xa0]++by)"
    r"\s*+(?P<name>[^\n]{2,60}+)"
)


# A wire's name between double dashes on a line of its own: "--News Direct--". It is the dateline when the story
# names no place; over a story that opens with its own (``dateline._placed_below``) it notes the wire.
_DASHED_WIRE = re.compile(r"[-–—]{2}[ \t\xa0]*+[A-Z][\w&.'’]*+(?:[ \t\xa0][A-Z][\w&.'’]*+){0,4}+[ \t\xa0]*+[-–—]{2}")


def distribution_note(source: str, pieces: tuple[Piece, ...], i: int) -> bool:
    """``Source: First Orion`` or ``Distributed by: Reportable, Inc.`` alone on a line: who issued the release.

    The value must be a name (``Source: police said`` in a story is not one). A wire's ``--News Direct--``
    left over a story with its own dateline (xh_wire_newsdirect_1) notes the wire too.
    """
    piece = pieces[i]
    if not _is_line(piece) or piece.end - piece.start > 80:
        return False
    if _DASHED_WIRE.fullmatch(source, piece.start, piece.end):
        return True
    return is_distribution_line(_joined(source, piece))


def is_distribution_line(text: str) -> bool:
    """``Source: First Orion`` as a line's text: the rule ``distribution_note`` reads, on the text alone.

    Meta takes such a line wherever it stands and the rendering leaves it out, so a stage that reads past
    meta's lines (a heading's neighbours, ``headings._meta_line``) must read past it too (SPEC 5).

    >>> is_distribution_line("Source: First Orion"), is_distribution_line("Source: police said")
    (True, False)
    """
    m = _DISTRIBUTION.fullmatch(text)
    return m is not None and _is_name_line(m.group("name"))


# A capitalised word of a name or an office ("SONOMA", "Cook", "O'Brien"), and a place name of one or two.
_NAME_WORD = r"[A-Z][\w.'’-]{0,24}+"
_PLACE_NAME = rf"{_NAME_WORD}(?:[ \t\xa0]++{_NAME_WORD})?"
# The word that ends a street's name in an address: "Civic Center Drive", "South Sepulveda Blvd".
_STREET_WORD = (
    r"(?:Street|St|Avenue|Ave|Boulevard|Blvd|Road|Rd|Drive|Dr|Way|Lane|Ln|Plaza|Place|Parkway|Pkwy|Court|Ct)(?![a-z])"
)
# The title of a county prosecutor: "District Attorney", "State's Attorney", "PROSECUTING ATTORNEY".
_PROSECUTOR = r"(?i:district|state['’]s|county|prosecuting|commonwealth['’]s|city|circuit)[ \t\xa0]++(?i:attorney)"
# A department, ministry or agency named alone, as a government page prints its issuer in the header (DOJ's
# "Office of Public Affairs" / "U.S. Department of Justice" over "Press Release"): "Ministry of Foreign
# Affairs", "Department for Environment, Food & Rural Affairs", "Federal Bureau of Investigation", "The
# Justice Department", "Environmental Protection Agency". A name has no verb: after "of" / "for" come one or
# two words a group, the groups joined by "and", "&" or a comma ("Department of Justice Announces Charges"
# has three words after "of" and no "and": a headline); before the agency word stand two words at most and
# nothing after it ("Trump Fires Justice Department" has three: a headline).
_AGENCY_WORD = r"(?:Department|Ministry|Agency|Bureau|Administration|Commission|Office)"
_AGENCY_PART = rf"{_NAME_WORD}(?:[ \t\xa0]++{_NAME_WORD})?"
_AGENCY = (
    r"(?:(?i:the)[ \t\xa0]++)?"
    r"(?:(?:U\.[ \t\xa0]?S\.|U\.[ \t\xa0]?K\.|United[ \t\xa0]++(?:States|Kingdom)|US|UK|HM)[ \t\xa0]++)?"
    rf"(?:(?:{_NAME_WORD}[ \t\xa0]++)?{_AGENCY_WORD}[ \t\xa0]++(?:of|for)[ \t\xa0]++(?:the[ \t\xa0]++)?{_AGENCY_PART}"
    rf"(?:(?:,[ \t\xa0]*+(?:(?:and|&)[ \t\xa0]++)?|[ \t\xa0]++(?:and|&)[ \t\xa0]++){_AGENCY_PART}){{0,3}}+"
    r"|[A-Z][a-z]{1,24}+(?:[ \t\xa0]++[A-Z][a-z]{1,24}+)?[ \t\xa0]++"
    r"(?:Department|Agency|Bureau|Administration|Commission))"
)
# The issuing office a US federal release prints under its release note: "Office of Public Affairs" (DOJ),
# "U.S. Attorney's Office, District of New Jersey", "Office of the Inspector General".
_ISSUER_PART = (
    r"(?:the[ \t\xa0]++)?(?:U\.[ \t\xa0]?S\.|United[ \t\xa0]++States)[ \t\xa0]++Attorney(?:['’]s[ \t\xa0]++Office)?"
    r"(?:[ \t\xa0]*+[,–—-][ \t\xa0]*+(?:(?:Northern|Southern|Eastern|Western|Middle|Central)[ \t\xa0]++)?"
    r"District[ \t\xa0]++of[ \t\xa0]++(?:the[ \t\xa0]++)?[A-Z][\w.]{0,20}+(?:[ \t\xa0]++[A-Z][\w.]{0,20}+)?)?"
    r"|Office[ \t\xa0]++of[ \t\xa0]++(?:the[ \t\xa0]++)?"
    r"(?:Public[ \t\xa0]++Affairs|Communications|Media[ \t\xa0]++Relations|Press[ \t\xa0]++Secretary"
    r"|Inspector[ \t\xa0]++General)"
    r"|Oficina[ \t\xa0]++de[ \t\xa0]++Asuntos[ \t\xa0]++P[úu]blicos"  # justice.gov's Spanish releases
    # The district under "U.S. Attorney's Office" in a USAO page header: "Eastern District of Virginia".
    r"|(?:(?:Northern|Southern|Eastern|Western|Middle|Central)[ \t\xa0]++)?District[ \t\xa0]++of[ \t\xa0]++"
    r"(?:the[ \t\xa0]++)?[A-Z][\w.]{0,20}+(?:[ \t\xa0]++[A-Z][\w.]{0,20}+)?"
    # A county prosecutor's letterhead without its address (the address makes it ``letterhead`` noise):
    # "OFFICE OF THE DISTRICT ATTORNEY" / "COUNTY OF SONOMA" / "JILL ROE, DISTRICT ATTORNEY", "Office of the
    # Cook County State's Attorney", "SAN DIEGO COUNTY DISTRICT ATTORNEY".
    r"|(?:(?i:office[ \t\xa0]++of[ \t\xa0]++)(?:(?i:the)[ \t\xa0]++)?)?"
    rf"(?:(?:{_NAME_WORD}[ \t\xa0]++){{1,2}}(?i:county)[ \t\xa0]++)?"
    rf"{_PROSECUTOR}(?:['’](?i:s)[ \t\xa0]++(?i:office))?"
    rf"(?:[ \t\xa0]*+[,–—-][ \t\xa0]*+(?i:county|city)[ \t\xa0]++(?i:of)[ \t\xa0]++{_PLACE_NAME})?"
    rf"|(?i:county|city[ \t\xa0]++and[ \t\xa0]++county|city)[ \t\xa0]++(?i:of)[ \t\xa0]++{_PLACE_NAME}"
    rf"|(?:{_NAME_WORD}[ \t\xa0]++){{1,3}}+{_NAME_WORD},[ \t\xa0]*+{_PROSECUTOR}"
    # A county attorney's office named by its county (Minnesota, Iowa): "Carver County Attorney's Office". The
    # office is named: "Jones Named County Attorney" is a headline.
    rf"|{_PLACE_NAME}[ \t\xa0]++(?i:county[ \t\xa0]++attorney['’]s[ \t\xa0]++office)"
    # The county and state under "OFFICE OF THE DISTRICT ATTORNEY": "GRANITE COUNTY, COLORADO", and the
    # Spanish letterhead: "FISCALÍA DEL CONDADO DE MAVERICK" / "Oficina del Fiscal de Distrito Ernesto Galindo".
    rf"|{_PLACE_NAME}[ \t\xa0]++(?i:county|parish)(?:,[ \t\xa0]*+{_PLACE_NAME})?"
    rf"|(?i:fiscal[íi]a[ \t\xa0]++del[ \t\xa0]++condado[ \t\xa0]++de)[ \t\xa0]++{_PLACE_NAME}"
    rf"|(?i:oficina[ \t\xa0]++del[ \t\xa0]++fiscal(?:[ \t\xa0]++de[ \t\xa0]++distrito)?)"
    rf"(?:[ \t\xa0]++{_NAME_WORD}){{0,3}}+"
    # The letterhead's address lines: "401 Civic Center Drive West", "Santa Ana, CA 92701".
    rf"|\d{{1,6}}+(?:[ \t\xa0]++{_NAME_WORD}){{1,4}}?[ \t\xa0]++(?:{_STREET_WORD}\.?|Suite[ \t\xa0]++\d++)"
    r"(?:[ \t\xa0]++(?:West|East|North|South|W\.?|E\.?|N\.?|S\.?))?(?:,?[ \t\xa0]++Suite[ \t\xa0]++\d++)?"
    rf"|{_PLACE_NAME},[ \t\xa0]*+[A-Z]{{2}}[ \t\xa0]++\d{{5}}(?:-\d{{4}})?"
    rf"|{_AGENCY}"
)
# Two names of the issuer on one letterhead line: "OFFICE OF THE DISTRICT ATTORNEY • COUNTY OF SAN BENITO".
_ISSUER = re.compile(rf"(?:{_ISSUER_PART})(?:[ \t\xa0]*+[•·|][ \t\xa0]*+(?:{_ISSUER_PART}))?")
_WHOLE_ISSUER = _whole(_ISSUER, 100)


def issuing_office(source: str, pieces: tuple[Piece, ...], i: int) -> bool:
    """``Office of Public Affairs`` or ``U.S. Attorney's Office, District of Utah`` alone on a front line.

    Who issued the release (as ``Source: ...`` says under a wire story), never the headline.
    """
    return _WHOLE_ISSUER(source, pieces, i)


def embargo_note(source: str, pieces: tuple[Piece, ...], i: int) -> bool:
    """``Embargoed until 4 a.m. CT/5 a.m. ET, Monday, Aug. 26, 2024`` alone on a line, wherever it stands.

    Wire templates print it under the highlights, after the story has begun.
    """
    return _WHOLE_EMBARGO(source, pieces, i)


def media_note(source: str, pieces: tuple[Piece, ...], i: int) -> bool:
    """A note to the media on its own line: ``*Media interested in attending are asked to ...``."""
    piece = pieces[i]
    return (
        _is_line(piece)
        and piece.end - piece.start <= _MAX_LINE
        and bool(_MEDIA_NOTE.match(source, piece.start, piece.end))
    )


# The heading of the notes under a release's end ("Notes to editors", "NOTE TO EDITORS:", "Editor's notes",
# "Background for editors"): gov.uk, UK police forces, Europol and UN agencies print the background there.
_EDITORS_NOTES = re.compile(
    r"(?:notes?|background)[ \t\xa0]++(?:to|for)[ \t\xa0]++(?:the[ \t\xa0]++)?editors?"
    r"|editor(?:s['’]|['’]s)?[ \t\xa0]++notes?[ \t\xa0]*+:?",
    re.IGNORECASE,
)
_WHOLE_EDITORS_NOTES = _whole(re.compile(rf"(?:{_EDITORS_NOTES.pattern})[ \t\xa0]*+:?", re.IGNORECASE), 40)


def editors_notes(source: str, pieces: tuple[Piece, ...], i: int) -> bool:
    """``Notes to editors`` alone on a line, wherever it stands: it heads the notes section under the story.

    The notes (background, links, the agency's boilerplate) are about the release, not its story: the
    section extends over its paragraphs as an About section does.
    """
    return _WHOLE_EDITORS_NOTES(source, pieces, i)


def date_line(source: str, pieces: tuple[Piece, ...], i: int) -> bool:
    """``17 December 2018``, ``Tuesday, June 10, 2008``, ``Release Date: March 4, 2025``, ``Admin | April 24, 2026``.

    Where the page's marks were stripped (no stop in its first lines), ``8 2 2007`` is ``8/2/2007``.
    """
    piece = pieces[i]
    if not _has_digit(source, piece.start, piece.end):
        return False
    if _WHOLE_DATE_LINE(source, pieces, i):
        return True
    return bool(_STRIPPED_DATE.fullmatch(_text(source, piece))) and _stripped_page(source, pieces)


# A numeric date whose slashes a scrape turned into spaces: "8 2 2007" (punctuation-stripped Senate pages).
_STRIPPED_DATE = re.compile(r"(?:0?[1-9]|1[0-2]) (?:0?[1-9]|[12]\d|3[01]) (?:19|20)\d\d")


PAGE_HEAD = 2000
"""Characters of the page ``_stripped_page`` reads for stops (``source[:PAGE_HEAD]``): its first lines.

``noise`` reads a contact line past them once a text (``noise._CONTACT_HEAD``): the two cannot drift."""


def _stripped_page(source: str, pieces: tuple[Piece, ...]) -> bool:
    """Whether the page's punctuation was stripped: no stop, question or exclamation mark in its first lines.

    The page is long enough to have sentences (forty words): a short note without stops is no such page.
    Both tests hold on the clean rendering too (SPEC 5), which keeps the story's words and adds no stop.
    A word has a letter or a digit: a mark alone (a markdown heading's ``#``, a bullet's ``*``, a ``|``)
    is layout the rendering drops (fuzz F1126-30); so is what the noise stage took (a menu's ``News``, fuzz
    F1129-8), read past here.
    """
    head = source[:PAGE_HEAD]
    shown = [p for p in pieces if p.start < len(head)]
    # Date lines and release notes over the first long run of words: front matter, which the rendering drops.
    lead = next((k for k, p in enumerate(shown) if _is_stripped_prose(source, p)), len(shown))
    taken = [(p.start, p.end) for k, p in enumerate(shown) if p.kind == "noise" or (k < lead and _page_note(source, p))]
    if any(mark in _kept(head, taken) for mark in ".?!"):
        return False
    # Nor do the short lines over that run count as words: a headline or a contact line, which the rendering drops,
    # leaving a short page too few words there ("r 714323-4486" / "0 VO CA S" over a Spanish sentence, fuzz
    # F1130-18). The story's lines and items over it count ("The committee approved the bill today  The vote …").
    front = [(p.start, p.end) for p in shown[:lead] if _is_line(p) and p.lines == 1 and p.end - p.start <= 80]
    counted = _kept(head, sorted({*taken, *front}))
    return sum(1 for word in counted.split() if not _MARKS_ONLY.fullmatch(word)) >= 40


def _kept(head: str, taken: list[tuple[int, int]]) -> str:
    """``head`` without the ``taken`` spans (noise, page notes, in order), each set apart by a space."""
    kept, at = [], 0
    for cut_start, cut_end in taken:
        if cut_end <= at:
            continue
        kept.append(head[at:cut_start])
        at = max(at, cut_end)
    return " ".join((*kept, head[at:]))


def _page_note(source: str, piece: Piece) -> bool:
    """Whether a line is a date line or a release note alone, which the rendering drops over the story.

    Its words are the page's, not the story's: read past them, a short page reads the same in both readings
    ("n" / "Jun 1 2026" / a sentence of thirty-odd words without a stop, fuzz F1129-31). Under the story's first
    long run of words, the rendering keeps it, and its words count.
    """
    return (
        _is_line(piece)
        and piece.end - piece.start <= 140
        and (
            _DATE_LINE.fullmatch(source, piece.start, piece.end) is not None
            or _RELEASE_NOTE.fullmatch(source, piece.start, piece.end) is not None
        )
    )


# A "word" of marks only: layout, not a word of the page.
_MARKS_ONLY = re.compile(r"[^\w]++")


def date_stamp(source: str, pieces: tuple[Piece, ...], i: int) -> bool:
    """``Published 23 November 2026``, ``Last updated: 24 Nov 2026`` alone on a line, wherever it stands.

    A page prints its date stamps under the story too (gov.uk, police forces' CMSs); with its label the
    line is never the story's, unlike a bare date, which is taken before the story only.
    """
    piece = pieces[i]
    if not _is_line(piece) or piece.end - piece.start > 80 or not _has_digit(source, piece.start, piece.end):
        return False
    m = _DATE_LINE.fullmatch(source, piece.start, piece.end)
    return m is not None and m.group("stamp") is not None


def is_note_line(source: str, piece: Piece) -> bool:
    """A line this stage always takes where it stands before the story: a note or an end mark.

    A release note, a media note or a date standing alone (the front-only rules), an end mark
    (``###``), a byline (``By Jane Roe``), an About heading (``About Acme``) or a short line with a phone
    or an e-mail (``Kimberlee.leach@DallasCounty.org``, a front contact's line). The clean rendering
    leaves it out; the dateline stage, which runs first, reads past it as it reads past noise, and the
    story starts under it (``_story_start``), so both readings agree (SPEC 5).

    >>> from pressparse._block import Piece
    >>> is_note_line("FOR IMMEDIATE RELEASE", Piece("paragraph", 0, 21))
    True
    >>> is_note_line("Police met.", Piece("paragraph", 0, 11))
    False
    """
    if piece.end - piece.start > _MAX_LINE:
        return False  # every rule below takes short lines only: a fast path for story paragraphs
    pieces = (piece,)
    return (
        release_note(source, pieces, 0)
        or media_note(source, pieces, 0)
        or date_line(source, pieces, 0)
        or end_mark(source, pieces, 0)
        or byline(source, pieces, 0)
        or about_heading(source, pieces, 0)
        or (_is_line(piece) and _is_contact_line(source, piece))
    )


# Line rules, tried in order on each candidate piece. Front-only kinds are tried before the story only.
META_RULES: tuple[tuple[MetaKind, Rule], ...] = (
    (MetaKind.END_MARK, end_mark),
    (MetaKind.CONTACT, contact_label),
    (MetaKind.CONTACT, contact_heading),
    (MetaKind.CONTACT, names_and_phone),
    (MetaKind.DISCLAIMER, disclaimer),
    (MetaKind.ABOUT, about_heading),
    (MetaKind.ABOUT, issuer_name),
    (MetaKind.ABOUT, tagline_heading),
    (MetaKind.RELEASE_NOTE, release_note),
    (MetaKind.RELEASE_NOTE, editors_notes),
    (MetaKind.RELEASE_NOTE, embargo_note),
    (MetaKind.RELEASE_NOTE, distribution_note),
    (MetaKind.RELEASE_NOTE, issuing_office),
    (MetaKind.RELEASE_NOTE, media_note),
    (MetaKind.DATE, date_line),
    (MetaKind.DATE, date_stamp),
    (MetaKind.BYLINE, byline),
    (MetaKind.BYLINE, attribution),
    (MetaKind.BYLINE, from_field),
)
# Rules tried before the story only: a date or "FOR IMMEDIATE RELEASE" inside the story is the story's.
_FRONT_ONLY = frozenset({release_note, media_note, date_line, issuing_office})
# The rules that take a piece longer than ``_MAX_LINE`` (a heading glued to its section's first paragraph);
# every other rule takes a line of at most ``_MAX_LINE`` characters. Neither is front-only.
_ANY_LENGTH: frozenset[Rule] = frozenset({disclaimer, about_heading})
# A label alone on its line, the value on the next ("Published" / "December 6, 2012", "Author" / "Lei Lani Fera").
_LABELS = {"published": MetaKind.DATE, "posted": MetaKind.DATE, "posted on": MetaKind.DATE, "date": MetaKind.DATE,
           "release date": MetaKind.DATE, "updated": MetaKind.DATE, "last updated": MetaKind.DATE,
           "last modified": MetaKind.DATE, "first published": MetaKind.DATE, "author": MetaKind.BYLINE,
           "written by": MetaKind.BYLINE, "by": MetaKind.BYLINE, "from": MetaKind.BYLINE,
           "news provided by": MetaKind.RELEASE_NOTE, "nouvelles fournies par": MetaKind.RELEASE_NOTE,
           "noticias proporcionadas por": MetaKind.RELEASE_NOTE, "issued by": MetaKind.RELEASE_NOTE,
           "distributed by": MetaKind.RELEASE_NOTE, "source": MetaKind.RELEASE_NOTE}  # fmt: skip
# Labels read under the story's first paragraph too: a page's date fields and its "From:" (gov.uk).
_STORY_LABELS = frozenset(
    {"published", "posted", "posted on", "updated", "last updated", "last modified", "first published", "from"}
)
# Labels whose value is a name on the next line: the author, or who issued the release.
_NAME_LABELS = frozenset({MetaKind.BYLINE, MetaKind.RELEASE_NOTE})
_SECTIONS = frozenset({MetaKind.ABOUT, MetaKind.DISCLAIMER})


def date_of(text: str, *, month_first: bool | None = None) -> datetime.date | None:
    """The date of a ``date`` meta's text: the date isolated from its label, then parsed.

    ``month_first`` reads an all-numeric date the numbers leave open (``03/04/2026``): True under a US
    dateline (``dateline.month_first``), None leaves it unread.

    >>> date_of("Release Date: March 4, 2025"), date_of("Admin | April 24, 2026")
    (datetime.date(2025, 3, 4), datetime.date(2026, 4, 24))
    >>> date_of("Release Date: 03/04/2026"), date_of("Release Date: 03/04/2026", month_first=True)
    (None, datetime.date(2026, 3, 4))
    """
    m = _DATE_LINE.search(text[:200])
    return parse_date(m.group("date"), month_first=month_first) if m else None


# A brand written with a lower-case letter before its capital: "iCoreConnect", "eBay", "iHeartMedia" (sc_wire_nmw_1's
# "About iCoreConnect Inc."); a story's word never carries a capital after its first letter.
_CAMEL_BRAND = re.compile(r"[a-z]{1,2}[A-Z][\w'’&.-]*+")


def _is_name_line(text: str) -> bool:
    """A short run of names: "INTERPOL", "The Timken Company", "YETI Holdings, Inc."."""
    text = text.strip()
    words = text.split()
    if not words or len(words) > 12 or len(text) > 100 or text[-1] in ",;":
        return False  # a name ends no clause: "L ," is a line broken before its comma (fuzzing)
    if text.endswith(".") and not re.search(r"\b(?:Inc|Ltd|Co|Corp|Bros|S\.A|N\.V|L\.P|Assn)\.$", text):
        return False
    lower = [
        w
        for w in words
        if w[:1].islower()
        and w not in ("of", "the", "and", "for", "de", "in", "on", "&", "du", "la")
        and not _CAMEL_BRAND.match(w)
    ]
    return not lower and (words[0][:1].isupper() or words[0][:1] in "[0123456789" or bool(_CAMEL_BRAND.match(words[0])))


_SPACE_RUN = re.compile(r"\s{2,}+")


def _rendered_length(source: str, piece: Piece) -> int:
    """A line's length as the rendering prints it, a run of spaces counted once (read to ``4 * _MAX_LINE`` only).

    A flattened Senate header pads its headline to the page's width: ``Sen. Carper on Death of Sen. Craig Thomas
    of Wyoming`` + 348 spaces + ``For Immediate Release: June 5, 2007`` (tb_senate_carper_1) prints one line of 90.
    """
    length = piece.end - piece.start
    if length <= _MAX_LINE or length > 4 * _MAX_LINE:
        return length
    return len(normalise(source[piece.start : piece.end]))


def _is_prose(source: str, piece: Piece) -> bool:
    """A story paragraph: long, with a sentence end, or several lines.

    Its length is the rendering's: a run of spaces counts as one (a Senate page pads ``*5`` and a stop with
    seventy spaces; ``PressRelease.text`` prints ``*5 .``, no story, and reads it so: SPEC 5).
    """
    if piece.kind not in ("paragraph", "list_item"):
        return False
    length = piece.end - piece.start
    if length >= 80 and _SPACE_RUN.search(source, piece.start, piece.end) is not None:
        length = len(normalise(source[piece.start : piece.end]))
    ends = bool(_FINAL_STOP.search(source, max(piece.start, piece.end - 4), piece.end)) and not (
        piece.lines == 1 and length <= _MAX_LINE and _suffix_ends_headline(source[piece.start : piece.end])
    )
    return length >= 80 and (ends or (length >= 200 and bool(_SENTENCE_END.search(source, piece.start, piece.end))))


# The shortest story paragraph ``_is_stripped_prose`` reads, as rendered.
_STRIPPED_RUN = 80


def _is_stripped_prose(source: str, piece: Piece) -> bool:
    """In text whose punctuation was stripped (Senate pages), a story paragraph.

    A long run of words, most in lower case, not a headline in title case ("U S  Senator Charles E  Schumer
    today announced that four ..."). Long: ``_STRIPPED_RUN`` characters as rendered, a sentence or two run
    together (``The committee approved the bill today  The vote was unanimous  It now goes to the Senate``):
    the clean rendering sets each such block alone on its line, and the story starts there both ways (SPEC 5).
    """
    if piece.kind != "paragraph":
        return False
    length = piece.end - piece.start
    if length < 2 * _STRIPPED_RUN:  # read as rendered, a stripped stop's run of spaces one space
        length = len(normalise(source[piece.start : piece.end]))
    if length < _STRIPPED_RUN:
        return False
    if _HEADER_DATE_END.search(source, max(piece.start, piece.end - 40), piece.end):
        return False  # "Enzi lays out … small business protection  January 5  2007": a header, its date last
    words = source[piece.start : min(piece.end, piece.start + 400)].split()
    return sum(1 for w in words if w[:1].islower()) >= 0.4 * len(words)


# A stripped header's date closing the piece after a run of spaces: "…  January 5  2007".
_HEADER_DATE_END = re.compile(
    rf"[ \t\xa0]{{2,}}+(?i:{_MONTHS})[ \t\xa0]++\d{{1,2}}(?:st|nd|rd|th)?[ \t\xa0,]++\d{{4}}$"
)


def _headline_text(source: str, piece: Piece) -> str:
    start = _after_markdown(source, piece)
    m = _NOTE_PREFIX.match(source, start, piece.end)
    return normalise(_visible(source[m.end() if m else start : piece.end]))


_QUOTED_STOP = re.compile(r"\.[\"”’']{1,3}+$")


# The quotation marks, apostrophes and brackets a headline may open with, read past to its first letter.
_OPENING_QUOTES = "\"'“‘’«([{"


def _is_headline(source: str, piece: Piece) -> bool:
    """A line that reads like a headline: a few words, letters, no final stop, not a navigation word or a date."""
    if not _is_line(piece) or piece.end - piece.start > _MAX_LINE:
        return False
    text = _headline_text(source, piece)
    words = _WORD.findall(text)
    if len(words) < 3 or text.casefold() in _NAV_WORDS or _CAPTION_LABEL.match(text):
        return False
    if text[-1] in ",;:" or (text[-1] == "." and not _suffix_ends_headline(text)):
        return False
    if text.rstrip(_HEADLINE_CLOSERS)[-1:] in (",", ";", ":"):
        # A colon or a comma closed by a bracket ("… (in French:)") opens what follows, as ``_glued_cut`` reads
        # the line's end past its closers: the page and its rendering read the line alike (fuzz F1125-57).
        return False
    if _QUOTED_STOP.search(text, max(0, len(text) - 4)):
        return False  # a quotation closed after its stop ends a story's sentence: “We will act."
    if words[0].islower() and text.lstrip(_OPENING_QUOTES)[:1].isalpha():
        # A headline opens with a capital, a digit or a brand ("iPhone"): not "ere ked today"; inside a quotation
        # too ("“We Will Act,” Mayor Says", "’Tis the Season"): not "’e n(on", a line's tail (fuzz F1130-41); inside
        # a bracket too ("(VIDEO) Police Seize …"): not "(erity Industiness Software Association …", a flattened
        # Senate line cut inside a word, in the page and in the rendering alike (fuzz F1125-60).
        return False
    if text[0] in _DASHES:
        # Nor with a dash: a line opening so goes on from the line above (an aside, a cut dateline's tail:
        # "—–‘6justiceciated with …", fuzz F1125-4) or is an item the bullet stage left.
        return False
    if _two_sentences(text) or _STRIPPED_STOP.search(text):
        return False
    return _reads_as_words(text) and not _opens_story(source, piece)


# A stop stripped between two sentences (punctuation-stripped Senate pages): the next sentence's opener in capitals
# right after a word, then lower case: "… approved the bill today  The vote was unanimous", "… and the AARP  The
# legislation is cosponsored …" (fuzz F1125-63). The page sets two spaces there, the rendering one: either way the
# line is the story's sentences. A title-case headline goes on in capitals after "The" ("Honors The Citadel").
_STRIPPED_STOP = re.compile(r"(?<=[A-Za-z0-9]) (?:The|This|These|It|He|She|They|We) [a-z]{2,}+ [a-z]{2,}+\b")


# The length from which a line in sentence case is a story's sentence, not a headline, as rendered.
_LONGEST_SENTENCE_HEAD = 150


def _long_sentence(text: str) -> bool:
    """Whether a line is long and in sentence case: a story's sentence cut from its paragraph, no headline.

    A headline that long is in title case or capitals, as the district attorneys' and the wires' are ("Former
    Condo Property Manager Charged in Alleged “Ghost Employee” Scheme - Office of …"); a sentence-case headline
    (gov.uk, the EU's) is shorter. Of the words of four letters or more, fewer than half open with a capital or a
    digit: "Aern who recently said Kef the peace process … who would benefit from immigration reform", cut at a
    column gap from a flattened Senate speech (fuzz F1125-35), reads as story with its stripped word gaps and
    without them (SPEC 5).
    """
    if len(text) < _LONGEST_SENTENCE_HEAD:
        return False
    firsts = [w[0] for w in text.split() if len(w) >= 4]
    return sum(1 for ch in firsts if ch.isupper() or ch.isdigit()) * 2 < len(firsts)


# A sentence end, then a sentence going on in lower case: "… June 20th. It will be West Virginia Day!".
_PROSE_GAP = re.compile(r"(?P<word>[\w’']++)[.!?] [A-Z][a-z]*+ [a-z]{2,}+ [a-z]{2,}+")


def _two_sentences(text: str) -> bool:
    """Whether a line holds a sentence end before a sentence in sentence case: a story's line, not a headline.

    ``Sunday will be June 20th. It will be West Virginia Day!`` (xi_senate_byrd_1, the speech's first line);
    a headline goes on in title case (``Acme Inc. Acquires the Beta Company``) and an abbreviation ends no
    sentence (``Acme Inc. acquires …``, ``Sen. Roe will be …``).
    """
    return any(m.group("word").casefold() not in ABBREVIATIONS for m in _PROSE_GAP.finditer(text))


def _reads_as_words(text: str) -> bool:
    """A line of words: mostly letters, no date line, no phone or e-mail (what a headline's line holds)."""
    if _DATE_LINE.fullmatch(text) or _PHONE_OR_EMAIL.search(text):
        return False
    return sum(map(str.isalpha, text)) * 2 > len(text)


# The dashes that close a dateline ("WASHINGTON –", "BOSTON--(BUSINESS WIRE)--").
_DASHES = frozenset("-‐‑‒–—―")


def _opens_story(source: str, piece: Piece) -> bool:
    """A line that opens with a dateline and goes on in sentence case: the story's first line, not a headline.

    Hard-wrapped e-mailed releases break the story's first sentence after a few words ("WASHINGTON –
    Senator Roe introduced a bill today" / "The bill would ..."). A headline does not open with a place
    closed by a dash or a wire agency; one that reads like a dateline goes on as a title does, in title
    case or capitals ("Miami, Florida – A New Era Begins", ``dateline._title_like``). A place closed by a
    colon ("LONDON: A CITY OF MANY FACES") or by nothing ("Lyon police seize 3 tonnes") is no dateline here.
    The dateline is read with the text that follows the line, as the dateline stage reads a run of pieces.
    """
    from pressparse.dateline import match_dateline  # dateline imports this module: imported here

    start = _after_markdown(source, piece)
    end = min(len(source), start + _MAX_LINE)
    found = match_dateline(source, start, end, _note_lines(source, piece.end, end))
    if found is None or found.span.end >= piece.end:
        return False
    if found.agency is None and found.text[-1] not in _DASHES:
        return False
    rest = normalise(_visible(source[found.span.end : piece.end]))
    return bool(rest) and not rest.isupper() and not is_title_cased(rest)


def _note_lines(source: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """The whole lines in ``[start, end)`` that are note lines (``is_note_line``), as (start, end) pairs.

    The rendering drops them (a contact's e-mail line under a headline-like line, fuzz F1126-36), so a
    dateline read over the text after a line does not count them as its story.
    """
    found: list[tuple[int, int]] = []
    brk = _LINE_BREAK.search(source, start, end)
    while brk is not None:
        spaces = _SPACES.match(source, brk.start(), end)  # the break and the blank lines under it
        k = brk.start() if spaces is None else spaces.end()  # (the pattern matches empty: never None)
        brk = _LINE_BREAK.search(source, k, end)
        line_end = end if brk is None else brk.start()
        if line_end >= end and end < len(source):
            break  # a line the window cuts is read by no rule
        stripped = k + len(source[k:line_end].rstrip())
        if stripped > k and is_note_line(source, Piece("paragraph", k, stripped)):
            found.append((k, stripped))
    return tuple(found)


# A line break (``LINE_BREAKS``) and a run of white space: ``_note_lines`` walks its window with searches.
_LINE_BREAK = re.compile(f"[{''.join(sorted(LINE_BREAKS))}]")
_SPACES = re.compile(r"\s*+")


def _notes_under_dateline(source: str, pieces: tuple[Piece, ...], dateline: Dateline) -> tuple[int, frozenset[int]]:
    """The note lines between a place line alone and its story, which the dateline stage read past.

    Returns the index of the first piece under them (the story's, past furniture between: "Share") and the
    notes' indexes. ``WASHINGTON —`` / ``FOR IMMEDIATE RELEASE`` / the story: the note is the page's (a release
    note, a date line) even where a summary paragraph above the place line started the story already
    (``_is_prose``). The dateline stage reads the story under the note, and the rendering, which drops the
    note, joins the dateline to it: read as the story's, the note would be rendered after the dateline
    instead (SPEC 5).
    """
    at = next((k for k, p in enumerate(pieces) if p.end > dateline.span.start), len(pieces))
    found: list[int] = []
    while at < len(pieces) and pieces[at].start >= dateline.span.end:
        if pieces[at].kind != "noise":
            if not is_note_line(source, pieces[at]):
                break
            found.append(at)
        at += 1
    return at, frozenset(found)


def _story_start(source: str, pieces: tuple[Piece, ...], dateline: Dateline | None) -> int:
    """Index of the story's first piece; front matter is never longer than ``_MAX_FRONT`` pieces."""
    # A page whose punctuation was stripped has no stop in its first lines: its story reads by its words. A contact
    # block is no story however many words it holds ("For further information please contact …" over "MEDIA
    # ADVISORY  …"): the rendering drops it, and its story starts further down (fuzz F1129-53, SPEC 5).
    stripped = _stripped_page(source, pieces)
    prose = next(
        (
            k
            for k, p in enumerate(pieces[:_MAX_FRONT])
            if _is_prose(source, p)
            or (stripped and _is_stripped_prose(source, p) and not contact_label(source, pieces, k))
        ),
        min(len(pieces), _MAX_FRONT),
    )
    if dateline is not None:
        # The dateline stage read past note lines under a place line alone ("WASHINGTON —" / "FOR
        # IMMEDIATE RELEASE" / the story), and past furniture between them ("Share"): they are front matter
        # still, and the story starts under them.
        return min(_notes_under_dateline(source, pieces, dateline)[0], prose)
    return prose


def _split(piece: Piece, cut_end: int, cut_start: int) -> tuple[Piece, Piece]:
    """Split ``piece`` into [start, cut_end) and [cut_start, end), both non-empty."""
    return (
        piece.evolve(end=cut_end, blank_after=0, lines=1),
        piece.evolve(start=cut_start, blank_before=0, indent=0),
    )


# A wire story's header glued into one run before its dateline (AP stories reprinted on Senate pages):
# "April06,200712:44 AM EDT" + "AP Newsmaker: Akaka seeks restructure ..." + "By MARK NIESSEAssociated Press Writer".
_GLUED_HEADER = re.compile(
    rf"(?P<date>(?i:{_MONTHS})[ \t\xa0]*+\d{{1,2}},[ \t\xa0]*+\d{{4}}[ \t\xa0]*+"
    r"\d{1,2}:\d{2}[ \t\xa0]*+[AP]M[ \t\xa0]*+"
    r"(?:EDT|EST|CDT|CST|MDT|MST|PDT|PST|GMT|UTC|ET))"
    r"(?P<title>[^\n]{10,200}?)"
    r"(?P<byline>By[ \t\xa0]++[A-Z][A-Z'’. -]{1,60}+[^\n]{0,40}?(?:Writer|Correspondent|Reporter|Editor))"
)


# A date set apart by space runs inside a flattened header line (punctuation-stripped Senate pages):
# "Statement of Senator Obama on Senate Bills  Tuesday  June 10  2008  FOR IMMEDIATE RELEASE".
# Or glued to the contact label after it: "FOR IMMEDIATE RELEASE  August 03  2007Contact  Katie Laning …".
_GAPPED_DATE = re.compile(
    rf"(?<=\S)[ \t\xa0]{{2,}}+(?P<date>(?:{_WEEKDAY}[ \t,]++)?(?:{_DATE}))(?=[ \t\xa0]{{2,}}|$|(?-i:Contact\b))",
    re.IGNORECASE,
)


_LONE_WEEKDAY = re.compile(rf"{_WEEKDAY},?", re.IGNORECASE)
# A date line opening with its weekday, a column gap after it (``_split_gapped_date`` took the weekday in).
_GAPPED_WEEKDAY = re.compile(rf"{_WEEKDAY},?[ \t\xa0]{{2,}}+", re.IGNORECASE)
_TRAILING_WEEKDAY = re.compile(rf"[ \t\xa0]++(?P<wd>{_WEEKDAY}),?$", re.IGNORECASE)


def _split_gapped_date(source: str, piece: Piece) -> list[Piece]:
    """Split a front line around a date set apart by space runs, or return the piece as it is."""
    if not _is_line(piece) or piece.end - piece.start > _MAX_LINE or "  " not in source[piece.start : piece.end]:
        return [piece]
    m = _GAPPED_DATE.search(source, piece.start, piece.end)
    if m is None:
        return [piece]
    cut_end, cut_start = m.start(), m.start("date")
    # The weekday may stand before the gap, one space after the headline ("... Energy Costs Tuesday  June 10").
    wd = _TRAILING_WEEKDAY.search(source, max(piece.start, m.start() - 20), m.start())
    if wd is not None and wd.start("wd") > piece.start:
        cut_start = wd.start("wd")
        cut_end = wd.start()
    elif _LONE_WEEKDAY.fullmatch(source, piece.start, m.start()):
        # The weekday opens the piece, the gap after it ("Tuesday  June 10  2008  FOR IMMEDIATE RELEASE"):
        # the date line is the weekday and the date together.
        if m.end("date") >= piece.end:
            return [piece]
        after_start = m.end("date")
        while after_start < piece.end and source[after_start] in " \t\xa0":
            after_start += 1
        date, after = _split(piece, m.end("date"), after_start)
        return [date, after]
    if cut_end <= piece.start:
        return [piece]
    before, rest = _split(piece, cut_end, cut_start)
    if m.end("date") >= piece.end:
        return [before, rest]
    after_start = m.end("date")
    while after_start < piece.end and source[after_start] in " \t":
        after_start += 1
    date, after = _split(rest, m.end("date"), after_start)
    return [before, date, after]


def _split_header(source: str, piece: Piece) -> list[Piece]:
    """Split a glued wire header into its date, headline and byline, or return the piece as it is."""
    m = _GLUED_HEADER.fullmatch(source, piece.start, piece.end) if piece.end - piece.start <= _MAX_LINE else None
    if m is None:
        return [piece]
    date, rest = _split(piece, m.end("date"), m.start("title"))
    title, byline = _split(rest, m.end("title"), m.start("byline"))
    return [date, title, byline]


# The left column's words glued before the right column's contact in a two-column PDF header flattened line
# by line (a county DA's: "For Immediate Release Tanya Sierra (619) 531-3315", "En Español Barbara Medina ...").
_COLUMN_LEAD = re.compile(
    rf"(?P<lead>(?:{_phrases(RELEASE_NOTES)})|en[ \t\xa0]++espa[ñn]ol|in[ \t\xa0]++english)[ \t\xa0]++(?=(?-i:[A-Z]))",
    re.IGNORECASE,
)
_LANGUAGE_LINK = re.compile(r"en[ \t\xa0]++espa[ñn]ol|in[ \t\xa0]++english", re.IGNORECASE)


def _column_lead(source: str, start: int, end: int) -> int:
    """Where the contact starts after the left column's words (``_COLUMN_LEAD``), or -1."""
    m = _COLUMN_LEAD.match(source, start, end)
    return m.end() if m is not None and _NAMES_AND_PHONE.fullmatch(source, m.end(), end) else -1


def _split_front(source: str, pieces: tuple[Piece, ...], story: int) -> tuple[tuple[Piece, ...], int]:
    """Split glued front lines: ``October 31, 2018 Contact: Jane Roe`` and ``FOR IMMEDIATE RELEASE: Headline``."""
    given = set(pieces[:story])  # the front only: no part of it equals a piece of the story under it
    front: list[Piece] = []
    for piece in pieces[:story]:
        for line in _split_meta_lines(source, piece):
            for part in _split_header(source, line):
                front.extend(_split_gapped_date(source, part))
    pieces, story = (*front, *pieces[story:]), story + len(front) - min(story, len(pieces))
    out: list[Piece] = []
    for k, whole in enumerate(pieces[:story]):
        if not _is_line(whole) or _rendered_length(source, whole) > _MAX_LINE:
            out.append(whole)
            continue
        rest: Piece | None = whole
        while rest is not None:  # the second part may be glued again: "NOTE  date Headline"
            split = _split_glued(source, pieces, story, k, rest)
            out.append(rest if split is None else split[0])
            rest = None if split is None else split[1]
    # A rest cut off a note or a date stands alone on its line in the clean text, where a bullet opening it
    # makes a list item: it is read so here too (``NEWS RELEASE  8. f …``, SPEC invariant 5).
    from pressparse.paragraphs import read_alone  # imported here: paragraphs imports meta

    # Every part a split made is read again, a date's rest cut off a flattened header too ("W D C  November 1
    # 2007             - 0", fuzz F1126-4); a front piece left whole keeps its reading.
    out = [
        part
        for p in out
        for part in ((p,) if p in given else _shed_invisible_end(source, p))
        for part in ((part,) if part in given or part.kind != "paragraph" else (read_alone(source, part),))
    ]
    out.extend(pieces[story:])
    return tuple(out), story + len(out) - len(pieces)


# One invisible or control character the noise stage drops at a line's edge (``noise.edge_invisible``).
_UNSEEN_CHAR = re.compile(f"[{CONTROLS}]")


def _shed_invisible_end(source: str, piece: Piece) -> tuple[Piece, ...]:
    """A line split off a front line, its trailing invisible characters cut off as noise.

    The noise stage drops them at a line's end (``noise.edge_invisible``), and the rendering sets the split
    line alone, where they end it: ``A\x83  7 December 2018`` reads ``A`` and the date both times (SPEC 5).
    """
    k = piece.end
    while k > piece.start and (_UNSEEN_CHAR.match(source, k - 1, k) or source[k - 1] in " \t\xa0"):
        k -= 1
    if k in {piece.start, piece.end}:
        return (piece,)
    start = k
    while source[start] in " \t\xa0":
        start += 1
    if start == piece.end:
        return (piece,)
    noise = piece.evolve(kind="noise", noise_kind=NoiseKind.CONTROL_CHARACTERS, meta_kind=None, start=start)
    return (piece.evolve(end=k, blank_after=0), noise)


def _split_glued(
    source: str, pieces: tuple[Piece, ...], story: int, k: int, piece: Piece
) -> tuple[Piece, Piece] | None:
    """Split front line ``piece`` (a part of ``pieces[k]``) at its first glued boundary, or None."""
    start = _after_markdown(source, piece)
    date = _DATE_LINE.match(source, start, piece.end) if _has_digit(source, start, piece.end) else None
    note_end = note_head_end(source, start, piece.end)
    note = None if note_end < 0 else note_end
    gap = date.end() if date else 0
    while date and gap < piece.end and source[gap].isspace():  # a wrapped line break reads as a space
        gap += 1
    if date and gap > date.end() and source.startswith(("- ", "– ", "— ", "| "), gap):
        gap += 2  # "March 4, 2025 - Headline": the dash sets the headline apart, it does not open a list item
        while gap < piece.end and source[gap].isspace():
            gap += 1
    column = _column_lead(source, start, piece.end) if date is None and note is None else -1
    glued_note = _NOTE_ON_DATE.match(source, start, piece.end) if note is None else None
    wide = _NOTE_AFTER_RUN.search(source, start, piece.end) if date is None and note is None else None
    deck = _deck_run(source, piece) if date is None and note is None and wide is None else None
    if deck is not None:
        # "Alexander  Frist Applaud Grant Funding …   Goshen Valley Volunteer Fire Department among grant
        # recipients" (xl_senate_alexander_1): a stripped header's headline and its deck, parted by its widest run.
        first, second = _split(piece, deck[0], deck[1])
    elif glued_note is not None:
        # "FOR IMMEDIATE RELEASESeptember 12  2007 Contact …": a stripped Senate header glued its note to the date.
        first, second = _split(piece, glued_note.end(), glued_note.end())
    elif wide is not None:
        # "Senator Carl Levin  News Release              FOR IMMEDIATE RELEASE…": a flattened header's columns.
        first, second = _split(piece, wide.start(), wide.end())
    elif (
        date is None
        and note is None
        and (label := _HEAD_CONTACT.search(source, start, piece.end)) is not None
        and (_is_headline(source, piece.evolve(start=start, end=label.start())))
    ):
        # "Senator Gregg Lauds Passage Of Energy Bill Contact  Andrea Wuebker Laena Fallon" (xt_senate_gregg_1): a
        # stripped header's headline and its contact label, one space between, the label's colon a run of spaces.
        first, second = _split(piece, label.start(), label.start() + 1)
    elif date and gap < piece.end and source.startswith(("Contact", "CONTACT", "Media Contact"), gap):
        first, second = _split(piece, date.end(), gap)
    elif date and date.start() == start and gap - date.end() >= 2 and _is_page_label(source, gap, piece.end):
        # "February 13  2006     Press Release" (a stripped Senate header): the date line, then the page's label;
        # alone on its line the label is navigation (the noise stage's), a release note the note's.
        first, second = _split(piece, date.end(), gap)
        if normalise(_text(source, second)).casefold() in _SECTION_NAMES:
            second = second.evolve(kind="noise", noise_kind=NoiseKind.NAVIGATION)
    elif column > 0:
        end = column
        while source[end - 1].isspace():
            end -= 1
        first, second = _split(piece, end, column)
        if _LANGUAGE_LINK.fullmatch(source, first.start, first.end):
            first = first.evolve(kind="noise", noise_kind=NoiseKind.NAVIGATION)  # "En Español": a link
    elif date and date.start() == piece.start and gap > date.end() and _is_headline(source, piece.evolve(start=gap)):
        # "August 10  2006 Senator Clinton Announces Legislation ...": a date line glued to the headline.
        first, second = _split(piece, date.end(), gap)
    elif (
        note is not None
        and note < piece.end
        and (
            _is_headline(source, piece.evolve(start=note))
            or _date_then_headline(source, piece, note)
            # "For Immediate Release: June 5, 2007" (Senate offices, Carper's): the note, then the page's date line;
            # "For Release: March 4, 2025" is one note, its date the note's own (``_RELEASE_NOTE``)
            or (
                _DATE_LINE.fullmatch(source, note, piece.end) is not None
                and _RELEASE_NOTE.fullmatch(source, start, piece.end) is None
            )
        )
        and not _has_copy(source, pieces[:story], k)
    ):
        end = note
        while source[end - 1].isspace():
            end -= 1
        first, second = _split(piece, end, note)
    elif date is None and note is None and (cut := _deck_clause(source, pieces, story, piece)) is not None:
        # "Senate Resolution Honors Patriot Guard Riders Conrad Legislation Salutes Group for …" (xf_senate_conrad_1):
        # a stripped Senate header's headline and its deck flattened onto one line, one space between.
        first, second = _split(piece, cut - 1, cut)
    else:
        return None
    return first, second


# A title-case word in a headline's verb form (``Approves``, ``Scheduled``), or ``to`` before a word in lower case:
# a deck in sentence case ("Senator to lead …"); "Bill to Increase" in title case is the headline's purpose.
_HEAD_VERB = re.compile(r"[A-Z][a-z]++(?<=[a-rt-z]s|ed)|to")
# A capitalised word of a headline's subject (``Senate``, ``McGee``).
_HEAD_SUBJECT_WORD = re.compile(r"[A-Z][A-Za-z]*+")
# A finite verb after a subject in the story's sentences: "The ceremony is slated", "the Committee has approved".
_STORY_VERB = (
    r"[ \t\xa0]++(?:is|was|are|were|has|have|had|will|would|can|could|may|must|said|led|[a-z]++(?<=[a-rt-z]s|ed))\b"
)
# Heads a Senate story names again with a name after them: "Senator to lead …" over "Senator Kent Conrad was chosen".
_TITLE_HEADS = frozenset(("Senator", "Senate", "Committee", "Bill", "Congressman", "Congresswoman", "Representative"))
# A title-case headline's capitalised link words, which no clause ends on ("… Over 100 000 In Federal Funds …").
_HEAD_LINK_WORDS = frozenset(
    ("a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "over", "the", "to", "with")
)
# How far into the story ``_deck_clause`` looks for its subject.
_STORY_REACH = 4000


def _deck_clause(source: str, pieces: tuple[Piece, ...], story: int, piece: Piece) -> int | None:
    """Where a flattened one-line headline's second clause starts, when the story writes its subject again.

    Stripped Senate pages (Conrad's, Enzi's, Gordon Smith's) print the headline and its deck on one line, one
    space between, both in title case: "Conrad Named Ag Subcommittee Chairman Senator to lead Subcommittee on …".
    A second clause starts at a capitalised subject (one to four words) before its own verb (``Approves``,
    ``Scheduled``, ``to lead``); the first clause before it is four words or more and ends on a capitalised
    word, the second is four words or more, and both read as headlines. Headline words alone cannot tell a
    subject from a name list or an object, so the story decides: it writes the subject again as the start of a
    clause ("The ceremony is slated", "the Senate Appropriations Committee has approved"), a title head with a
    name after it ("Senator Kent Conrad was chosen"), or the senator's surname the subject opens with ("Senator
    Kent Conrad led"). The longest subject the story writes wins; none written, no cut (``None``).
    """
    if story >= len(pieces) or piece.end - piece.start > _MAX_LINE or "\n" in source[piece.start : piece.end]:
        return None
    words = list(_NON_SPACE.finditer(source, piece.start, piece.end))
    if len(words) < 8 or not _FLATTENED_END.match(source, piece.end) or not _is_headline(source, piece):
        return None
    body_start = pieces[story].start
    body_end = min(pieces[-1].end, body_start + _STORY_REACH)
    for v in range(5, len(words) - 2):
        verb = words[v].group()
        if _HEAD_VERB.fullmatch(verb) is None or (verb == "to" and not words[v + 1].group().islower()):
            continue
        for s in range(max(4, v - 4), v):
            subject = [w.group() for w in words[s:v]]
            before = words[s - 1].group()
            if (
                not all(_HEAD_SUBJECT_WORD.fullmatch(w) for w in subject)
                or not (before[:1].isupper() or before[:1].isdigit())
                or before.casefold() in _HEAD_LINK_WORDS
                or words[s].start() - words[s - 1].end() != 1
                or len(words) - s < 4
            ):
                continue
            if _story_writes(source, body_start, body_end, subject) and not _story_joins(
                source, body_start, body_end, before, subject[0]
            ):
                head, deck = piece.evolve(end=words[s - 1].end()), piece.evolve(start=words[s].start())
                if _is_headline(source, head) and _is_headline(source, deck):
                    return words[s].start()
    return None


_NON_SPACE = re.compile(r"\S++")
# A flattened header line's end: a run of three spaces or more, then the header's next column on the same line.
_FLATTENED_END = re.compile(r"[ \t\xa0]{3,}+[^\s]")


def _story_joins(source: str, start: int, end: int, last: str, first: str) -> bool:
    """Whether the story writes the first clause's ``last`` word and the subject's ``first`` word together.

    A name or a phrase the story writes whole ("Kim Ogg said", "Debt Collection Practices") goes on over the
    cut: the headline's, no deck starts there.
    """
    pattern = re.compile(rf"(?<![\w])(?i:{re.escape(last)}[ \t\xa0]++{re.escape(first)})(?![\w])")
    return pattern.search(source, start, end) is not None


# What opens a clause before its subject (the article it may take in between): a stop, a run of two spaces or
# more (a stripped stop), a capitalised article, ``that`` ("The ceremony is …", "… that the Senate … has …").
_CLAUSE_START = re.compile(
    r"(?:(?:[.!?][ \t\xa0]++|\S[ \t\xa0]{2,}+|\bthat[ \t\xa0]++)(?:(?:the|a|an)[ \t\xa0]++)?"
    r"|\b(?:The|A|An)[ \t\xa0]++)$"
)


def _story_writes(source: str, start: int, end: int, subject: list[str]) -> bool:
    """Whether the story in ``source[start:end]`` writes ``subject`` again as a clause's subject (``_deck_clause``)."""
    words = r"[ \t\xa0]++".join(map(re.escape, subject))
    names = r"(?:[ \t\xa0]++[A-Z][a-z]++){0,2}+" if subject[-1] in _TITLE_HEADS else ""
    if any(
        _CLAUSE_START.search(source, max(start, m.start() - 12), m.start()) or m.start() == start
        for m in re.compile(rf"(?<![\w])(?i:{words}){names}{_STORY_VERB}").finditer(source, start, end)
    ):
        return True
    first = re.escape(subject[0])
    return (
        len(subject) > 1
        and re.compile(rf"\bSenator(?:[ \t\xa0]++[A-Z][a-z]++)?+[ \t\xa0]++{first}\b").search(source, start, end)
        is not None
        and re.compile(rf"\b{first}{_STORY_VERB}").search(source, start, end) is not None
    )


# A contact label one space after a headline's last word, its colon stripped to a run of spaces before the name.
# Or one space, when two to six names follow it and a run of spaces ends them ("… Marguerite s Place Contact Erin
# Rath Laena Fallon  WASHINGTON", zb_senate_gregg_1).
_HEAD_CONTACT = re.compile(
    r"(?<=[a-z]) (?=Contact(?:[ \t\xa0]{2,}+[A-Z]|[ \t\xa0](?:[A-Z][a-z]++(?:[ \t\xa0]|$)){2,6}+(?:[ \t\xa0]|$)))"
)
# A release note glued to the date after it, and a release note after a column's wide run of spaces.
_NOTE_ON_DATE = re.compile(rf"(?:FOR IMMEDIATE RELEASE|For Immediate Release)(?=(?i:{_MONTHS})[ \t\xa0]++\d)")
_NOTE_AFTER_RUN = re.compile(r"(?<=\S)[ \t\xa0]{5,}+(?=FOR IMMEDIATE RELEASE|For Immediate Release)")


# A run of three spaces or more inside a front line, and the runs of one or two (a stripped comma) around it.
_WIDE_RUN = re.compile(r"(?<=\S)[ \t\xa0]{3,}+(?=\S)")


def _deck_run(source: str, piece: Piece) -> tuple[int, int] | None:
    """Where a stripped header's headline ends and its deck starts: its one run of three spaces or more.

    Both sides read as headlines of four words or more, the first in title case and the second not, and every
    other gap in the line is one or two spaces (a stripped comma), so the wide run is the line break the scrape
    flattened; ``None`` otherwise.
    """
    if "   " not in source[piece.start : piece.end]:
        return None
    runs = list(_WIDE_RUN.finditer(source, piece.start, piece.end))
    if len(runs) != 1:
        return None
    run = runs[0]
    head, deck = piece.evolve(end=run.start()), piece.evolve(start=run.end())
    words = (len(_text(source, head).split()), len(_text(source, deck).split()))
    if min(words) < 4 or not (_is_headline(source, head) and _is_headline(source, deck)):
        return None
    # The deck goes on in sentence case under a headline in title case; a title-case line after the run is
    # the same headline wrapped ("Chairman Senate Judiciary Committee   On The Nomination Of …").
    if not is_title_cased(normalise(_text(source, head))) or is_title_cased(normalise(_text(source, deck))):
        return None
    return run.start(), run.end()


def _is_page_label(source: str, start: int, end: int) -> bool:
    """Whether ``source[start:end]`` is a page's section label or a release note: "Press Release", "News Release"."""
    text = normalise(source[start:end]).strip()
    return text.casefold() in _SECTION_NAMES or _RELEASE_NOTE.fullmatch(text) is not None


def _date_then_headline(source: str, piece: Piece, at: int) -> bool:
    """Whether a date line, then a headline after a space, follow ``at``.

    A punctuation-stripped Senate header: ``FOR IMMEDIATE RELEASE  August 1  2007 Schumer Announces ...``.
    """
    while at < piece.end and source[at] in " \t\xa0":
        at += 1
    date = _DATE_LINE.match(source, at, piece.end)
    if date is None or date.end() >= piece.end or not source[date.end()].isspace():
        return False
    return _is_headline(source, piece.evolve(start=date.end() + 1))


def _split_meta_lines(source: str, piece: Piece) -> list[Piece]:
    """Split a front piece of a few lines into its lines when one of them is a date line or a release note.

    A hard-wrap join upstream may glue "Headline" and "Admin | April 24, 2026" into one piece; a line
    that is a whole date or release note is a clear boundary.
    """
    if not _is_line(piece) or not 2 <= piece.lines <= 6 or piece.end - piece.start > 6 * _MAX_LINE:
        return [piece]
    spans: list[tuple[int, int]] = []
    for m in re.finditer(r"[^\r\n]++", source[piece.start : piece.end]):
        raw = m.group()
        start = piece.start + m.start() + (len(raw) - len(raw.lstrip()))
        end = piece.start + m.end() - (len(raw) - len(raw.rstrip()))
        if start < end:
            spans.append((start, end))
    # A line under the first that is a date line or a release note, or a date over its byline ("March 3, 2026" /
    # "by DA Communications"), is a clear boundary.
    boundary = any(
        _DATE_LINE.fullmatch(source, a, b) or _RELEASE_NOTE.fullmatch(source, a, b) or _column_lead(source, a, b) > 0
        for a, b in spans[1:]
    )
    if len(spans) < 2 or not (
        boundary or (_DATE_LINE.fullmatch(source, *spans[0]) and _BYLINE.fullmatch(source, *spans[1]))
    ):
        return [piece]
    last = len(spans) - 1
    return [
        piece.evolve(
            start=a,
            end=b,
            lines=1,
            blank_before=piece.blank_before if j == 0 else 0,
            blank_after=piece.blank_after if j == last else 0,
            indent=piece.indent if j == 0 else 0,
        )
        for j, (a, b) in enumerate(spans)
    ]


_FEED_FOOTER = re.compile(r"the post [^\n]{1,300}? (?:appeared first|first appeared) on", re.IGNORECASE)
_GLUED_END_MARK = re.compile(r"(?<=[.!?\"”’])\s*+(?P<mark>#[ \t\xa0]?#[ \t\xa0]?#|-[ \t\xa0]?30[ \t\xa0]?-)$")


def without_end_mark(text: str) -> str:
    """``text`` (a line or a block as the rendering shows it) without an end mark glued after its last sentence.

    Meta cuts ``… Paris. -30-`` off the story's last line wherever it stands; the noise and headings stages read
    the line as the rendering shows it. The mark ends in ``#`` or ``-``: a fast path for every other line.

    >>> without_end_mark("Police met in Paris. -30-"), without_end_mark("A-30-")
    ('Police met in Paris.', 'A-30-')
    """
    if not text or text[-1] not in "#-":
        return text
    mark = _GLUED_END_MARK.search(text, max(0, len(text) - 16))
    return text if mark is None else text[: mark.start()]


# An About section or a legal notice glued to the text before it: after a sentence end ("customers.About
# First OrionAs"), or straight after a word or a link ("facebook.com/pacylexAbout Pacylex Pharmaceuticals").
_GLUED_ABOUT = re.compile(
    r"(?<=[.!?])[\"”’]?+\s*+(?=About[ \t\xa0]|ABOUT[ \t\xa0])|(?<=[a-z0-9/])(?=About[ \t\xa0]|ABOUT[ \t\xa0])"
    # a run of spaces where the scrape lost a line break, after a contact's address: "…@globalcities.ca   About KMAC
    # Korea Management Association Consultants (KMAC) is" (Media OutReach, zc_wire_mediaoutreach_1)
    r"|(?<=\S)[ \t\xa0]{2,}+(?=About[ \t\xa0]|ABOUT[ \t\xa0])"
)
_GLUED_DISCLAIMER = re.compile(
    r"(?<=[.!?])[\"”’]?+\s*+"
    r"(?=(?:Forward[- ]Looking|FORWARD[- ]LOOKING|Cautionary|CAUTIONARY|Safe[ \t\xa0]Harbou?r|SAFE[ \t\xa0]HARBOU?R)\b)"
)


_TAIL_NAMES_AND_PHONE = re.compile(rf"(?<=\S)[ \t\xa0]{{2,}}+(?P<contact>{_NAMES_AND_PHONE.pattern})[ \t\xa0]*+$")


def _has_about(source: str, piece: Piece) -> bool:
    """Whether ``piece`` is searched for a glued About section: it holds ``About`` or ``ABOUT``.

    ``_GLUED_ABOUT`` needs one of them, so the search is skipped in most paragraphs.
    """
    start, end = piece.start, piece.end
    return source.find("About", start, end) >= 0 or source.find("ABOUT", start, end) >= 0


def _split_back(source: str, pieces: tuple[Piece, ...], story: int) -> tuple[tuple[Piece, ...], int]:
    """Split an About section glued to a story paragraph, and an end mark glued after the last sentence.

    Returns the pieces and the story's index among them: an end mark glued to a front line (``fs.###`` /
    ``FOR IMMEDIATE RELEASE``) is a piece of its own before the story, which starts one piece later, so the
    note under it is read as front matter, as the rendering, where the mark is gone, reads it (SPEC 5).
    """
    out: list[Piece] = []
    new_story = len(pieces)
    for k, whole in enumerate(pieces):
        if k == story:
            new_story = len(out)
        piece = whole
        while k >= story and piece.kind == "paragraph":
            cut = _glued_section(source, piece)
            if cut is None:
                break
            end = cut
            while source[end - 1].isspace():
                end -= 1
            first, piece = _split(piece, end, cut)
            out.append(first)
        last = k == len(pieces) - 1 and k >= story and piece.kind in ("paragraph", "list_item")
        names = last and _TAIL_NAMES_AND_PHONE.search(source, max(piece.start + 1, piece.end - 120), piece.end)
        if names:
            # "... visa holders  Laura Capps Melissa Wagoner  202  224 2633": the contact at the very end.
            first, piece = _split(piece, names.start(), names.start("contact"))
            out.append(first)
        # Fast path: the mark ends the piece, so the piece ends in "#" or "-".
        tail = (
            _GLUED_END_MARK.search(source, max(piece.start, piece.end - 16), piece.end)
            if source[piece.end - 1] in "#-"
            else None
        )
        if piece.kind == "paragraph" and tail:
            # "... National Security Division, assisted.# # #": an end mark glued after the last sentence.
            first, piece = _split(piece, tail.start(), tail.start("mark"))
            out.append(first)
        out.append(piece)
    return tuple(out), (new_story if story < len(pieces) else len(out))


# "Contact Hiber:", "Contact Srett Industrie:": the label names whose contact it is (24-7 Press Release).
_LABEL_NAME_WORD = r"[ \t\xa0]++[A-Z][\w&.'’-]*+"
_NAMED_CONTACT = rf"(?:Contacts?|contacts?|CONTACTS?)(?:{_LABEL_NAME_WORD}){{0,4}}+"
# A label naming whose contact it is, at least one name: "Contact Srett Industrie:" (not "For Public Inquiries:").
_CONTACT_OF = re.compile(rf"(?:Contacts?|CONTACTS?)(?:{_LABEL_NAME_WORD}){{1,4}}+[ \t\xa0]*+:")
# The label may open the next line when the paragraph stage joined that line to the sentence (a short last
# line): the rendering sets the two on one line, where it is glued (fuzz F1126-17, SPEC 5).
_GLUED_CONTACT = re.compile(
    r"(?<=[.!?])[\"”’]?+[ \t\xa0]*+(?:\r?\n[ \t\xa0]*+)?+"
    rf"(?=(?:(?:(?:Media|Press|Investor|News)[ \t\xa0]++)?{_NAMED_CONTACT}"
    r"|(?:Investor|Media|Public)[ \t\xa0]++Relations|(?:Media|Press)[ \t\xa0]++Inquiries)[ \t\xa0]*+:)"
)
# The start of a notice's sentence glued to a link, a bracket or a stop before it: ")The issuer is".
_GLUED_NOTICE = re.compile(r"(?<=[)\].])(?=(?:The|This|These|Neither)[ \t\xa0])")
# The two characters every ``_GLUED_NOTICE`` cut sits between: a cheap test before the legal search (most
# paragraphs have none, as a sentence's stop is followed by a space).
_NOTICE_GLUE = re.compile(r"[.)\]][TN]")
# An e-mail address, then the next contact's label: "media@arriveai.com Investor Relations Contact:"; glued to it
# where the scrape lost the line break, the address's lower-case domain ending at the label's capital:
# "Email- contact@vuzz.appPR Contact: Arpita Karmakar" (sc_wire_blockchainwire_1).
_NEXT_LABEL = rf"(?:(?:Media|Press|Investor|News|PR)[ \t\xa0]++)?(?:Relations[ \t\xa0]++)?{_NAMED_CONTACT}[ \t\xa0]*+:"
_LABEL_AFTER_ADDRESS = re.compile(
    # glued first: the spaced form would read the label's first word as the domain's end ("vuzz.appPR Contact:")
    rf"[\w.+-]@[a-z0-9-]++(?:\.[a-z0-9-]++)*?\.[a-z]{{2,10}}(?={_NEXT_LABEL})"
    rf"|[\w.+-]@[\w-]++(?:\.[\w-]++)++[ \t\xa0]++(?={_NEXT_LABEL})"
)
_GLUED_CONTACT_CUES = ("ontact", "ONTACT", "elations", "nquiries")
_DISCLAIMER_CUES = ("orward", "ORWARD", "autionary", "AUTIONARY", "afe Harb", "AFE HARB")
# Each table of cues as one search: one scan of the paragraph instead of one a cue.
_GLUED_CONTACT_CUE = re.compile("|".join(map(re.escape, _GLUED_CONTACT_CUES)))
_DISCLAIMER_CUE = re.compile("|".join(map(re.escape, _DISCLAIMER_CUES)))


def _glued_section(source: str, piece: Piece) -> int | None:
    """Where the first About section or legal notice glued inside ``piece`` starts, if one does."""
    cuts = []
    if _has_about(source, piece):
        cuts.append(
            next(
                (
                    m.end()
                    for m in _GLUED_ABOUT.finditer(source, piece.start + 1, piece.end)
                    if about_heading(source, (piece.evolve(start=m.end()),), 0)
                ),
                None,
            )
        )
    text = source[piece.start : piece.end]
    if _DISCLAIMER_CUE.search(text):  # a cheap prefilter: most paragraphs have none
        m = _GLUED_DISCLAIMER.search(source, piece.start + 1, piece.end)
        if m is not None and disclaimer(source, (piece.evolve(start=m.end()),), 0):
            cuts.append(m.end())
    if _NOTICE_GLUE.search(source, piece.start, piece.end) and _has_legal_cue(text):
        # "... #investment[https://x.com/brand](https://x.com/brand)The issuer is solely responsible for the
        # content of this announcement.": a legal notice glued to the links before it ends the paragraph.
        legal = _LEGAL.search(source, piece.start + 1, piece.end)
        if legal is not None and piece.end - legal.start() <= 300:
            glued = _GLUED_NOTICE.search(source, max(piece.start + 1, legal.start() - 40), legal.start())
            if glued is not None:
                cuts.append(glued.end())
    if ("\u2122" in text or "\u00ae" in text) and "rademark" in text:
        cuts.append(_glued_mark_notice(source, piece))
    if _GLUED_CONTACT_CUE.search(text):
        # "... regain control of their finances. Media Contact: Jillian Randolph Jrandolph@debt.com": a contact
        # block glued after the last sentence of a section, with or without the space ("projects.Investor
        # Relations:Priya Roe, (713) 555-0112").
        # "Media contact: Cheryl Reed, media@arriveai.com Investor Relations Contact: Alliance Advisors IR, …":
        # a second labelled contact after the first one's address, on the same line.
        cuts.append(_contact_cut(source, piece, _GLUED_CONTACT))
        if "@" in text:
            cuts.append(_contact_cut(source, piece, _LABEL_AFTER_ADDRESS, named=True))
    return min((c for c in cuts if c is not None), default=None)


# The marks a trademark notice lists before its verb, each with its sign: "TENCEL™, LENZING™ ECOVERO™, and
# REFIBRA™ " (a brand of up to four words, commas, spaces and "and" between them).
_MARK_RUN = re.compile(
    r"(?:[A-Z][\w&.-]*+(?:[ \t\xa0]++[A-Z][\w&.-]*+){0,3}+[\u2122\u00ae](?:,?[ \t\xa0]*+(?:and[ \t\xa0]++)?+)?+)++"
)
# The notice's verb after its marks: "are trademarks of", "is a registered trademark of".
_MARK_VERB = re.compile(r"(?:is|are)[ \t\xa0]++(?:an?[ \t\xa0]++)?(?:registered[ \t\xa0]++)?trademarks?[ \t\xa0]++of\b")


def _glued_mark_notice(source: str, piece: Piece) -> int | None:
    """Where a trademark notice ending ``piece`` starts when it is glued to the text before it, if one is.

    Companies close their boilerplate with the notice of their marks ("TENCEL™ and VEOCEL™ are trademarks of
    Lenzing AG."); where the scrape lost the line break it runs on from the last figure of the profile
    ("Employees (full-time equivalents): 7,816 TENCEL™, LENZING™ ECOVERO™ … are trademarks of Lenzing AG.",
    NewMediaWire, xx_wire_nmw_1). The notice is its last sentence, its marks listed before the verb; a story
    naming a mark with an appositive ("Kwikset®, a registered trademark of …") has no verb.
    """
    verb = None
    for found in _MARK_VERB.finditer(source, max(piece.start + 1, piece.end - 300), piece.end):
        verb = found  # the last one: the notice is the paragraph's last sentence
    if verb is None:
        return None
    tail = source[verb.end() : piece.end].rstrip()
    if len(tail) > 120 or _SENTENCE_END.search(tail[:-1]) is not None:
        return None  # more story after the notice's sentence
    for run in _MARK_RUN.finditer(source, max(piece.start + 1, verb.start() - 200), verb.start()):
        if run.end() == verb.start() and not source[run.start() - 1].isalnum():
            return run.start()
    return None


def _contact_cut(source: str, piece: Piece, pattern: re.Pattern[str], *, named: bool = False) -> int | None:
    """Where the first contact label ``pattern`` finds inside ``piece`` starts, its phone or e-mail close after it.

    With ``named``, a label and a name closing the piece will do too ("… contact@vuzz.appPR Contact: Arpita
    Karmakar"): the address before the label shows the block above is whole, and the next one goes on below.
    """
    for m in pattern.finditer(source, piece.start + 1, piece.end):
        if piece.end - m.end() <= 300 and _cue(_PHONE_OR_EMAIL, source, m.end(), piece.end):
            return m.end()
        if named and piece.end - m.end() <= 60 and _is_name_line(source[m.end() : piece.end].split(":", 1)[-1]):
            return m.end()
    return None


def _has_copy(source: str, front: tuple[Piece, ...], k: int) -> bool:
    """Whether the headline of front line ``k`` is printed again, with its release note, on another front line.

    Miami-Dade prints ``FOR IMMEDIATE RELEASE: 15 Charged …`` as the page title and again as the page's heading: the
    line is a page title whole. A copy without the note does not count: the rendering drops that copy, and the line
    must be read the same without it (fuzz F1124-10).
    """
    core = _core(_headline_text(source, front[k]))
    # Page chrome is short: look at the 40 lines around, which keeps this linear on long front matter.
    window = range(max(0, k - 40), min(len(front), k + 40))
    return any(
        j != k
        and front[j].kind != "list_item"
        and _NOTE_PREFIX.match(source, _after_markdown(source, front[j]), front[j].end) is not None
        and _is_copy(_headline_text(source, front[j]), core)
        for j in window
    )


# The domain of an e-mail address, case-folded by the caller's comparison: "kahl@theequitygroup.com".
_DOMAIN_OF = re.compile(r"(?<=[\w.+-]@)[\w-]{1,63}+(?:\.[\w-]{1,63}+){1,4}")


def _block_domains(source: str, pieces: tuple[Piece, ...], k: int) -> set[str]:
    """The e-mail domains of the block labelled at ``k``: its line, then the lines under it up to a blank line."""
    found: set[str] = set()
    for j in range(k, min(len(pieces), k + 6)):
        piece = pieces[j]
        found.update(_DOMAIN_OF.findall(source, piece.start, min(piece.end, piece.start + _MAX_LINE)))
        found.update(_DOMAIN_OF.findall(_line_from(source, piece.start)))  # a label glued to its block
        if found or pieces[j].blank_after > 0:
            break
    return found


def _line_from(source: str, start: int) -> str:
    """The rest of the line from ``start``, at most ``_MAX_LINE`` characters (a label glued to its block)."""
    end = source.find("\n", start, start + _MAX_LINE)
    return source[start : end if end >= 0 else min(len(source), start + _MAX_LINE)]


# A label over the company's channels for its community, under the media contact: "Official Candy Crew & $CAND
# Community Channels:" (PRISM MediaWire, xh_wire_prism_1), "Our Social Media Links:", "Follow us on social media:".
# The links under it address the company's followers, not the press: the contact block ends over it.
_CHANNELS_LABEL = re.compile(
    r"[^\n:]{0,80}?\b(?:Community|Social|Media|Official)[ \t\xa0]++(?:Channels|Links|Accounts|Handles)[ \t\xa0]*+:"
    r"|Follow[ \t\xa0]++us[ \t\xa0]++on[ \t\xa0]++social[ \t\xa0]++media[ \t\xa0]*+:",
    re.IGNORECASE,
)


# The contact card EIN Presswire's template prints under every release, its "Contact" heading glued to the name:
# "ContactShane Devenish Canadian RV Association Email Us Here" / "Burlington, ON" / … (PR Karma). Under the
# release's own "Media Contact: Shane Devenish" it is a block of its own (vc_wire_prkarma_1).
_WIRE_CARD = re.compile(r"Contact(?=[A-Z][a-z]|Dr\.)")


# The organisation's social handles as one line of its contact block: "Follow @ECCO_Certified on LinkedIn,
# @ECCO_cert on Instagram, and @ECCOcert on X" (Newsworthy.ai, sc_wire_newsworthy_1).
_HANDLES = re.compile(r"Follow[ \t\xa0]++(?:us[ \t\xa0]++(?:on[ \t\xa0]++\w++[ \t\xa0]++)?at[ \t\xa0]++)?@\w")


def _label_over_story(source: str, pieces: tuple[Piece, ...], i: int, kinds: list[MetaKind | None]) -> bool:
    """Whether the contact label alone at ``i`` stands over a sentence of the story, no contact detail in it.

    A release prints its contact's name, phone, e-mail or office under the label (``Contact:`` / ``Jane Roe`` /
    ``(555) 123-4567``; a Senate page's ``Contact:`` over the name it stripped); a label at the page's foot may
    have nothing under it. A label right over a sentence with no phone or e-mail (``Contact:`` / ``Never wire money
    to a stranger you have not met.``, fuzz F1125-72) heads no block: the story's, as the rendering reads it.
    """
    label = pieces[i]
    text = _text(source, label)
    if i + 1 >= len(pieces) or label.blank_after > 1 or not text.endswith((":", "：")):
        return False
    if i > 0 and pieces[i - 1].kind == "list_item":
        # A sidebar's label the scraper pasted between a tips list's lines: the list reads past it as past what
        # the rendering leaves out (``paragraphs._left_out``, tests/test_real_s30s5), so it stays the page's.
        return False
    if _cue(_PHONE_OR_EMAIL, source, label.start, label.end) or not contact_heading(source, (label,), 0):
        return False
    below = pieces[i + 1]
    if below.kind not in ("paragraph", "list_item") or kinds[i + 1] is not None or below.end - below.start > _MAX_LINE:
        return False
    line = _text(source, below)
    return (
        " " in line
        and _FINAL_STOP.search(line) is not None
        and not _cue(_PHONE_OR_EMAIL, source, below.start, below.end)
        and not _media_request(line)
    )


def _extend_contact(source: str, pieces: tuple[Piece, ...], i: int, kinds: list[MetaKind | None]) -> int:
    """The last index of the contact block opened at ``i``: short lines, phones and e-mails under the label."""
    last = i
    opening = _line_from(source, pieces[i].start).rstrip()
    # A media request holds its address at its end ("For press inquiries, please visit https://…"): a block whole.
    whole = _cue(_PHONE_OR_EMAIL, source, pieces[i].start, pieces[i].end) or _media_request(opening)
    last_anchor = i if whole else -1
    # A label with nothing after it, right over another label, heads the blocks under it: "For media
    # inquiries, please contact:" / "Acme Investor Relations Contact: ..." / "Investor Relations Inquiries: ...".
    umbrella = (
        (opening.endswith((":", "：")) or _CONTACT_LABEL.fullmatch(opening) is not None)
        and i + 1 < len(pieces)
        and kinds[i + 1] is MetaKind.CONTACT
    )
    domains: set[str] = set(_DOMAIN_OF.findall(opening))  # the e-mail domains of the block so far
    handles = False  # whether a line of the organisation's handles joined the block (``_HANDLES``)
    k = i + 1
    while k < len(pieces) and k - i <= 12:
        piece = pieces[k]
        text = _text(source, piece)
        bare_label = k == i + 1 and len(_text(source, pieces[i])) <= 40
        if _WIRE_CARD.match(text) and _TAIL_EMAIL.search(text, 0, _MAX_LINE):
            break  # the wire's card under the release's own contact line is a contact of its own
        # Another contact block right under this one (at most one blank line between) is the same block:
        # "For media inquiries, please contact:" / "Acme Investor Relations Contact: ..." / "Media Inquiries: ...".
        # A labelled block of its own after a blank line is not, once this one has its phone or e-mail:
        # "Investor Contact:The Equity Group ... kahl@..." / "" / "Media Contact:RooneyPartners LLC ...".
        next_line = kinds[k] is MetaKind.CONTACT and pieces[k - 1].blank_after <= 1
        named = _CONTACT_OF.match(source, piece.start) is not None
        labelled = next_line and (named or contact_label(source, pieces, k))
        # Right under the organisation's handles the block goes on, whoever's address the line gives: "Follow
        # @ECCO_Certified on …" / "For interviews or press opportunities, please contact alexandra@agency.com".
        after_handles = handles and last_anchor == k - 1
        if labelled and not umbrella and last_anchor >= 0 and not after_handles:
            # A labelled block of its own under one that has its phone or e-mail, no umbrella label over both:
            # "Investor Contact:" / "Liam Okoro" / "lokoro@…" / "Media Contact:" / "Sara Bell" / "617-555-0108";
            # "Contact Hiber: … pr@hiber.global" / "Contact Srett Industrie: …" (a label naming whose contact).
            next_line = False
        elif next_line and not umbrella and pieces[k - 1].blank_after > 0 and domains and not after_handles:
            # Under a blank line, a labelled block whose e-mail is another agency's is a contact of its own:
            # "Investor Contact:The Equity Group ... kahl@theequitygroup.com" / "" / "Media Contact:RooneyPartners
            # LLC ... kbarrette@rooneypartners.com"; "For Public Inquiries: 1-800-AHA-USA1" stays in its block.
            other = _block_domains(source, pieces, k)
            next_line = not other or bool(other & domains)
        domains.update(_DOMAIN_OF.findall(text[:_MAX_LINE]))
        if next_line:
            last = last_anchor = k
            k += 1
            continue
        # The office under the name is the contact's organisation ("Contact: Tasha Roe" / "Dallas County District
        # Attorney's Office" / "214-653-3756"), not the release's issuing office.
        office = pieces[k - 1].blank_after == 0 and _is_office(source, pieces, k, kinds)
        if (
            piece.noise_kind is NoiseKind.CONTROL_CHARACTERS
            and k + 1 < len(pieces)
            and pieces[k + 1].start == piece.end
            and pieces[k + 1].kind != "noise"
        ):
            k += 1  # a control character opening the next line, not a line of its own: the rendering drops it
            continue  # and sets the line right under the one above (fuzz F1127-10, SPEC 5)
        if piece.kind == "noise" and "[email" not in text and last_anchor >= 0 and _link_after(source, pieces, k):
            k += 1  # a link line the noise stage took, among the block's link lines ("… on Newsramp: https://…")
            continue
        if kinds[k] is MetaKind.END_MARK and last == i and source.find("\n", pieces[i].end, piece.start) < 0:
            # An end mark glued to the label's own line ("M contact:END"): the rendering drops it and sets the
            # label right over the lines under it, which read as its block (fuzz F1129-7, SPEC 5).
            k += 1
            continue
        if (piece.kind == "noise" and "[email" not in text) or (kinds[k] is not None and not office):
            break
        if pieces[k - 1].blank_after > 1 and not bare_label and (last_anchor >= 0 or pieces[k - 1].blank_after > 3):
            break
        if (
            last_anchor >= 0
            and len(text) <= 160
            and _HANDLES.match(text)
            and k + 1 < len(pieces)
            and kinds[k + 1] is MetaKind.CONTACT
            and piece.blank_after <= 1
        ):
            # The organisation's handles between two lines of its block ("Follow @ECCO_Certified on …"): the
            # line under them is the block's too, however it opens.
            last = last_anchor = k
            handles = True
            k += 1
            continue
        if len(text) <= 120 and _CHANNELS_LABEL.fullmatch(text):
            break  # the company's channels for its community, under its own label: readers', not the media's
        # A line cut off the one above (no line break between) may be long: "Inquiries:Skyline ... Email: ...".
        # So may one whose addresses are markdown links ("Yuki Chan [yuki@rsvp.hk](mailto:yuki@rsvp.hk) +852 ...").
        room = 300 if source.find("\n", pieces[k - 1].end, piece.start) < 0 or "](mailto:" in text else 120
        if _FIELD_LABEL.match(text):
            room = 240  # "Phone: 646-780-8850 Phone: 646-863-7997 Email: info@… Website: https://…" (PRISM)
        anchor = (
            _cue(_PHONE_OR_EMAIL, text, 0, len(text)) or bool(_LINK_LINE.fullmatch(text) or _url_line(text))
        ) and len(text) <= room
        anchor = anchor or _link_directory(text)
        # A street address is part of the block too ("3415 South Sepulveda Blvd. Ste 1100 Los Angeles, CA 90034").
        # Or a line that ends in a state and its ZIP code ("1885 FM 2673, Suite H31  Canyon Lake, Texas 78133").
        address = len(text) <= 120 and bool(_STREET.search(text) or _ZIP_CODE.search(text))
        short = (len(text) <= 60 and len(text.split()) <= 8) or address
        # A fragment ending in a stop is a name cut by an upstream split ("Tasha." / "Tsiaperas@...").
        # A company's suffix is no stop: "Acme Robotics Inc." is the contact's organisation.
        # So is a name's title: "Charles Horn, Esq." (News Direct), "Jane Roe, Ph.D.".
        stop = text.endswith((".", "!", "?")) and len(text.split()) > 2 and not _is_name_line(text)
        stop = stop and not (_NAME_TITLE.search(text) and _is_name_line(_NAME_TITLE.sub("", text)))
        if not (anchor or (short and not _is_prose(source, piece) and not stop)):
            break
        placed = _place_line(text)  # "Miami, FL" / "United States" / "NA": the template's address lines (PR Karma)
        if (
            pieces[k - 1].blank_after > 0
            and not anchor
            and not placed
            and last_anchor >= 0
            and not _anchor_ahead(source, pieces, k)
        ):
            break
        last = k
        if anchor or (placed and last_anchor >= 0):
            last_anchor = k  # an address's place lines close the block too ("… Email Us Here" / "Miami, FL")
        k += 1
    if last_anchor > i:
        return last_anchor
    return min(last, i + 3) if last_anchor < 0 else i


# A title after a person's name, set off by a comma: "Charles Horn, Esq.", "Jane Roe, Ph.D.", "John Doe Jr.".
_NAME_TITLE = re.compile(r",?[ \t\xa0]++(?:Esq|Jr|Sr|Ph\.[ \t\xa0]?D|M\.[ \t\xa0]?D|J\.[ \t\xa0]?D)\.$")


# The last line of a contact block may be a link label: "Visit Our Website", "Website: www.acme.com", "🔗 https://…",
# a name and its link ("Charles Graham https://grahamlawga.com/…", Press Services), or a bare phone number.
_DOMAIN = r"[\w-]{1,63}+\.(?:com|org|net|gov|edu|int|io)"
_LINK_LINE = re.compile(
    r"(?:[^\w\s]{1,2}+[ \t\xa0]*+)?"  # an emoji or a symbol before it: "🔗 https://sandovalpllc.com"
    r"(?:visit[ \t\xa0]++(?:our[ \t\xa0]++|the[ \t\xa0]++)?|company[ \t\xa0]++)?(?:web[ \t\xa0]?site|blog)[^\n]{0,80}+"
    r"|(?:[^\w\s]{1,2}+[ \t\xa0]*+|(?:[A-Z][\w.'’-]*+[ \t\xa0]++){1,4}+)?(?:https?://|www\.)\S{1,200}+"
    # a labelled address: "Corporate Website: www.pharmagreen.ca", "Online Store: www.…" (NewMediaWire)
    r"|(?:[A-Z][\w'’-]*+[ \t\xa0]++){0,3}+[A-Z][\w'’-]*+[ \t\xa0]*+:[ \t\xa0]*+(?:https?://|www\.)\S{1,200}+"
    r"|\+?1?\d{10}"  # a phone with no separators: "3146028918" (PR Karma)
    rf"|{_DOMAIN}(?:[ \t\xa0]++(?:and|&)[ \t\xa0]++{_DOMAIN})?",  # "heart.org and stroke.org"
    re.IGNORECASE,
)


# A US state, written out or abbreviated, and its ZIP code: "Texas 78133", "CA 90034-1234".
_ZIP_CODE = re.compile(r"\b(?:[A-Z]{2}|[A-Z][a-z]{3,13}+)[ \t\xa0]++\d{5}(?:-\d{4})?(?!\d)")
# A street address: a number, one to four capitalised words, a street word ("3415 South Sepulveda Blvd.").
_STREET = re.compile(rf"\b\d{{1,6}}+[ \t\xa0]++(?:[A-Z][\w.'’-]*+[ \t\xa0]++){{1,4}}?(?:{_STREET_WORD}|Suite|Ste)\b")


# A web address closing a line: "Follow Acme on Social Media:X (formerly Twitter): https://x.com/acme",
# "Acme Slack Community: acme.slack.com" (a contact block's link directory, PRISM MediaWire).
_URL_END = re.compile(r"(?:https?://|www\.|\b[\w-]{1,63}+\.(?:com|org|net|io|ai|co)\b)[^\s]{0,200}+$")


def _url_line(text: str) -> bool:
    """A line that ends in a web address after a label, no sentence: three lower-case words at most before it.

    ``Follow Acme on Social Media:X (formerly Twitter): https://x.com/acme`` is one; ``Partnership
    Opportunities To learn more about becoming a partner, visit: https://…`` is the story's invitation.
    """
    m = _URL_END.search(text)
    return m is not None and sum(w[:1].islower() for w in text[: m.start()].split()) <= 3


def _link_directory(text: str) -> bool:
    """A line of the company's channels, two web addresses or more, no sentence: ``X: https://… LinkedIn: https://…``."""
    return len(text) <= 600 and len(_WEB_ADDRESS.findall(text)) >= 2 and not _SENTENCE_END.search(text)


# The start of a web address ("https://www.acme.com" is one).
_WEB_ADDRESS = re.compile(r"https?://|(?<!/)www\.")


# A contact field's label opening a line: its phones, addresses and links may run long.
_FIELD_LABEL = re.compile(r"(?:phone|tel|telephone|mobile|cell|fax|e-?mail|website|web)[ \t\xa0]*+:", re.IGNORECASE)


# A place line of an address: "Miami, FL", "Canyon Lake, Texas"; or a country alone, or the template's "NA".
_CITY_STATE = re.compile(r"[A-Z][\w.'’-]*+(?:[ \t\xa0][A-Z][\w.'’-]*+){0,3}+,[ \t\xa0]++[A-Z][A-Za-z.]{1,15}+")


def _place_line(text: str) -> bool:
    """Whether a contact block's line is a place of its address: ``Miami, FL``, ``United States``, ``NA``."""
    text = text.strip()
    if len(text) > 40:
        return False
    if text in ("NA", "N/A") or _CITY_STATE.fullmatch(text):
        return True
    return place_key(text) in countries()


def _link_after(source: str, pieces: tuple[Piece, ...], k: int) -> bool:
    """Whether the first piece after the noise at ``k`` is a link line of a contact block (``_LINK_LINE``)."""
    j = k + 1
    while j < len(pieces) and pieces[j].kind == "noise":
        j += 1
    if j >= len(pieces) or pieces[j].end - pieces[j].start > 200:
        return False
    start, end = pieces[j].start, pieces[j].end
    return _LINK_LINE.fullmatch(source, start, end) is not None or _url_line(source[start:end])


def _anchor_ahead(source: str, pieces: tuple[Piece, ...], k: int) -> bool:
    """Whether short lines from ``k`` on reach a phone, an e-mail or a link label within three lines.

    An address spread over lines between blank lines: "Tombstone, AZ" / "United States" / "307-359-2055".
    """
    for j in range(k, min(len(pieces), k + 3)):
        piece = pieces[j]
        linked = _url_line(source[piece.start : piece.end])
        if piece.kind in ("paragraph", "heading") and _link_directory(source[piece.start : piece.end]):
            return True
        if piece.kind not in ("paragraph", "heading") or piece.end - piece.start > (120 if linked else 60):
            return False
        if piece.blank_after > 1:
            return False
        if (
            linked
            or _cue(_PHONE_OR_EMAIL, source, piece.start, piece.end)
            or _LINK_LINE.fullmatch(source, piece.start, piece.end)
        ):
            return True
    return False


def _is_office(source: str, pieces: tuple[Piece, ...], k: int, kinds: list[MetaKind | None]) -> bool:
    """Whether line ``k`` is an issuing office (``Dallas County District Attorney's Office``).

    In a contact block it is the contact's organisation, and the block goes on over it.
    """
    return kinds[k] is MetaKind.RELEASE_NOTE and issuing_office(source, pieces, k)


def _front_contact(
    source: str, pieces: tuple[Piece, ...], i: int, kinds: list[MetaKind | None], blank: int = 0
) -> tuple[int, int]:
    """An unlabelled contact block around the phone or e-mail line ``i``: names and titles above it.

    ``blank`` is how many blank lines may stand between them (one after the story: "Corporate
    Communications" / "" / "IBN ... Editor@InvestorBrandNetwork.com").
    """
    first = i
    while (
        first > 0
        and (kinds[first - 1] is None or _is_office(source, pieces, first - 1, kinds))
        and pieces[first - 1].blank_after <= blank
        and i - first < 3
    ):
        above = pieces[first - 1]
        text = _text(source, above)
        if not _is_line(above) or len(text) > 60 or len(text.split()) > 6:
            break
        if text.endswith((".", ":")):
            break
        first -= 1
    return first, _extend_contact(source, pieces, i, kinds)


# A line of the company's social channels, their names parted by bars (the links lost): an About's last line.
_SOCIAL_NAME = (
    r"(?:X(?:[ \t\xa0]*+\(Twitter\))?|Twitter|Telegram|Instagram|LinkedIn|Facebook|YouTube|TikTok|Discord|Medium"
    r"|Reddit|GitHub|Threads|WhatsApp|Website)"
)
_SOCIAL_LINKS = re.compile(
    rf"(?:(?:Social[ \t\xa0]++Links|Follow[ \t\xa0]++us(?:[ \t\xa0]++on)?)[ \t\xa0:]*+)?{_SOCIAL_NAME}"
    rf"(?:[ \t\xa0]*+[|·•/][ \t\xa0]*+{_SOCIAL_NAME}){{1,10}}+"
)
# A footnote's number before its source, maybe as a list item: "1https://…", "* 2 https://…", "[3] https://…".
_FOOTNOTE = re.compile(r"(?:[*•·–-][ \t\xa0]++)?+\[?\d{1,2}\]?[ \t\xa0]*+https?://")
# A web address alone on a line, maybe with "or" after it: what a section's "please visit:" points to.
_LINK_ON = re.compile(r"(?:https?://|www\.)[^\s]{3,300}+(?:[ \t\xa0]++or)?$", re.IGNORECASE)
# The company's site and channels under its boilerplate, one labelled address a line: "Web: gmmtchain.io",
# "Website: www.acme.com", "Twitter: twitter.com/cvip_io", "Telegram: t.me/cvip_io", "Visit: SunPrintSolutions.com"
# (uc_wire_prkarma_1).
_WEB_FIELD = re.compile(
    r"(?:Web(?:site)?|Site|Visit|Twitter|X|Telegram|Discord|LinkedIn|Facebook|Instagram|YouTube|Medium|Explorer)"
    r"[ \t\xa0]*+:[ \t\xa0]*+(?:https?://)?[\w-]++(?:\.[\w-]++)++(?:/\S*+)?$"
)


def _notice_sentence(source: str, piece: Piece) -> bool:
    """A paragraph whose sentence has a notice's heading words for its subject: "Forward-looking statements also …".

    A heading stands alone or runs into a capital ("Forward-Looking StatementsThis …"); the subject of a
    sentence is followed by a lower-case word, so the paragraph goes on with the section over it.
    """
    m = _DISCLAIMER.match(source, piece.start, piece.end)
    if piece.kind != "paragraph" or m is None:
        return False
    rest = source[m.end() : min(m.end() + 3, piece.end)].lstrip(" \t\xa0")
    return rest[:1].islower()


# A phone field of an office's card: "Tel. +66 (0) 2553 8111", "Fax: +66 …", "Phone (212) 555-0100".
_PHONE_FIELD = re.compile(r"\b(?:Tel|Telephone|Phone|Fax|Mobile|Mob)\b\.?+[ \t\xa0]*+:?[ \t\xa0]*+(?=[+(\d])")


def _contact_card(source: str, piece: Piece) -> bool:
    """A press office's card under the boilerplate: a name, an address, a labelled phone, no sentence.

    Media OutReach prints the issuer's press desk under its profile: ``Investment Services Center — PR Section,
    The Office of the Board of Investment (BOI)   555 Vibhavadi-Rangsit Road, Chatuchak, Bangkok 10900   Tel.
    +66 (0) 2553 8111, Fax: +66 (0) 2553 8222`` (xc_wire_mediaoutreach_1). A sentence that gives a phone ("To
    join, contact Joe Palmer at (682) 310-0591.") is the boilerplate's own.
    """
    if piece.kind != "paragraph" or piece.end - piece.start > _MAX_LINE:
        return False
    text = _text(source, piece)
    field = _PHONE_FIELD.search(text)
    if field is None or not _cue(_PHONE_OR_EMAIL, source, piece.start + field.end(), piece.end):
        return False
    return _SENTENCE_END.search(_PHONE_FIELD.sub(" ", text)) is None


# A paragraph shorter than this with no stop or colon closes an About or disclaimer section (``_section_end``;
# ``headings._about_section_end`` reads the same stop).
SECTION_SHORT_LINE = 40


# A line offering the release's media assets: "Photography, B roll, and additional assets are available on the
# company's Media Kit here." (citybiz, x7_wire_citybiz_5), "High-resolution images are available for download at
# …": a note to the media under the boilerplate, the release's own line, never the company's profile.
_ASSETS_OFFER = re.compile(
    r"(?:(?:High[- ]res(?:olution)?|Hi-res|Additional|Downloadable)[ \t\xa0]++)?"
    r"(?:Photo(?:graph(?:y|s)|s)?|Images?|B[- ]roll|Videos?|Footage|Headshots?|Media[ \t\xa0]++assets)\b"
    r"[^.\n]{0,120}?\b(?:is|are)[ \t\xa0]++available\b",
    re.IGNORECASE,
)
# The release's own call to visit a site, a line of its own: "For more information, visit www.greysteel.com."
_VISIT_LINE = re.compile(
    r"For[ \t\xa0]++(?:more|additional|further)[ \t\xa0]++information,?[ \t\xa0]++(?:please[ \t\xa0]++)?"
    r"(?:visit|go[ \t\xa0]++to|see)[ \t\xa0]*+:?[ \t\xa0]*+(?:https?://)?(?:www\.)?(?P<site>[\w-]{2,63}+)\.[a-z]{2,6}+"
    r"(?:/\S{0,100}+)?[.!]?$",
    re.IGNORECASE,
)
_SUBJECT_WORD = re.compile(r"[A-Za-z][A-Za-z0-9&'’-]*+")


def _visits_other_site(source: str, pieces: tuple[Piece, ...], k: int, opened: int) -> bool:
    """Whether piece ``k`` sends readers to a site that is not the one of the section opened at ``opened``.

    The release closes with its issuer's site after the About sections ("About Greysteel" / … / "About NARA
    Advisors" / … / "For more information, visit www.greysteel.com.", citybiz, x4_wire_citybiz_3): under another
    company's profile the line is the release's own, not the profile's. The site is the subject's when its name
    holds one of the subject's words (``www.kaizenanalytix.com`` under ``About Kaizen Analytix LLC``) or its
    initials (``ibm.com`` under ``About International Business Machines``).
    """
    piece = pieces[k]
    if piece.kind != "paragraph" or piece.end - piece.start > 160 or opened < 0:
        return False
    visit = _VISIT_LINE.match(_text(source, piece))
    if visit is None:
        return False
    site = visit.group("site").casefold().replace("-", "")
    heading = _text(source, pieces[opened])[:120]
    if not heading.startswith(("About", "ABOUT")):
        return False  # a notice or a note to editors names no company's site
    words = [w.casefold() for w in _SUBJECT_WORD.findall(heading)[1:] if len(w) >= 3]
    initials = "".join(w[0] for w in _SUBJECT_WORD.findall(heading)[1:] if w[0].isupper()).casefold()
    if not words:
        return False
    return not any(w.replace("-", "") in site for w in words if w not in _SUBJECT_STOPWORDS) and not (
        len(initials) >= 2 and site.startswith(initials)
    )


# Words of an About line that name no company: "About the Lenzing Group", "About Acme Inc."
_SUBJECT_STOPWORDS = frozenset({"the", "and", "inc", "llc", "ltd", "corp", "group", "company", "for", "of"})


def closes_section(source: str, pieces: tuple[Piece, ...], k: int, *, last: int, story: int, opened: int = -1) -> bool:
    """Whether piece ``k``, under an About or disclaimer section whose last piece so far is ``last``, closes it.

    The one reading of a section's end, shared by meta (``_section_end``) and the heading rules
    (``headings._about_section_end``, which reads past a section the rendering leaves out), so the two cannot
    drift (SPEC 5, fuzz finding F1130-40). A section closes at the story's first piece (``story``: an
    ``About Acme`` line in the front matter never runs into the story), at a short line with no stop or colon
    (a heading of the story, ``SECTION_SHORT_LINE``: not a site's address after ``please visit:``, not the
    company's channels, not a ``Web:`` field), at markdown or a link opening a line, at a feed's footer, at
    the story's footnotes and at a legal notice of its own. Read on the piece's text, never on a kind meta gave
    it, so it reads the same on the lines the heading rules see.

    Args:
        source: the exact input.
        pieces: the pieces, as meta or the heading rules see them (a ``line`` is an unclassified paragraph).
        k: the piece read.
        last: the section's last piece so far.
        story: the index of the story's first piece (``story_start``); past the section, nothing closes.
        opened: the section's opening line, when known: a line sending readers to another company's site closes
            it (``_visits_other_site``).

    Returns:
        True when the section ends before piece ``k``.

    >>> from pressparse._block import Piece
    >>> src = "About Acme\\nAcme makes tools.\\nOur Plants\\nAcme has plants in Lyon and Turin, and more."
    >>> pieces = (Piece("line", 0, 10), Piece("line", 11, 28), Piece("line", 29, 39), Piece("line", 40, 84))
    >>> [closes_section(src, pieces, k, last=k - 1, story=99) for k in (1, 2)]
    [False, True]
    >>> closes_section(src, pieces, 3, last=1, story=3)
    True
    """
    if k == story:
        return True
    piece = pieces[k]
    text = _text(source, piece)
    short = piece.kind in ("paragraph", "line") and len(text) < SECTION_SHORT_LINE and not text.endswith((".", ":"))
    if short and _LINK_ON.match(text) and _text(source, pieces[last]).endswith((":", " or")):
        short = False  # "… please visit:" / "www.maxgenomicproducts.com or" / "https://…" (xh_wire_nmw_1)
    if short and _SOCIAL_LINKS.fullmatch(text):
        short = False  # the company's channels: "X (Twitter) | Telegram", "Social Links Instagram | LinkedIn"
    if _WEB_FIELD.match(text) is not None:
        short = False  # its site: "Web: gmmtchain.io" (yc_wire_prism_1), however long its address
    return (
        short
        or text.startswith(("[", "!", "---", "***", "___", "```"))
        # WordPress feeds: "The post <title> appeared first on <site>."
        or _FEED_FOOTER.match(text) is not None
        # the story's sources: "1https://www.nhlbi.nih.gov/news/…" (xh_wire_newsusa_1)
        or _FOOTNOTE.match(text) is not None
        # a legal notice of its own ("All marks herein ...", "NOTE TO INVESTORS:")
        or _LEGAL.search(text, 0, 400) is not None
        # the release's note to the media: "Photography, B roll, and additional assets are available on …"
        or (piece.kind in ("paragraph", "line") and _ASSETS_OFFER.match(text) is not None)
        or _visits_other_site(source, pieces, k, opened)
    )


def _section_end(source: str, pieces: tuple[Piece, ...], i: int, story: int, kinds: list[MetaKind | None]) -> int:
    """The last index of an About or disclaimer section opened at ``i``: its paragraphs up to the next opening.

    Where it closes: ``closes_section``. Its site and channel lines (``_WEB_FIELD``) close it: only more of
    them go on after the first.
    """
    last = i
    fields_only = False
    for k in range(i + 1, len(pieces)):
        piece = pieces[k]
        if k == story:
            break  # front matter never runs into the story's first piece (``closes_section``)
        if k == i + 1 and kinds[k] is kinds[i] and pieces[i].end - pieces[i].start <= 80:
            last = k  # a heading ("Forward-Looking Statements") over a paragraph its own rule knows
            continue
        if piece.kind == "noise" and piece.noise_kind is NoiseKind.CONTROL_CHARACTERS:
            continue  # an invisible character opening the next paragraph ("About Inc." / "\u200bInc. is …")
        if kinds[k] is None and piece.kind == "heading" and _SOCIAL_LINKS.fullmatch(_text(source, piece)):
            last = k  # the company's channels, read as a heading: "Social Links X | Instagram | LinkedIn"
            continue
        if kinds[i] is MetaKind.DISCLAIMER and kinds[k] is kinds[i] and _notice_sentence(source, piece):
            last = k  # "Forward-looking statements also include …" goes on with the notice (vc_wire_prism_1)
            continue
        if piece.kind not in ("paragraph", "list_item") or kinds[k] is not None:
            break
        if any(rule(source, pieces, k) for _, rule in META_RULES if rule not in _FRONT_ONLY):
            break
        field = _WEB_FIELD.match(_text(source, piece)) is not None
        if not field and fields_only:
            break  # the story again under the boilerplate's site lines (yc_wire_prism_1's closing quote)
        fields_only = fields_only or field
        if closes_section(source, pieces, k, last=last, story=story, opened=i):
            break
        if kinds[i] is MetaKind.ABOUT and _contact_card(source, piece):
            break  # the press office's card under the profile: a contact (``_mark``)
        last = k
    return last


def _mark(
    source: str, pieces: tuple[Piece, ...], story: int, dateline: Dateline | None = None
) -> tuple[list[MetaKind | None], list[int], dict[int, NoiseKind]]:
    """Decide a kind for each piece; ``group[k]`` is the index of the piece that ``k`` merges into."""
    n = len(pieces)
    kinds: list[MetaKind | None] = [None] * n
    group = list(range(n))
    noise: dict[int, NoiseKind] = {}
    story_rules = tuple((kind, rule) for kind, rule in META_RULES if rule not in _FRONT_ONLY)
    # A fast path for story paragraphs: the rules but ``_ANY_LENGTH`` take short lines only.
    long_rules = tuple((kind, rule) for kind, rule in META_RULES if rule in _ANY_LENGTH)
    under = _notes_under_dateline(source, pieces, dateline)[1] if dateline is not None else frozenset()
    for k, piece in enumerate(pieces):
        if piece.kind not in ("paragraph", "heading", "list_item"):
            continue
        long = piece.end - piece.start > _MAX_LINE
        for kind, rule in long_rules if long else META_RULES if k < story or k in under else story_rules:
            if rule(source, pieces, k):
                kinds[k] = kind
                break
    for k in range(n - 1):
        short = _is_line(pieces[k]) and pieces[k].end - pieces[k].start <= 30
        key = _text(source, pieces[k]).strip(" :").casefold() if short else ""
        label = _LABELS.get(key)
        # The value stands on the next line, or one blank line under it (a page flattened with a blank line
        # between all its lines: "News provided by" / "" / "Acme Robotics Inc.").
        if label is None or kinds[k] is not None or pieces[k].blank_after not in (0, 1):
            continue
        if k >= story and key not in _STORY_LABELS:
            continue
        # Furniture the rendering drops between the label and its value ("From" / "Share" / "Home Office") is read
        # past, as the rendering reads the value right under its label (SPEC 5, fuzz F1130-13).
        j = k + 1
        while j < n - 1 and pieces[j].kind == "noise" and pieces[j].blank_after in (0, 1):
            j += 1
        value = pieces[j]
        if value.kind == "noise":
            continue
        words = _text(source, value).split()
        # Under the story a date line alone is the story's; under its label it is the page's (gov.uk prints
        # "Published" / "23 November 2026" under its standfirst, which reads as the story's first paragraph).
        dated = label is MetaKind.DATE and kinds[j] is None and _is_line(value) and date_line(source, pieces, j)
        if (
            kinds[j] is label
            or dated
            or (
                label in _NAME_LABELS
                and kinds[j] is None
                and _is_line(value)
                and 1 < len(words) <= 12
                and _is_name_line(_text(source, value))
            )
        ):
            kinds[k] = kinds[j] = label
            group[j] = k
    # An embargo line broken after its "until" ("EMBARGOED UNTIL" / "00:01 GMT THURSDAY 5 MAY 2026") goes on
    # over the next line: the time is the note's, never a heading of the story.
    for k in range(n - 1):
        nxt = pieces[k + 1]
        if kinds[k] is not MetaKind.RELEASE_NOTE or kinds[k + 1] is not None or pieces[k].blank_after:
            continue
        if _OPEN_EMBARGO.search(_text(source, pieces[k])) and _is_line(nxt) and nxt.end - nxt.start <= 60:
            kinds[k + 1], group[k + 1] = MetaKind.RELEASE_NOTE, k
    # Contact blocks and sections extend over the pieces under their opening line.
    k = 0
    while k < n:
        opened = kinds[k]
        if opened is MetaKind.CONTACT:
            last = _extend_contact(source, pieces, k, kinds)
            if last == k and _label_over_story(source, pieces, k, kinds):
                kinds[k] = None  # a word of the story's, as the rendering, which keeps it there, reads it
                k += 1
                continue
        elif opened in _SECTIONS or (
            opened is MetaKind.RELEASE_NOTE and k >= story and editors_notes(source, pieces, k)
        ):
            last = _section_end(source, pieces, k, story, kinds)
        elif opened is None and k < story and _is_line(pieces[k]) and _is_contact_line(source, pieces[k]):
            first, last = _front_contact(source, pieces, k, kinds)
            kinds[first] = MetaKind.CONTACT
            for m in range(first + 1, last + 1):
                kinds[m], group[m] = MetaKind.CONTACT, first
            k = last + 1
            continue
        else:
            k += 1
            continue
        for m in range(k + 1, last + 1):
            if kinds[m] is not MetaKind.END_MARK:  # a mark the block reads past keeps its kind
                kinds[m], group[m] = opened, k
        card = last + 1
        if opened is MetaKind.ABOUT and card < n and kinds[card] is None and _contact_card(source, pieces[card]):
            kinds[card] = MetaKind.CONTACT  # the press office's card that closed the About section
        k = last + 1
    _unmark_story_abouts(source, pieces, story, kinds=kinds, group=group)
    _mark_tail_contacts(source, pieces, story, kinds=kinds, group=group)
    _mark_contact_leads(source, pieces, story, kinds=kinds, group=group)
    _mark_legal_notices(source, pieces, story, kinds=kinds)
    _mark_org_letterhead(source, pieces, story, kinds=kinds)
    _mark_member_letterhead(source, pieces, story, kinds=kinds, noise=noise)
    _mark_glued_deck(source, pieces, kinds=kinds)
    _mark_title(source, pieces, story, dateline, kinds=kinds, group=group, noise=noise)
    _mark_front_headlines(source, pieces, story, kinds=kinds, noise=noise)
    _issuers_as_noise(source, pieces, story, kinds=kinds, noise=noise)
    _site_title_as_noise(source, pieces, story, kinds=kinds, noise=noise)
    return kinds, group, noise


def _quoted_speech(source: str, piece: Piece) -> bool:
    """Whether ``piece`` is a paragraph of reported speech: a quotation and a verb that attributes it."""
    text = _text(source, piece)
    if piece.kind != "paragraph" or not any(mark in text for mark in '“"'):
        return False
    return any(word.strip(".-'’,") in _SPEECH_WORDS for word in _WORD.findall(text.casefold()))


def _unmark_story_abouts(
    source: str, pieces: tuple[Piece, ...], story: int, *, kinds: list[MetaKind | None], group: list[int]
) -> None:
    """An About section the story goes on under, with reported speech, is a section of the story.

    Exchange listing releases introduce the listed token under its own "About CVIP(CVIP)" heading and go on
    with the exchange chief's quote ("Albin Warin, CEO of XT.COM, commented …, stating, "…""), before the
    boilerplate of both, "About CVIP" among them (BlockchainWire, XT.COM; xf_wire_blockchainwire_1). A company's
    profile quotes no one: a section with a paragraph of reported speech under its first one is the story's,
    its heading and paragraphs go back to the body. Read on the section alone, so the rendering, where the
    boilerplate at the end is gone, reads it the same (SPEC 5). The speech is looked for in the section's first
    dozen pieces, but the whole section goes back: a section the rendering runs on further (a slideshow counter
    that closed it is gone) keeps no tail of its own (F1125-46).
    """
    sections: dict[int, list[int]] = {}
    for m in range(story, len(pieces)):
        if group[m] != m:
            sections.setdefault(group[m], []).append(m)
    for k in range(story, len(pieces)):
        if kinds[k] is not MetaKind.ABOUT or group[k] != k or pieces[k].kind == "noise":
            continue
        members = sections.get(k, [])
        if not any(_quoted_speech(source, pieces[m]) for m in members[1:] if m < k + 13):
            continue
        for m in (k, *members):
            kinds[m], group[m] = None, m


# The section a page title names after its site suffix when it holds no headline ("Senator Jane Roe - Press
# Releases", "Newsroom | Acme Corp." reversed is a headline first, so only the suffix is read).
_SECTION_NAMES = frozenset(
    {"press releases", "news releases", "press release", "news release", "news", "newsroom", "press room", "press"}
)


def _site_title_as_noise(
    source: str, pieces: tuple[Piece, ...], story: int, *, kinds: list[MetaKind | None], noise: dict[int, NoiseKind]
) -> None:
    """A page title that only names the site's section is furniture when the release's headline stands under it.

    Older senate.gov and office pages title every page ``Senator Jane Roe - Press Releases``; the release's
    own headline comes under the note and the date, and is then the one title.
    """
    titles = [k for k in range(min(story, len(pieces))) if kinds[k] is MetaKind.TITLE]
    if len(titles) < 2:
        return
    first = titles[0]
    suffix = _SITE_SUFFIX.search(_text(source, pieces[first]))
    if suffix is None or suffix.start() < 5:
        return
    name = normalise(suffix.group()).lstrip("|-–— ").casefold()
    if name in _SECTION_NAMES and titles[1] > first + 1:
        kinds[first] = None
        noise[first] = NoiseKind.BOILERPLATE


def _issuers_as_noise(
    source: str, pieces: tuple[Piece, ...], story: int, *, kinds: list[MetaKind | None], noise: dict[int, NoiseKind]
) -> None:
    """The issuer's name printed by the page template over the release is page furniture: ``boilerplate`` noise.

    A letterhead (``OFFICE OF THE DISTRICT ATTORNEY`` / ``COUNTY OF SONOMA``), a department's header (``Office
    of Public Affairs``, ``U.S. Department of Justice``) or an organisation's name over the release label
    (``Human Rights Watch`` / ``News Release``) is no note about the release: annotators list such lines as
    noise, one a line (ANNOTATION.md; da_022's letterhead). The rules above took them as release notes so that
    no title rule reads them; here they leave the meta. ``Source: …`` under the story stays a release note.
    """
    front = min(story, len(pieces))
    for k in range(front):
        if kinds[k] is not MetaKind.RELEASE_NOTE:
            continue
        if not (issuing_office(source, pieces, k) or _is_org_letterhead(source, pieces, k)):
            continue
        if _in_wrapped_run(source, pieces, k, front):
            continue  # "DISTRICT ATTORNEY" / "CHARGES MAN IN" / "COUNTY OF LYON": a headline's lines, no letterhead
        kinds[k] = None
        noise[k] = NoiseKind.BOILERPLATE


def _in_wrapped_run(source: str, pieces: tuple[Piece, ...], k: int, front: int) -> bool:
    """Whether line ``k`` runs on from the line above or into the line under it (a small word ends the first)."""
    above = k > 0 and pieces[k - 1].blank_after == 0 and _last_word(source, pieces[k - 1]) in _WRAP_WORDS
    below = k + 1 < front and pieces[k].blank_after == 0 and _last_word(source, pieces[k + 1]) in _WRAP_WORDS
    return above or below


# The last word of an organisation's name: "Human Rights Watch", "Amnesty International", "Metropolitan Police
# Service", "Acme Robotics, Inc.". A headline goes on past its subject ("Acme Foundation Announces Grants").
_ORG_NAME = re.compile(
    r"(?:(?:the|The)[ \t\xa0]++)?(?:[A-Z][\w.'’&-]{0,24}+,?[ \t\xa0]++(?:(?:of|for|and|the|on)[ \t\xa0]++)?){1,5}+"
    r"(?:Watch|International|Foundation|Institute|Association|Council|Coalition|Alliance|Society|Trust|Fund"
    r"|Federation|Union|Organi[sz]ation|Network|Cent(?:re|er)|Committee|Service|Police|Constabulary|Force"
    r"|Group|Company|Corporation|Inc\.?|Ltd\.?|LLC|plc|PLC|Partners|Nations|Programme|Program)"
)
# The labels a release prints under its issuer's name ("Press Release" is no release note: it is page chrome).
_RELEASE_LABELS = frozenset({"press release", "news release", "media release", "press statement", "media statement"})


def _mark_org_letterhead(source: str, pieces: tuple[Piece, ...], story: int, *, kinds: list[MetaKind | None]) -> None:
    """An organisation's name over the release's label is its letterhead: who issued it (a release note).

    NGOs, police forces and companies print their name, then ``News Release`` or ``FOR IMMEDIATE RELEASE``,
    then the headline ("Human Rights Watch" / "News Release" / "Country X: Journalists Detained"). The name
    is the first line of the page, names an organisation (``_ORG_NAME``), and the label stands right under it.
    """
    first = next((k for k in range(min(story, len(pieces))) if pieces[k].kind != "noise"), None)
    if first is None or kinds[first] is not None or first + 1 >= len(pieces):
        return
    label = kinds[first + 1] is MetaKind.RELEASE_NOTE or _is_release_label(source, pieces[first + 1])
    if label and _is_org_letterhead(source, pieces, first):
        kinds[first] = MetaKind.RELEASE_NOTE


def _last_heading(
    pieces: tuple[Piece, ...], kinds: list[MetaKind | None], noise: dict[int, NoiseKind]
) -> tuple[Piece, ...]:
    """The story's last block as a paragraph when it is a heading: the block under it was meta or noise.

    ``Bronze Sponsors: Gorman-Rupp Pumps, …`` over ``Note: … shall not accept any responsibility …`` (a
    disclaimer, xn_wire_prism_1) read as a heading over that paragraph; the rendering drops the notice and
    ends on the line, which a heading never does there (SPEC 5).
    """
    body = [k for k, p in enumerate(pieces) if p.kind in ("paragraph", "heading", "list_item") and kinds[k] is None]
    body = [k for k in body if k not in noise]
    if not body or pieces[body[-1]].kind != "heading":
        return pieces
    k = body[-1]
    if not any(kinds[j] is not None or j in noise for j in range(k + 1, len(pieces))):
        return pieces  # the page ends on the heading in both readings
    return (*pieces[:k], pieces[k].evolve(kind="paragraph"), *pieces[k + 1 :])


def _first_heading(
    pieces: tuple[Piece, ...], dateline: Dateline | None, kinds: list[MetaKind | None], noise: dict[int, NoiseKind]
) -> tuple[Piece, ...]:
    """The story's first block as a paragraph when it is a heading over a paragraph under front matter only.

    The headings stage read ``Z…`` as a subheading because a contact block stood above it; the rendering drops
    the contact and opens on the line, and the first line of a page over a paragraph is no subheading there
    (SPEC 5, fuzz F1130-12). Under a title the line is the deck (``_mark_top_heading``); over a list or another
    subheading it stays the story's in both readings.
    """
    first = _first_story_piece(pieces, 0, kinds=kinds, noise=noise)
    if first is None or pieces[first].kind != "heading":
        return pieces
    if not any(kinds[j] is not None or j in noise for j in range(first)):
        return pieces  # the headings stage saw it open the page already
    below = _first_story_piece(pieces, pieces[first].end, kinds=kinds, noise=noise)
    if below is None or pieces[below].kind != "paragraph":
        return pieces
    if dateline is not None and dateline.span.start < pieces[first].end:
        return pieces
    return (*pieces[:first], pieces[first].evolve(kind="paragraph"), *pieces[first + 1 :])


def _first_story_piece(
    pieces: tuple[Piece, ...], start: int, *, kinds: list[MetaKind | None], noise: dict[int, NoiseKind]
) -> int | None:
    """The index of the first piece from ``start`` on that is neither meta nor noise, or None."""
    return next(
        (
            k
            for k, p in enumerate(pieces)
            if p.start >= start and kinds[k] is None and k not in noise and p.kind != "noise"
        ),
        None,
    )


def _mark_top_heading(
    pieces: tuple[Piece, ...], dateline: Dateline | None, *, kinds: list[MetaKind | None], noise: dict[int, NoiseKind]
) -> bool:
    """A subheading between the headline and the story's first paragraph is the deck: the subtitle; whether one was.

    ``Police Seize Guns in Raid`` / ``Four Arrested`` / ``Police met …``: a line too short for
    ``_is_subtitle`` (two words) that the paragraph stage cut as a heading, the title its only text above,
    a paragraph under it and the dateline, if any, below it. Left in the story it would open the rendering,
    where the first line of a page is no subheading over a paragraph (SPEC 5, fuzz F1123-66). A subheading
    over a list or over another subheading (``Key Highlights`` over its points) stays the story's in both
    readings.
    """
    first = _first_story_piece(pieces, 0, kinds=kinds, noise=noise)
    if first is None or pieces[first].kind != "heading":
        return False
    # The block under it as the rendering shows it: past what meta and noise take (a release note "--N--" under
    # the subheading, fuzz F1124-23).
    below = _first_story_piece(pieces, pieces[first].end, kinds=kinds, noise=noise)
    if below is None:
        return False
    if (
        pieces[below].kind == "paragraph"
        and any(kinds[k] is MetaKind.TITLE for k in range(first))
        and (dateline is None or dateline.span.start >= pieces[first].end)
    ):
        kinds[first] = MetaKind.SUBTITLE
        return True
    return False


# A place and a date alone on a line: "Burlington, ON – February 11th, 2025", "Miami, Florida - May 2, 2025".
_PLACE_DATE_LINE = re.compile(
    rf"[A-Z][\w.'’-]*+(?: [A-Z][\w.'’-]*+){{0,3}}+(?:, [A-Z][\w.'’-]*+(?: [A-Z][\w.'’-]*+){{0,2}}+)?"
    rf"[ \t\xa0]*+[-–—][ \t\xa0]*+(?i:{_DATE})[ \t\xa0]*+"
)


def _mark_place_date_line(
    source: str,
    pieces: tuple[Piece, ...],
    dateline: Dateline | None,
    *,
    kinds: list[MetaKind | None],
    noise: dict[int, NoiseKind],
) -> None:
    """The release's own place and date alone on a line under the wire's dateline is a ``date`` meta.

    PR Karma prints its dateline (``BURLINGTON, ON / PR Karma / February 11, 2025 15:20``), then the client's
    own line ``Burlington, ON – February 11th, 2025`` over the story: a date line that introduces nothing (not
    a subheading), with no story after its dash (the dateline stage read the first).
    """
    if dateline is None:
        return
    first = _first_story_piece(pieces, dateline.span.end, kinds=kinds, noise=noise)
    if first is None or first + 1 >= len(pieces) or pieces[first].kind not in ("heading", "paragraph"):
        return
    piece = pieces[first]
    if piece.lines == 1 and _PLACE_DATE_LINE.fullmatch(source, piece.start, piece.end) and _stands_alone(source, piece):
        kinds[first] = MetaKind.DATE


def _mark_glued_deck(source: str, pieces: tuple[Piece, ...], *, kinds: list[MetaKind | None]) -> None:
    """A subheading that opens the page glued to the story's first word is the page's deck: the subtitle.

    The Justice Department's scraped pages lost their headline and glued the deck under it to the story
    (``U.S. District Court Also Issues Permanent Injunction Against Company and Two PrincipalsRoos Foods
    Inc., …``, xd_doj_r03011; ``SEC Files Separate Civil ComplaintHector Absi, 47, …``, doj_008). The
    paragraph stage cut it as a heading; at the top of the page, with no headline above it, it is the line
    under the headline. Left in the body, the rendering would set it alone on the first line, where it reads
    as the title (SPEC 5).
    """
    first = next((k for k, p in enumerate(pieces) if p.kind != "noise"), None)
    if first is None or kinds[first] is not None or first + 1 >= len(pieces):
        return
    nxt = pieces[first + 1]
    glued = source[pieces[first].end : nxt.start] in ("", " ", "\xa0")  # glued, or one space on the same line
    if (
        glued
        and nxt.kind == "paragraph"
        and (
            pieces[first].kind == "heading"
            # A deck too long for the heading stage, cut off the story as a paragraph: a headline still, in title
            # case with no stop ("Agencies Submit Joint Statement Regarding Proposed Legislation Addressing the
            # Authority of Optometrists to Utilize …  in Puerto RicoThe Department …", sa_doj_r02674); a
            # sentence-case line so glued is the story's own (doj_r02000).
            or (
                pieces[first].kind == "paragraph"
                and source[nxt.start - 1] != " "
                and _glued_long_deck(source, pieces[first])
            )
        )
    ):
        kinds[first] = MetaKind.SUBTITLE
        return
    # Glued to the scraper's "None" stand-in instead: "Attorney General Lynch to hold a 9/11 commemoration event …
    # Memorial ServicesNoneNoneDEPARTMENT OF JUSTICE MOMENT OF SILENCE … UNVEILINGNone…" (xm_doj_r02252): each
    # headline line so glued at the top is the deck; the rendering drops them all, and its first block is story.
    k = first
    while (
        k + 1 < len(pieces)
        and kinds[k] is None
        and pieces[k].kind in ("paragraph", "heading")
        and pieces[k + 1].kind == "noise"
        and pieces[k + 1].start == pieces[k].end
        and source.startswith("None", pieces[k + 1].start)  # the stand-in, not an invisible character
        and _is_headline(source, pieces[k])
    ):
        kinds[k] = MetaKind.SUBTITLE
        k += 2


def _glued_long_deck(source: str, piece: Piece) -> bool:
    """A deck the paragraph stage cut off the story it was glued to: a title-case headline ending on a letter.

    No sentence end or quotation mark anywhere in it (a story's quotation glued to the next paragraph, ``“We
    will act."Four of the …``, is no deck; a headline ending in ``!`` is the page's title, ``_mark_title``'s).
    """
    text = normalise(_text(source, piece))
    return (
        text[-1:].isalpha()
        and not any(ch in text for ch in '.!?"“”')
        and _mostly_capitalised(text)  # ``is_title_cased`` past its length bound
        and _is_headline(source, piece)
    )


# A member of Congress's site name and the page's label on one line: "Senator Carl Levin  News Release".
_MEMBER_LETTERHEAD = re.compile(
    r"(?:U\.?[ \t\xa0]?S\.?[ \t\xa0]++)?(?:Senator|Sen\.?|Congressman|Congresswoman|Representative|Rep\.?)"
    r"(?:[ \t\xa0]++(?!News\b|Press\b)[A-Z][\w'’.-]*+){1,4}+[ \t\xa0]++(?:News|Press)[ \t\xa0]++Releases?"
)


def _mark_member_letterhead(
    source: str, pieces: tuple[Piece, ...], story: int, *, kinds: list[MetaKind | None], noise: dict[int, NoiseKind]
) -> None:
    """The site's name and label above the story (``Senator Carl Levin  News Release``, xi_senate_levin_1): noise.

    A letterhead is page furniture (the corpus notes, da_022); a headline never ends in ``News Release``.
    """
    for k in range(min(story, len(pieces), _MAX_FRONT)):
        piece = pieces[k]
        short = kinds[k] is None and _is_line(piece) and piece.end - piece.start <= 80
        if short and _MEMBER_LETTERHEAD.fullmatch(source, piece.start, piece.end):
            noise[k] = NoiseKind.NAVIGATION


def _is_release_label(source: str, piece: Piece) -> bool:
    """``Press Release`` alone on a line (``_RELEASE_LABELS``)."""
    return piece.end - piece.start <= 40 and normalise(_text(source, piece)).casefold().rstrip(":") in _RELEASE_LABELS


def _is_org_letterhead(source: str, pieces: tuple[Piece, ...], k: int) -> bool:
    """An organisation's name (``_ORG_NAME``) alone on line ``k``, right over a release label or note."""
    piece = pieces[k]
    if not _is_line(piece) or piece.end - piece.start > 80 or k + 1 >= len(pieces):
        return False
    under = pieces[k + 1]
    if not (_is_release_label(source, under) or release_note(source, pieces, k + 1)):
        return False
    return bool(_ORG_NAME.fullmatch(source, piece.start, piece.end))


def _mark_front_headlines(
    source: str, pieces: tuple[Piece, ...], story: int, *, kinds: list[MetaKind | None], noise: dict[int, NoiseKind]
) -> None:
    """Headline lines left free between the headline and the story are subtitles too.

    The rendering drops the title and opens with the first free line; read again, a headline line there
    is the title (SPEC 5: the title/subtitle cascade). So every free headline line that stands alone right
    under the headline, past noise and other meta, with story under it, is a subtitle.
    """
    front = min(story, len(pieces))
    title = next((k for k in range(front) if kinds[k] is MetaKind.TITLE), None)
    if title is None:
        return
    noted = False  # a release note or a date line stands between the headline and line k
    copied = False  # the page printed the headline again between them (a repeat): the lines under it are decks
    for k in range(title + 1, front):
        noted = noted or kinds[k] in (MetaKind.RELEASE_NOTE, MetaKind.DATE)
        copied = copied or noise.get(k) is NoiseKind.REPEATED_LINE or pieces[k].noise_kind is NoiseKind.REPEATED_LINE
        if kinds[k] is not None or k in noise or pieces[k].kind == "noise":
            continue
        if _label_over_deck(source, pieces, k, story=story, kinds=kinds, noise=noise):
            noise[k] = NoiseKind.NAVIGATION
            continue
        if not _is_subtitle(source, pieces, k, story=story, kinds=kinds, noise=noise):
            return
        # The release's own headline right above the story, under the page's header and its release note or
        # date, is a second title (as in ``_mark_title``), unless the page printed the headline's copy above it
        # (Cook County: the copy, then two deck lines); any other headline line there is a subtitle.
        second = noted and not copied and k == story - 1 and _page_title(source, pieces[title])
        # Or it holds the page's headline whole and says more ("Press Conference Local Entrepreneurs Arrested on
        # …" under "MEDIA ADVISORY: Local Entrepreneurs Arrested on …", xs_da_miami_1): a deck never repeats it.
        second = second or (noted and k == story - 1 and _holds_headline(source, pieces[k], pieces[title]))
        kinds[k] = MetaKind.TITLE if second else MetaKind.SUBTITLE


def _label_over_deck(
    source: str,
    pieces: tuple[Piece, ...],
    k: int,
    *,
    story: int,
    kinds: list[MetaKind | None],
    noise: dict[int, NoiseKind],
) -> bool:
    """Whether free front line ``k`` under the headline is a section label over a deck line (page chrome).

    The rendering drops the headline and opens on the label, which ``_mark_title`` reads as chrome over the
    headline under it ("Police Seize Drugs In Raid" / "News" / "Four Men Face Federal Charges" / the story): the
    same label under the headline is chrome too, and the line under it a deck, so both readings agree (SPEC 5,
    fuzz F1129-20).
    """
    if not _is_section_label(source, pieces[k]):
        return False
    # The line under it as the rendering shows it: past noise and past the meta it drops (a date line between
    # the label and the deck: "… Scheme" / "RE" / "Dec 2 2018" / "L H N N", fuzz F1129-55).
    below = next(
        (
            j
            for j in range(k + 1, min(story, len(pieces), k + 5))
            if j not in noise and pieces[j].kind != "noise" and kinds[j] is None
        ),
        None,
    )
    return (
        below is not None
        and len(_text(source, pieces[below]).split()) >= 4  # as ``_mark_title`` asks of the headline under chrome
        and _stands_alone(source, pieces[below], gap=3)
        and _is_subtitle(source, pieces, below, story=story, kinds=kinds, noise=noise)
    )


# Wording found only in legal notices: "The issuer is solely responsible for the content of this
# announcement.", "The statements and conclusions ... are solely those of the study authors", "This press
# release does not constitute an offer to sell", "have not been registered under the Securities Act",
# "All marks herein are owned by ...", "NOTE TO INVESTORS:", "Please see full terms of use and disclaimers".
_LEGAL_PHRASES = (
            "solely responsible for the content",
            "are solely those of",
            "do(?:es)? not necessarily (?:reflect|represent)",
            "(?:does|shall) not constitute an offer",
            # Regulation S legends: "The Shares will not be registered under the Securities Act" (x7_wire_citybiz_7).
            r"(?:have|has|will) not (?:been|be) registered under the (?:u\.s\.[\x20\t\xa0]++)?securities act",
            # A trademark notice: "TENCEL™ and VEOCEL™ are trademarks of Lenzing AG." (xx_wire_nmw_1), "Acme is a
            # registered trademark of Acme Inc."; a story names a mark with an appositive ("Kwikset®, a registered
            # trademark of …"), without the verb.
            r"(?:is|are) (?:an?[\x20\t\xa0]++)?(?:registered[\x20\t\xa0]++)?trademarks? of",
            "all (?:trade)?marks (?:herein|mentioned)",
            r"note to investors[\x20\t\xa0]*+:",  # no literal space inside the class: split() cuts at spaces
            "terms of use and disclaimers",
            # Canadian exchanges' notice: "Neither the TSX Venture Exchange nor its Regulation Services Provider
            # ... accepts responsibility for the adequacy or accuracy of this release."
            "accepts? responsibility for the adequacy (?:or|of) accuracy",  # "of": a typo the legend carries
            # Nordic exchanges' notice: "This information is subject to the disclosure requirements pursuant to
            # Section 5-12 of the Norwegian Securities Trading Act", "... that Acme AB is obliged to make public
            # pursuant to the EU Market Abuse Regulation".
            "subject to the disclosure requirements pursuant to",
            "obliged to make public pursuant to",
            # Analyst firms' notice under a release citing their report: "Forrester does not endorse any company,
            # product, brand, or service included in its research publications", "Gartner does not endorse any
            # vendor, product or service depicted in its research publications".
            "does not endorse any (?:company|vendor|product|brand|service|supplier)",
            # A report's notice: "Vostock Capital shall not accept any responsibility or liability for reliance by
            # any person …" (xn_wire_prism_1); EIN Presswire's "We do not accept …" stays in its own section.
            "(?:shall|will|does) not accept any responsibility or liability",
)  # fmt: skip
_LEGAL = re.compile("|".join(r"[ \t\xa0]++".join(phrase.split()) for phrase in _LEGAL_PHRASES), re.IGNORECASE)


# One word of each ``_LEGAL_PHRASES`` phrase, casefolded (a test checks that every phrase holds one).
_LEGAL_CUES = (
    *("solely", "necessar", "const", "secur", "marks", "vestors", "terms", "adequacy", "pursuant", "endorse"),
    "liabilit",
)


def _mark_legal_notices(source: str, pieces: tuple[Piece, ...], story: int, *, kinds: list[MetaKind | None]) -> None:
    """A story-free paragraph in legal wording is a ``disclaimer`` on its own, wherever it stands.

    Only the paragraph itself: a notice printed between story paragraphs (a securities notice under a
    financing release) takes no story with it, unlike a "Forward-Looking Statements" section.
    """
    for k in range(story, len(pieces)):
        piece = pieces[k]
        if kinds[k] is not None or piece.kind != "paragraph":
            continue
        if _holds_legal(source, piece.start, min(piece.end, piece.start + 400)):
            kinds[k] = MetaKind.DISCLAIMER


def _holds_legal(source: str, start: int, end: int) -> bool:
    """Whether ``_LEGAL`` finds a phrase in ``source[start:end]``, searched with the phrases of the cues it holds.

    A phrase is found only where its cue stands (``_has_legal_cue``): the text is searched for the phrases of
    each cue it holds (one or two, ``_LEGAL_BY_CUE``) instead of for all of them, a third of the time.
    """
    folded = source[start:end].casefold()
    if _LEGAL_CUE.search(folded) is None:
        return False  # one scan for all the cues first: most paragraphs hold none
    return any(cue in folded and phrases.search(source, start, end) is not None for cue, phrases in _LEGAL_BY_CUE)


def _has_legal_cue(text: str) -> bool:
    """Whether ``text`` holds one of ``_LEGAL_CUES``, as every ``_LEGAL`` phrase does (most paragraphs hold none).

    The cues have no ``i``: ``re.IGNORECASE`` matches ``i`` to the dotless ``ı``, which ``casefold`` keeps.
    """
    return _LEGAL_CUE.search(text.casefold()) is not None


# ``_LEGAL_CUES`` as one search (plain words, no flag): one scan of the text instead of one a cue.
_LEGAL_CUE = re.compile("|".join(map(re.escape, _LEGAL_CUES)))
# Each cue with the ``_LEGAL`` phrases that hold it, as ``_LEGAL`` is built.
_LEGAL_BY_CUE = tuple(
    (
        cue,
        re.compile(
            "|".join(r"[ \t\xa0]++".join(phrase.split()) for phrase in _LEGAL_PHRASES if cue in phrase.casefold()),
            re.IGNORECASE,
        ),
    )
    for cue in _LEGAL_CUES
)


# A lead-in that hands over to the contact block under it: "… please visit www.acme.com or contact:".
_CONTACT_LEAD = re.compile(r"[^\n]{0,200}?\b(?:contact|reach|e-?mail|call)[ \t\xa0]*+:[ \t\xa0]*+$", re.IGNORECASE)


def _mark_contact_leads(
    source: str, pieces: tuple[Piece, ...], story: int, *, kinds: list[MetaKind | None], group: list[int]
) -> None:
    """A line ending in ``contact:`` right over a contact block opens that block (wire_015, xr_wire_prkarma_1).

    ``For more information, please visit www.cryptodispensers.com or contact:`` / ``Media Contact: Robert Ruiz …``
    (xx_wire_blockchainwire_1): the line introduces the block, as a ``Contact:`` label does.
    """
    for k in range(max(story, 0), len(pieces) - 1):
        piece = pieces[k]
        if (
            kinds[k] is None
            and kinds[k + 1] is MetaKind.CONTACT
            and group[k + 1] == k + 1
            and piece.kind == "paragraph"
            and piece.end - piece.start <= 200
            and _CONTACT_LEAD.fullmatch(source, piece.start, piece.end)
        ):
            kinds[k] = MetaKind.CONTACT
            group[k + 1] = k


def _mark_tail_contacts(
    source: str, pieces: tuple[Piece, ...], story: int, *, kinds: list[MetaKind | None], group: list[int]
) -> None:
    """Unlabelled contact blocks after the story's last paragraph.

    A short line with an e-mail address, and the name lines above it ("Corporate Communications" /
    "IBN ... Editor@InvestorBrandNetwork.com"), or an IBN brand's line with its site and ``Office`` phone
    (``_TAIL_OFFICE``). Only the tail counts: an address in a line followed by more story stays in the story.
    A phone alone is not enough: the office address and switchboard in a page footer are furniture, not a
    contact.
    """
    k = len(pieces) - 1
    while k >= story:
        piece = pieces[k]
        if kinds[k] is None and _is_prose(source, piece) and not _cue(_PHONE_OR_EMAIL, source, piece.start, piece.end):
            return
        if (
            kinds[k] is None
            and _is_line(piece)
            and piece.end - piece.start <= 300
            and piece.lines <= 2
            and not _FINAL_STOP.search(source, max(piece.start, piece.end - 4), piece.end)
            and (
                _cue(_TAIL_EMAIL, source, piece.start, piece.end) or _cue(_TAIL_OFFICE, source, piece.start, piece.end)
            )
            and not _field_value(source, pieces, k, kinds)
        ):
            first, _ = _front_contact(source, pieces, k, kinds, blank=1)
            first = max(first, story)
            # Right under another contact block (at most one blank line between): the same block.
            above = first - 1
            head = group[above] if kinds[above] is MetaKind.CONTACT and pieces[above].blank_after <= 1 else first
            kinds[first] = MetaKind.CONTACT
            group[first] = head
            for m in range(first + 1, k + 1):
                kinds[m], group[m] = MetaKind.CONTACT, head
            k = first
        elif kinds[k] is None and k > story and kinds[k - 1] is None and _is_line(piece) and _site_card(source, piece):
            kinds[k] = MetaKind.CONTACT  # the contact card reduced to its site, under the story's last paragraph
        k -= 1


# The site field of the contact card a wire's template closes the release with ("Company:" / "Contact:" /
# "Email:" / "Website:", BlockchainWire): where the issuer gave only its site, the field stands alone under the
# story, over the wire's disclaimer: "Website: https://newrgyintlme.com" (vc_wire_blockchainwire_1).
_SITE_CARD = re.compile(r"Web(?:site)?[ \t\xa0]*+:[ \t\xa0]*+(?:https?://)?[\w-]++(?:\.[\w-]++)++/?+")


def _site_card(source: str, piece: Piece) -> bool:
    """Whether ``piece`` is a contact card's site field alone on its line (``_SITE_CARD``)."""
    return piece.end - piece.start <= 120 and _SITE_CARD.fullmatch(_text(source, piece)) is not None


def _field_value(source: str, pieces: tuple[Piece, ...], k: int, kinds: list[MetaKind | None]) -> bool:
    """Whether line ``k`` is the value of a story label right above it, not a contact.

    Cook County: "Election Complaint Email Hotline:" / "sao.electionfraud@cookcountysao.org": an address for
    the public under a label that names no contact (``contact_label``, ``contact_heading`` read those).
    """
    if k == 0 or kinds[k - 1] is not None or pieces[k - 1].blank_after > 1:
        return False
    above = pieces[k - 1]
    text = _text(source, above).rstrip()
    return (
        _is_line(above)
        and text.endswith(":")
        and len(text) <= 60
        and not contact_label(source, pieces, k - 1)
        and not contact_heading(source, pieces, k - 1)
    )


def _is_contact_line(source: str, piece: Piece) -> bool:
    """A front line with a phone number or an e-mail address, short: ``Office: 714-347-8408``.

    Short as the rendering shows it: runs of spaces (column gaps in flattened text) count as one, and a
    markdown link as its text (``[yuri@rsvp.hk](mailto:yuri@rsvp.hk)``).
    """
    length = piece.end - piece.start
    if 80 < length <= 400:  # as rendered: column gaps one space, a markdown link its text only
        length = len(render_slice(source[piece.start : piece.end], piece.kind))
    return length <= 80 and _cue(_PHONE_OR_EMAIL, source, piece.start, piece.end)


def _mark_title(
    source: str,
    pieces: tuple[Piece, ...],
    story: int,
    dateline: Dateline | None,
    *,
    kinds: list[MetaKind | None],
    group: list[int],
    noise: dict[int, NoiseKind],
) -> None:
    """Headline, its hard-wrapped second line, the subtitle, and later copies of the headline (noise).

    The headline is the first free line of the front matter, taken as the page gives it: a page title
    with its site suffix ("Headline | Cook County State's Attorney") is the title, and the copies of the
    headline the template prints below it are ``repeated_line`` noise (ANNOTATION.md).
    """
    free = [k for k in range(min(story, len(pieces))) if kinds[k] is None and pieces[k].kind != "noise"]
    # Section labels of the site over the headline ("Media centre" / "Statements" on UN pages, a menu the noise
    # stage did not know) are page chrome: the headline is the first free line that reads as one.
    # A photo caption the page prints over the headline ("Photo caption: Officers at the scene ...") stays where
    # it is, and the headline is under it.
    lead = 1 if _site_name_over_label(source, pieces, free) else 0
    while lead < min(SECTION_LABELS_PASSED, len(free) - 1) and (
        _is_section_label(source, pieces[free[lead]]) or _CAPTION_LABEL.match(source, pieces[free[lead]].start)
    ):
        lead += 1
    if lead and headline_under_labels(source, pieces[free[lead]]):
        chrome = [k for k in free[:lead] if not _CAPTION_LABEL.match(source, pieces[k].start)]
        free = free[lead:]
    else:
        chrome = []
    if not free or not (_is_headline(source, pieces[free[0]]) or _markdown_title(source, pieces, free[0])):
        return
    if _long_sentence(_headline_text(source, pieces[free[0]])):
        return  # a story's sentence cut from its paragraph; a deck under a headline may run so long (xg_da_cook_2)
    if not any(p.kind != "noise" for p in pieces[free[0] + 1 :]):
        return  # a headline stands before a story: a lone line is not one
    after_date = free[0] > 0 and kinds[free[0] - 1] is MetaKind.DATE and _stands_alone(source, pieces[free[0]], gap=3)
    # A glued wire header was split at its byline ("... Veterans AffairsBy MARK NIESSE"): a clear end.
    k = free[0] + 1
    before_byline = k < len(pieces) and kinds[k] is MetaKind.BYLINE and pieces[k].start == pieces[free[0]].end
    # So is a contact label split off it ("… Energy Bill Contact  Andrea Wuebker …", ``_HEAD_CONTACT``).
    before_byline = before_byline or (
        k < len(pieces) and kinds[k] is MetaKind.CONTACT and source[pieces[free[0]].end : pieces[k].start] == " "
    )
    # So is a bullet the paragraph stage cut a pasted list at ("Title-\u00a0First item"): the rendering sets
    # the line and the item apart, where the line stands alone (SPEC 5).
    before_item = _item_cut(source, pieces, free[0])
    # A run of spaces ends a line in a header flattened into one line (punctuation-stripped Senate pages).
    # A wide run (ten spaces or more) after the page's first line ends it whatever its case ("Durbin dives into
    # BP refinery debate" + 40 spaces + "8 2 2007").
    # So does one before a paragraph the paragraph stage cut there, whatever the line's case: the rendering sets the
    # two blocks apart, where the line stands alone ("50 000 Iris who would benefit from immigration reform" + five
    # spaces + "When asked …", a stripped Senate speech, fuzz F1130-17; SPEC 5).
    column_gap = (
        _stands_alone(source, pieces[free[0]], gap=3)
        and (is_title_cased(normalise(_text(source, pieces[free[0]]))) or _gap_cut(source, pieces, free[0]))
    ) or (free[0] == _first_free(pieces) and _stands_alone(source, pieces[free[0]], gap=10))
    # A headline in capitals glued to its date by a space ("… DETAINEE PROVISIONS January 4  2006", split off the
    # story by ``_split_capital_head``): the date ends it.
    between = source[pieces[free[0]].end : pieces[k].start] if k < len(pieces) else "x"
    before_date = (
        k < len(pieces)
        and kinds[k] is MetaKind.DATE
        and not between.strip()
        # "… protection  January 5  2007"; one space when the date ends the front ("… Forward' June 5, 2007 WASHINGTON")
        and (
            len(between) >= 2
            or _text(source, pieces[free[0]]).isupper()
            or k + 1 == story
            # the weekday, one space after the headline, before the gap: "… Energy Costs Tuesday  June 10  2008"
            or _GAPPED_WEEKDAY.match(source, pieces[k].start, pieces[k].end) is not None
        )
    )
    # So is the story's dateline glued to it ("Police Seize Drugs In RaidLONDON (AP) — …"): the rendering sets the
    # two apart, where the line stands alone (fuzz F1124-6); so is one space before it on the flattened line of a
    # Senate page ("Bayh Pushes to Improve Technology in Rural Hospitals Washington-- U.S. Senator …", Bayh's office).
    gap = source[pieces[free[0]].end : dateline.span.start] if dateline is not None else "x"
    before_story = (
        dateline is not None
        and k == story
        and not gap.strip(" \t\u00a0")
        # one space: a title-cased headline only, a sentence ending in a date stays one; a run is a column gap
        and (len(gap) != 1 or is_title_cased(_text(source, pieces[free[0]])))
    )
    # So is the deck ``_deck_clause`` cut off it on a stripped Senate header's one line ("Conrad Named Ag
    # Subcommittee Chairman" + one space + "Senator to lead Subcommittee on …").
    before_deck = (
        k < story
        and between == " "
        and _deck_clause(source, pieces, story, pieces[free[0]].evolve(end=pieces[k].end)) == pieces[k].start
    )
    ended = after_date or before_byline or before_item or column_gap or before_date or before_story or before_deck
    ended = ended or _markdown_title(source, pieces, free[0])
    # So is an exclamation or a question mark the paragraph stage cut a glued story at ("Join Us This Saturday!The
    # mayor invites …"): the rendering sets the headline alone on its line (fuzz F1126-27, SPEC 5).
    # So is any cut it made where a line ending on a word runs into the story ("Mayor opens new library in old
    # townThe library opened …", fuzz F1129-24): the rendering sets the two blocks apart, and reads the line alone
    # as the title. A quotation's close is a sentence's end ("“We will act.\"Four of …"): the story's own.
    ended = ended or _glued_cut(source, pieces, free[0])
    if not (ended or _stands_alone(source, pieces[free[0]])):
        return
    title = free[0]
    kinds[title] = MetaKind.TITLE
    for k in chrome:  # the section labels over the headline, now that it is one
        noise[k] = NoiseKind.NAVIGATION
    core = _core(_headline_text(source, pieces[title]))
    nxt = title + 1
    # A headline hard-wrapped over two lines: the first ends with a function word, or the second goes
    # on in lower case ("... to Death by" / "Lethal Injection in the Capital ...").
    if (
        nxt < story
        and kinds[nxt] is None
        and pieces[title].blank_after == 0
        and _is_line(pieces[nxt])
        and (
            (
                (_last_word(source, pieces[title]) in _WRAP_WORDS or source[pieces[nxt].start].islower())
                and _is_headline(source, pieces[nxt])
            )
            or _caps_wrap(source, pieces[title], pieces[nxt])
        )
    ):
        kinds[nxt], group[nxt] = MetaKind.TITLE, title
        nxt += 1
    copies = [k for k in free if k >= nxt and _is_headline_copy(source, pieces[k], core)]
    cut_short = _page_title(source, pieces[title])
    for k in copies:
        if cut_short and _extends(_core(_headline_text(source, pieces[k])), core):
            # The page title cut the headline short ("... Charged In $214,000 Theft - The Brooklyn District
            # Attorney's Office"); the page prints it whole under the date: the release's own headline.
            kinds[k] = MetaKind.TITLE
        else:
            noise[k] = NoiseKind.REPEATED_LINE
    # The subtitle stands under the headline, or under the copy of it that the page prints above the story
    # (the first copy is the page title with its site suffix).
    # Copies the noise stage already took (repeated lines) count too.
    last_copy = max(
        (
            k
            for k in range(nxt, min(story, len(pieces)))
            if k in copies or (pieces[k].kind == "noise" and _is_copy(_headline_text(source, pieces[k]), core))
        ),
        default=-1,
    )
    wrap = last_copy + 1
    if (
        cut_short
        and last_copy >= 0
        and wrap < story
        and kinds[wrap] is None
        and wrap not in noise
        and pieces[last_copy].blank_after == 0
        and _is_line(pieces[wrap])
        and _first_word(source, pieces[wrap]).casefold() in _WRAP_WORDS
        and _is_headline(source, pieces[wrap])
        and _same_case(_text(source, pieces[last_copy]), _text(source, pieces[wrap]))
    ):
        # The page prints the headline whole over two lines, the second opening with a conjunction or a
        # preposition ("… In Connection With Kidnapping" / "And Promoting Prostitution of Two 13-Year-Old Girls",
        # xs_da_kings_1): longer than the page title's, the copy and its wrap are the release's own headline.
        noise.pop(last_copy, None)
        kinds[last_copy] = kinds[wrap] = MetaKind.TITLE
        group[wrap] = last_copy
        last_copy = wrap
    for under in (nxt, last_copy + 1) if last_copy >= 0 else (nxt,):
        if _is_subtitle(source, pieces, under, story=story, kinds=kinds, noise=noise):
            kinds[under] = MetaKind.SUBTITLE
            if under == last_copy + 1 and _wrap_subtitle(source, pieces, under, story=story, kinds=kinds, group=group):
                return
            if (
                under == nxt == title + 1
                and pieces[title].blank_after == 0
                and pieces[under].blank_after == 0
                and _stands_alone(source, pieces[title])  # a line break, not a space run, ends the headline
                and _is_subtitle(source, pieces, under + 1, story=story, kinds=kinds, noise=noise)
            ):
                # Two headline lines under the headline, no blank line between: the headline wraps over the
                # first ("DA Prosecutor Recognized with MADD" / "“Prosecutor of the Year” Award"), the second
                # is the subtitle. Left in the story, the rendering would show the second as the title.
                kinds[under], group[under] = MetaKind.TITLE, title
                kinds[under + 1] = MetaKind.SUBTITLE
            return
    # The subtitle under the headline's date or release note ("Headline" / "March 4, 2025" / "Subheadline"):
    # the rendering drops all three but the subtitle, which then opens the document and reads as its title.
    under = nxt
    front_end = min(story, len(pieces))  # the story's index may lie past the last piece (no story)
    while under < front_end and kinds[under] in (MetaKind.DATE, MetaKind.RELEASE_NOTE):
        under += 1
    if (
        under > nxt
        and under < front_end - 1
        and _is_subtitle(source, pieces, under, story=story, kinds=kinds, noise=noise)
    ):
        kinds[under] = MetaKind.SUBTITLE
        return
    # The release's own headline right above the story, under a release note or a date, when it differs
    # from the page title ("19-YEAR-OLD DRIVER TO BE ARRAIGNED ..." under "FOR IMMEDIATE RELEASE").
    last = max((k for k in free if k not in noise and kinds[k] is None), default=-1)
    if (
        last > title
        and last == story - 1
        and _page_title(source, pieces[title])
        and any(kinds[k] in (MetaKind.RELEASE_NOTE, MetaKind.DATE) for k in range(title + 1, last))
        and _is_headline(source, pieces[last])
        and _stands_alone(source, pieces[last])
        and _story_after(pieces, last, kinds=kinds, noise=noise)
    ):
        # Under the headline's printed copy, a line in sentence case is a deck: "26 DOCTORS … KICKBACK SCHEME" /
        # "*" / "13,000 patients affected in statewide workers' comp fraud" (Orange County); one in capitals is
        # the release's own headline still ("19-YEAR-OLD DRIVER TO BE ARRAIGNED …", da_018).
        printed = bool(copies) or any(pieces[k].noise_kind is NoiseKind.REPEATED_LINE for k in range(title + 1, last))
        text = normalise(_text(source, pieces[last]))
        # A line of points joined by semicolons is a deck in title case too: "Comprehensive Report Recommends
        # Increased Collaboration …; Greater Care …; Technology Upgrades" (za_da_cook_1).
        deck = printed and not text.isupper() and (not is_title_cased(text) or text.count("; ") >= 2)
        kinds[last] = MetaKind.SUBTITLE if deck else MetaKind.TITLE


_H1 = re.compile(r"#[ \t\xa0]++(?=[^#\s])")
_DASH_AFTER_WORD = re.compile(r"\w[.,]?[ \t\xa0]*+[-–—―]")


def _markdown_title(source: str, pieces: tuple[Piece, ...], k: int) -> bool:
    """The page's first line marked ``#`` (a converter's heading) with a dash after a word: the title, however short.

    The dateline stage refuses a dateline in such a line when words follow the dash (``# NE,N- O ?``, fuzz
    F1125-9; ``# PRISM MediaWire – Weekly Round Up``), leaving it to the title: the rendering drops the title with
    its mark, and must not read the line's place as a dateline then (SPEC 5). A short marked line with no dash
    (``# ShepskyAI Bots``) holds no dateline, and keeps its reading.
    """
    piece = pieces[k]
    if k != _first_free(pieces) or not _is_line(piece) or piece.lines != 1 or piece.end - piece.start > _MAX_LINE:
        return False
    mark = _H1.match(source, piece.start, piece.end)
    start = mark.end() if mark is not None else piece.start
    if mark is None and not after_markdown_mark(source, piece.start):
        return False  # the mark alone is the noise stage's (``lone_hash``) when the line holds no more
    text = source[start : piece.end]
    return any(ch.isalpha() for ch in text) and _DASH_AFTER_WORD.search(text) is not None


def _first_free(pieces: tuple[Piece, ...]) -> int:
    """The index of the page's first piece that is no noise."""
    return next((k for k, piece in enumerate(pieces) if piece.kind != "noise"), len(pieces))


def _caps_wrap(source: str, first: Piece, second: Piece) -> bool:
    """A headline in capitals wrapped over two lines: a long first line, a shorter second one, a blank line after.

    PDF letterheads set the headline in capitals over the page's width (``DISTRICT ATTORNEY ANNOUNCES RESULTS
    OF COUNTYWIDE DUI`` / ``ENFORCEMENT OPERATION``); a subtitle under a headline is set apart by case or space.
    """
    a, b = _text(source, first), _text(source, second)
    if not (a.isupper() and b.isupper() and len(a) >= 45 and len(b) < len(a) and second.blank_after > 0):
        return False
    return _reads_as_words(b)


_CAPTION_LABEL = re.compile(
    r"(?:photo|image|picture)[ \t\xa0]*+(?:caption)?[ \t\xa0]*+:|caption[ \t\xa0]*+:", re.IGNORECASE
)


def _site_name_over_label(source: str, pieces: tuple[Piece, ...], free: list[int]) -> bool:
    """Whether the first free line is the site's name over a section label: ``City of Springfield`` / ``News``.

    A municipal or agency page prints its name, then the section, then the headline ("City of Springfield" /
    "News" / "Police Seize Drugs In Raid"). The name reads as a short headline (three words at most), but the
    page's headline is the one under the label: the name is chrome with it. Read so, the source agrees with
    its rendering, which drops the name and opens on the label over the headline (fuzz F1124-36, SPEC 5).
    """
    if len(free) < 3:
        return False
    first = pieces[free[0]]
    return (
        len(_text(source, first).split()) <= 3
        and _stands_alone(source, first, gap=3)
        and _is_headline(source, first)
        and _is_section_label(source, pieces[free[1]])
    )


# The most section labels of the site ``_mark_title`` reads past over the headline ("Media centre" / "Statements").
SECTION_LABELS_PASSED = 3


def is_section_label(source: str, piece: Piece) -> bool:
    """``_is_section_label`` on a piece as meta reads it: an unclassified ``line`` is a paragraph.

    Meta reads past up to ``SECTION_LABELS_PASSED`` such labels over a headline (``headline_under_labels``),
    takes the headline and drops the labels; the heading rules read the same lines so (``headings._front_headline``).

    >>> from pressparse._block import Piece
    >>> is_section_label("Statements\\nPolice Seize Guns in a Raid", Piece("line", 0, 10))
    True
    """
    return _is_section_label(source, piece.evolve(kind="paragraph") if piece.kind == "line" else piece)


def headline_under_labels(source: str, piece: Piece) -> bool:
    """Whether ``piece``, under the site's section labels, is the headline meta takes past them.

    A headline of four words at least (not a letterhead's last line), alone on its line or before a column gap.

    >>> from pressparse._block import Piece
    >>> src = "Statements\\nPolice Seize Guns in a Raid"
    >>> headline_under_labels(src, Piece("line", 11, len(src))), headline_under_labels(src, Piece("line", 0, 10))
    (True, False)
    """
    piece = piece.evolve(kind="paragraph") if piece.kind == "line" else piece
    return (
        _is_headline(source, piece)
        and len(_text(source, piece).split()) >= 4  # a headline, not a letterhead's last line
        and _stands_alone(source, piece, gap=3)
    )


def _is_section_label(source: str, piece: Piece) -> bool:
    """A site's section label alone on a line: one to three words, no digit, no punctuation, not a headline.

    Alone: a two-space column gap ends it too, where a flattened header's date was split off after it ("Floor
    remarks  Dec 8 2012  Roe Calls for …"), as the rendering sets it alone (fuzz F1127-2, SPEC 5).

    Or a topic of the site's taxonomy, a list of nouns in sentence case (``_TOPIC``).
    """
    # read as the rendering prints it: a label the paragraph stage joined from two lines stands on one line there
    # ("P" / "s" is "P s", fuzz F1130-2), a tab or a run of spaces inside it one space ("y\tg" is "y g", fuzz
    # F1130-38: a scraped menu's cells keep their tab)
    text = normalise(_joined(source, piece))
    if not _is_line(piece) or len(text) > 50 or not _stands_alone(source, piece, gap=2):
        return False
    if _TOPIC.fullmatch(text):
        return True
    return (
        len(text) <= 30
        and len(text.split()) <= 3
        and all(ch.isalpha() or ch in " -'’&." for ch in text)  # "U.S. Attorneys" (USAO crumbs)
        and not text.endswith(".")  # "Police met.": a sentence
        and not _is_headline(source, piece)
        and _last_word(source, piece) not in _WRAP_WORDS  # "OFFICE OF" / "THE DISTRICT ATTORNEY": a wrapped line
    )


# A topic of a site's taxonomy, printed over the headline as a crumb: a list of nouns in sentence case, with
# no verb (gov.uk's "Crime, justice and law", "Business and industry"). A headline says what happened.
_TOPIC = re.compile(
    r"[A-Z][a-z]++(?:,[ \xa0][a-z]++){1,3}+,?[ \xa0](?:and|&)[ \xa0][a-z]++(?:[ \xa0][a-z]++)?"
    r"|[A-Z][a-z]++[ \xa0](?:and|&)[ \xa0][a-z]++"
)


def is_title_cased(text: str) -> bool:
    """A headline in title case: short, and most of its words capitalised (a story sentence has few)."""
    return len(text) <= 150 and _mostly_capitalised(text)


def _mostly_capitalised(text: str) -> bool:
    """Whether two words in three of ``text`` or more open with a capital or a digit, as title case writes.

    A word opens past an opening quotation mark or bracket (``“Prosecutor of the Year”``) and past a character
    the rendering shows as nothing (a lone surrogate, a control). A dash is no opener: the rendering sets a
    dateline's dash apart from the word after it. A mark standing alone counts as a word, in lower case.
    """
    words = text.split()
    firsts = [next((ch for ch in w if ch not in _OPENERS and ch.isprintable()), "") for w in words]
    return sum(1 for ch in firsts if ch.isupper() or ch.isdigit()) * 3 >= len(words) * 2


_OPENERS = frozenset("\"'“‘«„([{")


# The first word of a headline line that goes on with the line above: a clause or a phrase of it
# ("... Under New Law" / "That Protects Immigrants ...", "... Documents," / "Including Deed ...").
# "… Over One Hundred Workers" / "From Traffic Moving Systems Receive Back Pay …" (ya_da_kings_2): a preposition no
# deck line opens with goes on from the line above.
_GOES_ON = frozenset(
    "that which who whose including and or but while as with without after before for from of into than against".split()  # noqa: SIM905
)


def _wrap_subtitle(
    source: str,
    pieces: tuple[Piece, ...],
    under: int,
    *,
    story: int,
    kinds: list[MetaKind | None],
    group: list[int],
) -> bool:
    """Join to the subtitle at ``under`` the lines it is hard-wrapped over; whether it took any.

    Brooklyn's standfirst under the headline's copy wraps over two or three lines with no blank line
    between: a line goes on with the one above when that ends with a function word, a comma or a semicolon,
    when it opens in lower case or with a clause's first word (``_GOES_ON``), or when it ends with a comma itself (no
    subtitle line does: "… Two Brooklyn Homes" / "He Didn’t Own by Pretending …, " / "Including Deed …").
    """
    last = under
    while last - under < 2 and last + 1 < min(story, len(pieces)) and pieces[last].blank_after == 0:
        nxt = pieces[last + 1]
        comma = source[nxt.end - 1] == ","  # the headline test reads the line without its comma
        if kinds[last + 1] is not None or not _is_line(nxt):
            break
        if not _is_headline(source, nxt.evolve(end=nxt.end - comma)):
            break
        above, text = _text(source, pieces[last]).rstrip(), _text(source, nxt).strip()
        first = text.split(maxsplit=1)[0].casefold() if text else ""
        if not (
            _last_word(source, pieces[last]) in _WRAP_WORDS
            or above.endswith((",", ";"))
            or text[:1].islower()
            or first in _GOES_ON
            or text.endswith(",")
            or _wrapped_at_width(above, text)
        ):
            break
        last += 1
        kinds[last], group[last] = MetaKind.SUBTITLE, under
    return last > under


_WRAP_WIDTH = 80
"""The column a CMS's deck field wraps at (Brooklyn's standfirst)."""


def _wrapped_at_width(above: str, below: str) -> bool:
    """Whether title-cased line ``above`` ends where the first word of ``below`` would not have fitted at 80 columns.

    "Defendants Face Up To 15 Years in Prison for Unlawfully Trying To Force Out" / "Tenants In Rapidly
    Gentrifying North Brooklyn Neighborhoods" (ta_da_kings_1): 76 characters, and "Tenants" would reach 84. Both
    lines in title case, as Brooklyn writes its deck; Cook County's deck lines are sentences in sentence case,
    one a line ("… back on the street sooner" / "All bypass cases to date …").
    """
    first = below.split(maxsplit=1)[0] if below else ""
    fits = _WRAP_WIDTH - 15 <= len(above) <= _WRAP_WIDTH < len(above) + 1 + len(first)
    return fits and is_title_cased(above) and is_title_cased(below)


_DASH_FRAMED = re.compile(r"[-–—][ \t\xa0]++[^\n]{10,300}?[ \t\xa0]++[-–—]")


def _wraps_on(source: str, pieces: tuple[Piece, ...], k: int) -> bool:
    """A headline line cut at a comma or a semicolon, hard-wrapped onto the next line (a deck over two lines).

    Brooklyn: "Allegedly Used Funds to Buy Beyonce Tickets, Jewelry, Clothing and Shoes;" / "Additionally
    Charged With Collecting Unemployment While Working at BID".
    """
    piece = pieces[k]
    if source[piece.end - 1] not in ",;" or piece.blank_after or k + 1 >= len(pieces):
        return False
    nxt = pieces[k + 1]
    return _is_line(nxt) and _is_headline(source, piece.evolve(end=piece.end - 1)) and _is_headline(source, nxt)


def _dash_framed(source: str, piece: Piece) -> bool:
    """A line framed by a dash at each end (a list item's marker too: the paragraph stage may read one)."""
    return piece.kind in ("paragraph", "heading", "list_item") and bool(
        _DASH_FRAMED.fullmatch(source, piece.start, piece.end)
    )


def _is_subtitle(
    source: str,
    pieces: tuple[Piece, ...],
    k: int,
    *,
    story: int,
    kinds: list[MetaKind | None],
    noise: dict[int, NoiseKind],
) -> bool:
    """Whether front line ``k`` reads as a subtitle: a free headline-like line standing alone, not a date.

    Or a standfirst framed by dashes, as PR Newswire sets one under the headline: "– Strategic collaboration
    brings real-time visibility … –".
    """
    return (
        k < min(story, len(pieces))
        and kinds[k] is None
        and k not in noise
        and (_is_headline(source, pieces[k]) or _dash_framed(source, pieces[k]) or _wraps_on(source, pieces, k))
        # a space run ends it in a flattened Senate header; a cut the paragraph stage made at a glued stop sets it
        # alone in the rendering, where it would read as the title (fuzzing: "… police police!" / "Police police
        # police police!Police police police.")
        and (
            _stands_alone(source, pieces[k], gap=3)
            or _glued_cut(source, pieces, k)
            or _meta_cut(pieces, k, kinds)
            or _item_cut(source, pieces, k)
        )
        # A date line is none; a line that goes on past its date ("… on January 6, 2025", "March 4, 2025: Update
        # on …") reads as a headline, as it does where it opens the rendering, which drops the title (fuzz F1129-48).
        and not _DATE_LINE.fullmatch(_text(source, pieces[k]))
        and _story_after(pieces, k, kinds=kinds, noise=noise)
    )


_ENDS_LIKE_HEADLINE = re.compile(r"[^\W_]|[!?]")  # a headline ends on a word, "!" or "?", never on a stop
_HEADLINE_CLOSERS = ")]\"'”’"  # what may close a headline after its last word or mark


def _glued_cut(source: str, pieces: tuple[Piece, ...], k: int) -> bool:
    """Whether piece ``k`` ends where the paragraph stage cut the next paragraph off (a glued stop or line end).

    The rendering sets the two blocks apart: "… police police!" / "Police police …", "Ars" / "By K …" (fuzz
    F1129-4). So it does when the dateline stage cut the story's dateline off right at the line's end (the only
    text no piece holds): the dateline opens the story's block ("By K eWriter" / "HONOLULU (AP) _ …"). So it does
    where the heading stage cut a heading off a question or an exclamation ("Is Your Home Ready for Winter?WINTER
    CHECKLIST", a scraped page that lost the headline's line break; fuzz F1125-41, F1125-47).
    """
    piece = pieces[k]
    # A bracket or a quote the line closes on is read past: "… a Video!)" / "The mayor …" is cut after the "!",
    # as the rendering sets it alone (fuzz F1130-3); a quotation closed after a stop stays the story's.
    last = source[piece.start : piece.end].rstrip(_HEADLINE_CLOSERS)[-1:]
    if k + 1 >= len(pieces) or pieces[k + 1].kind not in ("paragraph", "heading"):
        return False
    if not _ENDS_LIKE_HEADLINE.match(last):
        return False
    between = source[piece.end : pieces[k + 1].start]
    return not between or (not between[0].isspace() and not any(ch in LINE_BREAKS for ch in between))


_WORD_GAP = re.compile(r"[ \t\xa0]{2}")


def _gap_cut(source: str, pieces: tuple[Piece, ...], k: int) -> bool:
    """Whether piece ``k`` ends where the paragraph stage cut its line at a run of spaces before a paragraph.

    A flattened page keeps its line breaks as space runs ("… immigration reform     When asked …"); the rendering
    prints the two paragraphs as two blocks. A line whose words are set two spaces apart somewhere is stripped
    sentences ("The committee approved the bill today  The vote was unanimous"), no headline: it keeps its reading.
    """
    if k + 1 >= len(pieces) or pieces[k + 1].kind != "paragraph":
        return False
    if _WORD_GAP.search(source, pieces[k].start, pieces[k].end) is not None:
        return False
    between = source[pieces[k].end : pieces[k + 1].start]
    return len(between) >= 3 and not between.strip(" \t\u00a0")


def _item_cut(source: str, pieces: tuple[Piece, ...], k: int) -> bool:
    """Whether piece ``k`` ends where the paragraph stage cut a bullet off its line ("Title-\u00a0First item").

    The rendering sets the line and the item apart, where the line stands alone: under the headline it is the
    deck, as it is when a line break ends it ("Headline" / "Deck\u2022  First item", fuzz F1129-54).
    """
    return (
        k + 1 < len(pieces)
        and pieces[k + 1].kind == "list_item"
        and not source[pieces[k].end : pieces[k + 1].start].strip()
    )


def _meta_cut(pieces: tuple[Piece, ...], k: int, kinds: list[MetaKind | None]) -> bool:
    """Whether meta was split off the rest of piece ``k``'s line: the rendering drops it, and sets the line alone.

    A flattened Senate header's date after the headline's copy ("Statement of Senator … Energy Costs" + " Tuesday
    June 10  2008", fuzz F1128-14): the rendering prints the copy alone on its line, where it reads as the title.
    """
    return k + 1 < len(pieces) and kinds[k + 1] is not None and pieces[k + 1].start - pieces[k].end <= 1


def _story_after(
    pieces: tuple[Piece, ...], k: int, *, kinds: list[MetaKind | None], noise: dict[int, NoiseKind]
) -> bool:
    """Whether a free piece follows piece ``k``: front matter never takes the whole document.

    The clean rendering drops the title, so a line the raw text reads as a subtitle is the rendering's first
    block; a subtitle needs the story under it in both readings.
    """
    return any(kinds[j] is None and j not in noise and pieces[j].kind != "noise" for j in range(k + 1, len(pieces)))


def _site_suffix(text: str) -> re.Match[str] | None:
    """The site suffix of a page title, when a headline of 15 characters or more stands before it."""
    suffix = _SITE_SUFFIX.search(text)
    return suffix if suffix is not None and suffix.start() >= 15 else None


def _page_title(source: str, piece: Piece) -> bool:
    """Whether a headline is the page's title, with its site suffix (``Headline - Orange County District Attorney``)."""
    return _site_suffix(_text(source, piece)) is not None


def _core(text: str) -> str:
    """A headline without its release-note prefix and site suffix, case-folded, for comparing copies."""
    m = _NOTE_PREFIX.match(text)
    text = text[m.end() :] if m else text
    suffix = _site_suffix(text)
    if suffix:
        text = text[: suffix.start()]
    return normalise(text).casefold()


def _is_headline_copy(source: str, piece: Piece, core: str) -> bool:
    """Whether ``piece`` is a headline line (``_is_headline``) that repeats the headline ``core`` (``_is_copy``).

    The comparison goes first: it is cheap, and most lines repeat nothing (``_is_headline`` reads a dateline).
    """
    if not _is_line(piece) or piece.end - piece.start > _MAX_LINE:
        return False  # what ``_is_headline`` refuses first, before the text is built
    return _is_copy(_headline_text(source, piece), core) and _is_headline(source, piece)


def _extends(other: str, core: str) -> bool:
    """Whether headline ``other`` goes on two words or more past ``core`` (both ``_core`` texts)."""
    return other.startswith(core) and len(other.split()) >= len(core.split()) + 2


def _is_copy(text: str, core: str) -> bool:
    """Whether a later line repeats the headline (with or without its note prefix or site suffix)."""
    other = _core(text)
    if len(other) < 15:
        return False
    if other == core or core.startswith(other) or other.startswith(core):
        return True
    # The site's short name before the copy: "Murray  PHOTO  Murray Stands Up …" (x4_senate_murray_1).
    return len(core) >= 15 and other.endswith(" " + core) and len(other.split()) - len(core.split()) <= 3


def _stands_alone(source: str, piece: Piece, gap: int = 0) -> bool:
    """Whether a piece ends its line (not glued to the next sentence: "ComplaintHector Absi, 47, ...").

    With ``gap``, a run of at least that many spaces also ends it (a column gap in flattened text).
    """
    limit = min(len(source), piece.end + 200)
    unseen = _UNSEEN_RUN.match(source, piece.end, limit)
    end = unseen.end() if unseen else piece.end
    return end >= len(source) or source[end] in LINE_BREAKS or (gap > 0 and end - piece.end >= gap)


# Spaces, and the invisible and control characters the noise stage drops (``control_characters``): after a
# line they leave it alone on its line, as in the rendering, which drops them ("Headline\x8a" / "Story").
# Every space that is no line break counts, the unit separator and the wide spaces too ("Ç\x1f" / "Headline",
# fuzz F1128-9): the rendering makes them one space, at a line's end none.
_UNSEEN_RUN = re.compile(rf"[ \t\xa0\x1f\u1680\u2000-\u200a\u202f\u205f\u3000{CONTROLS}]*+")


def _holds_headline(source: str, piece: Piece, title: Piece) -> bool:
    """Whether line ``piece`` holds the page title's headline (no note, no site suffix) and more words besides."""
    core = re.split(r" [-–—|] ", _core(_headline_text(source, title)), maxsplit=1)[0]  # "… - Office of Miami-Dade …"
    other = _core(_headline_text(source, piece))
    return len(core) >= 15 and len(other.split()) > len(core.split()) and f" {core} " in f" {other} "


def _same_case(first: str, second: str) -> bool:
    """Whether two headline lines share their case: both in capitals, or both in title case (one headline wrapped).

    A deck goes on in sentence case under a title-case headline ("Under Burke, prosecutors have sought …").
    """
    if first.isupper() or second.isupper():
        return first.isupper() and second.isupper()
    return is_title_cased(normalise(first)) and is_title_cased(normalise(second))


def _first_word(source: str, piece: Piece) -> str:
    words = _text(source, piece).split(None, 1)
    return words[0] if words else ""


def _last_word(source: str, piece: Piece) -> str:
    words = _text(source, piece).split()
    return words[-1].casefold() if words else ""


def _as_meta(piece: Piece, kind: MetaKind) -> Piece:
    """The piece as a ``meta`` piece of ``kind`` (a direct constructor: ``evolve`` is slow on 1 MB of end marks)."""
    return Piece(
        "meta",
        piece.start,
        piece.end,
        indent=piece.indent,
        blank_before=piece.blank_before,
        blank_after=piece.blank_after,
        lines=piece.lines,
        meta_kind=kind,
    )


# A headline: a capital or digit, then up to 99 characters with no sentence punctuation.
_BARE_HEADLINE = re.compile(r"[^\W_][^.!?,;:\"“”()\[\]–—/|@#]{0,98}+")


def lone_title(source: str, pieces: tuple[Piece, ...], dateline: Dateline | None) -> int | None:
    """The index of the page's only text when it is a headline alone: the title of a release whose body is missing.

    A template that printed the headline and an empty body slot (da_008: ``Protegete de Ser Estafado`` and
    blank lines): two to twelve words, no sentence punctuation, no dateline, nothing else but noise, and
    blank lines after it. Clean text never ends in a blank line, so a one-line body that the rendering
    left alone is never taken for a headline (SPEC 5).
    """
    if dateline is not None:
        return None
    text = [k for k, p in enumerate(pieces) if p.kind != "noise"]
    if len(text) != 1:
        return None
    piece = pieces[text[0]]
    words = source[piece.start : piece.end].split()
    blank_after = source.count("\n", piece.end) >= 2  # an empty line after it, not just a line end
    if blank_after and 2 <= len(words) <= 12 and _BARE_HEADLINE.fullmatch(source, piece.start, piece.end):
        return text[0]
    return None


# A headline in capitals (five words or more), its date, two spaces or more, then the story in sentence case:
# a punctuation-stripped Senate page that set all three on one line (xi_senate_mccain_1).
_CAPITAL_HEAD = re.compile(
    rf"(?P<title>[A-Z][A-Z'’-]*+(?:[ \t\xa0]++[A-Z][A-Z'’-]*+(?![a-z])){{4,40}}+)[ \t\xa0]++"
    rf"(?P<date>(?i:{_MONTHS})[ \t\xa0]++\d{{1,2}}(?:st|nd|rd|th)?[ \t\xa0,]++\d{{4}})"
    r"(?P<gap>[ \t\xa0]{2,}+)(?=[A-Z][a-z]*+ [a-z])"
)


def _split_capital_head(source: str, pieces: tuple[Piece, ...]) -> tuple[Piece, ...]:
    """Split the first piece into headline, date and story when it opens so (``_CAPITAL_HEAD``).

    ``SENATOR JOHN W  WARNER  R VA  AND SENATOR JOHN MCCAIN  R ARIZ  STATEMENT ON … PROVISIONS January 4  2006
    We believe the President …``: the rendering drops the title and the date, and the story opens it.
    """
    first = next((k for k, p in enumerate(pieces) if p.kind != "noise"), None)
    if first is None or pieces[first].kind != "paragraph" or not source[pieces[first].start].isupper():
        return pieces
    piece = pieces[first]
    m = _CAPITAL_HEAD.match(source, piece.start, min(piece.end, piece.start + _MAX_LINE + 40))
    if m is None or m.end() >= piece.end:
        return pieces
    head, rest = _split(piece, m.end("title"), m.start("date"))
    date, story = _split(rest, m.end("date"), m.end())
    return (*pieces[:first], head, date, story, *pieces[first + 1 :])


# A date closing a line, one space after the headline: "… as 'New Way Forward' June 5, 2007".
_TRAILING_DATE = re.compile(
    rf"[ \t\xa0]++(?P<date>(?i:{_MONTHS})[ \t\xa0]++\d{{1,2}}(?:st|nd|rd|th)?,?[ \t\xa0]++\d{{4}})$"
)


def _split_dated_head(source: str, pieces: tuple[Piece, ...], dateline: Dateline | None) -> tuple[Piece, ...]:
    """Split the headline and its date off the piece the dateline stage left before the dateline, on its line.

    ``Casey, Others Introduce Bipartisan Iraq Study Group Implementation Bill as 'New Way Forward' June 5, 2007
    WASHINGTON, DC - …`` (xo_senate_casey_1): a Senate page set the headline, the date and the story on one
    line; the rendering drops both, and the story opens it (SPEC 5).

    Earlier stages may have cut that line into pieces a space apart (``Casey Signs`` / ``On to Medicare Chronic
    Care Bill May 9, 2007``, sb_senate_casey_1): the line's text before the date is the one headline all the same.
    """
    if dateline is None:
        return pieces
    k = max((j for j, p in enumerate(pieces) if p.end <= dateline.span.start and p.kind != "noise"), default=-1)
    first_k = k
    while first_k > 0 and pieces[first_k - 1].kind in ("paragraph", "heading") and _same_line(source, pieces, first_k):
        first_k -= 1  # the pieces of the line the dateline ends, a space apart
    if k < 0 or any(p.kind != "noise" for p in pieces[:first_k]):
        return pieces  # only the page's first line: a header, nothing above it
    piece = pieces[k].evolve(start=pieces[first_k].start, kind="paragraph")
    between = source[piece.end : dateline.span.start]
    if pieces[k].kind not in ("paragraph", "heading") or between.strip() or "\n" in between:
        return pieces
    if first_k == k and pieces[k].kind != "paragraph":
        return pieces
    m = _TRAILING_DATE.search(source, pieces[k].start, piece.end)
    if m is None or m.start() <= piece.start:
        return pieces
    head = piece.evolve(end=m.start())
    words = normalise(_text(source, head))
    if not _is_headline(source, head) or len(words.split()) < 4 or not (words.isupper() or is_title_cased(words)):
        return pieces  # a headline in title case or capitals; "… and the vote is set for June 5, 2007" is none
    first, date = _split(piece, m.start(), m.start("date"))
    return (*pieces[:first_k], first, date, *pieces[k + 1 :])


def _same_line(source: str, pieces: tuple[Piece, ...], k: int) -> bool:
    """Whether one space parts piece ``k`` from the piece before it: one line the earlier stages cut.

    A run of spaces is a column gap of a flattened header (``HEADLINE          Deck          Contact  Name``),
    where each column is a line of its own.
    """
    return source[pieces[k - 1].end : pieces[k].start] in (" ", "\xa0")


# A date line opening a stripped page's story, a run of spaces after it: "Thursday  October 11  2007  U S  Senator …".
_OPENING_DATE = re.compile(rf"(?P<date>(?:{_WEEKDAY}[ \t\xa0]++)?(?i:{_DATE}))[ \t\xa0]{{2,}}+(?=[A-Z])", re.IGNORECASE)


def _split_stripped_date(source: str, pieces: tuple[Piece, ...]) -> tuple[Piece, ...]:
    """Split the date line off the page's first long piece on a punctuation-stripped page.

    ``Thursday  October 11  2007  U S  Senator Bob Corker  R TN  was mentioned …`` (xt_senate_corker_1): the
    page's date line and the story run on one line, parted by the stripped line break's run of spaces; the
    date is the page's ``date``, the story opens after it (the rendering drops the date, as the raw reading).
    """
    if not _stripped_page(source, pieces):
        return pieces
    k = next((j for j, p in enumerate(pieces[:_MAX_FRONT]) if p.kind == "paragraph" and p.end - p.start >= 200), None)
    if k is None:
        return pieces
    m = _OPENING_DATE.match(source, pieces[k].start, min(pieces[k].end, pieces[k].start + 60))
    if m is None:
        return pieces
    date, story = _split(pieces[k], m.end("date"), m.end())
    return (*pieces[:k], date, story, *pieces[k + 1 :])


def find_meta(source: str, pieces: tuple[Piece, ...], dateline: Dateline | None = None) -> tuple[Piece, ...]:
    """Turn front and back matter pieces into ``meta`` pieces (and repeated headlines into noise).

    Args:
        source: the exact input.
        pieces: the classified pieces.
        dateline: the dateline, when found: the story starts at its piece.

    Returns:
        The new piece stream, in input order.

    >>> from pressparse._block import Piece
    >>> src = "FOR IMMEDIATE RELEASE\\nPolice met in Lyon on Monday to agree on a plan for the region, he said."
    >>> [p.meta_kind for p in find_meta(src, (Piece("paragraph", 0, 21), Piece("paragraph", 22, len(src))))]
    [<MetaKind.RELEASE_NOTE: 'release_note'>, None]
    """
    if not pieces:
        return pieces
    title = lone_title(source, pieces, dateline)
    if title is not None:
        return tuple(p.evolve(kind="meta", meta_kind=MetaKind.TITLE) if k == title else p for k, p in enumerate(pieces))
    pieces = _split_capital_head(source, pieces)
    pieces = _split_dated_head(source, pieces, dateline)
    pieces = _split_stripped_date(source, pieces)
    story = _story_start(source, pieces, dateline)
    pieces, story = _split_front(source, pieces, story)
    pieces, story = _split_back(source, pieces, story)
    kinds, group, noise = _mark(source, pieces, story, dateline)
    orphans = _orphan_items(source, pieces, kinds, noise)
    if orphans:  # read again with the items as paragraphs, as the rendering shows them (a title, a contact)
        pieces = _as_paragraphs(pieces, orphans)
        kinds, group, noise = _mark(source, pieces, story, dateline)
        pieces = _as_paragraphs(pieces, _orphan_items(source, pieces, kinds, noise))
    _keep_dateline_story(source, pieces, dateline, kinds=kinds, group=group)
    pieces = _last_heading(pieces, kinds, noise)
    while _mark_top_heading(pieces, dateline, kinds=kinds, noise=noise):
        # The deck the subheading became stands over the lines under it as the headline does: a headline line
        # there opens the rendering next, and reads as its title (SPEC 5, fuzz F1128-6).
        _mark_front_headlines(source, pieces, story, kinds=kinds, noise=noise)
    pieces = _first_heading(pieces, dateline, kinds, noise)
    _mark_place_date_line(source, pieces, dateline, kinds=kinds, noise=noise)
    _mark_standfirst(source, pieces, dateline, kinds=kinds, noise=noise)
    _mark_closing_date(source, pieces, story, kinds=kinds, noise=noise)
    out: list[Piece] = []

    def crosses(piece: Piece) -> bool:
        """True when merging ``piece`` into the meta before it would swallow the dateline."""
        return dateline is not None and out[-1].end <= dateline.span.start < piece.start

    for k, piece in enumerate(pieces):
        kind = kinds[k]
        if k in noise:
            out.append(piece.evolve(kind="noise", noise_kind=noise[k], meta_kind=None))
        elif kind is None:
            out.append(piece)
        elif group[k] != k and out and out[-1].kind == "meta" and out[-1].meta_kind is kind and not crosses(piece):
            last = out[-1]
            out[-1] = last.evolve(end=piece.end, blank_after=piece.blank_after, lines=last.lines + piece.lines)
        else:
            out.append(_as_meta(piece, kind))
    return tuple(out)


def _mark_standfirst(
    source: str,
    pieces: tuple[Piece, ...],
    dateline: Dateline | None,
    *,
    kinds: list[MetaKind | None],
    noise: dict[int, NoiseKind],
) -> None:
    """A one-sentence summary between the headline and the page's byline or date is the subtitle (standfirst).

    gov.uk and many ministry and police CMSs print the headline, a summary sentence, then the ``From:``
    field or the ``Published`` date, then the story: the summary is the line under the headline
    (ANNOTATION.md's ``subtitle``), not the story's first paragraph. It is one line of at most
    ``_MAX_LINE`` characters ending a sentence, with no dateline in it, and story under the fields. The
    rendering drops it with the other front matter, so both readings agree (SPEC 5). Or the line right above
    the dateline (``_dateline_standfirst``).
    """
    above = _dateline_standfirst(source, pieces, dateline, kinds=kinds, noise=noise)
    if above is not None:
        kinds[above] = MetaKind.SUBTITLE
    free = [k for k, p in enumerate(pieces[:_MAX_FRONT]) if k not in noise and p.kind != "noise"]
    title = next((i for i, k in enumerate(free) if kinds[k] is MetaKind.TITLE), None)
    if title is None or title + 2 >= len(free):
        return
    k, field = free[title + 1], free[title + 2]
    piece = pieces[k]
    if (
        kinds[k] is not None
        or kinds[field] not in (MetaKind.BYLINE, MetaKind.DATE)
        or piece.kind != "paragraph"
        or piece.lines != 1
        or piece.end - piece.start > _MAX_LINE
        or not _FINAL_STOP.search(source, max(piece.start, piece.end - 4), piece.end)
        or (dateline is not None and dateline.span.start < piece.end)
    ):
        return
    if _story_after(pieces, field, kinds=kinds, noise=noise):
        kinds[k] = MetaKind.SUBTITLE


def _dateline_standfirst(
    source: str,
    pieces: tuple[Piece, ...],
    dateline: Dateline | None,
    *,
    kinds: list[MetaKind | None],
    noise: dict[int, NoiseKind],
) -> int | None:
    """The one free line between the headline's front matter and the dateline: the subtitle (standfirst), or None.

    Los Angeles DA pages print the title, the contact block, a summary line with no stop ("Clifford Chaun
    Loyer faces up to life in prison … when he is sentenced on June 26"), then ``LOS ANGELES —`` and the
    story. A line of six words or more, with no final stop, when no other free line stands in front of the
    dateline and a title does.
    """
    if dateline is None:
        return None
    front = [k for k, p in enumerate(pieces) if p.end <= dateline.span.start]
    free = [k for k in front if kinds[k] is None and k not in noise and pieces[k].kind != "noise"]
    if len(free) != 1 or not any(kinds[k] is MetaKind.TITLE for k in front):
        return None
    piece = pieces[free[0]]
    text = _text(source, piece).strip()
    standfirst = (
        piece.kind == "paragraph"
        and piece.lines == 1
        and "\n" in source[piece.end : dateline.span.start]  # a line of its own, not glued before the dateline
        and len(text) <= _MAX_LINE
        and len(text.split()) >= 6
        and (not _FINAL_STOP.search(text) or (_under_title(pieces, free[0], kinds) and _summary_sentence(text)))
        and not text.endswith((":", ","))
    )
    return free[0] if standfirst else None


def _under_title(pieces: tuple[Piece, ...], k: int, kinds: list[MetaKind | None]) -> bool:
    """Whether piece ``k`` stands right under the headline, only noise between (a wire's standfirst).

    Under a contact block or a date (Los Angeles' front matter), a sentence is the story's first line.
    """
    j = k - 1
    while j >= 0 and pieces[j].kind == "noise":
        j -= 1
    return j >= 0 and kinds[j] is MetaKind.TITLE


# Words of reported speech: a sentence holding one is the story's, not a summary above it.
_SPEECH_WORDS = frozenset((*SPEECH_VERBS, "according"))
# A sentence end inside a standfirst: a stop after a word or a figure, a space, a capital.
_SUMMARY_GAP = re.compile(r"(?<=[a-z\d)][.!?])\s++(?=[A-Z])")


def _summary_sentence(text: str) -> bool:
    """One sentence, or two, that sums the story up above its dateline, as wires set a standfirst.

    ``NxGen integrates blockchain rewards with real-world candy brands through its Solana-based $CAND token
    launch on Raydium.`` (PRISM MediaWire, xh_wire_prism_1). No quotation (a quote above the dateline is a
    pull quote the story repeats), no reported speech (``…, the director said.``: the story's voice) and no
    more than two sentence gaps.
    """
    if any(mark in text for mark in '“”"') or len(_SUMMARY_GAP.findall(text)) > 1:
        return False
    return not any(word.strip(".-'’") in _SPEECH_WORDS for word in _WORD.findall(text.casefold()))


def _mark_closing_date(
    source: str, pieces: tuple[Piece, ...], story: int, *, kinds: list[MetaKind | None], noise: dict[int, NoiseKind]
) -> None:
    """A date line alone after the story's last paragraph is the release's ``date`` (Los Angeles DA pages).

    Only the last free piece, under a paragraph that ends a sentence: a date line inside the story, or one
    under a line ending in a colon ("Hearing date:" / "June 3, 2026"), stays the story's.
    """
    # Captions are left out as the rendering leaves them out (a photo's caption between story and date, F1123-56).
    free = [
        k
        for k in range(story, len(pieces))
        if kinds[k] is None and k not in noise and pieces[k].kind not in ("noise", "caption")
    ]
    if len(free) < 2:
        return
    last, above = free[-1], free[-2]
    if (
        pieces[last].kind == "paragraph"
        and pieces[above].kind == "paragraph"
        and _FINAL_STOP.search(_text(source, pieces[above]))
        and _WHOLE_DATE_LINE(source, pieces, last)
    ):
        kinds[last] = MetaKind.DATE


def _keep_dateline_story(
    source: str, pieces: tuple[Piece, ...], dateline: Dateline | None, *, kinds: list[MetaKind | None], group: list[int]
) -> None:
    """The piece the dateline's story opens stays story, whatever a line rule says of it.

    The rendering joins the dateline to that piece; taken as meta (``Re7 December 2018`` / ``M contact:``),
    it would leave the dateline alone in the rendering, where it opens no story and is none (SPEC 5).
    """
    if dateline is None:
        return
    body = ("paragraph", "list_item", "heading")
    k = next(
        (
            k
            for k, p in enumerate(pieces)
            if p.start >= dateline.span.end and p.kind in body and not is_note_line(source, p)
        ),
        None,
    )
    if k is None or kinds[k] is None:
        return
    kinds[k] = None
    followers = [m for m in range(k + 1, len(pieces)) if group[m] == k]
    if followers and not _dateline_alone(source, dateline, pieces[k]):
        # The rendering leaves the line without the block under it ("GTON— M contact:"), where a place the
        # dateline stage knows only by the story under it opens no dateline, and the label reads as a contact:
        # a label whose dateline needs the lines under it heads no block, they are the story's too. A known place
        # reads alone ("LYON, France – Media contact:" / "Jane Roe": the name stays the contact; fuzz F1125-40).
        for m in followers:
            kinds[m], group[m] = None, m
        return
    for m in followers:
        group[m] = followers[0]


def _dateline_alone(source: str, dateline: Dateline, piece: Piece) -> bool:
    """Whether the dateline reads on its line alone, up to the end of the story's first ``piece``."""
    from pressparse.dateline import match_dateline  # dateline imports this module: imported here

    return match_dateline(source, dateline.span.start, piece.end, ()) is not None


def _is_unmarked_item(piece: Piece) -> bool:
    return piece.kind == "list_item" and piece.marker == ""


def _orphan_items(
    source: str, pieces: tuple[Piece, ...], kinds: list[MetaKind | None], noise: dict[int, NoiseKind]
) -> list[int]:
    """The unmarked list items whose list the rendering no longer shows: they read as paragraphs there.

    A list whose bullets were lost is a list only by its shape (``paragraphs._unmarked_lists``): a line
    ending in ``:`` over two or more short lines. When this stage takes the introducing line (``Media
    contact:``) or all but one item, the rendering, which drops meta, shows no list, and the items must
    read as paragraphs here too (SPEC 5). Read as the rendering is: body blocks only, so a list
    interrupted by a meta line stays one list, and a table's header headings still head its rows. Only
    items beside a meta piece are read again: the lists of punctuation-stripped text have no ``:``
    (``paragraphs._lost_colon_items``) and stand as the paragraph stage made them.
    """
    if not any(map(_is_unmarked_item, pieces)):
        return []

    def is_meta(k: int) -> bool:
        return kinds[k] is not None or k in noise

    def meta_beside(k: int, step: int) -> bool:
        k += step
        while 0 <= k < len(pieces) and pieces[k].kind in ("noise", "caption"):
            k += step
        return 0 <= k < len(pieces) and is_meta(k)

    body = [k for k, p in enumerate(pieces) if p.kind in ("paragraph", "heading", "list_item") and not is_meta(k)]
    orphans: list[int] = []
    n = 0
    while n < len(body):
        if not _is_unmarked_item(pieces[body[n]]):
            n += 1
            continue
        m = n
        while m < len(body) and _is_unmarked_item(pieces[body[m]]):
            m += 1
        intro = pieces[body[n - 1]] if n > 0 else None
        lost = m - n < 2 or intro is None or not (intro.kind == "heading" or source[intro.end - 1] == ":")
        if lost and (meta_beside(body[n], -1) or meta_beside(body[m - 1], 1)):
            orphans.extend(body[n:m])
        n = m
    return orphans


def _as_paragraphs(pieces: tuple[Piece, ...], indexes: list[int]) -> tuple[Piece, ...]:
    out = list(pieces)
    for k in indexes:
        out[k] = pieces[k].evolve(kind="paragraph", marker=None, marker_end=0)
    return tuple(out)
