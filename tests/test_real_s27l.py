"""Session 27, the lead's heading rule: a transcript's question is a turn of the dialogue, not a section's name.

x7_senate_bayh_1 (a senator's office posting a network interview, flattened to one line): the paragraph stage
parts the turns (``paragraphs._speaker_turns``); a short question turn between two answers read as a labelled
question heading (``FAQ #1: Should you hire a broker?``) until ``headings._is_dialogue``.
"""

from __future__ import annotations

from pressparse import parse

# An excerpt of x7_senate_bayh_1: one line, the turns parted by a stop and a space.
_INTERVIEW = (
    "Bayh's Interview by Wolf Blitzer on Nomination of Robert Gates to Secretary of Defense\n\n"
    "BLITZER: Gates acknowledged today that the United States is not winning in Iraq. Do you believe him? "
    "BAYH: Things arent going nearly as well as they need to, Wolf. Nearly 13,000 Iraqis have died in the past "
    "four months. BLITZER: Well whose fault is that? BAYH:  Prime Minister al-Maliki indicated that its the "
    "politicians in Baghdads fault and hes right. Look, this will not be solved in Washington. "
    "BLITZER: Senator Bayh, thanks very much for stopping by. BAYH: Thank you, Wolf.\n"
)


def test_a_transcripts_question_turn_is_no_heading() -> None:
    doc = parse(_INTERVIEW)
    texts = [(b.kind, b.text[:20]) for b in doc.body]
    assert ("paragraph", "BLITZER: Well whose ") in texts
    assert all(b.kind == "paragraph" for b in doc.body)
    assert [b.kind for b in parse(doc.text).body] == [b.kind for b in doc.body]


def test_a_labelled_question_over_its_answer_stays_a_heading() -> None:
    # Negative: an explainer's labelled question over an answer with no speaker's label names its section.
    text = (
        "Selling a practice takes planning, and most owners start two years ahead of the sale.\n\n"
        "FAQ #1: Should you hire a broker?\n\n"
        "A broker saves you time and finds buyers you would not reach alone, for a fee of about ten percent.\n"
    )
    assert [b.kind for b in parse(text).body] == ["paragraph", "heading", "paragraph"]
