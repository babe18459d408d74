"""Stage 5, dateline: the place, date and agency that open the story.

Input: the classified pieces (meta has not run yet, so titles, date lines and
contact blocks are still plain paragraphs and headings). Output: a
``Dateline`` (or ``None``) and the pieces with the dateline cut off: the
piece it opened is shortened to start at the story, pieces it swallowed
(``CHICAGO`` / ``—`` on lines of their own) are dropped, and, when a damaged
scrape ran the header and the story into one piece, the header before the
dateline becomes a piece of its own. Invariant (SPEC 1): the dateline span
and the returned pieces own every non-whitespace character they owned
before, exactly once; no span outside what the dateline consumed changes.

Strategy: a dateline is parsed, not searched. ``_Parser`` walks a short
window (``_WINDOW`` characters) from a candidate start with anchored,
possessive regular expressions built from named fragments (``CITY``,
``REGION``/``COUNTRY`` qualifiers, ``DATE``, ``AGENCY``, ``DASH``), in the
order the conventions write them::

    [lead items] [place [qualifiers] [and place ...]] [items] terminator

Lead and trailing items are dates and agencies in any of their wrappings
(``(Reuters)``, ``/PRNewswire/``, ``--News Direct--``, a markdown link); an
agency the tables lack is read in the agency slot, after a date and right
before the dash or colon (``NEW DELHI, 23 Nov 2026 (PIB) –``). Dates include
all-numeric ones (``23.11.2026``; ``_dates`` decides the order). A hard wrap
(one line break inside the first piece, where the next word would not have
fitted in 40 columns) reads as a space wherever a part reads one, inside the
place, the date and the agency alike (``_WRAP``, ``_Grammar``); in a block of
the piece stream every single line break does (``_JOIN``: the rendering writes
the block on one line); the parse without wraps is tried after it. The terminator is the evidence that the
dateline ends and the story starts:

- a dash (hyphen, en or em dash, ``--``, ``—-``), also across a line break
  (``CHICAGO`` / ``—`` / ``The``) and its lost forms ``_`` and ``?``; a
  date or an agency after a dash that opens the next line is still read
  (``LONDON (Reuters)`` / ``– 27 June 2026 - Acme``), as on one line;
- a comma or full stop after a date (``HONG KONG, 01 Nov, 2024,``), or a
  comma at a line break (``Miami, Florida,`` on its own line);
- the end of a line, when the line holds a date or an agency;
- a colon after a date or an agency (``MUMBAI, November 23, 2026:``), or after
  a place in capitals the tables know (``NEW DELHI: The``; ``_data.places``
  cities, or a known region or country) followed by prose; a slash after an
  agency (``VANCOUVER, BC / ACCESSWIRE / November 23, 2026 /``); a space
  after a dated agency in parentheses (PTI: ``NEW DELHI, Nov 23 (PTI) The``);
- for damaged scrapes only (issue 10): two or more spaces where the dash was
  stripped (``WASHINGTON  A federal``) or a capital glued to the place
  (``SAN FRANCISCOAfederal``, ``LAFAYETTE, La.Ezekiel``). These need
  knowledge (a known place or region, ``_data.places``) or a long capital
  run, and a capitalised word after.

After the terminator a sentence must start (a capital, a digit, a quote):
``INTERPOL – the world's largest`` is no dateline. A place with nothing else
to back it (no region, date or agency) must also be followed by prose (a
sentence that ends, or a long run), so a title such as ``Council Election –
Come Meet the Candidates`` is not one, and a lone capital run of three
letters or fewer (``IBM –``) is an acronym. ``find_dateline`` adds what only
the piece stream shows: a heading never holds a dateline and a story (it is
a title), a one-line paragraph whose story part is not prose is a title too
(the story part is read in the piece it starts in, and a date or an agency
is dateline evidence enough), a story may start past page furniture and
captions (what the clean rendering leaves out), and the search stops
at the first long prose paragraph: the story has started without a dateline,
so a markdown trailer at the end of a short release is never read. A place
line stacked under a place line that read it as its story opens no dateline
when its own story is on a later line: the rendering joins it to that story,
which the line above then reads as prose (SPEC invariant 5). Every
regex is anchored and bounded by the window, and the search by the piece and
character bounds, so the stage is linear in the input.
"""

from __future__ import annotations

import itertools
import re

import attrs

from pressparse._block import Piece
from pressparse._data.agencies import AGENCIES, WIRE_WORDS, agency_key
from pressparse._data.months import MONTHS, WEEKDAYS
from pressparse._data.places import NOT_PLACES, countries, country_codes, is_city, place_key, regions, us_regions
from pressparse._data.words import SENTENCE_OPENERS
from pressparse._dates import parse_date
from pressparse._spans import INVISIBLE, after_markdown_mark, next_word, normalise, shown_length
from pressparse.layout import LINE_BREAKS
from pressparse.meta import _is_prose as opens_story
from pressparse.meta import contact_label, is_note_line, is_title_cased, note_lead_end
from pressparse.model import Dateline, Span

_WINDOW = 300
"""A dateline is short: nothing past this many characters from its start is read."""
_MAX_PIECES = 40
"""Only the first pieces of a document (front matter, then the story) are searched."""
_MAX_CHARS = 3000
"""...and only within this many characters of the first one."""

# Inline space: a scraped dateline keeps spaces, tabs and NBSP between its parts.
_SP = r"[ \t\u00a0]"
# A hard wrap: one line break where a space stood, where the next word would not have fit on the line
# (e-mailed releases wrap at 60 to 80 columns: "SAN DIEGO, Calif., Nov. 23," / "2026 /PRNewswire/ --");
# never a blank line. A wrap at 40 columns or more breaks a line only when the line and the next word
# together pass 40 characters: a line of 40, or a shorter one before a long word ("HANOI, VIETNAM -
# [Media OutReach" / "Newswire](https://…)": ``_WRAP_FITS``, one look-behind a line length). "MIAMI,
# Fla., March 3," / "2024 Police" is no wrap. Each look-around is fixed width, and they are tried at a
# line break only: a constant cost a try.
_WRAP_FITS = "|".join(rf"(?<=[^\r\n]{{{line}}})\r?\n{_SP}*+(?=\S{{{40 - line}}})" for line in range(39, 0, -1))
_WRAP = rf"(?:{_SP}*+(?=\r?\n)(?:(?<=[^\r\n]{{40}})\r?\n(?!{_SP}*+\r?\n){_SP}*+|{_WRAP_FITS}))"
# Any one line break inside a piece (a line the paragraph stage joined to the next), never a blank line: the
# rendering writes the piece on one line, a space for the break, so a dateline across it reads as it does there
# ("WA" VT ", N –", "Pl" U+2028 ", É –": the layout breaks at every ``LINE_BREAKS`` character, SPEC 5).
_BREAK = "".join(re.escape(ch) for ch in sorted(LINE_BREAKS))
_JOIN = rf"(?:{_SP}*+(?:\r\n|[{_BREAK}])(?!{_SP}*+[{_BREAK}]){_SP}*+)"
# The space between two words of a part, or the hard wrap that stood for it: "Fort" / "Lauderdale",
# "(Press Release" / "Service)". Every part below reads a wrap wherever it reads a space (``_Grammar``).
_SP1 = rf"(?:{_WRAP}|{_SP})"
# A run of spaces around a mark ("/ PRNewswire /", "(PIB) –"), or the hard wrap that stood for it.
_SPS = rf"(?:{_WRAP}|{_SP}*+)"
# A character inside a bracketed or slashed credit, or a hard wrap: "(Press Release" / "Service)".
_IN_PAREN = rf"(?:[^()\[\]\r\n]|{_WRAP})"
# An upper-case initial (Latin script, accents included): "B", "É".
_UP = r"A-ZÀ-ÖØ-Þ"

# A month name (any language of _data.months) followed by a number starts a date, never a place word;
# so does a weekday before it: "CAMBRIDGE, Mass., Tuesday, November 23" has no country "Tuesday".
_MONTH = r"(?i:" + "|".join(sorted(map(re.escape, MONTHS), key=len, reverse=True)) + r")\b\.?"
# WORD: one word of a place name as written, internal apostrophes, dots and hyphens included,
# a final abbreviation dot too: "BOGOTA", "O'HARE", "Wilkes-Barre", "N.Y.", "Calif.", "ST.". A hyphen
# before a date is the dateline's dash, glued: "Miami-May 06, 2025" (Miami-Dade's pages).
_WORD = rf"[{_UP}](?:[^\W\d_]|['’.](?=[^\W\d_])|-(?=[^\W\d_])(?!{_MONTH}{_SP}*+\d))*+\.?"
_WEEKDAY = r"(?i:" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + r")\b\.?,?"
_NOT_DATE = (
    rf"(?!(?:{_WEEKDAY}(?:{_WRAP}|{_SP}{{1,3}}+))?{_MONTH}(?:{_WRAP}|{_SP}*+)\d"
    rf"|{_WEEKDAY}(?:{_WRAP}|{_SP}{{1,3}}+)\d)"  # "Dublin, Tuesday 18 November 2026": no country "Tuesday"
)
# Lower-case joining words inside a place name: "CONDADO DE ORANGE" is caps, "Stratford upon Avon" is not.
_CONNECTOR = r"(?:de|del|la|las|los|le|les|of|the|upon|sur|am|an|en|di|da|do|dos|y|et)"

# CITY: the place as written, AP / INTERPOL style in capitals or in title case, up to five words
# with single spaces: "BOGOTA", "SAN FRANCISCO", "THE HAGUE", "Santa Cruz", "CONDADO DE ORANGE".
CITY = rf"(?P<city>{_NOT_DATE}{_WORD}(?:{_SP1}(?:{_CONNECTOR}{_SP1})?{_NOT_DATE}{_WORD}){{0,4}}+)"
# The city with a run of two or three spaces between its words, as a scrape leaves them ("NEW  YORK –"):
# the rendering collapses the run, and reads the city there (``_SPACED``, tried last, SPEC 5).
_SPACED_CITY = CITY.replace(f"{_SP1}", f"(?:{_SP1}|{_SP}{{2,3}}+)")

# REGION / COUNTRY: a qualifier after a comma or in parentheses, one to four words:
# ", Colombia", ", Calif.", ", N.Y.", ", United States", " (France)"; a scraper's space before the comma
# too ("WASHINGTON , DC  Attorney General", DOJ pages). Which of the two it is
# comes from the tables (_data.places); a qualifier they do not know is still parsed.
_QUALIFIER = re.compile(
    rf"""
    (?: (?:{_WRAP}|{_SP}?+),{_SPS}                                                  # ", the Netherlands"
        (?P<name>(?:the{_SP1})?{_NOT_DATE}{_WORD}(?:{_SP1}{_NOT_DATE}{_WORD}){{0,3}}+)
      | {_SPS} \( (?P<paren>{_WORD}(?:{_SP1}{_WORD}){{0,3}}+) \)                    # " (France)" (French style)
      | {_SPS} \[ (?P<square>{_WORD}(?:{_SP1}{_WORD}){{0,3}}+) \]                   # " [India]" (ANI style)
    )
    """,
    re.VERBOSE,
)
# A region after the gap its stripped punctuation left (issue 10, Senate scrapes): "Washington  D C".
_GAP_REGION = re.compile(rf"{_SP}{{2,3}}+(?P<name>[A-Z]\.?{_SP}?[A-Z]\.?|{_WORD})(?={_SP}{{2}}|,)")

# More places: "LYON, France and SINGAPORE", "THE HAGUE, Netherlands / LYON, France".
_AND = re.compile(rf"(?:{_WRAP}|{_SP}++)(?:and|&|et|y)(?:{_WRAP}|{_SP}++)|{_SPS}/{_SPS}")

# DATE: the date as written, with an optional weekday before it and a time after it:
#   month first (AP, US wires):  "Jan. 5, 2020", "Sept. 10, 2025", "JUNE 23, 2026", "November 1  2007"
#   day first (INTERPOL, EU):    "12 March 2019", "01 Nov, 2024", "21-22 July 2022", "11th November, 2020"
#   French and Spanish:          "le 12 mars 2019", "13 de agosto de 2026", "3 de mayo de 2021"
#   weekday and time (Newsworthy.ai): "Tuesday Mar 5, 2024 @ 8:00 AM Pacific", "May 5, 2024 11:09"
#   all-numeric (EU, India, ISO):     "23.11.2026", "23/11/2026", "11-23-2026", "2026-11-23" (``_dates``)
# A hard wrap (``_WRAP``) may fall between its words.
# A time zone by its IANA name, as Newsworthy.ai prints it after the time: "@ 8:00 AM America/Toronto".
_IANA_AREA = r"(?:Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific)"
_IANA_ZONE = rf"{_IANA_AREA}/[A-Z][A-Za-z_]++(?:/[A-Z][A-Za-z_]++)?"
_DAY = r"\d{1,2}(?:st|nd|rd|th|er|º)?(?:[-–]\d{1,2}(?:st|nd|rd|th)?)?"
DATE = rf"""
    (?:{_WEEKDAY}(?:{_WRAP}|{_SP}{{1,3}}+))?
    (?:(?i:le){_SP1}++(?=\d))?                                                   # French "le": no part of it
    (?P<date>
        {_MONTH}(?:{_WRAP}|{_SP}{{0,3}}+){_DAY}(?:,?(?:{_WRAP}|{_SP}{{1,3}}+)\d{{4}})?  # Jan. 5, 2020; May 1
      | {_DAY}(?:{_WRAP}|{_SP}{{1,3}}+)(?:de{_SP1}++)?                                # 12 March 2019
        {_MONTH}(?:,?(?:{_WRAP}|{_SP}{{1,3}}+)(?:de{_SP1}++)?\d{{4}})?                 # 13 de agosto de 2026
      | (?P<numeric>\d{{1,2}}(?P<nsep>[./-])\d{{1,2}}(?P=nsep)\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})   # 23.11.2026
    )(?!\d)
    (?:{_SPS}@?{_SPS}\d{{1,2}}:\d{{2}}(?:{_SP1}?(?i:[ap]\.?m\.?))?                     # @ 8:00 AM
       (?:{_SP1}(?:{_IANA_ZONE}|[A-Z]{{2,4}}\b|(?:Pacific|Eastern|Central|Mountain|Atlantic)  # Pacific, ET,
          (?:{_SP1}(?:Standard|Daylight))?(?:{_SP1}Time)?\b))?)?                      # Eastern Standard Time
"""
_DATE = re.compile(DATE, re.VERBOSE)
# The gap region once the clean rendering has normalised its gap to one space ("Washington DC  Senator",
# "Washington D C Thursday November 1 2007"): the city run took it in, and gives it back when the city
# alone is one and the region is known (SPEC 5).
_RENDERED_GAP_REGION = re.compile(
    rf"{_SP}(?P<name>[A-Z]\.?{_SP}?[A-Z]\.?|{_WORD})(?={_SP}{{2}}|,|{_SP}(?:{_WEEKDAY}|{_MONTH}))"
)

