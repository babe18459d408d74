"""Damaged scrapes as a property (issue 10): damage a generated release the way real scrapers do.

A clean release (a US-style dateline, then paragraphs separated by blank
lines) is damaged by the scrapers' habits seen in ``tests/corpus/real``: the
dateline's dash stripped to two spaces (DOJ), paragraphs glued with no space
(``scheme.Assistant``, DOJ), paragraphs separated by a run of spaces instead
of a newline (doj_011), ``None`` left by empty fields (doj_001, doj_010), and
punctuation stripped to spaces, paragraph breaks left as long space runs
(Senate).
SPEC invariants 1, 2 and 4 must hold whatever the damage; the dateline city
and the paragraphs must survive it. Punctuation stripping leaves no text to
compare, so there the city and the number of paragraphs must survive, on
releases as long as the real Senate ones (``_senate_release`` says why).
"""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import given
from hypothesis import strategies as st

from pressparse import parse
from pressparse._invariants import check_nothing_lost, check_round_trip, check_text_from_span

PLACES = (("WASHINGTON", ""), ("BOISE", "Idaho"), ("PORTLAND", "Ore."), ("CHICAGO", "Ill."), ("SEATTLE", "Wash."))
SUBJECTS = (
    "The Justice Department", "A federal grand jury", "Attorney General Holder", "The defendant",
    "Federal agents", "The court", "Prosecutors", "The U.S. Attorney's Office",
)  # fmt: skip
PREDICATES = (
    "announced charges against three men", "returned an indictment on Tuesday", "sentenced the man to five years",
    "filed a civil complaint in Boise", "said the investigation continues", "seized records from the company",
    "agreed to pay a settlement of $2.5 million", "ordered restitution to the victims",
)  # fmt: skip


@st.composite
def _sentence(draw: st.DrawFn) -> str:
    return f"{draw(st.sampled_from(SUBJECTS))} {draw(st.sampled_from(PREDICATES))}."


def _draw_release(draw: st.DrawFn, size: tuple[int, int], lead: int) -> tuple[str, str, list[str]]:
    """(city, dateline with its dash, paragraphs): ``size`` sentences, no paragraph break in the first ``lead``."""
    city, region = draw(st.sampled_from(PLACES))
    dateline = f"{city}, {region} –" if region else f"{city} –"
    sentences = draw(st.lists(_sentence(), min_size=size[0], max_size=size[1], unique=True))
    cuts = sorted(draw(st.sets(st.integers(lead, len(sentences) - 1), max_size=len(sentences) - lead)))
    paragraphs = [" ".join(sentences[a:b]) for a, b in zip([0, *cuts], [*cuts, len(sentences)], strict=True)]
    return city, dateline, paragraphs


@st.composite
def _release(draw: st.DrawFn) -> tuple[str, str, list[str]]:
    """(city, dateline with its dash, paragraphs) of a clean release; no sentence repeats."""
    return _draw_release(draw, (2, 10), 1)


@st.composite
def _senate_release(draw: st.DrawFn) -> tuple[str, str, list[str]]:
    """A release shaped like the real Senate scrapes: eight sentences or more, a lead of three or more.

    Stripped of its punctuation, a text is told from a title or a table row only by its length
    (``paragraphs.is_stripped`` reads 300 characters or more), and a short first paragraph with no stop
    left reads as a title under a dateline (``dateline._title_like``). Every real Senate release is
    longer than 1,300 characters and opens with a long lead, so the generator draws those.
    """
    return _draw_release(draw, (8, 12), 3)


def _clean(dateline: str, paragraphs: list[str]) -> str:
    return f"{dateline} " + "\n\n".join(paragraphs)


def _dash_to_two_spaces(dateline: str, paragraphs: list[str]) -> str:
    return dateline.replace(" –", "  ", 1).rstrip(" ") + "  " + "\n\n".join(paragraphs)


def _glued(dateline: str, paragraphs: list[str]) -> str:
    return f"{dateline} " + "".join(paragraphs)


def _space_runs(dateline: str, paragraphs: list[str]) -> str:
    return f"{dateline} " + "       ".join(paragraphs)


def _nones(dateline: str, paragraphs: list[str]) -> str:
    return f"{dateline} " + "\n\n".join(paragraphs) + " NoneNoneNone"


def _strip(text: str) -> str:
    """Senate scrapes: punctuation becomes a space (sentence ends leave two or three)."""
    return "".join(" " if ch in ".,'’$–" else ch for ch in text)


def _punctuation_stripped(dateline: str, paragraphs: list[str]) -> str:
    return _strip(dateline) + " " + "       ".join(_strip(p) for p in paragraphs)


DAMAGES: dict[str, Callable[[str, list[str]], str]] = {
    "clean": _clean,
    "dash-to-two-spaces": _dash_to_two_spaces,
    "glued-paragraphs": _glued,
    "space-runs": _space_runs,
    "trailing-nones": _nones,
}

# Punctuation stripped to spaces (Senate): checked on releases of the real files' shape (``_senate_release``).
ALL_DAMAGES = {**DAMAGES, "punctuation-stripped": _punctuation_stripped}


class TestDamagedReleases:
    @given(_release(), st.sampled_from(sorted(ALL_DAMAGES)))
    def test_invariants_hold(self, release: tuple[str, str, list[str]], damage: str) -> None:
        """Nothing is lost, texts come from their spans and the dict round-trips, whatever the damage."""
        _, dateline, paragraphs = release
        doc = parse(ALL_DAMAGES[damage](dateline, paragraphs))
        assert [] == check_nothing_lost(doc) + check_text_from_span(doc) + check_round_trip(doc)

    @given(_release(), st.sampled_from(sorted(DAMAGES)))
    def test_city_survives(self, release: tuple[str, str, list[str]], damage: str) -> None:
        """The dateline city is found through the damage."""
        city, dateline, paragraphs = release
        doc = parse(DAMAGES[damage](dateline, paragraphs))
        assert city == (doc.dateline.city if doc.dateline else None)

    @given(_release(), st.sampled_from(sorted(DAMAGES)))
    def test_paragraphs_survive(self, release: tuple[str, str, list[str]], damage: str) -> None:
        """The paragraphs come back, as many and as written, through the damage."""
        _, dateline, paragraphs = release
        doc = parse(DAMAGES[damage](dateline, paragraphs))
        assert paragraphs == [p.text for p in doc.paragraphs]

    @given(_senate_release(), st.integers(1, 2), st.integers(2, 11))
    def test_stripped_city_and_paragraphs_survive(
        self, release: tuple[str, str, list[str]], after_stop: int, newline: int
    ) -> None:
        """Through punctuation stripping, the dateline city and the number of paragraphs survive.

        The real files end a sentence with two spaces (senate_005, a stop and a space) or three (senate_003,
        two spaces after the stop) and a paragraph with a longer run (a stop and a line break or more).
        """
        city, dateline, paragraphs = release
        spaced = [p.replace(". ", "." + " " * after_stop) for p in paragraphs]
        text = _strip(dateline) + " " + (" " * (after_stop + newline)).join(_strip(p) for p in spaced)
        doc = parse(text)
        assert (city, len(paragraphs)) == (doc.dateline.city if doc.dateline else None, len(doc.paragraphs))
