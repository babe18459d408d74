"""Session 29 (s, round 6): a media advisory's ``WHO:`` line that lost its breaks is cut at its participants.

The Miami-Dade State Attorney's advisories list their participants one a line under ``WHO:``, and the scrape
joined the lines by one space (``State Attorney Katherine Fernandez Rundle City of Miami Police Chief Manuel A.
Morales``, da_015; x3_da_miami_presser has a third). The advisory's lead names the same people as a sentence's
list (``State Attorney … Rundle and City of Miami Police Chief … will hold a press conference``). The line is cut
where a participant the release writes elsewhere ends (the longest such stretch written before ``,`` or ``and``)
and where the last one begins (written after ``,`` or ``and``, up to the line's end or its comma): one list item
each. A line the lead names as one person, participants parted by commas or slashes, and a line no lead names
keep their one item. Every case reads the same in its rendering (SPEC 5).
"""

from __future__ import annotations

from tests.fuzz_parse import problems
from tests.test_real_s27s2 import _stable

_LEAD = "Miami, Florida: {lead} will hold a press conference today regarding the charges.\nWHO:\n{who}\nWHAT:\n"
_END = "Press Conference\nWHEN:\nMarch 18, 2026 2:00 PM\n"


def _who(lead: str, who: str) -> list[tuple[str, str]]:
    """The body blocks between ``WHO:`` and ``WHAT:`` of an advisory with ``lead`` and ``who`` (both readings)."""
    text = _LEAD.format(lead=lead, who=who) + _END
    assert problems(text, render=True) == []
    blocks = _stable(text)
    kinds = [b[1] for b in blocks]
    return blocks[kinds.index("WHO:") + 1 : kinds.index("WHAT:")]


class TestWhoLineCutAtItsParticipants:
    """A ``WHO:`` line of names joined by spaces is cut where the lead's participants end and begin."""

    def test_two_participants_the_lead_joins_by_and(self) -> None:
        """da_015: ``Rundle City of Miami …``; the lead writes ``Rundle and City of Miami …``: two items."""
        lead = "State Attorney Katherine Fernandez Rundle and City of Miami Police Chief Manuel A. Morales"
        who = "State Attorney Katherine Fernandez Rundle City of Miami Police Chief Manuel A. Morales"
        assert _who(lead, who) == [
            ("list_item", "State Attorney Katherine Fernandez Rundle"),
            ("list_item", "City of Miami Police Chief Manuel A. Morales"),
        ]

    def test_last_participant_begins_where_the_lead_writes_it(self) -> None:
        """x3_da_miami_presser: a typo in the middle one (``Morrales``); the last begins as the lead's last."""
        lead = "State Attorney Katherine Fernandez Rundle, City of Miami Police Chief Manuel A. Morales and Anabel and William Herrera"
        who = (
            "State Attorney Katherine Fernandez Rundle City of Miami Police Chief Manuel A. Morrales"
            " Anabel and William Herrera, Parents of Victim Bryan Herrera"
        )
        assert _who(lead, who) == [
            ("list_item", "State Attorney Katherine Fernandez Rundle"),
            ("list_item", "City of Miami Police Chief Manuel A. Morrales"),
            ("list_item", "Anabel and William Herrera, Parents of Victim Bryan Herrera"),
        ]

    def test_one_participant_the_lead_names_stays_one_item(self) -> None:
        """sa_da_miami_1's shape: the lead names one person before ``will``: the line is one item, as the gold."""
        lead = "State Attorney Katherine Fernandez Rundle"
        who = "State Attorney Katherine Fernandez Rundle Members of the HOA Fraud Task Force"
        assert _who(lead, who) == [("list_item", who)]

    def test_participants_parted_by_commas_stay_one_item(self) -> None:
        """xs_da_miami_1's shape: the writer parted them by commas; the lead's ``and`` cuts no comma's line."""
        lead = "State Attorney Katherine Fernandez Rundle and Chief Wayne Jones"
        who = "State Attorney Katherine Fernandez Rundle, Chief Wayne Jones, Miami Beach Police Department"
        assert _who(lead, who) == [("list_item", who)]

    def test_participants_parted_by_a_slash_stay_one_item(self) -> None:
        """za_da_miami_1's shape: ``Rundle / Miami-Dade Sheriff …``: no participant opens on a slash."""
        lead = "State Attorney Katherine Fernandez Rundle and Miami-Dade Sheriff Rosie Cordero-Stutz"
        who = "State Attorney Katherine Fernandez Rundle / Miami-Dade Sheriff Rosie Cordero-Stutz"
        assert _who(lead, who) == [("list_item", who)]

    def test_a_single_name_stays_one_item(self) -> None:
        """A name the lead writes before ``and`` and nothing after it on the line: one item, nothing to cut."""
        lead = "State Attorney Katherine Fernandez Rundle and Chief Wayne Jones"
        who = "State Attorney Katherine Fernandez Rundle"
        assert _who(lead, who) == [("list_item", who)]

    def test_a_sentence_under_who_is_not_cut(self) -> None:
        """A line that is a sentence (it ends in a stop) is no line of names: its reading stays."""
        lead = "State Attorney Katherine Fernandez Rundle and Chief Wayne Jones"
        who = "State Attorney Katherine Fernandez Rundle Chief Wayne Jones will speak to reporters."
        text = _LEAD.format(lead=lead, who=who) + _END
        before = [b for b in _stable(text) if "reporters" in b[1]]
        assert before == [("paragraph", who)]

    def test_a_name_not_under_who_is_not_cut(self) -> None:
        """The same line under ``WHAT:`` is no list of people: it stays one paragraph."""
        lead = "State Attorney Katherine Fernandez Rundle and City of Miami Police Chief Manuel A. Morales"
        line = "State Attorney Katherine Fernandez Rundle City of Miami Police Chief Manuel A. Morales"
        text = f"Miami, Florida: {lead} will hold a press conference.\nWHAT:\n{line}\nWHEN:\nMarch 18, 2026\n"
        assert [b for b in _stable(text) if b[1].startswith("State Attorney")][-1] == ("paragraph", line)
