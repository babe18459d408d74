"""Hypothesis builders of press-release-like text (STYLE rule 28).

``releases()`` draws a dateline, paragraphs (glued or separated), NBSP-padded
bullet lists, indented captions and slideshow counters, and renders them the
way scraped INTERPOL-style pages look. It returns the text only; the
properties check invariants, not exact structure.
"""

from __future__ import annotations

import re

from hypothesis import strategies as st

CITIES = ("BOGOTA", "LYON", "SINGAPORE", "SANTIAGO", "THE HAGUE", "WASHINGTON", "NEW YORK")
COUNTRIES = ("Colombia", "France", "Chile", "Netherlands", "", "")
WORDS = (
    "police", "officers", "the", "operation", "seized", "firearms", "across", "region", "international",
    "cooperation", "agreed", "network", "databases", "meeting", "crime", "trafficking", "suspects", "arrested",
    "U.S.", "Dr.", "3.5", "No.", "e.g.", "interpol.int/News", "well-known", "INTERPOL-led", "2019", "(ELN)",
)  # fmt: skip
NAMES = ("Stock", "Jürgen Stock", "Secretary General Stock", "the Chief", "he")
DASHES = (" – ", " — ", " - ", " -- ", "\u00a0–\u00a0")


@st.composite
def sentences(draw: st.DrawFn) -> str:
    """A sentence of corpus-like words, capitalised, ending in a stop."""
    words = draw(st.lists(st.sampled_from(WORDS), min_size=3, max_size=14))
    text = " ".join(words)
    return text[0].upper() + text[1:] + draw(st.sampled_from((".", ".", ".", "!", "?")))


@st.composite
def quotes(draw: st.DrawFn) -> str:
    """A quoted sentence with an attribution."""
    body = draw(sentences()).rstrip(".!?")
    return f"“{body},” said {draw(st.sampled_from(NAMES))}."


@st.composite
def paragraphs(draw: st.DrawFn) -> str:
    """One to three sentences or quotes."""
    parts = draw(st.lists(st.one_of(sentences(), quotes()), min_size=1, max_size=3))
    return " ".join(parts)


@st.composite
def datelines(draw: st.DrawFn) -> str:
    """An INTERPOL / AP style dateline with its dash."""
    city = draw(st.sampled_from(CITIES))
    country = draw(st.sampled_from(COUNTRIES))
    place = f"{city}, {country}" if country else city
    return place + draw(st.sampled_from(DASHES)).rstrip()


@st.composite
def bullet_lists(draw: st.DrawFn) -> str:
    """A glued, NBSP-padded dash list (``including:-\u00a0 \u00a0 The need…``) or one bullet per line."""
    items = draw(st.lists(sentences().filter(lambda s: s[0].isalpha()), min_size=2, max_size=4))
    intro = draw(sentences()).rstrip(".!?") + " in areas including"
    if draw(st.booleans()):
        pad = "\u00a0 " * draw(st.integers(1, 6))
        return f"{intro}:" + "".join(f"-{pad}{item.rstrip('.!?')}" for item in items)
    marker = draw(st.sampled_from(("-", "•", "*", "1.")))
    return f"{intro}:\n" + "\n".join(f"{marker} {item}" for item in items)


@st.composite
def captions(draw: st.DrawFn) -> str:
    """An indented caption block set apart by whitespace-only lines."""
    text = draw(sentences())
    return f"\n    \n        \n                    {text}\n            \n"


COUNTERS = ("\n                    1 /\n                    3\n", "\n1 / 3\n", "\nImage 2 of 5\n", "\nShare\n")


@st.composite
def releases(draw: st.DrawFn) -> str:
    """A whole release: dateline, paragraphs glued or separated, lists, captions, counters."""
    # A dateline opens the story's first paragraph; layout furniture may sit between them.
    out = [draw(datelines()) + draw(st.sampled_from((" ", " ", *COUNTERS))), draw(paragraphs()), "\n"]
    blocks = draw(
        st.lists(
            st.one_of(paragraphs(), paragraphs(), bullet_lists(), captions(), st.sampled_from(COUNTERS)),
            min_size=0,
            max_size=8,
        )
    )
    for block in blocks:
        out.append(block)
        out.append(draw(st.sampled_from(("", "\n", "\n\n", "    \n    \n", " "))))
    return "".join(out)


def _distinct_sentences(text: str) -> bool:
    """True when no sentence or line occurs twice (authors do not repeat; templates do)."""
    parts = [" ".join(p.split()).strip("-•*·“”,:") for p in re.split(r"[.!?\n]", text)]
    parts = [p for p in parts if len(p) > 3]
    return len(parts) == len(set(parts))


distinct_releases = releases().filter(_distinct_sentences)
"""Releases with no repeated sentence: a repeat is what the ``repeated_line`` noise rule removes."""

# Any text, biased toward the characters the parser cares about.
SPECIAL = '\n\n  \u00a0\t.!?:“”‘’"()-–—•*#/0123456789AaZz'
noisy_text = st.text(alphabet=st.sampled_from(SPECIAL) | st.characters(), max_size=400)