# AGENCY: a wire or news agency in one of its wrappings, or bare between dashes:
#   "(Reuters)", "(AP)", "(GLOBE NEWSWIRE)", "(Sputnik - 11th November, 2020)"  (agency wire style)
#   "/PRNewswire/", "/ PR Karma /"                                               (PR Newswire style)
#   "/ CarePatrol of NE San Antonio New Braunfels /"  (Press Services: the client's name, read past, no agency)
#   "[Media OutReach Newswire](https://www.media-outreach.com/)"                 (markdown dumps)
#   "PRISM MediaWire", "News Direct"                                              (bare, known or wire-named)
AGENCY = rf"""
      \( (?P<paren>{_IN_PAREN}{{1,60}}+) \)
    | / {_SPS} (?P<slash>(?:[^/\r\n]|{_WRAP}){{1,60}}?) {_SPS} /
    | \[ (?P<link>(?:[^\[\]\r\n]|{_WRAP}){{1,60}}+) \] \( [^()\s]{{1,200}}+ \)
    | (?P<bare>[A-Z0-9](?:[\w.]|-(?=\w))*+(?:{_SP1}[A-Z](?:[\w.]|-(?=\w))*+){{0,3}}+)
"""

# DASH: hyphen, en dash, em dash, horizontal bar, doubled ("--", "—-", "-–"), a full stop before it
# (Spanish "2021.–"), and the lost forms of issue 10: "_" (AP via the Senate scrape) and "?" between spaces.
# A "?" closes a dateline only with its story after it, on its line or the next ("WASHINGTON ? The"): alone
# before a blank line or glued to the next word it ends a question ("Mate ?" / "Ar.", fuzz F1128-10), and
# the rendering sets such a glued line apart from its neighbour, so it reads as one there too (SPEC 5).
DASH = r"\.?[-–—―]{1,3}+|(?<=\s)_(?=\s)|(?<=\s)\?(?=[ \t\u00a0]|\r?\n[ \t\u00a0]*+[^\s])"
# A US state's postal code in lower case after the place's comma, its dash after it: "Boston, ma - april 15, 2026"
# (Reportable's clients type their own dateline, xr_wire_reportable_1). Read only when the tables know the code as
# a region and a date follows the dash (``_Parser._lower_region``): "Paris, in - the end" is a sentence.
_LOWER_REGION = re.compile(rf"{_SP}?+,{_SP}*+(?P<name>[a-z]{{2}})(?={_SP}*+(?:{DASH}))")

# A separator between the parts of a dateline: spaces, and a comma or a dash.
_SEP = re.compile(rf"{_SPS}(?:,|{DASH})?{_SPS}")
# The closing dash, possibly on the next line: "CHICAGO" / "—" / "The Cook County ...". Never under a blank line,
# however many spaces a scrape left around it (``Titl`` / a line of spaces / ``? T.``, fuzz F1129-44): the rendering
# sets blocks apart by one blank line, and a dash that opens a block of its own closes no place over it there.
_INLINE_SPACE = rf"[^\S{_BREAK}]"
_CLOSE = re.compile(rf"{_INLINE_SPACE}{{0,12}}+(?:(?:\r\n|[{_BREAK}]){_INLINE_SPACE}{{0,12}}+)?(?:{DASH})")
# A line that opens with a dash bullet ("- 38 suspects arrested", "\u2013 EUR 3 million"): after the line a
# dateline's next-line dash would open, it makes that dash a bullet too (``_Parser._bullet_list``).
_NEXT_ITEM = re.compile(r"[ \t\u00a0\r\n]*+[-–—•*][ \t\u00a0]")  # blank lines between the items too
# A comma that ends a dateline standing on its own line: "Miami, Florida," / "Miami, Florida\n,"; or a colon
# opening the next line: "Miami, Florida" / ": State Attorney …", and set apart by spaces as the rendering
# joins the two lines: "Miami, Florida : State Attorney …" (SPEC 5). The line ends at any break the layout
# knows (``LINE_BREAKS``): "Paris," over a form feed is a line of its own, as in the rendering's "Paris," over
# a blank line (fuzz F1125-32).
_LINE_COMMA = re.compile(
    rf"[ \t\u00a0]*+(?:,[ \t\u00a0]*+(?=[{_BREAK}])|(?:\r\n|[{_BREAK}])[ \t\u00a0]*+[,:]"
    r"|(?<=[ \t\u00a0]):(?=[ \t\u00a0]))"
)
# The rest of a line, its trailing spaces left out: a note line's text after the comma that opens it
# (``_Parser._past_note``).
_LINE_REST = re.compile(rf"(?:[^\s]++|{_INLINE_SPACE}++(?=[^\s]))*+")
# The comma after a date alone that opens the text, one space, then a capitalised word on the same line: "May 28,
# 2025, Post Truth, the first …" (Evertise Ai PR, ``_Parser._date_comma``).
_DATE_COMMA = re.compile(r",[ \t\u00a0](?=[A-Z][a-z]*+[ \t\u00a0,])")
# What starts a story: a capital, a digit, an opening quote. Not a bracket: "Pickup - [citybuzz.co](…)"
# in a markdown trailer is a link list, not a dateline. Or a brand that companies write with a lower-case
# initial and a capital inside (camel case: "iCoreConnect Inc. (NASDAQ: ICCT), a leading …", sc_wire_nmw_1;
# "eBay", "iPhone", "eHealth", "mRNA"): wire leads open with the client's name as written. A lower-case word
# without a capital ("INTERPOL – the world's largest") goes on a sentence and opens no story.
_STORY = re.compile(r"[\"“‘'«¿¡\d]|[^\W\d_](?<=[^a-zß-ÿ])|[a-z]{1,3}+[A-Z]")
# But a link whose text starts so, after a dateline a date or an agency backs: Media OutReach's lead names the
# client as a markdown link, the closing dash glued to it or not ("BUENOS AIRES, ARGENTINA – [Media OutReach
# Newswire](…) – 3 September 2026 –[1win Charity](…) has supported …", vc_wire_mediaoutreach_1).
_STORY_LINK = re.compile(r"\[(?=[\"“‘'\d]|[^\W\d_](?<=[^a-zß-ÿ]))[^\[\]\r\n]{1,300}+\]\([^()\s]{1,2000}+\)")
# A sentence end somewhere in the story piece: backs a title-case place with nothing else behind it.
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?(?:\s|$)")
# A word of two letters or digits or more ("rose", "2024"), or a digit: a sentence that ends after one is prose. A stop
# after a lone letter is an initial's ("F.", "J. Smith", ``_Parser._story_ends``).
_STORY_WORD = re.compile(r"[^\W_]{2}|\d")
# "D C" closing a city read whole, one space before it: the capital's district, stripped of its stops.
_DC_TAIL = re.compile(r"(?P<city>[A-Za-z][A-Za-z ]*?) (?P<region>D C|DC)")
# "D C" after a city and a run of spaces, before a space, a dash, a comma or the end.
_DC_AFTER = re.compile(r"[ \t\xa0]{2,}+(?P<region>D C|DC)(?=[ \t\xa0,\-–—]|$|[A-Z][a-z]{2})")
# A capital glued to the end of a capital run: "WASHINGTONThe", "FRANCISCOAfederal".
# The article "A" glued too, before a space and a lower-case word ("WASHINGTONA father and son", xj_doj_r12051):
# read only after a known place ("ATLANTA federal agents" is ATLANTA).
_GLUE = re.compile(r"(?<=[A-Z]{2})[A-Z](?=[a-z])")
_ARTICLE_AFTER = re.compile(r" [a-z]{2}")
# The story's first word after such a glue: three letters or more, or a word of two ("WASHINGTONAn"), never a
# run of letters that only looks glued ("AAAAAAa police").
_GLUED_OPENER = re.compile(r"[A-Z][a-z]{2}|(?:An|As|At|By|He|If|In|It|On|So|To|We)\b|A(?= [a-z]{2})")
# A capitalised word glued after an abbreviation dot: "La.Ezekiel".
_DOT_GLUE = re.compile(r"\.(?=[A-Z][a-z])")
# A region in initials glued to a story that opens with initials: "Washington, D.C.U.S. Senators Barbara Boxer"
# (a Senate page whose line break after the dateline was stripped, Boxer's office): the story's "U.S." / "U.N."
# and a space after the region's last dot.
_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}+")
_INITIALS_OPENER = re.compile(r"(?:[A-Z]\.){2,3}+[ \t\u00a0]")
_LAST_DOT = re.compile(r"\.")
# Candidate starts inside one long damaged piece (pass 2): after a wide gap, after a lower-case
# letter glued to a capital run ("Associated Press WriterHONOLULU"), after a number ("5566 WASHINGTON").
# The pattern consumes the start's first character so that the scan skips to the next capital or "(",
# and the look-behinds take that character into account: a match starts where the dateline would.
# A parenthesis opening after a space, where a wire's name may stand: "interaction (NewMediaWire) - …"; after a tab
# or a no-break space too, which the rendering makes one space (fuzz F1129-28, SPEC 5); after a line break inside
# the piece too, a line the layout joined to the caption's, which the rendering makes one space as well
# (``“`` / ``(Nwire)January 9 2025- D``, fuzz F1129-35).
_INNER_AGENCY = re.compile(r"(?<=\s)\((?=[A-Z])")
# After a year and one space too, in a stripped header ("… January 5  2007 Washington  D C   U S  Senator …"), or
# two after a stripped date's year ("… REPORT December 6  2006  Washington  DC   U S  Senator …"; not "in 2006  …").
_INNER_START = re.compile(
    r"[A-Z(](?:(?<=\s\s\s.)|(?<=[a-z][A-Z])(?=[A-Z]{2})|(?<=\d[ \t\xa0][A-Z])(?=[A-Z]{2})|(?<=\d{4} [A-Z])(?=[a-z])"
    r"|(?<=\d  \d{4}  [A-Z])(?=[a-z])"
    # A place in capitals two spaces after a header's date: "… security funding  March 6, 2007  WASHINGTON --"
    # (Senate pages); the date is the header's (meta), the place opens the story. As after one space, a tab or a
    # no-break space: the rendering makes each one space, where a place of two words ("2018  NEW YORK") or after
    # figures ("2018-12-07\tNEW") is read too (SPEC 5).
    r"|(?<=\d[ \t\xa0]{2}[A-Z])(?=[A-Z]{2}))"
)
# A header's place after a word and two spaces: in capitals, three spaces after it ("… Fallon  WASHINGTON   U S
# Senator"), or two before its stripped "D C" ("… Ben LaBolt  WASHINGTON  D C      U S  Senator", zb_senate_obama_1),
# or a word closing the header's piece ("… 202 224 4843  Washington"); read only as ``_header_place``.
_HEADER_START = re.compile(r"(?<=\w  )[A-Z](?:(?=[A-Z]{3,20}+   )|(?=[a-z]{3,20}+$)|(?=[A-Z]{3,20}+  D ?C(?:   |$)))")

# A known place in title case one space after a headline, closed by its own dash: "Bayh Pushes to Improve Technology
# in Rural Hospitals Washington-- U.S. Senator Evan Bayh …" (a Senate page flattened to one line, Bayh's office);
# read only as ``_headline_place``. The glued form is ``_INNER_START``'s ("… RaidLONDON (AP) —").
# In capitals too, the wire's form: "… Releases Paradigm’s Post-Election Market Analysis NEW YORK – In the aftermath …"
# (Evertise's pages, the headline run into the story's line, xx_wire_evertise_1).
_HEADLINE_START = re.compile(
    r"(?<=[a-z] )[A-Z](?=[a-z]++(?: [A-Z][a-z]++)?+,?+ ?+[-–—]|[A-Z]++(?: [A-Z]++)?+,?+ ?+[-–—])"
)
# A sentence end in a headline, not a middle initial's dot: "Pioneer James E. Francis Releases …".
_HEADLINE_STOP = re.compile(r"(?<!\b[A-Z])[.!?][\"”’)]?(?:\s|$)")

# An agency's name in the agency slot (``_Parser._agency_slot``): capitalised words, no digits or colon;
# "Bernama", "PIB", "UN News", "Press Trust of India". The dash or colon that must follow it: the dash
# as ``_CLOSE`` reads it, on the next line too ("(Thomson Reuters Foundation)" / "- Acme ...").
_AGENCY_NAME = re.compile(rf"[{_UP}][\w.&'’-]*+(?:{_SP}[\w.&'’-]++){{0,4}}+")
_AGENCY_END = rf"\s{{0,12}}+(?:{DASH})|{_SPS}:(?=\s)"
_ACRONYM = re.compile(r"[A-Z]{2,6}")
# A brand's one word, a capital inside it after small letters: "BookTrib", "NewsUSA". Place names with a
# particle keep theirs: "McAllen", "DeKalb", "LaGrange", "DuPage", "VanBuren".
_BRAND = re.compile(r"(?!(?:Ma?c|De|Di|Du|La|Le|Van)[A-Z])[A-Z][a-z]++[A-Z][A-Za-z]*+")
# An organisation's name: capitalised words joined by "for", "of", "and" or "&", three words or more, not a
# place's ("City of Dallas", "County of Orange", "Republic of Korea"): "Alliance for Safe Online Pharmacies".
_SPONSOR = re.compile(
    r"(?!(?:City|County|Town|Village|State|Commonwealth|Republic|Kingdom|District|Province|Borough|Isle)\b)"
    r"[A-Z][\w.'’-]*+(?: [A-Z][\w.'’-]*+)*+ (?:for|of|and|&)(?: the)? [A-Z][\w.'’-]*+(?: [A-Z][\w.'’-]*+)*+"
)
# A sponsor's one word in title case: "Novartis" (``_sponsor_word``).
_SPONSOR_WORD = re.compile(r"[A-Z][a-z]{2,}+")
# A colon or a slash that closes a dateline a date or an agency backs: "New Delhi, Nov 23 (IANS): The",
# "VANCOUVER, BC / ACCESSWIRE / November 23, 2026 / Acme" (a slash only after an agency).
_MARK_CLOSE = rf"{_SPS}[:/]"
# The single space after a dated agency in parentheses that ends a dateline without a dash (PTI style),
# before a capitalised word: "New Delhi, Nov 23 (PTI) The government".
_PTI_GAP = rf"(?:{_WRAP}|{_SP}{{1,2}}+)(?=[{_UP}][^\W\d_])"
# A colon after a bare place: "NEW DELHI: The government said ..." (``_Parser._colon_place``).
_COLON = rf"{_SPS}:"
# A place in parentheses that opens the dateline: "(LYON, France) –"; in a template's square brackets too,
# "[Lexington, KY], March 11, 2025 –" (Reportable), never a markdown link's text "[Acme](https://…)".
_LEAD_PAREN = (
    rf"[(\[](?P<city>{_WORD}(?:{_SP1}{_WORD}){{0,3}}+)(?:,{_SPS}(?P<name>{_WORD}(?:{_SP1}{_WORD}){{0,2}}+))?"
    r"(?:\)|\](?!\())"
)


