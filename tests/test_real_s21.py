"""Session 21: meta and dateline cases of round 10's blind real releases (``/tmp`` repros, shortened)."""

from __future__ import annotations

from pressparse import parse


def _meta(text: str) -> list[tuple[str, str]]:
    return [(m.kind.value, m.text) for m in parse(text).meta]


# --- a stripped header: capitals headline, date, place, story on one line (yb_senate_mccain_1) ----------------

_MCCAIN = (
    "MCCAIN REMARKS ON IRAQ STUDY GROUP REPORT December 6  2006  Washington  DC   U S  Senator John McCain  R AZ  "
    "today made the following statement on the release of the report     I appreciate the hard work of the Group  "
    "There are some recommendations that deserve consideration    At the same time  I have some real concerns"
)


def test_a_place_two_spaces_after_a_stripped_date_is_the_dateline() -> None:
    doc = parse(_MCCAIN)
    assert doc.dateline is not None
    assert doc.dateline.text == "Washington DC"
    assert ("title", "MCCAIN REMARKS ON IRAQ STUDY GROUP REPORT") in _meta(_MCCAIN)
    assert ("date", "December 6 2006") in _meta(_MCCAIN)
    assert doc.body[0].text.startswith("U S Senator John McCain")


def test_a_year_in_a_sentence_opens_no_dateline() -> None:
    text = "The program began in 2006  Washington  DC   Officials said it would grow   More funds came later  The end"
    assert parse(text).dateline is None
