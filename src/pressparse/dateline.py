"""Stage 5, dateline: the place, date and agency that open the story.

Input: the classified pieces. Output: a ``Dateline`` (or ``None``) and the
pieces with the first paragraph shortened to start after the dateline.
Invariant: the dateline span and the shortened paragraph span do not overlap
and together cover what the paragraph covered.

The grammar is assembled from named fragments (``CITY``, ``PLACE``, ``DASH``)
and only ever matched at the very start of the first story paragraph; a
dateline is accepted only when a sentence (a capital, a digit or an opening
quote) follows its dash, so ``INTERPOL – the world's largest police
organization`` is not one.
"""

from __future__ import annotations

import re

from pressparse._block import Piece
from pressparse._spans import normalise
from pressparse.model import Dateline, Span

# CITY: the place as written in capitals, AP / INTERPOL style: "BOGOTA", "SAN FRANCISCO", "THE HAGUE".
CITY = r"(?P<city>[^\W\d_][^\W\d_'’.\-]*+(?:[ '’.\-][^\W\d_][^\W\d_'’.\-]*+){0,4}+)"
# PLACE: a region or country after a comma: ", Colombia", ", Calif.", ", N.Y.".
PLACE = r"(?:,[ \u00a0]++(?P<place>[^\W\d_][^\W\d_.]*+\.?(?:[ \u00a0]?[^\W\d_][^\W\d_.]*+\.?){0,3}+))?"
# DASH: hyphen, en dash, em dash or a double hyphen, with or without spaces (NBSP included).
DASH = r"[ \u00a0]*+(?P<dash>--|—-|[-–—])"

_DATELINE = re.compile(CITY + PLACE + DASH)
_COUNTRIES: frozenset[str] | None = None


def _countries() -> frozenset[str]:
    """Lower-cased country names and codes from pycountry, loaded once."""
    global _COUNTRIES  # noqa: PLW0603 - a lazily built, read-only cache
    if _COUNTRIES is None:
        import pycountry

        names: set[str] = set()
        for country in pycountry.countries:
            for attr in ("name", "common_name", "official_name", "alpha_3"):
                value = getattr(country, attr, None)
                if value:
                    names.add(str(value).lower())
        _COUNTRIES = frozenset(names)
    return _COUNTRIES


def match_dateline(source: str, start: int, end: int) -> Dateline | None:
    """Match a dateline at ``source[start]``, within ``[start, end)``.

    >>> match_dateline("BOGOTA, Colombia – Addressing", 0, 29).country
    'Colombia'
    """
    m = _DATELINE.match(source, start, min(end, start + 160))
    if m is None:
        return None
    city = m.group("city")
    if not city.replace(" ", "").replace(".", "").replace("-", "").replace("'", "").replace("’", "").isupper():
        return None
    after = m.end()
    while after < end and source[after] in " \u00a0":
        after += 1
    if after >= end:
        return None
    nxt = source[after]
    if not (nxt.isupper() or nxt.isdigit() or nxt in '“‘"'):
        return None
    place = m.group("place")
    country = region = None
    if place is not None:
        if place.lower() in _countries():
            country = place
        else:
            region = place
    return Dateline(
        text=normalise(source[m.start() : m.end()]),
        city=city,
        region=region,
        country=country,
        date=None,
        date_text=None,
        agency=None,
        span=Span(m.start(), m.end()),
    )


def parse_dateline(text: str) -> Dateline | None:
    """Return the dateline at the very start of ``text``, or None.

    Leading whitespace is skipped; spans index into ``text``.

    Args:
        text: a first paragraph, or a whole release.

    Returns:
        The ``Dateline``, or ``None`` when ``text`` does not open with one.

    Raises:
        TypeError: when ``text`` is not a ``str``.

    >>> parse_dateline("LYON, France – INTERPOL said...").city
    'LYON'
    >>> parse_dateline("In Lyon, France, police said...") is None
    True
    """
    if not isinstance(text, str):
        msg = f"parse_dateline() expects str, got {type(text).__name__}"
        raise TypeError(msg)
    start = 0
    while start < len(text) and text[start].isspace():
        start += 1
    return match_dateline(text, start, len(text))


def find_dateline(source: str, pieces: tuple[Piece, ...]) -> tuple[Dateline | None, tuple[Piece, ...]]:
    """Find the dateline at the start of the first story paragraph and cut it off.

    >>> from pressparse._block import Piece
    >>> src = "LYON, France – Police met."
    >>> dl, rest = find_dateline(src, (Piece("paragraph", 0, len(src)),))
    >>> dl.city, rest[0].text(src)
    ('LYON', 'Police met.')
    """
    for i, piece in enumerate(pieces):
        if piece.kind in ("noise", "caption"):
            continue
        if piece.kind != "paragraph":
            return None, pieces
        dateline = match_dateline(source, piece.start, piece.end)
        if dateline is None:
            return None, pieces
        body_start = dateline.span.end
        while body_start < piece.end and source[body_start].isspace():
            body_start += 1
        rest = (*pieces[:i], piece.evolve(start=body_start), *pieces[i + 1 :])
        return dateline, rest
    return None, pieces
