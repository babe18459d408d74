"""Session 30 (s, round 4): the list under a lead-in reads its items as the rendering shows them.

Meta takes a release note (``MEDIA ADVISORY:``, ``FOR IMMEDIATE RELEASE``) from wherever it stands, and the
clean rendering leaves it out: the items over and under it then stand one under the other. Prosecutors' and
wire pages paste the page furniture between a list's lead-in and its items when the scraper flattens the
header; the list reads past the note, and the item under it is measured against the item over it, as in the
rendering (fuzz F1125-71), not against the note.
"""

from __future__ import annotations

from tests.fuzz_parse import problems
from tests.test_real_s22g import _body

_LEAD_IN = "The cases announced today include:\nSex trafficking of a minor\n"
_LONG_ITEM = "Trafficking of a minor by an out-of-state defendant who drove the victim across two county lines"


class TestItemAfterAReleaseNote:
    """``paragraphs._unmarked_lists`` measures an item against the item above it, past a note meta takes."""

    def test_pinned_shape_reads_alike_rendered(self) -> None:
        """F1125-71: the note between the lead-in's first item and the next is read past, raw or rendered."""
        text = "K m ':He\nMEDIA ADVISORY:Ot-of-State Trafficker & Local Resident Ch8\u2022arged in Separate Human Trafficking A"
        assert [] == problems(text, render=True)

    def test_long_item_under_a_note_line(self) -> None:
        """A clause item longer than a short line, under a note meta takes, is an item as with no note."""
        text = f"{_LEAD_IN}MEDIA ADVISORY\n{_LONG_ITEM}\n"
        body = _body(text)
        assert ("list_item", "Sex trafficking of a minor") in body
        assert body == _body(f"{_LEAD_IN}{_LONG_ITEM}\n")
        assert [] == problems(text, render=True)

    def test_stopped_tip_under_a_note_line(self) -> None:
        """A tip that keeps its stop, under a note meta takes, is a tip as with no note (``_tip_items``)."""
        text = f"{_LEAD_IN}FOR IMMEDIATE RELEASE\n{_LONG_ITEM}.\n"
        body = _body(text)
        assert ("list_item", "Sex trafficking of a minor") in body
        assert body == _body(f"{_LEAD_IN}{_LONG_ITEM}.\n")
        assert [] == problems(text, render=True)

    def test_label_lead_in_keeps_short_items_only(self) -> None:
        """Negative: under a bare label (``Charges:``) a long line is no item, note or none: all paragraphs."""
        text = f"Charges:\nSex trafficking of a minor\nMEDIA ADVISORY\n{_LONG_ITEM}\n"
        assert all(kind == "paragraph" for kind, _ in _body(text))
        assert [] == problems(text, render=True)
