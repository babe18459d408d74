"""Contact records out of ``contact`` meta pieces.

Input: the source and the final piece stream. Output: one ``Contact`` per
person or desk of each contact block, in input order, each span inside its
block's span. Phone numbers are found by ``phonenumbers`` (Google's
libphonenumber; region ``US`` by default, kept as written), imported lazily
and only when a contact block exists (a bounded pattern stands in when it is
not installed), on at most ``_MAX_BLOCK`` characters of
each block, so ``parse`` stays fast and linear. E-mail addresses use a bounded
pattern. A new person starts at a line that is neither a phone, an e-mail nor
a label once the current person has a phone or e-mail
("Susan Kang Schroeder / Chief of Staff / Office: 714-347-8408 / Farrah
Emami / ..."), or at ``;`` on one line ("Peter Carr, 202/224-9854; Jared
Whitley, 202/224-0134").
"""

from __future__ import annotations

import itertools
import re

from pressparse._block import Piece
from pressparse._spans import normalise, strip_span
from pressparse.model import Contact, MetaKind, Span

_MAX_BLOCK = 2000
_EMAIL = re.compile(r"[\w.+-]{1,64}+@[\w-]{1,63}+(?:\.[\w-]{1,63}+){1,6}+")
_LABEL = re.compile(
    r"(?:(?:media|press|investor|news)[ \t]++)?(?:contact[ \t]++(?:details|information|info)|contactos?+|contacts?)"
    r"[ \t]*+:?[ \t]*+"
    r"|for[ \t]++(?:further|more)[ \t]++information(?:,?[ \t]++(?:please[ \t]++)?contact[ \t]++|[ \t]*+:[ \t]*+)"
    r"|^(?:media|press|investors|journalists)[ \t]*+:[ \t]*+"  # an audience label: "Media: NSW Police Media Unit"
    r"|^(?:press|media)[ \t]++office[ \t]*+:?[ \t]*+$",  # a desk label alone on its line: "Press Office"
    re.IGNORECASE,
)
_PHONE_LABEL = re.compile(
    r"(?:office|cell|mobile|phone|tel|fax|oficina|celular|tel[eé]fono|t|m|p|o|c)\.?[ \t]*+:", re.IGNORECASE
)
# A phone's label with a word before it, capitalised like a name: "Department Fax:", "Main Office:" (DOJ's OPA).
_LABELLED_PHONE = re.compile(
    r"(?:[A-Z][\w.]{0,20}+[ \t]++){1,2}(?i:fax|phone|telephone|tel|direct|office|cell|mobile|line)\.?[ \t]*+:"
)


def _label_in(line: str) -> re.Match[str] | None:
    """``_LABEL.search`` over the first 80 characters of ``line``, without the scan where no label can be.

    A label opens the line ("Media Contact: Jane Roe", the common case: one anchored match) or holds
    "contact" or "for" and a space ("Acme Contact:", "For more information, contact"), letters with no
    other case-insensitive spelling; a line with neither is read without searching (speed, issue #6).
    """
    label = _LABEL.match(line, 0, 80)
    if label is not None:
        return label
    head = line[:80].lower()
    return _LABEL.search(line, 0, 80) if "contact" in head or "for " in head or "for\t" in head else None


