"""A contact label over no contact detail (session 30, round 5).

A release sets its media contact's label over the contact's name, phone, e-mail or office, at the page's foot or
under the headline (``Contact:`` / ``Jane Roe`` / ``(555) 123-4567``; Senate pages print ``Contact:`` over a
stripped name). A label whose line below is a sentence of the story, with no contact detail in it, heads no
contact block: it is a word of the story's, and the rendering keeps it there (fuzz F1125-72).
"""

from __future__ import annotations

from tests.fuzz_parse import problems
from tests.test_fuzz_regressions import FIXED
from tests.test_real_s28m import _meta

# Pinned F1125-72: consumer tips under a lead-in, a bare "Contact:" between them.
_TIPS = FIXED["F1125-72"][0]


def test_contact_label_over_story_sentences_is_no_contact() -> None:
    assert [] == _meta(_TIPS)
    assert [] == problems(_TIPS, render=True)


def test_contact_label_over_name_and_phone_stays_a_contact() -> None:
    text = "Fraud is rising across the county this year.\n\nContact:\nJane Roe\n(555) 123-4567\n"
    assert [("contact", "Contact: Jane Roe (555) 123-4567")] == _meta(text)
    assert [] == problems(text, render=True)


def test_contact_label_at_the_page_foot_over_nothing_stays_a_contact() -> None:
    text = "Fraud is rising across the county this year, the sheriff said.\n\nMedia contact:\n"
    assert [("contact", "Media contact:")] == _meta(text)
    assert [] == problems(text, render=True)


def test_contact_label_over_a_sentence_with_a_phone_stays_a_contact() -> None:
    text = (
        "Fraud is rising across the county this year, the sheriff said.\n\n"
        "Media contact:\nCall the press office at (555) 123-4567.\n"
    )
    assert ("contact", "Media contact: Call the press office at (555) 123-4567.") in _meta(text)
    assert [] == problems(text, render=True)


def test_contact_label_between_two_tips_stays_the_pages() -> None:
    """Negative: a sidebar's label pasted between a list's items is read past by the list (test_real_s30s5)."""
    text = _TIPS.replace("scams:\n", "scams:\nMeet your landlord in person.\n")
    assert [("contact", "Contact:")] == _meta(text)
    assert [] == problems(text, render=True)
