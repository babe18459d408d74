"""The session-23 review's misfires: new paragraph rules that fired on ordinary prose.

Each input is one the review wrote; each reads as it did before the rules landed (one paragraph, or the
quotation's line apart from the sentence under it), while the real cases the rules were made for
(tests/test_real_s23p.py) keep their readings.
"""

from __future__ import annotations

import pytest

from pressparse import parse

LEAD = "WASHINGTON – The committee met on Tuesday.\n\n"


@pytest.mark.parametrize(
    "text",
    [
        "Our CyberMonday sale and our GivingTuesday drive both start at 9 AM.",  # a weekday inside a name
        "Join SmallBusinessSaturday, then BlackFriday deals all weekend long.",
        "UPDATE: Road closed. UPDATE: Road reopened.",  # a label inside a word in capitals
        "SHOWTIME: 7 PM | RUNTIME: 90 minutes",
        "CANDIDATE: Jane Roe | UPDATE: results at 9 PM",
    ],
)
def test_glued_details_need_a_date_or_a_label_standing_alone(text: str) -> None:
    assert [b.text for b in parse(LEAD + text).body][1:] == [text]


@pytest.mark.parametrize(
    ("text", "blocks"),
    [
        ("Watch: “Inside the Lab\nA short film about our scientists.", 2),  # a capital opens a sentence
        ("Smith said the bill was “dead\nThe House voted on Monday.", 2),
        ("Der Bürgermeister sagte: „Wir handeln jetzt“\nDie Stadt plant neue Radwege.", 2),  # German „…“
        ("a price stated as “Was\n$29.99\n” or “List Price\n$29.99\n.” A “Was” price is the old price.", 1),
    ],
)
def test_open_quotation_joins_only_a_line_that_goes_on(text: str, blocks: int) -> None:
    assert len(parse(LEAD + text).body) == 1 + blocks