_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
# Where glued scraped lines split: "RooneyPartners LLCKate BarretteT:" -> org | name | phone label.
_GLUE = re.compile(r"(?<=[a-z]{2})(?=[A-Z][a-z]++[ \t][A-Z])|(?<=[A-Z]{2})(?=[A-Z][a-z])|(?<=[a-z.])(?=[A-Z]{1,2}:)")
# What every cut of ``_GLUE`` stands between: a letter or a stop, then a capital.
_GLUE_CUE = re.compile(r"[a-zA-Z.][A-Z]")
# A company or desk named before a contact label: capitalised words ("Pacylex Pharmaceuticals Contact:").
_DESK = re.compile(r"[A-Z][\w&.'’()-]{0,40}+(?:[ \t]++[A-Z&][\w&.'’()-]{0,40}+){0,6}+")
# A job title in front of an organisation once the name is cut off: "CEO, Pacylex Pharmaceuticals, Inc.".
_TITLE_PREFIX = re.compile(r"(?:[A-Z]{2,5}|President|Director|Chairman|Founder|Partner|Manager)[ \t]*+,[ \t]*+")
_ORG_WORDS = re.compile(
    r"\b(?:Inc|LLC|LLP|GmbH|Ltd|Limited|PLC|plc|Corp|Corporation|Company|Office|Department|Group|Partners"
    r"|Association|Institute|University|Foundation|Council|Bureau|Ministry|Police|Agency|Commission|Authority)\b"
)
# The fields of a contact line: "Jane Roe, Acme Inc.", "Jane Roe | Communications Manager".
_FIELD_SEP = re.compile(r"[ \t]*+[,|][ \t]*+")
# Field labels around a name: "Name: Jane Roe", and a phone's label left after it ("Jane Roe Office: 714-...").
_FIELD_LABELS = re.compile(
    r"^(?:contact[ \t]++)?name[ \t]*+:[ \t]*+"
    r"|[ \t]++(?:office|cell|mobile|phone|tel|fax|direct|main|t|m|p)\.?[ \t]*+:[ \t]*+$",
    re.IGNORECASE,
)
# Two to four capitalised words, the last without a stop. The word count is tried both ways (at most
# three choices), so a name followed by more text matches too ("John Doe john@acme.com").
_NAME = re.compile(r"[A-Z][\w'’.-]{0,30}+(?:[ \t]++[A-Z][\w'’.-]{0,30}+){0,2}[ \t]++[A-Z][\w'’-]{0,30}+")


def _phones(text: str) -> list[tuple[int, int]]:
    """Spans of the phone numbers in ``text`` (US region by default; ``_pattern_phones`` without ``phonenumbers``)."""
    try:
        import phonenumbers  # noqa: PLC0415 - loaded only when a contact block exists
    except ImportError:
        return _pattern_phones(text)
    found: list[tuple[int, int]] = []
    # A number without its country code is read as US first, then, when none is found and a national
    # trunk prefix shows ("(02) 8263 6100", "01483 630 200", "04 381 2000"), as UK, Australian or New
    # Zealand numbers: the police forces and ministries of those countries print them so.
    regions = ("US", *_TRUNK_REGIONS) if _TRUNK_PREFIX.search(text, 0, _MAX_BLOCK) else ("US",)
    try:
        for region in regions:
            for match in phonenumbers.PhoneNumberMatcher(
                text[:_MAX_BLOCK], region, leniency=phonenumbers.Leniency.POSSIBLE
            ):
                found.append(_balanced(text, match.start, match.end))
            if found:
                break
    except Exception:  # noqa: BLE001 - a library failure must never make parse raise
        return found
    return found


# A phone number as releases print it, read when ``phonenumbers`` is not installed (it is a declared
# dependency, but a checkout run under a bare Python must not fail): an optional "+", then digits
# grouped by spaces, dots, hyphens, brackets or a slash ("202/224-9854"), 7 to 15 digits in all. Bounded
# repeats only.
# Numbers with a phone's digits that are none: a date ("11/23/2026", "2025-03-14", "03.14.2025") and a
# ZIP+4 code ("20510-1234").
_NOT_A_PHONE = re.compile(r"\d{1,2}([/.-])\d{1,2}\1\d{2,4}|\d{4}-\d{2}-\d{2}|\d{5}-\d{4}")
_PHONE = re.compile(r"(?<![\d+])\+?\(?\d(?:(?:[ \t().\-]{0,2}|/)\d){6,14}(?!\d)")


