"""Session 29 (helper d, round 4): ``contacts.find_contacts`` skips the scans that cannot find anything.

Speed (issue #6). A contact line is searched for its label only where a label can be (one anchored
match at its start, else a search when it holds "contact" or "for " — letters with no other
case-insensitive spelling); it is cut at glued words only after a capital that follows a letter or a
stop; a website's names and a domain's spelling are read only when the block has a domain. The
contacts read are the same: every contact block of the corpora, text and rendering (772 contacts),
and every block of those texts read as a contact block (10,941), compared with the previous code.
"""

from __future__ import annotations

import pytest

from pressparse.contacts import _LABEL, _glue_split, _label_in, _Sites
from tests.test_contacts import _contacts

# Lines that open contact blocks in the corpora, each with the label the full search finds (or none).
LINES = [
    "Media Contact: Jane Roe",  # the label opens the line: the anchored match
    "Pacylex Pharmaceuticals Contact: Michael J. Weickert",  # a desk before its label (wire releases)
    "For more information, contact Jane Roe at 555-201-0100",  # DOJ and state attorneys' offices
    "Heather Asbury (855) 546-0044 https://ddsmatchsouth.com",  # no label
    "Office of the Governor of California",  # "for" inside a word: no search, no label
    "Press Office",  # a desk label alone on its line
]


@pytest.mark.parametrize("line", LINES)
def test_label_is_the_full_search(line: str) -> None:
    full = _LABEL.search(line, 0, 80)
    fast = _label_in(line)
    assert (fast.span() if fast else None) == (full.span() if full else None)


def test_label_after_a_long_line_is_not_read() -> None:
    # Only the first 80 characters hold the label, as before.
    assert _label_in("x" * 80 + " Contact: Jane Roe") is None


def test_glue_split_without_a_glued_capital_is_the_line() -> None:
    sites = _Sites.of("Jane Roe, Acme Inc.", None, ["Jane Roe, Acme Inc."])
    assert _glue_split("Jane Roe, Acme Inc.", sites) == ["Jane Roe, Acme Inc."]


def test_glued_lines_still_cut() -> None:
    # wire_034: "RooneyPartners LLCKate Barrette" -> "LLC" | "Kate"; the agency's camel-case name stays whole.
    assert _contacts(
        "Media Contact:\nRooneyPartners LLCKate BarretteT: (212) 223-0561kbarrette@rooneypartners.com"
    ) == [("Kate Barrette", "RooneyPartners LLC", "(212) 223-0561", "kbarrette@rooneypartners.com")]


def test_website_names_still_read() -> None:
    # wire_020: the organisation spells the website; the names are read because the block has one.
    block = (
        "Contact Information:\nDDSMatch South\n330 Franklin Rd Brentwood, TN 37027\n"
        "Heather Asbury (855) 546-0044 https://ddsmatchsouth.com"
    )
    assert _contacts(block) == [("Heather Asbury", "DDSMatch South", "(855) 546-0044", None)]


def test_no_domain_spells_no_organisation() -> None:
    # Close shape: the same name with no e-mail and no website in the block spells no domain.
    sites = _Sites.of("DDSMatch South\nHeather Asbury", None, ["DDSMatch South", "Heather Asbury"])
    assert not sites.spell_organisation("DDSMatch South")
    assert sites.names == frozenset()  # read only beside a website
