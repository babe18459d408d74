"""Counts over a batch, for ``pressparse stats``.

Input: one ``Summary`` per parsed release (small and picklable, made in the
worker so the full document never crosses a process boundary), plus the
number of inputs that failed. Output: the totals, as a dict or as an aligned
text table.

Cities and countries are counted case-insensitively ("BOGOTA" and "Bogota"
are one city, shown as first written), since wire styles capitalise the
dateline city and web pages often do not.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import attrs

from pressparse.model import PressRelease


@attrs.frozen
class Summary:
    """What ``stats`` needs from one release."""

    dateline: bool  # the release has a dateline
    city: str | None  # the dateline city, as written
    country: str | None  # the dateline country, as written
    captions: int  # number of captions
    noise: tuple[str, ...]  # the kind of each noise piece removed
    meta: tuple[str, ...]  # the kind of each meta piece


def summarize(doc: PressRelease) -> Summary:
    """Reduce one release to the counts ``stats`` reports."""
    dl = doc.dateline
    return Summary(
        dateline=dl is not None,
        city=dl.city if dl else None,
        country=dl.country if dl else None,
        captions=len(doc.captions),
        noise=tuple(n.kind.value for n in doc.noise),
        meta=tuple(m.kind.value for m in doc.meta),
    )


def _top(counts: Counter[str], spelling: dict[str, str], top: int) -> list[list[Any]]:
    return [[spelling[key], n] for key, n in counts.most_common(top)]


@attrs.define
class Stats:
    """The running totals of a batch."""

    documents: int = 0
    failed: int = 0
    with_dateline: int = 0
    with_captions: int = 0
    captions: int = 0
    noise: Counter[str] = attrs.Factory(Counter)
    meta: Counter[str] = attrs.Factory(Counter)
    cities: Counter[str] = attrs.Factory(Counter)
    countries: Counter[str] = attrs.Factory(Counter)
    spelling: dict[str, str] = attrs.Factory(dict)  # case-folded name -> first spelling seen

    def add(self, summary: Summary) -> None:
        """Count one parsed release."""
        self.documents += 1
        self.with_dateline += summary.dateline
        self.with_captions += summary.captions > 0
        self.captions += summary.captions
        self.noise.update(summary.noise)
        self.meta.update(summary.meta)
        for name, counter in ((summary.city, self.cities), (summary.country, self.countries)):
            if name:
                key = name.casefold()
                self.spelling.setdefault(key, name)
                counter[key] += 1

    def to_dict(self, top: int = 10) -> dict[str, Any]:
        """The totals as a JSON-ready dict; cities and countries as ``[name, count]`` pairs."""
        return {
            "documents": self.documents,
            "failed": self.failed,
            "with_dateline": self.with_dateline,
            "with_captions": self.with_captions,
            "captions": self.captions,
            "noise": dict(self.noise.most_common()),
            "meta": dict(self.meta.most_common()),
            "top_cities": _top(self.cities, self.spelling, top),
            "top_countries": _top(self.countries, self.spelling, top),
        }

    def render(self, top: int = 10) -> str:
        """The totals as an aligned text table."""
        data = self.to_dict(top)
        share = f"  ({100 * self.with_dateline / self.documents:.0f}%)" if self.documents else ""
        rows: list[tuple[str, object]] = [
            ("documents", self.documents),
            ("failed", self.failed),
            ("with dateline", f"{self.with_dateline}{share}"),
            ("with captions", self.with_captions),
            ("captions", self.captions),
            ("noise removed", sum(self.noise.values())),
            *((f"  {kind}", n) for kind, n in data["noise"].items()),
            ("meta", sum(self.meta.values())),
            *((f"  {kind}", n) for kind, n in data["meta"].items()),
            ("top dateline cities", ""),
            *((f"  {name}", n) for name, n in data["top_cities"]),
            ("top dateline countries", ""),
            *((f"  {name}", n) for name, n in data["top_countries"]),
        ]
        width = max(len(label) for label, _ in rows) + 2
        return "\n".join(f"{label:<{width}}{value}".rstrip() for label, value in rows)