def _inside_code(text: str, start: int) -> bool:
    """True when the number at ``start`` ends a code glued to letters by a hyphen ("No. 2024-CR-12345678")."""
    return start > 1 and text[start - 1] == "-" and text[start - 2].isalpha()


def _pattern_phones(text: str) -> list[tuple[int, int]]:
    """Spans of the phone-shaped numbers in ``text``: the fallback of ``_phones``."""
    found: list[tuple[int, int]] = []
    for m in _PHONE.finditer(text, 0, min(len(text), _MAX_BLOCK)):
        if not _NOT_A_PHONE.fullmatch(m.group()) and not _inside_code(text, m.start()):
            found.append(_balanced(text, m.start(), m.end()))
    return found


_TRUNK_PREFIX = re.compile(r"(?<![\d+])\(?0\d{1,4}\)?[ .-]?\d{3,4}")
_TRUNK_REGIONS = ("GB", "AU", "NZ")


def _balanced(text: str, start: int, end: int) -> tuple[int, int]:
    """The phone span without a bracket it does not close: "(242-8721" of "USA1 (242-8721)" -> "242-8721"."""
    if text[start] == "(" and ")" not in text[start:end]:
        start += 1
    if text[end - 1] == ")" and "(" not in text[start:end]:
        end -= 1
    return start, end


def _emails(text: str) -> list[tuple[int, int]]:
    """Spans of the e-mail addresses, with what the scrape glued on either side cut off.

    Before: a word or title glued to the address ("RicherCEOinvestorrelations@" -> "investorrelations@",
    "OfficeEditor@" -> "Editor@"), unless a dot shows the address's own parts ("USAGAN.PressEmails@").
    After: the next label glued to the top-level domain (".comP: 650-..." -> ".com").
    """
    found: list[tuple[int, int]] = []
    for m in _EMAIL.finditer(text, 0, min(len(text), _MAX_BLOCK)):
        start, end = m.start(), m.end()
        local, domain = m.group().split("@", 1)
        if re.search(r"[a-z][A-Z]|[A-Z]{2}[a-z]", local):
            upper = max(k for k, ch in enumerate(local) if ch.isupper())
            if upper + 1 < len(local) and local[upper + 1 :].islower():
                # One capital after a lower-case letter starts a word ("OfficeEditor"); a run of capitals
                # is a glued title ("CEOinvestor").
                single = upper > 0 and local[upper - 1].islower()
                cut = upper if single else upper + 1
                if "." not in local[:cut]:  # "USAGAN.PressEmails@": a dotted address, no glued word
                    start += cut
        top = domain.rsplit(".", 1)[-1]
        glued = re.search(r"(?<=[a-z]{2})[A-Z]", top)
        if glued:
            end -= len(top) - glued.start()
        found.append((start, end))
    return found


def _lines(text: str, offset: int) -> list[tuple[int, int]]:
    """Non-empty lines (and ``;`` parts) of a block as spans, stripped."""
    out: list[tuple[int, int]] = []
    for m in re.finditer(r"[^\n;]++", text):
        start, end = m.start(), m.end()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            out.append((offset + start, offset + end))
    return out


