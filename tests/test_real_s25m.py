"""Round 15's meta classes (session 25), each from a real release of the blind round, with a close negative."""

from __future__ import annotations

from pressparse import parse
from tests.test_real_s21 import _meta

# Casey's Senate pages set the headline, the date and the story on one line (sb_senate_casey_1, as
# xo_senate_casey_1); the earlier stages cut the headline at "Signs On" into two pieces a space apart.
_CASEY = (
    "Casey Signs On to Medicare Chronic Care Bill May 9, 2007 WASHINGTON, DC - Today U.S. Senator Bob Casey (D-PA) "
    "signed on to legislation to improve health care for seniors by helping coordinate care for chronic conditions "
    "like diabetes, cancer, arthritis, and heart disease.  Senator Casey is an original cosponsor of the Act (S.1340).\n"
)


def test_a_headline_cut_into_pieces_before_a_date_that_runs_into_the_dateline_is_one_title() -> None:
    doc = parse(_CASEY)
    assert doc.dateline is not None
    assert "WASHINGTON, DC -" == doc.dateline.text
    assert [("title", "Casey Signs On to Medicare Chronic Care Bill"), ("date", "May 9, 2007")] == _meta(_CASEY)
    assert doc.body[0].text.startswith("Today U.S. Senator Bob Casey")
    assert doc.body[0].text.startswith("Today") == parse(doc.text).body[0].text.startswith("Today")


def test_a_sentence_ending_in_a_date_before_the_dateline_stays_no_headline() -> None:
    """Only a headline in title case or capitals is split off its date: a sentence is no headline."""
    text = _CASEY.replace(
        "Casey Signs On to Medicare Chronic Care Bill", "Casey signs on to a bill the Senate passed on"
    )
    assert [] == _meta(text)


# A DOJ page that lost its headline glues its deck to the story's first word; this deck is too long for the
# heading stage, which left it a paragraph (sa_doj_r02674).
_DECK = (
    "Agencies Submit Joint Statement Regarding Proposed Legislation Addressing the Authority of Optometrists to "
    "Utilize and Prescribe Medications for Treatment and Diagnosis in Puerto Rico"
)
_STORY = (
    "The Department of Justice's Antitrust Division and the staff of the Federal Trade Commission have issued "
    "a joint statement on a bill that would expand the scope of practice of optometrists.\n\n"
    "The agencies' comments are limited to the bill's effect on competition, the statement said.\n"
)


def test_a_long_title_case_deck_glued_to_the_story_is_the_subtitle() -> None:
    doc = parse(f"{_DECK}{_STORY}")
    assert [("subtitle", _DECK)] == _meta(f"{_DECK}{_STORY}")
    assert doc.body[0].text.startswith("The Department of Justice's Antitrust Division")
    assert [b.text for b in doc.body] == [b.text for b in parse(doc.text).body]


def test_a_sentence_case_line_glued_to_the_story_stays_in_the_body() -> None:
    """A line in sentence case glued to the next is the story's own, not a deck (doj_r02000's shape)."""
    lead = "Agencies submit a joint statement on the authority of optometrists to prescribe medications in Puerto Rico"
    assert [] == _meta(f"{lead}{_STORY}")