@attrs.frozen
class _Grammar:
    """The compiled parts of a dateline; each reads a hard wrap (``_WRAP``) wherever it reads a space.

    ``_WRAPPED`` is the grammar as written; ``_PLAIN`` is the same grammar with the wraps taken out
    (``_unwrapped``), for text where a line break is no wrap. One grammar serves every slot, so a
    wrap reads alike in the place, the date, the agency and the marks that close the dateline.
    """

    city: re.Pattern[str]
    lead_paren: re.Pattern[str]
    qualifier: re.Pattern[str]
    joint: re.Pattern[str]
    date: re.Pattern[str]
    agency: re.Pattern[str]
    sep: re.Pattern[str]
    agency_end: re.Pattern[str]
    mark_close: re.Pattern[str]
    pti_gap: re.Pattern[str]
    colon: re.Pattern[str]


def _unwrapped(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` with its hard wraps taken out (``(?!)`` never matches)."""
    return re.compile(pattern.pattern.replace(_WRAP, "(?!)"), pattern.flags)


_PARTS = (
    re.compile(CITY),
    re.compile(_LEAD_PAREN),
    _QUALIFIER,
    _AND,
    _DATE,
    re.compile(AGENCY, re.VERBOSE),
    _SEP,
    re.compile(_AGENCY_END),
    re.compile(_MARK_CLOSE),
    re.compile(_PTI_GAP),
    re.compile(_COLON),
)
_WRAPPED = _Grammar(*_PARTS)
_JOINED = _Grammar(*(re.compile(p.pattern.replace(_WRAP, _JOIN), p.flags) for p in _PARTS))
_PLAIN = _Grammar(*(_unwrapped(p) for p in _PARTS))
_SPACED = attrs.evolve(_PLAIN, city=_unwrapped(re.compile(_SPACED_CITY)))
# A run of spaces inside a place: the ``_SPACED`` reading is tried only when the window holds one.
_SPACE_RUN = re.compile(rf"[^\W\d_]{_SP}{{2,3}}+[{_UP}]")
# Where a hard wrap may be: ``_Parser.parse`` reads one only when the first piece holds one.
_WRAP_LINE = re.compile(_WRAP)
# Where a piece's lines were joined (``_JOINED`` reads the first piece so when it holds one).
_JOIN_LINE = re.compile(f"[{_BREAK}]")
# A hard wrap or a joined line break in a part as written: the fields read it as the space the rendering makes of
# it (SPEC 5).
_WRAP_RUN = re.compile(rf"{_SP}*+(?:\r\n|[{_BREAK}]){_SP}*+")
# A run of spaces inside a city (``_SPACED``): the field reads it as the rendering's one space.
_SPACES = re.compile(rf"{_SP}{{2,}}+")


def _unwrap(text: str) -> str:
    """``text`` with each hard wrap read as one space: "Fort\\nLauderdale" is "Fort Lauderdale"."""
    return _WRAP_RUN.sub(" ", text) if _JOIN_LINE.search(text) else text


@attrs.frozen
class _Place:
    """One place of a dateline: its city and up to two qualifiers, as written."""

    city: str
    region: str | None
    country: str | None
    end: int
    known: bool
    """The city, region or country is in the tables."""
    glued: bool = False
    """The story was glued to its end (a damaged scrape)."""
    open_paren: bool = False
    """The place opened a parenthesis the date inside it closes: "(Nairobi, November 18, 2026) –"."""


@attrs.frozen
class _Found:
    """What one parse found, before it becomes a ``Dateline``."""

    start: int
    end: int
    body: int
    place: _Place | None
    date_text: str | None
    agency: str | None
    damaged: bool


def _is_agency(name: str, bare: bool = False) -> bool:
    """A known agency, or (bracketed only) a name with a wire word in it: "Acme Newswire"."""
    key = agency_key(name)
    if key in AGENCIES:
        return True
    return len(key) > 3 and any(word in key for word in (("wire",) if bare else WIRE_WORDS))


def _place_not_agency(name: str) -> bool:
    """A place, not an agency, before a date in brackets: ``Miami`` in ``(Miami – November 8, 2024)`` (Miami-Dade).

    A known agency stays one (``(Sputnik - 11th November, 2020)``), and so does an acronym (``(WAM - …)``); a
    known place, or one to three words in title case, is the place.
    """
    name = name.strip()
    if _is_agency(name):
        return False
    words = name.split()
    title = 0 < len(words) <= 3 and all(w[:1].isupper() and not w.isupper() for w in words)
    return is_city(name) or _kind_of(name) is not None or title


def _sponsor_word(name: str) -> bool:
    """One title-case word the place tables do not know: NewsUSA's sponsor credit, "(Novartis) -".

    NewsUSA opens a sponsored story with its sponsor's name in parentheses before the dash, where an AP-style
    place in parentheses writes its qualifier ("(HELENA, Mont.) -") or a place word ("(Dallas County) –"), is
    in capitals, or is a city the tables know ("(Miami) –").
    """
    return (
        _SPONSOR_WORD.fullmatch(name) is not None
        and not is_city(name)
        and _kind_of(name) is None
        and name.casefold() not in NOT_PLACES
    )


def _kind_of(name: str) -> str | None:
    """Return "region", "country" or None (unknown) for a qualifier."""
    key = place_key(name)
    if key in regions():
        return "region"
    if key in countries():
        return "country"
    return None


def _city_ok(city: str) -> tuple[bool, bool]:
    """Return (acceptable, all capitals) for a city as written."""
    words = city.split()
    if words[0].casefold().rstrip(".") in NOT_PLACES:
        return False, False
    if [w.rstrip(".") for w in words] == ["U", "S"]:
        return False, False  # "U S  Senator Bob Corker …": the stripped "U.S." opens the story, no place
    if any(w.casefold().strip(".'’") in NOT_PLACES for w in words if w[:1].isupper()):
        return False, False
    letters = [ch for ch in city if ch.isalpha()]
    caps = all(ch.isupper() for w in words if w[:1].isupper() for ch in w if ch.isalpha())
    if caps:
        return len(letters) >= 2, True
    named = [w for w in words if w[:1].isupper()]
    title = all((w[:1].isupper() and any(ch.islower() for ch in w)) or w.endswith(".") for w in named)
    return title and len(named) <= 3, False


class _Parser:
    """Parse one dateline from ``start`` in ``source[:limit]``; a cursor local to one attempt."""

    def __init__(  # noqa: PLR0917 -- one attempt's whole context
        self,
        source: str,
        start: int,
        limit: int,
        story_end: int,
        later: tuple[tuple[int, int], ...],
        breaks: tuple[int, ...] = (),
        notes: tuple[tuple[int, int], ...] = (),
        *,
        joined: bool = False,
    ) -> None:
        self.source = source
        self.start = start
        self.limit = min(limit, start + _WINDOW)
        self.close_limit = self.limit
        """Where the closing dash may stand: in the run, past a first piece the wrapped parts stay in."""
        self.story_end = story_end
        self.later = later
        """The story pieces after page furniture (noise) that follow the run, if any (``_later``)."""
        self.breaks = breaks
        """Where the pieces of the run end inside it: block breaks the rendering writes as blank lines."""
        self.notes = notes
        """The note lines of the run (``_notes``): the rendering leaves them out, and no story starts in one."""
        self.joined = joined
        """The run's first piece is a block (``find_dateline``): each line break inside it is a joined line."""
        self._lead: tuple[int, str | None, str | None] | None = None
        self._head: int | None = None  # where the dateline starts when a stripped date line stands before it
        """The lead items from ``start``: both attempts read them, so they are read once."""
        self.grammar = _PLAIN
        """The regular expressions of the parts: ``_WRAPPED`` reads hard wraps, ``_PLAIN`` does not."""

    def parse(self) -> _Found | None:
        """Read a hard-wrapped dateline inside the first piece, else the dateline as written (``_read``).

        A hard wrap is read only inside one piece (a paragraph the layout joined): the rendering
        joins its lines with a space, as the wrap is read. A line break between pieces is a blank
        line once rendered, and is never a wrap (SPEC 5). Last, a city with a run of spaces
        between its words (``NEW  YORK –``) is read as the rendering shows it, one space, when
        a dash or another mark closes it (a gap of its own is the damaged form's, issue 10).
        """
        first_end = min(self.limit, self.breaks[0] if self.breaks else self.limit)
        # A block's lines were joined, each break a space once rendered (``_JOINED``); in text alone
        # (``parse_dateline``) a line break is read as a space only where it is a hard wrap. ``str.find`` rules out
        # single-line text first.
        wrapped = (
            _JOINED
            if self.joined and _JOIN_LINE.search(self.source, self.start, first_end)
            else _WRAPPED
            if self.source.find("\n", self.start, first_end) >= 0
            and _WRAP_LINE.search(self.source, self.start, first_end)
            else None
        )
        if wrapped is None and self.joined and self._lead_dash_closes(first_end):
            # "NewsDirect-" / "Te(\r;)— 5": the lead's dash closes its line, and the place under it is read past the
            # line break (``_past_break``) in a block whose lines the rendering joins, one space for each break
            # ("NewsDirect- Te( ;)— 5"); so its parts read the joined lines too (fuzz F1129-46, SPEC 5).
            second_end = next((end for end in self.breaks if end > first_end), self.limit)
            if _JOIN_LINE.search(self.source, first_end + 1, second_end):
                wrapped, first_end = _JOINED, min(self.limit, second_end)
        if wrapped is not None:
            limit, self.limit, self.grammar = self.limit, first_end, wrapped
            found = self._read()
            self.limit, self.grammar, self._lead = limit, _PLAIN, None
            if found is not None:
                return found
        found = self._read()
        if found is None and _SPACE_RUN.search(self.source, self.start, min(self.limit, self.start + 80)):
            self.grammar, self._lead = _SPACED, None
            found = self._read()
            self.grammar, self._lead = _PLAIN, None
            if found is not None and found.damaged:
                return None  # the spaced city closes with its dash, not with a gap of its own
        return found

    def _lead_dash_closes(self, first_end: int) -> bool:
        """Whether the first piece ends in a dash after lead items: a wire's name or a date over the place's line."""
        if not self.breaks or first_end != self.breaks[0]:
            return False
        last = self.source[self.start : first_end].rstrip()
        return last[-1:] in _CLOSING_DASHES and self._items(self.start, None, None)[0] > self.start

    def _read(self) -> _Found | None:
        """Try the conventions: place first, then lead items, then agency only."""
        for with_place in (True, False):
            found = self._attempt(with_place)
            if found is not None:
                return found
        return None

    def _attempt(self, with_place: bool) -> _Found | None:
        if self._lead is None:
            self._lead = self._items(self.start, None, None)
        pos, date_text, agency = self._lead
        place: _Place | None = None
        self._head = None
        if with_place:
            sep = self.grammar.sep.match(self.source, pos, self.limit) if pos > self.start else None
            at = sep.end() if sep is not None else pos
            if sep is not None and sep.group().strip():
                at = self._past_break(at)
            place = self._place(at)
            if place is None:
                return None
            stripped = sep is not None and date_text is not None and self._stripped_date(sep.group(), date_text)
            # Only before a place that stands on its own (a known one, or with its region): the rendering drops the
            # date line, and re-reads "Fargo Senator Kent Conrad …" as no dateline (SPEC 5), so "June 12  2006  Fargo"
            # keeps its date.
            lone = not (place.known or place.region is not None or place.country is not None)
            if stripped and agency is None and lone and sep is not None and sep.group() == " ":
                # "December 11  2007 McCaskill  Regulations …": one space after the date (no stripped comma's run) and
                # no place the gazetteer knows: the headline's first word ("June 12  2006  Fargo  Senator …" stays).
                return None
            if stripped and agency is None and not lone:
                # "December 11  2007  WASHINGTON  D C", "November 1  2007 Washington  DC": a punctuation-stripped
                # Senate header prints its date line before the place (the date's comma left a space run); the
                # date is the page's date line, the dateline starts at the place.
                self._head, date_text = at, None
            pos = place.end
            while True:  # further places: "LYON, France and SINGAPORE"
                joint = self.grammar.joint.match(self.source, pos, self.limit)
                other = self._place(joint.end()) if joint is not None else None
                if other is None or other.glued or _is_agency(other.city):
                    break  # "VANCOUVER, BC / ACCESSWIRE / November 23, 2026 /": the wire, not a place
                pos = other.end
            if not place.glued:
                placed = pos, date_text, agency
                pos, date_text, agency = self._items(pos, date_text, agency)
                if pos == placed[0]:
                    below = self._items_below(pos, date_text, agency)
                    if below is None:
                        return None  # the lead items under a blank line open a dateline of their own
                    pos, date_text, agency = below
                if pos > placed[0] and not place.open_paren:
                    found = self._terminate(pos, place, date_text, agency)
                    # "January 9, 2025 – Los Angeles, CA – Evertise Ai PR, a leading …" (Evertise Ai PR's
                    # date-first form): the place closes with its own dash, and the wire's name after it is
                    # the story's subject, not an agency slot no dash closes; read the dateline to the place.
                    if found is not None or date_text != placed[1]:
                        return found  # a date read after the place is the dateline's: "PARIS - 5 May 2026 / …"
                    if not _CLOSE.match(self.source, placed[0], self.close_limit):
                        return found
                    return self._terminate(placed[0], place, placed[1], placed[2])
            if place.open_paren:
                if date_text is None or not self.source.startswith(")", pos):
                    return None
                pos += 1
        if place is None and agency is None and not self._date_alone(pos, date_text):
            return None
        return self._terminate(pos, place, date_text, agency)

    def _past_break(self, at: int) -> int:
        """Where the place starts after a lead's dash that closes its line: past the line break, else ``at``.

        A wire's lead items on a line of their own, the place under them (``March 5 –`` / ``LONDON, …``,
        ``PRNewswire –`` / ``NEW YORK – …``): the rendering runs the story on after the dash, one space, and
        reads the place there, so the first reading takes it across the line break too, and across blank lines
        however many spaces a scrape left on them (``7 December 2018-`` / a line of spaces / ``Ch- S.``, fuzz
        F1129-14: the rendering's ``7 December 2018- Ch- S.``, SPEC 5).
        """
        end = self.limit
        k = at
        while k < end and (self.source[k] in " \t\u00a0" or self.source[k] in LINE_BREAKS):
            k += 1
        return k if k > at and k < end and not LINE_BREAKS.isdisjoint(self.source[at:k]) else at

    def _date_alone(self, pos: int, date_text: str | None) -> bool:
        """A date alone opening the text, closed by a dash on its line: a wire's dateline with no place.

        ``October 23, 2024 – Crypto Dispensers, a pioneering …`` (xx_wire_blockchainwire_1). A weekday or a
        date line alone, or a date a sentence goes on from (``October 23, 2024 was …``), is none.
        """
        if date_text is None or not self.source.startswith(date_text, self.start):
            return False
        close = _CLOSE.match(self.source, pos, self.close_limit)
        return (close is not None and not any(ch in LINE_BREAKS for ch in close.group())) or self._date_comma(
            pos, date_text
        )

    def _date_comma(self, pos: int, date_text: str | None) -> bool:
        """A full date alone opening the text, closed by a comma before a capitalised word: Evertise Ai PR's form.

        ``May 28, 2025, Post Truth, the first feature-length …`` (xf_wire_evertiseaipr_1; with its place after it,
        ``March 03, 2025, New York, Evertise Ai PR,``). The date names its year; a sentence that goes on from the
        date (``May 28, 2025, was …``) or a date line alone is none.
        """
        if date_text is None or not date_text[-4:].isdigit() or not self.source.startswith(date_text, self.start):
            return False
        comma = _DATE_COMMA.match(self.source, pos, self.limit)
        return comma is not None

    @staticmethod
    def _stripped_date(sep: str, date_text: str) -> bool:
        """A date read before the place whose commas were stripped: spaces only, a run of them in or after it."""
        if "," in date_text or sep.strip():
            return False
        # the gap a stripped comma leaves: "December 11  2007  WASHINGTON" (``_SPACES``, a run of two or more)
        return _SPACES.fullmatch(sep) is not None or _SPACES.search(date_text) is not None

    def _place(self, at: int) -> _Place | None:
        """Parse a city (in parentheses or not) and its qualifiers."""
        source, limit = self.source, self.limit
        lead = self.grammar.lead_paren.match(source, at, limit)
        if lead is not None:
            city, qual = lead.group("city"), lead.group("name")
            if _is_agency(city) or not _city_ok(city)[0]:
                return None
            kind = _kind_of(qual) if qual else None
            region = qual if qual and kind != "country" else None
            country = qual if qual and kind == "country" else None
            return _Place(city, region, country, lead.end(), kind is not None)
        if source.startswith("(", at) and not source.startswith("(", at + 1):
            # "(Nairobi, November 18, 2026) –" (Human Rights Watch): the place, then the date in the same
            # parentheses; ``_attempt`` reads the date and wants the closing parenthesis after it.
            inner = self._place(at + 1)
            return None if inner is None or inner.glued else attrs.evolve(inner, open_paren=True)
        m = self.grammar.city.match(source, at, limit)
        if m is None:
            return None
        city, end = m.group("city"), m.end()
        twin = self._twin_city(end)
        if twin is not None:
            city, end = f"{city}/{twin.group('city')}", twin.end()
        glue = _GLUE.search(city)
        article = glue is None and city[-2:-1].isupper() and city.endswith("A") and _ARTICLE_AFTER.match(source, end)
        if glue is not None or article:
            cut = glue.start() if glue is not None else len(city) - 1
            city, end = city[:cut], at + cut
            ok, caps = _city_ok(city) if city.strip() else (False, False)
            if not ok or not caps or city.endswith(" ") or not _GLUED_OPENER.match(source, end):
                return None
            known = _kind_of(city) is not None
            if article and not (known or is_city(city)):
                return None
            opener = next_word(source, end) in SENTENCE_OPENERS  # "WASHINGTONThe …", "CHICAGOAn …"
            if not (known or is_city(city) or (opener and len(place_key(city)) >= 5)):
                return None  # "AAA AAAaa police" (hypothesis): an unknown run glued to a name-like word is no place
            return _Place(city, None, None, end, known, glued=known or len(city) >= 5 or " " in city)
        tail = _DC_TAIL.fullmatch(city)
        if tail is not None and (is_city(tail["city"]) or _kind_of(tail["city"]) is not None):
            # "WASHINGTON D C   Senator …": a stripped "Washington D.C." with one space (xl_senate_pryor_1)
            return _Place(tail["city"], tail["region"], None, end, known=True)
        district = _DC_AFTER.match(source, end, limit)
        if district is not None and (is_city(city) or _kind_of(city) is not None):
            # "Washington  D C —": two spaces before it, as the rendering's one reads it (``_DC_TAIL``; fuzzing);
            # "Washington   DCSenator John W  Warner …": the story glued to it (xo_senate_webb_1)
            glued = source[district.end() : district.end() + 1].isupper()
            return _Place(city, district["region"], None, district.end(), known=True, glued=glued)
        ok, _ = _city_ok(city)
        if not ok:
            return self._rendered_gap_region(city, at)
        known = _kind_of(city) is not None
        if not known and " " in city and not is_city(city):
            # "Harrisburg Pennsylvania  Senator …": the rendering of a stripped Senate header's "Harrisburg
            # Pennsylvania" (``_GAP_REGION``) ran the city and its region into one title-case run, which names no
            # place; the region the tables know closes it, as the first reading read it (fuzz F1129-45, SPEC 5).
            split = self._rendered_gap_region(city, at)
            if split is not None:
                return split
        names: list[str] = []
        while len(names) < 2:
            q = self.grammar.qualifier.match(source, end, limit)
            if q is None:
                gap = _GAP_REGION.match(source, end, limit) if not names else None
                if gap is None or _kind_of(gap.group("name")) != "region":
                    gap = self._lower_region(end) if not names else None
                if gap is None:
                    break
                q = gap
            paren: str | None = q.groupdict().get("paren") or q.groupdict().get("square")
            if paren is not None and (_is_agency(paren) or (_ACRONYM.fullmatch(paren) and _kind_of(paren) is None)):
                break  # "(Reuters)", "(APP)": a credit for the agency slot (``_items``), not a place
            if q.groupdict().get("square") is not None and _kind_of(paren or "") is None:
                break  # a bracket holds a known country or region only: "New Delhi [India]", never a link text
            name: str = paren if paren is not None else q.group("name")
            if paren is None and _is_agency(name, bare=True):
                break  # "Baton Rouge, LA, Evertise Ai PR –": the wire after the place, for the agency slot (``_items``)
            dot = _DOT_GLUE.search(name) or self._initials_glue(name)
            if dot is not None:  # "LAFAYETTE, La.Ezekiel": a known region, the story glued after its dot
                name = name[: dot.start() + 1]
                if _kind_of(name) != "region":
                    return None
                names.append(name)
                return _Place(city, name, None, q.start("name") + len(name), known=True, glued=True)
            names.append(name)
            end = q.end()
        return self._qualified(city, names, end, known)

    def _twin_city(self, end: int) -> re.Match[str] | None:
        """The second city a slash glues to the first, the two one place: "DALLAS/FORT WORTH", or ``None``.

        Twin cities and joint releases write their cities joined by a slash with no space, the qualifier after
        the last: "DALLAS/FORT WORTH, Texas" (AP), "LONDON/PARIS (Reuters)", "HONG KONG SAR/SAN DIEGO, UNITED
        STATES" (Media OutReach, sc_wire_mediaoutreach_1); the city field is the run as written. A slash set
        apart by spaces parts two places ("THE HAGUE, Netherlands / LYON, France"), and a wire's name between
        slashes is the agency ("NEW YORK/PRNewswire/").
        """
        if not self.source.startswith("/", end):
            return None
        other = self.grammar.city.match(self.source, end + 1, self.limit)
        if other is None or _is_agency(other.group("city")) or self.source.startswith("/", other.end()):
            return None
        return other

    def _lower_region(self, end: int) -> re.Match[str] | None:
        """A known state code in lower case after the place's comma, a dash and a date after it, or ``None``.

        ``Boston, ma - april 15, 2026`` (a Reportable client's own dateline): the code is the region. A lower-case
        word after a comma is a sentence's otherwise (``Boston, ma - the city said``).
        """
        low = _LOWER_REGION.match(self.source, end, self.limit)
        if low is None or _kind_of(low.group("name")) != "region":
            return None
        sep = self.grammar.sep.match(self.source, low.end(), self.limit)
        at = sep.end() if sep is not None else low.end()
        return low if self.grammar.date.match(self.source, at, self.limit) is not None else None

    @staticmethod
    def _initials_glue(name: str) -> re.Match[str] | None:
        """The last dot of a known region in initials the story's initials are glued to: "D.C.U.S. Senators"."""
        for cut in (2, 4, 6):
            head = _INITIALS.fullmatch(name, 0, cut)
            if head is not None and _kind_of(head.group()) == "region" and _INITIALS_OPENER.match(name, cut):
                return _LAST_DOT.search(name, cut - 1, cut)
        return None

    def _rendered_gap_region(self, city: str, at: int) -> _Place | None:
        """Split a known region off the end of a city run that is no city with it: "Washington DC  Senator"."""
        cut = len(city)
        for _ in range(3):  # the region is one word or two letters ("DC", "D C"), maybe a weekday after it
            cut = city.rfind(" ", 0, cut)
            if cut <= 0:
                return None
            head = city[:cut]
            gap = _RENDERED_GAP_REGION.match(self.source, at + cut, self.limit)
            # A city ends in a name, never in a joining word: "Meet the Pennsylvania  Delegation" is no place.
            named = head[head.rfind(" ") + 1 :][:1].isupper()
            if gap is not None and named and _city_ok(head)[0] and _kind_of(gap.group("name")) == "region":
                return self._qualified(head, [gap.group("name")], gap.end(), known=True)
        return None

    @staticmethod
    def _qualified(city: str, names: list[str], end: int, known: bool) -> _Place:
        """Sort one or two qualifiers into region and country."""
        region = country = None
        if len(names) == 2:
            region, country = names
        elif names:
            kind = _kind_of(names[0])
            shaped_region = names[0].endswith(".") or (names[0].isupper() and len(place_key(names[0])) <= 2)
            if kind is None and len(names[0]) == 2 and names[0].isupper() and place_key(names[0]) in country_codes():
                kind = "country"  # "MADRID, ES —": no state or province has the code, Spain does (xk_wire_noticias_1)
            head, _, tail = names[0].rpartition(" ")
            if kind is None and _kind_of(head) == "region" and _kind_of(tail) == "country":
                region, country = head, tail  # "Houston, TX USA (Newsworthy.ai)": Newsworthy.ai's state and country
            elif kind == "region" or (kind is None and shaped_region):
                region = names[0]
            else:
                country = names[0]
        known = known or any(_kind_of(n) is not None for n in names)
        return _Place(city, region, country, end, known)

    def _items(self, pos: int, date_text: str | None, agency: str | None) -> tuple[int, str | None, str | None]:
        """Consume dates and agencies with their separators; return the new position and fields."""
        source, limit = self.source, self.limit
        carried = False  # the agency so far is a credit in parentheses: a carrier's, "(GLOBE NEWSWIRE)"
        for _ in range(5):
            sep = self.grammar.sep.match(source, pos, limit)
            at = sep.end() if sep is not None else pos
            d = self.grammar.date.match(source, at, limit)
            if d is not None and date_text is None and self._date_slot(d, pos, at):
                date_text, pos = d.group("date"), d.end()
                continue
            if d is not None and date_text is not None and d.group("numeric") is None and at > pos:
                same = parse_date(d.group("date"), month_first=True)
                if same is not None and same == parse_date(date_text, month_first=True):
                    # "(NewMediaWire) - January 30, 2025 - DALLAS, Jan. 30, 2025 –": the client's own dateline
                    # after the wire's reversed one repeats the day; the dash after it ends both
                    pos = d.end()
                    continue
            a = self.grammar.agency.match(source, at, limit)
            if a is None:
                break
            if a.group("paren") is not None:
                inner = _unwrap(a.group("paren").strip())
                parts = re.split(rf"{_SP}+[-–—]{_SP}+", inner, maxsplit=1)
                got = _DATE.fullmatch(parts[-1].strip())
                if got is not None and len(parts) == 2 and pos == self.start and _place_not_agency(parts[0]):
                    break  # "(Miami – November 8, 2024)": a place and its date in brackets, read as the place (_place)
                if got is not None and date_text is None:  # "(December 22, 2013)", "(Sputnik - 11th November, 2020)"
                    date_text = got.group("date")
                    if len(parts) == 2 and agency is None:
                        agency = parts[0]
                elif _is_agency(inner) or (agency is None and self._agency_slot(inner, a.end(), date_text)):
                    carried = carried or agency is None
                    agency = agency or inner
                elif agency is None:
                    break
            elif a.group("slash") is not None:
                if at == pos and pos > self.start and source[pos - 1].isalnum():
                    break
                name = _unwrap(a.group("slash").strip())
                if _is_agency(name) or (agency is None and self._agency_slot(name, a.end(), date_text)):
                    agency = agency or name
            elif a.group("link") is not None:
                link = _unwrap(a.group("link").strip())
                if not _is_agency(link, bare=True):  # "[Original/Source Press Release](...)" is a link
                    break
                agency = agency or link
            else:
                bare = _unwrap(a.group("bare"))
                glued = at == pos and pos > self.start and not source[pos - 1].isspace()
                if not _is_agency(bare, bare=True) or glued:
                    break
                # "MOUNT KISCO, N.Y., April 07, 2026 (GLOBE NEWSWIRE) – PRISM MediaWire (Press Release Service – …)
                # –" (tc_wire_prism_1): a wire's name after the dash that follows a carrier's credit is the wire that
                # wrote the release (PRISM MediaWire, carried by GlobeNewswire), the agency of its own releases.
                dashed = sep is not None and sep.group().strip() not in ("", ",")
                agency = bare if carried and dashed else agency or bare
                carried = False
            pos = a.end()
        return pos, date_text, agency

    def _items_below(
        self, pos: int, date_text: str | None, agency: str | None
    ) -> tuple[int, str | None, str | None] | None:
        """Read the lead items on the line under the place's dash that closes its line; ``None``: no dateline here.

        ``WASHINGTON —`` / ``March 4, 2025 — The agency …``: the rendering runs the story on after the dash, one
        space (``PressRelease.text``), where ``_items`` reads the date or the wire after the dash; so does the first
        reading, as ``_past_break`` reads a place under a lead's dash (``GTON—`` / ``March 4, 2.``, fuzz F1129-19,
        SPEC 5). A date line alone under it is a note (meta's): the rendering leaves it out, and the story under it
        is read as before. Unchanged when nothing is read there.

        Only on the next line: the rendering sets every block apart by a blank line, and a place line and a date
        line that stood apart in the source (page furniture between them, which the rendering drops: ``Fr—`` /
        a repeated headline / ``September 5``, fuzz F1129-37) come out the same. Lead items under a blank line open
        a dateline of their own, so the place line over them is none, in both readings.
        """
        close = _CLOSE.match(self.source, pos, self.close_limit)
        if close is None or not LINE_BREAKS.isdisjoint(close.group()) or self._hyphen(pos, close.end()):
            return pos, date_text, agency
        at = self._past_break(close.end())
        if at == close.end():
            return None if self._items_past_run(close.end()) else (pos, date_text, agency)
        if any(start == at for start, _ in self.notes):
            return pos, date_text, agency
        read = self._items(at, date_text, agency)
        if read[0] == at:
            return pos, date_text, agency
        return None if self._blank_between(close.end(), at) else read

    def _items_past_run(self, end: int) -> bool:
        """Whether the story past the run's end at ``end`` (beyond the furniture, ``_later``) opens with lead items."""
        body = self._skip(end)
        if not self.later or body != self.later[0][0] or body < self.limit:
            return False
        limit, grammar = self.limit, self.grammar
        self.limit, self.grammar = self.later[0][1], _PLAIN
        try:
            return self._items(body, None, None)[0] > body
        finally:
            self.limit, self.grammar = limit, grammar

    def _blank_between(self, start: int, end: int) -> bool:
        """Whether the gap from ``start`` to ``end`` holds a blank line: two line breaks (``\\r\\n`` is one)."""
        gap = self.source[start:end].replace("\r\n", "\n")
        return sum(ch in LINE_BREAKS for ch in gap) >= 2

    def _date_slot(self, d: re.Match[str], pos: int, at: int) -> bool:
        """An all-numeric date is read only after the place, set off by a comma or a dash: "Berlin, 23.11.2026 –".

        A number run after a bare word ("Version 2.1.2026"), opening a line, or that is no day in
        either order ("12-34-5678", a phone number) is no dateline date.
        """
        numeric = d.group("numeric")
        if numeric is None:
            return True
        is_date = parse_date(numeric, month_first=True) or parse_date(numeric, month_first=False)
        return is_date is not None and pos > self.start and any(ch in ",-–—" for ch in self.source[pos:at])

    def _agency_slot(self, name: str, end: int, date_text: str | None) -> bool:
        """A name in parentheses or slashes the tables do not know is an agency in the agency slot.

        The slot is after a date (``NEW DELHI, 23 Nov 2026 (PIB) –``, ``SYDNEY, Nov 23 (AAP) -``,
        ``MONTRÉAL, Nov. 23, 2026 /CNW Telbec/ -``) or, for an acronym, after a place in capitals
        (``LAHORE (APP):``), right before the closing dash or colon (``end``), or opening the text alone
        (``(BookTrib) -``). ``Acme (NYSE: ACME) –`` is no agency: a name has no digits or colon, and without a
        date it must be an acronym.
        """
        if not _AGENCY_NAME.fullmatch(name) or not self.grammar.agency_end.match(self.source, end, self.close_limit):
            return False
        if date_text is not None:
            return True
        if self.source[self.start : end].startswith("(") and (
            _BRAND.fullmatch(name) or _SPONSOR.fullmatch(name) or _sponsor_word(name)
        ):
            # A brand's name (an inner capital) in parentheses opening the text before the dash is the wire
            # alone: "(BookTrib) - “Day of Wrath” …", as "(NewsUSA) -" is; "(Dallas County) –" is a place.
            # So is an organisation's name (NewsUSA's sponsor): "(Alliance for Safe Online Pharmacies) - Over",
            # and a sponsor's one word no place table knows: "(Novartis) - Dr. Koo …" (xr_wire_newsusa_1).
            return True
        return _ACRONYM.fullmatch(name) is not None and self.source[self.start : end - len(name)].strip().isupper()

    def _terminate(self, pos: int, place: _Place | None, date_text: str | None, agency: str | None) -> _Found | None:
        """Find the evidence that the dateline ends at ``pos`` and the story starts after it."""
        source = self.source
        backed = date_text is not None or agency is not None or (place is not None and place.known)
        if place is not None and place.glued:
            return self._found(pos, pos, place, date_text, agency, damaged=True)
        close = _CLOSE.match(source, pos, self.close_limit)
        if close is not None and not self._hyphen(pos, close.end()) and not self._note_dash(close):
            if any(ch in LINE_BREAKS for ch in close.group()):
                more, dated = self._after_line_dash(close.end(), place, date_text, agency)
                if more is not None or dated:
                    return more
                if self._bullet_list(close.end()):
                    return None  # "Results" / "- 270 victims identified" / "- 38 arrested": a list under a heading
            return self._found(close.end(), self._skip(close.end()), place, date_text, agency, damaged=False)
        if place is None and agency is None and self._date_comma(pos, date_text):
            return self._found(pos + 1, self._skip(pos + 1), None, date_text, None, damaged=False)
        if place is None:  # an agency alone is a dateline only with its dash: "(NewsUSA) -"
            return None
        mark = self.grammar.mark_close.match(source, pos, self.limit) if (date_text or agency) else None
        mark = mark if mark is not None and self._spaced(mark.end()) else None
        if mark is not None and (mark.group().strip() == ":" or agency is not None):
            # "MUMBAI, November 23, 2026:" (South Asian press); "… / ACCESSWIRE / November 23, 2026 /"
            return self._found(mark.end(), self._skip(mark.end()), place, date_text, agency, damaged=False)
        colon = self.grammar.colon.match(source, pos, self.limit) if mark is None else None
        if colon is not None and self._spaced(colon.end()) and self._colon_place(place):
            found = self._found(colon.end(), self._skip(colon.end()), place, date_text, agency, damaged=False)
            return found if found is not None and self._story_ends(found.body) else None
        if date_text is not None and agency is not None and source[pos - 1] == ")":
            pti = self.grammar.pti_gap.match(source, pos, self.limit)
            if pti is not None:  # "New Delhi, Nov 23 (PTI) The government ...": the wire's own dashless form
                return self._found(pos, pti.end(), place, date_text, agency, damaged=False)
        comma = _LINE_COMMA.match(source, pos, self.limit)
        if comma is not None:
            found = self._found(comma.end(), self._past_note(comma), place, date_text, agency, damaged=False)
            # A bare word and a comma closing its line is as often an address's or a list's line as a place: the
            # story under it must be a sentence of words, not an initial ("Dunt," over "F.", fuzz F1125-32). Wires
            # close a bare place with a dash; a comma closes a place with its state or its date behind it.
            bare = place.region is None and place.country is None and not (date_text or agency)
            return None if found is not None and bare and not self._story_ends(found.body, words=True) else found
        if date_text is not None and pos < self.limit and source[pos] in ".,":
            after = self._skip(pos + 1)
            if after > pos + 1:
                return self._found(pos + 1, after, place, date_text, agency, damaged=False)
        after = self._skip(pos)
        gap = source[pos:after]
        # Any line break the layout stage knows ends the line (U+2028 too): the rendering makes it a blank line.
        broken = any(ch in LINE_BREAKS for ch in gap)
        if (date_text is not None or agency is not None) and broken and not self._day_heading(date_text, agency, place):
            return self._found(pos, after, place, date_text, agency, damaged=False)
        if not broken and len(gap) >= 2 and (backed or (len(place.city) >= 5 and place.city.isupper())):
            found = self._found(pos, after, place, date_text, agency, damaged=True)
            if found is not None and source[after].isupper():
                return found
        return None

    def _past_note(self, comma: re.Match[str]) -> int:
        """Where the story starts after a comma that opens the next line: past a note line's rest of it.

        ``Miami, Florida`` / ``, Aug. 3 2025`` / ``The company …``: the comma is the dateline's, and what the
        line holds after it is a line of its own once the dateline is cut, a date meta takes whole there; the
        rendering leaves it out, and the story starts under it (``CH,F`` / ``,Aug. 3 2025`` / ``/ s e``: no story,
        no dateline in either reading, fuzz F1125-44, SPEC 5). A comma closing the place's own line has its
        note lines under it among ``notes`` already.
        """
        body = self._skip(comma.end())
        if LINE_BREAKS.isdisjoint(comma.group()):
            return body
        line = _LINE_REST.match(self.source, body, min(len(self.source), self.story_end))
        if line is None or line.end() == body or not is_note_line(self.source, Piece("paragraph", body, line.end())):
            return body
        return self._skip(line.end())

    def _note_dash(self, close: re.Match[str]) -> bool:
        """Whether the dash that opens the next line opens a note line there: an end mark, ``Into`` / ``-30-``.

        The note is meta's, the rendering leaves it out whole (``_left_out``), and its dash with it: it closes no
        place over it (fuzz F1129-25, SPEC 5). A dash opening the story's line (``CHICAGO`` / ``— The Cook County …``)
        does.
        """
        dash = close.end() - len(close.group().lstrip())
        return dash > close.start() and any(start == dash for start, _ in self.notes)

    def _day_heading(self, date_text: str | None, agency: str | None, place: _Place) -> bool:
        """A day and a bare place alone on a line, the date first with no year: a schedule's entry, no dateline.

        ``Monday, April 17`` / ``Alpine`` (a senator's public schedule, vb_senate_thomas_1): the rendering joins the
        two lines into ``Monday, April 17 Alpine``, which must read as the page does (SPEC 5). A date line over
        its place (``June 12  2006  Fargo``) writes the year; a dateline sets its place apart with a dash or a
        comma (``Wednesday, March 4 - WASHINGTON, D.C.``) or names its state (``March 4 CASPER, Wyo.``).
        """
        if agency is not None or date_text is None or self._lead is None or self._lead[1] != date_text:
            return False
        if place.region is not None or place.country is not None:
            return False
        if self.source[self._lead[0] : place.end - len(place.city)].strip():
            return False  # a dash or a comma between the date and the place
        return not date_text[-4:].isdigit()  # no year closing the date

    def _bullet_list(self, pos: int) -> bool:
        """Whether the line a dash opened at ``pos`` is the first item of a dash list: the next line opens with one too.

        ``CHICAGO`` / ``— The Cook County ...`` is a dateline whose dash opens the story's line; a heading over
        a list has a dash on each item's line (``Results`` / ``- 270 victims`` / ``- 38 arrests``).
        """
        source = self.source
        end = source.find("\n", pos, min(len(source), pos + 400))
        if end < 0:
            return False
        nxt = _NEXT_ITEM.match(source, end + 1, min(len(source), end + 80))
        return nxt is not None

    def _after_line_dash(
        self, pos: int, place: _Place | None, date_text: str | None, agency: str | None
    ) -> tuple[_Found | None, bool]:
        """Read on past a dash that opens the next line, when a date or an agency follows it; and whether a date did.

        ``LONDON (Reuters)`` / ``– 27 June 2026 – Acme said``: the dash on the next line separates
        the parts, as a dash does on one line (``_SEP``). The rendering puts the dateline on one
        line, where ``_items`` reads the date after the dash; so does this (SPEC 5). The parts are
        read in the whole run, as written (``_PLAIN``): the wraps of the first piece lie behind.

        A date read there with no story after it (``OR(Wire)`` / ``-September 2`` / no sentence) leaves no
        dateline: on the rendering's one line the date after the dash is the dateline's too, and a place
        falls back to its own dash only when no date follows it (``_attempt``), so the date is no story's
        first words there (fuzz F1125-58, SPEC 5). An agency alone after the dash falls back as it does on
        one line (``CHICAGO`` / ``— Reuters reported …``).
        """
        limit, grammar = self.limit, self.grammar
        self.limit, self.grammar = self.close_limit, _PLAIN
        try:
            end, more_date, more_agency = self._items(pos, date_text, agency)
            if end == pos:
                return None, False
            return self._terminate(end, place, more_date, more_agency), more_date != date_text
        finally:
            self.limit, self.grammar = limit, grammar

    def _spaced(self, pos: int) -> bool:
        """Whitespace follows ``pos``, or a piece or the run ends there (a glued break, a blank line once rendered)."""
        glued_break = pos in self.breaks or pos == self.story_end
        return glued_break or (pos < len(self.source) and self.source[pos].isspace())

    @staticmethod
    def _colon_place(place: _Place) -> bool:
        """A colon closes a bare place only in capitals that the tables know (``NEW DELHI:``, ``CANBERRA, ACT:``).

        A colon also ends labels and headline prefixes (``NOTE:``, ``Update:``, ``DFA Awards 2024:``,
        ``Tombstone, Arizona: Heralding ...``); the South Asian convention writes the city in capitals.
        """
        if not _city_ok(place.city)[1]:
            return False
        qualifiers = [q for q in (place.region, place.country) if q]
        return is_city(place.city) or any(_kind_of(q) is not None for q in qualifiers)

    def _hyphen(self, pos: int, end: int) -> bool:
        """A lone hyphen between two letters is a hyphen, not a dash: "D.C.-based".

        So is any lone dash glued between a letter and a figure: a code's or a compound's ("MS-13", "COVID-19",
        "INTERSTATE-95", "CVN-79"), never a dateline's, which a wire sets apart or glues to the story's word
        ("WASHINGTON—The"). The rendering would write the story after the dash a space apart ("GTON— 1 /"), where
        the line reads as a heading in capitals, not as the code its source line reads as (fuzz F1129-56, SPEC 5).
        """
        source = self.source
        if not (pos > 0 and end < len(source) and end - pos == 1):
            return False
        before, dash, after = source[pos - 1], source[pos], source[end]
        if dash == "-" and after.isalpha() and before.isalnum():
            return True
        return dash in "-–—―" and after.isdigit() and before.isalpha()

    def _skip(self, pos: int) -> int:
        """Skip whitespace and note lines; past the end of the run, jump over the furniture to the story piece."""
        end = min(len(self.source), self.story_end)
        while True:
            while pos < end and self.source[pos].isspace():
                pos += 1
            note = next((stop for start, stop in self.notes if start == pos), None)
            if note is None:
                break
            pos = note
        if pos >= end and self.later:
            return self.later[0][0]
        return pos

    def _stop(self, body: int) -> int:
        """End of the piece run the story starting at ``body`` lies in."""
        if self.later and body >= self.later[0][0]:
            return self.later[0][1]
        return min(len(self.source), self.story_end)

    def _found(
        self, end: int, body: int, place: _Place | None, date_text: str | None, agency: str | None, *, damaged: bool
    ) -> _Found | None:
        source, stop = self.source, self._stop(body)
        probe = body  # the story's first visible character: zero-width junk is owned by the story, not read
        while probe < stop and (source[probe] in INVISIBLE or source[probe].isspace()):
            probe += 1
        if probe >= stop:
            return None
        # A link opens the story after a dateline a date, an agency or a qualifier backs: the rendering keeps its
        # text only ("OI, E- [Me](/)" renders "OI, E- Me", fuzz F1129-15), and reads the story there (SPEC 5).
        qualified = place is not None and (place.region is not None or place.country is not None)
        linked = (date_text or agency or qualified) and _STORY_LINK.match(source, probe, stop)
        if not _STORY.match(source, probe) and not linked:
            return None
        if damaged and not (source[probe].isupper() or source[probe] in '"“'):
            return None
        # A place with nothing behind it must be followed by prose, and a lone run of three letters or
        # fewer is an acronym ("IBM – The company said."), not a city.
        bare = place is not None and place.region is None and place.country is None and not (date_text or agency)
        if bare and (not self._story_ends(body) or (place is not None and len(place_key(place.city)) <= 3)):
            return None
        return _Found(self.start if self._head is None else self._head, end, body, place, date_text, agency, damaged)

    def _story_ends(self, body: int, *, words: bool = False) -> bool:
        """The story after a bare place reads as prose: a sentence ends, or it runs long.

        With ``words``, a stop after a lone letter ends no sentence (``_sentence_in``): the story of a place closed
        by a comma alone.

        Its length is the rendering's: each run of whitespace counts as one character, as the rendering writes
        it (``Pennsylvania  Nws`` and a run of 100 spaces before ``h`` renders ``Nws h``, fuzz F1130-33, SPEC 5).
        """
        stop = self._stop(body)
        # The note lines of the run do not count: the rendering drops them (a contact's e-mail line under the
        # place line, fuzz F1126-36), and its story is that much shorter (SPEC 5).
        cuts = sorted((max(start, body), min(end, stop)) for start, end in self.notes if start < stop and end > body)
        length, at = 0, body
        for start, end in (*cuts, (stop, stop)):
            length += shown_length(self.source, at, start, _LONG_STORY - length) if start > at else 0
            at = max(at, end)
        if length >= _LONG_STORY or _sentence_in(self.source, body, stop, words=words):
            return True
        # A piece of the run may end a sentence glued to the next ("CHICACk!" / "Co", a glued paragraph
        # break): the rendering puts a blank line there, where the sentence end reads (SPEC 5).
        if any(body < end < stop and _SENTENCE_END.search(self.source, max(body, end - 2), end) for end in self.breaks):
            return True
        # The story's run goes on past furniture ("SAGO-" / "Share" / "A."): the rendering drops the
        # furniture and runs the pieces on, so the sentence end after it reads as this story's (SPEC 5).
        for start, end in self.later:
            if start < stop:
                continue
            length += 1 + shown_length(self.source, start, end, _LONG_STORY - length)
            if length >= _LONG_STORY or _sentence_in(self.source, start, end, words=words):
                return True
        return False


def _sentence_in(source: str, start: int, end: int, *, words: bool = False) -> bool:
    """Whether a sentence ends in ``source[start:end]``; with ``words``, a stop after a word of two characters or more.

    A stop after lone letters is an initial's, not a sentence's: ``Dunt,`` over ``F.`` has no story under it (fuzz
    F1125-32), where ``PARIS,`` over ``Sales rose in the U.S.`` has. One scan to the first word, one to the stop.
    """
    if not words:
        return _SENTENCE_END.search(source, start, end) is not None
    word = _STORY_WORD.search(source, start, end)
    return word is not None and _SENTENCE_END.search(source, word.end(), end) is not None


# A story of this many characters as rendered "runs long": prose, though no sentence ends in it.
_LONG_STORY = 100


def _month_first(region: str | None, country: str | None) -> bool | None:
    """A US dateline writes an all-numeric date month first (``AUSTIN, Texas, 5/3/2021`` is May 3); else unknown."""
    us = (region and place_key(region) in us_regions()) or (country and place_key(country) in _US_NAMES)
    return True if us else None


_US_NAMES = frozenset({"us", "usa", "unitedstates", "unitedstatesofamerica"})


def month_first(found: Dateline | None) -> bool | None:
    """Whether the release writes all-numeric dates month first: True under a US dateline, else unknown (None).

    The meta stage reads the release's own date lines with it: ``Release Date: 03/04/2026`` under
    ``BEXLEY, Ohio –`` is March 4.

    >>> month_first(parse_dateline("BEXLEY, Ohio – A man was sentenced.")), month_first(None)
    (True, None)
    """
    return None if found is None else _month_first(found.region, found.country)


def _to_dateline(source: str, found: _Found) -> Dateline:
    """The ``Dateline`` of a parse; a hard wrap inside a field reads as the space the rendering makes of it."""
    place = found.place
    date_text = _unwrap(found.date_text) if found.date_text else None
    return Dateline(
        text=normalise(source[found.start : found.end]),
        city=_SPACES.sub(" ", _unwrap(place.city)) if place else None,
        region=_unwrap(place.region) if place and place.region else None,
        country=_unwrap(place.country) if place and place.country else None,
        date=parse_date(date_text, month_first=_month_first(place.region, place.country) if place else None)
        if date_text
        else None,
        date_text=date_text,
        agency=_unwrap(found.agency) if found.agency else None,
        span=Span(found.start, found.end),
    )


def match_dateline(
    source: str,
    start: int,
    end: int,
    notes: tuple[tuple[int, int], ...] = (),
    *,
    skip: tuple[tuple[int, int], ...] = (),
) -> Dateline | None:
    """Match a dateline at ``source[start]``, within ``[start, end)``, as the dateline stage reads a place line.

    ``notes`` are the note lines inside the window (``is_note_line``): no story starts in one, and the
    story's length leaves them out, as the rendering does. ``skip`` are the pieces of furniture the caller
    has set apart inside the window (a slideshow counter split off the place's line, ``LYON, France –Image
    2 of 5``): the stage reads the story past them (``_later``), and so they are read as notes are. A place
    that only a title's words follow on the story's line is none (``place_line``, as the stage reads it).

    >>> match_dateline("BOGOTA, Colombia – Addressing the crowd", 0, 39).country
    'Colombia'
    >>> match_dateline("GO,C–S —", 0, 8) is None  # a title's words after the place, as the stage reads them
    True
    """
    if skip:
        notes = tuple(sorted({*notes, *skip}))
    found = _match(source, start, end, end, notes=notes)
    if found is None:
        return None
    line = _JOIN_LINE.search(source, found.body, end)
    return _to_dateline(source, found) if place_line(source, found, end if line is None else line.start()) else None


def _match(  # noqa: PLR0917 -- the parser's context, passed through
    source: str,
    start: int,
    limit: int,
    story_end: int,
    later: tuple[tuple[int, int], ...] = (),
    breaks: tuple[int, ...] = (),
    notes: tuple[tuple[int, int], ...] = (),
    *,
    joined: bool = False,
) -> _Found | None:
    # Fast path (STYLE rule 16): every dateline opens with a letter, a bracket, a dash or a digit.
    if start >= limit or not (source[start].isalnum() or source[start] in "([-–—"):
        return None
    return _Parser(source, start, limit, story_end, later, breaks, notes, joined=joined).parse()


def parse_dateline(text: str) -> Dateline | None:
    """Return the dateline at the very start of ``text``, or None.

    Leading whitespace is skipped; spans index into ``text``.

    Args:
        text: a first paragraph, or a whole release.

    Returns:
        The ``Dateline``, or ``None`` when ``text`` does not open with one.

    Raises:
        TypeError: when ``text`` is not a ``str``.

    >>> d = parse_dateline("NEW YORK, Jan. 5, 2020 /PRNewswire/ -- Acme said...")
    >>> d.city, d.date, d.agency, d.text
    ('NEW YORK', datetime.date(2020, 1, 5), 'PRNewswire', 'NEW YORK, Jan. 5, 2020 /PRNewswire/ --')
    >>> parse_dateline("In Lyon, France, police said...") is None
    True
    """
    if not isinstance(text, str):
        msg = f"parse_dateline() expects str, got {type(text).__name__}"
        raise TypeError(msg)
    start = 0
    while start < len(text) and text[start].isspace():
        start += 1
    found = _match(text, start, len(text), len(text))
    return None if found is None else _to_dateline(text, found)


# What the clean rendering leaves out between a dateline and its story: page furniture and captions
# (``PressRelease.text`` renders body blocks only). The story may start past them, and a run of story
# pieces ends at them, so a re-parse of the rendering, where they are gone, reads the same dateline.
_LEFT_OUT = frozenset({"noise", "caption"})


def _left_out(source: str, piece: Piece) -> bool:
    """Whether the clean rendering leaves ``piece`` out: furniture, a caption, or a note line.

    A note line (``FOR IMMEDIATE RELEASE``, ``March 4, 2025`` alone on its line) becomes meta only
    after this stage, but meta takes it wherever it stands before the story, so the rendering drops it
    as it drops noise: a place line over it reads the story under it in both (SPEC 5).
    """
    if piece.kind in _LEFT_OUT:
        return True
    if piece.kind not in ("paragraph", "heading"):
        return False
    key = (piece.start, piece.end)
    note = _NOTES.get(key)
    if note is None:
        note = _NOTES[key] = is_note_line(source, piece)
    return note


# ``_left_out``'s answers for the note lines of the ``find_dateline`` call under way (its windows overlap).
_NOTES: dict[tuple[int, int], bool] = {}


# The pieces of a run the rendering keeps (``_run_end``), and the note lines a run may hold between them: the
# rendering drops those, so they do not count, up to this many (a bound that keeps the stage linear).
_RUN = 4
_RUN_NOTES = 4


def _run_end(source: str, pieces: tuple[Piece, ...], i: int, extra: int = 0) -> int:
    """End of the run of story pieces from ``i`` separated by whitespace only (four the rendering keeps).

    A note line does not end the run: a dateline may read its date there (``Washington  D C
    Thursday`` / ``November 1  2007``, senate_006); a story does not start in it (``_notes``). Nor
    does it count as one of the four: the rendering leaves it out, and its run of four goes on to
    the piece under them (``WASHINGTON —`` / ``###`` / three lines of the story, SPEC 5).
    """
    end = pieces[i].end
    kept = 1
    for piece in pieces[i + 1 : i + _RUN + extra + _RUN_NOTES]:
        if kept == _RUN + extra or piece.kind in _LEFT_OUT or source[end : piece.start].strip():
            break
        end = piece.end
        kept += not _left_out(source, piece)
    return end


def _notes(source: str, pieces: tuple[Piece, ...], i: int, run_end: int) -> tuple[tuple[int, int], ...]:
    """The note lines among the run's pieces after ``i`` (``is_note_line``): a story starts past them."""
    return tuple(
        (p.start, p.end) for p in pieces[i + 1 : i + _RUN + 1 + _RUN_NOTES] if p.end <= run_end and _left_out(source, p)
    )


def _breaks(pieces: tuple[Piece, ...], i: int, run_end: int) -> tuple[int, ...]:
    """The ends of the run's pieces from ``i`` that lie inside it (a glued paragraph break has no gap)."""
    return tuple(p.end for p in pieces[i : i + _RUN + 1 + _RUN_NOTES] if p.end < run_end)  # a joined run too


def _later(source: str, pieces: tuple[Piece, ...], i: int, run_end: int, extra: int = 0) -> tuple[tuple[int, int], ...]:
    """The story pieces after the run from ``i`` past what the rendering leaves out (``_left_out``).

    The first one is where a story that does not start inside the run starts (a paragraph or a list
    item; none when it is a heading). The rendering drops the furniture, so its run goes on over them
    all, up to the run's four pieces (``extra`` more): a bare place reads its story's sentence end there
    too (SPEC 5).
    """
    taken = sum(1 for p in pieces[i : i + _RUN + _RUN_NOTES] if p.end <= run_end and not _left_out(source, p))
    found: list[tuple[int, int]] = []
    for piece in pieces[i + 1 : i + 1 + _MAX_PIECES]:
        if taken + len(found) >= _RUN + extra:
            break
        if piece.start < run_end or _left_out(source, piece):
            continue
        if not found and piece.kind not in ("paragraph", "list_item"):
            break
        found.append((piece.start, piece.end))
    return tuple(found)


def _prose_before(source: str, start: int, at: int) -> bool:
    """Whether the text from ``start`` to an inner start ``at`` is story prose (as ``_is_prose`` reads a piece).

    The story has started there without a dateline: a place after it (``… suspects. … me7 Dec 2018
    THE,Colombia–F s``, fuzz F1128-11) is the story's, and the rendering, which would set it on a line of
    its own under that prose, reads no dateline there either (SPEC 5). A damaged header before a dateline
    (a headline, a date, a byline) holds no two sentence ends.
    """
    return at - start >= 250 and len(_SENTENCE_END.findall(source, start, min(at, start + 2000))) >= 2


def _is_prose(source: str, piece: Piece) -> bool:
    """A long paragraph of several sentences: story, not front matter (titles, dates, contacts, menus)."""
    if piece.kind != "paragraph" or piece.end - piece.start < 250:
        return False
    return len(_SENTENCE_END.findall(source, piece.start, min(piece.end, piece.start + 2000))) >= 2


def _title_like(source: str, pieces: tuple[Piece, ...], i: int, found: _Found) -> bool:
    """A title that starts like a dateline: "Miami, Florida – A New Era Begins".

    A heading holds a dateline only alone on its line ("NORTH LITTLE ROCK, Ark., Jan. 08, 2026"); the
    story after the dash must go on as prose (a sentence ends, it runs long, or it is in sentence case).
    The story is read in the piece it starts in, the dateline's own or a later one ("APOR-" / "- I", the
    dash taken for a bullet): ``PressRelease.text`` renders the dateline and that piece as one paragraph, and a re-parse
    of the rendering must take or leave the dateline alike (SPEC invariant 5).
    """
    start = pieces[i].start
    if (
        found.date_text is None
        and after_markdown_mark(source, start)
        and (found.place is None or any(p.kind != "noise" for p in pieces[i + 1 :]))
        and not (found.place is not None and (_alone_on_line(source, found) or _dash_below(source, pieces, i, found)))
        and not opens_story(source, pieces[i])
        and not any(not _left_out(source, p) for p in pieces[max(0, i - _MAX_PIECES) : i])
    ):
        # A markdown title holds no dateline without a date: "# PRISM MediaWire – Weekly Press Release Round Up – …";
        # "# InvestorNewsBreaks – Envirotech Vehicles …" over the story (IBN's series, xx_wire_ibn_1), the title the
        # rendering drops. Alone on the page such a place-like line is the story's, and its rendering reads it so.
        # A place and its dash alone on the marked line ("# WASHINGTON –" / the story) hold no title's words: the
        # converter marked the dateline's line, and the rendering, the mark dropped, reads a dateline there too.
        # A marked line that meta reads as the story's first paragraph (long, a final stop: ``_is_prose``) is no
        # title: the rendering keeps it and reads its dateline (``# TiTA, Colombia – Dr. … trafficking?``, fuzz
        # F1129-29, SPEC 5). Nor is a marked line under a block the rendering keeps: meta takes a title at the top of
        # the page only, so the rendering keeps the line under a paragraph, its mark dropped, and reads its dateline
        # (``.`` / ``# AGUE- F.``, fuzz F1129-47).
        return True
    k = _story_piece(pieces, i, found)
    if k == len(pieces) or (k > i and _left_out(source, pieces[k])):
        # A note line under the place is left out, and the story read past it; the place's own piece is a note
        # line only with the place in it ("02228566 TON  DC  U", a phone's line): its rest is a story or a title.
        return False
    story = pieces[k]
    if story.kind == "heading" and k == i:
        return True  # a heading that holds a dateline and a story is a title
    if (
        k > i
        and story.kind == "paragraph"
        and _joined(source, found)
        and _heading_once_joined(source, pieces, i, k, found)
    ):
        return True  # so is the heading the rendering makes of the place line and the story's line under it
    if story.kind == "heading" and source[story.end - 1] == ":" and _joined(source, found):
        return True  # a label ("OUTLOOK:") opens no story: the rendering's "LONDON (Reuters) - OUTLOOK:" is a heading
    if story.kind == "heading" and not _backed(found):
        return True
    return not place_line(source, found, story.end)


def _backed(found: _Found) -> bool:
    """A date or an agency after the place: the dateline convention, not a title's wording."""
    return (found.date_text is not None and found.place is not None) or found.agency is not None


def place_line(source: str, found: _Found, end: int) -> bool:
    """Whether a parse opens a story rather than a title, its story part read to ``end`` (its piece's or line's end).

    The one reading of a title after a place that the stage (``_title_like``, to the end of the story's piece)
    and ``match_dateline`` (noise's and meta's place lines, to the end of the story's line) share, so that
    they agree on a line such as ``GO,C–S —`` over a story (fuzz F1125-34): the place is a title's when
    nothing backs it (no date with it, no agency) and the words after it are short and unfinished, in title
    case or capitals.
    """
    if _backed(found):
        return True
    if end - found.body >= 100 or _SENTENCE_END.search(source, found.body, end):
        return True
    # Short and unfinished: a title goes on in title case or capitals; a story's first line, hard-wrapped
    # after a few words, in sentence case ("WASHINGTON – Senator Roe introduced a bill today" / "The bill ...").
    rest = normalise(source[found.body : end])
    if found.damaged and rest == "U S":
        # A punctuation-stripped Senate page's story opens with "U.S." and its senator's name, a link the scrape
        # lost with its line: "Washington  DC  U S" / "D OH  today urged the …" (Sherrod Brown's pages,
        # tb_senate_brown_1). No title ends so; the rendering reads "Washington DC  U S" the same (SPEC 5).
        return True
    return not (rest.isupper() or is_title_cased(rest))


def _heading_once_joined(source: str, pieces: tuple[Piece, ...], i: int, k: int, found: _Found) -> bool:
    """Whether the block the rendering makes of the dateline at ``i`` and its story's piece ``k`` reads as a heading.

    ``PressRelease.text`` runs the story's first piece on after the dateline's dash, one line (``ASHI—`` / ``1 /``
    renders ``ASHI— 1 /``), and the blocks stage reads that line as it reads any: a short line with no stop and
    no dateline of its own (``headings.standalone_heading``) is a heading there, and a heading that holds a
    dateline is a title; so is the place line here, and the story starts under it in both readings (fuzz
    F1125-61, SPEC 5). Read as ``_front_kind`` reads a line: the pieces above classified, those below not yet.
    Only when nothing the rendering keeps stands between the two (no furniture read past).
    """
    from pressparse.headings import standalone_heading  # headings imports this module: imported here

    story = pieces[k]
    if source[found.end : story.start].strip() or story.end - found.start > 200:
        return False
    line = pieces[i].evolve(kind="line", start=found.start, end=story.end)
    stream = (
        *pieces[:i],
        line,
        *(p.evolve(kind="line") if p.kind == "paragraph" else p for p in pieces[k + 1 : k + 4]),
    )
    return standalone_heading(source, stream, i, 0)


# The dashes that close a dateline inline (``PressRelease.text`` runs the story on after them).
_CLOSING_DASHES = frozenset("-–—―_?")


def _joined(source: str, found: _Found) -> bool:
    """Whether the rendering runs the story on after the dateline, on its line (``PressRelease.text``).

    It does after a closing dash, and wherever no line break lies between the dateline and the story;
    a dateline a line end closed keeps its line break (a blank line once rendered).
    """
    last = source[found.start : found.end].rstrip()[-1:]
    return last in _CLOSING_DASHES or LINE_BREAKS.isdisjoint(source[found.end : found.body])


def _dash_below(source: str, pieces: tuple[Piece, ...], i: int, found: _Found) -> bool:
    """Whether the place stands alone on its line, its closing dash glued to the next: ``# Innt`` / ``-8:& Wealth``.

    The converter marked the place's line as a heading, and the dash opens the story's line, no bullet (a bullet's
    dash is set apart and makes a list item: ``# Annual Conference`` / ``- The conference …`` stays a title over
    a list); the rendering drops the mark and reads the dateline there (fuzz F1129-16, SPEC 5).
    """
    text = source[found.start : found.end]
    cut = next((k for k, ch in enumerate(text) if ch in LINE_BREAKS), -1)
    if cut <= 0 or text[cut:].strip() not in _CLOSING_DASHES | {"--", "—-", "-–"}:
        return False
    k = _story_piece(pieces, i, found)
    return k < len(pieces) and pieces[k].kind != "list_item"


def _alone_on_line(source: str, found: _Found) -> bool:
    """Whether the dateline closes its line: only spaces between it and a line break (or the end)."""
    end = found.end
    while end < len(source) and source[end] in " \t\u00a0":
        end += 1
    return end == len(source) or source[end] in LINE_BREAKS


def _story_piece(pieces: tuple[Piece, ...], i: int, found: _Found) -> int:
    """The index of the piece the story after ``found`` (a dateline parsed at piece ``i``) starts in."""
    k = i
    while k < len(pieces) and pieces[k].end <= found.body:
        k += 1
    return k


def _image_caption(source: str, pieces: tuple[Piece, ...], i: int, front: Piece) -> bool:
    """Whether the text before a dateline in its line is the caption of the markdown image above it.

    NewMediaWire: ``![museum visits](https://…)`` / ``Museums can help stimulate the mind and become a place of
    interaction (NewMediaWire) - September 27, 2024 - Glendale, CA – A growing …``: a short phrase or one
    sentence ("This is the story of Lady Lallaine Reed, kidnapped as a child …."), glued to the dateline by one
    space, right under the image.
    """
    above = next((p for p in reversed(pieces[:i]) if p.end <= front.start and source[p.start : p.end].strip()), None)
    text = source[front.start : front.end]
    return (
        above is not None
        and above.kind == "noise"
        and source.startswith("![", above.start)
        and "\n" not in text
        and len(text) <= 200
        and text.rstrip()[-1:] != ":"
        and _SENTENCE_END.search(text.rstrip()[:-1]) is None  # a phrase, or one sentence
    )


def _cut(source: str, pieces: tuple[Piece, ...], i: int, found: _Found) -> tuple[Dateline, tuple[Piece, ...]]:
    """Return the dateline and the pieces with its span cut out (SPEC invariant 1)."""
    piece = pieces[i]
    out = list(pieces[:i])
    front_end = found.start
    while front_end > piece.start and source[front_end - 1].isspace():
        front_end -= 1
    if front_end > piece.start:  # a damaged header run before the dateline stays a piece of its own
        front = piece.evolve(end=front_end)
        out.append(front.evolve(kind="caption") if _image_caption(source, pieces, i, front) else front)
    k = i
    while k < len(pieces) and pieces[k].end <= found.end:
        k += 1
    if k < len(pieces):
        rest = pieces[k]
        if rest.start < found.end:
            body = max(found.body, found.end)
            changes: dict[str, object] = {"start": body}
            if rest.kind == "list_item":  # its marker was the dateline's dash: "CHICAGO" / "– Cook County"
                changes.update(kind="paragraph", marker=None, marker_end=0)
            rest = rest.evolve(**changes)
        out.append(rest)
        out.extend(pieces[k + 1 :])
    if front_end > piece.start and out[i].kind == "paragraph" and piece.kind == "paragraph":
        out[i] = _front_kind(source, out, i)
    story = _story_paragraph(source, out, found)
    if piece.kind == "list_item":  # an unmarked item opened the story (``_may_open``)
        story = _items_under_story(source, story, found)
    return _to_dateline(source, found), story


def _front_kind(source: str, pieces: list[Piece], i: int) -> Piece:
    """The text a dateline cut off its line's start, read as the blocks stage reads a line of its own.

    A damaged scrape glued a section's name to the place (``News UpdateWASHINGTON, D.C. – The senator …``):
    the rendering sets it on its own line between its neighbours, where a short line with no stop over the
    story is a heading (``headings.standalone_heading``), so it is one here too (SPEC 5).
    """
    from pressparse.headings import standalone_heading  # headings imports this module: imported here

    front = pieces[i]
    # As ``blocks.classify_blocks`` reads it: the pieces above are classified, those below not yet ("line").
    stream = (
        *pieces[:i],
        front.evolve(kind="line"),
        *(p.evolve(kind="line") if p.kind == "paragraph" else p for p in pieces[i + 1 : i + 4]),
    )
    return front.evolve(kind="heading") if standalone_heading(source, stream, i, 0) else front


def _story_paragraph(source: str, pieces: list[Piece], found: _Found) -> tuple[Piece, ...]:
    """A list item or a heading the story opens with is a paragraph: the rendering puts the dateline before it.

    ``CHICAGO –`` / ``1. Police met``; ``NEW YORK, Nov. 3 –`` / ``OUTLOOK`` / ``The company said``: the
    rendering writes ``NEW YORK, Nov. 3 – OUTLOOK``, one paragraph, and a re-parse reads it so (SPEC 5).
    A heading under a dateline that a line end closed stays one: the rendering keeps the line
    break there (``Brentwood, United States - November 18, 2024 / DDSMatch South /`` / ``Six Things
    …``, wire_020).
    """
    for n, piece in enumerate(pieces):
        if piece.start < found.end or _left_out(source, piece):
            continue
        if piece.start == found.body and (
            piece.kind == "list_item" or (piece.kind == "heading" and _joined(source, found))
        ):
            pieces[n] = piece.evolve(kind="paragraph", marker=None, marker_end=0)
        break
    return tuple(pieces)


def _may_open(piece: Piece) -> bool:
    """Whether a dateline is looked for at ``piece``'s start: a paragraph, a heading or an unmarked list item.

    A short line under a line ending in a colon is an item without a bullet (``paragraphs``), a reading of its
    neighbours only: the rendering sets the dateline on its own line when a line end closed it (``Miami,
    Florida`` / ``,``), where the same line may read as an item, or joins it to its story when it stood alone
    under a label meta takes (``Media contact:`` / ``WASHINGTON —``). Either way the place line reads as a
    dateline in the rendering, so it does in the source; a bulleted item never opens the story.
    """
    return piece.kind in ("paragraph", "heading") or (piece.kind == "list_item" and not piece.marker)


def _items_under_story(source: str, pieces: tuple[Piece, ...], found: _Found) -> tuple[Piece, ...]:
    """The unmarked items after a story an unmarked item opened: paragraphs, unless the story introduces them.

    An item without a bullet is one by its neighbours only: a line ending in ``:`` or a heading over short
    lines (``paragraphs``). Once the dateline opened the story in the list's first item, the rendering sets the
    story's block over the others, and they read as items there only under a story line ending in ``:``
    (a Senate page whose headline headed its lines, xf_senate_allard_1: the story and its paragraphs).
    """
    out = list(pieces)
    n = next((n for n, p in enumerate(out) if p.start >= found.end and not _left_out(source, p)), len(out))
    if n == len(out) or source[out[n].start : out[n].end].rstrip().endswith(":"):
        return pieces
    for k in range(n + 1, len(out)):
        if _left_out(source, out[k]):
            continue
        if out[k].kind != "list_item" or out[k].marker:
            break
        out[k] = out[k].evolve(kind="paragraph", marker=None, marker_end=0)
    return tuple(out)


def find_dateline(source: str, pieces: tuple[Piece, ...]) -> tuple[Dateline | None, tuple[Piece, ...]]:
    """Find the dateline that opens the story and cut it off.

    The first pieces of the document (``_MAX_PIECES``, ``_MAX_CHARS``) are
    tried in order at their start; front matter does not parse as a
    dateline, so the first one that does opens the story. Only when none
    does, the same pieces are searched inside, after the traces a damaged
    scrape leaves (a wide gap, a capital run glued to a word, a number), for
    a dateline that its region, date or agency backs.

    >>> from pressparse._block import Piece
    >>> src = "LYON, France – Police met."
    >>> dl, rest = find_dateline(src, (Piece("paragraph", 0, len(src)),))
    >>> dl.city, rest[0].text(src)
    ('LYON', 'Police met.')
    """
    _NOTES.clear()
    try:
        return _find(source, pieces)
    finally:
        _NOTES.clear()  # the answers hold for this source only


# A release note in a flattened header: what a punctuation-stripped Senate page prints before its place line.
# Or its contact label, the colon stripped to a run of spaces: "… Energy Bill Contact  Andrea Wuebker …", or to one
# space before two to six names and a run ("… Place Contact Erin Rath Laena Fallon  WASHINGTON", zb_senate_gregg_1).
_HEADER_NOTE = re.compile(
    r"FOR IMMEDIATE RELEASE|For Immediate Release"
    r"|(?:Contact|CONTACT)(?:[ \t\xa0]{2,}|[ \t\xa0](?:[A-Z][a-z]++[ \t\xa0]){2,6}+[ \t\xa0])"
)


def _header_place(source: str, start: int, at: int, found: _Found) -> bool:
    """Whether a bare place in capitals after a flattened header's release note opens the story.

    ``… President         FOR IMMEDIATE RELEASE  01 05 2007    Landrieu Comments … President     WASHINGTON    U S
    Senator Mary L  Landrieu …`` (xi_senate_landrieu_1): a stripped Senate page lost the place's dash; a known
    city in capitals after a run of spaces, with the header's note before it, is the dateline. The rendering
    opens with it, two spaces before the story, where the first pass reads it the same (SPEC 5).
    """
    place = found.place
    if place is None or not found.damaged or not place.known or len(place.city) < 5:
        return False
    # In capitals; or in title case before the story's stripped "U.S." ("… 202 224 4843  Washington   U S  Senators
    # Blanche Lincoln …", xo_senate_lincoln_1), which no headline word is.
    if not (place.city.isupper() or source.startswith("U S ", found.body)):
        return False
    return _HEADER_NOTE.search(source, max(start, at - 400), at) is not None


def _headline_place(source: str, start: int, at: int, found: _Found) -> bool:
    """Whether a known place closed by its dash, one space after a headline opening the piece, opens the story.

    ``Bayh Pushes to Improve Technology in Rural Hospitals Washington-- U.S. Senator …`` (tb_senate_bayh_1): the
    headline before it is title-cased with no sentence end, so no story sentence ("… met in Washington -- and")
    stands there; the rendering opens with the place, as the first pass reads it (SPEC 5). A middle initial's
    dot is no sentence end (``… Pioneer James E. Francis Releases … Market Analysis NEW YORK – In the …``).
    The story runs on after the dash on the same line, as the flattened line has it: a place closing its line
    after other words (``B e Re SINGAPORE–`` / ``I.``) is a headline's last word, and the rendering, which sets
    the story a blank line under it, reads no story after it either (fuzz F1130-35, SPEC 5).
    """
    place = found.place
    if place is None or found.damaged or not place.known or source[found.end - 1] not in _CLOSING_DASHES:
        return False
    if _JOIN_LINE.search(source, found.end, found.body) is not None:
        return False
    head = source[start:at]
    return len(head.split()) >= 3 and is_title_cased(head) and _HEADLINE_STOP.search(head) is None


def _after_header_date(source: str, start: int, at: int, found: _Found) -> bool:
    """Whether a known place in capitals a space, a tab or a run after a flattened header's date opens the story.

    ``Casey backs shift in homeland security funding  March 6, 2007  WASHINGTON -- Pennsylvania's Sen. …``
    (Senate pages): the headline, the date line and the story's line ran into one; the date is the header's
    (``meta``), the place after it the dateline.
    """
    place = found.place
    if place is None or not place.known or not place.city.isupper():
        return False
    # One space or a run ("… 2007 WASHINGTON   U S  Senator …", "2018\tNEW YORK"): the rendering makes it one space.
    gap = at
    while gap > max(start, at - 12) and source[gap - 1] in " \t\xa0":
        gap -= 1
    return gap < at and any(m.end() == gap for m in _DATE.finditer(source, max(start, gap - 32), gap))


def _date_line_above(source: str, pieces: tuple[Piece, ...], i: int) -> bool:
    """Whether the piece over ``i`` is a date alone on its line, nothing but whitespace between them."""
    if i == 0:
        return False
    above = pieces[i - 1]
    if above.kind not in ("paragraph", "heading") or above.end - above.start > 40:  # a date line is short
        return False
    if source[above.end : pieces[i].start].strip():
        return False
    return _DATE.fullmatch(source, above.start, above.end) is not None


def _under_date_line(found: _Found, start: int) -> bool:
    """Whether a known place in capitals opening the piece at ``start`` under a date line opens the story.

    ``… said the Secretary General`` / ``7 December 2018`` / ``NEW YORK — …`` (Interpol's and the UN's news pages
    print the date on its own line over the place line): a summary's prose above does not make the place the
    story's. It is ``_after_header_date`` with the date on the line above: the first reading of ``7 December 2018
    NEW YORK — …`` takes the place after the date on one line, and the rendering, which sets the two apart, must
    read it the same (SPEC 5, fuzz F1130-7).
    """
    place = found.place
    return found.start == start and place is not None and place.known and place.city.isupper()


def _placed_below(source: str, pieces: tuple[Piece, ...], i: int, found: _Found) -> tuple[int, _Found] | None:
    """The story's own dateline under a wire's line that names the wire only, or ``None``.

    ``--News Direct--`` / an image / ``Sydney, May 1st, 2024 - (500NewsWire) -- ATFX, …``
    (xh_wire_newsdirect_1): the line alone names no place; the paragraph under it, past noise,
    opens with a place and a date, and that is where the story starts. The wire's line is then a
    release note (``meta``). The rendering sets the two side by side, where the same choice is made.
    """
    if found.date_text or found.body < pieces[i].end:
        return None
    j = i + 1
    while j < len(pieces) and pieces[j].kind == "noise":
        j += 1
    if j >= len(pieces) or pieces[j].kind != "paragraph":
        return None
    below = pieces[j]
    run_end = _run_end(source, pieces, j)
    notes = _notes(source, pieces, j, run_end)
    other = _match(source, below.start, run_end, run_end, (), _breaks(pieces, j, run_end), notes, joined=True)
    if other is None or other.place is None or not other.date_text or _title_like(source, pieces, j, other):
        return None
    return j, other


def _kept_apart(source: str, pieces: tuple[Piece, ...], i: int, found: _Found) -> bool:
    """Whether a title-like place line at ``i`` stays apart from the line under it in the rendering: no stack.

    A capital run closed by a run of spaces that ends its piece (``SENATE DEMOCRATS DISCUSS CONSUMER SAFETY`` and its
    spaces, ``WASHINGTON  D C    United States Senators …`` after them, xw_senate_pryor_1): the rendering sets the
    line apart, a blank line after it, where it reads no story. A line under a contact label (``Media contact:`` /
    ``Jane Roe, F –``) is the contact's: meta takes it with the label, and the rendering leaves it out. Either way
    the place line under it opens the story there, so it does in the first reading (SPEC 5, fuzz F1129-13).
    """
    if found.damaged and found.body >= pieces[i].end:
        return True
    above = next((k for k in range(i - 1, -1, -1) if not _left_out(source, pieces[k])), -1)
    return above >= 0 and contact_label(source, pieces, above)


def _joined_run(source: str, pieces: tuple[Piece, ...], i: int, run_end: int) -> _Found | None:
    """A place line whose story opens the next piece, read in the run the rendering makes of it, or ``None``.

    The rendering joins the dateline and the story's first piece into one block (``WASHINGTON —`` / ``² #``
    renders ``WASHINGTON — ² #``), so its run of four pieces reaches one piece further than the first reading's;
    a bare place reads its story's sentence end there (``… WASHINGTON —`` / ``1.``, fuzz F1126-20), and so it
    does here (SPEC 5). Tried only when the run of four read nothing: one more attempt per piece.
    """
    longer = _run_end(source, pieces, i, extra=1)
    if longer == run_end:
        return None
    later = _later(source, pieces, i, longer)
    notes = _notes(source, pieces, i, longer)
    found = _match(source, pieces[i].start, longer, longer, later, _breaks(pieces, i, longer), notes, joined=True)
    if found is None or found.body < pieces[i].end or _story_piece(pieces, i, found) != i + 1:
        return None
    return found


def _opened_above(
    source: str, pieces: tuple[Piece, ...], unread: list[tuple[int, int]], i: int, found: _Found
) -> tuple[int, _Found] | None:
    """A place line above whose run ended at the dateline found at ``i``, read as the rendering runs it, or ``None``.

    The rendering joins a dateline to its story in the next piece past furniture (``WAON–`` / ``Image 2of5`` /
    ``9.`` renders ``WAON– 9.``), so the run of four pieces of a place line above that ended at the dateline's
    line reaches one piece further there (``_joined_run``'s reading for a line above). When the place line
    above reads its story in that run (``GTON—`` / ``1 /`` / ``M`` / ``WAON– 9.``, fuzz F1130-39), the
    rendering reads it first, the dateline that opens the story; so does the first reading (SPEC 5).
    ``unread`` holds the candidates above ``i`` that read no dateline, each with its run's end.
    """
    if found.body < pieces[i].end or not _joined(source, found):
        return None
    for j, run_end in unread:
        if run_end != pieces[i].end:
            continue
        longer = _run_end(source, pieces, j, extra=1)
        later = _later(source, pieces, j, longer, extra=1)
        notes = _notes(source, pieces, j, longer)
        above = _match(source, pieces[j].start, longer, longer, later, _breaks(pieces, j, longer), notes, joined=True)
        if above is not None and not _title_like(source, pieces, j, above):
            return j, above
    return None


def _find(source: str, pieces: tuple[Piece, ...]) -> tuple[Dateline | None, tuple[Piece, ...]]:
    """``find_dateline`` itself: the pieces at their start, then inside."""
    candidates = list(itertools.islice((i for i, p in enumerate(pieces) if p.kind != "noise"), _MAX_PIECES))
    if not candidates:
        return None, pieces
    first = pieces[candidates[0]].start
    read_as_story = -1  # the piece a dateline-shaped title above read as its story
    unread: list[tuple[int, int]] = []  # the candidates that read no dateline, with their runs' ends
    for i in candidates:
        piece = pieces[i]
        if piece.start - first > _MAX_CHARS:
            break
        if not _may_open(piece) or _left_out(source, piece):
            continue  # a note line is gone from the rendering: it neither opens a story nor breaks a stack
        run_end = _run_end(source, pieces, i)
        later = _later(source, pieces, i, run_end)
        notes = _notes(source, pieces, i, run_end)
        found = _match(source, piece.start, run_end, run_end, later, _breaks(pieces, i, run_end), notes, joined=True)
        lead = note_lead_end(source, piece.start, min(piece.end, piece.start + 60)) if found is None else -1
        if lead > 0:  # "FOR IMMEDIATE RELEASE: WASHINGTON, DC –": the note stays a piece of its own (``_cut``)
            found = _match(source, lead, run_end, run_end, later, _breaks(pieces, i, run_end), notes, joined=True)
        if found is None:
            found = _joined_run(source, pieces, i, run_end)
        if found is not None and i == read_as_story and found.body >= piece.end:
            read_as_story = -1  # stacked: the rendering joins this line to its story, which the line above reads
        elif found is not None and not _title_like(source, pieces, i, found):
            placed = _placed_below(source, pieces, i, found) if found.place is None else None
            placed = placed or _opened_above(source, pieces, unread, i, found)
            return _cut(source, pieces, i, found) if placed is None else _cut(source, pieces, *placed)
        elif found is not None and not _kept_apart(source, pieces, i, found):
            read_as_story = _story_piece(pieces, i, found)
        else:
            read_as_story = -1
        if found is None:
            unread.append((i, run_end))
        if _is_prose(source, piece):  # the story has started without a dateline
            break

    inner_stop = first + _MAX_CHARS // 2  # pass 2 tries at most this many characters, all pieces together
    for i in candidates:
        piece = pieces[i]
        if piece.start >= inner_stop:
            break
        if piece.kind not in ("paragraph", "heading"):
            continue
        stop = min(piece.end, inner_stop)
        run_end = _run_end(source, pieces, i)
        notes = _notes(source, pieces, i, run_end)
        if _date_line_above(source, pieces, i):  # its place line, read at its start (``_under_date_line``)
            later = _later(source, pieces, i, run_end)  # past the furniture the rendering drops, as in pass 1
            found = _match(
                source, piece.start, run_end, run_end, later, _breaks(pieces, i, run_end), notes, joined=True
            )
            if found is not None and _under_date_line(found, piece.start) and not _title_like(source, pieces, i, found):
                return _cut(source, pieces, i, found)
        # The scans run to the piece's end, so that a look-ahead (``$``, a run after a word) reads the piece as it
        # is, not cut at ``stop``; a start at or past ``stop`` is not tried.
        past: tuple[tuple[int, int], ...] | None = (
            None  # ``_later``, worked out at the first inner start (few hold one)
        )
        for m in _INNER_START.finditer(source, piece.start + 1, piece.end):
            if m.start() >= stop or _prose_before(source, piece.start, m.start()):
                break
            if past is None:
                # A place after a header's date, over furniture the rendering drops ("t Mar 4 2025 HUE,Netherlands–"
                # / "Share" / the story): its run goes on past it as pass 1 reads one (fuzz finding F1125-70).
                past = _later(source, pieces, i, run_end)
            found = _match(source, m.start(), run_end, run_end, past, _breaks(pieces, i, run_end), notes, joined=True)
            backed = found is not None and bool(
                found.date_text
                or found.agency
                or (found.place and found.place.region)
                or _header_place(source, piece.start, m.start(), found)
                or _after_header_date(source, piece.start, m.start(), found)
            )
            if found is not None and backed and not _title_like(source, pieces, i, found):
                return _cut(source, pieces, i, found)
        for m in _HEADER_START.finditer(source, piece.start + 1, piece.end):
            if m.start() >= stop:
                break
            found = _match(source, m.start(), run_end, run_end, (), _breaks(pieces, i, run_end), notes, joined=True)
            if (
                found is not None
                and _header_place(source, piece.start, m.start(), found)
                and not _title_like(source, pieces, i, found)
            ):
                return _cut(source, pieces, i, found)
        for m in _HEADLINE_START.finditer(source, piece.start + 1, min(piece.end, piece.start + 200)):
            if m.start() >= stop:
                break
            found = _match(source, m.start(), run_end, run_end, (), _breaks(pieces, i, run_end), notes, joined=True)
            if found is not None and _headline_place(source, piece.start, m.start(), found):
                return _cut(source, pieces, i, found)
        # A wire's reversed dateline after a photo caption glued to it by one space ("… place of interaction
        # (NewMediaWire) - September 27, 2024 - Glendale, CA – A growing …"): its agency and its date back it.
        for m in _INNER_AGENCY.finditer(source, piece.start + 1, min(stop, piece.start + 400)):
            found = _match(source, m.start(), run_end, run_end, (), _breaks(pieces, i, run_end), notes, joined=True)
            if found is not None and found.agency and found.date_text and not _title_like(source, pieces, i, found):
                return _cut(source, pieces, i, found)
    return None, pieces