def _split_at_phones(source: str, line: tuple[int, int], phones: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Cut a line where a second person's name stands between two phones: "Jane Roe 555-0100 or John Doe 555-0199".

    A phone's label between them ("Office: 714-347-8408 Cell: 714-292-2718") is one word: no name, no cut.
    """
    start, end = line
    inside = [(a, b) for a, b in phones if start <= a < end]
    cuts: list[int] = []
    for (_, prev_end), (a, _) in itertools.pairwise(inside):
        name = _NAME.search(source, prev_end, a)
        if name is not None and _is_name(name.group()) and not source.startswith(":", name.end()):
            cuts.append(name.start())
    spans = [strip_span(source, x, y) for x, y in itertools.pairwise([start, *cuts, end])]
    return [(x, y) for x, y in spans if x < y]


def _split_people(
    source: str, line: tuple[int, int], emails: list[tuple[int, int]], phones: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Cut a line where a second person starts: a new e-mail address with a name before it.

    Wire contact lists glue one person after another ("... +852 2341 6177Yuri Yu [yuri@rsvp.com.hk](...)"):
    the cut goes at the end of the address or phone before that name. A markdown link repeats its
    address (``[a@b.com](mailto:a@b.com)``): the same address again starts no one.
    """
    start, end = line
    inside = [(a, b) for a, b in emails if start <= a < end]
    if len(inside) < 2:
        return _split_at_phones(source, line, phones)
    cuts: list[int] = []
    seen = {source[inside[0][0] : inside[0][1]].casefold()}
    for (_, prev_end), (a, b) in itertools.pairwise(inside):
        address = source[a:b].casefold()
        if address not in seen and _CAPITALISED.search(source, prev_end, a):
            # the phones after the previous address belong to its person: the name starts after the last one
            stop = max([prev_end, *(m.end() for m in _PHONE_END.finditer(source, prev_end, a))])
            name = _CAPITALISED.search(source, stop, a)
            if name is not None:
                cuts.append(name.start())
                seen = set()
        seen.add(address)
    spans = [strip_span(source, x, y) for x, y in itertools.pairwise([start, *cuts, end])]
    return [(x, y) for x, y in spans if x < y]


_CAPITALISED = re.compile(r"[A-Z][a-z]")
# The end of a phone number: digits, maybe an extension in brackets, before a letter ("5233Yuri").
_PHONE_END = re.compile(r"\d(?=[ \t]*+[A-Z(])")


def _person(source: str, start: int, end: int, phones: list[tuple[int, int]], emails: list[tuple[int, int]]) -> Contact:
    text = source[start:end]
    phone = next((source[a:b] for a, b in phones if start <= a and b <= end), None)
    email = next((source[a:b] for a, b in emails if start <= a and b <= end), None)
    name = organization = None
    # The first line around its label: "Pacylex Contact: Michael J. Weickert" -> "Pacylex", "Michael J. Weickert".
    first = text.split("\n", 1)[0]
    label = _label_in(first)
    heads = [first[label.end() :]] if label else [first]
    desk = first[: label.start()].strip(" ,:\t") if label else ""
    if _DESK.fullmatch(desk):
        organization = normalise(desk)  # the desk or company named before the label is not a person
    anchors = [a for a, b in [*phones, *emails] if start <= a and b <= end]
    lines = [*heads, *text.split("\n")[1:]]
    sites = _Sites.of(text, email, lines)
    for raw in lines:
        part = raw.strip(" ,:\t")
        cut = len(part)
        pos = source.find(part, start, end) if part else -1
        for a in anchors:
            if pos >= 0 and pos <= a < pos + len(part):
                cut = min(cut, a - pos)
        if organization is None and sites.spell_organisation(part[:cut]):
            # "CONTACTO: Havas Formula lotto@havasformula.com", "DDSMatch South" over "https://ddsmatchsouth.com".
            organization = normalise(part[:cut].strip(" ,:\t"))
            continue
        for piece in _glue_split(part[:cut], sites):
            sub = _FIELD_LABELS.sub("", piece.strip(" ,\t([")).strip(" ,:|\t([")
            if not sub or _PHONE_LABEL.fullmatch(sub + ":"):
                continue
            glued = _CAMEL.split(sub)
            if name is None and len(glued) > 1 and " " in glued[0] and _is_name(glued[0].strip()):
                # "Michael J. WeickertCEO, Pacylex Pharmaceuticals, Inc.": a name glued to a title.
                name = normalise(glued[0])
                sub = sub[len(glued[0]) :].strip(" ,:\t([")
            fields = [f.strip() for f in _FIELD_SEP.split(sub) if f.strip()]
            if name is None and len(fields) > 1 and _is_name(fields[0]):
                # "Jane Roe, Acme Inc.", "Jane Roe | Communications Manager": the person, then what they are.
                name = normalise(fields[0])
                rest = ", ".join(fields[1:])
                if organization is None and sites.spell_organisation(rest):
                    organization = normalise(rest)  # "Larkspur Robotics" of press@larkspurrobotics.com
                elif organization is None and _ORG_WORDS.search(rest) and not _LINK.search(rest):
                    title = _TITLE_PREFIX.match(rest)
                    organization = normalise(rest[title.end() :] if title else rest)
                continue
            if organization is None and _ORG_WORDS.search(sub) and not _LINK.search(sub):
                title = _TITLE_PREFIX.match(sub)
                organization = _without_desk(normalise(sub[title.end() :] if title else sub))
                continue
            if name is None:
                # The first comma part, or the one after a place it opens with ("In Nairobi, Jane Roe", NGOs).
                parts = _FIELD_SEP.split(sub, 2)
                name = _name_after_labels(parts[0])
                if name is None and len(parts) > 1 and _PLACE_LEAD.fullmatch(parts[0].strip()):
                    name = _name_after_labels(parts[1].split("(", 1)[0])  # "Jane Roe (English, Swahili)"
            if name is None and organization is None:
                name, organization = _name_and_named_organisation(source, sub, start)
    if organization is not None:
        organization = _TRAILING_WORD.sub("", organization) or None
    return Contact(normalise(text), Span(start, end), name, organization, email, phone)


def _word_at(text: str, at: int) -> str:
    """The run of letters around ``at`` (at most 63 on either side, a domain label's length)."""
    a = at
    while a > max(0, at - 63) and text[a - 1].isalpha():
        a -= 1
    b = at
    while b < min(len(text), at + 63) and text[b].isalpha():
        b += 1
    return text[a:b]


def _glue_split(text: str, sites: _Sites) -> list[str]:
    """``text`` cut where scraped lines were glued (``_GLUE``), but inside a word that spells the contact's domain.

    "RooneyPartners LLCKate Barrette" over kbarrette@rooneypartners.com: "RooneyPartners" is the agency's
    camel-case name, not "Rooney" glued to "Partners LLC" (wire_034); "LLCKate" is still cut.
    """
    if _GLUE_CUE.search(text) is None:
        return [text]  # no capital after a letter or a stop: nothing glued (speed, issue #6)
    domains = {sites.email_domain, *sites.websites} - {""}
    cuts = [m.start() for m in _GLUE.finditer(text) if _word_at(text, m.start()).casefold() not in domains]
    return [text[a:b] for a, b in itertools.pairwise([0, *cuts, len(text)])]


# A small word a sentence leaves after the organisation, before the address: "the Public Affairs Office at".
_TRAILING_WORD = re.compile(r"[ \t]++(?:at|on|via|by|or|and)$")
# The words of a press desk named before its organisation: "Media Relations, Laurentide Transit Authority".
_DESK_WORDS = frozenset({"media", "press", "public", "corporate", "investor", "relations", "affairs", "communications"})


def _without_desk(organization: str) -> str:
    """The organisation without the desk named before it: "Media Relations, Acme Authority" -> "Acme Authority"."""
    head, sep, rest = organization.partition(", ")
    if sep and rest and _ORG_WORDS.search(rest) and all(w.casefold() in _DESK_WORDS for w in head.split()):
        return rest
    return organization


# A website or e-mail domain in a contact block: "https://ddsmatchsouth.com", "lotto@havasformula.com".
_SITE = re.compile(r"(?:https?://|www\.|@)(?:www\.)?(?P<name>[\w-]{2,63}+)\.", re.IGNORECASE)


class _Sites:
    """The domains of a contact's e-mail and websites, to tell an organisation's name from a person's."""

    __slots__ = ("email_domain", "local", "names", "websites")

    def __init__(self, email_domain: str, local: str, websites: frozenset[str], names: frozenset[str]) -> None:
        self.email_domain = email_domain
        self.local = local
        self.websites = websites
        self.names = names

    @classmethod
    def of(cls, text: str, email: str | None, lines: list[str]) -> _Sites:
        """Read the domains of ``text`` and the names that open its lines ("Heather Asbury (855) ...")."""
        local, _, domain = (email or "").casefold().partition("@")
        websites = frozenset(m.group("name").casefold() for m in _SITE.finditer(text) if m.group()[0] != "@")
        # The names matter only beside a website (``spell_organisation``): not read without one.
        names = frozenset(
            m.group()
            for line in (lines if websites else ())
            if (m := _NAME.match(line.strip(" ,:\t"))) and _is_name(m.group())
        )
        return cls(domain.split(".", 1)[0], local, websites, names)

    def spell_organisation(self, text: str) -> bool:
        """Whether ``text`` spells a domain of the contact: then it is the organisation, not a person.

        An e-mail's domain counts when its local part is not the person's ("lotto@havasformula.com" for
        "Havas Formula"; "jane@janeroe.com" is Jane Roe's own); a website's when another line of the
        block names the person ("DDSMatch South" / "Heather Asbury" / "https://ddsmatchsouth.com").
        """
        if not self.email_domain and not self.websites:
            return False  # no domain to spell
        words = ["".join(ch for ch in w if ch.isalnum()).casefold() for w in text.split()]
        if not 2 <= len(words) <= 5 or not all(words) or not text[:1].isupper():
            return False
        spelled = "".join(words)
        if spelled == self.email_domain and words[0] not in self.local:
            return True
        return spelled in self.websites and bool(self.names - {text.strip(" ,:\t")})


# Link labels a scraped block glues after a name: "Kati Jundt Shoot Out Arena Email Us Here".
_TRAILING_LABELS = frozenset({"email", "us", "here", "visit", "our", "website"})
# How far before the block a release names its organisation (the story above it).
_NAMED_BEFORE = 5000


def _name_and_named_organisation(source: str, text: str, start: int) -> tuple[str | None, str | None]:
    """A name glued to an organisation the release names above: "Kati Jundt Shoot Out Arena" -> both.

    EIN Presswire prints the person and the organisation on one line; the cut is where the words left
    over name what the story named before the block (``_NAMED_BEFORE`` characters, a bounded search).
    """
    words = text.split()
    while words and words[-1].casefold() in _TRAILING_LABELS:
        words.pop()
    if not 4 <= len(words) <= 8 or not all(w[:1].isupper() for w in words):
        return None, None
    for n in (2, 3):
        head, tail = " ".join(words[:n]), " ".join(words[n:])
        if len(words) - n >= 2 and _is_name(head) and source.find(tail, max(0, start - _NAMED_BEFORE), start) >= 0:
            return normalise(head), normalise(tail)
    return None, None


# Words that are never part of a person's name in a contact block: places, link labels, desk labels.
_NOT_NAME_WORDS = frozenset(
    {
        "united",
        "states",
        "kingdom",
        "america",
        "visit",
        "our",
        "website",
        "email",
        "us",
        "here",
        "inquiries",
        "enquiries",
        "relations",
        "media",
        "press",
        "contact",
        "contacts",
        "communications",
        "office",
        "phone",
        "fax",
        "click",
        "follow",
    }
)


# Words a scraped header puts in front of a name on the same line: a release note, a language desk
# ("For Immediate Release Tanya Sierra", "En Español Barbara Medina").
_LEAD_WORDS = _NOT_NAME_WORDS | {"for", "immediate", "release", "en", "español", "espanol", "in", "spanish", "english"}
# A link or its label is no organisation ("Company Websitehttps://www.htx.com/").
_LINK = re.compile(r"https?:|www\.|website", re.IGNORECASE)


# A place a contact line opens with before the person's name: "In Nairobi", "In New York".
_PLACE_LEAD = re.compile(r"(?:In|At)[ \t\xa0]++[A-Z][\w.'’-]{0,30}+(?:[ \t\xa0]++[A-Z][\w.'’-]{0,30}+){0,2}")


def _name_after_labels(text: str) -> str | None:
    """The person's name in ``text``: all of it, or what follows the label words in front of it."""
    words = text.split()
    lead = 0
    while lead < len(words) - 2 and words[lead].casefold() in _LEAD_WORDS:
        lead += 1
    name = " ".join(words[lead:])
    return normalise(name) if _is_name(name) else None


def _is_name(text: str) -> bool:
    """A person's name: two to four capitalised words, none of them a label or place word."""
    return (
        bool(_NAME.fullmatch(text))
        and not _PLACE_LEAD.fullmatch(text)  # "In Nairobi": where the person is, not who
        and not any(w.casefold() in _NOT_NAME_WORDS for w in text.split())
        and not _ORG_WORDS.search(text)  # "South Wales Police", "Acme Group": an organisation, never a person
    )


def find_contacts(source: str, pieces: tuple[Piece, ...]) -> tuple[Contact, ...]:
    """Parse ``Contact`` records out of ``contact`` meta pieces.

    Args:
        source: the exact input.
        pieces: the final piece stream.

    Returns:
        The contacts, in input order; each span lies inside its block's span.

    >>> from pressparse._block import Piece
    >>> src = "Media Contact:\\nJane Roe\\n555-201-0100\\njane@acme.com"
    >>> [(c.name, c.phone, c.email) for c in find_contacts(src, (Piece("meta", 0, len(src), meta_kind="contact"),))]
    [('Jane Roe', '555-201-0100', 'jane@acme.com')]
    """
    out: list[Contact] = []
    for piece in pieces:
        if piece.kind != "meta" or piece.meta_kind != MetaKind.CONTACT:
            continue
        block = source[piece.start : min(piece.end, piece.start + _MAX_BLOCK)]
        label = _LABEL.match(block)
        digits = sum(map(str.isdigit, block))
        phones = [(piece.start + a, piece.start + b) for a, b in _phones(block)] if digits >= 7 else []
        emails = [(piece.start + a, piece.start + b) for a, b in _emails(block)] if "@" in block else []
        # An e-mail glued after a phone ("617 599 9798katherine@...") starts where the phone ends.
        emails = [(max([a, *(pb for pa, pb in phones if pa < a < pb)]), b) for a, b in emails]
        groups: list[list[tuple[int, int]]] = []
        anchored = False
        parts = [cut for line in _lines(block, piece.start) for cut in _split_people(source, line, emails, phones)]
        marks = [*phones, *emails]
        for start, end in parts:
            if label and start == piece.start and end - start <= label.end():
                continue  # the label alone on its line ("Media Contact:")
            has = any(start <= a < end for a, _ in marks)
            only = has and (end - start) <= 40 + max([b - a for a, b in marks if start <= a < end], default=0)
            going_on = source[start].islower() or source.startswith(
                "[email", start
            )  # "or [email protected]": the same person's next line
            named = _NAME.match(source, start, end) is not None and not _LABELLED_PHONE.match(source, start, end)
            if groups and (not anchored or going_on or (only and not named)):
                groups[-1].append((start, end))
            else:
                groups.append([(start, end)])
                anchored = False
            anchored = anchored or has
        for group in groups:
            start, end = group[0][0], group[-1][1]
            if label and start == piece.start:
                start = piece.start + label.end()
                while start < end and source[start].isspace():
                    start += 1
            if start < end:
                person = _person(source, start, end, phones, emails)
                if person.name or person.organization or person.phone or person.email:
                    out.append(person)
    return tuple(out)
